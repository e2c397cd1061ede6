"""Questions: an event asked about, directly ("Did they leave?") or in an embedded clause
("asked whether he would accept", "unclear how much they will buy"), and the wh-clauses
about something told as done, which stay as done ("declined to say why he left").

:func:`embedded_question` is the first thing :func:`kg.extract.modality.modality` asks;
:func:`is_question` is read on the event's own words; :func:`concessive_whether` finds the
"whether ... or" that asks nothing ("Whether she is coaching or driving, she never tires"),
and :func:`conceded` its acts' modality. :data:`ASKING`, :func:`asks_if` and
:func:`opens_wh` are shared with :mod:`kg.extract.conditions` and
:mod:`kg.extract.done_acts`. Uses only :mod:`kg.extract.clause_words`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.clause_words import (
    AUX_MODALITY,
    PAST_AUX,
    WOULD,
    d_means_had,
    in_present,
    subordinators,
)
from kg.extract.spans import (
    CURLY_CLOSING,
    CURLY_OPENING,
    call_table,
    dependents,
    has_subject,
    infinitive,
    sentence_of,
    span_text,
)
from kg.lang.en import ASKING_NOUNS
from kg.model import Modality

__all__ = [
    "ASKING",
    "WH_TAGS",
    "asked_by_noun",
    "asked_of_done",
    "asks_if",
    "conceded",
    "concessive_whether",
    "embedded_question",
    "is_question",
    "told_as_done",
    "opens_wh",
    "what_was_done",
]


# Words whose clause is asked about: "asked whether", "unclear how"; and the verbs of
# looking into something, as "see" is: "went to check if the door was locked".
ASKING = frozenset(
    {
        "ask", "wonder", "unclear", "question", "know", "uncertain", "inquire", "doubt",
        "see", "decide", "determine", "discuss", "debate", "consider", "vote",
        "check", "verify", "test", "ascertain", "investigate", "examine",
    }
)  # fmt: skip
# Tags of the words that open a wh-question: "asked why he left", "who carried it".
WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def asks_if(clause: Token) -> bool:
    """ "asked if the road was open", "to see if it works": an if-clause after the verb
    it hangs on asks about it; one before it is a condition ("If you climb the hill, you
    can see the sea"), and so is one after an infinitive of the verb's own that already
    says what is asked or chosen ("decided to sell the plant if no buyer came forward":
    the sale waits on the buyer; "asked them to leave if they were not members")."""
    verb = clause.head
    if "if" not in subordinators(clause) or clause.i < verb.i:
        return False
    return not any(
        c.dep_ in {"xcomp", "ccomp"} and c.i < clause.i and infinitive(c) for c in dependents(verb)
    )


def asked_by_noun(clause: Token) -> bool:
    """ "responding to a question if the army could return": an if-clause right after a
    noun of asking is the question the noun asks, though the parse hangs it on the verb
    the noun is an object of; no condition on that verb ("responding" happened). Not a
    clause with no subject ("will answer questions if asked"), nor one in the simple
    present, a condition's tense ("answers every question if he knows the answer"), nor
    one on a verb with a modal of its own ("will take the question if time allows")."""
    mark = next((c for c in dependents(clause) if c.dep_ == "mark" and c.lower_ == "if"), None)
    if mark is None or mark.i == 0 or not has_subject(clause):
        return False
    if clause.tag_ in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in AUX_MODALITY for c in dependents(clause.head)):
        return False
    before = clause.doc[mark.i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in ASKING_NOUNS


def is_question(head: Token) -> bool:
    """Whether the event's clause is a direct question: the top clause of a sentence that
    ends with "?" ("Did they leave?"), or of a question a quote or a colon sets out in it
    ('she asked, "Did they leave?"', "the question was: did they leave?"). The verb that
    tells such a question stands outside it: the asking is told, not asked."""
    # Only the clause that asks: "He said they attacked. Why?" leaves "attacked" alone,
    # and a question's answer in a subordinate clause is still asked about. Checked
    # before the sentence's last word, as ``head.sent`` walks the sentence to find it.
    for start, end in _asked_spans(sentence_of(head)):
        node = head
        while node.dep_ in {"conj", "xcomp", "advcl"} and node.head is not node:
            if _time_told(node):
                return False  # "Why did it take so long, when they said May?": they said it
            if _asks_after_statement(node, end):
                break  # "He left early, but why did he go?": this conjunct is the question
            node = node.head
        top = node.dep_ == "ROOT" or not start < node.head.i < end
        if start < node.i < end and (top or _asks_after_statement(node, end)):
            return not _states_before_asking(node, end)
    return False


def _asks_after_statement(clause: Token, mark: int) -> bool:
    """ "Prices rose, but will they fall?": a conjunct asked in a question's own form, before
    the question mark at index ``mark``, after a clause that states something
    (:func:`_states_before_asking`)."""
    return (
        clause.dep_ == "conj"
        and clause.i < mark
        and _asks_itself(clause)
        and _states_before_asking(clause.head, mark)
    )


def _states_before_asking(clause: Token, mark: int) -> bool:
    """Whether a clause of a question that ends at the question mark at index ``mark``
    states, and only a later conjunct of it asks: "Science tells us the brain works
    slowly, but when does the idea come?", "Prices rose, so why not buy now?". The clause
    is a statement in form (its subject before it, no auxiliary before the subject, no
    wh-word), the conjunct a question in form (:func:`_asks_itself`). "How did it start,
    and who is to blame?" asks both; in '"You sold it?" asked the clerk' the conjunct
    after the question mark tells it."""
    if not _stated_in_form(clause):
        return False
    return any(c.dep_ == "conj" and c.i < mark and _asks_itself(c) for c in dependents(clause))


def _stated_in_form(clause: Token) -> bool:
    """ "the brain works", "prices have risen": a subject before the verb and its
    auxiliaries, and no wh-word opening the clause."""
    subjects = _subjects(clause)
    if not subjects or min(subjects) > clause.i or opens_wh(clause):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and c.i < min(subjects) for c in dependents(clause))


def _asks_itself(clause: Token) -> bool:
    """A clause in a question's form: a wh-word opens it ("why not buy now", "who is to
    blame") or its verb or an auxiliary stands before its subject ("will they fall", "is
    this a good idea")."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    if opens_wh(clause):
        return True
    subjects = _subjects(clause)
    if not subjects and (clause.tag_ == "MD" or clause.lemma_ in {"be", "do", "have"}):
        # "but is the coach staying?", parsed with "is" as the conjunct and the subject
        # hung on the participle after it
        subjects = [g.i for c in dependents(clause) for g in dependents(c) if g.dep_ in _SUBJECTS]
    if not subjects:
        return False
    first = min(subjects)
    return clause.i < first or any(
        c.dep_ in {"aux", "auxpass"} and c.i < first for c in dependents(clause)
    )


#: The dependencies of a clause's subject, for the order of subject and verb.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _subjects(clause: Token) -> list[int]:
    """The indices of the clause's subjects, with those the parser hangs on its auxiliary
    ("Ross is expecting": "Ross" under "is")."""
    words = [*dependents(clause)]
    words += [g for c in words if c.dep_ in {"aux", "auxpass"} for g in dependents(c)]
    return [w.i for w in words if w.dep_ in _SUBJECTS]


def _asked_spans(sentence: Span) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's direct questions, as (boundary, "?") token indices, the
    question between them: the whole sentence when it ends with "?" (the boundary before
    its first token), else from the opening quote or colon that sets it out; and each
    quoted question that ends before the sentence does ('"Why did you go?" she asked').

    Read once per sentence within kg.extract.extract: :func:`is_question` asks it for
    every event's words, and each time it walked the whole sentence."""
    read = call_table(sentence.doc, "asked_spans")
    key = (sentence.start, sentence.end)
    found = read.get(key) if read is not None else None
    if found is None:
        found = tuple(_question_spans(sentence))
        if read is not None:
            read[key] = found
    return found


def _question_spans(sentence: Span) -> list[tuple[int, int]]:
    spans = []
    if "?" not in span_text(sentence):
        return spans  # no word is a "?" where the text holds none: its words are not read
    last = next((t.i for t in reversed(sentence) if not t.is_space and not t.is_quote), None)
    for mark in sentence:
        if mark.text != "?":
            continue
        after = mark.nbor() if mark.i + 1 < len(mark.doc) else None
        quoted = after is not None and after.is_quote and after.i < sentence.end
        if mark.i != last and not quoted:
            continue
        # a quote closed just before the "?" is part of a question that holds it ('Why
        # not just say: "We will stay"?'), which then opens with the sentence
        closed = mark.i > sentence.start and mark.nbor(-1).is_quote
        boundary = None if closed else _set_out_from(sentence, mark)
        if boundary is None and mark.i == last:
            boundary = sentence.start - 1
        if boundary is not None:
            spans.append((boundary, mark.i))
    return spans


def _set_out_from(sentence: Span, mark: Token) -> int | None:
    """The index of the opening quote or the colon that sets out the question ending at
    ``mark``, skipping quotes inside it; None when the question opens with the sentence."""
    straight = [t for t in sentence if t.text in {'"', "'"} and t.i < mark.i]
    depth = 0
    for token in reversed(sentence[: mark.i - sentence.start]):
        if token.text == ":" and depth == 0:
            return token.i
        if not token.is_quote:
            continue
        if token.text in CURLY_OPENING or token.text in CURLY_CLOSING:
            opening = token.text in CURLY_OPENING
        else:
            # a straight mark opens when an even number of its kind stand before it
            before = sum(1 for t in straight if t.i < token.i and t.text == token.text)
            opening = before % 2 == 0
        if not opening:
            depth += 1
        elif depth == 0:
            return token.i
        else:
            depth -= 1
    return None


def concessive_whether(clause: Token) -> bool:
    """Whether a "whether ... or" clause asks nothing but says its clause holds in each
    case: set off by a comma before or after its clause ("Whether he is coaching the
    juniors or driving the minibus, he never tires", "they train daily, whether it rains
    or not"), on a verb that asks or weighs nothing (:data:`ASKING`: not "wondered,
    whether ... or"), with a verb of its own (not "whether to stay or go", a choice), and
    no "either" ("whether either the state or the county approved it" asks if one did)."""
    if clause.dep_ != "advcl" or "whether" not in subordinators(clause) or infinitive(clause):
        return False  # "divided on the issue, whether to deport them or ...": a question
    if clause.head.lemma_.lower() in ASKING or not _set_off(clause):
        return False
    words = {t.lower_ for t in clause.subtree}
    # "whether either the state or the county had approved it": asks if any one did
    return "or" in words and "either" not in words


def conceded(clause: Token) -> Modality | None:
    """The modality of the acts in a concessive "whether" clause
    (:func:`concessive_whether`). Acts listed as going on, or named after "it is"
    ("whether she is organizing volunteers or greeting people", "whether it is cooking
    or cleaning, she does it all"), are each done: None, so the clause is as real as the
    one it hangs on. Any other is one case of those weighed ("whether he wins or loses,
    he will be paid"): conditional."""
    return None if _acts_listed(clause) else "conditional"


def _set_off(clause: Token) -> bool:
    """Whether a clause is set off as a concession is: it opens its sentence and a comma
    ends it ("Whether ..., she ..."), or it follows a comma and ends the sentence ("...,
    whether ... or ..."); not a clause in the middle of a list ("the questions were the
    cost, whether the state had approved it, how long ...")."""
    words = [t for t in sentence_of(clause) if not t.is_punct or t.text in {",", ";"}]
    span = [t.i for t in clause.subtree]
    before = [t for t in words if t.i < min(span)]
    after = [t for t in words if t.i > max(span)]
    if not before:
        return bool(after) and after[0].text == ","
    return before[-1].text in {",", ";"} and not after


def _acts_listed(clause: Token) -> bool:
    """ "whether she is organizing volunteers or greeting people", "whether it is cooking
    or cleaning": alternatives that name what goes on, not outcomes one of which holds."""
    own = list(dependents(clause))
    if clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in own):
        return True
    return clause.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"} for c in own
    )


def embedded_question(head: Token) -> Modality | None:
    """ "asked whether he would accept", "unclear how much they will buy": asked about,
    whatever the clause's own modal says."""
    node = head
    for _ in range(3):
        if node.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "csubj", "pcomp"}:
            return None
        if node.head is node:
            return None
        if _time_told(node):
            return None  # "whether he knew it before he shot him": he shot him
        if concessive_whether(node):
            return None  # "Whether he is coaching or driving, he never tires": no question
        asks = node.head.lemma_.lower() in ASKING
        if "whether" in subordinators(node) or (asks and asks_if(node)) or asked_by_noun(node):
            return "question"
        if asks and opens_wh(node) and not _reduced_clause(node):
            # "asked why he chose to leave": a wh-question asks who, why or how of something
            # told as done; only one ahead or not told ("asked who will lead") is asked about.
            return None if told_as_done(node) else "question"
        node = node.head
    return None


def _reduced_clause(clause: Token) -> bool:
    """ "saw fewer cases, even when adjusting for age", "should be considered when
    expanding the range": a participle with no subject and no auxiliary after "when" or
    "while" is a clause of time cut short; a question asked after "see" or "consider" has
    a verb of its own tense ("saw when the road opened") or an infinitive ("decide when
    to leave"). Not on a verb in the simple present, where the clause sets a case that
    may never come ("fans see him as the stronger side when facing the champion"): left
    as a question, which keeps it non-factual."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in {"VBG", "VBN"}
        and not has_subject(clause)
        and not any(c.dep_ in {"aux", "auxpass"} for c in dependents(clause))
        and not in_present(clause.head)
    )


#: Subordinators of a clause that tells when something happened.
_TIME_MARKS = frozenset({"when", "after", "before", "since", "as", "while", "once", "until"})


def _time_told(clause: Token) -> bool:
    """A clause of time, in the past and hung on a verb in the past ("whether he knew it
    before he shot him", "whether it meets the rules, as was pledged when the plan won
    approval"): a question asks about the verb, and takes the time it happened as given.
    Not under a verb ahead or hypothetical ("whether he would leave when the war ended":
    the speaker's "when it ends")."""
    # "when" is often parsed as the clause's adverb rather than its marker
    opening = {c.lower_ for c in dependents(clause) if c.tag_ == "WRB" and c.i < clause.i}
    return (
        clause.dep_ == "advcl"
        and bool((subordinators(clause) | opening) & _TIME_MARKS)
        and told_as_done(clause)
        and told_as_done(clause.head)
    )


def opens_wh(clause: Token) -> bool:
    """Whether a wh-word opens the clause: "why he chose", "who carried it"."""
    return any(
        c.tag_ in WH_TAGS and c.i < clause.i
        for c in (*dependents(clause), *(g for c in dependents(clause) for g in dependents(c)))
    )


def asked_of_done(clause: Token) -> bool:
    """ "declined to say why he chose to leave": a wh-question about something told as done
    (:func:`told_as_done`) does not put it in doubt, whatever governs the asking."""
    return (
        clause.dep_ in {"ccomp", "xcomp", "advcl", "conj", "csubj", "pcomp"}
        and clause.head.lemma_.lower() in ASKING
        and not subordinators(clause) & {"whether", "if"}
        and opens_wh(clause)
        and told_as_done(clause)
    )


def what_was_done(clause: Token) -> bool:
    """ "wants to fix what was broken", "to be sure that what was published is right": a
    clause that "what" opens as its subject or object, in the past or the perfect
    (:func:`told_as_done`), tells what was done, whatever governs the clause it stands in,
    as a wh-question about something done does (:func:`asked_of_done`)."""
    return (
        clause.dep_ in {"ccomp", "csubj", "csubjpass", "dobj", "pobj", "pcomp"}
        and any(
            c.lower_ in {"what", "whatever"} and c.dep_ in {"nsubj", "nsubjpass", "dobj"}
            for c in dependents(clause)
            if c.i < clause.i
        )
        and told_as_done(clause)
    )


def told_as_done(clause: Token) -> bool:
    """Whether a clause is in the past or the perfect, with no modal: "he chose",
    "had been held", "has left"."""
    auxiliaries = [c.lower_ for c in dependents(clause) if c.dep_ in {"aux", "auxpass"}]
    if any(
        (word in AUX_MODALITY and not d_means_had(word, clause)) or word == "to"
        for word in auxiliaries
    ):
        return False
    done = PAST_AUX | {"has", "have"} | (WOULD - {"would"})  # "'d" here is "had"
    return clause.tag_ == "VBD" or bool(set(auxiliaries) & done)
