"""Library errors told in the CLI's words: an argument name becomes its flag."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

from kg.errors import KGError

__all__ = ["as_flags"]


@contextlib.contextmanager
def as_flags(flags: Mapping[str, str]) -> Iterator[None]:
    """Re-raise a :class:`~kg.errors.KGError` about a library argument as one about its flag.

    ``flags`` maps library argument names to the command's flags
    (``{"max_nodes": "--max-nodes"}``); the message, which starts with the
    argument's name, starts with the flag instead.

    >>> from kg.errors import InputError
    >>> try:
    ...     with as_flags({"max_nodes": "--max-nodes"}):
    ...         raise InputError("max_nodes must be at least 1", argument="max_nodes")
    ... except InputError as error:
    ...     print(error)
    --max-nodes must be at least 1
    """
    try:
        yield
    except KGError as error:
        flag = flags.get(error.argument or "")
        message = str(error)
        if flag is None or error.argument is None or not message.startswith(error.argument):
            raise
        raise type(error)(flag + message[len(error.argument) :], argument=flag) from error
