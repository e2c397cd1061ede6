"""Reading documents: text and markdown files, folders, JSON lines, stdin, strings.

Documents are read lazily, one at a time, so a corpus never has to fit in
memory. Text is kept exactly as read (after decoding and normalising line
ends) because every offset in the graph points into it.

What happens to awkward input (``docs/errors.md`` has the full table):

- A path that does not exist, a binary file, a JSON line that does not parse
  or has no ``text``, two different documents with one id: :class:`InputError`
  naming the file (and the line).
- In a folder, files that are not text are skipped with a warning, and so are
  unreadable files and bad JSON lines: one bad file does not stop a corpus.
- Text that is not UTF-8 is decoded (Windows-1252 for mostly-ASCII text, else
  the encoding charset-normalizer finds) with a warning, or refused.
- Empty and whitespace-only documents are skipped with a warning.
- HTML pages are read as news: the article's text with its title, date,
  authors and site (:mod:`kg.read.pages`); offsets point into that text, which
  is what the graph stores as the document's text. A page with no article
  found is converted whole, with a warning.
- RSS/Atom feeds (``.rss``, ``.atom``, ``.xml``) give a document an item, web
  archives (``.warc``, ``.warc.gz``) one a distinct HTML page, and
  :class:`kg.read.URL` sources are fetched (:mod:`kg.read`).
- A document in another language than the one asked for (English unless
  :class:`kg.read.ReadOptions` says otherwise) is skipped with a warning, or
  refused when it was named on its own (a file, a text, a URL, stdin).
- The same document given twice (same id, same text) is read once.
- A gzipped file (``page.html.gz``, ``items.jsonl.gz``) is read as the file it
  holds, named without either suffix; one that unpacks to more than 256 MB is
  refused.

Warnings go to the ``kg`` logger; the CLI prints them on stderr.

>>> [d.id for d in read_documents(["Kharkiv was shelled on Monday."])]
['text-13940f002925']
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import gzip
import hashlib
import io
import json
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.errors import InputError
from kg.model import Document
from kg.read import URL, ReadOptions
from kg.read.hygiene import title_of
from kg.read.markup import html_to_text

if TYPE_CHECKING:
    from kg.read.web import Fetcher

__all__ = [
    "FEED_SUFFIXES",
    "HTML_SUFFIXES",
    "OUTPUT_FOLDER_MARKER",
    "OUTPUT_MARKER",
    "TEXT_SUFFIXES",
    "check_sources",
    "html_to_text",
    "looks_like_html",
    "parse_date",
    "read_documents",
]

logger = logging.getLogger("kg")

#: File suffixes read as plain text.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
#: File suffixes read as HTML and converted to text.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_JSON_SUFFIXES = frozenset({".json"})
#: File suffixes read as RSS or Atom feeds (an ``.xml`` file only when it is one).
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml", ".rdf"})
# Files that hold many documents: one in another language is skipped, not refused.
_COLLECTION_SUFFIXES = _JSONL_SUFFIXES | _JSON_SUFFIXES | FEED_SUFFIXES

Source = str | os.PathLike[str] | Document | URL

#: The line kg puts near the top of every page it writes (``graph.html``): a
#: file that holds it is kg's own output and is never read back as an article.
OUTPUT_MARKER = '<meta name="generator" content="kg">'
#: The file that marks a folder as kg's output (``--out``) or store: reading a
#: folder skips every folder that holds one, so a build never reads what kg wrote.
OUTPUT_FOLDER_MARKER = ".kg-output"
# A store folder is marked by its lock file (kg.store.local) and its database.
_STORE_MARKERS = ("kg.lock", "CURRENT")

# Enough of a file to tell text from binary without reading it twice.
_SNIFF = 8192

# Signatures of the binary formats people most often mistake for text.
_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx/.odt file)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"{\\rtf": "an RTF file",
    b"\x7fELF": "a program",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_documents(
    sources: Iterable[Source],
    *,
    stdin: IO[str] | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Document]:
    """Yield the documents in ``sources``, in order.

    Args:
        sources: Each one is a :class:`~kg.model.Document`; a path (``os.PathLike``)
            to a text/markdown/HTML file, a ``.jsonl`` or ``.json`` file or a folder
            (read recursively, files in sorted order, hidden ones skipped); the path
            ``-`` for standard input; a :class:`kg.read.URL` to fetch; or a ``str``,
            which is always the text of a document (never a path nor an address:
            text from outside must not read local files; a string that names an
            existing path gets a warning). Paths may also be feeds and web archives.
        stdin: Where ``-`` reads from; defaults to ``sys.stdin``.
        options: The language expected, and how pages are fetched (the defaults
            of :class:`kg.read.ReadOptions` when ``None``).

    Raises:
        InputError: A path that does not exist, a file that is not text, a bad
            JSON line, two different documents with the same id, or a document
            named on its own in another language than ``options.language``. The
            message names the file, and the line for JSON lines.
    """
    seen: dict[str, tuple[str, str]] = {}
    reading = _Reading(options or ReadOptions())
    try:
        for source in sources:
            for document, origin in _documents_from(source, stdin, reading):
                checked = _checked(document, origin)
                if checked is not None:
                    checked = reading.in_language(checked, origin, alone=_names_one(source))
                if checked is None:
                    continue
                first = seen.get(checked.id)
                if first is not None:
                    first_origin, first_digest = first
                    if first_digest == _digest(checked.text):
                        logger.warning(
                            "%s: same document as %s (id %r); read once",
                            origin,
                            first_origin,
                            checked.id,
                        )
                        continue
                    raise InputError(
                        f"{origin}: duplicate document id {checked.id!r} (first seen in "
                        f"{first_origin}); give each document a unique id"
                    )
                seen[checked.id] = (origin, _digest(checked.text))
                yield checked
    finally:
        reading.close()


def check_sources(sources: Iterable[Source]) -> None:
    """Raise for the first path in ``sources`` that does not exist, before any slow work.

    :func:`read_documents` finds the same problem, but only when it reaches the
    path, after the model has loaded and earlier documents were parsed.

    Raises:
        InputError: A path that does not exist (or a link to nothing), or a
            device or socket where a file was expected.
    """
    for source in sources:
        if isinstance(source, os.PathLike) and str(source) != "-":
            path = Path(source)
            kind = _special_kind(path)
            if kind is not None and kind != "a named pipe (FIFO)":
                raise InputError(
                    f"{path}: is {kind}, not a file; name a file, or pipe text into `-`"
                )
            if not path.exists():
                if path.is_symlink():
                    raise InputError(
                        f"{path}: a link to a file that does not exist; fix or remove the link"
                    )
                raise InputError(f"{path}: no such file or folder; check the path")


def parse_date(value: str, *, where: str = "date") -> dt.date:
    """An ISO date (``2022-02-25``, or the date part of an ISO timestamp).

    >>> parse_date("2022-02-25T08:00:00Z")
    datetime.date(2022, 2, 25)
    """
    try:
        return dt.date.fromisoformat(value[:10])
    except (ValueError, TypeError):
        raise InputError(f"{where}: {value!r} is not an ISO date such as 2022-02-25") from None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than prose that mentions a tag.

    >>> looks_like_html("<html><body><p>Kyiv</p></body></html>")
    True
    >>> looks_like_html("The <b> tag was mentioned once.")
    False
    """
    head = text[:1024].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    tags = _HTML_TAG.findall(text, 0, 200_000)
    return len(tags) >= 3 and any(tag.startswith("</") for tag in tags)


# --------------------------------------------------------------------------- sources


def _names_existing_path(text: str) -> bool:
    # `kg.build(["data/articles"])` probably meant the folder: worth a warning.
    if not text or "\n" in text or len(text) > 4096:
        return False
    try:
        return Path(text).exists()
    except (OSError, ValueError):
        return False


def _documents_from(
    source: Source, stdin: IO[str] | None, reading: _Reading
) -> Iterator[tuple[Document, str]]:
    if isinstance(source, Document):
        yield source, f"document {source.id!r}"
    elif isinstance(source, URL):
        yield from reading.from_url(source.address)
    elif isinstance(source, str):
        if _names_existing_path(source):
            # Text from outside must never pull in local files, so a string stays text.
            logger.warning(
                "%r was read as article text; pass pathlib.Path(%r) to read that path",
                source,
                source,
            )
        yield _text_document(source), "text argument"
    elif isinstance(source, os.PathLike):
        path = Path(source)
        if str(path) == "-":
            yield from _from_stream(stdin if stdin is not None else sys.stdin)
        elif path.is_dir():
            yield from _from_folder(path, reading)
        elif path.exists():
            yield from _from_file(path, doc_id=_stem(path), strict=True, reading=reading)
        elif path.is_symlink():
            raise InputError(
                f"{path}: a link to a file that does not exist; fix or remove the link"
            )
        else:
            raise InputError(f"{path}: no such file or folder; check the path")
    else:
        raise InputError(
            f"cannot read documents from a {type(source).__name__}; "
            "pass text (str), a path (pathlib.Path), a kg.read.URL or a kg.Document"
        )


def _names_one(source: Source) -> bool:
    """Whether ``source`` is one document named on its own (not a folder or a collection)."""
    if isinstance(source, os.PathLike) and str(source) != "-":
        path = Path(source)
        if path.is_dir() or path.suffix.lower() in _COLLECTION_SUFFIXES:
            return False
        from kg.read.warc import is_warc

        return not is_warc(path)
    return True


class _Reading:
    """What a run of :func:`read_documents` shares: its options and one page fetcher."""

    def __init__(self, options: ReadOptions) -> None:
        self.options = options
        self._fetcher: Fetcher | None = None

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from kg.read.web import Fetcher

            self._fetcher = Fetcher(self.options.fetch)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def in_language(self, document: Document, origin: str, *, alone: bool) -> Document | None:
        """The document with its language noted, or None to skip it (with a warning).

        Raises:
            InputError: ``alone`` and the document is in another language than asked for.
        """
        from kg.read.language import detect_language

        found = document.language or detect_language(document.text)
        if found is not None and document.language is None:
            document = dataclasses.replace(document, language=found)
        wanted = self.options.language
        if wanted is None or found is None or _primary(found) == _primary(wanted):
            return document
        problem = (
            f"{origin}: written in {_language_name(found)}, not {_language_name(wanted)}, "
            f"which the model reads; --lang {found} (or any) reads it anyway"
        )
        if alone:
            raise InputError(problem)
        logger.warning("%s; skipped", problem)
        return None

    def from_url(self, address: str) -> Iterator[tuple[Document, str]]:
        """The documents at a URL: a page's article, or a feed's items; warns on failure."""
        from kg.read.web import FetchError

        try:
            page = self.fetcher().fetch(address)
        except FetchError as error:
            logger.warning("%s (skipped)", error)
            return
        yield from self._from_fetched(page, origin=address)

    def follow(self, link: str, item: Document) -> Document | None:
        """The article a feed item links to, or None (with a warning) when it cannot be had."""
        from kg.read.web import FetchError

        try:
            page = self.fetcher().fetch(link)
        except FetchError as error:
            logger.warning("%s; the feed's own text is read instead", error)
            return None
        from kg.read.pages import read_page

        return read_page(
            page.content.decode(page.charset or "utf-8", "replace"),
            doc_id=item.id,
            origin=link,
            url=page.url,
            date=item.date,
            retrieved_at=page.retrieved_at,
        )

    def _from_fetched(self, page: Any, *, origin: str) -> Iterator[tuple[Document, str]]:
        from kg.read.feeds import looks_like_feed
        from kg.read.pages import read_page

        media = page.content_type
        if (
            "rss" in media
            or "atom" in media
            or (media.endswith("xml") and looks_like_feed(page.content))
        ):
            yield from self.from_feed(page.content, origin=origin, stem=_slug(page.url))
            return
        try:
            text = _decode_declared(page.content, page.charset) or _decode_bytes(
                page.content, origin
            )
        except InputError as error:
            logger.warning("%s (skipped)", error)
            return
        if media in ("text/html", "application/xhtml+xml") or looks_like_html(text):
            document = read_page(
                text,
                doc_id=page.url,
                origin=origin,
                url=page.url,
                retrieved_at=page.retrieved_at,
            )
            if document is not None:
                if page.url != page.requested and document.retrieved_from is None:
                    document = dataclasses.replace(document, retrieved_from=page.requested)
                yield document, origin
        elif media.startswith("text/"):
            yield (
                Document(
                    id=page.url,
                    text=text,
                    title=_headline(text),
                    url=page.url,
                    retrieved_at=page.retrieved_at,
                ),
                origin,
            )
        else:
            logger.warning("%s: %s is neither a page nor a feed, skipped", origin, media)

    def from_feed(
        self, content: bytes, *, origin: str, stem: str
    ) -> Iterator[tuple[Document, str]]:
        from kg.read.feeds import read_feed

        follow = self.follow if self.options.follow else None
        for document in read_feed(content, origin=origin, stem=stem, follow=follow):
            yield document, f"{origin}, item {document.id}"


def _primary(language: str) -> str:
    return language.lower().replace("_", "-").split("-", 1)[0]


def _language_name(code: str) -> str:
    name = _LANGUAGE_NAMES.get(_primary(code))
    return f"{name} ({code})" if name else repr(code)


_LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "tr": "Turkish", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "bn": "Bengali", "hi": "Hindi", "fa": "Persian", "he": "Hebrew", "el": "Greek",
}  # fmt: skip


def _decode_declared(raw: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return _normalise_newlines(raw.decode(charset))
    except (UnicodeDecodeError, LookupError):
        return None


def _slug(url: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", url).strip("-")[:80] or "feed"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _text_document(text: str) -> Document:
    return Document(id=f"text-{_digest(text)[:12]}", text=_normalise_newlines(text))


def _from_stream(stream: IO[str] | None) -> Iterator[tuple[Document, str]]:
    if stream is None:
        # Python sets sys.stdin to None when file descriptor 0 is closed.
        raise InputError("stdin is closed; pipe documents into `kg build -` or name files")
    binary = getattr(stream, "buffer", None)
    try:
        raw = binary.read() if binary is not None else None
        text = _decode_bytes(raw, "stdin") if raw is not None else stream.read()
    except (OSError, ValueError) as error:
        if isinstance(error, InputError):
            raise
        raise InputError(
            f"stdin cannot be read ({error}); pipe documents in or name files"
        ) from None
    text = _normalise_newlines(text).removeprefix("\ufeff")
    if not text.strip():
        logger.warning("stdin: empty, no document read")
        return
    if OUTPUT_MARKER in text[:4096]:
        logger.warning("stdin: skipped, a page kg wrote; kg never reads its own outputs")
        return
    if _looks_like_jsonl(text):
        yield from _from_jsonl_lines(text, origin="stdin", stem="stdin", strict=True)
    else:
        # A page's headline is found when the page is read, not on its first line.
        title = None if looks_like_html(text) else _headline(text)
        yield Document(id="stdin", text=text, title=title), "stdin"


def _from_folder(folder: Path, reading: _Reading) -> Iterator[tuple[Document, str]]:
    def unreadable(error: OSError) -> None:
        logger.warning("%s: skipped, cannot be read (%s)", error.filename, error.strerror)

    files: list[Path] = []
    # os.walk does not follow links to folders, so a link loop cannot trap it.
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        if _is_output_folder(Path(root), names):
            logger.warning(
                "%s: skipped, a folder kg wrote (its output or store); kg never reads its own"
                " outputs",
                root,
            )
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(root, name) for name in names if not name.startswith("."))
    from kg.read.warc import is_warc

    readable = TEXT_SUFFIXES | HTML_SUFFIXES | _JSONL_SUFFIXES | _JSON_SUFFIXES | FEED_SUFFIXES
    for path in sorted(files):
        if _suffix(path) not in readable and not is_warc(path):
            logger.warning(
                "%s: skipped, not a text, markdown, HTML, JSON lines, feed or web archive file"
                " (or one of them gzipped)",
                path,
            )
            continue
        kind = _special_kind(path)
        if kind is not None:
            # Opening a pipe with no writer, or a device, would wait or read forever.
            logger.warning("%s: skipped, %s, not a regular file", path, kind)
            continue
        doc_id = (path.parent / _stem(path)).relative_to(folder).as_posix()
        try:
            yield from _from_file(path, doc_id=doc_id, strict=False, reading=reading)
        except InputError as error:
            # One bad file in a folder should not stop the rest of the corpus.
            logger.warning("%s (skipped)", error)


def _is_output_folder(folder: Path, names: list[str]) -> bool:
    if OUTPUT_FOLDER_MARKER in names:
        return True
    return all(marker in names for marker in _STORE_MARKERS)


def _special_kind(path: Path) -> str | None:
    """What ``path`` is when it is not a regular file (a pipe, a socket, a device), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # reading it says why
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _from_file(
    path: Path, *, doc_id: str, strict: bool, reading: _Reading
) -> Iterator[tuple[Document, str]]:
    from kg.read.warc import is_warc, read_warc

    kind = _special_kind(path)
    if kind is not None and kind != "a named pipe (FIFO)":
        # A pipe named on the command line is read once, like stdin; a device
        # (/dev/zero, a terminal) or a socket is no document.
        raise InputError(f"{path}: is {kind}, not a file; name a file, or pipe text into `-`")
    suffix = _suffix(path)
    if is_warc(path):
        for archived in read_warc(path, max_bytes=reading.options.fetch.max_bytes):
            yield archived, f"{path}, {archived.id}"
        return
    if suffix in FEED_SUFFIXES:
        from kg.read.feeds import looks_like_feed

        raw = _read_bytes(path)
        if not looks_like_feed(raw):
            raise InputError(f"{path}: not an RSS or Atom feed; kg reads XML only as a feed")
        yield from reading.from_feed(raw, origin=str(path), stem=doc_id)
        return
    text = _decode(path)
    if OUTPUT_MARKER in text[:4096]:
        logger.warning("%s: skipped, a page kg wrote; kg never reads its own outputs", path)
        return
    if suffix in _JSONL_SUFFIXES:
        yield from _from_jsonl_lines(text, origin=str(path), stem=doc_id, strict=strict)
    elif suffix in _JSON_SUFFIXES:
        yield from _from_json(text, origin=str(path), stem=doc_id)
    elif suffix in HTML_SUFFIXES:
        from kg.read.pages import read_page

        page = read_page(text, doc_id=doc_id, origin=str(path))
        if page is None:
            logger.warning("%s: no text in the page, skipped", path)
        else:
            yield page, str(path)
    else:
        yield Document(id=doc_id, text=text, title=_headline(text)), str(path)


# --------------------------------------------------------------------------- decoding


def _decode(path: Path) -> str:
    return _decode_bytes(_read_bytes(path), str(path))


#: A gzipped file (``page.html.gz``, ``items.jsonl.gz``) is read as the file it holds.
_GZIP = ".gz"
#: The most a gzipped file may unpack to: a few kilobytes can unpack to gigabytes.
_GZIP_LIMIT = 256_000_000


def _suffix(path: Path) -> str:
    """The suffix a file is read by: a gzipped file's is that of the file it holds."""
    name = path.name.lower()
    return Path(name.removesuffix(_GZIP)).suffix if name.endswith(_GZIP) else path.suffix.lower()


def _stem(path: Path) -> str:
    """A file's name without its suffix, a gzipped file's without both ("a.html.gz": "a")."""
    inner = Path(path.name[: -len(_GZIP)]) if path.name.lower().endswith(_GZIP) else path
    return inner.stem


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder where a file was expected") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if path.name.lower().endswith(_GZIP) and raw.startswith(b"\x1f\x8b"):
        return _gunzipped(raw, path)
    return raw


def _gunzipped(raw: bytes, path: Path) -> bytes:
    # Read one byte past the limit, so that a file that unpacks to more is refused
    # without ever holding it whole.
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as unpacked:
            data = unpacked.read(_GZIP_LIMIT + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise InputError(f"{path}: a damaged gzip file ({error}); unpack it to see") from None
    if len(data) > _GZIP_LIMIT:
        raise InputError(
            f"{path}: unpacks to more than {_GZIP_LIMIT // 1_000_000} MB; unpack it and split it"
        )
    return data


def _decode_bytes(raw: bytes, where: str) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _normalise_newlines(raw.decode(encoding).removeprefix("\ufeff"))
            except UnicodeDecodeError:
                raise InputError(
                    f"{where}: starts like {encoding.upper()} text but does not decode; "
                    "convert it to UTF-8"
                ) from None
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            advice = (
                "name it with a .gz ending (page.html.gz) and kg unpacks it"
                if magic == b"\x1f\x8b"
                else "convert it to plain text"
            )
            raise InputError(f"{where}: looks like {kind}, not text; {advice}")
    if b"\x00" in raw[:_SNIFF]:
        raise InputError(f"{where}: looks like a binary file, not text; convert it to plain text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_guess(raw, where)
    if _mostly_control(text[:_SNIFF]):
        raise InputError(f"{where}: looks like a binary file, not text; convert it to plain text")
    return _normalise_newlines(text)


def _decode_guess(raw: bytes, where: str) -> str:
    # Western news saved on Windows is the usual culprit: mostly ASCII with a
    # few accented letters and curly quotes. charset-normalizer guesses badly
    # on short samples of it, so try Windows-1252 first when the text is
    # nearly all ASCII; anything else (Cyrillic, Greek, CJK in legacy code
    # pages) goes to charset-normalizer.
    non_ascii = sum(byte >= 0x80 for byte in raw[:65536])
    if non_ascii <= 0.1 * min(len(raw), 65536):
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            logger.warning("%s: not UTF-8, read as Windows-1252 (cp1252)", where)
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(f"{where}: not UTF-8 and no other text encoding fits; convert it to UTF-8")
    logger.warning("%s: not UTF-8, read as %s", where, best.encoding)
    return str(best)


def _mostly_control(text: str) -> bool:
    if not text:
        return False
    control = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    return control > 0.05 * len(text)


def _normalise_newlines(text: str) -> str:
    # Offsets must mean the same on every platform: one newline character.
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- JSON


# A file in a folder whose every line is skipped (an annotation file with no article
# text) is told about in a few lines, then counted, not once per line.
_SKIPPED_LINES_SHOWN = 3


def _looks_like_jsonl(text: str) -> bool:
    return text.lstrip().startswith("{")


def _from_jsonl_lines(
    text: str, *, origin: str, stem: str, strict: bool
) -> Iterator[tuple[Document, str]]:
    lines = text.split("\n")
    ends_cut = not text.endswith("\n")
    skipped = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}, line {number}"
        try:
            try:
                record: Any = _json_loads(line)
            except json.JSONDecodeError as error:
                hint = (
                    "; the input seems cut short"
                    if ends_cut and number == len(lines)
                    else "; each line must be one JSON object"
                )
                raise InputError(f"{where}: not valid JSON ({error.msg}){hint}") from None
            yield _record_document(record, where=where, default_id=f"{stem}-{number}"), where
        except InputError as error:
            if strict:
                raise
            skipped += 1
            if skipped <= _SKIPPED_LINES_SHOWN:
                logger.warning("%s (line skipped)", error)
    if skipped > _SKIPPED_LINES_SHOWN:
        more = skipped - _SKIPPED_LINES_SHOWN
        logger.warning("%s: %d more lines skipped, %d in all", origin, more, skipped)


def _from_json(text: str, *, origin: str, stem: str) -> Iterator[tuple[Document, str]]:
    try:
        data: Any = _json_loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{origin}, line {error.lineno}: not valid JSON ({error.msg})") from None
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        where = f"{origin}, item {number}"
        yield _record_document(record, where=where, default_id=f"{stem}-{number}"), where


def _json_loads(text: str) -> Any:
    """``json.loads``, with nesting too deep for the decoder as one more JSON error."""
    try:
        return json.loads(text)
    except RecursionError:
        # The C decoder counts its depth and stops cleanly; no news record nests this deep.
        position = len(text) - len(text.lstrip())
        raise json.JSONDecodeError("nested too deeply", text, position) from None


def _record_document(record: Any, *, where: str, default_id: str) -> Document:
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with a 'text' field")
    if "text" not in record:
        raise InputError(f"{where}: no 'text' field; each record needs the article text")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' should be a string, not {_json_type(text)}")
    raw_id = record.get("id")
    # A JSON true/false is a bool, which Python counts as an int: refuse it by name.
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        raise InputError(f"{where}: 'id' should be a string, not {_json_type(raw_id)}")
    doc_id = str(raw_id).strip() if raw_id is not None else ""
    date = _optional_str(record, "date", where)
    return Document(
        id=doc_id or default_id,
        text=_normalise_newlines(text),
        title=_optional_str(record, "title", where)
        or (None if looks_like_html(text) else _headline(text)),
        date=parse_date(date, where=f"{where}, date") if date else None,
        url=_optional_str(record, "url", where),
    )


def _optional_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{where}: {key!r} should be a string, not {_json_type(value)}")


def _json_type(value: Any) -> str:
    names = {
        dict: "an object",
        list: "an array",
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
    }
    return names.get(type(value), "null" if value is None else type(value).__name__)


# --------------------------------------------------------------------------- checks


def _checked(document: Document, origin: str) -> Document | None:
    """The document as the pipeline should see it, or None to skip it (with a warning)."""
    text = document.text
    if not text.strip():
        logger.warning("%s: empty document, skipped", origin)
        return None
    if _LONE_SURROGATE.search(text):
        # JSON may escape half a character ("\ud800"); it cannot be written as
        # UTF-8. One replacement character for one code point keeps offsets.
        logger.warning("%s: broken characters (lone surrogates) replaced with U+FFFD", origin)
        text = _LONE_SURROGATE.sub("\ufffd", text)
    if looks_like_html(text) and document.extractor is None:
        from kg.read.pages import read_page

        logger.warning("%s: looks like HTML; read as a news page", origin)
        page = read_page(text, doc_id=document.id, origin=origin, url=document.url)
        if page is None:
            logger.warning("%s: no text left after removing the HTML markup, skipped", origin)
            return None
        # What the record said about itself beats what the page says.
        document = dataclasses.replace(
            page,
            title=document.title or page.title,
            date=document.date or page.date,
            url=document.url or page.url,
        )
        text = document.text
    fields = {
        name: _LONE_SURROGATE.sub("\ufffd", value)
        for name in ("id", "title", "url")
        if isinstance(value := getattr(document, name), str) and _LONE_SURROGATE.search(value)
    }
    if fields:
        logger.warning("%s: broken characters in its %s replaced", origin, " and ".join(fields))
    if text is document.text and not fields:
        return document
    return dataclasses.replace(
        document,
        text=text,
        id=fields.get("id", document.id),
        title=fields.get("title", document.title),
        url=fields.get("url", document.url),
    )


def _headline(text: str) -> str | None:
    # The headline line, past navigation and page furniture (kg.read.hygiene).
    title = title_of(text)
    return title if title is None or len(title) <= 300 else None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

_HTML_TAG = re.compile(
    r"</?(?:html|head|body|p|div|span|a|br|hr|script|style|h[1-6]|ul|ol|li|table|tr|td|th"
    r"|article|section|header|footer|nav|main|aside|figure|figcaption|img|meta|link|title"
    r"|strong|em|b|i|u|blockquote|pre|code|time|iframe|form|input|button)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
