r"""The knowledge graph as one self-contained, offline, interactive HTML page.

:func:`render_html` turns the multigraph of :mod:`kg.network` into a page that
draws it with vis-network: nodes styled by class and sized by mentions, events
as directed edges labelled with their action, a legend, a search box, filters
(class, source, document, minimum mentions), tooltips and a details panel for
nodes and edges, and the neighbourhood of a clicked node highlighted.

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

import base64
import difflib
import hashlib
import html
import json
import math
import os
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EVENT_FAMILY_COLORS", "KIND_STYLES", "iframe_html", "render_html", "write_html"]

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

#: Above this many nodes the page hides edges while dragging and zooming.
_BIG = 1000

#: Up to this many nodes the browser eases the Python layout with a short
#: hidden physics run (200 steps take about 0.3 s at 100 nodes, 3 s at 500).
_PHYSICS_MAX = 300

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
    try:
        import pyvis
    except ImportError as error:
        raise ImportError("the HTML view needs pyvis for vis-network: pip install pyvis") from error
    lib = Path(pyvis.__file__).parent / "lib"
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


def _names(attrs: dict[str, Any]) -> list[str]:
    return [str(attrs.get("label") or ""), *map(str, attrs.get("aliases") or ())]


def _find(graph: nx.MultiDiGraph, name: str) -> Any:
    """The node whose label or an alias is ``name`` (any case); the most mentioned wins."""
    wanted = name.strip().casefold()
    matches = [
        node
        for node, attrs in graph.nodes(data=True)
        if wanted in {n.casefold() for n in _names(attrs)} or str(node).casefold() == wanted
    ]
    if not matches:
        known = sorted({n for _, attrs in graph.nodes(data=True) for n in _names(attrs) if n})
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise InputError(
            f"--focus {name!r} names no node in the graph (labels and aliases are matched,"
            f" ignoring case){hint}"
        )
    return max(matches, key=lambda n: (graph.nodes[n].get("mentions") or 0, str(n)))


def _neighbourhood(graph: nx.MultiDiGraph, center: Any, hops: int) -> nx.MultiDiGraph:
    import networkx as nx

    reach = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), center, hops)
    return graph.subgraph(reach).copy()


def _cap(graph: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The ``max_nodes`` most connected nodes and the edges between them."""
    degree = dict(graph.degree())
    keep = sorted(
        graph.nodes,
        key=lambda n: (-degree[n], -(graph.nodes[n].get("mentions") or 0), str(n)),
    )[:max_nodes]
    return graph.subgraph(keep).copy()


def _layout(graph: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    """Positions in vis pixels: each component laid out alone, then packed in rows.

    networkx's spring layout is quick up to a few hundred nodes and is used
    for those components; a larger one is drawn as hubs and their clusters
    (see :func:`_backbone_layout`), which takes well under a second for
    thousands of nodes where the spring layout takes tens of seconds.
    """
    import networkx as nx

    simple = nx.Graph(graph.to_undirected(as_view=True))
    simple.remove_edges_from(nx.selfloop_edges(simple))
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    blocks: list[tuple[float, dict[Any, tuple[float, float]]]] = []
    for component in components:
        size = len(component)
        if size == 1:
            local = {next(iter(component)): (0.0, 0.0)}
        elif size <= _SPRING_MAX:
            raw = nx.spring_layout(simple.subgraph(component), seed=7, iterations=80)
            local = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}
        else:
            local = _backbone_layout(simple.subgraph(component))
        blocks.append(_normalise(local))
    return _pack(blocks)


#: Components up to this size get networkx's spring layout.
_SPRING_MAX = 300

#: Typical distance between neighbouring nodes, in vis pixels.
_SPACING = 70.0


def _normalise(
    local: dict[Any, tuple[float, float]],
) -> tuple[float, dict[Any, tuple[float, float]]]:
    """Centre a component on the origin, scaled so nodes are about ``_SPACING`` apart."""
    size = len(local)
    if size == 1:
        return 30.0, {n: (0.0, 0.0) for n in local}
    xs = [p[0] for p in local.values()]
    ys = [p[1] for p in local.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    radius = _SPACING * max(math.sqrt(size) * 0.9, 1.0)
    scale = 2 * radius / span
    return radius, {n: ((x - cx) * scale, (y - cy) * scale) for n, (x, y) in local.items()}


def _pack(
    blocks: list[tuple[float, dict[Any, tuple[float, float]]]],
) -> dict[Any, tuple[float, float]]:
    # Shelf packing: the largest component first, then rows of smaller islands.
    positions: dict[Any, tuple[float, float]] = {}
    total = sum((2 * r + 40) ** 2 for r, _ in blocks)
    # Rows about 1.6 times as wide as the stack is high, like the drawing area.
    width = max(math.sqrt(total * 1.6) * 1.1, 2 * blocks[0][0] + 40 if blocks else 0.0)
    x = y = row_height = 0.0
    for radius, local in blocks:
        side = 2 * radius + 40.0
        if x > 0 and x + side > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(x + radius + px, 1), round(y + radius + py, 1))
        x += side
        row_height = max(row_height, side)
    return positions


def _backbone_layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """A quick layout for a large connected graph: hubs by springs, the rest around them.

    The ``_SPRING_MAX`` best-connected nodes are hubs. Every other node joins
    the cluster of its nearest hub (breadth-first from all hubs at once); the
    hubs are laid out by the spring layout of the graph of touching clusters,
    spread out by cluster size, and each cluster is a sunflower disc around
    its hub, nearest members innermost.
    """
    import networkx as nx

    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), str(n)))
    hubs = ranked[:_SPRING_MAX]
    owner: dict[Any, Any] = {hub: hub for hub in hubs}
    members: dict[Any, list[Any]] = {hub: [] for hub in hubs}
    frontier = list(hubs)
    while frontier:
        following = []
        for node in frontier:
            for neighbour in sorted(graph[node], key=str):
                if neighbour not in owner:
                    owner[neighbour] = owner[node]
                    members[owner[node]].append(neighbour)
                    following.append(neighbour)
        frontier = following
    quotient = nx.Graph()
    quotient.add_nodes_from(hubs)
    quotient.add_edges_from((owner[u], owner[v]) for u, v in graph.edges if owner[u] != owner[v])
    radius = {hub: math.sqrt(len(members[hub]) + 1) for hub in hubs}
    raw = nx.spring_layout(quotient, seed=7, iterations=80)
    # Spread the hubs until most touching clusters no longer overlap.
    needs = sorted(
        (radius[a] + radius[b]) / max(math.dist(raw[a], raw[b]), 1e-6) for a, b in quotient.edges
    )
    scale = needs[int(len(needs) * 0.8)] if needs else 1.0
    golden = math.pi * (3 - math.sqrt(5))
    positions: dict[Any, tuple[float, float]] = {}
    for hub in hubs:
        hx, hy = float(raw[hub][0]) * scale, float(raw[hub][1]) * scale
        positions[hub] = (hx, hy)
        for index, node in enumerate(members[hub], start=1):
            r = math.sqrt(index)
            positions[node] = (hx + r * math.cos(index * golden), hy + r * math.sin(index * golden))
    return positions


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _family(event_type: str | None) -> str | None:
    from kg.event_types import EVENT_TYPES, superclasses

    if event_type not in EVENT_TYPES:
        return None
    lineage = (event_type, *superclasses(event_type))
    return lineage[-2]  # the class just below Event


def _payload(
    graph: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ids = {node: str(node) for node in graph.nodes}
    nodes = []
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("kind") if attrs.get("kind") in KIND_STYLES else "group"
        item = {
            "id": ids[node],
            "label": str(attrs.get("label") or node),
            "kind": kind,
            "aliases": [str(a) for a in attrs.get("aliases") or ()],
            "mentions": int(attrs.get("mentions") or 0),
            "lat": _clean(attrs.get("lat")),
            "long": _clean(attrs.get("long")),
            "documents": [str(d) for d in attrs.get("documents") or ()],
            "x": positions[node][0],
            "y": positions[node][1],
        }
        if kind == "figure":
            for key in ("value", "value_max", "unit", "qualifier"):
                if attrs.get(key) is not None:
                    item[key] = str(attrs[key])
        nodes.append(item)
    edges = []
    parallel: dict[tuple[str, str], int] = {}
    for index, (u, v, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
        pair = (min(ids[u], ids[v]), max(ids[u], ids[v]))
        event_type = attrs.get("event_type")
        family = _family(event_type)
        rank = parallel.get(pair, 0)
        parallel[pair] = rank + 1
        edges.append(
            {
                "id": f"e{index}",
                "key": str(key),
                "from": ids[u],
                "to": ids[v],
                "rank": rank,
                "action": str(attrs.get("action") or ""),
                "evidence": None if attrs.get("evidence") is None else str(attrs["evidence"]),
                "source": None if attrs.get("source") is None else str(attrs["source"]),
                "time": None if attrs.get("time") is None else str(attrs["time"]),
                "date": None if attrs.get("date") is None else str(attrs["date"]),
                "figures": [str(f) for f in attrs.get("figures") or ()],
                "negated": bool(attrs.get("negated")),
                "modality": None if attrs.get("modality") is None else str(attrs["modality"]),
                "object": None if attrs.get("object") is None else str(attrs["object"]),
                "document": None if attrs.get("document") is None else str(attrs["document"]),
                "role": str(attrs.get("role") or "event"),
                "type": family and str(event_type),
                "family": family,
                "color": EVENT_FAMILY_COLORS.get(family or "", _UNTYPED_COLOR),
            }
        )
    return nodes, edges


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int = 1500,
    focus: str | None = None,
    hops: int = 2,
    title: str = "kg",
) -> str:
    """One self-contained HTML page that draws ``graph`` and makes no network request.

    The graph is not changed.

    Args:
        graph: A multigraph as made by :func:`kg.network.to_networkx`.
        max_nodes: Draw at most this many nodes, keeping the most connected
            ones; the page says how many were left out.
        focus: Draw only the neighbourhood of the node with this label or
            alias (any case).
        hops: How far the neighbourhood of ``focus`` reaches.
        title: The page title.

    Returns:
        The page, as text.

    Raises:
        InputError: ``focus`` names no node, or ``hops``/``max_nodes`` is negative
            or zero.
    """
    if max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1 (not {max_nodes})")
    if hops < 0:
        raise InputError(f"--hops must be 0 or more (not {hops})")
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    notes: list[str] = []
    shown = graph
    focus_label = None
    if focus is not None:
        center = _find(graph, focus)
        focus_label = str(graph.nodes[center].get("label") or center)
        shown = _neighbourhood(graph, center, hops)
        notes.append(
            f"Showing the {hops}-hop neighbourhood of {focus_label}: "
            f"{shown.number_of_nodes():,} of {total_nodes:,} nodes."
        )
    if shown.number_of_nodes() > max_nodes:
        before = shown.number_of_nodes()
        shown = _cap(shown, max_nodes)
        notes.append(
            f"Showing the {max_nodes:,} most connected of {before:,} nodes "
            f"({before - max_nodes:,} left out); use --max-nodes or --focus NAME to see others."
        )
    positions = _layout(shown)
    nodes, edges = _payload(shown, positions)
    data = {
        "meta": {
            "title": title,
            "notes": notes,
            "total_nodes": total_nodes,
            "total_edges": total_edges,
            "focus": focus_label,
            "big": len(nodes) > _BIG,
            "physics": len(nodes) <= _PHYSICS_MAX,
            "documents": dict(graph.graph.get("documents") or {}),
        },
        "styles": KIND_STYLES,
        "nodes": nodes,
        "edges": edges,
    }
    vis_js, vis_css = _vis_assets()
    data_json = _json_for_script(data)
    app_js = _APP_JS
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
        "APP_CSS": _APP_CSS,
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": data_json,
    }
    # One pass, so nothing inserted (a title, an article) is read as a placeholder.
    return re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], _PAGE)


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


# The page; render_html fills the @NAME@ placeholders in a single pass.
_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="kg">
<meta http-equiv="Content-Security-Policy" content="@CSP@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>@APP_CSS@</style>
</head>
<body>
<header id="kg-bar">
  <h1 id="kg-title">@TITLE@</h1>
  <input id="kg-search" type="search" placeholder="Find a name…" list="kg-names" autocomplete="off"
         aria-label="Find a node by name or alias">
  <datalist id="kg-names"></datalist>
  <fieldset id="kg-kinds"><legend>Class</legend></fieldset>
  <label>Event type <select id="kg-type"><option value="">any</option></select></label>
  <label>Source <select id="kg-source"><option value="">any</option></select></label>
  <label>Document <select id="kg-document"><option value="">any</option></select></label>
  <label>Min. mentions <input id="kg-min" type="number" min="0" value="0" step="1"></label>
  <button id="kg-reset" type="button">Reset</button>
  <span id="kg-count" aria-live="polite"></span>
</header>
<div id="kg-notice" role="status" hidden></div>
<main id="kg-main">
  <div id="kg-graph" aria-label="Graph"></div>
  <aside id="kg-side">
    <section id="kg-legend" aria-label="Legend"></section>
    <section id="kg-details" aria-live="polite">
      <p class="kg-hint">Hover over or click a node or an edge for details.</p>
    </section>
  </aside>
</main>
<div id="kg-tooltip" role="tooltip" hidden></div>
<script id="kg-data" type="application/json">@DATA@</script>
<script>@VIS_JS@</script>
<script>@APP_JS@</script>
</body>
</html>
"""

_APP_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI",
  Roboto, "DejaVu Sans", sans-serif; color: #1d2329; background: #fbfbfa; }
body { display: flex; flex-direction: column; }
#kg-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; padding: 8px 12px;
  border-bottom: 1px solid #dde1e4; background: #fff; }
#kg-bar h1 { font-size: 17px; margin: 0 8px 0 0; font-weight: 600; }
#kg-bar label { white-space: nowrap; }
#kg-bar input, #kg-bar select, #kg-bar button { font: inherit; padding: 2px 6px; }
#kg-search { width: 14em; }
#kg-bar select { max-width: 16em; }
#kg-min { width: 4em; }
#kg-kinds { border: 0; margin: 0; padding: 0; display: inline-flex; gap: 8px; align-items: center; }
#kg-kinds legend { float: left; margin-right: 4px; padding: 0; }
#kg-kinds label { display: inline-flex; align-items: center; gap: 3px; }
#kg-count { color: #5b6670; margin-left: auto; }
#kg-notice { padding: 6px 12px; background: #fff4d6; border-bottom: 1px solid #ecd9a0; }
#kg-main { flex: 1; display: flex; min-height: 0; }
#kg-graph { flex: 1; min-width: 0; }
#kg-side { width: 320px; border-left: 1px solid #dde1e4; background: #fff; overflow: auto;
  padding: 10px 14px; box-sizing: border-box; }
#kg-legend { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 10px; padding-bottom: 10px;
  border-bottom: 1px solid #eef0f2; margin-bottom: 10px; }
.kg-key { display: flex; align-items: center; gap: 6px; }
.kg-swatch { width: 12px; height: 12px; flex: none; display: inline-block; }
.kg-swatch.dot { border-radius: 50%; }
.kg-swatch.diamond { transform: rotate(45deg) scale(0.8); }
.kg-swatch.triangle { width: 0; height: 0; background: none !important; border-left: 7px solid
  transparent; border-right: 7px solid transparent; border-bottom: 12px solid currentColor; }
.kg-swatch.box { border-radius: 3px; }
.kg-swatch.kg-line { height: 3px; }
.kg-key.kg-edge-key { grid-column: 1 / -1; color: #5b6670; }
.kg-hint { color: #5b6670; }
.kg-card h2 { font-size: 15px; margin: 0 0 6px; word-break: break-word; }
.kg-card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
.kg-card dt { color: #5b6670; }
.kg-card dd { margin: 0; word-break: break-word; }
.kg-card blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #9aa5ad;
  background: #f5f6f7; white-space: pre-wrap; word-break: break-word; }
.kg-neg { color: #b3261e; font-weight: 600; }
.kg-card h3 { font-size: 13px; margin: 8px 0 2px; color: #5b6670; font-weight: 600; }
.kg-events { margin: 0; padding-left: 18px; }
.kg-events li { margin: 1px 0; word-break: break-word; }
#kg-tooltip { position: fixed; z-index: 10; max-width: 380px; background: #fff;
  border: 1px solid #c5ccd2; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.15);
  padding: 8px 10px; pointer-events: none; }
"""

# The page's own script. It reads the data block with JSON.parse and writes
# article text only through textContent and DOM properties.
_APP_JS = r"""
(function () {
  "use strict";
  // Marks on the performance timeline let bench/bench_view.py see where time goes.
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var meta = data.meta, styles = data.styles;
  var big = meta.big, physics = meta.physics;
  // readyAt: milliseconds from navigation start until the graph is drawn and still.
  var state = { ready: false, readyAt: null };
  window.kg = state;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clip(text, n) {
    text = String(text);
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }
  function docName(id) {
    // "Headline — Site, 2024-03-04 (id)": which article, where and when.
    var d = meta.documents[id];
    if (!d) { return id; }
    var about = [d.site, d.date].filter(Boolean).join(", ");
    var name = d.title || (about ? "" : id);
    if (about) { name = name ? name + " — " + about : about; }
    return name === id ? id : name + " (" + id + ")";
  }

  var info = new Map(), edgeInfo = new Map();
  data.nodes.forEach(function (n) { info.set(n.id, n); });
  data.edges.forEach(function (e) { edgeInfo.set(e.id, e); });

  function figureColor() {
    var c = styles.figure.color;
    return { background: "#f6e4ee", border: c,
             highlight: { background: "#f6e4ee", border: "#1d2329" },
             hover: { background: "#f6e4ee", border: "#1d2329" } };
  }
  function nodeColor(kind) {
    if (kind === "figure") { return figureColor(); }
    var c = styles[kind].color;
    return { background: c, border: c, highlight: { background: c, border: "#1d2329" },
             hover: { background: c, border: "#1d2329" } };
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = { id: n.id, label: clip(n.label, n.kind === "figure" ? 28 : 40), x: n.x, y: n.y,
                 shape: styles[n.kind].shape, color: nodeColor(n.kind),
                 value: Math.max(n.mentions, 1) };
    if (n.kind === "figure") {
      item.color = figureColor();
      item.font = { color: "#1d2329", size: 13, strokeWidth: 0 };
      item.margin = 6;
    }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var label = (e.negated ? "not " : "") + e.action;
    var item = { id: e.id, from: e.from, to: e.to, label: clip(label, 24),
                 arrows: "to", dashes: e.negated || e.role === "figure",
                 color: { color: e.color, opacity: 1 } };
    if (e.rank > 0) {
      item.smooth = { enabled: true, type: e.rank % 2 ? "curvedCW" : "curvedCCW",
                      roundness: 0.15 * Math.ceil(e.rank / 2) };
    }
    return item;
  }));
  state.nodes = nodes;
  state.edges = edges;

  // Filters: the graph draws DataViews of the data sets.
  var filters = { kinds: new Set(Object.keys(styles)), source: "", document: "", type: "",
                  min: 0 };
  var visibleNodes = new Set();
  function recompute() {
    var edgeNodes = null;
    if (filters.source || filters.document || filters.type) {
      edgeNodes = new Set();
      data.edges.forEach(function (e) {
        if (edgePasses(e)) { edgeNodes.add(e.from); edgeNodes.add(e.to); }
      });
    }
    visibleNodes = new Set();
    data.nodes.forEach(function (n) {
      if (!filters.kinds.has(n.kind)) { return; }
      if (n.kind !== "figure" && n.mentions < filters.min) { return; }
      if (edgeNodes && !edgeNodes.has(n.id)) { return; }
      visibleNodes.add(n.id);
    });
  }
  function edgePasses(e) {
    if (filters.source && e.source !== filters.source) { return false; }
    if (filters.document && e.document !== filters.document) { return false; }
    // A family ("Attack") passes its subtypes ("Shelling") too.
    if (filters.type && e.type !== filters.type && e.family !== filters.type) { return false; }
    return true;
  }
  recompute();
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) {
    var d = edgeInfo.get(e.id);
    return visibleNodes.has(e.from) && visibleNodes.has(e.to) && edgePasses(d);
  } });

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { borderWidth: 1, font: { size: 14, color: "#1d2329", strokeWidth: 3,
                                     strokeColor: "#fbfbfa" },
             scaling: { min: 8, max: 36, label: { enabled: true, min: 12, max: 22,
                                                  drawThreshold: 4 } } },
    edges: { width: 1, selectionWidth: 2, smooth: false, selfReference: { size: 12 },
             color: { color: "#9aa5ad", highlight: "#1d2329", hover: "#5b6670" },
             arrows: { to: { enabled: true, scaleFactor: 0.5 } },
             font: { size: 10, color: "#46515a", strokeWidth: 3, strokeColor: "#fbfbfa",
                     align: "middle" } },
    // Positions come from Python. A small graph gets a short hidden physics run
    // to ease overlaps, then physics stops; a big one is drawn as laid out.
    physics: { enabled: physics, solver: "barnesHut",
               barnesHut: { gravitationalConstant: -3000, springLength: 110,
                            springConstant: 0.03, damping: 0.5, avoidOverlap: 0.2 },
               minVelocity: 1.5,
               stabilization: { enabled: true, iterations: 200, updateInterval: 50, fit: true } },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   navigationButtons: false, keyboard: false, multiselect: false }
  };
  state.views = { nodes: nodeView, edges: edgeView };
  performance.mark("kg-datasets");
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  state.network = network;
  performance.mark("kg-network");

  // The page is still once the hidden physics run ends (physics is then
  // switched off) or, without physics, once the first frame is drawn.
  function settle() {
    if (state.ready) { return; }
    network.setOptions({ physics: { enabled: false } });
    state.ready = true;
    state.readyAt = performance.now();
    performance.mark("kg-ready");
    document.documentElement.setAttribute("data-kg-ready", "true");
  }
  if (!data.nodes.length) {
    requestAnimationFrame(settle);  // nothing to lay out or draw
  } else if (!physics) {
    network.once("afterDrawing", function () { requestAnimationFrame(settle); });
  } else {
    network.once("stabilizationIterationsDone", settle);
    network.once("stabilized", settle);
  }

  // Legend.
  var legend = document.getElementById("kg-legend");
  var present = new Set(data.nodes.map(function (n) { return n.kind; }));
  Object.keys(styles).forEach(function (kind) {
    var key = el("div", "kg-key");
    var swatch = el("span", "kg-swatch " + styles[kind].shape);
    swatch.style.background = styles[kind].color;
    swatch.style.color = styles[kind].color;
    key.appendChild(swatch);
    key.appendChild(el("span", null, styles[kind].label));
    if (!present.has(kind)) { key.style.opacity = "0.45"; }
    legend.appendChild(key);
  });
  legend.appendChild(el("div", "kg-key kg-edge-key",
    "Arrow: actor \u2192 target of an action; size: mentions; dashed: negated or a figure."));
  // Edge colours: the event families present.
  var familyColors = new Map();
  data.edges.forEach(function (e) { if (e.family) { familyColors.set(e.family, e.color); } });
  Array.from(familyColors.keys()).sort().forEach(function (family) {
    var key = el("div", "kg-key kg-type-key");
    var swatch = el("span", "kg-swatch kg-line");
    swatch.style.background = familyColors.get(family);
    key.appendChild(swatch);
    key.appendChild(el("span", null, family));
    legend.appendChild(key);
  });

  // Notices, counts, filters.
  var notice = document.getElementById("kg-notice");
  if (meta.notes.length) { notice.textContent = meta.notes.join(" "); notice.hidden = false; }
  var count = document.getElementById("kg-count");
  function showCount() {
    count.textContent = nodeView.length + " nodes \u00b7 " + edgeView.length + " edges shown";
  }
  var kindsBox = document.getElementById("kg-kinds");
  Object.keys(styles).forEach(function (kind) {
    if (!present.has(kind)) { return; }
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = kind;
    box.addEventListener("change", function () {
      if (box.checked) { filters.kinds.add(kind); } else { filters.kinds.delete(kind); }
      refresh();
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(styles[kind].label));
    kindsBox.appendChild(label);
  });
  function fillSelect(select, values, name) {
    values.forEach(function (v) {
      var option = el("option", null, clip(name(v), 60));
      option.value = v;
      select.appendChild(option);
    });
  }
  var sources = new Set(), documents = new Set();
  data.edges.forEach(function (e) {
    if (e.source) { sources.add(e.source); }
    if (e.document) { documents.add(e.document); }
  });
  var typeSelect = document.getElementById("kg-type");
  // Each family, then its subtypes, indented.
  var typeOrder = [];
  Array.from(familyColors.keys()).sort().forEach(function (family) {
    typeOrder.push(family);
    var below = new Set();
    data.edges.forEach(function (e) {
      if (e.family === family && e.type !== family) { below.add(e.type); }
    });
    Array.from(below).sort().forEach(function (t) { typeOrder.push(t); });
  });
  fillSelect(typeSelect, typeOrder, function (v) {
    return familyColors.has(v) ? v : "\u2003" + v;
  });
  typeSelect.addEventListener("change", function () {
    filters.type = typeSelect.value; refresh();
  });
  var sourceSelect = document.getElementById("kg-source");
  var documentSelect = document.getElementById("kg-document");
  fillSelect(sourceSelect, Array.from(sources).sort(), function (v) { return v; });
  fillSelect(documentSelect, Array.from(documents).sort(), docName);
  var minInput = document.getElementById("kg-min");
  sourceSelect.addEventListener("change", function () {
    filters.source = sourceSelect.value; refresh();
  });
  documentSelect.addEventListener("change", function () {
    filters.document = documentSelect.value; refresh();
  });
  minInput.addEventListener("input", function () {
    var v = parseInt(minInput.value, 10);
    filters.min = isNaN(v) ? 0 : v;
    refresh();
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    filters.kinds = new Set(Object.keys(styles));
    filters.source = filters.document = filters.type = "";
    filters.min = 0;
    sourceSelect.value = documentSelect.value = typeSelect.value = "";
    minInput.value = "0";
    Array.prototype.forEach.call(kindsBox.querySelectorAll("input"),
                                 function (b) { b.checked = true; });
    unhighlight();
    refresh();
    network.fit();
  });
  function refresh() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    showCount();
  }
  showCount();

  // Details: one builder for the tooltip and the side panel, text only.
  function row(list, term, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && !value.length)) { return; }
    list.appendChild(el("dt", null, term));
    var dd = el("dd", null, Array.isArray(value) ? value.join(", ") : value);
    list.appendChild(dd);
    return dd;
  }
  function nodeCard(n) {
    var card = el("div", "kg-card");
    card.appendChild(el("h2", null, n.label));
    var list = el("dl");
    row(list, "Class", styles[n.kind].label);
    row(list, "Aliases", n.aliases);
    if (n.lat !== null && n.long !== null) {
      row(list, "Coordinates", Number(n.lat).toFixed(4) + ", " + Number(n.long).toFixed(4));
    }
    if (n.kind === "figure") {
      row(list, "Value", n.value_max ? n.value + "\u2013" + n.value_max : n.value);
      row(list, "Unit", n.unit);
      row(list, "Qualifier", n.qualifier);
    } else {
      row(list, "Mentions", n.mentions);
    }
    row(list, "Documents", n.documents.map(docName));
    card.appendChild(list);
    // What the node did, had done to it, or reported: one line per event.
    var lines = [];
    data.edges.forEach(function (e) {
      if (e.role !== "event") { return; }
      var line = null;
      var verb = (e.negated ? "not " : "") + e.action;
      if (e.from === n.id || e.to === n.id) {
        line = info.get(e.from).label + " → " + verb + " → " +
               (e.from === e.to && e.object ? e.object : info.get(e.to).label);
      } else if (e.source !== null && e.source === n.label) {
        line = "reported: " + info.get(e.from).label + " → " + verb;
      }
      if (line !== null) { lines.push(line); }
    });
    if (lines.length) {
      card.appendChild(el("h3", null, "Events (" + lines.length + ")"));
      var ul = el("ul", "kg-events");
      lines.slice(0, 12).forEach(function (line) { ul.appendChild(el("li", null, line)); });
      if (lines.length > 12) { ul.appendChild(el("li", "kg-hint", "…")); }
      card.appendChild(ul);
    }
    return card;
  }
  function edgeCard(e) {
    var card = el("div", "kg-card");
    var from = info.get(e.from), to = info.get(e.to);
    var verb = (e.negated ? "not " : "") + e.action;
    if (e.role === "figure") {
      card.appendChild(el("h2", null, to.label));
      card.appendChild(el("p", "kg-hint", "A figure in: " + from.label + " \u2192 " + verb));
    } else {
      var head = e.from === e.to && e.object ? e.object : to.label;
      card.appendChild(el("h2", null, from.label + " \u2192 " + verb + " \u2192 " + head));
    }
    if (e.evidence) { card.appendChild(el("blockquote", "kg-evidence", e.evidence)); }
    var list = el("dl");
    row(list, "Type", e.type);
    row(list, "Source", e.source);
    row(list, "Time", e.time ? (e.date && e.date !== e.time ? e.time + " (" + e.date + ")" : e.time)
                             : e.date);
    row(list, "Figures", e.figures);
    var neg = row(list, "Negated", e.negated ? "yes" : "no");
    if (e.negated && neg) { neg.className = "kg-neg"; }
    row(list, "Modality", e.modality);
    row(list, "Object", e.object);
    row(list, "Document", e.document ? docName(e.document) : null);
    card.appendChild(list);
    return card;
  }
  var tooltip = document.getElementById("kg-tooltip");
  var details = document.getElementById("kg-details");
  function place(pointer) {
    var rect = container.getBoundingClientRect();
    var x = rect.left + pointer.x + 14, y = rect.top + pointer.y + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, x - w - 28); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, y - h - 28); }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function showTip(card, pointer) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    place(pointer);
  }
  function hideTip() { tooltip.hidden = true; tooltip.replaceChildren(); }
  function pin(card) { details.replaceChildren(card); }
  network.on("hoverNode", function (p) { showTip(nodeCard(info.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeCard(edgeInfo.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  container.addEventListener("mouseleave", hideTip);

  // Neighbourhood highlight.
  var highlighted = false;
  function highlight(id) {
    var near = new Set(network.getConnectedNodes(id));
    near.add(id);
    var faded = { background: "#e3e6e8", border: "#d0d5d9" };
    nodes.update(data.nodes.map(function (n) {
      return near.has(n.id)
        ? { id: n.id, color: nodeColor(n.kind), font: { color: "#1d2329" } }
        : { id: n.id, color: faded, font: { color: "#c0c6cb" } };
    }));
    var touching = new Set(network.getConnectedEdges(id));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: touching.has(e.id) ? { color: "#46515a", opacity: 1 }
                                                    : { color: "#d6dadd", opacity: 0.5 },
               font: { color: touching.has(e.id) ? "#1d2329" : "rgba(0,0,0,0)" } };
    }));
    highlighted = true;
  }
  function unhighlight() {
    if (!highlighted) { return; }
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, color: nodeColor(n.kind), font: { color: "#1d2329" } };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: { color: e.color, opacity: 1 }, font: { color: "#46515a" } };
    }));
    highlighted = false;
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var n = info.get(p.nodes[0]);
      pin(nodeCard(n));
      highlight(n.id);
    } else if (p.edges.length) {
      unhighlight();
      pin(edgeCard(edgeInfo.get(p.edges[0])));
    } else {
      unhighlight();
    }
  });

  // Search by label or alias.
  var names = document.getElementById("kg-names");
  data.nodes.slice().sort(function (a, b) { return b.mentions - a.mentions; })
    .slice(0, 2000).forEach(function (n) {
      var option = el("option");
      option.value = n.label;
      names.appendChild(option);
    });
  var search = document.getElementById("kg-search");
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      if (!visibleNodes.has(n.id)) { return; }
      var all = [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
      if (!exact && all.indexOf(q) >= 0) { exact = n; }
      if (!partial && all.some(function (s) { return s.indexOf(q) >= 0; })) { partial = n; }
    });
    return exact || partial;
  }
  function go() {
    var n = find(search.value);
    search.setCustomValidity(n || !search.value ? "" : "No node by that name");
    if (!n) { return; }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    highlight(n.id);
    pin(nodeCard(n));
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
}());
"""
