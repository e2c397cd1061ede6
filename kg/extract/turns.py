"""A speaker's turn in a transcript or an exchange: "NAME: words spoken" at a paragraph's
start (:class:`Turn`, :func:`turn`), and a quote labelled with its speaker's name inside a
paragraph ('Ruiz: "We left." Hale: "We stayed."', :class:`QuoteLabel`,
:func:`quote_labels`). Beside the cues, not part of their flow:
:mod:`kg.extract.attribution` gives the words of a turn or a labelled quote to its speaker.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.spans import call_table
from kg.lang.en import PAGE_SECTION_WORDS
from kg.model import Argument

__all__ = [
    "QuoteLabel",
    "Turn",
    "heading_labels",
    "quote_labels",
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
    writer's account ("Jeb Bush: Student loans. Senator Bush proposed ...") does not. On
    the text's first line a title "Name: claim" is read by :func:`_titled_claim`."""
    start = sentence.start_char
    if not text[:start].strip():
        return _titled_claim(sentence, text)
    if text[:start].rstrip(" \t")[-1:] != "\n":
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


def _titled_claim(sentence: Span, text: str) -> Turn | None:
    """A title that quotes a person: "NAME: claim" on the text's first line ("Ruiz:
    Council Will Sell the Pier"), what follows the colon the person's claim, as news
    titles set it. Only a name the model tags a person as a whole: not "The Latest:",
    "Poll:", "Coronavirus:" (a topic), nor a first name of the document's persons alone,
    which a title may name before the text does. A title may tell what befell the person
    instead ("Ana Ruiz: Minister taken to hospital"), which :mod:`kg.extract` leaves out."""
    words = list(itertools.islice((t for t in sentence if not t.is_space), _LABEL_WORDS + 1))
    colon = next((at for at, t in enumerate(words) if t.text == ":"), None)
    if not colon:
        return None
    name = words[:colon]
    if name[0].ent_iob_ != "B" or not all(t.ent_type_ == "PERSON" for t in name):
        return None
    if (
        words[colon - 1].i + 1 < len(sentence.doc)
        and sentence.doc[words[colon - 1].i + 1].ent_iob_ == "I"
    ):
        return None  # the person's name runs on past the colon
    after = words[colon].idx + 1
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    speaker = Argument(
        text=text[name[0].idx : words[colon].idx],
        start=name[0].idx,
        end=words[colon].idx,
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
    persons = _person_words(sentence.doc)
    if not all(t.lower_ in persons for t in name if not t.text.endswith(".")):
        return None
    return name


#: The kinds of name that label a quote as its speaker's ("Pew Research: \"...\"").
_LABEL_KINDS = frozenset({"PERSON", "ORG"})
#: What may end the text before a quote's label inside its paragraph: a sentence's end,
#: a double closing mark, or the dash or bracket of a digest ("HEADLINE - Name: \"...\"",
#: "[Poll.] Name: \"...\""). Not an apostrophe: '"Title," by Times' Ana Ruiz: "..."'
#: names the author of a piece quoted, inside the writer's clause.
_BEFORE_LABEL = frozenset('.!?"”…-–—]')
#: Lower-case words a name may hold ("Bank of America").
_NAME_LINKS = frozenset({"of", "for", "and", "the", "de"})


@dataclass(frozen=True, slots=True)
class QuoteLabel:
    """A speaker's name and a colon right before a quote ('Hale: "We stayed."'): where the
    quote's opening mark stands, and the speaker."""

    mark: int
    speaker: Argument


def quote_labels(sentence: Span, text: str) -> list[QuoteLabel]:
    """The quotes of a sentence labelled with their speaker's name: a name the model tags
    a person or an organisation, or a person the document names elsewhere ("Bush:" where
    it names Jeb Bush), then a colon and an opening quote mark, the name right after a
    sentence's end, a closing mark or a digest's dash ('... ISIS." Bush: "The mission
    is ...', "POLL SHIFTS - Ana Ruiz: \"Turnout fell ...\""), or opening its paragraph.
    Poll digests and debate summaries set quotes so. Not a name inside a clause ('he
    told Ruiz: "..."' is his), a place or a time ("Iowa:", "Monday:"), nor a heading
    ("Photos:", "UPDATE:"), which the model tags no person; not the text's first line (a
    title)."""
    doc = sentence.doc
    found = []
    if ":" not in text[sentence.start_char : sentence.end_char]:
        return found  # no word is a colon where the text holds none: its words are not read
    for colon in sentence:
        if colon.text != ":" or colon.i == 0 or colon.i + 1 >= len(doc):
            continue
        mark, end = doc[colon.i + 1], doc[colon.i - 1]
        if not mark.is_quote or mark.whitespace_ or end.whitespace_:
            continue  # an opening mark touches its first word; the name touches the colon
        name = _quote_label_name(end)
        if name is None or not _label_opens(text, name[0].idx):
            continue
        speaker = Argument(
            text=text[name[0].idx : colon.idx],
            start=name[0].idx,
            end=colon.idx,
            label=end.ent_type_ if end.ent_type_ in _LABEL_KINDS else "PERSON",
        )
        found.append(QuoteLabel(mark.idx, speaker))
    return found


def _quote_label_name(end: Token) -> list[Token] | None:
    """The name that ends at ``end``: the person or organisation the model tags there,
    else capitalised words each of which is a word of a person the document names."""
    doc = end.doc
    if end.ent_type_ in _LABEL_KINDS:
        start = end.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        name = list(doc[start : end.i + 1])
    else:
        persons = _person_words(doc)
        start = end.i
        while start > 0 and end.i - start < _LABEL_WORDS - 1 and doc[start - 1].lower_ in persons:
            start -= 1
        name = list(doc[start : end.i + 1])
        if end.lower_ not in persons:
            return None
    if not name[0].text[:1].isupper() or not all(
        t.text[:1].isupper() or t.is_punct or t.lower_ in _NAME_LINKS for t in name
    ):
        return None
    return name


#: Dashes and the colon that set a heading's name off from what it tells of it.
_HEADING_BREAKS = frozenset({"-", "–", "—", ":"})
#: Labels of a heading's first words that name no one who speaks ("Cork - ...", "Monday:").
_NO_SPEAKER_LABELS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
#: A quote mark that opens a paragraph, after the blank lines before it.
_QUOTE_OPENING_PARAGRAPH = re.compile(r"\n\s*([\"“‘'])")
#: A line that ends a sentence: running text, not a heading.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")


def heading_labels(sentence: Span, text: str) -> list[QuoteLabel]:
    """A quote set out under a heading that names its speaker: a heading line (a whole
    paragraph that ends no sentence, not the text's first line, a title) that opens with
    a name set off by a dash or a colon ("Harbour Sailing Club - regatta off until
    spring"), or that names a statement's author ("Statement from the Harbour Board"),
    labels the quote that opens the paragraph right below it, as 'Ruiz: "..."' does: a
    club's or a board's statement that live pages print under such a line with no tag
    of its own. A place, a time or a number first names no speaker ("Cork - ..."), nor
    does a name of the page's own sections ("Live Updates - ...", "Key Points: ...")."""
    start = sentence.start_char
    end = start + len(text[start : sentence.end_char].rstrip())
    if not text[:start].strip() or text[:start].rstrip(" \t")[-1:] != "\n":
        return []
    if text[end : end + 1] not in {"\n", ""} or _SENTENCE_END.search(text[start:end]):
        return []
    name = _heading_name(sentence)
    below = _QUOTE_OPENING_PARAGRAPH.match(text, end)
    if name is None or below is None:
        return []
    first, last = name[0], name[-1]
    speaker = Argument(
        text=text[first.idx : last.idx + len(last.text)],
        start=first.idx,
        end=last.idx + len(last.text),
        label=last.ent_type_,
    )
    return [QuoteLabel(below.start(1), speaker)]


def _heading_name(sentence: Span) -> list[Token] | None:
    """The name a heading opens with, set off by a dash or a colon, or the author named
    after a statement noun and "from" or "by"; None otherwise."""
    words = [t for t in sentence if not t.is_space]
    if len(words) > 1 and words[0].lower_ in {"statement", "message", "letter"}:
        if words[1].lower_ not in {"from", "by"}:
            return None
        name = list(itertools.takewhile(_in_name, words[2:]))
        return name if name and len(name) == len(words) - 2 else None
    name = list(itertools.takewhile(_in_name, words))
    if not name or len(name) == len(words) or words[len(name)].text not in _HEADING_BREAKS:
        return None
    if any(t.ent_type_ in _NO_SPEAKER_LABELS for t in name) or name[-1].pos_ != "PROPN":
        return None
    if any(t.lower_ in PAGE_SECTION_WORDS for t in name):
        return None  # "Live Updates - ...", "Key Points: ...": the page's own section
    return name


def _in_name(token: Token) -> bool:
    """Whether a word may stand in a name: a capitalised word, or "the", "of" or "and"
    inside one ("the Harbour Board", "Friends of the Park")."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper()) or token.lower_ in _NAME_LINKS


def _label_opens(text: str, at: int) -> bool:
    """Whether a label at ``at`` opens its paragraph (not the text's first line) or
    follows a sentence's end, a closing mark or a digest's dash (:data:`_BEFORE_LABEL`)."""
    before = text[:at].rstrip(" \t\u00a0")
    if not before.strip():
        return False
    return before[-1] == "\n" or before[-1] in _BEFORE_LABEL


def _person_words(doc: Doc) -> frozenset[str]:
    """The words, lower-cased, of every person the model names in the document: a label's
    words must each be one of them.

    Read once per document within kg.extract.extract: every colon that may end a label
    asks it, and each time spaCy made every entity of the document again (on a long
    document, thousands of colons over thousands of entities)."""
    read = call_table(doc, "person_words")
    found = read.get(None) if read is not None else None
    if found is None:
        found = frozenset(
            word.lower_ for entity in doc.ents if entity.label_ == "PERSON" for word in entity
        )
        if read is not None:
            read[None] = found
    return found


def _is_quote(token: Token) -> bool:
    return token.is_quote
