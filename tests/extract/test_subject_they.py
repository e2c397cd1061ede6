"""An actor "they" of a subordinate clause is the plural subject of the verb it hangs on,
a "they" of the main clause the plural subject of the clause set before it, and a
possessive "their" the plural subject of its clause.

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
        # a "they" of the main clause after a clause set before it
        (
            f"{BEFORE} When the inspectors reached the quay, they sealed two containers.",
            "seal",
            "inspectors",
        ),
        (f"{BEFORE} Once the pilots were aboard, they refused to fly.", "refuse to fly", "pilots"),
        # a name the verb makes plural, as British English writes a body
        (
            f"{BEFORE} Harbour Athletic have announced that they will sell the ground.",
            "sell",
            "Harbour Athletic",
        ),
        (f"{BEFORE} If the Rovers are beaten again, they will sack the coach.", "sack", "Rovers"),
        # a possessive "their" of the subject's own act
        (f"{BEFORE} Seeing the boat, the smugglers called off their raid.", "raid", "smugglers"),
        (f"{BEFORE} The dockers decided to end their strike on Monday.", "strike", "dockers"),
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
        # a clause set before with another plural in it: the officers or the smugglers?
        (f"{BEFORE} When the officers stopped the smugglers, they fled north.", "flee"),
        # or a body named in the singular: the residents or the police?
        (f"{BEFORE} When the residents called the police, they arrived at once.", "arrive"),
        (f"{BEFORE} After the villagers alerted the army, they sent two tanks.", "send"),
        # a name whose verb says nothing of its number
        (f"{BEFORE} Harbour Athletic announced that they will sell the ground.", "sell"),
        # whose strike: the unions' or the workers'?
        (f"{BEFORE} The unions urged the workers to end their strike.", "strike"),
        # a clause set before whose subject is no one: people told of before act
        (f"{BEFORE} When the fares rose, they marched on the town hall.", "march on"),
        (f"{BEFORE} After the shells landed, they ran to the cellar.", "run to"),
    ],
)
def test_they_is_left_where_it_may_be_another(nlp: Language, text: str, action: str) -> None:
    assert all(a.lower() in {"they", "their"} for a in _actors(nlp, text, action))
