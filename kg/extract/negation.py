"""Negation beyond "not": a subject that names no one ("nobody was hurt", "neither side"),
a denial ("denied that it had shelled", "denied reports that ..."), and a verb or a ban
noun that keeps someone from an act ("prevented the crowd from entering", "the ban on
selling alcohol", "forbid using state funds"), and an act passed over for another
("boarded up the windows instead of replacing the glass").

Read by :mod:`kg.extract.modality` (which decides the modality of the prevented or banned
act, as that calls back into the walk); :func:`names_no_one` is shared with
:mod:`kg.extract.actors`. Imports no other module of the modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.spans import (
    SUBJECT_DEPS,
    dependents,
    has_subject,
    infinitive,
    negates,
    not_only,
    opened_by_nor,
)
from kg.lang.en import (
    BAN_ENDING_VERBS,
    BAN_NOUNS,
    DENIED_CLAIM_NOUNS,
    EVIDENCE_NOUNS,
    EXCEPTING_WORDS,
    FORBIDDING_VERBS,
    INTENT_NOUNS,
    NEGATION_WORDS,
    NOBODY_WORDS,
    OPPOSING_VERBS,
    POSSIBILITY_NOUNS,
    PREVENTING_VERBS,
    PREVENTING_WITHOUT_FROM,
    REQUEST_NOUNS,
)
from kg.lang.wordnet import NOUN_POSSESSION, NOUN_QUANTITY, NOUN_TIME, noun_classes

__all__ = [
    "bans",
    "denied_claim",
    "denied_with",
    "denies",
    "forbids",
    "kept_from",
    "meant_by_none",
    "names_no_one",
    "names_none",
    "negative_subject",
    "no_business",
    "opposed",
    "passed_over_for",
    "prevented_without_from",
    "prevents",
    "unbacked",
]

#: The words before an act passed over for another: "instead of replacing it", "rather than
#: vote in person".
_ALTERNATIVE_MARKS = frozenset({("instead", "of"), ("rather", "than")})
_ALTERNATIVE_FIRST = frozenset(first for first, _ in _ALTERNATIVE_MARKS)


def negative_subject(verb: Token) -> bool:
    """ "neither Ruiz nor Ortiz was charged", "nobody was hurt"."""
    return any(names_no_one(c) for c in dependents(verb) if c.dep_ in SUBJECT_DEPS)


def denied_with(verb: Token) -> bool:
    """Whether ``verb`` is joined by "or" or "nor" to a denied verb whose auxiliary and
    denial it shares, having no subject or auxiliary of its own: "had not admitted it or
    named anyone", "will not sell the farm or lease it", "is not building a wall or
    digging a moat", "never paid the rent nor repaid the loan", "nobody was hurt or
    killed".

    Not after "and", which may join an act done ("are not backing any side and are giving
    each the same sum", "did not resign and left the party"), nor "but"; nor a verb
    with "instead" or "rather" ("will not sell it, or rather lease it")."""
    if verb.dep_ != "conj" or has_subject(verb):
        return False
    if any(
        c.dep_ in {"aux", "auxpass"} or c.lower_ in _ALTERNATIVE_FIRST for c in dependents(verb)
    ):
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.pos_ not in {"VERB", "AUX"} or not _denied(first):
        return False
    joints = {
        c.lower_
        for v in (first, *(c for c in dependents(first) if c.dep_ == "conj"))
        for c in dependents(v)
        if c.dep_ == "cc" and first.i < c.i < verb.i
    }
    return bool(joints) and joints <= {"or", "nor"} and _shares_form(first, verb)


def _denied(verb: Token) -> bool:
    """Whether a verb is denied by its own "not" or "never", an opening "nor", or a
    subject that names no one."""
    return (
        any(
            (negates(c) or (c.dep_ == "advmod" and c.lower_ in NEGATION_WORDS)) and not not_only(c)
            for c in dependents(verb)
        )
        or opened_by_nor(verb)
        or negative_subject(verb)
    )


def _shares_form(first: Token, joined: Token) -> bool:
    """Whether ``joined`` has the form the auxiliaries of ``first`` give it: a bare verb
    after "do", "to" or a modal, a gerund after a progressive "be", a participle after
    "have" or a passive, or the tense of a ``first`` with no auxiliary ("never hired staff
    or opened offices"). The tagger takes a past for a participle now and then."""
    pasts = {first.tag_, joined.tag_} <= {"VBD", "VBN"}
    if not any(c.dep_ in {"aux", "auxpass"} for c in dependents(first)):
        return joined.tag_ == first.tag_ or pasts
    if first.tag_ in {"VB", "VBG"}:
        return joined.tag_ == first.tag_
    return first.tag_ == "VBN" and pasts


def names_no_one(noun: Token) -> bool:
    """Whether a noun phrase names no one: "nobody", "no group", "neither side", "neither
    Ruiz nor Ortiz" (:data:`~kg.lang.en.NOBODY_WORDS`)."""
    return noun.lower_ in NOBODY_WORDS or any(
        c.dep_ in {"preconj", "det"} and c.lower_ in {"neither", "no"} for c in dependents(noun)
    )


def names_none(noun: Token) -> bool:
    """Whether an object or an event noun names none of its kind, as :func:`names_no_one`
    reads a subject: "gave no reason", "took nothing", "made no arrests", "reported no
    deaths"; not a bound on an amount ("ran no more than $3,300", where "no" is the
    number's) nor an exception ("beat nothing but club fighters", "nothing short of a
    miracle", "wants nothing more than peace": :data:`~kg.lang.en.EXCEPTING_WORDS`) nor a
    label inside a phrase that opens with another word ("a simple Yes/No vote"; an adverb
    may come first: "showed absolutely no signs")."""
    if not names_no_one(noun):
        return False
    first = next((c for c in dependents(noun) if c.lower_ in {"no", "neither"}), noun)
    if any(t.dep_ != "advmod" for t in noun.doc[noun.left_edge.i : first.i]):
        return False
    after = noun.right_edge.i + 1  # the parse may hang "but" on the verb
    if after < len(noun.doc) and noun.doc[after].lower_ in EXCEPTING_WORDS:
        return False
    return not any(
        c.lower_ in EXCEPTING_WORDS or c.tag_ in {"JJR", "RBR"} for c in dependents(noun)
    )


#: Nouns whose infinitive or "of" names the act they are of: "plans to recall the cards",
#: "no intention of selling", "a chance to vote".
_ACT_NOUNS = INTENT_NOUNS | POSSIBILITY_NOUNS | REQUEST_NOUNS


def meant_by_none(verb: Token) -> bool:
    """Whether ``verb`` is the act of an intent, request or possibility noun that names
    none ("has no plans to recall the cards", "had no intention of selling", "got no chance
    to vote"): the act keeps the noun's modality (intended, possible) and is negated, as
    after "does not plan to". So is the act one "has no business" doing (:func:`no_business`),
    which should not be done."""
    noun = verb.head
    if verb.dep_ == "acl" and no_business(noun):
        having = noun.head  # "nobody has any business", "does not have any business"
        return (
            names_none(noun)
            or negative_subject(having)
            or any(negates(c) for c in dependents(having))
        )
    if verb.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head
    elif verb.dep_ not in {"acl", "relcl"} or not infinitive(verb):
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _ACT_NOUNS and names_none(noun)


#: The determiners of "has no business doing it", "does he have any business doing it".
_NO_BUSINESS_DETERMINERS = frozenset({"no", "any"})


def no_business(noun: Token) -> bool:
    """Whether ``noun`` is the "business" of "has no business running the port" ("any
    business" after a negation or in a question): an idiom that says the one who has it
    should not do the act, its gerund or infinitive; it names no firm, which does nothing."""
    return (
        noun.lemma_.lower() == "business"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() == "have"
        and any(c.dep_ == "det" and c.lower_ in _NO_BUSINESS_DETERMINERS for c in dependents(noun))
        and any(c.dep_ == "acl" and c.pos_ in {"VERB", "AUX"} for c in dependents(noun))
    )


def denies(node: Token, dep: str, start: Token) -> bool:
    """Whether the walk reached "deny" from the clause it denies ("denied that it had
    shelled"), or from the deed it denies as a gerund ("denied killing the officer",
    "denies having taken bribes"); or, with a parse that hangs the clause on the verb, from
    a claim noun ("denied reports that troops had looted")."""
    if dep in {"ccomp", "xcomp"} or (dep == "dobj" and node.tag_ == "VBG" and node.pos_ == "VERB"):
        return True  # the gerund the parse hangs as an object too: "denied shooting at them"
    return dep == "dobj" and node.i != start.i and node.lower_ in DENIED_CLAIM_NOUNS


def denied_claim(noun: Token) -> bool:
    """ "denied reports that ...", "denies the claim that ...": a claim noun a denial,
    not itself negated, takes as object."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.lower_ in DENIED_CLAIM_NOUNS
        and verb.lemma_.lower() == "deny"
        and not any(negates(c) for c in dependents(verb))
    )


def unbacked(noun: Token) -> bool:
    """Whether an evidence noun (:data:`~kg.lang.en.EVIDENCE_NOUNS`) says there is none, or
    little: "no evidence that he took bribes", "little sign that the plan worked", "did not
    find any proof that ...", "without evidence that ...". What its clause tells is a claim
    nothing backs, not a fact."""
    if noun.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    words = {c.lower_ for c in dependents(noun) if c.dep_ in {"det", "amod"}}
    if words & {"no", "little", "scant"} or noun.head.lower_ == "without":
        return True
    return "any" in words and any(negates(c) for c in dependents(noun.head))


def prevents(verb: Token) -> bool:
    """ "prevented the crowd from entering", "barred from leaving", "saved the dogs from
    being put down": a verb that keeps someone from the act after "from". Not "save" when
    what is saved is money, time or an amount: "saved money from selling the car", "the
    hours saved from skipping the meeting" are gained by the act, which was done."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in PREVENTING_VERBS:
        return False
    return lemma != "save" or not _saves_an_amount(verb)


#: WordNet's kinds of noun that "save" gains rather than shields: money, amounts, time.
_AMOUNT_CLASSES = frozenset({NOUN_POSSESSION, NOUN_QUANTITY, NOUN_TIME})


def _saves_an_amount(verb: Token) -> bool:
    """Whether what ``verb`` ("save") saves is money, time or an amount ("money", "$5
    million", "thousands", "hours"), as the noun's two most frequent WordNet senses have
    it; the object, the passive subject, or the noun a relative clause hangs on ("the
    money that was saved from ...", "the hours saved from ..."). With none of them, "save"
    is putting money by ("saved up from working two jobs", "saved for years from renting
    out the flat"): no one is shielded from the act, which was done."""
    saved = next((c for c in dependents(verb) if c.dep_ in {"dobj", "nsubjpass"}), None)
    if verb.dep_ in {"relcl", "acl"} and (saved is None or saved.tag_ in {"WDT", "WP"}):
        saved = verb.head
    if saved is None:
        return True
    if saved.like_num or saved.tag_ == "$" or saved.ent_type_ in {"MONEY", "QUANTITY", "TIME"}:
        return True
    return bool(set(noun_classes(saved.lemma_.lower())[:2]) & _AMOUNT_CLASSES)


def kept_from(preposition: Token) -> Token | None:
    """The preventing verb that a "from" before an act keeps someone from it by: the verb
    the parser hangs "from" on ("prevented the crowd from entering") or whose object it
    hangs it on ("bans [councils from charging]")."""
    if preposition.lower_ != "from":
        return None
    preposition = _first_from(preposition)
    holder = preposition.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    return verb if prevents(verb) else None


def _first_from(preposition: Token) -> Token:
    """The first "from" of a row of them joined by "or" or "and" ("stops the firm from
    hiring staff or from opening a shop": the parse hangs the second "from" on the first
    one, or on its act): the one the preventing verb governs. Each step goes to a token
    before the last, so the walk ends."""
    while preposition.dep_ == "conj" and preposition.head.i < preposition.i:
        first = preposition.head
        if first.dep_ == "pcomp":
            first = first.head  # the second "from" on the first one's act
        if first.lower_ != "from" or first.i >= preposition.i:
            break
        preposition = first
    return preposition


def prevented_without_from(gerund: Token) -> Token | None:
    """The preventing verb of an act kept from happening with no "from" before it: "new
    rules prevent groups meeting indoors" (the gerund on the verb's object), "the law stops
    doctors speaking about patients" (a clause whose subject comes right after the verb:
    not "stopped the bout when the boxer was offering no reply"). Not "stop" with the
    gerund on its object ("police stopped a man carrying a knife": he carried it), nor a
    gerund before its noun or set off by a comma. The object may be a group "of" its doers
    ("prevent groups of six people meeting"), the gerund a passive ("prevent the report
    being discussed")."""
    if not _gerund(gerund) or gerund.i == 0 or gerund.doc[gerund.i - 1].is_punct:
        return None
    head = gerund.head
    if gerund.dep_ in {"ccomp", "advcl"} and has_subject(gerund) and head.i < gerund.i:
        subject = next(c for c in dependents(gerund) if c.dep_ in SUBJECT_DEPS)
        if subject.left_edge.i != head.i + 1:
            return None
        verb = head
    elif gerund.dep_ == "acl" and head.i < gerund.i:
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
            head = head.head.head  # "groups of six people": the group is the object
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() != "prevent":
            return None
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PREVENTING_WITHOUT_FROM:
        return None
    return verb


def _gerund(verb: Token) -> bool:
    """ "meeting", or a passive "being discussed"."""
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in dependents(verb)
    )


def forbids(gerund: Token, dep: str, verb: Token) -> bool:
    """ "the rules forbid using state funds", "the law prohibits selling alcohol": a verb of
    forbidding with the act as its gerund object keeps it from happening, as a ban does."""
    return (
        dep in {"xcomp", "dobj"}
        and gerund.tag_ == "VBG"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in FORBIDDING_VERBS
    )


def bans(noun: Token) -> bool:
    """ "the ban on selling alcohol", "a moratorium on drilling": a ban noun, not one undone
    or broken ("lifted the ban on", "defied the ban on": the act may happen, or did)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in BAN_NOUNS:
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in BAN_ENDING_VERBS)


def passed_over_for(verb: Token) -> Token | None:
    """The verb whose act was done instead of this one: "boarded up the windows instead of
    replacing the glass", "Rather than focus on crime, he went after ...", "tied it to
    protests rather than labeling it terrorism" (boarded, went, tied). Only a verb whose
    clause the two words open; a noun after them ("a protest rather than an attack") names
    a reading, not an act passed over, and a clause with a subject of its own is left
    alone."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"aux", "auxpass"}:
        return None
    first = verb.left_edge.i
    doc = verb.doc
    if doc[first].lower_ not in _ALTERNATIVE_FIRST and (
        first < 2 or doc[first - 2].lower_ not in _ALTERNATIVE_FIRST
    ):
        return None  # most verbs: settled before the pairs of words below are read
    # The two words hang on the verb ("Rather than focus on crime, ...") or stand just before
    # its clause ("instead of replacing the glass").
    opening = {tuple(t.lower_ for t in verb.doc[first : first + 2])}
    if first >= 2:
        opening.add(tuple(t.lower_ for t in verb.doc[first - 2 : first]))
    if not opening & _ALTERNATIVE_MARKS or has_subject(verb):
        return None
    governor = verb.head
    while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
        governor = governor.head
    return governor if governor.pos_ in {"VERB", "AUX"} and governor.i != verb.i else None


def opposed(node: Token, dep: str, head: Token) -> bool:
    """Whether ``node`` is the gerund of an act argued against: "opposed raising the wage",
    "rejected cutting the budget", "objected to paying", "voted against building it",
    "warned against using it". Such an act is proposed and resisted, not told as done, nor
    as not done (the vote may be lost). A passive gerund may come after what it is done
    to, which the parse makes the object of "against": "lobbied against cheap steel being
    allowed in" (not an active one: "sailed against the wind blowing from the north")."""
    if dep == "acl" and head.dep_ == "pobj" and head.head.lower_ == "against":
        return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in dependents(node))
    if node.tag_ != "VBG":
        return False
    if dep in {"xcomp", "dobj"}:
        return head.lemma_.lower() in OPPOSING_VERBS
    if dep == "pcomp" and head.lower_ == "against":
        return True
    return dep == "pcomp" and head.lower_ == "to" and head.head.lemma_.lower() == "object"
