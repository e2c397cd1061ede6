"""Tests for kg.evaluate and `kg eval`, on hand-built graphs (no spaCy model)."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import (
    GoldDocument,
    GoldEntity,
    GoldEvent,
    GoldFigure,
    evaluate,
    load_gold,
)
from kg.graph import KnowledgeGraph
from kg.model import Argument, Document, Entity, Event, Figure, Mention, Place

REPO = Path(__file__).resolve().parents[1]

TEXT = (
    "Russian forces took control of the Hostomel airport on Friday, the ministry said. "
    "Kiev was shelled by Russian forces. "
    "Zelensky said about 40 tanks were destroyed near Kyiv."
)
S1, S2, S3 = (s if s.endswith(".") else s + "." for s in TEXT.split(". "))

ENTITIES = (
    Entity("group/russian-forces", "Russian forces", "group"),
    Entity("organization/russian-defence-ministry", "Russian Defence Ministry", "organization"),
    Entity("place/hostomel-airport", "Hostomel airport", "place"),
    Entity("place/kyiv", "Kyiv", "place", aliases=("Kiev",)),
    Entity("person/volodymyr-zelensky", "Volodymyr Zelensky", "person", aliases=("Zelensky",)),
)
ENTITY_IDS = {e.label: e.id for e in ENTITIES}


def arg(text: str, occurrence: int = 0, entity: str | None = None) -> Argument:
    """An argument over the n-th occurrence of ``text`` in TEXT, linked to an entity label."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Argument(text, start, start + len(text), entity=ENTITY_IDS.get(entity or "", None))


def event(trigger: str, action: str, **roles: object) -> Event:
    """An event whose trigger is the first ``trigger`` in TEXT, with its sentence as evidence."""
    start = TEXT.index(trigger)
    sentence_start = TEXT.rfind(". ", 0, start) + 2 if TEXT.rfind(". ", 0, start) >= 0 else 0
    sentence_end = TEXT.find(".", start) + 1
    evidence = Mention("d", sentence_start, sentence_end, TEXT[sentence_start:sentence_end])
    return Event(
        document="d",
        start=start,
        end=start + len(trigger),
        action=action,
        evidence=evidence,
        **roles,  # type: ignore[arg-type]
    )


def fig(text: str, value: str, unit: str | None, qualifier: str = "exact") -> Figure:
    start = TEXT.index(text)
    return Figure(text, Decimal(value), unit, qualifier, start, start + len(text))  # type: ignore[arg-type]


GOOD_EVENTS = (
    event(
        "took",
        "take control of",
        actor=arg("Russian forces", 0, "Russian forces"),
        target=arg("the Hostomel airport", entity="Hostomel airport"),
        source=arg("the ministry", entity="Russian Defence Ministry"),
    ),
    event(
        "shelled",
        "shell",
        actor=arg("Russian forces", 1, "Russian forces"),
        target=arg("Kiev", entity="Kyiv"),
    ),
    event(
        "destroyed",
        "destroy",
        target=arg("about 40 tanks"),
        places=(Place(arg("Kyiv", entity="Kyiv")),),
        figures=(fig("about 40 tanks", "40", "tank", "approximately"),),
        source=arg("Zelensky", entity="Volodymyr Zelensky"),
    ),
)

GOLD = GoldDocument(
    id="d",
    entities=(
        GoldEntity("Russian forces", "group", ("Russian troops",)),
        GoldEntity("Russian Defence Ministry", "organization", ("Russian Defense Ministry",)),
        GoldEntity("Hostomel airport", "place", ("Gostomel airport",)),
        GoldEntity("Kyiv", "place", ("Kiev",)),
        GoldEntity("Volodymyr Zelensky", "person", ("Zelensky",)),
    ),
    events=(
        GoldEvent(
            S1,
            "take control of",
            actor="Russian forces",
            target="Hostomel airport",
            source="Russian Defence Ministry",
            time="on Friday",
        ),
        GoldEvent(S2, "shell", actor="Russian forces", target="Kyiv"),
        GoldEvent(
            S3,
            "destroy",
            target="tanks",
            places=("Kyiv",),
            figures=(GoldFigure(Decimal(40), "tank", "approximately"),),
            source="Volodymyr Zelensky",
        ),
    ),
)


def graph(
    events: tuple[Event, ...] = GOOD_EVENTS, entities: tuple[Entity, ...] = ENTITIES
) -> KnowledgeGraph:
    return KnowledgeGraph(documents=(Document("d", TEXT),), entities=entities, events=events)


def replace_event(index: int, new: Event) -> tuple[Event, ...]:
    events = list(GOOD_EVENTS)
    events[index] = new
    return tuple(events)


# --------------------------------------------------------------------------- scoring


def test_perfect_graph_scores_one_everywhere() -> None:
    scores = evaluate(graph(), [GOLD])
    assert (scores.events.correct, scores.events.predicted, scores.events.gold) == (3, 3, 3)
    assert scores.events.f1 == 1.0
    assert scores.entities.f1 == 1.0
    assert scores.figures.accuracy == 1.0 and scores.figures.total == 1
    assert scores.role("actor").total == 2 and scores.role("actor").accuracy == 1.0
    assert scores.role("source").total == 2
    # The gold gives a time the graph does not have: scored, but not required.
    assert scores.role("time").accuracy == 0.0
    assert scores.misses == ()


def test_wrong_actor_aligns_but_is_not_correct() -> None:
    wrong = event(
        "shelled",
        "shell",
        actor=arg("Zelensky", entity="Volodymyr Zelensky"),
        target=arg("Kiev", entity="Kyiv"),
    )
    scores = evaluate(graph(replace_event(1, wrong)), [GOLD])
    assert scores.events.correct == 2
    assert scores.events_aligned.correct == 3
    assert scores.role("actor").correct == 1 and scores.role("actor").total == 2
    assert scores.role("target").accuracy == 1.0
    [miss] = [m for m in scores.misses if m.kind == "event-roles"]
    assert "wrong actor" in miss.detail and "Volodymyr Zelensky" in miss.detail


def test_negation_must_agree() -> None:
    negated = event(
        "shelled", "shell", actor=GOOD_EVENTS[1].actor, target=GOOD_EVENTS[1].target, negated=True
    )
    scores = evaluate(graph(replace_event(1, negated)), [GOLD])
    assert scores.events.correct == 2
    assert scores.role("negated").correct == 2


@pytest.mark.parametrize(
    ("predicted_action", "aligns"),
    [("take control", True), ("take", True), ("taking control of", True), ("seize", False)],
)
def test_action_matching_is_lenient_on_words_not_on_meaning(
    predicted_action: str, aligns: bool
) -> None:
    first = GOOD_EVENTS[0]
    changed = event(
        "took", predicted_action, actor=first.actor, target=first.target, source=first.source
    )
    scores = evaluate(graph(replace_event(0, changed)), [GOLD])
    assert scores.events_aligned.correct == (3 if aligns else 2)


def test_noun_trigger_matches_verb_action() -> None:
    gold = GoldDocument("d", events=(GoldEvent(S2, "shell", target="Kyiv"),))
    shelling = event("shelled", "shelling", target=arg("Kiev", entity="Kyiv"))
    scores = evaluate(graph((shelling,)), [gold])
    assert scores.events.correct == 1


def test_event_in_another_sentence_does_not_align() -> None:
    elsewhere = event(
        "destroyed", "shell", actor=GOOD_EVENTS[1].actor, target=GOOD_EVENTS[1].target
    )
    scores = evaluate(graph(replace_event(1, elsewhere)), [GOLD])
    assert scores.events.correct == 2
    assert [m.kind for m in scores.misses].count("event-missing") == 1
    assert [m.kind for m in scores.misses].count("event-spurious") == 1


def test_unmatched_reporting_events_are_not_false_positives() -> None:
    said = event("said", "say", actor=arg("the ministry", entity="Russian Defence Ministry"))
    fought = event("said", "fight")
    scores = evaluate(graph((*GOOD_EVENTS, said)), [GOLD])
    assert scores.events.predicted == 3
    scores = evaluate(graph((*GOOD_EVENTS, fought)), [GOLD])
    assert scores.events.predicted == 4 and scores.events.precision == 0.75


def test_role_without_entity_matches_on_words() -> None:
    # "tanks" in the gold, "about 40 tanks" in the graph with no entity behind it.
    scores = evaluate(graph(), [GOLD])
    assert scores.role("target").accuracy == 1.0
    # But two different entities never match on shared words.
    misplaced = event(
        "destroyed",
        "destroy",
        target=arg("about 40 tanks"),
        places=(Place(arg("Hostomel airport", entity="Hostomel airport")),),
        figures=GOOD_EVENTS[2].figures,
        source=GOOD_EVENTS[2].source,
    )
    scores = evaluate(graph(replace_event(2, misplaced)), [GOLD])
    assert scores.role("place").accuracy == 0.0


def test_two_nodes_for_kiev_and_kyiv_cost_precision() -> None:
    split = (
        *ENTITIES[:3],
        Entity("place/kyiv", "Kyiv", "place"),
        Entity("place/kiev", "Kiev", "place"),
        ENTITIES[4],
    )
    scores = evaluate(graph(entities=split), [GOLD])
    assert scores.entities.recall == 1.0
    assert scores.entities.predicted == 6 and scores.entities.correct == 5
    assert any(m.kind == "entity-spurious" and m.what.startswith("Kiev") for m in scores.misses)


def test_type_error_counts_against_typed_not_untyped_score() -> None:
    mistyped = (*ENTITIES[:3], Entity("person/kyiv", "Kyiv", "person"), ENTITIES[4])
    scores = evaluate(graph(entities=mistyped), [GOLD])
    assert scores.entities.correct == 4
    assert scores.entities_untyped.correct == 5
    by_kind = dict(scores.entities_by_kind)
    assert by_kind["place"].recall == 0.5 and by_kind["person"].precision == 0.5
    [miss] = [m for m in scores.misses if m.kind == "entity-kind"]
    assert miss.what == "Kyiv (place)" and "person" in miss.detail


def test_gold_entities_merge_across_documents() -> None:
    other = GoldDocument("e", entities=(GoldEntity("Kyiv", "place", ("Kyiv city",)),))
    scores = evaluate(graph(), [GOLD, other])
    assert scores.entities.gold == 5
    assert scores.missing_documents == ("e",)


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "value_ok", "unit_ok", "qualifier_ok"),
    [
        ("40", "tank", "approximately", True, True, True),
        ("40", "tanks", "exact", True, True, False),
        ("40", "vehicle", "approximately", True, False, True),
        ("4", "tank", "approximately", False, False, False),
    ],
)
def test_figure_value_unit_and_qualifier(
    value: str, unit: str, qualifier: str, value_ok: bool, unit_ok: bool, qualifier_ok: bool
) -> None:
    figure = fig("about 40 tanks", value, unit, qualifier)
    changed = event(
        "destroyed",
        "destroy",
        target=arg("about 40 tanks"),
        places=GOOD_EVENTS[2].places,
        figures=(figure,),
        source=GOOD_EVENTS[2].source,
    )
    scores = evaluate(graph(replace_event(2, changed)), [GOLD])
    assert scores.figure_values.correct == int(value_ok)
    assert scores.figures.correct == int(unit_ok)
    assert scores.figure_qualifiers.correct == int(qualifier_ok)
    assert scores.role("figure").correct == int(value_ok)


def test_fraction_in_gold_accepts_percentage_or_rounded_fraction() -> None:
    gold = GoldDocument(
        "d", events=(GoldEvent(S3, "destroy", figures=(GoldFigure(Decimal("0.333"), "tank"),)),)
    )
    for value in ("0.3333333", "33.3"):
        figure = fig("about 40 tanks", value, "tank")
        scores = evaluate(graph((event("destroyed", "destroy", figures=(figure,)),)), [gold])
        assert scores.figures.correct == 1, value


def test_unlocated_gold_sentence_is_reported() -> None:
    gold = GoldDocument("d", events=(GoldEvent("Not in the text.", "shell"),))
    scores = evaluate(graph(), [gold])
    assert scores.unlocated == ("d: Not in the text.",)
    assert scores.events.recall == 0.0


def test_scores_as_dict_is_json() -> None:
    data = json.loads(json.dumps(evaluate(graph(), [GOLD]).as_dict()))
    assert data["events"]["f1"] == 1.0
    assert set(data["roles"]) == {"actor", "target", "place", "figure", "source", "negated", "time"}


# --------------------------------------------------------------------------- gold files


def write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_load_gold_reads_every_field(tmp_path: Path) -> None:
    record = {
        "id": "d",
        "entities": [{"text": "Kyiv", "kind": "place", "aliases": ["Kiev"]}],
        "events": [
            {
                "sentence": S3,
                "action": "destroy",
                "actor": "Ukrainian troops",
                "target": "tanks",
                "place": ["Kyiv", "Brovary"],
                "source": "Volodymyr Zelensky",
                "time": "on Friday",
                "figure": {"value": 10, "unit": "drone", "qualifier": "range", "value_max": 20},
                "negated": True,
            }
        ],
    }
    [document] = load_gold(write(tmp_path, "", record))
    [gold_event] = document.events
    assert document.entities == (GoldEntity("Kyiv", "place", ("Kiev",)),)
    assert gold_event.places == ("Kyiv", "Brovary")
    assert gold_event.figures == (GoldFigure(Decimal(10), "drone", "range", Decimal(20)),)
    assert gold_event.negated is True


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ({"entities": []}, "'id'"),
        ({"id": "d", "entities": [{"text": "Kyiv", "kind": "city"}]}, "kind 'city'"),
        (
            {"id": "d", "events": [{"sentence": "x", "action": "y", "actr": "z"}]},
            "unknown field 'actr'",
        ),
        ({"id": "d", "events": [{"sentence": "x"}]}, "'action'"),
        (
            {"id": "d", "events": [{"sentence": "x", "action": "y", "figure": {"value": "many"}}]},
            "expected a number",
        ),
        ({"id": "d", "events": [{"sentence": "x", "action": "y", "negated": "no"}]}, "'negated'"),
        (
            {
                "id": "d",
                "events": [
                    {"sentence": "x", "action": "y", "figure": {"value": 1, "qualifier": "roughly"}}
                ],
            },
            "qualifier 'roughly'",
        ),
    ],
)
def test_malformed_gold_names_file_and_line(tmp_path: Path, line: object, message: str) -> None:
    path = write(tmp_path, {"id": "ok"}, line)
    with pytest.raises(InputError, match=r"gold\.jsonl:2: ") as caught:
        load_gold(path)
    assert message in str(caught.value)


def test_duplicate_document_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="already annotated"):
        load_gold(write(tmp_path, {"id": "d"}, {"id": "d"}))
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "missing.jsonl")


def test_gold_folder_reads_every_file(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a"}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b"}) + "\n")
    assert [d.id for d in load_gold(tmp_path)] == ["a", "b"]


def test_bundled_gold_covers_every_sample_article() -> None:
    from kg.inputs import read_documents

    documents = {d.id: d for d in read_documents([REPO / "data" / "articles"])}
    gold = load_gold(REPO / "data" / "gold" / "gold.jsonl")
    assert {d.id for d in gold} == set(documents)
    assert sum(len(d.events) for d in gold) >= 80
    for annotated in gold:
        text = documents[annotated.id].text
        assert annotated.events and annotated.entities
        for gold_event in annotated.events:
            assert gold_event.sentence in text, gold_event.sentence
        labels = {e.label for e in annotated.entities}
        roles = [r for e in annotated.events for r in (e.actor, e.source, *e.places) if r]
        # Every role that names a listed entity by an alias is spelled as its label.
        aliases = {a: e.label for e in annotated.entities for a in e.aliases}
        assert not [r for r in roles if r in aliases and r not in labels]


# --------------------------------------------------------------------------- CLI


def test_eval_command_prints_table_and_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    build_module = importlib.import_module("kg.building")

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "d.txt").write_text(TEXT)
    (articles / "other.txt").write_text("Not annotated.")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold_path = gold_dir / "gold.jsonl"
    gold_path.write_text(
        json.dumps(
            {
                "id": "d",
                "entities": [{"text": "Kyiv", "kind": "place", "aliases": ["Kiev"]}],
                "events": [
                    {"sentence": S2, "action": "shell", "actor": "Russian forces", "target": "Kyiv"}
                ],
            }
        )
        + "\n"
    )
    built: list[list[str]] = []

    def fake_build(documents: list[Document], **options: object) -> KnowledgeGraph:
        built.append([d.id for d in documents])
        return graph()

    monkeypatch.setattr(build_module, "build", fake_build)
    runner = CliRunner()
    result = runner.invoke(main, ["eval", str(gold_path)])
    assert result.exit_code == 0, result.output
    assert built == [["d"]]  # the articles folder beside the gold folder, annotated documents only
    assert "events" in result.output and "1.000" in result.output
    result = runner.invoke(main, ["eval", str(gold_path), str(articles), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["events"]["recall"] == 1.0
    assert data["entities"]["gold"] == 1
    result = runner.invoke(main, ["eval", str(gold_path), "--errors"])
    assert result.exit_code == 0, result.output
    # The two events outside the annotated sentence are listed as spurious.
    assert result.output.count("event-spurious") == 2


def test_eval_command_bad_gold_is_one_line_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    path = write(tmp_path, "{oops")
    result = CliRunner().invoke(main, ["eval", str(path), str(tmp_path)])
    assert result.exit_code == 1
    assert "gold.jsonl:1: not valid JSON" in result.output
