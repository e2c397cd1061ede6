"""Two builds into one --out folder take turns: neither loses the other's documents.

Real processes: a build waits (saying so) while another process holds the
folder's lock, and two real builds started together both land in the merged
outputs.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from process_fixtures import kg_process

from kg.inputs import OUTPUT_FOLDER_MARKER

pytestmark = pytest.mark.slow

TEXTS = {
    "kharkiv": "Russian forces shelled Kharkiv on Monday, killing 12 people, officials said.",
    "goma": "Rebels seized the town of Goma on Sunday, the army said.",
}

HOLD_LOCK = """
import fcntl, sys
handle = open(sys.argv[1], "a+b")
fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.readline()
"""


def lines_of(stream: object) -> queue.Queue[str]:
    """The lines of a pipe, as they come, read by a thread (so a test can wait with a limit)."""
    found: queue.Queue[str] = queue.Queue()

    def read() -> None:
        with stream:  # type: ignore[attr-defined]
            for line in stream:  # type: ignore[attr-defined]
                found.put(line)
        found.put("")

    threading.Thread(target=read, daemon=True).start()
    return found


def documents_in(out: Path) -> set[str]:
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    return {name for name in TEXTS if f"document/{name}>" in trig}


def corpus(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(TEXTS[name], encoding="utf-8")
    return path


def test_a_build_waits_for_the_folder_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(out / OUTPUT_FOLDER_MARKER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    build = kg_process("build", corpus(tmp_path, "kharkiv"), "--out", out, "--no-html")
    try:
        said = lines_of(build.stderr)
        line = said.get(timeout=240)
        assert "another kg build is writing to" in line and "waiting" in line, line
        assert build.poll() is None  # still waiting: nothing written meanwhile
        assert not (out / "graph.trig").exists()
    finally:
        _release(holder)
    _finishes(build)
    assert documents_in(out) == {"kharkiv"}


def test_two_builds_at_once_both_land(tmp_path: Path) -> None:
    out = tmp_path / "out"
    builds = [
        kg_process("build", corpus(tmp_path, name), "--out", out, "--no-html") for name in TEXTS
    ]
    for build in builds:
        stdout, stderr = build.communicate(timeout=300)
        assert build.returncode == 0, stderr
        assert "Traceback" not in stderr
    assert documents_in(out) == set(TEXTS)


def test_a_store_export_waits_for_the_folder_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(out / OUTPUT_FOLDER_MARKER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    store = tmp_path / "store"
    build = kg_process("build", corpus(tmp_path, "goma"), "--store", store, "--out", out)
    try:
        said = lines_of(build.stderr)
        line = said.get(timeout=240)
        assert "another kg build is writing to" in line and "waiting" in line, line
        assert build.poll() is None  # the store is built; the export waits
        assert not (out / "graph.trig").exists()
    finally:
        _release(holder)
    _finishes(build)
    assert documents_in(out) == {"goma"}


def _release(holder: subprocess.Popen[str]) -> None:
    """Let the lock's holder go: a line on its input ends it."""
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.close()
    holder.wait(timeout=30)
    assert holder.stdout is not None
    holder.stdout.close()


def _finishes(build: subprocess.Popen[str]) -> None:
    assert build.wait(timeout=240) == 0
    assert build.stdout is not None
    build.stdout.close()
