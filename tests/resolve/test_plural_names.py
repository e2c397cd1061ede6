"""A one-word name in the plural that the model typed as a person: a team or a people,
never a "he", unless the text says it is someone's name, and then never a "they".

Sentences written for these tests, with the named spans given by hand as the model may
type them: "the Owlers" as a person (a club), "Lowes" alone after two people of that name
(it cannot say which, but it is one of them).
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
    assert _actors(text, [team, player], [team, he]) == ["person/owlers", "person/dale-ruark"]


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
