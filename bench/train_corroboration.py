"""Learn the story linker's weights (kg/resources/corroboration_model.json) on ECB+ train topics.

TRAINING data only: the train topics of ``../shared/data/train/ecbplus_train.jsonl.gz``
(its dev topics, ``split: "dev"``, are left for ``bench/eval_corroboration.py
--ecbplus``; ECB+'s test topics 36-45 are not here at all). What this prints
tunes the model and is never a result.

The train topics' documents are built with their dates; the story linker
(:mod:`kg.rdf._stories`) gives its candidate pairs of events with their
features (:func:`kg.rdf.happenings.story_candidates`); a pair of two aligned
events (see ``bench/ecbplus.py``) is one happening when ECB+ puts both in one
cross-document chain. A logistic regression (scikit-learn, deterministic
``lbfgs``) is fitted to them. The threshold is the lowest probability whose
happenings reach pairwise precision 0.9 when each topic is scored by a model
fitted on the other topics (leave-one-topic-out), the pairs clustered as
``happening_quads`` clusters them (:func:`kg.rdf._stories.average_links`).
The model is then fitted on every train topic and written with that threshold.

    python bench/train_corroboration.py [--cache FILE] [--dry-run]

``--repeats`` prints instead the evidence behind kg.rdf.happenings' rule for a
repeat without an anchor in one document (see :func:`repeats`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

MODEL = REPO / "kg" / "resources" / "corroboration_model.json"
TARGET_PRECISION = 0.9


def _groups(pairs: list[tuple[str, str]]) -> list[list[str]]:
    from kg.rdf._stories import group_root

    parent: dict[str, str] = {}

    def root(node: str) -> str:
        return str(group_root(parent, node))

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for node in {n for pair in pairs for n in pair}:
        groups[root(node)].append(node)
    return list(groups.values())


def repeats(corpus: Any) -> None:
    """Print the evidence for the repeat rule of kg.rdf.happenings (same document, no anchor).

    Pairs of aligned events of one document with one class, polarity and first
    verb word, and actors of one side (or no named actor on either part): the
    share ECB+ puts in one chain, for the broad classes (``corroboration.same_action``
    in ``event_types.json``) and the others, all pairs and pairs where only one
    event has an anchor.
    """
    from collections import Counter
    from itertools import combinations

    from kg import rdf
    from kg._resources import load_resource

    graph = corpus.graph
    broad = set(load_resource("event_types.json")["corroboration"]["same_action"])
    entities = {entity.id: entity for entity in graph.entities}
    countries = {entity.country for entity in graph.entities if entity.country}

    def side(event: Any) -> str | None:
        if event.actor is None or event.actor.entity is None:
            return None
        entity = entities.get(event.actor.entity)
        return entity.country if entity is not None and entity.country else event.actor.entity

    def anchored(event: Any) -> bool:
        roles = [event.target, *(place.argument for place in event.places)]
        named = {r.entity for r in roles if r is not None and r.entity}
        return bool(named - countries) or any(f.unit for f in event.figures)

    counts: Counter[tuple[str, bool]] = Counter()
    by_document = defaultdict(list)
    for event in graph.events:
        if event.event_type is not None and str(rdf.event_iri(event)) in corpus.chains:
            by_document[event.document].append(event)
    for events in by_document.values():
        for a, b in combinations(events, 2):
            if (a.event_type, a.negated, a.action.split()[:1]) != (
                b.event_type,
                b.negated,
                b.action.split()[:1],
            ):
                continue
            if side(a) is not None and side(b) is not None and side(a) != side(b):
                continue
            chain_a = corpus.chains[str(rdf.event_iri(a))]
            same = chain_a == corpus.chains[str(rdf.event_iri(b))]
            same = same and not chain_a.startswith("SINGLE")
            kind = "broad" if a.event_type in broad else "specific"
            counts[(kind, same)] += 1
            if anchored(a) != anchored(b):
                counts[(f"{kind}, one anchored", same)] += 1
    print("repeats in one document (same class, verb, polarity, side): share in one ECB+ chain")
    for kind in ("specific", "broad", "specific, one anchored", "broad, one anchored"):
        yes, no = counts[(kind, True)], counts[(kind, False)]
        print(f"  {kind:24s} {yes / max(yes + no, 1):.3f} ({yes}/{yes + no})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--cache", type=Path, help="keep the built train topics in this file")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the model")
    parser.add_argument(
        "--repeats", action="store_true", help="print the repeat rule's evidence instead"
    )
    args = parser.parse_args()
    import numpy as np
    from ecbplus import DATA, load
    from sklearn.linear_model import LogisticRegression

    from kg.rdf._stories import FEATURES, average_links
    from kg.rdf.happenings import story_candidates

    corpus = load("train", data=args.data or DATA, cache=args.cache)
    if args.repeats:
        repeats(corpus)
        return
    candidates = story_candidates(corpus.quads())
    rows = [(a, b, f, y) for a, b, f in candidates if (y := corpus.label(a, b)) is not None]
    x = np.array([f for _, _, f, _ in rows])
    y = np.array([int(label) for *_, label in rows])
    topics = np.array([corpus.aligned[a][0].split("_")[0] for a, *_ in rows])
    print(f"train topics: {len(set(topics))}, candidate pairs {len(candidates):,},")
    print(f"  aligned {len(rows):,} ({int(y.sum()):,} one happening)")

    def fit(mask: Any) -> LogisticRegression:
        return LogisticRegression(C=1.0, max_iter=2000).fit(x[mask], y[mask])

    # Leave one topic out: every pair scored by a model that never saw its topic.
    held_out = np.zeros(len(rows))
    for topic in sorted(set(topics)):
        model = fit(topics != topic)
        held_out[topics == topic] = model.predict_proba(x[topics == topic])[:, 1]
    chosen = None
    # Every pair scored by a model that never saw its topic, clustered as kg does.
    iris = sorted({iri for a, b, *_ in rows for iri in (a, b)})
    number = {iri: n for n, iri in enumerate(iris)}
    scores = {}
    statement = FEATURES.index("statement")
    for (a, b, features, _), p in zip(rows, held_out, strict=True):
        if features[statement]:
            continue  # scored, never linked (kg.rdf._stories.scored_pairs)
        i, j = sorted((number[a], number[b]))
        scores[(i, j)] = float(p)
    print("threshold  precision  recall  (leave one topic out, training figures)")
    for threshold in [t / 100 for t in (*range(30, 90, 5), *range(90, 100))]:
        linked = [(iris[i], iris[j]) for i, j in average_links(scores, threshold)]
        found = corpus.score(_groups(linked))
        print(f"  {threshold:.2f}     {found['precision']:.3f}      {found['recall']:.3f}")
        if chosen is None and found["precision"] >= TARGET_PRECISION:
            chosen = threshold
    chosen = chosen if chosen is not None else 0.99
    final = fit(np.ones(len(rows), dtype=bool))
    weights = {name: round(float(w), 4) for name, w in zip(FEATURES, final.coef_[0], strict=True)}
    print(f"threshold {chosen:.2f}; weights {weights}; bias {final.intercept_[0]:.4f}")
    if args.dry_run:
        return
    current = json.loads(MODEL.read_text("utf-8"))
    current.update(
        {
            "bias": round(float(final.intercept_[0]), 4),
            "threshold": chosen,
            "weights": weights,
        }
    )
    MODEL.write_text(json.dumps(current, indent=1) + "\n", "utf-8")
    print(f"wrote {MODEL.relative_to(REPO)}")


if __name__ == "__main__":
    main()
