"""What an infinitive or a gerund after a verb is for, or what came of the verb.

Read by :func:`kg.extract.modality._step` when the walk goes up from such a clause:
:func:`outcome` (a value's move and where it ended: "fell 50 cents to close at $20", no
purpose), :func:`gerund_modality` (a plan's or an aim's gerund: "a plan for", "aimed at"),
:func:`for_governor` (what a "for" phrase completes), :func:`after_comma` and
:func:`trailing_participle` (a clause set off by a comma), :func:`quoted_from`,
:func:`copula_of_ease` and :func:`has_be` (the copula of "easier", of "expected");
:func:`request_said` (the request an infinitive spells out: "gave orders to burn it"); and
:func:`takes_time` ("it took rescuers six hours to reach ..."), which
:mod:`kg.extract.non_events` uses too. Uses only :mod:`kg.extract.clause_words`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_words import subordinators
from kg.extract.spans import dependents, has_subject, infinitive, it_subject, negates
from kg.lang.en import (
    ABILITY_WORDS,
    COMMITTING_VERBS,
    INTENT_NOUNS,
    LEVEL_NOUNS,
    OPEN_TO_ADJECTIVES,
    POINT_IN_TIME_WORDS,
    POSSIBILITY_NOUNS,
    REQUEST_NOUNS,
    SETTLING_VERBS,
    TIME_UNITS,
    VALUE_MOVE_VERBS,
    WISH_ADJECTIVES,
)
from kg.model import Modality

__all__ = [
    "after_comma",
    "brought_near",
    "copula_of_ease",
    "for_governor",
    "gerund_modality",
    "has_be",
    "open_to",
    "outcome",
    "quoted_from",
    "request_said",
    "so_of_result",
    "takes_time",
    "trailing_participle",
]


def copula_of_ease(be: Token) -> bool:
    """ "is easier", "will be hard": the copula of an adjective of ease or ability."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() in ABILITY_WORDS for c in dependents(be))


def outcome(clause: Token, verb: Token) -> bool:
    """Whether an infinitive tells what came of ``verb``, no purpose: a value's move and
    where it ended ("shares fell 50 cents to close at $20", "the index slid to reach its
    lowest level since 2003"), or "only to" after the act ("he returned home, only to be
    arrested"; not "not only to", "but only to tell them": a purpose). What comes of an act
    is as real as the act: "wanted to sell it, only to cut its debt" is wanted."""
    lemma = clause.lemma_.lower()
    level = any(c.dep_ == "dobj" and c.lemma_.lower() in LEVEL_NOUNS for c in dependents(clause))
    if _value_moved(verb) and (
        (lemma in SETTLING_VERBS and _ends_at_value(clause)) or (lemma == "reach" and level)
    ):
        return True
    only = next((c for c in dependents(clause) if c.dep_ == "advmod" and c.lower_ == "only"), None)
    if only is None or clause.dep_ != "advcl" or only.i == 0:
        return False
    if any(negates(c) for c in dependents(verb)):
        return False  # "does not want to stall growth, only to cool it", parsed on "want"
    to = clause.doc[only.i + 1]
    return to.lower_ == "to" and clause.doc[only.i - 1].lower_ not in {"not", "but", "if"}


def _ends_at_value(clause: Token) -> bool:
    """ "to close at $20", "to end the day with a smaller loss", "to finish higher": a
    settling verb tells where a value ended when its clause holds that value, the day it
    ended or a comparison; "troops advanced to end the siege", "the rebels retreated to
    close the gap" are purposes."""
    return any(t.like_num for t in clause.subtree) or any(
        (c.dep_ == "dobj" and c.lemma_.lower() in TIME_UNITS) or c.tag_ in {"JJR", "RBR"}
        for c in dependents(clause)
    )


def _value_moved(verb: Token) -> bool:
    """ "shares fell 50 cents", "the index rebounded": a verb of a value moving, with no
    object but the amount it moved by ("rallied young people" moves no value)."""
    return verb.lemma_.lower() in VALUE_MOVE_VERBS and not any(
        c.dep_ == "dobj" and not any(t.like_num for t in c.subtree) for c in dependents(verb)
    )


def gerund_modality(preposition: Token) -> Modality | None:
    """The modality a gerund after a preposition takes from the word the preposition
    completes: a plan's or an aim's ("a plan for", "an interest in", "aimed at") or a
    wish's ("keen on", "interested in") is intended, an ability's or a chance's
    ("capable of", "the means of") or an openness to it ("open to") possible. A verb
    counts only when it states an aim ("aimed at cutting") or binds one to an act ahead
    ("committed to cutting"); other verbs ("succeeded in", "helped in") and nouns ("his
    role in planning") say what was done."""
    governor = preposition.head
    lemma = governor.lemma_.lower()
    if governor.pos_ == "NOUN" and lemma in INTENT_NOUNS:
        return "intended"
    if governor.pos_ == "NOUN" and lemma in POSSIBILITY_NOUNS:
        return "possible"
    if governor.pos_ == "ADJ" and lemma in ABILITY_WORDS:
        return "possible"
    if governor.pos_ == "ADJ" and lemma in WISH_ADJECTIVES:
        return "intended"  # "keen on raising rates", "not comfortable with sharing it"
    if open_to(preposition):
        return "possible"  # "open to selling the plant": it may come, if it is offered
    if governor.pos_ == "VERB" and lemma in {"aim", "target"} and governor.tag_ == "VBN":
        return "intended"
    if lemma in COMMITTING_VERBS and preposition.lower_ == "to":
        return "intended"  # "committed $5 million to building homes", "committed to cutting"
    if preposition.lower_ == "to" and brought_near(governor):
        # "came close to losing her seat": it was not lost; "moved closer to closing the
        # mine", "came closer to winning", "is a step nearer to taking the port": not yet
        # done, it may come.
        came_close = governor.lower_ == "close" and governor.head.lemma_.lower() == "come"
        return "negated" if came_close else "possible"
    return None


def brought_near(word: Token) -> bool:
    """Whether ``word`` is "close", "closer" or "nearer" said of a verb's subject or object,
    the word a "to" of an act ahead hangs on: "came close to losing", "moved us closer to
    wiping them out", "is a step nearer to taking the port"."""
    return (
        word.lemma_.lower() in {"close", "near"}
        and word.pos_ in {"ADV", "ADJ"}
        and word.dep_ in {"advmod", "acomp", "oprd"}
        and word.head.pos_ in {"VERB", "AUX"}
    )


def open_to(preposition: Token) -> bool:
    """Whether the preposition is the "to" of being open to an act: "open to selling the
    plant", "amenable to talks" (:data:`~kg.lang.en.OPEN_TO_ADJECTIVES`): the act may come,
    it is not told as done."""
    governor = preposition.head
    return (
        preposition.lower_ == "to"
        and governor.pos_ == "ADJ"
        and governor.lemma_.lower() in OPEN_TO_ADJECTIVES
    )


def takes_time(verb: Token) -> bool:
    """Whether ``verb`` is "take" with a length of time: "the trip would take three hours",
    "it took rescuers six hours to reach ...", "took a long time". Its infinitive is the
    act timed, as factual as the taking, and the taking itself is no event. Not "as long
    as it takes" (no length is told), nor a point in time ("took the town last week to
    secure the road": a capture, and a purpose). A length the parse hangs on the verb as
    an adverbial noun counts only after a dummy "it": "Congress took a vote weeks before"
    and "takes interviews all the time" tell when or how often."""
    if verb.lemma_.lower() != "take":
        return False
    dummy = it_subject(verb)
    return any(
        (child.dep_ == "dobj" or (dummy and child.dep_ == "npadvmod"))
        and child.lemma_.lower() in _LENGTH_NOUNS
        and not any(c.lower_ in POINT_IN_TIME_WORDS for c in dependents(child))
        for child in dependents(verb)
    )


#: Nouns a length of time is counted in ("six hours", "a long time").
_LENGTH_NOUNS = TIME_UNITS | {"time"}


def for_governor(preposition: Token) -> Token:
    """What a "for" phrase completes. The parse often hangs it on the verb when it belongs
    to the verb's object: in "signed a contract on Friday for the repair of a dam"
    and "there were calls this week for a recount", the repair is agreed and the
    recount demanded."""
    while preposition.dep_ == "conj" and preposition.head.pos_ == "ADP":
        preposition = preposition.head  # "allows for planning and for the allocation of"
    governor = preposition.head
    if governor.pos_ in {"VERB", "AUX"}:
        for child in dependents(governor):
            lemma = child.lemma_.lower()
            if (
                child.dep_ in {"dobj", "attr", "nsubjpass"}
                and child.i < preposition.i
                and lemma in INTENT_NOUNS | REQUEST_NOUNS
            ):
                return child
    return governor


def trailing_participle(verb: Token) -> bool:
    """ "..., accelerating a normalisation": a bare -ing clause after a comma."""
    if verb.tag_ != "VBG" or subordinators(verb) or has_subject(verb) or verb.i == 0:
        return False
    first = min(t.i for t in verb.subtree)
    return first > 0 and verb.doc[first - 1].text == ","


def quoted_from(head: Token, participle: Token) -> bool:
    """Whether a quote opens after ``head`` and is still open at ``participle``: 'asked
    them to report on "thefts, guarding the wells"' quotes the participle as part of
    what was asked, not as the writer's comment on the whole sentence."""
    marks = [t for t in head.doc[head.i + 1 : participle.i] if t.is_quote]
    return len(marks) % 2 == 1


def after_comma(verb: Token) -> bool:
    """ "..., to identify the man": a to-clause set off by a comma says what for."""
    to = next((c for c in dependents(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and to.i > 0 and verb.doc[to.i - 1].text == ","


# Tags of a verb with a tense of its own: what it tells is told as it stands.
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def so_of_result(clause: Token) -> bool:
    """Whether a clause opened by "so" after a comma tells what comes of the one before,
    no purpose: "the lake feeds two valleys, so when the rain fails, that leaves less
    water to share" ("so" as "and so"), its verb in a tense of its own with no modal.
    "so that" and a "so" with a modal ("so everyone can hear", "so there would be room")
    say what the act is for, as does a "so" with no comma before it."""
    marks = subordinators(clause)
    if "so" not in marks or "that" in marks:
        return False
    so = next((c for c in dependents(clause) if c.lower_ == "so" and c.i < clause.i), None)
    if so is None or so.i == 0 or clause.doc[so.i - 1].text != ",":
        return False
    auxiliaries = [c for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxiliaries):
        return False
    return (auxiliaries[0] if auxiliaries else clause).tag_ in _FINITE_TAGS


def has_be(verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        or any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in dependents(verb))
        or verb.lemma_ in {"go", "about"}
    )


def request_said(verb: Token) -> Token | None:
    """The noun of a request whose content the infinitive ``verb`` is: hung on the noun
    ("a call to the rebels to disarm") or, as the parser often does, on the verb whose
    object the noun is ("gave orders to his men to burn the village", "made an appeal to
    donors to give"); not a call "with" someone, a talk ("arranged calls with both
    rivals to discuss the race")."""
    if not infinitive(verb):
        return None
    nouns = [verb.head] if verb.dep_ == "acl" else []
    if verb.dep_ in {"advcl", "xcomp"}:
        nouns = [c for c in dependents(verb.head) if c.dep_ == "dobj" and c.i < verb.i]
    for noun in nouns:
        talk = any(c.dep_ == "prep" and c.lower_ == "with" for c in dependents(noun))
        if noun.lemma_.lower() in REQUEST_NOUNS and not talk:
            return noun
    return None
