"""Learn a fallback lexicon of event types from RAMS dev triggers (training data only).

For every annotated trigger of RAMS 1.0 dev (``../shared/data/train/rams_dev.jsonlines.gz``,
924 passages, AIDA types) the trigger's lemma (spaCy's, first token) gets a vote for
the kg class of its type's family (``RAMS_FAMILIES`` of ``eval_event_types.py``;
the first class where a family has several). A lemma is kept when it was seen at
least ``--min-count`` times and its top class has at least ``--min-share`` of its
votes. The table goes to ``kg/resources/event_types_learned.json``, lemma -> class:
only counts and classes, no text of the corpus.

kg consults it only where its hand-written lexicon has no answer; whether that
helps is measured with ``eval_event_types.py`` (on WikiEvents dev and RAMS test,
neither of which it was learned from).

    python bench/learn_event_types.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

DEFAULT_DATA = REPO.parent / "shared" / "data" / "train" / "rams_dev.jsonlines.gz"
OUT = REPO / "kg" / "resources" / "event_types_learned.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.6)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"learn_event_types: no RAMS dev data at {args.data}")
    import spacy
    from eval_event_types import RAMS_FAMILIES, family

    from kg._defaults import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL, disable=["ner"])
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    with gzip.open(args.data, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    texts = [[t for s in row["sentences"] for t in s] for row in rows]
    docs = nlp.pipe(spacy.tokens.Doc(nlp.vocab, words=words) for words in texts)
    for row, doc in zip(rows, docs, strict=True):
        for start, _end, kinds in row["evt_triggers"]:
            classes = RAMS_FAMILIES.get(family(kinds[0][0]), ())
            if classes:
                votes[doc[start].lemma_.lower()][classes[0]] += 1
    learned = {}
    for lemma, counts in sorted(votes.items()):
        cls, top = counts.most_common(1)[0]
        total = sum(counts.values())
        if total >= args.min_count and top / total >= args.min_share:
            learned[lemma] = cls
    table = {
        "_about": (
            "Lemma -> kg event class, learned from RAMS 1.0 dev triggers by "
            "bench/learn_event_types.py (min count "
            f"{args.min_count}, min share {args.min_share}). Consulted only where "
            "event_types.json has no answer. Regenerate with that script; do not edit."
        ),
        **learned,
    }
    args.out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", "utf-8")
    triggers = sum(sum(counts.values()) for counts in votes.values())
    print(f"{len(learned)} lemmas from {triggers} triggers -> {args.out}")


if __name__ == "__main__":
    main()
