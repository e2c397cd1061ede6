"""What reading a news page costs, stage by stage, against parsing the text it gives.

For each saved page of ``../shared/data/news_pages/`` (never copied), in one process,
``--repeat`` times, alternating so that the machine's load falls on all alike:

* ``read``: :func:`kg.read.pages.read_page` and language detection, what ``kg build
  page.html`` does before the parse;
* ``parse``: kg's model and extractor on the text it read (``kg.parallel.extract_with``);
* the stages of ``read``, each timed on its own on the same page, on the tree as
  ``read_page`` hands it over: the HTML parse (``kg.read.pages._parse``), kg's furniture
  pass (on the page as parsed), the page's metadata (on the page without its
  furniture), removing what trafilatura never reads, the article
  (``trafilatura.bare_extraction``), language detection, and the rest of ``read``
  (title, date, standfirst, teasers, ...); and, apart, what trafilatura's second
  opinion costs (readability and justext, the difference between its default and
  ``fast=True``), which kg keeps where it can change the text. The metadata and the
  article run with trafilatura as ``read_page`` runs it
  (``kg.read.pages._trafilatura_tuned``).

CPU seconds (process time), each page's median of the repeats: the machine is shared and
a wall clock counts the other sessions' turns. Printed: each figure's median over the
pages, read / parse as the median of the pages' ratios and as the ratio of the totals.

With ``--baseline DIR`` (another checkout of kg, e.g. a worktree at main), that
checkout's page reader and language detection (its ``kg/read/pages.py`` and
``kg/read/language.py``) are timed too, page by page in turn
with this one, and compared: its read / parse beside this one's, and whether the two
read every page alike.

    python bench/bench_reading.py --repeat 3
    python bench/bench_reading.py --repeat 3 --json /tmp/reading.json
    python bench/bench_reading.py --repeat 3 --baseline ../main
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "data" / "news_pages"

_ARTICLE_OPTIONS = {
    "include_comments": False,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
}


def cpu(work: Callable[[], Any]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write every page's figures here")
    parser.add_argument("--baseline", type=Path, help="another checkout's reader, side by side")
    args = parser.parse_args()

    import trafilatura

    from kg.parallel import extract_with
    from kg.pipeline import load_pipeline
    from kg.read import pages
    from kg.read.language import detect_language

    rows = [json.loads(line) for line in (args.data / "pages.jsonl").open(encoding="utf-8")]
    markups = [gzip.open(args.data / row["file"]).read().decode("utf-8", "replace") for row in rows]
    nlp = load_pipeline()

    def read(markup: str) -> Any:
        document = pages.read_page(markup, doc_id="page", origin="page")
        detect_language(document.text)
        return document

    def read_baseline(markup: str) -> Any:
        document = baseline.read_page(markup, doc_id="page", origin="page")
        baseline_language.detect_language(document.text)
        return document

    baseline, baseline_language = _load_reader(args.baseline) if args.baseline else (None, None)
    if baseline is not None:
        alike = sum(read(markup) == read_baseline(markup) for markup in markups)
        print(f"baseline {args.baseline}: {alike} of {len(markups)} pages read alike")

    # Warm up: models, trafilatura's and justext's word lists, outside the clock.
    for markup in markups:
        extract_with(nlp, [read(markup)])

    # The machine is shared: its load, before and after, goes with the figures.
    load_before = os.getloadavg()[0]
    figures: list[dict[str, Any]] = []
    for row, markup in zip(rows, markups, strict=True):
        document = read(markup)
        # Each stage on the tree as read_page hands it over: the furniture pass on the
        # page as parsed, the metadata on the page without its furniture, the article
        # on the page without what trafilatura never reads.
        parsed = pages._parse(markup)
        furnished = copy.copy(parsed)
        pages._drop_furniture(furnished)
        bare = copy.copy(furnished)
        pages._drop_unread(bare)
        stages: dict[str, Callable[[], Any]] = {
            "read": lambda markup=markup: read(markup),
            **({"baseline read": lambda markup=markup: read_baseline(markup)} if baseline else {}),
            "parse": lambda document=document: list(extract_with(nlp, [document])),
            "html": lambda markup=markup: pages._parse(markup),
            "furniture": lambda tree=parsed: pages._drop_furniture(copy.copy(tree)),
            "copy (subtracted)": lambda tree=parsed: copy.copy(tree),
            "metadata": lambda tree=furnished: _tuned(pages._metadata, tree, None),
            "unread": lambda tree=furnished: pages._drop_unread(copy.copy(tree)),
            "copy (subtracted) ": lambda tree=furnished: copy.copy(tree),
            "article": lambda tree=bare: _tuned(
                trafilatura.bare_extraction, tree, **_ARTICLE_OPTIONS
            ),
            "article, fast": lambda tree=bare: _tuned(
                trafilatura.bare_extraction, tree, fast=True, **_ARTICLE_OPTIONS
            ),
            "language": lambda document=document: detect_language(document.text),
        }
        took: dict[str, list[float]] = {name: [] for name in stages}
        for _ in range(args.repeat):
            for name, work in stages.items():
                took[name].append(cpu(work))
        page = {name: statistics.median(times) for name, times in took.items()}
        page["furniture"] = max(page["furniture"] - page.pop("copy (subtracted)"), 0.0)
        page["unread"] = max(page["unread"] - page.pop("copy (subtracted) "), 0.0)
        page["second opinion"] = max(page["article"] - page.pop("article, fast"), 0.0)
        steps = ("html", "furniture", "metadata", "unread", "article", "language")
        page["the rest"] = max(page["read"] - sum(page[step] for step in steps), 0.0)
        figures.append({"file": row["file"], **page})

    names = [name for name in figures[0] if name != "file"]
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"{len(figures)} pages, CPU ms a page, median over the pages ({args.repeat} runs each)")
    for name in names:
        values = [page[name] for page in figures]
        share = sum(values) / sum(page["read"] for page in figures)
        print(
            f"  {name:16} {statistics.median(values) * 1000:8.1f}   ({share:.0%} of read, totals)"
        )
    ratios = [page["read"] / page["parse"] for page in figures if page["parse"]]
    total = sum(page["read"] for page in figures) / sum(page["parse"] for page in figures)
    print(f"read / parse: median of the pages' ratios {statistics.median(ratios):.3f},")
    print(f"              ratio of the totals {total:.3f}")
    if baseline is not None:
        ratios = [page["baseline read"] / page["parse"] for page in figures if page["parse"]]
        total = sum(page["baseline read"] for page in figures) / sum(p["parse"] for p in figures)
        print(
            f"baseline read / parse: median of the pages' ratios {statistics.median(ratios):.3f},"
        )
        print(f"                       ratio of the totals {total:.3f}")
        read = sum(page["read"] for page in figures) / sum(p["baseline read"] for p in figures)
        print(f"CPU to read all {len(figures)} pages, against the baseline's: {read:.3f}")
    without = [
        (page["read"] - page["second opinion"]) / page["parse"] for page in figures if page["parse"]
    ]
    print(
        "read / parse without trafilatura's second opinion (not what kg does):"
        f" median {statistics.median(without):.3f}"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


def _tuned(work: Callable[..., Any], *args: Any, **options: Any) -> Any:
    """``work(*args, **options)`` with trafilatura as ``read_page`` runs it (its
    expressions guarded, readability skipped where it cannot win)."""
    from kg.read import pages

    with pages._trafilatura_tuned():
        return work(*args, **options)


def _load_reader(checkout: Path) -> tuple[Any, Any]:
    """``kg/read/pages.py`` and ``kg/read/language.py`` of another checkout, as modules."""
    import importlib.util

    modules = []
    for name in ("pages", "language"):
        path = checkout / "kg" / "read" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(f"baseline_{name}", path)
        if spec is None or spec.loader is None or not path.is_file():
            raise SystemExit(f"{path}: not found")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    return modules[0], modules[1]


if __name__ == "__main__":
    main()
