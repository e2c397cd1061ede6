"""A progress bar for long builds: documents, words per second, time left.

Used by the ``kg`` command only. It draws on standard error when that is a
terminal and stays silent otherwise (pipes, CI logs, ``--quiet``), so the
library itself never prints.

>>> count_documents(["one text", "another"])
2
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from kg.inputs import FEED_SUFFIXES, TEXT_SUFFIXES
from kg.model import Extraction

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, Task, TaskID

__all__ = ["BuildProgress", "count_documents"]

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


def count_documents(sources: Iterable[object]) -> int | None:
    """How many documents ``sources`` hold, counted cheaply, or ``None`` when unknown.

    Text files count one each and JSON lines files one per non-blank line;
    standard input, named pipes and unreadable paths make the count unknown
    (a pipe read here would be empty for the build). Nothing is
    parsed: this is for a progress bar's time estimate, not for validation.
    """
    total = 0
    for source in sources:
        if not isinstance(source, os.PathLike):
            total += 1  # a text, a Document, a URL
            continue
        path = Path(source)
        if str(path) == "-":
            return None
        try:
            if not path.is_dir() and not path.is_file():
                # A named pipe (or a device) can be read only once: by the build.
                return None
            if path.is_dir():
                files = (p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
                total += sum(_documents_in_file(p, in_folder=True) for p in files)
            else:
                total += _documents_in_file(path, in_folder=False)
        except (OSError, _Unknown):
            return None
    return total


class _Unknown(Exception):
    """A file whose documents cannot be counted cheaply."""


def _documents_in_file(path: Path, *, in_folder: bool) -> int:
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES or path.name.lower().endswith((".warc", ".warc.gz")):
        # Counting a feed's items or an archive's pages means reading it all.
        raise _Unknown
    if suffix in _JSONL_SUFFIXES:
        lines = 0
        with path.open("rb") as stream:
            for line in stream:
                lines += bool(line.strip())
        return lines
    # A folder's other files are skipped; a file named on its own is read as text.
    return 1 if suffix in TEXT_SUFFIXES or not in_folder else 0


class BuildProgress:
    """A context manager that shows documents done, words/s and the time left.

    Call :meth:`advance` with each finished extraction. With ``enabled=False``,
    or when standard error is not a terminal, it does nothing.

    Args:
        total: Documents expected, for the bar and the time left; ``None`` if unknown.
        enabled: False for ``--quiet``.
        console: Where to draw (tests pass one); default: standard error.
    """

    def __init__(
        self, *, total: int | None, enabled: bool = True, console: Console | None = None
    ) -> None:
        self.total = total
        self.documents = 0
        self.words = 0
        self._started = self._drawn = time.perf_counter()
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._first_words = 0
        if not enabled:
            return
        from rich.console import Console

        console = console or Console(stderr=True)
        if not console.is_terminal:
            return
        self._progress = _make_progress(console)

    @property
    def active(self) -> bool:
        """Whether a bar is being drawn."""
        return self._progress is not None

    def __enter__(self) -> BuildProgress:
        self._started = time.perf_counter()
        if self._progress is not None:
            self._progress.start()
            # Started at the first document, so that loading the model does not
            # count against words/s and the time left.
            self._task = self._progress.add_task("building", total=self.total, words=0, start=False)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, extraction: Extraction) -> None:
        """Count one more document done."""
        self.documents += 1
        self.words += len(extraction.document.text.split())
        if self._progress is not None and self._task is not None:
            if self.documents == 1:
                self._progress.start_task(self._task)
                self._first_words = self.words
            now = time.perf_counter()
            # Drawn from this thread, a few times a second: no refresh thread
            # that worker processes forked meanwhile would inherit.
            refresh = now - self._drawn >= 0.1 or self.documents == self.total
            rated = self.words - self._first_words
            self._progress.update(self._task, advance=1, words=rated, refresh=refresh)
            if refresh:
                self._drawn = now

    @property
    def words_per_second(self) -> float:
        """Words of input read per second since the start."""
        seconds = time.perf_counter() - self._started
        return self.words / seconds if seconds > 0 else 0.0


def _make_progress(console: Console) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class WordsPerSecond(ProgressColumn):
        """Words read per second over the whole run."""

        def render(self, task: Task) -> Text:
            elapsed = task.elapsed or 0.0
            words = task.fields.get("words", 0)
            speed = words / elapsed if elapsed > 0 else 0.0
            return Text(f"{speed:,.0f} words/s", style="progress.data.speed")

    from rich.progress import Progress

    return Progress(
        SpinnerColumn(),
        TextColumn("documents"),
        MofNCompleteColumn(),
        BarColumn(),
        WordsPerSecond(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        auto_refresh=False,
        transient=False,
    )
