"""Whether a verb names an event at all: the first test of a verb frame.

A verb gives no frame (:mod:`kg.extract.frames`) when it names a state ("lived in Quincy"),
a view ("seen as a threat"), a relation ("the clip comes from an interview"), a likeness
("it sounded like a door slamming"), when another act happened ("the raid comes a month
after a theft", "sacked to end the game"), no action of its own (a negative stem, a
participle used as a noun), when it only raises the subject of an infinitive ("the gunmen
are believed to have fled") or describes a noun ("the airport, located on the coast").
Each test takes the verb and answers yes or no; the clause tests they share are in
:mod:`kg.extract.clauses`.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.event_types import superclasses, verb_kind
from kg.extract.clause_words import in_quote
from kg.extract.clauses import (
    NOTHING_IN_PARTICULAR,
    OWN_CLAUSE_DEPS,
    RAISING_VERBS,
    children,
    done_by_someone,
    is_passive,
    modal,
    names_a_person,
    raised_subject,
)
from kg.extract.purposes import takes_time
from kg.extract.requests import asked_to_do, is_imperative, subjunctive
from kg.extract.spans import (
    dependents,
    event_action,
    infinitive,
    is_place,
    it_subject,
    made_plain,
    split_prefix,
)
from kg.lang.en import (
    ACTIVE_STATE_VERBS,
    AGENT_LABELS,
    AMOUNT_LABELS,
    BORNE_STATE_NOUNS,
    CAUSATIVE_STATE_VERBS,
    CLAUSE_IT_VERBS,
    COME_TO_STATE_NOUNS,
    COMING_PREPOSITIONS,
    COMPASS_NAMES,
    CONTACT_VERBS,
    DESTINATION_PREPOSITIONS,
    EXAMPLE_NOUNS,
    FEELING_LEAVING_VERBS,
    FIGURATIVE_PHRASES,
    FIXED_PREPOSITIONS,
    HELD_STATE_NOUNS,
    LINKING_VERBS,
    NEGATIVE_STEMS,
    NUMBERED_GRADE_NOUNS,
    OBJECT_ONLY_VERBS,
    PAGE_OWN_NOUNS,
    PAGE_PART_NOUNS,
    PAGE_PLACE_ADVERBS,
    PAGE_VERBS,
    PARTICIPLE_NOUNS,
    PSYCH_VERBS,
    REGARD_VERBS,
    REPUTE_PARTICIPLES,
    REQUEST_VERBS,
    SCALE_START_VERBS,
    SCALE_TOP_VERBS,
    SKIP_VERBS,
    SPAN_EDGE_VERBS,
    STATE_VERBS,
    STYLE_NOUNS,
    TAKEN_AMOUNT_WORDS,
    TIME_RELATION_NOUNS,
    TIME_RELATION_WORDS,
    TIME_SPAN_NOUNS,
    WHERE_TO_ADVERBS,
    WORN_STATE_VERBS,
)
from kg.lang.wordnet import (
    NOUN_ANIMAL,
    NOUN_ARTIFACT,
    NOUN_BODY,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    NOUN_TIME,
    VERB_WEATHER,
    is_adjective,
    is_adverb,
    noun_classes,
    verb_classes,
)

__all__ = [
    "about_the_page",
    "as_things_stand",
    "by_the_way",
    "comes_under",
    "comes_when",
    "empty_it",
    "frames_a_time",
    "from_now_on",
    "in_a_simile",
    "a_figure_of_speech",
    "names_a_relation",
    "names_a_state",
    "names_a_view",
    "names_no_action",
    "names_no_verb",
    "part_of_a_preposition",
    "price_scale",
    "raises",
    "placed_harm",
    "undergone_by_its_noun",
    "reduced_relative",
    "takes_doers",
    "topic_of_empty_it",
]


def reduced_relative(verb: Token) -> bool:
    """A past participle that describes a noun ("the airport, located on the coast").

    One with its own subject or auxiliary is a clause, whatever the parser hung it on:
    "fear that he could be sent to the US", "the moment the plane disintegrated".
    """
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not children(verb, "agent")
        and not any(c.dep_ in OWN_CLAUSE_DEPS for c in dependents(verb))
    )


#: Kinds of act done to a person that a participle on the person tells in passing when it
#: names where it was done: "the courier hanged in Kestria last spring", "a man arrested
#: at the border". Killing is below Death.
_PLACED_HARM_KINDS = frozenset({"Death", "Injury", "Arrest"})
#: Prepositions that say where an act was done (not "from" or "to": a route).
_WHERE_DONE_PREPOSITIONS = frozenset({"in", "at", "inside", "outside", "near"})


def placed_harm(verb: Token) -> bool:
    """Whether a reduced relative (:func:`reduced_relative`) tells an act done to its noun,
    not a state it is in: a killing, a harm to the body or an arrest with a place of its own
    ("the courier hanged in Kestria last spring had ...", "the body of a man killed in
    Kestria"). The act happened where the phrase says; "the men killed in the raid" (no
    place) and "the airport, located on the coast" (no such act) stay descriptions."""
    kind = verb_kind(verb.lemma_)
    if kind is None or not {kind, *superclasses(kind)} & _PLACED_HARM_KINDS:
        return False
    return any(
        is_place(place)
        for prep in children(verb, "prep")
        if prep.lower_ in _WHERE_DONE_PREPOSITIONS
        for place in children(prep, "pobj")
    )


#: Kinds of act that a past participle on a noun tells as done to what the noun names, a
#: happening of its own: "the imprisoned poet", "the villages destroyed", "a convicted
#: forger", "the ousted mayor", "the seized rifles". Killing is below Death. Not attacks:
#: their participles mostly name a kind or a figure ("coal-fired", "a hit show", "the
#: targeted voters"); nor the kinds whose participles name a standing ("elected officials",
#: "a charged debate", "funded projects").
_UNDERGONE_KINDS = frozenset(
    {"Death", "Injury", "Arrest", "Damage", "Conviction", "Dismissal", "TakeControl", "Crime"}
)


def undergone_by_its_noun(verb: Token) -> bool:
    """Whether a past participle set on a noun, before it ("the imprisoned poet") or right
    after it ("the poet imprisoned in May", "those imprisoned"), tells an act the noun underwent
    (:data:`_UNDERGONE_KINDS`): the act happened, and the noun is its target.

    Not one with a subject or auxiliary of its own ("has convicted"): a clause; not one
    after a hyphen ("a war-torn town"): a compound adjective that names a kind; not one
    between quotation marks (a "stolen" vote): the writer's distance from the word; not
    one the parse hangs on a noun it does not follow; and damage only to a thing or a
    place ("the burnt bank"): to a party or a truce ("a shattered party", "a collapsed
    ceasefire") it is a figure of speech."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in {"amod", "acl"} or not _undergoer(noun):
        return False
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in dependents(verb)):
        return False
    if verb.i > 0 and verb.doc[verb.i - 1].text == "-":
        return False
    if _between_quotation_marks(verb):
        return False
    if verb.dep_ == "acl" and not _follows(verb, noun):
        return False
    kind = verb_kind(verb.lemma_)
    if kind is None:
        return False
    kinds = {kind, *superclasses(kind)}
    if "Damage" in kinds and not _a_thing_or_place(noun):
        return False
    if "Dismissal" in kinds and not _a_person_or_body(noun):
        return False  # "the dismissed claims", "a dismissed case": rejected, no post lost
    return bool(kinds & _UNDERGONE_KINDS)


def _undergoer(word: Token) -> bool:
    """Whether a participle's head can be what underwent its act: a noun, a name, a number
    ("two of the 12 killed") or "those" ("those arrested")."""
    return word.pos_ in {"NOUN", "PROPN", "NUM"} or word.lower_ == "those"


def _follows(verb: Token, noun: Token) -> bool:
    """Whether the participle's phrase comes right after its noun, a comma at most between
    ("the crew arrested", "the crew, arrested"): a participle the parse hung on a noun
    further back belongs to another."""
    return all(t.is_punct for t in verb.doc[noun.i + 1 : verb.left_edge.i])


def _between_quotation_marks(word: Token) -> bool:
    """Whether a word stands alone between quotation marks: 'a "stolen" vote'."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i - 1].is_quote and doc[word.i + 1].is_quote


def _a_person_or_body(noun: Token) -> bool:
    """Whether a participle's noun can hold a post: a person or people (a name, "those",
    "the officer"), or a body by its name or its first WordNet sense ("the board", "the
    dismissed staff"); not a claim, a case, a charge or a suit, which are dismissed as
    unfounded."""
    if noun.lower_ == "those" or noun.ent_type_ in AGENT_LABELS or names_a_person(noun):
        return True
    return noun.pos_ == "NOUN" and noun_classes(noun.lemma_.lower())[:1] == (NOUN_GROUP,)


def _a_thing_or_place(noun: Token) -> bool:
    """Whether a common noun names a thing made, an object or a place by its first two
    WordNet senses ("cars", "a bank", "the village"), what can be damaged outright."""
    if noun.pos_ != "NOUN":
        return False
    senses = set(noun_classes(noun.lemma_.lower())[:2])
    return bool(senses & {NOUN_ARTIFACT, NOUN_OBJECT, NOUN_LOCATION})


def in_a_simile(verb: Token) -> bool:
    """What a comparison imagines: a verb that describes the object of a "like" on a verb
    or an adjective ("it sounded like somebody throwing a car off a roof", "spoke like a
    teacher praising a pupil"). A "like" on a noun means "such as" and names real doers
    ("groups like the militia, which attacked the port"), and so, most often, do a relative
    clause ("like the chief who was beaten in his hotel") and a bare gerund ("took measures,
    like pulling up the ladders")."""
    like = verb.head  # "like [somebody throwing ...]": the parser's clause after "like"
    if verb.dep_ == "acl" and like.dep_ == "pobj":
        like = like.head  # "like [a teacher [praising a pupil]]"
    elif verb.dep_ != "pcomp" or not children(verb, "nsubj"):
        return False  # "measures, like pulling up the ladders": an example, not a likeness
    on_a_verb = like.head.pos_ in {"VERB", "AUX", "ADJ"}
    return like.lower_ == "like" and like.dep_ == "prep" and on_a_verb


def a_figure_of_speech(verb: Token) -> bool:
    """A verb of a figure of speech with its preposition ("We stand on the shoulders of
    giants", "she rode on the coattails of her party"): owing to others or following them,
    not a place anyone stands or rides (:data:`FIGURATIVE_PHRASES`). Only the plural noun
    with the "of" that names whose: "stood on his shoulders" is no figure. A child who
    "stood on the shoulders of his father" is lost too: a standing left out, never a
    wrong one."""
    phrase = FIGURATIVE_PHRASES.get(verb.lemma_.lower())
    if phrase is None:
        return False
    preposition, noun = phrase
    return any(
        p.lower_ == preposition
        and o.lemma_.lower() == noun
        and o.lower_.endswith("s")
        and any(c.lower_ == "of" for c in dependents(o))
        for p in dependents(verb)
        if p.dep_ == "prep"
        for o in dependents(p)
        if o.dep_ == "pobj"
    )


def by_the_way(verb: Token) -> bool:
    """ "returned to his bike and left by the same path": a "by" phrase on a verb joined
    to an active one, with no "was" of its own, says how, not by whom."""
    governor = verb.head
    return (
        verb.dep_ == "conj"
        and not is_passive(verb)
        and not done_by_someone(verb)
        and any(c.dep_ == "nsubj" for c in dependents(governor))
        and not is_passive(governor)
    )


def frames_a_time(verb: Token) -> bool:
    """A purpose infinitive that opens or closes a span of time ("losses to start the
    season", "a 20-2 run to close the half") tells when the event it hangs on happened.
    A complement ("wants to end the game on a high") is an aim and stays an event, and so
    does a span that is made of something ("to open a year of talks")."""
    return (
        verb.dep_ in {"advcl", "acl"}
        and verb.lemma_ in SPAN_EDGE_VERBS
        and infinitive(verb)
        and any(
            o.lemma_.lower() in TIME_SPAN_NOUNS and not children(o, "prep")
            for o in children(verb, "dobj")
        )
    )


def from_now_on(verb: Token) -> bool:
    """ "Going forward, the board will meet monthly", "the plan moving forward", "will meet
    monthly going forward": the bare participle with "forward" and nothing else says from
    now on, no one goes anywhere. It opens the sentence, ends its clause after the verb it
    hangs on, or describes a thing that cannot move. Not with a subject, an auxiliary or
    any other word of its own ("is moving forward with the plan", "moving forward on
    reform"), nor after a verb it completes ("kept going forward", "interested in moving
    forward"), nor on people, a body or a vehicle, who do move ("soldiers moving forward
    were hit", "the convoy, moving forward, came under fire")."""
    if verb.lemma_.lower() not in {"go", "move"} or verb.tag_ != "VBG":
        return False
    if verb.dep_ in {"xcomp", "pcomp", "ccomp", "conj"}:
        return False
    own = [c for c in dependents(verb) if c.dep_ != "punct"]
    if len(own) != 1 or own[0].lower_ != "forward" or own[0].i != verb.i + 1:
        return False
    if all(t.is_punct for t in verb.doc[verb.sent.start : verb.i]):
        return True  # "Going forward, ..."
    if verb.dep_ == "acl":
        return not _can_move(verb.head)
    return verb.i > verb.head.i  # "... will meet monthly going forward"


def part_of_a_preposition(word: Token) -> bool:
    """A noun or a gerund that with the preposition before it makes an adverb ("paid in
    advance", "well in advance of the vote", "in return for aid") or a longer preposition
    ("in keeping with the rules") names no act: no one advances, returns or keeps anything.
    WordNet lists the adverbs ("in_advance", "in_return", "in_passing"); the prepositions it
    lacks are :data:`kg.lang.en.FIXED_PREPOSITIONS`. The word follows the preposition and
    has nothing of its own but the preposition after it: "in the advance of the troops",
    "in a swift advance" and "in keeping the peace" name acts."""
    preposition = word.head
    if word.dep_ not in {"pobj", "pcomp"} or preposition.i != word.i - 1:
        return False
    if any(c.dep_ not in {"prep", "punct"} for c in dependents(word)):
        return False
    phrase = f"{preposition.lower_} {word.lower_}"
    if is_adverb(phrase):
        return True
    return any(
        c.i == word.i + 1 and f"{phrase} {c.lower_}" in FIXED_PREPOSITIONS
        for c in children(word, "prep")
    )


def _can_move(noun: Token) -> bool:
    """People, a body of them, or a made thing (a convoy, a tank), by WordNet's two most
    frequent senses; a name may be any of these."""
    if noun.pos_ == "PROPN":
        return True
    senses = set(noun_classes(noun.lemma_.lower())[:2])
    return bool(senses & {NOUN_PERSON, NOUN_GROUP, NOUN_ARTIFACT})


def names_no_action(verb: Token) -> bool:
    """A verb that carries no action of its own ("be", "seem", "include"), or one that
    does only with a plain direct object ("got US arms", not "got them to freeze")."""
    if not verb.text[:1].isalpha() or len(verb.text) == 1:
        # "'m", "’re": a contraction the parser took for a full verb names no act. (The
        # token rules give the usual ones the lemma "be"; this keeps any other that
        # opens with no letter from becoming an action.) Nor does one letter: the "s" or
        # "m" of "it ’ s", "I ’ m" written with the apostrophe apart.
        return True
    if split_prefix(verb):
        return True  # the "re" of "re-establish": the verb after the hyphen is the act
    if _negative_stem(verb) or _participle_noun(verb) or _negated_adjective(verb):
        return True
    if _modifies_next_noun(verb):
        return True
    if _adjective_only(verb) or _manner_adjective(verb) or _numbered_grade(verb):
        return True
    if verb.lower_ in COMPASS_NAMES and not verb_classes(verb.lower_):
        return True  # "trucks north at rush hour": a direction the tagger took for a verb
    if _participle_on_the_asked(verb):
        return True
    if as_things_stand(verb):
        return True
    if offers_an_example(verb):
        return True
    if verb.lemma_ in OBJECT_ONLY_VERBS:
        return not children(verb, "dobj") or any(
            c.dep_ in {"xcomp", "ccomp", "acomp", "oprd"} for c in dependents(verb)
        )
    return verb.lemma_ in SKIP_VERBS


def offers_an_example(verb: Token) -> bool:
    """ "Take the singer Ann Roe.", "Take, for example, the case of the old mill.": the
    writer's bare "take" that puts forward an example, a name or a case with nothing else
    done to it; not "Take the bus to the station" (a thing taken somewhere) nor "Take him."
    (a pronoun: someone to be taken)."""
    if verb.lemma_.lower() != "take" or verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    opening = next((t for t in verb.sent if not t.is_punct and t.lower_ not in {"so", "now"}), verb)
    if opening.i != verb.i:
        return False
    objects = children(verb, "dobj")
    if len(objects) != 1:
        return False
    if any(c.dep_ not in {"dobj", "punct"} and not _for_example(c) for c in dependents(verb)):
        return False
    taken = objects[0]
    return (
        any(_for_example(c) for c in dependents(verb))
        or any(w.ent_type_ in AGENT_LABELS for w in (taken, *children(taken, "appos")))
        or taken.lemma_.lower() in EXAMPLE_NOUNS
    )


def _for_example(word: Token) -> bool:
    """ "for example", "for instance" hung on the verb."""
    return (
        word.dep_ == "prep"
        and word.lower_ == "for"
        and any(o.lemma_.lower() in EXAMPLE_NOUNS for o in children(word, "pobj"))
    )


#: The subjects of "as things stand", "as it stands", "as matters stand": now, no standing.
_STANDING_STATE_WORDS = frozenset({"things", "it", "matters"})
#: The words of now that may follow: "as it stands now", "as things stand today".
_NOW_WORDS = frozenset({"now", "today", "currently", "presently"})


def as_things_stand(verb: Token) -> bool:
    """Whether ``verb`` is the "stand" of "as things stand" or "as it stands" ("As things
    stand, the plan has no funding"): a fixed phrase for "now", of no one and nothing
    standing anywhere. Not a thing that stands somewhere ("as it stands in the square")."""
    if verb.lemma_.lower() != "stand" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in dependents(verb)
    ):
        return False
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ not in _STANDING_STATE_WORDS:
        return False
    return all(
        c.dep_ in {"mark", "nsubj", "punct"} or (c.dep_ == "advmod" and c.lower_ in _NOW_WORDS)
        for c in dependents(verb)
    )


def _participle_on_the_asked(verb: Token) -> bool:
    """An "-ing" adjective on the people a request asks, which the parser took for the
    request's complement with the people as its object: "urged struggling pupils to talk
    to their tutors", "told waiting passengers to leave". The pupils struggle as a state
    of theirs, no act asked for nor done by the one asking; read as the adjective it is,
    it is no event (as "urged worried parents to call" gives none)."""
    request = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "xcomp" or request.lemma_.lower() not in REQUEST_VERBS:
        return False
    if children(request, "dobj"):
        return False
    asked = [c for c in children(verb, "dobj") if c.i == verb.i + 1]
    return (
        bool(asked)
        and noun_classes(asked[0].lemma_.lower())[:1] == (NOUN_PERSON,)
        and any(infinitive(c) and c.i > asked[0].i for c in children(verb, "xcomp"))
    )


def _numbered_grade(verb: Token) -> bool:
    """The noun of a numbered grade or step read as a verb: "moves to level 3
    restrictions", "the city goes to phase 2" (:data:`NUMBERED_GRADE_NOUNS`). News writes
    such a label in digits, and a count under ten in words: "will stage two protests"."""
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return verb.lower_ in NUMBERED_GRADE_NOUNS and after is not None and after.text.isdigit()


def _negative_stem(verb: Token) -> bool:
    """ "doesn ’ t", "didn ’ t": the stem of a negative contraction whose apostrophe stands
    apart, which the parser takes for a verb of its own."""
    if verb.lower_ not in NEGATIVE_STEMS or verb.i + 2 >= len(verb.doc):
        return False
    mark, letter = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    return mark.text in {"'", "\u2019"} and letter.lower_ == "t"


def _negated_adjective(verb: Token) -> bool:
    """An adjective made of "un" and a participle that the tagger took for a verb:
    "unsurprising", "unyielding", "unreported". WordNet has a verb for the stem and none
    for the whole, as it has for the verbs that do start with "un" ("unveil", "undermine",
    "unnerve"). A word with a direct object is a verb all the same, one WordNet 3.0 is too
    old to know: "Twitter unbanned the account", "thousands unfollowed the minister"."""
    lemma = verb.lemma_.lower()
    if not lemma.startswith("un") or verb_classes(lemma) or not verb_classes(lemma[2:]):
        return False
    return not children(verb, "dobj")


def _adjective_only(verb: Token) -> bool:
    """An adjective the tagger took for a verb, which WordNet knows only as an adjective,
    neither as a verb nor as a noun: "or dodgy haircuts", "an edgy style", "hardly
    tawdry". A new verb WordNet 3.0 is too old to know ("retweeted", "fracking") is no
    adjective of it either."""
    lemma = verb.lemma_.lower()
    if verb_classes(lemma) or noun_classes(lemma):
        return False
    return is_adjective(verb.lower_) or is_adjective(lemma)


def _manner_adjective(verb: Token) -> bool:
    """A participle that describes a manner noun after "in", which the parser took for a
    gerund with its object: "won in convincing fashion", "closed the gap in dominating
    style" (an adjective of how, no act of convincing). Not one with a determiner or a
    subject of its own before the noun ("in keeping the fashion alive")."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "in":
        return False
    nouns = children(verb, "dobj")
    return (
        len(nouns) == 1
        and nouns[0].i == verb.i + 1
        and nouns[0].lemma_.lower() in STYLE_NOUNS
        and len(list(dependents(verb))) == 1
    )


def _participle_noun(verb: Token) -> bool:
    """A participle that with the next word is a noun ("running back Joe Smith", "the
    team's best running back": a player's position; "BREAKING NEWS"), not a verb with its
    particle or object ("was running back to the car", "running back the kickoff"): it has
    no subject or auxiliary of its own, and no preposition, determiner or pronoun follows."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or (verb.lower_, doc[verb.i + 1].lower_) not in PARTICIPLE_NOUNS:
        return False
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in dependents(verb)):
        return False
    after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    return after is None or (
        after.pos_ not in {"ADP", "DET", "PRON"} and after.lower_ not in WHERE_TO_ADVERBS
    )


#: Words that may stand between a determiner and the noun it goes with: adjectives, adverbs
#: of degree and brackets ("a (rather costly) gaming laptop"), as long as none is itself a
#: noun's head in the clause (the "other" of "at each other").
_INSIDE_NOUN_PHRASE = frozenset({"ADJ", "ADV"})
_BRACKETS = frozenset({"-LRB-", "-RRB-"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "npadvmod"})
#: Determiners and possessives that open a noun phrase, never a verb's clause.
_NOUN_OPENERS = frozenset({"DT", "PRP$"})


def _modifies_next_noun(verb: Token) -> bool:
    """A verb form that modifies the noun right after it, which the parse made its object:
    "a (rather costly) gaming laptop", "a campaign donor". A determiner before it, with only
    adjectives, adverbs or brackets between, opens a noun phrase, never a clause. The form
    has no subject or auxiliary of its own, and its object follows at once with no
    determiner ("fighting the rebels", "kept firing shots" keep their act)."""
    if verb.tag_ not in {"VB", "VBG"} or any(c.dep_ in OWN_CLAUSE_DEPS for c in dependents(verb)):
        return False
    nouns = [c for c in children(verb, "dobj") if c.i > verb.i]
    if len(nouns) != 1 or nouns[0].left_edge.i != verb.i + 1:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in dependents(nouns[0])):
        return False
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and _inside_noun_phrase(doc[before]):
        before -= 1
    return before >= 0 and doc[before].tag_ in _NOUN_OPENERS


def _inside_noun_phrase(word: Token) -> bool:
    if word.tag_ in _BRACKETS:
        return True
    return word.pos_ in _INSIDE_NOUN_PHRASE and word.dep_ not in _NOMINAL_DEPS


def price_scale(verb: Token) -> bool:
    """ "Tickets start at $40", "fines starting at £1,000 and rising to £10,000": where a
    scale of amounts begins, and a rise to an amount set beside it by "and", nothing that
    starts or rises (:func:`_opens_a_scale`)."""
    lemma = verb.lemma_.lower()
    if lemma in SCALE_TOP_VERBS and verb.dep_ == "conj" and not children(verb, "dobj"):
        if _amount_after(verb, "to"):
            verb, lemma = verb.head, verb.head.lemma_.lower()  # "... and rising to £10,000"
    return lemma in SCALE_START_VERBS and _opens_a_scale(verb)


def names_a_state(verb: Token) -> bool:
    """A verb that says what something is, has or feels, not what happened: a verb of state
    ("lived in Quincy", "relies on loans"), a linking verb with an adjective ("stayed
    loyal", "grew more dire"), "make" with an object and an adjective ("made it easier to
    smuggle arms"), a participle that is a linking verb's adjective ("felt liberated") or a
    feeling's ("was fascinated with Russia", "are concerned about drones")."""
    lemma = verb.lemma_.lower()
    if lemma in STATE_VERBS and not _put_on_when_asked(verb):
        return True
    if lemma in ACTIVE_STATE_VERBS and verb.tag_ != "VBN":
        return True
    if price_scale(verb):
        return True
    if _known_for(verb):
        return True
    if lemma == "hold" and any(
        o.lemma_.lower() in HELD_STATE_NOUNS for o in children(verb, "dobj")
    ):
        return True  # "holds the record", "hold a majority"; not "held talks"
    if (
        lemma in {"bear", "carry"}
        and not children(verb, "prt")  # "carried out the sentence" is an act
        and any(
            o.lemma_.lower() in BORNE_STATE_NOUNS or o.lower_ in BORNE_STATE_NOUNS
            for o in children(verb, "dobj")
        )
    ):
        return True  # "bears the name of a saint", "the charge carries a fine"
    if lemma == "suffer" and not children(verb, "dobj") and not modal(verb):
        # "suffered from dementia" is a condition; "suffered from a heart attack" a happening,
        # and "will suffer from the cuts" a harm foretold.
        ailments = [
            o for p in children(verb, "prep") if p.lower_ == "from" for o in children(p, "pobj")
        ]
        if ailments and not any(event_action(o) for o in ailments):
            return True
    complements = [c for c in dependents(verb) if c.dep_ in {"acomp", "oprd", "ccomp"}]
    adjectives = [c for c in complements if c.pos_ == "ADJ" or c.tag_ == "VBN"]
    if lemma in LINKING_VERBS and not children(verb, "dobj"):
        if any(c.dep_ == "acomp" for c in adjectives):
            return True
    if lemma == "sound" and not children(verb, "dobj") and _likens(verb):
        # "it sounded like somebody throwing a car off a roof", "he did not sound as if he
        # was in a rush": how a thing seems (look, feel, seem are in SKIP_VERBS). Not
        # "sounded the alarm".
        return True
    if lemma in CAUSATIVE_STATE_VERBS and not is_passive(verb) and made_plain(verb) is None:
        # The parser makes "it easier" a clause or "easier" a predicate of the object. Not
        # "made sure" (nothing is made so: it ensures), "was made public" (disclosed) nor
        # "made it clear that ..." (told).
        made = children(verb, "dobj")
        if any(c.pos_ == "ADJ" and (made or children(c, "nsubj")) for c in adjectives):
            return True
    if _feeling_left(verb):
        return True
    if verb.tag_ != "VBN":
        return False
    head = verb.head.lemma_.lower()
    if verb.dep_ == "acomp" and (head in SKIP_VERBS or head in LINKING_VERBS):
        return True
    return lemma in PSYCH_VERBS and (
        verb.dep_ in {"acomp", "amod"} or any(c.dep_ == "auxpass" for c in dependents(verb))
    )


def _feeling_left(verb: Token) -> bool:
    """A feeling's participle that says how a happening left its object, which the parser
    may take for a clause of its own with the object as subject ("the ruling left many
    lawyers puzzled", "kept the guests interested"): how they felt, not what they did."""
    governor = verb.head
    return (
        verb.lemma_.lower() in PSYCH_VERBS
        and verb.tag_ in {"VBN", "VBD"}
        and verb.dep_ in {"ccomp", "advcl", "oprd", "xcomp"}
        and governor.i < verb.i
        and governor.lemma_.lower() in FEELING_LEAVING_VERBS
        and not any(c.dep_ in {"dobj", "aux", "auxpass", "mark"} for c in dependents(verb))
    )


def _known_for(verb: Token) -> bool:
    """A participle of repute with "for" ("is famed for its wine", "best remembered for
    her songs", :data:`~kg.lang.en.REPUTE_PARTICIPLES`): what a thing is known for. Not
    with a subject or an object of its own ("she noted for the record that ...") nor for
    a length of time ("the feast was celebrated for three days": held)."""
    if verb.lemma_.lower() not in REPUTE_PARTICIPLES or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"nsubj", "dobj", "ccomp"} for c in dependents(verb)):
        return False
    grounds = [o for p in children(verb, "prep") if p.lower_ == "for" for o in children(p, "pobj")]
    return bool(grounds) and not any(
        o.ent_type_ in {"DATE", "TIME"} or NOUN_TIME in noun_classes(o.lemma_.lower())
        for o in grounds
    )


def _put_on_when_asked(verb: Token) -> bool:
    """ "Doctors recommend wearing masks", "ordered residents to wear masks", "insisted that
    he wear a tie", "Wear a mask.": what one wears is a state ("a man wearing a cap"), but
    asked for it is an act, the putting on (:data:`WORN_STATE_VERBS`)."""
    return verb.lemma_.lower() in WORN_STATE_VERBS and (
        asked_to_do(verb) or is_imperative(verb) or subjunctive(verb)
    )


def _opens_a_scale(verb: Token) -> bool:
    """ "Fines start at 100 pounds", "prices starting at $20": "at" an amount, and no object,
    says where a scale begins. "The race started at 9 am" (a time) is an act."""
    if children(verb, "dobj"):
        return False
    return _amount_after(verb, "at")


def _amount_after(verb: Token, preposition: str) -> bool:
    """Whether ``preposition`` of ``verb`` introduces an amount ("at $20", "to 40 pounds")."""
    return any(
        o.ent_type_ in AMOUNT_LABELS
        for p in children(verb, "prep")
        if p.lower_ == preposition
        for o in children(p, "pobj")
    )


def _likens(verb: Token) -> bool:
    """Whether "like", "as if" or "as though" says what ``verb``'s subject is like."""
    if any(p.lower_ == "like" for p in children(verb, "prep")):
        return True
    for clause in children(verb, "advcl"):
        marks = [m.lower_ for m in children(clause, "mark")]
        if "like" in marks or "as" in marks and ({"if", "though"} & set(marks)):
            return True
    return False


#: WordNet files of what one can come under in space: "came under the bridge", "under the
#: trees", "under the crowd's feet".
_SHELTERING_CLASSES = frozenset(
    {NOUN_ANIMAL, NOUN_ARTIFACT, NOUN_BODY, NOUN_GROUP, NOUN_LOCATION, NOUN_OBJECT, NOUN_PERSON}
)


#: Of :data:`~kg.lang.en.COMING_PREPOSITIONS`, those that tell when or about what as often
#: ("came under criticism in recent years", "came under fire over the plan").
_NOT_ONLY_COMING = frozenset({"in", "over", "within"})


def comes_under(verb: Token) -> bool:
    """ "came under attack", "has come under criticism", "came under fire from two boats":
    "come" with "under" and a noun of no thing or place (by its most frequent WordNet
    sense) says what befell its subject, who went nowhere (the noun's own frame tells the
    attack: :func:`~kg.extract.clauses.undergoer`). Not with a place it comes to or from
    before the "under", a particle or an object ("came back under fire", "came to the town
    under cover of night"), nor under a thing ("came under the bridge")."""
    if verb.lemma_.lower() != "come" or children(verb, "dobj") or children(verb, "prt"):
        return False
    unders = [p for p in children(verb, "prep") if p.lower_ == "under"]
    if len(unders) != 1:
        return False
    under = unders[0]
    elsewhere = [
        p
        for p in (*children(verb, "prep"), *children(verb, "advmod"))
        if p.lower_ in COMING_PREPOSITIONS - _NOT_ONLY_COMING and p.i != under.i
    ]
    if any(p.i < under.i or p.lower_ != "from" for p in elsewhere):
        return False
    nouns = children(under, "pobj")
    if len(nouns) != 1 or nouns[0].pos_ != "NOUN":
        return False
    return not set(noun_classes(nouns[0].lemma_.lower())[:1]) & _SHELTERING_CLASSES


def comes_when(verb: Token) -> bool:
    """ "come" that only places its subject in time ("the raid comes a month after a theft",
    "the warning came as the pope spoke", "the fines come amid a price war", "their
    arrest comes on the heels of ..."): the subject names the event, told before; "come"
    says when. Its subject is no person ("she came as a guest", "he came after her"), and
    nothing says where to or from ("came to the city after the war", "came under fire")."""
    if verb.lemma_.lower() != "come" or children(verb, "dobj") or children(verb, "prt"):
        return False
    subjects = children(verb, "nsubj")
    if len(subjects) != 1 or names_a_person(subjects[0]):
        return False
    preps = children(verb, "prep")
    # "came to the city", and "came home after the war" (the parser makes "home" an adverb)
    if any(p.lower_ in COMING_PREPOSITIONS for p in (*preps, *children(verb, "advmod"))):
        return False
    if any(p.lower_ in TIME_RELATION_WORDS for p in preps):
        return True  # "came after weeks of strikes", "comes as a surprise"
    if any(o.lemma_.lower() in TIME_RELATION_NOUNS for p in preps for o in children(p, "pobj")):
        return True  # "comes on the heels of", "came at a time of"
    # "comes a month after ...": the preposition hangs on the length of time.
    lengths = children(verb, "npadvmod")
    if any(p.lower_ in TIME_RELATION_WORDS for n in lengths for p in children(n, "prep")):
        return True
    # "came as the pope spoke", "came hours before the team played".
    return any(
        m.lower_ in {"as", "after", "before"}
        for c in children(verb, "advcl")
        for m in children(c, "mark")
    )


def empty_it(verb: Token) -> bool:
    """A verb whose subject is the empty "it" of a turn of phrase that tells of no one's
    act: "when it comes to wages" (a topic), "it turned out that the boss lied", "as it
    turned out" (the clause is what happened), "it emerged that the ship was a trawler",
    "it took 40 firefighters to put out the blaze", "what it takes to win" (the
    infinitive is the act). Such an "it" points back to nothing, and resolution would give
    it the last organisation or country named. Not "it came to the city" or "it comes to
    an end" (no "when" or "if"), "when it came to power" or "when it came to port" (a
    change or an arrival told in the past, the "it" a junta or a ship), "it turned out
    the lights" (an object), "it happened on Friday" (no clause), nor "took control of the
    port to ..." or "what steps it will take to ..." (an act taken, not the people or the
    amount needed). So the "it" of the weather, a verb whose most frequent WordNet sense is
    weather with no object: "it snowed all week", "the ferry sailed, and it rained" (not
    the ferry); not "it would snow the regulators with paperwork"."""
    if not it_subject(verb):
        return False
    lemma = verb.lemma_.lower()
    if verb_classes(lemma)[:1] == (VERB_WEATHER,):
        return not children(verb, "dobj")
    if lemma == "come":
        when = {c.lower_ for c in dependents(verb) if c.dep_ in {"advmod", "mark"}}
        topics = [
            o for p in children(verb, "prep") if p.lower_ == "to" for o in children(p, "pobj")
        ]
        # Told in the past, "when it came to power" is the junta's rise; in the present,
        # "judgments when it comes to power" is a topic still.
        if verb.tag_ == "VBD" and any(o.lemma_.lower() in COME_TO_STATE_NOUNS for o in topics):
            return False
        return bool(when & {"when", "whenever", "if"}) and (
            any(p.lower_ == "to" for p in children(verb, "prep")) or bool(_topic_as_verb(verb))
        )
    if lemma == "turn":
        out = any(p.lower_ == "out" for p in children(verb, "prt"))
        return out and not children(verb, "dobj")
    if lemma in CLAUSE_IT_VERBS:
        return bool(children(verb, "ccomp"))
    if lemma == "take":
        return _what_it_takes(verb) or takes_doers(verb)
    return False


def _topic_as_verb(verb: Token) -> list[Token]:
    """The topic of "come" that the parser read as an infinitive right after it ("when it
    comes to pay", "when it comes to trade": the noun, not "to pay")."""
    return [
        c
        for c in children(verb, "xcomp")
        if infinitive(c) and c.i == verb.i + 2 and verb.nbor().lower_ == "to"
    ]


def topic_of_empty_it(verb: Token) -> bool:
    """Whether ``verb`` is the topic of an empty "it" that the parser read as an
    infinitive ("when it comes to pay, the firm is unfair"): a noun, no act of anyone."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() == "come"
        and verb in _topic_as_verb(verb.head)
        and empty_it(verb.head)
    )


def _what_it_takes(verb: Token) -> bool:
    """ "what it takes to win", "whatever it takes": what is needed for an act, asked or
    promised, not told as spent."""
    needed = children(verb, "dobj")
    return bool(needed) and needed[0].lemma_.lower() in TAKEN_AMOUNT_WORDS and needed[0].i < verb.i


def takes_doers(verb: Token) -> bool:
    """ "it took 40 firefighters to put out the blaze", "it took a lot for them to agree":
    an empty "it" takes the people or the amount an act needed. The act, the infinitive,
    is theirs, as factual as the taking (as with a length of time,
    :func:`~kg.extract.purposes.takes_time`). Not "the army said it took the prisoners to a
    camp to question them" (taken somewhere, by the "it"), nor "whatever it takes"."""
    if verb.lemma_.lower() != "take" or not it_subject(verb) or _what_it_takes(verb):
        return False
    needed = children(verb, "dobj")
    acts = [c for c in dependents(verb) if c.dep_ in {"xcomp", "advcl"} and infinitive(c)]
    acts += [c for n in needed for c in children(n, "relcl") if infinitive(c)]
    if not acts or len(needed) != 1 or _taken_somewhere(verb):
        return False
    noun = needed[0]
    if noun.lemma_.lower() in TAKEN_AMOUNT_WORDS or noun.ent_type_ == "PERSON":
        return True
    senses = noun_classes(noun.lemma_.lower())[:1]
    return bool(senses) and senses[0] in {NOUN_PERSON, NOUN_GROUP, NOUN_ANIMAL}


def _taken_somewhere(verb: Token) -> bool:
    """Whether "take" says where its object was taken: "the army said it took the prisoners
    to a camp to question them", "took the children to safety" (the parser's complement):
    the "it" is the one who took them, and the infinitive is what for."""
    return any(
        (c.dep_ == "prep" and c.lower_ in DESTINATION_PREPOSITIONS)
        or (c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN"})
        for c in dependents(verb)
    )


def names_a_relation(verb: Token) -> bool:
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
    if lemma not in {"come", "point"} or children(verb, "dobj") or children(verb, "prt"):
        return False
    wanted = {"from"} if lemma == "come" else {"to", "at", "toward", "towards"}
    if not any(p.lower_ in wanted for p in children(verb, "prep")):
        return False
    subjects = children(verb, "nsubj")
    if len(subjects) != 1:
        return False
    if lemma == "point":
        # Not a noun: "the account pointed to the shootings" (a post) cites them.
        return subjects[0].lower_ in NOTHING_IN_PARTICULAR
    return _cannot_act(subjects[0])


def _cannot_act(word: Token) -> bool:
    """Whether a common noun names neither a person, a group nor a thing made, in any of its
    WordNet senses ("clip", "evidence", "mystery", "donations"). A name, a pronoun and a
    noun WordNet does not know may act."""
    if word.pos_ != "NOUN" or word.ent_type_:
        return False
    classes = set(noun_classes(word.lemma_.lower()))
    return bool(classes) and not classes & {NOUN_PERSON, NOUN_GROUP, NOUN_ARTIFACT}


def names_a_view(verb: Token) -> bool:
    """A verb of opinion with "as" ("many see the vote as a test", "a line seen by many as
    a threat"), or "take" with a length of time ("the trip would take three hours"): what
    someone holds a thing to be, or how long something lasts, is no event."""
    if takes_time(verb):
        return True
    if verb.lemma_.lower() not in REGARD_VERBS:
        return False
    # "as" on the verb, or on its agent: the parser hangs "by many as a threat" on "many".
    holders = [verb, *(o for a in children(verb, "agent") for o in children(a, "pobj"))]
    return any(p.lower_ == "as" for h in holders for p in children(h, "prep"))


def raises(verb: Token) -> bool:
    """Whether ``verb`` is a passive of belief or report that only hedges the infinitive
    after it ("is believed to have fled", "was said to be hiding"): who believes or says
    it is not named, and the subject is the infinitive's. With its "by" it is a report of
    its own ("was said by officials to have fled": the officials said it)."""
    if children(verb, "agent"):
        return False
    if _hedges_a_clause(verb):
        return True
    return any(raised_subject(c) is not None for c in children(verb, "xcomp"))


def _hedges_a_clause(verb: Token) -> bool:
    """ "It is said that the army fled", "it is believed the ship sank": a passive of belief
    or report whose subject is the empty "it" names no one who says it; the clause is the
    event."""
    return (
        verb.lemma_.lower() in RAISING_VERBS
        and any(s.lower_ == "it" for s in children(verb, "nsubjpass"))
        and bool(children(verb, "ccomp"))
    )


def names_no_verb(verb: Token) -> bool:
    """A word the tagger took for a verb that is part of a name ("delivered to Trump an
    endorsement", "the Coalition to Abolish the Death Penalty": the named-entity tagger
    puts it in a person's or a body's name), or a participle that works as a preposition
    ("compared to their tally", which the parser marks so)."""
    if verb.dep_ == "prep":
        return True
    # A capitalised word only: the entity tagger sometimes runs a name on over the verb
    # after it ("seeing his brother die").
    return verb.ent_type_ in AGENT_LABELS and verb.text[:1].isupper() and not verb.is_sent_start


#: How a clause with no subject of its own hangs on the clause it goes on ("verify ... by
#: clicking the box", "sign up to get notified").
_GOVERNED_DEPS = frozenset({"xcomp", "advcl", "pcomp", "conj"})
#: How the words of a clause's own phrases hang on it: its objects, prepositions, adverbs.
_PHRASE_DEPS = frozenset({"dobj", "dative", "prep", "advmod", "npadvmod", "prt", "attr"})


def about_the_page(verb: Token) -> bool:
    """ "Click the box below", "Read the full report here", "you can write to your
    councillor with our form below", "you will find every result in our match tracker
    below": the
    writer telling the reader what to do with the page itself (its boxes, links and
    newsletter, what stands below or here) tells of no event. The clause is a command or
    has "you" as its subject or object, or hangs on such a clause ("verify you are human
    by clicking the box"); one of its own phrases is the page's (:func:`_on_the_page`); and
    it stands in no quote ('"Sign here," the clerk said' is an act of the clerk's). What
    such a line is for or hangs on is the page's too ("click here to watch", "if your
    letter was not printed, contact us")."""
    if verb.dep_ in {"xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        if about_the_page(verb.head):
            return True  # "click here to watch", "if you use the app, click here"
    if not _to_the_reader(verb):
        return False
    if not any(_on_the_page(word, verb) for word in _phrase_words(verb)):
        return False
    return not in_quote(verb)


def _to_the_reader(verb: Token) -> bool:
    """Whether the verb's clause, or a clause it goes on with no subject of its own, is
    a command ("Click ...") or has "you" as subject or object ("you can sign up ...",
    "will bring you ...")."""
    clause = verb
    for _ in range(3):
        own = dependents(clause)
        if is_imperative(clause) or _bare_command(clause, own):
            return True
        if any(c.lower_ == "you" and c.dep_ in {"nsubj", "dobj", "dative"} for c in own):
            return True
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in own):
            return False
        if clause.dep_ not in _GOVERNED_DEPS:
            return False
        clause = clause.head
        while clause.pos_ in {"ADP", "NOUN"} and clause.dep_ in {"prep", "attr", "dobj"}:
            clause = clause.head  # "by clicking": the preposition hangs on the clause
    return False


def _bare_command(verb: Token, own: list[Token]) -> bool:
    """ "If your letter was not printed, please contact us": a sentence's bare verb with no
    subject, auxiliary or subordinator, after an opening clause that
    :func:`kg.extract.requests.is_imperative` does not read past."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "mark"} for c in own)
    )


def _phrase_words(verb: Token) -> list[Token]:
    """The words of the verb's own phrases (objects, prepositions, adverbs), not of a
    clause inside them ("the list of MPs who voted here": the voting's "here")."""
    words: list[Token] = []
    stack = [c for c in dependents(verb) if c.dep_ in _PHRASE_DEPS]
    while stack:
        word = stack.pop()
        words.append(word)
        stack.extend(c for c in dependents(word) if c.pos_ not in {"VERB", "AUX"})
    return words


def _on_the_page(word: Token, verb: Token) -> bool:
    """Whether a word of the clause puts it on the page: "below" or "above" ("sign up
    below", "the comments below"), "here" with a verb of using a page ("read the full
    report here"; "come here" is a place), "us" as the object of a verb of getting in touch
    ("contact us", "tell us": the paper; "join us in the square" is an act), a part of a
    page ("click the box", "Hide Caption"), or what "this" or "our" says is the page's
    ("share this story", "with our form")."""
    lower = word.lower_
    if lower in PAGE_PLACE_ADVERBS and (word.pos_ == "ADV" or word.dep_ == "advmod"):
        return lower != "here" or verb.lemma_.lower() in PAGE_VERBS
    if lower == "us" and word.dep_ == "dobj" and word.head == verb:
        return verb.lemma_.lower() in CONTACT_VERBS  # "contact us": the page's publisher
    if word.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = word.lemma_.lower()
    if lemma in PAGE_PART_NOUNS:
        return True
    return lemma in PAGE_OWN_NOUNS and any(
        c.lower_ in {"this", "our"} for c in dependents(word) if c.dep_ in {"det", "poss"}
    )
