"""Running SPARQL on an Oxigraph store: SERVICE refused, values bound, pages the engine sees."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from rdflib import Literal
from rdflib.term import Node

from kg import rdf
from kg.errors import QueryError
from kg.namespace import PREFIXES
from kg.store.results import Result

if TYPE_CHECKING:
    import pyoxigraph as ox


__all__: list[str] = []


_SKIP: Final = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n]*",
    re.DOTALL,
)


_SERVICE: Final = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)


_FROM: Final = re.compile(r"(?<![\w?$:])FROM(?![\w:])", re.IGNORECASE)


def _check_service(sparql: str, *, allow_service: bool) -> None:
    # Strings, IRIs and comments are blanked first: "SERVICE" inside them is harmless.
    if not allow_service and _SERVICE.search(_SKIP.sub(" ", sparql)):
        raise QueryError(
            "the query uses SERVICE, which would reach the network; pass --allow-service"
            " (allow_service=True) if you mean it"
        )


_LIMIT_TAIL: Final = re.compile(
    r"(?<![\w?$:])(LIMIT|OFFSET)\s+(\d+)(?:\s+(LIMIT|OFFSET)\s+(\d+))?\s*$", re.IGNORECASE
)


_VALUES_TAIL: Final = re.compile(
    r"(?<![\w?$:])VALUES\s*(?:[?$]\w+|\([^()]*\))\s*\{[^{}]*\}\s*$", re.IGNORECASE
)


_FORM: Final = re.compile(r"(?<![\w?$:])(SELECT|CONSTRUCT|DESCRIBE|ASK)(?![\w:])", re.IGNORECASE)


def _blank(sparql: str) -> str:
    # Strings, IRIs and comments as spaces of the same length, so that
    # positions found in the blanked text are positions in the query.
    return _SKIP.sub(lambda match: " " * len(match.group()), sparql)


def _with_limit(sparql: str, limit: int | None) -> tuple[str, int | None]:
    """The query with a LIMIT one past ``limit``, and the limit to cut at.

    The engine sees the LIMIT, so it can stop early instead of listing every
    row; the extra row only tells whether there are more. A query's own LIMIT
    is lowered, never raised; a trailing VALUES block stays last. Only SELECT
    queries are limited (``None`` is returned for the others).
    """
    if limit is None or limit <= 0:
        return sparql, None
    blank = _blank(sparql)
    form = _FORM.search(blank)
    if form is None or form.group(1).upper() != "SELECT":
        return sparql, None
    values = _VALUES_TAIL.search(blank)
    end = values.start() if values else len(sparql.rstrip())
    head, tail = sparql[:end], sparql[end:]
    own = _LIMIT_TAIL.search(_blank(head).rstrip())
    if own is None:
        return f"{head.rstrip()}\nLIMIT {limit + 1}\n{tail}", limit
    # The query pages itself: keep its OFFSET, and the smaller of the two limits.
    pairs = [(own.group(1), own.group(2)), (own.group(3), own.group(4))]
    offset = next((int(n) for word, n in pairs if word and word.upper() == "OFFSET"), None)
    own_limit = next((int(n) for word, n in pairs if word and word.upper() == "LIMIT"), None)
    if own_limit is not None and own_limit <= limit:
        return sparql, None
    modifiers = f"LIMIT {limit + 1}" + (f" OFFSET {offset}" if offset is not None else "")
    return f"{head[: own.start()]}{modifiers}\n{tail}", limit


def _run_limited(
    store: ox.Store, sparql: str, bindings: Mapping[str, Node | str] | None, limit: int | None
) -> Result:
    limited, cut = _with_limit(sparql, limit)
    if cut is None:
        return _run(store, sparql, bindings)
    try:
        return _cut(_run(store, limited, bindings), cut)
    except QueryError:
        # Report a mistake at its place in the user's own text, or, if the
        # query was fine and only the added LIMIT did not fit it, answer it whole.
        return _cut(_run(store, sparql, bindings), cut)


def _cut(result: Result, limit: int | None) -> Result:
    if limit is None or len(result.rows) <= limit:
        return result
    return Result(result.variables, result.rows[:limit], result.boolean, truncated=True)


def _syntax_error(error: BaseException) -> QueryError:
    message = " ".join(str(error).split())
    match = re.match(r"error at (\d+):(\d+):\s*(.*)", message)
    if match:
        line, column, rest = match.groups()
        message = f"line {line}, column {column}: {rest}"
    return QueryError(f"invalid SPARQL at {message}" if match else f"invalid SPARQL: {message}")


def _run(store: ox.Store, sparql: str, bindings: Mapping[str, Node | str] | None) -> Result:
    import pyoxigraph as ox

    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(name): rdf.to_oxigraph(_binding(value))
        for name, value in (bindings or {}).items()
    }
    try:
        answer = store.query(
            sparql,
            prefixes=dict(PREFIXES),
            # The default graph is the union of all graphs, unless the query
            # chooses its graphs with FROM (which never fetches anything).
            use_default_graph_as_union=not _FROM.search(_SKIP.sub(" ", sparql)),
            substitutions=substitutions or None,
        )
        if isinstance(answer, ox.QueryBoolean):
            return Result((), (), boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = tuple(variable.value for variable in answer.variables)
            with rdf.quiet_rdflib():
                # A solution iterates its values in the order of the variables.
                convert = rdf.from_oxigraph
                rows = tuple(
                    tuple(None if term is None else convert(term) for term in solution)
                    for solution in answer
                )
            return Result(variables, rows)
        with rdf.quiet_rdflib():
            triples = tuple(
                (
                    rdf.from_oxigraph(t.subject),
                    rdf.from_oxigraph(t.predicate),
                    rdf.from_oxigraph(t.object),
                )
                for t in answer
            )
        return Result(("subject", "predicate", "object"), triples)
    except SyntaxError as error:
        raise _syntax_error(error) from None
    except RuntimeError as error:
        # Oxigraph (following SEP-0007) substitutes only variables the query selects.
        found = re.search(r"variable (\?\w+)", str(error))
        name = found.group(1) if found else "each bound variable"
        raise QueryError(
            f"cannot bind {name}: a bound variable must be selected (SELECT ... {name} ...)"
        ) from None
    except OSError as error:
        raise QueryError(f"the query failed: {error}") from None


def _binding(value: Node | str) -> Node:
    # URIRef and Literal are str subclasses: test for terms first.
    return value if isinstance(value, Node) else Literal(value)
