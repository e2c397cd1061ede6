"""A subject pronoun whose subject names no entity gets no referent, with the real model.

Sentences written for these tests. "The weather service announced that it has issued a
warning": "it" is the service, which no entity stands for; the organisation named a
sentence before is not who issued it, and no referent is better than a wrong one.
"""

from __future__ import annotations

import pytest
from resolve_fixtures import actor_labels

from kg.model import Argument, Document, Event, Extraction, Mention
from kg.resolve import resolve


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian Red Cross runs two clinics in the valley. The weather service, which"
        " covers the whole region, announced that it has issued a storm warning.",
        "Belgian police are hunting a suspect. The city's counterterrorism authority, which"
        " covers all of Belgium, announced that it has opened a probe into the explosion.",
    ],
)
def test_it_of_an_unnamed_subject_is_no_earlier_organisation(text: str) -> None:
    action = "issue" if "warning" in text else "open"
    assert actor_labels(text, action) == [None]


def test_it_of_a_named_subject_is_that_subject() -> None:
    text = (
        "Belgian police are hunting a suspect. The Belgian Federal Prosecutor's Office"
        " announced that it has opened a probe into the explosion."
    )
    [label] = actor_labels(text, "open")
    assert label is not None and "Prosecutor" in label


def test_they_of_an_unnamed_plural_subject_is_no_earlier_group() -> None:
    text = "Rebels shelled the fort. Raiders from the hills crossed the river. They burned a barn."
    doc = Document(id="d", text=text)
    events = []
    for words in ("Rebels", "Raiders from the hills", "They"):
        start = text.index(words)
        sentence_start = text.rfind(". ", 0, start)
        sentence_start = 0 if sentence_start < 0 else sentence_start + 2
        sentence_end = text.index(".", start) + 1
        events.append(
            Event(
                document=doc.id,
                start=start,
                end=start + len(words),
                action="do",
                evidence=Mention(
                    doc.id, sentence_start, sentence_end, text[sentence_start:sentence_end]
                ),
                actor=Argument(words, start, start + len(words)),
            )
        )
    _, resolved = resolve([Extraction(doc, tuple(events), ())])
    rebels, raiders, they = (e.actor.entity if e.actor else None for e in resolved)
    assert rebels is not None
    assert they is None or they == raiders
