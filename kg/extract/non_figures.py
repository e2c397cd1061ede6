"""Whether a number is a figure at all: the test every figure passes before it is kept.

:func:`not_a_figure` is called by :mod:`kg.extract.figure_reading` once a number and its
unit are read, and is true for years ("in 2014", "2013-14"), days of a month and dates
("24 February", a DATE entity next to a calendar word), clock times ("2 pm", "5: 30"),
ordinals, telephone numbers ("555-1234", "dial 999"), house numbers, scores, records and
tallies ("leads 46 to 32", "went 10-for-27"), ages ("Lopez, 34,"), model numbers and names
("a 4090 card", "Boeing 757 jet", "Voyager 2", "MH17"), "one" that counts nothing ("one of the
largest") and lengths of time unless they are asked for. Each test takes the number as
written (:class:`~kg.extract.written_numbers.NumberCore`) and the reading so far.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.spans import SUBJECT_DEPS, dependents, given_text
from kg.extract.units import MODIFIER_DEPS, NOT_CARRIED, model_name_end
from kg.extract.written_numbers import FigureReading, NumberCore
from kg.lang.en import (
    AGE_WORDS,
    CALENDAR_WORDS,
    CALL_VERBS,
    CHANGE_VERBS,
    CLOCK_WORDS,
    COUNT_ADJECTIVES,
    CURRENCY_SYMBOLS,
    FIGURE_REPORTING_VERBS,
    FORCE_UNITS,
    ID_NOUNS,
    ID_WORDS,
    MEASURES,
    MONTH_WORDS,
    NUMBER_DETERMINERS,
    ONE_IDIOMS,
    PARTS_OF_DAY,
    PEOPLE_PARTICIPLES,
    PEOPLE_VERBS,
    PICTURE_WORDS,
    SCORE_WORDS,
    STREET_WORDS,
    TIME_OFFSET_WORDS,
    TIME_UNITS,
    VALUE_MOVE_VERBS,
    WEEKDAYS,
)
from kg.lang.wordnet import NOUN_PERSON, noun_classes

__all__ = [
    "not_a_figure",
]


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


def not_a_figure(doc: Doc, core: NumberCore, reading: FigureReading, *, durations: bool) -> bool:
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
        if reading.unit is None and _names_with(before):
            return True  # "police in Region Two", "the Apollo Eleven crew": a name's number
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
    if core.digits and core.start >= 2 and model_name_end(doc, core.start - 2) == core.end:
        return True  # "six AK - 47 rifles" as tokenized text spaces "AK-47": a model's name
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
    if core.digits and _in_pattern(doc, core, _SPACED_DATE):
        return True  # "Posted: 04 / 9 / 2012": a date as tokenized text spaces its slashes
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
    if reading.value < 13 and _hour_of_day(doc, core):
        return True  # "at seven o'clock", "leaves at 4 in the morning": a time of day
    if core.digits and reading.qualifier is None and before is not None:
        if _id_word(before) in ID_WORDS - TIME_UNITS and reading.unit not in MEASURES | NOT_CARRIED:
            return True  # "Level 3 restrictions", "Phase 2 trials": a grade's name, not a count
    if core.digits and reading.qualifier is None and reading.unit in ID_NOUNS:
        return True  # "the RTX 3000 series": a product's name
    if core.digits and reading.unit is None and _called(doc, reading):
        return True  # "call the helpline on 116 123", "dial 999": a telephone number
    if core.digits and reading.qualifier is None and reading.unit is None and before is not None:
        if _id_word(before) in ID_WORDS:
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
        if reading.unit is None or _one_on_one(doc, core.start):
            return True  # "one", "one another", "this one", "a one-on-one meeting"
        if first.lower_ == "one" and after is not None and after.lower_ == "of":
            return True  # "one of the largest", "one of her advisers": picks one, counts none
        if before is not None and before.lower_ in NUMBER_DETERMINERS:
            return True  # "the one exception", "that one time"
        if reading.unit in ONE_IDIOMS:
            return True  # "at one point", "a one-time boss", "one thing is clear"
        if _one_last(doc, after):
            return True  # "one final chance", "one last look": the last of a series, not a count
        root = doc[reading.start : max(reading.last, reading.start) + 1].root
        if _example_scene(root, reading) or _one_of_a_kind(root):
            return True  # "In one video, ...", "One danger is that ...": picks one, counts none
        head_lemma = root.head.lemma_.lower()
        if root.dep_ in SUBJECT_DEPS and head_lemma in FIGURE_REPORTING_VERBS:
            return True  # "one official said": a source, not a count
        named = _named_example(root)
        subject = root.dep_ in SUBJECT_DEPS
        if named and subject and head_lemma not in PEOPLE_VERBS:
            # "One company, Halden Foods, closed": an example named, not a count ("they had
            # one child, NAME" still counts)
            return True
    if core.words and reading.unit is None and reading.qualifier is None and _a_number(doc, core):
        return True  # "hit an early three", "a pick six": the number word is a noun
    if core.share and reading.unit is None and _named_next(doc, core):
        return True  # "A third, Ana Ruiz, said": the third of several, named; no share
    lone_half = doc[core.end - 1].lower_ == "half"
    if core.share and lone_half and reading.unit is None and not reading.share:
        return True  # "half-empty", "and a half" with no whole to share
    return False


# Participles that give a thing its name ("one group, known as the Crew", "one plant, called
# Greenfield").
_NAMING_PARTICIPLES = frozenset({"know", "call", "name", "dub"})


def _named_example(root: Token) -> bool:
    """Whether the noun "one" stands on is set out as one example: a name in apposition after
    a comma ("One company, Halden Foods, closed"), a description in apposition between dashes
    ("One wind farm - a small coastal site - was producing more"), or a name given by a
    participle after a comma, on the noun or on what it is "of" ("One network of farmers,
    known as The Green Circle, backed ..."). Such a "one" picks the example out of several
    and counts nothing."""
    doc = root.doc
    for child in dependents(root):
        if child.dep_ != "appos" or child.left_edge.i == 0:
            continue
        mark = doc[child.left_edge.i - 1].text
        if (mark == "," and child.pos_ == "PROPN") or mark in ("-", "–", "—"):
            return True
    held = [root, *(g for p in dependents(root) if p.lower_ == "of" for g in dependents(p))]
    for noun in held:
        for child in dependents(noun):
            if child.dep_ != "acl" or child.lemma_.lower() not in _NAMING_PARTICIPLES:
                continue
            if doc[child.i - 1].text == "," and any(t.pos_ == "PROPN" for t in child.subtree):
                return True
    return False


def _named_next(doc: Doc, core: NumberCore) -> bool:
    """Whether a share word with no whole is the next of several, named after a comma: in
    "A third, Ana Ruiz, said ..." the parse hangs "third" on the name or the name on it."""
    word = doc[core.end - 1]
    if core.end + 1 >= len(doc) or doc[core.end].text != "," or doc[core.end + 1].pos_ != "PROPN":
        return False
    if word.head.i > core.end and word.head.pos_ == "PROPN":
        return doc[word.head.i + 1].text == ","  # the name, set off, is what "third" picks
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in dependents(word))


def _names_with(before: Token | None) -> bool:
    """Whether a capitalised number word after ``before`` ends a name, as "Voyager 2" does:
    a capitalised proper noun right before it, after a word that is not capitalised ("in
    Region Two"). In a headline every word is capitalised ("Gunman Kills Two"), so a name
    cannot be told from a verb there and the number is left to count."""
    if before is None or before.pos_ != "PROPN" or not before.is_title or before.i == 0:
        return False
    previous = before.doc[before.i - 1]
    return not previous.is_title and not previous.like_num


def _id_word(before: Token) -> str:
    """The word before a number as an id word reads it: "no." also where the tokenizer split
    the stop from "No" ("Juror No. 12", "his No. 10 jersey")."""
    doc = before.doc
    if before.text == "." and before.i > 0 and not doc[before.i - 1].whitespace_:
        word = doc[before.i - 1].lower_
        if word in ("no", "nos"):
            return word + "."
    return before.lower_


def _one_on_one(doc: Doc, i: int) -> bool:
    """Whether the "one" at ``i`` is either half of "one-on-one" or "one-to-one": a kind of
    meeting or contest between two, no count."""
    for start in (i, i - 4):
        words = [t.lower_ for t in doc[start : start + 5]] if start >= 0 else []
        if words[:1] == words[4:] == ["one"] and words[1:4] in (["-", "on", "-"], ["-", "to", "-"]):
            return True
    return False


def _one_last(doc: Doc, after: Token | None) -> bool:
    """Whether "one" stands before "final" or "last" and a noun: "one final chance", "one last
    obstacle remained" name the last of a series, as "a final chance" would; "last" of a
    compound ("one last-minute goal") is left to count."""
    if after is None or after.lower_ not in ("final", "last") or after.i + 1 >= len(doc):
        return False
    return doc[after.i + 1].text not in ("-", "–")


# Prepositions that set a scene ("In one video, ...", "At one rally, ..."); "With one seat
# vacant, ..." states a circumstance, whose number counts.
_SCENE_PREPOSITIONS = frozenset({"in", "at", "on", "during"})


def _example_scene(root: Token, reading: FigureReading) -> bool:
    """Whether "one" and its noun are what a preposition opening the sentence takes: "In one
    video, the man ...", "At one rally, ...", "During one trip to X, ...". The phrase sets the
    scene of an example, one of several, and counts nothing; a length of time still measures
    ("In one week, 40 homes were sold"). So does "according to one estimate" anywhere: a source
    among several, as "one official said" is."""
    prep = root.head
    if root.dep_ != "pobj" or reading.unit in TIME_UNITS:
        return False
    if prep.lower_ == "to" and prep.head.lower_ == "according":
        return True  # "according to one estimate": a source among several, as "one official said"
    if prep.lower_ == "of" and prep.head.lower_ == "words" and prep.head.head.lower_ == "in":
        return True  # "in the words of one aide": a speaker among several, as above
    if prep.lower_ not in _SCENE_PREPOSITIONS:
        return False
    opening = prep.sent[0]
    while opening.is_punct and opening.i < prep.i:
        opening = opening.doc[opening.i + 1]
    return opening.i == prep.i


def _one_of_a_kind(root: Token) -> bool:
    """Whether "one" and its noun are what "be" says, or what it says something of: "One danger
    is that the deal fails", "One idea is to wait", "One exception was a page", "That is one
    reason"; "one" picks one of several and counts nothing. Not after "there" ("there is only
    one candidate" counts), nor with an adjective ("One man is dead" counts the dead), nor in
    a comparison ("one vote less", "one state closer", "one more team than"). What a person is
    said to be is a count against many ("the source was one person, not several")."""
    be = root.head
    if be.lemma_ != "be" or any(c.dep_ in ("expl", "acomp") for c in be.children):
        return False
    if any(t.tag_ in ("JJR", "RBR") for t in (*root.children, *be.children)):
        return False
    told = [c for c in be.children if c.dep_ == "attr" and c != root]
    if any(_measured(t) for c in told for t in c.subtree):
        return False  # "One league is about three miles": a unit told by a measure
    if root.dep_ == "attr":
        return root.lemma_.lower() != "person" and not _person_noun(root)
    return root.dep_ == "nsubj" and any(c.dep_ in ("ccomp", "xcomp", "attr") for c in be.children)


def _measured(token: Token) -> bool:
    """Whether a token is a number of a measure or a length of time ("three miles")."""
    return token.like_num and token.head.lemma_.lower() in MEASURES | TIME_UNITS


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


# A date written with slashes as tokenized text spaces them: "04 / 9 / 2012".
_SPACED_DATE = re.compile(r"(?<![\d/,.])\d{1,2} / \d{1,2} / (?:\d{4}|\d{2})(?![\d/,])")


def _in_telephone_number(doc: Doc, core: NumberCore) -> bool:
    """Whether a number is a part of a telephone number written in the text around it."""
    return _in_pattern(doc, core, _TELEPHONE)


def _in_pattern(doc: Doc, core: NumberCore, pattern: re.Pattern[str]) -> bool:
    """Whether a number lies inside a match of ``pattern`` in the text around it."""
    start, end = doc[core.start].idx, doc[core.end - 1].idx + len(doc[core.end - 1])
    # ``doc.text`` joins every token of the document again on each access.
    text = given_text(doc)
    if text is None:
        text = doc.text
    window = text[max(0, start - 16) : end + 16]
    offset = max(0, start - 16)
    return any(
        m.start() + offset <= start and end <= m.end() + offset for m in pattern.finditer(window)
    )


def _a_number(doc: Doc, core: NumberCore) -> bool:
    """Whether "a"/"an" (and adjectives) come before a bare number word: "an early three".

    "a hundred" and "a dozen" read the article as one; "a further three" still counts.
    """
    k = core.start - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].lower_ not in COUNT_ADJECTIVES:
        k -= 1
    return k >= 0 and doc[k].lower_ in ("a", "an") and doc[k + 1].lower_ not in COUNT_ADJECTIVES


def _called(doc: Doc, reading: FigureReading) -> bool:
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


def _address(doc: Doc, core: NumberCore) -> bool:
    """A house number: capitalised words up to a street word follow ("12 North Elm Street")."""
    for token in doc[core.end : core.end + 4]:
        if not token.is_title:
            return False
        if token.lower_ in STREET_WORDS:
            return True
    return False


def _hour_of_day(doc: Doc, core: NumberCore) -> bool:
    """A whole number the clock's hour follows, in words or digits: "seven o'clock", "at 4
    in the morning", "until ten at night" ("in the evening" and "at night" after a number
    of time's preposition tell the hour, as "2 pm" does; not a count before a time:
    "arrested two in the morning", "scored 20 Thursday night")."""
    if core.value != core.value.to_integral_value() or core.end + 1 >= len(doc):
        return False
    after = [t.lower_ for t in doc[core.end : core.end + 3]]
    if after[0] in {"o'clock", "o’clock"}:
        return True
    before = core.start - 1
    while before >= 0 and doc[before].lower_ in _ROUGHLY:
        before -= 1
    if before < 0 or doc[before].lower_ not in _HOUR_PREPOSITIONS:
        return False
    if _value_moved(doc[before]):
        return False  # "the toll rose to 9 in the evening, up from 4": a count that moved
    if after[:2] == ["at", "night"]:
        return True
    return len(after) == 3 and after[:2] == ["in", "the"] and after[2] in PARTS_OF_DAY


def _value_moved(preposition: Token) -> bool:
    """Whether a "to" or "from" tells where a changing value went or came from: "rose to 9",
    "up from 4" (not "go", as often a trip as a change: "the bus goes from 10 at night")."""
    if preposition.lower_ not in ("to", "from"):
        return False
    head = preposition.head
    if head.lower_ in ("up", "down"):
        return True
    return head.lemma_.lower() in (CHANGE_VERBS | VALUE_MOVE_VERBS) - {"go"}


#: Prepositions that put an event at, or bound it by, an hour: "at 4 in the morning".
_HOUR_PREPOSITIONS = frozenset("at by until till before after from to past since".split())
#: Words of a rough hour between the preposition and the number: "at about 4 in the morning".
_ROUGHLY = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "just"})


def _clock(doc: Doc, core: NumberCore, reading: FigureReading) -> bool:
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


def _shooting_line(doc: Doc, core: NumberCore) -> bool:
    """Whether the number is one of a line of shots made and taken ("went 10-for-27", "made
    3 - of - 4 attempts"): neither number counts what the event did on its own."""
    window = doc[max(0, core.start - 6) : core.end + 6]
    text = window.text_with_ws
    at = doc[core.start].idx - window.start_char
    return any(m.start() <= at < m.end() for m in _SHOOTING_LINE.finditer(text))


def _names_a_model(doc: Doc, core: NumberCore, reading: FigureReading) -> bool:
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
    return reading.unit not in MEASURES | TIME_UNITS | NOT_CARRIED | {"person"}


def _after_a_name(doc: Doc, core: NumberCore, reading: FigureReading) -> bool:
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
    if noun is None:
        return False
    named = _modifies_noun(_first_conjunct(name), noun, core) or _named_apposition(name, noun)
    if not named and not _acronym_on_noun(name, noun, core):
        return False
    return reading.unit not in MEASURES | TIME_UNITS | NOT_CARRIED


def _acronym_on_noun(name: Token, noun: Token, core: NumberCore) -> bool:
    """Whether an acronym before the number names a series of the noun after it, however
    the parse hangs it ("RTX 3080 and RTX 3090 cards are sold out", "gathered RTX 3090
    store pages", "the SEA-ME-WE 4 cable", "the DAX 30 index": the parse makes the acronym
    a conjunct, an object or a name of its own). Only a noun in lower case right after the
    number or its compounds, so that a heading in capitals ("POLICE HOLD 3 MEN") still
    counts."""
    if not _acronym(name) or noun.is_upper or not noun.is_lower:
        return False
    doc = noun.doc
    return all(doc[i].dep_ == "compound" and doc[i].is_lower for i in range(core.end, noun.i))


def _named_apposition(name: Token, noun: Token) -> bool:
    """Whether the parser made the counted noun an apposition of the name before the number:
    "Our RTX 3090 review", "on Interstate 15 west". Not after a person or a plural, where the
    number counts ("swept by NAME 34 delegates to zero", a headline's "Gunman Kills 2 Women")."""
    if noun.dep_ != "appos" or noun.head != name:
        return False
    return name.ent_type_ != "PERSON" and name.tag_ != "NNPS"


def _first_conjunct(name: Token) -> Token:
    """The first of names joined by "and" or "or": the parser hangs only the first on the noun
    they modify ("RTX 3080 and RTX 3090 cards", "Windows XP and Windows 2000 users")."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    return name


def _modifies_noun(name: Token, noun: Token, core: NumberCore) -> bool:
    """Whether the name modifies the counted noun, directly or through a modifier between the
    number and the noun ("the RTX 3000 series card launches": the name on "series", "series"
    on "card", "card" on "launches")."""
    if name.dep_ not in MODIFIER_DEPS | {"nmod"}:
        return False
    head = name.head
    while head != noun and core.start <= head.i < noun.i and head.dep_ in MODIFIER_DEPS:
        head = head.head
    return head == noun or name.head.i == core.start


def _acronym(token: Token) -> bool:
    """Whether a word is written in capitals as an acronym ("RTX", "IE", "DAX")."""
    return token.is_alpha and token.is_upper and len(token.text) >= 2


def _person_noun(noun: Token) -> bool:
    """Whether a noun's most frequent sense in WordNet is a person ("member", "player")."""
    return noun_classes(noun.lemma_.lower())[:1] == (NOUN_PERSON,)


def _score(doc: Doc, core: NumberCore) -> bool:
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
    doc: Doc, core: NumberCore, reading: FigureReading, before: Token | None, after: Token | None
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


def _closes_age(doc: Doc, reading: FigureReading) -> bool:
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
        return beyond is None or bool(beyond.is_sent_start)
    return after.lower_ == "and" and beyond is not None and beyond.pos_ == "PROPN"


def _in_date(doc: Doc, core: NumberCore) -> bool:
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
