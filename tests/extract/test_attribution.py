"""Quotes and their speakers, on records built by hand (no model)."""

from __future__ import annotations

import dataclasses
import re

from kg.extract.attribution import _HEARSAY, _hearsay, attributed, quotes
from kg.extract.speakers import Speech
from kg.model import Argument, Event, Mention


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _argument(text: str, part: str, after: int = 0) -> Argument:
    return Argument(part, *_span(text, part, after))


def _event(text: str, trigger: str, action: str, **roles: Argument | None) -> Event:
    start, end = _span(text, trigger)
    return Event("d", start, end, action, Mention("d", 0, len(text), text), **roles)  # type: ignore[arg-type]


def _speeches(text: str, events: list[Event], reporting: list[bool]) -> list[Speech]:
    """The speech records the extractor would give for the reporting events."""
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?[\"”]?", text)]
    found = []
    for event, says in zip(events, reporting, strict=True):
        if says and event.actor is not None:
            start, end = next((s, e) for s, e in bounds if s <= event.start < e)
            found.append(Speech(event.start, event.end, start, end, event.actor))
    return found


def _attributed(text: str, events: list[Event], reporting: list[bool]) -> list[Event]:
    return attributed(events, text, reporting, _speeches(text, events, reporting))


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


def test_a_lost_closing_mark_does_not_quote_the_rest_of_a_flat_text() -> None:
    # Texts without line breaks are one paragraph; a quote whose closing mark is lost
    # must not swallow the article, and the next opening mark starts a new quote.
    text = 'He said "we will stay. ' + "Troops moved in. " * 60 + 'Later "a new quote" came.'
    found = [text[q.start : q.end] for q in quotes(text)]
    assert found[0] == "we will stay. "
    assert found[-1] == "a new quote"
    # Straight marks facing a word: one opens, the other closes.
    flat = 'It was "a relief." Storms in "Tarnow" went on.'
    assert [flat[q.start : q.end] for q in quotes(flat)] == ["a relief.", "Tarnow"]


def test_a_quote_written_one_sentence_a_line_ends_at_its_closing_mark() -> None:
    # Text set one sentence a line opens a quote in one line and closes it lines later.
    text = 'The warden said: "We locked the gate.\nI counted them.\nNobody left," a guard added.'
    assert [text[q.start : q.end] for q in quotes(text)] == [
        "We locked the gate.\nI counted them.\nNobody left,"
    ]
    # A closing mark set before the tag's first word, as tokenised text has it.
    spaced = 'He said, "We left.\nWe stayed, "the cook said.'
    assert [spaced[q.start : q.end] for q in quotes(spaced)] == ["We left.\nWe stayed, "]


def test_a_line_that_opens_a_quote_of_its_own_ends_the_one_before() -> None:
    for text, found in [
        # News opens each quoted paragraph anew.
        ('"We left at dawn.\n"We crossed it," she said.', ["We left at dawn.", "We crossed it,"]),
        # After a colon a mark opens.
        ('"We left at dawn.\nThe mayor said: "We stay.', ["We left at dawn.", "We stay."]),
        # Pairs of marks only: the line quotes on its own.
        ('"We left at dawn.\nHe called it "a relief" later.', ["We left at dawn.", "a relief"]),
        # A quote opened while another was open may be a closing mark read the wrong
        # way ('"It was hard, "he said.'): it goes on with no later line.
        (
            '"It was hard, "he said.\nHe told them, "We stay.',
            ["It was hard, ", "he said.", "We stay."],
        ),
    ]:
        assert [text[q.start : q.end] for q in quotes(text)] == found


def test_i_in_a_quote_over_lines_is_the_speaker() -> None:
    text = 'The warden said: "We locked the gate.\nI counted them."\nThe guards left.'
    events = [
        _event(text, "said", "say", actor=_argument(text, "The warden")),
        _event(text, "locked", "lock", actor=_argument(text, "We")),
        _event(text, "counted", "count", actor=_argument(text, "I")),
        _event(text, "left", "leave", actor=_argument(text, "The guards")),
    ]
    out = _attributed(text, events, [True, False, False, False])
    warden = _argument(text, "The warden")
    assert out[2].source == warden and out[2].actor == warden
    assert out[3].source is None


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
    out = {e.action: e for e in _attributed(TEXT, events, reporting)}
    # "she" goes on with the mayor, who spoke just before (a title after "the").
    mayor = _argument(TEXT, "The mayor")
    assert out["check"].source == mayor
    # "We" inside her quote is her claim; who "we" is, resolution says (her side).
    assert out["reopen"].source == mayor and out["reopen"].actor == _argument(TEXT, "We")
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
    out = _attributed(text, events, [False, True])
    # "according to" inside the quote names the nearer source; it stays.
    assert out[0].source == own


def test_a_quote_after_a_tagged_quote_keeps_its_speaker() -> None:
    # '"...," she said. "..."': the second quote has no tag of its own.
    text = '"We held the bridge," the mayor said. "Nobody left."'
    events = [
        _event(text, "held", "hold", actor=_argument(text, "We")),
        _event(text, "said", "say", actor=_argument(text, "the mayor")),
        _event(text, "left", "leave", actor=_argument(text, "Nobody")),
    ]
    out = _attributed(text, events, [False, True, False])
    mayor = _argument(text, "the mayor")
    assert out[0].source == mayor and out[0].actor == _argument(text, "We")
    assert out[2].source == mayor


def test_i_in_a_quote_is_the_speaker() -> None:
    text = '"I signed the order myself," the governor said.'
    events = [
        _event(text, "signed", "sign", actor=_argument(text, "I")),
        _event(text, "said", "say", actor=_argument(text, "the governor")),
    ]
    out = _attributed(text, events, [False, True])
    governor = _argument(text, "the governor")
    assert out[0].source == governor and out[0].actor == governor


def test_i_of_a_speech_verb_in_a_quote_is_the_speaker() -> None:
    # "believe" reports speech itself: the one who believes is the one who speaks.
    text = '"I believe the new rules are unlawful," the senator said.'
    events = [
        _event(text, "believe", "believe", actor=_argument(text, "I")),
        _event(text, "said", "say", actor=_argument(text, "the senator")),
    ]
    out = _attributed(text, events, [True, True])
    assert out[0].actor == _argument(text, "the senator")


def test_a_quote_right_after_its_speech_verb_is_the_speakers() -> None:
    # No colon or comma between the verb and the mark ('she said "..."'), or "that":
    # the quote is still the speaker's, and its "I" the speaker.
    for lead in ("The coach said ", "The coach said that "):
        text = lead + '"I moved the game to Sunday."'
        events = [
            _event(text, "said", "say", actor=_argument(text, "The coach")),
            _event(text, "moved", "move", actor=_argument(text, "I")),
        ]
        out = _attributed(text, events, [True, False])
        coach = _argument(text, "The coach")
        assert out[1].source == coach and out[1].actor == coach, lead


def test_words_between_the_verb_and_the_quote_keep_it_unspoken() -> None:
    # 'told a friend "..."': words between the verb and the quote (here its hearer) hand
    # the words of the quote to no one.
    text = 'The coach told a friend "I moved the game to Sunday."'
    events = [
        _event(text, "told", "tell", actor=_argument(text, "The coach")),
        _event(text, "moved", "move", actor=_argument(text, "I")),
    ]
    out = _attributed(text, events, [True, False])
    assert out[1].actor == _argument(text, "I")


def test_a_quote_right_after_told_is_the_one_told() -> None:
    # 'told "Meet the Fans" ...': after "tell" the words right after name the hearer (a
    # programme here), so a quote there is no speech of the teller's.
    text = 'The coach told "Meet the Fans" that the game moved.'
    events = [
        _event(text, "told", "tell", actor=_argument(text, "The coach")),
        _event(text, "Meet", "meet"),
    ]
    out = _attributed(text, events, [True, False])
    assert out[1].source is None
    said = text.replace("told", "said")
    events = [
        _event(said, "said", "say", actor=_argument(said, "The coach")),
        _event(said, "Meet", "meet"),
    ]
    assert _attributed(said, events, [True, False])[1].source == _argument(said, "The coach")


def test_a_speech_verb_in_a_quote_is_told_by_the_quotes_speaker() -> None:
    # The warden's telling is the cook's account, in the quote's first sentence as in one
    # the tag stands in.
    text = '"The warden made clear the gates will shut. We left at dawn," the cook said.'
    events = [
        _event(text, "made", "make clear", actor=_argument(text, "The warden")),
        _event(text, "left", "leave", actor=_argument(text, "We")),
        _event(text, "said", "say", actor=_argument(text, "the cook")),
    ]
    out = _attributed(text, events, [True, False, True])
    cook = _argument(text, "the cook")
    assert [e.source for e in out] == [cook, cook, None]


def test_a_tag_inside_a_quote_left_open_claims_nothing() -> None:
    # A closing mark read as an opening one (a space before it, a word after) leaves the
    # tag inside a quote that runs to the paragraph's end: the tag tells of no one's speech.
    text = 'The guard said the gates shut, "the cook said. We left at dawn.\nThe rain stopped.'
    tag = _event(text, "said", "say", actor=_argument(text, "the cook"))
    at = text.index("said", text.index("the cook"))
    events = [
        _event(text, "said", "say", actor=_argument(text, "The guard")),
        _event(text, "shut", "shut", target=_argument(text, "the gates")),
        dataclasses.replace(tag, start=at, end=at + len("said")),
    ]
    out = _attributed(text, events, [True, False, True])
    assert out[2].source is None


def test_me_of_a_speech_verb_in_a_quote_is_left() -> None:
    # A word quoted inside the quote may be another's: "believe me" is his, not hers.
    text = '"He only ever says believe me," the senator said.'
    me = _argument(text, "me,")
    me = dataclasses.replace(me, text="me", end=me.start + 2)
    events = [
        _event(text, "believe", "believe", target=me),
        _event(text, "said", "say", actor=_argument(text, "the senator")),
    ]
    out = _attributed(text, events, [True, True])
    assert out[0].target == me


def test_a_speaker_after_an_abbreviation_is_in_the_same_sentence() -> None:
    # "Mr." is no sentence end: the tag after the quote still names its speaker.
    text = '"We will win that back," Mr. Halvorsen said.'
    events = [
        _event(text, "win", "win back", actor=_argument(text, "We")),
        _event(text, "said", "say", actor=_argument(text, "Mr. Halvorsen")),
    ]
    speech = Speech(events[1].start, events[1].end, 0, len(text), _argument(text, "Mr. Halvorsen"))
    out = attributed(events, text, [False, True], [speech])
    assert out[0].source == _argument(text, "Mr. Halvorsen")


def test_a_narrative_sentence_after_a_quote_is_not_its_tag() -> None:
    text = 'The mayor spoke at noon. "We are ready." Police closed the road.'
    events = [
        _event(text, "ready", "be ready", actor=_argument(text, "We")),
        _event(text, "closed", "close", actor=_argument(text, "Police")),
    ]
    # No speech verb at all: the quote has no speaker, and nothing is invented.
    out = attributed(events, text, [False, False], [])
    assert out[0].source is None and out[1].source is None


def test_he_added_continues_the_last_named_speaker() -> None:
    # The last man mentioned is Novak, but "he added" goes on with the governor's words.
    text = (
        "Governor Ruiz said the dam held. The governor rejected Novak's claim. "
        "He added that two men died."
    )
    ruiz = Argument("Governor Ruiz", 0, 13, label="PERSON")
    he = _argument(text, "He")
    events = [
        _event(text, "said", "say", actor=ruiz),
        _event(text, "added", "add", actor=he),
        _event(text, "died", "die", source=he),
    ]
    speeches = [
        Speech(events[0].start, events[0].end, 0, 32, ruiz),
        Speech(events[1].start, events[1].end, 70, len(text), he),
    ]
    out = attributed(events, text, [True, True, False], speeches)
    assert out[2].source == ruiz
    # A woman's title breaks the chain: "he" is left to coreference.
    ms = Argument("Ms. Ruiz", 0, 8, label="PERSON")
    speeches[0] = Speech(events[0].start, events[0].end, 0, 32, ms)
    out = attributed(events, text, [True, True, False], speeches)
    assert out[2].source == he


def test_a_name_in_what_the_pronoun_says_is_no_rival() -> None:
    # "he" in the paragraph after Hale's speech speaks of Oliver, named in what he says
    # before his tag: Oliver cannot be the "he" of his own telling, so it is still Hale.
    text = (
        "Tom Hale said the garden had helped them.\n\n"
        "Taking Oliver to the river is his favourite outing, he said."
    )
    hale = Argument("Tom Hale", 0, 8, label="PERSON")
    oliver = Argument("Oliver", *_span(text, "Oliver"), label="PERSON")
    he = _argument(text, "he", after=text.index("outing"))
    said = _span(text, "said", after=text.index("outing"))
    events = [
        _event(text, "said", "say", actor=hale),
        _event(text, "Taking", "take", target=oliver, source=he),
        dataclasses.replace(_event(text, "said", "say", actor=he), start=said[0], end=said[1]),
    ]
    told = text.index("Taking")
    claim = frozenset(told + m.start() for m in re.finditer(r"\S+", text[told : he.start - 2]))
    speeches = [
        Speech(events[0].start, events[0].end, 0, 41, hale),
        Speech(*said, told, len(text), he, claim=claim),
    ]
    out = attributed(events, text, [True, False, True], speeches)
    assert out[1].source == hale


def test_a_pronoun_speaker_goes_on_with_the_same_pronoun_before() -> None:
    # "he" told the paper that Novak should step down (Novak acts inside what he said,
    # so is no rival); the quote's "he noted" is the same man, whom resolution finds
    # from the first "he".
    text = (
        "In 1990 he told the paper that Mayor Novak should step down. "
        '"It would take a week to fix the port," he noted. She disagreed, she said.'
    )
    he = _argument(text, "he")
    novak = Argument("Mayor Novak", *_span(text, "Mayor Novak"), label="PERSON")
    noted_he = _argument(text, "he", after=text.index("noted") - 4)
    she = _argument(text, "she")
    events = [
        _event(text, "told", "tell", actor=he),
        _event(text, "step", "step down", actor=novak, source=he),
        _event(text, "fix", "fix"),
        _event(text, "noted", "note", actor=noted_he),
        _event(text, "disagreed", "disagree", source=she),
    ]
    reporting = [True, False, False, True, False]
    speeches = [
        Speech(events[0].start, events[0].end, 0, 60, he),
        Speech(events[3].start, events[3].end, 61, text.index("She") - 1, noted_he),
        Speech(*_span(text, "said"), text.index("She"), len(text), she),
    ]
    out = attributed(events, text, reporting, speeches)
    assert out[2].source == he
    assert out[4].source == she  # another pronoun is another speaker


def test_he_added_continues_an_unnamed_source() -> None:
    # "One senior official said ...": a source noun names one person, whom "he" goes on
    # with; a title ("a prosecutor") may name an office talked about, so it does not.
    for speaker, continued in (("One senior official", True), ("A prosecutor", False)):
        text = f'{speaker} said the dam held. "Two pumps failed," he added.'
        first = _argument(text, speaker)
        he = _argument(text, "he")
        events = [
            _event(text, "said", "say", actor=first),
            _event(text, "failed", "fail"),
            _event(text, "added", "add", actor=he),
        ]
        out = _attributed(text, events, [True, False, True])
        assert out[1].source == (first if continued else he)


def test_he_added_does_not_continue_a_papers_name() -> None:
    # A source noun in a paper's title the model marked as a name ("The Valley Reporter")
    # is no one in office whom "he" goes on with.
    text = 'The Valley Reporter said the dam held. "Two pumps failed," he added.'
    paper = Argument("The Valley Reporter", *_span(text, "The Valley Reporter"), "ORG")
    he = _argument(text, "he")
    events = [
        _event(text, "said", "say", actor=paper),
        _event(text, "failed", "fail"),
        _event(text, "added", "add", actor=he),
    ]
    assert _attributed(text, events, [True, False, True])[1].source == he
    # "a Valley spokesman" is one.
    text = 'A Valley spokesman said the dam held. "Two pumps failed," he added.'
    first = Argument("A Valley spokesman", *_span(text, "A Valley spokesman"), "ORG")
    events = [
        _event(text, "said", "say", actor=first),
        _event(text, "failed", "fail"),
        _event(text, "added", "add", actor=_argument(text, "he")),
    ]
    assert _attributed(text, events, [True, False, True])[1].source == first


def test_he_added_continues_the_holder_of_a_title_after_the() -> None:
    # "The US Ambassador said ...": the one who holds the office, named by a title after
    # "the" (capitalised too, unlike a paper's title), is whom "he" goes on with.
    for speaker, label in (("The US Ambassador", "GPE"), ("The ambassador", "")):
        text = f'{speaker} said the dam held. "Two pumps failed," he added.'
        first = Argument(speaker, *_span(text, speaker), label)
        events = [
            _event(text, "said", "say", actor=first),
            _event(text, "failed", "fail"),
            _event(text, "added", "add", actor=_argument(text, "he")),
        ]
        assert _attributed(text, events, [True, False, True])[1].source == first


def _in_sentence(event: Event, text: str) -> Event:
    """The event with its own sentence as evidence."""
    start = max(text.rfind(". ", 0, event.start) + 2, 0) if ". " in text[: event.start] else 0
    end = text.find(".", event.end) + 1
    return dataclasses.replace(event, evidence=Mention("d", start, end, text[start:end]))


def test_allegedly_continues_the_claim_of_the_sentence_before() -> None:
    text = (
        "Investigators claim Pruitt bought a van. He allegedly drove to the depot. He drove home."
    )
    investigators = _argument(text, "Investigators")
    events = [
        _in_sentence(_event(text, "claim", "claim", actor=investigators), text),
        _in_sentence(_event(text, "bought", "buy", source=investigators), text),
        _in_sentence(_event(text, "drove", "drive", actor=_argument(text, "He", 30)), text),
        _in_sentence(_event(text, "home", "drive", actor=_argument(text, "He", 60)), text),
    ]
    out = _attributed(text, events, [True, False, False, False])
    assert out[2].source == investigators  # "allegedly": still the investigators' claim
    assert out[3].source is None  # a plain sentence after it is the writer's


def test_hearsay_is_read_in_any_case_and_only_as_a_whole_word() -> None:
    # The test settles most sentences on "edly" before the pattern's search: the answers
    # are the pattern's own, whatever the case, and a word that only ends so is no hearsay.
    texts = [
        "He REPORTEDLY drove to the depot.",
        "Supposedly, the van was blue.",
        "She purportedly signed it; he allegedly did not.",
        "The Wedly family and the Medly twins drove home.",
        "He reportedlyy drove home.",
        "He drove home.",
        "",
    ]
    assert [_hearsay(t) for t in texts] == [bool(_HEARSAY.search(t)) for t in texts]
    assert [_hearsay(t) for t in texts] == [True, True, True, False, False, False, False]


def test_a_sentence_split_inside_a_quoted_title_keeps_the_speaker() -> None:
    # 'The envoy told the show “Live Now!” that ...': the "!" inside the title may end a
    # sentence for the parser; a sentence that opens with a lower-case "that" is the
    # rest of the one before. One that opens with "That" is a sentence of its own.
    text = "The envoy told the show “Live Now!” that he had delayed the vote. That ended the day."
    envoy = _argument(text, "The envoy")
    first_end = text.index("!") + 2
    evidence = [(0, first_end), (first_end, text.index(".") + 1), (text.index("That"), len(text))]
    events = [
        _event(text, "told", "tell", actor=envoy),
        _event(text, "delayed", "delay", actor=_argument(text, "he")),
        _event(text, "ended", "end", actor=_argument(text, "That")),
    ]
    events = [
        dataclasses.replace(e, evidence=Mention("d", s, t, text[s:t]))
        for e, (s, t) in zip(events, evidence, strict=True)
    ]
    speeches = [Speech(events[0].start, events[0].end, 0, first_end, envoy)]
    out = attributed(events, text, [True, False, False], speeches)
    assert out[1].source == envoy
    assert out[2].source is None


def test_a_first_person_source_without_a_speaker_is_dropped() -> None:
    # A quote whose speaker the text does not name: "I think" claims for nobody known.
    text = 'Tourists crowd the port. "I think I will come back," one wrote.'
    i = Argument("I", text.index("I think"), text.index("I think") + 1)
    actor = Argument("I", text.index("I will"), text.index("I will") + 1)
    events = [_event(text, "come", "come back", actor=actor, source=i)]
    assert _attributed(text, events, [False])[0].source is None


def test_two_apostrophes_are_a_quote_mark() -> None:
    # Some archives write a double quote as two apostrophes; a quote that runs over
    # sentences after its tag keeps the speaker, as with curly marks.
    text = (
        "''The ferry left at six,'' the captain said. ''It reached the island. Nobody was hurt.''"
    )
    found = [text[q.start : q.end] for q in quotes(text)]
    assert found == ["The ferry left at six,", "It reached the island. Nobody was hurt."]
    events = [
        _event(text, "left", "leave", actor=_argument(text, "The ferry")),
        _event(text, "said", "say", actor=_argument(text, "the captain")),
        _event(text, "reached", "reach", actor=_argument(text, "It")),
        _event(text, "hurt", "hurt", target=_argument(text, "Nobody")),
    ]
    out = _attributed(text, events, [False, True, False, False])
    captain = _argument(text, "the captain")
    assert [e.source for e in out] == [captain, None, captain, captain]
    # Backticks open such a quote in tokenised text; an apostrophe alone is no mark.
    tokenised = "`` We won , '' she said . The crew 's boat sank ."
    assert [tokenised[q.start : q.end] for q in quotes(tokenised)] == [" We won , "]


def test_a_title_in_the_tag_ends_no_sentence() -> None:
    # "Sen." inside the tag between two quotes is no sentence end: the second quote,
    # with only the tag before it, still has the first one's speaker.
    text = '"We held the bridge," said Sen. Ana Ruiz, who chairs the panel. "Nobody left."'
    events = [
        _event(text, "held", "hold", actor=_argument(text, "We")),
        _event(text, "said", "say", actor=_argument(text, "Ana Ruiz")),
        _event(text, "left", "leave", actor=_argument(text, "Nobody")),
    ]
    speeches = [
        Speech(*_span(text, "said"), 0, len(text), _argument(text, "Ana Ruiz")),
    ]
    out = attributed(events, text, [False, True, False], speeches)
    assert out[2].source == _argument(text, "Ana Ruiz")


def test_a_speech_in_the_sentence_before_does_not_open_a_quote() -> None:
    # 'The envoy wrote ... . The mayor replied, "..."': the colon or comma before the
    # quote belongs to the mayor's sentence, not to the envoy's speech.
    text = 'The envoy wrote to the mayor. The mayor replied, "The bridge is open."'
    events = [
        _event(text, "wrote", "write", actor=_argument(text, "The envoy")),
        _event(text, "replied", "reply", actor=_argument(text, "The mayor")),
        _event(text, "open", "open", target=_argument(text, "The bridge")),
    ]
    out = _attributed(text, events, [True, False, False])
    assert out[2].source is None


def test_a_quoted_paragraph_goes_on_with_the_speaker_of_the_paragraph_before() -> None:
    # News opens each quoted paragraph anew: a paragraph that is only a quote, after one
    # whose quote ends it with its tag, is the same speaker's; a quote left open at its
    # paragraph's end takes the speaker named in the next paragraph's tag.
    text = (
        '"The dam held," the engineer said.\n\n"Nobody had to leave."\n\n'
        '"The pumps ran all night.\n\n"We fixed the gate," a guard said.\n\n'
        "Police closed the road.\n\n"
        '"Trucks waited at the bridge."'
    )
    events = [
        _event(text, "held", "hold", actor=_argument(text, "The dam")),
        _event(text, "said", "say", actor=_argument(text, "the engineer")),
        _event(text, "leave", "leave", actor=_argument(text, "Nobody")),
        _event(text, "ran", "run", actor=_argument(text, "The pumps")),
        _event(text, "fixed", "fix", actor=_argument(text, "We")),
        _event(text, "said.\n\nPolice", "say", actor=_argument(text, "a guard")),
        _event(text, "closed", "close", actor=_argument(text, "Police")),
        _event(text, "waited", "wait", actor=_argument(text, "Trucks")),
    ]
    reporting = [e.action == "say" for e in events]
    out = {e.action: e for e in _attributed(text, events, reporting) if e.action != "say"}
    engineer, guard = _argument(text, "the engineer"), _argument(text, "a guard")
    assert out["leave"].source == engineer
    assert out["run"].source == guard and out["fix"].source == guard
    # A narrative paragraph in between ends the speaker's turn.
    assert out["close"].source is None and out["wait"].source is None


def test_a_quoted_paragraph_after_one_without_marks_in_an_open_quote_keeps_its_speaker() -> None:
    # The speaker's quote is left open, so it goes on; the page lost the opening mark of
    # one paragraph. The next quoted paragraph is still the speaker's; the paragraph
    # without marks stays the writer's (it may be the writer's own summary).
    text = (
        'Ruiz explained: "They wanted the ferry stopped for a month.\n\n'
        "Put simply, only trucks would still cross.\n\n"
        '"We asked how long it would last. They could not say."\n\n'
        '"We asked what drivers would earn."'
    )
    events = [
        _event(text, "explained", "explain", actor=_argument(text, "Ruiz")),
        _event(text, "wanted", "want", actor=_argument(text, "They")),
        _event(text, "cross", "cross", actor=_argument(text, "only trucks")),
        _event(text, "asked", "ask", actor=_argument(text, "We")),
        _event(text, "earn", "earn", actor=_argument(text, "drivers")),
    ]
    out = _attributed(text, events, [True, False, False, False, False])
    ruiz = _argument(text, "Ruiz")
    assert [e.source for e in out] == [None, ruiz, None, ruiz, ruiz]


def test_a_paragraph_without_marks_that_names_someone_ends_an_open_quote() -> None:
    # Not when the quote before was closed, nor when the paragraph between names one the
    # next quote may be, nor when it tells of a speech.
    closed = (
        'Ruiz explained: "They wanted the ferry stopped."\n\n'
        "Put simply, only trucks would still cross.\n\n"
        '"We asked how long it would last."'
    )
    named = (
        'Ruiz explained: "They wanted the ferry stopped.\n\n'
        "The harbour master rejected the plan on Monday.\n\n"
        '"We asked how long it would last."'
    )
    spoken = (
        'Ruiz explained: "They wanted the ferry stopped.\n\n'
        "only trucks would still cross, a driver said.\n\n"
        '"We asked how long it would last."'
    )
    for text in (closed, named, spoken):
        events = [
            _event(text, "explained", "explain", actor=_argument(text, "Ruiz")),
            _event(text, "asked", "ask", actor=_argument(text, "We")),
        ]
        reporting = [True, False]
        if text is spoken:
            events.insert(1, _event(text, "said", "say", actor=_argument(text, "a driver")))
            reporting.insert(1, True)
        out = _attributed(text, events, reporting)
        assert out[-1].source is None, text


def _chain(text: str, first: str, pronoun: str, label: str = "") -> str:
    """Who claims "failed" in "<first> said ... <pronoun> added that the pumps failed."."""
    speaker = Argument(first, *_span(text, first), label=label)
    he = _argument(text, pronoun, after=text.index("said"))
    events = [
        _event(text, "said", "say", actor=speaker),
        _event(text, "added", "add", actor=he),
        _event(text, "failed", "fail", source=he),
    ]
    sentence_start = text.rfind("\n", 0, he.start) + 1 if "\n" in text[: he.start] else 0
    sentence_start = max(sentence_start, text.rfind(". ", 0, he.start) + 2)
    speeches = [
        Speech(events[0].start, events[0].end, 0, text.index(".") + 1, speaker),
        Speech(events[1].start, events[1].end, sentence_start, len(text), he),
    ]
    source = attributed(events, text, [True, True, False], speeches)[2].source
    return source.text if source is not None else ""


def test_he_added_goes_on_in_the_next_paragraph() -> None:
    # Wire copy gives each sentence a paragraph: the official of one paragraph is the
    # "he" that opens the next.
    text = "A senior port official said the cranes stopped.\n\nBut he added that the pumps failed."
    assert _chain(text, "A senior port official", "he") == "A senior port official"
    # "The Dutch official": a country before the noun lends the phrase its label.
    text = "The Dutch official said the cranes stopped.\n\nHe added that the pumps failed."
    assert _chain(text, "The Dutch official", "He", label="NORP") == "The Dutch official"


def test_the_next_paragraph_chain_stops_where_another_may_be_meant() -> None:
    cases = (
        # a heading between the paragraphs starts another story
        "Mayor Lind said the cranes stopped.\n\nHarbour news\n\nHe added that the pumps failed.",
        # two paragraphs on
        "Mayor Lind said the cranes stopped.\n\nIt rained.\n\nHe added that the pumps failed.",
        # a name before the pronoun may be whom it stands for
        "Mayor Lind said the cranes stopped.\n\nAt noon Ortiz was asked if he added that "
        "the pumps failed.",
        # not the first sentence of its paragraph
        "Mayor Lind said the cranes stopped.\n\nIt rained. He added that the pumps failed.",
        # a noun phrase of its own opens the sentence: the pronoun may be that one
        "Mayor Lind said the cranes stopped.\n\nHis deputy was away, but he added that "
        "the pumps failed.",
    )
    for text in cases:
        assert _chain(text, "Mayor Lind", "He" if "He " in text else "he", "PERSON") != "Mayor Lind"


def test_a_speaker_inside_a_quote_is_no_link_of_the_chain() -> None:
    # '"... what he said ...," Lind said': the "he" in the quote is someone Lind talks
    # about; and "he" then "she" are two people.
    text = 'Mayor Lind said the cranes stopped. "I liked what he said," the pumps failed.'
    speaker = Argument("Mayor Lind", 0, 10, label="PERSON")
    inner = _argument(text, "he", after=text.index("what"))
    events = [
        _event(text, "said", "say", actor=speaker),
        _event(text, "liked", "like"),
        _event(text, "failed", "fail", source=inner),
    ]
    speeches = [Speech(events[0].start, events[0].end, 0, 35, speaker),
                Speech(inner.end + 1, inner.end + 5, 36, len(text), inner)]  # fmt: skip
    out = attributed(events, text, [True, False, False], speeches)
    assert out[2].source == inner
    text = "Lind said the cranes stopped. He added that the dam held. She added the pumps failed."
    lind = Argument("Lind", 0, 4, label="PERSON")
    he, she = _argument(text, "He"), _argument(text, "She")
    events = [
        _event(text, "said", "say", actor=lind),
        _event(text, "added", "add", actor=he),
        _event(text, "failed", "fail", source=she),
    ]
    speeches = [
        Speech(events[0].start, events[0].end, 0, 29, lind),
        Speech(events[1].start, events[1].end, 30, 57, he),
        Speech(*_span(text, "added", text.index("She")), 58, len(text), she),
    ]
    out = attributed(events, text, [True, True, False], speeches)
    assert out[2].source == she


def test_single_marks_quote_and_apostrophes_do_not() -> None:
    # British style quotes in single marks; the same marks are apostrophes inside
    # words, after a plural, before a decade and in rock 'n' roll.
    curly = (
        "The warden said: ‘We don’t know. The guards’ union left in the ’90s.’ "
        "She called them ‘idiots’, then left."
    )
    found = [curly[q.start : q.end] for q in quotes(curly)]
    assert found == ["We don’t know. The guards’ union left in the ’90s.", "idiots"]
    straight = "'We played rock 'n' roll all night,' he said. 'It's the '60s again.'"
    found = [straight[q.start : q.end] for q in quotes(straight)]
    assert found == ["We played rock 'n' roll all night,", "It's the '60s again."]
    # Single marks inside a double quote are the quote's own; a plural's apostrophe
    # before a word closes nothing, and a quote that lost its end mid-sentence is dropped.
    nested = "\"They shouted 'go home' at us,\" he said. The ‘Smiths’ house burned down."
    assert [nested[q.start : q.end] for q in quotes(nested)] == ["They shouted 'go home' at us,"]


def test_a_quote_in_single_marks_keeps_its_speaker_over_its_sentences() -> None:
    text = (
        "The warden said: ‘The gate was open. Two men escaped.\n"
        "‘We searched the woods.’\n"
        "Police closed the road."
    )
    events = [
        _event(text, "said", "say", actor=_argument(text, "The warden")),
        _event(text, "was", "be", actor=_argument(text, "The gate")),
        _event(text, "escaped", "escape", actor=_argument(text, "Two men")),
        _event(text, "searched", "search", actor=_argument(text, "We")),
        _event(text, "closed", "close", actor=_argument(text, "Police")),
    ]
    out = _attributed(text, events, [True, False, False, False, False])
    warden = _argument(text, "The warden")
    # The paragraph left open goes on in the next one, re-opened with a mark.
    assert [e.source for e in out] == [None, warden, warden, warden, None]


def test_a_speech_verb_inside_a_quoted_paragraph_is_no_tag_of_its_own() -> None:
    # The second paragraph goes on with the driver: the guard shouting inside it is
    # what the driver reports, not a tag that names another speaker.
    text = '"We left at dawn," the driver said.\n"I heard a guard shouting \'Stop!\' We drove on."'
    events = [
        _event(text, "left", "leave", actor=_argument(text, "We")),
        _event(text, "said", "say", actor=_argument(text, "the driver")),
        _event(text, "heard", "hear", actor=_argument(text, "I")),
        _event(text, "shouting", "shout", actor=_argument(text, "a guard")),
        _event(text, "drove", "drive", actor=_argument(text, "We", text.index("drove") - 4)),
    ]
    out = _attributed(text, events, [False, True, False, True, False])
    driver = _argument(text, "the driver")
    assert out[2].source == driver and out[2].actor == driver
    assert out[4].source == driver
