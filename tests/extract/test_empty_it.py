"""The empty "it" of a turn of phrase acts in no event, with the real English model.

Sentences written for these tests. "When it comes to", "it turned out that", "it emerged
that" and "it took six volunteers to ..." tell of no one's act: the "it" points back to
nothing (resolution would give it the last organisation named), and what happened is the
clause or the infinitive after it, done by the people it took. An "it" that takes an
act ("what steps it will take") or comes somewhere stays.
"""

from __future__ import annotations

import pytest
from extraction_fixtures import event_named
from spacy.language import Language

from kg.extract import extract
from kg.model import Document


def _actions(nlp: Language, text: str) -> list[str]:
    return [e.action for e in extract(nlp(text), Document(id="doc", text=text)).events]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("When it comes to pay, the Harlow mill treats its staff well.", "come to"),
        ("If it comes to a strike, the dockers are ready.", "come to"),
        ("It later emerged that the barge had been carrying coal.", "emerge"),
        ("As it turned out, the ferry had never left port.", "turn out"),
        ("It turns out that the mayor had signed the lease.", "turn out"),
        ("The council will do whatever it takes to keep the library open.", "take"),
    ],
)
def test_an_empty_it_of_a_turn_of_phrase_makes_no_event(
    nlp: Language, text: str, phrase: str
) -> None:
    assert phrase not in _actions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The dockers say the Harlow mill is fair when it comes to pay.",
        "When it comes to rent, the council flats are cheap.",
    ],
)
def test_a_topic_read_as_an_infinitive_is_no_event(nlp: Language, text: str) -> None:
    # The parser reads the noun after "comes to" as a verb ("to pay"): neither the coming
    # nor the noun is an act, and the empty "it" acts in neither.
    actions = _actions(nlp, text)
    assert not {"come", "pay", "rent"} & set(actions), actions


def test_an_act_named_as_a_topic_is_not_done_by_the_empty_it(nlp: Language) -> None:
    text = "When it comes to paying its suppliers, the Harlow mill is slow."
    assert event_named(nlp, text, "pay").actor is None


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        ("It took six volunteers to clear the flooded cellar.", "clear", "volunteers"),
        ("It will take a strong coalition to pass the budget.", "pass", "a strong coalition"),
    ],
)
def test_what_it_takes_to_do_a_thing_is_who_does_it(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    assert "take" not in _actions(nlp, text)
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("It took six volunteers to clear the flooded cellar.", "clear"),
        ("It took a dozen divers to raise the sunken barge.", "raise"),
    ],
)
def test_what_it_took_people_to_do_was_done(nlp: Language, text: str, action: str) -> None:
    # As with a length of time ("it took them six hours to ..."), the act is told as done.
    assert event_named(nlp, text, action).modality == "asserted"


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # An "it" that took people somewhere is the one who took them, for a purpose.
        (
            "The coastguard said it took the crew to a hospital to treat them.",
            "treat",
            "The coastguard",
        ),
        ("The agency said it took the orphans to safety to protect them.", "protect", "The agency"),
    ],
)
def test_an_it_that_takes_people_somewhere_acts(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    assert "take" in _actions(nlp, text)
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor
    assert event.modality == "purpose"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("The union would not say what steps it will take to fight the cuts.", "take step"),
        ("The militia took control of the bridge to cut the road.", "take control of"),
    ],
)
def test_an_act_taken_stays_an_event(nlp: Language, text: str, action: str) -> None:
    assert action in _actions(nlp, text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The council of colonels shut the newspapers when it came to power in 1971.", "come to"),
        ("The barge was searched when it came to port at Tilbury.", "come"),
    ],
)
def test_an_it_that_comes_to_power_or_to_port_is_someone_or_something(
    nlp: Language, text: str, phrase: str
) -> None:
    # "come to power", "come to port": a change or an arrival, not a topic; the "it" is
    # the council or the barge, and the event stays.
    assert phrase in _actions(nlp, text)


def test_power_as_a_present_topic_stays_a_turn_of_phrase(nlp: Language) -> None:
    text = "The envoy says the general is cautious when it comes to power."
    assert "come to" not in _actions(nlp, text)


@pytest.mark.parametrize(
    ("text", "verb", "claimed"),
    [
        ("It was announced on Monday that the mayor will open the bridge.", "announce", "open"),
        ("It was later revealed that the clerk had moved to Leeds.", "reveal", "move"),
        ("It is now reported that the dockers have ended their strike.", "report", "end"),
    ],
)
def test_a_passive_it_that_holds_the_place_of_a_clause_is_no_target(
    nlp: Language, text: str, verb: str, claimed: str
) -> None:
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert not [e for e in events if e.target is not None and e.target.text.lower() == "it"]
    assert claimed in [e.action for e in events]


def test_a_passive_it_that_names_a_thing_stays_the_target(nlp: Language) -> None:
    text = "The old ferry sank in 1990. It was designed to carry two hundred cars."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    designed = next(e for e in events if e.action == "design")
    assert designed.target is not None
    assert designed.target.text in {"It", "The old ferry"}


@pytest.mark.parametrize(
    "text",
    [
        "The barge left the quay at dawn, and it snowed for the rest of the day.",
        "Harlow Mills opened its new depot, and it rained all afternoon.",
    ],
)
def test_the_it_of_the_weather_does_nothing(nlp: Language, text: str) -> None:
    # No one snows or rains: no event has the "it" (nor the barge or the firm) as its doer.
    assert not {"snow", "rain"} & set(_actions(nlp, text))


def test_a_weather_verb_with_an_object_keeps_its_doer(nlp: Language) -> None:
    text = "The agency said it would snow the inspectors under with forms."
    event = event_named(nlp, text, "snow")
    assert event.actor is not None and event.actor.text == "The agency"
