"""Which country "the country" is, with the real model: the one named just before on its
own, else the one the document is about; never one of a list, one named in passing
further back, or one named only by its people's adjective.

Sentences written for these tests.
"""

from __future__ import annotations

from resolve_fixtures import actor_labels


def test_the_country_named_just_before() -> None:
    text = "Portugal raised taxes in May. The country will cut spending next year."
    assert actor_labels(text, "cut") == ["Portugal"]


def test_one_of_a_list_is_not_the_country() -> None:
    text = (
        "The senator toured Dallas and Houston on Monday. "
        "Voters in Texas, Virginia and Georgia back his plan. "
        "He said the country needs new roads."
    )
    assert actor_labels(text, "need") == ["United States"]


def test_a_country_named_in_passing_further_back_is_not_the_country() -> None:
    text = (
        "The senator toured Dallas and Houston on Monday. "
        "Last year he met Japan's prime minister in Tokyo. "
        "Polls in Ohio and Iowa favour him this week. "
        "He said the country needs new roads."
    )
    assert actor_labels(text, "need") == ["United States"]


def test_a_peoples_adjective_names_no_country() -> None:
    text = (
        "The senator toured Dallas, Houston and Austin on Monday. "
        "He vowed to build a wall on the Mexican border. "
        "He said the country needs new roads."
    )
    assert actor_labels(text, "need") == ["United States"]
    # A country the text names only by its people's word is no story's country.
    text = "Officials of the German bank Kestrelbank said the country needs reform."
    assert actor_labels(text, "need") == [None]


def test_the_country_before_any_is_named_is_the_documents() -> None:
    text = "Farmers in Dublin and Galway protested on Monday. The country faces a second lockdown."
    assert actor_labels(text, "face") == ["Ireland"]
