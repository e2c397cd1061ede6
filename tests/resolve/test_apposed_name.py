"""A description set beside a name, made an actor by a relative pronoun or set off before
the name by a comma, is what the name names, with the real model.

Sentences written for these tests. In "Lena Hart, a retired nurse who ran the shelter",
who ran the shelter is Lena Hart; left as "a retired nurse" the fact names nobody. So too
for an organisation with "that" or "which": in "Larch Aid, a charity that runs
two shelters", Larch Aid runs them; in "arrested a local teacher, Mara Quill," the one
arrested is Mara Quill.
"""

from __future__ import annotations

import pytest
from resolve_fixtures import actor_labels, target_labels


@pytest.mark.parametrize(
    ("text", "action", "name"),
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
        # An organisation, and "which" or "that" after a word for a body.
        (
            "The money went to Larch Aid, a local charity which runs two shelters.",
            "run",
            "Larch Aid",
        ),
        (
            "Tenants were advised by the Greenfield Tenants Union, a group that fights evictions.",
            "fight",
            "Greenfield Tenants Union",
        ),
    ],
)
def test_description_beside_a_name_is_what_it_names(text: str, action: str, name: str) -> None:
    assert actor_labels(text, action) == [name]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # No name before the description: an unnamed person, no guess.
        ("Police thanked a retired nurse who ran into the burning house.", "run"),
        # A list: the nurse is not the person named first.
        ("Lena Hart, Omar Vance and a nurse who ran the shelter signed the letter.", "run"),
        # What was done to the company, not the company: an act's noun.
        ("Regulators fined Acme Corp, a decision that angered its investors.", "anger"),
        # A person's noun beside an organisation's name: not the organisation.
        ("The award went to Larch Aid, a volunteer who runs its two shelters.", "run"),
    ],
)
def test_description_not_said_of_a_name_beside_it_is_not_that_one(text: str, action: str) -> None:
    labels = actor_labels(text, action)
    assert not {"Lena Hart", "Omar Vance", "Acme Corp", "Larch Aid"} & set(labels)


def test_a_description_before_a_name_set_off_by_commas_is_that_person() -> None:
    # "a local teacher, Mara Quill," is Mara Quill, not a teacher of no name.
    arrested = target_labels("Police arrested a local teacher, Mara Quill, on Friday.", "arrest")
    shot = target_labels("The gunman shot the night guard, Tom Vale, in the leg.", "shoot")
    assert (arrested, shot) == (["Mara Quill"], ["Tom Vale"])


def test_a_description_before_a_list_of_names_is_none_of_them() -> None:
    # "the driver, Ana Roe, Tom Hale and two others": a list, not the driver's name.
    text = "Police stopped the driver, Ana Roe, Tom Hale and two others at the border."
    assert target_labels(text, "stop") == [None]
