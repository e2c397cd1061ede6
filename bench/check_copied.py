"""Quoted text in the repository copied from ``../shared`` (the seed and the evaluation data).

The project writes its own words: the seed article and the evaluation data are
read from ``../shared``, never copied in, and that holds for the examples in
comments and docstrings too. This lists every quoted fragment of five words or
more in the given folders' Python files (comments, docstrings, strings) that
occurs word for word (case, punctuation and spacing aside) in a text of
``../shared``: the seed, WikiEvents, RAMS, the saved news pages, the quantity
cases and the training data's texts. Exit status 1 when there is one.

    python bench/check_copied.py [kg bench tests]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
_QUOTED = re.compile(r"[\"“'‘]([^\"”'’\n]{25,240})[\"”'’]")


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def _shared_texts(shared: Path) -> Iterator[str]:
    data = shared / "data"
    for path in sorted((data / "wikievents").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            yield from (json.loads(line)["text"] for line in lines)
    for path in sorted((data / "rams").glob("*.jsonlines")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield " ".join(w for s in json.loads(line)["sentences"] for w in s)
    for path in sorted((shared / "seeds").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for path in sorted((data / "news_pages").glob("*.html.gz")):
        with gzip.open(path, "rt", encoding="utf-8", errors="ignore") as page:
            yield re.sub(r"<[^>]+>", " ", page.read())
    for path in sorted((data / "quantities").rglob("*")):
        if path.is_file():
            yield path.read_text(encoding="utf-8", errors="ignore")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[REPO / "kg"])
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    if not args.shared.is_dir():
        sys.exit(f"no {args.shared}: this check reads the shared data")
    corpus = "\n".join(_normal(text) for text in _shared_texts(args.shared))
    found = 0
    for folder in args.folders:
        for path in sorted(folder.rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            for match in _QUOTED.finditer(source):
                fragment = _normal(match.group(1))
                if len(fragment.split()) >= 5 and fragment in corpus:
                    line = source.count("\n", 0, match.start()) + 1
                    print(f"{path}:{line}: {match.group(1)[:100]}")
                    found += 1
    print(f"{found} quoted fragments copied from {args.shared}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
