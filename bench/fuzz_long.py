"""The long fuzz run: many generated documents through kg.build, export, parse back, SHACL.

The same property as ``tests/test_fuzz.py`` (which runs 25 cases in the suite),
run by hand for as many cases as you like::

    python bench/fuzz_long.py                 # 1000 cases
    python bench/fuzz_long.py -n 5000 --seed 7

It prints how many cases ran, how many documents were built, events and
triples checked, and the time taken; on a failure, Hypothesis shrinks it and
prints the smallest failing document, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--examples", type=int, default=1000, help="cases to run")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed (repeatable runs)")
    args = parser.parse_args()

    from hypothesis import HealthCheck, given, seed, settings
    from test_fuzz import check, documents

    from kg.pipeline import load_pipeline

    # Warnings about HTML, other languages and empty documents are expected here.
    logging.getLogger("kg").setLevel(logging.ERROR)
    load_pipeline()
    totals: Counter[str] = Counter()

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(document=documents())
    def run(document: object) -> None:
        totals["cases"] += 1
        totals.update(check(document))  # type: ignore[arg-type]

    if args.seed is not None:
        run = seed(args.seed)(run)
    started = time.perf_counter()
    failed = False
    try:
        run()
    except Exception as error:  # report, then exit 1: this is a command-line tool
        failed = True
        print(f"FAILED: {type(error).__name__}: {error}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(
        f"{totals['cases']} cases ran ({totals['documents']} documents built, "
        f"{totals['events']} events, {totals['triples']} triples checked) in {seconds:.0f} s"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
