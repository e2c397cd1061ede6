"""English word lists for kg's rules (data, no logic; no spaCy).

Each list says in its comment what the rule that reads it takes it for. Keep a
list where the rule reading it lives in the sections below; a list shared by
two rooms (reporting verbs: the extractor and the scorer) is written once.

>>> "say" in REPORTING_VERBS and EVENT_NOUNS["shelling"] == "shell"
True
>>> name_tables()["demonyms"]["Russian"]
'RU'
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from kg._resources import load_resource
from kg.model import Qualifier

__all__ = [
    "ABILITY_WORDS",
    "ACCUSATION_PREPOSITIONS",
    "ACCUSATION_VERBS",
    "ACTIVE_STATE_VERBS",
    "ADVERB_PARTICLES",
    "AGENT_LABELS",
    "ANAPHORIC_EVENT_NOUNS",
    "EVENT_NAME_HEADS",
    "AGE_WORDS",
    "AMID_PREPOSITIONS",
    "AMOUNT_LABELS",
    "AFFILIATION_PARTICIPLES",
    "AIM_PREPOSITIONS",
    "ASKING_VERBS",
    "ATTEMPT_WORDS",
    "AS_TIME_SPEECH_VERBS",
    "BAN_ENDING_VERBS",
    "BAN_NOUNS",
    "BIT_UNITS",
    "BORNE_STATE_NOUNS",
    "BYLINE_PHRASES",
    "BY_COUNT_NOUNS",
    "BY_SHARE_NOUNS",
    "CALENDAR_WORDS",
    "CALL_VERBS",
    "CAPTION_ASIDE_WORDS",
    "CAPTION_OPENERS",
    "CASED_UNITS",
    "CAUSATIVE_STATE_VERBS",
    "CAUSE_NOUNS",
    "CAUSE_PHRASE_NOUNS",
    "CAUSE_PREPOSITIONS",
    "CARRYING_VERBS",
    "ESCORTING_VERBS",
    "CAUSING_VERBS",
    "CHAIN_VERBS",
    "CHOICE_VERBS",
    "CIVIC_HEADS",
    "CHANGE_VERBS",
    "CLAIMED_ACT_NOUNS",
    "CLAIM_MAKING_VERBS",
    "CLAIM_SETTING_PREPOSITIONS",
    "CLAIM_TIME_ADVERBS",
    "CLAUSE_CLAIM_VERBS",
    "CLAUSE_IT_VERBS",
    "COME_TO_STATE_NOUNS",
    "COMMITTING_VERBS",
    "CLAUSE_OPENERS",
    "CLOCK_WORDS",
    "COLLECTIVE_NOUNS",
    "COMPASS_NAMES",
    "CUSTODY_PARTICIPLES",
    "COMING_PREPOSITIONS",
    "CONDITION_MARKS",
    "PRESSING_NOUNS",
    "PUSHED_VERBS",
    "PUZZLE_NOUNS",
    "CONTACT_VERBS",
    "CONTROLLER_NOUNS",
    "CONTROL_ADJECTIVES",
    "COUNTRY_OFFICES",
    "COUNT_ADJECTIVES",
    "COUNT_HOLDERS",
    "CREDIT_WORDS",
    "CURRENCY_SYMBOLS",
    "DATELINE_DASHES",
    "DEFEATING_VERBS",
    "DENIED_CLAIM_NOUNS",
    "DESCRIBING_AS_VERBS",
    "DESTINATION_PREPOSITIONS",
    "DUMMY_IT_VERBS",
    "ECONOMY_MARKET_WORDS",
    "ELLIPSIS_NOUNS",
    "ENSURING_VERBS",
    "ENTERED_STATES",
    "ERA_WORDS",
    "EVENT_NOUNS",
    "EXCEPTING_WORDS",
    "EXPECTATION_PARTICIPLES",
    "FIGURE_REPORTING_VERBS",
    "FIRST_NAME_TITLES",
    "FACTOR_CHANGE_VERBS",
    "FIXED_PREPOSITIONS",
    "FORBIDDING_VERBS",
    "FORCE_UNITS",
    "FORECASTING_VERBS",
    "FUTURE_WORDS",
    "GENERIC_BODY_NOUNS",
    "GERUND_CHAIN_VERBS",
    "GERUND_PREPOSITION_NOUNS",
    "GIVING_VERBS",
    "GROUP_ACTOR_ENDINGS",
    "GROUP_ACTOR_NOUNS",
    "HEARSAY_NOUNS",
    "HABIT_ADVERBS",
    "HABIT_VERBS",
    "HELD_STATE_NOUNS",
    "HELD_VIEW_VERBS",
    "HOLDING_BACK_VERBS",
    "HAPPENING_VERBS",
    "HEADLINE_FINAL_STOPWORDS",
    "HEDGES_AFTER",
    "HEDGES_BEFORE",
    "HEDGE_ADVERBS",
    "HYPOTHETICAL_HEADS",
    "ID_NOUNS",
    "ID_WORDS",
    "IMPLICATIVE_VERBS",
    "DENIED_WITH_ACT_VERBS",
    "INTENT_NOUNS",
    "INTENT_VERBS",
    "INTRANSITIVE_NOUNS",
    "JOINING_VERBS",
    "KEEPING_AWAY_VERBS",
    "LATER_ADVERBS",
    "LEADS_TITLES",
    "LEVEL_NOUNS",
    "LIFE_PARTICIPLES",
    "LIGHT_NOUNS",
    "LIGHT_VERBS",
    "LIGHT_VERB_ACTS",
    "LIKENESS_MARKS",
    "LINKING_VERBS",
    "LINK_LIST_HEADINGS",
    "LINK_SECTION_HEADINGS",
    "LOCATION_PREPOSITIONS",
    "MAKING_OR_SEEKING_VERBS",
    "MANNER_NOUNS",
    "MEASURES",
    "MEASURE_VERBS",
    "MEMBER_NOUNS",
    "MONTH_NAMES",
    "MONTH_WORDS",
    "MORE_THAN_VERBS",
    "MOTION_VERBS",
    "NAME_PARTICLES",
    "NAVIGATION_WORDS",
    "NEAR_MISS_ADVERBS",
    "NEGATION_WORDS",
    "NEGATIVE_IMPLICATIVES",
    "BOUND_PREFIXES",
    "NEGATIVE_STEMS",
    "NEUTER_PRONOUNS",
    "NEWSROOM_ACTS",
    "NOBODY_WORDS",
    "NOT_GIVEN_NAMES",
    "NOT_ONLY_WORDS",
    "NUMBER_DETERMINERS",
    "OBJECT_ONLY_VERBS",
    "OCCASION_NOUNS",
    "OPTION_NOUNS",
    "OPTION_TAKING_VERBS",
    "ONE_IDIOMS",
    "OPPOSING_VERBS",
    "ORDINALS",
    "ORGANIZATION_HEADS",
    "ORGANIZATION_KIND_WORDS",
    "ORIGIN_PREPOSITIONS",
    "OWNED_ACT_NOUNS",
    "OTHER_EVENT_WORDS",
    "OWN_COVERAGE_NOUNS",
    "OWN_PUBLICATION",
    "PAGE_OWN_NOUNS",
    "PAGE_PART_NOUNS",
    "PAGE_PLACE_ADVERBS",
    "PAGE_SECTION_WORDS",
    "PAGE_VERBS",
    "PARTICIPLE_NOUNS",
    "PASSIVE_WITH_OBJECT_VERBS",
    "PARTS_OF_DAY",
    "PATIENT_NOUNS",
    "PEOPLE_BODIES",
    "PEOPLE_PARTICIPLES",
    "PERFORMING_VERBS",
    "AGREEMENT_NOUNS",
    "BROKERING_VERBS",
    "TELLING_OF_VERBS",
    "PERIODICAL_NOUNS",
    "DEPICTION_NOUNS",
    "ON_AIR_VERBS",
    "PERCEPTION_VERBS",
    "PERSONAL_PRONOUNS",
    "PLACE_CONNECTORS",
    "PLACE_HEADS",
    "PLACE_LABELS",
    "PLACE_NOUNS",
    "REGION_PART_NOUNS",
    "PLURALS_WITHOUT_S",
    "SITE_SENSES",
    "STRUCTURE_SENSES",
    "MANDATIVE_NOUNS",
    "MEANS_NOUNS",
    "MONETARY_UNIT_SENSES",
    "CARE_SENSES",
    "ILL_HEALTH_SENSES",
    "WEAPON_SENSES",
    "PLACE_PLURALS",
    "PLURAL_SCALES",
    "POINT_IN_TIME_WORDS",
    "RATE_ADJECTIVES",
    "RATE_ADVERBS",
    "POSITION_PARTICIPLES",
    "POLITY_NOUNS",
    "POSSIBILITY_NOUNS",
    "POSSIBILITY_VERBS",
    "POSTPONING_VERBS",
    "PREVENTING_WITHOUT_FROM",
    "PRISON_NOUNS",
    "PRISON_TERM_NOUNS",
    "PROCLAIMING_VERBS",
    "PROMISE_VERBS",
    "PROMOTION_PHRASES",
    "PRONOUN_GENDERS",
    "PSYCH_VERBS",
    "PUT_PLACE_ADVERBS",
    "PURPOSE_MARKS",
    "QUESTION_OPENERS",
    "QUESTIONING_VERBS",
    "QUOTING_VERBS",
    "REGARD_VERBS",
    "RELATED_OPENERS",
    "RELATIVE_DAYS",
    "RELATIVE_ADVERB_NOUNS",
    "RELATIVE_PRONOUNS",
    "REPORTED_ACT_NOUNS",
    "REPORTING_VERBS",
    "REQUESTED_OBJECT_VERBS",
    "REQUEST_NOUNS",
    "REQUEST_VERBS",
    "RESPONSIBILITY_VERBS",
    "SCORE_WORDS",
    "SENSE_VERBS",
    "SENTENCE_OPENERS",
    "SEEMING_VERBS",
    "SEQUENCE_PREPOSITIONS",
    "SERVING_VERBS",
    "SETTLING_VERBS",
    "SEX_SENSES",
    "SHIP_NOUNS",
    "SHIP_PREFIXES",
    "SHARE_WORDS",
    "SIGN_OFFS",
    "REPUTE_PARTICIPLES",
    "FIGURATIVE_PHRASES",
    "SKIP_VERBS",
    "SPAN_EDGE_VERBS",
    "SMALL_WORDS",
    "SPEAKER_HEDGES",
    "SPEAKS_FOR_TITLES",
    "STATE_ABBREVIATIONS",
    "STATE_VERBS",
    "STOPLESS_ABBREVIATIONS",
    "STREET_WORDS",
    "STYLE_NOUNS",
    "SUBJECT_PRONOUNS",
    "SUFFERED_ACTIONS",
    "SUPPORT_VERBS",
    "UNDERGOING_SUBJECT_VERBS",
    "UNDERGOING_OBJECT_VERBS",
    "UNDERTAKING_NOUNS",
    "WORDS_OF_CENSURE",
    "ARMED_PARTY_SENSES",
    "ARMED_PARTY_NOUNS",
    "CRITICISED_SENSES",
    "OFFICE_HOLDER_SENSES",
    "VENUE_HEADS",
    "CAR_MAKES",
    "CAR_OWNERS",
    "VERDICT_GETTING_VERBS",
    "VERDICT_NOUNS",
    "WEATHER_SENSES",
    "MISFORTUNE_SENSES",
    "TELLING_ADJECTIVES",
    "TAKEN_AMOUNT_WORDS",
    "TASK_NOUNS",
    "THING_PRONOUNS",
    "THIRD_PERSON_PRONOUNS",
    "TIMESTAMP_OPENERS",
    "TIME_AHEAD_WORDS",
    "TIME_OFFSET_WORDS",
    "TIME_RELATION_NOUNS",
    "SCALE_START_VERBS",
    "SCALE_TOP_VERBS",
    "TIME_SPAN_NOUNS",
    "TIME_RELATION_WORDS",
    "TIME_UNITS",
    "TITLE_GENDERS",
    "TOPIC_NOUNS",
    "TRAILING_WORDS",
    "UNDERGOER_VERBS",
    "UNIT_NAMES",
    "UNNAMED_PERSON_NOUNS",
    "VAGUE_OPENERS",
    "VALUE_HOLDERS",
    "VOTE_RESULT_NOUNS",
    "MONEY_VERBS",
    "VALUE_MOVE_VERBS",
    "VERB_PREPOSITIONS",
    "HAPPEN_VERBS",
    "HAPPENED_AT_PREPOSITIONS",
    "CANDIDACY_VERBS",
    "VOICED_NOUNS",
    "HELD_VIEW_NOUNS",
    "VOICING_VERBS",
    "MADE_ARGUMENT_NOUNS",
    "TALKING_VERBS",
    "TALKED_CLAUSE_OPENERS",
    "TOLD_CLAUSE_VERBS",
    "WEAPON_NOUNS",
    "WEB_WORDS",
    "WISHING_VERBS",
    "WISH_ADJECTIVES",
    "WEEKDAYS",
    "WHERE_TO_ADVERBS",
    "WINDOW_NOUNS",
    "WORN_STATE_VERBS",
    "any_given_names",
    "common_surnames",
    "context_tables",
    "given_names",
    "name_genders",
    "name_tables",
]


@functools.cache
def name_tables() -> dict[str, Any]:
    """The name tables of ``kg/resources/names.json`` (demonyms, titles, organisations ...).

    Loaded once per process; callers must not change what they get.
    """
    return load_resource("names.json")


@functools.cache
def context_tables() -> dict[str, Any]:
    """The words of ``kg/resources/contexts.json`` that make a place's name its club or
    company (sport results, players, shares, products).

    Loaded once per process; callers must not change what they get.
    """
    return load_resource("contexts.json")


# --- Names of places ------------------------------------------------------------------------

#: spaCy's labels of named places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: spaCy's labels of names that can act or speak: people, organizations, nationalities
#: and groups, countries and cities.
AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Last words that make a name a place whatever the model says ("North Crimean Canal").
PLACE_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "canal bridge dam airport airfield port harbour harbor square station plant "
        "railway highway base street road avenue boulevard cafe café restaurant hotel motel "
        "inn tavern pub building mosque church cathedral synagogue temple market bazaar "
        "stadium prison embassy".split(),
        "FAC",
    ),
    **dict.fromkeys(
        "river lake reservoir sea bay gulf strait island islands peninsula mountains "
        "forest valley".split(),
        "LOC",
    ),
}

#: The words of :data:`PLACE_HEADS` that are no one's surname: a name the model read as a
#: person's that ends on one is the venue ("the Seaview Hotel", "the Kilbrittain Inn"),
#: where "Church", "Temple", "Plant" and "Market" end people's names too.
VENUE_HEADS = frozenset(
    "inn tavern pub hotel motel cafe café restaurant airport airfield stadium mosque "
    "cathedral synagogue embassy".split()
)

#: Makers of cars whose name is also the car ("his Subaru", "a wrecked Honda", "a Tesla
#: Model 3"): after one of :data:`CAR_OWNERS` such a name is a product, not the company.
CAR_MAKES = frozenset(
    "acura audi bentley bmw buick cadillac chevrolet chevy chrysler citroen dodge ferrari "
    "fiat ford honda hyundai infiniti jaguar jeep kia lamborghini lexus maserati mazda "
    "mercedes mercedes-benz mitsubishi nissan opel peugeot pontiac porsche renault saab "
    "skoda subaru suzuki tesla toyota volkswagen volvo".split()
)
#: The determiners that make a maker's name one car: an owner's ("his", "their") or "a".
CAR_OWNERS = frozenset("my your his her its our their a an".split())

# --- Events: verbs, nouns and prepositions the frame rules read ----------------------------

#: Verbs that report speech or a claim; their subject is the source of what they report.
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "add",
        "announce",
        "confirm",
        "claim",
        "report",
        "explain",
        "indicate",
        "stress",
        "note",
        "warn",
        "insist",
        "deny",
        "declare",
        "write",
        "assert",
        "allege",
        "acknowledge",
        "admit",
        "estimate",
        "tweet",
        "post",
        "reveal",
        "accuse",
        "argue",
        "believe",
        "suggest",
        "emphasize",
        "emphasise",
        "point",
        "quote",
        # Verbs of belief and testimony: their subject holds what the clause says
        # ("residents fear the dam will break", "a witness testified that ...").
        "fear",
        "suspect",
        "predict",
        "testify",
        "recall",
        "recount",
        "conclude",
        "contend",
        "maintain",
        "concede",
        "complain",
        "think",
        "worry",
        "describe",
        "charge",
        "assure",
        "inform",
    }
)
#: Verbs of telling whose object is the one told, before what is told: "told a judge
#: that ...", "assured voters that ...", "warned residents that ...".
TELLING_VERBS = frozenset(
    "tell assure reassure remind warn inform notify convince persuade".split()
)
#: Verbs of telling that voice a claim only with a clause: "reminded the court that the deadline
#: had passed", "reassured parents that the school was safe", "notified the bank that the card
#: was lost" (the one who reminds is its source); "reminded voters of the cost" and "it
#: reminds me of a song" claim nothing.
TOLD_CLAUSE_VERBS = frozenset({"remind", "reassure", "notify"})
# Verbs whose xcomp continues the same action: "continue to approach", "began defending".
CHAIN_VERBS = frozenset(
    {
        "begin",
        "start",
        "continue",
        "try",
        "attempt",
        "seek",
        "plan",
        "intend",
        "threaten",
        "aim",
        "want",
        "decide",
        "fail",
        "manage",
        "refuse",
        "vow",
        "prepare",
        "hope",
        "keep",
        "resume",
        "stop",
        "cease",
        "agree",
        "promise",
        "expect",
    }
)
# "take control of X", "take part in X": the noun belongs to the action, X is the target;
# "take effect", "open fire on", "take action against": the verb and noun are one act.
# Only with the verbs that lend a noun its act: "praised the action of the police" and
# "investigated the charge" praise and investigate what the noun names.
# ("power" stays an object: "seize power" takes it, as control is taken of a town.)
LIGHT_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset(verbs.split())
    for noun, verbs in {
        "control": "take gain seize regain retake assume lose wrest cede relinquish restore"
        " retain keep maintain tighten exercise exert transfer impose establish",
        "part": "take play form",
        "hold": "take keep retain get grab lose tighten loosen",
        "charge": "take assume",
        "responsibility": "take claim accept deny assume bear shoulder admit",
        "aim": "take",
        "advantage": "take gain hold press",
        "care": "take",
        "possession": "take gain get regain obtain",
        "place": "take",
        "effect": "take",
        "fire": "open catch set cease hold return exchange trade draw",
        "action": "take launch bring initiate",
        "shape": "take",
        "step": "take",
        "cover": "take seek",
    }.items()
}
#: Nouns of a state that a thing enters with "into" and no object ("the rules came into
#: force", "the truce went into effect", "a new coalition came into being"): the noun is part
#: of the act, as "effect" is in "take effect", and nothing is acted on.
ENTERED_STATES = frozenset({"force", "effect", "being", "existence", "operation", "play", "view"})
# "call on X", "appeal to X": prepositions that join the verb when no direct object does.
VERB_PREPOSITIONS = frozenset(
    {"on", "to", "for", "with", "against", "into", "at", "over", "about", "upon", "off"}
)
#: Verbs that only say a happening happened: "riots took place in the old town", "fighting
#: broke out", "an explosion occurred", "a battle is going on between ...", "fighting raged
#: in the north". The happening is the event, and what follows "at", "on" or "off" is where
#: it happened ("a fire broke out at the warehouse"), never a target.
HAPPEN_VERBS = frozenset({"take place", "occur", "happen", "erupt", "break out", "go on", "rage"})
#: The prepositions after a verb of ``HAPPEN_VERBS`` that say where, not to what.
HAPPENED_AT_PREPOSITIONS = frozenset({"at", "on", "off"})
#: Verbs of going whose "for" names an office sought, not where one went: "ran for the
#: Senate", "ran for his district", "stood for Parliament" (WordNet's first sense of "run" is
#: a motion).
CANDIDACY_VERBS = frozenset({"run", "stand"})
# Verbs that carry no action of their own, or only describe.
SKIP_VERBS = frozenset(
    {
        "be",
        "have",
        "seem",
        "appear",
        # "purports to show": a claim of what a thing is, no act (:data:`POSSIBILITY_VERBS`).
        "purport",
        "become",
        "locate",
        "include",
        "happen",
        "mean",
        "let",
        "do",
        "describe",
        "know",
        "look",
        "feel",
        "think",
        "overlook",
        "accord",
        "follow",
        "base",
        "like",
        "serve",
        "remain",
        "stay_",
        "consider",
        "call_",
        # "neighbouring Iraq", "the country bordering Syria" say where, not what happened.
        "neighbor",
        "neighbour",
        "border",
    }
)
#: Verbs that before "to V" say only how often V happens or that it must, and name no act
#: of their own: "the rebels used to hold the town", "voters tend to stay home", "the city
#: needs to rebuild". V is the event. Active only: "drones were used to drop bombs" uses them.
HABIT_VERBS = frozenset({"use", "tend", "need"})
#: Verbs of forecasting, whose infinitive lies ahead, active or passive ('prices are
#: forecast to rise', 'analysts predict the storm to weaken'), and so does a present clause
#: of time on their passive ('Monday is forecast to be colder, as towns face lows of two
#: degrees': the facing is forecast too).
FORECASTING_VERBS = frozenset("forecast predict project".split())
#: Passive verbs that before "to V" say only that V is expected, like the FUTURE_WORDS after
#: "be" ("is set to host", "is going to vote"): "the system is supposed to work", "the
#: minister is expected to resign", "prices are forecast to rise" (the minister resigns;
#: active, "expect to" is a chain: "she expects to win").
EXPECTATION_PARTICIPLES = frozenset({"suppose", "expect"}) | FORECASTING_VERBS
#: Participles of repute, whose "for" says what a thing is known for: "the town is famed
#: for its wine", "a singer best remembered for her songs", "noted for its churches". A
#: standing, no event (active, "she noted", "they celebrated", they are acts).
REPUTE_PARTICIPLES = frozenset("fame renown note remember celebrate".split())
#: Figures of speech of a verb and the noun of its preposition's object, said of whom one
#: owes or follows ("we stand on the shoulders of those who came before", "rode on the
#: coattails of the governor"): verb lemma -> (preposition, noun lemma). No one stands or
#: rides anywhere: no event.
FIGURATIVE_PHRASES = {
    "stand": ("on", "shoulder"),
    "build": ("on", "shoulder"),
    "ride": ("on", "coattail"),
}
#: Verbs that name a lasting state, not something that happened: "the brothers lived in
#: Quincy", "the plan relies on loans", "rates range between 1 and 5 percent", "a man
#: wearing a cap", "the bill lacks support". What a state holds is no event of the news.
#: Likes and understanding are states too ("we appreciate your patience", "the government
#: enjoys a majority", "fans who loved the film", "I understand their anger"), and so is
#: what someone stands for ("the councilman who represents the district"); an infinitive
#: after one ("would love to see") is an event of its own.
STATE_VERBS = frozenset(
    """
    belong coincide comprise consist depend deserve equal exist feature harbor harbour lack
    last live matter own rely range reside resemble stem trust wear
    appreciate enjoy love represent understand
    """.split()
)
#: Verbs of state whose state one puts on at will, so that asked for they name an act:
#: "doctors recommend wearing masks", "Wear a helmet." (not "a man wearing a cap").
WORN_STATE_VERBS = frozenset({"wear"})
#: States of mind or standing one comes or grows into: "came to believe the reports",
#: "grew to dominate the market", "what came to be known as". After "come" or "grow" the
#: infinitive is the state reached, not what one came for ("came to help": a purpose).
HELD_VIEW_VERBS = STATE_VERBS | frozenset(
    """
    be believe know realize realise accept recognize recognise expect dominate mean like
    dislike hate fear symbolize symbolise embody define regard view distrust resent
    """.split()
)
#: Verbs of state in the active only: "an inquiry involving three agencies", "the case
#: involves a loan" say what a thing takes in, but "those involved in the attack" took part;
#: "a letter concerning the law", "questions regarding the tax" say what a thing is about.
ACTIVE_STATE_VERBS = frozenset({"involve", "concern", "regard"})
#: Stems of a negative contraction written with its apostrophe apart ("doesn ’ t", "didn ’ t"):
#: the parser takes the stem for a verb, but the verb is the one after the "t".
#: Prefixes no word is alone, which the tokenizer splits from their verb at the hyphen: "re",
#: "establish" of "re-establish", "co-sponsored", "pre-order" (the verb is the one after).
BOUND_PREFIXES = frozenset({"co", "mis", "pre", "re"})
NEGATIVE_STEMS = frozenset(
    "ain aren can couldn didn doesn don hadn hasn haven isn mustn needn shouldn wasn weren won"
    " wouldn".split()
)
#: Nouns written as a participle and a word, which the tagger takes for a verb and its
#: particle or object: "running back Joe Smith" (a player's position), "BREAKING NEWS".
PARTICIPLE_NOUNS = frozenset({("running", "back"), ("breaking", "news")})
#: What one holds as a standing, not an act: "holds the record", "held the world title", "the
#: Socialists hold a majority", "holds a degree in chemistry", and what a container holds,
#: its capacity ("the tank holds 400 litres"; the units of volume, not "gallon" alone).
#: (Not "held talks", "held a rally", "held the suspect".)
HELD_STATE_NOUNS = frozenset(
    """
    belt citizenship crown degree importance lead majority mark office passport
    position post power rank record seat significance stake title view
    gallon litre liter barrel
    """.split()
)
#: What a thing bears or carries as a state, not a load moved: "the ship bore the name of a
#: saint", "a fund bearing her name", "the offence carries a fine", "the attack bore the
#: hallmarks of the group" (not "carried the wounded", "bore the coffin").
BORNE_STATE_NOUNS = frozenset(
    """
    fine hallmark hallmarks imprint mark marks name penalty resemblance risk sentence
    signature stamp weight
    """.split()
)
#: Words by which "come" only places its subject in time: "the raid comes a month after a
#: theft", "the warning came as the pope spoke", "the fines come amid a price war", "the
#: arrest comes on the heels of raids", "the move came at a time of growth".
TIME_RELATION_WORDS = frozenset("after before amid amidst as during following".split())
#: Nouns of "on the heels of", "on a day when", "at a time of", "in the wake of".
TIME_RELATION_NOUNS = frozenset("heel heels day eve time moment wake week".split())
#: Prepositions and particles by which "come" is a movement: "came to the city", "came
#: from Portland", "came under fire", "came back".
COMING_PREPOSITIONS = frozenset(
    "to into from out back home across through under within toward towards onto over up"
    " down off forward in".split()
)
#: Verbs that voice a claim only with a clause: "records show that the fund paid", "experts
#: cautioned that the dam may fail", "..., the survey shows." (not "the video shows a
#: crowd", "agreed to pay": an object or an infinitive is no claim). "find" is left out:
#: "rescuers found that the road was gone" tells what they came upon, as the writer's fact.
#: So do the verbs of an answer, a jest, a lament or a hint ("the campaign countered that
#: ...", "replied that", "joked that", "implied that", "signalled that"), which tag quotes
#: as well (:data:`QUOTE_TAG_VERBS`): "replied to the letter" claims nothing.
CLAUSE_CLAIM_VERBS = frozenset(
    "show caution remark observe reiterate speculate hint agree reckon clarify hope expect"
    " relate counter respond reply retort answer joke quip muse lament imply reaffirm posit"
    " signal accept".split()
)
#: Verbs of evidence whose clause the parser may cut after its subject, as an object with the
#: verb hung higher up: "a poll which shows most voters want change" (kg.extract.actors).
EVIDENCE_VERBS = frozenset("show suggest indicate reveal find prove confirm demonstrate".split())
#: Verbs that tell what their object is or does after "as": "the paper described the mayor
#: as blocking the plan", "critics portrayed the raid as an attack", "the strike was
#: characterized by the ministry as sabotage". What follows "as" is the describer's claim;
#: the object itself is the writer's (:func:`kg.extract.cue_words.description`).
DESCRIBING_AS_VERBS = frozenset(
    "describe portray depict characterize characterise paint brand label frame".split()
)
#: Adverbs that say where "put" puts its object ("put it back", "put it there"): with none
#: of them and no preposition, "put it" tells ("as the mayor put it", "put it bluntly").
PUT_PLACE_ADVERBS = frozenset(
    "back away aside down up off out in on there here together forward behind".split()
)
#: Adjectives that make "make" a verb of telling: "made clear that the port would stay shut",
#: "made it plain that ..." (the subject tells the clause); "made public" discloses a thing.
TELLING_ADJECTIVES = frozenset({"clear", "plain", "known", "public"})
#: Nouns of a view someone holds or voices: their owner's claim ("the union's concern that
#: ...", "complaints by farmers that ..."), or the claim of a verb's subject that voices it
#: ("expressed concern that ..."; not "investigated complaints that ...").
VOICED_NOUNS = frozenset(
    """
    concern concerns doubt doubts complaint complaints charge charges prediction
    conclusion contention argument finding findings
    """.split()
)
#: Nouns of a view held, whose owner after "in" holds the clause the phrase is set off in,
#: as "in the mayor's words" says whose words a clause is: "In the judge's view, the law
#: is void", "the plan, in my opinion, will fail", "in the view of most economists, ...".
HELD_VIEW_NOUNS = frozenset({"view", "opinion", "estimation", "judgment", "judgement"})
#: Verbs whose subject voices the view its object names: "expressed doubt that ...".
VOICING_VERBS = frozenset("express voice raise air make lodge file repeat reiterate share".split())
#: Nouns of a claim that stand for whoever makes it when the text names no one: "allegations
#: that the coach took bribes surfaced", "amid claims that the vote was rigged", "the council
#: rejected claims that ...": what the clause tells is the claim's, as "reports that ..." are
#: the reports', not the writer's fact, nor the claim of one who only takes it up.
HEARSAY_NOUNS = frozenset("claim allegation accusation assertion rumour rumor".split())
#: Verbs whose subject makes the claim a hearsay noun names as their object ("levelled
#: allegations that ...", "spread rumours that ..."), or denies it ("denied claims that ...",
#: which kg.extract.negation marks denied); another verb only takes the claim up
#: ("investigated an allegation that ...", "the court heard claims that ...").
CLAIM_MAKING_VERBS = VOICING_VERBS | frozenset(
    "level spread renew echo press publish print broadcast issue deny".split()
)
#: Nouns of an argument that "make" voices with a "that" clause: "made the case that ...",
#: "made the point that ...", "made his pitch to voters that ..." (not "the case that the
#: court heard": only as the object of "make").
MADE_ARGUMENT_NOUNS = frozenset({"case", "point", "pitch", "argument"})
#: Verbs of talking that voice a claim only through a clause "about" or "of" it: "talked
#: about how the shifts had worn them out", "spoke of how soldiers burned the village" (not
#: "talked about the weather": a topic).
TALKING_VERBS = frozenset({"talk", "speak"})
#: The words that open such a clause as something told, not asked ("whether", "if"):
#: "talked about what will happen", "spoke about why they had come".
TALKED_CLAUSE_OPENERS = frozenset({"how", "what", "why", "when", "where"})
#: Words that open a clause asked about: "shows how deadly the rifles are" describes, it
#: claims nothing.
QUESTION_OPENERS = frozenset("how what why who whom where when whether which if".split())
#: Prepositions of where, when or to whom a claim was made: "in an interview", "at a
#: rally", "during a hearing", "to reporters", "for the first time".
CLAIM_SETTING_PREPOSITIONS = frozenset(
    "in at during on before after to with via through for".split()
)
#: Adverbs of when or how often a claim was made, between its cue and the "that" of its
#: clause: "said earlier that ...", "has warned before that ...", "hinted again that ...".
CLAIM_TIME_ADVERBS = frozenset(
    "earlier before previously again repeatedly later afterwards afterward already once".split()
)
#: Adverbs that go on from "running back" as a verb: "came running back home".
WHERE_TO_ADVERBS = frozenset({"home", "inside", "outside", "indoors", "here", "there"})
#: Prepositions that set an act after or before another happening: "was arrested after
#: riots in the north", "ships were sent after a spike in piracy off the coast". The places
#: in the phrase are of that other happening. ("during" names the same scene: "killed
#: during clashes in the north".)
SEQUENCE_PREPOSITIONS = frozenset({"after", "before", "following", "since", "until"})
#: Nouns of a topic that "on the ... of" names: "on the subject of X, he added", "on the
#: question of X": what is spoken of, not where (kg.extract.places).
TOPIC_NOUNS = frozenset({"issue", "matter", "question", "subject", "topic"})
#: Prepositions and nouns that give an act's cause, another happening whose places are its
#: own: "came home because of his roots in Leeds", "lost money due to floods in X", "grew
#: thanks to a win in Ohio", "as a result of", "in the wake of", "in the aftermath of".
CAUSE_PREPOSITIONS = frozenset({"because", "due"})
#: Prepositions that set an act amid another happening or a state of things: "appealed for
#: aid amid the fighting in X", "prices rose amid fears of a war in X". The places in the
#: phrase are of that happening, which the act shares only when it is of the same scene
#: ("two were killed amid clashes in X").
AMID_PREPOSITIONS = frozenset({"amid", "amidst"})
CAUSE_PHRASE_NOUNS = frozenset({"result", "wake", "aftermath", "consequence"})
#: Participles that tell where a person comes from, set before or after a clause in
#: profiles and obituaries: "Born in X, she was nicknamed ...". Their places are theirs.
LIFE_PARTICIPLES = frozenset({"bear", "raise", "educate"})
#: Past participles (as lemmas) that say where a thing or person is kept or stands, not
#: what was done to it before: "withdraw troops stationed in X", "a fire spreading to oil
#: stored at the depot", "the base, located in Texas", "a bomb planted in a car". Not
#: "based" (an organisation's seat says who it is) nor "held" (as often "held at X" before
#: being traded elsewhere).
POSITION_PARTICIPLES = frozenset(
    "locate situate station deploy position store park house keep trap strand anchor moor "
    "camp post plant place hide bury".split()
)
#: Past participles (as lemmas) of keeping someone in custody: the subject of a passive
#: still is where it was held when the event befalls it ("the hostages held in X were
#: freed": there), not where one arrest or theft was ("the painting stolen in X was found").
CUSTODY_PARTICIPLES = frozenset("hold detain jail imprison intern confine".split())
#: Past participles (as lemmas) that tie people to a body, not to a place: "researchers
#: affiliated with institutions in X", "militants linked to a group in X". Where the body
#: is says who they are, not where they act.
AFFILIATION_PARTICIPLES = frozenset("affiliate associate link connect tie ally".split())
#: Words that make a "site" a place on the web: "posted on its Web site".
WEB_WORDS = frozenset({"web", "internet", "online", "support", "news", "networking"})
#: Prepositions by which a noun, an adjective or a verb of aim takes the act it aims at or
#: could do: "an interest in buying", "capable of sinking", "aimed at cutting", "a
#: commitment to hiring".
AIM_PREPOSITIONS = frozenset("in of at to toward towards".split())
#: Verbs that bind someone, or their money, to an act ahead, whose gerund after "to" is
#: the act meant, not done: "committed $5 million to building homes", "is committed to
#: cutting taxes", "pledged funds to rebuilding the school" ("committed" for the parser's
#: adjective: "remains committed to building").
COMMITTING_VERBS = frozenset("commit committed pledge".split())
#: Nouns of the way a thing is done, whose clause with a generic "you" tells how anyone
#: does it: "the way you catch the flu is by touching your face".
MANNER_NOUNS = frozenset({"way", "method", "means"})
#: Nouns of a way to an end, whose gerund after "for" is the end meant, not reached: "his
#: strategy for winning the election", "a remedy for cutting costs", "options for responding".
MEANS_NOUNS = frozenset(
    """
    alternative approach blueprint formula idea method option recipe remedy roadmap solution
    strategy tactic
    """.split()
)
#: Adjectives of a wish or a readiness to act, whose gerund (after any preposition) is an act
#: wanted, not done: "interested in buying the club", "keen on raising rates", "intent on
#: winning", "not comfortable with sharing it".
WISH_ADJECTIVES = frozenset("interested keen intent bent comfortable".split())
#: Adjectives of being open to an act, whose act after "to" (a gerund or an event noun) is
#: one that may come, not one done: "the firm is open to selling the plant", "amenable to
#: talks", "receptive to raising fees", "the system is open to abuse".
OPEN_TO_ADJECTIVES = frozenset("open amenable receptive".split())
#: Verbs that with an adjective say what something is or became, not what it did: "stayed
#: loyal", "grew more dire", "proved costly", "sounded calm", "kept quiet" (be, seem, remain,
#: become, look and feel are in SKIP_VERBS). Not "pleaded guilty", "went missing", "fell ill".
LINKING_VERBS = frozenset({"grow", "stay", "prove", "sound", "keep"})
#: Verbs that with an object and a predicate make it so: "made it easier to smuggle arms",
#: "rendered the road useless". The state they make is no act of its own.
CAUSATIVE_STATE_VERBS = frozenset({"make", "render"})
#: Verbs of feeling whose participle says how someone feels: "was fascinated with Russia",
#: "are concerned about drones", "seemed surprised". (Not "worried", a verb of belief.)
PSYCH_VERBS = frozenset(
    """
    amaze annoy astonish baffle bewilder bore concern confuse delight depress disappoint
    dismay embarrass excite fascinate frighten frustrate horrify impress interest perplex
    please puzzle satisfy shock stun surprise thrill tire upset
    """.split()
)
#: Verbs of opinion with "as": "many see the vote as a test", "a line seen by many as a
#: threat", "critics interpreted it as encouragement". What someone takes a thing for is a
#: view, not an event. (Not "police treat the fire as arson", which opens an inquiry.)
REGARD_VERBS = frozenset({"see", "view", "regard", "interpret", "perceive"})
#: Verbs that leave their object feeling as a participle says: "left the experts puzzled",
#: "kept the crowd interested" (kg.extract.non_events: how they felt, no act of theirs).
FEELING_LEAVING_VERBS = frozenset({"keep", "leave", "make", "render"})
#: Nouns that put a thing forward as an example: "take the case of ...", "for instance".
EXAMPLE_NOUNS = frozenset({"case", "example", "instance"})
#: Chain verbs that go on with a gerund only: "kept firing", "stopped talking"; with an
#: infinitive the verb is an act of its own done for what follows ("stopped to rest",
#: "keep an eye on the polls to prevent fraud").
GERUND_CHAIN_VERBS = frozenset({"keep", "stop"})
#: Words of negation, with the curly apostrophe news text often has: a negation the parser
#: took for a subject ("If he does n't win") acts for no one.
NEGATION_WORDS = frozenset({"not", "never", "n't", "n\u2019t"})
#: Adverbs that make "would" tell what used to happen, no condition: "on Sundays she would
#: often sit by the river", "he would occasionally appear at fairs".
HABIT_ADVERBS = frozenset(
    "often sometimes occasionally frequently regularly routinely repeatedly".split()
)
#: Verbs of speaking whose "I would" or "we'd" in the speaker's own words does the act it
#: softens: "I'd call on the council to ...", "we would urge drivers to ...", "I would say
#: it failed", "I'd like to thank the crews" (the call, the urging, the thanks are made).
POLITE_SPEECH_ACTS = frozenset(
    """
    add advise appeal argue ask beg call caution congratulate emphasise emphasize encourage
    implore invite note recommend remind say stress suggest thank urge warn
    """.split()
)
#: Verbs of wishing that "I'd like to", "I'd love to", "I want to" put before such a verb
#: of speaking, as a politeness: "I'd like to thank everyone who came".
POLITE_WISH_VERBS = frozenset({"like", "love", "want", "wish"})
#: Adverbs that make "would" after a past tell what happened next: "rifles that would later
#: turn up in the market".
LATER_ADVERBS = frozenset({"later", "eventually", "ultimately", "subsequently"})
#: Words after "not" that make it say there is more than the act, no negation of it: "have
#: not just survived but are thriving", "not only cut jobs but closed plants" (they survived,
#: they cut them).
NOT_ONLY_WORDS = frozenset({"only", "just", "merely", "simply"})
#: Dashes that end a dateline ("ISTANBUL (Reuters) - Turkey signed ...", "KYIV, Ukraine -").
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Verbs whose "it" is mostly a dummy: "it emerged that", "when it comes to", "it took hours".
DUMMY_IT_VERBS = frozenset(
    "appear be become come emerge happen matter remain seem take turn".split()
)
#: Verbs whose "it" may stand for a clause after them, the true subject: "it helped that
#: the rain stopped", "it hurts to lose", "it worried them that no one called" (the "it" is
#: no actor: the rain stopping helped).
EXTRAPOSING_VERBS = frozenset(
    """
    annoy anger bother concern frustrate help hurt matter please shock surprise upset worry
    """.split()
)
#: Verbs whose empty "it" is followed by the clause that tells what happened: "it emerged
#: that the vessel was a trawler", "it transpired that ...". The clause is the event.
CLAUSE_IT_VERBS = frozenset({"emerge", "transpire", "happen"})
#: Words of an amount that "it takes" to do a thing: "it took a lot for them to agree",
#: "what it takes to win", "whatever it takes".
TAKEN_AMOUNT_WORDS = frozenset({"lot", "more", "much", "what", "whatever", "everything"})
#: What one comes to when "come to" tells of a change or an arrival, not a topic: "when it
#: came to power" (a junta), "when it came to a halt", "when it came to port" (a ship).
#: With these the "it" of "when it comes to" is someone or something, not empty.
COME_TO_STATE_NOUNS = frozenset(
    "power office end halt standstill close light blows terms head rest port shore".split()
)
#: A span of time "in prison" is a prison term ("faces 20 years in prison", "sentenced to
#: life in jail"): a place only for the one who serves or spends it there.
PRISON_TERM_NOUNS = frozenset("year month week day decade life term sentence".split())
PRISON_NOUNS = frozenset({"prison", "jail", "gaol"})
SERVING_VERBS = frozenset({"serve", "spend"})
#: Nouns of a claim that a denial takes as object: "denied reports that ...".
DENIED_CLAIM_NOUNS = frozenset(
    "report reports claim claims allegation allegations accusation accusations suggestion"
    " suggestions rumor rumors rumour rumours charge charges".split()
)
#: Nouns of what would back a claim: with "no" or "little" its clause is not told as done
#: ("no evidence that he took bribes", "little sign that the plan worked").
EVIDENCE_NOUNS = frozenset("evidence proof indication sign information".split())
#: Reporting verbs that in an "as" clause tell when, not what was said: speaking as an
#: activity ("the crowd cheered as the mayor spoke"), unlike "as the bank noted, prices rose".
AS_TIME_SPEECH_VERBS = frozenset({"speak", "talk", "address", "testify", "complain", "worry"})
#: Words whose full stop ends no sentence: titles and the like before a name ("said Sen.
#: Ana Ruiz, who ... . '...'" is one tag sentence, not two).
STOPLESS_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm maj prof rev hon st jr sr
    atty supt insp corp inc co ltd no vs
    """.split()
)
#: Verbs that name an action only with a direct object and no complement: "got US arms",
#: "to get their hands on weapons" obtain something; "got more popular" (a state), "got
#: them to freeze output" (the freezing is the act) and "got killed" do not.
OBJECT_ONLY_VERBS = frozenset({"get"})
# "conduct a landing", "launch an attack": the noun names the action.
SUPPORT_VERBS = frozenset(
    {
        "conduct",
        "carry",
        "launch",
        "stage",
        "mount",
        "make",
        "begin",
        "start",
        "continue",
        "undertake",
        "perform",
        "execute",
        "wage",
        "step",
        "intensify",
        "resume",
    }
)
#: Verbs whose subject undergoes the act a bare noun after "under" names: "the convoy came
#: under attack", "the town was under siege", "the mayor remains under investigation".
UNDERGOING_SUBJECT_VERBS = frozenset("come be remain stay fall".split())
#: Verbs whose object undergoes it, their subject doing it: "gunmen brought the ship under
#: fire", "police placed the driver under arrest", "kept the city under siege".
UNDERGOING_OBJECT_VERBS = frozenset("bring put place keep hold".split())
#: Nouns of assault said of censure as well: "the minister came under fire over the plan",
#: "the bill came under attack from critics" (criticism); of a place or a thing, such as a
#: ship, a town or a base, they are the assault itself.
WORDS_OF_CENSURE = frozenset({"attack", "assault", "fire"})
#: WordNet's senses of armed parties (data.noun offsets): military units ("the patrol",
#: "a battalion"), forces ("troops") and military men ("soldiers"). Under fire or under
#: attack they are shot at, not censured ("the soldiers came under fire").
ARMED_PARTY_SENSES = frozenset({"08198398", "08208016", "10582746"})
#: Armed parties WordNet files elsewhere: a convoy is a procession to it.
ARMED_PARTY_NOUNS = frozenset({"convoy", "motorcade"})
#: WordNet's senses of what is criticised, not hit, when attacked (data.noun offsets):
#: messages ("the proposal", "his remarks"), documents ("the bill", "the report"), plans
#: ("the plan", "its policy"), choices ("the decision", "the move", "the measure") and
#: judgments ("the ruling", "the verdict").
CRITICISED_SENSES = frozenset({"06598915", "06470073", "05898568", "00161243", "01187810"})
#: WordNet's senses of leaders and officials (data.noun offsets): "the senator", "the
#: minister", "the mayor", "the governor", "the chairman". One of them who blasts or
#: attacks does so in words, where a gunman or a militant may not.
OFFICE_HOLDER_SENSES = frozenset({"09623038", "10372373"})
#: WordNet's sense of a structure (data.noun offset): "a door", "the bunker", "a wall",
#: "the bridge". What explosives blast, where a speaker blasts a system or a plan.
STRUCTURE_SENSES = frozenset({"04341686"})
#: WordNet's senses of the weather and of the earth's upheavals (data.noun offsets):
#: atmospheric phenomena ("the storm", "heavy rain", "a blizzard", "high winds") and
#: geological ones ("the flood"). What strikes or hits as one is a disaster, no attacker.
WEATHER_SENSES = frozenset({"11425580", "11417672"})
#: WordNet's sense of trouble (data.noun offset): misfortunes ("a tragedy", "calamity",
#: "catastrophe"). What strikes as one is no attacker: "tragedy struck".
MISFORTUNE_SENSES = frozenset({"07289014"})
#: Verbs that lend a noun of :data:`LIGHT_VERB_ACTS` its tense and subject only: "made a
#: decision", "gave orders", "delivered a warning" ("offered an apology" would read as an
#: intent).
LIGHT_VERBS = frozenset({"make", "give", "deliver"})
#: Nouns that name an act after a light verb, and the act: "the council made a decision"
#: decides, "the general gave orders" orders, "made a statement" states. Elsewhere they
#: name a thing said or decided ("the statement was long", "a decision published today"),
#: so they are no event nouns of their own.
LIGHT_VERB_ACTS: dict[str, str] = {
    "decision": "decide",
    "offer": "offer",
    "statement": "state",
    "announcement": "announce",
    "appearance": "appear",
    "suggestion": "suggest",
    "confession": "confess",
    "claim": "claim",
    "appeal": "appeal",
    "speech": "give a speech",
    "recommendation": "recommend",
    "comment": "comment",
    "remark": "remark",
    "threat": "threaten",
    "accusation": "accuse",
    "allegation": "allege",
    "order": "order",
    "assurance": "assure",
    "apology": "apologize",
    "promise": "promise",
    "pledge": "pledge",
    "request": "request",
    "demand": "demand",
    "proposal": "propose",
    "plea": "plead",
    "warning": "warn",
    "denial": "deny",
    "testimony": "testify",
}
#: Nouns of a sustained undertaking whose kind an event noun before them names: "Russia's
#: bombing campaign" bombs, "the agency's surveillance programme" surveils, "a shooting
#: spree by the gunman" shoots; their owner does the act.
UNDERTAKING_NOUNS = frozenset(
    {"campaign", "operation", "programme", "program", "spree", "mission", "activity"}
)
#: Nouns of :data:`LIGHT_VERB_ACTS` that name their owner's act after a possessive as well:
#: "the ministry's pledge", "our demand", "Trump's proposal" pledge, demand and propose.
#: Commitments and requests only: "his comments", "her speech", "the council's decision"
#: mostly take up again a saying or deciding the text tells with its verb, and "his
#: appearance", "their appeal", "her offer" may be how one looks, a charm, an offer one got.
OWNED_ACT_NOUNS = frozenset(
    {
        "pledge",
        "promise",
        "demand",
        "request",
        "proposal",
        "plea",
        "recommendation",
        "assurance",
        "warning",
    }
)
# "losses exceeded 1,000": the verb only states the size of the noun's event.
MEASURE_VERBS = frozenset(
    {"exceed", "reach", "total", "top", "surpass", "stand", "rise", "climb", "pass", "number"}
)
#: Contractions written with a curly apostrophe, which the small model tags as content
#: words ("It’s" a verb with lemma "’", "didn’t" a noun "n’t"): the part of speech, tag and
#: lemma that the straight form gets from the model's rules.
CURLY_CONTRACTIONS: dict[str, tuple[str, str, str]] = {
    "’s": ("AUX", "VBZ", "be"),
    "’re": ("AUX", "VBP", "be"),
    "’m": ("AUX", "VBP", "be"),
    "’ll": ("AUX", "MD", "will"),
    "’d": ("AUX", "MD", "would"),
    "’ve": ("AUX", "VBP", "have"),
    "n’t": ("PART", "RB", "not"),
}
#: Verbs whose passive keeps an object or a name after it: "he's given a medal", "she's
#: offered the job", "he's named chair", "she's considered a favourite" (she is). After them a
#: "'s" before the participle may be "is" even with an object there, so it is not read "has".
PASSIVE_WITH_OBJECT_VERBS = frozenset(
    """
    accord allow appoint ask assign award call charge consider crown declare deem deny dub
    elect feed fine give grant guarantee hand issue label lend name offer owe pay prescribe
    promise rank rate refuse send serve show spare teach tell vote
    """.split()
)
#: Nouns a relative clause tells the manner, time or place of, not an object: "the way
#: he's treated", "the day she's sentenced" (a passive).
RELATIVE_ADVERB_NOUNS = frozenset(
    "way manner extent degree time day moment year place reason".split()
)
#: Verbs whose subject event happens when they do: "the blast killed five on Friday", "the
#: fighting began on Monday", "the raid took place at dawn". Not "the attack drew condemnation
#: on Tuesday", whose time is the condemnation's.
SAME_TIME_VERBS = frozenset(
    """
    begin break cause claim come continue damage destroy end erupt happen hit injure kill
    leave occur rock shake start strike take wound
    """.split()
)
#: Verbs that put an event on the calendar: "the trial is set for May 3", "the vote is
#: scheduled for Tuesday".
SCHEDULING_VERBS = frozenset({"schedule", "set", "slate", "plan", "expect", "fix"})
#: Verbs that move an event to a later date: "adjourned the hearing until Monday" dates the
#: hearing, not the adjourning.
POSTPONING_VERBS = frozenset({"postpone", "delay", "adjourn", "defer", "reschedule", "push", "put"})
#: Parts of a day the entity recogniser cuts from the day before them ("Thursday night").
PARTS_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "midnight"}
)
#: Verbs that open or close a span of time, and the spans of a season or a game they take:
#: Nouns after "by" that tell how a count went, never who acts: "won by a wide margin",
#: "approved by a vote of 7 to 2".
BY_COUNT_NOUNS = frozenset("margin vote".split())
#: Shares that after "by" on a verb of change tell how much it moved ("fares were cut by a
#: third"); elsewhere a share of people may act ("the option was picked by a third").
BY_SHARE_NOUNS = frozenset("half third quarter fifth tenth".split())
#: "sacked to end the game", "losses to start the season", "a run to close the half" say
#: when the other event happened, not what anyone aimed at. Not a sitting, a week or a term,
#: which people open and close as acts ("arrived to open the session of parliament").
SPAN_EDGE_VERBS = frozenset("open end start begin close finish cap".split())
TIME_SPAN_NOUNS = frozenset("season year quarter half game match period inning".split())
#: Verbs that with "at" and an amount say where a scale begins ("fines start at 100 pounds",
#: "prices starting at $20"), not an act.
SCALE_START_VERBS = frozenset({"start", "begin"})
#: Verbs that, set by "and" beside such a start, with "to" and an amount, say where the scale
#: ends ("fines starting at £1,000 and rising to £10,000").
SCALE_TOP_VERBS = frozenset({"rise", "go", "climb", "increase", "run"})
#: spaCy's labels of an amount: money, a quantity with its unit, a share, a bare count.
AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})
#: Verbs whose object event is the subject's experience, at the verb's time: "survived an
#: attack on Sunday".
SURVIVING_VERBS = frozenset({"survive", "suffer", "endure", "escape", "witness"})
#: Nouns that name an action, with the verb used as the event's action.
EVENT_NOUNS: dict[str, str] = {
    "attack": "attack",
    "assault": "assault",
    "bombardment": "bombard",
    "bombing": "bomb",
    "shelling": "shell",
    "strike": "strike",
    "airstrike": "strike",
    "landing": "land",
    "invasion": "invade",
    "offensive": "attack",
    "advance": "advance",
    "capture": "capture",
    "seizure": "seize",
    "withdrawal": "withdraw",
    "deployment": "deploy",
    "loss": "lose",
    "losses": "lose",
    "casualty": "suffer casualties",
    "casualties": "suffer casualties",
    "death": "die",
    "killing": "kill",
    "clash": "clash",
    "fighting": "fight",
    "battle": "fight",
    "evacuation": "evacuate",
    "occupation": "occupy",
    "annexation": "annex",
    "siege": "besiege",
    "blockade": "blockade",
    "raid": "raid",
    "airdrop": "airdrop",
    "incursion": "invade",
    "explosion": "explode",
    "ambush": "ambush",
    "arrest": "arrest",
    "sanction": "sanction",
    "recognition": "recognize",
    "surrender": "surrender",
    "retreat": "retreat",
    "massacre": "massacre",
    "funeral": "hold a funeral",
    "stabbing": "stab",
    "coup": "stage a coup",
    "protest": "protest",
    "demonstration": "demonstrate",
    "rally": "rally",
    "election": "hold an election",
    "meeting": "meet",
    "talks": "hold talks",
    "summit": "meet",
    "visit": "visit",
    "shooting": "shoot",
    "burial": "bury",
    "execution": "execute",
    "war": "wage war",
    "conflict": "fight",
    "ceasefire": "cease fire",
    "negotiation": "negotiate",
    "trial": "try",
    "investigation": "investigate",
    "debate": "debate",
    "murder": "murder",
    "assassination": "assassinate",
    "kidnapping": "kidnap",
    "abduction": "abduct",
    "detention": "detain",
    "deportation": "deport",
    "uprising": "rise up",
    "riot": "riot",
    "crackdown": "crack down",
    "hijacking": "hijack",
    "poisoning": "poison",
    "torture": "torture",
    "smuggling": "smuggle",
    "trafficking": "traffic",
    "export": "export",
    "exports": "export",
    "shipment": "ship",
    "surveillance": "surveil",
    "payment": "pay",
    "purchase": "buy",
    "blackmail": "blackmail",
    "hacking": "hack",
    "bribery": "bribe",
    "extradition": "extradite",
    "sale": "sell",
    "donation": "donate",
    "transfer": "transfer",
    "shutdown": "shut down",
    "interference": "interfere",
    "embargo": "embargo",
    "robbery": "rob",
    "theft": "steal",
    "rape": "rape",
    "resumption": "resume",
    "allocation": "allocate",
    "construction": "construct",
    "outbreak": "break out",
    "snub": "snub",
    "sentencing": "sentence",
    # Happenings that RAMS dev annotates as events with their own doers and victims (its
    # triggers no frame reached: "charged with arson", "the slaying of a deputy", "a ban on
    # imports", "the boycott of the goods"); "genocide", "interview", "vote", "agreement"
    # and "broadcast" were read there too and left out: their modifiers name the victims,
    # the channel or the date more often than a doer.
    "slaying": "kill",
    "homicide": "kill",
    "manslaughter": "kill",
    "slaughter": "slaughter",
    "beheading": "behead",
    "arson": "commit arson",
    "blast": "explode",
    "gunfire": "fire",
    "firing": "fire",
    "skirmish": "clash",
    "collision": "collide",
    "crash": "crash",
    "boycott": "boycott",
    "ban": "ban",
}
#: Nouns that name an act only as what a cue claims, denies or promises: "the party denied
#: involvement", "the ministry pledged an increase in aid", "announced the release of the
#: hostages". Elsewhere they name states or things ("his involvement is well known", "the
#: increase is small", "the album's release"), so they are no event nouns of their own.
CLAIMED_ACT_NOUNS: dict[str, str] = {
    "involvement": "take part",
    "participation": "take part",
    "increase": "increase",
    "reduction": "reduce",
    "cut": "cut",
    "release": "release",
    "closure": "close",
    "resignation": "resign",
    "return": "return",
    "expulsion": "expel",
    "dismissal": "dismiss",
}
#: Nouns that name an act only as what a report states, with what the act holds after
#: "of": "the rebels announced the control of the bridge", "the army claimed control of
#: the town". Elsewhere a state ("under the control of the navy", "U.S. control of
#: domain names") or a policy asked for ("called for stricter gun control").
REPORTED_ACT_NOUNS: dict[str, str] = {"control": "take control of"}
#: Verbs that proclaim a new state of things, whose object may name the act that made it
#: (:data:`REPORTED_ACT_NOUNS`); not "acknowledge" or "report", which tell of states too
#: ("acknowledged control of the shell company").
PROCLAIMING_VERBS = frozenset({"announce", "claim", "declare", "proclaim"})
MOTION_VERBS = frozenset(
    {
        "advance",
        "move",
        "go",
        "head",
        "return",
        "travel",
        "flee",
        "retreat",
        "withdraw",
        "march",
        "fly",
        "come",
        "arrive",
        "push",
        "drive",
        "land",
        "sail",
        "cross",
        "enter",
        "reach",
        "roll",
        "evacuate",
        "escape",
        "relocate",
        "approach",
        "close",
        "converge",
        "press",
    }
)
# Verbs that move what they act on: the "to" or "from" of what they move is its route, the
# event's ("a parcel from Lisbon was delivered"), where on another verb it says which one
# ("calls to the mayor were not answered").
CARRYING_VERBS = frozenset(
    "bring carry deliver deploy get move send ship take transfer transport".split()
)
#: Verbs of going along with what they act on: the "from X to Y" of a convoy escorted is the
#: way the escort went too ("escorted a convoy from X to Y").
ESCORTING_VERBS = frozenset("escort accompany guide lead shepherd tow usher chaperone".split())
#: Verbs that engage someone for a task: the one hired, appointed or formed does what the
#: infinitive after them says ("hired a lawyer to represent him", "formed a panel to review
#: the rules"), as the one sent does (kg.extract.actors).
ENGAGING_VERBS = frozenset(
    """
    hire employ pay appoint recruit enlist nominate commission assign train convene form
    create mobilise mobilize dispatch
    """.split()
)
#: WordNet's verb senses (data.verb offsets) of moving someone or something elsewhere: a
#: social act sends people "from X to Y" only as a kind of one of these ("deport" and
#: "exile" are kinds of expelling, a kind of displacing; "transfer", "summon"), not
#: "persuade", "restrain" or "detain", which move no one.
MOVING_SENSES = frozenset(
    {
        "01850315",  # move, displace: "cause to move or shift into a new position"
        "01855606",  # move: "cause to move in a certain direction"
        "01831531",  # move: "move so as to change position"
        "02231661",  # convey, transmit: "transfer to another"
        "02232190",  # transfer: "move from one place to another"
    }
)
#: WordNet's noun senses (data.noun offsets) of what goes a way of its own: a conveyance
#: ("trains", "trucks", "ships"), goods sent ("shipments", "imports"), a traveller
#: ("migrants", "passengers"), a journey ("trips"), aircraft flying together (the first
#: sense of "flight"), a procession ("a convoy") and traffic. A pair "from X to Y" on such
#: a noun is its way: "banned flights from X to Y" was not done at X or Y.
TRAVELLER_SENSES = frozenset(
    {
        "03100490",  # conveyance, transport
        "03076708",  # commodity, trade good
        "09629752",  # traveler
        "00295701",  # travel: "the act of going from one place to another"
        "08220534",  # flight: "a formation of aircraft in flight"
        "00296585",  # procession
        "08425303",  # traffic
    }
)
#: Verbs of giving: their "to" names who gets the thing ("sold cameras to school districts",
#: "donated the paintings to a museum"), not where anything went (``CARRYING_VERBS`` move it).
GIVING_VERBS = frozenset("give sell donate lend loan pay provide supply offer grant award".split())
# Event nouns whose "of" names the doer: "the surrender of Japan", "the advance of Valdish tanks".
INTRANSITIVE_NOUNS = frozenset(
    {
        "surrender",
        "death",
        "arrival",
        "withdrawal",
        "retreat",
        "advance",
        "uprising",
        "riot",
        "protest",
        "visit",
        "collapse",
        "crash",  # "the crash of the airliner": the airliner crashed
        "fall",
        "escape",
        "departure",
        "landing",  # "the landing of marines": the marines landed
        "resignation",
        "return",
        "involvement",
        "participation",
    }
)
ADVERB_PARTICLES = frozenset({"back", "away", "off", "out", "down", "up"})
# Event nouns whose "of" names who suffered, not what was acted on.
SUFFERED_ACTIONS = frozenset({"lose", "suffer casualties", "die"})
# "any sign of a withdrawal": the noun is talked about, not reported as happening.
HYPOTHETICAL_HEADS = frozenset(
    {
        "sign",
        "evidence",
        "threat",
        "risk",
        "possibility",
        "fear",
        "prospect",
        "rumour",
        "rumor",
        "danger",
        "plan",
        "talk",
        "indication",
    }
)
#: Happening nouns that, made definite ("the blast", "that raid"), refer back to a happening
#: told before, with the class of kg's taxonomy the earlier event must have (or one below
#: it): kg.extract.anaphora gives their clause that event's place. Only nouns that name one
#: bounded happening: "the war" or "the conflict" spans many places, "the fire" or
#: "the case" is often no happening at all.
ANAPHORIC_EVENT_NOUNS: dict[str, str] = {
    "attack": "Attack",
    "assault": "Attack",
    "raid": "Attack",
    "ambush": "Attack",
    "strike": "Attack",
    "shooting": "Attack",
    "airstrike": "Airstrike",
    "bombing": "Bombing",
    "explosion": "Bombing",
    "blast": "Bombing",
    "detonation": "Bombing",
    "shelling": "Shelling",
    "bombardment": "Shelling",
    "clash": "ArmedClash",
    "fighting": "ArmedClash",
    "battle": "ArmedClash",
    "firefight": "ArmedClash",
    "skirmish": "ArmedClash",
    "gunfight": "ArmedClash",
    "killing": "Killing",
    "murder": "Killing",
    "assassination": "Killing",
    "massacre": "Killing",
    "slaughter": "Killing",
    "arrest": "Arrest",
    "kidnapping": "Arrest",
    "abduction": "Arrest",
    "protest": "Protest",
    "demonstration": "Protest",
    "rally": "Protest",
    "riot": "Riot",
    "earthquake": "Disaster",
    "flood": "Disaster",
    "crash": "Disaster",
    "collision": "Disaster",
    "wildfire": "Disaster",
    "robbery": "Crime",
    "hijacking": "Crime",
}
#: Words before a happening noun that make it another happening than the one told before
#: ("another attack", "the second blast", "the latest strike": one of several).
OTHER_EVENT_WORDS = frozenset(
    "another other first second third fourth fifth latest next previous earlier later new"
    " separate similar last recent further more".split()
)
ORIGIN_PREPOSITIONS = frozenset({"from", "out"})
DESTINATION_PREPOSITIONS = frozenset({"towards", "toward", "to", "into", "onto"})
LOCATION_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "around",
        "outside",
        "inside",
        "across",
        "on",
        "within",
        "along",
        "over",
        "through",
        "off",
        "throughout",
        "north",
        "south",
        "east",
        "west",
        "by",
        "of",
    }
)
#: Offices whose holder's "we" is the country they hold it in: "The enemy wants to destroy
#: us," said the president (or the mayor of its capital).
COUNTRY_OFFICES = frozenset(
    """
    chancellor emir governor king mayor minister president queen sultan
    """.split()
) | {
    "crown prince", "deputy minister", "defence minister", "foreign minister",
    "interior minister", "prime minister", "vice president", "foreign secretary",
    "defence secretary", "home secretary", "secretary of state",
}  # fmt: skip

#: Titles whose bearers go by their first name alone ("Prince Edmund", "Queen Rania",
#: "Pope Leo", "Sheikh Hamad"): that first name is no commoner's full name ("Edmund
#: Harrow") nor anyone's surname.
FIRST_NAME_TITLES = frozenset(
    """
    prince princess king queen duke duchess emperor empress pope sheikh sheikha emir
    sultan
    """.split()
)

#: Titles (a regular expression) of one whose job is to speak for a body or run it: their
#: "we" is the body ("Jane Roe, a spokeswoman for Acme"), and a name after "spokeswoman
#: for" is a body's, not a place's. Not a president, chairman or founder, who may speak
#: for themselves ("we don't know", said the school's president).
SPEAKS_FOR_TITLES = (
    r"(?i:spokes(?:wo)?man|spokesperson|press\s+(?:secretary|officer)|"
    r"chief\s+executive(?:\s+officer)?|ceo|managing\s+director)"
)

#: Titles (a regular expression) of one who runs a body, besides those who speak for it:
#: their "we" in a quote is the body too ('"we will appeal," said Jane Roe, chairwoman of
#: the Tenants' Union'; "we are treating it as arson", said the fire department's chief).
#: Not a title of one who works there (a professor's or a researcher's "we" is a team), nor
#: a founder's or a president's, who may speak for themselves (the real-news gold reads a
#: school president's "we" as the president), nor a leader's ("Senate minority leader":
#: the "we" is the party, not the Senate).
LEADS_TITLES = (
    r"(?i:chair(?:man|woman|person)?|(?:[a-z]+\s+)?director"
    r"|director[-\s]general|secretary[-\s]general|general\s+secretary|(?:general\s+)?manager"
    r"|head\s+coach|coach|commissioner|chief|owner)"
)

#: What a newsroom does to make a story, as the page's own "we" tells it ("we have
#: compiled a list", "we asked the ministry", "we tested the card"), and how it speaks of
#: its own coverage ("as we mentioned", "we'll be covering the decisions", "we are logging
#: off for the night"): that "we" is the site. An opinion writer's or anyone's "we" with
#: other verbs ("we know", "we must act", "we saw this before") may be everyone, and stays
#: unresolved.
NEWSROOM_ACTS = frozenset(
    """
    analyse analyze ask benchmark check chronicle collect compile contact cover email
    explain gather interview measure mention obtain poll publish report request review
    survey test update write
    """.split()
) | {"reach out", "round up", "log off"}

#: How a page speaks of itself in its own words: "this newspaper is urging readers to",
#: "a spokesman told this website": the site the page says it is. Not "this site" or
#: "this paper", which as often are a building site or a study ("this paper finds").
OWN_PUBLICATION = frozenset(
    {"this newspaper", "this website", "this magazine", "this publication", "this news site"}
    | {"this news website", "this news outlet", "this newsroom"}
)

#: What a site publishes of its own, which "we ... in our review" and "as we argued in our
#: editorial" name: that "we" is the site, whatever the verb ("said", "praised", "found").
OWN_COVERAGE_NOUNS = frozenset(
    """
    analysis article blog coverage editorial explainer feature guide newsletter piece
    podcast preview report review roundup story test testing tests video
    """.split()
)

RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
#: Nouns that are part of a preposition before a gerund: "in addition to", "in spite of",
#: "in the course of", "by means of", "by way of", "in return for"; the clause's subject does
#: the gerund. Not "instead of" or "in place of", whose gerund did not happen.
GERUND_PREPOSITION_NOUNS = frozenset({"addition", "spite", "course", "means", "way", "return"})
#: What one gets for a deed of one's own, praise or blame (lemmas): "drew criticism for
#: closing the clinic", "made headlines for backing him", "won an award for cleaning the river". Who
#: gets it is who did the deed (kg.extract.actors), with a verb of getting
#: (:data:`VERDICT_GETTING_VERBS`): one who voices criticism "for" a deed is not its doer.
VERDICT_NOUNS = frozenset(
    """
    acclaim accolade applause award backlash blame censure condemnation credit criticism
    fine flak headline kudo kudos medal outrage penalty plaudit praise prize rebuke reprimand
    ridicule scorn scrutiny
    """.split()
)
#: Verbs of getting a verdict for a deed: "drew", "earned", "faced", "took the blame".
VERDICT_GETTING_VERBS = frozenset(
    """
    attract draw earn endure face garner gain get incur make receive suffer take win
    """.split()
)
#: Prepositions of three words whose middle word is a noun or a gerund that names no act
#: there ("in keeping with the rules": no one keeps anything; kg.extract.non_events), the
#: ones WordNet does not list as an adverb of their first two words, as it does "in
#: advance" ("well in advance of the vote"), "in return", "in turn" or "in place".
FIXED_PREPOSITIONS = frozenset(
    {
        "in accordance with",
        "in addition to",
        "in exchange for",
        "in favor of",
        "in favour of",
        "in keeping with",
        "in lieu of",
        "in light of",
        "in response to",
        "in spite of",
        "in view of",
    }
)
#: Verbs that with "off" say where one is not: "stay off the streets", "keep off the ice" (what
#: is kept away from is the target, not the place of the act).
KEEPING_AWAY_VERBS = frozenset({"stay", "keep"})
#: Verbs of words and minds: their act is done where the one who speaks or thinks is, so
#: a place inside what they are about is that thing's, not the act's ("condemned the attack
#: in Paris", "approved a plan for schools in Leeds", "figures revealed a surge in Peru").
#: Not the verbs whose object is the one addressed ("told reporters in Kabul", "urged
#: farmers in the valley"), nor acts done to a thing where it is ("unveiled a statue in X"),
#: nor "announce", whose object is most often the bare news and a place after it where the
#: news was given ("announced the decision in New York": the parse hangs it on the object),
#: nor "claim", which with an object is most often to win or take ("claimed a victory in
#: Ohio", "the blast claimed six lives in the market").
WORD_VERBS = frozenset(
    """
    say state confirm report explain indicate stress note deny declare assert
    allege acknowledge admit estimate reveal argue believe suggest emphasize emphasise fear
    suspect predict recall recount conclude concede complain think describe show reiterate
    speculate hint expect condemn criticize criticise denounce decry deplore praise hail
    applaud laud blame discuss debate propose advocate support oppose endorse reject approve
    demand highlight question dispute mention cite recommend pledge promise forecast plan
    consider ignore lament regret outline detail review reexamine re-examine reconsider
    remember tweet retweet
    """.split()
)
#: Speech acts that commit the speaker to what follows ("pledged a 5 percent rise", "vowed to
#: retaliate"): the promiser is the source of the promised act (kg.extract.speakers) and does it
#: (kg.extract.actors: "pledged an increase").
PROMISE_VERBS = frozenset("promise pledge vow threaten swear guarantee".split())
#: Verbs that introduce a quote as its tag without being reporting verbs elsewhere:
#: 'Lind replied, "..."', 'He continued: "..."', 'A neighbour echoed: "..."' (but "replied to
#: the letter" reports nothing).
QUOTE_TAG_VERBS = frozenset(
    """
    respond reply continue answer retort quip joke exclaim shout yell scream chant
    observe remark mention muse begin conclude interject echo boom demur chime blog affirm
    """.split()
)
#: Verbs that set points out in order: a paragraph that ends with one and a colon leads into
#: the list its subject sets out ("The report outlined: / - Cases rose ...", "The letter
#: listed the risks:"), as "The council warned:" leads into what the council warned.
SETTING_OUT_VERBS = frozenset(
    "outline list detail itemize itemise enumerate summarize summarise highlight".split()
)
#: Verbs whose asker does what is asked about ("asked him what to do": she does it), unlike
#: "told them when to leave", where the one told does it.
ASKING_VERBS = frozenset("ask wonder inquire enquire".split())
#: Verbs that ask a clause in doubt of it, with no one asked: "questioned whether the line
#: will be safe", "questioned why the jails stopped checking" (the one who questions is the
#: source of what is asked; kg.extract.cue_words). Not verbs of asking someone: a "she"
#: after "When Ruiz questioned whether ..." is Ruiz going on, not one who answers.
QUESTIONING_VERBS = frozenset({"question"})
#: Verbs by which a subject takes a deed on itself: "claimed responsibility for the attack".
RESPONSIBILITY_VERBS = frozenset({"claim", "admit", "accept", "take", "bear"})


# --- Argument spans ------------------------------------------------------------------------

# Common nouns that name a place when they head a locative phrase ("in the
# capital", "towards the city"). Resolution decides which place they mean.
PLACE_NOUNS = frozenset(
    {
        "airport",
        "airfield",
        "area",
        "base",
        "border",
        "capital",
        "centre",
        "center",
        "city",
        "country",
        "district",
        "east",
        "frontier",
        "neighborhood",
        "neighbourhood",
        "north",
        "northeast",
        "northwest",
        "outskirts",
        "outskirt",
        "peninsula",
        "port",
        "province",
        "region",
        "south",
        "southeast",
        "southwest",
        "territory",
        "town",
        "village",
        "west",
        "coast",
        "sea",
        "street",
        "square",
        "suburb",
        "oblast",
        # Buildings and sites: KAIROS and RAMS annotate them as places ("at the bus depot").
        "station",
        "depot",
        "shop",
        "store",
        "restaurant",
        "cafe",
        "hotel",
        "hospital",
        "school",
        "house",
        "building",
        "market",
        "mosque",
        "church",
        "synagogue",
        "temple",
        "prison",
        "jail",
        "camp",
        "checkpoint",
        "bridge",
        "highway",
        "stadium",
        "embassy",
        "headquarters",
        "compound",
        "scene",
        "site",
        "facility",
        "factory",
        "plant",
        "mall",
        "courthouse",
        "campus",
        "consulate",
        "barracks",
        "airbase",
        "harbour",
        "harbor",
        "refinery",
        "mine",
        # Homes, venues and open land where things happen ("died at his home", "shot outside
        # an apartment", "rescued on the mountain"). Not "island" (often a polity that acts:
        # "the island faces debts"), "museum" or "warehouse" (an institution or a company's
        # site that acts), "residence" (a legal status), "river" (mostly a figure of speech
        # when not a name).
        "home",
        "apartment",
        "nightclub",
        "farm",
        "garage",
        "theatre",
        "theater",
        "cemetery",
        "courtroom",
        "park",
        "beach",
        "forest",
        "desert",
        "valley",
        "mountain",
        "county",
    }
)

#: Nouns of a part of a land or a settlement, whose "of" names the land it lies in: an act
#: done to the part is done there ("shelled the outskirts of X", "flooded the streets of X",
#: "retook every inch of X", "bombed the eastern districts of X": in X). Not a building or a
#: site ("the embassy of X", "the headquarters of X": whose it is), nor "border", "edge" or
#: "port" (at a land's end, or part of a name: "the Port of X").
REGION_PART_NOUNS = frozenset(
    """
    area capital centre center city coast countryside county district downtown east heart
    inch interior neighborhood neighbourhood north northeast northwest oblast outskirt
    outskirts part peninsula province region rest south southeast southwest street suburb
    territory town village west
    """.split()
)

#: WordNet 3.0 noun senses (offsets in data.noun) whose kinds are sites: a common noun whose
#: most frequent sense lies below one names a place when it is the object of a locative
#: preposition ("died in a hospice", "found at a bookshop", "on the island"), the long tail
#: that ``PLACE_NOUNS`` does not list. Only there: as a subject such a noun is as often a
#: body that acts ("the office said", "the island faces debts"). Not structure.n.01 as a
#: whole (walls, doors, dams, frames), nor location.n.01 (ends, sides, fields, states).
SITE_SENSES = frozenset(
    {
        "02913152",  # building: "a hospice", "the archive"
        "03297735",  # establishment (a structure): "a bookshop", "the office"
        "03953020",  # place of business
        "04105893",  # room: "the lobby", "a boardroom"
        "03315023",  # facility
        "03259505",  # dwelling
        "03546340",  # housing
        "04602044",  # workplace: "the laboratory"
        "08491027",  # address: "his residence"
        "08641113",  # vicinity
        "08677628",  # venue
        # Lands, not land itself ("on the ground", "on earth": a figure more often than a site).
        "09316454",  # island: "on the island"
        "09254614",  # continent: "across the continent"
        "09346120",  # mainland
        "09203827",  # archipelago
    }
)

#: Words that make a "market" an economy, not a place where stalls stand: "the world market",
#: "global markets", "the oil market", "the black market" (but "a local market" is one).
ECONOMY_MARKET_WORDS = frozenset(
    """
    world global international domestic foreign oil gas energy stock bond equity currency
    commodity commodities financial housing property labour labor job black free emerging
    export import crude
    """.split()
)

# --- Figures: hedges, units, currencies and words that are not counts ----------------------

# Hedges written before a number, longest first where one starts another.
HEDGES_BEFORE: dict[tuple[str, ...], Qualifier] = {
    ("no", "more", "than"): "atMost",
    ("not", "more", "than"): "atMost",
    ("no", "fewer", "than"): "atLeast",
    ("no", "less", "than"): "atLeast",
    ("not", "less", "than"): "atLeast",
    ("not", "fewer", "than"): "atLeast",
    ("more", "than"): "moreThan",
    ("greater", "than"): "moreThan",
    ("higher", "than"): "moreThan",
    ("slightly", "more", "than"): "moreThan",
    ("just", "over"): "moreThan",
    ("well", "over"): "moreThan",
    ("well", "above"): "moreThan",
    ("in", "excess", "of"): "moreThan",
    ("upwards", "of"): "moreThan",
    ("over",): "moreThan",
    ("above",): "moreThan",
    ("exceeding",): "moreThan",
    ("at", "least"): "atLeast",
    ("a", "minimum", "of"): "atLeast",
    ("at", "most"): "atMost",
    ("at", "the", "most"): "atMost",
    ("a", "maximum", "of"): "atMost",
    ("up", "to"): "upTo",
    ("as", "many", "as"): "upTo",
    ("as", "much", "as"): "upTo",
    ("fewer", "than"): "lessThan",
    ("less", "than"): "lessThan",
    ("lower", "than"): "lessThan",
    ("just", "under"): "lessThan",
    ("under",): "lessThan",
    ("below",): "lessThan",
    ("about",): "approximately",
    ("around",): "approximately",
    ("some",): "approximately",
    ("nearly",): "approximately",
    ("almost",): "approximately",
    ("approximately",): "approximately",
    ("approx",): "approximately",
    ("approx.",): "approximately",
    ("roughly",): "approximately",
    ("circa",): "approximately",
    ("close", "to"): "approximately",
    ("an", "estimated"): "approximately",
    ("estimated",): "approximately",
    ("somewhere", "around"): "approximately",
}
# Hedges written after a number: "200 or more", "200-plus", "200-odd".
HEDGES_AFTER: dict[tuple[str, ...], Qualifier] = {
    ("or", "more"): "atLeast",
    ("or", "so"): "approximately",
    ("-", "plus"): "moreThan",
    ("plus",): "moreThan",
    ("-", "odd"): "approximately",
}
# Adverbs that make a verb's count a rate, with the length of time it is per: "saves $46
# million annually", "43 people are admitted daily".
RATE_ADVERBS: dict[str, str] = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}
# Adjectives that make a count a rate: "43 daily admissions", "a $500 annual fee": the
# adverbs' own words, and "annual" for "annually".
RATE_ADJECTIVES: dict[str, str] = {
    ("annual" if word == "annually" else word): unit for word, unit in RATE_ADVERBS.items()
}
#: Things an adjective of how often describes by the kind they are, not counts per day or
#: year: "closed two weekly newspapers" (two papers, each out weekly), "12 monthly payments"
#: (twelve in all), as against "43 daily admissions" (a rate).
PERIODICAL_NOUNS = frozenset(
    """
    newspaper paper magazine journal newsletter bulletin tabloid periodical column show
    programme program podcast broadcast publication edition payment instalment installment
    """.split()
)
# Verbs whose object is a lower bound: "losses exceeded 1,000 people".
MORE_THAN_VERBS = frozenset({"exceed", "top", "surpass", "pass", "outnumber"})
# Verbs whose subject is a source: "one official said" counts nobody.
FIGURE_REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "add",
        "announce",
        "confirm",
        "claim",
        "report",
        "put",
        "estimate",
        "note",
        "explain",
        "write",
        "describe",
        "insist",
        "warn",
        "deny",
    }
)
# Verbs of change: "rose from 10 to 20" states two values, not a range.
CHANGE_VERBS = frozenset(
    {
        "rise",
        "increase",
        "grow",
        "climb",
        "jump",
        "soar",
        "surge",
        "double",
        "triple",
        "fall",
        "drop",
        "decrease",
        "decline",
        "reduce",
        "cut",
        "lower",
        "raise",
        "plunge",
        "change",
        "go",
        "shrink",
        "slash",
        "lift",
        "boost",
        "swell",
        "revise",
    }
)
#: Verbs whose object is a sum of money when it is a bare vague plural: "spent millions",
#: "lent Greece billions", "siphoning billions": no crowd of people (`_people`).
MONEY_VERBS = frozenset(
    "pay spend lend borrow cost earn donate invest owe siphon embezzle raise"
    " waste squander steal".split()
)
#: Verbs of a value moving of itself ("shares fell 50 cents", "the index rebounded"): an
#: infinitive after one may say where it ended ("to close at $20"), no purpose.
VALUE_MOVE_VERBS = frozenset(
    """
    rise fall climb jump soar surge plunge drop slip slide tumble sink dip gain lose shed
    add ease edge rebound recover rally retreat advance decline
    """.split()
)
#: Where a moving value ended: "fell to close at", "rose to end the day at", "to settle at".
SETTLING_VERBS = frozenset({"close", "end", "finish", "settle"})
#: Levels a moving value reaches: "to reach its lowest level", "to reach a record".
LEVEL_NOUNS = frozenset({"level", "high", "low", "record", "peak"})
# Plural scale words: the least they can mean is two of them.
PLURAL_SCALES: dict[str, int] = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 10**6,
    "billions": 10**9,
    "tens": 10,
}
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "dollar",
    "us$": "dollar",
    "usd": "dollar",
    "£": "pound",
    "gbp": "pound",
    "€": "euro",
    "eur": "euro",
    "¥": "yen",
    "₽": "rouble",
    "rub": "rouble",
    "₴": "hryvnia",
    "uah": "hryvnia",
    "rs": "rupee",
    "rs.": "rupee",
}
#: WordNet 3.0's monetary unit (its offset in data.noun): a unit whose most frequent sense
#: lies below it is money ("500,000 yuan", "20,000 naira", "a million pesos"), as the
#: units of ``CURRENCY_SYMBOLS`` are; "pound" is a weight first, and listed there.
MONETARY_UNIT_SENSES = frozenset({"13604718"})
#: WordNet 3.0's places of medical care (offsets in data.noun): a medical building ("a
#: hospital", "the infirmary") and a clinic. One taken there is cared for, not arrested.
CARE_SENSES = frozenset({"03739518", "08054076"})
#: WordNet 3.0's ill health (its offset in data.noun): diseases, infections and injuries lie
#: below it ("cholera", "malaria", "AIDS"). No one is named by such a word alone.
ILL_HEALTH_SENSES = frozenset({"14052046"})
#: WordNet 3.0's weapon (its offset in data.noun): "pistol", "machete", "shotgun", "sword".
WEAPON_SENSES = frozenset({"04565375"})
#: WordNet's sense of vehicles (data.noun offset): what lands or is rolled back and carries
#: people or goods ("the plane", "helicopters", "the tanks"), not a punch or a job landed.
VEHICLE_SENSES = frozenset({"04524313"})
# Abbreviations and spellings of measures, to one name each (BIPM spelling).
UNIT_NAMES: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "percentage": "percent",
    "pc": "percent",
    "km": "kilometre",
    "kms": "kilometre",
    "kilometer": "kilometre",
    "m": "metre",
    "meter": "metre",
    "cm": "centimetre",
    "centimeter": "centimetre",
    "mm": "millimetre",
    "millimeter": "millimetre",
    "nm": "nanometre",
    "nanometer": "nanometre",
    "mi": "mile",
    "ft": "foot",
    "feet": "foot",
    "yd": "yard",
    "kg": "kilogram",
    "kilo": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "t": "tonne",
    "ton": "tonne",
    "lb": "pound",
    "lbs": "pound",
    "l": "litre",
    "liter": "litre",
    "ml": "millilitre",
    "milliliter": "millilitre",
    "cl": "centilitre",
    "gal": "gallon",
    "ha": "hectare",
    "km2": "square kilometre",
    "km²": "square kilometre",
    "km^2": "square kilometre",
    "km3": "cubic kilometre",
    "km^3": "cubic kilometre",
    "m2": "square metre",
    "m²": "square metre",
    "m3": "cubic metre",
    "m³": "cubic metre",
    "mph": "mile per hour",
    "kph": "kilometre per hour",
    "km/h": "kilometre per hour",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "yr": "year",
    "yrs": "year",
    "w": "watt",
    "kw": "kilowatt",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kwh": "kilowatt hour",
    "mwh": "megawatt hour",
    "gwh": "gigawatt hour",
    "wh": "watt hour",
    "ev": "electronvolt",
    "tev": "teraelectronvolt",
    "ghz": "gigahertz",
    "mhz": "megahertz",
    "mb": "megabyte",
    "gb": "gigabyte",
    "tb": "terabyte",
    "bbl": "barrel",
    "tbsp": "tablespoon",
    "tsp": "teaspoon",
    "°c": "degree Celsius",
    "°f": "degree Fahrenheit",
    "people": "person",
    "peoples": "people",  # "several dozen Muslim peoples": nations, not persons
    "persons": "person",
    "ruble": "rouble",
}
# Abbreviations that are units only right after a number, and only in this case:
# "2 in" and "2 am" are too ambiguous to read as inches or attometres.
CASED_UNITS = frozenset({"L", "W", "kW", "MW", "GW", "Wh", "kWh", "MWh", "GWh", "eV", "TeV"})
#: Data sizes and speeds in bits, told from bytes by the case of the "b" as engineers write
#: them: "10 Tb per square inch" and "a 40 Gbps link" are bits, "a 2 TB drive" bytes (in
#: ``UNIT_NAMES``).
BIT_UNITS: dict[str, str] = {
    "kb": "kilobit",
    "Kb": "kilobit",
    "Mb": "megabit",
    "Gb": "gigabit",
    "Tb": "terabit",
    "kbps": "kilobit per second",
    "Kbps": "kilobit per second",
    "Mbps": "megabit per second",
    "Gbps": "gigabit per second",
    "Tbps": "terabit per second",
}
#: Names of measures and currencies: "a 5 metre shark" measures metres.
MEASURES = frozenset(
    {name for name in UNIT_NAMES.values() if name not in ("person",)}
    | {name for name in BIT_UNITS.values() if " per " not in name}
    | {
        "mile",
        "inch",
        "gallon",
        "yard",
        "acre",
        "hectare",
        "barrel",
        "dollar",
        "euro",
        "pound",
        "rouble",
        "ruble",
        "hryvnia",
        "yen",
        "cent",
        "penny",
        "degree",
        "tonne",
        "cup",
        "kilometre",
        "metre",
        "litre",
        "kilogram",
        "gram",
        "foot",
    }
)
TIME_UNITS = frozenset(
    {
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "fortnight",
        "month",
        "year",
        "decade",
        "century",
        "millennium",
        "weekend",
        "morning",
        "evening",
        "afternoon",
    }
)
CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "hours"})
ONE_IDIOMS = frozenset(
    {"point", "time", "thing", "way", "hand", "day", "another", "side", "step"}  # "one step closer"
)
NUMBER_DETERMINERS = frozenset({"the", "this", "that", "each", "every", "any", "no", "which"})
#: Nouns of a numbered step or grade that are verbs too: before a number they are the noun,
#: "moves to level 3 restrictions", "will go to phase 2" (not "to level the town").
NUMBERED_GRADE_NOUNS = frozenset({"stage", "phase", "level", "tier", "grade"})
ID_WORDS = NUMBERED_GRADE_NOUNS | frozenset(
    {
        "no",
        "no.",
        "nos",
        "nos.",
        "#",
        "number",
        "route",
        "flight",
        "page",
        # a number naming a part of a series: "in week 12", "chapter 7", "round 3"
        "week",
        "chapter",
        "section",
        "article",
        "episode",
        "round",
        # a grade on a scale: "Level 3 restrictions", "a Category 5 storm", "Tier 2 rules"
        # (with NUMBERED_GRADE_NOUNS: "stage 2", "phase 3")
        "category",
        "version",
    }
)
#: Adjectives by which "a"/"an" can still take a bare number as a count: "a further three",
#: "a mere six" (against "an early three", a basket, and "a pick six", a play).
COUNT_ADJECTIVES = frozenset(
    {
        "further",
        "additional",
        "extra",
        "mere",
        "whopping",
        "total",
        "full",
        "staggering",
        "record",
        "paltry",
        "meagre",
        "meager",
        "modest",
        "estimated",
        "reported",
        "remarkable",
        "impressive",
        "healthy",
        "respectable",
        "cool",
        "solid",
        "massive",
        "huge",
        "incredible",
        "astonishing",
        "unprecedented",
        "good",
        "scant",
        "measly",
        "combined",
        "other",
        "possible",
        "potential",
        "maximum",
        "minimum",
    }
)
#: Nouns after a number that make the number a name: "the RTX 3000 series", "the 737 model".
ID_NOUNS = frozenset({"series", "model"})
#: Statistics measured over a window of time: "the 14-day rate", "a 52-week high" name the
#: window; no length of time passes in the event.
WINDOW_NOUNS = frozenset(
    {
        "rate",
        "average",
        "high",
        "low",
        "total",
        "incidence",
        "mean",
        "yield",
        "peak",
        "figure",
        "count",
        "tally",
    }
)
#: Verbs of calling a number: "call the helpline on 0800 ...", "dial 999" (a telephone number).
CALL_VERBS = frozenset({"call", "ring", "dial", "phone", "text", "contact"})
#: Verbs whose object is someone whose words they give: "quoted the minister saying".
QUOTING_VERBS = frozenset({"quote", "cite"})
#: Street words that make a number before a name an address: "at 12 North Elm Street".
STREET_WORDS = frozenset(
    {
        "street",
        "st.",
        "avenue",
        "ave.",
        "road",
        "rd.",
        "boulevard",
        "blvd.",
        "lane",
        "drive",
        "place",
        "court",
        "parkway",
        "terrace",
        "square",
    }
)
#: What a number before a capitalised name counts when it is sent or deployed, so that the
#: number is a count and not the year of the name: "sent 2000 National Guard troops".
FORCE_UNITS = frozenset(
    {
        "troop",
        "soldier",
        "officer",
        "police",
        "policeman",
        "marine",
        "personnel",
        "guard",
        "guardsman",
        "reservist",
        "agent",
        "firefighter",
        "fighter",
        "militant",
        "sailor",
        "paratrooper",
        "commando",
        "peacekeeper",
        "refugee",
        "migrant",
        "volunteer",
        "worker",
    }
)
VAGUE_OPENERS = (("several",), ("a", "few"), ("a", "couple", "of"), ("few",))
#: Words after a length of time that make it a point in time, not a duration: "ten years ago",
#: "three days after the call", "two years before the trial".
TIME_OFFSET_WORDS = frozenset({"ago", "earlier", "later", "before", "after", "prior", "previously"})
#: Words on a time noun that make it a point in time, not a length: "took the town last week",
#: "this week", "next month" (against "took six hours", "would take a week").
POINT_IN_TIME_WORDS = frozenset(
    {"last", "this", "next", "that", "every", "each", "same", "previous", "following"}
)
#: Words before a bare number that make it an age: "at age 17", "aged 45", "who turned 20".
AGE_WORDS = frozenset({"age", "aged", "ages", "turned", "turning", "turn", "turns"})
#: Nouns that hold a count, with the unit they count when no compound says it: "a death toll
#: of 11" (a "vote tally" counts votes, a "body count" bodies). None: only a compound says it.
#: A body of people counts persons whatever its compound: "a television audience of millions",
#: "a capacity crowd of 700".
COUNT_HOLDERS: dict[str, str | None] = {
    "toll": "death",
    "caseload": "case",
    "turnout": "voter",
    "population": "person",
    "crowd": "person",
    "audience": "person",
    "staff": "person",
    "workforce": "person",
    "tally": None,
    "count": None,
    "number": None,  # "refugee numbers swelled to 100,000", "the number of refugees rose to"
}
#: Singular nouns that hold a number written before them rather than being counted by it:
#: "passed the 1,000 mark", "the 60,000 projection", "the 1,237 delegate threshold", "of 54
#: total" (the whole the number sums, not a thing it counts).
VALUE_HOLDERS = frozenset(
    {
        "mark",
        "threshold",
        "figure",
        "number",
        "forecast",
        "estimate",
        "projection",
        "target",
        "milestone",
        "barrier",
        "total",
    }
)
#: Participles and adjectives that, used as nouns, name people: "the 12 killed", "11 of the
#: injured", "the three arrested".
PEOPLE_PARTICIPLES = frozenset(
    {
        "dead",
        "killed",
        "injured",
        "wounded",
        "hurt",
        "missing",
        "arrested",
        "detained",
        "abducted",
        "kidnapped",
        "captured",
        "displaced",
        "evacuated",
        "rescued",
        "executed",
        "accused",
        "convicted",
        "infected",
        "sick",
    }
)
#: Counted nouns that count what the figure before them counts: "killing four people and
#: injuring more than 120 others".
ELLIPSIS_NOUNS = frozenset({"other", "others"})
#: Verbs whose bare numeric subject (passive) or object counts people: "212 had been killed",
#: "killed 40 and wounded 75", "1,200 fled".
PEOPLE_VERBS = frozenset(
    {
        "kill",
        "injure",
        "wound",
        "hurt",
        "die",
        "arrest",
        "detain",
        "abduct",
        "kidnap",
        "capture",
        "displace",
        "evacuate",
        "rescue",
        "execute",
        "flee",
        "drown",
        "murder",
        "massacre",
        "hospitalize",
        "hospitalise",
        "behead",
        "slaughter",
        "jail",
        "imprison",
    }
)
#: "a father of three", "the mother of two": a parent's number counts children.
PARENT_WORDS = frozenset(
    {"father", "mother", "parent", "dad", "mom", "mum", "grandfather", "grandmother", "grandparent"}
)
#: Nouns of a body of people or of a place's people, whose "of" and a bare number count
#: persons: "a team of 15", "a family of four", "groups of up to six", "a town of 14,000".
#: Not "force" ("a force of 6.0" on a scale), "alliance" (of groups) or "settlement" (a sum),
#: and not a name ("the Gang of Eight", "the Group of 20"; see implied_units).
PEOPLE_BODIES = frozenset(
    {
        "group",
        "team",
        "crew",
        "family",
        "household",
        "class",
        "gang",
        "band",
        "party",
        "army",
        "squad",
        "platoon",
        "delegation",
        "contingent",
        "cohort",
        "troupe",
        "cast",
        "choir",
        "jury",
        "panel",
        "committee",
        "council",
        "board",
        "congregation",
        "gathering",
        "community",
        "town",
        "city",
        "village",
        "nation",
        "country",
        "county",
        "island",
        "suburb",
        "province",
        "region",
        "metropolis",
        "neighborhood",
        "neighbourhood",
    }
)
#: Nouns of a vote's result, whose "by ... of" and a bare number count votes: "passed by a
#: vote of 90 to 10", "carried by a majority of 107" (a majority one holds may be of seats).
VOTE_RESULT_NOUNS = frozenset({"vote", "majority"})
#: Nouns of a picture or a recording, whose "-ing" participle is done by what they show,
#: named after "of": "a photo of the mayor smiling", "footage of police charging".
DEPICTION_NOUNS = frozenset(
    {
        "clip",
        "film",
        "footage",
        "image",
        "photo",
        "photograph",
        "picture",
        "recording",
        "snapshot",
        "video",
    }
)
#: Verbs of speaking or appearing whose "on" names a programme or a topic, not a place:
#: "speaking on Morning Kestria", "appeared on the Late Show", "talked on the issue".
ON_AIR_VERBS = frozenset({"appear", "comment", "speak", "talk"})
#: Words of photo credits and slideshows before a picture counter: "Getty Images 5 A ...",
#: "Hide Caption 9 of 43 Photos".
PICTURE_WORDS = frozenset(
    {
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "pictures",
        "slide",
        "slides",
        "caption",
        "gallery",
        "slideshow",
        "alamy",
        "getty",
        "shutterstock",
        "reuters",
        "afp",
        "epa",
    }
)
#: Nouns after two numbers joined by a hyphen that make them a score, a record or a tally
#: ("a 9-14 record", "an 18-30 start", "a 3-5 vote"), not a range of a count.
SCORE_WORDS = frozenset(
    {
        "record",
        "mark",
        "start",
        "run",
        "loss",
        "losses",
        "win",
        "wins",
        "victory",
        "defeat",
        "tie",
        "lead",
        "deadlock",
        "setback",
        "finish",
        "season",
        "vote",
        "votes",
        "decision",
        "ruling",
        "verdict",
        "margin",
        "score",
        "scoreline",
        "draw",
        "split",
        "triumph",
        "rout",
        # a record split by venue: "(2-13, 1-7 home)"
        "home",
        "away",
        "road",
    }
)


# --- Time expressions ----------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: The months as written, whole or cut short: "March 5" and "5 Sept." are dates, not counts.
MONTH_WORDS = frozenset(MONTH_NAMES) | frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
#: Words of dates and clock times, whole or cut short ("Mon", "a.m", "GMT"): a number beside
#: one is no count, and a place name does not end in one.
CALENDAR_WORDS = (
    MONTH_WORDS
    | frozenset(WEEKDAYS)
    | frozenset("mon tue tues wed thu thurs fri sat sun am pm a.m p.m gmt utc bc ad bce ce".split())
)
ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


# --- Place entities (the kg_gazetteer component) -------------------------------------------

# Words that join two place names in a mis-read span ("Kherson towards Mykolaiv");
# "of" is not one: it belongs inside names ("Sea of Azov").
PLACE_CONNECTORS = frozenset({"towards", "toward", "to", "and", "from", "or", "near", "via"})
TRAILING_WORDS = frozenset({"of", "and", "the", "in", "for", "to", "on", "at", "'s", "’s"})
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via is are was".split()
)


#: Verbs of hearing an event with one's own ears: "residents heard explosions", "a reporter
#: witnessed the shelling". The event heard happened, on the hearer's word (the hearer is its
#: source), within earshot (the hearer's place is its place). "See" is left out: "the city
#: saw fighting" is no witness.
PERCEPTION_VERBS = frozenset({"hear", "witness"})
#: Verbs of the senses: with "could" they tell what someone perceived ("we could hear the
#: guns"), not what may be.
SENSE_VERBS = frozenset({"see", "hear", "feel", "smell", "sense"})


# --- Resolution: pronouns, hedges and nouns for groups of people ---------------------------

#: Nouns a name before them is the make or model of, when the name is no known place:
#: "Igla missiles", "Grad rockets" (the model often types such a name GPE).
WEAPON_NOUNS = frozenset(
    """
    missile missiles rocket rockets launcher launchers rifle rifles drone drones tank tanks
    howitzer howitzers
    """.split()
)
#: Eras after a year or a century, written without stops: "300 BC", "the 5th century A.D.".
ERA_WORDS = frozenset({"bc", "bce", "ad", "ce"})

#: Prefixes of a ship's name: "the destroyer INS Kolkata", "USS Ford", "MV Ever Given". A
#: ship is no actor or place kg keeps, and many are named after towns. Prefixes that are
#: as often something else ("SS", "MS", "MT") are left out.
SHIP_PREFIXES = frozenset(
    "INS USS HMS HMAS HMCS HMNZS RFA USNS USCGC MV M/V PNS TCG KRI BNS SLNS".split()
)
#: Nouns of a ship that its name follows as an apposition: "the cruiser Moskva", "the pirate
#: dhow, Qadira" (a place after such a noun comes with a preposition: "a tanker in Aden").
SHIP_NOUNS = frozenset(
    """
    warship destroyer frigate cruiser corvette submarine tanker freighter trawler dhow
    flagship icebreaker minesweeper
    """.split()
)
#: Compass words that are a division's name in a few countries (Cameroon's East, Zambia's
#: Southern province) and in news alone name a bloc, a side or a league ("the West",
#: "Western countries", "second in the East"): no point unless the story is in that country.
COMPASS_NAMES = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest
    """.split()
)
#: Nicknames news gives places, by the name's letters alone, lower case ("K. C." -> "kc"), and
#: the place's own name. A nickname is as often the place's team ("Indy ran the ball"), so it
#: names the place only after a place word ("won in Indy", "moved to the Big Apple").
PLACE_NICKNAMES = {
    "philly": "Philadelphia",
    "cityofbrotherlylove": "Philadelphia",
    "indy": "Indianapolis",
    "motown": "Detroit",
    "motorcity": "Detroit",
    "kc": "Kansas City",
    "bigapple": "New York City",
    "bigeasy": "New Orleans",
    "windycity": "Chicago",
    "beantown": "Boston",
    "vegas": "Las Vegas",
    "lastfrontier": "Alaska",
}
#: Postal abbreviations of states and provinces that are English words once the stop is
#: gone ("Ill.", "Mass.", "Wash."), so the gazetteer does not hold them: after a town and a
#: comma ("Chicago, Ill.") they name the state.
STATE_ABBREVIATIONS = {
    "Ga": "Georgia",
    "Ill": "Illinois",
    "Ind": "Indiana",
    "Ore": "Oregon",
    "Pa": "Pennsylvania",
    "Mass": "Massachusetts",
    "Miss": "Mississippi",
    "Mo": "Missouri",
    "La": "Louisiana",
    "Va": "Virginia",
    "Vt": "Vermont",
    "Del": "Delaware",
    "Wash": "Washington",
    "Tex": "Texas",
    "Me": "Maine",
    "R.I": "Rhode Island",
    "B.C": "British Columbia",
    "Alta": "Alberta",
    "Ont": "Ontario",
    "Que": "Quebec",
    "Sask": "Saskatchewan",
    "Man": "Manitoba",
    "N.S": "Nova Scotia",
}
#: Words after a town's name in the name of its public bodies ("Woodburn Police
#: Department", "Palmer City Council") and of the bodies and papers a town's name is
#: lent to for where they stand ("the Harlow Foundation", "the Elmdale Gazette"): such
#: a body is named for the town, which the town's name alone still names.
CIVIC_HEADS = frozenset(
    """
    police department council county city town fire sheriff sheriff's school schools
    district court courthouse hospital university college airport port state government
    mayor assembly library transit authority public
    academy foundation society museum symphony orchestra zoo church cathedral chamber
    bee journal times gazette herald tribune courier chronicle observer examiner register
    """.split()
)

#: The sex a personal pronoun is written in.
PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
#: The sex a title before a surname says ("Mr. Okafor", "Ms Lindqvist").
TITLE_GENDERS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
#: The WordNet 3.0 senses (offsets in data.noun) of a male and a female person: a noun
#: whose most frequent sense lies below one says the sex ("a man", "the boy", "his son";
#: "a woman", "the widow", "her daughter"); most person nouns say neither ("a nurse").
SEX_SENSES = {"male": frozenset({"09624168"}), "female": frozenset({"09619168"})}
#: Pronouns for a third person, whom a speaker's own words do not call themselves.
THIRD_PERSON_PRONOUNS = frozenset(p for p in PRONOUN_GENDERS if p != "his")
#: Nouns for a person whom news often leaves unnamed ("his opponent", "a relative", "the
#: driver"): a "he" or "she" after one in its sentence is that person.
UNNAMED_PERSON_NOUNS = frozenset(
    """man woman boy girl teenager child friend relative neighbour neighbor driver motorist
    passenger pedestrian opponent rival victim suspect witness gunman shooter attacker
    mother father son daughter brother sister wife husband widow girlfriend boyfriend
    customer patient employee worker resident owner stranger""".split()
)
#: Nouns that describe an organisation by its kind ("the company", "the hospital"), each
#: with the words of a name that say an organisation is of that kind: "Kestrel Foods Inc."
#: is a company, "St Brendan's Hospital" a hospital, "the Fish and Wildlife Service" an agency.
_COMPANY_WORDS = "company corporation corp inc incorporated ltd llc plc co limited holdings"
_NEWSPAPER_WORDS = (
    "times post journal herald tribune gazette chronicle telegraph guardian observer "
    "inquirer examiner daily newsday"
)
ORGANIZATION_KIND_WORDS = {
    noun: frozenset(words.split())
    for noun, words in {
        "company": _COMPANY_WORDS,
        "firm": _COMPANY_WORDS,
        "corporation": _COMPANY_WORDS,
        "agency": "agency service administration bureau",
        "newspaper": _NEWSPAPER_WORDS,
        "paper": _NEWSPAPER_WORDS,
        "hospital": "hospital clinic infirmary",
        "bank": "bank",
        "university": "university",
        "college": "college",
        "school": "school",
        "department": "department",
        "party": "party",
        "union": "union",
        "committee": "committee",
        "commission": "commission",
        "court": "court",
        "foundation": "foundation",
        "institute": "institute",
        "association": "association",
        "trust": "trust",
        "organization": "organization",
        "organisation": "organisation",
    }.items()
}
#: Nouns for a body of any kind, whatever its name says ("the group", "the organisation",
#: "the charity"): as one who acts or speaks, the one organisation that acted or spoke just
#: before ("Harbor Watch organised the march. The group said").
GENERIC_BODY_NOUNS = frozenset({"group", "organization", "organisation", "nonprofit", "charity"})
#: Plural last words of places' own names: "Golan Heights", "Sioux Falls", "the Falkland
#: Islands", "United Arab Emirates", "Twin Towers" (a capitalised plural after a town's
#: name is otherwise a club's: "the Leeds Rhinos").
PLACE_PLURALS = frozenset(
    """
    islands isles keys heights hills mountains alps highlands lowlands plains falls springs
    lakes rapids sands dunes downs woods fields meadows pines oaks glades narrows banks
    cliffs rocks shoals straits waters wells gardens acres estates flats territories
    provinces states emirates republics towers halls courts gates grounds commons docks
    yards barracks buildings apartments studios houses villas terraces mews markets works
    quarters lines marshes moors forests valleys streets avenues aves roads squares
    """.split()
)

# Pronouns that point back, with the kind of referent they take.
PERSONAL_PRONOUNS = dict.fromkeys(PRONOUN_GENDERS, "person")
NEUTER_PRONOUNS = {
    "it": "neuter",
    "its": "neuter",
    "they": "plural",
    "them": "plural",
    "their": "plural",
}
#: Pronouns a subject may be: they point back themselves, so the subject a later pronoun
#: continues is no unnamed one ("The agency said it ...").
SUBJECT_PRONOUNS = frozenset("i you he she it we they this that these those who which".split())
#: Words before a title that say its holder held it once: "former Health Secretary",
#: "onetime mayor"; and the prefixes that say so ("ex-minister", "then-Governor").
FORMER_TITLE_WORDS = frozenset("former ex onetime one-time erstwhile".split())
FORMER_TITLE_PREFIXES = ("ex-", "then-")
# Words before an unnamed speaker's noun that say nothing about who it is.
SPEAKER_HEDGES = frozenset(
    "senior top high-ranking high ranking unnamed anonymous informed same other second "
    "first new former".split()
)
# Plural nouns for the people of a group: "their fighters" are the group itself.
MEMBER_NOUNS = frozenset("fighters members men people militants gunmen units troops".split())
#: Plural nouns for people that do not end in "s" ("people", "children", "staff"): a "they"
#: after them continues them. Those in "-men" ("gunmen", "women") are told by their singular
#: in "-man". Not "personnel": on the training text it moved a navy's "it" both ways.
PLURALS_WITHOUT_S = frozenset({"people", "children", "staff"})
# An organisation's people act for it: "Red Cross teams", "Pentagon officials".
COLLECTIVE_NOUNS = frozenset(
    """
    team teams staff workers members crew crews officials convoy volunteers agents officers
    investigators employees personnel soldiers forces lawyers researchers engineers experts
    inspectors guards police spokesmen representatives delegates envoys diplomats
    """.split()
)


# Last words of organisation names: a name ending so is not a person's, whatever
# its first word ("Maria Cristina Foundation", "Luis Vives Institute").
ORGANIZATION_HEADS = frozenset(
    """
    academy administration agency airline airlines airways alliance assembly association
    authority bank battalion board brigade bureau cabinet centre center chamber church
    club co college commission committee company congress corp corporation council county
    court department directorate division enterprises fc federation force forces foundation
    front fund government group guard guards herald hospital inc institute journal league
    limited llc ltd ministry movement network news office parliament partners party police
    post press regiment republic school senate service services society squad team times
    tribune trust union united university
    """.split()
)
# Particles inside people's names ("Sainz de la Peña", "van der Berg", "bin Laden").
NAME_PARTICLES = frozenset(
    "de del della di da das dos du la le van von der den bin ibn al el y".split()
)
# Given names that are far more often another word in news text.
NOT_GIVEN_NAMES = frozenset(
    """
    April August June May March Will Grant Major Rich Bill Sunday Summer Winter Autumn
    Christian Israel Jordan Georgia Victoria Virginia Carolina Florida Austin Chelsea
    Florence Sydney Paris Santiago Regina Lincoln Madison Dakota China India Star Hope
    Faith Angel Joy Royal Young Long Price Rose Chance Guy Van Del Le
    """.split()
)


@functools.cache
def common_surnames() -> frozenset[str]:
    """Surnames (lower case: "mcauliffe") borne by at least 1 in 100,000 people in the US
    Census Bureau's 1990 list, as the ``names`` package ships it (public domain data).

    >>> "snowden" in common_surnames() and "reddit" not in common_surnames()
    True
    """
    return frozenset(name.lower() for name in _census_names(("dist.all.last",), 0.001))


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names (Title Case): the US Census Bureau's 1990 lists of male and
    female first names, as the ``names`` package ships them (public domain data),
    keeping names borne by at least 1 in 10,000 people and leaving out
    :data:`NOT_GIVEN_NAMES`.

    >>> "Lidia" in given_names() and "Forest" not in given_names()
    True
    """
    return frozenset(name.title() for name in _census_names(_FIRST_NAMES, 0.01)) - NOT_GIVEN_NAMES


@functools.cache
def any_given_names() -> frozenset[str]:
    """The given names (Title Case) of the same census lists borne by at least 1 in
    50,000 people, however often the word is a noun too ("Hunter", "Christian", "Guy"):
    whether a capitalised word may be someone's first name rather than a title glued to
    it. (The tables' lowest share, 0.001 per cent, holds forms of address such as "Miss".)

    >>> "Hunter" in any_given_names() and "Comedian" not in any_given_names()
    True
    >>> "Miss" in any_given_names()
    False
    """
    return frozenset(name.title() for name in _census_names(_FIRST_NAMES, 0.002))


#: The ``names`` package's census tables of first names.
_FIRST_NAMES = ("dist.male.first", "dist.female.first")


@functools.cache
def name_genders() -> dict[str, str]:
    """ "male" or "female" for the given names (Title Case) that the US Census Bureau's
    1990 lists, as the ``names`` package ships them, give ten times as often to one sex
    as to the other; names borne by both ("Jordan", "Kim", "Leslie") are left out, as a
    pronoun may then point to either.

    >>> name_genders()["Catherine"], name_genders()["Charles"], "Jordan" in name_genders()
    ('female', 'male', False)
    """
    shares: dict[str, list[float]] = {}
    for column, table in enumerate(("dist.male.first", "dist.female.first")):
        for name, percent in _census_shares(table):
            shares.setdefault(name.title(), [0.0, 0.0])[column] = percent
    genders: dict[str, str] = {}
    for name, (male, female) in shares.items():
        if male >= 10 * female:
            genders[name] = "male"
        elif female >= 10 * male:
            genders[name] = "female"
    return genders


def _census_shares(table: str) -> Iterator[tuple[str, float]]:
    """The names of one of the ``names`` package's census tables with the per cent of
    people who bear each."""
    from importlib import resources

    text = resources.files("names").joinpath(table).read_text(encoding="ascii")
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            yield fields[0], float(fields[1])


def _census_names(tables: tuple[str, ...], min_percent: float) -> Iterator[str]:
    """The names of the ``names`` package's census tables (lines "NAME PERCENT ...") borne
    by at least ``min_percent`` per cent of people (0.001 is 1 in 100,000). Read on first
    use: the tables are a few MB and most runs never ask."""
    for table in tables:
        for name, percent in _census_shares(table):
            if percent >= min_percent:
                yield name


# Plural and collective nouns for groups of people who act: with no country or name
# before them ("gunmen", "the police", "angry protesters") they are a Group actor of
# their document; the value is the group's head, one per kind ("policemen" -> police).
# The armed-forces nouns of names.json -> group_nouns are read first.
GROUP_ACTOR_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "police policemen policewomen cops gendarmes".split() + ["police officers"], "police"
    ),
    **dict.fromkeys("gunmen shooters".split() + ["armed men", "masked men"], "gunmen"),
    **dict.fromkeys("protesters protestors demonstrators marchers".split(), "protesters"),
    **dict.fromkeys("militiamen militias militia".split(), "militia"),
    **dict.fromkeys(
        ["security forces", "security personnel", "security officers"], "security forces"
    ),
    **{
        noun: noun
        for noun in """
        militants insurgents fighters jihadists extremists terrorists attackers assailants
        bombers hijackers kidnappers abductors captors pirates robbers looters rioters mob
        crowd gang gangs settlers activists students workers strikers villagers residents
        investigators prosecutors firefighters rescuers paramedics medics lawmakers
        legislators voters supporters opponents critics hackers smugglers poachers
        guerrillas commandos snipers officers guards
        """.split()
    },
    # People named by what they do or are, who act together in news: each its own head.
    **{
        noun: noun
        for noun in """
        leaders officials authorities experts analysts advisers advisors agents diplomats
        envoys ministers lawyers attorneys judges doctors nurses journalists reporters
        correspondents editors writers researchers scientists engineers teachers farmers
        miners traders dealers merchants bankers investors donors creditors owners managers
        executives employees staffers aides spokesmen representatives delegates negotiators
        mediators monitors observers inspectors detectives agencies officers guards soldiers
        veterans recruits volunteers refugees migrants immigrants survivors victims witnesses
        relatives families parents men women youths teenagers students fans players winners
        elites rulers politicians senators governors mayors candidates demonstrators citizens
        members loyalists nationalists separatists islamists communists royalists
        """.split()
    },
}
# Endings of plural nouns for people that no list can hold ("journalists", "civilians").
GROUP_ACTOR_ENDINGS = ("ists", "ians", "smen", "swomen")


# ---------------------------------------------------------------- factuality (kg.extract.modality)
# What makes an action something other than a reported fact; see docs/extraction.md.
#: Words that name no one: a subject that denies the event ("nobody was hurt", "neither side
#: attacked"), a doer held to answer for a deed that names none ("no-one claimed it").
NOBODY_WORDS = frozenset({"nobody", "no-one", "noone", "none", "nothing", "neither"})
#: Words after "nothing" or "no" that make it an exception or an understatement, not a
#: denial: "beat nothing but club fighters", "nothing short of a miracle", "no one except the
#: guards", "gave him no small amount of leverage", "no mean feat".
EXCEPTING_WORDS = frozenset("but except save besides short small little mean".split())
#: X VERB Y to V: V is asked of Y (Y is V's actor). Also 'VERB that Y V' and 'VERB for N'.
REQUEST_VERBS = frozenset(
    """
    advise appeal ask beg beseech call command compel demand direct encourage entreat
    exhort force implore instruct invite oblige order petition plead press pressure push
    recommend request require summon tell urge warn
    """.split()
)
#: Request verbs whose direct object is the act asked for ('demanded the release', 'ordered
#: an evacuation', 'urged restraint'); the others take the one asked ('pushed the council',
#: 'told the army'), so an event noun as their object is no request ('pushed back elections').
REQUESTED_OBJECT_VERBS = frozenset(
    """
    command demand order recommend request urge
    """.split()
)
#: A request, call or order for an action: 'a call for the release of', 'an order to withdraw'.
REQUEST_NOUNS = frozenset(
    """
    appeal call command demand instruction order plea request summons ultimatum
    """.split()
)
#: Nouns whose that-clause in the bare subjunctive asks for what it says, as a demanding
#: verb's does: 'the request that the boy be returned', 'his recommendation that the plant
#: close' (a request noun, or one of putting forward: 'the suggestion that he resign').
MANDATIVE_NOUNS = REQUEST_NOUNS | frozenset(
    """
    insistence proposal recommendation requirement suggestion
    """.split()
)
#: X VERB to V: X means or tries to do V; V has not (yet) happened as reported.
INTENT_VERBS = frozenset(
    """
    agree aim attempt consider contemplate decide desire endeavor endeavour hope
    intend like love mean mull need offer plan pledge plot ponder prepare promise propose
    resolve scheme seek strive struggle threaten try vote vow want weigh wish
    """.split()
)
#: Verbs of putting an act forward for others to take up: its gerund is asked for, as after
#: "recommend" ('suggested building new shelters', 'has advocated raising the tax', 'advocated
#: for closing the mine', 'proposed closing the library'); the "that" clause of "suggest" is
#: a claim too ('suggested that the plan failed').
PROPOSING_VERBS = frozenset({"advocate", "propose", "suggest"})
#: Verbs whose gerund is an act put forward for anyone, its doer unnamed: "the study
#: suggested eating less salt", "doctors advise keeping windows open" (the study eats
#: nothing, the doctors keep no windows). Not "propose": who proposes a course most often
#: proposes their own ("the council proposed closing the library": the council closes it).
ADVISING_VERBS = (PROPOSING_VERBS - {"propose"}) | {"advise", "recommend"}
#: Verbs whose gerund names an act that what the subject is calls for, whoever does it: "the
#: treatment involves cleaning the wound", "the job requires driving at night" (the treatment
#: cleans nothing, the job drives no one). Not their infinitive ("means to win": the one who
#: means it wins).
ENTAILING_VERBS = frozenset({"entail", "involve", "necessitate", "require"})
#: A plan, attempt or threat to act: 'a plan to attack', 'an attempt to seize', 'threats of an
#: attack'.
INTENT_NOUNS = frozenset(
    """
    agreement aim ambition attempt bid campaign commitment deal decision desire determination
    drive effort goal hope hopes intent intention mission offer pitch plan pledge plot
    preparation preparations promise proposal push quest readiness resolve scheme threat try
    vow willingness wish
    """.split()
)
#: Verbs whose passive with an infinitive tells the act as done, as "was forced to" does:
#: 'thousands have been pushed to move' (they moved); the active asks ('pushed them to move').
PUSHED_VERBS = frozenset({"push"})
#: Nouns of a puzzle about a happening, which takes the happening as real: 'the mystery
#: behind the death', 'the riddle of the fire', 'the circumstances surrounding the crash'.
PUZZLE_NOUNS = frozenset({"circumstance", "circumstances", "mystery", "puzzle", "riddle"})
#: Nouns of pressing others to act: 'the mayor's push to approve the tower' (the council
#: approves it, not the mayor), with the request nouns ('the union's call to strike').
PRESSING_NOUNS = frozenset({"push"})
#: Words of trying: what an attempt is made by was done ("tried to calm them by joking",
#: "an effort to win them over by raising pay"), though its aim may not be reached.
ATTEMPT_WORDS = frozenset("attempt bid effort endeavor endeavour seek strive struggle try".split())
#: Powers held to act, which never do the act themselves: 'calls for new powers to ban
#: imports', 'pressed for the right to strike' (kg.extract.actors: after "for", not its subject).
CAPACITY_NOUNS = frozenset("ability capacity freedom mandate means permission power right".split())
#: A chance or means to act, not an act: 'a way to commit fraud', 'the right to vote'.
POSSIBILITY_NOUNS = frozenset(
    """
    ability capacity chance danger evidence fear freedom likelihood means need
    opportunity option permission possibility potential power pressure prospect reason
    right risk rumor rumour sign speculation temptation time way ways
    """.split()
)
#: be VERB to V: V lies ahead ('is set to', 'is expected to', 'is due to', 'is going to', 'is
#: about to').
FUTURE_WORDS = frozenset(
    """
    about bind certain due expect go poise schedule set slate sure
    """.split()
)
#: Verbs whose object lies ahead: 'awaiting trial', 'expects an offensive'.
AWAITING_VERBS = frozenset(
    """
    anticipate await expect
    """.split()
)
#: Verbs whose object (an event noun) is feared as a thing that may come: 'residents fear an
#: attack', 'dread a strike'.
FEARING_VERBS = frozenset(
    """
    dread fear
    """.split()
)
#: Verbs that warn "of" or "about" an event that may come: 'officials warned of a strike'.
WARNING_VERBS = frozenset(
    """
    caution warn
    """.split()
)
#: Verbs that tell, now, of a thing still ahead: a time ahead after them is the thing's, not
#: theirs ('foretells a triumph next year', 'threatens a strike next week', 'plans a tour next
#: year'). Not 'vote', 'decide', 'consider' or 'prepare', done at the time they are set for.
FORETELLING_VERBS = frozenset(
    """
    forecast foretell intend plan pledge promise prophesy threaten vow
    """.split()
)
#: be WORD to V: V is probable, not reported ('is likely to attack').
LIKELIHOOD_WORDS = frozenset(
    """
    liable likely probable unlikely
    """.split()
)
#: X VERB to V / it VERB that: V may or may not be so ("a video purporting to show the
#: crash": the video claims to show it, as one that appears to).
POSSIBILITY_VERBS = frozenset(
    """
    appear could may might purport risk seem
    """.split()
)
#: Verbs of seeming whose clause after "like", "as if" or "as though" is only how things
#: look: "it seems like they are saying no", "it looks as if the gate was forced". "feel"
#: is one only after a dummy "it" ("it feels like we won"; "I feel like I won" is a view).
SEEMING_VERBS = frozenset("appear look seem sound".split())
#: Words that open such a clause after "as": "as if", "as though" (or "like" alone).
LIKENESS_MARKS = frozenset("if though".split())
#: Adverbs that make a statement a possibility.
#: ("allegedly" and "reportedly" are not here: they say whose claim it is, which the
#: source carries, "He allegedly drove to the depot" being told as done by the accusers.)
HEDGE_ADVERBS = frozenset(
    """
    apparently hopefully likely maybe perhaps possibly potentially presumably probably
    supposedly
    """.split()
)
#: Adverbs that put an act just short of happening: "the jet was nearly downed", "the boy
#: almost drowned" (neither happened). Not "barely", "narrowly" or "hardly" ("narrowly
#: escaped" and "barely won" did happen).
NEAR_MISS_ADVERBS = frozenset({"nearly", "almost"})
#: Verbs of a change by a factor, which "nearly" only rounds: "prices nearly doubled"
#: did rise, by a little less than twice.
FACTOR_CHANGE_VERBS = frozenset("double triple treble quadruple halve".split())
#: Adjectives that make an event noun a possibility: 'an apparent snub', 'the alleged attack'.
HEDGE_ADJECTIVES = frozenset(
    """
    alleged apparent likely possible potential presumed probable purported suspected
    """.split()
)
#: Subordinators of purpose: 'so that', 'lest'. 'in order to' and bare 'to' clauses are read from
#: the parse.
PURPOSE_MARKS = frozenset(
    """
    lest
    """.split()
)
#: Subordinators of a condition: what the clause says holds only if ...
CONDITION_MARKS = frozenset(
    """
    assuming if lest provided providing should suppose supposing unless whether
    """.split()
)
#: Nouns whose infinitive is done by the subject of the verb that governs them, not by the noun:
#: 'found a way to commit fraud', 'went in order to buy', 'is in talks to buy the club'
#: (kg.extract.actors). With the intent and possibility nouns, their owner does it: 'the
#: council's refusal to negotiate' (the council).
CONTROLLER_NOUNS = frozenset(
    """
    choice commitment eagerness failure inability move negotiation obligation order refusal
    reluctance talk unwillingness
    """.split()
)
#: Nouns of style after "in" that a participle before them describes, as an adjective: 'won
#: in convincing fashion', 'in stunning style' (kg.extract.non_events: no act of convincing).
STYLE_NOUNS = frozenset({"fashion", "manner", "style"})
#: Nouns of an occasion or a trouble taken to do something, whose infinitive is done by the
#: one who takes it: 'took pains to stress that ...', 'was at pains to say', 'used the
#: occasion to warn that ...' (kg.extract.cue_speakers: the taker speaks).
OCCASION_NOUNS = frozenset("care chance moment occasion opportunity pain pains trouble".split())
#: Nouns of what one goes through in doing something, whose gerund is done by the one who
#: has them: 'had trouble paying the staff', 'has experience running a port' (kg.extract.actors).
#: Other nouns had with a gerund do it themselves: 'a record going back years'.
HARDSHIP_NOUNS = frozenset("difficulty experience fun luck problem success time trouble".split())
#: Nouns that say what is to be done, never who does it: 'their aim is to seize the port' (their
#: owner does it), 'the next step will be to rebuild the bridge', 'the challenge is to get ...'
#: (no one is named); with the intent, possibility and controller nouns (kg.extract.actors).
TASK_NOUNS = frozenset(
    """
    alternative answer challenge duty focus idea instinct job key mandate message objective
    point priority problem purpose remedy response responsibility role solution step strategy
    tactic task
    """.split()
)
#: Adjectives whose infinitive is done by the one they describe: 'the guards were unable to hold
#: the gate', 'troops ready to advance' (kg.extract.actors). Not 'it is hard to say', where the
#: subject is no doer.
CONTROL_ADJECTIVES = frozenset(
    """
    able afraid anxious careful desperate determined due eager first keen last likely poised
    prepared quick ready reluctant set slow unable unlikely unwilling willing
    """.split()
)
#: Adjectives whose "not" is their infinitive's: "prices are not likely to fall", "the
#: council is not willing to sell" (the fall and the sale are denied as well as unsure or
#: unwanted). Not "afraid", "slow" or "reluctant": "not slow to act" tells that they acted.
NOT_PASSING_ADJECTIVES = frozenset(
    """
    certain due eager keen liable likely poised prepared probable ready set sure willing
    """.split()
)
#: Adjectives of being exposed to something, whose "to" is a preposition before a noun that
#: the tagger may read as a verb: "left open to blackmail", "vulnerable to attack", "exposed
#: to abuse". The one described undergoes the act; it does not do it (kg.extract.actors).
EXPOSURE_ADJECTIVES = frozenset({"exposed", "open", "susceptible", "vulnerable"})
#: Verbs of beating a rival, whose object is the one beaten: the infinitive after it is the
#: winner's aim, not the loser's ('beat the champion to win the belt', 'ousted the mayor to
#: take the seat'; kg.extract.actors).
DEFEATING_VERBS = frozenset(
    """
    beat crush defeat edge eliminate floor oust outplay outpoint outscore overpower rout
    thrash topple trounce unseat upset
    """.split()
)
#: Verbs whose object, an act, is done by their subject: 'the gang committed a robbery', 'the
#: council imposed an embargo', 'the court issued a ban' (the robbery is the gang's, the ban
#: the court's; kg.extract.actors.performer).
PERFORMING_VERBS = frozenset({"commit", "impose", "issue", "levy", "perpetrate"})
#: Nouns of a bargain struck between sides: 'a deal between the two firms to buy the port'
#: (kg.extract.actors: the sides act on it, not whoever arranged it).
AGREEMENT_NOUNS = frozenset("accord agreement arrangement contract deal pact treaty".split())
#: Verbs of bringing others to a bargain, the go-between's: 'the bank brokered a deal to buy
#: the port' (the bank buys nothing; kg.extract.actors).
BROKERING_VERBS = frozenset({"broker", "mediate", "facilitate"})
#: X VERB to V says V happened (or, for the negative ones, did not): 'managed to escape', 'began
#: to shell', 'was forced to retreat'. An infinitive under any other word is not reported as done.
IMPLICATIVE_VERBS = frozenset(
    """
    acknowledge admit begin cause cease come compel confess continue dare decline fail
    force forget get happen help inspire keep lead manage neglect oblige proceed prompt
    quit refuse remember resume spur start stop succeed tend
    """.split()
)
#: Implicative verbs whose denial denies the act too: 'never got to reopen', 'did not dare to
#: speak', 'has not begun to pay' (not reopened, spoken, paid). Not the verbs of making others
#: act ('did not force them to leave': they may have left all the same).
DENIED_WITH_ACT_VERBS = frozenset(
    "begin come dare get happen manage proceed remember start succeed".split()
)
#: Verbs of knowing whose finite clause is taken as true whatever governs the knowing: 'it is
#: important to remember that the firm paid', 'we need to recognize that prices rose', 'wants
#: him to understand that the vote was lost' (paid, rose, lost). Not 'find' or 'learn', whose
#: clause ahead may be a verdict not yet given ('is expected to find that the firm lied').
KNOWING_VERBS = frozenset(
    """
    appreciate forget know notice realise realize recall recognise recognize remember
    understand
    """.split()
)
#: Verbs of calling back to mind what happened or was: their object, when it names a time,
#: a happening or a state ("recalled the night", "recounted the shooting", "remembered his
#: childhood"), holds the places of what is recalled, not of the recalling. Not "recall"
#: as calling back goods or envoys ("recalled the cars in Europe": its object a thing).
RECALLING_VERBS = frozenset("recall recollect recount relive remember reminisce retell".split())
#: Verbs of telling, recalling or judging what happened, whose object act is not their
#: subject's own: "survivors recounted the shooting", "the station reported the attack", "she
#: noted the raids", "residents fear an attack" (kg.extract.actors.announcer: the one who
#: announces a capture claims it; the one who describes a shooting did not shoot).
TELLING_OF_VERBS = RECALLING_VERBS | frozenset(
    """
    allege believe complain conclude describe estimate explain fear note predict quote report
    suspect testify think worry
    """.split()
)
#: What a gerund's present "be" says of an act going on or done, which is no judgement of
#: anyone's act: "rebuilding the school is complete", "evacuating the town is underway";
#: and the phrases that say so ("clearing the debris is under way", "is in progress").
ACT_PROGRESS_WORDS = frozenset(
    "complete completed finished done ongoing underway continuing".split()
)
ACT_PROGRESS_PHRASES = frozenset({("under", "way"), ("in", "progress"), ("in", "swing")})
#: Nouns that name a gerund subject's act as one way out among others, so no act done: "raising
#: taxes is not an option", "cancelling the exams is the only answer", "moving out is not an
#: easy choice" (not a plan or method that may be under way: "cutting costs is the firm's
#: strategy").
OPTION_NOUNS = frozenset("alternative answer choice option remedy solution".split())
#: Nouns of asking whose if-clause right after them is what they ask: "responding to a
#: question if the army could return" (a question put, no condition on the responding).
ASKING_NOUNS = frozenset({"question", "query", "inquiry", "enquiry"})
#: Verbs of saying or thinking that take no gerund of an act of their subject's: a gerund the
#: parse hangs on them heads the subject of the clause said ("says shutting the campuses is
#: unsustainable", "said legalizing it could create jobs"). Not "admit", "deny", "recall",
#: "report" or "suggest", whose gerund is an act told or put forward ("admitted taking it").
GERUNDLESS_SAYING_VERBS = frozenset("say argue contend insist add note believe think".split())
#: Verbs of choosing: a choice told in the past is the act chosen done ('opted to back the plan',
#: 'chose to stay', 'elected to receive the ball', 'decided to sell the house').
CHOICE_VERBS = frozenset({"choose", "decide", "opt", "elect"})
#: Verbs that tell an option taken: a gerund named as "the solution they chose last year",
#: "the option the council adopted" or "the choice they made" is the act chosen, done as after
#: "chose to" (an option rejected, weighed or proposed is not taken).
OPTION_TAKING_VERBS = CHOICE_VERBS | frozenset({"adopt", "make", "pick", "select"})
#: Words that put a time ahead of the moment told: 'decided on Monday to close the plant next
#: year', 'chose to wait until the coming season', 'will meet tomorrow'.
TIME_AHEAD_WORDS = frozenset({"next", "coming", "upcoming", "tomorrow"})
#: Verbs of making sure: their that-clause happens only as the making sure does ('we must
#: ensure that the council oversees the deals': asked for; 'the police ensured that the march
#: ended peacefully': done). "see to it that" is read from "see" with "to it".
ENSURING_VERBS = frozenset({"ensure", "insure"})
#: Verbs of wishing: the finite clause they take is wished for, not told ('hopes that the
#: council approves the plan', 'wants the old mill demolished', 'prayed the rain stops').
#: Not "like" ('liked that he spoke his mind': it was so) nor "expect" (a forecast, read
#: with the future words).
WISHING_VERBS = frozenset({"hope", "pray", "prefer", "want", "wish"})
#: Verbs of holding back: an act one "could not" or "cannot" hold back from is done ('could
#: not resist taunting the fans', 'couldn't help laughing', 'can't help but worry').
HOLDING_BACK_VERBS = frozenset({"help", "resist"})
#: Verbs of taking part whose gerund after "in" is as done as they are: 'assisted in fetching
#: it' (done), 'wanted them to assist him in fetching it' (wanted too). Not a noun after "in"
#: ('declined to participate in the debate'): that event is there without them.
JOINING_VERBS = frozenset({"assist", "engage", "participate"})
#: Implicative verbs that say V did not happen: 'failed to stop', 'declined to comment'.
NEGATIVE_IMPLICATIVES = frozenset(
    """
    decline fail forget neglect refuse
    """.split()
)
#: Adjectives that judge an act, or tell how one felt about it, done: 'it was rude of him to
#: leave', 'was wrong to sack the coach', 'was quick to condemn', 'was shocked to learn'. The act
#: is as real as the judging ('would be wise to wait': conditional); not 'eager', 'ready' or
#: 'happy to help' (a wish or an offer), nor 'slow to respond' (not yet, or not enough).
FACTIVE_ADJECTIVES = frozenset(
    """
    brave careful careless clever courageous cruel foolish fortunate lucky mistaken quick right rude
    silly smart stupid unwise wise wrong
    absurd discourteous disgraceful disrespectful hasty inappropriate irresponsible outrageous rash
    reckless ridiculous selfish shameful unacceptable unfair unjust
    amazed astonished disappointed horrified proud relieved saddened shocked sorry stunned
    surprised
    """.split()
)
#: Nouns that judge an act as a wrong or a loss: 'it was a mistake to send them home' (they
#: were sent).
JUDGING_NOUNS = frozenset("mistake error blunder shame disgrace outrage scandal travesty".split())
#: Words that rank a doer among those who did the act: 'the first woman to climb it', 'the
#: latest firm to cut jobs', 'the only team to win twice' (they did).
RANKING_WORDS = frozenset("first second third last latest only".split())
#: Nouns a ranking word ranks no doer by, besides chances, plans and tasks: 'the first time to
#: speak', 'the only way to win'.
RANKED_NON_DOERS = frozenset("time way place thing day year".split())
#: Verbs of finding out: after an act, their infinitive with what was found tells what the act
#: came upon ('arrived to find the house looted', 'woke to see smoke rising'), no purpose.
DISCOVERY_VERBS = frozenset("find discover see hear learn".split())
#: Nouns of a ban, whose act after "on" or "against" is kept from happening, as after a
#: preventing verb: "the ban on selling alcohol", "a moratorium on drilling".
BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium", "embargo"})
#: Verbs that undo a ban or break it, after which its act is no longer kept from happening:
#: "lifted the ban on selling", "defied the ban on marching".
BAN_ENDING_VERBS = frozenset(
    "lift end overturn repeal rescind scrap remove ease relax waive reverse suspend drop"
    " violate defy flout breach break evade challenge oppose".split()
)
#: Verbs that keep someone from an act: "police prevented the crowd from entering the square":
#: the entering, as told, did not happen. Also verbs that shield someone from what would be
#: done to them: "protected the shops from being driven out", "spared the staff from losing
#: their jobs", "saved the dogs from being put down" (not when what is saved is money, time
#: or an amount: "saved money from selling the car" sold it; see
#: :func:`kg.extract.negation.prevents`).
PREVENTING_VERBS = frozenset(
    """
    prevent stop keep block bar ban prohibit forbid deter dissuade restrain hinder
    preclude discourage protect shield spare safeguard insulate rescue save
    """.split()
)
#: The preposition and noun before "for" that make its gerund what an act is traded for:
#: "in return for winning the contract", "in exchange for dropping the charges", "as the
#: price for joining the pact". Holds only as the act traded does (not "paid a price for").
TRADE_PHRASES = frozenset({("in", "return"), ("in", "exchange"), ("as", "price")})
#: Verbs of an analyst's control, which with "for" after "when" or "after" name no doer of
#: the clause they hang on: "earned more, even when adjusting for rents", "after controlling
#: for income" (the writer's method; not "exports rose, accounting for half of sales").
STATISTICAL_CONTROL_VERBS = frozenset({"account", "adjust", "control", "correct"})
#: Verbs whose object is yet to be made or found while the act is not done: "wants to create
#: an economy that works for all", "we need a law that bans it": what the thing does holds
#: only as the making or the seeking does (not "hire", "elect" or "meet": the person exists).
MAKING_OR_SEEKING_VERBS = frozenset(
    """
    build create craft design develop devise draft enact establish forge form need pass
    seek want
    """.split()
)
#: Preventing verbs whose "from" may be left out, the act then a gerund with its own doer:
#: "rules prevent groups meeting indoors", "crews stopped the fire spreading" (British usage;
#: not "keep": "kept them waiting" made them wait).
PREVENTING_WITHOUT_FROM = frozenset({"prevent", "stop"})
#: Verbs that argue against the act their gerund names: "opposed raising the wage", "rejected
#: cutting the budget", "objected to paying": an act proposed and resisted, not told as done.
OPPOSING_VERBS = frozenset("oppose reject resist object".split())
#: Verbs that forbid the act their gerund names: "the rules forbid using state funds",
#: "the law prohibits selling alcohol" (not "stop" or "keep": "stopped selling" ceased it,
#: "kept selling" went on).
FORBIDDING_VERBS = frozenset("forbid prohibit ban bar outlaw".split())
#: What a defendant "faces" when it is a penalty not yet given: "faces up to 20 years in
#: prison", "could face life in jail", "faces a fine" (not "faces charges", "faced
#: criticism": those are told as happening).
PENALTY_NOUNS = frozenset(
    """
    year month life sentence penalty fine jail prison imprisonment death execution
    deportation extradition term
    """.split()
)
#: Adjectives and verbs of ability or permission: what follows may happen ('able to', 'allowed
#: to', 'entitles X to').
#: X VERB Y to V / X VERB Y V: X lets V happen; asked to let it, X is asked for V, and
#: asked not to let it, asked that V not happen ('do not allow them to use the port').
PERMITTING_VERBS = frozenset({"allow", "authorise", "authorize", "let", "permit"})
#: Verbs whose object does the infinitive that follows it: 'got the others to freeze output',
#: 'persuaded the council to delay the vote' (kg.extract.actors).
CAUSING_VERBS = frozenset("cause convince enable get induce persuade prompt".split())
ABILITY_WORDS = frozenset(
    """
    able allow authorise authorize capable difficult easier easy empower enable entitle
    free hard harder impossible permit possible ready unable
    """.split()
)


# ---------------------------------------------------------------- who may act (kg.extract.roles)
# An actor acts (a person, an organisation, a group, a state), as in KAIROS' and RAMS' agent roles.
#: Verbs whose subject undergoes the event: 'three soldiers died' names victims, so the subject is
#: the target.
#: Verbs that say someone did a deed, named after a preposition: "suspect the ministry of
#: hiding", "the man accused of punching", "charged with murdering", "blamed Moscow for the
#: attack". The accused is the deed's doer and the accuser its source (a claim, not a fact).
ACCUSATION_VERBS = frozenset(
    """
    accuse acquit blame charge condemn convict credit criticise criticize fault implicate
    indict praise prosecute punish sentence sue suspect thank
    """.split()
)
ACCUSATION_PREPOSITIONS = frozenset({"of", "for", "with", "in"})
#: Place nouns that also name the people who govern or live there, so they can act: "the
#: country exported its first shipment", "the city imposed a curfew". Other place nouns
#: ("the cafe", "a metro station") never act. A district is one too, a division that
#: governs itself as a county does ("the school district approved the budget").
POLITY_NOUNS = frozenset(
    """
    capital city council country county district kingdom municipality nation oblast
    province region republic state territory town village
    """.split()
)
#: Last words of the names of sporting and other events ("the Boston Marathon", "the
#: World Cup", "the Oscars"): such a name is no actor, nor the doer of an event noun it
#: stands before ("the Boston Marathon bombing", "an Oscars protest"). Capitalised, as
#: names write them.
EVENT_NAME_HEADS = frozenset(
    "Marathon Cup Olympics Olympiad Festival Championship Championships Oscars Grammys "
    "Emmys".split()
)
#: Bodies that act by force or govern, whose noun before an event noun names its doer:
#: "a police raid", "the coalition strike", "regime attacks" (kg.extract.actors). Not
#: bodies an act is as often held by or for as done by ("a jury trial", "a party
#: shooting", "a parliament election").
ACTING_BODY_NOUNS = frozenset(
    "administration army coalition gang government junta militia military navy police "
    "regime".split()
)
#: Verbs a happening does with no one doing it: "the war started", "as the crisis unfolded";
#: their "it", after a happening named in its sentence, stands for it (kg.extract.roles).
HAPPENING_VERBS = frozenset(
    """
    begin continue end erupt escalate happen intensify last occur resume spread start unfold
    """.split()
)
UNDERGOER_VERBS = frozenset(
    """
    bleed die drown perish starve succumb suffocate
    """.split()
)
#: Pronouns for a thing, never for someone who acts: "nothing suggests a leak", "something
#: hit the car", "if nothing is done to stop it" (kg.extract.roles, kg.extract.actors).
THING_PRONOUNS = frozenset({"nothing", "something", "anything", "everything"})
#: Head nouns of instruments, weapons, happenings and forces of nature: 'the blast injured 13',
#: 'an IED killed a general'. They cause, they do not act, so they are never an actor.
CAUSE_NOUNS = frozenset(
    """
    accident airstrike airstrikes artillery attack attacks avalanche battle battles
    blast blasts bomb bombing bombings bombs bullet bullets car cholera clash clashes
    collapse collision conflict constitution crash crisis cyclone device devices disease
    drone drones drought earthquake epidemic explosion explosions explosive explosives
    fever fighting fire fires flood flooding floods grenade grenades gun gunfire guns
    heatwave hurricane ied ieds incident incidents knife lack landmine landslide law
    mine mines missile missiles mortar mortars motorcycle opportunity outbreak pandemic
    policy pressure quake raid raids rifle rocket rockets rule shell shellfire shelling
    shells shooting shootings shortage storm strike strikes truck tsunami typhoon
    vehicle violence virus war way ways weapon weapons wildfire
    """.split()
)
#: Event nouns whose possessor underwent the event: 'his arrest', 'her trial', 'their deaths' name
#: the one arrested, tried or killed, so the possessor is the target.
PATIENT_NOUNS = frozenset(
    """
    abduction appointment arrest assassination beating beheading burial capture conviction
    death deaths deportation detention disappearance dismissal election evacuation execution
    extradition firing funeral imprisonment indictment injuries injury interrogation
    kidnapping killing murder nomination prosecution release rescue resignation sentence
    sentencing shooting slaying torture trial wounding
    """.split()
)


# --------------------------------------------------------------- document hygiene (kg.read.hygiene)
# Lines and phrases that come with an article but are not its news; see docs/hygiene.md.
#: Words of page furniture: a short line made only of these ("Also Like", "Read more",
#: "4 of 12 Autoplay Skip Ad Close Full Screen", "Share this video") is navigation.
NAVIGATION_WORDS = frozenset(
    """
    ad ads advertisement advertising also app article articles autoplay back bookmark
    caption captions click close comment comments continue copy copyright cookie cookies
    direct download e-mail editor's email embed facebook feed follow full gallery google+
    hide home image images instagram like link linkedin links listen live load loading
    log login logout main menu more most next now of on our photo photos picks play
    popular post previous print read recommended related reply report save scroll search
    see share show sign skip slideshow sponsored stories story subscribe subscription
    tags this to top trending tumblr tweet twitter up updates video videos view watch
    whatsapp you your
    """.split()
)
#: Phrases that open a photo caption or credit; a line (or, in text without line
#: breaks, a sentence) that starts with one is a caption. Matched without case.
CAPTION_OPENERS = (
    "image copyright",
    "image caption",
    "media caption",
    "image source",
    "file -",
    "file –",
    "file —",
    "file photo",
    "file:",
    "photo:",
    "photos:",
    "photograph:",
    "picture:",
    "pictured:",
    "image:",
    "caption:",
    "credit:",
    "photo credit",
)
#: Words that open an aside in brackets describing a photo beside the text: "farms hit by
#: cheap imports (pictured, cattle at a ranch near X)", "the minister (left, in X last
#: week)". What the aside places is in the photo, not in the sentence's events.
CAPTION_ASIDE_WORDS = frozenset(
    "pictured above below left right centre center inset top bottom".split()
)
#: Words that credit a photo inside a line: 'Photograph: Dana Holt/Reuters'.
#: A line holding one (followed by a colon) is a caption.
CREDIT_WORDS = frozenset({"photograph", "photo", "photos", "picture", "image", "credit"})
#: Phrases that open a link to another article or a video: 'Read more: Why Dunmore
#: farmers ...', 'WATCH: Kestrian Finance Minister ...'. Matched without case, colon included.
RELATED_OPENERS = (
    "read more:",
    "read also:",
    "also read:",
    "more:",
    "related:",
    "see also:",
    "recommended:",
    "watch:",
    "listen:",
    "watch video",
    "share this video",
    "video size",
)
#: Headings of the lists that close a wiki article: what follows them, up to the next
#: heading, is links and references, not news.
LINK_SECTION_HEADINGS = frozenset(
    {"see also", "references", "external links", "further reading", "notes", "sources"}
)
#: Phrases of a byline or a credit line: 'Tobias Renn contributed to this report.'
BYLINE_PHRASES = (
    "contributed to this report",
    "contributed reporting",
    "contributed to this article",
    "reporting by",
    "editing by",
    "writing by",
    "additional reporting",
    "compiled by",
)
#: Phrases of a copyright or reuse notice: 'Copyright 2023 Harbour Radio. All rights reserved.
#: This material may not be published, broadcast, rewritten or redistributed.'
NOTICE_PHRASES = ("all rights reserved", "rewritten or redistributed")
#: Words that open a time-stamp line: 'Published 3 hours ago', 'Updated: 12:40 GMT'.
TIMESTAMP_OPENERS = frozenset({"published", "updated", "posted", "last updated", "modified"})
#: Lines that close a wire story and say nothing: 'Enditem' (Xinhua), '(END)'.
SIGN_OFFS = frozenset({"enditem", "end", "ends", "(end)", "###", "-30-"})
#: Phrases of an invitation to a newsletter or an app: the sentence that holds one is not news.
PROMOTION_PHRASES = (
    "sign up to receive",
    "sign up for our",
    "sign up here",
    "subscribe to our",
    "our newsletter",
    "click here",
    "download our app",
    "follow us on",
    # A newsletter's sign-up box and its small print: 'Enter your email address', 'Type
    # your email into the box above', 'You can unsubscribe at any time'. Not 'your email
    # address' or 'your inbox' alone: a warning about scams names them too.
    "enter your email",
    "enter your e-mail",
    "your email into",
    "we will not share your email",
    "newsletter sign up",
    "unsubscribe at any time",
    "unsubscribe anytime",
    "unsubscribe from this",
)
#: Determiners that open the first sentence of a story; written with a capital right after
#: a headline that has no full stop ('... in SyriaThe desert'), they mark where it ends.
SENTENCE_OPENERS = ("The", "A", "An")
#: Words a headline does not end with: a mid-sentence 'the UN —' is no dateline.
HEADLINE_FINAL_STOPWORDS = frozenset(
    "a an the of to in on at for from by with and or but as that which who said says".split()
)
#: Names on a share bar: three or more in a row ('Email Tumblr Facebook Whatsapp')
#: are page furniture. Matched without case.
SHARE_WORDS = frozenset(
    """
    digg email facebook flipboard google+ instagram linkedin messenger newsvine permalink
    pinterest print reddit send share stumble stumbleupon telegram tumblr twitter
    whatsapp x
    """.split()
)
#: Headings of the list of links that closes many articles ('Read more', 'Related
#: stories'): in the last third of a text, what follows one is links, not the story.
LINK_LIST_HEADINGS = frozenset(
    {
        "read more",
        "read also",
        "also read",
        "related",
        "related stories",
        "related articles",
        "related coverage",
        "related content",
        "more on this story",
        "more stories",
        "more from",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended stories",
        "most read",
        "most popular",
        "see also",
    }
)
#: Verbs of getting in touch, whose "us" in a line to the reader is the page's publisher
#: ("contact us", "tell us what you think").
CONTACT_VERBS = frozenset("call contact e-mail email follow message phone tell text write".split())
#: Words that place a thing on the page the reader has before them ("the list below", "sign
#: up here"), in a clause addressed to the reader (kg.extract.non_events.about_the_page).
PAGE_PLACE_ADVERBS = frozenset({"below", "above", "here"})
#: Verbs of using a page, the only ones whose "here" is the page's ("read the rest here",
#: "sign up here"); "come here" is a place.
PAGE_VERBS = frozenset(
    """
    access check click download find follow learn listen read register see share sign
    subscribe tap view visit watch
    """.split()
)
#: The controls and boxes of a page, whatever their determiner ("click the box", "Hide
#: Caption").
PAGE_PART_NOUNS = frozenset(
    "box button caption checkbox icon link newsletter tab toolbar widget".split()
)
#: What a page holds of its own when "this" or "our" says so ("share this story", "fill in
#: our form"); "the story" alone may be any story.
PAGE_OWN_NOUNS = frozenset(
    """
    app article blog coverage form letter list newsletter page petition podcast site
    story video website
    """.split()
)
#: Words of the name of a page's own section or feed, not of anyone who speaks: a heading
#: "Live Updates - ..." or "Key Points: ..." names no speaker of the quote below it.
PAGE_SECTION_WORDS = frozenset(
    """
    analysis background blog breaking correction editorial exclusive explainer factbox
    gallery highlights key latest live newsletter opinion photos pictures podcast points
    recap summary timeline update updates video watch
    """.split()
)
#: Words that open a sentence; capitalised right after a lowercase word in text whose
#: sentences ran together ('... in the 1990s When the Bolsheviks ...'), they end the caption
#: before them.
CLAUSE_OPENERS = frozenset(
    """
    A After Although An And As At But During He Her His However If In It Its On Once She
    Since Some The Their There These They This Those Though Two Under When While With
    """.split()
)
