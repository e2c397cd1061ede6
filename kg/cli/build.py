"""``kg build``: documents in; RDF, JSON-LD and the HTML view out."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg._defaults import DEFAULT_MODEL
from kg.errors import InputError

if TYPE_CHECKING:
    from kg.model import Extraction

__all__ = ["build_command", "sample_articles"]

#: --out - : the one format written to standard output.
_STDOUT = Path("-")


def _format_names(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    """kg's names for the formats asked for: rdflib's names and short names, any case."""
    from kg.network import NETWORK_FORMATS
    from kg.rdf import format_name

    names = []
    for value in values:
        if value.strip().lower() in NETWORK_FORMATS:
            names.append(value.strip().lower())
            continue
        try:
            names.append(format_name(value))
        except InputError as error:
            raise click.BadParameter(f"{error}, graphml, gexf", ctx, param) from None
    return tuple(dict.fromkeys(names))


# The library arguments whose errors name this command's flags instead.
_FLAGS = {
    "dask": "--dask",
    "workers": "--workers",
    "model": "--model",
    "out_dir": "--out",
    "removed": "--remove",
}


def sample_articles() -> Path:
    """The bundled sample articles: ``data/articles`` here, or beside the kg package."""
    here = Path("data/articles")
    if here.is_dir():
        return here
    beside_package = Path(__file__).resolve().parents[2] / "data" / "articles"
    if beside_package.is_dir():
        return beside_package
    raise InputError("no input given and no data/articles folder here; name the files to read")


@click.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--out",
    "-o",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for graph.ttl, graph.jsonld, graph.trig, graph.html; - writes one format"
    " (--format, Turtle by default) to standard output instead.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline.")
@click.option(
    "--date",
    "date_text",
    metavar="YYYY-MM-DD",
    help="Publication date (anchors 'Friday', 'today') for documents without one, "
    "and instead of the date found on pages, feeds and archives.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    metavar="FORMAT",
    callback=_format_names,
    help="Also write this format (repeatable): turtle (ttl), json-ld (jsonld), trig,"
    " nquads (nq), nt, xml (RDF/XML), graphml, gexf. graph.ttl, graph.jsonld, graph.trig"
    " and graph.html are always written; a format an earlier build into --out wrote and"
    " this one does not ask for is removed.",
)
@click.option("--base-iri", default=None, help="Base IRI for entities, events and mentions.")
@click.option(
    "--no-html",
    is_flag=True,
    help="Do not write graph.html (and remove the one an earlier build wrote into --out).",
)
@click.option(
    "--fresh",
    is_flag=True,
    help="Replace what an earlier build left in --out or --store instead of adding to it.",
)
@click.option(
    "--remove",
    "removed",
    multiple=True,
    metavar="ID",
    help="Take this document out of the earlier build in --out or --store (repeatable).",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes that parse in parallel.  [default: the machine's cores]",
)
@click.option(
    "--dask",
    "scheduler",
    metavar="SCHEDULER",
    default=None,
    help="Parse on a Dask cluster: tcp://host:port, or local:N for N local workers.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the graph into an embedded store folder, document by document, in flat memory.",
)
@click.option(
    "--urls",
    "url_list",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    default=None,
    help="A file of web addresses to fetch and read, one a line.",
)
@click.option(
    "--lang",
    "language",
    metavar="CODE",
    default=None,
    help="Language the documents must be in (e.g. en), or 'any'.  [default: the model's]",
)
@click.option("--follow", is_flag=True, help="Fetch and read the page each feed item links to.")
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST",
    help="Fetch from this private or loopback host too (repeatable), e.g. 127.0.0.1.",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder that keeps fetched pages by URL.  [default: ~/.cache/kg/pages]",
)
@click.option("--no-cache", is_flag=True, help="Fetch every page anew and keep none.")
@click.option(
    "--max-text",
    "max_text_mb",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="MB",
    help="Most text a build with --out holds in memory (about 0.6 GB a MB): more is"
    " refused, naming --store.  [default: 3]",
)
@click.option("--batch-size", type=click.IntRange(min=1), default=32, hidden=True)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def build_command(
    ctx: click.Context,
    inputs: tuple[str, ...],
    out_dir: Path,
    model: str,
    date_text: str | None,
    formats: tuple[str, ...],
    base_iri: str | None,
    no_html: bool,
    fresh: bool,
    removed: tuple[str, ...],
    workers: int | None,
    scheduler: str | None,
    store_dir: Path | None,
    url_list: Path | None,
    language: str | None,
    follow: bool,
    allow_hosts: tuple[str, ...],
    cache_dir: Path | None,
    no_cache: bool,
    max_text_mb: float | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Build the knowledge graph of INPUT files, folders, .jsonl files, - (stdin) or URLs.

    Saved pages (.html) are read as news: the article without menus and
    footers, with its title and date. Feeds (.rss, .atom, .xml) give a document
    an item, web archives (.warc, .warc.gz) one a page, and http(s) addresses
    are fetched. With no INPUT, builds the sample articles in data/articles. A build into an
    --out folder or a --store that holds an earlier build adds to it: new documents
    join, rebuilt ones replace their old version (--fresh starts anew). With --store,
    the graph goes into the store folder, and the --out files (the same ones, drawn
    from the whole store) are written only when --out is given.
    """
    from kg import _budget, outputs
    from kg.building import build as build_graph
    from kg.cli._flags import as_flags
    from kg.inputs import check_sources, parse_date
    from kg.namespace import DEFAULT_BASE
    from kg.pipeline import load_pipeline
    from kg.progress import BuildProgress, count_documents
    from kg.read import language as detector

    _configure_logging(quiet)
    to_stdout = out_dir == _STDOUT
    if to_stdout and len(formats) > 1:
        raise click.UsageError("--out - writes one format: give --format once (or not at all)")
    started = time.perf_counter()
    date = parse_date(date_text, where="--date") if date_text else None
    sources = _sources(inputs, url_list)
    if not sources and not removed:
        sources = (sample_articles(),)
    check_sources(sources)  # a mistyped path fails now, not after the model has loaded
    base = base_iri or DEFAULT_BASE
    fmt = formats[0] if formats else "turtle"
    max_text = _budget.OUT_TEXT_LIMIT if max_text_mb is None else int(max_text_mb * 1_000_000)
    options: dict[str, Any] = {
        "model": model,
        "date": date,
        "batch_size": batch_size,
        "workers": workers or os.cpu_count() or 1,
        "dask": scheduler,
        "reading": _reading_options(
            model,
            language=language,
            follow=follow,
            allow_hosts=allow_hosts,
            cache_dir=None if no_cache else cache_dir or _default_cache(),
        ),
    }
    out_given = ctx.get_parameter_source("out_dir") is not click.core.ParameterSource.DEFAULT
    if removed and fresh:
        where = store_dir if store_dir is not None else out_dir
        raise InputError(
            f"--remove: a fresh build keeps no earlier documents in {where} to take out;"
            " drop --fresh or --remove"
        )
    if store_dir is not None:
        if out_given:
            # The store's files are rendered whole: refuse before any work
            # what would pass the memory budget (kg/_budget.py).
            _budget.check_text_files(sources, limit=max_text, into_store=True)
        with as_flags(_FLAGS):
            if out_given and not to_stdout:
                outputs.prepare_output_folder(out_dir)
            with BuildProgress(total=count_documents(sources), enabled=not quiet) as progress:
                summary = outputs.build_into_store(
                    sources,
                    store_dir,
                    base=base,
                    removed=removed,
                    fresh=fresh,
                    on_document=progress.advance,
                    **options,
                )
            exported = outputs.Exported(())
            if out_given and to_stdout:
                click.echo(outputs.store_text(store_dir, fmt, base=base), nl=False)
            elif out_given:
                exported = outputs.export_store(
                    store_dir, out_dir, base=base, formats=formats, html=not no_html
                )
        if not quiet:
            seconds = time.perf_counter() - started
            click.echo(
                f"{summary} in {seconds:.1f} s ({progress.words_per_second:,.0f} words/s)",
                err=to_stdout,
            )
            click.echo(f"  stored in {store_dir}", err=to_stdout)
            if fresh:
                click.echo("  (--fresh: the store holds these documents alone)", err=to_stdout)
            _say_files(exported.written, exported.removed)
        return
    extracted: list[Extraction] = []

    def done(extraction: Extraction) -> None:
        extracted.append(extraction)
        progress.advance(extraction)

    # Every file is rendered before any is written, the whole graph in memory:
    # more text than the budget is refused, up front when its text files show
    # it, else before the document that passes it is parsed (kg/_budget.py).
    _budget.check_text_files(sources, limit=max_text)
    with as_flags(_FLAGS):
        if not to_stdout or removed:
            outputs.prepare_output_folder(out_dir, removed=removed, fresh=fresh)
        with BuildProgress(total=count_documents(sources), enabled=not quiet) as progress:
            graph = build_graph(sources, on_document=done, max_text=max_text, **options)
        if getattr(ctx.find_root().command, "ends_the_process", False):
            # Nothing more is read or parsed: the language detector's model and
            # the spaCy pipeline go before the end of the build forks its
            # children (kg._forked gives the freed heap back first), about 90 MB
            # of the end's processes on the 871 RAMS passages.
            detector.unload()
            load_pipeline.cache_clear()
        if to_stdout:
            found = outputs.graph_text(graph, fmt, base=base)
        else:
            made = outputs.write_outputs(
                graph,
                extracted,
                out_dir,
                base=base,
                formats=formats,
                html=not no_html,
                fresh=fresh,
                removed=removed,
            )
    if to_stdout:
        click.echo(found.text, nl=False)
        if not quiet:
            click.echo(
                f"{len(graph.documents)} documents, {len(graph.events)} events, "
                f"{found.triples} triples in {time.perf_counter() - started:.1f} s",
                err=True,
            )
        return
    if not quiet:
        graph = made.graph
        click.echo(
            f"{len(graph.documents)} documents, {len(graph.events)} events, "
            f"{len(graph.actors)} actors, {len(graph.places)} places, "
            f"{len(graph.figures)} figures, {made.triples} triples in "
            f"{time.perf_counter() - started:.1f} s"
        )
        if made.merged:
            click.echo(
                f"  added to the earlier build in {out_dir} "
                f"({made.documents} documents now; --fresh starts anew)"
            )
        _say_files(made.written, made.removed)
    if getattr(ctx.find_root().command, "ends_the_process", False):
        # Every file is on disk and renamed into place: the interpreter's teardown
        # (freeing the graph, its quads' leftovers and every module) is skipped.
        from kg.cli._ending import exit_now

        exit_now(0)


def _say_files(written: tuple[Path, ...], removed: tuple[Path, ...]) -> None:
    for path in written:
        click.echo(f"  wrote {path}")
    for path in removed:
        click.echo(f"  removed {path} (an earlier build wrote it; this one was not asked to)")


def _sources(inputs: tuple[str, ...], url_list: Path | None) -> tuple[Any, ...]:
    """The inputs as sources: paths, and web addresses to fetch."""
    from kg.read import URL, is_url

    sources: list[Any] = [URL(name) if is_url(name) else Path(name) for name in inputs]
    if url_list is not None:
        try:
            if str(url_list) == "-":
                import sys

                lines = sys.stdin.read().splitlines()
            else:
                lines = url_list.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"--urls {url_list}: cannot be read ({error})") from None
        for number, line in enumerate(lines, start=1):
            address = line.strip()
            if not address or address.startswith("#"):
                continue
            if not is_url(address):
                raise InputError(
                    f"--urls {url_list}, line {number}: {address!r} is not an http(s) address"
                )
            sources.append(URL(address))
    return tuple(sources)


def _reading_options(
    model: str,
    *,
    language: str | None,
    follow: bool,
    allow_hosts: tuple[str, ...],
    cache_dir: Path | None,
) -> Any:
    from kg.read import FetchOptions, ReadOptions

    if language is None:
        # spaCy's pipelines are named for their language: en_core_web_sm, de_core_news_md.
        prefix = model.split("_", 1)[0].lower()
        language = prefix if len(prefix) in (2, 3) and prefix.isalpha() else "en"
    wanted = None if language.lower() in ("any", "xx") else language
    fetch = FetchOptions(allow_hosts=frozenset(allow_hosts), cache=cache_dir)
    return ReadOptions(language=wanted, follow=follow, fetch=fetch)


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg" / "pages"


def _configure_logging(quiet: bool) -> None:
    logger = logging.getLogger("kg")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("kg: warning: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
