"""The end step of a store build on a store already built: peak memory and CPU.

Run by hand, never in the test suite::

    python bench/bench_end_step.py STORE --step summary
    python bench/bench_end_step.py STORE --step happenings --tree OLD_CHECKOUT

The last transaction of ``kg build --store`` makes the summary and happenings
graphs from everything the store holds (``kg/store/local.py``). This runs one
of the two on STORE, opened read only (nothing is written), in a child process
whose resident memory is sampled every 0.2 s from /proc, and prints its CPU
seconds and peak; past ``--limit`` GiB the child is stopped and the run says so.
``--tree`` runs another checkout's kg (an older commit, side by side).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import resource, sys, time
import pyoxigraph as ox
from kg.namespace import DEFAULT_BASE
from kg.store import local
store = ox.Store.read_only(sys.argv[1])
step = sys.argv[2]
started = time.process_time()
if step == "summary":
    update = local._summary_update(store, [], DEFAULT_BASE)
else:
    update = local._happenings_update(store, [], DEFAULT_BASE)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{step}: {time.process_time() - started:.0f} CPU s, peak {peak:.0f} MB,"
      f" an update of {len(update)} characters", flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--step", choices=["summary", "happenings"], required=True)
    parser.add_argument("--tree", type=Path, default=ROOT, help="a checkout of kg to run")
    parser.add_argument("--limit", type=float, default=8.0, help="GiB at which to stop it")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.tree)}
    command = [sys.executable, "-c", CHILD, str(args.store.resolve()), args.step]
    started = time.perf_counter()
    # Run in the tree: "python -c" puts the working folder first on the path,
    # before PYTHONPATH, so a run from another checkout would import that one.
    child = subprocess.Popen(command, env=env, cwd=args.tree)
    peak = 0
    while child.poll() is None:
        try:
            with open(f"/proc/{child.pid}/statm", encoding="ascii") as handle:
                peak = max(peak, int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE"))
        except OSError:
            break
        if peak > args.limit * 2**30:
            child.kill()
            child.wait()
            print(f"{args.step}: passed {args.limit:g} GiB; stopped")
            break
        time.sleep(0.2)
    print(
        f"{args.step}: wall {time.perf_counter() - started:.0f} s, sampled peak"
        f" {peak / 2**20:.0f} MB, exit {child.returncode}, load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
