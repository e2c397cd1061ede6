"""Extractions as JSON lines: what an --out folder keeps to merge the next build exactly.

An incremental build (``kg build`` into a folder that holds an earlier build)
resolves entities again over every document the folder then holds, so the
result is the graph a fresh build of that corpus gives: entities, aliases and
mentions that only a replaced or removed document supported go with it. That
needs each earlier document's extraction (the parse is the slow part, and it
is not redone); this module writes them as JSON, one document a line, and
reads them back. JSON, not pickle: reading a folder must never run code.

>>> from kg.model import Document, Extraction
>>> record = Extraction(document=Document(id="a", text="Hi."), events=(), mentions=())
>>> loads(dumps([record])) == [record]
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, Final

from kg.errors import InputError
from kg.model import (
    Argument,
    Document,
    Event,
    Extraction,
    Figure,
    Mention,
    Place,
    TimeExpression,
)

__all__ = ["HEADER", "dump_line", "dumps", "load_lines", "loads"]

#: The records a line may hold, by name: nothing else is ever made from the file.
_RECORDS: Final = {
    cls.__name__: cls
    for cls in (Argument, Document, Event, Extraction, Figure, Mention, Place, TimeExpression)
}
_VERSION: Final = 1


#: Values written as they are: most of a record's leaves, told by one set lookup
#: where they went through every test below (a type given here exactly, not a subclass).
_PLAIN: Final = frozenset({str, int, float, bool, type(None)})


def _encode(value: Any) -> Any:
    kind: type = type(value)  # typed: mypy reads type(Any) as no Hashable key of the cache
    if kind in _PLAIN:
        return value
    if kind is tuple:
        return [_encode(item) for item in value]
    if isinstance(value, Extraction):
        return _encode_extraction(value)
    names = _field_names(kind)
    if names is not None:
        encoded = {"$": type(value).__name__}
        for name in names:
            encoded[name] = _encode(getattr(value, name))
        return encoded
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    return value


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names in order (None for any other type): asked once per
    type, where ``dataclasses.fields`` built them again for every record written."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(field.name for field in dataclasses.fields(kind))


def _encode_extraction(extraction: Extraction) -> dict[str, Any]:
    """An extraction's fields; a document in parts names its document after the first part.

    A whole document's line is as it always was (no ``part`` fields); the parts
    of a long one carry their number, and all but the first name the document by
    id alone (``{"$part-of": id}``) instead of repeating its text.
    """
    encoded: dict[str, Any] = {"$": "Extraction"}
    if extraction.part == 0:
        encoded["document"] = _encode(extraction.document)
    else:
        encoded["document"] = {"$part-of": extraction.document.id}
    encoded["events"] = _encode(extraction.events)
    encoded["mentions"] = _encode(extraction.mentions)
    if extraction.parts > 1:
        encoded["part"] = extraction.part
        encoded["parts"] = extraction.parts
    return encoded


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if not isinstance(value, dict):
        return value
    if "$decimal" in value:
        return Decimal(value["$decimal"])
    if "$datetime" in value:
        return dt.datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    record = _RECORDS[value["$"]]
    return record(**{k: _decode(v) for k, v in value.items() if k != "$"})


def _decode_line(value: Any, following: tuple[Document, int] | None) -> Any:
    """A line's record; ``following``: the document and part number the line must be."""
    if not isinstance(value, dict) or value.get("$") != "Extraction":
        return _decode(value)
    reference = value["document"]
    part, parts = value.get("part", 0), value.get("parts", 1)
    if following is not None:
        document, number = following
        if reference != {"$part-of": document.id} or part != number:
            raise ValueError(f"the document {document.id!r} lacks its part {number}")
        found = document
    elif part != 0:
        raise ValueError(f"part {part} of a document without its first part")
    else:
        found = _decode(reference)
    return Extraction(
        document=found,
        events=_decode(value["events"]),
        mentions=_decode(value["mentions"]),
        part=part,
        parts=parts,
    )


HEADER: Final = json.dumps({"kg-extractions": _VERSION})


def dumps(extractions: Iterable[Extraction]) -> str:
    """The extractions as JSON lines, after a header line naming the format."""
    lines = [HEADER, *(dump_line(e) for e in extractions)]
    return "\n".join(lines) + "\n"


def dump_line(extraction: Extraction) -> str:
    """One extraction as one JSON line (no line end), as :func:`dumps` writes it."""
    return json.dumps(_encode(extraction), ensure_ascii=False)


def loads(text: str, *, where: str = "extractions") -> list[Extraction]:
    """The extractions :func:`dumps` wrote.

    Raises:
        InputError: The text is not what :func:`dumps` writes (another version,
            or damaged); the message says to rebuild with ``--fresh``.
    """
    return list(load_lines(text.splitlines(), where=where))


def load_lines(lines: Iterable[str], *, where: str = "extractions") -> Iterator[Extraction]:
    """The extractions of :func:`dumps`'s lines, one at a time (a file object will do).

    Raises:
        InputError: As for :func:`loads`, when the damaged line is reached.
    """
    header = True
    # The document whose next part the next line must be, and that part's number.
    following: tuple[Document, int] | None = None
    for line in lines:
        try:
            if header:
                if json.loads(line) != {"kg-extractions": _VERSION}:
                    raise ValueError("unknown header")
                header = False
                continue
            if not line.strip():
                continue
            found = _decode_line(json.loads(line), following)
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(
                f"{where}: not a record of an earlier build kg can read ({error}); rebuild the"
                " folder with --fresh"
            ) from None
        if not isinstance(found, Extraction):
            raise InputError(f"{where}: not a record of an earlier build; rebuild with --fresh")
        # The later parts of a long document share this record, not a copy each.
        more = found.part + 1 < found.parts
        following = (found.document, found.part + 1) if more else None
        yield found
    if following is not None:
        raise InputError(
            f"{where}: the record ends inside a document's parts; rebuild the folder with --fresh"
        )
    if header:
        raise InputError(
            f"{where}: not a record of an earlier build kg can read (empty); rebuild the"
            " folder with --fresh"
        )
