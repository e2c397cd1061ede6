"""Incremental builds into one --out folder equal a fresh build of the final corpus.

A build into a folder that holds an earlier build replaces documents with the
same id, adds new ones, and ``--remove ID`` takes documents out; entities,
aliases, mentions and the view's nodes that only a replaced or removed
document supported must go with it. The property: after any sequence of such
builds, every output file is the one a fresh build of the final corpus (the
surviving documents in their order, then each build's documents) writes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kg.cli import main

# Two versions of each document; the second names other people and places,
# so stale entities would show.
TEXTS = {
    "a": (
        "Vitaly Mutko met officials in Athens on Monday, the ministry said.",
        "Police arrested two men in Lyon on Tuesday, officials said.",
    ),
    "b": (
        "Rebels seized the town of Goma on Sunday, the army said.",
        "Kelly Sotherton won the race in Sheffield, organisers said.",
    ),
    "c": (
        "Russian forces shelled Kharkiv on Monday, killing 12 people, officials said.",
        "Vitaly Mutko told reporters in Moscow that the games would go ahead.",
    ),
}

OUTPUTS = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html")


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


def kg(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def feed(folder: Path, name: str, documents: list[tuple[str, int]]) -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": TEXTS[i][v]}) + "\n" for i, v in documents),
        encoding="utf-8",
    )
    return path


def outputs(out: Path) -> dict[str, str]:
    # The page's title names its folder; everything else must be the same.
    return {
        name: (out / name).read_text(encoding="utf-8").replace(str(out), "OUT") for name in OUTPUTS
    }


Step = tuple[str, str, int]  # ("add" | "remove", id, version)

steps = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "remove"]), st.sampled_from(sorted(TEXTS)), st.integers(0, 1)
    ),
    min_size=1,
    max_size=3,
)


def run_steps(
    folder: Path, first: list[tuple[str, int]], plan: list[Step]
) -> list[tuple[str, int]]:
    """Build ``first``, then each step, into folder/out; the final corpus, in order."""
    out = folder / "out"
    result = kg("build", feed(folder, "first", first), "--out", out)
    assert result.exit_code == 0, result.stderr
    corpus = list(first)
    for number, (action, doc_id, version) in enumerate(plan):
        present = [d for d, _ in corpus]
        if action == "remove":
            if doc_id not in present or len(corpus) == 1:
                continue  # nothing to remove, or nothing would be left
            result = kg("build", "--remove", doc_id, "--out", out)
            corpus = [(d, v) for d, v in corpus if d != doc_id]
        else:
            result = kg("build", feed(folder, f"step{number}", [(doc_id, version)]), "--out", out)
            corpus = [(d, v) for d, v in corpus if d != doc_id] + [(doc_id, version)]
        assert result.exit_code == 0, result.stderr
    return corpus


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
    corpus = run_steps(folder, [("a", 0), ("b", 0)], plan)
    fresh = folder / "fresh"
    result = kg("build", feed(folder, "final", corpus), "--out", fresh)
    assert result.exit_code == 0, result.stderr
    assert outputs(folder / "out") == outputs(fresh)


def test_an_edited_document_leaves_no_ghosts(model: Language, tmp_path: Path) -> None:
    corpus = run_steps(tmp_path, [("a", 0), ("b", 0)], [("add", "a", 1)])
    assert corpus == [("b", 0), ("a", 1)]
    files = outputs(tmp_path / "out")
    for gone in ("Mutko", "Athens"):
        assert all(gone not in text for text in files.values()), gone
    assert "Lyon" in files["graph.trig"] and "Goma" in files["graph.html"]


def test_removing_and_re_adding_a_document(model: Language, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_steps(tmp_path, [("a", 0), ("b", 0), ("c", 0)], [("remove", "c", 0)])
    files = outputs(out)
    assert "Kharkiv" not in files["graph.trig"] and "Kharkiv" not in files["graph.html"]
    run_steps(tmp_path, [("a", 0), ("b", 0), ("c", 0)], [("remove", "c", 0), ("add", "c", 0)])
    assert "Kharkiv" in outputs(out)["graph.trig"]


def test_remove_needs_an_earlier_build(model: Language, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--remove", "a", "--out", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "--remove: no earlier build in" in result.stderr
