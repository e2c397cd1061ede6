"""Web archives (``.warc``, ``.warc.gz``) -> one document a distinct HTML page (FastWARC).

The archive is streamed record by record: memory holds one page at a time
(at most ``max_bytes`` of it) plus a fingerprint of every page seen, which
is how a page archived twice, under its URL or with the same content at
another URL, is read once. Only HTML responses with status 200 are pages;
requests, metadata, images, redirects and errors are passed over.

A page's id is its URL; its date is the one the page states, else the date
it was archived (WARC-Date).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document
from kg.read.pages import read_page

__all__ = ["is_warc", "read_warc"]

logger = logging.getLogger("kg")

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def is_warc(path: Path) -> bool:
    """Whether a file name is that of a web archive.

    >>> is_warc(Path("crawl-00001.warc.gz")), is_warc(Path("page.html"))
    (True, False)
    """
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def read_warc(path: Path, *, max_bytes: int = 5_000_000) -> Iterator[Document]:
    """Yield a document for each distinct HTML page archived in ``path``.

    Pages larger than ``max_bytes`` are passed over with a warning; duplicates
    are counted and reported in one warning at the end.

    Raises:
        InputError: The file cannot be opened or is not a web archive.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    urls: set[bytes] = set()
    contents: set[bytes] = set()
    duplicates = pages = 0
    try:
        stream = path.open("rb")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    with stream:
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response,
            parse_http=True,
            fsspec_args=False,
        )
        try:
            for record in records:
                if record.http_headers is None or record.http_headers.status_code != 200:
                    continue
                if (record.http_content_type or "").lower() not in _HTML_TYPES:
                    continue
                url = record.headers.get("WARC-Target-URI") or ""
                where = f"{path}, {url or 'a record without a URL'}"
                if record.content_length > max_bytes:
                    logger.warning("%s: larger than %s bytes, skipped", where, f"{max_bytes:,}")
                    continue
                content = record.reader.read()
                url_key = hashlib.sha1(url.encode("utf-8", "replace")).digest()
                content_key = hashlib.sha1(content).digest()
                if url and url_key in urls or content_key in contents:
                    duplicates += 1
                    continue
                urls.add(url_key)
                contents.add(content_key)
                archived = record.record_date
                document = read_page(
                    _decoded(content, record.http_charset),
                    doc_id=url or f"{path.name}-{pages + duplicates + 1}",
                    origin=where,
                    url=url or None,
                    date=archived.date() if archived is not None else None,
                    retrieved_at=archived,
                )
                pages += 1
                if document is not None:
                    yield document
        except (ValueError, OSError) as error:
            raise InputError(f"{path}: not a readable web archive ({error})") from None
    if pages == 0 and duplicates == 0:
        logger.warning("%s: no HTML page in the archive", path)
    if duplicates:
        logger.warning(
            "%s: %d duplicate page%s skipped (same URL or same content as an earlier one)",
            path,
            duplicates,
            "" if duplicates == 1 else "s",
        )


def _decoded(content: bytes, charset: str | None) -> str:
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return content.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    return content.decode("cp1252", "replace")
