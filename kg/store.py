"""SPARQL over exported files, an embedded Oxigraph store, or a remote endpoint.

* :class:`Store` is a folder holding a persistent Oxigraph database. Adding a
  dataset replaces each document's named graph and merges the entities graph in
  one transaction, so rebuilding a changed document replaces it and re-adding
  is idempotent. A lock file keeps two builds from writing at once.
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

import contextlib
import csv
import io
import json
import os
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg import rdf
from kg.errors import EndpointError, InputError, QueryError, StoreError
from kg.namespace import DEFAULT_BASE, PREFIXES

if TYPE_CHECKING:
    import httpx
    import pyoxigraph as ox

__all__ = [
    "RESULT_FORMATS",
    "CannedQuery",
    "Pushed",
    "Result",
    "Store",
    "canned_queries",
    "canned_query",
    "compact",
    "format_result",
    "is_endpoint",
    "push",
    "query",
    "read_sources",
]

#: Output formats of :func:`format_result`.
RESULT_FORMATS: Final = ("table", "csv", "tsv", "json")

_LOCK_NAME: Final = "kg.lock"


# --------------------------------------------------------------------------- terms


# Term conversion and the records-to-quads mapping live in kg.rdf; the store
# reads and writes Oxigraph quads.
_to_ox = rdf._to_ox
_quads = rdf._rdflib_quads


# --------------------------------------------------------------------------- store


class Store:
    """A persistent Oxigraph store in a folder, written one transaction per build.

    Args:
        path: The store folder; created on the first :meth:`add`.
        lock_timeout: Seconds a writer waits for another build to finish before
            raising :class:`~kg.errors.StoreError`.

    The lock is an advisory ``flock`` on ``kg.lock`` inside the folder: writers
    take it exclusively, readers shared, so a query never reads a half-written
    store and two builds never write at once.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @contextlib.contextmanager
    def _locked(self, *, exclusive: bool) -> Iterator[None]:
        import fcntl

        if exclusive:
            self._check_folder()
        elif not self.exists():
            raise StoreError(
                f"no kg store at {str(self.path)!r}; create one with `kg build ... --store DIR`"
            )
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        with open(self.path / _LOCK_NAME, "a+b") as handle:
            deadline = time.monotonic() + self.lock_timeout
            while True:
                try:
                    fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"the store {str(self.path)!r} is busy: another kg process is"
                            f" {'using' if exclusive else 'writing to'} it (waited"
                            f" {self.lock_timeout:g} s); try again when it has finished"
                        ) from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _check_folder(self) -> None:
        # Refuse clearly rather than fail deep in the database, or scatter
        # database files among someone's documents.
        where = f"the store {str(self.path)!r}"
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{where} is a file, not a folder; choose another path")
        if not self.exists() and self.path.is_dir():
            others = [p.name for p in self.path.iterdir() if p.name != _LOCK_NAME]
            if others:
                raise StoreError(
                    f"{where} is a folder of other files ({others[0]}, ...), not a kg store;"
                    " choose a new or empty folder"
                )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"{where} cannot be created ({error.strerror or error}); choose another path"
            ) from None

    def exists(self) -> bool:
        """True when the folder holds an Oxigraph database."""
        return (self.path / "CURRENT").is_file()

    def _open(self, *, write: bool) -> ox.Store:
        import pyoxigraph as ox

        try:
            return ox.Store(str(self.path)) if write else ox.Store.read_only(str(self.path))
        except OSError as error:
            raise StoreError(f"cannot open the store {str(self.path)!r}: {error}") from None

    def add(self, dataset: Graph | Sequence[ox.Quad]) -> None:
        """Add an rdflib Dataset or Oxigraph quads (:func:`kg.rdf.quads`) in one transaction.

        Each document's named graph replaces the stored graph of the same name;
        the entities graph is merged the way :func:`kg.rdf.merge` merges it;
        default-graph triples are added. Re-adding the same dataset changes nothing.

        Raises:
            StoreError: The store is locked by another build past the timeout, or
                cannot be opened or written.
        """
        update = _replace_update(dataset)
        if not update:
            return
        with self._locked(exclusive=True):
            store = self._open(write=True)
            try:
                store.update(update)
                store.flush()
            except (OSError, SyntaxError) as error:
                raise StoreError(f"cannot write to {str(self.path)!r}: {error}") from None
            finally:
                del store  # closes the database before the lock is released

    #: The name the build command uses.
    add_document_graphs = add

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Node | str] | None = None,
        allow_service: bool = False,
        limit: int | None = None,
    ) -> Result:
        """Answer a SPARQL query; the default graph is the union of all graphs.

        ``limit`` works as in :func:`query`.

        Raises:
            QueryError: The query does not parse, uses SERVICE without
                ``allow_service``, or fails.
            StoreError: There is no store here, or it is locked by a writer.
        """
        _check_service(sparql, allow_service=allow_service)
        with self._locked(exclusive=False):
            store = self._open(write=False)
            try:
                return _run_limited(store, sparql, bindings, limit)
            finally:
                del store

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store, sorted."""
        with self._locked(exclusive=False):
            store = self._open(write=False)
            try:
                return sorted(graph.value for graph in store.named_graphs())
            finally:
                del store

    def quads(self) -> list[ox.Quad]:
        """Everything in the store as Oxigraph quads (see :func:`kg.rdf.serialize_quads`)."""
        with self._locked(exclusive=False):
            store = self._open(write=False)
            try:
                return list(store)
            finally:
                del store

    def triples(self, graph: str | None) -> list[ox.Triple]:
        """The triples of one named graph (``None``: the default graph)."""
        import pyoxigraph as ox

        name = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        with self._locked(exclusive=False):
            store = self._open(write=False)
            try:
                return [quad.triple for quad in store.quads_for_pattern(None, None, None, name)]
            finally:
                del store

    def dataset(self) -> Dataset:
        """Everything in the store as an rdflib Dataset."""
        quads = self.quads()
        return rdf.from_quads(quads, base=_base_from_graphs(quads))

    def __len__(self) -> int:
        if not self.exists():
            return 0
        with self._locked(exclusive=False):
            store = self._open(write=False)
            try:
                return len(store)
            finally:
                del store


def _base_from_graphs(quads: Sequence[ox.Quad]) -> str:
    # The entities graph is base + "graph/entities": recover the base from it.
    for quad in quads:
        name = getattr(quad.graph_name, "value", "")
        if name.endswith("graph/entities"):
            return str(name[: -len("graph/entities")])
    return DEFAULT_BASE


def _replace_update(dataset: Graph | Sequence[ox.Quad]) -> str:
    """One SPARQL Update that replaces document graphs and merges entities.

    The update text is made only of terms serialized by Oxigraph's own N-Triples
    writer (IRIs are checked, literals escaped), never of raw article text, and
    Oxigraph runs one update as one transaction: pyoxigraph has no other way to
    remove and add in a single transaction.
    """
    import pyoxigraph as ox

    if isinstance(dataset, Graph):
        base = rdf._base_of(dataset)
        quads: Sequence[ox.Quad] = rdf.dataset_quads(dataset)
    else:
        quads = dataset
        base = _base_from_graphs(quads)
    entities = str(_to_ox(rdf.entities_graph_iri(base=base)))
    by_graph: dict[str, list[str]] = {}  # "" names the default graph
    entity_subjects: set[str] = set()
    for quad in quads:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        subject = str(quad.subject)
        by_graph.setdefault(name, []).append(f"{subject} {quad.predicate} {quad.object} .")
        if name == entities:
            entity_subjects.add(subject)
    if not by_graph:
        return ""
    operations = [f"DROP SILENT GRAPH {name}" for name in by_graph if name not in {"", entities}]
    if entity_subjects:
        single = " ".join(str(_to_ox(p)) for p in rdf.ENTITY_SINGLE_VALUED)
        operations.append(
            f"DELETE {{ GRAPH {entities} {{ ?s ?p ?o }} }} WHERE {{"
            f" GRAPH {entities} {{ VALUES ?s {{ {' '.join(sorted(entity_subjects))} }}"
            f" VALUES ?p {{ {single} }} ?s ?p ?o }} }}"
        )
    blocks = []
    for name, lines in by_graph.items():
        body = "\n".join(lines)
        blocks.append(f"GRAPH {name} {{\n{body}\n}}" if name else body)
    operations.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(operations)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Result:
    """The answer to a query.

    Attributes:
        variables: The selected variable names, in order.
        rows: One tuple of terms per solution; ``None`` where a variable is unbound.
        boolean: The answer to an ASK query (``variables`` and ``rows`` are empty).
        truncated: True when the query was asked with a ``limit`` and there are
            more rows than it: ``rows`` holds the first ``limit``.
    """

    variables: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def records(self) -> list[dict[str, Node | None]]:
        """The rows as dictionaries keyed by variable name."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


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
        ox.Variable(name): _to_ox(_binding(value)) for name, value in (bindings or {}).items()
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
            with rdf._quiet_rdflib():
                # A solution iterates its values in the order of the variables.
                convert = rdf._from_ox
                rows = tuple(
                    tuple(None if term is None else convert(term) for term in solution)
                    for solution in answer
                )
            return Result(variables, rows)
        with rdf._quiet_rdflib():
            triples = tuple(
                (rdf._from_ox(t.subject), rdf._from_ox(t.predicate), rdf._from_ox(t.object))
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


def compact(term: Node | None, *, base: str = DEFAULT_BASE) -> str:
    """A term as people read it: ``kg:Event``, ``id:place/kyiv``, a literal's text.

    >>> compact(URIRef("https://w3id.org/kg-news/ns#Event"))
    'kg:Event'
    >>> compact(URIRef("https://w3id.org/kg-news/id/place/kyiv"))
    'id:place/kyiv'
    >>> compact(Literal(3))
    '3'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        best = ""
        namespaces = {**PREFIXES, "id": base}
        for prefix, namespace in namespaces.items():
            if iri.startswith(namespace) and len(namespace) > len(namespaces.get(best, "")):
                best = prefix
        return f"{best}:{iri[len(namespaces[best]) :]}" if best else iri
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _cell(text: str, width: int) -> str:
    # Newlines and control characters would break the table's lines.
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_result(
    result: Result, fmt: str = "table", *, base: str = DEFAULT_BASE, max_width: int = 60
) -> str:
    """The result as text: an aligned ``table``, ``csv``, ``tsv`` or SPARQL ``json``.

    Table, CSV and TSV show IRIs compact with the ontology's prefixes; JSON is
    the W3C SPARQL 1.1 Query Results JSON format with full IRIs, for programs.

    Raises:
        InputError: ``fmt`` is not one of :data:`RESULT_FORMATS`.
    """
    if fmt not in RESULT_FORMATS:
        raise InputError(
            f"unknown result format {fmt!r}; expected one of {', '.join(RESULT_FORMATS)}"
        )
    if fmt == "json":
        return json.dumps(_sparql_json(result), ensure_ascii=False, indent=2) + "\n"
    if result.boolean is not None:
        return ("true" if result.boolean else "false") + "\n"
    cells = [[compact(term, base=base) for term in row] for row in result.rows]
    if fmt in {"csv", "tsv"}:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(cells)
        return out.getvalue()
    table = [list(result.variables)] + [[_cell(text, max_width) for text in row] for row in cells]
    widths = [max(len(row[i]) for row in table) for i in range(len(result.variables))]
    lines = [
        "  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip()
        for row in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    count = len(result.rows)
    more = "; there are more" if result.truncated else ""
    lines.append(f"({'first ' if more else ''}{count} row{'' if count == 1 else 's'}{more})")
    return "\n".join(lines) + "\n"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)  # the three kinds of RDF term
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        value["datatype"] = str(term.datatype)
    return value


def _sparql_json(result: Result) -> dict[str, Any]:
    if result.boolean is not None:
        return {"head": {}, "boolean": result.boolean}
    return {
        "head": {"vars": list(result.variables)},
        "results": {
            "bindings": [
                {
                    name: _json_term(term)
                    for name, term in zip(result.variables, row, strict=True)
                    if term is not None
                }
                for row in result.rows
            ]
        },
    }


def _parse_json_term(value: Mapping[str, str]) -> Node:
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype and datatype != str(XSD.string):
        return rdf._from_ox(_literal_ox(value["value"], datatype))
    return Literal(value["value"])


def _literal_ox(text: str, datatype: str) -> ox.Literal:
    import pyoxigraph as ox

    return ox.Literal(text, datatype=ox.NamedNode(datatype))


# --------------------------------------------------------------------------- sources


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
        for s, p, o, g in _quads(other):
            (result.default_graph if g is None else result.graph(g)).add((s, p, o))  # type: ignore[arg-type]
    return result


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

    Files are loaded into an in-memory Oxigraph store; in every local case the
    default graph is the union of all graphs and the ontology's prefixes
    (``kg:``, ``prov:``, ...) need no PREFIX lines.

    Args:
        sources: RDF files (any of :data:`kg.rdf.FORMATS`), one store folder, or
            one ``http(s)://`` SPARQL endpoint URL.
        sparql: The query (SELECT, ASK, CONSTRUCT or DESCRIBE).
        bindings: Values for variables, e.g. ``{"actor": "Ana Ruiz"}``: a string
            is a plain literal, an rdflib term is used as is. They are bound by
            the engine (or sent as a VALUES block), never pasted into the text.
        allow_service: Let ``SERVICE`` clauses reach other endpoints.
        timeout: Seconds to wait for an endpoint.
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
            sparql, bindings=bindings, allow_service=True, limit=limit
        )
    store = ox.Store()
    quads = rdf.dataset_quads(rdf.load(items))
    # Oxigraph's union default graph repeats a triple once per graph holding
    # it; drop default-graph copies of named-graph triples (graph.ttl given
    # with graph.trig) so each fact answers once.
    named = {
        (q.subject, q.predicate, q.object)
        for q in quads
        if not isinstance(q.graph_name, ox.DefaultGraph)
    }
    if named:
        quads = [
            q
            for q in quads
            if not (
                isinstance(q.graph_name, ox.DefaultGraph)
                and (q.subject, q.predicate, q.object) in named
            )
        ]
    try:
        store.extend(quads)
    except OSError as error:
        raise InputError(f"cannot load {', '.join(map(str, items))}: {error}") from None
    return _run_limited(store, sparql, bindings, limit)


# --------------------------------------------------------------------------- canned queries


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


# --------------------------------------------------------------------------- remote


def _redact(url: str) -> str:
    # Never show credentials embedded in a URL (https://user:secret@host/...).
    return re.sub(r"(?<=://)[^/@]*@", "", url)


def _auth() -> tuple[dict[str, str], httpx.Auth | None]:
    import httpx

    token = os.environ.get("KG_ENDPOINT_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}, None
    user = os.environ.get("KG_ENDPOINT_USER")
    if user:
        return {}, httpx.BasicAuth(user, os.environ.get("KG_ENDPOINT_PASSWORD", ""))
    return {}, None


def _request(
    method: str,
    url: str,
    *,
    timeout: float,
    retries: int,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    content: bytes | None = None,
    data: Mapping[str, str] | None = None,
) -> httpx.Response:
    """One HTTP request with bounded retries on connection failures and 5xx answers."""
    import httpx

    auth_headers, auth = _auth()
    shown = _redact(url)
    last = ""
    with httpx.Client(timeout=timeout, auth=auth, follow_redirects=True, trust_env=False) as client:
        for attempt in range(max(1, retries)):
            if attempt:
                time.sleep(min(2.0, 0.2 * 2 ** (attempt - 1)))
            try:
                response = client.request(
                    method,
                    url,
                    params=params,
                    headers={**auth_headers, **(headers or {})},
                    content=content,
                    data=data,
                )
            except httpx.TimeoutException:
                last = f"no answer within {timeout:g} s"
                continue
            except httpx.TransportError as error:
                last = f"cannot connect ({type(error).__name__}: {error})"
                continue
            if response.status_code >= 500:
                last = f"server error HTTP {response.status_code}: {_snippet(response)}"
                continue
            if response.status_code in (401, 403):
                raise EndpointError(
                    f"{shown} refused the request (HTTP {response.status_code}); set"
                    " KG_ENDPOINT_TOKEN, or KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD"
                )
            return response
    raise EndpointError(f"{shown}: {last} (tried {max(1, retries)} times)")


def _snippet(response: httpx.Response) -> str:
    return " ".join(response.text.split())[:200] or response.reason_phrase


def _remote_query(
    url: str, sparql: str, bindings: Mapping[str, Node | str] | None, *, timeout: float
) -> Result:
    text = _with_prefixes(sparql)
    if bindings:
        # The protocol has no parameters: bind through a trailing VALUES block
        # whose terms come from Oxigraph's serializer, never from raw text.
        names = " ".join(f"?{_variable(name)}" for name in bindings)
        values = " ".join(str(_to_ox(_binding(value))) for value in bindings.values())
        text = f"{text}\nVALUES ({names}) {{ ({values}) }}"
    response = _request(
        "POST",
        url,
        timeout=timeout,
        retries=3,
        data={"query": text},
        headers={
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
        },
    )
    if response.status_code >= 400:
        raise QueryError(
            f"{_redact(url)} rejected the query (HTTP {response.status_code}): {_snippet(response)}"
        )
    kind = response.headers.get("content-type", "").split(";")[0].strip()
    if kind == "application/sparql-results+json":
        try:
            body = response.json()
        except ValueError:
            raise EndpointError(f"{_redact(url)} sent invalid JSON results") from None
        if "boolean" in body:
            return Result((), (), boolean=bool(body["boolean"]))
        variables = tuple(body["head"].get("vars", []))
        with rdf._quiet_rdflib():
            rows = tuple(
                tuple(
                    _parse_json_term(binding[name]) if name in binding else None
                    for name in variables
                )
                for binding in body["results"]["bindings"]
            )
        return Result(variables, rows)
    if kind in {"application/n-triples", "text/turtle", "text/plain"}:
        import pyoxigraph as ox

        fmt = ox.RdfFormat.TURTLE if kind == "text/turtle" else ox.RdfFormat.N_TRIPLES
        with rdf._quiet_rdflib():
            triples = tuple(
                (rdf._from_ox(q.subject), rdf._from_ox(q.predicate), rdf._from_ox(q.object))
                for q in ox.parse(response.content, format=fmt)
            )
        return Result(("subject", "predicate", "object"), triples)
    raise EndpointError(f"{_redact(url)} answered with an unexpected content type {kind!r}")


def _variable(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"not a SPARQL variable name: {name!r}")
    return name


def _with_prefixes(sparql: str) -> str:
    # Remote endpoints do not know kg's prefixes: declare the ones the query
    # uses but does not declare, on one line, so positions move by one line only.
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([\w-]*):", sparql, re.IGNORECASE)}
    stripped = _SKIP.sub(" ", sparql)
    needed = [
        f"PREFIX {prefix}: <{namespace}>"
        for prefix, namespace in PREFIXES.items()
        if prefix not in declared and re.search(rf"(?<![\w?$]){prefix}:", stripped)
    ]
    return (" ".join(needed) + "\n" + sparql) if needed else sparql


@dataclass(frozen=True, slots=True)
class Pushed:
    """What :func:`push` sent: each graph (``None`` for the default graph) and its triple count."""

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


def _groups_of_dataset(dataset: Graph) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    import pyoxigraph as ox

    groups: dict[str | None, list[ox.Triple]] = {}
    for quad in rdf.dataset_quads(dataset):
        name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        groups.setdefault(name, []).append(quad.triple)
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
    graph and default-graph triples are merged into what is there (HTTP POST).
    With ``graph``, the union of everything replaces that one graph.

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
        groups = _groups_of_store(store)
    else:
        dataset = source if isinstance(source, Graph) else read_sources(source)
        entities = str(rdf.entities_graph_iri(base=rdf._base_of(dataset)))
        groups = _groups_of_dataset(dataset)
    sent: list[tuple[str | None, int]] = []
    headers = {"Content-Type": "application/n-triples"}
    for name, triples in groups:
        if graph is not None:
            # Everything into one graph: the first request replaces it, the others add.
            method, params = ("POST" if sent else "PUT"), {"graph": graph}
        elif name is None:
            method, params = "POST", {"default": ""}
        else:
            method, params = ("POST" if name == entities else "PUT"), {"graph": name}
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
