"""Text helpers resolution shares: slugs, span cleaning, the name tables."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.gazetteer import country_names, derived_demonyms, fold, wordnet_adjectives
from kg.lang.en import FIRST_NAME_TITLES, PLURALS_WITHOUT_S, name_tables
from kg.lang.wordnet import NOUN_PERSON, noun_classes

__all__ = [
    "Lexicon",
    "clean_span",
    "goes_by_first_name",
    "has_letters",
    "lexicon",
    "ministry_patterns",
    "names_a_pair",
    "plural",
    "slug",
]


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
    if decomposed.isascii():  # most names: no combining mark, no letter lost
        ascii_part, lost = decomposed, False
    else:
        ascii_part = "".join(c for c in decomposed if not unicodedata.combining(c))
        lost = any(c.isalpha() and not c.isascii() for c in ascii_part)
    readable = _NOT_SLUG.sub("-", ascii_part.encode("ascii", "ignore").decode()).strip("-")
    if not lost and readable:
        return readable
    digest = hashlib.sha1(normal.strip().encode("utf-8")).hexdigest()[:10]
    return f"{readable}-u-{digest}" if readable else f"u-{digest}"


@dataclass(frozen=True)
class Lexicon:
    """The name tables of ``names.json``, indexed the way the rules look them up."""

    demonyms: dict[str, str]
    adjectives: dict[str, str]
    #: Adjectives of regions and former states the regular endings miss: "Soviet".
    place_adjectives: dict[str, str]
    titles: dict[str, str]
    group_nouns: dict[str, str]
    separatists: frozenset[str]
    sources: dict[str, str]
    organizations: dict[str, tuple[str, str | None]]
    topics: dict[str, str]
    acronyms: frozenset[str]


@functools.cache
def lexicon() -> Lexicon:
    """The name tables, built once per process."""
    data = name_tables()

    def table(name: str) -> dict[str, Any]:
        return {k: v for k, v in data[name].items() if not k.startswith("_")}

    curated = table("demonyms")
    adjectives = table("country_adjectives")
    # Curated demonyms first: the first singular adjective listed for a country names
    # it in labels; WordNet's ("Chilean") for a country the table lacks, never one
    # the regular endings made up ("Chilen"): else the country's name.
    for word, code in curated.items():
        if not word.endswith("s") and word[0].isupper() and not word.isupper():
            adjectives.setdefault(code, word)
    for code, word in wordnet_adjectives().items():
        adjectives.setdefault(code, word)
    for code, name in country_names().items():
        adjectives.setdefault(code, name)  # "Tuvalu forces"
    demonyms = {**derived_demonyms(), **curated}
    organizations: dict[str, tuple[str, str | None]] = {}
    for canonical, row in table("organizations").items():
        for alias in [canonical, *row["aliases"]]:
            organizations[fold(alias)] = (canonical, row["country"])
    return Lexicon(
        demonyms=demonyms,
        adjectives=adjectives,
        place_adjectives=table("place_adjectives"),
        titles=table("titles"),
        group_nouns=table("group_nouns"),
        separatists=frozenset(fold(s) for s in data["separatist_forms"]),
        sources=table("source_nouns"),
        organizations=organizations,
        topics=table("ministry_topics"),
        acronyms=frozenset(data["common_acronyms"]["names"]),
    )


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_DETERMINERS = re.compile(
    r"^(?:the|a|an|this|that|these|those|one|another|neither|either|both|FILE\s+-)\s+",
    re.IGNORECASE,
)
_POSSESSIVE_END = re.compile(r"(?:'s|’s|')$")
_DANGLING_WORD = re.compile(r"\s+(?:of|and|the|in|for|to|on|at)$")
# Dashes and a number the model ran into a name: "Mary province - 30" (a list's count),
# "Bruce Township - -" (a dash written as two hyphens); no name ends so.
_DASH_TAIL = re.compile(r"(?:\s+[-–—]+)+(?:\s+\d+)?$")


@functools.lru_cache(maxsize=1 << 16)
def clean_span(text: str) -> str:
    """The span without leading determiners, a trailing possessive or punctuation."""
    text = " ".join(text.split()).strip(" ,.;:\"'“”")
    text = _DETERMINERS.sub("", text)
    text = _POSSESSIVE_END.sub("", text)
    # The model sometimes runs a name into the next word ("State Emergency Service of").
    text = _DANGLING_WORD.sub("", text)
    text = _DASH_TAIL.sub("", text)
    return text.strip()


@functools.cache
def ministry_patterns() -> tuple[re.Pattern[str], ...]:
    """ "[the] Russian Defense Ministry", "Ministry of Defence of Russia" and the like."""
    topics = "|".join(sorted((re.escape(t) for t in lexicon().topics), key=len, reverse=True))
    owner = r"(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:'s|’s)?)"
    return (
        re.compile(rf"^(?:{owner}\s+)?(?P<topic>{topics})\s+ministry$", re.IGNORECASE),
        re.compile(
            rf"^(?:{owner}\s+)?ministry\s+of\s+(?:the\s+)?(?P<topic>{topics})"
            rf"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w\s]+))?$",
            re.IGNORECASE,
        ),
    )


def has_letters(text: str) -> bool:
    """Whether any character of ``text`` is a letter."""
    return any(c.isalpha() for c in text)


def goes_by_first_name(roles: Iterable[str]) -> bool:
    """Whether a title among ``roles`` is one whose bearer goes by a first name alone
    ("prince", "crown prince", "queen"): that name then joins no longer name."""
    return any(role.split()[-1] in FIRST_NAME_TITLES for role in roles if role)


#: Nouns for two people the text named together ("the couple", "the pair").
PAIR_NOUNS = frozenset({"pair", "couple", "duo"})


def names_a_pair(text: str) -> bool:
    """Whether the span is "the pair", "the couple" or "the duo", and nothing more: two
    people a later "they" may continue, though the noun is singular."""
    words = text.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in PAIR_NOUNS


def plural(text: str) -> bool:
    """Whether a span is grammatically plural ("Russian forces", "they", "the children",
    "three gunmen").

    >>> [plural(t) for t in ("the rebels", "local people", "two women", "the specimen")]
    [True, True, True, False]
    """
    words = text.lower().split()
    if not words:
        return False
    last = words[-1].strip(".,;:'\"")
    if last in {"they", "them", "their"} or (words[0] == "their" and len(words) == 1):
        return True
    if last in {"it", "its", "he", "she", "his", "her", "him", "police", "military"}:
        return False
    if last in PLURALS_WITHOUT_S or _men_plural(last):
        return True
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _men_plural(word: str) -> bool:
    """Whether a word in "-men" is the plural of a noun for a person in "-man" ("women",
    "gunmen", "policemen"), not a word of its own ("specimen", "omen", "Yemen")."""
    if not word.endswith("men"):
        return False
    return NOUN_PERSON in noun_classes(word[:-3] + "man")[:2]
