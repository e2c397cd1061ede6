"""The summary graph: per-entity counts written with the graph, checked against SPARQL counting."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdf_fixtures import hand_built_graph
from rdflib import URIRef
from rdflib.namespace import XSD

from kg import rdf
from kg.graph import KnowledgeGraph
from kg.model import Argument, Document, Event, Mention, Place
from kg.namespace import DEFAULT_BASE, KG, PREFIXES
from kg.store import Store, canned_query, query

ID = DEFAULT_BASE

# The counting the summary replaces, done by the engine at query time: an
# independent second opinion on every count.
COUNTED = """
SELECT ?entity (COUNT(DISTINCT ?other) AS ?partners) (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  { ?event kg:actor ?entity } UNION { ?event kg:target ?entity }
  UNION { ?event kg:source ?entity } UNION { ?event kg:place ?entity }
  FILTER(isIRI(?entity))
  OPTIONAL {
    { ?event kg:actor ?other } UNION { ?event kg:target ?other }
    UNION { ?event kg:source ?other } UNION { ?event kg:place ?other }
    FILTER(isIRI(?other) && ?other != ?entity)
  }
}
GROUP BY ?entity
"""

SUMMARY = """
SELECT ?entity ?partners ?events
WHERE { GRAPH ?g { ?entity kg:partnerCount ?partners ; kg:eventCount ?events } }
"""


def _prefixed(sparql: str) -> str:
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items()) + sparql


def _table(store: ox.Store, sparql: str) -> dict[str, tuple[int, int]]:
    rows = store.query(_prefixed(sparql), use_default_graph_as_union=True)
    return {
        row["entity"].value: (int(row["partners"].value), int(row["events"].value))
        for row in rows  # type: ignore[union-attr]
    }


def _counted(quads: list[ox.Quad]) -> dict[str, tuple[int, int]]:
    store = ox.Store()
    store.extend(q for q in quads if q.graph_name != ox.NamedNode(ID + "graph/summary"))
    return _table(store, COUNTED)


def _summarized(quads: list[ox.Quad]) -> dict[str, tuple[int, int]]:
    store = ox.Store()
    store.extend(quads)
    return _table(store, SUMMARY)


def test_summary_of_the_samples_matches_counting_in_sparql(sample_graph: KnowledgeGraph) -> None:
    found = rdf.quads(sample_graph.documents, sample_graph.entities, sample_graph.events)
    counted = _counted(found)
    assert len(counted) > 20
    assert _summarized(found) == counted
    # Written from the records as they go, or counted from quads: the same graph.
    summary = ox.NamedNode(ID + "graph/summary")
    assert [q for q in found if q.graph_name == summary] == rdf.summary_quads(found)


def test_an_entity_in_two_roles_of_one_event_counts_once() -> None:
    text = "Port Avel shelled Port Avel's outskirts."
    port = Argument("Port Avel", 0, 9, "GPE", "place/port-avel")
    event = Event(
        "a",
        10,
        17,
        "shell",
        Mention("a", 0, len(text), text),
        actor=port,
        target=Argument("the coast guard", 0, 9),  # text, not an entity: no partner
        places=(Place(port, "location"),),
    )
    summary = {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in rdf.quads([Document("a", text)], (), [event])
        if q.graph_name == ox.NamedNode(ID + "graph/summary")
    }
    assert summary == {
        (ID + "place/port-avel", str(KG.eventCount), "1"),
        (ID + "place/port-avel", str(KG.partnerCount), "0"),
    }


def _without_port_avel(graph: KnowledgeGraph) -> KnowledgeGraph:
    """Document a rebuilt so that Port Avel is no longer in its events."""
    events = tuple(
        dataclasses.replace(event, places=(), target=None) if event.document == "a" else event
        for event in graph.events
    )
    return KnowledgeGraph(graph.documents, graph.entities, events)


def test_merging_makes_the_summary_again_from_the_merged_graph() -> None:
    graph, rebuilt = hand_built_graph(), _without_port_avel(hand_built_graph())
    first = rdf.quads(graph.documents, graph.entities, graph.events)
    only_a = [d for d in rebuilt.documents if d.id == "a"]
    second = rdf.quads(only_a, (), [e for e in rebuilt.events if e.document == "a"])
    merged = rdf.merge_quads(first, second)
    assert _summarized(merged) == _counted(merged)
    assert _summarized(merged) != _summarized(first)  # Port Avel lost its events in a
    assert merged == rdf.merge_quads(merged, second)  # and merging again changes nothing


def test_store_keeps_its_summary_right_across_adds(tmp_path: Path) -> None:
    graph, rebuilt = hand_built_graph(), _without_port_avel(hand_built_graph())
    store = Store(tmp_path / "store")
    # As kg build --store does: documents without the summary, then the entities with it.
    store.add(rdf.quads(graph.documents, (), graph.events), summarize=False)
    assert ID + "graph/summary" not in store.graphs()
    store.add(rdf.quads((), graph.entities, ()))
    assert _summarized(store.quads()) == _counted(store.quads())
    before = _summarized(store.quads())
    only_a = [d for d in rebuilt.documents if d.id == "a"]
    store.add(rdf.quads(only_a, (), [e for e in rebuilt.events if e.document == "a"]))
    after = _summarized(store.quads())
    assert after == _counted(store.quads()) and after != before


def test_files_are_summarized_afresh_when_queried(tmp_path: Path) -> None:
    graph = hand_built_graph()
    found = rdf.quads(graph.documents, graph.entities, graph.events)
    summary = ox.NamedNode(ID + "graph/summary")

    def doubled(q: ox.Quad) -> ox.Quad:
        count = ox.Literal(str(2 * int(q.object.value)), datatype=ox.NamedNode(str(XSD.integer)))
        return ox.Quad(q.subject, q.predicate, count, q.graph_name)

    # Every count doubled, as a file from an older or foreign build might hold them.
    stale = [doubled(q) if q.graph_name == summary else q for q in found]
    path = tmp_path / "stale.trig"
    path.write_text(rdf.serialize_quads(stale, "trig"), "utf-8")
    rows = query([path], canned_query("connected-actors").text).records()
    partners = {row["label"].toPython(): row["partners"].toPython() for row in rows}
    assert partners == {"Ana Ruiz": 2, "Northland forces": 1}


@pytest.mark.parametrize("name", ["summary", "entities"])
def test_a_document_cannot_take_a_shared_graph(name: str) -> None:
    assert rdf.graph_iri(name) != URIRef(ID + f"graph/{name}")
    assert rdf.graph_iri(name).endswith(name[1:])


def test_the_recount_in_the_docs_gives_the_same_summary(sample_graph: KnowledgeGraph) -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "rdf.md").read_text("utf-8")
    recount = text.split("Recounting the summary", 1)[1].split("```sparql\n", 1)[1]
    recount = recount.split("```", 1)[0]
    found = rdf.quads(sample_graph.documents, sample_graph.entities, sample_graph.events)
    summary = ox.NamedNode(ID + "graph/summary")
    store = ox.Store()
    store.extend(q for q in found if q.graph_name != summary)
    store.update(recount)
    assert set(store.quads_for_pattern(None, None, None, summary)) == {
        q for q in found if q.graph_name == summary
    }
