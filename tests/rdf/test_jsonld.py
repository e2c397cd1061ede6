"""kg's own JSON-LD writer: compact with the kg context, and read back the same by two parsers."""

from __future__ import annotations

import json
import re
import warnings

import pyoxigraph as ox
import pytest
from rdf_fixtures import hand_built_graph
from rdflib import Dataset

from kg import rdf
from kg.errors import InputError
from kg.namespace import DEFAULT_BASE, KG

ID = DEFAULT_BASE
XSD = "http://www.w3.org/2001/XMLSchema#"


def _quad(s: str, p: str, o: ox.NamedNode | ox.BlankNode | ox.Literal, g: str | None) -> ox.Quad:
    subject = ox.BlankNode(s[2:]) if s.startswith("_:") else ox.NamedNode(s)
    graph = ox.NamedNode(g) if g else ox.DefaultGraph()
    return ox.Quad(subject, ox.NamedNode(p), o, graph)


# What kg never writes but a writer must still get right.
ODD_QUADS = [
    _quad(ID + "x", str(KG.action), ox.Literal("stürmen", language="de"), ID + "graph/a"),
    # A term coerced to xsd:integer holding a string, and one coerced to @id holding text.
    _quad(ID + "x", str(KG.start), ox.Literal("about ten"), ID + "graph/a"),
    _quad(ID + "x", str(KG.document), ox.Literal("not an IRI"), ID + "graph/a"),
    # A literal of another type than the term's coercion.
    _quad(
        ID + "x",
        str(KG.value),
        ox.Literal("12", datatype=ox.NamedNode(XSD + "integer")),
        ID + "graph/a",
    ),
    # Several values, a blank node, an IRI under no prefix, a property with no term.
    _quad(ID + "x", str(KG.alias), ox.Literal("one"), ID + "graph/a"),
    _quad(ID + "x", str(KG.alias), ox.Literal("two"), ID + "graph/a"),
    _quad(ID + "x", str(KG.actor), ox.BlankNode("b1"), ID + "graph/a"),
    _quad(
        "_:b1", "http://example.org/other#prop", ox.NamedNode("urn:isbn:0451450523"), ID + "graph/a"
    ),
    _quad(ID + "x", str(KG.qualifier), ox.NamedNode("http://example.org/q"), ID + "graph/a"),
    _quad(ID + "x", str(KG.qualifier), ox.NamedNode(str(KG.moreThan)), ID + "graph/a"),
    # The default graph, and an empty string.
    _quad(ID + "y", str(KG.text), ox.Literal(""), None),
    _quad(
        ID + "y",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        ox.NamedNode("http://example.org/C"),
        None,
    ),
]


def _read_by_oxigraph(text: str) -> set[str]:
    return {str(q) for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.JSON_LD)}


def _read_by_rdflib(text: str) -> set[str]:
    back = Dataset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        back.parse(data=text, format="json-ld")
    return {str(q) for q in rdf.dataset_quads(back)}


def _blank_free(quads: set[str]) -> set[str]:
    # Parsers rename blank nodes: compare them as "_:".
    return {re.sub(r"_:\w+", "_:", q) for q in quads}


@pytest.mark.parametrize("read", [_read_by_oxigraph, _read_by_rdflib])
def test_odd_quads_read_back_the_same(read) -> None:  # type: ignore[no-untyped-def]
    text = rdf.serialize_quads(ODD_QUADS, "json-ld")
    assert _blank_free(read(text)) == _blank_free({str(q) for q in ODD_QUADS})


@pytest.mark.parametrize("read", [_read_by_oxigraph, _read_by_rdflib])
def test_a_real_graph_reads_back_the_same(read, sample_graph) -> None:  # type: ignore[no-untyped-def]
    found = rdf.quads(sample_graph.documents, sample_graph.entities, sample_graph.events)
    assert read(rdf.serialize_quads(found, "json-ld")) == {str(q) for q in found}


def test_written_compact_one_node_per_line() -> None:
    graph = hand_built_graph()
    text = rdf.serialize_quads(rdf.quads(graph.documents, graph.entities, graph.events), "json-ld")
    document = json.loads(text)
    assert document["@context"] == rdf.jsonld_context()
    graphs = {g["@id"]: g["@graph"] for g in document["@graph"]}
    assert set(graphs) == {"id:graph/a", "id:graph/b", "id:graph/entities", "id:graph/summary"}
    took = next(n for n in graphs["id:graph/a"] if n.get("action") == "take control of")
    assert took["@type"] == ["Event", "sem:Event", "TakeControl"]
    assert took["negated"] == "false" and took["target"] == {"@id": "id:place/port-avel"}
    assert took["document"] == "id:document/a"  # an @id term: a bare compact IRI
    figure = next(n for n in graphs["id:graph/a"] if n.get("@type") == "Figure")
    assert figure["qualifier"] == "moreThan" and figure["value"] == "200.0"
    for line in text.splitlines():
        if line.startswith('{"@id": "id:event/'):
            json.loads(line.rstrip(","))  # each node is one line of JSON


def test_odd_quads_are_written_as_value_objects() -> None:
    document = json.loads(rdf.serialize_quads(ODD_QUADS, "json-ld"))
    [graph] = [g for g in document["@graph"] if g.get("@id") == "id:graph/a"]
    node = next(n for n in graph["@graph"] if n["@id"] == "id:x")
    assert node["action"] == {"@value": "stürmen", "@language": "de"}
    assert node["start"] == {"@value": "about ten"}
    assert node["value"] == {"@value": "12", "@type": "xsd:integer"}
    assert node["alias"] == ["one", "two"]
    assert node["qualifier"] == ["http://example.org/q", "moreThan"]


def test_an_iri_whose_scheme_is_a_prefix_is_refused() -> None:
    # "geo:" is both a URI scheme (RFC 5870) and the context's prefix for WGS84.
    place = _quad(
        ID + "x", "http://www.w3.org/2002/07/owl#sameAs", ox.NamedNode("geo:48.1,37.8"), None
    )
    with pytest.raises(InputError, match="cannot write the IRI 'geo:48.1,37.8' in JSON-LD"):
        rdf.serialize_quads([place], "json-ld")
    assert "geo:48.1,37.8" in rdf.serialize_quads([place], "turtle")


def test_an_iri_is_written_under_its_longest_namespace() -> None:
    # The base nested in a prefix of the context ("https://w3id.org/kg-news/ns#" beside
    # ".../id/"), a base that is a namespace inside another (".../id/event/" under
    # ".../id/"), an IRI equal to a namespace and a rest starting "//" stay as a
    # reader expands them back.
    from kg.rdf.jsonld import _Compactor

    context = rdf.jsonld_context() | {"ev": ID + "event/", "also": ID + "event/"}
    compact = _Compactor(context)
    assert compact.iri(ID + "event/a/1-5") == "ev:a/1-5"  # the longest; the first of two
    assert compact.iri(ID + "place/kyiv") == "id:place/kyiv"
    assert compact.iri(ID + "event/") == "id:event/"  # nothing after "ev:": the shorter one
    assert compact.iri(ID + "event//x") == "ev:/x"
    assert compact.iri(ID + "event///x") == "id:event///x"  # "ev://x" would read as a URL
    assert compact.iri(str(KG.Event)) == "kg:Event"
    assert compact.iri("http://example.org/a/b#c") == "http://example.org/a/b#c"
    quads = [_quad(ID + "event/a/1-5", str(KG.action), ox.Literal("hit"), ID + "graph/a")]
    from kg.rdf.jsonld import jsonld_text

    text = jsonld_text(quads, context).encode()
    read = {str(q) for q in ox.parse(text, format=ox.RdfFormat.JSON_LD)}
    assert read == {str(q) for q in quads}
