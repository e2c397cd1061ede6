"""``kg build --out`` ends its process without the interpreter's teardown, output intact."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TEXT = (
    "The harbour authority of Port Velden closed two piers on Tuesday after a crane "
    "collapsed, a spokeswoman said. Repairs will take a month."
)

# The command as `kg` runs it, with an exit handler that says whether the
# interpreter's teardown ran (it runs handlers before freeing the modules).
_PROGRAM = """
import atexit, sys
atexit.register(lambda: print("torn down", flush=True))
from kg.cli import main
sys.argv = ["kg", *sys.argv[1:]]
main(prog_name="kg")
"""


def _run(*args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KG_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-c", _PROGRAM, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_a_build_into_a_folder_skips_the_teardown_and_keeps_its_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    done = _run("build", tmp_path / "a.txt", "-o", out, "--workers", "1")
    assert (done.returncode, done.stderr) == (0, "")
    # Everything printed reached the pipe (flushed before the end), the teardown did not run.
    assert "torn down" not in done.stdout
    assert done.stdout.rstrip().endswith(f"wrote {out / 'graph.html'}")
    for name in ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html", ".kg-extractions.jsonl"):
        assert (out / name).stat().st_size > 0
    assert not list(out.glob(".*.tmp"))


def test_other_commands_end_as_usual(tmp_path: Path) -> None:
    done = _run("build", "--help")
    assert done.returncode == 0
    assert "torn down" in done.stdout
