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


def test_the_bracketed_acronyms_after_a_name_are_what_a_search_of_its_pattern_finds() -> None:
    # Each name's own pattern was compiled for every name; the literal name is now found
    # with str.find and the brackets matched where it ends: the same acronyms, in order.
    import random
    import re

    from kg.resolve._evidence import _BRACKETED, _bracketed_after

    pieces = ["Tarn Guild", "Tarn", "TG", " ", "  ", "\t", "\n", "(", ")", "(TG)", "(Tg)"]
    pieces += ["(ABCDEFGHI)", "( TG)", "Guild", "of", ".", "TarnTarn", "(X)", "(XY)", "é"]
    names = ["Tarn Guild", "Tarn", "TG", "", "Tarn (", ")", "Guild (TG)", "é"]
    chosen = random.Random(7)
    found = 0
    for _ in range(5000):
        text = "".join(chosen.choice(pieces) for _ in range(chosen.randint(0, 14)))
        name = chosen.choice(names)
        searched = [m.group(1) for m in re.finditer(re.escape(name) + _BRACKETED.pattern, text)]
        assert list(_bracketed_after(name, text)) == searched, (name, text)
        found += bool(searched)
    assert found > 500


def test_an_acronym_is_read_after_each_writing_of_the_name() -> None:
    text = "The Tarn Guild met. The Tarn Guild (TG) voted, and TG said so."
    mentions = _organisations(text, "Tarn Guild", "TG")
    assert acronyms(text, mentions) == {"tg": "Tarn Guild"}
