"""kg's lexicon: the words its rules read, kept apart from the rules.

One module per language (:mod:`kg.lang.en` for English). The extractor, the
gazetteer component, resolution and the scorer all read their word lists from
here, so a list is written once and none of them imports another to get it.
Tables that are long or edited by hand as data (demonyms, titles, ministries,
organisations) are JSON in ``kg/resources/names.json``, read by
:func:`kg.lang.en.name_tables`. Nothing here imports spaCy.
"""

__all__: list[str] = []
