"""News pages, feeds and web archives written by the tests (kg.read).

The page is what a browser saves: the article sits among a menu, a cookie
banner, related headlines, a newsletter prompt and a footer, each of which
holds sentences a parser would happily turn into events.
"""

from __future__ import annotations

import gzip
import html
import uuid

ARTICLE = (
    "Russian forces shelled the city of Kharkiv on Monday, killing twelve people, "
    "regional officials said.",
    "The governor of the region said that rescue teams had pulled four survivors from "
    "a collapsed apartment block near the central market.",
    "Ukrainian troops repelled an attack on a village east of the city on Sunday, "
    "the general staff said in a statement.",
    "Residents queued for water and bread on Tuesday as repair crews restored power to "
    "most districts.",
)

#: Sentences that are on the page but not in the article: none may become an event.
BOILERPLATE = (
    "We use cookies to improve your experience and to show you personalised ads.",
    "Protesters stormed the parliament in a distant capital, police said.",
    "The central bank raised interest rates again, economists said.",
    "Sign up to our newsletter and we will send you the top stories every morning.",
    "Copyright 2024 Example Media Group. All rights reserved.",
)

TITLE = "Shelling kills twelve in Kharkiv"
SITE = "The Daily Example"


def news_page(
    *,
    title: str = TITLE,
    site: str = SITE,
    date: str = "2024-03-04",
    author: str = "Jane Writer",
    url: str = "https://news.example.org/world/kharkiv-shelling",
    paragraphs: tuple[str, ...] = ARTICLE,
    lang: str = "en",
) -> str:
    """A saved news page around ``paragraphs``, with its metadata in the head."""
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs)
    cookie, related_1, related_2, newsletter, footer = (html.escape(s) for s in BOILERPLATE)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | {html.escape(site)}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:site_name" content="{html.escape(site)}">
  <meta property="og:title" content="{html.escape(title)}">
  <meta name="author" content="{html.escape(author)}">
  <meta property="article:published_time" content="{date}T08:30:00Z">
</head>
<body>
  <div id="cookie-banner" class="cookie-consent"><p>{cookie}</p><button>Accept</button></div>
  <header><nav class="menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
    <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
  </ul></nav></header>
  <main>
    <article>
      <h1>{html.escape(title)}</h1>
      <p class="byline">By {html.escape(author)}</p>
      <time datetime="{date}">{date}</time>
{body}
    </article>
    <aside class="related"><h2>Related stories</h2><ul>
      <li><a href="/a">{related_1}</a></li>
      <li><a href="/b">{related_2}</a></li>
    </ul></aside>
    <div class="newsletter-signup"><p>{newsletter}</p><input type="email"></div>
  </main>
  <footer class="site-footer"><p>{footer}</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


def rss_feed(items: list[dict[str, str]], *, title: str = SITE) -> str:
    """An RSS 2.0 feed; an item's ``content`` goes in content:encoded."""
    entries = []
    for item in items:
        content = (
            f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
            if "content" in item
            else ""
        )
        entries.append(
            f"""<item><title>{html.escape(item["title"])}</title>
  <link>{html.escape(item["link"])}</link>
  <guid>{html.escape(item["link"])}</guid>
  <pubDate>{item["date"]}</pubDate>
  <description>{html.escape(item.get("summary", ""))}</description>{content}</item>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>{html.escape(title)}</title><link>https://news.example.org/</link>
<description>News</description>
{chr(10).join(entries)}
</channel></rss>
"""


def atom_feed(entries: list[dict[str, str]]) -> str:
    """An Atom feed with full content for each entry."""
    parts = [
        f"""<entry><title>{html.escape(e["title"])}</title>
  <link href="{html.escape(e["link"])}"/><id>{html.escape(e["link"])}</id>
  <updated>{e["date"]}</updated>
  <content type="html">{html.escape(e["content"])}</content></entry>"""
        for e in entries
    ]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{SITE}</title>
<id>urn:example:feed</id><updated>2024-03-05T00:00:00Z</updated>
{chr(10).join(parts)}
</feed>
"""


def warc_record(
    url: str,
    body: bytes,
    *,
    date: str = "2024-03-05T10:00:00Z",
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    kind: str = "response",
) -> bytes:
    """One gzipped WARC/1.0 record holding an HTTP response, as crawlers write them."""
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")
