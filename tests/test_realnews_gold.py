"""The hand-annotated real-news gold (data/gold/realnews.jsonl) keeps its format.

The texts live outside the repository (../shared/data), so these tests check only
what the file itself holds; ``python bench/realnews.py --check`` compares every span
with the rebuilt texts when they are present.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def _realnews() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realnews", REPO / "bench" / "realnews.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["realnews"] = module
    spec.loader.exec_module(module)
    return module


realnews = _realnews()


def test_gold_covers_what_the_issue_asks_for() -> None:
    gold = realnews.load_gold()
    events = [e for p in gold for e in p.events]
    assert len(gold) >= 45
    assert len({p.id for p in gold}) == len(gold)
    assert sum(p.id.startswith("rams:") for p in gold) == realnews.RAMS_PASSAGES
    assert len(events) >= 250
    assert sum(e.source is not None for e in events) >= 60
    assert sum(e.modality not in ("asserted", "negated") for e in events) >= 40
    assert sum(len(e.figures) for e in events) >= 40
    # Every modality of the vocabulary is exercised.
    assert set(Counter(e.modality for e in events)) == set(realnews.MODALITIES)


def test_spans_sit_in_their_window_and_roles_near_their_trigger() -> None:
    for passage in realnews.load_gold():
        for event in passage.events:
            assert passage.window[0] <= event.trigger.start < event.trigger.end <= passage.window[1]
            assert event.negated or event.modality != "negated"
            for figure in event.figures:
                # Units are singular lowercase nouns ("person", "missile"), as kg writes them.
                assert figure.unit is None or (
                    figure.unit.islower() and not figure.unit.endswith("s")
                )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"modality": "maybe"}, "modality 'maybe'"),
        ({"negated": False, "modality": "negated"}, "needs negated"),
        ({"mood": "asserted"}, "unknown event field"),
        ({"actor": {"text": "x", "start": 10**9, "end": 10**9 + 1}}, "outside window"),
    ],
)
def test_a_broken_line_names_its_line(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    first = json.loads((REPO / "data" / "gold" / "realnews.jsonl").read_text().splitlines()[0])
    first["events"][0].update(change)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(first) + "\n")
    with pytest.raises(realnews.GoldError, match=f":1: .*{message}"):
        realnews.load_gold(path)


def test_seed_facts_are_numbered_events_of_the_seed_article() -> None:
    [seed] = realnews.load_gold(realnews.SEED_FACTS)
    assert seed.id == "seed:000_ee99637b35186131"
    facts = [event.fact for event in seed.events]
    assert facts == [f"F{n:02d}" for n in range(1, len(facts) + 1)]
    assert len(facts) >= 20
    assert {e.modality for e in seed.events} >= {"requested", "negated", "asserted"}
