"""Acts a governing word tells as done, or as real as itself.

Read by :mod:`kg.extract.modality` on the walk up the tree: an infinitive of finding out
(:func:`found_out`: "arrived to find the house looted"), a clause a verb brings about or
perceives (:func:`brought_about`: "made them leave"), an act named as a subject
(:func:`act_as_subject`), "by" with a gerund (:func:`by_means`), a way found
(:func:`way_found`), an act named after a preposition that presupposes it
(:func:`presupposes`: "prosecuted for publishing"), a gerund of taking part
(:func:`joins_in`), what a thing was used to do or for (:func:`used_for`, :func:`used_in`),
a clause a verb of making sure takes (:func:`ensured`), a choice told in the past
(:func:`chosen`) and an act one could not hold back from (:func:`held_back_in_vain`).
Uses :mod:`kg.extract.questions` and :mod:`kg.extract.clause_words`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_words import subordinators
from kg.extract.conditions import has_condition
from kg.extract.questions import ASKING, WH_TAGS, opens_wh
from kg.extract.spans import dependents, has_subject, infinitive, negates
from kg.lang.en import (
    AWAITING_VERBS,
    CHOICE_VERBS,
    DISCOVERY_VERBS,
    ENSURING_VERBS,
    FORETELLING_VERBS,
    HOLDING_BACK_VERBS,
    IMPLICATIVE_VERBS,
    JOINING_VERBS,
    PUZZLE_NOUNS,
    REPORTING_VERBS,
    SENSE_VERBS,
    TIME_AHEAD_WORDS,
)

__all__ = [
    "BARE_INFINITIVE_VERBS",
    "act_as_subject",
    "brought_about",
    "by_means",
    "chosen",
    "ensured",
    "found_out",
    "held_back_in_vain",
    "joins_in",
    "present_set_ahead",
    "timed_ahead",
    "presupposes",
    "used_for",
    "used_in",
    "way_found",
]


def found_out(clause: Token) -> bool:
    """ "arrived to find the house had been looted", "returned home to see her son crying":
    an infinitive of finding out whose find is a clause of its own tells what the act
    came upon, no purpose ("went to see her", "came to find work" are purposes; so are
    "went to see what happened" and "sent them to see that it is done")."""
    if clause.lemma_.lower() not in DISCOVERY_VERBS or has_subject(clause):
        return False
    for child in dependents(clause):
        if child.dep_ not in {"ccomp", "xcomp", "oprd"} or child.pos_ not in {"VERB", "AUX"}:
            continue
        if infinitive(child):
            return False  # "to find somewhere to live": a purpose
        asks = subordinators(child) & {"if", "whether"} or any(
            t.tag_ in WH_TAGS for t in child.subtree if t.i < child.i
        )
        ensures = "that" in subordinators(child) and clause.lemma_.lower() in SENSE_VERBS
        return not asks and not ensures
    return False


def used_for(clause: Token, verb: Token) -> bool:
    """ "used his speech to attack the plan", "the money was used to buy arms": what a
    thing is used to do is done in the using, as real as the use ("will use the funds to
    build": future; "plans to use it to": intended), no purpose. Not a use denied ("did not
    use the money to buy arms": left a purpose), nor a clause with a subject of its own
    ("used the money to let them leave" keeps its own reading), nor a purpose put before
    the clause ("To find out when it broke, they used a camera": what the use was for, a
    goal set first, not a deed told). "used to hold the town" (a habit) is
    :func:`kg.extract.modals.used_to`."""
    if verb.lemma_.lower() != "use" or not infinitive(clause) or has_subject(clause):
        return False
    if clause.i < verb.i:
        return False
    return not any(negates(c) for c in dependents(verb))


def chosen(clause: Token, verb: Token) -> bool:
    """ "opted to back the plan", "chose not to speak", "elected to receive", "decided to
    sell the house": a choice told in the past is the act chosen done (or, negated, not
    done), as "managed to" tells it; unless the act is set for a time still ahead
    (:func:`_set_ahead`) or on a condition ("decided to strike if the talks fail": the
    strike waits on the talks).
    Not a choice with an auxiliary of its own ("will choose to": the walk reads it; "has
    chosen to step down" often announces an act to come), one denied ("did not choose to
    run"), nor one of a person or a thing for a role ("chose Smith to lead the agency":
    the leading may be ahead)."""
    if verb.lemma_.lower() not in CHOICE_VERBS or verb.tag_ != "VBD" or not infinitive(clause):
        return False
    if _set_ahead(clause) or _on_condition(clause):
        return False
    return not any(c.dep_ in {"aux", "auxpass", "dobj"} or negates(c) for c in dependents(verb))


def _on_condition(clause: Token) -> bool:
    """Whether the act chosen waits on a condition: an "if" or "unless" clause on it, which
    the parser may also hang as its complement ("decided to strike if the talks failed"; not
    the question of "decided to ask if the shop was open")."""
    if has_condition(clause):
        return True
    return clause.lemma_.lower() not in ASKING and any(
        c.dep_ == "ccomp" and subordinators(c) & {"if", "unless"} for c in dependents(clause)
    )


def _set_ahead(clause: Token) -> bool:
    """Whether the act chosen is set for a time still ahead of the choice: "decided on
    Monday to close the plant next year", "chose to hold the vote in the coming weeks".
    Not "the next day" of a story told in the past, which the choice came before."""
    return any(_points_ahead(word) for word in clause.subtree)


def _points_ahead(word: Token) -> bool:
    """Whether ``word`` puts a time ahead of the moment told ("next year", "the coming
    weeks", "tomorrow"); not "the next day" of a story told in the past."""
    if word.lower_ not in TIME_AHEAD_WORDS:
        return False
    return word.lower_ != "next" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in dependents(word.head)
    )


#: The dependents of a verb that tell when: "flies out tomorrow", "meets next week",
#: "opens in the coming weeks".
_TIME_DEPS = frozenset({"npadvmod", "advmod", "prep"})
#: Present forms of "be" before a participle: "is hosting", "are published".
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "\u2019s", "\u2019re", "\u2019m"})


#: Verbs whose time ahead is that of what they tell, want or await (:func:`present_set_ahead`).
_TELLING_AHEAD = REPORTING_VERBS | AWAITING_VERBS | FORETELLING_VERBS


def present_set_ahead(verb: Token) -> bool:
    """Whether a verb in the present tells an act arranged for a time ahead: "the band
    plays in Dublin tomorrow", "the minister is flying to Paris next week", "when the
    rule is published tomorrow". A present with a time ahead is a timetable, no act done.
    Only the verb's own time phrase counts (not one inside a clause on it), and not for a
    verb of saying, whose time ahead is its claim's ("says he goes back tomorrow"), nor
    for one that tells now of a thing ahead, whose time it is ("threatens a strike next
    week", "expects a slowdown next year", "foretells a triumph next year")."""
    auxiliaries = [c for c in dependents(verb) if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        present = not auxiliaries
    else:
        present = (
            verb.tag_ in {"VBG", "VBN"}
            and bool(auxiliaries)
            and auxiliaries[-1].lower_ in _PRESENT_BE
        )
    if not present or verb.lemma_.lower() in _TELLING_AHEAD:
        return False
    return timed_ahead(verb)


def timed_ahead(verb: Token) -> bool:
    """Whether the verb's own time phrase is ahead ("meets next week", "flies out
    tomorrow", "opens in the coming weeks"); one inside a clause on it does not count."""
    return any(_time_ahead(child) for child in dependents(verb) if child.dep_ in _TIME_DEPS)


def _time_ahead(child: Token) -> bool:
    """Whether a verb's time phrase is ahead: "tomorrow", "next week", "tomorrow evening",
    "in the coming weeks" (not "coming" as a verb: "with 51 wins coming by knockout")."""
    times = [o for o in dependents(child) if o.dep_ == "pobj"] if child.dep_ == "prep" else [child]
    return any(
        time.lower_ == "tomorrow"
        or any(w.dep_ in {"amod", "compound"} and _points_ahead(w) for w in dependents(time))
        for time in times
    )


def held_back_in_vain(clause: Token, verb: Token) -> bool:
    """ "could not resist taunting the fans", "couldn't help laughing", "can't help but
    worry": the act one could not (or cannot) hold back from is done, or done each time,
    neither denied nor a mere possibility as "could not" makes other acts. Only a gerund
    ("could not help rebuild the school" is help not given) or a verb after "but"."""
    if verb.lemma_.lower() not in HOLDING_BACK_VERBS:
        return False
    if not any(negates(c) for c in dependents(verb)) or not any(
        c.dep_ == "aux" and c.lower_ in _CAN for c in dependents(verb)
    ):
        return False
    if clause.dep_ in {"xcomp", "dobj"}:
        return clause.tag_ == "VBG"
    return clause.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "but" and c.i < clause.i for c in dependents(verb)
    )


# "can", "could", and the "ca" of "can't".
_CAN = frozenset({"can", "could", "ca"})


def brought_about(clause: Token, verb: Token) -> bool:
    """ "may cause the river to flood", "will make them leave", "should help the firm
    meet the rules": a clause with its own subject under a verb that brings it about or
    perceives it happens only as that verb's act does."""
    lemma = verb.lemma_.lower()
    if not has_subject(clause) or subordinators(clause) or opens_wh(clause):
        return False  # "remember that they left", "what I have seen": a clause of its own
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in dependents(clause)):
        return False
    if lemma in SENSE_VERBS or lemma in {"watch", "notice"}:
        return clause.tag_ in {"VB", "VBG", "VBN"}  # "see prices rise / rising / cut"
    return (clause.tag_ == "VB" or infinitive(clause)) and (
        lemma in IMPLICATIVE_VERBS or lemma in BARE_INFINITIVE_VERBS
    )


def ensured(clause: Token, verb: Token) -> bool:
    """ "we must ensure that the council oversees the deals", "will see to it that the bill
    passes": a clause a verb of making sure takes happens only as the making sure does
    (demanded, ahead, done: "the police ensured that the march ended peacefully")."""
    if clause.dep_ != "ccomp" or not has_subject(clause):
        return False
    lemma = verb.lemma_.lower()
    return lemma in ENSURING_VERBS or (
        lemma == "see"
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "it" for o in c.children)
            for c in dependents(verb)
        )
    )


def act_as_subject(clause: Token) -> bool:
    """ "Closing the mine would cost jobs", "To leave now could be a mistake": an act
    named as the subject of a verb, with no subject of its own, is as real as what that
    verb says of it."""
    return (clause.tag_ == "VBG" or infinitive(clause)) and not has_subject(clause)


def by_means(preposition: Token) -> bool:
    """ "could save the school by cutting the budget": "by" with a gerund tells how the
    verb's act is done, so it happens only if that act does (not "killed by a bomb")."""
    return (
        preposition.lower_ == "by"
        and preposition.dep_ == "prep"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in dependents(preposition))
    )


def way_found(noun: Token) -> bool:
    """ "found a way to cut costs", "found ways to win": a way someone finds to do
    something is the doing, not a mere chance of it (:data:`~kg.lang.en.POSSIBILITY_NOUNS`).
    Only "find": no other verb of finding a way occurs in the training text."""
    return (
        noun.lemma_.lower() in {"way", "means"}
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() == "find"
    )


def presupposes(preposition: Token) -> bool:
    """Whether an event named after the preposition is taken as having happened:
    "criticised Russia over the bombing", "prosecuted for publishing documents", "the
    mystery behind the death". Not so after "of", "to" and "about", nor after a verb that
    passes its own modality on ("may succeed in silencing him", "to assist him in fetching
    it")."""
    governor = preposition.head
    if governor.pos_ == "NOUN" and governor.lemma_.lower() in PUZZLE_NOUNS:
        return True  # "the mystery behind the death", "the riddle of the fire": it happened
    if governor.pos_ not in {"VERB", "AUX"}:
        return False
    if preposition.lower_ in {"of", "to", "about"}:
        return False
    if joins_in(preposition) or used_in(preposition):
        return False
    return governor.lemma_.lower() not in IMPLICATIVE_VERBS


def joins_in(preposition: Token) -> bool:
    """ "assist him in fetching", "engage in looting": a gerund after the "in" of a verb of
    taking part (:data:`~kg.lang.en.JOINING_VERBS`), as done as the taking part."""
    return (
        preposition.lower_ == "in"
        and preposition.head.lemma_.lower() in JOINING_VERBS
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in dependents(preposition))
    )


def used_in(preposition: Token) -> bool:
    """ "could be used in placing lines", "was used for building schools": what a thing is
    used in or for is as real as the use, as :func:`used_for` reads an infinitive; not a
    use denied ("did not use the loan for buying shares")."""
    verb = preposition.head
    return (
        preposition.lower_ in {"in", "for"}
        and verb.lemma_.lower() == "use"
        and not any(negates(c) for c in dependents(verb))
    )


#: Verbs that take a bare infinitive that is no request: "watched the dollar lose two
#: percent", "let the prisoners go", "heard the guards shout" (the parser may make it a
#: clause with its subject, like a demanded one).
BARE_INFINITIVE_VERBS = frozenset(
    "see watch hear feel notice observe witness let make help have".split()
)
