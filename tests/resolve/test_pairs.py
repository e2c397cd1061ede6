""" "The pair" and "the couple" as the two people the text coordinated before, with the real
model (resolution: the extraction's own rule reads only the two sentences before).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kg import build
from kg.model import Document
from kg.rdf import read_records, to_dataset

#: A couple named as actors, then three sentences, one quoting a third person.
COUPLE = (
    "Tom Hale and Ann Lee married in Paris in 2010. They had a son. Fame and money "
    'changed them. "It was hard for everyone," said their friend Mark Cole. '
)


def _actors(text: str, action: str) -> list[str | None]:
    graph = build([Document(id="doc", text=text)])
    events = [e for e in graph.events if e.action == action]
    labels = [
        graph.entity(e.actor.entity).label if e.actor and e.actor.entity else None for e in events
    ]
    return sorted(labels, key=str)


def test_the_pair_is_the_two_people_coordinated_before_it() -> None:
    # Past the friend quoted just before, and past two things joined ("fame and money").
    assert _actors(f"{COUPLE}The pair moved to Rome in May.", "move") == ["Ann Lee", "Tom Hale"]


@pytest.mark.parametrize(
    "before",
    [
        # The last coordination of actors joins two companies: not a couple.
        "Tom Hale and Ann Lee married in 2010. They had a son. The boy is ten. "
        "Acme Corp and Zenith Inc agreed to merge. The firms are large. ",
        # Three people joined are no pair.
        "Tom Hale, Ann Lee and Mark Cole founded a firm in 2010. It grew. It is large. "
        "It has ten shops. ",
        # Two people counted after the couple are the nearer pair (review rev30).
        "Tom Hale and Ann Lee opened a bakery in 2010. It did well. Last night two "
        "teenagers broke into it. ",
    ],
)
def test_the_pair_stays_when_no_two_people_were_joined_last(before: str) -> None:
    assert _actors(f"{before}The pair moved to Rome in May.", "move") == [None]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "The pair" named three sentences after the couple: the resolution step's copies.
        (f"{COUPLE}The pair moved to Rome in May.", "move"),
        # "They" after two groups of actors: one copy per group.
        ("Rebels and armed smugglers crossed the ridge at night. They burned two barns.", "burn"),
    ],
)
def test_each_copy_of_an_event_keeps_its_own_node_in_the_rdf(text: str, action: str) -> None:
    # Copies that shared their original's part shared its IRI: one RDF node with two
    # actors, read back as one event with either (review jdg41).
    graph = build([Document(id="doc", text=text)])
    copies = [e for e in graph.events if e.action == action]
    assert len(copies) == 2
    assert len({e.id for e in graph.events}) == len(graph.events)
    back = read_records(to_dataset(graph.documents, graph.entities, graph.events))
    actors = sorted(e.actor.entity for e in back.events if e.action == action and e.actor)
    assert actors == sorted(e.actor.entity for e in copies if e.actor)


def test_they_that_says_what_the_pair_said_is_the_two_people() -> None:
    # "The pair said they ...": the pair speak of themselves, one copy for each of the two.
    text = (
        "Tom Hale and Ann Lee ran the bakery for ten years. "
        "The pair said they sold the shop in spring."
    )
    assert _actors(text, "sell") == ["Ann Lee", "Tom Hale"]
