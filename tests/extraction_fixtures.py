"""One sentence through the real model's extraction, for the tests of who, what and where."""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.model import Document, Event


def event_named(nlp: Language, text: str, action: str) -> Event:
    """The first event of ``text`` whose action is ``action`` (the test fails if none is)."""
    extraction = extract(nlp(text), Document(id="doc", text=text))
    found = [e for e in extraction.events if e.action == action]
    assert found, f"no {action!r} event in {[e.action for e in extraction.events]}"
    return found[0]
