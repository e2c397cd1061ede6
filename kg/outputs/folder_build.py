"""A build into an output folder: every file rendered, the earlier build added to.

:func:`render_outputs` renders the files in memory; :func:`write_outputs`
renders them into temporary files and writes them all or nothing, under the
folder's lock (:mod:`kg.outputs.folder`). Either way an earlier build in the
folder is added to from the record it keeps (or merged graph by graph, when
an older kg kept none), the RDF files come from :mod:`kg.outputs.texts`, and
the view and the record are drawn by a child process meanwhile.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg._forked import started
from kg.errors import InputError
from kg.namespace import DEFAULT_BASE
from kg.outputs.files import Files, InMemory, StagedFiles
from kg.outputs.folder import RECORD_NAME, output_lock, remove_stale_temporaries, write_folder
from kg.outputs.texts import page_of_quads, render_formats, triple_count, write_rdf

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.graph import KnowledgeGraph
    from kg.model import Extraction

__all__ = [
    "Outputs",
    "render_outputs",
    "write_outputs",
]

_log = logging.getLogger("kg")


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
    files = InMemory()
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


def _render(
    graph: KnowledgeGraph,
    extractions: Sequence[Extraction],
    out_dir: Path,
    files: Files,
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
    files: Files,
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
    from kg.rdf.mapping import document_count

    earlier = out_dir / "graph.trig"
    if not by_graph:
        found, triples = write_rdf(graph, formats, out_dir, files, base=base)
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
        triples = triple_count(found)
    if by_graph:
        documents = _document_count(found)
    else:  # counted from the records: no pass over the quads
        documents = document_count(graph.documents, graph.events, graph.mentions)
    if not documents:
        raise InputError(f"no documents left in {out_dir}; nothing written")
    if html:
        files.put(
            out_dir / "graph.html", _page(graph, found, base=base, by_graph=by_graph, title=title)
        )
    if record:
        with files.writing(out_dir / RECORD_NAME) as out:
            _dump_record(out, extractions)
    return Outputs(graph, {}, merged, triples, documents)


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
        remove_stale_temporaries(out_dir)
        files = StagedFiles()
        try:
            outputs = _render(graph, extractions, out_dir, files, **options)
            written, removed = write_folder(out_dir, files.in_order())
        except BaseException:
            files.discard()
            raise
    return dataclasses.replace(outputs, written=written, removed=removed)


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
    return page_of_quads(found, base=base, title=title)


def _document_count(found: Sequence[ox.Quad]) -> int:
    import pyoxigraph as ox
    from rdflib import RDF

    from kg.namespace import KG

    is_a, document = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Document))
    return len({q.subject for q in found if q.predicate == is_a and q.object == document})
