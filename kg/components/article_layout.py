"""The ``kg_article_layout`` component: sentences start where hygiene says the article does.

Runs first, before the tokens are tagged: a headline glued to the first sentence
("... in SyriaThe desert ...") is one token until it is split here.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.errors import Errors
from spacy.tokens import Doc

from kg.read.hygiene import layout

__all__ = ["article_layout"]


def article_layout(doc: Doc) -> Doc:
    """Start a sentence at every edge of the title and of the skipped regions.

    A dateline, a caption marker or a headline without a full stop would
    otherwise be parsed into the sentence next to it, and the extractor could
    neither skip it alone nor keep the sentence. A token that an edge falls
    inside is split in two there; the text stays exactly as it was.
    """
    text = doc.text  # spaCy joins the tokens anew on every read: read it once
    edges = [edge for edge in layout(text).boundaries() if 0 < edge < len(text)]
    if not edges:
        return doc
    starts = doc.to_array(IDX).tolist()  # not a spaCy Token made per word
    splits: dict[int, int] = {}
    for edge in edges:
        index = bisect.bisect_right(starts, edge) - 1
        token = doc[index]
        if token.idx < edge < token.idx + len(token.text):
            splits.setdefault(index, edge - token.idx)
    if splits:
        with doc.retokenize() as retokenizer:
            for index, cut in splits.items():
                token = doc[index]
                retokenizer.split(
                    token, [token.text[:cut], token.text[cut:]], heads=[(token, 1), (token, 1)]
                )
        starts = doc.to_array(IDX).tolist()
    table: Any = doc.to_array([IS_SPACE, SENT_START])
    opening: set[int] = set()
    for edge in edges:
        index = bisect.bisect_left(starts, edge)
        # The first token at or after the edge that is not white space opens the sentence.
        while index < len(doc) and table[index, 0]:
            index += 1
        if 0 < index < len(doc):
            opening.add(index)
    if opening:
        # Written as one array: Token.is_sent_start checks the whole document on every write.
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # as Token.is_sent_start says: parsed already
        table[sorted(opening), 1] = 1
        doc.from_array([SENT_START], table[:, 1:])
    return doc
