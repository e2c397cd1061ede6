"""kg's cache folder: what an older kg left there goes once the new file is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg._cache import cache_folder, remove_older
from kg.read import language


def test_the_cache_folder_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "kg"
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "own"))
    assert cache_folder() == tmp_path / "own"


def test_older_files_of_the_same_kind_are_removed_and_nothing_else(tmp_path: Path) -> None:
    kept = tmp_path / "places-v5.sqlite"
    for name in ("places-v4.sqlite", "places-v3.sqlite", "places-v5.sqlite", "langid-1-a.npz"):
        (tmp_path / name).write_text(name)
    remove_older(kept, "places-v*.sqlite")
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "langid-1-a.npz",
        "places-v5.sqlite",
    ]
    assert kept.read_text() == "places-v5.sqlite"


def test_unpacking_the_language_model_removes_an_older_unpacked_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    older = tmp_path / "langid-1-00000000.npz"
    older.write_bytes(b"an older model")
    unpacked = language._unpacked(MODEL_DIR / MODEL_FILE)
    assert unpacked.exists()
    assert not older.exists()
    assert [path.name for path in tmp_path.iterdir()] == [unpacked.name]
