"""The small words of a clause that every cue of the modality reads, and the walk's limits.

The auxiliaries and what they give (:data:`AUX_MODALITY`, :data:`WOULD`, :data:`PAST_AUX`), a
clause's subordinators (:func:`subordinators`), an auxiliary before its subject
(:func:`inverted`: "should he lose"), the perfect (:func:`in_perfect`), "'d" for "had"
(:func:`d_means_had`), whether a token stands in a quote (:func:`in_quote`) or under a reporting
verb (:func:`under_reporting`), and how far and along which edges the walk goes up the
tree (:data:`MAX_STEPS`, :data:`UP_EDGES`, :data:`REPORTING`). The bottom of the modality
modules: it imports none of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.attribution import quotes
from kg.extract.spans import SUBJECT_DEPS, call_table, dependents, given_text
from kg.lang.en import GERUNDLESS_SAYING_VERBS, REPORTING_VERBS
from kg.model import Modality

__all__ = [
    "AUX_MODALITY",
    "MAX_STEPS",
    "PAST_AUX",
    "REPORTING",
    "UP_EDGES",
    "WOULD",
    "clause_of_said_gerund",
    "d_means_had",
    "in_perfect",
    "in_present",
    "in_quote",
    "inverted",
    "subordinators",
    "under_reporting",
]


# How far up the tree the walk goes: beyond a few clauses the link is too loose to trust.
MAX_STEPS = 6

# Auxiliaries, by the modality they give the verb they go with.
AUX_MODALITY: dict[str, Modality] = {
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
AUX_MODALITY |= {
    word.replace("'", "\u2019"): found for word, found in AUX_MODALITY.items() if "'" in word
}
# "would" and its contractions.
WOULD = frozenset({"would", "'d", "\u2019d"})
# Edges the walk follows from an event up to what governs it.
UP_EDGES = frozenset(
    {
        "xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj",
        "acomp", "csubj",
    }
)  # fmt: skip
# Verbs whose complement is reported speech or belief: the walk stops there.
REPORTING = REPORTING_VERBS | {"accord", "think"}
# Auxiliaries that put a verb in the past: "had agreed", "was shelled", "did not".
PAST_AUX = frozenset({"had", "was", "were", "did"})


def d_means_had(word: str, verb: Token) -> bool:
    """Whether "'d" stands for "had": before a participle with no "have" or "be" of its own
    ("he'd asked", "she'd been named"; "he'd have won", "they'd be arrested" are "would"),
    and before "been" with no "have" whatever follows ("they'd been working on it": no one
    writes "would been"; "he'd have been working" is "would")."""
    if word not in WOULD - {"would"}:
        return False
    auxiliaries = {c.lower_ for c in dependents(verb) if c.dep_ in {"aux", "auxpass"}}
    if "been" in auxiliaries and "have" not in auxiliaries:
        return True
    return verb.tag_ in {"VBN", "VBD"} and not auxiliaries & {"have", "be"}


def in_quote(token: Token) -> bool:
    """Whether a token stands in a quote of its document (:func:`kg.extract.attribution.quotes`;
    the parse often glues the opening mark to the sentence before)."""
    text = given_text(token.doc)
    if text is None:
        text = token.doc.text
    return any(q.start <= token.idx < q.end for q in quotes(text))


def in_perfect(verb: Token) -> bool:
    """ "have unlocked", "to have captured": a past participle with "have"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"have", "'ve", "\u2019ve"} for c in dependents(verb)
    )


# Tags of a verb or auxiliary in the present tense.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def in_present(verb: Token) -> bool:
    """Whether a clause is in the simple present ("are counted", "opens", "is final"), its
    first auxiliary or its verb in the present; not the perfect ("has closed")."""
    auxiliaries = [c for c in dependents(verb) if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if auxiliaries:
        first = auxiliaries[0]
        return first.tag_ in _PRESENT_TAGS and first.lemma_.lower() != "have"
    return verb.tag_ in _PRESENT_TAGS


def inverted(verb: Token) -> bool:
    """ "should he lose", "had they known": the auxiliary before the subject opens a condition."""
    subjects = [c.i for c in dependents(verb) if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and any(
        c.dep_ in {"aux", "auxpass"}
        and c.i < min(subjects)
        and c.lower_ in {"should", "had", "were"}
        for c in dependents(verb)
    )


def subordinators(verb: Token) -> set[str]:
    """The subordinators of the verb's clause; the parser sometimes hangs them on an
    auxiliary ("If she does n't qualify": "If" under "does")."""
    # Read once per verb within kg.extract.extract: the modality and condition rules ask
    # it of the same verbs; a copy, as the caller may change it.
    read = call_table(verb.doc, "subordinators")
    found = read.get(verb.i) if read is not None else None
    if found is None:
        found = {c.lower_ for c in dependents(verb) if c.dep_ == "mark"}
        for child in dependents(verb):
            if child.dep_ in {"aux", "auxpass"}:
                found |= {g.lower_ for g in dependents(child) if g.dep_ == "mark"}
        if read is not None:
            read[verb.i] = found
    return set(found)


def under_reporting(token: Token) -> bool:
    node = token
    for _ in range(MAX_STEPS):
        if node.dep_ not in {"ccomp", "conj", "xcomp"} or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in REPORTING:
            return True
    return False


def clause_of_said_gerund(gerund: Token) -> Token | None:
    """The verb a gerund is the subject of when the parse hangs it on a verb of saying
    that takes no gerund (:data:`~kg.lang.en.GERUNDLESS_SAYING_VERBS`) and the rest of
    what is said on the gerund: in "says shutting the campuses is unsustainable" (parsed
    "says shutting", with "is" a clause of "shutting") or "said legalizing it could create
    jobs" the gerund names what is said of, an act nobody in the sentence is told to do.
    None for a gerund with no such clause after it, or one whose clause opens with "that"
    ("said, leaving the room, that it was over": a participle of the saying)."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "xcomp":
        return None
    if gerund.head.lemma_.lower() not in GERUNDLESS_SAYING_VERBS:
        return None
    for clause in dependents(gerund):
        if clause.dep_ not in {"conj", "ccomp"} or clause.i < gerund.i:
            continue
        if clause.pos_ in {"VERB", "AUX"} and not subordinators(clause):
            return clause
    return None
