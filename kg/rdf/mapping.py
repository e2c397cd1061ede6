"""From records to RDF: one mapping to Oxigraph quads, and rdflib Datasets made from them."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
from collections.abc import Iterable, Iterator
from typing import Any, Final, TypeVar

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL, SKOS
from rdflib.term import Node

from kg.errors import InputError
from kg.event_types import EVENT_TYPES, superclasses
from kg.model import Argument, Document, Entity, EntityMention, Event, Figure, Mention
from kg.namespace import DCTERMS, DEFAULT_BASE, GEO, ITSRDF, KG, NIF, SCHEMA, SEM
from kg.rdf.happenings import HappeningsReading
from kg.rdf.iris import (
    document_iri,
    entities_graph_iri,
    entity_iri,
    event_iri_text,
    figure_iri,
    graph_iri,
    mention_iri_text,
)
from kg.rdf.summary import Summary
from kg.rdf.terms import (
    _DEFAULT_GRAPH,
    _FALSE,
    _LABEL,
    _TRUE,
    _TYPE,
    _XSD_ANY_URI,
    _XSD_DATE,
    PROV,
    _decimal,
    _integer,
    _named,
    _new_dataset,
    _time,
    from_oxigraph,
    gc_paused,
    quiet_rdflib,
    to_oxigraph,
)

__all__ = [
    "dataset_quads",
    "document_count",
    "document_quads_in_slices",
    "from_quads",
    "quads",
    "quads_without_happenings",
    "rdflib_quads",
    "to_dataset",
]

_T = TypeVar("_T")

_XSD_DATE_TIME = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")


def _utc(moment: dt.datetime) -> str:
    """An xsd:dateTime in UTC with a Z (a moment without a zone is taken as UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


_KIND_TYPES: Final[dict[str, tuple[URIRef, ...]]] = {
    "person": (KG.Person, KG.Actor, SCHEMA.Person),
    "organization": (KG.Organization, KG.Actor, SCHEMA.Organization),
    # A group ("Russian forces", "separatists") is no schema.org Organization.
    "group": (KG.Group, KG.Actor),
    "place": (KG.Place, SCHEMA.Place),
}


_PLACE_ROLES: Final[dict[str, URIRef]] = {"origin": KG.origin, "destination": KG.destination}


#: Where places' GeoNames ids, coordinates and divisions come from (CC BY 4.0).
GEONAMES_SITE: Final = "https://www.geonames.org/"


class _Vocabulary:
    """kg's properties and classes as Oxigraph terms, made once."""

    def __init__(self) -> None:
        #: kg: properties by local name.
        self.p: dict[str, ox.NamedNode] = {}
        for name in (
            "action", "actor", "target", "place", "origin", "destination", "figure",
            "timeText", "time", "source", "negated", "modality", "document", "text",
            "start", "end", "value", "valueMax", "unit", "qualifier", "owner", "share", "title",
            "date", "url", "alias", "mentionCount", "country", "role", "author", "site",
            "retrievedFrom", "retrievedAt", "extractor", "summaryOnly", "admin1", "locatedIn",
            "coordinatesFrom", "placeFrom", "actorFrom", "targetFrom", "sourceFrom",
            "affiliation",
        ):  # fmt: skip
            self.p[name] = _named(str(KG[name]))
        self.event_types = (_named(str(KG.Event)), _named(str(SEM.Event)))
        self.mention_types = (_named(str(KG.Mention)), _named(str(NIF.String)))
        self.phrase_types = (_named(str(NIF.Phrase)), _named(str(NIF.String)))
        self.ident_ref = _named(str(ITSRDF.taIdentRef))
        self.figure_type = _named(str(KG.Figure))
        self.document_types = (_named(str(KG.Document)), _named(str(NIF.Context)))
        self.reference_context = _named(str(NIF.referenceContext))
        self.anchor_of = _named(str(NIF.anchorOf))
        self.begin_index = _named(str(NIF.beginIndex))
        self.end_index = _named(str(NIF.endIndex))
        self.derived_from = _named(str(PROV.wasDerivedFrom))
        self.alt_label = _named(str(SKOS.altLabel))
        self.lat = _named(str(GEO.lat))
        self.long = _named(str(GEO.long))
        self.same_as = _named(str(OWL.sameAs))
        self.language = _named(str(DCTERMS.language))
        self.source = _named(str(DCTERMS.source))
        self.geonames = _named(GEONAMES_SITE)
        self.kind_types = {
            kind: tuple(_named(str(t)) for t in types) for kind, types in _KIND_TYPES.items()
        }
        self.place_roles = {role: _named(str(p)) for role, p in _PLACE_ROLES.items()}
        self.qualifiers: dict[str, ox.NamedNode] = {}
        # An event type and every class above it, up to (not including) kg:Event.
        self.event_classes: dict[str, tuple[ox.NamedNode, ...]] = {
            name: tuple(_named(str(KG[c])) for c in (name, *superclasses(name)) if c != "Event")
            for name in EVENT_TYPES
        }
        # The names of the classes an event's rdf:type quads give, as the happenings read them.
        self.class_names: dict[str, tuple[str, ...]] = {
            name: tuple(c for c in (name, *superclasses(name)) if c in EVENT_TYPES)
            for name in EVENT_TYPES
        }

    def qualifier_term(self, qualifier: str) -> ox.NamedNode:
        term = self.qualifiers.get(qualifier)
        if term is None:
            term = self.qualifiers[qualifier] = _named(str(KG[qualifier]))
        return term


@functools.cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()


class _QuadWriter:
    """Turns records into quads, one named graph per document and one for entities."""

    def __init__(self, base: str, reading: HappeningsReading | None = None) -> None:
        self.base = base
        self.v = _vocabulary()
        self.quads: list[ox.Quad] = []
        # What the happenings read of the quads, gathered from the records as they are
        # written (kg.rdf.happenings.read_happenings would read it back from the quads).
        self.reading = reading
        self.summary = Summary()
        self._entities: dict[str, ox.NamedNode] = {}
        # Events read from one sentence share its mention: described once.
        self._mentions: set[str] = set()
        # Spans naming an entity, described once (two entities can share one).
        self._phrases: set[str] = set()

    def entity(self, entity_id: str) -> ox.NamedNode:
        node = self._entities.get(entity_id)
        if node is None:
            node = self._entities[entity_id] = _named(str(entity_iri(entity_id, base=self.base)))
        return node

    def _role(self, argument: Argument, taking_part: set[str]) -> ox.NamedNode | ox.Literal:
        """The value of a role: the entity's IRI, noted in ``taking_part``, or the text."""
        if argument.entity is not None:
            entity = self.entity(argument.entity)
            taking_part.add(entity.value)
            return entity
        return ox.Literal(argument.text)

    def document(self, document: Document, graph: ox.NamedNode) -> ox.NamedNode:
        v, add = self.v, self.quads.append
        node = _named(str(document_iri(document.id, base=self.base)))
        for rdf_type in v.document_types:
            add(ox.Quad(node, _TYPE, rdf_type, graph))
        if document.title is not None:
            add(ox.Quad(node, v.p["title"], ox.Literal(document.title), graph))
        if document.date is not None:
            date = document.date.isoformat()
            add(ox.Quad(node, v.p["date"], ox.Literal(date, datatype=_XSD_DATE), graph))
            if self.reading is not None:
                self.reading.dates[node] = date
        if document.url is not None:
            add(ox.Quad(node, v.p["url"], ox.Literal(document.url, datatype=_XSD_ANY_URI), graph))
        for author in document.authors:
            add(ox.Quad(node, v.p["author"], ox.Literal(author), graph))
        if document.site is not None:
            add(ox.Quad(node, v.p["site"], ox.Literal(document.site), graph))
        if document.language is not None:
            add(ox.Quad(node, v.language, ox.Literal(document.language), graph))
        if document.retrieved_from is not None:
            address = ox.Literal(document.retrieved_from, datatype=_XSD_ANY_URI)
            add(ox.Quad(node, v.p["retrievedFrom"], address, graph))
        if document.retrieved_at is not None:
            when = ox.Literal(_utc(document.retrieved_at), datatype=_XSD_DATE_TIME)
            add(ox.Quad(node, v.p["retrievedAt"], when, graph))
        if document.extractor is not None:
            add(ox.Quad(node, v.p["extractor"], ox.Literal(document.extractor), graph))
        if document.summary_only:
            add(ox.Quad(node, v.p["summaryOnly"], _TRUE, graph))
        return node

    def event(self, event: Event, document: ox.NamedNode, graph: ox.NamedNode) -> None:
        v, add = self.v, self.quads.append
        node = _named(event_iri_text(event, base=self.base))
        mention = event.evidence
        evidence = self._checked_mention_node(mention)
        # Each node's triples are written together: Turtle then groups them under one subject.
        for rdf_type in v.event_types:
            add(ox.Quad(node, _TYPE, rdf_type, graph))
        if event.event_type is not None:
            classes = v.event_classes.get(event.event_type)
            if classes is None:
                raise InputError(
                    f"event {event.id!r} has the event type {event.event_type!r}, which is not"
                    f" one of kg's ({', '.join(sorted(v.event_classes))})"
                )
            for rdf_type in classes:
                add(ox.Quad(node, _TYPE, rdf_type, graph))
        add(ox.Quad(node, v.p["action"], ox.Literal(event.action), graph))
        taking_part: set[str] = set()  # the entities in its roles, for the summary
        # The sentences its roles were read in when not its own (kg:placeFrom ...).
        read_in: list[tuple[ox.NamedNode, Mention]] = []
        actor = target = source = None
        if event.actor is not None:
            actor = self._role(event.actor, taking_part)
            add(ox.Quad(node, v.p["actor"], actor, graph))
            self._read_from(node, "actorFrom", event.actor.evidence, graph, read_in)
        if event.target is not None:
            target = self._role(event.target, taking_part)
            add(ox.Quad(node, v.p["target"], target, graph))
            self._read_from(node, "targetFrom", event.target.evidence, graph, read_in)
        # Two places of one event can resolve to one entity: each triple once.
        placed: set[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]] = set()
        wheres: list[ox.NamedNode | ox.Literal] = []
        for place in event.places:
            where = self._role(place.argument, taking_part)
            wheres.append(where)
            for prop in (v.p["place"], v.place_roles.get(place.role)):
                if prop is not None and (prop, where) not in placed:
                    placed.add((prop, where))
                    add(ox.Quad(node, prop, where, graph))
        # Places taken from an earlier sentence (kg.extract.anaphora) name where they were
        # read: one sentence, and only when it holds all the places, since a reader gives
        # that sentence to every place of the event (kg.rdf.records).
        read = {p.argument.evidence for p in event.places}
        elsewhere = [m for m in read if m is not None] if len(read) == 1 else []
        for m in elsewhere:
            self._read_from(node, "placeFrom", m, graph, read_in)
        figures = [_named(figure_iri(node.value, i)) for i in range(len(event.figures))]
        for figure_node in figures:
            add(ox.Quad(node, v.p["figure"], figure_node, graph))
        when = None
        if event.time is not None:
            add(ox.Quad(node, v.p["timeText"], ox.Literal(event.time.text), graph))
            if event.time.value is not None and (when := _time(event.time.value)) is not None:
                add(ox.Quad(node, v.p["time"], when, graph))
        if event.source is not None:
            source = self._role(event.source, taking_part)
            add(ox.Quad(node, v.p["source"], source, graph))
            self._read_from(node, "sourceFrom", event.source.evidence, graph, read_in)
        add(ox.Quad(node, v.p["negated"], _TRUE if event.negated else _FALSE, graph))
        add(ox.Quad(node, v.p["modality"], ox.Literal(event.modality), graph))
        add(ox.Quad(node, v.derived_from, evidence, graph))
        add(ox.Quad(node, v.p["document"], document, graph))
        if self.reading is not None:
            roles = (actor, target, dict.fromkeys(wheres), source)
            self._read_event(node, event, roles, figures, when, evidence, document)
        for figure_node, figure in zip(figures, event.figures, strict=True):
            self._figure(figure_node, figure, graph)
        for mention_node, sentence in ((evidence, mention), *read_in):
            if mention_node.value not in self._mentions:
                self._mentions.add(mention_node.value)
                self._mention(mention_node, sentence, document, graph)
        self.summary.add_event(taking_part)

    def _read_event(
        self,
        node: ox.NamedNode,
        event: Event,
        roles: tuple[Any, Any, Iterable[ox.NamedNode | ox.Literal], Any],
        figures: list[ox.NamedNode],
        when: ox.Literal | None,
        evidence: ox.NamedNode,
        document: ox.NamedNode,
    ) -> None:
        """What :func:`kg.rdf.happenings.read_happenings` reads of the event's quads, in
        their order: its classes, verb, roles (its actor, target, places each written
        once, source), figures, date, polarity, modality, sentence and document."""
        assert self.reading is not None
        item = self.reading.event(node)
        if event.event_type is not None:
            item.classes.extend(self.v.class_names[event.event_type])
        item.action = event.action
        actor, target, places, source = roles
        if actor is not None:
            item.actors.append(actor)
        for where, is_place in ((target, False), *((p, True) for p in places)):
            if isinstance(where, ox.NamedNode):
                item.anchors.append(where)
                if is_place:
                    item.places.append(where)
            elif where is not None:
                item.texts.append(where.value.lower())
        item.figures.extend(figures)
        if when is not None:
            item.time = when.value
        if source is not None:
            item.source = source
        item.negated = bool(event.negated)
        item.modality = event.modality
        item.mention = evidence
        item.document = document

    def _figure(self, node: ox.NamedNode, figure: Figure, graph: ox.NamedNode) -> None:
        v, add = self.v, self.quads.append
        what = f"figure {figure.text!r}"
        add(ox.Quad(node, _TYPE, v.figure_type, graph))
        add(ox.Quad(node, _LABEL, ox.Literal(figure.text), graph))
        value = _decimal(figure.value, what)
        add(ox.Quad(node, v.p["value"], value, graph))
        if self.reading is not None:
            read = self.reading.figures[node]
            read[0] = value.value
            if figure.unit is not None:
                read[1] = figure.unit
        if figure.value_max is not None:
            add(ox.Quad(node, v.p["valueMax"], _decimal(figure.value_max, what), graph))
        if figure.unit is not None:
            add(ox.Quad(node, v.p["unit"], ox.Literal(figure.unit), graph))
        add(ox.Quad(node, v.p["qualifier"], v.qualifier_term(figure.qualifier), graph))
        if figure.owner is not None:
            add(ox.Quad(node, v.p["owner"], ox.Literal(figure.owner), graph))
        if figure.share:
            add(ox.Quad(node, v.p["share"], _TRUE, graph))  # "a third of the cost"

    def entity_mention(
        self, mention: EntityMention, document: ox.NamedNode, graph: ox.NamedNode
    ) -> None:
        """A span naming an entity, in NIF: a nif:Phrase with its text, offsets and
        document, and itsrdf:taIdentRef the entity.

        The node is the one a sentence of the same offsets has (the same string of
        the same document), described once; only the kg:Mention of an event carries
        the kg: offset terms, which its SHACL shape asks for.
        """
        v, add = self.v, self.quads.append
        span = Mention(mention.document, mention.start, mention.end, mention.text)
        node = self._checked_mention_node(span)
        entity = self.entity(mention.entity)
        if node.value not in self._phrases:
            self._phrases.add(node.value)
            add(ox.Quad(node, _TYPE, v.phrase_types[0], graph))
            if node.value not in self._mentions:
                add(ox.Quad(node, _TYPE, v.phrase_types[1], graph))
                add(ox.Quad(node, v.anchor_of, ox.Literal(span.text), graph))
                add(ox.Quad(node, v.begin_index, _integer(span.start), graph))
                add(ox.Quad(node, v.end_index, _integer(span.end), graph))
                add(ox.Quad(node, v.reference_context, document, graph))
                if self.reading is not None:
                    self.reading.context[node] = document
        add(ox.Quad(node, v.ident_ref, entity, graph))
        if self.reading is not None:
            self.reading.named_in[node] = entity

    def _read_from(
        self,
        node: ox.NamedNode,
        prop: str,
        sentence: Mention | None,
        graph: ox.NamedNode,
        read_in: list[tuple[ox.NamedNode, Mention]],
    ) -> None:
        """State ``prop`` (kg:placeFrom, kg:sourceFrom ...): the sentence a role was read
        in when not its event's own; ``read_in`` collects it to be described once."""
        if sentence is not None:
            read_in.append((self._checked_mention_node(sentence), sentence))
            self.quads.append(ox.Quad(node, self.v.p[prop], read_in[-1][0], graph))

    def _checked_mention_node(self, mention: Mention) -> ox.NamedNode:
        if mention.start < 0 or mention.end < mention.start:
            raise InputError(
                f"mention offsets {mention.start}-{mention.end} in document {mention.document!r}"
                " must satisfy 0 <= start <= end"
            )
        return _named(mention_iri_text(mention, base=self.base))

    def _mention(
        self, node: ox.NamedNode, mention: Mention, document: ox.NamedNode, graph: ox.NamedNode
    ) -> None:
        v, add = self.v, self.quads.append
        text = ox.Literal(mention.text)
        start, end = _integer(mention.start), _integer(mention.end)
        for rdf_type in v.mention_types:
            add(ox.Quad(node, _TYPE, rdf_type, graph))
        add(ox.Quad(node, v.p["text"], text, graph))
        add(ox.Quad(node, v.p["start"], start, graph))
        add(ox.Quad(node, v.p["end"], end, graph))
        add(ox.Quad(node, v.anchor_of, text, graph))
        # NIF types these xsd:nonNegativeInteger, but stores (Oxigraph) keep only
        # xsd:integer: one datatype everywhere keeps exports and stores identical.
        add(ox.Quad(node, v.begin_index, start, graph))
        add(ox.Quad(node, v.end_index, end, graph))
        add(ox.Quad(node, v.p["document"], document, graph))
        # NIF's way to say which text the offsets count in.
        add(ox.Quad(node, v.reference_context, document, graph))
        if self.reading is not None:
            reading = self.reading
            reading.sentences[node] = mention.text
            reading.offsets[node] = int(mention.start)
            reading.context[node] = document

    def entity_node(self, entity: Entity, graph: ox.NamedNode) -> None:
        v, add = self.v, self.quads.append
        node = self.entity(entity.id)
        for rdf_type in v.kind_types[entity.kind]:
            add(ox.Quad(node, _TYPE, rdf_type, graph))
        add(ox.Quad(node, _LABEL, ox.Literal(entity.label), graph))
        if self.reading is not None:
            self.reading.labels[node] = entity.label
        for alias in entity.aliases:
            name = ox.Literal(alias)
            add(ox.Quad(node, v.p["alias"], name, graph))
            add(ox.Quad(node, v.alt_label, name, graph))
        add(ox.Quad(node, v.p["mentionCount"], _integer(entity.mentions), graph))
        if entity.lat is not None and entity.long is not None:
            if not (math.isfinite(entity.lat) and math.isfinite(entity.long)):
                raise InputError(f"entity {entity.id!r} has coordinates that are not numbers")
            add(ox.Quad(node, v.lat, _decimal(entity.lat, f"latitude of {entity.id!r}"), graph))
            add(ox.Quad(node, v.long, _decimal(entity.long, f"longitude of {entity.id!r}"), graph))
        if entity.geonames is not None:
            geonames = _named(f"https://sws.geonames.org/{entity.geonames}/")
            add(ox.Quad(node, v.same_as, geonames, graph))
            # GeoNames' licence (CC BY 4.0) asks for attribution of what comes from it;
            # ontology/kg.ttl states the licence of that source.
            add(ox.Quad(node, v.source, v.geonames, graph))
        if entity.country is not None:
            country = self.entity(entity.country)
            add(ox.Quad(node, v.p["country"], country, graph))
            if self.reading is not None:
                self.reading.countries[node] = country
        if entity.affiliation is not None:
            add(ox.Quad(node, v.p["affiliation"], self.entity(entity.affiliation), graph))
        if entity.admin1 is not None:
            add(ox.Quad(node, v.p["admin1"], self.entity(entity.admin1), graph))
        if entity.located_in is not None:
            add(ox.Quad(node, v.p["locatedIn"], self.entity(entity.located_in), graph))
        if entity.coordinates_from is not None:
            # The point is borrowed from the place named here: say so, so that no one
            # reads "Bagram Air Base" at Bagram's centre as the base's own position.
            place = self.entity(entity.coordinates_from)
            add(ox.Quad(node, v.p["coordinatesFrom"], place, graph))
        for role in entity.roles:
            add(ox.Quad(node, v.p["role"], ox.Literal(role), graph))


@gc_paused()
def quads(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    events: Iterable[Event],
    *,
    base: str = DEFAULT_BASE,
    mentions: Iterable[EntityMention] = (),
) -> list[ox.Quad]:
    """The knowledge graph as Oxigraph quads: a named graph per document, one for entities.

    Last come the summary graph of these events (:mod:`kg.rdf.summary`) and
    their happenings graph (:mod:`kg.rdf.happenings`).

    What :func:`to_dataset` holds, without rdflib: the fast way to a store or
    a file (:func:`serialize_quads`). Events whose document is not among
    ``documents`` still get that document's graph and a bare document node.

    Args:
        documents: The input documents.
        entities: Every resolved actor and place.
        events: Every event; role arguments name entity ids or stay literals.
        base: Prefix of every minted IRI; should end with ``/`` or ``#``.
        mentions: Where each entity is mentioned; each becomes a mention node in
            its document's graph.

    Raises:
        InputError: ``base`` does not make valid IRIs, a figure value or
            coordinate is not a finite number, or mention offsets are negative
            or reversed.
    """
    reading = HappeningsReading()
    stated, summary = quads_without_happenings(
        documents, entities, events, base=base, mentions=mentions, reading=reading
    )
    read = reading.read(base)
    return stated + summary + read.quads(read.story_links())


@gc_paused()
def quads_without_happenings(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    events: Iterable[Event],
    *,
    base: str = DEFAULT_BASE,
    mentions: Iterable[EntityMention] = (),
    reading: HappeningsReading | None = None,
) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """:func:`quads` less its last graph: the documents' and entities' graphs, then the summary.

    ``stated + summary + happening_quads(stated, base=base)`` is what
    :func:`quads` returns: a caller may make the happenings (the slow part)
    elsewhere meanwhile (:func:`kg.outputs.render_outputs`, in a forked child).
    With ``reading``, what the happenings read of ``stated`` is gathered into it
    from the records as their quads are made: ``reading.read(base)`` is then
    ``read_happenings(stated, base=base)`` (:mod:`kg.rdf.happenings`) without
    reading the quads back (on the 250 ECB+ articles, 170,000 of them, a call
    into Oxigraph for each of their terms). Arguments and errors as for
    :func:`quads`.
    """
    writer = _QuadWriter(base, reading)
    graphs: dict[str, ox.NamedNode] = {}
    documents_seen: dict[str, ox.NamedNode] = {}

    def document_of(document_id: str) -> tuple[ox.NamedNode, ox.NamedNode]:
        # The document's graph and node, made on first use: events and mentions may
        # name a document that was not given.
        graph = graphs.get(document_id)
        if graph is None:
            graph = graphs[document_id] = _named(str(graph_iri(document_id, base=base)))
        if document_id not in documents_seen:
            documents_seen[document_id] = writer.document(Document(document_id, ""), graph)
        return graph, documents_seen[document_id]

    try:
        for document in documents:
            graph = graphs[document.id] = _named(str(graph_iri(document.id, base=base)))
            documents_seen[document.id] = writer.document(document, graph)
        for event in events:
            event_graph, node = document_of(event.document)
            writer.event(event, node, event_graph)
        for mention in dict.fromkeys(mentions):  # each once, in the order given
            mention_graph, node = document_of(mention.document)
            writer.entity_mention(mention, node, mention_graph)
        entity_graph = _named(str(entities_graph_iri(base=base)))
        for entity in entities:
            writer.entity_node(entity, entity_graph)
    except ValueError as error:  # Oxigraph refuses an IRI
        raise InputError(f"cannot make IRIs with the base {base!r}: {error}") from None
    return writer.quads, writer.summary.quads(base=base)


def document_count(
    documents: Iterable[Document], events: Iterable[Event], mentions: Iterable[EntityMention]
) -> int:
    """How many document nodes :func:`quads` makes of these records, without its quads:
    one per document id, an event's or a mention's too when its document is not
    given (ids make distinct IRIs: :func:`kg.rdf.iris.safe` is injective)."""
    ids = {document.id for document in documents}
    ids.update(event.document for event in events)
    ids.update(mention.document for mention in mentions)
    return len(ids)


def document_quads_in_slices(
    document: Document,
    events: Iterable[Event],
    mentions: Iterable[EntityMention],
    *,
    base: str = DEFAULT_BASE,
    size: int,
    with_document: bool = True,
) -> Iterator[list[ox.Quad]]:
    """One document's graph as :func:`quads` makes it, a slice at a time.

    Each slice holds the quads of at most ``size`` events or mentions (the
    first also the document node's): together they are the document's graph,
    without the summary and happenings graphs, which are made from the whole
    store. A very long document (a book in one file) is written to a store
    this way, a slice per transaction, so that neither memory nor a
    transaction grows with it. Nodes that events and mentions share (a
    sentence, a span naming two entities) are described once, as by
    :func:`quads`.

    A document extracted in parts (:attr:`kg.model.Extraction.parts`) is
    written a part at a time: ``events`` and ``mentions`` are the part's, and
    ``with_document`` is true for the first part only. Nodes are never shared
    across parts (a sentence or a span lies in one), so the parts' slices
    together are the whole document's graph.

    Raises:
        InputError: As :func:`quads`.
        ValueError: ``size`` is less than 1.
    """
    if size < 1:
        raise ValueError(f"size must be at least 1 (not {size})")
    writer = _QuadWriter(base)
    try:
        graph = _named(str(graph_iri(document.id, base=base)))
        node = writer.document(document, graph)
        if not with_document:
            writer.quads.clear()  # the document node's own quads: written with the first part
        for part in _batches(events, size):
            for event in part:
                writer.event(event, node, graph)
            yield _taken(writer)
        for spans in _batches(dict.fromkeys(mentions), size):
            for mention in spans:
                writer.entity_mention(mention, node, graph)
            yield _taken(writer)
    except ValueError as error:  # Oxigraph refuses an IRI
        raise InputError(f"cannot make IRIs with the base {base!r}: {error}") from None
    if writer.quads:  # a document with neither events nor mentions
        yield _taken(writer)


def _batches(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in consecutive lists of ``size`` (the last may be shorter)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _taken(writer: _QuadWriter) -> list[ox.Quad]:
    """The quads ``writer`` made since last asked; it keeps what it described."""
    made, writer.quads = writer.quads, []
    return made


def to_dataset(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    events: Iterable[Event],
    *,
    base: str = DEFAULT_BASE,
    mentions: Iterable[EntityMention] = (),
) -> Dataset:
    """The knowledge graph as an rdflib Dataset: a named graph per document, one for entities.

    The Dataset holds the quads of :func:`quads` (same arguments, same
    errors); nothing is dropped and the inputs are not changed.

    >>> from kg.model import Entity
    >>> ds = to_dataset([], [Entity(id="place/kyiv", label="Kyiv", kind="place")], [])
    >>> len(ds.graph(entities_graph_iri()))  # two types, a label, a mention count
    4
    """
    return from_quads(quads(documents, entities, events, base=base, mentions=mentions), base=base)


@gc_paused()
def from_quads(found: Iterable[ox.Quad], *, base: str = DEFAULT_BASE) -> Dataset:
    """An rdflib Dataset holding Oxigraph quads (default-graph quads in its default graph)."""
    dataset = _new_dataset(base)
    contexts: dict[Any, Graph] = {}

    def context(name: Any) -> Graph:
        graph = contexts.get(name)
        if graph is None:
            if isinstance(name, ox.DefaultGraph):
                graph = dataset.default_graph
            else:
                graph = dataset.graph(from_oxigraph(name))  # type: ignore[arg-type]
            contexts[name] = graph
        return graph

    with quiet_rdflib():
        dataset.addN(
            (
                from_oxigraph(q.subject),
                from_oxigraph(q.predicate),
                from_oxigraph(q.object),
                context(q.graph_name),
            )
            for q in found
        )
    return dataset


def rdflib_quads(dataset: Graph) -> Iterator[tuple[Node, Node, Node, Node | None]]:
    """Every quad of a Graph or Dataset; ``None`` names the default graph."""
    with quiet_rdflib():
        if isinstance(dataset, Dataset):
            default = dataset.default_graph.identifier
            for s, p, o, g in dataset.quads((None, None, None, None)):
                yield s, p, o, (None if g is None or g == default else g)
        else:
            for s, p, o in dataset:
                yield s, p, o, None


def dataset_quads(dataset: Graph) -> list[ox.Quad]:
    """The quads of an rdflib Graph or Dataset as Oxigraph quads, in a stable order.

    A plain Graph's triples, and a Dataset's default graph, go to the default graph.

    Raises:
        InputError: A term is no valid IRI, blank node or literal.
    """
    found: list[tuple[tuple[str, ...], ox.Quad]] = []
    for s, p, o, g in rdflib_quads(dataset):
        graph = _DEFAULT_GRAPH if g is None else to_oxigraph(g)
        quad = ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
        found.append(((str(g or ""), s.n3(), p.n3(), o.n3()), quad))
    # rdflib iterates in hash order, which changes from run to run: sort so
    # that the files written from a Dataset are the same every time, each
    # graph and each subject together.
    found.sort(key=lambda row: row[0])
    return [quad for _, quad in found]
