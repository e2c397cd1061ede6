"""What importing kg's modules loads: no spaCy outside the extractor and the pipeline."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Modules a library reader, the scorer or resolution imports; none needs a parser.
SPACY_FREE = (
    "kg",
    "kg.model",
    "kg.lang.en",
    "kg.gazetteer",
    "kg.resolve",
    "kg.rdf",
    "kg.store",
    "kg.network",
    "kg.view",
    "kg.evaluate",
    "kg.cli",
)


@pytest.mark.parametrize("module", SPACY_FREE)
def test_importing_loads_no_spacy(module: str) -> None:
    # A fresh interpreter: this test process has loaded spaCy long ago.
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m[:5] == 'spacy'))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_importing_a_module_registers_no_spacy_factory() -> None:
    # Language.has_factory would load kg's spacy_factories entry points (and so
    # import kg.pipeline) once kg is installed; the factories' metadata tells
    # what has been registered so far.
    code = (
        "import kg.resolve, kg.gazetteer, kg.extract\n"
        "import kg.components.gazetteer, kg.components.events, kg.components.factories\n"
        "from spacy.language import Language\n"
        "def registered(name):\n"
        "    try:\n"
        "        return bool(Language.get_factory_meta(name))\n"
        "    except ValueError:\n"
        "        return False\n"
        "names = ('kg_article_layout', 'kg_events', 'kg_gazetteer', 'kg_line_breaks')\n"
        "print([n for n in names if registered(n)])\n"
        "import kg.pipeline\n"
        "print([n for n in names if registered(n)])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    before, after = result.stdout.split("\n")[:2]
    assert before == "[]"
    assert after == "['kg_article_layout', 'kg_events', 'kg_gazetteer', 'kg_line_breaks']"
