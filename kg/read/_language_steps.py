"""py3langid's identifier with its byte automaton read in one step a byte.

py3langid walks a sample's bytes through an automaton: for each byte, the state's row
(``rowbase[state]``), the next state (``nextmove[row + byte]``) and that state's feature
(``output[state]``), three reads from three tables (a list of 104,583 ints, 9.8 million
states, a list of features). In a build the parent detects each document's language
between other work that pushes those tables out of the processor's caches, so each read
is a miss: the walk took about four times its time in a tight loop. Here the next state's
row and feature are read by the same index from two tables made once from py3langid's
(:func:`step_tables`): ``next_rows[row + byte]`` and ``features[row + byte]``. The bytes
give the same states, so the same features in the same order, and the identifier's
scores are py3langid's own to the bit (a test compares them).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from py3langid.langid import LanguageIdentifier

__all__ = ["StepIdentifier", "step_tables"]


def step_tables(nextmove: Any, rows: Any, output: Any) -> tuple[Any, Any, int]:
    """The two tables and the first state's row from py3langid's automaton (NumPy arrays
    as its model file holds them: ``nextmove``, ``nextmove_row``, ``out_feat``).

    ``next_rows[i]`` is the row of state ``nextmove[i]`` times 256 (where its moves
    start), ``features[i]`` its feature or -1.
    """
    import numpy

    next_rows = rows.astype(numpy.uint32)[nextmove] << numpy.uint32(8)
    features = output.astype(numpy.int32)[nextmove]
    return next_rows, features, int(rows[0]) << 8


def visits(next_rows: Any, features: Any, start: int, text: bytes) -> Counter[int] | None:
    """How often each feature is met walking ``text`` (``py3langid.langid.visit_counts``,
    in the same order); None if none."""
    row, found = start, []
    append = found.append
    for byte in text:
        step = row + byte
        row = next_rows[step]
        feature = features[step]
        if feature >= 0:
            append(feature)
    return Counter(found) if found else None


class StepIdentifier(LanguageIdentifier):  # type: ignore[misc]
    """py3langid's identifier (``norm_probs=True``) walking :func:`step_tables`' tables;
    it holds no automaton of py3langid's own."""

    __slots__ = ("_next_rows", "_features", "_start")

    def __init__(
        self, ptc: Any, pc: Any, classes: list[str], next_rows: Any, features: Any, start: int
    ) -> None:
        super().__init__(ptc, pc, classes, [], [], norm_probs=True, tk_row=[])
        # Read an item at a time: a memoryview gives plain ints, faster than NumPy's items.
        self._next_rows = memoryview(next_rows)
        self._features = memoryview(features)
        self._start = start

    def _raw_score(self, text: bytes) -> Any:
        found = visits(self._next_rows, self._features, self._start, text)
        if found:
            return self._sparse_score(found, self.nb_ptc)
        return super()._raw_score(b"")  # no feature: py3langid's own answer for none
