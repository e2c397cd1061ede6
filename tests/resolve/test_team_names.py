"""A town's name before a capitalised plural is a club, however the model typed it; places
whose own names end so stay places."""

from __future__ import annotations

from resolve_fixtures import entities_of


def _kinds(text: str, names: list[tuple[str, str]]) -> dict[str, str]:
    return {e.label: e.kind for e in entities_of(text, names)}


def test_a_town_and_a_plural_typed_as_a_facility_is_a_club() -> None:
    text = "The Leeds Otters beat the Denver Herons in the final."
    kinds = _kinds(text, [("Leeds Otters", "FAC"), ("Denver Herons", "GPE")])
    assert kinds["Leeds Otters"] == "organization"
    assert kinds["Denver Herons"] == "organization"


def test_places_whose_names_end_in_a_plural_stay_places() -> None:
    text = "They drove from Sioux Falls to the Golan Heights and on to South Wales."
    kinds = _kinds(text, [("Sioux Falls", "GPE"), ("Golan Heights", "GPE"), ("South Wales", "GPE")])
    assert all(kind == "place" for kind in kinds.values()), kinds
