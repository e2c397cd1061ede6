"""What ``kg build`` makes, as library functions: files in memory, a streamed store.

- :func:`render_outputs` renders every output file of a build in memory: the
  RDF formats, TriG always (the next build into the folder adds to it), and the
  HTML view; an earlier build's ``graph.trig`` in the folder is merged with the
  new graph unless ``fresh``. Nothing is written, so a caller writes all or
  nothing (:func:`kg._atomic.write_atomic_many`).
- :func:`build_into_store` streams a build into an embedded store, a few
  documents per transaction, in flat memory, and compacts the store when the
  build wrote a good share of it.
- :func:`store_files` renders a store's whole graph as RDF files.

The CLI parses, calls these, writes and prints; the policies (transaction size,
when to compact, how to merge) live here.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, StoreError
from kg.namespace import DEFAULT_BASE

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.graph import KnowledgeGraph
    from kg.inputs import Source
    from kg.model import Document, Event, Extraction

__all__ = [
    "COMPACT_WHEN_ADDED",
    "DOCUMENTS_PER_TRANSACTION",
    "Outputs",
    "StoreBuild",
    "build_into_store",
    "render_outputs",
    "store_files",
]

#: Documents written to the store in one transaction by :func:`build_into_store`.
DOCUMENTS_PER_TRANSACTION = 200
#: :func:`build_into_store` compacts the store when the build wrote at least 1/N of it.
COMPACT_WHEN_ADDED = 10

#: What a build writes when no format is asked for; TriG is always added.
_DEFAULT_FORMATS = ("turtle", "json-ld")


@dataclass(frozen=True, slots=True)
class Outputs:
    """A build's output files, rendered and not yet written.

    Attributes:
        files: Each path with its content.
        merged: Whether an earlier build in the folder was added to.
        triples: Distinct triples in the graph written.
        documents: Documents in the graph written (the earlier ones included).
    """

    files: dict[Path, str]
    merged: bool
    triples: int
    documents: int


def render_outputs(
    graph: KnowledgeGraph,
    out_dir: Path,
    *,
    base: str = DEFAULT_BASE,
    formats: Sequence[str] = (),
    html: bool = True,
    fresh: bool = False,
    title: str | None = None,
) -> Outputs:
    """Every output file of a build into ``out_dir``, rendered in memory.

    Args:
        graph: The new build.
        out_dir: The folder the files are for; its ``graph.trig``, if there, is
            the earlier build the new one is added to.
        base: The base IRI of the graph.
        formats: RDF formats (keys of :data:`kg.rdf.FORMATS`); Turtle and
            JSON-LD by default. TriG is always written.
        html: Whether to draw ``graph.html``.
        fresh: Replace the earlier build instead of adding to it.
        title: The page's title; ``kg — OUT_DIR`` by default.

    Raises:
        InputError: The earlier ``graph.trig`` does not parse.
    """
    from kg import rdf

    found = rdf.quads(graph.documents, graph.entities, graph.events, base=base)
    earlier = out_dir / "graph.trig"
    merged = earlier.exists() and not fresh
    if merged:
        found = rdf.merge_quads(rdf.read_quads(earlier), found, base=base)
    chosen = dict.fromkeys([*(formats or _DEFAULT_FORMATS), "trig"])
    files = {
        out_dir / f"graph{rdf.FORMATS[fmt]}": rdf.serialize_quads(found, fmt, base=base)
        for fmt in chosen
    }
    if html:
        page_title = title if title is not None else f"kg — {out_dir}"
        page = _page(graph, found, base=base, merged=merged, title=page_title)
        files[out_dir / "graph.html"] = page
    return Outputs(files, merged, _triple_count(found), _document_count(found))


def _page(
    graph: KnowledgeGraph, found: list[ox.Quad], *, base: str, merged: bool, title: str
) -> str:
    """The view, always drawn from records: the new build's, or the merged graph's."""
    if not merged:
        return graph.to_html(title=title)
    from kg.network import to_networkx
    from kg.rdf import from_quads, read_records
    from kg.view import render_html

    records = read_records(from_quads(found, base=base), base=base)
    return render_html(to_networkx(*records), title=title)


def _triple_count(found: list[ox.Quad]) -> int:
    # Distinct quads: the same as the union's triples, since kg never writes a
    # triple into two graphs (its IRIs name their document), and much faster to count.
    return len(set(found))


def _document_count(found: list[ox.Quad]) -> int:
    import pyoxigraph as ox
    from rdflib import RDF

    from kg.namespace import KG

    is_a, document = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Document))
    return len({q.subject for q in found if q.predicate == is_a and q.object == document})


@dataclass(frozen=True, slots=True)
class StoreBuild:
    """What :func:`build_into_store` put into the store."""

    documents: int
    events: int
    actors: int
    places: int
    #: Triples in the whole store afterwards.
    triples: int

    def __str__(self) -> str:
        return (
            f"{self.documents} documents, {self.events} events, {self.actors} actors, "
            f"{self.places} places, {self.triples} triples"
        )


def build_into_store(
    sources: Sequence[Source],
    store_dir: str | os.PathLike[str],
    *,
    base: str = DEFAULT_BASE,
    on_document: Callable[[Extraction], None] | None = None,
    documents_per_transaction: int | None = None,
    **options: Any,
) -> StoreBuild:
    """Build ``sources`` into the embedded store at ``store_dir``, streaming.

    Each document's events are written a few documents per transaction (one
    transaction per document would spend its time opening the store), the
    entities once at the end; memory stays flat whatever the corpus size.

    Args:
        sources: What :func:`kg.building.build_stream` reads.
        store_dir: The store folder (made if new).
        base: The base IRI of the graph.
        on_document: Called with each document's extraction as it is read.
        documents_per_transaction: Documents per write; :data:`DOCUMENTS_PER_TRANSACTION`
            by default.
        **options: Passed to :func:`kg.building.build_stream` (``model``,
            ``date``, ``workers``, ``dask`` ...).

    Raises:
        InputError: The sources hold no document.
        StoreError: The store cannot be opened or written.
    """
    from kg.building import build_stream
    from kg.rdf import quads
    from kg.store import Store

    per_transaction = documents_per_transaction or DOCUMENTS_PER_TRANSACTION
    store = Store(store_dir)
    pending: list[tuple[Document, tuple[Event, ...]]] = []
    counts = {"documents": 0, "events": 0, "quads": 0}

    def flush() -> None:
        documents = [document for document, _ in pending]
        events = [event for _, found in pending for event in found]
        batch = quads(documents, (), events, base=base)
        # The summary is made once, with the entities, at the end.
        store.add(batch, summarize=False)
        counts["quads"] += len(batch)
        pending.clear()

    def write(document: Document, events: tuple[Event, ...]) -> None:
        pending.append((document, events))
        counts["documents"] += 1
        counts["events"] += len(events)
        if len(pending) >= per_transaction:
            flush()

    entities = build_stream(sources, write, on_document=on_document, **options)
    if pending:
        flush()
    if not counts["documents"]:
        raise InputError("no documents found in the input")
    entity_quads = quads((), entities, (), base=base)
    store.add(entity_quads)
    counts["quads"] += len(entity_quads)
    triples = len(store)
    _compact_if_worth_it(store, added=counts["quads"], triples=triples)
    actors = sum(1 for entity in entities if entity.kind != "place")
    places = len(entities) - actors
    return StoreBuild(counts["documents"], counts["events"], actors, places, triples)


def _compact_if_worth_it(store: Any, *, added: int, triples: int) -> None:
    # Compacting rewrites the whole store (about 2 s per million triples), so a
    # few articles added to a large store leave it to RocksDB's own compactions.
    if added * COMPACT_WHEN_ADDED < triples:
        return
    try:
        store.compact()
    except StoreError as error:
        # Everything is stored already; compacting only makes queries faster.
        logging.getLogger("kg").warning("the store was not compacted: %s", error)


def store_files(
    store_dir: str | os.PathLike[str],
    out_dir: Path,
    *,
    base: str = DEFAULT_BASE,
    formats: Sequence[str] = (),
) -> dict[Path, str]:
    """A store's whole graph as RDF files in ``out_dir``, rendered in memory.

    Args:
        store_dir: The store folder.
        out_dir: The folder the files are for.
        base: The base IRI of the graph.
        formats: RDF formats; Turtle and JSON-LD by default.
    """
    from kg.rdf import FORMATS, serialize_quads
    from kg.store import Store

    stored = Store(store_dir).quads()
    return {
        out_dir / f"graph{FORMATS[fmt]}": serialize_quads(stored, fmt, base=base)
        for fmt in formats or _DEFAULT_FORMATS
    }
