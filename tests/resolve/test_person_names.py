"""What of a person span is the person's name, with the real model: a title written in the
plural before a name ("Senators Ann Roe and ...", "Sens. Ann Roe") is stripped as the singular
is, so the person is one node with the role; two names joined by "and" are no one's name; the
words before a named person in a phrase ("FBI Director Ann Roe") are no part of her name; a
name written twice in a row, as a page's link text comes glued to it, is the name once; a
capitalised occupation glued to a full name ("Comedian Ann Roe") is her role.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kg import build
from kg.model import Argument, Document, Entity
from kg.resolve import EntityIndex
from kg.resolve._document import document_state
from kg.resolve._names import _plural_title
from kg.resolve._text import lexicon

#: A second document that names the woman of the first one plainly.
PLAINLY = "Ann Roe spoke in Ohio on Tuesday."


def people(*texts: str) -> list[Entity]:
    """The person nodes of one build of ``texts``, a document each."""
    graph = build([Document(id=f"d{i}", text=text) for i, text in enumerate(texts)])
    return [e for e in graph.entities if e.kind == "person"]


def ids(found: list[Entity]) -> list[tuple[str, str]]:
    return sorted((e.id, e.label) for e in found)


@pytest.mark.parametrize(
    "first",
    [
        "Senators Ann Roe and Tom Vale visited Lagos on Monday.",
        "Sens. Ann Roe and Tom Vale visited Lagos on Monday.",
    ],
)
def test_a_plural_title_is_no_part_of_the_name(first: str) -> None:
    found = people(f"{first} Roe met the governor there.", "Senator Ann Roe spoke in Abuja.")
    roes = [e for e in found if "Roe" in e.label]
    assert ids(roes) == [("person/ann-roe", "Ann Roe")]
    assert "senator" in roes[0].roles


@pytest.mark.parametrize("word", ["senators", "sens.", "govs.", "reps."])
def test_plural_titles_give_the_singular_role(word: str) -> None:
    assert _plural_title(word, lexicon().titles) is not None


@pytest.mark.parametrize("word", ["mars", "sens", "is", "texas"])
def test_words_that_only_end_like_a_plural_are_no_titles(word: str) -> None:
    assert _plural_title(word, lexicon().titles) is None


def test_a_plural_title_alone_is_no_person() -> None:
    found = people("His rivals, Govs. Ann Roe and Tom Vale, attacked the plan.")
    assert not [e for e in found if e.label.lower().startswith("gov")]


def test_two_names_joined_are_no_one_full_name() -> None:
    # "who" is both of them, the source of "it fails": no node for the pair, and "Tom Vale"
    # is Tom Vale, not the pair.
    found = people("The plan drew fire from Ann Roe and Tom Vale, who say it fails.")
    assert ids(found) == [("person/ann-roe", "Ann Roe"), ("person/tom-vale", "Tom Vale")]


@pytest.mark.parametrize(
    "first",
    [
        # Before, the phrase was a longer full name that "Ann Roe" joined in its document,
        # so the same woman named alone in another document was a second node.
        "FBI Director Ann Roe testified in Washington on Monday. Roe said little.",
        "Campaign chairman Ann Roe resigned on Friday. Roe said little.",
        # A link's text glued to the name.
        "Senator Ann Roe Ann Roe voted against the bill on Monday.",
        "Senator Ann Roe - Ann Roe voted against the bill on Monday.",
    ],
)
def test_the_words_around_a_named_person_are_no_part_of_her_name(first: str) -> None:
    assert ids(people(first, PLAINLY)) == [("person/ann-roe", "Ann Roe")]


@pytest.mark.parametrize("name", ["Mohammed bin Mohammed", "Boutros Boutros-Ghali"])
def test_a_name_that_repeats_a_word_is_kept_whole(name: str) -> None:
    found = people(f"Senator {name} voted against the bill on Monday.")
    assert [e.label for e in found] == [name]


def test_an_occupation_that_opens_the_sentence_is_a_role() -> None:
    found = people("Comedian Ann Roe hosted the show on Monday.", PLAINLY)
    assert ids(found) == [("person/ann-roe", "Ann Roe")]
    assert "comedian" in found[0].roles


@pytest.mark.parametrize("name", ["Carter Page", "Hulk Hogan", "Buster Olney"])
def test_a_name_whose_first_word_names_people_is_kept_whole(name: str) -> None:
    assert [e.label for e in people(f"{name} denied the report on Monday.")] == [name]


@pytest.mark.parametrize("name", ["Hunter Thomas Vale", "Guy Michael Leary"])
def test_a_given_name_that_is_also_a_noun_for_people_is_kept(name: str) -> None:
    # "hunter" and "guy" are nouns for people, but some people's first name: before
    # a middle name they are no occupation.
    assert [e.label for e in people(f"{name} was arrested on Monday after the match.")] == [name]


def test_a_full_name_the_model_typed_otherwise_still_holds_its_surname() -> None:
    # The model read "Tom Vale" as a place and "Vale" as a person: by the document's vote
    # "Tom Vale" is a person named alone, so its surname's full name, not a phrase that
    # ends with the named "Vale".
    text = "Tom Vale arrived late. Vale spoke first. Vale left early."
    mentions = [
        Argument(text="Tom Vale", start=0, end=8, label="GPE"),
        Argument(text="Vale", start=23, end=27, label="PERSON"),
        Argument(text="Vale", start=41, end=45, label="PERSON"),
    ]
    state = document_state(EntityIndex(), Document(id="a", text=text), mentions, mentions)
    assert state.voted.get("tom vale") == "PERSON"
    assert state.surnames.get("vale") == {"tom vale"}
