"""Doc -> events: frames, figures, attribution and time, as frozen records.

:func:`extract` is the one entry point the rest of kg uses; it reads a parsed
spaCy ``Doc`` and never modifies it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.errors import InputError
from kg.event_types import event_type
from kg.extract.anaphora import named_pairs, referred_places, referred_subjects
from kg.extract.attribution import attributed
from kg.extract.clauses import ends_as_prose, headline_passive
from kg.extract.cue_words import claimed_object
from kg.extract.figures import figures as figures_in
from kg.extract.frames import Frame, frames
from kg.extract.implied_units import opened_clause, sized_body
from kg.extract.modality import modality
from kg.extract.non_events import price_scale
from kg.extract.numbers import FRACTION_WORDS
from kg.extract.place_scorer import rescored
from kg.extract.roles import checked
from kg.extract.spans import (
    ENTITY_LABELS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    dependents,
    doc_span,
    has_subject,
    is_quoted_title,
    read_once,
    without_bullets,
)
from kg.extract.speakers import Speech, speeches
from kg.extract.speakers import sources as claim_sources
from kg.extract.time import normalise
from kg.extract.turns import QuoteLabel, Turn, heading_labels, quote_labels, turn
from kg.extract.when import compares_with_before
from kg.lang.en import POLITY_NOUNS, REPORTING_VERBS, TIME_UNITS
from kg.model import Argument, Document, Event, Extraction, Figure, Mention, TimeExpression
from kg.read.hygiene import layout

__all__ = ["extract"]

# Edges by which a reporting verb governs what it reports.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl"})
# Readings of a verb of saying that tell of a speech not made: asked for ("should demand
# that"), supposed ("would encourage them to", "if they want to argue that"), thought
# possible ("can ask them to"), or refused ahead ("will not confirm that", a future
# negated); its content is then no claim of its speaker's. A plain future ("will argue
# that") tells of a stand the speaker is known to take: theirs.
_UNSAID = frozenset({"requested", "conditional", "possible"})
# Skipped lines that are still the article's own: a photo's caption names the story's
# people and places, a dateline its city, a byline its reporter. They give no events
# (a caption restates the story in the present tense), but their names are mentions.
_NAMING_REGIONS = frozenset({"caption", "dateline", "byline"})


def extract(doc: Doc, document: Document) -> Extraction:
    """The events and entity mentions of one parsed document.

    Args:
        doc: ``document.text`` parsed by a pipeline with a parser and NER.
        document: The document the doc was parsed from; its id and date are used.

    Returns:
        The document's :class:`~kg.model.Extraction`: events in text order, with
        unresolved arguments, and every named actor or place mention.

    Raises:
        InputError: ``doc`` is not as long as ``document.text``: the evidence and the
            mentions are sliced from that text by the doc's offsets.
    """
    # The length of the doc's text from its last token: ``doc.text`` would join them all.
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if length != len(document.text):
        raise InputError(
            f"document {document.id!r}: the doc holds {length} characters and the document's"
            f" text {len(document.text)}; parse document.text itself"
        )
    with read_once(doc, document.text):
        return _extracted(doc, document)


def _extracted(doc: Doc, document: Document) -> Extraction:
    # ``document.text`` is the doc's text (see Args); ``doc.text`` would join every token
    # again, as would each span's ``.text``: the texts below are sliced from it instead.
    text = document.text
    page = layout(text, title=document.title)  # navigation, captions ...: kg.read.hygiene
    events: list[Event] = []
    reporting: list[bool] = []
    bare: list[tuple[bool, bool]] = []
    generic: list[bool] = []  # whether the actor is a "you" or "one" said of anyone
    # Which tokens lie in skipped sentences whose names are no mentions either, worked
    # out once: a span's text and its sentence are rebuilt from the tokens on every access.
    unnamed: set[int] = set()
    speakers: list[Speech] = []
    turns: list[Turn] = []  # "MATTHEWS: They want ...": a transcript's turns
    labels: list[QuoteLabel] = []  # 'Hale: "We stayed."': a quote's speaker named before it
    sentences: list[tuple[int, int]] = []  # every sentence's characters, skipped or not
    for sentence in doc.sents:
        sentences.append((sentence.start_char, sentence.end_char))
        region = page.skipped_region(
            _Stretch(text[sentence.start_char : sentence.end_char], sentence.start_char)
        )
        if region is not None:
            if region.kind == "heading":
                # "Harbour Sailing Club - regatta off": the club's statement quoted below
                labels += heading_labels(sentence, text)
            if region.kind not in _NAMING_REGIONS:
                unnamed.update(range(sentence.start, sentence.end))
            continue
        speakers += speeches(sentence)
        opened = turn(sentence, text)
        if opened is not None and not _befell(sentence, opened):
            turns.append(opened)
        labels += quote_labels(sentence, text)
        for event, says, roleless, anchored, anyone in _sentence_events(sentence, document):
            events.append(event)
            reporting.append(says)
            bare.append((roleless, anchored))
            generic.append(anyone)
    events = attributed(events, text, reporting, speakers, turns, labels)
    events = [_readers_left(e) if g else e for e, g in zip(events, generic, strict=True)]
    # A clause with no actor, target or place says nothing about who or where, unless
    # someone claims it: "he would jail her if elected", "'the device detonated,' the
    # police said" (see _told). Its claimant may be found only across sentences (a
    # quote), so the choice waits until attribution is done.
    events = [
        event
        for event, (roleless, anchored) in zip(events, bare, strict=True)
        if not (roleless or _roleless(event)) or _told(event, anchored)
    ]
    # Typed from the finished record, so the frames need not know the taxonomy.
    events = [dataclasses.replace(e, event_type=event_type(e)) for e in events]
    # Typed first: "the blast killed six" takes the place of the earlier bombing.
    events = referred_places(doc, events)
    events = referred_subjects(doc, events)
    events = named_pairs(doc, events)  # "the pair met": the two people named before
    events = [_read_elsewhere(event, sentences, document) for event in events]
    mentions = tuple(
        _mention(doc[slice(*without_bullets(ent))], ent.label_, text)
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS and ent.start not in unnamed and not _titled_place(ent)
    )
    return Extraction(document=document, events=page.one_from_title(events), mentions=mentions)


def _mention(name: Span, label: str, text: str) -> Argument:
    """A named entity's mention, its text the document's own stretch."""
    return Argument(
        text=text[name.start_char : name.end_char],
        start=name.start_char,
        end=name.end_char,
        label=label,
    )


def _titled_place(ent: Span) -> bool:
    """Whether a name the model took for a place is the title of a work, in quotation
    marks after the noun of its kind ('the film "Australia"', 'the ship "Texas"'): no
    mention of the place. Not after a noun of a polity ('the country "Russia"'), and a
    body's name there ('the newspaper "Izvestia"') still names the body."""
    if ent.label_ not in PLACE_LABELS or not is_quoted_title(ent):
        return False
    return ent.doc[ent.start - 2].lemma_.lower() not in POLITY_NOUNS


@dataclass(frozen=True, slots=True)
class _Stretch:
    """A sentence's text and where it starts, as :meth:`Layout.skipped_region` reads them
    (``Span.text`` would join the sentence's tokens again)."""

    text: str
    start_char: int


def _befell(sentence: Span, opened: Turn) -> bool:
    """Whether a turn's words are a headline's passive, a past form with a subject and no
    auxiliary or object in a line with no full stop (headlines tell acts in the present,
    as :func:`~kg.extract.clauses.headline_passive` reads them), or a participle on a noun:
    "Ana Ruiz: Minister taken to hospital", "Ana Ruiz: Prime minister taken to hospital"
    tell what befell the person the title names, not what she claims ("Ana Ruiz: Council
    will sell the pier", "Ana Ruiz: We were misled" do). Asked here, as the clause tests
    import the attribution that reads turns."""
    told = [t for t in sentence if t.idx >= opened.start and not t.is_space]
    if not told:
        return False
    root = sentence.doc[told[0].i : sentence.end].root
    if root.pos_ in {"NOUN", "PROPN"}:
        return any(c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"} for c in dependents(root))
    if root.dep_ in {"ROOT", "ccomp", "conj"}:
        return headline_passive(root)
    deps = {c.dep_ for c in dependents(root)}
    past = root.tag_ in {"VBN", "VBD"} and "nsubj" in deps and not deps & _OWN_OBJECTS
    return past and not ends_as_prose(sentence)


#: What a past form has when it is no headline's passive: an auxiliary, an object.
_OWN_OBJECTS = frozenset({"aux", "auxpass", "dobj", "dative"})


def _readers_left(event: Event) -> Event:
    """The event without its generic "you" or "one" when no one says it: outside any
    quote, "if you use the old browser, you must apply the patch" speaks to the reader,
    no one of the story. A quoted one stays: it may be whom the speaker speaks to, and
    the speaker's words are told as they are said."""
    return event if event.source is not None else dataclasses.replace(event, actor=None)


def _roleless(event: Event) -> bool:
    """Whether the event names no actor, target or place (as :attr:`Frame.bare`)."""
    return event.actor is None and event.target is None and not event.places


def _told(event: Event, anchored: bool) -> bool:
    """Whether a bare event is kept: someone claims it (``source``), and either it is not
    plainly asserted ("he would never do that if elected", "without investigating": the
    claim is the stance) or it is anchored (:func:`_anchored`). A claimed, asserted
    clause without any subject ("of being involved", "led back") is most often a piece
    of a longer act."""
    if event.source is None:
        return False
    return anchored or event.modality != "asserted"


def _sentence_events(
    sentence: Span, document: Document
) -> list[tuple[Event, bool, bool, bool, bool]]:
    """The sentence's events in text order, each with whether it reports speech, whether
    it is bare (no actor, target or place: :attr:`Frame.bare`), whether it is anchored
    (:func:`_anchored`) and whether its actor is a generic "you" or "one"."""
    found = [f for f in map(checked, frames(sentence)) if not f.bare or _may_stand_alone(f)]
    if not found:
        return []
    # The learned place choice (kg.extract.place_scorer) weighs all the sentence's frames,
    # as it was trained: those with a role (a bare frame has no place to weigh).
    rescored([f for f in found if not f.bare], sentence)
    # A frame the scorer left with no role is bare like any other (see _may_stand_alone).
    found = [f for f in found if not f.bare or _may_stand_alone(f)]
    if not found:
        return []
    factualities = [modality(f.verbs, f.trigger, negated=f.negated) for f in found]
    unsaid = {
        f.trigger.i
        for f, m in zip(found, factualities, strict=True)
        if m in _UNSAID or (m == "future" and f.negated)
    }
    sources = claim_sources(sentence, [(f.trigger, f.verbs[-1]) for f in found], unsaid)
    attached = _attach_figures(sentence, found)
    evidence = _sentence_mention(sentence.start_char, sentence.end_char, document)
    events: list[tuple[Event, bool, bool, bool, bool]] = []
    for index, frame in enumerate(found):
        time = None
        if frame.time is not None:
            time = TimeExpression(
                text=frame.time.text,
                start=frame.time.start_char,
                end=frame.time.end_char,
                value=normalise(frame.time.text, document.date),
            )
        trigger = frame.trigger
        factuality = factualities[index]
        event = Event(
            document=document.id,
            start=trigger.idx,
            end=trigger.idx + len(trigger.text),
            action=frame.action,
            evidence=evidence,
            actor=frame.actor_argument,
            target=frame.target,
            places=tuple(frame.places),
            figures=tuple(attached.get(index, ())),
            time=time,
            source=sources[index],
            # "refused to sign", "denied the shelling": told as not done, as "did not sign".
            negated=frame.negated or factuality == "negated",
            modality=factuality,
            part=frame.part,
        )
        events.append((event, frame.reporting, frame.bare, _anchored(frame), frame.generic_actor))
    events.sort(key=lambda pair: (pair[0].start, pair[0].part))
    return events


def _sentence_mention(start: int, end: int, document: Document) -> Mention:
    """The sentence between these characters as a fact's evidence."""
    # Line breaks and spaces at the edges of a sentence are not part of its evidence.
    raw = document.text[start:end]  # sentence.text would join its tokens again
    start += len(raw) - len(raw.lstrip())
    text = raw.strip()
    return Mention(document=document.id, start=start, end=start + len(text), text=text)


#: The roles of one span each that attribution can fill from another sentence.
_SINGLE_ROLES = ("actor", "target", "source")


def _read_elsewhere(
    event: Event, sentences: Sequence[tuple[int, int]], document: Document
) -> Event:
    """The event, each actor, target or source read in another sentence than the
    event's own keeping that sentence as its ``evidence``.

    Attribution fills roles across sentences: a quote's speaker named in the sentence
    before or after it becomes the source of every event inside, and an "I" inside the
    quote the speaker; "He added that ..." takes the name of the speaker before. The
    event's own sentence does not hold that name, so a reader of the record or the RDF
    (``kg:sourceFrom`` ...) is told where it was read.
    """
    changes: dict[str, Argument] = {}
    for role in _SINGLE_ROLES:
        argument: Argument | None = getattr(event, role)
        if (
            argument is None
            or argument.evidence is not None
            or argument.start == argument.end  # no span of the text to point at
            or event.evidence.start <= argument.start < argument.end <= event.evidence.end
        ):
            continue
        at = bisect.bisect_right(sentences, (argument.start, len(document.text) + 1)) - 1
        if at < 0 or argument.end > sentences[at][1]:
            continue  # no one sentence holds the span: nothing truthful to point at
        read_in = _sentence_mention(*sentences[at], document)
        changes[role] = dataclasses.replace(argument, evidence=read_in)
    return dataclasses.replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _may_stand_alone(frame: Frame) -> bool:
    """Whether a bare frame may become an event (if it is claimed: see :func:`_told`).

    A clause, or a noun that is what a cue claims ("denied involvement", "pushing for a
    ceasefire"); any other bare noun is most often a later mention of an event already
    told ("the attack"). A reporting verb with no speaker claims nothing; the infinitive
    of a chain ("supposed to work") is part of the act its governor names; and a
    trigger that is no word ("'m", "’s", a lone letter) is a parse error.
    """
    trigger = frame.trigger
    return (
        (trigger.pos_ == "VERB" or (trigger.pos_ == "NOUN" and claimed_object(trigger)))
        and not frame.reporting
        and trigger.dep_ not in {"compound", "xcomp"}
        and trigger.is_alpha
        and len(trigger.text) > 1
    )


def _anchored(frame: Frame) -> bool:
    """Whether a bare frame is more than a fragment: a verb with a subject of its own in
    the parse, which the role checks dropped ("the device detonated": an instrument), or
    a noun that is what its cue claims ("denied involvement")."""
    trigger = frame.trigger
    if trigger.pos_ == "NOUN":
        return claimed_object(trigger)
    return has_subject(trigger)


def _attach_figures(sentence: Span, found: list[Frame]) -> dict[int, list[Figure]]:
    """Give each figure to the event of its own clause: the frame whose trigger governs it
    (:func:`_governing`), else the frame of the clause its counted noun takes part in
    (:func:`_clause_of_counted`), else the nearest frame, unless the figure lies in a
    clause of its own that is no event: then it has no event. A size or a length before
    a noun ("a 15-year veteran") goes only to a frame that takes the noun directly
    (:func:`_taking_directly`)."""
    owner: dict[int, int] = {}
    # Bare frames take no figures: most of them are dropped (see extract); nor does a word
    # of a hyphenated modifier, which is no clause of the sentence.
    owners = [
        i
        for i, frame in enumerate(found)
        if not frame.part and not frame.bare and not _in_compound_modifier(frame.trigger)
    ]
    if not owners:
        return {}
    for index in owners:
        frame = found[index]
        for token_index in frame.tokens:
            owner.setdefault(token_index, index)
    # "sank four boats and at least three submarines": a figure inside a later coordinated
    # object counts that object, the copy of the event that has it as target.
    conjunct: dict[int, int] = {}
    for index, frame in enumerate(found):
        target = frame.target_token
        if frame.part and not frame.bare and target is not None and target.dep_ in _PART_DEPS:
            conjunct.setdefault(target.i, index)
    attached: dict[int, list[Figure]] = {}
    # Durations count as figures of an event ("jailed for 23 years"); the frame's time
    # keeps the calendar expressions.
    for figure in figures_in(sentence, durations=True):
        counted: Token = doc_span(sentence.doc, figure.start, figure.end).root
        described = _described_noun(counted)
        if described is None and counted.like_num:
            described = sized_body(counted)  # "Ferguson, a town of 21,000, erupted"
        if described is not None:
            # "a 15-year veteran", "the 300-seat parliament": the noun's own number
            chosen = _taking_directly(described, owner, conjunct)
            if chosen is not None:
                attached.setdefault(chosen, []).append(figure)
            continue
        elapsed = figure.unit in TIME_UNITS
        chosen, stopped = _governing(counted, owner, conjunct, elapsed=elapsed)
        opened = opened_clause(sentence.doc, figure)
        if opened is not None:
            # its frame may be bare: the figure is the subject the parser did not give it
            chosen = next((i for i, f in enumerate(found) if f.trigger.i == opened.i), None)
            stopped = True
        if chosen is None:
            chosen = _clause_of_counted(counted, owner)
        claim = None if chosen is None else _claim_without(found[chosen].trigger, counted)
        if claim is not None:
            # "officials said the toll was 30": the claim's figure, no measure of the saying
            chosen, stopped = _result_of_claim(claim, found, owners), True
        if chosen is None and not stopped:
            # A main clause with no event ("the toll was 30 after the blast hit ..."): the
            # nearest frame that is not in an adverbial clause below the figure's own, nor in
            # the clause that says who the whole of a part is.
            whole = _whole_of_part(counted, figure)
            nearest = [
                i
                for i in owners
                if not _in_adverbial_clause(found[i].trigger, counted)
                and not _another_statement(found[i].trigger, counted)
                and not _reports_clause_of(found[i].trigger, counted)
                and not _in_complement_below(found[i].trigger, counted)
                and not (whole is not None and _describes(found[i].trigger, whole))
                and not _part_of_it(found[i].trigger, counted)
            ]
            if nearest:
                chosen = min(nearest, key=lambda i: abs(found[i].trigger.idx - figure.start))
        if chosen is not None:
            attached.setdefault(chosen, []).append(figure)
    return attached


#: How the target of a copied event hangs: a coordinated object ("sank four boats and three
#: submarines"), or the amount of a gapped clause ("Leeds hit 14 degrees and York, 15
#: degrees", :func:`kg.extract.actors.split_coordinated_actors`).
_PART_DEPS = frozenset({"conj", "appos"})


#: The heads of clauses: a word of a hyphenated compound that heads one is a verb of the
#: sentence ("shares nose-dived $8 to $100"), not a modifier.
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "parataxis"})


def _in_compound_modifier(trigger: Token) -> bool:
    """Whether ``trigger`` is a word of a hyphenated compound set before a noun or a number
    ("stay-at-home orders in 42 states", "a lower-than-anticipated 5.2%", "a 28-stop tour"):
    the compound describes the noun, so no figure of the sentence measures it."""
    doc, first, last = trigger.doc, trigger.i, trigger.i
    while first >= 2 and _glued_hyphen(doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and _glued_hyphen(doc[last + 1]):
        last += 2
    if first == last or last + 1 >= len(doc):
        return False
    if doc[last + 1].pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}:
        return False
    heads = [t for t in doc[first : last + 1] if not first <= t.head.i <= last or t.head == t]
    return bool(heads) and heads[0].dep_ not in _CLAUSE_DEPS


def _glued_hyphen(token: Token) -> bool:
    """Whether ``token`` is a hyphen with no space on either side ("stay-at-home")."""
    if token.text != "-" or token.whitespace_ or token.i == 0:
        return False
    return not token.doc[token.i - 1].whitespace_


#: Adverbial clauses whose event a figure of the clause above may be about: what it followed
#: ("one woman is dead after a driver hit a shelter"), what it leads up to ("nine days are
#: left until voters pick a mayor", "two hours before the blast") and an infinitive ("it
#: took the jury three hours to convict him").
_RESULT_MARKS = frozenset({"after", "before", "until", "till", "to"})


def _claim_without(trigger: Token, counted: Token) -> Token | None:
    """The verb of the clause complement ("said the toll was 30", "believes it to be for
    eight years", "faces the fact that 5,000 jobs will go") that holds the figure's counted
    word and not ``trigger``: the figure is then a figure of what is said, thought, shown or
    faced, none of the saying's."""
    for token in counted.ancestors:
        if _complement_clause(token) and token.pos_ in {"VERB", "AUX"}:
            return None if token.is_ancestor(trigger) or token == trigger else token
    return None


def _complement_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the complement of a verb ("said the toll was 30") or of a noun
    ("the fact that 5,000 jobs will go", "reports that 300 homes were cut off"); a relative
    clause ("the report that he wrote") is none."""
    if verb.dep_ == "ccomp":
        return True
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(verb))
    )


def _reports_clause_of(trigger: Token, counted: Token) -> bool:
    """Whether ``trigger`` is a reporting verb set into the clause of the figure's counted
    word as a parenthesis ("her income, she said, has been about $12,000", "it lasted 10
    seconds, he says"): it reports that clause and measures nothing of it."""
    return (
        trigger.lemma_.lower() in REPORTING_VERBS
        and trigger.dep_ == "parataxis"
        and (trigger.head == counted or trigger.head.is_ancestor(counted))
    )


def _result_of_claim(claim: Token, found: list[Frame], owners: list[int]) -> int | None:
    """The frame of an infinitive or of a clause of time measured from or to the claim's
    own verb, which its figure measures ("it would take an hour and a half to learn it",
    he said: *learn*); the nearest to the claim's verb, if any."""
    results = [i for i in owners if _result_below(found[i].trigger, claim)]
    return min(results, key=lambda i: abs(found[i].trigger.i - claim.i), default=None)


def _result_below(trigger: Token, verb: Token) -> bool:
    """Whether ``trigger`` hangs from ``verb`` only through infinitives and clauses of time
    measured from or to it (see :func:`_measured_from`)."""
    token = trigger
    while token.i != verb.i:
        if token.dep_ != "xcomp" and not (token.dep_ == "advcl" and _measured_from(token)):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _measured_from(clause: Token) -> bool:
    """Whether an adverbial clause tells what the clause above leads up to or followed, or is
    an infinitive ("after", "before", "until", "to"; :data:`_RESULT_MARKS`)."""
    marks = {c.lower_ for c in dependents(clause) if c.dep_ in {"mark", "aux"}}
    return bool(marks & _RESULT_MARKS)


def _in_adverbial_clause(trigger: Token, counted: Token) -> bool:
    """Whether ``trigger`` lies in an adverbial clause hung below the clause of the figure's
    counted word, which only sets the scene or the time of that clause: "she had sung for
    thousands of fans when she quit the band", "temperatures were minus 15 as crews fought
    the fire", "he is 6 feet tall, weighing 200 pounds". A clause of time
    measured from or to its event ("after", "before", "until") or an infinitive ("to") is
    no such clause."""
    above = {counted.i} | {t.i for t in counted.ancestors}
    token = trigger
    while token.i not in above and token.head.i != token.i:
        if token.dep_ == "advcl" and not _measured_from(token):
            return True
        token = token.head
    return False


def _in_complement_below(trigger: Token, counted: Token) -> bool:
    """Whether ``trigger`` lies in a clause below the clause of the figure's counted word
    that the figure does not measure:

    - the complement of a verb or noun ("only one in five thought that cutting the budget
      was fair", "40 percent believe the mayor should resign"): the figure counts who
      thinks or says, and what they think or say is not measured by it, unless they are
      its doers ("4 in 10 say they want a change": a "they" or "we" of the complement
      after its verb), or the complement has no subject of its own
      (:func:`_subject_of_its_own`); so is a clause the parser hangs as the complement of a
      later one ("we had lost 350,000 jobs, we were $8 billion in the hole"), but not of a
      phrase with no verb (:func:`_before_a_fragment`);
    - the clausal subject of a passive, as the parser reads a pronoun with a participle
      ("anyone caught fishing could be fined £500", "anyone handing fake names to an
      inspector could be given a fine of £80"): the figure is what is done to the doer, no measure
      of the act (an active "building the bridge took three years" still measures it).
    """
    above = {counted.i} | {t.i for t in counted.ancestors}
    token = trigger
    while token.i not in above and token.head.i != token.i:
        if token.dep_ == "csubjpass" or _unmeasured_complement(token, trigger):
            return True
        token = token.head
    return False


def _unmeasured_complement(clause: Token, trigger: Token) -> bool:
    """Whether ``clause``, on the way up from ``trigger``, is a complement that says what
    others think or say (see :func:`_in_complement_below`)."""
    if not _complement_clause(clause) or not _subject_of_its_own(clause):
        return False
    if _before_a_fragment(clause):
        return False
    return clause.i < clause.head.i or not _group_pronoun_subject(trigger)


#: Subjects that only point back to the noun before the clause: a cleft's "it was two boats
#: that carried them", which the parser may hang as a complement.
_RELATIVE_WORDS = frozenset({"that", "which", "who"})


def _subject_of_its_own(clause: Token) -> bool:
    """Whether a clause has a subject other than a relative word: with none ("it used to be
    the 11 ministers could meet and fix the price", as parsed) or a cleft's "that", the
    figure's noun is the one who acts in it."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
        and c.lower_ not in _RELATIVE_WORDS
        for c in dependents(clause)
    )


def _before_a_fragment(clause: Token) -> bool:
    """Whether the parser hung a clause on a phrase with no verb after it, as it does before a
    colon ("a record may have been set: 130 degrees"): the phrase says what the clause's
    noun is, no complement of it. A clause it hangs on a later clause ("we had lost 350,000
    jobs, we were $8 billion in the hole") is another statement all the same."""
    return clause.i < clause.head.i and clause.head.pos_ not in {"VERB", "AUX"}


def _group_pronoun_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is "they" or "we", who may be the ones a figure counts."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"they", "we"} for c in dependents(verb))


def _another_statement(trigger: Token, counted: Token) -> bool:
    """Whether ``trigger`` says something else than the clause of the figure's counted word:
    a clause joined to it by "and" or "but" with a subject of its own ("prices range from $499
    to $569, and you can sign up for alerts"), or a relative clause or a participle on
    another noun ("a $95 million investment, according to officials who spoke about it").
    A figure of a clause with no event measures neither; a conjunct sharing the figure's
    subject ("three people were inside and escaped") and a clause on the counted noun itself
    ("five people they click with") still may."""
    above = {counted.i} | {t.i for t in counted.ancestors}
    # the figure's phrase takes in the nouns joined to it: "the 30 pastors and leaders who met"
    phrase = above | {c.i for c in counted.conjuncts}
    token = trigger
    while token.i not in above and token.head.i != token.i:
        if _describing_clause(token) and token.head.i not in phrase:
            return True  # the clause is on a noun outside the figure's phrase
        if token.dep_ == "conj" and _own_subject(token):
            return True
        token = token.head
    # the figure's own clause may be the conjunct: "rebels took the town, and 300 were missing"
    meeting = token
    for clause in [counted, *counted.ancestors]:
        if clause.i == meeting.i:
            break
        if clause.dep_ == "conj" and _own_subject(clause):
            return True
    return False


def _describing_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause, a participle or an infinitive on a noun
    ("officials who spoke", "articles written by volunteers", "a plan to influence it")."""
    return verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.pos_ == "VERB")


def _own_subject(verb: Token) -> bool:
    """Whether a conjoined verb has a subject of its own ("and you can sign up")."""
    return verb.pos_ in {"VERB", "AUX"} and (
        has_subject(verb) or any(c.dep_ == "expl" for c in dependents(verb))
    )


def _whole_of_part(counted: Token, figure: Figure) -> Token | None:
    """The whole that a figure of a part is taken from, after "of": a share ("about half of
    the graduates", "30% of the delegates") or a bare number of some of a definite whole
    ("five of the donors", "four of those"). Not what a count counts ("dozens of soldiers"),
    nor whose its noun is ("three legs of the stool")."""
    share = figure.share or figure.unit == "percent"
    if not share and not counted.like_num:
        return None
    for prep in dependents(counted):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for whole in dependents(prep):
            if whole.dep_ == "pobj" and (share or _definite(whole)):
                return whole
    return None


def _definite(noun: Token) -> bool:
    """Whether ``noun`` names a whole already known: a pronoun ("those") or a noun with a
    definite determiner, a possessive or a number ("the donors", "its staff", "the 12
    victims")."""
    if noun.pos_ == "PRON":
        return True
    return any(
        c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ not in {"a", "an"})
        for c in dependents(noun)
    )


def _describes(trigger: Token, whole: Token) -> bool:
    """Whether ``trigger`` lies in a relative clause or a participle on ``whole``, which says
    who the whole are ("half of the graduates who took out loans live in towns": all of them
    took out loans); a figure of a part of it measures the main clause, not that one."""
    return any(
        c.dep_ in {"relcl", "acl"} and (c == trigger or c.is_ancestor(trigger))
        for c in dependents(whole)
    )


def _part_of_it(trigger: Token, counted: Token) -> bool:
    """Whether ``trigger`` lies in a relative clause of a part taken from the figure's set
    ("the caseload is nearly 5,000, of whom 120 have died": the 120 died, not the 5,000);
    the figure counts the whole, no event of that part."""
    return any(
        c.dep_ == "relcl"
        and (c == trigger or c.is_ancestor(trigger))
        and any(
            w.dep_ == "prep"
            and w.lower_ == "of"
            and w.i < c.i
            and any(o.lower_ in {"whom", "which"} for o in dependents(w))
            for w in dependents(c)
        )
        for c in dependents(counted)
    )


def _described_noun(counted: Token) -> Token | None:
    """The noun a figure only describes, when its counted word modifies a noun after it:
    "a 15-year veteran", "an eight-page report", "the 300-seat parliament"."""
    if counted.dep_ not in {"amod", "compound", "nmod", "npadvmod"}:
        return None
    noun = counted.head
    while noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i > noun.i:
        noun = noun.head  # "a 44-yard field goal": the goal
    if noun.i <= counted.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return noun


#: How a noun takes part in an event directly: as its subject or object.
_DIRECT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "oprd"})
#: Prepositions whose noun is a happening the event lies inside or follows, not a
#: participant: its own number measures that happening ("arrested following a nine-month
#: probe", "during their two-hour interview, they spoke", "amid a 12-day strike").
_SURROUNDING_PREPOSITIONS = frozenset(
    {"after", "following", "during", "throughout", "amid", "amidst"}
)


def _taking_directly(noun: Token, owner: dict[int, int], conjunct: dict[int, int]) -> int | None:
    """The frame that takes ``noun`` as a participant: the frame the noun is the trigger
    of, or whose word has it as subject, object or object of its own preposition ("served
    a two-year sentence", "escaped with a 12-gauge shotgun", "a 24-hour strike"). A noun
    further off ("Ortiz, a 15-year veteran", "the report of a two-year inquiry", "according
    to the eight-page report") is what its number describes, no event's measure; so is a
    happening the event lies inside or follows (:data:`_SURROUNDING_PREPOSITIONS`: "during their
    two-hour interview, they spoke"; see :func:`_governing` for a length of time)."""
    if noun.i in conjunct:
        return conjunct[noun.i]
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "a radio and a 13-inch television"
    if noun.i in owner:
        return owner[noun.i]
    if noun.dep_ == "appos" and _second_object(noun):
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in _SURROUNDING_PREPOSITIONS:
            return None  # "arrested following a nine-month probe"
        head = head.head
    elif noun.dep_ not in _DIRECT_ROLES:
        return None
    return owner.get(head.i)


def _second_object(appos: Token) -> bool:
    """Whether an apposition is a second object the parser took for one: "offered Lee an
    eight-year contract" (a true apposition is set off by a comma)."""
    head = appos.head
    between = appos.doc[head.i + 1 : appos.left_edge.i]
    return head.dep_ in {"dative", "dobj"} and not any(t.is_punct for t in between)


def _governing(
    token: Token, owner: dict[int, int], conjunct: dict[int, int], *, elapsed: bool
) -> tuple[int | None, bool]:
    """The first frame above ``token`` in the parse, and whether the search stopped short
    at a clause of the figure's own that is no event, whose figures are none of the
    events above it:

    - a relative or adverbial clause ("the guard, who had $5,000 on him, was fired", "escaped
      while serving a ten-year term", "when she had 30 points"); not a reduced relative,
      which describes its noun ("stole jewels valued at $3 million"), nor "do" standing
      for the event above ("the first bid failed, as did two others");
    - what a verb "have" holds ("Smith had 12 points as the team lost"): a state;
    - a scale of prices ("packs eight cores for prices starting at $499"): what a thing
      costs, no measure of the event above (:func:`kg.extract.non_events.price_scale`);
    - a length of time (``elapsed``) after "after" or "following": how long what came
      before lasted ("sacked after two years", "charged following a six-month inquiry").
    """
    if _compared_standard(token):
        # "well above the 48 she measured": the figure is what the relative clause's event
        # measured, else a quantity the event is only compared with.
        told = [c for c in token.children if c.dep_ == "relcl" and c.i in owner]
        return (owner[told[0].i], False) if told else (None, True)
    below = token
    while True:
        if token.i in conjunct:
            return conjunct[token.i], False
        if token.i in owner:
            return owner[token.i], False
        predicate = _absolute_participle(token)
        if predicate is not None and predicate.i in owner:
            return owner[predicate.i], False
        if token.pos_ in {"VERB", "AUX"} and _clause_of_its_own(token, below):
            return None, True
        if token.pos_ == "VERB" and price_scale(token):
            return None, True
        if elapsed and token.dep_ == "prep" and token.lower_ in {"after", "following"}:
            return None, True
        if token.dep_ == "appos" and _speaker(token.head):
            return None, True
        head = token.head
        if head.i == token.i:
            return None, False
        if token.dep_ == "dobj" and head.lemma_.lower() == "have" and head.i not in owner:
            return None, True
        below, token = token, head


#: Prepositions that set a figure beside another to compare them ("above the 48 of Friday");
#: not "over", which mostly spans a time ("over the last two decades").
_COMPARING = frozenset({"than", "above", "below"})


def _compared_standard(counted: Token) -> bool:
    """Whether ``counted`` is a known quantity that the event is compared with, not one it
    measures: a definite figure after a comparing word ("much lower than the 46,000 of
    Friday", "well above the 48 she measured"; a bare "above 40 degrees" is the level the
    event reached), or the value it moved away from ("up from 300 a year ago")."""
    if counted.dep_ != "pobj":
        return False
    preposition = counted.head
    if preposition.lower_ == "from":
        return compares_with_before(preposition.head)
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in counted.children)
    return definite and preposition.lower_ in _COMPARING


def _absolute_participle(noun: Token) -> Token | None:
    """The participle said of ``noun`` after "with" ("two were killed, with 30 others
    injured", "with two guards and a driver hurt", "rioting spread, with 70 people
    arrested"): the parser hangs the phrase on the verb before it, but its figure counts
    those the participle happened to, none of that verb's. The participle may follow a
    later noun joined to ``noun`` by "and"; ``None`` unless ``noun`` is the object of
    "with"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    for joined in (noun, *noun.conjuncts):
        # after a later noun, only a passive participle is said of them all: in "oil worth
        # $5 million and a ship carrying tanks" the "-ing" is the ship's alone
        tags = {"VBN", "VBG"} if joined.i == noun.i else {"VBN"}
        for child in dependents(joined):
            if child.dep_ == "acl" and child.tag_ in tags and child.i > joined.i:
                return child
    return None


def _speaker(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a reporting verb: its apposition describes who
    speaks ("said Ana Ruiz, an expert with 20 years in the field", "Tom Ode, one of the two
    lawyers, said"), which measures nothing of the saying. A share restated ("a third of
    voters, 33 percent, say") still counts the speakers."""
    if noun.like_num or noun.lower_ in FRACTION_WORDS:
        return False
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORTING_VERBS


#: Verbs whose participle after an event tells what the event left or brought about
#: ("leaving 30 people dead", "bringing the toll to 12", "raising the count to 40").
_RESULT_VERBS = frozenset({"leave", "bring", "raise", "push"})


def _clause_of_its_own(verb: Token, below: Token) -> bool:
    """Whether ``verb`` (reached from ``below``) heads a relative or adverbial clause, or a
    coordinated clause: one with its own subject ("40 were hurt and 12 of them remain in
    hospital"), or a verb that is no event sharing the subject of the one before ("played
    for 11 seasons and served as coach for seven", "killed 40 and displaced thousands"),
    unless the figure is an object both verbs share ("stopped and searched 12 cars": the
    parser hangs it on the last verb only); "do" standing for the verb above ("as did two
    others") heads none."""
    if verb.lemma_.lower() == "do":
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() in _RESULT_VERBS:
        return False  # "tore through the market, leaving 30 dead": what the event left
    if verb.dep_ == "conj":
        if has_subject(verb):
            return True
        shared = below.dep_ == "dobj" and not any(c.dep_ == "dobj" for c in dependents(verb.head))
        return verb.head.pos_ in {"VERB", "AUX"} and not shared
    return verb.dep_ in {"relcl", "advcl"}


def _clause_of_counted(counted: Token, owner: dict[int, int]) -> int | None:
    """The frame of the clause the counted noun takes part in, when no frame governs it.

    When the noun is the subject of a verb that is no event, that verb's infinitive ("90
    pupils had to be moved", "200 workers are believed to have been laid off") or its next
    conjunct ("the five owners could meet and fix the price"). Else a participle on the
    noun ("40 miners trapped by a flood", "had 200 homes losing power"), or a relative
    clause right after it ("has one deputy, who won a by-election", "had 18 points to
    lead the side"; a later one the parser often hangs on the wrong noun: "had six assists
    for the visitors, who ...").
    """
    verb = counted.head
    if counted.dep_ in SUBJECT_DEPS and verb.i not in owner:
        for dep in ("xcomp", "conj"):
            for child in dependents(verb):
                if child.dep_ == dep and child.i in owner:
                    return owner[child.i]
    for child in dependents(counted):
        if child.i not in owner:
            continue
        if _part_of_it(child, counted):
            continue  # "nearly 5,000, of whom 120 died": the part died, not the 5,000
        if child.dep_ == "acl" or (child.dep_ == "relcl" and _right_after(child, counted)):
            return owner[child.i]
    return None


def _right_after(clause: Token, noun: Token) -> bool:
    """Whether ``clause`` begins right after ``noun``, or after a comma that follows it."""
    first = clause.left_edge.i
    return first == noun.i + 1 or (first == noun.i + 2 and noun.nbor().text == ",")
