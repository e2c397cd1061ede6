"""ECB+ for the corroboration benches: reading, building, aligning and pairwise scoring.

``../shared/data/train/ecbplus_train.jsonl.gz`` holds ECB+'s train topics and its
dev topics (``split: "dev"``), read and never copied. Two mentions in different
documents of one cross-document chain are one happening. A kg event is aligned
with a mention of a validated sentence when their triggers overlap; pairs are
scored over aligned events only (a gold pair: two aligned events of one chain in
different documents; a kg pair: two aligned events kg puts in one happening).
Used by ``bench/train_corroboration.py`` (train topics) and
``bench/eval_corroboration.py --ecbplus`` (dev topics).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import pickle
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "train" / "ecbplus_train.jsonl.gz"


@dataclass
class Corpus:
    """One split of ECB+ built by kg, with kg's events aligned to the gold mentions."""

    rows: list[dict[str, Any]]
    graph: Any  # kg.KnowledgeGraph
    aligned: dict[str, tuple[str, str, str | None]]  # event IRI -> (document, mention, chain)
    chains: dict[str, str]  # event IRI -> its mention's chain, within-document ones too

    def quads(self) -> list[Any]:
        from kg import rdf

        g = self.graph
        return rdf.quads(g.documents, g.entities, g.events, mentions=g.mentions)

    def gold_pairs(self) -> set[frozenset[str]]:
        chains: dict[str, list[str]] = defaultdict(list)
        for iri, (_, _, chain) in self.aligned.items():
            if chain is not None:
                chains[chain].append(iri)
        return {
            frozenset((a, b))
            for members in chains.values()
            for a, b in combinations(sorted(members), 2)
            if self.aligned[a][0] != self.aligned[b][0]
        }

    def label(self, a: str, b: str) -> bool | None:
        """Whether two events are one happening; ``None`` when either is not aligned."""
        if a not in self.aligned or b not in self.aligned:
            return None
        chain = self.aligned[a][2]
        return chain is not None and chain == self.aligned[b][2]

    def score(self, groups: Iterable[Iterable[str]]) -> dict[str, float]:
        """Pairwise precision and recall of groups of event IRIs, over aligned events."""
        predicted = {
            frozenset((a, b))
            for members in groups
            for a, b in combinations(sorted(set(members)), 2)
            if a in self.aligned and b in self.aligned and self.aligned[a][0] != self.aligned[b][0]
        }
        gold = self.gold_pairs()
        right = predicted & gold
        return {
            "documents": len(self.graph.documents),
            "aligned": len(self.aligned),
            "kg_pairs": len(predicted),
            "gold_pairs": len(gold),
            "both": len(right),
            "precision": round(len(right) / len(predicted), 3) if predicted else 0.0,
            "recall": round(len(right) / len(gold), 3) if gold else 0.0,
        }


def load(split: str, *, data: Path = DATA, cache: Path | None = None) -> Corpus:
    """Build one split's documents (``train`` or ``dev``) with their dates, and align."""
    from kg import rdf

    with gzip.open(data, "rt", encoding="utf-8") as handle:
        rows = [row for line in handle if (row := json.loads(line))["split"] == split]
    graph = None
    if cache is not None and cache.exists():
        graph = pickle.loads(cache.read_bytes())
    if graph is None:
        import kg
        from kg.model import Document

        documents = [
            Document(row["id"], row["text"], date=dt.date.fromisoformat(row["date"]))
            for row in rows
        ]
        graph = kg.build(documents)
        if cache is not None:
            cache.write_bytes(pickle.dumps(graph))
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        mentions[row["id"]].extend(m for m in row["events"] if m["validated"])
    aligned, chains = {}, {}
    for event in graph.events:
        for mention in mentions[event.document]:
            if mention["start"] < event.end and event.start < mention["end"]:
                chain = mention["chain"] if mention["cross_doc"] else None
                aligned[str(rdf.event_iri(event))] = (event.document, mention["m_id"], chain)
                chains[str(rdf.event_iri(event))] = mention["chain"]
                break
    return Corpus(rows, graph, aligned, chains)


def happenings(quads: list[Any]) -> list[list[str]]:
    """kg's happenings in ``quads``: the event IRIs of each."""
    from kg.rdf.happenings import happening_quads

    groups: dict[str, list[str]] = defaultdict(list)
    for quad in happening_quads(quads):
        if quad.predicate.value.endswith("#reportedIn"):
            groups[quad.subject.value].append(quad.object.value)
    return list(groups.values())
