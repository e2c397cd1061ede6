"""SPARQL over exported files, an embedded Oxigraph store, or a remote endpoint.

* :class:`Store` is a folder holding a persistent Oxigraph database. Adding a
  dataset replaces each document's named graph and merges the entities graph in
  one transaction, so rebuilding a changed document replaces it and re-adding
  is idempotent. A lock file keeps two builds from writing at once;
  :meth:`Store.reading` keeps the store open for many queries.
* :func:`query` answers a SPARQL query from RDF files, a store folder or an
  ``http(s)://`` SPARQL endpoint, and returns a small :class:`Result`;
  :func:`format_result` prints it as a table, CSV, TSV or SPARQL JSON.
* :func:`push` sends files or a store to a remote triple store over the SPARQL
  1.1 Graph Store HTTP Protocol.

Local queries never reach the network: ``SERVICE`` is refused unless
``allow_service=True``. Values are passed as bindings, never pasted into the
query text.
"""

from __future__ import annotations

from kg.store.canned import CannedQuery, canned_queries, canned_query, stored_names
from kg.store.local import Reader, Store
from kg.store.push import Pushed, push
from kg.store.results import RESULT_FORMATS, Result, compact, format_result
from kg.store.sources import is_endpoint, query, read_records, read_sources

__all__ = [
    "RESULT_FORMATS",
    "CannedQuery",
    "Pushed",
    "Reader",
    "Result",
    "Store",
    "canned_queries",
    "canned_query",
    "compact",
    "format_result",
    "is_endpoint",
    "push",
    "query",
    "read_records",
    "read_sources",
    "stored_names",
]
