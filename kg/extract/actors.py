"""Who did it: the actor (doer) of a verb frame or an event noun's frame.

The step of a frame after :mod:`kg.extract.non_events`. For a verb, :func:`verb_actor`
finds the subject, or the doer the parse leaves out (of a chain of verbs, a participle, an
infinitive a request or a plan governs, a gerund, a cleft), and a bound pronoun or an
unnamed body is then taken back to what it stands for. For an event noun: a body or a
name before it ("a police raid", "Russian losses"), its owner, the sides of "clashes
between X and Y", the accused of an accusation, the one held responsible, the announcer of
"announced the capture of". Last, :func:`split_coordinated_actors` makes one frame of each
coordinated actor and target. :mod:`kg.extract.roles` then checks whether the actor found
really acts.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.event_types import superclasses, verb_kind
from kg.extract.clause_words import clause_of_said_gerund, subordinators
from kg.extract.clauses import (
    NOTHING_IN_PARTICULAR,
    RAISING_VERBS,
    after_with,
    antecedent,
    by_no_doer,
    children,
    headline_passive,
    is_passive,
    main_clause,
    marks_infinitive,
    names_a_person,
    names_people,
    passive_in_chain,
    passive_sharing_subject,
    purpose_after_chain_verb,
    undergoer,
)
from kg.extract.cue_speakers import document_above, name_after_pronoun, participle_speaker
from kg.extract.modality import modality
from kg.extract.negation import kept_from, names_no_one, no_business
from kg.extract.non_events import empty_it, price_scale
from kg.extract.places import country_name, named_place
from kg.extract.purposes import after_comma, brought_near, request_said
from kg.extract.spans import (
    SUBJECT_DEPS,
    TIME_LABELS,
    argument,
    dateline_dash,
    dependents,
    event_action,
    has_subject,
    infinitive,
    is_place,
    it_subject,
    name_beside_subject,
    negates,
    noun_phrase,
    phrase_names_whom,
    prefix_before,
    quoted_doer,
    relative_before_sayer,
    sentence_of,
    subject_cut_from_evidence,
    time_adjunct,
)
from kg.lang.en import (
    ACCUSATION_PREPOSITIONS,
    ACCUSATION_VERBS,
    ACTING_BODY_NOUNS,
    ADVISING_VERBS,
    AGENT_LABELS,
    AGREEMENT_NOUNS,
    AMID_PREPOSITIONS,
    ASKING_VERBS,
    BROKERING_VERBS,
    CAPACITY_NOUNS,
    CARRYING_VERBS,
    CAUSING_VERBS,
    CONTROL_ADJECTIVES,
    CONTROLLER_NOUNS,
    DEFEATING_VERBS,
    DEPICTION_NOUNS,
    DUMMY_IT_VERBS,
    ENGAGING_VERBS,
    ENTAILING_VERBS,
    EVENT_NAME_HEADS,
    EVENT_NOUNS,
    EXPOSURE_ADJECTIVES,
    EXTRAPOSING_VERBS,
    GERUND_PREPOSITION_NOUNS,
    GIVING_VERBS,
    GROUP_ACTOR_NOUNS,
    HAPPENING_VERBS,
    HARDSHIP_NOUNS,
    INTENT_NOUNS,
    LIGHT_VERB_ACTS,
    NEGATION_WORDS,
    OCCASION_NOUNS,
    ORGANIZATION_KIND_WORDS,
    PATIENT_NOUNS,
    PERFORMING_VERBS,
    PERMITTING_VERBS,
    PLACE_NOUNS,
    POLITY_NOUNS,
    POSSIBILITY_NOUNS,
    PRESSING_NOUNS,
    PROMISE_VERBS,
    PRONOUN_GENDERS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    RESPONSIBILITY_VERBS,
    SEX_SENSES,
    STATISTICAL_CONTROL_VERBS,
    SUFFERED_ACTIONS,
    TASK_NOUNS,
    TELLING_OF_VERBS,
    THING_PRONOUNS,
    TIME_UNITS,
    UNDERGOING_OBJECT_VERBS,
    UNDERTAKING_NOUNS,
    VERDICT_GETTING_VERBS,
    VERDICT_NOUNS,
    name_genders,
)
from kg.lang.wordnet import (
    NOUN_ACT,
    NOUN_ANIMAL,
    NOUN_ARTIFACT,
    NOUN_COGNITION,
    NOUN_COMMUNICATION,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    NOUN_QUANTITY,
    NOUN_RELATION,
    NOUN_STATE,
    NOUN_TIME,
    noun_classes,
    sense_below,
)
from kg.model import Argument

if TYPE_CHECKING:
    # Only for annotations: kg.extract.frames imports this module to build its frames.
    from kg.extract.frames import Frame

__all__ = [
    "accused_doer",
    "announcer",
    "argument_for",
    "between_sides",
    "body_before",
    "bound_it",
    "bound_pronoun",
    "doer_argument",
    "exposed_one",
    "exposure_before",
    "held_responsible",
    "name_before_deed",
    "named_apposition",
    "noun_modifier_doer",
    "open_possessor",
    "performer",
    "sides_of_its_subject",
    "sold_at_a_price",
    "sold_out",
    "split_coordinated_actors",
    "stands_for_no_doer",
    "undergone_doer",
    "undertaking_doer",
    "verb_actor",
]


# Nouns whose infinitive is done by the governing verb's subject ("a way to", "an attempt to").
_CONTROLLER_NOUNS = CONTROLLER_NOUNS | INTENT_NOUNS | POSSIBILITY_NOUNS | OCCASION_NOUNS
# Verbs whose object does the infinitive the parser hangs on them as a clause.
_ASKING_OR_CAUSING = REQUEST_VERBS | PERMITTING_VERBS | CAUSING_VERBS
# Nouns of intent whose doer a name before them says: "US efforts to", "the army attempt to".
_OWNED_INTENTS = (INTENT_NOUNS | CONTROLLER_NOUNS) - REQUEST_NOUNS
# Nouns that, as the subject of "be", say what is to be done: "the plan is to ...".
_TASK_NOUNS = _CONTROLLER_NOUNS | TASK_NOUNS
# Nouns of asking or pressing others to act, whose owner does not do the act.
_PRESSING = PRESSING_NOUNS | REQUEST_NOUNS


def _only_undergoes(word: Token) -> bool:
    """Whether a word names something that cannot act: "nothing", "something" and the
    like, or a common noun none of whose WordNet senses is a person, a group or an animal
    ("tents", "cables", "vigils", "calls"). A name, a personal pronoun, "one" ("no one is
    left to try"), a polity noun ("the city") and a noun WordNet does not know may act."""
    if word.lower_ in THING_PRONOUNS:
        return True
    if word.pos_ != "NOUN" or word.ent_type_ or word.lemma_.lower() in POLITY_NOUNS | _ANYONE:
        return False
    classes = set(noun_classes(word.lemma_.lower()))
    return bool(classes) and not classes & {NOUN_PERSON, NOUN_GROUP, NOUN_ANIMAL}


#: Nouns for someone that WordNet files among its top nouns, not its persons.
_ANYONE = frozenset({"one", "person"})


def stands_for_no_doer(word: Token) -> bool:
    """Whether a thing done to, or hung with an infinitive ("calls to resign"), stands for
    no one who could do the act: it cannot act (:func:`_only_undergoes`), has no owner that
    it could stand for ("the senator's campaign was launched to ...": the senator's), and
    no "of" naming who it is made of ("the sort of man to step in")."""
    return noun_modifier_doer(word, None) is None and _nothing_that_acts(word)


def _owned_thing(noun: Token) -> bool:
    """Whether a noun is an act, a message or a thought with an owner before it: "the
    coach's announcement", "their quest", "his campaign's work" (not a thing one can see,
    "caused the cafe's ceiling to collapse", which the parser may hang the same way)."""
    first_sense = noun_classes(noun.lemma_.lower())[:1]
    return (
        any(c.dep_ == "poss" for c in dependents(noun))
        and first_sense in _ABSTRACT_SENSES
        and _nothing_that_acts(noun)
    )


#: WordNet files of a noun's first sense that make it an act, a message or a thought.
_ABSTRACT_SENSES = frozenset({(NOUN_ACT,), (NOUN_COMMUNICATION,), (NOUN_COGNITION,)})


def _nothing_that_acts(word: Token) -> bool:
    """Whether a word names a thing that cannot act (:func:`_only_undergoes`) with no "of"
    naming who it is made of ("the sort of man to step in")."""
    if not _only_undergoes(word):
        return False
    made_of = [o for p in children(word, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
    return all(_only_undergoes(o) for o in made_of)


#: Verbs of calling out that introduce quoted words: 'shouted: "Get down"'.
_CALLING_VERBS = frozenset({"shout", "yell", "scream", "cry", "call", "order", "command"})


def _quoted_imperative(verb: Token) -> bool:
    """Whether ``verb`` opens quoted words after a verb of saying and is a bare command
    the parser hung on it as a complement ('shouted: "Stay down"', 'yelled "Get out"'):
    the one who speaks asks it of someone else."""
    governor = verb.head
    speaking = governor.lemma_ in REPORTING_VERBS or governor.lemma_ in _CALLING_VERBS
    if verb.tag_ != "VB" or not speaking or verb.i < governor.i:
        return False
    if any(c.dep_ == "aux" for c in dependents(verb)):
        return False  # "told them to leave", "said to be"
    between = verb.doc[governor.i + 1 : verb.i]
    return any(t.text in {":", '"', "'", "\u201c", "\u2018"} or t.is_quote for t in between)


def _plain_coordination(first: Token, second: Token) -> bool:
    """Whether ``second`` follows ``first`` as a plain coordination ("were called and
    surrounded"): a conjunction between them, and no clause with a subject of its own in
    between, whose verb the parser may have joined to ``first`` by mistake ("was killed
    when gunmen fired and one ricocheted")."""
    if not any(c.dep_ == "cc" and first.i < c.i < second.i for c in dependents(first)):
        return False
    return not any(
        word.dep_ in SUBJECT_DEPS and word.head.i != first.i
        for word in first.doc[first.i + 1 : second.i]
    )


def _may_be_participle(verb: Token, first: Token) -> bool:
    """Whether ``verb`` may be a second participle of the passive ``first``: tagged so, or
    a regular past with no object of its own after a passive that names its doer, which
    the tagger often takes for the past tense ("the town was captured by rebels and
    looted": the rebels looted it). Without the doer named, the active reading is the
    common one ("was hit in the back but survived", "was born there and worked ...")."""
    if verb.tag_ == "VBN":
        return True
    return (
        verb.tag_ == "VBD"
        and verb.lower_.endswith("ed")
        and bool(children(first, "agent"))
        and not any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in dependents(verb))
    )


def verb_actor(head: Token, passive: bool) -> Token | None:
    if passive and headline_passive(head) and not after_with(head):
        return None
    if passive:
        # "was killed and beheaded by the rebels": the "by" of the second passive, which
        # shares the subject, is the first one's too.
        shared = [c for c in children(head, "conj") if passive_sharing_subject(c)]
        for verb in (head, *[c for c in dependents(head) if c.dep_ == "xcomp"], *shared):
            for agent in children(verb, "agent"):
                if by_no_doer(agent):
                    continue  # "fares were raised by 5 percent": how much, not by whom
                objects = children(agent, "pobj")
                if objects:
                    return objects[0]
        given_by = _giver_of_act(head)
        if given_by is not None:
            return given_by
        if head.dep_ == "acl" or after_with(head):
            return None  # "with the ship registered abroad": the ship was registered
        if passive_in_chain(head):
            return None  # "the music will continue to be permitted": permitted by no one named
    if _analysts_control(head):
        return None  # "earned more, even when adjusting for rents": the analyst adjusts
    if exposure_before(head) is not None:
        # "the senator was left open to blackmail": the senator would be blackmailed, by
        # whoever a "by" names ("open to blackmail by foreign agents"), if any.
        return _by_whom(head)
    said_of = _said_of(head)
    if said_of is not None:
        return said_of  # "the man who police say attacked the guard": the man attacked
    if _said_of_lost_relative(head):
        return None  # "blame the closure in 2011, which they say left ...": not "they"
    subjects = _subjects(head)
    prefix = None if subjects else prefix_before(head)
    prefix_doer = None if prefix is None else verb_actor(prefix, passive=False)
    if prefix_doer is not None:
        # "let its bakers re-establish their ovens": the parser gives the subject to
        # the split-off "re"; the verb after the hyphen is the one that has it.
        return prefix_doer
    sayer = _sayer_after_relative(head, subjects)
    if sayer is not None:
        return sayer  # "the man who police say attacked the guard": the police say it
    if len(subjects) > 1 and head.lemma_ in REPORTING_VERBS:
        # '"Somalia," said Henrique Capriles': the parser takes the quoted word for a second
        # subject; the speaker is the one after the verb.
        subjects = [s for s in subjects if s.i > head.i] or subjects
    if subjects:
        subject = subjects[0]
        if subject.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
            said_in = document_above(head.head) if head.lemma_ in REPORTING_VERBS else head.head
            if subject.lower_ != "who" and said_in.i != head.head.i:
                return said_in  # "a story about pears which said ...": the story, its source
            return antecedent(subject, head)
        if subject.lower_ in RELATIVE_PRONOUNS:
            focus = _cleft_focus(head)
            if focus is not None:
                return focus  # "it was three rockets that claimed the lives"
        if subject.lower_ == "there" or _extraposed_clause(subject, head):
            return None  # "it helped that the rain stopped": the stopping helped
        if _town_before_bare_gerund(subject, head):
            return None  # "was linked to Ostrava shooting": where, not who shot
        shown = subject_cut_from_evidence(head, subject)
        if shown is not None:
            # "a point backed by a survey which shows most parents want stricter rules": the
            # parser made "most parents" the object of "shows" and hung "want" higher up.
            return shown
        if _floating_quantifier(subject, head):
            # "The couple both took aim at ...": the parser hangs the verb on "couple" as a
            # relative clause with "both" for its subject; the couple does it.
            return head.head
        if _capacity_taken_for_subject(subject, head):
            # "calls for new powers to ban imports": the powers ban nothing; their holder,
            # if named ("the council's power"), does.
            return _noun_owner(subject)
        if _intent_taken_for_subject(subject, head):
            # "said the mayor's push to approve the tower angered them": the parser takes
            # the noun of intent for the subject of its own infinitive.
            return _intent_doer(subject)
        return subject
    if passive:
        return None
    if _bargained_for_others(head):
        return None  # "brokered a deal between the firms to buy the port": not the broker
    coordinated = _infinitive_coordinated(head)
    if coordinated is not None:
        # "groups that are trying to take the city, fight the army and hold the bridge":
        # the parser joins the bare verbs to the sentence's verb; they go with the infinitive.
        return verb_actor(coordinated, passive=False)
    accused = accused_doer(head)
    if accused is not None:
        return accused
    if head.dep_ == "pcomp" and head.tag_ == "VBG":
        return _gerund_subject(head)
    beyond_scale = _conjunct_beyond_scale(head)
    if beyond_scale is not None:
        return verb_actor(beyond_scale, is_passive(beyond_scale))
    if head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        first = head.head
        if _entailed_gerund(first) and head.tag_ in {"VBZ", "VBP", "VBD"}:
            # "the cure involves soaking the roots but is slow to work": the parse joins
            # the second finite verb to the gerund; it goes with the verb above it.
            first = first.head
        if (
            main_clause(first)
            and not children(first, "nsubj")
            and (
                not _may_be_participle(head, first)
                or any(c.dep_ == "aux" for c in dependents(head))
            )
            and _plain_coordination(first, head)
        ):
            for subject in children(first, "nsubjpass"):
                # "the council was taken by surprise and issued a statement": the one the
                # first verb was done to does the second (not a second participle, "was
                # assembled and shipped", which shares the passive).
                return antecedent(subject, first)
        return verb_actor(first, passive=False)
    if head.dep_ in {"ccomp", "pcomp", "xcomp"} and _wh_infinitive(head):
        return _decider(head)
    if purpose_after_chain_verb(head):
        # "kept an eye on the polls to prevent fraud": whoever keeps watch means to prevent it.
        return verb_actor(head.head, passive=False)
    giver = _giving_before(head)
    if giver is not None and _recipient(giver, _thing_given(head, giver)) is not None:
        # "paid the player a bonus to stay": the player stays, not the club; "gave the
        # twins sweets to keep them quiet": the giver does, not the sweets.
        return _given_to_do(head, giver) or verb_actor(giver, is_passive(giver))
    if (
        head.dep_ == "xcomp"
        # The parser often hangs the infinitive of a request on the verb as a clause.
        or (
            head.dep_ == "advcl"
            and head.head.lemma_.lower() in _ASKING_OR_CAUSING
            and infinitive(head)
        )
        or _sent_to_do(head)
    ):
        # Object control: "called on the army to seize power" -> the army seizes.
        governor = head.head
        if _quoted_imperative(head):
            return None  # 'The guards shouted: "Stay down!"': asked of whoever hears it
        if head.tag_ == "VBG" and _advice_to_anyone(governor):
            return None  # "the study suggested eating less salt": advice to anyone
        if _entailed_gerund(head):
            return None  # "the treatment involves cleaning the wound": no one named cleans
        if clause_of_said_gerund(head) is not None:
            return None  # "says shutting the campuses is unsustainable": what is said of
        if _extraposed(governor):
            # "it is hard to verify the claims", "it makes sense to wait": "it" stands for
            # the verifying, and no one who does it is named.
            return None
        task = _task_subject(governor)
        if task is not None:
            # "their aim is to seize the port": the aim seizes nothing; its owner does
            # ("the job of the agency is to ...": the agency).
            return _noun_owner(task) or _agent_of(task)
        if governor.lemma_.lower() in _USING_VERBS and children(governor, "dobj"):
            # "police used tear gas to disperse the crowd": the users disperse it; the
            # object is the means, not an actor asked to act.
            return verb_actor(governor, passive=False)
        if any(_held_for_doing(obj) for obj in children(governor, "dobj")):
            return _spender(governor)  # "spent the week arguing", "had this to say"
        if _done_for_a_purpose(head, governor):
            return verb_actor(governor, passive=False)
        for dep in ("dobj", "dative"):
            for obj in children(governor, dep):
                return obj
        for subject in children(governor, "nsubjpass"):
            # "he was pictured unfurling a banner", "troops were ordered to withdraw":
            # the one seen or ordered does it (not "was designed to work", "was allowed
            # to flourish", which say what a thing is for or may do). "The militants are
            # believed to have fired": the one believed, said or known to have done it.
            if governor.lemma_ not in _SEEN_OR_ASKED | RAISING_VERBS and not marks_infinitive(
                governor
            ):
                break
            return antecedent(subject, governor)
        if governor.pos_ == "ADJ" and (
            governor.lemma_.lower() in CONTROL_ADJECTIVES
            or any(c.lower_ == "enough" for c in children(governor, "advmod"))
        ):
            # "the guards were unable to hold the gate", "troops ready to advance": the one
            # the adjective describes does it.
            if governor.dep_ in {"acomp", "oprd"}:
                if _gerund_complement(governor.head):
                    return None  # "the worst part is not being able to vote": no one named
                return verb_actor(governor.head, passive=False)
            if governor.dep_ == "amod" and governor.head.pos_ in {"NOUN", "PROPN"}:
                return governor.head
        for agent in children(governor, "agent"):
            if by_no_doer(agent):
                continue
            for obj in children(agent, "pobj"):
                # "drones could be used by smugglers to carry parcels": who uses them
                # does what they are used for.
                return obj
        for prep in children(governor, "prep"):
            if prep.lower_ not in _ASKED_PREPOSITIONS or prep.i > head.i:
                # "could in future be used to ...", "including the records, to ...", "out
                # to wreck the deal, with the exception of ...": no one asked.
                continue
            for obj in children(prep, "pobj"):
                if obj.lower_ in RELATIVE_PRONOUNS or obj.ent_type_ in TIME_LABELS:
                    continue  # "a film in which ...": the relative clause's frame, no one asked
                if not is_place(obj) or prep.lower_ in {"on", "upon"}:
                    return obj  # "called on Russia to stop": Russia is asked, not a place
        return _doer_not_the_act(governor)
    request = request_said(head)
    addressee = None if request is None else _addressee(request, head)
    if addressee is not None:
        return addressee  # "gave orders to his men to burn it": the men, not the general
    owner = _intent_owner_before(head)
    if owner is not None:
        return owner  # "doubted the resolve of the miners to win": the miners win
    if head.dep_ in {"acl", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"}:
        noun = head.head
        if noun.dep_ == "attr" and _extraposed(noun.head) and children(head, "aux"):
            return None  # "it would be an honour to host the talks": no one is named
        if noun.lemma_.lower() in PRESSING_NOUNS and infinitive(head):
            return None  # "the mayor's push to approve the tower": others are pressed to
        if noun.lemma_.lower() in _CONTROLLER_NOUNS and infinitive(head):
            # "found a way to commit fraud", "went in order to buy": the one who found or
            # went does it, not the way or the order. An owner named on the noun does it:
            # "the council's refusal to negotiate", "an attempt by the rebels to storm".
            owner = _noun_owner(noun)
            if owner is not None:
                return owner
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            doer = None if governor.i == noun.i else _doer_not_the_act(governor)
            # "the attempt to storm it failed": the attempt does not storm; no one is named.
            return None if doer is None or doer.i == noun.i else doer
        if _held_for_doing(noun):
            return _spender(noun.head)  # "had trouble paying them", "has a case to make"
        if request is not None:
            return None  # "our demand to close the plant": a demand asks, it closes nothing
        if head.tag_ == "VBG" and time_adjunct(noun) and head.lemma_ not in REPORTING_VERBS:
            return None  # "won for the third time running": a time does nothing
        if head.tag_ == "VBG" and noun.lemma_.lower() in DEPICTION_NOUNS:
            shown = _shown_in(noun)
            if shown is not None:
                return shown  # "a photo of the mayor smiling": the mayor smiles
        if head.tag_ == "VBG" and head.lemma_ in REPORTING_VERBS:
            return participle_speaker(head)  # "slammed the rules claiming ...": who slammed
        if _in_a_setting(head):
            return _subject_in_setting(head)  # "are in custody helping police": who is there
        if infinitive(head) and _owned_thing(noun):
            # "the coach's announcement to retire", "his campaign's work to bring voters
            # in": an act does not do what it is for; its owner does.
            return next(c for c in dependents(noun) if c.dep_ == "poss")
        return noun  # "Russian forces advancing from Crimea"
    if head.dep_ in {"advcl", "conj"} and _perfect_participle(head):
        # "having seized the town, the rebels ...", done as a plain participle is, by one
        # who can act: "Having won the cup, the season ended" leaves the participle hanging.
        doer = _participle_doer(head)
        return doer if doer is not None and _can_take_time(doer) else None
    if head.dep_ == "advcl" and infinitive(head) and empty_it(head.head):
        return _spender(head.head)  # "it will take a strong team to fix it": the team
    if head.dep_ in {"advcl", "conj"} and (head.tag_ == "VBG" or infinitive(head)):
        return _participle_doer(head)
    if head.lemma_ in REPORTING_VERBS and head.i > 0:
        # "near Kharkiv, the Ukrainian Defence Ministry said": the parser lost the subject.
        before = head.doc[head.i - 1]
        if before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"appos", "npadvmod", "dep", "conj"}:
            return before
    return None


def _bargained_for_others(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a bargain between named sides, or of one a
    go-between struck: "helped arrange a deal between the two firms to buy the port", "the
    bank brokered an agreement to sell the mine". A side does it (which one, the sentence
    need not say: one buys, or both do), never the one who arranged the bargain; "Acme
    struck a deal with Globex to buy its unit" is Acme's own."""
    if not infinitive(verb):
        return False
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in AGREEMENT_NOUNS:
        bargains = [verb.head]
        governor = verb.head.head
    elif verb.dep_ == "advcl":
        governor = verb.head
        bargains = [o for o in children(governor, "dobj") if o.lemma_.lower() in AGREEMENT_NOUNS]
    else:
        return False
    for bargain in bargains:
        if governor.lemma_.lower() in BROKERING_VERBS and governor.i != bargain.i:
            return True
        # "arranged a deal that year between A and B": the parser may hang "between" on the verb.
        holders = (bargain, governor) if governor.i < bargain.i else (bargain,)
        if any(
            p.lower_ == "between"
            and p.i > bargain.i
            and children(p, "pobj")
            and not _sides_are_its_subject(p, governor)
            for holder in holders
            for p in children(holder, "prep")
        ):
            return True
    return False


#: Pronouns after "between" that take the sides back to the clause's own plural subject.
_OWN_SIDES = frozenset({"them", "themselves", "us", "ourselves"})


def _sides_are_its_subject(between: Token, verb: Token) -> bool:
    """Whether the sides a bargain is "between" are the plural subject of the verb that
    strikes it: "the two firms signed a deal between them to merge" (the firms merge); not
    "the mayor arranged a deal between them to sell the mill" (a go-between's)."""
    if not all(side.lower_ in _OWN_SIDES for side in children(between, "pobj")):
        return False
    return any(
        subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we"} or _conjuncts(subject)
        for subject in children(verb, "nsubj")
    )


def _infinitive_coordinated(verb: Token) -> Token | None:
    """The "to" infinitive a bare verb is coordinated with when the parser joined it to a
    finite verb before the infinitive: in "met the groups that are trying to take the city,
    fight the army and hold the bridge", "fight" and "hold" hang on "met", whose tense they
    cannot share; their doer is the infinitive's. Only a verb's infinitive: after a noun's
    ("she was the first one to hold hearings, and not just jail rivals") the bare verb may be
    the speaker's own. ``None`` for any other verb."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or first.tag_ not in {"VBD", "VBZ"}:
        return None
    if any(c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in dependents(verb)):
        return None  # "met them and will fight": a clause of its own
    between = verb.doc[first.i + 1 : verb.i]
    infinitives = [
        w
        for w in between
        if w.tag_ == "VB"
        and w.dep_ == "xcomp"  # "trying to take": not "the only one to hold trials, and shoot"
        and infinitive(w)
        and first.i in {a.i for a in w.ancestors}
    ]
    return infinitives[-1] if infinitives else None


def _analysts_control(verb: Token) -> bool:
    """Whether ``verb`` is an analyst's "when/after adjusting for ..." with no subject of
    its own (:data:`~kg.lang.en.STATISTICAL_CONTROL_VERBS`): "towns with parks had fewer
    deaths, even after controlling for income" names no one who controls."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in STATISTICAL_CONTROL_VERBS:
        return False
    if has_subject(verb) or not any(c.lower_ == "for" for c in children(verb, "prep")):
        return False
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in _WHEN_MARKS for c in dependents(verb)):
        return True  # "even when accounting for rents"
    return verb.dep_ == "pcomp" and verb.head.lower_ in _WHEN_MARKS  # "after adjusting for"


# The words before an analyst's control participle: "when adjusting", "after controlling".
_WHEN_MARKS = frozenset({"when", "after", "once", "if", "while"})


def exposure_before(verb: Token) -> Token | None:
    """The adjective of exposure (:data:`~kg.lang.en.EXPOSURE_ADJECTIVES`) right before a
    "to" and a word the tagger took for a verb that is a noun too: "open to blackmail",
    "vulnerable to attack". That "to" is a preposition and the word the act the one
    described may undergo. Not a verb with an object or a clause of its own ("open to
    discuss the plan": willing to), nor one that is no noun ("open to negotiate")."""
    if verb.tag_ != "VB" or verb.i < 2 or not noun_classes(verb.lower_):
        return None
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in dependents(verb)):
        return None
    to, adjective = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if to.lower_ != "to" or adjective.lower_ not in EXPOSURE_ADJECTIVES:
        return None
    return adjective


def exposed_one(adjective: Token) -> Token | None:
    """Who or what an adjective of exposure describes: the subject of the verb it completes
    ("the depot remains open", "the senator was left open"), or the noun it is set on ("a
    server open to attack")."""
    if adjective.dep_ == "amod" and adjective.head.pos_ in {"NOUN", "PROPN"}:
        return adjective.head
    verb = adjective.head if adjective.dep_ in {"acomp", "oprd"} else adjective
    for subject in (*children(verb, "nsubj"), *children(verb, "nsubjpass")):
        return antecedent(subject, verb)
    return None


def _by_whom(verb: Token) -> Token | None:
    """The one a "by" after ``verb`` names: "open to blackmail by foreign agents"."""
    for preposition in dependents(verb):
        if preposition.dep_ in {"prep", "agent"} and preposition.lower_ == "by":
            for doer in children(preposition, "pobj"):
                return doer
    return None


def _shown_in(picture: Token) -> Token | None:
    """Who or what a picture or a recording shows, named after its "of": "an old photo of
    the mayor", "footage of police"."""
    for preposition in children(picture, "prep"):
        if preposition.lower_ == "of":
            for shown in children(preposition, "pobj"):
                return shown
    return None


def _conjunct_beyond_scale(verb: Token) -> Token | None:
    """The participle a conjunct continues when the parse joins it to a scale of prices
    inside that participle's phrase: "the laptop, packing 8 cores for prices starting at
    $299 and targeting casual gamers" (the laptop targets them; prices only start at an
    amount, :func:`~kg.extract.non_events.price_scale`). The nearest verb above the
    scale's noun, of the conjunct's own form; ``None`` for any other conjunct, or one
    that continues the scale ("starting at $5 and rising to $9")."""
    scale = verb.head
    if verb.dep_ != "conj" or scale.dep_ != "acl" or not price_scale(scale) or price_scale(verb):
        return None
    above = next((a for a in scale.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return above if above is not None and above.tag_ == verb.tag_ else None


#: Prepositions of a setting someone is in, on the verb of their clause: "are in custody",
#: "was heard on a recording", "were inside the hall".
_SETTING_PREPOSITIONS = frozenset({"in", "inside", "on", "under", "at", "within"})


def _in_a_setting(participle: Token) -> bool:
    """Whether an "-ing" participle hangs on a setting the clause's subject is in, which
    the parser takes for its doer: "the two women are in police custody helping with
    inquiries", "the nurses were inside the hall working on the plan". The setting
    (:func:`_a_setting`) follows a preposition of place on the clause's verb."""
    setting = participle.head
    preposition = setting.head
    return (
        participle.tag_ == "VBG"
        and setting.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.lower_ in _SETTING_PREPOSITIONS
        and preposition.head.pos_ in {"VERB", "AUX"}
        and _a_setting(setting)
    )


def _a_setting(noun: Token) -> bool:
    """Whether a common noun names a place or a state someone can be in, not one who acts,
    a message or a happening: first of all a thing made or a location ("a hall", "a
    cell"; "a church" and "a school" are first of all bodies of people) or a state
    ("custody"). Not a town or a country, whose people act ("a city mourning its son"),
    nor a document ("said in a statement announcing the deal": the statement announces,
    as a report says)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.ent_type_ or lemma in POLITY_NOUNS:
        return False
    classes = noun_classes(lemma)
    if NOUN_COMMUNICATION in classes:
        return False
    return classes[:1] in {(NOUN_ARTIFACT,), (NOUN_LOCATION,), (NOUN_STATE,)}


def _subject_in_setting(participle: Token) -> Token | None:
    """Who is in the setting an "-ing" participle hangs on (:func:`_in_a_setting`): the
    subject of the clause the setting's preposition is on, or no one when it has none."""
    verb = participle.head.head.head
    for subject in (*children(verb, "nsubj"), *children(verb, "nsubjpass")):
        return antecedent(subject, verb)
    return None


def _said_of(verb: Token) -> Token | None:
    """The noun a relative clause hangs on when the clause says or thinks something of it
    and ``verb`` is what is said: "the man who police say attacked the guard", "policies
    which he said had harmed the economy", "a system that they think has failed them" (the
    man attacked, the policies harmed). The relative pronoun opens the clause, before the
    one who says it; the parser hangs it on ``verb`` or, beside the sayer, on the verb of
    saying (:func:`~kg.extract.spans.relative_before_sayer`). Not a passive ``verb``: "a
    letter that he said was drafted by the firm" is done to the letter."""
    if verb.dep_ not in {"ccomp", "xcomp"} or verb.head.dep_ != "relcl":
        return None
    saying = verb.head
    if verb.i < saying.i or is_passive(verb):
        return None
    own = children(verb, "nsubj")
    if len(own) > 1:
        return None  # "a wall which he said Mexico should pay for": the pronoun is no subject
    if not own:
        beside = relative_before_sayer(saying, children(saying, "nsubj"))
        return None if beside is None else antecedent(beside, saying)
    pronoun = own[0]
    sayers = [s for s in children(saying, "nsubj") if pronoun.i < s.i < saying.i]
    if pronoun.lower_ not in RELATIVE_PRONOUNS or not sayers:
        return None
    return antecedent(pronoun, saying)


def _said_of_lost_relative(verb: Token) -> bool:
    """Whether ``verb`` is what a relative clause the parser did not make one says of its
    noun: in "blame the closure of clinics in 2011, which they say left a gap" "say" hangs
    on "blame", with "which" and "they" as its subjects
    (:func:`~kg.extract.spans.relative_before_sayer`). What left the gap is the noun
    "which" stands for, which the parse does not give; the sayer did not leave it."""
    if verb.dep_ not in {"ccomp", "xcomp"} or children(verb, "nsubj"):
        return False
    saying = verb.head
    if saying.dep_ == "relcl" or verb.i < saying.i:
        return False
    return relative_before_sayer(saying, children(saying, "nsubj")) is not None


def _sayer_after_relative(verb: Token, subjects: list[Token]) -> Token | None:
    """Who says or thinks what a relative clause tells of its noun when the parser hangs
    the relative pronoun on the verb of saying beside the sayer: "the man who police say
    attacked the guard" -> police (:func:`~kg.extract.spans.relative_before_sayer`)."""
    if relative_before_sayer(verb, subjects) is None:
        return None
    return subjects[1]


def _intent_owner_before(verb: Token) -> Token | None:
    """The owner of a noun of intent that an infinitive right after it spells out when the
    parser hangs the infinitive on the verb whose object the noun is: "praised the union's
    plan to strike", "doubted the determination of the miners to win" (not after a comma,
    which sets off the verb's own purpose, nor after a verb of using: "used the army's plan
    to justify the cuts" is the user's purpose)."""
    if verb.dep_ != "advcl" or not infinitive(verb) or after_comma(verb):
        return None
    if verb.head.lemma_.lower() in _USING_VERBS:
        return None
    first = min(t.i for t in verb.subtree)
    for obj in children(verb.head, "dobj"):
        if obj.lemma_.lower() in _OWNED_INTENTS and obj.right_edge.i == first - 1:
            return _noun_owner(obj)
    return None


def _addressee(request: Token, verb: Token) -> Token | None:
    """Whom a request asks, named by "to" or "on" after the request's noun, before the
    infinitive ``verb``: "orders to his staff", "a call on the rebels", or the "to" the
    parser hangs on the verb that makes the request ("gave orders to his men to ...")."""
    holders = [request, request.head] if request.dep_ == "dobj" else [request]
    for holder in holders:
        for prep in dependents(holder):
            if prep.dep_ not in {"prep", "dative"} or prep.lower_ not in {"to", "on", "upon"}:
                continue
            if not request.i < prep.i < verb.i:
                continue
            for obj in children(prep, "pobj"):
                if _can_take_time(obj):
                    return obj
    return None


def _done_for_a_purpose(verb: Token, governor: Token) -> bool:
    """Whether the infinitive ``verb`` after ``governor``'s object says what the governor's
    subject does it for, not what the object is asked or made to do: when it opens the
    sentence before its verb ("To test this, the team asked five people to ..."); after
    "call" as a telephone call ("called police to report the theft", "called his mother to
    break the news"); after a verb of attacking or beating ("invaded the island to topple
    its ruler"); and after an object that names no one who could do it, an act, a
    document, a quality ("fired warning shots to disperse the crowd", "booked slots to
    visit", "had surgery to repair the knee"), unless the verb asks, lets, makes, sends or
    leaves ("urged restraint to ...", "allowed the law to lapse", "left the bodies to
    rot")."""
    objects = children(governor, "dobj")
    if not objects or not infinitive(verb):
        return False
    if verb.i < governor.i:
        return True
    lemma = governor.lemma_.lower()
    if lemma == "call":
        # "called in experts to examine it", "called three witnesses to testify", "called
        # two more crews to help": people summoned, a number of them, do it.
        summoned = any(c.lower_ == "in" for c in children(governor, "prt"))
        counted = _counted_people(objects[0]) and not _done_to(verb, objects[0])
        return not summoned and not counted  # "called three players to congratulate them"
    if lemma in _ASKING_OR_CAUSING or lemma in _SENDING_VERBS:
        return False
    if _violent(governor) or lemma in DEFEATING_VERBS:
        # "invaded the island to topple its ruler", "beat the champion to win the belt":
        # the one attacked or beaten does not do what the attack or the win is for.
        return True
    obj = objects[0]
    if obj.pos_ != "NOUN" or obj.ent_type_ or _named_owner(obj):
        return False  # "undermined Abe's initiative to give Japan ...": Abe's
    if obj.is_title and obj.i != obj.sent.start:
        return False  # a name the tagger took for a noun: "picked the Sixers to win"
    # People, groups and animals (in a noun's two most frequent senses: "a special
    # individual") and machines may do it ("hired a plane to fly over the rally").
    senses = noun_classes(obj.lemma_.lower())[:2]
    if not senses or senses[0] == NOUN_ARTIFACT:
        return False
    return not set(senses) & {NOUN_PERSON, NOUN_GROUP, NOUN_ANIMAL}


def _sent_to_do(verb: Token) -> bool:
    """Whether the infinitive ``verb``, which the parser hangs on the verb before it as an
    adverbial clause, says what that verb's object is sent or engaged to do: "sent eight
    experts to monitor the poll", "hired armed guards to protect the ships", "convened a
    panel to advise the council" (the object can act, and only its phrase and places
    stand between it and the infinitive: not "met the minister to discuss", "visited the
    troops, to thank them")."""
    governor = verb.head
    lemma = governor.lemma_.lower()
    if verb.dep_ != "advcl" or not infinitive(verb) or after_comma(verb):
        return False
    if lemma not in _SENT_OR_ENGAGED or children(governor, "nsubjpass"):
        return False  # "was paid $3 million to direct it": the one paid does it
    first = min(t.i for t in verb.subtree)
    for obj in children(governor, "dobj"):
        between = [p for p in children(governor, "prep") if obj.i < p.i < first]
        end = max([obj.right_edge.i, *[p.right_edge.i for p in between]])
        reflexive = obj.lower_.endswith(("self", "selves"))  # names the subject itself
        may_act = obj.pos_ in {"NOUN", "PROPN", "PRON"} and not _only_undergoes(obj)
        if end == first - 1 and not reflexive and may_act:
            return True
    return False


#: Verbs whose object is sent or engaged to do what an infinitive after it says; not "take"
#: or "bring", whose subject goes along and may do it ("took reporters on a tour to show
#: them the damage"), nor "carry", most often "carry out" an act ("carried out patrols to
#: protect shipping": the navy protects it).
_SENT_OR_ENGAGED = (CARRYING_VERBS - {"take", "bring", "get", "carry"}) | ENGAGING_VERBS


def _giving_before(verb: Token) -> Token | None:
    """The verb of giving ("give", "pay", "grant" ...) whose object an infinitive comes
    right after, hung on the verb or on the thing given: "paid the player a bonus to
    stay", "gives Congress 60 days to review it", "granted the states the right to set
    limits"."""
    if not infinitive(verb) or after_comma(verb):
        return None
    if verb.dep_ in {"acl", "relcl"} and verb.head.dep_ == "dobj":
        giver = verb.head.head
    elif verb.dep_ in {"advcl", "xcomp"}:
        giver = verb.head
        first = min(t.i for t in verb.subtree)
        things = _things_given(giver, verb)
        if not things or things[-1].right_edge.i != first - 1:
            return None
    else:
        return None
    return giver if giver.lemma_.lower() in GIVING_VERBS else None


def _given_to_do(verb: Token, giver: Token) -> Token | None:
    """The one given something that the infinitive ``verb`` right after it says they are
    to do with it: "paid the player a bonus to stay", "paying them $4 an hour to work",
    "gives Congress 60 days to review it", "was given a week to comply". Not when the
    thing given is the giver's own act or words ("gave reporters a statement to clear his
    name": the giver does it), nor when the infinitive is done to the one given ("gave
    the children sweets to keep them quiet")."""
    thing = _thing_given(verb, giver)
    if _giver_own_act(thing):
        return None
    recipient = _recipient(giver, thing)
    if (
        recipient is None
        or recipient.pos_ not in {"NOUN", "PROPN", "PRON"}
        or recipient.lower_.endswith(("self", "selves"))
        or _only_undergoes(recipient)
        or _done_to(verb, recipient)
    ):
        return None
    return recipient


def _thing_given(verb: Token, giver: Token) -> Token:
    """The object of ``giver`` that the infinitive ``verb`` comes right after."""
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    return _things_given(giver, verb)[-1]


def _things_given(giver: Token, verb: Token) -> list[Token]:
    """What ``giver`` gives before the infinitive ``verb``: its objects, and a time given,
    which the parser hangs on the verb as a phrase of its own: "gave the tenants a month to
    leave", "gave the firm until Friday to respond"."""
    things = [
        c
        for c in dependents(giver)
        if c.i < verb.i
        and (
            c.dep_ == "dobj"
            or (c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS)
            or (c.dep_ == "prep" and c.lower_ == "until" and children(c, "pobj"))
        )
    ]
    return things


def _giver_own_act(thing: Token) -> bool:
    """Whether a thing given is an act or words of the giver's ("a kiss", "a tour", "a
    speech", "a pep talk"), which the giver performs, not something the one given uses;
    a chance, a right or an order given is the recipient's to use ("gave them permission
    to leave", "gave his men orders to fire")."""
    lemma = thing.lemma_.lower()
    if lemma in POSSIBILITY_NOUNS or lemma in REQUEST_NOUNS:
        return False
    return (
        event_action(thing) is not None
        or lemma in LIGHT_VERB_ACTS
        or noun_classes(lemma)[:1] in {(NOUN_ACT,), (NOUN_COMMUNICATION,)}
    )


def _recipient(giver: Token, thing: Token) -> Token | None:
    """Whom a verb of giving gives ``thing`` to: its dative ("gave the player a bonus"), a
    first object before the thing ("paying them $4 an hour"), or, in the passive, its
    subject ("the firm was given a week")."""
    for dative in children(giver, "dative"):
        if dative.i < thing.i:
            return dative
    for obj in children(giver, "dobj"):
        if obj.i < thing.i:
            return obj
    for subject in children(giver, "nsubjpass"):
        return antecedent(subject, giver)
    return None


def _counted_people(obj: Token) -> bool:
    """Whether ``obj`` is a number of people or things counted ("three witnesses", "a
    further four engines", "several officers"), which one summons rather than telephones
    for one's own errand ("called his mother", "called police", "called friends")."""
    if obj.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(c.dep_ == "nummod" or c.lower_ in _COUNTING_WORDS for c in dependents(obj))


#: Words that count the people of a plural: "several officers", "more crews".
_COUNTING_WORDS = frozenset({"several", "more", "additional", "extra", "further"})


#: Verbs whose object, sent, moved or left somewhere, does what the infinitive says.
_SENDING_VERBS = CARRYING_VERBS | {"leave"}


def _named_owner(noun: Token) -> bool:
    """Whether a name owns ``noun`` ("Abe's initiative"), which then stands for its owner;
    a pronoun owner ("leveraged his advantages") is most often the subject itself."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in dependents(noun))


def _participle_doer(head: Token) -> Token | None:
    """Who does a participle or an infinitive adjunct of a clause ("..., killing 12
    people", "... to slow the advance"): the clause's subject, a speaker above it, or the
    one a passive was done to."""
    governor = head.head
    quoted = quoted_doer(head)
    if quoted is not None:
        return quoted  # "the agency quoted the minister saying ...": the minister says it
    harm = _harm_before(head)
    if harm is not None:
        return verb_actor(harm, passive=is_passive(harm))
    if head.tag_ == "VBG" and head.lemma_ in REPORTING_VERBS:
        speaker = _reporter_above(governor)
        if speaker is not None:
            return speaker
    passive_subjects = children(governor, "nsubjpass")
    if passive_subjects and passive_subjects[0].lower_ == "it" and infinitive(head):
        return None  # "it is prohibited by law to allow ...": "it" stands for the allowing
    if head.dep_ in {"advcl", "xcomp"} and _extraposed(governor):
        return None  # "it's hard to think of anyone giving him a fight": not "it"
    if passive_subjects and not children(governor, "agent"):
        # "troops were deployed to dispose of ...": the one sent does it; but "tents
        # were brought from the depot to shelter them", "if nothing is done to stop it":
        # a thing something is done to is not who does what it is done for. An owned
        # one ("the party's campaign was launched to ...") is left to stand for its
        # owner, as the owner of a plan acts by it (kg.extract.roles).
        subject = passive_subjects[0]
        return None if stands_for_no_doer(subject) else subject
    task = _task_subject(governor)
    if task is not None:
        return _noun_owner(task) or _agent_of(task)  # "the plan is simply to wait"
    relative = _where_clause_before(head)
    if relative is not None:
        # "were at a dinner in Dover, where Jane Carter stayed near him all night,
        # introducing her to guests": the one in the "where" clause just before does it.
        return relative
    if _fronted_aside(head, governor):
        # '"To simplify it, this is a matter of money," she said': the speaker simplifies,
        # not "this"; in the writer's own words no one is named.
        return _reporter_above(governor)
    # "..., killing 12 people", "... to slow the advance"
    return verb_actor(governor, passive=False)


def _where_clause_before(participle: Token) -> Token | None:
    """The subject of a "where" relative clause that ends right before a closing participle's
    comma, when that subject is a name or a personal pronoun: "The pair were at a dinner in
    Dover, where Jane Carter stayed near the candidate, introducing her to guests" (Jane
    Carter introduces her). The participle goes on from the nearest clause."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    last = doc[participle.i - 2]
    clause = next(
        (
            a
            for a in (last, *last.ancestors)
            if a.dep_ == "relcl" and any(c.lower_ == "where" and c.i < a.i for c in dependents(a))
        ),
        None,
    )
    if clause is None or clause.right_edge.i != last.i or clause.is_ancestor(participle):
        return None
    subjects = [c for c in dependents(clause) if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.ent_type_ in AGENT_LABELS or (
        subject.pos_ == "PRON" and subject.lower_ in {"he", "she", "they", "we", "i"}
    ):
        return subject
    return None


#: Subjects of "be" that stand for what is said, never for one who acts.
_SAID_THING_SUBJECTS = frozenset({"it", "this", "that"})


def _fronted_aside(verb: Token, governor: Token) -> bool:
    """Whether ``verb`` is an infinitive put before a clause of "be" with "it", "this" or
    "that" for its subject ("To simplify it, this is a matter of ...", "To be fair, it was a
    hard year"): it says how the speaker puts things, and the subject does not do it."""
    return (
        infinitive(verb)
        and verb.i < governor.i
        and governor.lemma_ == "be"
        and any(
            c.dep_ in {"nsubj", "expl"} and c.lower_ in _SAID_THING_SUBJECTS
            for c in dependents(governor)
        )
    )


def _harm_before(participle: Token) -> Token | None:
    """The relative clause right before a participle of violence when it tells the act
    of violence the participle goes on with: "police arrested a man whose car hit a
    cyclist, injuring her", "officers fired at the gunman, who fired back, wounding one":
    the one who hits or fires injures, not the main clause's subject (unless the clause
    is in the perfect, which tells what came before). Other participles
    after a relative clause go on with the main clause as often as not ("denounced
    supporters who level attacks, saying ...")."""
    if not _violent(participle) or participle.doc[participle.i - 1].text != ",":
        return None
    clause = next(
        (
            t
            for t in participle.head.subtree
            if t.dep_ == "relcl" and t.right_edge.i == participle.i - 2
        ),
        None,
    )
    if clause is None or not _violent(clause):
        return None
    # "shot a man who had stabbed a guard, killing him": a relative clause in the perfect
    # tells what came before; the participle goes on with the main clause.
    if any(c.lemma_ == "have" for c in children(clause, "aux")):
        return None
    # "shot the gunman who fired on the crowd, killing him": done to the one "who" stands
    # for, who then is not the one who does it.
    who = any(c.lower_ in RELATIVE_PRONOUNS for c in children(clause, "nsubj"))
    return None if who and _done_to(participle, clause.head) else clause


def _done_to(verb: Token, noun: Token) -> bool:
    """Whether ``verb``'s object is a pronoun that may stand for ``noun`` ("called three
    players to congratulate them", "shot the gunman who fired on the crowd, killing him"):
    ``noun`` is the one it is done to, not its doer, who would be done to "themselves". A
    "him" or "her" of the other sex than the noun says is someone else: in "shot a man who
    attacked a nurse, wounding her" the man wounds the nurse."""
    if noun.tag_ in {"NNS", "NNPS"}:
        wanted = {"them"}
    else:
        sex = _sex(noun)
        wanted = {p for p in ("him", "her") if sex in {None, PRONOUN_GENDERS[p]}}
    return any(c.dep_ in {"dobj", "dative"} and c.lower_ in wanted for c in dependents(verb))


def _sex(noun: Token) -> str | None:
    """The sex, "male" or "female", that a person's noun says by its most frequent WordNet
    sense ("a man", "the widow": :data:`~kg.lang.en.SEX_SENSES`) or a name by its given name
    (:func:`~kg.lang.en.name_genders`); None for the many that say neither ("a nurse")."""
    if noun.ent_type_ == "PERSON":
        start = noun.i
        while start > 0 and noun.doc[start].ent_iob_ == "I":
            start -= 1
        # A lone word may be a surname that is someone's given name too ("Vale", "Lee").
        return name_genders().get(noun.doc[start].text) if start < noun.i else None
    lemma = noun.lemma_.lower()
    return next((s for s, sense in SEX_SENSES.items() if sense_below(lemma, sense)), None)


def _violent(verb: Token) -> bool:
    """Whether a verb names an attack, a killing, a death or an injury ("hit", "fire",
    "kill", "injure")."""
    kind = verb_kind(verb.lemma_)
    return kind is not None and bool({kind, *superclasses(kind)} & _VIOLENT_KINDS)


_VIOLENT_KINDS = frozenset({"Attack", "Death", "Injury"})


def _perfect_participle(verb: Token) -> bool:
    """Whether ``verb`` is an active perfect participle ("having seized the town, the rebels
    ..."), which, like a plain one, is done by the subject of its clause; not a passive one
    ("having been freed, he ..."), done to it."""
    return any(c.lower_ == "having" for c in children(verb, "aux")) and not children(
        verb, "auxpass"
    )


#: Verbs whose object is what their subject has, spends or needs for doing something.
_HAVING_VERBS = frozenset({"have", "spend", "take", "waste", "need"})
#: Pronouns for an amount or a thing, not someone: "had this to say", "how much she had to hide".
_AMOUNT_PRONOUNS = NOTHING_IN_PARTICULAR | {"it", "much", "little", "more", "less", "enough"}
#: Named amounts spent or taken in doing something.
_SPENT_LABELS = frozenset({"DATE", "TIME", "MONEY"})
# WordNet's kinds of noun that can do what a verb after them says ("had warships patrolling").
_CAN_DO_CLASSES = frozenset({NOUN_PERSON, NOUN_GROUP, NOUN_ANIMAL, NOUN_ARTIFACT})


def _held_for_doing(obj: Token) -> bool:
    """Whether ``obj``, the object of a verb of having or spending, is what its subject
    has or spends in doing the verb after it ("had trouble repaying", "spent much of the
    week arguing", "took time to revise", "has issues to resolve"): an amount, a time, a
    thing to be done, whose two most frequent WordNet senses name no one and nothing made.
    People had or needed may act themselves ("had warships patrolling", "needs parties to
    organise"); of the things had with a gerund, only a hardship or an experience is the
    haver's doing (:data:`~kg.lang.en.HARDSHIP_NOUNS`)."""
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in _HAVING_VERBS:
        return False
    if obj.pos_ in {"PRON", "ADJ"}:
        return obj.lower_ in _AMOUNT_PRONOUNS
    if obj.ent_type_ in _SPENT_LABELS:
        return True  # "spent three days clearing the trail", "spent $2 million to build it"
    if obj.pos_ != "NOUN" or obj.ent_type_ or obj.lower_ == "one":
        return False  # "had no one to tell it": the one would tell it
    if no_business(obj):
        return True  # "has no business running the port": no firm; the one who has runs it
    if obj.head.lemma_.lower() == "have" and any(
        c.tag_ == "VBG" and c.dep_ == "acl" for c in dependents(obj)
    ):
        # "had trouble paying", but "has a history going back years", "hair flowing".
        return obj.lemma_.lower() in HARDSHIP_NOUNS
    first = noun_classes(obj.lemma_.lower())[:2]
    return bool(first) and not set(first) & _CAN_DO_CLASSES


def _spender(verb: Token) -> Token | None:
    """Who has, spends or takes what ``verb``'s object names in doing the verb after it:
    its subject ("the crews took two days to repair it"), but after a dummy "it" the
    people it took ("it took rescuers six hours to reach them"), or no one ("it took two
    hours to clear the road")."""
    if verb.lemma_.lower() != "take":
        return verb_actor(verb, passive=False)
    if any(s.lower_ == "it" for s in children(verb, "nsubj")):
        people = [
            o for o in dependents(verb) if o.dep_ in {"dative", "dobj"} and not _held_for_doing(o)
        ]
        return people[0] if people else None
    # "the repair will take days to finish": what takes time is what is done to it.
    taker = verb_actor(verb, passive=False)
    return taker if taker is not None and _can_take_time(taker) else None


def _can_take_time(word: Token) -> bool:
    """Whether ``word`` may be someone who takes time to do something: people, a body, a
    state ("the crews took two days", "Congress has taken steps"), not a thing that takes
    time to mend ("the break will take a week to fix")."""
    return (
        names_a_person(word)
        or word.ent_type_ in {"ORG", "GPE", "NORP"}
        or word.lemma_.lower() in POLITY_NOUNS
        or noun_classes(word.lemma_.lower())[:1] == (NOUN_GROUP,)
    )


#: Prepositions that name who is asked or awaited to do an infinitive: "called on the
#: army to", "appealed to donors to", "pleaded with them to", "waited for the rain to".
_ASKED_PREPOSITIONS = frozenset({"on", "upon", "to", "with", "for"})


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, never a word of negation.

    In text whose words are split by spaces ("If he does n't win") the parser may take
    "n't" for the subject and hang the true one on the auxiliary; a negation acts for no
    one, and the auxiliary's subject is the verb's.
    """
    subjects = [s for s in children(verb, "nsubj") if not _heading(s, verb)]
    name = name_beside_subject(subjects)
    if name is not None:
        return [name, *subjects[2:]]
    after_heading = _after_heading(subjects)
    if after_heading:
        return after_heading
    if subjects and dateline_dash(subjects[0]):
        # "ISTANBUL (Reuters) - Turkey signed ...": the city the story was filed from is
        # no subject; the one after the dash is, hung on the verb or on the city.
        dash = dateline_dash(subjects[0])
        after = [s for s in subjects[1:] if s.i > dash]
        return after or [a for a in children(subjects[0], "appos") if a.i > dash]
    if not any(s.lower_ in NEGATION_WORDS for s in subjects):
        return subjects
    kept = [s for s in subjects if s.lower_ not in NEGATION_WORDS]
    # The parser may also make the auxiliary a clause of its own ("did/advcl").
    helpers = [c for c in dependents(verb) if c.dep_ == "aux" or c.lemma_ == "do"]
    return kept or [s for helper in helpers for s in children(helper, "nsubj")]


def _heading(subject: Token, verb: Token) -> bool:
    """Whether a subject is a heading that opens the sentence before a colon, with the verb
    after it: "Photos: smoke rises over the city", "Senator Roe: the decision needs more
    scrutiny". The parser may hang the heading on the verb as its only subject when it
    misreads the real one; the heading names a page's section or who speaks, not who acts
    (who speaks is the source)."""
    after = subject.i + 1
    return (
        after < verb.i
        and subject.doc[after].text == ":"
        # ``subject.sent`` would ask the whole document whether it has sentence bounds
        and subject.left_edge.i == sentence_of(subject).start
    )


def _after_heading(subjects: list[Token]) -> list[Token]:
    """The subjects after a colon when the parser also hangs the heading before it on the
    verb as a subject: "Photos: a sailor kisses a nurse", "The Latest: three towns cast
    their votes", "Gingrich: Trump must decide". The heading names the page's section or
    who speaks, not who acts. Empty when no colon parts them."""
    if len(subjects) < 2:
        return []
    doc = subjects[0].doc
    colons = [t.i for t in doc[subjects[0].i : subjects[-1].i] if t.text == ":"]
    return [s for s in subjects if colons and s.i > colons[0]]


#: Words that stand as a subject for someone or something named elsewhere or nowhere:
#: the question words and relative pronouns ("who pulled the trigger", "what caused the
#: fire"), among them "that" standing for a whole happening ("That brought him another
#: sentence"; "this", "these" and "those" are not in the set and stay actors).
_OPEN_PRONOUNS = RELATIVE_PRONOUNS | {"what", "whoever", "whatever", "whichever"}


def bound_pronoun(actor: Token | None) -> Token | None:
    """No actor for a question word or relative pronoun left as the doer.

    A relative pronoun whose clause hangs on its noun was already read as that noun
    ("the rebels who stormed" -> the rebels). One still standing alone is a question
    ("investigators do not know who fired it"), a free relative ("what caused the
    fire"), or a clause the parser hung elsewhere: it names no one the graph can join,
    and an empty role is better than a word that says nothing.
    """
    if actor is None or actor.lower_ not in _OPEN_PRONOUNS:
        return actor
    if any(c.dep_ in {"compound", "amod", "prep"} for c in dependents(actor)):
        return actor  # a noun phrase after all ("that deal" has "that" as its det, not head)
    return None


def bound_it(actor: Token | None) -> Token | None:
    """The country or organisation an "it" in a subordinate clause stands for: the subject
    of the clause above it ("The United States has a base in Turkey, where it carries
    out strikes"; "Britain would lose weight if it voted to leave").

    A subject pronoun continues the subject of the clause it depends on, also when that
    clause is no event (resolution sees only the events' actors). Not in the clause of
    a verb of saying ("the ministry said it had ..."), which resolution reads with its
    speaker, nor when the subject above is no named country or organisation, and not
    "it" of a verb whose "it" is mostly a dummy. In the clause of a verb of saying, "it"
    is the speaker when that is a body named by a common noun alone (see
    :func:`_unnamed_body`); a named speaker is left to resolution.
    """
    if actor is None or actor.lower_ != "it" or actor.dep_ != "nsubj":
        return actor
    clause = actor.head
    if clause.dep_ == "ccomp" and clause.head.lemma_ in REPORTING_VERBS:
        # "the agency said it had seized ...": the agency, when no name is given for it
        # (a named speaker is read by resolution).
        return _unnamed_body(clause.head, clause) or actor
    if clause.lemma_.lower() in DUMMY_IT_VERBS or clause.dep_ not in {"advcl", "relcl", "conj"}:
        return actor
    node = clause.head
    while True:
        if node.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in dependents(node) if c.dep_ in SUBJECT_DEPS]
            if subjects:
                break
        if node.dep_ == "ccomp" and node.head.lemma_ in REPORTING_VERBS:
            return _unnamed_body(node.head, clause) or actor
        if node.head.i == node.i:
            return actor
        node = node.head
    if node.lemma_ in REPORTING_VERBS:
        return actor
    subject = subjects[0]
    if subject.pos_ == "PROPN" and subject.ent_type_ in {"ORG", "GPE"}:
        return subject
    if clause.dep_ == "advcl" and _thing_alone_before(subject, actor):
        # "the frigate was cruising near the islands when it raced to ...": the frigate,
        # which no entity names for resolution to find.
        return subject
    return actor


#: WordNet files of a noun that is no thing "it" stands for: a person is "he" or "she",
#: a number or a share is of something else ("sixty percent"), a time is when.
_NO_THING_CLASSES = frozenset({NOUN_PERSON, NOUN_QUANTITY, NOUN_RELATION, NOUN_TIME})


def _thing_alone_before(subject: Token, pronoun: Token) -> bool:
    """Whether a subject named by a common noun is what an "it" after it in an adverbial
    clause of its verb stands for: a singular noun of a thing or a body (its first
    WordNet sense not :data:`_NO_THING_CLASSES`), with no number, not joined to
    another, and nothing singular outside it between the two ("the tug towed the barge
    until it sank": the tug or the barge)."""
    if subject.tag_ != "NN" or subject.i > pronoun.i or subject.like_num:
        return False
    if any(c.dep_ in {"nummod", "conj"} for c in dependents(subject)):
        return False
    senses = noun_classes(subject.lemma_.lower())[:1]
    if not senses or senses[0] in _NO_THING_CLASSES:
        return False
    inside = {t.i for t in subject.subtree}
    between = (t for t in subject.doc[min(inside) : pronoun.i] if t.i not in inside)
    return not any(t.tag_ in {"NN", "NNP", "PRP"} or t.lower_ in {"this", "that"} for t in between)


#: Nouns of a text, not a body: "the report said it ..." may mean anyone.
_TEXT_NOUNS = frozenset(
    """
    analysis article book document email filing letter memo note paper post release report
    statement study survey text tweet video website
    """.split()
)


def _unnamed_body(verb: Token, clause: Token) -> Token | None:
    """The speaker of a reporting verb when it is a body named by a common noun alone ("the
    agency", "the ministry", "the company"): what "it" in its words (``clause``, the verb
    of "it") stands for. Not when that verb is a happening's with nothing done to anything
    ("the fire service said it started in the kitchen": the fire), nor when the speaker is
    a place ("the hospital said it had treated ...": a place acts for no one in the graph,
    and the "it" is left to resolution)."""
    subjects = children(verb, "nsubj")
    if not subjects:
        return None
    speaker = subjects[0]
    if speaker.pos_ != "NOUN" or speaker.tag_ != "NN" or speaker.ent_type_ not in {"", "ORG"}:
        return None
    if speaker.lemma_.lower() in _TEXT_NOUNS | PLACE_NOUNS or names_a_person(speaker):
        return None
    if clause.lemma_.lower() in HAPPENING_VERBS and not any(
        c.dep_ in {"dobj", "xcomp", "ccomp"} for c in dependents(clause)
    ):
        return None
    return speaker


def named_apposition(actor: Token | None) -> Token | None:
    """The name an unnamed actor is given in apposition: "the interior minister, Jane
    Roe, sent ..." and "the technology firm Acme manages ..." name Jane Roe and Acme,
    whom the graph can join to their other mentions; a title alone names no one."""
    if actor is None:
        return None
    if actor.lower_ in {"one", "another"}:
        # "One of the guards, Peter Lang, opened fire": Peter Lang; "Another, Acme, said"
        named = name_after_pronoun(actor)
        if named.i != actor.i:
            return named
    elif actor.ent_type_ or actor.pos_ not in {"NOUN", "PROPN"}:
        return actor
    title = quoted_title(actor)
    if title is not None:
        return title
    for child in dependents(actor):
        if child.dep_ != "appos" or child.i < actor.i or child.pos_ != "PROPN":
            continue
        if child.ent_type_ in {"PERSON", "ORG"} or (not child.ent_type_ and child.i == actor.i + 1):
            return child
    return _name_before_description(actor) or _name_after_body(actor) or actor


def _name_before_description(actor: Token) -> Token | None:
    """The name a description stands beside, set off by a comma: "hired Acme Labs, a firm
    that tests bridges" (the firm that tests them is Acme Labs), "Jane Roe, the lawyer who
    filed the suit". The relative clause's doer is the description; the name is whom the
    graph can join. Only a noun for a body beside an organisation's, a country's or a
    people's name, and a noun first of all for a person or one for a body beside a
    person's name or a name the model gave no type ("engaged KTRB, the organization which
    rates them"): an act beside a name is what was done to it ("fined Acme, a decision
    that angered its investors": Acme angered no one), as resolution reads it."""
    name = actor.head
    if actor.dep_ != "appos" or actor.pos_ != "NOUN" or name.i > actor.i or name.pos_ != "PROPN":
        return None
    if actor.left_edge.i != name.i + 2 or actor.doc[name.i + 1].text != ",":
        return None  # right after the name and its comma: the parse may hang it far off
    lemma = actor.lemma_.lower()
    senses = noun_classes(lemma)[:2]
    a_person = senses[:1] == (NOUN_PERSON,)
    a_body = lemma in ORGANIZATION_KIND_WORDS or (NOUN_GROUP in senses and not a_person)
    if name.ent_type_ in {"ORG", "GPE", "NORP"}:
        return name if a_body else None
    # The model types many a firm's name as a person's ("Orbis Labs, a firm that ...").
    return name if name.ent_type_ in {"", "PERSON"} and (a_person or a_body) else None


def quoted_title(noun: Token) -> Token | None:
    """The title in quotation marks right after a common noun that says what kind of work
    it is: in 'crime drama "Night Ride" won' and 'her memoir "Open Roads" sold', the work
    is the title; the kind alone names no work the graph can join to its other mentions."""
    after = noun.i + 1
    if after >= len(noun.doc) or noun.doc[after].tag_ != "``":
        return None
    # The parser hangs the title on the kind as an apposition, or on the verb as a second
    # subject beside it ('drama "Night Ride" won': two subjects).
    beside = [c for c in children(noun.head, noun.dep_) if c.i > noun.i]
    for title in [*children(noun, "appos"), *beside]:
        if title.left_edge.i == after and title.pos_ in {"PROPN", "NOUN"}:
            return title if noun.doc[after + 1].text[:1].isupper() else None
    return None


#: Prepositions that tie a person to the body they work for: "a spokesman for Acme".
_BODY_PREPOSITIONS = frozenset({"for", "of", "at", "with"})


def _name_after_body(actor: Token) -> Token | None:
    """The person named after the body an unnamed actor works for: in "a spokesman for
    Acme, Jane Roe, closed ...", the parse hangs the name on Acme, but a person is no
    apposition to an organisation or a place; the name is the spokesman's."""
    for prep in dependents(actor):
        if prep.dep_ != "prep" or prep.lower_ not in _BODY_PREPOSITIONS:
            continue
        for body in dependents(prep):
            if body.dep_ != "pobj" or body.ent_type_ not in {"ORG", "GPE", "NORP"}:
                continue
            for child in dependents(body):
                if child.dep_ != "appos" or child.i < body.i or child.ent_type_ != "PERSON":
                    continue
                if actor.doc[child.left_edge.i - 1].text == ",":  # not "(Al Qaeda ...)"
                    return child
    return None


def _entailed_gerund(verb: Token) -> bool:
    """Whether ``verb`` is the gerund of an act that what a verb's subject is calls for
    (:data:`~kg.lang.en.ENTAILING_VERBS`): "the job requires driving at night"."""
    return (
        verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ENTAILING_VERBS
    )


def _advice_to_anyone(verb: Token) -> bool:
    """Whether the gerund of a verb of advising is put forward for anyone, its doer unnamed
    (:data:`~kg.lang.en.ADVISING_VERBS`): "doctors advise keeping windows open", "the
    study suggested eating less salt", "has advocated closing the mine". A named party or
    a pronoun that suggests a course may mean its own: "the Smiths suggested moving
    abroad", "they suggested meeting on Monday" (they move, they meet); a common noun
    does not tell ("doctors suggested eating less salt"), so it names no doer."""
    lemma = verb.lemma_.lower()
    if lemma not in ADVISING_VERBS:
        return False
    if lemma != "suggest":
        return True
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    return subject is None or not (
        subject.ent_type_ in AGENT_LABELS or (subject.pos_ == "PRON" and subject.lower_ != "it")
    )


def _extraposed_clause(subject: Token, verb: Token) -> bool:
    """Whether a subject "it" stands for a clause after its verb, the true subject: "it
    helped that the rain stopped", "it hurts to lose a final", "it worried them that no one
    called" (:data:`~kg.lang.en.EXTRAPOSING_VERBS`); a "that" clause or an infinitive. A
    clause with no "that" is the verb's own complement: "it will help farmers sell their
    crops" (the "it" helps)."""
    if subject.lower_ != "it" or verb.lemma_.lower() not in EXTRAPOSING_VERBS:
        return False
    if any(c.dep_ == "xcomp" and not infinitive(c) for c in dependents(verb)):
        return False  # "it would help secure the goal ... that ...": "it" helps
    return any(
        c.i > verb.i
        and (
            (c.dep_ == "ccomp" and subordinators(c) == {"that"} and has_subject(c))
            or (c.dep_ in {"xcomp", "advcl", "ccomp"} and infinitive(c) and not has_subject(c))
        )
        for c in dependents(verb)
    )


#: Quantifiers that float after the noun they count: "the pair both agreed", "the men all left".
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _town_before_bare_gerund(subject: Token, verb: Token) -> bool:
    """Whether the parser made a town's name and the "-ing" noun after it a subject and its
    verb: "was linked to Ostrava shooting", a headline's noun with its article dropped. The
    "-ing" word has nothing of its own after it, and the town (not a country, which may
    act: "Kestria shooting down drones") names where it happened."""
    return (
        verb.tag_ == "VBG"
        and subject.i == verb.i - 1
        and subject.ent_type_ == "GPE"
        and not country_name(subject)
        and not any(c.i > verb.i and c.dep_ != "punct" for c in dependents(verb))
    )


def _floating_quantifier(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` is a bare "both", "all" or "each" right after the noun it counts,
    parsed as the subject of a relative clause on that noun ("The couple both took aim":
    "took" a relative clause on "couple"); not "all of whom" nor "the votes, all counted"."""
    noun = verb.head
    return (
        subject.lower_ in _FLOATING_QUANTIFIERS
        and not any(True for _ in dependents(subject))
        and verb.dep_ == "relcl"
        and noun.pos_ in {"NOUN", "PROPN"}
        and subject.i == noun.i + 1
        and subject.i < verb.i
    )


def _wh_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive asked about: "whether to sell", "how much to buy",
    "what to do", "when to leave"."""
    to = next((c for c in dependents(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    words = (*dependents(verb), *(g for c in dependents(verb) for g in dependents(c)))
    return any(
        w.i < to.i
        and (w.tag_ in {"WRB", "WP", "WDT"} or (w.dep_ == "mark" and w.lower_ == "whether"))
        for w in words
    )


def _decider(verb: Token) -> Token | None:
    """Who does an infinitive asked about: the one who decides, asks or is told it. The
    parser hangs it on the verb as a clause ("we shall see how much to order") or on a
    preposition ("voted on whether to strike", "argued over how much to charge")."""
    governor = verb.head
    if verb.dep_ == "pcomp":
        governor = governor.head
        if governor.pos_ == "ADJ" and governor.dep_ in {"acomp", "oprd"}:
            governor = governor.head  # "they were unsure about whether to stay"
    if governor.pos_ not in {"VERB", "AUX"}:
        return None  # "the question of whether to arm them": no one is named
    if governor.lemma_ == "be" and verb.dep_ != "pcomp":
        return _question_holder(governor)  # "the problem we face is how to pay"
    if governor.lemma_.lower() not in ASKING_VERBS:
        for dep in ("dobj", "dative"):
            for obj in children(governor, dep):
                return obj  # "told them when to leave"
    for subject in children(governor, "nsubjpass"):
        return antecedent(subject, governor)  # "they were told what to bring"
    if _extraposed(governor) or _told_how(verb, governor):
        return None
    return verb_actor(governor, passive=False)


def _question_holder(be: Token) -> Token | None:
    """Who does the infinitive asked about after "be": not the noun before "be", which
    names the question ("the problem is how to pay"), but the subject of its relative
    clause ("the problem we face is how to pay": we) or its owner ("our task is how to
    ..."); no one else is named. A pronoun or a name before "be" keeps the verb's actor."""
    subject = _subject_of(be)
    if subject is None or subject.pos_ != "NOUN":
        return verb_actor(be, passive=False)
    for clause in children(subject, "relcl"):
        for holder in children(clause, "nsubj"):
            if holder.lower_ not in RELATIVE_PRONOUNS:
                return holder
    return _noun_owner(subject)


def _gerund_complement(be: Token) -> bool:
    """Whether "being" after "is" or "was" is a gerund the copula's subject is said to
    be, as the parser makes "is" its auxiliary: "the worst part of it is not being able to
    vote" (the part does not vote). Only with a thing for subject: "he was being careful
    to wait" stays his."""
    if be.lemma_ != "be" or be.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in dependents(be)):
        return False
    subject = _subject_of(be)
    return subject is not None and _only_undergoes(subject)


def _told_how(verb: Token, governor: Token) -> bool:
    """Whether an infinitive asked about is what a verb of saying tells ("she explained how
    to fold a napkin", "said what to bring"): told to anyone, not done by the teller; unlike
    what one thinks about ("thinking about how to win": the thinker wins)."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb_kind(governor.lemma_) == "Statement"


#: Verbs whose subject is the act hung on them, or what that act is part of, not its
#: doer: "this is to deny", "the research involved feeding bees", "the conditions
#: include staying away", "this entails gaining permits", "the raid consisted of firing".
_BEING_VERBS = frozenset({"be", "involve", "include", "entail", "mean", "require", "consist"})


#: Verbs that say what a plan, a platform or a programme is about: "focuses on boosting".
_FOCUS_VERBS = frozenset({"focus", "centre", "center", "concentrate"})


def _aim_of_a_thing(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is a thing that cannot act, said to be about the act that hangs on
    ``verb`` ("the platform focuses on boosting jobs", "the plan centres on cutting costs")."""
    return (
        verb.lemma_.lower() in _FOCUS_VERBS
        and subject.dep_ == "nsubj"
        and subject.head.i == verb.i
        and _only_undergoes(subject)
    )


def _doer_not_the_act(verb: Token) -> Token | None:
    """The doer of ``verb`` as the one who does what hangs on it, but for a subject of
    "be" that is said to be that act, not to do it: "this is not to deny the facts",
    "this is the wrong way to run a country", "the extradition is a bid to move him"
    name no doer ("this" and "that" alone, or a noun of no one who can act, with no
    owner to stand for: "the club's preference is to sign him" is the club's); "the
    minister is to resign", "she is the right choice to lead" do, and so may a thing
    made ("a ship is under way to carry out repairs": its crew). So for the subject of
    a verb that says what an act is part of ("the treatment involves removing the
    tumour", "the duties include checking passes"): the treatment removes nothing."""
    doer = verb_actor(verb, passive=False)
    if doer is not None and _aim_of_a_thing(verb, doer):
        # "his platform focuses on boosting jobs": the platform's owner boosts them.
        return noun_modifier_doer(doer, None)
    if (
        doer is None
        or verb.lemma_ not in _BEING_VERBS
        or doer.dep_ != "nsubj"
        or doer.head.i != verb.i
    ):
        return doer
    if doer.lower_ in {"this", "that"}:
        return None
    made = verb.lemma_ == "be" and NOUN_ARTIFACT in noun_classes(doer.lemma_.lower())
    return None if stands_for_no_doer(doer) and not made else doer


def _intent_taken_for_subject(subject: Token, verb: Token) -> bool:
    """Whether the parse made a noun of intent or request the subject of the infinitive
    after it ("the mayor's push to approve the tower angered them", "the firm's bid to
    build it failed"), not "for the plan to work", where the noun is the subject."""
    return (
        subject.dep_ == "nsubj"
        and subject.i < verb.i
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() in _CONTROLLER_NOUNS | REQUEST_NOUNS
        and infinitive(verb)
        and not children(verb, "mark")
    )


def _capacity_taken_for_subject(subject: Token, verb: Token) -> bool:
    """Whether the parse made a noun of a power to act (:data:`~kg.lang.en.CAPACITY_NOUNS`)
    the subject of the infinitive after it, read as "for X to V": "called for new powers to
    ban imports", "pressed for the right to strike". A power is held, and does nothing."""
    return (
        subject.dep_ == "nsubj"
        and subject.i < verb.i
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() in CAPACITY_NOUNS
        and infinitive(verb)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in dependents(verb))
    )


def _intent_doer(noun: Token) -> Token | None:
    """Who does the act a noun of intent is to: its owner ("the firm's bid to build"), not
    the one who asks or presses others ("the union's call to strike", "the mayor's push to
    approve"), nor the noun itself."""
    if noun.lemma_.lower() in _PRESSING:
        return None
    return _noun_owner(noun)


def _task_subject(verb: Token) -> Token | None:
    """The subject of "be" when it is a noun that says what is to be done: "the aim" in
    "the aim is to ...", "a purpose, which is to ..."."""
    if verb.lemma_ != "be":
        return None
    subject = _subject_of(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    return subject if subject.lemma_.lower() in _TASK_NOUNS else None


def _agent_of(noun: Token) -> Token | None:
    """The one named after "of" who can act: "the job of the agency", "the aim of Russia"
    (not "the aim of the operation")."""
    for prep in children(noun, "prep"):
        if prep.lower_ == "of":
            for obj in children(prep, "pobj"):
                if obj.ent_type_ in AGENT_LABELS or obj.pos_ == "PRON":
                    return obj
    return None


def _extraposed(verb: Token) -> bool:
    """Whether ``verb`` is "be" with a dummy "it" for a subject and a word that says what
    the deed is ("it is hard to ...", "it would be an honour to ...", "it was never going
    to be easy to ...") or nothing but the infinitive ("rather, it is to deport them": the aim),
    or "it makes sense to ...", "it took so long to ...": the infinitive is the true
    subject, and no one who does it is named."""
    if not _raised_it_subject(verb):
        return False
    if verb.lemma_ == "make":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "sense" for c in dependents(verb))
    if verb.lemma_ == "take":
        # "it was taking so long to count the votes": the time the act takes, no one named
        # (not "what steps it will take to ...": an act the "it" takes).
        return any(c.dep_ == "advmod" and c.lower_ == "long" for c in dependents(verb))
    if verb.lemma_ != "be":
        return False
    said = [
        c
        for c in dependents(verb)
        if c.dep_ in _SAID_OF_THE_ACT or (c.dep_ == "advmod" and c.pos_ == "ADJ")
    ]
    if said:
        return any(c.lemma_.lower() not in CONTROL_ADJECTIVES for c in said)
    return any(c.dep_ == "xcomp" and infinitive(c) for c in dependents(verb))


#: How the word that says what the deed is hangs on "be": "it is hard to", "it is an honour
#: to", and "it's my job to", which the parser may take for an object ("it's best to": an
#: adjective it may take for an adverb).
_SAID_OF_THE_ACT = frozenset({"acomp", "attr", "dobj"})


#: Verbs that pass their subject down to the infinitive after them without acting
#: themselves: "it was going to be hard", "it seems to be easy", "it has to be said".
_SUBJECT_PASSING_VERBS = frozenset({"go", "seem", "appear", "have", "use", "continue", "tend"})


def _raised_it_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is "it", its own or passed down from a verb above it that
    only carries it ("it was never going to be easy": "be" under "going"). The walk goes
    up the tree, one head a step, and stops at the root, so it ends."""
    for _ in range(len(verb.doc)):
        if it_subject(verb):
            return True
        if (
            verb.dep_ != "xcomp"
            or not infinitive(verb)
            or verb.head.lemma_.lower() not in _SUBJECT_PASSING_VERBS
            or verb.head.i == verb.i
        ):
            return False
        verb = verb.head
    return False


def _noun_owner(noun: Token) -> Token | None:
    """Who a noun of intent or ability belongs to: its possessor ("the council's refusal"),
    its "by" phrase ("an attempt by the rebels"), or the name, people or body named before
    an intent ("US efforts", "the army attempt"), never a place it names. The one who
    orders, asks or demands is not the one who does it."""
    for child in dependents(noun):
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = children(child, "pobj")
            if objects:
                return objects[0]
    if noun.lemma_.lower() not in _OWNED_INTENTS:
        return None  # "a court order to leave": the one ordered leaves
    named = noun_modifier_doer(noun, named_place(noun))
    if named is not None:
        return named
    for child in children(noun, "compound"):
        if not child.ent_type_ and _can_take_time(child):
            return child  # "the council efforts to clear the harbour"
    return _owner_after(noun)


def _owner_after(noun: Token) -> Token | None:
    """Who an "of", a "from" or an "on the part of" after a noun of intent names, if it is
    someone who can act: "the efforts of police to calm the crowd", "the willingness of
    reporters to wait", "an offer from the union to end the strike", "no desire on his part
    to lead" (not a thing or a time: "the threat of violence to", "the plans of May to")."""
    for prep in children(noun, "prep"):
        for obj in children(prep, "pobj"):
            if prep.lower_ == "on" and obj.lower_ == "part":
                owner = next(iter(children(obj, "poss")), None) or _agent_after_of(obj)
            elif prep.lower_ in {"of", "from"}:
                owner = obj
            else:
                continue
            if owner is not None and owner.ent_type_ not in TIME_LABELS and _can_take_time(owner):
                return owner
    return None


def _agent_after_of(noun: Token) -> Token | None:
    """The object of the "of" after ``noun`` ("the part of the council")."""
    for prep in children(noun, "prep"):
        if prep.lower_ == "of":
            for obj in children(prep, "pobj"):
                return obj
    return None


#: Verbs whose object is the means of the infinitive after it, not its doer: "used tear
#: gas to disperse the crowd", "employed drones to find them".
_USING_VERBS = frozenset({"use", "employ", "utilise", "utilize"})

#: Verbs whose passive subject does what follows: "was seen leaving", "was told to leave".
_SEEN_OR_ASKED = REQUEST_VERBS | frozenset(
    "see hear watch picture photograph film show spot catch observe record".split()
)


def _cleft_focus(verb: Token) -> Token | None:
    """What a cleft puts first: "It was the rebels who attacked", "it was three rockets
    that claimed the lives". The parse hangs the relative clause on "was" (or on the
    noun, which the relative clause rule reads); the focus is the noun after "was"."""
    be = verb.head
    if verb.dep_ not in {"ccomp", "relcl", "advcl"} or be.lemma_ != "be":
        return None
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in dependents(be)):
        return None
    focus = [c for c in dependents(be) if c.dep_ == "attr" and c.i < verb.i]
    return focus[0] if focus else None


def _reporter_above(verb: Token) -> Token | None:
    """The subject of the nearest reporting verb above ``verb``, the reported clauses
    included: in "The official said that they had lost ground, stressing that ...",
    "stressing" goes on with the official's words, wherever the parse hung it."""
    node = verb
    while True:
        if node.lemma_ in REPORTING_VERBS and node.pos_ == "VERB":
            subjects = children(node, "nsubj")
            return subjects[0] if subjects else None
        if node.head.i == node.i:
            return None
        node = node.head


#: Nouns for a part of doing something: whoever starts, ends or is in the stage of doing
#: it does it ("began the process of withdrawing").
_STAGE_NOUNS = frozenset({"stage", "phase", "process", "task", "job", "work", "business"})


def _gerund_subject(gerund: Token) -> Token | None:
    """Who does what a gerund after a preposition names: the subject of the clause above.

    "Troops entered the town after shelling it", "He was arrested after attacking a guard",
    "The government is known for carrying out executions": English leaves the doer of
    such an adjunct unsaid because it is the clause's subject.
    """
    governor = gerund.head.head  # the word the preposition hangs on
    if empty_it(governor):
        return None  # "when it comes to paying taxes": a topic; the empty "it" does nothing
    if _what_it_is_about(gerund):
        return None  # "it is about trying to win": what the matter is, done by no one named
    if gerund.head.lower_ in AMID_PREPOSITIONS:
        # "airlines cancelled flights amid fighting in Syria", "the statement comes amid
        # growing tensions": what an act happens amid is the scene around it, done by
        # others the sentence leaves unsaid, never by the clause's subject.
        return None
    described = _described_as(gerund)
    if described is not None:
        return described
    kept = _kept_from(gerund)
    if kept is not None:
        return kept
    if brought_near(governor):
        return _doer_brought_near(governor)
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        governor = governor.head  # "is known for carrying out"
    if (
        governor.pos_ == "NOUN"
        and governor.lemma_.lower() in _STAGE_NOUNS
        and gerund.head.lower_ == "of"
        and governor.dep_ == "dobj"
        and governor.head.pos_ == "VERB"
    ):
        # "the guards began the stage of sealing the harbour": who began the stage seals it.
        return verb_actor(governor.head, passive=False)
    if (
        governor.lemma_.lower() in GERUND_PREPOSITION_NOUNS
        and governor.dep_ == "pobj"
        and governor.head.dep_ == "prep"
        and governor.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "in addition to adding warheads, the navy sought ...", "instead of firing": the
        # noun is part of a preposition; the clause's subject does the gerund.
        governor = governor.head.head
    elif (
        governor.pos_ == "NOUN"
        and governor.lemma_.lower() in _TASK_NOUNS
        and gerund.head.dep_ == "prep"
    ):
        # "his strategy for defeating the rebels", "Russia's threat of cutting supplies",
        # "the party's chance of winning": whose plan, intent or chance it is does it, as
        # with an infinitive ("his plan to defeat"); with no owner, no one is named.
        return _noun_owner(governor)
    elif _verdict_for_deed(governor, gerund):
        # "the club drew criticism for backing him": who gets the blame did the deed
        governor = governor.head
    elif governor.pos_ not in {"VERB", "AUX"} or gerund.head.dep_ != "prep":
        return None  # "the risk of attacking": a noun's complement has no subject to lend
    passive_subjects = children(governor, "nsubjpass")
    if passive_subjects and not children(governor, "agent"):
        doer = antecedent(passive_subjects[0], governor)
        return None if doer is not None and _thing_done_to(doer) else doer
    return _doer_not_the_act(governor)


def _verdict_for_deed(noun: Token, gerund: Token) -> bool:
    """Whether ``gerund`` is the deed the praise or blame ``noun`` is got for: "won an award
    for cleaning the river", "made headlines for backing him" (:data:`~kg.lang.en.VERDICT_NOUNS`
    as the object of a verb of getting)."""
    return (
        gerund.head.lower_ == "for"
        and gerund.head.dep_ == "prep"
        and noun.dep_ == "dobj"
        and noun.lemma_.lower() in VERDICT_NOUNS
        and noun.head.lemma_.lower() in VERDICT_GETTING_VERBS
    )


#: Pronouns that stand for a matter or a situation, not for someone who acts.
_MATTER_PRONOUNS = frozenset({"it", "this", "that"})


def _doer_brought_near(nearness: Token) -> Token | None:
    """Who would do the act one is brought close to: the object of the verb when it has
    one before "closer" ("the aid moved us closer to wiping them out": we would), else
    the verb's own doer ("the city moved a step closer to closing the mine"). Not a
    matter said to be a step closer ("this is a step closer to lifting the cup": the one
    who lifts it is not the "this")."""
    verb = nearness.head
    for obj in children(verb, "dobj"):
        if obj.i < nearness.i:
            return antecedent(obj, verb)
    subjects = children(verb, "nsubj")
    if any(s.i > verb.i for s in subjects):
        return None  # "never led, or even came close to leading, either race": a misparse
    if verb.lemma_ == "be" and any(s.lower_ in _MATTER_PRONOUNS for s in subjects):
        return None
    passive_subjects = children(verb, "nsubjpass")
    if passive_subjects:
        return antecedent(passive_subjects[0], verb)  # "was brought closer to signing"
    return _doer_not_the_act(verb)


def _what_it_is_about(gerund: Token) -> bool:
    """Whether a gerund after "about" says what a matter is: "it is about trying to get it
    right", "this is all about keeping costs down". The "it" or "this" stands for the
    matter, which does nothing; the doer is left unsaid."""
    preposition = gerund.head
    verb = preposition.head
    return (
        preposition.lower_ == "about"
        and verb.lemma_.lower() == "be"
        and any(s.lower_ in _MATTER_PRONOUNS for s in children(verb, "nsubj"))
    )


def _thing_done_to(subject: Token) -> bool:
    """Whether the passive subject of a verb with a gerund after a preposition is a thing
    done to that does not do the gerund: "fines can be imposed for falsely stating ...",
    "the plan would be funded by taxing trades" (whoever does it is not named, as with
    "tents were brought to shelter the families"). A made thing that moves or works of
    itself still may: "the ship was seized after entering the harbour"."""
    if not stands_for_no_doer(subject):
        return False
    senses = noun_classes(subject.lemma_.lower())
    return not senses or senses[0] != NOUN_ARTIFACT


def _kept_from(gerund: Token) -> Token | None:
    """The one a preventing verb keeps from the act its gerund after "from" names: "police
    stopped the marchers from entering the square", "the law bars landlords from evicting
    tenants", "urged the minister to block the firm from closing the plant". The object
    would have done it; the one who prevents does not. (A passive, "were barred from
    leaving", has its subject do it, as any gerund after a preposition does.)"""
    preposition = gerund.head
    # a second "from" joined to the first ("from hiring staff or from opening a shop")
    verb = kept_from(preposition) if preposition.dep_ in {"prep", "conj"} else None
    if verb is None:
        return None
    for obj in children(verb, "dobj"):
        if obj.i < preposition.i:
            return antecedent(obj, verb)  # "the people whom the guards kept from leaving"
    return None


def _described_as(gerund: Token) -> Token | None:
    """The object of the verb when the gerund after its "as" says what that object does:
    "the agency quoted the minister as saying", "critics described the mayor as blocking
    the inquiry", "officials defended the rules as protecting workers", "they saw the
    treaty as requiring cuts". The subject quotes, describes or judges; the object does
    it. ("As well as attacking the port" joins a second act of the subject: the parser
    makes that "as" no preposition.)"""
    preposition = gerund.head
    if preposition.lower_ != "as" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    if verb.pos_ != "VERB":
        return None
    for obj in children(verb, "dobj"):
        between = verb.doc[max(obj.right_edge.i, verb.i) + 1 : preposition.i]
        if obj.i < preposition.i and all(t.is_punct for t in between):
            # Not "defending democracy so much as creating it": the "as" compares two acts.
            return antecedent(obj, verb)  # "the rules that officials defended as ..."
    return None


def argument_for(token: Token) -> Argument:
    if token.pos_ == "PRON" and not phrase_names_whom(token):
        return Argument(text=token.text, start=token.idx, end=token.idx + len(token.text))
    return argument(_without_possessive(noun_phrase(token)))


def _without_possessive(phrase: Span) -> Span:
    """A possessor's phrase without its "'s": "the coach's announcement to retire" is done
    by the coach, not by "the coach's" (also split apart: "the studio ’ s")."""
    end = phrase.end
    if end - phrase.start < 2 or phrase[-1].dep_ != "case":
        return phrase
    end -= 1
    while end - 1 > phrase.start and phrase.doc[end - 1].is_punct:
        end -= 1
    return phrase.doc[phrase.start : end]


def open_possessor(noun: Token, doer: Token) -> bool:
    """Whether "their" before an event noun in an adjunct may be either side of its clause.

    "Troops killed 20 militants during their raid": the raid may be the troops' or the
    militants'; English leaves it to what the reader knows, and so does the nearest
    plural group, which picks the object. When the clause's subject could be "their"
    too (a plural, an organisation or a people, or a pronoun for one) and its object is
    a group of people, the raid gets no actor: none is better than a wrong side. A
    subject that cannot be "their" ("the gunman shot three guards during their patrol")
    leaves the object; a patient noun ("during their arrest") is read by
    :func:`kg.extract.roles.checked`.
    """
    if doer.dep_ != "poss" or doer.lower_ != "their" or noun.lemma_.lower() in PATIENT_NOUNS:
        return False
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    clause = noun.head.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    subjects = children(clause, "nsubj")
    objects = children(clause, "dobj")
    return any(_could_be_their(s) for s in subjects) and any(names_people(o) for o in objects)


def _could_be_their(subject: Token) -> bool:
    """Whether a subject can be what a later "their" stands for: not one person."""
    if subject.lower_ in {"they", "we", "it"}:
        return True
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False
    return (
        subject.tag_ in {"NNS", "NNPS"}
        or subject.ent_type_ in {"ORG", "NORP", "GPE"}
        or (subject.lemma_.lower() in GROUP_ACTOR_NOUNS)
    )


#: Nouns of a happening that two sides do to each other: "clashes between police and
#: protesters", "a battle between troops and insurgents", "talks between the two
#: governments". Both sides named after "between" are its actors.
_RECIPROCAL_NOUNS = frozenset(
    """
    battle clash confrontation conflict exchange fight fighting firefight gunbattle gunfight
    hostility meeting negotiation skirmish standoff talk war
    """.split()
)


def undergone_doer(noun: Token) -> Token | None:
    """Who does the act a bare noun after "under" names, when something undergoes it
    (:func:`~kg.extract.clauses.undergoer`): the subject of "gunmen brought the ship under
    fire", or a "from" or "by" after the noun ("came under attack from rebels", "was under
    fire by the boats"). A place is where the fire came from, not who fired ("came under
    fire from the hills")."""
    if undergoer(noun) is None:
        return None
    host = noun.head.head
    if host.pos_ == "VERB" and host.lemma_.lower() in UNDERGOING_OBJECT_VERBS:
        subject = next(iter(children(host, "nsubj")), None)
        return None if subject is None else antecedent(subject, host)
    for word in (noun, host):
        for preposition in children(word, "prep"):
            if preposition.lower_ not in {"from", "by"} or preposition.i < noun.i:
                continue
            for doer in children(preposition, "pobj"):
                if not (is_place(doer) or _names_ground(doer)):
                    return doer
    return None


#: Nouns of acts that are handed over only ("an order", "an ultimatum"), no event of their own.
_GIVEN_ACTS = frozenset(LIGHT_VERB_ACTS) | REQUEST_NOUNS


def _giver_of_act(verb: Token) -> Token | None:
    """The doer a "by" names when the parse hangs it on the object a passive verb keeps,
    an act: "the city was given an ultimatum by the rebels", "was handed a warning by the
    army" (whoever gives or hands an act over is the one it comes from). Not a thing's
    "by", which names who made it ("was given a book by a famous author")."""
    for noun in children(verb, "dobj"):
        lemma = noun.lemma_.lower()
        if event_action(noun) is None and lemma not in _GIVEN_ACTS:
            continue
        for preposition in children(noun, "prep"):
            if preposition.lower_ == "by" and not by_no_doer(preposition):
                return next(iter(children(preposition, "pobj")), None)
    return None


def performer(noun: Token) -> Token | None:
    """The doer of an act a verb's subject commits or imposes, the act named by a noun: "the
    gang committed a robbery", "the league threatened to impose a trade ban" (the one
    who commits or imposes it does it), and "an embargo was imposed by the council". Not
    what one undergoes ("would not impose death": the one put to death dies), nor a deed one
    is accused of ("charged with committing the murder": the murder happened; whose it was
    is the charge)."""
    if event_action(noun) in SUFFERED_ACTIONS:
        return None
    while noun.dep_ == "conj" and noun.head.i < noun.i and event_action(noun.head) is not None:
        noun = noun.head  # "committed a robbery and a murder": each is theirs
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in PERFORMING_VERBS or _accusation(verb) is not None:
        return None
    return verb_actor(verb, is_passive(verb)) if _told_alike(verb, noun) else None


def _told_alike(verb: Token, noun: Token) -> bool:
    """Whether the committing is told as the act is: both done, both intended ("threatened
    to impose an embargo"), not "did not stoop and commit the crime" said of a crime that
    happened."""
    said_of = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    negated = any(negates(c) for word in said_of for c in dependents(word))
    return modality([verb], verb, negated=negated) == modality([noun], noun)


def _names_ground(noun: Token) -> bool:
    """Whether a noun's most frequent sense is a place or a natural object ("the hills",
    "the ridge"), where fire comes from rather than who fires it."""
    return noun.pos_ == "NOUN" and bool(
        set(noun_classes(noun.lemma_.lower())[:1]) & {NOUN_LOCATION, NOUN_OBJECT}
    )


def between_sides(noun: Token, holder: Token | None = None) -> Token | None:
    """The first of the sides a reciprocal happening is "between" ("clashes between police
    and protesters": police; the others are its conjuncts). Not a time, a number or a
    place: "fighting between 8 and 9 p.m.", "a war between the rivers". ``holder``: the
    word the "between" hangs on when not the noun ("clashes broke out between police and
    protesters": the verb the clashes are the subject of)."""
    if noun.lemma_.lower() not in _RECIPROCAL_NOUNS:
        return None
    for prep in children(holder or noun, "prep"):
        if prep.lower_ != "between":
            continue
        for side in children(prep, "pobj"):
            if side.pos_ not in {"NOUN", "PROPN", "PRON"} or side.ent_type_ in _NOT_SIDES:
                return None
            if side.ent_type_ == "" and side.pos_ == "NOUN" and is_place(side):
                return None
            if not _conjuncts(side):
                return None  # "between them", "between the two sides": no one named apart
            if not all(_can_take_sides(s) for s in (side, *_conjuncts(side))):
                return None  # "the battle between good and evil": ideas, not parties
            return side
    return None


def sides_of_its_subject(verb: Token) -> bool:
    """Whether a verb's "between" names the sides of the happening its subject is: "a
    battle is going on between the army and the rebels", "fighting raged between two
    clans". The sides fight each other; nothing is done to either by the going on."""
    return any(s.lemma_.lower() in _RECIPROCAL_NOUNS for s in children(verb, "nsubj"))


#: Verbs of selling whose subject, with no object, is the thing sold: "the cards sell for
#: $500", "tickets were selling at twice the price", "plenty of them retailing for more".
_MIDDLE_SELLING_VERBS = frozenset({"sell", "resell", "retail"})
#: Nouns of a price: "sell for inflated prices", "sold at a premium".
_PRICE_NOUNS = frozenset({"price", "sum", "amount", "premium", "markup", "profit", "loss"})


def sold_at_a_price(verb: Token) -> bool:
    """Whether a verb of selling is said of the goods, with their price and no object: "the
    cards sell for $500", "dealers have plenty of them selling for inflated prices". The
    goods are not the sellers; "she sold the cards for $500" has its object, and "she
    sells to builders" no price."""
    if verb.lemma_.lower() not in _MIDDLE_SELLING_VERBS or is_passive(verb):
        return False
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in dependents(verb)):
        return False
    return any(
        _a_price(obj)
        for prep in children(verb, "prep")
        if prep.lower_ in {"for", "at"}
        for obj in children(prep, "pobj")
    )


def sold_out(verb: Token, subject: Token) -> bool:
    """Whether "sold out" is said of the goods, its subject a thing or a product that
    cannot sell: "the new oven sold out in a day", "the tickets sold out"; not "the band
    sold out", "the firm sold out to a rival" (a person or a group sells)."""
    if verb.lemma_.lower() not in _MIDDLE_SELLING_VERBS or is_passive(verb):
        return False
    if not any(p.lower_ == "out" for p in children(verb, "prt")):
        return False
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in dependents(verb)):
        return False
    return subject.ent_type_ == "PRODUCT" or _only_undergoes(subject)


def _a_price(noun: Token) -> bool:
    """Whether a noun is a sum of money: "$500", "500 dollars", "inflated prices"."""
    return (
        noun.ent_type_ == "MONEY"
        or noun.lemma_.lower() in _PRICE_NOUNS
        or any(c.tag_ == "$" for c in dependents(noun))
    )


def _can_take_sides(side: Token) -> bool:
    """Whether a side of a reciprocal happening can be a party to it: a name, a pronoun,
    or a common noun one of whose senses is a person or a group ("protesters", "police",
    "the unions"), not an idea or a thing ("good and evil", "price and quality"). A noun
    WordNet does not know (a misspelling, "plice") is given the benefit of the doubt."""
    if side.ent_type_ or side.pos_ != "NOUN":
        return True
    classes = noun_classes(side.lemma_.lower())
    return not classes or bool({NOUN_PERSON, NOUN_GROUP} & set(classes))


_NOT_SIDES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "LOC", "FAC"})


def noun_modifier_doer(noun: Token, place: Token | None) -> Token | None:
    """The doer an event noun names before it: a possessive ("Russia's invasion"), a
    demonym ("Russian strikes") or a name ("Taliban attack"), never ``place``, the place
    it names (:func:`named_place`), nor an event's name (:data:`~kg.lang.en.
    EVENT_NAME_HEADS`: "the Boston Marathon bombings", "an Oscars protest"), nor a common
    word the model took for a name at a sentence's start (:func:`_capitalised_common_word`).
    """
    for child in dependents(noun):
        if (place is not None and child.i == place.i) or (
            child.ent_type_ in TIME_LABELS  # "Saturday's attack"
        ):
            continue
        if child.text in EVENT_NAME_HEADS or _capitalised_common_word(child):
            continue  # "the Boston Marathon bombings", "Solidarity rallies": no one
        if child.dep_ == "poss" and child.lower_ == "whose":
            return _whose(noun)  # "a driver whose truck crashed": the driver's truck
        if child.dep_ == "poss" or (
            child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}
        ):
            return child
        # "nmod": the parser's other label for a name before a noun ("an FBI fraud inquiry");
        # a town so named is no doer ("the Boston attacks").
        if child.dep_ == "nmod" and (
            child.ent_type_ in {"NORP", "ORG"} or (child.ent_type_ == "GPE" and country_name(child))
        ):
            return child
    return None


#: WordNet files of a common noun that may name a body of people as a name: "Labour",
#: "Hamas", "Congress" (groups), people and places.
_NAMING_CLASSES = frozenset({NOUN_GROUP, NOUN_PERSON, NOUN_LOCATION})


def _capitalised_common_word(word: Token) -> bool:
    """Whether a one-word organisation's name opens its sentence and is a common noun whose
    most frequent WordNet sense is no group, person or place: "Solidarity rallies were
    held", "Unity marches began" (capitalised as the sentence's first word, not as a
    name). "Hamas attacks", "Labour protests" keep their doer."""
    if word.ent_type_ != "ORG" or word.i != word.sent.start or word.ent_iob_ != "B":
        return False
    following = word.i + 1
    if following < len(word.doc) and word.doc[following].ent_iob_ == "I":
        return False  # a longer name
    classes = noun_classes(word.lower_)
    return bool(classes) and classes[0] not in _NAMING_CLASSES


#: Event nouns a campaign seeks rather than does: "Nixon's election campaign".
_SOUGHT_NOUNS = frozenset({"election", "reelection", "re-election"})


def undertaking_doer(noun: Token, place: Token | None) -> Token | None:
    """The doer of an event noun that names the kind of a campaign, an operation or a
    programme (:data:`~kg.lang.en.UNDERTAKING_NOUNS`): the undertaking's owner, by "by"
    or before it ("bombing campaigns by the rebels", "Russia's bombing campaign", "NSA
    surveillance programs"), never ``place``. "A bombing campaign" alone names none, and
    an election campaign is run by one who stands in the election, not by who holds it."""
    undertaking = noun.head
    if (
        noun.dep_ != "compound"
        or noun.lemma_.lower() in _SOUGHT_NOUNS
        or undertaking.pos_ != "NOUN"
        or undertaking.lemma_.lower() not in UNDERTAKING_NOUNS
    ):
        return None
    for preposition in children(undertaking, "prep"):
        if preposition.lower_ == "by":
            for doer in children(preposition, "pobj"):
                return doer
    return noun_modifier_doer(undertaking, place)


def _whose(noun: Token) -> Token | None:
    """The noun a relative "whose" on ``noun`` stands for: what the relative clause holding
    ``noun`` hangs on ("a driver whose truck crashed", "the mayor, whose plan ..."), if it
    can act at all ("jets whose sale was held up" are sold); the word "whose" itself names
    no one."""
    for word in (noun, *noun.ancestors):
        if word.dep_ == "relcl":
            return None if _only_undergoes(word.head) else word.head
    return None


def body_before(noun: Token) -> Token | None:
    """The body a noun before an event noun names as its doer: "a police raid", "the
    coalition air strike" (:data:`~kg.lang.en.ACTING_BODY_NOUNS`). Not when the event
    noun itself only says what kind a thing is: "the administration export rules" are
    the administration's rules, and no export is done."""
    if noun.dep_ == "compound":
        return None
    for child in children(noun, "compound"):
        if not child.ent_type_ and child.lemma_.lower() in ACTING_BODY_NOUNS:
            return child
    return None


def doer_argument(actor: Token) -> Argument:
    """The argument for an actor token; a modifier ("Russian" strikes) is one word."""
    if actor.dep_ in {"amod", "compound"}:
        return Argument(
            text=actor.text,
            start=actor.idx,
            end=actor.idx + len(actor.text),
            label=actor.ent_type_,
        )
    return argument_for(actor)


def _accusation(trigger: Token) -> tuple[Token, Token] | None:
    """The accusing verb above a deed ("suspect" in "suspect the ministry of hiding"), and
    the word the deed's preposition hangs on: the verb, or the accused itself."""
    preposition = _deed_preposition(trigger)
    if preposition is None:
        return None
    hung_on = verb = preposition.head
    if verb.dep_ in {"dobj", "nsubjpass"} and verb.pos_ in {"NOUN", "PROPN", "PRON"}:
        verb = verb.head  # the parser hangs "of hiding" on the accused: "the ministry of"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSATION_VERBS:
        return None
    return verb, hung_on


def _deed_preposition(trigger: Token) -> Token | None:
    while trigger.dep_ == "conj":
        trigger = trigger.head  # "accused them of killings, torture and disappearances"
    if trigger.dep_ not in {"pcomp", "pobj"}:
        return None
    preposition = trigger.head
    if preposition.dep_ != "prep" or preposition.lower_ not in ACCUSATION_PREPOSITIONS:
        return None
    return preposition


def accused_doer(trigger: Token) -> Token | None:
    """Who is said to have done the deed: the accused of "accuse/suspect/charge X of V-ing".

    "suspect the ministry of hiding", "X was charged with murdering", "the man accused of
    punching", "a cleric who is accused of orchestrating": the one accused is the doer.
    """
    found = _accusation(trigger)
    if found is None:
        return None
    verb, hung_on = found
    if hung_on.i != verb.i:
        return hung_on  # "accused X's former boss of murder": the noun the deed hangs on
    for obj in children(verb, "dobj"):
        return obj
    for subject in children(verb, "nsubjpass"):
        return antecedent(subject, verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "could be sent to the US and prosecuted for publishing": the first verb's subject.
        for subject in children(verb.head, "nsubjpass"):
            return subject
    return None


def held_responsible(noun: Token) -> Token | None:
    """Who is said to have done a deed by being held to answer for it.

    "The group was behind the bombing", "the men responsible for the attack", "the
    militia claimed responsibility for the raid", "officials held the rebels responsible
    for the shelling": the one behind or responsible did it. The noun needs a deed's
    "for" or "behind"; "stood behind the wall" names no deed (the frames pass only event
    nouns here) and "denied responsibility" owns nothing.
    """
    while noun.dep_ == "conj":
        noun = noun.head  # "responsible for the bombing and the shooting"
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    holder = preposition.head
    found = _held_to_answer(preposition, holder)
    if found is not None and names_no_one(found):
        return None  # "no faction claimed responsibility for the shelling": nobody did it
    return found


def _held_to_answer(preposition: Token, holder: Token) -> Token | None:
    """The one behind or responsible in ``held_responsible``'s shapes, or None."""
    if preposition.lower_ == "behind":
        if holder.pos_ in {"NOUN", "PROPN"}:
            return holder  # "the group behind the attack"
        if holder.lemma_ == "be":
            return _subject_of(holder)  # "Kyiv was behind the attack"
        return None
    if preposition.lower_ != "for":
        return None
    if holder.lemma_.lower() == "responsible" and holder.pos_ == "ADJ":
        for subject in children(holder, "nsubj"):
            return subject  # "held the rebels responsible": the parse's small clause
        if holder.dep_ == "amod" and holder.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return holder.head  # "those responsible for the ambush"
        if holder.dep_ == "acomp":
            return _subject_of(holder.head)  # "they were responsible for the raid"
        if holder.dep_ in {"oprd", "xcomp", "ccomp"}:
            for obj in children(holder.head, "dobj"):
                return obj  # "held the rebels responsible for"
        return None
    if holder.lemma_.lower() == "responsibility" and holder.dep_ == "dobj":
        verb = holder.head
        if verb.lemma_.lower() in RESPONSIBILITY_VERBS and not children(verb, "neg"):
            return _subject_of(verb)  # "the militia claimed responsibility for the raid"
    return None


def name_before_deed(actor: Token, deed: Token) -> Argument:
    """The actor's phrase up to the modifier after it that leads to the deed ("the gang"
    of "the gang responsible for the raid")."""
    phrase = noun_phrase(actor)
    cut = min(
        (
            c.left_edge.i
            for c in dependents(actor)
            if c.i > actor.i and c.left_edge.i <= deed.i <= c.right_edge.i
        ),
        default=phrase.end,
    )
    return argument(actor.doc[phrase.start : max(cut, actor.i + 1)])


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb; the noun a relative clause hangs on for "who"/"that"."""
    for subject in children(verb, "nsubj"):
        return antecedent(subject, verb)
    return None


def announcer(noun: Token) -> Token | None:
    """The subject of "X announced the capture of Y": X claims its own action. Not the
    subject of a verb that tells of what happened ("survivors recounted the shooting",
    "the station reported the attack"): one who tells of an act need not have done it."""
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    claims_own_action = EVENT_NOUNS.get(noun.lemma_.lower()) not in SUFFERED_ACTIONS
    # "pledged an increase", "vowed a withdrawal": the one who promises will do it.
    own_word = (
        verb.lemma_ in REPORTING_VERBS and verb.lemma_ not in TELLING_OF_VERBS
    ) or verb.lemma_ in PROMISE_VERBS
    if noun.dep_ == "dobj" and own_word and claims_own_action:
        subjects = children(verb, "nsubj")
        return subjects[0] if subjects else None
    return None


def split_coordinated_actors(frame: Frame) -> Iterator[Frame]:
    """One frame per coordinated subject and object.

    "Russia and Belarus attacked" gives two events, and so does "seized the port
    and the railway station"; the copies share the trigger and differ in ``part``.
    """
    yield frame
    part = 0
    if frame.actor is not None:
        conjuncts = _conjuncts(frame.actor)
        if not conjuncts and frame.actor.dep_ == "appos" and quoted_title(frame.actor.head):
            conjuncts = _conjuncts(frame.actor.head)  # 'drama "X" and comedy "Y"'
        for conj in conjuncts + _subject_beside(frame.actor):
            conj = quoted_title(conj) or conj
            part += 1
            yield dataclasses.replace(
                frame, actor=conj, actor_argument=argument_for(conj), part=part
            )
    if frame.target_token is not None and not frame.reporting:
        for conj in _conjuncts(frame.target_token):
            part += 1
            amount = _gapped_amount(frame, conj)
            if amount is not None:
                # "Leeds hit 14 degrees and York, 15 degrees": York hit 15 degrees
                yield dataclasses.replace(
                    frame,
                    actor=conj,
                    actor_argument=argument_for(conj),
                    target=argument(noun_phrase(amount)),
                    target_token=amount,
                    part=part,
                )
                continue
            target = argument(noun_phrase(conj))
            yield dataclasses.replace(frame, target=target, target_token=conj, part=part)


#: Entity labels of an amount a gapped clause may give its second subject.
_AMOUNT_LABELS = frozenset({"PERCENT", "QUANTITY", "MONEY", "CARDINAL"})


def _gapped_amount(frame: Frame, conj: Token) -> Token | None:
    """The amount of a gapped clause whose verb is left out: "Leeds hit 14 degrees and
    York, 15 degrees", "the pound fell 2 percent and the euro, 1 percent". The parse
    takes the second subject for a conjunct of the object and hangs its amount, set off
    by a comma, on either as an apposition; the second subject did the same act to its
    own amount. Only when the verb has a subject of its own and both objects are
    amounts, the second a name or a noun that is no amount."""
    first = frame.target_token
    if frame.actor is None or first is None or first.ent_type_ not in _AMOUNT_LABELS:
        return None
    if conj.ent_type_ in _AMOUNT_LABELS or conj.like_num:
        return None
    after = conj.right_edge.i + 1
    if after >= len(conj.doc) or conj.doc[after].text != ",":
        return None
    for holder in (conj, first):
        for amount in children(holder, "appos"):
            if amount.left_edge.i == after + 1 and amount.ent_type_ in _AMOUNT_LABELS:
                return amount
    return None


def _subject_beside(subject: Token) -> list[Token]:
    """A second subject that the parse hung on the verb beside the first instead of on it
    as a conjunct: in "The debate and the outcome could turn on X", both "debate" and
    "outcome" are the verb's subjects, with the "and" on the first. Only a noun right
    after that "and", before the verb, with no verb between the two: "The general
    spoke, and the campaign has touted it" is two clauses. Not after a comma ("its
    biography, and a study called ...") or after the object of a preposition ("Pirates
    on a dhow and a skiff attacked": the "and" may join the preposition's objects)."""
    if subject.dep_ != "nsubj" or any(c.dep_ == "conj" for c in dependents(subject)):
        return []
    joins = [c for c in dependents(subject) if c.dep_ == "cc" and c.lower_ == "and"]
    verb = subject.head
    if not joins or verb.i < subject.i or _after_comma_or_preposition(joins[-1], subject):
        return []
    beside = [
        c
        for c in dependents(verb)
        if c.dep_ == "nsubj" and joins[-1].i < c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}
    ]
    if len(beside) != 1 or beside[0].left_edge.i != joins[-1].i + 1:
        return []
    between = subject.doc[subject.i + 1 : beside[0].i]
    return [] if any(t.pos_ in {"VERB", "AUX"} for t in between) else beside


def _after_comma_or_preposition(word: Token, subject: Token) -> bool:
    """Whether the word before ``word`` is a comma or lies in a prepositional phrase of
    ``subject``."""
    before = word.doc[word.i - 1]
    if before.text == ",":
        return True
    while before.i != subject.i and before.head.i != before.i:
        if before.dep_ in {"prep", "pobj"}:
            return True
        before = before.head
    return False


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in dependents(token):
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}:
            found.append(child)
            found += _conjuncts(child)
    return found
