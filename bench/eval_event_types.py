"""Event types on real news: kg's classes against WikiEvents' gold KAIROS types.

WikiEvents dev (Li, Ji and Han, 2021; 20 news documents, 345 events, every
KAIROS event annotated) is read from ``../shared/data/wikievents/dev.jsonl`` and
never copied. Each document is built with kg; an event of kg is *aligned* when
its trigger overlaps a gold trigger (coordinated copies of one trigger count
once). On the aligned events we report:

* **typed**: the share that carry a specific class (``Event.event_type`` is set);
* **family accuracy**: the share whose class falls in the gold type's family,
  over all aligned events (an untyped event counts as wrong).

A KAIROS *family* is the first two parts of the type (``Conflict.Attack`` of
``Conflict.Attack.DetonateExplode``). ``FAMILIES`` below says which kg classes
each family accepts; a subclass is accepted with its class (``Shelling`` and
``Bombing`` are ``Attack``; ``Killing`` is ``Death``). Families with no kg class
(``Cognitive.IdentifyCategorize``, ``ArtifactExistence.ManufactureAssemble``)
accept nothing, so their events always count as misses.

    python bench/eval_event_types.py               # the figures and the misses
    python bench/eval_event_types.py --json        # machine-readable
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_DATA = REPO.parent / "shared" / "data" / "wikievents" / "dev.jsonl"

#: KAIROS family -> the kg classes that count as right (with their subclasses).
FAMILIES: dict[str, tuple[str, ...]] = {
    "Conflict.Attack": ("Attack",),
    "Conflict.Demonstrate": ("Protest",),
    "Life.Die": ("Death",),
    "Life.Injure": ("Injury",),
    "Contact.Contact": ("Statement", "Meeting"),
    "Contact.RequestCommand": ("Request",),
    "Contact.ThreatenCoerce": ("Threat",),
    "Movement.Transportation": ("Movement",),
    "Justice.ArrestJailDetain": ("Arrest",),
    "Justice.ChargeIndict": ("Charge",),
    "Justice.TrialHearing": ("Trial",),
    "Justice.Convict": ("Conviction",),
    "Justice.Sentence": ("Conviction",),
    "Justice.InvestigateCrime": ("Investigation",),
    "Justice.ReleaseParole": ("Release",),
    "GenericCrime.GenericCrime": ("Crime",),
    "Transaction.ExchangeBuySell": ("Transfer",),
    "Transaction.Donation": ("Transfer",),
    "ArtifactExistence.DamageDestroyDisableDismantle": ("Damage",),
    "Control.ImpedeInterfereWith": ("Suppression",),
    "Personnel.EndPosition": ("Dismissal", "Resignation"),
    "Personnel.StartPosition": ("Appointment",),
    "Personnel.Elect": ("Election",),
    "Disaster.DiseaseOutbreak": ("Disaster",),
    "Disaster.Crash": ("Disaster",),
    "Medical.Intervention": ("MedicalTreatment",),
    "Cognitive.Inspection": ("Investigation",),
    "Cognitive.IdentifyCategorize": (),
    "ArtifactExistence.ManufactureAssemble": (),
}


#: RAMS (AIDA ontology) family -> kg classes, for the second check on RAMS test passages.
RAMS_FAMILIES: dict[str, tuple[str, ...]] = {
    "conflict.attack": ("Attack",),
    "conflict.demonstrate": ("Protest",),
    "conflict.yield": ("Withdrawal",),
    "contact.collaborate": ("Meeting",),
    "contact.discussion": ("Meeting",),
    "contact.negotiate": ("Meeting",),
    "contact.commandorder": ("Request",),
    "contact.requestadvise": ("Request",),
    "contact.commitmentpromiseexpressintent": ("Statement",),
    "contact.mediastatement": ("Statement",),
    "contact.prevarication": ("Statement",),
    "contact.publicstatementinperson": ("Statement",),
    "contact.threatencoerce": ("Threat",),
    "contact.funeralvigil": (),
    "disaster.accidentcrash": ("Disaster",),
    "disaster.fireexplosion": ("Disaster", "Bombing"),
    "government.agreements": ("Agreement",),
    "government.formation": (),
    "government.legislate": (),
    "government.spy": ("Investigation",),
    "government.vote": ("Election",),
    "personnel.elect": ("Election",),
    "inspection.sensoryobserve": ("Investigation",),
    "justice.arrestjaildetain": ("Arrest",),
    "justice.initiatejudicialprocess": ("Charge", "Trial"),
    "justice.investigate": ("Investigation",),
    "justice.judicialconsequences": ("Conviction", "Killing"),
    "life.die": ("Death",),
    "life.injure": ("Injury",),
    "manufacture.artifact": (),
    "movement.transportartifact": ("Movement", "Transfer"),
    "movement.transportperson": ("Movement",),
    "personnel.endposition": ("Dismissal", "Resignation"),
    "personnel.startposition": ("Appointment",),
    "transaction.transaction": ("Transfer", "Sanction"),
    "transaction.transfermoney": ("Transfer",),
    "transaction.transferownership": ("Transfer",),
    "artifactexistence.damagedestroy": ("Damage",),
}


#: RAMS subtypes whose meaning is a kg class their family's list leaves out: control of a
#: place or thing handed over or seized ("confiscated", "seized the base") is kg's
#: TakeControl, where the family's other subtypes are gifts, aid and sanctions.
RAMS_SUBTYPES: dict[str, tuple[str, ...]] = {
    "transaction.transaction.transfercontrol": ("TakeControl",),
}


def family(kairos_type: str) -> str:
    """``Conflict.Attack`` of ``Conflict.Attack.DetonateExplode``."""
    return ".".join(kairos_type.split(".")[:2])


def matches(event_class: str | None, kairos_type: str) -> bool:
    """Whether kg's class (or a class above it) is one the gold type's family accepts."""
    from kg.event_types import superclasses

    if event_class is None:
        return False
    lineage = {event_class, *superclasses(event_class)}
    accepted = FAMILIES.get(family(kairos_type)) or RAMS_FAMILIES.get(family(kairos_type), ())
    accepted += RAMS_SUBTYPES.get(kairos_type, ())
    return any(name in lineage for name in accepted)


def read(path: Path) -> tuple[list[Any], dict[str, list[tuple[int, int, str, str]]]]:
    """The documents (text = sentences joined by a space) and their gold triggers by offsets."""
    from kg.model import Document

    documents = []
    gold: dict[str, list[tuple[int, int, str, str]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            offsets: list[tuple[int, int]] = []
            parts: list[str] = []
            position = 0
            for tokens, sentence_text in row["sentences"]:
                first = tokens[0][1]
                offsets.extend((position + s - first, position + e - first) for _, s, e in tokens)
                parts.append(sentence_text)
                position += len(sentence_text) + 1
            documents.append(Document(id=row["doc_id"], text=" ".join(parts)))
            gold[row["doc_id"]] = [
                (
                    offsets[m["trigger"]["start"]][0],
                    offsets[m["trigger"]["end"] - 1][1],
                    m["event_type"],
                    m["trigger"]["text"],
                )
                for m in row["event_mentions"]
            ]
    return documents, gold


def read_rams(path: Path) -> tuple[list[Any], dict[str, list[tuple[int, int, str, str]]]]:
    """RAMS passages (tokens joined by spaces) and their one gold trigger each."""
    from kg.model import Document

    documents = []
    gold: dict[str, list[tuple[int, int, str, str]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            tokens = [t for sentence in row["sentences"] for t in sentence]
            starts = []
            position = 0
            for token in tokens:
                starts.append(position)
                position += len(token) + 1
            documents.append(Document(id=row["doc_key"], text=" ".join(tokens)))
            gold[row["doc_key"]] = [
                (starts[s], starts[e] + len(tokens[e]), kind[0][0], " ".join(tokens[s : e + 1]))
                for s, e, kind in row["evt_triggers"]
            ]
    return documents, gold


def evaluate(events: Any, gold: dict[str, list[tuple[int, int, str, str]]]) -> dict[str, Any]:
    """Typed share and family accuracy on the events aligned with a gold trigger."""
    aligned = []
    for event in events:
        if event.part:
            continue
        for start, end, kairos_type, trigger in gold.get(event.document, ()):
            if event.start < end and start < event.end:
                aligned.append((event, kairos_type, trigger))
                break
    typed = sum(1 for event, _, _ in aligned if event.event_type is not None)
    right = sum(1 for event, kind, _ in aligned if matches(event.event_type, kind))
    by_family: dict[str, Counter[str]] = {}
    misses: Counter[tuple[str, str, str]] = Counter()
    for event, kind, _ in aligned:
        counts = by_family.setdefault(family(kind), Counter())
        counts["aligned"] += 1
        if matches(event.event_type, kind):
            counts["right"] += 1
        else:
            misses[(family(kind), event.action, str(event.event_type))] += 1
    n = len(aligned)
    return {
        "gold_events": sum(len(v) for v in gold.values()),
        "aligned": n,
        "typed": typed,
        "typed_share": round(typed / n, 3) if n else 0.0,
        "right": right,
        "family_accuracy": round(right / n, 3) if n else 0.0,
        "accuracy_of_typed": round(right / typed, 3) if typed else 0.0,
        "by_family": {k: dict(v) for k, v in sorted(by_family.items())},
        "misses": [
            {"family": f, "action": a, "kg": c, "count": k} for (f, a, c), k in misses.most_common()
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--rams", type=Path, help="score RAMS passages (jsonlines) instead, by their AIDA types"
    )
    parser.add_argument(
        "--variant",
        choices=["both", "rules", "learned"],
        default="both",
        help="type with the hand-written lexicon, the learned one, or both (kg's way)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    path = args.rams or args.data
    if not path.exists():
        sys.exit(f"eval_event_types: no data at {path}")
    import kg

    documents, gold = read_rams(path) if args.rams else read(path)
    events = kg.build(documents).events
    if args.variant != "both":
        import dataclasses

        from kg.event_types import event_type

        rules, learned = args.variant == "rules", args.variant == "learned"
        events = tuple(
            dataclasses.replace(e, event_type=event_type(e, rules=rules, learned=learned))
            for e in events
        )
    result = evaluate(events, gold)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    n = result["aligned"]
    name = "RAMS" if args.rams else "WikiEvents dev"
    print(f"{name}: {result['gold_events']} gold events, {n} kg events aligned with one")
    print(f"typed:           {result['typed']}/{n} = {result['typed_share']:.1%}")
    print(f"family accuracy: {result['right']}/{n} = {result['family_accuracy']:.1%}")
    print(f"  of the typed:  {result['accuracy_of_typed']:.1%}")
    print("\nfamily                                         right/aligned")
    for name, counts in result["by_family"].items():
        print(f"  {name:45s} {counts.get('right', 0):3d}/{counts['aligned']}")
    print("\nmisses (gold family, kg action, kg class):")
    for miss in result["misses"]:
        print(f"  {miss['count']:2d}  {miss['family']:40s} {miss['action']!r:22s} {miss['kg']}")


if __name__ == "__main__":
    main()
