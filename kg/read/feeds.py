"""RSS and Atom feeds -> one document an item (feedparser).

An item's document has the item's title, date and link. Its text is the
item's full content when the feed carries it, else its summary, and then
the document says so (``summary_only``). With ``follow``, the page the item
links to is fetched and its article read instead (:mod:`kg.read.pages`); a
page that cannot be fetched leaves the feed's own text, with a warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import time
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from kg.errors import InputError
from kg.model import Document

__all__ = ["looks_like_feed", "read_feed"]

logger = logging.getLogger("kg")

_TAG = re.compile(r"<[a-zA-Z/!]")

#: Fetches and reads the page at a link; ``None`` when that fails (it warns).
FollowLink = Callable[[str, Document], Document | None]


def looks_like_feed(head: bytes) -> bool:
    """Whether the start of a file is an RSS or Atom feed.

    >>> looks_like_feed(b'<?xml version="1.0"?><rss version="2.0"><channel>')
    True
    >>> looks_like_feed(b"<html><body>")
    False
    """
    start = head[:2048].lstrip().lower()
    return b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start


def read_feed(
    content: bytes,
    *,
    origin: str,
    stem: str,
    follow: FollowLink | None = None,
) -> Iterator[Document]:
    """Yield a document for each item of the feed in ``content``.

    Args:
        content: The feed as fetched or read from a file.
        origin: Where it came from, for messages.
        stem: Prefix for the ids of items that have neither a link nor an id.
        follow: Called with each item's link to read the linked page instead.

    Raises:
        InputError: ``content`` is not a feed.
    """
    import feedparser

    parsed: Any = feedparser.parse(content)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        raise InputError(f"{origin}: not an RSS or Atom feed{detail}")
    extractor = f"feedparser {_feedparser_version()}"
    site = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        link = _clean(entry.get("link"))
        doc_id = link or _clean(entry.get("id")) or f"{stem}-{number}"
        full = [part.get("value", "") for part in entry.get("content", []) if part.get("value")]
        body = "\n\n".join(full) if full else entry.get("summary", "") or ""
        document = Document(
            id=doc_id,
            text=_body_text(body),
            title=_clean(entry.get("title")),
            date=_entry_date(entry),
            url=link,
            authors=tuple(
                name for a in entry.get("authors", []) if (name := _clean(a.get("name")))
            ),
            site=site,
            extractor=extractor,
            summary_only=not full,
        )
        if follow is not None and link:
            page = follow(link, document)
            if page is not None:
                yield dataclasses.replace(
                    page,
                    id=doc_id,
                    title=page.title or document.title,
                    date=page.date or document.date,
                    authors=page.authors or document.authors,
                    site=page.site or site,
                )
                continue
        if not document.text.strip():
            logger.warning("%s: item %d has no text, skipped", origin, number)
            continue
        yield document


def _body_text(body: str) -> str:
    from kg.read.markup import html_to_text

    # Feeds carry HTML, escaped or not; a plain-text body stays as it is.
    return html_to_text(body) if _TAG.search(body) else body.strip()


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if isinstance(stamp, time.struct_time):
            return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


@functools.cache
def _feedparser_version() -> str:
    try:
        return version("feedparser")
    except PackageNotFoundError:
        return "unknown"
