"""A quote's "it", an "it" for a clause to come, the state a story is about, and a body's
kind before a speaker's title, with the real model.

Sentences written for these tests. An "it" inside a quote that names nothing it could
be is not a body the writer named outside the quote, and an "it" that stands for the
clause after it ("made it easier to sue") names nothing; "the state" with no state named
just before is the American state the story names most; "association executive
director Jane Roe" speaks for the one association named before.
"""

from __future__ import annotations

from resolve_fixtures import actor_labels, target_labels


def test_a_quotes_it_is_not_the_body_named_outside_it() -> None:
    text = (
        "Senator Ruth Vale spoke to Harbor Radio on Monday about the housing bill. "
        '"I think we should vote it down," she said.'
    )
    assert target_labels(text, "vote down") == [None]


def test_the_state_a_story_names_most() -> None:
    text = (
        "Officials in Oregon warned of rolling blackouts on Friday. Demand in Oregon "
        "rose to a record as the heat went on. Engineers said the grid had held up. "
        "The state is now reviewing plans to build two new power plants."
    )
    assert actor_labels(text, "review") == ["Oregon"]
    # Two states named as often: which one is meant, the text does not say.
    both = text.replace("in Oregon", "in Oregon and Nevada")
    assert actor_labels(both, "review") == [None]


def test_we_of_a_director_titled_by_the_bodys_kind_is_the_body() -> None:
    text = (
        "Voters approved a raise for the Dunmore Retired Nurses Association on Tuesday, "
        "and association executive director Ingrid Sol praised the result. "
        '"We will keep working with the legislators," Sol said.'
    )
    assert actor_labels(text, "keep working with") == ["Dunmore Retired Nurses Association"]


def test_an_it_that_stands_for_the_clause_after_it_has_no_referent() -> None:
    made = "The Harbor Council changed the libel law on Monday to make it easier to sue newspapers."
    assert actor_labels(made, "sue") == [None]
    hard = (
        "The Harbor Council voted on Monday. It was always going to be hard to convince the voters."
    )
    # The "it" of "it was going to be hard to" is no doer at all: no actor is given.
    assert actor_labels(hard, "convince") == []


def test_they_after_staff_is_the_staff_not_a_group_named_before() -> None:
    # "Staff" takes a plural verb and "they", as "people" does.
    text = (
        "Managers at the Harbor depot set longer shifts in May. Staff on short contracts "
        "said they felt unable to refuse the demands of managers."
    )
    assert actor_labels(text, "refuse") == [None]
