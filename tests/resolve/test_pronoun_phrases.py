"""Third-person pronouns and the phrase or person they stand for, with the real model.

Sentences written for these tests. A "they" that continues a subject the text names by
no entity ("regional newspapers") holds that phrase.
"""

from __future__ import annotations

from kg import build
from kg.model import Document


def _actors(text: str, action: str) -> list[tuple[str, str | None]]:
    """Each ``action`` event's actor: its text and its entity's label."""
    graph = build([Document(id="doc", text=text)])
    return [
        (e.actor.text, graph.entity(e.actor.entity).label if e.actor.entity else None)
        for e in graph.events
        if e.action == action and e.actor is not None
    ]


def test_they_after_an_unnamed_plural_subject_is_that_phrase() -> None:
    text = (
        "Rival bakeries in the old town raised their prices in May. They blamed the cost of flour."
    )
    [(words, _)] = _actors(text, "blame")
    assert words == "Rival bakeries"
    # The phrase keeps the sentence it was read in, for the record and the RDF.
    graph = build([Document(id="doc", text=text)])
    [blame] = [e for e in graph.events if e.action == "blame"]
    assert blame.actor is not None and blame.actor.evidence is not None
    assert blame.actor.evidence.text.startswith("Rival bakeries")


def test_they_in_the_sentence_of_its_subject_is_that_phrase() -> None:
    text = "Four regional newspapers said the mayor should resign. They called him unfit."
    [(words, label)] = _actors(text, "call")
    assert "newspapers" in words and label is None


def test_they_after_none_of_a_group_stays_a_pronoun() -> None:
    # "None of the guards said they ...": "they" are not the none.
    [(words, _)] = _actors("None of the guards said they saw the car.", "see")
    assert words == "they"


def test_they_after_police_is_the_police() -> None:
    # "police" takes a plural verb: the "they" after it is the police, and "it" is not.
    text = "Police stopped a driver on Main Street. They used a Taser to subdue him."
    assert _actors(text, "use") == [("They", "police")]
    graph = build(
        [
            Document(
                id="doc",
                text="The police said the fire was set on purpose. It is being treated as arson.",
            )
        ]
    )
    targets = [e.target for e in graph.events if e.action == "treat" and e.target is not None]
    assert targets and all(t.entity is None for t in targets)


def test_they_after_a_subject_that_names_no_doer_stays_a_pronoun() -> None:
    # Prices cannot blame: "they" are the farmers or others, not the rising prices.
    text = "Rising prices hurt farmers in the north. They blamed the drought."
    [(words, _)] = _actors(text, "blame")
    assert words == "They"


def test_they_after_told_someone_is_the_teller() -> None:
    # What one tells someone is about oneself; a bidding is about the addressees.
    text = "Union leaders told reporters that they would not accept the offer."
    assert _actors(text, "accept") == [("they", "Union leaders")]
    text = "The coach told his players that they should rest on Sunday."
    assert _actors(text, "rest") == [("they", "players")]


def test_they_after_a_plural_without_s_is_that_phrase() -> None:
    # "people" and "children" are plural though they do not end in "s".
    text = "Local people opposed the new quarry for years. They blocked the road in June."
    assert _actors(text, "block") == [("Local people", None)]


def test_a_plural_in_men_is_they_and_not_it() -> None:
    # "gunmen" and "women" are plurals: a later "they" is them, an "it" never is.
    text = "Three gunmen robbed a bank in the town on Friday. They fled in a van."
    assert _actors(text, "flee") == [("They", "gunmen")]
    text = "Two women opened a bakery on the square. It sells bread."
    assert _actors(text, "sell") == [("It", None)]


def test_it_after_a_company_named_with_a_final_s_is_the_company() -> None:
    # A company's name is one body, whatever its last letter: "it" is the company; a body
    # named with "the" by its members stays plural.
    text = "Kellner Systems won the contract for the new bridge. It said work would start in May."
    assert _actors(text, "say") == [("It", "Kellner Systems")]
    text = "The Teamsters called a strike at the depot. They said talks had failed."
    assert _actors(text, "say") == [("They", "Teamsters")]


def test_it_after_an_unnamed_thing_in_its_sentence_is_that_phrase() -> None:
    # No entity stands for the ferry: the "it" that continues it holds its phrase.
    text = "The old ferry left the harbour at noon and turned north before it disappeared."
    assert _actors(text, "disappear") == [("The old ferry", None)]


def test_it_opening_a_sentence_is_the_thing_the_sentence_before_began_with() -> None:
    text = (
        "The new report by the teachers' union claims that schools are short of staff. "
        "It calls on the council to hire more teachers."
    )
    assert _actors(text, "call on") == [("The new report", None)]


def test_it_stays_a_pronoun_after_a_person_a_share_or_inside_a_later_clause() -> None:
    # A person is no "it"; a share is not what its members spoke of; an "it" inside a
    # clause that goes on from the sentence before is as often what that sentence named.
    assert _actors("The driver lost control of the van, and it hit a wall.", "hit") == [
        ("it", None)
    ]
    text = "Sixty percent of the members said it made no difference to them."
    assert _actors(text, "make") == [("it", None)]
    text = "The board adopted a new policy last week. Under the plan, it would end reviews."
    assert _actors(text, "end") == [("it", None)]
