r"""The knowledge graph as one self-contained, offline, interactive HTML page.

:func:`render_html` turns the multigraph of :mod:`kg.network` into a page that
draws it with vis-network: entities styled by class and sized by mentions,
each event a small node linked to its participants by role (actor, target,
place, source, figures; see docs/view.md), a legend, a search box that lists
every match, filters (class, event type, source, document, minimum mentions,
negated and unreal events, unmentioned context), tooltips and a details panel,
and the neighbourhood of a clicked node selected.

The package: :mod:`kg.view.layout` decides which nodes show and where,
:mod:`kg.view.drawing` turns events into nodes and role links,
:mod:`kg.view.page` writes the page, whose own HTML, CSS and JavaScript are
files in ``kg/view/assets`` (package data).

The page makes no network request: vis-network's script and stylesheet are
read from the installed pyvis package and inlined, and a Content-Security-Policy
allows only those inline blocks (by hash), so nothing else can load or run.

Everything that came from an article is untrusted. It travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and the
JavaScript line separators escaped, and the page writes it with ``textContent``
and DOM nodes, never as markup.

Large graphs are cut to ``max_nodes`` (the most connected nodes are kept and
the page says so) and laid out in Python (networkx's spring layout per
component, and a hubs-and-clusters layout for components of thousands of
nodes); in components of up to a few hundred nodes every node's box (node and
label) is then pushed clear of the others. The browser draws the graph as laid
out (no physics) and sets ``data-kg-ready="true"`` on ``<html>`` once drawn.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("person/a", label="<b>A</b>", kind="person", mentions=2)
>>> page = render_html(g, title="demo")
>>> "<b>A</b>" in page, "\\u003cb\\u003eA" in page
(False, True)
"""

from __future__ import annotations

from kg.view.page import (
    EVENT_FAMILY_COLORS,
    KIND_STYLES,
    ROLE_STYLES,
    iframe_html,
    page_title,
    render_html,
    write_html,
)

__all__ = [
    "EVENT_FAMILY_COLORS",
    "KIND_STYLES",
    "ROLE_STYLES",
    "iframe_html",
    "page_title",
    "render_html",
    "write_html",
]
