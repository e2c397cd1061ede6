"""kg.rdf.read_records: the one way back from RDF to records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
import rdflib

from kg.errors import InputError
from kg.model import (
    Argument,
    Document,
    Entity,
    EntityMention,
    Event,
    Figure,
    Mention,
    Place,
    TimeExpression,
)
from kg.namespace import KG
from kg.rdf import read_records, to_dataset

BASE = "http://example.org/kg/"


def story() -> tuple[list[Document], list[Entity], list[Event]]:
    text = "Russian forces fired 3 missiles at Kyiv on Monday, officials said."
    documents = [
        Document("d/1", text, title="Missiles", date=dt.date(2022, 3, 1), url="http://x.org/a")
    ]
    entities = [
        Entity(
            "group/russian-forces",
            "Russian forces",
            "group",
            ("Russian troops",),
            2,
            country="place/russia",
            roles=("army",),
        ),
        Entity("place/kyiv", "Kyiv", "place", ("Kiev",), 1, 50.45, 30.52, 703448),
        Entity("place/russia", "Russia", "place"),
    ]
    evidence = Mention("d/1", 0, len(text), text)
    event = Event(
        "d/1",
        15,
        20,
        "fire",
        evidence,
        actor=Argument("Russian forces", 0, 14, "NORP", "group/russian-forces"),
        target=Argument("3 missiles", 21, 31),
        places=(Place(Argument("Kyiv", 35, 39, "GPE", "place/kyiv"), "destination"),),
        figures=(Figure("3 missiles", Decimal(3), "missile", "exact", 21, 31),),
        time=TimeExpression("Monday", 43, 49, "2022-02-28"),
        source=Argument("officials", 51, 60),
        modality="may",
        part=1,
    )
    return documents, entities, [event]


def test_records_come_back_with_what_the_rdf_keeps() -> None:
    documents, entities, events = story()
    back = read_records(to_dataset(documents, entities, events, base=BASE))
    (document,) = back.documents
    assert (document.id, document.title, document.date, document.url) == (
        "d/1",
        "Missiles",
        dt.date(2022, 3, 1),
        "http://x.org/a",
    )
    assert sorted(back.entities, key=lambda e: e.id) == entities
    (event,) = back.events
    assert event.id == events[0].id and event.evidence == events[0].evidence
    assert event.actor == Argument("Russian forces", 0, 0, entity="group/russian-forces")
    assert event.target == Argument("3 missiles", 0, 0)
    assert event.places == (Place(Argument("Kyiv", 0, 0, entity="place/kyiv"), "destination"),)
    assert [(f.text, f.value, f.unit, f.qualifier) for f in event.figures] == [
        ("3 missiles", Decimal(3), "missile", "exact")
    ]
    assert event.time == TimeExpression("Monday", 0, 0, "2022-02-28")
    assert event.source == Argument("officials", 0, 0)
    assert (event.modality, event.negated) == ("may", False)


def test_a_share_comes_back_a_share_and_a_count_a_count() -> None:
    # "a third of the cost": 0.333333 of one whole, not a third of one "cost"
    documents, entities, events = story()
    third = Figure(
        "a third of the cost", Decimal("0.333333"), "cost", "moreThan", 0, 19, share=True
    )
    shared = dataclasses.replace(events[0], figures=(third, *events[0].figures))
    back = read_records(to_dataset(documents, entities, [shared], base=BASE))
    (event,) = back.events
    assert [(f.value, f.unit, f.share) for f in event.figures] == [
        (Decimal("0.333333"), "cost", True),
        (Decimal(3), "missile", False),
    ]


def test_where_each_entity_is_mentioned_comes_back() -> None:
    documents, entities, events = story()
    text = documents[0].text
    mentions = [
        EntityMention("d/1", 35, 39, "Kyiv", "place/kyiv"),
        EntityMention("d/1", 0, 14, "Russian forces", "group/russian-forces"),
        EntityMention("d/1", 0, 7, "Russian", "place/russia"),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    back = read_records(to_dataset(documents, entities, events, base=BASE, mentions=mentions))
    assert back.mentions == tuple(sorted(mentions, key=lambda m: (m.start, m.end)))
    # A graph written without them has none, and unpacking still gives three parts.
    without = read_records(to_dataset(documents, entities, events, base=BASE))
    assert without.mentions == ()
    _, _, events_back = without
    assert [e.id for e in events_back] == [e.id for e in events]


def test_an_event_named_another_way_is_one_clear_error() -> None:
    g = rdflib.Graph()
    g.add((rdflib.URIRef(BASE + "things/7"), rdflib.RDF.type, KG.Event))
    with pytest.raises(InputError, match="not named as kg names events"):
        read_records(g, base=BASE)
