"""Attribution across sentences: quotes and the speaker named before or after them.

Within a sentence the frame rules already give "X said that Y" its source. News also
quotes at length: a quote opens in one sentence, runs over several and ends with
"..., he told a news briefing", or follows "The mayor said:". Every event inside such a
quote is the speaker's claim, and "I" or "we" inside it is the speaker. This pass finds
the quotes of a document and their speakers and gives the events inside them their
source; it works on records and offsets only.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from kg.model import Argument, Event

__all__ = ["Quote", "attributed", "quotes"]

# Opening and closing marks; a straight quote closes the one it opened.
_PAIRS = {"“": "”", '"': '"', "«": "»"}
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
# How far (characters) a speaker may stand from the quote: the rest of its sentence.
_NEAR = 160


@dataclasses.dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch of a document, by character offsets (the marks excluded)."""

    start: int
    end: int


def quotes(text: str) -> list[Quote]:
    """The quotes of a text, each within one paragraph.

    A quote left open at the end of its paragraph ends there: news opens each quoted
    paragraph anew and closes only the last.

    >>> [(q.start, q.end) for q in quotes('He said: "We left. They stayed." Then nothing.')]
    [(10, 31)]
    """
    found: list[Quote] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        opened: tuple[int, str] | None = None
        for match in re.finditer(r"[“”\"«»]", paragraph.group()):
            mark, at = match.group(), paragraph.start() + match.start()
            if opened is None:
                if mark in _PAIRS:
                    opened = (at, _PAIRS[mark])
            elif mark == opened[1]:
                if at - opened[0] > 1:
                    found.append(Quote(opened[0] + 1, at))
                opened = None
        if opened is not None and paragraph.end() - opened[0] > 1:
            found.append(Quote(opened[0] + 1, paragraph.end()))
    return found


def attributed(events: Sequence[Event], text: str, reporting: Sequence[bool]) -> list[Event]:
    """The events with the speakers of the quotes they stand in.

    Args:
        events: The document's events, in text order.
        text: The document's text.
        reporting: For each event, whether it reports speech ("say", "tell").

    Returns:
        The events, where one inside a quote with no source of its own gets the
        quote's speaker as source ("according to" inside the quote is kept: it is the
        nearer source), and "I" or "we" inside it becomes the speaker.
    """
    reporters = [
        (event, event.actor)
        for event, says in zip(events, reporting, strict=True)
        if says and event.actor is not None
    ]
    speakers = {quote: _speaker(quote, text, reporters) for quote in quotes(text)}
    out = []
    for event, says in zip(events, reporting, strict=True):
        quote = next((q for q in speakers if q.start <= event.start < q.end), None)
        speaker = speakers.get(quote) if quote is not None else None
        if speaker is not None and not says:
            event = _as_said_by(event, speaker, quote)  # type: ignore[arg-type]
        out.append(event)
    return out


def _as_said_by(event: Event, speaker: Argument, quote: Quote) -> Event:
    changes: dict[str, object] = {}
    if event.source is None:
        changes["source"] = speaker
    for role in ("actor", "target", "source"):
        argument: Argument | None = getattr(event, role)
        if argument is not None and argument.text.lower() in _FIRST_PERSON:
            changes[role] = speaker  # "I appeal to ..." inside Putin's quote: Putin appeals
    return dataclasses.replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _speaker(
    quote: Quote, text: str, reporters: Sequence[tuple[Event, Argument]]
) -> Argument | None:
    """Who says the quote: a reporting verb right after it ('," he told'), else one
    right before it ('The mayor said: "'), else the speaker of the sentence just
    before, in the same paragraph ('The mayor said the city held. "We are ready."')."""
    after = [
        actor
        for event, actor in reporters
        if quote.end <= event.start <= quote.end + _NEAR
        and not quote.start <= actor.start < quote.end
        and "\n" not in text[quote.end : event.start]
        and not _sentence_break(text[quote.end + 1 : event.start])
    ]
    if after:
        return after[0]
    before = [
        actor
        for event, actor in reporters
        if quote.start - _NEAR <= event.start < quote.start
        and "\n" not in text[event.end : quote.start]
        and text[event.end : quote.start - 1].rstrip().endswith((":", ","))
    ]
    if before:
        return before[-1]
    previous = [
        actor
        for event, actor in reporters
        if quote.start - 2 * _NEAR <= event.start < quote.start
        and "\n" not in text[event.end : quote.start]
        and len(re.findall(r"[.!?][\"”]?\s", text[event.end : quote.start - 1] + " ")) == 1
    ]
    return previous[-1] if previous else None


def _sentence_break(between: str) -> bool:
    return bool(re.search(r"[.!?]\s+[A-Z]", between))
