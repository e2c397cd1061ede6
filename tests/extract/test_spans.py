"""The spans arguments carry, with the real English model: sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction_fixtures import event_named
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract
from kg.extract.cue_speakers import speaker_of
from kg.extract.spans import (
    dependents,
    double_marks,
    entity_label,
    given_text,
    is_place,
    noun_phrase,
    read_once,
    round_brackets,
    sentence_of,
    shown_span,
    span_text,
)
from kg.model import Document


def _phrase(nlp: Language, text: str, head: str) -> str:
    doc = nlp(text)
    return noun_phrase(next(t for t in doc if t.text == head)).text


def test_an_adverb_after_the_noun_is_no_part_of_its_phrase(nlp: Language) -> None:
    text = "Cheap drones could be used by militias more widely to carry explosives."
    assert _phrase(nlp, text, "militias") == "militias"


def test_a_phrase_stops_at_a_word_that_does_not_hang_on_its_head(nlp: Language) -> None:
    # The parse hangs "than" on "already", inside the subject, past the verb.
    text = "It is May, and already more forest has burned in Nevada this year than in all of 2019."
    assert _phrase(nlp, text, "forest") == "already more forest"
    burning = event_named(nlp, text, "burn")
    assert burning.target is not None and burning.target.text == "already more forest"
    assert [p.argument.text for p in burning.places] == ["Nevada"]


def test_a_located_adverb_after_the_noun_stays(nlp: Language) -> None:
    text = "Rebels took control of three towns south of Varnel."
    assert _phrase(nlp, text, "towns") == "towns south of Varnel"  # the count is a figure


def test_a_day_is_no_place_whatever_the_name_before_it_is_tagged(nlp: Language) -> None:
    # "on Super Tuesday", parsed with the first word tagged a place: the day, not a place.
    words = ["They", "won", "on", "Super", "Tuesday"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 4, 2],
        deps=["nsubj", "ROOT", "prep", "compound", "pobj"],
        ents=["O", "O", "O", "B-GPE", "B-DATE"],
    )
    assert not is_place(doc[4])
    place = Doc(
        nlp.vocab,
        words=["in", "the", "Varnel", "valley"],
        heads=[0, 3, 3, 0],
        deps=["ROOT", "det", "compound", "pobj"],
        ents=["O", "O", "B-GPE", "O"],
    )
    assert is_place(place[3])  # a noun named by a place is one


def _named_before(nlp: Language, noun: str) -> Doc:
    """ "the Varnel NOUN", parsed with the name tagged a place."""
    return Doc(
        nlp.vocab,
        words=["the", "Varnel", noun],
        lemmas=["the", "Varnel", noun.removesuffix("s") if noun != "politics" else noun],
        pos=["DET", "PROPN", "NOUN"],
        heads=[2, 2, 2],
        deps=["det", "compound", "ROOT"],
        ents=["O", "B-GPE", "O"],
    )


def test_a_time_or_a_relation_a_place_name_qualifies_is_no_place(nlp: Language) -> None:
    for noun in ("hours", "time", "history", "politics"):
        doc = _named_before(nlp, noun)
        assert not is_place(doc[2]), noun
        assert entity_label(doc[0:3]) == "", noun  # nor a thing the place names
    for noun in ("hotel", "airport", "border"):
        doc = _named_before(nlp, noun)
        assert is_place(doc[2]), noun
        assert entity_label(doc[0:3]) == "GPE", noun
    # A person the name qualifies is no place, but stays tied to it.
    senator = _named_before(nlp, "senator")
    assert not is_place(senator[2])
    assert entity_label(senator[0:3]) == "GPE"


def test_children_read_once_give_each_token_its_own_children(nlp: Language) -> None:
    doc = nlp("The ferry left the harbour at dawn, and the crew waved from the deck.")
    other = nlp("A second crew stayed behind on the pier.")
    expected = [[c.i for c in t.children] for t in doc]
    assert [[c.i for c in dependents(t)] for t in doc] == expected  # outside: spaCy's own
    with read_once(doc, doc.text):
        for _ in range(2):  # read, then remembered
            assert [[c.i for c in dependents(t)] for t in doc] == expected
        # A token of another doc is never answered from this doc's table.
        assert [[c.i for c in dependents(t)] for t in other] == [
            [c.i for c in t.children] for t in other
        ]
    assert [[c.i for c in dependents(t)] for t in doc] == expected


def test_sentence_of_is_each_token_s_sentence(nlp: Language) -> None:
    doc = nlp("The ferry left at dawn. The crew waved from the deck! Nobody on the pier saw it.")
    other = nlp("A second crew stayed behind. It rained.")
    with read_once(doc, doc.text):
        assert [sentence_of(t) for t in doc] == [t.sent for t in doc]
        assert [sentence_of(t) for t in other] == [t.sent for t in other]
    assert [sentence_of(t) for t in doc] == [t.sent for t in doc]


def test_given_text_is_the_doc_s_text_only_inside_its_reading(nlp: Language) -> None:
    doc = nlp("The ferry left at dawn.\n\nThe crew waved.")
    other = nlp("A second crew stayed behind.")
    assert given_text(doc) is None  # outside: callers read spaCy's own text
    with read_once(doc, doc.text):
        assert given_text(doc) == doc.text
        assert given_text(other) is None  # never another doc's text
    assert given_text(doc) is None


def test_span_text_is_spacy_s_text_inside_and_outside_its_reading(nlp: Language) -> None:
    doc = nlp("That said,  the ferry left at dawn.\n\nThe crew waved ( twice ) !  Nobody saw it. ")
    other = nlp("A second crew stayed behind.")
    spans = [*doc.sents, doc[2:5], doc[0:1], doc[len(doc) - 2 :]]
    with read_once(doc, doc.text):
        assert [span_text(s) for s in spans] == [s.text for s in spans]
        assert span_text(other[1:3]) == "second crew"
    assert [span_text(s) for s in spans] == [s.text for s in spans]


def test_a_sentence_s_marks_are_its_quotation_marks_and_brackets(nlp: Language) -> None:
    doc = nlp(
        'The ferry "Blue Heron" left (late, as usual) at dawn. The crew waved. '
        "The mate called it \u201cthe last run\u201d (and meant it). She's ``done'' now."
    )
    sentences = list(doc.sents)

    def marked(sentence: object, marks: set[str]) -> tuple[int, ...]:
        return tuple(t.i for t in sentence if t.text in marks)  # type: ignore[attr-defined]

    quotes = [marked(s, {'"', "\u201c", "\u201d", "``", "''"}) for s in sentences]
    brackets = [marked(s, {"(", ")"}) for s in sentences]
    assert any(quotes) and any(brackets) and not all(quotes)
    with read_once(doc, doc.text):
        for _ in range(2):  # read, then remembered
            assert [double_marks(s) for s in sentences] == quotes
            assert [round_brackets(s) for s in sentences] == brackets
    assert [double_marks(s) for s in sentences] == quotes
    assert [round_brackets(s) for s in sentences] == brackets


def test_a_span_with_no_quotation_mark_is_shown_as_it_is(nlp: Language) -> None:
    doc = nlp("The new coach's side won 3-1 (at home) on Sunday, and the fans' mood lifted.")
    with read_once(doc, doc.text):
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 6, len(doc)) + 1):
                assert shown_span(doc[start:end]) == doc[start:end]


def test_speaker_of_read_once_answers_as_read_afresh(nlp: Language) -> None:
    doc = nlp(
        "The harbour master said the ferry was late, and her deputy claimed that the crew"
        " had warned them. Analysts are skeptical that the timetable will hold."
    )
    expected = [speaker_of(t) for t in doc]
    assert any(found is not None for found in expected)
    with read_once(doc, doc.text):
        for _ in range(2):  # read, then remembered
            assert [speaker_of(t) for t in doc] == expected
    assert [speaker_of(t) for t in doc] == expected


QUOTED_WORDS = [
    # text, action, role, the argument's text: a quote the phrase cuts is taken in whole.
    (
        'A "quiet exodus" has been drawing young nurses out of the valley.',
        "draw",
        "actor",
        'A "quiet exodus"',
    ),
    ('The "Harbour Lights" singer checked into a clinic.', "check into", "actor", None),
    ('The council issued "revised" rules on Friday.', "issue", "target", '"revised" rules'),
    ("The mayor praised \u201cthe quiet heroes\u201d of the flood.", "praise", "target", None),
    # A quote that closes after the comma or the full stop the phrase ends at: both go in.
    (
        "Rebels seized the \u201cbuffer strip,\u201d a belt of farms by the river.",
        "seize",
        "target",
        "the \u201cbuffer strip,\u201d",
    ),
    ('The navy shelled a "quiet cove." Nobody saw it.', "shell", "target", 'a "quiet cove."'),
]


@pytest.mark.parametrize(("text", "action", "role", "expected"), QUOTED_WORDS)
def test_an_argument_holds_no_unpaired_quotation_mark(
    nlp: Language, text: str, action: str, role: str, expected: str | None
) -> None:
    argument = getattr(event_named(nlp, text, action), role)
    assert argument is not None
    shown = argument.text
    assert shown.count('"') % 2 == 0
    assert shown.count("\u201c") == shown.count("\u201d")
    assert text[argument.start : argument.end] == shown  # still the text's own stretch
    if expected is not None:
        assert shown == expected


def test_an_argument_starts_with_no_list_bullet(nlp: Language) -> None:
    doc = nlp("\u2022 The new coach gave the team a lift in the second half.")
    assert shown_span(doc[0:4]).text == "The new coach"
    assert shown_span(doc[0:1]).text == "\u2022"  # a bullet alone is left as it is


def test_a_name_after_a_list_bullet_is_mentioned_without_it(nlp: Language) -> None:
    text = "\u2022 Halvorsen scored twice in the second half."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert extraction.mentions
    assert all(not m.text.startswith("\u2022") for m in extraction.mentions)
    assert all(text[m.start : m.end] == m.text for m in extraction.mentions)


def test_a_time_the_parser_hangs_on_a_name_is_not_part_of_it(nlp: Language) -> None:
    # "Tonight at midnight Leeds will be moved": Leeds is moved, at midnight.
    moved = event_named(nlp, "Tonight at midnight Leeds will be moved into tier 3.", "move")
    assert moved.target is not None and moved.target.text == "Leeds"


def test_a_time_a_preposition_lost_to_the_next_subject_is_not_part_of_it(
    nlp: Language,
) -> None:
    # With no comma after the "while" clause the parser reads "Monday afternoon disaster"
    # as one noun; "on" is left with no object, and the time is not the subject's name.
    text = "The guides said that while they were fishing on Monday afternoon disaster struck."
    struck = event_named(nlp, text, "strike")
    assert struck.actor is not None and struck.actor.text == "disaster"
    # A time that is the noun's own stays: "the Monday morning meeting".
    cancelled = event_named(nlp, "The Monday morning meeting was cancelled.", "cancel")
    assert cancelled.target is not None and cancelled.target.text == "The Monday morning meeting"
