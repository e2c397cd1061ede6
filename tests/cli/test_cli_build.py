"""kg build into an output folder: adding to an earlier build, idempotence, --fresh."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF

from kg.cli import main
from kg.namespace import KG
from kg.rdf import load, union


def _documents(out: Path) -> set[str]:
    graph = union(load(out / "graph.trig"))
    return {str(document) for document in graph.subjects(RDF.type, KG.Document)}


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builds_into_one_folder_add_up_and_repeat_without_duplicates(tmp_path: Path) -> None:
    first = _write(tmp_path, "first.txt", "Russian forces shelled Kharkiv on Monday.\n")
    second = _write(tmp_path, "second.txt", "Ukrainian troops recaptured Makariv.\n")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(first), "--out", str(out), "-q"]).exit_code == 0
    once = (out / "graph.trig").read_bytes()
    assert runner.invoke(main, ["build", str(first), "--out", str(out), "-q"]).exit_code == 0
    assert (out / "graph.trig").read_bytes() == once  # idempotent
    result = runner.invoke(main, ["build", str(second), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 documents now" in result.output
    assert len(_documents(out)) == 2
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "Makariv" in html and "Kharkiv" in html
    result = runner.invoke(main, ["build", str(second), "--out", str(out), "--fresh", "-q"])
    assert result.exit_code == 0
    assert len(_documents(out)) == 1


def test_a_changed_document_replaces_its_earlier_version(tmp_path: Path) -> None:
    out = tmp_path / "out"
    article = _write(tmp_path, "story.txt", "Russian forces shelled Kharkiv.\n")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(article), "--out", str(out), "-q"]).exit_code == 0
    _write(tmp_path, "story.txt", "Russian forces shelled Mariupol.\n")
    assert runner.invoke(main, ["build", str(article), "--out", str(out), "-q"]).exit_code == 0
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "shelled Mariupol" in turtle and "shelled Kharkiv" not in turtle


def test_the_pipeline_is_let_go_only_when_kg_runs_as_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `kg build` ends the process: its end forks children with less memory once the
    # language model and the spaCy pipeline are gone. A caller (or a test) invoking
    # the command keeps them.
    from kg.pipeline import load_pipeline
    from kg.read import language

    text = _write(tmp_path, "a.txt", "The mayor of Velden opened a bridge on Monday.")
    built = ["build", str(text), "-j", "1", "-q", "--out"]
    assert CliRunner().invoke(main, [*built, str(tmp_path / "a")]).exit_code == 0
    assert load_pipeline.cache_info().currsize > 0
    assert language._loaded.cache_info().currsize > 0
    monkeypatch.setattr(sys, "argv", ["kg", *built, str(tmp_path / "b")])
    main.main(standalone_mode=False)
    assert load_pipeline.cache_info().currsize == 0
    assert language._loaded.cache_info().currsize == 0
    assert (tmp_path / "b" / "graph.ttl").read_bytes() == (
        tmp_path / "a" / "graph.ttl"
    ).read_bytes()
