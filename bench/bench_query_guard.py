"""What the query guard costs: each canned query with and without it, side by side.

Run by hand, never in the test suite::

    python bench/bench_query_guard.py --events 20000 --runs 15

The guard (kg.store.sparql._run) scans the query for its length and nesting
and runs the engine in a thread with a large stack (kg._threads.run_guarded).
This times each canned query on one store kept open, as ``Reader.query`` runs
it (guarded), and the same steps without the guard (the engine called
directly on the caller's thread), alternating the two, and prints the medians
and their ratio. The graph is bench_rdf.py's synthetic one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_rdf import synthetic  # noqa: E402

from kg import rdf  # noqa: E402
from kg.cli.query import CANNED_TABLE_LIMIT  # noqa: E402
from kg.store import Store, canned_queries  # noqa: E402
from kg.store.sparql import _check_service, _cut, _run_engine, _with_limit  # noqa: E402


def unguarded(reader: object, text: str, bindings: dict[str, str] | None) -> object:
    """Reader.query's steps as they were before the guard."""
    _check_service(text, allow_service=False)
    store = reader._open_store()  # type: ignore[attr-defined]
    limited, cut = _with_limit(text, CANNED_TABLE_LIMIT)
    return _cut(_run_engine(store, limited, bindings), cut)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--entities", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    documents, entities, events = synthetic(args.events, args.entities)
    counts: dict[str, int] = {}
    for event in events:
        if event.actor is not None and event.actor.entity is not None:
            counts[event.actor.entity] = counts.get(event.actor.entity, 0) + 1
    busiest = max(counts, key=counts.__getitem__)
    label = next(e.label for e in entities if e.id == busiest)
    quads = rdf.quads(documents, entities, events)
    totals = {"guarded": 0.0, "unguarded": 0.0}
    with tempfile.TemporaryDirectory(prefix="kg-bench-guard-") as folder:
        store = Store(Path(folder) / "store")
        store.add(quads)
        print(f"{len(store):,} triples; runs {args.runs}, alternating; medians in ms")
        print("| canned query | guarded | unguarded | ratio |")
        print("|---|---:|---:|---:|")
        with store.reading() as reader:
            for name, canned in canned_queries().items():
                bindings = {"actor": label} if name == "actor-timeline" else None
                text = canned.text
                ways = {
                    "guarded": lambda t=text, b=bindings: reader.query(
                        t, bindings=b, limit=CANNED_TABLE_LIMIT
                    ),
                    "unguarded": lambda t=text, b=bindings: unguarded(reader, t, b),
                }
                times: dict[str, list[float]] = {way: [] for way in ways}
                for way in ways.values():
                    way()  # warm-up
                for _ in range(args.runs):
                    for way, run in ways.items():
                        started = time.perf_counter()
                        run()
                        times[way].append(time.perf_counter() - started)
                medians = {way: statistics.median(found) for way, found in times.items()}
                for way in totals:
                    totals[way] += medians[way]
                ratio = medians["guarded"] / medians["unguarded"]
                print(
                    f"| {name} | {medians['guarded'] * 1000:.1f} |"
                    f" {medians['unguarded'] * 1000:.1f} | {ratio:.3f} |"
                )
    ratio = totals["guarded"] / totals["unguarded"]
    print(
        f"| all, summed | {totals['guarded'] * 1000:.1f} | {totals['unguarded'] * 1000:.1f} |"
        f" {ratio:.3f} |"
    )


if __name__ == "__main__":
    main()
