""" "he" or "she" in a phrase set before the main clause is the person named as its subject.

Sentences written for these tests. In "After he resigned in May, Tom Vale moved to Oslo",
who resigned is Tom Vale, not a man named a sentence before; where another word for a
person stands in the sentence ("... shot him"), a name comes before the pronoun, or the
given name says the other sex, the pronoun is left as it is.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Document

BEFORE = "Omar Reyes chaired the meeting on Monday."


def _actors(nlp: Language, text: str, action: str) -> list[str]:
    events = extract(nlp(text), Document(id="doc", text=text)).events
    return [e.actor.text for e in events if e.action == action and e.actor is not None]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        (f"{BEFORE} After he resigned in May, Tom Vale moved to Oslo.", "resign", "Tom Vale"),
        (
            f"{BEFORE} Weeks before she left the firm, Lena Hart sold the shares.",
            "leave",
            "Lena Hart",
        ),
    ],
)
def test_a_fronted_pronoun_is_the_named_subject(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    assert _actors(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "him" in the main clause: the one who could not react may be the one shot
        (f"{BEFORE} Before he could react, Tom Vale shot him.", "react"),
        # a name before the pronoun: it may be that one
        (f"{BEFORE} After Omar Reyes spoke, when he sat down, Tom Vale left.", "sit"),
        # the given name says the other sex
        (f"{BEFORE} After he resigned in May, Lena Hart moved to Oslo.", "resign"),
    ],
)
def test_a_doubtful_fronted_pronoun_is_left(nlp: Language, text: str, action: str) -> None:
    assert all(a.lower() in {"he", "she"} for a in _actors(nlp, text, action))
