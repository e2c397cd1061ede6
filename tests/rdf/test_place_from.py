"""kg:placeFrom: an event whose places were read in another sentence says which one.

The records are written by hand (sentences written for this test): a bombing told with its
town, then "The blast killed six people", whose place was taken from the first sentence
(kg.extract.anaphora).
"""

from __future__ import annotations

import dataclasses

from rdflib import Literal

from kg import rdf
from kg.model import Argument, Document, Entity, Event, Mention, Place
from kg.namespace import KG
from kg.rdf import read_records, to_dataset
from kg.rdf.iris import event_iri, graph_iri, mention_iri

FIRST = "A car bomb exploded in Varnel on Monday."
SECOND = "The blast killed six people."
TEXT = f"{FIRST} {SECOND}"


def _records() -> tuple[list[Document], list[Entity], list[Event]]:
    first = Mention("d", 0, len(FIRST), FIRST)
    second = Mention("d", len(FIRST) + 1, len(TEXT), SECOND)
    varnel = Argument("Varnel", 23, 29, "GPE", "place/varnel")
    bombing = Event("d", 11, 19, "explode", first, places=(Place(varnel),))
    kill = TEXT.index("killed")
    killing = Event(
        "d",
        kill,
        kill + 6,
        "kill",
        second,
        target=Argument("six people", kill + 7, kill + 17),
        places=(Place(Argument("Varnel", 23, 29, "GPE", "place/varnel", evidence=first)),),
    )
    varnel_entity = Entity("place/varnel", "Varnel", "place", mentions=1)
    return [Document("d", TEXT)], [varnel_entity], [bombing, killing]


def test_a_place_from_another_sentence_names_that_sentence() -> None:
    documents, entities, events = _records()
    dataset = to_dataset(documents, entities, events)
    named = dataset.graph(graph_iri("d"))
    bombing, killing = (event_iri(e) for e in events)
    read_in = list(named.objects(killing, KG.placeFrom))
    assert read_in == [mention_iri(events[0].evidence)]
    # The sentence is described like the event's own: its text and offsets.
    assert named.value(read_in[0], KG.text) == Literal(FIRST)
    # An event whose place is its own sentence's states nothing of the kind.
    assert list(named.objects(bombing, KG.placeFrom)) == []
    assert rdf.validate(dataset) == []


def test_reading_back_gives_the_sentence_the_place_was_read_in() -> None:
    documents, entities, events = _records()
    back = {e.action: e for e in read_records(to_dataset(documents, entities, events)).events}
    (taken,) = back["kill"].places
    assert taken.argument.evidence == events[0].evidence
    (own,) = back["explode"].places
    assert own.argument.evidence is None


def test_an_event_with_a_place_of_its_own_states_no_other_sentence() -> None:
    # A reader gives the kg:placeFrom sentence to every place of the event, so an event
    # whose places were read in two sentences states none, and reads back unchanged.
    second = "The blast killed six people at the market."
    text = f"{FIRST} {second}"
    documents, entities, (bombing, killing) = _records()
    market = text.index("the market")
    both = dataclasses.replace(
        killing,
        evidence=Mention("d", len(FIRST) + 1, len(text), second),
        places=(
            *killing.places,
            Place(Argument("the market", market, market + 10, "FAC", "place/market")),
        ),
    )
    documents = [Document("d", text)]
    entities = [*entities, Entity("place/market", "the market", "place", mentions=1)]
    dataset = to_dataset(documents, entities, [bombing, both])
    assert list(dataset.graph(graph_iri("d")).objects(event_iri(both), KG.placeFrom)) == []
    back = {e.action: e for e in read_records(dataset).events}
    assert {p.argument.text for p in back["kill"].places} == {"Varnel", "the market"}
    assert all(p.argument.evidence is None for p in back["kill"].places)
    assert rdf.validate(dataset) == []
