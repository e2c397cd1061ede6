"""kg: entity knowledge graphs from news.

Who did what, where, when, with which numbers and according to whom, read
from news text with spaCy and handed back as RDF, an interactive HTML view
and Python objects.
"""

from kg.errors import (
    EndpointError,
    InputError,
    KGError,
    ModelError,
    QueryError,
    StoreError,
    ValidationError,
)
from kg.graph import KnowledgeGraph
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

# The function lives in kg.building, a module of another name, so that no
# submodule import can replace the package attribute `kg.build`. kg.building
# defers spaCy to first use, so `import kg` stays quick.
from kg.building import build  # noqa: E402
