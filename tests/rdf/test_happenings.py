"""Happenings: events of different documents that report the same happening, and their figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import pyoxigraph as ox
import pytest
from happenings_fixtures import ENTITIES, REPORTS, build_reports, report_events, span

from kg import rdf
from kg.model import Argument, Document, Event, Mention, Place
from kg.namespace import DEFAULT_BASE
from kg.rdf.happenings import happening_quads, happenings_graph_iri, with_fresh_happenings
from kg.store import canned_query


def _happenings(quads: list[ox.Quad]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    graph = happenings_graph_iri()
    for quad in quads:
        if quad.graph_name.value == graph and quad.predicate.value.endswith("#reportedIn"):
            event = quad.object.value.split("/event/")[1]
            found.setdefault(quad.subject.value.split("/happening/")[1], set()).add(event)
    return found


def test_reports_of_one_side_at_one_place_are_one_happening() -> None:
    found = _happenings(build_reports(["gov", "ministry", "agency", "south"]))
    # Shellings by Northland in three documents; Southland's is another happening.
    assert found == {
        "agency/17-24": {"agency/17-24", "gov/17-24", "ministry/17-24"},
        "gov/41-48": {"gov/41-48", "ministry/31-38"},
    }


def test_counts_documents_and_sources() -> None:
    store = ox.Store()
    store.extend(build_reports(["gov", "ministry", "agency"]))
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
    assert _happenings(build_reports(["gov", "ministry"], far)) == {}
    near = {"gov": dt.date(2022, 3, 1), "ministry": dt.date(2022, 3, 3)}
    assert len(_happenings(build_reports(["gov", "ministry"], near))) == 2
    text = REPORTS["ministry"]
    denied = [dataclasses.replace(e, negated=True) for e in report_events("ministry")]
    quads = rdf.quads(
        [Document("gov", REPORTS["gov"]), Document("ministry", text)],
        ENTITIES,
        [*report_events("gov"), *denied],
    )
    assert _happenings(quads) == {}
    # A country alone anchors nothing: every event in Northland is not one happening.
    at_country = [
        dataclasses.replace(e, target=dataclasses.replace(e.target, entity="place/northland"))
        if e.target is not None else e
        for e in report_events("ministry")
    ]  # fmt: skip
    quads = rdf.quads(
        [Document("gov", REPORTS["gov"]), Document("ministry", text)],
        ENTITIES,
        [dataclasses.replace(e, target=at_country[0].target) for e in report_events("gov")[:1]]
        + at_country[:1],
    )
    assert _happenings(quads) == {}


@pytest.mark.parametrize(
    ("modality", "linked"),
    [
        ("requested", False),
        ("conditional", False),
        ("future", False),
        ("question", False),
        ("purpose", True),  # "the battles to shell Avel" are about the shelling
        ("possible", True),  # "may have shelled Avel" reports it, hedged
    ],
)
def test_what_is_asked_imagined_or_foreseen_reports_no_happening(
    modality: str, linked: bool
) -> None:
    # "The ministry urged Northland forces to shell Avel" is no report of the shelling.
    told = [dataclasses.replace(e, modality=modality) for e in report_events("ministry")]
    quads = rdf.quads(
        [Document("gov", REPORTS["gov"]), Document("ministry", REPORTS["ministry"])],
        ENTITIES,
        [*report_events("gov"), *told],
    )
    assert bool(_happenings(quads)) is linked


def test_deterministic_and_incremental() -> None:
    whole = build_reports(["gov", "ministry", "agency"])
    shuffled = list(whole)
    random.Random(7).shuffle(shuffled)
    assert happening_quads(shuffled) == happening_quads(whole)
    # Adding documents to an earlier build links them to its happenings.
    first = build_reports(["gov"])
    assert _happenings(first) == {}
    merged = rdf.merge_quads(first, build_reports(["ministry", "agency"]))
    assert _happenings(merged) == _happenings(whole)
    # Made again, never merged: an old happenings graph is replaced.
    assert _happenings(with_fresh_happenings(merged + merged)) == _happenings(whole)


def test_the_export_with_happenings_validates() -> None:
    dataset = rdf.from_quads(build_reports(["gov", "ministry", "agency"]))
    assert rdf.validate(dataset) == []


@pytest.mark.parametrize("union", [True, False])
def test_disagreeing_sources_lists_both_values_and_sources(union: bool) -> None:
    store = ox.Store()
    store.extend(build_reports(["gov", "ministry", "agency", "south"]))
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


def test_a_repeat_without_a_place_joins_its_document_s_happening() -> None:
    # Written for this test: each side's shelling of Avel and a move into it, then
    # the shelling and the move repeated without the place.
    text = (
        "Northland forces shelled Avel. Southland forces shelled Avel too."
        " Northland forces moved into Avel. The forces shelled a school and moved north."
    )
    convoy = "Northland forces moved into Avel."
    avel = Argument("Avel", *span(text, "Avel"), "GPE", "place/avel")
    north = Argument("Northland forces", 0, 16, "NORP", "group/northland-forces")
    south = Argument("Southland forces", *span(text, "Southland forces"), "NORP",
                     "group/southland-forces")  # fmt: skip
    again = Argument("The forces", *span(text, "The forces"), "", "group/northland-forces")
    school = Argument("a school", *span(text, "a school"), "", None)

    def event(part: str, action: str, kind: str, doc: str = "later", **roles: Any) -> Event:
        # The trigger is the part's first word (its context tells the place).
        whole = convoy if doc == "convoy" else text
        start = whole.index(part)
        end = start + len(part.split()[0])
        sentence = Mention(doc, 0, len(whole), whole)
        return Event(doc, start, end, action, sentence, event_type=kind, **roles)

    events = [
        *report_events("gov"),
        *report_events("south"),
        event("moved into", "move", "Movement", "convoy", actor=north, places=(Place(avel),)),
        event("shelled Avel.", "shell", "Shelling", actor=north, target=avel),
        event("shelled Avel too", "shell", "Shelling", actor=south, target=avel),
        event("moved into", "move", "Movement", actor=north, places=(Place(avel),)),
        event("moved north", "move", "Movement", actor=again),
    ]
    documents = [Document(d, REPORTS[d]) for d in ("gov", "south")]
    documents += [Document("later", text), Document("convoy", convoy)]
    repeat = event("shelled a", "shell", "Shelling", actor=again, target=school)
    found = _happenings(rdf.quads(documents, ENTITIES, [*events, repeat]))
    shelled, moved, into = (text.index(p) for p in ("shelled a", "moved north", "moved into"))
    # The repeated shelling joins its side's happening; a broad class (a move)
    # repeats without being one happening, so "moved north" joins none.
    assert found["gov/17-24"] == {"gov/17-24", "later/17-24", f"later/{shelled}-{shelled + 7}"}
    assert found["convoy/17-22"] == {"convoy/17-22", f"later/{into}-{into + 5}"}
    assert not any(f"later/{moved}-" in e for group in found.values() for e in group)
    # Unnamed, the repeat could belong to either side's happening: it joins neither.
    unnamed = dataclasses.replace(repeat, actor=None)
    found = _happenings(rdf.quads(documents, ENTITIES, [*events, unnamed]))
    assert not any(f"later/{shelled}-" in e for group in found.values() for e in group)


# Written for these tests: two ministries' counts of one side's dead, then a
# count of the other side's, in one report; and two counts from one source.
CLAIMS = (
    "Russia's Defence Ministry said 40 Russian soldiers had been killed in the fighting."
    " The Ukrainian Defence Ministry said its troops had killed more than 900 Russian"
    " soldiers. Ukraine's president said that 120 Ukrainian soldiers had been killed."
)
ONE_SOURCE = (
    "Russia's Defence Ministry said 40 Russian soldiers had been killed in the north."
    " The ministry said 70 Russian soldiers had been killed in the south."
)


def claims_of(quads: list[ox.Quad]) -> list[tuple[str, str, str, str]]:
    """The rows of the canned query ``disagreeing-sources``: both values, both sources."""
    store = ox.Store()
    store.extend(quads)
    rows = store.query(canned_query("disagreeing-sources").text)
    return [(r["value1"].value, r["source1"].value, r["value2"].value, r["source2"].value)
            for r in rows]  # fmt: skip


def built(text: str, doc_id: str = "claims") -> list[ox.Quad]:
    import kg

    return rdf.dataset_quads(kg.build([Document(id=doc_id, text=text)]).to_rdf())


def test_two_sources_counts_of_one_side_s_dead_in_one_report_are_one_happening() -> None:
    rows = claims_of(built(CLAIMS))
    # Russia's dead by both ministries; Ukraine's dead (one claim) in no row.
    assert len(rows) == 1
    low, low_source, high, high_source = rows[0]
    assert (low, high) == ("40", "900")
    assert "Russia" in low_source and "Ukrain" in high_source


def test_a_happening_of_one_report_validates() -> None:
    # Two sources' counts in one document: kg:documentCount 1 is a valid happening.
    assert rdf.validate(rdf.from_quads(built(CLAIMS))) == []


def test_one_source_s_two_counts_are_not_one_happening() -> None:
    assert claims_of(built(ONE_SOURCE)) == []


def _read_fields(read: Any) -> list[Any]:
    """Everything a HappeningsRead holds, dicts as their items in order."""
    fields = []
    for field in dataclasses.fields(read):
        value = getattr(read, field.name)
        if field.name == "mentioned":
            value = [(document, list(counts.items())) for document, counts in value.items()]
        elif isinstance(value, dict):
            value = list(value.items())
        fields.append((field.name, value))
    return fields


def _gathered_as_read(documents: Any, entities: Any, events: Any, mentions: Any = ()) -> None:
    from kg.rdf.happenings import HappeningsReading
    from kg.rdf.mapping import quads_without_happenings

    reading = HappeningsReading()
    stated, summary = quads_without_happenings(
        documents, entities, events, mentions=mentions, reading=reading
    )
    assert (stated, summary) == quads_without_happenings(
        documents, entities, events, mentions=mentions
    )
    gathered, read = reading.read(DEFAULT_BASE), rdf.read_happenings(stated)
    assert _read_fields(gathered) == _read_fields(read)
    links = read.story_links()
    assert gathered.story_links() == links
    assert gathered.quads(links) == read.quads(links)


def test_the_happenings_gathered_from_the_records_are_those_read_from_the_quads() -> None:
    # Dated documents, entities of a country, figures with and without a unit, a
    # target written as text, two places and a place given twice.
    documents = [Document(doc, REPORTS[doc], date=dt.date(2024, 3, 9)) for doc in REPORTS]
    events = [e for doc in REPORTS for e in report_events(doc, time="2024-03-08")]
    text = REPORTS["agency"]
    sentence = Mention("agency", 0, len(text), text)
    avel = Argument("Avel", *span(text, "Avel"), "GPE", "place/avel")
    village = Argument("a village", 0, 3, "")
    troops = Argument("Northland troops", 0, 16, "NORP", "group/northland-forces")
    events.append(
        Event(
            "agency", *span(text, "shelled"), "shell", sentence, actor=troops,
            target=Argument("the old bridge", 0, 4, ""),
            places=(Place(avel), Place(avel, "destination"), Place(village)),
            event_type="Shelling", modality="reported",
        )
    )  # fmt: skip
    _gathered_as_read(documents, ENTITIES, events)


def test_the_happenings_of_a_build_gathered_from_the_records_are_those_read(
    sample_graph: Any,
) -> None:
    graph = sample_graph
    _gathered_as_read(graph.documents, graph.entities, graph.events, graph.mentions)
