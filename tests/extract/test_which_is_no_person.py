"""A relative "which" the parser hung on a person stands for something else, with the
real English model: the organisation the person is of, or the noun whose "of" or
"between" names the person; a "who" hung on a place or a thing stands for the person whose
phrase it ends, or the one person whose title's "of" it was hung on. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest
from extraction_fixtures import event_named
from spacy.language import Language

CASES = [
    # text, action, actor
    (
        "Voters mourned the death of dictator Tomas Varga, which kindled hopes of reform.",
        "kindle",
        "the death of dictator Tomas Varga",
    ),
    (
        "Critics recalled the rift between the president and Mrs. Clinton, which first emerged"
        " in their 2008 contest.",
        "emerge",
        "the rift",
    ),
    ("The leader of Hamas, which controls Gaza, spoke on Friday.", "control", "Hamas"),
    # "who" is a person's: the name stays.
    (
        "Voters mourned the death of dictator Tomas Varga, who ruled for twenty years.",
        "rule",
        "dictator Tomas Varga",
    ),
    # A "who" the parser hung on a place or a thing at the end of a person's phrase is the
    # person's.
    ("A nurse from Dover, who treated the divers, spoke on Monday.", "treat", "A nurse"),
    ("Farmers in the valley who lost their herds asked for aid.", "lose", "Farmers"),
    # A "who" the parser hung on the body or place of a person's title is the person's.
    (
        "The mayor of the harbour town, who took office in May, cut the port fees.",
        "take",
        "The mayor of the harbour town",
    ),
    (
        "The chairman of the rowing club, who joined the board in 2004, resigned.",
        "join",
        "The chairman of the rowing club",
    ),
    # Not an organisation: "the Rovers, who won the cup" won it.
    ("Fans of the Rovers, who won the cup, sang all night.", "win", "the Rovers"),
]


@pytest.mark.parametrize(("text", "action", "actor"), CASES)
def test_which_after_a_person(nlp: Language, text: str, action: str, actor: str) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


def test_a_place_in_a_compound_preposition_is_no_antecedent(nlp: Language) -> None:
    # "in front of" names no thing "which" could be; the name stays as the parse gave it.
    text = "The chants were loud in front of the Stonewall Inn, which the mayor visited on Friday."
    event = event_named(nlp, text, "visit")
    assert event.target is not None and event.target.text == "the Stonewall Inn"
