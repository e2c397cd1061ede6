"""kg.build, kg.build_stream, the progress bar and the scale options of ``kg build``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal
from rich.console import Console

from kg.building import build, build_stream
from kg.cli import main
from kg.errors import KGError
from kg.graph import KnowledgeGraph
from kg.model import Document, EntityMention, Event, Extraction
from kg.progress import BuildProgress, count_documents


def test_build_defaults_agree_with_the_modules_that_use_them() -> None:
    import importlib

    import kg
    from kg.parallel import DEFAULT_CHUNK_CHARS

    module = importlib.import_module("kg.building")
    assert module._DEFAULT_CHUNK_CHARS == DEFAULT_CHUNK_CHARS
    assert kg.build is build  # importing the module does not hide the function


def test_workers_do_not_change_the_graph(samples: Path, sample_graph: KnowledgeGraph) -> None:
    from kg.building import extractions

    two = list(extractions([samples], workers=2, chunk_chars=2000))
    one = list(extractions([samples], workers=1))
    assert two == one
    graph = build([samples], workers=2)
    assert graph.events == sample_graph.events
    assert graph.entities == sample_graph.entities


def test_build_resolves_as_kg_resolve_does(samples: Path, sample_graph: KnowledgeGraph) -> None:
    from kg.building import extractions
    from kg.resolve import resolve

    entities, events = resolve(extractions([samples]))
    assert sample_graph.entities == entities
    assert sample_graph.events == events


def test_build_stream_gives_what_build_gives(samples: Path, sample_graph: KnowledgeGraph) -> None:
    written: list[tuple[Document, tuple[Event, ...]]] = []
    mentioned: list[EntityMention] = []
    seen: list[str] = []
    entities = build_stream(
        [samples],
        lambda d, e: written.append((d, e)),
        on_document=lambda x: seen.append(x.document.id),
        write_mentions=lambda d, m: mentioned.extend(m),
    )
    assert entities == sample_graph.entities
    assert [d for d, _ in written] == list(sample_graph.documents)
    assert tuple(e for _, events in written for e in events) == sample_graph.events
    assert tuple(mentioned) == sample_graph.mentions
    assert seen == [d.id for d in sample_graph.documents]


def test_build_stream_joins_a_surname_seen_before_the_full_name() -> None:
    # The first document only says "Karimov"; the full name comes later. The
    # event written for the first document must name the merged person.
    documents = [
        Document(id="a", text="Karimov accused the rebels of shelling the town."),
        Document(id="b", text="Defence minister Aziz Karimov visited the front on Monday."),
    ]
    written: dict[str, tuple[Event, ...]] = {}
    entities = build_stream(documents, lambda d, e: written.__setitem__(d.id, e))
    ids = {entity.id for entity in entities}
    graph = build(documents)
    assert {e.id for e in graph.entities} == ids
    actors = {e.actor.entity for d in written for e in written[d] if e.actor and e.actor.entity}
    assert actors <= ids  # no event names an id that was merged away
    # Nor does a mention: "Karimov" in the first document is the merged person's.
    mentioned: dict[str, tuple[EntityMention, ...]] = {}
    build_stream(documents, lambda d, e: None, write_mentions=mentioned.__setitem__)
    karimov = [m for m in mentioned[documents[0]] if m.text == "Karimov"]
    assert [m.entity for m in karimov] == ["person/aziz-karimov"]
    assert {m.entity for ms in mentioned.values() for m in ms} <= ids
    # "Karimov" in the first document is Aziz Karimov ("the rebels", who are accused of
    # the shelling, are a group of their own).
    assert {a for a in actors if a.startswith("person/")} == {"person/aziz-karimov"}
    assert tuple(e for d in ("a", "b") for e in written[d]) == graph.events


def test_unknown_dask_scheduler_is_a_clear_error() -> None:
    with pytest.raises(KGError, match="tcp://host:port or local:N"):
        build(["Rebels attacked Varna."], dask="somewhere:8786")
    with pytest.raises(KGError, match="local:N"):
        build(["Rebels attacked Varna."], dask="local:none")


# --------------------------------------------------------------------------- progress


def test_count_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Two.")
    (tmp_path / "skip.csv").write_text("x,y")
    lines = [json.dumps({"text": "Three."}), "", json.dumps({"text": "Four."})]
    (tmp_path / "more.jsonl").write_text("\n".join(lines) + "\n")
    assert count_documents([tmp_path]) == 4
    assert count_documents([tmp_path / "skip.csv", "a text"]) == 2
    assert count_documents([Path("-")]) is None


def _extraction(text: str) -> Extraction:
    return Extraction(document=Document(id=text, text=text), events=(), mentions=())


def test_progress_draws_documents_and_words_per_second_on_a_terminal() -> None:
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=120)
    with BuildProgress(total=2, console=console) as progress:
        assert progress.active
        progress.advance(_extraction("three words here"))
        progress.advance(_extraction("two words"))
    drawn = stream.getvalue()
    assert "2/2" in drawn and "words/s" in drawn and "documents" in drawn
    assert progress.words == 5 and progress.documents == 2


def test_progress_is_silent_off_a_terminal_or_when_quiet() -> None:
    for console, enabled in (
        (Console(file=io.StringIO()), True),
        (Console(file=io.StringIO(), force_terminal=True), False),
    ):
        with BuildProgress(total=1, console=console, enabled=enabled) as progress:
            progress.advance(_extraction("a few words"))
        assert not progress.active
        assert console.file.getvalue() == ""  # type: ignore[attr-defined]
        assert progress.words == 3


# --------------------------------------------------------------------------- the command


def _quads(dataset: Dataset) -> set[tuple[object, ...]]:
    # The graph has no blank nodes, so equal quad sets mean the same graph; the
    # store writes decimals in canonical form ("12.0"), so literals compare by value.
    def value(term: object) -> object:
        if isinstance(term, Literal):
            return (term.datatype, term.language, term.toPython())
        return term

    return {(s, p, value(o), g) for s, p, o, g in dataset.quads((None, None, None, None))}


def test_cli_workers_option_is_checked(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--workers", "0", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "--workers" in result.output


def test_cli_store_streams_the_graph_into_the_store(
    tmp_path: Path, samples: Path, sample_graph: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.store import Store

    compacted: list[Path] = []
    compact = Store.compact

    def recording(store: Store) -> None:
        compacted.append(store.path)
        compact(store)

    monkeypatch.setattr(Store, "compact", recording)
    store_dir = tmp_path / "store"
    out = tmp_path / "out"
    args = ["build", str(samples), "--store", str(store_dir), "--workers", "1", "--out", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    counts = f"{len(sample_graph.documents)} documents, {len(sample_graph.events)} events"
    assert counts in result.output
    # The files --out alone writes, the page included.
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()
    assert _quads(Store(store_dir).dataset()) == _quads(sample_graph.to_rdf())
    # Once, after the last transaction, so queries read few files.
    assert compacted == [store_dir]
    # A short article added to the store is not worth rewriting all of it.
    args = ["build", "-", "--store", str(store_dir), "--workers", "1", "-q"]
    result = CliRunner().invoke(main, args, input="Northland forces took Port Avel on Friday.")
    assert result.exit_code == 0, result.output
    assert compacted == [store_dir]
    assert (
        len(Store(store_dir).query("SELECT ?d WHERE { ?d a kg:Document }"))
        == len(sample_graph.documents) + 1
    )


def test_cli_store_keeps_a_build_whose_compaction_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.errors import StoreError
    from kg.store import Store

    def busy(store: Store) -> None:
        raise StoreError(f"the store {str(store.path)!r} is busy: another kg process is using it")

    monkeypatch.setattr(Store, "compact", busy)
    store_dir = tmp_path / "store"
    args = ["build", "-", "--store", str(store_dir), "--workers", "1"]
    result = CliRunner().invoke(main, args, input="Northland forces took Port Avel on Friday.")
    # Everything was stored before; only the compaction is left undone, and said so.
    assert result.exit_code == 0, result.output
    assert "warning: the store was not compacted: the store" in result.output
    assert "1 documents" in result.output
    assert len(Store(store_dir).query("SELECT ?e WHERE { ?e a kg:Event }")) >= 1


def test_cli_quiet_prints_nothing(tmp_path: Path, samples: Path) -> None:
    text = (samples / "kyiv-airport.txt").read_text()
    result = CliRunner().invoke(
        main,
        ["build", "-", "--quiet", "--workers", "1", "--no-html", "--out", str(tmp_path)],
        input=text,
    )
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert (tmp_path / "graph.ttl").is_file()
