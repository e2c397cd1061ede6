"""RDF nested 100,000 deep: `kg view`, `kg validate` and `kg query` end in one sentence.

A Turtle file of lists inside lists (``( ( ( ...``) or blank nodes inside blank
nodes (``[ :p [ :p ...``) is a few hundred kilobytes for two hundred thousand
triples; rdflib, pyshacl and the view spent minutes on it. kg refuses blank
nodes nested deeper than :data:`kg.rdf.formats.MAX_BLANK_NESTING` right after
Oxigraph's parser (which keeps no recursion) has read the file. Each case runs
``python -m kg`` as a real process: exit status and streams as a user sees them.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from process_fixtures import kg_process

from kg.errors import InputError
from kg.rdf import read_quads
from kg.rdf.formats import MAX_BLANK_NESTING, _blank_nesting

PREFIX = "@prefix : <http://example.org/> .\n"
DEPTH = 100_000


def nested_lists(depth: int) -> str:
    return PREFIX + ":s :p " + "( " * depth + ":o" + " )" * depth + " .\n"


def nested_blanks(depth: int) -> str:
    return PREFIX + ":s :p " + "[ :p " * depth + ":o" + " ]" * depth + " .\n"


def run(*args: str | Path) -> tuple[int, str, str]:
    process = kg_process(*args)
    stdout, stderr = process.communicate()
    return process.returncode, stdout, stderr


@pytest.mark.parametrize(
    ("make", "command"),
    [
        (nested_lists, "view"),
        (nested_lists, "validate"),
        (nested_lists, "query"),
        (nested_blanks, "view"),
    ],
    ids=["lists-view", "lists-validate", "lists-query", "blank-nodes-view"],
)
def test_deep_nesting_is_one_sentence(tmp_path: Path, make: object, command: str) -> None:
    source = tmp_path / "deep.ttl"
    source.write_text(make(DEPTH), encoding="utf-8")  # type: ignore[operator]
    extra: list[str | Path] = {
        "view": ["--out", tmp_path / "page.html"],
        "validate": [],
        "query": ["SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
    }[command]
    code, stdout, stderr = run(command, source, *extra)
    assert code == 1, (stdout, stderr)
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines() == [
        f"kg: error: {source}: blank nodes nest more than {MAX_BLANK_NESTING} levels deep"
        " (lists inside lists, or [ ] inside [ ]); kg refuses such a file rather than"
        " spend minutes on it"
    ]
    assert not (tmp_path / "page.html").exists()


def test_nesting_within_the_limit_is_read(tmp_path: Path) -> None:
    source = tmp_path / "nested.ttl"
    source.write_text(nested_lists(MAX_BLANK_NESTING - 1), encoding="utf-8")
    code, stdout, stderr = run("validate", source)
    assert code == 0, stderr
    assert stdout.startswith(f"conforms: {2 * (MAX_BLANK_NESTING - 1) + 1} triples")


def test_a_long_flat_list_and_a_cycle_are_not_deep(tmp_path: Path) -> None:
    flat = tmp_path / "flat.ttl"
    flat.write_text(PREFIX + ":s :p (" + " :o" * 5_000 + " ) .\n", encoding="utf-8")
    assert len(read_quads(flat)) == 2 * 5_000 + 1
    cycle = [
        ox.Quad(ox.BlankNode("a"), ox.NamedNode("http://e/p"), ox.BlankNode("b")),
        ox.Quad(ox.BlankNode("b"), ox.NamedNode("http://e/p"), ox.BlankNode("a")),
    ]
    assert _blank_nesting(cycle, MAX_BLANK_NESTING) == 3


def test_the_limit_counts_levels(tmp_path: Path) -> None:
    source = tmp_path / "deep.ttl"
    source.write_text(nested_blanks(MAX_BLANK_NESTING + 1), encoding="utf-8")
    with pytest.raises(InputError, match="nest more than"):
        read_quads(source)
    source.write_text(nested_blanks(MAX_BLANK_NESTING), encoding="utf-8")
    assert len(read_quads(source)) == MAX_BLANK_NESTING + 1
