"""Long documents, chunking and worker processes (kg.parallel)."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from kg.inputs import read_documents
from kg.model import Argument, Document, Event, Extraction
from kg.parallel import (
    _extract_chunk,
    _laying_out,
    _start_method,
    _tapered,
    chunks,
    extract_documents,
    extract_with,
    segments,
)
from kg.pipeline import DEFAULT_MODEL
from kg.read import hygiene

# Three paragraphs of made-up conflict news; the last one holds facts that a
# truncating splitter would lose.
_PARAGRAPHS = [
    "Rebel fighters attacked the town of Varna on Tuesday, officials said. "
    "The army sent 300 soldiers to the region.",
    "Local police arrested 14 people in Dorsk after the protest. "
    "The mayor of Dorsk condemned the violence.",
    "Government forces shelled the village of Kerem on Friday, killing at least 12 people, "
    "according to the United Nations. Aid groups evacuated more than 200 families.",
]
_LONG_TEXT = "Fighting spreads in the north\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"


# --------------------------------------------------------------------------- segments


@given(
    st.text(alphabet=st.sampled_from("ab .!?\n\t\"'"), max_size=300),
    st.integers(min_value=1, max_value=60),
)
def test_segments_cover_the_text_exactly_within_the_limit(text: str, max_length: int) -> None:
    spans = segments(text, max_length=max_length)
    assert "".join(text[start:end] for start, end in spans) == text
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(b[0] == a[1] for a, b in itertools.pairwise(spans))
    assert all(0 < end - start <= max_length for start, end in spans) or text == ""


def test_segments_cut_at_paragraphs_when_paragraphs_fit() -> None:
    text = "First para one. Two.\n\nSecond para here.\n\nThird."
    spans = segments(text, max_length=22)
    cuts = [start for start, _ in spans[1:]]
    assert cuts == [text.index("Second"), text.index("Third")]


def test_segments_cut_at_sentences_inside_a_long_paragraph() -> None:
    text = "One sentence here. Another one follows! A third? Yes."
    spans = segments(text, max_length=22)
    for start, _ in spans[1:]:
        assert text[start - 1] == " " and text[start - 2] in ".!?"


def test_segments_cut_words_only_when_nothing_else_fits() -> None:
    assert segments("abcdefghij", max_length=4) == [(0, 4), (4, 8), (8, 10)]
    with pytest.raises(ValueError, match="max_length"):
        segments("abc", max_length=0)


def test_chunks_keep_order_and_close_at_the_size() -> None:
    documents = [Document(id=str(i), text="x" * 30) for i in range(7)]
    grouped = list(chunks(documents, chunk_chars=60, max_documents=10))
    assert [d.id for chunk in grouped for d in chunk] == [str(i) for i in range(7)]
    assert [len(chunk) for chunk in grouped] == [2, 2, 2, 1]
    assert [len(c) for c in chunks(documents, chunk_chars=10**6, max_documents=3)] == [3, 3, 1]


def test_the_last_chunks_for_workers_get_smaller_and_the_others_are_unchanged() -> None:
    documents = [Document(id=str(i), text="x" * (10 + i % 7)) for i in range(300)]
    plain = list(chunks(documents, chunk_chars=100, max_documents=50))
    tapered = list(_tapered(documents, chunk_chars=100, max_documents=50, workers=2))
    assert [d.id for chunk in tapered for d in chunk] == [d.id for d in documents]
    # Until the reader sees the end (three chunks ahead), the same chunks.
    same = len(plain) - 4
    assert tapered[:same] == plain[:same]
    sizes = [sum(len(d.text) for d in chunk) for chunk in tapered[same:]]
    # Then smaller ones, down to an eighth of a chunk (plus the document that passes it).
    assert sizes[1:3] == sorted(sizes[1:3], reverse=True) and sizes[1] < 100
    assert sum(1 for size in sizes if size < 100 // 2) >= 4
    assert sizes[-1] < 100 // 4


def test_an_input_of_one_chunk_stays_one_chunk() -> None:
    documents = [Document(id=str(i), text="x" * 30) for i in range(4)]
    assert list(_tapered(documents, chunk_chars=100, max_documents=50, workers=2)) == [documents]
    assert list(_tapered([], chunk_chars=100, max_documents=50, workers=2)) == []


# --------------------------------------------------------------------------- long documents


@pytest.fixture()
def short_nlp(nlp: Language) -> Iterator[Language]:
    """The shared pipeline with a tiny max_length, restored afterwards."""
    saved = nlp.max_length
    nlp.max_length = 120
    try:
        yield nlp
    finally:
        nlp.max_length = saved


def _offsets_point_into(text: str, extraction: Extraction) -> None:
    def check(argument: Argument | None) -> None:
        if argument is not None:
            assert text[argument.start : argument.end] == argument.text

    for mention in extraction.mentions:
        check(mention)
    for event in extraction.events:
        evidence = event.evidence
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.start <= event.start < event.end <= evidence.end
        for argument in (event.actor, event.target, event.source):
            check(argument)
        for place in event.places:
            check(place.argument)
        for figure in event.figures:
            assert text[figure.start : figure.end] == figure.text
        if event.time is not None:
            assert text[event.time.start : event.time.end] == event.time.text


def test_long_document_is_split_not_truncated_and_offsets_stay_right(
    short_nlp: Language,
) -> None:
    document = Document(id="long", text=_LONG_TEXT)
    assert len(document.text) > short_nlp.max_length
    (extraction,) = extract_with(short_nlp, [document])
    assert extraction.document is document
    _offsets_point_into(document.text, extraction)
    last = document.text.index(_PARAGRAPHS[2])
    # Facts from the end of the document survive: nothing was cut off.
    assert any(event.start > last for event in extraction.events)
    assert any(m.text == "Kerem" for m in extraction.mentions)
    assert any(f.text.startswith("more than 200") for e in extraction.events for f in e.figures)


def test_long_document_gives_the_same_events_as_one_piece(nlp: Language) -> None:
    document = Document(id="long", text=_LONG_TEXT)
    (whole,) = extract_with(nlp, [document])
    saved = nlp.max_length
    nlp.max_length = 200
    try:
        (split,) = extract_with(nlp, [document])
    finally:
        nlp.max_length = saved
    # Cut at paragraph breaks, each sentence is parsed as before, so the
    # triggers found are the same (the statistical parse may differ at the edges).
    triggers = {(e.start, e.action) for e in whole.events}
    assert {(e.start, e.action) for e in split.events} == triggers


def test_a_document_without_spaces_longer_than_max_length_does_not_crash(
    short_nlp: Language,
) -> None:
    text = "x" * 300 + " Rebels attacked Varna."
    (extraction,) = extract_with(short_nlp, [Document(id="blob", text=text)])
    _offsets_point_into(text, extraction)


# --------------------------------------------------------------------------- workers


def _events(extractions: list[Extraction]) -> list[tuple[Event, ...]]:
    return [e.events for e in extractions]


def test_two_workers_give_the_same_extractions_as_one(samples: Path) -> None:
    one = list(extract_documents(read_documents([samples]), workers=1))
    # Small chunks, so that both workers get several.
    two = list(extract_documents(read_documents([samples]), workers=2, chunk_chars=1500))
    assert [e.document.id for e in two] == [e.document.id for e in one]
    assert two == one
    assert sum(len(e.events) for e in one) > 20


def test_what_forked_workers_share_is_left_to_the_collector_again_after(samples: Path) -> None:
    if _start_method() != "fork":
        pytest.skip("workers are not forked here")
    assert gc.get_freeze_count() == 0
    stream = extract_documents(read_documents([samples]), workers=2, chunk_chars=1500)
    next(stream)
    assert gc.get_freeze_count() > 0  # set aside while the workers share it
    assert list(stream)
    assert gc.get_freeze_count() == 0


def test_workers_read_the_input_lazily() -> None:
    consumed = []

    def endless() -> Iterator[Document]:
        for i in itertools.count():
            consumed.append(i)
            yield Document(id=f"d{i}", text=f"Rebels attacked the town number {i}.")

    stream = extract_documents(endless(), workers=1, batch_size=4)
    first = next(stream)
    assert first.document.id == "d0"
    assert len(consumed) < 50
    stream.close()


def test_a_worker_lays_out_no_text_whose_layout_the_parent_sent() -> None:
    # The parent laid each text out as it read it (for its title); the worker's spaCy
    # component and extractor use that layout and lay nothing out themselves.
    chunk = [
        Document(id="d1", text="Flood Hits Varna\n\nFloods hit the town of Varna on Monday."),
        Document(id="d2", text="Rebels attacked the town of Dorsk, officials said."),
    ]
    sent: dict[str, hygiene.Layout] = {}
    assert list(_laying_out(chunk, sent)) == chunk
    assert sent == {d.text: hygiene.layout(d.text) for d in chunk}
    hygiene._layout.cache_clear()
    found = _extract_chunk(chunk, DEFAULT_MODEL, 8, [sent[d.text] for d in chunk])
    assert hygiene._layout.cache_info().misses == 0
    assert found == _extract_chunk(chunk, DEFAULT_MODEL, 8)
    assert hygiene._layout.cache_info().misses > 0


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(extract_documents([], workers=0))


# --------------------------------------------------------------------------- long documents


def test_long_documents_are_extracted_segment_by_segment(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.parallel

    document = Document(id="long", text=_LONG_TEXT)
    short = Document(id="short", text=_PARAGRAPHS[0])
    whole = list(extract_documents([short, document, short], workers=1))
    # Segments the size of a paragraph: each is parsed and extracted on its own.
    monkeypatch.setattr(kg.parallel, "SEGMENT_CHARS", 200)
    assert len(segments(document.text, max_length=200)) > 2
    for workers in (1, 2):
        cut = list(extract_documents([short, document, short], workers=workers, chunk_chars=150))
        assert [e.document for e in cut] == [short, document, short]
        assert cut[1].document is document  # the caller's record, not a segment
        _offsets_point_into(document.text, cut[1])
        # Cut at paragraph breaks, each sentence is parsed as before.
        assert {(e.start, e.action) for e in cut[1].events} == {
            (e.start, e.action) for e in whole[1].events
        }
        assert cut[0] == whole[0] and cut[2] == whole[2]
        assert [m.start for m in cut[1].mentions] == sorted(m.start for m in cut[1].mentions)
        # In parts: a part a segment, as it is done, the same records joined.
        parts = list(
            extract_documents(
                [short, document, short], workers=workers, chunk_chars=150, in_parts=True
            )
        )
        count = len(segments(document.text, max_length=200))
        assert [(p.document.id, p.part, p.parts) for p in parts] == [
            ("short", 0, 1),
            *(("long", number, count) for number in range(count)),
            ("short", 0, 1),
        ]
        assert all(p.document is document for p in parts[1:-1])
        assert tuple(e for p in parts[1:-1] for e in p.events) == cut[1].events
        assert tuple(m for p in parts[1:-1] for m in p.mentions) == cut[1].mentions
        assert parts[0] == cut[0] and parts[-1] == cut[2]


def test_a_worker_writing_to_a_parent_that_has_gone_prints_no_traceback() -> None:
    # Ctrl-C: the parent prints "interrupted" and takes the pool down while a
    # worker may be sending its result; the worker's BrokenPipeError must not
    # print a traceback under kg's one sentence.
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import os, signal
        from kg.parallel import _leave_interrupts_to_the_parent
        _leave_interrupts_to_the_parent()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        read, write = os.pipe()
        os.close(read)
        os.write(write, b"a result")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1  # the write failed ...
    assert done.stdout == "" and done.stderr == ""  # ... and said nothing
