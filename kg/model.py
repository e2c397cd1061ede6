"""Small immutable records passed between the stages of the pipeline.

Nothing here knows about spaCy, rdflib or networkx: extraction produces these
records, resolution rewrites them (with :func:`dataclasses.replace`), and the
exporters read them. Every record is a frozen, slotted dataclass so it can be
hashed, compared, pickled to a Dask worker and shared without copies.

>>> Figure(text="more than 200 members", value=Decimal(200), unit="member",
...        qualifier="moreThan", start=0, end=21).value
Decimal('200')
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Literal, TypeVar

__all__ = [
    "ArgumentRole",
    "Argument",
    "Document",
    "Entity",
    "EntityKind",
    "EntityMention",
    "Event",
    "Extraction",
    "Figure",
    "Mention",
    "Modality",
    "PlaceRole",
    "Place",
    "Qualifier",
    "TimeExpression",
]

#: The classes of named entity the graph knows. ``group`` is a collective actor
#: named by a demonym or a common noun ("Russian forces", "separatists").
EntityKind = Literal["person", "organization", "group", "place"]

#: How sure a figure is. The names are the RDF local names of the qualifiers.
Qualifier = Literal[
    "exact", "atLeast", "moreThan", "approximately", "upTo", "lessThan", "atMost", "range"
]

#: Whether an event is reported as having happened, and if not, how it is talked about:
#: asked of someone ("urged X to leave"), meant ("plans to attack"), the purpose of
#: another act ("sent troops to repel"), hypothetical ("if", "would"), ahead ("will"),
#: possible ("may", "could"), or asked about. The names are the RDF local names.
Modality = Literal[
    "asserted",
    "negated",
    "requested",
    "intended",
    "purpose",
    "conditional",
    "future",
    "possible",
    "question",
]

#: What a place does in an event: where it happened, where it started, where it went.
PlaceRole = Literal["location", "origin", "destination"]

#: Which role of an event an argument fills.
ArgumentRole = Literal["actor", "target", "source"]


_Record = TypeVar("_Record", bound=type)


def _pickled_by_fields(cls: _Record) -> _Record:
    """Pickle a record as the tuple of its fields' values, the names worked out once.

    A slotted dataclass's own ``__getstate__`` and ``__setstate__`` call
    :func:`dataclasses.fields` for every record pickled or unpickled: the records
    a worker sends back to the parent (:mod:`kg.parallel`) paid that at both ends.
    """
    names = tuple(field.name for field in fields(cls))
    read = operator.attrgetter(*names)  # a tuple of the values: every record has 2 fields or more
    assert len(names) > 1, cls

    def getstate(record: Any) -> tuple[Any, ...]:
        return read(record)

    def setstate(record: Any, state: tuple[Any, ...]) -> None:
        for name, value in zip(names, state, strict=True):
            object.__setattr__(record, name, value)

    cls.__getstate__ = getstate  # type: ignore[method-assign,assignment]
    cls.__setstate__ = setstate  # type: ignore[attr-defined]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """One input article.

    Attributes:
        id: Stable identifier, unique within a build (file stem, JSON ``id``, or a hash).
        text: The full text; every offset in the graph points into it.
        title: Optional headline.
        date: Publication date, the anchor for "Friday" or "today".
        url: Where the article came from: the page's canonical address when it
            states one, else the address it was read from.
        authors: The byline, one name an item, as the page gives it.
        site: The site or publisher's name ("The Guardian").
        language: The text's language as a BCP 47 code ("en"), when detected.
        retrieved_from: The address the page was fetched or archived from, when
            that differs from ``url`` (a redirect, a tracking address).
        retrieved_at: When the page was fetched (or archived), in UTC.
        extractor: What turned the page into ``text``, with its version
            ("trafilatura 2.3.1"); ``None`` for text read as it is.
        summary_only: True when ``text`` is a feed's summary of the article,
            not the article itself.
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    site: str | None = None
    language: str | None = None
    retrieved_from: str | None = None
    retrieved_at: dt.datetime | None = None
    extractor: str | None = None
    summary_only: bool = False


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """Where a fact was read: a sentence of a document, by character offsets.

    ``text == document.text[start:end]`` always holds.
    """

    document: str
    start: int
    end: int
    text: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Argument:
    """A span of text filling a role in an event, later linked to an entity.

    Attributes:
        text: The span as written ("the Russian Defense Ministry").
        start: Character offset of the span in the document.
        end: End offset (exclusive).
        label: The entity label the extractor guessed (spaCy's PERSON, ORG, GPE,
            NORP, LOC, FAC, or "" for a common noun phrase).
        entity: The resolved entity id, filled in by resolution; ``None`` when the
            span names no entity ("power", "control").
        evidence: The sentence the span was read in when that is not its event's
            own: a place taken from the earlier event that the event's words refer
            back to ("the blast" of a later sentence; see
            :mod:`kg.extract.anaphora`), or a quote's speaker named in another
            sentence than the quoted event's (:mod:`kg.extract.attribution`);
            ``None`` for a span of the event's sentence.
    """

    text: str
    start: int
    end: int
    label: str = ""
    entity: str | None = None
    evidence: Mention | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Place:
    """A place argument with its role in the event."""

    argument: Argument
    role: PlaceRole = "location"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Figure:
    """A number with what it counts and how sure it is.

    Attributes:
        text: The figure as written ("more than 1,000 people").
        value: The number (the lower bound of a range).
        unit: What is counted, singular ("member", "missile"), or ``None``.
        qualifier: How the number is hedged.
        start: Character offset in the document.
        end: End offset (exclusive).
        value_max: The upper bound of a range ("between 10 and 20").
        owner: Whose the counted things are ("Ukrainian special units").
        share: True when ``value`` is a fraction of the counted things rather than
            a count of them ("a third of the forces" -> 0.333333 force, "one in five
            residents" -> 0.2 resident).
    """

    text: str
    value: Decimal
    unit: str | None
    qualifier: Qualifier
    start: int
    end: int
    value_max: Decimal | None = None
    owner: str | None = None
    share: bool = False


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time as written and, when it can be pinned down, as an ISO value.

    ``value`` is ``YYYY-MM-DD`` (an xsd:date), ``YYYY-MM`` (xsd:gYearMonth) or
    ``YYYY`` (xsd:gYear); ``None`` when the text cannot be anchored.
    """

    text: str
    start: int
    end: int
    value: str | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    """One extracted action, an n-ary relation in the style of SEM.

    Attributes:
        document: Id of the document it was read from.
        start: Offset of the trigger (the verb or event noun) in the document.
        end: End offset of the trigger.
        action: A readable action ("take control of", "call on", "attack").
        evidence: The sentence it was read from.
        actor: Who did it.
        target: What or whom it was done to.
        places: Where, with each place's role.
        figures: Numbers attached to the action.
        time: When.
        source: Who reported or claimed it.
        negated: True for "has not used", "have not yet controlled".
        modality: Whether it is reported as having happened (``"asserted"``, or
            ``"negated"`` when negated and nothing else), or how else it is talked
            about (``"requested"``, ``"future"``, ...). A negated request ("urged them
            not to leave") is ``"requested"`` with ``negated`` true.
        part: 0, or 1, 2, ... for the copies of an event on the same trigger: one
            per conjunct of a coordinated subject ("Russia and Belarus attacked" gives
            parts 0 and 1), and one per person or group a "they" or "the pair" stands
            for (:func:`free_part` numbers them).
        event_type: The most specific class of kg's event taxonomy ("Shelling",
            "Arrest", "Statement"; see :mod:`kg.event_types`), or ``None``
            when the event is of no known kind.
    """

    document: str
    start: int
    end: int
    action: str
    evidence: Mention
    actor: Argument | None = None
    target: Argument | None = None
    places: tuple[Place, ...] = ()
    figures: tuple[Figure, ...] = ()
    time: TimeExpression | None = None
    source: Argument | None = None
    negated: bool = False
    modality: Modality = "asserted"
    part: int = 0
    event_type: str | None = None

    @property
    def id(self) -> str:
        """A key unique within a corpus: the document, the trigger offsets and the part."""
        key = f"{self.document}/{self.start}-{self.end}"
        return f"{key}/{self.part}" if self.part else key


def free_part(event: Event, taken: set[tuple[int, int, int]]) -> int:
    """The part for a further copy of ``event``: the first after its own that no event of
    ``taken`` (start, end and part of each) holds on the same trigger; ``taken`` then
    holds it too. The part is in the event's id and IRI, so two copies with the same
    one would be one node in the RDF."""
    part = event.part + 1
    while (event.start, event.end, part) in taken:  # ends: ``taken`` is finite
        part += 1
    taken.add((event.start, event.end, part))
    return part


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction read from one document, before cross-document resolution.

    A long document (see :data:`kg.parallel.SEGMENT_CHARS`) may come in
    ``parts``: consecutive extractions of the same document, one per segment,
    each with that segment's events and mentions (offsets into the whole
    text), so that no stage has to hold the records of the whole document.

    Attributes:
        document: The document itself (the whole of it, in every part).
        events: The events, in text order.
        mentions: Every named actor or place seen, whether or not it is in an event.
        part: Which part of the document this is, from 0.
        parts: How many parts the document's extraction comes in (1: it is whole).
    """

    document: Document
    events: tuple[Event, ...]
    mentions: tuple[Argument, ...]
    part: int = 0
    parts: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.part < self.parts:
            raise ValueError(f"part {self.part} of {self.parts}: not a part of a document")


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityMention:
    """One place in a document where an entity is mentioned, by character offsets.

    Every span resolution links to an entity gives one: names ("Vladimir Putin"),
    and the pronouns and descriptions that point back to one ("he", "the
    capital"). A span inside a longer span of the same entity ("Vladimir Putin"
    in "Russian President Vladimir Putin") is no mention of its own. ``text ==
    document.text[start:end]``.

    Attributes:
        document: Id of the document.
        start: Character offset of the span in the document.
        end: End offset (exclusive).
        text: The span as written.
        entity: Id of the entity it names.
    """

    document: str
    start: int
    end: int
    text: str
    entity: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world actor or place, merged across its mentions and documents.

    Attributes:
        id: Stable key, ``kind/slug`` ("place/kyiv", "person/vladimir-putin"). The
            same entity gets the same id in every run and on every machine.
        label: Canonical name.
        kind: person, organization, group or place.
        aliases: Every surface form seen, canonical name excluded.
        mentions: How many times it was mentioned.
        lat: Latitude (WGS84), places only.
        long: Longitude (WGS84), places only.
        geonames: GeoNames id, when known.
        country: Entity id of the country a group belongs to ("place/russia").
        roles: Titles and roles taken off the name ("mayor").
        admin1: Places only: entity id of the first-level division (state, oblast,
            province) the place lies in.
        located_in: Places only: entity id of the smallest division it lies in (a
            county or district, else the first-level division); for a place no
            gazetteer holds, the place its name says it lies in ("Bagram Air Base"
            in Bagram).
        coordinates_from: Places only: entity id of the place whose point ``lat`` and
            ``long`` repeat, for a place no gazetteer holds (approximate).
        affiliation: Unnamed persons only: entity id of the organisation the text
            describes them by ("a senior official in the Ministry of Ports").
    """

    id: str
    label: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    lat: float | None = None
    long: float | None = None
    geonames: int | None = None
    country: str | None = None
    roles: tuple[str, ...] = ()
    admin1: str | None = None
    located_in: str | None = None
    coordinates_from: str | None = None
    affiliation: str | None = None
