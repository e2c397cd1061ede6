"""An actor "they" of a subordinate clause is the plural subject of the verb it hangs on.

Sentences written for these tests. In "the dockworkers said they would strike", who would
strike is the dockworkers, not a group named a sentence before; where another plural
stands between, or the subject is not a plain plural noun, "they" is left as it is.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Document

BEFORE = "The port authority met two shipping firms on Monday."


def _actors(nlp: Language, text: str, action: str) -> list[str]:
    events = extract(nlp(text), Document(id="doc", text=text)).events
    return [e.actor.text for e in events if e.action == action and e.actor is not None]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        (f"{BEFORE} The dockworkers said they would strike next week.", "strike", "dockworkers"),
        (f"{BEFORE} Farmers will protest if they lose the subsidy.", "lose", "Farmers"),
    ],
)
def test_they_is_the_plural_subject(nlp: Language, text: str, action: str, actor: str) -> None:
    found = _actors(nlp, text, action)
    assert found and all(actor in a and a.lower() != "they" for a in found)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # another plural between: the guards or the strikers?
        (f"{BEFORE} The guards told the strikers they would arrest the leaders.", "arrest"),
        # not a plain plural noun: "many of the farmers"
        (f"{BEFORE} Many of the farmers said they would block the roads.", "block"),
        # a happening does not act: "they" is its parties
        (f"{BEFORE} The talks stalled after they demanded higher fees.", "demand"),
        # a clause of "what": often someone else's doing
        (f"{BEFORE} Residents doubt what they will build on the pier.", "build"),
    ],
)
def test_they_is_left_where_it_may_be_another(nlp: Language, text: str, action: str) -> None:
    assert all(a.lower() == "they" for a in _actors(nlp, text, action))
