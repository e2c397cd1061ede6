r"""The knowledge graph as one self-contained, offline, interactive HTML page.

:func:`render_html` turns the multigraph of :mod:`kg.network` into a page that
draws it with vis-network: nodes styled by class and sized by mentions, events
as directed edges labelled with their action, a legend, a search box, filters
(class, source, document, minimum mentions), tooltips and a details panel for
nodes and edges, and the neighbourhood of a clicked node highlighted.

The package: :mod:`kg.view.layout` decides which nodes show and where,
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
nodes). Up to a few hundred nodes the browser eases that layout with a short
hidden physics run and then switches physics off; larger graphs are drawn as
laid out. Either way the page sets ``data-kg-ready="true"`` on ``<html>`` once
the graph is drawn and still.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("person/a", label="<b>A</b>", kind="person", mentions=2)
>>> page = render_html(g, title="demo")
>>> "<b>A</b>" in page, "\\u003cb\\u003eA" in page
(False, True)
"""

from __future__ import annotations

from kg.view.page import EVENT_FAMILY_COLORS, KIND_STYLES, iframe_html, render_html, write_html

__all__ = ["EVENT_FAMILY_COLORS", "KIND_STYLES", "iframe_html", "render_html", "write_html"]
