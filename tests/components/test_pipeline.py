"""Loading the spaCy pipeline: kg's components, and a missing model."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from spacy.language import Language

from kg.cli import main
from kg.errors import ModelError
from kg.pipeline import load_pipeline


def test_the_pipeline_has_kg_components_in_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("kg_line_breaks") < names.index("parser")
    assert names.index("ner") < names.index("kg_gazetteer")


def test_only_senter_and_the_two_components_token_rules_replaces_are_disabled(
    nlp: Language,
) -> None:
    # The parser sets sentence starts, so the model's own senter stays off.
    assert set(nlp.disabled) == {"senter", "attribute_ruler", "lemmatizer"}


def test_line_breaks_start_sentences(nlp: Language) -> None:
    doc = nlp("Kharkiv shelled again\n\nRussian forces shelled Kharkiv on Monday.")
    assert [s.text.strip() for s in doc.sents][:2] == [
        "Kharkiv shelled again",
        "Russian forces shelled Kharkiv on Monday.",
    ]


def test_a_missing_model_is_one_error_with_the_fix() -> None:
    with pytest.raises(
        ModelError, match=r"not installed; install it with: pip install no-such-model"
    ):
        load_pipeline("no_such_model")


def test_the_cli_reports_a_missing_model_in_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text("Russian forces shelled Kharkiv.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", str(article), "--model", "no_such_model", "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert "pip install no-such-model" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "o" / "graph.ttl").exists()
