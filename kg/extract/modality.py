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

from kg.lang.en import (
    ABILITY_WORDS,
    CONDITION_MARKS,
    FUTURE_WORDS,
    HEDGE_ADVERBS,
    IMPLICATIVE_VERBS,
    INTENT_NOUNS,
    INTENT_VERBS,
    NEGATIVE_IMPLICATIVES,
    POSSIBILITY_NOUNS,
    POSSIBILITY_VERBS,
    PURPOSE_MARKS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
)
from kg.model import Modality

__all__ = ["modality"]

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
# Words whose clause is asked about: "asked whether", "unclear how".
_ASKING = frozenset(
    {"ask", "wonder", "unclear", "question", "know", "uncertain", "inquire", "doubt"}
)
# Edges the walk follows from an event up to what governs it.
_UP = frozenset(
    {"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "acomp"}
)
# Verbs whose complement is reported speech or belief: the walk stops there.
_REPORTING = REPORTING_VERBS | {"accord", "think"}


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
    found = _embedded_question(head) or _local(verbs, trigger) or _governed(head)
    if found is not None:
        return found
    return "negated" if negated else "asserted"


def _local(verbs: list[Token], trigger: Token) -> Modality | None:
    """What the event's own words say: a question, an imperative, a modal, a hedge."""
    head = verbs[0] if verbs else trigger
    if _is_question(head):
        return "question"
    for verb in verbs[:-1]:
        if verb.lemma_.lower() in NEGATIVE_IMPLICATIVES:
            return "negated"  # "refused to sign", "failed to stop"
        if verb.lemma_.lower() in INTENT_VERBS:
            return "intended"
        if verb.lemma_.lower() in REQUEST_VERBS:
            return "requested"
    for verb in verbs:
        for child in verb.children:
            word = child.lower_
            if child.dep_ == "aux" and word in _AUX:
                return _aux_modality(word, verb)
            if child.dep_ == "advmod" and word in HEDGE_ADVERBS:
                return "possible"
    if _is_imperative(head):
        return "requested"
    return None


def _aux_modality(word: str, verb: Token) -> Modality:
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and word in {"would", "could", "ca", "can"} and not _conditioned(verb):
        return "negated"  # "he would not elaborate", "they could not take the city": refusal
    # "said it would withdraw": "would" in reported speech is the future seen from the past.
    if word in {"would", "'d"} and _under_reporting(verb):
        return "future"
    return _AUX[word]


def _conditioned(verb: Token) -> bool:
    """Whether an "if" or "unless" clause hangs on the verb or its clause."""
    node = verb
    for _ in range(_MAX_STEPS):
        for child in node.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
            ):
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
    sentence = head.sent
    last = next((t for t in reversed(sentence) if not t.is_space and not t.is_quote), None)
    if last is None or last.text != "?":
        return False
    # Only the clause that asks: "He said they attacked. Why?" leaves "attacked" alone,
    # and a question's answer in a subordinate clause is still asked about.
    node = head
    while node.dep_ in {"conj", "xcomp", "advcl"} and node.head is not node:
        node = node.head
    return node.dep_ == "ROOT"


def _is_imperative(verb: Token) -> bool:
    """ "Stay indoors.", "Do not leave": a base form with no subject, opening its clause."""
    if verb.tag_ != "VB" or verb.dep_ not in {"ROOT", "conj"}:
        return False
    if verb.dep_ == "conj":
        return _is_imperative(verb.head)
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ not in {"do", "don't"} for c in verb.children):
        return False
    first = next(
        (t for t in verb.sent if not t.is_punct and not t.is_space and not t.is_quote), None
    )
    # The verb opens the clause, or follows only "do not", "please", "just".
    opening = [t for t in verb.sent if t.i < verb.i and not t.is_punct and not t.is_quote]
    return first is not None and all(
        t.lower_ in {"do", "not", "n't", "please", "just", "never", "now", "then", "so"}
        for t in opening
    )


def _embedded_question(head: Token) -> Modality | None:
    """ "asked whether he would accept", "unclear how much they will buy": asked about,
    whatever the clause's own modal says."""
    node = head
    for _ in range(3):
        if node.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "csubj"} or node.head is node:
            return None
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        asks = node.head.lemma_.lower() in _ASKING
        wh = any(
            c.tag_ in {"WRB", "WP", "WDT"} and c.i < node.i
            for c in (*node.children, *(g for c in node.children for g in c.children))
        )
        if "whether" in marks or (asks and ("if" in marks or wh)):
            return "question"
        node = node.head
    return None


def _governed(start: Token) -> Modality | None:
    """What governs the event: a request, an intention, a purpose, a condition, a modal."""
    node = start
    for _ in range(_MAX_STEPS):
        dep, head = node.dep_, node.head
        if head is node or dep not in _UP or (dep == "relcl" and not _infinitive(node)):
            return None  # a finite relative clause says something of its own
        found = _step(node, dep, head)
        if found is not None:
            return found
        lemma = head.lemma_.lower()
        if head.pos_ in {"VERB", "AUX"} and lemma in _REPORTING and dep in {"ccomp", "dobj"}:
            return None  # reported content: its modality is its own, its speaker its source
        if head.pos_ in {"VERB", "AUX"} and dep in {"xcomp", "conj", "acomp", "advcl"}:
            inherited = _local([head], head)
            if inherited is not None and inherited != "question":
                return inherited
        node = head
    return None


def _step(node: Token, dep: str, head: Token) -> Modality | None:
    lemma = head.lemma_.lower()
    if dep == "ccomp" and _subjunctive(node):
        return "requested"  # "demanded that Russia withdraw", "insisted that he be freed"
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if dep == "advcl" and _infinitive(node) and not _has_subject(node):
        # "called on the army to seize power", parsed as a clause of "called".
        if lemma in REQUEST_VERBS:
            return "requested"
    if dep == "advcl" or (dep == "ccomp" and marks & {"whether"}):
        if "whether" in marks or ("if" in marks and lemma in {"ask", "wonder", "know", "see"}):
            return "question"
        if marks & CONDITION_MARKS:
            return "conditional"
        if "so" in marks or marks & PURPOSE_MARKS:
            return "purpose"
        if dep == "advcl" and _infinitive(node) and not _has_subject(node):
            return "purpose"  # "troops were deployed to repel incursions"
    if lemma == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
        return "purpose"  # "in order to V"
    if dep in {"xcomp", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        if lemma in REQUEST_VERBS and dep == "xcomp":
            return "requested"
        if lemma in INTENT_VERBS and dep == "xcomp":
            return "intended"
        if lemma in FUTURE_WORDS and (_has_be(head) or lemma == "expect"):
            return "future"  # "is set to meet", "expects talks to resume", "is going to"
        if lemma in POSSIBILITY_VERBS | ABILITY_WORDS:
            return "possible"
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ"):
        if lemma in FUTURE_WORDS:
            return "future"  # "likely to attack", "due to arrive"
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and _infinitive(node):
        if lemma in REQUEST_NOUNS:
            return "requested"
        if lemma in INTENT_NOUNS:
            return "intended"
        if lemma in POSSIBILITY_NOUNS:
            return "possible"
    if dep in {"pobj", "pcomp"} and head.lower_ == "for":
        governor = head.head
        if governor.lemma_.lower() in INTENT_VERBS | INTENT_NOUNS:
            return "intended"  # "the money was intended for purchasing art"
        if governor.lemma_.lower() in REQUEST_VERBS | REQUEST_NOUNS:
            return "requested"  # "called for the release of", "a demand for a ceasefire"
        if governor.lemma_.lower() in POSSIBILITY_NOUNS:
            return "possible"
    if dep == "dobj" and head.pos_ == "VERB" and node.pos_ == "NOUN":
        if lemma in REQUEST_VERBS and lemma not in {"tell", "warn"}:
            return "requested"  # "demanded the withdrawal"
        if lemma in INTENT_VERBS:
            return "intended"  # "threatened an attack", "planned an offensive"
    if (
        dep in {"pobj", "pcomp"}
        and head.lower_ == "of"
        and head.head.lemma_.lower() in (INTENT_NOUNS | POSSIBILITY_NOUNS)
    ):
        return "possible" if head.head.lemma_.lower() in POSSIBILITY_NOUNS else "intended"
    if _infinitive(node) and dep in {"xcomp", "acl", "relcl", "advcl", "ccomp"}:
        # An infinitive is what someone wants, agrees, is ready or is in talks to do, not a
        # report that it was done, unless an implicative verb says so ("managed to").
        if lemma in NEGATIVE_IMPLICATIVES:
            return "negated"
        if lemma in IMPLICATIVE_VERBS:
            return None
        if lemma in ABILITY_WORDS:
            return "possible"
        if head.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} for c in head.children):
            return "purpose"  # "used phone records to trace his movements"
        return "intended"
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _has_be(verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        or any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in verb.children)
        or verb.lemma_ in {"go", "about"}
    )


def _subjunctive(verb: Token) -> bool:
    """ "demanded that Russia withdraw", "insisted that he be freed": a bare base form
    with its subject, in a that-clause."""
    if verb.tag_ != "VB" or not _has_subject(verb):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children) or (
        verb.lemma_ != "be"
        and any(c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"} for c in verb.children)
    )
