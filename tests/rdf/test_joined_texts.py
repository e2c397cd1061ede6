"""The happenings made apart from the other graphs, and their texts joined to the others'.

``kg build --out`` makes the happenings graph in a forked child while it writes
the other graphs (kg.outputs); the files must be the ones written from all the
quads at once.
"""

from __future__ import annotations

import datetime as dt
import io

import pyoxigraph as ox
import pytest
from happenings_fixtures import ENTITIES, REPORTS, report_events

from kg import rdf
from kg.errors import InputError
from kg.model import Document
from kg.rdf.formats import JOINABLE_FORMATS
from kg.rdf.happenings import happening_quads, happenings_graph_iri
from kg.rdf.mapping import quads_without_happenings

_DOCS = ["gov", "ministry", "agency", "south"]


def _parts() -> tuple[list[ox.Quad], list[ox.Quad], list[ox.Quad]]:
    day = dt.date(2022, 3, 1)
    documents = [Document(d, REPORTS[d], date=day) for d in _DOCS]
    events = [e for d in _DOCS for e in report_events(d)]
    whole = rdf.quads(documents, ENTITIES, events)
    stated, summary = quads_without_happenings(documents, ENTITIES, events)
    return whole, stated + summary, happening_quads(stated)


def test_the_quads_less_the_happenings_then_the_happenings_are_the_quads() -> None:
    whole, first, happenings = _parts()
    assert happenings, "the reports should make a happening"
    assert {str(q.graph_name) for q in happenings} == {f"<{happenings_graph_iri()}>"}
    assert whole == first + happenings


@pytest.mark.parametrize("fmt", sorted(JOINABLE_FORMATS))
def test_two_texts_joined_are_the_text_of_both(fmt: str) -> None:
    whole, first, happenings = _parts()
    joined = rdf.join_texts(
        rdf.serialize_quads(first, fmt), rdf.serialize_quads(happenings, fmt), fmt
    )
    assert joined == rdf.serialize_quads(whole, fmt)
    # Nothing to add, or nothing before: the other text as it is.
    nothing = rdf.serialize_quads([], fmt)
    assert rdf.join_texts(rdf.serialize_quads(first, fmt), nothing, fmt) == (
        rdf.serialize_quads(first, fmt)
    )
    assert rdf.join_texts(nothing, rdf.serialize_quads(happenings, fmt), fmt) == (
        rdf.serialize_quads(happenings, fmt)
    )


@pytest.mark.parametrize("fmt", sorted(JOINABLE_FORMATS))
def test_a_file_written_in_two_parts_is_the_text_of_both(fmt: str) -> None:
    # kg build --out writes the other graphs while its happenings are made,
    # then the happenings after them.
    _, first, happenings = _parts()
    for before, after in ((first, happenings), (first, []), ([], happenings), ([], [])):
        out = io.BytesIO()
        rest = rdf.write_quads_then(before, fmt, out)
        rest(after)
        assert out.getvalue().decode("utf-8") == rdf.serialize_quads(before + after, fmt)


def test_rdf_xml_is_not_written_in_two_parts() -> None:
    with pytest.raises(InputError, match="two parts"):
        rdf.write_quads_then([], "xml", io.BytesIO())


def test_json_ld_under_another_base_is_joined_under_it() -> None:
    base = "http://example.org/news/"
    day = dt.date(2022, 3, 1)
    documents = [Document(d, REPORTS[d], date=day) for d in _DOCS]
    events = [e for d in _DOCS for e in report_events(d)]
    stated, summary = quads_without_happenings(documents, ENTITIES, events, base=base)
    later = happening_quads(stated, base=base)
    texts = [rdf.serialize_quads(part, "json-ld", base=base) for part in (stated + summary, later)]
    whole = rdf.serialize_quads(stated + summary + later, "json-ld", base=base)
    assert rdf.join_texts(texts[0], texts[1], "json-ld", base=base) == whole


def test_rdf_xml_is_not_joined() -> None:
    with pytest.raises(InputError, match="cannot join"):
        rdf.join_texts("<a/>", "<b/>", "xml")


@pytest.mark.parametrize("fmt", ["turtle", "nt", "xml"])
def test_the_union_formats_write_a_triple_of_two_graphs_or_twice_once(fmt: str) -> None:
    from kg.namespace import PREFIXES
    from kg.rdf.formats import _OX_FORMATS

    _, first, _ = _parts()
    elsewhere = ox.NamedNode("http://example.org/graph/other")
    again = [first[3], ox.Quad(first[5].subject, first[5].predicate, first[5].object, elsewhere)]
    found = first[:10] + again + first[10:]
    prefixes = dict(PREFIXES) if fmt != "nt" else None
    # What the union is: each triple once, where it first comes.
    expected = ox.serialize(
        dict.fromkeys(q.triple for q in found),
        format=getattr(ox.RdfFormat, _OX_FORMATS[fmt]),
        prefixes=prefixes,
    )
    assert rdf.serialize_quads(found, fmt) == expected.decode("utf-8")
    assert rdf.serialize_quads(found, fmt) == rdf.serialize_quads(first, fmt)
