"""Resolving one document: its spans in order, through the rules, into the index."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.event_types import superclasses
from kg.gazetteer import Gazetteer, fold
from kg.lang.en import (
    COUNTRY_OFFICES,
    FORMER_TITLE_PREFIXES,
    FORMER_TITLE_WORDS,
    LEADS_TITLES,
    NEWSROOM_ACTS,
    ORGANIZATION_KIND_WORDS,
    OWN_COVERAGE_NOUNS,
    OWN_PUBLICATION,
    SPEAKS_FOR_TITLES,
    SUBJECT_PRONOUNS,
    THIRD_PERSON_PRONOUNS,
    given_names,
)
from kg.lang.wordnet import NOUN_ANIMAL, NOUN_PERSON
from kg.model import Argument, Document, EntityMention, Event, Extraction, free_part
from kg.resolve._bodies import make_group, organization, singular_classes
from kg.resolve._clusters import Cluster
from kg.resolve._evidence import acronyms, initials, person_shaped, vote_labels
from kg.resolve._names import buildings, longer_places, person_name, same_person, spellings
from kg.resolve._references import (
    agrees,
    described_body,
    names_a_thing,
    names_no_doer,
    note_epithets,
    site_country,
    unnamed_subject,
)
from kg.resolve._relink import relink
from kg.resolve._rules import resolve_span
from kg.resolve._state import DocState, quotes_between
from kg.resolve._text import (
    clean_span,
    goes_by_first_name,
    lexicon,
    names_a_pair,
    plural,
    slug,
)

if TYPE_CHECKING:
    from kg.resolve.index import EntityIndex

__all__ = ["document_state", "resolve_document", "resolve_part"]


def resolve_document(
    index: EntityIndex, extraction: Extraction
) -> tuple[tuple[Event, ...], tuple[EntityMention, ...]]:
    """Resolve one document's spans into ``index``.

    Returns:
        The document's events with entity ids, and its entity mentions in text
        order (ids as the index holds them now: a later merge may redirect them).

    Raises:
        ValueError: ``extraction`` is one part of a document (see
            :func:`kg.resolve._parts.resolve_in_parts`).
    """
    if extraction.parts != 1:
        raise ValueError(
            f"document {extraction.document.id!r}: part {extraction.part} of"
            f" {extraction.parts}; a document in parts is resolved with add_in_parts"
        )
    state = document_state(index, extraction.document, extraction.mentions, _spans(extraction))
    return resolve_part(state, extraction)


def document_state(
    index: EntityIndex,
    document: Document,
    mentions: Sequence[Argument],
    spans: Iterable[Argument],
) -> DocState:
    """A document's state before its first span is resolved: what the whole of it says.

    Args:
        index: The entity index the document is resolved into.
        document: The document.
        mentions: Its named spans, in text order (:attr:`Extraction.mentions`
            of all its parts).
        spans: The named spans and the events' arguments; only their text and
            label are read (which full names end with which surname).
    """
    state = DocState(
        index=index,
        id=document.id,
        text=document.text,
        context=_context(index.gazetteer, mentions),
    )
    state.capital_country = _capital_country(state, mentions)
    state.publisher = _publisher(document.site)
    state.site_country = site_country(document.url, index.gazetteer)
    state.author = _author(document.authors)
    state.index_mentions(mentions)
    state.organizations = {
        name: fold(name) for name in (clean_span(m.text) for m in mentions if m.label == "ORG")
    }
    state.voted = vote_labels(state.text, mentions)
    state.acronyms = acronyms(state.text, mentions)
    state.longer_places = longer_places(mentions)
    state.buildings = buildings(mentions, state)
    _collect_surnames(state, spans)
    return state


def resolve_part(
    state: DocState, extraction: Extraction
) -> tuple[tuple[Event, ...], tuple[EntityMention, ...]]:
    """Resolve the spans of a document, or of one part of it after the parts before it.

    What a span's resolution reads from beyond its sentence is in ``state``:
    what the whole document says (:func:`document_state`) and what the parts
    before named (the entities seen, the speakers, the last sentences'
    starts); a span never crosses a part, so the rest is read from the part.

    Returns:
        As for :func:`resolve_document`, the part's alone.
    """
    document = extraction.document
    spans = _spans(extraction)
    state.mention_offsets = frozenset((m.start, m.end) for m in extraction.mentions)
    state.passive_doers = _passive_doers(extraction.events, state.text)
    state.subjects = _subject_spans(extraction.events, state.passive_doers)
    state.speaker_spans = frozenset(
        (event.source.start, event.source.end)
        for event in extraction.events
        if event.source is not None
    )
    state.claimed_starts = frozenset(
        argument.start
        for event in extraction.events
        if event.source is not None
        for argument in (event.actor, event.target)
        if argument is not None
    )
    state.speaking_starts = _speaking_starts(extraction.events)
    state.scene_starts = frozenset(
        place.argument.start for event in extraction.events for place in event.places
    )
    # A pronoun looks back to the sentence before its own, which may lie in the part before.
    starts = sorted({event.evidence.start for event in extraction.events})
    state.sentence_starts = (*state.sentence_starts[-2:], *starts)
    state.sentence_ends = {}
    for event in extraction.events:
        evidence = event.evidence
        state.sentence_ends[evidence.start] = max(
            state.sentence_ends.get(evidence.start, 0), evidence.end
        )
    resolved: dict[tuple[int, int], str | None] = {}
    spans_of: dict[str, tuple[Cluster, list[tuple[int, int]]]] = {}
    for argument in spans:
        key = (argument.start, argument.end)
        if key in resolved:
            continue
        cluster = resolve_span(argument, state)
        resolved[key] = cluster.id if cluster else None
        if cluster is not None and cluster.kind == "person" and key in state.mention_offsets:
            # What the text calls a person where it names them, for "the actress" later.
            note_epithets(argument, cluster, state)
        if cluster is not None:
            spans_of.setdefault(cluster.id, (cluster, []))[1].append(key)
        if cluster is not None and not _aim_in_title(argument, state):
            number = _plural(argument, cluster, state)
            state.seen(
                cluster,
                number,
                argument.start,
                _in_subject(argument, state),
                # "Russian" in "Russian forces": a demonym adjective, no antecedent.
                modifier=argument.label == "NORP" and not number,
            )
    mentions: list[EntityMention] = []
    for cluster, offsets in spans_of.values():
        # A span containing another span of the same entity ("Russian President
        # Vladimir Putin" around "Vladimir Putin") is one mention, not two.
        inner = _innermost(offsets)
        cluster.mentions += len(inner)
        mentions.extend(
            EntityMention(document.id, s, e, state.text[s:e], cluster.id) for s, e in inner
        )
    linked = (
        relink(event, lambda argument: resolved.get((argument.start, argument.end)))
        for event in extraction.events
    )
    known = set(mentions)
    state.newsroom_we = _newsroom_we(extraction.events, state)
    conjuncts = _Conjuncts(state, resolved)
    phrases = _Phrases(state, extraction.events)

    kinds = {cluster.id: cluster.kind for cluster, _ in spans_of.values()}

    def settled(event: Event) -> Event:
        """The event after the rules that read the whole document, in this order: the
        referents a rule takes away first, then the ones it gives (the last three may
        add a mention of what they give)."""
        event = _no_person_as_place(event, kinds)
        event = _not_the_speaker(event, state, mentions, known)
        event = _not_its_own_doer(phrases.for_they(event))
        for rule in (_writers_own, _own_publication, _speakers_side, _claimant_forces):
            event = rule(event, state, mentions, known)
        return event

    # The extraction's own copies (parts) first; relinking keeps offsets and parts.
    taken = {(event.start, event.end, event.part) for event in extraction.events}
    events = tuple(
        copy
        for event in linked
        for copy in _own_parts(conjuncts.split(settled(event), mentions, known), taken)
    )
    mentions.sort(key=lambda m: (m.start, m.end, m.entity))
    return events, tuple(mentions)


def _own_parts(copies: tuple[Event, ...], taken: set[tuple[int, int, int]]) -> tuple[Event, ...]:
    """The first of an event's copies as it is, and each further copy (one per conjunct a
    "they" or "the pair" stands for) under a part no other event of its trigger holds.

    The part is in the event's id and IRI: copies that kept their original's part would be
    one node in the RDF, holding two actors, and read back as one event with either."""
    return copies[:1] + tuple(replace(copy, part=free_part(copy, taken)) for copy in copies[1:])


def _passive_doers(events: Sequence[Event], text: str) -> dict[tuple[int, int], tuple[int, int]]:
    """Each passive's subject, the one it was done to ("Oxfam was praised by the army":
    Oxfam), and its doer in the "by" phrase, as spans."""
    return {
        (target.start, target.end): (actor.start, actor.end)
        for event in events
        if (actor := event.actor) is not None
        and (target := event.target) is not None
        and _passive(event, actor, target, text)
    }


def _subject_spans(
    events: Sequence[Event], passive_doers: dict[tuple[int, int], tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """Where the events' subjects stand, in text order: each actor and source, but for a
    passive the one it was done to ("Oxfam was praised by the army. It said": Oxfam),
    whom a later "it" or "they" continues, rather than its doer in the "by" phrase."""
    spans: set[tuple[int, int]] = set()
    for event in events:
        actor, target = event.actor, event.target
        if actor is not None and target is not None:
            done_to = (target.start, target.end)
            if passive_doers.get(done_to) == (actor.start, actor.end):
                spans.add(done_to)
                actor = None
        for argument in (actor, event.source):
            if argument is not None:
                spans.add((argument.start, argument.end))
    return tuple(sorted(spans))


def _speaking_starts(events: Sequence[Event]) -> frozenset[int]:
    """Where the spans that speak start: the actors of sayings ("she said", "he added":
    a saying's words may hold no clause the extraction read) and the sources of clauses.
    One whose saying is itself reported speaks too ("Lee told the paper that Roe had
    said no. 'It was early,' he added": Roe)."""
    sayers = {event.actor.start for event in events if event.actor and _a_saying(event)}
    sources = {event.source.start for event in events if event.source is not None}
    return frozenset(sayers | sources)


def _a_saying(event: Event) -> bool:
    """Whether the event is a saying: a ``Statement`` or a kind of one ("deny", "warn")."""
    kind = event.event_type
    return kind is not None and "Statement" in (kind, *superclasses(kind))


#: "by" right before a passive's doer.
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)


def _passive(event: Event, actor: Argument, target: Argument, text: str) -> bool:
    """Whether the event is told in the passive: the one it was done to before the verb,
    the doer after it in a "by" phrase ("Oxfam was praised by the army")."""
    if not target.end <= event.start < event.end <= actor.start:
        return False
    return _BY.search(text, max(0, actor.start - 4), actor.start) is not None


def _no_person_as_place(event: Event, kinds: Mapping[str, str]) -> Event:
    """The event without the places that name a person: a name the model tagged a place
    that the document shows to be someone's ("over his rival in Horford" after "Al
    Horford", "in Snowden" after "Edward Snowden"). A person is no place an event
    happened at; the mention of the person stays."""
    places = tuple(p for p in event.places if kinds.get(p.argument.entity or "") != "person")
    return event if len(places) == len(event.places) else replace(event, places=places)


def _not_the_speaker(
    event: Event, state: DocState, mentions: list[EntityMention], known: set[EntityMention]
) -> Event:
    """ "he" or "she" in a speaker's own quoted words is someone else: a speaker says "I"
    ('"I watched how hard he trains," the coach said': "he" is not the coach). A pronoun
    read as its quote's speaker is the latest other person of that sex named in its
    sentence or the one before ('Lee backs Tom Vale. "He works hard," Lee said': Vale),
    else left without a referent, as a wrong one is worse."""
    actor, source = event.actor, event.source
    if actor is None or source is None or actor.entity is None:
        return event
    word = actor.text.lower()
    if actor.entity != source.entity or word not in THIRD_PERSON_PRONOUNS:
        return event
    low, high = sorted((actor.start, source.start))
    if not quotes_between(state.text, low, high):
        return event  # "Jane Roe said she would run": she is the speaker

    speaker = state.index.cluster(source.entity, "person")  # resolved, so it exists

    def other(cluster: Cluster) -> bool:
        return cluster.kind == "person" and cluster is not speaker and agrees(word, cluster)

    _unmention(_mention_of(actor, speaker, state), speaker, mentions, known)
    someone = state.nearest_before(actor.start, other)
    if someone is None:
        return replace(event, actor=replace(actor, entity=None))
    _mention_once(actor, someone, state, mentions, known)
    state.read_again[actor.start] = someone  # "He works hard. He is smart": Vale again
    return replace(event, actor=replace(actor, entity=someone.id))


class _Phrases:
    """ "They" or "it" that continues a subject the text names by no entity: that
    subject's phrase.

    "Six regional papers said the mayor should go. They called him unfit": "they" are
    the papers, though no entity stands for them (resolution leaves such a "they"
    without a referent rather than give it the last group named,
    :func:`kg.resolve._references.unnamed_subject`). The pronoun's role then holds the
    phrase itself, read in its own sentence, as a relative pronoun holds its noun. So
    for "it" and a singular thing's phrase ("the plane dropped to 9,000 feet before it
    disappeared from radar"), in the pronoun's own sentence or, when the pronoun opens
    its sentence, the first subject of the one before ("The report claims ... It calls
    on the regulator"): an "it" inside a clause that goes on from a sentence before is
    as often something that sentence did or named last.
    """

    def __init__(self, state: DocState, events: Sequence[Event]) -> None:
        self._state = state
        # Each actor or source span, with the sentence it was read in when that is
        # not its event's own, so that a "they" of the next sentence can point at it.
        self._subjects: dict[tuple[int, int], Argument] = {}
        # Objects: "ordered regulators to break up banks if they fail" lends the
        # object to the infinitive as its doer, but "they" are more often the others.
        self._objects = {(e.target.start, e.target.end) for e in events if e.target is not None}
        for event in events:
            for argument in (event.actor, event.source):
                if argument is not None and argument.evidence is None:
                    argument = replace(argument, evidence=event.evidence)
                if argument is not None:
                    self._subjects.setdefault((argument.start, argument.end), argument)

    def for_they(self, event: Event) -> Event:
        """The event, its actor or source "they" replaced by the phrase it continues."""
        changes = {
            role: phrase
            for role in ("actor", "source")
            if (phrase := self._phrase(getattr(event, role))) is not None
        }
        if not changes:
            return event
        for role, phrase in changes.items():
            evidence = phrase.evidence
            if evidence is not None and evidence.start == event.evidence.start:
                changes[role] = replace(phrase, evidence=None)  # read in the event's own sentence
        return replace(event, **changes)  # type: ignore[arg-type]

    def _phrase(self, argument: Argument | None) -> Argument | None:
        if argument is None or argument.entity is not None:
            return None
        word = argument.text.lower()
        if word not in {"they", "it"}:
            return None
        they = word == "they"
        state = self._state
        accept = _acts if they else _may_be_it
        span = unnamed_subject(state, argument.start, accept, plural_pronoun=they)
        if span is None or quotes_between(state.text, span[1], argument.start):
            return None  # 'The nurses said: "They ..."': the quote's own words
        phrase = self._subjects.get(span)
        if phrase is None or span in self._objects:
            return None
        if they and not _a_group_phrase(phrase, state):
            return None
        if not they and not (
            _a_thing_phrase(phrase, state) and _own_or_opening(state, argument.start, span)
        ):
            return None
        return replace(phrase, entity=None)


def _may_be_it(cluster: Cluster) -> bool:
    """Whether an entity may be what "it" is (as :func:`pronoun_referent` reads)."""
    return cluster.kind in {"organization", "group"} or cluster.place is not None


#: Words that make a subject no thing's phrase a later "it" can be: a pronoun, a
#: determiner alone, a word of no one thing in particular.
_NO_THING_WORDS = SUBJECT_PRONOUNS | frozenset(
    "us them him me what whom whose there here one each all some any none no not "
    "neither nobody nothing something anything everything".split()
)
#: A preposition right before a phrase: "a trawler under the pirates' control carrying
#: arms" makes the phrase the doer of the participle after it, no subject an "it" continues.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|for|under|in|on|at|with|from|to|into|about|over|against)\s+$", re.IGNORECASE
)


def _a_thing_phrase(phrase: Argument, state: DocState) -> bool:
    """Whether a subject's phrase can be what a later "it" is: a noun phrase of words
    with no entity inside ("the plane", "the company's flagship card", a ship's name kg
    keeps no entity for; "Roe's car" may be Roe's, and the entity would be read already),
    whose head is a thing
    (:func:`~kg.resolve._references.names_a_thing`), not a pronoun, a phrase with a
    comma, a passive's doer, an "according to" phrase or the object of a preposition."""
    words = phrase.text.lower().split()
    if not words or words[0] in _NO_THING_WORDS or words[-1] in _NO_THING_WORDS:
        return False
    if sum(c.isalpha() for c in words[-1]) < 2 or "," in phrase.text:
        return False
    before = state.text[max(0, phrase.start - 16) : phrase.start]
    if _NOT_A_SUBJECT.search(before) or _AFTER_PREPOSITION.search(before):
        return False
    if any(seen < phrase.end for seen, _ in state.seen_since(phrase.start)):
        return False
    return names_a_thing(phrase.text)


def _own_or_opening(state: DocState, at: int, span: tuple[int, int]) -> bool:
    """Whether the subject at ``span`` stands in the sentence of the pronoun at ``at``,
    or the pronoun opens its sentence (only quotes or punctuation before it there)."""
    here = bisect.bisect_right(state.sentence_starts, at)
    current = state.sentence_starts[here - 1] if here else 0
    return span[0] >= current or not any(c.isalnum() for c in state.text[current:at])


#: Words that make a phrase no group a later "they" can be: a possessive pronoun
#: ("hers"), a determiner alone ("their"), none of them.
_NO_GROUP_WORDS = frozenset("hers theirs ours yours mine their none no not neither nobody".split())


def _a_group_phrase(phrase: Argument, state: DocState) -> bool:
    """Whether a subject's phrase can be who a later "they" is: a noun phrase of words
    ("the pictures", "Gannett newspapers"), not a pronoun, a negated quantity ("none of
    them": "they" are others), a passive's doer ("dominated by other countries") or a
    place's name ("the United States": a country is "it", its people are not it)."""
    words = phrase.text.lower().split()
    if not words or words[0] in _NO_GROUP_WORDS or words[-1] in _NO_GROUP_WORDS:
        return False
    if sum(c.isalpha() for c in words[-1]) < 2:
        return False  # "’s" of "let's"
    before = state.text[max(0, phrase.start - 13) : phrase.start]
    if "," in phrase.text or _NOT_A_SUBJECT.search(before):
        return False  # "Meanwhile, the campaign's lack ..."; "dominated by other countries"
    if any(
        m.label in {"GPE", "LOC", "FAC"} and m.end == phrase.end
        for m in state.inside(phrase.start, phrase.end)
    ):
        return False
    return not names_no_doer(phrase.text)


#: A phrase right after these is a passive's doer ("dominated by other countries") or
#: the origin of a claim ("according to the charges"), not a subject "they" continues.
_NOT_A_SUBJECT = re.compile(r"(?:\bby|\baccording to)\s+$", re.IGNORECASE)


def _acts(cluster: Cluster) -> bool:
    """Whether an entity may be who "they" are (as :func:`pronoun_referent` reads)."""
    return cluster.kind in {"organization", "group", "person"}


#: Object pronouns that are never their own verb's subject ("they greeted them" is two
#: sides); a reflexive ("themselves") is.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


def _not_its_own_doer(event: Event) -> Event:
    """An object pronoun is not the subject of its own verb: in "the officers greeted
    them", "them" is not the officers, though they are the nearest participant before
    it. A target so resolved is left without a referent, as a wrong one is worse."""
    actor, target = event.actor, event.target
    if actor is None or target is None or target.entity is None:
        return event
    if target.entity != actor.entity or target.text.lower() not in _OBJECT_PRONOUNS:
        return event
    return replace(event, target=replace(target, entity=None))


def _unresolved(
    event: Event, roles: tuple[str, ...] = ("actor", "target")
) -> Iterator[tuple[str, Argument, str]]:
    """The event's arguments in ``roles`` that name no entity yet, each with its role and
    its words in lower case, single-spaced ("we", "me", "this newspaper")."""
    for role in roles:
        argument: Argument | None = getattr(event, role)
        if argument is not None and argument.entity is None:
            yield role, argument, " ".join(argument.text.lower().split())


def _speakers_side(
    event: Event, state: DocState, mentions: list[EntityMention], known: set[EntityMention]
) -> Event:
    """ "We" and "us" in a speaker's words: the speaker's side. An office holder's is the
    country (a president's "us" is the nation, not the person); a spokeswoman's, a chief
    executive's, a chairwoman's or a member's is the organisation the text says they speak
    for, run or sit on (:data:`SPEAKS_FOR_TITLES`, :data:`LEADS_TITLES`); anyone else's is
    the speaker (a ministry's "we" is the ministry; a coach's, a researcher's or a founder's
    is the person, the one of the group the text names: the real-news gold reads them so,
    and "we" left unresolved is a pronoun actor no query finds)."""
    source = event.source
    if source is None or source.entity is None:
        return event
    changes: dict[str, Argument] = {}
    for role, argument, word in _unresolved(event):
        if word not in {"we", "us"}:
            continue
        side = state.index.cluster(source.entity, "organization")  # resolved, so it exists
        record = None
        if side.kind == "person" and side.country and side.roles & COUNTRY_OFFICES:
            record = state.gazetteer.country(side.country)
        if record is not None:
            side = state.index.place_cluster(record, None)
        elif side.kind == "person" and (body := _body_of(side, state, mentions)):
            side = body  # a spokeswoman's or a chief executive's "we" is the company
        else:
            changes[role] = source  # the speaker, as named where they speak
            continue
        _mention_once(argument, side, state, mentions, known)
        changes[role] = replace(argument, entity=side.id)
    return replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _writers_own(
    event: Event, state: DocState, mentions: list[EntityMention], known: set[EntityMention]
) -> Event:
    """The first person of the writer's own words (no source, outside every quote): "I"
    and "me" are the one author the page's byline names ("I asked the minister", "she
    told me"); "we" is the site the page says it is, when it tells of the newsroom's own
    work ("we have compiled a list", "we asked the ministry": :data:`NEWSROOM_ACTS`).
    Anyone else's "we" ("we know", "we must act") may be everyone, and stays as it is."""
    if event.source is not None:
        return event
    changes: dict[str, Argument] = {}
    for role, argument, word in _unresolved(event):
        if word in {"i", "me"} and state.author is not None:
            writer = _author_cluster
        elif word == "we" and role == "actor" and _sites_we(event, argument, state):
            writer = _publisher_cluster
        else:
            continue
        if not _writers_words(argument, state):
            continue
        cluster = writer(state)
        _mention_once(argument, cluster, state, mentions, known)
        changes[role] = replace(argument, entity=cluster.id)
    return replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _own_publication(
    event: Event, state: DocState, mentions: list[EntityMention], known: set[EntityMention]
) -> Event:
    """ "This newspaper", "this website" in the writer's own words: the site the page says
    it is, in any role ("this newspaper is urging readers to write", "a spokesman told
    this website", :data:`OWN_PUBLICATION`). In a quote it is the speaker's paper, which
    may be another, and stays as it is."""
    if state.publisher is None:
        return event
    changes: dict[str, Argument] = {}
    for role, argument, words in _unresolved(event, ("actor", "target", "source")):
        if words not in OWN_PUBLICATION or not _writers_words(argument, state):
            continue
        cluster = _publisher_cluster(state)
        _mention_once(argument, cluster, state, mentions, known)
        changes[role] = replace(argument, entity=cluster.id)
    return replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _newsroom_we(events: Sequence[Event], state: DocState) -> set[tuple[int, int]]:
    """The spans of an actor "we" of a newsroom's work (:func:`_newsroom_act`), with no
    source, in any event of the document: one "we" is one referent, so the verbs it shares
    ("we have checked the stores and still see no stock") are the site's too."""
    if state.publisher is None:
        return set()
    return {
        (actor.start, actor.end)
        for event in events
        if (actor := event.actor) is not None
        and event.source is None
        and actor.text.lower() == "we"
        and _newsroom_act(event)
    }


def _sites_we(event: Event, argument: Argument, state: DocState) -> bool:
    """Whether an actor "we" of the writer's words is the site the page names: it does a
    newsroom's work here or in another event (:attr:`DocState.newsroom_we`), or what it
    does stands in the site's own piece ("as we said in our review", "we argued in our
    editorial last week": :data:`~kg.lang.en.OWN_COVERAGE_NOUNS`)."""
    if state.publisher is None:
        return False
    if _newsroom_act(event) or (argument.start, argument.end) in state.newsroom_we:
        return True
    match = _IN_OUR_PIECE.match(state.text, event.end, event.end + _PIECE_REACH)
    return match is not None and _names_a_piece(match.group(1).split())


def _names_a_piece(words: Sequence[str]) -> bool:
    """Whether the words after "in our" name a piece the site published: a noun of
    :data:`~kg.lang.en.OWN_COVERAGE_NOUNS`, only names, numbers or a word of when before it
    ("our RTX 3080 review", "our earlier story"); not "in our view" nor "in our town the
    test failed"."""
    for word in words:
        if word.lower() in OWN_COVERAGE_NOUNS:
            return True
        if word[:1].islower() and word.lower() not in _PIECE_WHEN:
            return False
    return False


#: "in our" right after a verb (a word or two may come between: "said last week in our"),
#: then the next four words, among which the piece's noun ("in our RTX 3080 review").
_IN_OUR_PIECE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?in\s+our\s+((?:[\w'’-]+\s*){1,4})", re.IGNORECASE
)
#: How far after the verb the piece's words may end.
_PIECE_REACH = 70
#: Words of when a piece came out, which may stand before its noun ("our earlier story").
_PIECE_WHEN = frozenset({"earlier", "first", "last", "latest", "original", "previous", "recent"})


def _newsroom_act(event: Event) -> bool:
    """Whether the event is a newsroom's own work ("compile", "reach out"), as told,
    not wished, asked for or supposed ("we should ask")."""
    words = event.action.split()
    told = event.modality in {"asserted", "future"} and not event.negated
    return told and (" ".join(words[:2]) in NEWSROOM_ACTS or words[0] in NEWSROOM_ACTS)


#: A host name, which a page gives as its site when it names none ("example.com").
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def _publisher(site: str | None) -> str | None:
    """The site's name, when the page gives one (not a bare host name)."""
    if site is None or not site.strip() or _HOST.fullmatch(site.strip()):
        return None
    return site.strip()


def _author(authors: Sequence[str]) -> str | None:
    """The byline's one person: none when it names several, or a desk or an agency. A
    middle initial ("Leah C Stokes", "Ann B. Rowe") does not make a name no person's."""
    if len(authors) != 1:
        return None
    name = authors[0].strip()
    return name if person_shaped(_MIDDLE_INITIAL.sub(" ", name)) else None


#: A capital letter alone between two words of a name, with or without its full stop.
_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[A-Z]\.?(?=\s+\w)")


def _author_cluster(state: DocState) -> Cluster:
    """The byline's person, the same as where the text names them."""
    assert state.author is not None  # only asked for when the page names one
    name = person_name(state.author, state)[0] or state.author
    cluster = state.index.cluster(f"person/{slug(same_person(fold(name), state))}", "person")
    cluster.surfaces[name] += 1
    return cluster


def _publisher_cluster(state: DocState) -> Cluster:
    """The site as an organisation: under the name tables' name when they know it."""
    assert state.publisher is not None  # only asked for when the page names one
    name = clean_span(state.publisher)  # "The Guardian" is the Guardian named in the text
    known = organization(name, state.publisher, state)
    if known is not None:
        return known
    cluster = state.index.cluster(f"organization/{slug(fold(name))}", "organization")
    cluster.surfaces[name] += 1
    return cluster


def _writers_words(argument: Argument, state: DocState) -> bool:
    """Whether the span stands in the writer's own words, as far as the text shows:

    * in no quote: an odd number of double marks, or a single mark that opens and does
      not close, before it in its line; not after a line whose quote is left open (a
      quote that may go on in the next lines, as texts with a line for each sentence
      write it); not before a closing mark that no opening one in its line stands before;
    * after no paragraph that ends with a colon ("Transcript as follows:", "The
      statement read:"): what follows may be another's words to the end;
    * not in a line that a name and a colon open ("ROE: I will run", a headline's
      "Roe: I will run"), nor in one that names a handle (a post: "@jroe");
    * for "I" and "Me", not part of a name ("World War I", "Take Me Out"): no
      capitalised word that is no sentence's opener stands right before it.
    """
    text, at = state.text, argument.start
    if state.handed_over is None:
        handed = _HANDED_OVER.search(text)
        state.handed_over = handed.start() if handed else len(text)
    if state.handed_over < at:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at) % (len(text) + 1)  # the text's end when no line break
    before = text[line_start:at]
    if _open_quote(before) or _left_open_before(state, line_start):
        return False
    if ":" in before or _HANDLE.search(text, line_start, line_end):
        return False
    after = _MARK_AFTER.search(text, at, line_end)
    if after is not None and after.group() == "”":
        return False  # a quote whose opening mark the text does not hold
    if argument.text.strip() not in {"I", "Me"}:
        return True
    word = _WORD_BEFORE.search(before[-30:])
    return word is None or word.group(1) in _OPENERS


def _open_quote(line: str) -> bool:
    """Whether a quote is open at the end of ``line`` (a line's start up to a span)."""
    if len(_DOUBLE_MARK.findall(line)) % 2:
        return True
    openings = list(_SINGLE_OPENS.finditer(line))
    return bool(openings) and not _SINGLE_CLOSES.search(line, openings[-1].end())


def _left_open_before(state: DocState, at: int) -> bool:
    """Whether the last line before offset ``at`` (a line's start) that quotes leaves
    its quote open."""
    if state.quoting_lines is None:
        state.quoting_lines = tuple(
            (line.start(), _open_quote(line.group()))
            for line in re.finditer(r"[^\n]+", state.text)
            if _DOUBLE_MARK.search(line.group()) or _SINGLE_OPENS.search(line.group())
        )
    position = bisect.bisect_left(state.quoting_lines, (at, False))
    return bool(position) and state.quoting_lines[position - 1][1]


#: A paragraph that ends with a colon: what follows is someone's statement or transcript.
_HANDED_OVER = re.compile(r":[ \t]*\n")
#: A double quotation mark, or two apostrophes for one.
_DOUBLE_MARK = re.compile(r"[“”\"]|''")
#: A single mark that opens a quote (at a line's start or after a space or a bracket,
#: before a letter), and one that closes it (after a letter or a stop, before a space or
#: a stop): an apostrophe inside a word ("don’t") is neither.
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–]))[‘'](?=\w)")
_SINGLE_CLOSES = re.compile(r"(?<=[\w.,!?])[’'](?=[\s.,;:!?)]|$)")
#: The first double quotation mark after a span, in its line.
_MARK_AFTER = re.compile(r"[“”]")
#: A social media handle.
_HANDLE = re.compile(r"(?<![\w.])@\w")
#: A capitalised word right before the span.
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]*)[ \t]+$")
#: Capitalised words that open a sentence before "I" ("Then I sat down", "Might I").
_OPENERS = frozenset(
    """
    After Again Also Although And As Because Before But Can Could Did Do Finally First
    Had Have Here How If Later Maybe May Might Must Now Once Perhaps Should Since So
    Still Then Though Today Until Was Were What When Where While Why Will Would Yesterday
    Yet
    """.split()
)


#: A word or prefix that says the title was held once ("former", "ex-"): one who no
#: longer speaks for the body, whose "we" is not the body's.
_HELD_ONCE = "|".join(
    [rf"{word}\b" for word in sorted(FORMER_TITLE_WORDS)]
    + [re.escape(prefix) for prefix in FORMER_TITLE_PREFIXES]
)
#: Lower-case words that may qualify the title ("a senior spokeswoman"; not "a former").
_QUALIFIERS = rf"(?:(?!{_HELD_ONCE})[a-z-]+\s+){{0,2}}?"
#: What stands right before a body's name or kind when the title after it was held once:
#: "former Acme chairwoman Jane Roe", "ex-trust member Jane Roe".
_HELD_ONCE_BEFORE = re.compile(rf"(?i:\b(?:{_HELD_ONCE})\s*)$")
#: The titles of one whose "we" is their body: who speaks for it, runs it or sits on it
#: ("trust member Jane Roe": "we asked for the report" is the trust's request).
_SIDE_TITLES = rf"(?:{SPEAKS_FOR_TITLES}|{LEADS_TITLES}|head|member)"
#: "Jane Roe, a spokeswoman for Acme", "Jane Roe, the head of Acme": person, then body.
_TITLE_FOR = re.compile(
    rf"\s*,\s+(?:(?:a|an|the)\s+)?{_QUALIFIERS}{_SIDE_TITLES}\s+(?:for|of|at)\s+(?:the\s+)?"
)
#: "Jane Roe of Acme": a person named with the body they belong to.
_MEMBER_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: "Acme's chief executive" after "Jane Roe, ", or "Acme spokeswoman" before "Jane Roe".
_BODY_TITLE = re.compile(rf"(?:\s?['’]s?)?\s+{_QUALIFIERS}{_SIDE_TITLES}\b")
#: "the spokeswoman for Acme, Jane Roe": the title before the body, the name after it.
_TITLE_BEFORE = re.compile(rf"{_SIDE_TITLES}\s+(?:for|of)\s+(?:the\s+)?$")

#: How far apart a person's name and the body they speak for may stand.
_AFFILIATION_GAP = 60


def _body_of(person: Cluster, state: DocState, mentions: Sequence[EntityMention]) -> Cluster | None:
    """The organisation ``person`` speaks for: the one an unnamed spokesperson or official
    is described by, else the one the text ties a named person to."""
    return described_body(person, state) or _speaks_for(person.id, state, mentions)


def _speaks_for(person: str, state: DocState, mentions: Sequence[EntityMention]) -> Cluster | None:
    """The organisation the text says ``person`` speaks for or runs: an apposition ("Jane
    Roe, a spokeswoman for Acme", "Jane Roe, Acme's chief executive", "Jane Roe, chairwoman
    of Acme", "Jane Roe of Acme") or a title before the name ("Acme spokeswoman Jane Roe"),
    at any of the person's mentions in the text."""
    names = [m for m in mentions if m.entity == person]
    text = state.text
    for name in names:
        for body in mentions:
            after = name.end <= body.start <= name.end + _AFFILIATION_GAP
            before = body.end <= name.start <= body.end + _AFFILIATION_GAP
            if body.entity == person or not (after or before):
                continue
            cluster = state.index.cluster(body.entity, "organization")  # resolved: it exists
            if cluster.kind != "organization":
                continue
            if after:
                between = text[name.end : body.start]
                if (
                    _TITLE_FOR.fullmatch(between)
                    or (_MEMBER_OF.fullmatch(between) and not _place_of_study(body))
                    or (
                        re.fullmatch(r"\s*,\s+(?:the\s+)?", between)
                        and _BODY_TITLE.match(text, body.end)
                    )
                ):
                    return cluster
            elif not _held_once(text, body.start):
                between = text[body.end : name.start]
                if re.fullmatch(rf"{_BODY_TITLE.pattern}\s*,?\s+", between) or (
                    re.fullmatch(r"\s*,\s+", between)
                    and (title := _TITLE_BEFORE.search(text, max(0, body.start - 40), body.start))
                    and not _held_once(text, title.start())
                ):
                    return cluster
    return _initials_before(names, state, mentions) or _kind_before_title(names, state, mentions)


def _held_once(text: str, at: int) -> bool:
    """Whether a word that says "held once" stands right before ``at``: "former Acme
    chairwoman Jane Roe", "ex-trust member Jane Roe" no longer speak for the body."""
    return _HELD_ONCE_BEFORE.search(text, max(0, at - 12), at) is not None


#: The words of a name that make a body a place of research or study (a university, a
#: college, a school, an institute), whose people it names "of" it for where they work.
_STUDY_WORDS = frozenset().union(
    *(ORGANIZATION_KIND_WORDS[kind] for kind in ("university", "college", "school", "institute"))
)


def _place_of_study(body: EntityMention) -> bool:
    """Whether a body is a place of research or study (:data:`_STUDY_WORDS`): "Jane Roe of
    the University of Leeds" names where she works, and her "we" is her team ("we found
    that the drug works"), not the university's voice, as a researcher's is not."""
    return not _STUDY_WORDS.isdisjoint(body.text.lower().split())


#: A body's acronym before the title before a name: "VFI Chief Executive, Padraig Cribben".
_INITIALS_TITLE = re.compile(rf"\b([A-Z]{{2,8}})\s+{SPEAKS_FOR_TITLES}\s*,?\s+$")


def _initials_before(
    names: Sequence[EntityMention], state: DocState, mentions: Sequence[EntityMention]
) -> Cluster | None:
    """The organisation whose acronym stands before the person's title, named in full
    before ("the Dock Workers Union ... DWU chief executive Ana Ruiz"): the model often
    names no organisation in an acronym. ``None`` unless exactly one organisation named
    before has those initials."""
    for name in names:
        start = max(0, name.start - _AFFILIATION_GAP)
        match = _INITIALS_TITLE.search(state.text, start, name.start)
        if match is None or _held_once(state.text, match.start(1)):
            continue
        bodies = {
            cluster.id
            for body in mentions
            if body.end <= name.start and initials(clean_span(body.text)) == match.group(1)
            if (cluster := state.index.cluster(body.entity, "organization")).kind == "organization"
        }
        if len(bodies) == 1:
            return state.index.cluster(bodies.pop(), "organization")
    return None


#: A body's kind in lower case before the title before a name: "association executive
#: director Tim Lee", "the union's general secretary, Ana Ruiz".
_KIND_TITLE = re.compile(
    rf"\b(?P<kind>{'|'.join(sorted(ORGANIZATION_KIND_WORDS))})(?:['’]s)?\s+"
    rf"{_QUALIFIERS}{_SIDE_TITLES}\s*,?\s+$"
)


def _kind_before_title(
    names: Sequence[EntityMention], state: DocState, mentions: Sequence[EntityMention]
) -> Cluster | None:
    """The organisation a body's kind before the person's title stands for: the one
    organisation named before whose name says it is of that kind ("the Dock Workers
    Association ... association executive director Ana Ruiz"), as "the association"
    would be read. ``None`` unless exactly one such organisation was named before."""
    for name in names:
        start = max(0, name.start - _AFFILIATION_GAP)
        match = _KIND_TITLE.search(state.text, start, name.start)
        if match is None or _held_once(state.text, match.start("kind")):
            continue
        words = ORGANIZATION_KIND_WORDS[match.group("kind")]
        bodies = {
            cluster.id
            for body in mentions
            if body.end <= match.start() and words & set(clean_span(body.text).lower().split())
            if (cluster := state.index.cluster(body.entity, "organization")).kind == "organization"
        }
        if len(bodies) == 1:
            return state.index.cluster(bodies.pop(), "organization")
    return None


# A body that speaks for armed forces: "The Defense Ministry said it had taken the airport".
_COMMANDS = re.compile(r"defen[cs]e|military|armed forces|general staff|army|navy", re.IGNORECASE)


#: How a claimant speaks of itself when its forces may be meant: "it had killed 200".
_SELF_PRONOUNS = frozenset({"it", "we", "us"})


def _claimant_forces(
    event: Event, state: DocState, mentions: list[EntityMention], known: set[EntityMention]
) -> Event:
    """ "The Kestrian Defence Ministry said it had destroyed 40 tanks": the ministry claims, its
    country's forces did it. An event whose actor is its own source, when that source
    is a defence ministry or a military command, gets the country's forces as actor,
    and the actor's span ("it") is a mention of the forces too."""
    actor, source = event.actor, event.source
    if actor is None or source is None or actor.entity is None or source.entity is None:
        return event
    cluster = state.index.cluster(source.entity, "organization")  # resolved, so it exists
    # "An official in the Kestrian Defence Ministry said it had destroyed 40 tanks": the
    # official speaks for the ministry, whose "it" this is.
    cluster = described_body(cluster, state) or cluster
    if actor.entity != cluster.id:
        return event
    if actor.text.strip().lower() not in _SELF_PRONOUNS:
        # "The ministry said ... the ministry had told residents": named again, the
        # body itself acted; only "it" and "we" leave open who did it.
        return event
    if (
        cluster.kind != "organization"
        or cluster.country is None
        or not _COMMANDS.search(cluster.canonical_label())
    ):
        return event
    forces = make_group(state, cluster.country, "forces", None)
    _mention_once(actor, forces, state, mentions, known)
    return replace(event, actor=replace(actor, entity=forces.id))


def _mention_once(
    span: Argument,
    cluster: Cluster,
    state: DocState,
    mentions: list[EntityMention],
    known: set[EntityMention],
) -> None:
    """Count ``span`` as a mention of ``cluster``, once: two events of one sentence can
    share the span ("They crossed and burned ...")."""
    mention = _mention_of(span, cluster, state)
    if mention not in known:
        known.add(mention)
        cluster.mentions += 1
        mentions.append(mention)


def _mention_of(span: Argument, cluster: Cluster, state: DocState) -> EntityMention:
    """The mention of ``cluster`` that the document's ``span`` is."""
    spoken = state.text[span.start : span.end]
    return EntityMention(state.id, span.start, span.end, spoken, cluster.id)


def _unmention(
    mention: EntityMention,
    cluster: Cluster,
    mentions: list[EntityMention],
    known: set[EntityMention],
) -> None:
    """Take back a mention of ``cluster`` that resolution counted, if it did: a rule that
    reads the whole document found its span is someone else."""
    if mention in known:
        known.discard(mention)
        cluster.mentions -= 1
        mentions.remove(mention)


#: What joins the conjuncts of a coordination: "A and B", "A, B and C", "A, B, and C".
_AND = re.compile(r",?\s+and\s+")
_COMMA = re.compile(r",\s+")


class _Conjuncts:
    """ "Rebels and armed smugglers crossed the ridge. They burned two barns": "they" is
    both groups. kg writes a coordinated actor as one event per conjunct ("crossed" twice),
    and so "they" acts once per conjunct too; resolution alone would give it the last one.

    Only a coordination of actors (who acted, spoke) in the pronoun's sentence or the one
    before is read: "soldiers detained protesters and journalists. They ..." may go on
    about the soldiers, and the two objects stay as the resolver reads them."""

    def __init__(self, state: DocState, resolved: dict[tuple[int, int], str | None]) -> None:
        self.state = state
        self.resolved = resolved
        self.subjects = frozenset(state.subjects)
        #: The actor spans by where they end, and each entity's spans by end, in text order.
        self.by_end: dict[int, tuple[int, int]] = {}
        self.spans_of: dict[str, list[tuple[int, int]]] = {}
        for key in sorted(resolved, key=lambda key: (key[1], key[0])):
            entity = resolved[key]
            if entity is not None:
                self.spans_of.setdefault(entity, []).append(key)
            if key in self.subjects:
                self.by_end.setdefault(key[1], key)  # the longest of those ending there

    def split(
        self, event: Event, mentions: list[EntityMention], known: set[EntityMention]
    ) -> tuple[Event, ...]:
        """``event``, and one copy for each other conjunct its "they" stands for; an
        event of "the pair" or "the couple", once for each of the two it stands for."""
        actor = event.actor
        if actor is not None and actor.entity is None and names_a_pair(actor.text):
            return self._for_each_of_the_pair(event, actor, mentions, known)
        if actor is None or actor.entity is None or actor.text.strip().lower() != "they":
            return (event,)
        others = self._others(actor)
        parts = [event]
        for entity in others:
            cluster = self.state.index.cluster(entity, "group")  # resolved, so it exists
            _mention_once(actor, cluster, self.state, mentions, known)
            parts.append(replace(event, actor=replace(actor, entity=entity)))
        return tuple(parts)

    def _for_each_of_the_pair(
        self,
        event: Event,
        actor: Argument,
        mentions: list[EntityMention],
        known: set[EntityMention],
    ) -> tuple[Event, ...]:
        """The event once for each of the two people "the pair" stands for, or as it is
        when the text coordinated no two people before it."""
        pair = self._last_pair_of_people(actor.start)
        if pair is None:
            return (event,)
        parts = []
        for entity in pair:
            cluster = self.state.index.cluster(entity, "person")  # resolved, so it exists
            _mention_once(actor, cluster, self.state, mentions, known)
            parts.append(replace(event, actor=replace(actor, entity=entity)))
        return tuple(parts)

    def _last_pair_of_people(self, at: int) -> tuple[str, str] | None:
        """The two people of the last coordination of two actors before offset ``at``
        ("Tom Hale and Ann Lee married in 2010. ... The couple moved"), when that
        coordination joins two people and no more ("A, B and C" is no pair). The last
        one that may be the pair decides: after "Acme and Zenith agreed" or "a man and a
        woman were held", "the pair" is no couple named before them; one of two things
        that name no one ("racism and social media added to it") is passed over. Only
        actors are read: "the pair" goes on about who acted, not about two people named
        after "with" ("met with X and Y")."""
        ends = sorted(self.by_end)
        for end in reversed(ends[: bisect.bisect_left(ends, at)]):
            second = self.by_end[end]
            first = self._conjunct_before(second[0], _AND)
            if first is None and self._counted_as_two(second):
                return None  # "two teenagers broke in ... the pair fled": the pair is them
            if first is None or self._two_things(first, second):
                continue
            if self._conjunct_before(first[0], _COMMA) is not None:
                return None  # three or more joined
            people = [self.resolved[first], self.resolved[second]]
            if any(entity is None or not entity.startswith("person/") for entity in people):
                return None
            if people[0] == people[1]:
                return None
            return people[0], people[1]  # type: ignore[return-value]
        return None

    def _counted_as_two(self, span: tuple[int, int]) -> bool:
        """Whether an actor is counted as two, in its words or just before them ("two
        teenagers", the actor "teenagers" after "two"; "the two men", "both")."""
        start, end = span
        text = self.state.text
        return bool(
            _TWO_BY_NUMBER.match(text, start, end)
            or _TWO_BEFORE.search(text, max(0, start - 12), start)
        )

    def _two_things(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        """Whether two coordinated actors name no entity and no people: their last
        words are no nouns whose most frequent sense is a person ("racism", "media";
        not "a man", "his wife")."""
        if self.resolved[first] is not None or self.resolved[second] is not None:
            return False
        text = self.state.text
        heads = [text[start:end].split()[-1].lower() for start, end in (first, second)]
        return all(singular_classes(head)[:1] != (NOUN_PERSON,) for head in heads)

    def _others(self, pronoun: Argument) -> list[str]:
        """The entities coordinated with the pronoun's referent, nearest first."""
        spans = self.spans_of.get(pronoun.entity or "", [])
        at = bisect.bisect_right(spans, pronoun.start, key=lambda key: key[1])
        latest = spans[at - 1] if at else None
        if latest is None or latest not in self.subjects or not self._near(latest, pronoun):
            return []
        others: list[str] = []
        start, joiner = latest[0], _AND
        while True:
            before = self._conjunct_before(start, joiner)
            if before is None:
                return others
            entity = self.resolved[before]
            if entity is None:
                return others
            if self.state.index.cluster(entity, "group").kind not in {"group", "organization"}:
                return others  # "Kestria and its allies": not a coordination of groups
            if entity != pronoun.entity and entity not in others:
                others.append(entity)
            start, joiner = before[0], _COMMA

    def _conjunct_before(self, start: int, joiner: re.Pattern[str]) -> tuple[int, int] | None:
        """The actor span that ``joiner`` links to the span at ``start``."""
        text = self.state.text
        window = text[max(0, start - 8) : start]
        for cut in range(len(window)):
            if joiner.fullmatch(window[cut:]):
                key = self.by_end.get(start - len(window) + cut)
                if key is not None:
                    return key
        return None

    def _near(self, span: tuple[int, int], pronoun: Argument) -> bool:
        """Whether at most one sentence start stands between the span and the pronoun."""
        starts = self.state.sentence_starts
        between = bisect.bisect_right(starts, pronoun.start) - bisect.bisect_right(starts, span[1])
        return between <= 1


#: An actor counted as two ("two teenagers", "the two men", "both"): a nearer pair than any
#: two people named together before it (review rev30).
_TWO_BY_NUMBER = re.compile(r"(?i)(?:the\s+)?(?:two|both)\b")
_TWO_BEFORE = re.compile(r"(?i)\b(?:two|both)\s+$")


def _plural(argument: Argument, cluster: Cluster, state: DocState) -> bool:
    """Whether a span of ``cluster`` is plural, so that "they" may point back to it: "the
    rebels", "the Clintons", "officials"; not a person's own surname that ends in "s"
    ("Maurice Cheeks", "Cheeks said"), which names one person, as no determiner before a
    name of theirs says a family or a team ("the Jaguars" stays plural). A one-word name
    is a team or a people ("Sixers", "Latinos") unless it is someone's name: a given name
    ("Charles") or the surname of a person the document names in full ("Meadows" after
    "Mark Meadows" and "Debbie Meadows", though it cannot say which of them).
    "Police" is plural, whatever its last letter."""
    if cluster.kind == "group" and argument.text.lower().split()[-1:] == ["police"]:
        return True  # "Police stopped him. They used a Taser": "police" takes a plural verb
    if not plural(argument.text):
        return False
    if cluster.kind == "organization":
        return not _bare_name(argument, state.text)
    if cluster.kind != "person":
        return True
    words, name = argument.text.split(), cluster.canonical_label().split()
    if words[0].lower() == "the" or words[-1] != name[-1]:
        return True
    return len(name) < 2 and not _someones_name(name[0], state)


def _someones_name(word: str, state: DocState) -> bool:
    """Whether a one-word name is a person's own: a given name, the surname of a person
    the document names in full, or a word the text writes after a given name or a title
    ("Maurice Cheeks", "Congressman Meadows") where the model named no one, or with a
    verb or a possessive in the singular ("Cheeks was fired", "Cheeks's firing"), which
    a team or a people never takes."""
    if word in given_names() or fold(word) in state.surnames:
        return True
    if re.search(rf"\b{re.escape(word)}(?:['’]s\b|[ \t]+(?:is|was|has)\b)", state.text):
        return True
    titles = lexicon().titles
    for before in re.finditer(rf"\b([A-Z][a-z]+\.?)[ \t]+{re.escape(word)}\b", state.text):
        first = before.group(1)
        if first in given_names() or first.lower() in titles:
            return True
    return False


def _bare_name(argument: Argument, text: str) -> bool:
    """Whether a span is a name with no "the" before it, whose last word is no plural of
    people or animals: an organisation so named is one body, whatever its last letter
    ("Siemens said it", "General Motors ... It"); "the Teamsters" and the "Angels" of a
    team are its members, who are many."""
    words = argument.text.split()
    before = text[max(0, argument.start - 5) : argument.start].lower()
    if words[0].lower() == "the" or re.search(r"\bthe\s+$", before):
        return False
    first = singular_classes(words[-1].lower())[:2]
    return words[-1][:1].isupper() and not {NOUN_PERSON, NOUN_ANIMAL} & set(first)


#: A title after a name that says what its holder runs for, then the holder's name:
#: "White House nominee Jane Roe", "Senate hopeful Tom Vale".
_AIM_TITLE = re.compile(
    r"\s+(?:(?:presidential|presumptive|likely|leading)\s+)*"
    r"(?:nominee|hopeful|candidate|contender|aspirant|front-?runner)\s+[A-Z]"
)


def _aim_in_title(argument: Argument, state: DocState) -> bool:
    """Whether a name is what the person after it runs for, in their title ("White House
    nominee Jane Roe"): the office they seek, not a body they speak for, so never what a
    later pronoun continues ("Roe said it had shown ...": not the White House)."""
    return argument.label in {"ORG", "FAC", "GPE"} and bool(
        _AIM_TITLE.match(state.text, argument.end)
    )


def _in_subject(argument: Argument, state: DocState) -> bool:
    """Whether the span is, or lies inside, an actor or a source ("Trump's campaign")."""
    # Only subjects that start at most a sentence before the span can hold it.
    last = bisect.bisect_right(state.subjects, (argument.start, len(state.text)))
    first = bisect.bisect_left(state.subjects, (argument.start - _LONGEST_SUBJECT, 0))
    return any(argument.end <= end for _, end in state.subjects[first:last])


#: Characters an actor or source phrase may run before a name inside it.
_LONGEST_SUBJECT = 300


def _innermost(offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans (all distinct) that hold none of the others, in the order given.

    Sorted by end, the shortest first, a span holds another exactly when one
    before it starts at or after its start: one pass, however many spans a long
    document has.
    """
    holding: set[tuple[int, int]] = set()
    latest_start = -1
    for span in sorted(offsets, key=lambda s: (s[1], -s[0])):
        if latest_start >= span[0]:
            holding.add(span)
        latest_start = max(latest_start, span[0])
    return [span for span in offsets if span not in holding]


def _spans(extraction: Extraction) -> list[Argument]:
    spans: list[Argument] = list(extraction.mentions)
    for event in extraction.events:
        for argument in (event.actor, event.target, event.source):
            if argument is not None:
                spans.append(argument)
        spans.extend(p.argument for p in event.places)
    # Inner names first, so that "the mayor of Tarnow Elena Varga" can reuse them.
    return sorted(spans, key=lambda a: (a.start, a.end))


def _context(gazetteer: Gazetteer, mentions: Sequence[Argument]) -> tuple[str, ...]:
    """The countries a document is about, most mentioned first."""
    return gazetteer.context_countries((clean_span(m.text), m.label) for m in mentions)


def _capital_country(state: DocState, mentions: Sequence[Argument]) -> str | None:
    """The country whose capital "the capital" means in this document.

    Among the countries in context, the first whose capital the document
    names; otherwise the most mentioned country.
    """
    named = {
        record.name
        for m in mentions
        if m.label in {"GPE", "LOC", "PERSON", "ORG"}
        for record in [state.gazetteer.lookup(clean_span(m.text), context_countries=state.context)]
        if record is not None
    }
    for code in state.context:
        capital = state.gazetteer.capital(code)
        if capital is not None and capital.name in named:
            return code
    return state.context[0] if state.context else None


def _collect_surnames(state: DocState, spans: Iterable[Argument]) -> None:
    named_alone = {
        fold(clean_span(m.text)) for m in state.mentions if _named_person(m, state.voted)
    }
    for argument in spans:
        label = state.voted.get(fold(clean_span(argument.text)), argument.label)
        if label != "PERSON" or _ends_with_a_name(fold(clean_span(argument.text)), named_alone):
            continue
        name, roles, _ = person_name(argument.text, state)
        if name and len(name.split()) > 1:
            state.surnames.setdefault(fold(name.split()[-1]), set()).add(fold(name))
            if goes_by_first_name(roles):
                state.royals.add(fold(name))
        elif name and goes_by_first_name(roles):
            state.first_name_only.add(fold(name))
    state.spellings = spellings(state.surnames)


def _named_person(mention: Argument, voted: dict[str, str]) -> bool:
    """Whether a named span is a person's name: typed so by the model, or typed otherwise
    ("Ann Roe" a place) but written as a person's name that the document's vote makes a
    person (not a phrase the vote joined to a surname: "Tonys, Roe")."""
    if mention.label == "PERSON":
        return True
    clean = clean_span(mention.text)
    return voted.get(fold(clean)) == "PERSON" and person_shaped(clean)


def _ends_with_a_name(text: str, names: set[str]) -> bool:
    """Whether a phrase that is no named person of its own ends with one ("FBI Director
    James Comey" with "James Comey" named): that name is the person's, collected as a
    span of its own, and the words before it are no part of a full name (else "James
    Comey" alone, here or in another document, would be read as a longer name). Read
    from the texts alone: a document resolved in parts has no offsets for its arguments."""
    if text in names:
        return False
    words = text.split()
    return any(" ".join(words[i:]) in names for i in range(1, len(words)))
