"""Who may be an event's actor: the checks that run on every frame after it is read.

The frame rules read the subject of a verb as its actor. That is right for "Police
arrested 12 people" and wrong for "Three soldiers died" (the soldiers are victims),
"A roadside bomb killed a general" (the bomb is an instrument) or "Saturday's attack"
(a time, not an attacker). An actor is someone who acts: a person, an organisation, a
group or a state, as in the agent roles of KAIROS and RAMS. These checks move an
undergoer to the target and drop causes, instruments and times; a frame left with
no role is bare, and :mod:`kg.extract` keeps it only when it is claimed or not asserted.

The word lists are data, in :mod:`kg.lang.en` (section "who may act").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.frames import Frame, doer_argument, named_place, noun_modifier_doer
from kg.extract.spans import argument, dependents, event_action, noun_phrase, sentence_of
from kg.lang.en import (
    CAUSE_NOUNS,
    HAPPENING_VERBS,
    PATIENT_NOUNS,
    PLACE_NOUNS,
    POLITY_NOUNS,
    UNDERGOER_VERBS,
)

__all__ = ["checked"]

# Named entities that can act; a common noun can too ("police", "gunmen").
_AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
# Place nouns that never act; the polity nouns ("the country", "the city") may.
_SITE_NOUNS = PLACE_NOUNS - POLITY_NOUNS


def checked(frame: Frame) -> Frame:
    """The frame with its actor checked; one left with no role is :attr:`Frame.bare`.

    Args:
        frame: A frame as the frame rules built it; it is changed in place.
    """
    actor = frame.actor
    if actor is None:
        return frame
    main = frame.verbs[-1]
    if main.pos_ in {"VERB", "AUX"} and main.lemma_.lower() in UNDERGOER_VERBS:
        # "Three soldiers died": the soldiers suffered it; no one is said to have done it.
        if frame.target is None:
            frame.target = frame.actor_argument
            frame.target_token = actor
        _drop_actor(frame)
    elif actor.ent_type_ in _TIME_LABELS:
        _drop_actor(frame)  # "Saturday's attack"
    elif _happening_it(actor, main):
        # "he opposed the war before it started": the war started; no one started it.
        _drop_actor(frame)
    elif (
        not frame.reporting
        and actor.ent_type_ not in _AGENT_LABELS
        and actor.lemma_.lower() in CAUSE_NOUNS
    ):
        # "the blast injured 13 people": an instrument, not an actor; but "Russian
        # strikes killed five" names who killed them.
        doer = noun_modifier_doer(actor, named_place(actor))
        if doer is None:
            _drop_actor(frame)
        else:
            frame.actor = doer
            frame.actor_argument = doer_argument(doer)
    elif not frame.reporting and (
        actor.ent_type_ == "LOC"
        or (actor.ent_type_ == "" and actor.pos_ == "NOUN" and actor.lemma_.lower() in _SITE_NOUNS)
    ):
        # "the cafe which killed 13", "a metro station holding ...": a place the parser
        # made the subject of a clause about the event; a place does not act. Alone,
        # it is what the event is about: "the bridge will hold".
        if frame.target is None:
            frame.target = frame.actor_argument
            frame.target_token = actor
        _drop_actor(frame)
    elif (
        frame.trigger.pos_ == "NOUN"
        and actor.dep_ == "poss"
        and frame.trigger.lemma_.lower() in PATIENT_NOUNS
    ):
        # "his arrest", "their deaths": the possessor was arrested or died.
        if frame.target is None:
            frame.target = argument(noun_phrase(actor))
            frame.target_token = actor
        _drop_actor(frame)
    return frame


def _happening_it(actor: Token, verb: Token) -> bool:
    """Whether ``actor`` is an "it" that stands for a happening: the subject of a verb of
    happening used alone ("before it started", "as it unfolded"), after a noun of a
    happening and no other noun in its sentence ("opposed the war before it started")."""
    if actor.lower_ != "it" or verb.lemma_.lower() not in HAPPENING_VERBS:
        return False
    if any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in dependents(verb)):
        return False  # "it began shelling the port": a doer
    for word in reversed(actor.doc[sentence_of(actor).start : actor.i]):
        if word.pos_ in {"NOUN", "PROPN", "PRON"} and word.dep_ not in {"compound", "poss"}:
            return word.pos_ == "NOUN" and (
                event_action(word) is not None or word.lemma_.lower() in CAUSE_NOUNS
            )
    return False


def _drop_actor(frame: Frame) -> None:
    frame.actor = None
    frame.actor_argument = None
