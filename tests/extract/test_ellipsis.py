"""Acts told by a modal alone, their verb phrase said before ("She won't."), with the real
English model: sentences written for these tests."""

from __future__ import annotations

import pytest
from resolve_fixtures import actor_labels
from spacy.language import Language

from kg.extract import extract
from kg.model import Document, Event


def _events(nlp: Language, text: str) -> list[Event]:
    return list(extract(nlp(text), Document(id="doc", text=text)).events)


def _at(events: list[Event], text: str, word: str) -> Event:
    """The event whose trigger is the last ``word`` of the text."""
    start = text.rindex(word)
    return next(e for e in events if e.start == start)


@pytest.mark.parametrize(
    ("text", "modal", "action", "modality", "negated"),
    [
        (
            "Critics say the mayor will raise the harbour fees, but she won't.",
            "wo",
            "raise",
            "future",
            True,
        ),
        (
            "Asked if he would sell the ferry to the island council, Mr. Oduya replied that"
            " he would.",
            "would",
            "sell",
            "conditional",
            False,
        ),
        (
            "The board may close the old mill this winter. The foreman thinks it will.",
            "will",
            "close",
            "future",
            False,
        ),
        (
            "The villagers asked whether they could stay in the school. The teacher said they"
            " could.",
            "could",
            "stay",
            "possible",
            False,
        ),
        (
            "Reporters waited to see if the coach would drop the captain. He did not.",
            "did",
            "drop",
            "negated",
            True,
        ),
    ],
)
def test_a_bare_modal_tells_the_act_it_leaves_out(
    nlp: Language, text: str, modal: str, action: str, modality: str, negated: bool
) -> None:
    event = _at(_events(nlp, text), text, modal)
    assert (event.action, event.modality, event.negated) == (action, modality, negated)
    assert event.actor is not None


@pytest.mark.parametrize(
    "text",
    [
        # How far or how well, not whether: no event of the modal.
        "The rescuers are digging as fast as they can.",
        "The club will help the families in every way it can.",
        "She kept the shop open, just as she said she would.",
        # The modal's own verb follows an aside or a quote.
        "The treaty called for a ceasefire. It did not, however, name the border towns.",
    ],
)
def test_a_modal_of_degree_or_with_its_verb_makes_no_event(nlp: Language, text: str) -> None:
    modals = {"can", "would", "did"}
    events = _events(nlp, text)
    assert not [e for e in events if text[e.start : e.end].lower() in modals]


def test_the_same_pronoun_again_is_the_unnamed_person_it_continued() -> None:
    # "his rival ... (she says she won't)": both "she" are the rival, whom the text does
    # not name, not the woman named before.
    text = (
        "Lena Hart praised the new pier. The governor claimed his rival would close the"
        " mill (she says she won't) and denied the charge."
    )
    assert actor_labels(text, "close") == [None, None]


def test_the_left_out_phrase_keeps_its_object_and_its_subject_s_role(nlp: Language) -> None:
    # "It might." after "would close the depot": the closing of the depot, as the verb
    # phrase said before has it.
    text = "Analysts said the firm would close the depot. It might."
    event = _at(_events(nlp, text), text, "might")
    assert event.action == "close"
    assert event.target is not None and event.target.text == "the depot"
    # "but it didn't" after "the ferry would return": the ferry is what returns, no doer,
    # so "it" stands where "the ferry" stood, the target.
    text = "The owners said the old market would reopen in June, but it didn't."
    event = _at(_events(nlp, text), text, "did")
    assert (event.action, event.negated) == ("reopen", True)
    assert event.actor is None
    assert event.target is not None and event.target.text == "it"
