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
    if not allow_service and uses_service(sparql):
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
    store: ox.Store,
    sparql: str,
    bindings: Mapping[str, Node | str] | None,
    limit: int | None,
    *,
    deadline: float | None = None,
) -> Result:
    limited, cut = _with_limit(sparql, limit)
    if cut is None:
        return _run(store, sparql, bindings, deadline=deadline)
    try:
        return _cut(_run(store, limited, bindings, deadline=deadline), cut)
    except QueryError:
        # Report a mistake at its place in the user's own text, or, if the
        # query was fine and only the added LIMIT did not fit it, answer it whole.
        return _cut(_run(store, sparql, bindings, deadline=deadline), cut)


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


#: The longest query kg hands to the engine, in characters. The engine's
#: optimizer takes time that grows much faster than the query (a thousand
#: triple patterns already take minutes), and a query of a megabyte can
#: exhaust its stack; values belong in bindings (``--param``), not in the text.
MAX_QUERY_CHARS: Final = 262_144
#: The deepest nesting kg hands to the engine: brackets ``( { [`` and chains
#: of ``!`` or ``^``, each level one recursion of its parser. Hand-written
#: queries nest a dozen levels; thousands crash the engine.
MAX_QUERY_DEPTH: Final = 256


def _check_shape(sparql: str) -> None:
    """Refuse, in one sentence, a query too long or too deeply nested for the engine."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(sparql):,} characters long; kg runs queries of up to"
            f" {MAX_QUERY_CHARS:,} (pass values with --param, or split the query)"
        )
    depth = deepest = 0
    blanked = _blank(sparql)
    for match in _NESTING.finditer(blanked):
        token = match.group()
        if token in "({[":
            depth += 1
        elif token in ")}]":
            depth = max(0, depth - 1)
        deepest = max(deepest, depth + token.count("!") + token.count("^"))
        if deepest > MAX_QUERY_DEPTH:
            line = blanked.count("\n", 0, match.start()) + 1
            raise QueryError(
                f"the query nests more than {MAX_QUERY_DEPTH} levels deep (line {line});"
                " kg refuses it rather than let the engine's stack overflow"
            )


# What nests in the engine's parser: brackets, and chains of the prefix
# operators ! (not) and ^ (inverse path), spaces between them or not.
_NESTING: Final = re.compile(r"[({\[]|[)}\]]|(?:[!^](?!=)\s*)+")


def uses_service(sparql: str) -> bool:
    """Whether the query has a SERVICE clause (outside strings, IRIs and comments)."""
    return _SERVICE.search(_SKIP.sub(" ", sparql)) is not None


def _run(
    store: ox.Store,
    sparql: str,
    bindings: Mapping[str, Node | str] | None,
    *,
    deadline: float | None = None,
) -> Result:
    """Run the query on ``store``, guarded: too deep is refused, Ctrl-C and ``deadline`` hold.

    The engine runs in a thread with a large stack (:func:`kg._threads.run_guarded`).

    Raises:
        QueryError: The query is too long or deep, does not parse, or fails.
        EndpointError: ``deadline`` passed (a SERVICE endpoint is slow or silent).
    """
    from kg._threads import DeadlineExceeded, run_guarded

    _check_shape(sparql)
    try:
        return run_guarded(lambda: _run_engine(store, sparql, bindings), deadline=deadline)
    except DeadlineExceeded:
        from kg.errors import EndpointError

        raise EndpointError(
            "the query did not finish within its --timeout (a SERVICE endpoint it calls is"
            " slow or does not answer); raise --timeout, or query without SERVICE"
        ) from None


def _run_engine(store: ox.Store, sparql: str, bindings: Mapping[str, Node | str] | None) -> Result:
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
