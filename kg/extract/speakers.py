"""Who claims what, inside one sentence: cues, their speakers and what they cover.

A *cue* is a word that puts a claim in someone's mouth: a reporting verb ("said",
"told", "accused ... of"), a request ("called for", "urged ... to"), a promise
("pledged", "vowed"), a noun with its owner ("the bank's assertion that ...") or
"according to". Each cue has a *speaker* (who claims) and a *content* (the tokens of
the claim). An event whose trigger lies in a cue's content has that cue's speaker as
source; when contents nest ("X said Y claimed Z"), the innermost cue wins.

The content of a verb cue is the subtree of its clausal complement (ccomp, xcomp,
"of/about/for" + a gerund, a colon and what follows it, or an event noun it takes
as object), never an adverbial clause: in "Asked whether she would raise the fare,
the mayor said ...", or "..., as the heckler yelled", the adverbial clause is the
writer's, not the speaker's. A reporting clause set off by commas ("That, neighbours
say, keeps the market busy"; "..., the agency reported.") covers the clause it
interrupts or ends.

The speaker is the cue's subject, with three repairs the parse needs: a participle
without a subject ("despite claiming", "saying") takes the subject of the verb it
hangs on; a relative pronoun ("a confession that said") is the noun it modifies; a
document ("a statement by the ministry", "the ministry's report") gives its author;
and a title with a name in apposition ("The head of the clinic, Ana Ruiz, said")
gives the name.

The functions only read the Doc; nothing is written to it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.spans import (
    argument,
    dateline_dash,
    dependents,
    generic_pronoun,
    has_subject,
    infinitive,
    made_plain,
    noun_phrase,
    puts_it_so,
    sentence_of,
    share_of,
    speakers_read,
)
from kg.lang.en import (
    ACCUSATION_PREPOSITIONS,
    ACCUSATION_VERBS,
    AS_TIME_SPEECH_VERBS,
    CLAIM_SETTING_PREPOSITIONS,
    CLAUSE_CLAIM_VERBS,
    PERCEPTION_VERBS,
    PLACE_NOUNS,
    PROMISE_VERBS,
    QUESTION_OPENERS,
    QUOTE_TAG_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    REQUESTED_OBJECT_VERBS,
    VOICED_NOUNS,
    VOICING_VERBS,
    name_tables,
)
from kg.model import Argument

__all__ = [
    "Cue",
    "Speech",
    "claimed_object",
    "cues",
    "perceiving_verb",
    "source_words",
    "sources",
    "speaker_of",
    "speeches",
]

#: Other verbs that voice a claim and take it as "of/about/for + gerund" or a clause.
CLAIM_VERBS = frozenset("blame brag boast insinuate protest label interpret".split())
#: Nouns that carry a claim of their owner: "the bank's assertion that ...".
CLAIM_NOUNS = (
    frozenset(
        """
        assertion claim allegation statement report comment comments remark accusation
        warning belief announcement admission denial insistence testimony suggestion
        promise pledge threat vow fear fears assurance confession
        """.split()
    )
    | VOICED_NOUNS
)
#: Entity types of a subject that sets a scene rather than hears: a place or a time.
_SCENE_TYPES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
#: Adjectives of belief: "traders are skeptical about the cartel's readiness to cut",
#: "officials are confident that the dam will hold": the subject holds the view.
BELIEF_ADJECTIVES = frozenset(
    """
    confident convinced sure certain skeptical sceptical doubtful hopeful optimistic
    pessimistic worried concerned afraid fearful
    """.split()
)
#: Things that speak for their author: "a statement by the ministry said".
DOCUMENT_NOUNS = frozenset(
    """
    statement report communique communiqué release letter video footage post tweet
    filing filings document documents papers record records interview transcript
    circular memo memorandum note notice message email leaflet
    """.split()
)
#: What inquires and finds: "the survey found that ...", "a study determined that ...",
#: "researchers found that ...". An inquiry, or one whose trade is to inquire, claims what it
#: found; any other person who "found that" may only have come upon
#: it ("rescuers found that the roof had fallen" is the writer's fact), so only these
#: subjects make a finding verb a cue.
INQUIRY_NOUNS = frozenset(
    """
    study studies survey surveys poll polls analysis review audit investigation inquiry
    probe research assessment census autopsy report evaluation
    """.split()
    # and those whose trade is to inquire: "researchers found that ...", "the authors found"
    + """
    researcher scientist investigator author analyst economist auditor inspector pollster
    scholar epidemiologist
    """.split()
)
#: Verbs that report what an inquiry found (with a clause of their own, :data:`INQUIRY_NOUNS`).
_FINDING_VERBS = frozenset({"find", "determine"})
#: Verbs whose object is a document someone else wrote: in "guards received a memo
#: telling them to stay home", the memo tells, not the guards ("the ministry issued
#: a statement saying": the ministry speaks, through its statement).
_RECEIVING_VERBS = frozenset("receive get obtain find see read cite".split())
#: Verbs whose object's clauses are what the speaker tells: "described a video that
#: showed ...", "recounted a night when ...".
_DESCRIBING_VERBS = frozenset({"describe", "recount"})
#: Verbs whose subject wrote the document they take: "the town released a statement
#: saying ...": the town speaks.
_AUTHORING_VERBS = frozenset("issue release publish post send sign circulate write".split())
#: Prepositions that introduce what a verb cue claims ("accused X of holding",
#: "called for raising", "bragged about grabbing").
_CONTENT_PREPOSITIONS = frozenset({"of", "about", "for", "to", "on"})
_VERB_CUES = REPORTING_VERBS | REQUEST_VERBS | PROMISE_VERBS | CLAIM_VERBS
_DECLINE_VERBS = frozenset({"decline", "refuse"})
#: The most words of a speaker's name before a turn's colon ("Sen. Ana Ruiz:").
_LABEL_WORDS = 4
#: Another speaker's label after a sentence's end inside a turn ('... left." Hale: "We').
_NEXT_LABEL = re.compile(r"[.!?][\"”]?\s+[\"“]?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:\s")
#: Words by which a turn's words speak as someone.
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")
_AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
#: Modals of a telling only wished for: "the party should make clear that ...".
_WISHING_MODALS = frozenset({"should", "must", "ought"})
#: Cue verbs whose object is the one told, not the claim: "told the council that ...".
_HEARER_VERBS = frozenset({"tell", "warn", "assure", "inform"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue of a sentence: where it is, who speaks, which tokens it covers."""

    token: int
    speaker: Argument
    content: frozenset[int]


@dataclass(frozen=True, slots=True)
class Speech:
    """A verb that gives a speaker the floor ("Ortiz muses", "the mayor said:"), by
    character offsets, with its sentence's bounds: the tags quotes are matched with."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    speaker: Argument


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker's turn in a transcript or an exchange: a paragraph opened by a person's
    name and a colon ("MATTHEWS: They want to tax ...", "Clinton: Our goal is ..."), by
    character offsets: what follows the colon, to the paragraph's end."""

    start: int
    end: int
    speaker: Argument


def turn(sentence: Span, text: str) -> Turn | None:
    """The turn a sentence opens: one at a paragraph's start whose first words (after an
    opening quote mark) are a person's name (:func:`_label`), then a colon and words
    spoken. It runs to the paragraph's end, or to the next "Name:" inside the paragraph
    ('Ruiz: "We left." Hale: "We stayed."'). Spoken words speak as someone: a turn holds
    "I", "we" or "you" ("FALLIN: I think he is trying ..."); a list's heading over the
    writer's account ("Jeb Bush: Student loans. Senator Bush proposed ...") does not. Not
    the text's first line: a title "Name: ..." may tell what befell the person as well as
    what they said."""
    start = sentence.start_char
    if not text[:start].strip() or text[:start].rstrip(" \t")[-1:] != "\n":
        return None
    name = _label(sentence)
    if name is None:
        return None
    after = name[-1].idx + len(name[-1].text) + 1  # past the colon
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    following = _NEXT_LABEL.search(text, after, end)
    end = following.start() + 1 if following is not None else end
    if not _FIRST_OR_SECOND_PERSON.search(text, after, end):
        return None
    speaker = Argument(
        text=text[name[0].idx : after - 1],
        start=name[0].idx,
        end=after - 1,
        label="PERSON",
    )
    return Turn(after, end, speaker)


def _label(sentence: Span) -> list[Token] | None:
    """The name before a turn's colon: capitalised words and nothing else, each word of
    which (titles such as "Sen." apart) is a word of a person the document names, so that
    "TRUMP:" of a transcript that names Donald Trump counts; not "UPDATE:", "Editor's
    Note:", "Iowa:", "Q:"."""
    words = [t for t in sentence if not t.is_space]
    while words and words[0].is_quote:
        words = words[1:]
    colon = next((at for at, t in enumerate(words[: _LABEL_WORDS + 1]) if t.text == ":"), None)
    if not colon:
        return None
    name = words[:colon]
    if not all(t.text[:1].isupper() and not t.is_punct for t in name):
        return None  # (the tagger reads an all-capitals name as anything)
    persons = {
        word.lower_ for entity in sentence.doc.ents if entity.label_ == "PERSON" for word in entity
    }
    if not all(t.lower_ in persons for t in name if not t.text.endswith(".")):
        return None
    return name


def speeches(sentence: Span) -> list[Speech]:
    """The speech verbs of a sentence: every verb cue with a speaker ("said", "told",
    "urged"), and any verb whose subject stands right after a quote that closes on a
    comma, question or exclamation mark ('..., ” Ortiz muses')."""
    found: list[Speech] = []
    for token in sentence:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        # What a survey found is its claim, but no speech a quote after it belongs to.
        cue = _is_verb_cue(token) and token.lemma_.lower() not in _FINDING_VERBS
        if cue or _tags_a_quote(token) or _introduces_a_quote(token):
            speaker = speaker_of(token)
            if speaker is not None:
                found.append(
                    Speech(
                        token.idx,
                        token.idx + len(token.text),
                        sentence.start_char,
                        sentence.end_char,
                        speaker,
                    )
                )
    return found


_CLOSING_MARKS = frozenset({"”", '"', "»", "''"})
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
    return doc[opening].text in _OPENING_MARKS | _SINGLE_OPENING


def _tags_a_quote(verb: Token) -> bool:
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    left = min(verb.i, subject.left_edge.i)
    doc = verb.doc
    return (
        left >= 2
        and doc[left - 1].text in _CLOSING_MARKS | _SINGLE_CLOSING
        and doc[left - 2].text in {",", "?", "!"}
    )


def sources(sentence: Span, acts: Sequence[Sequence[Token]]) -> list[Argument | None]:
    """The source of each act of the sentence, or None.

    Args:
        sentence: The parsed sentence.
        acts: Per event, its trigger first, then the other words that name the act
            (the last verb of "promised to try to dismiss").

    Returns:
        Per act, the speaker of the innermost cue whose content holds one of its
        words. A cue is not the source of itself, but "pledged to send troops" is
        the pledger's claim: the act runs on past the cue.
    """
    found = cues(sentence)
    out: list[Argument | None] = []
    for words in acts:
        indices = {word.i for word in words}
        around = [cue for cue in found if indices & cue.content and cue.token != words[-1].i]
        out.append(min(around, key=lambda cue: len(cue.content)).speaker if around else None)
    return out


def cues(sentence: Span) -> list[Cue]:
    """The cues of a sentence that have a speaker and a non-empty content."""
    found: list[Cue] = []
    for token in sentence:
        content = _content(token, sentence)
        if not content:
            continue
        speaker = speaker_of(token)
        if speaker is None:
            continue
        content = _within_own_brackets(token, content)
        # What the text tells of the speaker is no claim of theirs: '"...," said Ana Ruiz,
        # who heads the council' (a parse may hang the name, relative clause and all, in
        # the cue's content).
        phrase = _phrase_of(speaker, sentence)
        if token.i not in phrase:  # "Ruiz, who said that ...": her clause is the claim
            content -= phrase
        found.append(Cue(token.i, speaker, frozenset(content - {token.i})))
    return [cue for cue in found if cue.content]


def _within_own_brackets(cue: Token, content: set[int]) -> set[int]:
    """A cue in brackets that holds its own claim covers only what the brackets hold.

    "X claimed taxes would rise (she says they won't) and ...": the parser may make the
    bracketed "says" the sentence's root and everything around it its claim, though
    the brackets close the aside. A bracketed cue with nothing claimed inside ("the
    fire (officials said) began at noon", "(according to the police)") still covers
    the clause around it.
    """
    aside = _brackets_around(cue)
    if aside is None:
        return content
    inside = set(range(aside[0] + 1, aside[1]))
    speaker = {t.i for child in dependents(cue) if child.dep_ in {"nsubj", "nsubjpass"}
               for t in child.subtree}  # fmt: skip
    if not (content & inside) - speaker - {cue.i}:
        return content
    return content & inside


def _brackets_around(token: Token) -> tuple[int, int] | None:
    """The indices of the round brackets that enclose ``token`` in its sentence, if any."""
    doc, sentence = token.doc, sentence_of(token)
    opening = next(
        (i for i in range(token.i - 1, sentence.start - 1, -1) if doc[i].text in "()"), None
    )
    if opening is None or doc[opening].text != "(":
        return None
    closing = next((i for i in range(token.i + 1, sentence.end) if doc[i].text in "()"), None)
    if closing is None or doc[closing].text != ")":
        return None
    return opening, closing


def _into_aside(verb: Token, head: Token | None) -> bool:
    """Whether ``head`` stands in brackets that ``verb`` is outside of: a bracketed aside
    ("(she says she won't)") that the parse made the head of the clauses around it.
    Their subject is not the aside's."""
    if head is None:
        return False
    aside = _brackets_around(head)
    return aside is not None and aside != _brackets_around(verb)


def _phrase_of(speaker: Argument, sentence: Span) -> set[int]:
    """The tokens of the phrase the speaker's name heads in the sentence (none when the
    speaker stands elsewhere)."""
    words = [t for t in sentence if speaker.start <= t.idx < speaker.end]
    heads = [t for t in words if not speaker.start <= t.head.idx < speaker.end or t.head is t]
    return {t.i for head in heads for t in head.subtree}


#: The parts of speech a cue can be (see _content's tests): a verb, a claim noun, a belief
#: adjective; other words claim nothing unless an "as" clause or "according" makes them.
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def _content(token: Token, sentence: Span) -> set[int]:
    if token.pos_ not in _CUE_POS and token.dep_ != "advcl" and token.lower_ != "according":
        return set()  # most words of a sentence: settled before the tests below read them
    lemma = token.lemma_.lower()
    if _as_comment(token):
        # "As the minister told reporters, the army has left": the clause the "as"
        # clause comments on is what the speaker said.
        return _subtree(token.head) - _subtree(token)
    if _is_verb_cue(token):
        if _asked(token):
            return set()  # "Did the mayor vow to close the port?" claims nothing
        if token.head.lemma_.lower() in _DECLINE_VERBS and token.dep_ == "xcomp":
            return set()  # "declined to say what he would propose": nothing is claimed
        content = _verb_content(token, sentence, request=lemma in REQUEST_VERBS - REPORTING_VERBS)
        if lemma in ACCUSATION_VERBS:
            content |= _accusation_content(token)
        return content
    if token.pos_ == "VERB" and lemma in ACCUSATION_VERBS:
        return _accusation_content(token)
    if token.pos_ == "VERB" and lemma in PERCEPTION_VERBS:
        return {noun.i for noun in _perceived(token)}
    if token.pos_ == "NOUN" and (lemma in CLAIM_NOUNS or token.lower_ in CLAIM_NOUNS):
        return _noun_content(token)
    if token.lower_ == "according":
        return _according_content(token, sentence)
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_ in BELIEF_ADJECTIVES:
        return _belief_content(token)
    return set()


def claimed_object(noun: Token) -> bool:
    """Whether a noun is the very thing a cue claims, asks for or promises: "denied
    involvement", "pledged an increase", "pushing for a ceasefire", "called the blast an
    attack" (not the object of plain "say", which the parse gives only by mistake). A
    negated cue claims nothing ("has not confirmed any losses", "not requiring
    surveillance"), and a cue verb with a particle is another verb ("pushed back the
    elections")."""
    if _perceived_event(noun):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in {"for", "of"}:
        verb = verb.head
    elif noun.dep_ not in {"dobj", "oprd"}:
        return False
    elif (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in REQUEST_VERBS - REQUESTED_OBJECT_VERBS - REPORTING_VERBS
    ):
        return False  # "pushed back the elections": its object is no request
    return (
        _is_verb_cue(verb)
        and verb.lemma_.lower() not in {"say", "tell"}
        and not any(c.dep_ in {"neg", "prt"} for c in dependents(verb))
    )


def _perceived(verb: Token) -> list[Token]:
    """What a hearing verb's subject heard: its objects ("explosions and gunfire"), none
    when it is negated ("did not hear any shots": nothing is attested) or when its subject
    is a place or a time ("the region is witnessing shelling", "2019 witnessed protests":
    the events are the writer's, set there)."""
    if any(c.dep_ == "neg" for c in dependents(verb)):
        return []
    for subject in dependents(verb):
        if subject.dep_ == "nsubj" and (
            subject.ent_type_ in _SCENE_TYPES or subject.lemma_.lower() in PLACE_NOUNS
        ):
            return []
    found: list[Token] = []
    for obj in dependents(verb):
        if obj.dep_ == "dobj":
            found.append(obj)
            found.extend(c for c in obj.conjuncts if c.i > obj.i)
    return found


def _perceived_event(noun: Token) -> bool:
    """Whether a noun is what a hearing verb's subject heard (see :data:`PERCEPTION_VERBS`)."""
    verb = perceiving_verb(noun)
    return verb is not None and verb.pos_ == "VERB" and any(t.i == noun.i for t in _perceived(verb))


def perceiving_verb(noun: Token) -> Token | None:
    """The hearing verb (:data:`~kg.lang.en.PERCEPTION_VERBS`) whose direct object ``noun``
    is, itself or as a later conjunct ("heard explosions and gunfire")."""
    first = noun.conjuncts[0] if noun.dep_ == "conj" and noun.conjuncts else noun
    if first.dep_ != "dobj" or first.i > noun.i:
        return None
    verb = first.head
    return verb if verb.lemma_.lower() in PERCEPTION_VERBS else None


def _accusation_content(verb: Token) -> set[int]:
    """The deed an accuser names: "suspect the ministry of hiding", "accused the militia of
    killings", "blamed Kyiv for the attack" (the preposition may hang on the accused)."""
    content: set[int] = set()
    holders = [verb, *(c for c in dependents(verb) if c.dep_ in {"dobj", "nsubjpass"})]
    for holder in holders:
        for preposition in dependents(holder):
            if preposition.dep_ == "prep" and preposition.lower_ in ACCUSATION_PREPOSITIONS:
                for deed in dependents(preposition):
                    if deed.dep_ in {"pcomp", "pobj"}:
                        content |= _subtree(deed)
    return content


def _belief_content(adjective: Token) -> set[int]:
    """'skeptical about Varland's readiness to cut', 'confident that ...'."""
    content: set[int] = set()
    for child in dependents(adjective):
        if child.dep_ == "ccomp":
            content |= _subtree(child)
        elif child.dep_ == "prep" and child.lower_ in {"about", "of", "over"}:
            content |= _subtree(child)
    return content


#: Adverbial clauses the writer adds to a claim: "..., though CNN debunked it".
_ASIDE_MARKS = frozenset({"though", "although", "whereas"})


def _is_verb_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if puts_it_so(token):
        return True  # "the coach put it bluntly: ..."
    if token.pos_ == "VERB" and lemma in CLAUSE_CLAIM_VERBS:
        return _claims_a_clause(token)
    if token.pos_ == "VERB" and lemma in _FINDING_VERBS:
        return _found_by_inquiry(token) and _claims_a_clause(token)
    if token.pos_ == "VERB" and lemma == "make":
        return _makes_clear(token)
    if token.pos_ not in {"VERB", "AUX"} or lemma not in _VERB_CUES:
        return False
    if any(c.dep_ == "prt" and c.lower_ in _OTHER_VERB_PARTICLES for c in dependents(token)):
        return False  # "the math doesn't add up", "pushed back", "called off"
    # "called the garage to ask for a price" is a phone call; "called on/for" a request,
    # and "called the fire an attack" names what happened: the caller's claim.
    return lemma != "call" or any(
        (c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"})
        or (c.dep_ == "oprd" and c.pos_ == "NOUN")
        for c in dependents(token)
    )


def _makes_clear(verb: Token) -> bool:
    """ "made it clear that the fund had paid", "makes clear the dam will hold", "made it
    known that ...": "make" with an adjective of telling (:func:`made_plain`; not "public",
    a disclosure) and a clause of its own voices a claim, as "stated" does; not "made the
    road clear of mud", "made clear how ..." (a question) nor "made clear his view" (no
    clause). The parse hangs the clause on "make" or, after "it", on "clear". "made this
    clear: ..." points at what follows, often the writer's own account ("the vote made
    this clear: the rebels had ..."), and is left alone, as is a clarity only wished for
    ("the party needs to make clear that ...", "a president should make clear that ...":
    whose claim?)."""
    if verb.dep_ in {"xcomp", "relcl", "acl"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _WISHING_MODALS for c in dependents(verb)):
        return False
    clear = made_plain(verb)
    if clear is None or clear.lower_ == "public":
        return False
    if any(
        c.lower_ in {"this", "that"} and c.dep_ in {"nsubj", "dobj"}
        for c in (*dependents(verb), *dependents(clear))
    ):
        return False
    for clause in (*dependents(verb), *dependents(clear)):
        if clause.i < clear.i or not _claimed_clause(clause):
            continue
        if clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and _complement_mark(clause)):
            return True
    return False


def _found_by_inquiry(verb: Token) -> bool:
    """Whether a finding verb's subject is an inquiry: "the survey found that ..." (see
    :data:`INQUIRY_NOUNS`)."""
    # The subject that speaks (see _speaker_of): the first one, where the parse gave two
    # ("Cross-referencing the records, the researchers found ...": the participle first).
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in INQUIRY_NOUNS


def _claims_a_clause(verb: Token) -> bool:
    """Whether a verb of :data:`CLAUSE_CLAIM_VERBS` voices a claim: it takes a finite
    clause ("show that the fund paid", "shows the fund paid"), or none of its own and
    stands aside ("..., records show."); not with an object or an infinitive ("shows
    a crowd", "agreed to pay": a picture, and a wish)."""
    children = list(dependents(verb))
    if verb.dep_ in {"xcomp", "relcl", "acl"}:
        # "led some to speculate that", "seems to agree that": whose view? "described
        # a video that showed ...", "polls showing ...": a thing described in passing,
        # whose content is the describer's.
        return False
    if any(c.dep_ in {"dobj", "xcomp", "dative", "oprd", "nsubjpass", "auxpass"} for c in children):
        return False
    if any(c.dep_ == "ccomp" and _claimed_clause(c) for c in children):
        return True
    aside = verb.dep_ in {"parataxis", "advcl", "ROOT"}
    return aside and not any(c.dep_ == "ccomp" for c in children)


def _asks(clause: Token) -> bool:
    """Whether a clause opens with a wh-word or "if"."""
    return clause.doc[clause.left_edge.i].lower_ in QUESTION_OPENERS


def _claimed_clause(clause: Token) -> bool:
    """A clause with a subject of its own, not asked about ("how deadly ...") and not the
    finder's own state ("found himself cornered")."""
    subjects = [c for c in dependents(clause) if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    reflexive = any(c.lower_.endswith(("self", "selves")) for c in subjects)
    return bool(subjects) and not reflexive and not _asks(clause)


def _as_comment(verb: Token) -> bool:
    """ "As the minister told reporters, ...", "..., as the bank noted in its report",
    "As one analyst put it, ...": a clause opened by "as" whose speech verb lacks its
    claim, because the clause it hangs on is the claim. Not a clause in the progressive
    ("as she was speaking" sets a time), nor one with its own claim or object ("as he
    announced his resignation"); the one told may stand as object ("told reporters")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.tag_ == "VBG":
        return False
    lemma = verb.lemma_.lower()
    children = list(dependents(verb))
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma == "put":
        said = len(objects) == 1 and objects[0].lower_ == "it"  # "as one analyst put it"
    else:
        said = (
            _is_verb_cue(verb)
            and lemma in REPORTING_VERBS - AS_TIME_SPEECH_VERBS
            and (not objects or lemma == "tell")
        )
    if not said or any(c.dep_ in {"ccomp", "xcomp", "nsubjpass"} for c in children):
        return False
    opening = verb.doc[verb.left_edge.i]
    return (
        opening.lower_ == "as"
        and opening.head.i == verb.i
        and any(c.dep_ == "nsubj" for c in children)
    )


#: Particles that make a cue verb another verb ("add up", "push back", "call off"); "out"
#: does not ("pointed out that").
_OTHER_VERB_PARTICLES = frozenset({"up", "back", "off", "down", "away"})


def _asked(verb: Token) -> bool:
    """A verb in a question ("Did he threaten to ...?"): an auxiliary before its subject."""
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "aux" and c.i < subject.i for c in dependents(verb)
    )


def _subtree(token: Token) -> set[int]:
    """The token's subtree, less the writer's concessive asides inside it."""
    tokens = {t.i for t in token.subtree}
    for inner in token.subtree:
        if inner.dep_ == "advcl" and inner is not token:
            if any(c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in dependents(inner)):
                tokens -= {t.i for t in inner.subtree}
    return tokens


#: Marks of a clause that sets a claim in time: the writer's, not the speaker's.
_TIME_MARKS = frozenset({"as", "when", "while", "after", "before"})
_OPENING_MARKS = frozenset({"“", '"', "''", "``"})


def _clause_on_setting(preposition: Token) -> set[int]:
    """The "that" clause the parse hung on the noun of a cue's setting ("told reporters
    at a briefing that the port is safe", "said in an interview that ..."): a clause
    marked by "that" as a conjunction (in a true relative clause "that" is the subject or
    object: "at a briefing that lasted an hour"). Not a claim noun's own clause ("argued
    against claims that ...": the claim is someone else's)."""
    if preposition.lower_ not in CLAIM_SETTING_PREPOSITIONS:
        return set()
    for noun in dependents(preposition):
        if noun.dep_ != "pobj" or noun.lemma_.lower() in CLAIM_NOUNS:
            continue
        for clause in dependents(noun):
            if clause.dep_ in {"relcl", "acl"} and clause.i > noun.i and _complement_mark(clause):
                return _subtree(clause)
    return set()


def _after_the_quote(clause: Token) -> set[int]:
    """The writer's words after a quoted claim: in 'told the radio that "the port is
    safe" as he toured the docks', the quote is the claim and "as he toured" sets
    it in time. Only when the clause opens with the quote."""
    doc = clause.doc
    first = clause.left_edge.i
    if doc[first].dep_ == "mark" and doc[first].lower_ in {"that", "whether"}:
        first += 1
    if first > clause.i or doc[first].text not in _OPENING_MARKS:
        return set()
    close = next(
        (i for i in range(first + 1, clause.right_edge.i + 1) if doc[i].text in _CLOSING_MARKS),
        None,
    )
    if close is None:
        return set()
    after: set[int] = set()
    for child in dependents(clause):
        if child.dep_ == "advcl" and child.left_edge.i > close:
            if any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in dependents(child)):
                after |= {t.i for t in child.subtree}
    return after


def _trailing_comments(act: Token) -> set[int]:
    """The writer's comment on a promised or requested act: "pledged to reopen the border,
    speeding a truce" (a bare -ing clause after a comma, with no subject or
    mark of its own, says what the vow did, not what was vowed)."""
    doc = act.doc
    comments: set[int] = set()
    for child in dependents(act):
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.i > act.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in dependents(child))
            and child.left_edge.i > 0
            and doc[child.left_edge.i - 1].text == ","
        ):
            comments |= {t.i for t in child.subtree}
    return comments


def _requested(token: Token) -> set[int]:
    """What a request covers: the requested act, not the clauses that describe its
    objects ("asked the clerk to check a file she was keeping": not the keeping). A
    clause with no tense of its own is part of what is asked ("called on firms to
    publish figures showing the gap", "urged them to draw up a plan to cut costs")."""
    tokens = _subtree(token)
    for inner in token.subtree:
        if inner.dep_ in {"relcl", "acl"} and inner is not token and not _untensed(inner):
            tokens -= {t.i for t in inner.subtree}
    return tokens


def _untensed(clause: Token) -> bool:
    """An -ing or "to" clause with no subject of its own: "figures showing ...", "a plan
    to cut ..." (not "a file she was keeping", nor "the money stolen from them")."""
    if has_subject(clause) or (clause.dep_ == "relcl" and clause.tag_ != "VB"):
        return False
    return clause.tag_ == "VBG" or infinitive(clause)


def _verb_content(verb: Token, sentence: Span, *, request: bool) -> set[int]:
    content: set[int] = set()
    for child in dependents(verb):
        if child.dep_ in {"ccomp", "xcomp"} and _colon_between(child, verb):
            # "The virus has spread to the coast: women have been advised by the agency
            # to ...": a clause before the cue's colon is the writer's lead-in
            continue
        if child.dep_ in {"ccomp", "xcomp"}:
            content |= _requested(child) if request else _subtree(child)
            if child.dep_ == "xcomp":
                content -= _trailing_comments(child)
            else:
                content -= _after_the_quote(child)
        elif child.dep_ == "prep" and not request and _clause_on_setting(child):
            # "said during a briefing that the bridge may close": the parse hangs the
            # claim on the setting's noun, as if a relative clause.
            content |= _clause_on_setting(child)
        elif child.dep_ == "prep" and child.lower_ in _CONTENT_PREPOSITIONS:
            for grandchild in dependents(child):
                # "accused X of holding", "called for the release of": a gerund or an
                # event noun; a plain noun is no claim ("said of the storm").
                if grandchild.dep_ == "pcomp" or (
                    grandchild.dep_ == "pobj" and child.lower_ in {"for", "of"} and request
                ):
                    content |= _subtree(grandchild)
        elif child.dep_ == "oprd" and child.pos_ == "NOUN":
            # "called the fire an attack": what the object is called is the claim (an
            # event noun; the frames decide that, so offer the head). So is what the
            # name is said to do: "called the law a trap that aims to silence critics"
            # (the caller says the law aims to silence them).
            content.add(child.i)
            for inner in dependents(child):
                if inner.dep_ == "relcl" and inner.i > child.i:
                    content |= _subtree(inner)
        elif child.dep_ == "dobj":
            # "announced the withdrawal", "demanded the release": the object is the
            # claim when it is an event noun; the frames decide that, so offer the head.
            content.add(child.i)
            if verb.lemma_.lower() in _DESCRIBING_VERBS:
                # "described camera footage that showed the driver turning
                # into ...": what the described thing shows is the description.
                for inner in dependents(child):
                    if inner.dep_ == "relcl" and inner.i > child.i:
                        content |= _subtree(inner)
            if request and (child.pos_ != "NOUN" or child.tag_ == "NNS"):
                # "instructed all mayors to close ...": a broken parse may hang the
                # requested infinitive on the people asked, as its xcomp ("requires the
                # strength to hold" hangs a noun's own infinitive: no request).
                for inner in dependents(child):
                    if inner.dep_ == "xcomp" and inner.i > child.i and infinitive(inner):
                        content |= _requested(inner)
            for prep in dependents(child):
                # "accused the governor of hiding", "blamed them for starting"
                if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}:
                    for gerund in dependents(prep):
                        if gerund.dep_ == "pcomp":
                            content |= _subtree(gerund)
        elif child.dep_ == "parataxis" and not request and child.i > verb.i:
            content |= _subtree(child)
        elif (
            child.dep_ == "conj"
            and child.i > verb.i
            and _complement_mark(child)
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in dependents(verb))
        ):
            # "admitted that he was there, but that the police had not asked
            # him": the parse coordinates the second claim with the cue; the first
            # may do without its "that" ("said the town needs a bridge, but that ...").
            content |= _subtree(child)
        elif child.dep_ == "advcl" and request and child.i > verb.i:
            # "called on the government to declare": the parse often hangs the
            # requested infinitive as an adverbial clause.
            if infinitive(child):
                content |= _requested(child)
    if not request:
        content |= _colon_content(verb, sentence)
        content |= _aside_content(verb, sentence)
    content |= _detached_clause(_own_end(verb), verb, sentence)
    return content


def _colon_between(clause: Token, verb: Token) -> bool:
    """Whether a colon stands between a clause that comes before a verb and the verb."""
    doc = verb.doc
    return clause.i < verb.i and any(
        doc[i].text == ":" for i in range(clause.right_edge.i + 1, verb.i)
    )


#: Entity types of a time phrase that may stand between a cue and its clause ("the mayor's
#: remarks this week that ...").
_TIME_TYPES = frozenset({"DATE", "TIME"})


def _detached_clause(start: int, cue: Token, sentence: Span) -> set[int]:
    """A "that" clause the parse hung elsewhere though it opens right after the cue's
    phrase, and the "but that ..." clauses that follow it.

    "A guard who saw the van admitted under questioning by the judge that the driver had
    left early ..., but that the police had not asked him": a headline glued to the
    sentence hangs both clauses on the headline's noun; "the mayor's remarks this week
    that the port would ..." hangs the clause on the verb of "remarks"; "whose cousin she
    hinted may have helped" hangs "helped" on the main verb. A "that" that
    marks a clause (not a pronoun or determiner), or a modal, right after the cue, a
    time phrase apart, opens what the cue claims.
    """
    doc = cue.doc
    at = start
    while at < sentence.end and doc[at].ent_type_ in _TIME_TYPES:
        at += 1
    content: set[int] = set()
    while at < sentence.end and _opens_clause(doc[at], cue):
        clause = doc[at].head
        if clause.left_edge.i != at or cue in clause.subtree:
            break
        if sentence.root.pos_ in {"NOUN", "PROPN"}:
            # The sentence hangs on a noun (a headline glued to it): its parse is in
            # pieces ("..., to identify the man" hung on the headline), so the claim
            # runs on to the sentence's end.
            return content | set(range(at, sentence.end))
        content |= _subtree(clause)
        at = clause.right_edge.i + 1
        while at < sentence.end and doc[at].lower_ in {",", "but", "and"}:
            at += 1
    return content


def _own_end(verb: Token) -> int:
    """The index after a verb's own phrase: its subtree without a coordinated verb's
    ("whose dog she called lazy and whose cousin she hinted ...": "called" ends at
    "lazy")."""
    last = verb.i
    for child in dependents(verb):
        if child.dep_ not in {"conj", "cc"}:
            last = max(last, child.right_edge.i)
    return last + 1


def _opens_clause(token: Token, cue: Token) -> bool:
    """A "that" that marks a clause, or a modal right after the cue that opens one whose
    subject a relative clause took away ("whose cousin she hinted | may have
    helped"; not "warning them of fines should they stay", nor a noun's "keep that
    promise should he win")."""
    if token.lower_ == "that":
        return token.dep_ == "mark"
    return (
        token.i == cue.i + 1
        and cue.pos_ in {"VERB", "AUX"}
        and token.tag_ == "MD"
        and token.dep_ == "aux"
    )


def _complement_mark(clause: Token) -> bool:
    """Whether a clause opens with the mark of a reported clause ("that", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in dependents(clause))


def _colon_content(verb: Token, sentence: Span) -> set[int]:
    """'Ruiz said: It is the first step ...': what follows the cue's colon."""
    doc = verb.doc
    after = verb.i + 1
    # The colon may follow an object or a short prepositional phrase ("told reporters:").
    while after < sentence.end and after - verb.i <= 4 and doc[after].text not in {":", "."}:
        after += 1
    if after < sentence.end and doc[after].text == ":":
        return _without_concessions(set(range(after + 1, sentence.end)), sentence)
    return set()


def _without_concessions(tokens: set[int], sentence: Span) -> set[int]:
    """A stretch of a sentence less the writer's concessive clauses in it ("...: that her
    firm could owe money, though auditors disproved a claim ...")."""
    doc = sentence.doc
    for token in sentence:
        if token.i in tokens and token.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in dependents(token)):
                # The concession ends at a semicolon, whatever the parse hung after it
                # ("...; or that he hasn't paid" is the next claim of the list).
                end = token.right_edge.i + 1
                stop = next((i for i in range(token.i, end) if doc[i].text == ";"), end)
                tokens -= set(range(token.left_edge.i, stop))
    return tokens


def _aside_content(verb: Token, sentence: Span) -> set[int]:
    """A reporting clause set off by commas covers the clause it interrupts or ends.

    "That, neighbours say, keeps the market busy" (parsed as parataxis of "keeps"),
    and "..., her rivals allege: that she ..." where the parse hangs the words
    before the comma elsewhere: the tokens before the comma, back to the sentence
    start or the previous semicolon, are the claim.
    """
    doc = verb.doc
    if verb.dep_ == "parataxis":
        return _subtree(verb.head) - _subtree(verb)
    end = _tag_end(verb)
    following = doc[end] if end < sentence.end else None
    # the one told is no claim: "the aide told the Herald, ..."
    claims = {"ccomp", "xcomp", "mark"} | ({"dobj"} if end == verb.i + 1 else set())
    if (
        verb.dep_ == "advcl"
        and following is not None
        and following.text in {",", "."}
        and not any(c.dep_ in claims for c in dependents(verb))
        and not any(c.lower_ in {"when", "as", "after", "before", "once"} for c in dependents(verb))
    ):
        # "Still, Ortiz insisted, the council is doing its best": the parse
        # hangs the aside as an adverbial clause of the clause it interrupts.
        return _subtree(verb.head) - _subtree(verb)
    if _fronted_aside(verb, sentence):
        # "If anything, Ash argued in his email, the rule is a trap": the parse makes the
        # tag a clause of the clause it opens.
        return _subtree(verb.head) - _subtree(verb)
    subject = next((c for c in dependents(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > verb.i:
        return set()
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in dependents(verb)):
        return set()  # "Asked whether ..., the mayor said she is thinking": the claim follows
    first = min(t.i for t in subject.subtree)
    before = first - 1
    while before >= sentence.start and doc[before].text in {"”", '"', "'", "’"}:
        before -= 1
    if before < sentence.start or doc[before].text != ",":
        return set()
    # The clause must end after the cue: a full stop, a colon, a comma or a quote.
    start = before
    while start > sentence.start and doc[start - 1].text != ";":
        start -= 1
    # The cue's own adverbials are the writer's ("After the chairwoman resigned, ...,
    # Ms. Ortiz told the radio"): only what the parse left unattached is claimed.
    adverbials = {
        t.i
        for child in dependents(verb)
        if child.dep_ in {"advcl", "prep", "npadvmod", "advmod", "mark"}
        for t in child.subtree
    }
    # A concession here is the speaker's own ("Though trade may help, ..., the economist
    # argued"): the whole clause before the aside is claimed.
    return set(range(start, before)) - adverbials


#: What a speech tag of :data:`_HEARER_VERBS` may hold after its verb before the comma
#: that ends it: the one told and the setting ("told the Herald on Monday,").
_TAG_DEPENDENTS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod"})


def _tag_end(verb: Token) -> int:
    """The index after a speech tag's own words: "Every week, the aide told the Herald,
    the mayor chaired ..." (the tag's subject stands before it); else the index after
    the verb. Not for other verbs: "they didn't agree with the choice" is no tag."""
    if verb.lemma_.lower() not in _HEARER_VERBS or not any(
        c.dep_ == "nsubj" and c.i < verb.i for c in dependents(verb)
    ):
        return verb.i + 1
    after = [c for c in dependents(verb) if c.i > verb.i and c.dep_ != "punct"]
    if not after or any(c.dep_ not in _TAG_DEPENDENTS for c in after):
        return verb.i + 1
    return max(c.right_edge.i for c in after) + 1


def _fronted_aside(verb: Token, sentence: Span) -> bool:
    """Whether a reporting verb is a tag set off by a comma before the clause it reports,
    which the parse made the verb's head: "Ash argued in his email, the rule is a
    trap". The tag has its subject before it and claims nothing of its own (no clause,
    object or mark), and a comma ends its phrase right before the head clause's words."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if _is_verb_cue(head):
        return False  # '"He may add staff," he said': the verb is the claim, not a tag
    if any(c.dep_ in {"ccomp", "xcomp", "dobj", "mark"} for c in dependents(verb)):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in dependents(verb)):
        return False
    end = verb.right_edge.i + 1
    return end < sentence.end and verb.doc[end].text == ","


def _noun_content(noun: Token) -> set[int]:
    """'the bank's assertion that it had lost nothing ...': the clause the noun takes.

    The parse may hang the clause on the noun the claim noun completes ("doubts the
    accuracy of the bank's assertion that ...", the clause on "accuracy"): a
    "that" clause that starts right after the claim noun's phrase is the claim noun's.
    """
    content: set[int] = set()
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)
    for holder in holders:
        for child in dependents(holder):
            # A "relcl" whose "that" is a mark, not a pronoun, is the noun's complement too.
            if child.dep_ not in {"acl", "ccomp", "relcl"} or child.i <= noun.i:
                continue
            if holder is not noun and child.left_edge.i != noun.right_edge.i + 1:
                continue
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in dependents(child)):
                content |= _subtree(child)
    if not content:
        content = _detached_clause(noun.right_edge.i + 1, noun, sentence_of(noun))
    return content


def _according_content(according: Token, sentence: Span) -> set[int]:
    """'according to X' covers its whole sentence (but for X itself)."""
    if not any(c.lower_ == "to" for c in dependents(according)):
        return set()
    return set(range(sentence.start, sentence.end)) - _subtree(according)


def speaker_of(cue: Token) -> Argument | None:
    """Who claims what the cue covers, or None when the sentence does not say."""
    # Read once per cue within kg.extract.extract: the answer depends on the parse alone.
    read = speakers_read(cue.doc)
    if read is None:
        return _speaker_of(cue)
    if cue.i not in read:
        read[cue.i] = _speaker_of(cue)
    return read[cue.i]


def _speaker_of(cue: Token) -> Argument | None:
    if cue.lower_ == "according":
        for prep in dependents(cue):
            if prep.lower_ == "to":
                for pobj in dependents(prep):
                    if pobj.dep_ == "pobj":
                        return _speaker_argument(pobj)
        return None
    if cue.pos_ == "ADJ":
        return speaker_of(cue.head)  # "analysts are skeptical": the copula's subject
    if cue.pos_ == "NOUN":
        owner = next((c for c in dependents(cue) if c.dep_ == "poss"), _lost_possessor(cue))
        if owner is None:
            owner = _author(cue)
        if owner is not None:
            return _speaker_argument(owner)
        voiced = cue.lower_ not in VOICED_NOUNS or cue.head.lemma_.lower() in VOICING_VERBS
        if cue.dep_ == "dobj" and cue.head.pos_ in {"VERB", "AUX"} and voiced:
            return speaker_of(cue.head)  # "the farmers have voiced fear that ..."
        if cue.lemma_.lower() in DOCUMENT_NOUNS:
            return _speaker_argument(cue)  # "Reports that police had received ...": the reports
        return None
    if cue.lemma_.lower() == "quote":
        quoted = next((c for c in dependents(cue) if c.dep_ == "dobj"), None)
        if quoted is not None and quoted.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
            return _speaker_argument(quoted)  # "It also quotes the mayor herself: '...'"
    verb: Token | None = cue
    shared = False  # whether the cue shares the subject of the verb reached
    for _ in range(4):
        if verb is None:
            return None
        subject = _subject(verb)
        if subject is not None and subject.pos_ in {"VERB", "AUX"} and not subject.ent_type_:
            # A verb that is no name is nobody: boilerplate glued to the sentence ("See also: ...
            # Regional Governor Jean Dupont said") gave the parse a
            # verb for a subject. A name right before the cue is who speaks.
            return _name_before(verb)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = _document_above(verb.head)  # "a confession that said ...": the confession
            return _speaker_argument(subject)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return _speaker_argument(verb.head)  # "a memo telling them to stay home"
        received = _received_document(verb)
        if received is not None:
            return _speaker_argument(received)
        if _lost_main_verb(verb):
            return _speaker_argument(verb.head)
        passive = next((c for c in dependents(verb) if c.dep_ == "nsubjpass"), None)
        if passive is not None and verb.i == cue.i:
            # "he is said to ...": the sayer is not named; "she was told by doctors that
            # ...": the doctors tell (not the one told); "the email, which was reported by
            # the paper": the paper tells of the email, it claims nothing around it
            agent = _agent(verb) if verb.dep_ != "relcl" else None
            return _speaker_argument(agent) if agent is not None else None
        if passive is not None:
            # "Hale was interviewed on the radio and said that ...": the one interviewed
            # goes on to speak (not "the move was made by X and said": no thing speaks);
            # "he is said to have claimed": by whom, the text does not say
            return _speaker_argument(passive) if shared and _may_speak(passive) else None
        # A participle or a coordinated verb shares the subject of its head:
        # "despite claiming that", "saying that", "met the press and said".
        # An adverbial past participle is passive ("Asked whether ..., the mayor said"): the
        # asker is not its head's subject.
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i == cue.i:
            # "The envoy said that the rebels had stalled, stressing that ...": a speech
            # participle on a reported clause goes on with the one who reports it.
            reporter = _reporter_of(verb.head)
            if _into_aside(verb, reporter) or (reporter is not None and not has_subject(reporter)):
                # nobody to go on with: a reporter the parse left without a subject ("X
                # lied, saying ..., claimed ..." made "claimed" the head of "lied")
                reporter = None
            following = reporter or verb.head
        elif verb.dep_ in {"conj", "xcomp"} or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            following = verb.head
            shared = verb.dep_ == "conj"
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            following = verb.head.head
        elif verb.i == cue.i and verb.dep_ == "ROOT" and verb.tag_ in _FINITE_TAGS:
            return _name_set_off(verb)
        else:
            return None
        if _into_aside(verb, following):
            return None
        verb = following
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _subject(verb: Token) -> Token | None:
    """A verb's subject: its first, but in a tag the first after the quote's closing mark
    ('"He blocked them all. Every one," said Ruiz': the parse may give the quote's last
    words, a sentence with no verb of its own, to the tag as a subject too)."""
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if not subjects:
        return None
    doc = verb.doc
    marks = [i for i in range(subjects[0].i, verb.i) if doc[i].text in _CLOSING_MARKS]
    if marks:
        after = [s for s in subjects if s.i > marks[-1]]
        if after:
            return after[0]
    return subjects[0]


def _name_after_quote(verb: Token) -> Argument | None:
    """'"...," said former mayor Ana Ruiz during the debate': after a quote, the name that
    follows the verb is its subject, whatever the parse hung it on."""
    doc = verb.doc
    if verb.i < 2 or not doc[verb.i - 1].is_quote or doc[verb.i - 2].text not in {",", "?", "!"}:
        return None
    end = verb.i + 1
    while (
        end < len(doc)
        and end - verb.i <= 6
        and (doc[end].pos_ in {"PROPN", "ADJ"} or doc[end].dep_ == "compound")
    ):
        end += 1
    last = doc[end - 1]
    if end == verb.i + 1 or last.pos_ != "PROPN" or last.ent_type_ not in _SPEAKER_TYPES:
        return None
    return argument(doc[verb.i + 1 : end])


#: Entity types of a name that may speak.
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: How many tokens an aside between a speaker's name and the verb may run.
_ASIDE_REACH = 30


def _name_set_off(verb: Token) -> Argument | None:
    """The speaker of a finite speech verb the parse left without a subject, when a name
    opens the clause before it, maybe with an aside set off by commas between: "Alarmed
    by the unrest, Senator Ana Ruiz, the minority leader, said that ..." (the parse hangs
    the name on the opening phrase), '"...," Texas delegate Tom Hale, wearing a cowboy
    hat, said'. The name must stand where a clause starts (the sentence's start, a comma,
    a colon or a quote mark before it): a name inside another phrase is no subject."""
    doc, sentence = verb.doc, sentence_of(verb)
    after = _name_after_quote(verb)
    if after is not None:
        return after
    at = verb.i - 1
    if at < sentence.start:
        return None  # the verb opens its sentence: what stands before is another's
    while at > sentence.start and doc[at].pos_ == "ADV":
        at -= 1  # "also", "bluntly"
    if doc[at].text == ",":
        # an aside: back to the comma that opens it
        opening = at - 1
        while (
            opening > sentence.start and doc[opening].text != "," and at - opening <= _ASIDE_REACH
        ):
            if doc[opening].is_quote or doc[opening].text in {";", ":"}:
                return None
            opening -= 1
        if doc[opening].text != "," or opening == at - 1:
            return None
        aside = doc[opening + 1 : at]
        if all(t.ent_type_ == "PERSON" for t in aside):
            return argument(aside)  # "the campaign chief, Tom Hale, bluntly suggested"
        at = opening - 1
        if at < sentence.start:
            return None  # ", the chair, said" with nothing before the aside
    last = doc[at]
    if last.pos_ != "PROPN" or last.ent_type_ not in _SPEAKER_TYPES:
        return None
    start = at
    while start > sentence.start and (
        doc[start - 1].pos_ == "PROPN" or doc[start - 1].dep_ == "compound"
    ):
        start -= 1
    if start > sentence.start and not (
        doc[start - 1].text in {",", ":"} or doc[start - 1].is_quote
    ):
        return None
    return argument(doc[start : at + 1])


def _reporter_of(clause: Token) -> Token | None:
    """The nearest speech verb above ``clause`` (whose report it is part of), or None; as
    the participle's actor is found (kg.extract.actors), so that the two agree."""
    node = clause
    while node.head.i != node.i:  # spaCy makes a new Token per access: compare indices
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in REPORTING_VERBS:
            return node
    return None


@functools.cache
def source_words() -> frozenset[str]:
    """Nouns news uses for one unnamed person who speaks: "official", "source",
    "spokeswoman", "witness" (the source nouns of the name tables)."""
    return frozenset(w for w in name_tables()["source_nouns"] if not w.startswith("_"))


#: Pronouns of people: "he was interviewed and said".
_PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def _may_speak(subject: Token) -> bool:
    """Whether a subject names someone who can speak: a person, a group or a place named
    by name, a personal pronoun, or a noun for an unnamed speaker ("officials")."""
    return (
        subject.ent_type_ in _SPEAKER_TYPES
        or subject.lower_ in _PERSONAL_PRONOUNS
        or subject.lemma_.lower() in source_words()
    )


def _agent(verb: Token) -> Token | None:
    """The doer a passive verb names with "by" ("was told by doctors"), or None."""
    for agent in dependents(verb):
        if agent.dep_ == "agent":
            return next((c for c in dependents(agent) if c.dep_ == "pobj"), None)
    return None


def _received_document(verb: Token) -> Token | None:
    """The document that speaks through a participle the parse hung on the verb that
    receives it: "the guards had received a memo telling them to stay home" (the
    participle right after the object, no comma between)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    head = verb.head
    if head.lemma_.lower() not in _RECEIVING_VERBS:
        return None
    document = next((c for c in dependents(head) if c.dep_ == "dobj"), None)
    if document is None or document.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return document if document.right_edge.i + 1 == verb.i else None


def _name_before(verb: Token) -> Argument | None:
    """The person or organisation whose name ends right before a verb, or None."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ != "PROPN" or before.ent_type_ not in {"PERSON", "ORG"}:
        return None
    start = before.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ == "I" and start > 0:
        start -= 1  # the entity's first token ("B")
    return argument(doc[start : before.i + 1])


def _document_above(noun: Token) -> Token:
    """The document a relative clause speaks for when the parse hangs it on a noun inside
    the document's phrase: "a letter inside the drawer that said ..." is the
    letter's claim, not the drawer's."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holder = noun.head.head
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in DOCUMENT_NOUNS | CLAIM_NOUNS:
            return holder
    return noun


def _lost_possessor(noun: Token) -> Token | None:
    """The owner of "the bank’s assertion" when the parse lost the possessive (a curly
    apostrophe often comes out as a stray dependent): the noun before the "’s"."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].tag_ == "POS" and doc[noun.i - 1].dep_ != "case":
        owner = doc[noun.i - 2]
        if owner.pos_ in {"PROPN", "NOUN"}:
            return owner
    return None


def _lost_main_verb(verb: Token) -> bool:
    """Whether the parse hung the sentence's main verb on its subject: "A clerk who had
    handled the file admitted under questioning that ..." comes out as a
    root noun "clerk" with "admitted" a clause of it. A verb that takes a clause
    of its own ("that ...") in a sentence whose root is a noun is the sentence's verb, and
    the noun it hangs on is its subject (a true reduced relative, "the figures released
    on Monday", takes no clause)."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and sentence_of(verb).root.pos_ in {"NOUN", "PROPN"}
        and (
            any(c.dep_ == "ccomp" for c in dependents(verb))
            or bool(_detached_clause(_own_end(verb), verb, sentence_of(verb)))
        )
    )


def _author(document: Token) -> Token | None:
    """'a statement by the ministry', 'the ministry's report', 'the ministry issued a
    statement': the author of a document."""
    owner = next((c for c in dependents(document) if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in dependents(document):
        if prep.dep_ == "prep" and prep.lower_ in _AUTHOR_PREPOSITIONS:
            for pobj in dependents(prep):
                if pobj.dep_ == "pobj":
                    return pobj
    if document.dep_ == "dobj" and document.head.lemma_.lower() in _AUTHORING_VERBS:
        return next((c for c in dependents(document.head) if c.dep_ == "nsubj"), None)
    for issued in dependents(document):
        # "a statement released by the ministry" (not "a letter obtained by the paper":
        # who found a document did not write it)
        if issued.dep_ == "acl" and issued.lemma_.lower() in _AUTHORING_VERBS:
            return _agent(issued)
    return None


#: Entity labels of a subject head that is no name: "One of them, Mr Paul Hart, ...".
_NOT_NAMES = frozenset({"", "CARDINAL"})


def _closing_apposition(name: Token, head: Token) -> bool:
    """A name set off by commas at the end of the subject phrase: "The head of the
    clinic at the university, Ana Ruiz, said" (not "(Pentagon)"); or a person's
    name that ends it, commas or not: "Party chair and long-time ally Rosa
    Lind says"."""
    if name.dep_ != "appos" or name.ent_type_ not in {"PERSON", "ORG"}:
        return False
    doc = name.doc
    first, last = name.left_edge.i, name.right_edge.i
    end = max(t.i for t in head.subtree)
    if name.ent_type_ == "PERSON" and last == end and doc[first - 1].text not in {"(", "["}:
        return True
    closes = last == end or (last + 1 == end and doc[end].text == ",")
    return first > 0 and doc[first - 1].text == "," and closes


def _past_dateline(token: Token) -> Token:
    """The subject after a dateline the parse took for the subject: in "ROME
    (Reuters) - Italy and Malta vowed", the city heads the phrase and Italy hangs on it
    in apposition after the dash."""
    dash = dateline_dash(token)
    if not dash:
        return token
    return next((c for c in dependents(token) if c.dep_ == "appos" and c.i > dash), token)


def _speaker_argument(token: Token) -> Argument | None:
    token = _past_dateline(token)
    if generic_pronoun(token):
        return None  # "one" is nobody, "one of them" somebody
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        author = _author(token)
        if author is not None and author.pos_ in {"PROPN", "NOUN"}:
            token = author
    if token.pos_ != "PROPN" and token.ent_type_ in _NOT_NAMES:
        named = [t for t in token.subtree if _closing_apposition(t, token)]
        if named:
            token = named[-1]  # "The head of the clinic at X, Ana Ruiz, said"
    if token.pos_ == "PRON":
        return Argument(text=token.text, start=token.idx, end=token.idx + len(token.text))
    phrase = noun_phrase(token)
    conjuncts = [c for c in dependents(token) if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}]
    if conjuncts:
        # "The Red Cross and Medics Without Limits are pressing for": both speak, each with
        # its whole name (the parse may cut "Without Limits" off "Medics").
        end = max(max(noun_phrase(c).end, _entity_end(c)) for c in conjuncts)
        phrase = token.doc[phrase.start : max(end, phrase.end)]
    doc = token.doc
    share = next((c for c in dependents(token) if share_of(c)), None)
    if share is not None and token.lower_ == "one":
        phrase = doc[token.i : share.right_edge.i + 1]  # "One in three voters thought"
    one = phrase.start - 1
    if one >= 0 and doc[one].lower_ == "one" and doc[one].head == token:
        # "One senior source said": one of several, not the sources as a whole
        # (the noun phrase leaves numbers out for the figures).
        phrase = doc[one : phrase.end]
    if len(phrase) > 1 and phrase[-1].dep_ == "case":
        phrase = phrase[:-1]  # "the bank's assertion": the bank speaks, not "the bank's"
    return argument(doc[phrase.start : _name_end(phrase)])


def _name_end(phrase: Span) -> int:
    """The end of a name the parse cut at a capitalised preposition inside it: "Doctors
    Without Borders", "Reporters Without Borders" (the preposition hangs elsewhere).
    A capitalised preposition inside a sentence, between capitalised words, is a word
    of the name."""
    doc = phrase.doc
    end = phrase.end
    while (
        end + 1 < len(doc)
        and doc[end].pos_ == "ADP"
        and doc[end].text[:1].isupper()
        and not doc[end].is_sent_start
        and doc[end - 1].text[:1].isupper()
        and doc[end + 1].pos_ == "PROPN"
    ):
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return end


def _entity_end(token: Token) -> int:
    """The end (exclusive token index) of the named entity the token is in, or of the
    token itself."""
    doc = token.doc
    end = token.i + 1
    if token.ent_type_:
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return end
