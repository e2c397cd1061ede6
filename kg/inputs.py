"""Reading documents: text and markdown files, folders, JSON lines, stdin, strings.

Documents are read lazily, one at a time, so a corpus never has to fit in
memory. Text is kept exactly as read (after decoding and normalising line
ends) because every offset in the graph points into it.

>>> [d.id for d in read_documents(["Kharkiv was shelled on Monday."])]
['text-1c8f4a4f7a1e']
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.model import Document

__all__ = ["TEXT_SUFFIXES", "read_documents", "parse_date"]

logger = logging.getLogger("kg")

#: File suffixes read as plain text.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

Source = str | os.PathLike[str] | Document


def read_documents(sources: Iterable[Source], *, stdin: IO[str] | None = None) -> Iterator[Document]:
    """Yield the documents in ``sources``, in order.

    Args:
        sources: Each one is a :class:`~kg.model.Document`; a path (``os.PathLike``)
            to a text/markdown file, a ``.jsonl`` file or a folder (read recursively,
            files in sorted order); the path ``-`` for standard input; or a ``str``,
            which is taken as the text of a document (library callers pass text;
            the CLI turns its arguments into paths).
        stdin: Where ``-`` reads from; defaults to ``sys.stdin``.

    Raises:
        InputError: A path that does not exist, a file that is not text, a bad
            JSON line, or two documents with the same id.
    """
    seen: dict[str, str] = {}
    for source in sources:
        for document, origin in _documents_from(source, stdin):
            if document.id in seen:
                raise InputError(
                    f"duplicate document id {document.id!r} in {origin} "
                    f"(first seen in {seen[document.id]}); give each document a unique id"
                )
            seen[document.id] = origin
            yield document


def parse_date(value: str, *, where: str = "date") -> dt.date:
    """An ISO date (``2022-02-25``, or the date part of an ISO timestamp).

    >>> parse_date("2022-02-25T08:00:00Z")
    datetime.date(2022, 2, 25)
    """
    try:
        return dt.date.fromisoformat(value[:10])
    except (ValueError, TypeError):
        raise InputError(f"{where}: {value!r} is not an ISO date such as 2022-02-25") from None


def _documents_from(source: Source, stdin: IO[str] | None) -> Iterator[tuple[Document, str]]:
    if isinstance(source, Document):
        yield source, f"document {source.id!r}"
    elif isinstance(source, str):
        yield _text_document(source), "text argument"
    else:
        path = Path(source)
        if str(path) == "-":
            yield from _from_stream(stdin if stdin is not None else sys.stdin)
        elif path.is_dir():
            yield from _from_folder(path)
        elif path.exists():
            yield from _from_file(path, doc_id=path.stem)
        else:
            raise InputError(f"{path}: no such file or folder")


def _text_document(text: str) -> Document:
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Document(id=f"text-{digest}", text=text)


def _from_stream(stream: IO[str]) -> Iterator[tuple[Document, str]]:
    try:
        text = stream.read()
    except UnicodeDecodeError:
        raise InputError("stdin: the input is not UTF-8 text; convert it first") from None
    text = _normalise_newlines(text)
    if _looks_like_jsonl(text):
        yield from _from_jsonl_lines(text.splitlines(), origin="stdin", stem="stdin")
    else:
        yield Document(id="stdin", text=text), "stdin"


def _from_folder(folder: Path) -> Iterator[tuple[Document, str]]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name.startswith("."):
            continue
        suffix = path.suffix.lower()
        if suffix not in TEXT_SUFFIXES and suffix not in _JSONL_SUFFIXES:
            logger.warning("%s: skipped, not a text, markdown or JSON lines file", path)
            continue
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        try:
            yield from _from_file(path, doc_id=doc_id)
        except InputError as error:
            # One bad file in a folder should not stop the rest of the corpus.
            logger.warning("%s", error)


def _from_file(path: Path, *, doc_id: str) -> Iterator[tuple[Document, str]]:
    text = _decode(path)
    if path.suffix.lower() in _JSONL_SUFFIXES:
        yield from _from_jsonl_lines(text.splitlines(), origin=str(path), stem=doc_id)
        return
    yield Document(id=doc_id, text=text, title=_headline(text)), str(path)


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_guess(raw, path)
    return _normalise_newlines(text)


def _decode_guess(raw: bytes, path: Path) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(f"{path}: not UTF-8 and no other text encoding fits; convert it to UTF-8")
    logger.warning("%s: not UTF-8, read as %s", path, best.encoding)
    return str(best)


def _normalise_newlines(text: str) -> str:
    # Offsets must mean the same on every platform: one newline character.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _headline(text: str) -> str | None:
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip().lstrip("#").strip()
    if rest.strip() and first and len(first) <= 200 and first[-1] not in ".!?\"'":
        return first
    return None


def _looks_like_jsonl(text: str) -> bool:
    return text.lstrip().startswith("{")


def _from_jsonl_lines(lines: list[str], *, origin: str, stem: str) -> Iterator[tuple[Document, str]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}, line {number}"
        try:
            record: Any = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object with a 'text' field")
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError(f"{where}: the 'text' field is missing or not a string")
        date = record.get("date")
        yield (
            Document(
                id=str(record.get("id") or f"{stem}-{number}"),
                text=_normalise_newlines(text),
                title=_optional_str(record, "title", where),
                date=parse_date(date, where=f"{where}, date") if date else None,
                url=_optional_str(record, "url", where),
            ),
            where,
        )


def _optional_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{where}: {key!r} should be a string, not {type(value).__name__}")
