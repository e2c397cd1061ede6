"""Input a careless or hostile user gives: pipes, devices, kg's own outputs, odd JSON.

Pipes are real FIFOs; the cases where the command itself once hung or read
twice run ``python -m kg`` as a real process, with a time limit so that a
regression fails instead of hanging the suite.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from process_fixtures import run_kg

from kg.errors import InputError
from kg.inputs import OUTPUT_FOLDER_MARKER, OUTPUT_MARKER, check_sources, read_documents
from kg.progress import count_documents

ROOT = Path(__file__).resolve().parents[1]

ENGLISH = "Rebels seized the town of Goma on Sunday, killing 12 people, officials said."


@pytest.fixture(autouse=True)
def _kg_warnings(caplog: pytest.LogCaptureFixture) -> None:
    # An earlier in-process `kg build -q` leaves kg's logger at ERROR.
    caplog.set_level(logging.WARNING, logger="kg")


def warnings_of(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING)


# --------------------------------------------------------------------------- JSON


@pytest.mark.parametrize("value", ["true", "false"])
def test_json_booleans_are_refused_as_ids(tmp_path: Path, value: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f'{{"id": {value}, "text": "{ENGLISH}"}}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"feed.jsonl, line 1: 'id' should be a string, not true"):
        list(read_documents([feed]))


@pytest.mark.parametrize("depth", [100, 100_000])
def test_any_nesting_depth_is_not_valid_json(tmp_path: Path, depth: int) -> None:
    feed = tmp_path / "feed.jsonl"
    deep = "[" * depth + "]" * depth
    feed.write_text(
        json.dumps({"id": "a", "text": ENGLISH}) + "\n" + f'{{"id": "b", "text": {deep}}}\n',
        encoding="utf-8",
    )
    message = r"feed.jsonl, line 2: not valid JSON \(nested too deeply\)" if depth > 100 else ""
    with pytest.raises(InputError, match=message or "'text' should be a string"):
        list(read_documents([feed]))


def test_deep_json_in_a_folder_skips_the_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "feed.jsonl").write_text(
        f'{{"id": "b", "text": {deep}}}\n' + json.dumps({"id": "a", "text": ENGLISH}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "whole.json").write_text(deep, encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path])] == ["a"]
    said = warnings_of(caplog)
    assert "feed.jsonl, line 1: not valid JSON (nested too deeply)" in said
    assert "whole.json, line 1: not valid JSON (nested too deeply)" in said


def test_deep_json_on_stdin_is_one_error() -> None:
    import io

    deep = "[" * 100_000 + "]" * 100_000
    stdin = io.TextIOWrapper(io.BytesIO(f'{{"text": {deep}}}\n'.encode()), encoding="utf-8")
    with pytest.raises(InputError, match=r"stdin, line 1: not valid JSON \(nested too deeply\)"):
        list(read_documents([Path("-")], stdin=stdin))


# --------------------------------------------------------------------------- special files


def test_pipes_and_sockets_in_a_folder_are_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import socket

    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(tmp_path / "no-writer.txt")  # opening it would wait forever
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    try:
        assert [d.id for d in read_documents([tmp_path])] == ["a"]
    finally:
        server.close()
    said = warnings_of(caplog)
    assert "no-writer.txt: skipped, a named pipe (FIFO), not a regular file" in said
    assert "sock.txt: skipped, a socket, not a regular file" in said
    assert "zero.txt: skipped, a device, not a regular file" in said


def test_devices_given_by_name_are_refused_before_work() -> None:
    with pytest.raises(InputError, match="/dev/zero: is a device, not a file"):
        check_sources([Path("/dev/zero")])
    with pytest.raises(InputError, match="/dev/null: is a device"):
        list(read_documents([Path("/dev/null")]))


def test_a_pipe_is_not_counted_for_the_progress_bar(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    # Counting would open the pipe (waiting for a writer) and take its lines from the build.
    assert count_documents([fifo]) is None
    assert count_documents([Path("-")]) is None


def test_a_pipe_given_by_name_is_read_once(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    lines = "".join(
        json.dumps({"id": f"d{i}", "text": ENGLISH.replace("12", str(i + 2))}) + "\n"
        for i in range(3)
    )

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write(lines)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assert [d.id for d in read_documents([fifo])] == ["d0", "d1", "d2"]
    writer.join(timeout=10)


@pytest.mark.slow
def test_the_command_reads_a_named_jsonl_pipe_once(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    line = json.dumps({"id": "piped", "text": ENGLISH}) + "\n"
    writer = subprocess.Popen(
        [sys.executable, "-c", f"open({str(fifo)!r}, 'w').write({line!r})"],
    )
    try:
        done = run_kg("build", fifo, "--out", tmp_path / "out", "--no-html", timeout=240)
    finally:
        writer.kill()
        writer.wait()
    assert done.returncode == 0, done.stderr
    assert "1 documents" in done.stdout
    assert "piped" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_folder_with_a_pipe_and_its_own_output_builds_twice(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    out = corpus / "out"
    first = run_kg("build", corpus, "--out", out, timeout=240)
    assert first.returncode == 0, first.stderr
    assert "pipe.txt: skipped, a named pipe" in first.stderr
    second = run_kg("build", corpus, "--out", out, timeout=240)
    assert second.returncode == 0, second.stderr
    assert f"{out}: skipped, a folder kg wrote" in second.stderr
    assert "(1 documents now" in second.stdout
    assert "out%2Fgraph" not in (out / "graph.trig").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- kg's own outputs


def test_output_folders_and_stores_are_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / OUTPUT_FOLDER_MARKER).touch()
    (out / "notes.txt").write_text(ENGLISH + " More.", encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    for name in ("kg.lock", "CURRENT"):
        (store / name).touch()
    (store / "LOG.txt").write_text(ENGLISH + " Logged.", encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path])] == ["a"]
    said = warnings_of(caplog)
    assert f"{out}: skipped, a folder kg wrote" in said
    assert f"{store}: skipped, a folder kg wrote" in said


def test_a_page_kg_wrote_is_skipped_wherever_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import networkx as nx

    from kg.view import render_html

    page = render_html(nx.MultiDiGraph(), title="kg")
    assert OUTPUT_MARKER in page[:4096]
    copied = tmp_path / "copied.html"
    copied.write_text(page, encoding="utf-8")
    renamed = tmp_path / "renamed.txt"
    renamed.write_text(page, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path])] == ["a"]
    assert list(read_documents([copied])) == []
    said = warnings_of(caplog)
    assert "copied.html: skipped, a page kg wrote" in said
    assert "renamed.txt: skipped, a page kg wrote" in said
