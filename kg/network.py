"""The knowledge graph as a networkx multigraph: entities are nodes, events are edges.

An event is an n-ary relation (actor, action, target, places, figures, time,
source) and a graph edge has two ends, so the mapping makes a few choices,
the same in :func:`to_networkx` (from records) and :func:`from_rdf` (from the
RDF export), so that both give equal graphs for the same data:

* **Ends of an event edge.** The tail is the actor's entity; the head is the
  target's entity or, when the target named no entity, a place of the event
  (destination before location before origin, then by entity id). So
  "Russian forces advanced towards Kyiv" is ``group/russian-forces -> place/kyiv``.
  When only one end is known (no actor: "Kyiv was shelled"; no target and no
  place: "the troops withdrew") the edge is a loop on that entity, so the
  event still shows, with its evidence. An event that names no entity at all
  is left out and counted in ``graph.graph["dropped_events"]``.
* **Figures** become nodes of kind ``"figure"`` (id ``figure/<event id>/<index>``,
  label the text as written), linked from the event's tail (its actor, or its
  subject when there is no actor) by an edge keyed ``<event id>/figure/<index>``
  that carries the event's attributes.
* **Edge keys** are :attr:`kg.model.Event.id`; an edge's ``event`` attribute
  names the event for figure edges too, and ``role`` says which it is
  (``"event"`` or ``"figure"``).

Node attributes: ``label``, ``kind`` (person, organization, group, place,
figure), ``aliases`` (sorted list), ``mentions``, ``lat``, ``long`` and
``documents`` (sorted ids of the documents whose events name the entity in any
role) and ``affiliation`` (an unnamed person's organisation, by id, or ``None``);
figure nodes add ``value``, ``value_max``, ``unit``, ``qualifier``.

Edge attributes: ``action``, ``evidence`` (the sentence), ``source`` (who
claimed it, as a label, or ``None``), ``source_from`` (the sentence the source
was named in when not the event's own: a quote's speaker named before or after
it; else ``None``), ``time`` (as written), ``date`` (its ISO
value), ``figures`` (their texts), ``negated``, ``modality``, ``object`` (the
target as written when it named no entity), ``event_type`` (the most specific
class of kg's event taxonomy, ``"Shelling"``, or ``None``), ``document``,
``event``, ``role``, and the event's own roles, whichever end the edge has:
``actor_entity`` and ``target_entity`` (entity ids or ``None``), ``places`` (entity ids) with
``place_roles`` (``"location"``, ``"origin"``, ``"destination"``, in the same
order) and ``source_entity`` (the source's entity id or ``None``). The HTML
view draws events from these, so a place that heads an edge for want of a
target is still drawn as a place and a loop as an event with one participant.

``graph.graph["documents"]`` maps document ids to ``{"title", "date", "url", "site"}``.

GraphML, GEXF and JSON writers (Gephi, Cytoscape) take only flat scalar
attributes: :func:`flat` (or ``KnowledgeGraph.to_networkx(flat=True)``) gives a
copy in that form, and :func:`write` writes it, ``kg build --format graphml``
(or ``gexf``) too. In it a list is one string joined with ``" | "``, a
Decimal a float, a missing value no attribute at all; the documents' titles
and dates move onto the edges (``document_title``, ``document_date``), and an
edge's ``source`` is called ``according_to`` (node-link JSON keeps an edge's
ends under ``source`` and ``target``).

>>> from kg.model import Argument, Entity, Event, Mention
>>> m = Mention("d1", 0, 24, "Russia attacked Ukraine.")
>>> e = Event("d1", 7, 15, "attack", m,
...           actor=Argument("Russia", 0, 6, "GPE", "place/russia"),
...           target=Argument("Ukraine", 16, 23, "GPE", "place/ukraine"))
>>> g = to_networkx([], [Entity("place/russia", "Russia", "place"),
...                      Entity("place/ukraine", "Ukraine", "place")], [e])
>>> list(g.edges(keys=True, data="action"))
[('place/russia', 'place/ukraine', 'd1/7-15', 'attack')]
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import Document, Entity, Event, Figure

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

__all__ = ["NETWORK_FORMATS", "flat", "from_rdf", "read", "serialize", "to_networkx", "write"]

#: Network format name -> file suffix, for :func:`write` and ``kg build --format``.
NETWORK_FORMATS: dict[str, str] = {"graphml": ".graphml", "gexf": ".gexf"}

#: Which place becomes the head of an edge whose target named no entity.
_PLACE_PRIORITY = {"destination": 0, "location": 1, "origin": 2}

#: The node classes, in legend order.
_KINDS = ("person", "organization", "group", "place", "figure")


def _main_role(roles: set[str]) -> str:
    if "destination" in roles:
        return "destination"
    return "origin" if "origin" in roles else "location"


def _new_graph() -> nx.MultiDiGraph:
    try:
        import networkx as nx
    except ImportError as error:  # pragma: no cover - networkx is a dependency
        raise ImportError("kg.network needs networkx: pip install networkx") from error
    return nx.MultiDiGraph()


def _entity_attrs(
    *,
    label: str,
    kind: str,
    aliases: Iterable[str] = (),
    mentions: int = 0,
    lat: float | None = None,
    long: float | None = None,
    coordinates_from: str | None = None,
    affiliation: str | None = None,
) -> dict[str, Any]:
    return {
        "label": label,
        "kind": kind,
        "aliases": sorted(set(aliases) - {label}),
        "mentions": mentions,
        "lat": lat,
        "long": long,
        # The id of the place whose point ``lat``/``long`` repeat (kg:coordinatesFrom).
        "coordinates_from": coordinates_from,
        # An unnamed person's organisation ("a spokeswoman for X": kg:affiliation), by id.
        "affiliation": affiliation,
        "documents": [],
    }


def _stub(entity_id: str) -> dict[str, Any]:
    # An event points at an entity the entity list does not hold: keep the edge
    # and show the id rather than lose the event.
    kind = entity_id.split("/", 1)[0]
    return _entity_attrs(label=entity_id, kind=kind if kind in _KINDS else "group")


class _Builder:
    """Adds nodes and edges with the same rules whichever input they come from."""

    def __init__(self) -> None:
        self.graph = _new_graph()
        self.graph.graph["documents"] = {}
        self.graph.graph["dropped_events"] = 0
        self._docs: dict[str, set[str]] = {}

    def document(
        self,
        doc_id: str,
        title: str | None,
        date: str | None,
        url: str | None,
        site: str | None = None,
    ) -> None:
        self.graph.graph["documents"][doc_id] = {
            "title": title,
            "date": date,
            "url": url,
            "site": site,
        }

    def entity(self, entity_id: str, attrs: dict[str, Any]) -> None:
        self.graph.add_node(entity_id, **attrs)

    def _touch(self, entity_id: str, document: str) -> None:
        if entity_id not in self.graph:
            self.graph.add_node(entity_id, **_stub(entity_id))
        self._docs.setdefault(entity_id, set()).add(document)

    def event(
        self,
        *,
        event_id: str,
        document: str,
        actor: str | None,
        target: str | None,
        places: list[tuple[str, str]],
        figures: list[dict[str, Any]],
        source_entity: str | None,
        attrs: dict[str, Any],
    ) -> None:
        """Add one event: its edge, its figure nodes and edges.

        Args:
            places: ``(role, entity id)`` pairs of the places that resolved.
            figures: Figure node attributes (``label`` first), in figure order.
        """
        # An event's document is listed even when the caller did not pass it,
        # as the RDF export does.
        self.graph.graph["documents"].setdefault(
            document, {"title": None, "date": None, "url": None, "site": None}
        )
        for entity_id in (actor, target, source_entity, *(p for _, p in places)):
            if entity_id is not None:
                self._touch(entity_id, document)
        head = target
        if head is None and places:
            # A place named in several roles counts in its most specific one
            # (destination, then origin), as the RDF export reads back.
            roles: dict[str, set[str]] = {}
            for role, place in places:
                roles.setdefault(place, set()).add(role)
            head = min(
                roles,
                key=lambda p: (_PLACE_PRIORITY[_main_role(roles[p])], p),
            )
        tail = actor if actor is not None else head
        head = head if head is not None else tail
        if tail is None or head is None:
            self.graph.graph["dropped_events"] += 1
            return
        # Each place once, in its most specific role (as RDF reads back), in one
        # order whichever input the places came from (RDF has no order).
        place_roles: dict[str, set[str]] = {}
        for role, place in places:
            place_roles.setdefault(place, set()).add(role)
        ordered = sorted(
            ((_main_role(r), p) for p, r in place_roles.items()),
            key=lambda rp: (_PLACE_PRIORITY[rp[0]], rp[1]),
        )
        common = {
            **attrs,
            "figures": [f["label"] for f in figures],
            "document": document,
            "event": event_id,
            "actor_entity": actor,
            "target_entity": target,
            "places": [place for _, place in ordered],
            "place_roles": [role for role, _ in ordered],
            "source_entity": source_entity,
        }
        self.graph.add_edge(tail, head, key=event_id, role="event", **common)
        for index, figure in enumerate(figures):
            node = f"figure/{event_id}/{index}"
            self.graph.add_node(
                node,
                **_entity_attrs(label=figure["label"], kind="figure", mentions=1),
                **{k: v for k, v in figure.items() if k != "label"},
            )
            self._docs.setdefault(node, set()).add(document)
            key = f"{event_id}/figure/{index}"
            self.graph.add_edge(tail, node, key=key, role="figure", **common)

    def finish(self) -> nx.MultiDiGraph:
        for node, docs in self._docs.items():
            self.graph.nodes[node]["documents"] = sorted(docs)
        return self.graph


def _figure_attrs(figure: Figure) -> dict[str, Any]:
    return {
        "label": figure.text,
        "value": figure.value,
        "value_max": figure.value_max,
        "unit": figure.unit,
        "qualifier": figure.qualifier,
    }


def to_networkx(
    documents: Iterable[Document], entities: Iterable[Entity], events: Iterable[Event]
) -> nx.MultiDiGraph:
    """A directed multigraph of entities (nodes) and events (edges).

    See the module docstring for how events with a missing end and figures
    map. The inputs are not changed.

    Args:
        documents: The documents, for titles and dates.
        entities: Every entity; each becomes a node even if no event names it.
        events: Events whose arguments carry resolved entity ids.

    Returns:
        A new :class:`networkx.MultiDiGraph`.
    """
    builder = _Builder()
    for doc in documents:
        date = doc.date.isoformat() if doc.date else None
        builder.document(doc.id, doc.title, date, doc.url, doc.site)
    labels: dict[str, str] = {}
    for entity in entities:
        labels[entity.id] = entity.label
        # A point needs both coordinates (the RDF export writes neither otherwise).
        located = entity.lat is not None and entity.long is not None
        builder.entity(
            entity.id,
            _entity_attrs(
                label=entity.label,
                kind=entity.kind,
                aliases=entity.aliases,
                mentions=entity.mentions,
                lat=entity.lat if located else None,
                long=entity.long if located else None,
                coordinates_from=entity.coordinates_from if located else None,
                affiliation=entity.affiliation,
            ),
        )
    for event in events:
        source_entity = event.source.entity if event.source else None
        source: str | None = None
        if event.source is not None:
            source = (
                event.source.text
                if source_entity is None
                else labels.get(source_entity, source_entity)
            )
        target = event.target.entity if event.target else None
        builder.event(
            event_id=event.id,
            document=event.document,
            actor=event.actor.entity if event.actor else None,
            target=target,
            places=[(p.role, p.argument.entity) for p in event.places if p.argument.entity],
            figures=[_figure_attrs(f) for f in event.figures],
            source_entity=source_entity,
            attrs={
                "action": event.action,
                "evidence": event.evidence.text,
                "source": source,
                # A quote's speaker named in another sentence: where (kg:sourceFrom).
                "source_from": event.source.evidence.text
                if event.source is not None and event.source.evidence is not None
                else None,
                "time": event.time.text if event.time else None,
                "date": event.time.value if event.time else None,
                "negated": event.negated,
                "modality": event.modality,
                "object": event.target.text if event.target and target is None else None,
                "event_type": event.event_type,
            },
        )
    return builder.finish()


def from_rdf(graph: rdflib.Graph, *, base: str | None = None) -> nx.MultiDiGraph:
    """The same multigraph as :func:`to_networkx`, read back from kg's RDF layout.

    The RDF is read back into records by :func:`kg.rdf.read_records` and drawn
    by :func:`to_networkx`, so both give equal graphs for the same data.

    Args:
        graph: An rdflib ``Graph`` or ``Dataset`` (all named graphs are read)
            as written by :func:`kg.rdf.to_dataset`.
        base: The base the IRIs were minted under, to recover ids from them;
            by default the namespace bound to the ``id`` prefix (as kg binds
            it), else :data:`kg.namespace.DEFAULT_BASE`.

    Returns:
        A new :class:`networkx.MultiDiGraph`; equal, node for node and edge
        for edge, to ``to_networkx`` on the records the RDF was made from.

    Raises:
        InputError: An event's IRI is not of kg's shape under ``base``.
    """
    from kg.rdf.records import read_records

    return to_networkx(*read_records(graph, base=base))


def read(sources: Iterable[str | os.PathLike[str]]) -> nx.MultiDiGraph:
    """The multigraph of RDF files and embedded store folders, read together.

    Args:
        sources: RDF files in any format :func:`kg.rdf.load` reads (Turtle,
            TriG, N-Quads, JSON-LD, ...) and folders made by ``kg build --store``.

    Raises:
        InputError: No source given, a file is missing or does not parse, or a
            folder is not a kg store.
        StoreError: A store cannot be read.
    """
    from kg.errors import InputError
    from kg.store import read_records

    paths = [Path(source) for source in sources]
    if not paths:
        raise InputError("name at least one RDF file or store folder to read")
    return to_networkx(*read_records(paths))


#: How a list attribute is written as one string in :func:`flat`.
LIST_SEPARATOR = " | "


def _scalar(value: Any) -> str | int | float | bool | None:
    """One value as GraphML and GEXF take it: str, int, float, bool; None for nothing."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        parts = [str(_scalar(item)) for item in value if item is not None]
        return LIST_SEPARATOR.join(parts) if parts else None
    return str(value)


def _flat_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    flat_attrs = {}
    for name, value in attrs.items():
        scalar = _scalar(value)
        if scalar is not None:
            flat_attrs[name] = scalar
    return flat_attrs


def flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are all flat scalars, for file writers.

    networkx's GraphML and GEXF writers and ``json.dumps(nx.node_link_data(g))``
    refuse lists, dicts, Decimals and None. Here a list (aliases, documents,
    figures) becomes one string joined with ``" | "``, a Decimal a float, a date
    ISO text, and a missing value is left out. The graph's ``documents`` table
    moves onto the edges as ``document_title`` and ``document_date``, and the
    edges' ``source`` (who claimed it) is called ``according_to``, since node-link
    JSON keeps an edge's ends under ``source`` and ``target``. The input graph is
    not changed.

    >>> from kg.model import Entity
    >>> g = flat(to_networkx([], [Entity("place/kyiv", "Kyiv", "place", aliases=("Kiev",))], []))
    >>> g.nodes["place/kyiv"]["aliases"], "lat" in g.nodes["place/kyiv"]
    ('Kiev', False)
    """
    out = type(graph)()
    documents = graph.graph.get("documents", {})
    out.graph.update(_flat_attrs({k: v for k, v in graph.graph.items() if k != "documents"}))
    for node, attrs in graph.nodes(data=True):
        out.add_node(node, **_flat_attrs(attrs))
    for tail, head, key, attrs in graph.edges(keys=True, data=True):
        document = documents.get(attrs.get("document"), {})
        extra = {"document_title": document.get("title"), "document_date": document.get("date")}
        # node_link_data keeps an edge's ends under "source" and "target".
        renamed = {("according_to" if k == "source" else k): v for k, v in attrs.items()}
        out.add_edge(tail, head, key=key, **_flat_attrs({**renamed, **extra}))
    return out


def serialize(graph: nx.MultiDiGraph, fmt: str) -> str:
    """``graph`` (flattened, see :func:`flat`) as GraphML, GEXF or node-link JSON text.

    Raises:
        InputError: ``fmt`` is not ``"graphml"``, ``"gexf"`` or ``"json"``.
    """
    import json

    import networkx as nx

    from kg.errors import InputError

    flattened = flat(graph)
    if fmt == "json":
        return json.dumps(nx.node_link_data(flattened, edges="edges"), ensure_ascii=False) + "\n"
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(flattened)) + "\n"
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(flattened)) + "\n"
    raise InputError(f"unknown network format {fmt!r}; expected graphml, gexf or json")


def write(graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, fmt: str | None = None) -> Path:
    """Write ``graph`` (flattened, see :func:`flat`) as GraphML, GEXF or node-link JSON.

    Args:
        graph: A graph from :func:`to_networkx`, :func:`from_rdf` or :func:`read`.
        path: The file; its suffix (``.graphml``, ``.gexf``, ``.json``) picks the
            format unless ``fmt`` says.
        fmt: ``"graphml"``, ``"gexf"`` or ``"json"`` (networkx's node-link data).

    Raises:
        InputError: The format is not one of these.
    """
    from kg._atomic import write_atomic
    from kg.errors import InputError

    target = Path(path)
    chosen = fmt or {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}.get(
        target.suffix.lower()
    )
    if chosen is None:
        raise InputError(
            f"cannot tell the network format of {str(target)!r}: use .graphml, .gexf or .json"
            " (or fmt='graphml', 'gexf', 'json')"
        )
    return write_atomic(target, serialize(graph, chosen))
