"""One long document: the build's time and peak memory (all its processes) as it grows.

Run by hand, never in the test suite::

    python bench/bench_long.py --mb 10 --mb 50 --workers 2
    python bench/bench_long.py --mb 10 --mb 50 --workers 2 --interrupt-after 600

The text is kg's own sample articles (data/articles) repeated, paragraphs
renumbered so that no two are the same, until it holds the wanted number of
megabytes: one ``.txt`` file, one document. Each size is built by a real
``python -m kg build`` (``--store``, the path whose memory does not grow with
the corpus, or ``--out`` with --mode out: more than ``kg._budget.OUT_TEXT_LIMIT``
(3 MB) of text is refused there, so measure a larger one with ``--tree`` an older
checkout), and the resident memory of the
command and all its worker processes together is sampled every 0.2 s from
/proc; the peak of that sum is reported with the wall time, and the peak of the
command alone (where a document's records are kept). ``--tree PATH`` builds
with another checkout of kg (an older commit, side by side).

On a machine too slow (or too busy) to finish, ``--interrupt-after S`` presses
Ctrl-C (SIGINT) after S seconds: the run then reports the peak up to then, the
memory at each minute (how it grows), how long the command took to stop after
the signal, and its exit status (130 when it stopped as an interrupt). When the
last worker ended (the parse) is printed too: what follows is the command alone.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def long_text(megabytes: float) -> str:
    """The sample articles, repeated with numbered paragraphs, to ``megabytes`` MB."""
    paragraphs = [
        paragraph.strip()
        for path in sorted((ROOT / "data" / "articles").glob("*.txt"))
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")
        if len(paragraph.split()) > 8
    ]
    wanted = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    number = 0
    while size < wanted:
        paragraph = f"{paragraphs[number % len(paragraphs)]} (Report {number}.)\n\n"
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8"))
        number += 1
    return "".join(parts)


def tree_rss(root: int) -> tuple[int, int, int]:
    """Resident bytes of ``root`` and every process descended from it, of ``root`` alone,
    and how many processes descend from it."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack, count = 0, [root], -1
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        count += 1
        stack.extend(children.get(pid, []))
    return total, rss.get(root, 0), count


@dataclass(frozen=True)
class Run:
    """One build: wall seconds, peak bytes (all, the command alone), exit status,
    bytes at each minute, stop time, and when its last worker ended (the parse)."""

    seconds: float
    peak: int
    parent_peak: int
    status: int
    by_minute: list[int]
    stop_seconds: float | None
    workers_ended: float | None = None


def measure(
    megabytes: float,
    workers: int,
    mode: str,
    folder: Path,
    interrupt_after: float | None,
    tree: Path = ROOT,
) -> Run:
    """One build of a ``megabytes`` MB document, with the kg of the checkout ``tree``."""
    source = folder / f"long-{megabytes:g}mb.txt"
    source.write_text(long_text(megabytes), encoding="utf-8")
    target = ["--store", str(folder / f"store-{megabytes:g}")]
    if mode == "out":
        target = ["--out", str(folder / f"out-{megabytes:g}"), "--no-html"]
    command = [sys.executable, "-m", "kg", "build", str(source), "-j", str(workers), "-q"]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, *target],
        env=env,
        # Its own process group, which Ctrl-C goes to, as from a terminal; and
        # Ctrl-C handled as usual even when this runs in a background job,
        # whose processes inherit SIGINT ignored.
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    peak = parent_peak = 0
    by_minute: list[int] = []
    interrupted_at: float | None = None
    workers_seen = False
    workers_ended: float | None = None
    while process.poll() is None:
        rss, parent, descendants = tree_rss(process.pid)
        peak, parent_peak = max(peak, rss), max(parent_peak, parent)
        elapsed = time.perf_counter() - started
        # The parse ends when the workers do: what follows is the command alone.
        workers_seen = workers_seen or descendants > 0
        if workers_seen and descendants == 0 and workers_ended is None:
            workers_ended = elapsed
        if elapsed >= 60 * (len(by_minute) + 1):
            by_minute.append(rss)
        if interrupt_after is not None and interrupted_at is None and elapsed >= interrupt_after:
            os.killpg(process.pid, signal.SIGINT)
            interrupted_at = time.perf_counter()
        time.sleep(0.2 if interrupted_at is None else 0.01)
    ended = time.perf_counter()
    stop = None if interrupted_at is None else ended - interrupted_at
    return Run(
        ended - started, peak, parent_peak, process.returncode, by_minute, stop, workers_ended
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, action="append", help="sizes (repeatable)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--mode", choices=["store", "out"], default="store")
    parser.add_argument(
        "--interrupt-after", type=float, metavar="S", help="press Ctrl-C after S seconds"
    )
    parser.add_argument(
        "--tree", type=Path, default=ROOT, help="a checkout of kg to build with (default: this one)"
    )
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-long-") as name:
        for megabytes in args.mb or [10.0]:
            run = measure(
                megabytes, args.workers, args.mode, Path(name), args.interrupt_after, args.tree
            )
            minutes = ", ".join(f"{b / 2**30:.2f}" for b in run.by_minute)
            stopped = ""
            if run.stop_seconds is not None:
                stopped = (
                    f" Ctrl-C after {args.interrupt_after:g} s, stopped"
                    f" {run.stop_seconds:.2f} s later;"
                )
            parse = (
                ""
                if run.workers_ended is None
                else f" (workers ended at {run.workers_ended:.0f} s)"
            )
            print(
                f"{megabytes:g} MB, {args.workers} workers, --{args.mode}:"
                f" {run.seconds:.0f} s{parse},"
                f" peak {run.peak / 2**30:.2f} GiB (all processes),"
                f" {run.parent_peak / 2**30:.2f} GiB (the command alone), exit {run.status};"
                + stopped
                + f" GiB at each minute: {minutes or '-'};"
                f" load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
