"""Where kg's actor and place misses on RAMS come from: one class per gold argument.

Run on the RAMS **dev** split (training data, ``../shared/data/train``) by default, so
the classes can guide work without reading the test split's errors::

    python bench/rams_breakdown.py                    # RAMS dev, actor and place
    python bench/rams_breakdown.py --rams PATH        # another split in the same format
    python bench/rams_breakdown.py --show "candidate, not chosen" --role place

Every gold argument in the actor or place role (the role map of ``bench/eval_rams.py``)
falls in exactly one class, tried in this order (lenient, as ``eval_rams.py`` scores):

* ``found``: an event in the trigger's sentence holds the argument's head in that role;
* ``other sentence``: the head lies outside the trigger's sentence (no event of the
  trigger's sentence names it: kg's roles stay in their sentence);
* ``no event in sentence``: kg makes no event at all in the trigger's sentence;
* ``held in another role``: an event of the sentence holds the head, in another role
  (an actor read as the target, a place as the actor ...);
* ``not a candidate``: the head is no word kg could give that role: for a place, no
  place entity or place noun (the model missed the name, or "the Yemeni capital" hangs on an
  adjective); for an actor, no noun, name or pronoun (a parse or span error);
* ``candidate, not chosen``: a word of the right kind that no event takes. Split by
  where the parse hangs it: ``... in the trigger's clause`` (the rules could have
  taken it) or ``... elsewhere`` (hung in another clause: a parse error or an argument
  the sentence gives far from its event).

The parse is kg's own pipeline (:func:`kg.pipeline.load_pipeline`) and the events are
:func:`kg.extract.extract`'s, before resolution (which does not move spans).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from eval_rams import Passage, read_passages  # noqa: E402

DEFAULT_DEV = REPO.parent / "shared" / "data" / "train" / "rams_dev.jsonlines.gz"
ROLES = ("actor", "place")
CLASSES = (
    "found",
    "other sentence",
    "no event in sentence",
    "held in another role",
    "not a candidate",
    "candidate, not chosen, in the trigger's clause",
    "candidate, not chosen, elsewhere",
)
# Dependencies that open a clause of its own.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj"})


def _spans(event, role: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    from kg.extract.spans import PLACE_LABELS

    if role == "actor":
        return [(event.actor.start, event.actor.end)] if event.actor is not None else []
    if role == "target":
        return [(event.target.start, event.target.end)] if event.target is not None else []
    found = [(p.argument.start, p.argument.end) for p in event.places]
    if event.target is not None and event.target.label in PLACE_LABELS:
        found.append((event.target.start, event.target.end))
    return found


def _candidate(token, role: str) -> bool:  # type: ignore[no-untyped-def]
    from kg.extract.spans import is_place

    if role == "place":
        return bool(is_place(token))
    return token.pos_ in {"NOUN", "PROPN", "PRON"}


def _in_clause(token, trigger) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``token`` hangs under ``trigger`` (or its head verb) without crossing a clause."""
    anchors = {trigger.i}
    if trigger.dep_ in {"dobj", "pobj", "nsubj"}:
        anchors.add(trigger.head.i)  # "launched an attack": the verb's phrases are the noun's
    node = token
    for _ in range(40):
        if node.i in anchors:
            return True
        if node.dep_ in _CLAUSE_DEPS or node.head.i == node.i:
            return node.head.i in anchors and node.dep_ not in {"ccomp", "relcl", "parataxis"}
        node = node.head
    return False


def classify(passage: Passage, doc, events) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(role, class, readable line) for each actor and place argument of the passage."""
    sentence = next(
        (s for s in passage.sentence_spans if s[0] <= passage.trigger[0] <= s[1]),
        passage.sentence_spans[0],
    )
    pool = [e for e in events if sentence[0] <= e.start <= sentence[1]]
    trigger_span = doc.char_span(*passage.trigger, alignment_mode="expand")
    out = []
    for role, a_start, a_end in passage.arguments:
        if role not in ROLES:
            continue
        start, end = passage.token_spans[a_start][0], passage.token_spans[a_end][1]
        span = doc.char_span(start, end, alignment_mode="expand")
        head = span.root
        h_start, h_end = head.idx, head.idx + len(head)

        def holds(r: str, h_start: int = h_start, h_end: int = h_end) -> bool:
            return any(s <= h_start and h_end <= e for ev in pool for s, e in _spans(ev, r))

        if holds(role):
            kind = "found"
        elif not sentence[0] <= h_start <= sentence[1]:
            kind = "other sentence"
        elif not pool:
            kind = "no event in sentence"
        elif any(holds(r) for r in ("actor", "place", "target") if r != role):
            kind = "held in another role"
        elif not _candidate(head, role):
            kind = "not a candidate"
        elif trigger_span is not None and _in_clause(head, trigger_span.root):
            kind = "candidate, not chosen, in the trigger's clause"
        else:
            kind = "candidate, not chosen, elsewhere"
        text = passage.text
        trigger = text[passage.trigger[0] : passage.trigger[1]]
        line = (
            f"- {text[start:end]!r} (head {head.text!r}, {head.dep_} of {head.head.text!r}) "
            f"trigger {trigger!r}; kg: "
            + ("; ".join(f"{text[e.start : e.end]}" for e in pool) or "no event")
            + f"\n  {text[sentence[0] : sentence[1]]}"
        )
        out.append((role, kind, line))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rams", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--role", choices=ROLES)
    parser.add_argument("--show", choices=CLASSES, help="List the arguments of one class.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.rams.exists():
        sys.exit(f"{args.rams}: not found; pass --rams PATH to a RAMS .jsonlines(.gz) file")

    from kg.extract import extract
    from kg.model import Document
    from kg.pipeline import load_pipeline

    passages = read_passages(args.rams, args.limit)
    nlp = load_pipeline()
    counts: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    for passage, doc in zip(passages, nlp.pipe(p.text for p in passages), strict=True):
        events = extract(doc, Document(id=passage.key, text=passage.text)).events
        for role, kind, line in classify(passage, doc, events):
            counts[(role, kind)] += 1
            if kind == args.show and (args.role is None or role == args.role):
                shown.append(line)
    table = {role: {kind: counts[(role, kind)] for kind in CLASSES} for role in ROLES}
    if args.json:
        print(json.dumps({"passages": len(passages), "classes": table}, indent=2))
        return
    print(f"{args.rams.name}: {len(passages)} passages")
    for role in ROLES:
        total = sum(table[role].values())
        print(f"\n{role} ({total} arguments)")
        for kind in CLASSES:
            n = table[role][kind]
            print(f"  {kind:48} {n:4} ({n / total if total else 0:.3f})")
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
