"""kg:affiliation: an unnamed person described by an organisation is linked to it in RDF."""

from __future__ import annotations

from kg import rdf
from kg.model import Argument, Document, Entity, Event, Mention
from kg.namespace import KG
from kg.rdf import read_records, to_dataset

BASE = "http://example.org/kg/"
TEXT = "A senior official in the Ministry of Ports said the quay had reopened."
PORTS = "organization/ministry-of-ports"
OFFICIAL = "person/ministry-of-ports-official-d"


def story() -> tuple[list[Document], list[Entity], list[Event]]:
    entities = [
        Entity(PORTS, "Ministry of Ports", "organization", mentions=1),
        Entity(OFFICIAL, "Ministry of Ports official", "person", mentions=1, affiliation=PORTS),
    ]
    speaker = TEXT.index("A senior official in the Ministry of Ports")
    reopened = TEXT.index("reopened")
    event = Event(
        "d",
        reopened,
        reopened + len("reopened"),
        "reopen",
        Mention("d", 0, len(TEXT), TEXT),
        target=Argument("the quay", TEXT.index("the quay"), TEXT.index("the quay") + 8),
        source=Argument(
            "A senior official in the Ministry of Ports", speaker, speaker + 42, "", OFFICIAL
        ),
    )
    return [Document("d", TEXT)], entities, [event]


def test_the_person_states_its_organisation_and_conforms() -> None:
    dataset = to_dataset(*story(), base=BASE)
    graph = rdf.union(dataset)
    official, ports = (rdf.entity_iri(i, base=BASE) for i in (OFFICIAL, PORTS))
    assert (official, KG.affiliation, ports) in graph
    assert rdf.validate(dataset) == []
    assert {e.id: e.affiliation for e in read_records(dataset).entities} == {
        PORTS: None,
        OFFICIAL: PORTS,
    }


def test_the_documented_query_finds_the_organisation_behind_the_speaker() -> None:
    graph = rdf.union(to_dataset(*story(), base=BASE))
    rows = graph.query(
        """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX kg: <https://w3id.org/kg-news/ns#>
        SELECT ?label WHERE {
          ?event kg:source ?speaker .
          ?speaker kg:affiliation? ?body .
          ?body rdfs:label ?label .
        }
        """
    )
    labels = sorted(str(row[0]) for row in rows)
    assert labels == ["Ministry of Ports", "Ministry of Ports official"]


def test_an_affiliation_that_is_no_organisation_is_caught() -> None:
    documents, entities, events = story()
    place = Entity("place/port-avel", "Port Avel", "place")
    broken = [entities[0], Entity(OFFICIAL, "official", "person", affiliation=place.id), place]
    violations = rdf.validate(to_dataset(documents, broken, events, base=BASE))
    assert [str(v.path) for v in violations] == [str(KG.affiliation)]
