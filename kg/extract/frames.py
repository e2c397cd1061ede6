"""Event frames from the dependency parse: who did what to whom, where, when.

A frame is built around a trigger: a verb ("shelled", "took control"), or a
noun that news uses for an action ("the attack on Kharkiv", "Russian losses").
The rules read spaCy's English dependency labels (ClearNLP style: nsubj,
nsubjpass, dobj, agent, prep/pobj, xcomp, ccomp, conj, relcl, acl, neg, aux).

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.extract.modality import goes_on, names_no_one, permission_requested, takes_time
from kg.extract.spans import (
    PLACE_LABELS,
    TIME_LABELS,
    argument,
    dateline_dash,
    dependents,
    entity_at,
    event_action,
    infinitive,
    is_place,
    not_only,
    noun_phrase,
    sentence_of,
)
from kg.extract.speakers import claimed_object, perceiving_verb
from kg.extract.when import noun_time, verb_time
from kg.gazetteer import gazetteer
from kg.lang.en import (
    ACCUSATION_PREPOSITIONS,
    ACCUSATION_VERBS,
    ACTING_BODY_NOUNS,
    ACTIVE_STATE_VERBS,
    ADVERB_PARTICLES,
    ASKING_VERBS,
    CARRYING_VERBS,
    CAUSATIVE_STATE_VERBS,
    CAUSING_VERBS,
    CHAIN_VERBS,
    CLAIMED_ACT_NOUNS,
    COLLECTIVE_NOUNS,
    COMING_PREPOSITIONS,
    CONTROL_ADJECTIVES,
    CONTROLLER_NOUNS,
    DESTINATION_PREPOSITIONS,
    DUMMY_IT_VERBS,
    EVENT_NOUNS,
    EXPECTATION_PARTICIPLES,
    FUTURE_WORDS,
    GERUND_CHAIN_VERBS,
    GERUND_PREPOSITION_NOUNS,
    GROUP_ACTOR_ENDINGS,
    GROUP_ACTOR_NOUNS,
    HABIT_VERBS,
    HAPPENING_VERBS,
    HARDSHIP_NOUNS,
    HELD_STATE_NOUNS,
    HYPOTHETICAL_HEADS,
    INTENT_NOUNS,
    INTRANSITIVE_NOUNS,
    KEEPING_AWAY_VERBS,
    LIFE_PARTICIPLES,
    LIGHT_NOUNS,
    LINKING_VERBS,
    LOCATION_PREPOSITIONS,
    MEASURE_VERBS,
    MEMBER_NOUNS,
    MOTION_VERBS,
    NEGATION_WORDS,
    NEGATIVE_STEMS,
    OBJECT_ONLY_VERBS,
    ORIGIN_PREPOSITIONS,
    PARTICIPLE_NOUNS,
    PATIENT_NOUNS,
    PERMITTING_VERBS,
    PLACE_NOUNS,
    POLITY_NOUNS,
    POSSIBILITY_NOUNS,
    PRISON_NOUNS,
    PRISON_TERM_NOUNS,
    PROMISE_VERBS,
    PSYCH_VERBS,
    REGARD_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    RESPONSIBILITY_VERBS,
    SEQUENCE_PREPOSITIONS,
    SERVING_VERBS,
    SKIP_VERBS,
    SPAN_EDGE_VERBS,
    STATE_VERBS,
    SUFFERED_ACTIONS,
    SUPPORT_VERBS,
    TASK_NOUNS,
    THING_PRONOUNS,
    TIME_RELATION_NOUNS,
    TIME_RELATION_WORDS,
    TIME_SPAN_NOUNS,
    VERB_PREPOSITIONS,
    WEB_WORDS,
    WHERE_TO_ADVERBS,
    WORD_VERBS,
)
from kg.lang.wordnet import (
    NOUN_ANIMAL,
    NOUN_ARTIFACT,
    NOUN_GROUP,
    NOUN_PERSON,
    noun_classes,
    takes_object,
)
from kg.model import Argument, Place, PlaceRole

__all__ = [
    "EVENT_NOUNS",
    "REPORTING_VERBS",
    "Frame",
    "among_the_asked",
    "doer_argument",
    "frames",
    "in_attribution",
    "landmark",
    "named_place",
    "noun_modifier_doer",
    "prison_term",
    "web_site",
    "where_antecedent",
]


# Nouns whose infinitive is done by the governing verb's subject ("a way to", "an attempt to").
_CONTROLLER_NOUNS = CONTROLLER_NOUNS | INTENT_NOUNS | POSSIBILITY_NOUNS
# Verbs whose object does the infinitive the parser hangs on them as a clause.
_ASKING_OR_CAUSING = REQUEST_VERBS | PERMITTING_VERBS | CAUSING_VERBS
# Nouns of intent whose doer a name before them says: "US efforts to", "the army attempt to".
_OWNED_INTENTS = (INTENT_NOUNS | CONTROLLER_NOUNS) - REQUEST_NOUNS
# Nouns that, as the subject of "be", say what is to be done: "the plan is to ...".
_TASK_NOUNS = _CONTROLLER_NOUNS | TASK_NOUNS


@dataclass(slots=True)
class Frame:
    """An event under construction, still tied to parse tokens.

    Frames stay inside :mod:`kg.extract`; what crosses to the next stage is the
    frozen :class:`~kg.model.Event` made from it.
    """

    trigger: Token
    action: str
    verbs: list[Token]
    actor: Token | None = None
    actor_argument: Argument | None = None
    target: Argument | None = None
    target_token: Token | None = None
    places: list[Place] = field(default_factory=list)
    time: Span | None = None
    negated: bool = False
    reporting: bool = False
    part: int = 0
    #: The actor is a "you" or "one" said of anyone (:func:`kg.extract.roles.checked`).
    generic_actor: bool = False

    @property
    def bare(self) -> bool:
        """Whether the frame names no actor, target or place: on its own it says nothing
        about who or where (:mod:`kg.extract` keeps it only when someone claims it)."""
        return self.actor is None and self.target is None and not self.places

    @property
    def tokens(self) -> set[int]:
        """Token indices whose figures belong to this frame."""
        return {verb.i for verb in self.verbs} | {self.trigger.i}


def frames(sentence: Span) -> Iterator[Frame]:
    """Yield the event frames of one sentence, verbs first, then event nouns.

    Frames with no role (:attr:`Frame.bare`) are yielded too; the caller decides.
    """
    if _is_headline(sentence):
        return
    taken: set[int] = set()  # nouns already folded into a verb frame
    nouns: list[Token] = []  # the only words the second pass reads (see event_action)
    for token in sentence:
        pos = token.pos_
        if pos == "NOUN":
            nouns.append(token)
        elif pos == "VERB" and not _continues_chain(token):
            frame = _verb_frame(token, taken)
            if frame is not None:
                yield from _split_coordinated_actors(frame)
    for token in nouns:
        if token.i in taken:
            continue
        action = event_action(token) or _claimed_act(token)
        if action is not None:
            frame = _noun_frame(token, action)
            if frame is None:
                continue
            if frame.actor is not None and frame.actor.head.lower_ == "between":
                yield from _split_coordinated_actors(frame)  # each side acts
            else:
                yield frame


def _claimed_act(noun: Token) -> str | None:
    """The action of a noun that names an act only as what a cue claims ("denied
    involvement", "pledged an increase": :data:`~kg.lang.en.CLAIMED_ACT_NOUNS`)."""
    action = CLAIMED_ACT_NOUNS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    return action if action is not None and claimed_object(noun) else None


def _is_headline(sentence: Span) -> bool:
    # Title Case lines with no full stop are headlines and crossheads: their parses are
    # unreliable and their facts are repeated in the body.
    if _ends_as_prose(sentence):
        return False  # checked first: it settles most sentences without reading their words
    words = [t for t in sentence if t.is_alpha]
    if len(words) < 3:
        return False
    capitalised = sum(
        1
        for t in words
        if t.text[0].isupper() or t.lower_ in {"of", "the", "to", "and", "in", "a", "on"}
    )
    return capitalised >= 0.8 * len(words) and any(t.text[0].isupper() for t in words[1:])


def _continues_chain(token: Token) -> bool:
    return (
        token.dep_ == "xcomp"
        and token.head.lemma_ in CHAIN_VERBS
        and not _purpose_after_chain_verb(token)
    )


def _purpose_after_chain_verb(verb: Token) -> bool:
    """An infinitive the parse hangs as the complement of "keep" or "stop": a purpose."""
    return verb.head.lemma_ in GERUND_CHAIN_VERBS and infinitive(verb)


def _chain(head: Token) -> list[Token]:
    verbs = [head]
    while verbs[-1].lemma_ in CHAIN_VERBS:
        nxt = next(
            (c for c in dependents(verbs[-1]) if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}),
            None,
        )
        if nxt is None or _purpose_after_chain_verb(nxt):
            break
        verbs.append(nxt)
    return verbs


def _verb_frame(head: Token, taken: set[int]) -> Frame | None:
    verbs = _chain(head)
    main = verbs[-1]
    if _names_no_action(main) or _names_no_action(head) and len(verbs) == 1:
        return None
    if _names_a_state(main) or _names_a_view(main) or _names_no_verb(head):
        return None  # "lived in Quincy", "seen as a threat", "delivered to Trump an ..."
    if len(verbs) == 1 and _comes_when(head):
        return None  # "the raid comes a month after a theft": the raid is the event
    if len(verbs) == 1 and _names_a_relation(head):
        return None  # "the clip comes from an interview", "the days leading up to the vote"
    if len(verbs) == 1 and _marks_infinitive(head):
        return None  # "is going to vote", "used to live": the infinitive is the event
    if len(verbs) == 1 and _raises(head):
        return None  # "the gunmen are believed to have fled": the fleeing is the event
    if len(verbs) == 1 and _frames_a_time(head):
        return None  # "sacked to end the game": when the sacking was, not an aim
    if _in_a_simile(head):
        return None  # "it sounded like somebody throwing a car off a roof"
    if head.dep_ == "amod" or _reduced_relative(head):
        # "the strategic airport, located on ..." describes; it is not an action.
        return None
    if main.lemma_ == "lie" and any(
        p.lower_ in LOCATION_PREPOSITIONS | ORIGIN_PREPOSITIONS for p in _children(main, "prep")
    ):
        return None  # "Kharkiv lies 40 kilometres from the border" describes a place
    if main.lemma_ in MEASURE_VERBS and any(event_action(s) for s in _children(main, "nsubj")):
        return None  # the noun's frame takes the figure ("losses exceeded 1,000")

    words = []
    for index, verb in enumerate(verbs):
        if index == 0:
            words.append(verb.lemma_.lower())
        else:
            words.append(verb.text.lower() if verb.tag_ == "VBG" else f"to {verb.lemma_.lower()}")
    words += [p.lower_ for p in _children(main, "prt")]
    words += [a.lower_ for a in _children(main, "advmod") if a.lower_ in ADVERB_PARTICLES]
    frame = Frame(trigger=head, action=" ".join(words), verbs=verbs)
    frame.reporting = main.lemma_ in REPORTING_VERBS or (
        main.lemma_ == "point" and any(p.lower_ == "out" for p in _children(main, "prt"))
    )

    passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for v in verbs for c in dependents(v))
    passive = (
        (passive and not _by_the_way(head)) or _shares_passive(head) or _passive_before_by(head)
    )
    passive = passive or _participle_of_noun(head)
    passive = passive or _headline_passive(head)
    frame.actor = _named_apposition(_bound_it(_bound_pronoun(_actor(head, passive))))
    target = _target(main, head, passive, frame, taken)
    if target is not None and frame.target is None:
        frame.target = argument(noun_phrase(target))
        frame.target_token = target
    if frame.actor is not None:
        frame.actor_argument = _argument_for(frame.actor)
    _happening_as_event(frame, taken)
    scene = _scene_of_happening(frame, taken)
    frame.places = _places(frame.verbs, frame)
    if scene is not None and not frame.places:
        frame.places.append(scene)
    frame.time = verb_time(verbs)
    frame.negated = any(
        (c.dep_ == "neg" or (c.dep_ in {"advmod", "nsubj"} and c.lower_ in NEGATION_WORDS))
        and not not_only(c)  # "have not just survived but are thriving": they survived
        for v in verbs
        for c in dependents(v)
    )
    if _avoided(head):
        frame.negated = True  # "told drivers to avoid using the bridge": not to use
    if _forbidden(head):
        frame.negated = True  # "Do not let them use the schools": asked that they not use them
    if frame.actor is not None and any(
        c.dep_ in {"det", "preconj"} and c.lower_ in {"neither", "no"}
        for c in dependents(frame.actor)
    ):
        frame.negated = True  # "Neither side has published ...", "No troops crossed ..."
    return frame


#: Verbs whose gerund is what is kept from happening: "avoid driving", "refrain from firing".
_AVOIDING_VERBS = frozenset({"avoid", "refrain"})


def _avoided(verb: Token) -> bool:
    """Whether ``verb`` is the gerund of "avoid V-ing" or "refrain from V-ing"."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ in {"xcomp", "dobj", "ccomp"}:
        return verb.head.lemma_.lower() in _AVOIDING_VERBS
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from":
        return verb.head.head.lemma_.lower() in _AVOIDING_VERBS
    return False


def _forbidden(verb: Token) -> bool:
    """Whether ``verb`` is what a negated, requested "let" or "allow" keeps from happening."""
    permit = verb.head
    return (
        verb.dep_ in {"xcomp", "ccomp"}
        and permit.lemma_.lower() in PERMITTING_VERBS
        and any(c.dep_ == "neg" for c in dependents(permit))
        and permission_requested(permit)
    )


# Dependents that make a participle a clause of its own rather than a noun's modifier.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def _reduced_relative(verb: Token) -> bool:
    """A past participle that describes a noun ("the airport, located on the coast").

    One with its own subject or auxiliary is a clause, whatever the parser hung it on:
    "fear that he could be sent to the US", "the moment the plane disintegrated".
    """
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not _children(verb, "agent")
        and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in dependents(verb))
    )


def _in_a_simile(verb: Token) -> bool:
    """What a comparison imagines: a verb that describes the object of a "like" on a verb
    or an adjective ("it sounded like somebody throwing a car off a roof", "spoke like a
    teacher praising a pupil"). A "like" on a noun means "such as" and names real doers
    ("groups like the militia, which attacked the port"), and so, most often, do a relative
    clause ("like the chief who was beaten in his hotel") and a bare gerund ("took measures,
    like pulling up the ladders")."""
    like = verb.head  # "like [somebody throwing ...]": the parser's clause after "like"
    if verb.dep_ == "acl" and like.dep_ == "pobj":
        like = like.head  # "like [a teacher [praising a pupil]]"
    elif verb.dep_ != "pcomp" or not _children(verb, "nsubj"):
        return False  # "measures, like pulling up the ladders": an example, not a likeness
    on_a_verb = like.head.pos_ in {"VERB", "AUX", "ADJ"}
    return like.lower_ == "like" and like.dep_ == "prep" and on_a_verb


def _participle_of_noun(verb: Token) -> bool:
    """A past form that describes the noun it hangs on, as a passive does: "the six
    soldiers killed in the attack" (the parser may tag "killed" a past tense)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in dependents(verb))
    )


def _by_the_way(verb: Token) -> bool:
    """ "returned to his bike and left by the same path": a "by" phrase on a verb joined
    to an active one, with no "was" of its own, says how, not by whom."""
    governor = verb.head
    return (
        verb.dep_ == "conj"
        and not _passive(verb)
        and not _done_by_someone(verb)
        and any(c.dep_ == "nsubj" for c in dependents(governor))
        and not _passive(governor)
    )


def _done_by_someone(verb: Token) -> bool:
    """A participle whose "by" names people: "a teenager shot and killed by police", "a
    soldier killed and decapitated by troops" is passive though the parser made the first
    verb active ("left by the side door" says how)."""
    return verb.tag_ == "VBN" and any(
        _names_a_person(o) or o.ent_type_ in {"ORG", "GPE"}
        for a in _children(verb, "agent")
        for o in _children(a, "pobj")
    )


def _passive_before_by(verb: Token) -> bool:
    """A past form with a subject, joined to a participle done by someone with no subject
    of its own: "a woman hit and killed by a motorist" was hit by the motorist too (an
    active "hit" cannot be joined to a passive without "was"). Without a subject the two
    participles may say different things ("kept hidden and used by everyone"). A verb that
    takes no object is active without one ("the prisoner escaped and recaptured by police":
    the prisoner escaped), so the first verb must be one that takes an object."""
    return (
        verb.tag_ in {"VBD", "VBN"}
        and takes_object(verb.lemma_)
        and bool(_children(verb, "nsubj"))
        and not any(
            c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"}
            for c in dependents(verb)
        )
        and any(
            _passive_sharing_subject(c) and _done_by_someone(c) for c in _children(verb, "conj")
        )
    )


def _shares_passive(verb: Token) -> bool:
    """A participle coordinated with a passive shares its "were": in "two guards were
    beaten and robbed" the guards were robbed too; they did not rob."""
    while verb.dep_ == "conj" and verb.tag_ == "VBN":
        if any(c.dep_ in _OWN_CLAUSE_DEPS for c in dependents(verb)):
            return False
        verb = verb.head
        if _passive(verb):
            return True
    return False


def _frames_a_time(verb: Token) -> bool:
    """A purpose infinitive that opens or closes a span of time ("losses to start the
    season", "a 20-2 run to close the half") tells when the event it hangs on happened.
    A complement ("wants to end the game on a high") is an aim and stays an event, and so
    does a span that is made of something ("to open a year of talks")."""
    return (
        verb.dep_ in {"advcl", "acl"}
        and verb.lemma_ in SPAN_EDGE_VERBS
        and infinitive(verb)
        and any(
            o.lemma_.lower() in TIME_SPAN_NOUNS and not _children(o, "prep")
            for o in _children(verb, "dobj")
        )
    )


def _names_no_action(verb: Token) -> bool:
    """A verb that carries no action of its own ("be", "seem", "include"), or one that
    does only with a plain direct object ("got US arms", not "got them to freeze")."""
    if not verb.text[:1].isalpha() or len(verb.text) == 1:
        # "'m", "’re": a contraction the parser took for a full verb names no act. (The
        # token rules give the usual ones the lemma "be"; this keeps any other that
        # opens with no letter from becoming an action.) Nor does one letter: the "s" or
        # "m" of "it ’ s", "I ’ m" written with the apostrophe apart.
        return True
    if _negative_stem(verb) or _participle_noun(verb):
        return True
    if verb.lemma_ in OBJECT_ONLY_VERBS:
        return not _children(verb, "dobj") or any(
            c.dep_ in {"xcomp", "ccomp", "acomp", "oprd"} for c in dependents(verb)
        )
    return verb.lemma_ in SKIP_VERBS


def _negative_stem(verb: Token) -> bool:
    """ "doesn ’ t", "didn ’ t": the stem of a negative contraction whose apostrophe stands
    apart, which the parser takes for a verb of its own."""
    if verb.lower_ not in NEGATIVE_STEMS or verb.i + 2 >= len(verb.doc):
        return False
    mark, letter = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    return mark.text in {"'", "\u2019"} and letter.lower_ == "t"


def _participle_noun(verb: Token) -> bool:
    """A participle that with the next word is a noun ("running back Joe Smith", "the
    team's best running back": a player's position; "BREAKING NEWS"), not a verb with its
    particle or object ("was running back to the car", "running back the kickoff"): it has
    no subject or auxiliary of its own, and no preposition, determiner or pronoun follows."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or (verb.lower_, doc[verb.i + 1].lower_) not in PARTICIPLE_NOUNS:
        return False
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in dependents(verb)):
        return False
    after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    return after is None or (
        after.pos_ not in {"ADP", "DET", "PRON"} and after.lower_ not in WHERE_TO_ADVERBS
    )


def _names_a_state(verb: Token) -> bool:
    """A verb that says what something is, has or feels, not what happened: a verb of state
    ("lived in Quincy", "relies on loans"), a linking verb with an adjective ("stayed
    loyal", "grew more dire"), "make" with an object and an adjective ("made it easier to
    smuggle arms"), a participle that is a linking verb's adjective ("felt liberated") or a
    feeling's ("was fascinated with Russia", "are concerned about drones")."""
    lemma = verb.lemma_.lower()
    if lemma in STATE_VERBS or (lemma in ACTIVE_STATE_VERBS and verb.tag_ != "VBN"):
        return True
    if lemma == "hold" and any(
        o.lemma_.lower() in HELD_STATE_NOUNS for o in _children(verb, "dobj")
    ):
        return True  # "holds the record", "hold a majority"; not "held talks"
    if lemma == "suffer" and not _children(verb, "dobj") and not _modal(verb):
        # "suffered from dementia" is a condition; "suffered from a heart attack" a happening,
        # and "will suffer from the cuts" a harm foretold.
        ailments = [
            o for p in _children(verb, "prep") if p.lower_ == "from" for o in _children(p, "pobj")
        ]
        if ailments and not any(event_action(o) for o in ailments):
            return True
    complements = [c for c in dependents(verb) if c.dep_ in {"acomp", "oprd", "ccomp"}]
    adjectives = [c for c in complements if c.pos_ == "ADJ" or c.tag_ == "VBN"]
    if lemma in LINKING_VERBS and not _children(verb, "dobj"):
        if any(c.dep_ == "acomp" for c in adjectives):
            return True
    if lemma == "sound" and not _children(verb, "dobj") and _likens(verb):
        # "it sounded like somebody throwing a car off a roof", "he did not sound as if he
        # was in a rush": how a thing seems (look, feel, seem are in SKIP_VERBS). Not
        # "sounded the alarm".
        return True
    if lemma in CAUSATIVE_STATE_VERBS and not _passive(verb):
        # The parser makes "it easier" a clause or "easier" a predicate of the object. Not
        # "made sure" (nothing is made so: it ensures) nor "was made public" (disclosed).
        made = _children(verb, "dobj")
        if any(c.pos_ == "ADJ" and (made or _children(c, "nsubj")) for c in adjectives):
            return True
    if verb.tag_ != "VBN":
        return False
    head = verb.head.lemma_.lower()
    if verb.dep_ == "acomp" and (head in SKIP_VERBS or head in LINKING_VERBS):
        return True
    return lemma in PSYCH_VERBS and (
        verb.dep_ in {"acomp", "amod"} or any(c.dep_ == "auxpass" for c in dependents(verb))
    )


def _likens(verb: Token) -> bool:
    """Whether "like", "as if" or "as though" says what ``verb``'s subject is like."""
    if any(p.lower_ == "like" for p in _children(verb, "prep")):
        return True
    for clause in _children(verb, "advcl"):
        marks = [m.lower_ for m in _children(clause, "mark")]
        if "like" in marks or "as" in marks and ({"if", "though"} & set(marks)):
            return True
    return False


def _comes_when(verb: Token) -> bool:
    """ "come" that only places its subject in time ("the raid comes a month after a theft",
    "the warning came as the pope spoke", "the fines come amid a price war", "their
    arrest comes on the heels of ..."): the subject names the event, told before; "come"
    says when. Its subject is no person ("she came as a guest", "he came after her"), and
    nothing says where to or from ("came to the city after the war", "came under fire")."""
    if verb.lemma_.lower() != "come" or _children(verb, "dobj") or _children(verb, "prt"):
        return False
    subjects = _children(verb, "nsubj")
    if len(subjects) != 1 or _names_a_person(subjects[0]):
        return False
    preps = _children(verb, "prep")
    # "came to the city", and "came home after the war" (the parser makes "home" an adverb)
    if any(p.lower_ in COMING_PREPOSITIONS for p in (*preps, *_children(verb, "advmod"))):
        return False
    if any(p.lower_ in TIME_RELATION_WORDS for p in preps):
        return True  # "came after weeks of strikes", "comes as a surprise"
    if any(o.lemma_.lower() in TIME_RELATION_NOUNS for p in preps for o in _children(p, "pobj")):
        return True  # "comes on the heels of", "came at a time of"
    # "comes a month after ...": the preposition hangs on the length of time.
    lengths = _children(verb, "npadvmod")
    if any(p.lower_ in TIME_RELATION_WORDS for n in lengths for p in _children(n, "prep")):
        return True
    # "came as the pope spoke", "came hours before the team played".
    return any(
        m.lower_ in {"as", "after", "before"}
        for c in _children(verb, "advcl")
        for m in _children(c, "mark")
    )


def _names_a_relation(verb: Token) -> bool:
    """A verb that relates one thing to another rather than telling what anyone did: where a
    thing that cannot move comes from ("the clip comes from a 2010 interview", "word came
    from the ministry"), what points to something when no one in particular does
    ("everything points to a leak"), what a topic surrounds ("the mystery surrounding
    the blast"), and the time before a happening ("the days leading up to the vote").
    People, groups and things made do come, point and surround: "troops came from the
    north", "she pointed to the report", "tanks surrounding the city"."""
    lemma = verb.lemma_.lower()
    if lemma == "lead":
        ups = [c for c in dependents(verb) if c.lower_ == "up" and c.i == verb.i + 1]
        return any(t.lower_ == "to" for u in ups for t in (*dependents(u), *dependents(verb)))
    if lemma == "surround":
        return verb.dep_ == "acl" and verb.tag_ == "VBG" and _cannot_act(verb.head)
    if lemma not in {"come", "point"} or _children(verb, "dobj") or _children(verb, "prt"):
        return False
    wanted = {"from"} if lemma == "come" else {"to", "at", "toward", "towards"}
    if not any(p.lower_ in wanted for p in _children(verb, "prep")):
        return False
    subjects = _children(verb, "nsubj")
    if len(subjects) != 1:
        return False
    if lemma == "point":
        # Not a noun: "the account pointed to the shootings" (a post) cites them.
        return subjects[0].lower_ in _NOTHING_IN_PARTICULAR
    return _cannot_act(subjects[0])


#: Pronouns that name no one in particular: "everything points to a leak".
_NOTHING_IN_PARTICULAR = frozenset({"everything", "all", "something", "nothing", "this", "that"})


def _cannot_act(word: Token) -> bool:
    """Whether a common noun names neither a person, a group nor a thing made, in any of its
    WordNet senses ("clip", "evidence", "mystery", "donations"). A name, a pronoun and a
    noun WordNet does not know may act."""
    if word.pos_ != "NOUN" or word.ent_type_:
        return False
    classes = set(noun_classes(word.lemma_.lower()))
    return bool(classes) and not classes & {NOUN_PERSON, NOUN_GROUP, NOUN_ARTIFACT}


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
    no "of" naming who it is made of ("the kind of guy to go out there")."""
    if not _only_undergoes(word) or noun_modifier_doer(word, None) is not None:
        return False
    made_of = [o for p in _children(word, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
    return all(_only_undergoes(o) for o in made_of)


def _names_a_person(word: Token) -> bool:
    """Whether a subject is a person or people: a personal pronoun, a person's name, a
    noun of people ("fans", "troops"), or a noun whose most frequent sense in WordNet is a
    person ("the officer came after the alarm", "a neighbour came as the fire spread")."""
    if word.pos_ == "PRON":
        return word.lower_ not in {"it", "this", "that", "which", "what"}
    if word.ent_type_ in {"PERSON", "NORP"} or _names_people(word):
        return True
    return word.pos_ == "NOUN" and noun_classes(word.lemma_.lower())[:1] == (NOUN_PERSON,)


def _modal(verb: Token) -> bool:
    """Whether a modal ("will", "could", "may") goes with the verb."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in dependents(verb))


def _names_a_view(verb: Token) -> bool:
    """A verb of opinion with "as" ("many see the vote as a test", "a line seen by many as
    a threat"), or "take" with a length of time ("the trip would take three hours"): what
    someone holds a thing to be, or how long something lasts, is no event."""
    if takes_time(verb):
        return True
    if verb.lemma_.lower() not in REGARD_VERBS:
        return False
    # "as" on the verb, or on its agent: the parser hangs "by many as a threat" on "many".
    holders = [verb, *(o for a in _children(verb, "agent") for o in _children(a, "pobj"))]
    return any(p.lower_ == "as" for h in holders for p in _children(h, "prep"))


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads its sentence, or a reported clause put before its reporting
    verb ("Police were called and surrounded the house, the sheriff said"). In the other
    subordinate clauses the parse of a coordination goes wrong too often to trust."""
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.lemma_ in REPORTING_VERBS


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


def _raises(verb: Token) -> bool:
    """Whether ``verb`` is a passive of belief or report that only hedges the infinitive
    after it ("is believed to have fled", "was said to be hiding"): who believes or says
    it is not named, and the subject is the infinitive's. With its "by" it is a report of
    its own ("was said by officials to have fled": the officials said it)."""
    if _children(verb, "agent"):
        return False
    if _hedges_a_clause(verb):
        return True
    return any(_raised_subject(c) is not None for c in _children(verb, "xcomp"))


def _hedges_a_clause(verb: Token) -> bool:
    """ "It is said that the army fled", "it is believed the ship sank": a passive of belief
    or report whose subject is the empty "it" names no one who says it; the clause is the
    event."""
    return (
        verb.lemma_.lower() in _RAISING_VERBS
        and any(s.lower_ == "it" for s in _children(verb, "nsubjpass"))
        and bool(_children(verb, "ccomp"))
    )


def _raised_subject(verb: Token) -> Token | None:
    """The passive subject of "believed", "said", "reported" ... above an infinitive: the
    infinitive's own subject ("the militants are believed to have fired": the militants)."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.lemma_.lower() not in _RAISING_VERBS:
        return None
    if not infinitive(verb):
        return None
    for subject in _children(governor, "nsubjpass"):
        return _antecedent(subject, governor)
    if _participle_of_noun(governor):
        return governor.head  # "a boat said to carry 300 people": the boat
    return None


def _plain_coordination(first: Token, second: Token) -> bool:
    """Whether ``second`` follows ``first`` as a plain coordination ("were called and
    surrounded"): a conjunction between them, and no clause with a subject of its own in
    between, whose verb the parser may have joined to ``first`` by mistake ("was killed
    when gunmen fired and one ricocheted")."""
    if not any(c.dep_ == "cc" and first.i < c.i < second.i for c in dependents(first)):
        return False
    return not any(
        word.dep_ in {"nsubj", "nsubjpass"} and word.head.i != first.i
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
        and bool(_children(first, "agent"))
        and not any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in dependents(verb))
    )


def _passive_sharing_subject(verb: Token) -> bool:
    """A passive participle coordinated with the verb before it, with no subject or
    auxiliary of its own ("was killed and beheaded by ...")."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"} for c in dependents(verb)
    )


def _passive(verb: Token) -> bool:
    """Whether the verb has a passive's "was" or subject of its own."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in dependents(verb))


def _names_no_verb(verb: Token) -> bool:
    """A word the tagger took for a verb that is part of a name ("delivered to Trump an
    endorsement", "the Coalition to Abolish the Death Penalty": the named-entity tagger
    puts it in a person's or a body's name), or a participle that works as a preposition
    ("compared to their tally", which the parser marks so)."""
    if verb.dep_ == "prep":
        return True
    # A capitalised word only: the entity tagger sometimes runs a name on over the verb
    # after it ("seeing his brother die").
    return (
        verb.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        and verb.text[:1].isupper()
        and not verb.is_sent_start
    )


def _marks_infinitive(verb: Token) -> bool:
    """A verb that before "to V" tells only when, how often or how surely V happens:
    "is going to vote", "is set to host", "is supposed to work" (expected), "used to
    live", "needs to leave" (habit, necessity), "went on to win" (next). The infinitive
    names the act; a verb with an object of its own ("used drones to drop bombs") or in
    the passive where the active is an act ("drones were used to drop bombs") is an act
    itself."""
    if any(
        c.dep_ in {"xcomp", "advcl"}
        and goes_on(c, verb)  # first: it asks the verb's lemma, false for all but "go"
        and infinitive(c)
        for c in dependents(verb)
    ):
        return True  # "went on to win the title" (an advcl in the parse): what came next
    infinitives = [c for c in dependents(verb) if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
    if _children(verb, "dobj") or not any(_children(c, "aux") for c in infinitives):
        return False
    lemma = verb.lemma_.lower()
    passive = _passive(verb)
    if lemma in HABIT_VERBS:
        # "the gun that he used to escape" and "the town they used to hold" parse alike;
        # in a relative clause the verb stays an event rather than lose the use.
        return not passive and verb.dep_ != "relcl"
    if lemma in EXPECTATION_PARTICIPLES:
        return passive
    # "is going to", "is set to", "is scheduled to"; "expect" is a chain verb of its own.
    return (
        lemma in FUTURE_WORDS
        and lemma not in CHAIN_VERBS
        and any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in dependents(verb))
    )


def _children(token: Token, dep: str) -> list[Token]:
    return [c for c in dependents(token) if c.dep_ == dep]


def _headline_passive(verb: Token) -> bool:
    """ "Kharkov encircled", "Kharkiv shelled overnight": a headline's passive without "was".

    Headlines put actions in the present ("Russian forces seize airport"), so a
    past form with a subject, no auxiliary and no object in a line with no full
    stop is a passive; in running text only an unmistakable participle is. So is
    a participle with its subject after "with" ("with the ship registered abroad",
    "with 800 homes destroyed"), which has no finite form.
    """
    if not any(c.dep_ == "nsubj" for c in dependents(verb)):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative"} for c in dependents(verb)):
        return False
    if verb.tag_ == "VBN" and _after_with(verb):
        return True
    if verb.dep_ not in {"ROOT", "ccomp", "conj"}:
        return False
    if verb.tag_ == "VBN":
        return True
    # "The ministry said in a statement:" ends its paragraph before the quote it leads
    # into: running text, whose "said" is no headline's passive.
    return verb.tag_ == "VBD" and not _ends_as_prose(sentence_of(verb), also=":")


def _after_with(verb: Token) -> bool:
    """Whether the clause of ``verb`` hangs on a "with" before it: the parser makes the
    participle the preposition's object, or the preposition a child of the participle."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True
    return verb.dep_ == "advcl" and any(
        c.lower_ == "with" and c.dep_ in {"mark", "prep"} and c.i < verb.i for c in dependents(verb)
    )


def _ends_as_prose(sentence: Span, also: str = "") -> bool:
    """Whether a sentence ends as running text does: with a full stop, "!", "?" or a
    closing quote (or a mark of ``also``), also where the stop is an abbreviation's ('...
    said Jane Roe, a lawyer with Acme Corp.'), which the tokenizer keeps in one token."""
    # The last word that is no space, found from the end: most of the sentence is not read.
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    return last is not None and (last.text[-1] in _PROSE_ENDS or last.text[-1] in also)


_PROSE_ENDS = frozenset({".", "!", "?", '"', "”", "'"})


def _actor(head: Token, passive: bool) -> Token | None:
    if passive and _headline_passive(head) and not _after_with(head):
        return None
    if passive:
        # "was killed and beheaded by the rebels": the "by" of the second passive, which
        # shares the subject, is the first one's too.
        shared = [c for c in _children(head, "conj") if _passive_sharing_subject(c)]
        for verb in (head, *[c for c in dependents(head) if c.dep_ == "xcomp"], *shared):
            for agent in _children(verb, "agent"):
                objects = _children(agent, "pobj")
                if objects:
                    return objects[0]
        if head.dep_ == "acl" or _after_with(head):
            return None  # "with the ship registered abroad": the ship was registered
    subjects = _subjects(head)
    if len(subjects) > 1 and head.lemma_ in REPORTING_VERBS:
        # '"Somalia," said Henrique Capriles': the parser takes the quoted word for a second
        # subject; the speaker is the one after the verb.
        subjects = [s for s in subjects if s.i > head.i] or subjects
    if subjects:
        subject = subjects[0]
        if subject.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
            return head.head
        if subject.lower_ in RELATIVE_PRONOUNS:
            focus = _cleft_focus(head)
            if focus is not None:
                return focus  # "it was three rockets that claimed the lives"
        if subject.lower_ == "there":
            return None
        return subject
    if passive:
        return None
    accused = _accused(head)
    if accused is not None:
        return accused
    if head.dep_ == "pcomp" and head.tag_ == "VBG":
        return _gerund_subject(head)
    if head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        first = head.head
        if (
            _main_clause(first)
            and not _children(first, "nsubj")
            and (
                not _may_be_participle(head, first)
                or any(c.dep_ == "aux" for c in dependents(head))
            )
            and _plain_coordination(first, head)
        ):
            for subject in _children(first, "nsubjpass"):
                # "the council was taken by surprise and issued a statement": the one the
                # first verb was done to does the second (not a second participle, "was
                # assembled and shipped", which shares the passive).
                return _antecedent(subject, first)
        return _actor(first, passive=False)
    if head.dep_ in {"ccomp", "pcomp", "xcomp"} and _wh_infinitive(head):
        return _decider(head)
    if _purpose_after_chain_verb(head):
        # "kept an eye on the polls to prevent fraud": whoever keeps watch means to prevent it.
        return _actor(head.head, passive=False)
    if head.dep_ == "xcomp" or (
        # The parser often hangs the infinitive of a request on the verb as a clause.
        head.dep_ == "advcl"
        and head.head.lemma_.lower() in _ASKING_OR_CAUSING
        and infinitive(head)
    ):
        # Object control: "called on the army to seize power" -> the army seizes.
        governor = head.head
        if _quoted_imperative(head):
            return None  # 'The guards shouted: "Stay down!"': asked of whoever hears it
        task = _task_subject(governor)
        if task is not None:
            # "their aim is to seize the port": the aim seizes nothing; its owner does
            # ("the job of the agency is to ...": the agency).
            return _noun_owner(task) or _agent_of(task)
        if governor.lemma_.lower() in _USING_VERBS and _children(governor, "dobj"):
            # "police used tear gas to disperse the crowd": the users disperse it; the
            # object is the means, not an actor asked to act.
            return _actor(governor, passive=False)
        if any(_held_for_doing(obj) for obj in _children(governor, "dobj")):
            return _spender(governor)  # "spent the week arguing", "had this to say"
        for dep in ("dobj", "dative"):
            for obj in _children(governor, dep):
                return obj
        for subject in _children(governor, "nsubjpass"):
            # "he was pictured unfurling a banner", "troops were ordered to withdraw":
            # the one seen or ordered does it (not "was designed to work", "was allowed
            # to flourish", which say what a thing is for or may do). "The militants are
            # believed to have fired": the one believed, said or known to have done it.
            if governor.lemma_ not in _SEEN_OR_ASKED | _RAISING_VERBS and not _marks_infinitive(
                governor
            ):
                break
            return _antecedent(subject, governor)
        if _extraposed(governor):
            return None  # "it is hard to verify the claims": "it" stands for the verifying
        if governor.pos_ == "ADJ" and (
            governor.lemma_.lower() in CONTROL_ADJECTIVES
            or any(c.lower_ == "enough" for c in _children(governor, "advmod"))
        ):
            # "the guards were unable to hold the gate", "troops ready to advance": the one
            # the adjective describes does it.
            if governor.dep_ in {"acomp", "oprd"}:
                return _actor(governor.head, passive=False)
            if governor.dep_ == "amod" and governor.head.pos_ in {"NOUN", "PROPN"}:
                return governor.head
        for agent in _children(governor, "agent"):
            for obj in _children(agent, "pobj"):
                # "drones could be used by smugglers to carry parcels": who uses them
                # does what they are used for.
                return obj
        for prep in _children(governor, "prep"):
            if prep.lower_ not in _ASKED_PREPOSITIONS or prep.i > head.i:
                # "could in future be used to ...", "including the records, to ...", "out
                # to wreck the deal, with the exception of ...": no one asked.
                continue
            for obj in _children(prep, "pobj"):
                if obj.lower_ in RELATIVE_PRONOUNS or obj.ent_type_ in TIME_LABELS:
                    continue  # "a film in which ...": the relative clause's frame, no one asked
                if not is_place(obj) or prep.lower_ in {"on", "upon"}:
                    return obj  # "called on Russia to stop": Russia is asked, not a place
        return _actor(governor, passive=False)
    if head.dep_ in {"acl", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"}:
        noun = head.head
        if noun.dep_ == "attr" and _extraposed(noun.head) and _children(head, "aux"):
            return None  # "it would be an honour to host the talks": no one is named
        if noun.lemma_.lower() in _CONTROLLER_NOUNS and infinitive(head):
            # "found a way to commit fraud", "went in order to buy": the one who found or
            # went does it, not the way or the order. An owner named on the noun does it:
            # "the council's refusal to negotiate", "an attempt by the rebels to storm".
            owner = _noun_owner(noun)
            if owner is not None:
                return owner
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            doer = None if governor.i == noun.i else _actor(governor, passive=False)
            # "the attempt to storm it failed": the attempt does not storm; no one is named.
            return None if doer is None or doer.i == noun.i else doer
        if _held_for_doing(noun):
            return _spender(noun.head)  # "had trouble paying them", "has a case to make"
        return noun  # "Russian forces advancing from Crimea"
    if head.dep_ in {"advcl", "conj"} and _perfect_participle(head):
        # "having seized the town, the rebels ...", done as a plain participle is, by one
        # who can act: "Having won the cup, the season ended" leaves the participle hanging.
        doer = _participle_doer(head)
        return doer if doer is not None and _can_take_time(doer) else None
    if head.dep_ in {"advcl", "conj"} and (head.tag_ == "VBG" or infinitive(head)):
        return _participle_doer(head)
    if head.lemma_ in REPORTING_VERBS and head.i > 0:
        # "near Kharkiv, the Ukrainian Defence Ministry said": the parser lost the subject.
        before = head.doc[head.i - 1]
        if before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"appos", "npadvmod", "dep", "conj"}:
            return before
    return None


def _participle_doer(head: Token) -> Token | None:
    """Who does a participle or an infinitive adjunct of a clause ("..., killing 12
    people", "... to slow the advance"): the clause's subject, a speaker above it, or the
    one a passive was done to."""
    governor = head.head
    if head.tag_ == "VBG" and head.lemma_ in REPORTING_VERBS:
        speaker = _reporter_above(governor)
        if speaker is not None:
            return speaker
    passive_subjects = _children(governor, "nsubjpass")
    if passive_subjects and not _children(governor, "agent"):
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
    return _actor(governor, passive=False)  # "..., killing 12 people", "... to slow the advance"


def _perfect_participle(verb: Token) -> bool:
    """Whether ``verb`` is an active perfect participle ("having seized the town, the rebels
    ..."), which, like a plain one, is done by the subject of its clause; not a passive one
    ("having been freed, he ..."), done to it."""
    return any(c.lower_ == "having" for c in _children(verb, "aux")) and not _children(
        verb, "auxpass"
    )


#: Verbs whose object is what their subject has, spends or needs for doing something.
_HAVING_VERBS = frozenset({"have", "spend", "take", "waste", "need"})
#: Pronouns for an amount or a thing, not someone: "had this to say", "how much she had to hide".
_AMOUNT_PRONOUNS = _NOTHING_IN_PARTICULAR | {"it", "much", "little", "more", "less", "enough"}
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
        return _actor(verb, passive=False)
    if any(s.lower_ == "it" for s in _children(verb, "nsubj")):
        people = [
            o for o in dependents(verb) if o.dep_ in {"dative", "dobj"} and not _held_for_doing(o)
        ]
        return people[0] if people else None
    # "the repair will take days to finish": what takes time is what is done to it.
    taker = _actor(verb, passive=False)
    return taker if taker is not None and _can_take_time(taker) else None


def _can_take_time(word: Token) -> bool:
    """Whether ``word`` may be someone who takes time to do something: people, a body, a
    state ("the crews took two days", "Congress has taken steps"), not a thing that takes
    time to mend ("the break will take a week to fix")."""
    return (
        _names_a_person(word)
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
    subjects = _children(verb, "nsubj")
    if subjects and dateline_dash(subjects[0]):
        # "ISTANBUL (Reuters) - Turkey signed ...": the city the story was filed from is
        # no subject; the one after the dash is, hung on the verb or on the city.
        dash = dateline_dash(subjects[0])
        after = [s for s in subjects[1:] if s.i > dash]
        return after or [a for a in _children(subjects[0], "appos") if a.i > dash]
    if not any(s.lower_ in NEGATION_WORDS for s in subjects):
        return subjects
    kept = [s for s in subjects if s.lower_ not in NEGATION_WORDS]
    # The parser may also make the auxiliary a clause of its own ("did/advcl").
    helpers = [c for c in dependents(verb) if c.dep_ == "aux" or c.lemma_ == "do"]
    return kept or [s for helper in helpers for s in _children(helper, "nsubj")]


#: Words that stand as a subject for someone or something named elsewhere or nowhere:
#: the question words and relative pronouns ("who pulled the trigger", "what caused the
#: fire"), among them "that" standing for a whole happening ("That brought him another
#: sentence"; "this", "these" and "those" are not in the set and stay actors).
_OPEN_PRONOUNS = RELATIVE_PRONOUNS | {"what", "whoever", "whatever", "whichever"}


def _bound_pronoun(actor: Token | None) -> Token | None:
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


def _bound_it(actor: Token | None) -> Token | None:
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
            subjects = [c for c in dependents(node) if c.dep_ in {"nsubj", "nsubjpass"}]
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
    if subject.pos_ != "PROPN" or subject.ent_type_ not in {"ORG", "GPE"}:
        return actor
    return subject


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
    subjects = _children(verb, "nsubj")
    if not subjects:
        return None
    speaker = subjects[0]
    if speaker.pos_ != "NOUN" or speaker.tag_ != "NN" or speaker.ent_type_ not in {"", "ORG"}:
        return None
    if speaker.lemma_.lower() in _TEXT_NOUNS | PLACE_NOUNS or _names_a_person(speaker):
        return None
    if clause.lemma_.lower() in HAPPENING_VERBS and not any(
        c.dep_ in {"dobj", "xcomp", "ccomp"} for c in dependents(clause)
    ):
        return None
    return speaker


def _named_apposition(actor: Token | None) -> Token | None:
    """The name an unnamed actor is given in apposition: "the interior minister, Jane
    Roe, sent ..." and "the technology firm Acme manages ..." name Jane Roe and Acme,
    whom the graph can join to their other mentions; a title alone names no one."""
    if actor is None:
        return None
    if actor.lower_ in {"one", "another"}:
        pass  # "One of the guards, Peter Lang, opened fire": Peter Lang
    elif actor.ent_type_ or actor.pos_ not in {"NOUN", "PROPN"}:
        return actor
    for child in dependents(actor):
        if child.dep_ != "appos" or child.i < actor.i or child.pos_ != "PROPN":
            continue
        if child.ent_type_ in {"PERSON", "ORG"} or (not child.ent_type_ and child.i == actor.i + 1):
            return child
    return _name_after_body(actor) or actor


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
    if governor.lemma_.lower() not in ASKING_VERBS:
        for dep in ("dobj", "dative"):
            for obj in _children(governor, dep):
                return obj  # "told them when to leave"
    for subject in _children(governor, "nsubjpass"):
        return _antecedent(subject, governor)  # "they were told what to bring"
    if _extraposed(governor):
        return None
    return _actor(governor, passive=False)


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
    for prep in _children(noun, "prep"):
        if prep.lower_ == "of":
            for obj in _children(prep, "pobj"):
                if obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or obj.pos_ == "PRON":
                    return obj
    return None


def _extraposed(verb: Token) -> bool:
    """Whether ``verb`` is "be" with a dummy "it" for a subject and a word that says what
    the deed is ("it is hard to ...", "it would be an honour to ..."): the infinitive is the
    true subject, and no one who does it is named."""
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in dependents(verb))
        and any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() not in CONTROL_ADJECTIVES
            for c in dependents(verb)
        )
    )


def _noun_owner(noun: Token) -> Token | None:
    """Who a noun of intent or ability belongs to: its possessor ("the council's refusal"),
    its "by" phrase ("an attempt by the rebels"), or the name, people or body named before
    an intent ("US efforts", "the army attempt"), never a place it names. The one who
    orders, asks or demands is not the one who does it."""
    for child in dependents(noun):
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = _children(child, "pobj")
            if objects:
                return objects[0]
    if noun.lemma_.lower() not in _OWNED_INTENTS:
        return None  # "a court order to leave": the one ordered leaves
    named = noun_modifier_doer(noun, named_place(noun))
    if named is not None:
        return named
    for child in _children(noun, "compound"):
        if not child.ent_type_ and _can_take_time(child):
            return child  # "the council efforts to clear the harbour"
    return None


#: Verbs whose passive says who is believed, said or known to have done the infinitive
#: after it: "the militants are believed to have fired", "the group is said to have
#: planned", "smugglers are known to use". The passive subject is the infinitive's own.
_RAISING_VERBS = frozenset(
    """
    allege assume believe claim consider estimate expect fear know presume report reckon
    rumor rumour say think understand
    """.split()
)
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
            subjects = _children(node, "nsubj")
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
        return _actor(governor.head, passive=False)
    if (
        governor.lemma_.lower() in GERUND_PREPOSITION_NOUNS
        and governor.dep_ == "pobj"
        and governor.head.dep_ == "prep"
        and governor.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "in addition to adding warheads, the navy sought ...", "instead of firing": the
        # noun is part of a preposition; the clause's subject does the gerund.
        governor = governor.head.head
    elif governor.pos_ not in {"VERB", "AUX"} or gerund.head.dep_ != "prep":
        return None  # "the risk of attacking": a noun's complement has no subject to lend
    passive_subjects = _children(governor, "nsubjpass")
    if passive_subjects and not _children(governor, "agent"):
        subject = passive_subjects[0]
        return _antecedent(subject, governor)
    return _actor(governor, passive=False)


def _target(main: Token, head: Token, passive: bool, frame: Frame, taken: set[int]) -> Token | None:
    if passive and _headline_passive(head):
        return _children(head, "nsubj")[0]
    if passive:
        for verb in frame.verbs:
            subjects = _children(verb, "nsubjpass")
            if subjects:
                subject = subjects[0]
                return _antecedent(subject, verb)
        joined = (head.head, head) if head.dep_ == "conj" else (head,)
        first = next((verb for verb in joined if _passive_before_by(verb)), None)
        if first is not None:
            for subject in _children(first, "nsubj"):
                return _antecedent(subject, first)  # "a woman hit and killed by a motorist"
        if head.dep_ == "acl":
            return head.head
        raised = _raised_subject(head)
        if raised is not None:
            return raised  # "the soldier is believed to have been killed": the soldier
        verb = head
        while verb.dep_ == "conj" and _shares_passive(verb):
            verb = verb.head  # "guards were beaten and robbed": the guards of "were beaten"
            for subject in _children(verb, "nsubjpass"):
                return _antecedent(subject, verb)
        return None
    objects = _children(main, "dobj")
    if objects:
        obj = objects[0]
        if obj.lemma_.lower() in LIGHT_NOUNS and not frame.reporting:
            taken.add(obj.i)
            for prep in _children(obj, "prep"):
                pobjs = _children(prep, "pobj")
                if pobjs:
                    frame.action += f" {obj.lemma_.lower()} {prep.lower_}"
                    return pobjs[0]
            frame.action += f" {obj.lemma_.lower()}"
            # "opened fire on the crowd": the parser often hangs "on" on the verb.
            return _verb_preposition_object(main, frame)
        noun_action = event_action(obj)
        if noun_action is not None and main.lemma_ in SUPPORT_VERBS:
            # "staging a river crossing near Velbrook" -> cross, near Velbrook.
            frame.action = noun_action
            frame.trigger = obj
            frame.verbs = [*frame.verbs, obj]
            taken.add(obj.i)
            return _noun_target(obj)
        return _antecedent(obj, head)
    if frame.reporting:
        datives = _children(main, "dative") or _children(main, "dobj")
        return datives[0] if datives else None
    for child in dependents(main):
        # The small model sometimes tags a named object as an adverb: "shelled Berdiansk on ...".
        if (
            child.dep_ in {"advmod", "npadvmod", "dep"}
            and child.pos_ == "PROPN"
            and child.i > main.i
        ):
            return child
    for prep in _children(main, "prep"):
        if prep.lower_ == "between":
            for pobj in _children(prep, "pobj"):
                return pobj  # "destroyed between 10 and 20 drones"
    return _verb_preposition_object(main, frame)


def _verb_preposition_object(main: Token, frame: Frame) -> Token | None:
    """The object a preposition joins to the verb ("call on Russia"), added to the action."""
    for prep in _children(main, "prep"):
        if prep.lower_ not in VERB_PREPOSITIONS:
            continue
        for pobj in _children(prep, "pobj"):
            if pobj.ent_type_ in TIME_LABELS or not _prepositional_object(main, prep, pobj):
                continue
            frame.action += f" {prep.lower_}"
            return pobj
    return None


def _prepositional_object(verb: Token, prep: Token, pobj: Token) -> bool:
    """Whether "VERB PREP X" makes X the target ("call on Russia") rather than a place."""
    if not is_place(pobj):
        return True
    if prep.lower_ == "off" and verb.lemma_.lower() in KEEPING_AWAY_VERBS:
        return True  # "told to stay off the roads": the roads are what is kept away from
    if pobj.ent_type_ != "GPE":
        return False  # "in the area", "on the coast"
    # A country or city can be addressed, fought or fired on; moving to it is going there.
    if prep.lower_ in {"against", "upon", "with", "for"}:
        return True
    if prep.lower_ == "on":
        return verb.lemma_ not in MOTION_VERBS
    if prep.lower_ == "to":
        return verb.lemma_ not in MOTION_VERBS and verb.lemma_ not in {"send", "deploy", "deliver"}
    return False


def _argument_for(token: Token) -> Argument:
    if token.pos_ == "PRON" and not _share_of_named(token):
        return Argument(text=token.text, start=token.idx, end=token.idx + len(token.text))
    return argument(noun_phrase(token))


def _share_of_named(pronoun: Token) -> bool:
    """Whether a pronoun is a share of a group its "of" names with a noun: "some of the
    protesters", "each of the guards" (the phrase names who), not "some of them" or "all
    of which", whose pronoun is left to resolution."""
    return any(
        obj.pos_ in {"NOUN", "PROPN"}
        for prep in _children(pronoun, "prep")
        if prep.lower_ == "of"
        for obj in _children(prep, "pobj")
    )


def _place_role(preposition: str) -> PlaceRole:
    if preposition in ORIGIN_PREPOSITIONS:
        return "origin"
    if preposition in DESTINATION_PREPOSITIONS:
        return "destination"
    return "location"


def _places(verbs: list[Token], frame: Frame) -> list[Place]:
    places: list[Place] = []
    seen: set[int] = set()
    taken = (frame.target, frame.actor_argument)
    for prep in _clause_prepositions(verbs):
        role_word = prep.lower_
        if role_word not in LOCATION_PREPOSITIONS | ORIGIN_PREPOSITIONS | DESTINATION_PREPOSITIONS:
            continue
        if _at_a_distance(prep):
            continue  # "30 km from Kharkiv", "within 30 km of Kyiv": near it, not in or from it
        if _where_the_asked_are(prep):
            continue
        if role_word == "of" and _names_with_of(prep.head):
            continue  # "of Aden" in "the Gulf of Aden": part of a name, which is the place
        if _says_who_or_what(prep, verbs, frame):
            continue
        if in_what_is_said(prep, frame):
            continue
        for pobj in _children(prep, "pobj"):
            place = _place_token(pobj)
            if place is None:
                continue
            # "towards Kherson and Mariupol", "the cities of Tarnow and Orlen": each place
            # named in the coordination, in the same role. Not where from ("ministers from
            # X and Y", "allies from X and Y to Z": who they are, more often than a route),
            # nor past a phrase that is no place ("with the aid of X and Y").
            role = _place_role(role_word)
            coordinated = role != "origin" and is_place(pobj)
            # "the Gulf of Aden and the Red Sea": the parse joins the next place to "Aden".
            joined = place.conjuncts + tuple(_name_inner_conjuncts(place))
            more = [c for c in joined if c.i > place.i] if coordinated else []
            for each in (place, *(c for c in more if is_place(c))):
                if each.i in seen:
                    continue
                if any(a is not None and a.start <= each.idx < a.end for a in taken):
                    continue  # "the government of X ratified": X names who, not where
                if any(p.argument.start <= each.idx < p.argument.end for p in places):
                    continue  # "in the Kestrel district of Orlen": named with the district
                seen.add(each.i)
                places.append(Place(argument(noun_phrase(each)), role))
    if not places:
        # "The Kabul bombing killed 12": a happening as the subject brings its place.
        for subject in dependents(verbs[0]):
            if subject.dep_ in {"nsubj", "nsubjpass"} and event_action(subject) is not None:
                named = named_place(subject)
                if named is not None:
                    places.append(Place(argument(noun_phrase(named)), "location"))
    if not places:
        fronted = _fronted_place(verbs[0])
        if fronted is not None:
            places.append(fronted)
    if not places:
        there = _there(verbs)
        if there is not None:
            places.append(there)
    if not places:
        where = where_antecedent(verbs[0])
        if where is not None:
            places.append(Place(argument(noun_phrase(where)), "location"))
    return places


#: Dependencies a clause word climbs from the event's word to the clause it is in: "where
#: it carries out attacks", "where the leaders meet and plan operations".
_WITHIN_CLAUSE = frozenset({"conj", "xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass"})


def where_antecedent(word: Token) -> Token | None:
    """The place a relative "where" clause holding ``word`` is about: "the bus station,
    where six people were killed" (the station); "arrived in Lyon on Monday, where he
    sold his car" (the clause hangs on the date: the place named before it). Of "X in Y,
    where ..." the nearer X: "the base at Incirlik in Turkey, where they keep drones".
    """
    clause = word
    while clause.dep_ != "relcl":
        if clause.dep_ not in _WITHIN_CLAUSE or clause.head.i == clause.i:
            return None
        clause = clause.head
    members = [clause, *(c for c in dependents(clause) if c.dep_ == "conj")]
    if not any(
        c.dep_ == "advmod" and c.lower_ == "where" and c.i < clause.i
        for m in members
        for c in dependents(m)
    ):
        return None
    head = clause.head
    if head.ent_type_ in TIME_LABELS:
        before = [
            t
            for t in sentence_of(head)
            if t.i < head.i
            and is_place(t)
            and (
                (t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPOSITIONS - {"of"})
                or (t.dep_ == "dobj" and t.ent_type_ in PLACE_LABELS)  # "reached Lisbon"
            )
        ]
        head = before[-1] if before else head
    if not is_place(head) or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    outer = head.head.head
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in {"in", "at"}
        and outer.pos_ in {"NOUN", "PROPN"}
        and is_place(outer)
    ):
        head = outer  # "the embassy in London, where": the embassy
    if head.ent_type_ not in PLACE_LABELS:
        # "a base at Incirlik (in Turkey), where": the named site, not the base it names
        for prep in _children(head, "prep"):
            if prep.lower_ == "at":
                for named in _children(prep, "pobj"):
                    if named.ent_type_ in PLACE_LABELS:
                        return named
    return head


def prison_term(word: Token) -> bool:
    """Whether ``word`` is the prison of a prison term: "20 years in prison"."""
    return (
        word.dep_ == "pobj"
        and word.lemma_.lower() in PRISON_NOUNS
        and word.head.lower_ == "in"
        and word.head.head.lemma_.lower() in PRISON_TERM_NOUNS
    )


def _says_who_or_what(prep: Token, verbs: list[Token], frame: Frame) -> bool:
    """Whether a phrase on a noun tells who or what the noun is, not where the event was.

    "of" on a noun that is no place names whose or of what ("condemned the leak of
    videos of X", "a snub of X", "the people of X"); a place phrase "of" a place ("the
    east of the port") or of the event noun itself ("the siege of X") may say where.
    "from" on the actor says where the doers come from ("ministers from X and Y agreed",
    "allies, from X to Y, will need"), not where they acted, unless they move: "forces
    from X advanced" set out from X. Any "from" or "to" inside the subject's phrase says
    which one, not where the event went ("a visitor to the hotel walked out", "calls to
    X were not answered", "two men from X were hurt"), unless the event moves the
    subject ("a parcel from X was delivered"). A phrase hanging on another ("from X to
    Y") goes with it; one in an apposition to a place phrase's noun describes that noun;
    and a term "in prison" is a sentence, not a place.
    """
    head = prep.head
    if head.dep_ == "prep" and head.i != prep.i:
        return _says_who_or_what(head, verbs, frame)  # "from X to Y": one route
    if head.dep_ == "appos" and head.head.dep_ == "pobj":
        return True  # "at Oxford St, the busiest station in the province": of the station
    if any(prison_term(o) for o in _children(prep, "pobj")) and not any(
        v.lemma_.lower() in SERVING_VERBS for v in verbs
    ):
        return True  # "faces 20 years in prison": a prison term, not where he faced it
    if _describes_a_party(prep, verbs):
        return True
    if head.i in {v.i for v in verbs} or head.pos_ in {"VERB", "AUX"}:
        return False
    if prep.lower_ == "of":
        return not is_place(head)
    actor = frame.actor
    moving = any(v.lemma_.lower() in MOTION_VERBS for v in verbs)
    if prep.lower_ not in ORIGIN_PREPOSITIONS | DESTINATION_PREPOSITIONS or moving:
        return False
    carrying = any(v.lemma_.lower() in CARRYING_VERBS for v in verbs)
    if not carrying and _subjects_holding(prep, verbs):
        return True  # "a visitor to the hotel walked out", "calls to X were cut": which one
    if prep.lower_ not in ORIGIN_PREPOSITIONS or actor is None:
        return False
    return head.i == actor.i or (head.dep_ == "appos" and head.head.i == actor.i)


#: The roles of a clause whose noun phrase names a party to the event, not its scene.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass"})


def _describes_a_party(prep: Token, verbs: list[Token]) -> bool:
    """Whether a place phrase inside the subject's noun phrase says where an organisation
    is or what a person does, not where the event was: "the Weather Office in Exeter
    said", "a spokesman for the clinic in Dunmore said", "Acme, based in Fairview,
    makes", "Ruth Hale, a lecturer at the college in Avonmouth, was charged". A place on a
    plain noun stays the scene: "police in Palermo said", "residents in the valley fled".
    """
    members = {v.i for v in verbs}
    for subject in _subjects_holding(prep, verbs):
        path = []  # the words from the phrase's noun up to the subject
        word = prep.head
        while word.i != subject.i and word.i not in members and word.head.i != word.i:
            path.append(word)
            word = word.head
        if word.i != subject.i:
            continue
        if any(t.ent_type_ == "ORG" for t in (*path, subject)):
            return True  # an organisation's seat
        named = subject.ent_type_ in {"PERSON", "ORG"}
        if named and any(t.dep_ == "appos" for t in path):
            return True  # "X, a lecturer at Y,": what the person is
    return False


def in_what_is_said(word: Token, frame: Frame) -> bool:
    """Whether ``word`` lies in the target of a verb of words or minds (``WORD_VERBS``):
    "condemned the attack in Paris", "approved a plan for schools in Leeds", "advocated for
    protections in Kestria". Such an act is done where the one who speaks or thinks is; the
    place is the target's own, for the rules and the scorer.
    """
    target = frame.target_token
    if target is None or target.dep_ not in {"dobj", "pobj", "nsubjpass"}:
        return False
    if target.ent_type_ == "PERSON":
        return False  # "voters supported Smith in Ohio": a name's phrase is the verb's
    if word.i == target.i or not target.is_ancestor(word):
        return False
    verb = target.head.head if target.dep_ == "pobj" else target.head
    # The last verb of a chain is the act: "prices in Leeds are expected to fall" fall there.
    return verb.i == frame.verbs[-1].i and verb.lemma_.lower() in WORD_VERBS


def _subjects_holding(prep: Token, verbs: list[Token]) -> list[Token]:
    """The subjects of ``verbs`` whose noun phrase holds ``prep``."""
    subjects = [c for v in verbs for c in dependents(v) if c.dep_ in _PARTY_DEPS]
    return [s for s in subjects if s.left_edge.i <= prep.i <= s.right_edge.i]


def among_the_asked(word: Token, verb: Token) -> bool:
    """Whether ``word`` is in a place phrase that says where the ones ``verb`` asks are
    (see :func:`_where_the_asked_are`): no place of the asking, for the rules or the scorer."""
    for prep in word.ancestors:
        if prep.dep_ == "prep" and _where_the_asked_are(prep):
            asking = prep.head.head if prep.head.dep_ == "dobj" else prep.head
            return asking == verb
    return False


def _where_the_asked_are(prep: Token) -> bool:
    """ "urged farmers in the valley to leave": a place right after the ones a request verb
    asks, before what it asks them to do, says where they are, not where the asking was."""
    verb = prep.head
    if verb.dep_ == "dobj":
        verb = verb.head  # the parse hung the place on the ones asked
    if prep.dep_ != "prep" or verb.lemma_.lower() not in REQUEST_VERBS:
        return False
    asked = _children(verb, "dobj")
    return (
        bool(asked)
        and asked[0].i < prep.i <= asked[0].right_edge.i + 1
        and any(c.dep_ == "xcomp" and c.i > prep.i for c in dependents(verb))
    )


#: Verbs that only say a happening happened: "riots took place in the old town", "fighting
#: broke out", "an explosion occurred". The happening is the event.
_HAPPEN_VERBS = frozenset({"take place", "occur", "happen", "erupt", "break out"})


def _happening_as_event(frame: Frame, taken: set[int]) -> None:
    """Make a frame of "X took place" the event X names, with the verb's places
    ("riots took place in the east of the port": riot, there). Changes ``frame``."""
    noun = frame.actor
    if frame.action not in _HAPPEN_VERBS or noun is None:
        return
    action = event_action(noun)
    if action is None:
        return
    frame.action = action
    frame.trigger = noun
    frame.verbs = [*frame.verbs, noun]
    taken.add(noun.i)
    doer = between_sides(noun) or noun_modifier_doer(noun, named_place(noun))
    frame.actor = doer
    frame.actor_argument = None if doer is None else doer_argument(doer)


#: Verbs whose place subject is where its object happened: "the valley is witnessing daily
#: raids", "the port town saw street fighting", "the city experienced shelling".
_SCENE_VERBS = frozenset({"witness", "see", "experience"})


def _scene_of_happening(frame: Frame, taken: set[int]) -> Place | None:
    """Make a frame of "PLACE witnessed HAPPENING" the happening, and return the place
    (``None`` and ``frame`` unchanged when the frame is not of that shape)."""
    main, noun, scene = frame.verbs[-1], frame.target_token, frame.actor
    if main.lemma_ not in _SCENE_VERBS or noun is None or scene is None:
        return None
    action = event_action(noun)
    if action is None or scene.ent_type_ in {"PERSON", "ORG", "NORP"} or not is_place(scene):
        return None
    frame.action = action
    frame.trigger = noun
    frame.verbs = [*frame.verbs, noun]
    taken.add(noun.i)
    target = _noun_target(noun)
    frame.target = None if target is None else argument(noun_phrase(target))
    frame.target_token = target
    doer = between_sides(noun) or noun_modifier_doer(noun, named_place(noun))
    frame.actor = doer
    frame.actor_argument = None if doer is None else doer_argument(doer)
    return Place(argument(noun_phrase(scene)), "location")


def _there(verbs: list[Token]) -> Place | None:
    """The place "there" points back to: the nearest place named before it in its
    sentence after a locative preposition ("a camp in Tarnow ... and are sending
    hundreds of medics there"), not a name that only describes ("facing the Orvan
    Gulf", "northern Kestria")."""
    if not any(c.dep_ == "advmod" and c.lower_ == "there" for v in verbs for c in dependents(v)):
        return None
    verb = verbs[0]
    for token in reversed(sentence_of(verb)[: verb.i - sentence_of(verb).start]):
        if (
            token.dep_ == "pobj"
            and token.ent_type_ in PLACE_LABELS
            and token.head.lower_ in LOCATION_PREPOSITIONS
            and token.head.lower_ != "of"  # "the Gulf of Aden": part of a name
        ):
            return Place(argument(noun_phrase(token)), "location")
    return None


#: Units a distance from a place is measured in.
_DISTANCE_UNITS = frozenset(
    "km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters "
    "yard yards".split()
)


#: Words that place something off a landmark in one direction: "north of Kherson".
_BEARINGS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)


def _at_a_distance(prep: Token) -> bool:
    """Whether a preposition places the event off its place: "fighting raged 30
    kilometres from Kharkiv", "advanced to within 30 km of Kyiv", "20 miles north of
    Kherson". The place is a landmark then, not where the event was (nor where it came
    from)."""
    word = prep.lower_
    if word == "from":
        return any(
            c.dep_ == "npadvmod" and c.lower_ in _DISTANCE_UNITS and c.i < prep.i
            for c in (*dependents(prep.head), *dependents(prep))
        )
    if word == "within":
        return any(p.lower_ in _DISTANCE_UNITS for p in _children(prep, "pobj"))
    if word == "of":
        return prep.head.lower_ in _BEARINGS or prep.head.lower_ in _DISTANCE_UNITS
    return False


def landmark(token: Token) -> bool:
    """Whether a place word is named only as the landmark an event is placed off
    (:func:`_at_a_distance`): "12 km from the border town", "south of Lake Tana"."""
    return token.dep_ == "pobj" and _at_a_distance(token.head)


# Dependencies that open a clause of its own: its places belong to its own frame.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "pcomp"})


def _clause_prepositions(verbs: list[Token]) -> list[Token]:
    """Prepositions anywhere in the clause of ``verbs``, not inside a nested clause.

    "Fishermen gathered on the quay with their banners lowered in Tarnow" puts
    Tarnow under "lowered"; a participle without a subject of its own still
    describes the same scene, so only finite and relative clauses are cut off.
    """
    found: list[Token] = []
    members = {v.i for v in verbs}
    stack = [c for v in verbs for c in dependents(v)]
    while stack:
        token = stack.pop()
        if token.i in members:
            continue
        finite_clause = (
            token.dep_ in _CLAUSE_DEPS
            and token.pos_ in {"VERB", "AUX"}
            and (
                any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in dependents(token))
                or token.dep_ in {"relcl", "ccomp", "parataxis", "csubj"}
            )
        )
        if finite_clause or (token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}):
            continue
        if _own_event_clause(token) or _topic_event(token):
            continue
        if _after_another_happening(token):
            continue
        if _attributes(token):
            continue  # "according to officials in Leeds": where the source is
        if token.dep_ == "prep":
            found.append(token)
        stack.extend(dependents(token))
    return sorted(found, key=lambda t: t.i)


#: Prepositions that name what an act is about: "protested against the war in Iraq",
#: "vowed to seek common ground on the war in Syria", "criticised them over the bombing of
#: the port".
_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about", "against", "for"})


def _attributes(token: Token) -> bool:
    """Whether ``token`` is the "according" of "according to X", which names who tells the
    event, not where it was: "died on Sunday, according to the agency in Jakarta"."""
    return token.dep_ == "prep" and token.lower_ == "according"


def in_attribution(word: Token) -> bool:
    """Whether ``word`` lies in an "according to" phrase (see :func:`_attributes`): no
    place of any event of its sentence, for the rules or the scorer."""
    return any(_attributes(t) for t in word.ancestors)


def _after_another_happening(token: Token) -> bool:
    """Whether ``token`` sets the act after or before another happening, whose places are
    its own: "charged after a fire at the depot in Leeds". Not a time of day or a length
    of time: "shortly after 2 a.m. on Route 9", "found after six days adrift in the bay"
    (the parse hangs the event's own place on the time)."""
    if token.dep_ != "prep" or token.lower_ not in SEQUENCE_PREPOSITIONS:
        return False
    objects = _children(token, "pobj")
    return bool(objects) and not any(o.ent_type_ in TIME_LABELS for o in objects)


def _topic_event(token: Token) -> bool:
    """Whether ``token`` is a happening an act is about ("protested against the war in
    Iraq"): the happening's places are its own, not the act's."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in _TOPIC_PREPOSITIONS
        and event_action(token) is not None
    )


# Non-finite clauses that state an event of their own: "urging farmers to march on the
# capital", "moved in to take control of part of the city". Their places are theirs.
_OWN_EVENT_DEPS = frozenset({"xcomp", "pcomp", "csubj"})


def _own_event_clause(token: Token) -> bool:
    """Whether ``token`` heads a non-finite clause whose places belong to its own frame.

    Complements and purposes ("to V") are events of their own. A participle that
    tells what came of the event ("raided the village, killing nine people in its
    market"), one that describes a noun ("killings committed in Syria") and the
    absolute "with their banners lowered in Tarnow" still set the scene of the clause
    around them, so they are not cut off.
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ == "advcl":
        if token.tag_ == "VBN" and token.lemma_.lower() in LIFE_PARTICIPLES:
            return True  # "Born in Leeds, she moved to Paris": where she was born
        return any(child.dep_ in {"aux", "mark"} for child in dependents(token))
    if token.dep_ not in _OWN_EVENT_DEPS:
        return False
    head = token.head
    return not (head.dep_ == "pobj" and head.head.lower_ in {"with", "without"})


def _fronted_place(verb: Token) -> Place | None:
    """A place set at the front of a governing clause: "In Iraq, ... they would die"."""
    node = verb
    while True:
        for prep in _children(node, "prep"):
            subjects = [c.i for c in dependents(node) if c.dep_ in {"nsubj", "nsubjpass"}]
            fronted = prep.i < node.i and (not subjects or prep.i < min(subjects))
            if fronted and prep.lower_ in LOCATION_PREPOSITIONS:
                for pobj in _children(prep, "pobj"):
                    place = _place_token(pobj)
                    if place is not None and place.ent_type_ in {"GPE", "LOC", "FAC"}:
                        return Place(argument(noun_phrase(place)), "location")
        if node.head.i == node.i or node.dep_ == "relcl":
            # A relative clause describes its noun; the scene set at the front of the
            # clause around it is that clause's: "In Tigray, the rebels, who were armed
            # by a neighbour, seized a town" (they were not armed in Tigray).
            return None
        node = node.head


def _place_token(pobj: Token) -> Token | None:
    # "in the east of the port" -> the port; "in Kharkiv" -> Kharkiv; "in the Kestrel
    # district of Orlen" -> the Kestrel district (of Orlen), the nearer place;
    # "killed in the Paris attacks" -> Paris, where the happening was.
    if event_action(pobj) is not None:
        return _compound_place(pobj)
    if web_site(pobj):
        return None
    if is_place(pobj) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in dependents(pobj)):
        return pobj  # "the Bogside area of Derry": the named area, not all of the city
    if _names_with_of(pobj):
        return pobj  # "the Gulf of Aden", "the Isle of Wight": one name, not the port or the island
    for prep in _children(pobj, "prep"):
        if prep.lower_ == "of":
            for inner in _children(prep, "pobj"):
                if is_place(inner) and not web_site(inner):
                    return inner
    if is_place(pobj):
        return pobj
    # "at Oxford St, the busiest bus station in ...": a name the parse did not take for a
    # place, which its apposition says is one.
    if pobj.pos_ == "PROPN" and any(is_place(a) for a in _children(pobj, "appos")):
        return pobj
    return None


def web_site(word: Token) -> bool:
    """Whether a "site" is a web site ("on its Web site", "the company's support site"),
    which is where a text is, not a place where anything happened."""
    return word.lemma_.lower() == "site" and any(
        c.lower_ in WEB_WORDS for c in dependents(word) if c.dep_ in {"compound", "amod"}
    )


def _names_with_of(word: Token) -> bool:
    """Whether ``word`` heads a place name that runs on through "of": "the Gulf of Aden",
    "the Horn of Africa", "the Republic of Ireland". The named entity holds both words,
    so the name is the place; "the east of the port" and "the city of Mariupol" are
    no such names (the entity, if any, is the inner place alone)."""
    for prep in _children(word, "prep"):
        if prep.lower_ != "of":
            continue
        for inner in _children(prep, "pobj"):
            name = entity_at(inner)
            if inner.ent_type_ in PLACE_LABELS and name.start <= word.i < name.end:
                return True
    return False


def _name_inner_conjuncts(word: Token) -> list[Token]:
    """The words joined to the last word of a name with "of" (:func:`_names_with_of`)."""
    if not _names_with_of(word):
        return []
    name = entity_at(word)
    return [
        c
        for prep in _children(word, "prep")
        if prep.lower_ == "of"
        for inner in _children(prep, "pobj")
        for c in inner.conjuncts
        if not name.start <= c.i < name.end  # "the Republic of Trinidad and Tobago"
    ]


def name_part(word: Token) -> bool:
    """Whether a place word is the inner part of a longer name with "of" ("Aden" of "the
    Gulf of Aden"): the name's head stands for it (see :func:`_names_with_of`)."""
    return (
        word.dep_ == "pobj"
        and word.head.lower_ == "of"
        and word.head.dep_ == "prep"
        and _names_with_of(word.head.head)
    )


def _compound_place(noun: Token) -> Token | None:
    """The place named before a noun: "the Minnesota mall stabbings" -> "Minnesota mall".

    Only a name will do: in "street protests" the street says what kind of protest.
    """
    for child in dependents(noun):
        if child.dep_ != "compound" or child.i > noun.i or not is_place(child):
            continue
        if child.ent_type_ in PLACE_LABELS or any(
            grand.ent_type_ in PLACE_LABELS for grand in dependents(child)
        ):
            return child
    return None


def _country_name(token: Token) -> bool:
    """Whether a name is a country's: "US strikes" name a doer, "Paris attacks" a place."""
    found = gazetteer().lookup(entity_at(token).text)
    return found is not None and found.kind == "country"


def _noun_target(noun: Token) -> Token | None:
    for prep in _children(noun, "prep"):
        if prep.lower_ in {"on", "against"}:
            for pobj in _children(prep, "pobj"):
                return pobj
        intransitive = noun.lemma_.lower() in INTRANSITIVE_NOUNS
        if (
            prep.lower_ == "of"
            and EVENT_NOUNS.get(noun.lemma_.lower()) not in SUFFERED_ACTIONS
            and not intransitive
        ):
            for pobj in _children(prep, "pobj"):
                if pobj.ent_type_ not in TIME_LABELS:
                    return pobj
    return None


def _noun_frame(noun: Token, action: str) -> Frame | None:
    above = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if above is not None and above.lemma_.lower() in HYPOTHETICAL_HEADS:
        return None
    frame = Frame(trigger=noun, action=action, verbs=[noun])
    # The actor: "by X", a possessive ("Russia's invasion"), a demonym ("Russian losses"),
    # or the owner of losses ("the losses of Valdish troops").
    for prep in _children(noun, "prep"):
        if prep.lower_ == "by":
            for pobj in _children(prep, "pobj"):
                frame.actor = pobj
        elif prep.lower_ == "of" and (
            action in SUFFERED_ACTIONS or noun.lemma_.lower() in INTRANSITIVE_NOUNS
        ):
            for pobj in _children(prep, "pobj"):
                frame.actor = pobj
    if frame.actor is None:
        frame.actor = between_sides(noun)
    place_named = named_place(noun)
    if frame.actor is None:
        frame.actor = noun_modifier_doer(noun, place_named)
        if frame.actor is not None and _open_possessor(noun, frame.actor):
            frame.actor = None
    if frame.actor is None:
        frame.actor = _accused(noun)
    if frame.actor is None:
        frame.actor = _announcer(noun)
    if frame.actor is None:
        frame.actor = _held_responsible(noun)
    if frame.actor is not None:
        frame.actor_argument = doer_argument(frame.actor)
        if frame.actor_argument.start <= noun.idx < frame.actor_argument.end:
            # "the gang responsible for the raid": the raid's doer is the gang, not a
            # phrase that holds the raid itself.
            frame.actor_argument = _name_before_deed(frame.actor, noun)
    target = _noun_target(noun)
    if target is not None:
        frame.target = argument(noun_phrase(target))
    frame.places = _places([noun], frame)
    if place_named is not None and not frame.places:
        frame.places.append(Place(argument(noun_phrase(place_named)), "location"))
    if not frame.places:
        heard_at = _hearer_place(noun)
        if heard_at is not None:
            frame.places.append(Place(argument(noun_phrase(heard_at)), "location"))
    if frame.actor is None and (frame.target is not None or frame.places):
        # Only for an event the noun tells with a role of its own ("the police shooting of
        # a boy"): a bare "police investigation" stays the later mention it mostly is.
        frame.actor = _body_before(noun)
        if frame.actor is not None:
            frame.actor_argument = doer_argument(frame.actor)
    if noun.dep_ == "nsubj" and noun.head.lemma_ in MEASURE_VERBS:
        frame.verbs.append(noun.head)  # its figures are the noun's
    frame.time = noun_time(noun)
    return frame


def _hearer_place(noun: Token) -> Token | None:
    """Where the one who heard an event noun is ("a reporter in Avel heard explosions"): the
    event was within earshot, so there too. The hearer is the hearing verb's subject, or,
    for "reported hearing", the reporting verb's."""
    verb = perceiving_verb(noun)
    if verb is None:
        return None
    hearers = _children(verb, "nsubj")
    if not hearers and verb.dep_ == "xcomp":
        hearers = _children(verb.head, "nsubj")
    for hearer in hearers:
        for prep in _children(hearer, "prep"):
            if prep.lower_ in {"in", "at"}:
                for pobj in _children(prep, "pobj"):
                    place = _place_token(pobj)
                    if place is not None:
                        return place
    return None


def _open_possessor(noun: Token, doer: Token) -> bool:
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
    subjects = _children(clause, "nsubj")
    objects = _children(clause, "dobj")
    return any(_could_be_their(s) for s in subjects) and any(_names_people(o) for o in objects)


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


def _names_people(obj: Token) -> bool:
    """Whether an object names a group of people ("20 militants", "members of the units")."""
    if obj.tag_ not in {"NNS", "NNPS"} and obj.ent_type_ != "NORP":
        return False
    word = obj.lower_
    return (
        word in MEMBER_NOUNS
        or word in COLLECTIVE_NOUNS
        or word in GROUP_ACTOR_NOUNS
        or word.endswith(GROUP_ACTOR_ENDINGS)
        or obj.ent_type_ == "NORP"
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


def between_sides(noun: Token) -> Token | None:
    """The first of the sides a reciprocal happening is "between" ("clashes between police
    and protesters": police; the others are its conjuncts). Not a time, a number or a
    place: "fighting between 8 and 9 p.m.", "a war between the rivers"."""
    if noun.lemma_.lower() not in _RECIPROCAL_NOUNS:
        return None
    for prep in _children(noun, "prep"):
        if prep.lower_ != "between":
            continue
        for side in _children(prep, "pobj"):
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


def named_place(noun: Token) -> Token | None:
    """The place a name before an event noun sets it in, unless the name is a country's:
    "the Paris attacks" happened in Paris, "US strikes" were the US's. A happening a
    polity holds within itself is in that polity, a country too (:func:`_held_within`)."""
    held = _held_within(noun)
    if held is not None:
        return held
    named = _compound_place(noun)
    if named is not None and named.ent_type_ == "GPE" and _country_name(named):
        return None
    return named


#: Happenings a polity holds within itself rather than does to another ("France's election").
_HELD_WITHIN_NOUNS = frozenset({"election"})
#: Fighting that "civil" makes a polity's own ("Syria's civil war").
_CIVIL_WAR_NOUNS = frozenset({"war", "conflict"})


def _held_within(noun: Token) -> Token | None:
    """The polity whose possessive or name stands before a happening it holds within
    itself, not one it does to another ("France's election", "the US election", "Syria's
    civil war"): where the happening is, neither its doer nor what was done to it (as "his
    election" is: he was elected)."""
    lemma = noun.lemma_.lower()
    if lemma not in _HELD_WITHIN_NOUNS and not (
        lemma in _CIVIL_WAR_NOUNS and any(c.lower_ == "civil" for c in _children(noun, "amod"))
    ):
        return None
    for child in dependents(noun):
        if (
            child.dep_ in {"poss", "compound"}
            and child.i < noun.i
            and child.ent_type_ in {"GPE", "LOC"}
        ):
            return child
    return None


def noun_modifier_doer(noun: Token, place: Token | None) -> Token | None:
    """The doer an event noun names before it: a possessive ("Russia's invasion"), a
    demonym ("Russian strikes") or a name ("Taliban attack"), never ``place``, the place
    it names (:func:`named_place`)."""
    for child in dependents(noun):
        if (place is not None and child.i == place.i) or (
            child.ent_type_ in TIME_LABELS  # "Saturday's attack"
        ):
            continue
        if child.dep_ == "poss" or (
            child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}
        ):
            return child
        # "nmod": the parser's other label for a name before a noun ("an FBI fraud inquiry");
        # a town so named is no doer ("the Boston attacks").
        if child.dep_ == "nmod" and (
            child.ent_type_ in {"NORP", "ORG"}
            or (child.ent_type_ == "GPE" and _country_name(child))
        ):
            return child
    return None


def _body_before(noun: Token) -> Token | None:
    """The body a noun before an event noun names as its doer: "a police raid", "the
    coalition air strike" (:data:`~kg.lang.en.ACTING_BODY_NOUNS`). Not when the event
    noun itself only says what kind a thing is: "the administration export rules" are
    the administration's rules, and no export is done."""
    if noun.dep_ == "compound":
        return None
    for child in _children(noun, "compound"):
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
    return _argument_for(actor)


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


def _accused(trigger: Token) -> Token | None:
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
    for obj in _children(verb, "dobj"):
        return obj
    for subject in _children(verb, "nsubjpass"):
        return _antecedent(subject, verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "could be sent to the US and prosecuted for publishing": the first verb's subject.
        for subject in _children(verb.head, "nsubjpass"):
            return subject
    return None


def _held_responsible(noun: Token) -> Token | None:
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
    """The one behind or responsible in ``_held_responsible``'s shapes, or None."""
    if preposition.lower_ == "behind":
        if holder.pos_ in {"NOUN", "PROPN"}:
            return holder  # "the group behind the attack"
        if holder.lemma_ == "be":
            return _subject_of(holder)  # "Kyiv was behind the attack"
        return None
    if preposition.lower_ != "for":
        return None
    if holder.lemma_.lower() == "responsible" and holder.pos_ == "ADJ":
        for subject in _children(holder, "nsubj"):
            return subject  # "held the rebels responsible": the parse's small clause
        if holder.dep_ == "amod" and holder.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return holder.head  # "those responsible for the ambush"
        if holder.dep_ == "acomp":
            return _subject_of(holder.head)  # "they were responsible for the raid"
        if holder.dep_ in {"oprd", "xcomp", "ccomp"}:
            for obj in _children(holder.head, "dobj"):
                return obj  # "held the rebels responsible for"
        return None
    if holder.lemma_.lower() == "responsibility" and holder.dep_ == "dobj":
        verb = holder.head
        if verb.lemma_.lower() in RESPONSIBILITY_VERBS and not _children(verb, "neg"):
            return _subject_of(verb)  # "the militia claimed responsibility for the raid"
    return None


def _name_before_deed(actor: Token, deed: Token) -> Argument:
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


def _antecedent(word: Token, clause: Token) -> Token:
    """``word``, or for a relative pronoun ("who", "that") of a relative clause the noun the
    clause hangs on ("the men who fired": the men)."""
    if word.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        return clause.head
    return word


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb; the noun a relative clause hangs on for "who"/"that"."""
    for subject in _children(verb, "nsubj"):
        return _antecedent(subject, verb)
    return None


def _announcer(noun: Token) -> Token | None:
    """The subject of "X announced the capture of Y": X claims its own action."""
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    claims_own_action = EVENT_NOUNS.get(noun.lemma_.lower()) not in SUFFERED_ACTIONS
    # "pledged an increase", "vowed a withdrawal": the one who promises will do it.
    own_word = verb.lemma_ in REPORTING_VERBS or verb.lemma_ in PROMISE_VERBS
    if noun.dep_ == "dobj" and own_word and claims_own_action:
        subjects = _children(verb, "nsubj")
        return subjects[0] if subjects else None
    return None


def _split_coordinated_actors(frame: Frame) -> Iterator[Frame]:
    """One frame per coordinated subject and object.

    "Russia and Belarus attacked" gives two events, and so does "seized the port
    and the railway station"; the copies share the trigger and differ in ``part``.
    """
    yield frame
    part = 0
    if frame.actor is not None:
        for conj in _conjuncts(frame.actor) + _subject_beside(frame.actor):
            part += 1
            yield dataclasses.replace(
                frame, actor=conj, actor_argument=_argument_for(conj), part=part
            )
    if frame.target_token is not None and not frame.reporting:
        for conj in _conjuncts(frame.target_token):
            part += 1
            target = argument(noun_phrase(conj))
            yield dataclasses.replace(frame, target=target, target_token=conj, part=part)


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
