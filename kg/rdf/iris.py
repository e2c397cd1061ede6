"""IRIs: every name kg mints goes through :func:`safe` under a base."""

from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef

from kg.model import Event, Mention
from kg.namespace import DEFAULT_BASE

__all__ = [
    "default_graph_iri",
    "document_iri",
    "entities_graph_iri",
    "entity_iri",
    "event_iri",
    "graph_iri",
    "mention_iri",
    "safe",
    "summary_graph_iri",
]


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
    if segment in _SHARED_GRAPHS:
        # A document called "entities" must not take the shared entities graph:
        # "%65ntities" (%65 is "e") differs while still reading as the id.
        segment = f"%{ord(segment[0]):02X}{segment[1:]}"
    return URIRef(f"{base}graph/{segment}")


#: The names of the graphs kg keeps besides the documents' own.
_SHARED_GRAPHS = frozenset({"default", "entities", "summary"})


def entities_graph_iri(*, base: str = DEFAULT_BASE) -> URIRef:
    """The shared named graph holding every entity."""
    return URIRef(f"{base}graph/entities")


def summary_graph_iri(*, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph holding the per-entity counts (see :mod:`kg.rdf.summary`)."""
    return URIRef(f"{base}graph/summary")


def default_graph_iri(*, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph that holds triples given without a graph (a Turtle file).

    kg keeps every triple in a named graph, so that its canned queries, which
    name their graphs, find them on any store, union default graph or not.
    """
    return URIRef(f"{base}graph/default")
