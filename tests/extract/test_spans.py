"""The spans arguments carry, with the real English model: sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.spans import noun_phrase


def _phrase(nlp: Language, text: str, head: str) -> str:
    doc = nlp(text)
    return noun_phrase(next(t for t in doc if t.text == head)).text


def test_an_adverb_after_the_noun_is_no_part_of_its_phrase(nlp: Language) -> None:
    text = "Cheap drones could be used by militias more widely to carry explosives."
    assert _phrase(nlp, text, "militias") == "militias"


def test_a_located_adverb_after_the_noun_stays(nlp: Language) -> None:
    text = "Rebels took control of three towns south of Varnel."
    assert _phrase(nlp, text, "towns") == "towns south of Varnel"  # the count is a figure
