"""A speaker's turn in a transcript or an exchange: "NAME: words spoken" at a paragraph's
start (:class:`Turn`, :func:`turn`). Beside the cues, not part of their flow:
:mod:`kg.extract.attribution` gives the words of a turn to its speaker.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.model import Argument

__all__ = [
    "Turn",
    "turn",
]


#: The most words of a speaker's name before a turn's colon ("Sen. Ana Ruiz:").
_LABEL_WORDS = 4
#: Another speaker's label after a sentence's end inside a turn ('... left." Hale: "We').
_NEXT_LABEL = re.compile(r"[.!?][\"”]?\s+[\"“]?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:\s")
#: Words by which a turn's words speak as someone.
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker's turn in a transcript or an exchange: a paragraph opened by a person's
    name and a colon ("MATTHEWS: They want to tax ...", "Clinton: Our goal is ..."), by
    character offsets: what follows the colon, to the paragraph's end."""

    start: int
    end: int
    speaker: Argument


def turn(sentence: Span, text: str) -> Turn | None:
    """The turn a sentence opens: one at a paragraph's start whose first words (after an
    opening quote mark) are a person's name (:func:`_label`), then a colon and words
    spoken. It runs to the paragraph's end, or to the next "Name:" inside the paragraph
    ('Ruiz: "We left." Hale: "We stayed."'). Spoken words speak as someone: a turn holds
    "I", "we" or "you" ("FALLIN: I think he is trying ..."); a list's heading over the
    writer's account ("Jeb Bush: Student loans. Senator Bush proposed ...") does not. Not
    the text's first line: a title "Name: ..." may tell what befell the person as well as
    what they said."""
    start = sentence.start_char
    if not text[:start].strip() or text[:start].rstrip(" \t")[-1:] != "\n":
        return None
    name = _label(sentence)
    if name is None:
        return None
    after = name[-1].idx + len(name[-1].text) + 1  # past the colon
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    following = _NEXT_LABEL.search(text, after, end)
    end = following.start() + 1 if following is not None else end
    if not _FIRST_OR_SECOND_PERSON.search(text, after, end):
        return None
    speaker = Argument(
        text=text[name[0].idx : after - 1],
        start=name[0].idx,
        end=after - 1,
        label="PERSON",
    )
    return Turn(after, end, speaker)


def _label(sentence: Span) -> list[Token] | None:
    """The name before a turn's colon: capitalised words and nothing else, each word of
    which (titles such as "Sen." apart) is a word of a person the document names, so that
    "TRUMP:" of a transcript that names Donald Trump counts; not "UPDATE:", "Editor's
    Note:", "Iowa:", "Q:"."""
    # Only the first words after any opening quote marks are read: every sentence that
    # opens a paragraph is asked, and a label is short.
    after_marks = itertools.dropwhile(_is_quote, (t for t in sentence if not t.is_space))
    words = list(itertools.islice(after_marks, _LABEL_WORDS + 1))
    colon = next((at for at, t in enumerate(words) if t.text == ":"), None)
    if not colon:
        return None
    name = words[:colon]
    if not all(t.text[:1].isupper() and not t.is_punct for t in name):
        return None  # (the tagger reads an all-capitals name as anything)
    persons = {
        word.lower_ for entity in sentence.doc.ents if entity.label_ == "PERSON" for word in entity
    }
    if not all(t.lower_ in persons for t in name if not t.text.endswith(".")):
        return None
    return name


def _is_quote(token: Token) -> bool:
    return token.is_quote
