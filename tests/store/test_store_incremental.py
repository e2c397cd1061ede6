"""Incremental builds into one --store equal a fresh build of the final corpus.

A build into a store that holds an earlier build replaces documents with the
same id, adds new ones, and ``--remove ID`` takes documents out; entities,
aliases, mentions and counts that only a replaced or removed document
supported must go with it. The property: after any sequence of such builds,
the store holds exactly the quads a fresh build of the final corpus (the
surviving documents in their order, then each build's documents) writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from incremental_fixtures import Step, feed, kg, run_steps, steps
from spacy.language import Language

from kg.outputs import RECORD_NAME
from kg.store import Store


def stored(folder: Path) -> set[str]:
    return {str(quad) for quad in Store(folder).quads()}


def into(folder: Path) -> list[str | Path]:
    """Where every build of a test goes."""
    return ["--store", folder / "store", "-q"]


@pytest.fixture(scope="module")
def model(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The pipeline, loaded once and warmed up by a first build (see test_incremental)."""
    folder = tmp_path_factory.mktemp("warm-up")
    result = kg("build", feed(folder, "one", [("a", 0)]), "--store", folder / "store", "-q")
    assert result.exit_code == 0, result.stderr
    return nlp


def fresh_store(folder: Path, corpus: list[tuple[str, int]]) -> set[str]:
    result = kg("build", feed(folder, "final", corpus), "--store", folder / "fresh", "-q")
    assert result.exit_code == 0, result.stderr
    return stored(folder / "fresh")


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=steps)
def test_the_store_equals_a_fresh_build(
    model: Language, tmp_path_factory: pytest.TempPathFactory, plan: list[Step]
) -> None:
    folder = tmp_path_factory.mktemp("incremental-store")
    corpus = run_steps(folder, [("a", 0), ("b", 0)], plan, into(folder))
    assert stored(folder / "store") == fresh_store(folder, corpus)


def test_an_edited_document_leaves_no_ghosts_in_the_store(model: Language, tmp_path: Path) -> None:
    corpus = run_steps(tmp_path, [("a", 0), ("b", 0)], [("add", "a", 1)], into(tmp_path))
    assert corpus == [("b", 0), ("a", 1)]
    quads = stored(tmp_path / "store")
    for gone in ("Mutko", "Athens"):
        assert not any(gone in quad for quad in quads), gone
    assert any("Lyon" in quad for quad in quads)
    assert quads == fresh_store(tmp_path, corpus)


def test_removing_from_the_store_and_re_adding(model: Language, tmp_path: Path) -> None:
    corpus = run_steps(
        tmp_path, [("a", 0), ("b", 0), ("c", 0)], [("remove", "c", 0)], into(tmp_path)
    )
    quads = stored(tmp_path / "store")
    assert not any("Kharkiv" in quad for quad in quads)
    assert quads == fresh_store(tmp_path, corpus)
    result = kg("build", feed(tmp_path, "again", [("c", 0)]), "--store", tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert any("Kharkiv" in quad for quad in stored(tmp_path / "store"))


def test_a_store_without_a_record_is_merged_with_a_warning(model: Language, tmp_path: Path) -> None:
    # A store an older kg wrote: the same folder, without the record.
    store = tmp_path / "store"
    assert kg("build", feed(tmp_path, "first", [("a", 0)]), "--store", store, "-q").exit_code == 0
    (store / RECORD_NAME).unlink()
    result = kg("build", feed(tmp_path, "second", [("b", 0)]), "--store", store)
    assert result.exit_code == 0, result.stderr
    assert "made by an older kg without a record" in result.stderr
    quads = stored(store)
    assert any("Athens" in quad for quad in quads) and any("Goma" in quad for quad in quads)
    refused = kg("build", "--remove", "a", "--store", store)
    assert refused.exit_code == 1
    assert "--remove: the store" in refused.stderr and "older kg" in refused.stderr


def test_store_export_keeps_the_record_for_the_next_build_into_out(
    model: Language, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    store = tmp_path / "store"
    result = kg("build", feed(tmp_path, "first", [("a", 0)]), "--store", store, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert (out / RECORD_NAME).read_bytes() == (store / RECORD_NAME).read_bytes()
    # The next build into the folder adds to what the store wrote, exactly.
    result = kg("build", feed(tmp_path, "second", [("b", 0)]), "--out", out)
    assert result.exit_code == 0, result.stderr
    assert "older kg" not in result.stderr
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert "document/a>" in trig and "document/b>" in trig
