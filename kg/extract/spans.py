"""Turning parse tokens into the argument spans events carry.

An argument is the noun phrase a role word heads, trimmed to what names the
thing: determiners, adjectives, compounds, possessives and "of" complements
stay ("the mayor of Kyiv"); relative clauses, participle clauses, appositions
and coordinated phrases go, because they are separate facts. Other prepositional
phrases go, as the parse may hang the verb's on the noun, but for the one that says
whom a word like "those" or "anyone" names ("anyone with information").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.lang.en import (
    ACCUSATION_VERBS,
    BOUND_PREFIXES,
    DATELINE_DASHES,
    ECONOMY_MARKET_WORDS,
    EVENT_NOUNS,
    EVIDENCE_VERBS,
    MEASURES,
    NOT_ONLY_WORDS,
    PLACE_LABELS,
    PLACE_NOUNS,
    PUT_PLACE_ADVERBS,
    QUOTING_VERBS,
    RELATIVE_PRONOUNS,
    TELLING_ADJECTIVES,
    UNIT_NAMES,
)
from kg.lang.wordnet import (
    NOUN_ARTIFACT,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    NOUN_RELATION,
    NOUN_TIME,
    noun_classes,
)
from kg.model import Argument

__all__ = [
    "ENTITY_LABELS",
    "PLACE_LABELS",
    "SUBJECT_DEPS",
    "TIME_LABELS",
    "argument",
    "call_table",
    "dateline_dash",
    "dependents",
    "double_marks",
    "entity_at",
    "entity_label",
    "event_action",
    "generic_pronoun",
    "given_text",
    "has_subject",
    "infinitive",
    "is_quoted_title",
    "is_place",
    "it_subject",
    "made_plain",
    "may_be_who",
    "negates",
    "opened_by_nor",
    "not_only",
    "noun_phrase",
    "one_person",
    "person_who",
    "phrase_names_whom",
    "prefix_before",
    "puts_it_so",
    "after_quote",
    "CURLY_CLOSING",
    "CURLY_OPENING",
    "quote_tag_word",
    "quoted_doer",
    "read_once",
    "round_brackets",
    "name_beside_subject",
    "relative_before_sayer",
    "says_often",
    "says_who",
    "sentence_of",
    "share_of",
    "shown_span",
    "without_bullets",
    "span_text",
    "speakers_read",
    "split_prefix",
    "subject_cut_from_evidence",
    "time_adjunct",
]

#: spaCy labels of the named entities that become graph nodes.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
#: How a verb's subject hangs on it, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


_DROP_DEPS = frozenset(
    {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep", "parataxis", "ccomp"}
)


def noun_phrase(head: Token) -> Span:
    """The span of the noun phrase headed by ``head``, trimmed to its naming part.

    Keeps "of" complements ("members of the Kestrian border patrol") and drops
    clauses and appositions that follow the noun.
    """
    keep = _phrase_tokens(head)
    start, end = _within_its_subtree(head, min(keep), max(keep) + 1)
    doc = head.doc
    # Trim punctuation and conjunctions that a gap in `keep` may have left at the edges;
    # never the head, which may be a sign ("12%", "$5").
    while end - 1 > max(start, head.i) and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < min(end - 1, head.i) and (
        doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"
    ):
        start += 1
    start = _title_start(doc, start, end, head)
    # A word is never cut at a hyphen ("Vice-chancellors", "two-thirds", "ex-employee"):
    # the parser may make each part a word of its own and hang them apart.
    while start >= 2 and _hyphen_joins(doc[start - 2], doc[start - 1], doc[start]):
        start -= 2
    while end + 1 < len(doc) and _hyphen_joins(doc[end - 1], doc[end], doc[end + 1]):
        end += 2
    return doc[start:end]


def _within_its_subtree(head: Token, start: int, end: int) -> tuple[int, int]:
    """The span ``start:end`` cut short of the first word on either side of ``head`` that
    does not hang on it, directly or not.

    A phrase is the words below its head; the parse may cross its arcs ("already more
    forest has burned in X than in all of last year", with "than" hung on "already") and
    give the noun a subtree that runs over its own verb. The part around the head is the
    phrase."""
    # The subtree's indices once: spaCy's ``is_ancestor`` walks up from each word asked.
    below = {token.i for token in head.subtree}
    after = next((i for i in range(head.i + 1, end) if i not in below), end)
    before = next((i for i in range(head.i - 1, start - 1, -1) if i not in below), None)
    return (start if before is None else before + 1), after


def _title_start(doc: Doc, start: int, end: int, head: Token) -> int:
    """Where a quoted title starts when the parse hangs the noun of its kind on it
    ('comedy "The Big Show"', 'the drama "Night Ride"'): the title names the work, and a
    span cut inside the marks would open a quotation it never closes."""
    if end >= len(doc) or doc[end].tag_ != "''" or not start < head.i < end:
        return start
    opening = [t.i for t in doc[start + 1 : head.i] if t.tag_ == "``"]
    if len(opening) != 1 or any(t.tag_ == "''" for t in doc[opening[0] : end]):
        return start
    kind = doc[opening[0] - 1]
    if kind.pos_ != "NOUN" or kind.dep_ not in {"nmod", "compound"} or kind.head.i != head.i:
        return start
    if not doc[opening[0] + 1].text[:1].isupper():
        return start  # 'a pirate "mother ship"': a term in scare quotes, no title
    return opening[0] + 1


def is_quoted_title(span: Span) -> bool:
    """Whether a span is a title in quotation marks after the noun of its kind ('the film
    "Australia"'): a work, whatever place or body its words would name alone."""
    doc = span.doc
    end = span.end + 1 if span.end < len(doc) and doc[span.end].text in {".", ","} else span.end
    return (
        span.start >= 2
        and end < len(doc)
        and doc[span.start - 1].tag_ == "``"
        and doc[end].tag_ == "''"
        and doc[span.start - 2].pos_ in {"NOUN", "PROPN"}
        and span.text[:1].isupper()
    )


def _hyphen_joins(first: Token, hyphen: Token, second: Token) -> bool:
    """Whether ``hyphen`` joins ``first`` and ``second`` into one word, with no space on
    either side, and neither part is a verb ("Lane co-wrote": the name is "Lane")."""
    return (
        hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and first.text[-1:].isalnum()
        and second.text[:1].isalnum()
        and first.pos_ not in {"VERB", "AUX"}
        and second.pos_ not in {"VERB", "AUX"}
    )


def _phrase_tokens(head: Token) -> set[int]:
    keep = {head.i}
    stray = _before_contact_clause(head)
    for child in dependents(head):
        if child.i in stray:
            continue
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            if head.dep_ == "dobj" and head.head.lemma_.lower() in ACCUSATION_VERBS:
                continue  # "accused the groups of killings": the deed, not part of the name
            objects = [g for g in dependents(child) if g.dep_ == "pobj"]
            if objects:
                keep.add(child.i)
                for grandchild in objects:
                    keep |= _phrase_tokens(grandchild)
        elif child.dep_ == "nummod" and child.i < head.i and not _share_or_measure(head):
            # "about 30 Russian soldiers" names the soldiers; the number is a figure of its own.
            continue
        elif (
            child.dep_ == "advmod"
            and child.i > head.i
            and not any(g.dep_ == "prep" for g in dependents(child))
        ):
            # "used by militias more widely": an adverb after the noun tells how the clause
            # happens; the parser hung it on the noun. "towns south of X" names the towns.
            continue
        elif (
            child.dep_ == "det"
            and child.lower_ == "that"
            and head.tag_ in {"NNS", "NNPS"}
            and head.dep_ in SUBJECT_DEPS
        ):
            # "hinted before that taxes would rise": "that" before a plural subject opens
            # the clause; it is no determiner ("those taxes"). ("playing that blues": an
            # object, a plural form used as one thing.)
            continue
        elif _time_before_a_name(child, head):
            continue  # "at midnight Leeds will be moved": the time is not part of the name
        elif child.dep_ == "prep" and says_who(head, child):
            keep.add(child.i)  # "anyone with information", trimmed as the noun it names
            for grandchild in (g for g in dependents(child) if g.dep_ == "pobj"):
                keep |= _phrase_tokens(grandchild)
        elif child.dep_ not in _DROP_DEPS:
            keep |= {t.i for t in child.subtree}
    return keep


def _time_before_a_name(child: Token, head: Token) -> bool:
    """Whether a time the parser hung on a name as a compound before it is a time of the
    clause ("Tonight at midnight Leeds will be moved": Leeds, at midnight), not part of the
    name: the name is an entity of its own kind, or the time is the lost object of a
    preposition right before it ("while they slept on Sunday night fire broke out": the
    fire, on Sunday night; with no comma the parser reads one noun)."""
    return (
        child.dep_ == "compound"
        and child.i < head.i
        and child.ent_type_ in TIME_LABELS
        and (head.ent_type_ in ENTITY_LABELS or _stranded_preposition_before(child))
    )


def _stranded_preposition_before(word: Token) -> bool:
    """Whether the word right before the phrase ``word`` opens is a preposition left with no
    object of its own: "on" in "while they were fishing on Sunday morning disaster struck"."""
    first = word.left_edge.i
    if first == 0:
        return False
    before = word.doc[first - 1]
    return before.dep_ == "prep" and not any(True for _ in before.children)


def _share_or_measure(noun: Token) -> bool:
    """Whether a noun is a share or a unit of measure, which names nothing without its
    number: "40 percent of voters backed it", "31 % of Democrats", "won 52 percent", "rose
    to 9,000 feet" (a phrase cut to "percent of voters", "%" or "feet" tells no one who
    or how much). Not a count of people, whose number is a figure apart."""
    per_cent = noun.lower_ == "cent" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "per"
    # A plural measure is found by its lemma ("tonnes", "kilometres", "miles"): the table
    # spells abbreviations and singulars.
    lemma = noun.lemma_.lower()
    unit = UNIT_NAMES.get(noun.lower_) or UNIT_NAMES.get(lemma, lemma)
    return noun.ent_type_ == "PERCENT" or per_cent or (unit in MEASURES and unit not in _COUNTED)


#: Units of figures that count people: "four people" names the people, the number apart.
_COUNTED = frozenset({"people", "person"})


def _before_contact_clause(head: Token) -> set[int]:
    """The words before a plural subject that belong to the noun a relative clause with no
    "that" describes: "it's a win retirees worked toward", "a law farmers have wanted".
    The parser may hang "a win" on "retirees" as one phrase; but "a" never goes with a
    plural, so the article and the singular nouns after it are the other noun's, and the
    subject is "retirees" alone. The other noun is what a "be" or a preposition right before
    the article takes ("it's a win", "for a cause"); after a verb of saying, "a" before a
    plural is a slip ("said a patrol units turned on its lights"), and the words stay."""
    if head.tag_ not in {"NNS", "NNPS"} or head.dep_ != "nsubj" or head.head.i < head.i:
        return set()
    before = [c for c in dependents(head) if c.i < head.i]
    article = next((c for c in before if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
    if article is None or article.i == 0:
        return set()
    taker = head.doc[article.i - 1]
    if taker.lemma_ != "be" and taker.pos_ != "ADP":
        return set()
    nouns = [c for c in before if c.dep_ == "compound" and c.i > article.i]
    if not nouns or any(n.tag_ != "NN" for n in nouns):
        return set()
    return {c.i for c in before if c.i <= max(n.i for n in nouns)}


#: Words that name no one in particular until a phrase after them says who: "those in
#: the camps", "anyone with information", "people with the most debt".
_NAMED_BY_PHRASE = frozenset(
    "those some many most few all others anyone everyone someone anybody everybody "
    "somebody people".split()
)
#: Prepositions whose phrase after such a word says who they are (not "like" or
#: "including", which give examples, nor "as").
_WHO_PREPOSITIONS = frozenset({"in", "at", "from", "with", "on", "inside", "within", "among"})


def phrase_names_whom(pronoun: Token) -> bool:
    """Whether the phrase after a pronoun names whom it stands for: a share of a group its
    "of" names with a noun ("some of the protesters", "each of the guards"; not "some of
    them" or "all of which", left to resolution), or a phrase that says who ("those in
    the camps", "anyone with information": :func:`says_who`)."""
    return any(
        (
            prep.lower_ == "of"
            and any(o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} for o in dependents(prep))
        )
        or says_who(pronoun, prep)
        for prep in dependents(pronoun)
        if prep.dep_ == "prep"
    )


def says_who(head: Token, preposition: Token) -> bool:
    """Whether ``preposition``, right after ``head``, says who ``head`` names: "those in
    the camps", "anyone with information", "people at senior levels" (the bare word names
    no one, or everyone). A pronoun keeps it in any role; "people" only as the subject
    before its verb, where the parse hangs no adjunct of the verb on it. A time is no
    one's description ("those on Monday")."""
    if (
        head.lower_ not in _NAMED_BY_PHRASE
        or preposition.i != head.i + 1
        or preposition.lower_ not in _WHO_PREPOSITIONS
    ):
        return False
    objects = [o for o in dependents(preposition) if o.dep_ == "pobj"]
    if not objects or any(o.ent_type_ in TIME_LABELS for o in objects):
        return False
    after = preposition.right_edge.i + 1
    if preposition.lower_ == "from" and after < len(head.doc) and head.doc[after].lower_ == "to":
        return False  # "everyone from farmers to bankers": a range of examples
    if head.pos_ == "PRON":
        return True
    return head.dep_ in SUBJECT_DEPS and head.i < head.head.i


def entity_label(span: Span) -> str:
    """The label of the named entity the span is about, or "" for a common noun phrase.

    Prefers the entity that contains the span's root ("the Russian Defense
    Ministry" -> ORG) over one that only modifies it ("Russian forces" -> "").
    """
    root = span.root
    if root.ent_type_ in ENTITY_LABELS:
        return root.ent_type_
    for token in span:
        if token.ent_type_ in PLACE_LABELS and token.dep_ in {"compound", "pobj"}:
            # "the Gostomel airport", "the mayor of Kyiv": a place names the thing; not
            # "its Kestrel hours", a time the place only qualifies (a person it qualifies
            # stays tied to it: "the Kestrel senator").
            if token.dep_ != "compound" or (
                _compounded_into(token, root) and _time_or_relation_qualified(root)
            ):
                return ""
            return token.ent_type_
    return ""


def _compounded_into(word: Token, noun: Token) -> bool:
    """Whether ``word`` is part of a name set before ``noun`` ("New" and "York" of "New
    York time")."""
    while word.dep_ == "compound":
        word = word.head
        if word.i == noun.i:
            return True
    return False


def argument(span: Span) -> Argument:
    """An :class:`~kg.model.Argument` for a span, with document character offsets: the
    text shown and stored starts with no list bullet and holds no unpaired quotation mark
    (:func:`shown_span`)."""
    label = "" if is_quoted_title(span) else entity_label(span)
    shown = shown_span(span)
    return Argument(text=span_text(shown), start=shown.start_char, end=shown.end_char, label=label)


#: Marks that open an item of a list, never a word of a name ("• Lee scored twice").
_LIST_BULLETS = frozenset("•·▪◦‣●")
#: Double quotation marks, straight, curly or as the tokenizer's pairs of quotes.
_DOUBLE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def without_bullets(span: Span) -> tuple[int, int]:
    """Where ``span`` starts and ends without the list bullets it starts with: the model
    may take a bullet into the name after it ("• Lee")."""
    start = span.start
    while span.end - start > 1 and span.doc[start].text in _LIST_BULLETS:
        start += 1
    return start, span.end


def shown_span(span: Span) -> Span:
    """``span`` without the list bullets it starts with, and with its quotation marks paired:
    a phrase cut inside a quote ('a "rural brain drain' of 'a "rural brain drain" has
    ...', 'short" film' of '"short" film') takes in the mark right after or before it
    that closes or opens the quote; a mark that pairs with nothing near goes when it
    stands at an edge. A mark left inside stays (the span is one stretch of the text)."""
    doc = span.doc
    start, end = without_bullets(span)
    if not _text_holds(span, _DOUBLE_MARK_CHARACTERS):
        return doc[start:end]  # no mark to pair: most phrases, settled from the text
    marks = [t for t in doc[start:end] if t.text in _DOUBLE_MARKS]
    if len(marks) % 2 == 0:
        return doc[start:end]
    closes_after = end < len(doc) and doc[end].text in _DOUBLE_MARKS
    opens_before = start > 0 and doc[start - 1].text in _DOUBLE_MARKS
    opening = marks[0].text in _ONLY_OPENING or (
        marks[0].text == '"' and marks[0].i + 1 < end and not marks[0].whitespace_
    )
    if closes_after and (opening or not opens_before):
        return doc[start : end + 1]
    if opens_before:
        return doc[start - 1 : end]
    if end - start > 1 and doc[start].text in _DOUBLE_MARKS:
        return doc[start + 1 : end]
    if end - start > 1 and doc[end - 1].text in _DOUBLE_MARKS:
        return doc[start : end - 1]
    if opening and not opens_before and _closes_past_a_stop(doc, end):
        # 'seized the "liberated zone," a strip ...': the quote closes after the comma the
        # phrase ends at; both go in, as the text writes them, for the marks to pair.
        return doc[start : end + 2]
    return doc[start:end]


def _text_holds(span: Span, characters: tuple[str, ...]) -> bool:
    """Whether the text of ``span`` holds one of ``characters`` (read from the text given
    to :func:`read_once`, not word by word). Every word's text is a stretch of the span's,
    so a span whose text holds none of a mark's characters has no word that is the mark."""
    text = span_text(span)
    return any(character in text for character in characters)


#: What the text of a word of ``_DOUBLE_MARKS`` holds: the marks, and a tokenizer's pair
#: of apostrophes or backticks.
_DOUBLE_MARK_CHARACTERS = ('"', "\u201c", "\u201d", "``", "''")


#: Stops that English puts inside a closing quotation mark: 'the "safe zone," they said'.
_STOPS_INSIDE_QUOTES = frozenset({",", ".", "?", "!"})


def _closes_past_a_stop(doc: Doc, end: int) -> bool:
    """Whether a quotation mark follows the stop right after a phrase that ends at ``end``."""
    return (
        end + 1 < len(doc)
        and doc[end].text in _STOPS_INSIDE_QUOTES
        and doc[end + 1].text in _DOUBLE_MARKS
    )


def is_place(head: Token) -> bool:
    """Whether a noun names a place: a place entity, or a place noun ("the capital")."""
    if head.ent_type_ in PLACE_LABELS:
        return True
    if head.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return False
    if head.ent_type_ in TIME_LABELS:
        return False  # "on Super Tuesday": a day, whatever the name before it is tagged
    if head.lemma_.lower() == "market" and any(
        c.lower_ in ECONOMY_MARKET_WORDS for c in dependents(head) if c.dep_ in {"amod", "compound"}
    ):
        return False  # "new buyers in a global market": an economy, not a place
    if head.lower_ == "home" and not any(c.dep_ in {"det", "poss"} for c in dependents(head)):
        return False  # "at home and abroad", "close to home": one's country, a team's ground
    if head.lemma_.lower() in PLACE_NOUNS or head.lower_ in PLACE_NOUNS:
        return True
    if event_action(head) is not None:
        return False  # "the Paris attacks" is a happening in Paris, not a place
    if not any(t.ent_type_ in PLACE_LABELS for t in dependents(head) if t.dep_ == "compound"):
        return False
    # "the Kabul hotel", "a Woodburn bank": a site named by its place. Not a person named
    # by where they come from or serve ("the Florida senator", "Iowa voters"), nor a time
    # or a relation the name only qualifies ("London time", "Illinois politics").
    return not only_qualified_by_place(head)


#: What follows "time" in the idioms that say "often": "time and again", "time after time",
#: "time and time again".
_OFTEN_IDIOM_ENDINGS = (("and", "again"), ("after", "time"), ("and", "time", "again"))


def says_often(noun: Token) -> bool:
    """Whether ``noun`` is the "time" of an idiom that says "often" ("time and again"),
    which the parse may read as a noun: a verb's object ("saw it play out time and
    again"), or one a name before it qualifies ("fought in Kestrel time and again"). A
    "time" with its own determiner or adjective is the noun ("had a good time and again
    ...")."""
    if noun.lower_ != "time" or any(c.dep_ in {"det", "amod", "poss"} for c in dependents(noun)):
        return False
    after = tuple(t.lower_ for t in noun.doc[noun.i + 1 : noun.i + 4])
    return any(after[: len(ending)] == ending for ending in _OFTEN_IDIOM_ENDINGS)


#: WordNet's files of nouns that a place name before them qualifies without making them a
#: site, by the noun's most frequent sense: a person ("the Florida senator"), a time ("U.S.
#: history", "Kyiv hours") or a relation ("Illinois politics"). Not a state, which holds
#: the land itself ("U.S. soil") as often as a condition ("a US troop presence").
_QUALIFIED_ONLY_CLASSES = frozenset({NOUN_PERSON, NOUN_TIME, NOUN_RELATION})
#: WordNet's files of nouns of a site, whatever their other senses ("the Gaza end").
_SITE_CLASSES = frozenset({NOUN_ARTIFACT, NOUN_LOCATION, NOUN_OBJECT})


def time_adjunct(noun: Token) -> bool:
    """Whether a noun is a time phrase standing as an adjunct of a clause: "dodged it for a
    second time", "left that week", "on the day". A time is no one who acts, so a participle
    the parse hangs on it ("for a second time saying ...") is not the time's doing. A time
    is a date or time entity or a noun with a time among its two most frequent WordNet
    senses ("time" is first an occasion)."""
    if noun.dep_ == "npadvmod":
        adjunct = True
    else:
        adjunct = noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}
    if not adjunct or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return noun.ent_type_ in TIME_LABELS or NOUN_TIME in noun_classes(noun.lemma_.lower())[:2]


def only_qualified_by_place(noun: Token) -> bool:
    """Whether a place name before ``noun`` would only say whose or which it is, not name a
    site (:data:`_QUALIFIED_ONLY_CLASSES`): "the Florida senator", "U.S. history",
    "Illinois politics"; "London time" too, a time by its second sense ("time" is first an
    occasion)."""
    return noun_classes(noun.lemma_.lower())[:1] == (NOUN_PERSON,) or (
        _time_or_relation_qualified(noun)
    )


def _time_or_relation_qualified(noun: Token) -> bool:
    """:func:`only_qualified_by_place` for a noun that names no person."""
    classes = noun_classes(noun.lemma_.lower())
    if not classes:
        return False
    if classes[0] in _QUALIFIED_ONLY_CLASSES - {NOUN_PERSON}:
        return True
    return NOUN_TIME in classes[:2] and classes[0] not in _SITE_CLASSES


#: How the parse hangs the adjective of "make ... clear" on "make".
_TELLING_DEPS = frozenset({"ccomp", "acomp", "oprd", "xcomp"})


def made_plain(verb: Token) -> Token | None:
    """The adjective that makes "make" a verb of telling ("made clear that ...", "made it
    plain that ...", "made the report public"), or ``None``. The parse hangs it on "make"
    or, right after "make", on the clause told ("made clear the dam will hold": "clear"
    a complement of "hold")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "make":
        return None
    for child in dependents(verb):
        if child.dep_ in _TELLING_DEPS and child.lower_ in TELLING_ADJECTIVES:
            return child
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        after is not None
        and after.lower_ in TELLING_ADJECTIVES
        and after.dep_ == "acomp"
        and after.head.dep_ == "ccomp"
        and after.head.head == verb
    ):
        return after
    return None


def puts_it_so(verb: Token) -> bool:
    """Whether "put it" tells rather than places: "as the mayor put it", "she put it
    bluntly", "let me put it this way", "to put it mildly" ("it" its one object, and
    nowhere it is put: not "put it on the table", "put it back")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "put":
        return False
    children = list(dependents(verb))
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ != "it":
        return False
    return not any(
        c.dep_ in {"prep", "prt", "dative", "oprd", "acomp"}
        or (c.dep_ == "advmod" and c.lower_ in PUT_PLACE_ADVERBS)
        for c in children
    )


def event_action(token: Token) -> str | None:
    """The action a common noun names as a happening ("attacks" -> "attack"), or ``None``."""
    if token.pos_ != "NOUN":
        return None
    return EVENT_NOUNS.get(token.lower_) or EVENT_NOUNS.get(token.lemma_.lower())


def dateline_dash(word: Token) -> int:
    """Where the dash ends the dateline ``word`` opens ("ISTANBUL (Reuters) -", "KYIV,
    Ukraine -"): the index of the dash, or 0 when ``word`` is no dateline's city, written
    in capitals as the first word of its sentence. The parse often takes that city for
    the subject of the sentence's first verb."""
    if len(word.text) < 2 or not word.text.isupper():
        return 0  # checked before ``word.sent``, which walks the sentence to find its edges
    sentence = sentence_of(word)
    if word.i != sentence.start:
        return 0
    if word.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return 0  # "NATO - the alliance of thirty states - said": a subject in capitals
    for token in word.doc[word.i + 1 : min(word.i + 10, sentence.end)]:
        if token.text in DATELINE_DASHES:
            return token.i
    return 0


@dataclass(slots=True)
class _Reading:
    """What :func:`dependents` and :func:`sentence_of` have read of the doc being extracted."""

    doc: Doc
    text: str  # the doc's text, as the caller has it (``doc.text`` joins every token)
    children: dict[int, tuple[Token, ...]] = field(default_factory=dict)
    sentences: list[Span] | None = None  # the doc's sentences, read on first need
    starts: list[int] = field(default_factory=list)  # their first tokens' indices
    speakers: dict[int, Argument | None] = field(default_factory=dict)  # see speakers_read
    tables: dict[str, dict[Any, Any]] = field(default_factory=dict)  # see call_table


# Set by kg.extract.extract for the length of one call (:func:`read_once`), so what is
# read never outlives its Doc, never serves another, and is per thread and per process.
_READING: ContextVar[_Reading | None] = ContextVar("kg_extract_reading", default=None)


@contextmanager
def read_once(doc: Doc, text: str) -> Iterator[None]:
    """Within the block, :func:`dependents` and :func:`sentence_of` read ``doc`` from
    spaCy once per token and once per document, and :func:`given_text` gives ``text``,
    which must be ``doc.text``.

    The rules ask the same few words (verbs, heads of phrases) for their children and
    their sentence again and again, and spaCy walks the word's subtree, or its sentence,
    each time. The doc is not modified while it is extracted, so the answers stay true.
    """
    reset = _READING.set(_Reading(doc, text))
    try:
        yield
    finally:
        _READING.reset(reset)


def dependents(token: Token) -> Iterable[Token]:
    """``token.children``, read once per token within :func:`read_once`."""
    current = _READING.get()
    if current is None or current.doc is not token.doc:
        return token.children
    found = current.children.get(token.i)
    if found is None:
        found = current.children[token.i] = tuple(token.children)
    return found


def given_text(doc: Doc) -> str | None:
    """``doc.text`` as given to :func:`read_once` (spaCy joins every token of the document
    again on each access of ``doc.text``), or ``None`` outside it."""
    current = _READING.get()
    if current is None or current.doc is not doc:
        return None
    return current.text


def speakers_read(doc: Doc) -> dict[int, Argument | None] | None:
    """Within :func:`read_once`, the table in which :func:`kg.extract.cue_speakers.speaker_of`
    keeps each cue's speaker by token index (the speech verbs and the cues' sources of a
    sentence both ask it of the same words); ``None`` outside it."""
    current = _READING.get()
    if current is None or current.doc is not doc:
        return None
    return current.speakers


def call_table(of: Doc | str, name: str) -> dict[Any, Any] | None:
    """Within :func:`read_once`, the table ``name`` in which a rule keeps what it worked out
    of the doc (or of its text, given as ``of``) by token or by text (the answer depends on
    them alone, and other rules ask it again); ``None`` outside it. It lives as long as
    the call."""
    current = _READING.get()
    if current is None or (current.doc is not of and current.text is not of):
        return None
    return current.tables.setdefault(name, {})


def sentence_of(token: Token) -> Span:
    """``token.sent``, from the doc's sentences read once within :func:`read_once`."""
    current = _READING.get()
    doc = token.doc
    if current is None or current.doc is not doc or "sents" in doc.user_hooks:
        return token.sent
    if current.sentences is None:
        current.sentences = list(doc.sents)
        current.starts = [sentence.start for sentence in current.sentences]
    return current.sentences[bisect.bisect_right(current.starts, token.i) - 1]


def double_marks(sentence: Span) -> tuple[int, ...]:
    """Where the words of ``sentence`` that are double quotation marks (``_DOUBLE_MARKS``)
    stand, in order; read once per sentence within :func:`read_once` (the place tests ask
    it for every word that could name a place)."""
    return _marks_of(sentence, "double_marks", _DOUBLE_MARK_CHARACTERS, _DOUBLE_MARKS)


#: Round brackets, as words of their own.
_ROUND_BRACKETS = frozenset({"(", ")"})


def round_brackets(sentence: Span) -> tuple[int, ...]:
    """Where the words of ``sentence`` that are round brackets stand, in order; read once
    per sentence within :func:`read_once`."""
    return _marks_of(sentence, "round_brackets", tuple(_ROUND_BRACKETS), _ROUND_BRACKETS)


def _marks_of(
    sentence: Span, table: str, characters: tuple[str, ...], marks: frozenset[str]
) -> tuple[int, ...]:
    """Where the words of ``sentence`` whose text is one of ``marks`` stand; its words are
    read only when its text holds one of ``characters`` (:func:`_text_holds`)."""
    read = call_table(sentence.doc, table)
    key = (sentence.start, sentence.end)
    found = read.get(key) if read is not None else None
    if found is None:
        found = ()
        if _text_holds(sentence, characters):
            found = tuple(t.i for t in sentence if t.text in marks)
        if read is not None:
            read[key] = found
    return found


def span_text(span: Span) -> str:
    """``span.text``, sliced from the text given to :func:`read_once` within it (spaCy
    makes a Token of every word of the span and joins their texts on each access)."""
    text = given_text(span.doc)
    return span.text if text is None else text[span.start_char : span.end_char]


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive: "the call to leave", "tried to fix"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb))


def split_prefix(word: Token) -> bool:
    """Whether ``word`` is a prefix the tokenizer split from the verb after its hyphen:
    the "re" of "re-establish", the "co" of "co-sponsored"."""
    doc = word.doc
    if word.lower_ not in BOUND_PREFIXES or word.whitespace_ or word.i + 2 >= len(doc):
        return False
    hyphen, stem = doc[word.i + 1], doc[word.i + 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and stem.text[:1].isalpha()


def prefix_before(verb: Token) -> Token | None:
    """The split prefix before a verb ("re" of "re-establish"), if there is one."""
    if verb.i < 2:
        return None
    prefix = verb.doc[verb.i - 2]
    return prefix if split_prefix(prefix) else None


def has_subject(verb: Token) -> bool:
    """Whether a subject of its own (active or passive) hangs on ``verb``."""
    return any(c.dep_ in SUBJECT_DEPS for c in dependents(verb))


def it_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is "it" (a dummy one, in the turns of phrase that ask)."""
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in dependents(verb))


#: Pronouns that may name nobody: "you can see why", "one would think".
_GENERIC_PRONOUNS = frozenset({"you", "one"})


def generic_pronoun(word: Token) -> bool:
    """Whether ``word`` is a "you" or "one" that may name nobody: "you can see why", "one
    would think that ...". Not "one of them" or "one in five voters" (somebody), nor "One,
    who asked not to be named, said" (a person of the story), "another one" or "the one",
    nor a name
    ("Radio One"); "no one" names nobody too."""
    if word.lower_ not in _GENERIC_PRONOUNS or word.pos_ == "PROPN" or _described(word):
        return False
    if quote_tag_word(word):
        return False  # '"We will stay," said one.': one of those the text just told of
    return not any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or share_of(c)
        or (c.dep_ in {"det", "amod", "compound"} and c.lower_ != "no")
        for c in dependents(word)
    )


def share_of(preposition: Token) -> bool:
    """ "one in five voters", "one in four", "one out of three": a share of a group is
    somebody, as "one of them" is."""
    if preposition.dep_ != "prep" or preposition.lower_ not in {"in", "out"}:
        return False
    objects = [c for c in preposition.subtree if c.dep_ == "pobj"]
    return any(o.like_num or any(c.dep_ == "nummod" for c in dependents(o)) for o in objects)


def quote_tag_word(word: Token) -> bool:
    """Whether ``word`` is a "one" in the tag right after a quote that closes on a comma, a
    question or an exclamation mark, next to the tag's verb: '"...," said one', '"...,"
    one said', '"...," read one' (one of several people, signs or leaflets). A generic
    "one" never tags a quote."""
    doc = word.doc
    if word.lower_ != "one":
        return False
    verb_after = word.i + 1 < len(doc) and doc[word.i + 1].pos_ in {"VERB", "AUX"}
    verb_before = word.i >= 1 and doc[word.i - 1].pos_ in {"VERB", "AUX"}
    return (after_quote(doc, word.i) and verb_after) or (
        verb_before and after_quote(doc, word.i - 1)
    )


#: Curly quotation marks, which open or close a quote whatever stands around them.
CURLY_OPENING = frozenset({"\u201c", "\u2018"})
CURLY_CLOSING = frozenset({"\u201d", "\u2019"})
#: Marks that only close a quote, or only open one: the curly ones and the tokenizer's pairs
#: of apostrophes or backticks.
_ONLY_CLOSING = CURLY_CLOSING | {"''"}
_ONLY_OPENING = CURLY_OPENING | {"``"}


def after_quote(doc: Doc, at: int) -> bool:
    """Whether a quote that closes on a comma, a question or an exclamation mark ends
    right before the token at ``at`` ('"We stay," she said'). A straight mark closes when
    the comma before it is set close ('stay,"') or a space follows it ('stay, " she'); in
    'said, "We stay' it opens."""
    if at < 2 or not doc[at - 1].is_quote or doc[at - 2].text not in {",", "?", "!"}:
        return False
    mark, before = doc[at - 1], doc[at - 2]
    if mark.text in _ONLY_CLOSING:
        return True
    if mark.text in _ONLY_OPENING:
        return False
    return not before.whitespace_ or bool(mark.whitespace_)


def _described(one: Token) -> bool:
    """ "One, who asked not to be named, said": a "one" that a relative clause set off
    by a comma describes is a person of the story (a generic "one" takes no such clause:
    "one would think ...")."""
    doc = one.doc
    return (
        one.i + 2 < len(doc)
        and doc[one.i + 1].text == ","
        and doc[one.i + 2].lower_ in {"who", "whom", "whose"}
        and any(c.dep_ == "relcl" for c in dependents(one))
    )


def negates(word: Token) -> bool:
    """Whether a dependent the parse marks as a negation ("not", "n't") negates the word it
    hangs on: not the "not" of "not just" or "not only" (:func:`not_only`)."""
    return word.dep_ == "neg" and not not_only(word)


def opened_by_nor(verb: Token) -> bool:
    """Whether the clause of ``verb`` opens with "nor" and an auxiliary set before its
    subject: "nor did he report it", "Nor will the library accept gifts", "nor could any
    money change hands", "Nor is it clear" (the auxiliary or the copula itself right after
    "nor"): the clause is denied as a "not" would deny it. Not "nor" between words ("neither
    the mayor nor the council did it"), which has no auxiliary after it."""
    subjects = [c.i for c in dependents(verb) if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    words = [verb, *(c for c in dependents(verb) if c.dep_ in {"aux", "auxpass"})]
    return any(0 < w.i < max(subjects) and w.doc[w.i - 1].lower_ == "nor" for w in words)


def not_only(word: Token) -> bool:
    """Whether a "not" opens "not just", "not only", "not merely": there is more than the
    act, which happened ("the shops have not just survived but are thriving"). Under a
    modal with no "but" or "also" after it, it refuses the act ("we will not simply accept
    it", "we won't just sit by")."""
    following = word.i + 1
    if following >= len(word.doc) or word.doc[following].lower_ not in NOT_ONLY_WORDS:
        return False
    return _more_follows(word) or not _ahead(word.head)


def _more_follows(word: Token) -> bool:
    """Whether the sentence goes on after ``word`` with "but", "also" or a semicolon."""
    rest = word.doc[word.i + 1 : word.sent.end]
    return any(t.lower_ in {"but", "also", ";"} for t in rest)


def _ahead(verb: Token) -> bool:
    """Whether a verb is under a modal ("will", "would", "must")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def entity_at(token: Token) -> Span:
    """The named entity ``token`` is part of, or the token alone when it is in none."""
    # Walk the IOB tags: `doc.ents` builds every entity span on each access.
    doc = token.doc
    if token.ent_iob_ not in {"B", "I"}:
        return doc[token.i : token.i + 1]
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def doc_span(doc: Doc, start: int, end: int) -> Span:
    """The token span covering character offsets ``start:end`` (expanded to tokens)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # pragma: no cover - expand mode always aligns inside the text
        raise ValueError(f"offsets {start}-{end} fall outside the document")
    return span


def quoted_doer(verb: Token) -> Token | None:
    """The one a verb of quoting gives the words or deeds of, when ``verb`` is a participle
    right after its object without "as": "the agency quoted the minister saying prices
    would rise", "the report cites an official warning of delays". The object speaks or
    acts, not the one who quotes (with a comma, "quoted the minister, adding ...", the
    quoter goes on). None when ``verb`` is no such participle."""
    quoting = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"}:
        return None
    if quoting.lemma_.lower() not in QUOTING_VERBS:
        return None
    objects = [o for o in dependents(quoting) if o.dep_ == "dobj"]
    return next((o for o in objects if o.right_edge.i == verb.i - 1), None)


def relative_before_sayer(saying: Token, subjects: list[Token]) -> Token | None:
    """The relative pronoun the parser hangs on a relative clause's verb as a first subject
    beside the one who says or thinks ("outsiders who he said escalated tensions": "who"
    and "he" both subjects of "said"), when a clause after the verb says what: the pronoun
    is that clause's subject, not the sayer. After a comma the parser may not make the
    clause a relative one at all ("blame the closure of clinics in 2011, which they say
    left a gap": "say" hung on "blame"); the pronoun still opens it."""
    if len(subjects) < 2:
        return None
    pronoun, sayer = subjects[0], subjects[1]
    after_comma = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","
    if saying.dep_ != "relcl" and not (after_comma and pronoun.i == saying.left_edge.i):
        return None
    if pronoun.lower_ not in RELATIVE_PRONOUNS or sayer.lower_ in RELATIVE_PRONOUNS:
        return None
    if not any(c.dep_ in {"ccomp", "xcomp"} and c.i > saying.i for c in dependents(saying)):
        return None
    return pronoun


def name_beside_subject(subjects: list[Token]) -> Token | None:
    """The name the parser made a second subject of a verb beside the description before
    it, the comma after the name left out or the description fronted: "The mayor's aide,
    Ana Ruiz said that ...", "A nurse for twenty years, Ruiz now runs the clinic". The
    name is who acts and speaks; the description is said of her. None when the verb has
    no such pair; never a place's name ("a church in Dover, Delaware burned": the state
    is the town's, not a subject)."""
    if len(subjects) < 2:
        return None
    description, name = subjects[0], subjects[1]
    doc = description.doc
    last = description.right_edge.i
    comma = last if doc[last].text == "," else last + 1  # the parse may hang it on either
    if description.pos_ != "NOUN" or name.left_edge.i != comma + 1 or doc[comma].text != ",":
        return None
    if name.ent_type_ not in {"PERSON", "ORG", ""}:
        return None
    return name if all(t.pos_ == "PROPN" for t in doc[name.left_edge.i : name.i + 1]) else None


def person_who(noun: Token) -> Token:
    """What a relative "who" hung on ``noun`` stands for: ``noun``, or when it names no
    one (a place, a date, a thing) the person or people of the phrase before it; and the
    one person whose body or place it is the "of" of ("the mayor of the town, who ...",
    "the chairman of the board, who ..."): see :func:`_office_holder`."""
    holder = _office_holder(noun)
    if holder is not None:
        return holder
    if may_be_who(noun):
        return noun
    return _person_before(noun) or _person_right_before(noun) or noun


#: Kinds of name that are no one: "from Hilton Head, who ...", "visitors to the United
#: States who ..." (an organisation may be: "the Crimson, who recorded their first win").
_NO_ONE_LABELS = frozenset(
    {"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "DATE", "TIME"}
)


def may_be_who(noun: Token) -> bool:
    """Whether a noun may be what "who" stands for: a person, a group or a body, a number
    of people, or a word WordNet does not know; not a place, a date or a thing (no person
    or group among a common noun's two most frequent senses)."""
    if noun.ent_type_:
        return noun.ent_type_ not in _NO_ONE_LABELS
    if noun.pos_ != "NOUN":
        return True
    senses = noun_classes(noun.lemma_.lower())[:2]
    return not senses or bool(set(senses) & {NOUN_PERSON, NOUN_GROUP})


def _office_holder(noun: Token) -> Token | None:
    """The one person a "who" hung on the "of" of their title stands for: "the mayor of the
    town, who took office in May", "the chairman of the board, who resigned". A body, a
    place or a thing is not the "who" a person before its "of" may be; a person or people
    of the "of" may ("the son of the senator, who", "the leader of the rebels, who" are
    left to the parse)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return None
    holder = preposition.head
    if holder.tag_ not in {"NN", "NNP"} or not one_person(holder):
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in {"PERSON", "NORP"}:
        return None
    if noun.pos_ == "NOUN" and noun_classes(noun.lemma_.lower())[:1] == (NOUN_PERSON,):
        return None
    return holder


def one_person(word: Token) -> bool:
    """Whether a noun is a person: a person's name, unless a common noun before it says
    it is a thing ("the supertanker Sirius Star", which the model may take for a person);
    or a noun whose most frequent WordNet sense is a person ("the president"; not a group,
    which "which" may stand for)."""
    if word.ent_type_ == "PERSON":
        return not _a_thing(word) and not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and _a_thing(c) for c in dependents(word)
        )
    return word.pos_ == "NOUN" and noun_classes(word.lemma_.lower())[:1] == (NOUN_PERSON,)


def _a_thing(word: Token) -> bool:
    """Whether a word's most frequent WordNet sense as a noun is no person: "supertanker",
    and a name's last word such as "Inn" or "Star"."""
    classes = noun_classes(word.lower_)
    return bool(classes) and classes[0] != NOUN_PERSON


def _person_before(noun: Token) -> Token | None:
    """The person or people a "who" stands for when the parser hung it on a place or a thing
    at the end of their phrase: "a farmer from Hilton Head, South Carolina, who voted",
    "Republicans in the state who suspect", "those with coverage who face": up the phrase's
    "of", "from", "in" ... and appositions to the first noun that may be who; ``None`` when
    the phrase hangs on no such noun."""
    node = noun
    while node.dep_ in {"pobj", "appos"}:
        holder = node.head.head if node.dep_ == "pobj" else node.head
        if node.dep_ == "pobj" and node.head.dep_ != "prep":
            return None
        if holder.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return None
        if may_be_who(holder):
            return holder
        node = holder
    return None


def _person_right_before(noun: Token) -> Token | None:
    """The person or people right before the preposition of a place or a thing a "who" was
    hung on, when the parser hung that phrase on a verb or on another noun: "cracked down
    on visitors to the United States who overstay", "angered Republicans in the state who
    suspect" (the parse hangs "to ..." and "in ..." on the verb)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.i == 0:
        return None
    before = noun.doc[noun.head.i - 1]
    if before.pos_ in {"NOUN", "PROPN"} and before.dep_ != "compound" and may_be_who(before):
        return before
    return None


def subject_cut_from_evidence(verb: Token, subject: Token) -> Token | None:
    """The real subject of ``verb`` when the parser cut it from the clause a verb of
    evidence (:data:`~kg.lang.en.EVIDENCE_VERBS`) takes: the object of that verb, which
    ends right before ``verb``, with the evidence verb between the given subject and
    ``verb`` inside the given subject's phrase, a relative clause told in its own tense
    ("..., a point backed by a survey which shows a large majority of parents want stricter
    rules": the parents want them; not "software made available to prove its legitimacy
    suggests ...", where "suggests" has its own subject)."""
    if verb.i == 0 or subject.i >= verb.i:
        return None
    node = verb.doc[verb.i - 1]
    for _ in range(len(verb.doc)):  # up the tree from the word before; it ends at the root
        if node.dep_ == "dobj" or node.head.i == node.i or node.head.i >= verb.i:
            break
        node = node.head
    evidence = node.head
    if (
        node.dep_ != "dobj"
        or node.pos_ not in {"NOUN", "PROPN", "PRON"}
        or node.right_edge.i != verb.i - 1
        or evidence.lemma_.lower() not in EVIDENCE_VERBS
        or evidence.dep_ != "relcl"
        or evidence.tag_ not in {"VBZ", "VBP", "VBD"}
        or not subject.i < evidence.i < verb.i
        or not subject.is_ancestor(evidence)
    ):
        return None
    return node
