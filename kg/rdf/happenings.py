"""The happenings graph: events in different documents that report the same happening.

Three articles on one shelling give three events; a :data:`kg:Happening` node
links them (``kg:reportedIn`` each event) and says how many documents and
sources report it, so a query can rank happenings by corroboration and set the
figures of one happening from different sources side by side.

Two events in different documents report the same happening when all of these hold:

* **type**: the same most specific class of kg's event taxonomy; for the broad
  classes listed in ``event_types.json`` (``corroboration.same_action``:
  ``Movement``, ``Transfer`` ...) the same verb too ("land" is not "advance");
* **polarity**: both negated or neither ("have not captured" is no capture);
* **told as happening**: neither is asked for, imagined, foreseen or asked about
  (a call to "take control" is no report of a taking; an attempt, a purpose or a
  hedge still is);
* **an anchor**: a place or target entity in common that is not a country
  (every event in Ukraine is not one happening), a target written as text that
  names the other's target or place entity ("the Hostomel airport northwest
  of Kyiv"), or the same figure (value and unit: "a third of its forces");
* **actors**: both name their actor as an entity, and the two are one entity
  or of one country ("Russian forces" and "the Russian Defence Ministry" are one
  side; Russian and Ukrainian forces destroying tanks are two happenings, and an
  event whose doer is unnamed or only written as text joins none);
* **dates**: within ``corroboration.window_days`` of each other, where both
  have one (the event's own date, else its document's).

Within one document, two **casualty claims** are one happening: counts of one
side's dead (or wounded) from two sources, a few paragraphs apart ("the
ministry said 40 of its soldiers had died ... the other side said it had
killed 900"), which is what the disagreeing-sources query sets side by side.
Happenings are the connected groups of such pairs. Then a report that repeats a
happening without its anchor ("the Valdish troops announced the control of a
mountain pass", before naming the Orsk pass) joins it: an event with no
anchor joins the one happening of its own document whose events have its class,
verb and polarity and actors of its side (or no named actor on either part).
Not for the broad classes, whose repeats in one document are often other
happenings ("advance", "say"): on ECB+ training documents, of the pairs of
events of one document with one class, verb and side where one has an anchor
and the other none, 89 % were one happening for the specific classes and 66 %
for the broad ones when the rule was made (train and dev topics built together);
86 % and 74 % on the train topics built alone
(``bench/train_corroboration.py --repeats``).

These rules need what reports of war give (a class, a named side, a place in
common) and link almost nothing else. Last, the **story linker**
(:mod:`kg.rdf._stories`) links events of general news: documents whose dates
and the names they mention are alike tell one story, and two of their events
that share their verb or noun, a class or a WordNet sense are scored by a
logistic model over what they share (learned on ECB+ training topics), and
clustered by average link at its threshold. It reads the sentences of events
(``prov:wasDerivedFrom``, ``kg:text``) and the names each document mentions (``itsrdf:taIdentRef``,
``nif:referenceContext``) beside the roles.

Like the summary graph
(:mod:`kg.rdf.summary`) they are derived data in a graph of their own
(``base + "graph/happenings"``), never merged: whoever writes the graph makes
them again from everything it then holds, so adding a document links its
events to the happenings already there, and the result does not depend on the
order documents came in. A happening is named after its first event
(``happening/<doc>/<start>-<end>`` of the smallest event IRI).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Final

import pyoxigraph as ox

from kg._resources import load_resource
from kg.event_types import EVENT_TYPES, superclasses
from kg.namespace import DEFAULT_BASE, KG
from kg.rdf._stories import Background, Report, group_root, scored_pairs, story_pairs
from kg.rdf.iris import entities_graph_iri, summary_graph_iri
from kg.rdf.terms import _LABEL, _TYPE, _integer, _named

__all__ = [
    "EVENT_CLASS_IRIS",
    "READ_PREDICATES",
    "HappeningsRead",
    "HappeningsReading",
    "SHARED_PREDICATES",
    "happening_quads",
    "happenings_graph_iri",
    "read_happenings",
    "story_candidates",
    "with_fresh_happenings",
]

_KG: Final = str(KG)
_HAPPENING: Final = _named(str(KG.Happening))
_REPORTED_IN: Final = _named(str(KG.reportedIn))
_DOCUMENT_COUNT: Final = _named(str(KG.documentCount))
_SOURCE_COUNT: Final = _named(str(KG.sourceCount))
_EVENT_CLASSES: Final = {_KG + name: name for name in EVENT_TYPES}

#: The classes of the counts of one side's losses that :func:`_casualty_claims` links.
CASUALTY_CLASSES: Final = ("Death", "Injury")

#: The modalities of what is told as having happened, or as not having happened.
_FACTUAL: Final = ("asserted", "negated")

#: The modalities of what no report of a happening tells: what someone asks for ("take
#: control!"), imagines ("if they took the town"), foresees ("will take") or asks about.
#: An attempt, a purpose ("battles to seize the airport") or a hedge ("may have seized")
#: is still about the happening.
_NO_HAPPENING: Final = frozenset({"requested", "conditional", "future", "question"})

#: How far apart (characters) two claims of one document may be: about a report's length.
CLAIM_REACH: Final = 3000
DERIVED_FROM: Final = "http://www.w3.org/ns/prov#wasDerivedFrom"
_IDENT_REF: Final = "http://www.w3.org/2005/11/its/rdf#taIdentRef"
_CONTEXT: Final = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext"

#: The classes of kg's event taxonomy, whose ``rdf:type`` quads
#: :func:`happening_quads` reads.
EVENT_CLASS_IRIS: Final = tuple(_named(iri) for iri in _EVENT_CLASSES)

#: The predicates :func:`happening_quads` reads in the entities (and summary)
#: graph: an entity's label and country.
SHARED_PREDICATES: Final = (_LABEL, _named(_KG + "country"))

#: The predicates :func:`happening_quads` reads in the documents' graphs,
#: beside ``rdf:type`` to one of :data:`EVENT_CLASS_IRIS`. A caller holding a
#: large graph (a store) gives it these quads alone: the happenings are the same.
READ_PREDICATES: Final = (
    *(
        _named(_KG + local)
        for local in (
            "action", "actor", "target", "place", "negated", "document",
            "time", "source", "figure", "value", "unit", "date", "text", "start",
            "modality",
        )
    ),
    _named(DERIVED_FROM),
    _named(_IDENT_REF),
    _named(_CONTEXT),
)  # fmt: skip


def happenings_graph_iri(*, base: str = DEFAULT_BASE) -> str:
    """The named graph holding the happenings."""
    return f"{base}graph/happenings"


@dataclass(slots=True)
class _Event:
    node: ox.NamedNode
    classes: list[str] = field(default_factory=list)
    action: str = ""
    actors: list[Any] = field(default_factory=list)
    anchors: list[Any] = field(default_factory=list)  # targets and places
    texts: list[str] = field(default_factory=list)  # targets as written
    negated: bool = False
    document: Any = None
    time: str | None = None
    figures: list[Any] = field(default_factory=list)
    source: Any = None
    mention: Any = None  # the sentence it was read from
    places: list[Any] = field(default_factory=list)  # the anchors that are places
    modality: str = "asserted"

    @property
    def event_type(self) -> str | None:
        known = [c for c in self.classes if c in EVENT_TYPES]
        return max(known, key=lambda c: (len(superclasses(c)), c), default=None)


def _settings() -> tuple[frozenset[str], int]:
    raw = load_resource("event_types.json")["corroboration"]
    return frozenset(raw["same_action"]), int(raw["window_days"])


def _date(value: str | None) -> dt.date | None:
    if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _link_run(run: list[_Event], link: Any) -> None:
    """Link the events of a run that span two or more documents."""
    if len({m.document for m in run}) < 2:
        return
    first = run[0]
    other = next(m for m in run if m.document != first.document)
    for item in run:
        link(item, other if item.document == first.document else first)


def _repeat_key(item: _Event) -> tuple[Any, ...]:
    """What two mentions of one happening in one document share: class, polarity, verb."""
    return (item.document, item.event_type, item.negated, item.action.partition(" ")[0])


def _join_in_document(
    unanchored: list[tuple[_Event, set[Any]]],
    linked: list[_Event],
    side: Any,
    root: Any,
    link: Any,
) -> None:
    """Link an event with no anchor to the one happening its document repeats.

    A report names the place of a happening once and then repeats it without
    ("Valdish troops took control of a mountain pass ... the Valdish
    Interior Ministry said its troops took control of the Orsk pass"). An
    event with no anchor of its own joins a happening when its document holds
    events of that happening with the same class, verb and polarity and actors
    of no other side, and of no other happening.
    """
    by_key: dict[tuple[Any, ...], list[_Event]] = defaultdict(list)
    for item in linked:
        by_key[_repeat_key(item)].append(item)
    for item, sides in unanchored:
        found: dict[Any, _Event] = {}
        for other in by_key.get(_repeat_key(item), ()):
            theirs = {side(x) for x in other.actors if isinstance(x, ox.NamedNode)}
            if not sides or not theirs or sides & theirs:
                found.setdefault(root(other.node), other)
        if len(found) == 1:
            link(item, next(iter(found.values())))


def _casualty_claims(
    typed: list[_Event],
    side: Any,
    countries: set[Any],
    figures: dict[Any, list[Any]],
    offsets: dict[Any, int],
    window: int,
    link: Any,
) -> None:
    """Link the counts one document gives, from two sources, of one side's dead or wounded.

    "Northland's army said 40 of its soldiers had died. Southland's ministry
    said its forces had killed 600 Northland soldiers": two claims about one
    happening, whose figures disagree. Two events are linked when they are in
    one document at most :data:`CLAIM_REACH` characters apart, both asserted,
    both of :data:`CASUALTY_CLASSES` (the same one), both with a figure of one
    unit and a target that is one entity of a country's side (a side's troops
    or civilians, not a place or a person), with two different sources, no
    places that differ, no actors of two different sides, and no own dates
    further apart than the window. The claims of one report are often written
    far from any place, named actor or date the other rules need.
    """
    groups: dict[tuple[Any, ...], list[tuple[int, _Event]]] = defaultdict(list)
    for item in typed:
        start = offsets.get(item.mention)
        if item.source is None or item.modality != "asserted" or start is None:
            continue
        family = next((c for c in CASUALTY_CLASSES if c in item.classes), None)
        units = {figures[f][1] for f in item.figures if f in figures and figures[f][1]}
        victims = {
            a for a in item.anchors if a not in item.places and a not in countries and side(a) != a
        }
        if family is None or not units or not victims:
            continue
        for unit in units:
            for victim in victims:
                groups[(item.document, family, victim, unit)].append((start, item))

    def apart(a: _Event, b: _Event) -> bool:
        if a.source == b.source or (a.places and b.places and not set(a.places) & set(b.places)):
            return True
        sides_a = {side(x) for x in a.actors if isinstance(x, ox.NamedNode)}
        sides_b = {side(x) for x in b.actors if isinstance(x, ox.NamedNode)}
        days = (_date(a.time), _date(b.time))
        return bool(
            (sides_a and sides_b and not sides_a & sides_b)
            or (days[0] and days[1] and abs((days[0] - days[1]).days) > window)
        )

    for members in groups.values():
        members.sort(key=lambda row: (row[0], str(row[1].node)))
        for i, (start, item) in enumerate(members):
            for j in range(i - 1, -1, -1):  # back to CLAIM_REACH: a long document's many claims
                before, other = members[j]
                if start - before > CLAIM_REACH:
                    break
                if not apart(item, other):
                    link(other, item)


def _report(
    item: _Event,
    side: Any,
    countries: set[Any],
    figures: dict[Any, list[Any]],
    sentences: dict[Any, str],
    offsets: dict[Any, int],
    when: Any,
) -> Report:
    """What the story linker reads of an event."""
    places = {node for node in item.places if node not in countries}
    targets = {node for node in item.anchors if node not in countries and node not in places}
    found = {tuple(figures[f]) for f in item.figures if f in figures}
    sides = frozenset(side(x) for x in item.actors if isinstance(x, ox.NamedNode))
    return Report(
        key=item.node.value,
        document=item.document,
        day=when(item),
        action=item.action,
        lineage=frozenset(c for c in item.classes if c in EVENT_TYPES),
        event_type=item.event_type,
        negated=item.negated,
        sides=sides,
        countries=sides & countries,
        targets=frozenset(targets),
        places=frozenset(places),
        figures=frozenset((str(v), str(u)) for v, u in found if v is not None and u is not None),
        sentence=sentences.get(item.mention, ""),
        lead=0 <= offsets.get(item.mention, -1) < 300,
        time=item.time,
        factual=item.modality in _FACTUAL,
    )


def happening_quads(
    quads: Iterable[ox.Quad], *, base: str = DEFAULT_BASE, background: Background | None = None
) -> list[ox.Quad]:
    """The happenings graph of a graph given as quads (an earlier one in it is ignored).

    ``background``: documents left out of ``quads`` because they can share no
    happening with another (:mod:`kg.store.local` leaves them in the store);
    the story linker's weights of names and words still count them.
    """
    read = read_happenings(quads, base=base)
    return read.quads(read.story_links(background))


def story_candidates(
    quads: Iterable[ox.Quad], *, base: str = DEFAULT_BASE, background: Background | None = None
) -> list[tuple[str, str, tuple[float, ...]]]:
    """The pairs of events the story linker scores, by event IRI, with their features.

    What ``bench/train_corroboration.py`` learns the weights from: the features
    are :data:`kg.rdf._stories.FEATURES`, made as :func:`happening_quads` makes
    them (``background`` as there).
    """
    read = read_happenings(quads, base=base)
    reports = read.reports
    return [
        (str(reports[i].key), str(reports[j].key), features)
        for i, j, features in story_pairs(reports, read.mentioned, background)
    ]


@dataclass(slots=True)
class HappeningsRead:
    """A graph's quads as :func:`happening_quads` reads them, before any event is linked.

    Made by :func:`read_happenings`. The story linker (:meth:`story_links`,
    most of the time) reads only :attr:`reports` and :attr:`mentioned`, so a
    caller may run it in a forked process while it does other work, and give
    its pairs to :meth:`quads`, which links by the rules and then by them:
    ``read.quads(read.story_links())`` is :func:`happening_quads`.
    """

    base: str
    events: dict[Any, _Event]
    typed: list[_Event]  # the events with a class and a document
    countries: dict[Any, Any]  # an entity -> its country
    country_set: set[Any]
    names: dict[str, Any]  # an entity's label, lowercased -> the entity
    dates: dict[Any, str]  # a document -> its date
    figures: dict[Any, list[Any]]  # a figure -> its value and unit
    offsets: dict[Any, int]  # a sentence -> where it starts
    reported: list[_Event]  # the events the story linker reads, in IRI order
    reports: list[Report]  # what it reads of each
    mentioned: dict[Any, Counter[Any]]  # a document -> the entities it names, counted

    def story_links(self, background: Background | None = None) -> list[tuple[int, int]]:
        """The pairs of :attr:`reports` (by index) the story linker links (``background``
        as for :func:`happening_quads`)."""
        return list(scored_pairs(self.reports, self.mentioned, background))

    def side(self, actor: Any) -> Any:
        return self.countries.get(actor, actor)

    def when(self, item: _Event) -> dt.date | None:
        return _date(item.time) or _date(self.dates.get(item.document))

    def quads(self, story_links: Iterable[tuple[int, int]]) -> list[ox.Quad]:
        """The happenings graph: the events linked by the rules, then by ``story_links``
        (:meth:`story_links`' pairs)."""
        same_action, window = _settings()
        side, when, country_set = self.side, self.when, self.country_set
        typed, names, figures = self.typed, self.names, self.figures

        # Blocking: events are compared only within a block of events that share a
        # class, an anchor, a polarity, a side (an actor entity, or its country)
        # and, for broad classes, a verb. Within a block every two events of
        # different documents are compatible but for their dates, so a block is
        # linked in one sweep by date instead of pair by pair: a busy place with
        # thousands of events costs a sort, not millions of comparisons.
        blocks: dict[Any, list[_Event]] = defaultdict(list)
        unanchored: list[tuple[_Event, set[Any]]] = []  # events with no anchor, and their sides
        for item in typed:
            keys: set[Any] = {a for a in item.anchors if a not in country_set}
            for text in item.texts:
                words = re.findall(r"[\w'-]+", text)
                for size in range(1, 5):
                    for i in range(len(words) - size + 1):
                        found = names.get(" ".join(words[i : i + size]))
                        if found is not None:
                            keys.add(found)
            for figure in item.figures:
                value, unit = figures.get(figure, (None, None))
                if value is not None and unit is not None:
                    keys.add(("figure", value, unit))
            # Both name their actor as an entity, and the two are one entity or of
            # one country: "Russian forces" and "the Russian Defence Ministry".
            sides = {side(x) for x in item.actors if isinstance(x, ox.NamedNode)}
            verb = item.action.split()[:1] if item.event_type in same_action else None
            for key in keys:
                for team in sides:
                    blocks[(item.event_type, key, item.negated, str(verb), team)].append(item)
            if not keys and item.event_type not in same_action:
                unanchored.append((item, sides))

        parent: dict[Any, Any] = {}
        linked: set[Any] = set()

        def root(node: Any) -> Any:
            return group_root(parent, node)

        def link(a: _Event, b: _Event) -> None:
            linked.update((a.node, b.node))
            ra, rb = root(a.node), root(b.node)
            if ra != rb:
                # The smaller IRI is the root: the result does not depend on order.
                low, high = sorted((ra, rb), key=str)
                parent[high] = low

        for members in blocks.values():
            if len({m.document for m in members}) < 2:
                continue
            dated = sorted(
                ((d, str(m.node), m) for m in members if (d := when(m)) is not None),
                key=lambda row: (row[0], row[1]),
            )
            undated = sorted((m for m in members if when(m) is None), key=lambda m: str(m.node))
            # Runs of dated events, each within the window of the one before.
            run: list[_Event] = []
            last: dt.date | None = None
            for day, _, item in dated:
                if last is not None and (day - last).days > window:
                    _link_run(run, link)
                    run = []
                run.append(item)
                last = day
            _link_run(run, link)
            # An undated report fits any date: it joins the first event of another document.
            everyone = [m for _, _, m in dated] + undated
            for item in undated:
                other = next((m for m in everyone if m.document != item.document), None)
                if other is not None:
                    link(item, other)
        _join_in_document(unanchored, [e for e in typed if e.node in linked], side, root, link)
        _casualty_claims(typed, side, country_set, figures, self.offsets, window, link)
        # Then the stories: events of documents that report one happening, linked by
        # a learned score over what they share (kg.rdf._stories).
        for i, j in story_links:
            link(self.reported[i], self.reported[j])
        return _happenings_graph(self.events, linked, root, self.base)


def _happenings_graph(
    events: dict[Any, _Event], linked: set[Any], root: Callable[[Any], Any], base: str
) -> list[ox.Quad]:
    """The happenings graph's quads: a node for each group of linked events."""
    groups: dict[Any, list[_Event]] = defaultdict(list)
    for item in sorted(events.values(), key=lambda e: str(e.node)):
        if item.node in linked and item.document is not None:
            groups[root(item.node)].append(item)
    graph = _named(happenings_graph_iri(base=base))
    out: list[ox.Quad] = []
    prefix = f"{base}event/"
    for first in sorted(groups, key=str):
        members = sorted(groups[first], key=lambda e: str(e.node))
        node = _named(f"{base}happening/{members[0].node.value.removeprefix(prefix)}")
        documents = {m.document for m in members}
        sources = {m.source if m.source is not None else m.document for m in members}
        kind = next((m.event_type for m in members if m.event_type), members[0].action)
        out.append(ox.Quad(node, _TYPE, _HAPPENING, graph))
        out.append(ox.Quad(node, _LABEL, ox.Literal(f"{kind}, {len(documents)} documents"), graph))
        for member in members:
            out.append(ox.Quad(node, _REPORTED_IN, member.node, graph))
        out.append(ox.Quad(node, _DOCUMENT_COUNT, _integer(len(documents)), graph))
        out.append(ox.Quad(node, _SOURCE_COUNT, _integer(len(sources)), graph))
    return out


class HappeningsReading:
    """What :func:`read_happenings` gathers of a graph before it links anything, a fact
    at a time: from quads (:func:`read_happenings`), or from the records as their quads
    are made (:func:`kg.rdf.mapping.quads_without_happenings`), which reads no quad
    back. :meth:`read` makes the :class:`HappeningsRead` of what was gathered.
    """

    __slots__ = (
        "events", "labels", "countries", "dates", "figures", "sentences", "offsets",
        "named_in", "context",
    )  # fmt: skip

    def __init__(self) -> None:
        self.events: dict[Any, _Event] = {}
        self.labels: dict[Any, str] = {}  # an entity -> its label
        self.countries: dict[Any, Any] = {}  # an entity -> its country
        self.dates: dict[Any, str] = {}  # a document -> its date
        self.figures: dict[Any, list[Any]] = defaultdict(lambda: [None, None])
        self.sentences: dict[Any, str] = {}  # a sentence -> its text
        self.offsets: dict[Any, int] = {}  # a sentence -> where it starts
        self.named_in: dict[Any, Any] = {}  # a name's mention -> its entity
        self.context: dict[Any, Any] = {}  # a name's mention -> its document

    def event(self, node: Any) -> _Event:
        found = self.events.get(node)
        if found is None:
            found = self.events[node] = _Event(node)
        return found

    def read(self, base: str) -> HappeningsRead:
        """The :class:`HappeningsRead` of what was gathered (the graph's base ``base``)."""
        events, figures, offsets = self.events, self.figures, self.offsets
        # A country is a place other entities lie in: too wide to anchor a happening.
        country_set = set(self.countries.values())
        read = HappeningsRead(
            base=base,
            events=events,
            typed=[
                e
                for e in events.values()
                if e.event_type is not None
                and e.document is not None
                and e.modality not in _NO_HAPPENING
            ],
            countries=self.countries,
            country_set=country_set,
            names={
                label.lower(): node
                for node, label in self.labels.items()
                if node not in country_set and len(label) > 3
            },
            dates=self.dates,
            figures=figures,
            offsets=offsets,
            reported=sorted(
                (e for e in events.values() if e.action and e.document is not None),
                key=lambda e: str(e.node),
            ),
            reports=[],
            mentioned=defaultdict(Counter),
        )
        for phrase, entity in self.named_in.items():
            document = self.context.get(phrase)
            if document is not None and entity not in country_set:
                read.mentioned[document][entity] += 1
        sentences = self.sentences
        read.reports = [
            _report(e, read.side, country_set, figures, sentences, offsets, read.when)
            for e in read.reported
        ]
        return read


def read_happenings(quads: Iterable[ox.Quad], *, base: str = DEFAULT_BASE) -> HappeningsRead:
    """What :func:`happening_quads` reads of ``quads``: the events, the story linker's reports.

    Each quad is read once, so ``quads`` may be a stream.
    """
    shared = {
        str(entities_graph_iri(base=base)),
        str(summary_graph_iri(base=base)),
        happenings_graph_iri(base=base),
    }
    reading = HappeningsReading()
    event, events, labels = reading.event, reading.events, reading.labels
    countries, dates, figures = reading.countries, reading.dates, reading.figures
    sentences = reading.sentences
    offsets, named_in, context = reading.offsets, reading.named_in, reading.context

    # Dispatch on the predicate's IRI string: comparing Oxigraph terms one by
    # one costs a call into Rust each, on every quad of the graph.
    kg_ns, label_iri, type_iri = _KG, _LABEL.value, _TYPE.value
    mentions = f"{base}mention/"
    for quad in quads:
        pred = quad.predicate.value
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode) and graph.value in shared:
            if pred == label_iri:
                labels[quad.subject] = quad.object.value  # type: ignore[union-attr]
            elif pred == kg_ns + "country":
                countries[quad.subject] = quad.object
            continue
        if pred == type_iri:
            name = _EVENT_CLASSES.get(quad.object.value)  # type: ignore[union-attr]
            if name is not None:
                event(quad.subject).classes.append(name)
            continue
        if not pred.startswith(kg_ns):
            if pred == DERIVED_FROM:
                event(quad.subject).mention = quad.object
            elif pred == _IDENT_REF:
                named_in[quad.subject] = quad.object
            elif pred == _CONTEXT:
                context[quad.subject] = quad.object
            continue
        local = pred[len(kg_ns) :]
        o: Any = quad.object
        s = quad.subject
        if local == "action":
            event(s).action = o.value
        elif local == "actor":
            event(s).actors.append(o)
        elif local in ("target", "place"):
            if isinstance(o, ox.NamedNode):
                event(s).anchors.append(o)
                if local == "place":
                    event(s).places.append(o)
            else:
                event(s).texts.append(o.value.lower())
        elif local == "negated":
            event(s).negated = o.value == "true"
        elif local == "modality":
            event(s).modality = o.value
        elif local == "document":
            # Mentions name their document too; everything else that does is an event.
            if s in events or not str(s).startswith(f"<{mentions}"):
                event(s).document = o
        elif local == "time":
            event(s).time = o.value
        elif local == "source":
            event(s).source = o
        elif local == "figure":
            event(s).figures.append(o)
        elif local == "value":
            figures[s][0] = o.value
        elif local == "unit":
            figures[s][1] = o.value
        elif local == "date":
            dates[s] = o.value
        elif local == "text":
            sentences[s] = o.value
        elif local == "start":
            offsets[s] = int(o.value)
    return reading.read(base)


def with_fresh_happenings(quads: Iterable[ox.Quad], *, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """``quads`` without any happenings graph they carry, then their own happenings."""
    name = happenings_graph_iri(base=base)
    kept = [
        q
        for q in quads
        if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == name)
    ]
    return kept + happening_quads(kept, base=base)
