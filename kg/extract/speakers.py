"""Who claims what, inside one sentence: cues, their speakers and what they cover.

A *cue* is a word that puts a claim in someone's mouth: a reporting verb ("said",
"told", "accused ... of"), a request ("called for", "urged ... to"), a promise
("pledged", "vowed"), a noun with its owner ("the bank's assertion that ...") or
"according to". Each cue has a *speaker* (who claims) and a *content* (the tokens of
the claim). An event whose trigger lies in a cue's content has that cue's speaker as
source; when contents nest ("X said Y claimed Z"), the innermost cue wins.

This module is the end of the flow and holds its records: :class:`Cue` and
:func:`cues` (each cue of a sentence with its speaker and content), :func:`sources`
(the innermost cue's speaker of each event), and :class:`Speech` with :func:`speeches`
(the verbs that tag a quote running over several sentences, which
:mod:`kg.extract.attribution` matches with its quotes). What it reads comes from, in the
flow's order: :mod:`kg.extract.cue_words` (which words are cues),
:mod:`kg.extract.cue_contents` (what a cue covers) and :mod:`kg.extract.cue_speakers`
(who speaks it); a transcript's turns are :mod:`kg.extract.turns`.

The functions only read the Doc; nothing is written to it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.cue_contents import CLOSING_MARKS, OPENING_MARKS, cue_content
from kg.extract.cue_speakers import WORDING_NOUNS, author_speaking, brackets_around, speaker_of
from kg.extract.cue_words import (
    FINDING_VERBS,
    is_verb_cue,
    read_words,
    reads_as_tag,
    writing_read,
)
from kg.extract.spans import SUBJECT_DEPS, dependents, has_subject
from kg.lang.en import (
    AGENT_LABELS,
    QUOTE_TAG_VERBS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    SETTING_OUT_VERBS,
)
from kg.model import Argument

__all__ = [
    "FIRST_PERSON",
    "Cue",
    "Speech",
    "cues",
    "sources",
    "speeches",
]


#: A speaker in the first person: the one who speaks, whatever the sentence around says.
FIRST_PERSON = frozenset({"i", "me", "we", "us"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue of a sentence: where it is, who speaks, which tokens it covers."""

    token: int
    speaker: Argument
    content: frozenset[int]


@dataclass(frozen=True, slots=True)
class Speech:
    """A verb that gives a speaker the floor ("Ortiz muses", "the mayor said:"), by
    character offsets, with its sentence's bounds: the tags quotes are matched with.
    ``claim`` holds where each word of what the verb claims starts (none for a verb
    that only tags a quote): a quote that opens there is the speaker's."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    speaker: Argument
    claim: frozenset[int] = frozenset()


def speeches(sentence: Span) -> list[Speech]:
    """The speech verbs of a sentence: every verb cue with a speaker ("said", "told",
    "urged"), and any verb whose subject stands right after a quote that closes on a
    comma, question or exclamation mark ('..., ” Ortiz muses'); and a document of its
    author's words set out after a colon, as its author's speech ("The ministry issued
    the following statement: / "We have closed ...")."""
    found: list[Speech] = []
    for token in sentence:
        pos = token.pos_  # read once (a spaCy getter): every word of the sentence is asked
        if pos == "NOUN" and _sets_out_a_document(token):
            author = author_speaking(token)
            if author is not None:
                found.append(_speech(token, sentence, author, set()))
        if pos not in {"VERB", "AUX"}:
            continue
        # What a survey found is its claim, but no speech a quote after it belongs to.
        cue = is_verb_cue(token) and token.lemma_.lower() not in FINDING_VERBS
        if cue and writing_read(token) is not None and not reads_as_tag(token):
            continue  # 'a sign which read "..."' holds its own quote, no quote after it
        if cue or _tags_a_quote(token) or _introduces_a_quote(token) or _leads_into_a_list(token):
            speaker = speaker_of(token)
            if speaker is not None:
                claim = cue_content(token, sentence) if cue else set()
                found.append(_speech(token, sentence, speaker, claim))
    return found


def _speech(token: Token, sentence: Span, speaker: Argument, claim: set[int]) -> Speech:
    """The speech record of a word, with where each word of its claim starts."""
    return Speech(
        token.idx,
        token.idx + len(token.text),
        sentence.start_char,
        sentence.end_char,
        speaker,
        frozenset(sentence.doc[i].idx for i in claim),
    )


#: Single marks a tag stands beside, British style ('‘We left,’ Ortiz muses'): after a
#: comma or colon, or after a comma inside the quote, they are no apostrophes.
_SINGLE_OPENING = frozenset({"‘", "'"})
_SINGLE_CLOSING = frozenset({"’", "'"})


def _introduces_a_quote(verb: Token) -> bool:
    """'Lind replied, "..."', 'He continued: "..."': a verb of :data:`QUOTE_TAG_VERBS`
    with a subject, whose phrase ends in a comma or a colon right before a quote opens
    (a hearer may stand between: "replied to reporters:"), or in a colon that ends the
    paragraph before the quote's."""
    if verb.lemma_.lower() not in QUOTE_TAG_VERBS:
        return False
    if not has_subject(verb):
        return False
    doc = verb.doc
    at = verb.i + 1
    while at < len(doc) - 1 and at - verb.i <= 4 and doc[at].text not in {",", ":"}:
        if doc[at].is_quote or doc[at].is_sent_start:
            return False
        at += 1
    if at >= len(doc) - 1 or doc[at].text not in {",", ":"}:
        return False
    opening = at + 1
    while doc[at].text == ":" and opening < len(doc) - 1 and doc[opening].is_space:
        opening += 1  # 'He continued: / "...': the quote opens the next paragraph
    return doc[opening].text in OPENING_MARKS | _SINGLE_OPENING


#: How many words may stand between a document's noun and the colon that sets it out
#: ("Below is a statement by Ana Ruiz, the head of the port authority:").
_DOCUMENT_TO_COLON = 14
#: Tags of a verb with a tense of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _leads_into_a_list(verb: Token) -> bool:
    """Whether a verb of setting points out (:data:`SETTING_OUT_VERBS`, or "set out") ends
    its paragraph's lead-in to what follows: "The report outlined: / - Cases rose ...",
    "The points the letter set out; / - ..." (a semicolon for the colon, before a list);
    its subject then speaks what follows, as a speech verb's colon makes it
    (:func:`kg.extract.attribution._statements_under`). No quote mark nor other verb with a
    tense may stand between the verb and the colon."""
    lemma = verb.lemma_.lower()
    if lemma not in SETTING_OUT_VERBS and not (
        lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "out" for c in dependents(verb))
    ):
        return False
    doc = verb.doc
    for token in doc[verb.i + 1 :]:
        if token.is_space or "\n" in token.text:
            return False
        if token.text in {":", ";"}:
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return following is None or "\n" in following.text
        if token.is_quote or (token.tag_ in _FINITE_TAGS and not _within(token, verb)):
            return False  # 'outlined the plan and the mayor said:' (not 'outlined why they were')
    return False


def _within(token: Token, verb: Token) -> bool:
    """Whether ``token`` stands in a phrase of ``verb``'s own, not in a clause joined to it
    as an equal ("and the mayor said")."""
    node = token
    while node.head.i != node.i:
        if node.head.i == verb.i:
            return node.dep_ != "conj"
        node = node.head
    return False


def _sets_out_a_document(noun: Token) -> bool:
    """Whether a document of its author's words (:data:`WORDING_NOUNS`) is set out
    after a colon: "the ministry issued the following statement on the crash: "We
    have ...", "Below is a statement by Ana Ruiz, head of the port: / ..." (its words
    open the next paragraph). No verb or quote mark between the noun and the colon
    ("a statement that said the bridge would close: ..." tells the statement's gist and
    goes on in the writer's words; "a letter released by the union:" has no verb of
    its own)."""
    if noun.lemma_.lower() not in WORDING_NOUNS:
        return False
    doc = noun.doc
    at = noun.i + 1
    while at < len(doc) - 1 and at - noun.i <= _DOCUMENT_TO_COLON and doc[at].text != ":":
        if doc[at].is_quote or doc[at].tag_ in _FINITE_TAGS or doc[at].is_space:
            return False
        at += 1
    if at >= len(doc) - 1 or doc[at].text != ":":
        return False
    following = doc[at + 1]
    return following.text in OPENING_MARKS | _SINGLE_OPENING or "\n" in following.text


def _tags_a_quote(verb: Token) -> bool:
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    left = min(verb.i, subject.left_edge.i)
    doc = verb.doc
    return (
        left >= 2
        and doc[left - 1].text in CLOSING_MARKS | _SINGLE_CLOSING
        and doc[left - 2].text in {",", "?", "!"}
    )


def sources(
    sentence: Span, acts: Sequence[Sequence[Token]], unsaid: Collection[int] = ()
) -> list[Argument | None]:
    """The source of each act of the sentence, or None.

    Args:
        sentence: The parsed sentence.
        acts: Per event, its trigger first, then the other words that name the act
            (the last verb of "promised to try to dismiss").
        unsaid: Where the verbs of saying stand that tell of a speech not made, one
            asked for, foreseen or supposed ("should demand that ...", "would
            encourage them to ...", "will say that ..."): their speaker claims nothing
            yet, so what they cover is the claim of the cue around them, if any
            ('"The board should demand that firms disclose it," Ana said': Ana's).

    Returns:
        Per act, the speaker of the innermost cue whose content holds one of its
        words. A cue is not the source of itself, but "pledged to send troops" is
        the pledger's claim: the act runs on past the cue. A request claims nothing:
        inside someone's claim, what it asks is that claimant's (:func:`_claimant`).
    """
    found = [cue for cue in cues(sentence) if not _unsaid(cue, unsaid, sentence)]
    out: list[Argument | None] = []
    for words in acts:
        indices = {word.i for word in words}
        around = [cue for cue in found if indices & cue.content and cue.token != words[-1].i]
        out.append(_claimant(around, sentence).speaker if around else None)
    return out


def _unsaid(cue: Cue, unsaid: Collection[int], sentence: Span) -> bool:
    """Whether a cue tells of a speech not made. Not the speaker's own hedge ("I would
    say that ...": a speaker in the first person claims it), an aside ("if she is not as
    rich as she claims": the claim is made, whatever the "if"), nor a verb with no
    subject of its own ("..., said Ana, perhaps urging them to ..."), whose speaker is
    the one the sentence gives."""
    if cue.token not in unsaid or cue.speaker.text.lower() in FIRST_PERSON:
        return False
    verb = sentence.doc[cue.token]
    aside = any(c.dep_ == "mark" and c.lower_ == "as" for c in dependents(verb))
    return has_subject(verb) and not aside


def _claimant(around: Sequence[Cue], sentence: Span) -> Cue:
    """Of the cues around an act, the innermost (but the one around it whose speaker is a
    name when the innermost is a first person's); and when that one is a request that
    itself stands in another's claim ("the crew alleged that the skipper had asked them
    to sail on"), the claim's: the skipper asked, the crew claim he did, and the one who
    vouches for the sailing being asked is the crew. A request on its own ("the mayor
    urged residents to leave"), a question ("asked them whether ...") and a request that
    describes a noun of the claim, in a relative clause or a participle with no subject
    of its own ("said the clinic is not licensed for the treatment that the judge ordered
    him to take", "reports of a memo urging staff to stay home") stay the requester's. A
    request noun ("a call by Lord X to ...", "gave orders to his staff to ...") is told of
    like a request verb: inside a claim, the claim's."""
    inner = min(around, key=lambda cue: len(cue.content))
    if inner.speaker.text.lower() in FIRST_PERSON:
        # 'As Ana Ruiz put it, "we wonder whether the dam will hold"': the first person
        # is the one whose words the sentence gives; their own cue names no one else.
        named = [c for c in around if inner.token in c.content and _named_claimant(c)]
        if named:
            return min(named, key=lambda cue: len(cue.content))
    verb = sentence.doc[inner.token]
    request_noun = verb.pos_ == "NOUN" and verb.lemma_.lower() in REQUEST_NOUNS
    if (
        verb.lemma_.lower() not in REQUEST_VERBS - REPORTING_VERBS and not request_noun
    ) or _asks_a_question(verb):
        return inner
    if not request_noun and (
        verb.dep_ in {"relcl", "acl"} or not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        # "the treatment that the judge ordered", "a memo urging staff to ...": what
        # describes a noun of the claim, not a request the claim tells of
        return inner
    claims = [cue for cue in around if inner.token in cue.content and cue is not inner]
    return min(claims, key=lambda cue: len(cue.content)) if claims else inner


def _named_claimant(cue: Cue) -> bool:
    """Whether a cue's speaker is a name of one who may speak ("Ana Ruiz", "the Red
    Cross"), not a first person, a pronoun or a common noun, which may be the parse's
    slip ("two big differences that explain why I think ...")."""
    return cue.speaker.label in AGENT_LABELS and cue.speaker.text.lower() not in FIRST_PERSON


def cues(sentence: Span) -> list[Cue]:
    """The cues of a sentence that have a speaker and a non-empty content."""
    found: list[Cue] = []
    for token in sentence:
        content = cue_content(token, sentence)
        if not content:
            continue
        speaker = speaker_of(token)
        if speaker is None:
            continue
        content = _within_own_brackets(token, content)
        if writing_read(token) is not None:
            content &= read_words(token)  # 'a sign which read "..." and waved it
        # What the text tells of the speaker is no claim of theirs: '"...," said Ana Ruiz,
        # who heads the council' (a parse may hang the name, relative clause and all, in
        # the cue's content).
        phrase = _phrase_of(speaker, sentence)
        if token.i not in phrase:  # "Ruiz, who said that ...": her clause is the claim
            content -= phrase
        content -= _claims_of_the_unnamed(token, content, sentence)
        found.append(Cue(token.i, speaker, frozenset(content - {token.i})))
    return [cue for cue in found if cue.content]


#: Tags of a finite verb: one that has a subject of its own, unless the parse lost it.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _claims_of_the_unnamed(cue: Token, content: set[int], sentence: Span) -> set[int]:
    """What a finite speech verb inside the cue's content claims when the parse left that
    verb with no subject: "As a board member asked how the line will cross the roads,
    Ana Diaz, the director of works for the roads department, explained that trams would
    not stop" may come out with "explained" a clause of "asked" and its subject hung
    elsewhere. Whoever explains, the asker does not claim what they explain; better no
    source than the asker. Only a cue with a mark of its own ("as", "while"): a clause
    the parse made the head of the sentence it is part of. A verb with its own mark is
    what the cue reports ("They note that spending so much ... suggests that ...")."""
    doc = sentence.doc
    lost: set[int] = set()
    if not any(c.dep_ == "mark" for c in dependents(cue)):
        return lost  # the sentence's own verb: what hangs on it is what it reports
    for i in sorted(content):
        verb = doc[i]
        if (
            verb.i != cue.i
            and verb.dep_ == "ccomp"
            and verb.tag_ in _FINITE_TAGS
            and verb.lemma_.lower() in REPORTING_VERBS
            and not has_subject(verb)
            and any(c.dep_ == "ccomp" for c in dependents(verb))  # not "believed to be"
            and not any(c.dep_ == "mark" for c in dependents(verb))  # not "that ... suggests"
            and cue_content(verb, sentence)
            and speaker_of(verb) is None
        ):
            lost |= {t.i for t in verb.subtree}
    return lost


#: Words that open an asked question ("asked them how many ...", "asked whether ...").
_QUESTION_OPENERS = frozenset({"how", "what", "when", "where", "whether", "which", "who", "why"})


def _asks_a_question(verb: Token) -> bool:
    """ "asked the holdouts how many votes they needed": a question, whose words are the
    asker's claim as a speaker's are, no request."""
    return any(
        child.left_edge.lower_ in _QUESTION_OPENERS or child.left_edge.tag_ in {"WDT", "WP", "WRB"}
        for child in verb.children
        if child.dep_ in {"ccomp", "dobj", "advcl"}
    )


def _within_own_brackets(cue: Token, content: set[int]) -> set[int]:
    """A cue in brackets that holds its own claim covers only what the brackets hold.

    "X claimed taxes would rise (she says they won't) and ...": the parser may make the
    bracketed "says" the sentence's root and everything around it its claim, though
    the brackets close the aside. A bracketed cue with nothing claimed inside ("the
    fire (officials said) began at noon", "(according to the police)") still covers
    the clause around it.
    """
    aside = brackets_around(cue)
    if aside is None:
        return content
    inside = set(range(aside[0] + 1, aside[1]))
    speaker = {t.i for child in dependents(cue) if child.dep_ in SUBJECT_DEPS
               for t in child.subtree}  # fmt: skip
    if not (content & inside) - speaker - {cue.i}:
        return content
    return content & inside


def _phrase_of(speaker: Argument, sentence: Span) -> set[int]:
    """The tokens of the phrase the speaker's name heads in the sentence (none when the
    speaker stands elsewhere)."""
    words = [t for t in sentence if speaker.start <= t.idx < speaker.end]
    heads = [t for t in words if not speaker.start <= t.head.idx < speaker.end or t.head.i == t.i]
    return {t.i for head in heads for t in head.subtree}
