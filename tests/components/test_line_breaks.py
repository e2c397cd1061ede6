"""kg_line_breaks: the token after every line break starts a sentence, found from the text."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.components.line_breaks import line_breaks

TEXTS = [
    "",
    "one",
    "no break in this line.",
    "Harbour closed\nThe ferry waits.",
    "Harbour closed\n\nThe ferry waits.\n",
    "\nA line after a leading break.",
    "Two  \n  spaces around\r\nand a Windows break",
    "A list:\n- bread\n- salt\n\n\nEnd",
    "ends with a break\n",
]


def _by_tokens(doc: Doc) -> list[int]:
    # The rule as a walk over the tokens: after a token whose text or trailing
    # white space holds a line break.
    return [
        token.i
        for token in doc[1:]
        if "\n" in doc[token.i - 1].whitespace_ or "\n" in doc[token.i - 1].text
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_the_token_after_each_line_break_starts_a_sentence(text: str) -> None:
    nlp = spacy.blank("en")
    doc = line_breaks(nlp(text))
    starts = [token.i for token in doc if token.i > 0 and token.is_sent_start]
    assert starts == _by_tokens(doc)
    # Nothing else is touched: tokens not after a break keep "unknown".
    assert all(doc[i].is_sent_start is None for i in range(1, len(doc)) if i not in set(starts))


def test_sentence_starts_set_earlier_are_kept() -> None:
    doc = spacy.blank("en")("Dateline\nThe story. It goes on.")
    doc[4].is_sent_start = False
    doc[5].is_sent_start = True
    line_breaks(doc)
    assert [t.is_sent_start for t in doc][1:] == [None, True, None, False, True, None, None, None]


def test_a_parsed_document_is_refused_as_spacy_refuses_it() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Line one\nline two")
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=[0, 0, 0, 0, 0],
        deps=["ROOT", "dep", "dep", "dep", "dep"],
    )
    with pytest.raises(ValueError):
        line_breaks(doc)
