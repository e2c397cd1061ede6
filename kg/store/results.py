"""Query results: the :class:`Result` record and its table, CSV, TSV and SPARQL JSON forms."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg import rdf
from kg.errors import InputError
from kg.namespace import DEFAULT_BASE, PREFIXES

if TYPE_CHECKING:
    import pyoxigraph as ox


__all__ = [
    "RESULT_FORMATS",
    "Result",
    "compact",
    "format_result",
]


#: Output formats of :func:`format_result`.
RESULT_FORMATS: Final = ("table", "csv", "tsv", "json")


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
    result: Result,
    fmt: str = "table",
    *,
    base: str = DEFAULT_BASE,
    max_width: int = 60,
    full_iris: bool = False,
) -> str:
    """The result as text: an aligned ``table``, ``csv``, ``tsv`` or SPARQL ``json``.

    CSV, TSV and JSON are the W3C SPARQL 1.1 Query Results formats, with full
    IRIs: CSV gives each value's text (CRLF line ends), TSV each term as SPARQL
    writes it (``<IRI>``, ``"text"@en``), JSON the terms for programs. A table
    shows IRIs compact with kg's prefixes (``kg:moreThan``, ``id:place/kyiv``)
    and ends with a ``PREFIX`` line for each prefix it used; ``full_iris``
    shows them whole, as ``<IRI>``, to paste into any query.

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
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([[_csv_value(term) for term in row] for row in result.rows])
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{name}" for name in result.variables)]
        lines += ["\t".join(_tsv_term(term) for term in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    used: set[str] = set()
    cells = [[_table_term(term, base, full_iris, used) for term in row] for row in result.rows]
    whole = full_iris  # a whole IRI stays whole: cut, it could not be pasted
    table = [list(result.variables)] + [
        [_cell(text, len(text) if whole and text.startswith("<") else max_width) for text in row]
        for row in cells
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(result.variables))]
    lines = [
        "  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip()
        for row in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    count = len(result.rows)
    more = "; there are more" if result.truncated else ""
    lines.append(f"({'first ' if more else ''}{count} row{'' if count == 1 else 's'}{more})")
    namespaces = {**PREFIXES, "id": base}
    lines += [f"PREFIX {prefix}: <{namespaces[prefix]}>" for prefix in sorted(used)]
    return "\n".join(lines) + "\n"


def _table_term(term: Node | None, base: str, full_iris: bool, used: set[str]) -> str:
    if isinstance(term, URIRef):
        if full_iris:
            return f"<{term}>"
        shown = compact(term, base=base)
        if shown != str(term):
            used.add(shown.partition(":")[0])
        return shown
    return compact(term, base=base)


def _csv_value(term: Node | None) -> str:
    # W3C CSV results: the IRI, the literal's text, _:label; nothing when unbound.
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _tsv_term(term: Node | None) -> str:
    # W3C TSV results: each term as SPARQL writes it (Oxigraph's serializer
    # escapes tabs and line breaks inside literals); nothing when unbound.
    return "" if term is None else str(rdf.to_oxigraph(term))


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
        return rdf.from_oxigraph(_literal_ox(value["value"], datatype))
    return Literal(value["value"])


def _literal_ox(text: str, datatype: str) -> ox.Literal:
    import pyoxigraph as ox

    return ox.Literal(text, datatype=ox.NamedNode(datatype))
