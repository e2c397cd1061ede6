"""The RDF export: IRIs, the agreed layout, every format round-tripping, merging."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdf_fixtures import hand_built_graph
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, SKOS, XSD

from kg import rdf
from kg.errors import InputError
from kg.graph import KnowledgeGraph
from kg.model import Argument, Document, Entity, Event, Figure, Mention, Place, TimeExpression
from kg.namespace import DEFAULT_BASE, GEO, KG, NIF, SCHEMA, SEM

PROV = rdf.PROV
ID = DEFAULT_BASE


def _graphs(dataset: Dataset) -> dict[str, Graph]:
    return {str(name): graph for name, graph in rdf.named_graphs(dataset).items()}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return hand_built_graph().to_rdf()


# --------------------------------------------------------------------------- IRIs


@pytest.mark.parametrize(
    "text",
    [
        'say "hi"',
        "<script>",
        "a b",
        "Київ",
        "北京",
        "zero\u200bwidth",
        "tab\tnew\nline",
        "%41",
        "a/b",
        "",
        ".",
        "..",
        "#frag?q=1",
        "\x00\x7f",
    ],
)
def test_safe_gives_valid_distinct_iris(text: str) -> None:
    import pyoxigraph as ox

    segment = rdf.safe(text)
    ox.NamedNode(ID + "document/" + segment)  # raises on an invalid IRI
    assert all(ch.isascii() and (ch.isalnum() or ch in "-._~%") for ch in segment)
    assert segment not in {".", ".."}


def test_safe_is_injective_on_tricky_pairs() -> None:
    pairs = [("a b", "a%20b"), ("a/b", "a%2Fb"), (".", "%2E"), ("Ä", "A\u0308")]
    for left, right in pairs:
        assert rdf.safe(left) != rdf.safe(right)


def test_iris_follow_the_agreed_layout() -> None:
    event = hand_built_graph().events[0]
    assert rdf.entity_iri("place/kyiv") == URIRef(ID + "place/kyiv")
    assert rdf.event_iri(event) == URIRef(f"{ID}event/a/{event.start}-{event.end}")
    assert rdf.mention_iri(event.evidence) == URIRef(
        f"{ID}mention/a/{event.evidence.start}-{event.evidence.end}"
    )
    assert rdf.document_iri("a b") == URIRef(ID + "document/a%20b")
    assert rdf.graph_iri("a") == URIRef(ID + "graph/a")
    assert rdf.entities_graph_iri() == URIRef(ID + "graph/entities")
    # A document called "entities" does not take over the shared graph.
    assert rdf.graph_iri("entities") != rdf.entities_graph_iri()


def test_iris_are_stable_and_use_the_base() -> None:
    first = rdf.serialize(hand_built_graph().to_rdf(), "nquads")
    again = rdf.serialize(hand_built_graph().to_rdf(), "nquads")
    assert sorted(first.splitlines()) == sorted(again.splitlines())
    other = hand_built_graph().to_rdf(base="http://example.org/kg/")
    subjects = {str(s) for s in rdf.union(other).subjects()}
    assert subjects and all(s.startswith("http://example.org/kg/") for s in subjects)


# --------------------------------------------------------------------------- layout


def test_named_graph_per_document_and_one_for_entities(dataset: Dataset) -> None:
    graphs = _graphs(dataset)
    assert set(graphs) == {
        ID + "graph/a",
        ID + "graph/b",
        ID + "graph/entities",
        ID + "graph/summary",
    }
    assert (rdf.document_iri("a"), RDF.type, KG.Document) in graphs[ID + "graph/a"]
    assert not list(graphs[ID + "graph/a"].subjects(RDF.type, KG.Place))
    assert len(list(graphs[ID + "graph/entities"].subjects(RDF.type, KG.Place))) == 3


def test_event_roles(dataset: Dataset) -> None:
    graph = rdf.union(dataset)
    kg_graph = hand_built_graph()
    took, left, moved = (rdf.event_iri(event) for event in kg_graph.events)
    assert {graph.value(took, RDF.type), *graph.objects(took, RDF.type)} >= {KG.Event, SEM.Event}
    assert graph.value(took, KG.action) == Literal("take control of")
    assert graph.value(took, KG.actor) == rdf.entity_iri("group/northland-forces")
    assert graph.value(took, KG.target) == rdf.entity_iri("place/port-avel")
    # Unresolved arguments stay text.
    assert graph.value(took, KG.source) == Literal("the defence ministry")
    assert graph.value(left, KG.actor) == Literal("the coast guard")
    assert graph.value(took, KG.time) == Literal("2022-02-25", datatype=XSD.date)
    assert graph.value(moved, KG.time) == Literal("2022-03", datatype=XSD.gYearMonth)
    assert graph.value(took, KG.timeText) == Literal("on Friday")
    assert graph.value(took, KG.negated) == Literal(False)
    assert graph.value(left, KG.negated) == Literal(True)
    assert graph.value(left, KG.modality) == Literal("possible")
    assert set(graph.objects(moved, KG.place)) == {
        rdf.entity_iri("place/lake-town"),
        rdf.entity_iri("place/port-avel"),
    }
    assert graph.value(moved, KG.origin) == rdf.entity_iri("place/lake-town")
    assert graph.value(moved, KG.destination) == rdf.entity_iri("place/port-avel")
    assert graph.value(moved, KG.source) == rdf.entity_iri("person/ana-ruiz")
    assert graph.value(took, KG.document) == rdf.document_iri("a")


def test_provenance_points_at_the_exact_sentence(dataset: Dataset) -> None:
    graph = rdf.union(dataset)
    documents = {doc.id: doc for doc in hand_built_graph().documents}
    for event in graph.subjects(RDF.type, KG.Event):
        mention = graph.value(event, PROV.wasDerivedFrom)
        assert (mention, RDF.type, NIF.String) in graph
        start, end = (
            graph.value(mention, KG.start).toPython(),
            graph.value(mention, KG.end).toPython(),
        )
        document = graph.value(mention, KG.document)
        text = documents[str(document).rpartition("/")[2]].text
        assert str(graph.value(mention, KG.text)) == text[start:end]
        assert graph.value(mention, NIF.beginIndex).toPython() == start
        assert graph.value(mention, NIF.anchorOf) == graph.value(mention, KG.text)


def test_figures(dataset: Dataset) -> None:
    graph = rdf.union(dataset)
    left = rdf.event_iri(hand_built_graph().events[1])
    figure = graph.value(left, KG.figure)
    assert figure == URIRef(f"{left}/figure/0")
    assert graph.value(figure, KG.value) == Literal("200.0", datatype=XSD.decimal)
    assert graph.value(figure, KG.qualifier) == KG.moreThan
    assert graph.value(figure, KG.unit) == Literal("member")
    assert graph.value(figure, KG.owner) == Literal("the coast guard")
    assert graph.value(figure, RDFS.label) == Literal("More than 200 members")


def test_entities(dataset: Dataset) -> None:
    graph = rdf.union(dataset)
    ruiz, avel = rdf.entity_iri("person/ana-ruiz"), rdf.entity_iri("place/port-avel")
    assert set(graph.objects(ruiz, RDF.type)) == {KG.Person, KG.Actor, SCHEMA.Person}
    assert (
        graph.value(ruiz, KG.alias) == graph.value(ruiz, SKOS.altLabel) == Literal("Mayor Ana Ruiz")
    )
    assert graph.value(ruiz, KG.role) == Literal("mayor")
    assert set(graph.objects(avel, RDF.type)) == {KG.Place, SCHEMA.Place}
    assert graph.value(avel, GEO.lat) == Literal("48.1", datatype=XSD.decimal)
    assert graph.value(avel, OWL.sameAs) == URIRef("https://sws.geonames.org/123456/")
    assert graph.value(avel, KG.mentionCount) == Literal(3)
    forces = rdf.entity_iri("group/northland-forces")
    assert graph.value(forces, KG.country) == rdf.entity_iri("place/northland")
    assert (rdf.document_iri("a"), KG.date, Literal("2022-02-25", datatype=XSD.date)) in graph
    assert (
        rdf.document_iri("a"),
        KG.url,
        Literal("https://example.org/news/a", datatype=XSD.anyURI),
    ) in graph


def test_each_quad_is_written_once(sample_graph: KnowledgeGraph) -> None:
    # Events read from one sentence share its mention, and two places of one
    # event can name one entity: neither may repeat a quad in TriG or N-Quads.
    found = rdf.quads(sample_graph.documents, sample_graph.entities, sample_graph.events)
    mentions = [e.evidence for e in sample_graph.events]
    assert len(set(mentions)) < len(mentions)  # the samples do share sentences
    assert len(found) == len(set(found))
    text = "Troops left Kharkiv for Kharkiv."
    kharkiv = Argument("Kharkiv", 12, 19, "GPE", "place/kharkiv")
    again = Argument("Kharkiv", 24, 31, "GPE", "place/kharkiv")
    event = Event(
        "a",
        7,
        11,
        "leave",
        Mention("a", 0, len(text), text),
        places=(Place(kharkiv, "origin"), Place(again, "destination"), Place(again, "location")),
    )
    found = rdf.quads([Document("a", text)], (), [event])
    assert len(found) == len(set(found))
    roles = [q.predicate.value for q in found if q.object.value.endswith("place/kharkiv")]
    assert sorted(roles) == sorted(map(str, (KG.place, KG.origin, KG.destination)))


def test_writing_leaves_the_garbage_collector_as_it_was() -> None:
    import gc

    graph = hand_built_graph()
    assert gc.isenabled()
    found = rdf.quads(graph.documents, graph.entities, graph.events)
    assert gc.isenabled()
    with pytest.raises(InputError):
        rdf.serialize_quads(found, "rdf/xml")  # fails inside: the collector still comes back
    assert gc.isenabled()
    gc.disable()
    try:
        rdf.merge_quads(found, found)
        assert not gc.isenabled()  # a caller that switched it off keeps it off
    finally:
        gc.enable()


def test_decimals_are_canonical() -> None:
    mention = Mention("d", 0, 5, "text.")
    figures = tuple(
        Figure(str(value), value, None, "exact", 0, 1)
        for value in (Decimal("1E+3"), Decimal("1.50"), Decimal("0"), Decimal("-0.000"))
    )
    event = Event("d", 0, 1, "count", mention, figures=figures)
    graph = rdf.union(rdf.to_dataset([], [], [event]))
    values = sorted(
        str(graph.value(URIRef(f"{rdf.event_iri(event)}/figure/{i}"), KG.value)) for i in range(4)
    )
    assert values == ["0.0", "0.0", "1.5", "1000.0"]


def test_bad_numbers_and_offsets_raise_input_error() -> None:
    mention = Mention("d", 0, 5, "text.")
    nan = Figure("lots", Decimal("NaN"), None, "exact", 0, 1)
    with pytest.raises(InputError, match="finite"):
        rdf.to_dataset([], [], [Event("d", 0, 1, "x", mention, figures=(nan,))])
    with pytest.raises(InputError, match="offsets"):
        rdf.to_dataset([], [], [Event("d", 0, 1, "x", Mention("d", 5, 2, ""))])


def test_an_unparseable_time_keeps_only_its_text() -> None:
    mention = Mention("d", 0, 5, "text.")
    event = Event("d", 0, 1, "x", mention, time=TimeExpression("then", 0, 4, "2022-13-40"))
    graph = rdf.union(rdf.to_dataset([], [], [event]))
    assert graph.value(rdf.event_iri(event), KG.time) is None
    assert graph.value(rdf.event_iri(event), KG.timeText) == Literal("then")


def test_inputs_are_not_changed() -> None:
    graph = hand_built_graph()
    before = (graph.documents, graph.entities, graph.events)
    graph.to_rdf()
    assert (graph.documents, graph.entities, graph.events) == before


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("fmt", list(rdf.FORMATS))
def test_every_format_round_trips(dataset: Dataset, fmt: str, tmp_path: Path) -> None:
    path = rdf.write(dataset, tmp_path / f"graph{rdf.FORMATS[fmt]}", fmt=fmt)
    back = rdf.load(path)
    assert isomorphic(rdf.union(back), rdf.union(dataset))
    if fmt in {"trig", "nquads", "json-ld"}:
        mine, theirs = _graphs(dataset), _graphs(back)
        assert mine.keys() == theirs.keys()
        for name in mine:
            assert isomorphic(mine[name], theirs[name]), name
    else:
        assert not _graphs(back)


def test_turtle_uses_the_prefixes(dataset: Dataset) -> None:
    text = rdf.serialize(dataset, "turtle")
    for prefix in ("kg", "prov", "nif", "sem", "schema", "geo", "skos", "xsd"):
        assert f"@prefix {prefix}:" in text
    assert "kg:Event" in text


def test_jsonld_is_compact_with_the_context(dataset: Dataset) -> None:
    import json

    document = json.loads(rdf.serialize(dataset, "json-ld"))
    assert document["@context"]["kg"] == "https://w3id.org/kg-news/ns#"
    text = json.dumps(document)
    assert '"action": "take control of"' in text
    assert '"negated": "true"' in text
    assert "https://w3id.org/kg-news/ns#action" not in text


def test_jsonld_context_follows_the_base() -> None:
    other = hand_built_graph().to_rdf(base="http://example.org/kg/")
    import json

    assert json.loads(rdf.serialize(other, "json-ld"))["@context"]["id"] == "http://example.org/kg/"


def test_loading_keeps_the_base(tmp_path: Path) -> None:
    other = hand_built_graph().to_rdf(base="http://example.org/kg/")
    for fmt in ("trig", "json-ld", "turtle"):
        back = rdf.load(rdf.write(other, tmp_path / f"g{rdf.FORMATS[fmt]}", fmt=fmt))
        assert rdf.base_of(back) == "http://example.org/kg/", fmt


def test_write_outputs_writes_each_format_atomically(dataset: Dataset, tmp_path: Path) -> None:
    written = rdf.write_outputs(dataset, tmp_path / "out", formats=list(rdf.FORMATS))
    assert sorted(p.name for p in written.values()) == [
        "graph.jsonld",
        "graph.nq",
        "graph.nt",
        "graph.trig",
        "graph.ttl",
    ]
    assert sorted(os.listdir(tmp_path / "out")) == sorted(p.name for p in written.values())
    # Not the private mode of a temporary file: others may read an export.
    umask = os.umask(0)
    os.umask(umask)
    assert all(p.stat().st_mode & 0o777 == 0o666 & ~umask for p in written.values())


def test_a_failed_write_leaves_the_old_file(
    dataset: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old", "utf-8")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        rdf.write(dataset, target)
    assert target.read_text("utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.ttl"]  # no temporary file left behind


def test_unknown_formats_and_files_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown RDF format 'yaml'"):
        rdf.serialize(Dataset(), "yaml")
    with pytest.raises(InputError, match="unknown RDF format 'YAML'; expected one of turtle"):
        rdf.format_name("YAML")
    with pytest.raises(InputError, match="suffix"):
        rdf.load(tmp_path / "graph.yaml")
    with pytest.raises(InputError, match="no such RDF file"):
        rdf.load(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://a> <http://b> .", "utf-8")
    with pytest.raises(InputError, match="broken.ttl"):
        rdf.load(broken)


# --------------------------------------------------------------------------- merging


def _changed_document_a() -> KnowledgeGraph:
    text = "Port Avel fell."
    mention = Mention("a", 0, len(text), text)
    event = Event(
        "a", 10, 14, "fall", mention, actor=Argument("Port Avel", 0, 9, "GPE", "place/port-avel")
    )
    avel = Entity(
        "place/port-avel",
        "Port Avel",
        "place",
        aliases=("Avel town",),
        mentions=1,
        lat=48.1,
        long=-4.5,
    )
    return KnowledgeGraph((Document("a", text),), (avel,), (event,))


def test_merge_replaces_a_rebuilt_document_and_merges_entities() -> None:
    old = hand_built_graph().to_rdf()
    merged = rdf.merge(old, _changed_document_a().to_rdf())
    graphs = _graphs(merged)
    events_a = set(graphs[ID + "graph/a"].subjects(RDF.type, KG.Event))
    assert events_a == {URIRef(ID + "event/a/10-14")}
    assert len(set(graphs[ID + "graph/b"].subjects(RDF.type, KG.Event))) == 1  # untouched
    entities = graphs[ID + "graph/entities"]
    avel = rdf.entity_iri("place/port-avel")
    assert set(entities.objects(avel, KG.alias)) == {Literal("Avel"), Literal("Avel town")}
    assert list(entities.objects(avel, KG.mentionCount)) == [Literal(1)]  # replaced, not added
    assert list(entities.objects(avel, OWL.sameAs)) == []  # single-valued: the newer wins
    assert rdf.validate(merged) == []


def test_merge_is_idempotent() -> None:
    old = hand_built_graph().to_rdf()
    once = rdf.merge(old, hand_built_graph().to_rdf())
    assert isomorphic(rdf.union(once), rdf.union(old))
    twice = rdf.merge(once, hand_built_graph().to_rdf())
    assert rdf.serialize(twice, "nquads").count("\n") == rdf.serialize(old, "nquads").count("\n")


# --------------------------------------------------------------------------- the quad path


def _quad_set(quads: list[object]) -> set[str]:
    return {str(q) for q in quads}


@pytest.mark.parametrize("base", [DEFAULT_BASE, "http://example.org/kg#"])
def test_quads_hold_what_the_dataset_holds(base: str) -> None:
    graph = hand_built_graph()
    found = rdf.quads(graph.documents, graph.entities, graph.events, base=base)
    dataset = graph.to_rdf(base=base)
    assert _quad_set(found) == _quad_set(rdf.dataset_quads(dataset))
    assert len(set(found)) == len(found)  # no quad written twice
    back = rdf.from_quads(found, base=base)
    assert rdf.base_of(back) == base
    assert rdf.validate(back) == []


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "nquads"])
def test_quads_serialize_like_the_dataset(fmt: str, tmp_path: Path) -> None:
    graph = hand_built_graph()
    found = rdf.quads(graph.documents, graph.entities, graph.events)
    path = tmp_path / f"graph{rdf.FORMATS[fmt]}"
    path.write_text(rdf.serialize_quads(found, fmt), "utf-8")
    back = rdf.load(path)
    assert isomorphic(rdf.union(back), rdf.union(graph.to_rdf()))
    assert len(rdf.read_quads(path)) == len(found)


def test_turtle_from_quads_groups_each_subject_once() -> None:
    graph = hand_built_graph()
    text = rdf.serialize_quads(rdf.quads(graph.documents, graph.entities, graph.events), "turtle")
    event = "<https://w3id.org/kg-news/id/event/a/"
    subjects = [line for line in text.splitlines() if line.startswith(event)]
    # Two events and a figure, each written as one block.
    assert len(subjects) == len({line.split()[0] for line in subjects}) == 3
    assert "@prefix kg: <https://w3id.org/kg-news/ns#> ." in text


def test_a_bad_base_is_an_input_error() -> None:
    graph = hand_built_graph()
    with pytest.raises(InputError, match="cannot make IRIs with the base 'not a base'"):
        rdf.quads(graph.documents, graph.entities, graph.events, base="not a base")


def test_merge_quads_agrees_with_merge_and_is_stable() -> None:
    old, new = hand_built_graph(), _changed_document_a()
    old_quads = rdf.quads(old.documents, old.entities, old.events)
    new_quads = rdf.quads(new.documents, new.entities, new.events)
    merged = rdf.merge_quads(old_quads, new_quads)
    assert _quad_set(merged) == _quad_set(rdf.dataset_quads(rdf.merge(old.to_rdf(), new.to_rdf())))
    # Merging the same quads again changes nothing, not even the order (files stay byte-identical).
    assert rdf.merge_quads(merged, new_quads) == merged
    assert rdf.merge_quads(old_quads, old_quads) == old_quads


def test_a_dataset_serializes_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """rdflib iterates in hash order; the files kg writes from a Dataset must not."""
    import subprocess
    import sys

    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from rdf_fixtures import hand_built_graph;"
        " from kg import rdf; print(rdf.serialize(hand_built_graph().to_rdf(), 'turtle'))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(Path(__file__).resolve().parents[1])],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


# --------------------------------------------------------------------------- any text


_ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40)
_TRICKY = st.sampled_from(
    [
        '"',
        "'",
        "<>",
        "\u200b",
        "\u200d",
        "\x00",
        "\x1f",
        "\r\n",
        "\\",
        "\\u0022",
        '"""',
        "@prefix",
        "_:b0",
        "\ufeff",
        "%2F",
        "\U0001f600",
    ]
)
_TEXT = st.one_of(_ANY_TEXT, st.lists(st.one_of(_TRICKY, _ANY_TEXT), max_size=5).map("".join))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=_TEXT, doc_id=_TEXT, sentence=_TEXT, alias=_TEXT, action=_TEXT.filter(bool))
def test_any_text_exports_parses_back_and_validates(
    label: str, doc_id: str, sentence: str, alias: str, action: str
) -> None:
    """Labels, document ids and sentences with any characters make a valid, lossless export."""
    actor = Entity("person/x", label, "person", aliases=(alias,), mentions=1)
    place = Entity(f"place/{label}", label, "place", lat=0.5, long=-0.5)
    mention = Mention(doc_id, 0, len(sentence), sentence)
    event = Event(
        doc_id,
        0,
        1,
        action,
        mention,
        actor=Argument(label, 0, 1, "PERSON", "person/x"),
        target=Argument(sentence, 0, 1),
        places=(Place(Argument(label, 0, 1, "GPE", f"place/{label}"), "destination"),),
        time=TimeExpression(sentence, 0, 1, "2022"),
    )
    document = Document(doc_id, sentence, title=label, date=dt.date(2022, 1, 2))
    dataset = rdf.to_dataset([document], [actor, place], [event])
    assert rdf.validate(dataset) == []
    for fmt in rdf.FORMATS:
        text = rdf.serialize(dataset, fmt)
        back = _parse(text, fmt)
        assert isomorphic(rdf.union(back), rdf.union(dataset)), fmt


def _parse(text: str, fmt: str) -> Dataset:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"g{rdf.FORMATS[fmt]}"
        path.write_text(text, "utf-8")
        return rdf.load(path)


def test_ill_typed_literals_load_quietly_and_fail_validation(tmp_path: Path) -> None:
    path = tmp_path / "odd.ttl"
    path.write_text(
        "@prefix kg: <https://w3id.org/kg-news/ns#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<https://w3id.org/kg-news/id/place/x> a kg:Place ; rdfs:label "X" ;\n'
        '    kg:mentionCount "many"^^xsd:integer .\n',
        "utf-8",
    )
    violations = rdf.validate(rdf.load(path))  # filterwarnings=error: no warning escapes
    assert violations and {v.path for v in violations} == {str(KG.mentionCount)}
