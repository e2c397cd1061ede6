"""Who speaks a cue: the speaker of a reporting verb, a claim noun or "according to".

The speaker is the cue's subject (:func:`speaker_of`), with the repairs the parse needs: a
participle without a subject ("despite claiming", "saying") takes the subject of the verb
it hangs on; a relative pronoun ("a confession that said") is the noun it modifies; a
document ("a statement by the ministry", "the ministry's report", :data:`DOCUMENT_NOUNS`)
gives its author; a title with a name in apposition ("The head of the clinic, Ana Ruiz,
said") gives the name. Also the nouns for an unnamed person who speaks
(:func:`source_words`) and the round brackets of an aside (:func:`brackets_around`). Reads
:mod:`kg.extract.cue_contents`; :mod:`kg.extract.speakers` reads it.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from kg.extract.cue_contents import (
    CLAIM_NOUNS,
    CLOSING_MARKS,
    detached_clause,
    own_end,
    passive_agent,
    reported_by,
)
from kg.extract.cue_words import INQUIRY_NOUNS, in_whose_words, is_verb_cue, writing_read
from kg.extract.judged_acts import judging_verb, occasion_taken
from kg.extract.spans import (
    argument,
    dateline_dash,
    dependents,
    generic_pronoun,
    has_subject,
    infinitive,
    name_beside_subject,
    noun_phrase,
    person_who,
    phrase_names_whom,
    quoted_doer,
    relative_before_sayer,
    sentence_of,
    share_of,
    speakers_read,
    time_adjunct,
)
from kg.lang.en import (
    AGENT_LABELS,
    CLAIM_MAKING_VERBS,
    EVIDENCE_NOUNS,
    HEARSAY_NOUNS,
    IMPLICATIVE_VERBS,
    QUOTING_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    VOICED_NOUNS,
    VOICING_VERBS,
    name_tables,
)
from kg.lang.wordnet import (
    NOUN_ABSTRACT,
    NOUN_ANIMAL,
    NOUN_ARTIFACT,
    NOUN_BODY,
    NOUN_COMMUNICATION,
    NOUN_FOOD,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    NOUN_PLANT,
    NOUN_SUBSTANCE,
    NOUN_TOPS,
    noun_classes,
)
from kg.model import Argument

__all__ = [
    "DOCUMENT_NOUNS",
    "WORDING_NOUNS",
    "author_speaking",
    "brackets_around",
    "document_above",
    "name_after_pronoun",
    "participle_speaker",
    "source_words",
    "speaker_of",
]


#: Things that speak for their author: "a statement by the ministry said".
DOCUMENT_NOUNS = frozenset(
    """
    statement report communique communiqué release letter video footage post tweet
    filing filings document documents papers record records interview transcript
    circular memo memorandum note notice message email leaflet
    """.split()
)
#: Documents that hold their author's own words, set out after them: "the ministry issued
#: the following statement:", "Below is a letter from the mayor:" (not a report, a video or
#: a transcript, which tell of others or of what was said).
WORDING_NOUNS = frozenset(
    """
    statement communique communiqué release letter post tweet memo memorandum note message
    email
    """.split()
)
#: Verbs whose object is a document someone else wrote: in "guards received a memo
#: telling them to stay home", the memo tells, not the guards ("the ministry issued
#: a statement saying": the ministry speaks, through its statement).
_RECEIVING_VERBS = frozenset("receive get obtain find see read cite".split())
#: Verbs whose subject wrote the document they take: "the town released a statement
#: saying ...": the town speaks.
_AUTHORING_VERBS = frozenset("issue release publish post send sign circulate write".split())
_AUTHOR_PREPOSITIONS = frozenset({"by", "from"})


def brackets_around(token: Token) -> tuple[int, int] | None:
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
    aside = brackets_around(head)
    return aside is not None and aside != brackets_around(verb)


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
    writing = writing_read(cue)
    if writing is not None:
        return _speaker_argument(writing)  # '"...," read one sign': the sign says it
    whose = in_whose_words(cue)
    if whose is not None:
        return _speaker_argument(whose)  # "in the words of one aide, ..."
    if cue.pos_ == "NOUN":
        owner = next((c for c in dependents(cue) if c.dep_ == "poss"), _lost_possessor(cue))
        if owner is None:
            owner = _author(cue) or _maker_in_relative(cue)
        if owner is not None:
            return _speaker_argument(owner)
        if cue.dep_ == "dobj" and cue.head.lemma_.lower() in _RECEIVING_VERBS:
            # "police received reports that a man had fired": the reports claim it, not the
            # police who got them; a document speaks for itself, another claim noun names
            # no claimant ("the agency received complaints that ...")
            return _speaker_argument(cue) if cue.lemma_.lower() in DOCUMENT_NOUNS else None
        if cue.dep_ == "dobj" and cue.head.pos_ in {"VERB", "AUX"} and _voiced_by(cue, cue.head):
            return speaker_of(cue.head)  # "the farmers have voiced fear that ..."
        if cue.lemma_.lower() in DOCUMENT_NOUNS:
            teller = _told_in(cue)
            if teller is not None:
                return speaker_of(teller)  # "the mayor said in a statement that ...": the mayor
            return _speaker_argument(cue)  # "Reports that police had received ...": the reports
        if cue.lemma_.lower() in HEARSAY_NOUNS:
            return _claim_maker(cue)
        return None
    if cue.lemma_.lower() == "quote":
        quoted = next((c for c in dependents(cue) if c.dep_ == "dobj"), None)
        if quoted is not None and quoted.ent_type_ in AGENT_LABELS:
            return _speaker_argument(quoted)  # "It also quotes the mayor herself: '...'"
        said = [v for c in dependents(cue) if c.dep_ == "prep" for v in dependents(c)]
        quoted = next((q for v in said if v.dep_ == "pcomp" and (q := _quoted_as(v))), None)
        if quoted is not None:
            return _speaker_argument(quoted)  # '"...," the paper quoted him as saying'
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
            if subject.lower_ == "who" and verb.dep_ == "relcl":
                subject = person_who(verb.head)  # "voters in the state who say": the voters
            elif subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "a confession that said ...": the confession
                subject = document_above(verb.head)
            return _speaker_argument(subject)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "a memo telling them to stay home": the memo; a noun that cannot speak, the
            # clause's subject above it
            noun = participle_speaker(verb)
            return None if noun is None else _speaker_argument(noun)
        received = _received_document(verb)
        if received is not None:
            return _speaker_argument(received)
        if _lost_main_verb(verb):
            return _speaker_argument(verb.head)
        teller = reported_by(verb) if verb.i == cue.i else None
        if teller is not None:
            return _speaker_argument(teller)  # "As reported by the Herald, ...": the Herald
        passive = next((c for c in dependents(verb) if c.dep_ == "nsubjpass"), None)
        if passive is not None and verb.i == cue.i:
            # "he is said to ...": the sayer is not named; "she was told by doctors that
            # ...": the doctors tell (not the one told); "the email, which was reported by
            # the paper": the paper tells of the email, it claims nothing around it
            agent = passive_agent(verb) if verb.dep_ != "relcl" else None
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
        quoted = quoted_doer(verb)
        if quoted is not None:
            return _speaker_argument(quoted)  # "the agency quoted the minister saying ..."
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i == cue.i:
            # "The envoy said that the rebels had stalled, stressing that ...": a speech
            # participle on a reported clause goes on with the one who reports it.
            reporter = _reporter_of(verb.head)
            if _into_aside(verb, reporter) or (reporter is not None and not has_subject(reporter)):
                # nobody to go on with: a reporter the parse left without a subject ("X
                # lied, saying ..., claimed ..." made "claimed" the head of "lied")
                reporter = None
            following = reporter or verb.head
        elif verb.dep_ == "xcomp" and _judged_by_it(verb.head):
            return None  # "it is fair to say that ...": nobody in particular says it
        elif _said_as_judged(verb, cue):
            # "the mayor was quick to say that ...": the parse hangs the infinitive on the
            # adjective, whose copula's subject says it.
            following = verb.head
        elif verb.dep_ in {"conj", "xcomp"} or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            following = verb.head
            shared = verb.dep_ == "conj"
        elif verb.dep_ == "advcl" and infinitive(verb) and verb.head.pos_ in {"VERB", "AUX"}:
            # "the coach went on to say that ...", "called a news conference to announce
            # that ...": the infinitive is done by the subject of the verb it hangs on
            if not _goes_on_to(verb) and not _done_by_someone(verb.head):
                return None
            following = verb.head
        elif verb.i == cue.i and _taken_to_say(verb) is not None:
            following = _taken_to_say(verb)  # "took pains to stress that ...": who took them
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            quoted = _quoted_as(verb)
            if quoted is not None:
                return _speaker_argument(quoted)
            following = verb.head.head
        elif verb.i == cue.i and verb.dep_ == "ROOT" and verb.tag_ in _FINITE_TAGS:
            return _name_set_off(verb) or _as_phrase_before(verb)
        else:
            return None
        if _into_aside(verb, following):
            return None
        verb = following
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


# Nouns that speak whatever WordNet files them under.
_SPEAKING_NOUNS = DOCUMENT_NOUNS | CLAIM_NOUNS | EVIDENCE_NOUNS | INQUIRY_NOUNS

# What can speak, by any WordNet sense: people, groups, animals, places ("the town"),
# writings and made things ("a sign saying", "a website claiming"), and the top words
# ("group", "person").
_SPEAKING_CLASSES = frozenset(
    {
        NOUN_PERSON,
        NOUN_GROUP,
        NOUN_ANIMAL,
        NOUN_LOCATION,
        NOUN_COMMUNICATION,
        NOUN_ARTIFACT,
        NOUN_TOPS,
    }
)


def _voiced_by(noun: Token, verb: Token) -> bool:
    """Whether the subject of the verb a claim noun is the object of makes the claim:
    "voiced fear that ...", "levelled allegations that ..." (not "investigated complaints
    that ...", "the court heard allegations that ...": they take up another's claim)."""
    if noun.lower_ in VOICED_NOUNS:
        return verb.lemma_.lower() in VOICING_VERBS
    if noun.lemma_.lower() in HEARSAY_NOUNS:
        return verb.lemma_.lower() in CLAIM_MAKING_VERBS
    return True


#: Verbs whose subject, in a relative clause on a claim noun, is the one who makes the claim:
#: "the claim he made on Monday that ...", "the warning the agency issued that ..." (not
#: "the claims she denied that ...": a denier makes no claim).
_MAKING_IN_RELATIVE = (CLAIM_MAKING_VERBS | _AUTHORING_VERBS) - {"deny"}


def _maker_in_relative(noun: Token) -> Token | None:
    """The subject of a relative clause on a claim noun whose verb makes the claim ("the
    accusation she made last week that ...", "allegations the miners levelled that ..."):
    the maker the text names, not the claim standing for unnamed makers. Only a clause
    with no object of its own (the noun is what was made) and whose subject is a word of
    its own ("the claims that were made", "which he made" name the noun, no maker)."""
    for clause in dependents(noun):
        if clause.dep_ != "relcl" or clause.i < noun.i:
            continue
        if clause.lemma_.lower() not in _MAKING_IN_RELATIVE:
            continue
        if any(c.dep_ in {"dobj", "nsubjpass"} for c in dependents(clause)):
            continue
        subject = next((c for c in dependents(clause) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
    return None


def _claim_maker(noun: Token) -> Argument | None:
    """Who makes a claim the text names no owner of: the agent of a passive verb that makes
    it ("claims were made by the miners that ..."), else the claim itself, which stands for
    its unnamed makers ("allegations that the coach took bribes surfaced")."""
    if noun.dep_ == "nsubjpass":
        agent = passive_agent(noun.head)
        if agent is not None:
            return _speaker_argument(agent)
    return _speaker_argument(noun)


def participle_speaker(participle: Token) -> Token | None:
    """Who speaks a speech participle the parse hangs on a noun: the noun ("a memo telling
    them to stay home", "protesters chanting that ..."); but when the participle says a
    clause and the noun cannot speak (an idea or a state: the parse hangs the participle on
    the nearest noun, as in "groups slammed the decision to tighten the restrictions claiming
    it will cost jobs", "an official downplayed the unrest saying that ..."), the whole the
    noun is "of" ("the proportion of voters saying they want ..."), else the subject of the
    nearest clause above, or no one when that subject cannot speak either. A time phrase
    never speaks: "he dodged it for a second time saying ..." is his saying."""
    noun = participle.head
    if not time_adjunct(noun):
        if not _cannot_speak(noun) or not any(c.dep_ == "ccomp" for c in dependents(participle)):
            return noun
        whole = [o for p in dependents(noun) if p.lower_ == "of" for o in dependents(p)]
        if whole and whole[0].dep_ == "pobj" and not _cannot_speak(whole[0]):
            return whole[0]
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        subject = _subject(node) if node.pos_ in {"VERB", "AUX"} else None
        if subject is not None:
            return None if _cannot_speak(subject) else subject
    return None


def _cannot_speak(noun: Token) -> bool:
    """Whether a common noun names an idea or a state, which cannot speak: its first WordNet
    sense is abstract (:data:`NOUN_ABSTRACT`: "restrictions", "unrest", "a proportion") and
    none a speaker (:data:`_SPEAKING_CLASSES`); not a document, a claim, evidence or an
    inquiry ("research suggesting that ..."). A name, a pronoun and a noun WordNet does not
    know may speak."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.ent_type_ or lemma in _SPEAKING_NOUNS:
        return False
    classes = noun_classes(lemma)
    return bool(classes) and classes[0] in NOUN_ABSTRACT and not set(classes) & _SPEAKING_CLASSES


def _goes_on_to(infinitive_verb: Token) -> bool:
    """Whether an infinitive the parse hangs on a verb as a clause goes on with it, as the
    verb's own complement: "went on to say that ...", "proceeded to claim that ...",
    "began to insist that ..." (an implicative verb, :data:`IMPLICATIVE_VERBS`)."""
    head = infinitive_verb.head
    lemma = head.lemma_.lower()
    on = lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in dependents(head))
    return on or lemma in IMPLICATIVE_VERBS


def _done_by_someone(verb: Token) -> bool:
    """Whether the subject ``verb`` has, or takes from the verbs it goes on with, is
    someone who may act for a purpose: a name of :data:`AGENT_LABELS`, a personal
    pronoun, or a noun for a person or a group ("the coach called a news conference to
    announce that ..."). Not a thing ("the bell rang, as if to say"), a number, nor a
    relative pronoun, whose clause the parse may have hung the infinitive on by mistake
    ("a raid that killed him, to make the case that ...")."""
    node = verb
    for _ in range(4):
        subject = _subject(node)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS:
                return False
            if subject.ent_type_ in AGENT_LABELS or subject.lower_ in _PERSONAL_PRONOUNS:
                return True
            senses = noun_classes(subject.lemma_.lower())[:2]
            return subject.pos_ == "NOUN" and bool(set(senses) & {NOUN_PERSON, NOUN_GROUP})
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _taken_to_say(cue: Token) -> Token | None:
    """The verb that takes the occasion or the trouble an infinitive cue hangs on ("took
    pains to stress that ...", "used the occasion to warn that ...": :func:`occasion_taken`),
    whose subject speaks; None otherwise ("the call to say": no one named says it)."""
    if cue.dep_ != "acl" or not infinitive(cue):
        return None
    return occasion_taken(cue.head)


def _judged_by_it(verb: Token) -> bool:
    """Whether ``verb`` is the "be" of an "it" that stands for the infinitive after an
    adjective: "it is fair to say that ...", "it is important to note that ...". The "it"
    is the saying itself, so no one is named as saying it."""
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in dependents(verb))
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in dependents(verb))
    )


def _said_as_judged(adjective: Token, cue: Token) -> bool:
    """Whether ``adjective`` is the complement of a copula that the cue's infinitive hangs
    on and judges the saying done: "was quick to point out that ...", "was right to note
    that ..." tell how the copula's subject said it (:func:`judging_verb`). Not an adjective
    of a saying not done or not yet ("was reluctant to call it an attack", "are likely to
    say", "eager to stress": no one has claimed it), nor an "it" that stands for the saying
    ("it is fair to say that ...": :func:`_judged_by_it`)."""
    return (
        adjective.pos_ == "ADJ"
        and adjective.dep_ == "acomp"
        and cue.dep_ == "xcomp"
        and cue.head.i == adjective.i
        and adjective.head.lemma_ == "be"
        and judging_verb(cue, adjective) is not None
        and not _judged_by_it(adjective.head)
    )


def _quoted_as(verb: Token) -> Token | None:
    """The one quoted as saying: 'she was quoted as saying', 'the paper quoted him as
    saying' (the one quoted speaks, not the one who quotes), or None."""
    prep, quoting = verb.head, verb.head.head
    if prep.lower_ != "as" or quoting.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in dependents(quoting) if c.dep_ in {"nsubjpass", "dobj"}), None)


def _subject(verb: Token) -> Token | None:
    """A verb's subject: its first, but in a tag the first after the quote's closing mark
    ('"He blocked them all. Every one," said Ruiz': the parse may give the quote's last
    words, a sentence with no verb of its own, to the tag as a subject too)."""
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if not subjects:
        return None
    inverted = _inverted_tag_speaker(verb)
    if inverted is not None:
        return inverted
    if relative_before_sayer(verb, subjects) is not None:
        return subjects[1]  # "the man who police say attacked him": the police say it
    name = name_beside_subject(subjects)
    if name is not None:
        return name  # "The mayor's aide, Ana Ruiz said": the name speaks
    doc = verb.doc
    marks = [i for i in range(subjects[0].i, verb.i) if doc[i].text in CLOSING_MARKS]
    if marks:
        after = [s for s in subjects if s.i > marks[-1]]
        if after:
            return after[0]
    return subjects[0]


def _inverted_tag_speaker(verb: Token) -> Token | None:
    """The speaker of an inverted tag set off by commas inside the clause it reports ("The
    bridge, said the mayor, will reopen"; "Prices, warned the bank, would rise"): the noun
    right after the verb, not the clause's subject before it, which the parse gives the tag
    too (as a second subject, the speaker then read as a subject or an object)."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.head.i < verb.i or verb.i == 0:
        return None
    if doc[verb.i - 1].text != ",":
        return None
    before = [c for c in dependents(verb) if c.dep_ == "nsubj" and c.i < verb.i]
    after = [c for c in dependents(verb) if c.dep_ in {"nsubj", "dobj"} and c.i > verb.i]
    if not before or not after:
        return None
    end = after[0].right_edge.i + 1
    return after[0] if end < len(doc) and doc[end].text == "," else None


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
    if end == verb.i + 1 or last.pos_ != "PROPN" or last.ent_type_ not in AGENT_LABELS:
        return None
    return argument(doc[verb.i + 1 : end])


#: How many tokens an aside between a speaker's name and the verb may run.
_ASIDE_REACH = 30


def _name_set_off(verb: Token) -> Argument | None:
    """The speaker of a finite speech verb the parse left without a subject, when a name
    opens the clause before it, maybe with an aside set off by commas between: "Alarmed
    by the unrest, Senator Ana Ruiz, the minority leader, said that ..." (the parse hangs
    the name on the opening phrase), '"...," Texas delegate Tom Hale, wearing a cowboy
    hat, said'. The name must stand where a clause starts (the sentence's start, a comma,
    a colon or a quote mark before it, or the gerund of the opening phrase:
    :func:`_opening_gerund`): a name inside another phrase is no subject."""
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
    if last.pos_ != "PROPN" or last.ent_type_ not in AGENT_LABELS:
        return None
    start = at
    while start > sentence.start and (
        doc[start - 1].pos_ == "PROPN" or doc[start - 1].dep_ == "compound"
    ):
        start -= 1
    if start > sentence.start and not (
        doc[start - 1].text in {",", ":"}
        or doc[start - 1].is_quote
        or _opening_gerund(doc[start - 1], verb)
    ):
        return None
    return argument(doc[start : at + 1])


def _as_phrase_before(verb: Token) -> Argument | None:
    """The speaker of a closing "as X said" whose long subject the parse hung on "as" as a
    preposition, making the verb the sentence's root: "the bridge will close, as the chair of
    the board, a former engineer who led the review, said". The phrase after "as" must run up
    to the comma before the verb, and a comma must set the "as" off."""
    doc, sentence = verb.doc, sentence_of(verb)
    comma = verb.i - 1
    if comma <= sentence.start or doc[comma].text != ",":
        return None
    noun = doc[comma - 1]
    while noun.dep_ != "pobj" and noun.head.i != noun.i and noun.head.i < comma:
        noun = noun.head  # from the phrase's last word up to the noun "as" takes
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "as" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.left_edge.i != preposition.i + 1 or noun.right_edge.i != comma - 1:
        return None
    if preposition.i - 1 <= sentence.start or doc[preposition.i - 1].text != ",":
        return None
    return _speaker_argument(noun)


def _opening_gerund(gerund: Token, verb: Token) -> bool:
    """Whether a gerund ends the phrase that opens the verb's clause, so that a name right
    after it is the verb's subject the parse took for the gerund's object: "Under
    questioning Ana Ruiz, the deputy head, admitted that ..." (no comma after the phrase;
    with one, the parse reads the name as the subject)."""
    preposition = gerund.head
    return (
        gerund.tag_ == "VBG"
        and gerund.dep_ == "pcomp"
        and preposition.dep_ == "prep"
        and preposition.head.i == verb.i
        and preposition.i < gerund.i < verb.i
    )


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


@functools.cache
def title_words() -> frozenset[str]:
    """The one-word titles of an office one person holds: "ambassador", "minister",
    "mayor" (the titles of the name tables)."""
    return frozenset(w for w in name_tables()["titles"] if not w.startswith("_") and " " not in w)


#: Pronouns of people: "he was interviewed and said".
_PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def _may_speak(subject: Token) -> bool:
    """Whether a subject names someone who can speak: a person, a group or a place named
    by name, a personal pronoun, or a noun for an unnamed speaker ("officials")."""
    return (
        subject.ent_type_ in AGENT_LABELS
        or subject.lower_ in _PERSONAL_PRONOUNS
        or subject.lemma_.lower() in source_words()
    )


def _told_in(document: Token) -> Token | None:
    """The verb of speech a document is the medium of: "the mayor said in a statement that
    ...", "wrote in a letter that ...", "suggested in an interview that ..." (the parse may
    hang the clause on the document, but the one who speaks in it speaks); None for a
    document one is only found or named in ("was named in a report that ...")."""
    preposition = document.head
    if document.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ != "in":
        return None
    verb = preposition.head
    return verb if verb.pos_ in {"VERB", "AUX"} and is_verb_cue(verb) else None


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


def document_above(noun: Token) -> Token:
    """The document a relative clause speaks for when the parse hangs it on a noun inside
    the document's phrase: "a letter inside the drawer that said ..." is the
    letter's claim, not the drawer's. Any written work ("a story", "an article": a
    message in WordNet) holds the claim too when the noun is a thing that cannot speak
    (:func:`_mute`), also as the object of a gerund in the phrase: "a story about her
    eating pears which said ..." is the story's, not the pears'; "a story about the
    company which said ..." may be the company's, and stays its."""
    holder = _phrase_holder(noun)
    if holder is None or holder.pos_ != "NOUN":
        return noun
    if noun.head.head.pos_ in {"VERB", "AUX"}:
        # the phrase the parse hung on the verb: only a thing that cannot speak hands the
        # clause to the object before it ("found a note under the bread which said ...",
        # not "delivered a statement at a rally that will urge ...")
        if not _mute(noun):
            return noun
    document = holder.lemma_.lower() in DOCUMENT_NOUNS | CLAIM_NOUNS
    if document and noun.dep_ == "pobj":
        return holder
    senses = noun_classes(holder.lemma_.lower())
    written = document or (bool(senses) and senses[0] == NOUN_COMMUNICATION)
    return holder if written and _mute(noun) else noun


def _phrase_holder(noun: Token) -> Token | None:
    """The word whose prepositional phrase ``noun`` ends: the letter of "a letter inside
    the drawer" (also where the parse hangs the phrase on the verb whose object the letter
    is), the story of "a story about her eating pears" (through the gerund)."""
    if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" and noun.head.tag_ == "VBG":
        noun = noun.head  # "about her eating pears": the gerund heads the phrase
    elif noun.dep_ != "pobj":
        return None
    preposition = noun.head
    if preposition.dep_ != "prep":
        return None
    if preposition.head.pos_ in {"VERB", "AUX"}:
        # "found a note under the bread which said ...": the parse may hang the phrase on
        # the verb; it is the phrase of the object right before it
        return next(
            (
                obj
                for obj in dependents(preposition.head)
                if obj.dep_ == "dobj" and obj.right_edge.i + 1 == preposition.i
            ),
            None,
        )
    return preposition.head


#: WordNet's files of things that never speak: food, plants, parts of the body,
#: substances and natural objects (not made things: "a sign saying ...").
_MUTE_CLASSES = frozenset({NOUN_FOOD, NOUN_PLANT, NOUN_BODY, NOUN_SUBSTANCE, NOUN_OBJECT})


def _mute(noun: Token) -> bool:
    """Whether a common noun, by its first WordNet sense, names a thing that never speaks
    ("pears", "the fruit", "water"): :data:`_MUTE_CLASSES`."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    classes = noun_classes(noun.lemma_.lower())
    return bool(classes) and classes[0] in _MUTE_CLASSES


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
            or bool(detached_clause(own_end(verb), verb, sentence_of(verb)))
        )
    )


def author_speaking(document: Token) -> Argument | None:
    """The named author of a document, who speaks through it: "the ministry issued a
    statement", "a letter from the mayor", "the academy's release"; None when the text
    names none ("the statement", "Here is the letter")."""
    author = _author(document)
    return None if author is None else _speaker_argument(author)


def _author(document: Token) -> Token | None:
    """'a statement by the ministry', 'the ministry's report', 'a Defence Ministry
    statement', 'the ministry issued a statement': the author of a document."""
    owner = next((c for c in dependents(document) if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    named = _name_before_document(document)
    if named is not None:
        return named
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
            return passive_agent(issued)
    return None


def _name_before_document(document: Token) -> Token | None:
    """A name right before a document of its author's words or a report, which the parse
    makes its compound: "a Defence Ministry statement", "a Reuters report" (the ministry,
    Reuters). Not a word of kind or time ("a police report", "a 2015 report"), nor a name
    further off ("a Texas prison statement": the prison's), nor before another document
    ("FEC filings" are filed with the FEC, "the Sanders interview" is given by Sanders),
    nor inside a name ("the Washington Post" is a paper, not a post by Washington)."""
    if document.ent_type_ or document.lemma_.lower() not in _AUTHORED_NOUNS:
        return None
    for word in dependents(document):
        named = word.ent_type_ in _AUTHOR_LABELS
        if word.dep_ == "compound" and named and word.i == document.i - 1:
            return word
    return None


#: Entity labels of a name that writes a document: a body, a person, a country.
_AUTHOR_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
#: Documents a name before them wrote: its own words, or its report.
_AUTHORED_NOUNS = WORDING_NOUNS | {"report"}

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


def _count_of_share(number: Token) -> Token | None:
    """The count before a share's "in" when the parser makes the whole of the share its
    head: in "four in 10 who said", "10" heads both "four" and "in"; a share of a group is
    somebody ("four in 10"), its whole alone ("in 10") nobody."""
    if not number.like_num:
        return None
    children = list(dependents(number))
    if not any(c.dep_ == "quantmod" and c.lower_ in {"in", "out"} for c in children):
        return None
    return next((c for c in children if c.dep_ == "nummod" and c.i < number.i), None)


def _speaker_argument(token: Token) -> Argument | None:
    token = name_after_pronoun(_past_dateline(token))
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
    elif token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
        # A title written in capitals: "Acme Chief Executive, Ana Ruiz, said". Only a
        # person's name stands for it ("the Dock Union, DWU, said" is the union).
        named = [
            t for t in token.subtree if t.ent_type_ == "PERSON" and _closing_apposition(t, token)
        ]
        if named:
            token = named[-1]
    if token.pos_ == "PRON" and not phrase_names_whom(token):  # "some in the crowd said"
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
    count = _count_of_share(token)
    if count is not None:
        phrase = doc[count.i : phrase.end]  # "four in 10 who said": the share, not "in 10"
    one = phrase.start - 1
    if one >= 0 and doc[one].lower_ == "one" and doc[one].head == token:
        # "One senior source said": one of several, not the sources as a whole
        # (the noun phrase leaves numbers out for the figures).
        phrase = doc[one : phrase.end]
    if len(phrase) > 1 and phrase[-1].dep_ == "case":
        phrase = phrase[:-1]  # "the bank's assertion": the bank speaks, not "the bank's"
    when = next((c for c in dependents(token) if c.i > token.i and time_adjunct(c)), None)
    if when is not None and phrase.start < when.left_edge.i < phrase.end:
        phrase = doc[phrase.start : when.left_edge.i]  # "rumours last month that ...": rumours
    return argument(doc[phrase.start : _name_end(phrase)])


def name_after_pronoun(token: Token) -> Token:
    """The name set off by commas right after a pronoun that picks one of several:
    "Another, Brightwell, announced ...", "One, Ana Ruiz, said ..." (the parse hangs the name
    on the pronoun in apposition or as an adverbial noun); else the pronoun itself."""
    doc = token.doc
    picks = token.pos_ == "PRON" or token.lower_ == "one"
    if not picks or token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return token
    for child in dependents(token):
        last = child.right_edge.i
        if child.pos_ != "PROPN" or child.left_edge.i != token.i + 2 or last + 1 >= len(doc):
            continue
        name = doc[token.i + 2 : last + 1]
        if doc[last + 1].text == "," and all(t.pos_ == "PROPN" for t in name):
            return child
    return token


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
