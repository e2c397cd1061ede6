"""Where: the places of a frame, the last of its parts the rules fill.

:func:`frame_places` reads the locative, origin and destination phrases of a frame's verbs
and of the clauses under them, and leaves out the phrases that say who or what a noun is
rather than where the event was (:func:`in_what_is_said`, ``prison_term``), places at a
distance ("30 km from Kharkiv"), the one told or given to ("complained to the hotel"), a
title in quotation marks, the topic of an attribution, a "to" or "from" that says which one
the object is, and the places of another happening or of a cause; a span "from X to Y" on an
event that moves nothing is where it happened, not a route. It also reads a fronted place
("In Iraq, ..."), what "there" and "where" point back to, the place named before an event
noun ("the Paris attacks"), where its hearer was, and tells a web site from a place. The
tests that :mod:`kg.extract.place_scorer` reuses for its candidates are public here.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.event_types import noun_kind, superclasses, verb_kind
from kg.extract.clauses import children, is_passive, participle_of_noun
from kg.extract.cue_words import perceiving_verb
from kg.extract.spans import (
    PLACE_LABELS,
    SUBJECT_DEPS,
    TIME_LABELS,
    argument,
    call_table,
    dependents,
    double_marks,
    entity_at,
    event_action,
    has_subject,
    is_place,
    noun_phrase,
    only_qualified_by_place,
    round_brackets,
    says_often,
    says_who,
    sentence_of,
)
from kg.gazetteer import gazetteer
from kg.lang.en import (
    AFFILIATION_PARTICIPLES,
    AMID_PREPOSITIONS,
    AS_TIME_SPEECH_VERBS,
    CANDIDACY_VERBS,
    CAPTION_ASIDE_WORDS,
    CARRYING_VERBS,
    CAUSE_PHRASE_NOUNS,
    CAUSE_PREPOSITIONS,
    CUSTODY_PARTICIPLES,
    DEPICTION_NOUNS,
    DESTINATION_PREPOSITIONS,
    ESCORTING_VERBS,
    GIVING_VERBS,
    HAPPENING_VERBS,
    LIFE_PARTICIPLES,
    LOCATION_PREPOSITIONS,
    MOTION_VERBS,
    MOVING_SENSES,
    ON_AIR_VERBS,
    ORIGIN_PREPOSITIONS,
    PLACE_NOUNS,
    POLITY_NOUNS,
    POSITION_PARTICIPLES,
    PRISON_NOUNS,
    PRISON_TERM_NOUNS,
    RECALLING_VERBS,
    REGION_PART_NOUNS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SEQUENCE_PREPOSITIONS,
    SERVING_VERBS,
    SITE_SENSES,
    SMALL_WORDS,
    TOPIC_NOUNS,
    TRAVELLER_SENSES,
    UNDERGOER_VERBS,
    WEB_WORDS,
    WORD_VERBS,
)
from kg.lang.wordnet import (
    NOUN_ACT,
    NOUN_ANIMAL,
    NOUN_ARTIFACT,
    NOUN_ATTRIBUTE,
    NOUN_BODY,
    NOUN_COGNITION,
    NOUN_COMMUNICATION,
    NOUN_EVENT,
    NOUN_FEELING,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    NOUN_QUANTITY,
    NOUN_RELATION,
    NOUN_STATE,
    NOUN_TIME,
    NOUN_TOPS,
    VERB_CHANGE,
    VERB_COGNITION,
    VERB_COMMUNICATION,
    VERB_COMPETITION,
    VERB_CONTACT,
    VERB_MOTION,
    VERB_PERCEPTION,
    VERB_POSSESSION,
    VERB_SOCIAL,
    noun_classes,
    sense_below,
    verb_classes,
    verb_sense_below,
)
from kg.model import Argument, Place, PlaceRole

if TYPE_CHECKING:
    # Only for annotations: kg.extract.frames imports this module to build its frames.
    from kg.extract.frames import Frame

__all__ = [
    "addressed",
    "among_the_asked",
    "country_name",
    "describes_a_party",
    "borne_on_a_polity",
    "frame_places",
    "hearer_place",
    "in_attribution",
    "in_caption_aside",
    "in_cause",
    "in_earlier_participle",
    "in_from_to_pair",
    "in_quoted_title",
    "in_standard_or_recalled",
    "in_topic",
    "in_unplaced_subject",
    "in_what_is_said",
    "landmark",
    "name_part",
    "named_place",
    "names_which_object",
    "prison_term",
    "site_noun",
    "verb_of_going",
    "web_site",
    "where_antecedent",
]


def _listed_among_bodies(name: Token) -> bool:
    """Whether a name tagged a place is listed only with bodies that are no places
    ("phones from Nokia, Sony and Acer", the tagger's place for the first maker): a list
    of firms or groups, each a body like the others."""
    others = name.conjuncts
    return len(others) >= _LISTED and all(o.ent_type_ == "ORG" and not is_place(o) for o in others)


#: How many other names make a list: "Nokia, Sony and Acer" (one, "X in A and Y in B", may
#: be a place and a person the tagger took for a body).
_LISTED = 2


def _place_role(preposition: str) -> PlaceRole:
    if preposition in ORIGIN_PREPOSITIONS:
        return "origin"
    if preposition in DESTINATION_PREPOSITIONS:
        return "destination"
    return "location"


#: WordNet's files of verbs that move someone or something, in either of a verb's two most
#: frequent senses: motion ("walk", "ship", "accompany"), possession ("trade", "export")
#: and social acts that send people ("deport", "extradite", "expel").
_MOVING_VERB_CLASSES = frozenset({VERB_MOTION, VERB_POSSESSION, VERB_SOCIAL})
#: WordNet's files of verbs that move a thing or a message in their most frequent sense:
#: contact ("spread", "spill", "push") and communication ("relay", "broadcast", "cable").
_SENDING_VERB_CLASSES = frozenset({VERB_COMMUNICATION, VERB_CONTACT})


def _span_of_places(prep: Token, verbs: list[Token]) -> bool:
    """Whether a "from" or "to" is one end of a span of places over which the event
    happened, not where it went from or to: "from Texas to Maine, shoppers stocked up",
    "finished first in every state, from Iowa to Ohio", "a cable that stretches from X to
    Y". The pair "from X to Y" is a route only when the event moves someone or something
    (the verbs of ``MOTION_VERBS``, ``CARRYING_VERBS``, ``GIVING_VERBS``, WordNet's verbs
    of motion, possession or sending, a passive of taking: "flew from X to Y", "traded
    from X to Y", "deported from X to Y", "the fire spread from X to Y"). Set before the
    subject ("From X to Y, leaders praised ..."), the pair frames the clause, a route
    only for a verb of motion."""
    if prep.lower_ not in {"from", "to"}:
        return False
    if not any(v.pos_ in {"VERB", "AUX"} for v in verbs):
        return False
    partner = _other_end(prep)
    if partner is None:
        return _in_place_span(prep, verbs)  # "damaged homes from Texas to Maine": split
    first = min(prep, partner, key=lambda t: t.i)
    holder = first.head  # "broke apart flying from X to Y": the flying went there
    movers = [*verbs, holder] if holder.pos_ in {"VERB", "AUX"} else verbs
    lemmas = [v.lemma_.lower() for v in movers]
    if any(lemma in MOTION_VERBS | CARRYING_VERBS for lemma in lemmas):
        return False
    # WordNet's verb senses of a verb only: the noun of "protests erupted from X to Y" is
    # no verb of saying that sends something there (its own word, "a march", counts above).
    if _done_to_many_in_place(_verbs_only(movers), prep, partner):
        return True
    kinds = [_moving_classes(v) for v in _verbs_only(movers)]
    if any(VERB_MOTION in classes for classes in kinds):
        return False
    if _before_the_subject(first, verbs):
        return True
    if any(lemma in GIVING_VERBS for lemma in lemmas) or any(_taken_there(v) for v in movers):
        return False
    return not any(
        _MOVING_VERB_CLASSES & set(classes) or classes[0] in _SENDING_VERB_CLASSES
        for classes in kinds
        if classes
    )


def _way_of_what_is_acted_on(prep: Token, verbs: list[Token]) -> bool:
    """Whether ``prep`` is a "from" or "to" on the event's object (or passive subject), or
    the other end of a pair "from X to Y" whose "from" is (:func:`_other_end`, or split by
    the parse: :func:`_split_pair`), when that object goes a way of its own
    (``TRAVELLER_SENSES``: "banned flights from X to Y", "halted trains from X to Y",
    "detained migrants from X to Y", "suspended flights to X", "allowed shipments to X").
    The phrase says which flights, trains or migrants: the ban was not done at X nor went
    from X to Y. Not when the event itself moves the object ("shipped goods from X to Y",
    "diverted flights from X to Y", "exported a shipment to X": its own way then), nor on
    an object of another kind ("arrested protesters from X to Y", where the arrests may
    span the way: :func:`_done_to_many_in_place`)."""
    if prep.lower_ not in {"from", "to"}:
        return False
    partner = _other_end(prep) or _split_pair(prep)
    held = (prep if partner is None else min(prep, partner, key=lambda t: t.i)).head
    if held.dep_ not in {"dobj", "nsubjpass"} or held.head.i not in {v.i for v in verbs}:
        return False
    if not sense_below(held.lemma_.lower(), TRAVELLER_SENSES):
        return False
    return not any(_moves_what_it_acts_on(v) for v in verbs)


def _moves_what_it_acts_on(verb: Token) -> bool:
    """Whether ``verb`` takes what it acts on somewhere: kg's verbs of going, carrying,
    giving or escorting, a verb of trade (its first WordNet sense one of possession:
    "export", "sell"), or a verb whose first sense moves something (``MOVING_SENSES``:
    "divert", "evacuate"), unless it is an act done in place (``_IN_PLACE_KINDS``: "ban",
    whose first sense is to banish, says no way of the flights banned)."""
    lemma = verb.lemma_.lower()
    if lemma in MOTION_VERBS | CARRYING_VERBS | GIVING_VERBS | ESCORTING_VERBS:
        return True
    if _verb_classes(verb)[:1] == (VERB_POSSESSION,):
        return True  # "exported its first shipment to Europe": trade sends the goods
    return verb_sense_below(lemma, MOVING_SENSES, limit=1) and not _of_kinds(verb, _IN_PLACE_KINDS)


#: Kinds of event (with the kinds below them) done to people or things where they are,
#: moving no one: an arrest, a killing, a wound, a crackdown, a protest, damage.
_IN_PLACE_KINDS = frozenset({"Arrest", "Death", "Injury", "Suppression", "Protest", "Damage"})


def _done_to_many_in_place(verbs: list[Token], prep: Token, partner: Token) -> bool:
    """Whether a pair "from X to Y" of named places is the span over which an act done in
    place (``_IN_PLACE_KINDS``) befell many: "police arrested protesters from Paris to
    Rome", "dozens were killed from Homs to Aleppo", "thousands protested from X to Y". The
    verbs' WordNet senses would read a route there ("arrest" and "block" first touch, "detain"
    and "protest" are social with someone), but many arrests in many places take no one
    from one city to the other. One person ("abducted a girl from Lagos to Kano") or sites
    that are no named places ("kidnapped the girls from their school to a camp") may be
    taken along the way: a route still."""
    if not verbs or not all(_of_kinds(v, _IN_PLACE_KINDS) for v in verbs):
        return False
    ends = [o for end in (prep, partner) for o in children(end, "pobj")]
    if len(ends) != 2 or not all(o.ent_type_ in {"GPE", "LOC"} for o in ends):
        return False
    verb = verbs[0]
    befallen = children(verb, "dobj") or children(verb, "nsubjpass") or children(verb, "nsubj")
    return any(_many(word) for word in befallen)


def _in_place_span(prep: Token, verbs: list[Token]) -> bool:
    """Whether a "from" or "to" is one end of a pair "from X to Y" (:func:`_other_end`, or
    split by the parse between the verb's object and the verb: :func:`_split_pair`) that
    is the span over which an act done in place befell many (:func:`_done_to_many_in_place`):
    "the storm damaged homes from Texas to Maine", "protesters blocked roads from Lyon to
    Marseille". On the object, the pair would otherwise say which ones the object names
    (:func:`_which_object`); the many acted on are all over the span. Only for such acts:
    on another verb the "from" may say who the object is ("welcomed refugees from Syria to
    Berlin": not where they were welcomed)."""
    if prep.lower_ not in {"from", "to"}:
        return False
    partner = _other_end(prep)
    if partner is None:
        partner = _split_pair(prep)
    return partner is not None and _done_to_many_in_place(_verbs_only(verbs), prep, partner)


def _verbs_only(verbs: list[Token]) -> list[Token]:
    """The event's words that are verbs (an event noun's own word is none)."""
    return [v for v in verbs if v.pos_ in {"VERB", "AUX"}]


def _split_pair(prep: Token) -> Token | None:
    """The other end of a pair "from X to Y" whose "from" the parse hung on the verb's
    object and whose "to" on the verb, right after the "from" phrase: "damaged homes from
    Texas to Maine" (:func:`_other_end` finds the pairs hung on one word)."""
    if prep.lower_ == "from" and prep.head.dep_ == "dobj":
        verb = prep.head.head
        return next(
            (
                c
                for c in children(verb, "prep")
                if c.lower_ == "to" and 0 < c.i - prep.right_edge.i <= 2
            ),
            None,
        )
    if prep.lower_ == "to":
        return next(
            (
                c
                for o in children(prep.head, "dobj")
                for c in children(o, "prep")
                if c.lower_ == "from" and 0 < prep.i - c.right_edge.i <= 2
            ),
            None,
        )
    return None


def _of_kinds(verb: Token, kinds: frozenset[str]) -> bool:
    """Whether the verb's kind, or one above it, is of ``kinds``."""
    kind = verb_kind(verb.lemma_.lower())
    return kind is not None and not kinds.isdisjoint({kind, *superclasses(kind)})


def _many(noun: Token) -> bool:
    """Whether ``noun`` names more than one: a plural ("protesters", "dozens") or a noun
    with a number of its own."""
    return noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "nummod" for c in dependents(noun))


def _moving_classes(verb: Token) -> tuple[int, ...]:
    """WordNet's files of a verb's senses (:func:`_verb_classes`) as they bear on moving: a
    social act sends people only when it is done to someone ("deported the men from X to
    Y", "was extradited from X") and is a kind of moving them (``MOVING_SENSES``); with no
    one it is done to, or done to them where they are ("persuade towns from the coast to
    the mountains", "restrain rivals from X to Y"), it moves no one ("fans celebrated from
    Boston to Miami", "voters turned out from X to Y")."""
    classes = _verb_classes(verb)
    if (is_passive(verb) or children(verb, "dobj")) and verb_sense_below(
        verb.lemma_.lower(), MOVING_SENSES
    ):
        return classes
    return tuple(-1 if c == VERB_SOCIAL else c for c in classes)  # each sense in its place


def verb_of_going(verb: Token) -> bool:
    """Whether ``verb`` is a verb of going: kg's motion verbs, or one whose most frequent
    WordNet sense is a motion ("leave", "depart", "run")."""
    lemma = verb.lemma_.lower()
    return lemma in MOTION_VERBS or verb_classes(lemma)[:1] == (VERB_MOTION,)


def _gone_for(prep: Token, verbs: list[Token]) -> bool:
    """Whether a "for" on the event's own verb of going names where it went: "left for
    Lisbon", "the ship sailed for the port", "headed for the border" (not "voted for",
    "fought for Ukraine", which are no going, nor "ran for mayor of Leeds", no place, nor
    "ran for his district", an office sought)."""
    return (
        prep.lower_ == "for"
        and prep.head.i in {v.i for v in verbs}
        and verb_of_going(prep.head)
        and prep.head.lemma_.lower() not in CANDIDACY_VERBS
        and any(is_place(pobj) for pobj in children(prep, "pobj"))
    )


def _verb_classes(verb: Token) -> tuple[int, ...]:
    """WordNet's files of a verb's senses (:func:`verb_classes`), of the phrasal verb with
    its particle where WordNet knows it: "turned up the heating" is no turning."""
    lemma = verb.lemma_.lower()
    for particle in children(verb, "prt"):
        phrasal = verb_classes(f"{lemma} {particle.lower_}")
        if phrasal:
            return phrasal
    return verb_classes(lemma)


def _other_end(prep: Token) -> Token | None:
    """The "to" of a "from" ("from X to Y": the parse hangs it on "from", on X or on the
    verb right after X's phrase), or the "from" of a "to"."""
    if prep.lower_ == "from":
        objects = children(prep, "pobj")
        holders = [prep, *objects, *(a for o in objects for a in children(o, "appos"))]
        for holder in holders:
            for child in children(holder, "prep"):
                if child.lower_ == "to" and child.i > prep.i:
                    return child
        return next(
            (
                c
                for c in children(prep.head, "prep")
                if c.lower_ == "to" and 0 < c.i - prep.right_edge.i <= 2
            ),
            None,
        )
    head = prep.head
    if head.lower_ == "from" and head.dep_ == "prep" and head.i < prep.i:
        return head
    if head.dep_ in {"pobj", "appos"}:
        outer = head.head if head.dep_ == "pobj" else head.head.head
        if outer.lower_ == "from" and outer.dep_ == "prep" and outer.i < prep.i:
            return outer
    return next(
        (
            c
            for c in children(head, "prep")
            if c.lower_ == "from" and 0 < prep.i - c.right_edge.i <= 2
        ),
        None,
    )


def in_from_to_pair(prep: Token) -> bool:
    """Whether a "to" or "from" is one end of a pair "from X to Y" (:func:`_other_end`):
    a span or a route of places, which names no one the event is done to ("fans
    celebrated from Boston to Miami": neither a target)."""
    return prep.lower_ in {"from", "to"} and _other_end(prep) is not None


def _before_the_subject(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` stands before the subject of the event's first verb, at the front
    of the clause: "From Texas to Maine, shoppers stocked up"."""
    verb = verbs[0]
    subjects = [c.i for c in dependents(verb) if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and word.i < min(subjects) and word.i < verb.i


#: Prepositions whose object may be where an event was, came from or went to (joined once
#: here: every preposition of every clause is asked).
_PLACE_PREPOSITIONS = LOCATION_PREPOSITIONS | ORIGIN_PREPOSITIONS | DESTINATION_PREPOSITIONS


def frame_places(verbs: list[Token], frame: Frame) -> list[Place]:
    places: list[Place] = []
    seen: set[int] = set()
    taken = (frame.target, frame.actor_argument)
    verb_ids = {v.i for v in verbs}
    for prep in _clause_prepositions(verbs):
        role_word = prep.lower_
        if _gone_for(prep, verbs):
            role_word = "to"  # "left for Lisbon": where she went
        if role_word not in _PLACE_PREPOSITIONS:
            continue
        if _at_a_distance(prep):
            continue  # "30 km from Kharkiv", "within 30 km of Kyiv": near it, not in or from it
        if _way_of_what_is_acted_on(prep, verbs):
            continue  # "banned flights from London to Paris": the flights' way, not the ban's
        if _where_the_asked_are(prep):
            continue
        if _where_the_heard_are(prep, verbs):
            continue  # "heard from teachers in X": where they are, not where one heard
        if role_word == "of" and _names_with_of(prep.head):
            continue  # "of Aden" in "the Gulf of Aden": part of a name, which is the place
        region_acted_on = _land_of_the_part_acted_on(prep, verbs, frame)
        if (
            not region_acted_on
            and _says_who_or_what(prep, verbs, frame)
            and not _in_place_span(prep, verbs)
        ):
            continue  # but "damaged homes from Texas to Maine": the homes across a span
        if in_what_is_said(prep, frame):
            continue
        if _to_the_addressed(prep, verbs):
            continue  # "complained to the hotel": the one told, not where she went
        if _on_a_programme(prep):
            continue  # "Speaking on Morning Kestria, he ...": a show, not where he was
        if _on_a_polity(prep, verbs):
            continue  # "put pressure on Kestria": what the act bears on, not where it was
        if _in_the_thing_given(prep, verbs):
            continue  # "brought him a spot on the stage in Ohio": where the spot is
        if _past_the_aside(prep, verbs):
            continue  # "bring a park, made famous by a show, to the county": not made there
        if in_unplaced_subject(prep, verbs):
            continue  # "her victories in Georgia gave her a lead": where she won
        for pobj in children(prep, "pobj"):
            place = _place_token(pobj)
            if place is None and prep.head.i in verb_ids and site_noun(pobj):
                place = pobj  # "died in a hospice": a site on the event's own verb
            if place is None and prep.head.i in verb_ids and _named_site_gone_to(pobj):
                place = pobj  # "was taken to Kestrel General Hospital": where she was taken
            if place is None or in_quoted_title(place) or in_caption_aside(place):
                continue
            if _listed_among_bodies(pobj):
                continue  # "phones from Nokia, Sony and Acer": a maker listed with makers
            # "towards Kherson and Mariupol", "the cities of Tarnow and Orlen": each place
            # named in the coordination, in the same role. Not where from ("ministers from
            # X and Y", "allies from X and Y to Z": who they are, more often than a route),
            # nor past a phrase that is no place ("with the aid of X and Y").
            role = _place_role(role_word)
            if role != "location" and _span_of_places(prep, verbs):
                role = "location"  # "from Texas to Maine, shoppers stocked up": all over
            # "in places such as Orlen and Tarvo": every example named.
            coordinated = role != "origin" and (is_place(pobj) or named_example(pobj) is not None)
            # "the Gulf of Aden and the Red Sea": the parse joins the next place to "Aden".
            joined = place.conjuncts + tuple(_name_inner_conjuncts(place))
            more = [c for c in joined if c.i > place.i] if coordinated else []
            for each in (place, *(c for c in more if is_place(c))):
                if each.i in seen:
                    continue
                if any(a is not None and a.start <= each.idx < a.end for a in taken) and not (
                    _where_they_are(each) or region_acted_on
                ):
                    continue  # "the government of X ratified": X names who, not where
                if any(p.argument.start <= each.idx < p.argument.end for p in places):
                    continue  # "in the Kestrel district of Orlen": named with the district
                seen.add(each.i)
                places.append(Place(argument(noun_phrase(each)), role))
    if not places:
        places = _when_clause_places(verbs, frame)
    if not places:
        # "The Kabul bombing killed 12": a happening as the subject brings its place.
        for subject in dependents(verbs[0]):
            if subject.dep_ in SUBJECT_DEPS and event_action(subject) is not None:
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


def _land_of_the_part_acted_on(prep: Token, verbs: list[Token], frame: Frame) -> bool:
    """Whether ``prep`` is the "of" on the event's target that names the land the target
    is a part of (``REGION_PART_NOUNS``): "shelled the outskirts of Orlen", "floods filled
    the streets of Orlen", "an air strike on the eastern districts of Orlen", "retook every
    inch of Kestria". The act is done in that land, though the name lies inside the target
    (where a name mostly says whose: "the government of X"). Not for a verb of going or a
    target reached by "to" or "from", whose place is an end of a way ("left the town of
    X", "spread to the rest of X"), not on a name ("the Labour Centre of the city": a
    site, which "of" may say whose), nor on the doer ("people of the town of X": who
    they are)."""
    part, target = prep.head, frame.target
    if prep.lower_ != "of" or target is None or not _heads_the_argument(part, target):
        return False
    if part.pos_ != "NOUN" or not {part.lemma_.lower(), part.lower_} & REGION_PART_NOUNS:
        return False  # "occupied the Labour Centre of the city": a named site, whose
    if part.head.lower_ in ORIGIN_PREPOSITIONS | DESTINATION_PREPOSITIONS:
        return False  # "the crisis spread to the rest of X": where it went
    return not any(verb_of_going(v) for v in verbs)


def _heads_the_argument(word: Token, span: Argument) -> bool:
    """Whether ``word`` is the head of the argument ``span``: in it, hung on a word
    outside it (a verb's object, or a noun event's "on" phrase)."""
    inside = span.start <= word.idx < span.end
    return inside and not (span.start <= word.head.idx < span.end) and word.head.i != word.i


#: Kinds of harm to a body, which befalls it where the happening of its "when" clause
#: is: "a pilot died when his jet crashed in X", "two were hurt when a bomb went off at a
#: bank". Not other events ("markets fell when a bank collapsed in X": not there).
_HARM_KINDS = frozenset({"Death", "Killing", "Injury"})


def _when_clause_places(verbs: list[Token], frame: Frame) -> list[Place]:
    """The places of the "when" clause of a harm to a body (``_HARM_KINDS``), read as the
    clause's own places are: only where its happening is, not where it went or came from
    ("died when she moved to London": not a death in London)."""
    if verb_kind(verbs[0].lemma_) not in _HARM_KINDS:
        return []
    for clause in children(verbs[0], "advcl"):
        if any(c.dep_ in {"advmod", "mark"} and c.lower_ == "when" for c in dependents(clause)):
            found = [p for p in frame_places([clause], frame) if p.role == "location"]
            if found:
                return found
    return []


def _where_they_are(word: Token) -> bool:
    """Whether ``word`` is in the phrase that says whom a word like "many" names, which
    the argument keeps ("many in Berlin were fuming"): where its people are is the scene,
    as in "residents in the valley fled"."""
    return any(a.dep_ == "prep" and says_who(a.head, a) for a in word.ancestors)


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
        for prep in children(head, "prep"):
            if prep.lower_ == "at":
                for named in children(prep, "pobj"):
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
    if any(prison_term(o) for o in children(prep, "pobj")) and not any(
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
    if _which_object(prep, verbs):
        return True  # "requested a unit from Leeds", "limits access to its markets"
    if prep.lower_ not in ORIGIN_PREPOSITIONS or actor is None:
        return False
    return head.i == actor.i or (head.dep_ == "appos" and head.head.i == actor.i)


#: WordNet's files of verbs that may move what they act on, in either of a verb's two most
#: frequent senses: those of :data:`_MOVING_VERB_CLASSES`, contact ("pushed the cart to the
#: gate", "pulled troops from the town") and competition ("fired rockets from the strip").
_OBJECT_MOVING_CLASSES = _MOVING_VERB_CLASSES | {VERB_CONTACT, VERB_COMPETITION}


def _which_object(prep: Token, verbs: list[Token]) -> bool:
    """Whether a "to" or "from" inside the object's noun phrase says which one the object
    is, not where the event went or came from: "requested a unit from Leeds", "limits
    access to its markets", "reduced its commitment to Japan". Not when the event moves
    its object (the verbs of ``CARRYING_VERBS``, ``GIVING_VERBS``, ``MOTION_VERBS``, and
    WordNet's verbs of :data:`_OBJECT_MOVING_CLASSES`: "delivered a package to Leeds",
    "exported crude to Asia", "deported a man from Leeds", "fired rockets from X"), nor on a
    happening the object names or holds, whose route is its own ("began the march to the
    capital", "caused $1 million in damage to the church")."""
    if prep.lower_ not in {"to", "from"} or _happening(prep.head):
        return False  # "caused $1 million in damage to the church": where the damage was
    if _what_a_noun_leads_to(prep, verbs):
        return True
    objects = [
        o
        for v in verbs
        for o in children(v, "dobj")
        if o.left_edge.i <= prep.i <= o.right_edge.i and event_action(o) is None
    ]
    if not objects:
        return False
    if any(v.lemma_.lower() in CARRYING_VERBS | GIVING_VERBS | MOTION_VERBS for v in verbs):
        return False
    return not any(_OBJECT_MOVING_CLASSES & set(_verb_classes(v)) for v in verbs)


#: Prepositions that set an act within a journey or a happening: "during a trip to X".
_DURING_PREPOSITIONS = frozenset({"during", "on"})


def _what_a_noun_leads_to(prep: Token, verbs: list[Token]) -> bool:
    """Whether ``prep`` is a "to" on a noun inside a phrase of the event's clause that says
    what the noun leads to or bears on, not where the event went: "thought it over on the
    way to the coast", "stood behind the opposition to the plan", "losses caused by the
    lack of access to its markets", "spent the run-up to the vote". Not on a place or a
    site ("waited at the gate to the park", "died on the road to X"), nor on a journey the
    act is done on ("during a trip to X", "on a visit to X": there, as the act may well
    be), nor for an event of going or carrying ("went down the avenue on its way to the
    palace")."""
    holder = prep.head
    if prep.lower_ != "to" or holder.pos_ != "NOUN" or holder.dep_ != "pobj":
        return False
    if holder.i in {v.i for v in verbs} or is_place(holder) or _a_site(holder):
        return False
    if _on_a_journey(holder):
        return False
    return not any(verb_of_going(v) or v.lemma_.lower() in CARRYING_VERBS for v in verbs)


def _on_a_journey(noun: Token) -> bool:
    """Whether ``noun`` is an act or a happening (its first WordNet sense) that a "during"
    or an "on" sets the event within: "during a trip", "on a visit"."""
    first = noun_classes(noun.lemma_.lower())[:1]
    return noun.head.lower_ in _DURING_PREPOSITIONS and first in {(NOUN_ACT,), (NOUN_EVENT,)}


def names_which_object(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` is the object of a "to" or "from" that says which one the event's
    object is (:func:`_which_object`): no place of the event, for the rules or the scorer."""
    return word.dep_ == "pobj" and _which_object(word.head, verbs)


def _happening(noun: Token) -> bool:
    """Whether ``noun`` names a happening or what befell something: an event noun, or a
    noun whose most frequent WordNet sense is an event or a state ("damage", "harm",
    "injury")."""
    return event_action(noun) is not None or noun_classes(noun.lemma_.lower())[:1] in {
        (NOUN_EVENT,),
        (NOUN_STATE,),
    }


def _describes_a_party(prep: Token, verbs: list[Token]) -> bool:
    """Whether a place phrase inside the subject's noun phrase says where an organisation
    is or what a person does, not where the event was: "the Weather Office in Exeter
    said", "a spokesman for the clinic in Dunmore said", "Acme, based in Fairview,
    makes", "Ruth Hale, a lecturer at the college in Avonmouth, was charged". A place on a
    plain noun stays the scene: "police in Palermo said", "residents in the valley fled";
    so does an organisation reached by "to", which is what the event is about rather than
    who acts ("access to the Acme site in Fairview was restored": restored there). A
    person's apposition on the doer or on what the event acts on says the same
    (:func:`_describes_the_one_acted_on`).
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
        if any(t.ent_type_ == "ORG" for t in (*path, subject)) and not any(
            t.lower_ == "to" for t in path
        ):
            return True  # an organisation's seat; not "access to the site in X was cut"
        if any(_affiliates_a_party(t) for t in path):
            return True  # "researchers affiliated with institutions in X found": whose
        named = subject.ent_type_ in {"PERSON", "ORG"}
        if named and any(t.dep_ == "appos" for t in path):
            return True  # "X, a lecturer at Y,": what the person is
        if named and not path and _after_apposition(prep, subject):
            return True  # "X, head of the Y in Z,": the parse hangs "in Z" on the name
    return _describes_the_one_acted_on(prep, verbs)


def _a_person_described(word: Token, people: list[Token]) -> bool:
    """Whether ``word`` is an apposition that says what one of ``people`` is: a noun whose
    most frequent WordNet sense is a person ("a clerk", "the owner"), so not a name the
    model typed a person by mistake ("Acme, a firm in Fairview")."""
    return (
        word.dep_ == "appos"
        and any(word.head.i == p.i for p in people)
        and _first_sense_in(noun_classes(word.lemma_.lower()), frozenset({NOUN_PERSON}))
    )


#: The dependencies of a noun the event's verb acts on or reaches directly, or its doer.
_PARTY_DEPS = frozenset({"dobj", "dative", "oprd", "pobj"}) | SUBJECT_DEPS


def _describes_the_one_acted_on(prep: Token, verbs: list[Token]) -> bool:
    """Whether a place phrase lies in an apposition that says what a person the event acts
    on, or its doer, is: "the lawyers called Ann Lee, a clerk at a bank in Leeds", "the
    victim, a student at a college in Leeds, was stabbed near his home". It tells where
    they work or study, not where the act was, as on a named subject ("Ruth Hale, a
    lecturer at the college in Avonmouth, was charged"). Only an apposition whose noun is
    a person's ("visited Acme, a firm in Fairview": a site one goes to), and not a phrase
    on the noun itself ("met Ann Lee in Leeds")."""
    reached = [c for v in verbs for c in dependents(v)]
    reached += [o for c in reached if c.dep_ == "prep" for o in children(c, "pobj")]
    parties = [
        c for c in reached if c.dep_ in _PARTY_DEPS and c.left_edge.i <= prep.i <= c.right_edge.i
    ]
    if not parties:
        return False
    word = prep
    # At most one step a word of the sentence: ends even on a parse whose heads loop.
    for _ in range(len(prep.doc)):
        if _a_person_described(word, parties):
            return True  # "Ann Lee, a clerk at a bank in Leeds": who she is
        if word.head.i == word.i or any(word.i == p.i for p in parties):
            return False
        word = word.head
    return False


def _past_participle(verb: Token) -> bool:
    """Whether ``verb``, hung on a noun, is a past participle: tagged one ("food being
    allowed into X"), or a past tense with no subject or auxiliary of its own, which the
    tagger may make of a participle ("the man wanted in X was held")."""
    return verb.tag_ == "VBN" or participle_of_noun(verb)


def _affiliates_a_party(word: Token) -> bool:
    """Whether ``word`` is a participle that ties people to a body (``AFFILIATION_PARTICIPLES``):
    "researchers affiliated with institutions in X", "gunmen linked to a group in X". Not on
    a happening, whose link may be its cause ("a blast linked to a leak at the plant")."""
    if (
        word.dep_ != "acl"
        or not _past_participle(word)
        or word.lemma_.lower() not in AFFILIATION_PARTICIPLES
    ):
        return False
    party = word.head
    if party.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    classes = noun_classes(party.lemma_.lower())
    return bool(classes) and classes[0] in {NOUN_PERSON, NOUN_GROUP}


def _after_apposition(prep: Token, name: Token) -> bool:
    """Whether ``prep``, hung on ``name`` by the parse, comes after the name's apposition
    and before the verb: it goes on describing what the person is ("Ruth Hale, head of
    the college in Avonmouth, said"), not where the event was."""
    return any(c.dep_ == "appos" and name.i < c.i < prep.i for c in dependents(name))


def describes_a_party(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` lies in a place phrase of the subject's noun phrase, or of a
    person's apposition on the doer or the one acted on, that says where an organisation
    is or what a person does (see :func:`_describes_a_party`): no place of the event, for
    the rules or the scorer ("Ruth Hale, a lecturer at the college in Avonmouth, backed
    the plan")."""
    return any(
        t.dep_ == "prep" and _describes_a_party(t, verbs) for t in _ancestors_below(word, verbs)
    )


def in_what_is_said(word: Token, frame: Frame) -> bool:
    """Whether ``word`` lies in the target of a verb of words or minds (``WORD_VERBS``):
    "condemned the attack in Paris", "approved a plan for schools in Leeds", "advocated for
    protections in Kestria"; or of a verb that orders a happening ("ordered the closure of
    schools in X", :func:`_asks_for_a_happening`). Such an act is done where the one who
    speaks or thinks is; the place is the target's own, for the rules and the scorer.
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
    if verb.i != frame.verbs[-1].i:
        return False
    return verb.lemma_.lower() in WORD_VERBS or _asks_for_a_happening(verb, target)


def _asks_for_a_happening(verb: Token, target: Token) -> bool:
    """Whether ``verb`` orders or asks for the happening ``target`` names: "ordered the
    closure of schools in the capital", "urged the release of the men held at the camp".
    What is asked for happens where its phrase says; the asking is done where the one who
    asks is. A happening is an event noun or a deed or event by its first WordNet sense
    ("the departure of the staff"). Not the one asked ("urged farmers in the valley to
    leave"), nor a thing ordered ("ordered a coffee at the bar": where she ordered it)."""
    if verb_kind(verb.lemma_.lower()) != "Request":
        return False
    return event_action(target) is not None or noun_classes(target.lemma_.lower())[:1] in {
        (NOUN_ACT,),
        (NOUN_EVENT,),
    }


#: Verbs whose "to" names the one spoken, written or given to: "complained to the hotel",
#: "reported the theft to the police station", "sold cameras to school districts".
_ADDRESSING_VERBS = (REPORTING_VERBS | WORD_VERBS | AS_TIME_SPEECH_VERBS | GIVING_VERBS) - (
    MOTION_VERBS | CARRYING_VERBS
)


def _to_the_addressed(prep: Token, verbs: list[Token]) -> bool:
    """Whether ``prep`` is a "to" on the event's verb of words or giving, whose object is
    the one told or given to, not a place the event went to: "complained to the hotel",
    "reported the theft to the police station", "sells cameras to school districts". A
    passive still goes there ("was admitted to hospital", "patients admitted to
    hospitals": taken in), but for a verb of giving ("the island was sold to China", "arms
    sold to Azerbaijan": the buyer); the verbs that move someone or something are not in
    the list ("went to the hotel", "sent the files to the office")."""
    if prep.dep_ != "prep" or prep.lower_ != "to":
        return False
    verb = prep.head
    if verb.i not in {v.i for v in verbs} or verb.lemma_.lower() not in _ADDRESSING_VERBS:
        return False
    if _reported_to_a_place(prep):
        return False
    return not _taken_there(verb)


def _in_the_thing_given(prep: Token, verbs: list[Token]) -> bool:
    """Whether ``prep`` lies in a phrase on the direct object of a verb with a recipient
    before it, one noun down: "brought her a spot on the stage in Nevada", "offered the
    crowd a view on the state of politics in X". It says where the thing the object is
    tied to is, not where the giving was. On the object itself it may well be ("gave
    them shelter in the school", "handed him a ticket at the station"). A "to" the parse
    calls the dative is a destination ("sent the troops to Paris"), no recipient."""
    owner = prep.head
    if owner.dep_ != "pobj" or owner.head.dep_ != "prep":
        return False
    for verb in verbs:
        if not any(c.dep_ == "dative" and c.pos_ != "ADP" for c in dependents(verb)):
            continue
        if any(o.left_edge.i <= prep.i <= o.right_edge.i for o in children(verb, "dobj")):
            return True
    return False


def in_the_thing_given(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` lies in a phrase on what a verb with a recipient gives
    (:func:`_in_the_thing_given`): no place of the event, for the rules or the scorer."""
    return any(t.dep_ == "prep" and _in_the_thing_given(t, verbs) for t in word.ancestors)


def _taken_there(verb: Token) -> bool:
    """Whether ``verb`` is a passive whose "to" may be where its subject was taken ("was
    admitted to hospital", "was rushed to a clinic"; a participle on a noun is a passive
    too, whichever tag the parse gives it): not one of giving, whose "to" is who got it
    ("aid was given to Haiti", "the rights were granted to Qatar")."""
    if verb.lemma_.lower() in GIVING_VERBS:
        return False
    return is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"})


#: What "report" tells when it is not a going: an object, a clause, the one told.
_REPORTED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "nsubjpass", "auxpass"})


def _reported_to_a_place(prep: Token) -> bool:
    """Whether "report to" is a going there: "the soldiers reported to the base", "she
    reported to the hospital at dawn". With nothing reported (no object, no clause) and a
    site after "to", "report" is to present oneself; "reported the theft to the police
    station" and "reported to the council that ..." still tell. A polity stands for the
    ones who govern it, told or answered to (:func:`_polity`): "the envoy reported to
    the capital", "the agency reports to Washington"."""
    verb = prep.head
    if verb.lemma_.lower() != "report" or any(c.dep_ in _REPORTED_DEPS for c in dependents(verb)):
        return False
    return any(is_place(o) and not _polity(o) for o in children(prep, "pobj"))


def _polity(word: Token) -> bool:
    """Whether ``word`` names a polity (a country, a state, a city, a capital: a ``GPE``
    name or one of ``POLITY_NOUNS``), which may stand for the ones who govern it."""
    return word.ent_type_ == "GPE" or word.lemma_.lower() in POLITY_NOUNS


def addressed(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` is the object of a "to" that names the one ``verbs`` speak or give
    to (see :func:`_to_the_addressed`): no place of the event, for the rules or the scorer."""
    return word.dep_ == "pobj" and _to_the_addressed(word.head, verbs)


def _subjects_holding(prep: Token, verbs: list[Token]) -> list[Token]:
    """The subjects of ``verbs`` whose noun phrase holds ``prep``."""
    subjects = [c for v in verbs for c in dependents(v) if c.dep_ in SUBJECT_DEPS]
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
    asked = children(verb, "dobj")
    return (
        bool(asked)
        and asked[0].i < prep.i <= asked[0].right_edge.i + 1
        and any(c.dep_ == "xcomp" and c.i > prep.i for c in dependents(verb))
    )


#: Verbs by which words or news reach the doer, by their most frequent WordNet sense:
#: hearing, learning, being told ("heard from", "learned from", "was told by").
_HEARING_CLASSES = frozenset({VERB_PERCEPTION, VERB_COGNITION, VERB_COMMUNICATION})
#: Names of those who may speak: people and bodies of people.
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _where_the_heard_are(prep: Token, verbs: list[Token]) -> bool:
    """ "heard from teachers in Kestria about the ban", "learned from officials at the
    port", "read a memo from a colleague in our branch in Kestria": a place on the people (or
    bodies) the words came from says where they are, not where the hearing, learning or
    reading was."""
    if prep.dep_ != "prep" or prep.lower_ not in LOCATION_PREPOSITIONS:
        return False
    speakers = prep.head
    # "from drivers, cleaners and more in Kestria": the parse hangs the place on the "from",
    # or on the verb right after the "from" phrase.
    before = next(
        (
            c
            for c in children(speakers, "prep")
            if c.lower_ == "from" and c.right_edge.i == prep.i - 1
        ),
        speakers,
    )
    if before.lower_ == "from" and before.dep_ == "prep":
        speakers = next(iter(children(before, "pobj")), speakers)
    while speakers.dep_ == "conj":
        speakers = speakers.head  # "from teachers and students in Kestria"
    while _placed_noun(speakers):
        speakers = speakers.head.head  # "from someone in our office in Kestria"
    source = speakers.head
    if speakers.dep_ != "pobj" or source.lower_ != "from":
        return False
    verb = source.head
    if verb.dep_ == "dobj":
        verb = verb.head  # "read a message from a reader in X": the words are the object
    if verb.i not in {v.i for v in verbs}:
        return False
    if not _first_sense_in(verb_classes(verb.lemma_.lower()), _HEARING_CLASSES):
        return False
    if speakers.ent_type_:
        return speakers.ent_type_ in _SPEAKER_LABELS
    if speakers.pos_ == "PRON":
        return True  # "from someone in ...", "from them in ...": a person
    return _first_sense_in(noun_classes(speakers.lemma_.lower()), _SPEAKER_CLASSES)


def _placed_noun(noun: Token) -> bool:
    """Whether a noun is the object of a place phrase on another noun ("someone in our
    office": "office"), which says where that other noun is."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ in LOCATION_PREPOSITIONS
        and preposition.head.pos_ in {"NOUN", "PROPN", "PRON"}
    )


def _on_a_programme(prep: Token) -> bool:
    """ "Speaking on Morning Kestria, he said ...", "appeared on Kestria Today": the "on"
    of a verb of speaking or appearing names a programme or a topic, even when the name
    holds a country's, not where the speaker was."""
    return (
        prep.lower_ == "on"
        and prep.head.lemma_.lower() in ON_AIR_VERBS
        and any(o.ent_type_ for o in children(prep, "pobj"))
    )


#: WordNet's files of nouns of those who may speak: a person, a body of people.
_SPEAKER_CLASSES = frozenset({NOUN_PERSON, NOUN_GROUP})


def among_the_heard(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` lies in a place phrase on the ones the event heard or learned from
    (:func:`_where_the_heard_are`): no place of the event, for the rules or the scorer."""
    return any(_where_the_heard_are(t, verbs) for t in word.ancestors)


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


#: Units of a short distance off a landmark: "two blocks from the station", "a few feet
#: from the door". Only before "from": "the foot of the hill" is on it.
_SHORT_DISTANCE_UNITS = frozenset("block blocks foot feet".split())


def _measure_taken_for_the_object(prep: Token) -> bool:
    """Whether a "from" comes right after a counted measure of distance that the parse
    took for the verb's object: "was building a house a few blocks from the mall", "the
    bomb went off two blocks from the station". The measure places the act off the
    landmark (:func:`_at_a_distance`). Not on a verb of going, whose measure is the way
    gone ("ran five miles from her home"), nor with a "to" after it (a route)."""
    measure = prep.nbor(-1) if prep.i > prep.sent.start else None
    if measure is None or measure.dep_ != "dobj" or measure.head.i != prep.head.i:
        return False
    if measure.lower_ not in _DISTANCE_UNITS | _SHORT_DISTANCE_UNITS:
        return False
    if not any(c.dep_ == "nummod" for c in dependents(measure)):
        return False
    return not verb_of_going(prep.head) and _other_end(prep) is None


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
        if prep.head.dep_ == "npadvmod" and prep.head.lower_ in _DISTANCE_UNITS:
            return True  # "Less than a mile from Leeds, police found ...": on the measure
        if prep.head.lower_ == "away" and children(prep.head, "npadvmod"):
            return True  # "buried a few feet away from X", "an hour away from X"
        if _measure_taken_for_the_object(prep):
            return True  # "was building a house a few blocks from the mall"
        return any(
            c.dep_ == "npadvmod"
            and c.lower_ in _DISTANCE_UNITS | _SHORT_DISTANCE_UNITS
            and c.i < prep.i
            for c in (*dependents(prep.head), *dependents(prep))
        )
    if word == "within":
        return any(p.lower_ in _DISTANCE_UNITS for p in children(prep, "pobj"))
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
        if _own_event_clause(token) and not _aim_of_an_operation(token, verbs):
            continue
        if _topic_event(token):
            continue
        if _earlier_participle(token, verbs):
            continue
        if _participle_taken_for_a_noun(token):
            continue  # "amid the spread of the virus originating in X": where it began
        if _after_another_happening(token) or _for_a_cause(token, verbs):
            continue
        if _amid_another_happening(token, verbs):
            continue  # "appealed for aid amid the fighting in X": the fighting's place
        if _attributes(token):
            continue  # "according to officials in Leeds": where the source is
        if _depicted_scene(token, verbs):
            continue  # "images emerged of boxes stacked in X": where the boxes were
        if _about(token):
            continue  # "testified about his years in a camp in X": the topic's place
        if _comparison_standard(token):
            continue  # "more died in Ohio than in Texas": what the act is measured against
        if _in_what_is_recalled(token, verbs):
            continue  # "recalled the night at the scene": where the night was
        if token.dep_ == "prep" or _moved_to_dative(token):
            found.append(token)
        stack.extend(dependents(token))
    return sorted(found, key=lambda t: t.i)


def _comparison_standard(token: Token) -> bool:
    """Whether ``token`` is the "than" of a comparison with another place or happening,
    whose places are the standard the act is measured against, not where it was: "more
    people died in Ohio than in Texas", "the summit was held in Ohio rather than in Texas",
    "the storm killed more people than the earthquake in Peru". Not a comparison with the
    act itself at other times, which leaves the place after it the act's own: "fired more
    shells than ever at Kharkiv", "than usual in the square" (the parse hangs the place on
    the "than" there too); nor the "than" of a number ("more than 20 people in Leeds").
    ``token`` may also be the phrase after a coordinating "than", which the parse hangs on
    the verb beside it ("born in Leeds rather than in London")."""
    if token.dep_ == "prep" and token.i > 0:
        before = token.doc[token.i - 1]
        if before.lower_ == "than" and before.dep_ == "cc" and before.head.i == token.head.i:
            return True
    if token.lower_ != "than" or token.dep_ not in {"prep", "cc"}:
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "ADV":
        return False  # "than ever", "than usual", "than before": the act at other times
    compared = next((c for c in dependents(token) if c.i > token.i), None)
    return compared is not None and compared.dep_ in {"prep", "pobj"}


#: WordNet's files of nouns for what one recalls happened or was: acts, qualities, thoughts,
#: events, feelings, states and times ("the attack", "his kindness", "the ordeal", "the
#: night"), not things or people ("recalled the cars", "recalled its envoy").
_RECALLED_CLASSES = frozenset(
    {NOUN_ACT, NOUN_ATTRIBUTE, NOUN_COGNITION, NOUN_EVENT, NOUN_FEELING, NOUN_STATE, NOUN_TIME}
)


def _in_what_is_recalled(token: Token, verbs: list[Token]) -> bool:
    """Whether ``token``, a preposition, is in or right after the object of a verb of
    recalling (``RECALLING_VERBS``) that names a time, a happening or a state: the places
    of what is recalled, not of the recalling ("she recalled the night at the scene years
    later", "survivors recounted the shooting at the school", "recalled his childhood in
    Leeds", "recalled his gifts to a food bank in the city"; the parse hangs the phrase on
    the verb or in the object). The recalling's own
    place is seldom said after its object, and one so said is lost ("recalled the attack
    at a memorial in Leeds"): where the attack was is the likelier reading."""
    if token.dep_ != "prep":
        return False
    for verb in verbs:
        if verb.lemma_.lower() not in RECALLING_VERBS:
            continue
        # The phrase the preposition stands in, hung right on the verb (spaCy's ancestors
        # end at the root, so the search ends).
        top = next((t for t in (token, *token.ancestors) if t.head.i == verb.i), None)
        if top is None or top.i == verb.i:
            continue
        for recalled in children(verb, "dobj"):
            classes = noun_classes(recalled.lemma_.lower())
            if not classes or classes[0] not in _RECALLED_CLASSES:
                continue
            if top.i == recalled.i or (top.dep_ == "prep" and top.i > recalled.i):
                return True
    return False


def _depicted_scene(token: Token, verbs: list[Token]) -> bool:
    """Whether ``token`` is a participle clause of what a picture or a recording shows,
    on a verb whose subject is the picture: "images have emerged of boxes being stacked in
    a warehouse in X", "footage has surfaced of police charging a crowd in X". The scene's
    place is where it was filmed, not where the images came out."""
    if token.dep_ not in {"advcl", "acl"} or token.tag_ not in {"VBG", "VBN"}:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in dependents(token)):
        return False
    return any(
        c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in DEPICTION_NOUNS
        for v in verbs
        for c in dependents(v)
    )


#: The words of a noun phrase the parser may hang on a participle it takes for the head.
_NOUN_PHRASE_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod"})


def _participle_taken_for_a_noun(token: Token) -> bool:
    """Whether ``token`` is a participle the parser made the object of a preposition,
    with the words of the noun before it hung on it ("the spread of the new virus
    originating in X": "originating" the object of "of", "the new virus" its words): a
    clause on that noun, whose places are its own, not the event's."""
    return (
        token.dep_ == "pobj"
        and token.pos_ == "VERB"
        and token.tag_ in {"VBG", "VBN"}
        and any(c.dep_ in _NOUN_PHRASE_DEPS and c.i < token.i for c in dependents(token))
    )


def _moved_to_dative(token: Token) -> bool:
    """Whether ``token`` is a "to" the parser calls the dative of a verb that moves someone
    or something: "sent the troops to Paris" is where they went, as "sent troops to Paris"
    (a preposition in the parse) is; the one given or told ("gave the book to her") is no
    place."""
    return token.dep_ == "dative" and token.lower_ == "to" and _moved_to(token.head)


#: Prepositions that name what an act is about: "protested against the war in Iraq",
#: "vowed to seek common ground on the war in Syria", "criticised them over the bombing of
#: the port".
_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about", "against", "for"})


def _attributes(token: Token) -> bool:
    """Whether ``token`` is the "according" of "according to X", which names who tells the
    event, not where it was: "died on Sunday, according to the agency in Jakarta"."""
    return token.dep_ == "prep" and token.lower_ == "according"


#: Prepositions that only ever name what is spoken, written or thought of.
_ABOUT_PREPOSITIONS = frozenset({"about", "concerning", "regarding"})


def _about(token: Token) -> bool:
    """Whether ``token`` is an "about" that names what the act is about: "testified about
    his years in a camp in X", "wrote about the break-in at the offices", "worried about
    crime in X", or an "on" of a topic's noun and its "of" (``TOPIC_NOUNS``: "on the
    subject of X, he added", "on the question of X"). The places inside are the topic's,
    not where the act was."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in _ABOUT_PREPOSITIONS:
        return True
    if _what_is_looked_into(token):
        return True
    return token.lower_ == "on" and any(
        o.lemma_.lower() in TOPIC_NOUNS and any(p.lower_ == "of" for p in children(o, "prep"))
        for o in children(token, "pobj")
    )


#: Prepositions after an inquiry noun that name what is looked into.
_INQUIRY_PREPOSITIONS = frozenset({"into", "on"})


def _what_is_looked_into(prep: Token) -> bool:
    """Whether ``prep`` is the "into" or "on" of an inquiry noun (the Investigation kind:
    "investigation", "inquiry", "probe") that names what is looked into: "an inquiry into
    the payments in Ohio", "the investigations on the links in Ohio". The places inside are
    the matter's, not where the inquiry is held. Not an "on" before a place ("a probe on
    the island", "an inquiry on site"), which says where it is."""
    if prep.lower_ not in _INQUIRY_PREPOSITIONS or prep.head.pos_ != "NOUN":
        return False
    if noun_kind(prep.head.lemma_.lower()) != "Investigation":
        return False
    looked_into = children(prep, "pobj")
    return bool(looked_into) and not any(_a_site(o) or is_place(o) for o in looked_into)


def _in_phrase_below(word: Token, verbs: list[Token], opens: Callable[[Token], bool]) -> bool:
    """Whether ``word`` lies in a phrase that a word for which ``opens`` holds starts under
    the event's words (not above them)."""
    return any(opens(token) for token in _ancestors_below(word, verbs))


def _ancestors_below(word: Token, verbs: list[Token]) -> tuple[Token, ...]:
    """The words above ``word`` up to the first that is, or governs, one of ``verbs``; read
    once per word and event within kg.extract.extract (the three tests of
    :func:`_in_phrase_below` walk the same words)."""
    read = call_table(word.doc, "ancestors_below")
    key = (word.i, *(v.i for v in verbs))
    found = read.get(key) if read is not None else None
    if found is None:
        # The event's words and every word above them, read once: spaCy's ``is_ancestor``
        # walks up from the verb again for each word asked.
        stops = {v.i for v in verbs} | {a.i for v in verbs for a in v.ancestors}
        below = []
        for token in word.ancestors:
            if token.i in stops:
                break
            below.append(token)
        found = tuple(below)
        if read is not None:
            read[key] = found
    return found


def in_topic(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` lies in an "about" phrase (:func:`_about`) under the event's
    words: no place of the event, for the rules or the scorer."""
    return _in_phrase_below(word, verbs, _about)


def in_standard_or_recalled(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` lies in what the event is compared with (:func:`_comparison_standard`:
    "than the earthquake in Peru") or in what it recalls (:func:`_in_what_is_recalled`:
    "recalled his childhood in Leeds") under the event's words: no place of the event, for
    the rules or the scorer."""
    return _in_phrase_below(word, verbs, _comparison_standard) or _in_phrase_below(
        word, verbs, lambda token: _in_what_is_recalled(token, verbs)
    )


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
    objects = children(token, "pobj")
    return bool(objects) and not any(o.ent_type_ in TIME_LABELS for o in objects)


def _for_a_cause(token: Token, verbs: list[Token]) -> bool:
    """Whether ``token`` opens a phrase that gives the act's cause, another happening whose
    places are its own: "came home because of his roots in Leeds", "lost money due to
    floods in Kestria", "grew thanks to a win in Ohio", "rose in the wake of a drought in
    Brazil", "as a result of". The cause may have been there too, but the phrase does not
    say where the act was. Not for one who died or suffered of the cause (``UNDERGOER_VERBS``:
    "suffocated as a result of a fire in the bank"): it struck them where they were."""
    if token.dep_ != "prep" or any(v.lemma_.lower() in UNDERGOER_VERBS for v in verbs):
        return False
    if token.lower_ in CAUSE_PREPOSITIONS or (
        token.lower_ == "to" and token.head.lower_ == "thanks"
    ):
        return True
    if token.lower_ == "for" and any(_ones_deed(o) for o in children(token, "pobj")):
        return True
    return any(
        o.lemma_.lower() in CAUSE_PHRASE_NOUNS
        and any(p.lower_ == "of" for p in children(o, "prep"))
        for o in children(token, "pobj")
    )


#: What someone did or how they stand to others, by a noun's most frequent WordNet sense:
#: an act ("work", "role", "involvement", "support") or a relation ("part", "connection").
_DEED_CLASSES = frozenset({NOUN_ACT, NOUN_RELATION})


def _ones_deed(noun: Token) -> bool:
    """Whether ``noun``, the object of "for", is someone's own act or tie, which gives the
    reason for the event: "criticised the mayor for her ties to a firm in X", "sanctions
    on a state for its role in the war in X", "pleaded guilty for his work with a charity
    in X". That deed has its places; blaming or punishing it happens elsewhere. Only with
    a possessor ("her", "its", "the state's"): "campaigned for reform in X", "paid for his
    house in X" (a thing) keep their place."""
    return bool(children(noun, "poss")) and _first_sense_in(
        noun_classes(noun.lemma_.lower()), _DEED_CLASSES
    )


#: Kinds of event (with the kinds below them) that happen in the scene of what they happen
#: amid: "two were killed amid clashes in X", "police arrested 20 amid protests in X",
#: "thousands fled amid fighting in X".
_SCENE_KINDS = frozenset(
    {
        "Attack",
        "Death",
        "Injury",
        "Arrest",
        "TakeControl",
        "Movement",
        "Protest",
        "Suppression",
        "Damage",
        "Disaster",
        "Crime",
        "MedicalTreatment",
    }
)


def _amid_another_happening(token: Token, verbs: list[Token]) -> bool:
    """Whether ``token`` sets the act amid another happening or a state of things, whose
    places are its own: "made an appeal for aid amid the fighting in X", "prices rose amid
    fears of a war in X", "convened amid talk of an intervention in X". Not amid things
    ("searched amid the rubble in X": there), nor for an act of force, harm or movement
    (``_SCENE_KINDS``) or one who died or suffered, which happens where the happening is
    ("were killed amid clashes in X")."""
    if token.dep_ != "prep" or token.lower_ not in AMID_PREPOSITIONS:
        return False
    if not any(event_action(o) is not None or _talk_or_mood(o) for o in children(token, "pobj")):
        return False
    if any(v.lemma_.lower() in UNDERGOER_VERBS for v in verbs):
        return False
    if any(_of_a_scene_kind(event_action(verb) or verb.lemma_.lower()) for verb in verbs):
        return False
    return not _local_act_in_the_scene(token, verbs)


def _of_a_scene_kind(action: str) -> bool:
    """Whether the action's kind, or one above it, is of :data:`_SCENE_KINDS`."""
    kind = verb_kind(action.split()[0])
    return kind is not None and not _SCENE_KINDS.isdisjoint({kind, *superclasses(kind)})


#: WordNet's files of nouns for what stands somewhere: people, groups, things made (schools,
#: shops), places and natural things.
_LOCATED_CLASSES = frozenset(
    {NOUN_PERSON, NOUN_GROUP, NOUN_ARTIFACT, NOUN_LOCATION, NOUN_OBJECT, NOUN_ANIMAL}
)
#: Entity labels of those who stand somewhere.
_LOCATED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
#: Pronouns for people.
_PEOPLE_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
#: Pronouns for people as objects.
_PEOPLE_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})


def _local_act_in_the_scene(token: Token, verbs: list[Token]) -> bool:
    """Whether the act set amid the happening under ``token`` is a local one of its scene,
    which happens where the happening is: "schools closed amid flooding in X", "shops shut
    amid clashes in the capital", "the president resigned amid protests in X". The happening
    is one of the scene (a clash, a protest, a flood: not talk, fear or thought, "amid fears
    of a war in X"), the act is no saying or asking ("appealed for aid amid the fighting in
    X": where the speaker was), and it is done by or to one who stands somewhere (a person,
    a group, a building), not a value ("stocks fell amid protests in X": the market is
    nowhere in particular)."""
    if not any(_scene_happening(o) for o in children(token, "pobj")):
        return False
    if any(_of_words(verb) for verb in verbs):
        return False
    parts = [
        part
        for verb in verbs
        for dep in ("nsubj", "nsubjpass", "dobj")
        for part in children(verb, dep)
    ]
    if any(_placed_in(word, token) for word in [*verbs, *parts]):
        return False  # "the embassy in Rome closed amid protests in X": in Rome
    return any(_stands_somewhere(part) for part in parts)


def _placed_in(word: Token, amid: Token) -> bool:
    """Whether ``word``, a verb of the act or one who does it or undergoes it, is placed by
    a place phrase of its own ("the embassy in Rome", "resigned in Lima"), other than the
    ``amid`` phrase."""
    return any(
        prep.i != amid.i and is_place(pobj)
        for prep in children(word, "prep")
        if prep.lower_ in LOCATION_PREPOSITIONS
        for pobj in children(prep, "pobj")
    )


def _scene_happening(noun: Token) -> bool:
    """Whether ``noun`` names a happening of a scene: one of :data:`_SCENE_KINDS`
    ("protests", "clashes", "riots") or a deed or event by its first WordNet sense
    ("flooding", "violence"); not talk, thought or a feeling ("reports", "fears")."""
    action = event_action(noun)
    if action is not None and _of_a_scene_kind(action):
        return True
    return noun_classes(noun.lemma_.lower())[:1] in {(NOUN_ACT,), (NOUN_EVENT,)}


def _of_words(verb: Token) -> bool:
    """Whether ``verb`` is an act of words: saying, asking, or a verb of talk by its first
    WordNet sense ("said", "appealed", "urged")."""
    lemma = verb.lemma_.lower()
    if lemma in REPORTING_VERBS or lemma in WORD_VERBS or lemma in REQUEST_VERBS:
        return True
    return verb_classes(lemma)[:1] == (VERB_COMMUNICATION,)


def _first_sense_in(classes: tuple[int, ...], files: frozenset[int]) -> bool:
    """Whether a word's most frequent WordNet sense (the first of ``classes``, as
    :func:`noun_classes` or :func:`verb_classes` give them) lies in one of ``files``."""
    return bool(classes) and classes[0] in files


def _stands_somewhere(part: Token) -> bool:
    """Whether ``part``, a subject or object, is one who stands somewhere
    (:data:`_LOCATED_CLASSES`, :data:`_LOCATED_LABELS`, a pronoun for people)."""
    if part.pos_ == "PRON":
        return part.lower_ in _PEOPLE_PRONOUNS
    if part.ent_type_:
        return part.ent_type_ in _LOCATED_LABELS
    return _first_sense_in(noun_classes(part.lemma_.lower()), _LOCATED_CLASSES)


#: WordNet's files of nouns of talk, thought, feeling and deeds, by a noun's most frequent
#: sense: "reports", "speculation", "concerns", "fears", "a crackdown".
_TALK_OR_MOOD_CLASSES = frozenset({NOUN_ACT, NOUN_COGNITION, NOUN_COMMUNICATION, NOUN_FEELING})


def _talk_or_mood(noun: Token) -> bool:
    """Whether ``noun`` names talk, thought, a feeling or a deed (:data:`_TALK_OR_MOOD_CLASSES`):
    "amid fears of a war in X", "amid reports of a strike at X". Not a thing ("amid the
    rubble") nor a state of the scene itself ("amid tight security in X", "amid heavy rain
    in X": the event is there too)."""
    return _first_sense_in(noun_classes(noun.lemma_.lower()), _TALK_OR_MOOD_CLASSES)


#: WordNet's files of nouns for what stands nowhere but happens or is said, by a noun's most
#: frequent sense: "a victory", "the outcome", "a decision", "a report", "policies", "fears".
_UNPLACED_SUBJECT_CLASSES = _TALK_OR_MOOD_CLASSES | {NOUN_EVENT}
#: WordNet's files of verbs whose subject itself changes or moves, by the verb's most
#: frequent sense: "attacks off X increased", "fighting in X spread", "the toll rose".
_SUBJECT_CHANGING_CLASSES = frozenset({VERB_CHANGE, VERB_MOTION})


def in_unplaced_subject(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` is in a place phrase of the event's active subject where that subject
    is a happening, a deed or words (:data:`_UNPLACED_SUBJECT_CLASSES`): "her victories in
    Georgia gave her a lead", "the outcome of the primaries in X could turn on ...", "a
    report in a local paper said": where the subject's own thing was, not where the event
    was. Not for an act of force, harm or movement on a scene (``_SCENE_KINDS``: "the attack
    in X killed 12"), the happening's own course (``HAPPENING_VERBS``: "the talks in Geneva
    resumed"), a change of the subject itself (:data:`_SUBJECT_CHANGING_CLASSES`: "attacks
    off X increased"), a passive's subject, which the event was done to ("elections in X
    were held"), a subject who stands somewhere ("residents in X complained"), nor a happening
    of a scene that does something to what stands there (:func:`_scene_reaches_its_site`: "a
    strike in X closed the port"). A verb the parse made the subject is a clause of its own
    whose places are its own ("the trust spending $1 million on a line in X refused")."""
    verb_ids = {v.i for v in verbs}
    subject = next((a for a in word.ancestors if a.dep_ == "nsubj" and a.head.i in verb_ids), None)
    if subject is None or subject.ent_type_ or not _happened_or_said(subject):
        return False
    if _scene_reaches_its_site(subject, verbs):
        return False  # "a strike in X closed the port": the port is in X
    lemmas = [v.lemma_.lower() for v in verbs]
    if any(lemma in HAPPENING_VERBS | UNDERGOER_VERBS for lemma in lemmas):
        return False
    if any(_first_sense_in(verb_classes(lemma), _SUBJECT_CHANGING_CLASSES) for lemma in lemmas):
        return False
    return not any(_of_a_scene_kind(event_action(v) or v.lemma_.lower()) for v in verbs)


def _happened_or_said(subject: Token) -> bool:
    """Whether ``subject`` names a happening, a deed or words
    (:data:`_UNPLACED_SUBJECT_CLASSES`), or is a verb: a clause of its own the parse made
    the subject ("the trust spending $1 million on a line in X refused", where the parse
    takes "spending" for the subject of "refused"), whose places are its own event's."""
    if subject.pos_ == "VERB":
        return True
    if subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    return _first_sense_in(noun_classes(subject.lemma_.lower()), _UNPLACED_SUBJECT_CLASSES)


#: WordNet's files of nouns for things that stand in a place and are no one: things made
#: (a port, a road, a school), places and natural things.
_SITE_CLASSES = frozenset({NOUN_ARTIFACT, NOUN_LOCATION, NOUN_OBJECT})
#: Entity labels of sites.
_SITE_LABELS = frozenset({"FAC", "LOC"})
#: WordNet's files of verbs that do something to a thing itself, by one of a verb's two most
#: frequent senses: "closed", "cut", "blocked", "disrupted".
_PHYSICAL_VERB_CLASSES = frozenset({VERB_CHANGE, VERB_CONTACT})


def _scene_reaches_its_site(subject: Token, verbs: list[Token]) -> bool:
    """Whether ``subject``, a happening of a scene (a protest, a strike, a clash:
    ``_SCENE_KINDS``), does something to what stands in that scene, so the event happens
    where the happening did: "protests in X disrupted traffic", "a strike in X closed the
    port", "clashes in X forced the airport to close". What it does is done to a site (a
    building, a road, a place: :data:`_SITE_CLASSES`), or done to a thing itself (a change or
    a touch by one of the verb's two most frequent senses) and to no one. Not what it does
    to people or minds elsewhere ("the bombings in X emboldened nations", "the attack in X
    should convince our leaders")."""
    kind = _happening_kind(subject)
    if kind is None or _SCENE_KINDS.isdisjoint({kind, *superclasses(kind)}):
        return False
    objects = [o for verb in verbs for o in children(verb, "dobj")]
    if any(_a_site(o) for o in objects):
        return True
    physical = any(not _PHYSICAL_VERB_CLASSES.isdisjoint(_verb_classes(v)[:2]) for v in verbs)
    return physical and any(_a_thing_in_place(o) for o in objects)


def _happening_kind(word: Token) -> str | None:
    """The kind of happening a noun or a verb names, by the lexicon: "protests" ->
    ``Protest``, "the fighting" -> ``ArmedClash``, "an earthquake" -> ``Disaster``."""
    if word.pos_ == "VERB":
        return verb_kind(word.lemma_)
    action = event_action(word)
    return noun_kind(word.lemma_) or (verb_kind(action.split()[0]) if action else None)


def _a_thing_in_place(noun: Token) -> bool:
    """Whether ``noun`` stands somewhere (:func:`_stands_somewhere`) and is no one: not a
    pronoun, a person's or a people's name, nor a noun whose most frequent WordNet sense is a
    person ("traffic", "the economy", but not "voters", "us")."""
    if noun.pos_ == "PRON" or noun.ent_type_ in {"PERSON", "NORP"}:
        return False
    if noun_classes(noun.lemma_.lower())[:1] == (NOUN_PERSON,):
        return False
    return _stands_somewhere(noun)


def _a_site(noun: Token) -> bool:
    """Whether ``noun`` names a site (:data:`_SITE_CLASSES`, :data:`_SITE_LABELS`)."""
    if noun.ent_type_:
        return noun.ent_type_ in _SITE_LABELS
    return _first_sense_in(noun_classes(noun.lemma_.lower()), _SITE_CLASSES)


def in_cause(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` lies in a cause phrase (:func:`_for_a_cause`) or an "amid" phrase
    (:func:`_amid_another_happening`) under the event's words: no place of the event, for
    the rules or the scorer."""
    return _in_phrase_below(
        word,
        verbs,
        lambda token: _for_a_cause(token, verbs) or _amid_another_happening(token, verbs),
    )


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

    Complements and purposes ("to V") are events of their own, and so is an infinitive on
    a noun ("reviewed plans to build homes in X"). A participle that
    tells what came of the event ("raided the village, killing nine people in its
    market"), one that describes the event's noun or its doer ("killings committed in
    Syria", "troops deployed in the valley fired") and the absolute "with their banners
    lowered in Tarnow" still set the scene of the clause around them, so they are not
    cut off (a past participle on what the event acts on is: :func:`_earlier_participle`).
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ == "advcl":
        if token.tag_ == "VBN" and token.lemma_.lower() in LIFE_PARTICIPLES:
            return True  # "Born in Leeds, she moved to Paris": where she was born
        return any(child.dep_ in {"aux", "mark"} for child in dependents(token))
    if _infinitive_on_noun(token):
        return True
    if token.dep_ not in _OWN_EVENT_DEPS:
        return False
    head = token.head
    return not (head.dep_ == "pobj" and head.head.lower_ in {"with", "without"})


def _infinitive_on_noun(token: Token) -> bool:
    """Whether ``token`` is an infinitive on a noun: "reviewing proposals to extend the
    plants in X", "backed a plan to build homes in X". What the noun holds is an act of
    its own, as an infinitive on a verb is; its places are that act's."""
    return (
        token.dep_ == "acl"
        and token.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in dependents(token))
    )


#: Kinds of event (with the kinds below them) whose noun names an operation of force or
#: movement, carried out where its aim lies.
_OPERATION_KINDS = frozenset({"Attack", "Movement", "TakeControl"})


def _aim_of_an_operation(token: Token, verbs: list[Token]) -> bool:
    """Whether ``token`` is an infinitive on the event's own noun of an operation of force
    or movement (``_OPERATION_KINDS``: an attack, an invasion, a deployment, a capture),
    which says what it is for: "launched an offensive to retake the city in northern
    Kestria", "the deployment to guard the port in Varnel". The operation is carried out
    where its aim lies, so the aim's places are the operation's too. A noun the event only
    acts on or names keeps its infinitive's places apart ("won a contract to build homes
    in X", "reconsidered the decision to hold the Games in X"), and so do talks, meetings
    and the like ("talks to end the war in X" are held elsewhere)."""
    noun = token.head
    if not _infinitive_on_noun(token) or noun.i not in {v.i for v in verbs}:
        return False
    action = event_action(noun)
    kind = None if action is None else verb_kind(action.split()[0])
    return kind is not None and not _OPERATION_KINDS.isdisjoint({kind, *superclasses(kind)})


#: The dependencies of a verb's doer: its subject, or the "by" of its passive.
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})

#: Verbs whose object's participle is the event's own doing: "had his car stolen in X".
_CAUSATIVE_VERBS = frozenset({"get", "have"})


def _earlier_participle(token: Token, verbs: list[Token]) -> bool:
    """Whether ``token`` is a past participle on a thing or person the verb acts on or
    names in a phrase: its places say where that was done to it before, not where the
    event is ("freed a reporter arrested in Kestria", "would buy goods made in Ohio",
    "paid tribute to those killed at the club").

    Not a participle of where a thing is kept or stands (``POSITION_PARTICIPLES``:
    "withdrew troops stationed in X"), nor one on a place, which it places further ("sent
    to a school built in X"). Not on the doer, whose state holds where it acts ("a bomb
    thrown at the bank killed two", "the cable was cut by ships sent to the coast"); not
    on the event's own word ("attacks carried out in Idlib") nor on another happening
    ("died in the raid carried out in X"); not in a "with" absolute ("with a minute left
    in the half at X"), after "get" or "have" ("had his car stolen in Leeds"), or under
    an event noun ("the deaths of two women found in a flat": found where they died).
    """
    if token.dep_ != "acl" or not _past_participle(token) or token.pos_ != "VERB":
        return False
    noun = token.head
    if token.lemma_.lower() in POSITION_PARTICIPLES and not _reason_for(noun, verbs):
        return False  # "withdrew troops stationed in X": where they are, as it is done
    if noun.ent_type_ in PLACE_LABELS or noun.lemma_.lower() in PLACE_NOUNS:
        return False  # "sent to a school built in X": the place itself, placed further
    if noun.i in {v.i for v in verbs} or not any(v.pos_ in {"VERB", "AUX"} for v in verbs):
        return False
    if event_action(noun) is not None:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in {"with", "without"}:
        return False
    if any(v.lemma_.lower() in _CAUSATIVE_VERBS for v in verbs):
        return False
    doers = [c for v in verbs for c in dependents(v) if _keeps_its_places(c, v, token)]
    return not any(_the_doer_itself(noun, d) for d in doers)


def _keeps_its_places(part: Token, verb: Token, participle: Token) -> bool:
    """Whether ``part`` of the event's ``verb`` takes the places of a past participle on
    it (or in its phrase) to the event. Its doer does when the participle tells where it
    was put or went (:func:`_puts_somewhere`: "troops deployed in the valley fired"), or
    held: that holds where it acts. The subject of a passive only underwent the
    event, and the participle tells what was done to it before, elsewhere ("the painting
    stolen in X was found in a barn", "the man arrested in X was charged with murder");
    unless it was held there (``CUSTODY_PARTICIPLES``: "the hostages held in X were
    freed") or the event moves it on from there ("the men arrested in X were extradited
    to Y": from X; not "the cars built in X were sold to dealers", who bought them)."""
    if part.dep_ not in _DOER_DEPS:
        return False
    if participle.lemma_.lower() in CUSTODY_PARTICIPLES:
        return True
    if part.dep_ != "nsubjpass":
        return _puts_somewhere(participle)
    return _moved_to(verb) and any(
        c.dep_ == "prep" and c.lower_ in DESTINATION_PREPOSITIONS for c in dependents(verb)
    )


def _puts_somewhere(participle: Token) -> bool:
    """Whether a past participle tells where its noun was put or went ("troops sent to the
    valley", "ships deployed off the coast"), which still holds as it acts; not an act done
    to it before ("divers trained in Norway cut the cable", "a man born in Leeds won")."""
    lemma = participle.lemma_.lower()
    if lemma in MOTION_VERBS or lemma in CARRYING_VERBS:
        return True
    return VERB_MOTION in verb_classes(lemma)[:2]


def _the_doer_itself(noun: Token, doer: Token) -> bool:
    """Whether ``noun`` is ``doer`` or stands for it (a conjunct, an apposition): its state
    holds where it acts ("a bomb thrown at the bank killed two"). A noun a preposition
    hangs inside the doer's phrase is someone else, whose participle tells what was done
    to them before ("monuments to sailors lost off Kestria stand in the square": not
    standing off Kestria; "relatives of men held in X protested")."""
    if noun.i != doer.i and not doer.is_ancestor(noun):
        # Inside the doer's words but not below it: a parse that crosses ("X was given
        # the seat held by Y, the broker who ...", the apposition hung on X). The walk
        # up from the noun would never reach the doer.
        return False
    word = noun
    while word.i != doer.i:
        if word.dep_ == "pobj" and not (
            _counts_its_object(word.head.head) or _members_of_its_group(word)
        ):
            return False
        word = word.head
    return True


#: WordNet's files of nouns that count or share out what follows their "of": "dozens of
#: men", "half of the crew", "part of the unit".
_COUNTING_CLASSES = frozenset({NOUN_QUANTITY, NOUN_RELATION})


def _counts_its_object(word: Token) -> bool:
    """Whether ``word`` only counts or picks out the people or things its phrase names
    ("two of the hostages", "some of the men", "hundreds of people"): they are the doer."""
    if word.pos_ in {"NUM", "PRON", "DET"}:
        return True
    return _first_sense_in(noun_classes(word.lemma_.lower()), _COUNTING_CLASSES)


#: WordNet's files of nouns that gather people or things into one body: "a team", "a
#: convoy", "a delegation" (noun.group), "a group" (a top word).
_GATHERING_CLASSES = frozenset({NOUN_GROUP, NOUN_TOPS})


def _members_of_its_group(word: Token) -> bool:
    """Whether ``word``, after an "of", names the members that make up the group word the
    "of" hangs on ("a team of doctors sent to X", "a group of 20 students held in X"): they
    are the group, so the doer. Only a single group with a bare plural: "the families of men
    killed in X" and "the board of the firms fined in X" name others, whom the group
    belongs to, and the families' vigil is not where the men were killed."""
    prep = word.head
    group = prep.head
    if prep.lower_ != "of" or group.tag_ != "NN" or word.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ in {"det", "poss"} for c in word.children):
        return False
    return _first_sense_in(noun_classes(group.lemma_.lower()), _GATHERING_CLASSES)


def _reason_for(noun: Token, verbs: list[Token]) -> bool:
    """Whether ``noun`` is the object of a "for" that gives the reason for what the event
    does to its object ("thanked volunteers for trees planted in the park", "was fined for
    oil stored at the depot"): a thing the event is about, not one it handles where it is
    (as "defused a bomb planted in the car" does); without an object "for" is what is
    sought ("searched for survivors trapped in the rubble": there)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    if verb.i not in {v.i for v in verbs}:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} for c in dependents(verb))


def _past_the_aside(prep: Token, verbs: list[Token]) -> bool:
    """Whether ``prep``, hung by the parse on a participle the event is of, stands after
    the comma that closes the participle's aside: it goes on with the clause around the
    aside ("a plan to bring a park, made famous by a show, to the county": brought there,
    not made there; "moved the plant, built by his father, to Ohio")."""
    verb = prep.head
    if verb.i not in {v.i for v in verbs} or verb.dep_ != "acl":
        return False
    if not verb.tag_.startswith("VB"):
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False  # no aside: "goods made in Ohio"
    return any(c.text == "," and verb.i < c.i < prep.i for c in children(verb, "punct"))


def in_earlier_participle(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` lies in a participle of :func:`_earlier_participle` under the
    event's words: no place of the event, for the rules or the scorer."""
    return _in_phrase_below(word, verbs, lambda token: _earlier_participle(token, verbs))


def _fronted_place(verb: Token) -> Place | None:
    """A place set at the front of a governing clause: "In Iraq, ... they would die"."""
    node = verb
    while True:
        for prep in children(node, "prep"):
            subjects = [c.i for c in dependents(node) if c.dep_ in SUBJECT_DEPS]
            fronted = prep.i < node.i and (not subjects or prep.i < min(subjects))
            if (
                fronted
                and prep.lower_ in LOCATION_PREPOSITIONS
                and not _about(prep)
                and not _on_a_polity(prep, [verb])
            ):
                for pobj in children(prep, "pobj"):
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
    example = named_example(pobj)
    if example is not None:
        return example  # "in countries like Kestria": Kestria, not the bare "countries"
    if event_action(pobj) is not None:
        return _compound_place(pobj)
    if web_site(pobj):
        return None
    before_a_lapse = _place_before_a_lapse(pobj)
    if before_a_lapse is not None:
        return before_a_lapse  # "sued in Kestrel hours after the vote": in Kestrel
    if is_place(pobj) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in dependents(pobj)):
        return pobj  # "the Bogside area of Derry": the named area, not all of the city
    if _names_with_of(pobj):
        return pobj  # "the Gulf of Aden", "the Isle of Wight": one name, not the port or the island
    for prep in children(pobj, "prep"):
        if prep.lower_ == "of":
            for inner in children(prep, "pobj"):
                if is_place(inner) and not web_site(inner):
                    return inner
    if is_place(pobj):
        return pobj
    # "at Oxford St, the busiest bus station in ...": a name the parse did not take for a
    # place, which its apposition says is one.
    if pobj.pos_ == "PROPN" and any(is_place(a) for a in children(pobj, "appos")):
        return pobj
    return None


#: The prepositions that introduce examples of a plural noun: "like", "including" and
#: "as" after "such" ("places such as X").
_EXAMPLE_PREPOSITIONS = frozenset({"like", "including", "as"})


def named_example(pobj: Token) -> Token | None:
    """The first place named as an example of a plural noun of places: "in countries like
    Kestria", "in places such as Orlen and Tarvo", "to towns including Orlen". The places
    named say where, more than the general word; the caller adds the coordinated ones.
    Only a noun of places ("on issues including Kestria" names a topic) and a place name
    ("in sports like rugby"); not after "from", which says who one is ("delegates from
    countries including X, Y and Z": the first of the list would stand for all)."""
    if pobj.pos_ != "NOUN" or pobj.tag_ != "NNS" or pobj.head.lower_ in ORIGIN_PREPOSITIONS:
        return None
    if not is_place(pobj) and not _first_sense_in(
        noun_classes(pobj.lemma_.lower()), frozenset({NOUN_LOCATION})
    ):
        return None
    for prep in children(pobj, "prep"):
        if prep.lower_ not in _EXAMPLE_PREPOSITIONS:
            continue
        if prep.lower_ == "as" and not any(c.lower_ == "such" for c in dependents(prep)):
            continue  # "in cities as far apart as ...": no example
        for example in children(prep, "pobj"):
            if example.ent_type_ in PLACE_LABELS:
                return example
    return None


#: Words after a span of time that measure it from another moment: "hours after the vote".
_LAPSE_WORDS = frozenset({"after", "before", "later", "earlier", "ago"})


def _place_before_a_lapse(pobj: Token) -> Token | None:
    """The place name the parse hung on a span of time that follows it, when the span
    measures the time from another moment: "filed suit in Kestrel hours after the vote" is
    in Kestrel, hours after it (the parse reads "Kestrel hours"). Not "on Kestrel time" nor
    "at noon Kestrel time": a clock, which places no event. The same for the "time" of
    "time and again" (:func:`~kg.extract.spans.says_often`): "fighting in Kestrel time and
    again" is in Kestrel, often."""
    if not says_often(pobj):
        following = pobj.doc[pobj.i + 1] if pobj.i + 1 < len(pobj.doc) else None
        if following is None or following.lower_ not in _LAPSE_WORDS:
            return None
        if pobj.tag_ != "NNS" or not only_qualified_by_place(pobj):
            return None
    for child in children(pobj, "compound"):
        if child.ent_type_ in PLACE_LABELS:
            return child
    return None


#: Prepositions after which a site noun says where: not "of" ("the staff of the office"
#: says whose), "by" (most often who did it), "near" (a landmark nearby: "evacuated from
#: homes near the supermarket" were not at the supermarket) nor "through" (a way or what is
#: gone through: "walked through the lobby", "a blast tore through a room", which the blast
#: damaged).
_SITE_PREPOSITIONS = (LOCATION_PREPOSITIONS | DESTINATION_PREPOSITIONS | ORIGIN_PREPOSITIONS) - {
    "of",
    "by",
    "near",
    "through",
}
#: What makes a site noun one site: a determiner, a possessor, a modifier or a number.
_SITE_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})


def site_noun(pobj: Token) -> bool:
    """Whether the object of a locative preposition is a common noun whose most frequent
    WordNet sense is a building, a room, a workplace, a vicinity or a land (``SITE_SENSES``:
    "died in a hospice", "hid in a break room", "on the island"): the long tail of
    ``PLACE_NOUNS``, taken only here. With a determiner, possessor or modifier, or plural:
    a bare singular is a use, not a site ("in office", "stepped down from office")."""
    if pobj.pos_ != "NOUN" or pobj.ent_type_ or pobj.head.lower_ not in _SITE_PREPOSITIONS:
        return False
    if pobj.tag_ != "NNS" and not any(c.dep_ in _SITE_MODIFIERS for c in dependents(pobj)):
        return False
    if pobj.head.lower_ == "to" and not _moved_to(pobj.head.head):
        return False
    return sense_below(pobj.lemma_.lower(), SITE_SENSES)


def _named_site_gone_to(pobj: Token) -> bool:
    """Whether the object of a "to" or "into" is the last word of a name of two words or
    more that ends in a site noun (``SITE_SENSES``: hospital, prison, airport, station),
    where the event's verb moved someone or something (:func:`_moved_to`): "was taken to
    Kestrel General Hospital", "was moved to Harlow Prison". The model tags such names an
    organisation as often as a facility; as where one was taken, the building is meant."""
    if pobj.pos_ != "PROPN" or pobj.ent_type_ in PLACE_LABELS or pobj.ent_type_ in TIME_LABELS:
        return False
    if pobj.head.lower_ not in {"to", "into"} or not _moved_to(pobj.head.head):
        return False
    if not pobj.ent_type_ or entity_at(pobj).end != pobj.i + 1 or len(entity_at(pobj)) < 2:
        return False
    if not sense_below(pobj.lower_, SITE_SENSES):
        return False
    verb = pobj.head.head
    moved = children(verb, "dobj")
    while not moved and verb.dep_ == "conj" and not has_subject(verb):
        verb = verb.head  # "the body was removed and taken to ...": the body
    subjects = [c for c in dependents(verb) if c.dep_ in SUBJECT_DEPS]
    return any(_a_person_or_body(word) for word in moved or subjects)


#: WordNet's files of nouns for one taken somewhere as a person is: people, a body.
_TAKEN_PERSON_CLASSES = frozenset({NOUN_PERSON, NOUN_BODY})


def _a_person_or_body(word: Token) -> bool:
    """Whether ``word`` names a person or a body, as taken to a hospital or a prison is: a
    pronoun for people, a person's name, a noun whose most frequent WordNet sense is a
    person or a body ("the victims", "the body"). Not a thing sent to a body that a
    building names ("sent the bill to the White House")."""
    if word.pos_ == "PRON":
        return word.lower_ in _PEOPLE_PRONOUNS | _PEOPLE_OBJECT_PRONOUNS
    if word.ent_type_:
        return word.ent_type_ == "PERSON"
    return _first_sense_in(noun_classes(word.lemma_.lower()), _TAKEN_PERSON_CLASSES)


def _moved_to(verb: Token) -> bool:
    """Whether a site after "to" is where ``verb`` moved someone or something ("went to
    his office", "was rushed to a clinic", "took the files to the archive"). On a verb
    of giving or telling the site is the body that got or heard it, not a place: "wrote
    to the senator's office", "videos distributed to media outlets", "donated to a
    museum"."""
    lemma = verb.lemma_.lower()
    if lemma in MOTION_VERBS or lemma in CARRYING_VERBS:
        return True
    if verb_kind(lemma) in _TO_A_POST_KINDS:
        return False  # "was appointed to the Kestrel Hospital": a post there, not a move
    return is_passive(verb) and lemma not in GIVING_VERBS  # "was sold to China": the buyer


#: Event classes whose "to" names the post or body one is given a place in, not where one
#: moves: "was appointed to the board", "was elected to the council".
_TO_A_POST_KINDS = frozenset({"Appointment", "Election"})


#: The most words a title in quotation marks runs to.
_TITLE_WORDS = 10


def in_quoted_title(word: Token) -> bool:
    """Whether ``word`` lies in a title the text sets in quotation marks: a film, a song or
    a book ("starred in "Once Upon a Time in Varnel"", "his role in "Peru,""). Its words
    begin with a capital but for the small ones (``SMALL_WORDS``); quoted speech does not
    ("laughing at the United States"), and keeps its places."""
    marks = double_marks(sentence_of(word))
    opening = bisect.bisect_left(marks, word.i)  # how many marks stand before the word
    closing = bisect.bisect_right(marks, word.i)  # the first mark after it
    if opening % 2 == 0 or closing == len(marks):
        return False  # not inside a pair of marks
    words = [t for t in word.doc[marks[opening - 1] + 1 : marks[closing]] if t.is_alpha]
    return 0 < len(words) <= _TITLE_WORDS and all(
        t.text[0].isupper() or t.lower_ in SMALL_WORDS for t in words
    )


def in_caption_aside(word: Token) -> bool:
    """Whether ``word`` lies in an aside in brackets that describes a photo beside the
    text, opened by a word such as "pictured" or "left" (``CAPTION_ASIDE_WORDS``): "saved
    farms from cheap imports (pictured, cattle at a ranch near Tulsa)". What it places is
    in the photo, not in the sentence's events."""
    brackets = round_brackets(sentence_of(word))
    before = bisect.bisect_left(brackets, word.i)  # the brackets before the word
    if before == 0:
        return False
    nearest = brackets[before - 1]
    if word.doc[nearest].text == ")":
        return False
    after = word.doc[nearest + 1] if nearest + 1 < word.i else None
    return after is not None and after.lower_ in CAPTION_ASIDE_WORDS


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
    for prep in children(word, "prep"):
        if prep.lower_ != "of":
            continue
        for inner in children(prep, "pobj"):
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
        for prep in children(word, "prep")
        if prep.lower_ == "of"
        for inner in children(prep, "pobj")
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


#: The kinds of the gazetteer's places that govern themselves: a country, a state.
_POLITY_KINDS = frozenset({"country", "admin1"})


def _on_a_polity(prep: Token, verbs: list[Token]) -> bool:
    """Whether ``prep`` is an "on" before a country's or a state's name, which says what an
    act bears on, not where it was: "put pressure on Kestria", "a stance on Kestria",
    "pinned his hopes on Ohio", "sanctions placed on Kestria". Not on a verb of going,
    which can land there ("rockets fell on Kestria"), nor on a place, which it places
    further ("its bases on Kestria", "a station on Oregon 214")."""
    if prep.lower_ != "on" or any(verb_of_going(v) for v in verbs) or is_place(prep.head):
        return False
    names = [o for o in children(prep, "pobj") if o.ent_type_ == "GPE"]
    return bool(names) and all(_polity_name(o) for o in names)


def _polity_name(token: Token) -> bool:
    """Whether a name is a country's or a state's (the gazetteer's ``_POLITY_KINDS``)."""
    found = gazetteer().lookup(entity_at(token).text)
    return found is not None and found.kind in _POLITY_KINDS


def borne_on_a_polity(word: Token, verbs: list[Token]) -> bool:
    """Whether ``word`` is the name after an "on" that says what an act bears on
    (:func:`_on_a_polity`): no place of the event, for the rules or the scorer."""
    return word.dep_ == "pobj" and _on_a_polity(word.head, verbs)


def country_name(token: Token) -> bool:
    """Whether a name is a country's: "US strikes" name a doer, "Paris attacks" a place."""
    found = gazetteer().lookup(entity_at(token).text)
    return found is not None and found.kind == "country"


def hearer_place(noun: Token) -> Token | None:
    """Where the one who heard an event noun is ("a reporter in Avel heard explosions"): the
    event was within earshot, so there too. The hearer is the hearing verb's subject, or,
    for "reported hearing", the reporting verb's."""
    verb = perceiving_verb(noun)
    if verb is None:
        return None
    hearers = children(verb, "nsubj")
    if not hearers and verb.dep_ == "xcomp":
        hearers = children(verb.head, "nsubj")
    for hearer in hearers:
        for prep in children(hearer, "prep"):
            if prep.lower_ in {"in", "at"}:
                for pobj in children(prep, "pobj"):
                    place = _place_token(pobj)
                    if place is not None:
                        return place
    return None


def named_place(noun: Token) -> Token | None:
    """The place a name before an event noun sets it in, unless the name is a country's:
    "the Paris attacks" happened in Paris, "US strikes" were the US's. A happening a
    polity holds within itself is in that polity, a country too (:func:`_held_within`)."""
    held = _held_within(noun)
    if held is not None:
        return held
    named = _compound_place(noun)
    if named is not None and named.ent_type_ == "GPE" and country_name(named):
        return None
    return named


#: Prepositions that name the other side of a protest or a conflict, or what it is over:
#: "Velmaria's protest against the visit", "Kestria's conflict with its neighbour".
_SIDE_PREPOSITIONS = frozenset({"against", "at", "between", "over", "to", "with"})


def _strife_within(noun: Token) -> bool:
    """Whether a noun names strife a place's people carry on inside it, with no other side
    or cause named: protests ("Velmaria's street protests", "the Ostrava demonstrations")
    and a conflict ("Kestria's long conflict"). They are held or fought there, not by the
    state or the town; "Velmaria's protest against the visit" is the state's own, and
    "Kestria's conflict with its neighbour" has Kestria as a side."""
    if any(p.lower_ in _SIDE_PREPOSITIONS for p in children(noun, "prep")):
        return False
    if noun.lemma_.lower() == "conflict":
        return True
    action = event_action(noun)
    kind = None if action is None else verb_kind(action.split()[0])
    return kind is not None and "Protest" in {kind, *superclasses(kind)}


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
    strife = _strife_within(noun)
    if (
        lemma not in _HELD_WITHIN_NOUNS
        and not (
            lemma in _CIVIL_WAR_NOUNS and any(c.lower_ == "civil" for c in children(noun, "amod"))
        )
        and not strife
    ):
        return None
    for child in dependents(noun):
        if (
            child.dep_ in {"poss", "compound"}
            and child.i < noun.i
            and child.ent_type_ in {"GPE", "LOC"}
            # "Ostrava solidarity rallies": a name set before another noun is the cause
            and not (strife and child.dep_ == "compound" and _noun_between(child, noun))
        ):
            return child
    return None


def _noun_between(name: Token, noun: Token) -> bool:
    """Whether a common noun other than the name's own words stands between a name and the
    noun it is hung on: "Ostrava solidarity rallies"."""
    return any(word.pos_ == "NOUN" and not word.ent_type_ for word in name.doc[name.i + 1 : noun.i])
