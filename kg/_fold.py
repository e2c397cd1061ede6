"""The matching key of a name, shared by the place index and the place database."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

__all__ = ["consonants", "fold", "folds_of_runs"]


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


def folds_of_runs(pieces: Sequence[str]) -> list[str]:
    """``fold`` of each run of the pieces from the first: ``fold(pieces[0])``,
    ``fold(pieces[0] + pieces[1])`` ... (the windows of words that may be a name).

    Each piece's characters are folded once, not once per run holding it: up to its
    last two steps (spaces made single, a leading "the" dropped), ``fold`` works on
    each character alone (an accent dropped with its letter's other marks, the case
    folded, a quote or dot dropped, a dash or bracket made a space), so a run's key is
    its pieces' folded characters joined, then those two steps.

    >>> folds_of_runs(["New ", "York ", "City"])
    ['new', 'new york', 'new york city']
    """
    keys: list[str] = []
    joined = ""
    for piece in pieces:
        joined += _folded_characters(piece)
        key = " ".join(joined.split())
        keys.append(key[4:] if key.startswith("the ") else key)
    return keys


@functools.lru_cache(maxsize=1 << 16)
def _folded_characters(text: str) -> str:
    # fold's steps that read one character at a time (see folds_of_runs); a document's
    # words recur in many windows.
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", _DROPPED.sub("", text.casefold()))


def consonants(name: str) -> str:
    """A name's consonants in order, folded, without doubled letters: the part of a
    name from another script that English spellings of it share.

    >>> consonants("Hormozgān"), consonants("Hormouzgan")
    ('hrmzgn', 'hrmzgn')
    """
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", fold(name)))


_VOWELS = re.compile(r"[aeiouy\s'’-]+")
_DOUBLED = re.compile(r"(.)\1+")
