"""``kg push``: send RDF to a triple store over the SPARQL 1.1 Graph Store Protocol."""

from __future__ import annotations

import click

__all__ = ["push_command"]


@click.command("push")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="Graph Store endpoint, e.g. http://localhost:7878/store for Oxigraph.",
)
@click.option("--graph", metavar="IRI", help="Put everything into this one named graph.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    help="Seconds for each request as a whole: connect, send, receive, retries.",
)
def push_command(
    sources: tuple[str, ...], endpoint: str, graph: str | None, timeout: float
) -> None:
    """Push RDF files or a store folder to a remote triple store.

    Each document graph replaces its namesake there; entities are merged.
    Credentials come from KG_ENDPOINT_TOKEN, or KG_ENDPOINT_USER and
    KG_ENDPOINT_PASSWORD.
    """
    from kg.store import push as push_graphs

    pushed = push_graphs(list(sources), endpoint, graph=graph, timeout=timeout)
    click.echo(
        f"pushed {pushed.triples} triples in {len(pushed.graphs)} graph(s) to {pushed.endpoint}"
    )
