"""Acts of anyone in particular: a relative clause or an -ing clause on a noun that names
no one in particular ("anyone who lies could be fined", "any firm breaking the rules will
lose its licence") holds only if someone does it, as does how anyone does a thing ("the
way you catch the flu is by touching your face"); and what a thing yet to be made or found
does ("wants to create an economy that works for all") holds only as the making does.

Read by :func:`kg.extract.modality._governed`; uses :mod:`kg.extract.judged_acts` (whether
a noun is a person or a group) and :mod:`kg.extract.clause_words`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_words import AUX_MODALITY, clause_of_said_gerund
from kg.extract.judged_acts import person_or_group
from kg.extract.spans import SUBJECT_DEPS, dependents, has_subject, negates
from kg.lang.en import (
    ACT_PROGRESS_PHRASES,
    ACT_PROGRESS_WORDS,
    MAKING_OR_SEEKING_VERBS,
    MANNER_NOUNS,
    OPTION_NOUNS,
    OPTION_TAKING_VERBS,
    PENALTY_NOUNS,
    REQUEST_VERBS,
    REQUESTED_OBJECT_VERBS,
)
from kg.lang.wordnet import NOUN_PERSON, noun_classes

__all__ = [
    "generic_manner",
    "generic_participle",
    "generic_relative",
    "judged_in_general",
    "made_or_sought",
    "manner_told",
    "penalised_in_general",
]


# Pronouns that name no one in particular: "anyone who lies", "everyone who signs up".
_ANY_ONE = frozenset(
    "anyone anybody anything whoever whatever everyone everybody everything".split()
)


def generic_relative(clause: Token) -> bool:
    """ "anyone who lies could be fined", "any firm that breaks the rules", "everyone who
    signs up gets a card": a relative clause in the present on a noun that names no one in
    particular, which is its subject, tells what holds if someone does it, not that anyone
    did ("anyone who watched it", "anyone who has seen it" tell of acts done; "any help that
    he gives" of his)."""
    if not _names_anyone(clause.head):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.tag_ in {"WP", "WDT"} for c in dependents(clause)):
        return False  # "everything that Americans receive": what someone named does
    auxiliaries = {c.lower_ for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries - {"is", "are", "do", "does"}:
        return False  # a past, a perfect or a modal of its own
    return clause.tag_ in {"VBZ", "VBP"} or (bool(auxiliaries) and clause.tag_ in {"VBN", "VBG"})


def generic_manner(clause: Token) -> bool:
    """ "the way you catch the flu", "the method one uses to win": a relative clause on a
    noun of manner (:data:`~kg.lang.en.MANNER_NOUNS`) with a generic "you" or "one" in the
    simple present tells how anyone does it, not that anyone did ("the way you treated
    me" tells of an act done; "the way she catches it" of hers)."""
    if clause.dep_ != "relcl" or clause.head.lemma_.lower() not in MANNER_NOUNS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in {"you", "one"} for c in dependents(clause)):
        return False
    auxiliaries = {c.lower_ for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ in {"VBZ", "VBP", "VB"} and auxiliaries <= {"do", "does", "can"}


def manner_told(verb: Token) -> bool:
    """Whether ``verb`` is the "be" that says what such a generic way is: "the way you
    catch the flu is by touching your face", "the way you win is to score first" (the
    touching and the scoring are anyone's, as the catching is)."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and any(generic_manner(r) for r in dependents(c))
        for c in dependents(verb)
    )


def _names_anyone(noun: Token) -> bool:
    """ "anyone", "everything", "any firm", "every driver": no one in particular."""
    return noun.lower_ in _ANY_ONE or any(
        c.dep_ == "det" and c.lower_ in {"any", "every"} for c in dependents(noun)
    )


def generic_participle(clause: Token) -> bool:
    """ "anyone giving false information could be fined", "any firm breaking the rules
    will lose its licence": an -ing clause on a noun that names no one in particular, in
    a sentence that tells what may, will or must happen to them, holds if someone does it,
    as a relative clause does (:func:`generic_relative`); so does a past participle, what
    is done to them ("anyone arrested in the city will be charged"). With no modal the
    participle may tell of acts done ("everyone attending the rally was searched", "anyone
    living here knows it"), so it stays as it was; so does a noun that is no doer ("any
    problem").
    The parser may make the whole "anyone giving ..." a clause subject, with "anyone" the
    participle's own subject: read the same."""
    if clause.tag_ not in {"VBG", "VBN"}:
        return False
    if clause.dep_ in {"csubj", "csubjpass"}:
        noun = next((c for c in dependents(clause) if c.dep_ == "nsubj"), None)
        verb = clause.head
    else:
        noun = None if has_subject(clause) else clause.head
        verb = clause.head.head
    if noun is None or not _names_anyone(noun):
        return False
    if clause.tag_ == "VBG" and noun.lower_ not in _ANY_ONE and not person_or_group(noun):
        return False  # "won't have any problem talking to you": no doer named (a past
        # participle tells what is done to its noun, which needs to be no doer)
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.lower_ in AUX_MODALITY for c in dependents(verb)
    )


# Verbs that tell of a penalty that may be given: "drivers face fines", "risk a ban".
_FACING = frozenset({"face", "risk"})
# Modals of a penalty ahead ("shops could face fines for ..."); "do" of the present.
_AHEAD_AUX = frozenset({"can", "could", "may", "might", "will", "would", "do", "does"})


def penalised_in_general(gerund: Token) -> bool:
    """ "drivers face fines for using phones", "kiosks and stalls face penalties for selling
    fireworks", "anyone risks a fine for feeding the gulls": a gerund after the "for" of a penalty
    (:data:`~kg.lang.en.PENALTY_NOUNS`) that a bare plural or a noun naming no one in
    particular faces or risks in the present, or with a modal, is what would be punished
    if someone did it, a rule and not a deed. Not a subject named ("he faces charges for
    killing his wife", "the firm faces fines for dumping waste": what it is accused of),
    nor a penalty faced in the past ("drivers faced fines for ..." may tell of cases)."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ != "for":
        return False
    holder = gerund.head.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FACING:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_NOUNS for c in dependents(verb)):
        return False
    auxiliaries = {c.lower_ for c in dependents(verb) if c.dep_ == "aux"}
    if auxiliaries - _AHEAD_AUX or (verb.tag_ not in {"VBZ", "VBP"} and not auxiliaries):
        return False  # "faced fines", "have faced": what was given, or is
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and (_names_anyone(subject) or _bare_plural(subject))


def _bare_plural(noun: Token) -> bool:
    """ "drivers", "kiosks and stalls", "foreign firms": a plural with no word that picks out
    whose or which (no determiner, possessive or number), so a kind and not a group named."""
    if noun.tag_ != "NNS":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod"} for c in dependents(noun))


def judged_in_general(gerund: Token) -> bool:
    """ "shutting the campuses is unsustainable", "running for office is tough", "forcing
    people from their homes is against the law": a gerund with no doer of its own, the
    subject of "be" in the present with an adjective or a phrase for what it is, is an act
    judged as anyone's, which holds only if someone does it. Not an act said to be going
    on or done ("rebuilding the school is complete", "is under way"), nor in the past
    ("closing the mine was a mistake": it was closed), nor with a modal (read from the
    modal: "closing it would cost jobs"), nor with a noun, which may sum up an act done
    ("naming her is a step forward"), unless the noun names it as an option ("raising taxes
    is not an option", "is the only answer": :data:`~kg.lang.en.OPTION_NOUNS`; not the
    option taken, "is the solution they chose last year": :func:`_option_taken`), nor a
    gerund whose doer is named ("his leaving is a loss"), nor one the parse makes a second
    subject of a "be" that has its own. The parse may hang such a gerund on the verb of
    saying before it ("says shutting the campuses is unsustainable"): read the same."""
    if gerund.tag_ != "VBG" or has_subject(gerund):
        return False
    if any(c.dep_ == "poss" for c in dependents(gerund)):
        return False
    be = gerund.head if gerund.dep_ == "csubj" else clause_of_said_gerund(gerund)
    if be is None or be.lemma_ != "be" or be.tag_ not in {"VBZ", "VBP"} or has_subject(be):
        return False  # "said, mentioning the album is nearly done": a subject of its own
    if any(c.dep_ in {"aux", "auxpass"} for c in dependents(be)):
        return False
    named = [c for c in dependents(be) if c.dep_ == "attr"]
    if named:
        return all(c.lemma_.lower() in OPTION_NOUNS and not _option_taken(c) for c in named)
    if _tells_progress(be):
        return False  # "rebuilding the school is complete": it was done
    return any(
        c.dep_ == "acomp" or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in dependents(c)))
        for c in dependents(be)
        if c.i > be.i
    )


def _option_taken(noun: Token) -> bool:
    """Whether a relative clause on an option noun tells it taken, in the past and not
    denied: "is the solution they chose last year", "the answer the council adopted" (the
    act chosen is done, as after "chose to"); not "the option they rejected", "the one they
    will choose", "the answer they did not pick"."""
    return any(
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in OPTION_TAKING_VERBS
        and clause.tag_ == "VBD"
        and not any(c.dep_ in {"aux", "auxpass"} or negates(c) for c in dependents(clause))
        for clause in dependents(noun)
    )


def _tells_progress(be: Token) -> bool:
    """Whether "be" says its gerund subject's act is going on or done ("is complete", "is
    under way", "is in progress"), no judgement that holds only if someone does it."""
    for c in dependents(be):
        if c.i < be.i:
            continue
        if c.dep_ == "acomp" and c.lemma_.lower() in ACT_PROGRESS_WORDS:
            return True
        if c.dep_ == "prep" and any(
            (c.lower_, g.lemma_.lower()) in ACT_PROGRESS_PHRASES
            for g in dependents(c)
            if g.dep_ == "pobj"
        ):
            return True
    return False


# Determiners of a thing not yet picked out: "a law that bans it", "any deal that works".
_INDEFINITE = frozenset({"a", "an", "any", "some"})


def made_or_sought(clause: Token) -> Token | None:
    """The verb of making, seeking or asking whose object a relative clause tells of, when
    the object is a thing yet to be: "to create an economy that works for all", "we need a
    law that bans handguns", "demands a law that bans them", "calls for a system in which
    nurses check every patient". The clause is in the simple present, opened by its
    relative pronoun as subject or by a "where" or "in which" before a subject of its own:
    what the thing will do, or what will be done in it, once it is made; the object is
    indefinite. The verb is one of making or seeking
    (:data:`~kg.lang.en.MAKING_OR_SEEKING_VERBS`) or of asking for the thing
    (:data:`~kg.lang.en.REQUESTED_OBJECT_VERBS`: "demands a law"; a request verb with
    "for": "calls for a system"). Not a past or a perfect ("built a wall that cost $5m"),
    nor a thing picked out ("the law that bans it", "laws they say are unjust")."""
    if clause.dep_ != "relcl" or clause.tag_ not in {"VBZ", "VBP"}:
        return None
    if not (_relative_subject(clause) or _relative_setting(clause)):
        return None
    if any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ not in {"do", "does"} for c in dependents(clause)
    ):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN" or not _not_picked_out(noun):
        return None
    return _making_or_asking(noun)


def _relative_subject(clause: Token) -> bool:
    """ "a law that bans it": the relative pronoun is the clause's subject."""
    return any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in dependents(clause))


def _relative_setting(clause: Token) -> bool:
    """ "a system in which nurses check", "a city where children play": a clause with a
    subject of its own, opened by "where" or by a preposition with "which"."""
    if not has_subject(clause):
        return False
    for child in dependents(clause):
        if child.i > clause.i:
            continue
        if child.tag_ == "WRB" and child.lower_ in {"where", "whereby"}:
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ == "which" for g in dependents(child)
        ):
            return True
    return False


def _making_or_asking(noun: Token) -> Token | None:
    """The verb that makes, seeks or asks for the thing ``noun`` names: its verb when the
    noun is the object of a verb of making or seeking or of one whose object is the thing
    asked for ("demands a law"), or the request verb whose "for" takes it ("calls for a
    system", "pressed for a deal"); a person asked for or asked to act is not such a
    thing."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB":
        if verb.lemma_.lower() in MAKING_OR_SEEKING_VERBS:
            return verb
        if verb.lemma_.lower() in REQUESTED_OBJECT_VERBS and not _a_person(noun):
            return verb  # not "urging readers who back the campaign to write": who is asked
        return None
    if noun.dep_ == "pobj" and verb.lower_ == "for" and not _a_person(noun):
        if verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in REQUEST_VERBS:
            return verb.head
    return None


def _a_person(noun: Token) -> bool:
    """Whether a noun names a person, as WordNet's first sense has it ("readers", "a
    lawyer"; not "a law" or "a committee", things a request may ask to be made)."""
    return noun_classes(noun.lemma_.lower())[:1] == (NOUN_PERSON,)


def _not_picked_out(noun: Token) -> bool:
    """ "a law", "any deal", "new economies": no "the", "this" or owner."""
    determiners = [c for c in dependents(noun) if c.dep_ in {"det", "poss"}]
    if not determiners:
        return noun.tag_ == "NNS"  # a bare plural: "to create economies that work"
    return all(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in determiners)
