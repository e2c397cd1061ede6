"""A speaker's "we" and the body the text says they run, with the real model.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kg import build
from kg.model import Document


def test_we_of_a_bodys_chairwoman_is_the_body() -> None:
    text = (
        "A court in Dunmore fined the Larkfield Tenants Association on Monday. "
        '"We will appeal the ruling," said Ingrid Sol, chairwoman of the Larkfield '
        "Tenants Association."
    )
    graph = build([Document(id="doc", text=text)])
    [appeal] = [e for e in graph.events if e.action == "appeal"]
    assert appeal.actor is not None and appeal.actor.entity is not None
    assert graph.entity(appeal.actor.entity).label == "Larkfield Tenants Association"


def test_we_of_one_named_of_a_university_is_not_the_university() -> None:
    # A researcher named "of" the place she works speaks for her team, not for it
    # (review rev23); one named "of" another body speaks for it.
    text = (
        "A study of the new drug was published on Monday. Ingrid Sol of the University of "
        'Dunmore said: "We found that the drug halved the number of deaths."'
    )
    graph = build([Document(id="doc", text=text)])
    [found] = [e for e in graph.events if e.action == "find"]
    assert found.actor is not None and found.actor.entity is not None
    assert "University" not in graph.entity(found.actor.entity).label
    other = text.replace("the University of Dunmore", "the Dunmore Tenants Association")
    graph = build([Document(id="doc", text=other)])
    [found] = [e for e in graph.events if e.action == "find"]
    assert found.actor is not None and found.actor.entity is not None
    assert graph.entity(found.actor.entity).label == "Dunmore Tenants Association"


def test_we_of_a_trust_member_is_the_trust() -> None:
    # "trust member Jane Roe": one who sits on the body named before speaks for it.
    text = (
        "The Larkfield Housing Trust met the county on Monday. When trust member Ingrid Sol "
        'asked about the delays, the county said nothing. "We asked for the report and '
        'nobody sent it," Sol said.'
    )
    graph = build([Document(id="doc", text=text)])
    [asked] = [e for e in graph.events if e.action == "ask for"]
    assert asked.actor is not None and asked.actor.entity is not None
    assert graph.entity(asked.actor.entity).label == "Larkfield Housing Trust"


def test_we_of_a_person_the_text_ties_to_no_body_is_the_person() -> None:
    # A coach's "we": no body named, so the one of the group the text names, the coach.
    text = (
        "Dunmore lost to Larkfield on Saturday. "
        '"We did not defend well enough," said coach Tomas Rell.'
    )
    graph = build([Document(id="doc", text=text)])
    [defend] = [e for e in graph.events if e.action == "defend"]
    assert defend.actor is not None and defend.actor.entity is not None
    assert defend.source is not None and defend.actor.entity == defend.source.entity


@pytest.mark.parametrize(
    "speaker",
    [
        "said Ingrid Sol, a former spokeswoman for Larkfield Mills.",
        "said former Larkfield Mills chairwoman Ingrid Sol.",
        "said Ingrid Sol, an ex-board member of Larkfield Mills.",
    ],
)
def test_we_of_one_who_spoke_for_a_body_once_is_not_the_body(speaker: str) -> None:
    # Written for this test. Who held the title once no longer speaks for the body: her "we"
    # is not the company's; it is hers, as anyone else's is.
    text = f'Larkfield Mills closed the plant on Monday. "We were never told," {speaker}'
    graph = build([Document(id="doc", text=text)])
    [told] = [e for e in graph.events if e.action == "tell"]
    assert told.target is not None and told.target.entity is not None
    assert graph.entity(told.target.entity).label == "Ingrid Sol"
