"""Ending the ``kg`` process at once, without the interpreter's teardown.

Tearing down an interpreter that has loaded spaCy, a model and Oxigraph
(freeing every module and object, running exit handlers) takes a second or more
on a busy machine, and half a second of CPU after a build of the 871 RAMS
passages (docs/benchmarks.md): time the user waits for and nothing needs. Two
moments skip it: Ctrl-C, which must end a command within a second (a query or
request left running in its thread, :mod:`kg._threads`, cannot be stopped at
all), and the end of ``kg build`` into a folder, whose files are all on disk by
then (flushed and renamed, :func:`kg.outputs.write_outputs`).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading

__all__ = ["exit_now"]


def exit_now(status: int) -> None:
    """End the ``kg`` process with ``status`` now, its output streams flushed.

    Every ``finally`` block has run by now: files are renamed or left as they
    were, stores closed, worker pools terminated, temporary files removed.
    In-process callers (click's ``CliRunner``, whose streams replace the
    process's own) get the usual exit instead: nothing happens here.
    """
    if sys.stdout is not sys.__stdout__ or sys.stderr is not sys.__stderr__:
        return
    # A pool whose generator was suspended mid-parse when Ctrl-C came has not
    # left its `with` block: its workers would outlive the command (and its
    # thread would replace any worker ended here alone). Terminate such pools,
    # in a thread given a second, so that nothing can hold the command; a
    # second Ctrl-C meanwhile is ignored, the command is ending.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    parallel = sys.modules.get("kg.parallel")  # loaded when workers were started
    if parallel is not None:
        ending = threading.Thread(target=parallel.end_workers, daemon=True)
        ending.start()
        ending.join(timeout=1.0)
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(timeout=0.5)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)
