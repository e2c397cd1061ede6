"""IRIs: every shape kg mints, and the way back from an IRI to the id it names.

Every name goes through :func:`safe` under a base; the ``*_iri`` functions make
IRIs from records and the ``*_id``/``*_key`` functions read them back, so an IRI
shape is written in this module only.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import quote, unquote

from rdflib import URIRef

from kg.model import Event, Mention
from kg.namespace import DEFAULT_BASE

__all__ = [
    "EventKey",
    "default_graph_iri",
    "document_id",
    "document_iri",
    "entities_graph_iri",
    "entity_id",
    "entity_iri",
    "event_iri",
    "event_iri_text",
    "event_key",
    "figure_index",
    "figure_iri",
    "graph_iri",
    "mention_iri",
    "mention_iri_text",
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


#: :func:`safe` remembered for the last few thousand texts: a build mints an IRI for
#: every event and mention of a document, each encoding the document's id again.
_safe_again = functools.lru_cache(maxsize=4096)(safe)


def entity_iri(entity_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an entity; its ``kind/slug`` id keeps its slash."""
    return URIRef(base + "/".join(safe(part) for part in entity_id.split("/")))


def document_iri(document_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a document node."""
    return URIRef(f"{base}document/{safe(document_id)}")


def event_iri(event: Event, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an event: its document, trigger offsets and, for coordinated copies, part."""
    return URIRef(event_iri_text(event, base=base))


def event_iri_text(event: Event, *, base: str = DEFAULT_BASE) -> str:
    """:func:`event_iri` as a plain string (no rdflib term: the quads' writer makes
    Oxigraph terms of thousands of them).

    >>> event_iri_text(Event("d 1", 7, 15, "fell", Mention("d 1", 0, 20, "")), base="x:")
    'x:event/d%201/7-15'
    """
    key = f"{base}event/{_safe_again(event.document)}/{event.start}-{event.end}"
    return f"{key}/{event.part}" if event.part else key


def figure_iri(event: str, index: int) -> str:
    """The IRI of an event's ``index``-th figure, below the event's own IRI.

    >>> figure_iri("https://w3id.org/kg-news/id/event/d1/7-15", 0)
    'https://w3id.org/kg-news/id/event/d1/7-15/figure/0'
    """
    return f"{event}/figure/{index}"


def mention_iri(mention: Mention, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a mention: its document and character offsets."""
    return URIRef(mention_iri_text(mention, base=base))


def mention_iri_text(mention: Mention, *, base: str = DEFAULT_BASE) -> str:
    """:func:`mention_iri` as a plain string (as :func:`event_iri_text`).

    >>> mention_iri_text(Mention("d/1", 0, 20, "The bridge fell."), base="x:")
    'x:mention/d%2F1/0-20'
    """
    return f"{base}mention/{_safe_again(mention.document)}/{mention.start}-{mention.end}"


def graph_iri(document_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph holding one document's events, mentions and figures."""
    segment = safe(document_id)
    if segment in _SHARED_GRAPHS:
        # A document called "entities" must not take the shared entities graph:
        # "%65ntities" (%65 is "e") differs while still reading as the id.
        segment = f"%{ord(segment[0]):02X}{segment[1:]}"
    return URIRef(f"{base}graph/{segment}")


#: The names of the graphs kg keeps besides the documents' own.
_SHARED_GRAPHS = frozenset({"default", "entities", "summary", "happenings"})


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


# --- back from IRIs to ids ----------------------------------------------------------------


def _local(iri: str, prefix: str) -> str:
    # An IRI under the prefix is the prefix + a percent-encoded key; decoding
    # gives the key back. An IRI minted elsewhere is kept whole as its own id.
    return unquote(iri[len(prefix) :]) if iri.startswith(prefix) else iri


def entity_id(iri: str, *, base: str = DEFAULT_BASE) -> str:
    """The entity id an entity IRI names (the IRI itself if not under ``base``).

    >>> entity_id("https://w3id.org/kg-news/id/place/kyiv")
    'place/kyiv'
    """
    return _local(iri, base)


def document_id(iri: str, *, base: str = DEFAULT_BASE) -> str:
    """The document id a document IRI names.

    >>> document_id(str(document_iri("a/b c")))
    'a/b c'
    """
    return _local(iri, f"{base}document/")


@dataclass(frozen=True, slots=True)
class EventKey:
    """What an event IRI says: its document, trigger offsets and part."""

    document: str
    start: int
    end: int
    part: int = 0


def event_key(iri: str, *, base: str = DEFAULT_BASE) -> EventKey | None:
    """Read an event IRI of kg's shape back; ``None`` for any other IRI.

    >>> event_key("https://w3id.org/kg-news/id/event/d%2F1/7-15/2")
    EventKey(document='d/1', start=7, end=15, part=2)
    """
    prefix = f"{base}event/"
    if not iri.startswith(prefix):
        return None
    # safe() encodes "/" inside the document id, so the segments split cleanly.
    segments = iri[len(prefix) :].split("/")
    if len(segments) not in (2, 3):
        return None
    offsets = segments[1].split("-")
    numbers = [*offsets, *segments[2:]]
    if len(offsets) != 2 or not all(n.isdigit() and n.isascii() for n in numbers):
        return None
    part = int(segments[2]) if len(segments) == 3 else 0
    return EventKey(unquote(segments[0]), int(offsets[0]), int(offsets[1]), part)


def figure_index(iri: str) -> int | None:
    """The index a figure IRI of kg's shape ends with; ``None`` for any other IRI.

    >>> figure_index(figure_iri("https://w3id.org/kg-news/id/event/d1/7-15", 3))
    3
    """
    head, _, index = iri.rpartition("/figure/")
    return int(index) if head and index.isdigit() and index.isascii() else None
