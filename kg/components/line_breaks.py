"""The ``kg_line_breaks`` component: a sentence starts after every line break."""

from __future__ import annotations

import bisect
from typing import Any

from spacy.attrs import IDX, SENT_START
from spacy.errors import Errors
from spacy.tokens import Doc

__all__ = ["line_breaks"]


def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text puts headlines, crossheads and datelines on lines of their own with
    no full stop; without this the parser runs them into the next sentence.
    """
    # A token's text and its trailing white space run up to the next token's start,
    # so the token after a line break is the first one that starts past it. The
    # tokens are read and written as one array: a spaCy Token made per word, and
    # Token.is_sent_start's check of the whole document on every write, cost more.
    text = doc.text
    at = text.find("\n")
    if at < 0:
        return doc
    table: Any = doc.to_array([IDX, SENT_START])
    starts = table[:, 0].tolist()
    following: set[int] = set()
    while at >= 0:
        index = bisect.bisect_right(starts, at)
        if index < len(starts):
            following.add(index)
        at = text.find("\n", at + 1)
    if not following:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # as Token.is_sent_start says: parsed already
    table[sorted(following), 1] = 1
    doc.from_array([SENT_START], table[:, 1:])
    return doc
