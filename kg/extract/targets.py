"""To whom or what: the target (object) of a verb frame or an event noun.

The step of a verb frame after its actor (:mod:`kg.extract.actors`): the direct object, a
passive's subject, the object of a verb's own preposition ("call on Russia") or of a light
noun's ("opened fire on the crowd"), and of an event noun, the object of its "on" or
"against" ("the attack on Kharkiv").

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.actors import exposed_one, exposure_before, sides_of_its_subject
from kg.extract.clauses import (
    antecedent,
    children,
    headline_passive,
    names_people,
    participle_of_noun,
    passive_before_by,
    passive_in_chain,
    predicate_copula,
    raised_subject,
    shares_passive,
    undergoer,
)
from kg.extract.cue_contents import claim_on_setting
from kg.extract.judged_acts import person_or_group
from kg.extract.places import in_from_to_pair, verb_of_going
from kg.extract.spans import (
    SUBJECT_DEPS,
    TIME_LABELS,
    argument,
    dependents,
    event_action,
    is_place,
    made_plain,
    noun_phrase,
    puts_it_so,
    says_often,
)
from kg.lang.en import (
    CANDIDACY_VERBS,
    ENTERED_STATES,
    EVENT_NOUNS,
    HAPPEN_VERBS,
    HAPPENED_AT_PREPOSITIONS,
    INTRANSITIVE_NOUNS,
    KEEPING_AWAY_VERBS,
    LIGHT_NOUNS,
    LIGHT_VERB_ACTS,
    LIGHT_VERBS,
    MOTION_VERBS,
    SUFFERED_ACTIONS,
    SUPPORT_VERBS,
    VERB_PREPOSITIONS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    # Only for annotations: kg.extract.frames imports this module to build its frames.
    from kg.extract.frames import Frame
    from kg.model import Argument

__all__ = [
    "can_suffer",
    "noun_target",
    "target_argument",
    "verb_target",
]


def verb_target(
    main: Token, head: Token, passive: bool, frame: Frame, taken: set[int]
) -> Token | None:
    if passive and headline_passive(head):
        return children(head, "nsubj")[0]
    if passive:
        for verb in frame.verbs:
            subjects = children(verb, "nsubjpass")
            if subjects:
                subject = subjects[0]
                if _extraposed_it(subject, verb):
                    return None
                return antecedent(subject, verb)
        if passive_in_chain(head):
            for subject in children(head, "nsubj"):
                return antecedent(subject, head)  # "the music will continue to be permitted"
        joined = (head.head, head) if head.dep_ == "conj" else (head,)
        first = next((verb for verb in joined if passive_before_by(verb)), None)
        if first is not None:
            for subject in children(first, "nsubj"):
                return antecedent(subject, first)  # "a woman hit and killed by a motorist"
        if head.dep_ in {"acl", "amod"}:
            return head.head  # "the guards wounded on Monday", "the wounded guards"
        raised = raised_subject(head)
        if raised is not None:
            return raised  # "the soldier is believed to have been killed": the soldier
        verb = head
        while verb.dep_ == "conj" and shares_passive(verb):
            verb = verb.head  # "guards were beaten and robbed": the guards of "were beaten"
            for subject in children(verb, "nsubjpass"):
                return antecedent(subject, verb)
            if headline_passive(verb):
                # "soldiers killed or captured": the caption's subject, captured too
                return children(verb, "nsubj")[0]
            if verb.dep_ == "acl" and participle_of_noun(verb):
                return verb.head  # "the rebels killed or captured in the raid": the rebels
            copula = predicate_copula(verb)
            if copula is not None:
                return _copula_subject(copula)  # "the blade is sharp and coated with resin"
        return None
    exposure = exposure_before(head)
    if exposure is not None:
        return exposed_one(exposure)  # "the senator was left open to blackmail": the senator
    told = made_plain(main)
    if told is not None and not frame.reporting:
        for subject in children(told, "nsubj"):
            return antecedent(subject, head)  # "made the report public": the parse's subject
    if puts_it_so(main):
        return None  # "as the mayor put it": the "it" is what is said, told elsewhere
    objects = children(main, "dobj")
    if objects and _conjunction_as_object(objects[0], head):
        objects = objects[1:]
    if objects and says_often(objects[0]):
        return None  # "saw it play out time and again": how often, nothing done to
    if objects:
        obj = objects[0]
        lends = LIGHT_NOUNS.get(obj.lemma_.lower(), frozenset())
        if main.lemma_.lower() in lends and not frame.reporting:
            taken.add(obj.i)
            for prep in children(obj, "prep"):
                pobjs = children(prep, "pobj")
                if pobjs:
                    frame.action += f" {obj.lemma_.lower()} {prep.lower_}"
                    return pobjs[0]
            for prep in children(main, "prep"):
                # "took control of it": the parser hangs the noun's "of" on the verb; a verb
                # takes no "of" of its own, so one right after the noun is the noun's.
                pobjs = children(prep, "pobj")
                if prep.lower_ == "of" and prep.i == obj.right_edge.i + 1 and pobjs:
                    frame.action += f" {obj.lemma_.lower()} of"
                    return pobjs[0]
            frame.action += f" {obj.lemma_.lower()}"
            # "opened fire on the crowd": the parser often hangs "on" on the verb.
            return _verb_preposition_object(main, frame)
        noun_action = _carried_act(main, obj)
        if noun_action is not None:
            # "staging a river crossing near Velbrook" -> cross, near Velbrook.
            frame.action = noun_action
            frame.trigger = obj
            frame.verbs = [*frame.verbs, obj]
            taken.add(obj.i)
            return noun_target(obj)
        return antecedent(obj, head)
    if frame.reporting:
        datives = children(main, "dative") or children(main, "dobj")
        return datives[0] if datives else None
    for child in dependents(main):
        # The small model sometimes tags a named object as an adverb: "shelled Berdiansk on ...".
        # A day's name is when, as news dates its events: "the singer died Sunday".
        if (
            child.dep_ in {"advmod", "npadvmod", "dep"}
            and child.pos_ == "PROPN"
            and child.i > main.i
            and not _names_a_day(child)
        ):
            return child
    for prep in children(main, "prep"):
        if prep.lower_ == "between":
            if sides_of_its_subject(main):
                return None  # "a battle is going on between A and B": the battle's sides
            for pobj in children(prep, "pobj"):
                return pobj  # "destroyed between 10 and 20 drones"
    return _verb_preposition_object(main, frame)


def target_argument(target: Token, trigger: Token) -> Argument:
    """The target's phrase, past the trigger when the trigger is a participle set before the
    target ("the occupied territories", "a convicted forger"): what was occupied is the
    territories, not a phrase that holds the occupying. The trigger's own words after it go
    too: a particle, a second participle joined to it ("burnt out cars", "the looted and
    burned shops": the cars, the shops)."""
    phrase = noun_phrase(target)
    if trigger.dep_ != "amod" or trigger.head.i != target.i or trigger.i < phrase.start:
        return argument(phrase)
    doc, start = target.doc, trigger.i + 1
    while start < target.i and (
        doc[start].dep_ in {"cc", "punct"} or doc[start].head.i == trigger.i
    ):
        start += 1
    return argument(doc[start : phrase.end])


def _copula_subject(copula: Token) -> Token | None:
    """What a "be" says something of: its subject, or, for a "to be" with none, the
    subject of the verb it completes ("a blade that was made to be sharp": the blade)."""
    for verb in (copula, copula.head) if copula.dep_ == "xcomp" else (copula,):
        for subject in (*children(verb, "nsubj"), *children(verb, "nsubjpass")):
            return antecedent(subject, verb)
    return None


def _extraposed_it(subject: Token, verb: Token) -> bool:
    """Whether a passive's "it" only holds the place of the clause after the verb: "it was
    announced that the mayor will host", "it was later revealed that she had moved". The
    clause is what was announced, told as its own event; "it" is nothing done to. (Not a
    "to" clause: "it was designed to carry troops" is a thing made for a use.)"""
    return subject.lower_ == "it" and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in dependents(verb)
    )


def _conjunction_as_object(obj: Token, clause: Token) -> bool:
    """Whether the parse's object of a clause is the "that" that opens it, before its own
    subject, as a conjunction: one the tagger calls a conjunction in a clause that is no
    relative clause ("said in an interview with two reporters that the army had left",
    "the news that the port has surrendered"), or the "that" of a claim hung on a cue's
    setting as if a relative clause ("wrote in a letter that the plan had failed": no
    failing of the letter). Not a relative "that" ("emails that the aide sent") nor a
    demonstrative ("backed that up")."""
    if obj.lower_ != "that" or obj.i > clause.i:
        return False
    if not any(obj.i < c.i < clause.i for c in children(clause, "nsubj")):
        return False
    conjunction = obj.tag_ == "IN" and clause.dep_ != "relcl"
    return conjunction or claim_on_setting(clause)


def _names_a_day(word: Token) -> bool:
    """Whether a name is a date or a time ("Sunday", "Friday night"), the tagger's or by its
    weekday, where the model misses the label ("02:41 GMT Friday")."""
    return word.ent_type_ in TIME_LABELS or word.lower_ in WEEKDAYS


def _carried_act(verb: Token, obj: Token) -> str | None:
    """The act a verb's object names when the verb only carries it: an event noun after a
    support verb ("staging a river crossing"), or a noun of telling, deciding or ordering
    after a light verb ("made a statement", "gave orders"; not "made no decision", which
    tells of none)."""
    noun_action = event_action(obj)
    if noun_action is not None:
        return noun_action if verb.lemma_ in SUPPORT_VERBS else None
    if verb.lemma_ not in LIGHT_VERBS or obj.pos_ != "NOUN":
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in dependents(obj)):
        return None
    return LIGHT_VERB_ACTS.get(obj.lemma_.lower())


def _verb_preposition_object(main: Token, frame: Frame) -> Token | None:
    """The object a preposition joins to the verb ("call on Russia"), added to the action."""
    for prep in children(main, "prep"):
        if prep.lower_ not in VERB_PREPOSITIONS or _happened_at(frame, prep):
            continue
        if _set_before_the_subject(prep, frame):
            continue
        for pobj in children(prep, "pobj"):
            if pobj.ent_type_ in TIME_LABELS:
                continue
            if not _prepositional_object(main, prep, pobj):
                if prep.lower_ == "for":
                    return None  # "headed for Djibouti on the Horn": where it went, no target
                continue
            frame.action += f" {prep.lower_}"
            if _entered_state(prep, pobj):
                frame.action += f" {pobj.lower_}"
                return None  # "the law came into force": the state is the act's, no target
            return pobj
    return None


def _entered_state(prep: Token, pobj: Token) -> bool:
    """Whether "into X" names a state the subject enters ("came into force", "went into
    effect"): a bare noun of :data:`ENTERED_STATES`, not "into the police force"."""
    return (
        prep.lower_ == "into"
        and pobj.lemma_.lower() in ENTERED_STATES
        and not any(True for _ in pobj.children)
    )


#: The tags of a question or relative word: "on whom they called", "to which it replied".
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _set_before_the_subject(prep: Token, frame: Frame) -> bool:
    """Whether ``prep`` opens its clause before the subject, a setting of the whole clause
    ("At the town hall, protesters called for a vote", "With that in mind, the club pushed
    for a deal", "For most, school stopped at sixteen"): never the object the verb takes
    with a preposition ("call at", "push with"), which follows the verb. Not a question or
    relative word's phrase, which the verb does take ("the aide on whom they called")."""
    subjects = [c for v in frame.verbs for c in dependents(v) if c.dep_ in SUBJECT_DEPS]
    if not subjects or prep.i > min(s.left_edge.i for s in subjects):
        return False
    return not any(t.tag_ in _WH_TAGS for t in prep.subtree)


def _happened_at(frame: Frame, prep: Token) -> bool:
    """Whether ``prep`` says where a verb that only tells a happening happened ("a fire broke
    out at the warehouse", "the meeting took place at the mill", "the blaze broke out on the
    third floor"): a place, whatever the noun, never what the happening was done to."""
    return frame.action in HAPPEN_VERBS and prep.lower_ in HAPPENED_AT_PREPOSITIONS


def _prepositional_object(verb: Token, prep: Token, pobj: Token) -> bool:
    """Whether "VERB PREP X" makes X the target ("call on Russia") rather than a place."""
    if not is_place(pobj):
        return True
    if prep.lower_ == "off" and verb.lemma_.lower() in KEEPING_AWAY_VERBS:
        return True  # "told to stay off the roads": the roads are what is kept away from
    if prep.lower_ == "for":
        # "called for a new police station", "voted for a new school", "fought for Ukraine",
        # "ran for his district": what is sought, not where; only a verb of going has a place
        # after "for", a named one too ("left for the airport", "left for Lisbon").
        return not verb_of_going(verb) or verb.lemma_.lower() in CANDIDACY_VERBS
    if pobj.ent_type_ != "GPE":
        return False  # "in the area", "on the coast"
    # A country or city can be addressed, fought or fired on; moving to it is going there.
    if prep.lower_ in {"against", "upon", "with"}:
        return True
    if prep.lower_ == "on":
        return verb.lemma_ not in MOTION_VERBS
    if prep.lower_ == "to":
        if in_from_to_pair(prep):
            return False  # "celebrated from Boston to Miami": the far end of a span of places
        return verb.lemma_ not in MOTION_VERBS and verb.lemma_ not in {"send", "deploy", "deliver"}
    return False


def noun_target(noun: Token) -> Token | None:
    for prep in children(noun, "prep"):
        if prep.lower_ in {"on", "against"}:
            for pobj in children(prep, "pobj"):
                return pobj
        intransitive = noun.lemma_.lower() in INTRANSITIVE_NOUNS
        if prep.lower_ == "of" and not intransitive:
            suffered = EVENT_NOUNS.get(noun.lemma_.lower()) in SUFFERED_ACTIONS
            for pobj in children(prep, "pobj"):
                # A loss's "of" names who suffered it when a person or a group ("the
                # losses of the troops": the actor), else what was lost ("the loss of life").
                if pobj.ent_type_ not in TIME_LABELS and not (suffered and can_suffer(pobj)):
                    return pobj
    return undergoer(noun)  # "the convoy came under attack", "placed him under arrest"


def can_suffer(noun: Token) -> bool:
    """Whether a loss's "of" names who suffered it: a person or a group ("the losses of the
    rebel units", "of the family"), not what was lost ("of life", "of $5 million")."""
    return person_or_group(noun) or names_people(noun)
