"""The ``kg_events`` component: kg's events and entity mentions on the Doc.

A plain class; :mod:`kg.components.factories` registers it with spaCy.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.extract import extract
from kg.model import Document

__all__ = ["EventComponent"]


class EventComponent:
    """Sets ``doc._.events`` and ``doc._.entity_mentions`` from kg's extractor.

    The document id is ``doc._.document_id`` when set (default ``"doc"``), and
    relative times are anchored on ``doc._.document_date`` when set.
    """

    def __init__(self) -> None:
        # Registered here, not at import time, so importing kg changes no global state.
        for name in ("events", "entity_mentions"):
            if not Doc.has_extension(name):
                Doc.set_extension(name, default=())
        if not Doc.has_extension("document_id"):
            Doc.set_extension("document_id", default="doc")
        if not Doc.has_extension("document_date"):
            Doc.set_extension("document_date", default=None)

    def __call__(self, doc: Doc) -> Doc:
        document = Document(id=doc._.document_id, text=doc.text, date=doc._.document_date)
        extraction = extract(doc, document)
        doc._.events = extraction.events
        doc._.entity_mentions = extraction.mentions
        return doc

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> EventComponent:
        return self
