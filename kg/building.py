"""From documents to a knowledge graph: read, parse, extract, resolve.

Two ways in:

- :func:`build` returns the whole :class:`~kg.graph.KnowledgeGraph` in memory,
  for library callers and corpora that fit;
- :func:`build_stream` keeps only the entity index in memory and hands each
  document's resolved events to a callback (the ``kg build --store`` path), so a
  corpus of any size builds in flat memory.

Both read documents lazily and can spread the parsing over worker processes
(``workers``) or a Dask cluster (``dask``); the result does not depend on either.

>>> graph = build(["Russian forces shelled Kharkiv on Monday, killing 12 people, officials said."])
>>> first = graph.events[0]
>>> first.action, graph.entity(first.actor.entity).label
('shell', 'Russian forces')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg._defaults import DEFAULT_MODEL
from kg.errors import KGError
from kg.graph import KnowledgeGraph
from kg.inputs import Source, read_documents
from kg.model import Argument, Document, Entity, EntityMention, Event, Extraction
from kg.read import ReadOptions

if TYPE_CHECKING:
    from kg.resolve import EntityIndex

__all__ = ["Resolved", "build", "build_stream", "extractions", "resolve_stream", "resolved"]

# This module is imported by ``import kg`` and must not pull in spaCy
# (kg.pipeline, kg.resolve and kg.parallel do, on first use): the chunk size is
# repeated here, and tests/test_build.py checks that it agrees with kg.parallel.
_DEFAULT_CHUNK_CHARS = 20_000


def build(
    sources: Iterable[Source],
    *,
    model: str = DEFAULT_MODEL,
    date: dt.date | None = None,
    batch_size: int = 32,
    workers: int = 1,
    dask: str | None = None,
    on_document: Callable[[Extraction], None] | None = None,
    reading: ReadOptions | None = None,
    max_text: int | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from news documents.

    Args:
        sources: Texts (``str``), paths (``pathlib.Path``: files, folders, JSON
            lines; ``Path("-")`` for stdin) or :class:`~kg.model.Document` records.
        model: The installed spaCy pipeline to use.
        date: Publication date for documents that do not carry one, and for
            pages, feed items and archived pages instead of the date found on
            them; relative times ("Friday", "today") are anchored on it.
        batch_size: Documents per spaCy batch.
        workers: Processes that parse in parallel (1: this process only).
        dask: A Dask scheduler (``tcp://host:port`` or ``local:N``) to parse on
            instead of local workers; needs ``kg[dask]``.
        on_document: Called with each document's extraction as it is done
            (progress bars, streaming writers).
        reading: The language documents must be in and how pages are fetched
            (:class:`kg.read.ReadOptions`; English and its defaults when ``None``).
        max_text: Bytes of text (UTF-8) the documents may hold together; the
            document that would pass it is refused before it is parsed (the
            whole graph is held in memory, which grows with the text).

    Returns:
        The :class:`~kg.graph.KnowledgeGraph` of all documents, entities resolved
        across them. The same input gives the same graph whatever ``workers``
        or ``dask`` are.

    Raises:
        InputError: A source cannot be read, or the documents pass ``max_text``.
        ModelError: The model is not installed.
    """
    stream = extractions(
        sources,
        model=model,
        date=date,
        batch_size=batch_size,
        workers=workers,
        dask=dask,
        reading=reading,
        max_text=max_text,
    )
    return resolved(stream, on_document=on_document)


def resolved(
    stream: Iterable[Extraction], *, on_document: Callable[[Extraction], None] | None = None
) -> KnowledgeGraph:
    """The knowledge graph of documents already extracted, entities resolved across them.

    What :func:`build` does after parsing; an incremental build calls it on the
    earlier documents' extractions and the new ones, so that the graph is the
    one a fresh build of the same documents, in the same order, gives.
    """
    from kg.resolve import EntityIndex

    # Resolved as they arrive (what kg.resolve.resolve does, one document at a
    # time): with workers, the index is fed while they parse, not after them.
    index = EntityIndex()
    documents: list[Document] = []
    events: list[Event] = []
    mentions: list[EntityMention] = []
    for extraction, found, mentioned in index.add_each(stream):
        if extraction.part == 0:
            documents.append(extraction.document)
        events.extend(found)
        mentions.extend(mentioned)
        if on_document is not None and extraction.part + 1 == extraction.parts:
            on_document(extraction)
    cache: dict[str, str] = {}
    return KnowledgeGraph(
        documents=tuple(documents),
        entities=index.entities(),
        events=tuple(_canonical(event, index, cache) for event in events),
        mentions=tuple(_canonical_mention(m, index, cache) for m in mentions),
    )


def build_stream(
    sources: Iterable[Source],
    write: Callable[[Document, tuple[Event, ...]], None],
    *,
    model: str = DEFAULT_MODEL,
    date: dt.date | None = None,
    batch_size: int = 32,
    workers: int = 1,
    dask: str | None = None,
    on_document: Callable[[Extraction], None] | None = None,
    reading: ReadOptions | None = None,
    write_mentions: Callable[[Document, tuple[EntityMention, ...]], None] | None = None,
) -> tuple[Entity, ...]:
    """Build without holding the corpus in memory; return the entities.

    The first pass extracts each document and feeds the entity index
    (:class:`kg.resolve.EntityIndex`), spooling the document's events to a
    temporary file; the second pass reads the spool back and calls ``write``
    once per document, in input order, with its events final: entity ids
    point at the entity they were merged into across the whole corpus (a
    surname seen before its full name is only joined at the end). Memory holds
    the entity index and a bounded number of documents, whatever the corpus.

    The events and entities are the same as :func:`build` gives.

    Args:
        sources: As for :func:`build`.
        write: Called with each document and its resolved events.
        model: The installed spaCy pipeline to use.
        date: Publication date for documents that do not carry one.
        batch_size: Documents per spaCy batch.
        workers: Processes that parse in parallel.
        dask: A Dask scheduler to parse on instead of local workers.
        on_document: Called with each document's extraction during the first pass.
        reading: As for :func:`build`.
        write_mentions: Called with each document and its entity mentions, final
            like the events, just before ``write`` is called for it.

    Returns:
        Every entity, sorted by id.
    """
    stream = extractions(
        sources,
        model=model,
        date=date,
        batch_size=batch_size,
        workers=workers,
        dask=dask,
        reading=reading,
    )

    def written(resolved: Resolved) -> None:
        if write_mentions is not None:
            write_mentions(resolved.document, resolved.mentions)
        write(resolved.document, resolved.events)

    return resolve_stream(
        stream, written, on_document=on_document, mentions=write_mentions is not None
    )


@dataclass(frozen=True, slots=True)
class Resolved:
    """A document's events and entity mentions, entity ids final: what a streaming build writes.

    Attributes:
        document: The document (the whole of it, in every part).
        events: Its events, or those of this part of it.
        mentions: Its entity mentions, or those of this part (empty when not asked for).
        part: Which part of the document this is, from 0 (see
            :attr:`kg.model.Extraction.parts`).
        parts: How many parts the document comes in (1: it is whole).
    """

    document: Document
    events: tuple[Event, ...]
    mentions: tuple[EntityMention, ...]
    part: int = 0
    parts: int = 1


def resolve_stream(
    stream: Iterable[Extraction],
    write: Callable[[Resolved], None],
    *,
    on_document: Callable[[Extraction], None] | None = None,
    mentions: bool = True,
) -> tuple[Entity, ...]:
    """Resolve documents already extracted, in flat memory; return the entities.

    The part of :func:`build_stream` after parsing: each extraction feeds the
    entity index and its events are spooled to a temporary file; then
    ``write`` is called once per document, in order, with its events final.
    A long document extracted in parts (:attr:`kg.model.Extraction.parts`) is
    resolved and written part by part (``write`` is called once per part, in
    order), so that no more than one part's records are held at a time. An
    incremental ``kg build --store`` calls it on the earlier documents'
    extractions and the new ones.

    Args:
        stream: The extractions, in corpus order.
        write: Called with each document's (or part's) resolved records.
        on_document: Called with each extraction (a document's last part)
            during the first pass.
        mentions: Whether ``write`` needs the entity mentions.

    Returns:
        Every entity, sorted by id.
    """
    from kg.resolve import EntityIndex

    index = EntityIndex()
    with tempfile.TemporaryFile(prefix="kg-spool-") as spool:
        count = 0
        for extraction, events, found in index.add_each(stream):
            # One pickle per record: a shared Pickler's memo would keep every
            # record alive. A document in parts is pickled with its first part.
            document = extraction.document if extraction.part == 0 else None
            kept = found if mentions else ()
            record = (document, extraction.part, extraction.parts, events, kept)
            pickle.dump(record, spool, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
            if on_document is not None and extraction.part + 1 == extraction.parts:
                on_document(extraction)
            # The last document's records would otherwise live on through the
            # second pass: a long document's are large.
            del extraction, events, found, kept, record
        spool.seek(0)
        cache: dict[str, str] = {}
        whole: Document | None = None
        for _ in range(count):
            document, part, parts, events, found = pickle.load(spool)
            whole = document if document is not None else whole
            if whole is None:  # pragma: no cover - the spool is written just above
                raise KGError("a document's part was spooled before its first")
            write(
                Resolved(
                    whole,
                    tuple(_canonical(event, index, cache) for event in events),
                    tuple(_canonical_mention(m, index, cache) for m in found),
                    part,
                    parts,
                )
            )
            del events, found
    return index.entities()


def extractions(
    sources: Iterable[Source],
    *,
    model: str = DEFAULT_MODEL,
    date: dt.date | None = None,
    batch_size: int = 32,
    workers: int = 1,
    dask: str | None = None,
    chunk_chars: int = _DEFAULT_CHUNK_CHARS,
    reading: ReadOptions | None = None,
    in_parts: bool = False,
    max_text: int | None = None,
) -> Iterator[Extraction]:
    """Yield each document's extraction, lazily, in input order (before resolution).

    Args:
        sources: As for :func:`build`.
        model: The installed spaCy pipeline to use.
        date: Publication date for documents that do not carry one.
        batch_size: Documents per spaCy batch.
        workers: Processes that parse in parallel (see :func:`kg.parallel.extract_documents`).
        dask: A Dask scheduler to parse on instead (see :func:`kg.parallel.extract_on_dask`).
        chunk_chars: Characters of text handed to a worker at a time.
        reading: As for :func:`build`.
        in_parts: Yield a long document in parts, one per segment as it is
            extracted (:attr:`kg.model.Extraction.parts`), not whole: no more
            than a segment's records are then held at a time.
        max_text: As for :func:`build`.
    """
    from kg._budget import within_limit
    from kg.parallel import extract_documents, extract_on_dask

    documents: Iterable[Document] = read_documents(sources, options=reading)
    if max_text is not None:
        documents = within_limit(documents, limit=max_text)
    documents = (_dated(d, date) for d in documents)
    if dask is not None:
        yield from extract_on_dask(
            documents,
            scheduler=dask,
            model=model,
            batch_size=batch_size,
            chunk_chars=chunk_chars,
            in_parts=in_parts,
        )
    else:
        yield from extract_documents(
            documents,
            model=model,
            workers=workers,
            batch_size=batch_size,
            chunk_chars=chunk_chars,
            in_parts=in_parts,
        )


def _dated(document: Document, date: dt.date | None) -> Document:
    # A date the caller gives beats one a reader found on a page, in a feed or
    # an archive (``extractor`` is set), and fills in where there is none; a
    # date the input states itself (a JSON line's) is kept.
    if date is not None and (document.date is None or document.extractor is not None):
        return dataclasses.replace(document, date=date)
    return document


def _canonical_id(entity: str, index: EntityIndex, cache: dict[str, str]) -> str:
    found = cache.get(entity)
    if found is None:
        # Asked once per id: each call looks over the whole index.
        found = cache[entity] = index.canonical(entity)
    return found


def _canonical_mention(
    mention: EntityMention, index: EntityIndex, cache: dict[str, str]
) -> EntityMention:
    """The mention with its entity id replaced by the id it was finally merged into."""
    entity = _canonical_id(mention.entity, index, cache)
    return mention if entity == mention.entity else dataclasses.replace(mention, entity=entity)


def _canonical(event: Event, index: EntityIndex, cache: dict[str, str]) -> Event:
    """The event with every entity id replaced by the id it was finally merged into."""
    from kg.resolve import relink

    def target(argument: Argument) -> str | None:
        if argument.entity is None:
            return None
        return _canonical_id(argument.entity, index, cache)

    return relink(event, target)
