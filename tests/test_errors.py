"""The exception tree and how the CLI reports each kind of failure."""

from __future__ import annotations

import errno
import importlib
import os
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

import kg
import kg.errors as errors
from kg.cli import main


def build_module() -> ModuleType:
    """The module kg.building, where the function ``kg.build`` lives."""
    return importlib.import_module("kg.building")


LEAVES = {
    errors.InputError: ValueError,
    errors.ModelError: LookupError,
    errors.QueryError: ValueError,
    errors.StoreError: Exception,
    errors.EndpointError: ConnectionError,
    errors.ValidationError: Exception,
}


def test_one_root_and_its_leaves() -> None:
    assert set(errors.__all__) == {"KGError", *(leaf.__name__ for leaf in LEAVES)}
    for leaf, builtin in LEAVES.items():
        assert issubclass(leaf, errors.KGError) and issubclass(leaf, builtin)
        assert getattr(kg, leaf.__name__) is leaf
    assert kg.KGError is errors.KGError


def test_library_callers_can_catch_builtins() -> None:
    # A caller who knows nothing of kg still catches bad input as ValueError.
    with pytest.raises(ValueError, match="no such file"):
        kg.build([Path("/nonexistent/kg/input.txt")])


@pytest.mark.parametrize("leaf", sorted(LEAVES, key=lambda c: c.__name__))
def test_every_leaf_is_one_line_and_exit_1(
    leaf: type[errors.KGError], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise leaf(f"{leaf.__name__} says what and what to do")

    monkeypatch.setattr(build_module(), "build", fail)
    (tmp_path / "a.txt").write_text("Kyiv was shelled.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"kg: error: {leaf.__name__} says what and what to do\n"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "out/graph.ttl"),
            "out/graph.ttl: No space left on device; free some disk space and run again;"
            " earlier outputs are intact",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "/srv/out"),
            "/srv/out: Permission denied; choose a path you may write to"
            " (for example --out another folder)",
        ),
        (
            OSError(errno.EROFS, "Read-only file system", "/mnt/ro/graph.ttl"),
            "/mnt/ro/graph.ttl: Read-only file system; the file system is read-only;"
            " choose another path",
        ),
        (
            OSError(errno.EMFILE, "Too many open files"),
            "Too many open files; too many open files; raise the limit (ulimit -n)"
            " or read fewer files at once",
        ),
        (OSError("odd"), "odd"),
    ],
)
def test_operating_system_errors(
    error: OSError, expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(build_module(), "build", fail)
    (tmp_path / "a.txt").write_text("Kyiv was shelled.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (1, f"kg: error: {expected}\n")


def test_debug_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_DEBUG", "1")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing.txt")])
    assert isinstance(result.exception, errors.InputError)


def test_broken_pipe_is_quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    monkeypatch.setattr(build_module(), "build", fail)
    monkeypatch.setattr("kg.cli._silence_stdout", lambda: None)
    (tmp_path / "a.txt").write_text("Kyiv was shelled.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (1, "")
