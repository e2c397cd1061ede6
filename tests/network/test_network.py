"""kg.network: entities as nodes, events as edges, the same from records and from RDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal

import pytest
import rdflib
from browser_fixtures import hostile_story, story
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.event_types import EVENT_TYPES
from kg.model import Argument, Document, Entity, Event, Mention, Place
from kg.namespace import KG
from kg.network import from_rdf, to_networkx

BASE = "https://example.org/id/"


@pytest.fixture(scope="module")
def graph():  # type: ignore[no-untyped-def]
    return to_networkx(*story())


def edge(graph, key):  # type: ignore[no-untyped-def]
    (found,) = [(u, v, a) for u, v, k, a in graph.edges(keys=True, data=True) if k == key]
    return found


def event_key(sentence_start: str) -> str:
    documents, _, events = story()
    (event,) = [e for e in events if e.evidence.text.startswith(sentence_start)]
    return event.id


def test_every_entity_is_a_node_with_its_attributes(graph) -> None:  # type: ignore[no-untyped-def]
    _, entities, _ = story()
    assert {e.id for e in entities} <= set(graph.nodes)
    kyiv = graph.nodes["place/kyiv"]
    assert kyiv["label"] == "Kyiv"
    assert kyiv["kind"] == "place"
    assert kyiv["aliases"] == ["Kiev"]
    assert kyiv["mentions"] == 7
    assert (kyiv["lat"], kyiv["long"]) == (50.45466, 30.5238)
    assert kyiv["documents"] == ["kyiv-day-one"]
    # Named by no event: still a node, in no document.
    assert graph.nodes["place/russia"]["documents"] == ["allies-respond"]
    assert sorted(graph.nodes["person/volodymyr-zelensky"]["aliases"]) == [
        "President Zelensky",
        "Zelensky",
    ]


def test_actor_to_target_edge_keyed_by_event_id(graph) -> None:  # type: ignore[no-untyped-def]
    key = event_key("Zelensky called")
    u, v, attrs = edge(graph, key)
    assert (u, v) == ("person/volodymyr-zelensky", "organization/european-union")
    assert attrs["action"] == "call on"
    assert attrs["evidence"] == "Zelensky called on the EU to close its airspace."
    assert attrs["document"] == "kyiv-day-one"
    assert attrs["negated"] is False
    assert attrs["role"] == "event" and attrs["event"] == key


def test_without_target_the_destination_place_is_the_head(graph) -> None:  # type: ignore[no-untyped-def]
    u, v, attrs = edge(graph, event_key("Russian troops moved"))
    assert (u, v) == ("group/russian-forces", "place/kyiv")  # destination before origin
    assert attrs["source"] == "Ukrainian General Staff"  # the source entity's label
    assert (attrs["time"], attrs["date"]) == ("Thursday", "2022-02-24")
    # The origin is not an end of the edge but the event still counts for it.
    assert graph.nodes["place/belarus"]["documents"] == ["kyiv-day-one"]


def test_unresolved_target_is_kept_as_object_and_figures_become_nodes(graph) -> None:  # type: ignore[no-untyped-def]
    key = event_key("Ukrainian forces shot")
    u, v, attrs = edge(graph, key)
    assert (u, v) == ("group/ukrainian-forces", "place/kharkiv")
    assert attrs["object"] == "six Russian aircraft"
    assert attrs["figures"] == ["six Russian aircraft"]
    figure = f"figure/{key}/0"
    assert graph.nodes[figure]["kind"] == "figure"
    assert graph.nodes[figure]["label"] == "six Russian aircraft"
    assert graph.nodes[figure]["value"] == Decimal(6)
    assert graph.nodes[figure]["unit"] == "aircraft"
    fu, fv, fattrs = edge(graph, f"{key}/figure/0")
    assert (fu, fv) == ("group/ukrainian-forces", figure)
    assert fattrs["role"] == "figure" and fattrs["event"] == key
    assert fattrs["evidence"] == attrs["evidence"]


def test_event_with_one_end_is_a_loop_and_keeps_negation(graph) -> None:  # type: ignore[no-untyped-def]
    u, v, attrs = edge(graph, event_key("Kyiv has not"))
    assert u == v == "place/kyiv"
    assert attrs["negated"] is True
    assert attrs["source"] == "Vitali Klitschko"
    u, v, attrs = edge(graph, event_key("NATO will not"))
    assert (u, v) == ("organization/nato", "place/ukraine")
    assert attrs["modality"] == "future" and attrs["negated"] is True


def test_event_naming_no_entity_is_dropped_and_counted() -> None:
    text = "Someone did something."
    event = Event(
        "d",
        8,
        11,
        "do",
        Mention("d", 0, len(text), text),
        actor=Argument("Someone", 0, 7),
        target=Argument("something", 12, 21),
    )
    graph = to_networkx([Document("d", text)], [], [event])
    assert graph.number_of_edges() == 0
    assert graph.graph["dropped_events"] == 1


def test_an_entity_missing_from_the_list_becomes_a_stub_node() -> None:
    text = "Kyiv fell."
    event = Event(
        "d",
        5,
        9,
        "fall",
        Mention("d", 0, 10, text),
        places=(Place(Argument("Kyiv", 0, 4, "GPE", "place/kyiv")),),
    )
    graph = to_networkx([], [], [event])
    assert graph.nodes["place/kyiv"]["kind"] == "place"
    assert graph.nodes["place/kyiv"]["label"] == "place/kyiv"
    assert list(graph.edges("place/kyiv")) == [("place/kyiv", "place/kyiv")]


def test_graph_lists_documents(graph) -> None:  # type: ignore[no-untyped-def]
    assert graph.graph["documents"]["kyiv-day-one"] == {
        "title": "Russian forces close in on Kyiv",
        "date": "2022-02-25",
        "url": "https://example.org/news/kyiv-day-one",
        "site": None,
    }


def assert_same(a, b) -> None:  # type: ignore[no-untyped-def]
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    left = {(u, v, k): d for u, v, k, d in a.edges(keys=True, data=True)}
    right = {(u, v, k): d for u, v, k, d in b.edges(keys=True, data=True)}
    assert left == right
    assert a.graph == b.graph


@pytest.mark.parametrize("records", [story, hostile_story], ids=["story", "hostile"])
@pytest.mark.parametrize("base", [None, BASE])
def test_from_rdf_gives_the_same_graph(records, base) -> None:  # type: ignore[no-untyped-def]
    from kg.rdf import to_dataset

    documents, entities, events = records()
    kwargs = {} if base is None else {"base": base}
    dataset = to_dataset(documents, entities, events, **kwargs)
    assert_same(from_rdf(dataset), to_networkx(documents, entities, events))


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_from_rdf_after_a_file_round_trip(tmp_path, suffix) -> None:  # type: ignore[no-untyped-def]
    from kg.rdf import load, to_dataset, write

    documents, entities, events = story()
    path = write(to_dataset(documents, entities, events, base=BASE), tmp_path / f"g{suffix}")
    assert_same(from_rdf(load(path), base=BASE), to_networkx(documents, entities, events))


def test_from_rdf_reads_a_hand_built_graph() -> None:
    # The agreed layout written by hand, independent of kg.rdf.
    g = rdflib.Graph()
    n = rdflib.Namespace(BASE)
    kyiv, forces = n["place/kyiv"], n["group/russian-forces"]
    doc, event, mention = n["document/d1"], n["event/d1/15-20"], n["mention/d1/0-40"]
    g.add((kyiv, RDF.type, KG.Place))
    g.add((kyiv, RDFS.label, rdflib.Literal("Kyiv")))
    g.add((kyiv, KG.alias, rdflib.Literal("Kiev")))
    g.add((kyiv, KG.mentionCount, rdflib.Literal(3)))
    g.add(
        (
            kyiv,
            rdflib.URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat"),
            rdflib.Literal("50.45", datatype=XSD.decimal),
        )
    )
    g.add(
        (
            kyiv,
            rdflib.URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#long"),
            rdflib.Literal("30.52", datatype=XSD.decimal),
        )
    )
    g.add((forces, RDF.type, KG.Group))
    g.add((forces, RDF.type, KG.Actor))
    g.add((forces, RDFS.label, rdflib.Literal("Russian forces")))
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, KG.date, rdflib.Literal(dt.date(2022, 2, 25))))
    g.add((event, RDF.type, KG.Event))
    g.add((event, KG.action, rdflib.Literal("advance")))
    g.add((event, KG.actor, forces))
    g.add((event, KG.place, kyiv))
    g.add((event, KG.destination, kyiv))
    g.add((event, KG.negated, rdflib.Literal(False)))
    g.add((event, KG.document, doc))
    g.add((event, PROV.wasDerivedFrom, mention))
    g.add((mention, KG.text, rdflib.Literal("Russian forces advanced towards Kyiv.")))
    graph = from_rdf(g, base=BASE)
    assert (graph.nodes["place/kyiv"]["lat"], graph.nodes["place/kyiv"]["long"]) == (50.45, 30.52)
    assert graph.nodes["place/kyiv"]["aliases"] == ["Kiev"]
    assert graph.nodes["place/kyiv"]["documents"] == ["d1"]
    ((u, v, k, attrs),) = graph.edges(keys=True, data=True)
    assert (u, v, k) == ("group/russian-forces", "place/kyiv", "d1/15-20")
    assert attrs["evidence"] == "Russian forces advanced towards Kyiv."
    assert graph.graph["documents"] == {
        "d1": {"title": None, "date": "2022-02-25", "url": None, "site": None}
    }


def test_entities_without_events_survive_the_round_trip() -> None:
    from kg.rdf import to_dataset

    lone = [Entity("person/nobody", "Nobody", "person", mentions=1)]
    assert_same(from_rdf(to_dataset([], lone, [])), to_networkx([], lone, []))


# --------------------------------------------------------------------------- properties

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_KINDS = ("person", "organization", "group", "place")
_names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
_ids = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8)


@st.composite
def records(draw):  # type: ignore[no-untyped-def]
    from kg.model import Figure, TimeExpression

    kinds = draw(st.lists(st.sampled_from(_KINDS), min_size=1, max_size=6))
    entities = [
        Entity(
            f"{kind}/{draw(_ids)}-{i}",
            draw(_names),
            kind,
            aliases=tuple(draw(st.lists(_names, max_size=3))),
            mentions=draw(st.integers(0, 50)),
            lat=draw(st.none() | st.floats(-90, 90, allow_nan=False)),
            long=draw(st.none() | st.floats(-180, 180, allow_nan=False)),
        )
        for i, kind in enumerate(kinds)
    ]
    pool = [e.id for e in entities] + ["place/not-listed"]
    doc_ids = draw(st.lists(_ids, min_size=1, max_size=3, unique=True))
    documents = [Document(d, "text", title=draw(st.none() | _names)) for d in doc_ids[1:]]

    def argument(doc: str) -> Argument | None:
        if not draw(st.booleans()):
            return None
        # Read in another sentence of its document (a quote's speaker named elsewhere).
        elsewhere = draw(st.none() | st.just(Mention(doc, 1000, 1011, "He said so.")))
        return Argument(draw(_names), 0, 1, "", draw(st.none() | st.sampled_from(pool)), elsewhere)

    events = []
    for index in range(draw(st.integers(0, 8))):
        doc = draw(st.sampled_from(doc_ids))
        sentence = draw(_names)
        places = tuple(
            Place(Argument("p", 0, 1, "GPE", draw(st.none() | st.sampled_from(pool))), role)
            for role in draw(
                st.lists(st.sampled_from(["location", "origin", "destination"]), max_size=3)
            )
        )
        figures = tuple(
            Figure(
                draw(_names),
                Decimal(draw(st.integers(0, 10**6))),
                draw(st.none() | _names),
                "exact",
                0,
                1,
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        time = draw(
            st.none()
            | st.builds(
                TimeExpression,
                _names,
                st.just(0),
                st.just(1),
                st.none() | st.sampled_from(["2022", "2022-02", "2022-02-24"]),
            )
        )
        events.append(
            Event(
                doc,
                index * 10,
                index * 10 + 3,
                draw(_names) or "act",
                Mention(doc, index * 10, index * 10 + len(sentence), sentence),
                actor=argument(doc),
                target=argument(doc),
                places=places,
                figures=figures,
                time=time,
                source=argument(doc),
                negated=draw(st.booleans()),
                modality=draw(st.sampled_from(["asserted", "possible"])),
                event_type=draw(st.none() | st.sampled_from(sorted(EVENT_TYPES))),
            )
        )
    return documents, entities, events


@settings(
    max_examples=int(os.environ.get("KG_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(records())
def test_from_rdf_matches_to_networkx_on_any_records(data) -> None:  # type: ignore[no-untyped-def]
    from kg.rdf import to_dataset

    documents, entities, events = data
    assert_same(
        from_rdf(to_dataset(documents, entities, events)), to_networkx(documents, entities, events)
    )


def test_a_source_named_in_another_sentence_says_which() -> None:
    documents, entities, events = story()
    said = next(e for e in events if e.source is not None)
    elsewhere = Mention(said.document, 0, 5, documents[0].text[:5])
    source = dataclasses.replace(said.source, evidence=elsewhere)
    changed = [dataclasses.replace(e, source=source) if e is said else e for e in events]
    graph = to_networkx(documents, entities, changed)
    _, _, attrs = edge(graph, said.id)
    assert attrs["source_from"] == elsewhere.text
    others = [a for _, _, k, a in graph.edges(keys=True, data=True) if k != said.id]
    assert others and all(a["source_from"] is None for a in others)


def test_an_unnamed_persons_organisation_is_a_node_attribute_and_survives_rdf() -> None:
    from kg.rdf import to_dataset

    documents, entities, events = story()
    official = Entity(
        "person/ukrainian-general-staff-spokesman",
        "Ukrainian General Staff spokesman",
        "person",
        mentions=1,
        affiliation="organization/ukrainian-general-staff",
    )
    graph = to_networkx(documents, (*entities, official), events)
    assert graph.nodes[official.id]["affiliation"] == "organization/ukrainian-general-staff"
    assert graph.nodes["person/vladimir-putin"]["affiliation"] is None
    assert_same(from_rdf(to_dataset(documents, (*entities, official), events)), graph)


def test_event_parts_stay_separate_edges_through_rdf() -> None:
    from dataclasses import replace

    from kg.rdf import to_dataset

    documents, entities, events = story()
    biden = next(e for e in events if e.action == "announce sanctions against")
    second = replace(biden, part=1, actor=replace(biden.actor, entity="person/vladimir-putin"))
    records = (documents, entities, (*events, second))
    assert to_networkx(*records).number_of_edges() == 12
    assert_same(from_rdf(to_dataset(*records)), to_networkx(*records))
