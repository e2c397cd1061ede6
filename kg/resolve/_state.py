"""The state of one document while its spans are resolved."""

from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.model import Argument
from kg.resolve._clusters import Cluster

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer, PlaceRecord
    from kg.resolve.index import EntityIndex

__all__ = ["DocState", "heading_between", "quotes_between"]


@dataclass
class DocState:
    """What one document has mentioned so far, for coreference.

    The rules read the document through it and make clusters through its
    ``index``; it lives while one document is resolved.
    """

    index: EntityIndex
    id: str
    text: str
    context: tuple[str, ...]
    #: Every entity seen so far, in text order, with whether its span was plural;
    #: append through :meth:`seen`. Entries of one entity and number are one
    #: tuple: a long document sees millions of spans.
    history: list[tuple[Cluster, bool]] = field(default_factory=list)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    #: Each full name of ``surnames`` -> the spelling its person goes under; made
    #: once the surnames are collected, since every person mention reads it.
    spellings: dict[str, str] = field(default_factory=dict)
    #: Single names (folded) the document gives a title whose bearer goes by a first
    #: name alone ("Prince Edmund"): their bare mentions join no longer name.
    first_name_only: set[str] = field(default_factory=set)
    #: Full names (folded) the document gives such a title ("Crown Prince Edmund Karl"):
    #: the one longer name a royal's first name may join.
    royals: set[str] = field(default_factory=set)
    capital_country: str | None = None
    #: The country of the page's own address ("….co.uk": GB), when it has one.
    site_country: str | None = None
    mention_offsets: frozenset[tuple[int, int]] = frozenset()
    mentions: Sequence[Argument] = ()
    #: The organisation names of ``mentions``, each once, as written -> folded.
    organizations: dict[str, str] = field(default_factory=dict)
    #: The label the document's evidence gives each folded name where its mentions
    #: disagree or the words around them say "person" ("Matanov, 23,").
    voted: dict[str, str] = field(default_factory=dict)
    #: The document's place names that end in a place noun, by the folded name before
    #: it ("euphrates" -> {"Euphrates River"}).
    longer_places: dict[str, set[str]] = field(default_factory=dict)
    #: Acronyms the document expands: folded acronym -> the expansion as written.
    acronyms: dict[str, str] = field(default_factory=dict)
    #: Unnamed speakers so far: (position in history, entity, noun, country code).
    speakers: list[tuple[int, Cluster, str, str | None]] = field(default_factory=list)
    #: Where each entry of ``history`` stands: its start offset, and whether the span is
    #: or lies inside an actor or a source (who acts or speaks), as arrays.
    history_starts: array[int] = field(default_factory=lambda: array("q"))
    history_subjects: bytearray = field(default_factory=bytearray)
    #: Whether each entry of ``history`` is a word that modifies a noun ("Russian" in
    #: "Russian forces"): it names the entity, but a pronoun cannot point back to it.
    history_modifiers: bytearray = field(default_factory=bytearray)
    #: The spans of the document's actors and sources, in text order.
    subjects: tuple[tuple[int, int], ...] = ()
    #: Each passive's subject span (what was done to) -> its doer's span ("by" the army).
    passive_doers: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    #: The spans of the document's sources (who said or claimed something).
    speaker_spans: frozenset[tuple[int, int]] = frozenset()
    #: Where the actors and targets of claimed events start (an event with a source):
    #: what stands inside someone's words ("the driver said he braked").
    claimed_starts: frozenset[int] = frozenset()
    #: Where the spans that speak start: a source, or the actor of a saying ("she
    #: said", "he added"), whether or not the saying reports a clause.
    speaking_starts: frozenset[int] = frozenset()
    #: Where the places of the document's events start: a place in an adverbial
    #: phrase ("talks in Oslo") is a weak antecedent for a pronoun.
    scene_starts: frozenset[int] = frozenset()
    #: Where the document's sentences (those the events were read from) start, in order.
    sentence_starts: tuple[int, ...] = ()
    #: Where each of those sentences ends, by its start (this part's sentences only).
    sentence_ends: dict[int, int] = field(default_factory=dict)
    #: Folded organisation names the document uses for their building ("near the
    #: Ministry of Justice") and never as someone who acts or speaks.
    buildings: frozenset[str] = frozenset()
    #: The names the document gives ships after a prefix ("INS Mysore" -> "Mysore",
    #: "INS Mysore"), found when first asked for.
    ships: frozenset[str] | None = None
    #: The first-level divisions (states, provinces) the document names, found when first
    #: asked for, so that a town of that name inside one is preferred ("Palmer" in a story
    #: that names Alaska).
    divisions: tuple[PlaceRecord, ...] | None = None
    #: What the text has called each person it names so far, word -> the persons called
    #: so: a noun before the name or in an apposition after it ("actress Jane Roe", "Jane
    #: Roe, a retired nurse,"), or an age ("Jane Roe, 34," -> "34-year-old").
    epithets: dict[str, list[Cluster]] = field(default_factory=dict)
    #: Each title the text gives a person in capitals beside their name -> those persons:
    #: "Meghan, Duchess of Sussex" is the duchess wherever the text says "the duchess".
    titles: dict[str, list[Cluster]] = field(default_factory=dict)
    #: The name of the site or publisher the page says it is ("The Guardian"; not a
    #: host name): the "we" of its newsroom's own work.
    publisher: str | None = None
    #: The spans of the writer's own "we" that do a newsroom's work in some event ("we
    #: have checked the stores and still see no stock": the "we" of "see" is that one).
    newsroom_we: set[tuple[int, int]] = field(default_factory=set)
    #: The one person the page's byline names: the writer's own "I".
    author: str | None = None
    #: Where the first paragraph that ends with a colon ends (a statement or a transcript
    #: follows), found when first asked for.
    handed_over: int | None = None
    #: The sex of each "he", "she", "him", "her" or "his" resolution gave a person, by
    #: the person's id and the pronoun's start: what the document calls that person.
    pronoun_sexes: dict[str, dict[int, str]] = field(default_factory=dict)
    #: Those of them given where no other person was named near (the pronoun's sentence
    #: and the one before): what the whole text may go by.
    sure_sexes: dict[str, dict[int, str]] = field(default_factory=dict)
    #: Pronouns that a rule reading the whole document gave another entity than
    #: resolution did, by their start: what a later pronoun continuing them points at.
    read_again: dict[int, Cluster] = field(default_factory=dict)
    #: The starts of the lines that quote, in order, each with whether it leaves its
    #: quote open; found when first asked for.
    quoting_lines: tuple[tuple[int, bool], ...] | None = None
    #: The countries the document names, or names a place in (country codes); found
    #: when first asked for.
    placed_countries: frozenset[str] | None = None
    #: Where a verb of saying follows a name (the end of the name), by the name's last
    #: two characters; found when first asked for (:func:`kg.resolve._names._speaks`).
    said_after: dict[str, list[int]] | None = None

    #: Each (cluster, plural) of ``history`` -> its latest position there, the
    #: latest last: what :meth:`last` reads, so that it looks at each entity once
    #: instead of walking back over every span of a long document.
    _latest: dict[tuple[int, bool], int] = field(default_factory=dict)
    #: Each (cluster, plural) of ``history`` -> the one tuple its entries share.
    _entries: dict[tuple[int, bool], tuple[Cluster, bool]] = field(default_factory=dict)
    #: ``mentions``' starts in order, and the position in ``mentions`` of each
    #: (``None``: the same order), for :meth:`starting_between`.
    _starts: array[int] = field(default_factory=lambda: array("q"))
    _order: array[int] | None = None
    _longest_mention: int = 0
    _in_capitals: dict[str, bool] = field(default_factory=dict)

    def seen(
        self, cluster: Cluster, plural: bool, start: int, subject: bool, *, modifier: bool = False
    ) -> None:
        """Note that the next span of the text, at ``start``, is about ``cluster``.

        ``subject``: whether the span is, or lies inside, an actor or a source.
        ``modifier``: whether it is a word that modifies a noun ("Russian").
        """
        key = (id(cluster), plural)  # the object: history holds it, so the id stays its own
        self._latest.pop(key, None)
        self._latest[key] = len(self.history)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = (cluster, plural)
        self.history.append(entry)
        self.history_starts.append(start)
        self.history_subjects.append(subject)
        self.history_modifiers.append(modifier)

    def note_pronoun(self, cluster: Cluster, sex: str, at: int, *, sure: bool = False) -> None:
        """Record that the pronoun of ``sex`` at offset ``at`` stands for ``cluster``;
        ``sure`` when no other person was named near it (:meth:`only_person_near`)."""
        self.pronoun_sexes.setdefault(cluster.id, {})[at] = sex
        if sure:
            self.sure_sexes.setdefault(cluster.id, {})[at] = sex

    def called_surely(self, cluster: Cluster, *, before: int) -> str | None:
        """The sex of the pronouns that stood for ``cluster`` before offset ``before`` with
        no other person named near them, when at least two did and all of one sex (else
        None): "Vale ... He said ... He left" is a man for the rest of the text."""
        counts = Counter(s for at, s in self.sure_sexes.get(cluster.id, {}).items() if at < before)
        if len(counts) != 1:
            return None
        ((sex, times),) = counts.items()
        return sex if times >= _SURE_TIMES else None

    def only_person_near(self, at: int) -> Cluster | None:
        """The one person seen in the sentence of offset ``at`` (before it) and the
        sentence before, when only one was."""
        here = bisect.bisect_right(self.sentence_starts, at)
        previous = self.sentence_starts[here - 2] if here > 1 else 0
        persons = {
            cluster.id: cluster
            for seen, cluster in self.seen_since(previous)
            if seen < at and cluster.kind == "person"
        }
        return next(iter(persons.values())) if len(persons) == 1 else None

    def called_rather(self, cluster: Cluster, sex: str, *, before: int) -> str | None:
        """The sex of the pronouns its sentence used for ``cluster`` before offset
        ``before`` when one sex's outnumber the other's (else None): in "Okafor stabbed
        his neighbour while she slept" the "his" says Okafor is a man. Only the one
        sentence: pronouns given further back may have been given by mistake, and one
        mistake would then take a person's right pronouns away for the rest of the text."""
        here = bisect.bisect_right(self.sentence_starts, before)
        current = self.sentence_starts[here - 1] if here else 0
        called = self.pronoun_sexes.get(cluster.id, {})
        counts = Counter(s for at, s in called.items() if current <= at < before)
        if not counts:
            return None
        (first, most), *rest = counts.most_common()
        return first if not rest or most > rest[0][1] else None

    def only_plural(self, cluster: Cluster) -> bool:
        """Whether every span seen of ``cluster`` so far was plural: a team or a people
        the model named as a person ("the Sixers", "Latinos"), never one "he" or "she"."""
        return (id(cluster), True) in self._entries and (id(cluster), False) not in self._entries

    def seen_since(self, start: int) -> Iterator[tuple[int, Cluster]]:
        """Each span of the history whose start is at or after ``start``, the latest
        first: its start and its entity."""
        for position in range(len(self.history) - 1, -1, -1):
            seen = self.history_starts[position]
            if seen < start:
                return
            yield seen, self.history[position][0]

    def _latest_first(self) -> Iterator[tuple[int, Cluster, bool]]:
        for position in reversed(self._latest.values()):
            cluster, plural = self.history[position]
            yield position, cluster, plural

    def last_index(self, accept: Callable[[Cluster], bool], *, before: int | None = None) -> int:
        """Position in the history of the latest entity ``accept`` takes, or -1; with
        ``before``, the latest seen at a span that starts before that offset."""
        limit = len(self.history) if before is None else self._seen_before(before)
        if limit == len(self.history):
            for position, cluster, _ in self._latest_first():
                if accept(cluster):
                    return position
            return -1
        for position in range(limit - 1, -1, -1):
            if accept(self.history[position][0]):
                return position
        return -1

    def last_speaker(self, *, before: int) -> tuple[int, Cluster | None]:
        """The latest unnamed speaker (:attr:`speakers`) seen at a span that starts
        before offset ``before``, with its position in the history; (-1, None) if none."""
        limit = self._seen_before(before)
        for position, speaker, _, _ in reversed(self.speakers):
            if position < limit:
                return position, speaker
        return -1, None

    def _seen_before(self, offset: int) -> int:
        """How many entries of the history start before ``offset`` (spans are seen in
        the order of their starts)."""
        return bisect.bisect_left(self.history_starts, offset)

    def last(
        self, accept: Callable[[Cluster], bool], *, plural: bool | None = None
    ) -> Cluster | None:
        """The latest entity seen that ``accept`` takes, written in the given number."""
        for _, cluster, was_plural in self._latest_first():
            if accept(cluster) and (plural is None or plural == was_plural):
                return cluster
        return None

    def last_near(
        self,
        accept: Callable[[Cluster], bool],
        *,
        plural: bool,
        at: int,
        sentences: int,
        same_side: bool = False,
    ) -> Cluster | None:
        """The latest entity seen that ``accept`` takes, written in the given number, if it
        was seen in the sentence of offset ``at`` or in the ``sentences`` before it;
        ``None`` when the latest was seen further back, or, with ``same_side``, on the
        other side of a quote's edge from ``at``."""
        here = bisect.bisect_right(self.sentence_starts, at)
        back = here - 1 - sentences
        earliest = self.sentence_starts[back] if back >= 0 else 0
        for position, cluster, was_plural in self._latest_first():
            if accept(cluster) and was_plural == plural:
                start = self.history_starts[position]
                if start < earliest or (same_side and quotes_between(self.text, start, at)):
                    return None
                if heading_between(self.text, start, at):
                    return None  # a new section: "they" under it is no one of the last
                return cluster
        return None

    def salient_person(self, at: int, accept: Callable[[Cluster], bool]) -> Cluster | None:
        """The person a "he" or "she" at offset ``at`` most likely continues, among
        the persons ``accept`` takes.

        As in centering theory: the person who acts or speaks (an actor or a source)
        in the pronoun's sentence before it; else the last person of that sentence
        before it; else the person who acts or speaks in the sentence just before.
        ``None`` when none is found, and the caller takes the last person seen.
        """
        here = bisect.bisect_right(self.sentence_starts, at)
        current = self.sentence_starts[here - 1] if here else 0
        previous = self.sentence_starts[here - 2] if here > 1 else current
        nearest: Cluster | None = None
        for position in range(len(self.history) - 1, -1, -1):
            cluster, start = self.history[position][0], self.history_starts[position]
            subject = bool(self.history_subjects[position])
            if start < previous:
                break
            if not accept(cluster) or start >= at:
                continue
            if start < current and nearest is not None:
                return nearest  # the pronoun's sentence names a person: it wins
            if subject:
                return cluster
            if nearest is None and start >= current:
                nearest = cluster
        return nearest

    def named_without_event(
        self, cluster: Cluster, at: int, accept: Callable[[Cluster], bool]
    ) -> list[Cluster]:
        """The persons ``accept`` takes that a sentence with no event right before the
        pronoun's sentence at ``at`` names, when it does not name ``cluster`` ("Ann Cole
        left. The club's founder, Rita Moss, is a familiar face. She ...": Rita Moss). The
        sentences read for a pronoun are those of the events, which skip such a sentence.
        Empty when the pronoun's own sentence names a person before it, when no such
        sentence stands right before it, or when it names ``cluster`` too; a name in
        quotation marks is a title ('her films include "The Long Road"'), no person."""
        here = bisect.bisect_right(self.sentence_starts, at)
        if here < 2:
            return []
        current, previous = self.sentence_starts[here - 1], self.sentence_starts[here - 2]
        end = self.sentence_ends.get(previous)
        if end is None or current - end < 3:
            return []
        start = _last_sentence_start(self.text, end, current)
        named: list[Cluster] = []
        for seen, other in self.seen_since(start):
            if seen >= at or other.kind != "person":
                continue
            if seen >= current and accept(other):
                return []  # "When Ana Ruiz came in, she said": her own sentence's
            if other is cluster:
                return []  # "Ann is known for her plays and films": she goes on
            quoted = self.text[seen - 1 : seen] in _QUOTE_MARKS
            if seen < current and accept(other) and not quoted and other not in named:
                named.append(other)
        return named

    def last_to_speak(self, at: int, accept: Callable[[Cluster], bool]) -> Cluster | None:
        """The person who spoke last before offset ``at``, in its sentence or the one
        before, among those ``accept`` takes (:attr:`speaking_starts`); not across a
        quote's edge. ``None`` when none spoke there, or when a person who acts but
        does not speak stands as a subject before ``at`` in its own sentence ("Roe
        said ... Vale, for his part, felt calm as he noted ...": Vale's sentence)."""
        here = bisect.bisect_right(self.sentence_starts, at)
        current = self.sentence_starts[here - 1] if here else 0
        previous = self.sentence_starts[here - 2] if here > 1 else current
        for position in range(self._seen_before(at) - 1, -1, -1):
            start = self.history_starts[position]
            if start < previous:
                return None
            cluster = self.read_again.get(start, self.history[position][0])
            if self.history_modifiers[position] or not accept(cluster):
                continue
            if quotes_between(self.text, start, at):
                continue
            if start in self.speaking_starts:
                return cluster
            if start >= current and self.history_subjects[position]:
                return None
        return None

    def nearest_before(self, at: int, accept: Callable[[Cluster], bool]) -> Cluster | None:
        """The latest entity ``accept`` takes seen before offset ``at`` in its sentence or
        the one before (a word that modifies a noun, "Russian", aside; a pronoun as
        :attr:`read_again` reads it); ``None`` if none."""
        here = bisect.bisect_right(self.sentence_starts, at)
        earliest = self.sentence_starts[here - 2] if here > 1 else 0
        for position in range(self._seen_before(at) - 1, -1, -1):
            start = self.history_starts[position]
            if start < earliest:
                return None
            cluster = self.read_again.get(start, self.history[position][0])
            if not self.history_modifiers[position] and accept(cluster):
                return cluster
        return None

    def seen_near(self, cluster: Cluster, at: int) -> bool:
        """Whether ``cluster`` was seen before offset ``at`` in its sentence or the one before."""
        here = bisect.bisect_right(self.sentence_starts, at)
        current = self.sentence_starts[here - 1] if here else 0
        previous = self.sentence_starts[here - 2] if here > 1 else current
        return any(start < at and seen is cluster for start, seen in self.seen_since(previous))

    def is_subject(self, start: int, end: int) -> bool:
        """Whether the span ``start``-``end`` is an actor or a source of an event."""
        at = bisect.bisect_left(self.subjects, (start, end))
        return at < len(self.subjects) and self.subjects[at] == (start, end)

    def antecedent(
        self, at: int, accept: Callable[[Cluster], bool], *, plural: bool, subject: bool
    ) -> Cluster | None:
        """The entity a pronoun at offset ``at`` most likely points back to, among those
        ``accept`` takes and written in the given number, in its sentence or the one before.

        A subject pronoun ("it said", "its forces") continues who acts or speaks: the
        latest actor or source of its own sentence before it, else the first of the
        sentence before ("The agency spoke ... It also said ..."). Any other pronoun
        ("to guard it") takes the nearest participant before it, else the nearest place
        that sets a scene ("talks in Oslo"). An entity inside a quote
        the pronoun is not in is no antecedent ('"Norway never gave in," it said').
        ``None`` when neither sentence has one; the caller decides what then.
        """
        here = bisect.bisect_right(self.sentence_starts, at)
        current = self.sentence_starts[here - 1] if here else 0
        previous = self.sentence_starts[here - 2] if here > 1 else current
        nearest: Cluster | None = None
        first_subject: Cluster | None = None
        scene: Cluster | None = None
        for position in range(len(self.history) - 1, -1, -1):
            cluster, was_plural = self.history[position]
            start = self.history_starts[position]
            if start < previous:
                break
            if start >= at or was_plural != plural or self.history_modifiers[position]:
                continue
            if not accept(cluster):
                continue
            if quotes_between(self.text, start, at):
                continue
            in_subject = bool(self.history_subjects[position])
            if not subject and start in self.scene_starts:
                # A place that sets the scene ("after talks in Oslo the union
                # accepted it") is taken only when no participant fits (Lappin and Leass
                # weigh adverbial phrases down for the same reason).
                scene = scene or cluster
                continue
            if start >= current:
                if not subject or in_subject:
                    return cluster  # the nearest (subject) of the pronoun's own sentence
                continue
            if subject and in_subject:
                first_subject = cluster  # walking back: the last kept is the first
            if nearest is None:
                nearest = cluster
        return first_subject if subject else nearest or scene

    def written_in_capitals(self, upper: str) -> bool:
        """Whether the text has ``upper`` (or its plural in ``S``) as a word of its own."""
        found = self._in_capitals.get(upper)
        if found is None:  # once per word: a search reads the whole text
            pattern = rf"\b{re.escape(upper)}S?\b"
            found = self._in_capitals[upper] = re.search(pattern, self.text) is not None
        return found

    def seen_at(self, start: int) -> Cluster | None:
        """The entity of the span just read at ``start``, if it named one.

        Spans are read in order of where they start, the shorter first, so a name
        inside a phrase ("Leeds" in "Leeds police") was read just before the
        phrase: only the last few spans are searched.
        """
        for position in range(len(self.history) - 1, max(-1, len(self.history) - 9), -1):
            if self.history_starts[position] == start:
                return self.history[position][0]
        return None

    def last_with_head(self, head: str) -> Cluster | None:
        """The latest entity seen whose head is ``head``."""
        return self.last(lambda cluster: cluster.head == head)

    def index_mentions(self, mentions: Sequence[Argument]) -> None:
        """Keep the document's named spans (``mentions``), indexed by where they start.

        Kept as arrays of offsets: a long document's mentions come as a
        :class:`~kg.resolve._parts.MentionTable`, which makes each record when asked.
        """
        self.mentions = mentions
        starts = array("q", (m.start for m in mentions))
        self._longest_mention = max((m.end - m.start for m in mentions), default=0)
        if all(starts[i] <= starts[i + 1] for i in range(len(starts) - 1)):
            self._order = None  # in text order already, as extraction makes them
            self._starts = starts
        else:
            order = sorted(range(len(starts)), key=starts.__getitem__)  # stable: ties in order
            self._order = array("q", order)
            self._starts = array("q", (starts[i] for i in order))

    def starting_between(self, low: int, high: int) -> list[Argument]:
        """The named spans that start at ``low`` to ``high`` (both included), in their order."""
        first = bisect.bisect_left(self._starts, low)
        last = bisect.bisect_right(self._starts, high)
        if self._order is None:
            return [self.mentions[position] for position in range(first, last)]
        return [self.mentions[position] for position in sorted(self._order[first:last])]

    def inside(self, start: int, end: int) -> list[Argument]:
        """The named spans within ``start``-``end`` (that span itself too), in their order."""
        return [m for m in self.starting_between(start, end) if m.end <= end]

    def around(self, start: int, end: int) -> list[Argument]:
        """The named spans that hold ``start``-``end`` (that span itself too), in their order."""
        low = end - self._longest_mention
        return [m for m in self.starting_between(low, start) if m.end >= end]

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer places are looked up in."""
        return self.index.gazetteer


#: Quotation marks that open or close a quote.
_QUOTES = ('"', "\u201c", "\u201d")
#: A quote closed right before the offset that follows: '...," ', '...!” ', "...,'' ".
_CLOSED_BEFORE = re.compile(r"[,.!?]\s?(\"|\u201d|'')\s*$")
#: The mark that opens a quote, by the mark that closes it.
_OPENING = {'"': '"', "\u201d": "\u201c", "''": "''"}


#: How many pronouns of one sex, each with no other person near, make a person that sex
#: for the rest of the text.
_SURE_TIMES = 2


#: A line that ends as running text does: a sentence's closing mark, perhaps a quote's or
#: bracket's after it, or a colon that leads into what follows.
_PROSE_LINE_END = re.compile(r"[.!?:;,][\"\u201d\u2019')\]]*\s*$")


def heading_between(text: str, start: int, end: int) -> bool:
    """Whether a whole line that is no running text stands between offsets ``start`` and
    ``end``: a heading or a caption ("Museums - the east wing to reopen"), which opens
    another part of the page. A "they" under it speaks of the new part, not of whoever
    the part before named.

    >>> heading_between("Fans waited.\\nTickets - sales to start\\nThey said: ...", 0, 38)
    True
    """
    first = text.find("\n", start, end)
    if first < 0:
        return False
    lines = text[first + 1 : text.rfind("\n", first, end)].split("\n")
    return any(line.strip() and not _PROSE_LINE_END.search(line) for line in lines)


def quotes_between(text: str, start: int, end: int) -> bool:
    """Whether ``start`` and ``end`` lie on two sides of a quote's edge: an odd number of
    quotation marks stands between them (a quoted word, "nationalists", has two).

    >>> quotes_between('"We won," it said', 1, 10), quotes_between('it "won" it', 0, 9)
    (True, False)
    """
    stretch = text[start:end]
    return sum(stretch.count(q) for q in _QUOTES) % 2 == 1


def closed_quote_start(text: str, at: int) -> int | None:
    """Where the quote opens whose closing mark stands right before offset ``at``, as a
    speaker's tag follows it; ``None`` if no quote closes there.

    >>> closed_quote_start('Ann met Tom. "Tom left," she said', 25)
    13
    """
    closing = _CLOSED_BEFORE.search(text, max(0, at - 6), at)
    if closing is None:
        return None
    mark = closing.group(1)
    opening = text.rfind(_OPENING[mark], 0, closing.start(1))
    return opening if opening >= 0 else None


#: Quotation marks before a name that is a title ('her films include "The Long Road"').
_QUOTE_MARKS = frozenset("\"“‘'")
#: What ends a sentence: its mark and the space after it (closing quote or bracket
#: between), or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+|\n")


def _last_sentence_start(text: str, begin: int, end: int) -> int:
    """Where the last sentence between offsets ``begin`` and ``end`` starts: after the
    last end of a sentence before ``end`` (the one that ends there aside)."""
    start = begin
    for found in _SENTENCE_END.finditer(text, begin, max(begin, end - 2)):
        start = found.end()
    return start
