"""What kind of event an event is: a class of kg's event taxonomy, from its trigger and roles.

The taxonomy (``Attack`` with ``Shelling``, ``Airstrike``, ``Bombing`` and
``ArmedClash``; ``Death`` with ``Killing``; ``Injury``, ``Arrest``,
``Statement`` ...) lives in ``ontology/kg.ttl``, where each class carries its
label, definition and its matches to ACLED, CAMEO and KAIROS. The words that
name each class are data, in ``kg/resources/event_types.json``, read once.

:func:`event_type` reads only the :class:`~kg.model.Event` record (its action,
the trigger word in its evidence, its target and its sentence), so it runs on
records from anywhere, after extraction, without spaCy. In order:

1. the whole action phrase ("take control of", "open fire on", "call on");
2. a word's other senses, told by its context: "treated the fire as arson",
   "an emotionally charged debate", "beat Sanders in the caucuses" (unless
   police beat protesters), "heard explosions" outside a court, "came under
   criticism" or "went into administration" with no place, "went hunting",
   "placed him under arrest", "engaged in talks";
3. a person as the object of a verb that then means something else
   ("fired the minister" is a dismissal, "fired rockets" an attack), and a
   thing, an act or a message where the verb needs someone ("met the standard",
   "hit 30 home runs", "struck down the rule" are no meeting and no attack);
4. a weapon as the object of a weapon verb ("used explosives", "fired rockets");
5. the object of a light verb ("carry out an attack", "lose their lives",
   "impose sanctions"; not whom a verb of attack hits: "struck the convoy");
6. the trigger as an event noun ("the explosion", "airstrikes");
7. the verb alone ("shell", "arrest", "say");
8. a general attack is made specific by what its sentence names
   (artillery, air strikes, bombs, clashes), and a strike in a labour dispute
   is a protest.

>>> from kg.model import Argument, Event, Mention
>>> m = Mention("d", 0, 39, "Russian forces took control of the port.")
>>> event_type(Event("d", 15, 19, "take control of", m, target=Argument("the port", 31, 39)))
'TakeControl'
>>> superclasses("Shelling")
('Attack', 'Event')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import dropwhile, islice, takewhile
from typing import Any

from kg._resources import load_resource
from kg.lang.en import (
    AGENT_LABELS,
    ARMED_PARTY_NOUNS,
    ARMED_PARTY_SENSES,
    CARE_SENSES,
    CHAIN_VERBS,
    CRITICISED_SENSES,
    CURRENCY_SYMBOLS,
    GENERIC_BODY_NOUNS,
    MISFORTUNE_SENSES,
    MONETARY_UNIT_SENSES,
    NEUTER_PRONOUNS,
    OFFICE_HOLDER_SENSES,
    ORGANIZATION_HEADS,
    PERSONAL_PRONOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    PLURALS_WITHOUT_S,
    SITE_SENSES,
    STRUCTURE_SENSES,
    SUBJECT_PRONOUNS,
    VEHICLE_SENSES,
    WEAPON_SENSES,
    WEATHER_SENSES,
)
from kg.lang.wordnet import (
    NOUN_ABSTRACT,
    NOUN_ACT,
    NOUN_ANIMAL,
    NOUN_ARTIFACT,
    NOUN_ATTRIBUTE,
    NOUN_BODY,
    NOUN_COGNITION,
    NOUN_COMMUNICATION,
    NOUN_EVENT,
    NOUN_FEELING,
    NOUN_FOOD,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    NOUN_PLANT,
    NOUN_POSSESSION,
    NOUN_PROCESS,
    NOUN_QUANTITY,
    NOUN_STATE,
    NOUN_SUBSTANCE,
    NOUN_TIME,
    NOUN_TOPS,
    noun_classes,
    sense_below,
    verb_classes,
)
from kg.model import Argument, Event

__all__ = ["EVENT_TYPES", "event_type", "superclasses", "verb_kind"]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    parents: dict[str, str]
    phrases: dict[str, str]
    object_phrases: dict[str, str]
    verbs: dict[str, str]
    nouns: dict[str, str]
    light_verbs: frozenset[str]
    chain_verbs: frozenset[str]
    told_without_object: frozenset[str]
    weapon_verbs: frozenset[str]
    weapons: dict[str, str]
    generic_weapons: frozenset[str]
    explosive_context: re.Pattern[str]
    person_objects: dict[str, str]
    place_objects: dict[str, str]
    moved_people: dict[str, str]
    moved_vehicles: dict[str, str]
    struck_people: dict[str, str]
    meetings_of_no_one: frozenset[str]
    abstract_objects: frozenset[str]
    abstract_destinations: frozenset[str]
    leading_verbs: frozenset[str]
    act_objects: frozenset[str]
    engaged_in: frozenset[str]
    custody_verbs: frozenset[str]
    custody_phrase: re.Pattern[str]
    pastime_goes: frozenset[str]
    pastime_kept: frozenset[str]
    pastime_verbs: frozenset[str]
    recorders: dict[str, frozenset[str]]
    recording_media: frozenset[str]
    rivalry_verbs: frozenset[str]
    rivalry_sides: frozenset[str]
    rivalry_prizes: re.Pattern[str]
    example_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    plan_commands: frozenset[str]
    fault_verbs: frozenset[str]
    faults: frozenset[str]
    responses: frozenset[str]
    charged_things: frozenset[str]
    wildlife_verbs: frozenset[str]
    wildlife_words: frozenset[str]
    home_verbs: frozenset[str]
    home_courts: frozenset[str]
    election_verbs: frozenset[str]
    election_prizes: frozenset[str]
    election_favour: frozenset[str]
    election_parties: frozenset[str]
    election_places: frozenset[str]
    criticised_objects: dict[str, str]
    critics: frozenset[str]
    people_criticised: frozenset[str]
    criticised_by_someone: frozenset[str]
    gone_off_by_no_one: frozenset[str]
    stocked: frozenset[str]
    rejecting_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    warning_openers: frozenset[str]
    warned_harms: frozenset[str]
    sport_verbs: frozenset[str]
    sport_at_people: frozenset[str]
    sport_context: re.Pattern[str]
    driving_verbs: frozenset[str]
    driving_routes: frozenset[str]
    carrying_verbs: frozenset[str]
    display_nouns: frozenset[str]
    gesture_verbs: frozenset[str]
    routed_moves: frozenset[str]
    moving_routes: frozenset[str]
    rally_verbs: frozenset[str]
    protest_words: re.Pattern[str]
    aimed_at_someone: dict[str, str]
    spent_amounts: dict[str, str]
    struck_by_no_one: frozenset[str]
    spoken_attack_nouns: frozenset[str]
    spoken_attack_words: frozenset[str]
    spoken_attack_undergone: frozenset[str]
    marketed_to: dict[str, frozenset[str]]
    protest_manner: re.Pattern[str]
    coerced_people: dict[str, str]
    made_things: dict[str, str]
    goods_objects: dict[str, str]
    money_objects: dict[str, str]
    said_without_object: dict[str, str]
    rushing_words: frozenset[str]
    manner_senses: dict[str, frozenset[str]]
    mood_senses: dict[str, frozenset[str]]
    person_nouns: frozenset[str]
    dismissed: frozenset[str]
    prizes: frozenset[str]
    time_taken_verbs: frozenset[str]
    time_taken_words: frozenset[str]
    held_in_verbs: frozenset[str]
    held_in_words: frozenset[str]
    succession_phrases: frozenset[str]
    risen_to: frozenset[str]
    done_by_no_thing: dict[str, str]
    contest_verbs: frozenset[str]
    contest_context: re.Pattern[str]
    court_verbs: dict[str, str]
    court_nouns: frozenset[str]
    court_people_objects: frozenset[str]
    court_context: re.Pattern[str]
    placed_verbs: frozenset[str]
    motion_particles: frozenset[str]
    directions: frozenset[str]
    assault_heads: frozenset[str]
    assault_means: frozenset[str]
    assault_results: re.Pattern[str]
    strike_words: frozenset[str]
    labour_context: re.Pattern[str]
    labour_names: re.Pattern[str]
    strike_votes: frozenset[str]
    strikers: frozenset[str]
    strike_about: frozenset[str]
    people_let_in: dict[str, str]
    shown_weapons: dict[str, str]
    held_arms: frozenset[str]
    loss_nouns: frozenset[str]
    loss_context: re.Pattern[str]
    refine: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    learned: dict[str, str]


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word or phrase, so "shell" does not fire on "shelter"."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def _custody_pattern(raw: dict[str, Any]) -> re.Pattern[str]:
    """The opening of a phrase of custody ("under arrest", "into police custody"): one of
    ``raw["into"]``, at most one word, then one of ``raw["words"]``."""
    into = "|".join(map(re.escape, raw["into"]))
    words = "|".join(map(re.escape, raw["words"]))
    return re.compile(rf"(?:{into}) (?:[\w-]+ )?(?:{words})\b")


def _table(raw: dict[str, Any]) -> dict[str, str]:
    return {key: value for key, value in raw.items() if not key.startswith("_")}


def _senses(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """A table of verb -> the words that give it a sense of no kind."""
    return {verb: frozenset(words) for verb, words in _table(raw).items()}


@functools.cache
def _lexicon() -> _Lexicon:
    raw = load_resource("event_types.json")
    weapons = {
        word: cls
        for cls, words in raw["weapons"].items()
        if not cls.startswith("_")
        for word in words
    }
    refine = {}
    steps: list[list[Any]]
    for general, steps in raw["refine"].items():
        if general.startswith("_"):
            continue
        refine[general] = tuple((cls, _words_pattern(words)) for cls, words in steps)
    learned = load_resource("event_types_learned.json")
    return _Lexicon(
        learned=_table(learned),
        parents=_table(raw["classes"]),
        phrases=_table(raw["phrases"]),
        object_phrases=_table(raw["object_phrases"]),
        verbs=_table(raw["verbs"]),
        nouns=_table(raw["nouns"]),
        light_verbs=frozenset(raw["light_verbs"]["words"]),
        chain_verbs=CHAIN_VERBS - frozenset(raw["chain_verbs"]["own_class"]),
        told_without_object=frozenset(raw["told_without_object"]["words"]),
        weapon_verbs=frozenset(raw["weapon_verbs"]["words"]),
        weapons=weapons,
        generic_weapons=frozenset(raw["generic_weapons"]["words"]),
        explosive_context=_words_pattern(raw["generic_weapons"]["context"]),
        person_objects=_table(raw["person_objects"]),
        place_objects=_table(raw["place_objects"]),
        moved_people=_table(raw["moved_people"]),
        moved_vehicles=_table(raw["moved_vehicles"]),
        struck_people=_table(raw["struck_people"]),
        meetings_of_no_one=frozenset(raw["meetings_of_no_one"]["words"]),
        abstract_objects=frozenset(raw["abstract_objects"]["words"]),
        abstract_destinations=frozenset(raw["abstract_destinations"]["words"]),
        leading_verbs=frozenset(raw["abstract_destinations"]["led"]),
        act_objects=frozenset(raw["act_objects"]["words"]),
        engaged_in=frozenset(raw["engaged_in"]["words"]),
        custody_verbs=frozenset(raw["custody"]["verbs"]),
        custody_phrase=_custody_pattern(raw["custody"]),
        pastime_goes=frozenset(raw["pastimes"]["words"]),
        pastime_kept=frozenset(raw["pastimes"]["kept"]["classes"]),
        pastime_verbs=frozenset(raw["pastimes"]["bare"]["words"]),
        recorders=_senses(raw["recorded"]["doers"]),
        recording_media=frozenset(raw["recorded"]["media"]),
        rivalry_verbs=frozenset(raw["rivalry"]["verbs"]),
        rivalry_sides=frozenset(raw["rivalry"]["sides"]),
        rivalry_prizes=_words_pattern(raw["rivalry"]["prizes"]),
        example_verbs=frozenset(raw["examples_offered"]["verbs"]),
        plan_verbs=frozenset(raw["plans_carried_out"]["verbs"]),
        plan_commands=frozenset(raw["plans_carried_out"]["commands"]),
        fault_verbs=frozenset(raw["faults_committed"]["verbs"]),
        faults=frozenset(raw["faults_committed"]["words"]),
        responses=frozenset(raw["responses"]["words"]),
        charged_things=frozenset(raw["charged_things"]["verbs"]),
        wildlife_verbs=frozenset(raw["harmed_wildlife"]["verbs"]),
        wildlife_words=frozenset(raw["harmed_wildlife"]["words"]),
        home_verbs=frozenset(raw["homes_found"]["verbs"]),
        home_courts=frozenset(raw["homes_found"]["courts"]),
        election_verbs=frozenset(raw["election_wins"]["verbs"]),
        election_prizes=frozenset(raw["election_wins"]["prizes"]),
        election_favour=frozenset(raw["election_wins"]["favour"]),
        election_parties=frozenset(raw["election_wins"]["parties"]),
        election_places=frozenset(raw["election_wins"]["places"]),
        criticised_objects=_table(raw["criticised_objects"]),
        critics=frozenset(raw["critics"]["words"]),
        people_criticised=frozenset(raw["people_criticised"]["words"]),
        criticised_by_someone=frozenset(raw["criticised_by_someone"]["words"]),
        gone_off_by_no_one=frozenset(raw["gone_off_by_no_one"]["words"]),
        stocked=frozenset(raw["stocked"]["words"]),
        rejecting_verbs=frozenset(raw["rejected"]["words"]),
        warning_verbs=frozenset(raw["forewarned"]["words"]),
        warning_openers=frozenset(raw["forewarned"]["openers"]),
        warned_harms=frozenset(raw["forewarned"]["harms"]),
        sport_verbs=frozenset(raw["sport_senses"]["verbs"]),
        sport_at_people=frozenset(raw["sport_senses"]["at_people"]),
        sport_context=_words_pattern(raw["sport_senses"]["context"]),
        driving_verbs=frozenset(raw["driven"]["words"]),
        driving_routes=frozenset(raw["driven"]["routes"]),
        carrying_verbs=frozenset(raw["borne_objects"]["words"]),
        display_nouns=frozenset(raw["shown_not_protested"]["words"]),
        gesture_verbs=frozenset(raw["gestures"]["words"]),
        routed_moves=frozenset(raw["placed_verbs"]["routed"]["words"]),
        moving_routes=frozenset(raw["placed_verbs"]["routed"]["routes"]),
        rally_verbs=frozenset(raw["rallies"]["words"]),
        protest_words=_words_pattern(raw["rallies"]["protest_words"]),
        aimed_at_someone=_table(raw["aimed_at_someone"]),
        spent_amounts=_table(raw["spent_amounts"]),
        struck_by_no_one=frozenset(raw["struck_by_no_one"]["words"]),
        spoken_attack_nouns=frozenset(raw["spoken_attacks"]["nouns"]),
        spoken_attack_words=frozenset(raw["spoken_attacks"]["words"]),
        spoken_attack_undergone=frozenset(raw["spoken_attacks"]["undergone"]),
        marketed_to=_senses(raw["marketed_to"]),
        protest_manner=_words_pattern(raw["protest_manner"]["words"]),
        coerced_people=_table(raw["coerced_people"]),
        made_things=_table(raw["made_things"]),
        goods_objects=_table(raw["goods_objects"]),
        money_objects=_table(raw["money_objects"]),
        said_without_object=_table(raw["said_without_object"]),
        rushing_words=frozenset(raw["rushing_words"]["words"]),
        manner_senses=_senses(raw["manner_senses"]),
        mood_senses=_senses(raw["mood_senses"]),
        person_nouns=frozenset(raw["person_nouns"]["words"]),
        dismissed=frozenset(raw["person_nouns"]["dismissed"]),
        prizes=frozenset(raw["no_captive"]["prizes"]),
        time_taken_verbs=frozenset(raw["no_captive"]["time_taken"]["verbs"]),
        time_taken_words=frozenset(raw["no_captive"]["time_taken"]["words"]),
        held_in_verbs=frozenset(raw["no_captive"]["held_in"]["verbs"]),
        held_in_words=frozenset(raw["no_captive"]["held_in"]["words"]),
        succession_phrases=frozenset(raw["succession"]["words"]),
        risen_to=frozenset(raw["risen_to"]["verbs"]),
        done_by_no_thing=_table(raw["done_by_no_thing"]),
        contest_verbs=frozenset(raw["contest_senses"]["verbs"]),
        contest_context=_words_pattern(raw["contest_senses"]["context"]),
        court_verbs=raw["court_senses"]["verbs"],
        court_nouns=frozenset(raw["court_senses"]["nouns"]),
        court_people_objects=frozenset(raw["court_senses"]["people_objects"]),
        court_context=_words_pattern(raw["court_senses"]["context"]),
        placed_verbs=frozenset(raw["placed_verbs"]["words"]),
        motion_particles=frozenset(raw["placed_verbs"]["motion_particles"]["words"]),
        directions=frozenset(raw["placed_verbs"]["directions"]["words"]),
        assault_heads=frozenset(raw["contest_senses"]["assault_heads"]["words"]),
        assault_means=frozenset(raw["contest_senses"]["assault_means"]["with"]),
        assault_results=_words_pattern(raw["contest_senses"]["assault_means"]["results"]),
        strike_words=frozenset(raw["labour_strikes"]["words"]),
        labour_context=_words_pattern(raw["labour_strikes"]["context"]),
        labour_names=_words_pattern(raw["labour_strikes"]["names"]["words"]),
        strike_votes=frozenset(raw["labour_strikes"]["voted"]["words"]),
        strikers=frozenset(raw["labour_strikes"]["strikers"]["words"]),
        strike_about=frozenset(raw["labour_strikes"]["strikers"]["about"]),
        people_let_in=_table(raw["people_let_in"]),
        shown_weapons=raw["shown_weapons"]["verbs"],
        held_arms=frozenset(raw["shown_weapons"]["arms"]),
        loss_nouns=frozenset(raw["loss_nouns"]["words"]),
        loss_context=_words_pattern(raw["loss_nouns"]["context"]),
        refine=refine,
    )


#: Every event class below ``Event``, mapped to its parent (``Event`` for the top ones).
EVENT_TYPES: dict[str, str] = dict(_lexicon().parents)


def superclasses(name: str) -> tuple[str, ...]:
    """The classes above ``name``, nearest first, ending with ``Event``.

    Raises:
        KeyError: ``name`` is not an event class.
    """
    found = []
    while name != "Event":
        name = EVENT_TYPES[name]
        found.append(name)
    return tuple(found)


def verb_kind(lemma: str) -> str | None:
    """The class the hand-written lexicon gives a verb alone, or ``None``.

    >>> verb_kind("stab"), verb_kind("injure"), verb_kind("paint")
    ('Attack', 'Injury', None)
    """
    return _lexicon().verbs.get(lemma.lower())


def noun_kind(word: str) -> str | None:
    """The class the hand-written lexicon gives a noun alone (or its singular), or ``None``.

    >>> noun_kind("protests"), noun_kind("earthquake"), noun_kind("victory")
    ('Protest', 'Disaster', None)
    """
    return _noun(_lexicon().nouns, word.lower())


#: A hyphen a tokenised text set apart between the two halves of a word ("cease - fire").
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def _head(text: str) -> str:
    """The last word of a noun phrase, lower-cased ("the Russian missiles" -> "missiles"),
    a hyphenated word whole, also as a tokenised text writes it ("a cease - fire" ->
    "cease-fire")."""
    words = re.findall(r"[\w-]+", _SPACED_HYPHEN.sub("-", text.lower()))
    return words[-1] if words else ""


def _held_head(argument: Argument) -> str:
    """The head of a phrase before its "of" ("the bank of the river" -> "bank"): the thing
    itself, not what it is of."""
    return _head(argument.text.lower().split(" of ")[0])


def _stems(word: str) -> tuple[str, ...]:
    """The word and, for a plural, its singulars to try: "cities" -> "cities", "citie",
    "city"; "arms" -> "arms", "arm"; "lives" -> "lives", "live", "life"; "women" -> "women",
    "woman"; "count" -> "count" alone (never "county")."""
    stems = [word]
    if word.endswith("s"):
        stems.append(word[:-1])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("ves"):
        stems.append(word[:-3] + "fe")
    if word.endswith("men"):
        stems.append(word[:-3] + "man")
    return tuple(stems)


def _is_place_noun(word: str) -> bool:
    """ "city", "towns", "cities", "population centers": a common noun of a place."""
    return any(stem in PLACE_NOUNS for stem in _stems(word))


#: The units of money figures ("dollar", "euro").
_CURRENCY_UNITS = frozenset(CURRENCY_SYMBOLS.values())
#: WordNet's classes of what can be handed over: possessions ("cash", "loan"), artifacts
#: ("rifles", "vaccines"), food and substances ("flour", "fuel").
_GOODS = frozenset({NOUN_POSSESSION, NOUN_ARTIFACT, NOUN_FOOD, NOUN_SUBSTANCE})


def _first_class(word: str) -> int | None:
    """The WordNet file of a noun's first sense, read from its singular when it is written
    in the plural; noun.Tops' top words ("food", "group") by their next sense."""
    senses = next((found for found in map(noun_classes, _stems(word)) if found), ())
    return next((sense for sense in senses if sense != NOUN_TOPS), None)


#: WordNet's classes of what is outdone, not hurt, when beaten: works and records ("beat
#: two other films", "beat the record"), counts ("beating the count") and whatever no one
#: can be (``NOUN_ABSTRACT``: "beat the odds").
_OUTDONE = NOUN_ABSTRACT | {NOUN_COMMUNICATION, NOUN_QUANTITY}


def _outdoes_a_thing(event: Event) -> bool:
    """Whether what the event beats is a thing outdone (:data:`_OUTDONE`), not someone."""
    target = event.target
    return target is not None and _first_class(_head(target.text)) in _OUTDONE


def _only_counts(word: str) -> bool:
    """Whether the word before an object's "of" only counts what the "of" names ("two of the
    suspects", "dozens of officers", "some of the workers"): a number, or no noun at all."""
    return _first_class(word) in (NOUN_QUANTITY, None)


def _taken_for_care(event: Event) -> bool:
    """Whether the event takes someone to a hospital or a clinic (:data:`CARE_SENSES`) in
    the words after it: "the minister was taken to hospital", "took him to a local clinic"
    are care, no arrest."""
    words = _words_after(event, 6)
    return words[:1] == ["to"] and any(sense_below(word, CARE_SENSES) for word in words[1:])


def _takes_no_captive(lexicon: _Lexicon, event: Event, verb: str) -> bool:
    """Whether a verb that seizes a person (:attr:`_Lexicon.person_objects`) takes a prize
    or time, no captive: its object holds a word of a prize or a "best-" title
    (:attr:`_Lexicon.prizes`: "took a best-actor Tony", "took the Emmy award", whatever
    name the parse made of the prize); after a verb of taking time, the object is
    followed by a span of time and an infinitive ("took them years to agree", "could take
    Ann much longer to finish"; not "took the girl last night to the station"); after a
    verb of holding, by "in" and a regard ("is held in high esteem"; not "held in
    custody")."""
    target = event.target
    if target is None:
        return False
    if _names_a_prize(lexicon, _WORD.findall(target.text)):
        return True
    if verb in lexicon.held_in_verbs:
        after = _words_after(event, _REGARD_REACH + 1)
        return after[:1] == ["in"] and not lexicon.held_in_words.isdisjoint(after[1:])
    return verb in lexicon.time_taken_verbs and _time_then_infinitive(lexicon, event)


def _names_a_prize(lexicon: _Lexicon, words: list[str]) -> bool:
    """Whether an object's words hold a prize (:attr:`_Lexicon.prizes`) or a "best-" title.

    A prize word that is a first name is no prize: capitalised at the object's start
    ("took Tony hostage") or before another capitalised word ("holding Tony Blake in a
    cave"), where "the Emmy Award" still has its "Award"."""
    for index, word in enumerate(words):
        lower = word.lower()
        if lower.startswith("best-"):
            return True
        if lower not in lexicon.prizes:
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        if word[:1].isupper() and (index == 0 or after[:1].isupper()):
            continue
        return True
    return False


#: How many words after the "in" of "held in high esteem" the regard may come.
_REGARD_REACH = 3


#: How many words after a taken object a span of time may end before its "to" ("took
#: them three more long years to").
_TIME_TAKEN_REACH = 4


def _time_then_infinitive(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the words after the object are a span of time (a noun whose first WordNet
    sense is a time, or "long", "longer") and then "to" and a verb: "years to agree"."""
    words = _words_after(event, _TIME_TAKEN_REACH + 2)
    if "to" not in words[1:]:
        return False
    at = words.index("to")
    spans = words[:at]
    return (
        at + 1 < len(words)
        and _an_infinitive(words[at + 1])
        and any(w in lexicon.time_taken_words or _first_class(w) == NOUN_TIME for w in spans)
    )


def _fills_a_post(event: Event) -> bool:
    """Whether the first word past the action's particles is "as" ("took over as coach")."""
    return [word.lower() for word in _words_past_particles(event)[:1]] == ["as"]


def _money(unit: str | None) -> bool:
    """Whether a figure's unit is money: a currency symbol's ("dollar", "euro") or one
    WordNet files under monetary units ("yuan", "naira", "peso")."""
    if unit is None:
        return False
    return unit in _CURRENCY_UNITS or sense_below(unit, MONETARY_UNIT_SENSES)


#: Pronouns as objects: WordNet has senses for some ("he" is helium, "it" information
#: technology), which are never what a pronoun means.
_PRONOUNS = SUBJECT_PRONOUNS | PERSONAL_PRONOUNS.keys() | NEUTER_PRONOUNS.keys() | {"me", "us"}


def _passes_goods(event: Event, obj: str) -> bool:
    """Whether the event hands over money or a thing: a figure in a currency ("gave them
    $20", "gave each family 20,000 naira"), or an object whose first sense is a possession,
    an artifact, food or a substance (not a pronoun's: "he has not been charged")."""
    if any(_money(figure.unit) for figure in event.figures):
        return True
    if not obj or obj in _PRONOUNS:
        return False
    return _first_class(obj) in _GOODS


#: Pronouns that name people as objects ("admitted him"); "it" and "them" may be things.
_PEOPLE_PRONOUNS = PERSONAL_PRONOUNS.keys() | {"me", "us", "you"}


def _names_people(target: Argument, head: str) -> bool:
    """Whether an object names people: a person's name, a pronoun for a person ("him"), or
    a noun whose first WordNet sense is a person ("patients", "women", "children")."""
    if target.label == "PERSON" or head in _PEOPLE_PRONOUNS or head in PLURALS_WITHOUT_S:
        return True
    return _first_class(head) == NOUN_PERSON


def _done_by_people(event: Event) -> bool:
    """Whether the event's doer names people (:func:`_names_people`: "the actor", "he")."""
    actor = event.actor
    return actor is not None and _names_people(actor, _head(actor.text))


def _lets_people_in(event: Event, head: str) -> bool:
    """Whether the event lets people in: its object names people, or one is taken to a
    place of care ("they were admitted to hospital")."""
    target = event.target
    return target is not None and (_names_people(target, head) or _taken_for_care(event))


def _names_agents(target: Argument, head: str) -> bool:
    """Whether an object names people (:func:`_names_people`) or those who act as one: an
    organization, a nation or a country by name, or a noun whose first WordNet sense is a
    group ("the government", "its troops")."""
    if target.label in AGENT_LABELS or _names_people(target, head):
        return True
    return _first_class(head) == NOUN_GROUP


def _names_a_place(target: Argument, head: str) -> bool:
    """Whether an object names a place: a GPE, LOC or FAC name, a place noun ("city"), or a
    noun whose first WordNet sense is a site ("the courthouse", "a rehab facility"), a
    location ("airspace") or a natural object ("the bank" of a river, "the island")."""
    if target.label in PLACE_LABELS or _is_place_noun(head):
        return True
    if any(sense_below(stem, SITE_SENSES) for stem in _stems(head)):
        return True
    return _first_class(head) in (NOUN_LOCATION, NOUN_OBJECT)


#: WordNet's classes of what is fought or hit without arms: states ("disease", "a slump"),
#: phenomena and processes ("the blaze", "global warming"), thoughts, feelings, times
#: ("the release date"), events ("the fire") and messages ("accusations", "a record").
_FOUGHT_WITHOUT_ARMS = NOUN_ABSTRACT | {NOUN_COMMUNICATION, NOUN_EVENT}
#: WordNet's classes of doers that are no one: acts and events ("clashes", "the blast"),
#: messages ("comments") and abstract things ("the requirement", "falling incomes").
_NO_ONE = _FOUGHT_WITHOUT_ARMS | {NOUN_ACT}
#: ... and, as doers that force, natural things ("the river", "the sea"). Not substances:
#: the first sense of "group" after WordNet's top word is one.
_NO_ONE_FORCING = _NO_ONE | {NOUN_OBJECT}


def _is_no_one(argument: Argument) -> bool:
    """Whether a doer is no one: no name, no pronoun, and a head whose first WordNet sense
    is an act, an event, a message, an abstract thing or a natural thing
    (:data:`_NO_ONE_FORCING`)."""
    head = _head(argument.text)
    if argument.label or head in _PRONOUNS:
        return False
    return _first_class(head) in _NO_ONE_FORCING


def _people_forced(event: Event, held: str) -> bool:
    """Whether people force people: a doer that is someone (not :func:`_is_no_one`:
    "clashes forced the airport to close"), or with no doer named and no clause before a
    comma that does the forcing, one forced who names people or a group ("the guards were
    forced to drive"; "the gate was forced")."""
    if event.actor is not None:
        return not _is_no_one(event.actor)
    if _after_a_comma(event):
        return False  # "fires spread, forcing people to flee": the clause before forces
    target = event.target
    return target is None or held in _PRONOUNS or _names_agents(target, held)


#: A comma, or a comma and an "and", right before a participle that ends a clause.
_CLAUSE_END = re.compile(r",(?:\s+and)?\s*$")


def _after_a_comma(event: Event) -> bool:
    """Whether the trigger is a participle right after a comma (or a comma and an "and"):
    its doer is the clause before it ("the river rose, forcing hundreds to leave", "a blast
    hit the depot, injuring ten and forcing dozens from their homes")."""
    if not _trigger(event).endswith("ing"):
        return False
    before = event.evidence.text[: event.start - event.evidence.start]
    return _CLAUSE_END.search(before) is not None


def _befalls_no_thing(event: Event) -> bool:
    """Whether what the event befalls, its object or else its subject, is an abstract thing,
    an act or a message (:data:`_NO_ONE`: "the market crashed", "prices exploded"; "a
    meteor exploded" keeps its class). A preposition's object in the action is none of
    them ("exploded at which time")."""
    target = event.target if " " not in event.action.strip() else None
    affected = target or event.actor
    if affected is None or affected.label:
        return False
    head = _head(affected.text)
    return head not in _PRONOUNS and _first_class(head) in _NO_ONE


#: The WordNet files of what one rises to without moving: a state ("fame", "prominence")
#: or an attribute ("the lead", "number one"); not an event ("death").
_STANDINGS = frozenset({NOUN_STATE, NOUN_ATTRIBUTE})
_DETERMINERS = frozenset({"the", "a", "an"})


def _rises_to_a_state(event: Event) -> bool:
    """Whether the words right after the trigger are "to" or "into" and a noun of a state or
    a standing (:data:`_STANDINGS`; one determiner may come between): "shot to fame", "shot
    into the lead"; not "was shot to death", "shot into the crowd"."""
    words = _words_after(event, 3, past_target=False)
    if words[:1] not in (["to"], ["into"]):
        return False
    nouns = [word for word in words[1:] if word not in _DETERMINERS][:1]
    return bool(nouns) and _first_class(nouns[0]) in _STANDINGS


def _vehicle_or_body(held: str) -> bool:
    """Whether a noun names a vehicle (:data:`~kg.lang.en.VEHICLE_SENSES`: "the plane",
    "tanks") or a body of people by its first WordNet sense ("troops"): what landing or
    rolling back moves."""
    if held in _PRONOUNS:
        return False
    stems = _stems(held)
    return any(sense_below(stem, VEHICLE_SENSES) for stem in stems) or (
        _first_class(held) == NOUN_GROUP
    )


def _damages_a_made_thing(event: Event) -> bool:
    """Whether what the event affects, its object or else its subject, is a made thing or a
    place ("the bridge collapsed", "the roof"; not "the talks collapsed", "he collapsed");
    true when the event names neither ("the collapse")."""
    affected = event.target or event.actor
    if affected is None:
        return True
    head = _held_head(affected)
    return _first_class(head) == NOUN_ARTIFACT or _names_a_place(affected, head)


def _is_held_weapon(lexicon: _Lexicon, word: str) -> bool:
    """A weapon one can hold up: a noun whose first WordNet sense is a weapon ("gun",
    "pistol", "machetes") or one of :attr:`_Lexicon.held_arms` ("knife")."""
    return word in lexicon.held_arms or any(
        sense_below(stem, WEAPON_SENSES) for stem in _stems(word)
    )


def _armed_with(lexicon: _Lexicon, event: Event, obj: str) -> bool:
    """Whether an object that may be a weapon is one here: a word that names any contrivance
    as often (:attr:`_Lexicon.generic_weapons`: "device") only in a sentence that speaks of
    explosives ("the device was used to detonate the bomb"; not "the device could be used
    to track workers")."""
    if obj not in lexicon.generic_weapons:
        return True
    return lexicon.explosive_context.search(event.evidence.text.lower()) is not None


def _shows_a_weapon(lexicon: _Lexicon, event: Event, action: str, obj: str) -> bool:
    """Whether the event shows a weapon to threaten: a verb of :attr:`_Lexicon.shown_weapons`
    with a weapon as its object, and the word the verb needs right after that object ("pulled
    a gun on the guard"; "pulled its heavy weapons back" threatens no one)."""
    if action not in lexicon.shown_weapons or not _is_held_weapon(lexicon, obj):
        return False
    needed = lexicon.shown_weapons[action]
    if not needed:
        return True
    target = event.target
    follows = target is not None and target.start >= event.end
    return follows and _words_after(event, 1) == [needed]


def _noun(table: dict[str, str], word: str) -> str | None:
    """What ``table`` says of a noun or of its singular ("airstrikes", "casualties")."""
    return next((table[stem] for stem in _stems(word) if stem in table), None)


_WORD = re.compile(r"[\w-]+")


def _words_after(event: Event, count: int, *, past_target: bool = True) -> list[str]:
    """Up to ``count`` words after the trigger, lower-cased; with ``past_target``, after
    the target where the target follows it ("treated them harshly")."""
    end = event.end
    if past_target and event.target is not None and event.target.start >= event.end:
        end = event.target.end
    following = event.evidence.text[end - event.evidence.start :]
    return [word.group().lower() for word in islice(_WORD.finditer(following), count)]


#: Particles the parse may read as the start of a preposition ("out of", "back to").
_PARTICLES_AS_PREPOSITIONS = frozenset({"out", "back", "away"})


def _word_after(event: Event) -> str:
    """The word after the trigger, or after the target where the target follows it
    ("treated them harshly"); "" at the sentence's end, and "" for an "as" that opens a
    clause ("treated the wounded as they arrived": when, not how)."""
    words = _words_after(event, 2)
    if words[:1] == ["as"] and words[1:] and words[1] in SUBJECT_PRONOUNS:
        return ""
    return words[0] if words else ""


def _trigger(event: Event) -> str:
    """The trigger word as written, lower-cased, read from the event's sentence."""
    start = event.start - event.evidence.start
    return event.evidence.text[start : start + event.end - event.start].lower()


def event_type(event: Event, *, rules: bool = True, learned: bool = True) -> str | None:
    """The most specific class of kg's taxonomy that ``event`` belongs to, or ``None``.

    The event is not changed; the answer depends on nothing but the record.
    ``"Event"`` is never returned: an event of no known kind gets ``None``.

    Args:
        event: The event to type.
        rules: Use the hand-written lexicon (``event_types.json``).
        learned: Where the rules have no answer, use the lexicon learned from
            RAMS dev triggers (``event_types_learned.json``). Both switches are
            there to measure each part; kg uses both.
    """
    lexicon = _lexicon()
    words = event.action.lower().split()
    while len(words) > 2 and words[0] in lexicon.chain_verbs and words[1] == "to":
        words = words[2:]  # "try to storm the port": typed as the storming
    if not words:
        return None
    action = " ".join(words)
    verb = words[0]
    found = _by_words(lexicon, event, action, verb) if rules else None
    if found == "Death" and _loss_of_no_one(lexicon, event):
        return None
    if found == "Attack" and _struck_by_a_disaster(lexicon, event):
        return "Disaster"  # "the quake struck the island": no one attacked it
    if found == "Attack" and _an_illness(event):
        return None  # "suffered a heart attack": no one attacked her
    if found == "Attack" and verb in lexicon.struck_by_no_one and _struck_by_no_one(event):
        return None  # "tragedy struck", "the recession hit retailers": no attacker
    if found == "Attack" and _attack_undergone(lexicon, event, verb):
        return None  # "the patrol faced heavy fire": its subject is no attacker
    if found == "Attack":
        found = _spoken_attack(lexicon, event, verb) or found  # "a verbal attack": words
    if found is None and learned:
        found = lexicon.learned.get(verb) or lexicon.learned.get(_trigger(event))
    if found is None or found == "Event":
        return None
    if found == "Movement" and _in_protest(lexicon, event):
        return "Protest"  # "walked out in protest": a walkout
    if found == "Protest" and _names_a_rally(lexicon, event, verb):
        if not _rallied_in_protest(lexicon, event):
            return None  # "held a rally in Miami", "shares rallied": no protest
    steps = lexicon.refine.get(found)
    if not steps:  # only a general attack is refined: most events need no sentence read
        return found
    if action in lexicon.responses:
        return found  # "responded with stun grenades" after "petrol bombs": its own weapon
    sentence = event.evidence.text.lower()
    for specific, pattern in steps:
        if pattern.search(sentence):
            return specific
    if found == "Attack" and _labour_strike(lexicon, event, action, sentence):
        return "Protest"  # refine named no weapon: "the union called a strike"
    return found


#: How many words after a movement (its particle, its object: "out of the talks") "in
#: protest" may start.
_PROTEST_REACH = 6


def _in_protest(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the words after a movement (past its object) say it was done in protest:
    "walked out in protest", "marched out of the hall in protest"."""
    words = " ".join(_words_after(event, _PROTEST_REACH + 2))
    return lexicon.protest_manner.search(words) is not None


def _an_illness(event: Event) -> bool:
    """Whether the attack noun (the trigger, or a light verb's object) and the word before
    it are one WordNet noun of a state or a feeling: "a heart attack", "an asthma attack",
    "a panic attack" (no "terrorist attack" is one)."""
    named = [[*_words_before(event, 1), _trigger(event)]]
    if event.target is not None:
        named.append(_WORD.findall(event.target.text.lower())[-2:])
    return any(
        len(words) == 2 and noun_classes("_".join(words))[:1] in ((NOUN_STATE,), (NOUN_FEELING,))
        for words in named
    )


def _loss_of_no_one(lexicon: _Lexicon, event: Event) -> bool:
    """A loss ("losses", "suffered a loss") in a sentence that speaks of no people lost and
    no fighting: a team's, a company's or a candidate's loss, not a death."""
    named = {_trigger(event), _head(event.target.text) if event.target is not None else ""}
    if not named & lexicon.loss_nouns:
        return False
    return lexicon.loss_context.search(event.evidence.text.lower()) is None


#: Words between a subject and its verb that leave the subject the doer ("the quake that
#: struck", "an earthquake has hit").
_BETWEEN_SUBJECT_AND_VERB = frozenset({"that", "which", "has", "have", "had", "also"})
#: How many words after a passive verb its "by" phrase's noun may come ("hit by a powerful
#: quake").
_BY_WORDS = 4


def _struck_by_a_disaster(lexicon: _Lexicon, event: Event) -> bool:
    """Whether what strikes or hits is a disaster the lexicon names ("the quake struck the
    island", "a tornado hit the town", "the area was hit by an earthquake") or the weather
    ("the storm struck the coast", "heavy rain hit the region"): its actor, the word before
    the verb when it has none, or the noun of a "by" right after it."""
    return any(
        _noun(lexicon.nouns, word) == "Disaster" or _is_weather(word) for word in _strikers(event)
    )


def _strikers(event: Event) -> list[str]:
    """The words that may name what strikes or hits: the actor's head, the word before the
    verb when it has none, and the words of a "by" right after it ("hit by a storm")."""
    if event.actor is not None:
        subjects = [_head(event.actor.text)]
    else:
        before = [w for w in _words_before(event, 3) if w not in _BETWEEN_SUBJECT_AND_VERB]
        subjects = before[-1:]
    after = _words_after(event, _BY_WORDS, past_target=False)
    if after[:1] == ["by"]:
        subjects += after[1:]
    return subjects


#: WordNet's classes of a doer that is no one: states ("the recession", "the crisis"),
#: processes ("inflation", "the blaze"), feelings, thoughts ("concerns") and possessions
#: ("funding cuts").
_NO_DOER = frozenset({NOUN_STATE, NOUN_PROCESS, NOUN_FEELING, NOUN_COGNITION, NOUN_POSSESSION})
#: WordNet's classes of a doer that may be someone or something that harms, in either of
#: its two most frequent senses ("the alliance", "forces", "vessels").
_SOME_DOER = frozenset({NOUN_PERSON, NOUN_GROUP, NOUN_ARTIFACT})
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])\s*$")


def _struck_by_no_one(event: Event) -> bool:
    """Whether the doer the parse gave a strike or a hit is no one and no thing that harms:
    its head (not a name, not a possessive) is a state, a process, a feeling, a thought or
    a possession by its first WordNet sense (:data:`_NO_DOER`: "the recession hit
    retailers", "strike concerns are hitting everyone"), neither of its two first senses
    is people, a group or a made thing (:data:`_SOME_DOER`: "forces"), and it is no head
    of a body's name (:data:`~kg.lang.en.ORGANIZATION_HEADS`: "the alliance struck");
    or a misfortune (:data:`~kg.lang.en.MISFORTUNE_SENSES`: "tragedy struck"). Acts,
    events and things keep their class ("the raid hit the base", "shells hit the town")."""
    actor = event.actor
    if actor is None or actor.label or _POSSESSIVE_END.search(actor.text):
        return False
    word = _head(actor.text)
    if word in _PRONOUNS or not ORGANIZATION_HEADS.isdisjoint(_stems(word)):
        return False  # "the alliance struck": a body, whatever WordNet gives first
    if any(sense_below(stem, MISFORTUNE_SENSES) for stem in _stems(word)):
        return True
    return _first_class(word) in _NO_DOER and not _first_senses(word) & _SOME_DOER


def _first_senses(word: str) -> set[int]:
    """The WordNet files of a noun's two most frequent senses, read from its singular when
    it is written in the plural."""
    senses = next((found for found in map(noun_classes, _stems(word)) if found), ())
    return set(senses[:2])


def _attack_undergone(lexicon: _Lexicon, event: Event, verb: str) -> bool:
    """Whether an attack is the object of a verb of undergoing (:attr:`_Lexicon.
    spoken_attack_undergone`: "the patrol faced heavy fire", "the town suffered a fresh
    attack"): its subject was attacked, and typed as the attack it would be the attacker."""
    return verb in lexicon.spoken_attack_undergone and event.target is not None


def _is_weather(word: str) -> bool:
    """Whether a noun's first WordNet sense is weather or an upheaval of the earth
    (:data:`~kg.lang.en.WEATHER_SENSES`: "the storm", "heavy rain", "the flood")."""
    return word not in _PRONOUNS and any(sense_below(stem, WEATHER_SENSES) for stem in _stems(word))


def _labour_strike(lexicon: _Lexicon, event: Event, action: str, sentence: str) -> bool:
    """A strike (the trigger or its light verb's object) in a sentence that speaks of a
    labour dispute, or one that workers do: a walkout, no attack. A name that holds a word
    of one ("the European Union") speaks of none: "the strike on the European Union office"
    is an attack."""
    if _struck_by_workers(lexicon, event, action):
        return True  # "teachers will strike on Monday"
    named = {_trigger(event), _head(event.target.text) if event.target is not None else ""}
    if not named & lexicon.strike_words:
        return False
    if event.target is None and _voted_to(lexicon, event):
        return True  # "the members voted to strike": no one votes to attack
    return lexicon.labour_context.search(lexicon.labour_names.sub(" ", sentence)) is not None


def _struck_by_workers(lexicon: _Lexicon, event: Event, action: str) -> bool:
    """Whether the verb "strike" has workers as its subject (:attr:`_Lexicon.strikers`:
    "teachers", "nurses") and no object but what the strike is over or for ("nurses want
    to strike over the rota"); "gunmen struck the convoy" is left to the rest."""
    words = action.split()
    if words[0] != "strike" or event.actor is None:
        return False
    if event.target is not None and (len(words) < 2 or words[1] not in lexicon.strike_about):
        return False  # "the workers struck the guard": an object struck
    return _head(event.actor.text) in lexicon.strikers


#: How many words before the "to" of "voted overwhelmingly to strike" the vote may be.
_VOTE_REACH = 3


def _voted_to(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the trigger follows a "to" after a word of a vote ("voted to strike",
    "voted 84 percent to strike", "a ballot to strike")."""
    *before, last = _words_before(event, _VOTE_REACH + 1) or [""]
    return last == "to" and not lexicon.strike_votes.isdisjoint(before)


#: A game's score, "102-99", "3-1" (not a season, "2015-16", nor a year's span).
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def _speaks_of_a_contest(lexicon: _Lexicon, sentence: str) -> bool:
    """Whether the (lower-cased) sentence speaks of a contest: one of its words ("primary",
    "title", "season" ...) or a score ("beat the Celtics 102-99")."""
    return bool(lexicon.contest_context.search(sentence) or _SCORE.search(sentence))


def _assault(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the doer or the one beaten is of those who beat or are beaten in an assault
    ("police", "protesters"), or the words after say what with or to what end ("with
    sticks", "to death"), whatever contest the sentence speaks of."""
    heads = {_head(argument.text) for argument in (event.actor, event.target) if argument}
    return not heads.isdisjoint(lexicon.assault_heads) or _beaten_by_means(lexicon, event)


#: How far after the verb (or the one beaten) a "with" of the means is read, and how many
#: words after that "with" its noun may come ("with heavy wooden sticks").
_MEANS_REACH = 6
_MEANS_WORDS = 3


def _beaten_by_means(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the words after the beating name what it was done with ("beat him with
    sticks", "with rifle butts") or what it left ("beat her to death", "unconscious")."""
    words = _words_after(event, _MEANS_REACH + _MEANS_WORDS)
    if lexicon.assault_results.match(" ".join(words)):
        return True
    return any(
        word == "with"
        and any(
            stem in lexicon.assault_means
            for noun in words[at + 1 : at + 1 + _MEANS_WORDS]
            for stem in _stems(noun)
        )
        for at, word in enumerate(words[:_MEANS_REACH])
    )


def _words_before(event: Event, count: int) -> list[str]:
    """Up to ``count`` words right before the trigger, lower-cased, in their order."""
    before = event.evidence.text[: event.start - event.evidence.start]
    return _WORD.findall(before.lower())[-count:]


def _word_before(event: Event) -> str:
    """The word right before the trigger, lower-cased; "" at the sentence's start."""
    words = _words_before(event, 1)
    return words[0] if words else ""


def _names_an_event(lexicon: _Lexicon, word: str) -> bool:
    """Whether a noun names a kind of event ("a deal", "a verdict"), as a light verb's
    object types the event."""
    return _noun(lexicon.nouns, word) is not None


def _moves_nowhere(lexicon: _Lexicon, event: Event, action: str) -> bool:
    """Whether a verb that moves only to or from a place (:attr:`_Lexicon.placed_verbs`),
    with no place named, moves no one: no word of where to after it ("went home"), and no
    particle of moving in its action ("went back", "came in"; not "went on", "came up
    with"), or one whose object is no place and no one ("went into effect", "came in for
    criticism", "went to great lengths": :func:`_is_abstract_object`; "went into
    administration", "went to war", "went to work": :func:`_is_an_act`)."""
    if _word_after(event) in lexicon.directions:
        return False
    particles = action.split()[1:2]
    if not particles or particles[0] not in lexicon.motion_particles:
        return True
    return _is_abstract_object(event.target) or _is_an_act(event.target)


def _is_abstract_object(target: Argument | None) -> bool:
    """Whether an object (not a name) is no one and no thing: its head before an "of" has a
    first WordNet sense of a state, a phenomenon, a thought, a time, an event or a message
    (:data:`_FOUGHT_WITHOUT_ARMS`: "the blaze", "effect", "criticism", "great lengths")."""
    if target is None or target.label:
        return False
    held = _held_head(target)
    # "his capture": WordNet's "hi" (a greeting) is no sense of a pronoun.
    return held not in _PRONOUNS and _first_class(held) in _FOUGHT_WITHOUT_ARMS


#: A number that ends a phrase ("Level 4", "phase 2", "Tier 3b").
_ENDING_NUMBER = re.compile(r"\s\d+[a-z]?$")


def _numbered_stage(target: Argument | None) -> bool:
    """Whether an object is a noun of no place and no thing with a number after it ("Level
    4", "phase 2", "alert level 3": :data:`_FOUGHT_WITHOUT_ARMS` by its first WordNet
    sense), whatever name the parse took it for ("Level 4" as a person)."""
    if target is None or not _ENDING_NUMBER.search(target.text):
        return False
    words = _WORD.findall(target.text.lower())
    return len(words) >= 2 and _first_class(words[-2]) in _FOUGHT_WITHOUT_ARMS


#: The words after a verb of moving that open where it goes: "moved to", "went into".
_TOWARDS = frozenset({"to", "into", "for", "on"})


def _goes_nowhere(lexicon: _Lexicon, event: Event, action: str, verb: str) -> bool:
    """Whether a verb of moving (:attr:`_Lexicon.abstract_destinations`) with no place
    named takes no one anywhere: what it goes to or enters (its object, or the noun of the
    "to" or "into" of its action) is no place and no thing and no name ("moved to a higher
    alert level", "entered a critical stage", "moves to Level 4", "returned my calls"), or
    a verb that leads has an object after it or a "by" ("headed the committee", "a firm
    headed by her"). Not with a word of where to after it ("never went home"), nor with
    what another preposition opens ("went at that time")."""
    target = event.target
    if verb not in lexicon.abstract_destinations or event.places:
        return False
    if target is None:
        return _to_a_numbered_stage(event)
    if _word_after(event) in lexicon.directions or not set(action.split()[1:2]) <= _TOWARDS:
        return False
    if action in lexicon.leading_verbs:
        return target.start >= event.end or _words_after(event, 1, past_target=False) == ["by"]
    if _numbered_stage(target):
        return True
    return not _held_head_named(target) and _is_abstract_object(target)


#: How many words after "to" or "into" a numbered stage may end ("to alert level 3").
_STAGE_REACH = 4


def _to_a_numbered_stage(event: Event) -> bool:
    """Whether the words right after the verb are "to" or "into" and a numbered stage the
    parse left out of the action ("moves to level 3", "went into phase 2", "to alert level
    4"; :func:`_numbered_stage`)."""
    words = _words_after(event, _STAGE_REACH + 1, past_target=False)
    return words[:1] in (["to"], ["into"]) and _opens_a_numbered_stage(words[1:])


def _opens_a_numbered_stage(words: list[str]) -> bool:
    """Whether the words after a "to" or "into" are a numbered stage within
    :data:`_STAGE_REACH` words: a noun of no place and no thing, then a number ("Level 3",
    "alert level 4", "phase 2"; :data:`_FOUGHT_WITHOUT_ARMS` by its first WordNet sense)."""
    for at in range(1, min(len(words), _STAGE_REACH)):
        if words[at].isdigit():
            return _first_class(words[at - 1].lower()) in _FOUGHT_WITHOUT_ARMS
    return False


def _held_head_named(target: Argument) -> bool:
    """Whether the head of an object is written with a capital, a name the parse did not
    tell ("entered Promises", a clinic)."""
    words = _WORD.findall(target.text.split(" of ")[0])
    return bool(words) and words[-1][:1].isupper()


def _is_an_act(target: Argument | None) -> bool:
    """Whether an object (not a name) is an act: its head before an "of" has a first WordNet
    sense of an act ("home runs", "a shot", "administration", "war")."""
    if target is None or target.label:
        return False
    return _first_class(_held_head(target)) == NOUN_ACT


def _a_pastime(lexicon: _Lexicon, event: Event, verb: str) -> bool:
    """Whether the trigger is an "-ing" verb right after a form of "go", with no object or
    an animal as its object: "went hunting", "go shooting", "went hunting for deer"; not a
    verb of a class one does by going to do it ("rioters went looting": a riot)."""
    if not _trigger(event).endswith("ing") or _word_before(event) not in lexicon.pastime_goes:
        return False
    if lexicon.verbs.get(verb) in lexicon.pastime_kept:
        return False
    target = event.target
    return target is None or _first_class(_held_head(target)) == NOUN_ANIMAL


def _recorded(lexicon: _Lexicon, event: Event, recorders: frozenset[str]) -> bool:
    """Whether a verb of seizing records: its doer's head is one of ``recorders`` ("cameras
    captured the crash"), or the words right after the verb are "on" and a medium
    (:attr:`_Lexicon.recording_media`: "was captured on camera", "on dashcam video")."""
    if event.actor is not None and _head(event.actor.text) in recorders:
        return True
    words = _words_after(event, 3)
    return words[:1] == ["on"] and not lexicon.recording_media.isdisjoint(words[1:])


def _after_under(event: Event) -> bool:
    """Whether the trigger is the noun of "under" ("came under fire", "were under heavy
    fire"): what it befell is its target, no object of the verb."""
    return "under" in _words_before(event, 2)


def _a_rivalry(lexicon: _Lexicon, event: Event) -> bool:
    """Whether a fight is a rivalry (:attr:`_Lexicon.rivalry_sides`, ``rivalry_prizes``):
    its doer or the one fought is a business or a contestant ("the company is battling its
    rival"), or its sentence names a prize of trade or of a contest ("fighting for second
    place", "battling for market share")."""
    heads = {_head(argument.text) for argument in (event.actor, event.target) if argument}
    if not heads.isdisjoint(lexicon.rivalry_sides):
        return True
    return lexicon.rivalry_prizes.search(event.evidence.text.lower()) is not None


def _fights_for_a_cause(lexicon: _Lexicon, event: Event) -> bool:
    """Whether a fight is a campaign for a cause: "to" and a verb's bare form follow the
    trigger ("will fight to protect the law", "waged a lonely battle to force a vote"), and
    the doer runs in a vote (:func:`_a_voter`: one person, an official or a party, none of
    it armed; "the rebels fought to retake the town" keeps its class)."""
    if event.action.split()[0].lower() in lexicon.chain_verbs:
        return False  # "refused to fight in the war": the fight is read after "refused"
    start = event.end - event.evidence.start
    after = _WORD.findall(event.evidence.text[start:])[:3]
    if [word.lower() for word in after[:1]] != ["to"] or len(after) < 2:
        return False
    following = after[2] if len(after) > 2 else ""
    return _an_infinitive(after[1], following) and _a_voter(lexicon, event.actor)


#: WordNet's classes of what is carried out, not killed: thoughts ("the game plan", "the
#: philosophy") and qualities ("with precision"); a message may name people ("figures").
_CARRIED_OUT = frozenset({NOUN_COGNITION, NOUN_ATTRIBUTE, NOUN_ACT})


def _carries_out_a_plan(lexicon: _Lexicon, target: Argument | None, held: str) -> bool:
    """Whether an object (not a name) is a thought, a quality or an act by its first
    WordNet sense (:data:`_CARRIED_OUT`: "executed the game plan", "executed with
    precision", "executed the trade"), or a message that asks for an act
    (:attr:`_Lexicon.plan_commands`: "executing their orders", "executed the contract")."""
    if target is None or target.label or held in _PRONOUNS:
        return False
    return held in lexicon.plan_commands or _first_class(held) in _CARRIED_OUT


def _commits_a_fault(lexicon: _Lexicon, target: Argument | None, held: str) -> bool:
    """Whether what is committed (an object, not a name) is a fault of play or a slip
    (:attr:`_Lexicon.faults`): "committed three turnovers", "committed a foul"."""
    if target is None or target.label:
        return False
    return held in lexicon.faults or _head(target.text) in lexicon.faults


def _response_by_an_act(lexicon: _Lexicon, event: Event) -> str | None:
    """The class of an answer by an act (:attr:`_Lexicon.responses`): the class of the
    event its object names ("responded with airstrikes", "retaliated with a wave of
    attacks", "responded with a lawsuit"), or an attack where the object names a weapon
    ("responded with tear gas", "answered with rocket fire"); ``None`` for any other
    object ("responded with a smile"). Only the object's last words are read, as an event
    ("a wave of strikes") or a weapon ("volleys of tear gas"): the head before an "of"
    says how much or how it came ("a barrage of insults" is no shelling). Of coordinated
    objects the first is read ("tear gas and flash bombs" answers with no bombing)."""
    if event.target is None:
        return None
    first = re.split(r"\s(?:and|or)\s", event.target.text, maxsplit=1)[0]
    obj = _head(first)
    named = _noun(lexicon.nouns, obj)
    if named is not None:
        return named
    last_two = " ".join(_WORD.findall(first.lower())[-2:])
    if last_two in lexicon.weapons or _noun(lexicon.weapons, obj) is not None:
        return "Attack"
    return None


#: WordNet's classes of what is charged with no charge: states ("the atmosphere"), feelings,
#: qualities, made things ("the battery", "the phone") and substances ("the air").
_CHARGED_THINGS = frozenset(
    {NOUN_STATE, NOUN_FEELING, NOUN_ATTRIBUTE, NOUN_ARTIFACT, NOUN_SUBSTANCE}
)
#: What a "with" after "charged" may open and still charge no one: "with anger", "with
#: tension" (a crime is an act: "with fraud").
_CHARGED_WITH = frozenset({NOUN_FEELING, NOUN_STATE})
#: How many words after "with" its noun may come ("with a quiet anger").
_CHARGED_WITH_REACH = 3


def _charged_no_one(event: Event, held: str) -> bool:
    """Whether what is charged is no one: an object (not a name) that is "it" or a thing
    of :data:`_CHARGED_THINGS` ("the atmosphere", "the air"), and no "with" follows but
    one of :data:`_CHARGED_WITH` ("charged with anger"; not "it was charged with fraud")."""
    target = event.target
    if target is None or target.label:
        return False
    if held != "it" and (held in _PRONOUNS or _first_class(held) not in _CHARGED_THINGS):
        return False  # "he has not been charged": WordNet's "he" is helium
    after = _words_after(event, _CHARGED_WITH_REACH + 1)
    if after[:1] != ["with"]:
        return True
    classes = (_first_class(word) for word in after[1:] if word not in _DETERMINERS)
    return next((found for found in classes if found is not None), None) in _CHARGED_WITH


def _offers_an_example(event: Event) -> bool:
    """Whether the trigger opens its sentence with no doer and its object ends it, but
    for the closing marks ("Take Mia Torres.", "Take the old mill."; not "Take him to
    the station.")."""
    target = event.target
    if event.actor is not None or target is None or target.start < event.end:
        return False
    sentence = event.evidence
    if sentence.text[: event.start - sentence.start].strip(" \"'“‘"):
        return False
    return not _WORD.search(sentence.text[target.end - sentence.start :])


def _harms_wildlife(lexicon: _Lexicon, target: Argument | None, held: str) -> bool:
    """Whether an object (not a name) is a plant or an animal by its first WordNet sense,
    or wildlife (:attr:`_Lexicon.wildlife_words`): "endangered species", "the crops"."""
    if target is None or target.label:
        return False
    if held in lexicon.wildlife_words:
        return True
    return _first_class(held) in (NOUN_PLANT, NOUN_ANIMAL)


def _settled_somewhere(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the event has a place and none is a court (:attr:`_Lexicon.home_courts`):
    "settled in Ohio", "settled into a small town"; not "settled in federal court"."""
    if not event.places:
        return False
    return all(
        lexicon.home_courts.isdisjoint(_WORD.findall(place.argument.text.lower()))
        for place in event.places
    )


def _election_won(lexicon: _Lexicon, event: Event, obj: str, held: str) -> bool:
    """Whether a verb of seizing wins a vote (:attr:`_Lexicon.election_verbs`): its object
    is a prize of a vote (:attr:`_Lexicon.election_prizes`: "captured the nomination",
    "the Democratic primary"), or a voter (:func:`_a_voter`: "the senator", "she", "the
    Democrats") takes a division that votes (:func:`_names_a_voting_division`: "carried
    two states", "captured his home state of Ohio"); "troops captured the district" keeps
    its class."""
    if obj in lexicon.election_prizes or held in lexicon.election_prizes:
        return True
    return _a_voter(lexicon, event.actor) and _names_a_voting_division(lexicon, held)


def _a_voter(lexicon: _Lexicon, actor: Argument | None) -> bool:
    """Whether a doer runs in a vote: one person (a name, "he", "she", "I", or a leader
    or an official by :data:`~kg.lang.en.OFFICE_HOLDER_SENSES`: "the senator") or a party
    (:attr:`_Lexicon.election_parties`: "the Democrats", "his party"), and no word of it
    names an armed party (:func:`_armed`: "the rebel leader")."""
    if actor is None:
        return False
    if any(_armed(word) for word in _WORD.findall(actor.text.lower())):
        return False
    return _head(actor.text) in lexicon.election_parties or _one_person(actor)


def _names_a_voting_division(lexicon: _Lexicon, held: str) -> bool:
    """Whether an object names a division that votes by its noun
    (:attr:`_Lexicon.election_places`: "two states", "his home state of Ohio", "the
    district"); a state's bare name is left alone, as kg's taxonomy reads no place index
    and "Vermont" and "Aleppo" are both names of first-level divisions."""
    return held in lexicon.election_places


def _is_criticised(target: Argument | None) -> bool:
    """Whether an object (not a name, not a pronoun) is a message, a document or a plan: its
    head before an "of" has a first WordNet sense below one of
    :data:`~kg.lang.en.CRITICISED_SENSES` ("the plan", "the bill", "his remarks"; not "the
    targets", "all sorts of vessels")."""
    if target is None or target.label:
        return False
    held = _held_head(target)
    if held in _PRONOUNS:
        return False
    return any(sense_below(stem, CRITICISED_SENSES) for stem in _stems(held))


def _by_critics(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the doer is of those who criticise by trade or by stance
    (:attr:`_Lexicon.critics`: "critics blasted the decision", "detractors attacked her")."""
    return event.actor is not None and _head(event.actor.text) in lexicon.critics


#: How many words after the object the "for" or "over" of what it is blamed for may come
#: ("blasted the agency on Tuesday for its decision").
_BLAMED_FOR_REACH = 4


def _people_criticised(lexicon: _Lexicon, event: Event, verb: str) -> bool:
    """Whether a verb that criticises people (:attr:`_Lexicon.people_criticised`) has people
    or a body as its object and says what they are blamed for ("blasted the governor for
    her remarks", "blasted the agency on Tuesday over its decision"; not "for hours"), in a
    sentence that names no weapon and speaks of no contest ("blasted the checkpoint with
    rockets" and a boxer who "blasted" his opponent in a 12-3 record are no words)."""
    target = event.target
    if target is None or verb not in lexicon.people_criticised:
        return False
    if not _names_agents(target, _held_head(target)) or not _blamed_for(event):
        return False
    sentence = event.evidence.text.lower()
    if _speaks_of_a_contest(lexicon, sentence):
        return False
    return not _names_a_weapon(lexicon, sentence)


def _names_a_weapon(lexicon: _Lexicon, sentence: str) -> bool:
    """Whether a (lower-cased) sentence names a weapon of :attr:`_Lexicon.weapons`."""
    return any(_noun(lexicon.weapons, word) for word in _WORD.findall(sentence))


#: Pronouns of one person as a doer: "she blasted the plan".
_ONE_PERSON = frozenset({"i", "he", "she"})


def _one_person(actor: Argument) -> bool:
    """Whether a doer is one person: by name, by a pronoun (:data:`_ONE_PERSON`) or as a
    leader or an official (:data:`~kg.lang.en.OFFICE_HOLDER_SENSES`: "the senator")."""
    if actor.label == "PERSON":
        return True
    head = _head(actor.text)
    return not actor.label and (head in _ONE_PERSON or sense_below(head, OFFICE_HOLDER_SENSES))


def _criticised_by_someone(lexicon: _Lexicon, event: Event, verb: str) -> bool:
    """Whether a verb that criticises when someone does it to something (:attr:`_Lexicon.
    criticised_by_someone`) does so: one person blasts (:func:`_one_person_blasts`), or
    what is blasted is blamed for something (:func:`_blamed_for`: "the remake was blasted
    for being out of touch", "blasted the plan for its cost"; not "for hours"), in a
    sentence that names no weapon and speaks of no sport (:attr:`_Lexicon.sport_context`
    or a score: a boxer who "blasted" his rival to a 30-2 record). Bombs, troops and
    gunmen blast buildings; a named person who blasts a body, people or a choice, or a
    critic who blasts a film for its faults, has said so, in an election race too."""
    if verb not in lexicon.criticised_by_someone:
        return False
    if not (_one_person_blasts(event) or _blamed_for(event)):
        return False
    sentence = event.evidence.text.lower()
    if lexicon.sport_context.search(sentence) or _SCORE.search(sentence):
        return False
    return not _names_a_weapon(lexicon, sentence)


def _one_person_blasts(event: Event) -> bool:
    """Whether the doer is one person, by name, by a pronoun ("he", "she", "I") or as a
    leader or an official (:data:`~kg.lang.en.OFFICE_HOLDER_SENSES`: "the senator"), and
    the object, if any, is neither a place nor a made thing ("Ann Lee blasted the ruling",
    "he blasted the administration", "the senator blasted the voting system", "the cardinal
    blasts"; not "he blasted the bunker", "blasted the door"; a gunman is no official)."""
    actor, target = event.actor, event.target
    if actor is None or not _one_person(actor):
        return False
    if target is None:
        return True
    held = _held_head(target)
    return held in _PRONOUNS or not (_names_a_place(target, held) or _blastable(target, held))


def _blastable(target: Argument, held: str) -> bool:
    """Whether an object (not a name) is a structure or a vehicle by its first WordNet sense
    (:data:`~kg.lang.en.STRUCTURE_SENSES`, :data:`~kg.lang.en.VEHICLE_SENSES`: "the door",
    "the bunker", "a truck"): what explosives blast, unlike "the voting system"."""
    if target.label:
        return False
    stems = _stems(held)
    return any(sense_below(stem, STRUCTURE_SENSES | VEHICLE_SENSES) for stem in stems)


def _blamed_for(event: Event) -> bool:
    """Whether a "for" or an "over" follows the object within :data:`_BLAMED_FOR_REACH`
    words, and what it opens is no time ("for her remarks"; not "for hours", "over the
    weekend", "for two days")."""
    words = _words_after(event, _BLAMED_FOR_REACH + 3)
    for at, word in enumerate(words[: _BLAMED_FOR_REACH + 1]):
        if word in {"for", "over"}:
            opened = [w for w in words[at + 1 : at + 3] if w not in {"the", "a", "an"}][:1]
            return bool(opened) and not (
                opened[0][:1].isdigit() or _first_class(opened[0]) in (NOUN_TIME, NOUN_QUANTITY)
            )
    return False


def _names_a_rally(lexicon: _Lexicon, event: Event, verb: str) -> bool:
    """Whether the event is a rally: the verb ("rallied"), the trigger ("the rally") or a
    light verb's object ("held a rally") is one of :attr:`_Lexicon.rally_verbs`."""
    named = {verb, _trigger(event)}
    if event.target is not None:
        named.add(_head(event.target.text))
    return any(not lexicon.rally_verbs.isdisjoint(_stems(word)) for word in named)


def _rallied_in_protest(lexicon: _Lexicon, event: Event) -> bool:
    """Whether a rally is a protest: its sentence speaks of one (:attr:`_Lexicon.
    protest_words`: "rallied against the law", "union members rallied"), or its doer is a
    crowd with no name ("thousands rallied in the capital", "workers rallied outside"):
    a plural common noun (or a count) that names people or a group, not a candidate's own
    ("Trump's rallies", "his rally", "a rally in Miami", "shares rallied"). A rally one
    person holds is a protest only where it is held against something or in protest ("Ann
    Lee held a rally against the law"; not "his rallies", where protesters at it are
    another event), and supporters rallied (the bare verb and its object: "rallied her
    supporters against the bill") are none, whatever the sentence speaks of."""
    if _supporters_rallied(event):
        return False
    if _rally_of_one(event):
        return _rallied_against(event)
    if lexicon.protest_words.search(event.evidence.text.lower()):
        return True
    actor = event.actor
    if actor is None or actor.label or _POSSESSIVE_END.search(actor.text):
        return False
    head = _head(actor.text)
    if head in _PRONOUNS or not head.endswith("s"):
        return False
    return _first_class(head) in (NOUN_PERSON, NOUN_GROUP, NOUN_QUANTITY, None)


#: Pronouns of one person as a rally's owner or holder: "his rally", "she held a rally".
_ONE_PERSONS_OWN = frozenset({"he", "she", "his", "her", "him", "i", "my"})


def _rally_of_one(event: Event) -> bool:
    """Whether a rally's doer is one person: a person by name or a pronoun of one person
    (:data:`_ONE_PERSONS_OWN`)."""
    actor = event.actor
    if actor is None:
        return False
    return actor.label == "PERSON" or (not actor.label and actor.text.lower() in _ONE_PERSONS_OWN)


def _supporters_rallied(event: Event) -> bool:
    """Whether the verb "rally" has its object right after it ("rallied her supporters",
    "helped rally the party"): people gathered to a side, no protest. Not an object after
    a preposition ("a rally against the law")."""
    target = event.target
    if event.action != "rally" or target is None:
        return False
    offset = event.evidence.start
    return not event.evidence.text[event.end - offset : target.start - offset].strip()


def _rallied_against(event: Event) -> bool:
    """Whether the words after a rally (past its object) say it is held against something
    or in protest: "held a rally against the law", "rallied in protest"."""
    words = _words_after(event, 2)
    return words[:1] == ["against"] or words in (["in", "protest"], ["in", "solidarity"])


def _shows_what(event: Event, held: str) -> bool:
    """Whether a noun of protest is followed by an "of" that opens what it shows: no people,
    no body and no number ("a demonstration of her style", "of how to win"; "a demonstration
    of farmers", "of 5,000 people" are protests)."""
    if _words_after(event, 1, past_target=False) != ["of"]:
        return False
    target = event.target
    if target is None:
        return True
    if target.text.lstrip()[:1].isdigit() or event.figures:
        return False
    return not _names_agents(target, held)


#: Reflexive pronouns: what one "carries" as oneself is a manner ("they carry themselves").
_REFLEXIVES = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
)


#: WordNet's classes of what is carried as no thing: acts ("a serious offence"), events
#: ("the ceremony") and abstract things ("a heavy weight of guilt"). Not messages: signs,
#: mail and codes are carried by hand or by plane too.
_BORNE_AS_NO_THING = NOUN_ABSTRACT | {NOUN_ACT, NOUN_EVENT}


def _bears_no_thing(event: Event, held: str) -> bool:
    """Whether what the bare verb carries is no thing and no one: the doer itself ("carry
    themselves with dignity"), or an object (not a name, not a pronoun) that is an act, an
    event or an abstract thing by its first WordNet sense (:data:`_BORNE_AS_NO_THING`:
    "carried a serious offence", "carrying the ceremony")."""
    target = event.target
    if target is None or target.label:
        return False
    if held in _REFLEXIVES:
        return True
    return held not in _PRONOUNS and _first_class(held) in _BORNE_AS_NO_THING


#: How many words after the verb or its object the "as" of "dismissed it as a sham" may
#: come ("dismissed by most critics as a sham").
_DISMISSED_AS_REACH = 4
_AS_WHAT = re.compile(rf"^\W*(?:[\w-]+\W+){{0,{_DISMISSED_AS_REACH}}}?as\s+(?:an?\s|[\"“‘'])")


#: WordNet's classes of what is dismissed as unfounded: messages ("the claims", "the
#: story"), thoughts ("concerns"), acts ("the charges", "his actions"), events ("the case")
#: and other abstract things.
_DISMISSED_AS_UNFOUNDED = _FOUGHT_WITHOUT_ARMS | {NOUN_ACT}
#: How many of a noun's most frequent WordNet senses may name people or a body for it to
#: be someone dismissed from a post ("the agent detail", "the panel").
_STAFF_SENSES = 5


def _rejected(event: Event, held: str) -> bool:
    """Whether a verb of dismissal rejects, no post lost: its object (not a name, not a
    pronoun) is a message, a thought, an act, an event or an abstract thing by its first
    WordNet sense and people or a body by none of its next ones (:data:`_STAFF_SENSES`:
    "dismissed the claims", "the judge dismissed the case"; "dismissed the security detail"
    is a dismissal), or an "as a" or an "as" and a quotation mark says what it was
    dismissed as ("dismissed the vote as a sham", "dismissed the group as 'amateurs'");
    not "was dismissed as head coach", a post."""
    target = event.target
    if target is not None and not target.label and held not in _PRONOUNS:
        senses = next((found for found in map(noun_classes, _stems(held)) if found), ())
        staff = {NOUN_PERSON, NOUN_GROUP} & set(senses[:_STAFF_SENSES])
        if senses[:1] and senses[0] in _DISMISSED_AS_UNFOUNDED and not staff:
            return True
    return _AS_WHAT.match(_text_after(event).lower()) is not None


#: How many words after the opener of what is warned of a harm the warner does may come
#: ("warned that there would be serious consequences").
_HARM_REACH = 8


def _forewarns(lexicon: _Lexicon, event: Event) -> bool:
    """Whether a warning tells what may come, no threat: the words after it, or after its
    object, open with "of", "about" or a "that" whose clause's subject is no pronoun
    ("warned that prices would rise", "warned of a long winter"; "warned that it would
    strike back" may be the warner's own act), and none of :attr:`_Lexicon.warned_harms`
    follows ("warned of reprisals", "warned that there would be consequences" threaten)."""
    words = _words_after(event, _HARM_REACH + 1)
    if words[:1] == [] or words[0] not in lexicon.warning_openers:
        return False
    if words[0] == "that" and words[1:2] and words[1] in _PRONOUNS:
        return False
    following = {stem for word in words[1:] for stem in _stems(word)}
    return following.isdisjoint(lexicon.warned_harms)


def _played(lexicon: _Lexicon, event: Event, verb: str, held: str) -> bool:
    """Whether a hit, a knockout or a rally is a sport's: the sentence speaks of a sport
    (:attr:`_Lexicon.sport_context` or a score: "hit his rival in the third round", "hit the
    crossbar"), names no weapon, and neither the doer nor the one hit is of those who beat
    in an assault ("police hit fans after the game") or an armed party (:func:`_armed`).
    A verb that bombs or blasts (:attr:`_Lexicon.sport_at_people`) is a sport's only where
    the one hit names people ("bombed his rival in the fifth round"; not "bombed the town
    in a second round of attacks")."""
    if verb in lexicon.sport_at_people and not (
        event.target is not None and _names_people(event.target, held)
    ):
        return False
    sentence = event.evidence.text.lower()
    if not (lexicon.sport_context.search(sentence) or _SCORE.search(sentence)):
        return False
    if any(_noun(lexicon.weapons, word) for word in _WORD.findall(sentence)):
        return False
    heads = {_head(argument.text) for argument in (event.actor, event.target) if argument}
    return heads.isdisjoint(lexicon.assault_heads) and not any(map(_armed, heads))


def _armed(word: str) -> bool:
    """Whether a noun names an armed party: a military unit, a force or military men by its
    first WordNet sense (:data:`~kg.lang.en.ARMED_PARTY_SENSES`: "troops", "the patrol"),
    or a convoy (:data:`~kg.lang.en.ARMED_PARTY_NOUNS`)."""
    stems = _stems(word)
    return not ARMED_PARTY_NOUNS.isdisjoint(stems) or any(
        sense_below(stem, ARMED_PARTY_SENSES) for stem in stems
    )


#: Words that may stand between a route's preposition and its noun ("to a small town",
#: "in their own van").
_ROUTE_FILLERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "own"}
)
#: How many words after a route's preposition its noun may come ("in his own big car").
_ROUTE_REACH = 4
#: WordNet's classes of what a route leads to or through: a made thing, a place, a natural
#: thing, people or a group ("to the airport", "in a van", "across the river").
_ROUTE_ENDS = frozenset({NOUN_ARTIFACT, NOUN_LOCATION, NOUN_OBJECT, NOUN_PERSON, NOUN_GROUP})


def _driven_nowhere(lexicon: _Lexicon, event: Event, held: str) -> bool:
    """Whether a verb of driving with an object moves it nowhere: the object is no vehicle
    and no pronoun of a thing, the event has no place, and the words after the object are
    no word of where to ("drove him home") and, past the action's own particles ("drove
    off"), open no route (:attr:`_Lexicon.driving_routes`) to a name or to a made thing, a
    place, a natural thing or people (:data:`_ROUTE_ENDS`): "the noise drove him insane",
    "drove the currency below a dollar", "drove her out of the race", "was driven by
    hatred"."""
    target = event.target
    if target is None or event.places or held in {"it", "them"}:
        return False
    if any(sense_below(stem, VEHICLE_SENSES) for stem in _stems(held)):
        return False
    words = _words_past_particles(event)
    if words[:1] and words[0].lower() in lexicon.directions:
        return False
    return not _routed(event, lexicon.driving_routes)


def _routed(event: Event, routes: frozenset[str]) -> bool:
    """Whether the words after the trigger, or after its object where it follows, and past
    the action's own particles ("drove off"), open a route (one of ``routes``) to a name or
    to a made thing, a place, a natural thing or people (:data:`_ROUTE_ENDS`): "drove him
    to the airport", "in his old car", "moved the troops on a helicopter"; not "to tears",
    "out of the race", "to seek help", "moved to block the deal" (:func:`_an_infinitive`),
    "will move on and fight him"."""
    words = _words_past_particles(event)
    if not words or words[0].lower() not in routes:
        return False
    if words[0].lower() == "to" and words[1:2] and _an_infinitive(*words[1:3]):
        return False  # "moved to block the deal": to act, not to a block
    if words[0].lower() in {"to", "into"} and _opens_a_numbered_stage(words[1:]):
        return False  # "moved the country to Level 3": a stage, no place
    if words[1:2] and words[1].lower() in _COORDINATORS:
        return False  # "will move on and fight X": a particle, and another act
    return any(
        word[:1].isupper() or _first_class(word.lower()) in _ROUTE_ENDS
        for word in words[1 : _ROUTE_REACH + 1]
        if word.lower() not in _ROUTE_FILLERS
    )


def _an_infinitive(word: str, following: str = "") -> bool:
    """Whether a word right after "to" may be a verb's bare form: written in small letters,
    a verb in WordNet and no number after it ("block", "seek"; not "Denver", "prison",
    "the", "gate 4")."""
    if following[:1].isdigit():
        return False
    return word[:1].islower() and bool(verb_classes(word.lower()))


def _words_past_particles(event: Event) -> list[str]:
    """The words after the trigger, or after its object where it follows, as written, past
    the action's own particles ("off in his car" of "drove off in his car": "in his car")."""
    particles = event.action.lower().split()[1:]
    return list(
        dropwhile(lambda word: word.lower() in particles, _WORD.findall(_text_after(event)))
    )


def _text_after(event: Event) -> str:
    """The sentence after the trigger, or after the target where the target follows it,
    as written."""
    end = event.end
    if event.target is not None and event.target.start >= event.end:
        end = event.target.end
    return event.evidence.text[end - event.evidence.start :]


#: Words that may stand between "from" and the noun it opens ("from dozens of brands").
_FROM_FILLERS = frozenset({"the", "a", "an", "all", "several", "many", "dozens", "of", "its"})


def _carried_from_no_place(event: Event) -> bool:
    """Whether what a verb of stocking carries comes "from" a maker, no place: the words
    after the object open with "from", the event has no place, and the first noun after it
    is no place noun ("carries models from three brands", "from Acme and Globex"; not
    "carried the wounded from the village")."""
    if event.target is None or event.places:
        return False
    after = _words_after(event, 6)
    if after[:1] != ["from"]:
        return False
    noun = next((word for word in after[1:] if word not in _FROM_FILLERS), "")
    source = Argument(noun, 0, len(noun))
    return bool(noun) and not noun[0].isdigit() and not _names_a_place(source, noun)


#: An object that is a bare number or sum: "5,000", ".358", "$4", "100".
_BARE_NUMBER = re.compile(r"^[$€£¥]?\s?\.?\d[\d,.]*%?$")


def _reaches_a_level(event: Event) -> bool:
    """Whether the words right after the verb are a number and what it counts is a measure,
    no one and nothing: "temperatures hitting 14 degrees", "hit 40 percent"; or the object
    is a bare number or sum, counting nothing: "the index hit 5,000", "the toll hit 100"
    (a level reached; "hit 3 houses", "hit two soldiers" keep their class)."""
    if event.target is not None and _BARE_NUMBER.match(event.target.text.strip()):
        return True
    words = _words_after(event, 2, past_target=False)
    if len(words) < 2 or not (words[0][:1].isdigit() or _first_class(words[0]) == NOUN_QUANTITY):
        return False
    return _first_class(words[1]) in NOUN_ABSTRACT | {NOUN_QUANTITY}


def _spoken_attack(lexicon: _Lexicon, event: Event, verb: str) -> str | None:
    """The class of an attack said in words ("a verbal attack", "a scathing attack on the
    minister": :attr:`_Lexicon.spoken_attack_words`): ``"Accusation"`` where the attack
    noun is the trigger or a light verb's object ("unleashed withering attacks"), and
    ``"Event"`` where the light verb's subject undergoes it ("faced verbal attacks": the
    doer would be who was criticised); ``None`` for any other attack."""
    if _trigger(event) in lexicon.spoken_attack_nouns:
        said = set(_words_before(event, 1)) & lexicon.spoken_attack_words
        return "Accusation" if said else None
    if event.target is None:
        return None
    *modifiers, noun = _WORD.findall(event.target.text.lower())[-2:] or [""]
    if noun not in lexicon.spoken_attack_nouns or not set(modifiers) & lexicon.spoken_attack_words:
        return None
    return "Event" if verb in lexicon.spoken_attack_undergone else "Accusation"


def _put_in_custody(lexicon: _Lexicon, event: Event) -> bool:
    """Whether the words right after the verb, or after its object, put someone under
    arrest or into custody ("placed the driver under arrest", "taken into police custody")."""
    return lexicon.custody_phrase.match(" ".join(_words_after(event, 3))) is not None


def _meets_no_one(event: Event, held: str) -> bool:
    """Whether what the event meets is its object, right after the verb and its particle
    ("met the standard", "meet with criticism"; not "meeting on Friday night"), and no one:
    no name, no pronoun, and a head before an "of" whose first WordNet sense is an act, an
    event, a message or an abstract thing (:data:`_NO_ONE`: "the needs of women", "a
    deadline"; "some of the donors" is read after its count)."""
    target = event.target
    if target is None or target.label or not _object_of_the_verb(event):
        return False
    met = _head(target.text) if _only_counts(held) else held
    return met not in _PRONOUNS and _first_class(met) in _NO_ONE


#: How many words after the "in" of "engaged in" its event noun may come ("in heavy
#: clashes", "in a long series of talks" is too far).
_ENGAGED_IN_WORDS = 3
#: Words that join a second noun to the first ("insults and attacks").
_COORDINATORS = frozenset({"and", "or"})


def _engagement(lexicon: _Lexicon, event: Event, verb: str, held: str) -> str:
    """The class of a verb of :attr:`_Lexicon.engaged_in`: the event noun of the "in" right
    after it ("engaged in heavy clashes"), else no kind; no kind before a "to" ("engaged to
    an actor"); else its own class where its object names people or a group ("engaged the
    pirates"), and no kind where it names none."""
    after = _words_after(event, _ENGAGED_IN_WORDS + 1, past_target=False)
    if after[:1] == ["in"]:
        # The first of coordinated nouns: "engaged in insults and attacks" attacks no one.
        first = takewhile(lambda word: word not in _COORDINATORS, after[1:])
        named = (_noun(lexicon.nouns, word) for word in first)
        return next((found for found in named if found is not None), "Event")
    target = event.target
    if after[:1] == ["to"] or target is None or not _names_agents(target, held):
        return "Event"
    return lexicon.verbs[verb]


def _object_of_the_verb(event: Event) -> bool:
    """Whether the target is the verb's object: before it (a passive's subject), or right
    after the trigger with no word between but the action's particles ("met with them")."""
    target = event.target
    if target is None or target.start < event.end:
        return target is not None
    start = event.evidence.start
    between = event.evidence.text[event.end - start : target.start - start]
    return set(_WORD.findall(between.lower())) <= set(event.action.lower().split()[1:])


def _attacks_a_participant(lexicon: _Lexicon, verb: str, target: Argument | None) -> bool:
    """Whether a light verb of attack ("strike") has as its object whom or what it hits
    (people, a group, a place or a made thing: "struck the convoy"), not the act it
    performs ("struck a deal"): its object then names no kind of event."""
    if target is None or lexicon.verbs.get(verb) != "Attack":
        return False
    held = _held_head(target)
    if _names_agents(target, held) or _names_a_place(target, held):
        return True
    return _first_class(held) == NOUN_ARTIFACT


def _aimed_at_no_one(event: Event, held: str) -> bool:
    """Whether what an attack aims at (:attr:`_Lexicon.aimed_at_someone`) is no one: its
    object names no people, no group ("Islamic groups") and no place, and neither
    of its two first WordNet senses is people, a group, a made thing, a location or a
    natural thing ("1440p gameplay", "junk food", "poverty"). An object after "of" says
    what kind of war, not whom it is waged on ("wars of conquest")."""
    target = event.target
    if target is None or _names_agents(target, held) or _names_a_place(target, held):
        return False
    if not GENERIC_BODY_NOUNS.isdisjoint(_stems(held)):
        return False  # WordNet files "group" under its top words, then as a substance
    before = event.evidence.text[: target.start - event.evidence.start]
    if _WORD.findall(before.lower())[-1:] == ["of"]:
        return False
    return not _first_senses(held) & (_SOME_DOER | {NOUN_LOCATION, NOUN_OBJECT})


def _by_words(lexicon: _Lexicon, event: Event, action: str, verb: str) -> str | None:
    target = event.target
    obj = _head(target.text) if target is not None else ""
    # The head before an "of": "the town of Kerr", "the aid of the villagers".
    held = _held_head(target) if target is not None else ""
    if _a_pastime(lexicon, event, verb):
        return "Event"  # "went hunting": no one hunted for
    if action in lexicon.pastime_verbs and target is None:
        return "Event"  # "while they were hunting on Saturday": a pastime
    if action in lexicon.recorders and _recorded(lexicon, event, lexicon.recorders[action]):
        return "Event"  # "cameras captured the crash": filmed, no one seized
    if verb in lexicon.rivalry_verbs and _a_rivalry(lexicon, event):
        return "Event"  # "the company is battling its rival": no armed clash
    if verb in lexicon.rivalry_verbs and _fights_for_a_cause(lexicon, event):
        return "Event"  # "the senator will fight to keep the law": a campaign, no armed clash
    if verb in lexicon.example_verbs and _offers_an_example(event):
        return "Event"  # "Take Mia Torres.": an example offered, no one taken
    if verb in lexicon.home_verbs and target is None and _settled_somewhere(lexicon, event):
        return "Event"  # "the family settled in Ohio": a home found, no dispute ended
    if verb in lexicon.election_verbs and target is not None:
        if held in lexicon.election_favour:
            return "Event"  # "captured the support of voters": favour won, nothing seized
        if _election_won(lexicon, event, obj, held):
            return "Election"  # "the senator captured Vermont", "captured the nomination"
    if verb in lexicon.criticised_objects and (
        _is_criticised(target)
        or _by_critics(lexicon, event)
        or _people_criticised(lexicon, event, verb)
        or _criticised_by_someone(lexicon, event, verb)
    ):
        return lexicon.criticised_objects[verb]  # "attacked the plan", "critics blasted": words
    if action in lexicon.gone_off_by_no_one and _done_by_people(event):
        return "Event"  # "the actor went off script": no bomb went off
    if verb in lexicon.stocked and _carried_from_no_place(event):
        return "Event"  # "the shop carries models from three brands": goods stocked
    if action in lexicon.carrying_verbs and _bears_no_thing(event, held):
        return "Event"  # "the flights carried new codes", "carry themselves well": nothing moved
    if verb in lexicon.rejecting_verbs and _rejected(event, held):
        return "Event"  # "dismissed the claims", "dismissed the vote as a sham": no post lost
    if action in lexicon.warning_verbs and _forewarns(lexicon, event):
        return "Statement"  # "warned that prices would rise": a forecast, no threat
    if verb in lexicon.sport_verbs and _played(lexicon, event, verb, held):
        return "Event"  # "the boxer hit his rival in the third round", "rallied": a sport
    if verb in lexicon.driving_verbs and _driven_nowhere(lexicon, event, held):
        return "Event"  # "the noise drove him insane": no one moved
    if _trigger(event) in lexicon.display_nouns and _shows_what(event, held):
        return "Event"  # "a demonstration of her style": shown, no protest
    if action in lexicon.gesture_verbs and held and _first_class(held) == NOUN_BODY:
        return "Event"  # "crossed their fingers": a gesture, no journey
    if action in lexicon.marketed_to and held in lexicon.marketed_to[action]:
        return "Event"  # "the campaign targets young voters": no attack
    if action in lexicon.aimed_at_someone and _aimed_at_no_one(event, held):
        return "Event"  # "the card targets 1440p gameplay", "a war on junk food": no one attacked
    if verb in lexicon.spent_amounts and _first_class(held) == NOUN_QUANTITY:
        return "Event"  # "earn and burn miles": nothing damaged
    if verb in lexicon.custody_verbs and _put_in_custody(lexicon, event):
        return "Arrest"  # "placed the driver under arrest", "took 23 into custody"
    if _shows_a_weapon(lexicon, event, action, obj):
        return "Threat"  # "pulled a gun on the guard", "drew a knife on him"
    if action in lexicon.moved_vehicles and target is not None:
        if not _vehicle_or_body(held):
            return "Event"  # "landed a hard jab", "rolled back the rules": nothing moved
    if action in lexicon.moved_people and target is not None:
        if not (_names_agents(target, held) or _names_a_place(target, held)):
            return "Event"  # "she pulled out a pistol": no one withdraws
    if action in lexicon.struck_people and target is not None:
        if not _names_people(target, held):
            return "Event"  # "the court struck down the rule": no one attacked
    if verb in lexicon.engaged_in:
        return _engagement(lexicon, event, verb, held)
    if action in lexicon.succession_phrases and target is None and _fills_a_post(event):
        return "Event"  # "the deputy will take over as coach": a post filled, nothing seized
    if action in lexicon.meetings_of_no_one and _meets_no_one(event, held):
        return "Event"  # "failed to meet the standard", "met with criticism": no meeting
    if action in lexicon.responses:
        answered = _response_by_an_act(lexicon, event)
        if answered is not None:
            return answered  # "responded with airstrikes": the answer is the strikes
    # The object can change what a phrase means ("come to power" is no movement, "came to
    # the aid of the villagers" is help).
    found = next(
        (
            lexicon.object_phrases[phrase]
            for phrase in (f"{action} {held}", f"{action} {obj}")
            if phrase in lexicon.object_phrases
        ),
        None,
    )
    if found is None:
        found = lexicon.phrases.get(action)
    if found is None and " " not in action:
        # A particle the parse took for a preposition ("pulling out of Iraq": "pull" with
        # "out of" a phrase of place): the verb and the particle are the phrase.
        particle = next(iter(_words_after(event, 1, past_target=False)), "")
        if particle in _PARTICLES_AS_PREPOSITIONS:
            found = lexicon.phrases.get(f"{action} {particle}")
    if found is not None:
        return found
    if (
        verb in lexicon.manner_senses
        and _word_after(event) in lexicon.manner_senses[verb]
        and not (verb in lexicon.light_verbs and _first_class(obj) == NOUN_ACT)
    ):
        # "treated the fire as arson": no medical treatment; "committed $5m to housing" is
        # a pledge, but a light verb's act stays what it is ("committed the thefts to pay").
        return "Event"
    if verb in lexicon.mood_senses and _word_before(event) in lexicon.mood_senses[verb]:
        return "Event"  # "an emotionally charged debate": no charge
    if verb in lexicon.charged_things and _charged_no_one(event, held):
        return "Event"  # "the atmosphere was charged", "the battery is charged": no charge
    if (
        verb in lexicon.contest_verbs
        and (_speaks_of_a_contest(lexicon, event.evidence.text.lower()) or _outdoes_a_thing(event))
        and not _assault(lexicon, event)
    ):
        return "Event"  # "beat Sanders in the caucuses", "beat two other films": a win
    if verb in lexicon.court_verbs:
        # "the judge heard the case" is a trial; "reported hearing explosions" is none;
        # "tried him for treason" is one, "tried every key" none; "show trials" always are.
        in_court = (
            _trigger(event) in lexicon.court_nouns
            or (
                verb in lexicon.court_people_objects
                and target is not None
                and _names_people(target, obj)
            )
            or lexicon.court_context.search(event.evidence.text.lower())
        )
        return lexicon.court_verbs[verb] if in_court else "Event"
    if (
        verb in lexicon.placed_verbs
        and not event.places
        and _moves_nowhere(lexicon, event, action)
        and not (verb in lexicon.routed_moves and _routed(event, lexicon.moving_routes))
    ):
        # "came under criticism", "the meeting went on", "moved to tears": no one moves;
        # "moved the troops on a helicopter" does, where the parse named no place.
        return "Event"
    if verb in lexicon.told_without_object and target is not None:
        return "Event"  # "added a second goal": no telling, and no kind
    if verb in lexicon.said_without_object and target is None:
        if set(_words_after(event, 1)) & lexicon.rushing_words:
            return "Event"  # "riot police charged into the crowd": no claim
        return lexicon.said_without_object[verb]  # "critics charged that ...": a claim
    if verb in lexicon.money_objects and _passes_goods(event, obj):
        return lexicon.money_objects[verb]  # "charged her $20 a month": a price asked
    if action in lexicon.people_let_in and _lets_people_in(event, held):
        return lexicon.people_let_in[action]  # "admits 40 patients a day": no admission said
    if (
        verb in lexicon.person_objects
        and action == verb
        and target is not None
        and not _after_under(event)  # "soldiers came under fire": shot at, not dismissed
    ):
        # The bare verb only ("took on Trump", "took to Twitter" seize no one), and the one
        # named before the "of": "the leader of the militia" is seized, no one is taken in
        # "took the lives of 20 people"; but "two of the suspects" are.
        person = obj if _only_counts(held) else held
        if target.label == "PERSON" and _word_after(event) in lexicon.directions:
            return "Movement"  # "taking Tom outside", "took Ann home": taken along, no arrest
        if (
            target.label == "PERSON"
            or person in lexicon.person_nouns
            or (verb in lexicon.dismissed and _names_people(target, person))
        ):
            if _takes_no_captive(lexicon, event, verb):
                return "Event"  # "took a best-actor Tony", "took them years to agree"
            return None if _taken_for_care(event) else lexicon.person_objects[verb]
    if (
        verb in lexicon.place_objects
        and target is not None
        and not (verb in lexicon.light_verbs and _names_an_event(lexicon, obj))
    ):
        # "left the courthouse" moves someone; "left a message", "was left for dead" no one
        # ("reached a deal" is typed by the light verb's noun).
        return lexicon.place_objects[verb] if _names_a_place(target, held) else "Event"
    if verb in lexicon.abstract_objects and _is_abstract_object(target):
        return "Event"  # "fought the blaze", "hit a snag": no armed clash, no attack
    if verb in lexicon.plan_verbs and _carries_out_a_plan(lexicon, target, held):
        return "Event"  # "executing the game plan", "executing their orders": no one killed
    if verb in lexicon.fault_verbs and _commits_a_fault(lexicon, target, held):
        return "Event"  # "committed three turnovers": a fault of play, no crime
    if verb in lexicon.wildlife_verbs and _harms_wildlife(lexicon, target, held):
        return "Event"  # "projects that harm endangered species": no one wounded
    if verb in lexicon.act_objects and (_is_an_act(target) or _reaches_a_level(event)):
        return "Event"  # "hit 30 home runs", "hitting 14 degrees": no one attacked
    if verb in lexicon.coerced_people and not _people_forced(event, held):
        return "Event"  # "clashes forced the airport to close": no one threatened
    if (verb in lexicon.done_by_no_thing or action in lexicon.done_by_no_thing) and (
        _befalls_no_thing(event)
    ):
        return "Event"  # "the market crashed", "prices exploded", "shot up": no disaster, no bomb
    if verb in lexicon.risen_to and _rises_to_a_state(event):
        return "Event"  # "shot to fame": no one shot
    if verb in lexicon.made_things and not _damages_a_made_thing(event):
        return "Event"  # "the talks collapsed": nothing damaged
    if verb in lexicon.weapon_verbs and obj and _armed_with(lexicon, event, obj):
        weapon = _noun(lexicon.weapons, obj)
        if weapon is not None:
            return weapon
    if verb in lexicon.light_verbs or action in lexicon.light_verbs:
        # "take control", "hold talks": the noun may be in the action itself; "struck the
        # convoy" names whom it hits, no movement.
        naming = action.split()[1:]
        if not _attacks_a_participant(lexicon, verb, target):
            naming.append(obj)
        for word in naming:
            named = _noun(lexicon.nouns, word)
            if named is not None:
                return named
        if action in lexicon.light_verbs and action != verb:
            return "Event"  # "carried out patrols": no carrying, and the object names no kind
    if _goes_nowhere(lexicon, event, action, verb):
        return "Event"  # "the country moves to Level 4", "entered the race": no journey
    trigger = _trigger(event)
    if trigger and trigger != verb:
        named = lexicon.nouns.get(trigger)
        if named is not None:
            return named
    if verb in lexicon.goods_objects and _passes_goods(event, obj):
        return lexicon.goods_objects[verb]  # "gave them $20", not "gave him a chance"
    # An event noun can be the whole action ("outbreak").
    return lexicon.verbs.get(verb) or lexicon.nouns.get(verb)
