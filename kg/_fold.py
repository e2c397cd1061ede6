"""The matching key of a name, shared by the place index and the place database."""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["consonants", "fold"]


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


def consonants(name: str) -> str:
    """A name's consonants in order, folded, without doubled letters: the part of a
    name from another script that English spellings of it share.

    >>> consonants("Hormozgān"), consonants("Hormouzgan")
    ('hrmzgn', 'hrmzgn')
    """
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", fold(name)))


_VOWELS = re.compile(r"[aeiouy\s'’-]+")
_DOUBLED = re.compile(r"(.)\1+")
