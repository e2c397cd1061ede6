"""Every spaCy factory kg provides, registered in one place.

Nothing is registered when a kg module is imported, except by
:mod:`kg.pipeline` itself, which calls :func:`register_factories` (importing
it is how a spaCy user asks for kg's components, as in the README). spaCy keeps
its own factories the same way (``spacy/pipeline/factories.py``).

- ``kg_line_breaks``: starts a sentence after every line break;
- ``kg_gazetteer``: corrects place entities with the gazetteer (after ``ner``);
- ``kg_events``: sets ``doc._.events`` and ``doc._.entity_mentions``.
"""

from __future__ import annotations

from spacy.language import Language

from kg.components.events import EventComponent
from kg.components.gazetteer import GazetteerComponent
from kg.components.line_breaks import line_breaks

__all__ = ["register_factories"]

_registered = False


def register_factories() -> None:
    """Register kg's components with spaCy; calling it again does nothing."""
    global _registered
    if _registered:
        return
    Language.component("kg_line_breaks", func=line_breaks)
    Language.factory(
        "kg_gazetteer",
        default_config={"add_missed": True},
        requires=["doc.ents"],
        assigns=["doc.ents"],
        func=_make_gazetteer_component,
    )
    Language.factory("kg_events", default_config={}, func=_make_event_component)
    _registered = True


def _make_gazetteer_component(nlp: Language, name: str, add_missed: bool) -> GazetteerComponent:
    return GazetteerComponent(nlp, name, add_missed=add_missed)


def _make_event_component(nlp: Language, name: str) -> EventComponent:
    return EventComponent()
