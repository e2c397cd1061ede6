"""The ``kg_events`` component: kg's events and entity mentions on the Doc.

A plain class; :mod:`kg.components.factories` registers it with spaCy.

The records are kept on the Doc as plain values (``doc._.kg_events`` and
``doc._.kg_entity_mentions``: dicts of text, numbers and lists, see
:mod:`kg.components._records`), which spaCy's msgpack writes, so they survive
``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=2)``;
``doc._.events`` and ``doc._.entity_mentions`` read them back as
:class:`~kg.model.Event` and :class:`~kg.model.Argument` records.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

from kg.components._records import from_plain, to_plain
from kg.extract import extract
from kg.model import Argument, Document, Event

__all__ = ["EventComponent"]

#: What the component sets, for spaCy's ``nlp.analyze_pipes()``.
ASSIGNS = ("doc._.kg_events", "doc._.kg_entity_mentions")

#: What it needs from the components before it.
REQUIRES = ("doc.ents", "doc.sents", "token.dep", "token.tag", "token.lemma")


def _events(doc: Doc) -> tuple[Event, ...]:
    return tuple(from_plain(Event, data) for data in doc._.kg_events)


def _entity_mentions(doc: Doc) -> tuple[Argument, ...]:
    return tuple(from_plain(Argument, data) for data in doc._.kg_entity_mentions)


class EventComponent:
    """Sets ``doc._.events`` and ``doc._.entity_mentions`` from kg's extractor.

    The document id is ``doc._.document_id`` when set (default ``"doc"``), and
    relative times are anchored on ``doc._.document_date`` when set (a date, or
    its ISO text, which msgpack can carry where a date it cannot).
    """

    def __init__(self) -> None:
        # Registered here, not at import time, so importing kg changes no global state.
        for name in ("kg_events", "kg_entity_mentions"):
            if not Doc.has_extension(name):
                Doc.set_extension(name, default=[])
        if not Doc.has_extension("events"):
            Doc.set_extension("events", getter=_events)
        if not Doc.has_extension("entity_mentions"):
            Doc.set_extension("entity_mentions", getter=_entity_mentions)
        if not Doc.has_extension("document_id"):
            Doc.set_extension("document_id", default="doc")
        if not Doc.has_extension("document_date"):
            Doc.set_extension("document_date", default=None)

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.document_date
        if isinstance(date, str):  # ISO text, which survives Doc.to_bytes as a date does not
            date = dt.date.fromisoformat(date)
        document = Document(id=doc._.document_id, text=doc.text, date=date)
        extraction = extract(doc, document)
        doc._.kg_events = [to_plain(event) for event in extraction.events]
        doc._.kg_entity_mentions = [to_plain(mention) for mention in extraction.mentions]
        return doc

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> EventComponent:
        return self
