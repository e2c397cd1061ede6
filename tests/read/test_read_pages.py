"""Saved news pages: the article, not the page around it (kg.read.pages)."""

from __future__ import annotations

import datetime as dt
import logging
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
            "Driver killed in crash - WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale",
            "WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale",
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
