"""Reading news as it arrives: article pages, feeds, web archives and URLs.

:mod:`kg.inputs` reads files, folders, JSON lines and text; it hands what is
not plain text to the readers here:

- :func:`~kg.read.pages.read_page`: a saved or fetched HTML page -> the
  article's text and its title, date, authors, site, canonical URL
  (trafilatura and htmldate), with kg's own tag stripper as the fallback;
- :func:`~kg.read.feeds.read_feed`: an RSS or Atom feed -> one document an item;
- :func:`~kg.read.warc.read_warc`: a ``.warc`` / ``.warc.gz`` web archive -> one
  document a distinct HTML page, streamed;
- :class:`~kg.read.web.Fetcher`: pages and feeds over HTTP(S), politely and safely;
- :func:`~kg.read.language.detect_language`: the language of a text;
- :func:`~kg.read.hygiene.layout`: a text's title and what in it is not the
  article (navigation, datelines, captions, related links ...), by offsets.

The heavy libraries load when a reader first needs them, so ``import kg``
stays light. This module holds the two small records a caller passes in.

>>> URL("https://example.org/news/1")
URL(address='https://example.org/news/1')
>>> ReadOptions().language
'en'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["FetchOptions", "ReadOptions", "URL", "is_url"]


@dataclass(frozen=True, slots=True)
class URL:
    """A web page (or feed) to fetch and read, as a source for :func:`kg.build`.

    A plain ``str`` source is always article text, never an address: wrap
    addresses in this record to have them fetched.
    """

    address: str


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How pages are fetched over HTTP(S).

    Attributes:
        timeout: Seconds to wait for the server at each step (connect, each read),
            and for the whole answer to one request.
        max_bytes: Largest body read; a larger page is refused.
        max_redirects: Redirects followed before giving up.
        allow_hosts: Addresses (``127.0.0.1``) or host names allowed even though
            they are private or loopback; every other such address is refused.
        robots: Obey each site's robots.txt.
        cache: Folder that keeps fetched pages by URL; ``None`` for no cache.
        user_agent: Sent with every request; names kg.
    """

    timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_hosts: frozenset[str] = frozenset()
    robots: bool = True
    cache: Path | None = None
    user_agent: str = "kg/0.1 (news knowledge-graph builder; +https://w3id.org/kg-news)"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How documents are read, beyond what their files say.

    Attributes:
        language: The language the documents must be in (a code such as
            ``"en"``: the model's); a document in another language is skipped
            with a warning, or refused when it was named on its own. ``None``
            reads every language.
        follow: Fetch the page each feed item links to and read the article
            from it, instead of the feed's own text.
        fetch: How pages are fetched (URLs and ``follow``).
    """

    language: str | None = "en"
    follow: bool = False
    fetch: FetchOptions = field(default_factory=FetchOptions)


def is_url(text: str) -> bool:
    """Whether a command-line argument is a web address rather than a path.

    >>> is_url("https://example.org/a"), is_url("data/articles")
    (True, False)
    """
    return text.lower().startswith(("http://", "https://"))
