"""What the incremental-build tests share: texts in two versions, a feed writer, edit plans.

Used by ``tests/test_incremental.py`` (builds into one ``--out`` folder) and
``tests/store/test_store_incremental.py`` (builds into one ``--store``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import strategies as st

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

Step = tuple[str, str, int]  # ("add" | "remove", id, version)

steps = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "remove"]), st.sampled_from(sorted(TEXTS)), st.integers(0, 1)
    ),
    min_size=1,
    max_size=3,
)


def kg(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def feed(folder: Path, name: str, documents: list[tuple[str, int]]) -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": TEXTS[i][v]}) + "\n" for i, v in documents),
        encoding="utf-8",
    )
    return path


def run_steps(
    folder: Path, first: list[tuple[str, int]], plan: list[Step], into: Sequence[str | Path]
) -> list[tuple[str, int]]:
    """Build ``first``, then each step, with the target options ``into``; the final corpus.

    ``into`` names where every build goes (``["--out", folder / "out"]``,
    ``["--store", folder / "store", "-q"]``).
    """
    result = kg("build", feed(folder, "first", first), *into)
    assert result.exit_code == 0, result.stderr
    corpus = list(first)
    for number, (action, doc_id, version) in enumerate(plan):
        present = [d for d, _ in corpus]
        if action == "remove":
            if doc_id not in present or len(corpus) == 1:
                continue  # nothing to remove, or nothing would be left
            result = kg("build", "--remove", doc_id, *into)
            corpus = [(d, v) for d, v in corpus if d != doc_id]
        else:
            result = kg("build", feed(folder, f"step{number}", [(doc_id, version)]), *into)
            corpus = [(d, v) for d, v in corpus if d != doc_id] + [(doc_id, version)]
        assert result.exit_code == 0, result.stderr
    return corpus
