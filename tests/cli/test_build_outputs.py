"""What `kg build` leaves in --out and --store across builds, run as real processes.

- A file an earlier build wrote and a later one was not asked for (``--format
  nt`` once, ``graph.html`` before ``--no-html``) is removed, and the build says
  so; files kg did not write stay.
- ``--store S --out O`` writes the four files ``--out O`` alone writes, the
  page included.
- ``--fresh`` with ``--store`` starts the store anew; with ``--remove`` it is
  refused in one sentence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
from process_fixtures import kg_process

from kg.outputs import WRITTEN_NAME
from kg.store import Store

TEXTS = {
    "a": "Russian forces shelled Kharkiv on Monday, killing 12 people, officials said.",
    "b": "Rebels seized the town of Goma on Sunday, the army said.",
}


def feed(folder: Path, *ids: str) -> Path:
    path = folder / f"{''.join(ids)}.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": TEXTS[i]}) + "\n" for i in ids), encoding="utf-8"
    )
    return path


def kg(*args: str | Path, code: int = 0) -> tuple[str, str]:
    process = kg_process(*args)
    stdout, stderr = process.communicate()
    assert process.returncode == code, (stdout, stderr)
    assert "Traceback" not in stderr
    return stdout, stderr


def documents(store: Path) -> set[str]:
    found = Store(store).quads()
    is_a = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    document = ox.NamedNode("https://w3id.org/kg-news/ns#Document")
    return {
        q.subject.value.rsplit("/", 1)[1]
        for q in found
        if (q.predicate, q.object) == (is_a, document)
    }


def test_a_file_no_longer_asked_for_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    kg("build", feed(tmp_path, "a"), "--out", out, "--format", "nt", "--format", "graphml")
    assert (out / "graph.nt").is_file() and (out / "graph.graphml").is_file()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    stdout, _ = kg("build", feed(tmp_path, "b"), "--out", out, "--format", "nt", "--no-html")
    names = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert names == {"graph.ttl", "graph.jsonld", "graph.trig", "graph.nt", "notes.txt"}
    assert f"  removed {out / 'graph.graphml'} (an earlier build wrote it" in stdout
    assert f"  removed {out / 'graph.html'} (an earlier build wrote it" in stdout
    listed = (out / WRITTEN_NAME).read_text(encoding="utf-8").split()
    assert listed == ["graph.jsonld", "graph.nt", "graph.trig", "graph.ttl"]
    # What the folder holds is the merged build's: both documents.
    assert "document/a>" in (out / "graph.nt").read_text(encoding="utf-8")


def test_store_and_out_write_the_files_out_alone_writes(tmp_path: Path) -> None:
    source = feed(tmp_path, "a", "b")
    kg("build", source, "--out", tmp_path / "alone")
    stdout, _ = kg("build", source, "--store", tmp_path / "store", "--out", tmp_path / "both")

    def files(folder: Path) -> set[str]:
        return {p.name for p in folder.iterdir()}

    assert files(tmp_path / "both") == files(tmp_path / "alone")
    assert "graph.html" in files(tmp_path / "both")
    assert f"wrote {tmp_path / 'both' / 'graph.html'}" in stdout

    # The page is drawn from the same documents, resolved the same way: the same
    # nodes and edges (their starting positions differ from one run to the next).
    def page(folder: Path) -> str:
        text = (folder / "graph.html").read_text(encoding="utf-8")
        return re.sub(r'"x": [-\d.e+]+, "y": [-\d.e+]+', "", text)

    assert page(tmp_path / "both") == page(tmp_path / "alone")


def test_fresh_starts_the_store_anew(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg("build", feed(tmp_path, "a"), "--store", store, "-q")
    kg("build", feed(tmp_path, "b"), "--store", store, "-q")
    assert documents(store) == {"a", "b"}
    stdout, _ = kg("build", feed(tmp_path, "b"), "--store", store, "--fresh")
    assert "--fresh: the store holds these documents alone" in stdout
    assert documents(store) == {"b"}
    assert not any("Kharkiv" in str(q) for q in Store(store).quads())
    # Its record starts anew too: the next build adds to b alone.
    kg("build", feed(tmp_path, "a"), "--store", store, "-q")
    assert documents(store) == {"a", "b"}
    _, stderr = kg("build", "--remove", "a", "--fresh", "--store", store, code=1)
    assert stderr.strip().splitlines() == [
        f"kg: error: --remove: a fresh build keeps no earlier documents in {store} to take"
        " out; drop --fresh or --remove"
    ]
    assert documents(store) == {"a", "b"}
