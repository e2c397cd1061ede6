"""Sending RDF to a remote triple store over the SPARQL 1.1 Graph Store Protocol."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg import rdf
from kg.errors import EndpointError, InputError
from kg.namespace import DEFAULT_BASE
from kg.store.local import Store
from kg.store.remote import _redact, _request, _snippet
from kg.store.sources import _as_list, _store_of, is_endpoint, read_sources

if TYPE_CHECKING:
    import pyoxigraph as ox


__all__ = [
    "Pushed",
    "push",
]


@dataclass(frozen=True, slots=True)
class Pushed:
    """What :func:`push` sent: each graph and its triple count."""

    endpoint: str
    graphs: tuple[tuple[str | None, int], ...]

    @property
    def triples(self) -> int:
        """The number of triples sent."""
        return sum(count for _, count in self.graphs)


def _ntriples(triples: Sequence[ox.Triple]) -> bytes:
    import pyoxigraph as ox

    out = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return out if isinstance(out, bytes) else b""


def _groups_of_dataset(dataset: Graph, base: str) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    groups: dict[str | None, list[ox.Triple]] = {}
    for quad in rdf.in_named_graphs(rdf.dataset_quads(dataset), base=base):
        groups.setdefault(quad.graph_name.value, []).append(quad.triple)  # type: ignore[union-attr]
    yield from groups.items()


def _groups_of_store(store: Store) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    # One graph in memory at a time: a store can be larger than memory.
    for name in store.graphs():
        yield name, store.triples(name)
    default = store.triples(None)
    if default:
        yield None, default


def push(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | Graph,
    endpoint: str,
    *,
    graph: str | None = None,
    timeout: float = 30.0,
    retries: int = 3,
) -> Pushed:
    """Send RDF to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    Without ``graph``, each document graph replaces the graph of the same name
    (HTTP PUT, so pushing a rebuilt document replaces it), and the entities
    graph and the triples given without a graph are merged into what is there
    (HTTP POST), the latter into :func:`kg.rdf.default_graph_iri`: the canned
    queries read named graphs, since a store's default graph need not be their
    union. With ``graph``, the union of everything replaces that one graph.

    Credentials come from the environment: ``KG_ENDPOINT_TOKEN`` (a bearer
    token) or ``KG_ENDPOINT_USER`` and ``KG_ENDPOINT_PASSWORD`` (basic auth).
    They are never shown in messages.

    Args:
        source: RDF files, a store folder, or an rdflib Graph/Dataset.
        endpoint: The Graph Store endpoint (Oxigraph: ``http://HOST:PORT/store``).
        graph: Put everything into this one named graph.
        timeout: Seconds to wait for each request.
        retries: Attempts per request on connection failures and 5xx answers.

    Raises:
        EndpointError: The endpoint refuses, fails or does not answer in time.
        InputError: The source cannot be read, or ``endpoint`` is not http(s).
    """
    if not is_endpoint(endpoint):
        raise InputError(f"the endpoint must be an http:// or https:// URL (not {endpoint!r})")
    items = [] if isinstance(source, Graph) else _as_list(source)
    if len(items) == 1 and not is_endpoint(items[0]) and Path(items[0]).is_dir():
        # A store folder is sent graph by graph, never read whole into memory.
        store = _store_of(Path(items[0]))
        names = store.graphs()
        entities = next((n for n in names if n.endswith("graph/entities")), None)
        base = entities.removesuffix("graph/entities") if entities else DEFAULT_BASE
        groups = _groups_of_store(store)
    else:
        dataset = source if isinstance(source, Graph) else read_sources(source)
        base = rdf.base_of(dataset)
        entities = str(rdf.entities_graph_iri(base=base))
        groups = _groups_of_dataset(dataset, base)
    lifted = str(rdf.default_graph_iri(base=base))
    sent: list[tuple[str | None, int]] = []
    headers = {"Content-Type": "application/n-triples"}
    for name, triples in groups:
        if graph is not None:
            # Everything into one graph: the first request replaces it, the others add.
            method, params = ("POST" if sent else "PUT"), {"graph": graph}
        else:
            name = lifted if name is None else name
            method, params = ("POST" if name in {entities, lifted} else "PUT"), {"graph": name}
        response = _request(
            method,
            endpoint,
            timeout=timeout,
            retries=retries,
            params=params,
            headers=headers,
            content=_ntriples(triples),
        )
        if response.status_code >= 400:
            raise EndpointError(
                f"{_redact(endpoint)} refused {method} of graph"
                f" {params.get('graph', 'default')} (HTTP {response.status_code}):"
                f" {_snippet(response)}"
            )
        sent.append((name, len(triples)))
    if graph is not None:
        sent = [(graph, sum(count for _, count in sent))] if sent else []
    return Pushed(_redact(endpoint), tuple(sent))
