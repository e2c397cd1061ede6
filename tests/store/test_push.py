"""Remote endpoints: push over the Graph Store Protocol and query over the SPARQL protocol.

The ``server`` tests start a real Oxigraph server on 127.0.0.1; the others use
closed or silent loopback ports and need no server.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from happenings_fixtures import build_reports
from rdf_fixtures import hand_built_graph
from rdflib import Literal

from kg import rdf
from kg.cli import main
from kg.errors import EndpointError, QueryError
from kg.graph import KnowledgeGraph
from kg.model import Argument, Document, Event, Mention
from kg.store import Result, Store, canned_queries, push, query


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def oxigraph(tmp_path: Path) -> Iterator[str]:
    """A real Oxigraph server on a free loopback port; yields its base URL."""
    executable = shutil.which("oxigraph")
    if executable is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    process = subprocess.Popen(
        [
            executable,
            "serve",
            "--location",
            str(tmp_path / "server"),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1.0)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = process.stderr.read().decode() if process.stderr else ""
                    pytest.fail(f"oxigraph did not start: {error}")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    return rdf.write_outputs(
        hand_built_graph().to_rdf(), tmp_path / "out", formats=("turtle", "trig")
    )


def _same_rows(remote: Result, local: Result, name: str) -> None:
    assert remote.variables == local.variables, name
    if name == "who-did-what":
        # Listed in each engine's own order (no ORDER BY, so pages stay cheap).
        assert sorted(remote.rows, key=repr) == sorted(local.rows, key=repr), name
    else:
        assert remote.rows == local.rows, name


@pytest.mark.server
@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_push_then_query_gives_the_same_rows(
    oxigraph: str, files: dict[str, Path], fmt: str
) -> None:
    """A stock server (no union default graph) answers the canned queries as kg does."""
    pushed = push(files[fmt], f"{oxigraph}/store")
    assert all(name is not None for name, _ in pushed.graphs)  # every triple in a named graph
    if fmt == "turtle":
        # Triples without a graph go to graph/default, as when kg queries the file.
        assert [name for name, _ in pushed.graphs] == [str(rdf.default_graph_iri())]
    for name, canned in canned_queries().items():
        for bindings in (
            [{"actor": "Ana Ruiz"}, {"actor": "the coast guard"}]
            if name == "actor-timeline"
            else [None]
        ):
            # The endpoint gets the portable text; kg's own engine the tuned form.
            local = query([files[fmt]], canned.local_text, bindings=bindings)
            remote = query(f"{oxigraph}/query", canned.text, bindings=bindings)
            _same_rows(remote, local, name)
        # events-at-place reads kg's named graphs (documents, entities), which a
        # Turtle file does not keep: on it both engines answer alike, with no rows.
        # The hand-built graph has no happening, so disagreeing-sources has none either.
        if name not in {"events-at-place", "disagreeing-sources"}:
            assert len(local) > 0, name
    # kg's prefixes work remotely too: kg query declares the ones a query uses.
    # (A stock server's default graph is its own: a query names the graphs.)
    sparql = "SELECT ?e ?a WHERE { GRAPH ?g { ?e kg:action ?a } } ORDER BY ?e"
    assert query(f"{oxigraph}/query", sparql) == query([files[fmt]], sparql)
    # A limit reaches the endpoint as a LIMIT too, and the rest is reported.
    page = query(f"{oxigraph}/query", sparql, limit=1)
    assert page.rows == query([files[fmt]], sparql).rows[:1] and page.truncated
    assert query(f"{oxigraph}/query", "ASK { GRAPH ?g { ?e kg:negated true } }").boolean is True


@pytest.mark.server
def test_push_keeps_named_graphs_and_replaces_rebuilt_documents(
    oxigraph: str, files: dict[str, Path], tmp_path: Path
) -> None:
    push(files["trig"], f"{oxigraph}/store")
    per_graph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    assert query(f"{oxigraph}/query", per_graph) == query([files["trig"]], per_graph)
    push(files["trig"], f"{oxigraph}/store")  # idempotent
    assert query(f"{oxigraph}/query", per_graph) == query([files["trig"]], per_graph)

    text = "Port Avel fell."
    event = Event(
        "a",
        10,
        14,
        "fall",
        Mention("a", 0, len(text), text),
        actor=Argument("Port Avel", 0, 9, "GPE", "place/port-avel"),
    )
    rebuilt = rdf.write(
        KnowledgeGraph((Document("a", text),), (), (event,)).to_rdf(), tmp_path / "rebuilt.trig"
    )
    push(rebuilt, f"{oxigraph}/store")
    events = "SELECT ?e WHERE { GRAPH ?g { ?e a kg:Event } } ORDER BY ?e"
    rows = [str(row[0]).rpartition("/event/")[2] for row in query(f"{oxigraph}/query", events)]
    assert rows == ["a/10-14", "b/39-43"]


@pytest.mark.server
def test_push_into_one_graph_and_from_a_store(oxigraph: str, tmp_path: Path) -> None:
    store = tmp_path / "store"
    Store(store).add(hand_built_graph().to_rdf())
    pushed = push(store, f"{oxigraph}/store", graph="http://example.org/everything")
    assert [name for name, _ in pushed.graphs] == ["http://example.org/everything"]
    count = query(
        f"{oxigraph}/query",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/everything> { ?s ?p ?o } }",
    )
    assert count.rows[0][0] == Literal(pushed.triples)


@pytest.mark.server
def test_a_store_folder_is_pushed_graph_by_graph(
    oxigraph: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store folder can be larger than memory: it is never read whole."""
    store = tmp_path / "store"
    Store(store).add(hand_built_graph().to_rdf())

    def whole(self: Store) -> None:
        raise AssertionError("the whole store was read into memory")

    monkeypatch.setattr(Store, "dataset", whole)
    monkeypatch.setattr(Store, "quads", whole)
    pushed = push(store, f"{oxigraph}/store")
    assert [name for name, _ in pushed.graphs] == Store(store).graphs()
    local = query(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    remote = query(
        f"{oxigraph}/query",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    )
    assert sorted(map(tuple, local.rows)) == sorted(map(tuple, remote.rows))
    # Pushed twice into one graph: the first request replaces it, so nothing doubles.
    for _ in range(2):
        into_one = push(store, f"{oxigraph}/store", graph="http://example.org/all")
    count = query(
        f"{oxigraph}/query",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/all> { ?s ?p ?o } }",
    )
    assert count.rows[0][0] == Literal(into_one.triples)


@pytest.mark.server
def test_disagreeing_sources_on_an_endpoint(oxigraph: str, tmp_path: Path) -> None:
    """Four reports of one night: the endpoint lists the two death tolls as kg does."""
    dataset = rdf.from_quads(build_reports(["gov", "ministry", "agency", "south"]))
    trig = rdf.write_outputs(dataset, tmp_path / "reports", formats=["trig"])["trig"]
    runner = CliRunner()
    pushed = runner.invoke(main, ["push", str(trig), "--endpoint", f"{oxigraph}/store"])
    assert pushed.exit_code == 0, pushed.output
    asked = ["--name", "disagreeing-sources", "--format", "csv"]
    remote = runner.invoke(main, ["query", f"{oxigraph}/query", *asked])
    local = runner.invoke(main, ["query", str(trig), *asked])
    assert remote.exit_code == 0, remote.output
    assert remote.output == local.output
    (row,) = remote.output.splitlines()[1:]
    assert ",4,the ministry,11,the governor," in row


@pytest.mark.server
def test_cli_push_and_query_url(oxigraph: str, files: dict[str, Path]) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["push", str(files["trig"]), "--endpoint", f"{oxigraph}/store"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("pushed ") and "triples in 4 graph(s)" in result.output
    for name in canned_queries():
        if name in {"who-did-what", "actor-timeline", "disagreeing-sources"}:
            # In the engine's order; needs a binding (both checked above); needs a
            # happening, which the hand-built graph lacks (checked below).
            continue
        result = runner.invoke(
            main, ["query", f"{oxigraph}/query", "--name", name, "--format", "csv"]
        )
        assert result.exit_code == 0, result.output
        local = runner.invoke(
            main, ["query", str(files["trig"]), "--name", name, "--format", "csv"]
        )
        assert result.output == local.output and result.output.count("\n") > 1, name
    # A name in any case finds the label on the endpoint too.
    typed = ["-n", "actor-timeline", "-p", "actor=ana ruiz", "--format", "csv"]
    remote = runner.invoke(main, ["query", f"{oxigraph}/query", *typed])
    local = runner.invoke(main, ["query", str(files["trig"]), *typed])
    assert remote.stdout == local.stdout and remote.stdout.count("\n") == 2, remote.output
    result = runner.invoke(main, ["query", f"{oxigraph}/query", "SELECT * WHERE { ?s ?p }"])
    assert result.exit_code == 1 and result.output.startswith("kg: error: invalid SPARQL at line 1")


@pytest.mark.server
def test_an_endpoint_that_refuses_the_request(oxigraph: str, files: dict[str, Path]) -> None:
    # The query endpoint is no Graph Store: it refuses a PUT.
    with pytest.raises(EndpointError, match=r"refused PUT|refused POST"):
        push(files["trig"], f"{oxigraph}/query")
    with pytest.raises(QueryError, match="rejected the query"):
        query(f"{oxigraph}/store", "SELECT * WHERE { ?s ?p ?o }")


def test_a_closed_port_gives_endpoint_error(files: dict[str, Path]) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(EndpointError, match="cannot connect.*tried 2 times"):
        push(files["turtle"], f"{url}/store", retries=2, timeout=2)
    with pytest.raises(EndpointError, match="cannot connect"):
        query(f"{url}/query", "SELECT * WHERE { ?s ?p ?o }", timeout=2)
    result = CliRunner().invoke(main, ["push", str(files["turtle"]), "--endpoint", f"{url}/store"])
    assert result.exit_code == 1 and result.output.startswith("kg: error: http://127.0.0.1:")


def test_a_silent_endpoint_times_out(files: dict[str, Path]) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # accepts connections, never answers
        port = silent.getsockname()[1]
        with pytest.raises(
            EndpointError, match=r"no complete answer within 0.2 s \(--timeout\) \(tried once\)"
        ):
            push(files["turtle"], f"http://127.0.0.1:{port}/store", timeout=0.2, retries=2)


def test_credentials_are_never_shown(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-password")
    url = f"http://bob:url-secret@127.0.0.1:{_free_port()}/store"
    with pytest.raises(EndpointError) as caught:
        push(files["turtle"], url, retries=1, timeout=2)
    message = str(caught.value)
    assert "url-secret" not in message and "s3cret-password" not in message
    assert "http://127.0.0.1:" in message


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store.remote import _auth

    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "tok")
    assert _auth() == ({"Authorization": "Bearer tok"}, None)
    monkeypatch.delenv("KG_ENDPOINT_TOKEN")
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "pw")
    headers, auth = _auth()
    assert headers == {} and isinstance(auth, httpx.BasicAuth)
    request = next(auth.auth_flow(httpx.Request("GET", "http://127.0.0.1/")))
    assert request.headers["Authorization"].startswith("Basic ")


def test_push_needs_an_http_url(files: dict[str, Path]) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match="http:// or https://"):
        push(files["turtle"], "ftp://example.org/store")
