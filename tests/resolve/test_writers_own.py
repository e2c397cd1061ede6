"""The writer's own first person: "I" is the byline's person, a newsroom's "we" the site."""

from __future__ import annotations

import re

import pytest

from kg.model import Argument, Document, Event, Extraction, Mention
from kg.resolve import resolve


def _span(text: str, needle: str, nth: int = 0) -> Argument:
    match = list(re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text))[nth]
    return Argument(needle, match.start(), match.end())


def _resolved(
    doc: Document, action: str, role: str, needle: str, nth: int = 0, **roles: Argument
) -> Argument:
    """The ``role`` argument, the ``nth`` ``needle`` of the text, of one event ``action``."""
    argument = _span(doc.text, needle, nth)
    event = Event(
        doc.id,
        argument.start,
        argument.end,
        action,
        Mention(doc.id, 0, len(doc.text), doc.text),
        **{role: argument},  # type: ignore[arg-type]
        **roles,  # type: ignore[arg-type]
    )
    _, events = resolve([Extraction(doc, (event,), ())])
    resolved = getattr(events[0], role)
    assert resolved is not None
    return resolved


def test_the_writers_i_and_me_are_the_byline() -> None:
    text = "I asked the minister about the plan. He told me it would pass."
    doc = Document("d", text, authors=("Laura Baines",))
    assert _resolved(doc, "ask", "actor", "I").entity == "person/laura-baines"
    assert _resolved(doc, "tell", "target", "me").entity == "person/laura-baines"


@pytest.mark.parametrize("byline", ["Laura J Baines", "Laura J. Baines"])
def test_a_middle_initial_keeps_the_byline_a_persons(byline: str) -> None:
    doc = Document("d", "I asked the minister about the plan.", authors=(byline,))
    writer = _resolved(doc, "ask", "actor", "I").entity
    assert writer is not None and writer.startswith("person/laura")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # Two names in the byline: which one says "I" is not known.
        ("I asked the minister.", ("Laura Baines", "Tom Hale")),
        # A desk or an agency is nobody's "I".
        ("I asked the minister.", ("Staff Reporters",)),
        # Inside a quote, or after a paragraph a colon ends (a transcript), the words
        # may be another's.
        ('The mayor said, "I asked the minister."', ("Laura Baines",)),
        ("The mayor's remarks follow:\nI asked the minister.", ("Laura Baines",)),
        # A line opened by a name and a colon is that name's: a headline, a transcript.
        ("Mayor Ruiz: I asked the minister", ("Laura Baines",)),
        # A numeral of a name, not the pronoun.
        ("The second phase after Phase I asked the minister.", ("Laura Baines",)),
    ],
)
def test_an_i_that_may_be_someone_elses_stays(text: str, authors: tuple[str, ...]) -> None:
    doc = Document("d", text, authors=authors)
    assert _resolved(doc, "ask", "actor", "I").entity is None


def test_a_quotes_own_speaker_is_not_replaced_by_the_byline() -> None:
    text = '"I asked the minister," Ana Ruiz said.'
    doc = Document("d", text, authors=("Laura Baines",))
    ruiz = _span(text, "Ana Ruiz")
    source = Argument(ruiz.text, ruiz.start, ruiz.end, "PERSON")
    assert _resolved(doc, "ask", "actor", "I", source=source).entity is None


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("We have compiled a list of the new rules.", "compile"),
        # How a site speaks of its own coverage.
        ("We will be covering the council's vote all afternoon.", "cover"),
        ("We are logging off for the night.", "log off"),
        ("We explained last week why the rules change in May.", "explain"),
    ],
)
def test_a_newsrooms_we_is_the_site(text: str, action: str) -> None:
    doc = Document("d", text, site="The Dunmore Gazette")
    assert _resolved(doc, action, "actor", "We").entity == "organization/dunmore-gazette"


@pytest.mark.parametrize(
    ("text", "action", "site"),
    [
        # Anyone's "we": the verb is no newsroom's work.
        ("We know the risks of the new rules.", "know", "The Dunmore Gazette"),
        # A site given only by its host names no one.
        ("We have compiled a list of the new rules.", "compile", "dunmoregazette.com"),
    ],
)
def test_another_we_stays(text: str, action: str, site: str) -> None:
    doc = Document("d", text, site=site)
    assert _resolved(doc, action, "actor", "We").entity is None


@pytest.mark.parametrize(
    ("text", "action", "role", "needle"),
    [
        (
            "This newspaper is urging readers to write to the council.",
            "urge",
            "actor",
            "This newspaper",
        ),
        (
            "A spokesman for the mill told this website that it would close.",
            "tell",
            "target",
            "this website",
        ),
        ("This magazine asked the ministry for its figures.", "ask", "actor", "This magazine"),
    ],
)
def test_the_pages_own_paper_is_the_site(text: str, action: str, role: str, needle: str) -> None:
    doc = Document("d", text, site="The Dunmore Gazette")
    assert _resolved(doc, action, role, needle).entity == "organization/dunmore-gazette"


def test_the_pages_own_paper_as_a_source_is_the_site() -> None:
    # What the paper urges readers to do has the paper as its source.
    text = "This newspaper is urging readers to write to the council."
    doc = Document("d", text, site="The Dunmore Gazette")
    paper = _span(text, "This newspaper")
    event = Event(doc.id, 30, 35, "write", Mention(doc.id, 0, len(text), text), source=paper)
    _, events = resolve([Extraction(doc, (event,), ())])
    assert events[0].source is not None
    assert events[0].source.entity == "organization/dunmore-gazette"


@pytest.mark.parametrize(
    ("text", "action", "site"),
    [
        # A speaker's "this newspaper" may be another paper than the page's.
        ('The mayor said, "This newspaper has lied about the plan."', "lie", "The Dunmore Gazette"),
        # A site given only by its host names no one.
        ("This newspaper has asked about the plan.", "ask", "dunmoregazette.com"),
    ],
)
def test_another_papers_words_stay(text: str, action: str, site: str) -> None:
    doc = Document("d", text, site=site)
    assert _resolved(doc, action, "actor", "This newspaper").entity is None


def test_a_newsrooms_we_is_the_site_in_every_verb_it_shares() -> None:
    # One "we" checks the shops and sees no stock: both are the site's.
    text = "We have checked all the shops and still see no phones for sale."
    doc = Document("d", text, site="The Dunmore Gazette")
    we = _span(text, "We")
    sentence = Mention(doc.id, 0, len(text), text)
    checking = Event(doc.id, 8, 15, "check", sentence, actor=we)
    seeing = Event(doc.id, 41, 44, "see", sentence, actor=we, modality="negated", negated=True)
    _, events = resolve([Extraction(doc, (seeing, checking), ())])
    assert [e.actor.entity for e in events if e.actor] == ["organization/dunmore-gazette"] * 2
    # Alone, the seeing is anyone's.
    _, events = resolve([Extraction(doc, (seeing,), ())])
    assert events[0].actor is not None and events[0].actor.entity is None


def _we_of(text: str, verb: str) -> str | None:
    """The entity of the actor "we" (any case) of an event whose trigger is ``verb``."""
    doc = Document("d", text, site="The Dunmore Gazette")
    we = _span(text, "we" if " we " in f" {text} " else "We")
    trigger = _span(text, verb)
    event = Event(
        doc.id, trigger.start, trigger.end, verb, Mention(doc.id, 0, len(text), text), actor=we
    )
    _, events = resolve([Extraction(doc, (event,), ())])
    assert events[0].actor is not None
    return events[0].actor.entity


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("As we said in our review, the new phone is fast.", "said"),
        ("We praised the screen in our Nova 5 review last month.", "praised"),
        ("We argued in our earlier editorial that the tax was unfair.", "argued"),
    ],
)
def test_what_we_do_in_the_sites_own_piece_is_the_sites(text: str, verb: str) -> None:
    assert _we_of(text, verb) == "organization/dunmore-gazette"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # "in our" before no piece the site published
        ("We said in our view the rules were unfair.", "said"),
        ("We voted in our town hall last week.", "voted"),
        ("We saw in our town the test of the new sirens.", "saw"),
    ],
)
def test_in_our_before_no_piece_leaves_we(text: str, verb: str) -> None:
    assert _we_of(text, verb) is None
