"""A description set beside a person's name, made an actor by a relative "who", is that
person, with the real model.

Sentences written for these tests. In "Lena Hart, a retired nurse who ran the shelter",
who ran the shelter is Lena Hart; left as "a retired nurse" the fact names nobody.
"""

from __future__ import annotations

import pytest
from resolve_fixtures import actor_labels


@pytest.mark.parametrize(
    ("text", "action", "person"),
    [
        (
            "Lena Hart, a retired nurse who ran the shelter for a decade, resigned on Monday.",
            "run",
            "Lena Hart",
        ),
        (
            "The panel heard from Omar Vance, the engineer who designed the bridge.",
            "design",
            "Omar Vance",
        ),
        (
            # text joined from tokens: a space before the comma
            "The prize went to Omar Vance , the engineer who designed the bridge .",
            "design",
            "Omar Vance",
        ),
    ],
)
def test_description_beside_a_name_is_the_person(text: str, action: str, person: str) -> None:
    assert actor_labels(text, action) == [person]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # No name before the description: an unnamed person, no guess.
        ("Police thanked a retired nurse who ran into the burning house.", "run"),
        # A list: the nurse is not the person named first.
        ("Lena Hart, Omar Vance and a nurse who ran the shelter signed the letter.", "run"),
    ],
)
def test_description_without_a_name_beside_it_is_no_person(text: str, action: str) -> None:
    labels = actor_labels(text, action)
    assert "Lena Hart" not in labels and "Omar Vance" not in labels
