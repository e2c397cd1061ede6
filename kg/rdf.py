"""Documents, entities and events as linked data: IRIs, named graphs, formats, SHACL.

The layout (agreed with the view, see ``docs/rdf.md``):

* every IRI is ``base + path`` and every path goes through :func:`safe`, so any
  name (quotes, angle brackets, spaces, any script, zero-width characters) gives
  a valid, deterministic IRI;
* one named graph per document (``base + "graph/" + doc id``) holds the document
  node, its events, their figures and the mentions they were read from; one
  shared graph (``base + "graph/entities"``) holds every actor and place.

>>> entity_iri("place/kyiv")
rdflib.term.URIRef('https://w3id.org/kg-news/id/place/kyiv')
>>> str(document_iri('say "hi" <now>'))
'https://w3id.org/kg-news/id/document/say%20%22hi%22%20%3Cnow%3E'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import math
import os
import re
import sysconfig
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS, XSD, Namespace
from rdflib.term import IdentifiedNode, Node

import kg
from kg._atomic import write_atomic, write_atomic_many
from kg.errors import InputError
from kg.model import Argument, Document, Entity, Event, Figure, Mention
from kg.namespace import DEFAULT_BASE, GEO, KG, NIF, PREFIXES, SCHEMA, SEM

__all__ = [
    "ENTITY_SINGLE_VALUED",
    "FORMATS",
    "Violation",
    "dataset_quads",
    "document_iri",
    "entities_graph_iri",
    "entity_iri",
    "event_iri",
    "from_quads",
    "graph_iri",
    "jsonld_context",
    "load",
    "merge",
    "merge_quads",
    "mention_iri",
    "ontology_path",
    "quads",
    "read_quads",
    "safe",
    "serialize",
    "serialize_quads",
    "to_dataset",
    "union",
    "validate",
    "write",
    "write_outputs",
]

PROV = Namespace(PREFIXES["prov"])

#: Format name -> file suffix, for every format kg writes and reads.
FORMATS: Final[dict[str, str]] = {
    "turtle": ".ttl",
    "json-ld": ".jsonld",
    "nt": ".nt",
    "nquads": ".nq",
    "trig": ".trig",
}

# Formats that keep the named graphs; the others are the union of all graphs.
_QUAD_FORMATS: Final = frozenset({"json-ld", "nquads", "trig"})

_SUFFIXES: Final[dict[str, str]] = {suffix: name for name, suffix in FORMATS.items()} | {
    ".json": "json-ld",
    ".turtle": "turtle",
    ".ntriples": "nt",
    ".nquads": "nquads",
}

#: Entity properties that hold one value: merging a newer entity replaces them,
#: while types, aliases and roles accumulate.
ENTITY_SINGLE_VALUED: Final[tuple[URIRef, ...]] = (
    RDFS.label,
    KG.mentionCount,
    GEO.lat,
    GEO.long,
    KG.country,
    OWL.sameAs,
)

_KIND_TYPES: Final[dict[str, tuple[URIRef, ...]]] = {
    "person": (KG.Person, KG.Actor, SCHEMA.Person),
    "organization": (KG.Organization, KG.Actor, SCHEMA.Organization),
    # A group ("Russian forces", "separatists") is no schema.org Organization.
    "group": (KG.Group, KG.Actor),
    "place": (KG.Place, SCHEMA.Place),
}

_PLACE_ROLES: Final[dict[str, URIRef]] = {"origin": KG.origin, "destination": KG.destination}


@contextlib.contextmanager
def _quiet_rdflib() -> Iterator[None]:
    # rdflib 7.1+ deprecated Dataset.contexts/default_context but its own
    # parsers and serializers still call them; those warnings are not ours to fix.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        warnings.filterwarnings(
            "ignore",
            message=r"(Dataset\.\w+|ConjunctiveGraph) is deprecated",
            category=DeprecationWarning,
        )
        # An ill-typed literal read from a file ("abc"^^xsd:integer) is kept as
        # written; validation reports it, reading need not warn.
        warnings.filterwarnings("ignore", message="Failed to convert Literal", category=UserWarning)
        yield


# --------------------------------------------------------------------------- IRIs


def safe(text: str) -> str:
    """Percent-encode everything outside RFC 3986 unreserved characters.

    Deterministic and injective, so any string becomes one valid IRI path
    segment; ``"."`` and ``".."`` are encoded too, so no resolver collapses them.

    >>> safe("Kyiv (Київ) \\u200b<a>")
    'Kyiv%20%28%D0%9A%D0%B8%D1%97%D0%B2%29%20%E2%80%8B%3Ca%3E'
    >>> safe("..")
    '%2E%2E'
    """
    encoded = quote(text, safe="")
    if encoded in {".", ".."}:
        encoded = encoded.replace(".", "%2E")
    return encoded


def entity_iri(entity_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an entity; its ``kind/slug`` id keeps its slash."""
    return URIRef(base + "/".join(safe(part) for part in entity_id.split("/")))


def document_iri(document_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a document node."""
    return URIRef(f"{base}document/{safe(document_id)}")


def event_iri(event: Event, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an event: its document, trigger offsets and, for coordinated copies, part."""
    key = f"{base}event/{safe(event.document)}/{event.start}-{event.end}"
    return URIRef(f"{key}/{event.part}" if event.part else key)


def mention_iri(mention: Mention, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a mention: its document and character offsets."""
    return URIRef(f"{base}mention/{safe(mention.document)}/{mention.start}-{mention.end}")


def graph_iri(document_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph holding one document's events, mentions and figures."""
    segment = safe(document_id)
    if segment == "entities":
        # A document called "entities" must not take the shared entities graph:
        # %65 is "e", so the IRI differs while still reading as the id.
        segment = "%65ntities"
    return URIRef(f"{base}graph/{segment}")


def entities_graph_iri(*, base: str = DEFAULT_BASE) -> URIRef:
    """The shared named graph holding every entity."""
    return URIRef(f"{base}graph/entities")


# --------------------------------------------------------------------------- terms
#
# The mapping from records to RDF writes Oxigraph terms: they are built in
# Rust, hash fast and serialize without rdflib, which is what lets a
# million-triple build be written in seconds. rdflib Datasets are made from
# them (:func:`from_quads`) for library callers, SHACL and JSON-LD.


def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


_XSD_DECIMAL: Final = _named(str(XSD.decimal))
_XSD_INTEGER: Final = _named(str(XSD.integer))
_XSD_BOOLEAN: Final = _named(str(XSD.boolean))
_XSD_DATE: Final = _named(str(XSD.date))
_XSD_ANY_URI: Final = _named(str(XSD.anyURI))
_TIME_TYPES: Final = {
    "date": _XSD_DATE,
    "month": _named(str(XSD.gYearMonth)),
    "year": _named(str(XSD.gYear)),
}
_TYPE: Final = _named(str(RDF.type))
_LABEL: Final = _named(str(RDFS.label))
_DEFAULT_GRAPH: Final = ox.DefaultGraph()
_TRUE: Final = ox.Literal("true", datatype=_XSD_BOOLEAN)
_FALSE: Final = ox.Literal("false", datatype=_XSD_BOOLEAN)


def _decimal(value: Decimal | float, what: str) -> ox.Literal:
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    if not number.is_finite():
        raise InputError(f"{what} must be a finite number (not {value!r})")
    # The canonical form ("1500.0", "0.25"): format "f" never writes an exponent
    # ("1E+3" is no xsd:decimal), and one spelling per number keeps exports comparable.
    text = format(number.normalize() if number else Decimal(0), "f")
    if "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=_XSD_DECIMAL)


def _time(value: str) -> ox.Literal | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
        kind = "date"
    elif re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        kind = "month"
    elif re.fullmatch(r"\d{4}", value):
        kind = "year"
    else:
        return None
    return ox.Literal(value, datatype=_TIME_TYPES[kind])


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as an Oxigraph term.

    Raises:
        InputError: The term is no valid IRI, blank node or literal.
    """
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as error:
        raise InputError(f"not a valid RDF term: {term!r} ({error})") from None
    raise InputError(f"cannot store {term!r}: not an IRI, blank node or literal")


_XSD_STRING: Final = str(XSD.string)


@functools.lru_cache(maxsize=1 << 16)
def _from_ox(term: Any) -> Node:
    # Callers convert inside _quiet_rdflib(): an ill-typed literal
    # ("abc"^^xsd:integer) is kept as written, and SHACL reports it. Cached:
    # query results repeat the same IRIs and literals row after row, and
    # building an rdflib Literal costs far more than hashing an Oxigraph term.
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise InputError(f"RDF-star triple terms are not supported (found {term})")


# --------------------------------------------------------------------------- building


def _new_dataset(base: str) -> Dataset:
    dataset = Dataset()
    _bind(dataset, base)
    return dataset


def _bind(graph: Graph, base: str) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    # "id" names the base: compact IRIs in JSON-LD and query results, and the
    # way serialize() learns which base a dataset was built with.
    graph.bind("id", base, override=True, replace=True)


def _base_of(graph: Graph) -> str:
    for prefix, namespace in graph.namespaces():
        if prefix == "id":
            return str(namespace)
    return DEFAULT_BASE


class _Vocabulary:
    """kg's properties and classes as Oxigraph terms, made once."""

    def __init__(self) -> None:
        #: kg: properties by local name.
        self.p: dict[str, ox.NamedNode] = {}
        for name in (
            "action", "actor", "target", "place", "origin", "destination", "figure",
            "timeText", "time", "source", "negated", "modality", "document", "text",
            "start", "end", "value", "valueMax", "unit", "qualifier", "owner", "title",
            "date", "url", "alias", "mentionCount", "country", "role",
        ):  # fmt: skip
            self.p[name] = _named(str(KG[name]))
        self.event_types = (_named(str(KG.Event)), _named(str(SEM.Event)))
        self.mention_types = (_named(str(KG.Mention)), _named(str(NIF.String)))
        self.figure_type = _named(str(KG.Figure))
        self.document_type = _named(str(KG.Document))
        self.anchor_of = _named(str(NIF.anchorOf))
        self.begin_index = _named(str(NIF.beginIndex))
        self.end_index = _named(str(NIF.endIndex))
        self.derived_from = _named(str(PROV.wasDerivedFrom))
        self.alt_label = _named(str(SKOS.altLabel))
        self.lat = _named(str(GEO.lat))
        self.long = _named(str(GEO.long))
        self.same_as = _named(str(OWL.sameAs))
        self.kind_types = {
            kind: tuple(_named(str(t)) for t in types) for kind, types in _KIND_TYPES.items()
        }
        self.place_roles = {role: _named(str(p)) for role, p in _PLACE_ROLES.items()}
        self.qualifiers: dict[str, ox.NamedNode] = {}

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

    def __init__(self, base: str) -> None:
        self.base = base
        self.v = _vocabulary()
        self.quads: list[ox.Quad] = []
        self._entities: dict[str, ox.NamedNode] = {}

    def entity(self, entity_id: str) -> ox.NamedNode:
        node = self._entities.get(entity_id)
        if node is None:
            node = self._entities[entity_id] = _named(str(entity_iri(entity_id, base=self.base)))
        return node

    def _role(self, argument: Argument) -> ox.NamedNode | ox.Literal:
        if argument.entity is not None:
            return self.entity(argument.entity)
        return ox.Literal(argument.text)

    def document(self, document: Document, graph: ox.NamedNode) -> ox.NamedNode:
        v, add = self.v, self.quads.append
        node = _named(str(document_iri(document.id, base=self.base)))
        add(ox.Quad(node, _TYPE, v.document_type, graph))
        if document.title is not None:
            add(ox.Quad(node, v.p["title"], ox.Literal(document.title), graph))
        if document.date is not None:
            add(
                ox.Quad(
                    node,
                    v.p["date"],
                    ox.Literal(document.date.isoformat(), datatype=_XSD_DATE),
                    graph,
                )
            )
        if document.url is not None:
            add(ox.Quad(node, v.p["url"], ox.Literal(document.url, datatype=_XSD_ANY_URI), graph))
        return node

    def event(self, event: Event, document: ox.NamedNode, graph: ox.NamedNode) -> None:
        v, add = self.v, self.quads.append
        node = _named(str(event_iri(event, base=self.base)))
        mention = event.evidence
        if mention.start < 0 or mention.end < mention.start:
            raise InputError(
                f"mention offsets {mention.start}-{mention.end} in document {mention.document!r}"
                " must satisfy 0 <= start <= end"
            )
        evidence = _named(str(mention_iri(mention, base=self.base)))
        # Each node's triples are written together: Turtle then groups them under one subject.
        for rdf_type in v.event_types:
            add(ox.Quad(node, _TYPE, rdf_type, graph))
        add(ox.Quad(node, v.p["action"], ox.Literal(event.action), graph))
        if event.actor is not None:
            add(ox.Quad(node, v.p["actor"], self._role(event.actor), graph))
        if event.target is not None:
            add(ox.Quad(node, v.p["target"], self._role(event.target), graph))
        for place in event.places:
            where = self._role(place.argument)
            add(ox.Quad(node, v.p["place"], where, graph))
            if place.role in v.place_roles:
                add(ox.Quad(node, v.place_roles[place.role], where, graph))
        figures = [_named(f"{node.value}/figure/{i}") for i in range(len(event.figures))]
        for figure_node in figures:
            add(ox.Quad(node, v.p["figure"], figure_node, graph))
        if event.time is not None:
            add(ox.Quad(node, v.p["timeText"], ox.Literal(event.time.text), graph))
            if event.time.value is not None and (when := _time(event.time.value)) is not None:
                add(ox.Quad(node, v.p["time"], when, graph))
        if event.source is not None:
            add(ox.Quad(node, v.p["source"], self._role(event.source), graph))
        add(ox.Quad(node, v.p["negated"], _TRUE if event.negated else _FALSE, graph))
        if event.modality is not None:
            add(ox.Quad(node, v.p["modality"], ox.Literal(event.modality), graph))
        add(ox.Quad(node, v.derived_from, evidence, graph))
        add(ox.Quad(node, v.p["document"], document, graph))
        for figure_node, figure in zip(figures, event.figures, strict=True):
            self._figure(figure_node, figure, graph)
        self._mention(evidence, mention, document, graph)

    def _figure(self, node: ox.NamedNode, figure: Figure, graph: ox.NamedNode) -> None:
        v, add = self.v, self.quads.append
        what = f"figure {figure.text!r}"
        add(ox.Quad(node, _TYPE, v.figure_type, graph))
        add(ox.Quad(node, _LABEL, ox.Literal(figure.text), graph))
        add(ox.Quad(node, v.p["value"], _decimal(figure.value, what), graph))
        if figure.value_max is not None:
            add(ox.Quad(node, v.p["valueMax"], _decimal(figure.value_max, what), graph))
        if figure.unit is not None:
            add(ox.Quad(node, v.p["unit"], ox.Literal(figure.unit), graph))
        add(ox.Quad(node, v.p["qualifier"], v.qualifier_term(figure.qualifier), graph))
        if figure.owner is not None:
            add(ox.Quad(node, v.p["owner"], ox.Literal(figure.owner), graph))

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

    def entity_node(self, entity: Entity, graph: ox.NamedNode) -> None:
        v, add = self.v, self.quads.append
        node = self.entity(entity.id)
        for rdf_type in v.kind_types[entity.kind]:
            add(ox.Quad(node, _TYPE, rdf_type, graph))
        add(ox.Quad(node, _LABEL, ox.Literal(entity.label), graph))
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
        if entity.country is not None:
            add(ox.Quad(node, v.p["country"], self.entity(entity.country), graph))
        for role in entity.roles:
            add(ox.Quad(node, v.p["role"], ox.Literal(role), graph))


def quads(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    events: Iterable[Event],
    *,
    base: str = DEFAULT_BASE,
) -> list[ox.Quad]:
    """The knowledge graph as Oxigraph quads: a named graph per document, one for entities.

    What :func:`to_dataset` holds, without rdflib: the fast way to a store or
    a file (:func:`serialize_quads`). Events whose document is not among
    ``documents`` still get that document's graph and a bare document node.

    Args:
        documents: The input documents.
        entities: Every resolved actor and place.
        events: Every event; role arguments name entity ids or stay literals.
        base: Prefix of every minted IRI; should end with ``/`` or ``#``.

    Raises:
        InputError: ``base`` does not make valid IRIs, a figure value or
            coordinate is not a finite number, or mention offsets are negative
            or reversed.
    """
    writer = _QuadWriter(base)
    graphs: dict[str, ox.NamedNode] = {}
    documents_seen: dict[str, ox.NamedNode] = {}
    try:
        for document in documents:
            graph = graphs[document.id] = _named(str(graph_iri(document.id, base=base)))
            documents_seen[document.id] = writer.document(document, graph)
        for event in events:
            graph = graphs.get(event.document) or graphs.setdefault(
                event.document, _named(str(graph_iri(event.document, base=base)))
            )
            if event.document not in documents_seen:
                documents_seen[event.document] = writer.document(
                    Document(event.document, ""), graph
                )
            writer.event(event, documents_seen[event.document], graph)
        entity_graph = _named(str(entities_graph_iri(base=base)))
        for entity in entities:
            writer.entity_node(entity, entity_graph)
    except ValueError as error:  # Oxigraph refuses an IRI
        raise InputError(f"cannot make IRIs with the base {base!r}: {error}") from None
    return writer.quads


def to_dataset(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    events: Iterable[Event],
    *,
    base: str = DEFAULT_BASE,
) -> Dataset:
    """The knowledge graph as an rdflib Dataset: a named graph per document, one for entities.

    Events whose document is not among ``documents`` still get that document's
    graph and a bare document node, so nothing is dropped. The inputs are not changed.

    Args:
        documents: The input documents.
        entities: Every resolved actor and place.
        events: Every event; role arguments name entity ids or stay literals.
        base: Prefix of every minted IRI; should end with ``/`` or ``#``.

    Raises:
        InputError: A figure value or coordinate is not a finite number, or
            mention offsets are negative or reversed.

    >>> from kg.model import Entity
    >>> ds = to_dataset([], [Entity(id="place/kyiv", label="Kyiv", kind="place")], [])
    >>> len(ds.graph(entities_graph_iri()))  # two types, a label, a mention count
    4
    """
    return from_quads(quads(documents, entities, events, base=base), base=base)


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
                graph = dataset.graph(_from_ox(name))  # type: ignore[arg-type]
            contexts[name] = graph
        return graph

    with _quiet_rdflib():
        dataset.addN(
            (_from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object), context(q.graph_name))
            for q in found
        )
    return dataset


def _rdflib_quads(dataset: Graph) -> Iterator[tuple[Node, Node, Node, Node | None]]:
    """Every quad of a Graph or Dataset; ``None`` names the default graph."""
    with _quiet_rdflib():
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
    for s, p, o, g in _rdflib_quads(dataset):
        graph = _DEFAULT_GRAPH if g is None else _to_ox(g)
        quad = ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), graph)  # type: ignore[arg-type]
        found.append(((str(g or ""), s.n3(), p.n3(), o.n3()), quad))
    # rdflib iterates in hash order, which changes from run to run: sort so
    # that the files written from a Dataset are the same every time, each
    # graph and each subject together.
    found.sort(key=lambda row: row[0])
    return [quad for _, quad in found]


# --------------------------------------------------------------------------- merging


def union(dataset: Graph) -> Graph:
    """Every triple of every graph of ``dataset`` in one plain Graph, prefixes bound."""
    graph = Graph()
    _bind(graph, _base_of(dataset))
    with _quiet_rdflib():
        if isinstance(dataset, Dataset):
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            for triple in dataset:
                graph.add(triple)
    return graph


def _named_graphs(dataset: Dataset) -> dict[IdentifiedNode, Graph]:
    with _quiet_rdflib():
        return {
            graph.identifier: graph
            for graph in dataset.graphs()
            if graph.identifier != dataset.default_graph.identifier and len(graph)
        }


def merge_quads(
    existing: Iterable[ox.Quad], new: Sequence[ox.Quad], *, base: str = DEFAULT_BASE
) -> list[ox.Quad]:
    """Add ``new`` quads to ``existing`` the way a store does (see :func:`merge`).

    The order is stable, so merging the same quads again gives the same list:
    the graphs ``new`` leaves alone first, as they were, then ``new``, each
    entity's earlier aliases, types and roles right after its new description.
    """
    entities = _named(str(entities_graph_iri(base=base)))
    single_valued = {_named(str(p)) for p in ENTITY_SINGLE_VALUED}
    new_graphs = {q.graph_name for q in new}
    described: dict[Any, list[ox.Quad]] = {}  # entity -> its new quads, in order
    rest: list[ox.Quad] = []
    for quad in new:
        if quad.graph_name == entities:
            described.setdefault(quad.subject, []).append(quad)
        else:
            rest.append(quad)
    merged: list[ox.Quad] = []
    for quad in existing:
        graph = quad.graph_name
        if graph == entities and quad.subject in described:
            if quad.predicate not in single_valued:
                described[quad.subject].append(quad)
        elif isinstance(graph, ox.DefaultGraph) or graph == entities or graph not in new_graphs:
            merged.append(quad)
    merged.extend(rest)
    for quads_of_entity in described.values():
        merged.extend(quads_of_entity)
    return list(dict.fromkeys(merged))


def merge(existing: Dataset, new: Dataset) -> Dataset:
    """Add ``new`` to ``existing`` the way a store does, in a new Dataset.

    Each named graph of ``new`` replaces the graph of the same name (so
    rebuilding a changed document replaces it and re-adding is idempotent),
    except the entities graph, which is merged: a newer entity replaces its
    single-valued properties (:data:`ENTITY_SINGLE_VALUED`) and adds its types,
    aliases and roles. Default-graph triples are added.
    """
    base = _base_of(new)
    merged = merge_quads(dataset_quads(existing), dataset_quads(new), base=base)
    return from_quads(merged, base=base)


# --------------------------------------------------------------------------- formats


def ontology_path(name: str) -> Path:
    """The path of a file or folder shipped in ``ontology/`` ("kg.ttl", "queries").

    Looks in the source tree first (a checkout or an editable install), then in
    the data folder a wheel installs (``share/kg/ontology``, see ``docs/rdf.md``).

    Raises:
        FileNotFoundError: The file is in neither place.
    """
    import site

    candidates = [Path(kg.__file__).resolve().parent.parent / "ontology" / name]
    # Where pip puts data files: the environment's prefix, or the user base
    # for `pip install --user`.
    for prefix in dict.fromkeys([sysconfig.get_path("data"), site.getuserbase()]):
        if prefix:
            candidates.append(Path(prefix) / "share" / "kg" / "ontology" / name)
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        f"ontology file {name!r} not found in {', '.join(str(c.parent) for c in candidates)};"
        " reinstall kg"
    )


@cache
def _context_file() -> dict[str, Any]:
    context: dict[str, Any] = json.loads(ontology_path("context.jsonld").read_text("utf-8"))
    return dict(context["@context"])


def jsonld_context(*, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The JSON-LD context of ``ontology/context.jsonld`` with ``id:`` set to ``base``."""
    return _context_file() | {"id": base}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")


def serialize(dataset: Graph, fmt: str) -> str:
    """The dataset as text in ``fmt`` (a key of :data:`FORMATS`).

    Turtle and N-Triples hold the union of all graphs; TriG, N-Quads and
    JSON-LD keep the named graphs. JSON-LD is compacted with the kg context.

    Raises:
        InputError: ``fmt`` is not a known format.
    """
    _check_format(fmt)
    if fmt == "json-ld":
        with _quiet_rdflib():
            return dataset.serialize(
                format="json-ld", context=jsonld_context(base=_base_of(dataset)), indent=2
            )
    return serialize_quads(dataset_quads(dataset), fmt, base=_base_of(dataset))


def serialize_quads(found: Sequence[ox.Quad], fmt: str, *, base: str = DEFAULT_BASE) -> str:
    """Quads as text in ``fmt``, as :func:`serialize` writes them.

    Turtle, N-Triples, TriG and N-Quads are written by Oxigraph (rdflib's
    writers take minutes on a million triples, Oxigraph's seconds), with the
    kg prefixes and ``id:`` for ``base``; JSON-LD goes through rdflib for its
    compaction with the kg context.

    Raises:
        InputError: ``fmt`` is not a known format.
    """
    _check_format(fmt)
    if fmt == "json-ld":
        return serialize(from_quads(found, base=base), fmt)
    # No "id:" prefix here: most kg IRIs have a "/" after the base, which a
    # prefixed name can only hold escaped ("id:event\/a\/1-5").
    prefixes = dict(PREFIXES)
    rdf_format = getattr(ox.RdfFormat, _OX_FORMATS[fmt])
    if fmt in _QUAD_FORMATS:
        data = ox.serialize(found, format=rdf_format, prefixes=prefixes if fmt == "trig" else None)
    else:
        # The union: a triple held by two graphs is written once.
        triples = dict.fromkeys(q.triple for q in found)
        data = ox.serialize(
            triples, format=rdf_format, prefixes=prefixes if fmt == "turtle" else None
        )
    return (data or b"").decode("utf-8")


def write(dataset: Graph, path: str | os.PathLike[str], *, fmt: str | None = None) -> Path:
    """Write the dataset to ``path`` atomically; ``fmt`` defaults to the path's suffix.

    Readers see either the old file or the new one, never half of it.

    Raises:
        InputError: The format is unknown or cannot be guessed from the suffix.
    """
    target = Path(path)
    if fmt is None:
        fmt = _format_of(target)
    return write_atomic(target, serialize(dataset, fmt))


def write_outputs(
    dataset: Dataset,
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] = ("turtle", "json-ld"),
    stem: str = "graph",
) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.jsonld``, ... into ``out_dir`` atomically, all or none.

    To add to an earlier build instead of overwriting it, :func:`load` the old
    quad file (TriG, N-Quads or JSON-LD) and :func:`merge` first.

    Returns:
        Format name -> path written.
    """
    for fmt in formats:
        _check_format(fmt)
    folder = Path(out_dir)
    targets = {fmt: folder / f"{stem}{FORMATS[fmt]}" for fmt in formats}
    # Everything is serialized before the first rename: a failure leaves all
    # the earlier files as they were, not a mix of old and new formats.
    write_atomic_many({targets[fmt]: serialize(dataset, fmt) for fmt in formats})
    return targets


def _format_of(path: Path) -> str:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"cannot tell the RDF format of {str(path)!r} from its suffix;"
            f" use one of {', '.join(sorted(_SUFFIXES))}"
        )
    return fmt


_OX_FORMATS: Final[dict[str, str]] = {
    "turtle": "TURTLE",
    "json-ld": "JSON_LD",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
}


def read_quads(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[ox.Quad]:
    """Read RDF files in any of :data:`FORMATS` as Oxigraph quads, in file order.

    Named graphs stay named; triples of Turtle and N-Triples files go to the
    default graph. Files are parsed with Oxigraph (fast, and strict about the
    syntax) and never cause a network request.

    Raises:
        InputError: A file is missing, has an unknown suffix or does not parse;
            the message names the file and the position.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    found: list[ox.Quad] = []
    for raw in paths:
        path = Path(raw)
        fmt = _format_of(path)
        if not path.is_file():
            raise InputError(f"no such RDF file: {str(path)!r}")
        try:
            found.extend(ox.parse(path=path, format=getattr(ox.RdfFormat, _OX_FORMATS[fmt])))
        except SyntaxError as error:
            raise InputError(f"{path}: {error}") from None
        except (OSError, ValueError) as error:
            raise InputError(f"cannot read {path}: {error}") from None
    return found


def load(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Dataset:
    """Read RDF files in any of :data:`FORMATS` into one Dataset.

    Named graphs stay named; triples of Turtle and N-Triples files go to the
    default graph. The base the files were built with (``--base-iri``) is
    recovered, so the dataset serializes and merges under it.

    Raises:
        InputError: A file is missing, has an unknown suffix or does not parse;
            the message names the file and the position.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    found = read_quads(paths)
    base = next(
        (
            base
            for path in paths
            if _format_of(Path(path)) == "json-ld" and (base := _jsonld_base(Path(path)))
        ),
        None,
    )
    return from_quads(found, base=base or _infer_base(found) or DEFAULT_BASE)


def _infer_base(found: Iterable[ox.Quad]) -> str | None:
    """The base IRI quads were built with, from their graph names or document nodes."""
    document_type = _vocabulary().document_type
    for quad in found:
        name = getattr(quad.graph_name, "value", "")
        head, sep, _ = name.rpartition("graph/")
        if sep:
            return head
        if quad.predicate == _TYPE and quad.object == document_type:
            assert isinstance(quad.subject, ox.NamedNode)
            head, sep, _ = quad.subject.value.rpartition("document/")
            if sep:
                return head
    return None


def _jsonld_base(path: Path) -> str | None:
    try:
        context = json.loads(path.read_text("utf-8")).get("@context", {})
    except (ValueError, AttributeError):
        return None
    value = context.get("id") if isinstance(context, dict) else None
    return value if isinstance(value, str) else None


# --------------------------------------------------------------------------- SHACL


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node broke which rule.

    Attributes:
        focus: The node that breaks the shape (an IRI, or a blank node id).
        path: The property concerned, if the shape names one.
        message: What is wrong, from the shape's ``sh:message``.
        severity: "Violation", "Warning" or "Info".
        value: The offending value, when there is one.
    """

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        got = f" (got {self.value!r})" if self.value is not None else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}{got}"


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def validate(graph: Graph) -> list[Violation]:
    """Check a graph or dataset against ``ontology/shapes.ttl``; ``[]`` when it conforms.

    A Dataset is validated as the union of its graphs, since events in a
    document graph point at entities in the shared entities graph.

    >>> validate(to_dataset([], [], []))
    []
    """
    import pyshacl

    SH = Namespace("http://www.w3.org/ns/shacl#")
    data = union(graph) if isinstance(graph, Dataset) else graph
    with _quiet_rdflib():
        _, results, _ = pyshacl.validate(
            data, shacl_graph=_shapes(), inference="none", advanced=True, allow_warnings=True
        )
    if not isinstance(results, Graph):  # only when asked to serialize the report
        raise TypeError(f"pyshacl returned {type(results).__name__}, expected a Graph")
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage)
        violations.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=str(path) if isinstance(path, URIRef) else None,
                message=str(message) if message is not None else "breaks a shape",
                severity=str(severity).rpartition("#")[2] if severity is not None else "Violation",
                value=str(value) if value is not None else None,
            )
        )
    return sorted(violations, key=lambda v: (v.focus, v.path or "", v.message))
