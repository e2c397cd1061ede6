"""What ``kg build`` makes of a graph: an output folder's files, a store, a text.

A build ends in one of three places, each with its policy here and not in the CLI:

- **An output folder** (:func:`write_outputs`): every file rendered in memory
  first (the RDF formats, TriG always, the HTML view, the record of every
  document's extraction), then written all or nothing. An earlier build in the
  folder is added to: its documents are resolved again with the new ones from
  the record it keeps (:data:`RECORD_NAME`, :mod:`kg._records`), so the folder
  holds what a fresh build of all its documents gives. Reading the earlier
  build and writing the new one happen under the folder's lock
  (:func:`output_lock`): two builds into one folder take turns and lose nothing.
- **A store** (:func:`build_into_store`): streamed a few documents per
  transaction (:data:`DOCUMENTS_PER_TRANSACTION`) in flat memory, compacted when
  the build wrote a good share of it (:data:`COMPACT_WHEN_ADDED`);
  :func:`export_store` and :func:`store_text` render its whole graph.
- **A text** (:func:`graph_text`): one format, for standard output.

Errors about an argument name it (``out_dir``, ``removed``) and say so in
:attr:`kg.errors.KGError.argument`, so a command can name its flag instead.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from kg._atomic import Staged, stage
from kg._forked import started
from kg.errors import InputError, StoreError
from kg.namespace import DEFAULT_BASE

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.graph import KnowledgeGraph
    from kg.inputs import Source
    from kg.model import Document, EntityMention, Event, Extraction
    from kg.store import Store

__all__ = [
    "COMPACT_WHEN_ADDED",
    "DEFAULT_FORMATS",
    "DOCUMENTS_PER_TRANSACTION",
    "EVENTS_PER_TRANSACTION",
    "RECORD_NAME",
    "WRITTEN_NAME",
    "Exported",
    "GraphText",
    "Outputs",
    "StoreBuild",
    "build_into_store",
    "export_store",
    "graph_text",
    "output_lock",
    "prepare_output_folder",
    "render_formats",
    "render_outputs",
    "store_text",
    "write_outputs",
]

#: The formats every build into a folder writes; ``formats`` arguments add to them.
#: TriG is among them because it keeps one named graph per document.
DEFAULT_FORMATS = ("turtle", "json-ld", "trig")

#: The file in an output folder that keeps every document's extraction, so the
#: next build into the folder resolves entities over all its documents again.
RECORD_NAME = ".kg-extractions.jsonl"

#: The file in an output folder that lists the files kg's last build wrote
#: there, one name a line: the next build removes those it no longer writes
#: (a ``--format nt`` asked for once, ``graph.html`` after ``--no-html``), so
#: the folder never holds an earlier build's file beside the new ones.
WRITTEN_NAME = ".kg-written"

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

_log = logging.getLogger("kg")

_T = TypeVar("_T")


# --------------------------------------------------------------------------- an output folder


def prepare_output_folder(
    out_dir: Path, *, removed: Sequence[str] = (), fresh: bool = False
) -> None:
    """Check and create ``out_dir`` before a build, so a bad folder fails before the slow part.

    The folder gets kg's marker file (:data:`kg.inputs.OUTPUT_FOLDER_MARKER`)
    before any input is read, so a build whose output folder lies inside its
    input folder skips it from the first build on.

    Args:
        out_dir: The output folder (made if new).
        removed: Document ids the build will take out of the earlier build.
        fresh: Whether the build will replace the earlier build.

    Raises:
        InputError: ``removed`` with no earlier build to take documents out of,
            or ``out_dir`` is a file or cannot be created.
    """
    from kg.inputs import OUTPUT_FOLDER_MARKER

    if removed and fresh:
        raise InputError(
            "removed: a fresh build keeps no earlier documents to take out", argument="removed"
        )
    if removed and not (out_dir / "graph.trig").exists():
        raise InputError(
            f"removed: no earlier build in {out_dir} to take documents out of", argument="removed"
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(
            f"out_dir {out_dir}: is a file, not a folder; choose another path", argument="out_dir"
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / OUTPUT_FOLDER_MARKER).touch()
    except OSError as error:
        raise InputError(
            f"out_dir {out_dir}: cannot create the folder ({error.strerror})", argument="out_dir"
        ) from None


@contextlib.contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``out_dir``'s lock for the block: builds into one folder take turns.

    The lock is an exclusive ``flock`` on the folder's marker file. A build
    that finds it taken says so (a warning on the ``kg`` logger) and waits as
    long as it takes; an interrupt ends the wait. The kernel drops the lock
    when its holder exits, even on ``kill -9``.
    """
    from kg._lock import folder_lock
    from kg.inputs import OUTPUT_FOLDER_MARKER

    def say_waiting() -> None:
        _log.warning(
            "another kg build is writing to %s; waiting for it to finish (Ctrl-C to stop)",
            out_dir,
        )

    with folder_lock(out_dir / OUTPUT_FOLDER_MARKER, on_wait=say_waiting):
        yield


@dataclass(frozen=True, slots=True)
class Outputs:
    """A build's output folder: its files and what they hold.

    Attributes:
        graph: The graph the files hold: every document's, when the earlier
            build was added to from its record; the new documents' alone when an
            earlier build without a record was merged graph by graph.
        files: Each file's path and content, the record included, as
            :func:`render_outputs` renders them; empty from :func:`write_outputs`,
            which writes each file as it is made and holds no text whole.
        merged: Whether an earlier build in the folder was added to.
        triples: Distinct triples written.
        documents: Documents written, the earlier build's included.
        written: The files written, the record left out (empty until written).
        removed: Files an earlier build wrote that this one did not, removed
            (:data:`WRITTEN_NAME`).
    """

    graph: KnowledgeGraph
    files: Mapping[Path, str]
    merged: bool
    triples: int
    documents: int
    written: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()


def render_outputs(
    graph: KnowledgeGraph,
    extractions: Sequence[Extraction],
    out_dir: Path,
    *,
    base: str = DEFAULT_BASE,
    formats: Sequence[str] = (),
    html: bool = True,
    fresh: bool = False,
    removed: Sequence[str] = (),
    title: str | None = None,
) -> Outputs:
    """Every file of a build into ``out_dir``, rendered in memory; nothing is written.

    An earlier build in the folder (its ``graph.trig``) is added to unless
    ``fresh``: documents of the same id are replaced, ``removed`` ones taken out,
    and entities resolved again over every document from the folder's record,
    so the files are those a fresh build of the final corpus gives. Call it
    under :func:`output_lock` (as :func:`write_outputs` does) when another
    build may write to the folder.

    Args:
        graph: The new build (:func:`kg.building.build`).
        extractions: The new build's extractions, in input order (its
            ``on_document`` callback's arguments): what the record keeps.
        out_dir: The output folder.
        base: The base IRI of the graph.
        formats: Formats beside :data:`DEFAULT_FORMATS`: names of
            :data:`kg.rdf.OUTPUT_FORMATS` or :data:`kg.network.NETWORK_FORMATS`.
        html: Whether to draw ``graph.html``.
        fresh: Replace the earlier build instead of adding to it.
        removed: Ids of documents to take out of the earlier build.
        title: The page's title; by default the headline of the one document, else how
            many documents the graph holds (:func:`kg.view.page_title`).

    Raises:
        InputError: No documents in the input or left in the folder; ``removed``
            with an earlier build that kept no record; a damaged record.
    """
    files = _InMemory()
    outputs = _render(
        graph,
        extractions,
        out_dir,
        files,
        base=base,
        formats=formats,
        html=html,
        fresh=fresh,
        removed=removed,
        title=title,
    )
    return dataclasses.replace(outputs, files=files.in_order())


class _InMemory:
    """Where :func:`render_outputs` renders the files: texts in memory."""

    def __init__(self) -> None:
        self.texts: dict[Path, str] = {}

    def reserve(self, path: Path) -> None:
        """Make room for ``path`` before a child process writes it (nothing to do here)."""

    @contextlib.contextmanager
    def writing(self, path: Path) -> Iterator[IO[bytes]]:
        """A binary file for ``path``'s bytes, kept when the block ends without error."""
        self.texts[path] = ""  # its place in the order of the files
        buffer = io.BytesIO()
        yield buffer
        self.texts[path] = buffer.getvalue().decode("utf-8")

    def put(self, path: Path, text: str) -> None:
        self.texts[path] = text

    def made(self) -> dict[Path, str]:
        """What was written here: sent back from a child process to :meth:`adopt`."""
        return dict(self.texts)

    def adopt(self, made: Mapping[Path, str]) -> None:
        self.texts.update(made)

    def in_order(self) -> dict[Path, str]:
        return _in_order(self.texts)

    def discard(self) -> None:
        self.texts.clear()


class _Staged:
    """Where :func:`write_outputs` renders the files: each written to a temporary
    file beside its target as it is made (:func:`kg._atomic.stage`), so that no
    text is held whole, then renamed into place with the others (or removed)."""

    def __init__(self) -> None:
        self.staged: dict[Path, Staged] = {}

    def reserve(self, path: Path) -> None:
        """Make ``path``'s temporary file before a child process writes it: this
        process knows its name, to rename or remove it whatever the child does."""
        if path not in self.staged:
            self.staged[path] = stage(path)

    @contextlib.contextmanager
    def writing(self, path: Path) -> Iterator[IO[bytes]]:
        """``path``'s temporary file, flushed to disk when the block ends without error."""
        self.reserve(path)
        with open(self.staged[path].temporary, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())

    def put(self, path: Path, text: str) -> None:
        with self.writing(path) as out:
            out.write(text.encode("utf-8"))

    def made(self) -> dict[Path, str]:
        return {}  # every file is on disk already

    def adopt(self, made: Mapping[Path, str]) -> None:
        for path, text in made.items():
            self.put(path, text)

    def in_order(self) -> dict[Path, Staged]:
        return _in_order(self.staged)

    def discard(self) -> None:
        for staged in self.staged.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(staged.temporary)
        self.staged.clear()


_Files = _InMemory | _Staged


def _in_order(files: Mapping[Path, _T]) -> dict[Path, _T]:
    """The files in the order kg lists them: the RDF formats as made, the view, the record."""
    last = {"graph.html": 1, RECORD_NAME: 2}
    return dict(sorted(files.items(), key=lambda item: last.get(item[0].name, 0)))


def _render(
    graph: KnowledgeGraph,
    extractions: Sequence[Extraction],
    out_dir: Path,
    files: _Files,
    *,
    base: str = DEFAULT_BASE,
    formats: Sequence[str] = (),
    html: bool = True,
    fresh: bool = False,
    removed: Sequence[str] = (),
    title: str | None = None,
) -> Outputs:
    """:func:`render_outputs`, each file rendered into ``files``."""
    from kg.building import resolved

    if not graph.documents and not removed:
        raise InputError("no documents found in the input")
    earlier = out_dir / "graph.trig"
    merged = earlier.exists() and not fresh
    record = out_dir / RECORD_NAME
    by_graph = merged and not record.exists()
    if merged and not by_graph:
        # Resolved again over every document the folder will hold: what only
        # a replaced or removed document supported goes with it.
        extractions = _merged_records(record, extractions, removed)
        graph = resolved(extractions)
    options: dict[str, Any] = {
        "base": base,
        "formats": formats,
        "removed": removed,
        "title": title,
        "merged": merged,
        "by_graph": by_graph,
    }
    if by_graph or not graph.documents:
        # The view is drawn from the merged quads, which come first; or nothing is left.
        return _rendered(graph, extractions, out_dir, files, html=html, record=True, **options)
    kept = extractions
    page = out_dir / "graph.html"

    def drawn() -> dict[Path, str]:
        if html:
            with files.writing(page) as out:
                out.write(graph.to_html(title=title).encode("utf-8"))
        with files.writing(record) as out:
            _dump_record(out, kept)
        return files.made()

    # The view and the record are drawn by a child process while this one
    # writes the RDF: the two cores share the end of the build. Their files
    # are made first, so that this process can rename or remove them.
    if html:
        files.reserve(page)
    files.reserve(record)
    with started(drawn, what="graph.html") as others:
        outputs = _rendered(graph, extractions, out_dir, files, html=False, record=False, **options)
        files.adopt(others.result())
    return outputs


def _dump_record(out: IO[bytes], extractions: Iterable[Extraction]) -> None:
    """The record (:func:`kg._records.dumps`'s text) written a line at a time:
    the whole text and its lines would be two more copies of it in memory."""
    from kg import _records as records

    out.write(f"{records.HEADER}\n".encode())
    for extraction in extractions:
        out.write(f"{records.dump_line(extraction)}\n".encode())


def _rendered(
    graph: KnowledgeGraph,
    extractions: Sequence[Extraction],
    out_dir: Path,
    files: _Files,
    *,
    base: str,
    formats: Sequence[str],
    html: bool,
    record: bool,
    removed: Sequence[str],
    title: str | None,
    merged: bool,
    by_graph: bool,
) -> Outputs:
    """The files of :func:`render_outputs` drawn in this process into ``files``: the RDF
    formats, and the view and the record when ``html`` and ``record`` are true."""
    from kg import rdf

    earlier = out_dir / "graph.trig"
    if not by_graph:
        found = _write_rdf(graph, formats, out_dir, files, base=base)
    else:
        found = rdf.quads(
            graph.documents, graph.entities, graph.events, base=base, mentions=graph.mentions
        )
        if removed:
            raise InputError(
                f"removed: the earlier build in {out_dir} was made by an older kg that kept"
                " no record of its documents; rebuild it fresh",
                argument="removed",
            )
        _log.warning(
            "the earlier build in %s was made by an older kg without a record of its"
            " documents: merged graph by graph, so entities that only replaced documents"
            " named stay; --fresh rebuilds it exactly",
            out_dir,
        )
        found = rdf.merge_quads(rdf.read_quads(earlier), found, base=base)
        for suffix, text in render_formats(found, formats, base=base).items():
            files.put(out_dir / f"graph{suffix}", text)
    documents = _document_count(found)
    if not documents:
        raise InputError(f"no documents left in {out_dir}; nothing written")
    if html:
        files.put(
            out_dir / "graph.html", _page(graph, found, base=base, by_graph=by_graph, title=title)
        )
    if record:
        with files.writing(out_dir / RECORD_NAME) as out:
            _dump_record(out, extractions)
    return Outputs(graph, {}, merged, _triple_count(found), documents)


def write_outputs(
    graph: KnowledgeGraph,
    extractions: Sequence[Extraction],
    out_dir: Path,
    **options: Any,
) -> Outputs:
    """Render a build's files (:func:`render_outputs`) and write them, under the folder's lock.

    Each file is written to a temporary file beside it as it is rendered (no
    text is held whole), and they are renamed into place all or nothing
    (:func:`kg._atomic.write_atomic_many`): a failure anywhere leaves the
    earlier outputs as they were. Then the files an earlier build wrote and
    this one does not (:data:`WRITTEN_NAME`) are removed.

    Args:
        graph: As for :func:`render_outputs`.
        extractions: As for :func:`render_outputs`.
        out_dir: As for :func:`render_outputs`.
        **options: The keyword arguments of :func:`render_outputs`.

    Raises:
        InputError: As for :func:`render_outputs`.
        OSError: A file cannot be written; none has been changed.
    """

    with output_lock(out_dir):
        _remove_stale_temporaries(out_dir)
        files = _Staged()
        try:
            outputs = _render(graph, extractions, out_dir, files, **options)
            written, removed = _write_folder(out_dir, files.in_order())
        except BaseException:
            files.discard()
            raise
    return dataclasses.replace(outputs, written=written, removed=removed)


def _remove_stale_temporaries(out_dir: Path) -> None:
    """Remove the temporary files of kg's files that a killed build left in ``out_dir``.

    :func:`write_outputs` writes each file to a temporary file beside it while
    the end of the build runs (:func:`kg._atomic.stage`); a build killed then
    (``kill -9``, out of memory) cannot remove them. Call it under
    :func:`output_lock`: no other build is writing to the folder, so every such
    file is left over.
    """
    for name in (*_kg_file_names(), RECORD_NAME, WRITTEN_NAME):
        for path in out_dir.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                path.unlink()


def _kg_file_names() -> frozenset[str]:
    """Every name of a file kg writes into an output folder but its record and list."""
    from kg.network import NETWORK_FORMATS
    from kg.rdf import OUTPUT_FORMATS

    suffixes = [*OUTPUT_FORMATS.values(), *NETWORK_FORMATS.values(), ".html"]
    return frozenset(f"graph{suffix}" for suffix in suffixes)


def _write_folder(
    out_dir: Path, files: Mapping[Path, str | bytes | Staged]
) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """Write ``files`` all or nothing with the list of them; remove what only the last build wrote.

    Call it under :func:`output_lock`. Only names kg writes are ever removed,
    and only when the folder's list says kg wrote them: a folder written by an
    older kg, which kept no list, loses nothing.

    Returns:
        The files written (the record and the list left out), and those removed.
    """
    from kg._atomic import write_atomic_many

    listed = out_dir / WRITTEN_NAME
    own = _kg_file_names()
    try:
        earlier = set(listed.read_text(encoding="utf-8").split()) & own
    except (OSError, UnicodeDecodeError):
        earlier = set()
    names = sorted(path.name for path in files if path.name in own)
    written = write_atomic_many({**files, listed: "".join(f"{name}\n" for name in names)})
    removed = []
    for name in sorted(earlier - set(names)):
        with contextlib.suppress(FileNotFoundError):
            (out_dir / name).unlink()
            removed.append(out_dir / name)
    hidden = {out_dir / RECORD_NAME, listed}
    return tuple(p for p in written if p not in hidden), tuple(removed)


def _merged_records(
    record: Path, extractions: Sequence[Extraction], removed: Sequence[str]
) -> list[Extraction]:
    """The earlier build's extractions, less the replaced and removed ones, then the new ones."""
    from kg import _records as records

    earlier = records.loads(record.read_text(encoding="utf-8"), where=str(record))
    known = {e.document.id for e in earlier}
    for name in removed:
        if name not in known:
            _log.warning(
                "--remove %s: no such document in the earlier build (ids are as in the graph)",
                name,
            )
    gone = {e.document.id for e in extractions} | set(removed)
    return [e for e in earlier if e.document.id not in gone] + list(extractions)


def _page(
    graph: KnowledgeGraph,
    found: list[ox.Quad],
    *,
    base: str,
    by_graph: bool,
    title: str | None,
) -> str:
    """The HTML view: the graph's, or, merged graph by graph, the merged quads'.

    Without a title the page takes its one document's headline (see
    :func:`kg.view.page_title`).
    """
    if not by_graph:
        return graph.to_html(title=title)
    return _page_of_quads(found, base=base, title=title)


def _page_of_quads(found: Sequence[ox.Quad], *, base: str, title: str | None = None) -> str:
    """The HTML view of a graph known only as quads (merged graph by graph, a store)."""
    from kg.network import from_rdf
    from kg.rdf import from_quads
    from kg.view import render_html

    return render_html(from_rdf(from_quads(found, base=base)), title=title)


def render_formats(
    found: Sequence[ox.Quad],
    formats: Sequence[str] = (),
    *,
    base: str = DEFAULT_BASE,
    graph: KnowledgeGraph | None = None,
) -> dict[str, str]:
    """File suffix -> text, for :data:`DEFAULT_FORMATS` and ``formats``.

    Args:
        found: The quads to write.
        formats: More formats, as for :func:`render_outputs`.
        base: The base IRI of the graph.
        graph: The records of ``found``, for the network formats (else they are
            read back from the quads).
    """
    return _texts(found, dict.fromkeys([*DEFAULT_FORMATS, *formats]), base=base, graph=graph)


def _write_rdf(
    graph: KnowledgeGraph, formats: Sequence[str], out_dir: Path, files: _Files, *, base: str
) -> list[ox.Quad]:
    """Write the graph's RDF files into ``files``; return the quads :func:`kg.rdf.quads` makes.

    The happenings come last in every file, and most of their time is the
    story linker's: it runs in a forked child (:func:`kg._forked.started`)
    while this process writes the other graphs into the files that can be
    written in two parts (:func:`kg.rdf.write_quads_then`) and links the events
    by the rules. The child reads the story linker's reports alone: a child
    that made all of the happenings would read every quad (on the 871 RAMS
    passages, 240,000 quads) and copy their pages. The other files are
    written from all the quads at the end.
    """
    from kg import rdf
    from kg.rdf.formats import JOINABLE_FORMATS
    from kg.rdf.mapping import quads_without_happenings
    from kg.rdf.terms import gc_paused

    wanted = list(dict.fromkeys([*DEFAULT_FORMATS, *formats]))
    with gc_paused(), contextlib.ExitStack() as stack:
        stated, summary = quads_without_happenings(
            graph.documents, graph.entities, graph.events, base=base, mentions=graph.mentions
        )
        read = rdf.read_happenings(stated, base=base)
        first = stated + summary
        del stated, summary
        # Every file is opened in the order of the formats, so they are listed in it.
        outs = {fmt: stack.enter_context(files.writing(_path_of(fmt, out_dir))) for fmt in wanted}
        with started(read.story_links, what="the story linker") as links:
            rests = {
                fmt: rdf.write_quads_then(first, fmt, out, base=base)
                for fmt, out in outs.items()
                if fmt in JOINABLE_FORMATS
            }
            happenings = read.quads(links.result())
        del read
        found = first + happenings
        for fmt, out in outs.items():
            if fmt in rests:
                rests[fmt](happenings)
            else:
                _write_text(found, fmt, out, base=base, graph=graph)
    return found


def _path_of(fmt: str, out_dir: Path) -> Path:
    """The file of the format ``fmt`` (RDF or network) in ``out_dir``."""
    from kg import network, rdf

    suffix = network.NETWORK_FORMATS.get(fmt) or rdf.OUTPUT_FORMATS[fmt]
    return out_dir / f"graph{suffix}"


def _write_text(
    found: Sequence[ox.Quad],
    fmt: str,
    out: IO[bytes],
    *,
    base: str,
    graph: KnowledgeGraph | None,
) -> None:
    """Write the text of ``found`` in ``fmt`` (RDF or network) to ``out``."""
    from kg import network, rdf

    if fmt in network.NETWORK_FORMATS:
        text = _texts(found, [fmt], base=base, graph=graph)[network.NETWORK_FORMATS[fmt]]
        out.write(text.encode("utf-8"))
        return
    rdf.write_quads(found, fmt, out, base=base)


def _texts(
    found: Sequence[ox.Quad],
    formats: Iterable[str],
    *,
    base: str,
    graph: KnowledgeGraph | None,
) -> dict[str, str]:
    """File suffix -> text of ``found``, for each of ``formats`` (as :func:`render_formats`)."""
    from kg import network
    from kg.rdf import OUTPUT_FORMATS, from_quads, serialize_quads

    texts = {}
    for fmt in formats:
        if fmt in network.NETWORK_FORMATS:
            nx_graph = (
                graph.to_networkx()
                if graph is not None
                else network.from_rdf(from_quads(found, base=base))
            )
            texts[network.NETWORK_FORMATS[fmt]] = network.serialize(nx_graph, fmt)
        else:
            texts[OUTPUT_FORMATS[fmt]] = serialize_quads(found, fmt, base=base)
    return texts


def _format_text(found: Sequence[ox.Quad], fmt: str, *, base: str) -> str:
    from kg import network
    from kg.rdf import from_quads, serialize_quads

    if fmt in network.NETWORK_FORMATS:
        return network.serialize(network.from_rdf(from_quads(found, base=base)), fmt)
    return serialize_quads(found, fmt, base=base)


def _triple_count(found: Sequence[ox.Quad]) -> int:
    # Distinct quads: the same as the union's triples, since kg never writes a
    # triple into two graphs (its IRIs name their document), and much faster to count.
    return len(set(found))


def _document_count(found: Sequence[ox.Quad]) -> int:
    import pyoxigraph as ox
    from rdflib import RDF

    from kg.namespace import KG

    is_a, document = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Document))
    return len({q.subject for q in found if q.predicate == is_a and q.object == document})


# --------------------------------------------------------------------------- a text


@dataclass(frozen=True, slots=True)
class GraphText:
    """A graph in one format, and how many distinct triples it holds."""

    text: str
    triples: int


def graph_text(
    graph: KnowledgeGraph, fmt: str = "turtle", *, base: str = DEFAULT_BASE
) -> GraphText:
    """``graph`` in one format (RDF or network), for standard output.

    Raises:
        InputError: The graph holds no document.
    """
    from kg import rdf

    if not graph.documents:
        raise InputError("no documents found in the input")
    found = rdf.quads(
        graph.documents, graph.entities, graph.events, base=base, mentions=graph.mentions
    )
    return GraphText(_format_text(found, fmt, base=base), _triple_count(found))


# --------------------------------------------------------------------------- a store


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


@dataclass(frozen=True, slots=True)
class Exported:
    """What :func:`export_store` did to the output folder.

    Attributes:
        written: The files written (the record and the list of files left out).
        removed: Files an earlier build wrote there that this one did not
            (:data:`WRITTEN_NAME`), removed.
    """

    written: tuple[Path, ...]
    removed: tuple[Path, ...] = ()


def export_store(
    store_dir: str | os.PathLike[str],
    out_dir: Path,
    *,
    base: str = DEFAULT_BASE,
    formats: Sequence[str] = (),
    html: bool = True,
) -> Exported:
    """Write a store's whole graph into ``out_dir``: the RDF files and ``graph.html``.

    The files a ``kg build --out`` of the same documents writes: the RDF
    formats of what the store holds, and the view drawn from the store's record
    of its documents (resolved again, as a build into ``out_dir`` would), or,
    for a store an older kg wrote without a record, from its quads. Done under
    the folder's lock (:func:`output_lock`) and the store's build lock
    (:meth:`kg.store.Store.building`): no other build writes to the folder,
    and the store is read between builds, never half way through one. The
    store's record of its documents goes with the files (or an earlier one in
    the folder is removed), so that a later build into ``out_dir`` adds to what
    the files hold. Files an earlier build wrote into the folder and this
    export does not are removed (:data:`WRITTEN_NAME`).

    Args:
        store_dir: The store folder.
        out_dir: The output folder.
        base: The base IRI of the graph.
        formats: Formats beside :data:`DEFAULT_FORMATS`, as for :func:`render_outputs`.
        html: Whether to draw ``graph.html``.

    Raises:
        StoreError: The store cannot be read.
        InputError: The store's record is damaged.
        OSError: A file cannot be written; none has been changed.
    """
    from kg import _records as records
    from kg.building import resolved
    from kg.store import Store

    prepare_output_folder(out_dir)
    store = Store(store_dir)
    with output_lock(out_dir), store.building():
        stored = store.quads()
        record = Path(store_dir) / RECORD_NAME
        graph = None
        if record.exists():
            graph = resolved(records.loads(record.read_text(encoding="utf-8"), where=str(record)))
        files: dict[Path, str | bytes] = {
            out_dir / f"graph{suffix}": text
            for suffix, text in render_formats(stored, formats, base=base, graph=graph).items()
        }
        if html:
            files[out_dir / "graph.html"] = (
                graph.to_html() if graph is not None else _page_of_quads(stored, base=base)
            )
        if record.exists():
            files[out_dir / RECORD_NAME] = record.read_bytes()
        written, removed = _write_folder(out_dir, files)
        if not record.exists():
            # The folder's record of an earlier build would not match the files.
            (out_dir / RECORD_NAME).unlink(missing_ok=True)
    return Exported(written, removed)


def store_text(
    store_dir: str | os.PathLike[str], fmt: str = "turtle", *, base: str = DEFAULT_BASE
) -> str:
    """A store's whole graph in one format (RDF or network), for standard output.

    Raises:
        StoreError: The store cannot be read.
    """
    from kg.store import Store

    return _format_text(Store(store_dir).quads(), fmt, base=base)
