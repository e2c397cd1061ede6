"""A news page -> the article: its text and what the page says about it.

trafilatura finds the article's body among menus, cookie banners, related
links and footers, and reads the page's metadata (title, authors, site name,
canonical URL, and the publication date through htmldate). A page where it
finds no article is read whole by kg's own converter
(:func:`kg.read.markup.html_to_text`), with a warning.

The document's ``text`` is the article as extracted, one paragraph a block
separated by a blank line; every offset in the graph points into it.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import logging
import re
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

from kg.model import Document

__all__ = ["read_page", "clean_title"]

logger = logging.getLogger("kg")

# What a page puts between its headline and its site's name.
_TITLE_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022/]{1,2}\s+")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")

# Page furniture that trafilatura may keep inside an article's container, found by
# the class or id names sites give it across the web: disclosures, calls to act,
# newsletter and subscription prompts, promotions and sponsored boxes.
_FURNITURE = ("disclosure", "newsletter", "signup", "sign-up", "subscribe", "promo", "sponsor")
_PRUNE = [f"//*[contains(@class, '{name}') or contains(@id, '{name}')]" for name in _FURNITURE] + [
    "//*[contains(@class, '-cta') or contains(@class, 'cta-') or contains(@class, '_cta')]"
]

# A short paragraph inviting the reader to a newsletter is furniture whatever its markup.
_NEWSLETTER_PROMPT = re.compile(
    r"\bnewsletter\b.*\b(sign(ing)?[ -]up|subscribe|inbox|never miss)\b"
    r"|\b(sign(ing)?[ -]up|subscribe|never miss)\b.*\bnewsletter\b",
    re.IGNORECASE,
)
_PROMPT_WORDS = 30


def read_page(
    markup: str,
    *,
    doc_id: str,
    origin: str,
    url: str | None = None,
    date: dt.date | None = None,
    retrieved_at: dt.datetime | None = None,
) -> Document | None:
    """The article of an HTML page as a document, or ``None`` when no text is left.

    Args:
        markup: The page's HTML.
        doc_id: The document's id.
        origin: Where the page came from, for warnings (a path, a URL).
        url: The address the page was read from, if known; the page's own
            canonical address, when it states one, becomes the document's URL.
        date: The date to use when the page states none (a feed item's date, an
            archive's capture date).
        retrieved_at: When the page was fetched or archived.
    """
    article = _extract(markup, url)
    if article is None or not (article.text or "").strip():
        from kg.read.markup import html_to_text

        text = html_to_text(markup)
        if not text.strip():
            return None
        logger.warning(
            "%s: no article found in the page; read all of its text, menus and all", origin
        )
        return Document(
            id=doc_id,
            text=text,
            title=_first_line(text),
            date=date,
            url=url,
            retrieved_at=retrieved_at,
            extractor=f"kg html_to_text {_version('kg')}",
        )
    canonical = _web_address(article.url) or url
    site = _site_name(article.sitename, article.title, canonical)
    text = _paragraphs(article.text)
    standfirst = _standfirst(article.description, markup, text)
    return Document(
        id=doc_id,
        text=f"{standfirst}\n\n{text}" if standfirst else text,
        title=clean_title(article.title, site=site, url=canonical),
        date=_date(article.date) or date,
        url=canonical,
        authors=_authors(article.author, site),
        site=site,
        retrieved_from=url if url and url != canonical else None,
        retrieved_at=retrieved_at,
        extractor=f"trafilatura {_version('trafilatura')}",
    )


def clean_title(title: str | None, *, site: str | None, url: str | None) -> str | None:
    """The headline without the site's name a page's title adds to it.

    >>> clean_title("Essequibo hunter found dead – Kaieteur News", site="Kaieteur News", url=None)
    'Essequibo hunter found dead'
    >>> clean_title("Voters pass increase | KXAN Austin", site=None,
    ...             url="https://www.kxan.com/news/texas/voters")
    'Voters pass increase'
    >>> clean_title("Brexit: what happens next", site="BBC News", url=None)
    'Brexit: what happens next'
    """
    if not title:
        return None
    title = " ".join(title.split())
    if site and len(title) > len(site) + 3 and title.lower().endswith(site.lower()):
        # "Headline - WSVN 7News | Miami News": the site's name holds separators itself.
        head = title[: -len(site)].rstrip()
        end = re.search(r"\s*[|\-\u2013\u2014:\u00b7\u2022/]{1,2}$", head)
        if end is not None and end.start() > 0:
            title = head[: end.start()].rstrip()
    names = _site_words(site, url)
    while True:
        separators = list(_TITLE_SEPARATORS.finditer(title))
        if not separators:
            return title
        last, first = separators[-1], separators[0]
        if _names_site(title[last.end() :], names):
            title = title[: last.start()]
        elif _names_site(title[: first.start()], names):
            title = title[first.end() :]
        else:
            return title


# --------------------------------------------------------------------------- helpers


def _extract(markup: str, url: str | None) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            prune_xpath=_PRUNE,
        )
    except (ValueError, TypeError, RecursionError) as error:
        # lxml refuses some markup outright; the fallback converter still reads it.
        logger.debug("trafilatura could not read the page: %s", error)
        return None


def _paragraphs(text: str) -> str:
    # One paragraph a block, separated by a blank line, so the sentence
    # splitter never runs a heading into the paragraph after it.
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "").split("\n"))
    return "\n\n".join(line for line in lines if line and not _is_prompt(line))


def _is_prompt(paragraph: str) -> bool:
    return len(paragraph.split()) <= _PROMPT_WORDS and bool(_NEWSLETTER_PROMPT.search(paragraph))


def _standfirst(description: str | None, markup: str, text: str) -> str | None:
    """The article's standfirst when the page shows it above the body and trafilatura left it.

    A description that is only in the page's metadata is a summary for search
    engines and is not added: it must stand as the text of an element of the page.
    """
    if not description or len(description.split()) < 6:
        return None
    standfirst = " ".join(description.split())
    if standfirst in text:
        return None
    shown = re.compile(r">\s*" + r"\s+".join(re.escape(w) for w in standfirst.split()) + r"\s*<")
    body = html.unescape(markup[max(markup.find("<body"), 0) :])
    return standfirst if shown.search(body) else None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _authors(value: str | None, site: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    names = [" ".join(name.split()) for name in value.split(";")]
    skip = {"", "no author", (site or "").lower()}
    return tuple(dict.fromkeys(name for name in names if name.lower() not in skip))


def _site_name(name: str | None, title: str | None, url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    if name and name != title:
        return " ".join(name.split())
    return host.removeprefix("www.") if host else None


def _site_words(site: str | None, url: str | None) -> set[str]:
    """Lower-case words that name the site: its name and its host's main label."""
    words: set[str] = set()
    if site:
        words.add(site.lower())
    host = urlsplit(url).hostname if url else None
    if host:
        labels = host.removeprefix("www.").split(".")
        words.update(label for label in labels[:-1] if len(label) >= 3)
    return words


def _names_site(part: str, names: set[str]) -> bool:
    lowered = part.lower()
    squeezed = re.sub(r"[^a-z0-9]", "", lowered)
    for name in names:
        if lowered == name or (len(name) >= 3 and name.replace(" ", "") in squeezed):
            # A long part that merely contains the site's name is a headline.
            return len(part.split()) <= 6
    return False


def _web_address(value: str | None) -> str | None:
    if value and value.lower().startswith(("http://", "https://")):
        return value
    return None


def _first_line(text: str) -> str | None:
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if first and len(first) <= 200 else None


@functools.cache
def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"
