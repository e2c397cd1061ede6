"""A document with more events than one store transaction takes is written in slices.

The sample articles joined into one document stand in for a book in one file;
the number of events per transaction is made small instead of the document
large, so the slices are many and the test quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import kg.outputs.store_build
from kg.building import extractions
from kg.model import Document
from kg.outputs import build_into_store, export_store
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
    monkeypatch.setattr(kg.outputs.store_build, "EVENTS_PER_TRANSACTION", 4)
    sliced = tmp_path / "sliced"
    first = build_into_store([long_document], sliced)
    assert set(Store(sliced).quads()) == set(Store(at_once).quads())
    # Built again, the document is replaced, not added to: the same store.
    again = build_into_store([long_document], sliced)
    assert set(Store(sliced).quads()) == set(Store(at_once).quads())
    assert again.triples == first.triples


# --------------------------------------------------------------------------- a document in parts


def _in_parts_store(
    document: Document, folder: Path, monkeypatch: pytest.MonkeyPatch, *, whole: bool = False
) -> None:
    """Build ``document`` into a store at ``folder``, cut in segments of 2,000 characters.

    ``whole``: its segments joined into one extraction before the store sees
    it, as kg did before documents came in parts.
    """
    import kg.building
    import kg.parallel

    monkeypatch.setattr(kg.parallel, "SEGMENT_CHARS", 2_000)
    if whole:
        joined = kg.building.extractions
        monkeypatch.setattr(
            kg.building,
            "extractions",
            lambda *a, **k: joined(*a, **{**k, "in_parts": False}),
        )
    build_into_store([document], folder)
    monkeypatch.undo()


@pytest.fixture(scope="module")
def longer_document(samples: Path) -> Document:
    texts = [path.read_text(encoding="utf-8") for path in sorted(samples.glob("*.txt"))]
    return Document(id="book", text="\n\n".join(texts * 3))


def test_a_store_built_from_parts_is_the_store_of_the_whole_document(
    nlp: Language, longer_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import _records as records
    from kg.outputs import RECORD_NAME

    _in_parts_store(longer_document, tmp_path / "whole", monkeypatch, whole=True)
    _in_parts_store(longer_document, tmp_path / "parts", monkeypatch)
    assert set(Store(tmp_path / "parts").quads()) == set(Store(tmp_path / "whole").quads())
    record = (tmp_path / "parts" / RECORD_NAME).read_text(encoding="utf-8")
    parts = records.loads(record)
    assert len(parts) == parts[0].parts > 8  # a line a part
    # Built again (the record read back in parts), the document is replaced: the same store.
    _in_parts_store(longer_document, tmp_path / "parts", monkeypatch)
    assert set(Store(tmp_path / "parts").quads()) == set(Store(tmp_path / "whole").quads())
    # Exported, the record of parts is read back and resolved as the whole document.
    for name in ("whole", "parts"):
        export_store(tmp_path / name, tmp_path / f"{name}-out")
    for file in ("graph.trig", "graph.html"):
        exported = (tmp_path / "parts-out" / file).read_bytes()
        assert exported == (tmp_path / "whole-out" / file).read_bytes()


def test_a_long_document_is_never_held_whole_while_it_is_built(
    nlp: Language, longer_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The events alive at each step of a build into a store: a part's, never the document's."""
    import gc

    import kg._records
    import kg.rdf.mapping
    import kg.resolve._parts
    from kg.model import Event

    alive: dict[str, list[int]] = {"extracted": [], "resolved": [], "written": []}

    def events_alive() -> int:
        gc.collect()
        found = (o for o in gc.get_objects() if isinstance(o, Event))
        return sum(1 for event in found if event.document == longer_document.id)

    before = events_alive()  # other tests' records, still referenced somewhere

    def counting(step: str, function: Any) -> Any:
        def counted(*args: Any, **kwargs: Any) -> Any:
            alive[step].append(events_alive() - before)
            return function(*args, **kwargs)

        return counted

    records_line = kg._records.dump_line
    monkeypatch.setattr(kg._records, "dump_line", counting("extracted", records_line))
    resolving = kg.resolve._parts.resolve_part
    monkeypatch.setattr(kg.resolve._parts, "resolve_part", counting("resolved", resolving))
    slices = kg.rdf.mapping.document_quads_in_slices
    monkeypatch.setattr(kg.rdf.mapping, "document_quads_in_slices", counting("written", slices))
    with monkeypatch.context() as patch:
        import kg.parallel

        patch.setattr(kg.parallel, "SEGMENT_CHARS", 2_000)
        build_into_store([longer_document], tmp_path / "store")
    (whole,) = extractions([longer_document])
    total = len(whole.events)
    del whole
    assert all(len(counts) > 8 for counts in alive.values())  # a step per part
    # The document's event records alive at each step: a part's or two, not the document's.
    assert max(max(counts) for counts in alive.values()) < total / 3
