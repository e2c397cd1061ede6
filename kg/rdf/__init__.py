"""Documents, entities and events as linked data: IRIs, named graphs, formats, SHACL.

The package follows the data flow: :mod:`~kg.rdf.iris` names things,
:mod:`~kg.rdf.mapping` turns records into quads (and rdflib Datasets),
:mod:`~kg.rdf.records` reads the records back (the one way back from RDF),
:mod:`~kg.rdf.merging` adds a build to an earlier one, :mod:`~kg.rdf.formats`
reads and writes files, :mod:`~kg.rdf.shacl` validates; :mod:`~kg.rdf.terms`
holds the literals and term conversions they share; those kg.store uses too
(rdflib <-> Oxigraph terms, the base of a graph, rdflib kept quiet) are public.

The layout (agreed with the view, see ``docs/rdf.md``):

* every IRI is ``base + path`` and every path goes through :func:`safe`, so any
  name (quotes, angle brackets, spaces, any script, zero-width characters) gives
  a valid, deterministic IRI;
* one named graph per document (``base + "graph/" + doc id``) holds the document
  node, its events, their figures and the mentions they were read from; one
  shared graph (``base + "graph/entities"``) holds every actor and place, and
  the summary graph (``base + "graph/summary"``, :mod:`~kg.rdf.summary`) their
  event and partner counts; triples read without a graph (a Turtle file) are
  kept in ``base + "graph/default"`` (:func:`in_named_graphs`) wherever kg
  queries or stores them, so queries that name their graphs find them.

>>> entity_iri("place/kyiv")
rdflib.term.URIRef('https://w3id.org/kg-news/id/place/kyiv')
>>> str(document_iri('say "hi" <now>'))
'https://w3id.org/kg-news/id/document/say%20%22hi%22%20%3Cnow%3E'
"""

from __future__ import annotations

from kg.namespace import PREFIXES as PREFIXES
from kg.rdf.formats import (
    FORMAT_NAMES,
    FORMATS,
    OUTPUT_FORMATS,
    format_name,
    infer_base,
    join_texts,
    jsonld_context,
    load,
    ontology_path,
    read_quads,
    serialize,
    serialize_quads,
    write,
    write_outputs,
    write_quads,
    write_quads_then,
)
from kg.rdf.happenings import (
    HappeningsRead,
    happening_quads,
    happenings_graph_iri,
    read_happenings,
    with_fresh_happenings,
)
from kg.rdf.iris import (
    default_graph_iri,
    document_iri,
    entities_graph_iri,
    entity_iri,
    event_iri,
    graph_iri,
    mention_iri,
    safe,
    summary_graph_iri,
)
from kg.rdf.mapping import dataset_quads, from_quads, quads, rdflib_quads, to_dataset
from kg.rdf.merging import (
    ENTITY_SINGLE_VALUED,
    in_named_graphs,
    merge,
    merge_quads,
    named_graphs,
    union,
)
from kg.rdf.records import Records, read_records
from kg.rdf.shacl import Violation, validate
from kg.rdf.summary import Summary, summary_quads, with_fresh_summary
from kg.rdf.terms import PROV, base_of, from_oxigraph, quiet_rdflib, to_oxigraph

__all__ = [
    "ENTITY_SINGLE_VALUED",
    "FORMATS",
    "FORMAT_NAMES",
    "OUTPUT_FORMATS",
    "PROV",
    "Records",
    "Summary",
    "Violation",
    "base_of",
    "dataset_quads",
    "default_graph_iri",
    "document_iri",
    "entities_graph_iri",
    "entity_iri",
    "event_iri",
    "format_name",
    "from_oxigraph",
    "from_quads",
    "graph_iri",
    "HappeningsRead",
    "happening_quads",
    "read_happenings",
    "happenings_graph_iri",
    "in_named_graphs",
    "infer_base",
    "join_texts",
    "jsonld_context",
    "load",
    "mention_iri",
    "merge",
    "merge_quads",
    "named_graphs",
    "ontology_path",
    "quads",
    "quiet_rdflib",
    "rdflib_quads",
    "read_quads",
    "read_records",
    "safe",
    "serialize",
    "serialize_quads",
    "summary_graph_iri",
    "summary_quads",
    "to_dataset",
    "to_oxigraph",
    "union",
    "validate",
    "with_fresh_happenings",
    "with_fresh_summary",
    "write",
    "write_outputs",
    "write_quads",
    "write_quads_then",
]
