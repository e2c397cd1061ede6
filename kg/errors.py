"""The exceptions kg raises: one root, a few leaves that say what went wrong.

::

    KGError
    ├── InputError (ValueError)      bad documents, files or JSON lines: exit 1
    ├── ModelError (LookupError)     the spaCy pipeline is missing or unusable
    ├── QueryError (ValueError)      a SPARQL query that does not parse or run
    ├── StoreError                   the embedded store cannot be opened or written
    ├── EndpointError (ConnectionError)  a remote SPARQL endpoint refused or timed out
    └── ValidationError              an export breaks the SHACL shapes

Messages name the bad value and, where there is one, the fix; the CLI prints
them as they are. An error about one argument of a library function names that
argument as the caller wrote it (``max_nodes``) and says which in ``argument``,
so the CLI can name its own flag instead (``--max-nodes``).
"""

from __future__ import annotations

__all__ = [
    "EndpointError",
    "InputError",
    "KGError",
    "ModelError",
    "QueryError",
    "StoreError",
    "ValidationError",
]


class KGError(Exception):
    """Root of every error kg raises on purpose.

    Args:
        argument: The library argument the message is about (its name starts
            the message), when it is about one.
    """

    def __init__(self, *args: object, argument: str | None = None) -> None:
        super().__init__(*args)
        self.argument = argument


class InputError(KGError, ValueError):
    """An input file, document or JSON line that cannot be used."""


class ModelError(KGError, LookupError):
    """The spaCy model is not installed or cannot run."""


class QueryError(KGError, ValueError):
    """A SPARQL query that does not parse, or asks for what is not allowed."""


class StoreError(KGError):
    """The embedded store cannot be opened, locked or written."""


class EndpointError(KGError, ConnectionError):
    """A remote SPARQL endpoint refused the request or did not answer in time."""


class ValidationError(KGError):
    """An RDF export does not conform to the SHACL shapes."""
