"""The records of kg.model: pickled as their fields' values (what workers send back)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import pickle
from decimal import Decimal

from kg import model
from kg.model import Argument, Document, Event, Extraction, Figure, Mention, Place


def _extraction() -> Extraction:
    text = "Rebels shelled the town of Varna on Monday, wounding 12 people."
    evidence = Mention(document="d1", start=0, end=len(text), text=text)
    rebels = Argument(text="Rebels", start=0, end=6, label="NORP", evidence=evidence)
    varna = Argument(text="Varna", start=27, end=32, label="GPE", entity="place/varna")
    wounded = Figure(
        text="12 people", value=Decimal(12), unit="person", qualifier="exact", start=53, end=62
    )
    event = Event(
        document="d1",
        start=7,
        end=14,
        action="shell",
        evidence=evidence,
        actor=rebels,
        places=(Place(varna),),
        figures=(wounded,),
    )
    document = Document(id="d1", text=text, date=dt.date(2026, 3, 2), authors=("A. Writer",))
    return Extraction(document=document, events=(event,), mentions=(rebels, varna))


def test_a_record_pickles_as_the_tuple_of_its_fields() -> None:
    document = _extraction().document
    values = tuple(getattr(document, field.name) for field in dataclasses.fields(document))
    assert document.__getstate__() == values  # type: ignore[attr-defined]


def test_records_come_back_equal_from_pickle_and_copy() -> None:
    extraction = _extraction()
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(extraction, protocol=protocol)) == extraction
    assert copy.deepcopy(extraction) == extraction
    assert copy.copy(extraction.events[0]) == extraction.events[0]


def test_every_record_class_is_pickled_by_its_fields() -> None:
    records = [
        value
        for value in vars(model).values()
        if isinstance(value, type) and dataclasses.is_dataclass(value)
    ]
    assert len(records) == 10
    for record in records:
        assert record.__getstate__.__qualname__.startswith("_pickled_by_fields")
