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

import bisect
import contextlib
import datetime as dt
import functools
import html
import itertools
import logging
import re
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

from kg.model import Document

__all__ = ["read_page", "clean_title"]

logger = logging.getLogger("kg")

# What a page puts between its headline and its site's name.
_TITLE_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022/]{1,2}\s+")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
# What _SPACES changes in a line: two spaces, or one of its other spaces. Most of an
# article's lines hold none, and looking for them costs a tenth of rewriting the line.
_UNEVEN_SPACES = ("  ", "\t", "\u00a0", "\f", "\v")

# Page furniture that trafilatura may keep inside an article's container, found by
# the class or id names sites give it across the web: disclosures, calls to act,
# newsletter, subscription and e-mail sign-up prompts, promotions and sponsored boxes.
_FURNITURE = re.compile(
    r"disclosure|newsletter|signup|sign-up|subscribe|promo|sponsor|email-capture"
    r"|-cta|cta-|_cta"
)
# A box selling a product (an affiliate card, a shop widget) carries the product's
# id or stock number for the shop's analytics: data-product-id, data-beam-sku ...
_PRODUCT_ATTRIBUTE = re.compile(r"\bdata-[\w-]*(product-?id|product_id|sku)\b")
# A furniture box is never most of the page: a class name that matches on the
# article's own container ("subscriber-content") must not take the article with it.
_FURNITURE_SHARE = 0.3
# Elements whose text no reader sees; a page's scripts can hold more text than its article.
_UNSEEN_ELEMENTS = ("script", "style", "noscript", "template")
# What trafilatura's loader repairs before lxml parses a page: control characters that
# XML cannot hold (as UTF-8 bytes; U+FFFE and U+FFFF apart, looked for in the text), a
# doctype with a slash in it on the first line.
_XML_UNFIT_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_XML_UNFIT_CHARACTERS = ("\ufffe", "\uffff")
_SLASHED_DOCTYPE = re.compile(r"< ?! ?doctype[^>\n]*/", re.IGNORECASE)
# Elements trafilatura deletes itself before it reads a page, and which never hold an
# article: navigation, footers, drawings, style sheets, frames, buttons, menus to pick
# from, and scripts (a script's JSON-LD metadata has been read by then, and trafilatura
# looks there for a forum's markup, so that kind stays); media and what stands in for
# them (pictures, video, sound, embedded objects, their sources and tracks, what a
# browser without scripts shows), form fields, formulas, tool menus and dialog boxes.
# Not <form>: some sites wrap the whole page in one, and trafilatura keeps a form's
# text when it is the page's. Not <template>, whose content trafilatura reads.
_NEVER_READ = (
    *("nav", "footer", "svg", "style", "iframe", "button", "select", "script"),
    *("picture", "video", "audio", "canvas", "map", "object", "embed", "applet"),
    *("source", "track", "noscript", "input", "textarea", "option", "optgroup", "datalist"),
    *("math", "menu", "dialog"),
)
# A heading that invites the reader to a newsletter ("Sign up for the Courier newsletter")
# heads a sign-up box, whatever the box's class (:func:`_sign_up_boxes`). Its paragraphs
# ("Each morning we mail you the day's stories") need not name the newsletter themselves.
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A sign-up box says what the e-mail brings in a few lines; a longer element under such a
# heading holds more than the box (the story itself, when the heading stands in it).
_SIGN_UP_WORDS = 150
# The attributes that can name a furniture box: classes, ids, a product's data- attribute.
_NAMING_ATTRIBUTES = (
    "//@class | //@id | //@*[starts-with(name(), 'data-')"
    " and (contains(name(), 'product') or contains(name(), 'sku'))]"
)

# A regular-expression test of an attribute in an XPath (EXSLT's re:test), as
# trafilatura writes them: re:test(@class, 'author|byline'), re:test(@id|@class, 'cookie'),
# re:test(@class, 'fulltext', 'i') (flags: "i" ignores case).
_REGEX_TEST = re.compile(r"re:test\(((?:@[\w-]+\|)*@[\w-]+), '([^']*)'(?:, '([a-z]*)')?\)")
_REGEXP_NAMESPACE = "http://exslt.org/regular-expressions"
# kg's own XPath functions (_attribute_test), and how many values' verdicts each keeps.
_KG_NAMESPACE = "urn:x-kg:read"
_VERDICTS = 20_000
_TEST_NUMBERS = itertools.count()
# A namespace prefix in an XPath ("re:" of re:test), not an axis ("self::"), looked for
# outside its string literals ('display:none' names no prefix).
_XPATH_PREFIX = re.compile(r"(?<![\w:.-])([A-Za-z_][\w.-]*):(?!:)")
_XPATH_LITERAL = re.compile(r"'[^']*'|\"[^\"]*\"")
# A path's first step that keeps elements by their tag alone, as trafilatura writes
# them: //*[self::a or self::div], .//*[self::p]. The same elements, in the same order,
# are the union of a search for each tag (//a | //div), which libxml2 walks faster than
# it tests every element for each tag in turn.
_TAG_TESTS = re.compile(r"(?:^|(?<=[\s|(]))(\.?//)\*\[((?:self::[\w-]+ or )*self::[\w-]+)\]")
# What would make a union differ from the step: a predicate that counts positions.
_POSITIONAL = re.compile(r"position\(|last\(|\[\s*\d")

# A character reference as html.unescape finds them (its pattern): what follows the "&"
# is the reference's name or number, up to and with its ";" when it has one.
_CHARACTER_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")

# A date the page prints with a label that says it is the publication's: "Written:
# 2024-05-18 09:41", "Published on March 4, 2024", "First published 4 March 2024".
# The label opens a text of its own (not "Posts published on May 1" in a calendar's
# aria-label); tags may stand between it and the date ("<span>Posted</span> <time>...").
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_LABELLED_DATE = re.compile(
    r">\s*(?:first\s+published|published|posted|written|created|publication\s+date|date\s+published)"
    r"(?:\s+(?:on|at))?\s*:?(?:\s|&nbsp;|<[^<>]{0,200}>){0,6}"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
    r"(?:(?P<year>(?:19|20)\d\d)[-./](?P<month>\d{1,2})[-./](?P<day>\d{1,2})\b"
    rf"|(?P<name>(?:{_MONTHS})[a-z]{{0,6}})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d\d)\b"
    rf"|(?P<day3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<name3>(?:{_MONTHS})[a-z]{{0,6}})\.?,?\s+(?P<year3>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
# Where metadata states a date: an attribute (<meta content=...>, <time datetime=...>)
# or a JSON-LD field; a canonical address may hold it as a path (/2020/oct/02/).
_METADATA_DATE = re.compile(
    r"""(?:content|datetime)\s*=\s*["']?$|"date(?:Published|Created)"\s*:\s*"$"""
)
_ADDRESS_DATE = re.compile(rf"/((?:19|20)\d\d)[/-](\d\d|{_MONTHS})[/-](\d\d)(?:/|$)", re.IGNORECASE)

# A short paragraph inviting the reader to a newsletter is furniture whatever its markup.
_NEWSLETTER_PROMPT = re.compile(
    r"\bnewsletter\b.*\b(sign(ing)?[ -]up|subscribe|inbox|never miss)\b"
    r"|\b(sign(ing)?[ -]up|subscribe|never miss)\b.*\bnewsletter\b",
    re.IGNORECASE,
)
_PROMPT_WORDS = 30

# A line of the article that is a link to another page and little else is a teaser for
# another story ("Read: Why the ferry strike spread along the coast", "MORE: ...",
# "Related: ..."): one link's text is at least this share of the line's characters, and
# the line at least this long (a short heading may repeat a menu's link).
_TEASER_SHARE = 0.8
_TEASER_CHARS = 20
# Links to other pages (a table of contents links to the page's own headings) that may
# be long enough to make a teaser line: their text with its spaces is (only its spaces
# made one, the teaser test's measure, can be no longer). The length is tested first, on
# the text as it is: most links are shorter, and normalize-space() cost a string each.
_OUTBOUND_LINKS = (
    f"//a[string-length(.) >= {int(_TEASER_SHARE * _TEASER_CHARS)}]"
    "[@href and not(starts-with(@href, '#'))]"
)

# Stories side by side (a newsletter's): a block holds a story when it has this much
# text; this many blocks of one kind make a page of stories; the block is looked for
# this many levels above the article's first paragraph, found by its first characters
# (a line at least this long).
_STORY_CHARS = 200
_STORIES = 3
_STORY_DEPTH = 6
_STORY_ANCHOR = 60
_PARAGRAPH_STARTING = (
    "//p[starts-with(normalize-space(.), $start)] | //li[starts-with(normalize-space(.), $start)]"
)
_OWN_ARTICLE = ".//h1 | .//article | .//*[@itemprop='articleBody']"
_STORY_PARAGRAPHS = ".//p[not(ancestor::figcaption)] | .//li[not(ancestor::figcaption)]"


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
        date=_publication_date(article.date, markup, canonical) or date,
        url=canonical,
        authors=_authors(article.author, site),
        site=site,
        retrieved_from=url if url and url != canonical else None,
        retrieved_at=retrieved_at,
        extractor=f"trafilatura {_version('trafilatura')}",
    )


def clean_title(title: str | None, *, site: str | None, url: str | None) -> str | None:
    """The headline without the site's name a page's title adds to it.

    >>> clean_title("Rancher found safe – Harbour Gazette", site="Harbour Gazette", url=None)
    'Rancher found safe'
    >>> clean_title("Council backs new levy | KTRV Dunmore", site=None,
    ...             url="https://www.ktrv.com/news/local/levy")
    'Council backs new levy'
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
        tree = _parse(markup)
        if tree is None:
            return None
        _drop_furniture(tree)
        with _trafilatura_tuned():
            about = _metadata(tree, url)
            _drop_unread(tree)
            article: Any = trafilatura.bare_extraction(
                tree, options=_article_options(about.url or url)
            )
    except (ValueError, TypeError, RecursionError) as error:
        # lxml refuses some markup outright; the fallback converter still reads it.
        logger.debug("trafilatura could not read the page: %s", error)
        return None
    if article is None:
        return None
    text = _without_teasers(article.text or "", tree)
    before, after = _sibling_stories(tree, text)
    about.text = "\n".join([*before, text, *after])
    return about


def _article_options(url: str | None) -> Any:
    """trafilatura's options for the article pass: no metadata (read before), no
    comments, images or links, no deduplication; ``url`` the page's address."""
    from copy import copy

    options = copy(_article_settings())
    options.url = options.source = url
    return options


@functools.cache
def _article_settings() -> Any:
    """The options of :func:`_article_options` but the address, made once a process:
    making them reads trafilatura's configuration file's values one by one (0.15 ms,
    against 0.02 ms for a copy)."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", comments=False, images=False, links=False)


def _without_teasers(text: str, tree: Any) -> str:
    """``text`` without its lines that are a link to another story and little else.

    Sites put the headlines of their other stories among an article's paragraphs,
    inside its container, and trafilatura keeps them; a reader sees a link. A line
    that is at least :data:`_TEASER_SHARE` one link's text (a link to another page,
    not to a heading of this one) is such a teaser; an article's sentences carry
    their links on a few words. On the 31 saved pages this drops 15 lines on 6
    pages, every one the headline of another story or an app's advertisement, and
    no article snippet.
    """
    lines = text.split("\n")
    spaced = [" ".join(line.split()) for line in lines]
    if not any(len(line) >= _TEASER_CHARS for line in spaced):
        return text
    links = sorted(
        {" ".join(link.text_content().split()) for link in _xpath(_OUTBOUND_LINKS)(tree)}, key=len
    )
    # A link a line holds is no longer than the line: only the links whose length lies
    # between the teaser share of the line's and the line's are looked for in it (a
    # page has hundreds of links, an article a few dozen lines).
    lengths = [len(link) for link in links]
    kept = []
    for line, words in zip(lines, spaced, strict=True):
        if len(words) >= _TEASER_CHARS:
            shortest = bisect.bisect_left(lengths, _TEASER_SHARE * len(words))
            longest = bisect.bisect_right(lengths, len(words))
            if any(link in words for link in links[shortest:longest]):
                continue
        kept.append(line)
    return "\n".join(kept)


def _parse(markup: str) -> Any:
    """The page's tree, as ``trafilatura.load_html`` builds it, or ``None``.

    trafilatura first repairs what libxml2 stumbles on (characters XML cannot hold,
    an XHTML doctype with a slash on the first line, a self-closing ``<html/>``),
    then parses the text, and takes a page that does not start as HTML only if it
    parses into a head and a body. Its search for those characters, a regular
    expression over the whole page, took as long as the parse itself; here a byte
    table finds them, and only a page that needs a repair goes through its repairs.
    The text is parsed by :func:`_html_parser`, with trafilatura's options, as
    UTF-8 bytes (the same tree as the text gives, in less time). A page lxml cannot
    read that way goes through trafilatura's own loader.
    """
    import trafilatura
    from lxml.etree import ParserError
    from lxml.html import fromstring

    try:
        data = markup.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return trafilatura.load_html(markup)
    head = markup[:4096]
    beginning = head[:50].lower()
    clean = (
        len(data.translate(None, _XML_UNFIT_BYTES)) == len(data)
        # Looked for in the text, not in its bytes: a search of the bytes for three bytes
        # took a fifth of a millisecond a page, one of the text for one character a few
        # microseconds (none at all in a text of narrower characters); UTF-8 holds those
        # three bytes only as that character.
        and _XML_UNFIT_CHARACTERS[0] not in markup
        and _XML_UNFIT_CHARACTERS[1] not in markup
        and not _SLASHED_DOCTYPE.match(head)
        and not any("<html" in line and line.endswith("/>") for line in head.splitlines()[:4])
    )
    if not clean:
        from trafilatura.utils import repair_faulty_html

        data = repair_faulty_html(markup, beginning).encode("utf-8")
    try:
        tree = fromstring(data, parser=_html_parser())
    except ParserError:  # "Document is empty": nothing but white space, or no markup at all
        return None
    if tree is None or len(tree) < 1:
        return trafilatura.load_html(markup)
    if "html" not in beginning and len(tree) < 2:
        return None  # the loader's verdict: not an HTML page
    return tree


@functools.cache
def _html_parser() -> Any:
    """trafilatura's parser options, with element classes looked up in C.

    ``lxml.html.HTMLParser`` picks each element's class in a Python method (forms,
    inputs and labels get classes of their own), called every time lxml makes a
    Python object for an element; trafilatura, readability and justext make
    thousands of them on a page (walking ancestors, copying trees), and the
    look-ups took about a tenth of reading a page. Here every element is an
    ``HtmlElement``, decided in C; no reader kg runs uses the form classes' own
    methods.
    """
    from lxml import etree
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

    parser = etree.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    return parser


def _sibling_stories(tree: Any, text: str) -> tuple[list[str], list[str]]:
    """The paragraphs of the other stories of a page of several, before and after ``text``.

    A newsletter or a digest puts each story in a block of its own, the blocks side
    by side under one parent with the same tag and class; trafilatura (and its
    readability check) takes the best single block. Where the block holding the
    article's first paragraph has at least two such siblings, each a story (a
    paragraph, some text, no ``<h1>``, no ``<article>`` or ``articleBody`` of its
    own: an article appended below the first one has them), their paragraphs are
    read too: in ``<p>`` and ``<li>``, not in captions, not a line that is mostly a
    link (a reading list's titles), not one the text already holds.
    """
    first = next((line for line in text.split("\n") if len(line.strip()) >= _STORY_ANCHOR), None)
    if first is None:
        return [], []
    prefix = " ".join(first.split())[:50]
    found = _xpath(_PARAGRAPH_STARTING)(tree, start=prefix)
    if not found:
        return [], []
    block = found[0]
    for _ in range(_STORY_DEPTH):
        parent = block.getparent()
        if parent is None:
            break
        kind = (block.tag, block.get("class"))
        siblings = [child for child in parent if (child.tag, child.get("class")) == kind]
        if kind[1] and len(siblings) >= _STORIES and all(map(_is_story, siblings)):
            return _paragraphs_around(siblings, block, " ".join(text.split()))
        block = parent
    return [], []


def _is_story(block: Any) -> bool:
    if _xpath(_OWN_ARTICLE)(block):
        return False
    return len(block.text_content()) >= _STORY_CHARS and block.find(".//p") is not None


def _paragraphs_around(blocks: list[Any], read: Any, text: str) -> tuple[list[str], list[str]]:
    before: list[str] = []
    after: list[str] = []
    for block in blocks:
        if block is read:
            before, after = after, before  # what came so far was before it
            continue
        for element in _xpath(_STORY_PARAGRAPHS)(block):
            paragraph = " ".join(element.text_content().split())
            linked = sum(len(link.text_content()) for link in element.iter("a"))
            if paragraph and 2 * linked < len(paragraph) and paragraph not in text:
                after.append(paragraph)
    return before, after


def _metadata(tree: Any, url: str | None) -> Any:
    """What the page says about itself: title, authors, address, date, site, description.

    Built from trafilatura's own metadata readers, in the order its
    ``extract_metadata`` uses them, without the ones kg has no field for: the
    categories, tags and licence (scans of the whole tree: more than half of the
    metadata's time on the median news page) and the host's registered domain
    (the public-suffix list). The fields kg keeps come out as trafilatura gives them.
    """
    from htmldate import find_date
    from trafilatura import metadata as readers
    from trafilatura.settings import set_date_params

    about = readers.examine_meta(tree)
    if about.author and " " not in about.author:
        about.author = None  # a one-word "author" in a meta tag is a handle or the site
    try:
        about = readers.extract_meta_json(tree, about)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        # A page's JSON-LD is written by hand often enough to be broken.
        logger.debug("unreadable JSON-LD metadata: %s", error)
    about.title = about.title or readers.extract_title(tree)
    # On a page whose metadata names no author: the byline search (its expressions
    # guarded while kg reads, _trafilatura_tuned).
    about.author = about.author or readers.extract_author(tree)
    about.url = about.url or readers.extract_url(tree, url)
    # htmldate's quick search (metadata, the address, the page's own date lines).
    about.date = find_date(tree, **{**set_date_params(False), "url": about.url})
    about.sitename = about.sitename or readers.extract_sitename(tree)
    if about.sitename:
        name = about.sitename.lstrip("@")  # a Twitter handle
        # "the Guardian" -> "The Guardian"; a host name ("kxan.com") stays as written.
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        about.sitename = name
    about.clean_and_trim()
    return about


def _guarded(expression: Any) -> Any:
    """``expression`` with each ``re:test(@name, '...')`` made only where ``@name`` is,
    and answered by :func:`_attribute_test`.

    lxml answers ``re:test`` by calling into Python, for every element the path
    visits: one without the attribute is tested against the empty string. Where
    the regular expression cannot match the empty string that answer is false, so
    ``(@name and kg:test3(string(@name)))`` selects the same elements without the
    call (``((@id|@class) and kg:test4(string(@id|@class)))`` for a test of either
    attribute: ``string()`` and ``re:test`` both read the first of them in the
    page's order, and "" when neither is); a test whose expression matches the
    empty string stays as it is. A first step that keeps elements by tag alone
    becomes a union of searches for each tag (:data:`_TAG_TESTS`) where no predicate
    counts positions. An expression with a prefix other than ``re:`` (whose
    namespace kg does not know), or that cannot be compiled so, stays as it was given.
    """
    from lxml.etree import XPath, XPathError

    functions: dict[tuple[str, str], Callable[[Any, str], bool]] = {}

    def guard(test: re.Match[str]) -> str:
        attribute, pattern, flags = test[1], test[2], test[3] or ""
        compiled = re.compile(pattern, re.IGNORECASE if "i" in flags else 0)
        if compiled.search("") is not None:
            return test[0]
        name, function = _attribute_test(compiled)
        functions[(_KG_NAMESPACE, name)] = function
        present = f"({attribute})" if "|" in attribute else attribute
        return f"({present} and kg:{name}(string({attribute})))"

    def union(step: re.Match[str]) -> str:
        tags = (test.removeprefix("self::") for test in step[2].split(" or "))
        return "(" + " | ".join(step[1] + tag for tag in tags) + ")"

    if set(_XPATH_PREFIX.findall(_XPATH_LITERAL.sub("''", expression.path))) != {"re"}:
        return expression
    try:
        path = _REGEX_TEST.sub(guard, expression.path)
        if not _POSITIONAL.search(path):
            path = _TAG_TESTS.sub(union, path)
        return XPath(
            path,
            namespaces={"re": _REGEXP_NAMESPACE, "kg": _KG_NAMESPACE},
            extensions=functions,
            smart_strings=False,
        )
    except (XPathError, re.error):
        return expression


@functools.cache
def _attribute_test(pattern: re.Pattern[str]) -> tuple[str, Callable[[Any, str], bool]]:
    """An XPath function's name and the function: whether ``pattern`` is found in the
    string it is given, as ``re:test`` answers.

    ``re:test`` takes its pattern as a string at every call, which lxml hands over
    and looks up among its compiled ones, then searches the value: for an element
    the path visits, several such calls. A page repeats its class and id values,
    and trafilatura's expressions visit the same elements on each copy of the page,
    so each value's verdict is kept (up to :data:`_VERDICTS` values a pattern, then
    forgotten), and the pattern is the function's own. On the 31 saved pages this
    takes about two fifths off the expressions that prune a page.
    """
    verdicts: dict[str, bool] = {}
    search = pattern.search

    def test(_context: Any, value: str) -> bool:
        verdict = verdicts.get(value)
        if verdict is None:
            if len(verdicts) >= _VERDICTS:
                verdicts.clear()
            verdict = verdicts[value] = search(value) is not None
        return verdict

    return f"test{next(_TEST_NUMBERS)}", test


@contextlib.contextmanager
def _trafilatura_tuned() -> Iterator[None]:
    """trafilatura giving the same answers in less time, while kg reads a page.

    For the call, and put back after it: trafilatura's expression lists (where it
    looks for the article, what it prunes, where bylines and titles are) and its
    modules' single expressions that test attributes by regular expression (the
    cleaning before its page measure and justext) are the guarded ones
    (:func:`_guarded`: the same elements in the same order), and its comparison with
    readability is skipped where readability's text cannot be chosen
    (:func:`_own_extraction_stands`). Either way trafilatura gives what it gives
    without them, so another thread that calls it meanwhile gets the same answers.
    """
    from trafilatura import core, xpaths

    lists = _guarded_lists()
    constants = _guarded_constants()
    original, skipping = _article_passes()
    for name, (_, guarded) in lists.items():
        getattr(xpaths, name)[:] = guarded
    for module, name, _, guarded in constants:
        setattr(module, name, guarded)
    core._extract_and_compare = skipping
    try:
        yield
    finally:
        core._extract_and_compare = original
        for module, name, shipped, _ in constants:
            setattr(module, name, shipped)
        for name, (shipped, _) in lists.items():
            getattr(xpaths, name)[:] = shipped


@functools.cache
def _guarded_lists() -> dict[str, tuple[list[Any], list[Any]]]:
    """Each of trafilatura's lists of expressions (``trafilatura.xpaths``): name -> the
    expressions as trafilatura ships them, and guarded (:func:`_guarded`). Made once a
    process, before any is swapped."""
    from lxml.etree import XPath
    from trafilatura import xpaths

    return {
        name: (list(value), [_guarded(expression) for expression in value])
        for name, value in vars(xpaths).items()
        if isinstance(value, list) and value and all(isinstance(x, XPath) for x in value)
    }


@functools.cache
def _guarded_constants() -> list[tuple[Any, str, Any, Any]]:
    """trafilatura's expressions held one to a name in its modules (not in a list)
    that test an attribute by regular expression: (module, name, as shipped,
    guarded). ``baseline.BASIC_CLEAN_XPATH`` (what its page measure and justext's
    input lose first) tests the class and id of every element of the page; guarded,
    it takes about a third of the time. Made once a process, before any is swapped."""
    import sys

    import trafilatura  # noqa: F401  (its modules are loaded)
    from lxml.etree import XPath

    found = []
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("trafilatura."):
            for name, value in vars(module).items():
                if isinstance(value, XPath) and "re:test(" in value.path:
                    guarded = _guarded(value)
                    if guarded is not value:
                        found.append((module, name, value, guarded))
    return found


# The trafilatura whose article pass (core._extract_and_compare, external.compare_extraction
# and its _prefer_readability) _article_passes and _own_extraction_stands follow; with
# another, readability runs as that one has it.
_READABILITY_RULES_OF = "2.3.1"
# Elements whose text readability's output could give back longer than the page holds
# it: parsed again from XML, raw text stays escaped ("&lt;" for "<"); a video frame
# gets the word "VIDEO". kg removes most of them before trafilatura reads the page.
_REREAD_LONGER = ("xmp", "noembed", "noframes", "plaintext", "noscript", "iframe")
# A lone surrogate, which the round trip through UTF-8 bytes can give back as more characters.
_SURROGATE = re.compile("[\ud800-\udfff]")


@functools.cache
def _article_passes() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """trafilatura's article pass (its own extractor, then the comparison with
    readability), and the same without the comparison where readability's text
    cannot be chosen; on the trafilatura this was checked on, else the pass itself.
    """
    from copy import copy

    from trafilatura import core, external, main_extractor

    original: Callable[..., Any] = core._extract_and_compare
    if _version("trafilatura") != _READABILITY_RULES_OF:
        return original, original

    def skipping(cleaned_tree: Any, cleaned_tree_backup: Any, tree: Any, options: Any) -> Any:
        # trafilatura's own steps: its extractor, then, unless asked to be fast, the
        # comparison on a copy of the page (readability changes what it reads).
        body, text = main_extractor.extract_content(cleaned_tree, options)
        if options.fast or _own_extraction_stands(tree, body, text, options):
            return body, text
        return external.compare_extraction(cleaned_tree_backup, copy(tree), body, text, options)

    return original, skipping


def _own_extraction_stands(page_tree: Any, body: Any, text: str, options: Any) -> bool:
    """Whether trafilatura's comparison keeps its own article whatever readability finds.

    The comparison (trafilatura 2.3.1, balanced mode) takes readability's text over
    its own ``text`` only if that is empty, or readability's is more than twice as
    long, or its own has no paragraph text or more tables than paragraphs; then
    asks justext when its own is short or holds page furniture. readability's text
    is the page's (``page_tree``) with elements removed, scripts and style sheets
    among them, and text moved, never added: measured as trafilatura measures it
    (spaces made one), it is no longer than the page's less the scripts' and
    style sheets' characters. Where twice ``text`` reaches that, readability's text
    cannot win, and readability (a tenth of reading a page) need not run.
    """
    from trafilatura.external import SANITIZED_XPATH

    if options.focus != "balanced" or not text or len(text) < options.min_extracted_size:
        return False
    page = page_tree.text_content()
    # Characters other than spaces that readability removes with the scripts and style
    # sheets (their text; what else they hold goes too, so this is no more than it removes).
    removed = sum(
        len("".join((element.text or "").split())) for element in page_tree.iter("script", "style")
    )
    most = 2 * len(text) + removed
    # Most pages hold far more than twice the article: counting their spaces, tabs and
    # line ends tells so without splitting the page's text (the count misses rarer
    # spaces, so it can only send a page to readability, as trafilatura does anyway).
    if len(page) - sum(page.count(space) for space in " \n\t\r") > most:
        return False
    return (
        not _xpath(SANITIZED_XPATH)(body)  # no furniture left, which sends it to justext
        and _xpath("boolean(.//p//text()) and count(.//table) <= count(.//p)")(body)
        and next(page_tree.iter(*_REREAD_LONGER), None) is None
        and not _SURROGATE.search(page)
        and len(" ".join(page.split())) <= most
    )


def _drop_furniture(tree: Any) -> None:
    """Remove the page's furniture boxes from ``tree``: those named so (:data:`_FURNITURE`,
    product boxes) and those a newsletter prompt heads (:func:`_sign_up_boxes`).

    One XPath hands over the attributes that can name furniture (every class and
    id, and the ``data-`` attributes whose name holds "product" or "sku"), in
    document order, without making a Python object of every element; the regular
    expressions then decide. A walk over all elements in Python cost twice as much,
    and an XPath per class name about a sixth of reading a page.
    """
    found: dict[Any, None] = {}  # the boxes, in document order, each once
    # A page repeats its class names hundreds of times: each is judged once.
    verdicts: dict[str, bool] = {}
    for attribute in _xpath(_NAMING_ATTRIBUTES)(tree):
        name = attribute.attrname
        if name in ("class", "id"):
            named = verdicts.get(attribute)
            if named is None:
                named = verdicts[attribute] = _FURNITURE.search(attribute.lower()) is not None
        else:
            named = _PRODUCT_ATTRIBUTE.search(name) is not None
        if named:
            found[attribute.getparent()] = None
    found.update(dict.fromkeys(_sign_up_boxes(tree)))
    if not found:
        return
    # Characters of text a reader sees: not a script's, a style's or a template's. The
    # elements are found by tree.iter (one walk, in C; an XPath union walked the page once
    # a name), and the text of one without children (a script, a style sheet) is its
    # .text, without the XPath that text_content() evaluates.
    unseen = sum(
        len(element.text or "") if len(element) == 0 else len(element.text_content())
        for element in tree.iter(*_UNSEEN_ELEMENTS)
    )
    shown = len(tree.text_content()) - unseen
    for element in found:
        # A box inside one already dropped goes with it; a "box" that holds most of
        # the page is the page's own container, whose name happens to match.
        if len(element.text_content()) <= _FURNITURE_SHARE * shown:
            _drop(element)


def _sign_up_boxes(tree: Any) -> Iterator[Any]:
    """The boxes headed by a newsletter prompt (:data:`_HEADINGS`, :func:`_is_prompt`): the
    narrowest element above the heading that begins with it and holds more than it (a
    wrapper of the heading alone is climbed past), when that is short. Not the widest: a
    box that opens the story's container makes the container begin with the heading too,
    and a heading set right in the container heads the whole story."""
    for heading in tree.iter(*_HEADINGS):
        start = " ".join(heading.text_content().split())
        if not start or not _is_prompt(start):
            continue
        for above in heading.iterancestors():
            text = " ".join(above.text_content().split())
            if not text.startswith(start):
                break
            if len(text) > len(start):
                if len(text.split()) <= _SIGN_UP_WORDS:
                    yield above
                break


def _drop_unread(tree: Any) -> None:
    """Remove what trafilatura would delete unread before handing it over.

    That is :data:`_NEVER_READ` and the head's elements. trafilatura copies the
    tree it is given three times (its own pass, and the second opinion of
    readability and justext, which read the page as it came) and walks every copy;
    a page's menus, footers and inline drawings are a large part of its elements,
    and its head (meta tags, links) a tenth. Its own pass deletes them first
    anyway, readability drops scripts and style sheets and takes its article from
    the body, and on the 31 saved pages every text is the same with or without
    them: reading them cost about a tenth of reading a page, the head a twentieth
    of trafilatura's pass.
    """
    head = tree.find("head")
    # The head's elements (meta tags, links, the <title>) have been read for the
    # page's metadata by now; trafilatura's own pass deletes the head, readability
    # takes its article from the body, and so does the measure of the page's text
    # trafilatura compares a short article with.
    heading = list(head) if head is not None else []
    unread = [
        element
        for element in itertools.chain(tree.iter(*_NEVER_READ), heading)
        if element.tag != "script" or element.get("type") != "application/ld+json"
    ]
    for element in dict.fromkeys(unread):
        _drop(element)


@functools.cache
def _xpath(expression: str) -> Any:
    """``expression`` compiled once (lxml is imported only when a page is read)."""
    from lxml.etree import XPath

    return XPath(expression)


def _drop(element: Any) -> None:
    """Remove ``element``, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _paragraphs(text: str) -> str:
    # One paragraph a block, separated by a blank line, so the sentence
    # splitter never runs a heading into the paragraph after it.
    lines = (_single_spaced(line).strip() for line in text.replace("\r", "").split("\n"))
    return "\n\n".join(line for line in lines if line and not _is_prompt(line))


def _single_spaced(line: str) -> str:
    """``line`` with each run of :data:`_SPACES` made one space."""
    if any(spaces in line for spaces in _UNEVEN_SPACES):
        return _SPACES.sub(" ", line)
    return line


def _is_prompt(paragraph: str) -> bool:
    # Both branches of the pattern hold the word "newsletter", which most lines lack;
    # looking for it first costs a fifth of the pattern. Every character the pattern
    # takes for one of its letters (ignoring case: "S", and "\u017f", a long s) folds to
    # that letter, so a line the pattern matches holds the word once case-folded.
    return (
        "newsletter" in paragraph.casefold()
        and len(paragraph.split()) <= _PROMPT_WORDS
        and bool(_NEWSLETTER_PROMPT.search(paragraph))
    )


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
    start = max(markup.find("<body"), 0)
    # Unescaping the whole page costs more than the search. Where the markup shows the
    # words as they are, no character reference can change them (one cannot begin
    # among them without an "&", and one that ends at the ">" before them keeps it).
    if "&" not in standfirst and shown.search(markup, start):
        return standfirst
    return standfirst if shown.search(_unescape(markup[start:])) else None


def _unescape(text: str) -> str:
    """``html.unescape(text)``, each distinct character reference decoded once.

    A page writes the same few references hundreds of times (``&amp;``, ``&quot;``,
    ``&#x27;``); ``html.unescape`` decodes every one in a call into Python, which took
    up to a tenth of reading such a page. The references are found by the standard
    library's own pattern and each decoded by ``html.unescape`` itself: a reference's
    reading depends on its own characters only.
    """
    if "&" not in text:
        return text
    parts = _CHARACTER_REFERENCE.split(text)
    parts[1::2] = map(_decoded_reference, parts[1::2])
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def _decoded_reference(name: str) -> str:
    """One character reference ("amp;", "#x27;") as ``html.unescape`` reads it; cached, since
    a page repeats the same few hundreds of times."""
    return html.unescape(f"&{name}")


def _publication_date(found: str | None, markup: str, url: str | None) -> dt.date | None:
    """The page's publication date: trafilatura's, unless the page prints another.

    htmldate reads the date from the page's metadata when it states one, and
    otherwise guesses from the dates shown on the page; a page whose own date
    line holds two dates ("Written: ... / Updated: ...") can make it take the
    next one, which belongs to a list of other stories. A date the page prints
    with a publication label is then the better witness.
    """
    day = _date(found)
    if day is not None and _stated_in_metadata(day, markup, url):
        return day
    labelled = _labelled_date(markup)
    return labelled or day


def _stated_in_metadata(day: dt.date, markup: str, url: str | None) -> bool:
    iso = day.isoformat()
    at = markup.find(iso)
    while at >= 0:
        if _METADATA_DATE.search(markup[max(at - 40, 0) : at]):
            return True
        at = markup.find(iso, at + len(iso))
    path = _ADDRESS_DATE.search(url or "")
    return path is not None and _ymd(*path.groups()) == day


def _labelled_date(markup: str) -> dt.date | None:
    body = markup.find("<body")
    for match in _LABELLED_DATE.finditer(markup, max(body, 0)):
        parts = match.groupdict()
        if parts["year"]:
            day = _ymd(parts["year"], parts["month"], parts["day"])
        elif parts["year2"]:
            day = _ymd(parts["year2"], parts["name"], parts["day2"])
        else:
            day = _ymd(parts["year3"], parts["name3"], parts["day3"])
        if day is not None:
            return day
    return None


def _ymd(year: str, month: str, day: str) -> dt.date | None:
    """A date from its parts; the month as a number or a name (``"oct"``, ``"October"``)."""
    number = int(month) if month.isdigit() else _MONTHS.split("|").index(month[:3].lower()) + 1
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


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
