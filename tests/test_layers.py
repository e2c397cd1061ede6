"""The house's rooms: no import runs against the data flow, and no import cycle.

The flow is model <- extract <- resolve <- rdf <- store/network <- view <- cli
(docs/architecture.md draws it). Every module of kg belongs to one room below;
a module may import modules of its own room and of rooms below it, never above.
Imports inside functions count (they run too); imports only for type checkers
(``if TYPE_CHECKING:``) do not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parents[1] / "kg"

#: The rooms, lowest first; a module is in the room of its longest listed prefix.
ROOMS: tuple[tuple[str, ...], ...] = (
    # records, errors and the words rules read (the event taxonomy too): imported by everyone
    (
        "kg.errors",
        "kg._defaults",
        "kg._atomic",
        "kg._cache",
        "kg._lock",
        "kg._resources",
        "kg._fold",
        "kg.namespace",
        "kg.model",
        "kg._records",
        "kg._threads",
        "kg._forked",
        "kg.lang",
        "kg.event_types",
    ),
    # reading documents (files, pages, feeds, archives, the web), how much text a
    # build may hold (kg._budget counts what is read); the place index
    ("kg.inputs", "kg.read", "kg._budget", "kg.placedb", "kg.gazetteer"),
    ("kg.extract",),
    # spaCy plumbing around the extractor
    ("kg.components", "kg.pipeline", "kg.parallel"),
    ("kg.resolve",),
    ("kg.rdf",),
    ("kg.store", "kg.network", "kg.tables"),
    ("kg.view",),
    # the library's front rooms: the graph object, kg.build, the scorer
    ("kg.graph", "kg.building", "kg.evaluate", "kg.progress"),
    # what a build makes: an output folder's files, a store, a text
    ("kg.outputs",),
    ("kg.cli", "kg.__main__", "kg"),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def room_of(module: str) -> int:
    best: tuple[int, int] | None = None
    for level, prefixes in enumerate(ROOMS):
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (level, len(prefix))
    assert best is not None, f"{module} is in no room: add it to ROOMS"
    return best[0]


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The kg modules a file imports (at any depth, type-checking imports aside)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for alias in child.names:
                    # `from kg import rdf` imports kg.rdf; so does `from kg.rdf import x`.
                    candidate = f"{child.module}.{alias.name}"
                    found.add(candidate if candidate in modules else child.module)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {name for name in found if name in modules}


def import_graph() -> nx.DiGraph:
    paths = {module_name(path): path for path in KG.rglob("*.py")}
    graph = nx.DiGraph()
    graph.add_nodes_from(paths)
    for module, path in paths.items():
        for imported in imports_of(path, set(paths)):
            if imported != module:
                graph.add_edge(module, imported)
    return graph


def test_every_module_is_in_a_room() -> None:
    for module in import_graph():
        room_of(module)


def test_no_import_runs_against_the_data_flow() -> None:
    graph = import_graph()
    against = sorted(
        f"{importer} (room {room_of(importer)}) imports {imported} (room {room_of(imported)})"
        for importer, imported in graph.edges
        if room_of(imported) > room_of(importer)
    )
    assert against == []


def test_no_import_cycle() -> None:
    # A package importing its own submodules is how packages work; a cycle
    # would be a submodule importing its package or a module above it back.
    graph = import_graph()
    cycles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    assert cycles == []


@pytest.mark.parametrize("module", ["kg.evaluate", "kg.resolve", "kg.rdf", "kg.view"])
def test_the_scorer_and_readers_do_not_reach_into_the_extractor(module: str) -> None:
    graph = import_graph()
    reached = nx.descendants(graph, module)
    assert not {m for m in reached if m.startswith(("kg.extract", "kg.components"))}
