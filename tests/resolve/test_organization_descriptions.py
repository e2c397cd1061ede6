"""A definite description of an organisation's kind that acts or speaks ("the company
said", "the hospital said") is the organisation the text named, with the real model.

Sentences written for these tests. The one organisation whose name says its kind ("Kestrel
Foods Inc." a company, "Kellington Herald" a newspaper) is "the company" or "the newspaper";
for "the company" with no such name, the organisation that acts or speaks in the sentence
before. Two of that kind named, or no organisation acting nearby, and the description names
nothing rather than perhaps the wrong one.
"""

from __future__ import annotations

import pytest
from resolve_fixtures import actor_labels


@pytest.mark.parametrize(
    ("text", "action", "label"),
    [
        (
            "Kestrel Foods Inc. closed its plant in Dorvik on Monday. "
            "The company blamed the rising cost of grain.",
            "blame",
            "Kestrel Foods Inc",
        ),
        (
            "The Kellington Herald reported that the mayor had resigned. "
            "The newspaper quoted two council members.",
            "quote",
            "Kellington Herald",
        ),
        (
            "Orvane Systems cut 200 jobs on Monday. The company blamed weak demand.",
            "blame",
            "Orvane Systems",
        ),
        # An apposition says what the named one is: no other company brought in.
        (
            "Kestrel Foods Inc., a company based in Dorvik, cut 200 jobs. "
            "The company blamed the rising cost of grain.",
            "blame",
            "Kestrel Foods Inc",
        ),
        # A person of the company brings in no other company.
        (
            "Kestrel Foods Inc. closed its plant in Dorvik. A company spokesman confirmed "
            "the closure on Monday. The company blamed the rising cost of grain.",
            "blame",
            "Kestrel Foods Inc",
        ),
    ],
)
def test_a_description_of_the_named_kind_is_that_organisation(
    text: str, action: str, label: str
) -> None:
    assert actor_labels(text, action) == [label]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # Two companies by their names: which one blamed, the text does not say.
        (
            "Kestrel Foods Inc. and Larch Mills Ltd. cut jobs on Monday. "
            "The company blamed the rising cost of grain.",
            "blame",
        ),
        # Two agencies by their names: either may be meant.
        (
            "The Dorvik Weather Agency warned of floods. The Orvane Service ordered an "
            "evacuation. The agency blamed the late warning.",
            "blame",
        ),
        # Another company brought in since the named one: "the company" is that one.
        (
            "Orvane Systems bought a small company in Dorvik last year. "
            "The company blamed weak demand.",
            "blame",
        ),
        (
            "The Kellington Herald won a prize. A rival paper printed the letters. "
            "The paper said the letters were real.",
            "say",
        ),
        # A company named three sentences back, and others acting since.
        (
            "Orvane Systems cut 200 jobs in May. Union leaders protested in June. "
            "The mayor met them in July. The company blamed weak demand.",
            "blame",
        ),
    ],
)
def test_a_doubtful_description_names_no_organisation(text: str, action: str) -> None:
    labels = actor_labels(text, action)
    assert labels  # the event and its actor are read: the description names no one
    assert not {"Kestrel Foods Inc", "Larch Mills Ltd", "Dorvik Weather Agency"} & set(labels)
    assert not {"Orvane Systems", "Kellington Herald"} & set(labels)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Watch Alliance organised the march on Sunday. "
        "The group also collected food for families.",
        # An apposition says what the named one is.
        "The Harbor Watch Alliance, a local group, organised the march on Sunday. "
        "The group also collected food for families.",
        "The Harbor Watch Alliance organised the march on Sunday. "
        "The charity also collected food for families.",
    ],
)
def test_a_body_of_any_kind_is_the_one_organisation_acting_before(text: str) -> None:
    # "the group", "the charity": whatever the name says, the one body that acted just
    # before, as a subject "it" is read.
    assert actor_labels(text, "collect") == ["Harbor Watch Alliance"]


@pytest.mark.parametrize(
    "text",
    [
        # Two bodies acting: either may be meant.
        "The Harbor Watch Alliance and Kestrel Foods Inc. organised the march on Sunday. "
        "The group also collected food for families.",
        # An unnamed body brought in: "the group" may be that one.
        "The Harbor Watch Alliance organised the march, and one group from Dorvik joined "
        "it. The group also collected food for families.",
        # A name inside the subject's phrase is no body that acts.
        "Critics of the Harbor Watch Alliance said the march was long. "
        "The group also collected food for families.",
    ],
)
def test_a_body_of_any_kind_with_no_one_organisation_acting_names_nothing(text: str) -> None:
    assert "Harbor Watch Alliance" not in actor_labels(text, "collect")
