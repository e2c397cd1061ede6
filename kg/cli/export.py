"""``kg export``: one table (events, entities or figures) as CSV, TSV or JSON lines."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

__all__ = ["export_command"]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@click.command("export")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--table",
    "name",
    type=click.Choice(["events", "entities", "figures"]),
    required=True,
    help="Which table: one row per event, entity or figure.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "tsv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV, TSV, or one JSON object a line.",
)
def export_command(sources: tuple[str, ...], name: str, fmt: str) -> None:
    """Print one table of RDF files, a store folder or an endpoint URL.

    Every cell is one value; IRIs are full, lists (places, aliases) are joined
    with " | ". The same tables come from Python as KnowledgeGraph.to_pandas().

    \b
    Examples:
      kg export output/graph.trig --table events > events.csv
      kg export store/ --table figures --format jsonl
    """
    from kg.tables import TABLES, _columns, table

    rows = table(list(sources), name)
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    out = io.StringIO()
    writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    columns = _columns(TABLES[name])  # the header even when there are no rows
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_text(row[column]) for column in columns])
    click.echo(out.getvalue(), nl=False)
