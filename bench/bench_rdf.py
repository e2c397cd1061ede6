"""RDF: rdflib in memory against the embedded Oxigraph store, on the same ~1M-triple graph.

Run by hand, never in the test suite::

    python bench/bench_rdf.py                  # ~1M triples, writes docs/benchmarks.md
    python bench/bench_rdf.py --events 2000 --no-write   # a quick look
    python bench/bench_rdf.py --nquads graph.nq --only-queries   # canned queries only
    python bench/bench_rdf.py --events 35700 --only-export       # 1.0M triples to Turtle, JSON-LD
    python bench/bench_rdf.py --real 8         # canned queries on real news, ~1M triples

The graph has the export's shape: it is made by :func:`kg.rdf.quads` from
synthetic documents, entities and events (every role, figures, times, mentions).
First the Turtle export is timed the ways kg writes it (records to Turtle; a
store folder to Turtle) and the rdflib way (records to a Dataset, rdflib's
writer). Then both engines load the same Turtle and N-Quads files, serialize
Turtle and answer the same join query; the canned queries of
``ontology/queries`` are timed on the store (median of several runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import rdf  # noqa: E402
from kg.model import (  # noqa: E402
    Argument,
    Document,
    Entity,
    Event,
    Figure,
    Mention,
    Place,
    TimeExpression,
)
from kg.store import Store, canned_queries  # noqa: E402

SECTION = "RDF: rdflib vs embedded store"

JOIN = """
PREFIX kg: <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?actor (COUNT(?event) AS ?events) WHERE {
  ?event kg:actor ?a ;
         kg:place ?p ;
         kg:figure ?f .
  ?a rdfs:label ?actor .
  ?p geo:lat ?lat .
  ?f kg:value ?value .
  FILTER(?value > 100)
}
GROUP BY ?actor ORDER BY DESC(?events) ?actor LIMIT 10
"""

_WORDS = "north south river port lake hill town field coast bay red white old new".split()
_ACTIONS = ["attack", "take control of", "leave", "shell", "call on", "destroy", "say", "kill"]
_UNITS = ["member", "missile", "civilian", "soldier", "tank", "aircraft"]
_QUALIFIERS = ["exact", "atLeast", "moreThan", "approximately", "upTo"]


def synthetic(n_events: int, n_entities: int, seed: int = 7) -> tuple[list[Any], ...]:
    """Documents, entities and events with the shape of a real build."""
    rng = random.Random(seed)
    kinds = ["person", "organization", "group", "place", "place"]
    entities = []
    for i in range(n_entities):
        kind = kinds[i % len(kinds)]
        name = f"{rng.choice(_WORDS).title()} {rng.choice(_WORDS).title()} {i}"
        geo = kind == "place"
        entities.append(
            Entity(
                id=f"{kind}/{name.lower().replace(' ', '-')}",
                label=name,
                kind=kind,  # type: ignore[arg-type]
                aliases=(name.split()[0] + f" {i}",),
                mentions=rng.randint(1, 50),
                lat=round(rng.uniform(-80, 80), 5) if geo else None,
                long=round(rng.uniform(-170, 170), 5) if geo else None,
                geonames=rng.randint(1, 9_000_000) if geo and i % 2 else None,
            )
        )
    actors = [e for e in entities if e.kind != "place"]
    places = [e for e in entities if e.kind == "place"]
    documents, events = [], []
    per_document = 20
    for d in range(max(1, n_events // per_document)):
        doc_id = f"article-{d:06d}"
        sentences = []
        offset = 0
        for k in range(per_document):
            actor, target, place = rng.choice(actors), rng.choice(actors), rng.choice(places)
            action = rng.choice(_ACTIONS)
            count = rng.randint(1, 5000)
            unit = rng.choice(_UNITS)
            sentence = (
                f"{actor.label} will {action} {target.label} near {place.label} with {count} "
                f"{unit}s on 2022-03-{1 + k % 28:02d}, said {rng.choice(actors).label}."
            )
            start, end = offset, offset + len(sentence)
            mention = Mention(doc_id, start, end, sentence)

            def arg(text: str, entity: str, at: int = start) -> Argument:
                return Argument(text, at, at + len(text), "", entity)

            trigger = start + len(actor.label) + 6
            figure_at = sentence.index(str(count)) + start
            events.append(
                Event(
                    doc_id,
                    trigger,
                    trigger + len(action),
                    action,
                    mention,
                    actor=arg(actor.label, actor.id),
                    target=arg(target.label, target.id),
                    places=(Place(arg(place.label, place.id), "location"),),
                    figures=(
                        Figure(
                            f"{count} {unit}s",
                            Decimal(count),
                            unit,
                            rng.choice(_QUALIFIERS),  # type: ignore[arg-type]
                            figure_at,
                            figure_at + len(f"{count} {unit}s"),
                        ),
                    ),
                    time=TimeExpression(
                        "on 2022-03-01", start, start + 13, f"2022-03-{1 + k % 28:02d}"
                    ),
                    source=Argument("a spokesman", start, start + 11),
                    negated=k % 11 == 0,
                )
            )
            sentences.append(sentence)
            offset = end + 1
        documents.append(
            Document(
                doc_id, " ".join(sentences), title=f"Report {d}", date=dt.date(2022, 3, 1 + d % 28)
            )
        )
    return documents, entities, events


def timed(action: Callable[[], Any], runs: int = 1) -> tuple[float, Any]:
    """Median wall time of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def fmt_seconds(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def time_export(
    documents: list[Any], entities: list[Any], events: list[Any], runs: int
) -> tuple[float, float, float]:
    """Records to Turtle the way kg build writes graph.ttl: (total, to quads, to text), median."""
    splits = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        found = rdf.quads(documents, entities, events)
        mapped = time.perf_counter()
        text = rdf.serialize_quads(found, "turtle")
        done = time.perf_counter()
        splits.append((done - started, mapped - started, done - mapped))
        del found, text
    export = sorted(splits)[len(splits) // 2]
    print(f"kg records -> turtle {export[0]:.2f}s", file=sys.stderr)
    return export


def run(
    n_events: int, n_entities: int, runs: int, folder: Path
) -> tuple[list[str], dict[str, Any]]:
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    lines: list[str] = []
    documents, entities, events = synthetic(n_events, n_entities)

    export = time_export(documents, entities, events, runs)

    # The rdflib way (kg before it wrote with Oxigraph): records -> Dataset, then rdflib's writer.
    started = time.perf_counter()
    dataset = rdf.to_dataset(documents, entities, events)
    build_seconds = time.perf_counter() - started
    del dataset
    gc.collect()
    ttl, nq = folder / "graph.ttl", folder / "graph.nq"
    # Written once with Oxigraph (fast); both engines then read the same bytes.
    found = rdf.quads(documents, entities, events)
    ttl.write_text(rdf.serialize_quads(found, "turtle"), "utf-8")
    nq.write_text(rdf.serialize_quads(found, "nquads"), "utf-8")
    triples = len(found)
    del found
    info = {
        "triples": triples,
        "events": len(events),
        "entities": len(entities),
        "documents": len(documents),
        "build_seconds": build_seconds,
        "export": export,
        "ttl_mb": ttl.stat().st_size / 1e6,
        "nq_mb": nq.stat().st_size / 1e6,
    }
    print(
        f"graph: {triples:,} triples ({len(events):,} events), "
        f"rdflib Dataset in {build_seconds:.0f} s",
        file=sys.stderr,
    )

    results: list[tuple[str, float, float]] = []

    # Load Turtle.
    def rdflib_load_ttl() -> Graph:
        graph = Graph()
        graph.parse(ttl, format="turtle")
        return graph

    rl_ttl, graph = timed(rdflib_load_ttl)
    print(f"rdflib load ttl {rl_ttl:.1f}s", file=sys.stderr)

    def ox_load(path: Path, where: Path) -> ox.Store:
        store = ox.Store(str(where))
        store.bulk_load(path=str(path))
        return store

    ox_ttl_seconds, ox_store = timed(lambda: ox_load(ttl, folder / "store-ttl"))
    results.append(("Load Turtle file", rl_ttl, ox_ttl_seconds))
    print(f"oxigraph load ttl {ox_ttl_seconds:.1f}s", file=sys.stderr)

    # Serialize Turtle (same triples, default graph on both sides).
    rl_ser, _ = timed(lambda: graph.serialize(format="turtle"))
    ox_ser, _ = timed(
        lambda: ox_store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    )
    results.append(("Serialize Turtle", rl_ser, ox_ser))
    print(f"serialize rdflib {rl_ser:.1f}s ox {ox_ser:.1f}s", file=sys.stderr)

    # Join query.
    rl_join, rl_rows = timed(lambda: list(graph.query(JOIN)))
    ox_join, ox_rows = timed(lambda: list(ox_store.query(JOIN)), runs)
    assert len(rl_rows) == len(ox_rows), (len(rl_rows), len(ox_rows))
    results.append(("Join query (4 joins, filter, group)", rl_join, ox_join))
    print(f"join rdflib {rl_join:.1f}s ox {ox_join:.3f}s", file=sys.stderr)
    graph = ox_store = None  # free the memory before the next step
    gc.collect()

    # Load N-Quads with the named graphs: rdflib Dataset vs the kg Store folder.
    def rdflib_load_nq() -> Dataset:
        with rdf.quiet_rdflib():
            ds = Dataset()
            ds.parse(nq, format="nquads")
        return ds

    rl_nq, ds = timed(rdflib_load_nq)
    del ds
    gc.collect()
    ox_nq, _ = timed(lambda: ox_load(nq, folder / "store-nq"))
    results.append(("Load N-Quads (named graphs)", rl_nq, ox_nq))
    print(f"nq rdflib {rl_nq:.1f}s ox {ox_nq:.1f}s", file=sys.stderr)
    gc.collect()

    # A store folder to Turtle, the way `kg build --store DIR --out OUT` writes graph.ttl.
    def store_turtle() -> str:
        return rdf.serialize_quads(Store(folder / "store-nq").quads(), "turtle")

    store_export, _ = timed(store_turtle, runs)
    print(f"store -> turtle {store_export:.2f}s", file=sys.stderr)
    gc.collect()

    # Canned queries on the kg store (the folder `kg query DIR` reads), compacted
    # as `kg build --store` leaves it.
    Store(folder / "store-nq").compact()
    canned = time_canned(Store(folder / "store-nq"), _first_actor(entities), runs)

    per_million = 1e6 / triples
    lines.append(
        f"Graph: {triples:,} triples — {len(documents):,} documents, {len(events):,} "
        f"events, {len(entities):,} entities; Turtle {info['ttl_mb']:.0f} MB, "
        f"N-Quads {info['nq_mb']:.0f} MB."
    )
    lines.append("")
    lines.append("Turtle export of the whole graph (target: 1M triples in 5 s or less):")
    lines.append("")
    lines.append("| path | seconds | per 1M triples |")
    lines.append("|---|---:|---:|")
    lines.append(
        f"| records → Turtle, as `kg build` writes it (`kg.rdf.quads` + `serialize_quads`, "
        f"median of {runs}) | {export[0]:.2f} | {export[0] * per_million:.2f} |"
    )
    lines.append(
        f"| … of which records → Oxigraph quads | {export[1]:.2f} | {export[1] * per_million:.2f} |"
    )
    lines.append(
        f"| … of which quads → Turtle text | {export[2]:.2f} | {export[2] * per_million:.2f} |"
    )
    lines.append(
        f"| store folder → Turtle, as `kg build --store DIR --out OUT` writes it "
        f"(median of {runs}) | {store_export:.2f} | {store_export * per_million:.2f} |"
    )
    lines.append(
        f"| rdflib: records → Dataset (`to_dataset`) + rdflib's Turtle writer "
        f"(the serialize row below) | {build_seconds + rl_ser:.1f} | "
        f"{(build_seconds + rl_ser) * per_million:.1f} |"
    )
    lines.append("")
    lines.append("| operation | rdflib (in memory) | pyoxigraph (on-disk store) | speed-up |")
    lines.append("|---|---:|---:|---:|")
    for label, slow, fast in results:
        lines.append(
            f"| {label} | {fmt_seconds(slow)} | {fmt_seconds(fast)} | {slow / fast:.0f}x |"
        )
    lines.append("")
    lines.extend(canned_table(canned, runs))
    return lines, info


#: One canned query's timings: name, default page with the store opened for
#: the query, the same page with the store kept open, all rows; rows shown, all
#: rows; the default page of the portable text (``None`` when kg runs that one).
Timing = tuple[str, float, float, float, int, int, float | None]

#: Runs of the portable text of a query that has a tuned form (slower there).
PORTABLE_RUNS = 3


def time_canned(store: Store, actors: dict[str, str], runs: int) -> list[Timing]:
    """Median seconds of each canned query as `kg query DIR --name NAME` runs it by
    default (a table: the first CANNED_TABLE_LIMIT rows, the engine told the LIMIT),
    the same page on a store kept open (`Store.reading`, as a library caller or a
    server would), and the whole result (`--limit 0`), with the row counts.
    actor-timeline runs once per actor in ``actors`` (what it stands for -> label)."""
    from kg.cli.query import CANNED_TABLE_LIMIT

    canned = []
    for name, query in canned_queries().items():
        runs_of: dict[str, dict[str, str] | None] = {name: None}
        if name == "actor-timeline":
            runs_of = {f"{name} ({what})": {"actor": label} for what, label in actors.items()}
        for shown, bindings in runs_of.items():
            text = query.local_text  # what `kg query DIR --name` runs
            page_seconds, page = timed(
                lambda t=text, b=bindings: store.query(t, bindings=b, limit=CANNED_TABLE_LIMIT),
                runs,
            )
            with store.reading() as reader:
                reader.query(text, bindings=bindings, limit=CANNED_TABLE_LIMIT)  # warm-up
                open_seconds, _ = timed(
                    lambda t=text, b=bindings, r=reader: r.query(
                        t, bindings=b, limit=CANNED_TABLE_LIMIT
                    ),
                    runs,
                )
            full_seconds, full = timed(lambda t=text, b=bindings: store.query(t, bindings=b), runs)
            # The page is the start of the whole result, in its order.
            assert page.rows == full.rows[: len(page.rows)], shown
            portable_seconds = None
            if query.text != text:
                # What an endpoint is sent: the same rows, timed on the same store.
                portable_seconds, portable = timed(
                    lambda t=query.text, b=bindings: store.query(
                        t, bindings=b, limit=CANNED_TABLE_LIMIT
                    ),
                    min(runs, PORTABLE_RUNS),
                )
                if shown.startswith("who-did-what"):  # the engine's order
                    assert len(portable.rows) == len(page.rows), shown
                else:
                    assert portable.rows == page.rows, shown
            canned.append(
                (
                    shown,
                    page_seconds,
                    open_seconds,
                    full_seconds,
                    len(page),
                    len(full),
                    portable_seconds,
                )
            )
            print(
                f"canned {shown} page {page_seconds:.3f}s kept open {open_seconds:.3f}s"
                f" full {full_seconds:.3f}s portable"
                f" {'-' if portable_seconds is None else f'{portable_seconds:.3f}s'}",
                file=sys.stderr,
            )
    return canned


CANNED_HEADING = "Canned queries on the store"


def canned_table(canned: list[Timing], runs: int) -> list[str]:
    from kg.cli.query import CANNED_TABLE_LIMIT

    lines = [
        f"{CANNED_HEADING} (`kg.store.Store.query`, what `kg query DIR --name ...` runs; "
        f"median of {runs} runs each; default graph = union of the named graphs). *Default*"
        f" is what the command prints by default, a table of at most {CANNED_TABLE_LIMIT} rows"
        " (the engine is given the LIMIT), with the store opened for the query as the command"
        " does, and *kept open* across queries (`Store.reading()`, as a library caller or a"
        " server); *all rows* is `--limit 0` (or csv/tsv/json). Target: p50 <= 100 ms."
        " kg runs a query's form tuned for Oxigraph where it has one"
        " (`ontology/queries/oxigraph/`); *portable text* is the default page of the plain"
        " SPARQL 1.1 file, what an endpoint is sent, on the same store (median of"
        f" {min(runs, PORTABLE_RUNS)}; — where kg runs that file itself).",
        "",
        "| query | default (≤ 100 rows) | … store kept open | all rows | rows shown / all"
        " | portable text |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, page_seconds, open_seconds, full_seconds, page_rows, rows, portable in canned:
        lines.append(
            f"| {name} | {fmt_seconds(page_seconds)} | {fmt_seconds(open_seconds)} |"
            f" {fmt_seconds(full_seconds)} | {page_rows:,} / {rows:,} |"
            f" {'—' if portable is None else fmt_seconds(portable)} |"
        )
    return lines


def _first_actor(entities: list[Any]) -> dict[str, str]:
    return {"the first actor": entities[0].label}


def only_queries(
    nquads: Path,
    actors: dict[str, str],
    runs: int,
    spread: Sequence[str] = (),
    against: str | None = None,
) -> list[str]:
    """Load an N-Quads file into a fresh kg store and time the canned queries only.

    With ``spread``, actor-timeline's default page is also timed for each of
    those actors, and the median and worst over them reported. With ``against``
    (a git revision), the canned queries that differ there are timed side by
    side with it (:func:`compare_canned`).
    """
    import pyoxigraph as ox

    from kg.cli.query import CANNED_TABLE_LIMIT

    with tempfile.TemporaryDirectory(prefix="kg-bench-queries-") as folder:
        path = Path(folder) / "store"
        started = time.perf_counter()
        raw = ox.Store(str(path))
        raw.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        triples = len(raw)
        del raw  # closed before the kg Store opens it
        print(f"loaded {triples:,} quads in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        store = Store(path)
        compact_seconds, _ = timed(store.compact)  # as `kg build --store` leaves a store
        canned = time_canned(store, actors, runs)
        timeline = canned_queries()["actor-timeline"].local_text
        pages = [
            timed(
                lambda a=actor: store.query(
                    timeline, bindings={"actor": a}, limit=CANNED_TABLE_LIMIT
                ),
                runs,
            )
            for actor in spread
        ]
        compared = compare_canned(store, against, actors, spread, runs) if against else []
    lines = [
        f"Store: {triples:,} quads bulk-loaded from `{nquads.name}`, then compacted"
        f" ({compact_seconds:.1f} s) as `kg build --store` leaves a store.",
        "",
        *canned_table(canned, runs),
    ]
    if pages:
        seconds = sorted(page_seconds for page_seconds, _ in pages)
        lines += [
            "",
            f"actor-timeline's default page for {len(spread)} actors spread evenly over the"
            f" ranking by events (from {len(pages[0][1].rows)} to {len(pages[-1][1].rows)} rows"
            f" shown): median {fmt_seconds(statistics.median(seconds))},"
            f" 90th percentile {fmt_seconds(seconds[int(0.9 * (len(seconds) - 1))])},"
            f" worst {fmt_seconds(seconds[-1])}.",
        ]
    return lines + compared


def compare_canned(
    store: Store, revision: str, actors: dict[str, str], spread: Sequence[str], runs: int
) -> list[str]:
    """The default page of each canned query that differs at git ``revision``, old
    and new run in turn on the same store (opened for each query, as `kg query`
    does), median of ``runs``; actor-timeline for ``actors`` and over ``spread``."""
    from kg.cli.query import CANNED_TABLE_LIMIT

    def text_at(name: str) -> str:
        # What kg ran locally then: the tuned form where there was one.
        for path in (f"ontology/queries/oxigraph/{name}.rq", f"ontology/queries/{name}.rq"):
            found = subprocess.run(
                ["git", "show", f"{revision}:{path}"], cwd=ROOT, capture_output=True, text=True
            )
            if found.returncode == 0:
                return found.stdout
        return ""

    cases: list[tuple[str, str, str, dict[str, str] | None]] = []
    for name, query in canned_queries().items():
        old, new = text_at(name), query.local_text
        if not old or old == new:
            continue
        if name != "actor-timeline":
            cases.append((name, old, new, None))
            continue
        for what, label in actors.items():
            cases.append((f"{name} ({what})", old, new, {"actor": label}))
        for label in spread:
            cases.append((f"{name} (spread: {label})", old, new, {"actor": label}))
    times: dict[tuple[str, int], list[float]] = {}
    for _ in range(runs):
        for shown, old, new, bindings in cases:
            for which, text in enumerate((old, new)):
                started = time.perf_counter()
                store.query(text, bindings=bindings, limit=CANNED_TABLE_LIMIT)
                times.setdefault((shown, which), []).append(time.perf_counter() - started)
    if not cases:
        print(f"no canned query differs from {revision}", file=sys.stderr)
        return []
    median = {key: statistics.median(values) for key, values in times.items()}
    lines = [
        "",
        f"Side by side with the canned queries at `{revision}` (default page, store opened for"
        f" each query, old and new in turn, median of {runs}):",
        "",
        f"| query | at {revision} | now | now / then |",
        "|---|---:|---:|---:|",
    ]
    spread_rows = []
    for shown, *_ in cases:
        old_seconds, new_seconds = median[(shown, 0)], median[(shown, 1)]
        if "(spread: " in shown:
            spread_rows.append((old_seconds, new_seconds))
            continue
        lines.append(
            f"| {shown} | {fmt_seconds(old_seconds)} | {fmt_seconds(new_seconds)} |"
            f" {new_seconds / old_seconds:.2f} |"
        )
    if spread_rows:
        for label, pick in (("median", statistics.median), ("worst", max)):
            old_seconds = pick(old for old, _ in spread_rows)
            new_seconds = pick(new for _, new in spread_rows)
            lines.append(
                f"| actor-timeline, {label} of {len(spread_rows)} spread actors |"
                f" {fmt_seconds(old_seconds)} | {fmt_seconds(new_seconds)} |"
                f" {new_seconds / old_seconds:.2f} |"
            )
    return lines


RAMS = ROOT.parent / "shared" / "data" / "rams" / "test.jsonlines"

REAL_HEADING = "Canned queries on real news, copied to a million triples"


def real_shaped(copies: int) -> tuple[list[Any], list[Any], list[Any], list[tuple[int, str]]]:
    """The RAMS passages as kg builds them, ``copies`` times under new document ids.

    A year of news names the same actors again and again; copies of one real
    build keep the real shape of the graph (how many roles an event fills, how
    few events carry figures, how many units there are), which the synthetic
    graph does not: it gives every event an actor, a target, a place and a
    figure of one of six units. Each copy of a passage gets a publication date.
    Also returns the names an actor can be looked up by, with the timeline rows
    each gives, fewest first.
    """
    import dataclasses

    from bench_build import rams_documents

    import kg

    if not RAMS.exists():
        raise SystemExit(f"--real needs the RAMS passages at {RAMS}")
    graph = kg.build(rams_documents(RAMS), workers=2)
    documents, events = [], []
    # RAMS passages carry no date, and news does: each copy of a passage is given
    # a day of 2016, so the timeline sorts on dates as it would on a news feed.
    days = random.Random(7)
    for copy in range(copies):
        for document in graph.documents:
            date = dt.date(2016, 1, 1) + dt.timedelta(days=days.randrange(366))
            documents.append(dataclasses.replace(document, id=f"{document.id}-{copy}", date=date))
        for event in graph.events:
            name = f"{event.document}-{copy}"
            evidence = dataclasses.replace(event.evidence, document=name)
            events.append(dataclasses.replace(event, document=name, evidence=evidence))
    # The names actor-timeline finds an actor by (a label, an alias, or the text of
    # an argument linked to no entity), with the rows each name gives.
    names_of = {e.id: (e.label, *e.aliases) for e in graph.entities}
    rows: Counter[str] = Counter()
    for event in graph.events:
        for argument in (event.actor, event.target, event.source):
            if argument is not None:
                found = names_of.get(argument.entity or "", (argument.text,))
                rows.update(dict.fromkeys(found, copies))
    ranked = sorted((n, name) for name, n in rows.items())
    return documents, list(graph.entities), events, ranked


#: Actors whose timelines are timed, spread evenly over the ranking by events.
SPREAD = 21


def real_queries(copies: int, runs: int, against: str | None = None) -> list[str]:
    """Canned queries on ``copies`` copies of the real RAMS build, as a store."""
    documents, entities, events, ranked = real_shaped(copies)
    busiest, median = ranked[-1][1], ranked[len(ranked) // 2][1]
    actors = {f"busiest actor, {busiest}": busiest, f"median actor, {median}": median}
    spread = [ranked[round(i * (len(ranked) - 1) / (SPREAD - 1))] for i in range(SPREAD)]
    with tempfile.TemporaryDirectory(prefix="kg-bench-real-") as folder:
        nquads = Path(folder) / f"rams-x{copies}.nq"
        found = rdf.quads(documents, entities, events)
        nquads.write_text(rdf.serialize_quads(found, "nquads"), "utf-8")
        figures = sum(len(event.figures) for event in events)
        units = len({f.unit for event in events for f in event.figures})
        lines = only_queries(
            nquads, actors, runs, spread=[label for _, label in spread], against=against
        )
    return [
        f"Graph: the 871 RAMS test passages built by kg, {copies} times under new document"
        f" ids: {len(documents):,} documents, {len(events):,} events, {len(entities):,}"
        f" entities, {figures:,} figures in {units} units; {len(ranked):,} names to look an"
        " actor up by (labels, aliases, and the text of arguments linked to no entity).",
        "",
        *lines,
    ]


def write_section(path: Path, body: str, section: str = SECTION) -> None:
    """Replace (or append) the section "## {section}", leaving the others."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    heading = f"## {section}"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    section = f"{heading}\n\n{body.rstrip()}\n\n"
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text.rstrip() + "\n", "utf-8")


def write_canned(path: Path, body: str) -> None:
    """Replace the canned-query paragraph and table of the RDF section (and a
    side-by-side table after it, from ``--against``), leaving the rest."""
    text = path.read_text("utf-8")
    pattern = re.compile(
        rf"^(?:Command: [^\n]*--only-queries[^\n]*\n\n(?:Store: [^\n]*\n\n)?)?"
        rf"{re.escape(CANNED_HEADING)}.*?\n\n(?:\|[^\n]*\n)+"
        r"(?:\nSide by side with [^\n]*\n\n(?:\|[^\n]*\n)+)?",
        re.DOTALL | re.MULTILINE,
    )
    if not pattern.search(text):
        raise SystemExit(f"no canned-query table in {path}: run the whole bench first")
    path.write_text(pattern.sub(lambda _: body.rstrip() + "\n", text, count=1), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=42_000, help="events (~23 triples each)")
    parser.add_argument("--entities", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5, help="runs for the fast measurements")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--nquads",
        type=Path,
        help="with --only-queries: an N-Quads file of the bench's graph (written if missing)",
    )
    parser.add_argument(
        "--only-queries",
        action="store_true",
        help="time only the canned queries, on a store loaded from --nquads (no rdflib part)",
    )
    parser.add_argument(
        "--real",
        type=int,
        metavar="COPIES",
        help="time only the canned queries, on COPIES copies of kg's build of the RAMS passages",
    )
    parser.add_argument(
        "--against",
        metavar="REVISION",
        help="with --real or --only-queries: time the canned queries that differ at this git"
        " revision side by side with today's",
    )
    parser.add_argument(
        "--only-export",
        action="store_true",
        help="time only records -> Turtle (what kg build writes) and print it",
    )
    args = parser.parse_args()
    if args.against:
        known = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{args.against}^{{commit}}"],
            cwd=ROOT,
            capture_output=True,
        )
        if known.returncode != 0:
            parser.error(f"--against {args.against}: no such git revision")
    import pyoxigraph
    import rdflib

    load_before = _load()
    if args.only_export:
        documents, entities, events = synthetic(args.events, args.entities)
        triples = len(rdf.quads(documents, entities, events))
        total, to_quads, to_text = time_export(documents, entities, events, args.runs)
        found = rdf.quads(documents, entities, events)
        jsonld, _ = timed(lambda: rdf.serialize_quads(found, "json-ld"), args.runs)
        # The way kg wrote JSON-LD before it had its own writer, timed once.
        rdflib_jsonld, _ = timed(
            lambda: rdf.from_quads(found).serialize(
                format="json-ld", context=rdf.jsonld_context(), indent=2
            )
        )
        print(
            f"{triples:,} triples: records -> Turtle {total:.2f} s (quads {to_quads:.2f} s,"
            f" Turtle text {to_text:.2f} s), median of {args.runs}; quads -> JSON-LD"
            f" {jsonld:.2f} s (median of {args.runs}), with rdflib's writer {rdflib_jsonld:.1f} s;"
            f" load average {load_before:.1f} before, {_load():.1f} after"
        )
        return
    if args.real:
        lines = real_queries(args.real, args.runs, args.against)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        command = f"python bench/bench_rdf.py --real {args.real}" + (
            f" --runs {args.runs}" if args.runs != 5 else ""
        )
        command += f" --against {args.against}" if args.against else ""
        body = "\n".join(
            [
                f"Command: `{command}` ({stamp}; pyoxigraph {pyoxigraph.__version__},"
                f" {_cpus()} CPUs, load average {load_before:.1f} before and {_load():.1f} after).",
                "",
                *lines,
            ]
        )
        print(body)
        if not args.no_write:
            write_section(args.out, body, REAL_HEADING)
            print(f"\nwrote the section to {args.out}", file=sys.stderr)
        return
    if args.only_queries:
        if args.nquads is None:
            parser.error("--only-queries needs --nquads FILE")
        if not args.nquads.exists():  # the bench's graph, written once
            args.nquads.write_text(
                rdf.serialize_quads(rdf.quads(*synthetic(args.events, args.entities)), "nquads"),
                "utf-8",
            )
        # The bench's synthetic() names first: entities come before any event.
        lines = only_queries(
            args.nquads,
            _first_actor(synthetic(0, args.entities)[1]),
            args.runs,
            against=args.against,
        )
        command = f"python bench/bench_rdf.py --nquads {args.nquads.name} --only-queries" + (
            f" --runs {args.runs}" if args.runs != 5 else ""
        )
        command += f" --against {args.against}" if args.against else ""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        note = (
            f"Command: `{command}` ({stamp}; pyoxigraph {pyoxigraph.__version__}, {_cpus()} CPUs,"
            f" load average {load_before:.1f} before and {_load():.1f} after)."
        )
        body = "\n".join([note, "", *lines])
        print(body)
        if not args.no_write:
            write_canned(args.out, body)
            print(f"\nwrote the canned-query table to {args.out}", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="kg-bench-rdf-") as folder:
        lines, _ = run(args.events, args.entities, args.runs, Path(folder))
    command = "python bench/bench_rdf.py" + (
        f" --events {args.events} --entities {args.entities} --runs {args.runs}"
        if (args.events, args.entities, args.runs) != (42_000, 5_000, 5)
        else ""
    )
    header = [
        f"Command: `{command}` ({dt.date.today().isoformat()}; Python "
        f"{platform.python_version()}, rdflib {rdflib.__version__}, pyoxigraph "
        f"{pyoxigraph.__version__}, {platform.machine()}, {_cpus()} CPUs, load average "
        f"{load_before:.1f} before and {_load():.1f} after the run). "
        "Loads and serializations run once, the Oxigraph join and the canned queries "
        f"{args.runs} times (median). Absolute times depend on the machine's load; "
        "compare within a row.",
        "",
    ]
    body = "\n".join(header + lines)
    print(body)
    if not args.no_write:
        write_section(args.out, body)
        print(f"\nwrote the section to {args.out}", file=sys.stderr)


def _load() -> float:
    import os

    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    main()
