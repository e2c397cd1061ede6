"""Nothing lost: writes are atomic, and a failed build leaves earlier outputs intact."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from kg._atomic import write_atomic, write_atomic_many
from kg.cli import main

ENGLISH = (
    "Russian forces shelled the eastern city of Kharkiv on Monday, killing at least "
    "twelve people, regional officials said."
)
OTHER = "Ukrainian troops recaptured the village of Mala Rohan on Tuesday, the army said."


def no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --------------------------------------------------------------------------- the helper


def test_write_atomic_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "graph.ttl"
    assert write_atomic(target, "first") == target
    write_atomic(target, b"second \xe2\x80\x94 bytes")
    assert target.read_bytes() == b"second \xe2\x80\x94 bytes"
    assert litter(target.parent) == []


def test_write_atomic_gives_normal_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        fresh = write_atomic(tmp_path / "new.ttl", "x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    finally:
        os.umask(previous)
    kept = tmp_path / "kept.ttl"
    kept.write_text("old")
    kept.chmod(0o640)
    write_atomic(kept, "new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old bytes")
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new bytes")
    assert target.read_bytes() == b"old bytes"
    assert litter(tmp_path) == []


def test_write_many_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "graph.ttl", tmp_path / "graph.jsonld"
    a.write_text("old a")
    b.write_text("old b")
    real = os.fsync
    calls = []

    def fail_second(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            no_space()
        real(fd)

    monkeypatch.setattr(os, "fsync", fail_second)
    with pytest.raises(OSError):
        write_atomic_many({a: "new a", b: "new b"})
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    assert litter(tmp_path) == []


def test_interrupt_during_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old page")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new page")
    assert target.read_text() == "old page"
    assert litter(tmp_path) == []


# --------------------------------------------------------------------------- kg build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    (folder / "bad.jsonl").write_text(
        json.dumps({"id": "fine", "text": OTHER}) + "\n{not json\n", encoding="utf-8"
    )
    return folder


@pytest.fixture()
def previous(nlp: Language, corpus: Path, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """An output folder from a successful build, and the bytes of each file in it."""
    out = tmp_path / "out"
    result = kg("build", corpus / "good.txt", "-o", out, "--format", "nq")
    assert result.exit_code == 0, result.stderr
    files = {p.name: p.read_bytes() for p in out.iterdir()}
    assert set(files) == {
        "graph.ttl",
        "graph.jsonld",
        "graph.trig",
        "graph.nq",
        "graph.html",
        ".kg-output",
        ".kg-extractions.jsonl",
        ".kg-written",
    }
    return out, files


def kg(*args: str | os.PathLike[str]) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def unchanged(out: Path, files: dict[str, bytes]) -> bool:
    return {p.name: p.read_bytes() for p in out.iterdir()} == files


def rebuild(corpus: Path, out: Path, *inputs: str) -> Result:
    return kg(
        "build", *(corpus / name for name in inputs), "-o", out, "--format", "nq",
    )  # fmt: skip


def test_bad_input_after_good_ones_changes_nothing(
    corpus: Path, previous: tuple[Path, dict[str, bytes]]
) -> None:
    out, files = previous
    result = rebuild(corpus, out, "other.txt", "bad.jsonl")
    assert result.exit_code == 1
    assert "bad.jsonl, line 2: not valid JSON" in result.stderr
    assert unchanged(out, files)


def test_full_disk_while_writing_changes_nothing(
    corpus: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, files = previous
    monkeypatch.setattr(os, "fsync", no_space)
    result = rebuild(corpus, out, "other.txt")
    assert result.exit_code == 1
    assert "No space left on device; free some disk space" in result.stderr
    assert "Traceback" not in result.stderr
    assert unchanged(out, files)


def test_failure_in_serialization_changes_nothing(
    corpus: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.rdf

    out, files = previous

    def broken(*args: object, **kwargs: object) -> str:
        raise MemoryError

    # Every RDF file is written through them, straight to its temporary file: the
    # default formats in two parts (the happenings after the other graphs).
    monkeypatch.setattr(kg.rdf, "write_quads", broken)
    monkeypatch.setattr(kg.rdf, "write_quads_then", broken)
    result = rebuild(corpus, out, "other.txt")
    assert result.exit_code == 1
    assert "out of memory" in result.stderr
    assert unchanged(out, files)


def test_failure_in_the_view_changes_nothing(
    corpus: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.view

    out, files = previous

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("view failed")

    monkeypatch.setattr(kg.view, "render_html", broken)
    result = rebuild(corpus, out, "other.txt")
    assert result.exit_code == 1
    assert unchanged(out, files)
