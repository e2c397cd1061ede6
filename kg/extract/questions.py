"""Questions: an event asked about, directly ("Did they leave?") or in an embedded clause
("asked whether he would accept", "unclear how much they will buy"), and the wh-clauses
about something told as done, which stay as done ("declined to say why he left").

:func:`embedded_question` is the first thing :func:`kg.extract.modality.modality` asks;
:func:`is_question` is read on the event's own words. :data:`ASKING`, :func:`asks_if` and
:func:`opens_wh` are shared with :mod:`kg.extract.conditions` and
:mod:`kg.extract.done_acts`. Uses only :mod:`kg.extract.clause_words`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_words import AUX_MODALITY, PAST_AUX, WOULD, d_means_had, subordinators
from kg.extract.spans import dependents, sentence_of
from kg.model import Modality

__all__ = [
    "ASKING",
    "WH_TAGS",
    "asked_of_done",
    "asks_if",
    "embedded_question",
    "is_question",
    "opens_wh",
    "what_was_done",
]


# Words whose clause is asked about: "asked whether", "unclear how".
ASKING = frozenset(
    {
        "ask", "wonder", "unclear", "question", "know", "uncertain", "inquire", "doubt",
        "see", "decide", "determine", "discuss", "debate", "consider", "vote",
    }
)  # fmt: skip
# Tags of the words that open a wh-question: "asked why he left", "who carried it".
WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def asks_if(clause: Token) -> bool:
    """ "asked if the road was open", "to see if it works": an if-clause after the verb
    it hangs on asks about it; one before it is a condition ("If you climb the hill, you
    can see the sea")."""
    return "if" in subordinators(clause) and clause.i > clause.head.i


def is_question(head: Token) -> bool:
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


def embedded_question(head: Token) -> Modality | None:
    """ "asked whether he would accept", "unclear how much they will buy": asked about,
    whatever the clause's own modal says."""
    node = head
    for _ in range(3):
        if node.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "csubj", "pcomp"}:
            return None
        if node.head is node:
            return None
        asks = node.head.lemma_.lower() in ASKING
        if "whether" in subordinators(node) or (asks and asks_if(node)):
            return "question"
        if asks and opens_wh(node):
            # "asked why he chose to leave": a wh-question asks who, why or how of something
            # told as done; only one ahead or not told ("asked who will lead") is asked about.
            return None if _told_as_done(node) else "question"
        node = node.head
    return None


def opens_wh(clause: Token) -> bool:
    """Whether a wh-word opens the clause: "why he chose", "who carried it"."""
    return any(
        c.tag_ in WH_TAGS and c.i < clause.i
        for c in (*dependents(clause), *(g for c in dependents(clause) for g in dependents(c)))
    )


def asked_of_done(clause: Token) -> bool:
    """ "declined to say why he chose to leave": a wh-question about something told as done
    (:func:`_told_as_done`) does not put it in doubt, whatever governs the asking."""
    return (
        clause.dep_ in {"ccomp", "xcomp", "advcl", "conj", "csubj", "pcomp"}
        and clause.head.lemma_.lower() in ASKING
        and not subordinators(clause) & {"whether", "if"}
        and opens_wh(clause)
        and _told_as_done(clause)
    )


def what_was_done(clause: Token) -> bool:
    """ "wants to fix what was broken", "to be sure that what was published is right": a
    clause that "what" opens as its subject or object, in the past or the perfect
    (:func:`_told_as_done`), tells what was done, whatever governs the clause it stands in,
    as a wh-question about something done does (:func:`asked_of_done`)."""
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
    if any(
        (word in AUX_MODALITY and not d_means_had(word, clause)) or word == "to"
        for word in auxiliaries
    ):
        return False
    done = PAST_AUX | {"has", "have"} | (WOULD - {"would"})  # "'d" here is "had"
    return clause.tag_ == "VBD" or bool(set(auxiliaries) & done)
