"""What `kg build` says and returns for bad input and failures: never a traceback.

Exit status 0 done, 1 bad data or a failure, 2 bad usage; ``--debug`` shows the
traceback. Most tests run the command in-process with click's CliRunner (the
model loads once); a few run ``python -m kg`` for real exit codes and streams.
"""

from __future__ import annotations

import errno
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from kg.cli import main
from kg.errors import InputError


def build_module() -> ModuleType:
    """The module kg.building, where the function ``kg.build`` lives."""
    return importlib.import_module("kg.building")


ROOT = Path(__file__).resolve().parents[2]

ENGLISH = (
    "Russian forces shelled the eastern city of Kharkiv on Monday, killing at least "
    "twelve people, regional officials said. The attack came a day after talks in "
    "Belarus ended without an agreement on a ceasefire."
)


@pytest.fixture(scope="module")
def model(nlp: Language) -> Language:
    """The pipeline, loaded once; the CLI finds it in load_pipeline's cache."""
    return nlp


def kg(*args: str | os.PathLike[str], stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def assert_clean(result: Result, code: int) -> str:
    """The exit code is ``code``, stderr has no traceback; returns stderr."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    if code:
        assert isinstance(result.exception, SystemExit), result.exception
    return result.stderr


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("kg: warning:")]


def mentions_of(out: Path) -> list[tuple[str, int, int]]:
    """(text, start, end) of every mention in the Turtle export."""
    from rdflib import Graph

    from kg.namespace import KG

    graph = Graph().parse(out / "graph.ttl", format="turtle")
    result = []
    for node in set(graph.subjects(KG.start, None)):
        text = graph.value(node, KG.text)
        start = graph.value(node, KG.start)
        end = graph.value(node, KG.end)
        result.append((str(text), int(start), int(end)))  # type: ignore[arg-type]
    return result


# --------------------------------------------------------------------------- usage: exit 2


def test_usage_errors_exit_2() -> None:
    result = kg("build", "--format", "nope")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
    assert kg("no-such-command").exit_code == 2


# --------------------------------------------------------------------------- bad data: exit 1


def test_missing_path(tmp_path: Path) -> None:
    stderr = assert_clean(kg("build", tmp_path / "nowhere.txt", "-o", tmp_path / "out"), 1)
    assert error_lines(stderr) == [
        f"kg: error: {tmp_path / 'nowhere.txt'}: no such file or folder; check the path"
    ]


def test_missing_path_fails_before_the_model_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")

    def no_model(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model was loaded before the paths were checked")

    # kg.parallel first: importing it while kg.pipeline's function is patched would
    # bind the stand-in for good (monkeypatch would restore the stand-in it found).
    monkeypatch.setattr("kg.parallel.load_pipeline", no_model, raising=False)
    monkeypatch.setattr("kg.pipeline.load_pipeline", no_model)
    result = kg("build", tmp_path / "a.txt", tmp_path / "typo.txt", "-o", tmp_path / "out")
    stderr = assert_clean(result, 1)
    assert error_lines(stderr) == [
        f"kg: error: {tmp_path / 'typo.txt'}: no such file or folder; check the path"
    ]


def test_debug_shows_the_exception(tmp_path: Path) -> None:
    result = kg("--debug", "build", tmp_path / "nowhere.txt", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)


def test_folder_with_mixed_files(model: Language, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (corpus / "b.txt").write_bytes(b"\x00\x01binary" * 20)
    result = kg("build", corpus, "-o", tmp_path / "out", "--no-html")
    stderr = assert_clean(result, 0)
    assert f"kg: warning: {corpus / 'scan.pdf'}: skipped" in stderr
    assert f"kg: warning: {corpus / 'b.txt'}: looks like a binary file" in stderr
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(bytes(range(256)) * 8)
    stderr = assert_clean(kg("build", path, "-o", tmp_path / "out"), 1)
    assert error_lines(stderr) == [
        f"kg: error: {path}: looks like a binary file, not text; convert it to plain text"
    ]


def test_cp1252_file_is_read(model: Language, tmp_path: Path) -> None:
    text = "Caf\u00e9 owners fled Kharkiv. " + ENGLISH
    path = tmp_path / "win.txt"
    path.write_bytes(text.encode("cp1252"))
    out = tmp_path / "out"
    stderr = assert_clean(kg("build", path, "-o", out, "--no-html"), 0)
    assert f"kg: warning: {path}: not UTF-8, read as Windows-1252" in stderr
    for mention, start, end in mentions_of(out):
        assert text[start:end] == mention


@pytest.mark.parametrize("content", ["", "  \n\n\t "])
def test_only_empty_documents(model: Language, tmp_path: Path, content: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    stderr = assert_clean(kg("build", path, "-o", tmp_path / "out"), 1)
    assert f"kg: warning: {path}: empty document, skipped" in stderr
    assert error_lines(stderr) == ["kg: error: no documents found in the input"]
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.parametrize("content", ["", "  \n\t "])
def test_an_empty_page_is_skipped_beside_a_good_one(
    model: Language, tmp_path: Path, content: str
) -> None:
    # lxml refuses to parse an empty page ("Document is empty"): kg skips it, as an empty
    # text file, and builds the rest.
    (tmp_path / "blank.html").write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    result = kg("build", tmp_path / "blank.html", tmp_path / "good.txt", "-o", out, "--no-html")
    stderr = assert_clean(result, 0)
    assert f"kg: warning: {tmp_path / 'blank.html'}: no text in the page, skipped" in stderr
    assert (out / "graph.ttl").exists()


def test_empty_document_beside_a_good_one(model: Language, tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    result = kg("build", tmp_path / "blank.txt", tmp_path / "good.txt", "-o", out, "--no-html")
    stderr = assert_clean(result, 0)
    assert "empty document, skipped" in stderr
    assert result.stdout.startswith("1 documents")


def test_document_over_max_length(
    model: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small max_length stands in for spaCy's million characters: the same
    # code path, a thousand times faster.
    monkeypatch.setattr(model, "max_length", 400)
    text = "\n\n".join(
        f"Report {i}. Russian forces shelled Kharkiv on Monday, killing {i + 2} people, "
        "officials said. Ukrainian troops recaptured the village of Mala Rohan."
        for i in range(12)
    )
    assert len(text) > 3 * model.max_length
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert_clean(kg("build", path, "-o", out, "--no-html", "-q", "--workers", "1"), 0)
    mentions = mentions_of(out)
    assert mentions, "no events read from the long document"
    assert max(end for _, _, end in mentions) > 2 * model.max_length
    for mention, start, end in mentions:
        assert text[start:end] == mention


def test_a_single_one_megabyte_token(model: Language, tmp_path: Path) -> None:
    # Longer than spaCy's default max_length (1,000,000) and without a space
    # to cut at; the sentence after it must keep its true offsets.
    token = "x" * (1 << 20)
    tail = " Russian forces shelled Kharkiv on Monday, officials said."
    path = tmp_path / "token.txt"
    path.write_text(token + tail, encoding="utf-8")
    out = tmp_path / "out"
    assert_clean(kg("build", path, "-o", out, "--no-html", "-q", "--workers", "1"), 0)
    text = token + tail
    mentions = mentions_of(out)
    assert mentions, "the sentence after the long token was lost"
    for mention, start, end in mentions:
        assert text[start:end] == mention
        assert mention.endswith("officials said.")


def test_malformed_json_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": ENGLISH}) + "\n" + "{'text': 'single quotes'}\n")
    stderr = assert_clean(kg("build", path, "-o", tmp_path / "out"), 1)
    [line] = error_lines(stderr)
    assert line.startswith(f"kg: error: {path}, line 2: not valid JSON")


def test_json_line_without_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "title": "No body"}) + "\n")
    stderr = assert_clean(kg("build", path, "-o", tmp_path / "out"), 1)
    assert error_lines(stderr) == [
        f"kg: error: {path}, line 1: no 'text' field; each record needs the article text"
    ]


def test_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": ENGLISH}) + "\n" + json.dumps({"id": "x", "text": "B."})
    )
    stderr = assert_clean(kg("build", path, "-o", tmp_path / "out"), 1)
    assert error_lines(stderr) == [
        f"kg: error: {path}, line 2: duplicate document id 'x' (first seen in {path}, line 1);"
        " give each document a unique id"
    ]


def test_html_on_stdin(model: Language, tmp_path: Path) -> None:
    page = f"<html><body><h1>Kharkiv</h1><p>{ENGLISH}</p><script>alert(1)</script></body></html>"
    out = tmp_path / "out"
    stderr = assert_clean(kg("build", "-", "-o", out, "--no-html", stdin=page), 0)
    assert "kg: warning: stdin: looks like HTML; read as a news page" in stderr
    converted = ENGLISH
    mentions = mentions_of(out)
    assert mentions
    for mention, start, end in mentions:
        assert converted[start:end] == mention


def test_another_language_is_refused(model: Language, tmp_path: Path) -> None:
    german = (
        "Russische Truppen haben am Montag die Stadt Charkiw beschossen und dabei "
        "mindestens zw\u00f6lf Menschen get\u00f6tet, teilten die Beh\u00f6rden mit. "
        "Der Angriff erfolgte einen Tag nach Gespr\u00e4chen in Belarus."
    )
    stderr = assert_clean(kg("build", "-", "-o", tmp_path / "out", "--no-html", stdin=german), 1)
    assert error_lines(stderr) == [
        "kg: error: stdin: written in German (de), not English (en), which the model reads;"
        " --lang de (or any) reads it anyway"
    ]
    out = tmp_path / "out"
    assert_clean(kg("build", "-", "-o", out, "--no-html", "--lang", "any", stdin=german), 0)
    assert '"de"' in (out / "graph.ttl").read_text(encoding="utf-8")


def test_empty_stdin(model: Language, tmp_path: Path) -> None:
    stderr = assert_clean(kg("build", "-", "-o", tmp_path / "out", stdin=""), 1)
    assert "kg: warning: stdin: empty, no document read" in stderr
    assert error_lines(stderr) == ["kg: error: no documents found in the input"]


def test_stdin_cut_short(tmp_path: Path) -> None:
    data = json.dumps({"id": "a", "text": ENGLISH}) + '\n{"id": "b", "te'
    stderr = assert_clean(kg("build", "-", "-o", tmp_path / "out", stdin=data), 1)
    [line] = error_lines(stderr)
    assert line.startswith("kg: error: stdin, line 2: not valid JSON")
    assert line.endswith("the input seems cut short")


# --------------------------------------------------------------------------- outputs


def test_output_path_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    target = tmp_path / "taken"
    target.write_text("keep me", encoding="utf-8")
    stderr = assert_clean(kg("build", tmp_path / "a.txt", "-o", target), 1)
    [line] = error_lines(stderr)
    assert line.startswith(f"kg: error: --out {target}: is a file, not a folder")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_output_folder_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    stderr = assert_clean(kg("build", tmp_path / "a.txt", "-o", tmp_path / "file" / "out"), 1)
    [line] = error_lines(stderr)
    assert line.startswith(f"kg: error: --out {tmp_path / 'file' / 'out'}: cannot create")


@pytest.mark.parametrize(
    ("code", "reason", "hint"),
    [
        (errno.EACCES, "Permission denied", "choose a path you may write to"),
        (errno.ENOSPC, "No space left on device", "free some disk space"),
    ],
)
def test_output_cannot_be_written(
    model: Language,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    reason: str,
    hint: str,
) -> None:
    # Running as root ignores permissions and the disk is not full, so the
    # operating system's refusal is injected where the bytes are written.
    import tempfile

    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(code, os.strerror(code), str(Path(str(kwargs.get("dir", "."))) / "graph.ttl"))

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    stderr = assert_clean(kg("build", tmp_path / "a.txt", "-o", out, "-q"), 1)
    [line] = error_lines(stderr)
    assert line.startswith(f"kg: error: {out / 'graph.ttl'}: {reason}; {hint}")


def test_unexpected_exception_is_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(build_module(), "build", broken)
    monkeypatch.setattr(build_module(), "build_stream", broken, raising=False)
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    stderr = assert_clean(kg("build", tmp_path / "a.txt", "-o", tmp_path / "out"), 1)
    lines = error_lines(stderr)
    assert lines[0] == "kg: error: unexpected RuntimeError: something nobody expected"
    assert "kg --debug" in lines[1]
    assert len(lines) == 2

    result = kg("--debug", "build", tmp_path / "a.txt", "-o", tmp_path / "out")
    assert isinstance(result.exception, RuntimeError)


def test_interrupt_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module(), "build", interrupted)
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    stderr = assert_clean(kg("build", tmp_path / "a.txt", "-o", tmp_path / "out"), 130)
    assert "kg: interrupted" in stderr


# --------------------------------------------------------------------------- real processes


def run_kg(*args: str | os.PathLike[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KG_DEBUG", None)
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "kg", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        **kwargs,
    )


def test_exit_codes_of_the_real_command(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"

    done = run_kg("build", tmp_path / "a.txt", "-o", out, "--no-html", "-q", "--workers", "1")
    assert (done.returncode, done.stderr) == (0, "")
    assert (out / "graph.ttl").stat().st_size > 0

    usage = run_kg("build", "--format", "nope")
    assert usage.returncode == 2 and "Invalid value" in usage.stderr

    bad = run_kg("build", tmp_path / "missing.txt", "-o", out)
    assert bad.returncode == 1
    assert bad.stderr.splitlines() == [
        f"kg: error: {tmp_path / 'missing.txt'}: no such file or folder; check the path"
    ]

    debug = run_kg("--debug", "build", tmp_path / "missing.txt", "-o", out)
    assert debug.returncode == 1
    assert "Traceback" in debug.stderr and "kg.errors.InputError" in debug.stderr


def test_closed_stdin_in_a_real_process(tmp_path: Path) -> None:
    def close_stdin() -> None:
        os.close(0)

    result = run_kg("build", "-", "-o", tmp_path / "out", preexec_fn=close_stdin)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("kg: error: stdin is closed")
    assert "Traceback" not in result.stderr


def test_a_view_that_cannot_be_drawn_is_one_sentence_and_keeps_the_earlier_files(
    model: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The view is drawn in a child process while the RDF is written: its error
    # still comes back as the command's one sentence, before any file is replaced.
    from kg.errors import KGError
    from kg.graph import KnowledgeGraph

    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    assert_clean(kg("build", tmp_path / "a.txt", "-o", out, "-q"), 0)
    before = {path.name: path.read_bytes() for path in out.iterdir()}

    def broken(self: KnowledgeGraph, *args: object, **kwargs: object) -> str:
        raise KGError("the view cannot be drawn here")

    monkeypatch.setattr(KnowledgeGraph, "to_html", broken)
    stderr = assert_clean(kg("build", tmp_path / "a.txt", "-o", out, "-q", "--fresh"), 1)
    assert error_lines(stderr) == ["kg: error: the view cannot be drawn here"]
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
