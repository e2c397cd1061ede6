"""CPU seconds of kg's own spaCy components on ECB+ articles, this tree against another.

    python bench/bench_components.py [--limit 250] [--rounds 3] [--compare TREE]
    python bench/bench_components.py --corpus rams [--rounds 3] [--compare TREE]

Each round starts one fresh process per tree (trees in turn, the order alternating
between rounds). The process loads the pipeline, parses the articles once up to each
of kg's components (``kg_article_layout``, ``kg_line_breaks``, ``kg_token_rules``,
``kg_gazetteer``; not timed) and then times each component alone on fresh copies of
those documents, twice: pass 1 as in a fresh build worker (the components' and the
gazetteer's caches cold), pass 2 warm. The page layout of :mod:`kg.read.hygiene` is
read before each document is timed: in a build the first component to ask pays for
it and the rest read it from its cache, so ``kg_article_layout``'s row is its own
work. The medians of the rounds are printed, and whether the two trees' components
gave the same sentence starts, token attributes and entities.

Quote the load average with the figures: other work on the machine moves them.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ECB = REPO.parent / "shared" / "data" / "train" / "ecbplus_train.jsonl.gz"
COMPONENTS = ("kg_article_layout", "kg_line_breaks", "kg_token_rules", "kg_gazetteer")


def texts(limit: int, corpus: str = "ecb") -> list[str]:
    """The first ``limit`` ECB+ articles' texts (the articles bench_build.py reads), or
    with ``corpus="rams"`` the RAMS test passages as bench_build.py joins them."""
    if corpus == "rams":
        sys.path.insert(0, str(REPO / "bench"))
        import bench_build

        return [d.text for d in bench_build.rams_documents(bench_build.RAMS)][:limit]
    found = []
    with gzip.open(ECB, "rt", encoding="utf-8") as stream:
        for line in stream:
            found.append(json.loads(line)["text"])
            if len(found) >= limit:
                break
    return found


def measure(limit: int, corpus: str = "ecb") -> dict[str, Any]:
    """In the tree on ``sys.path``: CPU s of each component, pass 1 and pass 2, and digests."""
    import gc

    from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
    from spacy.tokens import Doc

    from kg.pipeline import DEFAULT_MODEL, load_pipeline
    from kg.read.hygiene import layout

    nlp = load_pipeline(DEFAULT_MODEL)
    steps = dict(nlp.pipeline)
    before: dict[str, list[bytes]] = {name: [] for name in COMPONENTS}
    for text in texts(limit, corpus):
        doc = nlp.make_doc(text)
        for name, step in nlp.pipeline:
            if name in before:
                before[name].append(doc.to_bytes(exclude=["tensor", "user_data"]))
            if name == COMPONENTS[-1]:
                break
            doc = step(doc)
    checked = {
        "kg_article_layout": [ORTH, SENT_START],
        "kg_line_breaks": [ORTH, SENT_START],
        "kg_token_rules": [POS, TAG, MORPH, LEMMA],
        "kg_gazetteer": [ENT_IOB, ENT_TYPE, ENT_KB_ID],
    }
    result: dict[str, Any] = {}
    gc.collect()
    gc.freeze()
    for _ in range(2):
        for name in COMPONENTS:
            docs = [Doc(nlp.vocab).from_bytes(data) for data in before[name]]
            digest = hashlib.sha256()
            spent = 0.0
            gc.disable()
            for doc in docs:
                layout(doc.text)
                start = time.process_time()
                steps[name](doc)
                spent += time.process_time() - start
                digest.update(doc.to_array(checked[name]).tobytes())
            gc.enable()
            result.setdefault(name, []).append(spent)
            result[f"{name} digest"] = digest.hexdigest()[:16]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=250, help="ECB+ articles (default 250)")
    parser.add_argument("--rounds", type=int, default=3, help="processes per tree (default 3)")
    parser.add_argument("--compare", type=Path, help="another kg checkout to time in turn")
    parser.add_argument(
        "--corpus", choices=("ecb", "rams"), default="ecb", help="ECB+ articles or RAMS test"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.limit, args.corpus)))
        return
    trees = [REPO] + ([args.compare.resolve()] if args.compare else [])
    runs: dict[Path, list[dict[str, Any]]] = {tree: [] for tree in trees}
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for number in range(args.rounds):
        for tree in trees if number % 2 == 0 else trees[::-1]:
            command = [sys.executable, __file__, "--child", "--limit", str(args.limit)]
            command += ["--corpus", args.corpus]
            environment = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
            done = subprocess.run(
                command, cwd=tree, env=environment, capture_output=True, text=True, check=True
            )
            runs[tree].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    what = f"{args.limit} ECB+ articles" if args.corpus == "ecb" else "the RAMS test passages"
    print(f"CPU s, median of {args.rounds} processes, {what} (pass 1 / pass 2)")
    for tree in trees:
        print(f"\n{tree}")
        total = [0.0, 0.0]
        for name in COMPONENTS:
            passes = [statistics.median(run[name][i] for run in runs[tree]) for i in (0, 1)]
            total = [total[0] + passes[0], total[1] + passes[1]]
            print(f"  {name:18} {passes[0]:6.3f} / {passes[1]:6.3f}")
        print(f"  {'all four':18} {total[0]:6.3f} / {total[1]:6.3f}")
    if args.compare:
        same = [
            name
            for name in COMPONENTS
            if runs[trees[0]][0][f"{name} digest"] == runs[trees[1]][0][f"{name} digest"]
        ]
        print(f"\nthe same results in both trees: {', '.join(same) or 'none'}")


if __name__ == "__main__":
    main()
