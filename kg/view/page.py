"""The page: the graph as JSON in one self-contained HTML file with its own script.

The page's HTML, CSS and JavaScript are real files in ``kg/view/assets``
(package data); vis-network's script and stylesheet are read from the installed
pyvis. Everything is inlined, under a Content-Security-Policy that allows only
those inline blocks (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import os
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.view.drawing import draw
from kg.view.layout import find_node, layout, neighbourhood, ranking

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EVENT_FAMILY_COLORS",
    "KIND_STYLES",
    "ROLE_STYLES",
    "iframe_html",
    "page_title",
    "render_html",
    "write_html",
]

#: How each class of node is drawn: colour (colour-blind safe, Okabe-Ito) and vis shape.
KIND_STYLES: dict[str, dict[str, str]] = {
    "person": {"color": "#0072B2", "shape": "dot", "label": "Person"},
    "organization": {"color": "#E69F00", "shape": "square", "label": "Organization"},
    "group": {"color": "#D55E00", "shape": "triangle", "label": "Group"},
    "place": {"color": "#009E73", "shape": "diamond", "label": "Place"},
    "figure": {"color": "#CC79A7", "shape": "box", "label": "Figure"},
}

#: Edge colour by the event's family (its class just below kg:Event; a shelling
#: is drawn as an attack). Other families, and events of no type, stay grey.
EVENT_FAMILY_COLORS: dict[str, str] = {
    "Attack": "#D55E00",
    "Death": "#1d2329",
    "Injury": "#E69F00",
    "Damage": "#8c510a",
    "Arrest": "#882255",
    "TakeControl": "#CC79A7",
    "Movement": "#0072B2",
    "Statement": "#56B4E9",
    "Request": "#009E73",
    "Meeting": "#117733",
    "Agreement": "#44AA99",
    "Protest": "#AA4499",
}
_UNTYPED_COLOR = "#9aa5ad"

#: How each role of an event is drawn: the link between the event's node and
#: the participant. Solid lines are who did it and to whom; dotted green lines
#: places (an arrow to where it went, from where it came, none where it was);
#: dashed grey lines who said so; thin pink lines its figures. Dashes mean
#: "according to" and nothing else: a negated or unreal event is a hollow
#: node with a red or grey ring, hidden unless asked for.
ROLE_STYLES: dict[str, dict[str, Any]] = {
    "actor": {
        "color": "#3d4852",
        "dashes": False,
        "arrow": "to",
        "width": 1.6,
        "label": "actor → event",
    },
    "target": {
        "color": "#3d4852",
        "dashes": False,
        "arrow": "to",
        "width": 1.6,
        "label": "event → target",
    },
    "location": {
        "color": "#009E73",
        "dashes": [2, 4],
        "arrow": "",
        "width": 1.4,
        "label": "where it happened",
    },
    "destination": {
        "color": "#009E73",
        "dashes": [2, 4],
        "arrow": "to",
        "width": 1.4,
        "label": "where it went (to)",
    },
    "origin": {
        "color": "#009E73",
        "dashes": [2, 4],
        "arrow": "to",
        "width": 1.4,
        "label": "where it came from",
    },
    "source": {
        "color": "#8a949c",
        "dashes": [9, 5],
        "arrow": "to",
        "width": 1.2,
        "label": "source → event (according to)",
    },
    "figure": {
        "color": "#CC79A7",
        "dashes": False,
        "arrow": "",
        "width": 1.0,
        "label": "a figure of the event",
    },
}

#: Above this many nodes the page hides edges while dragging and zooming.
_BIG = 1000

#: What JSON may not hold inside a <script> block, and its escape.
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def _json_for_script(value: Any) -> str:
    """JSON that cannot close its ``<script>`` block or break out of a string.

    >>> _json_for_script({"a": "</script><script>alert(1)</script>"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, default=_json_default, allow_nan=False)
    # One str.replace per character: ten times faster than str.translate on megabytes.
    for character, escape in _JSON_ESCAPES:
        text = text.replace(character, escape)
    return text


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value, key=str)
    return str(value)


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, read from the installed pyvis."""
    # Only pyvis's files are read: found without importing it, since its import
    # brings some 600 modules (IPython's, jinja2's) that cost a build's end
    # 0.24 CPU s and 30 MB of memory for nothing the page uses.
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the HTML view needs pyvis for vis-network: pip install pyvis")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    folders = sorted(
        (p for p in lib.glob("vis-*") if re.fullmatch(r"vis-\d+(\.\d+)*", p.name)),
        key=lambda p: [int(x) for x in p.name[4:].split(".")],
    )
    if not folders:
        raise ImportError(f"no vis-network copy found under {lib}; reinstall pyvis")
    script = (folders[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folders[-1] / "vis-network.css").read_text(encoding="utf-8")
    # Inlined as they are, these must not end their own element early.
    lowered = script.lower()
    if "</script" in lowered or "<!--" in lowered or "</style" in style.lower():
        raise ImportError(f"the vis-network copy in {folders[-1]} cannot be inlined safely")
    return script, style


def _family(event_type: str | None) -> str | None:
    from kg.event_types import EVENT_TYPES, superclasses

    if event_type not in EVENT_TYPES:
        return None
    lineage = (event_type, *superclasses(event_type))
    return lineage[-2]  # the class just below Event


def _family_color(family: str | None) -> str:
    return EVENT_FAMILY_COLORS.get(family or "", _UNTYPED_COLOR)


def _payload(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes (entities, figures, events) with positions, and the events' role links."""
    import networkx as nx

    nodes, links, boxes = draw(graph, family=_family, family_color=_family_color)
    drawn = nx.Graph()
    drawn.add_nodes_from(n["id"] for n in nodes)
    drawn.add_edges_from((link["from"], link["to"]) for link in links)
    positions = layout(drawn, boxes)
    for node in nodes:
        node["x"], node["y"] = positions[node["id"]]
    return nodes, links


def _drawn_count(graph: nx.MultiDiGraph) -> int:
    """How many nodes the page draws for ``graph``: its nodes and one per event."""
    events = sum(1 for *_, role in graph.edges(data="role") if role in (None, "event"))
    return int(graph.number_of_nodes()) + events


def _capped(graph: nx.MultiDiGraph, max_nodes: int, drawn: int) -> tuple[nx.MultiDiGraph, int]:
    """The most connected entities whose drawing (with their events) has at most ``max_nodes``.

    The share of entities that fits is estimated from the last try and tried
    again, shrinking, until the drawing fits (a few tries).
    """
    # Each try counts what the first ``keep`` nodes of one ranking draw (what
    # :func:`kg.view.layout.cap` keeps); only the one that fits is copied out.
    ranked = ranking(graph)
    events = [(u, v) for u, v, role in graph.edges(data="role") if role in (None, "event")]
    keep = min(graph.number_of_nodes(), max_nodes)
    while True:
        kept = set(ranked[:keep])
        drawn = len(kept) + sum(1 for u, v in events if u in kept and v in kept)
        if drawn <= max_nodes or keep <= 1:
            return graph.subgraph(ranked[:keep]).copy(), drawn
        keep = max(1, min(keep - 1, int(keep * max_nodes / drawn)))


def page_title(graph: nx.MultiDiGraph) -> str:
    """The title of a page of ``graph``: its one document's headline, else how many documents.

    The headline is the reader's (:mod:`kg.read.hygiene` keeps navigation lines
    such as "Also Like" out of it).

    >>> import networkx as nx
    >>> page_title(nx.MultiDiGraph(documents={"d": {"title": "Kyiv braces"}}))
    'Kyiv braces'
    >>> page_title(nx.MultiDiGraph(documents={"a": {}, "b": {}}))
    'kg — 2 documents'
    """
    documents = graph.graph.get("documents") or {}
    titles = [str(d.get("title")) for d in documents.values() if d and d.get("title")]
    if len(documents) == 1 and titles:
        return titles[0]
    return f"kg — {len(documents):,} document{'' if len(documents) == 1 else 's'}"


@lru_cache(maxsize=8)
def _asset(name: str) -> str:
    """One of the page's own files, shipped as package data in ``kg/view/assets``.

    The page (``page.html``, with ``@NAME@`` placeholders that :func:`render_html`
    fills in one pass), its stylesheet (``app.css``) and its script (``app.js``).
    """
    return resources.files("kg.view").joinpath("assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _world() -> dict[str, Any]:
    """Country outlines for the map panel (Natural Earth 1:110m, see ``assets/world.NOTICE``)."""
    world: dict[str, Any] = json.loads(_asset("world.json"))
    return world


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int = 1500,
    focus: str | None = None,
    hops: int = 2,
    title: str | None = None,
) -> str:
    """One self-contained HTML page that draws ``graph`` and makes no network request.

    The graph is not changed.

    Args:
        graph: A multigraph as made by :func:`kg.network.to_networkx`.
        max_nodes: Draw at most this many nodes (entities, figures and one per
            event), keeping the most connected entities; the page says how many
            were left out.
        focus: Draw only the neighbourhood of the node with this label or
            alias (any case).
        hops: How far the neighbourhood of ``focus`` reaches.
        title: The page title; by default the headline of the graph's one
            document, else how many documents it holds (see :func:`page_title`).

    Returns:
        The page, as text.

    Raises:
        InputError: ``focus`` names no node, or ``hops``/``max_nodes`` is negative
            or zero.
    """
    if max_nodes < 1:
        raise InputError(f"max_nodes must be at least 1 (not {max_nodes})", argument="max_nodes")
    if hops < 0:
        raise InputError(f"hops must be 0 or more (not {hops})", argument="hops")
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    notes: list[str] = []
    shown = graph
    focus_label = None
    if focus is not None:
        center = find_node(graph, focus)
        focus_label = str(graph.nodes[center].get("label") or center)
        shown = neighbourhood(graph, center, hops)
        notes.append(
            f"Showing the {hops}-hop neighbourhood of {focus_label}: "
            f"{shown.number_of_nodes():,} of {total_nodes:,} nodes."
        )
    drawn = _drawn_count(shown)
    if drawn > max_nodes:
        before = shown.number_of_nodes()
        shown, drawn = _capped(shown, max_nodes, drawn)
        kept = shown.number_of_nodes()
        notes.append(
            f"Showing the {kept:,} most connected of {before:,} entities and their events"
            f" ({drawn:,} nodes; {before - kept:,} entities left out); use --max-nodes or"
            " --focus NAME to see others."
        )
    if title is None:
        title = page_title(graph)
    nodes, links = _payload(shown)
    data = {
        "meta": {
            "title": title,
            "notes": notes,
            "total_nodes": total_nodes,
            "total_edges": total_edges,
            "focus": focus_label,
            "big": len(nodes) > _BIG,
            "documents": dict(graph.graph.get("documents") or {}),
        },
        "styles": KIND_STYLES,
        "roles": ROLE_STYLES,
        "nodes": nodes,
        "links": links,
        "world": _world(),
    }
    vis_js, vis_css = _vis_assets()
    data_json = _json_for_script(data)
    app_js = _asset("app.js")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src data:",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    values = {
        "CSP": html.escape(csp, quote=False).replace('"', "&quot;"),
        "TITLE": html.escape(title),
        "VIS_CSS": vis_css,
        "APP_CSS": _asset("app.css"),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": data_json,
    }
    # One pass, so nothing inserted (a title, an article) is read as a placeholder.
    return re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], _asset("page.html"))


def iframe_html(page: str, *, height: int = 640) -> str:
    """A page from :func:`render_html` wrapped in a sandboxed ``<iframe srcdoc>``.

    For Jupyter and other hosts that insert HTML into their own document: the
    view keeps its own document, ids and Content-Security-Policy, and its
    scripts run in an opaque origin that cannot touch the host page.

    >>> iframe_html("<p>a & b</p>", height=100)[:60]
    '<iframe title="kg graph view" sandbox="allow-scripts" srcdoc'
    """
    return (
        f'<iframe title="kg graph view" sandbox="allow-scripts" srcdoc="{html.escape(page)}"'
        f' style="width: 100%; height: {int(height)}px; border: 1px solid #dde1e4;"></iframe>'
    )


def write_html(html_text: str, path: str | os.PathLike[str]) -> Path:
    """Write a page atomically: to a temporary file beside ``path``, then rename.

    A reader never sees half a page, and a failed write leaves the old file
    in place.

    Returns:
        The path written.
    """
    from kg._atomic import write_atomic

    return write_atomic(path, html_text)
