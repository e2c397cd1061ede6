"""A document with more events than one store transaction takes is written in slices.

The sample articles joined into one document stand in for a book in one file;
the number of events per transaction is made small instead of the document
large, so the slices are many and the test quick.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import kg.outputs
from kg.building import extractions
from kg.model import Document
from kg.outputs import build_into_store
from kg.rdf import quads
from kg.rdf.mapping import document_quads_in_slices
from kg.resolve import EntityIndex
from kg.store import Store


@pytest.fixture(scope="module")
def long_document(samples: Path) -> Document:
    texts = [path.read_text(encoding="utf-8") for path in sorted(samples.glob("*.txt"))]
    return Document(id="book", text="\n\n".join(texts))


def test_the_slices_of_a_document_are_its_graph(nlp: Language, long_document: Document) -> None:
    (extraction,) = extractions([long_document])
    events, mentions = EntityIndex().add_with_mentions(extraction)
    assert len(events) > 10 and len(mentions) > 10
    whole = quads([long_document], (), events, mentions=mentions)
    graph = {q for q in whole if q.graph_name.value.endswith("/book")}
    slices = list(document_quads_in_slices(long_document, events, mentions, size=4))
    assert len(slices) > 5
    assert {q for part in slices for q in part} == graph
    # A sentence's node is described by the first slice that needs it, not again.
    assert sum(len(part) for part in slices) == len(graph)


def test_a_store_written_in_slices_equals_one_written_at_once(
    nlp: Language, long_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_once = tmp_path / "at-once"
    build_into_store([long_document], at_once)
    monkeypatch.setattr(kg.outputs, "EVENTS_PER_TRANSACTION", 4)
    sliced = tmp_path / "sliced"
    first = build_into_store([long_document], sliced)
    assert set(Store(sliced).quads()) == set(Store(at_once).quads())
    # Built again, the document is replaced, not added to: the same store.
    again = build_into_store([long_document], sliced)
    assert set(Store(sliced).quads()) == set(Store(at_once).quads())
    assert again.triples == first.triples
