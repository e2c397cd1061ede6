"""An exclusive lock on an output folder, so two builds never merge into it at once."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["folder_lock"]

# How often a waiting build tries the lock again: short enough that the wait
# ends soon after the other build, long enough to cost nothing.
_POLL_SECONDS = 0.05


@contextlib.contextmanager
def folder_lock(lock_file: Path, *, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``lock_file`` (created if missing) for the block.

    Another process holding it makes this one wait, as long as it takes:
    ``on_wait`` is called once when the wait begins (to say so), and Ctrl-C
    ends the wait. The kernel drops the lock when its holder exits, even on
    ``kill -9``, so a crashed build never leaves the folder locked.
    """
    import fcntl

    with open(lock_file, "a+b") as handle:
        waited = False
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited and on_wait is not None:
                    on_wait()
                waited = True
                time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
