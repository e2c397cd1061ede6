"""Whether two trees of kg write the same files: the check every speed change lands with.

    python bench/same_outputs.py OUT [--compare TREE] [--ecb PATH]

Builds, with this tree's kg (and with TREE's, when given), the samples with the seed
(``kg build data/articles ../shared/seeds``) and the first 250 ECB+ articles (the ones
``bench_build.py --corpus ecb`` reads, written to ``OUT/ecb250.jsonl`` as ``{"id", "text",
"date"}``), each with ``--fresh -j 2`` and ``PYTHONHASHSEED=0``, then prints the sha256 of
every default output (graph.trig, graph.ttl, graph.jsonld, graph.html and the record
``.kg-extractions.jsonl``). With ``--compare`` it says which files differ and exits 1 if
any does. A build takes a minute or two of two cores: run one at a time.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ECB = SHARED / "data" / "train" / "ecbplus_train.jsonl.gz"
OUTPUTS = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.html", ".kg-extractions.jsonl")


def write_ecb(source: Path, target: Path, count: int = 250) -> None:
    """The first ``count`` ECB+ articles as kg's JSON lines input."""
    with gzip.open(source, "rt", encoding="utf-8") as stream, target.open("w") as out:
        for number, line in enumerate(stream):
            if number >= count:
                break
            record = json.loads(line)
            kept = {"id": record["id"], "text": record["text"], "date": record.get("date")}
            out.write(json.dumps(kept, ensure_ascii=False) + "\n")


def hashes(tree: Path, out: Path, ecb: Path) -> dict[str, str]:
    """Build both inputs with ``tree``'s kg into ``out``; the sha256 of each output file."""
    environment = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(tree)}
    inputs = {
        "samples": [str(tree / "data" / "articles"), str(SHARED / "seeds")],
        "ecb": [str(ecb)],
    }
    found = {}
    for name, paths in inputs.items():
        target = out / name
        command = [sys.executable, "-m", "kg", "build", *paths]
        command += ["--out", str(target), "--fresh", "-j", "2"]
        subprocess.run(command, cwd=tree, env=environment, check=True, stdout=subprocess.DEVNULL)
        for file in OUTPUTS:
            path = target / file
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "-"
            found[f"{name}/{file}"] = digest
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a folder for the builds (emptied files kept)")
    parser.add_argument("--compare", type=Path, help="another checkout of kg")
    parser.add_argument("--ecb", type=Path, default=ECB)
    args = parser.parse_args()
    if not args.ecb.exists():
        print(f"no {args.ecb}: this check reads the shared ECB+ articles", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    ecb = args.out.resolve() / "ecb250.jsonl"
    write_ecb(args.ecb, ecb)
    trees = {"this": REPO}
    if args.compare is not None:
        trees["other"] = args.compare.resolve()
    found = {name: hashes(tree, args.out.resolve() / name, ecb) for name, tree in trees.items()}
    for file, digest in found["this"].items():
        print(f"{digest}  {file}")
    if "other" not in found:
        return 0
    differ = [file for file, digest in found["this"].items() if found["other"][file] != digest]
    for file in differ:
        print(f"differs: {file}")
    print("same outputs" if not differ else f"{len(differ)} files differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
