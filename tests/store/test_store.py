"""The embedded Oxigraph store: transactional replacement, idempotence, the lock."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdf_fixtures import hand_built_graph
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg import rdf
from kg.errors import InputError, QueryError, StoreError
from kg.graph import KnowledgeGraph
from kg.model import Argument, Document, Entity, Event, Mention
from kg.namespace import DEFAULT_BASE
from kg.store import Store, query, read_sources

ID = DEFAULT_BASE
EVENTS = "SELECT ?e WHERE { ?e a kg:Event } ORDER BY ?e"


def _same(left: Dataset, right: Dataset) -> bool:
    """Isomorphic up to the spelling of decimals: Oxigraph stores 200.0 as 200."""

    def canonical(dataset: Dataset) -> Graph:
        graph = Graph()
        for s, p, o in rdf.union(dataset):
            if isinstance(o, Literal) and o.datatype == XSD.decimal:
                o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.string)
            graph.add((s, p, o))
        return graph

    return isomorphic(canonical(left), canonical(right))


def _rebuilt_a() -> KnowledgeGraph:
    text = "Port Avel fell."
    event = Event(
        "a",
        10,
        14,
        "fall",
        Mention("a", 0, len(text), text),
        actor=Argument("Port Avel", 0, 9, "GPE", "place/port-avel"),
    )
    avel = Entity("place/port-avel", "Port Avel", "place", aliases=("Avel town",), mentions=1)
    return KnowledgeGraph((Document("a", text),), (avel,), (event,))


@pytest.mark.parametrize("base", [DEFAULT_BASE, "http://example.org/kg/"])
def test_adding_quads_stores_what_adding_the_dataset_stores(tmp_path: Path, base: str) -> None:
    graph, rebuilt = hand_built_graph(), _rebuilt_a()
    from_quads, from_dataset = Store(tmp_path / "quads"), Store(tmp_path / "dataset")
    for built in (graph, rebuilt):
        # Documents first, then the entities, as kg build --store adds them.
        from_quads.add(rdf.quads(built.documents, (), built.events, base=base))
        from_quads.add(rdf.quads((), built.entities, (), base=base))
        from_dataset.add(rdf.to_dataset(built.documents, (), built.events, base=base))
        from_dataset.add(rdf.to_dataset((), built.entities, (), base=base))
    assert from_quads.graphs() == from_dataset.graphs()
    assert set(map(str, from_quads.quads())) == set(map(str, from_dataset.quads()))
    assert len(from_quads.query(EVENTS).rows) == 2  # a rebuilt with one event, b kept


def test_add_then_query(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    assert not store.exists() and len(store) == 0
    store.add(hand_built_graph().to_rdf())
    assert store.exists()
    assert store.graphs() == [
        ID + "graph/a",
        ID + "graph/b",
        ID + "graph/entities",
        ID + "graph/summary",
    ]
    rows = store.query(EVENTS).rows
    assert [str(row[0]) for row in rows] == [
        ID + "event/a/135-139",
        ID + "event/a/17-32",
        ID + "event/b/39-43",
    ]


def test_the_store_round_trips_the_dataset(tmp_path: Path) -> None:
    dataset = hand_built_graph().to_rdf()
    store = Store(tmp_path / "store")
    store.add(dataset)
    back = store.dataset()
    assert _same(back, dataset)
    assert rdf.validate(back) == []


def test_re_adding_is_idempotent(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.add(hand_built_graph().to_rdf())
    size = len(store)
    store.add(hand_built_graph().to_rdf())
    store.add(hand_built_graph().to_rdf())
    assert len(store) == size


def test_a_rebuilt_document_replaces_its_graph(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.add(hand_built_graph().to_rdf())
    store.add(_rebuilt_a().to_rdf())
    events = [str(row[0]) for row in store.query(EVENTS).rows]
    assert events == [ID + "event/a/10-14", ID + "event/b/39-43"]
    aliases = store.query(
        "SELECT ?p ?alias WHERE { ?p kg:alias ?alias } ORDER BY ?alias",
        bindings={"p": rdf.entity_iri("place/port-avel")},
    )
    assert [row[1] for row in aliases.rows] == [Literal("Avel"), Literal("Avel town")]
    counts = store.query(
        "SELECT ?n ?p WHERE { ?p kg:mentionCount ?n }",
        bindings={"p": rdf.entity_iri("place/port-avel")},
    )
    assert [row[0] for row in counts.rows] == [Literal(1)]
    assert rdf.validate(store.dataset()) == []


def test_adding_the_same_as_merge(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.add(hand_built_graph().to_rdf())
    store.add(_rebuilt_a().to_rdf())
    merged = rdf.merge(hand_built_graph().to_rdf(), _rebuilt_a().to_rdf())
    assert _same(store.dataset(), merged)


def test_a_second_writer_waits_then_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).add(hand_built_graph().to_rdf())
    holder = Store(path)
    with holder._locked(exclusive=True):
        with pytest.raises(StoreError, match="busy: another kg process"):
            Store(path, lock_timeout=0.2).add(_rebuilt_a().to_rdf())
        with pytest.raises(StoreError, match="busy"):
            Store(path, lock_timeout=0.1).query(EVENTS)
    # Once the first is done, the second goes through.
    Store(path, lock_timeout=0.2).add(_rebuilt_a().to_rdf())
    assert len(Store(path).query(EVENTS)) == 2


def test_a_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "store"
    Store(path).add(hand_built_graph().to_rdf())
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with Store(path)._locked(exclusive=True):
            entered.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    assert entered.wait(30)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    try:
        Store(path, lock_timeout=60).add(_rebuilt_a().to_rdf())  # waits, then writes
    finally:
        release.set()
        holder.join()
        timer.cancel()
    assert len(Store(path).query(EVENTS)) == 2


def test_compacting_keeps_the_data_and_waits_for_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store"
    Store(path).compact()  # nothing there yet: nothing to do, nothing written
    assert not path.exists()
    store = Store(path)
    store.add(hand_built_graph().to_rdf())
    store.add(_rebuilt_a().to_rdf())  # a second transaction, files of its own
    before = sorted(map(str, store.quads()))
    with store._locked(exclusive=False):
        with pytest.raises(StoreError, match="busy"):
            Store(path, lock_timeout=0.2).compact()
    # RocksDB's own background compactions make a count of files vary from run to
    # run, so what is checked is that Oxigraph's optimize runs, on a store opened
    # for writing.
    optimized: list[bool] = []
    open_store = Store._open

    class Spy:
        def __init__(self, inner: Any, write: bool) -> None:
            self.inner, self.write = inner, write

        def optimize(self) -> None:
            optimized.append(self.write)
            self.inner.optimize()

    monkeypatch.setattr(Store, "_open", lambda s, *, write: Spy(open_store(s, write=write), write))
    store.compact()
    monkeypatch.undo()
    assert optimized == [True]
    assert sorted(map(str, store.quads())) == before
    assert len(store.query(EVENTS)) == 2  # a's rebuilt event and b's


def test_readers_share_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).add(hand_built_graph().to_rdf())
    with Store(path)._locked(exclusive=False):
        assert len(Store(path, lock_timeout=0.2).query(EVENTS)) == 3


def test_reading_keeps_the_store_open_for_many_queries(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).add(hand_built_graph().to_rdf())
    text = "SELECT ?actor ?e WHERE { ?e kg:actor ?actor } ORDER BY ?e"
    with Store(path).reading() as reader:
        ids = [rdf.entity_iri("person/ana-ruiz"), rdf.entity_iri("group/northland-forces")]
        answers = [reader.query(text, bindings={"actor": iri}).rows for iri in ids]
        assert answers[1] and answers == [
            Store(path).query(text, bindings={"actor": iri}).rows for iri in ids
        ]
        assert reader.query(EVENTS, limit=2).truncated
        # Readers share the store; a writer waits for the block to end.
        assert len(Store(path, lock_timeout=0.1).query(EVENTS)) == 3
        with pytest.raises(StoreError, match="busy"):
            Store(path, lock_timeout=0.2).add(_rebuilt_a().to_rdf())
        with pytest.raises(QueryError, match="SERVICE"):
            reader.query("SELECT * WHERE { SERVICE <http://x.example/> { ?s ?p ?o } }")
    Store(path, lock_timeout=0.2).add(_rebuilt_a().to_rdf())
    with pytest.raises(StoreError, match="closed at the end of its"):
        reader.query(EVENTS)


def test_missing_store_and_plain_folders(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no kg store"):
        Store(tmp_path / "nothing").query(EVENTS)
    (tmp_path / "plain").mkdir()
    with pytest.raises(InputError, match="not a kg store"):
        query([tmp_path / "plain"], EVENTS)
    with pytest.raises(InputError, match="not a kg store"):
        read_sources([tmp_path / "plain"])


def test_query_a_store_folder(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).add(hand_built_graph().to_rdf())
    assert len(query(str(path), EVENTS)) == 3


def test_a_store_with_another_base(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).add(hand_built_graph().to_rdf(base="http://example.org/kg/"))
    back = Store(path).dataset()
    assert rdf.base_of(back) == "http://example.org/kg/"
    Store(path).add(hand_built_graph().to_rdf(base="http://example.org/kg/"))
    assert isomorphic(rdf.union(Store(path).dataset()), rdf.union(back))


def test_article_text_cannot_inject_into_the_update(tmp_path: Path) -> None:
    evil = '" } } ; DROP ALL ; INSERT DATA { <http://x> <http://y> "'
    text = f"They said {evil}."
    event = Event("d", 0, 4, evil, Mention("d", 0, len(text), text), actor=Argument(evil, 0, 4))
    graph = KnowledgeGraph((Document("d", text, title=evil),), (), (event,))
    store = Store(tmp_path / "store")
    store.add(hand_built_graph().to_rdf())
    store.add(graph.to_rdf())
    actions = store.query("SELECT ?a WHERE { ?e kg:action ?a } ORDER BY ?a")
    assert Literal(evil) in [row[0] for row in actions.rows]
    assert len(store.query(EVENTS)) == 4


def test_cli_query_and_validate_a_store_folder(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    path = tmp_path / "store"
    Store(path).add(hand_built_graph().to_rdf())
    result = CliRunner().invoke(main, ["validate", str(path)])
    # 131: the hand-built place also says its data came from GeoNames (dcterms:source);
    # documents are also nif:Context, mentions name it as nif:referenceContext.
    assert result.exit_code == 0 and "conforms: 131 triples" in result.output
    result = CliRunner().invoke(main, ["query", str(path), "--name", "places", "--format", "tsv"])
    assert result.exit_code == 0
    place = rdf.entity_iri("place/port-avel")
    assert result.output.splitlines()[1].startswith(f'<{place}>\t"Port Avel"\t')
