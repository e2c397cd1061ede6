"""``kg build``: documents in; RDF, JSON-LD and the HTML view out."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg._defaults import DEFAULT_MODEL
from kg.errors import InputError, StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.graph import KnowledgeGraph
    from kg.model import Document, Event, Extraction

__all__ = ["build_command", "sample_articles"]

#: What every build into a folder writes; --format adds to these.
_DEFAULT_FORMATS = ("turtle", "json-ld", "trig")

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

# The record of every document's extraction that an --out folder keeps, so the
# next build into it resolves entities over all its documents again (kg._records).
_RECORD_NAME = ".kg-extractions.jsonl"

# The library arguments whose errors name this command's flags instead.
_FLAGS = {"dask": "--dask", "workers": "--workers", "model": "--model"}
# Documents written to the store in one transaction by --store.
_DOCUMENTS_PER_TRANSACTION = 200
# --store compacts the store when the build wrote at least 1/N of what it holds.
_COMPACT_WHEN_ADDED = 10


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
    " and graph.html are always written.",
)
@click.option("--base-iri", default=None, help="Base IRI for entities, events and mentions.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option(
    "--fresh",
    is_flag=True,
    help="Replace what an earlier build left in --out instead of adding to it.",
)
@click.option(
    "--remove",
    "removed",
    multiple=True,
    metavar="ID",
    help="Take this document out of the earlier build in --out (repeatable).",
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
    batch_size: int,
    quiet: bool,
) -> None:
    """Build the knowledge graph of INPUT files, folders, .jsonl files, - (stdin) or URLs.

    Saved pages (.html) are read as news: the article without menus and
    footers, with its title and date. Feeds (.rss, .atom, .xml) give a document
    an item, web archives (.warc, .warc.gz) one a page, and http(s) addresses
    are fetched. With no INPUT, builds the sample articles in data/articles. A build into an
    --out folder that holds an earlier build's graph.trig adds to it: new documents
    join, rebuilt ones replace their old version (--fresh starts anew). With --store,
    the graph goes into the store folder and --out files are written (from the
    store, RDF only) only when --out is given.
    """
    from kg import _records as records
    from kg._atomic import write_atomic_many
    from kg.building import build as build_graph
    from kg.building import resolved
    from kg.cli._flags import as_flags
    from kg.inputs import check_sources, parse_date
    from kg.namespace import DEFAULT_BASE
    from kg.progress import BuildProgress, count_documents
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
    if store_dir is not None:
        if out_given and not to_stdout:
            _check_output_folder(out_dir)
        with (
            BuildProgress(total=count_documents(sources), enabled=not quiet) as progress,
            as_flags(_FLAGS),
        ):
            summary = _build_into_store(
                sources, store_dir, base=base, on_document=progress.advance, **options
            )
        written = []
        if out_given:
            from kg.store import Store

            stored = Store(store_dir).quads()
            if to_stdout:
                click.echo(_one_format(stored, formats, base=base), nl=False)
            else:
                files = {
                    out_dir / f"graph{suffix}": text
                    for suffix, text in _render(stored, formats, base=base).items()
                }
                written = write_atomic_many(files)
        if not quiet:
            seconds = time.perf_counter() - started
            click.echo(
                f"{summary} in {seconds:.1f} s ({progress.words_per_second:,.0f} words/s)",
                err=to_stdout,
            )
            click.echo(f"  stored in {store_dir}", err=to_stdout)
            for path in written:
                click.echo(f"  wrote {path}")
        return
    if removed and store_dir is None and (fresh or not (out_dir / "graph.trig").exists()):
        raise InputError(
            f"--remove: no earlier build in {out_dir} to take documents out of"
            + ("; drop --fresh" if fresh else "")
        )
    if not to_stdout:
        _check_output_folder(out_dir)
    extracted: list[Extraction] = []

    def done(extraction: Extraction) -> None:
        extracted.append(extraction)
        progress.advance(extraction)

    with (
        BuildProgress(total=count_documents(sources), enabled=not quiet) as progress,
        as_flags(_FLAGS),
    ):
        graph = build_graph(sources, on_document=done, **options)
    if not graph.documents and not removed:
        raise InputError("no documents found in the input")
    from kg import rdf

    if to_stdout:
        found = rdf.quads(graph.documents, graph.entities, graph.events, base=base)
        click.echo(_one_format(found, formats, base=base), nl=False)
        if not quiet:
            click.echo(
                f"{len(graph.documents)} documents, {len(graph.events)} events, "
                f"{_triple_count(found)} triples in {time.perf_counter() - started:.1f} s",
                err=True,
            )
        return
    # Reading the earlier build and writing the merged one is one step that no
    # other build into this folder may interleave with: it would lose documents.
    with _output_lock(out_dir):
        earlier = out_dir / "graph.trig"
        merged = earlier.exists() and not fresh
        record = out_dir / _RECORD_NAME
        by_graph = False
        if merged and record.exists():
            # Resolve again over every document the folder will hold: what only
            # a replaced or removed document supported goes with it.
            extracted = _merged_records(record, extracted, removed)
            graph = resolved(extracted)
        elif merged:
            by_graph = True
        found = rdf.quads(graph.documents, graph.entities, graph.events, base=base)
        if by_graph:
            if removed:
                raise InputError(
                    f"--remove: the earlier build in {out_dir} was made by an older kg that"
                    " kept no record of its documents; rebuild it with --fresh"
                )
            logging.getLogger("kg").warning(
                "the earlier build in %s was made by an older kg without a record of its"
                " documents: merged graph by graph, so entities that only replaced documents"
                " named stay; --fresh rebuilds it exactly",
                out_dir,
            )
            found = rdf.merge_quads(rdf.read_quads(earlier), found, base=base)
        if not _document_count(found):
            raise InputError(f"no documents left in {out_dir}; nothing written")
        files = _outputs(
            graph, found, out_dir, base=base, formats=formats, html=not no_html, merged=by_graph
        )
        files[record] = records.dumps(extracted)
        # Everything is rendered before the first byte is written: a failure anywhere
        # leaves the earlier outputs as they were.
        written = [path for path in write_atomic_many(files) if path != record]
    seconds = time.perf_counter() - started
    if not quiet:
        click.echo(
            f"{len(graph.documents)} documents, {len(graph.events)} events, "
            f"{len(graph.actors)} actors, {len(graph.places)} places, "
            f"{len(graph.figures)} figures, {_triple_count(found)} triples in {seconds:.1f} s"
        )
        if merged:
            click.echo(
                f"  added to the earlier build in {out_dir} "
                f"({_document_count(found)} documents now; --fresh starts anew)"
            )
        for path in written:
            click.echo(f"  wrote {path}")


def _merged_records(
    record: Path, extracted: list[Extraction], removed: tuple[str, ...]
) -> list[Extraction]:
    """The earlier build's extractions, less the replaced and removed ones, then the new ones."""
    from kg import _records as records

    earlier = records.loads(record.read_text(encoding="utf-8"), where=str(record))
    known = {e.document.id for e in earlier}
    for name in removed:
        if name not in known:
            logging.getLogger("kg").warning(
                "--remove %s: no such document in the earlier build (ids are as in the graph)",
                name,
            )
    gone = {e.document.id for e in extracted} | set(removed)
    return [e for e in earlier if e.document.id not in gone] + extracted


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


def _outputs(
    graph: KnowledgeGraph,
    found: list[ox.Quad],
    out_dir: Path,
    *,
    base: str,
    formats: tuple[str, ...],
    html: bool,
    merged: bool,
) -> dict[Path, str]:
    """Every output file's content, rendered in memory."""
    rendered = _render(found, formats, base=base, graph=None if merged else graph)
    files = {out_dir / f"graph{suffix}": text for suffix, text in rendered.items()}
    if html:
        if merged:
            from kg.network import from_rdf
            from kg.rdf import from_quads
            from kg.view import render_html

            page = render_html(from_rdf(from_quads(found, base=base)), title=f"kg — {out_dir}")
        else:
            page = graph.to_html(title=f"kg — {out_dir}")
        files[out_dir / "graph.html"] = page
    return files


def _render(
    found: list[ox.Quad],
    formats: tuple[str, ...],
    *,
    base: str,
    graph: KnowledgeGraph | None = None,
) -> dict[str, str]:
    """File suffix -> text, for the default formats and ``formats``.

    TriG is always among them: it keeps one named graph per document, so the
    next build into the folder adds to it. ``graph`` gives the network formats
    their records (else they are read back from ``found``).
    """
    from kg import network
    from kg.rdf import OUTPUT_FORMATS, from_quads, serialize_quads

    texts = {}
    for fmt in dict.fromkeys([*_DEFAULT_FORMATS, *formats]):
        if fmt in network.NETWORK_FORMATS:
            nx_graph = (
                graph.to_networkx()
                if graph is not None
                else network.from_rdf(from_quads(found, base=base))
            )
            texts[network.NETWORK_FORMATS[fmt]] = network.serialize(nx_graph, fmt)
        else:
            texts[OUTPUT_FORMATS[fmt]] = serialize_quads(found, fmt, base=base)
    return texts


def _one_format(found: list[ox.Quad], formats: tuple[str, ...], *, base: str) -> str:
    """The text --out - writes: the one format asked for, Turtle by default."""
    from kg import network
    from kg.rdf import from_quads, serialize_quads

    fmt = formats[0] if formats else "turtle"
    if fmt in network.NETWORK_FORMATS:
        return network.serialize(network.from_rdf(from_quads(found, base=base)), fmt)
    return serialize_quads(found, fmt, base=base)


def _triple_count(found: list[ox.Quad]) -> int:
    # Distinct quads: the same as the union's triples, since kg never writes a
    # triple into two graphs (its IRIs name their document), and much faster to count.
    return len(set(found))


def _document_count(found: list[ox.Quad]) -> int:
    import pyoxigraph as ox
    from rdflib import RDF

    from kg.namespace import KG

    is_a, document = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Document))
    return len({q.subject for q in found if q.predicate == is_a and q.object == document})


def _build_into_store(
    sources: tuple[Any, ...], store_dir: Path, *, base: str, **options: Any
) -> str:
    """Stream the build into the store, a few documents per transaction; return a summary."""
    from kg.building import build_stream
    from kg.rdf import quads
    from kg.store import Store

    store = Store(store_dir)
    pending: list[tuple[Document, tuple[Event, ...]]] = []
    counts = {"documents": 0, "events": 0, "quads": 0}

    def flush() -> None:
        documents = [document for document, _ in pending]
        events = [event for _, found in pending for event in found]
        batch = quads(documents, (), events, base=base)
        # The summary is made once, with the entities, at the end.
        store.add(batch, summarize=False)
        counts["quads"] += len(batch)
        pending.clear()

    def write(document: Document, events: tuple[Event, ...]) -> None:
        pending.append((document, events))
        counts["documents"] += 1
        counts["events"] += len(events)
        # One transaction per document would spend its time opening the store.
        if len(pending) >= _DOCUMENTS_PER_TRANSACTION:
            flush()

    entities = build_stream(sources, write, **options)
    if pending:
        flush()
    if not counts["documents"]:
        raise InputError("no documents found in the input")
    entity_quads = quads((), entities, (), base=base)
    store.add(entity_quads)
    counts["quads"] += len(entity_quads)
    triples = len(store)
    # Compacting rewrites the whole store (about 2 s per million triples), so a
    # few articles added to a large store leave it to RocksDB's own compactions.
    if counts["quads"] * _COMPACT_WHEN_ADDED >= triples:
        try:
            store.compact()
        except StoreError as error:
            # Everything is stored already; compacting only makes queries faster.
            logging.getLogger("kg").warning("the store was not compacted: %s", error)
    actors = sum(1 for entity in entities if entity.kind != "place")
    return (
        f"{counts['documents']} documents, {counts['events']} events, {actors} actors, "
        f"{len(entities) - actors} places, {triples} triples"
    )


def _check_output_folder(out_dir: Path) -> None:
    # Fail before the slow part, not after it.
    from kg.inputs import OUTPUT_FOLDER_MARKER

    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out {out_dir}: is a file, not a folder; choose another path")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # Marked before any input is read: a build whose --out lies inside its
        # input folder skips it, from the first build on.
        (out_dir / OUTPUT_FOLDER_MARKER).touch()
    except OSError as error:
        raise InputError(f"--out {out_dir}: cannot create the folder ({error.strerror})") from None


def _output_lock(out_dir: Path) -> contextlib.AbstractContextManager[None]:
    """The lock that makes builds into one --out folder take turns (its marker file)."""
    from kg._lock import folder_lock
    from kg.inputs import OUTPUT_FOLDER_MARKER

    def say_waiting() -> None:
        logging.getLogger("kg").warning(
            "another kg build is writing to %s; waiting for it to finish (Ctrl-C to stop)",
            out_dir,
        )

    return folder_lock(out_dir / OUTPUT_FOLDER_MARKER, on_wait=say_waiting)


def _configure_logging(quiet: bool) -> None:
    logger = logging.getLogger("kg")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("kg: warning: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
