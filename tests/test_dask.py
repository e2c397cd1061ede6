"""Extraction on a Dask distributed cluster gives the single-process graph."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.building import build
from kg.graph import KnowledgeGraph

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A LocalCluster on 127.0.0.1 with one in-process worker thread (quick to start)."""
    cluster = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp://",  # a real socket on loopback, as a remote scheduler would be
        host="127.0.0.1",
        dashboard_address=":0",
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_build_is_isomorphic_to_a_single_process_build(
    scheduler: str, samples: Path, sample_graph: KnowledgeGraph
) -> None:
    assert scheduler.startswith("tcp://127.0.0.1:")
    graph = build([samples], dask=scheduler)
    assert graph.events == sample_graph.events
    distributed_rdf = graph.to_rdf()
    local_rdf = sample_graph.to_rdf()
    assert len(distributed_rdf) == len(local_rdf)
    for local in local_rdf.graphs():
        assert isomorphic(distributed_rdf.graph(local.identifier), local)


@pytest.mark.slow
def test_local_cluster_of_worker_processes(sample_graph: KnowledgeGraph) -> None:
    # local:2 starts two worker processes on 127.0.0.1, each loading the pipeline.
    documents = sample_graph.documents[:3]
    graph = build(documents, dask="local:2")
    assert graph.events == build(documents).events


def test_a_web_archive_builds_on_dask_as_in_one_process(scheduler: str, tmp_path: Path) -> None:
    from read_fixtures import news_page, warc_record

    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        b"".join(
            warc_record(f"https://news.example.org/{n}", news_page(title=f"Page {n}").encode())
            for n in range(2)
        )
    )
    graph = build([archive], dask=scheduler)
    assert [d.id for d in graph.documents] == [
        "https://news.example.org/0",
        "https://news.example.org/1",
    ]
    assert graph.events and graph.events == build([archive]).events
