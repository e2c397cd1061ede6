"""The graph as three tables: events, entities and figures, one row each.

For spreadsheets and data frames: every cell is one value (text, a number, a
boolean, a date, or empty); IRIs are full. The tables are read with SPARQL from
kg's RDF, so they come out the same from a :class:`~kg.graph.KnowledgeGraph`,
from files, from a store folder or from an endpoint:

* ``events`` — ``event``, ``document``, ``action``, ``actor`` (the label, or the
  text as written) and ``actor_id`` (the entity's IRI, when it names one), the
  same for ``target`` and ``source``, ``places`` (their names, joined with
  ``" | "``), ``time`` (the date), ``time_text`` (as written), ``negated``,
  ``modality``, ``sentence``, ``start`` and ``end`` (the sentence's offsets);
* ``entities`` — ``entity``, ``label``, ``kind``, ``aliases`` (joined with
  ``" | "``), ``mentions``, ``events`` (how many name it), ``lat``, ``long``,
  ``geonames``;
* ``figures`` — ``figure``, ``event``, ``document``, ``text``, ``value``,
  ``value_max``, ``unit``, ``qualifier``, ``owner``, ``action``, ``source``.

:func:`to_pandas` gives them as pandas DataFrames (pandas is optional).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from rdflib import Literal, URIRef

from kg.errors import InputError

if TYPE_CHECKING:
    import pandas

    from kg.store import Result

__all__ = ["TABLES", "table", "tables", "to_pandas"]

_EVENTS: Final = """
SELECT ?event ?document ?action ?actor ?actor_id ?target ?target_id ?places ?time
       ?time_text ?source ?source_id ?negated ?modality ?sentence ?start ?end
WHERE {
  GRAPH ?g {
    ?event a kg:Event ; kg:action ?action ; kg:negated ?negated ; kg:document ?document ;
           prov:wasDerivedFrom ?mention .
    OPTIONAL { ?event kg:time ?time }
    OPTIONAL { ?event kg:timeText ?time_text }
    OPTIONAL { ?event kg:modality ?modality }
  }
  OPTIONAL { GRAPH ?m { ?mention kg:text ?sentence ; kg:start ?start ; kg:end ?end } }
  OPTIONAL { GRAPH ?g { ?event kg:actor ?a } OPTIONAL { GRAPH ?al { ?a rdfs:label ?aLabel } } }
  OPTIONAL { GRAPH ?g { ?event kg:target ?t } OPTIONAL { GRAPH ?tl { ?t rdfs:label ?tLabel } } }
  OPTIONAL { GRAPH ?g { ?event kg:source ?s } OPTIONAL { GRAPH ?sl { ?s rdfs:label ?sLabel } } }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(?placeName; separator=" | ") AS ?places) WHERE {
      SELECT DISTINCT ?event ?placeName WHERE {
        GRAPH ?pg { ?event kg:place ?p }
        OPTIONAL { GRAPH ?pl { ?p rdfs:label ?pLabel } }
        BIND(STR(COALESCE(?pLabel, ?p)) AS ?placeName)
      } ORDER BY ?placeName
    } GROUP BY ?event
  }
  BIND(COALESCE(?aLabel, ?a) AS ?actor)
  BIND(IF(isIRI(?a), ?a, ?none) AS ?actor_id)
  BIND(COALESCE(?tLabel, ?t) AS ?target)
  BIND(IF(isIRI(?t), ?t, ?none) AS ?target_id)
  BIND(COALESCE(?sLabel, ?s) AS ?source)
  BIND(IF(isIRI(?s), ?s, ?none) AS ?source_id)
}
ORDER BY ?document ?start ?event
"""

_ENTITIES: Final = """
SELECT ?entity ?label ?kind ?aliases ?mentions ?events ?lat ?long ?geonames
WHERE {
  VALUES (?type ?kind) {
    (kg:Person "person") (kg:Organization "organization") (kg:Group "group") (kg:Place "place")
  }
  GRAPH ?g { ?entity a ?type ; rdfs:label ?label }
  OPTIONAL { GRAPH ?c { ?entity kg:mentionCount ?mentions } }
  OPTIONAL { GRAPH ?e { ?entity kg:eventCount ?events } }
  OPTIONAL { GRAPH ?p { ?entity geo:lat ?lat ; geo:long ?long } }
  OPTIONAL { GRAPH ?n { ?entity owl:sameAs ?geonames } }
  OPTIONAL {
    SELECT ?entity (GROUP_CONCAT(?alias; separator=" | ") AS ?aliases) WHERE {
      SELECT DISTINCT ?entity ?alias WHERE { GRAPH ?a { ?entity kg:alias ?alias } }
      ORDER BY ?alias
    } GROUP BY ?entity
  }
}
ORDER BY ?kind ?label ?entity
"""

_FIGURES: Final = """
SELECT ?figure ?event ?document ?text ?value ?value_max ?unit ?qualifier ?owner ?action ?source
WHERE {
  GRAPH ?g { ?event kg:figure ?figure ; kg:action ?action ; kg:document ?document }
  GRAPH ?f { ?figure kg:value ?value ; rdfs:label ?text ; kg:qualifier ?q }
  OPTIONAL { GRAPH ?f { ?figure kg:valueMax ?value_max } }
  OPTIONAL { GRAPH ?f { ?figure kg:unit ?unit } }
  OPTIONAL { GRAPH ?f { ?figure kg:owner ?owner } }
  OPTIONAL { GRAPH ?g { ?event kg:source ?s } OPTIONAL { GRAPH ?sl { ?s rdfs:label ?sLabel } } }
  BIND(STRAFTER(STR(?q), "#") AS ?qualifier)
  BIND(COALESCE(?sLabel, ?s) AS ?source)
}
ORDER BY ?document ?event ?figure
"""

#: Table name -> the SPARQL query that reads it (every pattern names its graph).
TABLES: Final[dict[str, str]] = {"events": _EVENTS, "entities": _ENTITIES, "figures": _FIGURES}


def _cell(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


def _rows(result: Result) -> list[dict[str, Any]]:
    return [
        {name: _cell(term) for name, term in zip(result.variables, row, strict=True)}
        for row in result.rows
    ]


def table(
    sources: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], name: str
) -> list[dict[str, Any]]:
    """One table of RDF files, a store folder or an endpoint, as rows of plain values.

    Raises:
        InputError: ``name`` is not one of :data:`TABLES`, or a source cannot be read.
        QueryError: An endpoint cannot answer.
    """
    from kg.store import query

    if name not in TABLES:
        raise InputError(f"no table named {name!r}; choose one of {', '.join(TABLES)}")
    return _rows(query(sources, TABLES[name]))


def tables(quads: Sequence[Any]) -> dict[str, list[dict[str, Any]]]:
    """Every table of a graph given as Oxigraph quads (:func:`kg.rdf.quads`)."""
    import pyoxigraph as ox

    from kg.store.sparql import _run

    store = ox.Store()
    store.extend(quads)
    return {name: _rows(_run(store, text, None)) for name, text in TABLES.items()}


def to_pandas(rows_by_table: dict[str, list[dict[str, Any]]]) -> dict[str, pandas.DataFrame]:
    """The tables as pandas DataFrames, numbers as floats (pandas is optional).

    Raises:
        ImportError: pandas is not installed; the message says how to install it.
    """
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            "KnowledgeGraph.to_pandas needs pandas: pip install pandas (or 'kg[pandas]')"
        ) from error
    frames = {}
    for name, rows in rows_by_table.items():
        columns = list(_columns(TABLES[name]))
        frame = pandas.DataFrame(
            [{k: float(v) if isinstance(v, Decimal) else v for k, v in r.items()} for r in rows],
            columns=columns,
        )
        frames[name] = frame
    return frames


def _columns(text: str) -> list[str]:
    head = text.split("WHERE", 1)[0]
    return [word[1:] for word in head.split() if word.startswith("?")]
