"""Quotes and their speakers, on records built by hand (no model)."""

from __future__ import annotations

from kg.extract.attribution import attributed, quotes
from kg.model import Argument, Event, Mention


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _argument(text: str, part: str, after: int = 0) -> Argument:
    return Argument(part, *_span(text, part, after))


def _event(text: str, trigger: str, action: str, **roles: Argument | None) -> Event:
    start, end = _span(text, trigger)
    return Event("d", start, end, action, Mention("d", 0, len(text), text), **roles)  # type: ignore[arg-type]


TEXT = (
    'The mayor said the bridge held. "Divers checked the piers. We reopened it," '
    "she told reporters.\n"
    '"Nobody was hurt," a spokesman added. Police closed the road.'
)


def test_a_quote_runs_over_sentences_and_ends_at_its_paragraph() -> None:
    found = [TEXT[q.start : q.end] for q in quotes(TEXT)]
    assert found == ["Divers checked the piers. We reopened it,", "Nobody was hurt,"]
    left_open = '"Open and never closed\nNext'
    assert [left_open[q.start : q.end] for q in quotes(left_open)] == ["Open and never closed"]


def test_events_in_a_quote_get_its_speaker() -> None:
    events = [
        _event(TEXT, "said", "say", actor=_argument(TEXT, "The mayor")),
        _event(TEXT, "held", "hold", actor=_argument(TEXT, "the bridge")),
        _event(TEXT, "checked", "check", actor=_argument(TEXT, "Divers")),
        _event(TEXT, "reopened", "reopen", actor=_argument(TEXT, "We")),
        _event(TEXT, "told", "tell", actor=_argument(TEXT, "she")),
        _event(TEXT, "hurt", "hurt", target=_argument(TEXT, "Nobody")),
        _event(TEXT, "added", "add", actor=_argument(TEXT, "a spokesman")),
        _event(TEXT, "closed", "close", actor=_argument(TEXT, "Police")),
    ]
    reporting = [e.action in {"say", "tell", "add"} for e in events]
    out = {e.action: e for e in attributed(events, TEXT, reporting)}
    she = _argument(TEXT, "she")
    assert out["check"].source == she
    # "We" inside her quote is the speaker herself.
    assert out["reopen"].source == she and out["reopen"].actor == she
    assert out["hurt"].source == _argument(TEXT, "a spokesman")
    # Outside any quote nothing changes; a reporting event is not its own claim.
    assert out["hold"].source is None and out["close"].source is None
    assert out["tell"].source is None


def test_a_source_of_its_own_is_kept() -> None:
    text = '"Troops left, according to the army," he said.'
    own = _argument(text, "the army")
    events = [
        _event(text, "left", "leave", actor=_argument(text, "Troops"), source=own),
        _event(text, "said", "say", actor=_argument(text, "he")),
    ]
    out = attributed(events, text, [False, True])
    # "according to" inside the quote names the nearer source; it stays.
    assert out[0].source == own
