"""The SQLite place index: villages, divisions with aliases, alternates kept honest."""

from __future__ import annotations

import pickle

import pytest

from kg.placedb import _COUNTRY_PLACES, GeoPlace, PlaceDB, place_db


@pytest.fixture(scope="module")
def db() -> PlaceDB:
    return place_db()


def first(db: PlaceDB, key: str) -> GeoPlace:
    places = db.places(key)
    assert places, key
    return places[0]


@pytest.mark.parametrize(
    ("key", "geonames", "admin1"),
    [
        ("pisochyn", 697488, "Kharkivska oblast"),
        ("sartana", 696280, "Donetska oblast"),
        ("lukiantsi", 806581, "Kharkivska oblast"),
        ("vasylkiv", 690412, "Kyivska oblast"),
        ("bucha", 711350, "Kyivska oblast"),
    ],
)
def test_villages_and_towns_are_indexed_with_their_region(
    db: PlaceDB, key: str, geonames: int, admin1: str
) -> None:
    place = first(db, key)
    assert (place.geonames, place.kind, place.country) == (geonames, "city", "UA")
    assert place.admin1_name == admin1
    assert place.lat is not None and place.long is not None


def test_old_and_foreign_spellings_are_alternates(db: PlaceDB) -> None:
    for key, name in [("kiev", "Kyiv"), ("gostomel", "Hostomel"), ("kharkov", "Kharkiv")]:
        place = first(db, key)
        assert (place.name, place.rank) == (name, 1)


def test_alternates_unlike_the_name_are_left_out(db: PlaceDB) -> None:
    # GeoNames lists translations that are ordinary words elsewhere.
    assert db.places("allah") == ()
    assert all(p.name != "Casablanca" for p in db.places("white house"))
    assert all(p.kind == "continent" for p in db.places("africa") if p.rank == 1)


def test_divisions_have_short_names_and_points(db: PlaceDB) -> None:
    dagestan = first(db, "dagestan")
    assert (dagestan.kind, dagestan.country, dagestan.geonames) == ("admin1", "RU", 567293)
    colorado = [p for p in db.places("colorado") if p.kind == "admin1"]
    assert [p.geonames for p in colorado] == [5417618]
    assert colorado[0].lat is not None
    surrey = [p for p in db.places("surrey") if p.country == "GB"]
    assert surrey and surrey[0].kind == "admin2" and surrey[0].admin1_name == "England"


def test_countries_and_continents_have_points(db: PlaceDB) -> None:
    for key in ("cuba", "ukraine", "asia", "europe"):
        place = first(db, key)
        assert place.kind in {"country", "continent"}
        assert place.lat is not None and place.long is not None


def test_the_index_crosses_process_boundaries(db: PlaceDB) -> None:
    copy = pickle.loads(pickle.dumps(db))
    assert copy.places("pisochyn") == db.places("pisochyn")
    assert copy.place(697488) == db.place(697488)


def test_unknown_names_cost_no_query(db: PlaceDB) -> None:
    assert db.places("qwxzv plorth") == ()
    assert not db.may_start_name("qwxzv")


def test_spellings_are_matched_only_against_names_with_marks(db: PlaceDB) -> None:
    # The consonants of a name from another script: only a name GeoNames writes with a
    # romanisation's marks is listed, so a country's plain names cost nothing to index.
    from kg._fold import consonants

    marked = db.spelled_alike(consonants("Hormouzgan"), "IR")
    assert marked and all(not db.place(i).name.isascii() for i in marked)  # type: ignore[union-attr]
    assert db.spelled_alike(consonants("Claremont"), "US") == ()


def test_a_country_s_places_are_found_through_an_index(db: PlaceDB) -> None:
    # Read for each country a document names (the spellings above): through an index, not
    # by reading every place of the world.
    plan = db._connection.execute(f"EXPLAIN QUERY PLAN {_COUNTRY_PLACES}", ("IR",)).fetchall()
    steps = " ".join(str(step[-1]) for step in plan)
    assert "USING INDEX places_country" in steps and "TEMP B-TREE" not in steps


def test_names_hashed_together_are_found_as_one_by_one(db: PlaceDB) -> None:
    keys = ["pisochyn", "kharkiv", "qwertyville", "", "bucha", "zzzz zzzz", "new york"]
    assert db.may_be_names(keys) == [db.may_be_name(key) for key in keys]
    assert db.may_be_names([]) == []
