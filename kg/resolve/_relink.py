"""Copying events with their arguments' entity ids filled in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.model import Argument, Event, Place

__all__ = ["relink"]


def relink(event: Event, entity_of: Callable[[Argument], str | None]) -> Event:
    """The event with each argument's entity set to ``entity_of(argument)``.

    Arguments and the event are copied only where an entity changes: most
    arguments name no entity, and copying every record is a measurable share
    of resolution.
    """

    def link(argument: Argument | None) -> Argument | None:
        if argument is None:
            return None
        entity = entity_of(argument)
        return argument if entity == argument.entity else replace(argument, entity=entity)

    actor, target, source = link(event.actor), link(event.target), link(event.source)
    places = tuple(
        place
        if (linked := link(place.argument)) is place.argument or linked is None
        else Place(argument=linked, role=place.role)
        for place in event.places
    )
    if (
        actor is event.actor
        and target is event.target
        and source is event.source
        and all(new is old for new, old in zip(places, event.places, strict=True))
    ):
        return event
    return replace(event, actor=actor, target=target, source=source, places=places)
