"""Scoring a built graph against hand annotations: entities, events with roles, figures.

The gold format (one JSON object a line, one line per document) is described in
``docs/evaluation.md`` and ``data/README.md``. In short::

    {"id": "kyiv-airport",
     "entities": [{"text": "Kyiv", "kind": "place", "aliases": ["Kiev"]}, ...],
     "events": [{"sentence": "...exact substring of the document...",
                 "actor": "Russian forces", "action": "take control of",
                 "target": "Hostomel airport", "place": "Kyiv",
                 "figure": {"value": 200, "unit": "paratrooper", "qualifier": "moreThan"},
                 "source": "Russian Defence Ministry", "time": "on Friday",
                 "negated": false}, ...]}

How things match (lenient where annotators and extractors legitimately differ,
strict where a reader would see an error):

* An **entity** matches a gold entity of the same kind when their names meet:
  the normalised label or any alias on one side equals one on the other. The
  matching is one-to-one, so "Kiev" and "Kyiv" left as two nodes cost precision.
* An **event** is aligned with a gold event when its trigger lies in the gold
  sentence and the actions agree (every word of one, stemmed, is in the other:
  "take control of" ~ "take control", "landing" ~ "land"). It is *correct*
  when, in addition, every role the gold gives (actor, target, place, figure
  value, source) matches and ``negated`` agrees. Time is scored, not required.
* A **role** matches when the argument's text, or its entity's label or
  aliases, meets the gold value's names (the gold entity's aliases count); when
  the argument has no entity, or the gold value names none, it is enough that
  every word of the gold value appears in the argument ("fuel trucks" in
  "at least eight Russian fuel trucks").
* Reporting events ("said", "told", "according to") that align with no gold
  event are not counted against precision: the gold marks what was reported,
  with its ``source``, not the reporting itself.

>>> from kg.model import Argument, Document, Entity, Event, Mention
>>> text = "Russian forces shelled Kharkiv."
>>> doc = Document(id="d", text=text)
>>> event = Event(document="d", start=15, end=22, action="shell",
...               evidence=Mention("d", 0, len(text), text),
...               actor=Argument("Russian forces", 0, 14, entity="group/russian-forces"),
...               target=Argument("Kharkiv", 23, 30, entity="place/kharkiv"))
>>> graph = KnowledgeGraph(documents=(doc,), events=(event,), entities=(
...     Entity("group/russian-forces", "Russian forces", "group"),
...     Entity("place/kharkiv", "Kharkiv", "place", aliases=("Kharkov",))))
>>> gold = [GoldDocument(id="d", entities=(GoldEntity("Kharkov", "place"),), events=(
...     GoldEvent(sentence=text, action="shell", actor="Russian forces", target="Kharkiv"),))]
>>> scores = evaluate(graph, gold)
>>> scores.events.f1, scores.entities.recall
(1.0, 1.0)
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast, get_args

from kg.errors import InputError
from kg.graph import KnowledgeGraph
from kg.lang.en import REPORTING_VERBS
from kg.model import Argument, Entity, EntityKind, Event, Figure, Qualifier

__all__ = [
    "GoldDocument",
    "GoldEntity",
    "GoldEvent",
    "GoldFigure",
    "Miss",
    "PRF",
    "REPORTING_ACTIONS",
    "RoleScore",
    "Scores",
    "evaluate",
    "load_gold",
]

#: Actions that report rather than happen; unaligned ones are not false positives.
#: The extractor's own list, so that scorer and extractor agree on what a report is.
REPORTING_ACTIONS = REPORTING_VERBS | {"according to", "accord", "cite"}

#: The roles scored on aligned events, in report order.
ROLES = ("actor", "target", "place", "figure", "source", "negated", "time")
_REQUIRED_ROLES = ("actor", "target", "place", "figure", "source", "negated")

_KINDS: tuple[str, ...] = get_args(EntityKind)
_QUALIFIERS: tuple[str, ...] = get_args(Qualifier)


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """An entity a reader sees in a document: canonical label, kind, other names."""

    label: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A number in a gold event: value (lower bound of a range), unit, qualifier."""

    value: Decimal
    unit: str | None = None
    qualifier: Qualifier = "exact"
    value_max: Decimal | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event; ``sentence`` is an exact substring of the document text.

    ``places`` and ``figures`` are tuples because an event can move from one place
    to another or count two things; each of them must be found.
    """

    sentence: str
    action: str
    actor: str | None = None
    target: str | None = None
    places: tuple[str, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    source: str | None = None
    time: str | None = None
    negated: bool = False


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """The annotations of one document, keyed by the id ``kg build`` gives it."""

    id: str
    entities: tuple[GoldEntity, ...] = ()
    events: tuple[GoldEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts behind a precision / recall / F1 triple."""

    correct: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Correct over predicted (1.0 when nothing was predicted and nothing expected)."""
        return self.correct / self.predicted if self.predicted else float(self.gold == 0)

    @property
    def recall(self) -> float:
        """Correct over gold (1.0 when the gold is empty)."""
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Plain numbers for JSON output."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "correct": self.correct,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True, slots=True)
class RoleScore:
    """How often one role (or figures) came out right among the cases that had it."""

    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        """Correct over total (1.0 when there was nothing to get right)."""
        return self.correct / self.total if self.total else 1.0

    def as_dict(self) -> dict[str, float | int]:
        """Plain numbers for JSON output."""
        return {"accuracy": round(self.accuracy, 4), "correct": self.correct, "total": self.total}


@dataclass(frozen=True, slots=True)
class Miss:
    """One error, for reading: what was expected or produced and what went wrong.

    Attributes:
        kind: ``entity-missing``, ``entity-spurious``, ``entity-kind``,
            ``event-missing`` (nothing aligned), ``event-roles`` (aligned, a role
            wrong), ``event-spurious`` or ``figure``.
        document: The document id ("" for corpus-wide entity errors).
        what: The gold or predicted item, in short.
        detail: What differed.
    """

    kind: str
    document: str
    what: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Scores:
    """Everything :func:`evaluate` measured.

    Attributes:
        entities: Typed entity matching (kind must agree).
        entities_untyped: The same ignoring kind; the gap is type errors.
        entities_by_kind: Typed scores per kind, as ``(kind, PRF)`` pairs.
        events: Correct events (aligned and every gold role right).
        events_aligned: Events whose sentence and action match, roles aside.
        roles: Accuracy of each role over aligned events whose gold has it.
        figures: Gold figures with a predicted figure of the same value and unit
            in the same sentence.
        figure_values: The same, value only.
        figure_qualifiers: Value found and the qualifier agrees.
        documents: Gold documents scored.
        missing_documents: Gold documents the graph does not contain.
        unlocated: Gold sentences not found in their document's text.
        misses: Every error, for reading.
    """

    entities: PRF
    entities_untyped: PRF
    entities_by_kind: tuple[tuple[str, PRF], ...]
    events: PRF
    events_aligned: PRF
    roles: tuple[RoleScore, ...]
    figures: RoleScore
    figure_values: RoleScore
    figure_qualifiers: RoleScore
    documents: int
    missing_documents: tuple[str, ...] = ()
    unlocated: tuple[str, ...] = ()
    misses: tuple[Miss, ...] = field(default=(), repr=False)

    def role(self, name: str) -> RoleScore:
        """The score of one role by name ("actor", "place", ...).

        Raises:
            KeyError: No role has that name.
        """
        for score in self.roles:
            if score.name == name:
                return score
        raise KeyError(name)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``kg eval --json``."""
        return {
            "documents": self.documents,
            "entities": self.entities.as_dict(),
            "entities_untyped": self.entities_untyped.as_dict(),
            "entities_by_kind": {kind: prf.as_dict() for kind, prf in self.entities_by_kind},
            "events": self.events.as_dict(),
            "events_aligned": self.events_aligned.as_dict(),
            "roles": {score.name: score.as_dict() for score in self.roles},
            "figures": self.figures.as_dict(),
            "figure_values": self.figure_values.as_dict(),
            "figure_qualifiers": self.figure_qualifiers.as_dict(),
            "missing_documents": list(self.missing_documents),
            "unlocated": list(self.unlocated),
            "misses": [
                {"kind": m.kind, "document": m.document, "what": m.what, "detail": m.detail}
                for m in self.misses
            ],
        }


# --------------------------------------------------------------------------- loading


def load_gold(path: str | os.PathLike[str]) -> tuple[GoldDocument, ...]:
    """Read gold annotations: a ``.jsonl`` file, or a folder of them (sorted by name).

    Raises:
        InputError: The file is missing, a line is not valid JSON, or a record
            breaks the format; the message names the file and line.
    """
    where = Path(path)
    if where.is_dir():
        files = sorted(where.glob("*.jsonl"))
        if not files:
            raise InputError(f"{where}: no .jsonl gold files in this folder")
    elif where.is_file():
        files = [where]
    else:
        raise InputError(f"{where}: no such gold file or folder")
    documents: list[GoldDocument] = []
    seen: dict[str, str] = {}
    for file in files:
        for number, document in _gold_lines(file):
            place = f"{file}:{number}"
            if document.id in seen:
                raise InputError(
                    f"{place}: document id {document.id!r} already annotated at {seen[document.id]}"
                )
            seen[document.id] = place
            documents.append(document)
    return tuple(documents)


def _gold_lines(file: Path) -> Iterator[tuple[int, GoldDocument]]:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{file}: cannot be read as UTF-8 text ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{file}:{number}: not valid JSON ({error.msg})") from None
        try:
            yield number, _gold_document(record)
        except _GoldFormatError as error:
            raise InputError(f"{file}:{number}: {error}") from None


class _GoldFormatError(Exception):
    pass


_DOCUMENT_KEYS = {"id", "entities", "events"}
_ENTITY_KEYS = {"text", "kind", "aliases"}
_EVENT_KEYS = {
    "sentence",
    "action",
    "actor",
    "target",
    "place",
    "figure",
    "source",
    "time",
    "negated",
}
_FIGURE_KEYS = {"value", "unit", "qualifier", "value_max"}


def _gold_document(record: Any) -> GoldDocument:
    if not isinstance(record, dict):
        raise _GoldFormatError("expected a JSON object with 'id', 'entities' and 'events'")
    _no_unknown_keys(record, _DOCUMENT_KEYS, "document")
    doc_id = record.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise _GoldFormatError("'id' is missing or not a non-empty string")
    entities = tuple(
        _gold_entity(item, index) for index, item in enumerate(_list(record, "entities"))
    )
    events = tuple(_gold_event(item, index) for index, item in enumerate(_list(record, "events")))
    return GoldDocument(id=doc_id, entities=entities, events=events)


def _gold_entity(item: Any, index: int) -> GoldEntity:
    where = f"entities[{index}]"
    if not isinstance(item, dict):
        raise _GoldFormatError(f"{where}: expected an object with 'text' and 'kind'")
    _no_unknown_keys(item, _ENTITY_KEYS, where)
    label = _string(item, "text", where, required=True)
    kind = item.get("kind")
    if kind not in _KINDS:
        raise _GoldFormatError(f"{where}: kind {kind!r} is not one of {', '.join(_KINDS)}")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _GoldFormatError(f"{where}: 'aliases' must be a list of strings")
    return GoldEntity(label=cast(str, label), kind=cast(EntityKind, kind), aliases=tuple(aliases))


def _gold_event(item: Any, index: int) -> GoldEvent:
    where = f"events[{index}]"
    if not isinstance(item, dict):
        raise _GoldFormatError(f"{where}: expected an object with 'sentence' and 'action'")
    _no_unknown_keys(item, _EVENT_KEYS, where)
    negated = item.get("negated", False)
    if not isinstance(negated, bool):
        raise _GoldFormatError(f"{where}: 'negated' must be true or false, not {negated!r}")
    places = item.get("place")
    if places is None:
        place_tuple: tuple[str, ...] = ()
    elif isinstance(places, str) and places:
        place_tuple = (places,)
    elif isinstance(places, list) and places and all(isinstance(p, str) and p for p in places):
        place_tuple = tuple(places)
    else:
        raise _GoldFormatError(f"{where}: 'place' must be a string or a list of strings")
    figures = item.get("figure")
    if figures is None:
        figure_items: list[Any] = []
    elif isinstance(figures, list):
        figure_items = figures
    else:
        figure_items = [figures]
    return GoldEvent(
        sentence=cast(str, _string(item, "sentence", where, required=True)),
        action=cast(str, _string(item, "action", where, required=True)),
        actor=_string(item, "actor", where),
        target=_string(item, "target", where),
        places=place_tuple,
        figures=tuple(_gold_figure(f, f"{where}.figure") for f in figure_items),
        source=_string(item, "source", where),
        time=_string(item, "time", where),
        negated=negated,
    )


def _gold_figure(item: Any, where: str) -> GoldFigure:
    if not isinstance(item, dict):
        raise _GoldFormatError(f"{where}: expected an object with 'value', 'unit', 'qualifier'")
    _no_unknown_keys(item, _FIGURE_KEYS, where)
    qualifier = item.get("qualifier", "exact")
    if qualifier not in _QUALIFIERS:
        raise _GoldFormatError(
            f"{where}: qualifier {qualifier!r} is not one of {', '.join(_QUALIFIERS)}"
        )
    unit = item.get("unit")
    if unit is not None and not isinstance(unit, str):
        raise _GoldFormatError(f"{where}: 'unit' must be a string or null")
    value_max = item.get("value_max")
    return GoldFigure(
        value=_decimal(item.get("value"), f"{where}.value"),
        unit=unit,
        qualifier=cast(Qualifier, qualifier),
        value_max=None if value_max is None else _decimal(value_max, f"{where}.value_max"),
    )


def _no_unknown_keys(item: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise _GoldFormatError(
            f"{where}: unknown field {unknown[0]!r}; expected some of {', '.join(sorted(allowed))}"
        )


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise _GoldFormatError(f"'{key}' must be a list")
    return value


def _string(item: dict[str, Any], key: str, where: str, *, required: bool = False) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _GoldFormatError(f"{where}: '{key}' must be a non-empty string, not {value!r}")
    return value


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _GoldFormatError(f"{where}: expected a number, not {value!r}")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise _GoldFormatError(f"{where}: expected a number, not {value!r}") from None
    if not number.is_finite():
        raise _GoldFormatError(f"{where}: expected a finite number, not {value!r}")
    return number


# --------------------------------------------------------------------------- text matching

_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "any",
        "some",
        "both",
        "either",
        "all",
        "of",
        "s",
    }
)
_UNIT_SYNONYMS = {
    "people": "person",
    "persons": "person",
    "kilometer": "kilometre",
    "km": "kilometre",
    "per cent": "percent",
    "%": "percent",
}


def _norm(text: str) -> str:
    """Lowercase, no accents or punctuation, no leading determiner: 'the U.N.' -> 'un'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = text.replace(".", "")
    text = re.sub(r"[^\w%]+", " ", text).strip()
    words = text.split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _stem(word: str) -> str:
    # A crude suffix stripper is enough: both sides get the same treatment and
    # the prefix rule in _same_word absorbs what it leaves ("captur" ~ "capture").
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix, shortest in (("ing", 6), ("ed", 4)):
        if len(word) >= shortest and word.endswith(suffix):
            stem = word[: -len(suffix)]
            # "hitting" -> "hit", "taking" -> "take": undo the spelling changes.
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsz":
                return stem[:-1]
            if len(stem) <= 3:
                return stem + "e"
            return stem
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(text: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in _norm(text).split() if w not in _DETERMINERS)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short)


def _covered(small: Sequence[str], large: Sequence[str]) -> bool:
    return bool(small) and all(any(_same_word(s, w) for w in large) for s in small)


def _actions_agree(gold: str, predicted: str) -> bool:
    g, p = _words(gold), _words(predicted)
    return _covered(g, p) or _covered(p, g)


def _unit_key(unit: str | None) -> str:
    if not unit:
        return ""
    norm = _norm(unit)
    norm = _UNIT_SYNONYMS.get(norm, norm)
    last = norm.split()[-1] if norm else ""
    return _UNIT_SYNONYMS.get(last, _stem(last))


def _values_agree(gold: Decimal, predicted: Decimal) -> bool:
    if gold == predicted:
        return True
    tolerance = (
        max(abs(gold), Decimal(1)) * Decimal("0.01")
        if abs(gold) < 1
        else abs(gold) * Decimal("0.001")
    )
    if abs(gold - predicted) <= tolerance:
        return True
    # A share written as a fraction in the gold ("a third" = 0.333) may come out as a percentage.
    return 0 < gold < 1 and abs(gold * 100 - predicted) <= Decimal(1)


# --------------------------------------------------------------------------- evaluation


class _Names:
    """Name sets of gold entities and of the graph's entities, for role matching."""

    def __init__(self, graph: KnowledgeGraph, gold: Sequence[GoldDocument]) -> None:
        self.graph = graph
        self.gold_names: dict[str, frozenset[str]] = {}
        for document in gold:
            for entity in document.entities:
                names = frozenset(_norm(n) for n in (entity.label, *entity.aliases)) - {""}
                for name in names:
                    self.gold_names[name] = self.gold_names.get(name, frozenset()) | names

    def gold(self, value: str) -> tuple[frozenset[str], bool]:
        """The names a gold role value goes by, and whether it names a gold entity."""
        norm = _norm(value)
        if norm in self.gold_names:
            return self.gold_names[norm], True
        return frozenset({norm}), False

    def predicted(self, argument: Argument) -> tuple[frozenset[str], bool]:
        names = {_norm(argument.text)}
        entity = self._entity(argument.entity)
        if entity is not None:
            names |= {_norm(n) for n in (entity.label, *entity.aliases)}
        return frozenset(names - {""}), entity is not None

    def _entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        try:
            return self.graph.entity(entity_id)
        except KeyError:
            return None

    def role_matches(self, value: str, argument: Argument | None) -> bool:
        if argument is None:
            return False
        gold_names, gold_is_entity = self.gold(value)
        predicted_names, predicted_is_entity = self.predicted(argument)
        if gold_names & predicted_names:
            return True
        if gold_is_entity and predicted_is_entity:
            # Both sides name an entity and the names differ: a different entity.
            return False
        return _covered(_words(value), _words(argument.text))


def _role_results(gold: GoldEvent, event: Event, names: _Names) -> dict[str, bool]:
    results: dict[str, bool] = {}
    if gold.actor is not None:
        results["actor"] = names.role_matches(gold.actor, event.actor)
    if gold.target is not None:
        results["target"] = names.role_matches(gold.target, event.target)
    if gold.places:
        results["place"] = all(
            any(names.role_matches(p, place.argument) for place in event.places)
            for p in gold.places
        )
    if gold.figures:
        results["figure"] = all(
            any(_values_agree(f.value, pf.value) for pf in event.figures) for f in gold.figures
        )
    if gold.source is not None:
        results["source"] = names.role_matches(gold.source, event.source)
    results["negated"] = gold.negated == event.negated
    if gold.time is not None:
        results["time"] = event.time is not None and (
            _covered(_time_words(gold.time), _time_words(event.time.text))
            or _covered(_time_words(event.time.text), _time_words(gold.time))
        )
    return results


def _time_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _words(text) if w not in {"on", "in", "at", "since", "during"})


def _sentence_span(text: str, sentence: str) -> tuple[int, int] | None:
    start = text.find(sentence)
    return None if start < 0 else (start, start + len(sentence))


def _describe(gold: GoldEvent) -> str:
    parts = [gold.actor or "?", gold.action, gold.target or ""]
    if gold.places:
        parts.append("@" + "/".join(gold.places))
    return " ".join(p for p in parts if p).strip()


def _describe_event(event: Event, names: _Names) -> str:
    def name(argument: Argument | None) -> str:
        if argument is None:
            return ""
        entity = names._entity(argument.entity)
        return entity.label if entity is not None else argument.text

    parts = [name(event.actor) or "?", event.action, name(event.target)]
    if event.places:
        parts.append("@" + "/".join(name(p.argument) for p in event.places))
    if event.source is not None:
        parts.append(f"(source: {name(event.source)})")
    if event.negated:
        parts.append("[negated]")
    return " ".join(p for p in parts if p)


@dataclass
class _Count:
    """Right answers among the cases that had one; becomes a :class:`RoleScore`."""

    correct: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        self.correct += int(right)
        self.total += 1


@dataclass
class _Tally:
    """What :func:`evaluate` counts while it walks the gold documents."""

    misses: list[Miss] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)
    unlocated: list[str] = field(default_factory=list)
    roles: dict[str, _Count] = field(default_factory=lambda: {role: _Count() for role in ROLES})
    figures: dict[str, _Count] = field(
        default_factory=lambda: {key: _Count() for key in ("value+unit", "value", "qualifier")}
    )
    correct: int = 0
    aligned: int = 0
    predicted: int = 0
    gold: int = 0


def evaluate(
    graph: KnowledgeGraph, gold: Iterable[GoldDocument] | str | os.PathLike[str]
) -> Scores:
    """Score ``graph`` against gold annotations.

    Args:
        graph: A built graph that contains the gold documents (same ids). Events
            of other documents are ignored; every entity of the graph is scored,
            so build only the annotated documents for a fair entity precision.
        gold: Gold documents, or the path of a gold file or folder.

    Returns:
        The :class:`Scores`, with every error listed in ``misses``.

    Raises:
        InputError: ``gold`` is a path that cannot be read as gold annotations.
    """
    documents = load_gold(gold) if isinstance(gold, str | os.PathLike) else tuple(gold)
    names = _Names(graph, documents)
    by_id = {document.id: document for document in graph.documents}
    tally = _Tally()
    for gold_document in documents:
        tally.gold += len(gold_document.events)
        document = by_id.get(gold_document.id)
        if document is None:
            _score_unbuilt(gold_document, tally)
        else:
            predicted = [e for e in graph.events if e.document == gold_document.id]
            _score_document(gold_document, document.text, predicted, names, tally)

    entity_scores = _score_entities(graph.entities, documents, tally.misses)
    figures = {key: RoleScore(key, c.correct, c.total) for key, c in tally.figures.items()}
    return Scores(
        entities=entity_scores[0],
        entities_untyped=entity_scores[1],
        entities_by_kind=entity_scores[2],
        events=PRF(tally.correct, tally.predicted, tally.gold),
        events_aligned=PRF(tally.aligned, tally.predicted, tally.gold),
        roles=tuple(
            RoleScore(role, tally.roles[role].correct, tally.roles[role].total) for role in ROLES
        ),
        figures=figures["value+unit"],
        figure_values=figures["value"],
        figure_qualifiers=figures["qualifier"],
        documents=len(documents) - len(tally.missing_documents),
        missing_documents=tuple(tally.missing_documents),
        unlocated=tuple(tally.unlocated),
        misses=tuple(tally.misses),
    )


def _score_unbuilt(gold_document: GoldDocument, tally: _Tally) -> None:
    """A gold document the graph does not hold: all its events and figures are missed."""
    tally.missing_documents.append(gold_document.id)
    for gold_event in gold_document.events:
        tally.misses.append(
            Miss("event-missing", gold_document.id, _describe(gold_event), "document not built")
        )
        for _ in gold_event.figures:
            for count in tally.figures.values():
                count.total += 1


def _align(
    gold_events: Sequence[GoldEvent],
    spans: Sequence[tuple[int, int] | None],
    predicted: Sequence[Event],
    names: _Names,
) -> dict[int, tuple[int, dict[str, bool]]]:
    """Gold event index -> (predicted event index, role results), one-to-one.

    Every (gold, predicted) pair that could align is ranked, best first (all
    required roles right, then most roles right), and taken greedily.
    """
    candidates: list[tuple[int, int, int, int, dict[str, bool]]] = []
    for g_index, (gold_event, span) in enumerate(zip(gold_events, spans, strict=True)):
        if span is None:
            continue
        for p_index, event in enumerate(predicted):
            if span[0] <= event.start < span[1] and _actions_agree(gold_event.action, event.action):
                results = _role_results(gold_event, event, names)
                complete = all(ok for role, ok in results.items() if role in _REQUIRED_ROLES)
                candidates.append((int(complete), sum(results.values()), g_index, p_index, results))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    gold_taken: dict[int, tuple[int, dict[str, bool]]] = {}
    predicted_taken: set[int] = set()
    for _, _, g_index, p_index, results in candidates:
        if g_index in gold_taken or p_index in predicted_taken:
            continue
        gold_taken[g_index] = (p_index, results)
        predicted_taken.add(p_index)
    return gold_taken


def _score_document(
    gold_document: GoldDocument,
    text: str,
    predicted: Sequence[Event],
    names: _Names,
    tally: _Tally,
) -> None:
    """Align one document's events with the gold and count what came out right."""
    doc_id = gold_document.id
    spans: list[tuple[int, int] | None] = []
    for gold_event in gold_document.events:
        span = _sentence_span(text, gold_event.sentence)
        if span is None:
            tally.unlocated.append(f"{doc_id}: {gold_event.sentence}")
        spans.append(span)
    gold_taken = _align(gold_document.events, spans, predicted, names)

    for g_index, gold_event in enumerate(gold_document.events):
        span = spans[g_index]
        in_sentence = [e for e in predicted if span is not None and span[0] <= e.start < span[1]]
        _score_figures(gold_event, in_sentence, tally.figures, tally.misses, doc_id)
        if g_index not in gold_taken:
            heard = "; ".join(_describe_event(e, names) for e in in_sentence) or "no event"
            tally.misses.append(
                Miss("event-missing", doc_id, _describe(gold_event), f"in the sentence: {heard}")
            )
            continue
        p_index, results = gold_taken[g_index]
        tally.aligned += 1
        for role, ok in results.items():
            tally.roles[role].add(ok)
        wrong = [role for role, ok in results.items() if not ok and role in _REQUIRED_ROLES]
        if wrong:
            got = _describe_event(predicted[p_index], names)
            tally.misses.append(
                Miss(
                    "event-roles",
                    doc_id,
                    _describe(gold_event),
                    f"wrong {', '.join(wrong)}; got {got}",
                )
            )
        else:
            tally.correct += 1

    taken = {p_index for p_index, _ in gold_taken.values()}
    for p_index, event in enumerate(predicted):
        if p_index in taken:
            tally.predicted += 1
        elif not _is_reporting(event.action):
            tally.predicted += 1
            tally.misses.append(
                Miss("event-spurious", doc_id, _describe_event(event, names), event.evidence.text)
            )


def _is_reporting(action: str) -> bool:
    norm = _norm(action)
    return norm in REPORTING_ACTIONS or (norm.split() or [""])[0] in REPORTING_ACTIONS


def _score_figures(
    gold_event: GoldEvent,
    in_sentence: Sequence[Event],
    counts: dict[str, _Count],
    misses: list[Miss],
    document: str,
) -> None:
    # Figures are scored per sentence, not per aligned event: a number read
    # right but hung on the wrong verb is still a number read right.
    found: list[Figure] = [f for e in in_sentence for f in e.figures]
    for gold_figure in gold_event.figures:
        same_value = [f for f in found if _values_agree(gold_figure.value, f.value)]
        same_unit = [f for f in same_value if _unit_key(f.unit) == _unit_key(gold_figure.unit)]
        counts["value"].add(bool(same_value))
        counts["value+unit"].add(bool(same_unit))
        counts["qualifier"].add(any(f.qualifier == gold_figure.qualifier for f in same_value))
        if not same_unit or not any(f.qualifier == gold_figure.qualifier for f in same_value):
            expected = f"{gold_figure.value} {gold_figure.unit or ''} ({gold_figure.qualifier})"
            got = (
                "; ".join(
                    f"{f.value} {f.unit or ''} ({f.qualifier}) from {f.text!r}" for f in found
                )
                or "no figure"
            )
            misses.append(Miss("figure", document, expected.strip(), f"got {got}"))


def _score_entities(
    predicted: Sequence[Entity], documents: Sequence[GoldDocument], misses: list[Miss]
) -> tuple[PRF, PRF, tuple[tuple[str, PRF], ...]]:
    # The gold lists entities per document; the graph has them corpus-wide. Merge
    # the gold by (label, kind) so each real-world entity counts once.
    merged: dict[tuple[str, str], tuple[GoldEntity, set[str]]] = {}
    for document in documents:
        for entity in document.entities:
            key = (_norm(entity.label), entity.kind)
            names = {_norm(n) for n in (entity.label, *entity.aliases)} - {""}
            if key in merged:
                merged[key][1].update(names)
            else:
                merged[key] = (entity, names)
    gold = list(merged.values())
    predicted_names = [
        frozenset({_norm(n) for n in (e.label, *e.aliases)} - {""}) for e in predicted
    ]

    def match(typed: bool) -> dict[int, int]:
        pairs: dict[int, int] = {}
        used: set[int] = set()
        # Exact labels first, so an alias never steals a node that has the name outright.
        for exact in (True, False):
            for g_index, (entity, names) in enumerate(gold):
                if g_index in pairs:
                    continue
                for p_index, candidate in enumerate(predicted):
                    if p_index in used or (typed and candidate.kind != entity.kind):
                        continue
                    hit = (
                        _norm(candidate.label) == _norm(entity.label)
                        if exact
                        else bool(names & predicted_names[p_index])
                    )
                    if hit:
                        pairs[g_index] = p_index
                        used.add(p_index)
                        break
        return pairs

    typed = match(True)
    untyped = match(False)
    for g_index, (wanted, _) in enumerate(gold):
        if g_index in typed:
            continue
        what = f"{wanted.label} ({wanted.kind})"
        if g_index in untyped:
            other = predicted[untyped[g_index]]
            misses.append(Miss("entity-kind", "", what, f"typed {other.kind} as {other.label!r}"))
        else:
            misses.append(Miss("entity-missing", "", what))
    matched = set(typed.values()) | set(untyped.values())
    for p_index, node in enumerate(predicted):
        if p_index not in matched:
            misses.append(
                Miss("entity-spurious", "", f"{node.label} ({node.kind})", ", ".join(node.aliases))
            )
    by_kind = []
    for kind in _KINDS:
        gold_of_kind = [i for i, (e, _) in enumerate(gold) if e.kind == kind]
        predicted_of_kind = sum(1 for e in predicted if e.kind == kind)
        correct = sum(1 for i in gold_of_kind if i in typed)
        by_kind.append((kind, PRF(correct, predicted_of_kind, len(gold_of_kind))))
    return (
        PRF(len(typed), len(predicted), len(gold)),
        PRF(len(untyped), len(predicted), len(gold)),
        tuple(by_kind),
    )
