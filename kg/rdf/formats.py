"""Files: the five formats, reading, writing atomically, the ontology's files."""

from __future__ import annotations

import json
import operator
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Final

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg._atomic import write_atomic, write_atomic_many
from kg.errors import InputError
from kg.namespace import DEFAULT_BASE, PREFIXES
from kg.rdf.jsonld import JsonldParts, join_jsonld, jsonld_parts, jsonld_text
from kg.rdf.mapping import _vocabulary, dataset_quads, from_quads
from kg.rdf.terms import _TYPE, base_of, gc_paused

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "JOINABLE_FORMATS",
    "MAX_BLANK_NESTING",
    "OUTPUT_FORMATS",
    "format_name",
    "infer_base",
    "join_texts",
    "jsonld_context",
    "load",
    "ontology_path",
    "read_quads",
    "serialize",
    "serialize_quads",
    "write",
    "write_outputs",
    "write_quads",
    "write_quads_then",
    "write_trig_and_turtle_then",
]


#: Format name -> file suffix, for every format kg writes and reads.
FORMATS: Final[dict[str, str]] = {
    "turtle": ".ttl",
    "json-ld": ".jsonld",
    "nt": ".nt",
    "nquads": ".nq",
    "trig": ".trig",
}


#: Every format kg writes: :data:`FORMATS` and RDF/XML (the union of all
#: graphs, for tools that read nothing else), which kg reads too.
OUTPUT_FORMATS: Final[dict[str, str]] = {**FORMATS, "xml": ".rdf"}


#: The names rdflib and common tools give these formats -> kg's name.
FORMAT_NAMES: Final[dict[str, str]] = {
    **{name: name for name in OUTPUT_FORMATS},
    "ttl": "turtle",
    "jsonld": "json-ld",
    "json": "json-ld",
    "ntriples": "nt",
    "n-triples": "nt",
    "nt11": "nt",
    "nq": "nquads",
    "n-quads": "nquads",
    "rdf/xml": "xml",
    "rdfxml": "xml",
    "rdf": "xml",
    "pretty-xml": "xml",
}


def format_name(name: str) -> str:
    """kg's name for an RDF format as rdflib or a user writes it (any case).

    >>> format_name("TTL"), format_name("nq"), format_name("pretty-xml")
    ('turtle', 'nquads', 'xml')

    Raises:
        InputError: No format has that name; the message lists them.
    """
    found = FORMAT_NAMES.get(name.strip().lower())
    if found is None:
        raise InputError(f"unknown RDF format {name!r}; expected one of {', '.join(FORMAT_NAMES)}")
    return found


# Formats that keep the named graphs; the others are the union of all graphs.
_QUAD_FORMATS: Final = frozenset({"json-ld", "nquads", "trig"})


_SUFFIXES: Final[dict[str, str]] = {suffix: name for name, suffix in OUTPUT_FORMATS.items()} | {
    ".json": "json-ld",
    ".turtle": "turtle",
    ".ntriples": "nt",
    ".nquads": "nquads",
    ".owl": "xml",
}


def ontology_path(name: str) -> Path:
    """The path of a file or folder of kg's ontology ("kg.ttl", "queries").

    The ontology is package data (``kg/ontology``, a link to the top-level
    ``ontology/`` folder in a checkout, real files in an installed wheel), read
    with :mod:`importlib.resources`.

    Raises:
        FileNotFoundError: No such file ships with kg.
    """
    found = resources.files("kg").joinpath("ontology", name)
    if not isinstance(found, Path) or not found.exists():
        raise FileNotFoundError(f"ontology file {name!r} is not in kg's package data; reinstall kg")
    return found


@cache
def _context_file() -> dict[str, Any]:
    context: dict[str, Any] = json.loads(ontology_path("context.jsonld").read_text("utf-8"))
    return dict(context["@context"])


def jsonld_context(*, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The JSON-LD context of ``ontology/context.jsonld`` with ``id:`` set to ``base``."""
    return _context_file() | {"id": base}


def _check_format(fmt: str) -> None:
    if fmt not in OUTPUT_FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; expected one of {', '.join(OUTPUT_FORMATS)}")


def serialize(dataset: Graph, fmt: str) -> str:
    """The dataset as text in ``fmt`` (a key of :data:`OUTPUT_FORMATS`).

    Turtle, N-Triples and RDF/XML hold the union of all graphs; TriG, N-Quads and
    JSON-LD keep the named graphs. JSON-LD is compacted with the kg context.

    Raises:
        InputError: ``fmt`` is not a known format.
    """
    _check_format(fmt)
    return serialize_quads(dataset_quads(dataset), fmt, base=base_of(dataset))


@gc_paused()
def serialize_quads(found: Sequence[ox.Quad], fmt: str, *, base: str = DEFAULT_BASE) -> str:
    """Quads as text in ``fmt``, as :func:`serialize` writes them.

    Turtle, N-Triples, TriG and N-Quads are written by Oxigraph (rdflib's
    writers take minutes on a million triples, Oxigraph's seconds), with the
    kg prefixes; JSON-LD by :func:`kg.rdf.jsonld.jsonld_text`, compacted with
    the kg context and ``id:`` for ``base``. :func:`write_quads` writes the
    same text to a file.

    Raises:
        InputError: ``fmt`` is not a known format.
    """
    _check_format(fmt)
    if fmt == "json-ld":
        return jsonld_text(found, jsonld_context(base=base))
    return (_oxigraph_text(found, fmt, None) or b"").decode("utf-8")


@gc_paused()
def write_quads(
    found: Sequence[ox.Quad], fmt: str, out: IO[bytes], *, base: str = DEFAULT_BASE
) -> None:
    """Write :func:`serialize_quads`'s text of ``found`` to the binary file ``out`` (UTF-8).

    Oxigraph writes straight to the file, so no text is held whole: a build's
    end need not keep its files' texts in memory.

    Raises:
        InputError: ``fmt`` is not a known format.
    """
    _check_format(fmt)
    if fmt == "json-ld":
        for part in jsonld_parts(found, jsonld_context(base=base)):
            out.write(part.encode("utf-8"))
        return
    _oxigraph_text(found, fmt, out)


@gc_paused()
def write_quads_then(
    first: Sequence[ox.Quad], fmt: str, out: IO[bytes], *, base: str = DEFAULT_BASE
) -> Callable[[Sequence[ox.Quad]], None]:
    """Write :func:`write_quads`'s text of ``first`` and of quads still to come, in two steps.

    The text of ``first`` is written to ``out`` now (JSON-LD without its
    end); the function returned, given the second list, writes the rest, so
    that ``out`` holds the text of the two lists one after the other. A build
    writes its documents' graphs this way while its happenings are made.
    Only for :data:`JOINABLE_FORMATS` and lists as :func:`join_texts` joins
    them (no graph nor triple in common, the second with no default-graph quad).

    Raises:
        InputError: ``fmt`` is not one of :data:`JOINABLE_FORMATS`.
    """
    if fmt not in JOINABLE_FORMATS:
        raise InputError(f"cannot write the format {fmt!r} in two parts")
    if fmt == "json-ld":
        parts = JsonldParts(jsonld_context(base=base))
        for part in parts.of(first):
            out.write(part.encode("utf-8"))

        @gc_paused()
        def rest_of_jsonld(second: Sequence[ox.Quad]) -> None:
            for part in parts.of(second):
                out.write(part.encode("utf-8"))
            out.write(parts.end().encode("utf-8"))

        return rest_of_jsonld
    start = out.tell()
    _oxigraph_text(first, fmt, out)
    written = out.tell() > start

    @gc_paused()
    def rest(second: Sequence[ox.Quad]) -> None:
        text = (_oxigraph_text(second, fmt, None) or b"").decode("utf-8")
        if written:  # its prefix lines are written already, at the start
            text = text[_PREFIX_LINES.match(text).end() :]  # type: ignore[union-attr]
        out.write(text.encode("utf-8"))

    return rest


@gc_paused()
def write_trig_and_turtle_then(
    first: Sequence[ox.Quad], trig: IO[bytes], turtle: IO[bytes]
) -> Callable[[Sequence[ox.Quad]], int | None]:
    """:func:`write_quads_then` into a TriG and a Turtle file at once, Turtle read off TriG.

    Oxigraph writes Turtle as TriG's default graph: the Turtle of quads is their
    TriG text less the lines that open and close a graph and one tab before every
    other line, whenever no triple comes twice (Turtle holds the union: it would
    write it once) and no subject ends a graph's block and starts the next (Turtle
    would go on with it). Each part is checked: its triples' hashes all differ,
    and :class:`_TurtleOfTrig` checks its text as it passes; a part that fails is
    written to Turtle by Oxigraph as :func:`write_quads` does (its Turtle, written
    meanwhile, taken back). The files are the two :func:`write_quads_then` writes.

    The function returned writes the second part, and gives the distinct triples
    of both parts when every part passed (then every quad is distinct, and so
    :func:`kg.outputs.texts.triple_count` of both), else None.
    """
    counted = [_turtle_of_trig_part(first, trig, turtle, first=True)]

    @gc_paused()
    def rest(second: Sequence[ox.Quad]) -> int | None:
        counted.append(_turtle_of_trig_part(second, trig, turtle, first=not counted[0][1]))
        if any(count is None for count, _ in counted):
            return None
        return sum(count for count, _ in counted if count is not None)

    return rest


def _turtle_of_trig_part(
    part: Sequence[ox.Quad], trig: IO[bytes], turtle: IO[bytes], *, first: bool
) -> tuple[int | None, bool]:
    """Write one part's TriG and Turtle (without its prefix lines unless ``first``).

    Returns the part's distinct triples (None when some triple comes twice) and
    whether anything was written to TriG.
    """
    if len(set(map(hash, map(_TRIPLE, part)))) != len(part):
        # A triple comes twice (or two hashes meet): Turtle is the union, written apart.
        written = _part_text(part, "trig", trig, first=first)
        _part_text(part, "turtle", turtle, first=first)
        return None, written
    start = turtle.tell()
    reader = _TurtleOfTrig(turtle)
    written = _part_text(part, "trig", _Tee(trig, reader), first=first)  # type: ignore[arg-type]
    if not reader.close():
        turtle.seek(start)
        turtle.truncate()
        _part_text(part, "turtle", turtle, first=first)
    return len(part), written


def _part_text(part: Sequence[ox.Quad], fmt: str, out: IO[bytes], *, first: bool) -> bool:
    """Oxigraph's text of ``part`` written to ``out`` (straight, when ``first``; else
    less its prefix lines, as :func:`write_quads_then` writes its second part);
    whether any was written."""
    if first:
        start = out.tell()
        _oxigraph_text(part, fmt, out)
        return out.tell() > start
    text = _oxigraph_text(part, fmt, None) or b""
    text = text[_PREFIX_LINE_BYTES.match(text).end() :]  # type: ignore[union-attr]
    out.write(text)
    return bool(text)


class _Tee:
    """A file that writes what it is given to a file and to a :class:`_TurtleOfTrig`."""

    def __init__(self, out: IO[bytes], reader: _TurtleOfTrig) -> None:
        self._out, self._reader = out, reader

    def write(self, data: bytes) -> int:
        self._reader.write(data)
        return self._out.write(data)

    def flush(self) -> None:
        self._out.flush()

    def tell(self) -> int:
        return self._out.tell()


#: Where a line that starts at the margin starts (a graph's first or last line, a
#: prefix), less one: the lines of a graph's block start with a tab.
_MARGIN: Final = re.compile(rb"\n[^\t]")
_TAB: Final = 9  # the byte


class _TurtleOfTrig:
    """Turtle written from TriG text as it comes (see :func:`write_trig_and_turtle_then`).

    Given TriG in pieces of any size, it writes to ``out`` the same text with the
    lines that open (``<iri> {``) and close (``}``) a graph taken out and one tab
    less before every other line, and :meth:`close` says whether that is
    Oxigraph's Turtle of the same quads, as far as the text tells: every line but
    the prefixes lies in a named graph's block (a default-graph triple stands at
    the margin, as Turtle's would, so such a text is refused) and no block starts
    with the subject the block before ends with (Turtle would go on with it).
    Oxigraph escapes every line break inside a term, so every one ends a line and
    every statement ends with a line that ends " .".
    """

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._carry = b""  # the last line, not yet whole
        self._ok = True
        self._prefixes = True  # whether only prefix lines came so far
        self._in_block = False
        self._last: bytes | None = None  # the open block's last subject so far
        self._ended: bytes | None = None  # the subject that ended the last block, until the next

    def write(self, data: bytes) -> None:
        if not self._ok:
            return
        text = self._carry + data
        cut = text.rfind(b"\n") + 1
        self._carry = text[cut:]
        if cut and not self._lines(b"\n" + text[:cut]):
            self._ok = False

    def _lines(self, text: bytes) -> bool:
        """Write the Turtle of whole lines (``text``, after a line break); whether it is Turtle."""
        kept = []
        start = 1  # where the block's lines start
        for margin in _MARGIN.finditer(text):
            at = margin.start() + 1
            if at > start:
                if not self._block_lines(text, start, at):
                    return False
                kept.append(text[start:at])
            end = text.index(b"\n", at) + 1
            line = text[at:end]
            if line == b"}\n" and self._in_block:
                self._in_block, self._ended, self._last = False, self._last, None
            elif line.endswith(b" {\n") and line.startswith((b"<", b"_:")) and not self._in_block:
                self._in_block = True
            elif line.startswith(b"@prefix ") and self._prefixes:
                kept.append(line)
            else:
                return False
            self._prefixes = self._prefixes and line.startswith(b"@prefix ")
            start = end
        if start < len(text):
            if not self._block_lines(text, start, len(text)):
                return False
            kept.append(text[start:])
        self._out.write((b"\n" + b"".join(kept)).replace(b"\n\t", b"\n")[1:])
        return True

    def _block_lines(self, text: bytes, start: int, end: int) -> bool:
        """Note the subjects of lines ``start:end`` of a block; whether they may be Turtle's."""
        if not self._in_block:
            return False
        begins = text[start + 1] != _TAB  # with a subject, else with a statement's rest
        if begins:
            first = _subject_at(text, start + 1)
            if first == self._ended:
                return False  # Turtle would go on with the last block's subject
            self._ended = None
        elif self._last is None:
            return False
        # Every statement ends with " ." at the end of a line; the next begins with its subject.
        after = text.rfind(b" .\n\t", start, end)
        if after >= 0:
            self._last = _subject_at(text, after + 4)
        elif begins:
            self._last = first
        return True

    def close(self) -> bool:
        """Whether the text written is Oxigraph's Turtle of the TriG's quads."""
        return self._ok and not self._carry and not self._in_block


def _subject_at(text: bytes, at: int) -> bytes:
    """The subject a statement's line starting at ``at`` names (up to the first space)."""
    return text[at : text.index(b" ", at)]


def _oxigraph_text(found: Sequence[ox.Quad], fmt: str, out: IO[bytes] | None) -> bytes | None:
    """Oxigraph's text of ``found`` in ``fmt``: written to ``out``, or returned if it is None."""
    # No "id:" prefix here: most kg IRIs have a "/" after the base, which a
    # prefixed name can only hold escaped ("id:event\/a\/1-5").
    prefixes = dict(PREFIXES)
    rdf_format = getattr(ox.RdfFormat, _OX_FORMATS[fmt])
    if fmt in _QUAD_FORMATS:
        return ox.serialize(found, out, rdf_format, prefixes=prefixes if fmt == "trig" else None)
    # The union: a triple held by two graphs is written once.
    return ox.serialize(
        _union(found), out, rdf_format, prefixes=prefixes if fmt in {"turtle", "xml"} else None
    )


_TRIPLE: Final = operator.attrgetter("triple")


def _union(found: Sequence[ox.Quad]) -> Iterator[ox.Triple]:
    """The triples of ``found``, each once, in the order they first come.

    What ``dict.fromkeys(q.triple for q in found)`` gives, without holding
    every triple at once (on 240,000 quads that dict held 80 MB): a first
    pass counts the triples' hashes, and only triples whose hash comes twice
    or more are kept to be compared (kg writes almost no triple twice).
    """
    # map() over attrgetter: no Python frame per quad (the genexpr took half the time).
    counts = Counter(map(hash, map(_TRIPLE, found)))
    repeated = {key for key, count in counts.items() if count > 1}
    del counts
    if not repeated:
        return map(_TRIPLE, found)  # handed to the writer as it is: no frame per triple
    return _once(map(_TRIPLE, found), repeated)


def _once(triples: Iterator[ox.Triple], repeated: set[int]) -> Iterator[ox.Triple]:
    """``triples`` less the repeats of those whose hash is in ``repeated``."""
    seen: set[ox.Triple] = set()
    for triple in triples:
        if hash(triple) in repeated:
            if triple in seen:
                continue
            seen.add(triple)
        yield triple


#: The prefix lines Oxigraph's Turtle and TriG writers start every non-empty text with.
_PREFIX_LINES: Final = re.compile(r"(?:@prefix [^\n]*\n)*")
_PREFIX_LINE_BYTES: Final = re.compile(rb"(?:@prefix [^\n]*\n)*")

#: The formats :func:`join_texts` joins.
JOINABLE_FORMATS: Final = frozenset({"turtle", "trig", "nt", "nquads", "json-ld"})


def join_texts(first: str, second: str, fmt: str, *, base: str = DEFAULT_BASE) -> str:
    """The text :func:`serialize_quads` gives of two lists of quads one after the
    other, from its text of each: the second written while the first is.

    Only for lists that share no graph and no triple, and whose second holds no
    default-graph quad (the happenings graph after the others, as
    :func:`kg.rdf.quads` makes them). Oxigraph's writers stream: every
    statement is closed before another subject or graph starts, so the second
    text, less its prefix lines, goes on where the first ends.

    Raises:
        InputError: ``fmt`` is not one of :data:`JOINABLE_FORMATS` (RDF/XML
            holds the union in one element).
    """
    if fmt not in JOINABLE_FORMATS:
        raise InputError(f"cannot join two texts in the format {fmt!r}")
    if not first or not second:
        return first or second
    if fmt == "json-ld":
        return join_jsonld(first, second, jsonld_context(base=base))
    prefixes = _PREFIX_LINES.match(second)
    return first + second[prefixes.end() if prefixes else 0 :]


def write(dataset: Graph, path: str | os.PathLike[str], *, fmt: str | None = None) -> Path:
    """Write the dataset to ``path`` atomically; ``fmt`` defaults to the path's suffix.

    Readers see either the old file or the new one, never half of it.

    Raises:
        InputError: The format is unknown or cannot be guessed from the suffix.
    """
    target = Path(path)
    if fmt is None:
        fmt = _format_of(target)
    return write_atomic(target, serialize(dataset, fmt))


def write_outputs(
    dataset: Dataset,
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] = ("turtle", "json-ld"),
    stem: str = "graph",
) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.jsonld``, ... into ``out_dir`` atomically, all or none.

    To add to an earlier build instead of overwriting it, :func:`load` the old
    quad file (TriG, N-Quads or JSON-LD) and :func:`merge` first.

    Returns:
        Format name -> path written.
    """
    for fmt in formats:
        _check_format(fmt)
    folder = Path(out_dir)
    targets = {fmt: folder / f"{stem}{FORMATS[fmt]}" for fmt in formats}
    # Everything is serialized before the first rename: a failure leaves all
    # the earlier files as they were, not a mix of old and new formats.
    write_atomic_many({targets[fmt]: serialize(dataset, fmt) for fmt in formats})
    return targets


def _format_of(path: Path) -> str:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"cannot tell the RDF format of {str(path)!r} from its suffix;"
            f" use one of {', '.join(sorted(_SUFFIXES))}"
        )
    return fmt


_OX_FORMATS: Final[dict[str, str]] = {
    "turtle": "TURTLE",
    "json-ld": "JSON_LD",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "xml": "RDF_XML",
}


#: The deepest blank-node nesting :func:`read_quads` accepts: RDF lists inside
#: lists ``( ( ( ...`` or ``[ :p [ :p ...`` deeper than this are refused. Such a
#: file is a few hundred kilobytes for two hundred thousand triples that lead
#: nowhere, and rdflib, pyshacl and the view would spend minutes on it; kg's own
#: files nest no blank node at all, and real data a handful of levels.
MAX_BLANK_NESTING: Final = 256

_REST: Final = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")


def _blank_nesting(found: Sequence[ox.Quad], limit: int) -> int:
    """Blank nodes in the deepest chain of one inside another in ``found``, or ``limit + 1``.

    A blank node that is the object of a triple about another blank node lies
    one level deeper, except along ``rdf:rest``: a long flat list is not deep.
    0 when no blank node lies in another. Walked without recursion; a cycle
    (``_:a :p _:b . _:b :p _:a``) is followed once.
    """
    below: dict[ox.BlankNode, list[tuple[ox.BlankNode, int]]] = {}
    for quad in found:
        if isinstance(quad.subject, ox.BlankNode) and isinstance(quad.object, ox.BlankNode):
            step = 0 if quad.predicate == _REST else 1
            below.setdefault(quad.subject, []).append((quad.object, step))
    depth: dict[ox.BlankNode, int] = {}
    for start in below:
        if start in depth:
            continue
        stack = [(start, iter(below[start]))]
        on_path = {start}
        while stack:
            node, children = stack[-1]
            for child, _ in children:
                if child not in depth and child not in on_path:
                    stack.append((child, iter(below.get(child, ()))))
                    on_path.add(child)
                    break
            else:
                stack.pop()
                on_path.discard(node)
                steps = below.get(node, ())
                deepest = max((depth.get(c, 1) + step for c, step in steps), default=1)
                if deepest > limit:
                    return limit + 1
                depth[node] = deepest
    return max(depth.values(), default=0)


@gc_paused()
def read_quads(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[ox.Quad]:
    """Read RDF files in any of :data:`FORMATS` as Oxigraph quads, in file order.

    Named graphs stay named; triples of Turtle and N-Triples files go to the
    default graph. Files are parsed with Oxigraph (fast, and strict about the
    syntax) and never cause a network request.

    Raises:
        InputError: A file is missing, has an unknown suffix or does not parse
            (the message names the file and the position), or its blank nodes
            nest deeper than :data:`MAX_BLANK_NESTING`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    found: list[ox.Quad] = []
    for raw in paths:
        path = Path(raw)
        fmt = _format_of(path)
        if not path.is_file():
            raise InputError(f"no such RDF file: {str(path)!r}")
        try:
            parsed = list(ox.parse(path=path, format=getattr(ox.RdfFormat, _OX_FORMATS[fmt])))
        except SyntaxError as error:
            raise InputError(f"{path}: {error}") from None
        except (OSError, ValueError) as error:
            raise InputError(f"cannot read {path}: {error}") from None
        if _blank_nesting(parsed, MAX_BLANK_NESTING) > MAX_BLANK_NESTING:
            raise InputError(
                f"{path}: blank nodes nest more than {MAX_BLANK_NESTING} levels deep (lists"
                " inside lists, or [ ] inside [ ]); kg refuses such a file rather than"
                " spend minutes on it"
            )
        found.extend(parsed)
    return found


def load(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Dataset:
    """Read RDF files in any of :data:`FORMATS` into one Dataset.

    Named graphs stay named; triples of Turtle and N-Triples files go to the
    default graph. The base the files were built with (``--base-iri``) is
    recovered, so the dataset serializes and merges under it.

    Raises:
        InputError: A file is missing, has an unknown suffix or does not parse;
            the message names the file and the position.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    found = read_quads(paths)
    base = next(
        (
            base
            for path in paths
            if _format_of(Path(path)) == "json-ld" and (base := _jsonld_base(Path(path)))
        ),
        None,
    )
    return from_quads(found, base=base or infer_base(found) or DEFAULT_BASE)


def infer_base(found: Iterable[ox.Quad]) -> str | None:
    """The base IRI quads were built with, from their graph names or document nodes."""
    document_type = _vocabulary().document_types[0]
    for quad in found:
        name = getattr(quad.graph_name, "value", "")
        head, sep, _ = name.rpartition("graph/")
        if sep:
            return head
        if quad.predicate == _TYPE and quad.object == document_type:
            assert isinstance(quad.subject, ox.NamedNode)
            head, sep, _ = quad.subject.value.rpartition("document/")
            if sep:
                return head
    return None


def _jsonld_base(path: Path) -> str | None:
    try:
        context = json.loads(path.read_text("utf-8")).get("@context", {})
    except (ValueError, AttributeError):
        return None
    value = context.get("id") if isinstance(context, dict) else None
    return value if isinstance(value, str) else None
