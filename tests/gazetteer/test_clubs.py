"""Clubs, companies and people named like places: the words around a name decide."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import kg
import kg.pipeline  # noqa: F401  (registers the kg_gazetteer factory)
from kg.gazetteer import gazetteer, named_for_place, sport_sentence


def _at(text: str, name: str, nth: int = 0) -> tuple[str, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Barcelona beat Real Madrid 2-1 on Sunday.", "Barcelona", "club"),
        ("Barcelona beat Real Madrid 2-1 on Sunday.", "Real Madrid", "club"),
        ("Leeds were thrashed after losing to Norwich in the cup.", "Norwich", "club"),
        ("Porto striker Mehdi Taremi scored twice.", "Porto", "club"),
        ("Lyon's coach was sacked after the derby.", "Lyon", "club"),
        ("Glasgow drew 1-1 with Aberdeen.", "Glasgow", "club"),
        ("Lille won 3-0 at home.", "Lille", "club"),
        ("They scored late against Marseille in the league.", "Marseille", "club"),
        ("Denver went 3-for-15 from three-point range after the break.", "Denver", "club"),
        ("Toyota shares fell 3 percent in Tokyo.", "Toyota", "company"),
        ("Nokia recalled 40,000 phones after a battery fault.", "Nokia", "company"),
        ("Investors sold shares of Toyota on Friday.", "Toyota", "company"),
        # The place itself, in a sentence about sport or business or not
        ("The match in Barcelona drew 90,000 fans.", "Barcelona", None),
        ("Fans travelled from Madrid to Lisbon for the final.", "Madrid", None),
        ("Police beat protesters in Barcelona on Sunday.", "Barcelona", None),
        ("Kyiv recalled its ambassador on Friday.", "Kyiv", None),
        ("Between 10-12 people were hurt in Aleppo.", "Aleppo", None),
        ("The mayor of Barcelona said the city would host the summit.", "Barcelona", None),
        ("London won the bid to host the Olympic Games.", "London", None),
        ("The coach went to Denver for the draft.", "Denver", None),
        ("Toyota City officials said the factory would reopen.", "Toyota", None),
        # What only people do or have
        ("Chelsea smiled at the jury.", "Chelsea", "person"),
        ("Lincoln's widow moved to Chicago.", "Lincoln", "person"),
        ("Chelsea, 24, denied the charge.", "Chelsea", "person"),
        ("A Boston mother of three was hurt.", "Boston", None),
        ("Toyota's lawyers filed the appeal.", "Toyota", None),
    ],
)
def test_the_words_around_a_name_say_club_or_company(
    text: str, name: str, expected: str | None
) -> None:
    assert named_for_place(*_at(text, name)) == expected


def test_a_sentence_about_sport_has_a_score_a_result_or_a_word_of_sport() -> None:
    assert sport_sentence(*_at("Stoke City won 2-0.", "Stoke City"))
    assert sport_sentence(*_at("Stoke City face relegation.", "Stoke City"))
    assert not sport_sentence(*_at("Kansas City officials met on Monday.", "Kansas City"))
    assert not sport_sentence(*_at("It was 2014-15 in Kansas City.", "Kansas City"))


def test_club_names_are_a_place_and_a_club_word() -> None:
    g = gazetteer()
    assert g.club_name("Real Madrid", sport=False)
    assert g.club_name("Manchester United", sport=False)
    assert g.club_name("Dynamo Kyiv", sport=False)
    assert g.club_name("Stoke City", sport=True)
    assert not g.club_name("Stoke City", sport=False)
    # Places and other names that end or start with such a word
    assert not g.club_name("Kansas City", sport=True)
    assert not g.club_name("United States", sport=True)
    assert not g.club_name("Real", sport=True)


def test_a_title_before_a_name_keeps_it_a_person() -> None:
    g = gazetteer()
    text = "Senator Warren said Austin and Lincoln would vote."
    assert g.trusted("Warren", context_countries=("US",), text=text, start=8, end=14) is None
    lincoln = text.index("Lincoln")
    text2 = "President Lincoln signed it in Washington."
    assert g.trusted("Lincoln", context_countries=("US",), text=text2, start=10, end=17) is None
    assert lincoln > 0
    # A place word is not a title: "the mayor of Lincoln" is the city
    text3 = "The mayor of Lincoln, Nebraska, said so."
    found = g.trusted("Lincoln", context_countries=("US",), text=text3, start=13, end=20)
    assert found is not None and found.country == "US"


# --- the component on hand-built docs --------------------------------------------------------


@pytest.fixture(scope="module")
def blank() -> Iterator[Language]:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_gazetteer")
    yield nlp


def fixed(nlp: Language, words: list[str], ents: list[str]) -> list[tuple[str, str]]:
    doc = Doc(nlp.vocab, words=words, ents=ents)
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_component_keeps_clubs_organisations_and_trims_the_score(blank: Language) -> None:
    words = "Barcelona beat Real Madrid 2 - 1 on Sunday .".split()
    ents = ["B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-DATE", "O"]
    assert fixed(blank, words, ents) == [
        ("Barcelona", "ORG"),
        ("Real Madrid", "ORG"),
        ("Sunday", "DATE"),
    ]
    words = "Manchester United signed a striker from Norwich .".split()
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O"]
    assert fixed(blank, words, ents) == [("Manchester United", "ORG"), ("Norwich", "GPE")]


def test_component_still_makes_places_of_place_names(blank: Language) -> None:
    words = "Fans from Barcelona travelled to Madrid for the final .".split()
    ents = ["O", "O", "B-ORG", "O", "O", "B-PERSON", "O", "O", "O", "O"]
    assert fixed(blank, words, ents) == [("Barcelona", "GPE"), ("Madrid", "GPE")]


# --- the whole build -------------------------------------------------------------------------


def _entities(text: str) -> dict[str, tuple[str, float | None]]:
    graph = kg.build([text])
    return {e.label: (e.kind, e.lat) for e in graph.entities}


def test_a_result_gives_two_clubs_and_no_place() -> None:
    found = _entities("Barcelona beat Real Madrid 2-1 on Sunday.")
    assert found["Barcelona"] == ("organization", None)
    assert found["Real Madrid"] == ("organization", None)
    assert not any(kind == "place" for kind, _ in found.values())


def test_a_company_named_after_a_city_is_no_place() -> None:
    found = _entities("Toyota recalled a million cars after a brake fault.")
    assert found["Toyota"] == ("organization", None)


def test_the_city_in_the_same_words_stays_a_place() -> None:
    found = _entities("The mayor of Barcelona said the city would host the summit.")
    kind, lat = found["Barcelona"]
    assert kind == "place" and lat is not None


def test_a_senator_named_like_a_church_is_a_person() -> None:
    found = _entities("Senator Frank Church of Idaho led the inquiry into the CIA.")
    assert found["Frank Church"][0] == "person"


def test_cctv_is_a_thing_not_an_organisation(blank: Language) -> None:
    words = "Police issued a photo from CCTV showing the man .".split()
    ents = ["O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"]
    assert fixed(blank, words, ents) == []


def test_component_makes_a_person_of_a_place_name_that_smiles(blank: Language) -> None:
    words = "Chelsea smiled as Lincoln 's widow wept in Chicago .".split()
    ents = ["B-GPE", "O", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O"]
    assert fixed(blank, words, ents) == [
        ("Chelsea", "PERSON"),
        ("Lincoln", "PERSON"),
        ("Chicago", "GPE"),
    ]


def test_a_names_sentence_is_the_one_the_windows_scans_find() -> None:
    # _sentence reads the text's sentence ends once; it must give what scanning the
    # 300 characters either side gives, where a sentence end ('.', '!' or '?', a closing
    # quote or bracket, then a space; or a line break) runs over a window's edge too.
    import random

    from kg.gazetteer import _sentence, _sentence_in_window

    pieces = [".", "!", "?", '"', "\u201d", ")", "'", " ", "\n", "\t", "a", "b", "c d"]
    chooser = random.Random(7)
    for _ in range(150):
        weights = [chooser.random() for _ in pieces]
        text = "".join(chooser.choices(pieces, weights=weights, k=chooser.choice([0, 9, 700])))
        for _ in range(80):
            start = chooser.randrange(len(text) + 1)
            end = chooser.randrange(start, min(len(text), start + 20) + 1)
            assert _sentence(text, start, end) == _sentence_in_window(text, start, end)
    text = "Rovers won 2-1.\nFans sang in Leeds! Then Stoke City lost. " * 20
    start = text.index("Stoke City", 400)
    assert _sentence(text, start, start + 10) == _sentence_in_window(text, start, start + 10)
