"""Which clause a cue's content is, read off the parse (kg.extract.cue_contents)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract import cue_contents


def test_a_writers_aside_keeps_its_own_words_when_read_as_a_clause(nlp: Language) -> None:
    # "though engineers later disputed it" is the writer's aside to the mayor's claim; read
    # as a clause of its own, its subtree is all of it: only asides inside it are cut.
    doc = nlp("The mayor said the dam had burst, though engineers later disputed it.")
    disputed = next(t for t in doc if t.text == "disputed")
    assert cue_contents._writers_aside(disputed)
    assert {doc[i].text for i in cue_contents._subtree(disputed)} >= {"disputed", "engineers"}


def test_a_that_the_parse_made_an_object_opens_a_claim(nlp: Language) -> None:
    # "in a letter that the plan had failed": the parse hangs the claim on "letter" as a
    # relative clause whose object is "that"; it is what was written.
    doc = nlp("He wrote in a letter that the plan had failed.")
    failed = next(t for t in doc if t.text == "failed")
    assert failed.dep_ in {"relcl", "acl"} and cue_contents._opens_a_claim(failed)
