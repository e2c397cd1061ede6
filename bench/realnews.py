"""Texts of the hand-annotated real-news gold, rebuilt from ``../shared/data``.

The gold (``data/gold/realnews.jsonl``) keeps only annotations: document ids and
character offsets. This module rebuilds, deterministically, the texts those offsets
point into, and draws the sample of passages the gold covers:

* ``rams:<doc_key>``: a RAMS 1.0 test passage; tokens joined by one space, sentences
  joined by one space (as ``bench/eval_rams.py`` builds them). The passage is the
  whole text.
* ``wikievents:<doc_id>``: a WikiEvents dev document; its sentence texts joined by one
  space (the ``text`` field has no space between sentences). The passage is a window
  of :data:`WINDOW_SENTENCES` consecutive sentences, given in the gold as ``window``.

The sample (:func:`sample`) is drawn with a fixed seed and a rule written before the
annotation, so anyone can redraw it:

* RAMS: shuffle the 871 test passages with ``random.Random(SEED)``, then walk them in
  that order and keep the first :data:`RAMS_PASSAGES` that show at least
  :data:`RAMS_MIN_CUES` of the four cue kinds (reported speech; a request, intent or
  threat verb before "to"; a conditional or hypothetical; a number).
* WikiEvents: every one of the 20 dev documents gives one window; its first sentence is
  drawn with ``random.Random(f"{SEED}:{doc_id}")`` among the sentences that leave a
  full window (sentence 0 when the document is shorter).

    python bench/realnews.py            # list the sample: id, window, first words
    python bench/realnews.py --check    # check every gold span against the rebuilt texts
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

__all__ = [
    "MODALITIES",
    "GoldError",
    "GoldEvent",
    "GoldFigure",
    "GoldPassage",
    "GoldSpan",
    "Passage",
    "RAMS_MIN_CUES",
    "RAMS_PASSAGES",
    "SEED",
    "SHARED",
    "WINDOW_SENTENCES",
    "check_against_texts",
    "cues",
    "load_documents",
    "load_gold",
    "rams_text",
    "sample",
    "wikievents_text",
]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RAMS_FILE = Path("data") / "rams" / "test.jsonlines"
WIKIEVENTS_FILE = Path("data") / "wikievents" / "dev.jsonl"

DEFAULT_GOLD = REPO / "data" / "gold" / "realnews.jsonl"
SEED_FACTS = REPO / "data" / "gold" / "seed_facts.jsonl"
SEED_ARTICLE = Path("seeds") / "000_ee99637b35186131.txt"

SEED = 14  # the issue that asked for this gold
RAMS_PASSAGES = 25
RAMS_MIN_CUES = 3
WINDOW_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class Passage:
    """One annotated passage: the document's full text and the window annotated in it.

    Attributes:
        id: ``rams:<doc_key>`` or ``wikievents:<doc_id>``.
        text: The rebuilt document text; gold offsets point into it.
        window: ``(start, end)`` of the annotated passage in ``text``.
        sentences: ``(start, end)`` of every sentence of ``text``.
    """

    id: str
    text: str
    window: tuple[int, int]
    sentences: tuple[tuple[int, int], ...]


def rams_text(record: dict[str, object]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A RAMS passage's text and sentence spans: tokens and sentences joined by spaces."""
    sentences = record["sentences"]
    assert isinstance(sentences, list)
    parts, spans, offset = [], [], 0
    for tokens in sentences:
        sentence = " ".join(tokens)
        parts.append(sentence)
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    return " ".join(parts), tuple(spans)


def wikievents_text(record: dict[str, object]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A WikiEvents document's text and sentence spans: sentence texts joined by spaces."""
    sentences = record["sentences"]
    assert isinstance(sentences, list)
    parts, spans, offset = [], [], 0
    for _tokens, sentence in sentences:
        parts.append(sentence)
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    return " ".join(parts), tuple(spans)


_CUES = {
    "speech": re.compile(
        r"\b(said|says|say|told|tells|according to|stated|announced|claimed|added|reported)\b"
        r"|[\"\u201c\u201d]",
        re.I,
    ),
    "request or intent": re.compile(
        r"\b(ask|asked|asks|urge|urged|urges|call(?:ed|s)? on|order(?:ed|s)?|plan(?:s|ned)?|"
        r"vow(?:ed|s)?|threaten(?:ed|s)?|aim(?:ed|s)?|want(?:ed|s)?|seek(?:s)?|sought|"
        r"tr(?:y|ies|ied)|intend(?:ed|s)?|demand(?:ed|s)?)\b(?:\s+\w+){0,3}?\s+to\b",
        re.I,
    ),
    "conditional": re.compile(r"\b(if|unless|would|could|might|may|will)\b", re.I),
    "number": re.compile(
        r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
        r"millions?)\b",
        re.I,
    ),
}


def cues(text: str) -> tuple[str, ...]:
    """The cue kinds (reported speech, request/intent, conditional, number) in ``text``."""
    return tuple(name for name, pattern in _CUES.items() if pattern.search(text))


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_documents(shared: Path = SHARED) -> dict[str, tuple[str, tuple[tuple[int, int], ...]]]:
    """Every RAMS test and WikiEvents dev document by gold id: ``(text, sentence spans)``.

    The seed article, when present, is ``seed:<file stem>`` with its text as read (UTF-8)
    and no sentence spans.

    Raises:
        FileNotFoundError: when ``shared`` lacks either data file.
    """
    documents: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    seed = shared / SEED_ARTICLE
    if seed.exists():
        documents[f"seed:{seed.stem}"] = (seed.read_text(encoding="utf-8"), ())
    for record in _read_jsonl(shared / RAMS_FILE):
        documents[f"rams:{record['doc_key']}"] = rams_text(record)
    for record in _read_jsonl(shared / WIKIEVENTS_FILE):
        documents[f"wikievents:{record['doc_id']}"] = wikievents_text(record)
    return documents


def sample(shared: Path = SHARED) -> list[Passage]:
    """The passages of the gold, drawn by the fixed rule in this module's docstring."""
    chosen: list[Passage] = []
    rams = _read_jsonl(shared / RAMS_FILE)
    random.Random(SEED).shuffle(rams)
    for record in rams:
        text, spans = rams_text(record)
        if len(cues(text)) >= RAMS_MIN_CUES:
            chosen.append(Passage(f"rams:{record['doc_key']}", text, (0, len(text)), spans))
        if len(chosen) == RAMS_PASSAGES:
            break
    for record in _read_jsonl(shared / WIKIEVENTS_FILE):
        text, spans = wikievents_text(record)
        last_start = max(0, len(spans) - WINDOW_SENTENCES)
        first = random.Random(f"{SEED}:{record['doc_id']}").randint(0, last_start)
        window_spans = spans[first : first + WINDOW_SENTENCES]
        window = (window_spans[0][0], window_spans[-1][1])
        chosen.append(Passage(f"wikievents:{record['doc_id']}", text, window, spans))
    return chosen


#: The closed vocabulary of factuality the gold uses (docs: data/README.md).
MODALITIES = (
    "asserted",
    "negated",
    "requested",
    "intended",
    "purpose",
    "conditional",
    "future",
    "possible",
    "question",
)
_QUALIFIERS = (
    "exact",
    "atLeast",
    "moreThan",
    "approximately",
    "upTo",
    "lessThan",
    "atMost",
    "range",
)
_EVENT_KEYS = {
    "fact",
    "trigger", "action", "actor", "target", "places", "source", "time", "figures", "negated",
    "modality",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A span of the rebuilt text; ``refers_to`` names what a pronoun or description means."""

    text: str
    start: int
    end: int
    refers_to: str | None = None


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A number of a gold event: value (lower bound of a range), singular unit, qualifier."""

    value: Decimal
    unit: str | None
    qualifier: str
    span: GoldSpan
    value_max: Decimal | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event: its trigger, its roles, and whether and how it is asserted."""

    trigger: GoldSpan
    action: str
    modality: str
    negated: bool = False
    actor: GoldSpan | None = None
    target: GoldSpan | None = None
    places: tuple[GoldSpan, ...] = ()
    source: GoldSpan | None = None
    time: GoldSpan | None = None
    figures: tuple[GoldFigure, ...] = ()
    fact: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPassage:
    """The annotations of one passage: its document id, the window and the events in it."""

    id: str
    window: tuple[int, int]
    events: tuple[GoldEvent, ...]


class GoldError(ValueError):
    """The gold file breaks its format; the message names the line."""


def load_gold(path: Path = DEFAULT_GOLD) -> list[GoldPassage]:
    """Read and check the real-news gold (no texts needed).

    Raises:
        GoldError: on an unknown field, modality or qualifier, or a span outside its window.
    """
    passages = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                passages.append(_gold_passage(json.loads(line)))
            except (GoldError, KeyError, TypeError, ValueError, InvalidOperation) as error:
                raise GoldError(f"{path}:{number}: {error}") from None
    return passages


def _span(item: dict[str, object], window: tuple[int, int]) -> GoldSpan:
    start, end, text = item["start"], item["end"], item["text"]
    refers_to = item.get("refers_to")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
        raise GoldError(f"bad span {item!r}")
    if not window[0] <= start < end <= window[1] or len(text) != end - start:
        raise GoldError(f"span {text!r} {start}-{end} is outside window {window} or misaligned")
    if refers_to is not None and not isinstance(refers_to, str):
        raise GoldError(f"refers_to of {text!r} is not a string")
    return GoldSpan(text, start, end, refers_to)


def _gold_passage(record: dict[str, object]) -> GoldPassage:
    id_, window_list, events = record["id"], record["window"], record["events"]
    if not isinstance(id_, str) or not id_.startswith(("rams:", "wikievents:", "seed:")):
        raise GoldError(f"id {id_!r} is not rams:<doc_key>, wikievents:<doc_id> or seed:<stem>")
    assert isinstance(window_list, list) and isinstance(events, list)
    window = (int(window_list[0]), int(window_list[1]))
    parsed = []
    for item in events:
        unknown = set(item) - _EVENT_KEYS
        if unknown:
            raise GoldError(f"unknown event field(s) {sorted(unknown)}")
        modality = item["modality"]
        if modality not in MODALITIES:
            raise GoldError(f"modality {modality!r} is not one of {', '.join(MODALITIES)}")
        negated = bool(item.get("negated", False))
        if modality == "negated" and not negated:
            raise GoldError("modality 'negated' needs negated: true")

        def role(name: str, item: dict[str, object] = item) -> GoldSpan | None:
            value = item.get(name)
            return None if value is None else _span(value, window)  # type: ignore[arg-type]

        figures = []
        for figure in item.get("figures", []):
            if figure["qualifier"] not in _QUALIFIERS:
                raise GoldError(f"qualifier {figure['qualifier']!r}")
            maximum = figure.get("value_max")
            figures.append(
                GoldFigure(
                    Decimal(str(figure["value"])),
                    figure["unit"],
                    figure["qualifier"],
                    _span(figure, window),
                    None if maximum is None else Decimal(str(maximum)),
                )
            )
        trigger = role("trigger")
        assert trigger is not None
        parsed.append(
            GoldEvent(
                trigger=trigger,
                action=str(item["action"]),
                modality=modality,
                negated=negated,
                actor=role("actor"),
                target=role("target"),
                places=tuple(_span(p, window) for p in item.get("places", [])),
                source=role("source"),
                time=role("time"),
                figures=tuple(figures),
                fact=item.get("fact"),
            )
        )
    return GoldPassage(id_, window, tuple(parsed))


def check_against_texts(gold: list[GoldPassage], shared: Path = SHARED) -> list[str]:
    """Every place where a gold span's text differs from the rebuilt text (empty when none)."""
    documents = load_documents(shared)
    problems = []
    for passage in gold:
        if passage.id not in documents:
            problems.append(f"{passage.id}: no such document in {shared / 'data'}")
            continue
        text = documents[passage.id][0]
        for event in passage.events:
            spans = [event.trigger, event.actor, event.target, event.source, event.time]
            spans += [*event.places, *(f.span for f in event.figures)]
            for span in spans:
                if span is not None and text[span.start : span.end] != span.text:
                    problems.append(
                        f"{passage.id}: {span.text!r} at {span.start} reads "
                        f"{text[span.start : span.end]!r}"
                    )
    return problems


def main() -> None:
    if not (SHARED / RAMS_FILE).exists() or not (SHARED / WIKIEVENTS_FILE).exists():
        sys.exit(f"{SHARED / 'data'}: RAMS test or WikiEvents dev not found")
    if "--check" in sys.argv:
        problems = check_against_texts(load_gold() + load_gold(SEED_FACTS))
        print("\n".join(problems) or "gold spans match the rebuilt texts")
        sys.exit(1 if problems else 0)
    for passage in sample():
        start, end = passage.window
        words = passage.text[start:end][:60].replace("\n", " ")
        print(f"{passage.id}\t{start}-{end}\t{words}")


if __name__ == "__main__":
    main()
