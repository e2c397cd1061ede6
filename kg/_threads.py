"""Running work that may block or recurse deeply, so that the caller stays in charge.

The SPARQL engine and HTTP requests run here in a thread of their own, with a
large stack, while the calling thread waits in short steps. That gives three
things a plain call cannot:

- a deadline for the whole call (``deadline``), however the work blocks: a
  server that trickles a byte a second, a SERVICE endpoint that never answers;
- Ctrl-C (``KeyboardInterrupt``) within a fraction of a second, since the
  caller is never stuck inside the engine (the engine releases the GIL);
- room for deep recursion: the engine's parser and optimizer recurse once per
  nesting level, and the main thread's 8 MB stack overflows (a crash, not an
  exception) long before a 512 MB one. The stack is virtual memory, touched
  only as deep as the work goes.

Work left running after a deadline or Ctrl-C goes on in its daemon thread,
which the process does not wait for when it exits.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Final, TypeVar

__all__ = ["DeadlineExceeded", "still_running", "run_guarded"]

T = TypeVar("T")

#: Stack of a guarded thread.
STACK_BYTES: Final = 512 * 1024 * 1024
# How often the waiting thread wakes: Ctrl-C is noticed within this.
_STEP_SECONDS: Final = 0.05
# threading.stack_size is process-wide: set it and start the thread as one step.
_STACK_SIZE_LOCK = threading.Lock()
_THREAD_NAME: Final = "kg-guarded"


class DeadlineExceeded(Exception):  # noqa: N818 - the name says what happened
    """The guarded work did not finish before its deadline (the caller says what to do)."""


def still_running() -> bool:
    """Whether guarded work left behind (after a deadline or Ctrl-C) is still running."""
    return any(
        thread.name == _THREAD_NAME and thread.is_alive() for thread in threading.enumerate()
    )


def run_guarded(work: Callable[[], T], *, deadline: float | None = None) -> T:
    """``work()``, run in a thread with a large stack; its result, or its exception.

    Args:
        work: What to run.
        deadline: A ``time.monotonic()`` time by which it must be done, or None.

    Raises:
        DeadlineExceeded: ``deadline`` passed first.
        KeyboardInterrupt: Ctrl-C while waiting.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the caller's thread, not lost
            # Engine objects may be dropped only on the thread that made them:
            # free the frames' locals here, keeping the traceback's lines.
            seen: BaseException | None = error
            while seen is not None:
                traceback.clear_frames(seen.__traceback__)
                seen = seen.__cause__ or seen.__context__
            failure.append(error)

    with _STACK_SIZE_LOCK:
        previous = threading.stack_size(STACK_BYTES)
        try:
            thread = threading.Thread(target=target, name=_THREAD_NAME, daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    while thread.is_alive():
        wait = _STEP_SECONDS
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DeadlineExceeded
            wait = min(wait, left)
        thread.join(wait)
    if failure:
        raise failure[0]
    return outcome[0]
