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
import json
import math
import os
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.view.layout import cap, find_node, layout, neighbourhood

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


@lru_cache(maxsize=8)
def _asset(name: str) -> str:
    """One of the page's own files, shipped as package data in ``kg/view/assets``.

    The page (``page.html``, with ``@NAME@`` placeholders that :func:`render_html`
    fills in one pass), its stylesheet (``app.css``) and its script (``app.js``).
    """
    return (
        resources.files("kg.view").joinpath("assets", name).read_text(encoding="utf-8")
    )


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
    if shown.number_of_nodes() > max_nodes:
        before = shown.number_of_nodes()
        shown = cap(shown, max_nodes)
        notes.append(
            f"Showing the {max_nodes:,} most connected of {before:,} nodes "
            f"({before - max_nodes:,} left out); use --max-nodes or --focus NAME to see others."
        )
    positions = layout(shown)
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
