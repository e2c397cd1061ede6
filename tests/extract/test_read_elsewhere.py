"""A role attribution fills from another sentence keeps that sentence as its evidence.

Sentences written for these tests.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.model import Document, Event


def _events(nlp: Language, text: str) -> dict[str, Event]:
    return {e.action: e for e in extract(nlp(text), Document("d", text)).events}


def test_a_speaker_named_after_a_quote_of_two_sentences_is_read_in_the_second(
    nlp: Language,
) -> None:
    text = '"Officials closed the bridge. I ordered the trucks back," Mayor Ilse Brandt said.'
    events = _events(nlp, text)
    closing, ordering = events["close"], events["order back"]
    assert closing.source is not None and closing.source.text == "Mayor Ilse Brandt"
    # The closing's own sentence does not hold the name: the tag's sentence is given.
    assert closing.source.evidence is not None
    assert closing.source.evidence == ordering.evidence
    assert closing.source.evidence.text == text[text.index("I ordered") :]
    # In the tag's own sentence the speaker is the event's own: no other sentence.
    assert ordering.source is not None and ordering.source.evidence is None
    assert ordering.actor is not None and ordering.actor.evidence is None


def test_i_inside_a_quote_is_the_speaker_read_in_the_sentence_that_names_them(
    nlp: Language,
) -> None:
    text = (
        'Mayor Ilse Brandt said on Tuesday: "Officials closed the bridge. '
        'I ordered the trucks back."'
    )
    ordering = _events(nlp, text)["order back"]
    assert ordering.actor is not None and ordering.actor.text == "Mayor Ilse Brandt"
    assert ordering.actor.evidence is not None
    assert ordering.actor.evidence.text.startswith("Mayor Ilse Brandt said on Tuesday")
    assert ordering.actor.evidence != ordering.evidence
    assert ordering.source is not None and ordering.source.evidence == ordering.actor.evidence


def test_roles_of_the_events_own_sentence_name_no_other(nlp: Language) -> None:
    text = "Police said the clerk left the store at noon."
    for event in _events(nlp, text).values():
        for argument in (event.actor, event.target, event.source):
            assert argument is None or argument.evidence is None
