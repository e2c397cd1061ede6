"""JSON-LD written straight from quads, compacted with the kg context.

rdflib's JSON-LD writer took 28 s on a million triples, more than the rest of
the export together. kg's graphs are flat (nodes that point at nodes by IRI,
no lists, no nesting), so compaction comes down to a lookup per property and
per value, done here in one pass:

* a property with a term in the context is written as the term; any other
  as a compact IRI (``sem:Event``) or, failing that, the full IRI;
* a value is a bare string when the term's type coercion says what it is
  (``"negated": "false"`` for an ``xsd:boolean`` term, an IRI for an ``@id``
  term, a term name for the ``@vocab`` term ``qualifier``), a bare string for
  a plain string literal, and a value or node object otherwise;
* IRIs under the base are written ``id:...``, the context's prefix for it.

One node per line, so the file is both a valid JSON document and easy to diff.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Final

import pyoxigraph as ox

from kg.errors import InputError

__all__ = ["JsonldParts", "join_jsonld", "jsonld_parts", "jsonld_text"]


_XSD_STRING: Final = "http://www.w3.org/2001/XMLSchema#string"
_RDF_TYPE: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class _Compactor:
    """The context, turned around: from IRIs to the names to write them with."""

    def __init__(self, context: dict[str, Any]) -> None:
        self.prefixes = {
            term: value
            for term, value in context.items()
            if isinstance(value, str) and value.endswith(("/", "#"))
        }
        # Namespace -> its term (the first in the context, if two share one).
        self._terms_of: dict[str, str] = {}
        for term, iri in self.prefixes.items():
            self._terms_of.setdefault(iri, term)
        #: property IRI -> (term, expanded coercion type or None)
        self.properties: dict[str, tuple[str, str | None]] = {}
        #: class or individual IRI -> term, for @type values and @vocab coercion
        self.terms: dict[str, str] = {}
        for term, value in context.items():
            if term in self.prefixes:
                continue
            if isinstance(value, str):
                iri, coercion = self.expand(value), None
            else:
                iri = self.expand(value["@id"])
                kind = value.get("@type")
                coercion = kind if kind in {"@id", "@vocab"} or kind is None else self.expand(kind)
            self.properties.setdefault(iri, (term, coercion))
            self.terms.setdefault(iri, term)
        self._compacted: dict[str, str] = {}
        self._names: dict[str, str] = {}

    def expand(self, name: str) -> str:
        prefix, colon, rest = name.partition(":")
        if colon and prefix in self.prefixes:
            return self.prefixes[prefix] + rest
        return name

    def iri(self, iri: str) -> str:
        """``prefix:rest`` for the longest namespace ``iri`` starts with, else ``iri``.

        Raises:
            InputError: ``iri`` cannot be written as it is: its scheme is one of
                the context's prefixes (``geo:48.1,37.8``), so a reader would
                expand it under that prefix.
        """
        # Every namespace ends with "/" or "#": the ones ``iri`` starts with end
        # at one of its own slashes or hashes, tried from the last (the longest
        # namespace) back. A few lookups, where trying every namespace took
        # a third of the JSON-LD's time.
        end = len(iri)
        while (cut := max(iri.rfind("/", 0, end), iri.rfind("#", 0, end))) >= 0:
            term = self._terms_of.get(iri[: cut + 1])
            rest = iri[cut + 1 :]
            if term is not None and rest and not rest.startswith("//"):
                return f"{term}:{rest}"
            end = cut
        scheme, colon, rest = iri.partition(":")
        if colon and scheme in self.prefixes and not rest.startswith("//"):
            raise InputError(
                f"cannot write the IRI {iri!r} in JSON-LD: the kg context uses {scheme!r} as a"
                " prefix, so readers would expand it; write another format (--format turtle)"
            )
        return iri

    def vocabulary_iri(self, iri: str) -> str:
        """:meth:`iri` for the few IRIs met again and again (properties, datatypes)."""
        found = self._compacted.get(iri)
        if found is None:
            found = self._compacted[iri] = self.iri(iri)
        return found

    def vocab(self, iri: str) -> str:
        return self.terms.get(iri) or self.vocabulary_iri(iri)

    def key(self, predicate: str) -> tuple[str, str | None]:
        found = self.properties.get(predicate)
        return found if found is not None else (self.vocabulary_iri(predicate), None)

    def name(self, term: ox.NamedNode | ox.BlankNode) -> str:
        """How a node is named: a compact IRI, or ``_:id`` for a blank node."""
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        # An entity or a document is named by many quads: each IRI is compacted
        # once per text (the compactor lives for one text, so nothing goes stale).
        iri = term.value
        found = self._names.get(iri)
        if found is None:
            found = self._names[iri] = self.iri(iri)
        return found

    def value(self, term: ox.NamedNode | ox.BlankNode | ox.Literal, coercion: str | None) -> Any:
        if isinstance(term, ox.Literal):
            if term.language:
                return {"@value": term.value, "@language": term.language}
            datatype = term.datatype.value
            if coercion is None and datatype == _XSD_STRING or coercion == datatype:
                return term.value
            if datatype == _XSD_STRING:
                return {"@value": term.value}
            return {"@value": term.value, "@type": self.vocabulary_iri(datatype)}
        name = self.name(term)
        if coercion == "@id":
            return name
        if coercion == "@vocab":
            return self.vocab(term.value) if isinstance(term, ox.NamedNode) else name
        return {"@id": name}


def _nodes(
    quads: Iterable[ox.Quad], compactor: _Compactor
) -> list[tuple[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[dict[str, Any]]]]:
    """Node objects by graph, in the order the quads first name them."""
    # Keyed by strings ("" is the default graph, "_:" starts a blank node):
    # hashing them is far cheaper than hashing Oxigraph terms.
    graphs: dict[str, tuple[Any, dict[str, dict[str, Any]]]] = {}
    last_graph: Any = None
    last_subject: Any = None
    node: dict[str, Any] = {}
    for quad in quads:
        graph_name, subject = quad.graph_name, quad.subject
        # Quads come in runs of one graph and one subject (a node's quads together):
        # its node is looked up again only when either changes, since comparing a
        # term with the last one costs less than making and hashing its key.
        if subject != last_subject or graph_name != last_graph:
            graph_key = "" if isinstance(graph_name, ox.DefaultGraph) else str(graph_name)
            graph = graphs.get(graph_key)
            if graph is None:
                graph = graphs[graph_key] = (graph_name, {})
            subject_key = subject.value if isinstance(subject, ox.NamedNode) else str(subject)
            node = graph[1].get(subject_key)  # type: ignore[assignment]
            if node is None:
                node = graph[1][subject_key] = {"@id": compactor.name(subject)}
            last_graph, last_subject = graph_name, subject
        predicate, value_term = quad.predicate.value, quad.object
        if predicate == _RDF_TYPE and isinstance(value_term, ox.NamedNode):
            key, value = "@type", compactor.vocab(value_term.value)
        else:
            key, coercion = compactor.key(predicate)
            value = compactor.value(value_term, coercion)  # type: ignore[arg-type]
        found = node.get(key)
        if found is None:
            node[key] = value
        elif isinstance(found, list):
            if value not in found:
                found.append(value)
        elif found != value:
            node[key] = [found, value]
    return [(name, list(nodes.values())) for name, nodes in graphs.values()]


def jsonld_text(quads: Iterable[ox.Quad], context: dict[str, Any]) -> str:
    """Quads as a compacted JSON-LD document with ``context`` inlined.

    Each named graph is one object of the top-level ``@graph`` with its nodes
    in its own ``@graph``; default-graph nodes stand at the top level.
    """
    return "".join(jsonld_parts(quads, context))


def jsonld_parts(quads: Iterable[ox.Quad], context: dict[str, Any]) -> Iterator[str]:
    """:func:`jsonld_text`'s text in parts, in order: its head, each graph's
    object, the commas between them, its tail.

    For a caller writing to a file (:func:`kg.rdf.write_quads`): the text is
    never whole in memory, and each graph's nodes are let go once written.
    """
    parts = JsonldParts(context)
    yield from parts.of(quads)
    yield parts.end()


class JsonldParts:
    """:func:`jsonld_parts` of quads given a list at a time: the text of their
    concatenation, each list's part written as soon as it is given.

    Only for lists that share no graph and of which only the first may hold
    default-graph quads (as for :func:`join_jsonld`): then each graph's object
    is the one the whole text holds.
    """

    def __init__(self, context: dict[str, Any]) -> None:
        self._context = context
        self._head, self._tail = _frame(context)
        self._started = False
        self._written = False  # whether a graph's object was written

    def of(self, quads: Iterable[ox.Quad]) -> Iterator[str]:
        """The next list's part: the head first, then each graph's object, commas between."""
        compactor = _Compactor(self._context)
        graphs = _nodes(quads, compactor)  # an IRI JSON-LD cannot hold fails before the head
        graphs.reverse()  # taken from the end, so in order
        dump = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
        if not self._started:
            self._started = True
            yield self._head
        while graphs:
            name, nodes = graphs.pop()
            lines = ",\n".join(dump(node) for node in nodes)
            del nodes
            if isinstance(name, ox.DefaultGraph):
                block = lines
            else:
                block = f'{{"@id": {dump(compactor.name(name))}, "@graph": [\n{lines}\n]}}'
            if block:
                if self._written:
                    yield ",\n"
                yield block
                self._written = True

    def end(self) -> str:
        """What ends the text, after the last list's part (the head too if none came)."""
        return self._tail if self._started else self._head + self._tail


def _frame(context: dict[str, Any]) -> tuple[str, str]:
    """What a text of :func:`jsonld_text` holds before its graphs, and after them."""
    context_text = json.dumps(context, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    return f'{{\n  "@context": {context_text},\n  "@graph": [\n', "\n]\n}\n"


def join_jsonld(first: str, second: str, context: dict[str, Any]) -> str:
    """The text :func:`jsonld_text` gives of two lists of quads one after the other,
    from its text of each (with ``context``).

    Only for lists that share no graph and whose second holds no default-graph
    quad: then each graph's object is the same in both texts, and the joined
    text lists the first list's graphs, then the second's.
    """
    head, tail = _frame(context)
    bodies = (text[len(head) : len(text) - len(tail)] for text in (first, second))
    return head + ",\n".join(body for body in bodies if body) + tail
