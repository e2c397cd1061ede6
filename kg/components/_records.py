"""kg's records as plain values (dicts, lists, text, numbers) and back.

spaCy keeps ``doc._`` values in ``doc.user_data``, which ``Doc.to_bytes``,
``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=...)`` write with
msgpack: it takes dicts, lists, strings, numbers, booleans and None, not
dataclasses, Decimals or dates. :func:`to_plain` turns a record into such values
(a Decimal and a date become their text) and :func:`from_plain` makes the same
record again from them.

>>> from decimal import Decimal
>>> from kg.model import Figure
>>> figure = Figure("200 members", Decimal("200"), "member", "exact", 0, 11)
>>> to_plain(figure)["value"]
'200'
>>> from_plain(Figure, to_plain(figure)) == figure
True
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import fields, is_dataclass
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

__all__ = ["from_plain", "to_plain"]

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A record (or any value in one) as dicts, lists, text, numbers and None."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_plain(item) for item in value]
    if isinstance(value, (Decimal, dt.date)):  # a datetime is a date too
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    return value


def from_plain(cls: type[T], data: dict[str, Any]) -> T:
    """The record of class ``cls`` that :func:`to_plain` gave ``data`` for."""
    hints = _hints(cls)  # type: ignore[arg-type]
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    return cls(**{name: _value(hints[name], data[name]) for name in names if name in data})


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        # X | None: the value is an X.
        kind = next(arg for arg in typing.get_args(kind) if arg is not type(None))
        return _value(kind, value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_value(item, element) for element in value)
    if origin is typing.Literal:
        return value
    if isinstance(kind, type) and is_dataclass(kind):
        return from_plain(kind, value)
    if kind is Decimal:
        return Decimal(value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    return value
