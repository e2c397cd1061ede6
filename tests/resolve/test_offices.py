"""A description with an office ("the health secretary", "the prime minister") is only a
person the text gives that same office, held now unless the description says "former", with
the real model.

Sentences written for these tests. After "Health Secretary Mark Dorran", "the health
secretary" and "the secretary" are Mark Dorran; after "Former Transport Secretary Anna
Pellow" or "Environment Secretary Anna Pellow", "the transport secretary" is nobody the text
named, and stays a description rather than perhaps the wrong person.
"""

from __future__ import annotations

import pytest
from resolve_fixtures import actor_labels

from kg.resolve._clusters import Office


@pytest.mark.parametrize(
    ("text", "action", "person"),
    [
        (
            "Health Secretary Mark Dorran visited Leeds. The health secretary said so.",
            "say",
            "Mark Dorran",
        ),
        (
            "Health Secretary Mark Dorran visited Leeds. The secretary said so.",
            "say",
            "Mark Dorran",
        ),
        (
            "Mark Dorran, the health secretary, visited Leeds. The health secretary said so.",
            "say",
            "Mark Dorran",
        ),
        # "former" in the description too: the one who held it.
        (
            "Anna Pellow, the former transport secretary, wrote this column. "
            "The former transport secretary said so.",
            "say",
            "Anna Pellow",
        ),
        # "former" and a country before a title in lower case: a former leader of Chile.
        (
            "Former Chile leader Tomas Irribarra spoke in Lima. "
            "The former Chilean leader went on the record.",
            "go on",
            "Tomas Irribarra",
        ),
        # A possessive says whose office, of a place the words do not name.
        (
            "Voters in Ohio backed the state's governor, Tom Vance. "
            "The Ohio governor thanked them.",
            "thank",
            "Tom Vance",
        ),
        # A shorter name of the same office.
        (
            "International Trade Secretary Ruth Kell met farmers. The trade secretary said so.",
            "say",
            "Ruth Kell",
        ),
        # A country's adjective or a possessive says whose office, not which.
        (
            "Polish Health Minister Hugo Laine visited Brest. The health minister said so.",
            "say",
            "Hugo Laine",
        ),
    ],
)
def test_a_description_of_the_same_office_is_its_holder(
    text: str, action: str, person: str
) -> None:
    assert actor_labels(text, action) == [person]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # Held once: the transport secretary now is someone else.
        (
            "Former Transport Secretary Anna Pellow wrote this column. "
            "The Transport Secretary insists that the roads are safe.",
            "insist",
        ),
        (
            "Ex-transport secretary Anna Pellow wrote this column. The Secretary said so.",
            "say",
        ),
        # Another office with the same title word.
        (
            "Environment Secretary Anna Pellow wrote this column. "
            "The Transport Secretary insists that the roads are safe.",
            "insist",
        ),
        # A place the description names and the office does not: which senator is unsaid.
        (
            "State Sen. Ralph Orwin opened the rally in Concord. "
            "The Vermont senator stuck to his message.",
            "stick to",
        ),
        # A lesser office: the deputy is not the prime minister.
        (
            "Deputy Prime Minister Hugo Laine visited Brest. The prime minister said so.",
            "say",
        ),
    ],
)
def test_a_description_of_another_office_or_a_former_one_stays_a_description(
    text: str, action: str
) -> None:
    assert actor_labels(text, action) == [None]


def test_an_office_answers_a_description_of_the_same_office_held_as_it_says() -> None:
    health = Office("secretary", ("health",))
    assert health.answers(Office("secretary", ("health",)))
    assert health.answers(Office("secretary"))
    assert health.answers(Office("secretary", ("embattled", "health")))
    assert Office("secretary", ("international", "trade")).answers(Office("secretary", ("trade",)))
    assert Office("representative").answers(Office("representative", ("four-term",)))
    assert not health.answers(Office("secretary", ("trade",)))
    assert not health.answers(Office("secretary", ("embattled",)))
    assert not health.answers(Office("secretary", ("health",), former=True))
    assert not Office("secretary", ("health",), former=True).answers(Office("secretary"))
    assert not Office("minister", ("deputy",)).answers(Office("minister"))
    vermont = Office("senator", ("vermont",), places=frozenset({"vermont"}))
    assert vermont.answers(Office("senator"))
    assert not Office("senator").answers(vermont)
