"""Reports of one night in Avel, built by hand from kg.model records (no spaCy)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox

from kg import rdf
from kg.model import Argument, Document, Entity, Event, Figure, Mention, Place

__all__ = ["ENTITIES", "REPORTS", "build_reports", "report_events", "span"]

# Written for these tests: three reports of one night in Avel, and one of another side.
REPORTS = {
    "gov": "Northland forces shelled Avel overnight, killing 11 people, the governor said.",
    "ministry": "Northland forces shelled Avel, killing 4 people, the ministry said.",
    "agency": "Northland troops shelled Avel again, the agency reported.",
    "south": "Southland forces shelled Avel, killing 2 people, the mayor said.",
}
ENTITIES = (
    Entity("group/northland-forces", "Northland forces", "group", country="place/northland"),
    Entity("group/southland-forces", "Southland forces", "group", country="place/southland"),
    Entity("place/avel", "Avel", "place", country="place/northland"),
    Entity("place/northland", "Northland", "place"),
    Entity("place/southland", "Southland", "place"),
    Entity("person/governor", "the governor", "person"),
    Entity("organization/ministry", "the ministry", "organization"),
)


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def report_events(doc: str, *, negated: bool = False, time: str | None = None) -> list[Event]:
    text = REPORTS[doc]
    sentence = Mention(doc, 0, len(text), text)
    side = "group/southland-forces" if doc == "south" else "group/northland-forces"
    actor = Argument(text.split(" shelled")[0], 0, 5, "NORP", side)
    avel = Argument("Avel", *span(text, "Avel"), "GPE", "place/avel")
    source_text = text.rsplit(", ", 1)[1].split(" said")[0].split(" reported")[0]
    source_id = {"the governor": "person/governor", "the ministry": "organization/ministry"}
    source = Argument(source_text, *span(text, source_text), "", source_id.get(source_text))
    shelled = Event(
        doc, *span(text, "shelled"), "shell", sentence, actor=actor, target=avel,
        source=source, negated=negated, event_type="Shelling",
    )  # fmt: skip
    events = [shelled]
    if "killing" in text:
        number = text.split("killing ")[1].split(" people")[0]
        figure = Figure(f"{number} people", Decimal(number), "person", "exact",
                        *span(text, f"{number} people"))  # fmt: skip
        events.append(
            Event(
                doc,
                *span(text, "killing"),
                "kill",
                sentence,
                actor=actor,
                places=(Place(avel),),
                figures=(figure,),
                source=source,
                event_type="Killing",
            )  # fmt: skip
        )
    return events


def build_reports(docs: list[str], dates: dict[str, dt.date] | None = None) -> list[ox.Quad]:
    documents = [Document(d, REPORTS[d], date=(dates or {}).get(d)) for d in docs]
    events = [e for d in docs for e in report_events(d)]
    return rdf.quads(documents, ENTITIES, events)
