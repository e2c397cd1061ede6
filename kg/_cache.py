"""The folder where kg keeps what it builds once per machine and reads in every process.

``$KG_CACHE_DIR``, or ``kg`` under ``$XDG_CACHE_HOME`` (default ``~/.cache``): the place
index (:mod:`kg.placedb`) and the language detector's model unpacked
(:mod:`kg.read.language`).
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_folder", "remove_older"]


def cache_folder() -> Path:
    """``$KG_CACHE_DIR`` or the user's cache folder's ``kg`` (which may not exist yet)."""
    root = os.environ.get("KG_CACHE_DIR")
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kg"


def remove_older(kept: Path, prefix: str, version: int, suffix: str) -> None:
    """Remove the files ``{prefix}{N}{suffix}`` beside ``kept`` whose ``N`` is below
    ``version``: what an older kg left (a place index of an older schema, 50-70 MB) that
    nothing reads again. A newer one stays, so that two kg versions sharing the folder do
    not remove each other's file. Called once ``kept`` is written; a file that cannot be
    removed stays (another user's, or a folder we may not write)."""
    for path in kept.parent.glob(f"{prefix}*{suffix}"):
        number = path.name[len(prefix) : len(path.name) - len(suffix)]
        if path != kept and number.isdigit() and int(number) < version:
            try:
                path.unlink()
            except OSError:
                pass
