"""Factuality: whether an event is reported as having happened.

News reports many actions that did not (or not yet) happen: what someone asks for
("urged residents to stay indoors"), means to do ("plans to attack"), does something
for ("troops were sent to repel the raid"), would do if ("if talks fail, ..."), will do,
may do, or asks about. Each event gets one :data:`~kg.model.Modality`, read from the
parse: the event's own auxiliaries and adverbs first, then the words that govern it,
walking up the tree through complements, coordination and subordinate clauses until a
reporting verb (whose content keeps its own modality; the speaker is its source).

This module is the assembly: :func:`modality` asks, in order, whether the event is asked
about, inside a condition, made non-factual by its own words (:func:`_local`) or by what
governs it (:func:`_governed`, one :func:`_step` per edge up the tree). Those four call
each other (a governing verb's modality is read as an event's own), so they stay together
here. The cues they read live in the modules below it, each importing only those after it:

- :mod:`kg.extract.modals`: auxiliaries and modal verbs (future, possible, conditional,
  and "would", "used to", "had to", "was able to", "went on to" told of the past);
- :mod:`kg.extract.purposes`: what an infinitive or gerund after a verb is for or came of;
- :mod:`kg.extract.done_acts`: acts a governing word tells as done, or as real as itself;
- :mod:`kg.extract.conditions`: if-clauses and clauses that state a fact of their own;
- :mod:`kg.extract.questions`: questions, direct and embedded;
- :mod:`kg.extract.requests`: imperatives, "let's" and that-clause subjunctives;
- :mod:`kg.extract.negation`: subjects that name no one, denials, prevention, bans and
  acts passed over for others ("instead of");
- :mod:`kg.extract.generic_doers` and :mod:`kg.extract.judged_acts`: acts of anyone in
  particular, and acts whose doer is judged or ranked ("the first to", "rude of him to");
- :mod:`kg.extract.clause_words`: the small words of a clause every cue reads (its
  subordinators, auxiliaries, the perfect, a quote it stands in) and the walk's limits.

The word lists are data, in :mod:`kg.lang.en` (section "factuality").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from kg.extract.clause_words import (
    AUX_MODALITY,
    MAX_STEPS,
    REPORTING,
    UP_EDGES,
    WOULD,
    clause_of_said_gerund,
    d_means_had,
    in_perfect,
    in_present,
    in_quote,
    subordinators,
    under_reporting,
)
from kg.extract.conditions import (
    condition_clause,
    inside_condition,
    regardless,
    seems_like,
    states_fact,
)
from kg.extract.done_acts import (
    BARE_INFINITIVE_VERBS,
    act_as_subject,
    brought_about,
    by_means,
    chosen,
    ensured,
    found_out,
    held_back_in_vain,
    joins_in,
    present_set_ahead,
    presupposes,
    used_for,
    used_in,
    way_found,
)
from kg.extract.ellipsis import bare_modal
from kg.extract.generic_doers import (
    generic_manner,
    generic_participle,
    generic_relative,
    judged_in_general,
    made_or_sought,
    manner_told,
    penalised_in_general,
)
from kg.extract.judged_acts import judging_verb, occasion_taken
from kg.extract.modals import (
    ABLE,
    ability_used,
    amount_needed,
    aux_modality,
    compared_in_past,
    faces_penalty,
    goes_on,
    had_to,
    obliged,
    own_tense,
    past_would,
    performative_may,
    polite_speech_act,
    possibility_modal,
    scheduled,
    sensed,
    used_to,
)
from kg.extract.negation import (
    bans,
    denied_claim,
    denies,
    forbids,
    kept_from,
    names_no_one,
    negative_subject,
    no_business,
    opposed,
    passed_over_for,
    prevented_without_from,
    unbacked,
)
from kg.extract.non_events import takes_doers
from kg.extract.purposes import (
    after_comma,
    copula_of_ease,
    for_governor,
    gerund_modality,
    has_be,
    open_to,
    outcome,
    quoted_from,
    request_said,
    so_of_result,
    takes_time,
    trailing_participle,
)
from kg.extract.questions import (
    asked_of_done,
    asks_if,
    conceded,
    concessive_whether,
    embedded_question,
    is_question,
    told_as_done,
    what_was_done,
)
from kg.extract.requests import (
    addressed,
    is_imperative,
    mandative_noun,
    proposes,
    subjunctive,
    wished,
)
from kg.extract.spans import (
    dependents,
    has_subject,
    infinitive,
    negates,
    opened_by_nor,
    prefix_before,
)
from kg.lang.en import (
    ABILITY_WORDS,
    AIM_PREPOSITIONS,
    ATTEMPT_WORDS,
    AWAITING_VERBS,
    CONDITION_MARKS,
    DENIED_WITH_ACT_VERBS,
    FACTOR_CHANGE_VERBS,
    FEARING_VERBS,
    FORECASTING_VERBS,
    FUTURE_WORDS,
    GERUND_CHAIN_VERBS,
    HEDGE_ADJECTIVES,
    HEDGE_ADVERBS,
    HELD_VIEW_VERBS,
    IMPLICATIVE_VERBS,
    INTENT_NOUNS,
    INTENT_VERBS,
    KNOWING_VERBS,
    LIKELIHOOD_WORDS,
    MEANS_NOUNS,
    NEAR_MISS_ADVERBS,
    NEGATIVE_IMPLICATIVES,
    PERMITTING_VERBS,
    POLITE_WISH_VERBS,
    POSSIBILITY_NOUNS,
    POSSIBILITY_VERBS,
    PREVENTING_VERBS,
    PROPOSING_VERBS,
    PURPOSE_MARKS,
    PUSHED_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    REQUESTED_OBJECT_VERBS,
    TRADE_PHRASES,
    WARNING_VERBS,
    WISH_ADJECTIVES,
)
from kg.model import Modality

__all__ = [
    "modality",
    "permission_requested",
]


def modality(verbs: list[Token], trigger: Token, *, negated: bool = False) -> Modality:
    """The factuality of the event whose trigger and verb chain are given.

    Args:
        verbs: The event's verb chain, governor first ("plan", "attack" for "plans to
            attack"); for an event noun, the noun alone.
        trigger: The event's trigger token.
        negated: Whether the event is negated ("did not attack").

    Returns:
        ``"negated"`` or ``"asserted"`` when nothing makes the event non-factual, else the
        first non-factual reading found, nearest the event first.
    """
    first = verbs[0] if verbs else trigger
    head = _prefix_parsed_as_verb(first)
    if head.i != first.i:
        verbs = [head, *verbs]  # "could re-create": the prefix holds the verb's own words
    found = (
        embedded_question(head)
        or inside_condition(head)
        or _local(verbs, trigger)
        or _governed(head)
        or ("conditional" if _conditioned(head) else None)
    )
    if found is not None:
        return found
    return "negated" if negated or negative_subject(head) else "asserted"


def _prefix_parsed_as_verb(verb: Token) -> Token:
    """The prefix of a hyphened verb when the parse took it for the verb: "unable to
    re-open the plant" is cut "re", "-", "open" (:func:`~kg.extract.spans.prefix_before`),
    and the parser may hang "re" where the verb stands (after "to", on "unable") and "open"
    elsewhere; what governs the verb then governs the prefix. Else the verb itself."""
    prefix = prefix_before(verb)
    if prefix is None or prefix.head.i == verb.i or verb.head.i == prefix.i:
        return verb  # a prefix the parse hangs on the verb, or the verb on it: read as one
    return prefix


def _conditioned(verb: Token) -> bool:
    """Whether an if-clause makes the event hold only if: not when it holds either way
    ("will still travel"), nor when the event is told as done, in the past or the perfect
    with no modal, and the "if" only qualifies what is said (:func:`_if_of_telling`):
    "apologized if anyone was hurt", "if the first bid was low, the second was lower",
    "If elected, she said, ...". A clause reported after its verb keeps its condition:
    "said that if he won, they left" may tell the speaker's "if he wins, they leave"."""
    clause = condition_clause(verb)
    if clause is None or regardless(verb):
        return False
    reported = verb.dep_ == "ccomp" and verb.head.i < verb.i
    return not (told_as_done(verb) and _if_of_telling(clause, verb)) or reported


def _if_of_telling(clause: Token, verb: Token) -> bool:
    """Whether an if-clause on a verb told as done qualifies the telling, not whether it
    happened: after the verb ("apologized if anyone was offended", "offered an apology if
    the fire is connected to her campaign"), on a verb of saying ("If elected, she said,
    ..."), addressed to the reader ("If you watch the tape, he talked about ..."), or told
    in the past itself ("If the first bid was low, the second was lower"). A condition set
    before the verb in the present, the present perfect or with no verb of its own is one
    of knowing: "If the report is accurate, the army has killed dozens", "If confirmed,
    the strike has killed its leader", "If Iran has enriched uranium, it has broken the
    deal" tell what may have happened, not that it did."""
    if clause.i > verb.i or verb.lemma_.lower() in REPORTING:
        return True
    if any(c.dep_ == "nsubj" and c.lower_ == "you" for c in dependents(clause)):
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in dependents(clause))
    return told_as_done(clause) and not perfect


def _local(verbs: list[Token], trigger: Token) -> Modality | None:
    """What the event's own words say: a question, an imperative, a modal, a hedge."""
    head = verbs[0] if verbs else trigger
    if is_question(head):
        return "question"
    if head.tag_ == "MD" and bare_modal(head):
        return aux_modality(head.lower_, head)  # "She won't.": the modal is its own word
    if len(verbs) > 1 and possibility_modal(head):
        return "possible"  # "Iran might need to find buyers": the whole chain may not be
    for verb, act in pairwise(verbs):
        if verb.lemma_.lower() in NEGATIVE_IMPLICATIVES:
            return "negated"  # "refused to sign", "failed to stop"
        if verb.lemma_.lower() in INTENT_VERBS and not chosen(act, verb):
            if polite_speech_act(verb):
                continue  # "I'd like to thank them": the thanks are given
            return "intended"  # not "decided to sell the house": a choice told as made
        if verb.lemma_.lower() == "expect":
            return "future"  # "expects to finish next week", as "is expected to finish"
        if _requests(verb):
            return "requested"
    for verb in verbs:
        hedged = any(_hedges(c, verb) for c in dependents(verb))
        for child in dependents(verb):
            word = child.lower_
            if (
                child.dep_ == "aux"
                and word in AUX_MODALITY
                and not sensed(word, verb)
                and not amount_needed(word, verb)
            ):
                if d_means_had(word, verb):
                    continue  # "he'd asked them": "had", the past perfect
                if past_would(word, verb):
                    continue  # "on Sundays she would sit by the river": she did
                if word in WOULD and polite_speech_act(verb):
                    continue  # "I'd call on the council to ...": the call is made
                if performative_may(word, verb):
                    continue  # "May I take this opportunity to thank ...": thanked
                found = aux_modality(word, verb)
                # "will probably lose": the hedge says how sure the forecast is.
                return "possible" if hedged and found in {"future", "conditional"} else found
        if hedged:
            return "possible"
    if any(_nearly_done(verb) for verb in verbs):
        return "negated"  # "the jet was nearly downed": it was not
    if faces_penalty(head):
        return "possible"  # "faces up to 20 years in prison": a sentence not yet given
    if present_set_ahead(head):
        return "future"  # "the band plays in Dublin tomorrow"
    if trigger.pos_ == "NOUN":
        if any(c.dep_ == "amod" and c.lower_ in HEDGE_ADJECTIVES for c in dependents(trigger)):
            return "possible"  # "in an apparent slight to the council"
        if scheduled(trigger):
            return "future"  # "Her hearing is scheduled for May 3"
    if is_imperative(head):
        return "requested"
    return None


def _nearly_done(verb: Token) -> bool:
    """Whether "nearly" or "almost" puts the verb just short of happening: "the jet was
    nearly downed", "she almost quit". Only right before the verb or its auxiliaries: on
    another word it bounds that word ("almost completely destroyed", "nearly every
    house", "killed nearly 40 people"). Not on a change by a factor, which happened
    ("prices nearly doubled")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in FACTOR_CHANGE_VERBS:
        return False
    for word in dependents(verb):
        if word.dep_ != "advmod" or word.lower_ not in NEAR_MISS_ADVERBS or word.i > verb.i:
            continue
        between = verb.doc[word.i + 1 : verb.i]
        if all(t.dep_ in {"aux", "auxpass"} for t in between):
            return True
    return False


def _hedges(word: Token, verb: Token) -> bool:
    """Whether an adverb makes its verb a possibility: "will probably lose", "hopefully
    satisfies them"; not "hopefully" after its verb, which tells how it was done ("added
    hopefully that ...")."""
    if word.dep_ != "advmod" or word.lower_ not in HEDGE_ADVERBS:
        return False
    return word.lower_ != "hopefully" or word.i < verb.i


def permission_requested(verb: Token) -> bool:
    """Whether a verb of letting ("allow", "let") is itself asked for: "Do not allow them
    to ...", "urged the council to let them ..."."""
    return (_local([verb], verb) or _governed(verb)) == "requested"


def _governed(start: Token) -> Modality | None:
    """What governs the event: a request, an intention, a purpose, a condition, a modal."""
    node = start
    means = False
    for _ in range(MAX_STEPS):
        dep, head = node.dep_, node.head
        chosen_act = passed_over_for(node)
        if chosen_act is not None and not _asked_instead(chosen_act):
            return _prevented(chosen_act)  # "boarded it up instead of repairing it": not done
        preventer = prevented_without_from(node)
        if preventer is not None:
            return _prevented(preventer)  # "rules prevent groups meeting": no "from"
        if held_back_in_vain(node, head):
            node = head  # "couldn't help laughing": laughed, whatever "could not" says
            continue
        if dep == "relcl" and (generic_relative(node) or generic_manner(node)):
            return "conditional"  # "anyone who lies could be fined": if someone lies
        if dep != "relcl" and manner_told(head):
            return "conditional"  # "the way you catch it is by touching your face"
        if dep in {"acl", "csubj", "csubjpass"} and generic_participle(node):
            return "conditional"  # "anyone lying to the police could be fined": the same
        if judged_in_general(node):
            return "conditional"  # "shutting the campuses is unsustainable": anyone's act
        if penalised_in_general(node):
            return "conditional"  # "drivers face fines for using phones": a rule, no deed
        said_of = clause_of_said_gerund(node)
        if said_of is not None:
            # "said legalizing it could create jobs": the subject of what is said, parsed
            # as a gerund of the saying; as real as what is said of it.
            found = _local([said_of], said_of)
            return None if found == "question" else found
        maker = made_or_sought(node)
        if maker is not None:
            return _as_made(maker)  # "wants to create an economy that works for all"
        if head.i == node.i or dep not in UP_EDGES or (dep == "relcl" and not infinitive(node)):
            return None  # a finite relative clause says something of its own
        if means and infinitive(node) and head.lemma_.lower() in ATTEMPT_WORDS:
            return _as_done(head)  # "tried to calm them by joking": made by joking
        if dep == "conj" and _still_ahead(node, head):
            # "to run a trial at the port and before the ships sail": the parse joins a
            # clause of time to the verb by "and"; it is that verb's clause of time all the
            # same, still to come as an "advcl" would be (below).
            return "conditional" if _main_modality(head) == "conditional" else "future"
        if dep == "conj" and own_tense(node, head):
            return None  # "will meet on Monday and have said ...": a clause of its own
        if asked_of_done(node) or what_was_done(node):
            return None  # "declined to say why he left": he left
        judging = judging_verb(node, head) if infinitive(node) else None
        if judging is not None:
            return _judged_as(judging)  # "it was rude of him to leave", "the first to win"
        if seems_like(node):
            return "possible"  # "it seems like they refused", "looks as though it was forced"
        if dep == "advcl" and _ahead_of_the_present(node, head):
            return "future"  # "is not final until the ballots are counted": not yet counted
        if dep == "advcl" and _still_ahead(node, head):
            # "would stay until the crisis had passed", "told them to stay until it had
            # passed": still to come, whether the main clause tells, asks or allows it
            return "conditional" if _main_modality(head) == "conditional" else "future"
        if _forecast_with(node, head):
            return "future"  # "is forecast to be colder, as towns face lows": forecast too
        if dep == "advcl" and states_fact(node):
            return None  # "will meet, since Washington broke off contact": a fact of its own
        if infinitive(node) and in_perfect(node):
            return None  # "claims to have captured", "said to have been": reported as done
        if dep == "advcl" and trailing_participle(node) and not quoted_from(head, node):
            # "signed a pact and pledged to reopen the border, speeding a truce": the
            # participle comments on the whole coordination, not on its nearest verb.
            top = head
            while top.dep_ in {"xcomp", "conj"} and top.head.i != top.i:
                top = top.head
            found = _local([top], top)
            return None if found == "question" else found
        if mandative_noun(node):
            return "requested"  # "the request that the boy be returned": asked for
        if dep == "acl" and has_subject(node) and not infinitive(node):
            # A noun's finite clause ("reports that troops had looted the town") says what
            # it says, whatever governs the noun; unless a denial takes the noun, or the
            # noun says nothing backs it ("no evidence that the town was looted").
            if unbacked(head) and not _what_there_is(node):
                return "possible"
            return "negated" if denied_claim(head) else None
        if dep == "ccomp" and head.lemma_ == "be" and _unbacked_attribute(node, head):
            return "possible"  # "There is no evidence, however, that it was looted"
        if dep == "acl" and node.tag_ in {"VBN", "VBD"} and not infinitive(node):
            # "the decision, announced on Monday, ...": a reduced relative clause (the
            # parser may tag its participle a past: "can back amendments passed in the
            # upper house"); but not "lobbied against cheap steel being allowed in", the
            # gerund of what is opposed
            return "possible" if opposed(node, dep, head) else None
        if dep in {"acl", "relcl"} and infinitive(node) and way_found(head):
            if any(c.dep_ == "det" and c.lower_ == "no" for c in dependents(head)):
                return "negated"  # "found no way to verify it": not verified
            return _as_done(head.head)  # "found a way to cut costs": cut them
        taker = occasion_taken(head) if dep == "acl" and infinitive(node) else None
        if taker is not None:
            return _as_done(taker)  # "took the opportunity to thank them": thanked
        if node.i == start.i and (_feared(node, dep, head) or _warned_of(node, dep, head)):
            return "possible"  # "residents fear an attack", "warned of a strike": may come
        found = _step(node, dep, head)
        if found is not None:
            return found
        if opposed(node, dep, head):
            return "possible"  # "opposed raising the wage": proposed, not told as done
        if dep in {"pobj", "pcomp"} and head.pos_ == "ADP":
            if head.lower_ == "without":
                return "negated"  # "without investigating"
            preventing = kept_from(head)
            if preventing is not None:
                return _prevented(preventing)
            traded = traded_by(head)
            if traded is not None and _as_done(traded) is not None:
                return "conditional"  # "would cut tariffs in return for winning deals"
            if head.lower_ in {"on", "against"} and bans(head.head):
                return _banned(head.head)  # "the ban on giving false information"
            if by_means(head):
                means = True  # "by cutting costs": done only if what it is done for is
            elif presupposes(head):
                return None
        if forbids(node, dep, head):
            return _prevented(head)  # "the rules forbid using state funds": not used
        lemma = head.lemma_.lower()
        if dep == "dobj" and lemma == "deny" and node.pos_ == "NOUN" and node is start:
            # "the party denied involvement", "the army denied the shelling": the deed
            # denied is, as its source tells it, a deed that did not happen.
            return "negated"
        if lemma == "deny" and head.pos_ == "VERB" and denies(node, dep, start):
            # "the army denied that it had shelled the market", "denied reports that
            # ...": the denier tells it as not having happened.
            return None if any(negates(c) for c in dependents(head)) else "negated"
        if head.pos_ in {"VERB", "AUX"} and lemma in REPORTING and dep in {"ccomp", "dobj"}:
            return None  # reported content: its modality is its own, its speaker its source
        if dep == "ccomp" and lemma in KNOWING_VERBS and _known(node):
            # "important to remember that the firm paid": it paid, whatever the remembering
            # is; but what one knows in a case imagined is imagined ("if the train comes
            # and I warn you, I could feel good knowing I warned you")
            return "conditional" if modality([head], head) == "conditional" else None
        passes_on = (
            dep in {"xcomp", "conj", "acomp", "advcl"}
            or (dep == "prep" and lemma in IMPLICATIVE_VERBS)  # "may succeed in silencing him"
            or (dep == "prep" and joins_in(node))  # "to assist him in fetching it"
            or (dep == "prep" and used_in(node))  # "could be used for detecting leaks"
            or (dep == "csubj" and act_as_subject(node))  # "Closing it would cost jobs"
            or (dep == "prep" and by_means(node))  # "could save it by cutting costs"
            or (dep == "ccomp" and brought_about(node, head))  # "may cause prices to rise"
            or (dep == "ccomp" and ensured(node, head))  # "must ensure that they pay"
        )
        if head.pos_ in {"VERB", "AUX"} and passes_on:
            inherited = _local([head], head)
            if inherited is not None and inherited != "question":
                return inherited
        node = head
    return None


def _known(clause: Token) -> bool:
    """Whether a clause of a verb of knowing states what is known: a finite clause with a
    subject of its own, after "that" or nothing; not an indirect question ("wants to know
    whether they paid", "to see if it works")."""
    return has_subject(clause) and not infinitive(clause) and subordinators(clause) <= {"that"}


def _as_made(verb: Token) -> Modality | None:
    """The modality of what a thing yet to be made or found does: the making's or the
    seeking's when that is not done ("will build a road that links the towns": future;
    "must create jobs that pay well": requested); wanted when the verb is itself one of
    wanting ("we need a law that bans it"), asked for when it is one of asking ("calls for
    a system in which nurses check every patient"); as real as the thing when it was made
    ("built a road that links the towns" tells the link)."""
    own = _local([verb], verb) or _governed(verb)
    if own is not None and own not in {"negated", "question"}:
        return own
    if own is None and verb.lemma_.lower() in INTENT_VERBS:
        return "intended"
    if own is None and verb.lemma_.lower() in REQUEST_VERBS:
        return "requested"
    return None


def _unbacked_attribute(clause: Token, be: Token) -> bool:
    """ "There is no evidence, however, that ...": the parse hangs the clause after it on the
    copula whose attribute is an evidence noun that says there is none."""
    return any(
        c.dep_ == "attr" and c.i < clause.i and unbacked(c) and not _what_there_is(clause)
        for c in dependents(be)
    )


def _what_there_is(clause: Token) -> bool:
    """ "no evidence that she intervened, only that she knew": what the evidence does show."""
    return any(
        c.dep_ == "advmod" and c.lower_ in {"only", "just", "merely"} for c in dependents(clause)
    )


def _asked_instead(verb: Token) -> bool:
    """Whether the act chosen over another is only asked for: in "Instead of attacking me,
    they should apologise" the attacking is what they do now, the advice's point; the walk
    reads such an act on as it would without the "instead of"."""
    return (_local([verb], verb) or _governed(verb)) == "requested"


# Subordinators of a time still ahead of the clause they hang on: "stay until it passes".
_AHEAD_MARKS = frozenset({"until", "till", "before"})


def _still_ahead(clause: Token, head: Token) -> bool:
    """Whether a past-tense clause of a time ahead of its main clause tells no fact: "said
    they would stay until the crisis had passed" (the speaker's "until it has passed": still
    to come when the main clause is). Only when the main clause is itself ahead and comes
    first: "fought until the army surrendered" tells the surrender, and so does a clause
    before a counterfactual ("would have won, long before he ran"), or one the parse hangs
    on a later verb ("said, before the race began, that he would ...")."""
    if not subordinators(clause) & _AHEAD_MARKS or clause.i < head.i or in_perfect(head):
        return False
    if infinitive(clause):
        return False  # "gather delegates before the convention to lock it up": a purpose
    main = _main_modality(head)
    if main in {"future", "conditional"}:
        return True
    # Asked for, meant or only possible: "may be needed until the crisis had passed" (the
    # speaker's "until it has passed"); but a plain past may tell what came ("told them
    # to leave before the storm hit": it hit).
    return main in _WAITING_MODALITIES and not _in_simple_past(clause)


def _forecast_with(clause: Token, head: Token) -> bool:
    """Whether a present clause after a passive that forecasts its infinitive is forecast
    with it: "Monday is forecast to be colder, as towns face lows of two degrees", "is
    expected to be wet, with rivers rising as storms reach the coast" (the parse hangs the
    clause, or the "with" it stands after, on the passive, which is no event and tells
    nothing of the clause). Not a past ("was forecast to fall as shoppers faced higher
    prices": the facing is told), nor a clause before the passive."""
    if clause.dep_ == "pcomp" and head.lower_ == "with" and head.dep_ == "prep":
        head = head.head
    elif clause.dep_ != "advcl":
        return False
    lemma = head.lemma_.lower()
    return (
        (lemma in FORECASTING_VERBS or lemma in FUTURE_WORDS)
        and any(c.dep_ == "auxpass" for c in dependents(head))
        and head.i < clause.i
        and in_present(clause)
        and in_present(head)
        and any(c.dep_ == "xcomp" and infinitive(c) for c in dependents(head))
    )


#: Modalities of a main clause whose "until" or "before" clause may still be ahead.
_WAITING_MODALITIES = frozenset({"requested", "intended", "possible"})


def _in_simple_past(verb: Token) -> bool:
    """Whether a clause is in the simple past ("hit", "was lifted", "did not end"), its
    first auxiliary or its verb a past; not the past perfect ("had passed")."""
    auxiliaries = [c for c in dependents(verb) if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if auxiliaries:
        first = auxiliaries[0]
        return first.tag_ == "VBD" and first.lemma_.lower() != "have"
    return verb.tag_ == "VBD"


def _main_modality(head: Token) -> Modality | None:
    """The modality of the clause a subordinate clause hangs on, its own or governed."""
    return _local([head], head) or _governed(head)


def _ahead_of_the_present(clause: Token, head: Token) -> bool:
    """Whether a present-tense clause of a time ahead of a present-tense main clause tells
    what has not happened yet: "the result is not final until the ballots are counted",
    "the shop stays shut until the rules are lifted", "voters wait before the polls open",
    "I'd urge them to test it before people fly" (a speech act made as it is said)
    (not "stayed until the rules were lifted", told as done; nor a main clause with a
    modal of its own, whose modality the clause takes)."""
    if not subordinators(clause) & _AHEAD_MARKS or clause.i < head.i:
        return False
    main = head
    while main.dep_ in {"xcomp", "acomp"} and main.head.i != main.i:
        main = main.head  # "stays shut until ...": the tense is the finite verb's
    # "I'd call on them to test it before people fly": a speech act softened by "would" is
    # made as it is said, a present too.
    now = in_present(main) or polite_speech_act(main)
    return in_present(clause) and now and _local([main], main) is None


def _judged_as(verb: Token) -> Modality | None:
    """The modality of an act its doer is judged or ranked for: the judging verb's, but
    a judgement holds its act as done, denied or not ("was not the first to leave": others
    left before; "would not be surprised to see ...": a forecast, no refusal)."""
    modal = next(
        (c.lower_ for c in dependents(verb) if c.dep_ == "aux" and c.lower_ in AUX_MODALITY), None
    )
    own = AUX_MODALITY[modal] if modal is not None else (_local([verb], verb) or _governed(verb))
    return None if own == "negated" else own


def traded_by(preposition: Token) -> Token | None:
    """The verb whose act a gerund after ``preposition`` is traded for: "would cut
    tariffs in return for winning new deals", "offered to testify in exchange for being
    spared", "accept the cuts as the price for joining" (:data:`TRADE_PHRASES`). What is
    got in return holds only if that act is done."""
    noun = preposition.head
    if preposition.lower_ != "for" or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    outer = noun.head
    if (outer.lower_, noun.lemma_.lower()) not in TRADE_PHRASES or outer.dep_ != "prep":
        return None
    holder = outer.head
    if holder.dep_ == "dobj":
        holder = holder.head  # "accept [the cuts as the price for joining]"
    return holder if holder.pos_ in {"VERB", "AUX"} else None


def _as_done(verb: Token) -> Modality | None:
    """The modality of an act that is done in doing ``verb``: the act of a way found
    ("found ways to press his agenda"), the means of an attempt ("tried to calm them by
    joking"). Done when ``verb`` is, not done when it is not ("has not found a way to",
    "do not try to ... by ..."), ahead or asked for with it ("will find a way to")."""
    own = _local([verb], verb) or _governed(verb)
    if own is None and any(negates(c) for c in dependents(verb)):
        return "negated"
    return own


# A ban only put forward: "his proposed ban", "a planned moratorium".
_PROPOSED = frozenset({"propose", "proposed", "plan", "planned"})


def _banned(noun: Token) -> Modality | None:
    """The modality of the act a ban noun is on: what a preventing verb gives it, unless
    the ban is only proposed ("his proposed ban on entering": intended) or asked for in a
    copula's modal ("there should be a ban on entering": requested)."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in _PROPOSED for c in dependents(noun)):
        return "intended"
    if noun.dep_ == "attr":
        found = _local([noun.head], noun.head)
        if found is not None:
            return found
    return _prevented(noun)


def _prevented(verb: Token) -> Modality | None:
    """The modality of an act a preventing verb (or a ban noun) keeps someone from, or
    that the act of ``verb`` was done instead of: not done when the preventing (or the
    act chosen) is told as done; what the preventing verb carries when it is itself not
    factual ("may help prevent them from buying": possible; "would mail their ballots
    rather than vote": conditional); and told as possibly done when the preventing is
    denied ("did not stop them from leaving")."""
    own = _local([verb], verb) or _governed(verb)
    if own is None and (any(negates(c) for c in dependents(verb)) or opened_by_nor(verb)):
        return None  # "did not stop them from leaving", "nor does it bar them from leaving"
    if own is None and _kept_by_nothing(verb):
        return "possible"  # "nothing stops the firm from hiring": it may hire
    if own is None:
        return "negated"
    if own == "negated" and _forecast_not_to_prevent(verb):
        # "the strike would not prevent the fleet from sailing": it would sail
        return "future" if under_reporting(verb) and not in_quote(verb) else "conditional"
    return None if own == "negated" else own


def _kept_by_nothing(verb: Token) -> bool:
    """Whether what prevents names nothing: its subject ("nothing stops them from leaving",
    "no law bars the mayor from selling it"), or the noun its participle hangs on ("there is
    nothing preventing them from buying"): the act is left open, not kept from."""
    if negative_subject(verb):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and names_no_one(verb.head)


def _forecast_not_to_prevent(verb: Token) -> bool:
    """Whether "would not" before a preventing verb forecasts that the act goes ahead ("the
    bombings would not prevent them from building roads"), which the walk reads as a
    refusal ("he would not elaborate") and so as a denied preventing told as done."""
    return verb.lemma_.lower() in PREVENTING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in WOULD for c in dependents(verb)
    )


def _feared(noun: Token, dep: str, verb: Token) -> bool:
    """Whether an event noun is the object of a verb of fearing ("residents fear an
    attack", "dread a strike"). Only the noun itself: a participle on the noun feared
    tells what its doers do ("fear the gunmen roaming the streets": they roam)."""
    return (
        dep == "dobj"
        and noun.pos_ == "NOUN"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in FEARING_VERBS
    )


def _warned_of(node: Token, dep: str, head: Token) -> bool:
    """Whether an event noun is what a verb of warning warns "of" or "about" ("warned of an
    attack on the town", "cautioned about a strike"): a thing that may come, not told as
    done. Only the noun itself, as with :func:`_feared`."""
    if dep != "pobj" or node.pos_ != "NOUN" or head.lower_ not in {"of", "about"}:
        return False
    verb = head.head
    return head.dep_ == "prep" and verb.pos_ == "VERB" and verb.lemma_.lower() in WARNING_VERBS


def _generic_present(verb: Token) -> bool:
    """Whether ``verb`` is in the simple present, which tells what holds at any time: "it
    takes 1,237 delegates to win the nomination", "it doesn't take a genius to see it" (no
    one is said to have won or seen)."""
    return verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ == "aux" and c.lower_ in {"do", "does"} for c in dependents(verb)
    )


def _step(node: Token, dep: str, head: Token) -> Modality | None:
    lemma = head.lemma_.lower()
    if dep == "xcomp" and lemma in POLITE_WISH_VERBS and polite_speech_act(head):
        return None  # "I would like to thank them": thanked, as the wish is only polite
    if dep == "xcomp" and obliged(node, head):
        return "requested"  # "we've got to work it out", "we gotta win": "must"
    if dep == "xcomp" and lemma in GERUND_CHAIN_VERBS and infinitive(node):
        return "purpose"
    if dep in {"advcl", "xcomp"} and infinitive(node) and outcome(node, head):
        return None  # "fell 50 cents to close at $20", "returned, only to be arrested"
    if dep == "advcl" and infinitive(node) and found_out(node):
        return None  # "arrived to find the house looted": what the arriving came upon
    if lemma in {"come", "grow"} and infinitive(node) and node.lemma_.lower() in HELD_VIEW_VERBS:
        return None  # "came to believe", "grew to dominate": a state reached, no purpose
    if dep in {"advcl", "xcomp"} and infinitive(node) and goes_on(node, head):
        return None  # "went on to win the title": as done as the going on, no purpose
    if dep == "xcomp" and infinitive(node) and compared_in_past(head):
        return None  # "smokers were more likely to quit": a rate of what they did
    if dep == "xcomp" and chosen(node, head):
        return None  # "she opted to back the plan": she backed it
    if dep in {"advcl", "xcomp"} and used_for(node, head) and not after_comma(node):
        return None  # "used his speech to attack the plan": attacked, as real as the use
    if dep == "xcomp" and infinitive(node) and used_to(head):
        return None  # "the rebels used to hold the town": they held it, as a habit
    if dep == "xcomp" and infinitive(node) and had_to(head):
        return None  # "he had to leave the field": he left, as the past tells it
    if (
        lemma == "take"
        and dep in {"advcl", "xcomp"}
        and infinitive(node)
        and (takes_time(head) or (takes_doers(head) and not _generic_present(head)))
    ):
        # "it took rescuers six hours to reach the village", "it took six volunteers to
        # clear the cellar": reached and cleared, as the taking is told; no purpose.
        return None
    if dep in {"ccomp", "xcomp"} and proposes(head, node):
        return "requested"  # "Let's talk about the budget", wherever the parse hangs "let"
    if wished(node, head):
        # "hopes that the council approves it": wished for, as "hopes to" is meant
        return "possible" if possibility_modal(head) else "intended"
    if dep == "ccomp" and lemma not in BARE_INFINITIVE_VERBS and subjunctive(node):
        return "requested"  # "demanded that Russia withdraw", "insisted that he be freed"
    if (
        dep == "ccomp"
        and lemma in {"rule", "exclude"}
        and any(negates(c) for c in dependents(head))
    ):
        return "possible"  # "it is not ruled out that they were involved"
    marks = subordinators(node)
    if infinitive(node) and head.dep_ == "dobj" and _requests(head.head):
        if dep in {"acl", "relcl", "xcomp"}:
            return "requested"  # "instructed all mayors to close the schools", one word off
    if dep == "advcl" and infinitive(node) and not has_subject(node):
        # "called on the army to seize power", parsed as a clause of "called"; but "pushed
        # for a ceasefire to allow ..." and "called the shop to obtain a quote" are purposes.
        if (_requests(head) and addressed(head)) or request_said(node) is not None:
            return "requested"  # or "gave orders to his men to burn the village"
        if head.dep_ in {"pobj", "pcomp"} and head.head.lower_ == "for":
            if head.head.head.lemma_.lower() in ABILITY_WORDS:
                return "possible"  # "easier for smugglers to get arms", parsed that way
    if dep == "advcl" and infinitive(node) and lemma == "purport":
        return "possible"  # "photos purporting to show the fire", parsed as a clause of it
    if dep == "advcl" and infinitive(node) and "for" in marks and copula_of_ease(head):
        return "possible"  # "it will be easier for us to sign a deal": it could happen
    if dep == "advcl" and concessive_whether(node):
        return conceded(node)  # "Whether she is coaching or driving, she never tires"
    if dep == "advcl" or (dep == "ccomp" and marks & {"whether"}):
        if "whether" in marks or (asks_if(node) and lemma in {"ask", "wonder", "know", "see"}):
            return "question"
        if marks & CONDITION_MARKS:
            return "conditional"
        if ("so" in marks and not so_of_result(node)) or marks & PURPOSE_MARKS:
            return "purpose"
        if dep == "advcl" and infinitive(node) and not has_subject(node):
            if _pushed_into(head):
                return None  # the parser's clause for "have been pushed to move": done
            return "purpose"  # "guards were posted to stop looters"
    if lemma == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
        return "purpose"  # "in order to V"
    if dep in {"xcomp", "dobj"} and node.tag_ == "VBG" and lemma in PROPOSING_VERBS:
        # "suggested building new shelters": put forward, not done; "might suggest
        # seeking damages", "would advocate allowing it": only as sure as the proposing
        proposing = _local([head], head) or _governed(head)
        return proposing if proposing not in {None, "question"} else "requested"
    if dep in {"xcomp", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        if _requests(head) and dep == "xcomp":
            return "requested"
        if lemma in INTENT_VERBS and dep == "xcomp":
            # "might need to find new buyers": the wish itself only may be
            return "possible" if possibility_modal(head) else "intended"
        if lemma in FUTURE_WORDS and (has_be(head) or lemma == "expect") and not _gone_doing(node):
            return "future"  # "is set to meet", "expects talks to resume", "is going to"
        if lemma in FORECASTING_VERBS and dep == "xcomp" and infinitive(node):
            return "future"  # "prices are forecast to rise", "predicted the storm to weaken"
        if lemma in PERMITTING_VERBS and permission_requested(head):
            return "requested"  # "do not let them use the schools": asked of the one who lets
        if lemma in POSSIBILITY_VERBS | ABILITY_WORDS or _lets_in_present(node, head):
            return "possible"
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ"):
        if lemma in LIKELIHOOD_WORDS:
            return "possible"  # "likely to be loading more cargo"
        if lemma in FUTURE_WORDS:
            return "future"  # "likely to attack", "due to arrive"
        if lemma == "worth" and node.tag_ == "VBG" and _generic_present(head.head):
            return "requested"  # "it's worth checking the prices": advice, not a deed
    if dep == "acl" and no_business(head):
        return "requested"  # "has no business running the port": a call not to, no report
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and infinitive(node):
        if lemma in REQUEST_NOUNS:
            return "requested"
        if lemma in INTENT_NOUNS:
            return "intended"
        if lemma in POSSIBILITY_NOUNS:
            return "possible"
        if after_comma(node):
            return "purpose"  # "presented records, a taxi log ..., to trace his movements"
    if dep in {"pobj", "pcomp"} and head.lower_ == "for":
        governor = for_governor(head)
        # A verb is read by the verb lists, a noun by the noun lists: "pushing for a
        # ceasefire" asks for it, "a push for talks" means to hold them.
        intents, requests = INTENT_VERBS | INTENT_NOUNS, REQUEST_VERBS | REQUEST_NOUNS
        if governor.pos_ in {"VERB", "AUX"}:
            intents, requests = INTENT_VERBS, REQUEST_VERBS | PROPOSING_VERBS
        elif governor.pos_ == "NOUN":
            intents, requests = INTENT_NOUNS, REQUEST_NOUNS
        if governor.lemma_.lower() in intents:
            return "intended"  # "the money was intended for purchasing art"
        if governor.lemma_.lower() in requests:
            return "requested"  # "called for the release of", "a demand for a ceasefire"
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in POSSIBILITY_NOUNS:
            return "possible"  # "a chance for talks" (not the verb "signed ... for")
        if governor.lemma_.lower() in ABILITY_WORDS:
            return "possible"  # "that allows for the allocation of resources"
        if (
            governor.pos_ == "NOUN"
            and node.tag_ == "VBG"
            and governor.lemma_.lower() in MEANS_NOUNS
        ):
            return "intended"  # "his strategy for winning the election": not yet won
    if dep == "dobj" and head.pos_ == "VERB" and node.pos_ == "NOUN":
        if lemma in AWAITING_VERBS:
            return "future"  # "awaiting trial"
        if lemma in REQUESTED_OBJECT_VERBS:
            # "demanded the withdrawal"; but "called the blast an attack" names it, and
            # "pushed back the elections" puts them off.
            return "requested"
        if lemma in INTENT_VERBS:
            return "intended"  # "threatened an attack", "planned an offensive"
    if (
        dep in {"pobj", "pcomp"}
        and head.lower_ == "of"
        and head.head.lemma_.lower() in (INTENT_NOUNS | POSSIBILITY_NOUNS)
    ):
        return "possible" if head.head.lemma_.lower() in POSSIBILITY_NOUNS else "intended"
    if dep == "pobj" and node.pos_ == "NOUN" and open_to(head):
        return "possible"  # "the union is open to talks", "amenable to a merger"
    if dep == "pcomp" and node.tag_ == "VBG" and _aims(head):
        found = gerund_modality(head)
        if found is not None:
            return found  # "an interest in buying", "capable of sinking", "aimed at cutting"
    if infinitive(node) and dep in {"xcomp", "acl", "relcl", "advcl", "ccomp"}:
        # An infinitive is what someone wants, agrees, is ready or is in talks to do, not a
        # report that it was done, unless an implicative verb says so ("managed to").
        if lemma in NEGATIVE_IMPLICATIVES:
            return "negated"
        if lemma in IMPLICATIVE_VERBS:
            if lemma in DENIED_WITH_ACT_VERBS and _denied(head):
                return _as_done(head) or "negated"  # "never got to reopen": not reopened
            return None
        if _pushed_into(head):
            return None  # "have been pushed to move": as "forced to", they moved
        if lemma in ABLE and ability_used(head):
            # "was able to return": an ability in the past told of one act is the act done
            # (as "managed to"); "was unable to", "was not able to", "nobody was able to":
            # not done.
            unable = (
                lemma != "able"
                or any(negates(c) for c in dependents(head.head))
                or negative_subject(head.head)
                or opened_by_nor(head.head)  # "Nor were the rebels able to hold it"
            )
            return "negated" if unable else None
        if lemma in ABILITY_WORDS:
            return "possible"
        if head.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} for c in dependents(head)):
            return "purpose"  # "hired a lawyer to fight the ruling"
        return "intended"
    return None


def _denied(verb: Token) -> bool:
    """Whether a verb is denied by its own negation or a negative subject: "did not get
    to", "never got to", "nobody dared to"."""
    return any(negates(c) for c in dependents(verb)) or negative_subject(verb)


def _pushed_into(verb: Token) -> bool:
    """Whether a verb of pushing is in the passive ("thousands have been pushed to move"):
    told as done, it says the act was done, as "were forced to" does."""
    return verb.lemma_.lower() in PUSHED_VERBS and any(
        c.dep_ == "nsubjpass" for c in dependents(verb)
    )


def _gone_doing(node: Token) -> bool:
    """ "rioters went looting", "they were going looting": a form of "go" with an "-ing"
    verb, not an infinitive, tells what was done, nothing ahead (as "is going to" is, and
    "is going to be working"). Not under a present "be": "he is going hunting next week"
    is a plan, as "is going to hunt" is (review rev30)."""
    go = node.head
    if go.lemma_.lower() != "go" or node.tag_ != "VBG" or infinitive(node):
        return False
    return not any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in go.children)


def _lets_in_present(clause: Token, verb: Token) -> bool:
    """ "The app lets users stream films", "the shop is still letting you add a screen": a
    permission given in the present is what may be done, as after "allows them to"; not a
    "let" told in the past ("let the prisoners go": they went), nor one that says what is
    under way ("we are letting people come in")."""
    if verb.lemma_.lower() != "let" or verb.lower_ == "let":
        return False
    if verb.tag_ == "VBZ":
        return True
    generic = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in dependents(clause))
    return generic and verb.tag_ == "VBG" and not in_perfect(verb)


def _aims(preposition: Token) -> bool:
    """Whether a preposition takes the act its word aims at: "an interest in buying",
    "capable of sinking"; any preposition after an adjective of wish ("keen on raising",
    "comfortable with sharing")."""
    return (
        preposition.lower_ in AIM_PREPOSITIONS or preposition.head.lemma_.lower() in WISH_ADJECTIVES
    )


def _requests(verb: Token) -> bool:
    """Whether a verb asks its infinitive of someone. A request verb that makes the act
    happen (:data:`~kg.lang.en.IMPLICATIVE_VERBS`: "force", "compel", "oblige") asks it
    only while the forcing is not told as done: "forced the army to retreat", "was
    compelled to resign" say it was done; "vowed to force them to pay" demands it. A
    forcing that holds only if it happens makes its act hold only if, no request:
    "forcing people to leave is illegal", "if they force him to pay, ..."."""
    lemma = verb.lemma_.lower()
    if lemma not in REQUEST_VERBS:
        return False
    forcing = lemma in IMPLICATIVE_VERBS or _pushed_into(verb)  # "have been pushed to move"
    return not forcing or _as_done(verb) not in {None, "conditional"}
