"""What corroboration costs: kg's graph with and without its happenings, side by side.

Run by hand, never part of the test suite::

    python bench/bench_happenings.py                 # RAMS passages + a dense synthetic graph
    python bench/bench_happenings.py --repeats 7
    python bench/bench_happenings.py --sample-only

The happenings graph (:mod:`kg.rdf.happenings`) is made inside
:func:`kg.rdf.quads`, which every ``kg build`` calls once to write its files.
Each corpus is built once; then, in turn for ``--repeats`` rounds, the same
records go through ``quads()`` as kg runs it and through ``quads()`` with the
happenings left out (the one call replaced by an empty list). Reported: the
median CPU seconds of each (CPU time, since this machine is shared), their
ratio, and the happenings' cost against the build itself (``kg.build`` with
one worker, CPU seconds of the same process, median of the rounds too).

Corpora: the sample articles (``data/articles``), the 871 RAMS test passages
(``../shared/data/rams``, real news, read and never copied), and
``bench_rdf.synthetic`` with every event given a class (many events per place,
the worst case for the rules; it has no names mentioned, so no stories). The
graphs are written with their documents' mentions, as ``kg build`` writes them.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

RAMS = REPO.parent / "shared" / "data" / "rams" / "test.jsonlines"


def cpu(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def side_by_side(name: str, graph: Any, repeats: int, build: Callable[[], object] | None) -> None:
    import kg.rdf.mapping as mapping

    real = mapping.happening_quads

    def with_happenings() -> object:
        return mapping.quads(graph.documents, graph.entities, graph.events, mentions=graph.mentions)

    def without() -> object:
        mapping.happening_quads = lambda quads, base="": []  # type: ignore[assignment]
        try:
            return mapping.quads(
                graph.documents, graph.entities, graph.events, mentions=graph.mentions
            )
        finally:
            mapping.happening_quads = real

    runs: dict[str, list[float]] = {"with": [], "without": [], "build": []}
    with_happenings()  # warm
    for _ in range(repeats):
        runs["without"].append(cpu(without))
        runs["with"].append(cpu(with_happenings))
        if build is not None:
            runs["build"].append(cpu(build))
    found = with_happenings()
    count = sum(1 for q in found if q.graph_name.value.endswith("graph/happenings"))  # type: ignore[attr-defined]
    on, off = statistics.median(runs["with"]), statistics.median(runs["without"])
    print(f"{name}: {len(graph.events):,} events, {count:,} happening quads")
    print(f"  quads() without happenings  {off:8.3f} CPU s")
    print(f"  quads() with happenings     {on:8.3f} CPU s   ({on / off:.2f}x)")
    if runs["build"]:
        whole = statistics.median(runs["build"])
        print(f"  kg.build, 1 worker          {whole:8.3f} CPU s")
        print(f"  happenings: +{on - off:.3f} s = {100 * (on - off) / whole:.1f} % of the build")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--synthetic", type=int, default=40_000, help="events (0: skip)")
    parser.add_argument("--sample-only", action="store_true", help="the sample articles alone")
    args = parser.parse_args()
    from bench_build import rams_documents
    from bench_rdf import synthetic

    import kg
    from kg.event_types import EVENT_TYPES
    from kg.graph import KnowledgeGraph

    documents = rams_documents(RAMS)
    kg.build(documents[:5], workers=1)  # load the model before any clock starts
    sample = [REPO / "data" / "articles"]
    side_by_side(
        "sample articles (data/articles)",
        kg.build(sample, workers=1),  # type: ignore[arg-type]
        args.repeats,
        lambda: kg.build(sample, workers=1),  # type: ignore[arg-type]
    )
    if args.sample_only:
        return
    graph = kg.build(documents, workers=1)
    side_by_side(
        f"RAMS test, {len(documents)} passages",
        graph,
        args.repeats,
        lambda: kg.build(documents, workers=1),
    )
    if args.synthetic:
        docs, entities, events = synthetic(args.synthetic, args.synthetic // 10)
        rng = random.Random(3)
        names = sorted(EVENT_TYPES)
        events = [dataclasses.replace(e, event_type=rng.choice(names)) for e in events]
        dense = KnowledgeGraph(tuple(docs), tuple(entities), tuple(events))
        side_by_side("synthetic, every event typed", dense, args.repeats, None)


if __name__ == "__main__":
    main()
