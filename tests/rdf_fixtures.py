"""A small knowledge graph built by hand from kg.model records (no spaCy), for the RDF tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kg.graph import KnowledgeGraph
from kg.model import Argument, Document, Entity, Event, Figure, Mention, Place, TimeExpression

# Written for these tests; offsets point into the texts below.
TEXT_A = (
    "Northland forces took control of Port Avel on Friday, the defence ministry said. "
    "More than 200 members of the coast guard have not yet left Port Avel."
)
TEXT_B = "Mayor Ana Ruiz said about 1,500 people left Lake Town for Port Avel in March 2022."


def _span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    begin = text.index(part, start)
    return begin, begin + len(part)


def _argument(text: str, part: str, entity: str | None, label: str = "") -> Argument:
    start, end = _span(text, part)
    return Argument(part, start, end, label=label, entity=entity)


def _sentence(document: str, text: str, part: str) -> Mention:
    start, end = _span(text, part)
    return Mention(document, start, end, text[start:end])


def hand_built_graph() -> KnowledgeGraph:
    """Two documents, five entities, three events exercising every role."""
    doc_a = Document(
        "a",
        TEXT_A,
        title="Port Avel taken",
        date=dt.date(2022, 2, 25),
        url="https://example.org/news/a",
    )
    doc_b = Document("b", TEXT_B)
    first, second = TEXT_A.split(". ", 1)
    first += "."
    took = _span(TEXT_A, "took control of")
    left = _span(TEXT_A, "left", len(first))
    said = _span(TEXT_B, "left")
    figure_a = Figure(
        "More than 200 members",
        Decimal(200),
        "member",
        "moreThan",
        *_span(TEXT_A, "More than 200 members"),
        owner="the coast guard",
    )
    figure_b = Figure(
        "about 1,500 people",
        Decimal("1500"),
        "person",
        "approximately",
        *_span(TEXT_B, "about 1,500 people"),
    )
    events = (
        Event(
            "a",
            *took,
            "take control of",
            _sentence("a", TEXT_A, first),
            actor=_argument(TEXT_A, "Northland forces", "group/northland-forces", "NORP"),
            target=_argument(TEXT_A, "Port Avel", "place/port-avel", "GPE"),
            time=TimeExpression("on Friday", *_span(TEXT_A, "on Friday"), "2022-02-25"),
            source=_argument(TEXT_A, "the defence ministry", None, "ORG"),
            event_type="TakeControl",
        ),
        Event(
            "a",
            *left,
            "leave",
            _sentence("a", TEXT_A, second),
            actor=_argument(TEXT_A, "the coast guard", None),
            places=(Place(_argument(TEXT_A, "Port Avel", "place/port-avel", "GPE"), "origin"),),
            figures=(figure_a,),
            negated=True,
            modality="possible",
            event_type="Withdrawal",
        ),
        Event(
            "b",
            *said,
            "leave",
            _sentence("b", TEXT_B, TEXT_B),
            places=(
                Place(_argument(TEXT_B, "Lake Town", "place/lake-town", "GPE"), "origin"),
                Place(_argument(TEXT_B, "Port Avel", "place/port-avel", "GPE"), "destination"),
            ),
            figures=(figure_b,),
            time=TimeExpression("in March 2022", *_span(TEXT_B, "in March 2022"), "2022-03"),
            source=_argument(TEXT_B, "Ana Ruiz", "person/ana-ruiz", "PERSON"),
            event_type="Movement",
        ),
    )
    entities = (
        Entity(
            "group/northland-forces",
            "Northland forces",
            "group",
            mentions=1,
            country="place/northland",
        ),
        Entity(
            "person/ana-ruiz",
            "Ana Ruiz",
            "person",
            aliases=("Mayor Ana Ruiz",),
            mentions=1,
            roles=("mayor",),
        ),
        Entity("place/lake-town", "Lake Town", "place", mentions=1, lat=-12.5, long=130.25),
        Entity("place/northland", "Northland", "place", mentions=0),
        Entity(
            "place/port-avel",
            "Port Avel",
            "place",
            aliases=("Avel",),
            mentions=3,
            lat=48.1,
            long=-4.5,
            geonames=123456,
        ),
    )
    return KnowledgeGraph(documents=(doc_a, doc_b), entities=entities, events=events)
