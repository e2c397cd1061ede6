"""Factuality: whether an event is reported as having happened.

News reports many actions that did not (or not yet) happen: what someone asks for
("urged residents to stay indoors"), means to do ("plans to attack"), does something
for ("troops were sent to repel the raid"), would do if ("if talks fail, ..."), will do,
may do, or asks about. Each event gets one :data:`~kg.model.Modality`, read from the
parse: the event's own auxiliaries and adverbs first, then the words that govern it,
walking up the tree through complements, coordination and subordinate clauses until a
reporting verb (whose content keeps its own modality; the speaker is its source).

The word lists are data, in :mod:`kg.lang.en` (section "factuality").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.attribution import quotes
from kg.extract.spans import (
    dependents,
    given_text,
    has_subject,
    infinitive,
    negates,
    sentence_of,
)
from kg.lang.en import (
    ABILITY_WORDS,
    AIM_PREPOSITIONS,
    ATTEMPT_WORDS,
    AWAITING_VERBS,
    BAN_ENDING_VERBS,
    BAN_NOUNS,
    CONDITION_MARKS,
    DENIED_CLAIM_NOUNS,
    DISCOVERY_VERBS,
    FACTIVE_ADJECTIVES,
    FUTURE_WORDS,
    GERUND_CHAIN_VERBS,
    HABIT_ADVERBS,
    HEDGE_ADJECTIVES,
    HEDGE_ADVERBS,
    HELD_VIEW_VERBS,
    IMPLICATIVE_VERBS,
    INTENT_NOUNS,
    INTENT_VERBS,
    JOINING_VERBS,
    LATER_ADVERBS,
    LEVEL_NOUNS,
    LIKELIHOOD_WORDS,
    NEGATIVE_IMPLICATIVES,
    NOBODY_WORDS,
    PENALTY_NOUNS,
    PERMITTING_VERBS,
    POINT_IN_TIME_WORDS,
    POSSIBILITY_NOUNS,
    POSSIBILITY_VERBS,
    PREVENTING_VERBS,
    PURPOSE_MARKS,
    RANKED_NON_DOERS,
    RANKING_WORDS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    REQUESTED_OBJECT_VERBS,
    SENSE_VERBS,
    SETTLING_VERBS,
    TASK_NOUNS,
    TIME_UNITS,
    VALUE_MOVE_VERBS,
    WEEKDAYS,
)
from kg.lang.wordnet import NOUN_GROUP, NOUN_PERSON, noun_classes, verb_frames
from kg.model import Modality

__all__ = [
    "modality",
    "names_no_one",
    "object_gap",
    "permission_requested",
    "ranked",
    "takes_time",
]

# How far up the tree the walk goes: beyond a few clauses the link is too loose to trust.
_MAX_STEPS = 6

# Auxiliaries, by the modality they give the verb they go with.
_AUX: dict[str, Modality] = {
    "will": "future",
    "shall": "future",
    "'ll": "future",
    "wo": "future",  # "won't"
    "would": "conditional",
    "'d": "conditional",
    "could": "possible",
    "may": "possible",
    "might": "possible",
    "can": "possible",
    "ca": "possible",  # "can't"
    "should": "requested",
    "must": "requested",
    "ought": "requested",
}
# The same written with a curly apostrophe ("he’d force them", "they’ll meet"), as news
# sites print them.
_AUX |= {word.replace("'", "\u2019"): found for word, found in _AUX.items() if "'" in word}
# "able to" and "unable to": told of the past, the act done or not ("was able to return").
_ABLE = frozenset({"able", "unable"})
# "would" and its contractions.
_WOULD = frozenset({"would", "'d", "\u2019d"})
# Words whose clause is asked about: "asked whether", "unclear how".
_ASKING = frozenset(
    {
        "ask", "wonder", "unclear", "question", "know", "uncertain", "inquire", "doubt",
        "see", "decide", "determine", "discuss", "debate", "consider", "vote",
    }
)  # fmt: skip
# Edges the walk follows from an event up to what governs it.
_UP = frozenset(
    {
        "xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj",
        "acomp", "csubj",
    }
)  # fmt: skip
# Verbs whose complement is reported speech or belief: the walk stops there.
_REPORTING = REPORTING_VERBS | {"accord", "think"}
# Auxiliaries whose verb an if-clause makes conditional ("will only hold if ...").
_FORECAST = frozenset(
    {"will", "shall", "'ll", "\u2019ll", "wo", "could", "may", "might"} | _WOULD
)
# Marks of a clause that holds only if something else does ("whether" asks instead).
_IF = CONDITION_MARKS - {"whether", "lest"}
# Subordinators of a clause that states a fact of its own, whatever the tense: "because
# they attacked", "though CNN debunked it".
_FACT_MARKS = frozenset({"because", "although", "though", "whereas"})
# Auxiliaries that put a verb in the past: "had agreed", "was shelled", "did not".
_PAST_AUX = frozenset({"had", "was", "were", "did"})
# Auxiliaries that give a verb a tense of its own: "will meet and have said" (not "be",
# which goes on with the modal before it: "will be arrested and be charged").
_TENSE_AUX = _PAST_AUX | {"has", "have", "is", "are", "am", "does", "do"} | {
    apostrophe + ending for apostrophe in "'\u2019" for ending in ("ve", "re", "m")
}
# Pronouns that name no one in particular: "anyone who lies", "everyone who signs up".
_ANY_ONE = frozenset(
    "anyone anybody anything whoever whatever everyone everybody everything".split()
)
# "have" in the present, as "have got to" has it: "we've got to", "he's got to".
_HAVE_PRESENT = frozenset({"has", "have"}) | {
    apostrophe + ending for apostrophe in "'\u2019" for ending in ("ve", "s")
}
# Tags of the words that open a wh-question: "asked why he left", "who carried it".
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def modality(verbs: list[Token], trigger: Token, *, negated: bool = False) -> Modality:
    """The factuality of the event whose trigger and verb chain are given.

    Args:
        verbs: The event's verb chain, governor first ("plan", "attack" for "plans to
            attack"); for an event noun, the noun alone.
        trigger: The event's trigger token.
        negated: Whether the event is negated ("did not attack").

    Returns:
        ``"negated"`` or ``"asserted"`` when nothing makes the event non-factual, else the
        first non-factual reading found, nearest the event first.
    """
    head = verbs[0] if verbs else trigger
    found = (
        _embedded_question(head)
        or _inside_condition(head)
        or _local(verbs, trigger)
        or _governed(head)
        or ("conditional" if _conditioned(head) and not _regardless(head) else None)
    )
    if found is not None:
        return found
    return "negated" if negated or _negative_subject(head) else "asserted"


def _local(verbs: list[Token], trigger: Token) -> Modality | None:
    """What the event's own words say: a question, an imperative, a modal, a hedge."""
    head = verbs[0] if verbs else trigger
    if _is_question(head):
        return "question"
    if len(verbs) > 1 and _possibility_modal(head):
        return "possible"  # "Iran might need to find buyers": the whole chain may not be
    for verb in verbs[:-1]:
        if verb.lemma_.lower() in NEGATIVE_IMPLICATIVES:
            return "negated"  # "refused to sign", "failed to stop"
        if verb.lemma_.lower() in INTENT_VERBS:
            return "intended"
        if _requests(verb):
            return "requested"
    for verb in verbs:
        hedged = any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in dependents(verb))
        for child in dependents(verb):
            word = child.lower_
            if child.dep_ == "aux" and word in _AUX and not _sensed(word, verb):
                if _had(word, verb):
                    continue  # "he'd asked them": "had", the past perfect
                if _past_would(word, verb):
                    continue  # "on Sundays she would sit by the river": she did
                found = _aux_modality(word, verb)
                # "will probably lose": the hedge says how sure the forecast is.
                return "possible" if hedged and found in {"future", "conditional"} else found
        if hedged:
            return "possible"
    if _faces_penalty(head):
        return "possible"  # "faces up to 20 years in prison": a sentence not yet given
    if trigger.pos_ == "NOUN":
        if any(c.dep_ == "amod" and c.lower_ in HEDGE_ADJECTIVES for c in dependents(trigger)):
            return "possible"  # "in an apparent slight to the council"
        if _scheduled(trigger):
            return "future"  # "Her hearing is scheduled for May 3"
    if _is_imperative(head):
        return "requested"
    return None


def _had(word: str, verb: Token) -> bool:
    """Whether "'d" stands for "had": before a participle with no "have" or "be" of its own
    ("he'd asked", "she'd been named"; "he'd have won", "they'd be arrested" are "would")."""
    return (
        word in _WOULD - {"would"}
        and verb.tag_ in {"VBN", "VBD"}
        and not any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in {"have", "be"} for c in dependents(verb)
        )
    )


def _past_would(word: str, verb: Token) -> bool:
    """ "on Sundays she would sit by the river", "he would often walk to the mill": "would"
    with an adverb of how often (:data:`~kg.lang.en.HABIT_ADVERBS`) or a day of each week
    tells what used to happen, no condition; "rifles that would later turn up in the
    market", "he won the race and would go on to win the cup": with "later"
    (:data:`~kg.lang.en.LATER_ADVERBS`) or "go on to" in a story told in the past, what
    happened next (:func:`_later_in_story`). Not "would
    not" (a refusal), "would have", nor with an if-clause or "without" ("if it rained,
    they would often stay in")."""
    if word not in _WOULD or _perfect(verb) or _conditioned(verb):
        return False
    if any(negates(c) or c.lower_ in {"without", "otherwise"} for c in dependents(verb)):
        return False  # "without the aid, farmers would often go bankrupt": a condition
    return _habitual(verb) or _later_in_story(verb)


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
    if any(a.lemma_.lower() in _REPORTING | HELD_VIEW_VERBS for a in verb.ancestors):
        return False
    near = [verb.head] if verb.dep_ in {"relcl", "advcl", "conj"} else []
    near += [c for c in dependents(verb) if c.dep_ == "conj"]
    anchor = [n.head if n.pos_ in {"NOUN", "PROPN", "PRON"} else n for n in near]
    return any(n.tag_ == "VBD" for n in anchor)


#: Days said of every week: "on Sundays", "on weekends".
_EVERY_WEEK = frozenset(day + "s" for day in WEEKDAYS) | {"weekends"}


def _sensed(modal: str, verb: Token) -> bool:
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
        and not _perfect(verb)
        and not _conditioned(verb)
    )


def _possibility_modal(verb: Token) -> bool:
    """ "might need to", "could try to": a modal of possibility, not negated, on the first
    verb of a chain ("could have tried" is a condition, "could not" a refusal)."""
    modal = next((c.lower_ for c in dependents(verb) if c.dep_ == "aux" and c.lower_ in _AUX), None)
    return modal in {"may", "might", "could"} and _aux_modality(modal, verb) == "possible"


def _faces_penalty(verb: Token) -> bool:
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


def _scheduled(noun: Token) -> bool:
    """An event noun that is the subject of "is scheduled / set / due / expected", not in
    the past tense ("the meeting was scheduled for Monday" may since have taken place)."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in FUTURE_WORDS:
        return False
    auxiliaries = {c.lower_ for c in dependents(verb) if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ != "VBD" and not auxiliaries & _PAST_AUX


def _aux_modality(word: str, verb: Token) -> Modality:
    if word == "should" and _inverted(verb):
        return "conditional"  # "should he lose": an "if" without the "if"
    conditioned = _conditioned(verb) and not _regardless(verb)
    if conditioned and word in _FORECAST:
        return "conditional"  # "the truce will only hold if others do the same"
    negated = any(negates(c) for c in dependents(verb))
    if negated and (word in _WOULD or word == "could"):
        return "negated"  # "he would not elaborate", "they could not take the city": refusal
    if (word in _WOULD or word == "could") and _perfect(verb):
        return "conditional"  # "could have opened the safe": it did not happen
    # "said it would withdraw": "would" in reported speech is the future seen from the past;
    # in the speaker's own words ('"It would take an hour," he said') it stays a condition.
    if word in _WOULD and _under_reporting(verb) and not _in_quote(verb):
        return "future"
    return _AUX[word]


def _in_quote(token: Token) -> bool:
    """Whether a token stands in a quote of its document (:func:`kg.extract.attribution.quotes`;
    the parse often glues the opening mark to the sentence before)."""
    text = given_text(token.doc)
    if text is None:
        text = token.doc.text
    return any(q.start <= token.idx < q.end for q in quotes(text))


def _perfect(verb: Token) -> bool:
    """ "have unlocked", "to have captured": a past participle with "have"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"have", "'ve", "\u2019ve"} for c in dependents(verb)
    )


def _inverted(verb: Token) -> bool:
    """ "should he lose", "had they known": the auxiliary before the subject opens a condition."""
    subjects = [c.i for c in dependents(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and any(
        c.dep_ in {"aux", "auxpass"}
        and c.i < min(subjects)
        and c.lower_ in {"should", "had", "were"}
        for c in dependents(verb)
    )


def _marks(verb: Token) -> set[str]:
    """The subordinators of the verb's clause; the parser sometimes hangs them on an
    auxiliary ("If she does n't qualify": "If" under "does")."""
    found = {c.lower_ for c in dependents(verb) if c.dep_ == "mark"}
    for child in dependents(verb):
        if child.dep_ in {"aux", "auxpass"}:
            found |= {g.lower_ for g in dependents(child) if g.dep_ == "mark"}
    return found


def _states_fact(clause: Token) -> bool:
    """A subordinate clause that says what happened, whatever the main clause's modality:
    "since Washington broke off contact", "because it attacked", "as the plane hit"."""
    marks = _marks(clause)
    if marks & _IF or _inverted(clause):
        return False
    if clause.tag_ == "VBD":
        return True  # a verb in the past tense is finite, subject or not
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in dependents(clause)):
        return False
    return bool(marks & _FACT_MARKS) or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _PAST_AUX for c in dependents(clause)
    )


def _inside_condition(start: Token) -> Modality | None:
    """ "if it voted to leave": whatever the event is within a condition holds only if."""
    node = start
    for _ in range(_MAX_STEPS):
        if node.pos_ in {"VERB", "AUX"} and (_marks(node) & _IF or _inverted(node)):
            if node.dep_ == "advcl" or node.dep_ == "ccomp":
                asked = node.head.lemma_.lower() in _ASKING and _asks_if(node)
                return None if asked else "conditional"
        if node.pos_ in {"VERB", "AUX"} and _promised_by_order(node):
            return "conditional"  # "Do it, and we will pay": only if it is done
        dep, head = node.dep_, node.head
        if head is node or dep not in _UP or dep == "relcl":
            return None
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in _REPORTING and dep == "ccomp":
            return None
        node = head
    return None


def _asks_if(clause: Token) -> bool:
    """ "asked if the road was open", "to see if it works": an if-clause after the verb
    it hangs on asks about it; one before it is a condition ("If you climb the hill, you
    can see the sea")."""
    return "if" in _marks(clause) and clause.i > clause.head.i


def _regardless(verb: Token) -> bool:
    """ "If she does n't qualify, her team will still travel": it holds either way."""
    return any(
        c.dep_ == "advmod" and c.lower_ in {"still", "anyway", "regardless"}
        for c in dependents(verb)
    )


def _negative_subject(verb: Token) -> bool:
    """ "neither Ruiz nor Ortiz was charged", "nobody was hurt"."""
    return any(names_no_one(c) for c in dependents(verb) if c.dep_ in {"nsubj", "nsubjpass"})


def names_no_one(noun: Token) -> bool:
    """Whether a noun phrase names no one: "nobody", "no group", "neither side", "neither
    Ruiz nor Ortiz" (:data:`~kg.lang.en.NOBODY_WORDS`)."""
    return noun.lower_ in NOBODY_WORDS or any(
        c.dep_ in {"preconj", "det"} and c.lower_ in {"neither", "no"} for c in dependents(noun)
    )


def _conditioned(verb: Token) -> bool:
    """Whether an "if" or "unless" clause hangs on the verb or its clause."""
    node = verb
    for _ in range(_MAX_STEPS):
        for child in dependents(node):
            if child.dep_ == "advcl" and (_marks(child) & _IF or _inverted(child)):
                if "even" not in {g.lower_ for g in dependents(child) if g.dep_ == "advmod"}:
                    return True
        if node.dep_ not in {"conj", "xcomp"} or node.head is node:
            return False
        node = node.head
    return False


def _under_reporting(token: Token) -> bool:
    node = token
    for _ in range(_MAX_STEPS):
        if node.dep_ not in {"ccomp", "conj", "xcomp"} or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in _REPORTING:
            return True
    return False


def _is_question(head: Token) -> bool:
    # Only the clause that asks: "He said they attacked. Why?" leaves "attacked" alone,
    # and a question's answer in a subordinate clause is still asked about. Checked
    # before the sentence's last word, as ``head.sent`` walks the sentence to find it.
    node = head
    while node.dep_ in {"conj", "xcomp", "advcl"} and node.head is not node:
        node = node.head
    if node.dep_ != "ROOT":
        return False
    sentence = sentence_of(head)
    last = next((t for t in reversed(sentence) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _is_imperative(verb: Token) -> bool:
    """ "Stay indoors.", "Do not leave": a base form with no subject, opening its clause;
    also one that opens a quote its speaker's verb follows ('"Stay indoors," he said')."""
    if verb.tag_ != "VB" or verb.dep_ not in {"ROOT", "conj", "ccomp", "advcl"}:
        return False
    if verb.dep_ == "conj":
        return _is_imperative(verb.head)
    # '"Fight them," he urged the crowd': the parse may hang the quote as a clause of
    # its tag, a reporting or a request verb.
    if verb.dep_ in {"ccomp", "advcl"} and not (
        verb.head.lemma_.lower() in _REPORTING | REQUEST_VERBS
        and verb.head.i > verb.i
        and _opens_quote(verb)
    ):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in dependents(verb)):
        return False
    if any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ not in {"do", "don't"} for c in dependents(verb)
    ):
        return False
    first = next(
        (t for t in sentence_of(verb) if not t.is_punct and not t.is_space and not t.is_quote), None
    )
    # The verb opens the clause, or follows only "do not", "please", "just".
    opening = [t for t in sentence_of(verb) if t.i < verb.i and not t.is_punct and not t.is_quote]
    return first is not None and all(
        t.lower_ in {"do", "not", "n't", "please", "just", "never", "now", "then", "so"}
        for t in opening
    )


def _proposes(let: Token, clause: Token) -> bool:
    """ "Let's talk about the budget", "but let's not forget": "let's" proposes the clause
    whose subject its "'s" is to the speaker's own side (not a clause the parse hangs on
    "let" with a subject of its own: '"Let's go," he tells them')."""
    us = let.i + 1
    return (
        let.lemma_.lower() == "let"
        and us < len(let.doc)
        and let.doc[us].lower_ in {"'s", "\u2019s"}
        and any(c.dep_ == "nsubj" and c.i == us for c in dependents(clause))
    )


def permission_requested(verb: Token) -> bool:
    """Whether a verb of letting ("allow", "let") is itself asked for: "Do not allow them
    to ...", "urged the council to let them ..."."""
    return (_local([verb], verb) or _governed(verb)) == "requested"


def _eases(be: Token) -> bool:
    """ "is easier", "will be hard": the copula of an adjective of ease or ability."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() in ABILITY_WORDS for c in dependents(be))


def _opens_quote(verb: Token) -> bool:
    """Whether the verb's clause starts right after an opening quote mark."""
    first = verb.left_edge
    while first.is_punct and first.i < verb.i and not first.is_quote:
        first = first.doc[first.i + 1]
    if first.is_quote and first.i < verb.i:
        return True
    return first.i > 0 and first.doc[first.i - 1].is_quote


def _promised_by_order(verb: Token) -> bool:
    """ "Open the border, and it will be easier": a clause in the future tense joined to an
    imperative by "and" says what follows if the order is obeyed."""
    if verb.dep_ != "conj" or not _is_imperative(verb.head):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in dependents(verb.head)):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in {"will", "'ll", "\u2019ll"} for c in dependents(verb)
    )


def _embedded_question(head: Token) -> Modality | None:
    """ "asked whether he would accept", "unclear how much they will buy": asked about,
    whatever the clause's own modal says."""
    node = head
    for _ in range(3):
        if node.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "csubj", "pcomp"}:
            return None
        if node.head is node:
            return None
        asks = node.head.lemma_.lower() in _ASKING
        if "whether" in _marks(node) or (asks and _asks_if(node)):
            return "question"
        if asks and _opens_wh(node):
            # "asked why he chose to leave": a wh-question asks who, why or how of something
            # told as done; only one ahead or not told ("asked who will lead") is asked about.
            return None if _told_as_done(node) else "question"
        node = node.head
    return None


def _opens_wh(clause: Token) -> bool:
    """Whether a wh-word opens the clause: "why he chose", "who carried it"."""
    return any(
        c.tag_ in _WH_TAGS and c.i < clause.i
        for c in (*dependents(clause), *(g for c in dependents(clause) for g in dependents(c)))
    )


def _asked_of_done(clause: Token) -> bool:
    """ "declined to say why he chose to leave": a wh-question about something told as done
    (:func:`_told_as_done`) does not put it in doubt, whatever governs the asking."""
    return (
        clause.dep_ in {"ccomp", "xcomp", "advcl", "conj", "csubj", "pcomp"}
        and clause.head.lemma_.lower() in _ASKING
        and not _marks(clause) & {"whether", "if"}
        and _opens_wh(clause)
        and _told_as_done(clause)
    )


def _what_was_done(clause: Token) -> bool:
    """ "wants to fix what was broken", "to be sure that what was published is right": a
    clause that "what" opens as its subject or object, in the past or the perfect
    (:func:`_told_as_done`), tells what was done, whatever governs the clause it stands in,
    as a wh-question about something done does (:func:`_asked_of_done`)."""
    return (
        clause.dep_ in {"ccomp", "csubj", "csubjpass", "dobj", "pobj", "pcomp"}
        and any(
            c.lower_ in {"what", "whatever"} and c.dep_ in {"nsubj", "nsubjpass", "dobj"}
            for c in dependents(clause)
            if c.i < clause.i
        )
        and _told_as_done(clause)
    )


def _told_as_done(clause: Token) -> bool:
    """Whether a clause is in the past or the perfect, with no modal: "he chose",
    "had been held", "has left"."""
    auxiliaries = [c.lower_ for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}]
    if any((word in _AUX and not _had(word, clause)) or word == "to" for word in auxiliaries):
        return False
    done = _PAST_AUX | {"has", "have"} | (_WOULD - {"would"})  # "'d" here is "had"
    return clause.tag_ == "VBD" or bool(set(auxiliaries) & done)


def _governed(start: Token) -> Modality | None:
    """What governs the event: a request, an intention, a purpose, a condition, a modal."""
    node = start
    means = False
    for _ in range(_MAX_STEPS):
        dep, head = node.dep_, node.head
        if dep == "relcl" and _generic_relative(node):
            return "conditional"  # "anyone who lies could be fined": if someone lies
        if dep == "acl" and _generic_participle(node):
            return "conditional"  # "anyone lying to the police could be fined": the same
        if head is node or dep not in _UP or (dep == "relcl" and not infinitive(node)):
            return None  # a finite relative clause says something of its own
        if means and infinitive(node) and head.lemma_.lower() in ATTEMPT_WORDS:
            return _as_done(head)  # "tried to calm them by joking": made by joking
        if dep == "conj" and _own_tense(node, head):
            return None  # "will meet on Monday and have said ...": a clause of its own
        if _asked_of_done(node) or _what_was_done(node):
            return None  # "declined to say why he left": he left
        judging = _judging(node, head) if infinitive(node) else None
        if judging is not None:
            return _judged_as(judging)  # "it was rude of him to leave", "the first to win"
        if dep == "advcl" and _states_fact(node):
            return None  # "will meet, since Washington broke off contact": a fact of its own
        if infinitive(node) and _perfect(node):
            return None  # "claims to have captured", "said to have been": reported as done
        if dep == "advcl" and _trailing_participle(node) and not _quoted_from(head, node):
            # "signed a pact and pledged to reopen the border, speeding a truce": the
            # participle comments on the whole coordination, not on its nearest verb.
            top = head
            while top.dep_ in {"xcomp", "conj"} and top.head is not top:
                top = top.head
            found = _local([top], top)
            return None if found == "question" else found
        if dep == "acl" and has_subject(node) and not infinitive(node):
            # A noun's finite clause ("reports that troops had looted the town") says what
            # it says, whatever governs the noun; unless a denial takes the noun.
            return "negated" if _denied_claim(head) else None
        if dep == "acl" and node.tag_ == "VBN" and not infinitive(node):
            return None  # "the decision, announced on Monday, ...": a reduced relative clause
        if dep in {"acl", "relcl"} and infinitive(node) and _way_found(head):
            if any(c.dep_ == "det" and c.lower_ == "no" for c in dependents(head)):
                return "negated"  # "found no way to verify it": not verified
            return _as_done(head.head)  # "found a way to cut costs": cut them
        found = _step(node, dep, head)
        if found is not None:
            return found
        if dep in {"pobj", "pcomp"} and head.pos_ == "ADP":
            if head.lower_ == "without":
                return "negated"  # "without investigating"
            if head.lower_ == "from" and _prevents(head.head):
                return _prevented(head.head)
            if head.lower_ in {"on", "against"} and _bans(head.head):
                return _banned(head.head)  # "the ban on giving false information"
            if _means(head):
                means = True  # "by cutting costs": done only if what it is done for is
            elif _presupposes(head):
                return None
        lemma = head.lemma_.lower()
        if dep == "dobj" and lemma == "deny" and node.pos_ == "NOUN" and node is start:
            # "the party denied involvement", "the army denied the shelling": the deed
            # denied is, as its source tells it, a deed that did not happen.
            return "negated"
        if lemma == "deny" and head.pos_ == "VERB" and _denies(node, dep, start):
            # "the army denied that it had shelled the market", "denied reports that
            # ...": the denier tells it as not having happened.
            return None if any(negates(c) for c in dependents(head)) else "negated"
        if head.pos_ in {"VERB", "AUX"} and lemma in _REPORTING and dep in {"ccomp", "dobj"}:
            return None  # reported content: its modality is its own, its speaker its source
        passes_on = (
            dep in {"xcomp", "conj", "acomp", "advcl"}
            or (dep == "prep" and lemma in IMPLICATIVE_VERBS)  # "may succeed in silencing him"
            or (dep == "prep" and _joins_in(node))  # "to assist him in fetching it"
            or (dep == "csubj" and _act_as_subject(node))  # "Closing it would cost jobs"
            or (dep == "prep" and _means(node))  # "could save it by cutting costs"
            or (dep == "ccomp" and _brought_about(node, head))  # "may cause prices to rise"
        )
        if head.pos_ in {"VERB", "AUX"} and passes_on:
            inherited = _local([head], head)
            if inherited is not None and inherited != "question":
                return inherited
        node = head
    return None


def _generic_relative(clause: Token) -> bool:
    """ "anyone who lies could be fined", "any firm that breaks the rules", "everyone who
    signs up gets a card": a relative clause in the present on a noun that names no one in
    particular, which is its subject, tells what holds if someone does it, not that anyone
    did ("anyone who watched it", "anyone who has seen it" tell of acts done; "any help that
    he gives" of his)."""
    if not _names_anyone(clause.head):
        return False
    if not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"} for c in dependents(clause)
    ):
        return False  # "everything that Americans receive": what someone named does
    auxiliaries = {c.lower_ for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries - {"is", "are", "do", "does"}:
        return False  # a past, a perfect or a modal of its own
    return clause.tag_ in {"VBZ", "VBP"} or (bool(auxiliaries) and clause.tag_ in {"VBN", "VBG"})


def _names_anyone(noun: Token) -> bool:
    """ "anyone", "everything", "any firm", "every driver": no one in particular."""
    return noun.lower_ in _ANY_ONE or any(
        c.dep_ == "det" and c.lower_ in {"any", "every"} for c in dependents(noun)
    )


def _generic_participle(clause: Token) -> bool:
    """ "anyone giving false information could be fined", "any firm breaking the rules
    will lose its licence": an -ing clause on a noun that names no one in particular, in
    a sentence that tells what may, will or must happen to them, holds if someone does it,
    as a relative clause does (:func:`_generic_relative`). With no modal the participle may
    tell of acts done ("everyone attending the rally was searched", "anyone living here
    knows it"), so it stays as it was; so does a noun that is no doer ("any problem")."""
    noun = clause.head
    if clause.tag_ != "VBG" or has_subject(clause) or not _names_anyone(noun):
        return False
    if noun.lower_ not in _ANY_ONE and not _someone(noun):
        return False  # "won't have any problem talking to you": no doer named
    verb = noun.head
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.lower_ in _AUX for c in dependents(verb)
    )


def _own_tense(conj: Token, first: Token) -> bool:
    """Whether a verb joined to one under a modal or a "to" has a tense of its own, so the
    modal does not reach it: "will meet on Monday and have said they ...", "may sign, and
    the army has left", "failed to agree and filed for bankruptcy". Two verbs of one tense
    share their context ("could worsen as prices fall and markets swing")."""
    first_auxiliaries = {c.lower_ for c in dependents(first) if c.dep_ in {"aux", "auxpass"}}
    if not first_auxiliaries & (set(_AUX) | {"to"}) and first.tag_ != "VB":
        return False  # "as prices fall and markets swing": one tense, the same context
    auxiliaries = [c.lower_ for c in dependents(conj) if c.dep_ in {"aux", "auxpass"}]
    if auxiliaries:
        return bool(set(auxiliaries) & _TENSE_AUX)
    if conj.tag_ == "VBZ" or (conj.tag_ in {"VBD", "VBP"} and has_subject(conj)):
        return True
    # A past without its own subject only when it is no base form too ("may backfire and
    # cost her votes": "cost" may be either), nor after a perfect or a passive.
    return (
        conj.tag_ == "VBD"
        and conj.lower_ != conj.lemma_.lower()
        and not first_auxiliaries & {"have", "be", "been", "'ve", "\u2019ve"}
    )


def _judging(clause: Token, head: Token) -> Token | None:
    """The verb that tells of the act an infinitive names by judging its doer, or ranking
    them among those who did it; the act is as real as that verb's clause: "it was rude of
    him to walk out", "was quick to condemn", "was shocked to learn" (he walked out,
    condemned, learned); "became the first woman to climb it", "the latest firm to cut
    jobs". Not "the last chance to leave", "the first step to rebuild": no doer is ranked."""
    judged = None
    if head.lower_ in FACTIVE_ADJECTIVES and not _by_degree(head):
        # "quick to condemn" (its verb the copula), or a participle ("was shocked to learn")
        judged = head.head if head.pos_ == "ADJ" else head
    elif clause.dep_ == "xcomp" and head.lemma_ == "be" and _doer_judged(head):
        judged = head  # "it was rude of him to walk out", the infinitive hung on "was"
    elif clause.dep_ in {"relcl", "acl", "xcomp"} and ranked(head) and not object_gap(clause):
        judged = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return judged if judged is not None and judged.pos_ in {"VERB", "AUX"} else None


def _judged_as(verb: Token) -> Modality | None:
    """The modality of an act its doer is judged or ranked for: the judging verb's, but
    a judgement holds its act as done, denied or not ("was not the first to leave": others
    left before; "would not be surprised to see ...": a forecast, no refusal)."""
    modal = next((c.lower_ for c in dependents(verb) if c.dep_ == "aux" and c.lower_ in _AUX), None)
    own = _AUX[modal] if modal is not None else (_local([verb], verb) or _governed(verb))
    return None if own == "negated" else own


def _by_degree(adjective: Token) -> bool:
    """ "too rude to ignore", "smart enough to win": a degree, not a judgement of an act."""
    return any(c.lower_ in {"too", "enough"} for c in dependents(adjective))


def _doer_judged(be: Token) -> bool:
    """ "it was rude of him", "he was wrong": a judging adjective on the copula, with the
    doer named; "it is wrong to blame them" with no doer judges no act done."""
    judging = [
        c
        for c in dependents(be)
        if c.dep_ == "acomp" and c.lower_ in FACTIVE_ADJECTIVES and not _by_degree(c)
    ]
    if not judging:
        return False
    of = any(g.dep_ == "prep" and g.lower_ == "of" for c in (be, *judging) for g in dependents(c))
    personal = any(
        c.dep_ == "nsubj" and c.lower_ not in {"it", "this", "that"} for c in dependents(be)
    )
    return of or personal


def ranked(word: Token) -> bool:
    """ "the first woman", "the latest firm", "was the first" (:data:`RANKING_WORDS`), not
    a chance, a step or a plan ranked ("the last chance", "the first step")."""
    if word.lower_ in RANKING_WORDS:
        return True
    if word.pos_ not in {"NOUN", "PROPN"} or word.lemma_.lower() in _NO_DOERS:
        return False
    return any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in dependents(word))


def object_gap(clause: Token) -> bool:
    """Whether the noun an infinitive hangs on is its object, not its doer: "they are the
    only ones to blame", "the only nit to pick", "the only person to talk to" (no one is
    ranked for blaming, picking or talking). The infinitive has no object of its own, its
    verb cannot go without one (no frame of WordNet's most frequent senses does: "blame",
    not "win" or "leave": "the first woman to win"), and takes one of the noun's kind
    (someone for a person or a group, something else for a thing: "the only senators to
    attend" attended something); or its preposition has none ("to talk to")."""
    if has_subject(clause):
        return False  # "the only person who can petition": its own doer
    children = tuple(dependents(clause))
    if any(c.dep_ == "prep" and c.i > clause.i and not tuple(dependents(c)) for c in children):
        return True  # "the only person to talk to"
    shared = (g for c in children if c.dep_ == "conj" for g in dependents(c))
    if any(c.dep_ in _FILLED or c.lower_ == "so" for c in (*children, *shared)):
        # "the first woman to win the race", "the first to say that ...", "to do so", a
        # passive, an object shared with a verb joined ("the first to back and sign the bill")
        return False
    frames = verb_frames(clause.lemma_.lower())
    if any(c.dep_ == "prep" for c in children):
        if not any(sense & _PREPOSITIONAL for sense in frames):
            return False  # no phrase of its own: a particle ("the first to cheer on the idea")
        alone = _ALONE | _PREPOSITIONAL_ALONE
    else:
        alone = _ALONE
    if any(sense & alone for sense in frames):
        return False
    objects = _SOMEONE_OBJECT if _someone(clause.head) else _SOMETHING_OBJECT
    return any(sense & objects for sense in frames)


def _someone(noun: Token) -> bool:
    """Whether a ranked noun is a person or a group, as WordNet's two most frequent senses
    have it ("senator", "team"); "the first", "the only ones" and names are people."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() == "one":
        return True
    return bool(set(noun_classes(noun.lemma_.lower())[:2]) & {NOUN_PERSON, NOUN_GROUP})


def _found_out(clause: Token) -> bool:
    """ "arrived to find the house had been looted", "returned home to see her son crying":
    an infinitive of finding out whose find is a clause of its own tells what the act
    came upon, no purpose ("went to see her", "came to find work" are purposes; so are
    "went to see what happened" and "sent them to see that it is done")."""
    if clause.lemma_.lower() not in DISCOVERY_VERBS or has_subject(clause):
        return False
    for child in dependents(clause):
        if child.dep_ not in {"ccomp", "xcomp", "oprd"} or child.pos_ not in {"VERB", "AUX"}:
            continue
        if infinitive(child):
            return False  # "to find somewhere to live": a purpose
        asks = _marks(child) & {"if", "whether"} or any(
            t.tag_ in _WH_TAGS for t in child.subtree if t.i < child.i
        )
        ensures = "that" in _marks(child) and clause.lemma_.lower() in SENSE_VERBS
        return not asks and not ensures
    return False


def _brought_about(clause: Token, verb: Token) -> bool:
    """ "may cause the river to flood", "will make them leave", "should help the firm
    meet the rules": a clause with its own subject under a verb that brings it about or
    perceives it happens only as that verb's act does."""
    lemma = verb.lemma_.lower()
    if not has_subject(clause) or _marks(clause) or _opens_wh(clause):
        return False  # "remember that they left", "what I have seen": a clause of its own
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in dependents(clause)):
        return False
    if lemma in SENSE_VERBS or lemma in {"watch", "notice"}:
        return clause.tag_ in {"VB", "VBG", "VBN"}  # "see prices rise / rising / cut"
    return (clause.tag_ == "VB" or infinitive(clause)) and (
        lemma in IMPLICATIVE_VERBS or lemma in _BARE_INFINITIVE_VERBS
    )


def _act_as_subject(clause: Token) -> bool:
    """ "Closing the mine would cost jobs", "To leave now could be a mistake": an act
    named as the subject of a verb, with no subject of its own, is as real as what that
    verb says of it."""
    return (clause.tag_ == "VBG" or infinitive(clause)) and not has_subject(clause)


def _means(preposition: Token) -> bool:
    """ "could save the school by cutting the budget": "by" with a gerund tells how the
    verb's act is done, so it happens only if that act does (not "killed by a bomb")."""
    return (
        preposition.lower_ == "by"
        and preposition.dep_ == "prep"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in dependents(preposition))
    )


def _way_found(noun: Token) -> bool:
    """ "found a way to cut costs", "found ways to win": a way someone finds to do
    something is the doing, not a mere chance of it (:data:`~kg.lang.en.POSSIBILITY_NOUNS`).
    Only "find": no other verb of finding a way occurs in the training text."""
    return (
        noun.lemma_.lower() in {"way", "means"}
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() == "find"
    )


def _as_done(verb: Token) -> Modality | None:
    """The modality of an act that is done in doing ``verb``: the act of a way found
    ("found ways to press his agenda"), the means of an attempt ("tried to calm them by
    joking"). Done when ``verb`` is, not done when it is not ("has not found a way to",
    "do not try to ... by ..."), ahead or asked for with it ("will find a way to")."""
    own = _local([verb], verb) or _governed(verb)
    if own is None and any(negates(c) for c in dependents(verb)):
        return "negated"
    return own


def _denies(node: Token, dep: str, start: Token) -> bool:
    """Whether the walk reached "deny" from the clause it denies ("denied that it had
    shelled"); or, with a parse that hangs the clause on the verb, from a claim noun
    ("denied reports that troops had looted")."""
    if dep == "ccomp":
        return True
    return dep == "dobj" and node.i != start.i and node.lower_ in DENIED_CLAIM_NOUNS


def _denied_claim(noun: Token) -> bool:
    """ "denied reports that ...", "denies the claim that ...": a claim noun a denial,
    not itself negated, takes as object."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.lower_ in DENIED_CLAIM_NOUNS
        and verb.lemma_.lower() == "deny"
        and not any(negates(c) for c in dependents(verb))
    )


def _prevents(verb: Token) -> bool:
    """ "prevented the crowd from entering", "barred from leaving": a verb that keeps
    someone from the act after "from"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in PREVENTING_VERBS


def _bans(noun: Token) -> bool:
    """ "the ban on selling alcohol", "a moratorium on drilling": a ban noun, not one undone
    or broken ("lifted the ban on", "defied the ban on": the act may happen, or did)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in BAN_NOUNS:
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in BAN_ENDING_VERBS)


# A ban only put forward: "his proposed ban", "a planned moratorium".
_PROPOSED = frozenset({"propose", "proposed", "plan", "planned"})


def _banned(noun: Token) -> Modality | None:
    """The modality of the act a ban noun is on: what a preventing verb gives it, unless
    the ban is only proposed ("his proposed ban on entering": intended) or asked for in a
    copula's modal ("there should be a ban on entering": requested)."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in _PROPOSED for c in dependents(noun)):
        return "intended"
    if noun.dep_ == "attr":
        found = _local([noun.head], noun.head)
        if found is not None:
            return found
    return _prevented(noun)


def _prevented(verb: Token) -> Modality | None:
    """The modality of an act a preventing verb (or a ban noun) keeps someone from: not
    done when the preventing is told as done; what the preventing verb carries when it is
    itself not factual ("may help prevent them from buying": possible); and told as
    possibly done when the preventing is denied ("did not stop them from leaving")."""
    own = _local([verb], verb) or _governed(verb)
    if own is None and any(negates(c) for c in dependents(verb)):
        return None
    if own is None:
        return "negated"
    return None if own == "negated" else own


def _presupposes(preposition: Token) -> bool:
    """Whether an event named after the preposition is taken as having happened:
    "criticised Russia over the bombing", "prosecuted for publishing documents". Not so
    after "of", "to" and "about", nor after a verb that passes its own modality on
    ("may succeed in silencing him", "to assist him in fetching it")."""
    governor = preposition.head
    if governor.pos_ not in {"VERB", "AUX"}:
        return False
    if preposition.lower_ in {"of", "to", "about"}:
        return False
    return governor.lemma_.lower() not in IMPLICATIVE_VERBS and not _joins_in(preposition)


def _joins_in(preposition: Token) -> bool:
    """ "assist him in fetching", "engage in looting": a gerund after the "in" of a verb of
    taking part (:data:`~kg.lang.en.JOINING_VERBS`), as done as the taking part."""
    return (
        preposition.lower_ == "in"
        and preposition.head.lemma_.lower() in JOINING_VERBS
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in dependents(preposition))
    )


def _step(node: Token, dep: str, head: Token) -> Modality | None:
    lemma = head.lemma_.lower()
    if dep == "xcomp" and _obliged(node, head):
        return "requested"  # "we've got to work it out", "we gotta win": "must"
    if dep == "xcomp" and lemma in GERUND_CHAIN_VERBS and infinitive(node):
        return "purpose"
    if dep in {"advcl", "xcomp"} and infinitive(node) and _outcome(node, head):
        return None  # "fell 50 cents to close at $20", "returned, only to be arrested"
    if dep == "advcl" and infinitive(node) and _found_out(node):
        return None  # "arrived to find the house looted": what the arriving came upon
    if lemma in {"come", "grow"} and infinitive(node) and node.lemma_.lower() in HELD_VIEW_VERBS:
        return None  # "came to believe", "grew to dominate": a state reached, no purpose
    if dep in {"advcl", "xcomp"} and infinitive(node) and goes_on(node, head):
        return None  # "went on to win the title": as done as the going on, no purpose
    if dep == "xcomp" and infinitive(node) and _used_to(head):
        return None  # "the rebels used to hold the town": they held it, as a habit
    if dep == "xcomp" and infinitive(node) and _had_to(head):
        return None  # "he had to leave the field": he left, as the past tells it
    if lemma == "take" and dep in {"advcl", "xcomp"} and infinitive(node) and takes_time(head):
        return None  # "it took rescuers six hours to reach the village": reached, no purpose
    if dep in {"ccomp", "xcomp"} and _proposes(head, node):
        return "requested"  # "Let's talk about the budget", wherever the parse hangs "let"
    if dep == "ccomp" and lemma not in _BARE_INFINITIVE_VERBS and _subjunctive(node):
        return "requested"  # "demanded that Russia withdraw", "insisted that he be freed"
    if (
        dep == "ccomp"
        and lemma in {"rule", "exclude"}
        and any(negates(c) for c in dependents(head))
    ):
        return "possible"  # "it is not ruled out that they were involved"
    marks = _marks(node)
    if infinitive(node) and head.dep_ == "dobj" and _requests(head.head):
        if dep in {"acl", "relcl", "xcomp"}:
            return "requested"  # "instructed all mayors to close the schools", one word off
    if dep == "advcl" and infinitive(node) and not has_subject(node):
        # "called on the army to seize power", parsed as a clause of "called"; but "pushed
        # for a ceasefire to allow ..." and "called the shop to obtain a quote" are purposes.
        if _requests(head) and _addressed(head):
            return "requested"
        if head.dep_ in {"pobj", "pcomp"} and head.head.lower_ == "for":
            if head.head.head.lemma_.lower() in ABILITY_WORDS:
                return "possible"  # "easier for smugglers to get arms", parsed that way
    if dep == "advcl" and infinitive(node) and "for" in marks and _eases(head):
        return "possible"  # "it will be easier for us to sign a deal": it could happen
    if dep == "advcl" or (dep == "ccomp" and marks & {"whether"}):
        if "whether" in marks or (_asks_if(node) and lemma in {"ask", "wonder", "know", "see"}):
            return "question"
        if marks & CONDITION_MARKS:
            return "conditional"
        if "so" in marks or marks & PURPOSE_MARKS:
            return "purpose"
        if dep == "advcl" and infinitive(node) and not has_subject(node):
            return "purpose"  # "guards were posted to stop looters"
    if lemma == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
        return "purpose"  # "in order to V"
    if dep in {"xcomp", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        if _requests(head) and dep == "xcomp":
            return "requested"
        if lemma in INTENT_VERBS and dep == "xcomp":
            # "might need to find new buyers": the wish itself only may be
            return "possible" if _possibility_modal(head) else "intended"
        if lemma in FUTURE_WORDS and (_has_be(head) or lemma == "expect"):
            return "future"  # "is set to meet", "expects talks to resume", "is going to"
        if lemma in PERMITTING_VERBS and permission_requested(head):
            return "requested"  # "do not let them use the schools": asked of the one who lets
        if lemma in POSSIBILITY_VERBS | ABILITY_WORDS:
            return "possible"
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ"):
        if lemma in LIKELIHOOD_WORDS:
            return "possible"  # "likely to be loading more cargo"
        if lemma in FUTURE_WORDS:
            return "future"  # "likely to attack", "due to arrive"
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and infinitive(node):
        if lemma in REQUEST_NOUNS:
            return "requested"
        if lemma in INTENT_NOUNS:
            return "intended"
        if lemma in POSSIBILITY_NOUNS:
            return "possible"
        if _after_comma(node):
            return "purpose"  # "presented records, a taxi log ..., to trace his movements"
    if dep in {"pobj", "pcomp"} and head.lower_ == "for":
        governor = _for_governor(head)
        # A verb is read by the verb lists, a noun by the noun lists: "pushing for a
        # ceasefire" asks for it, "a push for talks" means to hold them.
        intents, requests = INTENT_VERBS | INTENT_NOUNS, REQUEST_VERBS | REQUEST_NOUNS
        if governor.pos_ in {"VERB", "AUX"}:
            intents, requests = INTENT_VERBS, REQUEST_VERBS
        elif governor.pos_ == "NOUN":
            intents, requests = INTENT_NOUNS, REQUEST_NOUNS
        if governor.lemma_.lower() in intents:
            return "intended"  # "the money was intended for purchasing art"
        if governor.lemma_.lower() in requests:
            return "requested"  # "called for the release of", "a demand for a ceasefire"
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in POSSIBILITY_NOUNS:
            return "possible"  # "a chance for talks" (not the verb "signed ... for")
        if governor.lemma_.lower() in ABILITY_WORDS:
            return "possible"  # "that allows for the allocation of resources"
    if dep == "dobj" and head.pos_ == "VERB" and node.pos_ == "NOUN":
        if lemma in AWAITING_VERBS:
            return "future"  # "awaiting trial"
        if lemma in REQUESTED_OBJECT_VERBS:
            # "demanded the withdrawal"; but "called the blast an attack" names it, and
            # "pushed back the elections" puts them off.
            return "requested"
        if lemma in INTENT_VERBS:
            return "intended"  # "threatened an attack", "planned an offensive"
    if (
        dep in {"pobj", "pcomp"}
        and head.lower_ == "of"
        and head.head.lemma_.lower() in (INTENT_NOUNS | POSSIBILITY_NOUNS)
    ):
        return "possible" if head.head.lemma_.lower() in POSSIBILITY_NOUNS else "intended"
    if dep == "pcomp" and node.tag_ == "VBG" and head.lower_ in AIM_PREPOSITIONS:
        found = _ahead(head.head)
        if found is not None:
            return found  # "an interest in buying", "capable of sinking", "aimed at cutting"
    if infinitive(node) and dep in {"xcomp", "acl", "relcl", "advcl", "ccomp"}:
        # An infinitive is what someone wants, agrees, is ready or is in talks to do, not a
        # report that it was done, unless an implicative verb says so ("managed to").
        if lemma in NEGATIVE_IMPLICATIVES:
            return "negated"
        if lemma in IMPLICATIVE_VERBS:
            return None
        if lemma in _ABLE and _ability_used(head):
            # "was able to return": an ability in the past told of one act is the act done
            # (as "managed to"); "was unable to", "was not able to", "nobody was able to":
            # not done.
            unable = (
                lemma != "able"
                or any(negates(c) for c in dependents(head.head))
                or _negative_subject(head.head)
            )
            return "negated" if unable else None
        if lemma in ABILITY_WORDS:
            return "possible"
        if head.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} for c in dependents(head)):
            return "purpose"  # "used phone records to trace his movements"
        return "intended"
    return None


def _ability_used(able: Token) -> bool:
    """ "was able to", "were unable to", "had been able to": "able" after a past or perfect
    "be" with no modal ("will be able to", "would be able to" stay possible). Not "is able
    to" (an ability now), nor "able" that is no predicate ("an able leader"). A habit
    ("was often able to") is told as done, as a habitual "would" is."""
    be = able.head
    if able.dep_ != "acomp" or be.lemma_ != "be":
        return False
    auxes = [c.lower_ for c in dependents(be) if c.dep_ == "aux"]
    if any(word in _AUX for word in auxes):
        return False
    perfect = be.tag_ == "VBN" and any(word in {"had", "has", "have"} for word in auxes)
    return be.tag_ == "VBD" or perfect


def _obliged(clause: Token, got: Token) -> bool:
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


def _used_to(verb: Token) -> bool:
    """ "the rebels used to hold the town", "a pub that used to sell cheap beer": "used to"
    tells what happened as a habit, as done as the past it is told in. Not "used drones to
    drop bombs" (an object: a tool and its purpose), the passive "was used to kill" or
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


def _had_to(verb: Token) -> bool:
    """ "had to leave the field", "has had to cancel the show": an obligation told in the
    past or the perfect of one's own story was met, the act done (the factuality split's
    crowd rates "police had to use tear gas" 2.4). Not with a modal ("would have had to"),
    negated ("never had to pay"), nor in reported speech, where "had to" stands for the
    speaker's "has to" ("said the plan had to be stopped"), a clause of what someone felt
    or knew ("felt he had to act", "unaware that they had to renew it"), or a relative
    clause whose noun is what was had ("the best job he had to offer", "every skill you
    had to win": a thing held for a use; "a mother who had to sell her car" is told), nor
    with an object of its own ("had no debts to pay", "had one man fit to fight")."""
    if verb.lemma_.lower() != "have" or verb.lower_ != "had" or verb.dep_ == "ccomp":
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
    return not _under_reporting(verb)


def _requests(verb: Token) -> bool:
    """Whether a verb asks its infinitive of someone. A request verb that makes the act
    happen (:data:`~kg.lang.en.IMPLICATIVE_VERBS`: "force", "compel", "oblige") asks it
    only while the forcing is not told as done: "forced the army to retreat", "was
    compelled to resign" say it was done; "vowed to force them to pay" demands it."""
    lemma = verb.lemma_.lower()
    if lemma not in REQUEST_VERBS:
        return False
    return lemma not in IMPLICATIVE_VERBS or _as_done(verb) is not None


def _outcome(clause: Token, verb: Token) -> bool:
    """Whether an infinitive tells what came of ``verb``, no purpose: a value's move and
    where it ended ("shares fell 50 cents to close at $20", "the index slid to reach its
    lowest level since 2003"), or "only to" after the act ("he returned home, only to be
    arrested"; not "not only to", "but only to tell them": a purpose). What comes of an act
    is as real as the act: "wanted to sell it, only to cut its debt" is wanted."""
    lemma = clause.lemma_.lower()
    level = any(c.dep_ == "dobj" and c.lemma_.lower() in LEVEL_NOUNS for c in dependents(clause))
    if _value_moved(verb) and (
        (lemma in SETTLING_VERBS and _ends_at_value(clause)) or (lemma == "reach" and level)
    ):
        return True
    only = next((c for c in dependents(clause) if c.dep_ == "advmod" and c.lower_ == "only"), None)
    if only is None or clause.dep_ != "advcl" or only.i == 0:
        return False
    if any(negates(c) for c in dependents(verb)):
        return False  # "does not want to stall growth, only to cool it", parsed on "want"
    to = clause.doc[only.i + 1]
    return to.lower_ == "to" and clause.doc[only.i - 1].lower_ not in {"not", "but", "if"}


def _ends_at_value(clause: Token) -> bool:
    """ "to close at $20", "to end the day with a smaller loss", "to finish higher": a
    settling verb tells where a value ended when its clause holds that value, the day it
    ended or a comparison; "troops advanced to end the siege", "the rebels retreated to
    close the gap" are purposes."""
    return any(t.like_num for t in clause.subtree) or any(
        (c.dep_ == "dobj" and c.lemma_.lower() in TIME_UNITS) or c.tag_ in {"JJR", "RBR"}
        for c in dependents(clause)
    )


def _value_moved(verb: Token) -> bool:
    """ "shares fell 50 cents", "the index rebounded": a verb of a value moving, with no
    object but the amount it moved by ("rallied young people" moves no value)."""
    return verb.lemma_.lower() in VALUE_MOVE_VERBS and not any(
        c.dep_ == "dobj" and not any(t.like_num for t in c.subtree) for c in dependents(verb)
    )


def _ahead(governor: Token) -> Modality | None:
    """The modality a gerund after a preposition takes from the word the preposition
    completes: a plan's or an aim's ("a plan for", "an interest in", "aimed at") is
    intended, an ability's or a chance's ("capable of", "the means of") possible. A
    verb counts only when it states an aim ("aimed at cutting"); other verbs ("succeeded
    in", "helped in") and nouns ("his role in planning") say what was done."""
    lemma = governor.lemma_.lower()
    if governor.pos_ == "NOUN" and lemma in INTENT_NOUNS:
        return "intended"
    if governor.pos_ == "NOUN" and lemma in POSSIBILITY_NOUNS:
        return "possible"
    if governor.pos_ == "ADJ" and lemma in ABILITY_WORDS:
        return "possible"
    if governor.pos_ == "VERB" and lemma in {"aim", "target"} and governor.tag_ == "VBN":
        return "intended"
    return None


def takes_time(verb: Token) -> bool:
    """Whether ``verb`` is "take" with a length of time: "the trip would take three hours",
    "it took rescuers six hours to reach ...", "took a long time". Its infinitive is the
    act timed, as factual as the taking, and the taking itself is no event. Not "as long
    as it takes" (no length is told), nor a point in time ("took the town last week to
    secure the road": a capture, and a purpose). A length the parse hangs on the verb as
    an adverbial noun counts only after a dummy "it": "Congress took a vote weeks before"
    and "takes interviews all the time" tell when or how often."""
    if verb.lemma_.lower() != "take":
        return False
    dummy = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in dependents(verb))
    return any(
        (child.dep_ == "dobj" or (dummy and child.dep_ == "npadvmod"))
        and child.lemma_.lower() in _LENGTH_NOUNS
        and not any(c.lower_ in POINT_IN_TIME_WORDS for c in dependents(child))
        for child in dependents(verb)
    )


#: Nouns a length of time is counted in ("six hours", "a long time").
_LENGTH_NOUNS = TIME_UNITS | {"time"}


def _for_governor(preposition: Token) -> Token:
    """What a "for" phrase completes. The parse often hangs it on the verb when it belongs
    to the verb's object: in "signed a contract on Friday for the repair of a dam"
    and "there were calls this week for a recount", the repair is agreed and the
    recount demanded."""
    while preposition.dep_ == "conj" and preposition.head.pos_ == "ADP":
        preposition = preposition.head  # "allows for planning and for the allocation of"
    governor = preposition.head
    if governor.pos_ in {"VERB", "AUX"}:
        for child in dependents(governor):
            lemma = child.lemma_.lower()
            if (
                child.dep_ in {"dobj", "attr", "nsubjpass"}
                and child.i < preposition.i
                and lemma in INTENT_NOUNS | REQUEST_NOUNS
            ):
                return child
    return governor


def _addressed(verb: Token) -> bool:
    """Whether a request verb names whom it asks: "urged the army", "called on the army"
    ("called the shop" is a phone call)."""
    on = any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in dependents(verb))
    if verb.lemma_.lower() == "call":
        return on
    return on or any(c.dep_ == "dobj" for c in dependents(verb))


def _trailing_participle(verb: Token) -> bool:
    """ "..., accelerating a normalisation": a bare -ing clause after a comma."""
    if verb.tag_ != "VBG" or _marks(verb) or has_subject(verb) or verb.i == 0:
        return False
    first = min(t.i for t in verb.subtree)
    return first > 0 and verb.doc[first - 1].text == ","


def _quoted_from(head: Token, participle: Token) -> bool:
    """Whether a quote opens after ``head`` and is still open at ``participle``: 'asked
    them to report on "thefts, guarding the wells"' quotes the participle as part of
    what was asked, not as the writer's comment on the whole sentence."""
    marks = [t for t in head.doc[head.i + 1 : participle.i] if t.is_quote]
    return len(marks) % 2 == 1


def _after_comma(verb: Token) -> bool:
    """ "..., to identify the man": a to-clause set off by a comma says what for."""
    to = next((c for c in dependents(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and to.i > 0 and verb.doc[to.i - 1].text == ","


def _has_be(verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        or any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in dependents(verb))
        or verb.lemma_ in {"go", "about"}
    )


def _subjunctive(verb: Token) -> bool:
    """ "demanded that Russia withdraw", "insisted that he be freed": a bare base form
    with its subject, in a that-clause. The tagger often reads the bare form as a
    present ("require that the company achieve ..." as VBP); with a singular noun for
    subject a present would end in -s, so it is the base form all the same."""
    passive = verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in dependents(verb)
    )  # "insisted that the boy be returned": the base form is the auxiliary's
    if (verb.tag_ not in {"VB", "VBP"} and not passive) or not has_subject(verb):
        return False
    if verb.tag_ == "VBP" and not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in dependents(verb)
    ):
        return False  # "saw the index lose 4%": a bare infinitive of perception, no request
    if verb.tag_ == "VBP" and verb.head.lemma_.lower() not in _DEMANDING_VERBS:
        # "said that the government want a deal": British news gives a body's noun a
        # plural verb; only a verb that demands makes the bare form a request.
        return False
    if any(c.dep_ == "aux" for c in dependents(verb)):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in dependents(verb)) or (
        verb.lemma_ != "be"
        and any(
            c.dep_ == "nsubj"
            and c.tag_ in {"NN", "NNP"}
            and not (verb.tag_ == "VBP" and _plural_in_sense(c))
            for c in dependents(verb)
        )
    )


#: Singular nouns that count a plural: "68 percent of voters believe ...".
_PARTITIVE_NOUNS = frozenset(
    "percent cent majority minority half third quarter number rest".split()
)


def _plural_in_sense(subject: Token) -> bool:
    """Whether a singular-tagged subject takes a plural verb, so a bare verb after it may
    be a present: two names ("Ruiz and Ortiz agree that ...") or a share ("68 per cent of
    Greeks believe ...")."""
    return subject.lemma_.lower() in _PARTITIVE_NOUNS or any(
        d.dep_ in {"conj", "nummod"} for d in dependents(subject)
    )


#: Verbs whose that-clause asks for what it says ("require that the city hold a vote",
#: "insisted that the council act"): after them a bare form read as a present is asked for.
_DEMANDING_VERBS = REQUEST_VERBS | frozenset({"insist", "propose", "mandate", "stipulate"})

#: Nouns that a ranking word does not make a doer of: "the last chance to leave", "the
#: first step to rebuild", "the only way to win".
_NO_DOERS = (
    POSSIBILITY_NOUNS | INTENT_NOUNS | REQUEST_NOUNS | TASK_NOUNS | ATTEMPT_WORDS | RANKED_NON_DOERS
)

#: Dependents that fill a verb's object or say it needs none: an object, a clause, a
#: particle ("the first to give up"), a passive ("the first woman to be elected").
_FILLED = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp", "prt", "auxpass", "nsubjpass"}
)
#: WordNet's frames of a verb that goes without an object: "Something ----s", "Somebody
#: ----s"; and with a prepositional phrase only ("Somebody ----s PP", "... to somebody", "...
#: on something", "Something is ----ing PP").
_ALONE = frozenset({1, 2})
_PREPOSITIONAL_ALONE = frozenset({4, 12, 13, 22, 27})
#: WordNet's frames with a prepositional phrase ("Somebody ----s somebody of something",
#: "Somebody ----s something PP").
_PREPOSITIONAL = _PREPOSITIONAL_ALONE | frozenset({15, 16, 17, 18, 19, 20, 21, 31})
#: WordNet's frames whose object is someone ("Somebody ----s somebody") or something.
_SOMEONE_OBJECT = frozenset({9, 10, 14, 20, 24, 25, 30})
_SOMETHING_OBJECT = frozenset({8, 11, 15, 21, 31})

#: Verbs that take a bare infinitive that is no request: "watched the dollar lose two
#: percent", "let the prisoners go", "heard the guards shout" (the parser may make it a
#: clause with its subject, like a demanded one).
_BARE_INFINITIVE_VERBS = frozenset(
    "see watch hear feel notice observe witness let make help have".split()
)
