"""Where a build into a folder renders its files: texts in memory, or staged files on disk.

:func:`kg.outputs.render_outputs` renders into :class:`InMemory`,
:func:`kg.outputs.write_outputs` into :class:`StagedFiles` (each file written
to a temporary file beside its target as it is made). Both offer the same
methods (:data:`Files`), so the rendering in :mod:`kg.outputs.folder_build`
and :mod:`kg.outputs.texts` writes into either alike.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, TypeVar

from kg._atomic import Staged, stage
from kg.outputs.folder import RECORD_NAME

__all__ = [
    "Files",
    "InMemory",
    "StagedFiles",
]


_T = TypeVar("_T")


class InMemory:
    """Where :func:`render_outputs` renders the files: texts in memory."""

    def __init__(self) -> None:
        self.texts: dict[Path, str] = {}

    def reserve(self, path: Path) -> None:
        """Make room for ``path`` before a child process writes it: its place in the
        order of the files."""
        self.texts.setdefault(path, "")

    @contextlib.contextmanager
    def writing(self, path: Path) -> Iterator[IO[bytes]]:
        """A binary file for ``path``'s bytes, kept when the block ends without error."""
        self.texts[path] = ""  # its place in the order of the files
        buffer = io.BytesIO()
        yield buffer
        self.texts[path] = buffer.getvalue().decode("utf-8")

    def put(self, path: Path, text: str) -> None:
        self.texts[path] = text

    def made(self, *paths: Path) -> dict[Path, str]:
        """What was written here (of ``paths``, when given): sent back from a child
        process to :meth:`adopt`."""
        if paths:
            return {path: self.texts[path] for path in paths}
        return dict(self.texts)

    def adopt(self, made: Mapping[Path, str]) -> None:
        self.texts.update(made)

    def in_order(self) -> dict[Path, str]:
        return _in_order(self.texts)

    def discard(self) -> None:
        self.texts.clear()


class StagedFiles:
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

    def made(self, *paths: Path) -> dict[Path, str]:
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


Files = InMemory | StagedFiles


def _in_order(files: Mapping[Path, _T]) -> dict[Path, _T]:
    """The files in the order kg lists them: the RDF formats as made, the view, the record."""
    last = {"graph.html": 1, RECORD_NAME: 2}
    return dict(sorted(files.items(), key=lambda item: last.get(item[0].name, 0)))
