"""Adding a new build to an earlier one, the way the store does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

import pyoxigraph as ox
from rdflib import RDFS, Dataset, Graph, URIRef
from rdflib.namespace import OWL
from rdflib.term import IdentifiedNode

from kg.namespace import DEFAULT_BASE, GEO, KG
from kg.rdf.happenings import with_fresh_happenings
from kg.rdf.iris import default_graph_iri, entities_graph_iri
from kg.rdf.mapping import dataset_quads, from_quads
from kg.rdf.summary import with_fresh_summary
from kg.rdf.terms import _bind, _named, base_of, gc_paused, quiet_rdflib

__all__ = [
    "ENTITY_SINGLE_VALUED",
    "in_named_graphs",
    "merge",
    "merge_quads",
    "named_graphs",
    "union",
]


#: Entity properties that hold one value: merging a newer entity replaces them,
#: while types, aliases and roles accumulate.
ENTITY_SINGLE_VALUED: Final[tuple[URIRef, ...]] = (
    RDFS.label,
    KG.mentionCount,
    GEO.lat,
    GEO.long,
    KG.country,
    OWL.sameAs,
)


def union(dataset: Graph) -> Graph:
    """Every triple of every graph of ``dataset`` in one plain Graph, prefixes bound."""
    graph = Graph()
    _bind(graph, base_of(dataset))
    with quiet_rdflib():
        if isinstance(dataset, Dataset):
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            for triple in dataset:
                graph.add(triple)
    return graph


def in_named_graphs(quads: Iterable[ox.Quad], *, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """``quads`` with every default-graph triple moved into :func:`default_graph_iri`.

    A default-graph triple that a named graph holds too (``graph.ttl`` given
    with ``graph.trig``) is dropped instead, so each fact is stated once. kg's
    canned queries read named graphs only (a store's default graph need not be
    their union), so this is how a Turtle file's triples reach them.

    >>> import pyoxigraph as ox
    >>> ex = ox.NamedNode("http://example.org/x")
    >>> [q.graph_name for q in in_named_graphs([ox.Quad(ex, ex, ex)])]
    [<NamedNode value=https://w3id.org/kg-news/id/graph/default>]
    """
    found = list(quads)
    named = {q.triple for q in found if not isinstance(q.graph_name, ox.DefaultGraph)}
    lifted = _named(str(default_graph_iri(base=base)))
    result = []
    for quad in found:
        if isinstance(quad.graph_name, ox.DefaultGraph):
            if quad.triple in named:
                continue
            quad = ox.Quad(quad.subject, quad.predicate, quad.object, lifted)
        result.append(quad)
    return result


def named_graphs(dataset: Dataset) -> dict[IdentifiedNode, Graph]:
    with quiet_rdflib():
        return {
            graph.identifier: graph
            for graph in dataset.graphs()
            if graph.identifier != dataset.default_graph.identifier and len(graph)
        }


@gc_paused()
def merge_quads(
    existing: Iterable[ox.Quad], new: Sequence[ox.Quad], *, base: str = DEFAULT_BASE
) -> list[ox.Quad]:
    """Add ``new`` quads to ``existing`` the way a store does (see :func:`merge`).

    The order is stable, so merging the same quads again gives the same list:
    the graphs ``new`` leaves alone first, as they were, then ``new``, each
    entity's earlier aliases, types and roles right after its new description.
    Last come the summary and happenings graphs, made again from the merged quads.
    """
    entities = _named(str(entities_graph_iri(base=base)))
    single_valued = {_named(str(p)) for p in ENTITY_SINGLE_VALUED}
    new_graphs = {q.graph_name for q in new}
    described: dict[Any, list[ox.Quad]] = {}  # entity -> its new quads, in order
    rest: list[ox.Quad] = []
    for quad in new:
        if quad.graph_name == entities:
            described.setdefault(quad.subject, []).append(quad)
        else:
            rest.append(quad)
    merged: list[ox.Quad] = []
    for quad in existing:
        graph = quad.graph_name
        if graph == entities and quad.subject in described:
            if quad.predicate not in single_valued:
                described[quad.subject].append(quad)
        elif isinstance(graph, ox.DefaultGraph) or graph == entities or graph not in new_graphs:
            merged.append(quad)
    merged.extend(rest)
    for quads_of_entity in described.values():
        merged.extend(quads_of_entity)
    return with_fresh_happenings(with_fresh_summary(dict.fromkeys(merged), base=base), base=base)


def merge(existing: Dataset, new: Dataset) -> Dataset:
    """Add ``new`` to ``existing`` the way a store does, in a new Dataset.

    Each named graph of ``new`` replaces the graph of the same name (so
    rebuilding a changed document replaces it and re-adding is idempotent),
    except the entities graph, which is merged: a newer entity replaces its
    single-valued properties (:data:`ENTITY_SINGLE_VALUED`) and adds its types,
    aliases and roles. Default-graph triples are added. The summary graph is
    made again from the result (:mod:`kg.rdf.summary`).
    """
    base = base_of(new)
    merged = merge_quads(dataset_quads(existing), dataset_quads(new), base=base)
    return from_quads(merged, base=base)
