"""Corroboration on ECB+ training documents: the evidence behind kg.rdf.happenings' rules.

TRAINING data only (``../shared/data/train/ecbplus_train.jsonl.gz``: ECB+ train
and dev topics, read, never copied): what this prints tunes the rules and is
never a result. The results are ``bench/eval_corroboration.py`` on the
project's own gold.

Every text is built with its document date. A kg event is aligned with an ECB+
event mention of a validated sentence when their triggers overlap. Two things
are printed:

* **repeats in one document**: pairs of aligned events of one document with one
  class, polarity and first verb word, and actors of one side (or no named
  actor on either part); the share that ECB+ puts in one chain, for the broad
  classes (``corroboration.same_action`` in ``event_types.json``) and the
  others, all pairs and pairs where only one event has an anchor;
* **across documents**: pairwise precision and recall of kg's happenings on the
  aligned events, for the train and the dev topics (a gold pair: two mentions
  of one cross-document chain in different documents).

    python bench/train_corroboration.py [--data PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "data" / "train" / "ecbplus_train.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    import kg
    from kg import rdf
    from kg._resources import load_resource
    from kg.model import Document, Event
    from kg.rdf.happenings import happening_quads

    with gzip.open(args.data, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    split = {row["id"]: row["split"] for row in rows}
    documents = [
        Document(row["id"], row["text"], date=dt.date.fromisoformat(row["date"])) for row in rows
    ]
    graph = kg.build(documents)
    broad = set(load_resource("event_types.json")["corroboration"]["same_action"])
    entities = {entity.id: entity for entity in graph.entities}
    countries = {entity.country for entity in graph.entities if entity.country}
    mentions = defaultdict(list)
    for row in rows:
        mentions[row["id"]].extend(m for m in row["events"] if m["validated"])

    def mention_of(event: Event) -> dict[str, Any] | None:
        for mention in mentions[event.document]:
            if mention["start"] < event.end and event.start < mention["end"]:
                return mention
        return None

    aligned = {event: m for event in graph.events if (m := mention_of(event)) is not None}

    def side(event: Event) -> str | None:
        if event.actor is None or event.actor.entity is None:
            return None
        entity = entities.get(event.actor.entity)
        return entity.country if entity is not None and entity.country else event.actor.entity

    def anchored(event: Event) -> bool:
        roles = [event.target, *(place.argument for place in event.places)]
        named = {r.entity for r in roles if r is not None and r.entity}
        return bool(named - countries) or any(f.unit for f in event.figures)

    # Repeats in one document.
    counts: Counter[tuple[str, bool]] = Counter()
    by_document = defaultdict(list)
    for event in aligned:
        if event.event_type is not None:
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
            chain_a, chain_b = aligned[a]["chain"], aligned[b]["chain"]
            same = chain_a == chain_b and not chain_a.startswith("SINGLE")
            kind = "broad" if a.event_type in broad else "specific"
            counts[(kind, same)] += 1
            if anchored(a) != anchored(b):
                counts[(f"{kind}, one anchored", same)] += 1
    print("repeats in one document (same class, verb, polarity, side): share in one ECB+ chain")
    for kind in ("specific", "broad", "specific, one anchored", "broad, one anchored"):
        yes, no = counts[(kind, True)], counts[(kind, False)]
        print(f"  {kind:24s} {yes / max(yes + no, 1):.3f} ({yes}/{yes + no})")

    # Across documents.
    print("across documents (training figures, not results)")
    for part in ("train", "dev"):
        keep = {d.id for d in graph.documents if split[d.id] == part}
        events = [e for e in graph.events if e.document in keep]
        docs = [d for d in graph.documents if d.id in keep]
        by_iri = {str(rdf.event_iri(e)): e for e in events}
        groups = defaultdict(list)
        for quad in happening_quads(rdf.quads(docs, graph.entities, events)):
            if quad.predicate.value.endswith("#reportedIn"):
                groups[quad.subject.value].append(by_iri[quad.object.value])

        def key(event: Event) -> tuple[str, str, str | None]:
            mention = aligned[event]
            chain = mention["chain"] if mention["cross_doc"] else None
            return (event.document, mention["m_id"], chain)

        predicted = {
            frozenset((key(a), key(b)))
            for members in groups.values()
            for a, b in combinations(members, 2)
            if a.document != b.document and a in aligned and b in aligned
        }
        chains = defaultdict(set)
        for event in events:
            if event in aligned and key(event)[2] is not None:
                chains[key(event)[2]].add(key(event))
        gold = {
            frozenset((a, b))
            for members in chains.values()
            for a, b in combinations(sorted(members), 2)
            if a[0] != b[0]
        }
        right = predicted & gold
        precision = len(right) / len(predicted) if predicted else 0.0
        recall = len(right) / len(gold) if gold else 0.0
        print(
            f"  {part:5s} topics: {len(docs)} documents, {len(groups)} happenings;"
            f" pairs kg {len(predicted)}, gold {len(gold)}, both {len(right)};"
            f" precision {precision:.3f}, recall {recall:.3f}"
        )


if __name__ == "__main__":
    main()
