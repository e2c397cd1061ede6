"""The real-news scorer's rules on hand-made events (no model, no ../shared data)."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

from kg.graph import KnowledgeGraph
from kg.model import Argument, Entity, Event, Figure, Mention

REPO = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


realnews = _load("realnews")
scorer = _load("eval_realnews")

TEXT = "The ministry said he seized the airport. Officials say Kyiv may fall."
SENTENCE = Mention("d", 0, 40, TEXT[:40])
SECOND = Mention("d", 41, len(TEXT), TEXT[41:])
GRAPH = KnowledgeGraph(
    entities=(
        Entity("person/ivan-petrov", "Ivan Petrov", "person", aliases=("Petrov",)),
        Entity("place/kyiv", "Kyiv", "place", aliases=("Kiev",)),
    )
)
NAMES = scorer.Names(GRAPH)


def span(text: str, refers_to: str | None = None, occurrence: int = 0) -> object:
    start = TEXT.index(text, occurrence)
    return realnews.GoldSpan(text, start, start + len(text), refers_to)


def argument(text: str, entity: str | None = None) -> Argument:
    start = TEXT.index(text)
    return Argument(text, start, start + len(text), entity=entity)


def event(trigger: str, action: str, mention: Mention = SENTENCE, **roles: object) -> Event:
    start = TEXT.index(trigger)
    return Event("d", start, start + len(trigger), action, mention, **roles)  # type: ignore[arg-type]


def test_a_pronoun_with_an_antecedent_needs_the_antecedent() -> None:
    gold = span("he", refers_to="Ivan Petrov")
    assert not scorer.role_matches(gold, argument("he"), NAMES)
    assert scorer.role_matches(gold, argument("he", "person/ivan-petrov"), NAMES)


def test_names_aliases_and_head_words_match() -> None:
    assert scorer.role_matches(span("Kyiv"), argument("Kyiv", "place/kyiv"), NAMES)
    # Overlapping spans that share the head word: "airport" in "the airport".
    assert scorer.role_matches(span("the airport"), argument("airport"), NAMES)
    assert not scorer.role_matches(span("the airport"), argument("The ministry"), NAMES)
    assert not scorer.role_matches(span("the airport"), None, NAMES)


def test_alignment_prefers_overlap_then_same_sentence_and_action() -> None:
    seized = realnews.GoldEvent(span("seized"), "seize", "asserted")
    fall = realnews.GoldEvent(span("fall"), "fall", "possible")
    predicted = [
        event("said", "say"),
        event("the airport", "seize"),  # same sentence, same action, no overlap
        event("fall", "fall", SECOND),
    ]
    assert scorer.align([seized, fall], predicted) == {0: 1, 1: 2}
    # An event of another sentence never aligns without overlap.
    assert scorer.align([seized], [event("fall", "seize", SECOND)]) == {}


def test_a_light_verb_aligns_with_kg_event_noun_in_its_target() -> None:
    # Gold: *carry out*, target "raids"; kg reads the noun as the event itself.
    text = "Officials said troops carried out raids. Raids may follow."
    sentence = Mention("d", 0, 40, text[:40])
    at = text.index("raids")
    trigger = realnews.GoldSpan("carried out", text.index("carried"), text.index(" raids"))
    target = realnews.GoldSpan("raids", at, at + 5)
    gold = realnews.GoldEvent(trigger, "carry out", "asserted", target=target)
    raid = Event("d", at, at + 5, "raid", sentence)
    assert scorer.align([gold], [raid]) == {0: 0}
    assert scorer.role_result("target", gold, raid, GRAPH, NAMES) == (True, 0, 0)
    # Not for an action that is no light verb, nor for an event outside the target.
    other = realnews.GoldEvent(trigger, "report", "asserted", target=target)
    assert scorer.align([other], [raid]) == {}
    later = text.index("Raids")
    outside = Event("d", later, later + 5, "raid", Mention("d", 41, len(text), text[41:]))
    assert scorer.align([gold], [outside]) == {}


def test_kg_modality_maps_old_words_and_keeps_unknown_ones_apart() -> None:
    assert scorer.kg_modality(event("fall", "fall", SECOND, modality="may")) == "possible"
    assert scorer.kg_modality(event("fall", "fall", SECOND, negated=True)) == "negated"
    assert scorer.kg_modality(event("fall", "fall", SECOND, modality="future")) == "future"
    assert scorer.kg_modality(event("fall", "fall", SECOND, modality="hope")) == "other"


def test_units_agree_on_the_last_word_or_a_word_of_kg_unit() -> None:
    assert scorer.units_agree("person", "people")
    assert scorer.units_agree("dollar", "dollar per hour")
    assert not scorer.units_agree("person", "other")
    figure = Figure("3 people", Decimal(3), "people", "exact", 0, 8)
    assert scorer.units_agree("person", figure.unit)
