"""Happenings: events of different documents that report the same happening, and their figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal

import pyoxigraph as ox
import pytest

from kg import rdf
from kg.model import Argument, Document, Entity, Event, Figure, Mention, Place
from kg.rdf.happenings import happening_quads, happenings_graph_iri, with_fresh_happenings
from kg.store import canned_query

# Written for these tests: three reports of one night in Avel, and one of another side.
REPORTS = {
    "gov": "Northland forces shelled Avel overnight, killing 11 people, the governor said.",
    "ministry": "Northland forces shelled Avel, killing 4 people, the ministry said.",
    "agency": "Northland troops shelled Avel again, the agency reported.",
    "south": "Southland forces shelled Avel, killing 2 people, the mayor said.",
}
ENTITIES = (
    Entity("group/northland-forces", "Northland forces", "group", country="place/northland"),
    Entity("group/southland-forces", "Southland forces", "group", country="place/southland"),
    Entity("place/avel", "Avel", "place", country="place/northland"),
    Entity("place/northland", "Northland", "place"),
    Entity("place/southland", "Southland", "place"),
    Entity("person/governor", "the governor", "person"),
    Entity("organization/ministry", "the ministry", "organization"),
)


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _events(doc: str, *, negated: bool = False, time: str | None = None) -> list[Event]:
    text = REPORTS[doc]
    sentence = Mention(doc, 0, len(text), text)
    side = "group/southland-forces" if doc == "south" else "group/northland-forces"
    actor = Argument(text.split(" shelled")[0], 0, 5, "NORP", side)
    avel = Argument("Avel", *_at(text, "Avel"), "GPE", "place/avel")
    source_text = text.rsplit(", ", 1)[1].split(" said")[0].split(" reported")[0]
    source_id = {"the governor": "person/governor", "the ministry": "organization/ministry"}
    source = Argument(source_text, *_at(text, source_text), "", source_id.get(source_text))
    shelled = Event(
        doc, *_at(text, "shelled"), "shell", sentence, actor=actor, target=avel,
        source=source, negated=negated, event_type="Shelling",
    )  # fmt: skip
    events = [shelled]
    if "killing" in text:
        number = text.split("killing ")[1].split(" people")[0]
        figure = Figure(f"{number} people", Decimal(number), "person", "exact",
                        *_at(text, f"{number} people"))  # fmt: skip
        events.append(
            Event(
                doc,
                *_at(text, "killing"),
                "kill",
                sentence,
                actor=actor,
                places=(Place(avel),),
                figures=(figure,),
                source=source,
                event_type="Killing",
            )  # fmt: skip
        )
    return events


def _build(docs: list[str], dates: dict[str, dt.date] | None = None) -> list[ox.Quad]:
    documents = [Document(d, REPORTS[d], date=(dates or {}).get(d)) for d in docs]
    events = [e for d in docs for e in _events(d)]
    return rdf.quads(documents, ENTITIES, events)


def _happenings(quads: list[ox.Quad]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    graph = happenings_graph_iri()
    for quad in quads:
        if quad.graph_name.value == graph and quad.predicate.value.endswith("#reportedIn"):
            event = quad.object.value.split("/event/")[1]
            found.setdefault(quad.subject.value.split("/happening/")[1], set()).add(event)
    return found


def test_reports_of_one_side_at_one_place_are_one_happening() -> None:
    found = _happenings(_build(["gov", "ministry", "agency", "south"]))
    # Shellings by Northland in three documents; Southland's is another happening.
    assert found == {
        "agency/17-24": {"agency/17-24", "gov/17-24", "ministry/17-24"},
        "gov/41-48": {"gov/41-48", "ministry/31-38"},
    }


def test_counts_documents_and_sources() -> None:
    store = ox.Store()
    store.extend(_build(["gov", "ministry", "agency"]))
    rows = {
        row["h"].value.split("/happening/")[1]: (int(row["d"].value), int(row["s"].value))
        for row in store.query(
            "SELECT ?h ?d ?s { GRAPH ?g { ?h a kg:Happening ; kg:documentCount ?d ;"
            " kg:sourceCount ?s } }",
            prefixes={"kg": "https://w3id.org/kg-news/ns#"},
        )
    }
    assert rows == {"agency/17-24": (3, 3), "gov/41-48": (2, 2)}


def test_negation_dates_and_a_country_keep_happenings_apart() -> None:
    far = {"gov": dt.date(2022, 3, 1), "ministry": dt.date(2022, 3, 20)}
    assert _happenings(_build(["gov", "ministry"], far)) == {}
    near = {"gov": dt.date(2022, 3, 1), "ministry": dt.date(2022, 3, 3)}
    assert len(_happenings(_build(["gov", "ministry"], near))) == 2
    text = REPORTS["ministry"]
    denied = [dataclasses.replace(e, negated=True) for e in _events("ministry")]
    quads = rdf.quads(
        [Document("gov", REPORTS["gov"]), Document("ministry", text)],
        ENTITIES,
        [*_events("gov"), *denied],
    )
    assert _happenings(quads) == {}
    # A country alone anchors nothing: every event in Northland is not one happening.
    at_country = [
        dataclasses.replace(e, target=dataclasses.replace(e.target, entity="place/northland"))
        if e.target is not None else e
        for e in _events("ministry")
    ]  # fmt: skip
    quads = rdf.quads(
        [Document("gov", REPORTS["gov"]), Document("ministry", text)],
        ENTITIES,
        [dataclasses.replace(e, target=at_country[0].target) for e in _events("gov")[:1]]
        + at_country[:1],
    )
    assert _happenings(quads) == {}


def test_deterministic_and_incremental() -> None:
    whole = _build(["gov", "ministry", "agency"])
    shuffled = list(whole)
    random.Random(7).shuffle(shuffled)
    assert happening_quads(shuffled) == happening_quads(whole)
    # Adding documents to an earlier build links them to its happenings.
    first = _build(["gov"])
    assert _happenings(first) == {}
    merged = rdf.merge_quads(first, _build(["ministry", "agency"]))
    assert _happenings(merged) == _happenings(whole)
    # Made again, never merged: an old happenings graph is replaced.
    assert _happenings(with_fresh_happenings(merged + merged)) == _happenings(whole)


def test_the_export_with_happenings_validates() -> None:
    dataset = rdf.from_quads(_build(["gov", "ministry", "agency"]))
    assert rdf.validate(dataset) == []


@pytest.mark.parametrize("union", [True, False])
def test_disagreeing_sources_lists_both_values_and_sources(union: bool) -> None:
    store = ox.Store()
    store.extend(_build(["gov", "ministry", "agency", "south"]))
    text = canned_query("disagreeing-sources").text
    rows = [
        {k: row[k].value for k in ("unit", "value1", "source1", "value2", "source2")}
        for row in store.query(text, use_default_graph_as_union=union)
    ]
    assert rows == [
        {
            "unit": "person",
            "value1": "4",
            "source1": "the ministry",
            "value2": "11",
            "source2": "the governor",
        }
    ]
