"""The state of one document while its spans are resolved."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.model import Argument
from kg.resolve._clusters import Cluster

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer
    from kg.resolve.index import EntityIndex

__all__ = ["DocState"]


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
    history: list[tuple[Cluster, bool]] = field(default_factory=list)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    #: Each full name of ``surnames`` -> the spelling its person goes under; made
    #: once the surnames are collected, since every person mention reads it.
    spellings: dict[str, str] = field(default_factory=dict)
    capital_country: str | None = None
    mention_offsets: frozenset[tuple[int, int]] = frozenset()
    mentions: tuple[Argument, ...] = ()
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
    #: or lies inside an actor or a source (who acts or speaks).
    places_in_text: list[tuple[int, bool]] = field(default_factory=list)
    #: The spans of the document's actors and sources, in text order.
    subjects: tuple[tuple[int, int], ...] = ()
    #: Where the document's sentences (those the events were read from) start, in order.
    sentence_starts: tuple[int, ...] = ()

    def last_index(self, accept: Callable[[Cluster], bool]) -> int:
        """Position in the history of the latest entity ``accept`` takes, or -1."""
        for index in range(len(self.history) - 1, -1, -1):
            if accept(self.history[index][0]):
                return index
        return -1

    def last(
        self, accept: Callable[[Cluster], bool], *, plural: bool | None = None
    ) -> Cluster | None:
        """The latest entity seen that ``accept`` takes, written in the given number."""
        for cluster, was_plural in reversed(self.history):
            if accept(cluster) and (plural is None or plural == was_plural):
                return cluster
        return None

    def salient_person(self, at: int) -> Cluster | None:
        """The person a "he" or "she" at offset ``at`` most likely continues.

        As in centering theory: the person who acts or speaks (an actor or a source)
        in the pronoun's sentence before it; else the last person of that sentence
        before it; else the person who acts or speaks in the sentence just before.
        ``None`` when none is found, and the caller takes the last person seen.
        """
        here = bisect.bisect_right(self.sentence_starts, at)
        current = self.sentence_starts[here - 1] if here else 0
        previous = self.sentence_starts[here - 2] if here > 1 else current
        nearest: Cluster | None = None
        for (cluster, _), (start, subject) in zip(
            reversed(self.history), reversed(self.places_in_text), strict=True
        ):
            if start < previous:
                break
            if cluster.kind != "person" or start >= at:
                continue
            if start < current and nearest is not None:
                return nearest  # the pronoun's sentence names a person: it wins
            if subject:
                return cluster
            if nearest is None and start >= current:
                nearest = cluster
        return nearest

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer places are looked up in."""
        return self.index.gazetteer
