"""The language of a document (kg.read.language), judged on the start of its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.read.language import detect_language

ENGLISH = (
    "The river burst its banks overnight and flooded the lower town, where rescue crews "
    "in small boats carried elderly residents from their homes before dawn. "
    "Officials said the water had begun to fall by midday but warned that more rain "
    "was forecast for the weekend across the valley. "
)
FRENCH = (
    "La rivi\u00e8re a d\u00e9bord\u00e9 pendant la nuit et inond\u00e9 la ville basse, o\u00f9 "
    "les secours ont \u00e9vacu\u00e9 en barque les habitants les plus \u00e2g\u00e9s avant "
    "l'aube. Les autorit\u00e9s ont indiqu\u00e9 que l'eau avait commenc\u00e9 \u00e0 baisser "
    "vers midi, mais de nouvelles pluies sont attendues ce week-end dans la vall\u00e9e. "
)


def test_a_long_text_is_judged_on_its_start() -> None:
    assert detect_language(ENGLISH * 20) == "en"
    assert detect_language(FRENCH * 20) == "fr"


def test_a_start_without_words_leaves_the_verdict_to_more_of_the_text() -> None:
    # A results table opens the text: its first thousand characters hold too few
    # letters to judge, the two thousand that follow the article's own words.
    table = "\n".join(
        f"{n:>3} {n * 7 % 60:>2}-{n % 5} {n * 13 % 100:>3}.{n % 10}" for n in range(80)
    )
    assert len(table) >= 1000
    assert detect_language(table[:1000] + "\n" + ENGLISH * 5) == "en"
    assert detect_language(table[:2000]) is None


def test_a_short_text_is_not_guessed() -> None:
    assert detect_language("Floods: boats out.") is None
    assert detect_language(ENGLISH) == "en"


def test_the_model_loaded_in_the_background_is_loaded_once_and_used() -> None:
    from kg.read import language

    threads = [language.load_in_background() for _ in range(3)]
    for thread in threads:
        thread.join()
    assert not any(thread.is_alive() for thread in threads)
    assert language._loaded.cache_info().currsize == 1
    text = (
        "The harbour authority closed the northern pier on Tuesday after a storm "
        "damaged two cranes, and officials said repairs would take several weeks."
    )
    assert language.detect_language(text) == "en"
    assert language._loaded.cache_info().currsize == 1


def test_sixty_letters_are_enough_to_judge_wherever_they_stand() -> None:
    # Letters count, of any script; digits, underscores, dashes and spaces do not, however
    # many stand between them.
    words = "the rescue crews carried the elderly residents from their homes at dawn"
    assert sum(c.isalpha() for c in words) == 60
    spaced = " 12_ \u2014 ".join(words.split(" "))
    assert detect_language(spaced) == "en"
    assert detect_language(spaced[:-1]) is None  # 59 letters


def test_the_model_unpacked_in_the_cache_is_the_packages_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    from kg.read import language

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    packed = MODEL_DIR / MODEL_FILE
    unpacked = language._unpacked(packed)
    assert unpacked.parent == tmp_path
    written = unpacked.stat()
    assert language._unpacked(packed) == unpacked  # unpacked once, then read
    assert unpacked.stat().st_mtime_ns == written.st_mtime_ns
    ours = language._read_unpacked(unpacked)
    for mine, theirs in zip(ours, load_model(packed), strict=True):
        assert type(mine) is type(theirs)
        if isinstance(theirs, numpy.ndarray):
            assert mine.dtype == theirs.dtype
            assert numpy.array_equal(mine, theirs)
        else:
            assert getattr(mine, "typecode", None) == getattr(theirs, "typecode", None)
            assert mine == theirs
    language._loaded.cache_clear()
    try:
        reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        for text in (ENGLISH, FRENCH, ENGLISH[:90]):
            assert language._identifier().classify(text) == reference.classify(text)
    finally:
        language._loaded.cache_clear()


def test_the_model_is_read_from_the_package_when_no_cache_can_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.read import language

    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked))
    language._loaded.cache_clear()
    try:
        assert detect_language(FRENCH) == "fr"
    finally:
        language._loaded.cache_clear()


def test_a_damaged_unpacked_model_leaves_the_package_to_read_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from kg.read import language

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    unpacked = language._unpacked(MODEL_DIR / MODEL_FILE)
    whole = unpacked.read_bytes()
    language._loaded.cache_clear()
    try:
        for damaged in (whole[: len(whole) // 2], whole[:100], b"not a model"):
            unpacked.write_bytes(damaged)
            language._loaded.cache_clear()
            assert detect_language(FRENCH) == "fr"
    finally:
        language._loaded.cache_clear()


def test_the_walk_by_steps_meets_py3langids_features_in_its_order_and_scores_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, visit_counts

    from kg.read import language
    from kg.read._language_steps import StepIdentifier, visits

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    language._loaded.cache_clear()
    try:
        ours = language._identifier()
        assert isinstance(ours, StepIdentifier)
        reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        steps = language._steps(language._unpacked(MODEL_DIR / MODEL_FILE))
        assert steps.parent == tmp_path
        made = steps.stat().st_mtime_ns
        assert language._steps(language._unpacked(MODEL_DIR / MODEL_FILE)) == steps
        assert steps.stat().st_mtime_ns == made  # made once, then read
        letters = "abcdeéüñçøßжщλπ中文日本語 ,.!?\n\t0123456789'\"-–—()\ud800"
        rnd = random.Random(3)
        texts = [ENGLISH, FRENCH, ENGLISH[:90], "", " ", "\u0000", ENGLISH.upper()]
        texts += [
            "".join(rnd.choice(letters) for _ in range(rnd.randrange(300))) for _ in range(300)
        ]
        for text in texts:
            sample = reference._encode(text)
            theirs = visit_counts(
                reference.tk_nextmove, reference._rowbase, reference.tk_output, sample
            )
            mine = visits(ours._next_rows, ours._features, ours._start, sample)
            assert (mine is None) == (theirs is None)
            if theirs is not None:
                assert list(mine.items()) == list(theirs.items())  # the order the scores sum in
            assert ours.classify(text) == reference.classify(text)
            assert ours.rank(text) == reference.rank(text)
    finally:
        language._loaded.cache_clear()


def test_damaged_step_tables_leave_the_package_to_read_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    import numpy
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from kg.read import language

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    steps = language._steps(language._unpacked(MODEL_DIR / MODEL_FILE))
    with numpy.load(steps) as data:
        next_rows, features = data["next_rows"], data["features"]

    def saved(**arrays: object) -> bytes:
        made = io.BytesIO()
        numpy.savez(made, **arrays)
        return made.getvalue()

    whole = steps.read_bytes()
    short = len(next_rows) // 2
    try:
        for damaged in (
            whole[: len(whole) // 2],
            b"not a model",
            saved(next_rows=next_rows, features=features),  # no start
            saved(next_rows=next_rows[:short], features=features[:short], start=numpy.int64(0)),
            saved(next_rows=next_rows, features=features.astype(numpy.int64), start=numpy.int64(0)),
        ):
            steps.write_bytes(damaged)
            language._loaded.cache_clear()
            assert type(language._identifier()).__name__ == "LanguageIdentifier"
            assert detect_language(FRENCH) == "fr"
    finally:
        language._loaded.cache_clear()
