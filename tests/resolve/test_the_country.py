"""Which country "the country" is, with the real model: the one named just before on its
own, else the page's own country (its address's country domain) when the text names it
or a place in it, else the one the document is about; never one of a list, one named in
passing further back, or one named only by its people's adjective.

Sentences written for these tests.
"""

from __future__ import annotations

from resolve_fixtures import actor_labels

from kg import build
from kg.gazetteer import gazetteer
from kg.model import Document
from kg.resolve._references import site_country


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


#: A story that names Norway most and Britain only by a city in it.
_QUARANTINE = (
    "Travellers arriving from Norway must now quarantine for two weeks. Norway recorded 60"
    " cases per 100,000 people last week, and Norway's rate is rising fast. Airlines in"
    " London said the rule hurts them. The minister said the country faces a hard winter."
)


def _facing_country(text: str, url: str | None) -> list[str | None]:
    graph = build([Document(id="doc", text=text, url=url)])
    return [
        graph.entity(e.actor.entity).label if e.actor.entity else None
        for e in graph.events
        if e.action == "face" and e.actor is not None
    ]


def test_a_pages_own_country_comes_before_the_one_it_names_most() -> None:
    assert _facing_country(_QUARANTINE, "https://www.example.co.uk/news/travel") == [
        "United Kingdom"
    ]
    # No address, or one that tells no country: the country the story names most.
    assert _facing_country(_QUARANTINE, None) == ["Norway"]
    assert _facing_country(_QUARANTINE, "https://example.io/news/travel") == ["Norway"]
    # A page's country the text names nothing of is not the story's.
    assert _facing_country(_QUARANTINE, "https://www.example.ie/news/travel") == ["Norway"]


def test_the_country_named_just_before_comes_before_the_pages() -> None:
    text = "Portugal raised taxes in May. The country faces a hard winter, London bankers said."
    assert _facing_country(text, "https://www.example.co.uk/news/tax") == ["Portugal"]


def test_a_site_country_is_its_country_domain() -> None:
    places = gazetteer()
    assert site_country("https://www.example.co.uk/a", places) == "GB"
    assert site_country("https://example.ie/a", places) == "IE"
    assert site_country("https://example.com/a", places) is None
    assert site_country("https://example.tv/a", places) is None
    assert site_country(None, places) is None
