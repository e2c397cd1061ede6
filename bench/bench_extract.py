"""CPU seconds of kg.extract alone on parsed Docs, optionally against another checkout.

Each tree runs in a child process of its own: it parses the first 250 ECB+ articles
once with its own pipeline, keeps the Docs, then times ``kg.extract`` over all of them
once per round when asked. The trees take turns round by round (the order flips every
round), so both are timed in the same conditions; the parse is not timed. Before
timing, the children compare a digest of every record, so a speed change that alters
an extraction shows at once.

    python bench/bench_extract.py --rounds 7
    python bench/bench_extract.py --rounds 7 --compare ../old-checkout
    python bench/bench_extract.py --corpus rams --rounds 3 --compare ../old-checkout
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
import tempfile
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
    with (gzip.open if corpus.suffix == ".gz" else open)(corpus, "rt", encoding="utf-8") as lines:
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


def _rams_and_wikievents(path: Path) -> Path:
    """Write the RAMS test passages and WikiEvents dev documents to ``path`` (JSON lines)."""
    sys.path.insert(0, str(REPO / "bench"))
    import eval_rams
    import eval_wikievents

    with path.open("w", encoding="utf-8") as out:
        for passage in eval_rams.read_passages(eval_rams.DEFAULT_RAMS):
            out.write(json.dumps({"id": passage.key, "text": passage.text}) + "\n")
        for document in eval_wikievents.read_documents(eval_wikievents.DEFAULT_PATH):
            out.write(json.dumps({"id": document.id, "text": document.text}) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--documents", type=int, default=250)
    parser.add_argument("--compare", type=Path, help="another checkout of kg, timed in turn")
    parser.add_argument(
        "--corpus",
        choices=["ecb", "rams"],
        default="ecb",
        help="ecb: the first ECB+ articles; rams: the RAMS test passages and the WikiEvents "
        "dev documents, as bench/eval_rams.py and bench/eval_wikievents.py read them",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child.resolve(), args.texts, args.documents)
        return
    texts = ECB
    scratch = tempfile.TemporaryDirectory()  # removed at the end
    if args.corpus == "rams":
        texts = _rams_and_wikievents(Path(scratch.name) / "texts.jsonl")
        args.documents = 10**9
    if not texts.exists():
        raise SystemExit(f"{texts} is missing: the texts come with ../shared/data")
    trees = [REPO] + ([args.compare.resolve()] if args.compare else [])
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONHASHSEED": "0"}
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", str(tree), "--texts", str(texts)]
            + ["--documents", str(args.documents)],
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
    scratch.cleanup()


if __name__ == "__main__":
    main()
