"""Acts told by a modal alone: "Critics say she will raise taxes. She won't."

English leaves out a verb phrase said just before and keeps only its modal ("I think he
will", "replied that he would", "they said she could") or a negated "do" ("he didn't").
The modal and its subject are an event of their own, with the act of the verb phrase
left out, and the modal says whether it happens: a forecast, a refusal, a possibility.
Without it the act is not found at all, and a promise or a denial goes missing.

:func:`bare_modal` says whether a token is such a modal; :func:`elided_verb` finds the
verb whose phrase it leaves out. Only a modal that heads a clause of its own (a main
clause, a reported clause, a conjunct) and ends it: "as fast as we can", "in every way I
can", "if you will" and "if he must" say how far or on what terms, not that anything
happens.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.clause_words import AUX_MODALITY
from kg.extract.non_events import names_no_action
from kg.extract.questions import WH_TAGS
from kg.extract.spans import dependents, negates, sentence_of
from kg.lang.en import HELD_VIEW_VERBS, REPORTING_VERBS

__all__ = [
    "bare_modal",
    "elided_verb",
]

#: How a clause that is only a modal hangs: a sentence of its own ("She won't."), a clause
#: reported or believed ("said he would"), a conjunct ("and they will").
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
#: What may hang on such a modal: its subject, "not", "too", the "that" or "and" before it.
_BARE_DEPS = frozenset({"nsubj", "neg", "advmod", "cc", "punct", "mark", "conj", "intj"})
#: Marks that end the clause the modal closes.
_CLOSING = frozenset({",", ".", ";", ":", "!", "?", ")", "--", "\u2014", "\u2013"})
_QUOTE_MARKS = frozenset({'"', "''", "\u201d", "\u2019"})
#: Subordinators of a comparison or a way of doing: "as she said she would", "more than
#: they could".
_COMPARING_MARKS = frozenset({"as", "than", "like"})
#: The forms of a verb that a "do" stands for: "she left; he didn't", "they say so; we don't".
_FINITE_FORMS = frozenset({"VB", "VBD", "VBZ", "VBP"})


def bare_modal(token: Token) -> bool:
    """Whether ``token`` is a modal (or a negated "do") left alone at the end of its clause,
    its verb phrase said before: "She won't.", "I think he will.", "replied that he
    would", "he didn't". Not a modal with a verb, an object or a quote after it ("said she
    would 'take action'"), nor one in a comparison or a clause of manner ("as fast as we
    can", "the best I can", "just as she said she would")."""
    word = token.lower_
    if token.tag_ == "MD":
        if word not in AUX_MODALITY:
            return False
    elif not (token.lemma_ == "do" and any(negates(c) for c in dependents(token))):
        return False
    if token.dep_ not in _CLAUSE_DEPS:
        return False
    if token.dep_ == "ccomp" and token.head.pos_ not in {"VERB", "AUX", "ADJ"}:
        return False  # "everywhere he can": the parse's clause of an adverb says where
    kids = list(dependents(token))
    if any(c.dep_ not in _BARE_DEPS for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None:
        return False
    if any(c.dep_ == "advmod" and c.i < subject.i for c in kids):
        return False  # "everywhere he can", "wherever they could": where, not whether
    if any(t.tag_ in WH_TAGS for t in subject.subtree):
        return False  # "can do what the others could not": a thing, not an act
    if any(c.dep_ == "conj" and c.i < token.i for c in kids):
        return False
    return _ends_clause(token) and not _compares(token)


def _ends_clause(token: Token) -> bool:
    """Whether the modal, with its "not" or "too", is the last word of its clause: a
    closing mark, or a closing quote then one, or the end of the text after it."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and (
        doc[after].head.i == token.i and doc[after].dep_ in {"neg", "advmod"}
    ):
        after += 1
    if after >= len(doc):
        return True
    following = doc[after]
    if following.text in _CLOSING:
        return not _verb_after_aside(token, after)
    if following.text in _QUOTE_MARKS:
        return after + 1 >= len(doc) or doc[after + 1].text in _CLOSING or doc[after + 1].is_space
    return following.is_space


def _verb_after_aside(modal: Token, mark: int) -> bool:
    """Whether the modal's own verb follows an aside after the comma at ``mark``: "It did
    not, however, specifically mention the emperor" (the parse may leave "did" alone)."""
    doc = modal.doc
    if doc[mark].text != ",":
        return False
    after = mark + 1
    while after < len(doc) and doc[after].pos_ in {"ADV", "PUNCT"}:
        after += 1
    return after < len(doc) and doc[after].tag_ == "VB"


def _compares(token: Token) -> bool:
    """Whether the modal's clause, or a clause it stands in, is a comparison or a manner:
    "as she said she would", "sooner than they could"."""
    node = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in _COMPARING_MARKS for c in dependents(node)):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def elided_verb(modal: Token) -> Token | None:
    """The verb whose phrase a bare modal leaves out: the nearest base-form verb before it,
    in its sentence or the one before ("The mayor will raise taxes, but she won't": raise).

    The base form is what a modal takes; a verb in the past or the present is most often
    a clause of another kind ("if the mayor wins"), and no verb is better than a wrong
    one. A "do" stands for a verb in any tense ("He said he opposed it. He didn't."). Not
    a verb the modal's clause is told by ("I think he will": think), nor a verb of saying
    ("he said. 'If he didn't, ...'": a quote's frame, not its content; a belief may be:
    "Do I believe it? No, I do not."), nor one that names no act ("be", "have"), nor one
    whose own "to" leaves its verb out ("we don't want to")."""
    # Only the verb that tells the modal's clause ("think", "said"): a conjunct or a
    # clause the parse hangs it on may be the phrase itself ("I could give you more, I
    # would"; "they will raise taxes, but she won't").
    governors = set()
    node = modal
    while node.head.i != node.i:
        if node.dep_ == "ccomp":
            governors.add(node.head.i)
        node = node.head
    # "He said he opposed it. He didn't.": a "do" takes a verb of any tense.
    forms = _FINITE_FORMS if modal.tag_ != "MD" else frozenset({"VB"})
    sentence = sentence_of(modal)
    candidates = [
        token
        for token in reversed(_before(modal, sentence))
        if token.pos_ == "VERB"
        and token.tag_ in forms
        and token.i not in governors
        and (token.lemma_ not in REPORTING_VERBS or token.lemma_ in HELD_VIEW_VERBS)
        and not names_no_action(token)
        and not any(c.tag_ == "TO" and c.dep_ == "xcomp" for c in dependents(token))
        and not _other_kind_of_doer(token, modal)
    ]
    # "claimed he built the pier before the term began (he didn't)": the verb whose
    # subject is the modal's own word first, nearest first; else the nearest.
    subject = _subject_word(modal)
    same = next((t for t in candidates if _subject_word(t) == subject), None)
    return same or (candidates[0] if candidates else None)


def _subject_word(verb: Token) -> str | None:
    """The verb's subject, in lower case, when it is a single word ("he", "they")."""
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    if subject is None or any(True for _ in subject.children):
        return None
    return subject.lower_


#: Pronouns of a person, and of a thing: "he didn't" leaves out no act whose doer was "it".
_PERSON_PRONOUNS = frozenset({"i", "you", "he", "she", "we"})
_THING_PRONOUNS = frozenset({"it"})


def _other_kind_of_doer(verb: Token, modal: Token) -> bool:
    """Whether the verb's subject and the modal's are pronouns of a person and of a thing:
    "said he opposed the war before it started (he didn't)" leaves out the opposing, not
    the starting."""
    kinds = []
    for word in (verb, modal):
        subject = _subject_word(word)
        kinds.append(
            "person"
            if subject in _PERSON_PRONOUNS
            else "thing"
            if subject in _THING_PRONOUNS
            else None
        )
    return None not in kinds and kinds[0] != kinds[1]


def _before(modal: Token, sentence: Span) -> list[Token]:
    """The tokens before the modal in its sentence and the one before it."""
    doc = modal.doc
    start = sentence.start
    if start > 0:
        start = sentence_of(doc[start - 1]).start
    return list(doc[start : modal.i])
