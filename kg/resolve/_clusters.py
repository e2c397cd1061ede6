"""The cluster: what resolution knows of one entity while it reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.gazetteer import PlaceRecord
from kg.model import EntityKind

__all__ = ["Cluster"]


@dataclass
class Cluster:
    """An entity being built; mutable, never leaves the resolve package."""

    id: str
    kind: EntityKind
    label: str | None = None
    surfaces: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    place: PlaceRecord | None = None
    # A place no gazetteer holds, shown at the point of the known place its name says it
    # lies in ("Bagram Air Base" at Bagram, "East Belfast" at Belfast).
    container: PlaceRecord | None = None
    container_conflict: bool = False  # mentions put it in two different places
    country: str | None = None  # ISO code
    roles: set[str] = field(default_factory=set)
    head: str | None = None  # "forces", "official", "ministry:Defence"
    last_token: str | None = None  # folded surname of a person
    # The organisation an unnamed person is described by ("a senior official in the
    # Ministry of Ports"): its cluster id.
    affiliation: str | None = None

    def canonical_label(self) -> str:
        """The label the entity gets: set by a rule, else the best name seen."""
        if self.label is not None:
            return self.label
        if not self.surfaces:
            return self.id.split("/", 1)[1]
        # The longest name seen, then the most frequent, then the first alphabetically.
        return min(self.surfaces, key=lambda s: (-len(s.split()), -self.surfaces[s], s))
