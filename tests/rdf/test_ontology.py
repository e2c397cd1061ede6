"""The ontology, the SHACL shapes and the JSON-LD context stay in step with the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdf_fixtures import hand_built_graph
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS, XSD

from kg import rdf
from kg.cli import main
from kg.event_types import EVENT_TYPES
from kg.namespace import DEFAULT_BASE, GEO, KG, KG_NS, NIF, PREFIXES, SCHEMA, SEM

PROV = rdf.PROV
TERMS = sorted(KG.__annotations__)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(rdf.ontology_path("kg.ttl"), format="turtle")


def test_every_term_of_the_namespace_is_described(ontology: Graph) -> None:
    for name in TERMS:
        term = KG[name]
        labels = list(ontology.objects(term, RDFS.label))
        # Event types are defined (skos:definition); other terms commented.
        described = list(ontology.objects(term, RDFS.comment)) + list(
            ontology.objects(term, SKOS.definition)
        )
        assert len(labels) == 1 and len(described) == 1, name
        assert str(described[0]).strip(), name


def test_event_types_form_the_tree_the_code_uses(ontology: Graph) -> None:
    for name, parent in EVENT_TYPES.items():
        assert (KG[name], RDF.type, OWL.Class) in ontology, name
        assert list(ontology.objects(KG[name], RDFS.subClassOf)) == [KG[parent]], name
        assert ontology.value(KG[name], SKOS.definition) is not None, name
        matches = [
            str(m)
            for p in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch)
            for m in ontology.objects(KG[name], p)
        ]
        assert matches and all(
            m.split(": ", 1)[0] in {"ACLED", "CAMEO", "KAIROS"} for m in matches
        ), name
    below_event = {
        str(s)[len(KG_NS) :]
        for s in ontology.subjects(RDFS.subClassOf, None)
        if str(s).startswith(KG_NS) and s != KG.Event and _is_event_class(ontology, s)
    }
    assert below_event == set(EVENT_TYPES)
    # Names an analyst (or a check that matches by name) reads without a key.
    for name in ("Attack", "Shelling", "Airstrike", "ArmedClash", "Killing", "Death", "Injury",
                 "Arrest", "TakeControl", "Movement", "Withdrawal", "Statement", "Request",
                 "Meeting", "Agreement", "Protest", "Damage", "Aid", "Transfer", "Sanction",
                 "LegalAction", "Trial", "Election"):  # fmt: skip
        assert name in EVENT_TYPES, name


def _is_event_class(ontology: Graph, node: URIRef) -> bool:
    while node != KG.Event:
        parent = ontology.value(node, RDFS.subClassOf)
        if parent is None or not str(parent).startswith(KG_NS):
            return False
        node = parent  # type: ignore[assignment]
    return True


def test_the_ontology_describes_no_term_the_code_lacks(ontology: Graph) -> None:
    described = {str(s)[len(KG_NS) :] for s in ontology.subjects() if str(s).startswith(KG_NS)}
    assert described == set(TERMS)


def test_terms_are_typed_and_aligned(ontology: Graph) -> None:
    assert (URIRef(KG_NS.rstrip("#")), RDF.type, OWL.Ontology) in ontology
    for cls in (
        "Actor",
        "Person",
        "Organization",
        "Group",
        "Place",
        "Figure",
        "Event",
        "Mention",
        "Document",
        "Qualifier",
    ):
        assert (KG[cls], RDF.type, OWL.Class) in ontology, cls
    alignments = [
        (KG.Event, RDFS.subClassOf, SEM.Event),
        (KG.actor, RDFS.subPropertyOf, SEM.hasActor),
        (KG.place, RDFS.subPropertyOf, SEM.hasPlace),
        (KG.time, RDFS.subPropertyOf, SEM.hasTime),
        (KG.Mention, RDFS.subClassOf, NIF.String),
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Place, RDFS.subClassOf, SCHEMA.Place),
        (KG.alias, RDFS.subPropertyOf, SKOS.altLabel),
        (KG.document, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KG.value, RDFS.range, XSD.decimal),
        (KG.figure, RDFS.domain, KG.Event),
        (KG.figure, RDFS.range, KG.Figure),
        (KG.origin, RDFS.subPropertyOf, KG.place),
    ]
    for triple in alignments:
        assert triple in ontology, triple
    for borrowed in (GEO.lat, GEO.long, PROV.wasDerivedFrom):
        assert ontology.value(borrowed, RDFS.comment) is not None
    qualifiers = {str(q)[len(KG_NS) :] for q in ontology.subjects(RDF.type, KG.Qualifier)}
    assert qualifiers == {
        "exact",
        "atLeast",
        "moreThan",
        "approximately",
        "upTo",
        "lessThan",
        "atMost",
        "range",
    }


@pytest.mark.parametrize("name", ["shapes.ttl", "context.jsonld"])
def test_shapes_and_context_use_only_real_terms(name: str) -> None:
    text = rdf.ontology_path(name).read_text("utf-8")
    for local in set(re.findall(r"(?<![\w-])kg:(\w+)", text)):
        assert local in TERMS, f"{name} uses kg:{local}, not in kg.namespace.KG"


def test_context_is_plain_json_with_no_remote_reference() -> None:
    context = json.loads(rdf.ontology_path("context.jsonld").read_text("utf-8"))["@context"]
    assert isinstance(context, dict) and "@import" not in context
    namespaces = {k: v for k, v in context.items() if isinstance(v, str) and "://" in v}
    assert namespaces == {**PREFIXES, "id": DEFAULT_BASE}


# --------------------------------------------------------------------------- SHACL


def _broken(edit: str) -> Graph:
    graph = rdf.union(hand_built_graph().to_rdf())
    took = rdf.event_iri(hand_built_graph().events[0])
    left = rdf.event_iri(hand_built_graph().events[1])
    figure = URIRef(f"{left}/figure/0")
    avel = rdf.entity_iri("place/port-avel")
    if edit == "no action":
        graph.remove((took, KG.action, None))
    elif edit == "two actions":
        graph.add((took, KG.action, Literal("seize")))
    elif edit == "no role":
        for prop in (KG.actor, KG.target, KG.source, KG.time, KG.timeText, KG.place):
            graph.remove((took, prop, None))
    elif edit == "no provenance":
        graph.remove((took, PROV.wasDerivedFrom, None))
    elif edit == "mention without text":
        graph.remove((graph.value(took, PROV.wasDerivedFrom), KG.text, None))
    elif edit == "negated not boolean":
        graph.set((took, KG.negated, Literal("no")))
    elif edit == "figure value not decimal":
        graph.set((figure, KG.value, Literal("200")))
    elif edit == "figure without qualifier":
        graph.remove((figure, KG.qualifier, None))
    elif edit == "latitude out of range":
        graph.set((avel, GEO.lat, Literal("91.0", datatype=XSD.decimal)))
    elif edit == "entity without label":
        graph.remove((avel, RDFS.label, None))
    elif edit == "person not an actor":
        graph.remove((rdf.entity_iri("person/ana-ruiz"), RDF.type, KG.Actor))
    elif edit == "withdrawal not a movement":
        graph.remove((left, RDF.type, KG.Movement))
    elif edit == "event type not an event":
        graph.remove((took, RDF.type, KG.Event))
    return graph


@pytest.mark.parametrize(
    ("edit", "focus", "path"),
    [
        ("no action", "event", KG.action),
        ("two actions", "event", KG.action),
        ("no role", "event", None),
        ("no provenance", "event", PROV.wasDerivedFrom),
        ("mention without text", "mention", KG.text),
        ("negated not boolean", "event", KG.negated),
        ("figure value not decimal", "figure", KG.value),
        ("figure without qualifier", "figure", KG.qualifier),
        ("latitude out of range", "place", GEO.lat),
        ("entity without label", "place", RDFS.label),
        ("person not an actor", "person", None),
        ("withdrawal not a movement", "event", None),
        ("event type not an event", "event", None),
    ],
)
def test_shapes_catch_broken_exports(edit: str, focus: str, path: URIRef | None) -> None:
    violations = rdf.validate(_broken(edit))
    assert violations, edit
    assert all(v.severity == "Violation" for v in violations)
    focused = [v for v in violations if f"/{focus}/" in v.focus]
    assert focused, violations
    if path is not None:
        assert any(v.path == str(path) for v in focused), violations
    assert all(v.message for v in violations)


def test_the_sample_export_conforms() -> None:
    assert rdf.validate(hand_built_graph().to_rdf()) == []


def test_violation_reads_well() -> None:
    violation = rdf.validate(_broken("no action"))[0]
    text = str(violation)
    assert text.startswith("Violation: <https://w3id.org/kg-news/id/event/a/")
    assert "exactly one non-empty action" in text


def test_validate_cli(tmp_path: Path) -> None:
    good = rdf.write(hand_built_graph().to_rdf(), tmp_path / "good.trig")
    result = CliRunner().invoke(main, ["validate", str(good)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output

    bad = tmp_path / "bad.ttl"
    bad.write_text(_broken("latitude out of range").serialize(format="turtle"), "utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert (
        "id:place/port-avel geo:lat: geo:lat is at most one xsd:decimal from -90 to 90"
        in result.output
    )
    assert "Traceback" not in result.output

    result = CliRunner().invoke(main, ["validate", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 1
    assert "kg: error: no such RDF file" in result.output


def test_the_ontology_is_package_data_read_with_importlib() -> None:
    from importlib import resources

    assert rdf.ontology_path("kg.ttl") == resources.files("kg").joinpath("ontology", "kg.ttl")
    assert rdf.ontology_path("queries").is_dir()
    with pytest.raises(FileNotFoundError, match="reinstall kg"):
        rdf.ontology_path("missing.ttl")


@pytest.mark.slow
def test_a_built_wheel_carries_the_ontology_and_the_page_assets(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys
    import zipfile

    root = Path(__file__).resolve().parents[2]
    # Built from a copy: setuptools leaves build/ and kg.egg-info/ in the tree it builds.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(root / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(root / "kg", source / "kg", symlinks=True, ignore=ignore)
    shutil.copytree(root / "ontology", source / "ontology", ignore=ignore)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "dist").glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    ontology = root / "ontology"
    shipped = {p.relative_to(root).as_posix() for p in ontology.rglob("*") if p.is_file()}
    assert {f"kg/{name}" for name in shipped} <= names
    assert {"kg/view/assets/page.html", "kg/view/assets/app.js", "kg/view/assets/app.css"} <= names


# --------------------------------------------------------------------------- other tools


def _outside(term: URIRef) -> bool:
    return not str(term).startswith(KG_NS)


def test_every_term_is_aligned_with_another_vocabulary(ontology: Graph) -> None:
    """Each class and property links to a term outside kg, itself or through a kg parent."""
    links = (
        RDFS.subClassOf,
        RDFS.subPropertyOf,
        RDFS.seeAlso,
        OWL.equivalentClass,
        OWL.equivalentProperty,
        SKOS.exactMatch,
        SKOS.closeMatch,
    )

    def aligned(term: URIRef, seen: frozenset[URIRef] = frozenset()) -> bool:
        for link in links:
            for other in ontology.objects(term, link):
                if isinstance(other, URIRef) and (
                    _outside(other) or (other not in seen and aligned(other, seen | {term}))
                ):
                    return True
        return False

    for kind in (OWL.Class, RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ontology.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and not _outside(term):
                assert aligned(term), term
    for term, link, other in [
        (KG.Figure, RDFS.subClassOf, SCHEMA.QuantitativeValue),
        (KG.Group, RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Group")),
        (KG.source, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (KG.target, RDFS.subPropertyOf, SCHEMA.object),
    ]:
        assert (term, link, other) in ontology


def test_mentions_name_their_context_as_nif_does() -> None:
    graph = rdf.union(hand_built_graph().to_rdf())
    mentions = set(graph.subjects(RDF.type, KG.Mention))
    assert mentions
    for mention in mentions:
        document = graph.value(mention, NIF.referenceContext)
        assert document == graph.value(mention, KG.document)
        assert (document, RDF.type, NIF.Context) in graph


def test_exports_conform_under_rdfs_entailment_and_breaks_are_still_caught() -> None:
    """pyshacl -i rdfs -e ontology/kg.ttl: the ontology's entailments break no shape."""
    from pyshacl import validate

    shapes = Graph().parse(rdf.ontology_path("shapes.ttl"), format="turtle")
    ontology = Graph().parse(rdf.ontology_path("kg.ttl"), format="turtle")

    def conforms(data: Graph) -> bool:
        with rdf.quiet_rdflib():
            ok, _, _ = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
        return bool(ok)

    assert conforms(rdf.union(hand_built_graph().to_rdf()))
    for edit in ("no provenance", "mention without text", "no action"):
        assert not conforms(_broken(edit)), edit


def test_hermit_accepts_the_ontology_and_the_shapes(tmp_path: Path) -> None:
    """The OWL 2 reasoner HermiT (owlready2 runs it on Java) finds both consistent."""
    import os
    import shutil

    if shutil.which("java") is None:
        if os.environ.get("CI"):
            pytest.fail("HermiT needs Java (apt-get install default-jre-headless)")
        pytest.skip("HermiT needs Java (apt-get install default-jre-headless)")
    import owlready2  # in the test extra

    combined = Graph().parse(rdf.ontology_path("kg.ttl"), format="turtle")
    combined.parse(rdf.ontology_path("shapes.ttl"), format="turtle")
    path = tmp_path / "kg.nt"  # owlready2 reads N-Triples and RDF/XML, not Turtle
    combined.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    ontology = world.get_ontology(path.as_uri()).load()
    with ontology:
        # Raises OwlReadyInconsistentOntologyError, or Java's error for a datatype
        # outside the OWL 2 datatype map (xsd:date was one), on failure.
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []
    assert world[str(KG.Person)] is not None
