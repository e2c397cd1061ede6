"""How much text a build held whole in memory takes: ``kg build --out``.

A build into an ``--out`` folder (or ``--out -``) renders every file before it
writes any, so that a failure leaves the earlier files as they were: it holds
all its documents' records, their resolved events and every quad of the graph
at once, and its memory grows with the text (about 0.6 GiB a megabyte of news
text, docs/benchmarks.md). A build into ``--store`` takes a document of any
length a part at a time, in flat memory. So an ``--out`` build of more text
than :data:`OUT_TEXT_LIMIT` is refused, before the model loads when the input's
plain text files already pass it, else before the document that would pass it
is parsed, naming ``--store``; nothing in the folder is touched either way.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

__all__ = ["OUT_TEXT_LIMIT", "check_text_files", "within_limit"]

#: Bytes of text (UTF-8) a build into --out takes at most, all its documents
#: together: 2.95 MB peaked at 2.42 GiB in all processes (two workers with the
#: model), the command alone at 1.96 GiB: within issue 22's 3 GB (docs/errors.md).
OUT_TEXT_LIMIT = 3_000_000

# Files whose size is their text's: a text file is read as it is.
_PLAIN_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})


def check_text_files(
    sources: Iterable[object], *, limit: int | None = None, into_store: bool = False
) -> None:
    """Refuse at once when the plain text files among ``sources`` alone pass ``limit`` bytes.

    Only text files named or in a named folder count (their size is their
    text's); pages, JSON lines, feeds, archives, standard input and web
    addresses are counted as they are read (:func:`within_limit`).
    ``into_store``: the build goes into a store and ``--out`` asks for the
    store's files, which are rendered whole in the same way.

    Raises:
        InputError: The text files hold more than ``limit`` bytes
            (:data:`OUT_TEXT_LIMIT` when ``None``).
    """
    limit = OUT_TEXT_LIMIT if limit is None else limit
    total = 0
    for source in sources:
        if not isinstance(source, os.PathLike) or str(source) == "-":
            continue
        total += _plain_text_bytes(Path(source))
    if total > limit:
        what = f"the input holds {_megabytes(total)} of text"
        if into_store:
            raise InputError(
                f"{what}, more than the {_megabytes(limit)} whose files --out renders in memory"
                " (every file before writing any); leave out --out: the store takes any"
                " length a part at a time, and kg query reads it (or allow more with"
                " --max-text MB, about 0.6 GB of memory a MB)"
            )
        raise InputError(_too_much(what, limit))


def within_limit(documents: Iterable[Document], *, limit: int | None = None) -> Iterator[Document]:
    """``documents`` as they come, until their text passes ``limit`` bytes: then an error.

    The document that would pass it is not handed on, so it is never parsed.

    Raises:
        InputError: The documents read so far hold more than ``limit`` bytes of
            text (:data:`OUT_TEXT_LIMIT` when ``None``).
    """
    limit = OUT_TEXT_LIMIT if limit is None else limit
    total = 0
    for document in documents:
        text = document.text
        total += len(text) if text.isascii() else len(text.encode("utf-8"))
        if total > limit:
            raise InputError(
                _too_much(
                    f"document {document.id!r} brings the text read to {_megabytes(total)}", limit
                )
            )
        yield document


def _too_much(what: str, limit: int) -> str:
    return (
        f"{what}, more than the {_megabytes(limit)} a build into --out holds in memory"
        " (it renders every file before writing any); build it into a store with --store"
        " FOLDER, which takes any length a part at a time, and read it with kg query"
        " (or allow more with --max-text MB, about 0.6 GB of memory a MB)"
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


def _plain_text_bytes(path: Path) -> int:
    """Bytes of the plain text files at ``path``: a file, or a folder read as a build reads it."""
    from kg.inputs import OUTPUT_FOLDER_MARKER

    try:
        if path.is_file():
            return path.stat().st_size if path.suffix.lower() in _PLAIN_SUFFIXES else 0
        if not path.is_dir():
            return 0
    except OSError:
        return 0  # reading it says why
    total = 0
    for root, dirs, names in os.walk(path):
        if OUTPUT_FOLDER_MARKER in names:
            dirs[:] = []  # a folder kg wrote is never read
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or Path(name).suffix.lower() not in _PLAIN_SUFFIXES:
                continue
            try:
                total += Path(root, name).stat().st_size
            except OSError:
                continue
    return total
