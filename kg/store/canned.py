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

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg import rdf
from kg.errors import QueryError
from kg.event_types import EVENT_TYPES
from kg.namespace import KG

__all__ = [
    "CLASS_PARAMETERS",
    "CannedQuery",
    "canned_queries",
    "canned_query",
    "stored_names",
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


#: Parameters that name a class of kg's event taxonomy (events-at-place's
#: ``$type``): "attack" is the class Attack there, never a figure's unit "attack".
CLASS_PARAMETERS: Final = frozenset({"type"})

#: A name as written in the data: a label, an alias, a unit, or a role's text.
_HAS_NAME: Final = "rdfs:label|kg:alias|kg:unit|kg:actor|kg:target|kg:source"


def _class_name(text: str) -> str | None:
    """The event class named ``text`` in any case ("attack" -> "Attack"), if one is."""
    wanted = text.strip().casefold()
    return next((name for name in (*EVENT_TYPES, "Event") if name.casefold() == wanted), None)


def _exact(term: str) -> str:
    return (
        f"SELECT ?given WHERE {{ VALUES ?given {{ {term} }}"
        f" GRAPH ?g {{ ?thing {_HAS_NAME} ?given }} }} LIMIT 1"
    )


def _any_case(term: str) -> str:
    return f"""SELECT DISTINCT ?name WHERE {{
  VALUES ?given {{ {term} }}
  GRAPH ?g {{ ?thing {_HAS_NAME} ?name }}
  FILTER(isLiteral(?name) && LCASE(STR(?name)) = LCASE(STR(?given)))
}} LIMIT 2"""


def stored_names(
    sources: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    bindings: Mapping[str, Node | str],
    *,
    timeout: float = 30.0,
) -> dict[str, Node | str]:
    """``bindings`` with each plain name written as the data writes it.

    A canned query matches names exactly (an index lookup); people type
    "russian ministry of defence" for "Russian Ministry of Defence". A value the
    data holds as it is stays; otherwise the one label, alias, unit or role text
    equal to it but for case takes its place (looking costs a pass over the
    names, so only on a miss). IRIs, typed literals and names found zero or
    several times stay as given. A parameter of :data:`CLASS_PARAMETERS` is
    the event class of that name in any case ("attack" -> "Attack"), never a
    name from the data.
    """
    from kg.store.sources import query

    found: dict[str, Node | str] = dict(bindings)
    for name, value in bindings.items():
        if name in CLASS_PARAMETERS and isinstance(value, URIRef):
            # The queries bind a class by its name: kg:Attack is "Attack".
            named = _class_name(str(value).removeprefix(str(KG)))
            if named is not None and str(value) == f"{KG}{named}":
                found[name] = Literal(named)
            continue
        if isinstance(value, Node) and not (
            isinstance(value, Literal) and value.datatype is None and value.language is None
        ):
            continue
        if name in CLASS_PARAMETERS:
            named = _class_name(str(value))
            if named is not None:
                found[name] = Literal(named)
            continue
        # The value goes in as a term Oxigraph's serializer wrote (escaped), inside
        # the query, so that an endpoint joins it before LIMIT, as the engine does.
        term = str(rdf.to_oxigraph(Literal(str(value))))
        if query(sources, _exact(term), timeout=timeout).rows:
            continue
        matches = query(sources, _any_case(term), timeout=timeout).rows
        if len(matches) == 1 and matches[0][0] is not None:
            found[name] = matches[0][0]
    return found
