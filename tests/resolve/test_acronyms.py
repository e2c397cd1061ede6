"""The acronyms a document defines for its organisations (kg.resolve._evidence.acronyms)."""

from kg.model import Argument
from kg.resolve._evidence import acronyms


def _organisations(text: str, *names: str) -> list[Argument]:
    found = []
    for name in names:
        start = text.index(name)
        found.append(Argument(text=name, start=start, end=start + len(name), label="ORG"))
    return found


def test_an_acronym_in_brackets_after_the_name_stands_for_it() -> None:
    text = "The Harbour Pilots Guild (HPG) met on Monday. HPG said the port was calm."
    mentions = _organisations(text, "Harbour Pilots Guild", "HPG")
    assert acronyms(text, mentions) == {"hpg": "Harbour Pilots Guild"}


def test_a_bracketed_acronym_that_is_not_the_initials_is_read_from_the_brackets() -> None:
    # The initials would be "NRC"; the brackets say otherwise, and the text has no
    # other bracketed acronym to be confused with.
    text = "The Northern Rail Consortium (NORAIL) bought ten trains. NORAIL paid cash."
    mentions = _organisations(text, "Northern Rail Consortium", "NORAIL")
    assert acronyms(text, mentions) == {"norail": "Northern Rail Consortium"}


def test_without_brackets_only_the_initials_are_read() -> None:
    text = "The Northern Rail Consortium bought ten trains. NRC paid cash; NORAIL did not."
    mentions = _organisations(text, "Northern Rail Consortium", "NRC", "NORAIL")
    assert acronyms(text, mentions) == {"nrc": "Northern Rail Consortium"}
