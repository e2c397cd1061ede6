"""The plain text of HTML markup, for pages no article extractor could read.

Kept apart from :mod:`kg.inputs` (which re-exports :func:`html_to_text`) so
that the readers of :mod:`kg.read` and the input dispatcher import it without
importing each other.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: scripts and styles dropped, blocks on lines.

    Entities are decoded, runs of white space collapse to one space and block
    elements (paragraphs, headings, list items, ...) are separated by a blank
    line, so the sentence splitter sees them as separate.

    >>> html_to_text("<h1>Kyiv</h1><p>Shelling &amp; sirens<br>at night.</p>")
    'Kyiv\\n\\nShelling & sirens\\nat night.'
    """
    parser = _TextOfHTML()
    parser.feed(markup)
    parser.close()
    return parser.text()


# Elements that start a new block of text: paragraphs, headings, items, cells.
_BLOCKS = frozenset(
    """address article aside blockquote body br dd details div dl dt figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table
    td th title tr ul""".split()
)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg"})


class _TextOfHTML(HTMLParser):
    """Collects the text of a page, one block a paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "br":
            self._current.append("\n")
        elif tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(re.sub(r"[ \t\n\r\f\v]+", " ", data))

    def _break(self) -> None:
        lines = "".join(self._current).split("\n")
        block = "\n".join(line.strip() for line in lines).strip()
        if block:
            self._blocks.append(block)
        self._current = []

    def text(self) -> str:
        """The text collected so far, blocks separated by a blank line."""
        self._break()
        return "\n\n".join(self._blocks)
