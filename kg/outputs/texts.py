"""The texts of a graph's quads, in every format kg writes, and a graph as one text.

Below the three places a build ends in: a build into a folder writes its RDF
files as they are made (:func:`write_rdf`, the story linker in a forked child
meanwhile) and, merged graph by graph, their texts whole
(:func:`render_formats`); a store's export writes the same texts of the
store's quads; :func:`graph_text` gives a new graph in one format for standard
output. The HTML view of a graph known only as quads is drawn here too
(:func:`page_of_quads`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from kg._forked import started_telling
from kg.errors import InputError
from kg.namespace import DEFAULT_BASE
from kg.outputs.files import Files

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.graph import KnowledgeGraph

__all__ = [
    "DEFAULT_FORMATS",
    "GraphText",
    "format_text",
    "graph_text",
    "page_of_quads",
    "render_formats",
    "triple_count",
    "write_rdf",
]


#: The formats every build into a folder writes; ``formats`` arguments add to them.
#: TriG is among them because it keeps one named graph per document.
DEFAULT_FORMATS = ("turtle", "json-ld", "trig")


def page_of_quads(found: Sequence[ox.Quad], *, base: str, title: str | None = None) -> str:
    """The HTML view of a graph known only as quads (merged graph by graph, a store)."""
    from kg.network import from_rdf
    from kg.rdf import from_quads
    from kg.view import render_html

    return render_html(from_rdf(from_quads(found, base=base)), title=title)


def render_formats(
    found: Sequence[ox.Quad],
    formats: Sequence[str] = (),
    *,
    base: str = DEFAULT_BASE,
    graph: KnowledgeGraph | None = None,
) -> dict[str, str]:
    """File suffix -> text, for :data:`DEFAULT_FORMATS` and ``formats``.

    Args:
        found: The quads to write.
        formats: More formats, as for :func:`render_outputs`.
        base: The base IRI of the graph.
        graph: The records of ``found``, for the network formats (else they are
            read back from the quads).
    """
    return _texts(found, dict.fromkeys([*DEFAULT_FORMATS, *formats]), base=base, graph=graph)


def write_rdf(
    graph: KnowledgeGraph, formats: Sequence[str], out_dir: Path, files: Files, *, base: str
) -> tuple[list[ox.Quad], int]:
    """Write the graph's RDF files into ``files``; return the quads :func:`kg.rdf.quads`
    makes and their distinct triples (:func:`triple_count`).

    The happenings come last in every file, and most of their time is the
    story linker's. A forked child (:func:`kg._forked.started_telling`) links
    them and sends their quads back, then writes JSON-LD (the file kg writes
    in Python, a quarter of the end's CPU), while this process writes TriG and
    Turtle together, Turtle read off TriG's text
    (:func:`kg.rdf.write_trig_and_turtle_then`, which counts the triples as it
    checks them): the graphs first, the happenings when they come. So the end
    is shared by the two cores. The child reads the quads this process has
    made, copy-on-write, and the story linker's reports: one that made all of
    the happenings itself would read every quad again (on the 871 RAMS
    passages, 240,000) and copy their pages. The other files are written by
    this process, in two parts (:func:`kg.rdf.write_quads_then`) when they
    can be, else from all the quads at the end.
    """
    from kg import rdf
    from kg.rdf.formats import JOINABLE_FORMATS, write_trig_and_turtle_then
    from kg.rdf.happenings import HappeningsReading
    from kg.rdf.mapping import quads_without_happenings
    from kg.rdf.terms import gc_paused

    wanted = list(dict.fromkeys([*DEFAULT_FORMATS, *formats]))
    with gc_paused(), contextlib.ExitStack() as stack:
        # What the happenings read of the quads is gathered as they are made.
        reading = HappeningsReading()
        stated, summary = quads_without_happenings(
            graph.documents,
            graph.entities,
            graph.events,
            base=base,
            mentions=graph.mentions,
            reading=reading,
        )
        read = reading.read(base)
        first = stated + summary
        del stated, summary
        # Every file is listed in the order of the formats, the child's among them.
        paths = {fmt: _path_of(fmt, out_dir) for fmt in wanted}
        for path in paths.values():
            files.reserve(path)
        jsonld = paths["json-ld"]

        def linked_then_jsonld(tell: Callable[[list[ox.Quad]], None]) -> dict[Path, str]:
            happenings = read.quads(read.story_links())
            tell(happenings)
            with files.writing(jsonld) as out:
                rdf.write_quads_then(first, "json-ld", out, base=base)(happenings)
            return files.made(jsonld)

        with started_telling(linked_then_jsonld, what="the story linker and JSON-LD") as child:
            outs = {
                fmt: stack.enter_context(files.writing(path))
                for fmt, path in paths.items()
                if path != jsonld
            }
            rests = {
                fmt: rdf.write_quads_then(first, fmt, out, base=base)
                for fmt, out in outs.items()
                if fmt in JOINABLE_FORMATS and fmt not in _TRIG_AND_TURTLE
            }
            both = write_trig_and_turtle_then(first, outs["trig"], outs["turtle"])
            happenings = child.news()
            found = first + happenings
            counted = both(happenings)
            for fmt, out in outs.items():
                if fmt in rests:
                    rests[fmt](happenings)
                elif fmt not in _TRIG_AND_TURTLE:
                    _write_text(found, fmt, out, base=base, graph=graph)
            files.adopt(child.result())
    return found, triple_count(found) if counted is None else counted


#: The formats every build writes together (:func:`kg.rdf.write_trig_and_turtle_then`).
_TRIG_AND_TURTLE: Final = frozenset({"trig", "turtle"})


def _path_of(fmt: str, out_dir: Path) -> Path:
    """The file of the format ``fmt`` (RDF or network) in ``out_dir``."""
    from kg import network, rdf

    suffix = network.NETWORK_FORMATS.get(fmt) or rdf.OUTPUT_FORMATS[fmt]
    return out_dir / f"graph{suffix}"


def _write_text(
    found: Sequence[ox.Quad],
    fmt: str,
    out: IO[bytes],
    *,
    base: str,
    graph: KnowledgeGraph | None,
) -> None:
    """Write the text of ``found`` in ``fmt`` (RDF or network) to ``out``."""
    from kg import network, rdf

    if fmt in network.NETWORK_FORMATS:
        text = _texts(found, [fmt], base=base, graph=graph)[network.NETWORK_FORMATS[fmt]]
        out.write(text.encode("utf-8"))
        return
    rdf.write_quads(found, fmt, out, base=base)


def _texts(
    found: Sequence[ox.Quad],
    formats: Iterable[str],
    *,
    base: str,
    graph: KnowledgeGraph | None,
) -> dict[str, str]:
    """File suffix -> text of ``found``, for each of ``formats`` (as :func:`render_formats`)."""
    from kg import network
    from kg.rdf import OUTPUT_FORMATS, from_quads, serialize_quads

    texts = {}
    for fmt in formats:
        if fmt in network.NETWORK_FORMATS:
            nx_graph = (
                graph.to_networkx()
                if graph is not None
                else network.from_rdf(from_quads(found, base=base))
            )
            texts[network.NETWORK_FORMATS[fmt]] = network.serialize(nx_graph, fmt)
        else:
            texts[OUTPUT_FORMATS[fmt]] = serialize_quads(found, fmt, base=base)
    return texts


def format_text(found: Sequence[ox.Quad], fmt: str, *, base: str) -> str:
    from kg import network
    from kg.rdf import from_quads, serialize_quads

    if fmt in network.NETWORK_FORMATS:
        return network.serialize(network.from_rdf(from_quads(found, base=base)), fmt)
    return serialize_quads(found, fmt, base=base)


def triple_count(found: Sequence[ox.Quad]) -> int:
    # Distinct quads: the same as the union's triples, since kg never writes a
    # triple into two graphs (its IRIs name their document), and much faster to count.
    return len(set(found))


@dataclass(frozen=True, slots=True)
class GraphText:
    """A graph in one format, and how many distinct triples it holds."""

    text: str
    triples: int


def graph_text(
    graph: KnowledgeGraph, fmt: str = "turtle", *, base: str = DEFAULT_BASE
) -> GraphText:
    """``graph`` in one format (RDF or network), for standard output.

    Raises:
        InputError: The graph holds no document.
    """
    from kg import rdf

    if not graph.documents:
        raise InputError("no documents found in the input")
    found = rdf.quads(
        graph.documents, graph.entities, graph.events, base=base, mentions=graph.mentions
    )
    return GraphText(format_text(found, fmt, base=base), triple_count(found))
