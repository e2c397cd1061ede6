"""Entity resolution: one entity per real-world actor or place, across documents.

Extraction leaves spans of text in the events ("Putin", "the Russian Defense
Ministry", "its forces", "the capital"); resolution decides which entity each
one names and fills in :attr:`kg.model.Argument.entity`. The rules, in the
order they are tried, are described in ``docs/entities.md``; in short:

- junk (acronyms read as names, bare demonyms, text with no letters) names nothing;
- pronouns and definite descriptions ("he", "its forces", "the ministry",
  "the capital", "the same source") point back, by offsets inside the
  document, to the nearest compatible entity already seen;
- unnamed speakers ("an American official") become one Person per document
  and description ("US official");
- demonym + force nouns ("Russian forces", "the Ukrainian army") become Groups
  linked to their country; ministries and well-known organisations get one
  canonical name;
- names lose their titles ("Russian President Vladimir Putin" -> Vladimir
  Putin, role president), a surname joins the full name it belongs to, and
  places are looked up in the gazetteer (Kiev and Kyiv are one place).

Resolution streams: :class:`EntityIndex` takes one :class:`~kg.model.Extraction`
at a time; :func:`resolve` is the convenience wrapper for a whole corpus.

>>> from kg.model import Argument, Document, Extraction
>>> doc = Document(id="d1", text="Vladimir Putin spoke. Putin left Kiev.")
>>> ext = Extraction(doc, (), (Argument("Vladimir Putin", 0, 14, "PERSON"),
...                           Argument("Putin", 22, 27, "PERSON"),
...                           Argument("Kiev", 33, 37, "GPE")))
>>> entities, _ = resolve([ext])
>>> [(e.id, e.mentions) for e in entities]
[('person/vladimir-putin', 2), ('place/kyiv', 1), ('place/ukraine', 0)]

Places point to their country (``Entity.country``), which is emitted as an
entity even when the text never names it.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kg.gazetteer import PLACE_HEADS, Gazetteer, PlaceRecord, fold, gazetteer, load_resource
from kg.lang.en import (
    COLLECTIVE_NOUNS,
    MEMBER_NOUNS,
    NEUTER_PRONOUNS,
    PERSONAL_PRONOUNS,
    SPEAKER_HEDGES,
)
from kg.model import Argument, Entity, EntityKind, Event, Extraction, Place

__all__ = ["EntityIndex", "relink", "resolve", "slug"]


def slug(text: str) -> str:
    """Return an ASCII, lower-case, hyphenated slug; never empty.

    Letters with no ASCII form (Cyrillic, Arabic, ...) are kept out of the
    readable part and a short hash of the whole name is appended, so that
    different non-Latin names never share a slug.

    >>> slug("Vladimir Putin")
    'vladimir-putin'
    >>> slug("Zaporizhzhia Nuclear Power Plant")
    'zaporizhzhia-nuclear-power-plant'
    >>> slug("Київ").startswith("u-")
    True
    """
    normal = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", normal)
    ascii_part = "".join(c for c in decomposed if not unicodedata.combining(c))
    lost = any(c.isalpha() and not c.isascii() for c in ascii_part)
    readable = re.sub(r"[^a-z0-9]+", "-", ascii_part.encode("ascii", "ignore").decode()).strip("-")
    if not lost and readable:
        return readable
    digest = hashlib.sha1(normal.strip().encode("utf-8")).hexdigest()[:10]
    return f"{readable}-u-{digest}" if readable else f"u-{digest}"


# --- word lists ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    demonyms: dict[str, str]
    adjectives: dict[str, str]
    titles: dict[str, str]
    group_nouns: dict[str, str]
    separatists: frozenset[str]
    sources: dict[str, str]
    organizations: dict[str, tuple[str, str | None]]
    topics: dict[str, str]
    acronyms: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_resource("names.json")

    def table(name: str) -> dict[str, Any]:
        return {k: v for k, v in data[name].items() if not k.startswith("_")}

    demonyms = table("demonyms")
    adjectives = table("country_adjectives")
    for word, code in demonyms.items():
        # The first singular adjective listed for a country names it in labels.
        if not word.endswith("s") and word[0].isupper() and not word.isupper():
            adjectives.setdefault(code, word)
    organizations: dict[str, tuple[str, str | None]] = {}
    for canonical, row in table("organizations").items():
        for alias in [canonical, *row["aliases"]]:
            organizations[fold(alias)] = (canonical, row["country"])
    return _Words(
        demonyms=demonyms,
        adjectives=adjectives,
        titles=table("titles"),
        group_nouns=table("group_nouns"),
        separatists=frozenset(fold(s) for s in data["separatist_forms"]),
        sources=table("source_nouns"),
        organizations=organizations,
        topics=table("ministry_topics"),
        acronyms=frozenset(data["common_acronyms"]["names"]),
    )


_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|one|another)\s+", re.IGNORECASE)
_REGION_AFTER = re.compile(
    r"^\s+(?:and\s+[A-Z][\w'-]+\s+)?(?:regions?|oblasts?|provinces?)\b", re.IGNORECASE
)
_REGION_KINDS = ("oblast", "region")
# A name right after one of these modifies the phrase and is not its head.
_PREPOSITION = re.compile(r"\b(?:of|in|from|at|near|on|for|with|by|to|towards)\s+(?:the\s+)?$")
_AFFILIATION = re.compile(
    r"^\s+(?:in|of|at|from|with)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
)
_POST_MODIFIER = re.compile(r"^(?:of|in|from|at|who|which|that|\()\b")
_PLEONASTIC = re.compile(
    r"^\s+(?:is|was|will be|would be|seems|seemed|appears|remains)\s+(?:not\s+)?"
    r"(?:\w+er|clear|possible|impossible|likely|unlikely|important|necessary|difficult|"
    r"unclear|time|true|hard|easy)\b",
    re.IGNORECASE,
)


_POSSESSIVE_END = re.compile(r"(?:'s|’s|')$")
_DANGLING_WORD = re.compile(r"\s+(?:of|and|the|in|for|to|on|at)$")


@functools.lru_cache(maxsize=1 << 16)
def _clean(text: str) -> str:
    """The span without leading determiners, a trailing possessive or punctuation."""
    text = " ".join(text.split()).strip(" ,.;:\"'“”")
    text = _DETERMINERS.sub("", text)
    text = _POSSESSIVE_END.sub("", text)
    # The model sometimes runs a name into the next word ("State Emergency Service of").
    text = _DANGLING_WORD.sub("", text)
    return text.strip()


@functools.cache
def _ministry_patterns() -> tuple[re.Pattern[str], ...]:
    """ "[the] Russian Defense Ministry", "Ministry of Defence of Russia" and the like."""
    topics = "|".join(sorted((re.escape(t) for t in _words().topics), key=len, reverse=True))
    owner = r"(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:'s|’s)?)"
    return (
        re.compile(rf"^(?:{owner}\s+)?(?P<topic>{topics})\s+ministry$", re.IGNORECASE),
        re.compile(
            rf"^(?:{owner}\s+)?ministry\s+of\s+(?:the\s+)?(?P<topic>{topics})"
            rf"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w\s]+))?$",
            re.IGNORECASE,
        ),
    )


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


# --- clusters --------------------------------------------------------------------------


@dataclass
class _Cluster:
    """An entity being built; mutable, never leaves this module."""

    id: str
    kind: EntityKind
    label: str | None = None
    surfaces: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    place: PlaceRecord | None = None
    country: str | None = None  # ISO code
    roles: set[str] = field(default_factory=set)
    head: str | None = None  # "forces", "official", "ministry:Defence"
    last_token: str | None = None  # folded surname of a person

    def canonical_label(self) -> str:
        if self.label is not None:
            return self.label
        if not self.surfaces:
            return self.id.split("/", 1)[1]
        # The longest name seen, then the most frequent, then the first alphabetically.
        return min(self.surfaces, key=lambda s: (-len(s.split()), -self.surfaces[s], s))


@dataclass
class _DocState:
    """What one document has mentioned so far, for coreference."""

    id: str
    text: str
    context: tuple[str, ...]
    history: list[tuple[_Cluster, bool]] = field(default_factory=list)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    capital_country: str | None = None
    mention_offsets: frozenset[tuple[int, int]] = frozenset()
    mentions: tuple[Argument, ...] = ()
    #: Unnamed speakers so far: (position in history, entity, noun, country code).
    speakers: list[tuple[int, _Cluster, str, str | None]] = field(default_factory=list)

    def last_index(self, accept: Callable[[_Cluster], bool]) -> int:
        """Position in the history of the latest entity ``accept`` takes, or -1."""
        for index in range(len(self.history) - 1, -1, -1):
            if accept(self.history[index][0]):
                return index
        return -1

    def last(
        self, accept: Callable[[_Cluster], bool], *, plural: bool | None = None
    ) -> _Cluster | None:
        """The latest entity seen that ``accept`` takes, written in the given number."""
        for cluster, was_plural in reversed(self.history):
            if accept(cluster) and (plural is None or plural == was_plural):
                return cluster
        return None


class EntityIndex:
    """Accumulates entities over extractions, one document at a time.

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
        self._clusters: dict[str, _Cluster] = {}
        self._redirects: dict[str, str] = {}
        self._country_refs: dict[str, str] = {}
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
        document = extraction.document
        self._dirty = True
        spans = self._spans(extraction)
        state = _DocState(
            id=document.id, text=document.text, context=self._context(extraction.mentions)
        )
        state.capital_country = self._capital_country(state, extraction.mentions)
        state.mention_offsets = frozenset((m.start, m.end) for m in extraction.mentions)
        state.mentions = tuple(extraction.mentions)
        self._collect_surnames(state, spans)
        resolved: dict[tuple[int, int], str | None] = {}
        spans_of: dict[str, list[tuple[int, int]]] = {}
        for argument in spans:
            key = (argument.start, argument.end)
            if key in resolved:
                continue
            cluster = self._resolve(argument, state, extraction.mentions)
            resolved[key] = cluster.id if cluster else None
            if cluster is not None:
                spans_of.setdefault(cluster.id, []).append(key)
                state.history.append((cluster, self._plural(argument.text)))
        for entity_id, offsets in spans_of.items():
            # A span containing another span of the same entity ("Russian President
            # Vladimir Putin" around "Vladimir Putin") is one mention, not two.
            self._clusters[entity_id].mentions += sum(
                1
                for s, e in offsets
                if not any(s <= s2 and e2 <= e and (s2, e2) != (s, e) for s2, e2 in offsets)
            )

        events = [
            relink(event, lambda argument: resolved.get((argument.start, argument.end)))
            for event in extraction.events
        ]
        return tuple(events)

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
        for cluster in self._clusters.values():
            if cluster.id in self._redirects:
                continue
            entity = self._entity(cluster)
            out.append(entity)
            if entity.country is not None:
                needed_countries.add(entity.country)
        have = {e.id for e in out}
        for country_id in sorted(needed_countries - have):
            code = self._country_refs.get(country_id)
            record = self.gazetteer.country(code) if code else None
            if record is not None:
                country = _Cluster(id=country_id, kind="place", place=record, label=record.name)
                out.append(self._entity(country))
        return tuple(sorted(out, key=lambda e: e.id))

    # -- building entities ---------------------------------------------------------

    def _entity(self, cluster: _Cluster) -> Entity:
        label = cluster.canonical_label()
        aliases = tuple(sorted(s for s in cluster.surfaces if s != label))
        place = cluster.place
        country = self._country_id(cluster.country) if cluster.country else None
        if place is not None and place.kind != "country" and place.country:
            country = self._country_id(place.country)
        if cluster.kind == "place" and place is not None and place.kind == "country":
            country = None
        return Entity(
            id=cluster.id,
            label=label,
            kind=cluster.kind,
            aliases=aliases,
            mentions=cluster.mentions,
            lat=place.lat if place else None,
            long=place.long if place else None,
            geonames=place.geonames if place else None,
            country=country,
            roles=tuple(sorted(r for r in cluster.roles if r)),
        )

    def _country_id(self, code: str) -> str | None:
        record = self.gazetteer.country(code)
        if record is None:
            return None
        entity_id = self._place_id(record)
        self._country_refs[entity_id] = code
        return entity_id

    def _place_id(self, record: PlaceRecord) -> str:
        base = f"place/{slug(record.name)}"
        if record.kind == "country" or self.gazetteer.lookup(record.name) == record:
            return base
        return f"{base}-{(record.country or 'xx').lower()}"

    def _cluster(self, entity_id: str, kind: EntityKind) -> _Cluster:
        entity_id = self._redirects.get(entity_id, entity_id)
        cluster = self._clusters.get(entity_id)
        if cluster is None:
            cluster = self._clusters[entity_id] = _Cluster(id=entity_id, kind=kind)
        return cluster

    def _merge_surnames(self) -> None:
        """Join single-word people to the one full name ending with that word."""
        if not self._dirty:
            return
        self._dirty = False
        full: dict[str, set[str]] = {}
        for cluster in self._clusters.values():
            if (
                cluster.kind == "person"
                and cluster.last_token
                and " " in fold(cluster.canonical_label())
            ):
                full.setdefault(cluster.last_token, set()).add(cluster.id)
        for cluster in list(self._clusters.values()):
            if (
                cluster.kind != "person"
                or cluster.id in self._redirects
                or cluster.head is not None
                or " " in fold(cluster.canonical_label())
            ):
                continue
            targets = full.get(fold(cluster.canonical_label()), set())
            if len(targets) == 1:
                target = self._clusters[next(iter(targets))]
                target.surfaces.update(cluster.surfaces)
                target.mentions += cluster.mentions
                cluster.mentions = 0
                target.roles |= cluster.roles
                target.country = target.country or cluster.country
                self._redirects[cluster.id] = target.id

    # -- per document --------------------------------------------------------------

    @staticmethod
    def _spans(extraction: Extraction) -> list[Argument]:
        spans: list[Argument] = list(extraction.mentions)
        for event in extraction.events:
            for argument in (event.actor, event.target, event.source):
                if argument is not None:
                    spans.append(argument)
            spans.extend(p.argument for p in event.places)
        # Inner names first, so that "the mayor of Kyiv Vitali Klitschko" can reuse them.
        return sorted(spans, key=lambda a: (a.start, a.end))

    def _context(self, mentions: Sequence[Argument]) -> tuple[str, ...]:
        counts: Counter[str] = Counter()
        demonyms = _words().demonyms
        for mention in mentions:
            text = _clean(mention.text)
            code = demonyms.get(text) if mention.label in {"NORP", "GPE", ""} else None
            if code is None and mention.label in {"GPE", "LOC"}:
                record = self.gazetteer.lookup(text, kinds=("country",))
                code = record.country if record else None
            if code:
                counts[code] += 1
        return tuple(code for code, _ in counts.most_common())

    def _capital_country(self, state: _DocState, mentions: Sequence[Argument]) -> str | None:
        """The country whose capital "the capital" means in this document.

        Among the countries in context, the first whose capital the document
        names; otherwise the most mentioned country.
        """
        named = {
            record.name
            for m in mentions
            if m.label in {"GPE", "LOC", "PERSON", "ORG"}
            for record in [self.gazetteer.lookup(_clean(m.text), context_countries=state.context)]
            if record is not None
        }
        for code in state.context:
            capital = self.gazetteer.capital(code)
            if capital is not None and capital.name in named:
                return code
        return state.context[0] if state.context else None

    def _collect_surnames(self, state: _DocState, spans: Iterable[Argument]) -> None:
        for argument in spans:
            if argument.label != "PERSON":
                continue
            name, _, _ = self._person_name(argument.text, state)
            if name and len(name.split()) > 1:
                state.surnames.setdefault(fold(name.split()[-1]), set()).add(fold(name))

    # -- resolving one span -------------------------------------------------------------

    def _resolve(
        self, argument: Argument, state: _DocState, mentions: Sequence[Argument]
    ) -> _Cluster | None:
        text = " ".join(argument.text.split())
        clean = _clean(text)
        lower = clean.lower()
        if not _has_letters(clean) or self._is_junk(clean, argument.label, state):
            return None
        named = self._title_before_name(argument, state)
        if named is not None:
            return self._resolve(named, state, mentions)
        raw_lower = text.lower().strip(" ,.;:")
        if raw_lower in PERSONAL_PRONOUNS:
            # "he" is the last person, or the last unnamed speaker if that came later
            # (an official of an organisation resolves to the organisation).
            person_at = state.last_index(lambda c: c.kind == "person")
            if state.speakers and state.speakers[-1][0] > person_at:
                return state.speakers[-1][1]
            return state.history[person_at][0] if person_at >= 0 else None
        if raw_lower in NEUTER_PRONOUNS:
            following = state.text[argument.end : argument.end + 40]
            if raw_lower == "it" and _PLEONASTIC.match(following):
                return None  # "it will be easier", "it is clear": no referent
            return self._pronoun(state, NEUTER_PRONOUNS[raw_lower])
        possessive = re.match(r"^(its|their|his|her)\s+(.+)$", text, re.IGNORECASE)
        if possessive:
            return self._possessed(possessive.group(1).lower(), possessive.group(2), state)
        # "Russian ministry" in a headline is as definite as "the Russian ministry".
        definite = bool(re.match(r"^the\s", text, re.IGNORECASE)) or bool(
            re.fullmatch(r"[A-Z][\w'’]*\s+ministry", clean)
        )
        for rule in (self._organization, self._ministry, self._council, self._group):
            cluster = rule(clean, text, state)
            if cluster is not None:
                return cluster
        cluster = self._source(clean, text, definite, state, argument, mentions)
        if cluster is not None:
            return cluster
        exact = (argument.start, argument.end) in state.mention_offsets
        if definite and (argument.label in {"", "NORP"} or not exact):
            cluster = self._description(lower, state)
            if cluster is not None:
                return cluster
        if not exact:
            container = self._container(argument, mentions, state.text)
            if container is not None:
                return self._resolve(container, state, mentions)
            inner = self._inner_mention(argument, mentions)
            if inner is not None:
                return self._resolve(inner, state, mentions)
            if argument.label and any(
                argument.start <= m.start and m.end <= argument.end for m in mentions
            ):
                return None  # the named span inside is not what the argument is about
        return self._named(argument, clean, state)

    @staticmethod
    def _title_before_name(argument: Argument, state: _DocState) -> Argument | None:
        """The person named right after an argument that ends with a title ("UN human
        rights chief" before "Michelle Bachelet")."""
        words = argument.text.split()
        if not words or words[-1].lower().strip(",") not in _words().titles:
            return None
        for m in state.mentions:
            if (
                m.label == "PERSON"
                and 0 <= m.start - argument.end <= 2
                and not state.text[argument.end : m.start].strip()
            ):
                return m
        return None

    def _is_junk(self, clean: str, label: str, state: _DocState) -> bool:
        words = _words()
        upper = clean.upper()
        if upper in words.acronyms or upper.rstrip("S") in words.acronyms:
            return True
        if re.fullmatch(r"[A-Z]{2,6}s", clean):
            return True  # a plural acronym ("SAMs") is a common noun
        if label and clean.istitle() and " " not in clean and len(clean) <= 4:
            # "Sam" where the text says "SAMs": an acronym misread as a name.
            if re.search(rf"\b{re.escape(upper)}S?\b", state.text):
                return True
        if label in {"GPE", "LOC", "FAC"} and clean in words.demonyms:
            # A bare demonym typed as a place, unless it is also a country's name ("US").
            return self.gazetteer.lookup(clean, kinds=("country",)) is None
        return False

    @staticmethod
    def _plural(text: str) -> bool:
        """Whether a span is grammatically plural ("Russian forces", "they")."""
        words = text.lower().split()
        if not words:
            return False
        last = words[-1].strip(".,;:'\"")
        if last in {"they", "them", "their"} or (words[0] == "their" and len(words) == 1):
            return True
        if last in {"it", "its", "he", "she", "his", "her", "him", "police", "military"}:
            return False
        return last.endswith("s") and not last.endswith(("ss", "us", "is"))

    def _pronoun(self, state: _DocState, number: str) -> _Cluster | None:
        actors = {"organization", "group"}
        if number == "neuter":
            return state.last(lambda c: c.kind in actors, plural=False)
        return state.last(lambda c: c.kind in actors, plural=True) or state.last(
            lambda c: c.kind == "organization"
        )

    def _possessed(self, pronoun: str, rest: str, state: _DocState) -> _Cluster | None:
        """ "its forces" -> the owner's country's forces; "their units" -> the owner group."""
        if pronoun in PERSONAL_PRONOUNS:
            owner = state.last(lambda c: c.kind == "person")
        else:
            owner = self._pronoun(state, NEUTER_PRONOUNS[pronoun])
        noun = fold(rest)
        head = _words().group_nouns.get(noun) or ("members" if noun in MEMBER_NOUNS else None)
        if owner is not None and noun in {"country", "homeland", "nation"}:
            code = owner.country or (owner.place.country if owner.place else None)
            record = self.gazetteer.country(code) if code else None
            return self._place_cluster(record, None) if record else None
        if owner is None or head is None:
            return None
        if owner.kind == "group" and (
            head == owner.head or head in {"units", "forces"} or noun in MEMBER_NOUNS
        ):
            return owner
        code = owner.country or (owner.place.country if owner.place else None)
        if code is None or head == "members":
            return None
        return self._make_group(code, head, None)

    def _make_group(self, code: str | None, head: str, surface: str | None) -> _Cluster:
        words = _words()
        if code is None:
            label = head
        else:
            label = f"{words.adjectives.get(code, code)} {head}"
        cluster = self._cluster(f"group/{slug(label)}", "group")
        cluster.label = label
        cluster.head = head
        cluster.country = code
        if surface:
            cluster.surfaces[surface] += 1
        return cluster

    def _country_of(self, word: str) -> str | None:
        """ISO code of a demonym, a country name or a country's possessive."""
        word = re.sub(r"(?:'s|’s)$", "", word.strip())
        code = _words().demonyms.get(word)
        if code:
            return code
        record = self.gazetteer.lookup(word, kinds=("country",))
        return record.country if record else None

    def _organization(self, clean: str, text: str, state: _DocState) -> _Cluster | None:
        row = _words().organizations.get(fold(clean))
        if row is None:
            return None
        canonical, code = row
        cluster = self._cluster(f"organization/{slug(canonical)}", "organization")
        cluster.label = canonical
        cluster.country = code
        cluster.surfaces[clean] += 1
        return cluster

    def _council(self, clean: str, text: str, state: _DocState) -> _Cluster | None:
        """ "the Mariupol city council"; "the city council" is the last city's."""
        match = re.match(
            r"^(?:(?P<city>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\s+)?city council$", clean, re.I
        )
        if match is None:
            return None
        record: PlaceRecord | None = None
        if match.group("city"):
            record = self.gazetteer.lookup(match.group("city"), context_countries=state.context)
        else:
            city = state.last(lambda c: c.place is not None and c.place.kind == "city")
            record = city.place if city else None
        if record is None:
            return None
        label = f"{record.name} City Council"
        cluster = self._cluster(f"organization/{slug(label)}", "organization")
        cluster.label = label
        cluster.country = record.country
        if match.group("city"):
            cluster.surfaces[clean] += 1
        return cluster

    def _ministry(self, clean: str, text: str, state: _DocState) -> _Cluster | None:
        words = _words()
        for pattern in _ministry_patterns():
            match = pattern.match(clean)
            if match is None:
                continue
            topic = words.topics[match.group("topic").lower()]
            owner_text = match.group("owner") or (
                match.groupdict().get("of") if "of" in match.groupdict() else None
            )
            code = self._country_of(owner_text) if owner_text else None
            if owner_text and code is None:
                return None
            if code is None:
                # "the Defense Ministry": the one already named in this document, if any.
                wanted = f"ministry:{topic}"
                earlier = next((c for c, _ in reversed(state.history) if c.head == wanted), None)
                if earlier is not None:
                    earlier.surfaces[clean] += 1
                    return earlier
                label = f"Ministry of {topic}"
            elif code == "US" and topic == "Defence":
                return self._organization("Pentagon", text, state)
            else:
                label = f"{words.adjectives.get(code, code)} Ministry of {topic}"
            cluster = self._cluster(f"organization/{slug(label)}", "organization")
            cluster.label = label
            cluster.country = code
            cluster.head = f"ministry:{topic}"
            cluster.surfaces[clean] += 1
            return cluster
        return None

    def _group(self, clean: str, text: str, state: _DocState) -> _Cluster | None:
        words = _words()
        key = fold(clean)
        if key in words.separatists or fold(re.sub(r"^the\s+", "", text, flags=re.I)) in (
            words.separatists
        ):
            return self._make_group(None, "separatists", clean)
        part = re.match(
            r"^(?:(?:a|an|the|several|two|three|a special|special)\s+)?"
            r"(?:members|some|part|most|many|all|remnants|units|dozens|hundreds|thousands|"
            r"squad|squads|column|columns|unit|group|convoy|battalion|detachment)"
            r"\s+of\s+(?:the\s+)?(.+)$",
            clean,
            re.IGNORECASE,
        )
        if part:
            return self._group(part.group(1), part.group(1), state)
        first, _, rest = clean.partition(" ")
        # Plural demonym alone: "the Russians".
        if not rest and first.endswith("s") and first in words.demonyms:
            cluster = self._cluster(f"group/{slug(first)}", "group")
            cluster.label = first
            cluster.country = words.demonyms[first]
            cluster.head = "people"
            cluster.surfaces[clean] += 1
            return cluster
        if not rest:
            return None
        code = self._country_of(first)
        if code is None:
            return None
        # Up to two modifiers between the demonym and the noun ("armed", "special").
        tokens = fold(rest).split()
        for size in (2, 1):
            for skip in range(0, 3):
                if skip + size > len(tokens):
                    continue
                noun = " ".join(tokens[skip : skip + size])
                head = words.group_nouns.get(noun)
                if head is None:
                    continue
                trailing = tokens[skip + size :]
                if trailing and trailing[0] not in {
                    "in",
                    "from",
                    "at",
                    "on",
                    "near",
                    "who",
                    "which",
                    "that",
                    "advancing",
                }:
                    continue
                middle = tokens[:skip]
                if any(m in words.group_nouns or m in words.sources for m in middle):
                    continue
                if head in {"officials", "authorities"}:
                    head = f"{' '.join(middle)} {head}".strip()
                return self._make_group(code, head, clean)
        return None

    def _source(
        self,
        clean: str,
        text: str,
        definite: bool,
        state: _DocState,
        argument: Argument,
        mentions: Sequence[Argument],
    ) -> _Cluster | None:
        """Unnamed speakers: "an American official", "the same source", "the official"."""
        words = _words()
        tokens = clean.split()
        head_at = next(
            (
                i
                for i, t in enumerate(tokens)
                if t.lower() in words.sources and (i + 1 == len(tokens) or tokens[i + 1].islower())
            ),
            None,
        )
        if head_at is None or head_at > 4:
            return None
        head = words.sources[tokens[head_at].lower()]
        before = [t for t in tokens[:head_at] if t.lower() not in SPEAKER_HEDGES]
        after = " ".join(tokens[head_at + 1 :])
        if argument.label == "PERSON" and not definite:
            return None  # a named person whose title merely contains "minister"
        code: str | None = None
        affiliation: _Cluster | None = None
        modifiers: list[str] = []
        for token in before:
            country = self._country_of(token)
            if country and code is None:
                code = country
            elif token[:1].islower():
                modifiers.append(token.lower())
            else:
                org = _words().organizations.get(fold(token))
                if org is None:
                    return None  # "Defence Minister Ben Wallace"-like: a name follows elsewhere
        # "an official in the US Department of Defense": the organisation named after it,
        # inside the argument or, when the extractor cut it off, right after it in the text.
        if not after:
            following = _AFFILIATION.match(state.text[argument.end : argument.end + 80])
            after = f"in {following.group(1)}" if following else ""
        if after:
            match = re.match(r"^(?:in|of|at|from|with)\s+(.+)$", after)
            if match:
                start = argument.start + argument.text.find(match.group(1))
                inner = Argument(match.group(1), start, start + len(match.group(1)), "ORG")
                affiliation = self._organization(_clean(inner.text), inner.text, state) or (
                    self._ministry(_clean(inner.text), inner.text, state)
                )
        if affiliation is None and before:
            joined = " ".join(t for t in before if not self._country_of(t))
            if joined and not joined[:1].islower():
                affiliation = self._organization(joined, joined, state)
        if definite:
            role = words.titles.get(tokens[head_at].lower())
            if role:
                person = state.last(
                    lambda c: (
                        c.kind == "person"
                        and role in c.roles
                        and (code is None or c.country == code)
                    )
                )
                if person is not None:
                    return person
            any_head = head == "source"
            for _, speaker, noun, country in reversed(state.speakers):
                if (any_head or noun == head) and (code is None or country == code):
                    state.speakers.append((len(state.history), speaker, noun, country))
                    return speaker
        if affiliation is not None and not definite:
            # An unnamed official of a named organisation speaks for it: "a senior
            # Pentagon official said" is attributed to the Pentagon.
            state.speakers.append(
                (len(state.history), affiliation, head, code or affiliation.country)
            )
            return affiliation
        if affiliation is not None:
            label = f"{affiliation.canonical_label()} {head}"
            code = code or affiliation.country
        else:
            parts = ([words.adjectives.get(code, code)] if code else []) + modifiers + [head]
            label = " ".join(parts)
        cluster = self._cluster(f"person/{slug(label)}-{slug(state.id)}", "person")
        cluster.label = label
        cluster.country = code
        cluster.head = f"source:{head}"
        if not definite:
            cluster.surfaces[clean] += 1
        state.speakers.append((len(state.history), cluster, head, code))
        return cluster

    def _description(self, lower: str, state: _DocState) -> _Cluster | None:
        """Definite descriptions: "the ministry", "the capital", "the city", "the mayor"."""
        words = _words()
        phrase = re.split(r"\s(?:of|in|from|at|on|near|with|to)\s", lower)[0]
        tokens = phrase.split()
        if not tokens:
            return None
        head = tokens[-1]
        if head == "ministry":
            code = self._country_of(tokens[0].title()) if len(tokens) > 1 else None
            earlier = state.last(
                lambda c: (
                    bool(c.head and c.head.startswith("ministry:"))
                    and (code is None or c.country == code)
                )
            )
            if earlier is not None or code is None:
                return earlier
            # A headline's "Russian ministry" comes before the body names it in full.
            for m in state.mentions:
                if m.label == "ORG":
                    later = self._ministry(_clean(m.text), m.text, state)
                    if later is not None and later.country == code:
                        return later
            return None
        capital = re.match(r"^(?:(\w+)(?:'s)?\s+)?capital(?:\s+of\s+(.+))?$", lower)
        if capital:
            owner = capital.group(1) or capital.group(2)
            code = self._country_of(owner.title()) if owner else state.capital_country
            record = self.gazetteer.capital(code) if code else None
            return self._place_cluster(record, None) if record else None
        if re.fullmatch(
            r"(?:(?:city|town)\s+(?:centre|center|outskirts|suburbs))|"
            r"(?:(?:centre|center|outskirts|suburbs)\s+of\s+(?:the\s+)?(?:city|town))",
            lower,
        ):
            lower = "city"  # "the city centre": a part of the last city, for place roles
        if lower in {"city", "town"}:
            return state.last(lambda c: c.place is not None and c.place.kind == "city")
        if lower in {"kremlin", "pentagon"}:
            return None  # handled by the organisation table
        title = words.titles.get(" ".join(tokens[-2:])) or words.titles.get(head)
        if title:
            code = self._country_of(tokens[0].title()) if len(tokens) > 1 else None
            return state.last(
                lambda c: (
                    c.kind == "person" and title in c.roles and (code is None or c.country == code)
                )
            )
        group = words.group_nouns.get(" ".join(tokens[-2:])) or words.group_nouns.get(head)
        if group is not None:
            return state.last(lambda c: c.kind == "group" and c.head == group)
        return None

    @staticmethod
    def _inner_mention(argument: Argument, mentions: Sequence[Argument]) -> Argument | None:
        """The named span an argument is about: the one it ends with ("the strategic
        Gostomel airport"), else, for a labelled argument, the one with its label
        ("Russian President Vladimir Putin" -> "Vladimir Putin")."""
        inside = [
            m
            for m in mentions
            if argument.start <= m.start
            and m.end <= argument.end
            and (m.start, m.end) != (argument.start, argument.end)
        ]

        def before(m: Argument) -> str:
            return argument.text[: m.start - argument.start]

        def after(m: Argument) -> str:
            return argument.text[m.end - argument.start :].strip(" ,.;:)\"'")

        # A name after a preposition is a modifier: "the residents of Apollon" are residents.
        ending = [m for m in inside if after(m) == "" and not _PREPOSITION.search(before(m))]
        if ending:
            return min(ending, key=lambda m: m.start)
        # An organisation's people act for it: "Red Cross teams", "Pentagon officials".
        collective = [
            m
            for m in inside
            if m.label == "ORG"
            and after(m).lower() in COLLECTIVE_NOUNS
            and not _PREPOSITION.search(before(m))
        ]
        if collective:
            return collective[0]
        if argument.label:
            # A name followed by a common noun is a modifier too: "Apollon residents".
            same = [
                m
                for m in inside
                if m.label == argument.label
                and (after(m) == "" or _POST_MODIFIER.match(after(m)))
                and not _PREPOSITION.search(before(m))
            ]
            if same:
                return max(same, key=lambda m: m.end - m.start)
        return None

    @staticmethod
    def _container(argument: Argument, mentions: Sequence[Argument], text: str) -> Argument | None:
        """The named span an argument is a fragment of ("Azov" in "the Sea of Azov",
        "neo" in "neo-Nazis"), when the fragment is not a name of its own."""
        for m in mentions:
            if (
                m.start <= argument.start
                and argument.end <= m.end
                and (m.start, m.end)
                != (
                    argument.start,
                    argument.end,
                )
            ):
                hyphenated = text[argument.end : argument.end + 1] == "-" or (
                    text[argument.start - 1 : argument.start] == "-"
                )
                if m.label == argument.label or hyphenated:
                    return m
        return None

    # -- names ---------------------------------------------------------------------------

    def _person_name(self, text: str, state: _DocState) -> tuple[str, set[str], str | None]:
        """Strip titles, demonyms and a glued place off a person span.

        Returns the bare name, the roles found and the country of a demonym title.
        """
        words = _words()
        tokens = _clean(text).split()
        roles: set[str] = set()
        code: str | None = None
        while len(tokens) > 1:
            pair = " ".join(tokens[:2]).lower()
            one = tokens[0].lower()
            if pair in words.titles:
                roles.add(words.titles[pair])
                tokens = tokens[2:]
            elif one in words.titles:
                roles.add(words.titles[one])
                tokens = tokens[1:]
            elif tokens[0] in words.demonyms:
                code = code or words.demonyms[tokens[0]]
                tokens = tokens[1:]
            elif one in {"of", "the"} and roles:
                tokens = tokens[1:]
            elif (
                len(tokens) > 2
                and self._title_place(tokens[0], state) is not None
                and (roles or tokens[1][:1].isupper() or tokens[1].lower() in words.titles)
            ):
                tokens = tokens[1:]  # "Kyiv Vitali Klitschko", "Luhansk governor Serhiy Haidai"
            else:
                break
        return " ".join(tokens), {r for r in roles if r}, code

    def _title_place(self, token: str, state: _DocState) -> PlaceRecord | None:
        """A place named next to a title ("Kyiv mayor"): its own name, and a place the
        document is about, not any town with that word among its foreign names."""
        if not token[:1].isupper() or not self.gazetteer.is_name(token):
            return None
        record = self.gazetteer.lookup(token, context_countries=state.context)
        if record is not None and (
            self.gazetteer.is_curated(record) or record.country in state.context
        ):
            return record
        return None

    def _roles_around(self, argument: Argument, state: _DocState) -> tuple[set[str], str | None]:
        """Titles written just before a name, or in an apposition after it."""
        words = _words()
        before = state.text[max(0, argument.start - 80) : argument.start].split()
        roles: set[str] = set()
        code: str | None = None
        place_code: str | None = None
        i = len(before)
        while i > 0:
            if re.search(r"[.!?:;\"”]$", before[i - 1]):
                break  # the end of the previous sentence or quote
            token = before[i - 1].strip(",")
            lower = token.lower()
            pair = f"{before[i - 2].lower()} {lower}" if i > 1 else ""
            if pair in words.titles:
                roles.add(words.titles[pair])
                i -= 2
            elif lower in words.titles:
                roles.add(words.titles[lower])
                i -= 1
            elif token in words.demonyms:
                code = code or words.demonyms[token]
                i -= 1
            elif lower in {"of", "the"}:
                i -= 1
            elif token[:1].isupper() and (place := self._title_place(token, state)):
                # "Kyiv mayor", "the mayor of Kyiv": the person serves that place's country.
                place_code = place_code or place.country
                i -= 1
            else:
                break
        if roles and code is None:
            code = place_code
        after = state.text[argument.end : argument.end + 60]
        apposition = re.match(r"^,\s+(?:the\s+)?(?:(\w+)\s+)?([a-z]+(?:\s[a-z]+)?)\b", after)
        if apposition:
            for candidate in (apposition.group(2), apposition.group(2).split()[0]):
                if candidate in words.titles:
                    roles.add(words.titles[candidate])
                    if apposition.group(1) in words.demonyms:
                        code = code or words.demonyms[apposition.group(1)]
                    break
        return {r for r in roles if r}, code

    def _trusted_place(self, clean: str, state: _DocState) -> PlaceRecord | None:
        """A place named by a span the model typed as something else, on good evidence."""
        if fold(clean) in self.gazetteer.not_places:
            return None
        record = self.gazetteer.lookup(clean, context_countries=state.context)
        if record is None or not self.gazetteer.is_name(clean):
            return None  # a GeoNames alternate spelling is more likely a person's name
        if record.country in state.context or self.gazetteer.is_curated(record):
            return record
        return None

    def _named(self, argument: Argument, clean: str, state: _DocState) -> _Cluster | None:
        label = argument.label
        words = _words()
        if label in {"PERSON", "ORG", "NORP"}:
            record = self._trusted_place(clean, state)
            if record is not None:
                return self._place_cluster(record, clean)
        if label in {"ORG", "NORP", "GPE"} and len(state.surnames.get(fold(clean), ())) == 1:
            # The surname of a person the document names in full, mistyped by the model
            # ("Haidai said" as ORG after "governor Serhiy Haidai").
            return self._person(dataclasses.replace(argument, label="PERSON"), state)
        if label == "PERSON":
            return self._person(argument, state)
        if label == "ORG" and clean.split()[-1].lower() in PLACE_HEADS and " " in clean:
            return self._place(argument, clean, state)  # "North Crimean Canal"
        if label == "ORG":
            # "the General Staff" after "the Ukrainian General Staff": the same body.
            tail = f" {fold(clean)}"

            def longer_name(c: _Cluster) -> bool:
                names = [c.canonical_label(), *c.surfaces]
                return c.kind == "organization" and any(fold(n).endswith(tail) for n in names)

            earlier = state.last(longer_name)
            if earlier is not None:
                earlier.surfaces[clean] += 1
                return earlier
            cluster = self._cluster(f"organization/{slug(fold(clean))}", "organization")
            cluster.surfaces[clean] += 1
            first = clean.split()[0]
            if first in words.demonyms:
                cluster.country = cluster.country or words.demonyms[first]
            return cluster
        if label in {"GPE", "LOC", "FAC"}:
            return self._place(argument, clean, state)
        if label == "NORP":
            if " " not in clean and not clean.endswith("s"):
                return None  # an adjective alone ("Russian", "European") names no one
            group = self._group(clean, clean, state)
            if group is not None:
                return group
            cluster = self._cluster(f"group/{slug(fold(clean))}", "group")
            cluster.surfaces[clean] += 1
            return cluster
        return None

    def _person(self, argument: Argument, state: _DocState) -> _Cluster | None:
        name, roles, code = self._person_name(argument.text, state)
        if not name or not _has_letters(name):
            return None
        around, around_code = self._roles_around(argument, state)
        roles |= around
        code = code or around_code
        key = fold(name)
        if " " not in key:
            full = state.surnames.get(key, set())
            if len(full) == 1:
                key = next(iter(full))
        cluster = self._cluster(f"person/{slug(key)}", "person")
        cluster.surfaces[name] += 1
        cluster.roles |= roles
        cluster.country = cluster.country or code
        cluster.last_token = key.split()[-1]
        return cluster

    def _place(self, argument: Argument, clean: str, state: _DocState) -> _Cluster | None:
        record: PlaceRecord | None = None
        after = state.text[argument.end : argument.end + 40]
        if _REGION_AFTER.match(after) and not re.search(
            r"\b(?:region|oblast|province)$", clean, re.IGNORECASE
        ):
            for suffix in ("Oblast", "region"):
                record = self.gazetteer.lookup(
                    f"{clean} {suffix}", context_countries=state.context, kinds=_REGION_KINDS
                )
                if record is not None:
                    break
        if record is None:
            record = self.gazetteer.lookup(clean, context_countries=state.context)
        if record is None:
            cluster = self._cluster(f"place/{slug(fold(clean))}", "place")
            cluster.surfaces[clean] += 1
            return cluster
        return self._place_cluster(record, clean)

    def _place_cluster(self, record: PlaceRecord, surface: str | None) -> _Cluster:
        cluster = self._cluster(self._place_id(record), "place")
        cluster.place = record
        cluster.label = record.name
        if surface:
            cluster.surfaces[surface] += 1
        return cluster


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
    for extraction in extractions:
        events.extend(index.add(extraction))

    final = tuple(
        relink(e, lambda a: None if a.entity is None else index.canonical(a.entity)) for e in events
    )
    return index.entities(), final
