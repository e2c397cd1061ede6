"""``kg validate``: check RDF files or a store against the SHACL shapes."""

from __future__ import annotations

import click
from rdflib import Literal, URIRef
from rdflib.term import Node

__all__ = ["validate_command"]


@click.command("validate")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
def validate_command(sources: tuple[str, ...]) -> None:
    """Check RDF files or a store folder against ontology/shapes.ttl.

    Prints one line per violation and exits 1 if there is any; 0 if the data conforms.
    """
    from kg import rdf, store

    dataset = store.read_sources(list(sources))
    violations = rdf.validate(dataset)
    triples = len(rdf.union(dataset))
    for violation in violations:
        path = f" {store.compact(_iri(violation.path))}" if violation.path else ""
        value = f" (value: {violation.value!r})" if violation.value is not None else ""
        click.echo(
            f"{violation.severity}: {store.compact(_iri(violation.focus))}{path}:"
            f" {violation.message}{value}"
        )
    if violations:
        click.echo(f"{len(violations)} violation(s) in {triples} triples", err=True)
        raise SystemExit(1)
    click.echo(f"conforms: {triples} triples, no violations")


def _iri(text: str) -> Node:
    # Violation fields are strings; IRIs go back to terms so they print compact.
    return URIRef(text) if "://" in text else Literal(text)
