"""kg:actorFrom, kg:targetFrom, kg:sourceFrom: a role read in another sentence says which.

The records are written by hand (sentences written for this test): a quote of two
sentences whose speaker is named after the second, so the first sentence's event has
its source (and its "I", the speaker) read in the second.
"""

from __future__ import annotations

from rdflib import Literal

from kg import rdf
from kg.model import Argument, Document, Entity, Event, Mention
from kg.namespace import KG
from kg.rdf import read_records, to_dataset
from kg.rdf.iris import event_iri, graph_iri, mention_iri

FIRST = '"I closed the bridge.'
SECOND = 'Trucks turned back," Mayor Ilse Brandt said.'
TEXT = f"{FIRST} {SECOND}"


def _records() -> tuple[list[Document], list[Entity], list[Event]]:
    first = Mention("d", 0, len(FIRST), FIRST)
    second = Mention("d", len(FIRST) + 1, len(TEXT), SECOND)
    at = TEXT.index("Mayor")
    mayor = Argument("Mayor Ilse Brandt", at, at + 17, "PERSON", "person/ilse-brandt")
    read_there = Argument(mayor.text, mayor.start, mayor.end, "PERSON", mayor.entity, second)
    close = TEXT.index("closed")
    closing = Event(
        "d", close, close + 6, "close", first, actor=read_there,
        target=Argument("the bridge", close + 7, close + 17), source=read_there,
    )  # fmt: skip
    turn = TEXT.index("turned")
    turning = Event("d", turn, turn + 6, "turn back", second, source=mayor)
    person = Entity("person/ilse-brandt", "Ilse Brandt", "person", mentions=1)
    return [Document("d", TEXT)], [person], [closing, turning]


def test_a_role_from_another_sentence_names_that_sentence() -> None:
    documents, entities, events = _records()
    dataset = to_dataset(documents, entities, events)
    named = dataset.graph(graph_iri("d"))
    closing, turning = (event_iri(e) for e in events)
    second = mention_iri(events[1].evidence)
    assert list(named.objects(closing, KG.sourceFrom)) == [second]
    assert list(named.objects(closing, KG.actorFrom)) == [second]
    assert list(named.objects(closing, KG.targetFrom)) == []  # "the bridge" is its own
    assert named.value(second, KG.text) == Literal(SECOND)
    # Where the speaker is named in the event's own sentence, nothing else is said.
    assert list(named.objects(turning, KG.sourceFrom)) == []
    assert rdf.validate(dataset) == []


def test_reading_back_gives_the_sentence_each_role_was_read_in() -> None:
    documents, entities, events = _records()
    back = {e.action: e for e in read_records(to_dataset(documents, entities, events)).events}
    assert back["close"].source.evidence == events[1].evidence
    assert back["close"].actor.evidence == events[1].evidence
    assert back["close"].target.evidence is None
    assert back["turn back"].source.evidence is None
