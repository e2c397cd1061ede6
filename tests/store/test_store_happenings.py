"""Happenings in a store: every write makes them again from all the store holds.

A document added to a store links its events to the happenings already there,
as a build into an ``--out`` folder does: a store built a few documents at a
time holds the happenings graph an ``--out`` build of the whole corpus writes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from happenings_fixtures import build_reports
from process_fixtures import kg_process

from kg.rdf import happenings_graph_iri
from kg.store import Store

HAPPENINGS = happenings_graph_iri()

# Written for this test: two reports of one shelling and of one convoy destroyed,
# a day apart, each pair split between the two builds into the store.
FIRST = [
    ("one", "2022-03-01", "Russian forces shelled Kharkiv on Monday, killing 12 people,"
     " regional officials said."),
    ("two", "2022-03-01", "Ukrainian forces destroyed a Russian convoy near Kyiv, the army said."),
]  # fmt: skip
SECOND = [
    ("three", "2022-03-02", "Russian troops shelled Kharkiv on Monday, killing 12 people,"
     " the governor said."),
    ("four", "2022-03-02", "Ukrainian troops destroyed a Russian convoy near Kyiv on Tuesday,"
     " officials said."),
]  # fmt: skip


def in_happenings(quads: list[ox.Quad]) -> set[str]:
    return {
        str(q)
        for q in quads
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == HAPPENINGS
    }


def feed(path: Path, documents: list[tuple[str, str, str]]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in documents),
        encoding="utf-8",
    )
    return path


def kg(*args: str | Path) -> None:
    process = kg_process(*args, "-q")
    _, stderr = process.communicate()
    assert process.returncode == 0, stderr


def test_adding_to_a_store_links_to_the_happenings_there(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.add(build_reports(["gov", "south"]))
    assert in_happenings(store.quads()) == set()  # one report each: nothing corroborated
    store.add(build_reports(["ministry", "agency"]))
    everything = build_reports(["gov", "south", "ministry", "agency"])
    assert in_happenings(store.quads()) == in_happenings(everything) != set()


def test_a_store_build_and_an_out_build_give_the_same_happenings(tmp_path: Path) -> None:
    out = tmp_path / "out"
    kg("build", feed(tmp_path / "all.jsonl", FIRST + SECOND), "--out", out, "--no-html")
    written = in_happenings(list(ox.parse(path=out / "graph.trig")))
    reported = {q.split()[2] for q in written if "#reportedIn>" in q}
    assert {event.split("/event/")[1].split("/")[0] for event in reported} == {
        "one", "two", "three", "four",
    }  # fmt: skip
    store = tmp_path / "store"
    kg("build", feed(tmp_path / "first.jsonl", FIRST), "--store", store)
    assert in_happenings(Store(store).quads()) == set()
    kg("build", feed(tmp_path / "second.jsonl", SECOND), "--store", store)
    assert in_happenings(Store(store).quads()) == written
    # Taking the second reports out leaves nothing corroborated again.
    kg("build", "--remove", "three", "--remove", "four", "--store", store)
    assert in_happenings(Store(store).quads()) == set()


# Written for this test: one report with two sides' claims about one side's dead,
# then a report that shares no name or side with it.
CLAIMS = [
    ("claims", "2022-03-01", "Russia's Defence Ministry said 40 Russian soldiers had been"
     " killed in the fighting. The Ukrainian Defence Ministry said its troops had killed"
     " more than 900 Russian soldiers."),
]  # fmt: skip
UNRELATED = [("storm", "2022-03-02", "A storm closed schools in Lisbon on Monday, officials said.")]


def test_claims_of_a_stored_document_no_other_shares_stay_one_happening(tmp_path: Path) -> None:
    # The second build reads the stored report only for its claims (it can share
    # no happening with another document): the store must hold what --out writes.
    out = tmp_path / "out"
    kg("build", feed(tmp_path / "all.jsonl", CLAIMS + UNRELATED), "--out", out, "--no-html")
    written = in_happenings(list(ox.parse(path=out / "graph.trig")))
    assert any("/happening/claims/" in q for q in written)
    store = tmp_path / "store"
    kg("build", feed(tmp_path / "first.jsonl", CLAIMS), "--store", store)
    kg("build", feed(tmp_path / "second.jsonl", UNRELATED), "--store", store)
    assert in_happenings(Store(store).quads()) == written
