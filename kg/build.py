"""From documents to a knowledge graph: read, parse, extract, resolve.

>>> graph = build(["Russian forces shelled Kharkiv on Monday, killing 12 people, officials said."])
>>> [(e.action, graph.entity(e.actor.entity).label) for e in graph.events][:1]
[('shell', 'Russian forces')]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.inputs import Source, read_documents
from kg.model import Document, Extraction
from kg.pipeline import DEFAULT_MODEL, load_pipeline
from kg.resolve import resolve

__all__ = ["build", "extractions"]


def build(
    sources: Iterable[Source],
    *,
    model: str = DEFAULT_MODEL,
    date: dt.date | None = None,
    batch_size: int = 32,
    on_document: Callable[[Extraction], None] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from news documents.

    Args:
        sources: Texts (``str``), paths (``pathlib.Path``: files, folders, JSON
            lines; ``Path("-")`` for stdin) or :class:`~kg.model.Document` records.
        model: The installed spaCy pipeline to use.
        date: Publication date for documents that do not carry one; relative
            times ("Friday", "today") are anchored on it.
        batch_size: Documents per spaCy batch.
        on_document: Called with each document's extraction as it is done
            (progress bars, streaming writers).

    Returns:
        The :class:`~kg.graph.KnowledgeGraph` of all documents, entities resolved
        across them.

    Raises:
        InputError: A source cannot be read.
        ModelError: The model is not installed.
    """
    done = []
    for extraction in extractions(sources, model=model, date=date, batch_size=batch_size):
        done.append(extraction)
        if on_document is not None:
            on_document(extraction)
    entities, events = resolve(done)
    return KnowledgeGraph(
        documents=tuple(e.document for e in done), entities=entities, events=events
    )


def extractions(
    sources: Iterable[Source],
    *,
    model: str = DEFAULT_MODEL,
    date: dt.date | None = None,
    batch_size: int = 32,
) -> Iterator[Extraction]:
    """Yield each document's extraction, lazily, in input order (before resolution)."""
    nlp = load_pipeline(model)
    documents = (_dated(d, date) for d in read_documents(sources))
    pairs = ((document.text, document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract(doc, document)


def _dated(document: Document, date: dt.date | None) -> Document:
    if document.date is None and date is not None:
        return dataclasses.replace(document, date=date)
    return document
