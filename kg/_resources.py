"""Reading the JSON data files shipped in ``kg/resources`` (package data)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["load_resource"]


def load_resource(name: str) -> dict[str, Any]:
    """Return a JSON file shipped in ``kg/resources`` as a dictionary."""
    text = resources.files("kg").joinpath("resources", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
