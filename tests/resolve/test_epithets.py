"""A definite description that the text has said of one named person just before is that
person, with the real model.

Sentences written for these tests. After "actress Mara Quill" or "Mara Quill, an actress,",
"the actress" in the next sentence is Mara Quill; after "Tomas Reyes, 34,", "the
34-year-old teacher" is Tomas Reyes. Two persons called so, or a person named too far back, and
the description names nobody rather than perhaps the wrong one.
"""

from __future__ import annotations

import pytest
from resolve_fixtures import actor_labels

from kg import build
from kg.model import Document


@pytest.mark.parametrize(
    ("text", "action", "person"),
    [
        (
            "The studio hired actress Mara Quill on Monday. "
            "The actress signed a two-year contract.",
            "sign",
            "Mara Quill",
        ),
        (
            "Tomas Reyes, a veteran ferry pilot, was honoured in Bergen. "
            "The pilot thanked his crew.",
            "thank",
            "Tomas Reyes",
        ),
        (
            "Tomas Reyes, 34, was arrested in Bergen on Friday. "
            "The 34-year-old teacher denied the charges.",
            "deny",
            "Tomas Reyes",
        ),
    ],
)
def test_a_description_said_of_one_person_is_that_person(
    text: str, action: str, person: str
) -> None:
    assert actor_labels(text, action) == [person]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # Two persons called pilots: which one is meant, the text does not say.
        (
            "Pilot Tomas Reyes and pilot Ivan Duric landed in Bergen. The pilot thanked the crew.",
            "thank",
        ),
        # Named as a pilot, then three sentences about others: too far back to be sure.
        (
            "Pilot Tomas Reyes withdrew from the race in May. Ivan Duric won it in June. "
            "Lena Hart came second. Omar Vance was third. The pilot thanked the crowd.",
            "thank",
        ),
        # Never called a pilot: no one the text names.
        ("Tomas Reyes landed in Bergen. The pilot thanked the crew.", "thank"),
    ],
)
def test_a_doubtful_description_names_no_person(text: str, action: str) -> None:
    assert "Tomas Reyes" not in actor_labels(text, action)


def test_a_description_with_a_name_after_it_is_not_the_earlier_person() -> None:
    text = (
        "Tomas Reyes, the pilot of the ferry, rested. "
        "Gunmen had shot the previous pilot, Ivan Duric, in May."
    )
    graph = build([Document(id="doc", text=text)])
    [shot] = [event for event in graph.events if event.action == "shoot"]
    assert shot.target is not None and shot.target.text == "the previous pilot"
    assert shot.target.entity is None or graph.entity(shot.target.entity).label != "Tomas Reyes"


def test_a_title_in_capitals_is_its_holders_further_on() -> None:
    # "Duchess of Corvay" beside her name: "the duchess" is Ana Ruiz two sentences on,
    # as no lower-case description is when named that far back.
    text = (
        "Ana Ruiz, Duchess of Corvay, met the press in March. Her husband Tom Hale spoke "
        'first. "We were tired," Hale said. The duchess also revealed that she had called '
        "a friend."
    )
    assert actor_labels(text, "reveal") == ["Ana Ruiz"]


def test_a_title_two_persons_hold_names_neither() -> None:
    text = (
        "Ana Ruiz, Duchess of Corvay, met Lena Hart, Duchess of Brill, in March. Tom Hale "
        'spoke first. "We were tired," Hale said. The duchess also revealed that she had '
        "called a friend."
    )
    assert actor_labels(text, "reveal") == [None]
