"""``kg view``: RDF files or a store folder in, one offline HTML page out."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["view_command"]


@click.command("view")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--focus", metavar="NAME", help="Show only the neighbourhood of this name or alias.")
@click.option(
    "--hops",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="How far the --focus neighbourhood reaches.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=1500,
    show_default=True,
    help="Draw at most this many nodes (entities and one per event), the most connected.",
)
@click.option(
    "--title",
    help="Page title.  [default: the headline of the graph's one document, else how many"
    " documents it holds]",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def view_command(
    sources: tuple[Path, ...],
    out: Path,
    focus: str | None,
    hops: int,
    max_nodes: int,
    title: str | None,
    quiet: bool,
) -> None:
    """Draw SOURCE (RDF files or a `kg build --store` folder) as one offline HTML page.

    \b
    Examples:
      kg view output/graph.ttl --out graph.html
      kg view store/ --focus Kyiv --hops 1
    """
    from kg.cli._flags import as_flags
    from kg.network import read
    from kg.view import render_html, write_html

    graph = read(sources)
    with as_flags({"max_nodes": "--max-nodes", "focus": "--focus", "hops": "--hops"}):
        page = render_html(graph, max_nodes=max_nodes, focus=focus, hops=hops, title=title)
    written = write_html(page, out)
    if not quiet:
        click.echo(
            f"wrote {written} (the graph has {graph.number_of_nodes():,} nodes,"
            f" {graph.number_of_edges():,} edges)"
        )
