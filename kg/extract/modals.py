"""Auxiliaries and modal verbs: the future, the possible and the conditional, and the
modal phrases told of the past that say an act was done.

:func:`aux_modality` gives the modality of "will", "may", "would", "should" ... on a verb
(a condition or a reporting verb above it can change it); :func:`possibility_modal`,
:func:`faces_penalty` and :func:`scheduled` read possibility and plans; :func:`past_would`,
:func:`sensed`, :func:`ability_used`, :func:`used_to`, :func:`had_to` and :func:`goes_on`
find the modal words that tell what happened ("would often walk", "could hear them
shouting", "was able to return", "had to leave", "went on to win"), and
:func:`polite_speech_act` the "would" that only softens a speaker's act ("I'd call on
them to ..."); :func:`obliged` reads "have got to"; :func:`own_tense` whether a joined verb
escapes a modal before it. Called by :mod:`kg.extract.modality`; uses
:mod:`kg.extract.conditions`, :mod:`kg.extract.done_acts` and :mod:`kg.extract.clause_words`.
:func:`goes_on` is shared with :mod:`kg.extract.clauses`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_words import (
    AUX_MODALITY,
    PAST_AUX,
    REPORTING,
    WOULD,
    in_perfect,
    in_quote,
    inverted,
    under_reporting,
)
from kg.extract.conditions import has_condition, regardless
from kg.extract.cue_contents import said_across_time
from kg.extract.done_acts import timed_ahead
from kg.extract.spans import SUBJECT_DEPS, dependents, has_subject, negates, opened_by_nor
from kg.lang.en import (
    FUTURE_WORDS,
    HABIT_ADVERBS,
    HELD_VIEW_VERBS,
    LATER_ADVERBS,
    PENALTY_NOUNS,
    POLITE_SPEECH_ACTS,
    POLITE_WISH_VERBS,
    SENSE_VERBS,
    TIME_AHEAD_WORDS,
    WEEKDAYS,
)
from kg.model import Modality

__all__ = [
    "ABLE",
    "ability_used",
    "aux_modality",
    "compared_in_past",
    "faces_penalty",
    "goes_on",
    "had_to",
    "obliged",
    "own_tense",
    "past_would",
    "performative_may",
    "polite_speech_act",
    "possibility_modal",
    "scheduled",
    "sensed",
    "used_to",
]


# "able to" and "unable to": told of the past, the act done or not ("was able to return").
ABLE = frozenset({"able", "unable"})
# Auxiliaries whose verb an if-clause makes conditional ("will only hold if ...").
_FORECAST = frozenset({"will", "shall", "'ll", "\u2019ll", "wo", "could", "may", "might"} | WOULD)
# Auxiliaries that give a verb a tense of its own: "will meet and have said" (not "be",
# which goes on with the modal before it: "will be arrested and be charged").
_TENSE_AUX = (
    PAST_AUX
    | {"has", "have", "is", "are", "am", "does", "do"}
    | {apostrophe + ending for apostrophe in "'\u2019" for ending in ("ve", "re", "m")}
)
# "have" in the present, as "have got to" has it: "we've got to", "he's got to".
_HAVE_PRESENT = frozenset({"has", "have"}) | {
    apostrophe + ending for apostrophe in "'\u2019" for ending in ("ve", "s")
}


def past_would(word: str, verb: Token) -> bool:
    """ "on Sundays she would sit by the river", "he would often walk to the mill": "would"
    with an adverb of how often (:data:`~kg.lang.en.HABIT_ADVERBS`) or a day of each week
    tells what used to happen, no condition; "rifles that would later turn up in the
    market", "he won the race and would go on to win the cup": with "later"
    (:data:`~kg.lang.en.LATER_ADVERBS`) or "go on to" in a story told in the past, what
    happened next (:func:`_later_in_story`). Not "would
    not" (a refusal), "would have", nor with an if-clause or "without" ("if it rained,
    they would often stay in")."""
    if word not in WOULD or in_perfect(verb) or has_condition(verb):
        return False
    if any(negates(c) or c.lower_ in {"without", "otherwise"} for c in dependents(verb)):
        return False  # "without the aid, farmers would often go bankrupt": a condition
    return _habitual(verb) or _later_in_story(verb)


def polite_speech_act(verb: Token) -> bool:
    """Whether ``verb`` is a speaker's own act of speaking softened by "would" or by a wish
    (:data:`~kg.lang.en.POLITE_SPEECH_ACTS`): "I'd call on the council to reopen it", "we
    would urge drivers to slow down", "I would like to thank the crews", "I want to thank
    them". Saying it does it: the call, the urging and the thanks are made (what they ask
    stays asked). ``verb`` is the verb of speaking or the wish before it
    (:data:`~kg.lang.en.POLITE_WISH_VERBS`: "like" and "love" with "would"). Only with "I"
    or "we" for subject, in the speaker's own words (not "said she would urge them", a
    promise told), and with no "not", "have" or if-clause ("I would not say", "I would
    have urged", "if asked, I would advise them"): those stay conditions."""
    act = verb
    if verb.lemma_.lower() in POLITE_WISH_VERBS:
        act = next((c for c in dependents(verb) if c.dep_ == "xcomp"), None)
        if verb.lemma_.lower() in {"like", "love"} and not _has_would(verb):
            return False  # "I like to thank them": a habit, no politeness
    if act is None or act.lemma_.lower() not in POLITE_SPEECH_ACTS or act.tag_ != "VB":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in dependents(verb)):
        return False
    if any(negates(c) for c in dependents(verb)) or in_perfect(verb) or has_condition(verb):
        return False
    if not _has_would(verb) and verb.tag_ != "VBP":
        return False  # "I wanted to thank them", "we urged": told as any act is
    if timed_ahead(act) or timed_ahead(verb):
        return False  # "we want to ask the minister next week": a plan, not yet said
    if _but_not(verb):
        return False  # "I'd love to say more, but I can't": the wish is held back
    return in_quote(verb) or not under_reporting(verb)


def performative_may(word: str, verb: Token) -> bool:
    """Whether a "may" that opens the sentence before "I" or "we" only softens the
    speaker's own act: "May I take this opportunity to thank the crews", "May we remind
    readers that ...". Saying it does it: no possibility. Not a question ("May I ask a
    question?"), nor "may" after its subject ("we may take the chance")."""
    if word != "may":
        return False
    aux = next((c for c in dependents(verb) if c.dep_ == "aux" and c.lower_ == "may"), None)
    if aux is None or aux.i != aux.sent.start:
        return False
    after = verb.doc[aux.i + 1] if aux.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ not in {"i", "we"} or after.dep_ != "nsubj":
        return False
    return not any(t.text == "?" for t in aux.sent)


def _but_not(verb: Token) -> bool:
    """Whether "but" joins the verb to a denied clause: "I would love to say more, but I
    cannot", "we'd thank them, but we never met them"."""
    own = list(dependents(verb))
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in own) and any(
        c.dep_ == "conj" and any(negates(g) for g in dependents(c)) for c in own
    )


def _has_would(verb: Token) -> bool:
    """Whether "would" or "'d" is among the verb's auxiliaries."""
    return any(c.dep_ == "aux" and c.lower_ in WOULD for c in dependents(verb))


def _habitual(verb: Token) -> bool:
    """Whether an adverb of how often or a day of each week hangs on ``verb``."""
    for child in dependents(verb):
        if child.dep_ == "advmod" and child.lower_ in HABIT_ADVERBS:
            # not a share of cases: "would, more often than not, reach a better verdict"
            return not any(g.lower_ in {"more", "less", "as"} for g in dependents(child))
        if (
            child.dep_ == "prep"
            and child.lower_ == "on"
            and any(g.dep_ == "pobj" and g.lower_ in _EVERY_WEEK for g in dependents(child))
        ):
            return True  # "on Sundays", "on weekends"
    return False


def _later_in_story(verb: Token) -> bool:
    """ "rifles that would later turn up in the market", "he won the race and would go on
    to win the cup": "would" with "later", "eventually", "ultimately" or "go on to", in a
    clause joined to one in the past tense (the verb it hangs on, or a verb joined to it)
    and told by no one (not "said the rifles would later ...": the future seen from the
    past); "the tax would eventually cost jobs" has no past to be later than."""
    later = any(
        (c.dep_ == "advmod" and c.lower_ in LATER_ADVERBS)
        or (c.dep_ in {"xcomp", "advcl"} and goes_on(c, verb))
        for c in dependents(verb)
    )
    if not later or verb.dep_ == "ccomp":
        return False
    if any(a.lemma_.lower() in REPORTING | HELD_VIEW_VERBS for a in verb.ancestors):
        return False
    near = [verb.head] if verb.dep_ in {"relcl", "advcl", "conj"} else []
    near += [c for c in dependents(verb) if c.dep_ == "conj"]
    anchor = [n.head if n.pos_ in {"NOUN", "PROPN", "PRON"} else n for n in near]
    return any(n.tag_ == "VBD" for n in anchor)


#: Days said of every week: "on Sundays", "on weekends".
_EVERY_WEEK = frozenset(day + "s" for day in WEEKDAYS) | {"weekends"}


def sensed(modal: str, verb: Token) -> bool:
    """ "residents could hear the guards shouting", "smoke could be seen rising": "could"
    with a verb of the senses and the happening sensed tells what someone perceived, not
    what may be. Only with that happening as a clause: "insurers could see claims of $1
    billion" and "the court could hear the case" forecast; so does a bare infinitive
    ("homeowners could see their bills rise"). Not "could not see" (they did not), "could
    have seen" (they did not), nor under an "if"."""
    return (
        modal == "could"
        and verb.lemma_.lower() in SENSE_VERBS
        and any(
            c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB" and c.tag_ != "VB"
            for c in dependents(verb)
        )
        and not any(negates(c) for c in dependents(verb))
        and not in_perfect(verb)
        and not has_condition(verb)
    )


def amount_needed(modal: str, verb: Token) -> bool:
    """ "prices change depending on how much water must flow through the pipes": "must" in
    a clause that "how much" or "how many" opens after a preposition, under a verb in the
    plain present, tells the amount a thing needs, a fact of how it works; no one is asked
    to do anything. Not under a verb of deciding or one ahead ("will decide how many
    must leave": the leaving is still to be settled)."""
    if modal != "must" or verb.dep_ != "pcomp":
        return False
    words = (*dependents(verb), *(g for c in dependents(verb) for g in dependents(c)))
    if not any(
        w.lower_ in {"much", "many"} and 0 < w.i < verb.i and w.doc[w.i - 1].lower_ == "how"
        for w in words
    ):
        return False
    governor = next((a for a in verb.ancestors if a.tag_ in {"VBZ", "VBP", "VBD", "MD"}), None)
    return (
        governor is not None
        and governor.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ == "aux" for c in dependents(governor))
    )


def possibility_modal(verb: Token) -> bool:
    """ "might need to", "could try to": a modal of possibility, not negated, on the first
    verb of a chain ("could have tried" is a condition, "could not" a refusal)."""
    modal = next(
        (c.lower_ for c in dependents(verb) if c.dep_ == "aux" and c.lower_ in AUX_MODALITY), None
    )
    return modal in {"may", "might", "could"} and aux_modality(modal, verb) == "possible"


def faces_penalty(verb: Token) -> bool:
    """ "faces up to 20 years in prison", "faces a fine", "could face life in jail": a
    penalty that may be given (:data:`~kg.lang.en.PENALTY_NOUNS`), told by "face"."""
    if verb.lemma_.lower() != "face" or any(negates(c) for c in dependents(verb)):
        return False
    for obj in dependents(verb):
        if obj.dep_ != "dobj":
            continue
        if obj.lemma_.lower() in PENALTY_NOUNS:
            return True
        words = {t.lemma_.lower() for t in obj.subtree}
        if {"up", "maximum"} & words and words & PENALTY_NOUNS:
            return True  # "faces a maximum of five years"
    return False


def scheduled(noun: Token) -> bool:
    """An event noun that is the subject of "is scheduled / set / due / expected" or "is
    going to", not in the past tense ("the meeting was scheduled for Monday" may since have
    taken place); or one that such a participle with a time follows (:func:`_timed_after`)."""
    if _expected_beside(noun) or _timed_after(noun):
        return True
    verb = noun.head
    if noun.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in FUTURE_WORDS:
        return False
    if verb.lemma_.lower() == "go" and not any(c.dep_ == "xcomp" for c in dependents(verb)):
        return False  # "a battle is going on": no "going to", nothing ahead
    auxiliaries = {c.lower_ for c in dependents(verb) if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ != "VBD" and not auxiliaries & PAST_AUX


def _expected_beside(noun: Token) -> bool:
    """ "A Senate debate on the bill, expected within a fortnight, will settle it": a noun's
    reduced relative "expected", with no doer and no act of its own, says the event lies
    ahead, as "the debate is expected" does; unless the clause the noun stands in tells the
    past ("the rate cut, expected for weeks, came on Tuesday": it came)."""
    expected = [
        c
        for c in dependents(noun)
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() == "expect"
    ]
    if not expected or any(
        c.dep_ in {"agent", "xcomp", "ccomp", "dobj"} for c in dependents(expected[0])
    ):
        return False  # "expected by analysts", "expected to pass": read as they are
    clause = _verb_above(noun)
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = [c for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}]
    tenses = [auxiliaries[0]] if auxiliaries else [clause]
    return not any(t.tag_ in {"VBD", "VBN"} for t in tenses)


def _verb_above(noun: Token) -> Token:
    """The verb of the clause ``noun`` stands in: the first verb or auxiliary from its head
    up, or the sentence's root when there is none (a headline: "The Senate debate expected
    within a week."). One head a step, at most one a word, so the walk ends even where it
    meets no verb (positions are compared, not Token objects, which spaCy makes anew)."""
    clause = noun.head
    for _ in range(len(noun.doc)):
        if clause.pos_ in {"VERB", "AUX"} or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause


#: Participles that set an event noun before them ahead: "a debate expected next week",
#: "the strike planned for Monday", "a vote scheduled for May 3".
_SETTING_AHEAD = FUTURE_WORDS | {"plan"}
#: Entity labels of a time a participle sets the event for ("scheduled for May 3").
_SET_TIMES = frozenset({"DATE", "TIME"})


def _timed_after(noun: Token) -> bool:
    """Whether an event noun has a participle of setting after it with the time it is set for
    ("in a vote expected within the next month, the board will ...", "the strike planned
    for Monday"), in a clause not told in the past ("the summit planned for May went
    ahead" took place)."""
    participle = next(
        (
            c
            for c in dependents(noun)
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SETTING_AHEAD
        ),
        None,
    )
    if participle is None or not (timed_ahead(participle) or _set_for_a_date(participle)):
        return False
    clause = _verb_above(noun)
    auxiliaries = {c.lower_ for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ != "VBD" and not auxiliaries & PAST_AUX


def _set_for_a_date(participle: Token) -> bool:
    """Whether a participle's own time phrase names a date or a time ("set for May 3") or a
    time ahead ("expected within the next month": the clause is not in the past, so
    "the next" is not the next day of a story told)."""
    times = [
        o
        for p in dependents(participle)
        if p.dep_ == "prep"
        for o in dependents(p)
        if o.dep_ == "pobj"
    ]
    return any(
        time.ent_type_ in _SET_TIMES
        or any(w.dep_ == "amod" and w.lower_ in TIME_AHEAD_WORDS for w in dependents(time))
        for time in times
    )


def aux_modality(word: str, verb: Token) -> Modality:
    if word == "should" and inverted(verb):
        return "conditional"  # "should he lose": an "if" without the "if"
    conditioned = has_condition(verb) and not regardless(verb)
    if conditioned and word in _FORECAST:
        return "conditional"  # "the truce will only hold if others do the same"
    negated = any(negates(c) for c in dependents(verb)) or opened_by_nor(verb)
    if negated and word in WOULD and in_perfect(verb):
        return "conditional"  # "would not have won without them": they did; no refusal
    if negated and word == "could" and in_perfect(verb) and _done_only_with(verb):
        return "conditional"  # "could not have taken it without the tanks": they took it
    if negated and (word in WOULD or word == "could"):
        return "negated"  # "he would not elaborate", "they could not take the city": refusal
    if (word in WOULD or word == "could") and in_perfect(verb):
        return "conditional"  # "could have opened the safe": it did not happen
    if _inferred_past(word, verb):
        return "possible"  # "they must have left early": a guess, no one is told to
    # "said it would withdraw": "would" in reported speech is the future seen from the past;
    # in the speaker's own words ('"It would take an hour," he said') it stays a condition.
    if word in WOULD and _reported(verb) and not in_quote(verb):
        return "future"
    return AUX_MODALITY[word]


def _done_only_with(verb: Token) -> bool:
    """Whether a "without" on ``verb`` names what the act needed ("could not have taken the
    city without the tanks", "without training"): the act was done, with it; only the act
    without it is denied. A bare "could not have V-ed" ("they could not have known") is a
    denial."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "without"
        and c.i > verb.i
        and any(d.dep_ in {"pobj", "pcomp"} for d in dependents(c))
        for c in dependents(verb)
    )


def _inferred_past(modal: str, verb: Token) -> bool:
    """ "they must have left early", "the letter must not have been his own": "must" with a
    perfect infers what was (or was not) done, a guess at the past; nothing is asked, as
    "must" asks of an act to come. Not with a time still ahead, a deadline that makes it a
    rule ("applicants must have finished the course by next June")."""
    return modal == "must" and in_perfect(verb) and not timed_ahead(verb)


def _reported(verb: Token) -> bool:
    """Whether a verb stands in a reporting verb's clause, also where the parse hangs the
    clause on the one that sets the saying in time ("told reporters after the vote ended
    that taxes would rise")."""
    return under_reporting(verb) or said_across_time(verb)


def own_tense(conj: Token, first: Token) -> bool:
    """Whether a verb joined to one under a modal or a "to" has a tense of its own, so the
    modal does not reach it: "will meet on Monday and have said they ...", "may sign, and
    the army has left", "failed to agree and filed for bankruptcy". Two verbs of one tense
    share their context ("could worsen as prices fall and markets swing")."""
    first_auxiliaries = {c.lower_ for c in dependents(first) if c.dep_ in {"aux", "auxpass"}}
    if not first_auxiliaries & (set(AUX_MODALITY) | {"to"}) and first.tag_ != "VB":
        return False  # "as prices fall and markets swing": one tense, the same context
    auxiliaries = [c.lower_ for c in dependents(conj) if c.dep_ in {"aux", "auxpass"}]
    if auxiliaries:
        return bool(set(auxiliaries) & _TENSE_AUX)
    if conj.tag_ == "VBZ" or (conj.tag_ in {"VBD", "VBP"} and has_subject(conj)):
        return True
    # A past without its own subject only when it is no base form too ("may backfire and
    # cost her votes": "cost" may be either), nor after a perfect or a passive. A past
    # participle counts: none can follow a bare "to" or modal, and the parser tags some
    # pasts so ("hoped to win the vote but lost").
    return (
        conj.tag_ in {"VBD", "VBN"}
        and conj.lower_ != conj.lemma_.lower()
        and not first_auxiliaries & {"have", "be", "been", "'ve", "\u2019ve"}
    )


def ability_used(able: Token) -> bool:
    """ "was able to", "were unable to", "had been able to": "able" after a past or perfect
    "be" with no modal ("will be able to", "would be able to" stay possible). Not "is able
    to" (an ability now), nor "able" that is no predicate ("an able leader"). A habit
    ("was often able to") is told as done, as a habitual "would" is."""
    be = able.head
    if able.dep_ != "acomp" or be.lemma_ != "be":
        return False
    auxes = [c.lower_ for c in dependents(be) if c.dep_ == "aux"]
    if any(word in AUX_MODALITY for word in auxes):
        return False
    perfect = be.tag_ == "VBN" and any(word in {"had", "has", "have"} for word in auxes)
    return be.tag_ == "VBD" or perfect


def compared_in_past(likely: Token) -> bool:
    """ "smokers were more likely to quit", "those in debt were most likely to leave": a
    likelihood compared between groups, told in the past, is a rate measured on what they
    did, no forecast. Not in the present ("are more likely to quit": a tendency, maybe
    ahead), under a modal, nor in what someone said ("said they were more likely to vote
    for him": their own forecast)."""
    be = likely.head
    if likely.lower_ != "likely" or likely.dep_ != "acomp" or be.lemma_ != "be":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in _COMPARING for c in dependents(likely)):
        return False
    return be.tag_ == "VBD" and not under_reporting(be)


# The words that compare a likelihood: "more likely", "most likely", "less likely".
_COMPARING = frozenset({"more", "most", "less", "least"})


def obliged(clause: Token, got: Token) -> bool:
    """ "we've got to work it out", "he has got to go", "we gotta win": "have got to" with
    an infinitive says what must be done, as "must" does; "I got to know him", "he got to
    see the match" (a chance had) and "had got to" say it was done."""
    to = next((c for c in dependents(clause) if c.dep_ == "aux" and c.lower_ in {"to", "ta"}), None)
    if got.lower_ != "got" or to is None:
        return False
    return to.lower_ == "ta" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _HAVE_PRESENT for c in dependents(got)
    )


def goes_on(clause: Token, verb: Token) -> bool:
    """ "went on to win the title", "the letter goes on to say": "go on" with an infinitive
    after it tells what was done next, as real as the going on ("would go on to win" only
    as the "would" lets it); no purpose, and no "going to" of the future. ("To show the
    mood, he went on to ..." is a purpose still.)"""
    return verb.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" and c.i < clause.i for c in dependents(verb)
    )


def used_to(verb: Token) -> bool:
    """ "the rebels used to hold the town", "a pub that used to sell cheap beer": "used to"
    tells what happened as a habit, as done as the past it is told in. Not "used drones to
    drop bombs" (an object: a tool and the act done with it,
    :func:`kg.extract.done_acts.used_for`), the passive "was used to kill" or
    "botnets used to attack", the perfect "has used to pay", nor a relative clause with a
    subject of its own ("the gun he used to escape" and "the town they used to hold" parse
    alike)."""
    if verb.lower_ != "used" or verb.tag_ != "VBD":
        return False
    if any(c.dep_ in {"dobj", "aux", "auxpass", "nsubjpass"} for c in dependents(verb)):
        return False
    if verb.dep_ == "acl":
        return False  # "botnets used to attack machines": a passive participle
    return verb.dep_ != "relcl" or _subject_relative(verb)


def _subject_relative(verb: Token) -> bool:
    """Whether a relative clause's pronoun is its subject ("a pub that used to sell beer"),
    not its object ("the gun he used to escape", "the job he had to offer")."""
    return any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in dependents(verb))


def had_to(verb: Token) -> bool:
    """ "had to leave the field", "has had to cancel the show": an obligation told in the
    past or the perfect of one's own story was met, the act done (the factuality split's
    crowd rates "police had to use tear gas" 2.4). Not with a modal ("would have had to"),
    negated ("never had to pay"), nor in reported speech, where a past "had to" stands for
    the speaker's "has to" ("said the plan had to be stopped"; a perfect, "said they have
    had to close two shops", is told done there too), a clause of what someone felt
    or knew ("felt he had to act", "unaware that they had to renew it"), or a relative
    clause whose noun is what was had ("the best job he had to offer", "every skill you
    had to win": a thing held for a use; "a mother who had to sell her car" is told), nor
    with an object of its own ("had no debts to pay", "had one man fit to fight")."""
    if verb.lemma_.lower() != "have" or verb.lower_ != "had":
        return False
    if verb.dep_ == "relcl" and not _subject_relative(verb):
        return False
    auxes = [c.lower_ for c in dependents(verb) if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBN":
        if not auxes or any(word not in _HAVE_PRESENT for word in auxes):
            return False  # "has had to cancel"; not "will have had to"
    elif verb.tag_ != "VBD" or auxes:
        return False
    if any(negates(c) for c in dependents(verb)):
        return False
    if any(c.dep_ == "dobj" for c in dependents(verb)):
        return False  # "had no debts to pay": a thing had for a use, no obligation
    if verb.tag_ == "VBN":
        # The perfect is no speaker's "has to" told in the past: "said they have had to
        # close two shops", 'replied: "we have had to move fast"' tell it done.
        return True
    return verb.dep_ != "ccomp" and not under_reporting(verb)
