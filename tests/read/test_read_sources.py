"""Feeds, web archives and URLs (kg.read.feeds, kg.read.warc, kg.read.web).

The URL tests fetch from a real HTTP server each test module starts on
127.0.0.1 and stops at the end; nothing leaves the machine.
"""

from __future__ import annotations

import datetime as dt
import http.server
import io
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from random import Random

import pytest
from click.testing import CliRunner
from read_fixtures import ARTICLE, BOILERPLATE, TITLE, atom_feed, news_page, rss_feed, warc_record
from spacy.language import Language

import kg
from kg.cli import main
from kg.inputs import read_documents
from kg.model import Document
from kg.read import URL, FetchOptions, ReadOptions
from kg.read.warc import read_warc
from kg.read.web import Fetcher, FetchError

LOCAL = frozenset({"127.0.0.1"})
HUGE = 40_000


def warnings_of(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING)


def read(*sources: object, **options: object) -> list[Document]:
    return list(read_documents(sources, options=ReadOptions(**options)))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- feeds

ITEMS = [
    {
        "title": "Shelling kills twelve in Kharkiv",
        "link": "https://news.example.org/world/kharkiv-shelling",
        "date": "Mon, 04 Mar 2024 08:30:00 GMT",
        "summary": "Twelve dead in Kharkiv.",
        "content": "".join(f"<p>{p}</p>" for p in ARTICLE),
    },
    {
        "title": "Talks resume",
        "link": "https://news.example.org/world/talks",
        "date": "Tue, 05 Mar 2024 09:00:00 GMT",
        "summary": "Negotiators from both countries met in Istanbul on Tuesday, the foreign "
        "ministry said, and agreed to meet again next week to discuss a ceasefire.",
    },
]


def test_rss_items_are_documents_with_full_content_or_a_marked_summary(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(rss_feed(ITEMS), encoding="utf-8")
    full, summary = read(path)
    assert full.id == full.url == ITEMS[0]["link"]
    assert full.title == TITLE and full.date == dt.date(2024, 3, 4)
    assert full.text == "\n\n".join(ARTICLE) and not full.summary_only
    assert summary.summary_only and summary.text == ITEMS[1]["summary"]
    assert summary.date == dt.date(2024, 3, 5)
    assert full.extractor is not None and full.extractor.startswith("feedparser ")


def test_an_atom_feed_in_a_folder(tmp_path: Path) -> None:
    entries = [
        {
            "title": "Kharkiv",
            "link": "https://news.example.org/a",
            "date": "2024-03-04T08:00:00Z",
            "content": "<p>" + ARTICLE[0] + "</p>",
        }
    ]
    (tmp_path / "feed.atom").write_text(atom_feed(entries), encoding="utf-8")
    [entry] = read(tmp_path)
    assert entry.text == ARTICLE[0] and entry.date == dt.date(2024, 3, 4)


def test_xml_that_is_no_feed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    with pytest.raises(kg.InputError, match=r"config.xml: not an RSS or Atom feed"):
        read(path)


# --------------------------------------------------------------------------- web archives


def test_a_web_archive_gives_each_distinct_page_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    page = news_page().encode()
    other = news_page(
        title="Power restored in Odesa",
        url="https://news.example.org/odesa",
        date="2024-03-01",
        paragraphs=(
            "Engineers restored power to most of Odesa on Friday after a drone attack "
            "damaged a substation, the regional governor said.",
        ),
    ).encode()
    undated = (
        "<html><body><article><p>"
        + " ".join(ARTICLE)
        + " "
        + ARTICLE[0].replace("twelve", "nine")
        + "</p></article></body></html>"
    ).encode()
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        warc_record("https://news.example.org/world/kharkiv-shelling", page)
        + warc_record("https://news.example.org/world/kharkiv-shelling", page)  # same URL
        + warc_record("https://mirror.example.net/kharkiv", page)  # same content
        + warc_record("https://news.example.org/missing", b"gone", status="404 Not Found")
        + warc_record("https://news.example.org/logo.png", b"\x89PNG", content_type="image/png")
        + warc_record("https://news.example.org/odesa", other)
        + warc_record("https://news.example.org/undated", undated, date="2024-03-09T23:00:00Z")
    )
    documents = read(archive)
    assert [d.id for d in documents] == [
        "https://news.example.org/world/kharkiv-shelling",
        "https://news.example.org/odesa",
        "https://news.example.org/undated",
    ]
    first, odesa, undated_page = documents
    assert first.title == TITLE and first.date == dt.date(2024, 3, 4)
    assert odesa.date == dt.date(2024, 3, 1)
    assert undated_page.date == dt.date(2024, 3, 9)  # the archive's date
    assert undated_page.retrieved_at == dt.datetime(2024, 3, 9, 23, 0, tzinfo=dt.UTC)
    for sentence in BOILERPLATE:
        assert sentence not in first.text
    assert "crawl.warc.gz: 2 duplicate pages skipped" in warnings_of(caplog)


class _CountingFile(io.FileIO):
    """A file that remembers how far into it anything has read."""

    furthest = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        _CountingFile.furthest = max(_CountingFile.furthest, self.tell())
        return data


class _WatchedPath(type(Path())):  # type: ignore[misc]
    def open(self, *args: object, **kwargs: object) -> _CountingFile:
        return _CountingFile(str(self), "rb")


def test_a_web_archive_is_read_record_by_record(tmp_path: Path) -> None:
    # A page, then a megabyte of images (records a reader passes over), then a
    # second page: the first page must come out before the images are read, or
    # an archive of many gigabytes would have to fit in memory.
    random = Random(7)
    images = b"".join(
        warc_record(
            f"https://news.example.org/photo-{n}.jpg",
            bytes(random.getrandbits(8) for _ in range(100_000)),
            content_type="image/jpeg",
        )
        for n in range(10)
    )
    later = news_page(
        title="Power restored in Odesa",
        url="https://news.example.org/odesa",
        paragraphs=(
            "Engineers restored power to most of Odesa on Friday after a drone attack "
            "damaged a substation, the regional governor said.",
        ),
    ).encode()
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        warc_record("https://news.example.org/world/kharkiv-shelling", news_page().encode())
        + images
        + warc_record("https://news.example.org/odesa", later)
    )
    _CountingFile.furthest = 0
    pages = read_warc(_WatchedPath(archive))
    first = next(pages)
    assert first.title == TITLE
    assert _CountingFile.furthest < archive.stat().st_size / 2
    assert [page.id for page in pages] == ["https://news.example.org/odesa"]
    assert _CountingFile.furthest == archive.stat().st_size


def test_an_archive_builds_the_same_with_workers(nlp: Language, tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(
        b"".join(
            __import__("gzip").decompress(
                warc_record(f"https://news.example.org/{n}", news_page(title=f"Page {n}").encode())
            )
            for n in range(3)
        )
    )
    alone = kg.build([archive], workers=1)
    together = kg.build([archive], workers=2)
    assert len(alone.documents) == 3
    assert alone.events == together.events and alone.events
    for event in alone.events:
        assert not any(event.evidence.text in b or b in event.evidence.text for b in BOILERPLATE)


# --------------------------------------------------------------------------- URLs


class _Site(http.server.BaseHTTPRequestHandler):
    agents: list[str] = []
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self.agents.append(self.headers.get("User-Agent", ""))
        self.hits.append(self.path)
        routes = {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/article": (200, "text/html; charset=utf-8", news_page().encode()),
            "/private/page": (200, "text/html", news_page().encode()),
            "/huge": (200, "text/html", b"<p>" + b"x" * HUGE + b"</p>"),
            "/feed.rss": (
                200,
                "application/rss+xml",
                rss_feed(
                    [
                        {
                            "title": "Kharkiv",
                            "link": f"http://127.0.0.1:{self.server.server_address[1]}/article",
                            "date": "Mon, 04 Mar 2024 08:30:00 GMT",
                            "summary": "Twelve dead.",
                        }
                    ]
                ).encode(),
            ),
        }
        redirects = {"/moved": "/article", "/to-private": "http://10.255.255.1/article"}
        if self.path in redirects:
            self.send_response(301)
            self.send_header("Location", redirects[self.path])
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(6)
        if self.path == "/trickle":
            # 200 OK, then a byte every 0.05 s for 10 s: no single read waits long.
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "200")
                self.end_headers()
                for _ in range(200):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass  # the client gave up: that is the point
            return
        status, kind, body = routes.get(self.path, (404, "text/plain", b"not here"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (the slow page)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def options(tmp_path: Path | None = None, **fetch: object) -> ReadOptions:
    # A generous timeout: on a loaded machine the test's own server can take a second to
    # answer, and a fetch that must succeed must not time out (issue 23's suite run did).
    settings: dict[str, object] = {"allow_hosts": LOCAL, "timeout": 10, "max_bytes": 20_000}
    settings.update(fetch)
    if tmp_path is not None:
        settings["cache"] = tmp_path / "cache"
    return ReadOptions(fetch=FetchOptions(**settings))  # type: ignore[arg-type]


def test_a_url_is_fetched_after_its_redirect_and_read_as_news(site: str, tmp_path: Path) -> None:
    [page] = read_documents([URL(f"{site}/moved")], options=options())
    assert page.title == TITLE and page.date == dt.date(2024, 3, 4)
    assert page.url == "https://news.example.org/world/kharkiv-shelling"  # its canonical address
    assert page.retrieved_from == f"{site}/article"
    assert page.retrieved_at is not None and page.language == "en"
    assert "kg/" in _Site.agents[-1]


def test_each_failure_is_one_warning_and_the_rest_is_read(
    site: str, caplog: pytest.LogCaptureFixture
) -> None:
    addresses = ["/missing", "/slow", "/huge", "/private/page", "/article"]
    # /slow answers after 6 s: past a 3 s timeout, with room for the other pages' answers.
    documents = list(read_documents([URL(site + a) for a in addresses], options=options(timeout=3)))
    assert [d.title for d in documents] == [TITLE]
    said = warnings_of(caplog).splitlines()
    assert len(said) == 4
    assert f"{site}/missing: the server answered 404 Not Found (skipped)" in said
    assert f"{site}/slow: no answer within 3 s (timed out) (skipped)" in said
    assert f"{site}/huge: larger than the size limit of 20,000 bytes (skipped)" in said
    assert (
        f"{site}/private/page: the site's robots.txt does not allow kg to fetch it (skipped)"
        in (said)
    )


def test_loopback_is_refused_unless_allowed(site: str) -> None:
    with Fetcher(FetchOptions(timeout=0.5)) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(f"{site}/article")
    assert "private or local address (127.0.0.1); allow it explicitly" in str(caught.value)
    with Fetcher(FetchOptions(allow_hosts=LOCAL)) as fetcher:
        # Every hop is checked: an allowed host cannot redirect into the private network.
        with pytest.raises(FetchError, match=r"10.255.255.1/article: 10.255.255.1 is a private"):
            fetcher.fetch(f"{site}/to-private")
        with pytest.raises(FetchError, match="only http and https"):
            fetcher.fetch("file:///etc/passwd")


def test_a_page_that_trickles_in_is_given_up_at_the_timeout(site: str) -> None:
    # Each byte comes long before a read would time out; the whole answer does not.
    with Fetcher(FetchOptions(allow_hosts=LOCAL, timeout=0.5)) as fetcher:
        with pytest.raises(FetchError, match=r"/trickle: no complete answer within 0.5 s"):
            fetcher.fetch(f"{site}/trickle")


def test_pages_are_cached_by_url(site: str, tmp_path: Path) -> None:
    before = _Site.hits.count("/article")
    first = list(read_documents([URL(f"{site}/article")], options=options(tmp_path)))
    again = list(read_documents([URL(f"{site}/article")], options=options(tmp_path)))
    assert first == again
    assert _Site.hits.count("/article") == before + 1


def test_a_feed_url_with_follow_reads_the_linked_articles(site: str) -> None:
    plain = ReadOptions(fetch=options().fetch)
    [summary] = read_documents([URL(f"{site}/feed.rss")], options=plain)
    assert summary.summary_only and summary.text == "Twelve dead."
    following = ReadOptions(follow=True, fetch=options().fetch)
    [article] = read_documents([URL(f"{site}/feed.rss")], options=following)
    assert not article.summary_only and ARTICLE[0] in article.text
    assert article.title == "Kharkiv" or article.title == TITLE


def test_the_cli_builds_urls_and_a_url_list(nlp: Language, site: str, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# today's pages\n{site}/article\n{site}/missing\n", encoding="utf-8")
    out = tmp_path / "out"
    common = ["--allow-host", "127.0.0.1", "--cache", str(tmp_path / "cache"), "--no-html"]
    result = CliRunner().invoke(
        main, ["build", "--urls", str(listing), "-o", str(out), "--workers", "1", *common]
    )
    assert result.exit_code == 0, result.output
    assert f"kg: warning: {site}/missing: the server answered 404 Not Found (skipped)" in (
        result.stderr
    )
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert TITLE in graph and "trafilatura" in graph and "retrievedAt" in graph
    refused = CliRunner().invoke(
        main, ["build", f"{site}/article", "-o", str(tmp_path / "x"), "--no-cache", "--no-html"]
    )
    assert refused.exit_code == 1
    assert "private or local address" in refused.stderr
    assert "kg: error: no documents found in the input" in refused.stderr
