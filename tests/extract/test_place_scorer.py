"""The learned place choice, with the real English model: sentences written for these tests.

The mechanism is tested with scorers whose weights the test sets (so the outcome does
not hang on what training learned); the shipped weights are tested for being read,
deterministic, and for keeping the plain places the rules give.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.frames import Frame, frames
from kg.extract.place_scorer import (
    PlaceScorer,
    candidates,
    default_scorer,
    part_of_place,
    place_features,
    rescored,
)
from kg.extract.roles import checked


def _frames(nlp: Language, text: str) -> tuple[list[Frame], object]:
    sentence = next(iter(nlp(text).sents))
    return [f for f in map(checked, frames(sentence)) if f is not None], sentence


def _named(found: list[Frame], lemma: str) -> Frame:
    return next(f for f in found if f.trigger.lemma_ == lemma)


def test_candidates_are_the_heads_of_place_phrases(nlp: Language) -> None:
    sentence = next(iter(nlp("Rebels shelled the Gostomel airport and a village in Ohio.").sents))
    assert [t.text for t in candidates(sentence)] == ["airport", "village", "Ohio"]


def test_features_describe_the_link_between_event_and_place(nlp: Language) -> None:
    found, _ = _frames(nlp, "Rebels shelled the harbour in Odessa on Monday.")
    shell = _named(found, "shell")
    odessa = next(t for t in shell.trigger.sent if t.text == "Odessa")
    features = place_features(shell, odessa, found)
    assert "prep=in" in features
    assert "ent=GPE" in features
    assert "rule" in features  # the frame rules chose it already
    assert features == place_features(shell, odessa, found)  # same parse, same answer


def test_a_scorer_adds_a_place_to_an_event_without_one(nlp: Language) -> None:
    # "in Homs" hangs in the relative clause: the rules keep it to "lived".
    found, sentence = _frames(nlp, "Soldiers arrested the doctor who lived in Homs.")
    arrest = _named(found, "arrest")
    assert arrest.places == []
    eager = PlaceScorer(weights={"ent=GPE": 4.0}, bias=-1.0, add=0.5, drop=0.1)
    rescored(found, sentence, eager)
    assert [p.argument.text for p in arrest.places] == ["Homs"]


def test_a_scorer_drops_a_place_that_scores_low(nlp: Language) -> None:
    found, sentence = _frames(nlp, "Rebels shelled the harbour in Odessa on Monday.")
    doubtful = PlaceScorer(weights={"rule": -6.0}, bias=0.0, add=0.99, drop=0.1)
    rescored(found, sentence, doubtful)
    assert _named(found, "shell").places == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # "made in Portugal" says where the shoes were made, not where they are sold.
        ("The shop sells shoes made in Portugal.", "sell"),
        # "about crime in Leeds": the crime's place, not where the council talked.
        ("The council talked about crime in Leeds.", "talk"),
        # "to the hotel": the body she complained to, not where she went.
        ("The guest complained to the hotel.", "complain"),
        # "thanks to a win in Ohio": where the win was, not where the party grew.
        ("The party grew thanks to a big win in Ohio.", "grow"),
    ],
)
def test_a_scorer_adds_no_place_the_rules_leave_out(nlp: Language, text: str, lemma: str) -> None:
    found, sentence = _frames(nlp, text)
    eager = PlaceScorer(weights={"ent=GPE": 4.0, "prep=to": 4.0}, bias=-1.0, add=0.5, drop=0.1)
    rescored(found, sentence, eager)
    assert _named(found, lemma).places == []


def test_a_high_bar_changes_nothing(nlp: Language) -> None:
    found, sentence = _frames(nlp, "Soldiers arrested the doctor who lived in Homs.")
    before = [(f.trigger.i, list(f.places)) for f in found]
    strict = PlaceScorer(weights={"ent=GPE": 4.0}, bias=-1.0, add=1.01, drop=0.0)
    rescored(found, sentence, strict)
    assert [(f.trigger.i, f.places) for f in found] == before


def test_the_shipped_scorer_keeps_a_plain_place(nlp: Language) -> None:
    scorer = default_scorer()
    assert scorer.weights and 0.0 <= scorer.drop <= scorer.add <= 1.0
    found, sentence = _frames(nlp, "Rebels shelled the harbour in Odessa on Monday.")
    rescored(found, sentence, scorer)
    assert [p.argument.text for p in _named(found, "shell").places] == ["Odessa"]


def test_the_last_word_of_a_name_with_of_is_no_candidate(nlp: Language) -> None:
    sentence = next(iter(nlp("Raiders seized a tanker in the Strait of Hormuz.").sents))
    assert [t.text for t in candidates(sentence)] == ["Strait"]


def test_the_place_of_a_part_the_verb_names_is_not_weighed(nlp: Language) -> None:
    # "through the back door of the depot": the rules read the depot from the part the
    # verb's own phrase names; a scorer that would drop every place leaves it.
    found, sentence = _frames(nlp, "Looters broke in through the back door of the depot.")
    doubtful = PlaceScorer(weights={"rule": -6.0}, bias=0.0, add=0.99, drop=0.1)
    before = [p.argument.text for p in _named(found, "break").places]
    rescored(found, sentence, doubtful)
    assert before and [p.argument.text for p in _named(found, "break").places] == before


def test_part_of_place_asks_for_a_part_in_the_verbs_own_phrase(nlp: Language) -> None:
    found, _ = _frames(nlp, "Smoke rose from the roof of the warehouse near the river.")
    rise = _named(found, "rise")
    warehouse = next(t for t in rise.trigger.sent if t.text == "warehouse")
    assert part_of_place(warehouse, rise)
    found, _ = _frames(nlp, "The mayor spoke after the siege of the town ended.")
    town = next(t for t in found[0].trigger.sent if t.text == "town")
    assert not any(part_of_place(town, frame) for frame in found)
    # The phrase is the fire's verb's, not the speaker's.
    found, _ = _frames(nlp, "Police said the fire started at the back of the shed.")
    shed = next(t for t in found[0].trigger.sent if t.text == "shed")
    assert part_of_place(shed, _named(found, "start"))
    assert not part_of_place(shed, _named(found, "say"))
