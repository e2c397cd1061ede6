"""Which clause a cue's content is, read off the parse (kg.extract.cue_contents).

spaCy makes a new Token object each time a token is reached (``doc[i]``, ``.head``,
``.subtree``), so these helpers compare tokens by index: a test by identity passes for
the token itself and reads a clause as something it is not.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import cue_contents


def _clause(nlp: Language, sentence: str, verb: str):  # noqa: ANN202 (a spaCy Token)
    doc = nlp(sentence)
    return next(t for t in doc if t.text == verb and t.dep_ in {"relcl", "acl"})


@pytest.mark.parametrize(
    ("sentence", "verb", "opens"),
    [
        # "that" the object of a verb with an object of its own: no gap to fill, a claim.
        ("He told reporters in a briefing that the army had seized the airport.", "seized", True),
        # "that" the only object: a true relative clause, the letter the group sent.
        (
            "She wrote in a letter that the group sent that the plan had failed.",
            "sent",
            False,
        ),
    ],
)
def test_a_that_object_opens_a_claim_only_beside_another_object(
    nlp: Language, sentence: str, verb: str, opens: bool
) -> None:
    assert cue_contents._opens_a_claim(_clause(nlp, sentence, verb)) is opens
