"""A country's name that is also another country's state, and small towns named once
anywhere: the places a document names decide (issue 15, "every Place with coordinates")."""

from __future__ import annotations

from resolve_fixtures import entities_of

from kg.gazetteer import gazetteer


def test_a_state_that_shares_a_countrys_name_follows_the_places_inside_it() -> None:
    g = gazetteer()
    american = g.context_countries([("Atlanta", "GPE"), ("Georgia", "GPE")])
    assert american[:1] == ("US",) and "GE" not in american
    caucasian = g.context_countries([("Georgia", "GPE"), ("Tbilisi", "GPE")])
    assert caucasian[:1] == ("GE",)
    # Nothing else named: the country, as before.
    assert g.context_countries([("Georgia", "GPE")]) == ("GE",)


def test_the_only_place_of_a_name_anywhere_is_that_place() -> None:
    g = gazetteer()
    millom = g.sole_place("Millom")
    assert millom is not None and millom.country == "GB" and millom.lat is not None
    assert g.sole_place("Donetsk") is None  # two cities of that name
    assert g.sole_place("Putin") is None


def _places(text: str, names: list[tuple[str, str]]) -> dict[str, tuple[str | None, float | None]]:
    return {e.id: (e.country, e.lat) for e in entities_of(text, names) if e.kind == "place"}


def test_a_small_town_after_in_gets_its_point_far_from_the_storys_countries() -> None:
    places = _places("She bought a cottage in Millom last spring.", [("Millom", "GPE")])
    assert places["place/millom-gb"][1] is not None


def test_a_state_named_with_a_city_inside_it_is_the_state() -> None:
    text = "A judge in Atlanta said Georgia law was clear."
    places = _places(text, [("Atlanta", "GPE"), ("Georgia", "GPE")])
    assert "place/georgia-us" in places and "place/georgia" not in places


def test_oceans_canals_and_lakes_have_a_point() -> None:
    g = gazetteer()
    for written, name in [
        ("the Indian Ocean", "Indian Ocean"),
        ("Pacific Ocean", "Pacific Ocean"),
        ("the Suez Canal", "Suez Canal"),
        ("Lake Victoria", "Lake Victoria"),
    ]:
        record = g.lookup(written)
        assert record is not None and record.name == name, written
        assert record.label == "LOC" and record.lat is not None
    # A state keeps its name: only "Mississippi River" is the river.
    mississippi = g.lookup("Mississippi")
    assert mississippi is not None and mississippi.kind == "admin1"
