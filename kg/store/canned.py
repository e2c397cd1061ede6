"""The canned queries shipped in ``ontology/queries/``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg import rdf
from kg.errors import QueryError

__all__ = [
    "CannedQuery",
    "canned_queries",
    "canned_query",
]


@dataclass(frozen=True, slots=True)
class CannedQuery:
    """A query shipped in ``ontology/queries/``: its name, one-line description and text."""

    name: str
    description: str
    path: Path

    @property
    def text(self) -> str:
        """The SPARQL text."""
        return self.path.read_text("utf-8")


def canned_queries() -> dict[str, CannedQuery]:
    """The queries in ``ontology/queries/*.rq`` by name (the file stem), sorted.

    The first line of each file is ``# description``.
    """
    folder = rdf.ontology_path("queries")
    found = {}
    for path in sorted(folder.glob("*.rq")):
        with path.open(encoding="utf-8") as handle:
            first = handle.readline().strip()
        found[path.stem] = CannedQuery(path.stem, first.lstrip("#").strip(), path)
    return found


def canned_query(name: str) -> CannedQuery:
    """One canned query by name.

    Raises:
        QueryError: No query has that name; the message lists the names.
    """
    queries = canned_queries()
    if name not in queries:
        raise QueryError(f"no canned query named {name!r}; choose one of {', '.join(queries)}")
    return queries[name]
