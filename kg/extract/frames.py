"""Event frames from the dependency parse: who did what to whom, where, when.

A frame is built around a trigger: a verb ("shelled", "took control"), or a
noun that news uses for an action ("the attack on Kharkiv", "Russian losses").
The rules read spaCy's English dependency labels (ClearNLP style: nsubj,
nsubjpass, dobj, agent, prep/pobj, xcomp, ccomp, conj, relcl, acl, neg, aux).

This module holds the Frame record and its assembly: which words are triggers (not
in a headline; a chain of verbs such as "tried to flee" is one frame), the verb frame and
the noun frame. The rules that fill a frame's parts are in modules of their own, in the
order a frame is built: :mod:`kg.extract.non_events` (whether a verb is an event at all),
:mod:`kg.extract.actors` (who did it), :mod:`kg.extract.targets` (to whom or what),
:mod:`kg.extract.places` (where); :mod:`kg.extract.clauses` holds the clause tests they
share.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.extract.actors import (
    accused_doer,
    announcer,
    argument_for,
    between_sides,
    body_before,
    bound_it,
    bound_pronoun,
    doer_argument,
    held_responsible,
    name_before_deed,
    named_apposition,
    noun_modifier_doer,
    open_possessor,
    performer,
    sold_at_a_price,
    sold_out,
    split_coordinated_actors,
    undergone_doer,
    undertaking_doer,
    verb_actor,
)
from kg.extract.clauses import (
    by_how_much,
    children,
    ends_as_prose,
    expected_in_passive,
    headline_passive,
    marks_infinitive,
    participle_of_noun,
    passive_before_by,
    purpose_after_chain_verb,
    set_ahead,
    shares_passive,
    undergoer,
)
from kg.extract.cue_words import adds_to, claimed_object, leads_in
from kg.extract.done_acts import held_back_in_vain
from kg.extract.ellipsis import bare_modal, elided_verb
from kg.extract.judged_acts import judging_verb
from kg.extract.modality import permission_requested
from kg.extract.negation import denied_with, meant_by_none, names_none, negative_subject
from kg.extract.non_events import (
    a_figure_of_speech,
    about_the_page,
    by_the_way,
    comes_under,
    comes_when,
    empty_it,
    frames_a_time,
    from_now_on,
    in_a_simile,
    names_a_relation,
    names_a_state,
    names_a_view,
    names_no_action,
    names_no_verb,
    part_of_a_preposition,
    placed_harm,
    raises,
    reduced_relative,
    topic_of_empty_it,
    undergone_by_its_noun,
)
from kg.extract.places import frame_places, hearer_place, named_place
from kg.extract.spans import (
    SUBJECT_DEPS,
    TIME_LABELS,
    argument,
    dependents,
    event_action,
    infinitive,
    is_place,
    made_plain,
    negates,
    not_only,
    noun_phrase,
    opened_by_nor,
    prefix_before,
    puts_it_so,
    split_prefix,
)
from kg.extract.targets import can_suffer, noun_target, target_argument, verb_target
from kg.extract.when import compares_with_before, noun_time, verb_time
from kg.lang.en import (
    ADVERB_PARTICLES,
    CAUSE_NOUNS,
    CHAIN_VERBS,
    CLAIMED_ACT_NOUNS,
    HAPPEN_VERBS,
    HYPOTHETICAL_HEADS,
    INTRANSITIVE_NOUNS,
    LIGHT_VERB_ACTS,
    LOCATION_PREPOSITIONS,
    MEASURE_VERBS,
    NEGATION_WORDS,
    NOBODY_WORDS,
    NOT_PASSING_ADJECTIVES,
    ORIGIN_PREPOSITIONS,
    OWNED_ACT_NOUNS,
    PERMITTING_VERBS,
    PROCLAIMING_VERBS,
    REPORTED_ACT_NOUNS,
    REPORTING_VERBS,
    SUFFERED_ACTIONS,
    TIME_UNITS,
    UNDERGOING_OBJECT_VERBS,
)
from kg.lang.wordnet import NOUN_ABSTRACT, NOUN_EVENT, noun_classes
from kg.model import Argument, Place

__all__ = [
    "Frame",
    "frames",
]


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
    #: For a modal left alone ("but it didn't"), the frame of the verb phrase it leaves
    #: out: its subject takes the role that verb's subject took (:mod:`kg.extract.roles`).
    antecedent: Frame | None = None

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
        elif bare_modal(token):
            frame = _elided_frame(token)
            if frame is not None:
                yield frame
        elif pos == "VERB" and not _continues_chain(token):
            frame = _verb_frame(token, taken)
            if frame is None:
                continue
            if token.dep_ == "amod":
                yield frame  # "the burnt cars and shops": the participle may be the first's alone
            else:
                yield from split_coordinated_actors(frame)
    for token in nouns:
        if token.i in taken or part_of_a_preposition(token):
            continue  # "well in advance of the vote": a preposition, no advance
        action = (
            event_action(token)
            or _claimed_act(token)
            or _fire_undergone(token)
            or _owned_act(token)
        )
        if action is not None:
            frame = _noun_frame(token, action)
            if frame is None:
                continue
            if frame.actor is not None and frame.actor.head.lower_ == "between":
                yield from split_coordinated_actors(frame)  # each side acts
            else:
                yield frame


def _claimed_act(noun: Token) -> str | None:
    """The action of a noun that names an act only as what a cue claims ("denied
    involvement", "pledged an increase": :data:`~kg.lang.en.CLAIMED_ACT_NOUNS`), or
    only as what is proclaimed of a thing ("announced control of the bridge":
    :data:`~kg.lang.en.REPORTED_ACT_NOUNS`)."""
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    action = CLAIMED_ACT_NOUNS.get(lemma)
    if action is None:
        action = REPORTED_ACT_NOUNS.get(lemma)
        if action is None or not _proclaimed_of_a_thing(noun):
            return None
    return action if claimed_object(noun) else None


def _owned_act(noun: Token) -> str | None:
    """The act of a noun of committing or asking with its maker named before it: "the
    ministry's pledge", "our demand", "the mayor's proposal" pledge, demand and propose,
    as "made a pledge" does (:data:`~kg.lang.en.OWNED_ACT_NOUNS`). Without an owner the
    noun names the thing asked or promised ("the pledge was vague"); a time ("Monday's
    pledge", "an hour's warning") is no maker, and a noun that is a saying's own subject
    or setting ("his warning said", "in her request, she asked") leaves the act to the
    verb that tells it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in OWNED_ACT_NOUNS:
        return None
    owners = [c for c in children(noun, "poss") if not _a_time(c)]
    if not owners or owners[0].lower_ in _NO_MAKERS:
        return None
    if noun.dep_ in SUBJECT_DEPS and noun.head.lemma_ in REPORTING_VERBS:
        return None
    if noun.dep_ == "pobj" and _sets_a_saying(noun.head):
        return None
    return LIGHT_VERB_ACTS[lemma]


def _a_time(owner: Token) -> bool:
    """Whether a possessive is a day or a span of time, not a maker: "Friday's pledge",
    "thirty minutes' warning"."""
    return owner.ent_type_ in TIME_LABELS or owner.lemma_.lower() in TIME_UNITS


def _sets_a_saying(preposition: Token) -> bool:
    """Whether a preposition makes its noun of saying where a saying is found: "in his
    statement", "according to her testimony" (not "responded to our demand")."""
    if preposition.lower_ == "in":
        return True
    return preposition.lower_ == "to" and preposition.head.lower_ == "according"


#: Possessives that name no maker: "its" stands for a thing ("the plan and its promise"),
#: "whose" for a noun the relative clause reads.
_NO_MAKERS = frozenset({"its", "whose"})


def _fire_undergone(noun: Token) -> str | None:
    """ "the ship came under fire", "was under heavy fire from the boats": "fire" alone is
    a blaze as often as shooting, so no event noun (:data:`~kg.lang.en.EVENT_NOUNS`), but
    a place or a thing under it is shot at (:func:`~kg.extract.clauses.undergoer`)."""
    if noun.pos_ == "NOUN" and noun.lemma_.lower() == "fire" and undergoer(noun) is not None:
        return "fire"
    return None


def _puts_under(verb: Token) -> bool:
    """ "Police placed the driver under arrest", "gunmen brought the ship under fire": the
    verb only puts its object under the act its noun names, and the noun's frame tells
    that act, with the verb's subject as its doer (:func:`~kg.extract.clauses.undergoer`)."""
    if verb.lemma_.lower() not in UNDERGOING_OBJECT_VERBS:
        return False
    return any(
        (event_action(noun) or _fire_undergone(noun)) and undergoer(noun) is not None
        for preposition in children(verb, "prep")
        if preposition.lower_ == "under"
        for noun in children(preposition, "pobj")
    )


def _proclaimed_of_a_thing(noun: Token) -> bool:
    """Whether a noun is what a verb of proclaiming has as its object, and holds a thing
    after "of": "claimed control of the town", not "reported the control of the
    outbreak" (an event contained) or "called for stricter control" (a policy)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in PROCLAIMING_VERBS:
        return False
    if any(c.dep_ == "amod" and c.tag_ == "JJR" for c in dependents(noun)):
        return False  # "announced tighter control of imports": a policy
    held = next(
        (
            thing
            for of in dependents(noun)
            if of.dep_ == "prep" and of.lower_ == "of"
            for thing in dependents(of)
            if thing.dep_ == "pobj"
        ),
        None,
    )
    return held is not None and event_action(held) is None and _can_be_seized(held)


def _can_be_seized(thing: Token) -> bool:
    """Whether a side can take control of ``thing``: a place, a site, a thing made or a body
    ("the town", "an airfield", "a mountain pass", "the party"); not what is controlled by a
    policy or kept in check, whose first WordNet sense is abstract or an event ("prices",
    "costs", "the situation", "the epidemic")."""
    if is_place(thing) or thing.ent_type_:
        return True
    first = noun_classes(thing.lemma_.lower())[:1]
    return not first or first[0] not in NOUN_ABSTRACT | {NOUN_EVENT}


def _is_headline(sentence: Span) -> bool:
    # Title Case lines with no full stop are headlines and crossheads: their parses are
    # unreliable and their facts are repeated in the body.
    if ends_as_prose(sentence):
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
        and not expected_in_passive(token.head)
        and not purpose_after_chain_verb(token)
    )


def _chain(head: Token) -> list[Token]:
    verbs = [head]
    # "is expected to resign": the resigning is the event, its doer the passive's subject.
    while verbs[-1].lemma_ in CHAIN_VERBS and not expected_in_passive(verbs[-1]):
        nxt = next(
            (c for c in dependents(verbs[-1]) if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}),
            None,
        )
        if nxt is not None and split_prefix(nxt):
            nxt = _verb_after_prefix(nxt)
        if nxt is None or purpose_after_chain_verb(nxt):
            break
        verbs.append(nxt)
    return verbs


def _verb_after_prefix(prefix: Token) -> Token | None:
    """The verb after a hyphened prefix the parse took for the chain's next verb: "failed
    to re-open the road" is cut "re", "-", "open", with "re" (and "open") on "failed"; the
    act is the opening."""
    verb = prefix.doc[prefix.i + 2]
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _prefix_standing_for(verb: Token) -> list[Token]:
    """The hyphened prefix before ``verb`` when the parse took it for the verb and hung the
    verb's own words on it ("did not re-open": "not" on "re", "open" below it), else none."""
    prefix = prefix_before(verb)
    return [] if prefix is None or prefix.head.i == verb.i else [prefix]


#: How the parse hangs a clause with no subject that is no act of a doer but an aside.
_ASIDE_DEPS = frozenset({"advcl", "relcl", "acl", "parataxis", "npadvmod", "dep"})


def _verb_frame(head: Token, taken: set[int]) -> Frame | None:
    verbs = _chain(head)
    main = verbs[-1]
    if names_no_action(main) or names_no_action(head) and len(verbs) == 1:
        return None
    if names_a_state(main) or names_a_view(main) or names_no_verb(head):
        return None  # "lived in Quincy", "seen as a threat", "delivered to Trump an ..."
    if len(verbs) == 1 and comes_when(head):
        return None  # "the raid comes a month after a theft": the raid is the event
    if len(verbs) == 1 and comes_under(head):
        return None  # "the convoy came under attack": the attack is the event
    if len(verbs) == 1 and _puts_under(head):
        return None  # "placed the driver under arrest": the arrest is the event
    if len(verbs) == 1 and empty_it(head):
        return None  # "when it comes to wages", "it turned out that ...": no one acts
    if topic_of_empty_it(head):
        return None  # "when it comes to pay": the parser's "to pay" is the topic, a noun
    if len(verbs) == 1 and names_a_relation(head):
        return None  # "the clip comes from an interview", "the days leading up to the vote"
    if len(verbs) == 1 and marks_infinitive(head):
        return None  # "is going to vote", "used to live": the infinitive is the event
    if len(verbs) == 1 and raises(head):
        return None  # "the gunmen are believed to have fled": the fleeing is the event
    if len(verbs) == 1 and frames_a_time(head):
        return None  # "sacked to end the game": when the sacking was, not an aim
    if in_a_simile(head):
        return None  # "it sounded like somebody throwing a car off a roof"
    if a_figure_of_speech(head):
        return None  # "we stand on the shoulders of giants": owing, no standing
    if about_the_page(head):
        return None  # "click the box below", "share this story": the page, no event
    if len(verbs) == 1 and any(held_back_in_vain(c, head) for c in dependents(head)):
        return None  # "couldn't help laughing": the laughing is the event, no help given
    if from_now_on(head):
        return None  # "going forward, ...": when, not a movement
    if len(verbs) == 1 and part_of_a_preposition(head):
        return None  # "in keeping with the rules": a preposition, no one keeps anything
    if leads_in(head):
        return None  # "Having said that, ...": the writer's turn of phrase
    if (head.dep_ == "amod" or reduced_relative(head)) and not (
        placed_harm(head) or undergone_by_its_noun(head)
    ):
        # "the strategic airport, located on ..." describes; it is not an action. "the
        # man killed in Kestria" tells a killing there.
        return None
    if main.lemma_ == "lie" and any(
        p.lower_ in LOCATION_PREPOSITIONS | ORIGIN_PREPOSITIONS for p in children(main, "prep")
    ):
        return None  # "Kharkiv lies 40 kilometres from the border" describes a place
    if main.lemma_ in MEASURE_VERBS and _measures_a_told_event(main):
        return None  # the noun's frame takes the figure ("losses exceeded 1,000")
    says_it = puts_it_so(main)
    if says_it and head.dep_ in _ASIDE_DEPS and not children(main, "nsubj"):
        # "to put it mildly, ...", "the best way to put it": the writer's aside or a way
        # of saying, no one's act
        return None

    words = []
    for index, verb in enumerate(verbs):
        if index == 0:
            words.append(verb.lemma_.lower())
        else:
            words.append(verb.text.lower() if verb.tag_ == "VBG" else f"to {verb.lemma_.lower()}")
    words += [p.lower_ for p in children(main, "prt")]
    words += _adverb_particles(main)
    # "made clear that ...", "made the report public": the adjective is the act (telling,
    # disclosing); "make" alone says nothing of it.
    told = made_plain(main)
    if told is not None:
        words.append(told.lower_)
    elif says_it:
        words.append("it")  # "as the mayor put it": telling, not placing
    frame = Frame(trigger=head, action=" ".join(words), verbs=verbs)
    frame.reporting = (
        (main.lemma_ in REPORTING_VERBS and not adds_to(main))
        or (main.lemma_ == "point" and any(p.lower_ == "out" for p in children(main, "prt")))
        or (told is not None and told.lower_ != "public")
        or says_it
    )

    passive = any(
        c.dep_ in {"nsubjpass", "auxpass"} or (c.dep_ == "agent" and not by_how_much(c))
        for v in verbs
        for c in dependents(v)
    )
    passive = (passive and not by_the_way(head)) or shares_passive(head) or passive_before_by(head)
    passive = passive or participle_of_noun(head)
    passive = passive or headline_passive(head)
    frame.actor = named_apposition(bound_it(bound_pronoun(verb_actor(head, passive))))
    if frame.actor is not None and (sold_at_a_price(main) or sold_out(main, frame.actor)):
        # "the cards sell for $500", "the oven sold out": what the parser takes for the
        # seller is what is sold.
        frame.target = argument(noun_phrase(frame.actor))
        frame.target_token = frame.actor
        frame.actor = None
    target = verb_target(main, head, passive, frame, taken)
    if target is not None and frame.target is None:
        frame.target = target_argument(target, head)
        frame.target_token = target
    if frame.actor is not None:
        frame.actor_argument = argument_for(frame.actor)
    _happening_as_event(frame, taken)
    scene = _scene_of_happening(frame, taken)
    frame.places = frame_places(frame.verbs, frame)
    if scene is not None and not frame.places:
        frame.places.append(scene)
    frame.time = verb_time(verbs)
    # "is not expected to attend", "is not going to attend", "is not set to attend": the
    # expectation's "not" is the attending's.
    expecting = (
        [head.head]
        if head.dep_ == "xcomp" and (expected_in_passive(head.head) or set_ahead(head.head))
        else []
    )
    expecting += _be_of_adjective(head)  # "prices are not likely to fall"
    frame.negated = any(
        (c.dep_ == "neg" or (c.dep_ in {"advmod", "nsubj"} and c.lower_ in NEGATION_WORDS))
        and not not_only(c)  # "have not just survived but are thriving": they survived
        for v in (*verbs, *expecting, *_prefix_standing_for(head))
        for c in dependents(v)
    ) or any(opened_by_nor(v) for v in (*verbs, *expecting))  # "nor did he report it"
    if _avoided(head):
        frame.negated = True  # "told drivers to avoid using the bridge": not to use
    if _forbidden(head):
        frame.negated = True  # "Do not let them use the schools": asked that they not use them
    if any(negative_subject(v) for v in verbs):
        # Said here, not left to the modality, which reads a subject that names no one only
        # when nothing else makes the event non-factual: "no one will be charged", "hopes
        # nobody was hurt", "none of them would say".
        frame.negated = True
    if (
        frame.actor is not None
        and any(
            c.dep_ in {"det", "preconj"} and c.lower_ in {"neither", "no"}
            for c in dependents(frame.actor)
        )
        # "it made no sense to send them": the noun "sense" is no doer, the act was done
        and not (infinitive(head) and judging_verb(head, head.head) is not None)
    ):
        frame.negated = True  # "Neither side has published ...", "No troops crossed ..."
    if any(_denied_by_object(v, frame.reporting) for v in verbs):
        frame.negated = True  # "gave no reason", "took nothing": none was given or taken
    if meant_by_none(head):
        frame.negated = True  # "has no plans to recall them": the recall is not planned
    if denied_with(head):
        frame.negated = True  # "had not paid the rent or repaid the loan": neither was done
    return frame


def _be_of_adjective(verb: Token) -> list[Token]:
    """The "be" of an adjective whose "not" is the infinitive ``verb``'s
    (:data:`~kg.lang.en.NOT_PASSING_ADJECTIVES`): "prices are not likely to fall", "Nor is
    the council willing to sell"."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or not infinitive(verb) or adjective.dep_ != "acomp":
        return []
    if adjective.lower_ not in NOT_PASSING_ADJECTIVES or adjective.head.lemma_ != "be":
        return []
    return [adjective.head]


def _adverb_particles(verb: Token) -> list[str]:
    """The adverbs of ``verb`` that complete its phrase ("pulled back", "wiped out"), but
    not an "up" or "down" set off after a comma or a dash with its own "from": that one
    compares the figure with an older one ("rose 5 percent, up from 3 percent"); nor one
    with a measure of its own ("camped a mile away", "stood two steps back"), which says
    where, not how the act was done."""
    return [
        a.lower_
        for a in children(verb, "advmod")
        if a.lower_ in ADVERB_PARTICLES
        and not compares_with_before(a)
        and not children(a, "npadvmod")
    ]


def _measures_a_told_event(verb: Token) -> bool:
    """Whether a verb of measure (:data:`MEASURE_VERBS`) only sizes the event its subject
    names, which the noun's own frame tells with a role: "losses of the rebels exceeded
    1,000", "Russian casualties rose to 500" (the noun's frame takes the figure). A bare
    event noun ("sales rose 5 percent", "deaths rose to 50") makes no event of its own (a
    later mention, see :attr:`Frame.bare`): the verb tells the change and keeps its figure."""
    for subject in children(verb, "nsubj"):
        action = event_action(subject)
        if action is None:
            continue
        frame = _noun_frame(subject, action)
        if frame is not None and not frame.bare:
            return True
    return False


def _elided_frame(modal: Token) -> Frame | None:
    """The frame of a modal whose verb phrase was said before: "She won't." after "the
    mayor will raise taxes" is her not raising them. The modal is the trigger (its word
    says whether the act happens), its subject the actor; the action is the verb left
    out, with its particles, and its target the verb's object, left out with it ("said
    the firm would cut jobs. It might.": jobs). Places stay with the verb's own event:
    the ellipsis may leave out only part of the phrase ("will he? He might, in May")."""
    verb = elided_verb(modal)
    if verb is None:
        return None
    antecedent = _verb_frame(verb, set())
    words = [verb.lemma_.lower()]
    words += [p.lower_ for p in children(verb, "prt")]
    words += _adverb_particles(verb)
    frame = Frame(trigger=modal, action=" ".join(words), verbs=[modal])
    frame.actor = named_apposition(bound_it(bound_pronoun(verb_actor(modal, False))))
    if frame.actor is None:
        return None
    frame.actor_argument = argument_for(frame.actor)
    frame.negated = any(negates(c) for c in dependents(modal))
    if antecedent is not None:
        frame.antecedent = antecedent
        if antecedent.target_token is not None and antecedent.target_token.dep_ not in SUBJECT_DEPS:
            frame.target = antecedent.target
            frame.target_token = antecedent.target_token
    return frame


def _denied_by_object(verb: Token, reporting: bool) -> bool:
    """Whether ``verb``'s object names none of its kind, so that nothing was done to it:
    "gave no reason", "took nothing", "made no arrests". A report of none ("the army
    reported no casualties", "confirmed no deaths") was made: what it reports is denied
    (the event noun's own frame), the reporting is not; "said nothing" is no saying."""
    return any(
        names_none(c) and (not reporting or c.lower_ in NOBODY_WORDS)
        for c in children(verb, "dobj")
    )


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


def _happening_as_event(frame: Frame, taken: set[int]) -> None:
    """Make a frame of "X took place" the event X names, with the verb's places
    ("riots took place in the east of the port": riot, there). A cause that names no
    event of kg's ("a fire broke out", "war broke out") is what the verb's event is
    about, not its doer. Changes ``frame``."""
    noun = frame.actor
    if frame.action not in HAPPEN_VERBS or noun is None:
        return
    noun = _happening_named_before(noun, frame.trigger) or noun
    action = event_action(noun)
    if action is None:
        if (
            frame.target is None
            and frame.action != "erupt"  # a volcano's verb: "the crisis erupted" is no Disaster
            and noun.lemma_.lower() in CAUSE_NOUNS
        ):
            frame.target = argument(noun_phrase(noun))
            frame.target_token = noun
            frame.actor = frame.actor_argument = None
        return
    verb = frame.trigger
    frame.action = action
    frame.trigger = noun
    frame.verbs = [*frame.verbs, noun]
    taken.add(noun.i)
    doer = (
        between_sides(noun)
        or between_sides(noun, verb)  # "clashes broke out between police and protesters"
        or noun_modifier_doer(noun, named_place(noun))
    )
    frame.actor = doer
    frame.actor_argument = None if doer is None else doer_argument(doer)
    done_to = noun_target(noun)
    if frame.target is None and done_to is not None:
        # "the killing of three men, which took place on Monday": the men, as the noun's
        # own event has them; this frame takes the noun's place.
        frame.target = argument(noun_phrase(done_to))
        frame.target_token = done_to


def _happening_named_before(noun: Token, verb: Token) -> Token | None:
    """The event noun a relative clause of happening is about when the parser hangs the
    clause on the noun after its preposition: "the shelling of the town, which took place
    overnight", "the arrest of the mayor, which happened on Monday", "the raid on the
    village, which took place at dawn" (a town, a mayor or a village does not take place;
    the shelling, the arrest and the raid do). ``None`` for any other shape."""
    if verb.dep_ != "relcl" or verb.head.i != noun.i or event_action(noun) is not None:
        return None
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    happening = noun.head.head
    return happening if event_action(happening) is not None else None


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
    target = noun_target(noun)
    frame.target = None if target is None else argument(noun_phrase(target))
    frame.target_token = target
    doer = between_sides(noun) or noun_modifier_doer(noun, named_place(noun))
    frame.actor = doer
    frame.actor_argument = None if doer is None else doer_argument(doer)
    return Place(argument(noun_phrase(scene)), "location")


def _noun_frame(noun: Token, action: str) -> Frame | None:
    above = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if above is not None and above.lemma_.lower() in HYPOTHETICAL_HEADS:
        return None
    frame = Frame(trigger=noun, action=action, verbs=[noun])
    # The actor: "by X", a possessive ("Russia's invasion"), a demonym ("Russian losses"),
    # or the owner of losses ("the losses of Valdish troops").
    for prep in children(noun, "prep"):
        if prep.lower_ == "by":
            for pobj in children(prep, "pobj"):
                frame.actor = pobj
        elif prep.lower_ == "of" and (
            action in SUFFERED_ACTIONS or noun.lemma_.lower() in INTRANSITIVE_NOUNS
        ):
            for pobj in children(prep, "pobj"):
                # Who suffered a loss is a person or a group: "the loss of life", "of $5
                # million", "of support" says what was lost (the target).
                if action not in SUFFERED_ACTIONS or can_suffer(pobj):
                    frame.actor = pobj
    if frame.actor is None:
        frame.actor = between_sides(noun)
    place_named = named_place(noun)
    if frame.actor is None:
        frame.actor = noun_modifier_doer(noun, place_named)
        if frame.actor is not None and open_possessor(noun, frame.actor):
            frame.actor = None
    if frame.actor is None:
        frame.actor = undertaking_doer(noun, place_named)  # "Russia's bombing campaign"
    if frame.actor is None:
        frame.actor = accused_doer(noun)
    if frame.actor is None:
        frame.actor = announcer(noun)
    if frame.actor is None:
        frame.actor = held_responsible(noun)
    if frame.actor is None:
        frame.actor = undergone_doer(noun)  # "came under attack from rebels"
    if frame.actor is None:
        frame.actor = performer(noun)  # "the gang committed a robbery"
    if frame.actor is not None:
        frame.actor_argument = doer_argument(frame.actor)
        if frame.actor_argument.start <= noun.idx < frame.actor_argument.end:
            # "the gang responsible for the raid": the raid's doer is the gang, not a
            # phrase that holds the raid itself.
            frame.actor_argument = name_before_deed(frame.actor, noun)
    target = noun_target(noun)
    if target is not None:
        frame.target = argument(noun_phrase(target))
    frame.places = frame_places([noun], frame)
    if place_named is not None and not frame.places:
        frame.places.append(Place(argument(noun_phrase(place_named)), "location"))
    if not frame.places:
        heard_at = hearer_place(noun)
        if heard_at is not None:
            frame.places.append(Place(argument(noun_phrase(heard_at)), "location"))
    if frame.actor is None and (frame.target is not None or frame.places):
        # Only for an event the noun tells with a role of its own ("the police shooting of
        # a boy"): a bare "police investigation" stays the later mention it mostly is.
        frame.actor = body_before(noun)
        if frame.actor is not None:
            frame.actor_argument = doer_argument(frame.actor)
    if noun.dep_ == "nsubj" and noun.head.lemma_ in MEASURE_VERBS:
        frame.verbs.append(noun.head)  # its figures are the noun's
    frame.time = noun_time(noun)
    frame.negated = names_none(noun)  # "reported no deaths": no one is said to have died
    return frame
