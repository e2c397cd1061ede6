"""What the page draws: entities, one small node per event, and links for its roles.

An event is an n-ary relation, so the page draws it as a node of its own, linked
to each participant by the role it plays: actor, target, place (where it
happened, where it went, where it came from), source (who said so) and figures.
A one-participant event ("Kyiv was shelled") is then one link, not a loop, and
a place is never drawn as the actor of an event that named none. The time is
the event node's (shown on its card and on the timeline).

The roles come from the edge attributes of :mod:`kg.network` (``actor_entity``,
``target_entity``, ``places``, ``place_roles``, ``source_entity``). A hand-built graph
without them is read as ``tail = actor``, ``head = target``.
"""

from __future__ import annotations

import calendar
import math
import re
from typing import TYPE_CHECKING, Any

from kg.view.layout import Box

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ASSERTED", "draw", "event_node_id"]

#: The modalities of an event reported as having happened.
ASSERTED = frozenset({"asserted", ""})

#: Roles of a place, as links: which way the arrow points.
_PLACE_LINKS = {
    "location": "event-to",
    "destination": "event-to",
    "origin": "to-event",
}

#: Entity node sizes and label sizes, in vis pixels, from the least to the most mentioned.
_SIZE = (7.0, 26.0)
_FONT = (13.0, 19.0)
_EVENT_SIZE = 5.0
_EVENT_FONT = 10.0
_FIGURE_FONT = 11.0

#: Average glyph width as a share of the font size (system sans-serif).
_GLYPH = 0.56

#: Labels are cut to this many characters.
LABEL_CHARS = {"event": 28, "figure": 28, "entity": 40}


def event_node_id(key: str) -> str:
    """The page's id of the node of the event keyed ``key``.

    >>> event_node_id("d1/7-15")
    'event/d1/7-15'
    """
    return f"event/{key}"


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut.

    >>> clip("take control of", 8)
    'take co…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _span(value: str | None) -> tuple[str, str, str] | None:
    """An ISO date, year-month or year as the days it covers and how it reads.

    A year is the whole year, not its first day: the timeline draws it as a
    span and the page labels it "2014".

    >>> _span("2014")
    ('2014-01-01', '2014-12-31', '2014')
    >>> _span("2022-02")
    ('2022-02-01', '2022-02-28', '2022-02')
    >>> _span("2022-02-24T10:00:00")
    ('2022-02-24', '2022-02-24', '2022-02-24')
    """
    if not value:
        return None
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if month is None:
        return f"{year}-01-01", f"{year}-12-31", year
    last = calendar.monthrange(int(year), int(month))[1]
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}", f"{year}-{month}"
    return f"{year}-{month}-{day}", f"{year}-{month}-{day}", f"{year}-{month}-{day}"


def _event_roles(u: Any, v: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    if "actor_entity" in attrs or "target_entity" in attrs:
        return {
            "actor": attrs.get("actor_entity"),
            "target": attrs.get("target_entity"),
            "places": list(
                zip(attrs.get("place_roles") or (), attrs.get("places") or (), strict=False)
            ),
            "source": attrs.get("source_entity"),
        }
    # A graph made without the roles: the tail acted, the head was acted on.
    return {"actor": u, "target": v if v != u else None, "places": [], "source": None}


def draw(
    graph: nx.MultiDiGraph, *, family: Any, family_color: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Box]]:
    """The page's nodes and role links for ``graph``, and what each node takes up.

    Args:
        graph: A multigraph as made by :func:`kg.network.to_networkx` (or a part of one).
        family: Event type -> its family (the class just below Event), or None.
        family_color: Family -> the colour of its event nodes.

    Returns:
        ``(nodes, links, boxes)``: node records (entities, figures, events) without
        positions, role links between them, and a :data:`kg.view.layout.Box` per node.
    """
    ids = {node: str(node) for node in graph.nodes}
    documents = graph.graph.get("documents") or {}
    nodes: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    figure_event: dict[str, str] = {}
    for _, head, attrs in graph.edges(data=True):
        if attrs.get("role") == "figure" and attrs.get("event") is not None:
            figure_event[ids[head]] = event_node_id(str(attrs["event"]))

    linked: set[tuple[str, str, str]] = set()

    def link(tail: str, head: str, role: str, event: str) -> None:
        if (tail, head, role) in linked:
            return  # the same role of an event drawn once more (below)
        linked.add((tail, head, role))
        links.append(
            {"id": f"l{len(links)}", "from": tail, "to": head, "role": role, "event": event}
        )

    touched: set[str] = set()
    events: list[dict[str, Any]] = []
    drawn_events: set[str] = set()
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if attrs.get("role", "event") != "event":
            continue
        event_id = event_node_id(str(key))
        roles = _event_roles(u, v, attrs)
        before = len(links)
        if roles["actor"] in ids:
            link(ids[roles["actor"]], event_id, "actor", event_id)
        if roles["target"] in ids:
            link(event_id, ids[roles["target"]], "target", event_id)
        for place_role, place in roles["places"]:
            if place in ids and place != roles["target"]:
                if _PLACE_LINKS.get(place_role) == "to-event":
                    link(ids[place], event_id, place_role, event_id)
                else:
                    link(event_id, ids[place], place_role, event_id)
        if roles["source"] in ids:
            link(ids[roles["source"]], event_id, "source", event_id)
        if len(links) == before or event_id in drawn_events:
            # None of its participants is drawn; or a node is already drawn under this
            # key (events of one id, which resolution no longer makes: each copy has its
            # own part): that node takes this edge's links, and vis-network's ids stay unique.
            continue
        drawn_events.add(event_id)
        negated = bool(attrs.get("negated"))
        modality = str(attrs.get("modality") or "asserted")
        event_type = attrs.get("event_type")
        fam = family(event_type)
        document = None if attrs.get("document") is None else str(attrs["document"])
        date = None if attrs.get("date") is None else str(attrs["date"])
        doc_date = (documents.get(document) or {}).get("date") if document else None
        action = str(attrs.get("action") or "")
        # The event's own date, else its document's: the days it covers.
        span = _span(date) or _span(None if doc_date is None else str(doc_date))
        events.append(
            {
                "id": event_id,
                "kind": "event",
                "key": str(key),
                "label": ("not " if negated else "") + action,
                "action": action,
                "evidence": None if attrs.get("evidence") is None else str(attrs["evidence"]),
                "source": None if attrs.get("source") is None else str(attrs["source"]),
                "sourceFrom": None
                if attrs.get("source_from") is None
                else str(attrs["source_from"]),
                "time": None if attrs.get("time") is None else str(attrs["time"]),
                "date": date,
                "day": span and span[0],
                "until": span and span[1],
                "when": span and span[2],
                "figures": [str(f) for f in attrs.get("figures") or ()],
                "negated": negated,
                "modality": modality,
                "asserted": not negated and modality in ASSERTED,
                "object": None if attrs.get("object") is None else str(attrs["object"]),
                "document": document,
                "type": fam and str(event_type),
                "family": fam,
                "color": family_color(fam),
            }
        )
    drawn = {e["id"] for e in events}
    for _, head, _, attrs in graph.edges(keys=True, data=True):
        if attrs.get("role") == "figure":
            event_id = event_node_id(str(attrs.get("event")))
            if event_id in drawn:
                link(event_id, ids[head], "figure", event_id)
    for drawn_link in links:
        touched.add(drawn_link["from"])
        touched.add(drawn_link["to"])

    mentions = [
        int(a.get("mentions") or 0) for _, a in graph.nodes(data=True) if a.get("kind") != "figure"
    ]
    low, high = (min(mentions), max(mentions)) if mentions else (0, 0)
    boxes: dict[str, Box] = {}
    for node, attrs in graph.nodes(data=True):
        node_id = ids[node]
        kind = str(attrs.get("kind") or "group")
        label = str(attrs.get("label") or node)
        count = int(attrs.get("mentions") or 0)
        item: dict[str, Any] = {
            "id": node_id,
            "label": label,
            "kind": kind,
            "aliases": [str(a) for a in attrs.get("aliases") or ()],
            "mentions": count,
            "lat": _finite(attrs.get("lat")),
            "long": _finite(attrs.get("long")),
            "documents": [str(d) for d in attrs.get("documents") or ()],
            # Whose point a place shows, by name ("Bagram Air Base" at Bagram's).
            "coordinates_from": _label_of(graph, attrs.get("coordinates_from")),
            # An unnamed person's organisation, by name ("a spokeswoman for X").
            "affiliation": _label_of(graph, attrs.get("affiliation")),
            # Named by no event and no sentence: a country of an organisation, say.
            "context": kind != "figure" and count == 0 and node_id not in touched,
        }
        shown = clip(label, LABEL_CHARS["figure" if kind == "figure" else "entity"])
        if kind == "figure":
            for key in ("value", "value_max", "unit", "qualifier"):
                if attrs.get(key) is not None:
                    item[key] = str(attrs[key])
            item["event"] = figure_event.get(node_id)
            width = _GLYPH * _FIGURE_FONT * len(shown) + 14
            item["size"], item["font"] = 8.0, _FIGURE_FONT
            boxes[node_id] = (0.0, 0.0, width / 2, (_FIGURE_FONT * 1.3 + 12) / 2)
        else:
            share = 0.5 if high == low else (count - low) / (high - low)
            size = _SIZE[0] + (_SIZE[1] - _SIZE[0]) * math.sqrt(max(share, 0.0))
            font = _FONT[0] + (_FONT[1] - _FONT[0]) * math.sqrt(max(share, 0.0))
            item["size"], item["font"] = round(size, 1), round(font, 1)
            boxes[node_id] = _below(size, font, shown)
        nodes.append(item)
    for event in events:
        event["size"], event["font"] = _EVENT_SIZE, _EVENT_FONT
        boxes[event["id"]] = _below(_EVENT_SIZE, _EVENT_FONT, clip(event["label"], 28))
        nodes.append(event)
    return nodes, links, boxes


def _below(size: float, font: float, label: str) -> Box:
    """A node with its label under it, as vis draws a dot, square, diamond or triangle."""
    width = max(2 * size, _GLYPH * font * len(label) + 4)
    height = 2 * size + 3 + font * 1.3
    return (0.0, height / 2 - size, width / 2, height / 2)


def _label_of(graph: nx.MultiDiGraph, node: Any) -> str | None:
    """The label of a node another names (the place whose point it borrows, the
    organisation an unnamed person speaks for), by its id; ``None`` for none."""
    if not isinstance(node, str) or not node:
        return None
    return str(graph.nodes[node].get("label") or node) if node in graph else node


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
