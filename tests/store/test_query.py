"""SPARQL over files and stores: results, formats, errors, SERVICE, canned queries, the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from happenings_fixtures import build_reports
from rdf_fixtures import hand_built_graph
from rdflib import Literal, URIRef

from kg import rdf
from kg.cli import main
from kg.errors import InputError, QueryError
from kg.namespace import KG
from kg.store import Result, Store, canned_queries, canned_query, compact, format_result, query

WHO = "SELECT ?event ?action WHERE { ?event kg:action ?action } ORDER BY ?event"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("export")
    return rdf.write_outputs(hand_built_graph().to_rdf(), folder, formats=list(rdf.FORMATS))


@pytest.mark.parametrize("fmt", list(rdf.FORMATS))
def test_every_format_answers_the_same(files: dict[str, Path], fmt: str) -> None:
    result = query([files[fmt]], WHO)
    assert result.variables == ("event", "action")
    assert [str(row[1]) for row in result.rows] == ["leave", "take control of", "leave"]
    assert result == query([files["trig"]], WHO)


def test_several_files_are_one_dataset(tmp_path: Path) -> None:
    graph = hand_built_graph()
    first = rdf.write(
        rdf.to_dataset(graph.documents[:1], graph.entities, graph.events[:2]), tmp_path / "a.trig"
    )
    second = rdf.write(
        rdf.to_dataset(graph.documents[1:], (), graph.events[2:]), tmp_path / "b.ttl"
    )
    assert len(query([first, second], WHO)) == 3


def test_ask_and_construct(files: dict[str, Path]) -> None:
    assert query([files["turtle"]], "ASK { ?e kg:negated true }").boolean is True
    assert query([files["turtle"]], "ASK { ?e kg:action 'fly' }").boolean is False
    built = query([files["turtle"]], "CONSTRUCT { ?e kg:action ?a } WHERE { ?e kg:action ?a }")
    assert built.variables == ("subject", "predicate", "object") and len(built) == 3


def test_bindings_are_values_not_text(files: dict[str, Path]) -> None:
    sparql = "SELECT ?event ?action WHERE { ?event kg:action ?action }"
    result = query([files["trig"]], sparql, bindings={"action": "take control of"})
    assert len(result) == 1
    # Quotes and braces in a value stay a value.
    evil = 'leave" } UNION { ?event ?p ?action'
    assert len(query([files["trig"]], sparql, bindings={"action": evil})) == 0
    iri = URIRef(str(rdf.event_iri(hand_built_graph().events[0])))
    assert [r[1] for r in query([files["trig"]], sparql, bindings={"event": iri}).rows] == [
        Literal("take control of")
    ]
    with pytest.raises(QueryError, match=r"cannot bind \?x: a bound variable must be selected"):
        query([files["trig"]], sparql, bindings={"x": "y"})


@pytest.mark.parametrize(
    ("sparql", "position"),
    [
        ("SELECT * WHERE { ?s ?p }", r"line 1, column 25"),
        # Oxigraph's parser names the furthest point it reached, past the bad FILTER.
        ("SELECT ?s\nWHERE {\n  ?s kg:action ?a .\n  FILTER(?a = )\n}", r"line [45], column \d+"),
        ("SELEC ?s WHERE { ?s ?p ?o }", r"line 1, column \d+"),
    ],
)
def test_syntax_errors_are_one_line_with_the_position(
    files: dict[str, Path], sparql: str, position: str
) -> None:
    with pytest.raises(QueryError) as caught:
        query([files["turtle"]], sparql)
    message = str(caught.value)
    assert re.match(f"invalid SPARQL at {position}: .", message), message
    assert "\n" not in message


def test_undeclared_prefixes_are_an_error(files: dict[str, Path]) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        query([files["turtle"]], "SELECT * WHERE { ?s ex:p ?o }")


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE {\n  ?s ?p ?o .\n  SeRvIcE ?endpoint { ?s ?p ?o }\n}",
    ],
)
def test_service_is_refused(files: dict[str, Path], tmp_path: Path, sparql: str) -> None:
    with pytest.raises(QueryError, match="SERVICE.*--allow-service"):
        query([files["turtle"]], sparql)
    store = tmp_path / "store"
    Store(store).add(hand_built_graph().to_rdf())
    with pytest.raises(QueryError, match="SERVICE"):
        query([store], sparql)


def test_the_word_service_elsewhere_is_fine(files: dict[str, Path]) -> None:
    sparql = (
        "# a SERVICE comment\n"
        'SELECT ?service WHERE { ?service kg:action "SERVICE" . '
        "FILTER(?service != <http://example.org/SERVICE>) }"
    )
    assert query([files["turtle"]], sparql).variables == ("service",)


def test_local_sources_never_reach_the_network(files: dict[str, Path]) -> None:
    # FROM names a graph of the dataset; it is not fetched.
    result = query(
        [files["turtle"]], "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }"
    )
    assert len(result) == 0
    graph_a = rdf.graph_iri("a")
    only_a = query([files["trig"]], f"SELECT ?e FROM <{graph_a}> WHERE {{ ?e a kg:Event }}")
    assert len(only_a) == 2


def test_bad_sources(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no source"):
        query([], WHO)
    with pytest.raises(InputError, match="no such RDF file"):
        query([tmp_path / "missing.ttl"], WHO)
    with pytest.raises(InputError, match="one endpoint URL at a time"):
        query(["http://127.0.0.1:9/query", tmp_path / "x.ttl"], WHO)


# --------------------------------------------------------------------------- formatting


def test_compact_terms() -> None:
    assert compact(KG.Event) == "kg:Event"
    assert compact(rdf.entity_iri("place/port-avel")) == "id:place/port-avel"
    assert compact(URIRef("http://example.org/x")) == "http://example.org/x"
    assert (
        compact(rdf.entity_iri("place/x", base="http://e.org/"), base="http://e.org/")
        == "id:place/x"
    )
    assert compact(None) == ""


def test_table(files: dict[str, Path]) -> None:
    text = format_result(query([files["trig"]], WHO), "table")
    lines = text.splitlines()
    assert re.split(r"\s+", lines[0]) == ["event", "action"]
    assert set(lines[1]) <= {"-", " "}
    assert "id:event/a/17-32" in text and "take control of" in text
    # The prefixes the table used are declared after it.
    assert lines[-2:] == ["(3 rows)", f"PREFIX id: <{rdf.entity_iri('')}>"]
    whole = format_result(query([files["trig"]], WHO), "table", full_iris=True)
    assert f"<{rdf.entity_iri('event/a/17-32')}>" in whole and "PREFIX" not in whole


def test_table_cells_stay_on_one_line() -> None:
    result = Result(("text",), ((Literal("one\ntwo\x00three" + "x" * 100),),))
    lines = format_result(result, "table", max_width=20).splitlines()
    assert len(lines) == 4 and lines[2].endswith("…") and len(lines[2]) == 20


def test_csv_and_tsv_are_the_w3c_formats(files: dict[str, Path]) -> None:
    from rdflib.query import Result as RdflibResult

    sparql = "SELECT ?event ?action ?figure ?value WHERE { ?event kg:action ?action"
    sparql += " OPTIONAL { ?event kg:figure ?figure . ?figure kg:value ?value } } ORDER BY ?event"
    result = query([files["trig"]], sparql)
    event = str(rdf.entity_iri("event/a/17-32"))
    text = format_result(result, "csv")
    assert text.startswith("event,action,figure,value\r\n")  # CRLF, full IRIs
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[2] == [event, "take control of", "", ""]
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0] == "?event\t?action\t?figure\t?value"
    assert tsv[2] == f'<{event}>\t"take control of"\t\t'
    # rdflib's own parsers of the W3C formats read them back to the same rows.
    for fmt in ("csv", "tsv"):
        data = io.BytesIO(format_result(result, fmt).encode("utf-8"))
        theirs = RdflibResult.parse(data, format=fmt)
        assert [str(v) for v in theirs.vars or []] == list(result.variables)
        back = [tuple(row) for row in theirs]
        if fmt == "tsv":  # TSV keeps the terms: the same rows exactly
            assert back == list(result.rows)
        else:  # CSV keeps each value's text
            assert [tuple(str(v) if v is not None else "" for v in row) for row in back] == [
                tuple("" if v is None else str(v) for v in row) for row in result.rows
            ]


def test_json_is_sparql_results_json(files: dict[str, Path]) -> None:
    result = query([files["trig"]], "SELECT ?p ?n WHERE { ?p kg:mentionCount ?n } ORDER BY ?p")
    document = json.loads(format_result(result, "json"))
    assert document["head"]["vars"] == ["p", "n"]
    first = document["results"]["bindings"][0]
    assert first["p"] == {"type": "uri", "value": str(rdf.entity_iri("group/northland-forces"))}
    assert first["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert json.loads(format_result(Result((), (), boolean=True), "json")) == {
        "head": {},
        "boolean": True,
    }
    with pytest.raises(InputError, match="unknown result format"):
        format_result(result, "xml")


def test_unbound_cells_are_empty(files: dict[str, Path]) -> None:
    result = query(
        [files["trig"]],
        "SELECT ?e ?m WHERE { ?e a kg:Event "
        'OPTIONAL { ?e kg:modality ?m FILTER(?m != "asserted") } } ORDER BY ?e',
    )
    assert [row[1] for row in result.rows] == [Literal("possible"), None, None]
    assert "m" not in json.loads(format_result(result, "json"))["results"]["bindings"][1]


# --------------------------------------------------------------------------- canned queries


def test_canned_queries_are_listed_with_descriptions() -> None:
    queries = canned_queries()
    assert set(queries) == {
        "who-did-what",
        "figures-by-source",
        "places",
        "actor-timeline",
        "connected-actors",
        "non-factual",
        "events-at-place",
        "disagreeing-sources",
    }
    for canned in queries.values():
        assert canned.path.read_text("utf-8").startswith("# ")
        assert canned.description and not canned.description.startswith("#")
    with pytest.raises(QueryError, match="no canned query named 'nope'; choose one of"):
        canned_query("nope")


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_canned_queries_use_only_real_terms(name: str) -> None:
    text = canned_query(name).text
    for local in set(re.findall(r"(?<![\w-])kg:(\w+)", text)):
        assert local in KG.__annotations__, f"{name} uses kg:{local}"


def _rows(result: Result) -> list[dict[str, str]]:
    return [{k: compact(v) for k, v in record.items()} for record in result.records()]


def test_who_did_what(files: dict[str, Path]) -> None:
    rows = _rows(query([files["trig"]], canned_query("who-did-what").text))
    took = next(row for row in rows if row["action"] == "take control of")
    assert took["actor"] == "Northland forces" and took["target"] == "Port Avel"
    assert took["source"] == "the defence ministry" and took["time"] == "2022-02-25"
    assert took["negated"] == "false" and took["sentence"].startswith("Northland forces took")
    moved = next(row for row in rows if row["event"] == "id:event/b/39-43")
    assert moved["places"] in {"Lake Town, Port Avel", "Port Avel, Lake Town"}


def test_figures_by_source(files: dict[str, Path]) -> None:
    rows = _rows(query([files["trig"]], canned_query("figures-by-source").text))
    assert [(r["unit"], r["source"], r["value"], r["qualifier"]) for r in rows] == [
        ("member", "(unattributed)", "200", "kg:moreThan"),
        ("person", "Ana Ruiz", "1500", "kg:approximately"),
    ]


def test_places(files: dict[str, Path]) -> None:
    rows = _rows(query([files["trig"]], canned_query("places").text))
    assert [(r["label"], r["events"]) for r in rows] == [
        ("Port Avel", "3"),
        ("Lake Town", "1"),
        ("Northland", "0"),
    ]
    assert rows[0]["lat"] == "48.1" and rows[0]["geonames"] == "https://sws.geonames.org/123456/"


def test_connected_actors(files: dict[str, Path]) -> None:
    rows = _rows(query([files["trig"]], canned_query("connected-actors").text))
    assert [(r["label"], r["partners"]) for r in rows] == [
        ("Ana Ruiz", "2"),
        ("Northland forces", "1"),
    ]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("Ana Ruiz", [("source", "leave")]),
        ("Mayor Ana Ruiz", [("source", "leave")]),  # an alias
        ("the coast guard", [("actor", "leave")]),  # unresolved text
        (rdf.entity_iri("place/port-avel"), [("target", "take control of")]),
        ("Nobody", []),
    ],
)
def test_actor_timeline(
    files: dict[str, Path], actor: str, expected: list[tuple[str, str]]
) -> None:
    result = query([files["trig"]], canned_query("actor-timeline").text, bindings={"actor": actor})
    assert [(compact(r["role"]), compact(r["action"])) for r in result.records()] == expected


# --------------------------------------------------------------------------- the CLI


def test_cli_query_text_file_and_name(files: dict[str, Path], tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["query", str(files["turtle"]), WHO, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "event,action"
    rq = tmp_path / "q.rq"
    rq.write_text(WHO, "utf-8")
    result = runner.invoke(main, ["query", str(files["turtle"]), str(files["trig"]), "-f", str(rq)])
    assert result.exit_code == 0 and "(3 rows)" in result.output
    result = runner.invoke(
        main,
        [
            "query",
            str(files["trig"]),
            "--name",
            "actor-timeline",
            "--param",
            "actor=Ana Ruiz",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["results"]["bindings"]) == 1
    iri = f"actor=<{rdf.entity_iri('place/port-avel')}>"
    result = runner.invoke(main, ["query", str(files["trig"]), "-n", "actor-timeline", "-p", iri])
    assert "take control of" in result.output


def test_cli_list() -> None:
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == len(canned_queries()) and lines[0].startswith("actor-timeline")
    assert "Most connected actors" in result.output


def test_cli_errors_are_one_line(files: dict[str, Path]) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["query", str(files["turtle"]), "SELECT * WHERE { ?s ?p }"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "kg: error: invalid SPARQL at line 1, column 25: expected one of LATERAL, SERVICE, [_]"
    ] or result.output.startswith("kg: error: invalid SPARQL at line 1, column 25")
    assert "Traceback" not in result.output
    result = runner.invoke(
        main,
        [
            "query",
            str(files["turtle"]),
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        ],
    )
    assert result.exit_code == 1 and "--allow-service" in result.output
    result = runner.invoke(main, ["query", str(files["turtle"])])
    assert result.exit_code == 2  # usage: no query
    result = runner.invoke(
        main, ["query", str(files["turtle"]), "-n", "who-did-what", "-f", __file__]
    )
    assert result.exit_code == 2
    result = runner.invoke(
        main, ["query", str(files["turtle"]), "-n", "who-did-what", "-p", "novalue"]
    )
    assert result.exit_code == 1 and "expected NAME=VALUE" in result.output


# --------------------------------------------------------------------------- paging


def test_limit_gives_the_first_rows_and_says_there_are_more(files: dict[str, Path]) -> None:
    everything = query([files["trig"]], WHO)
    assert len(everything) == 3 and not everything.truncated
    page = query([files["trig"]], WHO, limit=2)
    assert page.rows == everything.rows[:2] and page.truncated
    assert page.variables == everything.variables
    exact = query([files["trig"]], WHO, limit=3)
    assert exact.rows == everything.rows and not exact.truncated
    for whole in (None, 0):
        assert query([files["trig"]], WHO, limit=whole) == everything


def test_limit_respects_the_query_s_own_paging(files: dict[str, Path]) -> None:
    everything = query([files["trig"]], WHO).rows
    # Its own smaller LIMIT wins and nothing is cut.
    own = query([files["trig"]], WHO + " LIMIT 1", limit=2)
    assert own.rows == everything[:1] and not own.truncated
    # A larger one is lowered; OFFSET is kept, before or after LIMIT.
    assert query([files["trig"]], WHO + " LIMIT 3", limit=2).rows == everything[:2]
    for tail in (" OFFSET 1", " offset 1 limit 5", " LIMIT 5 OFFSET 1"):
        page = query([files["trig"]], WHO + tail, limit=1)
        assert page.rows == everything[1:2] and page.truncated, tail
    # A trailing VALUES block stays last.
    values = 'SELECT ?e ?a WHERE { ?e kg:action ?a } ORDER BY ?e VALUES ?a { "leave" }'
    assert len(query([files["trig"]], values)) == 2
    page = query([files["trig"]], values, limit=1)
    assert len(page) == 1 and page.truncated


def test_limit_leaves_other_query_forms_and_error_positions_alone(
    files: dict[str, Path],
) -> None:
    assert query([files["turtle"]], "ASK { ?e kg:negated true }", limit=1).boolean is True
    built = "CONSTRUCT { ?e kg:action ?a } WHERE { ?e kg:action ?a }"
    assert len(query([files["turtle"]], built, limit=1)) == 3
    with pytest.raises(QueryError, match=r"^invalid SPARQL at line 1, column 25: "):
        query([files["turtle"]], "SELECT * WHERE { ?s ?p }", limit=5)


def test_a_store_folder_pages_too(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.add(hand_built_graph().to_rdf())
    everything = store.query(WHO)
    page = store.query(WHO, limit=1)
    assert page.rows == everything.rows[:1] and page.truncated
    assert query(tmp_path / "store", WHO, limit=2).rows == everything.rows[:2]


@pytest.mark.parametrize("form", ["text", "local_text"], ids=["portable", "tuned"])
@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_a_page_of_a_canned_query_is_the_start_of_the_whole(
    files: dict[str, Path], tmp_path: Path, name: str, form: str
) -> None:
    text = getattr(canned_query(name), form)
    bindings = {"actor": "Northland forces"} if name == "actor-timeline" else None
    dataset = hand_built_graph().to_rdf()
    trig = files["trig"]
    if name == "disagreeing-sources":
        # The hand-built graph has no happening: two reports that disagree.
        dataset = rdf.from_quads(build_reports(["gov", "ministry"]))
        trig = rdf.write_outputs(dataset, tmp_path / "files", formats=["trig"])["trig"]
    store = Store(tmp_path / "store")
    store.add(dataset)
    for run in (
        lambda limit: query([trig], text, bindings=bindings, limit=limit),
        lambda limit: store.query(text, bindings=bindings, limit=limit),
    ):
        everything = run(None)
        assert len(everything) >= 1
        page = run(1)
        assert page.rows == everything.rows[:1]
        assert page.truncated == (len(everything) > 1)


def _many_events(path: Path, count: int) -> Path:
    # Just what who-did-what needs, for more events than a page holds.
    lines = [
        "@prefix kg: <https://w3id.org/kg-news/ns#> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
    ]
    for i in range(count):
        lines.append(
            f'<http://example.org/event/{i}> a kg:Event ; kg:action "act {i}" ;'
            f" kg:negated false ; prov:wasDerivedFrom <http://example.org/mention/{i}> ."
            f' <http://example.org/mention/{i}> kg:text "Sentence {i}." .'
        )
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_cli_pages_a_canned_table_and_says_how_to_see_the_rest(tmp_path: Path) -> None:
    from kg.cli.query import CANNED_TABLE_LIMIT

    source = str(_many_events(tmp_path / "many.ttl", CANNED_TABLE_LIMIT + 20))
    runner = CliRunner()
    result = runner.invoke(main, ["query", source, "--name", "who-did-what"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-1] == f"(first {CANNED_TABLE_LIMIT} rows; there are more)"
    assert len(lines) == CANNED_TABLE_LIMIT + 3  # header, rule, rows, count
    assert "--limit 0 shows all" in result.stderr
    every = runner.invoke(main, ["query", source, "--name", "who-did-what", "--limit", "0"])
    assert every.stdout.splitlines()[-1] == f"({CANNED_TABLE_LIMIT + 20} rows)"
    assert every.stderr == ""
    # Programs reading csv get every row unless they ask for fewer.
    csv_out = runner.invoke(main, ["query", source, "-n", "who-did-what", "--format", "csv"])
    assert len(csv_out.stdout.splitlines()) == CANNED_TABLE_LIMIT + 21
    few = runner.invoke(
        main, ["query", source, "-n", "who-did-what", "--format", "csv", "--limit", "5"]
    )
    assert len(few.stdout.splitlines()) == 6 and "--limit 0" in few.stderr
    # A query of one's own is not paged unless asked.
    own = runner.invoke(main, ["query", source, "SELECT ?e WHERE { ?e a kg:Event }"])
    assert own.stdout.splitlines()[-1] == f"({CANNED_TABLE_LIMIT + 20} rows)"
    paged = runner.invoke(
        main, ["query", source, "SELECT ?e WHERE { ?e a kg:Event }", "--limit", "7"]
    )
    assert paged.stdout.splitlines()[-1] == "(first 7 rows; there are more)"
    bad = runner.invoke(main, ["query", source, "-n", "places", "--limit", "-1"])
    assert bad.exit_code == 2


# --------------------------------------------------------------------------- canned query details


def test_who_did_what_leaves_places_unbound_when_there_are_none(files: dict[str, Path]) -> None:
    text = canned_query("who-did-what").text
    rows = {compact(r["event"]): r["places"] for r in query([files["trig"]], text).records()}
    assert rows["id:event/a/17-32"] is None
    # Joined in name order, whatever order the store holds them in.
    assert rows["id:event/b/39-43"] == Literal("Lake Town, Port Avel")


def test_who_did_what_lists_what_happened_and_non_factual_the_rest(
    files: dict[str, Path],
) -> None:
    facts = query([files["trig"]], canned_query("who-did-what").text).records()
    # The coast guard "may have left": a possibility, not a fact, so not listed as one.
    assert {compact(r["event"]) for r in facts} == {"id:event/a/17-32", "id:event/b/39-43"}
    text = canned_query("non-factual").text
    others = query([files["trig"]], text).records()
    assert [(compact(r["event"]), str(r["modality"])) for r in others] == [
        ("id:event/a/135-139", "possible")
    ]
    assert query([files["trig"]], text, bindings={"modality": "requested"}).records() == []


def test_actor_timeline_names_the_other_side(files: dict[str, Path]) -> None:
    text = canned_query("actor-timeline").text
    took = query([files["trig"]], text, bindings={"actor": "Northland forces"}).records()
    assert [(compact(r["role"]), compact(r["other"])) for r in took] == [("actor", "Port Avel")]
    taken = query([files["trig"]], text, bindings={"actor": "Port Avel"}).records()
    assert [(compact(r["role"]), compact(r["other"])) for r in taken] == [
        ("target", "Northland forces")
    ]


def test_figures_by_source_orders_units_and_puts_figures_without_one_last(
    files: dict[str, Path], tmp_path: Path
) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix kg: <https://w3id.org/kg-news/ns#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<http://example.org/e> kg:figure <http://example.org/f> ; kg:action "count" ;\n'
        "  kg:document <http://example.org/d> .\n"
        "<http://example.org/f> a kg:Figure ; kg:value 7.0 ; kg:qualifier kg:exact ;\n"
        '  rdfs:label "seven" .\n'
        '<http://example.org/e2> kg:figure <http://example.org/f2> ; kg:action "count" ;\n'
        '  kg:document <http://example.org/d> ; kg:source "a witness" .\n'
        "<http://example.org/f2> a kg:Figure ; kg:value 9.0 ; kg:qualifier kg:exact ;\n"
        '  rdfs:label "9 members" ; kg:unit "member" .\n',
        "utf-8",
    )
    text = canned_query("figures-by-source").text
    rows = _rows(query([files["trig"], extra], text))
    assert [(r["unit"], r["source"], r["value"]) for r in rows] == [
        ("member", "(unattributed)", "200"),
        ("member", "a witness", "9"),
        ("person", "Ana Ruiz", "1500"),
        ("(no unit)", "(unattributed)", "7"),
    ]
    # Binding the unit narrows the report to it.
    members = _rows(query([files["trig"], extra], text, bindings={"unit": "member"}))
    assert [(r["source"], r["value"]) for r in members] == [
        ("(unattributed)", "200"),
        ("a witness", "9"),
    ]
    unitless = _rows(query([files["trig"], extra], text, bindings={"unit": "(no unit)"}))
    assert [(r["figure"], r["value"]) for r in unitless] == [("seven", "7")]


def test_connected_actors_narrows_to_one_bound_actor(files: dict[str, Path]) -> None:
    text = canned_query("connected-actors").text
    one = query([files["trig"]], text, bindings={"actor": rdf.entity_iri("person/ana-ruiz")})
    assert [(r["label"], r["partners"], r["events"]) for r in _rows(one)] == [
        ("Ana Ruiz", "2", "1")
    ]
    everyone = {r["label"]: r for r in _rows(query([files["trig"]], text))}
    assert everyone["Ana Ruiz"]["partners"] == "2"


def _long_names_graph(graphs: dict[str, str]) -> str:
    """Two documents whose labels and IRIs are past Oxigraph's 15 inline bytes.

    ``graphs`` names the graph each document is in (TriG); a document not in it
    is in the default graph. The event IRIs have kg's shape under a base without
    "/event/" in it.
    """
    dates = {"documentA": "2022-03-01", "documentB": "2022-02-15"}
    # document -> (event, action, trigger start, more properties); offsets 5 and 40
    # sort one way as numbers and the other as text.
    events: dict[str, list[tuple[str, str, int | None, str]]] = {
        "documentA": [
            ("first", "meet", 5, " ; kg:figure :f3 ; kg:source :board"),
            ("second", "warn", 40, " ; kg:source :unlabelled ; kg:figure :f2"),
            ("vague", "visit", 60, ' ; kg:timeText "last spring"'),
        ],
        "documentB": [
            ("late", "leave", 5, " ; kg:figure :f1"),
            ("earlier", "plan", 90, ' ; kg:time "2022-02-01"^^xsd:date'),
            # An event IRI of another shape than kg's: sorted by the IRI among its day's documents.
            ("odd", "praise", None, ""),
        ],
    }
    parts = [
        "@prefix kg: <https://w3id.org/kg-news/ns#> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "@prefix : <http://example.org/> .\n"
        ':council a kg:Actor ; rdfs:label "Spokesperson of the regional council" ;\n'
        '  kg:alias "the council\'s spokesperson" .\n'
        ':board a kg:Actor ; rdfs:label "Alpha board of the regional council" .\n'
    ]
    for document, rows in events.items():
        lines = [f':{document} a kg:Document ; kg:date "{dates[document]}"^^xsd:date .']
        for name, action, start, extra in rows:
            event = (
                f"<urn:test:event/{document}/{start}-{start + 4}>"
                if start is not None
                else f":{name}"
            )
            lines.append(
                f"{event} a kg:Event ; kg:actor :council ; kg:target :board ;\n"
                f"  kg:action {action!r} ; kg:negated false ; kg:document :{document} ;\n"
                f"  prov:wasDerivedFrom :m{name}{extra} .\n"
                f':m{name} kg:start {start or 0} ; kg:text "Sentence {name}." .'
            )
        text = "\n".join(lines)
        graph = graphs.get(document)
        parts.append(f"GRAPH :{graph} {{\n{text}\n}}\n" if graph else f"{text}\n")
    parts.append(
        ':f1 a kg:Figure ; kg:unit "member" ; kg:value 3 ; kg:qualifier kg:exact ;\n'
        '  rdfs:label "three members of the board" .\n'
        ':f2 a kg:Figure ; kg:unit "member" ; kg:value 8 ; kg:qualifier kg:exact ;\n'
        '  rdfs:label "eight members of the board" .\n'
        ':f3 a kg:Figure ; kg:unit "member" ; kg:value 5 ; kg:qualifier kg:exact ;\n'
        '  rdfs:label "five members of the board" .\n'
    )
    return "".join(parts)


#: actor-timeline's rows in order: by date (the event's, else the document's), then
#: document, then place in it; "when" shows the event's date, else its time as
#: written, else the document's.
_TIMELINE = [
    ("plan", "2022-02-01"),
    ("praise", "2022-02-15"),
    ("leave", "2022-02-15"),
    ("meet", "2022-03-01"),
    ("warn", "2022-03-01"),
    ("visit", "last spring"),
]


@pytest.mark.parametrize(
    "graphs",
    [
        {"documentA": "graph-a", "documentB": "graph-b"},
        {},
        {"documentA": "graph-a"},
        {"documentA": "everything", "documentB": "everything"},
    ],
    ids=["named graphs", "default graph", "both", "one graph"],
)
@pytest.mark.parametrize("form", ["text", "local_text"], ids=["portable", "tuned"])
def test_canned_orders_hold_for_long_labels_and_iris(
    tmp_path: Path, graphs: dict[str, str], form: str
) -> None:
    # Labels and IRIs past Oxigraph's 15 inline bytes are the keys sorted by text.
    # actor-timeline joins the dates of a graph holding one dated document, and
    # looks them up for each event of a graph holding several (a Turtle file,
    # whose triples kg keeps in one graph).
    data = tmp_path / ("long.trig" if graphs else "long.ttl")
    data.write_text(_long_names_graph(graphs), "utf-8")
    store = Store(tmp_path / "store")
    store.add(rdf.read_quads([data]))
    for run in (lambda text, **kw: query([data], text, **kw), store.query):
        for actor in (
            "Spokesperson of the regional council",
            "the council's spokesperson",
            URIRef("http://example.org/council"),
        ):
            timeline = run(getattr(canned_query("actor-timeline"), form), bindings={"actor": actor})
            rows = [(compact(r["action"]), compact(r["when"])) for r in timeline.records()]
            # A graph with several dated documents (kg push --graph; a Turtle
            # file, kept in one graph) has each event's document looked up.
            assert rows == _TIMELINE, actor
        actors = _rows(run(getattr(canned_query("connected-actors"), form)))
        assert [r["label"] for r in actors] == [
            "Alpha board of the regional council",
            "Spokesperson of the regional council",
        ]
        figures = _rows(run(getattr(canned_query("figures-by-source"), form)))
        # Sources by their text: none ("(unattributed)"), a label, an IRI without one.
        assert [(r["source"], r["value"]) for r in figures] == [
            ("(unattributed)", "3"),
            ("Alpha board of the regional council", "5"),
            ("http://example.org/unlabelled", "8"),
        ]


def test_cli_params_find_names_in_any_case_and_take_compact_iris(
    files: dict[str, Path],
) -> None:
    runner = CliRunner()

    def timeline(param: str) -> str:
        result = runner.invoke(
            main,
            ["query", str(files["trig"]), "-n", "actor-timeline", "-p", param, "--format", "csv"],
        )
        assert result.exit_code == 0, result.output
        return result.stdout

    exact = timeline("actor=Ana Ruiz")
    assert exact.count("\n") == 2  # the header and one event (the runner reads CRLF as LF)
    assert timeline("actor=ana ruiz") == exact
    assert timeline("actor=MAYOR ANA RUIZ").count("\n") == 2  # an alias, in any case
    assert timeline("actor=THE COAST GUARD").count("\n") == 2  # a role's text
    # A compact IRI as a table prints it is that IRI.
    port = timeline(f"actor=<{rdf.entity_iri('place/port-avel')}>")
    assert timeline("actor=id:place/port-avel") == port and port.count("\n") == 2
    assert timeline("actor=nobody").count("\n") == 1
