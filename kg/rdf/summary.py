"""The summary graph: per-entity counts over the whole graph, kept for queries that rank.

Ranking every actor by its partners needs every pair of entities that share an
event; on a million triples that is seconds of work for a SPARQL engine, every
time. The counts are cheap to make when the graph is written, so kg writes them
then, into one named graph of their own (``base + "graph/summary"``), the way
the Wikidata query service keeps each item's sitelink count as a triple:

* ``kg:eventCount``: the events that name the entity in any role
  (``kg:actor``, ``kg:target``, ``kg:source``, ``kg:place``);
* ``kg:partnerCount``: the other entities named in those events.

The summary is derived data. It is never merged: whoever writes the graph
(:func:`kg.rdf.quads`, :func:`kg.rdf.merge_quads`, :meth:`kg.store.Store.add`)
makes it again from everything the graph then holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Final

import pyoxigraph as ox

from kg.namespace import DEFAULT_BASE, KG
from kg.rdf.iris import summary_graph_iri
from kg.rdf.terms import _integer, _named

__all__ = ["ROLE_PROPERTIES", "Summary", "summary_quads", "with_fresh_summary"]


#: The event properties whose entity values count as taking part in the event.
#: ``kg:origin`` and ``kg:destination`` always come with ``kg:place``.
ROLE_PROPERTIES: Final = (KG.actor, KG.target, KG.source, KG.place)

_ROLES: Final = frozenset(_named(str(p)) for p in ROLE_PROPERTIES)
_EVENT_COUNT: Final = _named(str(KG.eventCount))
_PARTNER_COUNT: Final = _named(str(KG.partnerCount))


class Summary:
    """Counts events and partners per entity from (event, entity) pairs as they come.

    Only the counts are kept once :meth:`fold` has run: events that are
    complete can be folded in and forgotten, so a store of any size is counted
    in the memory its entities and their partners take.
    """

    def __init__(self) -> None:
        # Keyed by strings: comparing them is far cheaper than comparing Oxigraph terms.
        self._open: dict[str, set[str]] = {}  # event -> entities, not yet folded in
        self._events: Counter[str] = Counter()
        self._partners: dict[str, set[str]] = {}
        # One string per entity, however many quads name it.
        self._names: dict[str, str] = {}

    def add(self, event: str, entity: str) -> None:
        """Note that ``entity`` (an IRI) takes a role in ``event`` (any key); repeats count once."""
        found = self._open.get(event)
        if found is None:
            self._open[event] = {entity}
        else:
            found.add(entity)

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Note every role quad among ``quads`` whose value is an entity (an IRI)."""
        names = self._names
        for quad in quads:
            if quad.predicate in _ROLES and isinstance(quad.object, ox.NamedNode):
                entity = quad.object.value
                # str(): "<iri>" or "_:id", so an IRI and a blank node never meet.
                self.add(str(quad.subject), names.setdefault(entity, entity))

    def add_event(self, entities: set[str]) -> None:
        """Count one whole event, given the entities (IRIs) in its roles."""
        if not entities:
            return
        self._events.update(entities)
        if len(entities) > 1:
            partners = self._partners
            for entity in entities:
                found = partners.get(entity)
                if found is None:
                    partners[entity] = set(entities)
                else:
                    found.update(entities)

    def open_events(self) -> int:
        """How many events are noted and not yet folded in."""
        return len(self._open)

    def forget_open(self) -> None:
        """Forget the events noted since the last :meth:`fold`, uncounted."""
        self._open.clear()

    def fold(self) -> None:
        """Count the events noted so far; a role noted later must be of another event."""
        for entities in self._open.values():
            self.add_event(entities)
        self._open.clear()

    def quads(self, *, base: str = DEFAULT_BASE) -> list[ox.Quad]:
        """The summary graph's quads, entities in IRI order (folds first)."""
        self.fold()
        graph = _named(str(summary_graph_iri(base=base)))
        summary = []
        for entity in sorted(self._events):
            node = _named(entity)
            # The entity is in its own partner set, when it has one.
            partners = self._partners.get(entity)
            partner_count = len(partners) - 1 if partners else 0
            summary.append(ox.Quad(node, _EVENT_COUNT, _integer(self._events[entity]), graph))
            summary.append(ox.Quad(node, _PARTNER_COUNT, _integer(partner_count), graph))
        return summary


def summary_quads(quads: Iterable[ox.Quad], *, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The summary graph of a graph given as quads (an earlier summary in it is ignored)."""
    summary = Summary()
    summary.add_quads(quads)
    return summary.quads(base=base)


def with_fresh_summary(quads: Iterable[ox.Quad], *, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """``quads`` without any count they carry, in whatever graph, and then their own summary."""
    kept = [q for q in quads if q.predicate != _EVENT_COUNT and q.predicate != _PARTNER_COUNT]
    return kept + summary_quads(kept, base=base)
