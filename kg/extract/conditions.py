"""Conditions: clauses that hold only if something else does, and clauses that state a
fact of their own whatever governs them.

:func:`inside_condition` ("if it voted to leave") is the second thing
:func:`kg.extract.modality.modality` asks; :func:`has_condition` and :func:`regardless`
say whether an if-clause hangs on a verb and whether it holds either way (used by
:mod:`kg.extract.modals` for "will only hold if"); :func:`states_fact` ("because it
attacked") stops the walk; :func:`seems_like` ("it looks as if the gate was forced") is
how things seem, no condition. Uses :mod:`kg.extract.questions` ("asked if" is no condition),
:mod:`kg.extract.requests` (an order and its promise) and :mod:`kg.extract.clause_words`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_words import (
    MAX_STEPS,
    PAST_AUX,
    REPORTING,
    UP_EDGES,
    WOULD,
    in_perfect,
    inverted,
    subordinators,
)
from kg.extract.questions import ASKING, asked_by_noun, asks_if
from kg.extract.requests import is_imperative
from kg.extract.spans import dependents, infinitive, it_subject, negates
from kg.lang.en import CONDITION_MARKS, KNOWING_VERBS, LIKENESS_MARKS, SEEMING_VERBS
from kg.model import Modality

__all__ = [
    "condition_clause",
    "has_condition",
    "inside_condition",
    "regardless",
    "seems_like",
    "states_fact",
]


# Marks of a clause that holds only if something else does ("whether" asks instead).
_IF = CONDITION_MARKS - {"whether", "lest"}
# Subordinators of a clause that states a fact of its own, whatever the tense: "because
# they attacked", "though CNN debunked it".
_FACT_MARKS = frozenset({"because", "although", "though", "whereas"})


def states_fact(clause: Token) -> bool:
    """A subordinate clause that says what happened, whatever the main clause's modality:
    "since Washington broke off contact", "because it attacked", "as the plane hit"."""
    marks = subordinators(clause)
    if marks & _IF or inverted(clause):
        return False
    if clause.tag_ == "VBD":
        return True  # a verb in the past tense is finite, subject or not
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in dependents(clause)):
        return False
    return bool(marks & _FACT_MARKS) or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in PAST_AUX for c in dependents(clause)
    )


def seems_like(clause: Token) -> bool:
    """Whether the clause tells only how things seem: opened by "like", "as if" or "as
    though" (not a bare "though", which grants a fact) on a verb of seeming ("it looks as
    if the gate was forced", "it seems like they refused"); "feels" only after a dummy "it"
    ("it feels like they forgot us"; "I feel like I owe them" is a view)."""
    if clause.dep_ != "advcl":
        return False
    marks = subordinators(clause)
    if "like" not in marks and not ("as" in marks and marks & LIKENESS_MARKS):
        return False
    verb = clause.head
    lemma = verb.lemma_.lower()
    return lemma in SEEMING_VERBS or (lemma == "feel" and it_subject(verb))


def inside_condition(start: Token) -> Modality | None:
    """ "if it voted to leave": whatever the event is within a condition holds only if
    (not the "if" of "looks as if", :func:`seems_like`)."""
    node = start
    for _ in range(MAX_STEPS):
        if_clause = subordinators(node) & _IF and not seems_like(node)
        if had_condition_of(node) is not None:
            return "conditional"  # "could not have quit had he not hired her"
        if node.pos_ in {"VERB", "AUX"} and (if_clause or inverted(node)):
            if node.dep_ == "advcl" or node.dep_ == "ccomp":
                asked = (node.head.lemma_.lower() in ASKING and asks_if(node)) or asked_by_noun(
                    node
                )
                return None if asked else "conditional"
        if node.pos_ in {"VERB", "AUX"} and _promised_by_order(node):
            return "conditional"  # "Do it, and we will pay": only if it is done
        dep, head = node.dep_, node.head
        if head is node or dep not in UP_EDGES or dep == "relcl" or _reduced_relative(node):
            return None
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in REPORTING and dep == "ccomp":
            return None
        node = head
    return None


def _reduced_relative(clause: Token) -> bool:
    """ "a tougher version of the panel already set up", "the school built in 1990": a
    participle on a noun says what was done to it, whatever governs the noun, as a
    relative clause does ("if they back the panel already set up": it was set up)."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and not infinitive(clause)


def regardless(verb: Token) -> bool:
    """ "If she does n't qualify, her team will still travel": it holds either way."""
    return any(
        c.dep_ == "advmod" and c.lower_ in {"still", "anyway", "regardless"}
        for c in dependents(verb)
    )


def has_condition(verb: Token) -> bool:
    """Whether an "if" or "unless" clause hangs on the verb or its clause. Not "even if",
    nor an "if" that is no condition (:func:`_no_condition`)."""
    return condition_clause(verb) is not None


def condition_clause(verb: Token) -> Token | None:
    """The "if" or "unless" clause that hangs on the verb or its clause (see
    :func:`has_condition`), or None."""
    node = verb
    for _ in range(MAX_STEPS):
        after = _had_condition_after(node)
        if after is not None:
            return after  # "could not have quit had he not hired her"
        for child in dependents(node):
            if child.dep_ == "advcl" and (subordinators(child) & _IF or inverted(child)):
                even = "even" in {g.lower_ for g in dependents(child) if g.dep_ == "advmod"}
                if not even and not _no_condition(child, node):
                    return child
        if node.dep_ not in {"conj", "xcomp"} or node.head is node:
            return None
        node = node.head
    return None


# Modals whose perfect tells what did not happen, or would not have, but for a condition:
# "would have won", "could not have quit", "might have drowned".
_COUNTERFACTUAL_MODALS = WOULD | {"could", "might"}


def _modal_perfect(verb: Token) -> bool:
    """ "would not have quit", "could have been saved": a modal's perfect."""
    return in_perfect(verb) and any(
        c.dep_ == "aux" and c.lower_ in _COUNTERFACTUAL_MODALS for c in dependents(verb)
    )


def had_condition_of(clause: Token) -> Token | None:
    """The modal's perfect a clause is the inverted "had" condition of, set after it, or
    None: "she could not have quit had he not hired her", "the town would have been spared
    had the dam held". The clause's subject comes right after "had"; the parser hangs the
    clause on the main verb in many ways (with "had" as its auxiliary, as a verb joined to
    the main one, or as a verb of its own whose subject is the main verb's object: "would
    never have found the boat had the fog not lifted"), so the first word above the clause
    that stands before "had" must be the modal's perfect. Not a verb of saying or knowing,
    whose clause may be a causative "had": "would have said the owners had the roof fixed"."""
    if clause.pos_ not in {"VERB", "AUX"} or clause.tag_ not in {"VBN", "VBD", "VB"}:
        return None  # "VB": the parse may tag a participle so ("had the loan not come")
    subjects = [c for c in dependents(clause) if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].left_edge.i <= clause.sent.start:
        return None
    had = clause.doc[subjects[0].left_edge.i - 1]
    if had.lower_ != "had" or had.i < clause.sent.start:
        return None
    node = clause
    for _ in range(MAX_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.i < had.i:
            return _main_of_had(node, had, clause)
    return None


def _main_of_had(above: Token, had: Token, clause: Token) -> Token | None:
    """The modal's perfect that the "had" clause under ``above`` is the condition of: the
    word above itself, or, when "had" has no subject before it (the clause's auxiliary, or
    a verb over it), a modal's perfect the parse set beside the clause under the same word
    ("said she could not have sold it had her son not come": both hung on "said"; not
    "said the owners had the roof fixed", whose "had" has a subject of its own)."""
    lemma = above.lemma_.lower()
    if _modal_perfect(above) and lemma not in REPORTING and lemma not in KNOWING_VERBS:
        return above
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < had.i for c in dependents(had)):
        return None
    beside = [c for c in dependents(above) if c.i < had.i and _modal_perfect(c)]
    return beside[-1] if beside else None


def _had_condition_after(verb: Token) -> Token | None:
    """The inverted "had" condition (:func:`had_condition_of`) set after a modal's perfect,
    or None."""
    if not _modal_perfect(verb):
        return None
    for word in verb.doc[verb.i + 1 : verb.sent.end]:
        main = had_condition_of(word)
        if main is not None and main.i == verb.i:
            return word
    return None


def _no_condition(clause: Token, verb: Token) -> bool:
    """An if-clause on ``verb`` that sets no condition on it: a likeness ("went on as if
    he had not heard", "spoke as though it were his"), what is asked ("was asked if the
    club could sign him"), or a stronger alternative after it with no subject of its own
    ("will be reached by May, if not sooner", "have infiltrated if not taken over"), or
    the question a noun of asking puts ("answered a question if the club could sign him")."""
    marks = subordinators(clause)
    if {"as", "if"} <= marks:
        return True  # a likeness: "as if"
    if (verb.lemma_.lower() in ASKING and asks_if(clause)) or asked_by_noun(clause):
        return True  # "was asked if ...", "responding to a question if ..."
    return (
        clause.i > verb.i
        and "if" in marks
        and any(negates(c) and c.i < clause.i for c in dependents(clause))
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in dependents(clause))
        and _alternative(clause, verb)
    )


def _alternative(clause: Token, verb: Token) -> bool:
    """Whether what follows "if not" is a stronger alternative to ``verb``, not a clause
    with its subject left out: a word of degree or time ("if not sooner", "if not
    better") or a participle parallel to an active one ("have infiltrated if not taken
    over the unions"). A participle on any other verb is a condition: "will resign if not
    re-elected", "will be returned if not used", "will fire if not obeyed"."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return True
    auxiliaries = [c.lemma_ for c in dependents(verb) if c.dep_ in {"aux", "auxpass"}]
    return clause.tag_ == verb.tag_ == "VBN" and auxiliaries[-1:] == ["have"]


def _promised_by_order(verb: Token) -> bool:
    """ "Open the border, and it will be easier": a clause in the future tense joined to an
    imperative by "and" says what follows if the order is obeyed."""
    if verb.dep_ != "conj" or not is_imperative(verb.head):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in dependents(verb.head)):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in {"will", "'ll", "\u2019ll"} for c in dependents(verb)
    )
