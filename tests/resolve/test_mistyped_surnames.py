"""A surname the model types as an organisation, told apart by the "he" that continues it."""

from __future__ import annotations

import pytest
from resolve_fixtures import acting, span

from kg.model import Document, Extraction
from kg.resolve import resolve


def test_a_one_word_organisation_continued_by_he_is_a_person() -> None:
    # The model types a bare surname as an organisation; the "he" that continues it in the
    # next sentence says it is a person, so "he" points back to that person.
    text = "Okafor has long doubted the harbour plan. Last spring he told a radio host so."
    doc = Document("d", text)
    okafor, he = span(text, "Okafor", "ORG"), span(text, "he")
    entities, events = resolve([Extraction(doc, (acting(doc, okafor), acting(doc, he)), (okafor,))])
    assert {e.id: e.kind for e in entities}["person/okafor"] == "person"
    assert [e.actor.entity if e.actor else None for e in events] == ["person/okafor"] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A body after an article or a preposition, or a person noun between: "he" is
        # someone else, and the organisation stays one.
        ("The Senate voted late. The chairman said he was pleased.", "Senate"),
        ("Talks with Brightwell ended. Mr. Osei said he would return.", "Brightwell"),
        ("Brightwell fired its founder on Monday, and he left the board.", "Brightwell"),
        ("Brightwell grew fast. Its chief executive, Dana Obi, said she was proud.", "Brightwell"),
        # An acronym is no surname.
        ("KVDA met on Friday. He spoke for an hour.", "KVDA"),
    ],
)
def test_an_organisation_stays_one_when_he_is_someone_else(text: str, name: str) -> None:
    mentions = [span(text, name, "ORG")]
    if "Dana Obi" in text:
        mentions.append(span(text, "Dana Obi", "PERSON"))
    entities, _ = resolve([Extraction(Document("d", text), (), tuple(mentions))])
    assert [e.kind for e in entities if e.kind == "person" and e.label == name] == []
    assert {e.label: e.kind for e in entities}.get(name, "organization") == "organization"
