"""Places get coordinates wherever the shipped GeoNames data or the supplement has them."""

from __future__ import annotations

import pytest

from kg.gazetteer import gazetteer


def test_a_country_without_division_points_is_shown_at_its_capital() -> None:
    gibraltar = gazetteer().lookup("Gibraltar")
    assert gibraltar is not None and gibraltar.kind == "country"
    assert gibraltar.lat == pytest.approx(36.14, abs=0.1)
    monaco = gazetteer().lookup("Monaco")
    assert monaco is not None and monaco.lat is not None


@pytest.mark.parametrize("written", ["Deir el-Zour", "Deir el - zour", "Deir al-Zour"])
def test_the_arabic_article_may_be_written_many_ways(written: str) -> None:
    record = gazetteer().lookup(written)
    assert record is not None and record.name == "Deir ez-Zor" and record.lat is not None


def test_an_unknown_name_with_an_article_is_still_unknown() -> None:
    assert gazetteer().lookup("al Nowhereville") is None


@pytest.mark.parametrize("written", ["St Eustatius", "St. Eustatius", "Saint Eustatius"])
def test_a_saint_s_word_may_be_written_many_ways(written: str) -> None:
    record = gazetteer().lookup(written)
    assert record is not None and record.name == "Sint Eustatius"
    assert gazetteer().is_name(written)


def test_a_saint_s_country_spelled_otherwise_beats_a_village_of_the_name() -> None:
    # "St Lucia" is also a South African village's own name; the country is meant.
    record = gazetteer().lookup("St Lucia")
    assert record is not None and record.kind == "country" and record.name == "Saint Lucia"


def test_a_saint_s_name_matched_as_written_is_not_respelled() -> None:
    # GeoNames also has a Saint Paul in Antigua, a division that would outrank the city.
    record = gazetteer().lookup("St Paul")
    assert record is not None and record.country == "US"
    assert gazetteer().lookup("St Nowhereville") is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Kerch Strait", "Kerch Strait"),
        ("the Caribbean Sea", "Caribbean"),
        ("the Andes Mountains", "Andes"),
        ("Mesopotamia", "Mesopotamia"),
        ("North-West Frontier Province", "Khyber Pakhtunkhwa"),
    ],
)
def test_seas_mountains_and_regions_news_names_have_points(written: str, name: str) -> None:
    record = gazetteer().lookup(written)
    assert record is not None and record.name == name and record.lat is not None


@pytest.mark.parametrize(
    ("written", "name"), [("the Arctic", "Arctic"), ("the Baltics", "Baltic states")]
)
def test_parts_of_the_world_news_names_have_points(written: str, name: str) -> None:
    record = gazetteer().lookup(written)
    assert record is not None and record.name == name and record.lat is not None
