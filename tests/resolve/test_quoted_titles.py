"""A place's name in quotation marks after the noun of a work's kind is the work's title,
with the real model: 'the film "Australia"' names no country.

Sentences written for these tests.
"""

from __future__ import annotations

from kg import build
from kg.model import Document


def test_a_work_titled_with_a_place_name_is_no_mention_of_the_place() -> None:
    text = (
        'The film "Australia" opened in forty cinemas on Friday. '
        'The ship "Texas" sank near the coast of Maine.'
    )
    graph = build([Document(id="doc", text=text)])
    places = {entity.label for entity in graph.entities if entity.kind == "place"}
    assert "Maine" in places
    assert not places & {"Australia", "Texas"}


def test_a_polity_named_in_quotation_marks_is_still_the_place() -> None:
    text = 'In his speech he called the country "Norway" twice and praised its people.'
    graph = build([Document(id="doc", text=text)])
    assert "Norway" in {entity.label for entity in graph.entities if entity.kind == "place"}
