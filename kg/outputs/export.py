"""A store's whole graph out again: into an output folder, or as one text.

The last step of the store's flow (:mod:`kg.outputs.store_build` fills it):
:func:`export_store` writes the files a ``kg build --out`` of the same
documents writes, through the folder's checks, lock and all-or-nothing write
(:mod:`kg.outputs.folder`) and the texts of :mod:`kg.outputs.texts`;
:func:`store_text` gives the graph in one format for standard output.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.namespace import DEFAULT_BASE
from kg.outputs.folder import RECORD_NAME, output_lock, prepare_output_folder, write_folder
from kg.outputs.texts import format_text, page_of_quads, render_formats

__all__ = [
    "Exported",
    "export_store",
    "store_text",
]


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
                graph.to_html() if graph is not None else page_of_quads(stored, base=base)
            )
        if record.exists():
            files[out_dir / RECORD_NAME] = record.read_bytes()
        written, removed = write_folder(out_dir, files)
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

    return format_text(Store(store_dir).quads(), fmt, base=base)
