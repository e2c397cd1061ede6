"""A one-word name in the plural that the model typed as a person: a team or a people,
never a "he", unless the text says it is someone's name, and then never a "they"; and a
one-word name after "a" or "an", a prize or one of a family, no one.

Sentences written for these tests, with the named spans given by hand as the model may
type them: "the Owlers" as a person (a club), "Lowes" alone after two people of that name
(it cannot say which, but it is one of them), "an Ostrel" as a person (a prize).
"""

from __future__ import annotations

from resolve_fixtures import span

from kg.model import Argument, Document, Event, Extraction, Mention
from kg.resolve import resolve


def _actors(text: str, names: list[Argument], actors: list[Argument]) -> list[str | None]:
    """The entity id of each actor, each the actor of one event of its own sentence."""
    doc = Document("d", text)
    events = []
    for actor in actors:
        start = text.rfind(". ", 0, actor.start)
        start = 0 if start < 0 else start + 2
        end = text.find(".", actor.end) + 1
        evidence = Mention("d", start, end, text[start:end])
        events.append(Event("d", actor.end + 1, actor.end + 4, "do", evidence, actor=actor))
    _, resolved = resolve([Extraction(doc, tuple(events), tuple(names))])
    return [event.actor.entity if event.actor else None for event in resolved]


def test_he_is_not_a_team_the_model_named_as_a_person() -> None:
    text = "The Owlers got a fine stint out of Dale Ruark. He scored six points."
    team = span(text, "The Owlers", "PERSON")
    player = span(text, "Dale Ruark", "PERSON")
    he = span(text, "He")
    assert _actors(text, [team, player], [team, he]) == [
        "organization/owlers",
        "person/dale-ruark",
    ]


def test_a_plural_the_text_writes_after_the_is_a_body_even_in_a_headline() -> None:
    text = "Owlers edge Herons. The Owlers beat the Herons on Friday."
    headline = span(text, "Owlers", "PERSON")
    team = span(text, "Owlers", "PERSON", occurrence=1)
    assert _actors(text, [headline, team], [headline, team]) == ["organization/owlers"] * 2


def test_a_family_of_a_person_named_in_full_is_left_to_the_persons() -> None:
    text = "Ann Marlowe spoke on Monday. The Marlowes attended the gala."
    ann = span(text, "Ann Marlowe", "PERSON")
    family = span(text, "Marlowes", "PERSON")
    [found] = _actors(text, [ann, family], [family])
    assert found is None or found.startswith("person/"), found


def test_a_name_after_an_article_is_no_person() -> None:
    text = "The actress won an Ostrel in 2010. Ann Marlowe won it twice."
    prize = span(text, "Ostrel", "PERSON")
    ann = span(text, "Ann Marlowe", "PERSON")
    assert _actors(text, [prize, ann], [prize, ann]) == [None, "person/ann-marlowe"]


def test_they_is_not_one_persons_surname() -> None:
    text = (
        "Mark Lowes and his sister Debbie Lowes run a bakery. "
        "Lowes surprised the party. They had eyed the seat for years."
    )
    mark = span(text, "Mark Lowes", "PERSON")
    debbie = span(text, "Debbie Lowes", "PERSON")
    lowry = span(text, "Lowes", "PERSON", occurrence=2)
    they = span(text, "They")
    found = _actors(text, [mark, debbie, lowry], [lowry, they])
    assert found[0] is not None and found[1] is None, found
