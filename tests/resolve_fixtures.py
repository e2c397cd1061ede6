"""Helpers for the tests of entity resolution (kg.resolve): a build with the real model, and
the entities resolved from named spans given by hand."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg import build
from kg.model import Argument, Document, Entity, Event, Extraction, Mention
from kg.resolve import resolve

__all__ = ["acting", "actor_labels", "entities_of", "span", "target_labels"]


def actor_labels(text: str, action: str) -> list[str | None]:
    """The entity label of each ``action`` event's actor in a build of ``text`` (None for an
    actor with no entity)."""
    graph = build([Document(id="doc", text=text)])
    found = []
    for event in graph.events:
        if event.action == action and event.actor is not None:
            entity = event.actor.entity
            found.append(graph.entity(entity).label if entity else None)
    return found


def target_labels(text: str, action: str) -> list[str | None]:
    """The entity label of each ``action`` event's target in a build of ``text`` (None for a
    target with no entity)."""
    graph = build([Document(id="doc", text=text)])
    return [
        graph.entity(e.target.entity).label if e.target.entity else None
        for e in graph.events
        if e.action == action and e.target is not None
    ]


def entities_of(
    text: str, names: Sequence[tuple[str, str] | tuple[str, str, int]]
) -> tuple[Entity, ...]:
    """The entities resolved from ``names``, the first of them the actor of one event:
    ``(span text, label)`` for a span at its first place in ``text``, or ``(span text,
    label, occurrence)`` for its ``occurrence``-th place (0: the first)."""
    spans = []
    for name, label, *occurrence in names:
        at = -1
        for _ in range((occurrence[0] if occurrence else 0) + 1):
            at = text.index(name, at + 1)
        spans.append(Argument(name, at, at + len(name), label))
    event = Event(
        document="d",
        start=0,
        end=3,
        action="do",
        evidence=Mention("d", 0, len(text), text),
        actor=spans[0],
    )
    entities, _ = resolve([Extraction(Document("d", text), (event,), tuple(spans))])
    return tuple(entities)


def span(text: str, needle: str, label: str = "", occurrence: int = 0) -> Argument:
    """``needle`` as a whole word at its ``occurrence``-th place in ``text`` (0: the first)."""
    found = list(re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text))
    match = found[occurrence]
    return Argument(needle, match.start(), match.end(), label)


def acting(doc: Document, actor: Argument) -> Event:
    """An event whose actor is ``actor``, its evidence the sentence it stands in."""
    start = doc.text.rfind(". ", 0, actor.start)
    start = 0 if start < 0 else start + 2
    end = doc.text.find(".", actor.end) + 1
    evidence = Mention(doc.id, start, end, doc.text[start:end])
    return Event(doc.id, actor.start, actor.end, "do", evidence, actor=actor)
