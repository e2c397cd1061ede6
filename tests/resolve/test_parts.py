"""A long document extracted and resolved in parts gives what the whole document gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

import kg.parallel
from kg import _records as records
from kg.building import extractions, resolved
from kg.errors import InputError, KGError
from kg.model import Argument, Document, Extraction
from kg.parallel import segments
from kg.resolve import EntityIndex, resolve
from kg.resolve._parts import MentionTable

# Small segments, so that the sample articles make a document of many parts.
_SEGMENT = 1_500


@pytest.fixture(scope="module")
def long_document(samples: Path) -> Document:
    texts = [path.read_text(encoding="utf-8") for path in sorted(samples.glob("*.txt"))]
    # Twice over, so that later parts name again what earlier ones did.
    return Document(id="book", text="\n\n".join(texts * 2))


@pytest.fixture(scope="module")
def whole_and_parts(nlp: Language, long_document: Document) -> tuple[Extraction, list[Extraction]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.parallel, "SEGMENT_CHARS", _SEGMENT)
        (whole,) = extractions([long_document])
        parts = list(extractions([long_document], in_parts=True))
    return whole, parts


def test_a_long_document_is_extracted_a_segment_a_part(
    long_document: Document, whole_and_parts: tuple[Extraction, list[Extraction]]
) -> None:
    whole, parts = whole_and_parts
    spans = segments(long_document.text, max_length=_SEGMENT)
    assert len(parts) == len(spans) > 8
    assert parts[0].document == whole.document
    for number, (part, (start, end)) in enumerate(zip(parts, spans, strict=True)):
        assert (part.part, part.parts) == (number, len(spans))
        assert part.document is parts[0].document  # the one record, not a copy a part
        # Each part holds its segment's records alone, offsets into the whole text.
        assert all(start <= e.start and e.end <= end for e in part.events)
        assert all(start <= m.start and m.end <= end for m in part.mentions)
    assert tuple(e for p in parts for e in p.events) == whole.events
    assert tuple(m for p in parts for m in p.mentions) == whole.mentions


def test_a_document_resolved_in_parts_is_the_whole_document_resolved(
    whole_and_parts: tuple[Extraction, list[Extraction]],
) -> None:
    whole, parts = whole_and_parts
    at_once = EntityIndex()
    events, mentions = at_once.add_with_mentions(whole)
    in_parts = EntityIndex()
    found = list(in_parts.add_each(iter(parts)))
    assert [part for part, _, _ in found] == parts
    assert tuple(e for _, part_events, _ in found for e in part_events) == events
    assert tuple(m for _, _, part_mentions in found for m in part_mentions) == mentions
    assert in_parts.entities() == at_once.entities()
    # Pronouns, surnames and acronyms across parts are what the test is about.
    assert len({m.entity for m in mentions}) > 20


def test_a_graph_from_parts_is_the_graph_of_the_whole_document(
    whole_and_parts: tuple[Extraction, list[Extraction]],
) -> None:
    whole, parts = whole_and_parts
    assert resolved(parts) == resolved([whole])
    assert resolve(parts) == resolve([whole])


def test_what_a_part_names_is_read_with_the_parts_around_it(nlp: Language) -> None:
    paragraphs = [
        "Smith said on Monday that the talks in Varna had failed.",
        "The Ulster Defence Association attacked a police station in Dorsk on Tuesday.",
        "John Smith, a government spokesman, condemned the attack by the UDA in Dorsk.",
        "He said the army would send 300 soldiers to the region.",
        "The Interior Ministry said it had arrested 14 people in the capital.",
    ]
    document = Document(id="cross", text="\n\n".join(paragraphs) + "\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.parallel, "SEGMENT_CHARS", 100)  # a paragraph a part
        (whole,) = extractions([document])
        parts = list(extractions([document], in_parts=True))
    assert len(parts) == len(paragraphs)
    events, mentions = EntityIndex().add_with_mentions(whole)
    found = list(EntityIndex().add_each(parts))
    assert tuple(m for _, _, part in found for m in part) == mentions
    assert tuple(e for _, part, _ in found for e in part) == events
    entity = {m.text: m.entity for m in mentions}
    # The surname before the full name, the acronym after its expansion, and
    # "he" at the start of a part, after the sentence about John Smith.
    assert entity["Smith"] == entity["John Smith"] == entity["He"] == "person/john-smith"
    assert entity["UDA"] == "organization/ulster-defence-association"
    # Each part resolved as a document of its own would read them otherwise.
    alone = EntityIndex()
    one_by_one = {
        m.text: m.entity
        for p in parts
        for m in alone.add_with_mentions(Extraction(p.document, p.events, p.mentions))[1]
    }
    differing = {name for name in entity if one_by_one.get(name) != entity[name]}
    assert differing >= {"Smith", "UDA", "He"}


def test_a_part_alone_is_refused(whole_and_parts: tuple[Extraction, list[Extraction]]) -> None:
    _, parts = whole_and_parts
    with pytest.raises(ValueError, match="in parts"):
        EntityIndex().add_with_mentions(parts[1])
    with pytest.raises(KGError, match="part 2"):
        list(EntityIndex().add_each([parts[0], parts[2]]))
    with pytest.raises(KGError, match="parts came"):
        list(EntityIndex().add_each(parts[:-1]))


def test_the_record_keeps_a_line_a_part_and_the_text_once(
    long_document: Document, whole_and_parts: tuple[Extraction, list[Extraction]]
) -> None:
    whole, parts = whole_and_parts
    text = records.dumps(parts)
    lines = text.splitlines()
    assert len(lines) == 1 + len(parts)
    assert json.loads(lines[1])["document"]["text"] == long_document.text
    later = [json.loads(line)["document"] for line in lines[2:]]
    assert later == [{"$part-of": "book"}] * (len(parts) - 1)
    back = records.loads(text)
    assert back == parts
    assert all(part.document is back[0].document for part in back)
    # A document extracted whole keeps the line it always had: no part fields.
    assert set(json.loads(records.dump_line(whole))) == {"$", "document", "events", "mentions"}


def test_a_record_with_a_part_missing_is_refused(
    whole_and_parts: tuple[Extraction, list[Extraction]],
) -> None:
    _, parts = whole_and_parts
    for damaged in ([parts[0], parts[2]], parts[:-1], parts[1:]):
        with pytest.raises(InputError, match="--fresh"):
            records.loads(records.dumps(damaged))


def test_a_mention_table_gives_the_records_it_was_given() -> None:
    text = "Kyiv and Lviv said so"
    given = [
        Argument("Kyiv", 0, 4, "GPE"),
        Argument("Lviv", 9, 13, "GPE", entity="place/lviv"),  # kept whole: it names an entity
        Argument("Lviv said", 9, 13, "ORG"),  # kept whole: not the text at its offsets
    ]
    table = MentionTable(text)
    table.extend(given)
    assert list(table) == given == table[:] and table[-1] == given[-1] and len(table) == 3
    with pytest.raises(IndexError):
        table[3]
