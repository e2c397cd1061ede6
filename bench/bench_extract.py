"""CPU seconds of kg.extract alone on parsed Docs, optionally against another checkout.

Each tree runs in a child process of its own: it parses the first 250 ECB+ articles
once with its own pipeline, keeps the Docs, then times ``kg.extract`` over all of them
once per round when asked. The trees take turns round by round (the order flips every
round), so both are timed in the same conditions; the parse is not timed. Before
timing, the children compare a digest of every record, so a speed change that alters
an extraction shows at once.

    python bench/bench_extract.py --rounds 7
    python bench/bench_extract.py --rounds 7 --compare ../old-checkout
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ECB = REPO.parent / "shared" / "data" / "train" / "ecbplus_train.jsonl.gz"  # as bench_build


def child(tree: Path, corpus: Path, count: int) -> None:
    """Parse once, then answer ``round`` (CPU seconds) and ``digest`` lines from stdin."""
    sys.path.insert(0, str(tree))
    import kg
    from kg.extract import extract
    from kg.inputs import parse_date
    from kg.model import Document
    from kg.pipeline import DEFAULT_MODEL, load_pipeline

    if not Path(kg.__file__).resolve().is_relative_to(tree):
        raise SystemExit(f"kg imported from {kg.__file__}, not from {tree}")
    documents = []  # as bench_build.ecb_documents reads them
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in itertools.islice(lines, count):
            record = json.loads(line)
            date = parse_date(record["date"]) if record.get("date") else None
            documents.append(Document(id=record["id"], text=record["text"], date=date))
    nlp = load_pipeline(DEFAULT_MODEL)
    if any(len(d.text) > nlp.max_length for d in documents):
        raise SystemExit("a document is longer than the model's max_length")
    parsed = list(nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=32))
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "round":
            start = time.process_time()
            for doc, document in parsed:
                extract(doc, document)
            print(time.process_time() - start, flush=True)
        elif line.strip() == "digest":
            digest = hashlib.sha256()
            for doc, document in parsed:
                digest.update(repr(extract(doc, document)).encode())
            print(digest.hexdigest(), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--documents", type=int, default=250)
    parser.add_argument("--compare", type=Path, help="another checkout of kg, timed in turn")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not ECB.exists():
        raise SystemExit(f"{ECB} is missing: the ECB+ articles come with ../shared/data")
    if args.child is not None:
        child(args.child.resolve(), ECB, args.documents)
        return
    trees = [REPO] + ([args.compare.resolve()] if args.compare else [])
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONHASHSEED": "0"}
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", str(tree), "--documents", str(args.documents)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for tree in trees
    ]

    def ask(process: subprocess.Popen[str], command: str) -> str:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(command + "\n")
        process.stdin.flush()
        return process.stdout.readline().strip()

    for process in children:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise SystemExit("a child process failed to parse the documents")
    digests = [ask(process, "digest") for process in children]
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    if len(children) > 1:
        print("same records:", "yes" if len(set(digests)) == 1 else "NO")
    seconds: list[list[float]] = [[] for _ in children]
    for round_ in range(args.rounds):
        order = range(len(children)) if round_ % 2 == 0 else reversed(range(len(children)))
        for index in order:
            seconds[index].append(float(ask(children[index], "round")))
    for tree, times in zip(trees, seconds, strict=True):
        rounds = " ".join(f"{t:.2f}" for t in times)
        print(f"{tree}: median {statistics.median(times):.3f} CPU s (rounds: {rounds})")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    for process in children:
        assert process.stdin is not None
        process.stdin.close()
        process.wait()


if __name__ == "__main__":
    main()
