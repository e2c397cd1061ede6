"""Who may be an event's actor: the checks that run on every frame after it is read.

The frame rules read the subject of a verb as its actor. That is right for "Police
arrested 12 people" and wrong for "Three soldiers died" (the soldiers are victims),
"A roadside bomb killed a general" (the bomb is an instrument) or "Saturday's attack"
(a time, not an attacker). An actor is someone who acts: a person, an organisation, a
group or a state, as in the agent roles of KAIROS and RAMS. These checks move an
undergoer to the target and drop causes, instruments, times and abstract nouns ("anger
mounted", "the money bought a roof"); a frame left with no role is bare, and
:mod:`kg.extract` keeps it only when it is claimed or not asserted.

The word lists are data, in :mod:`kg.lang.en` (section "who may act").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import doer_argument, noun_modifier_doer, stands_for_no_doer
from kg.extract.frames import Frame
from kg.extract.judged_acts import object_gap, ranked
from kg.extract.places import named_place
from kg.extract.spans import (
    SUBJECT_DEPS,
    argument,
    dependents,
    event_action,
    generic_pronoun,
    infinitive,
    noun_phrase,
    sentence_of,
)
from kg.lang.en import (
    AGENT_LABELS,
    CAUSE_NOUNS,
    ENTERED_STATES,
    HAPPENING_VERBS,
    INTENT_NOUNS,
    ORGANIZATION_HEADS,
    PATIENT_NOUNS,
    PLACE_NOUNS,
    POLITY_NOUNS,
    RELATIVE_PRONOUNS,
    TASK_NOUNS,
    THING_PRONOUNS,
    UNDERGOER_VERBS,
)
from kg.lang.wordnet import (
    NOUN_ABSTRACT,
    NOUN_ANIMAL,
    NOUN_COMMUNICATION,
    NOUN_GROUP,
    NOUN_PERSON,
    VERB_DEEDS,
    noun_classes,
    verb_classes,
)

__all__ = ["checked"]

_TIME_LABELS = frozenset({"DATE", "TIME"})
# Place nouns that never act; the polity nouns ("the country", "the city") may.
_SITE_NOUNS = PLACE_NOUNS - POLITY_NOUNS
# WordNet's kinds of noun that can act.
_DOER_CLASSES = frozenset({NOUN_PERSON, NOUN_GROUP, NOUN_ANIMAL})
# What someone means to do: its owner does what it does.
_INTENTS = INTENT_NOUNS | TASK_NOUNS
# Nouns whose "of" names the kind of thing meant: "the kind of logic that ...", "the
# likes of the warlords" (lemma "like").
_KIND_NOUNS = frozenset({"kind", "sort", "type", "like"})
# Verbs that, in the passive, say what a thing is for: "aimed at", "meant to", "used to".
_PURPOSE_VERBS = frozenset({"aim", "design", "intend", "mean", "use"})
# Entity labels of a word that may call someone by name ("Ana, you ..."); not a day.
_CALLED_LABELS = frozenset({"", "PERSON", "NORP", "ORG", "GPE"})
# Verbs whose object is the one spoken to: "she told him, 'you are late'".
_TELLING_VERBS = frozenset({"tell", "ask"})
# Verbs whose subject puts out a text: "issued a statement", "passed a bill".
_ISSUING_VERBS = frozenset(
    """
    adopt circulate deliver draft enact file introduce issue pass pen post present
    propose publish release send sign submit unveil write
    """.split()
)


def checked(frame: Frame) -> Frame:
    """The frame with its actor checked; one left with no role is :attr:`Frame.bare`.

    Args:
        frame: A frame as the frame rules built it; it is changed in place.
    """
    actor = frame.actor
    if actor is None:
        return frame
    if _undergoes_as_before(frame):
        # "said the bridge would reopen, but it didn't": "it" did not reopen anything.
        if frame.target is None:
            frame.target = frame.actor_argument
            frame.target_token = actor
        _drop_actor(frame)
        return frame
    main = frame.verbs[-1]
    # "you can see why", "if you buy a house, you pay the tax": said of anyone. Whether
    # it is the reader, no one of the story, waits for the quotes (kg.extract).
    frame.generic_actor = generic_pronoun(actor) and not _spoken_to(actor, main)
    undergoes = main.pos_ in {"VERB", "AUX"} and main.lemma_.lower() in UNDERGOER_VERBS
    if undergoes or _enters_a_state(frame):
        # "Three soldiers died": the soldiers suffered it; no one is said to have done it.
        # "The law came into force": the law is what changed, no one made it.
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
        and actor.ent_type_ not in AGENT_LABELS
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
        or (
            actor.ent_type_ == ""
            and actor.pos_ == "NOUN"
            and actor.lemma_.lower() in _SITE_NOUNS
            and not _body_at_work(actor, main)
        )
    ):
        # "the cafe which killed 13", "a metro station holding ...": a place the parser
        # made the subject of a clause about the event; a place does not act. Alone,
        # it is what the event is about: "the bridge will hold".
        if frame.target is None:
            frame.target = frame.actor_argument
            frame.target_token = actor
        _drop_actor(frame)
    elif _means_for(actor, frame):
        # "the loans are aimed at preventing a crisis", "Russia's drills are meant to scare
        # its neighbours": a thing meant or used for an act does not do it; its owner does.
        owner = noun_modifier_doer(actor, None)
        if owner is None:
            _drop_actor(frame)
        else:
            frame.actor = owner
            frame.actor_argument = doer_argument(owner)
    elif not frame.reporting and (issuer := _issuer(actor, main)) is not None:
        # "the ministry issued a statement that named no one", "the governor signed an
        # order lifting the ban": who put the text out does what it does.
        frame.actor = issuer
        frame.actor_argument = doer_argument(issuer)
    elif (
        not frame.reporting
        and (clause := _infinitive_on(actor, frame.verbs[0])) is not None
        and stands_for_no_doer(actor)
        and not (ranked(actor) and not object_gap(clause))
    ):
        # "heeded the call to leave", "a patch to fix the flaw", "no record to support the
        # claim": a call, a means or a record does nothing, and who answers, uses or
        # finds it is not named with it ("a report to warn drivers" warns them itself).
        # The infinitive may be done to it: "the only flaw to fix". A thing ranked among
        # those that did it did it: "the first ship to reach the port".
        if frame.target is None and clause.i == frame.verbs[0].i and object_gap(clause):
            frame.target = frame.actor_argument
            frame.target_token = actor
        _drop_actor(frame)
    elif not frame.reporting and _abstract(actor):
        # "anger mounted", "interest rates rose", "smoke was pouring out": a feeling, an
        # amount or a thing seen does not act; alone, it is what the event is about. The
        # owner of a plan acts by it ("her plan will provide care": she), and so does the
        # owner of a trait that does something to someone ("the mayor's silence angered
        # the families": the mayor), not one that only leads somewhere ("his
        # stubbornness led to a defeat").
        owner = _owner(actor, frame)
        if owner is not None:
            frame.actor = owner
            frame.actor_argument = doer_argument(owner)
        elif frame.target is None and actor.lower_ not in THING_PRONOUNS:
            # "nothing had changed" is about nothing: no target either.
            frame.target = frame.actor_argument
            frame.target_token = actor
            _drop_actor(frame)
        else:
            _drop_actor(frame)
    elif (
        frame.trigger.pos_ == "NOUN"
        and actor.dep_ == "poss"
        and actor.head.i == frame.trigger.i
        and frame.trigger.lemma_.lower() in PATIENT_NOUNS
    ):
        # "his arrest", "their deaths": the possessor was arrested or died (not the owner
        # of a noun the trigger only qualifies: "the gunman's shooting spree").
        if frame.target is None:
            frame.target = argument(noun_phrase(actor))
            frame.target_token = actor
        _drop_actor(frame)
    return frame


def _undergoes_as_before(frame: Frame) -> bool:
    """Whether the frame is a modal left alone (:mod:`kg.extract.ellipsis`) whose verb
    phrase, said before, had its subject as what the act is done to, with no doer: "the
    shop would reopen in May, but it didn't", "prices will rise; they won't". The
    modal's subject stands where that subject stood."""
    antecedent = frame.antecedent
    if antecedent is None:
        return False
    checked(antecedent)
    undergoer = antecedent.target_token
    return antecedent.actor is None and undergoer is not None and undergoer.dep_ in SUBJECT_DEPS


def _body_at_work(noun: Token, verb: Token) -> bool:
    """Whether a place noun that also names a body, as the last word of a body's name does
    ("school", "hospital", "church": ``ORGANIZATION_HEADS``), is that body doing what
    bodies do: its verb's most frequent sense is a deed of speech, thought, dealing with
    others, having, making, using or contest ("schools are experimenting with cameras",
    "the hospital discharged her"), not a change, a motion or a contact the building
    undergoes ("the school collapsed", "the church went up in flames")."""
    if noun.lemma_.lower() not in ORGANIZATION_HEADS:
        return False
    return bool(set(verb_classes(verb.lemma_.lower())[:1]) & VERB_DEEDS)


def _enters_a_state(frame: Frame) -> bool:
    """Whether the frame's action is a state entered ("come into force", "go into
    effect"), which the targets' rule joins to the verb (:data:`ENTERED_STATES`)."""
    words = frame.action.split()
    return len(words) >= 3 and words[-2] == "into" and words[-1] in ENTERED_STATES


def _spoken_to(pronoun: Token, main: Token) -> bool:
    """Whether a "you" or "one" is someone spoken to or of, not anyone: the doer of a past
    act ("you said this in 1990", "one was charged", "and one who tore up a sign",
    ``main`` the event's own verb), one asked ("can you explain?",
    "was this the deal you wanted?"), called by name ("Mara, you will stay in our
    hearts"), told ("she told him, 'you are late'"), set against the speaker ("you
    can not stop me"), joined to others ("you or your staff hold the records") or a "one"
    that stands for a noun ("two ships were seized; one carries fuel")."""
    if any(c.dep_ == "conj" for c in dependents(pronoun)) or _one_for_a_noun(pronoun):
        return True
    verb = pronoun.head
    if _past(verb) or _past(main):
        return True
    if any(c.dep_ in {"aux", "auxpass"} and c.i < pronoun.i for c in dependents(verb)):
        return True
    sentence = sentence_of(pronoun)
    return any(
        word.text == "?"
        or (word.lower_ == "me" and word.head.i == verb.i)
        or (word.i < pronoun.i and _called(word))
        or (word.lemma_.lower() in _TELLING_VERBS and _told_someone(word))
        for word in sentence
    )


def _one_for_a_noun(pronoun: Token) -> bool:
    """Whether a "one" stands for a noun of the story, not for anyone: it takes a relative
    clause ("a pick, but one that drew mixed reviews", "a guy who plays daily, not one who
    plays weekly"), follows its verb ("..., says one"), or is one of the things its sentence
    counts before it or sets against "another" or "the other" after it ("two ships were
    seized; one carries fuel", "one says it rose, another that it fell"). A generic "one"
    does none of these ("one would think"); "no one" names no one of them either."""
    if pronoun.lower_ != "one" or any(c.lower_ == "no" for c in dependents(pronoun)):
        return False
    if pronoun.i > pronoun.head.i or any(c.dep_ == "relcl" for c in dependents(pronoun)):
        return True
    sentence = sentence_of(pronoun)
    counted = any(
        word.dep_ == "nummod" and word.head.tag_ in {"NNS", "NNPS"} and word.ent_type_ != "DATE"
        for word in pronoun.doc[sentence.start : pronoun.i]
    )
    contrasted = any(
        word.lower_ in {"another", "other"} and word.dep_ not in {"det", "amod"}
        for word in pronoun.doc[pronoun.i + 1 : sentence.end]
    )  # "while another says ...", not "another 90-yard run"
    return counted or contrasted


def _past(verb: Token) -> bool:
    """Whether ``verb`` or one of its auxiliaries is in the past tense."""
    auxiliaries = [c for c in dependents(verb) if c.dep_ in {"aux", "auxpass"}]
    return any(word.tag_ == "VBD" for word in (verb, *auxiliaries))


def _called(word: Token) -> bool:
    """Whether ``word`` is a name or a noun set off by a comma to call someone: "Lena,
    if you are listening", "Man, you work hard"."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        word.dep_ == "npadvmod"
        and word.pos_ in {"PROPN", "NOUN"}
        and word.ent_type_ in _CALLED_LABELS
        and following is not None
        and following.text == ","
    )


def _told_someone(verb: Token) -> bool:
    """Whether a verb of telling names whom it tells: "told Ana", "asked her"."""
    return any(c.dep_ in {"dobj", "dative"} and c.lower_ != "you" for c in dependents(verb))


def _means_for(actor: Token, frame: Frame) -> bool:
    """Whether ``actor`` is the passive subject of a verb of purpose or use above the event
    ("are aimed at intimidating", "were used to run code", "is intended for buying art"),
    or the noun such a participle hangs on ("sanctions designed to hurt the economy",
    "flour used to bake bread"), and names no one who could act: no person, group or
    animal, and no name that acts."""
    purpose = actor.head if actor.dep_ == "nsubjpass" else _participle_on(actor, frame.verbs[0])
    return (
        purpose is not None
        and purpose.lemma_.lower() in _PURPOSE_VERBS
        and all(purpose.i != verb.i for verb in frame.verbs)
        and actor.pos_ == "NOUN"
        and actor.ent_type_ not in AGENT_LABELS
        and not _DOER_CLASSES & set(noun_classes(actor.lemma_.lower()))
    )


def _participle_on(noun: Token, verb: Token) -> Token | None:
    """The past participle hung on ``noun`` that holds ``verb`` ("sanctions designed to
    hurt": "designed"), if there is one."""
    for clause in verb.ancestors:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.head.i == noun.i:
            return clause
    return None


def _infinitive_on(noun: Token, verb: Token) -> Token | None:
    """The infinitive hung on ``noun`` that is, or holds, ``verb`` ("the call to leave", "a
    patch to fix the flaw and protect users"), if there is one."""
    for clause in (verb, *verb.ancestors):
        if clause.dep_ in {"acl", "relcl"} and clause.head.i == noun.i and infinitive(clause):
            return clause
    return None


def _issuer(noun: Token, verb: Token) -> Token | None:
    """Who put out the text ``noun`` whose own clause is ``verb``: the subject of the verb
    of issuing it takes as its object ("the agency published a statement which did not
    name him": the agency). A relative subject is the noun its clause hangs on."""
    if (
        verb.head.i != noun.i
        or verb.dep_ not in {"relcl", "acl"}
        or noun.dep_ != "dobj"
        or noun.ent_type_
        or noun.head.lemma_.lower() not in _ISSUING_VERBS
        or noun_classes(noun.lemma_.lower())[:1] != (NOUN_COMMUNICATION,)
    ):
        return None
    issuing = noun.head
    for subject in dependents(issuing):
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
        if issuing.dep_ == "relcl":
            return issuing.head  # "the agency, which issued a statement that ..."
    return None


def _abstract(noun: Token) -> bool:
    """Whether ``noun`` is "nothing", "something" and the like, or a common noun that names
    no one who could act: its two most frequent WordNet senses are abstract ("strength",
    "anger", "smoke", "money", "hours": :data:`~kg.lang.wordnet.NOUN_ABSTRACT`) and no sense
    of the word, nor of the form written, is a person, a group or an animal ("forces",
    "power" and "species" are).
    A kind is what it is a kind of: "the kind of logic" is as abstract as the logic, "the
    kind of guy" and "the likes of the warlords" are not."""
    if noun.lower_ in THING_PRONOUNS:
        return True  # "nothing suggests a leak", "something hit the car"
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    if lemma in _KIND_NOUNS:
        kinds = [o for p in dependents(noun) if p.lower_ == "of" for o in dependents(p)]
        return bool(kinds) and all(o.dep_ == "pobj" and _abstract(o) for o in kinds)
    first = noun_classes(lemma)[:2]
    return (
        bool(first)
        and set(first) <= NOUN_ABSTRACT
        and not any(_DOER_CLASSES & set(noun_classes(form)) for form in {lemma, noun.lower_})
    )


def _owner(noun: Token, frame: Frame) -> Token | None:
    """Who acts by the abstract ``noun``: its possessor or the name before it, when the
    noun is a plan or a task (:data:`~kg.lang.en.INTENT_NOUNS`, ``TASK_NOUNS``) or its
    verb has a direct object (a relative "whose" stands for the noun its clause hangs on)."""
    target = frame.target_token
    if noun.lemma_.lower() not in _INTENTS and (target is None or target.dep_ != "dobj"):
        return None
    return noun_modifier_doer(noun, None)


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
