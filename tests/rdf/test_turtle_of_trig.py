"""Turtle read off TriG's text: the files kg build writes together, the same bytes.

``kg build --out`` writes graph.trig and graph.ttl at once
(kg.rdf.write_trig_and_turtle_then): Turtle is TriG's text less its graph lines
and one tab, unless the text shows it cannot be. Either way both files must be
what write_quads_then writes of each format alone.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Sequence

import pyoxigraph as ox
import pytest
from happenings_fixtures import ENTITIES, REPORTS, report_events

from kg import rdf
from kg.model import Document
from kg.outputs.folder_build import _document_count
from kg.outputs.texts import triple_count
from kg.rdf.formats import _TurtleOfTrig, write_trig_and_turtle_then
from kg.rdf.happenings import happening_quads
from kg.rdf.mapping import document_count, quads_without_happenings

_DOCS = ["gov", "ministry", "agency", "south"]


def _kg_parts() -> tuple[list[ox.Quad], list[ox.Quad]]:
    day = dt.date(2022, 3, 1)
    documents = [Document(d, REPORTS[d], date=day) for d in _DOCS]
    events = [e for d in _DOCS for e in report_events(d)]
    stated, summary = quads_without_happenings(documents, ENTITIES, events)
    return stated + summary, happening_quads(stated)


def _both(first: Sequence[ox.Quad], second: Sequence[ox.Quad]) -> tuple[bytes, bytes, int | None]:
    trig, turtle = io.BytesIO(), io.BytesIO()
    counted = write_trig_and_turtle_then(first, trig, turtle)(second)
    return trig.getvalue(), turtle.getvalue(), counted


def _apart(first: Sequence[ox.Quad], second: Sequence[ox.Quad], fmt: str) -> bytes:
    out = io.BytesIO()
    rdf.write_quads_then(first, fmt, out)(second)
    return out.getvalue()


def _same_as_apart(first: Sequence[ox.Quad], second: Sequence[ox.Quad]) -> int | None:
    trig, turtle, counted = _both(first, second)
    assert trig == _apart(first, second, "trig")
    assert turtle == _apart(first, second, "turtle")
    return counted


def test_kgs_graphs_are_written_in_both_files_as_apart_and_counted() -> None:
    first, happenings = _kg_parts()
    assert happenings, "the reports should make a happening"
    for before, after in ((first, happenings), (first, []), ([], happenings), ([], [])):
        counted = _same_as_apart(before, after)
        # Read off TriG (no triple twice, no block going on with a subject): counted too.
        assert counted == triple_count([*before, *after])


def _node(kind: str, number: int) -> ox.NamedNode:
    return ox.NamedNode(f"http://example.org/{kind}/{number}")


_P = [_node("p", n) for n in range(4)]
_G = [_node("g", n) for n in range(3)]


def test_a_subject_that_ends_one_graph_and_starts_the_next_is_written_as_turtle_does() -> None:
    # Turtle, which has no graphs, goes on with the subject: "... ;" not " .".
    shared = _node("s", 1)
    found = [
        ox.Quad(_node("s", 0), _P[0], ox.Literal("a"), _G[0]),
        ox.Quad(shared, _P[0], ox.Literal("b"), _G[0]),
        ox.Quad(shared, _P[1], ox.Literal("c"), _G[1]),
        ox.Quad(_node("s", 2), _P[0], ox.Literal("d"), _G[1]),
    ]
    trig, turtle, counted = _both(found, [])
    assert b'"b" ;' in turtle
    assert counted == 4  # every triple once: counted all the same
    assert _same_as_apart(found, []) == 4


def test_a_triple_in_two_graphs_is_written_once_in_turtle_and_not_counted() -> None:
    triple = (_node("s", 0), _P[0], ox.Literal("a"))
    found = [ox.Quad(*triple, _G[0]), ox.Quad(_node("s", 1), _P[0], _P[1], _G[0])]
    found.append(ox.Quad(*triple, _G[1]))
    assert _same_as_apart(found, []) is None
    assert _same_as_apart([], found) is None


def test_default_graph_triples_and_blank_nodes_are_written_as_turtle_does() -> None:
    blank, graph = ox.BlankNode("b0"), ox.BlankNode("g0")
    found = [
        ox.Quad(_node("s", 0), _P[0], ox.Literal("in a graph"), _G[0]),
        ox.Quad(blank, _P[1], _node("s", 0), graph),
        ox.Quad(_node("s", 1), _P[0], ox.Literal("in none"), ox.DefaultGraph()),
        ox.Quad(_node("s", 1), _P[1], blank, ox.DefaultGraph()),
    ]
    assert _same_as_apart(found, []) == 4
    assert _same_as_apart(found[:2], found[2:]) == 4


def test_terms_that_look_like_trigs_lines_stay_terms() -> None:
    # Oxigraph escapes line breaks in terms: no graph line can hide in a literal.
    texts = ["two\nlines", "}\n<http://example.org/g> {\n\tx", ' .\n\t"', "\ttab", "a {"]
    found = [
        ox.Quad(_node("s", n), _P[n % 4], ox.Literal(text), _G[n % 3])
        for n, text in enumerate(texts)
    ]
    found.append(ox.Quad(_node("s", 9), _P[0], ox.Literal("x", language="en"), _G[0]))
    assert _same_as_apart(found, []) == len(found)


def _random_quads(chance: random.Random, *, again: bool, default: bool) -> list[ox.Quad]:
    """Thousands of quads (Oxigraph writes to a file 8 kB at a time), graphs and
    subjects in runs; with ``again``, a graph's last subject sometimes starts the
    next graph and a subject comes back in another graph; with ``default``, some
    runs are in the default graph."""
    graphs: list[ox.NamedNode | ox.DefaultGraph] = [*_G, ox.DefaultGraph()] if default else _G
    found: list[ox.Quad] = []
    graph, subject = graphs[0], _node("s", 0)
    for number in range(3000):
        if chance.random() < 0.1:
            graph = chance.choice(graphs)
            if not (again and chance.random() < 0.2):
                subject = _node("s", number)
        elif chance.random() < 0.3:
            subject = _node("s", chance.randrange(number + 1) if again else number)
        value = chance.choice([_node("o", number), ox.Literal(str(chance.random()))])
        found.append(ox.Quad(subject, chance.choice(_P), value, graph))
    return found


@pytest.mark.parametrize("again", [False, True])
@pytest.mark.parametrize("default", [False, True])
@pytest.mark.parametrize("seed", range(3))
def test_many_random_quads_in_many_pieces_are_written_as_apart(
    seed: int, again: bool, default: bool
) -> None:
    chance = random.Random(seed)
    found = _random_quads(chance, again=again, default=default)
    cut = chance.randrange(len(found))
    first, second = found[:cut], [q for q in found[cut:] if q.graph_name not in set(_G[:1])]
    counted = _same_as_apart(first, second)
    assert counted is None or counted == triple_count([*first, *second])
    if not again and not default:  # read off TriG, as kg's graphs are
        trig = _apart(first, [], "trig")
        reader = _TurtleOfTrig(io.BytesIO())
        reader.write(trig)
        assert reader.close()


def test_turtle_off_trig_in_pieces_of_any_size() -> None:
    first, _ = _kg_parts()
    trig = _apart(first, [], "trig")
    for size in (1, 7, 100, 4096):
        turtle = io.BytesIO()
        reader = _TurtleOfTrig(turtle)
        for at in range(0, len(trig), size):
            reader.write(trig[at : at + size])
        assert reader.close()
        assert turtle.getvalue() == _apart(first, [], "turtle")


def test_the_documents_counted_from_the_records_are_those_of_the_quads() -> None:
    day = dt.date(2022, 3, 1)
    documents = [Document(d, REPORTS[d], date=day) for d in _DOCS]
    events = [e for d in _DOCS for e in report_events(d)]
    # Three documents given, one known only from its events; one given twice.
    given = [*documents[:3], documents[0]]
    stated, summary = quads_without_happenings(given, ENTITIES, events)
    assert document_count(given, events, []) == _document_count(stated + summary) == 4
