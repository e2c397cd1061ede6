"""A surname the model left unnamed is the one person the document names in full with it."""

from __future__ import annotations

import pytest
from resolve_fixtures import acting, actor_labels, span

from kg.model import Document, Extraction
from kg.resolve import resolve


@pytest.mark.parametrize(
    ("text", "action", "person"),
    [
        # Surnames that are also common words, which the model does not read as names
        # where they open a sentence.
        (
            "Marta Page opened a bakery in Leeds in May. Page baked bread all night.",
            "bake",
            "Marta Page",
        ),
        ("Lena Day won the race in Oslo. Day thanked her coach.", "thank", "Lena Day"),
    ],
)
def test_a_bare_surname_is_the_person_named_in_full(text: str, action: str, person: str) -> None:
    assert actor_labels(text, action) == [person]


def actors(text: str, named: list[tuple[str, str]], bare: str, occurrence: int) -> list[str | None]:
    """The entity of each actor: the named spans (as the model typed them), then ``bare``
    at its ``occurrence``-th place, as the model left it, with no label."""
    doc = Document("d", text)
    mentions = tuple(span(text, name, label) for name, label in named)
    loose = span(text, bare, "", occurrence)
    events = tuple(acting(doc, m) for m in mentions) + (acting(doc, loose),)
    _, resolved = resolve([Extraction(doc, events, mentions)])
    return [e.actor.entity if e.actor else None for e in resolved]


def test_a_title_before_the_surname_is_read_off() -> None:
    text = "Dov Orlan chairs the board. Mr. Orlan resigned."
    assert actors(text, [("Dov Orlan", "PERSON")], "Mr. Orlan", 0) == ["person/dov-orlan"] * 2


def test_two_people_with_the_surname_leave_it_alone() -> None:
    text = "Lena Page met Omar Page at noon. Page left early."
    got = actors(text, [("Lena Page", "PERSON"), ("Omar Page", "PERSON")], "Page", 2)
    assert got[-1] is None


def test_a_headline_read_as_a_person_lends_no_surname() -> None:
    # "Leadership" ends a headline the model typed as a person; the word opening a
    # sentence later is no one.
    text = "Senator Says Waiting Was A Sign Of Leadership. Leadership means choosing."
    got = actors(text, [("A Sign Of Leadership", "PERSON")], "Leadership", 1)
    assert got[-1] is None
