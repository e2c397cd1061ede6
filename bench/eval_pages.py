"""How kg reads real news pages: the article, its title and date, and no boilerplate.

Reads the 31 saved pages of ``../shared/data/news_pages/`` (never copied) two ways,
side by side:

* ``before``: kg's tag stripper (:func:`kg.inputs.html_to_text`), the whole page's
  text, with the first line as the title and no date (kg before issue 23);
* ``after``: :func:`kg.read.pages.read_page` (trafilatura + htmldate), what
  ``kg build page.html`` reads now.

For each page ``pages.jsonl`` lists article snippets (must be read) and
boilerplate snippets (must not become data). Measured:

* article snippets read: the snippet is in the text (spaces and quotes normalised);
* boilerplate in the text, and events from boilerplate: events whose sentence
  overlaps an occurrence of a boilerplate snippet (kg's real model and extractor);
* title right: the title is one of the headlines the page gives itself (its
  ``og:title`` / ``twitter:title``, an ``<h1>``, the JSON-LD ``headline``, or the
  ``<title>``), and does not start or end with the site's name (the page's
  ``og:site_name`` or its host name). The check is written apart from kg's code;
  ``--show`` prints every title for a look by eye;
* date found, and date right: equal to a publication date the page states in its
  URL or canonical URL (``/2020/02/18/``), its ``article:published_time`` /
  ``datePublished`` metadata, the JSON-LD ``datePublished``, or prints beside its
  headline (the text around the ``<h1>``) (any of them: pages disagree by a day
  across time zones, so a date one day off a stated one counts as right too);
* cost: CPU seconds (process time) to read a page against CPU seconds to parse and
  extract its text, side by side page by page (``--repeat N``: each page's median of N
  reads and N parses); the median of the pages' ratios and the ratio of the totals. CPU
  time, not wall time: the machine is shared, and a wall clock counts the other
  sessions' turns on its cores.

    python bench/eval_pages.py                  # both readers, all pages
    python bench/eval_pages.py --show           # and each page's title, date, misses
    python bench/eval_pages.py --json           # machine-readable
    python bench/eval_pages.py --only after --repeat 3   # steadier timings
    python bench/eval_pages.py --where dailymail    # where each snippet of a page sits

``--where`` looks at the markup of the pages whose file name holds the word: for each
snippet of ``pages.jsonl``, the element that holds it (the innermost whose text holds
it), its shape (tag, class, the attributes it carries), where it stands (its parent,
its place among the parent's children, whether it is inside the page's ``<article>`` or
``itemprop="articleBody"``), the share of its text in links, and whether kg reads it:
whether the page's own structure tells an annotated article snippet from an annotated
boilerplate one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "data" / "news_pages"

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7]\s+")
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "head", "title"})
_GENERIC = frozenset({"com", "org", "net", "edu", "gov", "news", "online"})


def normalised(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split()).casefold()


@dataclass
class Score:
    pages: int = 0
    article_snippets: int = 0
    article_read: int = 0
    boilerplate_snippets: int = 0
    boilerplate_in_text: int = 0
    events: int = 0
    events_from_boilerplate: int = 0
    pages_with_boilerplate_event: int = 0
    titles_right: int = 0
    dates_found: int = 0
    dates_right: int = 0
    read_seconds: list[float] = field(default_factory=list)
    parse_seconds: list[float] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- what the page says


def page_facts(raw: bytes, url: str) -> dict[str, Any]:
    """Headlines, site names and publication dates the page states, read with lxml alone."""
    import lxml.html

    tree = lxml.html.document_fromstring(raw)

    def metas(*names: str) -> list[str]:
        found = []
        for name in names:
            query = f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content'
            found += [str(v).strip() for v in tree.xpath(query) if str(v).strip()]
        return found

    text = raw.decode("utf-8", "replace")
    headlines = metas("og:title", "twitter:title")
    headlines += [" ".join(h.text_content().split()) for h in tree.xpath("//h1")]
    headlines += re.findall(r'"headline"\s*:\s*"([^"]{5,300})"', text)
    title = tree.findtext(".//title")
    if title:
        headlines.append(" ".join(title.split()))
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    labels = [label for label in host.split(".")[:-1] if len(label) >= 3 and label not in _GENERIC]
    sites = metas("og:site_name", "application-name") + labels
    stated = metas("article:published_time", "datePublished", "date", "pubdate", "publish-date")
    stated += re.findall(r'"datePublished"\s*:\s*"([^"]+)"', text)
    dates = {d for d in (_iso_date(s) for s in stated) if d}
    canonical = [str(v) for v in tree.xpath('//link[@rel="canonical"]/@href')]
    for address in [url, *canonical]:
        in_url = re.search(r"/(20\d\d)[/-](\d\d|[a-z]{3})[/-](\d\d)/", address)
        if in_url:
            year, month, day = in_url.groups()
            number = int(month) if month.isdigit() else _MONTHS.index(month) + 1
            dates.add(dt.date(int(year), number, int(day)))
    # A date printed beside the headline, as a reader sees it ("Written: 2023-11-07",
    # "Jan 18, 2019"): the text around each <h1>, up to two levels up.
    for hidden in tree.xpath("//script|//style"):
        hidden.drop_tree()
    for h1 in tree.xpath("//h1"):
        block = h1
        for _ in range(2):
            parent = block.getparent()
            if parent is None or len(parent.text_content()) > 2000:
                break
            block = parent
        dates |= shown_dates(" ".join(block.itertext()))
    return {"headlines": headlines, "sites": sites, "dates": dates}


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def shown_dates(text: str) -> set[dt.date]:
    """Dates written out in ``text``: 2023-11-07, Jan 18, 2019, 18 January 2019."""
    found = set()
    for year, month, day in re.findall(r"\b(20\d\d)[-./](\d\d)[-./](\d\d)\b", text):
        found.add((int(year), int(month), int(day)))
    for month, day, year in re.findall(r"\b([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}),? (20\d\d)\b", text):
        if month.lower() in _MONTHS:
            found.add((int(year), _MONTHS.index(month.lower()) + 1, int(day)))
    for day, month, year in re.findall(r"\b(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (20\d\d)\b", text):
        if month.lower() in _MONTHS:
            found.add((int(year), _MONTHS.index(month.lower()) + 1, int(day)))
    dates = set()
    for year, month, day in found:
        try:
            dates.add(dt.date(year, month, day))
        except ValueError:
            continue
    return dates


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def title_right(title: str | None, facts: dict[str, Any]) -> bool:
    if not title:
        return False
    wanted = normalised(title)
    if wanted not in {normalised(h) for h in facts["headlines"]}:
        return False
    # Wrong when a part beside the headline, or the end of the title, names the site.
    parts = [normalised(p) for p in _SEPARATORS.split(title)]
    headline = max(parts, key=len)
    squeezed_title = re.sub(r"[^a-z0-9]", "", wanted)
    for site in facts["sites"]:
        name = re.sub(r"[^a-z0-9]", "", normalised(site))
        if len(name) < 3:
            continue
        if len(name) >= 4 and squeezed_title.endswith(name) and name != squeezed_title:
            return False
        for part in parts:
            if part != headline and name in re.sub(r"[^a-z0-9]", "", part):
                return False
    return True


def date_right(date: dt.date | None, facts: dict[str, Any]) -> bool:
    return date is not None and any(abs((date - d).days) <= 1 for d in facts["dates"])


# --------------------------------------------------------------------------- reading


def read_before(raw: str, doc_id: str) -> Any:
    from kg.inputs import html_to_text
    from kg.model import Document

    text = html_to_text(raw)
    first = text.lstrip().split("\n", 1)[0].strip()
    return Document(id=doc_id, text=text, title=first if len(first) <= 200 else None)


def read_after(raw: str, doc_id: str, url: str) -> Any:
    import dataclasses

    from kg.read.language import detect_language
    from kg.read.pages import read_page

    # The URL is not given: a saved page is read from its own markup alone.
    document = read_page(raw, doc_id=doc_id, origin=doc_id)
    return dataclasses.replace(document, language=detect_language(document.text))


def spans_of(snippet: str, text: str) -> list[tuple[int, int]]:
    found, start = [], text.find(snippet)
    while start >= 0:
        found.append((start, start + len(snippet)))
        start = text.find(snippet, start + 1)
    return found


def evaluate(
    way: str, rows: list[dict[str, Any]], nlp: Any, *, events: bool, repeat: int = 1
) -> Score:
    from kg.parallel import extract_with

    score = Score()
    for row in rows:
        raw_bytes = gzip.open(DATA / row["file"]).read()
        raw = raw_bytes.decode("utf-8", "replace")
        facts = page_facts(raw_bytes, row["url"])
        doc_id = row["file"].removesuffix(".html.gz")
        took = []
        for _ in range(repeat):
            started = time.process_time()
            document = read_before(raw, doc_id) if way == "before" else read_after(raw, doc_id, "")
            took.append(time.process_time() - started)
        score.read_seconds.append(statistics.median(took))
        text = normalised(document.text)
        missed = [s for s in row["article_snippets"] if normalised(s) not in text]
        leaked = [s for s in row["boilerplate_snippets"] if normalised(s) in text]
        score.pages += 1
        score.article_snippets += len(row["article_snippets"])
        score.article_read += len(row["article_snippets"]) - len(missed)
        score.boilerplate_snippets += len(row["boilerplate_snippets"])
        score.boilerplate_in_text += len(leaked)
        right_title = title_right(document.title, facts)
        right_date = date_right(document.date, facts)
        score.titles_right += right_title
        score.dates_found += document.date is not None
        score.dates_right += right_date
        bad_events: list[str] = []
        if events:
            took = []
            for _ in range(repeat):
                started = time.process_time()
                [extraction] = list(extract_with(nlp, [document]))
                took.append(time.process_time() - started)
            score.parse_seconds.append(statistics.median(took))
            spans = [
                span for s in row["boilerplate_snippets"] for span in spans_of(s, document.text)
            ]
            score.events += len(extraction.events)
            for event in extraction.events:
                start, end = event.evidence.start, event.evidence.end
                if any(start < b_end and b_start < end for b_start, b_end in spans):
                    bad_events.append(event.evidence.text[:80])
            score.events_from_boilerplate += len(bad_events)
            score.pages_with_boilerplate_event += bool(bad_events)
        score.rows.append(
            {
                "file": row["file"],
                "title": document.title,
                "title_right": right_title,
                "date": document.date.isoformat() if document.date else None,
                "date_right": right_date,
                "stated_dates": sorted(d.isoformat() for d in facts["dates"]),
                "missed": missed,
                "leaked": leaked,
                "events_from_boilerplate": bad_events,
                "read_s": round(score.read_seconds[-1], 4),
                "parse_s": round(score.parse_seconds[-1], 4) if events else None,
            }
        )
    return score


def summary(score: Score) -> dict[str, Any]:
    ratios = [r / p for r, p in zip(score.read_seconds, score.parse_seconds, strict=False) if p]
    return {
        "pages": score.pages,
        "article snippets read": f"{score.article_read}/{score.article_snippets}",
        "boilerplate snippets in the text": (
            f"{score.boilerplate_in_text}/{score.boilerplate_snippets}"
        ),
        "events": score.events,
        "events from boilerplate": score.events_from_boilerplate,
        "pages with an event from boilerplate": score.pages_with_boilerplate_event,
        "title right": f"{score.titles_right}/{score.pages}",
        "date found": f"{score.dates_found}/{score.pages}",
        "date right": f"{score.dates_right}/{score.pages}",
        "read CPU s/page (median)": round(statistics.median(score.read_seconds), 4),
        "parse CPU s/page (median)": round(statistics.median(score.parse_seconds), 4)
        if score.parse_seconds
        else None,
        "read/parse (median of pages)": round(statistics.median(ratios), 3) if ratios else None,
        "read/parse (totals)": round(sum(score.read_seconds) / sum(score.parse_seconds), 3)
        if score.parse_seconds
        else None,
    }


def where(row: dict[str, Any]) -> None:
    """Print where each snippet of a page sits in its markup (``--where``)."""
    from lxml import etree
    from lxml import html as lxml_html

    raw = gzip.open(DATA / row["file"]).read()
    tree = lxml_html.fromstring(raw)
    read = normalised(read_after(raw.decode("utf-8", "replace"), "page", row["url"]).text)
    print(f"## {row['file']}")
    for kind in ("article_snippets", "boilerplate_snippets"):
        for snippet in row[kind]:
            wanted = normalised(snippet)
            holders = [
                e
                for e in tree.iter(etree.Element)
                if e.tag not in _UNSHOWN and wanted in normalised(e.text_content())
            ]
            if not holders:
                print(f"{kind[:7]:8} {snippet!r}: not in the markup's text")
                continue
            element = holders[-1]  # iter() is in document order: the last holder is innermost
            parent = element.getparent()
            place = parent.index(element) if parent is not None else 0
            body = element.xpath("ancestor::article | ancestor::*[@itemprop='articleBody']")
            text = element.text_content()
            inside_link = element.xpath("ancestor-or-self::a")
            linked = (
                len(text) if inside_link else sum(len(a.text_content()) for a in element.iter("a"))
            )
            path = " > ".join(
                f"{e.tag}{'.' + e.get('class').split()[0] if e.get('class') else ''}"
                for e in [*element.iterancestors()][:4][::-1]
            )
            shape = f"<{element.tag} class={element.get('class')!r} {sorted(element.attrib)}>"
            around = f"child {place} of {len(parent) if parent is not None else 0}"
            inside = "outside <article>/articleBody"
            if body:
                named = " itemprop=articleBody" if body[-1].get("itemprop") else ""
                inside = f"in <{body[-1].tag}{named}>"
            if parent is not None:
                around += f" of <{parent.tag} class={parent.get('class')!r}>"
            print(
                f"{kind[:7]:8} {snippet[:40]!r:44} {path} > {shape} {around}, {inside},"
                f" links {linked / max(len(text), 1):.0%}, read by kg: {wanted in read}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-events", action="store_true", help="skip the parse (fast)")
    parser.add_argument("--show", action="store_true", help="print each page's result")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", choices=("before", "after"))
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="read and parse each page N times; timings are each page's median",
    )
    parser.add_argument("--where", metavar="WORD", help="only: where each snippet of a page sits")
    args = parser.parse_args()
    globals()["DATA"] = args.data
    rows = [json.loads(line) for line in (args.data / "pages.jsonl").open(encoding="utf-8")]
    if args.where:
        for row in rows:
            if args.where in row["file"]:
                where(row)
        return
    nlp = None
    if not args.no_events:
        from kg.pipeline import load_pipeline

        nlp = load_pipeline()
    # Warm both readers up (imports, the language model) outside the timings.
    first = gzip.open(args.data / rows[0]["file"]).read().decode("utf-8", "replace")
    read_after(first, "warm-up", "")
    results = {}
    for way in ("before", "after"):
        if args.only and way != args.only:
            continue
        score = evaluate(way, rows, nlp, events=not args.no_events, repeat=args.repeat)
        results[way] = (summary(score), score.rows)
    if args.json:
        print(json.dumps({way: {"summary": s, "pages": r} for way, (s, r) in results.items()}))
        return
    names = list(next(iter(results.values()))[0])
    print(f"{'':40} " + " ".join(f"{way:>12}" for way in results))
    for name in names:
        print(f"{name:40} " + " ".join(f"{str(results[w][0][name]):>12}" for w in results))
    if args.show:
        for way, (_, pages) in results.items():
            print(f"\n## {way}")
            for page in pages:
                marks = ("T" if page["title_right"] else "t") + ("D" if page["date_right"] else "d")
                print(f"{marks} {page['file'][:34]:34} {page['date']} {page['title']!r}")
                if page["parse_s"]:
                    print(
                        f"     read {page['read_s']:.3f} s, parse {page['parse_s']:.3f} s"
                        f" ({page['read_s'] / page['parse_s']:.1%})"
                    )
                for missed in page["missed"]:
                    print(f"     missed: {missed!r}")
                for leaked in page["leaked"]:
                    print(f"     boilerplate in text: {leaked!r}")
                for sentence in page["events_from_boilerplate"]:
                    print(f"     event from boilerplate: {sentence!r}")


if __name__ == "__main__":
    main()
