"""The front door: a query over RDF files, a store folder or an endpoint URL."""

from __future__ import annotations

import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from rdflib import Dataset
from rdflib.term import Node

from kg import rdf
from kg.errors import InputError
from kg.store.local import Store
from kg.store.remote import _remote_query
from kg.store.results import Result
from kg.store.sparql import (
    _check_service,
    _cut,
    _run,
    _run_limited,
    _with_limit,
    uses_service,
)

__all__ = [
    "is_endpoint",
    "query",
    "read_records",
    "read_sources",
]


def is_endpoint(source: str | os.PathLike[str]) -> bool:
    """True for an ``http://`` or ``https://`` URL."""
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def _as_list(sources: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[Any]:
    if isinstance(sources, (str, os.PathLike)):
        return [sources]
    return list(sources)


def read_sources(sources: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> Dataset:
    """RDF files and store folders, read into one rdflib Dataset.

    Raises:
        InputError: A file is missing or does not parse, or a folder is not a store.
        StoreError: A store cannot be opened.
    """
    items = _as_list(sources)
    if not items:
        raise InputError("no RDF source given: pass files or a store folder")
    files = []
    datasets = []
    for item in items:
        if is_endpoint(item):
            raise InputError(f"{item} is an endpoint URL; pass files or a store folder here")
        path = Path(item)
        if path.is_dir():
            datasets.append(_store_of(path).dataset())
        else:
            files.append(path)
    if files:
        datasets.append(rdf.load(files))
    result = datasets[0]
    for other in datasets[1:]:
        for s, p, o, g in rdf.rdflib_quads(other):
            (result.default_graph if g is None else result.graph(g)).add((s, p, o))  # type: ignore[arg-type]
    return result


def read_records(
    sources: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
) -> rdf.Records:
    """The documents, entities and events of RDF files and store folders, read together.

    Raises:
        InputError: A file is missing or does not parse, or a folder is not a store.
        StoreError: A store cannot be opened.
    """
    return rdf.read_records(read_sources(sources))


def _store_of(path: Path) -> Store:
    store = Store(path)
    if not store.exists():
        raise InputError(
            f"{str(path)!r} is a folder but not a kg store; pass RDF files"
            f" (e.g. {str(path / 'graph.trig')!r}) or a folder made by `kg build --store`"
        )
    return store


def query(
    sources: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    sparql: str,
    *,
    bindings: Mapping[str, Node | str] | None = None,
    allow_service: bool = False,
    timeout: float = 30.0,
    limit: int | None = None,
) -> Result:
    """Answer a SPARQL query from RDF files, a store folder or an endpoint URL.

    Files are loaded into an in-memory Oxigraph store, triples without a graph
    into :func:`kg.rdf.default_graph_iri`; in every local case the default
    graph is the union of all graphs and the ontology's prefixes (``kg:``,
    ``prov:``, ...) need no PREFIX lines.

    Args:
        sources: RDF files (any of :data:`kg.rdf.FORMATS`), one store folder, or
            one ``http(s)://`` SPARQL endpoint URL.
        sparql: The query (SELECT, ASK, CONSTRUCT or DESCRIBE).
        bindings: Values for variables, e.g. ``{"actor": "Ana Ruiz"}``: a string
            is a plain literal, an rdflib term is used as is. They are bound by
            the engine (or sent as a VALUES block), never pasted into the text.
        allow_service: Let ``SERVICE`` clauses reach other endpoints.
        timeout: Seconds for the whole of a request to an endpoint (connect,
            send, receive, retries), and for a local query that calls SERVICE.
        limit: At most this many rows of a SELECT query (``None`` or 0: all).
            The engine is given the LIMIT, so it can stop early; the result's
            ``truncated`` says whether rows were left out. The rows are the
            first ones of the unlimited query, in its order.

    Raises:
        QueryError: The query does not parse (the message gives line and
            column), uses SERVICE without ``allow_service``, or fails.
        InputError: A source cannot be read.
        EndpointError: The endpoint refuses or does not answer.
    """
    import pyoxigraph as ox

    items = _as_list(sources)
    if not items:
        raise InputError("no source given: pass RDF files, a store folder or an endpoint URL")
    _check_service(sparql, allow_service=allow_service)
    # A local query runs as long as it needs, unless it calls out: then
    # ``timeout`` bounds the whole of it, the SERVICE calls included.
    local_timeout = timeout if uses_service(sparql) else None
    endpoints = [item for item in items if is_endpoint(item)]
    if endpoints:
        if len(items) > 1:
            raise InputError("query one endpoint URL at a time, without files or folders")
        if not allow_service:
            # Check the syntax here: the same one-line message for every source.
            _run(ox.Store(), sparql, None)
        limited, cut = _with_limit(sparql, limit)
        return _cut(_remote_query(str(endpoints[0]), limited, bindings, timeout=timeout), cut)
    if len(items) == 1 and Path(items[0]).is_dir():
        return _store_of(Path(items[0])).query(
            sparql, bindings=bindings, allow_service=True, limit=limit, timeout=local_timeout
        )
    store = ox.Store()
    dataset = rdf.load(items)
    base = rdf.base_of(dataset)
    # Every triple in a named graph, as a store kg writes holds them: the canned
    # queries name their graphs. A default-graph copy of a named-graph triple
    # (graph.ttl given with graph.trig) is dropped, so each fact answers once.
    quads = rdf.in_named_graphs(rdf.dataset_quads(dataset), base=base)
    # Counted afresh: the files may come from other tools, or from several builds.
    quads = rdf.with_fresh_summary(quads, base=base)
    try:
        store.extend(quads)
    except OSError as error:
        raise InputError(f"cannot load {', '.join(map(str, items))}: {error}") from None
    deadline = None if local_timeout is None else time.monotonic() + local_timeout
    return _run_limited(store, sparql, bindings, limit, deadline=deadline)
