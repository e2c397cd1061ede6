"""A town's name before a capitalised plural is a club, however the model typed it; places
whose own names end so stay places."""

from __future__ import annotations

from kg.model import Argument, Document, Event, Extraction, Mention
from kg.resolve import resolve


def _kinds(text: str, names: list[tuple[str, str]]) -> dict[str, str]:
    spans = []
    for name, label in names:
        at = text.index(name)
        spans.append(Argument(name, at, at + len(name), label))
    event = Event(
        document="d",
        start=0,
        end=3,
        action="do",
        evidence=Mention("d", 0, len(text), text),
        actor=spans[0],
    )
    entities, _ = resolve([Extraction(Document("d", text), (event,), tuple(spans))])
    return {e.label: e.kind for e in entities}


def test_a_town_and_a_plural_typed_as_a_facility_is_a_club() -> None:
    text = "The Leeds Otters beat the Denver Herons in the final."
    kinds = _kinds(text, [("Leeds Otters", "FAC"), ("Denver Herons", "GPE")])
    assert kinds["Leeds Otters"] == "organization"
    assert kinds["Denver Herons"] == "organization"


def test_places_whose_names_end_in_a_plural_stay_places() -> None:
    text = "They drove from Sioux Falls to the Golan Heights and on to South Wales."
    kinds = _kinds(text, [("Sioux Falls", "GPE"), ("Golan Heights", "GPE"), ("South Wales", "GPE")])
    assert all(kind == "place" for kind in kinds.values()), kinds
