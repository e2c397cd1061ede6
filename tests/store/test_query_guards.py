"""Queries that cannot take kg down or hold it: deep or huge SPARQL, slow servers, Ctrl-C.

The slow servers are real: a TCP server on 127.0.0.1, started and stopped by
the fixture, that accepts and then never answers, or answers 200 and trickles
one byte a second. The commands run as real processes, with a limit on the
wait so that a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import os
import queue
import signal
import socketserver
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from process_fixtures import kg_process, run_kg

from kg.errors import EndpointError, QueryError
from kg.store import Store, query
from kg.store.sparql import MAX_QUERY_CHARS, MAX_QUERY_DEPTH

ROOT = Path(__file__).resolve().parents[2]

INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"
TRIPLES = "".join(
    f'<http://example.org/s{i}> <http://example.org/p> "{i}"^^{INTEGER} .\n' for i in range(40)
)

DEEP_QUERIES = {
    "parentheses": "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 5000 + "?o" + ")" * 5000 + ") }",
    "braces": "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
    "negations": "SELECT * WHERE { ?s ?p ?o FILTER(" + "! " * 100_000 + "?o) }",
    "inverse paths": "SELECT * WHERE { ?s (" + "^" * 100_000 + "<http://example.org/p>) ?o }",
}


@pytest.fixture(scope="module")
def rdf_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rdf") / "graph.nt"
    path.write_text(TRIPLES, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- deep and huge


@pytest.mark.parametrize("name", list(DEEP_QUERIES))
def test_deep_queries_are_refused_in_one_sentence(rdf_file: Path, name: str) -> None:
    with pytest.raises(QueryError, match=f"nests more than {MAX_QUERY_DEPTH} levels deep"):
        query(rdf_file, DEEP_QUERIES[name])


def test_huge_queries_are_refused(rdf_file: Path) -> None:
    huge = "SELECT * WHERE { " + " ".join(
        f"?s <http://example.org/p{i}> ?o{i} ." for i in range(40_000)
    )
    assert len(huge) > MAX_QUERY_CHARS
    with pytest.raises(QueryError, match="characters long; kg runs queries of up to"):
        query(rdf_file, huge + " }")


def test_nesting_within_the_guard_still_runs(rdf_file: Path) -> None:
    # Deep enough to overflow the engine on an 8 MB stack in other settings; fine here.
    nested = "(" * 200 + "?o" + ")" * 200
    result = query(rdf_file, f"SELECT ?s WHERE {{ ?s ?p ?o FILTER({nested} = 3) }}")
    assert [str(row[0]) for row in result.rows] == ["http://example.org/s3"]
    negated = "! " * 200  # an even count: the same as no negation
    result = query(rdf_file, f"ASK {{ ?s ?p ?o FILTER({negated}(?o = 3)) }}")
    assert result.boolean is True


def test_strings_iris_and_comments_do_not_count_as_nesting(rdf_file: Path) -> None:
    text = "(" * 1000
    result = query(
        rdf_file,
        f'# {text}\nSELECT ?s WHERE {{ ?s ?p ?o FILTER(STR(?o) != "{text}") }} LIMIT 1',
    )
    assert len(result.rows) == 1


def test_a_deep_query_on_a_store_is_refused(tmp_path: Path, rdf_file: Path) -> None:
    from kg import rdf

    store = Store(tmp_path / "store")
    store.add(rdf.load([rdf_file]))
    with pytest.raises(QueryError, match="levels deep"):
        store.query(DEEP_QUERIES["braces"])


@pytest.mark.parametrize("name", ["parentheses", "negations"])
def test_the_command_answers_a_deep_query_with_one_line(
    rdf_file: Path, tmp_path: Path, name: str
) -> None:
    query_file = tmp_path / "deep.rq"
    query_file.write_text(DEEP_QUERIES[name], encoding="utf-8")
    done = run_kg("query", rdf_file, "-f", query_file)
    assert done.returncode == 1, (done.returncode, done.stderr)  # not -11 (SIGSEGV)
    assert done.stderr.startswith("kg: error: the query nests more than")
    assert "Traceback" not in done.stderr


# --------------------------------------------------------------------------- slow servers


class _Handler(socketserver.BaseRequestHandler):
    server: _SlowServer

    def handle(self) -> None:
        try:
            self.request.recv(65536)
            self.server.requests.put("request")
            if self.server.mode == "silent":
                self.server.stopped.wait()
                return
            self.request.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                b"Content-Length: 100000\r\n\r\n"
            )
            while not self.server.stopped.wait(1.0):
                self.request.sendall(b" ")
        except OSError:
            pass  # the client gave up: that is the point


class _SlowServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.stopped = threading.Event()
        self.requests: queue.Queue[str] = queue.Queue()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def _serving(mode: str) -> Iterator[_SlowServer]:
    """A slow endpoint on 127.0.0.1 for the test's length, stopped after it."""
    server = _SlowServer(mode)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopped.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(params=["silent", "trickle"])
def slow_server(request: pytest.FixtureRequest) -> Iterator[_SlowServer]:
    with _serving(request.param) as server:
        yield server


@pytest.fixture()
def silent_server() -> Iterator[_SlowServer]:
    with _serving("silent") as server:
        yield server


def test_timeout_bounds_a_whole_remote_query(slow_server: _SlowServer) -> None:
    with pytest.raises(EndpointError, match=r"no complete answer within 1 s \(--timeout\)"):
        query(f"{slow_server.url}/query", "SELECT * WHERE { ?s ?p ?o }", timeout=1)


def test_timeout_bounds_a_whole_push(slow_server: _SlowServer, rdf_file: Path) -> None:
    from kg.store import push

    with pytest.raises(EndpointError, match=r"no complete answer within 1 s"):
        push(rdf_file, f"{slow_server.url}/store", timeout=1)


def test_timeout_bounds_a_local_query_calling_service(
    slow_server: _SlowServer, rdf_file: Path
) -> None:
    sparql = f"SELECT * WHERE {{ SERVICE <{slow_server.url}/query> {{ ?s ?p ?o }} }}"
    with pytest.raises(EndpointError, match="did not finish within its --timeout"):
        query(rdf_file, sparql, allow_service=True, timeout=1)


def test_the_commands_stop_at_their_timeout(slow_server: _SlowServer, rdf_file: Path) -> None:
    remote = run_kg("query", f"{slow_server.url}/query", "ASK {}", "--timeout", "2")
    assert remote.returncode == 1
    assert "no complete answer within 2 s (--timeout)" in remote.stderr
    pushed = run_kg("push", rdf_file, "--endpoint", f"{slow_server.url}/store", "--timeout", "2")
    assert pushed.returncode == 1
    assert "no complete answer within 2 s (--timeout)" in pushed.stderr
    service = f"SELECT * WHERE {{ SERVICE <{slow_server.url}/q> {{ ?s ?p ?o }} }}"
    local = run_kg("query", rdf_file, service, "--allow-service", "--timeout", "2")
    assert local.returncode == 1
    assert "did not finish within its --timeout" in local.stderr


def interrupted(args: list[str], server: _SlowServer | None) -> subprocess.CompletedProcess[str]:
    """Run ``kg ARGS``, press Ctrl-C once it waits (on the server, if any); what it did."""
    process = kg_process(*args)
    try:
        if server is not None:
            server.requests.get(timeout=120)  # the request is out: kg is waiting on it
        else:
            # A query engine's thread is running once the process has two.
            for _ in range(2400):
                if len(os.listdir(f"/proc/{process.pid}/task")) > 1:
                    break
                threading.Event().wait(0.05)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_ctrl_c_stops_a_remote_query(silent_server: _SlowServer) -> None:
    done = interrupted(["query", f"{silent_server.url}/query", "ASK {}"], silent_server)
    assert done.returncode == 130
    assert "kg: interrupted" in done.stderr and "Traceback" not in done.stderr


def test_ctrl_c_stops_a_query_waiting_on_service(
    silent_server: _SlowServer, rdf_file: Path
) -> None:
    sparql = f"SELECT * WHERE {{ SERVICE <{silent_server.url}/q> {{ ?s ?p ?o }} }}"
    done = interrupted(["query", str(rdf_file), sparql, "--allow-service"], silent_server)
    assert done.returncode == 130
    assert "kg: interrupted" in done.stderr and "Traceback" not in done.stderr


def test_ctrl_c_stops_a_long_local_query(rdf_file: Path) -> None:
    # 40 to the sixth power rows to count: hours of work for the engine.
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h ."
    endless += " ?i ?t ?j . ?k ?u ?l }"
    done = interrupted(["query", str(rdf_file), endless], None)
    assert done.returncode == 130
    assert "kg: interrupted" in done.stderr and "Traceback" not in done.stderr
