"""Extraction at scale: long documents, worker processes and Dask clusters.

Every path here turns a stream of :class:`~kg.model.Document` records into a
stream of :class:`~kg.model.Extraction` records **in input order**, reading the
input lazily and keeping only a bounded number of documents in flight, so a
corpus never has to fit in memory:

- :func:`extract_with` parses in this process with ``nlp.pipe`` (batched);
- :func:`extract_documents` spreads chunks of documents over worker processes,
  each loading the pipeline once (:func:`kg.pipeline.load_pipeline` is cached);
- :func:`extract_on_dask` does the same on a Dask distributed cluster.

Documents longer than the pipeline's ``max_length`` are cut into segments at
paragraph, line, sentence or word boundaries (see :func:`segments`), parsed
piece by piece and joined back into one ``Doc``, so every offset still points
into the original text and nothing is truncated.

>>> segments("One. Two.\\n\\nThree four.", max_length=12)
[(0, 11), (11, 22)]
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import gc
import itertools
import multiprocessing
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import KGError
from kg.model import Argument, Document, Event, Extraction
from kg.pipeline import DEFAULT_MODEL, load_pipeline
from kg.read.hygiene import Layout, given_layouts, layout
from kg.read.language import load_in_background

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_CHUNK_CHARS",
    "SEGMENT_CHARS",
    "chunks",
    "end_workers",
    "extract_documents",
    "extract_on_dask",
    "extract_with",
    "segments",
]

#: Characters of text sent to a worker at a time: large enough that the cost of
#: shipping a chunk is lost in the cost of parsing it, small enough to balance.
DEFAULT_CHUNK_CHARS = 20_000

#: Documents longer than this are parsed as segments of at most this many
#: characters, each extracted as soon as it is parsed, and the segments of one
#: long document spread over the workers like documents do. Only records are
#: kept, never a parsed ``Doc``; with ``in_parts`` each segment's records are
#: handed on at once as a part of the document, so that memory does not grow
#: with a document's length (a ``kg build --store``). News articles are
#: shorter: they are parsed whole. Extraction reads one sentence at a time, and
#: cuts fall between paragraphs, lines or sentences where possible.
SEGMENT_CHARS = 50_000

# What a worker sends back for one document: its events and mentions. The
# document itself stays with the caller, so its text crosses no process boundary twice.
_Result = tuple[tuple[Event, ...], tuple[Argument, ...]]

# Boundaries to cut an over-long text at, best first: paragraphs, lines,
# sentence ends, any whitespace. A cut falls after the matched separator, so the
# separator stays with the text before it and the pieces join back exactly.
_BOUNDARIES = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"(?<=[.!?;])[\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


def segments(text: str, *, max_length: int) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ``(start, end)`` spans of at most ``max_length`` characters.

    Cuts fall at paragraph breaks where that is enough, else at line breaks,
    sentence ends, whitespace, and only for a run of ``max_length`` characters
    without any space, in the middle of it. The spans cover the text exactly:
    the first starts at 0, each starts where the previous ended, the last ends
    at ``len(text)``.

    >>> segments("short", max_length=100)
    [(0, 5)]

    Raises:
        ValueError: ``max_length`` is less than 1.
    """
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1 (not {max_length})")
    atoms = _atoms(text, 0, len(text), max_length, 0)
    # Pack the atoms greedily: as few segments as possible, each within the limit.
    spans: list[tuple[int, int]] = []
    start = end = 0
    for atom_start, atom_end in atoms:
        if atom_end - start > max_length and end > start:
            spans.append((start, end))
            start = atom_start
        end = atom_end
    spans.append((start, end))
    return spans


def _atoms(text: str, start: int, end: int, max_length: int, level: int) -> list[tuple[int, int]]:
    """Pieces of ``text[start:end]`` no longer than ``max_length``, cut at the best boundaries."""
    if end - start <= max_length:
        return [(start, end)]
    if level == len(_BOUNDARIES):
        return [(i, min(i + max_length, end)) for i in range(start, end, max_length)]
    cuts = [m.end() for m in _BOUNDARIES[level].finditer(text, start, end) if m.end() < end]
    atoms: list[tuple[int, int]] = []
    for piece_start, piece_end in zip([start, *cuts], [*cuts, end], strict=True):
        atoms.extend(_atoms(text, piece_start, piece_end, max_length, level + 1))
    return atoms


def extract_with(
    nlp: Language, documents: Iterable[Document], *, batch_size: int = 32
) -> Iterator[Extraction]:
    """Parse and extract documents in this process, lazily and in order.

    Args:
        nlp: A pipeline from :func:`kg.pipeline.load_pipeline`.
        documents: The documents; read one batch at a time.
        batch_size: Texts per ``nlp.pipe`` batch.

    Documents longer than ``nlp.max_length`` are parsed in segments (see
    :func:`segments`) and extracted as one document.
    """
    from spacy.tokens import Doc

    from kg.extract import extract

    parts: list[Doc] = []
    pieces = _pieces(documents, nlp.max_length)
    for doc, (document, index, count) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        if count == 1:
            yield extract(doc, document)
            continue
        parts.append(doc)
        if index == count - 1:
            whole = Doc.from_docs(parts, ensure_whitespace=False)
            parts = []
            if whole.text != document.text:  # pragma: no cover - only a spaCy change
                raise KGError(f"document {document.id!r}: its segments do not join back exactly")
            yield extract(whole, document)


def _pieces(
    documents: Iterable[Document], max_length: int
) -> Iterator[tuple[str, tuple[Document, int, int]]]:
    for document in documents:
        text = document.text
        if len(text) <= max_length:
            yield text, (document, 0, 1)
            continue
        spans = segments(text, max_length=max_length)
        for index, (start, end) in enumerate(spans):
            yield text[start:end], (document, index, len(spans))


def chunks(
    documents: Iterable[Document],
    *,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    max_documents: int = 256,
) -> Iterator[list[Document]]:
    """Group documents, in order, into lists of about ``chunk_chars`` characters.

    A chunk closes once it holds ``chunk_chars`` characters or ``max_documents``
    documents; a single longer document makes a chunk of its own.

    >>> documents = [Document(id=str(i), text="x" * 10) for i in range(5)]
    >>> [len(chunk) for chunk in chunks(documents, chunk_chars=20)]
    [2, 2, 1]
    """
    chunk: list[Document] = []
    size = 0
    for document in documents:
        chunk.append(document)
        size += len(document.text)
        if size >= chunk_chars or len(chunk) >= max_documents:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _tapered(
    documents: Iterable[Document], *, chunk_chars: int, max_documents: int, workers: int
) -> Iterator[list[Document]]:
    """The chunks of :func:`chunks`, except at the end of the input: smaller and smaller ones.

    Workers take chunks in turn as they finish, so with chunks of one size the
    last one keeps a worker busy while the others have nothing left to do
    (about half a chunk's parse, on average, with every core idle but one).
    Here the documents are read ``workers + 1`` chunks ahead; while the input
    lasts, the chunks are exactly those of :func:`chunks`. Once it has ended,
    what is left goes out a ``2 * workers``-th at a time, down to an eighth
    of a chunk (or one document), so that the workers run out of work at about
    the same moment. Smaller batches parse a little slower, so only the end
    is cut finer; an input that :func:`chunks` makes one chunk of stays one
    (it is parsed without workers).
    """
    ahead: collections.deque[Document] = collections.deque()
    ahead_chars = 0
    reading = iter(documents)
    ended = begun = False
    smallest = max(chunk_chars // 8, 1)
    while True:
        while not ended and ahead_chars < (workers + 1) * chunk_chars:
            document = next(reading, None)
            if document is None:
                ended = True
            else:
                ahead.append(document)
                ahead_chars += len(document.text)
        if not ahead:
            return
        size = chunk_chars
        if ended and (begun or not _one_chunk(ahead, ahead_chars, chunk_chars, max_documents)):
            size = min(chunk_chars, max(smallest, ahead_chars // (2 * workers)))
        begun = True
        chunk: list[Document] = []
        chars = 0
        while ahead and chars < size and len(chunk) < max_documents:
            document = ahead.popleft()
            chunk.append(document)
            chars += len(document.text)
        ahead_chars -= chars
        yield chunk


def _one_chunk(
    documents: collections.deque[Document], chars: int, chunk_chars: int, max_documents: int
) -> bool:
    """Whether :func:`chunks` makes one chunk of ``documents`` (``chars`` characters in all)."""
    return len(documents) <= max_documents and chars - len(documents[-1].text) < chunk_chars


def extract_documents(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    workers: int = 1,
    batch_size: int = 32,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    in_parts: bool = False,
) -> Iterator[Extraction]:
    """Extract documents with ``workers`` processes, lazily and in input order.

    Each worker process loads the pipeline once and maps chunks of documents
    (see :func:`chunks`; the last ones smaller, so that the workers finish
    together) to their events and mentions; about two chunks' text per worker
    is in flight, so memory stays flat however long the input. The
    result is the same as with one worker. When the whole input fits in one
    chunk, it is parsed in this process: starting workers would cost more than
    it saves.

    Args:
        documents: The documents, read lazily.
        model: The installed spaCy pipeline.
        workers: Processes to use; 1 parses in this process.
        batch_size: Texts per ``nlp.pipe`` batch.
        chunk_chars: Characters of text per chunk sent to a worker.
        in_parts: Hand on a document longer than :data:`SEGMENT_CHARS` in parts,
            one extraction per segment as it is done (:attr:`kg.model.Extraction.parts`),
            instead of keeping every segment's records until it is whole.

    Raises:
        ValueError: ``workers`` is less than 1.
        ModelError: The model is not installed.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1 (not {workers})")
    yield from _by_segments(
        documents,
        lambda pieces: _extract_locally(pieces, model, workers, batch_size, chunk_chars),
        in_parts=in_parts,
    )


def _extract_locally(
    documents: Iterable[Document], model: str, workers: int, batch_size: int, chunk_chars: int
) -> Iterator[Extraction]:
    # Reading the documents detects their language; its model loads while the
    # pipeline does (it must be loaded before any worker is forked).
    loading = load_in_background()
    try:
        nlp = load_pipeline(model)
    finally:
        loading.join()
    if workers == 1:
        yield from extract_with(nlp, documents, batch_size=batch_size)
        return
    laid_out: dict[str, Layout] = {}
    pending = _tapered(
        _laying_out(documents, laid_out),
        chunk_chars=chunk_chars,
        max_documents=max(batch_size, 1) * 8,
        workers=workers,
    )
    first = next(pending, None)
    if first is None:
        return
    second = next(pending, None)
    if second is None:
        yield from extract_with(nlp, first, batch_size=batch_size)
        return
    # Loaded once here (above), the pipeline (and its gazetteer) is shared with
    # every forked worker, copy-on-write, instead of being loaded again in each.
    method = _start_method()
    context = multiprocessing.get_context(method)
    with _interrupts_held() as release, _frozen_for_workers(method):
        with context.Pool(workers, initializer=_leave_interrupts_to_the_parent) as pool:
            _OPEN_POOLS.add(pool)
            try:
                # A Ctrl-C that came while the workers started is raised here,
                # where leaving the block terminates them.
                release()
                work = itertools.chain((first, second), pending)

                def submit(chunk: list[Document]) -> Any:
                    layouts = [laid_out.pop(document.text, None) for document in chunk]
                    return pool.apply_async(_extract_chunk, (chunk, model, batch_size, layouts))

                yield from _in_order(
                    work, submit, lambda handle: handle.get(), **_window(workers, chunk_chars)
                )
            finally:
                _OPEN_POOLS.discard(pool)


@contextlib.contextmanager
def _frozen_for_workers(method: str) -> Iterator[None]:
    """Set the objects made so far (the pipeline, its gazetteer) aside from the cyclic
    collector while forked workers share them, and give them back after.

    A collection walks every tracked object and writes to its header, so each
    worker's collections (and the parent's) copied the pages of the pipeline
    it shares copy-on-write: on the RAMS test passages with 2 workers that was
    about 64 MB of the workers' own memory (bench/bench_memory.py, mem10 in
    docs/benchmarks.md). Nothing is freed later than it would be: garbage made
    before the fork is still found once the workers are done. ``gc.freeze``
    counts no nesting, so a freeze already in force is left to its owner.
    """
    if method != "fork" or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


# The pools of workers open in this process, for end_workers.
_OPEN_POOLS: set[Any] = set()


def end_workers() -> None:
    """Terminate every pool of workers still open in this process (the command is ending).

    A Ctrl-C that comes while the caller is busy with an extraction leaves the
    generator that owns a pool suspended, its ``with`` block not left. Ending
    its workers one by one would not do: the pool's own thread starts a new
    worker for each that ends, which would outlive the command. Terminating
    the pool stops that thread first.
    """
    for pool in list(_OPEN_POOLS):
        pool.terminate()
        _OPEN_POOLS.discard(pool)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[Callable[[], None]]:
    """Hold Ctrl-C back in this thread until the function given is called (or the block ends).

    Workers forked meanwhile start with SIGINT blocked, so the terminal's
    Ctrl-C cannot reach one between its fork and its initializer, where it
    would still raise KeyboardInterrupt and print a traceback (a worker can
    wait a second or more to run on a busy machine); the initializer ignores
    it, which discards one pending. Here a held Ctrl-C is raised on release.
    """
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield lambda: None
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    released = False

    def release() -> None:
        nonlocal released
        if not released:
            released = True
            signal.pthread_sigmask(signal.SIG_SETMASK, before)

    try:
        yield release
    finally:
        release()


def _leave_interrupts_to_the_parent() -> None:
    """Make a worker ignore Ctrl-C: the terminal sends it to every process of the command.

    The parent stops on it and terminates the pool (SIGTERM); a worker that
    raised KeyboardInterrupt itself would print its own traceback first. A
    worker starts with SIGINT blocked (:func:`_interrupts_held`): ignored, a
    pending one is dropped, and then it is let through again. A worker that
    sends a result while the interrupted parent takes the pool down meets a
    closed pipe, and multiprocessing prints that BrokenPipeError's traceback
    to the worker's ``sys.stderr``: so a worker writes none. Its errors reach
    the parent with its results, and kg's log records go to the handlers the
    parent set up before forking, which keep the real stream.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the worker's whole life


def extract_on_dask(
    documents: Iterable[Document],
    *,
    scheduler: str,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    in_parts: bool = False,
) -> Iterator[Extraction]:
    """Extract documents on a Dask distributed cluster, lazily and in input order.

    Chunks of documents go to the cluster's workers (each process loads the
    pipeline once and keeps it); results come back in input order, with a
    bounded number of chunks in flight.

    Args:
        documents: The documents, read lazily.
        scheduler: ``tcp://host:port`` of a running scheduler (its workers need
            kg and the model installed), or ``local:N`` for a cluster of N worker
            processes on 127.0.0.1, started here and stopped at the end.
        model: The installed spaCy pipeline (on every worker).
        batch_size: Texts per ``nlp.pipe`` batch.
        chunk_chars: Characters of text per chunk.
        in_parts: As for :func:`extract_documents`.

    Raises:
        KGError: Dask is not installed, or the scheduler address is malformed.
        ModelError: The model is not installed on a worker.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KGError(
            "dask needs Dask distributed; install it with: pip install 'kg[dask]'",
            argument="dask",
        ) from None
    cluster = None
    if scheduler.startswith("local:"):
        count = scheduler.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise KGError(
                f"dask scheduler {scheduler!r}: expected local:N with N >= 1, e.g. local:2",
                argument="dask",
            )
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=int(count),
            threads_per_worker=1,  # one pipeline per process; spaCy is not shared across threads
            host="127.0.0.1",
            dashboard_address=":0",  # a free port: never clash with another cluster on 8787
            processes=True,
        )
        client = Client(cluster)  # type: ignore[no-untyped-call]
        client.wait_for_workers(int(count))  # so that every worker gets chunks from the start
    elif "://" in scheduler:
        client = Client(scheduler)  # type: ignore[no-untyped-call]
    else:
        raise KGError(
            f"dask scheduler {scheduler!r}: expected tcp://host:port or local:N, "
            "e.g. tcp://127.0.0.1:8786"
        )
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        pieces: collections.deque[_Piece] = collections.deque()
        work = _tapered(
            _segments_of(documents, pieces),
            chunk_chars=chunk_chars,
            max_documents=max(batch_size, 1) * 8,
            workers=workers,
        )

        def submit(chunk: list[Document]) -> Any:
            return client.submit(_extract_chunk, chunk, model, batch_size, pure=False)

        found = _in_order(
            work, submit, lambda future: future.result(), **_window(workers, chunk_chars)
        )
        yield from _joined_segments(found, pieces, in_parts=in_parts)
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def _start_method() -> str:
    """Fork where it is safe and available, else spawn.

    Fork starts a worker in milliseconds and, unlike spawn and forkserver, does
    not re-import the caller's ``__main__`` (a script without an
    ``if __name__ == "__main__"`` guard would start workers recursively). It is
    unsafe on macOS and unavailable on Windows; kg's progress bar draws without
    a thread so that forking from the command is safe.
    """
    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _window(workers: int, chunk_chars: int) -> dict[str, int]:
    """How much work :func:`_in_order` keeps in flight: two full chunks per worker.

    Counted in characters, so that the small chunks at the end of the input
    (:func:`_tapered`) can be queued several at a time: counted in chunks, a
    worker done with its small ones would wait for the parent, which waits in
    order on another worker's larger chunk. The count bounds the chunks of
    very short documents.
    """
    return {"window_chars": 2 * workers * chunk_chars, "window_chunks": 4 * workers}


def _in_order(
    work: Iterable[list[Document]],
    submit: Callable[[list[Document]], Any],
    result: Callable[[Any], list[_Result]],
    *,
    window_chars: int,
    window_chunks: int,
) -> Iterator[Extraction]:
    """Submit chunks and yield their extractions in order, with a bounded amount in flight.

    Once the chunks in flight hold ``window_chars`` characters of text or
    number ``window_chunks``, the oldest is waited for before the next is
    submitted.
    """
    in_flight: collections.deque[tuple[list[Document], Any]] = collections.deque()
    held = 0
    for chunk in work:
        in_flight.append((chunk, submit(chunk)))
        held += _chars(chunk)
        while held >= window_chars or len(in_flight) >= window_chunks:
            oldest, handle = in_flight.popleft()
            held -= _chars(oldest)
            yield from _joined(oldest, handle, result)
    while in_flight:
        yield from _joined(*in_flight.popleft(), result)


def _chars(chunk: list[Document]) -> int:
    return sum(len(document.text) for document in chunk)


def _joined(
    chunk: list[Document], handle: Any, result: Callable[[Any], list[_Result]]
) -> Iterator[Extraction]:
    for document, (events, mentions) in zip(chunk, result(handle), strict=True):
        yield Extraction(document=document, events=events, mentions=mentions)


def _laying_out(documents: Iterable[Document], into: dict[str, Layout]) -> Iterator[Document]:
    """The documents, each one's page layout (:func:`kg.read.hygiene.layout`) noted in
    ``into`` as it is read, for the worker that parses it (:func:`_extract_chunk`).

    The reader has just laid out the text to find its title (the layouts of the
    last 64 texts are kept), so this costs the parent little; the worker no longer
    lays it out again for the spaCy component and the extractor.
    """
    for document in documents:
        into[document.text] = layout(document.text)
        yield document


def _extract_chunk(
    chunk: list[Document],
    model: str,
    batch_size: int,
    layouts: list[Layout | None] | None = None,
) -> list[_Result]:
    """Run in a worker: the events and mentions of each document of a chunk.

    ``layouts``: each document's page layout as the parent made it, if it did.
    """
    nlp = load_pipeline(model)  # cached: loaded once per worker process
    given = [
        (document.text, found)
        for document, found in zip(chunk, layouts or [None] * len(chunk), strict=True)
        if found is not None
    ]
    with given_layouts(given):
        return [(e.events, e.mentions) for e in extract_with(nlp, chunk, batch_size=batch_size)]


# Where a parsed piece came from: the whole document, where the piece starts
# in it, and how many pieces the document was cut into.
_Piece = tuple[Document, int, int]


def _by_segments(
    documents: Iterable[Document],
    extract_all: Callable[[Iterable[Document]], Iterator[Extraction]],
    *,
    in_parts: bool = False,
) -> Iterator[Extraction]:
    """``extract_all`` over documents cut into segments, as parts or joined back (``in_parts``)."""
    pieces: collections.deque[_Piece] = collections.deque()
    found = extract_all(_segments_of(documents, pieces))
    yield from _joined_segments(found, pieces, in_parts=in_parts)


def _segments_of(
    documents: Iterable[Document], pieces: collections.deque[_Piece]
) -> Iterator[Document]:
    """Each document, or the segments of a long one, noting in ``pieces`` where each came from."""
    for document in documents:
        text = document.text
        if len(text) <= SEGMENT_CHARS:
            pieces.append((document, 0, 1))
            yield document
            continue
        spans = segments(text, max_length=SEGMENT_CHARS)
        for start, end in spans:
            pieces.append((document, start, len(spans)))
            yield dataclasses.replace(document, text=text[start:end])


def _joined_segments(
    found: Iterable[Extraction], pieces: collections.deque[_Piece], *, in_parts: bool = False
) -> Iterator[Extraction]:
    """A long document's pieces with offsets moved into it: as parts, or joined into one.

    Extractions come in the order the pieces were made, so the oldest note in
    ``pieces`` belongs to the next one. ``in_parts``: each piece of a long
    document is handed on as soon as it comes (:attr:`Extraction.parts`), and
    nothing is kept between pieces; else the pieces' records are kept until the
    document is whole, and it is handed on as one extraction.
    """
    events: list[Event] = []
    mentions: list[Argument] = []
    done = 0
    for extraction in found:
        document, start, count = pieces.popleft()
        if count == 1:
            yield (
                extraction
                if extraction.document is document
                else dataclasses.replace(extraction, document=document)
            )
            continue
        moved_events = tuple(_moved(event, start) for event in extraction.events)
        moved_mentions = tuple(_moved(mention, start) for mention in extraction.mentions)
        if in_parts:
            yield Extraction(document, moved_events, moved_mentions, part=done, parts=count)
        else:
            events.extend(moved_events)
            mentions.extend(moved_mentions)
        done += 1
        if done == count:
            if not in_parts:
                yield Extraction(document=document, events=tuple(events), mentions=tuple(mentions))
            events, mentions, done = [], [], 0


_R = TypeVar("_R")


def _moved(record: _R, by: int) -> _R:
    """``record`` with every character offset in it, and in the records it holds, moved."""
    if by == 0:
        return record
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if field.name in ("start", "end") and isinstance(value, int):
            changes[field.name] = value + by
        elif dataclasses.is_dataclass(value):
            changes[field.name] = _moved(value, by)
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            changes[field.name] = tuple(_moved(item, by) for item in value)
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]
