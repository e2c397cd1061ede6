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
    "document_iri",
    "entities_graph_iri",
    "entity_iri",
    "event_iri",
    "graph_iri",
    "jsonld_context",
    "load",
    "merge",
    "mention_iri",
    "ontology_path",
    "safe",
    "serialize",
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


# --------------------------------------------------------------------------- literals


def _decimal(value: Decimal | float, what: str) -> Literal:
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    if not number.is_finite():
        raise InputError(f"{what} must be a finite number (not {value!r})")
    # The canonical form ("1500.0", "0.25"): format "f" never writes an exponent
    # ("1E+3" is no xsd:decimal), and one spelling per number keeps exports comparable.
    text = format(number.normalize() if number else Decimal(0), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def _time(value: str) -> Literal | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


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


def _role(graph: Graph, node: URIRef, prop: URIRef, argument: Argument, base: str) -> None:
    value: Node
    if argument.entity is not None:
        value = entity_iri(argument.entity, base=base)
    else:
        value = Literal(argument.text)
    graph.add((node, prop, value))


def _add_mention(graph: Graph, mention: Mention, document: URIRef, base: str) -> URIRef:
    if mention.start < 0 or mention.end < mention.start:
        raise InputError(
            f"mention offsets {mention.start}-{mention.end} in document {mention.document!r}"
            " must satisfy 0 <= start <= end"
        )
    node = mention_iri(mention, base=base)
    graph.add((node, RDF.type, KG.Mention))
    graph.add((node, RDF.type, NIF.String))
    graph.add((node, KG.text, Literal(mention.text)))
    graph.add((node, KG.start, _integer(mention.start)))
    graph.add((node, KG.end, _integer(mention.end)))
    graph.add((node, NIF.anchorOf, Literal(mention.text)))
    # NIF types these xsd:nonNegativeInteger, but stores (Oxigraph) keep only
    # xsd:integer: one datatype everywhere keeps exports and stores identical.
    graph.add((node, NIF.beginIndex, _integer(mention.start)))
    graph.add((node, NIF.endIndex, _integer(mention.end)))
    graph.add((node, KG.document, document))
    return node


def _add_figure(graph: Graph, node: URIRef, figure: Figure) -> None:
    graph.add((node, RDF.type, KG.Figure))
    graph.add((node, RDFS.label, Literal(figure.text)))
    graph.add((node, KG.value, _decimal(figure.value, f"figure {figure.text!r}")))
    if figure.value_max is not None:
        graph.add((node, KG.valueMax, _decimal(figure.value_max, f"figure {figure.text!r}")))
    if figure.unit is not None:
        graph.add((node, KG.unit, Literal(figure.unit)))
    graph.add((node, KG.qualifier, KG[figure.qualifier]))
    if figure.owner is not None:
        graph.add((node, KG.owner, Literal(figure.owner)))


def _add_event(graph: Graph, event: Event, document: URIRef, base: str) -> None:
    node = event_iri(event, base=base)
    graph.add((node, RDF.type, KG.Event))
    graph.add((node, RDF.type, SEM.Event))
    graph.add((node, KG.action, Literal(event.action)))
    if event.actor is not None:
        _role(graph, node, KG.actor, event.actor, base)
    if event.target is not None:
        _role(graph, node, KG.target, event.target, base)
    for place in event.places:
        _role(graph, node, KG.place, place.argument, base)
        if place.role in _PLACE_ROLES:
            _role(graph, node, _PLACE_ROLES[place.role], place.argument, base)
    for index, figure in enumerate(event.figures):
        figure_node = URIRef(f"{node}/figure/{index}")
        graph.add((node, KG.figure, figure_node))
        _add_figure(graph, figure_node, figure)
    if event.time is not None:
        graph.add((node, KG.timeText, Literal(event.time.text)))
        if event.time.value is not None and (value := _time(event.time.value)) is not None:
            graph.add((node, KG.time, value))
    if event.source is not None:
        _role(graph, node, KG.source, event.source, base)
    graph.add((node, KG.negated, Literal(event.negated)))
    if event.modality is not None:
        graph.add((node, KG.modality, Literal(event.modality)))
    graph.add((node, PROV.wasDerivedFrom, _add_mention(graph, event.evidence, document, base)))
    graph.add((node, KG.document, document))


def _add_document(graph: Graph, document: Document, base: str) -> URIRef:
    node = document_iri(document.id, base=base)
    graph.add((node, RDF.type, KG.Document))
    if document.title is not None:
        graph.add((node, KG.title, Literal(document.title)))
    if document.date is not None:
        graph.add((node, KG.date, Literal(document.date.isoformat(), datatype=XSD.date)))
    if document.url is not None:
        graph.add((node, KG.url, Literal(document.url, datatype=XSD.anyURI)))
    return node


def _add_entity(graph: Graph, entity: Entity, base: str) -> None:
    node = entity_iri(entity.id, base=base)
    for rdf_type in _KIND_TYPES[entity.kind]:
        graph.add((node, RDF.type, rdf_type))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for alias in entity.aliases:
        graph.add((node, KG.alias, Literal(alias)))
        graph.add((node, SKOS.altLabel, Literal(alias)))
    graph.add((node, KG.mentionCount, _integer(entity.mentions)))
    if entity.lat is not None and entity.long is not None:
        if not (math.isfinite(entity.lat) and math.isfinite(entity.long)):
            raise InputError(f"entity {entity.id!r} has coordinates that are not numbers")
        graph.add((node, GEO.lat, _decimal(entity.lat, f"latitude of {entity.id!r}")))
        graph.add((node, GEO.long, _decimal(entity.long, f"longitude of {entity.id!r}")))
    if entity.geonames is not None:
        graph.add((node, OWL.sameAs, URIRef(f"https://sws.geonames.org/{entity.geonames}/")))
    if entity.country is not None:
        graph.add((node, KG.country, entity_iri(entity.country, base=base)))
    for role in entity.roles:
        graph.add((node, KG.role, Literal(role)))


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
    dataset = _new_dataset(base)
    graphs: dict[str, Graph] = {}
    documents_seen: dict[str, URIRef] = {}

    def document_graph(document_id: str) -> Graph:
        if document_id not in graphs:
            graphs[document_id] = dataset.graph(graph_iri(document_id, base=base))
        return graphs[document_id]

    for document in documents:
        documents_seen[document.id] = _add_document(document_graph(document.id), document, base)
    for event in events:
        graph = document_graph(event.document)
        if event.document not in documents_seen:
            documents_seen[event.document] = _add_document(
                graph, Document(event.document, ""), base
            )
        _add_event(graph, event, documents_seen[event.document], base)
    entity_graph = dataset.graph(entities_graph_iri(base=base))
    for entity in entities:
        _add_entity(entity_graph, entity, base)
    return dataset


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


def merge(existing: Dataset, new: Dataset) -> Dataset:
    """Add ``new`` to ``existing`` the way a store does, in a new Dataset.

    Each named graph of ``new`` replaces the graph of the same name (so
    rebuilding a changed document replaces it and re-adding is idempotent),
    except the entities graph, which is merged: a newer entity replaces its
    single-valued properties (:data:`ENTITY_SINGLE_VALUED`) and adds its types,
    aliases and roles. Default-graph triples are added.
    """
    base = _base_of(new)
    entities = entities_graph_iri(base=base)
    merged = _new_dataset(base)
    old_graphs, new_graphs = _named_graphs(existing), _named_graphs(new)
    with _quiet_rdflib():
        for name, graph in old_graphs.items():
            if name in new_graphs and name != entities:
                continue
            target = merged.graph(name)
            if name == entities and name in new_graphs:
                replaced = set(new_graphs[name].subjects())
                for s, p, o in graph:
                    if not (s in replaced and p in ENTITY_SINGLE_VALUED):
                        target.add((s, p, o))
            else:
                for triple in graph:
                    target.add(triple)
        for name, graph in new_graphs.items():
            target = merged.graph(name)
            for triple in graph:
                target.add(triple)
        for source in (existing, new):
            for triple in source.default_graph:
                merged.default_graph.add(triple)
    return merged


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
    with _quiet_rdflib():
        if fmt not in _QUAD_FORMATS:
            text = union(dataset).serialize(format=fmt)
        elif fmt == "json-ld":
            text = dataset.serialize(
                format="json-ld", context=jsonld_context(base=_base_of(dataset)), indent=2
            )
        else:
            text = dataset.serialize(format=fmt)
    return text


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


_XSD_STRING: Final = str(XSD.string)


@functools.lru_cache(maxsize=1 << 16)
def _from_ox(term: Any) -> Node:
    # Callers convert inside _quiet_rdflib(): an ill-typed literal
    # ("abc"^^xsd:integer) is kept as written, and SHACL reports it. Cached:
    # query results repeat the same IRIs and literals row after row, and
    # building an rdflib Literal costs far more than hashing an Oxigraph term.
    import pyoxigraph as ox

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


def load(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Dataset:
    """Read RDF files in any of :data:`FORMATS` into one Dataset.

    Named graphs stay named; triples of Turtle and N-Triples files go to the
    default graph. Files are parsed with Oxigraph (fast, and strict about the
    syntax) and never cause a network request.

    Raises:
        InputError: A file is missing, has an unknown suffix or does not parse;
            the message names the file and the position.
    """
    import pyoxigraph as ox

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    dataset = _new_dataset(DEFAULT_BASE)
    base_seen: str | None = None
    with _quiet_rdflib():
        for raw in paths:
            path = Path(raw)
            fmt = _format_of(path)
            if not path.is_file():
                raise InputError(f"no such RDF file: {str(path)!r}")
            if fmt == "json-ld":
                base_seen = base_seen or _jsonld_base(path)
            try:
                quads = list(ox.parse(path=path, format=getattr(ox.RdfFormat, _OX_FORMATS[fmt])))
            except SyntaxError as error:
                raise InputError(f"{path}: {error}") from None
            except (OSError, ValueError) as error:
                raise InputError(f"cannot read {path}: {error}") from None
            for quad in quads:
                s, p, o = _from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)
                if isinstance(quad.graph_name, ox.DefaultGraph):
                    dataset.default_graph.add((s, p, o))
                else:
                    dataset.graph(_from_ox(quad.graph_name)).add((s, p, o))  # type: ignore[arg-type]
    base_seen = base_seen or _infer_base(dataset)
    if base_seen is not None:
        _bind(dataset, base_seen)
    return dataset


def _infer_base(dataset: Dataset) -> str | None:
    # Keep the base a file was built with, so a loaded dataset serializes and
    # merges under it: graph IRIs end in "graph/<id>", documents in "document/<id>".
    with _quiet_rdflib():
        for name in _named_graphs(dataset):
            head, sep, _ = str(name).rpartition("graph/")
            if sep:
                return head
        for subject in union(dataset).subjects(RDF.type, KG.Document):
            head, sep, _ = str(subject).rpartition("document/")
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
