"""Requests that are no request verb: an imperative ("Stay indoors."), "let's" proposing
to the speaker's side, and a that-clause in the subjunctive ("demanded that Russia
withdraw"); the clause a verb of wishing takes (:func:`wished`: "hopes that the council
approves it"); and whether a request verb names whom it asks (:func:`addressed`).

Read by :mod:`kg.extract.modality`; :func:`is_imperative` also by
:mod:`kg.extract.conditions` (an order and what follows if it is obeyed), and with
:func:`asked_to_do` and :func:`subjunctive` by :mod:`kg.extract.non_events` (what one is
asked to wear is an act). The request verbs themselves ("urged ... to") are read in
:mod:`kg.extract.modality`, as they call back into the walk. Uses only
:mod:`kg.extract.clause_words` and, for whether a person or a body suggests,
:func:`kg.extract.judged_acts.person_or_group`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_words import AUX_MODALITY, REPORTING, in_quote, subordinators
from kg.extract.judged_acts import person_or_group
from kg.extract.spans import dependents, has_subject, infinitive, sentence_of
from kg.lang.en import (
    HELD_VIEW_VERBS,
    INTENT_VERBS,
    MANDATIVE_NOUNS,
    QUESTION_OPENERS,
    REQUEST_VERBS,
    WISHING_VERBS,
)

__all__ = [
    "addressed",
    "asked_to_do",
    "is_imperative",
    "mandative_noun",
    "proposes",
    "subjunctive",
    "wished",
]


def is_imperative(verb: Token) -> bool:
    """ "Stay indoors.", "Do not leave": a base form with no subject, opening its clause;
    also one that opens a quote its speaker's verb follows ('"Stay indoors," he said')."""
    if verb.tag_ != "VB" or verb.dep_ not in {"ROOT", "conj", "ccomp", "advcl"}:
        return False
    if verb.dep_ == "conj":
        return is_imperative(verb.head)
    # '"Fight them," he urged the crowd': the parse may hang the quote as a clause of
    # its tag, a reporting or a request verb.
    if verb.dep_ in {"ccomp", "advcl"} and not (
        (
            verb.head.lemma_.lower() in REPORTING | REQUEST_VERBS
            and verb.head.i > verb.i
            and _opens_quote(verb)
        )
        or _before_colon(verb)
    ):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in dependents(verb)):
        return False
    if any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ not in {"do", "don't"} for c in dependents(verb)
    ):
        return False
    first = next(
        (t for t in sentence_of(verb) if not t.is_punct and not t.is_space and not t.is_quote), None
    )
    # The verb opens the clause, or follows only "do not", "please", "just".
    opening = [t for t in sentence_of(verb) if t.i < verb.i and not t.is_punct and not t.is_quote]
    return first is not None and all(
        t.lower_ in {"do", "not", "n't", "please", "just", "never", "now", "then", "so"}
        for t in opening
    )


def proposes(let: Token, clause: Token) -> bool:
    """ "Let's talk about the budget", "but let's not forget": "let's" proposes the clause
    whose subject its "'s" is to the speaker's own side (not a clause the parse hangs on
    "let" with a subject of its own: '"Let's go," he tells them')."""
    us = let.i + 1
    return (
        let.lemma_.lower() == "let"
        and us < len(let.doc)
        and let.doc[us].lower_ in {"'s", "\u2019s"}
        and any(c.dep_ == "nsubj" and c.i == us for c in dependents(clause))
    )


def _before_colon(verb: Token) -> bool:
    """Whether the verb's clause ends at a colon and the parse hangs it on the clause the
    colon opens: "Read this: the mayor closed the schools" ("Read" an instruction to the
    reader, not a clause of "closed")."""
    if verb.lemma_.lower() == "let":
        return False  # "Let me put it plainly:": the speaker does it as they speak
    return verb.head.i > verb.i and any(t.text == ":" for t in verb.doc[verb.i + 1 : verb.head.i])


def _opens_quote(verb: Token) -> bool:
    """Whether the verb's clause starts right after an opening quote mark."""
    first = verb.left_edge
    while first.is_punct and first.i < verb.i and not first.is_quote:
        first = first.doc[first.i + 1]
    if first.is_quote and first.i < verb.i:
        return True
    return first.i > 0 and first.doc[first.i - 1].is_quote


def addressed(verb: Token) -> bool:
    """Whether a request verb names whom it asks: "urged the army", "called on the army"
    ("called the shop" is a phone call)."""
    on = any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in dependents(verb))
    if verb.lemma_.lower() == "call":
        return on
    return on or any(c.dep_ == "dobj" for c in dependents(verb))


def asked_to_do(verb: Token) -> bool:
    """Whether a verb is the act a verb of asking or proposing puts forward, as its gerund
    or infinitive: "doctors recommend wearing masks", "ordered residents to wear masks",
    "passengers were told to wear them"."""
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ in {"VB", "VBG"}
        and verb.head.pos_ == "VERB"
        and verb.head.lemma_.lower() in _DEMANDING_VERBS
    )


def wished(clause: Token, verb: Token) -> bool:
    """ "She hopes that the council approves the plan", "wants the old mill demolished",
    "prays the rain stops": the finite clause a verb of wishing takes after it is wished
    for, not told as done. Not an infinitive ("wants the council to approve it" is read
    as any infinitive is), nor a clause with a modal of its own ("hoped the talks would
    succeed": its "would" says it; what stands under it, "hope he will tone down his
    attacks", keeps its own reading); not what the wish is for ("they want what you are
    selling": sold all the same), nor a clause the parse hangs on a verb of a quote from
    outside it ('"I want you to know," she told him') or with a subordinator other than
    "that" ('"I want you to know," she said as the crowd cheered')."""
    return (
        clause.dep_ == "ccomp"
        and verb.pos_ in {"VERB", "AUX"}
        and verb.lemma_.lower() in WISHING_VERBS
        and clause.i > verb.i
        and not infinitive(clause)
        and subordinators(clause) <= {"that"}
        and not any(c.dep_ == "aux" and c.lower_ in AUX_MODALITY for c in dependents(clause))
        and not _wished_thing(clause)
        and (in_quote(clause) or not in_quote(verb))
    )


def _wished_thing(clause: Token) -> bool:
    """Whether a wh-word of the clause's own opens it: "want what you are producing",
    "how they want it" (a thing or a way, told), not "hope that what is here stays"."""
    return any(
        c.i < clause.i and c.dep_ != "mark" and c.lower_ in QUESTION_OPENERS
        for c in dependents(clause)
    )


def subjunctive(verb: Token) -> bool:
    """ "demanded that Russia withdraw", "insisted that he be freed", "the request that the
    boy be returned": a bare base form with its subject, in a that-clause. The tagger often
    reads the bare form as a present ("require that the company achieve ..." as VBP); with
    a singular noun for subject a present would end in -s, so it is the base form all the
    same."""
    if _base_read_as_past(verb):
        return True
    passive = verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in dependents(verb)
    )  # "insisted that the boy be returned": the base form is the auxiliary's
    if (verb.tag_ not in {"VB", "VBP"} and not passive) or not has_subject(verb):
        return False
    if verb.tag_ == "VBP" and not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in dependents(verb)
    ):
        return False  # "saw the index lose 4%": a bare infinitive of perception, no request
    if verb.tag_ == "VBP" and not _demanding(verb.head):
        # "said that the government want a deal": British news gives a body's noun a
        # plural verb; only a verb that demands makes the bare form a request.
        return False
    if any(c.dep_ == "aux" for c in dependents(verb)):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in dependents(verb)) or (
        verb.lemma_ != "be"
        and any(c.dep_ == "nsubj" and _bare_for(c, verb) for c in dependents(verb))
    )


def _base_read_as_past(verb: Token) -> bool:
    """ "demanded that the company cut the hours", "recommends that users set a password":
    a verb whose past is its base form ("cut", "set", "let", "shut"), which the tagger
    reads as a past. In the that-clause of a verb that only demands a past has no place,
    so it is the base form asked for; not after "insist" or "suggest", whose clause may
    tell what was done ("insisted that he cut the wire": he did, he says)."""
    return (
        verb.tag_ == "VBD"
        and verb.lower_ == verb.lemma_.lower()
        and has_subject(verb)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(verb))
        and not any(c.dep_ in {"aux", "auxpass"} for c in dependents(verb))
        and _demanding(verb.head, only=True)
    )


def _bare_for(subject: Token, verb: Token) -> bool:
    """Whether the verb, without its -s, is a base form for this subject: after a singular
    noun or "he", "she", "it" a present would end in -s ("demanded that he resign"); after
    any other subject ("demanded that the workers return", "that they leave") only a verb
    whose that-clause is always a request makes it one, not a verb that may also claim
    ("insists that they know nothing", "polls suggest that voters want change"). After a
    verb whose that-clause is always a request, two coordinated nouns or a share take the
    base form too ("demanded that the mayor and the council resign")."""
    if _demanding(verb.head, only=True):
        return True
    if subject.lower_ not in {"he", "she", "it"} and _how_things_stand(verb):
        # "insisted that the staff work too many hours": a body's noun may take a plural
        # verb, and what still holds keeps its present after a past "insisted".
        return False
    if subject.tag_ in {"NN", "NNP"}:
        return not (verb.tag_ == "VBP" and _plural_in_sense(subject)) or _course_put(verb)
    return subject.lower_ in {"he", "she", "it"} or _course_put(verb)


def _course_put(clause: Token) -> bool:
    """Whether a bare verb after "suggest" or "insist" (which may also claim) is a course
    put forward whatever its subject: "she suggested that they meet on Friday", "the mayor
    insisted that the owners pay for the damage", "I suggest that we wait". A claim told in
    the past puts its present into the past ("suggested that they were tired"), so a present
    left standing after a past suggesting is asked for; so is a present after "I" or "we"
    suggesting in the present. Only when a person or a body suggests (not "the data
    suggested that women receive less": a finding, whose present may hold still) and the
    clause tells an act, not a state or a view ("insisted that they know nothing", "suggested
    that they want a deal": claims)."""
    suggesting = clause.head
    if suggesting.lemma_.lower() not in _COURSE_VERBS or suggesting.pos_ != "VERB":
        return False
    if clause.lemma_.lower() in HELD_VIEW_VERBS | WISHING_VERBS | INTENT_VERBS | {"have"}:
        return False
    subject = next((c for c in dependents(suggesting) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in {"i", "we"} and suggesting.tag_ in {"VBP", "VB"}:
        return True
    return (
        suggesting.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in dependents(suggesting))
        and subject.lower_ not in {"it", "this", "that"}
        and person_or_group(subject)
    )


def _how_things_stand(clause: Token) -> bool:
    """Whether a present tells how things stand, a claim that may keep its present after a
    past "insisted" because it still holds: a measure judged too great or too small ("insisted
    that the workers earn too little", "that prices rise too fast"), or a state said to hold
    still or already ("suggested that the drivers still owe money", "that the tenants already
    pay more"), or a comparison with other people (:func:`_compared_with_others`). No one
    asks that a thing be too much, or that it still be so. Read on the clause's own words,
    not on a clause below it ("insisted that they leave before it is too late" is asked
    for)."""
    return _compared_with_others(clause) or any(
        word.lower_ in _STANDING_ADVERBS and _in_own_clause(word, clause)
        for word in clause.subtree
        if word.i > clause.i or word.dep_ == "advmod"
    )


def _compared_with_others(clause: Token) -> bool:
    """Whether the clause measures its subject against other people: "suggested that men
    earn more than women", "insisted that nurses work longer hours than doctors do". How
    one group stands against another is a claim; a course put forward is not set against
    what others do. Only a "than" of the clause's own words followed by people or by a
    clause with its own subject ("than at work" is a course: "suggested that they spend
    more time at home than at work"), and not of the speaker's own side or the one spoken
    to ("I suggest that we pay more than our rivals": a course)."""
    if any(c.dep_ == "nsubj" and c.lower_ in {"i", "we", "you"} for c in dependents(clause)):
        return False
    for word in clause.subtree:
        if word.lower_ != "than" or word.i < clause.i:
            continue
        if word.dep_ == "mark":
            compared = word.head  # "than doctors do": the clause "than" opens
            if has_subject(compared) and _in_own_clause(compared.head, clause):
                return True
        elif _in_own_clause(word, clause) and any(
            after.dep_ == "pobj" and person_or_group(after) for after in dependents(word)
        ):
            return True  # "more than women"
    return False


def _in_own_clause(word: Token, clause: Token) -> bool:
    """Whether the word belongs to the clause itself, not to a clause inside it."""
    while word.i != clause.i:
        if word.pos_ in {"VERB", "AUX"} and word.dep_ not in {"aux", "auxpass"}:
            return False
        word = word.head
    return True


def mandative_noun(clause: Token) -> bool:
    """Whether a that-clause in the subjunctive is what a noun of request asks for: "the
    request that the boy be returned", "his demand that the plant close"; not a noun's
    clause that says what is claimed ("the suggestion that they were paid")."""
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in MANDATIVE_NOUNS
        and "that" in subordinators(clause)
        and subjunctive(clause)
    )


def _demanding(word: Token, *, only: bool = False) -> bool:
    """Whether a verb (or a noun of request) asks for what its that-clause says; ``only``:
    whatever the clause's subject, as :data:`_ONLY_DEMANDING_VERBS` and the request nouns
    but those that may also claim (:data:`_CLAIMING_NOUNS`)."""
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        return lemma in MANDATIVE_NOUNS and not (only and lemma in _CLAIMING_NOUNS)
    return lemma in (_ONLY_DEMANDING_VERBS if only else _DEMANDING_VERBS)


#: Singular nouns that count a plural: "68 percent of voters believe ...".
_PARTITIVE_NOUNS = frozenset(
    "percent cent majority minority half third quarter number rest".split()
)


def _plural_in_sense(subject: Token) -> bool:
    """Whether a singular-tagged subject takes a plural verb, so a bare verb after it may
    be a present: two names ("Ruiz and Ortiz agree that ...") or a share ("68 per cent of
    Greeks believe ...")."""
    return subject.lemma_.lower() in _PARTITIVE_NOUNS or any(
        d.dep_ in {"conj", "nummod"} for d in dependents(subject)
    )


#: Verbs whose that-clause asks for what it says ("require that the city hold a vote",
#: "insisted that the council act", "suggested that he resign"): after them a bare form read
#: as a present is asked for.
_DEMANDING_VERBS = REQUEST_VERBS | frozenset(
    {"insist", "propose", "mandate", "stipulate", "suggest"}
)
#: Verbs whose that-clause is a request whatever its subject ("ordered that the troops
#: withdraw"), unlike "insist", "tell", "warn" or "advise", whose that-clause may tell a fact.
_ONLY_DEMANDING_VERBS = frozenset(
    "ask command demand direct mandate order petition propose recommend request require "
    "stipulate urge".split()
)
#: Nouns of request whose that-clause may also tell a claim ("the suggestion that they knew",
#: "his plea that they acted in self-defence"): a subjunctive after them needs a subject a
#: present would not fit, as after "insist".
_CLAIMING_NOUNS = frozenset({"appeal", "call", "insistence", "plea", "suggestion"})
#: Adverbs after which a present after "insist" or "suggest" tells how things stand, not a
#: course asked for: a degree judged ("too little") or a state that holds still or already.
_STANDING_ADVERBS = frozenset({"too", "still", "already"})
#: Verbs whose that-clause may claim or put a course forward: a bare verb with a plural
#: subject after them is a course put forward only as :func:`_course_put` reads it.
_COURSE_VERBS = frozenset({"insist", "suggest"})
