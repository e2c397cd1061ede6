"""kg's spaCy components, as plain classes and functions.

- :mod:`kg.components.line_breaks`: ``kg_line_breaks``, sentence starts at line breaks;
- :mod:`kg.components.gazetteer`: ``kg_gazetteer``, place entities fixed with the gazetteer;
- :mod:`kg.components.events`: ``kg_events``, events and mentions on ``doc._``;
- :mod:`kg.components.factories`: :func:`register_factories`, the one place they are
  registered with spaCy (:mod:`kg.pipeline` calls it; importing these modules does not).
"""

__all__: list[str] = []
