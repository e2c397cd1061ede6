"""From RDF back to records: the one way kg reads its own graph layout.

:func:`read_records` turns an rdflib graph in kg's layout (see ``docs/rdf.md``)
back into the :mod:`kg.model` records it was made from, so the network, the
view and the store readers all draw from records. IRIs are read back by
:mod:`kg.rdf.iris`, which owns their shapes.

What the RDF keeps, the records get back: documents (id, title, date, url,
authors, site, language, where and when they were retrieved, the extractor),
entities (kind, label, aliases, mentions, coordinates, GeoNames id, country,
roles), where each entity is mentioned (the NIF phrases: document, offsets,
text) and events (trigger offsets and part from the event IRI, action, actor,
target, places with roles, figures, time, source, negation, modality and the
evidence sentence). What it does not keep comes back empty: a document's text
is ``""``, and arguments, figures and times carry no offsets (``0``); an
argument that names an entity has the entity's label as its text.

>>> from kg.model import Document, Entity, Event, Mention, Argument
>>> from kg.rdf import to_dataset
>>> m = Mention("d1", 0, 24, "Russia attacked Ukraine.")
>>> e = Event("d1", 7, 15, "attack", m, actor=Argument("Russia", 0, 6, "GPE", "place/russia"))
>>> russia = Entity("place/russia", "Russia", "place")
>>> back = read_records(to_dataset([Document("d1", m.text)], [russia], [e]))
>>> back.events[0].id, back.events[0].actor.entity, back.events[0].evidence.text
('d1/7-15', 'place/russia', 'Russia attacked Ukraine.')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import rdflib
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS

from kg.errors import InputError
from kg.model import (
    Argument,
    Document,
    Entity,
    EntityKind,
    EntityMention,
    Event,
    Figure,
    Mention,
    Place,
    PlaceRole,
    Qualifier,
    TimeExpression,
)
from kg.namespace import DEFAULT_BASE, GEO, ITSRDF, KG, NIF
from kg.rdf.iris import document_id, entity_id, event_key, figure_index

__all__ = ["Records", "read_records"]

#: The entity classes, in the order their nodes are read.
_KINDS: dict[rdflib.URIRef, EntityKind] = {
    KG.Person: "person",
    KG.Organization: "organization",
    KG.Group: "group",
    KG.Place: "place",
}


@dataclass(frozen=True, slots=True)
class Records:
    """Documents, entities and events read back from RDF, in a stable order.

    Documents and events are sorted by IRI; entities by class (person,
    organization, group, place), then by IRI; mentions by document, offsets
    and entity. Unpacking gives the first three.
    """

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    mentions: tuple[EntityMention, ...] = ()

    def __iter__(self) -> Iterator[Any]:
        """``documents, entities, events = records`` unpacks the three."""
        return iter((self.documents, self.entities, self.events))


def _py(value: Any) -> Any:
    return value.toPython() if value is not None and hasattr(value, "toPython") else value


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


class _Reader:
    """Reads one merged graph; the methods share its base and the entity labels."""

    def __init__(self, graph: rdflib.Graph, base: str) -> None:
        self.graph = graph
        self.base = base
        self.labels: dict[str, str] = {}

    def one(self, subject: Any, predicate: Any) -> Any:
        return _py(self.graph.value(subject, predicate))

    def _text(self, subject: Any, predicate: Any) -> str | None:
        value = self.graph.value(subject, predicate)
        return None if value is None else str(value)

    def documents(self) -> tuple[Document, ...]:
        graph = self.graph
        found = []
        for node in sorted(graph.subjects(RDF.type, KG.Document), key=str):
            date = self.one(node, KG.date)
            retrieved_at = self.one(node, KG.retrievedAt)
            found.append(
                Document(
                    id=document_id(str(node), base=self.base),
                    text="",
                    title=self._text(node, KG.title),
                    date=date if isinstance(date, dt.date) else None,
                    url=self._text(node, KG.url),
                    authors=tuple(sorted(str(a) for a in graph.objects(node, KG.author))),
                    site=self._text(node, KG.site),
                    language=self._text(node, DCTERMS.language),
                    retrieved_from=self._text(node, KG.retrievedFrom),
                    retrieved_at=retrieved_at if isinstance(retrieved_at, dt.datetime) else None,
                    extractor=self._text(node, KG.extractor),
                    summary_only=bool(self.one(node, KG.summaryOnly)),
                )
            )
        return tuple(found)

    def entities(self) -> tuple[Entity, ...]:
        graph, base = self.graph, self.base
        found = []
        for rdf_class, kind in _KINDS.items():
            for node in sorted(graph.subjects(RDF.type, rdf_class), key=str):
                key = entity_id(str(node), base=base)
                name = graph.value(node, RDFS.label)
                label = key if name is None else str(name)
                self.labels[key] = label
                lat, long = self.one(node, GEO.lat), self.one(node, GEO.long)
                country = graph.value(node, KG.country)
                affiliation = graph.value(node, KG.affiliation)
                found.append(
                    Entity(
                        id=key,
                        label=label,
                        kind=kind,
                        aliases=tuple(
                            sorted({str(a) for a in graph.objects(node, KG.alias)} - {label})
                        ),
                        mentions=int(self.one(node, KG.mentionCount) or 0),
                        lat=None if lat is None else float(lat),
                        long=None if long is None else float(long),
                        geonames=self._geonames(node),
                        country=None if country is None else entity_id(str(country), base=base),
                        roles=tuple(sorted(str(r) for r in graph.objects(node, KG.role))),
                        affiliation=(
                            None if affiliation is None else entity_id(str(affiliation), base=base)
                        ),
                    )
                )
        return tuple(found)

    def _geonames(self, node: Any) -> int | None:
        for same in self.graph.objects(node, OWL.sameAs):
            number = str(same).removeprefix("https://sws.geonames.org/").rstrip("/")
            if number != str(same) and number.isdigit():
                return int(number)
        return None

    def _argument(self, value: Any) -> Argument | None:
        """A role's value: an entity (its label as text) or the text as written."""
        if isinstance(value, rdflib.URIRef):
            key = entity_id(str(value), base=self.base)
            return Argument(self.labels.get(key, key), 0, 0, entity=key)
        if isinstance(value, rdflib.Literal):
            return Argument(str(value), 0, 0)
        return None

    def _role(self, event: Any, prop: Any, read_in: Any, document: str) -> Argument | None:
        """An actor, target or source with the sentence it was read in when the event
        states it (kg:actorFrom, kg:targetFrom, kg:sourceFrom)."""
        argument = self._argument(self.graph.value(event, prop))
        sentence = self.graph.value(event, read_in)
        if argument is None or sentence is None:
            return argument
        return replace(argument, evidence=self._mention(sentence, document))

    def _places(self, event: Any, document: str) -> tuple[Place, ...]:
        graph = self.graph
        # kg:placeFrom: the sentence the places were read in when not the event's own;
        # kg states it only when all the places come from that one sentence.
        read_in = list(graph.objects(event, KG.placeFrom))
        evidence = self._mention(read_in[0], document) if len(read_in) == 1 else None
        found = []
        for place in sorted(graph.objects(event, KG.place), key=str):
            if not isinstance(place, rdflib.URIRef):
                continue  # a place that resolved to no entity: not a node
            role: PlaceRole = (
                "destination"
                if (event, KG.destination, place) in graph
                else "origin"
                if (event, KG.origin, place) in graph
                else "location"
            )
            argument = self._argument(place) or Argument("", 0, 0)
            if evidence is not None:
                argument = replace(argument, evidence=evidence)
            found.append(Place(argument, role))
        return tuple(found)

    def _figures(self, event: Any) -> tuple[Figure, ...]:
        graph = self.graph
        nodes = sorted(graph.objects(event, KG.figure), key=lambda f: figure_index(str(f)) or 0)
        found = []
        for node in nodes:
            qualifier = graph.value(node, KG.qualifier)
            owner = graph.value(node, KG.owner)
            name = "exact" if qualifier is None else str(qualifier).removeprefix(str(KG))
            qualifier_name: Qualifier = name  # type: ignore[assignment]
            found.append(
                Figure(
                    text=str(graph.value(node, RDFS.label)),
                    value=_decimal(self.one(node, KG.value)) or Decimal(0),
                    unit=self.one(node, KG.unit),
                    qualifier=qualifier_name,
                    start=0,
                    end=0,
                    value_max=_decimal(self.one(node, KG.valueMax)),
                    owner=None if owner is None else str(owner),
                    share=bool(self.one(node, KG.share)),
                )
            )
        return tuple(found)

    def _time(self, event: Any) -> TimeExpression | None:
        text = self.graph.value(event, KG.timeText)
        if text is None:
            return None
        value = self.graph.value(event, KG.time)
        return TimeExpression(str(text), 0, 0, None if value is None else str(value))

    def _evidence(self, event: Any, document: str) -> Mention:
        return self._mention(self.graph.value(event, PROV.wasDerivedFrom), document)

    def _mention(self, mention: Any, document: str) -> Mention:
        """The sentence a kg:Mention node describes (empty where the node says nothing)."""
        graph = self.graph
        text = graph.value(mention, KG.text) if mention is not None else None
        start, end = self.one(mention, KG.start), self.one(mention, KG.end)
        return Mention(
            document,
            int(start) if start is not None else 0,
            int(end) if end is not None else 0,
            "" if text is None else str(text),
        )

    def mentions(self) -> tuple[EntityMention, ...]:
        """Every span the graph links to an entity (``itsrdf:taIdentRef``), with the
        NIF offsets, text and document it has."""
        graph, base = self.graph, self.base
        found = []
        for node, entity in graph.subject_objects(ITSRDF.taIdentRef):
            document = graph.value(node, NIF.referenceContext)
            start, end = self.one(node, NIF.beginIndex), self.one(node, NIF.endIndex)
            if document is None or start is None or end is None:
                continue  # not a phrase kg wrote: nothing to place it by
            found.append(
                EntityMention(
                    document=document_id(str(document), base=base),
                    start=int(start),
                    end=int(end),
                    text=self._text(node, NIF.anchorOf) or "",
                    entity=entity_id(str(entity), base=base),
                )
            )
        return tuple(sorted(found, key=lambda m: (m.document, m.start, m.end, m.entity)))

    def events(self) -> tuple[Event, ...]:
        graph, base = self.graph, self.base
        found = []
        for node in sorted(graph.subjects(RDF.type, KG.Event), key=str):
            key = event_key(str(node), base=base)
            if key is None:
                raise InputError(
                    f"the event {str(node)!r} is not named as kg names events"
                    f" ({base}event/DOCUMENT/START-END); pass the base it was written with"
                )
            document_node = graph.value(node, KG.document)
            document = (
                key.document
                if document_node is None
                else document_id(str(document_node), base=base)
            )
            found.append(
                Event(
                    document=document,
                    start=key.start,
                    end=key.end,
                    part=key.part,
                    action=str(self.one(node, KG.action) or ""),
                    evidence=self._evidence(node, document),
                    actor=self._role(node, KG.actor, KG.actorFrom, document),
                    target=self._role(node, KG.target, KG.targetFrom, document),
                    places=self._places(node, document),
                    figures=self._figures(node),
                    time=self._time(node),
                    source=self._role(node, KG.source, KG.sourceFrom, document),
                    negated=bool(self.one(node, KG.negated)),
                    modality=self.one(node, KG.modality),
                    event_type=_most_specific(
                        str(c)[len(str(KG)) :]
                        for c in graph.objects(node, RDF.type)
                        if str(c).startswith(str(KG))
                    ),
                )
            )
        return tuple(found)


def _most_specific(classes: Iterable[str]) -> str | None:
    """Of an event's classes, the one of kg's event taxonomy deepest in its tree."""
    from kg.event_types import EVENT_TYPES, superclasses

    known = [c for c in classes if c in EVENT_TYPES]
    return max(known, key=lambda c: (len(superclasses(c)), c), default=None)


def read_records(graph: rdflib.Graph, *, base: str | None = None) -> Records:
    """The documents, entities and events an RDF graph in kg's layout holds.

    Args:
        graph: An rdflib ``Graph`` or ``Dataset`` (all named graphs are read)
            as written by :func:`kg.rdf.to_dataset` or read by :func:`kg.rdf.load`.
        base: The base the IRIs were minted under, to recover ids from them;
            by default the namespace bound to the ``id`` prefix (as kg binds
            it), else :data:`kg.namespace.DEFAULT_BASE`.

    Raises:
        InputError: An event's IRI is not of kg's shape under ``base``.
    """
    if base is None:
        base = next((str(ns) for prefix, ns in graph.namespaces() if prefix == "id"), DEFAULT_BASE)
    if isinstance(graph, rdflib.ConjunctiveGraph | rdflib.Dataset):
        merged = rdflib.Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            merged.add((s, p, o))
        graph = merged
    reader = _Reader(graph, base)
    documents = reader.documents()
    entities = reader.entities()  # before the events, which name them by label
    return Records(documents, entities, reader.events(), reader.mentions())
