"""Fixtures shared by the whole suite.

The suite is laid out like the packages it tests (``extract/``, ``rdf/``,
``store/`` ...; top-level modules' tests at this level). spaCy is imported here
for type checkers only, so that a test file that needs no parser collects fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline with kg's components, loaded once per run."""
    from kg.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def samples() -> Path:
    """The bundled sample articles."""
    return SAMPLES


@pytest.fixture(scope="session")
def sample_graph(samples: Path):  # type: ignore[no-untyped-def]
    """The knowledge graph of the sample articles, built once per run."""
    import kg

    return kg.build([samples])
