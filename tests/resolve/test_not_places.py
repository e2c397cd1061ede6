"""Names the model types as places that the words around them make something else (a ship,
a film, a person, a company), and places news writes in forms the gazetteer cannot hold
(a state's postal abbreviation, a country's demonym, a compass word)."""

from __future__ import annotations

from resolve_fixtures import entities_of
from spacy.language import Language

from kg.extract import extract
from kg.model import Document, Entity
from kg.resolve import resolve


def _entities(text: str, names: list[tuple[str, str, int]]) -> dict[str, Entity]:
    """Entities by label, resolved from ``(span text, label, occurrence)``: the span is the
    ``occurrence``-th (0: first) place of the text in ``text``."""
    return {e.label: e for e in entities_of(text, names)}


def _places(entities: dict[str, Entity]) -> set[str]:
    return {label for label, e in entities.items() if e.kind == "place"}


def test_a_ship_named_after_a_town_is_no_place() -> None:
    text = (
        "The frigate INS Mysore chased the skiffs near Aden. Mysore then fired warning "
        "shots, and the cruiser Kolkata joined it; a Delhi-class destroyer stood by."
    )
    entities = _entities(
        text,
        [
            ("INS Mysore", "PERSON", 0),
            ("Aden", "GPE", 0),
            ("Mysore", "GPE", 1),
            ("Kolkata", "GPE", 0),
            ("Delhi", "GPE", 0),
        ],
    )
    places = _places(entities)
    assert "Aden" in places
    assert not places & {"Mysore", "Kolkata", "Delhi", "INS Mysore"}, places


def test_a_town_named_where_the_document_also_names_a_ship_stays_a_place() -> None:
    text = "The crew of INS Mysore were welcomed back in Mysore on Friday."
    entities = _entities(text, [("INS Mysore", "ORG", 0), ("Mysore", "GPE", 1)])
    assert "Mysore" in _places(entities)
    assert entities["Mysore"].lat is not None


def test_a_quoted_title_is_no_place() -> None:
    text = 'She will star in "Harbour Lights," the sequel. Harbour Lights opens in May.'
    entities = _entities(text, [("Harbour Lights", "LOC", 0), ("Harbour Lights", "LOC", 1)])
    assert "Harbour Lights" not in _places(entities), entities


def test_the_first_word_of_a_person_or_company_is_no_town() -> None:
    text = (
        "Tara Quell checked into a clinic, and Summit Pictures said filming would wait. "
        "Tara is resting, said a Summit spokesman."
    )
    entities = _entities(
        text,
        [
            ("Tara Quell", "PERSON", 0),
            ("Summit Pictures", "ORG", 0),
            ("Tara", "GPE", 1),
            ("Summit", "GPE", 1),
        ],
    )
    assert not _places(entities) & {"Tara", "Summit"}, entities


def test_a_town_the_document_puts_a_body_in_stays_a_town() -> None:
    text = (
        "Corvallis Police Department officers said the bank in Corvallis was closed. "
        "Corvallis is calm."
    )
    entities = _entities(
        text,
        [
            ("Corvallis Police Department", "ORG", 0),
            ("Corvallis", "GPE", 1),
            ("Corvallis", "GPE", 2),
        ],
    )
    assert "Corvallis" in _places(entities)


def test_a_state_abbreviation_after_a_town_is_the_state() -> None:
    text = "The guard, a native of Peoria, Ill., was hired in Macon, Ga., last year."
    entities = _entities(text, [("Peoria", "GPE", 0), ("Ill.", "GPE", 0), ("Ga.", "GPE", 0)])
    assert {"Illinois", "Georgia"} <= _places(entities), entities
    assert entities["Georgia"].country == "place/united-states"


def test_a_demonym_names_its_country_not_a_region_of_that_name() -> None:
    text = "Somali fishermen said the skiffs came from the Ethiopian coast."
    entities = _entities(text, [("Somali", "NORP", 0), ("Ethiopian", "NORP", 0)])
    assert "Somalia" in _places(entities), entities


def test_a_compass_word_alone_gets_no_division_of_another_country() -> None:
    text = "The vote is a test for the West, and Western diplomats in Ashgabat said so."
    entities = _entities(text, [("West", "LOC", 0), ("Western", "NORP", 0), ("Ashgabat", "GPE", 0)])
    west = entities.get("West")
    assert west is None or west.lat is None, west
    assert "Western" not in _places(entities)


def test_dashes_and_a_count_run_into_a_name_come_off() -> None:
    text = "Seats by region: Lebap province - 28, and the rest in the capital."
    entities = _entities(text, [("Lebap province - 28", "GPE", 0)])
    assert "Lebap" in _places(entities), entities
    assert entities["Lebap"].lat is not None


def test_a_place_and_a_lower_case_noun_name_the_place() -> None:
    text = "Tremors shook Qeshm island and a quiet Ashgabat street; Mary province voted."
    entities = _entities(
        text,
        [("Qeshm island", "GPE", 0), ("Ashgabat street", "GPE", 0), ("Mary province", "GPE", 0)],
    )
    places = _places(entities)
    assert {"Qeshm", "Ashgabat", "Mary"} <= places, places
    assert all(entities[name].lat is not None for name in ("Qeshm", "Ashgabat", "Mary"))


def test_an_acronym_that_spells_a_town_is_no_town() -> None:
    text = "A SWAT unit was sent to the warehouse in Denver."
    entities = _entities(text, [("SWAT", "ORG", 0), ("Denver", "GPE", 0)])
    assert "Swat" not in _places(entities), entities


def test_an_ordinary_word_is_no_village_unless_the_text_pins_it() -> None:
    text = "The bill angered many in Congress, Senator Roe said in Phoenix."
    entities = _entities(text, [("Congress", "GPE", 0), ("Phoenix", "GPE", 0)])
    assert "Congress" not in _places(entities), entities
    pinned = "The store in Congress, Arizona, closed early."
    assert "Congress" in _places(_entities(pinned, [("Congress", "GPE", 0)]))


def test_an_ordinary_word_names_no_town_abroad_nor_a_county_by_its_short_form() -> None:
    text = "Police Commissioner Jane Roe said Valley dairy farmers in Boise lost money."
    entities = _entities(text, [("Police", "GPE", 0), ("Valley", "LOC", 0), ("Boise", "GPE", 0)])
    places = _places(entities)
    assert "Boise" in places
    assert not places & {"Police", "Valley County"}, places


def test_a_state_abbreviation_after_a_word_village_pins_it() -> None:
    text = "The boat was built in Hull, Mass., and sailed from Boston."
    entities = _entities(text, [("Hull", "GPE", 0), ("Boston", "GPE", 0)])
    assert "Hull" in _places(entities), entities
    loose = "The hull was built of oak, said Ned Roe of Boston. Hull damage was slight."
    assert "Hull" not in _places(_entities(loose, [("Hull", "GPE", 0), ("Boston", "GPE", 0)]))


def test_a_town_is_the_one_in_the_state_the_document_names() -> None:
    text = "A barn burned in Palmer overnight, and the Alaska fire marshal is looking into it."
    entities = _entities(text, [("Palmer", "GPE", 0), ("Alaska", "GPE", 0)])
    palmer = entities["Palmer"]
    assert palmer.lat is not None and palmer.lat > 55, palmer  # not Palmer, Massachusetts
    far = "Tourists flocked to Paris, and a Texas congressman joined them."
    paris = _entities(far, [("Paris", "GPE", 0), ("Texas", "GPE", 0)])["Paris"]
    assert paris.country == "place/france", paris
    # A state written right after the town has chosen it already.
    pinned = "The plant moved from Palmer, Mass., to a new site near Anchorage, Alaska."
    names = [
        ("Palmer", "GPE", 0),
        ("Mass.", "GPE", 0),
        ("Anchorage", "GPE", 0),
        ("Alaska", "GPE", 0),
    ]
    moved = _entities(pinned, names)["Palmer"]
    assert moved.lat is not None and moved.lat < 50, moved  # Palmer, Massachusetts


def test_a_word_town_in_a_story_that_names_no_country_keeps_its_place() -> None:
    # No country named: nothing says the town lies abroad ("Flint" is a word in WordNet).
    text = "The water in Flint turned brown after the city changed its supply to the river."
    flint = _entities(text, [("Flint", "GPE", 0)])["Flint"]
    assert flint.kind == "place" and flint.lat is not None, flint


def test_an_abbreviation_after_a_town_is_the_state_before_a_village_of_that_name() -> None:
    text = "The plant in Danville, Pa., closed on Friday."
    entities = _entities(text, [("Pa.", "GPE", 0), ("Danville", "GPE", 0)])
    assert "Pennsylvania" in _places(entities), entities


def test_a_person_named_like_a_ship_of_the_document_stays_a_person() -> None:
    text = "Sailors of USS Okafor cheered. Later Okafor told reporters the budget was fine."
    entities = _entities(text, [("Okafor", "PERSON", 1)])
    assert entities["Okafor"].kind == "person", entities


def test_a_town_keeps_its_place_beside_a_body_named_for_a_bay_or_a_paper() -> None:
    text = (
        "Corvallis Bay Trust volunteers cleared the shore on Sunday. Corvallis officials "
        "thanked them. The Petaluma Gazette printed their names, and Petaluma residents "
        "cheered."
    )
    entities = _entities(
        text,
        [
            ("Corvallis Bay Trust", "ORG", 0),
            ("Corvallis", "GPE", 1),
            ("Petaluma Gazette", "ORG", 0),
            ("Petaluma", "GPE", 1),
        ],
    )
    places = _places(entities)
    assert {"Corvallis", "Petaluma"} <= places, entities
    assert entities["Corvallis"].lat is not None


def test_a_town_first_known_as_a_place_keeps_it_beside_a_company_of_its_name() -> None:
    text = "Juneau Holdings said profits fell. Juneau officials said the port was busy."
    entities = _entities(text, [("Juneau Holdings", "ORG", 0), ("Juneau", "GPE", 1)])
    assert "Juneau" in _places(entities), entities


def test_a_town_with_island_or_city_after_it_is_the_town() -> None:
    text = "The quake shook Qeshm Island, and two houses fell in Qeshm City."
    entities = _entities(text, [("Qeshm Island", "LOC", 0), ("Qeshm City", "GPE", 0)])
    assert "Qeshm" in _places(entities), entities
    assert entities["Qeshm"].lat is not None


def test_a_nickname_after_a_place_word_is_the_place_and_elsewhere_nothing() -> None:
    text = "The visitors had never won in Indy before. Indy ran the ball all night."
    entities = _entities(text, [("Indy", "GPE", 0), ("Indy", "GPE", 1)])
    assert "Indianapolis" in _places(entities), entities
    # The nickname is no name of the place: the team's "Indy" elsewhere must not join it.
    assert "Indy" not in entities["Indianapolis"].aliases
    alone = _entities("Indy ran the ball all night.", [("Indy", "GPE", 0)])
    assert "Indianapolis" not in _places(alone), alone


def test_a_place_the_document_shows_to_be_a_person_is_no_place(nlp: Language) -> None:
    # The model tags the bare surname a place; the document names the person in full.
    text = (
        "Tom Kessel's team lost on Sunday. Ruiz hit a jumper over his rival in Kessel in "
        "the third quarter."
    )
    extraction = extract(nlp(text), Document(id="d", text=text))
    _, events = resolve([extraction])
    hit = next(e for e in events if e.action == "hit")
    assert not hit.places


def test_a_name_the_gazetteer_does_not_know_that_speaks_is_a_body() -> None:
    # A company typed a place: it speaks for itself, here or elsewhere in the text.
    text = (
        "Zorbitex itself has stated that shortages will last all year. "
        "Shops sell few cards from Zorbitex."
    )
    entities = _entities(text, [("Zorbitex", "GPE", 0), ("Zorbitex", "GPE", 1)])
    assert entities["Zorbitex"].kind == "organization"


def test_a_known_place_that_speaks_stays_a_place() -> None:
    text = "Moscow said the talks would go on. The envoy flew to Moscow."
    entities = _entities(text, [("Moscow", "GPE", 0), ("Moscow", "GPE", 1)])
    assert entities["Moscow"].kind == "place"


def test_a_name_before_a_verb_of_saying_is_found_as_the_search_finds_it() -> None:
    # The places a verb of saying follows are read once per text; each name is then looked
    # up there, with the answer of the search over the whole text it replaces.
    import random
    import re
    from types import SimpleNamespace

    from kg.resolve._names import _SAYS_AFTER, _said_after

    rng = random.Random(7)
    words = [
        "Zorbitex", "Acme Co", "Acme", "cme", "Co", "X", "é", "Ørsk", "_", "(", ")", "-", ".",
        "'s", '"', "itself", "also", "has", "had", "have", "said", "says", "stated", "told",
        "warns", "sayings", "Said", "1", "B.C.",
    ]  # fmt: skip
    gaps = [" ", " ", " ", "", "  ", "\n", "\t", "\u00a0"]
    names = ["Zorbitex", "Acme Co", "Acme", "cme", "Co", "X", "é", "B.C.", "(Acme", "Acme itself"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 12)))
        state = SimpleNamespace(text=text, said_after=None)
        for name in names:
            expected = re.search(rf"\b{re.escape(name)}{_SAYS_AFTER}", text) is not None
            assert _said_after(name, state) == expected, (text, name)  # type: ignore[arg-type]
            found += expected
    assert found > 500  # the texts hold hundreds of names that speak, and more that do not
