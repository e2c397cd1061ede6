"""Entity resolution on hand-built extractions: no spaCy model involved."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.model import Argument, Document, Entity, Event, Extraction, Mention, Place
from kg.resolve import EntityIndex, resolve, slug
from kg.resolve._text import lexicon


def span(text: str, needle: str, label: str = "", nth: int = 0) -> Argument:
    """The ``nth`` whole-word occurrence of ``needle`` in ``text`` as an Argument."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text))
    match = matches[nth]
    return Argument(needle, match.start(), match.end(), label)


def event(doc: Document, actor: Argument | None = None, **roles: object) -> Event:
    anchor = actor or roles.get("target") or roles.get("source")
    assert isinstance(anchor, Argument)
    return Event(
        document=doc.id,
        start=anchor.start,
        end=anchor.end,
        action="do",
        evidence=Mention(doc.id, 0, len(doc.text), doc.text),
        actor=actor,
        **roles,  # type: ignore[arg-type]
    )


def extraction(
    doc_id: str,
    text: str,
    mentions: list[tuple[str, str] | tuple[str, str, int]],
    actors: list[tuple[str, str] | tuple[str, str, int]] = (),  # type: ignore[assignment]
) -> Extraction:
    """A document with named mentions and one event per actor span."""
    doc = Document(doc_id, text)
    named = tuple(span(text, *m) for m in mentions)
    events = tuple(event(doc, span(text, *a)) for a in actors)
    return Extraction(doc, events, named)


def by_id(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    return {e.id: e for e in entities}


def actor_ids(events: tuple[Event, ...]) -> list[str | None]:
    return [e.actor.entity if e.actor else None for e in events]


# --- slugs ------------------------------------------------------------------------------


def test_slug_is_ascii_lowercase_hyphenated() -> None:
    assert slug("Kharkiv Oblast") == "kharkiv-oblast"
    assert slug("Al-Jazeera") == "al-jazeera"
    assert slug("Zaporižžja  (Nuclear)") == "zaporizzja-nuclear"


def test_slug_of_non_latin_names_is_stable_distinct_and_ascii() -> None:
    kyiv, kharkiv = slug("Київ"), slug("Харків")
    assert kyiv == slug("Київ") and kyiv != kharkiv
    assert kyiv and kyiv.isascii() and kyiv == kyiv.lower()
    assert slug("Putin Путин").startswith("putin-")


# --- people --------------------------------------------------------------------------


def test_surname_joins_full_name_in_document() -> None:
    text = "Russian President Vladimir Putin spoke on Friday. Putin said the talks failed."
    ext = extraction(
        "d1",
        text,
        [("Vladimir Putin", "PERSON"), ("Putin", "PERSON", 1)],
        actors=[("Putin", "PERSON", 1)],
    )
    entities, events = resolve([ext])
    putin = by_id(entities)["person/vladimir-putin"]
    assert putin.label == "Vladimir Putin"
    assert putin.aliases == ("Putin",)
    assert putin.mentions == 2
    assert putin.roles == ("president",)
    assert putin.country == "place/russia"
    assert actor_ids(events) == ["person/vladimir-putin"]
    assert "person/putin" not in by_id(entities)


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_surname_joins_full_name_across_documents_in_any_order(order: tuple[int, int]) -> None:
    first = extraction("a", "Putin warned the West.", [("Putin", "PERSON")], [("Putin", "PERSON")])
    second = extraction(
        "b",
        "Vladimir Putin met envoys.",
        [("Vladimir Putin", "PERSON")],
        [("Vladimir Putin", "PERSON")],
    )
    docs = [first, second]
    entities, events = resolve([docs[i] for i in order])
    people = [e for e in entities if e.kind == "person"]
    assert [p.id for p in people] == ["person/vladimir-putin"]
    assert people[0].mentions == 2
    assert set(actor_ids(events)) == {"person/vladimir-putin"}


@pytest.mark.parametrize("together", [True, False])
def test_a_royal_known_by_first_name_joins_no_commoners_full_name(together: bool) -> None:
    # Princes, queens, popes and sheikhs go by their first name alone: "Prince Edmund"
    # is not the "Edmund Harrow" of a list of members, in the same document or another.
    royal = "Prince Edmund opened the bridge. Edmund later toured the port."
    member = "Edmund Harrow voted against the bill."
    if together:
        text = f"{royal} {member}"
        docs = [
            extraction(
                "a",
                text,
                [("Prince Edmund", "PERSON"), ("Edmund", "PERSON", 1), ("Edmund Harrow", "PERSON")],
                [("Prince Edmund", "PERSON"), ("Edmund Harrow", "PERSON")],
            )
        ]
    else:
        docs = [
            extraction("a", royal, [("Prince Edmund", "PERSON")], [("Prince Edmund", "PERSON")]),
            extraction("b", member, [("Edmund Harrow", "PERSON")], [("Edmund Harrow", "PERSON")]),
        ]
    entities, events = resolve(docs)
    people = by_id(entities)
    assert "person/edmund" in people and people["person/edmund"].roles == ("prince",)
    assert people["person/edmund-harrow"].roles == ()
    assert actor_ids(events) == ["person/edmund", "person/edmund-harrow"]
    if together:  # the bare "Edmund" after "Prince Edmund" is the prince
        assert people["person/edmund"].mentions == 2


@pytest.mark.parametrize("together", [True, False])
def test_a_royal_known_by_first_name_joins_a_royals_full_name(together: bool) -> None:
    # "Crown Prince Edmund Karl", then "Prince Edmund": one prince, in the same document
    # or across documents (only a commoner's full name is out of reach).
    full, short = "Crown Prince Edmund Karl opened the bridge.", "Prince Edmund toured the port."
    if together:
        text = f"{full} {short}"
        mentions = [("Crown Prince Edmund Karl", "PERSON"), ("Prince Edmund", "PERSON")]
        docs = [extraction("a", text, mentions, mentions)]
    else:
        docs = [
            extraction(
                "a",
                full,
                [("Crown Prince Edmund Karl", "PERSON")],
                [("Crown Prince Edmund Karl", "PERSON")],
            ),
            extraction("b", short, [("Prince Edmund", "PERSON")], [("Prince Edmund", "PERSON")]),
        ]
    entities, events = resolve(docs)
    assert set(actor_ids(events)) == {"person/edmund-karl"}


def test_a_first_name_alone_still_joins_the_one_full_name_it_begins() -> None:
    # Without a royal title, the first name of the corpus' one full name is that person
    # (the brothers of "Tamerlan and Dzhokhar Tsarnaev").
    first = extraction(
        "a", "Tamerlan drove the car.", [("Tamerlan", "PERSON")], [("Tamerlan", "PERSON")]
    )
    second = extraction(
        "b",
        "Tamerlan Tsarnaev died.",
        [("Tamerlan Tsarnaev", "PERSON")],
        [("Tamerlan Tsarnaev", "PERSON")],
    )
    entities, events = resolve([first, second])
    assert set(actor_ids(events)) == {"person/tamerlan-tsarnaev"}


def test_title_comes_off_the_name_inside_an_argument() -> None:
    text = "Russian President Vladimir Putin urges the army to hold the line."
    doc = Document("d", text)
    actor = Argument("Russian President Vladimir Putin", 0, 32, "PERSON")
    ext = Extraction(doc, (event(doc, actor),), (span(text, "Vladimir Putin", "PERSON"),))
    entities, events = resolve([ext])
    assert events[0].actor is not None
    assert events[0].actor.entity == "person/vladimir-putin"
    assert by_id(entities)["person/vladimir-putin"].roles == ("president",)
    # The argument and the name inside it are one mention.
    assert by_id(entities)["person/vladimir-putin"].mentions == 1


def test_mayor_of_kyiv_is_a_role_and_kyiv_a_place() -> None:
    text = "The mayor of Kyiv Oleh Marchenko said the trams would run again on Monday."
    doc = Document("d", text)
    actor = Argument("The mayor of Kyiv Oleh Marchenko", 0, 32, "PERSON")
    mentions = (span(text, "Kyiv", "GPE"), span(text, "Oleh Marchenko", "PERSON"))
    entities, events = resolve([Extraction(doc, (event(doc, actor),), mentions)])
    marchenko = by_id(entities)["person/oleh-marchenko"]
    assert marchenko.roles == ("mayor",)
    assert marchenko.country == "place/ukraine"  # the mayor of a Ukrainian city
    assert events[0].actor is not None and events[0].actor.entity == marchenko.id
    assert by_id(entities)["place/kyiv"].geonames == 703448


def test_place_glued_to_a_person_span_is_dropped_from_the_name() -> None:
    # What the stock model gives without kg_gazetteer: one PERSON span.
    text = "The mayor of Kyiv Oleh Marchenko spoke."
    ext = extraction("d", text, [("Kyiv Oleh Marchenko", "PERSON")])
    entities, _ = resolve([ext])
    marchenko = by_id(entities)["person/oleh-marchenko"]
    assert marchenko.label == "Oleh Marchenko"
    assert marchenko.roles == ("mayor",)


def test_a_place_after_of_is_no_part_of_a_persons_name() -> None:
    # The event's actor span holds "of Honduras", the model's own spans keep them apart:
    # the man is Tomas Ilva, and "Honduras" stays the country (not his "surname").
    text = "Police detained Tomas Ilva of Honduras on Monday."
    named = [("Tomas Ilva", "PERSON"), ("Honduras", "GPE")]
    ext = extraction("d", text, named, [("Tomas Ilva of Honduras", "PERSON")])
    entities, events = resolve([ext])
    found = by_id(entities)
    assert set(found) == {"person/tomas-ilva", "place/honduras"}
    assert actor_ids(events) == ["person/tomas-ilva"]


# --- organisations -------------------------------------------------------------------


def test_al_jazeera_spellings_merge() -> None:
    text = "Al-Jazeera reported shelling. Al Jazeera later confirmed it."
    ext = extraction("d", text, [("Al-Jazeera", "ORG"), ("Al Jazeera", "ORG")])
    entities, _ = resolve([ext])
    orgs = [e for e in entities if e.kind == "organization"]
    assert [(o.id, o.label, o.aliases, o.mentions) for o in orgs] == [
        ("organization/al-jazeera", "Al Jazeera", ("Al-Jazeera",), 2)
    ]


def test_defence_ministry_variants_merge_into_one_organisation() -> None:
    forms = [
        "the Russian Defense Ministry",
        "Russian Ministry of Defence",
        "Russia's defence ministry",
        "the Ministry of Defense of Russia",
    ]
    extractions = [
        extraction(f"d{i}", f"On Friday {form} said so.", [(form, "ORG")], [(form, "ORG")])
        for i, form in enumerate(forms)
    ]
    entities, events = resolve(extractions)
    orgs = [e for e in entities if e.kind == "organization"]
    assert len(orgs) == 1
    ministry = orgs[0]
    assert ministry.id == "organization/russian-ministry-of-defence"
    assert ministry.label == "Russian Ministry of Defence"
    assert ministry.country == "place/russia"
    assert ministry.mentions == 4
    assert set(actor_ids(events)) == {ministry.id}


def test_ministries_of_different_countries_stay_apart() -> None:
    text = "The Ukrainian Defense Ministry and the British Ministry of Defence disagreed."
    ext = extraction(
        "d", text, [("Ukrainian Defense Ministry", "ORG"), ("British Ministry of Defence", "ORG")]
    )
    entities, _ = resolve([ext])
    assert {e.id for e in entities if e.kind == "organization"} == {
        "organization/ukrainian-ministry-of-defence",
        "organization/british-ministry-of-defence",
    }


def test_pentagon_and_us_department_of_defense_merge() -> None:
    text = (
        "A senior official at the US Department of Defense (Pentagon) spoke; the Pentagon agreed."
    )
    ext = extraction(
        "d",
        text,
        [("US Department of Defense", "ORG"), ("Pentagon", "ORG"), ("the Pentagon", "ORG")],
    )
    entities, _ = resolve([ext])
    orgs = [e for e in entities if e.kind == "organization"]
    assert len(orgs) == 1
    assert orgs[0].label == "United States Department of Defense"
    assert orgs[0].mentions == 3
    assert "Pentagon" in orgs[0].aliases


def test_determiners_are_stripped_from_labels_and_aliases() -> None:
    text = "The Kremlin denied it. The Ukrainian Air Force said otherwise."
    ext = extraction("d", text, [("The Kremlin", "ORG"), ("The Ukrainian Air Force", "ORG")])
    entities, _ = resolve([ext])
    labels = {e.label for e in entities if e.kind == "organization"}
    assert labels == {"Kremlin", "Ukrainian Air Force"}
    assert all(not a.lower().startswith("the ") for e in entities for a in e.aliases)


# --- places ------------------------------------------------------------------------------


def test_kiev_and_kyiv_are_one_geocoded_place() -> None:
    text = "Fighting reached Kiev. Kyiv was shelled again."
    ext = extraction("d", text, [("Kiev", "GPE"), ("Kyiv", "GPE")])
    entities, _ = resolve([ext])
    kyiv = by_id(entities)["place/kyiv"]
    assert kyiv.label == "Kyiv"
    assert kyiv.aliases == ("Kiev",)
    assert kyiv.mentions == 2
    assert kyiv.geonames == 703448
    assert kyiv.lat == pytest.approx(50.45, abs=0.1)
    assert kyiv.long == pytest.approx(30.52, abs=0.1)
    assert kyiv.country == "place/ukraine"
    assert by_id(entities)["place/ukraine"].kind == "place"


def test_alternate_spellings_resolve_to_current_names() -> None:
    text = "Strikes hit Gostomel, Lugansk, Kharkov and the Donbass region."
    ext = extraction(
        "d",
        text,
        [("Gostomel", "GPE"), ("Lugansk", "GPE"), ("Kharkov", "GPE"), ("Donbass", "GPE")],
    )
    entities, _ = resolve([ext])
    labels = {e.label for e in entities if e.kind == "place" and e.mentions}
    assert labels == {"Hostomel", "Luhansk", "Kharkiv", "Donbas"}


def test_region_after_a_city_name_picks_the_oblast() -> None:
    text = "Ukraine said the Donetsk and Lugansk regions were shelled; Donetsk itself was quiet."
    ext = extraction(
        "d",
        text,
        [("Ukraine", "GPE"), ("Donetsk", "GPE"), ("Lugansk", "GPE"), ("Donetsk", "GPE", 1)],
    )
    entities, _ = resolve([ext])
    ids = by_id(entities)
    assert ids["place/donetsk-oblast"].geonames == 709716
    assert ids["place/luhansk-oblast"].geonames == 702657
    assert ids["place/donetsk"].geonames == 709717  # the Ukrainian city, not the Russian town


def test_known_place_tagged_person_or_org_becomes_a_place() -> None:
    text = "Ukraine said troops held Kherson and Mariupol."
    ext = extraction("d", text, [("Ukraine", "GPE"), ("Kherson", "PERSON"), ("Mariupol", "ORG")])
    entities, _ = resolve([ext])
    assert {e.id for e in entities if e.kind == "place"} >= {"place/kherson", "place/mariupol"}
    assert not [e for e in entities if e.kind in {"person", "organization"}]


# --- groups ---------------------------------------------------------------------------------


def test_demonym_groups_link_to_their_country() -> None:
    text = (
        "Russian forces advanced. The Ukrainian army held. The Ukrainian armed forces "
        "counterattacked while the separatists waited and the Russians regrouped."
    )
    ext = extraction(
        "d",
        text,
        [("Russians", "NORP")],
        actors=[
            ("Russian forces", "NORP"),
            ("The Ukrainian army", "NORP"),
            ("The Ukrainian armed forces", "NORP"),
            ("the separatists", ""),
            ("Russians", "NORP"),
        ],
    )
    entities, events = resolve([ext])
    assert actor_ids(events) == [
        "group/russian-forces",
        "group/ukrainian-forces",
        "group/ukrainian-forces",
        "group/separatists",
        "group/russians",
    ]
    groups = by_id(entities)
    assert groups["group/russian-forces"].country == "place/russia"
    assert groups["group/ukrainian-forces"].country == "place/ukraine"
    assert groups["group/ukrainian-forces"].kind == "group"
    assert set(groups["group/ukrainian-forces"].aliases) == {
        "Ukrainian army",
        "Ukrainian armed forces",
    }
    assert groups["place/russia"].kind == "place"


# --- coreference -----------------------------------------------------------------------------


def test_pronouns_point_to_the_nearest_compatible_actor() -> None:
    text = (
        "The Russian Defense Ministry said its forces had taken the airport. "
        "It added that they had lost no one. Putin said he was pleased."
    )
    ext = extraction(
        "d",
        text,
        [("Russian Defense Ministry", "ORG"), ("Putin", "PERSON")],
        actors=[
            ("The Russian Defense Ministry", "ORG"),
            ("its forces", ""),
            ("It", ""),
            ("they", ""),
            ("he", ""),
        ],
    )
    _, events = resolve([ext])
    assert actor_ids(events) == [
        "organization/russian-ministry-of-defence",
        "group/russian-forces",
        "organization/russian-ministry-of-defence",
        "group/russian-forces",
        "person/putin",
    ]


def sentences(
    doc: Document, *parts: tuple[Argument, Argument | None, Argument | None]
) -> tuple[Event, ...]:
    """One event per (actor, target, source), its evidence the sentence it stands in."""
    events = []
    for actor, target, source in parts:
        anchor = actor or target or source
        assert anchor is not None
        start = doc.text.rfind(". ", 0, anchor.start)
        start = 0 if start < 0 else start + 2
        end = doc.text.find(".", anchor.end) + 1
        evidence = Mention(doc.id, start, end, doc.text[start:end])
        events.append(
            Event(
                doc.id,
                anchor.start,
                anchor.end,
                "do",
                evidence,
                actor=actor,
                target=target,
                source=source,
            )
        )
    return tuple(events)


def test_he_continues_the_person_who_acted_not_the_last_one_named() -> None:
    # The person the previous sentence is about (its actor), not the object just named:
    # "Ford Falcon" is what Pruitt bought.
    text = (
        "Investigators claim Pruitt arrived in the town, where he bought a Ford Falcon. "
        "He drove to the depot."
    )
    doc = Document("d", text)
    pruitt, he, falcon, he2 = (
        span(text, "Pruitt", "PERSON"),
        span(text, "he"),
        span(text, "Ford Falcon", "PERSON"),
        span(text, "He"),
    )
    events = sentences(doc, (pruitt, None, None), (he, falcon, None), (he2, None, None))
    _, resolved = resolve([Extraction(doc, events, (pruitt, falcon))])
    assert actor_ids(resolved) == ["person/pruitt"] * 3


def test_he_prefers_a_person_of_its_own_sentence() -> None:
    # "Kowalczyk" is named in the pronoun's sentence: it beats the actor of the sentence before.
    text = "Jones spoke first. Police arrested Kowalczyk after he fled."
    doc = Document("d", text)
    jones, smith, he = (
        span(text, "Jones", "PERSON"),
        span(text, "Kowalczyk", "PERSON"),
        span(text, "he"),
    )
    police = span(text, "Police")
    events = sentences(doc, (jones, None, None), (police, smith, None), (he, None, None))
    _, resolved = resolve([Extraction(doc, events, (jones, smith))])
    assert actor_ids(resolved)[-1] == "person/kowalczyk"


def test_she_and_their_units() -> None:
    text = "Separatists said their units advanced. Olena Kovalenko said she saw them."
    ext = extraction(
        "d",
        text,
        [("Olena Kovalenko", "PERSON")],
        actors=[("Separatists", ""), ("their units", ""), ("she", "")],
    )
    _, events = resolve([ext])
    assert actor_ids(events) == ["group/separatists", "group/separatists", "person/olena-kovalenko"]


def test_pleonastic_it_names_nothing() -> None:
    text = "The Kremlin spoke. It will be easier to agree."
    ext = extraction("d", text, [("The Kremlin", "ORG")], actors=[("It", "")])
    _, events = resolve([ext])
    assert actor_ids(events) == [None]


def test_it_may_be_a_country_that_acts() -> None:
    text = "Norway said it had signed the treaty."
    ext = extraction("d", text, [("Norway", "GPE")], actors=[("Norway", "GPE"), ("it", "")])
    _, events = resolve([ext])
    assert actor_ids(events) == ["place/norway", "place/norway"]


def test_it_continues_the_speaker_of_the_sentence_before() -> None:
    # "It added": the ministry that spoke, not the country its report was about.
    text = (
        "The Finnish Defence Ministry said that Norway had closed its border. "
        "It also said it had sent engineers."
    )
    doc = Document("d", text)
    ministry, norway, it, it2 = (
        span(text, "The Finnish Defence Ministry", "ORG"),
        span(text, "Norway", "GPE"),
        span(text, "It"),
        span(text, "it"),
    )
    events = sentences(
        doc, (ministry, None, None), (norway, None, ministry), (it, None, None), (it2, None, it)
    )
    _, resolved = resolve([Extraction(doc, events, (ministry, norway))])
    ids = actor_ids(resolved)
    assert ids[2] == "organization/finnish-ministry-of-defence"
    # Its own report of an action: the country's forces did it, the ministry claims it.
    assert ids[3] == "group/finnish-forces"
    assert resolved[3].source is not None
    assert resolved[3].source.entity == "organization/finnish-ministry-of-defence"


def test_the_body_named_again_acted_itself() -> None:
    # "the ministry had told": the ministry told them, not its country's forces.
    text = "The Finnish Defence Ministry said the ministry had told farmers to stay indoors."
    doc = Document("d", text)
    ministry, again = (
        span(text, "The Finnish Defence Ministry", "ORG"),
        span(text, "the ministry"),
    )
    events = sentences(doc, (ministry, None, None), (again, None, ministry))
    _, resolved = resolve([Extraction(doc, events, (ministry,))])
    assert actor_ids(resolved)[1] == "organization/finnish-ministry-of-defence"


def test_a_speaker_pronoun_after_a_quote_skips_the_names_inside_it() -> None:
    text = (
        "The Danish Defence Ministry issued a statement. "
        '"Norway has never lost so many ships," it added.'
    )
    doc = Document("d", text)
    ministry, norway, it = (
        span(text, "The Danish Defence Ministry", "ORG"),
        span(text, "Norway", "GPE"),
        span(text, "it"),
    )
    events = sentences(doc, (ministry, None, None), (norway, None, None), (it, None, None))
    _, resolved = resolve([Extraction(doc, events, (ministry, norway))])
    assert actor_ids(resolved)[2] == "organization/danish-ministry-of-defence"


def test_an_object_it_is_the_nearest_place_of_its_sentence() -> None:
    # Not the country that acted earlier, nor the country named as a modifier.
    text = "Norway protested. Swedish troops entered Bergen to defend it."
    doc = Document("d", text)
    norway, swedish, troops, bergen, it = (
        span(text, "Norway", "GPE"),
        span(text, "Swedish", "NORP"),
        span(text, "Swedish troops"),
        span(text, "Bergen", "GPE"),
        span(text, "it"),
    )
    events = sentences(doc, (norway, None, None), (troops, bergen, None), (troops, it, None))
    _, resolved = resolve([Extraction(doc, events, (norway, swedish, bergen))])
    target = resolved[2].target
    assert target is not None and target.entity == resolved[1].target.entity  # type: ignore[union-attr]
    assert target.entity is not None and target.entity.startswith("place/bergen")


def test_irregular_demonyms_name_their_country_and_label_its_groups() -> None:
    # "Peruvian" is no regular ending of Peru; a label says "Chilean", never a
    # made-up "Chilen"; a country WordNet gives no adjective keeps its name.
    text = "Peruvian troops crossed. Chilean soldiers waited. Tuvaluan police watched."
    ext = extraction(
        "d",
        text,
        [],
        actors=[("Peruvian troops", "NORP"), ("Chilean soldiers", "NORP")],
    )
    entities, events = resolve([ext])
    assert actor_ids(events) == ["group/peruvian-forces", "group/chilean-forces"]
    groups = by_id(entities)
    assert groups["group/peruvian-forces"].country == "place/peru"
    assert groups["group/chilean-forces"].label == "Chilean forces"
    assert lexicon().adjectives["TV"] == "Tuvalu"


def test_a_demonym_before_a_noun_is_no_antecedent() -> None:
    text = "The Tromsø district is shelled as Swedish troops try to seize it."
    doc = Document("d", text)
    tromso, swedish, troops, it = (
        span(text, "Tromsø", "GPE"),
        span(text, "Swedish", "NORP"),
        span(text, "Swedish troops"),
        span(text, "it"),
    )
    events = sentences(doc, (troops, it, None))
    _, resolved = resolve([Extraction(doc, events, (tromso, swedish))])
    target = resolved[0].target
    assert target is not None and target.entity != "place/sweden"
    assert target.entity is not None and "troms" in target.entity


def test_they_is_never_a_guess_at_a_singular_organisation() -> None:
    # "they" are the Morenos (a family named in the plural), not the newspaper.
    text = "The Morenos spoke to the Daily Courier. They said they had paid the fine."
    ext = extraction(
        "d",
        text,
        [("Morenos", "PERSON"), ("the Daily Courier", "ORG")],
        actors=[("They", "")],
    )
    _, events = resolve([ext])
    assert actor_ids(events) != ["organization/daily-courier"]
    text = "The Tribune reported the strike. They said that the port was closed."
    ext = extraction("d", text, [("The Tribune", "ORG")], actors=[("They", "")])
    _, events = resolve([ext])
    assert actor_ids(events) == [None]


def test_the_ministry_is_the_last_ministry_named() -> None:
    text = (
        "The Russian Defense Ministry spoke. The Ukrainian Defense Ministry replied. "
        "The ministry said losses were high."
    )
    ext = extraction(
        "d",
        text,
        [("Russian Defense Ministry", "ORG"), ("Ukrainian Defense Ministry", "ORG")],
        actors=[("The ministry", "")],
    )
    _, events = resolve([ext])
    assert actor_ids(events) == ["organization/ukrainian-ministry-of-defence"]


def test_the_city_and_its_centre_are_the_last_city() -> None:
    text = "Rockets hit Kharkiv. Fires burned in the city centre and in the city."
    ext = extraction(
        "d", text, [("Kharkiv", "GPE")], actors=[("the city centre", ""), ("the city", "")]
    )
    _, events = resolve([ext])
    assert actor_ids(events) == ["place/kharkiv", "place/kharkiv"]


def test_the_country_is_the_last_country() -> None:
    text = "Talks in Oslo ended and Chile signed the accord. The country will cut its tariffs."
    ext = extraction("d", text, [("Oslo", "GPE"), ("Chile", "GPE")], actors=[("The country", "")])
    _, events = resolve([ext])
    assert actor_ids(events) == ["place/chile"]


@pytest.mark.parametrize(
    "phrase", ["the capital", "the Ukrainian capital", "the capital of Ukraine"]
)
def test_the_capital_is_the_capital_of_the_country_in_context(phrase: str) -> None:
    text = f"Russia invaded Ukraine and troops approached Kyiv. Shells fell on {phrase}."
    label = "GPE" if "of Ukraine" in phrase else ("NORP" if "Ukrainian" in phrase else "")
    ext = extraction(
        "d",
        text,
        [("Russia", "GPE"), ("Ukraine", "GPE"), ("Kyiv", "GPE")],
        actors=[(phrase, label)],
    )
    _, events = resolve([ext])
    assert actor_ids(events) == ["place/kyiv"]


def test_unnamed_sources_become_one_person_per_document() -> None:
    text = (
        "An American official told reporters that troops stalled. The official said more "
        "were coming. The US official added that shelling continued. "
        "The same source stated that air defences held."
    )
    ext = extraction(
        "doc-7",
        text,
        [("American", "NORP"), ("US", "GPE")],
        actors=[
            ("An American official", "NORP"),
            ("The official", ""),
            ("The US official", "GPE"),
            ("The same source", ""),
        ],
    )
    entities, events = resolve([ext])
    source_id = "person/us-official-doc-7"
    assert actor_ids(events) == [source_id] * 4
    source = by_id(entities)[source_id]
    assert source.label == "US official"
    assert source.kind == "person"
    assert source.country == "place/united-states"
    # The same words in another document are another (unnamed) person.
    other = extraction("doc-8", "An American official spoke.", [], [("An American official", "")])
    entities, _ = resolve([ext, other])
    assert {"person/us-official-doc-7", "person/us-official-doc-8"} <= set(by_id(entities))


def test_unnamed_official_of_an_organisation_is_a_person_of_it() -> None:
    # "a senior official at X" is a person the text leaves unnamed, not X: a Person of its
    # own, labelled from the description and linked to X, that later mentions join.
    text = (
        "A senior official at the US Department of Defense said the landing began. "
        "An American official said more. The official added that he was sure. "
        "A senior Pentagon official said it again."
    )
    ext = extraction(
        "d",
        text,
        [("US Department of Defense", "ORG")],
        actors=[
            ("A senior official at the US Department of Defense", "ORG"),
            ("An American official", "NORP"),
            ("The official", ""),
            ("he", ""),
            ("A senior Pentagon official", "ORG"),
        ],
    )
    entities, events = resolve([ext])
    pentagon = "organization/united-states-department-of-defense"
    official = "person/united-states-department-of-defense-official-d"
    assert actor_ids(events) == [
        official,
        "person/us-official-d",
        "person/us-official-d",
        "person/us-official-d",
        official,
    ]
    person = by_id(entities)[official]
    assert (person.kind, person.label) == ("person", "United States Department of Defense official")
    assert person.affiliation == pentagon and person.country == "place/united-states"
    assert by_id(entities)[pentagon].kind == "organization"
    assert not [a for a in by_id(entities)[pentagon].aliases if "official" in a]
    assert by_id(entities)["person/us-official-d"].affiliation is None
    # The extractor may cut the affiliation off the argument; the text still has it.
    text = "A senior official at the US Department of Defense (Pentagon) said so."
    ext = extraction("d", text, [], actors=[("A senior official", "")])
    entities, events = resolve([ext])
    assert actor_ids(events) == [official]
    assert by_id(entities)[official].affiliation == pentagon


def test_later_mentions_join_the_unnamed_official_of_an_organisation() -> None:
    # "the official", "he" and "the same source" after one unnamed official of a body are
    # that official; "a spokeswoman for" names the body as "an official in" does.
    text = (
        "A spokeswoman for the Kremlin said talks had stalled. The spokeswoman added that "
        "envoys left. She said more. The same source confirmed a delay."
    )
    ext = extraction(
        "d",
        text,
        [("Kremlin", "ORG")],
        actors=[
            ("A spokeswoman for the Kremlin", "ORG"),
            ("The spokeswoman", ""),
            ("She", ""),
            ("The same source", ""),
        ],
    )
    entities, events = resolve([ext])
    spokeswoman = "person/kremlin-spokesperson-d"
    assert actor_ids(events) == [spokeswoman] * 4
    assert by_id(entities)[spokeswoman].affiliation == "organization/kremlin"


def test_unnamed_member_of_a_body_the_model_named_is_a_person_of_it() -> None:
    # A body no name table holds, named by the model: after the noun ("a spokeswoman for
    # X") or before it ("an X spokesman"), it is the person's organisation.
    text = (
        "A spokeswoman for Larkfield Mills said the plant had closed. "
        "A Brenner Freight spokesman said trucks were waiting."
    )
    ext = extraction(
        "d",
        text,
        [("Larkfield Mills", "ORG"), ("Brenner Freight", "ORG")],
        actors=[
            ("A spokeswoman for Larkfield Mills", ""),
            ("A Brenner Freight spokesman", ""),
        ],
    )
    entities, events = resolve([ext])
    mills = "person/larkfield-mills-spokesperson-d"
    freight = "person/brenner-freight-spokesperson-d"
    assert actor_ids(events) == [mills, freight]
    people = by_id(entities)
    assert (people[mills].label, people[mills].affiliation) == (
        "Larkfield Mills spokesperson",
        "organization/larkfield-mills",
    )
    assert people[freight].affiliation == "organization/brenner-freight"
    # A capitalised word that names no organisation is still no body: a name is near.
    text = "A Brenner spokesman said so."
    ext = extraction("d", text, [("Brenner", "PERSON")], [("A Brenner spokesman", "")])
    entities, events = resolve([ext])
    assert not [e for e in entities if e.affiliation]


# --- junk ------------------------------------------------------------------------------------


def test_junk_never_becomes_an_entity() -> None:
    text = "Sam batteries guard the city. Ukrainian crews fire SAMs."
    ext = extraction("d", text, [("Sam", "PERSON"), ("SAMs", "ORG")])
    entities, _ = resolve([ext])
    assert entities == ()


def test_a_demonym_typed_as_a_place_mentions_its_country() -> None:
    # "Syrian" typed GPE is no place of its own name; like a NORP adjective it mentions
    # Syria. A demonym no table lists comes from the country's name ("Venezuelan").
    text = "Syrian troops moved. Venezuelan officials spoke."
    ext = extraction("d", text, [("Syrian", "GPE"), ("Venezuelan", "NORP")])
    entities, _ = resolve([ext])
    assert {e.id: e.mentions for e in entities} == {"place/syria": 1, "place/venezuela": 1}


def test_an_acronym_in_capitals_is_not_a_misread_name() -> None:
    # "Sam" is junk where the text says "SAMs"; "U.S" is itself written in capitals.
    text = "The U.S ambassador left. U.S officials spoke."
    entities, _ = resolve([extraction("d", text, [("U.S", "GPE"), ("U.S", "GPE", 1)])])
    assert by_id(entities)["place/united-states"].mentions == 2


def test_country_abbreviation_is_a_place_not_a_demonym() -> None:
    text = "The US official said Ukraine held."
    entities, _ = resolve([extraction("d", text, [("US", "GPE"), ("Ukraine", "GPE")])])
    assert by_id(entities)["place/united-states"].mentions == 1


def test_common_nouns_name_no_entity_and_input_is_untouched() -> None:
    text = "Russian forces took control of the town."
    doc = Document("d", text)
    actor, target = span(text, "Russian forces", "NORP"), span(text, "control")
    place = Place(span(text, "the town"), "location")
    original = Event("d", 14, 18, "take", Mention("d", 0, len(text), text), actor, target, (place,))
    ext = Extraction(doc, (original,), ())
    _, events = resolve([ext])
    assert events[0].target is not None and events[0].target.entity is None
    assert events[0].places[0].argument.entity is None
    assert events[0].actor is not None and events[0].actor.entity == "group/russian-forces"
    assert original.actor is not None and original.actor.entity is None


# --- streaming and determinism -------------------------------------------------------------


def test_index_streams_and_resolve_is_deterministic() -> None:
    docs = [
        extraction(
            "a",
            "Putin spoke in Kiev.",
            [("Putin", "PERSON"), ("Kiev", "GPE")],
            [("Putin", "PERSON")],
        ),
        extraction(
            "b", "Vladimir Putin left Kyiv.", [("Vladimir Putin", "PERSON"), ("Kyiv", "GPE")]
        ),
    ]
    index = EntityIndex()
    first = index.add(docs[0])
    assert first[0].actor is not None and first[0].actor.entity == "person/putin"
    index.add(docs[1])
    assert index.canonical("person/putin") == "person/vladimir-putin"
    streamed = index.entities()
    assert streamed == resolve(docs)[0] == resolve(list(docs))[0]
    assert [e.id for e in streamed] == sorted(e.id for e in streamed)


def test_argument_heads_decide_what_is_named() -> None:
    text = (
        "Ukraine said the residents of Kharkiv fled as Kharkiv residents watched a detachment "
        "of Russian forces near the Sea of Azov, calling them neo-Nazis."
    )
    doc = Document("d", text)
    mentions = (
        span(text, "Ukraine", "GPE"),
        span(text, "Kharkiv", "GPE"),
        span(text, "Kharkiv", "GPE", 1),
        span(text, "the Sea of Azov", "LOC"),
        span(text, "neo-Nazis", "NORP"),
    )
    actors = [
        span(text, "the residents of Kharkiv"),  # residents (a group), not the city
        span(text, "Kharkiv residents", "GPE"),  # the city's residents, a group
        span(text, "a detachment of Russian forces"),  # part of the group
        span(text, "Azov", "LOC"),  # a fragment of the sea's name
        span(text, "neo", "NORP"),  # a fragment of a hyphenated name
    ]
    ext = Extraction(doc, tuple(event(doc, a) for a in actors), mentions)
    _, events = resolve([ext])
    assert actor_ids(events) == [
        "group/residents-d",
        "group/kharkiv-residents",
        "group/russian-forces",
        "place/sea-of-azov",
        "group/neo-nazis",
    ]


def test_mistyped_surnames_and_adjectives() -> None:
    text = (
        "Luhansk governor Serhiy Haidai said shelling went on. Haidai added that European "
        "leaders and the State Emergency Service of Ukraine were told."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Serhiy Haidai", "PERSON"),
            ("Luhansk governor Serhiy Haidai", "PERSON"),
            ("Haidai", "ORG", 1),
            ("European", "NORP"),
            ("State Emergency Service of", "ORG"),
        ],
    )
    entities, _ = resolve([ext])
    ids = by_id(entities)
    assert ids["person/serhiy-haidai"].mentions == 2
    assert ids["person/serhiy-haidai"].roles == ("governor",)
    assert "organization/state-emergency-service" in ids
    assert not [e for e in entities if e.kind == "group"]


def test_names_written_as_a_persons_are_people_whatever_the_model_says() -> None:
    # A common given name followed by capitalised words is a person's name: the model's
    # ORG and LOC give way, and the bare surname follows its full name.
    text = (
        "Lidia Falcon and Luis Carrero Blanco were named. Eva Forest was held. "
        "Forest said she was innocent. Landaeta spoke after Maria Eugenia Landaeta left. "
        "The Maria Cristina Foundation paid."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Lidia Falcon", "ORG"),
            ("Luis Carrero Blanco", "ORG"),
            ("Eva Forest", "LOC"),
            ("Forest", "PERSON", 1),
            ("Landaeta", "ORG"),
            ("Maria Eugenia Landaeta", "ORG"),
            ("Maria Cristina Foundation", "ORG"),
        ],
    )
    ids = by_id(resolve([ext])[0])
    assert ids["person/lidia-falcon"].kind == "person"
    assert ids["person/luis-carrero-blanco"].kind == "person"
    assert ids["person/eva-forest"].mentions == 2
    assert ids["person/maria-eugenia-landaeta"].mentions == 2
    assert "organization/maria-cristina-foundation" in ids


def test_a_shorter_full_name_joins_the_one_longer_name_it_ends() -> None:
    text = (
        "Gov. Tarek el Aissami spoke. Preacher Ahmad Musa Jibril was quoted. "
        "Fans of Musa Jibril listened while el Aissami left."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Gov. Tarek el Aissami", "PERSON"),
            ("Ahmad Musa Jibril", "PERSON"),
            ("Musa Jibril", "PERSON", 1),
            ("el Aissami", "PERSON", 1),
        ],
    )
    people = sorted((e.id, e.mentions) for e in resolve([ext])[0] if e.kind == "person")
    assert people == [("person/ahmad-musa-jibril", 2), ("person/tarek-el-aissami", 2)]


def test_spellings_and_acronyms_join_across_documents() -> None:
    first = extraction(
        "a",
        "Tareck El Aissami spoke for the Kurdish Democratic Union PYD.",
        [("Tareck El Aissami", "PERSON"), ("Democratic Union PYD", "ORG")],
    )
    second = extraction(
        "b",
        "Tarek El Aissami said the PYD had left.",
        [("Tarek El Aissami", "PERSON"), ("PYD", "ORG")],
    )
    third = extraction(
        "c",
        "Dzhokhar Tsarnaev was tried. Tzarnaev spoke.",
        [("Dzhokhar Tsarnaev", "PERSON"), ("Tzarnaev", "ORG")],
    )
    ids = by_id(resolve([first, second, third])[0])
    assert ids["person/tareck-el-aissami"].mentions == 2
    assert "person/tarek-el-aissami" not in ids
    assert ids["organization/democratic-union-pyd"].mentions == 2
    assert ids["person/dzhokhar-tsarnaev"].mentions == 2  # "Tzarnaev" (ORG) is his surname


def test_two_people_one_letter_apart_in_one_short_name_stay_apart() -> None:
    ext = extraction("a", "Jon Lee met Jan Lee.", [("Jon Lee", "PERSON"), ("Jan Lee", "PERSON")])
    people = [e.id for e in resolve([ext])[0] if e.kind == "person"]
    assert people == ["person/jan-lee", "person/jon-lee"]


def test_a_person_span_ending_in_a_venue_is_the_venue() -> None:
    text = "The bomb went off at the Rolando Cafe. Peter Lake saw it."
    ext = extraction("d", text, [("Rolando Cafe", "PERSON"), ("Peter Lake", "PERSON")])
    ids = by_id(resolve([ext])[0])
    assert ids["place/rolando-cafe"].kind == "place"
    assert ids["person/peter-lake"].kind == "person"


def test_groups_named_by_common_nouns_are_entities_of_their_document() -> None:
    text = (
        "Gunmen opened fire. Police said two of the gunmen fled. "
        "Dozens of angry protesters marched and Taliban fighters watched. Her advisers left."
    )
    ext = extraction(
        "d1",
        text,
        [("Taliban", "ORG")],
        actors=[
            ("Gunmen", ""),
            ("Police", ""),
            ("two of the gunmen", ""),
            ("Dozens of angry protesters", ""),
            ("Taliban fighters", ""),
            ("Her advisers", ""),
        ],
    )
    other = extraction("d2", "Police arrived.", [], actors=[("Police", "")])
    entities, events = resolve([ext, other])
    assert actor_ids(events) == [
        "group/gunmen-d1",
        "group/police-d1",
        "group/gunmen-d1",
        "group/protesters-d1",  # "angry" says how they were seen, not which protesters
        "organization/taliban",
        "group/advisers-d1",
        "group/police-d2",
    ]
    gunmen = by_id(entities)["group/gunmen-d1"]
    assert (gunmen.kind, gunmen.label, gunmen.mentions) == ("group", "gunmen", 2)


def test_demonym_and_a_common_group_noun_is_a_national_group() -> None:
    text = "Chechen fighters crossed the border."
    ext = extraction("d", text, [("Chechen", "NORP")], actors=[("Chechen fighters", "")])
    _, events = resolve([ext])
    assert actor_ids(events) == ["group/russian-fighters"]


def test_short_organisation_name_after_the_full_one_is_the_same() -> None:
    text = "The Ukrainian General Staff said so. Later the General Staff said more."
    ext = extraction(
        "d", text, [("The Ukrainian General Staff", "ORG"), ("the General Staff", "ORG")]
    )
    entities, _ = resolve([ext])
    orgs = [e for e in entities if e.kind == "organization"]
    assert [(o.label, o.mentions, o.country) for o in orgs] == [
        ("General Staff of the Armed Forces of Ukraine", 2, "place/ukraine")
    ]


def test_councils_canals_and_more_groups() -> None:
    text = (
        "Russian soldiers and Polish border guards met as the Mariupol city council said the "
        "North Crimean Canal was open. Shelling hit Kharkiv, the city council said."
    )
    ext = extraction(
        "d",
        text,
        [("Kharkiv", "GPE"), ("North Crimean Canal", "ORG")],
        actors=[
            ("Russian soldiers", "NORP"),
            ("Polish border guards", "NORP"),
            ("the Mariupol city council", "GPE"),
            ("the city council", ""),
        ],
    )
    entities, events = resolve([ext])
    assert actor_ids(events) == [
        "group/russian-forces",
        "group/polish-border-guards",
        "organization/mariupol-city-council",
        "organization/kharkiv-city-council",
    ]
    ids = by_id(entities)
    assert ids["organization/mariupol-city-council"].label == "Mariupol City Council"
    assert ids["place/north-crimean-canal"].kind == "place"


_WORDS = st.sampled_from(
    [
        "Kyiv",
        "Kiev",
        "the",
        "he",
        "it",
        "its",
        "their",
        "forces",
        "Russian",
        "official",
        "ministry",
        "Ministry",
        "of",
        "Defence",
        "capital",
        "same",
        "source",
        "Putin",
        "Київ",
        "Sam",
        "SAMs",
        "Al-Jazeera",
        "city",
        "council",
        "'s",
        ",",
        "(",
        "Donetsk",
        "region",
        "an",
        "American",
        "US",
        "separatists",
        "residents",
        "Ukrainian",
        "army",
        "mayor",
    ]
)
_LABELS = st.sampled_from(["", "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"])


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(_WORDS, min_size=1, max_size=25),
    picks=st.lists(st.tuples(st.integers(0, 24), st.integers(1, 5), _LABELS), max_size=12),
)
# A demonym and a word that folds to nothing ("American ("): no group noun to read.
@example(words=["American", "("], picks=[(0, 2, "")])
def test_any_spans_resolve_to_wellformed_ids(
    words: list[str], picks: list[tuple[int, int, str]]
) -> None:
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    spans = []
    for first, size, label in picks:
        if first >= len(words):
            continue
        last = min(len(words), first + size) - 1
        start, end = starts[first], starts[last] + len(words[last])
        spans.append(Argument(text[start:end], start, end, label))
    doc = Document("fuzz", text)
    ext = Extraction(doc, tuple(event(doc, a) for a in spans), tuple(spans[::2]))
    entities, events = resolve([ext])
    ids = {e.id for e in entities}
    for entity in entities:
        kind, _, rest = entity.id.partition("/")
        assert kind == entity.kind and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rest)
        assert entity.country is None or entity.country in ids
    for resolved in events:
        assert resolved.actor is not None
        assert resolved.actor.entity is None or resolved.actor.entity in ids


def test_titles_collectives_members_and_headline_ministries() -> None:
    text = (
        "Russian ministry says city encircled\n\n"
        "UN human rights chief Michelle Bachelet condemned it. Red Cross teams delivered food. "
        "The separatist leadership said its fighters took villages. "
        "The Russian Defence Ministry said so."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Michelle Bachelet", "PERSON"),
            ("Red Cross", "ORG"),
            ("Russian Defence Ministry", "ORG"),
        ],
        actors=[
            ("Russian ministry", "NORP"),
            ("UN human rights chief", "ORG"),
            ("Red Cross teams", "ORG"),
            ("The separatist leadership", ""),
            ("its fighters", ""),
        ],
    )
    entities, events = resolve([ext])
    assert actor_ids(events) == [
        "organization/russian-ministry-of-defence",
        "person/michelle-bachelet",
        "organization/international-committee-of-the-red-cross",
        "group/separatists",
        "group/separatists",
    ]


# --- typing from the words around a name (issue 15) -------------------------------------


def test_a_name_before_a_thing_or_a_day_or_after_a_number_names_no_actor() -> None:
    # Written for this test: makes, named days and units that the model reads as names.
    text = (
        "He rented a Ravenna truck and wore Malvern shorts. The march was recalled as "
        "Bloody Monday. The file was 4.5MB and the blast came at 1630 UTC. "
        "Some 3,000 IS fighters remain. Ana Ruiz Monday said she would stay."
    )
    glued = text.index("MB")
    names = (
        span(text, "Ravenna", "ORG"),
        span(text, "Malvern", "PERSON"),
        span(text, "Bloody Monday", "ORG"),
        Argument("MB", glued, glued + 2, "ORG"),
        span(text, "UTC", "ORG"),
        span(text, "IS", "ORG"),
        span(text, "Ana Ruiz", "PERSON"),
    )
    ids = set(by_id(resolve([Extraction(Document("d", text), (), names)])[0]))
    assert not {"organization/ravenna", "person/malvern", "organization/bloody-monday"} & ids
    assert not {"organization/mb", "organization/utc"} & ids
    # A person named before a weekday (a headline's style) and capitals after a number
    # that are no unit ("3,000 IS fighters") are still names.
    assert "person/ana-ruiz" in ids
    assert any(i.startswith("organization/is") or i == "organization/islamic-state" for i in ids)


def test_a_person_noun_before_or_in_apposition_makes_a_person() -> None:
    text = (
        "Brill Systems, a company whose leader resigned, paid. A rally was organized by "
        "radical preacher Tomas Arkady. His wife Lenora Vask spoke. \u201cNo,\u201d said "
        "Henrik Dolan, a union leader and senator."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Tomas Arkady", "ORG"),
            ("Lenora Vask", "ORG"),
            ("Henrik Dolan", "ORG"),
            ("Brill Systems", "ORG"),
        ],
    )
    kinds = {e.id: e.kind for e in resolve([ext])[0]}
    assert kinds["person/tomas-arkady"] == "person"
    assert kinds["person/lenora-vask"] == "person"
    assert kinds["person/henrik-dolan"] == "person"
    assert kinds["organization/brill-systems"] == "organization"


def test_a_place_noun_after_a_name_and_the_longer_place_name_make_places() -> None:
    text = (
        "Troops held the Varn Kessa base. Fighting spread to Ostrel Dun district. "
        "She walked down the Amos Grell street. Boats crossed the Tavor River at dawn; "
        "the west bank of the Tavor was shelled."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Varn Kessa", "PERSON"),
            ("Ostrel Dun", "PERSON"),
            ("Amos Grell", "PERSON"),
            ("Tavor River", "LOC"),
            ("Tavor", "ORG", 1),
        ],
    )
    entities, _ = resolve([ext])
    kinds = {e.id: (e.kind, e.mentions) for e in entities}
    assert kinds["place/varn-kessa-base"] == ("place", 1)
    assert kinds["place/ostrel-dun"] == ("place", 1)
    assert kinds["place/amos-grell-street"] == ("place", 1)
    assert kinds["place/tavor-river"] == ("place", 2)  # "the Tavor" is the river
    assert not any(kind == "person" for kind, _ in kinds.values())


def test_a_first_name_alone_joins_the_one_full_name_starting_with_it() -> None:
    first = extraction(
        "a",
        "His brother, Ilyas Temirov, died. Ilyas, 26, had a plan.",
        [("Ilyas Temirov", "PERSON")],
    )
    # "Ilyas and Rustam Temirov": the full name is only in the other document.
    second = extraction(
        "b",
        "Ilyas and Rustam Temirov lived here. Ilyas left.",
        [("Ilyas", "GPE"), ("Ilyas", "PERSON", 1)],
    )
    people = sorted((e.id, e.mentions) for e in resolve([first, second])[0] if e.kind == "person")
    assert people == [("person/ilyas-temirov", 3)]


def test_social_platforms_are_organisations() -> None:
    ext = extraction("d", "They claimed the attack via Twitter.", [("Twitter", "PERSON")])
    kinds = {e.id: e.kind for e in resolve([ext])[0]}
    assert kinds["organization/twitter"] == "organization"


def test_a_title_abbreviation_is_no_sentence_end_and_a_possessive_description_is_definite() -> None:
    # "Gov." ends in a full stop but is a title; "Aragua's governor" is the governor
    # named before, and "He" then continues him, not the man whose report he dismissed.
    text = (
        "The paper said so. Gov. Tarek el Aissami spoke. "
        "Aragua's governor dismissed Pinto's report. He added that it was false."
    )
    doc = Document("d", text)
    tarek, pinto = span(text, "Tarek el Aissami", "PERSON"), span(text, "Pinto", "PERSON")
    governor, he = span(text, "Aragua's governor"), span(text, "He")
    claim = span(text, "Pinto's report")
    events = sentences(doc, (tarek, None, None), (governor, claim, None), (he, None, None))
    _, resolved = resolve([Extraction(doc, events, (tarek, pinto))])
    assert actor_ids(resolved) == ["person/tarek-el-aissami"] * 3


def test_an_adjective_of_a_region_or_former_state_mentions_that_place() -> None:
    # Written for this test. Like "Russian", an adjective of a continent, a part of the
    # world, a first-level division or a former state names no actor but mentions the place.
    text = (
        "Witnesses described a European or North African man. Gunmen raided two Dagestani "
        "villages, once in a Soviet republic. Dagestanis marched in a South Korean city."
    )
    ext = extraction(
        "d",
        text,
        [
            ("European", "NORP"),
            ("North African", "NORP"),
            ("Dagestani", "GPE"),
            ("Soviet", "NORP"),
            ("Dagestanis", "NORP"),
            ("South Korean", "NORP"),
        ],
    )
    entities = by_id(resolve([ext])[0])
    assert entities["place/europe"].kind == "place"
    assert entities["place/north-africa"].kind == "place"
    assert entities["place/dagestan"].kind == "place"
    assert entities["place/soviet-union"].kind == "place"
    assert entities["place/south-korea"].kind == "place"
    # A place's own name typed NORP is no adjective ("Sudan" is not a region "Sud").
    sudan = extraction("s", "Aid reached South Sudan.", [("Sudan", "NORP")])
    assert all(e.label != "Southern" for e in resolve([sudan])[0])
    # The plural names people, not the place.
    assert entities["place/dagestan"].mentions == 1
    assert any(e.kind == "group" and "Dagestanis" in e.label for e in entities.values())


def test_an_organisation_in_words_of_place_is_its_building() -> None:
    # Written for this test. A hospital after a word of place is the building, and so are
    # its other mentions; a body (a ministry, a directorate) only when every mention is
    # in words of nearness, since "at the ministry" and a ministry that speaks are the body.
    text = (
        "The outbreak began in Central Hospital of Varno. Central Hospital of Varno has 40 "
        "beds. The cafe stood close to the Directorate of Public Order. A car bomb shattered "
        "the windows of the nearby Directorate of Public Order. A spokesman at the Ministry "
        "of Public Works said the Ministry of Public Works would pay. Sources close to the "
        "Department of Ports said the Department of Ports would not."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Central Hospital of Varno", "ORG"),
            ("Central Hospital of Varno", "ORG", 1),
            ("Directorate of Public Order", "ORG"),
            ("Directorate of Public Order", "ORG", 1),
            ("Ministry of Public Works", "ORG"),
            ("Ministry of Public Works", "ORG", 1),
            ("Department of Ports", "ORG"),
            ("Department of Ports", "ORG", 1),
        ],
    )
    entities = {e.id: (e.kind, e.mentions) for e in resolve([ext])[0]}
    assert entities["place/central-hospital-of-varno"] == ("place", 2)
    assert entities["place/directorate-of-public-order"] == ("place", 2)
    assert entities["organization/ministry-of-public-works"] == ("organization", 2)
    assert entities["organization/department-of-ports"] == ("organization", 2)


def test_a_compass_adjective_or_an_earlier_place_makes_a_name_a_place() -> None:
    # Written for this test: "eastern Harra" and, later, "the Harra" the model typed ORG;
    # a person's surname keeps its person even after a compass word.
    text = (
        "Fighters hid in the country's eastern Harra, a desert. Patrols later crossed "
        "the Harra again. Lena Ostrava spoke; southern Ostrava voters agreed."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Harra", "ORG"),
            ("Harra", "ORG", 1),
            ("Lena Ostrava", "PERSON"),
            ("Ostrava", "PERSON", 1),
        ],
    )
    entities = by_id(resolve([ext])[0])
    assert entities["place/harra"].mentions == 2
    assert "organization/harra" not in entities
    assert entities["person/lena-ostrava"].mentions == 2


def test_a_lower_case_span_typed_as_a_name_is_read_as_a_common_noun() -> None:
    # Written for this test: "tandem" typed ORG names nothing; "police" typed ORG is the
    # document's police, a group, as if the model had not typed it.
    text = "Drones working in tandem were seen. Later police arrested two men."
    ext = extraction("d", text, [("tandem", "ORG"), ("police", "ORG")])
    entities = resolve([ext])[0]
    assert [(e.kind, e.label) for e in entities] == [("group", "police")]


def test_a_unit_after_a_number_and_the_words_after_it_name_nothing() -> None:
    text = "Watch the video. Video size 10.5 MB 360p was loaded."
    ext = extraction("d", text, [("MB 360p", "ORG")])
    assert resolve([ext])[0] == ()


def test_words_around_a_name_overrule_its_person_or_organisation_label() -> None:
    # Written for this test. A body's name after "leader of" or before a capitalised
    # title is no person; a surname before "administration" or "campaign" is one; more
    # titles may stand between a title and the name it belongs to.
    text = (
        "Mr Owen Tasker, leader of Dunmore Vanguard and a former Kessel Cabinet Minister, "
        "spoke. The Harkin administration imposed sanctions; the 2016 Harkin campaign "
        "had promised them. Magistrate Judge Lena Abbot ordered him held. Two ethnic "
        "Chechen brothers were named."
    )
    ext = extraction(
        "d",
        text,
        [
            ("Owen Tasker", "PERSON"),
            ("Dunmore Vanguard", "PERSON"),
            ("Kessel Cabinet", "PERSON"),
            ("Harkin", "ORG"),
            ("Harkin", "ORG", 1),
            ("Magistrate", "ORG"),
            ("Lena Abbot", "PERSON"),
            ("Chechen", "NORP"),
        ],
    )
    entities = {e.id: (e.kind, e.mentions) for e in resolve([ext])[0]}
    senate = "He spent it on his 2012 Senate campaign."
    assert "person/senate" not in by_id(resolve([extraction("s", senate, [("Senate", "ORG")])])[0])
    assert entities["organization/dunmore-vanguard"] == ("organization", 1)
    assert entities["organization/kessel-cabinet"] == ("organization", 1)
    assert entities["person/harkin"] == ("person", 2)
    assert entities["person/lena-abbot"] == ("person", 2)  # "Magistrate" is the judge
    assert entities["person/owen-tasker"] == ("person", 1)
    assert "place/russia" not in entities  # an ethnic Chechen is no mention of Russia


def test_a_make_after_a_model_year_names_no_actor() -> None:
    text = "He bought a yellow 1977 Calder Marquis. Later he sold it."
    ext = extraction("d", text, [("Calder", "ORG"), ("Marquis", "PERSON")])
    assert resolve([ext])[0] == ()


def test_an_object_it_takes_a_participant_before_a_place_that_sets_a_scene() -> None:
    # "accepted it": the ministry that offered, not the scene of the repairs ("in Bergen").
    text = "The Finnish Defence Ministry offered repairs in Bergen, and Swedes accepted it."
    doc = Document("d", text)
    ministry, bergen, sweden, it = (
        span(text, "The Finnish Defence Ministry", "ORG"),
        span(text, "Bergen", "GPE"),
        span(text, "Swedes"),
        span(text, "it"),
    )
    offered = Event(
        doc.id, ministry.end + 1, ministry.end + 8, "offer",
        Mention(doc.id, 0, len(text), text), actor=ministry, places=(Place(bergen),),
    )  # fmt: skip
    accepted = Event(
        doc.id, sweden.end + 1, sweden.end + 9, "accept",
        Mention(doc.id, 0, len(text), text), actor=sweden, target=it,
    )  # fmt: skip
    _, resolved = resolve([Extraction(doc, (offered, accepted), (ministry, bergen, sweden))])
    target = resolved[1].target
    assert target is not None and target.entity == "organization/finnish-ministry-of-defence"


FINED = 'A court fined Halvard Mills on Friday. "We will appeal,"'
#: A title's initials, which the model often names as no organisation ("HPM").
INITIALS = 'lost the case. HPM Chief Executive, Ingrid Sol, said: "We will appeal."'


@pytest.mark.parametrize(
    ("text", "named", "body"),
    [
        (f"{FINED} said Ingrid Sol, a spokeswoman for Halvard Mills.", "Halvard Mills", "mills"),
        (f"{FINED} said Ingrid Sol, Halvard Mills' chief executive.", "Halvard Mills", "mills"),
        (f"{FINED} Halvard Mills spokeswoman Ingrid Sol said.", "Halvard Mills", "mills"),
        (f"{FINED} said the head of Halvard Mills, Ingrid Sol.", "Halvard Mills", "mills"),
        # One who runs the body speaks for it too; so does one named with it ("Sol of ...").
        (f"{FINED} said Ingrid Sol, the director of Halvard Mills.", "Halvard Mills", "mills"),
        (f"{FINED} Halvard Mills chairwoman Ingrid Sol said.", "Halvard Mills", "mills"),
        (f"{FINED} said Ingrid Sol of Halvard Mills.", "Halvard Mills", "mills"),
        # A member of the body speaks for it too ("a board member of ...").
        (f"{FINED} said Ingrid Sol, a board member of Halvard Mills.", "Halvard Mills", "mills"),
        # A founder or a president may speak for herself: "we" stays the speaker; so does a
        # researcher's (her team) and a leader's in a body ("minority leader": her party's).
        (f"{FINED} said Ingrid Sol, the founder of Halvard Mills.", "Halvard Mills", None),
        (f"{FINED} said Ingrid Sol, the president of Halvard Mills.", "Halvard Mills", None),
        (f"{FINED} said Ingrid Sol, a researcher at Halvard Mills.", "Halvard Mills", None),
        (f"{FINED} Halvard Mills minority leader Ingrid Sol said.", "Halvard Mills", None),
        # The initials of the one organisation named before.
        (f"The Halvard Paper Mills {INITIALS}", "The Halvard Paper Mills", "paper-mills"),
        (f"The Orland Timber Board {INITIALS}", "The Orland Timber Board", None),
    ],
)
def test_we_of_someone_who_speaks_for_a_company_is_the_company(
    text: str, named: str, body: str | None
) -> None:
    doc = Document("d", text)
    bodies = tuple(span(text, named, "ORG", nth) for nth in range(text.count(named)))
    sol, we = span(text, "Ingrid Sol", "PERSON"), span(text, "We")
    _, resolved = resolve([Extraction(doc, sentences(doc, (we, None, sol)), (*bodies, sol))])
    actor = resolved[0].actor
    assert actor is not None
    if body is None:
        assert actor.entity == "person/ingrid-sol"
    else:
        assert actor.entity == f"organization/halvard-{body}" and actor.text == "We"


@pytest.mark.parametrize(("name", "kind"), [("Halvard Mills", "organization"), ("Norway", "place")])
def test_a_name_after_spokeswoman_for_is_a_body_unless_a_known_place(name: str, kind: str) -> None:
    # The model may type a company named like a place as a place ("GPE"); after "a
    # spokeswoman for" it is the body she speaks for, and "we" in her quote is that body.
    # A country spoken for stays the place the gazetteer knows.
    text = f'"We will appeal," said Ingrid Sol, a spokeswoman for {name}.'
    doc = Document("d", text)
    body, sol, we = span(text, name, "GPE"), span(text, "Ingrid Sol", "PERSON"), span(text, "We")
    events = sentences(doc, (we, None, sol))
    entities, resolved = resolve([Extraction(doc, events, (body, sol))])
    kinds = {e.id.split("/")[0] for e in entities if name in e.label}
    assert kinds == {kind}
    actor = resolved[0].actor
    if kind == "organization":
        assert actor is not None and actor.entity == "organization/halvard-mills"


@pytest.mark.parametrize(
    "first",
    [
        "Rebels and armed smugglers crossed the ridge.",
        "Rebels, militants and armed smugglers crossed the ridge.",
    ],
)
def test_they_after_a_coordination_of_actors_acts_once_for_each(first: str) -> None:
    text = f"{first} They burned two barns."
    doc = Document("d", text)
    groups = [span(text, w) for w in ("Rebels", "militants", "armed smugglers") if w in first]
    they = span(text, "They")
    events = sentences(doc, *((g, None, None) for g in groups), (they, None, None))
    _, resolved = resolve([Extraction(doc, events, ())])
    named = {e.actor.entity for e in resolved[: len(groups)] if e.actor}
    burned = [e.actor.entity for e in resolved[len(groups) :] if e.actor]
    assert len(named) == len(groups) and None not in named
    assert sorted(burned, key=str) == sorted(named, key=str)


def test_they_after_coordinated_objects_stays_one_referent() -> None:
    # Only actors are read: "they" after "detained A and B" may be the ones who detained.
    text = "Guards detained rebels and smugglers at the ridge. They burned two barns."
    doc = Document("d", text)
    guards, rebels, smugglers, they = (
        span(text, w) for w in ("Guards", "rebels", "smugglers", "They")
    )
    events = sentences(doc, (guards, rebels, None), (guards, smugglers, None), (they, None, None))
    _, resolved = resolve([Extraction(doc, events, ())])
    assert len(resolved) == 3


def test_a_place_named_with_its_kind_of_area_is_the_place() -> None:
    text = "Shelling hit the Tromsø region."
    doc = Document("d", text)
    tromso, region = span(text, "Tromsø", "GPE"), span(text, "the Tromsø region", "GPE")
    events = sentences(doc, (None, region, None))
    _, resolved = resolve([Extraction(doc, events, (tromso,))])
    target = resolved[0].target
    assert target is not None and target.entity is not None and "troms" in target.entity


def test_we_in_a_quote_is_the_speakers_side() -> None:
    # A president's "us" is the country; anyone else's "we" is the speaker.
    text = (
        "Finnish President Aino Laine spoke on Monday. "
        '"They want to break us," Laine said. '
        "The farmer Pekka Virta spoke too. "
        '"We will stay," Virta said.'
    )
    doc = Document("d", text)
    laine, us, laine2 = (
        span(text, "Finnish President Aino Laine", "PERSON"),
        span(text, "us"),
        span(text, "Laine", "PERSON", 1),
    )
    virta, we, virta2 = (
        span(text, "The farmer Pekka Virta", "PERSON"),
        span(text, "We"),
        span(text, "Virta", "PERSON", 1),
    )
    events = sentences(
        doc, (laine, None, None), (None, us, laine2), (virta, None, None), (we, None, virta2)
    )
    _, resolved = resolve([Extraction(doc, events, (laine, laine2, virta, virta2))])
    assert resolved[1].target is not None and resolved[1].target.entity == "place/finland"
    assert resolved[3].actor is not None
    assert resolved[3].actor.entity == resolved[2].actor.entity  # type: ignore[union-attr]
    assert resolved[3].actor.entity is not None and resolved[3].actor.entity.startswith("person/")


def test_we_of_an_unnamed_spokesperson_is_their_body_and_a_reporters_is_not() -> None:
    # An unnamed spokeswoman's "we" is the body she speaks for; an unnamed reporter's "we"
    # is the people with the reporter, not the paper: the speaker, as for anyone else.
    text = (
        'A spokeswoman for Larkfield Mills said: "We will reopen." '
        'A reporter for the Dunmore Gazette said: "We saw smoke."'
    )
    doc = Document("d", text)
    mills_speaker = span(text, "A spokeswoman for Larkfield Mills")
    paper_speaker = span(text, "A reporter for the Dunmore Gazette")
    names = (span(text, "Larkfield Mills", "ORG"), span(text, "Dunmore Gazette", "ORG"))
    events = sentences(
        doc,
        (span(text, "We"), None, mills_speaker),
        (span(text, "We", nth=1), None, paper_speaker),
    )
    _, resolved = resolve([Extraction(doc, events, names)])
    assert [e.actor.entity for e in resolved if e.actor] == [
        "organization/larkfield-mills",
        "person/dunmore-gazette-reporter-d",
    ]


def test_it_of_an_unnamed_defence_official_is_the_countrys_forces() -> None:
    # As "The Kestrian Defence Ministry said it had ..." the ministry's forces did it, so
    # when one of its officials says so.
    text = "An official in the Russian Defence Ministry said it had destroyed two depots."
    doc = Document("d", text)
    official = span(text, "An official in the Russian Defence Ministry")
    ministry = span(text, "Russian Defence Ministry", "ORG")
    events = sentences(doc, (span(text, "it"), None, official))
    _, resolved = resolve([Extraction(doc, events, (ministry,))])
    [event] = resolved
    assert event.source is not None
    assert event.source.entity == "person/russian-ministry-of-defence-official-d"
    assert event.actor is not None and event.actor.entity == "group/russian-forces"
