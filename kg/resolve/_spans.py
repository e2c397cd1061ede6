"""Which span an argument is about: junk, a fragment of a name, a name inside a phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lang.en import COLLECTIVE_NOUNS, MEMBER_NOUNS
from kg.model import Argument
from kg.resolve._state import DocState
from kg.resolve._text import lexicon

__all__ = ["container", "inner_mention", "is_junk"]

# A name right after one of these modifies the phrase and is not its head.
_PREPOSITION = re.compile(r"\b(?:of|in|from|at|near|on|for|with|by|to|towards)\s+(?:the\s+)?$")
#: Nouns for the kind of area a place name is: "the Tigray region".
_AREA_NOUNS = frozenset(
    "region area district province oblast governorate county neighborhood neighbourhood "
    "quarter suburb territory".split()
)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,6}s")
_POST_MODIFIER = re.compile(r"^(?:of|in|from|at|who|which|that|\()\b")


def is_junk(clean: str, label: str, state: DocState) -> bool:
    """Whether a span names nothing: an acronym read as a name."""
    words = lexicon()
    upper = clean.upper()
    if upper in words.acronyms or upper.rstrip("S") in words.acronyms:
        return True
    if _PLURAL_ACRONYM.fullmatch(clean):
        return True  # a plural acronym ("SAMs") is a common noun
    if label and clean.istitle() and clean != upper and " " not in clean and len(clean) <= 4:
        # "Sam" where the text says "SAMs": an acronym misread as a name ("U.S" is
        # written in capitals already, so it is the acronym itself).
        if state.written_in_capitals(upper):
            return True
    return False


def inner_mention(argument: Argument, mentions: Sequence[Argument]) -> Argument | None:
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
        and after(m).lower() in COLLECTIVE_NOUNS | MEMBER_NOUNS
        and not _PREPOSITION.search(before(m))
    ]
    if collective:
        return collective[0]
    # A place named with the kind of area it is: "the Tigray region", "the Marais
    # quarter" are the place itself.
    areas = [
        m
        for m in inside
        if m.label in {"GPE", "LOC", "FAC"}
        and after(m).lower() in _AREA_NOUNS
        and not _PREPOSITION.search(before(m))
    ]
    if areas:
        return areas[0]
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


def container(argument: Argument, mentions: Sequence[Argument], text: str) -> Argument | None:
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
