"""Who a "he" or "she" who speaks is, whom a writer's "it" continues, and which place
"the state" is, with the real model.

Sentences written for these tests. A pronoun that says something goes on with the
person who spoke last, not with a person her words were about; a person who tells the
sentence before is never its "it"; "the state" is the American state just named, and
nothing when none was.
"""

from __future__ import annotations

from resolve_fixtures import actor_labels


def test_she_who_speaks_is_the_speaker_not_the_one_spoken_of() -> None:
    text = (
        "Laura Bennett said Maria Costa sent her a letter and apologized. "
        "But she said the coverage of the quarrel hurt them both."
    )
    assert actor_labels(text, "say") == ["Laura Bennett", "Laura Bennett"]


def test_he_who_speaks_after_the_speakers_description() -> None:
    # "Ohio Senator": "the Ohio senator" names no senator the text does not say is Ohio's.
    text = (
        "Ohio Senator Paul Grady conceded the race to Tom Walsh on Tuesday. "
        "The Ohio senator thanked his volunteers, saying the campaign had been fair. "
        "He said that he would back Walsh in the autumn."
    )
    assert actor_labels(text, "say")[-1] == "Paul Grady"


def test_a_person_who_acts_in_the_pronouns_own_sentence_comes_first() -> None:
    # Vale acts in the pronoun's sentence: the speaker of the sentence before is not he.
    text = (
        "Committee chairman Peter Roe said the new rules were rushed. "
        "Interior chief Tom Vale, for his part, signed the rules in his office, where he "
        "noted that he had a month left in his post."
    )
    assert actor_labels(text, "note") == ["Tom Vale"]


def test_it_does_not_continue_the_person_who_tells_the_sentence_before() -> None:
    text = (
        "Ellen Park writes: Microsoft announced that it would spend $500 million on "
        "housing in Denver. In doing so, it outshone its rival Amazon."
    )
    assert actor_labels(text, "outshine") == ["Microsoft"]


def test_the_state_is_the_american_state_just_named() -> None:
    text = (
        "California must keep leading the world in clean energy. "
        "In 1978, the state set its first goal for wind power."
    )
    assert actor_labels(text, "set") == ["California"]


def test_the_state_with_no_state_named_is_none() -> None:
    text = "The minister said the state must not pay for private schools."
    assert actor_labels(text, "pay for") == [None]
