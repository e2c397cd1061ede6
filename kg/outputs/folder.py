"""The output folder itself: its checks, its lock, and its files written all or nothing.

The first room of :mod:`kg.outputs`, importing none of the others: a build
into a folder (:mod:`kg.outputs.folder_build`) and a store's export
(:mod:`kg.outputs.export`) both check the folder first
(:func:`prepare_output_folder`), hold its lock (:func:`output_lock`) and end by
writing their files with the list of them (:func:`write_folder`, which removes
what only an earlier build wrote, :data:`WRITTEN_NAME`). The folder's record of
its documents keeps the name :data:`RECORD_NAME` in a store folder too.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from kg._atomic import Staged
from kg.errors import InputError

__all__ = [
    "RECORD_NAME",
    "WRITTEN_NAME",
    "output_lock",
    "prepare_output_folder",
    "remove_stale_temporaries",
    "write_folder",
]

_log = logging.getLogger("kg")


#: The file in an output folder that keeps every document's extraction, so the
#: next build into the folder resolves entities over all its documents again.
RECORD_NAME = ".kg-extractions.jsonl"

#: The file in an output folder that lists the files kg's last build wrote
#: there, one name a line: the next build removes those it no longer writes
#: (a ``--format nt`` asked for once, ``graph.html`` after ``--no-html``), so
#: the folder never holds an earlier build's file beside the new ones.
WRITTEN_NAME = ".kg-written"


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


def remove_stale_temporaries(out_dir: Path) -> None:
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


def write_folder(
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
