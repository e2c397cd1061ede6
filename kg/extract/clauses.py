"""Clause tests the frame rules share: the base the other frame modules import.

Which children a token has under a label; whether a verb is passive (its own "was", a
passive it shares with a verb before it, a headline's passive without "was", a participle
that describes a noun, a "by" that names people); whether it is modal, heads the main clause,
only marks an infinitive ("is going to vote") or raises its subject ("are believed to");
what a relative pronoun stands for; whether a subject names people; whether a line ends as
prose or as a headline. :mod:`kg.extract.non_events`, :mod:`kg.extract.actors`,
:mod:`kg.extract.targets`, :mod:`kg.extract.places` and :mod:`kg.extract.frames` import
these; this module imports none of them.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.modals import goes_on
from kg.extract.spans import (
    SUBJECT_DEPS,
    TIME_LABELS,
    dependents,
    infinitive,
    one_person,
    person_who,
    sentence_of,
)
from kg.lang.en import (
    ARMED_PARTY_NOUNS,
    ARMED_PARTY_SENSES,
    BY_COUNT_NOUNS,
    BY_SHARE_NOUNS,
    CHAIN_VERBS,
    CHANGE_VERBS,
    COLLECTIVE_NOUNS,
    EXPECTATION_PARTICIPLES,
    FUTURE_WORDS,
    GERUND_CHAIN_VERBS,
    GROUP_ACTOR_ENDINGS,
    GROUP_ACTOR_NOUNS,
    HABIT_VERBS,
    MEMBER_NOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    UNDERGOING_OBJECT_VERBS,
    UNDERGOING_SUBJECT_VERBS,
    WORDS_OF_CENSURE,
)
from kg.lang.wordnet import (
    NOUN_ABSTRACT,
    NOUN_ARTIFACT,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    NOUN_TIME,
    noun_classes,
    sense_below,
    takes_object,
)

__all__ = [
    "NOTHING_IN_PARTICULAR",
    "OWN_CLAUSE_DEPS",
    "RAISING_VERBS",
    "after_with",
    "antecedent",
    "by_how_much",
    "by_no_doer",
    "children",
    "done_by_someone",
    "ends_as_prose",
    "headline_passive",
    "is_passive",
    "main_clause",
    "marks_infinitive",
    "modal",
    "names_a_person",
    "names_people",
    "participle_of_noun",
    "passive_before_by",
    "passive_in_chain",
    "passive_sharing_subject",
    "predicate_copula",
    "purpose_after_chain_verb",
    "raised_subject",
    "set_ahead",
    "shares_passive",
    "undergoer",
]


def purpose_after_chain_verb(verb: Token) -> bool:
    """An infinitive the parse hangs as the complement of "keep" or "stop": a purpose."""
    return verb.head.lemma_ in GERUND_CHAIN_VERBS and infinitive(verb)


# Dependents that make a participle a clause of its own rather than a noun's modifier.
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def participle_of_noun(verb: Token) -> bool:
    """A past form that describes the noun it hangs on, as a passive does: "the six
    soldiers killed in the attack" (the parser may tag "killed" a past tense), "the
    wounded soldiers" (a participle before the noun)."""
    if verb.dep_ == "amod":
        return verb.tag_ == "VBN"
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in OWN_CLAUSE_DEPS for c in dependents(verb))
    )


def by_how_much(agent: Token) -> bool:
    """Whether a "by" the parser made an agent tells how much, not by whom: "has warmed by
    more than 2 degrees", "rose by 20 percent", "won by a wide margin" (not "backed by 60
    percent of voters", a share of people)."""
    return any(
        o.lemma_.lower() in BY_COUNT_NOUNS
        or (
            o.ent_type_ in _MEASURED_LABELS
            and not any(p.lower_ == "of" for p in children(o, "prep"))
        )
        for o in children(agent, "pobj")
    )


def by_no_doer(agent: Token) -> bool:
    """Whether the "by" of a passive names no doer: how a count went ("approved by a vote
    of 7 to 2", "won by a wide margin"), or how much a verb of change moved its subject
    ("fares were raised by 5 percent", "rents were cut by a third"). A share on another
    verb is of people ("the option was picked by a third", "named by 3 percent")."""
    objects = children(agent, "pobj")
    if any(o.lemma_.lower() in BY_COUNT_NOUNS for o in objects):
        return True
    if agent.head.lemma_.lower() not in CHANGE_VERBS:
        return False
    return any(
        (o.ent_type_ in _MEASURED_LABELS or o.lemma_.lower() in BY_SHARE_NOUNS)
        and not any(p.lower_ == "of" for p in children(o, "prep"))
        for o in objects
    )


#: Entity labels of an amount measured, not counted: a share, a quantity, a sum.
_MEASURED_LABELS = frozenset({"PERCENT", "QUANTITY", "MONEY"})


def done_by_someone(verb: Token) -> bool:
    """A participle whose "by" names people: "a teenager shot and killed by police", "a
    soldier killed and decapitated by troops" is passive though the parser made the first
    verb active ("left by the side door" says how)."""
    return verb.tag_ == "VBN" and any(
        names_a_person(o) or o.ent_type_ in {"ORG", "GPE"}
        for a in children(verb, "agent")
        for o in children(a, "pobj")
    )


def passive_before_by(verb: Token) -> bool:
    """A past form with a subject, joined to a participle done by someone with no subject
    of its own: "a woman hit and killed by a motorist" was hit by the motorist too (an
    active "hit" cannot be joined to a passive without "was"). Without a subject the two
    participles may say different things ("kept hidden and used by everyone"). A verb that
    takes no object is active without one ("the prisoner escaped and recaptured by police":
    the prisoner escaped), so the first verb must be one that takes an object."""
    return (
        verb.tag_ in {"VBD", "VBN"}
        and takes_object(verb.lemma_)
        and bool(children(verb, "nsubj"))
        and not any(
            c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"}
            for c in dependents(verb)
        )
        and any(passive_sharing_subject(c) and done_by_someone(c) for c in children(verb, "conj"))
    )


def shares_passive(verb: Token) -> bool:
    """A participle coordinated with a passive shares its "were": in "two guards were
    beaten and robbed" the guards were robbed too; they did not rob. So does one
    coordinated with what a "be" says of its subject: in "the blade is sharp and coated
    with resin", "the vote was a sham and designed to ...", the blade was coated. So does
    one with no object joined to a passive with no "were" at all, a caption's
    (:func:`headline_passive`) or a participle after its noun (:func:`participle_of_noun`):
    in "dozens of soldiers killed or captured" the soldiers were captured; they captured no
    one. Not after a participle before its noun ("an attempted or completed crime"), which
    describes; nor with an object ("the two directed and produced the film": they did)."""
    while verb.dep_ == "conj" and verb.tag_ == "VBN":
        if any(c.dep_ in OWN_CLAUSE_DEPS for c in dependents(verb)):
            return False
        participle, verb = verb, verb.head
        if is_passive(verb):
            return True
        if _joined_to_bare_passive(participle, verb):
            return True
        if predicate_copula(verb) is not None and _completed(participle):
            return True
    return False


def _joined_to_bare_passive(participle: Token, first: Token) -> bool:
    """Whether ``participle``, after ``first`` and with no object of its own, shares a
    passive that has no "were": a caption's or one set after its noun ("soldiers killed or
    captured in the raid")."""
    if participle.i < first.i or any(c.dep_ in {"dobj", "dative"} for c in dependents(participle)):
        return False
    return headline_passive(first) or (first.dep_ == "acl" and participle_of_noun(first))


def _completed(participle: Token) -> bool:
    """Whether a participle says more of its act than an adjective would: a doer, a
    preposition, a clause ("coated with resin", "designed to fool"; not "patient and
    measured", which describes). Not with an object: "were comparable to or exceeded the
    standards" is a past tense, done by the subject."""
    deps = {c.dep_ for c in dependents(participle)}
    return "dobj" not in deps and bool(deps & {"agent", "prep", "xcomp", "advcl", "ccomp"})


def predicate_copula(word: Token) -> Token | None:
    """The "be" that says what its subject is or is like ("is sharp", "was a sham"), when
    ``word`` is that "be" or the word it says (the parser joins a participle after "and"
    to either); ``None`` otherwise."""
    if word.dep_ in {"acomp", "attr"}:
        word = word.head
    if word.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} for c in dependents(word)):
        return word
    return None


#: Pronouns that name no one in particular: "everything points to a leak".
NOTHING_IN_PARTICULAR = frozenset({"everything", "all", "something", "nothing", "this", "that"})


def names_a_person(word: Token) -> bool:
    """Whether a subject is a person or people: a personal pronoun, a person's name, a
    noun of people ("fans", "troops"), or a noun whose most frequent sense in WordNet is a
    person ("the officer came after the alarm", "a neighbour came as the fire spread")."""
    if word.pos_ == "PRON":
        return word.lower_ not in {"it", "this", "that", "which", "what"}
    if word.ent_type_ in {"PERSON", "NORP"} or names_people(word):
        return True
    return word.pos_ == "NOUN" and noun_classes(word.lemma_.lower())[:1] == (NOUN_PERSON,)


def modal(verb: Token) -> bool:
    """Whether a modal ("will", "could", "may") goes with the verb."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in dependents(verb))


def main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads its sentence, or a reported clause put before its reporting
    verb ("Police were called and surrounded the house, the sheriff said"). In the other
    subordinate clauses the parse of a coordination goes wrong too often to trust."""
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.lemma_ in REPORTING_VERBS


def raised_subject(verb: Token) -> Token | None:
    """The passive subject of "believed", "said", "reported" ... above an infinitive: the
    infinitive's own subject ("the militants are believed to have fired": the militants)."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.lemma_.lower() not in RAISING_VERBS:
        return None
    if not infinitive(verb):
        return None
    for subject in children(governor, "nsubjpass"):
        return antecedent(subject, governor)
    if participle_of_noun(governor):
        return governor.head  # "a boat said to carry 300 people": the boat
    return None


def passive_sharing_subject(verb: Token) -> bool:
    """A passive participle coordinated with the verb before it, with no subject or
    auxiliary of its own ("was killed and beheaded by ...")."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"} for c in dependents(verb)
    )


def passive_in_chain(head: Token) -> bool:
    """Whether a chain of verbs ("continue to", "refused to") ends in a passive while its
    first verb is active: in "the music will continue to be permitted" and "she refused
    to be photographed" the first verb's subject is the one it is done to, not its doer."""
    if is_passive(head) or not children(head, "nsubj"):
        return False
    verb: Token | None = head
    while verb is not None and verb.lemma_ in CHAIN_VERBS:
        if children(verb, "dobj"):
            return False  # "want immigrants to be allowed to stay": the immigrants are
        verb = next((c for c in children(verb, "xcomp") if c.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and is_passive(verb):
            return True
    return False


def is_passive(verb: Token) -> bool:
    """Whether the verb has a passive's "was" or subject of its own."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in dependents(verb))


def marks_infinitive(verb: Token) -> bool:
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
    if children(verb, "dobj") or not any(children(c, "aux") for c in infinitives):
        return False
    lemma = verb.lemma_.lower()
    passive = is_passive(verb)
    if lemma in HABIT_VERBS:
        # "the gun that he used to escape" and "the town they used to hold" parse alike;
        # in a relative clause the verb stays an event rather than lose the use.
        return not passive and verb.dep_ != "relcl"
    if lemma in EXPECTATION_PARTICIPLES:
        return passive
    return set_ahead(verb)


def set_ahead(verb: Token) -> bool:
    """ "is going to", "is set to", "is scheduled to": a verb after "be" that says its
    infinitive lies ahead (:data:`~kg.lang.en.FUTURE_WORDS`); "expect" is a chain verb of
    its own."""
    lemma = verb.lemma_.lower()
    return (
        lemma in FUTURE_WORDS
        and lemma not in CHAIN_VERBS
        and any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in dependents(verb))
    )


def expected_in_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive that only says its infinitive is expected ("is
    expected to resign", "is supposed to work"): no chain verb then, as the active "expects
    to win" is, but a mark of what lies ahead, done by the passive's subject."""
    return verb.lemma_.lower() in EXPECTATION_PARTICIPLES and is_passive(verb)


def children(token: Token, dep: str) -> list[Token]:
    return [c for c in dependents(token) if c.dep_ == dep]


def headline_passive(verb: Token) -> bool:
    """ "Kharkov encircled", "Kharkiv shelled overnight": a headline's passive without "was".

    Headlines put actions in the present ("Russian forces seize airport"), so a
    past form with a subject, no auxiliary and no object in a line with no full
    stop is a passive; in running text only an unmistakable participle is. So is
    a participle with its subject after "with" ("with the ship registered abroad",
    "with 800 homes destroyed"), which has no finite form, and a past form of a verb that
    takes an object with its subject after "of" ("at the cost of 900 soldiers killed",
    "reports of civilians wounded"), where no finite verb may stand.
    """
    if not any(c.dep_ == "nsubj" for c in dependents(verb)):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative"} for c in dependents(verb)):
        return False
    if verb.tag_ == "VBN" and after_with(verb):
        return True
    if _after_of(verb) and verb.tag_ in {"VBD", "VBN"} and takes_object(verb.lemma_):
        return True
    if verb.dep_ not in {"ROOT", "ccomp", "conj"}:
        return False
    # "The ministry said in a statement:" ends its paragraph before the quote it leads
    # into: running text, whose "said" is no headline's passive.
    if verb.tag_ in {"VBD", "VBN"} and not ends_as_prose(sentence_of(verb), also=":"):
        return True
    return verb.tag_ == "VBN" and not maybe_a_past(verb)


def maybe_a_past(verb: Token) -> bool:
    """Whether a verb the tagger calls a participle may be the past of a main clause in
    running text ("the fans embarked on a tour", "the talks ended", "the referee elected
    to stop the fight": the parse gives it a subject, not a passive's). Only a form
    written like a past may be ("taken", "drawn", "done" are none), in a main clause or
    joined to an active past, with no "by" or "as" after it ("a player signed by the
    club", "a woman identified as the owner": passives the parse made main verbs). A verb
    whose first sense takes an object needs a complement no passive has ("tuned in",
    "elected to stop", "made sure"): "three soldiers killed in the attack." is a caption's
    passive. A participle under "have", "get" or "see" ("had his car towed") is passive."""
    if verb.dep_ == "conj":
        if verb.head.tag_ != "VBD" or is_passive(verb.head):
            return False
    elif verb.dep_ != "ROOT":
        return False
    if verb.lower_.endswith(_PARTICIPLE_ENDINGS):
        return False
    if any(c.dep_ == "agent" or c.lower_ == "as" for c in dependents(verb)):
        return False
    return not takes_object(verb.lemma_) or any(
        c.dep_ in {"xcomp", "ccomp", "acomp", "prt"} for c in dependents(verb)
    )


#: Endings of participles no past tense has: "taken", "drawn", "done", "sworn".
_PARTICIPLE_ENDINGS = ("en", "wn", "ne", "rn", "un")


def _after_of(verb: Token) -> bool:
    """Whether the parser made ``verb``, with its subject, the object of an "of"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "of"


def after_with(verb: Token) -> bool:
    """Whether the clause of ``verb`` hangs on a "with" before it: the parser makes the
    participle the preposition's object, or the preposition a child of the participle."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True
    return verb.dep_ == "advcl" and any(
        c.lower_ == "with" and c.dep_ in {"mark", "prep"} and c.i < verb.i for c in dependents(verb)
    )


def ends_as_prose(sentence: Span, also: str = "") -> bool:
    """Whether a sentence ends as running text does: with a full stop, "!", "?" or a
    closing quote (or a mark of ``also``), also where the stop is an abbreviation's ('...
    said Jane Roe, a lawyer with Acme Corp.'), which the tokenizer keeps in one token."""
    # The last word that is no space, found from the end: most of the sentence is not read.
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    return last is not None and (last.text[-1] in _PROSE_ENDS or last.text[-1] in also)


_PROSE_ENDS = frozenset({".", "!", "?", '"', "”", "'"})


#: Verbs whose passive says who is believed, said or known to have done the infinitive
#: after it: "the militants are believed to have fired", "the group is said to have
#: planned", "smugglers are known to use". The passive subject is the infinitive's own.
RAISING_VERBS = frozenset(
    """
    allege assume believe claim consider estimate expect fear know presume report reckon
    rumor rumour say think understand
    """.split()
)


def names_people(obj: Token) -> bool:
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


def antecedent(word: Token, clause: Token) -> Token:
    """``word``, or for a relative pronoun ("who", "that") of a relative clause the noun the
    clause hangs on ("the men who fired": the men)."""
    if word.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        head = clause.head
        if word.lower_ == "which" and one_person(head):
            return _what_which_is(head) or head
        if word.lower_ == "who":
            return person_who(head)
        return head
    return word


def _what_which_is(person: Token) -> Token | None:
    """What a "which" the parser hung on a person's name stands for: "which" is never a
    person. The organisation the person is of ("Jane Roe of Acme Corp, which runs ...",
    "Jane Roe, the head of Acme Corp, which ..."), else the noun whose "of" or "between"
    names the person ("the death of Jane Roe, which led to ...", "the rift between Acme
    and Jane Roe, which ..."); ``None`` when neither stands there."""
    for holder in (person, *children(person, "appos")):
        for prep in children(holder, "prep"):
            if prep.lower_ == "of":
                for body in children(prep, "pobj"):
                    if body.ent_type_ == "ORG":
                        return body
    named = person
    while named.dep_ == "conj":
        named = named.head  # "between the president and Jane Roe"
    prep = named.head
    if named.dep_ == "pobj" and prep.lower_ in {"of", "between"} and _determined(prep.head):
        return prep.head
    return None


def _determined(noun: Token) -> bool:
    """Whether a common noun has a determiner or an owner ("the death", "this fear", "his
    rift"): not the noun of a compound preposition ("in front of", "on behalf of")."""
    return noun.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} for c in dependents(noun))


def _undergone_under(noun: Token) -> Token | None:
    """The word whose subject, object or self undergoes the act a bare noun after "under"
    names: "came" in "the convoy came under attack", "placed" in "placed the driver under
    arrest", "ship" in "a ship under fire". ``None`` when the noun has a determiner or an
    owner ("under the agreement", "under its rules" say on what terms, not what befell
    anyone), when the phrase comes before its word ("Under the deal, the firm pays") or
    when the word is a span of time or a state ("ten years under sanctions")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "under" or preposition.dep_ != "prep":
        return None
    if any(c.dep_ in {"det", "poss"} for c in dependents(noun)):
        return None
    host = preposition.head
    if host.i > preposition.i:
        return None
    if host.pos_ in {"NOUN", "PROPN"}:
        abstract = set(noun_classes(host.lemma_.lower())[:1]) & NOUN_ABSTRACT
        return None if abstract or host.ent_type_ in TIME_LABELS else host
    if host.lemma_.lower() in UNDERGOING_SUBJECT_VERBS | UNDERGOING_OBJECT_VERBS:
        return host
    return None


def undergoer(noun: Token) -> Token | None:
    """Who or what undergoes the act a bare noun after "under" names (see
    :func:`_undergone_under`): the subject ("the town was under siege"; a relative's noun,
    "the ships that were under attack"), the object ("placed the driver under arrest") or
    the noun the phrase describes ("a ship under fire"). A noun said of censure as well
    (:data:`~kg.lang.en.WORDS_OF_CENSURE`) is the assault only on a place, a thing or an
    armed party ("the convoy came under fire", "troops under attack"): "the minister came
    under fire", "the bill came under attack" are criticism."""
    host = _undergone_under(noun)
    if host is None:
        return None
    if host.pos_ in {"NOUN", "PROPN"}:
        sufferer: Token | None = host
    elif host.lemma_.lower() in UNDERGOING_OBJECT_VERBS:
        sufferer = next(iter(children(host, "dobj")), None)
    else:
        subject = next((c for c in dependents(host) if c.dep_ in SUBJECT_DEPS), None)
        sufferer = None if subject is None else antecedent(subject, host)
    if sufferer is None or sufferer.lower_ in RELATIVE_PRONOUNS:
        return None
    if noun.lemma_.lower() in WORDS_OF_CENSURE and (
        not (_place_or_thing(sufferer) or _armed_party(sufferer)) or _censured_for(noun, host)
    ):
        return None
    return sufferer


def _censured_for(noun: Token, host: Token) -> bool:
    """Whether what comes after "under fire" or "under attack" says what for, as censure
    does: "the school came under fire over its policy", "for its fees", "about the delay"
    (not "for two days" or "for hours", a time)."""
    return any(
        preposition.lower_ in {"over", "for", "about"}
        and preposition.i > noun.i
        and not any(_a_time(o) for o in children(preposition, "pobj"))
        for word in (noun, host)
        for preposition in children(word, "prep")
    )


def _a_time(noun: Token) -> bool:
    """Whether a noun names a span of time: a date or time entity ("two days"), or a noun
    whose first WordNet sense is a time ("hours", "weeks")."""
    return noun.ent_type_ in TIME_LABELS or noun_classes(noun.lemma_.lower())[:1] == (NOUN_TIME,)


def _armed_party(noun: Token) -> bool:
    """Whether a common noun names an armed party: a military unit, a force or military men
    by its first WordNet sense (:data:`~kg.lang.en.ARMED_PARTY_SENSES`: "the patrol",
    "troops", "soldiers"), or a convoy (:data:`~kg.lang.en.ARMED_PARTY_NOUNS`)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in ARMED_PARTY_NOUNS or sense_below(lemma, ARMED_PARTY_SENSES)


def _place_or_thing(noun: Token) -> bool:
    """Whether a noun names a place or a made thing (a ship, a base, a town), by its
    entity label or by one of its two most frequent WordNet senses; a person, a body or
    an idea is none."""
    if noun.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    if noun.pos_ != "NOUN" or names_a_person(noun):
        return False
    senses = set(noun_classes(noun.lemma_.lower())[:2])
    return bool(senses & {NOUN_ARTIFACT, NOUN_LOCATION, NOUN_OBJECT})
