"""The cluster: what resolution knows of one entity while it reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.gazetteer import PlaceRecord
from kg.model import EntityKind

__all__ = ["Cluster", "Office"]


#: Words in an office that make it another, lesser one: "the prime minister" is not the
#: "Deputy Prime Minister" named before, nor is "the secretary" the "Shadow Health Secretary".
_RANKS = frozenset("deputy assistant vice under junior shadow associate permanent".split())


class Office(NamedTuple):
    """A title as the text gives it to a person: its role ("secretary"), the words before
    it ("international trade"), and whether the text says the person held it once
    ("former", "ex-")."""

    role: str
    qualifiers: tuple[str, ...] = ()
    former: bool = False
    places: frozenset[str] = frozenset()  # the qualifiers that name a place ("vermont")
    owned: bool = False  # written after a possessive: "the state's governor", of some place

    def answers(self, described: Office) -> bool:
        """Whether a description names the holder of this office: the same role, held
        now or once as the description says, and words before the title that agree,
        one side's ending the other's ("the trade secretary" of "International Trade
        Secretary Ann Roe", "the four-term congressman" of "Rep. Ann Roe"), with no word
        of a lesser office left over, and no place the description names that the office
        does not. Not "the trade secretary" of "Environment Secretary Ann Roe", nor "the
        health secretary" of "former Health Secretary Ann Roe", nor "the prime minister"
        of "Deputy Prime Minister Ann Roe", nor "the Vermont senator" of "Sen. Ann Roe"
        (but of "the state's senator, Ann Roe": which state, the words do not say)."""
        if self.role != described.role or self.former != described.former:
            return False
        mine, theirs = self.qualifiers, described.qualifiers
        shared = min(len(mine), len(theirs))
        my_extra, their_extra = mine[: len(mine) - shared], theirs[: len(theirs) - shared]
        if mine[len(my_extra) :] != theirs[len(their_extra) :]:
            return False
        if _RANKS.intersection(my_extra + their_extra):
            return False
        return self.owned or not described.places.intersection(their_extra)


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
    # The roles as offices, with the words that say which and whether held once: what a
    # description ("the health secretary") is matched against.
    offices: set[Office] = field(default_factory=set)
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
