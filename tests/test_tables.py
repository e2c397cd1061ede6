"""The graph as tables: KnowledgeGraph.to_pandas, kg.tables and kg export, read by pandas."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pandas
import pytest
from click.testing import CliRunner
from rdf_fixtures import hand_built_graph

from kg import rdf, tables
from kg.cli import main


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return rdf.write(hand_built_graph().to_rdf(), tmp_path_factory.mktemp("t") / "graph.trig")


def test_to_pandas_gives_one_frame_per_table() -> None:
    frames = hand_built_graph().to_pandas()
    assert sorted(frames) == ["entities", "events", "figures"]
    events = frames["events"]
    assert len(events) == 3 and list(events.columns)[:4] == ["event", "document", "action", "actor"]
    took = events[events["action"] == "take control of"].iloc[0]
    assert took["actor"] == "Northland forces"
    assert took["actor_id"].endswith("/group/northland-forces")
    assert took["time"].isoformat() == "2022-02-25" and not took["negated"]
    moved = events[events["event"].str.endswith("/b/39-43")].iloc[0]
    assert moved["places"] == "Lake Town | Port Avel"
    figures = frames["figures"].sort_values("value")
    assert figures["value"].tolist() == [200.0, 1500.0]  # floats, as pandas computes with
    assert figures["qualifier"].tolist() == ["moreThan", "approximately"]
    entities = frames["entities"].set_index("label")
    assert entities.loc["Ana Ruiz", "kind"] == "person"
    assert entities.loc["Ana Ruiz", "aliases"] == "Mayor Ana Ruiz"
    assert entities.loc["Port Avel", "lat"] == pytest.approx(48.1)
    assert entities.loc["Port Avel", "events"] == 3


def test_files_give_the_same_tables_as_the_records(trig: Path) -> None:
    records = hand_built_graph().to_tables()
    for name in tables.TABLES:
        assert tables.table([trig], name) == records[name], name


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_kg_export_is_read_by_pandas(trig: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["export", str(trig), "--table", "events", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        frame = pandas.DataFrame([json.loads(line) for line in result.stdout.splitlines()])
    else:
        frame = pandas.read_csv(io.StringIO(result.stdout), sep="," if fmt == "csv" else "\t")
    expected = hand_built_graph().to_pandas()["events"]
    assert list(frame.columns) == list(expected.columns)
    assert frame["event"].tolist() == expected["event"].tolist()
    assert frame["sentence"].tolist() == expected["sentence"].tolist()


def test_kg_export_refuses_an_unknown_table(trig: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(trig), "--table", "people"])
    assert result.exit_code == 2 and "'people' is not one of" in result.stderr


def test_without_pandas_to_pandas_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        hand_built_graph().to_pandas()
