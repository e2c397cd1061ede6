"""kg: entity knowledge graphs from news.

Who did what, where, when, with which numbers and according to whom, read
from news text with spaCy and handed back as RDF, an interactive HTML view
and Python objects.
"""

from typing import TYPE_CHECKING, Any

from kg.errors import (
    EndpointError,
    InputError,
    KGError,
    ModelError,
    QueryError,
    StoreError,
    ValidationError,
)
from kg.model import (
    Argument,
    Document,
    Entity,
    EntityMention,
    Event,
    Extraction,
    Figure,
    Mention,
    Place,
    TimeExpression,
)

if TYPE_CHECKING:
    from kg.building import build
    from kg.graph import KnowledgeGraph
    from kg.namespace import DEFAULT_BASE, KG

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE",
    "build",
    "KG",
    "Argument",
    "Document",
    "EndpointError",
    "Entity",
    "EntityMention",
    "Event",
    "Extraction",
    "Figure",
    "InputError",
    "KGError",
    "KnowledgeGraph",
    "Mention",
    "ModelError",
    "Place",
    "QueryError",
    "StoreError",
    "TimeExpression",
    "ValidationError",
]

# The graph, the build and the namespace need rdflib, which takes most of the time of
# importing kg: they are imported when first asked for, so a process that only reads
# records or looks places up (a worker resolving its first place) does not pay for it.
# `build` lives in kg.building, a module of another name, so that no submodule import
# can replace the package attribute `kg.build`.
_LAZY = {
    "build": "kg.building",
    "KnowledgeGraph": "kg.graph",
    "DEFAULT_BASE": "kg.namespace",
    "KG": "kg.namespace",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
