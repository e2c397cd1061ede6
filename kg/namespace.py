"""The kg vocabulary as a closed rdflib namespace.

A typo raises instead of minting a new IRI:

>>> str(KG.Event)
'https://w3id.org/kg-news/ns#Event'
>>> KG.Evnt
Traceback (most recent call last):
...
AttributeError: term 'Evnt' not in namespace 'https://w3id.org/kg-news/ns#'

The terms are described in ``ontology/kg.ttl``; a test keeps the two in step.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "KG",
    "KG_NS",
    "DEFAULT_BASE",
    "NIF",
    "SEM",
    "GEO",
    "SCHEMA",
    "DCTERMS",
    "ITSRDF",
    "PREFIXES",
]

KG_NS = "https://w3id.org/kg-news/ns#"

#: Where entity, event and mention IRIs live unless ``--base-iri`` says otherwise.
DEFAULT_BASE = "https://w3id.org/kg-news/id/"


class KG(DefinedNamespace):
    """Terms of the kg ontology (see ``ontology/kg.ttl``)."""

    _NS = Namespace(KG_NS)
    _fail = True

    # Classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Group: URIRef
    Place: URIRef
    Figure: URIRef
    Event: URIRef
    Mention: URIRef
    Document: URIRef
    Qualifier: URIRef
    ModalityValue: URIRef  # the datatype of kg:modality's closed vocabulary

    # Event types (subclasses of Event; see kg.event_types)
    Attack: URIRef
    Shelling: URIRef
    Airstrike: URIRef
    Bombing: URIRef
    ArmedClash: URIRef
    Death: URIRef
    Killing: URIRef
    Injury: URIRef
    Arrest: URIRef
    TakeControl: URIRef
    Movement: URIRef
    Withdrawal: URIRef
    Statement: URIRef
    Accusation: URIRef
    Request: URIRef
    Threat: URIRef
    Meeting: URIRef
    Agreement: URIRef
    Protest: URIRef
    Riot: URIRef
    Suppression: URIRef
    Damage: URIRef
    Transfer: URIRef
    Aid: URIRef
    Sanction: URIRef
    LegalAction: URIRef
    Investigation: URIRef
    Charge: URIRef
    Trial: URIRef
    Conviction: URIRef
    Release: URIRef
    Crime: URIRef
    Election: URIRef
    Appointment: URIRef
    Dismissal: URIRef
    Resignation: URIRef
    Disaster: URIRef
    MedicalTreatment: URIRef

    Happening: URIRef

    # Happenings (see kg.rdf.happenings)
    reportedIn: URIRef
    documentCount: URIRef
    sourceCount: URIRef

    # Event roles
    actor: URIRef
    action: URIRef
    target: URIRef
    place: URIRef
    origin: URIRef  # sub-property of place: "advancing from Crimea"
    destination: URIRef  # sub-property of place: "towards Kyiv"
    figure: URIRef
    time: URIRef  # xsd:date, xsd:gYearMonth or xsd:gYear
    timeText: URIRef  # the time as written
    source: URIRef
    negated: URIRef
    modality: URIRef  # "asserted", "requested", "future", ... (kg.model.Modality)
    placeFrom: URIRef  # the sentence an event's places were read in, when not its own
    actorFrom: URIRef  # the sentence an event's actor was read in, when not its own
    targetFrom: URIRef  # the same for its target
    sourceFrom: URIRef  # the same for its source (a quote's speaker named elsewhere)

    # Figures
    value: URIRef
    valueMax: URIRef
    unit: URIRef
    qualifier: URIRef
    owner: URIRef
    share: URIRef  # true when the value is a fraction of the counted things

    # Qualifier individuals
    exact: URIRef
    atLeast: URIRef
    moreThan: URIRef
    approximately: URIRef
    upTo: URIRef
    lessThan: URIRef
    atMost: URIRef
    range: URIRef

    # Entities
    alias: URIRef
    mentionCount: URIRef
    eventCount: URIRef
    partnerCount: URIRef
    role: URIRef
    country: URIRef
    affiliation: URIRef
    admin1: URIRef
    locatedIn: URIRef
    coordinatesFrom: URIRef

    # Provenance: mentions and documents
    text: URIRef
    start: URIRef
    end: URIRef
    document: URIRef
    title: URIRef
    date: URIRef
    url: URIRef
    author: URIRef  # the byline as written
    site: URIRef  # the site or publisher's name
    retrievedFrom: URIRef  # the address fetched or archived, when not kg:url
    retrievedAt: URIRef  # when it was fetched (xsd:dateTime)
    extractor: URIRef  # what read the text off the page, with its version
    summaryOnly: URIRef  # true when the text is a feed's summary, not the article


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("https://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
#: W3C's Internationalization Tag Set: ``itsrdf:taIdentRef`` links a NIF string to the
#: entity it names, the way NIF corpora mark entity mentions.
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

#: Prefixes bound on every graph kg makes, and used in query results.
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "prov": "http://www.w3.org/ns/prov#",
    "geo": str(GEO),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
