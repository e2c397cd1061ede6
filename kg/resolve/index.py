"""The entity index: the clusters of a corpus, merged and handed out as entities."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from kg.gazetteer import Gazetteer, PlaceRecord, fold, gazetteer
from kg.model import Entity, EntityKind, EntityMention, Event, Extraction
from kg.resolve._clusters import Cluster
from kg.resolve._document import resolve_document
from kg.resolve._parts import resolve_in_parts
from kg.resolve._relink import relink
from kg.resolve._text import goes_by_first_name, slug

# Kinds of place that are a first-level division (a state, an oblast). Not "region": the
# curated regions (Donbas, the Chernobyl zone) are areas, not divisions, though the
# gazetteer ranks their names with the first-level ones when it chooses among homonyms.
_FIRST_LEVEL = frozenset({"admin1", "state", "oblast"})

__all__ = ["EntityIndex", "resolve"]


class EntityIndex:
    """Accumulates entities over extractions, one document at a time.

    The index keeps the clusters (one per entity), merges surnames into full
    names and hands out :class:`~kg.model.Entity` records; which cluster a span
    names is decided by the rules of :mod:`kg.resolve._rules`.

    ``add`` returns the document's events with every argument's ``entity``
    filled (or left ``None``); ``entities`` returns what has been merged so far.
    A surname seen before its full name in another document is joined later,
    so a streaming caller should pass the ids it kept through :meth:`canonical`
    once the corpus is done (:func:`resolve` does this).

    Args:
        gazetteer: The place index; the packaged one by default.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._clusters: dict[str, Cluster] = {}
        self._redirects: dict[str, str] = {}
        self._country_refs: dict[str, str] = {}
        self._division_refs: dict[str, PlaceRecord] = {}
        self._dirty = False

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer places are looked up in."""
        if self._gazetteer is None:
            self._gazetteer = gazetteer()
        return self._gazetteer

    # -- public ---------------------------------------------------------------

    def add(self, extraction: Extraction) -> tuple[Event, ...]:
        """Resolve one document's spans and return its events with entity ids filled."""
        return self.add_with_mentions(extraction)[0]

    def add_with_mentions(
        self, extraction: Extraction
    ) -> tuple[tuple[Event, ...], tuple[EntityMention, ...]]:
        """Resolve one document's spans: its events with entity ids filled, and
        where it mentions each entity (in text order).

        The ids are the index's at this point; pass them through :meth:`canonical`
        once the corpus is done, as for the events.
        """
        self._dirty = True
        return resolve_document(self, extraction)

    def add_each(
        self, extractions: Iterable[Extraction]
    ) -> Iterator[tuple[Extraction, tuple[Event, ...], tuple[EntityMention, ...]]]:
        """Resolve documents in order, a long one possibly in parts; yield each as it is done.

        A document extracted whole is resolved as :meth:`add_with_mentions`
        does; one in parts (:attr:`kg.model.Extraction.parts`) is read part by
        part and resolved as the whole document would be, holding one part's
        records at a time (:func:`kg.resolve._parts.resolve_in_parts`).

        Yields:
            Each extraction (each part), its events with entity ids filled and
            its entity mentions, ids as for :meth:`add_with_mentions`.

        Raises:
            KGError: A document's parts are missing or out of order.
        """
        stream = iter(extractions)
        for extraction in stream:
            if extraction.parts == 1:
                yield (extraction, *self.add_with_mentions(extraction))
                continue
            self._dirty = True
            rest = itertools.islice(stream, extraction.parts - 1)
            parts = resolve_in_parts(self, extraction, rest)
            del extraction  # the first part is not kept while the others are read
            yield from parts

    def canonical(self, entity_id: str) -> str:
        """Return the id an entity id was merged into (itself if it was not)."""
        self._merge_surnames()
        seen = set()
        while entity_id in self._redirects and entity_id not in seen:
            seen.add(entity_id)
            entity_id = self._redirects[entity_id]
        return entity_id

    def entities(self) -> tuple[Entity, ...]:
        """Return every entity merged so far, sorted by id."""
        self._merge_surnames()
        out: list[Entity] = []
        needed_countries: set[str] = set()
        needed_divisions: set[str] = set()
        for cluster in self._clusters.values():
            if cluster.id in self._redirects:
                continue
            entity = self._entity(cluster)
            out.append(entity)
            if entity.country is not None:
                needed_countries.add(entity.country)
            needed_divisions.update(d for d in (entity.admin1, entity.located_in) if d)
        have = {e.id for e in out}
        # The divisions a place lies in are places too, and they lie in others (a county
        # in a state): follow the chain until every division referred to is emitted.
        pending = sorted(needed_divisions - have)
        while pending:
            division_id = pending.pop()
            record = self._division_refs.get(division_id)
            if record is None or division_id in have:
                continue
            division = self._entity(
                Cluster(id=division_id, kind="place", place=record, label=record.name)
            )
            out.append(division)
            have.add(division_id)
            if division.country is not None:
                needed_countries.add(division.country)
            pending.extend(d for d in (division.admin1, division.located_in) if d and d not in have)
        for country_id in sorted(needed_countries - have):
            code = self._country_refs.get(country_id)
            record = self.gazetteer.country(code) if code else None
            if record is not None:
                country = Cluster(id=country_id, kind="place", place=record, label=record.name)
                out.append(self._entity(country))
        return tuple(sorted(out, key=lambda e: e.id))

    # -- clusters ----------------------------------------------------------------------

    def _entity(self, cluster: Cluster) -> Entity:
        label = cluster.canonical_label()
        aliases = tuple(sorted(s for s in cluster.surfaces if s != label))
        place = cluster.place
        country = self._country_id(cluster.country) if cluster.country else None
        if place is not None and place.kind != "country" and place.country:
            country = self._country_id(place.country)
        if cluster.kind == "place" and place is not None and place.kind == "country":
            country = None
        if cluster.kind == "place" and place is None and cluster.container is not None:
            return self._contained(cluster, label, aliases, cluster.container)
        lat, long = (place.lat, place.long) if place else (None, None)
        borrowed = None
        if place is not None and lat is None:
            borrowed, lat, long = self._division_point(place)
        return Entity(
            id=cluster.id,
            label=label,
            kind=cluster.kind,
            aliases=aliases,
            mentions=cluster.mentions,
            lat=lat,
            long=long,
            geonames=place.geonames if place else None,
            country=country,
            roles=tuple(sorted(r for r in cluster.roles if r)),
            admin1=self._division_id(place, place.admin1) if place else None,
            located_in=self._division_id(place, place.located_in) if place else None,
            coordinates_from=borrowed,
            affiliation=self.canonical(cluster.affiliation) if cluster.affiliation else None,
        )

    def _division_point(self, place: PlaceRecord) -> tuple[str | None, float | None, float | None]:
        """The point of the smallest division with one that a gazetteer place without a
        point lies in (a district that GeoNames' tables give no point, at its province's),
        with that division's entity id; nothing for a place in no division."""
        for geonames in (place.located_in, place.admin1):
            division = self.gazetteer.place(geonames) if geonames else None
            if division is None or division.lat is None or division.long is None:
                continue
            division_id = self._division_id(place, geonames)
            if division_id is not None:
                return division_id, division.lat, division.long
        return None, None, None

    def _contained(
        self, cluster: Cluster, label: str, aliases: tuple[str, ...], container: PlaceRecord
    ) -> Entity:
        """A place no gazetteer holds, inside the known place its name says it lies in:
        that place's point (marked as borrowed), divisions and country, never its
        GeoNames id."""
        container_id = self.place_id(container)
        self._division_refs[container_id] = container
        admin1 = self._division_id(container, container.admin1)
        if container.kind in _FIRST_LEVEL:
            admin1 = container_id  # "northern Kherson Oblast"
        country = self._country_id(container.country) if container.country else None
        return Entity(
            id=cluster.id,
            label=label,
            kind="place",
            aliases=aliases,
            mentions=cluster.mentions,
            lat=container.lat,
            long=container.long,
            country=country,
            admin1=admin1,
            located_in=container_id,
            coordinates_from=container_id,
        )

    def _division_id(self, place: PlaceRecord, geonames: int | None) -> str | None:
        """The entity id of the division with this GeoNames id (remembered for emission);
        none for a city that is its own division (Kyiv, Moscow, Berlin)."""
        record = self.gazetteer.place(geonames) if geonames else None
        if record is None or fold(record.name) == fold(place.name):
            return None
        entity_id = self.place_id(record)
        self._division_refs[entity_id] = record
        return entity_id

    def _country_id(self, code: str) -> str | None:
        record = self.gazetteer.country(code)
        if record is None:
            return None
        entity_id = self.place_id(record)
        self._country_refs[entity_id] = code
        return entity_id

    def place_id(self, record: PlaceRecord) -> str:
        """The entity id of a gazetteer place; a town sharing a name gets its country."""
        base = f"place/{slug(record.name)}"
        if record.kind == "country" or self.gazetteer.lookup(record.name) == record:
            return base
        code = (record.country or "xx").lower()
        if (
            record.country
            and self.gazetteer.lookup(record.name, context_countries=(record.country,)) != record
        ):
            # Not even the first of its name in its country: two villages of one name.
            return f"{base}-{code}-{record.geonames}"
        return f"{base}-{code}"

    def cluster(self, entity_id: str, kind: EntityKind) -> Cluster:
        """The cluster of an entity id (followed through merges), made if new."""
        entity_id = self._redirects.get(entity_id, entity_id)
        cluster = self._clusters.get(entity_id)
        if cluster is None:
            cluster = self._clusters[entity_id] = Cluster(id=entity_id, kind=kind)
        return cluster

    def _merge_surnames(self) -> None:
        """Join single-word people to the one full name ending with that word."""
        if not self._dirty:
            return
        self._dirty = False
        full: dict[str, set[str]] = {}
        first: dict[str, set[str]] = {}
        for cluster in self._clusters.values():
            if (
                cluster.kind == "person"
                and cluster.last_token
                and " " in fold(cluster.canonical_label())
            ):
                full.setdefault(cluster.last_token, set()).add(cluster.id)
                if cluster.id not in self._redirects:
                    name = fold(cluster.canonical_label()).split()
                    first.setdefault(name[0], set()).add(cluster.id)
        for cluster in list(self._clusters.values()):
            if (
                cluster.kind != "person"
                or cluster.id in self._redirects
                or cluster.head is not None
                or " " in fold(cluster.canonical_label())
            ):
                continue
            word = fold(cluster.canonical_label())
            # A surname first; a first name only when it is nobody's surname ("Tamerlan"
            # of "Tamerlan and Dzhokhar Tsarnaev" joins the one Tamerlan Tsarnaev).
            targets = full.get(word) or first.get(word, set())
            if len(targets) != 1:
                continue
            target = self._clusters[next(iter(targets))]
            # A royal's first name joins a royal's full name, no commoner's.
            if not goes_by_first_name(cluster.roles) or goes_by_first_name(target.roles):
                self._join(cluster, target)
        self._merge_spellings()
        self._merge_acronyms()

    def _join(self, cluster: Cluster, target: Cluster) -> None:
        """Merge ``cluster`` into ``target``: its names, mentions and roles."""
        target.surfaces.update(cluster.surfaces)
        target.mentions += cluster.mentions
        cluster.mentions = 0
        target.roles |= cluster.roles
        target.offices |= cluster.offices
        target.country = target.country or cluster.country
        self._redirects[cluster.id] = target.id

    def _live(self, kind: str) -> list[Cluster]:
        return sorted(
            (c for c in self._clusters.values() if c.kind == kind and c.id not in self._redirects),
            key=lambda c: c.id,
        )

    def _merge_spellings(self) -> None:
        """Join full names of people spelt one letter apart in different documents
        ("Tareck El Aissami", "Tarek el Aissami"): same surname, same number of words,
        long enough that one letter is a spelling and not another person. The name
        seen most often (then the first by id) stays."""
        from rapidfuzz.distance import Levenshtein

        by_surname: dict[tuple[str, int], list[Cluster]] = {}
        for cluster in self._live("person"):
            name = fold(cluster.canonical_label())
            words = name.split()
            if len(words) > 1 and len(name) >= 12 and cluster.head is None:
                by_surname.setdefault((words[-1], len(words)), []).append(cluster)
        for group in by_surname.values():
            group.sort(key=lambda c: (-c.mentions, c.id))
            for i, cluster in enumerate(group):
                if cluster.id in self._redirects:
                    continue
                name = fold(cluster.canonical_label())
                for other in group[i + 1 :]:
                    if other.id in self._redirects:
                        continue
                    if Levenshtein.distance(name, fold(other.canonical_label())) == 1:
                        self._join(other, cluster)

    def _merge_acronyms(self) -> None:
        """Join an organisation named by an acronym alone ("IRA") to the one organisation
        of the corpus whose name ends with it ("Provisional IRA"), as the surname joins
        the full name."""
        organizations = self._live("organization")
        endings: dict[str, set[str]] = {}
        for cluster in organizations:
            for name in (cluster.canonical_label(), *cluster.surfaces):
                words = name.split()
                if len(words) > 1 and words[-1].isupper() and len(words[-1]) >= 2:
                    endings.setdefault(words[-1], set()).add(cluster.id)
        for cluster in organizations:
            label = cluster.canonical_label()
            targets = endings.get(label, set()) - {cluster.id}
            if " " not in label and label.isupper() and len(targets) == 1:
                self._join(cluster, self._clusters[next(iter(targets))])

    def place_cluster(self, record: PlaceRecord, surface: str | None) -> Cluster:
        """The cluster of a gazetteer place, counting ``surface`` as a name seen."""
        cluster = self.cluster(self.place_id(record), "place")
        cluster.place = record
        cluster.label = record.name
        if surface:
            cluster.surfaces[surface] += 1
        return cluster


def resolve(
    extractions: Iterable[Extraction], *, gazetteer: Gazetteer | None = None
) -> tuple[tuple[Entity, ...], tuple[Event, ...]]:
    """Resolve a corpus: return its entities and its events with entity ids filled.

    Does not modify the extractions; the same input gives the same ids on every run.

    Args:
        extractions: One extraction per document.
        gazetteer: The place index; the packaged one by default.
    """
    index = EntityIndex(gazetteer=gazetteer)
    events: list[Event] = []
    for _, found, _ in index.add_each(extractions):
        events.extend(found)

    final = tuple(
        relink(e, lambda a: None if a.entity is None else index.canonical(a.entity)) for e in events
    )
    return index.entities(), final
