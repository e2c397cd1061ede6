"""The canned queries shipped in ``ontology/queries/``.

Each ``NAME.rq`` there is plain SPARQL 1.1 that names its graphs, so it gives
the same rows on any store holding kg's named graphs, with or without a union
default graph (no ``LATERAL``, nothing engine-specific): that is the text kg
sends to an endpoint and the one to copy. A query may also have a form tuned
for kg's own engine, ``oxigraph/NAME.rq``: the same rows, written for
Oxigraph's planner (``LATERAL``, the union default graph kg sets up locally),
which kg runs on files and store folders. The tests check that both give the
same rows.
"""

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
    """A query shipped in ``ontology/queries/``: its name, one-line description and text.

    ``path`` is the portable query; ``tuned_path`` its form for kg's embedded
    Oxigraph engine, when there is one.
    """

    name: str
    description: str
    path: Path
    tuned_path: Path | None = None

    @property
    def text(self) -> str:
        """The portable SPARQL 1.1 text, for any store (what kg sends to an endpoint)."""
        return self.path.read_text("utf-8")

    @property
    def local_text(self) -> str:
        """The text kg runs on files and store folders: the tuned form, else :attr:`text`."""
        return (self.tuned_path or self.path).read_text("utf-8")


def canned_queries() -> dict[str, CannedQuery]:
    """The queries in ``ontology/queries/*.rq`` by name (the file stem), sorted.

    The first line of each file is ``# description``.
    """
    folder = rdf.ontology_path("queries")
    found = {}
    for path in sorted(folder.glob("*.rq")):
        with path.open(encoding="utf-8") as handle:
            first = handle.readline().strip()
        tuned = folder / "oxigraph" / path.name
        found[path.stem] = CannedQuery(
            path.stem, first.lstrip("#").strip(), path, tuned if tuned.is_file() else None
        )
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
