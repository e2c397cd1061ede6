"""Starting ``python -m kg`` as a real process, for the tests that run, signal or race it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def kg_process(*args: str | os.PathLike[str], own_group: bool = False) -> subprocess.Popen[str]:
    """``kg ARGS`` running from this checkout, its output piped, no input.

    ``own_group`` starts it in a process group of its own, which a test's Ctrl-C
    goes to. SIGINT is handled as usual in it even when the suite runs in a
    background job, whose processes inherit SIGINT ignored.
    """
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *map(str, args)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
        start_new_session=own_group,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def run_kg(*args: str | os.PathLike[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` run to its end from this checkout, its output captured, no input."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _environment() -> dict[str, str]:
    # This checkout first on the path, and kg's own tracebacks off, as a user runs it.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KG_DEBUG", None)
    return env
