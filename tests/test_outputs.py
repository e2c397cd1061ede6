"""kg.outputs as a library: an output folder's files rendered in memory, merged, locked.

The CLI's paths through it (``kg build --out``, ``--store``, ``--out -``) are
tested in tests/cli/, tests/test_incremental.py and tests/store/; here the
functions are called as a library caller would, without spaCy: extractions are
made by hand.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from rdf_fixtures import hand_built_graph

from kg import _forked, outputs
from kg.building import resolved
from kg.cli._flags import as_flags
from kg.errors import InputError, KGError
from kg.graph import KnowledgeGraph
from kg.inputs import OUTPUT_FOLDER_MARKER
from kg.model import Document, Extraction


def extraction(doc_id: str, text: str) -> Extraction:
    return Extraction(document=Document(id=doc_id, text=text), events=(), mentions=())


def test_render_outputs_renders_every_file_and_writes_none(tmp_path: Path) -> None:
    extracted = [extraction("a", "One."), extraction("b", "Two.")]
    made = outputs.render_outputs(resolved(extracted), extracted, tmp_path, formats=["nt"])
    names = sorted(path.name for path in made.files)
    assert names == [
        ".kg-extractions.jsonl",
        "graph.html",
        "graph.jsonld",
        "graph.nt",
        "graph.trig",
        "graph.ttl",
    ]
    assert list(tmp_path.iterdir()) == []
    assert (made.merged, made.documents, made.written) == (False, 2, ())


def test_a_second_build_is_merged_from_the_record(tmp_path: Path) -> None:
    first = [extraction("a", "One."), extraction("b", "Two.")]
    outputs.write_outputs(resolved(first), first, tmp_path)
    second = [extraction("c", "Three.")]
    made = outputs.write_outputs(resolved(second), second, tmp_path, removed=["a"])
    assert made.merged
    assert [d.id for d in made.graph.documents] == ["b", "c"]
    assert made.documents == 2
    assert {p.name for p in made.written} == {
        "graph.ttl",
        "graph.jsonld",
        "graph.trig",
        "graph.html",
    }
    trig = (tmp_path / "graph.trig").read_text(encoding="utf-8")
    assert "document/c>" in trig and "document/a>" not in trig


def test_fresh_replaces_the_earlier_build(tmp_path: Path) -> None:
    first = [extraction("a", "One.")]
    outputs.write_outputs(resolved(first), first, tmp_path)
    second = [extraction("b", "Two.")]
    made = outputs.write_outputs(resolved(second), second, tmp_path, fresh=True, html=False)
    assert (made.merged, made.documents) == (False, 1)


def test_errors_name_the_library_argument_and_the_cli_its_flag(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        outputs.prepare_output_folder(a_file)
    assert caught.value.argument == "out_dir"
    assert str(caught.value).startswith(f"out_dir {a_file}: is a file")
    with pytest.raises(InputError) as caught, as_flags({"out_dir": "--out"}):
        outputs.prepare_output_folder(a_file)
    assert str(caught.value).startswith(f"--out {a_file}: is a file")

    with pytest.raises(InputError) as caught:
        outputs.prepare_output_folder(tmp_path / "none", removed=["a"])
    assert caught.value.argument == "removed"
    assert str(caught.value).startswith("removed: no earlier build in")
    assert not (tmp_path / "none").exists()


def test_nothing_left_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    first = [extraction("a", "One.")]
    outputs.write_outputs(resolved(first), first, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(InputError, match="no documents left"):
        outputs.write_outputs(resolved([]), [], tmp_path, removed=["a"])
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_graph_text_is_one_format() -> None:
    extracted = [extraction("a", "One.")]
    text = outputs.graph_text(resolved(extracted), "nt")
    assert "document/a>" in text.text
    assert text.triples == len(text.text.strip().splitlines())
    with pytest.raises(InputError, match="no documents found"):
        outputs.graph_text(resolved([]))


# --------------------------------------------------------------------------- the view drawn beside


def _built() -> tuple[KnowledgeGraph, list[Extraction]]:
    """A graph with events, entities and figures, and its documents' extractions."""
    graph = hand_built_graph()
    extracted = [
        Extraction(d, tuple(e for e in graph.events if e.document == d.id), ())
        for d in graph.documents
    ]
    return graph, extracted


def test_the_view_drawn_in_a_child_process_is_the_view_drawn_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph, extracted = _built()
    beside = outputs.render_outputs(graph, extracted, tmp_path, formats=["nt", "graphml"])
    monkeypatch.setattr(_forked, "_can_fork", lambda: False)
    here = outputs.render_outputs(graph, extracted, tmp_path, formats=["nt", "graphml"])
    assert list(beside.files) == list(here.files)  # the same files, in the same order
    assert beside.files == here.files
    assert (beside.triples, beside.documents) == (here.triples, here.documents)


@pytest.mark.parametrize("forking", [True, False])
def test_the_rdf_files_are_the_texts_of_all_the_quads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: bool
) -> None:
    # The happenings are made apart (in a child where it can fork) and their
    # texts joined to the other graphs': the files are the texts of rdf.quads.
    from kg import rdf

    if not forking:
        monkeypatch.setattr(_forked, "_can_fork", lambda: False)
    graph, extracted = _built()
    made = outputs.render_outputs(graph, extracted, tmp_path, formats=["nquads"])
    found = rdf.quads(graph.documents, graph.entities, graph.events, mentions=graph.mentions)
    for fmt in ("turtle", "json-ld", "trig", "nquads"):
        path = tmp_path / f"graph{rdf.OUTPUT_FORMATS[fmt]}"
        assert made.files[path] == rdf.serialize_quads(found, fmt), fmt
    assert made.triples == len(set(found))


@pytest.mark.parametrize("forking", [True, False])
def test_the_happenings_come_last_in_every_file_whichever_process_links_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: bool
) -> None:
    # The other graphs are written while the story linker runs in a child,
    # then the happenings after them: each file is still the text of all the quads.
    import datetime as dt

    from happenings_fixtures import ENTITIES, REPORTS, report_events

    from kg import rdf
    from kg.model import Document

    if not forking:
        monkeypatch.setattr(_forked, "_can_fork", lambda: False)
    names = ["gov", "ministry", "agency", "south"]
    documents = tuple(Document(d, REPORTS[d], date=dt.date(2022, 3, 1)) for d in names)
    graph = KnowledgeGraph(documents, ENTITIES, tuple(e for d in names for e in report_events(d)))
    extracted = [
        Extraction(d, tuple(e for e in graph.events if e.document == d.id), ()) for d in documents
    ]
    found = rdf.quads(graph.documents, graph.entities, graph.events)
    assert any("happening/" in str(q.subject) for q in found)
    outputs.prepare_output_folder(tmp_path)
    outputs.write_outputs(graph, extracted, tmp_path, formats=["nquads", "xml", "graphml"])
    for fmt in ("turtle", "json-ld", "trig", "nquads", "xml"):
        path = tmp_path / f"graph{rdf.OUTPUT_FORMATS[fmt]}"
        assert path.read_text(encoding="utf-8") == rdf.serialize_quads(found, fmt), fmt


@pytest.mark.parametrize("forking", [True, False])
def test_written_files_are_the_rendered_ones_and_nothing_else_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: bool
) -> None:
    # write_outputs writes each file to a temporary file as it is made (no text
    # held whole); render_outputs holds the texts: the files are the same.
    if not forking:
        monkeypatch.setattr(_forked, "_can_fork", lambda: False)
    graph, extracted = _built()
    rendered = outputs.render_outputs(graph, extracted, tmp_path / "a", formats=["nt", "graphml"])
    outputs.prepare_output_folder(tmp_path / "b")
    made = outputs.write_outputs(graph, extracted, tmp_path / "b", formats=["nt", "graphml"])
    assert made.files == {}
    assert [p.name for p in made.written] == [
        p.name for p in rendered.files if p.name != outputs.RECORD_NAME
    ]
    on_disk = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    for path, text in rendered.files.items():
        assert on_disk.pop(path.name) == text.encode("utf-8"), path.name
    assert sorted(on_disk) == sorted([OUTPUT_FOLDER_MARKER, outputs.WRITTEN_NAME])
    assert (made.triples, made.documents) == (rendered.triples, rendered.documents)


def test_temporary_files_a_killed_build_left_are_removed_by_the_next(tmp_path: Path) -> None:
    # Each file goes to a temporary file beside it while the end of a build
    # runs; a build killed then leaves them for the next build into the folder.
    first = [extraction("a", "One.")]
    outputs.write_outputs(resolved(first), first, tmp_path)
    left = [tmp_path / ".graph.ttl.k2x9.tmp", tmp_path / f".{outputs.RECORD_NAME}.q1.tmp"]
    for path in left:
        path.write_text("half a file", encoding="utf-8")
    other = tmp_path / ".notes.k2x9.tmp"  # not kg's
    other.write_text("kept", encoding="utf-8")
    outputs.write_outputs(resolved(first), first, tmp_path)
    assert not any(path.exists() for path in left)
    assert other.read_text(encoding="utf-8") == "kept"


def test_started_work_runs_in_another_process_where_it_can_fork() -> None:
    with _forked.started(os.getpid) as child:
        pid = child.result()
    assert (pid != os.getpid()) == _forked._can_fork()


@pytest.mark.parametrize("forking", [True, False])
def test_work_that_tells_before_it_is_done(monkeypatch: pytest.MonkeyPatch, forking: bool) -> None:
    # The end's child sends the happenings back, then writes JSON-LD: the caller
    # takes the news while the child goes on, then its result, or its error.
    import gc

    if not forking:
        monkeypatch.setattr(_forked, "_can_fork", lambda: False)

    def two_steps(tell: Any) -> int:
        tell(("linked", os.getpid()))
        return os.getpid()

    with _forked.started_telling(two_steps) as child:
        news, result = child.news(), child.result()
    assert news == ("linked", result)
    assert (result != os.getpid()) == (forking and _forked._can_fork())
    with _forked.started_telling(two_steps) as child:
        assert child.result() > 0  # its news never asked for

    def fails_first(tell: Any) -> None:
        raise InputError("no links")

    def fails_after(tell: Any) -> None:
        tell("linked")
        raise InputError("no JSON-LD")

    def says_nothing(tell: Any) -> int:
        return 1

    with _forked.started_telling(fails_first) as child, pytest.raises(InputError, match="no links"):
        child.news()
    with _forked.started_telling(fails_after) as child:
        assert child.news() == "linked"
        with pytest.raises(InputError, match="no JSON-LD"):
            child.result()
    with _forked.started_telling(says_nothing) as child:
        with pytest.raises(KGError, match="ended without telling"):
            child.news()
    assert gc.get_freeze_count() == 0


def test_objects_set_aside_for_the_child_are_given_back_to_the_collector() -> None:
    # The collector ignores the objects frozen at the fork only while the child works:
    # after its result, its error or a stop, this process collects them again.
    import gc

    def fail() -> None:
        raise InputError("title: no page")

    with _forked.started(gc.get_freeze_count) as child:
        frozen_in_child = child.result()
    assert gc.get_freeze_count() == 0
    if _forked._can_fork():
        assert frozen_in_child > 0
    with _forked.started(fail) as failing, pytest.raises(InputError):
        failing.result()
    assert gc.get_freeze_count() == 0
    with _forked.started(gc.get_freeze_count):
        pass  # stopped without asking for the result
    assert gc.get_freeze_count() == 0


def test_objects_stay_set_aside_while_any_child_works() -> None:
    # The end of a build runs two children at once (the view; the story linker):
    # the first one done must not give the objects back while the other works.
    import gc

    with _forked.started(os.getpid) as outer:
        with _forked.started(os.getpid) as inner:
            inner.result()
        if _forked._can_fork():
            assert gc.get_freeze_count() > 0
        outer.result()
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("forking", [True, False])
def test_an_error_drawing_the_view_leaves_the_earlier_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: bool
) -> None:
    graph, extracted = _built()
    outputs.write_outputs(graph, extracted, tmp_path)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    def broken(self: KnowledgeGraph, *args: object, **kwargs: object) -> str:
        raise InputError("title: the page cannot be drawn")

    monkeypatch.setattr(KnowledgeGraph, "to_html", broken)
    if not forking:
        monkeypatch.setattr(_forked, "_can_fork", lambda: False)
    with pytest.raises(InputError, match="the page cannot be drawn") as raised:
        outputs.write_outputs(graph, extracted[:1], tmp_path, fresh=True)
    assert raised.value.argument is None
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


@pytest.mark.skipif(not _forked._can_fork(), reason="no fork here: nothing runs in a child")
def test_a_child_that_dies_is_one_error_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph, extracted = _built()

    def killed(self: KnowledgeGraph, *args: object, **kwargs: object) -> str:
        os._exit(3)  # as if the kernel ended it (out of memory)

    monkeypatch.setattr(KnowledgeGraph, "to_html", killed)
    outputs.prepare_output_folder(tmp_path)
    with pytest.raises(KGError, match=r"graph\.html: its process ended without a result"):
        outputs.write_outputs(graph, extracted, tmp_path)
    assert not (tmp_path / "graph.ttl").exists()
