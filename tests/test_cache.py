"""kg's cache folder: what an older kg left there goes once the new file is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg._cache import cache_folder, remove_older


def test_the_cache_folder_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "kg"
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "own"))
    assert cache_folder() == tmp_path / "own"


def test_older_versions_are_removed_and_a_newer_one_or_another_kind_stays(
    tmp_path: Path,
) -> None:
    kept = tmp_path / "places-v5.sqlite"
    names = ("places-v3.sqlite", "places-v4.sqlite", "places-v5.sqlite", "places-v6.sqlite")
    for name in (*names, "places-vx.sqlite", "langid-1-a.npz"):
        (tmp_path / name).write_text(name)
    remove_older(kept, "places-v", 5, ".sqlite")
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "langid-1-a.npz",
        "places-v5.sqlite",
        "places-v6.sqlite",  # a newer kg's, sharing the folder
        "places-vx.sqlite",
    ]
    assert kept.read_text() == "places-v5.sqlite"
