"""Oxigraph and rdflib terms: literals in kg's canonical forms, conversions, rdflib Datasets."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import re
import warnings
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD, Namespace
from rdflib.term import Node

from kg.errors import InputError
from kg.namespace import DEFAULT_BASE, PREFIXES

# Helpers shared by the modules of kg.rdf (and kg.store), not public API.
__all__ = ["PROV", "base_of", "from_oxigraph", "quiet_rdflib", "to_oxigraph"]


PROV = Namespace(PREFIXES["prov"])


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a graph's worth of objects is made.

    Quads, terms and the dicts of a JSON-LD node hold no reference cycles, yet
    the collector runs every few hundred new objects, and its full passes walk
    all the objects made so far: on a million quads that was 40 % of the time
    from records to Turtle. Reference counting still frees everything. The
    collector is switched back on at the end, if it was on (the switch is
    process-wide, so other threads run without it meanwhile).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def quiet_rdflib() -> Iterator[None]:
    # rdflib 7.1+ deprecated Dataset.contexts/default_context but its own
    # parsers and serializers still call them; those warnings are not ours to fix.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        warnings.filterwarnings(
            "ignore",
            message=r"(Dataset\.\w+|ConjunctiveGraph) is deprecated",
            category=DeprecationWarning,
        )
        # An ill-typed literal read from a file ("abc"^^xsd:integer) is kept as
        # written; validation reports it, reading need not warn.
        warnings.filterwarnings("ignore", message="Failed to convert Literal", category=UserWarning)
        yield


def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


_XSD_DECIMAL: Final = _named(str(XSD.decimal))


_XSD_INTEGER: Final = _named(str(XSD.integer))


_XSD_BOOLEAN: Final = _named(str(XSD.boolean))


_XSD_DATE: Final = _named(str(XSD.date))


_XSD_ANY_URI: Final = _named(str(XSD.anyURI))


_TIME_TYPES: Final = {
    "date": _XSD_DATE,
    "month": _named(str(XSD.gYearMonth)),
    "year": _named(str(XSD.gYear)),
}


_TYPE: Final = _named(str(RDF.type))


_LABEL: Final = _named(str(RDFS.label))


_DEFAULT_GRAPH: Final = ox.DefaultGraph()


_TRUE: Final = ox.Literal("true", datatype=_XSD_BOOLEAN)


_FALSE: Final = ox.Literal("false", datatype=_XSD_BOOLEAN)


def _decimal(value: Decimal | float, what: str) -> ox.Literal:
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    if not number.is_finite():
        raise InputError(f"{what} must be a finite number (not {value!r})")
    # The canonical form ("1500.0", "0.25"): format "f" never writes an exponent
    # ("1E+3" is no xsd:decimal), and one spelling per number keeps exports comparable.
    text = format(number.normalize() if number else Decimal(0), "f")
    if "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=_XSD_DECIMAL)


def _time(value: str) -> ox.Literal | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
        kind = "date"
    elif re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        kind = "month"
    elif re.fullmatch(r"\d{4}", value):
        kind = "year"
    else:
        return None
    return ox.Literal(value, datatype=_TIME_TYPES[kind])


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as an Oxigraph term.

    Raises:
        InputError: The term is no valid IRI, blank node or literal.
    """
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as error:
        raise InputError(f"not a valid RDF term: {term!r} ({error})") from None
    raise InputError(f"cannot store {term!r}: not an IRI, blank node or literal")


_XSD_STRING: Final = str(XSD.string)


@functools.lru_cache(maxsize=1 << 16)
def from_oxigraph(term: Any) -> Node:
    # Callers convert inside quiet_rdflib(): an ill-typed literal
    # ("abc"^^xsd:integer) is kept as written, and SHACL reports it. Cached:
    # query results repeat the same IRIs and literals row after row, and
    # building an rdflib Literal costs far more than hashing an Oxigraph term.
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise InputError(f"RDF-star triple terms are not supported (found {term})")


def _new_dataset(base: str) -> Dataset:
    dataset = Dataset()
    _bind(dataset, base)
    return dataset


def _bind(graph: Graph, base: str) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    # "id" names the base: compact IRIs in JSON-LD and query results, and the
    # way serialize() learns which base a dataset was built with.
    graph.bind("id", base, override=True, replace=True)


def base_of(graph: Graph) -> str:
    for prefix, namespace in graph.namespaces():
        if prefix == "id":
            return str(namespace)
    return DEFAULT_BASE
