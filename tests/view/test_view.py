"""kg.view: the page is self-contained, carries the data safely, caps and focuses."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re

import networkx as nx
import pytest
from browser_fixtures import XSS, hostile_story, story, synthetic_graph, year_story

from kg.errors import InputError
from kg.graph import KnowledgeGraph
from kg.network import to_networkx
from kg.view import render_html, write_html


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(*story())


@pytest.fixture(scope="module")
def page(graph: nx.MultiDiGraph) -> str:
    return render_html(graph, title="Story")


def data_of(page: str) -> dict:  # type: ignore[type-arg]
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))  # type: ignore[no-any-return]


def test_page_links_nothing_outside_itself(page: str) -> None:
    assert not re.search(r"<(link|iframe|img|object|embed)\b", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert not re.search(r"@import\b", page)
    assert not re.search(r"url\(\s*(?![\"']?data:)", page)  # stylesheet images are data: URLs
    # vis-network is inlined from the installed pyvis, not fetched.
    assert "vis-network" in page and "new vis.Network" in page


def test_vis_network_is_read_from_pyvis_files_without_importing_pyvis() -> None:
    # The page inlines pyvis's copy of vis-network; importing pyvis would load
    # hundreds of modules a build's end does not need.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import networkx as nx\n"
        "from kg.view import render_html\n"
        "g = nx.MultiDiGraph()\n"
        "g.add_node('person/a', label='A', kind='person', mentions=1)\n"
        "page = render_html(g)\n"
        "print('new vis.Network' in page, 'pyvis' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "False"]


def test_content_security_policy_allows_exactly_the_inline_scripts(page: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)  # type: ignore[union-attr]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("style-src")[0]


def test_data_block_holds_every_entity_and_one_node_per_event(
    graph: nx.MultiDiGraph, page: str
) -> None:
    data = data_of(page)
    entities = {n["id"] for n in data["nodes"] if n["kind"] != "event"}
    assert entities == set(graph.nodes)
    events = [n for n in data["nodes"] if n["kind"] == "event"]
    keys = {k for _, _, k, role in graph.edges(keys=True, data="role") if role == "event"}
    assert {e["key"] for e in events} == keys
    kyiv = next(n for n in data["nodes"] if n["id"] == "place/kyiv")
    assert kyiv["aliases"] == ["Kiev"] and kyiv["mentions"] == 7 and kyiv["lat"] == 50.45466
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["nodes"])
    negated = [e for e in events if e["negated"]]
    assert {e["action"] for e in negated} == {"encircle", "send troops to"}
    assert not any(e["asserted"] for e in negated)
    assert data["meta"]["notes"] == []


def links_of(data: dict, sentence: str) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    """(from, role, to) of the event whose evidence starts with ``sentence``."""
    (event,) = [
        n for n in data["nodes"] if n["kind"] == "event" and n["evidence"].startswith(sentence)
    ]
    return {
        (link["from"], link["role"], link["to"])
        for link in data["links"]
        if link["event"] == event["id"]
    }


def test_an_event_is_a_node_linked_to_each_participant_by_its_role(page: str) -> None:
    data = data_of(page)
    moved = "event/kyiv-day-one/15-20"
    assert links_of(data, "Russian troops moved") == {
        ("group/russian-forces", "actor", moved),
        (moved, "destination", "place/kyiv"),
        ("place/belarus", "origin", moved),  # from Belarus: the arrow comes from it
        ("organization/ukrainian-general-staff", "source", moved),
    }
    shot = links_of(data, "Ukrainian forces shot down")
    roles = sorted(role for _, role, _ in shot)
    assert roles == ["actor", "figure", "location", "source"]
    # "Kyiv has not been encircled": Kyiv is the target, not an actor, no loop.
    assert {role for _, role, _ in links_of(data, "Kyiv has not been")} == {"target", "source"}
    assert all(link["from"] != link["to"] for link in data["links"])


def test_a_place_is_never_drawn_as_the_actor_of_an_event_with_none() -> None:
    from kg.model import Argument, Document, Entity, Event, Mention, Place

    text = "Kyiv was shelled overnight. Russian forces lost Russian forces."
    doc = Document("d", text)
    kyiv = Entity("place/kyiv", "Kyiv", "place", mentions=1)
    forces = Entity("group/russian-forces", "Russian forces", "group", mentions=2)
    shelled = Event(
        "d",
        9,
        16,
        "shell",
        Mention("d", 0, 27, text[:27]),
        places=(Place(Argument("Kyiv", 0, 4, "GPE", kyiv.id), "location"),),
    )
    lost = Event(
        "d",
        43,
        47,
        "lose",
        Mention("d", 28, 62, text[28:]),
        actor=Argument("Russian forces", 28, 42, "NORP", forces.id),
    )
    data = data_of(render_html(to_networkx([doc], [kyiv, forces], [shelled, lost])))
    assert links_of(data, "Kyiv was shelled") == {(f"event/{shelled.id}", "location", kyiv.id)}
    assert links_of(data, "Russian forces lost") == {(forces.id, "actor", f"event/{lost.id}")}
    assert all(link["from"] != link["to"] for link in data["links"])


def test_a_loop_of_a_graph_without_roles_is_one_link() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("place/kyiv", label="Kyiv", kind="place", mentions=1)
    graph.add_edge("place/kyiv", "place/kyiv", key="d/0-1", action="shell", role="event")
    data = data_of(render_html(graph))
    assert [(x["from"], x["to"]) for x in data["links"]] == [("place/kyiv", "event/d/0-1")]


def test_unmentioned_context_nodes_are_marked() -> None:
    from kg.model import Entity

    _, entities, events = story()
    qatar = Entity("place/qatar", "Qatar", "place", mentions=0)
    data = data_of(render_html(to_networkx([], [*entities, qatar], events)))
    context = {n["id"] for n in data["nodes"] if n.get("context")}
    assert context == {"place/qatar"}


def test_the_title_is_the_one_documents_headline(graph: nx.MultiDiGraph) -> None:
    from kg.view import page_title

    assert page_title(graph) == "kg — 2 documents"
    one = to_networkx(story()[0][:1], [], [])
    assert page_title(one) == "Russian forces close in on Kyiv"
    assert "<title>Russian forces close in on Kyiv</title>" in render_html(one)


def test_labels_do_not_overlap_in_the_layout(page: str) -> None:
    # What each node and its label take up, as the page draws them, apart.
    from kg.view.drawing import draw
    from kg.view.page import _family, _family_color

    data = data_of(page)
    _, _, boxes = draw(to_networkx(*story()), family=_family, family_color=_family_color)
    rects = []
    for n in data["nodes"]:
        dx, dy, hw, hh = boxes[n["id"]]
        rects.append((n["x"] + dx - hw, n["y"] + dy - hh, n["x"] + dx + hw, n["y"] + dy + hh))
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_boxes_end_apart_even_when_the_pushing_rounds_run_out() -> None:
    # 60 labels piled on a few spots: three rounds of pushing cannot part them all; the
    # spread that ends the separation must.
    from kg.view.layout import _separate

    placed = {i: (float(i % 4), float(i % 3)) for i in range(60)}
    boxes = {i: (0.0, 10.0, 30.0 + i % 7, 8.0) for i in range(60)}
    for rounds in (3, 200):
        moved = _separate(placed, boxes, rounds=rounds)
        rects = [
            (x + dx - hw, y + dy - hh, x + dx + hw, y + dy + hh)
            for i, (x, y) in moved.items()
            for dx, dy, hw, hh in [boxes[i]]
        ]
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (rounds, a, b)


def test_article_text_cannot_leave_the_data_block() -> None:
    page = render_html(to_networkx(*hostile_story()), title=XSS[0])
    data_block = re.search(r'type="application/json">(.*?)</script>', page, re.S).group(1)  # type: ignore[union-attr]
    for char in "<>&\u2028\u2029":
        assert char not in data_block
    for payload in XSS:
        if "<" in payload:
            assert payload not in page
    assert "<img" not in page and "<svg" not in page and "<iframe" not in page
    assert page.count("</script>") == 3  # the data block, vis-network, the app
    # The payloads are all there, intact, once the JSON is read.
    text = json.dumps(data_of(page), ensure_ascii=False)
    for payload in XSS:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in text
    assert "<title>&lt;img src=x onerror=" in page


def test_app_script_writes_no_markup() -> None:
    from importlib import resources

    script = resources.files("kg.view").joinpath("assets", "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script
    assert "insertAdjacentHTML" not in script
    assert "document.write" not in script


def test_the_page_assets_are_package_data() -> None:
    # A wheel must carry the page's own files: pyproject lists them as package data.
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    assert "view/assets/*" in project["tool"]["setuptools"]["package-data"]["kg"]
    page = render_html(nx.MultiDiGraph())
    assert "@APP_JS@" not in page and "(function () {" in page


def test_the_page_carries_small_country_outlines(page: str) -> None:
    rings = data_of(page)["world"]["rings"]
    assert 200 < len(rings) < 400
    assert all(isinstance(v, int) for ring in rings for v in ring)
    assert len(page) < 1_000_000  # vis-network, the outlines and the app


def test_render_is_deterministic(graph: nx.MultiDiGraph) -> None:
    assert render_html(graph) == render_html(graph)


def test_cap_keeps_the_most_connected_and_says_so() -> None:
    big = synthetic_graph(400)
    page = render_html(big, max_nodes=100)
    data = data_of(page)
    # Entities and events together fit the cap, and it is nearly filled.
    assert 80 <= len(data["nodes"]) <= 100
    kept = {n["id"] for n in data["nodes"] if n["kind"] != "event"}
    degree = dict(big.degree())
    assert min(degree[n] for n in kept) >= max(degree[n] for n in set(big) - kept)
    drawn = {n["id"] for n in data["nodes"]}
    assert all(x["from"] in drawn and x["to"] in drawn for x in data["links"])
    (note,) = data["meta"]["notes"]
    assert f"the {len(kept)} most connected of 400 entities and their events" in note
    assert f"({len(data['nodes'])} nodes; {400 - len(kept)} entities left out)" in note
    assert data["meta"]["total_nodes"] == 400


def test_large_components_get_a_spread_layout() -> None:
    big = synthetic_graph(1200)
    data = data_of(render_html(big, max_nodes=5000))
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(points) > 0.99 * len(data["nodes"])  # hardly any node on top of another
    assert data["meta"]["big"] is True


@pytest.mark.parametrize("name", ["kiev", "KYIV", " Kyiv "])
def test_focus_matches_label_or_alias_in_any_case(graph: nx.MultiDiGraph, name: str) -> None:
    data = data_of(render_html(graph, focus=name, hops=1))
    ids = {n["id"] for n in data["nodes"] if n["kind"] != "event"}
    assert ids == {"place/kyiv", "group/russian-forces"}
    assert data["meta"]["focus"] == "Kyiv"
    assert "1-hop neighbourhood of Kyiv" in data["meta"]["notes"][0]


def test_focus_hops_reach_further(graph: nx.MultiDiGraph) -> None:
    one = data_of(render_html(graph, focus="Kyiv", hops=1))
    two = data_of(render_html(graph, focus="Kyiv", hops=2))
    zero = data_of(render_html(graph, focus="Kyiv", hops=0))
    assert len(zero["nodes"]) < len(one["nodes"]) < len(two["nodes"])
    assert "place/hostomel-airport" in {n["id"] for n in two["nodes"]}
    # Kyiv alone, with the event whose only participant it is.
    assert sorted(n["kind"] for n in zero["nodes"]) == ["event", "place"]


def test_unknown_focus_is_an_input_error_with_a_suggestion(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match=r"'Zelenksy' names no node.*did you mean 'Zelensky'"):
        render_html(graph, focus="Zelenksy")
    with pytest.raises(InputError, match="names no node"):
        render_html(graph, focus="Atlantis")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_nodes": 0}, "^max_nodes must be at least 1"),
        ({"hops": -1}, "^hops must be 0 or more"),
    ],
)
def test_bad_options(graph: nx.MultiDiGraph, options: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(InputError, match=message):
        render_html(graph, **options)


def test_empty_graph_renders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = data_of(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["links"] == []


def test_write_html_replaces_atomically(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "graph.html"
    assert write_html("<p>one</p>", target) == target
    assert target.read_text() == "<p>one</p>"
    write_html("<p>two</p>", target)
    assert target.read_text() == "<p>two</p>"

    def broken(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_html("<p>three</p>", target)
    assert target.read_text() == "<p>two</p>"
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]


def test_knowledge_graph_to_html_and_jupyter(tmp_path) -> None:  # type: ignore[no-untyped-def]
    documents, entities, events = story()
    kg = KnowledgeGraph(documents, entities, events)
    path = tmp_path / "graph.html"
    page = kg.to_html(path, focus="Putin", hops=1)
    assert path.read_text(encoding="utf-8") == page
    assert {n["id"] for n in data_of(page)["nodes"] if n["kind"] != "event"} == {
        "person/vladimir-putin",
        "place/donbas",
    }
    shown = kg._repr_html_()
    assert shown.startswith("<iframe") and 'sandbox="allow-scripts"' in shown
    assert "kg-data" in shown and "<script" not in shown  # all of it escaped in srcdoc


# --------------------------------------------------------------------------- kg view


@pytest.fixture()
def rdf_file(tmp_path):  # type: ignore[no-untyped-def]
    from kg.rdf import to_dataset, write

    return write(to_dataset(*story()), tmp_path / "graph.trig")


def run_view(*args: str):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, ["view", *args])


def test_kg_view_renders_an_rdf_file(tmp_path, rdf_file, graph) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "page" / "view.html"
    result = run_view(str(rdf_file), "--out", str(out), "--title", "Story")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out} (the graph has 20 nodes, 11 edges)"
    data = data_of(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"] if n["kind"] != "event"} == set(graph.nodes)
    assert data["meta"]["title"] == "Story"


def test_kg_view_reads_a_store_and_files_together(tmp_path, rdf_file) -> None:  # type: ignore[no-untyped-def]
    from kg.model import Entity
    from kg.rdf import to_dataset
    from kg.store import Store

    store = tmp_path / "store"
    Store(store).add(to_dataset([], [Entity("person/ana-ruiz", "Ana Ruiz", "person")], []))
    out = tmp_path / "view.html"
    result = run_view(str(store), "--out", str(out), "-q")
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert [n["id"] for n in data_of(out.read_text(encoding="utf-8"))["nodes"]] == [
        "person/ana-ruiz"
    ]
    result = run_view(str(store), str(rdf_file), "--out", str(out), "--focus", "ana ruiz")
    assert result.exit_code == 0, result.output
    assert "21 nodes, 11 edges" in result.output


def test_kg_view_focus_and_cap(tmp_path, rdf_file) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "view.html"
    result = run_view(str(rdf_file), "-o", str(out), "--focus", "KIEV", "--hops", "1")
    assert result.exit_code == 0, result.output
    shown = data_of(out.read_text(encoding="utf-8"))["nodes"]
    assert len([n for n in shown if n["kind"] != "event"]) == 2
    result = run_view(str(rdf_file), "-o", str(out), "--max-nodes", "4")
    assert result.exit_code == 0, result.output
    data = data_of(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) <= 4
    assert "most connected of 20 entities" in data["meta"]["notes"][0]


def test_kg_view_errors_are_one_line(tmp_path, rdf_file) -> None:  # type: ignore[no-untyped-def]
    result = run_view(str(rdf_file), "-o", str(tmp_path / "v.html"), "--focus", "Atlantis")
    assert result.exit_code == 1
    assert "--focus 'Atlantis' names no node" in result.output
    assert not (tmp_path / "v.html").exists()
    result = run_view(str(tmp_path / "missing.ttl"))
    assert result.exit_code == 1
    assert "missing.ttl" in result.output
    assert run_view().exit_code == 2


def test_a_year_only_date_covers_its_year_not_its_first_day() -> None:
    data = data_of(render_html(year_story()))
    (annexed,) = [n for n in data["nodes"] if n.get("action") == "annex"]
    assert (annexed["date"], annexed["day"], annexed["until"], annexed["when"]) == (
        "2014",
        "2014-01-01",
        "2014-12-31",
        "2014",
    )
    # A day stays a day; an event with no date of its own takes its document's.
    (moved,) = [n for n in data["nodes"] if n["id"] == "event/kyiv-day-one/15-20"]
    assert moved["day"] == moved["until"] == moved["when"]


def test_a_borrowed_point_names_the_place_it_is_from() -> None:
    from kg.model import Entity

    _, entities, events = story()
    town = Entity("place/vellmar", "Vellmar", "place", mentions=1, lat=51.3, long=9.5)
    base = Entity(
        "place/vellmar-air-base",
        "Vellmar Air Base",
        "place",
        mentions=1,
        lat=51.3,
        long=9.5,
        located_in=town.id,
        coordinates_from=town.id,
    )
    data = data_of(render_html(to_networkx([], [*entities, town, base], events)))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["place/vellmar-air-base"]["coordinates_from"] == "Vellmar"
    assert nodes["place/vellmar"]["coordinates_from"] is None


@pytest.mark.parametrize(
    "shape",
    [
        nx.path_graph(2),
        nx.path_graph(9),
        nx.star_graph(40),
        nx.les_miserables_graph(),
        nx.gnm_random_graph(150, 400, seed=3),
    ],
    ids=["pair", "path", "star", "weighted", "random"],
)
def test_spring_layout_is_networkx_s_to_the_bit(shape: nx.Graph) -> None:
    # kg's copy takes each length as sqrt(x*x + y*y) where networkx reduces over an
    # axis of two: the same sums, so the same floats, in the same node order.
    import numpy as np

    from kg.view.layout import spring_layout

    ours, theirs = spring_layout(shape), nx.spring_layout(shape, seed=7, iterations=80)
    assert list(ours) == list(theirs)
    assert all(np.array_equal(ours[n], theirs[n]) for n in shape)


def test_each_actor_a_they_stands_for_has_its_own_event_node() -> None:
    # "They" after two coordinated actors gives the event once per actor, each with its own
    # id (as "Police and soldiers arrested" does): two nodes, ids unique (vis-network
    # refuses a second node of the same id and draws nothing), one actor link each.
    from kg import build
    from kg.model import Document

    text = "Police and soldiers reached the square on Monday. They arrested ten people."
    page = render_html(build([Document(id="two", text=text)]).to_networkx())
    data = data_of(page)
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids))
    arrests = [
        n["id"]
        for n in data["nodes"]
        if n["kind"] == "event" and n["evidence"].startswith("They arrested")
    ]
    assert len(arrests) == 2
    actors = [
        link["from"]
        for link in data["links"]
        if link["event"] in arrests and link["role"] == "actor"
    ]
    assert len(actors) == len(set(actors)) == 2
