"""Web archives: pages per second read against pages per second parsed, and memory.

Writes web archives (into a scratch folder, never the repository) from the saved
news pages in ``../shared/data/news_pages/``, then measures, side by side:

* read: :func:`kg.read.warc.read_warc` alone (stream, decode, trafilatura, dates);
* parse: kg's extraction (spaCy and kg's extractor, one process) of the same documents;
* build: ``kg.build`` of the archive with ``--workers`` (read + parse + resolve);
* memory: the peak resident memory of reading a large archive (``--big-mb``, made of
  the same pages copied under other URLs, so its records must all be read and
  hashed, while only the distinct pages are extracted) against a small one;
* the streaming read of a large archive (``--stream-mb``), every record a page of its
  own (its URL and its bytes made distinct, so no duplicate is skipped): what
  ``kg build ARCHIVE`` reads before the parse (the archive record by record, the
  article and metadata of each page, its language, the duplicate checks), in a
  process of its own, its resident memory sampled every quarter second and read
  off at each tenth of the records, with pages per second;
* a whole build of a large archive (``--build-mb``): ``kg build ARCHIVE --store`` in a
  process of its own, its resident memory and its workers' sampled every half
  second, against the same build of an archive an eighth of the size. Every
  ``--distinct-every``-th record is a page of its own (a copy made distinct by a
  comment, under its own URL), parsed and written to the store; the others repeat
  an earlier page's content under a new URL, so they are read and hashed and
  skipped as duplicates. Both archives hold the same share of distinct pages.

    python bench/bench_warc.py --copies 3 --scratch /tmp/kg-warc
    python bench/bench_warc.py --big-mb 1024 --scratch /tmp/kg-warc   # the 1 GB archive
    python bench/bench_warc.py --stream-mb 1024                       # read all of 1 GB, memory
    python bench/bench_warc.py --build-mb 1024 --distinct-every 10 --workers 2
    python bench/bench_warc.py --build-mb 128 --distinct-every 1 --workers 2   # all distinct
    python bench/bench_warc.py --store-phases STORE/.kg-extractions.jsonl --per-transaction 25

``--store-phases`` replays the end of such a build alone: the store writing of a
store's record (its extractions; no parse), into a scratch store, with the resident
memory of this process sampled every 20 ms and labelled by the step it is in
(resolving, the quads, each transaction's update text, the summary, the happenings).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import resource
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "data" / "news_pages"


def record(url: str, body: bytes, date: str = "2024-03-05T10:00:00Z") -> bytes:
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=1)


def pages() -> list[tuple[str, bytes]]:
    rows = [json.loads(line) for line in (DATA / "pages.jsonl").open(encoding="utf-8")]
    return [(row["url"], gzip.open(DATA / row["file"]).read()) for row in rows]


def write_distinct(path: Path, copies: int) -> int:
    """Every page ``copies`` times, each copy distinct (another URL, a comment added)."""
    count = 0
    with path.open("wb") as out:
        for copy in range(copies):
            for url, body in pages():
                marked = body + f"<!-- copy {copy} -->".encode()
                out.write(record(f"{url}#copy{copy}", marked))
                count += 1
    return count


def write_big(path: Path, megabytes: int) -> int:
    """About ``megabytes`` MB of records: the 31 pages, then copies of them under new URLs."""
    count, size = 0, 0
    everything = pages()
    with path.open("wb") as out:
        while size < megabytes * 1_000_000:
            for url, body in everything:
                out.write(record(f"{url}#{count}", body))
                count += 1
                size += len(body)
    return count


def write_mixed(path: Path, megabytes: int, distinct_every: int) -> tuple[int, int]:
    """About ``megabytes`` MB of records, every ``distinct_every``-th a distinct page.

    Returns the number of records and of distinct pages (the marked ones, and the
    first copy of each page that is not marked).
    """
    count = size = 0
    seen: set[bytes] = set()
    everything = pages()
    with path.open("wb") as out:
        while size < megabytes * 1_000_000:
            for url, body in everything:
                if count % distinct_every == 0:
                    body = body + f"<!-- record {count} -->".encode()
                seen.add(hashlib.sha1(body).digest())
                out.write(record(f"{url}#{count}", body))
                count += 1
                size += len(body)
    return count, len(seen)


def _records(path: Path) -> Iterator[bytes]:
    """The target URIs of ``path``'s response records (FastWARC, headers only)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with path.open("rb") as stream:
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=False)
        for found in records:
            yield (found.headers.get("WARC-Target-URI") or "").encode()


def tree_rss_mb(root: int) -> float:
    """Resident memory (MB) of process ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            status = (Path("/proc") / str(pid) / "status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def build_memory(path: Path, workers: int, scratch: Path) -> dict[str, float]:
    """``kg build path --store`` in a process of its own: wall time, peak and samples of RSS."""
    import shutil

    store = scratch / f"store-{path.stem}"
    shutil.rmtree(store, ignore_errors=True)
    command = [sys.executable, "-m", "kg", "build", str(path), "--store", str(store)]
    command += ["--workers", str(workers), "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[float, float]] = []
    while process.poll() is None:
        samples.append((time.perf_counter() - started, tree_rss_mb(process.pid)))
        time.sleep(0.5)
    wall = time.perf_counter() - started
    errors = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"kg build failed ({process.returncode}): {errors[-2000:]}")
    peak = max(rss for _, rss in samples)
    # the resident memory at each tenth of the run, to show whether it grows
    tenths = [max((r for t, r in samples if t <= wall * k / 10), default=0.0) for k in range(1, 11)]
    print(
        f"  {path.name}: built in {wall:.0f} s, peak {peak:.0f} MB (command and workers);"
        f" peak so far at each tenth: {', '.join(f'{r:.0f}' for r in tenths)}",
        file=sys.stderr,
    )
    return {"wall": wall, "peak": peak}


def peak_read_mb(path: Path) -> float:
    """Peak resident memory (MB) of a fresh process that reads every page of ``path``.

    Linux carries ``ru_maxrss`` over fork and exec (the child would report this
    process's peak), so the child reads its own high-water mark, VmHWM.
    """
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
        "import logging; logging.disable(logging.WARNING);"
        "from kg.read.warc import read_warc;"
        "n = sum(1 for _ in read_warc(Path(sys.argv[1])));"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0];"
        "print(n, int(hwm.split()[1]) / 1024)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(REPO)],
        capture_output=True,
        text=True,
        check=True,
    )
    read, peak = done.stdout.split()
    print(f"  {path.name}: {read} pages read, peak {float(peak):.0f} MB", file=sys.stderr)
    return float(peak)


def store_phases(record_path: Path, per_transaction: int | None, scratch: Path) -> None:
    """The peak resident memory of each step of writing ``record_path``'s documents to a store."""
    import functools
    import tempfile
    import threading

    import kg.rdf
    import kg.store.local as local
    from kg import _records as records
    from kg.namespace import DEFAULT_BASE
    from kg.outputs.store_build import _write_store
    from kg.store import Store

    peaks: dict[str, float] = {}
    step = ["reading the record"]
    sizes: list[int] = []

    def resident_mb() -> float:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def sample() -> None:
        while True:
            peaks[step[0]] = max(peaks.get(step[0], 0.0), resident_mb())
            time.sleep(0.02)

    def labelled(owner: object, name: str, label: str) -> None:
        work = getattr(owner, name)

        @functools.wraps(work)
        def timed(*args: object, **kwargs: object) -> object:
            outer, step[0] = step[0], label
            peaks.setdefault(label, 0.0)
            try:
                found = work(*args, **kwargs)
                if name == "_replace_update":
                    sizes.append(len(found))
                return found
            finally:
                peaks[label] = max(peaks[label], resident_mb())
                step[0] = outer

        setattr(owner, name, timed)

    labelled(kg.rdf, "quads", "the quads of a batch")
    labelled(local.Store, "add", "a transaction (Store.add)")
    labelled(local, "_replace_update", "its update text")
    labelled(local, "_summary_update", "the summary")
    labelled(local, "_happenings_update", "the happenings")
    threading.Thread(target=sample, daemon=True).start()
    with record_path.open(encoding="utf-8") as lines:
        corpus = list(records.load_lines(lines, where=str(record_path)))
    step[0] = "resolving, holding a batch"
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        started = time.process_time()
        built = _write_store(
            Store(folder), iter(corpus), DEFAULT_BASE, per_transaction, merge=False
        )
        took = time.process_time() - started
    step[0] = "done"
    print(
        f"{built.documents} documents, {built.events} events, {built.triples} triples;"
        f" {per_transaction or 'default'} a transaction; {took:.0f} CPU s"
    )
    print("update text a transaction (MB): " + ", ".join(f"{n / 1e6:.1f}" for n in sizes))
    for label, peak in peaks.items():
        print(f"  {label:32} peak resident {peak:7.0f} MB")


_STREAM_CHILD = """
import logging, sys, threading, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
logging.disable(logging.WARNING)
from kg.inputs import read_documents

def resident():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

samples = []
done = [0]
def sample():
    while True:
        samples.append((done[0], resident()))
        time.sleep(0.25)

threading.Thread(target=sample, daemon=True).start()
wall, cpu = time.perf_counter(), time.process_time()
for document in read_documents([Path(sys.argv[1])]):
    done[0] += 1
    if done[0] % 100 == 0:  # progress, so that a run cut short still tells its story
        print(f"  {done[0]} pages: resident {resident():.0f} MB,"
              f" {time.process_time() - cpu:.0f} CPU s", file=sys.stderr, flush=True)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
samples.append((done[0], resident()))
total = done[0]
tenths = [max((r for n, r in samples if n <= total * k / 10), default=0.0) for k in range(1, 11)]
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(total, wall, cpu, int(hwm) / 1024, " ".join(f"{r:.0f}" for r in tenths))
"""


def stream_memory(path: Path) -> None:
    """Read every page of ``path`` as ``kg build`` does before the parse, in a process apart."""
    sys.stdout.flush()
    done = subprocess.run(  # its progress goes straight to this one's stderr
        [sys.executable, "-c", _STREAM_CHILD, str(path), str(REPO)],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"reading {path} failed ({done.returncode})")
    count, wall, cpu, peak, tenths = done.stdout.split(maxsplit=4)
    print(
        f"  {path.name}: {count} pages read in {float(wall):.0f} s wall, {float(cpu):.0f} CPU s"
        f" ({int(count) / float(wall):.1f} pages/s wall, {int(count) / float(cpu):.1f} a CPU"
        f" second); peak resident {float(peak):.0f} MB"
    )
    print(f"  resident memory (MB), highest up to each tenth of the pages: {tenths.strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/kg-warc"))
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--big-mb", type=int, default=0, help="also measure memory on this size")
    parser.add_argument(
        "--build-mb", type=int, default=0, help="only: kg build's memory on this size and an eighth"
    )
    parser.add_argument("--distinct-every", type=int, default=10)
    parser.add_argument(
        "--stream-mb", type=int, default=0, help="only: read an archive of this size, all distinct"
    )
    parser.add_argument(
        "--store-phases", type=Path, help="only: a store's record, written again step by step"
    )
    parser.add_argument("--per-transaction", type=int, help="documents a transaction there")
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    if args.store_phases:
        store_phases(args.store_phases, args.per_transaction, args.scratch)
        return
    if args.stream_mb:
        archive = args.scratch / f"stream-{args.stream_mb}.warc.gz"
        if not archive.exists():  # written once: it takes minutes
            write_mixed(archive, args.stream_mb, 1)
        records = distinct = sum(1 for _ in _records(archive))
        size = archive.stat().st_size / 1e6
        print(
            f"stream: {args.stream_mb} MB of pages in {records} records ({size:.0f} MB gzipped),"
            f" {distinct} distinct pages"
        )
        stream_memory(archive)
        return
    if args.build_mb:
        sizes = {"small": max(args.build_mb // 8, 1), "big": args.build_mb}
        for name, megabytes in sizes.items():
            archive = args.scratch / f"build-{name}.warc.gz"
            records, distinct = write_mixed(archive, megabytes, args.distinct_every)
            size = archive.stat().st_size / 1e6
            print(
                f"{name}: {megabytes} MB of pages in {records} records ({size:.0f} MB gzipped),"
                f" {distinct} distinct pages"
            )
            figures = build_memory(archive, args.workers, args.scratch)
            print(f"  kg build --store: {figures['wall']:.0f} s, peak {figures['peak']:.0f} MB")
        return
    import logging

    logging.disable(logging.WARNING)

    import kg
    from kg.parallel import extract_with
    from kg.pipeline import load_pipeline
    from kg.read.warc import read_warc

    archive = args.scratch / "distinct.warc.gz"
    count = write_distinct(archive, args.copies)
    nlp = load_pipeline()
    list(read_warc(archive))  # warm-up: imports, the language model, file cache

    started = time.perf_counter()
    documents = list(read_warc(archive))
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    for _ in extract_with(nlp, documents):
        pass
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    graph = kg.build([archive], workers=args.workers)
    build_s = time.perf_counter() - started
    words = sum(len(d.text.split()) for d in documents)
    print(f"archive: {count} records, {len(documents)} pages, {words:,} words")
    print(f"read  (read_warc alone):        {len(documents) / read_s:7.1f} pages/s")
    print(f"parse (extraction, 1 process):  {len(documents) / parse_s:7.1f} pages/s")
    built = len(graph.documents) / build_s
    print(f"build (--workers {args.workers}):             {built:7.1f} pages/s")
    print(f"reading costs {read_s / parse_s:.1%} of parsing")
    if args.big_mb:
        big = args.scratch / "big.warc.gz"
        records = write_big(big, args.big_mb)
        size = big.stat().st_size / 1e6
        print(f"big archive: {records} records, {args.big_mb} MB of pages ({size:.0f} MB gzipped)")
        small_peak = peak_read_mb(archive)
        big_peak = peak_read_mb(big)
        print(f"peak memory reading: {small_peak:.0f} MB (small) vs {big_peak:.0f} MB (big)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process peaked at {peak:.0f} MB)")


if __name__ == "__main__":
    main()
