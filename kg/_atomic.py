"""Writing files so that a reader sees the old file or the new one, never half of one.

The bytes go to a temporary file beside the target, are flushed to disk, and the
temporary file is renamed over the target (a rename within one folder is atomic
on POSIX and Windows). A failure or a kill before the rename leaves the old file
as it was; the temporary file is removed when the failure is an exception.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(folder / "a.txt", "one").read_text()
'one'
>>> _ = write_atomic_many({folder / "a.txt": "two", folder / "b.txt": b"three"})
>>> (folder / "a.txt").read_text(), (folder / "b.txt").read_text()
('two', 'three')
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Staged", "stage", "write_atomic", "write_atomic_many"]


@dataclass(frozen=True, slots=True)
class Staged:
    """A file written beside its target under a temporary name (:func:`stage`), not yet renamed."""

    temporary: str


def stage(target: Path) -> Staged:
    """A new empty temporary file beside ``target``, to write the target's bytes into.

    For a file too large to hold in memory before :func:`write_atomic_many`
    renames it into place: write it (and flush it to disk) by its name, then
    give the :class:`Staged` as the target's data. It already has the mode the
    target will have. Whoever gives up on it removes it (:func:`write_atomic_many`
    does, on failure).

    Raises:
        OSError: The folder cannot be created or written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        os.chmod(temporary, _mode_for(target))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return Staged(temporary)


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` (text is encoded as UTF-8) to ``path`` atomically; return the path.

    The folder is created if needed. A file that is replaced keeps its
    permissions; a new file gets the usual ones (``0o666`` less the umask),
    not the ``0o600`` of a temporary file.

    Raises:
        OSError: The folder cannot be created or written, or the disk is full;
            ``path`` is then untouched.
    """
    return next(iter(write_atomic_many({Path(path): data})))


def write_atomic_many(files: Mapping[Path, bytes | str | Staged]) -> list[Path]:
    """Write several files so that a failure before the last byte changes none of them.

    Every file is written to its temporary file first (a :class:`Staged` one
    is already); only when all are on disk are they renamed into place, one
    after the other. Between two renames
    a reader can see a mix of old and new files, for microseconds rather than
    for the whole time it takes to write them.

    Raises:
        OSError: A folder cannot be created or written, or the disk is full;
            no target file has been changed (unless a rename itself fails,
            which leaves the files renamed before it new).
    """
    staged: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            if isinstance(data, Staged):
                staged.append((data.temporary, Path(target)))
            else:
                staged.append((_stage(Path(target), data), Path(target)))
        for temporary, target in staged:
            os.replace(temporary, target)
    except BaseException:
        given = [data.temporary for data in files.values() if isinstance(data, Staged)]
        for temporary in {*(name for name, _ in staged), *given}:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise
    for folder in {target.parent for _, target in staged}:
        _sync_folder(folder)
    return [target for _, target in staged]


def _stage(target: Path, data: bytes | str) -> str:
    """Write ``data`` to a new temporary file beside ``target``; return its name."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return temporary


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


@functools.cache
def _umask() -> int:
    # The umask can only be read by setting it; done once, at the first write.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
