"""A generation's description ("the younger Roe", "the elder Roe") is the one of the family
the text says is of that generation, else no one (not the one full name with the surname)."""

from __future__ import annotations

import pytest
from resolve_fixtures import acting, span

from kg.model import Document, Extraction
from kg.resolve import resolve


def generation_actor(text: str, names: list[str], called: str) -> str | None:
    """The entity of ``called`` as the actor of an event, the full ``names`` (people)
    named in the text."""
    doc = Document("d", text)
    mentions = tuple(span(text, name, "PERSON") for name in names)
    description = span(text, called, "PERSON")
    events = tuple(acting(doc, m) for m in mentions) + (acting(doc, description),)
    _, resolved = resolve([Extraction(doc, events, mentions)])
    actor = resolved[-1].actor
    return actor.entity if actor else None


@pytest.mark.parametrize(
    ("text", "names", "called", "person"),
    [
        # A relative's word before the name, and the other of the two.
        (
            "Ted Morrow stepped down to make room for his son, Gil Morrow. "
            "The younger Morrow won the seat.",
            ["Ted Morrow", "Gil Morrow"],
            "The younger Morrow",
            "person/gil-morrow",
        ),
        (
            "Ted Morrow stepped down to make room for his son, Gil Morrow. "
            "The elder Morrow retired to Spain.",
            ["Ted Morrow", "Gil Morrow"],
            "The elder Morrow",
            "person/ted-morrow",
        ),
        # A relative's word after the name, and a title before the surname.
        (
            "Gil Morrow thanked Ted Morrow, his father, at the rally. The elder Mr. Morrow wept.",
            ["Gil Morrow", "Ted Morrow"],
            "The elder Mr. Morrow",
            "person/ted-morrow",
        ),
        # The generation in the name itself.
        (
            "Ed Varga Jr. spoke at the rally. Ed Varga built the firm. The younger Varga waved.",
            ["Ed Varga Jr.", "Ed Varga"],
            "The younger Varga",
            "person/ed-varga-jr",
        ),
    ],
)
def test_the_generation_the_text_gives(
    text: str, names: list[str], called: str, person: str
) -> None:
    assert generation_actor(text, names, called) == person


@pytest.mark.parametrize(
    ("text", "names", "called"),
    [
        # One full name: the elder may be a brother the text names by no full name.
        (
            "Ivo Brandt beat Tom Hale in Riga. The elder Brandt will fight in May.",
            ["Ivo Brandt", "Tom Hale"],
            "The elder Brandt",
        ),
        # Two full names and nothing said of either.
        (
            "Ivo Brandt met Ula Brandt in Riga. The younger Brandt left first.",
            ["Ivo Brandt", "Ula Brandt"],
            "The younger Brandt",
        ),
    ],
)
def test_no_generation_told_is_no_one(text: str, names: list[str], called: str) -> None:
    assert generation_actor(text, names, called) is None
