"""The canned queries outside kg: rdflib's parser and engine, and the tuned forms kg runs itself.

The portable ``ontology/queries/NAME.rq`` must parse and answer on any SPARQL
1.1 engine that holds kg's named graphs, without a union default graph; a
tuned ``oxigraph/NAME.rq`` must give the same rows on kg's own engine. (The
stock Oxigraph server is in ``test_push.py``.)
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from happenings_fixtures import build_reports
from rdf_fixtures import hand_built_graph
from rdflib import Dataset, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from kg import rdf
from kg.store import CannedQuery, Result, canned_queries, query

#: Values bound for each query run (the timeline needs an actor).
BINDINGS: dict[str, list[dict[str, Node] | None]] = {
    "actor-timeline": [
        {"actor": Literal("Ana Ruiz")},
        {"actor": Literal("Mayor Ana Ruiz")},
        {"actor": Literal("the coast guard")},
        {"actor": rdf.entity_iri("place/port-avel")},
    ],
}

#: Queries that need what the hand-built graph lacks (a happening): run on the Avel reports.
ON_REPORTS = {"disagreeing-sources"}

#: Queries with no ORDER BY: their rows are compared in any order.
UNORDERED = {"who-did-what"}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("canned")
    return rdf.write_outputs(hand_built_graph().to_rdf(), folder, formats=list(rdf.FORMATS))


@pytest.fixture(scope="module")
def report_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    # Four reports of one night, two of whose sources give different death tolls.
    folder = tmp_path_factory.mktemp("reports")
    dataset = rdf.from_quads(build_reports(["gov", "ministry", "agency", "south"]))
    return rdf.write_outputs(dataset, folder, formats=list(rdf.FORMATS))


def _value(term: Node | None) -> Any:
    # Engines may write a number as they like (200.0 or 200): compare numbers by value.
    value = term.toPython() if isinstance(term, Literal) else None
    if isinstance(value, (int, Decimal, float)) and not isinstance(value, bool):
        return Decimal(str(value))
    return term


def _rows(rows: Any, name: str) -> list[tuple[Any, ...]]:
    found = [tuple(_value(term) for term in row) for row in rows]
    return sorted(found, key=repr) if name in UNORDERED else found


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_the_portable_text_is_plain_sparql_1_1(name: str) -> None:
    canned = canned_queries()[name]
    # rdflib's parser knows SPARQL 1.1 and nothing more: no LATERAL.
    prepareQuery(canned.text)
    blanked = re.sub(r"#[^\n]*", "", canned.text)
    assert "LATERAL" not in blanked.upper()
    # Every triple pattern sits in a GRAPH block: no union default graph needed.
    assert "GRAPH" in blanked


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_rdflib_s_engine_without_a_union_default_graph_gives_kg_s_rows(
    files: dict[str, Path], report_files: dict[str, Path], name: str
) -> None:
    canned = canned_queries()[name]
    files = report_files if name in ON_REPORTS else files
    prepared = prepareQuery(canned.text)
    for bindings in BINDINGS.get(name, [None]):
        with rdf.quiet_rdflib():  # rdflib's own deprecation warnings
            dataset = Dataset(default_union=False)
            dataset.parse(data=files["trig"].read_text("utf-8"), format="trig")
            theirs = dataset.query(prepared, initBindings=bindings or {})
            theirs_rows = list(theirs)
        ours = query([files["trig"]], canned.local_text, bindings=bindings)
        assert [str(v) for v in theirs.vars or []] == list(ours.variables), name
        assert _rows(theirs_rows, name) == _rows(ours.rows, name), (name, bindings)
        assert len(ours) > 0, (name, bindings)


def _both(canned: CannedQuery, sources: list[Path], bindings: dict[str, Node] | None) -> Result:
    portable = query(sources, canned.text, bindings=bindings)
    tuned = query(sources, canned.local_text, bindings=bindings)
    assert portable.variables == tuned.variables
    assert _rows(portable.rows, canned.name) == _rows(tuned.rows, canned.name), (
        canned.name,
        bindings,
    )
    return portable


@pytest.mark.parametrize("fmt", ["trig", "turtle", "json-ld"])
@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_the_tuned_form_gives_the_portable_rows(
    files: dict[str, Path], report_files: dict[str, Path], name: str, fmt: str
) -> None:
    canned = canned_queries()[name]
    files = report_files if name in ON_REPORTS else files
    for bindings in BINDINGS.get(name, [None]):
        assert len(_both(canned, [files[fmt]], bindings)) > 0


def test_a_tuned_form_is_optional(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A query without a tuned form runs its portable text everywhere.
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "ask.rq").write_text("# Any event?\nASK { GRAPH ?g { ?e a kg:Event } }\n", "utf-8")
    monkeypatch.setattr(rdf, "ontology_path", lambda name: tmp_path / name)
    (only,) = canned_queries().values()
    assert only.tuned_path is None and only.local_text == only.text
    assert only.description == "Any event?"


def test_triples_without_a_graph_are_kept_in_a_named_one(files: dict[str, Path]) -> None:
    # graph.ttl holds no graphs; kg keeps its triples in graph/default, so
    # queries that name their graphs find them.
    graphs = query([files["turtle"]], "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert {row[0] for row in graphs.rows} == {
        rdf.default_graph_iri(),
        rdf.summary_graph_iri(),  # counted afresh when files are queried
    }
    # Given with graph.trig, the Turtle copies of its triples are dropped.
    both = query([files["trig"], files["turtle"]], "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    alone = query([files["trig"]], "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert both.rows == alone.rows
    assert URIRef(rdf.graph_iri("default")) != rdf.default_graph_iri()


#: Debian's Jena (apt-get install libapache-jena-java), which .ci/run installs.
JENA_JARS = Path("/usr/share/java")


def _jena_classpath(tmp_path: Path) -> str:
    """The class path of Debian's Jena command-line tools, or fail in CI / skip locally."""
    import os
    import shutil
    import zipfile

    core = JENA_JARS / "jena-core.jar"
    if shutil.which("java") is None or not core.exists():
        reason = "Jena is not installed (apt-get install libapache-jena-java)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    # Debian moves Jena's copy of Xerces to the package "xerces" but leaves its
    # message files under their old path, and Jena cannot start without them:
    # give them at the path the classes look in.
    fixed = tmp_path / "jena-resources"
    with zipfile.ZipFile(core) as jar:
        for name in jar.namelist():
            prefix = "org/apache/jena/ext/xerces/"
            if name.startswith(prefix) and name.endswith(".properties"):
                target = fixed / "xerces" / name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    jars = [p for p in sorted(JENA_JARS.glob("jena-*.jar")) if not re.search(r"-\d", p.name)]
    others = "commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection"
    others += " gson jackson-core jackson-databind jsonld-java slf4j-api slf4j-nop thrift guava"
    jars += [JENA_JARS / f"{name}.jar" for name in [*others.split(), "failureaccess"]]
    return ":".join([str(fixed), *(str(p) for p in jars if p.exists())])


def test_jena_parses_every_portable_query_and_refuses_lateral(tmp_path: Path) -> None:
    import subprocess

    classpath = _jena_classpath(tmp_path)

    def parse(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["java", "-cp", classpath, "arq.qparse", "--file", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    for canned in canned_queries().values():
        parsed = parse(canned.path)
        assert parsed.returncode == 0, (canned.name, parsed.stderr[-500:])
    # Jena 4.5 predates LATERAL: the tuned forms are for kg's engine only.
    tuned = next(c.tuned_path for c in canned_queries().values() if c.tuned_path)
    assert tuned is not None
    refused = parse(tuned)
    assert refused.returncode != 0 and "LATERAL" in refused.stdout + refused.stderr


def test_a_store_keeps_a_turtle_file_in_graph_default(
    files: dict[str, Path], tmp_path: Path
) -> None:
    from kg.store import Store

    store = Store(tmp_path / "store")
    for _ in range(2):  # adding the same triples again changes nothing, counts included
        store.add(rdf.read_quads([files["turtle"]]))
    assert str(rdf.default_graph_iri()) in store.graphs()
    for name, canned in canned_queries().items():
        for bindings in BINDINGS.get(name, [None]):
            ours = store.query(canned.local_text, bindings=bindings)
            theirs = query([files["trig"]], canned.local_text, bindings=bindings)
            assert _rows(ours.rows, name) == _rows(theirs.rows, name), (name, bindings)


#: events-at-place's bindings: none, a type, a place (label, alias, IRI, a country), both.
PLACE_BINDINGS: list[dict[str, Node] | None] = [
    None,
    {"type": Literal("Movement")},
    {"place": Literal("Port Avel")},
    {"place": Literal("Avel")},
    {"place": rdf.entity_iri("place/northland")},
    {"type": Literal("Movement"), "place": Literal("Northland")},
    {"type": Literal("TakeControl"), "place": Literal("Port Avel")},
    {"type": Literal("Attack"), "place": Literal("Port Avel")},
]


@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_events_at_place_s_tuned_form_gives_the_portable_rows_for_any_binding(
    tmp_path: Path, fmt: str
) -> None:
    import dataclasses

    graph = hand_built_graph()
    # Port Avel lies in Northland: the containment the query follows.
    entities = [
        dataclasses.replace(e, country="place/northland") if e.id == "place/port-avel" else e
        for e in graph.entities
    ]
    path = tmp_path / f"graph{rdf.FORMATS[fmt]}"
    path.write_text(rdf.serialize_quads(rdf.quads(graph.documents, entities, graph.events), fmt))
    canned = canned_queries()["events-at-place"]
    assert canned.tuned_path is not None
    found = [len(_both(canned, [path], bindings)) for bindings in PLACE_BINDINGS]
    assert found[0] > found[1] > 0 and found[5] > 0 and found[-1] == 0


def test_events_at_place_lists_each_event_once_per_class_and_place(tmp_path: Path) -> None:
    """Without bindings a row is one event, one of its classes, one way to a place.

    The class was bound two ways (its IRI and its name), so every event came twice.
    """
    import dataclasses

    graph = hand_built_graph()
    entities = [
        dataclasses.replace(e, country="place/northland") if e.id == "place/port-avel" else e
        for e in graph.entities
    ]
    path = tmp_path / "graph.trig"
    path.write_text(rdf.serialize_quads(rdf.quads(graph.documents, entities, graph.events), "trig"))
    canned = canned_queries()["events-at-place"]
    for text in (canned.text, canned.local_text):
        result = query([path], text)
        column = result.variables.index("type")
        rows = [tuple(map(str, row)) for row in result.rows]
        assert rows and len(set(rows)) == len(rows)
        # The class as a name, never its IRI: one class, one row.
        assert all(not row[column].startswith("http") for row in rows)
        keys = {
            (r[result.variables.index("event")], r[column], r[result.variables.index("place")])
            for r in rows
        }
        assert len(keys) == len(rows)


def test_a_class_iri_for_type_is_bound_as_its_name(tmp_path: Path) -> None:
    from kg.store import stored_names

    path = tmp_path / "graph.trig"
    graph = hand_built_graph()
    path.write_text(
        rdf.serialize_quads(rdf.quads(graph.documents, graph.entities, graph.events), "trig")
    )
    kg_ns = "https://w3id.org/kg-news/ns#"
    found = stored_names([path], {"type": URIRef(kg_ns + "TakeControl")})
    assert found == {"type": Literal("TakeControl")}
    # An IRI that is no class of kg's taxonomy stays as given (and finds no row).
    other = URIRef("http://example.org/TakeControl")
    assert stored_names([path], {"type": other}) == {"type": other}
