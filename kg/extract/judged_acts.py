"""Acts whose doer is judged or ranked: "was the first to cross", "it was rude of him to
leave"; the act is as real as the judging verb's clause. So is the act of an occasion or a
trouble taken ("took pains to stress", :func:`occasion_taken`). Also whether the noun an
infinitive hangs on is its object, not its doer ("the only ones to blame").

:func:`judging_verb` is read by :mod:`kg.extract.modality`; :func:`ranked` and
:func:`object_gap` by :mod:`kg.extract.roles` too; :func:`person_or_group` by
:mod:`kg.extract.generic_doers`. Imports no other module of the modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.spans import dependents, has_subject, infinitive
from kg.lang.en import (
    ATTEMPT_WORDS,
    FACTIVE_ADJECTIVES,
    INTENT_NOUNS,
    JUDGING_NOUNS,
    MEANS_NOUNS,
    OCCASION_NOUNS,
    POSSIBILITY_NOUNS,
    RANKED_NON_DOERS,
    RANKING_WORDS,
    REQUEST_NOUNS,
    TASK_NOUNS,
)
from kg.lang.wordnet import NOUN_GROUP, NOUN_PERSON, noun_classes, verb_frames

__all__ = [
    "judging_verb",
    "object_gap",
    "occasion_taken",
    "person_or_group",
    "ranked",
]


def judging_verb(clause: Token, head: Token) -> Token | None:
    """The verb that tells of the act an infinitive names by judging its doer, or ranking
    them among those who did it; the act is as real as that verb's clause: "it was rude of
    him to walk out", "was quick to condemn", "was shocked to learn" (he walked out,
    condemned, learned); "became the first woman to climb it", "the latest firm to cut
    jobs". Not "the last chance to leave", "the first step to rebuild": no doer is ranked.
    Also an extraposed infinitive the parse hangs on the noun of a phrase between it and
    its judgement (:func:`_extraposed_from_phrase`)."""
    verb = _extraposed_from_phrase(clause, head)
    if verb is not None:
        judged = _judging(clause, _sense_object(verb) or verb, "advcl")
        if judged is not None:
            return judged
    return _judging(clause, head, clause.dep_)


def _judging(clause: Token, head: Token, dep: str) -> Token | None:
    """:func:`judging_verb` for the infinitive ``clause`` hung on ``head`` by ``dep``."""
    judged = None
    if head.lower_ in FACTIVE_ADJECTIVES and not _by_degree(head):
        # "quick to condemn" (its verb the copula), or a participle ("was shocked to learn")
        judged = head.head if head.pos_ == "ADJ" else head
    elif dep == "xcomp" and head.lemma_ == "be" and _doer_judged(head):
        judged = head  # "it was rude of him to walk out", the infinitive hung on "was"
    elif dep in {"xcomp", "advcl"} and head.lemma_ == "be" and _act_judged(clause, head):
        judged = head  # "it was rude for her to resign", "it was a mistake to send them"
    elif _sense_made(clause, head, dep):
        judged = head if head.pos_ == "VERB" else head.head  # "it made no sense to send them"
    elif dep in {"relcl", "acl", "xcomp"} and ranked(head) and not object_gap(clause):
        judged = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return judged if judged is not None and judged.pos_ in {"VERB", "AUX"} else None


def _extraposed_from_phrase(clause: Token, noun: Token) -> Token | None:
    """The verb of an "it" clause whose extraposed infinitive the parse hangs on the last
    noun of a phrase set between them: "it made no sense even before the rise in cases to
    bring them back", "it was a mistake after all those warnings to send them" (the
    bringing and the sending are judged; no infection or warning is for them). Only an
    infinitive with no subject, on a noun no infinitive belongs to (not "after the
    decision to close it": the decision's content), inside phrases on a verb whose subject
    is "it" and that has no clause of its own."""
    if clause.dep_ != "acl" or not infinitive(clause) or has_subject(clause):
        return None
    if noun.dep_ != "pobj" or noun.lemma_.lower() in _INFINITIVE_NOUNS:
        return None
    node = noun
    while node.dep_ in {"pobj", "prep"} and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    if node.pos_ not in {"VERB", "AUX"} or not _it_subject(node):
        return None
    if any(c.dep_ in {"xcomp", "advcl", "ccomp", "csubj"} for c in dependents(node)):
        return None
    return node


def _sense_object(verb: Token) -> Token | None:
    """The "sense" of "made no sense", on which :func:`_sense_made` reads an infinitive."""
    return next((c for c in dependents(verb) if c.dep_ == "dobj" and c.lower_ == "sense"), None)


#: Verbs that take an occasion or a trouble: "took the opportunity to", "used the occasion to".
_TAKING_VERBS = frozenset({"take", "use", "seize", "grab", "grasp"})


def occasion_taken(noun: Token) -> Token | None:
    """The verb that takes the occasion or the trouble ``noun`` names, whose infinitive is
    done as that verb is: "took pains to stress that ...", "used the occasion to warn",
    "seized the chance to say", "was at pains to point out" (:data:`OCCASION_NOUNS`; the
    one who takes it does the act). Not a chance had or missed ("had the chance to speak",
    "missed the opportunity to"): it may not have been taken. None otherwise."""
    if noun.lemma_.lower() not in OCCASION_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TAKING_VERBS:
        return noun.head
    preposition = noun.head
    if (
        noun.dep_ == "pobj"
        and noun.lower_ == "pains"
        and preposition.lower_ == "at"
        and preposition.head.lemma_ == "be"
    ):
        return preposition.head  # "was at pains to": the copula
    return None


def _by_degree(adjective: Token) -> bool:
    """ "too rude to ignore", "smart enough to win": a degree, not a judgement of an act."""
    return any(c.lower_ in {"too", "enough"} for c in dependents(adjective))


def _doer_judged(be: Token) -> bool:
    """ "it was rude of him", "he was wrong": a judging adjective on the copula, with the
    doer named; "it is wrong to blame them" with no doer judges no act done."""
    judging = [
        c
        for c in dependents(be)
        if c.dep_ == "acomp" and c.lower_ in FACTIVE_ADJECTIVES and not _by_degree(c)
    ]
    if not judging:
        return False
    of = any(g.dep_ == "prep" and g.lower_ == "of" for c in (be, *judging) for g in dependents(c))
    personal = any(
        c.dep_ == "nsubj" and c.lower_ not in {"it", "this", "that"} for c in dependents(be)
    )
    return of or personal


def _act_judged(clause: Token, be: Token) -> bool:
    """ "it was rude for her to resign", "it was a mistake to send them home", "it was wrong
    to blame them": an extraposed judgement of an act (:data:`FACTIVE_ADJECTIVES`,
    :data:`JUDGING_NOUNS`) with its doer after "for", or told in the past with no modal,
    which judges what was done; "it is wrong to blame them" may judge any such act, and
    "it would be wise to leave" one not done."""
    if not _it_subject(be):
        return False
    judging = any(
        (c.dep_ == "acomp" and c.lower_ in FACTIVE_ADJECTIVES and not _by_degree(c))
        or (c.dep_ == "attr" and c.lemma_.lower() in JUDGING_NOUNS)
        for c in dependents(be)
    )
    return judging and (_for_doer(clause) or _plain_past(be))


def _sense_made(clause: Token, head: Token, dep: str) -> bool:
    """ "it made no sense to send them back", "it didn't make sense to bring them": the
    past judges the act as done (its infinitive hung on "made" or on "sense"), as
    :func:`_act_judged` has it; "it makes no sense to ..." may judge a plan."""
    if not infinitive(clause):
        return False
    if head.lower_ == "sense" and head.dep_ == "dobj":
        head = head.head
    elif dep not in {"xcomp", "advcl"}:
        return False
    made = head.lemma_ == "make" and any(
        c.dep_ == "dobj" and c.lower_ == "sense" for c in dependents(head)
    )
    return made and _it_subject(head) and _plain_past(head)


def _it_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in dependents(verb))


def _for_doer(clause: Token) -> bool:
    """ "for her to resign": the infinitive's doer after "for"."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in dependents(clause))
    return marked and has_subject(clause)


def _plain_past(verb: Token) -> bool:
    """ "was", "made", "did not make": a past with no modal ("would have been" is none)."""
    auxiliaries = [c for c in dependents(verb) if c.dep_ == "aux"]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" and c.lemma_ == "do" for c in auxiliaries)


def ranked(word: Token) -> bool:
    """ "the first woman", "the latest firm", "was the first" (:data:`RANKING_WORDS`), not
    a chance, a step or a plan ranked ("the last chance", "the first step")."""
    if word.lower_ in RANKING_WORDS:
        return True
    if word.pos_ not in {"NOUN", "PROPN"} or word.lemma_.lower() in _NO_DOERS:
        return False
    return any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in dependents(word))


def object_gap(clause: Token) -> bool:
    """Whether the noun an infinitive hangs on is its object, not its doer: "they are the
    only ones to blame", "the only nit to pick", "the only person to talk to" (no one is
    ranked for blaming, picking or talking). The infinitive has no object of its own, its
    verb cannot go without one (no frame of WordNet's most frequent senses does: "blame",
    not "win" or "leave": "the first woman to win"), and takes one of the noun's kind
    (someone for a person or a group, something else for a thing: "the only senators to
    attend" attended something); or its preposition has none ("to talk to")."""
    if has_subject(clause):
        return False  # "the only person who can petition": its own doer
    children = tuple(dependents(clause))
    if any(c.dep_ == "prep" and c.i > clause.i and not tuple(dependents(c)) for c in children):
        return True  # "the only person to talk to"
    shared = (g for c in children if c.dep_ == "conj" for g in dependents(c))
    if any(c.dep_ in _FILLED or c.lower_ == "so" for c in (*children, *shared)):
        # "the first woman to win the race", "the first to say that ...", "to do so", a
        # passive, an object shared with a verb joined ("the first to back and sign the bill")
        return False
    frames = verb_frames(clause.lemma_.lower())
    if any(c.dep_ == "prep" for c in children):
        if not any(sense & _PREPOSITIONAL for sense in frames):
            return False  # no phrase of its own: a particle ("the first to cheer on the idea")
        alone = _ALONE | _PREPOSITIONAL_ALONE
    else:
        alone = _ALONE
    if any(sense & alone for sense in frames):
        return False
    objects = _SOMEONE_OBJECT if person_or_group(clause.head) else _SOMETHING_OBJECT
    return any(sense & objects for sense in frames)


def person_or_group(noun: Token) -> bool:
    """Whether a ranked noun is a person or a group, as WordNet's two most frequent senses
    have it ("senator", "team"); "the first", "the only ones" and names are people."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() == "one":
        return True
    return bool(set(noun_classes(noun.lemma_.lower())[:2]) & {NOUN_PERSON, NOUN_GROUP})


#: Nouns that a ranking word does not make a doer of: "the last chance to leave", "the
#: first step to rebuild", "the only way to win".
_NO_DOERS = (
    POSSIBILITY_NOUNS | INTENT_NOUNS | REQUEST_NOUNS | TASK_NOUNS | ATTEMPT_WORDS | RANKED_NON_DOERS
)

#: Nouns an infinitive may belong to: a plan, a chance, a task, a call ("the decision to
#: close it"), besides the nouns ranking names no doer by.
_INFINITIVE_NOUNS = _NO_DOERS | OCCASION_NOUNS | MEANS_NOUNS

#: Dependents that fill a verb's object or say it needs none: an object, a clause, a
#: particle ("the first to give up"), a passive ("the first woman to be elected").
_FILLED = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp", "prt", "auxpass", "nsubjpass"}
)
#: WordNet's frames of a verb that goes without an object: "Something ----s", "Somebody
#: ----s"; and with a prepositional phrase only ("Somebody ----s PP", "... to somebody", "...
#: on something", "Something is ----ing PP").
_ALONE = frozenset({1, 2})
_PREPOSITIONAL_ALONE = frozenset({4, 12, 13, 22, 27})
#: WordNet's frames with a prepositional phrase ("Somebody ----s somebody of something",
#: "Somebody ----s something PP").
_PREPOSITIONAL = _PREPOSITIONAL_ALONE | frozenset({15, 16, 17, 18, 19, 20, 21, 31})
#: WordNet's frames whose object is someone ("Somebody ----s somebody") or something.
_SOMEONE_OBJECT = frozenset({9, 10, 14, 20, 24, 25, 30})
_SOMETHING_OBJECT = frozenset({8, 11, 15, 21, 31})
