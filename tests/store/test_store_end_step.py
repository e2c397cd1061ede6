"""The end of a store build reads only what it must: the derived graphs of a long document.

A store build ends by making the summary and happenings graphs from all the
store holds. A document that can share a happening with no other (a book in
one file, alone in its store) is not held in memory for the happenings, and a
graph of many events is counted for the summary an event at a time; the graphs
made are the ones all quads in memory give.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
from happenings_fixtures import REPORTS, build_reports

import kg.store.local
from kg import rdf
from kg.model import Argument, Document, Entity, EntityMention, Event, Mention, Place
from kg.namespace import DEFAULT_BASE
from kg.rdf import happenings_graph_iri, summary_graph_iri
from kg.rdf.happenings import happening_quads, story_candidates
from kg.store import Store

# Written for these tests: two reports of one flood in Lemar, one of a fire in Orvik
# that no other document names, and one of a flood in Lemar a year later.
TEXTS = {
    "flood-a": "A flood struck Lemar on Monday and closed the old bridge of Lemar.",
    "flood-b": "A flood struck Lemar on Monday, officials in Lemar said.",
    "fire": "A fire struck the harbour of Orvik on Monday and burned two old sheds.",
    "flood-c": "A flood struck Lemar again in July, officials in Lemar said.",
}
DATES = {
    "flood-a": dt.date(2026, 3, 2),
    "flood-b": dt.date(2026, 3, 2),
    "fire": dt.date(2026, 3, 2),
    "flood-c": dt.date(2027, 7, 11),
}
ENTITIES = (Entity("place/lemar", "Lemar", "place"), Entity("place/orvik", "Orvik", "place"))


def stories(names: list[str]) -> list[ox.Quad]:
    events, mentions = [], []
    for doc in names:
        text = TEXTS[doc]
        sentence = Mention(doc, 0, len(text), text)
        place = "Lemar" if "Lemar" in text else "Orvik"
        at = text.index(place)
        argument = Argument(place, at, at + len(place), "GPE", f"place/{place.lower()}")
        start = text.index("struck")
        events.append(Event(doc, start, start + 6, "strike", sentence, places=(Place(argument),)))
        while at >= 0:
            mentions.append(EntityMention(doc, at, at + len(place), place, argument.entity or ""))
            at = text.find(place, at + 1)
    documents = [Document(d, TEXTS[d], date=DATES[d]) for d in names]
    return rdf.quads(documents, ENTITIES, events, mentions=mentions)


def graph(quads: list[ox.Quad], name: str) -> set[str]:
    return {
        str(q)
        for q in quads
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == name
    }


def stored(tmp_path: Path, quads: list[ox.Quad]) -> Store:
    """A store holding ``quads``, its derived graphs made by a write that adds nothing (as
    the end of a build, which writes the entities, makes them from what is stored)."""
    store = Store(tmp_path / "store")
    store.add(quads, summarize=False)
    store.add([])
    return store


@pytest.mark.parametrize("few", [1, 100], ids=["across-the-store", "graph-by-graph"])
def test_documents_that_share_nothing_are_left_out_and_weighed_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    monkeypatch.setattr(kg.store.local, "_FEW_LINKABLE", few)
    everything = stories(["flood-a", "flood-b", "fire", "flood-c"])
    everything += build_reports(["gov", "ministry", "south"])
    store = stored(tmp_path, everything)
    assert graph(store.quads(), happenings_graph_iri()) == graph(
        happening_quads(everything), happenings_graph_iri()
    ) != set()  # fmt: skip
    # What was left out: the fire (no name in common) and the south's report (no side
    # in common); their documents and sentences still weigh the story linker's words.
    base = DEFAULT_BASE
    shared = {ox.NamedNode(rdf.happenings_graph_iri(base=base))}
    entities = ox.NamedNode(str(rdf.entities_graph_iri(base=base)))
    shared |= {entities, ox.NamedNode(str(summary_graph_iri(base=base)))}
    with store.reading() as reader:
        database = reader._open_store()
        graphs = [g for g in database.named_graphs() if isinstance(g, ox.NamedNode)]
        graphs = [g for g in graphs if g not in shared]
        linkable, background = kg.store.local._linkable_graphs(
            database, graphs, [], shared, entities, base
        )
        left_out = {g.value.rsplit("/", 1)[1] for g in graphs if g not in linkable}
        assert left_out == {"fire", "south"}
        assert background.documents == 2
        # The south's report has two events read from one sentence.
        assert sorted(background.sentences()) == sorted([TEXTS["fire"], REPORTS["south"]])
        kept = [q for q in everything if q.graph_name in linkable or q.graph_name in shared]
        found = story_candidates(kept, background=background)
    assert found == story_candidates(everything) != []
    # Without the background, the weights of the words differ: it is what keeps them.
    assert story_candidates(kept) != found


def test_one_document_alone_has_no_happenings_and_is_never_read_for_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = stories(["flood-a"])
    read: list[str] = []
    original = kg.store.local._report_sentences

    def reading(*args: object) -> object:
        read.append("sentences")
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.store.local, "_report_sentences", reading)
    store = stored(tmp_path, alone)
    assert graph(store.quads(), happenings_graph_iri()) == set()
    assert read == []


def test_a_graph_of_many_events_is_summarized_an_event_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = build_reports(["gov", "ministry", "agency", "south"])
    expected = graph(store_of(tmp_path / "a", everything).quads(), str(summary_graph_iri()))
    monkeypatch.setattr(kg.store.local, "_SUMMARY_OPEN_EVENTS", 1)
    found = graph(store_of(tmp_path / "b", everything).quads(), str(summary_graph_iri()))
    assert found == expected == graph(everything, str(summary_graph_iri())) != set()


def store_of(path: Path, quads: list[ox.Quad]) -> Store:
    path.mkdir()
    return stored(path, quads)
