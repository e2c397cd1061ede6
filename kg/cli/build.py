"""``kg build``: documents in; RDF, JSON-LD and the HTML view out."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

import click

from kg.errors import InputError
from kg.pipeline import DEFAULT_MODEL

__all__ = ["build", "sample_articles"]

_FORMAT_CHOICES = ("turtle", "json-ld", "trig", "nquads", "nt")


def sample_articles() -> Path:
    """The bundled sample articles: ``data/articles`` here, or beside the kg package."""
    here = Path("data/articles")
    if here.is_dir():
        return here
    beside_package = Path(__file__).resolve().parents[2] / "data" / "articles"
    if beside_package.is_dir():
        return beside_package
    raise InputError("no input given and no data/articles folder here; name the files to read")


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--out", "-o", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
    show_default=True, help="Folder for graph.ttl, graph.jsonld, graph.html.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline.")
@click.option(
    "--date", "date_text", metavar="YYYY-MM-DD",
    help="Publication date for documents without one (anchors 'Friday', 'today').",
)
@click.option(
    "--format", "formats", multiple=True, type=click.Choice(_FORMAT_CHOICES),
    help="RDF formats to write (repeatable). Default: turtle and json-ld.",
)
@click.option("--base-iri", default=None, help="Base IRI for entities, events and mentions.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    model: str,
    date_text: str | None,
    formats: tuple[str, ...],
    base_iri: str | None,
    no_html: bool,
    quiet: bool,
) -> None:
    """Build the knowledge graph of INPUT files, folders, .jsonl files or - (stdin).

    With no INPUT, builds the sample articles in data/articles.
    """
    from kg.build import build as build_graph
    from kg.inputs import parse_date
    from kg.namespace import DEFAULT_BASE
    from kg.rdf import write_outputs

    _configure_logging(quiet)
    started = time.perf_counter()
    date = parse_date(date_text, where="--date") if date_text else None
    sources = inputs or (sample_articles(),)
    _check_output_folder(out_dir)
    graph = build_graph(sources, model=model, date=date)
    if not graph.documents:
        raise InputError("no documents found in the input")
    dataset = graph.to_rdf(base=base_iri or DEFAULT_BASE)
    written = write_outputs(dataset, out_dir, formats=formats or ("turtle", "json-ld"))
    if not no_html:
        html_path = out_dir / "graph.html"
        graph.to_html(html_path)
        written = [*written, html_path]
    seconds = time.perf_counter() - started
    if not quiet:
        triples = len(dataset)
        click.echo(
            f"{len(graph.documents)} documents, {len(graph.events)} events, "
            f"{len(graph.actors)} actors, {len(graph.places)} places, "
            f"{len(graph.figures)} figures, {triples} triples in {seconds:.1f} s"
        )
        for path in written:
            click.echo(f"  wrote {path}")


def _check_output_folder(out_dir: Path) -> None:
    # Fail before the slow part, not after it.
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out {out_dir}: is a file, not a folder; choose another path")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"--out {out_dir}: cannot create the folder ({error.strerror})") from None


def _configure_logging(quiet: bool) -> None:
    logger = logging.getLogger("kg")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("kg: warning: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
