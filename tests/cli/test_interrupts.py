"""Ctrl-C ends kg build: exit 130, one line, no worker left, earlier outputs intact.

Real processes, and SIGINT sent to the command's whole process group, as a
terminal sends Ctrl-C: the command and its worker processes get it at once.
(Queries and pushes are interrupted in tests/test_query_guards.py.) The bound
on how long a command takes to stop is generous, so that a loaded machine does
not fail the test; docs/errors.md gives the measured times.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from process_fixtures import kg_process

from kg.inputs import OUTPUT_FOLDER_MARKER

pytestmark = pytest.mark.slow

TEXT = (
    "Russian forces shelled Kharkiv on Monday, killing 12 people, officials said. "
    "Ukrainian troops recaptured three villages near Izium, the army said. "
)
# Seconds a command may take to stop after Ctrl-C before the test calls it a hang.
GENEROUS = 30


def start(*args: str | os.PathLike[str]) -> subprocess.Popen[str]:
    return kg_process(*args, own_group=True)


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def group_members(group: int) -> list[int]:
    """Live processes of a process group (zombies aside)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(entry))
    return found


def press_ctrl_c(process: subprocess.Popen[str]) -> tuple[str, str]:
    os.killpg(process.pid, signal.SIGINT)
    try:
        return process.communicate(timeout=GENEROUS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"kg did not stop within {GENEROUS} s of Ctrl-C")


def corpus(tmp_path: Path, documents: int) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(documents):
            handle.write(json.dumps({"id": f"d{i}", "text": TEXT * 20 + f"Report {i}."}) + "\n")
    return path


def interrupt_when_both_workers_run(
    build: subprocess.Popen[str], *, poll: float, settle: float = 0.0
) -> str:
    """Ctrl-C the build once its two workers are forked (after ``settle`` s); its stderr.

    Checks that it ends as an interrupted command does: exit 130, one line
    that says so, no traceback and no process of its group left behind.
    """
    try:
        deadline = time.monotonic() + 300
        while len(children(build.pid)) < 2 and build.poll() is None:
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(poll)
        assert build.poll() is None, build.communicate()
        time.sleep(settle)
        _, stderr = press_ctrl_c(build)
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
            build.communicate()
    assert build.returncode == 130, stderr
    assert "kg: interrupted" in stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert group_members(build.pid) == []  # no worker left behind
    return stderr


@pytest.mark.parametrize("target", ["--out", "--store"])
def test_ctrl_c_stops_a_parallel_build(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "target"
    earlier = b"an earlier build's file\n"
    if target == "--out":
        folder.mkdir()
        (folder / "graph.ttl").write_bytes(earlier)
    build = start("build", corpus(tmp_path, 400), target, folder, "-j", "2")
    # A second after both workers forked: the parse is under way.
    interrupt_when_both_workers_run(build, poll=0.05, settle=1)
    if target == "--out":
        assert (folder / "graph.ttl").read_bytes() == earlier
        assert not (folder / "graph.trig").exists()


def test_ctrl_c_as_the_workers_start(tmp_path: Path) -> None:
    """Ctrl-C the moment the second worker is forked, before it may have run at all.

    A worker forked with Ctrl-C let through would raise KeyboardInterrupt
    itself, and print its traceback, if the signal came before its first
    instructions made it ignore Ctrl-C: on a busy machine that window lasts.
    """
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "graph.ttl").write_bytes(b"earlier\n")
    build = start("build", corpus(tmp_path, 400), "--out", folder, "-j", "2")
    interrupt_when_both_workers_run(build, poll=0.002)
    assert (folder / "graph.ttl").read_bytes() == b"earlier\n"


def test_ctrl_c_ends_the_wait_for_the_out_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"earlier\n")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys\n"
            "handle = open(sys.argv[1], 'a+b')\n"
            "fcntl.flock(handle.fileno(), fcntl.LOCK_EX)\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n",
            str(out / OUTPUT_FOLDER_MARKER),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
        build = start("build", tmp_path / "one.txt", "--out", out, "--no-html")
        assert build.stderr is not None
        waiting = build.stderr.readline()
        assert "waiting for it to finish" in waiting, waiting
        _, stderr = press_ctrl_c(build)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()
    assert build.returncode == 130, stderr
    assert "kg: interrupted" in stderr and "Traceback" not in stderr
    assert sorted(p.name for p in out.iterdir()) == [OUTPUT_FOLDER_MARKER, "graph.ttl"]
    assert (out / "graph.ttl").read_bytes() == b"earlier\n"
