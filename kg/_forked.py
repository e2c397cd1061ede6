"""One piece of work in a forked process while this one does another: two cores at a build's end.

A build ends with files that do not depend on each other (the RDF formats, the
HTML view): drawn one after the other they keep one core busy while the other
idles. :func:`started` forks a child that does one of them and sends its result
back through a pipe, while the caller does the rest. The child shares the
caller's memory copy-on-write, so nothing is pickled on the way in; only the
result (a text) comes back.

Where fork is unavailable or unsafe (Windows, macOS) or there is one core, the
work is done in the calling process instead, when its result is asked for: the
result is the same either way.

>>> with started(lambda: "drawn") as page:
...     page.result()
'drawn'

A child can also tell the caller something before its work is done
(:func:`started_telling`): what the caller needs to go on, while the child
finishes the rest.

>>> with started_telling(lambda tell: tell("linked") or "written") as child:
...     child.news(), child.result()
('linked', 'written')
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Generic, TypeVar

from kg.errors import KGError

__all__ = ["Started", "started", "started_telling"]

T = TypeVar("T")


def _can_fork() -> bool:
    # The same rule as kg.parallel's workers: fork is unsafe on macOS, absent on Windows.
    return (
        sys.platform != "darwin"
        and "fork" in multiprocessing.get_all_start_methods()
        and (os.cpu_count() or 1) > 1
    )


class Started(Generic[T]):
    """Work started by :func:`started`: its result, or its error, when asked for."""

    def __init__(self, work: Callable[..., T], what: str, *, telling: bool = False) -> None:
        self._work: Callable[..., T] | None = work
        self._what = what
        self._telling = telling
        self._process: Any = None
        self._pipe: Connection | None = None
        self._frozen = False
        # Not forked: what the work told and its outcome, once it has run here.
        self._told: list[Any] = []
        self._outcome: tuple[str, Any] | None = None
        if not _can_fork():
            return
        context = multiprocessing.get_context("fork")
        receiving, sending = context.Pipe(duplex=False)
        process = context.Process(target=_run, args=(work, sending, telling), daemon=True)
        # The objects made so far are set aside from the cyclic collector
        # until the child is done: its collections (and this process's) would
        # otherwise walk them all, writing to every page the two share, and
        # each such write copies the page.
        _freeze()
        self._frozen = True
        _give_back_freed_memory()
        process.start()
        sending.close()  # the child's end: EOF here once the child is gone
        self._process, self._pipe, self._work = process, receiving, None

    def news(self) -> Any:
        """The next thing the work told (:func:`started_telling`); its error raised here.

        Raises:
            KGError: The child ended without telling it (killed, out of memory,
                or its work returned first).
        """
        if self._process is None:  # not forked: the work runs here, now
            self._run_here()
            if not self._told:
                return self._end_here(telling=True)
            return self._told.pop(0)
        kind, payload = self._receive(wanted="news")
        if kind == "news":
            return payload
        self._finish()
        if kind == "error":
            raise payload
        raise KGError(f"{self._what}: it ended without telling what was asked")

    def result(self) -> T:
        """The work's result; its error raised here, as if the work ran in this process.

        Raises:
            KGError: The child ended without a result (killed, out of memory).
        """
        if self._process is None:  # not forked: done now
            self._run_here()
            result: T = self._end_here(telling=False)
            return result
        kind, payload = self._receive(wanted="a result")
        while kind == "news":  # told and not asked for
            kind, payload = self._receive(wanted="a result")
        self._finish()
        if kind == "error":
            raise payload
        result = payload
        return result

    def _run_here(self) -> None:
        if self._work is None:
            return
        work, self._work = self._work, None
        try:
            value = work(self._told.append) if self._telling else work()
        except Exception as error:
            self._outcome = ("error", error)
        else:
            self._outcome = ("value", value)

    def _end_here(self, *, telling: bool) -> Any:
        if self._outcome is None:
            raise KGError(f"{self._what}: its result was already taken")
        kind, payload = self._outcome
        self._outcome = None
        if kind == "error":
            raise payload
        if telling:
            raise KGError(f"{self._what}: it ended without telling what was asked")
        return payload

    def _receive(self, *, wanted: str) -> tuple[str, Any]:
        """The child's next message; the pipe closed and the collector's objects given
        back when there is none (the child is gone)."""
        if self._pipe is None:
            raise KGError(f"{self._what}: its result was already taken")
        try:
            message: tuple[str, Any] = self._pipe.recv()
        except EOFError:
            self._finish()
            raise KGError(
                f"{self._what}: its process ended without {wanted}"
                f" (exit code {self._process.exitcode})"
            ) from None
        except BaseException:
            self._finish()
            raise
        return message

    def _finish(self) -> None:
        """The child is done (or gone): its pipe closed, the process joined."""
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
        self._thaw()
        self._process.join()

    def _thaw(self) -> None:
        if self._frozen:
            self._frozen = False
            _unfreeze()

    def stop(self) -> None:
        """End the child if it still runs (the caller failed or was interrupted)."""
        self._thaw()
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()

    def __enter__(self) -> Started[T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _give_back_freed_memory() -> None:
    """Return the heap's free pages to the system before a fork (glibc's ``malloc_trim``).

    The allocator keeps the memory freed since it was last trimmed (by the
    parse and the resolution, at a build's end) in its pages: pages a child
    would share, and count in the process tree's memory, though neither uses
    them. A few milliseconds; nothing where the C library has no such call.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return
    trim(0)


#: The children started and not yet done: while one runs, the objects stay frozen.
_running = 0


def _freeze() -> None:
    """Set the objects made so far aside from the collector, until every child started is done."""
    global _running
    gc.freeze()  # again if a child runs already: the objects made since are shared too
    _running += 1


def _unfreeze() -> None:
    """A child is done: the objects go back to the collector's care once none runs."""
    global _running
    _running -= 1
    if not _running:
        gc.unfreeze()


def started(work: Callable[[], T], *, what: str = "a forked renderer") -> Started[T]:
    """Start ``work`` in a forked child process; take its result with :meth:`Started.result`.

    Use it as a context manager, so the child is ended if the caller fails
    before asking for the result.

    Args:
        work: What to do; it sees this process's memory as it is now.
        what: Its name, for the error raised when the child dies.
    """
    return Started(work, what)


def started_telling(
    work: Callable[[Callable[[Any], None]], T], *, what: str = "a forked renderer"
) -> Started[T]:
    """:func:`started` for work that tells the caller something before it is done.

    ``work`` is given a function to call with what it tells: the caller takes
    it with :meth:`Started.news` while the child goes on, then the work's
    result with :meth:`Started.result`. Where nothing is forked, the work runs
    whole when its news is asked for.
    """
    return Started(work, what, telling=True)


def _run(work: Callable[..., Any], pipe: Connection, telling: bool = False) -> None:
    """In the child: do the work, send back what it tells, then its result or its error."""
    # Ctrl-C reaches every process of the command: the parent stops, and ends this one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def tell(news: Any) -> None:
        pipe.send(("news", news))

    try:
        outcome: tuple[str, Any] = ("value", work(tell) if telling else work())
    except Exception as error:  # sent back and raised in the parent, as the work's own
        outcome = ("error", error)
    try:
        try:
            pipe.send(outcome)
        except (pickle.PicklingError, TypeError, AttributeError) as error:
            # A result or an error that cannot be pickled: its message still goes.
            pipe.send(("error", KGError(f"{type(error).__name__}: {error}")))
    except OSError:
        pass  # the parent has gone (it failed or was interrupted): nobody to tell
    finally:
        pipe.close()
