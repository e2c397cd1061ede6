"""Who a pronoun after a passive continues, with the real model: the one the passive's
sentence is about (its subject, what was done to), not the doer of its "by" phrase.

Sentences written for these tests.
"""

from __future__ import annotations

from resolve_fixtures import actor_labels


def test_it_after_a_passive_is_the_one_it_was_done_to() -> None:
    text = "Oxfam was praised by the Ruritanian Army on Monday. It said it would open two clinics."
    assert actor_labels(text, "say") == ["Oxfam"]


def test_he_after_a_passive_is_its_subject_and_after_an_active_the_doer() -> None:
    passive = "Tom Vale was coached by Peter Ford for a decade. He won three national titles."
    assert actor_labels(passive, "win") == ["Tom Vale"]
    active = "Peter Ford coached Tom Vale for a decade. He won three national titles."
    assert actor_labels(active, "win") == ["Peter Ford"]


def test_it_that_speaks_after_a_thing_done_to_is_the_doer() -> None:
    # A deal cannot speak: "it said" is the board's company, not the merger.
    text = (
        "The merger was approved by Norfield Steel's board on Monday. "
        "It said the purchase would close in June."
    )
    assert actor_labels(text, "say") == ["Norfield Steel"]
    # A thing done to is still whom a pronoun that does not speak continues.
    done_to = "The bridge was built by Norfield Steel in 1990. It collapsed in a storm."
    assert actor_labels(done_to, "collapse") == [None]
