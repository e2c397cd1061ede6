"""What a cue covers: the tokens of the claim a cue puts in its speaker's mouth.

The content of a verb cue is the subtree of its clausal complement (ccomp, xcomp,
"of/about/for" + a gerund, a colon and what follows it, or an event noun it takes
as object), never an adverbial clause: in "Asked whether she would raise the fare,
the mayor said ...", or "..., as the heckler yelled", the adverbial clause is the
writer's, not the speaker's. A reporting clause set off by commas ("That, neighbours
say, keeps the market busy"; "..., the agency reported.") covers the clause it
interrupts or ends. A claim noun (:data:`CLAIM_NOUNS`), an adjective of belief
(:data:`BELIEF_ADJECTIVES`), an "as" comment and "according to" have their own contents
(:func:`cue_content` chooses). Reads :mod:`kg.extract.cue_words`;
:mod:`kg.extract.cue_speakers` and :mod:`kg.extract.speakers` read it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.cue_words import (
    complement_mark,
    description,
    in_whose_words,
    is_verb_cue,
    made_argument,
    perceived,
)
from kg.extract.spans import (
    SUBJECT_DEPS,
    call_table,
    dependents,
    has_subject,
    infinitive,
    made_plain,
    sentence_of,
    subject_cut_from_evidence,
)
from kg.lang.en import (
    ACCUSATION_PREPOSITIONS,
    ACCUSATION_VERBS,
    AS_TIME_SPEECH_VERBS,
    CLAIM_MAKING_VERBS,
    CLAIM_SETTING_PREPOSITIONS,
    CLAIM_TIME_ADVERBS,
    HEARSAY_NOUNS,
    PERCEPTION_VERBS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    TELLING_VERBS,
    VOICED_NOUNS,
    VOICING_VERBS,
)
from kg.lang.wordnet import NOUN_GROUP, NOUN_PERSON, noun_classes

__all__ = [
    "BELIEF_ADJECTIVES",
    "CLAIM_NOUNS",
    "CLOSING_MARKS",
    "OPENING_MARKS",
    "claim_on_setting",
    "cue_content",
    "detached_clause",
    "own_end",
    "passive_agent",
    "reported_by",
    "said_across_time",
]


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
    | HEARSAY_NOUNS
)
#: Adjectives of belief: "traders are skeptical about the cartel's readiness to cut",
#: "officials are confident that the dam will hold": the subject holds the view.
BELIEF_ADJECTIVES = frozenset(
    """
    confident convinced sure certain skeptical sceptical doubtful hopeful optimistic
    pessimistic worried concerned afraid fearful
    """.split()
)
#: Verbs whose object's clauses are what the speaker tells: "described a video that
#: showed ...", "recounted a night when ...".
_DESCRIBING_VERBS = frozenset({"describe", "recount"})
#: Prepositions that introduce what a verb cue claims ("accused X of holding",
#: "called for raising", "bragged about grabbing").
_CONTENT_PREPOSITIONS = frozenset({"of", "about", "for", "to", "on"})
_DECLINE_VERBS = frozenset({"decline", "refuse"})
#: Cue verbs whose object is the one told, not the claim: "told the council that ...".
_HEARER_VERBS = frozenset({"tell", "warn", "assure", "inform"})


CLOSING_MARKS = frozenset({"”", '"', "»", "''"})


#: The parts of speech a cue can be (see cue_content's tests): a verb, a claim noun, a belief
#: adjective; other words claim nothing unless an "as" clause or "according" makes them.
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def cue_content(token: Token, sentence: Span) -> set[int]:
    if token.pos_ not in _CUE_POS and token.dep_ != "advcl" and token.lower_ != "according":
        return set()  # most words of a sentence: settled before the tests below read them
    # Read once per word within kg.extract.extract (the speech verbs and the cues of a
    # sentence both ask it of the same words); a copy, as the caller may change it.
    read = call_table(token.doc, "cue_content")
    if read is None:
        return _cue_content(token, sentence)
    key = (token.i, sentence.start)
    if key not in read:
        read[key] = _cue_content(token, sentence)
    return set(read[key])


def _cue_content(token: Token, sentence: Span) -> set[int]:
    lemma = token.lemma_.lower()
    pos = token.pos_  # read once: asked of every verb, noun and adjective of a sentence
    cut = _clause_cut_from(token)
    if cut:
        return cut  # "a survey which shows most parents want stricter rules": the survey's
    if _as_comment(token):
        # "As the minister told reporters, the army has left": the clause the "as"
        # clause comments on is what the speaker said.
        return _subtree(token.head) - _subtree(token)
    if is_verb_cue(token):
        if _asked(token):
            return set()  # "Did the mayor vow to close the port?" claims nothing
        if token.head.lemma_.lower() in _DECLINE_VERBS and token.dep_ == "xcomp":
            return set()  # "declined to say what he would propose": nothing is claimed
        content = _verb_content(token, sentence, request=lemma in REQUEST_VERBS - REPORTING_VERBS)
        if lemma in ACCUSATION_VERBS:
            content |= _accusation_content(token)
        return content - _unsaid_question(token)
    if pos == "VERB" and lemma in ACCUSATION_VERBS:
        return _accusation_content(token)
    if pos == "VERB" and lemma in PERCEPTION_VERBS:
        return {noun.i for noun in perceived(token)}
    if pos == "NOUN" and (lemma in CLAIM_NOUNS or token.lower_ in CLAIM_NOUNS):
        return _noun_content(token)
    if pos == "NOUN" and lemma in REQUEST_NOUNS:
        return _request_content(token)
    if token.lower_ == "according":
        return _according_content(token, sentence)
    if in_whose_words(token) is not None:
        # "In the mayor's words, the dam is a relic": the clause the phrase hangs on ("word
        # emerged that she was, in the words of an aide, the heir": only her being the
        # heir); not a verb of speech it hangs on ("In his own words, he said ...": he
        # says it).
        clause = token.head.head
        words = _subtree(clause) - _subtree(token.head)
        return words - {clause.i} if is_verb_cue(clause) else words
    if pos == "ADJ" and token.dep_ == "acomp" and token.lower_ in BELIEF_ADJECTIVES:
        return _belief_content(token)
    return set()


#: Words that open a clause of what is asked about, which the clause itself takes as
#: known: "what she was treated for", "why he left" (not "whether" or "if": an open
#: question, which no one claims either way).
_KNOWN_IN_QUESTION = frozenset({"what", "why", "how", "when", "where", "who", "whom"})


def _unsaid_question(verb: Token) -> set[int]:
    """The words of a clause a negated verb of speech does not tell ("the aide would not
    say why she left", "he did not reveal what the singer was treated for"): the leaving
    and the treating are the writer's, no claim of the one who kept quiet."""
    if not any(c.dep_ == "neg" for c in dependents(verb)):
        return set()
    return {
        i
        for clause in dependents(verb)
        if clause.dep_ == "ccomp"
        and clause.i > verb.i
        and clause.doc[clause.left_edge.i].lower_ in _KNOWN_IN_QUESTION
        for i in _subtree(clause)
    }


def _clause_cut_from(verb: Token) -> set[int]:
    """The clause of a verb of evidence that the parser cut in two, its subject taken for
    the verb's object and its verb hung higher up ("a survey which shows a large majority
    of parents want stricter rules"): that subject and its verb with what follows it
    (:func:`~kg.extract.spans.subject_cut_from_evidence`)."""
    objects = [c for c in dependents(verb) if c.dep_ == "dobj"]
    if not objects or objects[0].right_edge.i + 1 >= len(verb.doc):
        return set()
    shown = objects[0]
    cut = verb.doc[shown.right_edge.i + 1]
    subjects = [c for c in dependents(cut) if c.dep_ == "nsubj"]
    subject = subject_cut_from_evidence(cut, subjects[0]) if subjects else None
    if subject is None or subject.i != shown.i:
        return set()
    after = {t.i for c in dependents(cut) if c.i > cut.i for t in c.subtree}
    return {t.i for t in shown.subtree} | {cut.i} | after


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
            is_verb_cue(verb)
            and lemma in REPORTING_VERBS - AS_TIME_SPEECH_VERBS
            and (not objects or lemma == "tell")
        )
    if not said or any(c.dep_ in {"ccomp", "xcomp", "nsubjpass"} for c in children):
        return False
    opening = verb.doc[verb.left_edge.i]
    return (
        opening.lower_ == "as"
        and opening.head.i == verb.i
        and (any(c.dep_ == "nsubj" for c in children) or reported_by(verb) is not None)
    )


def reported_by(verb: Token) -> Token | None:
    """Who tells in a passive "as" clause of speech: "As reported by the Herald, the mayor
    resigned", "..., as first noted by the auditors" (the noun after "by"), or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return None
    opening = verb.doc[verb.left_edge.i]
    if opening.lower_ != "as" or opening.head.i != verb.i:
        return None
    return passive_agent(verb)


def passive_agent(verb: Token) -> Token | None:
    """The doer a passive verb names with "by" ("was told by doctors"), or None."""
    for agent in dependents(verb):
        if agent.dep_ == "agent":
            return next((c for c in dependents(agent) if c.dep_ == "pobj"), None)
    return None


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
        if inner.dep_ == "advcl" and inner.i != token.i and _writers_aside(inner):
            tokens -= {t.i for t in inner.subtree}
    return tokens


def _writers_aside(clause: Token) -> bool:
    """Whether an adverbial clause is a concession the writer adds after the claim ("...,
    though CNN debunked it"). One set before the clause it concedes to is the speaker's
    own step of the claim ("warned that although the city has closed its parks, the
    playgrounds are full")."""
    return clause.i > clause.head.i and any(
        c.dep_ == "mark" and _concedes(c) for c in dependents(clause)
    )


def _concedes(mark: Token) -> bool:
    """Whether a clause's mark concedes ("though", "although", "whereas"); not the "though"
    of "as though", which tells how ("the brain feels as though it has gathered enough"):
    that clause stays in the claim."""
    doc = mark.doc
    return mark.lower_ in _ASIDE_MARKS and not (mark.i > 0 and doc[mark.i - 1].lower_ == "as")


#: Marks of a clause that sets a claim in time: the writer's, not the speaker's.
_TIME_MARKS = frozenset({"as", "when", "while", "after", "before"})
OPENING_MARKS = frozenset({"“", '"', "''", "``"})


def _clause_on_setting(preposition: Token) -> set[int]:
    """The "that" clause the parse hung on a noun of a cue's setting ("told reporters
    at a briefing that the port is safe", "said in an interview with the radio that ...",
    "said for the first time that ..."): a clause that "that" opens as a conjunction (in
    a true relative clause "that" is the subject or object: "at a briefing that lasted an
    hour", "in a letter that the group sent"). Not a claim noun's own clause ("argued
    against claims that ...": the claim is someone else's), nor a setting before the cue
    ("In the fight that we are seeing, the minister says ...": a claim follows its cue)."""
    if preposition.lower_ not in CLAIM_SETTING_PREPOSITIONS or preposition.i < preposition.head.i:
        return set()
    for noun in preposition.subtree:
        if noun.dep_ != "pobj" or noun.lemma_.lower() in CLAIM_NOUNS:
            continue
        for clause in dependents(noun):
            if clause.dep_ in {"relcl", "acl"} and clause.i > noun.i and _opens_a_claim(clause):
                return _subtree(clause)
    return set()


def _clause_on_time(clause: Token) -> set[int]:
    """The "that" clause the parse hung on a clause that sets a cue's claim in time, after
    the cue: in "Ruiz said after the video became public that the remarks ..." and "the
    mayor said after the vote was held that the port would close", "that" opens what was
    said, not a claim of the becoming or the holding. Only when the cue has no clause of its
    own and the clause of time speaks no claim itself ("after officials said that ...")."""
    verb = clause.head
    if clause.i < verb.i or is_verb_cue(clause) or any(c.dep_ == "ccomp" for c in dependents(verb)):
        return set()
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in dependents(clause)):
        return set()
    for inner in dependents(clause):
        if inner.dep_ in {"ccomp", "advcl"} and inner.i > clause.i and complement_mark(inner):
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(inner)):
                return _subtree(inner)
    return set()


def said_across_time(clause: Token) -> bool:
    """Whether a "that" clause is what a cue says, hung by the parse on the clause that sets
    the cue in time (:func:`_clause_on_time`): "said after the talks collapsed that the
    strike would go ahead" tells the strike as said, not as the collapse's content."""
    setting = clause.head
    return (
        clause.dep_ == "ccomp"
        and setting.dep_ == "advcl"
        and setting.head.lemma_.lower() in REPORTING_VERBS
        and clause.i in _clause_on_time(setting)
    )


def claim_on_setting(clause: Token) -> bool:
    """Whether a relative clause the parse hung on a noun of a cue's setting is the cue's
    claim (:func:`_clause_on_setting`): "wrote in a letter that the plan had failed", whose
    "that" the parse may make the failing's object, is no failing of the letter."""
    if clause.dep_ not in {"relcl", "acl"}:
        return False
    for preposition in clause.ancestors:
        if preposition.dep_ != "prep" or preposition.head.pos_ not in {"VERB", "AUX"}:
            continue  # "in an interview with two reporters that ...": up to the verb's own
        cue = preposition.head
        if not is_verb_cue(cue) or cue.lemma_.lower() in REQUEST_VERBS - REPORTING_VERBS:
            return False  # as _verb_content reads a setting: only for a claim, not a request
        return clause.i in _clause_on_setting(preposition)
    return False


def _opens_a_claim(clause: Token) -> bool:
    """Whether "that" opens a clause as a conjunction, whatever the parse hung it on: a
    mark; a "that" the tagger calls a conjunction; one the parse made an object (see the
    comment below); or the "that" of "at the time that ...", "for the first time that
    ...", which after a cue tells what was said, not when."""
    if _tagged_conjunction(clause):
        return True
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.dep_ in SUBJECT_DEPS:
        return False
    if that.dep_ == "advmod":
        return clause.head.lemma_.lower() == "time"
    # Any "that" the parse made an object: a verb with an object of its own leaves no gap
    # for a relative pronoun ("in a briefing that the army had seized the airport"), and
    # one that takes none has no gap either ("in a letter that the plan had failed"). A
    # true relative object ("in a letter that the group sent") reads the same way: the
    # parse does not tell it apart, and the claim is what such a "that" opens after a cue.
    return that.dep_ == "dobj"


def _tagged_conjunction(clause: Token) -> bool:
    """Whether a clause opens with the mark of a reported clause, or with a "that" the
    tagger calls a conjunction (IN) and the parse made no subject, whatever else it hung
    it on: "rumours last month that the mayor would resign" labels it an adverb. A
    relative "that" is tagged a pronoun (WDT): "the statements that she made"."""
    if complement_mark(clause):
        return True
    that = clause.doc[clause.left_edge.i]
    return that.lower_ == "that" and that.dep_ not in SUBJECT_DEPS and that.tag_ == "IN"


def _after_the_quote(clause: Token) -> set[int]:
    """The writer's words after a quoted claim: in 'told the radio that "the port is
    safe" as he toured the docks', the quote is the claim and "as he toured" sets
    it in time. Only when the clause opens with the quote."""
    doc = clause.doc
    first = clause.left_edge.i
    if doc[first].dep_ == "mark" and doc[first].lower_ in {"that", "whether"}:
        first += 1
    if first > clause.i or doc[first].text not in OPENING_MARKS:
        return set()
    close = next(
        (i for i in range(first + 1, clause.right_edge.i + 1) if doc[i].text in CLOSING_MARKS),
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
        if inner.dep_ in {"relcl", "acl"} and inner.i != token.i and not _untensed(inner):
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
        elif child.dep_ == "advcl" and not request and _clause_on_time(child):
            # "said after the video became public that the remarks ...": the parse hangs
            # the claim on the clause that says when it was made
            content |= _clause_on_time(child)
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
        elif child.dep_ == "oprd" and child.pos_ == "ADJ" and child is made_plain(verb):
            # "made clear that they would ...": the parse may hang the clause told on the
            # adjective, even as its subject
            for clause in dependents(child):
                if clause.dep_ in {"ccomp", "csubj"} and clause.i > child.i:
                    content |= _subtree(clause)
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
            # Not one described "as" something: what it is said to be is the claim.
            if description(verb) is None:
                content.add(child.i)
            if child is made_argument(verb) or _one_told(verb, child):
                # "made the case that the tax would hurt farmers", "told a judge that the
                # actress had settled in": the parse may hang the clause told on the noun
                for inner in dependents(child):
                    if inner.dep_ in {"acl", "relcl"} and complement_mark(inner):
                        content |= _subtree(inner)
            if verb.lemma_.lower() in _DESCRIBING_VERBS:
                # "described camera footage that showed the driver turning
                # into ...": what the described thing shows is the description; so
                # is what a participle on it tells ("described guards beating the
                # prisoners", "described a village destroyed by the army"), unless the
                # describing verb is itself a participle on a noun ("drew crowds
                # describing a country run by ...": the parse lost who describes).
                clauses = {"relcl"} if verb.dep_ == "acl" else {"relcl", "acl"}
                for inner in dependents(child):
                    if inner.dep_ in clauses and inner.i > child.i:
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
            and complement_mark(child)
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
    described_as = description(verb)
    if described_as is not None:
        # "described the mayor as blocking the plan", "portrayed the raid as an attack"
        content |= _subtree(described_as) - {described_as.i}
    if not request:
        content |= _colon_content(verb, sentence)
        content |= _aside_content(verb, sentence)
        content |= _clause_past_a_time_adverb(verb)
    content |= detached_clause(own_end(verb), verb, sentence)
    return content


def _clause_past_a_time_adverb(verb: Token) -> set[int]:
    """The "that" clause after an adverb of when the claim was made ("said earlier that
    the bridge would close", "has warned before that prices would rise", "hinted before
    that taxes would rise"): the parse may hang the clause on the adverb, read "before
    that" as a clause of time, or take "that" for the determiner of a plural subject
    (which it cannot be: "that taxes"). The adverb follows the cue or the one it tells."""
    doc = verb.doc
    objects = [c for c in dependents(verb) if c.dep_ == "dobj" and c.i > verb.i]
    at = objects[0].right_edge.i + 1 if objects else verb.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in CLAIM_TIME_ADVERBS:
        return set()
    that = doc[at + 1]
    if that.lower_ != "that":
        return set()
    if that.dep_ == "mark":
        clause = that.head
    elif that.dep_ == "det" and that.head.tag_ in {"NNS", "NNPS"}:
        clause = that.head.head
    else:
        return set()
    if clause.i < that.i or clause.pos_ not in {"VERB", "AUX"} or verb not in clause.ancestors:
        return set()
    return _subtree(clause)


def _one_told(verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is the one a verb of telling (:data:`TELLING_VERBS`) tells: a
    person, people or a body ("told a judge", "assured voters", "warned the council"),
    on whom a clause opened by "that" is what was told, never a relative clause (whose
    "that" would be its subject or object, not its mark)."""
    if verb.lemma_.lower() not in TELLING_VERBS:
        return False
    if obj.pos_ == "PRON" or obj.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    senses = noun_classes(obj.lemma_.lower())[:1]
    return obj.pos_ == "NOUN" and bool(set(senses) & {NOUN_PERSON, NOUN_GROUP})


def _colon_between(clause: Token, verb: Token) -> bool:
    """Whether a colon stands between a clause that comes before a verb and the verb."""
    doc = verb.doc
    return clause.i < verb.i and any(
        doc[i].text == ":" for i in range(clause.right_edge.i + 1, verb.i)
    )


#: Entity types of a time phrase that may stand between a cue and its clause ("the mayor's
#: remarks this week that ...").
_TIME_TYPES = frozenset({"DATE", "TIME"})


def detached_clause(start: int, cue: Token, sentence: Span) -> set[int]:
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


def own_end(verb: Token) -> int:
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
        # a "that" the parse labelled an adverb after a time phrase ("reports last month
        # that he misled ...") opens its clause all the same (:func:`_tagged_conjunction`)
        clause = token.head
        return token.dep_ == "mark" or (
            clause.left_edge.i == token.i and _tagged_conjunction(clause)
        )
    return (
        token.i == cue.i + 1
        and cue.pos_ in {"VERB", "AUX"}
        and token.tag_ == "MD"
        and token.dep_ == "aux"
    )


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
            if _writers_aside(token):
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
    subject = next((c for c in dependents(verb) if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i > verb.i:
        return set()
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in dependents(verb)):
        return set()  # "Asked whether ..., the mayor said she is thinking": the claim follows
    if _says_of_its_own(verb):
        return set()
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


def _says_of_its_own(verb: Token) -> bool:
    """Whether a reporting verb after a comma is no tag of the clause before it: a relative
    clause ("floods like those in Kent, where by May, 300 towns had reported claims"), which
    tells of a noun, or a verb with an object of its own that is not the one told ("...,
    the towns reported 900 claims"): the clause before the comma is no claim of theirs."""
    if verb.dep_ == "relcl":
        return True
    return any(
        c.dep_ == "dobj" and c.i > verb.i and not _one_told(verb, c) for c in dependents(verb)
    )


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
    if is_verb_cue(head):
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
            # "that" opens it as a conjunction, also where a time phrase between made the
            # parse label it an adverb ("rumours last month that the mayor would resign").
            if _tagged_conjunction(child):
                content |= _subtree(child)
    if not content and noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in VOICING_VERBS:
        content = _marked_clauses(noun.head)  # "claims were made that the vote was rigged"
    if not content:
        content = _clause_of_the_making(noun)
    if not content:
        content = detached_clause(noun.right_edge.i + 1, noun, sentence_of(noun))
    return content


def _clause_of_the_making(noun: Token) -> set[int]:
    """The "that" clause the parse hangs on the verb of a relative clause that makes the
    claim ("the accusation she made last week that the firm had hidden losses": the clause
    on "made", not on the noun). Only a making verb with no object of its own: in "the
    charge she denied that ..." or "the claim he made to the press that ..." the noun is what
    was made; a verb that only takes the claim up ("the claim he heard that ...") names
    no claim of its own."""
    return {
        i
        for clause in dependents(noun)
        if clause.dep_ == "relcl"
        and clause.i > noun.i
        and clause.lemma_.lower() in CLAIM_MAKING_VERBS - {"deny"}
        and not any(c.dep_ in {"dobj", "nsubjpass"} for c in dependents(clause))
        for i in _marked_clauses(clause)
    }


def _marked_clauses(verb: Token) -> set[int]:
    """The "that" clauses after a verb (a passive verb of voicing whose subject is the
    claim noun: "fears were raised that the dam would burst")."""
    return {
        i
        for clause in dependents(verb)
        if clause.dep_ == "ccomp" and clause.i > verb.i and complement_mark(clause)
        for i in _subtree(clause)
    }


def _request_content(noun: Token) -> set[int]:
    """ "a call by Lord Bates to keep out cheap goods", "the farmers' plea to cut the tax":
    the act a request noun asks for, its infinitive after it. Whoever makes the request
    (its owner, :func:`~kg.extract.cue_speakers.speaker_of`) is the source of the act
    asked, as the one who urges others to act is. Only a request whose maker is named on
    it, by a possessive or after "by" or "from" ("defied a court order to leave" names no
    one who gives it)."""
    if not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from"})
        for c in dependents(noun)
    ):
        return set()
    for child in dependents(noun):
        if child.dep_ == "acl" and child.i > noun.i and infinitive(child):
            return _subtree(child)
    return set()


def _according_content(according: Token, sentence: Span) -> set[int]:
    """'according to X' covers its whole sentence (but for X itself)."""
    if not any(c.lower_ == "to" for c in dependents(according)):
        return set()
    return set(range(sentence.start, sentence.end)) - _subtree(according)
