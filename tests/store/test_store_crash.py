"""The store survives SIGKILL mid-build and two builds at once.

A real ``kg build --store`` process is killed with SIGKILL part-way through;
the store must then open, hold every document committed before the kill (and
no half of a transaction), and a re-run must complete it to exactly what an
uninterrupted build gives.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset
from spacy.language import Language

from kg.cli import main
from kg.model import Document
from kg.namespace import DEFAULT_BASE

ROOT = Path(__file__).resolve().parents[2]

#: Documents per store transaction in the killed builds (the CLI's default is larger).
PER_TRANSACTION = 5
DOCUMENTS = 30

# Runs `kg build` in a process that kills itself with SIGKILL: right after the
# KILL_AFTER-th commit ("after"), or from a separate process a few milliseconds
# into the next commit ("during"), so the kill can land inside a transaction.
DRIVER = textwrap.dedent(
    """
    import os, signal, subprocess, sys
    import kg.store
    from kg.cli import main

    mode, kill_after = sys.argv[1], int(sys.argv[2])
    import kg.outputs.store_build
    assert hasattr(kg.outputs.store_build, "DOCUMENTS_PER_TRANSACTION")
    kg.outputs.store_build.DOCUMENTS_PER_TRANSACTION = int(sys.argv[3])
    real_add = kg.store.Store.add
    commits = 0

    def add(self, dataset, **options):
        global commits
        if mode == "during" and commits == kill_after:
            subprocess.Popen(["sh", "-c", f"sleep 0.003; kill -9 {os.getpid()}"])
        real_add(self, dataset, **options)
        commits += 1
        print("committed", commits, flush=True)
        if mode == "after" and commits == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    kg.store.Store.add = add
    main(sys.argv[4:], prog_name="kg")
    """
)


def document_ids() -> list[str]:
    return [f"d{i:03d}" for i in range(DOCUMENTS)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i, doc_id in enumerate(document_ids()):
            text = (
                f"Russian forces shelled Kharkiv on Monday, killing {i + 3} people, officials "
                f"said. Ukrainian troops recaptured {i + 1} villages near Izium, the army said."
            )
            handle.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    return path


def run_cli(*args: str | os.PathLike[str]) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def reference(nlp: Language, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The store an uninterrupted build gives, as a dataset."""
    from kg.store import Store

    folder = tmp_path_factory.mktemp("reference") / "store"
    result = run_cli("build", corpus, "--store", folder, "-q", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    dataset = Store(folder).dataset()
    for doc_id in document_ids():
        quads = quads_of(dataset, graph_name(doc_id))
        assert quads, doc_id
        # Every node in a document's graph is that document's (a streamed build
        # once gave every document the first one's id).
        assert all(f"/{doc_id}" in str(s) for s, _, _ in quads), doc_id
    return dataset


def graph_name(doc_id: str) -> str:
    return f"https://w3id.org/kg-news/id/graph/{doc_id}"


def quads_of(dataset: Dataset, name: str) -> set[tuple[object, ...]]:
    from rdflib import URIRef

    return set(dataset.graph(URIRef(name)))


def document_graphs(store_dir: Path) -> list[str]:
    from kg.store import Store

    prefix = graph_name("")
    return [
        g
        for g in Store(store_dir).graphs()
        if g.startswith(prefix) and g not in {prefix + "entities", prefix + "happenings"}
    ]


def run_driver(
    tmp_path: Path, mode: str, kill_after: int, *args: str
) -> subprocess.CompletedProcess[str]:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(driver), mode, str(kill_after), str(PER_TRANSACTION), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )


def check_after_kill(store_dir: Path, committed: int, reference: Dataset) -> None:
    """The store opens, keeps what was committed, and holds only whole transactions."""
    from kg.store import Store

    stored = document_graphs(store_dir)
    assert len(Store(store_dir)) > 0
    expected_first = [graph_name(d) for d in document_ids()[: committed * PER_TRANSACTION]]
    assert set(expected_first) <= set(stored)
    assert len(stored) % PER_TRANSACTION == 0, f"half a transaction survived: {len(stored)}"
    assert len(stored) < DOCUMENTS
    dataset = Store(store_dir).dataset()
    for name in stored:
        assert quads_of(dataset, name) == quads_of(reference, name), name


def check_rerun_completes(corpus: Path, store_dir: Path, reference: Dataset) -> None:
    from kg.store import Store

    result = run_cli("build", corpus, "--store", store_dir, "-q", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert set(Store(store_dir).dataset().quads()) == set(reference.quads())


def test_sigkill_after_a_commit(corpus: Path, reference: Dataset, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    run = run_driver(
        tmp_path,
        "after",
        2,
        "build",
        str(corpus),
        "--store",
        str(store_dir),
        "-q",
        "--workers",
        "1",
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert run.stdout.split() == ["committed", "1", "committed", "2"]
    check_after_kill(store_dir, 2, reference)
    check_rerun_completes(corpus, store_dir, reference)


def test_sigkill_during_a_commit(corpus: Path, reference: Dataset, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    run = run_driver(
        tmp_path,
        "during",
        3,
        "build",
        str(corpus),
        "--store",
        str(store_dir),
        "-q",
        "--workers",
        "1",
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    committed = run.stdout.split().count("committed")
    assert committed >= 3
    check_after_kill(store_dir, committed, reference)
    check_rerun_completes(corpus, store_dir, reference)


# --------------------------------------------------------------------------- two builds


# Holds the store's write lock, as a running build does, until told to let go.
HOLD_LOCK = textwrap.dedent(
    """
    import fcntl, sys
    handle = open(sys.argv[1], "a+b")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
    print("locked", flush=True)
    sys.stdin.readline()
    """
)


def hold_lock(store_dir: Path) -> subprocess.Popen[str]:
    """Another process holding the store's write lock; a line on its stdin releases it."""
    store_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(store_dir / "kg.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_second_build_refuses_clearly(
    corpus: Path, reference: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.store

    monkeypatch.setattr(kg.store.Store.__init__, "__kwdefaults__", {"lock_timeout": 0.3})
    store_dir = tmp_path / "store"
    holder = hold_lock(store_dir)
    try:
        result = run_cli("build", corpus, "--store", store_dir, "-q", "--workers", "1")
    finally:
        holder.communicate("go\n")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kg: error: the store {str(store_dir)!r} is busy")
    assert "try again when it has finished" in line


def test_second_build_waits(
    corpus: Path, reference: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.store.local

    store_dir = tmp_path / "store"
    holder = hold_lock(store_dir)
    waits = []
    real_sleep = kg.store.local.time.sleep

    def sleep(seconds: float) -> None:
        if sys._getframe(1).f_globals.get("__name__") != "kg.store.local":
            return real_sleep(seconds)
        # The build found the store locked and is waiting: now let the holder go.
        if not waits:
            assert holder.stdin is not None
            holder.stdin.write("go\n")
            holder.stdin.flush()
        waits.append(seconds)
        real_sleep(seconds)

    monkeypatch.setattr(kg.store.local.time, "sleep", sleep)
    try:
        result = run_cli("build", corpus, "--store", store_dir, "-q", "--workers", "1")
    finally:
        holder.communicate()
    assert result.exit_code == 0, result.stderr
    assert waits, "the build never had to wait for the lock"
    assert set(kg.store.Store(store_dir).dataset().quads()) == set(reference.quads())


@pytest.mark.slow
def test_two_real_builds_at_once(corpus: Path, reference: Dataset, tmp_path: Path) -> None:
    from kg.store import Store

    store_dir = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store_dir)]
    builds = [
        subprocess.Popen(
            [*command, "-q", "--workers", "1"], env=env, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outcomes = []
    for build in builds:
        _, stderr = build.communicate(timeout=300)
        outcomes.append((build.returncode, stderr))
    for code, stderr in outcomes:
        assert "Traceback" not in stderr
        assert code == 0 or (code == 1 and "is busy" in stderr), stderr
    assert any(code == 0 for code, _ in outcomes)
    assert set(Store(store_dir).dataset().quads()) == set(reference.quads())


# --------------------------------------------------------------------------- bad store paths


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("x"), "is a file, not a folder; choose another path"),
        (
            lambda p: (p.mkdir(), (p / "notes.txt").write_text("x")),
            "is a folder of other files (notes.txt, ...), not a kg store",
        ),
    ],
)
def test_store_path_that_is_not_a_store(
    nlp: Language, corpus: Path, tmp_path: Path, make: Any, message: str
) -> None:
    store_dir = tmp_path / "target"
    make(store_dir)
    before = sorted(p.name for p in store_dir.iterdir()) if store_dir.is_dir() else None
    result = run_cli("build", corpus, "--store", store_dir, "-q", "--workers", "1")
    assert result.exit_code == 1
    assert result.stderr == f"kg: error: the store {str(store_dir)!r} {message}" + (
        "; choose a new or empty folder\n" if before else "\n"
    )
    after = sorted(p.name for p in store_dir.iterdir()) if store_dir.is_dir() else None
    assert after == before  # nothing scattered among the user's files


def test_a_store_another_build_is_creating_is_not_taken_for_a_foreign_folder(
    tmp_path: Path,
) -> None:
    """Two builds at once: the second may look while the first's database files appear."""
    from kg import rdf
    from kg.store import Store

    store_dir = tmp_path / "store"
    store_dir.mkdir()
    (store_dir / "kg.lock").touch()  # the first build took the lock ...
    (store_dir / "LOG").write_text("")  # ... and the database has begun, CURRENT not yet
    Store(store_dir).add(rdf.quads([Document("a", "Port Avel fell.")], (), ()))
    assert Store(store_dir).graphs() == [DEFAULT_BASE + "graph/a"]


def test_a_store_whose_first_build_is_writing_its_record_is_not_a_foreign_folder(
    tmp_path: Path,
) -> None:
    """The first build holds the build lock and writes its record before the store lock exists."""
    from kg.store import Store

    store_dir = tmp_path / "store"
    store_dir.mkdir()
    (store_dir / "kg-build.lock").touch()
    (store_dir / "..kg-extractions.jsonl.x1y2z3.tmp").write_text("")
    with Store(store_dir).building():
        pass
    assert (store_dir / "kg-build.lock").exists()


def test_a_foreign_temporary_file_still_marks_a_foreign_folder(tmp_path: Path) -> None:
    from kg.errors import StoreError
    from kg.store import Store

    store_dir = tmp_path / "store"
    store_dir.mkdir()
    (store_dir / ".notes.txt.tmp").write_text("")
    with pytest.raises(StoreError, match="is a folder of other files"):
        with Store(store_dir).building():
            pass
