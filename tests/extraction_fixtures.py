"""Sentences for the tests of who, what and where: through the real model's extraction, or
parsed by hand (the rules without the statistical model)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract
from kg.model import Document, Event

VOCAB = spacy.blank("en").vocab


def event_named(nlp: Language, text: str, action: str) -> Event:
    """The first event of ``text`` whose action is ``action`` (the test fails if none is)."""
    extraction = extract(nlp(text), Document(id="doc", text=text))
    found = [e for e in extraction.events if e.action == action]
    assert found, f"no {action!r} event in {[e.action for e in extraction.events]}"
    return found[0]


def parsed(rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A Doc from lines of ``word lemma POS TAG dep head`` (head: absolute index)."""
    table = [line.split() for line in rows.strip().splitlines()]
    words = [r[0] for r in table]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in {".", ","} for i in range(len(words))],
        lemmas=[r[1] for r in table],
        pos=[r[2] for r in table],
        tags=[r[3] for r in table],
        deps=[r[4] for r in table],
        heads=[int(r[5]) for r in table],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    doc.ents = [
        doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for s, e, lab in ents
    ]
    return doc
