"""Facilities and parts of places that no gazetteer holds are shown at the place their
name says they lie in, and the graph says the point is borrowed (sentences written for
these tests)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import kg
import kg.pipeline  # noqa: F401  (registers the kg_gazetteer factory)
from kg import rdf
from kg.gazetteer import gazetteer
from kg.model import Argument, Document, Entity, Extraction
from kg.namespace import DEFAULT_BASE, KG
from kg.resolve import resolve


@pytest.mark.parametrize(
    ("name", "countries", "place"),
    [
        ("Maracay Central Hospital", ("VE",), "Maracay"),
        ("the Kabul International Airport", (), "Kabul"),
        ("Bagram Air Base", ("AF",), "Bagrām"),
        ("London Bridge", ("GB",), "London"),
        ("Port of Odesa", (), "Odesa"),
        ("Kakhovka dam", ("UA",), "Kakhovka"),
        ("East Belfast", ("GB",), "Belfast"),
        ("western Ukraine", (), "Ukraine"),
        ("North-Eastern Syria", ("SY",), "Syria"),
    ],
)
def test_a_name_says_which_place_it_lies_in(
    name: str, countries: tuple[str, ...], place: str
) -> None:
    found = gazetteer().container(name, context_countries=countries)
    assert found is not None and found.name == place and found.lat is not None


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Oxford Street", ("GB",)),  # a street named for a town lies elsewhere
        ("Waterloo Station", ("GB",)),
        ("Hotel Ukraine", ("RU",)),
        ("Russian Embassy", ("US",)),  # an embassy is not in its own country
        ("Central Hospital", ("UG",)),  # a modifier is never the place
        ("St Mary's Hospital", ("GB",)),  # a possessive is a saint's or a person's
        ("George Washington University", ("US",)),
        ("Bagram Air Base", ("US",)),  # a village far from the story is no town of it
        ("East Coast", ("US",)),  # Kenya's Coast province is not in the story
        ("Kharkiv", ("UA",)),  # one word: nothing to take apart
    ],
)
def test_no_place_where_the_name_does_not_say_one(name: str, countries: tuple[str, ...]) -> None:
    assert gazetteer().container(name, context_countries=countries) is None


def _places(text: str) -> dict[str, Entity]:
    graph = kg.build([text])
    return {e.label: e for e in graph.entities if e.kind == "place"}


def test_a_facility_takes_its_towns_point_and_says_so() -> None:
    places = _places(
        "Two guards were hurt at Bagram Air Base north of Kabul, Afghan officials said."
    )
    base, town = places["Bagram Air Base"], places["Bagrām"]
    assert base.lat == town.lat and base.long == town.long
    assert base.located_in == town.id and base.coordinates_from == town.id
    assert base.geonames is None  # the town's GeoNames id is not the base's
    assert base.country == places["Afghanistan"].id


def test_a_street_named_for_a_town_is_not_put_in_that_town() -> None:
    places = _places("Thousands marched along Oxford Street on Saturday, police in London said.")
    assert places["Oxford Street"].lat is None
    assert places["Oxford Street"].coordinates_from is None


def test_the_words_after_a_place_may_say_where_it_is() -> None:
    places = _places("Shots were fired on Elm Street in New York City late on Friday.")
    street, city = places["Elm Street"], places["New York City"]
    assert street.coordinates_from == city.id and street.lat == city.lat
    places = _places("A bomb went off on Ardmore Road in north Belfast on Tuesday.")
    assert places["Ardmore Road"].coordinates_from == places["Belfast"].id


@pytest.mark.parametrize(("after", "placed"), [("in March", False), ("in Belfast", True)])
def test_a_month_after_in_is_no_place(after: str, placed: bool) -> None:
    # "March" is also a town in England: the month must not put the hall there.
    text = f"After a meeting at Kestrel Hall {after}, ministers spoke to reporters."
    start = text.index("Kestrel Hall")
    mention = Argument("Kestrel Hall", start, start + len("Kestrel Hall"), "FAC")
    entities, _ = resolve([Extraction(Document("d", text), (), (mention,))])
    hall = next(e for e in entities if e.label == "Kestrel Hall")
    assert (hall.coordinates_from is not None) is placed


def test_the_rdf_marks_a_borrowed_point() -> None:
    town = Entity("place/belfast", "Belfast", "place", lat=54.6, long=-5.9, geonames=2655984)
    part = Entity(
        "place/east-belfast",
        "East Belfast",
        "place",
        lat=54.6,
        long=-5.9,
        located_in=town.id,
        coordinates_from=town.id,
    )
    graph = rdf.union(rdf.to_dataset([], [town, part], []))
    pairs = {(str(s), str(o)) for s, o in graph.subject_objects(KG.coordinatesFrom)}
    assert pairs == {(f"{DEFAULT_BASE}{part.id}", f"{DEFAULT_BASE}{town.id}")}


# --- names the model typed as places that the words say are something else -----------------


def _kinds(text: str, mentions: list[tuple[str, str]]) -> dict[str, str]:
    """Resolve a document whose named mentions are given (text, NER label), as the model
    might type them, and return each entity's kind by id."""
    spans = []
    for needle, label in mentions:
        start = text.index(needle)
        spans.append(Argument(needle, start, start + len(needle), label))
    entities, _ = resolve([Extraction(Document("d", text), (), tuple(spans))])
    return {e.id: e.kind for e in entities}


def test_a_weapon_named_like_a_place_is_no_place() -> None:
    text = "Smugglers sold Zorvak missiles to armed groups in Spain."
    kinds = _kinds(text, [("Zorvak", "GPE"), ("Spain", "GPE")])
    assert not any("zorvak" in entity_id for entity_id in kinds)
    assert kinds["place/spain"] == "place"


def test_an_era_after_a_century_is_no_place() -> None:
    text = "The city walls were raised in the fifth century B.C. near the river."
    assert _kinds(text, [("B.C.", "GPE")]) == {}


def test_a_title_of_a_country_mentions_the_country() -> None:
    text = "The guests were Prince Omar, King of Jordan, and two ministers."
    kinds = _kinds(text, [("Omar", "PERSON"), ("King of Jordan", "GPE")])
    assert kinds.get("place/jordan") == "place"
    assert not any("king-of" in entity_id for entity_id in kinds)


def test_a_common_surname_alone_is_the_person_not_a_place() -> None:
    text = "The agency had hired Snowden before he flew to Hong Kong."
    kinds = _kinds(text, [("Snowden", "GPE"), ("Hong Kong", "GPE")])
    assert kinds.get("person/snowden") == "person"
    assert "place/snowden" not in kinds
    # A place word before it keeps it a place ("in Snowden"), known or not.
    text = "Floods cut roads near Snowden on Tuesday."
    assert "person/snowden" not in _kinds(text, [("Snowden", "GPE")])


def test_a_facility_of_a_town_lies_in_it() -> None:
    found = gazetteer().container("Central Hospital of Maracay", context_countries=("VE",))
    assert found is not None and found.name == "Maracay"
    assert gazetteer().container("Bridge of Sighs") is None


def test_a_division_without_a_point_is_shown_at_the_one_it_lies_in() -> None:
    text = "Gunmen attacked a checkpoint in Shah Wali Kot district, Afghan officials said."
    record = gazetteer().lookup("Shah Wali Kot", context_countries=("AF",))
    assert record is not None and record.lat is None  # GeoNames' tables give it no point
    mentions = []
    for name, label in (("Shah Wali Kot", "GPE"), ("Afghan", "NORP")):
        start = text.index(name)
        mentions.append(Argument(name, start, start + len(name), label))
    entities, _ = resolve([Extraction(Document("d", text), (), tuple(mentions))])
    by_label = {e.label: e for e in entities}
    district = by_label[record.name]
    province = next(e for e in entities if e.id == district.coordinates_from)
    assert district.lat == province.lat and district.lat is not None
    assert district.geonames == record.geonames  # its own GeoNames id stays


def test_two_countries_run_together_are_two_places() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_gazetteer")
    words = "Guests came from Qatar Saudi Arabia and Peru .".split()
    ents = ["O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "B-GPE", "O"]
    doc = nlp.get_pipe("kg_gazetteer")(Doc(nlp.vocab, words=words, ents=ents))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Qatar", "GPE"),
        ("Saudi Arabia", "GPE"),
        ("Peru", "GPE"),
    ]


def test_a_former_state_and_korea_alone_are_the_places_meant() -> None:
    g = gazetteer()
    east = g.lookup("East Pakistan")
    assert east is not None and east.name == "Bangladesh"  # not a part of Pakistan
    north = g.lookup("Korea", context_countries=("KP",))
    assert north is not None and north.name == "North Korea"
    south = g.lookup("Korea", context_countries=("KR",))
    assert south is not None and south.name == "South Korea"
    assert g.lookup("Korea", context_countries=("FR",)) is None


def test_an_acronym_before_district_is_no_district() -> None:
    text = "Voters backed the GOP again. The state GOP district chairman spoke on Friday."
    first, second = text.index("GOP"), text.index("GOP district")
    spans = (Argument("GOP", first, first + 3, "ORG"), Argument("GOP", second, second + 3, "ORG"))
    entities, _ = resolve([Extraction(Document("d", text), (), spans)])
    assert {e.id for e in entities} == {"organization/gop"}


def test_an_ordinary_word_in_a_caption_is_put_nowhere() -> None:
    text = "3/9 Shelling in Aleppo Residents search the rubble after an airstrike."
    spans = []
    for needle in ("Shelling", "Aleppo"):
        start = text.index(needle)
        spans.append(Argument(needle, start, start + len(needle), "GPE"))
    entities, _ = resolve([Extraction(Document("d", text), (), tuple(spans))])
    assert all(e.coordinates_from is None for e in entities)


def test_one_name_put_in_two_places_gets_no_point() -> None:
    first = "Protesters gathered outside the Vellmar Embassy in Kabul on Monday."
    second = "Diplomats left the Vellmar Embassy in Moscow on Friday."
    extractions = []
    for doc_id, text in (("a", first), ("b", second)):
        start = text.index("Vellmar Embassy")
        mentions = (Argument("Vellmar Embassy", start, start + 15, "FAC"),)
        extractions.append(Extraction(Document(doc_id, text), (), mentions))
    entities, _ = resolve(extractions[:1])
    assert next(e for e in entities if e.label == "Vellmar Embassy").coordinates_from
    entities, _ = resolve(extractions)
    embassy = next(e for e in entities if e.label == "Vellmar Embassy")
    assert embassy.coordinates_from is None and embassy.lat is None


def test_an_airfield_and_an_air_base_of_one_town_are_one_place() -> None:
    text = (
        "Rockets hit Bagram Airfield on Monday. Bagram Air Base was closed, Afghan officials said."
    )
    spans = []
    for needle, label in (
        ("Bagram Airfield", "FAC"),
        ("Bagram Air Base", "FAC"),
        ("Afghan", "NORP"),
    ):
        start = text.index(needle)
        spans.append(Argument(needle, start, start + len(needle), label))
    entities, _ = resolve([Extraction(Document("d", text), (), tuple(spans))])
    bases = [e for e in entities if "Bagram A" in e.label]
    assert [(e.label, e.aliases) for e in bases] == [("Bagram Air Base", ("Bagram Airfield",))]
    # Different towns' airfields stay apart.
    assert gazetteer().facility_key("Kandahar Airfield") == "Kandahar Air Base"
    assert gazetteer().facility_key("Kandahar Airport") == "Kandahar Airport"
