"""The graph in the files network analysts open: GraphML, GEXF (Gephi) and node-link JSON.

Each file is written and read back by networkx's own readers and writers.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdf_fixtures import hand_built_graph

from kg import network
from kg.errors import InputError


def _expected() -> nx.MultiDiGraph:
    return hand_built_graph().to_networkx(flat=True)


def test_flat_attributes_are_scalars_and_the_input_is_unchanged() -> None:
    graph = hand_built_graph().to_networkx()
    flat = network.flat(graph)
    for _, attrs in [*flat.nodes(data=True), *((None, d) for *_, d in flat.edges(data=True))]:
        for value in attrs.values():
            assert isinstance(value, (str, int, float, bool)), value
    assert isinstance(graph.nodes["person/ana-ruiz"]["aliases"], list)  # untouched
    assert flat.nodes["person/ana-ruiz"]["aliases"] == "Mayor Ana Ruiz"
    assert flat.number_of_edges() == graph.number_of_edges()
    # The documents' titles and dates go onto the edges.
    moved = next(d for *_, d in flat.edges(data=True) if d.get("document") == "a")
    assert moved["document_title"] == "Port Avel taken" and moved["document_date"] == "2022-02-25"
    # node-link JSON keeps the ends under "source": who claimed it is "according_to".
    assert moved["according_to"] == "the defence ministry" and "source" not in moved


def test_networkx_s_graphml_writer_takes_it_and_reads_it_back(tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    nx.write_graphml(_expected(), path)
    back = nx.read_graphml(path, force_multigraph=True)
    expected = _expected()
    assert set(back.nodes) == set(expected.nodes)
    assert back.nodes["place/port-avel"] == expected.nodes["place/port-avel"]
    assert sorted(k for *_, k in back.edges(keys=True)) == sorted(
        k for *_, k in expected.edges(keys=True)
    )


def test_networkx_s_gexf_writer_takes_it_and_reads_it_back(tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    nx.write_gexf(_expected(), path)
    back = nx.read_gexf(path)
    assert back.number_of_edges() == _expected().number_of_edges()
    assert back.nodes["place/port-avel"]["lat"] == pytest.approx(48.1)


def test_node_link_data_goes_to_json_and_back() -> None:
    expected = _expected()
    text = json.dumps(nx.node_link_data(expected, edges="edges"))
    back = nx.node_link_graph(json.loads(text), edges="edges")
    assert nx.utils.graphs_equal(back, expected)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_write_picks_the_format_by_suffix(tmp_path: Path, suffix: str) -> None:
    path = network.write(hand_built_graph().to_networkx(), tmp_path / f"g{suffix}")
    readers = {
        ".graphml": lambda p: nx.read_graphml(p, force_multigraph=True),
        ".gexf": nx.read_gexf,
        ".json": lambda p: nx.node_link_graph(json.loads(p.read_text("utf-8")), edges="edges"),
    }
    back = readers[suffix](path)
    assert set(back.nodes) == set(_expected().nodes)


def test_write_refuses_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot tell the network format of .*\.png"):
        network.write(hand_built_graph().to_networkx(), tmp_path / "g.png")
