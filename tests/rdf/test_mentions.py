"""Where each entity is mentioned: NIF phrases in the document graphs, one per mention."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Literal

from kg import rdf
from kg.building import resolved
from kg.graph import KnowledgeGraph
from kg.model import Argument, Document, Entity, EntityMention, Event, Extraction, Mention
from kg.namespace import ITSRDF, KG, NIF
from kg.rdf.iris import document_iri, entity_iri, graph_iri
from kg.store import query

# Written for these tests.
TEXT = "Ana Ruiz\nMayor Ana Ruiz visited Port Avel. Ruiz said she would return."


def _mention(text: str, part: str, entity: str, start: int = 0) -> EntityMention:
    begin = text.index(part, start)
    return EntityMention("d", begin, begin + len(part), part, entity)


def _graph() -> KnowledgeGraph:
    document = Document("d", TEXT)
    # The headline is a sentence of its own that is also a name: one node for both.
    headline = Mention("d", 0, 8, "Ana Ruiz")
    visited = TEXT.index("visited")
    event = Event(
        "d",
        visited,
        visited + 7,
        "visit",
        headline,
        actor=Argument("Ana Ruiz", 0, 8, "PERSON", "person/ana-ruiz"),
    )
    mentions = (
        _mention(TEXT, "Ana Ruiz", "person/ana-ruiz"),
        _mention(TEXT, "Mayor Ana Ruiz", "person/ana-ruiz"),
        _mention(TEXT, "Port Avel", "place/port-avel"),
        _mention(TEXT, "Ruiz", "person/ana-ruiz", TEXT.index("Ruiz said")),
        _mention(TEXT, "she", "person/ana-ruiz"),
    )
    entities = (
        Entity("person/ana-ruiz", "Ana Ruiz", "person", aliases=("Ruiz", "she"), mentions=4),
        Entity("place/port-avel", "Port Avel", "place", mentions=1),
    )
    return KnowledgeGraph((document,), entities, (event,), mentions)


def test_each_mention_is_a_nif_phrase_naming_its_entity() -> None:
    graph = _graph()
    dataset = graph.to_rdf()
    named = dataset.graph(graph_iri("d"))
    document = document_iri("d")
    for mention in graph.mentions:
        phrases = {
            node
            for node in named.subjects(NIF.beginIndex, Literal(mention.start))
            if named.value(node, NIF.endIndex) == Literal(mention.end)
        }
        assert len(phrases) == 1
        node = phrases.pop()
        assert (node, RDF.type, NIF.Phrase) in named and (node, RDF.type, NIF.String) in named
        assert named.value(node, NIF.anchorOf) == Literal(TEXT[mention.start : mention.end])
        assert named.value(node, NIF.referenceContext) == document
        assert named.value(node, ITSRDF.taIdentRef) == entity_iri(mention.entity)
    # Every entity's mention count is the number of its phrases.
    for entity in graph.entities:
        phrases = set(named.subjects(ITSRDF.taIdentRef, entity_iri(entity.id)))
        assert len(phrases) == entity.mentions == len(graph.mentions_of(entity.id))
    assert rdf.validate(dataset) == []


def test_a_sentence_that_is_a_name_is_one_node_described_once() -> None:
    found = rdf.quads(*_shared(_graph()), mentions=_graph().mentions)
    assert len(found) == len(set(found))  # no quad twice
    node = ox.NamedNode(str(rdf.mention_iri(Mention("d", 0, 8, "Ana Ruiz"))))
    about = [q for q in found if q.subject == node]
    types = {q.object.value for q in about if q.predicate.value == str(RDF.type)}
    assert types == {str(KG.Mention), str(NIF.String), str(NIF.Phrase)}
    assert sum(1 for q in about if q.predicate.value == str(NIF.anchorOf)) == 1
    assert sum(1 for q in about if q.predicate.value == str(KG.text)) == 1


def _shared(graph: KnowledgeGraph) -> tuple[object, ...]:
    return graph.documents, graph.entities, graph.events


def test_two_entities_can_share_a_span() -> None:
    # "it" stands for the ministry as speaker and for its forces as the ones who acted.
    text = "The ministry said it had taken the town."
    it = text.index("it had")
    mentions = (
        EntityMention("d", it, it + 2, "it", "organization/ministry"),
        EntityMention("d", it, it + 2, "it", "group/forces"),
    )
    entities = (
        Entity("organization/ministry", "ministry", "organization", mentions=1),
        Entity("group/forces", "forces", "group", mentions=1),
    )
    dataset = rdf.to_dataset([Document("d", text)], entities, [], mentions=mentions)
    named = dataset.graph(graph_iri("d"))
    (node,) = set(named.subjects(NIF.anchorOf, Literal("it")))
    assert set(named.objects(node, ITSRDF.taIdentRef)) == {
        entity_iri("organization/ministry"),
        entity_iri("group/forces"),
    }
    assert len(list(named.objects(node, NIF.beginIndex))) == 1
    assert rdf.validate(dataset) == []


def test_a_mention_of_nothing_known_fails_validation() -> None:
    mention = EntityMention("d", 0, 4, "Ruiz", "person/nobody")
    dataset = rdf.to_dataset([Document("d", "Ruiz")], [], [], mentions=[mention])
    violations = rdf.validate(dataset)
    assert [v.path for v in violations] == [str(ITSRDF.taIdentRef)]


def test_resolution_records_every_mention_it_counts() -> None:
    first = Document("a", "Putin left Kiev. He said Kiev would fall.")
    second = Document("b", "Russian President Vladimir Putin spoke. Putin left.")

    def argument(document: Document, part: str, label: str, start: int = 0) -> Argument:
        begin = document.text.index(part, start)
        return Argument(part, begin, begin + len(part), label)

    extractions = [
        Extraction(
            first,
            (),
            (
                argument(first, "Putin", "PERSON"),
                argument(first, "Kiev", "GPE"),
                argument(first, "Kiev", "GPE", 16),
            ),
        ),
        Extraction(
            second,
            (),
            (
                argument(second, "Russian President Vladimir Putin", "PERSON"),
                argument(second, "Vladimir Putin", "PERSON"),
                argument(second, "Putin", "PERSON", 35),
            ),
        ),
    ]
    graph = resolved(extractions)
    texts = {d.id: d.text for d in graph.documents}
    for mention in graph.mentions:
        assert texts[mention.document][mention.start : mention.end] == mention.text
    for entity in graph.entities:
        assert len(graph.mentions_of(entity.id)) == entity.mentions
    putin = graph.mentions_of("person/vladimir-putin")
    # The surname in the first document joined the full name of the second; the
    # title phrase around "Vladimir Putin" is the same mention, counted once.
    assert [(m.document, m.text) for m in putin] == [
        ("a", "Putin"),
        ("b", "Vladimir Putin"),
        ("b", "Putin"),
    ]
    assert [m.text for m in graph.mentions_of("place/kyiv")] == ["Kiev", "Kiev"]


def test_sample_graph_mentions_match_their_counts(sample_graph: KnowledgeGraph) -> None:
    texts = {d.id: d.text for d in sample_graph.documents}
    ids = {e.id for e in sample_graph.entities}
    assert sample_graph.mentions
    for mention in sample_graph.mentions:
        assert mention.entity in ids
        assert texts[mention.document][mention.start : mention.end] == mention.text
    counted = {e.id: e.mentions for e in sample_graph.entities}
    for entity_id, count in counted.items():
        assert len(sample_graph.mentions_of(entity_id)) == count, entity_id


WHO_IS_MENTIONED_WHERE = Path(__file__).parents[2] / "docs" / "rdf.md"


def _docs_query() -> str:
    """The "who is mentioned where" example of docs/rdf.md, as the docs print it."""
    text = WHO_IS_MENTIONED_WHERE.read_text("utf-8")
    start = text.index("```sparql\n", text.index("### Mentions: who is mentioned where"))
    return text[start + len("```sparql\n") : text.index("```", start + 10)]


def test_the_docs_query_answers_who_is_mentioned_where(tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"
    rdf.write(_graph().to_rdf(), path)
    result = query([path], _docs_query(), bindings={"name": Literal("Ruiz")})
    rows = [tuple(str(value) for value in row) for row in result.rows]
    ruiz, document = str(entity_iri("person/ana-ruiz")), str(document_iri("d"))
    assert rows == [
        ("Ruiz", ruiz, "Ana Ruiz", document, "0", "8", "Ana Ruiz"),
        ("Ruiz", ruiz, "Ana Ruiz", document, "9", "23", "Mayor Ana Ruiz"),
        ("Ruiz", ruiz, "Ana Ruiz", document, "43", "47", "Ruiz"),
        ("Ruiz", ruiz, "Ana Ruiz", document, "53", "56", "she"),
    ]
