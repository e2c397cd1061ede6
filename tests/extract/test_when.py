"""When an event happened, with the real English model: sentences written for these tests.

The time is the date or time phrase on the event's own words; a few shapes lend an event
the time of the verb it depends on, and a modifier's date or a length of time is no time.
"""

from __future__ import annotations

import pytest
from extraction_fixtures import event_named
from spacy.language import Language

CASES = [
    # text, action, the time kg gives the event (None: no time)
    ("Rebels attacked the depot on Thursday.", "attack", "Thursday"),
    # An event noun dated by its own words.
    ("The rallies on Saturday drew thousands.", "rally", "Saturday"),
    ("The 2019 attack on the depot is still remembered.", "attack", "2019"),
    # A noun event takes the time of the verb it happens with.
    ("The killings on the border rocked the province last month.", "kill", "last month"),
    ("Two guards were wounded in an ambush on Tuesday.", "ambush", "Tuesday"),
    ("The mayor's trial is set for 14 March.", "try", "14 March"),
    ("The mayor's trial is set for next week.", "try", "next week"),
    ("The minister survived an attack by gunmen last week.", "attack", "last week"),
    # A time said before the first of coordinated verbs holds for each.
    (
        "On Monday, the police arrested the driver and seized his truck.",
        "seize",
        "Monday",
    ),
    # The parser hangs the date on the object: the signing is dated.
    ("The two firms signed a supply deal on Wednesday.", "sign", "Wednesday"),
    # The whole phrase where the entity recogniser cuts it: a day and its part, a length
    # and what it is counted from, a clock time as tokenized text writes it.
    ("Farmers blocked the highway on Tuesday night.", "block", "Tuesday night"),
    (
        "Two weeks after the vote, the council dissolved the board.",
        "dissolve",
        "Two weeks after the vote",
    ),
    ("Guards opened the gate at 6: 40 a.m. on Sunday.", "open", "6: 40 a.m."),
    (
        "Two days after the storm that flooded the valley, the army opened the road.",
        "open",
        "Two days after the storm",
    ),
    # "since" gives when a state began: the phrase is kept whole; a since-phrase on a noun
    # below the event's own phrase is no time of the event.
    ("The two sailors have been held since March.", "hold", "since March"),
    ("Police seized the guns in the third raid since June.", "seize", None),
    # The date a hearing is set for is the hearing's, not the setting's.
    ("A new hearing was scheduled for Thursday.", "schedule", None),
    ("The judge adjourned the inquest until Friday.", "adjourn", None),
    # A length of time after "of" is no date; a part of a game after "of" is.
    ("Crews fixed the pipe within the space of four days.", "fix", None),
    ("The striker scored on the first play of the second half.", "score on", "the second half"),
    ("Residents were asked to call the council on 0161 234 5678.", "call", None),
    # A count with a scale word the recogniser tags DATE is no time (a word of time is).
    (
        "The river rose all week.\n\nBetween 1 and 12 million people could lose their homes,"
        " the agency said.",
        "lose",
        None,
    ),
    # A date the recogniser ran on into the next clause's subject ends before the comma;
    # a list of days on the event's own words stays whole.
    ("Because the bakery shut on Friday, Saturday was quiet.", "shut", "Friday"),
    (
        "The hearings resumed on Monday, Tuesday and Thursday.",
        "resume",
        "Monday, Tuesday and Thursday",
    ),
    # A length counted per another is how often, not when.
    ("She typed letters eight hours a day.", "type", None),
    ("The ferry crosses the bay three days per week.", "cross", None),
    # A modifier's date and a length of time date no event.
    ("Tourists visited the annual fair.", "visit", None),
    ("The reporter stayed in the capital for three years.", "stay", None),
]


@pytest.mark.parametrize(("text", "action", "time"), CASES)
def test_event_time(nlp: Language, text: str, action: str, time: str | None) -> None:
    event = event_named(nlp, text, action)
    assert (event.time.text if event.time is not None else None) == time


def test_a_time_after_the_first_verb_stays_with_it(nlp: Language) -> None:
    """ "arrested the driver on Monday and seized ...": the time may be the arrest's alone."""
    text = "The police arrested the driver on Monday and later seized his truck."
    assert event_named(nlp, text, "arrest").time is not None
    assert event_named(nlp, text, "seize").time is None


def test_a_noun_event_takes_no_time_from_a_reaction_to_it(nlp: Language) -> None:
    """ "The killings drew protests on Sunday": Sunday is when the protests came."""
    text = "The killings on the border drew angry protests on Sunday."
    event = event_named(nlp, text, "kill")
    assert event.time is None
