"""kg build's formats as other tools name and read them: rdflib's names, --out -, Gephi's files."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg import rdf
from kg.cli import main

STORY = "Russian forces shelled Kharkiv on Monday, officials said.\n"


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, "utf-8")
    return path


def _build(*args: str | Path) -> object:
    return CliRunner().invoke(main, ["build", *map(str, args), "--workers", "1"])


def test_format_adds_to_the_defaults_and_takes_rdflib_s_names(tmp_path: Path, story: Path) -> None:
    out = tmp_path / "out"
    result = _build(
        story, "--out", out, "--format", "nq", "--format", "TTL", "--format", "xml",
        "--format", "graphml", "--format", "gexf", "--no-html", "-q",
    )  # fmt: skip
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    names = sorted(path.name for path in out.iterdir() if not path.name.startswith("."))
    assert names == [
        "graph.gexf", "graph.graphml", "graph.jsonld", "graph.nq", "graph.rdf", "graph.trig",
        "graph.ttl",
    ]  # fmt: skip
    turtle = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    # rdflib reads the RDF/XML and the N-Quads kg wrote, to the same triples.
    assert isomorphic(rdflib.Graph().parse(out / "graph.rdf", format="xml"), turtle)
    quads = rdflib.Dataset()
    with rdf.quiet_rdflib():
        quads.parse(out / "graph.nq", format="nquads")
        assert len(rdf.union(quads)) == len(turtle)
    network = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert any(attrs.get("label") == "Kharkiv" for _, attrs in network.nodes(data=True))
    assert nx.read_gexf(out / "graph.gexf").number_of_nodes() == network.number_of_nodes()


def test_out_dash_writes_one_format_to_stdout(
    tmp_path: Path, story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = _build(story, "--out", "-", "--format", "jsonld")
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    document = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert "@context" in document
    assert "1 documents" in result.stderr  # type: ignore[attr-defined]
    assert not (tmp_path / "-").exists() and not (tmp_path / "output").exists()
    # Turtle when no format is named.
    turtle = _build(story, "--out", "-", "-q")
    parsed = rdflib.Graph().parse(data=turtle.stdout, format="turtle")  # type: ignore[attr-defined]
    assert len(parsed) > 10


def test_out_dash_takes_one_format_and_unknown_names_are_listed(story: Path) -> None:
    two = _build(story, "--out", "-", "--format", "ttl", "--format", "nt")
    assert two.exit_code == 2  # type: ignore[attr-defined]
    assert "--out - writes one format" in two.stderr  # type: ignore[attr-defined]
    unknown = _build(story, "--format", "yaml")
    assert unknown.exit_code == 2  # type: ignore[attr-defined]
    assert "unknown RDF format 'yaml'; expected one of turtle" in unknown.stderr  # type: ignore[attr-defined]
    assert "graphml, gexf" in unknown.stderr  # type: ignore[attr-defined]
