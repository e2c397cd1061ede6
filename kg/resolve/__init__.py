"""Entity resolution: one entity per real-world actor or place, across documents.

Extraction leaves spans of text in the events ("Putin", "the Russian Defense
Ministry", "its forces", "the capital"); resolution decides which entity each
one names and fills in :attr:`kg.model.Argument.entity`. The rules, in the
order they are tried, are described in ``docs/entities.md``; in short:

- junk (acronyms read as names, bare demonyms, text with no letters) names nothing;
- pronouns and definite descriptions ("he", "its forces", "the ministry",
  "the capital", "the same source") point back, by offsets inside the
  document, to the nearest compatible entity already seen;
- unnamed speakers ("an American official") become one Person per document
  and description ("US official");
- demonym + force nouns ("Russian forces", "the Ukrainian army") become Groups
  linked to their country; ministries and well-known organisations get one
  canonical name;
- names lose their titles ("Russian President Vladimir Putin" -> Vladimir
  Putin, role president), a surname joins the full name it belongs to, and
  places are looked up in the gazetteer (Kiev and Kyiv are one place).

Resolution streams: :class:`EntityIndex` takes one :class:`~kg.model.Extraction`
at a time; :func:`resolve` is the convenience wrapper for a whole corpus.

The package follows the data flow. :mod:`kg.resolve.index` keeps the clusters
(one per entity) and turns them into entities; :mod:`kg.resolve._document`
walks one document's spans; :mod:`kg.resolve._rules` declares the rules in the
order they are tried, each a small function over one span, built from the
namers in ``_spans`` (which span an argument is about), ``_references``
(pronouns, descriptions, unnamed speakers), ``_bodies`` (organisations,
ministries, groups) and ``_names`` (people and places); ``_text`` holds the
text helpers and name tables they share.

>>> from kg.model import Argument, Document, Extraction
>>> doc = Document(id="d1", text="Vladimir Putin spoke. Putin left Kiev.")
>>> ext = Extraction(doc, (), (Argument("Vladimir Putin", 0, 14, "PERSON"),
...                           Argument("Putin", 22, 27, "PERSON"),
...                           Argument("Kiev", 33, 37, "GPE")))
>>> entities, _ = resolve([ext])
>>> [(e.id, e.mentions) for e in entities]
[('person/vladimir-putin', 2), ('place/kyiv', 1), ('place/ukraine', 0)]

Places point to their country (``Entity.country``), which is emitted as an
entity even when the text never names it.
"""

from kg.resolve._relink import relink
from kg.resolve._text import slug
from kg.resolve.index import EntityIndex, resolve

__all__ = ["EntityIndex", "relink", "resolve", "slug"]
