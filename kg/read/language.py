"""The language of a document, detected offline and deterministically (py3langid).

py3langid is a naive Bayes model over byte n-grams that ships inside its
package: no download, no randomness, about a millisecond a page. It is
unsure on a line or two, so a text too short to judge gets no language
rather than a guess.

>>> detect_language("Russian forces shelled Kharkiv on Monday, killing twelve people, "
...                 "and the regional governor said the attack came after talks had failed.")
'en'
>>> detect_language("Kyiv: sirens.") is None
True
"""

from __future__ import annotations

import functools
import lzma
import re
import threading
import zipfile
import zlib
from array import array
from pathlib import Path
from typing import Any

from kg._atomic import write_atomic
from kg._cache import cache_folder

__all__ = ["detect_language", "load_in_background", "unload"]

# Below this many letters a detector guesses: "Kharkiv was shelled" looks Latin to one.
_MIN_LETTERS = 60
# The detector's normalised probability a language must reach to be named.
_MIN_PROBABILITY = 0.8
# A text's first thousand characters tell its language when the detector is sure of
# them; when it is not, the first two thousand decide. The detector walks its sample
# byte by byte in Python (about a millisecond a thousand characters, a tenth of
# reading a news page at two thousand), and more of the text costs time for nothing.
_SAMPLES = (1000, 2000)

# A sample with at least _MIN_LETTERS letters: each one after what is not a letter. The
# match stops at the last letter it needs; counting every letter of a thousand
# characters (a string made for each) took a fifth of the detection.
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{_MIN_LETTERS}}}")


def detect_language(text: str) -> str | None:
    """The language ``text`` is written in, as a code (``"en"``), or ``None`` when unsure.

    ``None`` means too little text to judge, or no language clearly ahead.
    """
    for size in _SAMPLES:
        sample = text[:size]
        if _ENOUGH_LETTERS.match(sample):
            language, probability = _identifier().classify(sample)
            if probability >= _MIN_PROBABILITY:
                return str(language)
        if len(text) <= size:
            break  # the sample was the whole text: a longer one is the same
    return None


def load_in_background() -> threading.Thread:
    """Start loading the detector's model in a thread; join it before forking.

    Loading takes about a tenth of a CPU second once the model is unpacked in the
    cache folder (:func:`_unpacked`); the first time, about half a second, most of it
    decompressing the model (LZMA), which runs without the GIL: a build loads it
    while it loads the spaCy pipeline, instead of after. The model is the same
    either way.
    """
    thread = threading.Thread(target=_identifier, name="kg-language-model", daemon=True)
    thread.start()
    return thread


# Held while the model loads, so that a caller and the background thread do
# not both load it.
_LOADING = threading.Lock()


def _identifier() -> Any:
    with _LOADING:
        return _loaded()


@functools.cache
def _loaded() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        unpacked = _unpacked(MODEL_DIR / MODEL_FILE)
        return _stepping(unpacked, _steps(unpacked))
    except (OSError, EOFError, KeyError, TypeError, ValueError, zipfile.BadZipFile):
        # No cache folder we may write, an unpacked file damaged since it was written, or
        # a py3langid whose model or identifier differs: the package reads its own file,
        # as it always can.
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _unpacked(packed: Path) -> Path:
    """The detector's model, as py3langid's LZMA file holds it (a NumPy ``.npz``), unpacked
    once per machine into kg's cache folder: unpacking it took about half a CPU second in
    every command that detected a language, reading it unpacked a tenth of that. The name
    carries the packed file's checksum, so another py3langid's model is unpacked anew.

    Raises:
        OSError: The model cannot be read, or the cache folder cannot be written.
    """
    data = packed.read_bytes()
    path = cache_folder() / f"langid-{len(data)}-{zlib.crc32(data):08x}.npz"
    if not path.exists():
        write_atomic(path, lzma.decompress(data))  # about 70 MB, once
    return path


def _read_unpacked(path: Path) -> tuple[Any, Any, list[str], array[int], array[int], list[int]]:
    """What ``py3langid.modelio.load_model`` makes of the model, read from the unpacked file
    (a test checks that the two are equal): the naive Bayes tables, the class names, the
    byte automaton's rows and each state's row, and each state's features.

    Raises:
        OSError: The file cannot be read.
        KeyError: It lacks one of these arrays.
        ValueError: It is no ``.npz`` file.
        zipfile.BadZipFile, EOFError: It is cut short or damaged.
    """
    import numpy

    # Opened here, so that a damaged file is closed however numpy fails on it.
    with open(path, "rb") as handle, numpy.load(handle, allow_pickle=False) as data:
        return (
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            _words(data["nextmove"]),
            _words(data["nextmove_row"]),
            data["out_feat"].tolist(),
        )


def _steps(unpacked: Path) -> Path:
    """The automaton's tables for :class:`kg.read._language_steps.StepIdentifier`, made once
    per machine from the unpacked model (about half a CPU second) and kept beside it (78 MB),
    named after it.

    Raises:
        OSError: The model cannot be read, or the cache folder cannot be written.
        KeyError, ValueError, zipfile.BadZipFile, EOFError: The unpacked model is damaged.
    """
    path = unpacked.with_name(f"{unpacked.stem}-steps.npz")
    if not path.exists():
        import io

        import numpy

        from kg.read._language_steps import step_tables

        with open(unpacked, "rb") as handle, numpy.load(handle, allow_pickle=False) as data:
            next_rows, features, start = step_tables(
                data["nextmove"], data["nextmove_row"], data["out_feat"]
            )
        made = io.BytesIO()
        numpy.savez(made, next_rows=next_rows, features=features, start=numpy.int64(start))
        write_atomic(path, made.getvalue())
    return path


def _stepping(unpacked: Path, steps: Path) -> Any:
    """The identifier of the unpacked model's naive Bayes tables and the step tables.

    Raises:
        OSError: A file cannot be read.
        KeyError, ValueError, zipfile.BadZipFile, EOFError: A file is damaged or cut short,
            or the tables do not fit each other.
    """
    import numpy

    from kg.read._language_steps import StepIdentifier

    with open(unpacked, "rb") as handle, numpy.load(handle, allow_pickle=False) as data:
        ptc, pc, classes = data["ptc"], data["pc"], data["classes"].tolist()
    with open(steps, "rb") as handle, numpy.load(handle, allow_pickle=False) as data:
        next_rows, features, start = data["next_rows"], data["features"], int(data["start"])
    # A walk indexes next_rows[row + byte] from any row it reaches, and ptc by feature:
    # tables that do not fit would fail on some text, so they fail here.
    if (
        next_rows.dtype != numpy.uint32
        or features.dtype != numpy.int32
        or next_rows.shape != features.shape
        or next_rows.ndim != 1
        or not 0 <= start <= len(next_rows) - 256
        or int(next_rows.max(initial=0)) > len(next_rows) - 256
        or int(features.max(initial=-1)) >= len(ptc)
    ):
        raise ValueError(f"{steps}: the step tables do not fit the model")
    return StepIdentifier(ptc, pc, classes, next_rows, features, start)


def _words(values: Any) -> array[int]:
    """A NumPy array of unsigned integers as the standard library's array of the same width
    (what py3langid's automaton indexes)."""
    return array(_TYPECODES[values.dtype.itemsize], values.tobytes())


# The standard library's unsigned typecodes by width in bytes, as py3langid reads them.
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def unload() -> None:
    """Let go of the detector's model (about 70 MB); a later detection loads it again.

    For a command that reads no more documents (``kg build`` once they are
    parsed): its end forks children, which would share the model's pages.
    """
    with _LOADING:
        _loaded.cache_clear()
