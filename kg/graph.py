"""The knowledge-graph object library callers get from :func:`kg.build`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import Document, Entity, EntityKind, EntityMention, Event, Figure
from kg.namespace import DEFAULT_BASE

if TYPE_CHECKING:
    import networkx as nx
    import pandas
    from rdflib import Dataset

__all__ = ["KnowledgeGraph"]


@dataclass(frozen=True)
class KnowledgeGraph:
    """Documents, the entities resolved across them, and the events read from them.

    Attributes:
        documents: The input documents, in input order.
        entities: Every actor and place, merged across documents, sorted by id.
        events: Every event, in document and text order; role arguments carry
            the id of the entity they were resolved to.
        mentions: Where each entity is mentioned, in document and text order.
    """

    documents: tuple[Document, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    mentions: tuple[EntityMention, ...] = ()
    _by_id: dict[str, Entity] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {entity.id: entity for entity in self.entities})

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id.

        Raises:
            KeyError: No entity has that id.
        """
        return self._by_id[entity_id]

    def mentions_of(self, entity_id: str) -> tuple[EntityMention, ...]:
        """Where the entity with this id is mentioned, in document and text order."""
        return tuple(mention for mention in self.mentions if mention.entity == entity_id)

    def entities_of(self, kind: EntityKind) -> tuple[Entity, ...]:
        """The entities of one kind ("person", "organization", "group", "place")."""
        return tuple(entity for entity in self.entities if entity.kind == kind)

    @property
    def actors(self) -> tuple[Entity, ...]:
        """People, organizations and groups."""
        return tuple(entity for entity in self.entities if entity.kind != "place")

    @property
    def places(self) -> tuple[Entity, ...]:
        """Places."""
        return self.entities_of("place")

    @property
    def figures(self) -> tuple[Figure, ...]:
        """Every figure attached to an event, in event order."""
        return tuple(figure for event in self.events for figure in event.figures)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def to_rdf(self, *, base: str = DEFAULT_BASE) -> Dataset:
        """An rdflib Dataset: one named graph per document, entities in a shared graph."""
        from kg.rdf import to_dataset

        return to_dataset(
            self.documents, self.entities, self.events, base=base, mentions=self.mentions
        )

    def to_networkx(self, *, flat: bool = False) -> nx.MultiDiGraph:
        """A directed multigraph: entities as nodes, events as edges (see :mod:`kg.network`).

        With ``flat=True`` every attribute is a flat scalar (:func:`kg.network.flat`),
        as ``nx.write_graphml``, ``nx.write_gexf`` and JSON need.
        """
        from kg import network

        graph = network.to_networkx(self.documents, self.entities, self.events)
        return network.flat(graph) if flat else graph

    def to_tables(self, *, base: str = DEFAULT_BASE) -> dict[str, list[dict[str, Any]]]:
        """The events, entities and figures as rows of plain values (see :mod:`kg.tables`)."""
        from kg import rdf, tables

        return tables.tables(
            rdf.quads(self.documents, self.entities, self.events, base=base, mentions=self.mentions)
        )

    def to_pandas(self, *, base: str = DEFAULT_BASE) -> dict[str, pandas.DataFrame]:
        """The events, entities and figures as pandas DataFrames (needs pandas).

        Raises:
            ImportError: pandas is not installed (pip install pandas).
        """
        from kg import tables

        return tables.to_pandas(self.to_tables(base=base))

    def to_html(self, path: str | Path | None = None, **options: Any) -> str:
        """The interactive view as one self-contained HTML page; written to ``path`` if given.

        ``options`` go to :func:`kg.view.render_html` (``max_nodes``, ``focus``, ``hops``).
        """
        from kg.view import render_html, write_html

        html = render_html(self.to_networkx(), **options)
        if path is not None:
            write_html(html, Path(path))
        return html

    def _repr_html_(self) -> str:
        # Jupyter shows the view inline, in an iframe so it keeps its own document.
        from kg.view import iframe_html

        return iframe_html(self.to_html())
