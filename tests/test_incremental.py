"""Incremental builds into one --out folder equal a fresh build of the final corpus.

A build into a folder that holds an earlier build replaces documents with the
same id, adds new ones, and ``--remove ID`` takes documents out; entities,
aliases, mentions and the view's nodes that only a replaced or removed
document supported must go with it. The property: after any sequence of such
builds, every output file is the one a fresh build of the final corpus (the
surviving documents in their order, then each build's documents) writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from incremental_fixtures import Step, feed, kg, run_steps, steps
from spacy.language import Language

from kg.cli import main

OUTPUTS = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html")


def into(folder: Path) -> list[str | Path]:
    """Where every build of a test goes."""
    return ["--out", folder / "out"]


@pytest.fixture(scope="module")
def model(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The pipeline, loaded once (the CLI finds it in load_pipeline's cache), and warmed up.

    A first build imports what the page and the readers need, and one of
    those libraries raises the recursion limit when imported; done here, not
    inside a Hypothesis example, which would report it as the test's doing.
    """
    folder = tmp_path_factory.mktemp("warm-up")
    assert kg("build", feed(folder, "one", [("a", 0)]), "--out", folder / "out").exit_code == 0
    return nlp


def outputs(out: Path) -> dict[str, str]:
    # The page's title names its folder; everything else must be the same.
    return {
        name: (out / name).read_text(encoding="utf-8").replace(str(out), "OUT") for name in OUTPUTS
    }


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=steps)
def test_merged_outputs_equal_a_fresh_build(
    model: Language, tmp_path_factory: pytest.TempPathFactory, plan: list[Step]
) -> None:
    folder = tmp_path_factory.mktemp("incremental")
    corpus = run_steps(folder, [("a", 0), ("b", 0)], plan, into(folder))
    fresh = folder / "fresh"
    result = kg("build", feed(folder, "final", corpus), "--out", fresh)
    assert result.exit_code == 0, result.stderr
    assert outputs(folder / "out") == outputs(fresh)


def test_an_edited_document_leaves_no_ghosts(model: Language, tmp_path: Path) -> None:
    corpus = run_steps(tmp_path, [("a", 0), ("b", 0)], [("add", "a", 1)], into(tmp_path))
    assert corpus == [("b", 0), ("a", 1)]
    files = outputs(tmp_path / "out")
    for gone in ("Mutko", "Athens"):
        assert all(gone not in text for text in files.values()), gone
    assert "Lyon" in files["graph.trig"] and "Goma" in files["graph.html"]


def test_removing_and_re_adding_a_document(model: Language, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_steps(tmp_path, [("a", 0), ("b", 0), ("c", 0)], [("remove", "c", 0)], into(tmp_path))
    files = outputs(out)
    assert "Kharkiv" not in files["graph.trig"] and "Kharkiv" not in files["graph.html"]
    run_steps(
        tmp_path,
        [("a", 0), ("b", 0), ("c", 0)],
        [("remove", "c", 0), ("add", "c", 0)],
        into(tmp_path),
    )
    assert "Kharkiv" in outputs(out)["graph.trig"]


def test_remove_needs_an_earlier_build(model: Language, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--remove", "a", "--out", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "--remove: no earlier build in" in result.stderr
