"""A build into an embedded store: streamed a few documents per transaction.

:func:`build_into_store` parses the sources into a temporary record, then,
under the store's build lock, writes the store folder's record of every
document (:data:`kg.outputs.RECORD_NAME`) and every document's graph anew, a
few per transaction (:data:`DOCUMENTS_PER_TRANSACTION`; a long document in
slices, :data:`EVENTS_PER_TRANSACTION`), then the entities, and compacts the
store when the build wrote a good share of it (:data:`COMPACT_WHEN_ADDED`).
What leaves a store again is :mod:`kg.outputs.export`'s.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.errors import InputError, StoreError
from kg.namespace import DEFAULT_BASE
from kg.outputs.folder import RECORD_NAME

if TYPE_CHECKING:
    from kg.inputs import Source
    from kg.model import Document, EntityMention, Event, Extraction
    from kg.store import Store

__all__ = [
    "COMPACT_WHEN_ADDED",
    "DOCUMENTS_PER_TRANSACTION",
    "EVENTS_PER_TRANSACTION",
    "StoreBuild",
    "build_into_store",
]

_log = logging.getLogger("kg")


#: Documents written to a store in one transaction by :func:`build_into_store`:
#: one transaction per document would spend its time opening the store, and
#: one of many documents holds all their quads as one update text, which
#: Oxigraph parses whole (``bench/bench_warc.py --store-phases``: 118 web pages
#: peaked at 1,246 MB in one transaction of up to 200 and at 339 MB in
#: transactions of 25, which took less CPU).
DOCUMENTS_PER_TRANSACTION = 25

#: Events (or entity mentions) of one document that :func:`build_into_store`
#: writes in one transaction at most. A longer document (a book in one file)
#: is written in slices of that many, a transaction each, its graph replaced
#: by the first and added to by the others: otherwise its quads, the update
#: text and the transaction would all grow with its length. A news article
#: has tens of events.
EVENTS_PER_TRANSACTION = 5_000

#: :func:`build_into_store` compacts the store when the build wrote at least 1/N of it.
COMPACT_WHEN_ADDED = 10


@dataclass(frozen=True, slots=True)
class StoreBuild:
    """What :func:`build_into_store` put into the store.

    Attributes:
        documents: Documents built.
        events: Their events.
        actors: Actors among the corpus's entities.
        places: Places among them.
        triples: Triples in the whole store afterwards.
    """

    documents: int
    events: int
    actors: int
    places: int
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
    removed: Sequence[str] = (),
    fresh: bool = False,
    documents_per_transaction: int | None = None,
    on_document: Callable[[Extraction], None] | None = None,
    **options: Any,
) -> StoreBuild:
    """Build ``sources`` into the embedded store at ``store_dir``, streaming.

    The store then holds what a fresh build of all its documents gives: the
    earlier ones (less those the new build replaces, by id, and the ``removed``
    ones) in their order, then the new ones. The store folder keeps each document's extraction
    (:data:`RECORD_NAME`), so entities are resolved again over every document
    without parsing the earlier ones again; every document's graph is written
    anew (an entity id may change when clusters merge), a few documents per
    transaction, and the entities graph is replaced, not merged: entities,
    aliases and mentions that only a replaced document supported are gone.
    Memory stays flat whatever the corpus size (the extractions wait in
    temporary files). The store is compacted when the build wrote at least
    1/:data:`COMPACT_WHEN_ADDED` of what it then holds.

    A store written by an older kg keeps no record: the new documents are
    merged into it, entities graph by graph, with a warning. ``fresh`` starts
    the store anew instead: it then holds the new documents alone, as a build
    into a new folder would make it (the graphs of the others are dropped in
    the build's last transaction, and the record is written anew).

    Two builds into one store take turns (:meth:`kg.store.Store.building`)
    from reading the record to the last transaction; each parses meanwhile.

    Args:
        sources: What :func:`kg.building.extractions` reads.
        store_dir: The store folder (made if new).
        base: The base IRI of the graph.
        removed: Ids of documents to take out of the store.
        fresh: Replace what the store holds instead of adding to it.
        documents_per_transaction: Documents per write;
            :data:`DOCUMENTS_PER_TRANSACTION` by default.
        on_document: Called with each new document's extraction as it is read.
        **options: Passed to :func:`kg.building.extractions` (``model``,
            ``date``, ``workers``, ``dask`` ...).

    Raises:
        InputError: The sources hold no document, no document is left, the
            store's record is damaged, ``removed`` names documents of a store
            that keeps no record, or ``removed`` comes with ``fresh``.
        StoreError: The store cannot be opened or written.
    """
    import tempfile

    from kg import _records as records
    from kg.building import extractions
    from kg.rdf import graph_iri
    from kg.store import Store

    if removed and fresh:
        raise InputError(
            "removed: a fresh build keeps no earlier documents to take out", argument="removed"
        )
    store = Store(store_dir)
    record = Path(store_dir) / RECORD_NAME
    with tempfile.TemporaryFile("w+", encoding="utf-8", prefix="kg-new-") as new:
        # Parsed before taking the store: another build may be writing to it meanwhile.
        new_ids: set[str] = set()
        new.write(records.HEADER + "\n")
        # A long document comes a segment at a time, a line each: its records
        # are never all in memory, here or when the store is written.
        for extraction in extractions(sources, in_parts=True, **options):
            new.write(records.dump_line(extraction) + "\n")
            new_ids.add(extraction.document.id)
            if on_document is not None and extraction.part + 1 == extraction.parts:
                on_document(extraction)
            # Not kept while the store is written: a long document's records are large.
            del extraction
        if not new_ids and not removed:
            raise InputError("no documents found in the input")

        def say_waiting() -> None:
            _log.warning(
                "another kg build is writing to the store %s; waiting for it to finish"
                " (Ctrl-C to stop)",
                store_dir,
            )

        with store.building(on_wait=say_waiting):
            new.seek(0)
            if store.exists() and not record.exists() and not fresh:
                if removed:
                    raise InputError(
                        f"removed: the store {store_dir} was made by an older kg that kept no"
                        " record of its documents; build it anew into a new folder",
                        argument="removed",
                    )
                _log.warning(
                    "the store %s was made by an older kg without a record of its documents:"
                    " the new ones are merged into it, so entities that only replaced"
                    " documents named stay; a build into a new store folder is exact",
                    store_dir,
                )
                corpus = records.load_lines(new, where="the new documents")
                return _write_store(store, corpus, base, documents_per_transaction, merge=True)
            gone = _write_record(record, new, new_ids, removed, fresh=fresh)
            for name in sorted(set(removed) - gone):
                _log.warning(
                    "--remove %s: no such document in the store (ids are as in the graph)", name
                )
            dropped = [str(graph_iri(name, base=base)) for name in sorted(gone)]
            if fresh and store.exists():
                # Every graph but those the build writes: its documents' (and the
                # entities, summary and happenings graphs, which it replaces).
                kept = {str(graph_iri(name, base=base)) for name in new_ids}
                dropped = [name for name in store.graphs() if name not in kept]
            with record.open(encoding="utf-8") as lines:
                corpus = records.load_lines(lines, where=str(record))
                return _write_store(
                    store, corpus, base, documents_per_transaction, merge=False, dropped=dropped
                )


def _write_record(
    record: Path, new: IO[str], new_ids: set[str], removed: Sequence[str], *, fresh: bool = False
) -> set[str]:
    """Write the store's record: the earlier documents left (none if ``fresh``), then the new ones.

    Written (atomically) before the store, so the record holds every document
    the store may hold: after a crash, the next build resolves them all again.

    Returns:
        The ids in ``removed`` that the earlier record held.

    Raises:
        InputError: No document would be left.
    """
    from kg import _records as records

    gone: set[str] = set()
    left = 0
    staged = record.with_name(f".{record.name}.new")
    with staged.open("w", encoding="utf-8") as out:
        out.write(records.HEADER + "\n")
        if record.exists() and not fresh:
            with record.open(encoding="utf-8") as earlier:
                for extraction in records.load_lines(earlier, where=str(record)):
                    name = extraction.document.id
                    if name in removed and name not in new_ids:
                        gone.add(name)
                    elif name not in new_ids:
                        out.write(records.dump_line(extraction) + "\n")
                        left += 1
        new.readline()  # its header
        for line in new:
            out.write(line)
        out.flush()
        os.fsync(out.fileno())
    if not left + len(new_ids):
        staged.unlink()
        raise InputError(f"no documents left in the store {record.parent}; nothing written")
    os.replace(staged, record)
    return gone


def _write_store(
    store: Store,
    corpus: Iterable[Extraction],
    base: str,
    documents_per_transaction: int | None,
    *,
    merge: bool,
    dropped: Sequence[str] = (),
) -> StoreBuild:
    """Resolve ``corpus`` and write every document, then the entities, into ``store``.

    ``merge``: merge the entities into the store's instead of replacing them;
    ``dropped``: graphs to drop in the last transaction.
    """
    from kg.building import Resolved, resolve_stream
    from kg.rdf import quads
    from kg.rdf.mapping import document_quads_in_slices

    per_transaction = documents_per_transaction or DOCUMENTS_PER_TRANSACTION
    pending: list[tuple[Document, tuple[Event, ...]]] = []
    pending_mentions: list[EntityMention] = []
    counts = {"documents": 0, "events": 0, "quads": 0}

    def flush() -> None:
        documents = [document for document, _ in pending]
        events = [event for _, found in pending for event in found]
        batch = quads(documents, (), events, base=base, mentions=pending_mentions)
        # Every document is written anew; those the store holds as they are
        # (most, when a few are added to a large store) are left alone.
        differences = store.differences(batch)
        differing = {graph for graph, count in differences.items() if count}
        changed = [quad for quad in batch if quad.graph_name in differing]
        # The summary is made once, with the entities, at the end.
        store.add(changed, summarize=False)
        counts["quads"] += sum(differences.values())
        pending.clear()
        pending_mentions.clear()

    def write_long(resolved: Resolved) -> None:
        # Always written anew: comparing it with the store would hold it whole.
        # A document in parts: its graph replaced by the first part's first
        # slice, added to by every other; the document node comes with the first.
        slices = document_quads_in_slices(
            resolved.document,
            resolved.events,
            resolved.mentions,
            base=base,
            size=EVENTS_PER_TRANSACTION,
            with_document=resolved.part == 0,
        )
        for number, batch in enumerate(slices):
            store.add(batch, summarize=False, add_to_graphs=number > 0 or resolved.part > 0)
            counts["quads"] += len(batch)

    def write(resolved: Resolved) -> None:
        counts["documents"] += resolved.part == 0
        counts["events"] += len(resolved.events)
        size = max(len(resolved.events), len(resolved.mentions))
        if size > EVENTS_PER_TRANSACTION or resolved.parts > 1:
            if pending:
                flush()  # the documents before it first, in their order
            write_long(resolved)
            return
        pending.append((resolved.document, resolved.events))
        pending_mentions.extend(resolved.mentions)
        if len(pending) >= per_transaction:
            flush()

    entities = resolve_stream(corpus, write)
    if pending:
        flush()
    entity_quads = quads((), entities, (), base=base)
    counts["quads"] += sum(store.differences(entity_quads).values())
    store.add(entity_quads, replace_entities=not merge, drop_graphs=dropped)
    triples = len(store)
    _compact_if_worth_it(store, added=counts["quads"], triples=triples)
    actors = sum(1 for entity in entities if entity.kind != "place")
    return StoreBuild(
        counts["documents"], counts["events"], actors, len(entities) - actors, triples
    )


def _compact_if_worth_it(store: Store, *, added: int, triples: int) -> None:
    # Compacting rewrites the whole store (about 2 s per million triples), so a
    # few articles added to a large store leave it to RocksDB's own compactions.
    if added * COMPACT_WHEN_ADDED < triples:
        return
    try:
        store.compact()
    except StoreError as error:
        # Everything is stored already; compacting only makes queries faster.
        _log.warning("the store was not compacted: %s", error)
