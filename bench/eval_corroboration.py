"""Corroboration: which events of different documents kg links as one happening, against a gold.

The gold (``data/gold/happenings.jsonl``, written for this project) lists, for the
sample articles in ``data/articles`` and the seed article (``../shared/seeds``,
read, never copied; its events keyed by offsets only), every group of events in
different documents that report the same happening, by document id and trigger
offsets. Everything is built together; kg's happenings (``kg:Happening``, see
:mod:`kg.rdf.happenings`) are read from the graph. Scored on pairs of events in
different documents: a pair kg puts in one happening is right when the gold
puts both in one happening too (an event the gold does not list is in no
happening). Without the seed article, its gold groups are left out.

    python bench/eval_corroboration.py [--date-undated 2022-02-28]

``--date-undated`` dates every undated document (the sample articles' dates are
2022-02-26 to 2022-03-05): reports of a war from pages, which carry dates,
where the story linker sees one story.

``--ecbplus`` scores ECB+ instead: its dev topics (``split: "dev"`` of
``../shared/data/train/ecbplus_train.jsonl.gz``, read, never copied), built on
their own with their dates, scored on pairs of kg events aligned with ECB+'s
validated mentions (see ``bench/ecbplus.py``). The development figure for news
in general (earthquakes, acquisitions, arrests ...); the model is learned on the
train topics (``bench/train_corroboration.py``), never on these.

    python bench/eval_corroboration.py --ecbplus [--cache FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GOLD = REPO / "data" / "gold" / "happenings.jsonl"
SEED = REPO.parent / "shared" / "seeds" / "000_ee99637b35186131.txt"
SEED_ID = "seed:000_ee99637b35186131"

Key = tuple[str, int, int]


def cross_pairs(groups: list[list[Key]]) -> set[frozenset[Key]]:
    """Unordered pairs of events of different documents that share a group."""
    return {
        frozenset((a, b))
        for group in groups
        for a, b in combinations(sorted(set(group)), 2)
        if a[0] != b[0]
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--ecbplus", action="store_true", help="score ECB+'s dev topics")
    parser.add_argument("--split", default="dev", help="with --ecbplus (train: tuning only)")
    parser.add_argument("--cache", type=Path, help="with --ecbplus: keep the built texts here")
    parser.add_argument(
        "--date-undated",
        metavar="YYYY-MM-DD",
        help="give the documents without a date this one (all within the story window)",
    )
    args = parser.parse_args()
    if args.ecbplus:
        sys.path.insert(0, str(REPO / "bench"))
        import time

        from ecbplus import happenings, load

        corpus = load(args.split, cache=args.cache)
        quads = corpus.quads()
        started = time.process_time()
        groups = happenings(quads)
        cost = time.process_time() - started
        found = corpus.score(groups)
        if args.json:
            print(json.dumps({**found, "happenings_cpu_s": round(cost, 3)}, indent=2))
            return
        print(
            f"ECB+ {args.split} topics: {found['documents']} documents, {found['aligned']}"
            f" events aligned; pairs kg {found['kg_pairs']}, gold {found['gold_pairs']},"
            f" both {found['both']}"
        )
        print(f"pairwise precision {found['precision']:.3f}, recall {found['recall']:.3f}")
        print(f"happenings: {len(groups)} ({cost:.2f} CPU s)")
        return
    import kg
    from kg.inputs import read_documents
    from kg.model import Document
    from kg.rdf import quads
    from kg.rdf.happenings import happening_quads

    sources: list[object] = [REPO / "data" / "articles"]
    if args.seed.exists():
        sources.append(Document(SEED_ID, args.seed.read_text("utf-8")))
    documents = list(read_documents(sources))  # type: ignore[arg-type]
    if args.date_undated is not None:
        # The same texts as a week of war news read from pages, every one dated.
        day = dt.date.fromisoformat(args.date_undated)
        documents = [replace(d, date=d.date or day) for d in documents]
    graph = kg.build(documents)
    by_iri = {}
    from kg.rdf import event_iri

    for event in graph.events:
        by_iri[str(event_iri(event))] = (event.document, event.start, event.end)
    found: dict[str, list[Key]] = {}
    # As `kg build` writes them: with the names each document mentions, which the
    # story linker reads.
    found_quads = quads(graph.documents, graph.entities, graph.events, mentions=graph.mentions)
    for quad in happening_quads(found_quads):
        if quad.predicate.value.endswith("#reportedIn"):
            found.setdefault(quad.subject.value, []).append(by_iri[quad.object.value])
    gold = []
    with args.gold.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            events = [(e["document"], e["start"], e["end"]) for e in row["events"]]
            if not args.seed.exists():
                events = [e for e in events if e[0] != SEED_ID]
            gold.append(events)
    predicted = cross_pairs(list(found.values()))
    expected = cross_pairs(gold)
    right = predicted & expected
    precision = len(right) / len(predicted) if predicted else 0.0
    recall = len(right) / len(expected) if expected else 0.0
    result = {
        "happenings": len(found),
        "predicted_pairs": len(predicted),
        "gold_pairs": len(expected),
        "right": len(right),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "wrong": sorted(sorted(p) for p in predicted - expected),
        "missed": sorted(sorted(p) for p in expected - predicted),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"happenings: {result['happenings']}; cross-document pairs: kg {len(predicted)},"
        f" gold {len(expected)}, both {len(right)}"
    )
    print(f"pairwise precision {precision:.3f}, recall {recall:.3f}")
    for name in ("wrong", "missed"):
        for pair in result[name]:
            print(f"  {name}: {pair[0]} ~ {pair[1]}")


if __name__ == "__main__":
    main()
