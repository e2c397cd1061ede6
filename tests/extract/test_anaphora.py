"""Places from another sentence: a happening told again by a definite event noun.

Sentences written for these tests. A clause without a place whose subject, own noun or
setting ("died in the attack") is "the blast", "the attack" ... takes the places of the
one earlier happening of that kind, and its places keep the earlier sentence as their
evidence; anything less certain gives no place.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Document, Event

BOMB = "A car bomb exploded in Varnel on Monday."
RAID = "Gunmen attacked a police post near Tollin on Friday."

TAKES = [
    # text, action, the place taken from the first sentence
    (f"{BOMB} The blast killed six people.", "kill", "Varnel"),
    (f"{BOMB} The blast killed six people and wounded a dozen more.", "wound", "Varnel"),
    (f"{RAID} Four officers died in the attack.", "die", "Tollin"),
    # a bombing is an attack
    (f"{BOMB} Four officers died in the attack.", "die", "Varnel"),
]

KEEPS_NONE = [
    # another happening than the one told
    f"{RAID} Another attack killed four officers.",
    f"{BOMB} A second blast killed six people.",
    # several happenings of that kind, in two places: which one is meant?
    f"{RAID} On Sunday rebels attacked a depot in Marsk. The attack killed four officers.",
    # several happenings, or one said to be another
    f"{RAID} The attacks killed four officers.",
    # taking part in it need not be where it happened
    f"{RAID} A local gang took part in the attack.",
    # no happening of that kind before
    "Police arrested two men in Varnel on Monday. Four officers died in the attack.",
]


def _events(nlp: Language, text: str) -> list[Event]:
    return list(extract(nlp(text), Document(id="doc", text=text)).events)


def _event(nlp: Language, text: str, action: str) -> Event:
    found = [e for e in _events(nlp, text) if e.action == action]
    assert found, f"no {action!r} event in {[e.action for e in _events(nlp, text)]}"
    return found[0]


@pytest.mark.parametrize(("text", "action", "place"), TAKES)
def test_a_definite_event_noun_takes_the_earlier_happenings_place(
    nlp: Language, text: str, action: str, place: str
) -> None:
    event = _event(nlp, text, action)
    assert [p.argument.text for p in event.places] == [place]
    (taken,) = event.places
    first = text[: text.index(". ") + 1]
    # Traceable: the place is read in the first sentence, and says so.
    assert taken.argument.evidence is not None
    assert taken.argument.evidence.text == first
    assert text[taken.argument.start : taken.argument.end] == place
    assert event.evidence.text != first


@pytest.mark.parametrize("text", KEEPS_NONE)
def test_no_place_is_taken_where_the_noun_may_mean_another_happening(
    nlp: Language, text: str
) -> None:
    last = text.rindex(". ", 0, len(text) - 1) + 2
    later = [event for event in _events(nlp, text) if event.start >= last]
    # The later sentence must give an event, or the test would pass on no extraction at all.
    assert later, text
    for event in later:
        assert all(p.argument.evidence is None for p in event.places), event


def test_a_place_of_its_own_is_kept(nlp: Language) -> None:
    text = f"{BOMB} The blast killed six people in Orsk."
    event = _event(nlp, text, "kill")
    assert [(p.argument.text, p.argument.evidence) for p in event.places] == [("Orsk", None)]


def test_the_happening_told_first_keeps_its_own_sentence(nlp: Language) -> None:
    text = f"{BOMB} The blast killed six people."
    event = _event(nlp, text, "explode")
    assert [(p.argument.text, p.argument.evidence) for p in event.places] == [("Varnel", None)]


def _actors(nlp: Language, text: str, action: str) -> list[tuple[str, int]]:
    return [(e.actor.text, e.part) for e in _events(nlp, text) if e.action == action and e.actor]


def test_the_pair_is_the_two_people_named_before(nlp: Language) -> None:
    text = "Ann Lee sued Tom Hart in May. The pair settled in June."
    assert _actors(nlp, text, "settle") == [("Ann Lee", 0), ("Tom Hart", 1)]
    [lee, hart] = [e for e in _events(nlp, text) if e.action == "settle"]
    # read in the sentence before: the record says where
    assert hart.actor is not None and hart.actor.evidence is not None
    assert hart.actor.evidence.text == "Ann Lee sued Tom Hart in May."
    joined = (
        "Sam Dunn is known for his work with his brother Paul. The two directed and produced a"
        " comedy."
    )
    assert _actors(nlp, joined, "produce") == [("Sam Dunn", 0), ("Paul", 1)]


def test_the_pair_stays_a_description_unless_exactly_two_people_are_named(
    nlp: Language,
) -> None:
    # three people, or one: who the pair are is not told
    three = "Ann Lee and Tom Hart met Jo Kerr in May. The pair settled in June."
    assert _actors(nlp, three, "settle") == [("The pair", 0)]
    owner = "Jim Bell met Tom Hart's wife in May. The couple settled in June."
    assert _actors(nlp, owner, "settle") == [("The couple", 0)]


def test_they_after_two_people_joined_is_each_of_them(nlp: Language) -> None:
    # No plural name for "they": the two people joined by "and" just before are who said it.
    text = "Rosa Vint and Karl Ebb left the hall early. They said the vote was rigged."
    assert _actors(nlp, text, "say") == [("Rosa Vint", 0), ("Karl Ebb", 1)]
    text = "Rosa Vint and Karl Ebb said they would sell the farm."
    assert _actors(nlp, text, "sell") == [("Rosa Vint", 0), ("Karl Ebb", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # Someone else who could be "they" stands between.
        "Rosa Vint and Karl Ebb met the farmers on Monday. They said the vote was rigged.",
        # Two people named, but not joined by "and".
        "Rosa Vint met Karl Ebb on Monday. They said the vote was rigged.",
        # A "they" inside someone's words.
        'Rosa Vint and Karl Ebb met on Monday. "They said the vote was rigged," Vint added.',
        # Three people joined.
        "Rosa Vint, Karl Ebb and Lena Oss left early. They said the vote was rigged.",
    ],
)
def test_they_stays_unless_only_two_people_joined_could_be_it(nlp: Language, text: str) -> None:
    assert [actor for actor, _ in _actors(nlp, text, "say") if actor != "Vint"] == ["They"]
