"""A preposition of several words names no act, with the real English model (issue 14).

Sentences written for these tests. "in advance of", "in keeping with": the noun or gerund
inside the preposition is no advance and no keeping, and the figures or times of what
follows it are not theirs. With a word of its own ("a swift advance", "keeping the peace")
it is the act again.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Document


def actions(nlp: Language, text: str) -> list[str]:
    return [e.action for e in extract(nlp(text), Document(id="d", text=text)).events]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The council posted the budget well in advance of the vote in six weeks.", "advance"),
        ("The tickets for the final were sold in advance.", "advance"),
        ("The club paid the fine in keeping with the league rules.", "keep with"),
        ("In keeping with tradition, the mayor opened the fair.", "keep with"),
    ],
)
def test_a_word_inside_a_preposition_is_no_act(nlp: Language, text: str, gone: str) -> None:
    found = actions(nlp, text)
    assert gone not in found
    assert found  # the sentence's own act stays


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The army made a swift advance on the capital.", "advance"),
        ("The rebels halted the advance of the column.", "advance"),
        ("In keeping the peace, the soldiers lost two men.", "keep"),
    ],
)
def test_the_same_word_with_its_own_words_is_an_act(nlp: Language, text: str, kept: str) -> None:
    assert kept in actions(nlp, text)
