"""Saved news pages: the article, not the page around it (kg.read.pages)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from read_fixtures import ARTICLE, BOILERPLATE, SITE, TITLE, news_page
from spacy.language import Language

import kg
import kg.rdf
from kg.inputs import read_documents
from kg.model import Document
from kg.namespace import DCTERMS, KG
from kg.read import pages
from kg.read.pages import clean_title, read_page


def warnings_of(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING)


def test_a_page_gives_its_article_and_what_it_says_about_it() -> None:
    page = read_page(news_page(), doc_id="p", origin="page.html")
    assert page is not None
    for sentence in ARTICLE:
        assert sentence in page.text
    for sentence in BOILERPLATE:
        assert sentence not in page.text
    assert page.title == TITLE  # without " | The Daily Example"
    assert page.date == dt.date(2024, 3, 4)
    assert page.authors == ("Jane Writer",)
    assert page.site == SITE
    assert page.url == "https://news.example.org/world/kharkiv-shelling"
    assert page.extractor is not None and page.extractor.startswith("trafilatura ")


def test_a_saved_page_file_is_read_as_news(tmp_path: Path) -> None:
    (tmp_path / "kharkiv.html").write_text(news_page(), encoding="utf-8")
    [document] = read_documents([tmp_path / "kharkiv.html"])
    assert document.id == "kharkiv" and document.language == "en"
    assert document.title == TITLE and document.date == dt.date(2024, 3, 4)
    assert "cookies" not in document.text


def test_a_page_wrapped_in_one_form_still_gives_its_article() -> None:
    # Some sites (ASP.NET's) put the whole page in a <form>: what kg removes before
    # trafilatura reads the page (menus, footers, scripts) must not take the form with it.
    page = news_page().replace("<body>", '<body><form id="aspnetForm" method="post">')
    page = page.replace("</body>", "</form></body>")
    document = read_page(page, doc_id="f", origin="form.html")
    assert document is not None and document.extractor is not None
    assert document.extractor.startswith("trafilatura ")
    for sentence in ARTICLE:
        assert sentence in document.text
    for sentence in BOILERPLATE:
        assert sentence not in document.text


@pytest.mark.parametrize(
    "variant",
    [
        "as written",
        "control characters",  # XML cannot hold them: trafilatura's loader removes them
        "noncharacter U+FFFE",  # nor these two, looked for apart from the control characters
        "noncharacter U+FFFF",
        "xhtml doctype",  # a slash in the doctype: trafilatura's loader rewrites the line
        "self-closing html",
        "no html at the start",
        "xml declaration",  # "html" not in the first 50 characters, a head and a body
        "xhtml doctype on two lines",
        "a fragment",  # no head, no body: the loader refuses it
    ],
)
def test_a_page_is_parsed_into_the_tree_trafilatura_would_build(variant: str) -> None:
    import trafilatura
    from lxml.html import tostring

    page = news_page()
    if variant == "control characters":
        page = page.replace("Kharkiv", "Khar\x0ckiv\x01", 1).replace("police", "po\ufffelice")
    elif variant.startswith("noncharacter"):
        character = "\ufffe" if variant.endswith("FFFE") else "\uffff"
        page = page.replace("police", f"po{character}lice")
    elif variant == "xhtml doctype":
        page = page.replace(
            "<!DOCTYPE html>",
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        )
    elif variant == "self-closing html":
        page = page.replace('<html lang="en">', '<html lang="en" />')
    elif variant == "xml declaration":
        page = '<?xml version="1.0" encoding="UTF-8" ?>\n' + page
    elif variant == "xhtml doctype on two lines":
        page = page.replace(
            "<!DOCTYPE html>",
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        )
    elif variant == "a fragment":
        page = "<p>Kyiv under fire today.</p>"
    elif variant == "no html at the start":
        page = "<head><title>x</title></head><body><p>Kyiv under fire today.</p></body>"
    ours, theirs = pages._parse(page), trafilatura.load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert tostring(ours) == tostring(theirs)


def test_every_element_of_a_parsed_page_is_one_trafilatura_takes_as_a_tree() -> None:
    # kg's parser gives every element lxml.html's class (decided in C, not by a Python
    # method per element): trafilatura reads a tree only if it is one, copies included.
    import copy

    from lxml.html import HtmlElement

    page = news_page().replace(
        "<body>", "<body><form action='/search'><input name='q'><label>Search</label></form>"
    )
    tree = pages._parse(page)
    assert tree is not None and tree.find(".//input") is not None
    assert all(isinstance(element, HtmlElement) for element in tree.iter())
    assert all(isinstance(element, HtmlElement) for element in copy.copy(tree).iter())
    document = read_page(page, doc_id="s", origin="search.html")
    assert document is not None and document.extractor is not None
    assert document.extractor.startswith("trafilatura ")
    assert ARTICLE[0] in document.text


def test_what_trafilatura_never_reads_is_gone_before_it_reads_the_page() -> None:
    # The head has been read for the metadata by then; its JSON-LD stays (trafilatura
    # looks there for a forum's markup), and so does the article.
    forum = '{"@type": "DiscussionForumPosting", "headline": "Kharkiv"}'
    page = news_page().replace(
        "</head>", f'<script type="application/ld+json">{forum}</script></head>'
    )
    page = page.replace(
        "<article>",
        "<article><noscript><p>Turn on JavaScript to watch the video.</p></noscript>"
        "<video src='clip.mp4'><p>Your browser cannot play this clip.</p></video>"
        "<dialog open><p>Allow notifications from this site?</p></dialog>",
    )
    tree = pages._parse(page)
    pages._drop_unread(tree)
    head = tree.find("head")
    assert [child.tag for child in head] == ["script"] and head[0].text == forum
    for tag in ("nav", "footer", "button", "noscript", "video", "dialog", "input"):
        assert tree.find(f".//{tag}") is None, tag
    assert ARTICLE[0] in tree.find("body").text_content()
    document = read_page(page, doc_id="h", origin="head.html")
    assert document is not None and document.title == TITLE and ARTICLE[0] in document.text
    assert "JavaScript" not in document.text and "notifications" not in document.text
    assert document.url == "https://news.example.org/world/kharkiv-shelling"


def test_a_headline_of_another_story_among_the_paragraphs_is_not_read() -> None:
    # A teaser inside the article's container is a line that is one link to another
    # page and little else; a sentence with a link on a few words is the article's,
    # and so is a heading that a table of contents on the page links to.
    teaser = "Protesters stormed the parliament in a distant capital, police said."
    linked = "Aid agencies said the <a href='/aid'>convoys</a> reached the city on Wednesday."
    heading = "Repairs to the power grid continue"
    page = news_page().replace(
        f"<p>{ARTICLE[1]}</p>",
        f"<p>{ARTICLE[1]}</p>\n<p>Read: <a href='/world/parliament'>{teaser}</a></p>"
        f"\n<p>{linked}</p>\n<h2 id='repairs'>{heading}</h2>",
    )
    page = page.replace(
        "<h1>", f"<ul class='contents'><li><a href='#repairs'>{heading}</a></li></ul><h1>"
    )
    document = read_page(page, doc_id="t", origin="teaser.html")
    assert document is not None
    assert teaser not in document.text
    assert "Aid agencies said the convoys reached the city on Wednesday." in document.text
    assert heading in document.text
    for sentence in ARTICLE:
        assert sentence in document.text


def test_a_line_is_a_teaser_when_one_link_is_at_least_four_fifths_of_it() -> None:
    from lxml.html import fromstring

    link = "Floods close the coastal highway"
    longer = link + " for a week"
    tree = fromstring(f"<html><body><a href='/a'>{link}</a><a href='/b'>{longer}</a></body></html>")
    exactly = "Read >> " + link  # 32 of 40 characters: the link is 80 %
    under = "Read more: " + link  # 32 of 43
    cut = longer[:-2]  # the shorter link's 32 of 41; the longer link is not in it
    lines = [exactly, under, cut, longer, "A short line", ARTICLE[0]]
    kept = pages._without_teasers("\n".join(lines), tree).split("\n")
    assert kept == [under, cut, "A short line", ARTICLE[0]]


def test_a_teasers_link_is_measured_with_its_spaces_made_one() -> None:
    from lxml.html import fromstring

    # Spaced out over lines, the link's text is longer as written than as read: it is
    # read as "Dam fails", a teaser of a line of 20 characters at most, and as written
    # it is over the links kg looks at; a longer one is a teaser however it is spaced.
    short = "Dam\n        \n          fails"
    spaced = "Floods close\n\t   the coastal   highway"
    tree = fromstring(
        f"<html><body><a href='/a'>{short}</a><a href='/b'>{spaced}</a></body></html>"
    )
    lines = [
        "Read: Dam fails",
        "Dam fails at last, ten miles upstream",
        "Read: Floods close the coastal highway",
    ]
    kept = pages._without_teasers("\n".join(lines), tree).split("\n")
    assert kept == lines[:2]


def test_a_page_without_an_article_falls_back_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # An image and a title: trafilatura finds no article; the whole page is read.
    bare = "<html><head><title>Kyiv under fire</title></head><body><img src=a.png></body></html>"
    page = read_page(bare, doc_id="m", origin="menu.html")
    assert page is not None and page.text == "Kyiv under fire"
    assert page.extractor is not None and page.extractor.startswith("kg html_to_text")
    assert "menu.html: no article found in the page" in warnings_of(caplog)


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        (
            "Dam breaks in the north - Kaieteur News",
            "Kaieteur News",
            None,
            "Dam breaks in the north",
        ),
        (
            "Voters back the levy | KXAN Austin",
            None,
            "https://www.kxan.com/n/1",
            "Voters back the levy",
        ),
        (
            "Driver killed in crash - KTRV 9News | Dunmore News, Traffic, Weather | Harbour County",
            "KTRV 9News | Dunmore News, Traffic, Weather | Harbour County",
            None,
            "Driver killed in crash",
        ),
        ("BBC News - Talks resume in Geneva", "BBC News", None, "Talks resume in Geneva"),
        ("Brexit: what happens next", "BBC News", None, "Brexit: what happens next"),
        ("Kyiv - a city under fire", "The Daily Example", None, "Kyiv - a city under fire"),
    ],
)
def test_the_site_name_leaves_the_title(
    title: str, site: str | None, url: str | None, expected: str
) -> None:
    assert clean_title(title, site=site, url=url) == expected


def test_no_event_from_the_boilerplate_and_the_page_date_anchors_time(
    nlp: Language, tmp_path: Path
) -> None:
    path = tmp_path / "kharkiv.html"
    path.write_text(news_page(), encoding="utf-8")
    graph = kg.build([path])
    [document] = graph.documents
    assert graph.events
    for event in graph.events:
        assert not any(event.evidence.text in b or b in event.evidence.text for b in BOILERPLATE)
        assert document.text[event.evidence.start : event.evidence.end] == event.evidence.text
    # "Monday" in a page dated Monday 2024-03-04 is that day.
    times = {e.time.text: e.time.value for e in graph.events if e.time is not None}
    assert times.get("Monday") == "2024-03-04"
    # --date overrides the page's own date.
    again = kg.build([path], date=dt.date(2024, 3, 13))
    assert again.documents[0].date == dt.date(2024, 3, 13)
    times = {e.time.text: e.time.value for e in again.events if e.time is not None}
    assert times.get("Monday") == "2024-03-11"


def test_the_document_node_keeps_what_the_page_said() -> None:
    document = Document(
        id="p",
        text="Kharkiv was shelled.",
        title=TITLE,
        date=dt.date(2024, 3, 4),
        url="https://news.example.org/a",
        authors=("Jane Writer", "Joe Reporter"),
        site=SITE,
        language="en",
        retrieved_from="https://news.example.org/a?utm=feed",
        retrieved_at=dt.datetime(2024, 3, 5, 10, 0, tzinfo=dt.UTC),
        extractor="trafilatura 2.3.1",
        summary_only=True,
    )
    found = kg.rdf.quads([document], [], [])
    graph = kg.rdf.from_quads(found).graph(kg.rdf.graph_iri("p"))
    node = graph.value(None, KG.title, Literal(TITLE))
    assert isinstance(node, URIRef)
    got = set(graph.predicate_objects(node))
    assert (KG.author, Literal("Joe Reporter")) in got
    assert (KG.site, Literal(SITE)) in got
    assert (DCTERMS.language, Literal("en")) in got
    assert (KG.retrievedAt, Literal("2024-03-05T10:00:00Z", datatype=XSD.dateTime)) in got
    assert (KG.extractor, Literal("trafilatura 2.3.1")) in got
    assert (KG.summaryOnly, Literal(True)) in got
    assert (
        KG.retrievedFrom,
        Literal("https://news.example.org/a?utm=feed", datatype=XSD.anyURI),
    ) in got


def test_the_view_names_each_document_by_title_site_and_date() -> None:
    import json
    import re

    from kg.network import to_networkx
    from kg.view import render_html

    document = Document(
        id="p", text="x", title=TITLE, date=dt.date(2024, 3, 4), site=SITE, url="https://a.example/"
    )
    page = render_html(to_networkx([document], [], []), title="pages")
    found = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert found is not None
    shown = json.loads(found.group(1))["meta"]["documents"]["p"]
    assert shown == {
        "title": TITLE,
        "date": "2024-03-04",
        "url": "https://a.example/",
        "site": SITE,
    }
    # The page's script writes "title — site, date (id)" wherever it names a document.
    assert 'var about = [d.site, d.date].filter(Boolean).join(", ");' in page


# A page whose article container also holds a product card (an affiliate box that
# carries the product's id for the shop's analytics) and an e-mail sign-up box with
# its success message; metadata states no date, and the page prints its own date
# line ("Written: ... / Updated: ...") beside the headline, above a list of other
# stories with dates of their own, and a calendar whose links say "Posts published on".
_CARD = "The points figure is our editors' own estimate, not one the card issuer set."
_SIGNED_UP = "Welcome aboard, your subscription to the morning briefing is now confirmed."
_OTHER_STORY = "Floods closed the coastal road for a week, the transport ministry said."


def _page_with_boxes(*, container_class: str = "article-body", meta_date: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in ARTICLE)
    meta = f'<meta property="article:published_time" content="{meta_date}">' if meta_date else ""
    # A page's scripts can hold more text than its article (state for its app).
    headlines = ", ".join(['"a headline of another story"'] * 400)
    state = '{"trending": [' + headlines + "]}"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | {SITE}</title>{meta}<script>window.state = {state};</script></head><body>
<table class="calendar"><tr><td><a href="/2024/02/28/" aria-label="Posts published on
 February 28, 2024">28</a></td></tr></table>
<div class="title-area"><h1>{TITLE}</h1>
<p class="date">Written: 2024-03-04 09:12:00<span> / </span>Updated: 2024-03-05 11:40:02</p></div>
<div class="{container_class}">
{body}
<section class="card-feature" data-shop-product-id="2211" data-shop-sku="204650">
<p>WELCOME OFFER: 80,000 points</p><p>{_CARD}</p><a class="apply">Apply now</a></section>
<section class="article-email-capture"><form><input type="email"><button>Sign up</button>
</form><div class="show-success"><h3>Signed up!</h3><p>{_SIGNED_UP}</p></div></section>
</div>
<div class="editors-pick"><h2>Editor's pick</h2>
<div><h2><a href="/b">{_OTHER_STORY}</a></h2><p class="date">2024-02-27</p></div>
<div><h2><a href="/c">Markets steady</a></h2><p class="date">2024-02-29</p></div></div>
</body></html>"""


def test_product_cards_and_sign_up_boxes_inside_the_article_are_not_read() -> None:
    page = read_page(_page_with_boxes(), doc_id="p", origin="page.html")
    assert page is not None
    for sentence in ARTICLE:
        assert sentence in page.text
    assert _CARD not in page.text and "WELCOME OFFER" not in page.text
    assert _SIGNED_UP not in page.text


def test_a_container_named_like_furniture_keeps_the_article() -> None:
    # "subscriber-content" holds the article itself: a box is never most of the page.
    page = read_page(
        _page_with_boxes(container_class="subscriber-content"), doc_id="p", origin="page.html"
    )
    assert page is not None
    for sentence in ARTICLE:
        assert sentence in page.text


def test_text_no_reader_sees_is_counted_whole_in_an_element_with_children() -> None:
    # The page's hidden text is markup inside a <noscript> here, not a script's text:
    # counted whole, it still leaves the container most of the text a reader sees.
    page = _page_with_boxes(container_class="subscriber-content")
    start, end = page.index("<script>"), page.index("</script>") + len("</script>")
    hidden = "<noscript><div><p>" + "A headline of another story. " * 400 + "</p></div></noscript>"
    page = page[:start] + page[end:]
    page = page.replace('<div class="title-area">', hidden + '<div class="title-area">')
    document = read_page(page, doc_id="p", origin="page.html")
    assert document is not None
    for sentence in ARTICLE:
        assert sentence in document.text


# A sign-up box whose class names nothing ("factbox"): its heading invites the reader to
# the newsletter, its paragraphs only describe the e-mail.
_ROUNDUP = "Each morning we will mail you a digest of the county's stories and match reports."
_UNSUBSCRIBE = "You may leave the list whenever you like, and we never pass on your address."


def _page_with_a_headed_sign_up_box(heading: str, *, box_first: bool = False) -> str:
    half = 0 if box_first else len(ARTICLE) // 2
    first = "".join(f"<p>{p}</p>" for p in ARTICLE[:half])
    rest = "".join(f"<p>{p}</p>" for p in ARTICLE[half:])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | {SITE}</title></head><body><h1>{TITLE}</h1><div class="story">{first}
<div class="factbox"><span class="factbox-header"><h3>{heading}</h3></span>
<div class="factbox-content"><p>{_ROUNDUP}</p><p>{_UNSUBSCRIBE}</p></div></div>
{rest}</div></body></html>"""


def test_a_box_headed_by_a_newsletter_prompt_is_not_read() -> None:
    page = read_page(
        _page_with_a_headed_sign_up_box("Sign up for the Valley Courier newsletter"),
        doc_id="p",
        origin="page.html",
    )
    assert page is not None
    for sentence in ARTICLE:
        assert sentence in page.text
    assert _ROUNDUP not in page.text and _UNSUBSCRIBE not in page.text


def test_a_sign_up_box_that_opens_the_story_takes_only_itself() -> None:
    # The story's container begins with the box's heading too; on a page with long lists
    # of links the container is a small share of the page, and must not be taken for the box.
    links = "".join(
        f"<li><a href='/s{i}'>A headline of another story from the county, number {i}</a></li>"
        for i in range(80)
    )
    markup = _page_with_a_headed_sign_up_box(
        "Sign up for the Valley Courier newsletter", box_first=True
    ).replace("</body>", f"<ul>{links}</ul></body>")
    page = read_page(markup, doc_id="p", origin="page.html")
    assert page is not None
    for sentence in ARTICLE:
        assert sentence in page.text
    assert _ROUNDUP not in page.text


def test_a_box_under_a_heading_that_invites_no_one_is_read() -> None:
    # The same box under a heading of the article's own: a fact box, read.
    page = read_page(
        _page_with_a_headed_sign_up_box("What the county's newsletter reported"),
        doc_id="p",
        origin="page.html",
    )
    assert page is not None
    assert _ROUNDUP in page.text and _UNSUBSCRIBE in page.text


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our NEWSLETTER to get the morning briefing",
        "Sign up for our new\u017fletter to get the morning briefing",  # a long s
        "Subscribe: the Newsletter lands every Friday",
        "The council's newsletter said the road would reopen on Monday after repairs",
        "Sign up to vote before Friday",
        "Newsletter",
    ],
)
def test_a_newsletter_prompt_is_found_whatever_the_case(line: str) -> None:
    assert pages._is_prompt(line) == (
        len(line.split()) <= pages._PROMPT_WORDS
        and pages._NEWSLETTER_PROMPT.search(line) is not None
    )


@pytest.mark.parametrize(
    "line",
    ["one  two", "one\ttwo", "one\u00a0two", "one\x0ctwo", "one\x0btwo", "one two", "a \t\u00a0 b"],
)
def test_a_line_is_single_spaced_as_the_pattern_does_it(line: str) -> None:
    assert pages._single_spaced(line) == pages._SPACES.sub(" ", line)


def test_the_date_the_page_prints_as_written_beats_a_guess_from_other_stories() -> None:
    page = read_page(_page_with_boxes(), doc_id="p", origin="page.html")
    assert page is not None and page.date == dt.date(2024, 3, 4)


def test_a_date_stated_in_the_metadata_stays_the_date() -> None:
    page = read_page(_page_with_boxes(meta_date="2024-03-03T23:30:00Z"), doc_id="p", origin="p")
    assert page is not None and page.date == dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<p>Published on March 4, 2024 at 9:00</p>", dt.date(2024, 3, 4)),
        ("<span>Posted</span> <time>Mon 4 March 2024</time>", dt.date(2024, 3, 4)),
        ("<div>First published: Sept. 12th, 2019</div>", dt.date(2019, 9, 12)),
        ("<p>Published 3 hours ago</p>", None),
        ('<a aria-label="Posts published on May 1, 2022">1</a>', None),
        ("<p>He posted 4 March 2024 on his blog.</p>", None),
    ],
)
def test_a_publication_label_names_the_date(line: str, expected: dt.date | None) -> None:
    from kg.read.pages import _labelled_date

    assert _labelled_date(f"<html><body>{line}</body></html>") == expected


def test_a_site_name_written_in_lower_case_is_capitalised_and_leaves_the_title() -> None:
    page = read_page(news_page(site="the Daily Example"), doc_id="p", origin="page.html")
    assert page is not None
    assert page.site == "The Daily Example" and page.title == TITLE


def test_broken_json_ld_leaves_the_rest_of_the_metadata() -> None:
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    page = read_page(
        news_page().replace("</head>", broken + "\n</head>"), doc_id="p", origin="page.html"
    )
    assert page is not None
    assert page.title == TITLE and page.date == dt.date(2024, 3, 4)
    assert page.authors == ("Jane Writer",) and page.site == SITE
    for sentence in ARTICLE:
        assert sentence in page.text


# A newsletter: numbered stories side by side, each in a block of the same class; and
# an article with the next article appended below it in the same kind of block.
_STORIES = (
    (
        "Schools install video analytics",
        "Schools across the state installed cameras that "
        "follow students between classes, the district said on Tuesday.",
    ),
    (
        "Rural graduates move to cities",
        "Graduates from rural counties moved to large cities "
        "to pay off their loans, a study by the regional bank found.",
    ),
    (
        "Songs are getting shorter",
        "Streaming pays by the play, so musicians now record "
        "songs under three minutes, an analysis of the charts showed.",
    ),
)


def _page_of_blocks(*, heading: str = "h2") -> str:
    blocks = "\n".join(
        f'<div class="story"><{heading}>{title}</{heading}>'
        f"<figure><figcaption><p>Photo: Agency</p></figcaption></figure>"
        f"<p>{lead}</p><p>{title} was the talk of the week for {title.split()[0]}.</p>"
        f'<p><a href="/more">Read more about {title.lower()} on our site</a></p></div>'
        for title, lead in _STORIES
    )
    return f'<html><body><div class="digest">{blocks}</div></body></html>'


def test_the_other_stories_of_a_page_of_stories_are_read() -> None:
    from lxml.html import document_fromstring

    from kg.read.pages import _sibling_stories

    first_lead = _STORIES[0][1]
    before, after = _sibling_stories(document_fromstring(_page_of_blocks()), first_lead)
    assert before == []
    assert _STORIES[1][1] in after and _STORIES[2][1] in after
    assert after.index(_STORIES[1][1]) < after.index(_STORIES[2][1])  # in the page's order
    assert "Photo: Agency" not in after  # a caption
    assert not any(line.startswith("Read more") for line in after)  # a link line


def test_an_appended_article_is_not_a_story_of_the_page() -> None:
    from lxml.html import document_fromstring

    from kg.read.pages import _sibling_stories

    tree = document_fromstring(_page_of_blocks(heading="h1"))  # each block its own article
    assert _sibling_stories(tree, _STORIES[0][1]) == ([], [])


@pytest.mark.parametrize(
    ("shown", "added"),
    [
        ("<p class='lede'>Rescue crews reached the last flooded village at dawn</p>", True),
        ("<p>\n  Rescue crews reached the last\n  flooded village at dawn </p>", True),
        # Written with character references: the same words once unescaped.
        ("<p>Rescue crews reached the last flooded village at&#32;dawn</p>", True),
        ("<p>Rescue crews reached the last flooded village at dawn&#46;</p>", False),
        # Only in an attribute, or inside a longer paragraph: not shown as a text.
        ("<img alt='Rescue crews reached the last flooded village at dawn'>", False),
        ("<p>Officials said rescue crews reached the last flooded village at dawn</p>", False),
    ],
)
def test_a_standfirst_is_added_when_the_page_shows_it_as_a_text(shown: str, added: bool) -> None:
    description = "Rescue crews reached the last flooded village at dawn"
    page = f"<html><head><title>Floods</title></head><body>{shown}<p>Body.</p></body></html>"
    found = pages._standfirst(description, page, "Body.")
    assert found == (description if added else None)


def test_a_standfirst_with_an_ampersand_is_looked_for_unescaped() -> None:
    description = "Fire & rescue crews reached the last flooded village"
    for shown in ("Fire &amp; rescue crews", "Fire & rescue crews"):
        page = f"<body><p>{shown} reached the last flooded village</p></body>"
        assert pages._standfirst(description, page, "") == description


# Bylines of the shapes sites give them, on a page whose metadata names no author:
# kg's search must find what trafilatura's own finds, in every case.
_BYLINES = {
    "none": "",
    "a byline class": '<p class="story-byline">By Mara Ostrova</p>',
    "rel author": '<a rel="author" href="/people/mara">Mara Ostrova</a>',
    "an author id, no class": '<div id="author">Mara Ostrova</div>',
    "an author name class": '<span class="article-author-name">Mara Ostrova</span>',
    "itemprop": '<span itemprop="author">Mara Ostrova and Tomas Reyes</span>',
    "data-component": '<div data-component="Byline"><b>Mara Ostrova</b></div>',
    "a date inside the byline": (
        '<p class="byline">By Mara Ostrova<time datetime="2024-03-04">4 March</time></p>'
    ),
    "in a comment section only": (
        '<div class="comments"><span class="author-name">reader123 wrote</span></div>'
    ),
    "too long to be a name": f'<p class="byline">{"Mara Ostrova reports " * 8}</p>',
    "a script named for the author": (
        '<script id="authorData" type="text/plain">Mara Ostrova</script>'
    ),
}


@pytest.mark.parametrize("shape", sorted(_BYLINES))
def test_the_byline_search_finds_what_trafilaturas_own_finds(shape: str) -> None:
    from lxml.html import tostring
    from trafilatura.metadata import extract_author

    page = news_page().replace('  <meta name="author" content="Jane Writer">\n', "")
    page = page.replace('<p class="byline">By Jane Writer</p>', _BYLINES[shape])
    tree = pages._parse(page)
    assert tree is not None
    before = tostring(tree)
    with pages._trafilatura_tuned():
        found = extract_author(tree)
    assert found == extract_author(tree)
    assert tostring(tree) == before  # the search reads a copy: the page stays as it was
    if shape == "a byline class":
        assert found == "Mara Ostrova"


# Boxes trafilatura's expressions look for, in the shapes its tests of one attribute,
# of either of two, and ignoring case take: the guarded expressions must select the
# same elements as trafilatura's own on each.
_BOXES = (
    '<div id="comments"><p class="comment-body">First!</p></div>',
    '<section class="CookieNotice"><p>We use cookies.</p></section>',
    '<div id="x" class="cookie-bar"><span>Accept</span></div>',
    '<div class="cookie-bar" id="x"><span>Accept</span></div>',
    '<p id="hidden-tip" style="color: red">A tip.</p>',
    '<div class="share-tools"><a href="/s">Share</a></div>',
    '<p style="display:none" id="hidden-note">Hidden words.</p>',
    '<div class="FullText story-body"><p>Body text of the story.</p></div>',
    '<div class=""><p>An empty class.</p></div>',
    '<aside class="sidebar"><ul class="tag-list"><li><a href="/t">Tag</a></li></ul></aside>',
    '<div class="post-comments"><ol><li class="comment">Nice.</li></ol></div>',
)


def test_guarded_expressions_select_what_trafilaturas_own_select() -> None:
    boxes = "\n".join(_BOXES)
    documents = [news_page(), news_page().replace("</main>", f"{boxes}</main>")]
    trees = [pages._parse(document) for document in documents]
    lists = pages._guarded_lists()
    assert {"BODY_XPATH", "OVERALL_DISCARD_XPATH", "AUTHOR_XPATHS"} <= set(lists)
    paths = [guarded.path for _, expressions in lists.values() for guarded in expressions]
    assert any("((@id|@class) and kg:test" in path for path in paths)
    assert not any("re:test(" in path for path in paths)  # each pattern is kg's own test
    for shipped, guarded in lists.values():
        for original, faster in zip(shipped, guarded, strict=True):
            for tree in trees:
                assert faster(tree) == original(tree), original.path
    constants = {(module.__name__, name) for module, name, _, _ in pages._guarded_constants()}
    assert ("trafilatura.baseline", "BASIC_CLEAN_XPATH") in constants
    for _, _, original, faster in pages._guarded_constants():
        for tree in trees:
            assert faster(tree) == original(tree), original.path


def test_trafilatura_is_as_it_shipped_after_a_page_is_read() -> None:
    import importlib

    from trafilatura import core, xpaths

    baseline = importlib.import_module("trafilatura.baseline")  # the module, not its function
    shipped = list(xpaths.OVERALL_DISCARD_XPATH)
    article_pass = core._extract_and_compare
    cleaning = baseline.BASIC_CLEAN_XPATH
    with pages._trafilatura_tuned():
        assert xpaths.OVERALL_DISCARD_XPATH != shipped
        assert core._extract_and_compare is not article_pass
        assert baseline.BASIC_CLEAN_XPATH is not cleaning
    assert xpaths.OVERALL_DISCARD_XPATH == shipped
    assert core._extract_and_compare is article_pass
    assert baseline.BASIC_CLEAN_XPATH is cleaning
    with pytest.raises(KeyError), pages._trafilatura_tuned():
        raise KeyError("a reader fails")
    assert xpaths.OVERALL_DISCARD_XPATH == shipped
    assert core._extract_and_compare is article_pass
    assert baseline.BASIC_CLEAN_XPATH is cleaning


# Other stories' headlines beside the article, more text than the article itself.
_MORE_STORIES = "".join(
    f'<li><a href="/s{n}">Council approves plan number {n} for the harbour district '
    f"after a long debate among residents and traders</a></li>"
    for n in range(30)
)


@pytest.mark.parametrize(
    "where, readability",
    [
        ("the article is most of the page", False),
        ("other stories outweigh the article", True),
        ("an element parsed again as raw text", True),
    ],
)
def test_readability_runs_only_where_its_text_could_win(
    where: str, readability: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib

    from trafilatura import external

    page = news_page()
    if where == "other stories outweigh the article":
        page = page.replace("</main>", f'<div class="more"><ul>{_MORE_STORIES}</ul></div></main>')
    elif where == "an element parsed again as raw text":
        page = page.replace("</article>", "<xmp>a &lt; b</xmp></article>")
    runs = []
    try_readability = external.try_readability

    def counted(tree: object) -> object:
        runs.append(tree)
        return try_readability(tree)

    monkeypatch.setattr(external, "try_readability", counted)
    document = read_page(page, doc_id="p", origin="page.html")
    assert bool(runs) is readability
    # trafilatura as it ships (readability on every page) reads the page alike.
    monkeypatch.setattr(pages, "_trafilatura_tuned", contextlib.nullcontext)
    assert read_page(page, doc_id="p", origin="page.html") == document
    assert runs


def test_a_regular_expression_is_tested_only_where_the_attribute_is() -> None:
    from lxml.etree import XPath

    namespaces = {"re": pages._REGEXP_NAMESPACE}
    page = pages._parse(
        "<html><body><p class='byline'>a</p><p>b</p><p id='by'>c</p><p class=''>d</p>"
        "<p class='other'>e</p></body></html>"
    )
    for expression, kept in [
        ("//p[re:test(@class, 'by') or re:test(@id, '^by$')]", 2),
        # A pattern that matches the empty string holds for a <p> without a class too.
        ("//p[re:test(@class, 'x*')]", 5),
    ]:
        original = XPath(expression, namespaces=namespaces)
        guarded = pages._guarded(original)
        assert guarded(page) == original(page) and len(original(page)) == kept
    assert (
        "(@class and kg:test"
        in pages._guarded(XPath("//p[re:test(@class, 'by')]", namespaces=namespaces)).path
    )
    assert (
        "(@class and"
        not in pages._guarded(XPath("//p[re:test(@class, 'x*')]", namespaces=namespaces)).path
    )
    # A prefix kg does not know: its namespace is the caller's, so the expression stays.
    other = XPath("//p[re:test(@class, 'by') or ex:f(.)]", namespaces={**namespaces, "ex": "e"})
    assert pages._guarded(other) is other


def test_a_colon_inside_a_string_names_no_namespace() -> None:
    from lxml.etree import XPath

    namespaces = {"re": pages._REGEXP_NAMESPACE}
    page = pages._parse(
        "<html><body><p style='display:none'>a</p><p id='hidden-x'>b</p><p>c</p></body></html>"
    )
    original = XPath(
        "//p[contains(@style, 'display:none') or re:test(@id, 'hidden')]", namespaces=namespaces
    )
    guarded = pages._guarded(original)
    assert guarded is not original and "re:test(" not in guarded.path
    assert guarded(page) == original(page) and len(original(page)) == 2


def test_an_attribute_test_answers_as_a_regular_expression_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pattern = re.compile("^hide-|nav|Footer")
    name, test = pages._attribute_test(pattern)
    assert pages._attribute_test(pattern) == (name, test)  # one function a pattern
    assert pages._attribute_test(re.compile("nav")) != (name, test)
    # Fewer verdicts kept than values asked: forgotten ones are worked out again.
    monkeypatch.setattr(pages, "_VERDICTS", 2)
    values = ["hide-me", "main-nav", "footer", "Footer", "", "x hide-me", "main-nav", "hide-me"]
    for value in values * 2:
        assert test(None, value) is (pattern.search(value) is not None)


def test_a_step_that_keeps_elements_by_tag_becomes_a_union_of_the_same_elements() -> None:
    from lxml.etree import XPath

    namespaces = {"re": pages._REGEXP_NAMESPACE}
    page = pages._parse(
        "<html><body><div class='by'><span class='by'>a</span><p class='by'>b</p></div>"
        "<section><p class='by'>c</p><b class='by'>d</b></section><span>e</span></body></html>"
    )
    for expression, union in [
        ("//*[self::p or self::span][re:test(@class, 'by')]", "(//p | //span)"),
        (".//*[self::div or self::b][re:test(@class, 'by')]|//section", "(.//div | .//b)"),
        # A position counted among the step's elements: not the union's, left as it is.
        ("//*[self::p or self::span][re:test(@class, 'by')][1]", None),
    ]:
        original = XPath(expression, namespaces=namespaces)
        guarded = pages._guarded(original)
        assert guarded(page) == original(page)
        assert (union in guarded.path) if union else ("self::p" in guarded.path)


def test_a_page_is_unescaped_as_the_standard_library_does() -> None:
    import html

    text = (
        "Fish &amp; chips &amp chips &ampx &notit; &notin; &#8217;s &#x2019;s &#X41; "
        "&#0; &#128; &#x110000; &#xD800; &#65 &bogus; & alone &#; &#x; "
        f"&{'a' * 40}; <p>&lt;b&gt;</p> &nbsp;&nbsp;&NotNestedLessLess; &amp;amp;"
    )
    for sample in (text, text * 3, "no reference at all", "", "&", "&amp;"):
        assert pages._unescape(sample) == html.unescape(sample)
    standard = getattr(html, "_charref", None)  # the library's own pattern, where it has one
    if standard is not None:
        assert pages._CHARACTER_REFERENCE.pattern == standard.pattern
