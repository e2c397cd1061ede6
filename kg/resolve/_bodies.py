"""Rules that name organisations and groups: ministries, councils, armed forces.

Each takes the cleaned span, its text as written and the document state, and
returns the cluster it names or ``None`` when the span is not of its kind.
"""

from __future__ import annotations

import re

from kg.gazetteer import PlaceRecord, fold
from kg.resolve._clusters import Cluster
from kg.resolve._state import DocState
from kg.resolve._text import lexicon, ministry_patterns, slug

__all__ = ["council", "country_of", "group", "make_group", "ministry", "organization"]


def country_of(state: DocState, word: str) -> str | None:
    """ISO code of a demonym, a country name or a country's possessive."""
    word = re.sub(r"(?:'s|’s)$", "", word.strip())
    code = lexicon().demonyms.get(word)
    if code:
        return code
    record = state.gazetteer.lookup(word, kinds=("country",))
    return record.country if record else None


def make_group(state: DocState, code: str | None, head: str, surface: str | None) -> Cluster:
    """The group of a country's people named by ``head`` ("Russian forces")."""
    words = lexicon()
    if code is None:
        label = head
    else:
        label = f"{words.adjectives.get(code, code)} {head}"
    cluster = state.index.cluster(f"group/{slug(label)}", "group")
    cluster.label = label
    cluster.head = head
    cluster.country = code
    if surface:
        cluster.surfaces[surface] += 1
    return cluster


def organization(clean: str, text: str, state: DocState) -> Cluster | None:
    """A well-known organisation under its one canonical name."""
    row = lexicon().organizations.get(fold(clean))
    if row is None:
        return None
    canonical, code = row
    cluster = state.index.cluster(f"organization/{slug(canonical)}", "organization")
    cluster.label = canonical
    cluster.country = code
    cluster.surfaces[clean] += 1
    return cluster


def council(clean: str, text: str, state: DocState) -> Cluster | None:
    """ "the Mariupol city council"; "the city council" is the last city's."""
    match = re.match(
        r"^(?:(?P<city>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\s+)?city council$", clean, re.I
    )
    if match is None:
        return None
    record: PlaceRecord | None = None
    if match.group("city"):
        record = state.gazetteer.lookup(match.group("city"), context_countries=state.context)
    else:
        city = state.last(lambda c: c.place is not None and c.place.kind == "city")
        record = city.place if city else None
    if record is None:
        return None
    label = f"{record.name} City Council"
    cluster = state.index.cluster(f"organization/{slug(label)}", "organization")
    cluster.label = label
    cluster.country = record.country
    if match.group("city"):
        cluster.surfaces[clean] += 1
    return cluster


def ministry(clean: str, text: str, state: DocState) -> Cluster | None:
    """A ministry under one name: "the Russian Defense Ministry" -> Russian Ministry of Defence."""
    words = lexicon()
    for pattern in ministry_patterns():
        match = pattern.match(clean)
        if match is None:
            continue
        topic = words.topics[match.group("topic").lower()]
        owner_text = match.group("owner") or (
            match.groupdict().get("of") if "of" in match.groupdict() else None
        )
        code = country_of(state, owner_text) if owner_text else None
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
            return organization("Pentagon", text, state)
        else:
            label = f"{words.adjectives.get(code, code)} Ministry of {topic}"
        cluster = state.index.cluster(f"organization/{slug(label)}", "organization")
        cluster.label = label
        cluster.country = code
        cluster.head = f"ministry:{topic}"
        cluster.surfaces[clean] += 1
        return cluster
    return None


def group(clean: str, text: str, state: DocState) -> Cluster | None:
    """Separatists, and demonym + force noun: "Russian forces", "the Ukrainian army"."""
    words = lexicon()
    key = fold(clean)
    if key in words.separatists or fold(re.sub(r"^the\s+", "", text, flags=re.I)) in (
        words.separatists
    ):
        return make_group(state, None, "separatists", clean)
    part = re.match(
        r"^(?:(?:a|an|the|several|two|three|a special|special)\s+)?"
        r"(?:members|some|part|most|many|all|remnants|units|dozens|hundreds|thousands|"
        r"squad|squads|column|columns|unit|group|convoy|battalion|detachment)"
        r"\s+of\s+(?:the\s+)?(.+)$",
        clean,
        re.IGNORECASE,
    )
    if part:
        return group(part.group(1), part.group(1), state)
    first, _, rest = clean.partition(" ")
    # Plural demonym alone: "the Russians".
    if not rest and first.endswith("s") and first in words.demonyms:
        cluster = state.index.cluster(f"group/{slug(first)}", "group")
        cluster.label = first
        cluster.country = words.demonyms[first]
        cluster.head = "people"
        cluster.surfaces[clean] += 1
        return cluster
    if not rest:
        return None
    code = country_of(state, first)
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
            return make_group(state, code, head, clean)
    return None


