"""``kg query``: SPARQL over RDF files, a store folder or an endpoint URL."""

from __future__ import annotations

from pathlib import Path

import click
from rdflib.term import Node

from kg.errors import InputError

__all__ = ["query_command"]

#: Rows a canned query prints as a table unless --limit says otherwise.
CANNED_TABLE_LIMIT = 100


def _parse_param(text: str) -> tuple[str, Node]:
    from rdflib import Literal, URIRef

    from kg.namespace import DEFAULT_BASE, PREFIXES

    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name:
        raise InputError(f"--param {text!r}: expected NAME=VALUE (e.g. actor='Ana Ruiz')")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    # A compact IRI as a table prints it (id:place/kyiv, kg:moreThan) is that IRI.
    prefix, colon, local = value.partition(":")
    namespaces = {**PREFIXES, "id": DEFAULT_BASE}
    if colon and prefix in namespaces and local and not any(c.isspace() for c in local):
        return name, URIRef(namespaces[prefix] + local)
    return name, Literal(value)


@click.command("query")
@click.argument("args", nargs=-1, metavar="SOURCE... [QUERY]")
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option("--name", "-n", "query_name", help="Run a canned query (see --list).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="How to print the results.",
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a variable: a plain string, or <IRI> (repeatable).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help=f"Print at most N rows; 0 for all. Default: {CANNED_TABLE_LIMIT} for a canned"
    " query shown as a table, otherwise all.",
)
@click.option(
    "--full-iris",
    is_flag=True,
    help="Show whole IRIs in a table (<https://...>), to paste into any query.",
)
@click.option("--allow-service", is_flag=True, help="Let SERVICE clauses reach the network.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    help="Seconds for the whole query to an endpoint, or for a local one that calls SERVICE.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries and exit.")
def query_command(
    args: tuple[str, ...],
    query_file: Path | None,
    query_name: str | None,
    fmt: str,
    params: tuple[str, ...],
    limit: int | None,
    full_iris: bool,
    allow_service: bool,
    timeout: float,
    list_queries: bool,
) -> None:
    """Run a SPARQL query over SOURCE: RDF files, a store folder or an http(s) endpoint URL.

    The query is the last argument, or comes from -f FILE.rq or --name NAME.
    Local sources know kg's prefixes (kg:, prov:, geo:, ...) without PREFIX lines.
    A canned query shown as a table stops after 100 rows (the engine is told,
    so it can stop early); --limit 0 prints them all, --format csv too. A
    canned query's --param finds a name in any case ('ana ruiz'), and takes an
    IRI as <IRI> or as a table prints it (id:place/kyiv). CSV and TSV are the
    W3C SPARQL results formats, with full IRIs.

    \b
    Examples:
      kg query output/graph.ttl 'SELECT ?e ?a WHERE { ?e kg:action ?a }'
      kg query store/ --name actor-timeline --param actor='Ana Ruiz'
      kg query store/ --name who-did-what --limit 0 --format csv > events.csv
      kg query http://localhost:7878/query -f my.rq --format csv
    """
    from kg import store

    if list_queries:
        canned = store.canned_queries()
        width = max((len(name) for name in canned), default=0)
        for name, canned_query in canned.items():
            click.echo(f"{name.ljust(width)}  {canned_query.description}")
        return
    sources = list(args)
    chosen = sum(x is not None for x in (query_file, query_name))
    if chosen > 1:
        raise click.UsageError("give the query once: text, -f FILE or --name NAME")
    if chosen == 0:
        if len(sources) < 2:
            raise click.UsageError(
                "expected SOURCE... QUERY, or SOURCE... with -f FILE or --name NAME"
            )
        text = sources.pop()
    elif query_file is not None:
        text = query_file.read_text("utf-8")
    else:
        named = store.canned_query(str(query_name))
        # An endpoint gets the portable text; kg's own engine the form tuned for it.
        text = named.text if any(map(store.is_endpoint, sources)) else named.local_text
    if not sources:
        raise click.UsageError(
            "name at least one SOURCE: RDF files, a store folder or an endpoint URL"
        )
    bindings: dict[str, Node | str] = dict(_parse_param(param) for param in params)
    if query_name is not None and bindings:
        # Names as people type them: "russian ministry of defence" finds the label.
        bindings = store.stored_names(sources, bindings, timeout=timeout)
    if limit is None:
        # A page for people reading a table; programs reading csv/tsv/json get every row.
        limit = CANNED_TABLE_LIMIT if query_name is not None and fmt == "table" else 0
    result = store.query(
        sources,
        text,
        bindings=bindings or None,
        allow_service=allow_service,
        timeout=timeout,
        limit=limit or None,
    )
    click.echo(store.format_result(result, fmt, full_iris=full_iris), nl=False)
    if result.truncated:
        click.echo(
            f"kg: showed the first {limit} rows; --limit 0 shows all of them"
            " (or --limit N for more, --format csv for a file)",
            err=True,
        )
