"""What a bare number counts when its own words do not say: read from its context.

:func:`implied_unit` is the last step of :func:`kg.extract.figures.figures`, after every
figure has been read on its own (:mod:`kg.extract.figure_reading`): "the 14 killed" and "6 of
the injured" count people, "a death toll of 6" deaths, "deaths rose to 30" deaths, "three of
them" the plural noun before, "(12 K)" the noun before the bracket, and "killed 31 guards and
injured another 9" what the figure before counts, in the sentence or, for a count of
things, in the two sentences before.

The functions here only read the Doc; nothing is written to it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc, Token

from kg.extract.figure_reading import figure_span, read_figures
from kg.extract.spans import SUBJECT_DEPS, dependents, sentence_of
from kg.extract.units import MODIFIER_DEPS, NOT_CARRIED, VALUE_CLASSES, count_per, value_holder
from kg.extract.written_numbers import scale_shared, unit_name
from kg.lang.en import (
    CHANGE_VERBS,
    COUNT_HOLDERS,
    ELLIPSIS_NOUNS,
    MEASURE_VERBS,
    MEASURES,
    MONEY_VERBS,
    PARENT_WORDS,
    PEOPLE_BODIES,
    PEOPLE_PARTICIPLES,
    PEOPLE_VERBS,
    RATE_ADJECTIVES,
    REPORTING_VERBS,
    TIME_UNITS,
    VALUE_HOLDERS,
    VALUE_MOVE_VERBS,
    VOTE_RESULT_NOUNS,
)
from kg.lang.wordnet import NOUN_PERSON, NOUN_POSSESSION, noun_classes
from kg.model import Figure

__all__ = [
    "changed_from",
    "opened_clause",
    "compared_rate",
    "implied_unit",
    "sized_body",
]


# Dependencies by which a bare number stands for a noun phrase: "injured another 15",
# "killing the three", "Of those, 14 have appeared", "Two of the 12".
_ELLIPSIS_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
# Verbs whose plural subject a bare number after them counts: "deaths rose to 30".
_COUNT_CHANGE_VERBS = CHANGE_VERBS | VALUE_MOVE_VERBS | MEASURE_VERBS | {"average", "hit"}
# Of those, the verbs whose object is the subject's own count ("arrests topped 40"); a verb
# of change with an object makes the subject its doer ("employers added 235,000").
_COUNT_REACHING_VERBS = MEASURE_VERBS | {"average", "hit"}


def implied_unit(doc: Doc, figure: Figure, earlier: list[Figure], *, durations: bool) -> str | None:
    """What a figure with no counted noun of its own counts, read from its context.

    "the 14 killed" and "6 of the injured" count people; "a death toll of 6" deaths;
    "killed 31 guards and injured another 9" and "killing four people and injuring
    120 others" count what the figure before them counts, in the sentence or, for a
    count of things, in the two sentences before ("Two gunmen tried ... killing
    the two").
    """
    root = figure_span(figure, doc).root
    if root.dep_ == "quantmod" and root.head.like_num:
        root = root.head  # "rose from 10 to 25": the first value hangs on the second
    if figure.unit is None:
        if _people_participle(root) or _dying_subject(doc, figure):
            return "person"
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            unit = _of_holder_unit(root)
            if unit is not None:
                return unit  # "a father of three", "a team of 15", "by a vote of 90"
        holder = _count_holder(root)
        if holder is not None:
            unit = COUNT_HOLDERS[holder.lemma_.lower()]
            for child in dependents(holder):
                if child.dep_ == "compound" and child.pos_ == "NOUN" and unit != "person":
                    return unit_name(child)  # "a death toll", "a vote tally"
            if unit is not None:
                return unit
            of_unit = _of_noun(holder)
            if of_unit is not None:
                return of_unit  # "the number of refugees rose to 100,000"
        subject = _changing_subject(root) or _changed_things(root)
        if subject is not None:
            # "deaths rose to 30"; "admissions averaged 12 a day" is a rate
            return count_per(doc, root.i + 1, sentence_of(root).end, unit_name(subject))[0]
    bracketed = _bracketed(doc, figure)
    if bracketed is not None:
        counted = _noun_before(doc, bracketed)
        if counted is not None:
            return unit_name(counted)  # "Orvan migrants housed (12 K)", "Republicans (52)"
    elif root.dep_ not in _ELLIPSIS_DEPS:
        return None
    if figure.value == 0 or figure.text[:1] in "+-\u2212":
        return None  # "near zero", odds of "+1000"
    if not doc.has_annotation("SENT_START"):
        return None  # no sentences to look back through (a doc that was never parsed)
    sentence = sentence_of(root)
    # A measure, a length of time or a percentage carries over only into a change or a
    # range ("to 15,000 feet from 37,000"); a count carries over anywhere in the sentence.
    # A comparison is such a change too: "reached 44,947 megawatts, lower than the 46,797".
    changes = root.dep_ == "conj" or (
        root.dep_ == "pobj" and root.head.lower_ in ("from", "to", "than")
    )
    for previous in reversed(earlier):
        if previous.start < sentence.start_char:
            break
        unit = previous.unit
        if unit is None or unit in ELLIPSIS_NOUNS or previous.share:
            continue
        if _not_carried(unit) and not changes:
            continue
        if unit in MEASURES and figure_span(previous, doc).root.dep_ in MODIFIER_DEPS:
            continue  # "a 300-mile canal, plus millions more": a size describes, it counts nothing
        if unit in TIME_UNITS and _time_frame(figure_span(previous, doc).root):
            continue  # "over the last three weeks to 16.8 million": a time frame, not the count
        if _of_whom(root) and noun_classes(unit)[:1] != (NOUN_PERSON,):
            return "person"  # "a caseload of 162,000, of whom 7,844 have died": not cases
        return unit
    if value_holder(root):
        return None  # "the 60,000 projection": what it counts is too far back to tell
    them = _plural_before(root)
    if them is not None:
        return them
    if not _anaphoric(root):
        # "killing 42" after a sentence about nations: no word points back.
        return _people(root, figure)
    start = sentence.start
    for _ in range(2):
        if start == 0:
            break
        before = sentence_of(doc[start - 1])
        for previous in reversed(list(read_figures(before, durations=durations))):
            unit = previous.unit
            if unit is not None and not _not_carried(unit) and unit not in ELLIPSIS_NOUNS:
                if not previous.share:
                    return unit
        start = before.start
    # No count before to carry: "of them" points back to the last plural noun.
    return _plural_before(root, sentence_before=True) or _people(root, figure)


def changed_from(doc: Doc, figure: Figure, following: Figure) -> Figure | None:
    """The first value of a change with what only the second says: its unit ("rose from 3.9
    to 5.8 per cent", "increased from 84 to 108 per 100,000", "climbed from 40 to 55
    dollars") and its scale ("grew from 1.5 to 2 billion dollars": 1.5 billion, by
    :func:`~kg.extract.written_numbers.scale_shared`). English writes them once, after the
    value the change reached. ``None`` when the two are no "from ... to ..." pair."""
    span, second = figure_span(figure, doc), figure_span(following, doc)
    if span.start == 0 or doc[span.start - 1].lower_ != "from" or following.share:
        return None
    if second.start != span.end + 1 or doc[span.end].lower_ != "to":
        return None
    first, then = range(span.start, span.end), range(second.start, second.end)
    value = scale_shared(doc, figure.value, first, following.value, then)
    return replace(figure, unit=following.unit, value=value)


#: Prepositions that set one value against another: "up from $80", "far above the typical
#: costs of $100", "lower than $40", "compared with $900".
_COMPARING = frozenset({"from", "than", "above", "below", "against", "versus"})


def compared_rate(doc: Doc, figure: Figure, earlier: list[Figure]) -> str | None:
    """The rate a sum of money takes over from the rate it is compared with in its sentence:
    "$90 a barrel, up from $80" (dollars a barrel), "thousands of dollars per megawatt-hour,
    far above the typical costs of under $100". English writes a rate's base once; a sum
    joined by "and" keeps its own reading ("$5 per share to investors and $2 million to
    charity"), as does one compared after a rate that restates a total ("net of $133
    million, or $2.53 a share, up from $100 million": the total is compared)."""
    if figure.unit is None or " per " in figure.unit or figure.share or not earlier:
        return None
    previous = earlier[-1]
    currency, per, _ = (previous.unit or "").partition(" per ")
    if not per or currency != figure.unit:
        return None
    root = figure_span(figure, doc).root
    if previous.start < sentence_of(root).start_char:
        return None
    rate = figure_span(previous, doc)
    if rate.start > 0 and doc[rate.start - 1].lower_ == "or":
        return None  # "net of $133 million, or $2.53 a share, up from $100 million": a total
    if not _same_order(figure.value, previous.value):
        return None  # "paid $200 an hour, far below the $5 million he sought": a total
    end = rate.end
    token = root
    # up through the sum's own noun phrase ("the typical costs of under $100") to the
    # preposition that compares it
    while token.pos_ in ("NOUN", "NUM") or (token.dep_ == "prep" and token.lower_ == "of"):
        head = token.head
        if head.i == token.i or head.i < end:
            return None
        if token.dep_ == "pobj" and _comparing(head):
            return previous.unit
        token = head
    return None


#: How many times larger one of two compared values of a rate may be: a value set against
#: a rate's earlier or expected value ("$90 a barrel, up from $80", "$8.42 a share, above
#: the $8.04 expected") is of its order; a sum a thousand times larger is some total.
_COMPARED_SPREAD = 100


def _same_order(value: Decimal, other: Decimal) -> bool:
    """Whether two sums lie within :data:`_COMPARED_SPREAD` times of each other (a zero
    is no measure of order)."""
    low, high = sorted((abs(value), abs(other)))
    return low == 0 or high <= low * _COMPARED_SPREAD


#: Prepositions that give the value of the noun they hang on: "an annual value of $21
#: million", "annual incomes over $50,000".
_VALUE_PREPOSITIONS = frozenset({"of", "over", "under", "above", "below", "around"})


#: Units a rate adjective does not make a rate of: a length of time, a share.
_NOT_HELD_RATES = TIME_UNITS | {"percent", "percentage point"}


def held_rate(doc: Doc, figure: Figure) -> str | None:
    """The rate a count or sum takes from the noun it gives the value of, when an adjective
    of how often stands on that noun: "an average annual value of more than $21 million"
    (`dollar per year`), "voters with annual incomes over $50,000", "the daily rise in
    deaths was 777" (`death per day`), as "43 daily admissions" and "$500 a year" are
    rates. Not a measure, a length of time or a share ("an annual growth of 3 percent")."""
    if figure.unit is None or figure.share or figure.unit in _NOT_HELD_RATES:
        return None
    holder = _valued_noun(figure_span(figure, doc).root)
    if holder is None or not _has_a_value(holder):
        return None
    for adjective in dependents(holder):
        if adjective.dep_ == "amod" and adjective.lower_ in RATE_ADJECTIVES:
            return f"{figure.unit} per {RATE_ADJECTIVES[adjective.lower_]}"
    return None


def _has_a_value(noun: Token) -> bool:
    """Whether a noun is one a number gives the size of: a value, a possession or a
    quantity by WordNet ("value", "income", "fee"), a holder of a value ("number"), or a
    change ("rise"); not an event one counts the members of ("the annual meeting of 300
    delegates", "the annual festival of 20 bands": so many a meeting, not a year)."""
    lemma = noun.lemma_.lower()
    if lemma in CHANGE_VERBS or lemma in VALUE_HOLDERS:
        return True
    classes = noun_classes(lemma)
    return bool(classes) and classes[0] in VALUE_CLASSES


def _valued_noun(root: Token) -> Token | None:
    """The noun whose value a figure gives: the head of its value preposition ("value of
    $21 million", "of more than $21 million", "incomes over $50,000"), or the subject of the
    "be" it is the complement of ("the daily rise ... was 777", also as the parser hangs "was
    777 - down from 799")."""
    head = root.head
    if root.dep_ == "prep" and root.lower_ in _VALUE_PREPOSITIONS:
        return head if head.pos_ == "NOUN" and head.i < root.i else None  # "incomes over $50,000"
    if root.dep_ == "pobj" and head.lower_ == "than" and head.head.lower_ in ("more", "less"):
        head = head.head.head  # "of more than $21 million": "more" on "of"
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _VALUE_PREPOSITIONS:
        noun = head.head
        return noun if noun.pos_ == "NOUN" and noun.i < root.i else None
    be = _be_giving(root)
    if be is None:
        return None
    return next((c for c in dependents(be) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _be_giving(root: Token) -> Token | None:
    """The "be" a bare number is the complement of ("the rise was 777"), also as the parser
    hangs a number before a dash and "down" or "up" on that adverb ("was 777 - down from
    799"); None otherwise."""
    be = root.head
    if root.dep_ == "nummod" and be.lower_ in ("down", "up") and be.dep_ == "advmod":
        be = be.head
    elif root.dep_ != "attr":
        return None
    return be if be.lemma_ == "be" else None


def _comparing(preposition: Token) -> bool:
    """Whether a preposition sets its object against another value (:data:`_COMPARING`, or
    "with" and "to" after "compared")."""
    if preposition.lower_ in _COMPARING:
        return True
    return preposition.lower_ in ("with", "to") and preposition.head.lemma_.lower() == "compare"


def _people_participle(root: Token) -> bool:
    """Whether a bare number counts the people a participle of harm or capture names:
    one on the number ("the 12 initially killed", "6 of the injured"), or the word right
    after it that the number hangs on ("reported 83 dead and 178 wounded", "2 hurt")."""
    if any(c.dep_ in ("acl", "amod") and c.lower_ in PEOPLE_PARTICIPLES for c in dependents(root)):
        return True
    after = root.nbor() if root.i + 1 < len(root.doc) else None
    return after is not None and after.i == root.head.i and after.lower_ in PEOPLE_PARTICIPLES


def _of_whom(root: Token) -> bool:
    """Whether a bare number counts the persons "whom" stands for: "a caseload of 162,000, of
    whom 7,844 have died" (the "of" on the number or, in a relative clause, on its verb)."""
    holders = [root, root.head] if root.dep_ in SUBJECT_DEPS else [root]
    return any(
        prep.lower_ == "of" and any(word.lower_ == "whom" for word in dependents(prep))
        for holder in holders
        for prep in dependents(holder)
    )


def _of_holder_unit(number: Token) -> str | None:
    """What a bare number after "of" counts by the noun before "of": a parent's children ("a
    father of three"), the persons of a body of people or of a place ("a team of 15", "groups
    of up to six", "a town of 14,000"), and the votes a vote was carried by ("passed by a vote
    of 90 to 10", "by a majority of 107"). A name is none of them: "the Gang of Eight"."""
    holder = number.head.head
    if _a_name(holder):
        return None
    if holder.lemma_.lower() in PARENT_WORDS:
        return "child"
    if sized_body(number) is not None:
        return "person"
    by = holder.head
    if holder.lemma_.lower() in VOTE_RESULT_NOUNS and holder.dep_ == "pobj" and by.lower_ == "by":
        return "vote"
    return None


def sized_body(number: Token) -> Token | None:
    """The body of people or the place whose size a number after "of" gives: "a team of 15",
    "a town of 14,000" (``PEOPLE_BODIES``); not a name, "the Gang of Eight"."""
    if number.dep_ != "pobj" or number.head.lower_ != "of":
        return None
    body = number.head.head
    if _a_name(body) or body.lemma_.lower() not in PEOPLE_BODIES:
        return None
    return body


def _a_name(noun: Token) -> bool:
    """Whether ``noun`` is no common noun or is capitalised inside its sentence ("the Gang of
    Eight", "the Group of 20")."""
    return noun.pos_ != "NOUN" or (noun.is_title and not noun.is_sent_start)


def _not_carried(unit: str) -> bool:
    """A measure, a length of time, a share in percent or a rate ("case per 100,000 person"):
    units a bare number takes over only in a change or range of its own sentence."""
    return unit in NOT_CARRIED or unit.startswith("per ") or " per " in unit


def _time_frame(root: Token) -> bool:
    """Whether a length of time frames its clause ("over the last three weeks", "in two
    years"): a number after it in a change counts no such length ("bringing the number out of
    work over the last three weeks to 16.8 million"), as one after "from three days" or
    "her four years" does ("to five", "two for her degree")."""
    return root.dep_ == "pobj" and root.head.lower_ not in ("from", "to")


def _of_noun(holder: Token) -> str | None:
    """The plural noun after "of" that a count holder counts: "the number of refugees"."""
    for child in dependents(holder):
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in dependents(child):
                if noun.dep_ == "pobj" and noun.lower_ in PEOPLE_PARTICIPLES:
                    return "person"  # "the number of dead"
                if noun.dep_ == "pobj" and noun.tag_ in ("NNS", "NNPS"):
                    return unit_name(noun)  # "the number of Americans" too
    return None


def _plural_before(root: Token, *, sentence_before: bool = False) -> str | None:
    """What "three of them" counts: the last plural noun before it in its sentence, or
    (``sentence_before``) in the sentence before.

    "Police arrested the organisers and charged three of them" counts organisers;
    "Police questioned the drivers. Two of them were charged." counts drivers.
    """
    if not any(
        c.lower_ == "of" and any(g.lower_ in ("them", "those", "these") for g in dependents(c))
        for c in dependents(root)
    ):
        return None
    words = sentence_of(root)[: root.i - sentence_of(root).start]
    if sentence_before:
        if sentence_of(root).start == 0:
            return None
        words = sentence_of(root.doc[sentence_of(root).start - 1])
    for token in reversed(words):
        if token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() not in TIME_UNITS:
            if not any(c.like_num for c in dependents(token)):
                return unit_name(token)
    return None


def opened_clause(doc: Doc, figure: Figure) -> Token | None:
    """The verb of a clause with no subject that begins right after a figure the parser
    hung on the verb before it ("she estimated 'between 200 and 400' could drown", "he said
    'up to 300' had fled"): the figure is that clause's subject, which the saying or
    thinking only reports. Quotation marks may stand between them."""
    span = figure_span(figure, doc)
    phrase = span.root
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "prep":
        phrase = phrase.head  # "between 200 and 400"
    if phrase.dep_ not in {"prep", "dobj"} or phrase.head.lemma_.lower() not in REPORTING_VERBS:
        return None  # only what is said or thought has a clause of its own after it
    after = span.end
    for clause in dependents(phrase.head):
        if clause.dep_ != "ccomp" or clause.i < after:
            continue
        # the parser may make the range's first number the subject: it is no other subject
        if any(c.dep_ in _SUBJECTS and not span.start <= c.i < after for c in dependents(clause)):
            continue
        if all(t.is_punct and t.is_quote for t in doc[after : clause.left_edge.i]):
            return clause
    return None


def _dying_subject(doc: Doc, figure: Figure) -> bool:
    """Whether a figure is the subject of the clause it opens (:func:`opened_clause`) and
    that clause says people died, fled or were harmed ("estimated 'between 200 and 400'
    could die", "said 'up to 30' were killed")."""
    opened = opened_clause(doc, figure)
    if opened is None:
        return False
    passive = any(c.dep_ == "auxpass" for c in dependents(opened))
    return opened.lemma_ in ("die", "flee") or (passive and opened.lemma_.lower() in PEOPLE_VERBS)


#: Subjects of a clause, "there" included ("there were 300").
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _people(root: Token, figure: Figure) -> str | None:
    """People, for a bare number that only people can be.

    "212 had been killed", "killed 40 and wounded 75" (a verb of harm or flight);
    "the harvests of millions", "tens of thousands fled" (a vague plural standing for a
    crowd).
    """
    verb = root.head
    intransitive = root.dep_ == "nsubj" and verb.lemma_ in ("die", "flee")
    if root.dep_ in ("nsubjpass", "dobj") or intransitive:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in PEOPLE_VERBS:
            return "person"
    vague = figure.qualifier == "atLeast" and figure.text.lower().endswith(("s", "s more"))
    if vague and figure.value >= 1000 and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        if (root.dep_ != "pobj" or root.head.lower_ == "of") and not _sum_of_money(root):
            return "person"
    return None


def _sum_of_money(root: Token) -> bool:
    """Whether a vague plural is money: the object of a verb of money ("spent millions",
    "billions were lent"), or with what it is "in" ("millions in cash", "hundreds of
    thousands in speaking fees": WordNet's possessions)."""
    verb = root.head
    if root.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in MONEY_VERBS:
        return True
    return any(
        prep.lower_ == "in" and noun_classes(noun.lemma_.lower())[:1] == (NOUN_POSSESSION,)
        for prep in dependents(root)
        if prep.dep_ == "prep"
        for noun in dependents(prep)
        if noun.dep_ == "pobj"
    )


def _anaphoric(root: Token) -> bool:
    """Whether a bare number points back to what an earlier sentence counted.

    "the three", "another 15", "four more", "five others", "14 of them", "Of those, 14".
    """
    if root.lower_ in ELLIPSIS_NOUNS:
        return True
    for child in dependents(root):
        if child.lower_ in _POINTING_WORDS:
            return True
        if child.lower_ == "of" and any(g.pos_ == "PRON" for g in dependents(child)):
            return True
    for child in dependents(root.head):  # "Of those, 14 have appeared"
        if child.lower_ == "of" and child.i < root.i:
            if any(g.pos_ == "PRON" for g in dependents(child)):
                return True
    return False


_POINTING_WORDS = frozenset({"the", "another", "all", "those", "these", "both", "more", "other"})


def _bracketed(doc: Doc, figure: Figure) -> Token | None:
    """The "(" when a figure is all that stands in brackets: "matched Canada (35 K)"."""
    span = figure_span(figure, doc)
    if span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(":
        if doc[span.end].text == ")":
            return doc[span.start - 1]
    return None


def _noun_before(doc: Doc, bracket: Token) -> Token | None:
    """The plural noun a bracketed number counts, just before the bracket.

    "refugees (10 K)" and "refugees accepted (10 K)" (a participle after its noun) name
    it; "Canada (35 K)" does not.
    """
    if bracket.i == 0:
        return None
    before = doc[bracket.i - 1]
    if before.tag_ in ("VBN", "VBD") and before.i > 0 and doc[before.i - 1].tag_ == "NNS":
        before = doc[before.i - 1]
    return before if before.tag_ == "NNS" else None


def _count_holder(root: Token) -> Token | None:
    """The noun that holds a bare number's count.

    "a (death) toll of 11", "the toll rose to 30", "put the toll at 11".
    """
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        holder = head.head
        return holder if holder.lemma_.lower() in COUNT_HOLDERS else None
    if root.dep_ == "pobj" and head.lower_ in ("to", "at", "from"):
        verb = head.head
    elif root.dep_ in ("dobj", "attr"):
        verb = head
    else:
        return None
    for child in dependents(verb):
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in COUNT_HOLDERS:
            return child
    return None


def _changing_subject(root: Token) -> Token | None:
    """The plural subject whose count a bare number gives, as the object of a verb of change
    or measure or of its "to", "at", "by" or "from": "admissions averaged 12 a day", "deaths
    rose to 30", "arrests topped 40". Not a value that is no count: "prices rose to 12",
    "temperatures fell to 5", "shares closed at 12" (an attribute, a possession, a
    quantity); nor the doer of a change to something else: "employers added 235,000",
    "officials raised the count to 40"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("to", "at", "by", "from"):
        verb = head.head
        if any(child.dep_ == "dobj" for child in dependents(verb)):
            return None  # "officials revised the count to 40": the object's, not theirs
        verbs = _COUNT_CHANGE_VERBS
    elif root.dep_ == "dobj":
        verb, verbs = head, _COUNT_REACHING_VERBS
    else:
        return None
    if verb.lemma_.lower() not in verbs:
        return None
    for child in dependents(verb):
        if child.dep_ == "nsubj" and _counted_things(child):
            return child
    return None


def _changed_things(root: Token) -> Token | None:
    """The plural noun a change is in, when "be" gives the change as a bare number: "the
    daily rise in deaths was 777", "the increase in arrests is 40" (a change noun is one of
    :data:`CHANGE_VERBS`). Not a value that is no count: "the rise in prices was 12". The
    parser hangs a number before a dash and "down" or "up" on that adverb ("was 777 - down
    from 799"): it is still what "be" gives."""
    be = _be_giving(root)
    if be is None:
        return None
    for change in dependents(be):
        if change.dep_ != "nsubj" or change.pos_ != "NOUN":
            continue
        if change.lemma_.lower() not in CHANGE_VERBS:
            continue
        for prep in dependents(change):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for noun in dependents(prep):
                    if noun.dep_ == "pobj" and _counted_things(noun):
                        return noun
    return None


def _counted_things(noun: Token) -> bool:
    """Whether a plural noun names things one counts, not values or a name: "deaths",
    "victims", not "prices", "shares", "miles", "Sanders", "the Jaguars"."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if noun.is_title and not noun.is_sent_start:
        return False
    classes = noun_classes(noun.lemma_.lower())
    if not classes or classes[0] in VALUE_CLASSES:
        return False
    return unit_name(noun) not in NOT_CARRIED
