"""What one document's resolution looks up, checked against the plain definitions.

A long document (a whole book in one ``.txt``) has hundreds of thousands of
spans; the document state answers "the latest entity such that", "the names
inside this span" and "the spans holding no other" without walking over all of
them. These tests compare each answer with the walk over everything that it
replaces, on random spans and histories.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Argument
from kg.resolve import EntityIndex
from kg.resolve._clusters import Cluster
from kg.resolve._document import _innermost
from kg.resolve._state import DocState

spans = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1]))


def state(text: str = "") -> DocState:
    return DocState(index=EntityIndex(), id="doc", text=text, context=())


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, unique=True, max_size=40))
def test_innermost_keeps_the_spans_that_hold_no_other(offsets: list[tuple[int, int]]) -> None:
    expected = [
        (s, e)
        for s, e in offsets
        if not any(s <= s2 and e2 <= e and (s2, e2) != (s, e) for s2, e2 in offsets)
    ]
    assert _innermost(offsets) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.booleans()), max_size=60),
    st.sets(st.integers(0, 5)),
    st.sampled_from([None, True, False]),
)
def test_last_is_the_latest_entity_taken(
    history: list[tuple[int, bool]], accepted: set[int], plural: bool | None
) -> None:
    clusters = [Cluster(f"person/p{n}", "person") for n in range(6)]
    doc = state()
    for number, was_plural in history:
        doc.seen(clusters[number], was_plural, 0, False)

    def accept(cluster: Cluster) -> bool:
        return int(cluster.id.removeprefix("person/p")) in accepted

    walked = [
        (at, cluster)
        for at, (cluster, was_plural) in enumerate(doc.history)
        if accept(cluster) and (plural is None or was_plural == plural)
    ]
    assert doc.last(accept, plural=plural) is (walked[-1][1] if walked else None)
    taken = [at for at, (cluster, _) in enumerate(doc.history) if accept(cluster)]
    assert doc.last_index(accept) == (taken[-1] if taken else -1)


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=30), spans)
def test_mentions_inside_and_around_a_span(
    named: list[tuple[int, int]], span: tuple[int, int]
) -> None:
    doc = state("x" * 80)
    mentions = tuple(Argument("x" * (e - s), s, e, "ORG") for s, e in named)
    doc.index_mentions(mentions)
    start, end = span
    assert doc.inside(start, end) == [m for m in mentions if start <= m.start and m.end <= end]
    assert doc.around(start, end) == [m for m in mentions if m.start <= start and end <= m.end]
    assert doc.starting_between(start, end) == [m for m in mentions if start <= m.start <= end]


def test_a_capitalised_word_is_searched_once_and_answered_as_the_text_says() -> None:
    doc = state("The SAMs were fired. Then SAM fired again.")
    assert doc.written_in_capitals("SAM")
    assert not doc.written_in_capitals("NATO")
    assert doc.written_in_capitals("SAM")  # from what the first search found
