"""Where a number is written among the tokens, and what it is worth: the first step of a figure.

:func:`core_at` reads the number that starts at a token, before any context is read, as a
:class:`NumberCore`: digits with whatever the tokenizer glued to them ("10kg", "2.3bn",
"1, 400" as one number, "2 1/2", "½"), or a run of number words ("two hundred", "a dozen",
"two thirds", "and a half"), with vague plurals ("thousands", "several hundred") marked as a
lower bound. :func:`may_count` is the quick test of a token that every figure holds.
:class:`FigureReading` is the record the later steps fill while one figure is read
(:mod:`kg.extract.figure_reading`, :mod:`kg.extract.units`, :mod:`kg.extract.non_figures`):
it sits here, at the bottom, so that each of them can import it. :func:`unit_name` names
what a token counts ("members" -> "member"), which a number word glued to a noun needs
already here. Number words and :func:`~kg.extract.numbers.parse_number` are in
:mod:`kg.extract.numbers`.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc, Token

from kg.extract.numbers import (
    DIGIT_WORDS,
    FRACTION_WORDS,
    MULTIPLIERS,
    NUMBER_WORDS,
    SCALE_WORDS,
    parse_number,
)
from kg.extract.spans import SUBJECT_DEPS, given_text
from kg.lang.en import (
    BIT_UNITS,
    CALENDAR_WORDS,
    CASED_UNITS,
    ID_WORDS,
    MEASURES,
    PLURAL_SCALES,
    TIME_UNITS,
    UNIT_NAMES,
    VAGUE_OPENERS,
)
from kg.model import Qualifier

__all__ = [
    "FigureReading",
    "NumberCore",
    "chars",
    "core_at",
    "is_word_number",
    "lower",
    "may_count",
    "scale_shared",
    "tidy",
    "unit_name",
]


_DIGIT_TOKEN = re.compile(
    r"(?P<num>[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+\u2212]?\d+)?)(?P<rest>.*)"
)
_FRACTION_TOKEN = re.compile(r"\d+/\d+|\d*[\u00bc-\u00be\u2150-\u215e]")


@dataclass(slots=True)
class NumberCore:
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


# --------------------------------------------------------------------------- cores


def chars(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` without building ``doc.text``, which joins every token each time."""
    given = given_text(doc)
    if given is not None:
        return given[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # pragma: no cover - offsets always come from this doc's tokens
        return doc.text[start:end]
    return span.text[start - span.start_char : end - span.start_char]


_COUNTING_WORDS = frozenset(NUMBER_WORDS) | frozenset(FRACTION_WORDS)


def may_count(token: Token) -> bool:
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


def lower(token: Token) -> str:
    return token.lower_.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")


def is_word_number(token: Token) -> bool:
    return token.lower_ in NUMBER_WORDS or token.lower_ in FRACTION_WORDS


_AND_A_HALF = frozenset({("and", "a", "half")})

# Checked first: the openers are sliced out of the doc only after a word that can start one.
_VAGUE_FIRST_WORDS = frozenset(opener[0] for opener in VAGUE_OPENERS)


def core_at(doc: Doc, i: int, high: int, *, money: bool = False) -> NumberCore | None:
    """The number that starts at token ``i``, if one does."""
    if i >= high:
        return None
    token = doc[i]
    low = lower(token)
    # "tens of thousands", "hundreds of millions", "thousands", "dozens"
    if low in PLURAL_SCALES:
        value = Decimal(2 * PLURAL_SCALES[low])
        end = i + 1
        # "millions and millions of dollars", "dozens and dozens": said again for weight,
        # one number of the noun after the last
        while end + 1 < high and doc[end].lower_ == "and" and doc[end + 1].lower_ == low:
            end += 2
        if end + 1 < high and doc[end].lower_ == "of" and doc[end + 1].lower_ in PLURAL_SCALES:
            value *= PLURAL_SCALES[doc[end + 1].lower_]
            end += 2
        elif low == "tens":
            return None  # "tens" alone is not a number in news
        return NumberCore(i, end, value, words=True, vague=True)
    # "several hundred", "a few thousand"
    for opener in VAGUE_OPENERS if low in _VAGUE_FIRST_WORDS else ():
        n = len(opener)
        if i + n < high and tuple(t.lower_ for t in doc[i : i + n]) == opener:
            scale = doc[i + n].lower_
            if scale in SCALE_WORDS or scale == "dozen":
                factor = SCALE_WORDS.get(scale, 12)
                return NumberCore(i, i + n + 1, Decimal(2 * factor), words=True, vague=True)
            return None
    if _FRACTION_TOKEN.fullmatch(token.text):
        fraction = parse_number(token.text)
        if fraction is None:
            return None
        return NumberCore(i, i + 1, fraction, share=fraction < 1, digits=token.text)
    match = _DIGIT_TOKEN.fullmatch(token.text)
    if match is not None and any(ch.isdigit() for ch in match["num"]):
        return _digit_core(doc, i, high, match["num"], match["rest"], money=money)
    if is_word_number(token) or (
        low in ("a", "an") and i + 1 < high and is_word_number(doc[i + 1])
    ):
        return _word_core(doc, i, high)
    if low in ("a", "an") and i + 4 < high:
        # "an hour and a half", "a mile and a half": one and a half of a measure
        unit = unit_name(doc[i + 1])
        tail = tuple(t.lower_ for t in doc[i + 2 : i + 5])
        if doc[i + 1].tag_ == "NN" and unit in TIME_UNITS | MEASURES and tail in _AND_A_HALF:
            return NumberCore(i, i + 5, Decimal("1.5"), words=True, suffix=unit)
    return None


def _digit_core(
    doc: Doc, i: int, high: int, num: str, rest: str, *, money: bool
) -> NumberCore | None:
    """A number written with digits, with whatever the tokenizer glued to it."""
    token = doc[i]
    bare = num.lstrip("-+\u2212")
    if len(bare) > 1 and bare[0] == "0" and bare[1].isdigit():
        return None  # "06", "007": codes, not quantities
    value = parse_number(num)
    if value is None:
        return None
    core = NumberCore(i, i + 1, value, digits=num)
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
            scientific = parse_number(chars(doc, token.idx, doc[i + 2].idx + len(doc[i + 2])))
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
        if lowered in UNIT_NAMES or rest in CASED_UNITS or rest in BIT_UNITS:
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
        grouped = parse_number(chars(doc, token.idx, doc[end - 1].idx + len(doc[end - 1])))
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


#: Scale words written apart from the digits ("3 million", "3 bn"); not a lone letter,
#: which may be a unit ("3 m" is metres).
_SCALES = SCALE_WORDS | {w: f for w, f in MULTIPLIERS.items() if len(w) > 1}


def scale_shared(doc: Doc, value: Decimal, first: range, other: Decimal, second: range) -> Decimal:
    """``value``, the first of two numbers joined as a range or a change (tokens ``first``),
    times the scale word that only the second (``other``, tokens ``second``) writes:
    "between 2 and 3 million", "$5 - 10 billion", "rose from 1.5 to 2 billion dollars" are
    2, 5 and 1.5 of the scale, as English writes it once, after the second. Only when the
    value so scaled lies within a factor of ten of the second, or below it as the numbers
    written rise ("between 1 and 12 million people" is 1 million to 12 million): "from 500
    to 2 million users" counts 500."""
    if any(doc[i].lower_ in _SCALES for i in first[1:]) or not other:
        return value
    factor = 1
    for i in second[1:]:
        factor *= _SCALES.get(doc[i].lower_, 1)
    scaled = value * factor
    if factor == 1:
        return value
    rising = 0 < value * factor < other  # the written numbers rise: "1 and 12 million"
    if not rising and not Decimal("0.1") <= abs(scaled / other) <= 10:
        return value
    return tidy(scaled)


def tidy(value: Decimal) -> Decimal:
    """Whole numbers without a trailing ".0" (1.5 million is 1500000, not 1500000.0)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


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
        and counted.dep_ in SUBJECT_DEPS
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
    if i >= 2 and doc[i - 1].text in (",", "-", "\u2013") and doc[i - 2].like_num:
        return False  # a list, or a pair set before a third number ("5 - 11, 220" pounds)
    # A day, an episode or a stage and a clause after it, in text as anyone writes it: "On
    # May 5, 200 people marched", "In round 3, 150 runners quit", "After day 2, 400 more".
    if _calendar_entity(doc, i):
        return False
    if i > 0 and doc[i - 1].lower_ in ID_WORDS | CALENDAR_WORDS | TIME_UNITS:
        return False
    return not (i + 4 < len(doc) and doc[i + 3].text == "," and doc[i + 4].like_num)


def _calendar_entity(doc: Doc, i: int) -> bool:
    """Whether the number is in a DATE or TIME entity with a calendar word or a time unit
    ("May 5", "Friday 12", "day 3"). The model also tags a bare number or a hedged one as a
    date ("afford 14, 000 Americans", "Around 1, 000 people"), which says nothing."""
    if doc[i].ent_type_ not in {"DATE", "TIME"}:
        return False
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(t.lower_.rstrip(".") in CALENDAR_WORDS | TIME_UNITS for t in doc[start:end])


def _word_core(doc: Doc, i: int, high: int) -> NumberCore | None:
    """The longest run of number words from ``i`` that reads as one number."""
    end = i
    while end < high:
        token = doc[end]
        low = lower(token)
        following = doc[end + 1] if end + 1 < high else None
        if is_word_number(token):
            end += 1
            continue
        article = following is not None and following.lower_ in ("a", "an")
        joins_next = following is not None and (
            is_word_number(following)
            or (article and end + 2 < high and is_word_number(doc[end + 2]))
        )
        if low in ("a", "an") and following is not None and is_word_number(following):
            end += 1
        elif low in ("and", "&", ",") and joins_next and end > i:
            end += 1
        elif (
            low == "-"
            and (joins_next or (end > i and _decimal_point_at(doc, end + 1, high)))
            and token.whitespace_ == doc[end - 1].whitespace_
        ):
            end += 1  # "twenty-one", "six-point-six", "forty - one" as tokenized text writes it
        elif end > i and _decimal_point_at(doc, end, high):
            end += 1
        else:
            break
    for stop in range(end, i, -1):
        last = doc[stop - 1]
        if lower(last) in ("and", "&", ",", "-", "a", "an", "point"):
            continue
        if any(t.lower_ == "point" for t in doc[i:stop]) and not _measured(doc, stop, high):
            continue  # "at one point five people", "lost by one point two years ago"
        text = chars(doc, doc[i].idx, last.idx + len(last))
        value = parse_number(text)
        if value is None:
            continue
        if stop == i + 1 and doc[i].lower_ in SCALE_WORDS:
            return None  # "million" alone ("1-in-250-million") is not a number
        core = NumberCore(i, stop, value, words=True)
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


def _decimal_point_at(doc: Doc, k: int, high: int) -> bool:
    """Whether the word at ``k`` is the "point" of a decimal read aloud, a digit after it
    ("six point six", "six-point-six")."""
    if k >= high or doc[k].lower_ != "point":
        return False
    after = k + 2 if k + 2 < high and doc[k + 1].text == "-" else k + 1
    return after < high and doc[after].lower_ in DIGIT_WORDS


def _measured(doc: Doc, stop: int, high: int) -> bool:
    """Whether a decimal read aloud ends in a scale word or stands before a measure, as such
    figures do ("one point two billion", "six point six degrees", "two point five percent").
    Without one, "point" is the noun of "at one point five people were hurt" or "lost by one
    point two years ago", which hold two numbers of their own."""
    if doc[stop - 1].lower_ in SCALE_WORDS:
        return True
    if stop >= high:
        return False
    unit = unit_name(doc[stop])
    return unit in MEASURES and unit not in TIME_UNITS and unit != "people"


def _half_compound(doc: Doc, k: int, high: int) -> bool:
    """Whether "half", a hyphen at ``k`` and the word after it make one word that is no
    measure or length of time ("a half-brother", "at half-court", "half-joking", "two half -
    brothers"), where "a half-mile", "a half-hour show" and "a half-penny tax" measure.
    "half time" and "half way" are one word spaced too ("led 14-7 at half time", "half way
    through the set"): the break of a game, a place between."""
    if k < high and doc[k].lower_ in ("time", "way"):
        return True
    if k + 1 >= high or doc[k].text != "-" or not doc[k + 1].is_alpha:
        return False
    if doc[k + 1].lower_ in NUMBER_WORDS or doc[k + 1].lower_ in ("a", "an"):
        return False  # "a half-dozen", "half-a-dozen": a number
    unit = unit_name(doc[k + 1])
    return unit not in MEASURES and unit not in TIME_UNITS


def unit_name(token: Token) -> str:
    """The singular lower-case name of what a token counts."""
    text = token.text
    if text in BIT_UNITS:
        return BIT_UNITS[text]  # "Gb" gigabit, where "GB" and "gb" are gigabytes
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


@dataclass(slots=True)
class FigureReading:
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
