"""Numbers as news writes them, in digits or in words, to exact decimals.

:func:`parse_number` reads one number expression, the whole of it or nothing:

>>> parse_number("1,000")
Decimal('1000')
>>> parse_number("1.5 million")
Decimal('1500000')
>>> parse_number("2.3bn")
Decimal('2300000000')
>>> parse_number("a hundred and two")
Decimal('102')
>>> parse_number("two thirds")
Decimal('0.666667')
>>> parse_number("a dozen")
Decimal('12')
>>> parse_number("45 and 50") is None
True

Plain cardinal words ("three million two hundred and forty") go to the
``text2num`` library (Allo-Media's ``text_to_num``, a strict parser that
refuses what is not one number); this module adds what news needs around it:
digit separators, "bn"/"m"/"k" multipliers, digits followed by scale words,
"a"/"an" for one, dozens, fractions ("a third", "2 1/2", "½") and "and a half".

Values are :class:`~decimal.Decimal`, never floats: a fraction that does not end
("a third") is rounded to six decimal places.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

__all__ = [
    "DIGIT_WORDS",
    "FRACTION_WORDS",
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "SCALE_WORDS",
    "parse_number",
]

#: Cardinal words below a hundred.
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

#: Words that multiply what comes before them ("two hundred", "1.5 million").
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}

#: The digits as a number read aloud spells them after its decimal point ("six point
#: six", "one point oh five").
DIGIT_WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS[:10])} | {"oh": 0}

#: Every word that can be part of a cardinal number written in words.
NUMBER_WORDS: frozenset[str] = frozenset(_UNITS + _TENS + list(SCALE_WORDS) + ["dozen"])

#: Abbreviated multipliers written after digits: "2.3bn", "€10M", "0.5k".
MULTIPLIERS: dict[str, int] = {
    "k": 1000,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "t": 10**12,
    "tn": 10**12,
    "trn": 10**12,
}

#: Denominators written as words ("two thirds", "a quarter", "three halves").
#: "second" is left out on purpose: "one second" is a time, never a half.
FRACTION_WORDS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
}

_DIGITS = re.compile(
    r"""
    (?P<sign>[-+])?
    (?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\ \d{3})+|\d+|(?=\.\d))
    (?P<frac>\.\d+)?
    (?:[e](?P<exp>[-+]?\d+))?
    """,
    re.VERBOSE,
)
_POWER = re.compile(r"(?P<mantissa>[-+]?\d+(?:\.\d+)?)\s*[x×*]\s*(?P<base>\d+)\^?(?P<exp>[-+]?\d+)")
_SIMPLE_FRACTION = re.compile(r"(?P<num>\d+)\s*/\s*(?P<den>\d+)")
_SIX_PLACES = Decimal("0.000001")


def _clean(value: Fraction) -> Decimal:
    """An exact decimal for a fraction; six places when it does not terminate."""
    if value.denominator == 1:
        return Decimal(value.numerator)
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    if den == 1:
        return exact.normalize() if exact != exact.to_integral_value() else Decimal(int(exact))
    return exact.quantize(_SIX_PLACES)


def _digits(text: str) -> Fraction | None:
    """A number written with digits, with an optional attached multiplier."""
    match = _DIGITS.match(text)
    if match is None or match.end() == 0:
        return None
    rest = text[match.end() :]
    if rest and rest not in MULTIPLIERS:
        return None
    whole = match["int"].replace(",", "").replace(" ", "") or "0"
    value = Fraction(Decimal(whole + (match["frac"] or "")))
    if match["exp"] is not None:
        exponent = int(match["exp"])
        if abs(exponent) > 30:
            return None
        value *= Fraction(10) ** exponent
    if rest:
        value *= MULTIPLIERS[rest]
    if match["sign"] == "-":
        value = -value
    return value


def _vulgar(text: str) -> Fraction | None:
    """ "½", "2½", "1/4", "2 1/2": a fraction, possibly after a whole number."""
    whole = Fraction(0)
    head = text
    if text and unicodedata.category(text[-1]) == "No":
        try:
            part = Fraction(unicodedata.numeric(text[-1])).limit_denominator(1000)
        except ValueError:
            return None
        head = text[:-1].strip()
        if head and not head.isdigit():
            return None
        return part + (int(head) if head else 0)
    pieces = head.split()
    if len(pieces) == 2 and pieces[0].isdigit():
        whole = Fraction(int(pieces[0]))
        head = pieces[1]
    match = _SIMPLE_FRACTION.fullmatch(head)
    if match is None or int(match["den"]) == 0:
        return None
    return whole + Fraction(int(match["num"]), int(match["den"]))


def _cardinal(words: list[str]) -> Fraction | None:
    """Cardinal words ("three million two hundred and forty") via text2num."""
    from text_to_num import text2num

    if not words or words[0] == "and" or words[-1] == "and":
        return None
    if any(word not in NUMBER_WORDS and word != "and" for word in words):
        return None
    # text2num has no notion of dozens; take them off first.
    if words[-1] == "dozen":
        head = _cardinal(words[:-1]) if len(words) > 1 else Fraction(1)
        return None if head is None else head * 12
    try:
        return Fraction(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def _words(words: list[str]) -> Fraction | None:
    """A number in words, or digits followed by words ("1.5 million")."""
    if not words:
        return None
    if "point" in words:
        return _spoken_decimal(words)
    if words[0] == "half" and len(words) > 2 and words[1] in ("a", "an"):
        whole = _words(["one", *words[2:]])  # "half a million"
        return None if whole is None else whole / 2
    if words[-2:] == ["half", "dozen"] and words[:-2] in ([], ["a"]):
        return Fraction(6)  # "a half-dozen", as "half a dozen"
    if words[0] in ("a", "an", "one") and len(words) > 1:
        words = ["one", *words[1:]]
    elif words[0] in ("a", "an"):
        return None
    extra = Fraction(0)
    # "one and a half million", "two and a half thousand": the scale takes the half too
    scales = 0
    while scales < len(words) and words[-1 - scales] in (*SCALE_WORDS, "dozen"):
        scales += 1
    unscaled = words[: len(words) - scales]
    halved = len(unscaled) >= 4 and unscaled[-3] == "and" and unscaled[-1] in ("half", "quarter")
    if scales and halved:
        halves = _words(unscaled)
        for word in words[len(unscaled) :]:
            halves = None if halves is None else halves * SCALE_WORDS.get(word, 12)
        return halves
    # "two and a half", "three and a quarter"
    if (
        len(words) >= 4
        and words[-3] == "and"
        and words[-2] in ("a", "an", "one")
        and words[-1] in ("half", "quarter")
    ):
        extra = Fraction(1, FRACTION_WORDS[words[-1]])
        words = words[:-3]
    last = words[-1]
    if last in FRACTION_WORDS and not extra:
        denominator = FRACTION_WORDS[last]
        if len(words) == 1:
            # A bare "half" is a half; a bare "third" is an ordinal, not a number.
            return Fraction(1, 2) if last == "half" else None
        numerator = _words(words[:-1])
        if numerator is None or numerator.denominator != 1 or numerator > 100:
            return None
        # "one thirds" and "two third" are not English; only "half" bends the rule.
        plural = last.endswith("s")
        if (numerator == 1) == plural and last != "half":
            return None
        return numerator / denominator
    head = _digits(words[0])
    if head is not None and words[0][-1:].isdigit():
        scaled = head
        for word in words[1:]:
            factor = SCALE_WORDS.get(word, 12 if word == "dozen" else None)
            if factor is None:
                return None
            scaled *= factor
        return scaled + extra
    value = _cardinal(words)
    return None if value is None else value + extra


def _spoken_decimal(words: list[str]) -> Fraction | None:
    """A decimal as it is read aloud, the whole number in words and then each digit after
    "point": "six point six" 6.6, "one point two billion" 1.2 billion. Transcripts and quoted
    speech spell them so, and each half read alone would be a number of its own."""
    at = words.index("point")
    whole = _cardinal(words[:at]) if at else Fraction(0)
    end = at + 1
    while end < len(words) and words[end] in DIGIT_WORDS:
        end += 1
    if whole is None or end == at + 1:
        return None
    value = whole + Fraction(
        int("".join(str(DIGIT_WORDS[w]) for w in words[at + 1 : end])), 10 ** (end - at - 1)
    )
    for word in words[end:]:
        if word not in SCALE_WORDS:
            return None
        value *= SCALE_WORDS[word]
    return value


def parse_number(text: str) -> Decimal | None:
    """Read one number written in digits, words, or both.

    Args:
        text: The number as written: "1,000", "10 000", "-15", "4e14", "2.3bn",
            "1.5 million", "two hundred", "twenty-one", "a dozen", "a third",
            "two and a half", "2 1/2", "½". Case and surrounding space do not matter.

    Returns:
        The value, or ``None`` when the text is not exactly one number ("45 and
        50", "third", "a", "1/0"). Fractions that do not end are rounded to six
        decimal places.

    >>> parse_number("four million, three hundred & twelve")
    Decimal('4000312')
    >>> parse_number("2 1/2")
    Decimal('2.5')
    >>> parse_number("one and a half million")
    Decimal('1500000')
    >>> parse_number("one point two billion")
    Decimal('1200000000')
    """
    normal = text.strip().lower().replace("\u2212", "-").replace("\u2013", "-")
    if not normal:
        return None
    value = _digits(normal)
    if value is not None:
        return _clean(value)
    value = _vulgar(normal)
    if value is not None:
        return _clean(value)
    power = _POWER.fullmatch(normal)
    if power is not None and int(power["base"]) in (2, 10) and abs(int(power["exp"])) <= 30:
        # "2.48×10−5", "8x2^10": scientific notation as printed
        scale = Fraction(int(power["base"])) ** int(power["exp"])
        return _clean(Fraction(Decimal(power["mantissa"])) * scale)
    normal = re.sub(r",(?!\d)", " ", normal.replace("&", " and "))
    # Hyphens join words ("twenty-one", "one-half"), never a minus here.
    # A hyphen with a space on each side is the same hyphen ("forty - one" in tokenized text).
    normal = re.sub(r"(?<=[a-z])(?:-| - )(?=[a-z])", " ", normal)
    value = _words(normal.split())
    return None if value is None else _clean(value)
