"""Every spaCy factory kg provides, registered in one place.

Nothing is registered when a kg module is imported, except by
:mod:`kg.pipeline` itself, which calls :func:`register_factories` (importing
it is how a spaCy user asks for kg's components, as in the README). spaCy keeps
its own factories the same way (``spacy/pipeline/factories.py``).

- ``kg_article_layout``: starts a sentence at the edges of what is not the article
  (:mod:`kg.read.hygiene`), splitting a headline glued to the story's first word;
- ``kg_line_breaks``: starts a sentence after every line break;
- ``kg_gazetteer``: corrects place entities with the gazetteer (after ``ner``);
- ``kg_token_rules``: the attribute ruler's and the rule lemmatizer's work, from arrays
  (:mod:`kg.components.token_rules`);
- ``kg_events``: sets ``doc._.events`` and ``doc._.entity_mentions``.

A pipeline saved with ``nlp.to_disk`` loads with ``spacy.load`` in a fresh
interpreter: ``pyproject.toml`` names the ``make_*`` functions below under the
``spacy_factories`` entry points, through :mod:`kg.pipeline`, whose import
registers the factories (spaCy calls the entry point's function as the factory).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.article_layout import article_layout
from kg.components.events import ASSIGNS, REQUIRES, EventComponent
from kg.components.gazetteer import GazetteerComponent
from kg.components.line_breaks import line_breaks
from kg.components.token_rules import TokenRules

__all__ = [
    "make_article_layout",
    "make_event_component",
    "make_gazetteer_component",
    "make_line_breaks",
    "make_token_rules",
    "register_factories",
]

_registered = False


def register_factories() -> None:
    """Register kg's components with spaCy; calling it again does nothing."""
    global _registered
    if _registered:
        return
    Language.factory(
        "kg_article_layout",
        assigns=["token.is_sent_start"],
        func=make_article_layout,
    )
    Language.factory(
        "kg_line_breaks",
        assigns=["token.is_sent_start"],
        func=make_line_breaks,
    )
    Language.factory(
        "kg_gazetteer",
        default_config={"add_missed": True},
        requires=["doc.ents"],
        assigns=["doc.ents"],
        func=make_gazetteer_component,
    )
    Language.factory(
        "kg_token_rules",
        assigns=["token.pos", "token.morph", "token.lemma"],
        func=make_token_rules,
    )
    Language.factory(
        "kg_events",
        default_config={},
        requires=list(REQUIRES),
        assigns=list(ASSIGNS),
        func=make_event_component,
    )
    _registered = True


def make_article_layout(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The ``kg_article_layout`` factory."""
    return article_layout


def make_line_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The ``kg_line_breaks`` factory."""
    return line_breaks


def make_token_rules(nlp: Language, name: str) -> TokenRules:
    """The ``kg_token_rules`` factory: reads the (disabled) attribute ruler and lemmatizer."""
    names = set(nlp.component_names)
    return TokenRules(
        nlp.get_pipe("attribute_ruler") if "attribute_ruler" in names else None,
        nlp.get_pipe("lemmatizer") if "lemmatizer" in names else None,
    )


def make_gazetteer_component(
    nlp: Language, name: str, add_missed: bool = True
) -> GazetteerComponent:
    """The ``kg_gazetteer`` factory."""
    return GazetteerComponent(nlp, name, add_missed=add_missed)


def make_event_component(nlp: Language, name: str) -> EventComponent:
    """The ``kg_events`` factory."""
    return EventComponent()
