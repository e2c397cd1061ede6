"""Document hygiene: which parts of a text are the article, and which line is its title.

News text comes with things that are not news: navigation ("Also Like"), the
headline repeated, datelines ("BOSTON (AP) —"), bylines, photo captions and
credits ("image copyright Harbour Photo Agency image caption ..."), links to other stories
("Read more: ..."), wiki markup ("==Attack=="), crossheads. Read as sentences,
they give events nobody reported and entities that are not in the story.

:func:`layout` finds them in a text and returns a :class:`Layout`: the title
line and the regions to skip, by character offsets. Nothing is rewritten: the
text stays as it is and every offset into it stays exact. The extractor skips
the sentences that start in a region (:meth:`Layout.skips`) and takes at most
one event from the title (:meth:`Layout.in_title`); the ``kg_article_layout``
spaCy component starts a sentence at every region's edge, so that a dateline or
a headline glued to the first sentence ("... in SyriaThe desert ...") does not
run into its parse. :func:`title_of` gives a document's title to the reader.

Two shapes of text are read: text with line breaks (files, pages converted to
text), where a line is judged as a whole, and text whose lines were run
together (some corpora), where only distinctive markers can be found and a
marker's region runs to the end of its sentence. docs/hygiene.md lists the rules.

No spaCy here: the reader (:mod:`kg.inputs`) uses it too.

>>> text = "Also Like\\n\\nRebels Take Airport\\n\\nKYIV (AP) — Rebels took the airport.\\n"
>>> page = layout(text)
>>> text[page.title.start:page.title.end]
'Rebels Take Airport'
>>> [(r.kind, text[r.start:r.end]) for r in page.regions]
[('navigation', 'Also Like'), ('dateline', 'KYIV (AP) — ')]
>>> page.dateline_place
'KYIV'
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from kg.lang.en import (
    BYLINE_PHRASES,
    CAPTION_OPENERS,
    CLAUSE_OPENERS,
    CREDIT_WORDS,
    HEADLINE_FINAL_STOPWORDS,
    LINK_LIST_HEADINGS,
    LINK_SECTION_HEADINGS,
    NAVIGATION_WORDS,
    NOTICE_PHRASES,
    PROMOTION_PHRASES,
    RELATED_OPENERS,
    SENTENCE_OPENERS,
    SHARE_WORDS,
    SIGN_OFFS,
    TIMESTAMP_OPENERS,
)
from kg.model import Event

__all__ = ["Layout", "Region", "RegionKind", "SpanLike", "Title", "layout", "title_of"]

#: What a skipped region is. ``heading`` is a line with no sentence punctuation among
#: the article's paragraphs: a crosshead, a related-story line, an uncredited caption.
RegionKind = Literal[
    "navigation",
    "headline",
    "dateline",
    "byline",
    "caption",
    "related",
    "markup",
    "heading",
    "promotion",
    "notice",
]

#: A headline longer than this many words is a paragraph that lost its full stop.
MAX_TITLE_WORDS = 30
#: A line in the body with no sentence punctuation and at most this many words is a heading
#: (crossheads and link titles are short; a longer line is more often a sentence that lost
#: its full stop, 'Ana Petrel said afterwards that ... on March 2').
MAX_HEADING_WORDS = 12
# A headline ended by a space and 'The' (not glued) is believed only when this short.
_SPACED_TITLE_WORDS = 15
# How far into a run-together text a headline and a dateline can reach.
_HEAD_CHARS = 400
# A caption, a credit line or a promotion is a sentence or two; a longer line is the
# article's text (or a whole text whose lines were run together).
_MAX_MARKED_WORDS = 60
# A caption or a link title opened by a marker is rarely longer than this.
_MAX_MARKED_SENTENCE_WORDS = 40
# ... and a link's title ('Read more: Why Dunmore farmers ...') than this.
_MAX_MARKED_WORDS_BY_KIND: dict[RegionKind, int] = {"related": 20, "navigation": 25}
# Characters that may open a sentence's span without starting it.
_LEADING = " \t\n\r\f\v\u00a0\"”’'"
# Two headline lines this similar are the same headline ("Kyiv" and "Kiev" spellings).
_SAME_HEADLINE = 0.85


class SpanLike(Protocol):
    """What :meth:`Layout.skips_sentence` reads of a sentence (a spaCy ``Span`` has it)."""

    @property
    def text(self) -> str: ...

    @property
    def start_char(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the text that is not the article's news.

    Attributes:
        start: Offset of its first character.
        end: Offset after its last character (exclusive).
        kind: What it is.
        to_sentence_end: The region was found by a marker in text without line
            breaks; it runs on to the end of the sentence that starts at ``start``,
            wherever the parser ends it.
    """

    start: int
    end: int
    kind: RegionKind
    to_sentence_end: bool = False


@dataclass(frozen=True, slots=True)
class Title:
    """The headline's place in the text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a text's title is and which parts of it are not the article.

    Attributes:
        title: The headline line, or ``None`` when the text starts with its story.
        regions: The parts to skip, in text order, not overlapping.
        dateline_place: The place of the dateline as written ("TARNOW"), the
            place the story was filed from; ``None`` without a dateline.
        joins: Offsets where two sentences were run together with no space
            ("... the harbourFerries haltedA coastguard officer said ..."): a sentence
            starts there.
    """

    title: Title | None
    regions: tuple[Region, ...]
    dateline_place: str | None = None
    joins: tuple[int, ...] = ()

    def skips(self, start: int) -> bool:
        """Whether a sentence that starts at offset ``start`` is not the article's."""
        return self.region_at(start) is not None

    def region_at(self, start: int) -> Region | None:
        """The region a sentence starting at ``start`` belongs to, if any.

        A sentence that starts right after a marker ('Read more: Why ...', where the
        parser cut at the colon) belongs to the marker's region too.
        """
        for region in self.regions:
            if region.start <= start < region.end:
                return region
            if region.to_sentence_end and start == region.end:
                return region
            if region.start > start:
                break
        return None

    def skips_sentence(self, sentence: SpanLike) -> bool:
        """Whether a sentence (a spaCy ``Span``) is not the article's, by its first character."""
        return self.skipped_region(sentence) is not None

    def skipped_region(self, sentence: SpanLike) -> Region | None:
        """The region that makes a sentence (a spaCy ``Span``) not the article's, if any."""
        text = sentence.text
        # A closing quote the parser hangs on the next sentence does not start it.
        region = self.region_at(sentence.start_char + len(text) - len(text.lstrip(_LEADING)))
        if region is None:
            return None
        # A marker's sentence that long has swallowed the story's next sentence (the
        # parser found no end to the caption): keep it rather than lose the story.
        longest = _MAX_MARKED_WORDS_BY_KIND.get(region.kind, _MAX_MARKED_SENTENCE_WORDS)
        if not region.to_sentence_end or len(text.split()) <= longest:
            return region
        return None

    def in_title(self, start: int) -> bool:
        """Whether offset ``start`` lies in the title."""
        return self.title is not None and self.title.start <= start < self.title.end

    def one_from_title(self, events: Sequence[Event]) -> tuple[Event, ...]:
        """The events with at most one read from the title: the first one.

        A headline states the story's main fact in a grammar of its own (no
        articles, the present for the past, title case that misleads the
        tagger), and the story states it again; one event keeps the headline
        findable without doubling the story.
        """
        if self.title is None:
            return tuple(events)
        first = True
        kept = []
        for event in events:
            if self.in_title(event.evidence.start):
                if not first:
                    continue
                first = False
            kept.append(event)
        return tuple(kept)

    def boundaries(self) -> tuple[int, ...]:
        """Offsets where a sentence must start: the edges of the title and of the regions.

        A region found by a marker only opens a sentence; where it ends is left
        to the parser.
        """
        edges: set[int] = set()
        if self.title is not None:
            edges.update((self.title.start, self.title.end))
        for region in self.regions:
            edges.add(region.start)
            if not region.to_sentence_end:
                edges.add(region.end)
        edges.update(self.joins)
        return tuple(sorted(edges))


def title_of(text: str, *, given: str | None = None) -> str | None:
    """The headline of a text, or ``None`` when it starts with its story.

    >>> title_of("Also Like\\n\\nRebels Take Airport\\n\\nRebels took the airport today.")
    'Rebels Take Airport'
    >>> title_of("Rebels took the airport today. Officials confirmed it.") is None
    True
    """
    found = layout(text, title=given).title
    if found is None:
        return None
    return text[found.start : found.end].lstrip("#").strip() or None


def layout(text: str, *, title: str | None = None) -> Layout:
    """Find a text's title and the regions that are not its article.

    Args:
        text: The document's text, exactly as the graph stores it.
        title: The title the document came with (a JSON ``title``, a page's
            headline), if any: a line that repeats it is the title line.
    """
    if title is None and (given := _GIVEN.get(text)) is not None:
        return given
    return _layout(text, title)


# Layouts made by another process for texts given to this one (see given_layouts).
_GIVEN: dict[str, Layout] = {}


@contextlib.contextmanager
def given_layouts(layouts: Iterable[tuple[str, Layout]]) -> Iterator[None]:
    """Within the block, :func:`layout` of each text (with no title) is the layout given.

    A build's parent lays out every document it reads (for its title) and its
    workers laid each out again for the spaCy component and the extractor: the
    parent now sends its layouts with the documents (:mod:`kg.parallel`). Each
    must be ``layout(text)`` as this module makes it.
    """
    given = dict(layouts)
    _GIVEN.update(given)
    try:
        yield
    finally:
        for text in given:
            _GIVEN.pop(text, None)


# The same text is laid out by the reader, the spaCy component and the extractor.
@functools.lru_cache(maxsize=64)
def _layout(text: str, title: str | None) -> Layout:
    lines = list(_lines(text))
    regions: list[Region] = []
    regions.extend(_link_sections(text))
    regions.extend(_wiki_headings(text))
    # A text of one long line had its lines run together: only its markers can be judged.
    run_together = len(lines) == 1 and len(lines[0].text.split()) > 12
    kinds = {
        index: kind
        for index, line in enumerate(lines)
        if not run_together and (kind := _line_kind(line.text))
    }
    wrapped = _hard_wrapped(text, lines)
    shaped = {
        index
        for index, line in enumerate(lines)
        if index not in kinds and _headline_shaped(line.text) and (not wrapped or line.alone)
    }
    title_index = _title_line(lines, kinds, shaped, title)
    found_title: Title | None = None
    if title_index is not None:
        line = lines[title_index]
        found_title = Title(line.start, line.end)
    headline = text[found_title.start : found_title.end] if found_title else title
    wanted = _normalised(headline) if headline else ""
    for index, line in enumerate(lines):
        if index == title_index:
            continue
        kind = kinds.get(index)
        if kind is None and headline and _same_headline(line.text, wanted):
            kind = "headline"
        elif kind is None and index in shaped and _heading_length(line.text, title_index, index):
            kind = "heading"
        if kind is not None:
            regions.append(Region(line.start, line.end, kind))
    regions.extend(_link_lists(text, lines))
    dateline = None
    if found_title is None and lines:
        glued = _glued_head(text, lines[0])
        if glued is not None:
            found_title, dateline = glued
    if dateline is None:
        dateline = _dateline(text, lines, found_title, regions)
    place = None
    if dateline is not None:
        match, start = dateline
        regions.append(Region(start, start + match.end(), "dateline"))
        place = match.group("place")
    judged = [line for line in lines if len(line.text.split()) <= _MAX_MARKED_WORDS]
    regions.extend(_markers(text, [] if run_together else judged))
    regions.extend(_phrase_sentences(text, lines))
    joins = tuple(
        match.start()
        for match in _JOIN.finditer(text)
        if match.start() > 0 and text[match.start() - 1].islower()
    )
    return Layout(found_title, _merged(regions, found_title), place, joins)


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    alone: bool  # a blank line (or the text's edge) before and after it


def _lines(text: str) -> Iterator[_Line]:
    found = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            found.append((start, start + len(stripped), stripped))
    for index, (start, end, line) in enumerate(found):
        before = found[index - 1][1] if index else None
        after = found[index + 1][0] if index + 1 < len(found) else None
        alone = (before is None or text.count("\n", before, start) >= 2) and (
            after is None or text.count("\n", end, after) >= 2
        )
        yield _Line(start, end, line, alone)


def _words(line: str) -> list[str]:
    return re.findall(r"[\w'’+-]+", line.lower())


def _line_kind(line: str) -> RegionKind | None:
    """What a whole line is, judged on its words alone (``None``: perhaps the article)."""
    lower = line.lower()
    words = _words(line)
    if not re.search(r"[^\W\d_]", line) or re.fullmatch(r"=+[^=]*=+", line):
        return "markup"
    if len(words) > _MAX_MARKED_WORDS:
        return None  # a paragraph, or lines run together: left to the markers
    if lower.startswith(CAPTION_OPENERS) or _has_credit(line):
        return "caption"
    if (
        lower.startswith(RELATED_OPENERS)
        or re.fullmatch(r"\[[^\[\]]+\]", line)
        or _TEASER_END.search(line)
    ):
        return "related"
    if re.match(r"(?:By|BY)\s+[A-Z]", line) and len(words) <= 12 and not _ends(line):
        return "byline"
    if any(phrase in lower for phrase in BYLINE_PHRASES):
        return "byline"
    opener = " ".join(words[:2]) in TIMESTAMP_OPENERS or words[0] in TIMESTAMP_OPENERS
    if opener and len(words) <= 12 and re.search(r"\d", line):
        return "byline"
    if lower in SIGN_OFFS or re.fullmatch(r"[a-z]{2,4}(?:[/,][a-z]{2,4})*\s*\([A-Z][^()]*\)", line):
        return "byline"
    if any(phrase in lower for phrase in PROMOTION_PHRASES) or _INBOX_PROMPT.match(line):
        return "promotion"
    if _COPYRIGHT.match(line) or any(phrase in lower for phrase in NOTICE_PHRASES):
        return "notice"
    if len(words) <= 12 and not _ends(line):
        if all(word in NAVIGATION_WORDS or word.isdigit() for word in words):
            return "navigation"
    return None


# A line that offers the reader a newsletter: 'Get the Courier in your inbox', 'Want to
# receive this in your inbox?' ('... hitting your inbox' inside a sentence is not one).
_INBOX_PROMPT = re.compile(
    r"(?:get|receive|want to receive)\b.{0,60}\b(?:in|to) your inbox\b", re.IGNORECASE
)

# Another story's teaser, cut short and linked: 'The council has long argued that the... more',
# '... Read more »'.
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*(?:read\s+)?more\s*»?$", re.IGNORECASE)

# 'Copyright 2023 Harbour Radio ...', '© 2021-2024 ...': the mark, then a year at once
# ('Copyright claims rose in 2022' is a sentence).
_COPYRIGHT = re.compile(r"(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*\d{4}\b", re.IGNORECASE)


def _has_credit(line: str) -> bool:
    # 'Photograph: Dana Holt/Reuters', '(Photo: AP)': a credit word, capitalised
    # as credits are ('he showed a photo: it was ...' is a sentence), and a colon.
    return any(
        match.group(1).lower() in CREDIT_WORDS
        for match in re.finditer(r"\b([A-Z][A-Za-z]*):\s*\S", line)
    ) or bool(re.search(r"\((?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?\)\s*$", line))


def _ends(line: str) -> bool:
    """Whether a line ends as a sentence does (a full stop, a colon, a closing quote after one)."""
    stripped = line.rstrip()
    if stripped.endswith(('"', "”", "’", "'", ")")) and len(stripped) > 1:
        inner = stripped[:-1].rstrip()
        if inner and inner[-1] in ".!?…,;:":
            return True
    return stripped[-1:] in set(".!?…;:,")


def _headline_shaped(line: str) -> bool:
    """A line a headline or a crosshead could be: short, no sentence punctuation at its end."""
    line = line.lstrip("#").strip()  # a markdown heading
    words = line.split()
    if not words or len(words) > MAX_TITLE_WORDS or _ends(line):
        return False
    if line[0] in "-*•–—·>|+":
        return False  # a list item states its fact like a sentence
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"


def _heading_length(line: str, title_index: int | None, index: int) -> bool:
    return len(line.split()) <= MAX_HEADING_WORDS or (
        title_index is not None and index < title_index
    )


def _hard_wrapped(text: str, lines: list[_Line]) -> bool:
    """Whether paragraphs run over several lines (text wrapped at a fixed width)."""
    runs_on = 0
    for line, following in zip(lines, lines[1:], strict=False):
        adjacent = "\n\n" not in text[line.end : following.start]
        if adjacent and not _ends(line.text) and following.text[:1].islower():
            runs_on += 1
    return runs_on >= 2 and runs_on >= 0.2 * len(lines)


def _title_line(
    lines: list[_Line], kinds: dict[int, RegionKind], shaped: set[int], given: str | None
) -> int | None:
    """The index of the headline line: the first headline-shaped line before the story starts."""
    head = []
    for index in range(len(lines)):
        if index in kinds:
            continue
        if index not in shaped:
            break  # the first paragraph of the story
        head.append(index)
    if given:
        wanted = _normalised(given)
        for index, line in enumerate(lines[:20]):
            if _same_headline(line.text, wanted):
                return index
        return None
    if not head or head[0] == len(lines) - 1:
        return None  # a text of one line is all story
    return head[0]


def _normalised(line: str) -> str:
    return " ".join(_words(line.lstrip("#")))


def _same_headline(line: str, wanted: str) -> bool:
    """Whether ``line`` repeats the headline whose :func:`_normalised` words are ``wanted``
    (normalised once by the caller, which asks of many lines)."""
    a, b = _normalised(line), wanted
    if not a or not b:
        return False
    if a == b:
        return True
    if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # quick_ratio counts the characters the two share in any order, never fewer than the
    # matching blocks ratio counts, so below the threshold it settles the answer; ratio's
    # block search was most of the layout's time on news with no headline repeated.
    return matcher.quick_ratio() >= _SAME_HEADLINE and matcher.ratio() >= _SAME_HEADLINE


# --------------------------------------------------------------------------- datelines

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_PLACE = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
_NAME_PLACE = r"[A-Z][a-z.'’]+(?: [A-Z][a-z.'’]+){0,2}"
_REGION = r"(?:,\s+[A-Z][A-Za-z.'’]+(?:\s+[A-Z][A-Za-z.'’]+){0,2})"
_DATE = rf"(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
_AGENCY = r"(?:\s*\([A-Z][\w.&'’ /-]{0,30}\))"
_DASH = r"\s*(?:—|–|--|-)[ \t\u00a0]*"
#: 'BOSTON (AP) —', 'TARNOW, Kestria, Jan. 14 (Harbour News) --', 'LONDON —',
#: 'Kyiv, Ukraine (CNN) —', '(Reuters) -'. A place in capitals needs a long dash, or a
#: date or an agency; a place in ordinary letters needs the agency.
_DATELINE = re.compile(
    rf"(?:(?P<place>{_CAPS_PLACE}){_REGION}?{_DATE}?{_AGENCY}?(?=\s*(?:—|–|--))"
    rf"|(?P<place2>{_CAPS_PLACE}){_REGION}?(?:{_DATE}{_AGENCY}?|{_AGENCY})"
    rf"|(?P<place3>{_NAME_PLACE}){_REGION}?{_DATE}?{_AGENCY}"
    rf"|{_AGENCY}){_DASH}"
)


class _Dateline:
    """A dateline match with its place, whatever branch of the pattern found it."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def end(self) -> int:
        return self._match.end() - self._match.start()

    def group(self, name: str) -> str | None:
        if name != "place":
            return self._match.group(name)
        for key in ("place", "place2", "place3"):
            if self._match.group(key):
                return self._match.group(key)
        return None


def _dateline(
    text: str, lines: list[_Line], title: Title | None, regions: list[Region]
) -> tuple[_Dateline, int] | None:
    """The dateline at the start of the story's first lines, if it has one."""
    skipped = {(region.start, region.end) for region in regions}
    seen = 0
    for line in lines:
        if title is not None and line.start < title.end:
            continue
        if (line.start, line.end) in skipped:
            continue
        match = _DATELINE.match(text, line.start, line.end)
        if match is not None and match.end() < line.end:
            return _Dateline(match), line.start
        seen += 1
        if seen == 3:
            return None
    return None


def _glued_head(text: str, first: _Line) -> tuple[Title, tuple[_Dateline, int] | None] | None:
    """A headline run into the story's first sentence, and the dateline after it if any.

    Some corpora join a document's lines with nothing between them: 'Flash flood
    cuts mountain road in DunmoreThe river ...', '... Budget
    TalksOSLO — For the third week ...'. The headline ends where a dateline
    starts, or where a capitalised 'The'/'A'/'An' follows a word with no space (or,
    after a headline in title case, with one).
    """
    head = text[first.start : min(first.end, first.start + _HEAD_CHARS)]
    for match in re.finditer(rf"(?<![A-Z.'’])(?={_CAPS_PLACE}|\()", head):
        prefix = _prefix(head, match.start())
        dateline = _DATELINE.match(text, first.start + match.start(), first.end)
        if prefix is None or dateline is None:
            continue
        if _glued_title(prefix, place=dateline.group(0)):
            return Title(first.start, first.start + len(prefix)), (
                _Dateline(dateline),
                first.start + match.start(),
            )
    openers = "|".join(SENTENCE_OPENERS)
    for match in re.finditer(rf"(?=(?:{openers})\s+(\w))", head):
        prefix = _prefix(head, match.start())
        if prefix is None:
            continue
        if len(prefix) < match.start():  # a space between: weaker evidence
            words = len(prefix.split())
            if words > _SPACED_TITLE_WORDS or not (_title_case(prefix) or match.group(1).islower()):
                continue
        if _glued_title(prefix, place=None):
            return Title(first.start, first.start + len(prefix)), None
    return None


def _prefix(head: str, at: int) -> str | None:
    """The text before ``at`` if a headline could end there: after a word, glued or spaced."""
    if at == 0:
        return None
    before = head[at - 1]
    if before.isspace():
        prefix = head[:at].rstrip()
        return prefix if prefix and (prefix[-1].isalnum() or prefix[-1] in "’'") else None
    # Glued: only a lowercase letter or a digit ('SyriaThe', '2018The'), never a capital
    # ('NSA', 'PEGIDA' are words, not a headline and 'A').
    return head[:at] if before.islower() or before.isdigit() else None


def _glued_title(prefix: str, *, place: str | None) -> bool:
    words = prefix.split()
    if not 3 <= len(words) <= MAX_TITLE_WORDS or re.search(r"[.!?;:]\s", prefix + " "):
        return False
    if words[-1].lower().strip(",") in HEADLINE_FINAL_STOPWORDS or prefix.rstrip()[-1] == ",":
        return False
    if place is not None and not place.startswith("(") and len(re.sub(r"\W", "", place)) < 4:
        return False  # 'the UN —' in a sentence is no dateline
    return True


def _title_case(prefix: str) -> bool:
    long = [word for word in prefix.split() if len(word) >= 4]
    return len(long) >= 3 and sum(word[0].isupper() for word in long) >= 0.7 * len(long)


# --------------------------------------------------------------------------- markers


def _wiki_headings(text: str) -> Iterator[Region]:
    for match in re.finditer(r"={2,}[^=\n]{1,80}={2,}", text):
        yield Region(match.start(), match.end(), "markup")


def _link_sections(text: str) -> Iterator[Region]:
    """'==See also==' or '==References==' and all that follows, up to the next heading."""
    headings = list(re.finditer(r"={2,}\s*([^=\n]{1,80}?)\s*={2,}", text))
    for index, heading in enumerate(headings):
        if heading.group(1).strip().lower() in LINK_SECTION_HEADINGS:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            end = len(text[:end].rstrip())
            if end > heading.end():
                yield Region(heading.end(), end, "related")


def _markers(text: str, lines: list[_Line]) -> Iterator[Region]:
    """Caption, link and page-furniture markers inside a line, where lines ran together.

    ``lines`` are the lines judged whole by :func:`_line_kind`; a marker that starts
    one of them is left to that judgement.
    """
    line_starts = {line.start for line in lines}
    floors = [line.start for line in lines]
    for opener, kind, context in _OPENERS:
        for match in opener.finditer(text):
            if match.start() in line_starts or not context(text, match.start()):
                continue  # a line start is judged with its whole line by _line_kind
            if kind != "navigation":
                run_on = _run_on_end(text, match.end())
                if run_on is not None:
                    yield Region(match.start(), run_on, kind)
                    continue
            end = (
                match.end()
                + len(text[match.end() : match.end() + 4])
                - len(text[match.end() : match.end() + 4].lstrip())
            )
            yield Region(match.start(), end, kind, to_sentence_end=True)
    # The two slow patterns run only where their words occur at all.
    galleries = _GALLERY.finditer(text) if "Full Screen" in text or "Autoplay" in text else ()
    for match in galleries:
        if _after_word(text, match.start()):
            yield Region(match.start(), match.end(), "navigation")
    for match in _FURNITURE.finditer(text):
        if _after_word(text, match.start()):
            yield Region(match.start(), match.end(), "navigation")
    for match in _LINK_TITLE_END.finditer(text):
        # 'North Korea fires missiles after new sanctions Read more The UN said ...': the
        # words before the link's marker, back to the sentence's start, are the linked
        # story's headline, not this story.
        floor = max((start for start in floors if start <= match.start()), default=0)
        yield Region(_sentence_start(text, floor, match.start()), match.end(), "related")
    lower = text.lower()
    share_bars = _SHARE_BAR.finditer(text) if any(w in lower for w in _SHARE_HINTS) else ()
    for match in share_bars:
        if match.start() == 0 or not (
            text[match.start() - 1].isalnum() or text[match.start() - 1] == "+"
        ):
            yield Region(match.start(), match.end(), "navigation")
    for match in _CREDIT.finditer(text):
        if not _after_word(text, match.start()) or match.start() in line_starts:
            continue
        # 'The suspect on CCTV. Photograph: Police/Handout/EPA': the sentence before the
        # credit is its caption.
        floor = max((start for start in floors if start <= match.start()), default=0)
        caption = _sentence_start(text, floor, max(floor, match.start() - 2))
        yield Region(caption, match.end(), "caption")
    for match in _BRACKETED.finditer(text):
        if match.start() not in line_starts and _after_sentence(text, match.start()):
            yield Region(match.start(), match.end(), "related")
    for match in _SENTENCE_END.finditer(text):
        heading = _RUN_IN_HEADING.match(text, match.end())
        if heading is not None and match.end() not in line_starts and _title_case(heading.group(1)):
            yield Region(heading.start(), heading.end(), "heading")


def _run_on_end(text: str, start: int) -> int | None:
    """Where a caption or link title that has no full stop runs into the story, if it does.

    In text whose sentences ran together, '... image caption Volunteers rebuilt
    the pier in 2009 When the storm returned ...': the caption ends before a
    word that opens a sentence, capitalised right after a lowercase word. ``None``
    when the caption ends with a full stop first (the parser then ends it).
    """
    window = text[start : start + 400]
    stop = re.search(r"[.!?](?:\s|$)", window)
    for match in _RUN_ON.finditer(window, 0, stop.start() if stop else len(window)):
        if window[match.start() - 1 : match.start()].isspace() and (
            window[: match.start()].rstrip()[-1:].islower()
            or window[: match.start()].rstrip()[-1:].isdigit()
        ):
            return start + match.start()
    return None


def _after_sentence(text: str, at: int) -> bool:
    """Whether ``at`` follows a sentence's end, a line break or nothing (up to two spaces)."""
    gap = 0
    while gap < 2 and at - gap > 0 and text[at - gap - 1] in " \t\u00a0":
        gap += 1
    before = at - gap
    return before == 0 or text[before - 1] in _ENDS or text[before - 1] == "\n"


def _after_word(text: str, at: int) -> bool:
    """Whether ``at`` starts a word: after white space, a sentence's end or nothing."""
    return at == 0 or text[at - 1].isspace() or text[at - 1] in _ENDS


def _link_lists(text: str, lines: list[_Line]) -> Iterator[Region]:
    """A 'Read more' or 'Related stories' line in the last third, and the links after it."""
    third = len(text) - len(text) // 3
    for line in lines:
        if line.start >= third and _normalised(line.text) in LINK_LIST_HEADINGS:
            yield Region(line.start, len(text.rstrip()), "related")
            return


# Characters that end a sentence, as markers may follow them.
_ENDS = frozenset('.!?"”’)]')
# Markers distinctive enough to find inside run-together text, with where each may
# start: after a sentence's end (with or without a space: some corpora join sentences
# with nothing), or after any word. 'FILE -' needs its capitals there.
_OPENERS: tuple[tuple[re.Pattern[str], RegionKind, Callable[[str, int], bool]], ...] = (
    (re.compile(r"FILE\s+[-–—]\s"), "caption", _after_sentence),
    (re.compile(r"[Ii]mage (?:copyright|caption)\b|[Mm]edia caption\b"), "caption", _after_word),
    (
        re.compile(r"(?:Read more|READ MORE|Related|RELATED|WATCH|See also):"),
        "related",
        _after_sentence,
    ),
    (
        re.compile(r"(?:Watch video|Share this video|Video size|(?:Read or )?Share this story)\b"),
        "navigation",
        _after_word,
    ),
    (re.compile(r"Caption(?= [A-Z])"), "caption", _after_sentence),
    (
        re.compile(r"\d+ of \d+ (?=(?:[A-Z][a-z]+ ){0,3}(?:Full Screen|Autoplay))"),
        "navigation",
        _after_word,
    ),
)
# 'Photograph: Dana Holt/Reuters' inside run-together text: the credit only.
_CREDIT = re.compile(
    r"(?:Photograph|Photo|Picture|Image): [^\s/]+(?: [^\s/]+){0,3}(?:/[^\s/]+?)+"
    rf"(?=\s|$|(?:{'|'.join(SENTENCE_OPENERS)})\s)"
)
# A word that opens a sentence, where a caption may run into the story.
_RUN_ON = re.compile(r"\b(?:" + "|".join(sorted(CLAUSE_OPENERS)) + r")\b(?=\s+\S)")
# Two sentences run together: a lowercase letter (checked apart: a pattern that starts
# with it is slow), then 'The', 'A' or 'An' and a space.
_JOIN = re.compile(rf"(?:{'|'.join(SENTENCE_OPENERS)})(?=\s)")
# '[Why the ferry strike spread along the coast]' between two sentences.
_BRACKETED = re.compile(r"\[[A-Z][^\[\]\n]{10,200}\](?=\s*[A-Z\"“])")
# A photo gallery's furniture and title: '4 of 12 Autoplay Full Screen Close Skip Ad ×
# Fishermen block the harbour road in Tarnow View Photos'.
_GALLERY = re.compile(
    r"\d+ of \d+ (?=(?:[A-Z][a-z]+ ){0,3}(?:Full Screen|Autoplay))"
    r"[^.!?\n]{0,200}?View (?:Photos|Gallery|Slideshow)"
)
# Page furniture that is a whole phrase of its own, wherever it stands (run into the
# story's sentences or on a line): exactly its words are skipped, and the sentence after
# it starts anew.
_FURNITURE = re.compile(
    r"(?:Advertisement\s+(?:-\s+)?)?Continue [Rr]eading (?:the [Mm]ain [Ss]tory|[Bb]elow)\b"
    r"|Newsletter Sign Up\b"
)
# The marker after a linked story's headline, run into the text: a word (the headline has
# no full stop), 'Read more', then the next sentence's capital or quote.
_LINK_TITLE_END = re.compile(r"(?<=[^\W_] )Read more(?= [A-Z\"“‘])")
# A share bar: three or more network names in a row, and the permalink after them.
_SHARE_BAR = re.compile(
    r"(?:(?:" + "|".join(re.escape(word) for word in sorted(SHARE_WORDS)) + r")\s+){3,}"
    r"(?:https?://\S+)?",
    re.IGNORECASE,
)
_SHARE_HINTS = ("facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "tumblr")
# A crosshead in title case run into the paragraph after it, in text with no line
# breaks: '... of resources. Doctors Want Emergency Declared The head of ...'.
_SENTENCE_END = re.compile(r"[.!?\"”’][ \t\u00a0]{0,2}(?=[A-Z])")
_RUN_IN_HEADING = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|in|on|for|to|a|at|with|by|from|as)\s+)?){2,12}"
    r"[A-Z][\w'’-]*)\s{0,3}"
    rf"(?=(?:{'|'.join(SENTENCE_OPENERS)})\s+[a-z])"
)


def _phrase_sentences(text: str, lines: list[_Line]) -> Iterator[Region]:
    """The sentence holding a byline, promotion or notice phrase, in a line too long to judge
    whole."""
    for line in lines:
        if len(line.text.split()) <= _MAX_MARKED_WORDS:
            continue  # judged whole by _line_kind
        lower = line.text.lower()
        pairs: tuple[tuple[tuple[str, ...], RegionKind], ...] = (
            (BYLINE_PHRASES, "byline"),
            (PROMOTION_PHRASES, "promotion"),
            (NOTICE_PHRASES, "notice"),
        )
        for phrases, kind in pairs:
            for phrase in phrases:
                at = lower.find(phrase)
                while at >= 0:
                    start = _sentence_start(text, line.start, line.start + at)
                    yield Region(start, line.start + at + len(phrase), kind, to_sentence_end=True)
                    at = lower.find(phrase, at + 1)


def _sentence_start(text: str, floor: int, at: int) -> int:
    """Where the sentence holding offset ``at`` starts: after the last sentence end before it."""
    window_start = max(floor, at - 300)
    last = None
    for match in re.finditer(r"[.!?][\"”’)]?\s*(?=[A-Z\"“‘(])", text[window_start : at + 1]):
        last = match
    return window_start + last.end() if last is not None else window_start


def _merged(regions: list[Region], title: Title | None) -> tuple[Region, ...]:
    """Regions in text order with overlaps removed (the earlier, longer one wins)."""
    ordered = sorted(regions, key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Region] = []
    for region in ordered:
        if title is not None and title.start <= region.start < title.end:
            continue
        if kept and region.start < kept[-1].end:
            continue
        kept.append(region)
    return tuple(kept)
