"""`kg build --out` refuses more text than it can hold in memory, naming --store.

A build into --out renders every file before writing any, the whole graph in
memory, so its memory grows with the text (kg/_budget.py). More text than the
budget is refused with one sentence and exit 1: before the model loads when the
input's text files show it, else before the document that passes it is parsed;
the folder's earlier files are untouched either way. The budget is lowered here
so that small texts pass it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg import _budget
from kg.cli import main
from kg.errors import InputError
from kg.model import Document

PARAGRAPH = (
    "The harbour authority closed two piers on Tuesday after a crane collapsed, "
    "a spokeswoman said. Inspectors from the port company arrived in the afternoon.\n\n"
)
EARLIER = b"an earlier build's graph\n"


def kg(*args: str | os.PathLike[str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> int:
    limit = len(PARAGRAPH) * 10
    monkeypatch.setattr(_budget, "OUT_TEXT_LIMIT", limit)
    return limit


@pytest.fixture
def earlier_out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(EARLIER)
    return out


def untouched(out: Path) -> bool:
    return [p.name for p in out.iterdir()] == ["graph.ttl"] and (
        out / "graph.ttl"
    ).read_bytes() == EARLIER


def test_a_long_text_file_is_refused_before_any_work(
    tmp_path: Path, small_budget: int, earlier_out: Path
) -> None:
    story = tmp_path / "long.txt"
    story.write_text(PARAGRAPH * 11, encoding="utf-8")
    result = kg("build", story, "--out", earlier_out, "--model", "no_such_model_installed")
    # Refused before the model is looked for: a missing model would say so.
    assert result.exit_code == 1, result.output
    message = result.output.strip()
    assert message.startswith("kg: error: the input holds") and message.count("\n") == 0
    assert "--store" in message and "Traceback" not in message
    assert untouched(earlier_out)


def test_text_files_in_a_folder_count_together(
    tmp_path: Path, small_budget: int, earlier_out: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(3):
        (folder / f"story{i}.txt").write_text(PARAGRAPH * 4, encoding="utf-8")
    result = kg("build", folder, "--out", earlier_out, "--model", "no_such_model_installed")
    assert result.exit_code == 1 and "--store" in result.output, result.output
    assert untouched(earlier_out)


def test_store_files_of_too_much_text_are_refused_before_the_store_is_made(
    tmp_path: Path, small_budget: int, earlier_out: Path
) -> None:
    story = tmp_path / "long.txt"
    story.write_text(PARAGRAPH * 11, encoding="utf-8")
    store = tmp_path / "store"
    result = kg("build", story, "--store", store, "--out", earlier_out)
    assert result.exit_code == 1 and "leave out --out" in result.output, result.output
    assert not store.exists()
    assert untouched(earlier_out)


def test_text_read_from_json_lines_is_refused_before_it_is_parsed(
    tmp_path: Path, small_budget: int, earlier_out: Path, nlp: object
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "short", "text": PARAGRAPH}, {"id": "long", "text": PARAGRAPH * 10}]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = kg("build", corpus, "--out", earlier_out, "-j", "1")
    assert result.exit_code == 1, result.output
    assert "document 'long' brings the text read to" in result.output
    assert "--store" in result.output and "Traceback" not in result.output
    assert (earlier_out / "graph.ttl").read_bytes() == EARLIER
    assert not (earlier_out / "graph.trig").exists()


def test_standard_input_counts_as_it_is_read(
    tmp_path: Path, small_budget: int, earlier_out: Path
) -> None:
    result = kg("build", "-", "--out", earlier_out, "-j", "2", stdin=PARAGRAPH * 11)
    assert result.exit_code == 1 and "--store" in result.output, result.output
    assert (earlier_out / "graph.ttl").read_bytes() == EARLIER


def test_text_under_the_budget_is_handed_on_whole() -> None:
    documents = [Document(id=str(i), text="é" * 10) for i in range(3)]
    assert list(_budget.within_limit(documents, limit=60)) == documents
    with pytest.raises(InputError, match="document '2'"):
        list(_budget.within_limit(documents, limit=59))  # 20 bytes each in UTF-8


def test_max_text_raises_the_budget_for_one_build(
    tmp_path: Path, small_budget: int, earlier_out: Path, nlp: object
) -> None:
    story = tmp_path / "long.txt"
    story.write_text(PARAGRAPH * 11, encoding="utf-8")
    # The refusal names the way past it; given, the same build runs.
    refused = kg("build", story, "--out", earlier_out, "-q")
    assert refused.exit_code == 1 and "--max-text" in refused.output, refused.output
    megabytes = str(len(PARAGRAPH) * 12 / 1_000_000)
    result = kg("build", story, "--out", earlier_out, "-q", "-j", "1", "--max-text", megabytes)
    assert result.exit_code == 0, result.output
    assert (earlier_out / "graph.trig").exists()
