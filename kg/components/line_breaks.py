"""The ``kg_line_breaks`` component: a sentence starts after every line break."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["line_breaks"]


def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text puts headlines, crossheads and datelines on lines of their own with
    no full stop; without this the parser runs them into the next sentence.
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].whitespace_ or "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc
