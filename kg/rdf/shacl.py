"""Validation against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import Namespace

from kg.rdf.formats import ontology_path
from kg.rdf.merging import union
from kg.rdf.terms import quiet_rdflib

__all__ = ["Violation", "validate"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node broke which rule.

    Attributes:
        focus: The node that breaks the shape (an IRI, or a blank node id).
        path: The property concerned, if the shape names one.
        message: What is wrong, from the shape's ``sh:message``.
        severity: "Violation", "Warning" or "Info".
        value: The offending value, when there is one.
    """

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        got = f" (got {self.value!r})" if self.value is not None else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}{got}"


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def validate(graph: Graph) -> list[Violation]:
    """Check a graph or dataset against ``ontology/shapes.ttl``; ``[]`` when it conforms.

    A Dataset is validated as the union of its graphs, since events in a
    document graph point at entities in the shared entities graph.

    >>> from kg.rdf import to_dataset
    >>> validate(to_dataset([], [], []))
    []
    """
    import pyshacl

    SH = Namespace("http://www.w3.org/ns/shacl#")
    data = union(graph) if isinstance(graph, Dataset) else graph
    with quiet_rdflib():
        _, results, _ = pyshacl.validate(
            data, shacl_graph=_shapes(), inference="none", advanced=True, allow_warnings=True
        )
    if not isinstance(results, Graph):  # only when asked to serialize the report
        raise TypeError(f"pyshacl returned {type(results).__name__}, expected a Graph")
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage)
        violations.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=str(path) if isinstance(path, URIRef) else None,
                message=str(message) if message is not None else "breaks a shape",
                severity=str(severity).rpartition("#")[2] if severity is not None else "Violation",
                value=str(value) if value is not None else None,
            )
        )
    return sorted(violations, key=lambda v: (v.focus, v.path or "", v.message))
