"""When an event happened: the time phrase the parse gives its trigger.

A time is a DATE or TIME entity that modifies the event's own words ("attacked the base on
Friday", "the 2015 attack", "rallies in Maine on Saturday"). Where the event's words carry
none, a few shapes of English lend it the time of a word the event depends on: the verb a
noun event is the subject of when it happens then ("the blast killed five on Friday"), the
first verb of a coordination whose time is said before it ("On Monday police arrested him
and charged him"), and the verb whose object a date was hung on by the parser ("signed an
agreement on Monday"). :mod:`kg.extract.time` turns the phrase into a calendar value.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.numbers import SCALE_WORDS
from kg.extract.spans import TIME_LABELS, dependents, entity_at, event_action
from kg.extract.time import YEAR
from kg.lang.en import (
    DATELINE_DASHES,
    MEASURE_VERBS,
    PARTS_OF_DAY,
    POINT_IN_TIME_WORDS,
    POSTPONING_VERBS,
    SAME_TIME_VERBS,
    SCHEDULING_VERBS,
    SUPPORT_VERBS,
    SURVIVING_VERBS,
    TIME_UNITS,
)

__all__ = ["compares_with_before", "noun_time", "verb_time"]

# Dependents of an event word that may hold its time.
_TIME_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
# Modifiers before an event noun that date it: "the 2015 attack", "Friday's bombing".
_DATING_DEPS = frozenset({"compound", "nummod", "poss", "npadvmod"})
# Prepositions after which the event's frame is the verb's too: "killed in the blast",
# "shattered by an explosion".
_SHARED_PREPOSITIONS = frozenset({"in", "by"})
# Verbs whose subject event, and verbs whose object event, happens when they do.
_TIMING_SUBJECT_VERBS = SAME_TIME_VERBS | MEASURE_VERBS
_TIMING_OBJECT_VERBS = SUPPORT_VERBS | SURVIVING_VERBS


def verb_time(verbs: list[Token]) -> Span | None:
    """The time of a verb event: said on its verbs, else on the first verb of its
    coordination before that verb, else hung by the parser on its object.

    Args:
        verbs: The event's verbs, the trigger first ("began to shell": begin, shell).
    """
    return _whole(
        _said_on(verbs, scheduled=False) or _fronted_before(verbs[0]) or _on_object(verbs[-1])
    )


def noun_time(noun: Token) -> Span | None:
    """The time of a noun event, the whole phrase (see :func:`_noun_time`)."""
    return _whole(_noun_time(noun))


def _noun_time(noun: Token) -> Span | None:
    """The time of a noun event: said on the noun ("the attack on Friday", "the 2015
    attack"), else the time of the verb that carries it ("the blast killed five on Friday",
    "the trial is set for May 3", "survived an attack on Sunday", "killed in an
    explosion on Friday")."""
    for child in dependents(noun):
        if child.dep_ in _DATING_DEPS and child.ent_type_ in TIME_LABELS:
            return entity_at(child)
    found = _said_on([noun])
    if found is not None:
        return found
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ in _TIMING_SUBJECT_VERBS:
        return _said_on([head])
    if noun.dep_ == "nsubjpass" and head.lemma_ in SCHEDULING_VERBS:
        return _said_on([head])
    if noun.dep_ == "dobj" and head.lemma_ in _TIMING_OBJECT_VERBS:
        return _said_on([head])
    if noun.dep_ == "pobj" and head.lower_ in _SHARED_PREPOSITIONS and head.head.pos_ == "VERB":
        return _said_on([head.head])
    return None


def _said_on(words: list[Token], *, scheduled: bool = True) -> Span | None:
    """A time said on one of ``words``. With ``scheduled`` false, "set for October 28" on a
    scheduling verb is left out: that is the date of what was scheduled (the trial, the
    hearing), not of the scheduling."""
    for word in words:
        for child in dependents(word):
            if child.dep_ not in _TIME_DEPS:
                continue
            if not scheduled and _scheduled_date(word, child):
                continue
            if compares_with_before(child):
                continue  # "rose 5 percent, up from 3 percent in May": the older figure's time
            found = _time_below(child)
            if found is not None and child.lower_ == "since" and found.start == child.i + 1:
                # "held since Monday": a state since then, the phrase kept whole
                return found.doc[child.i : found.end]
            if found is not None and not _duration(child, found):
                return found
    return None


def compares_with_before(adverb: Token) -> bool:
    """Whether ``adverb`` opens a set-off "up from ..." or "down from ..." (after a comma or
    a dash): it compares the event's figure with an older one, whose time it may give."""
    if adverb.dep_ != "advmod" or adverb.lower_ not in {"up", "down"} or adverb.i == 0:
        return False
    if adverb.doc[adverb.i - 1].text not in _SET_OFF:
        return False
    froms = [c for c in adverb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(_an_older_figure(o) for f in froms for o in f.children if o.dep_ == "pobj")


#: What sets an "up from ..." off from the clause: a comma or a dash.
_SET_OFF = frozenset({","}) | DATELINE_DASHES


def _an_older_figure(word: Token) -> bool:
    """Whether ``word`` (after "up from") is a figure ("from 300", "from 3 percent"), not a
    year that opens a span of time ("up 600 percent from 2010 to 2014")."""
    numbers = [word, *(c for c in word.children if c.dep_ == "nummod")]
    return any(n.like_num and not YEAR.fullmatch(n.text) for n in numbers)


def _scheduled_date(verb: Token, phrase: Token) -> bool:
    """ "set for October 28", "postponed the testimony until Monday": the date is the
    scheduled event's."""
    lemma = verb.lemma_.lower()
    if lemma in SCHEDULING_VERBS:
        return phrase.lower_ == "for"
    return lemma in POSTPONING_VERBS and phrase.lower_ in ("until", "till", "to")


def _time_below(token: Token) -> Span | None:
    # Stay in the phrase: a time inside a relative clause belongs to that clause's verb, and
    # one on a modifier ("the annual marathon", "an Ottoman-era palace") dates no event.
    if token.ent_type_ in TIME_LABELS:
        return entity_at(token)
    for child in dependents(token):
        # "the fifth operation since September": the since-phrase of a noun below the
        # event's own phrase dates nothing the event did
        if child.dep_ in {"pobj", "prep", "npadvmod"} and child.lower_ != "since":
            found = _time_below(child)
            if found is not None:
                return found
    return None


def _whole(found: Span | None) -> Span | None:
    """The whole time phrase where the entity recogniser cut it in pieces (and no phone
    number).

    "on Thursday night" gives a DATE "Thursday" and a TIME "night"; "three days after that
    call" a DATE "three days" that alone reads as a length; tokenized text writes "5: 30
    p.m.", whose TIME starts at the minutes.
    """
    if found is None:
        return None
    found = _before_next_subject(found)
    if _a_rate(found):
        return None  # "eight hours a day", "one day a week": how often, not when
    if re.fullmatch(r"0\d{2,}(?: \d+)+", found.text):
        return None  # "0845 125 2222": a telephone number the recogniser took for a date
    if _count_of_scale(found):
        return None  # "between 1 and 12 million (people)": a count taken for a date
    doc = found.doc
    start, end = found.start, found.end
    if doc[start].lower_ in PARTS_OF_DAY and start > 0 and doc[start - 1].ent_type_ in TIME_LABELS:
        start = entity_at(doc[start - 1]).start
    if end < len(doc) and doc[end].lower_ in PARTS_OF_DAY and doc[end].ent_type_ in TIME_LABELS:
        end = entity_at(doc[end]).end
    if start >= 2 and doc[start - 1].text == ":" and re.fullmatch(r"\d\d", doc[start].text):
        if re.fullmatch(r"\d{1,2}", doc[start - 2].text):
            start -= 2
    last = doc[end - 1]
    if (
        last.lemma_.lower() in TIME_UNITS
        and end < len(doc)
        and doc[end].lower_ in ("after", "before")
    ):
        anchor = doc[end]
        if last.head == anchor or start <= anchor.head.i < end:
            end = max(end, _anchor_end(anchor))
    return doc[start:end]


#: Words that make a length a rate before a unit of time: "a day", "per week", "each month".
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})


def _a_rate(found: Span) -> bool:
    """Whether a length of time is counted per another ("worked eight hours a day", "rose
    from two days a month to four"): how often, which the figure reader keeps as a rate, not
    when the event happened."""
    doc = found.doc
    after = found.end
    return (
        after + 1 < len(doc)
        and found[-1].lemma_.lower() in TIME_UNITS
        and doc[after].lower_ in _RATE_WORDS
        and doc[after + 1].lemma_.lower() in TIME_UNITS
    )


def _before_next_subject(found: Span) -> Span:
    """The time before a comma where the recogniser ran it on into the subject of the next
    clause: "closed on Friday, Saturday was quiet" gives one DATE "Friday, Saturday", but
    Saturday is what was quiet, not a second day of the closing. A subject hung on a verb
    outside the phrase opens a clause of its own."""
    doc = found.doc
    for token in found:
        left = token.left_edge.i
        if token.dep_ not in {"nsubj", "nsubjpass"} or found.start <= token.head.i < found.end:
            continue
        if found.start < left - 1 and doc[left - 1].text == ",":
            return doc[found.start : left - 1]
    return found


#: Words of a range of numbers besides the numbers: "between 1 and 12 million".
_RANGE_WORDS = frozenset({"between", "from", "and", "to", "or", "-", "about", "some"})


def _count_of_scale(found: Span) -> bool:
    """Whether a phrase the recogniser took for a date is only numbers with a scale word
    of a million or more ("between 1 and 12 million", "2 billion"): a count, as no word of
    time is in it ("65 million years ago" has one)."""
    large = any(SCALE_WORDS.get(t.lower_, 0) >= 10**6 for t in found)  # not "nineteen hundred"
    return large and all(
        t.like_num or t.lower_ in SCALE_WORDS or t.lower_ in _RANGE_WORDS for t in found
    )


# Dependents that open a clause of their own, which the anchor of a time does not need.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos"})


def _anchor_end(anchor: Token) -> int:
    """Where "after the last event" ends: at the end of the phrase, before a comma or a
    clause on it ("after the storm that closed the roads" ends at "storm")."""
    end = anchor.right_edge.i + 1
    for token in anchor.subtree:
        if token.i > anchor.i and (token.is_punct or token.dep_ in _CLAUSE_DEPS):
            end = min(end, token.left_edge.i if not token.is_punct else token.i)
    return max(end, anchor.i + 2)


def _duration(phrase: Token, found: Span) -> bool:
    """ "holed up for four years", "a hearing with a duration of two days": a length of
    time, which the figure reader keeps, not when the event happened ("scheduled for October
    16" and "for next week" are dates)."""
    of_length = found.root.head.lower_ == "of" and found.root.lemma_.lower() in TIME_UNITS
    return (
        (phrase.lower_ == "for" or of_length)  # not "the first play of the second half"
        and any(t.lemma_.lower() in TIME_UNITS for t in found)
        and not any(t.lower_ in POINT_IN_TIME_WORDS for t in found)
    )


def _fronted_before(verb: Token) -> Span | None:
    """ "Between June and February, courts dismissed the cases and released the defendants":
    a time said before the first verb of a coordination holds for each of its verbs."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    if first is verb:
        return None
    found = _said_on([first])
    return found if found is not None and found.end <= first.i else None


def _on_object(verb: Token) -> Span | None:
    """ "signed an agreement on Monday": the parser hangs the date on the object, which
    no date of that kind modifies, so it is the signing's. Not when the object names an
    event itself ("condemned the attack on Monday"), which may be the attack's time."""
    for obj in dependents(verb):
        if obj.dep_ != "dobj" or event_action(obj) is not None:
            continue
        for prep in dependents(obj):
            if prep.dep_ == "prep" and prep.lower_ == "on":
                for date in dependents(prep):
                    if date.dep_ == "pobj" and date.ent_type_ in TIME_LABELS:
                        return entity_at(date)
    return None
