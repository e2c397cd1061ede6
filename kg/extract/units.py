"""What a number counts, and whose: the unit, the owner and where a figure's span ends.

:func:`read_unit` is called by :mod:`kg.extract.figure_reading` once the number (and a
range or ratio) is read; its readers are tried in order: money and a unit glued to the
digits, an abbreviation after the number ("5 km", "10 sq km"), a measure joined by a
hyphen ("27-kilometer", "two-year"), an "of" after it ("thousands of people", "a third of
the forces", with the owner "of" names), a share of a noun after a determiner ("half the
city"), and the noun the number counts ("12 people", "a 5 metre shark"). A count per day or
per thing is a rate ("400 cases a day"): :func:`count_per`. The unit a number in another
sentence takes from here is decided later, in :mod:`kg.extract.implied_units`, which uses
:data:`NOT_CARRIED`, :data:`MODIFIER_DEPS`, :func:`count_per` and :func:`value_holder`;
:mod:`kg.extract.non_figures` uses the first two too.

The functions here only read the Doc; nothing is written to it but the reading they are given.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.spans import dependents
from kg.extract.written_numbers import FigureReading, NumberCore, chars, unit_name
from kg.lang.en import (
    BIT_UNITS,
    CASED_UNITS,
    CURRENCY_SYMBOLS,
    MEASURES,
    MONTH_WORDS,
    PEOPLE_PARTICIPLES,
    PICTURE_WORDS,
    PLURAL_SCALES,
    POINT_IN_TIME_WORDS,
    TIME_OFFSET_WORDS,
    TIME_UNITS,
    UNIT_NAMES,
    VALUE_HOLDERS,
    WINDOW_NOUNS,
)
from kg.lang.wordnet import NOUN_GROUP, NOUN_PERSON, noun_classes

__all__ = [
    "MODIFIER_DEPS",
    "NOT_CARRIED",
    "VALUE_CLASSES",
    "abbreviation_at",
    "count_per",
    "counted_noun",
    "of_object",
    "read_unit",
    "value_holder",
]


#: WordNet's files of nouns whose number is a value and not a count of them: attribute
#: ("price", "temperature"), cognition, possession ("share", "profit"), quantity, relation.
VALUE_CLASSES = frozenset({7, 9, 21, 23, 24})
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "det"})
# Units a number in a later sentence cannot take by ellipsis: measures, money and shares of
# a whole are stated again when meant ("Of those, 14" counts people, not dollars).
NOT_CARRIED = MEASURES | TIME_UNITS | {"percent", "percentage point"}
# Words between a count and a length of time or a thing that make a rate: "400 cases a
# day", "12 patients per nurse", "1,300 reviews each year".
_RATE_WORDS = frozenset({"per", "a", "an", "every", "each"})
# Words after "a day" that make it a point in time or a kind, not a rate's "per day".
_NOT_A_RATE_AFTER = TIME_OFFSET_WORDS | {"since", "-"}
# Words after "a year" that say when, also after an amount of money or a measure ("$2
# million a year ago", "a month into the war"); not "after" and "before", which a wage
# may take as a rate ("$15 an hour before tips").
_POINT_IN_TIME_AFTER = (TIME_OFFSET_WORDS - {"after", "before"}) | {"since", "into"}
# Words that may stand between "a year" and the word that says when: "a week or so later",
# "a year and a half ago".
_ABOUT_WORDS = frozenset({"or", "and", "so", "a", "half"})
# How a measure hangs on a noun or adjective when it gives a size ("a 300-mile canal", "a
# 2,000-mile-long wall"): such a figure describes its noun and a later bare number does
# not count its unit.
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod"})


def abbreviation_at(doc: Doc, k: int, high: int) -> tuple[str, int] | None:
    """A unit written as a symbol or abbreviation at token ``k``: (name, tokens)."""
    if k >= high:
        return None
    token = doc[k]
    low = token.lower_
    pair = tuple(t.lower_ for t in doc[k : k + 2])
    if pair in (("per", "cent"), ("per", "centum")):
        return "percent", 2
    if pair in (("percentage", "point"), ("percentage", "points")):
        return "percentage point", 2
    if low == "in" and k > 0 and doc[k - 1].like_num:
        following = doc[k + 1] if k + 1 < high else None
        adjective = following is not None and following.pos_ == "ADJ"
        if adjective and k + 2 < high and doc[k + 2].pos_ in ("NOUN", "PROPN", "NUM"):
            adjective = False  # "85,000 in fiscal 2016"
        if following is None or following.is_punct or adjective:
            return "inch", 1  # "2 in thick", "2 1/2 in."; "2 in my car" stays a preposition
    if pair in (("°", "c"), ("degrees", "celsius"), ("degree", "celsius")):
        return "degree Celsius", 2
    if pair in (("°", "f"), ("degrees", "fahrenheit"), ("degree", "fahrenheit")):
        return "degree Fahrenheit", 2
    if pair in (("sq", "km"), ("square", "kilometres"), ("square", "kilometers")):
        return "square kilometre", 2
    if pair in (("sq", "mi"), ("square", "miles")):
        return "square mile", 2
    if low == "%":
        return "percent", 1
    if token.text in BIT_UNITS:
        return BIT_UNITS[token.text], 1  # "10 Tb", "40 Gbps": bits, not bytes
    if token.text in CASED_UNITS:
        return UNIT_NAMES[low], 1
    if (
        low in UNIT_NAMES
        and not token.is_alpha
        or low
        in (
            "km",
            "kms",
            "mi",
            "kg",
            "mg",
            "cm",
            "mm",
            "ft",
            "lb",
            "lbs",
            "ha",
            "mph",
            "kph",
            "hrs",
            "hr",
            "cl",
            "ml",
            "tbsp",
            "tsp",
            "bbl",
            "ghz",
            "mhz",
            "mb",
            "gb",
            "tb",
            "t",
        )
    ):
        return UNIT_NAMES[low], 1
    if low == "m" and not (k + 1 < high and doc[k + 1].pos_ in ("NOUN", "PROPN")):
        return "metre", 1
    return None


def _per(doc: Doc, k: int, high: int, unit: str) -> tuple[str, int]:
    """Extend a measure with "per hour" or "/h": (unit, tokens used)."""
    if k + 1 < high and doc[k].lower_ in ("per", "/", "a", "an") and doc[k + 1].is_alpha:
        money = unit in CURRENCY_SYMBOLS.values()
        if doc[k].lower_ in ("a", "an") and not money and doc[k + 1].lemma_ not in TIME_UNITS:
            return unit, 0  # "$30 a barrel", "5 km an hour"; not "10 km a village"
        if doc[k].lower_ in ("a", "an") and _point_in_time(doc, k, high):
            return unit, 0  # "$1.4 billion a year earlier"
        base = doc[k + 2] if k + 2 < high and doc[k + 2].pos_ in ("NOUN", "PROPN") else None
        if base is not None and (power := _power(doc, base, high)):
            # "$70 per square foot", "$9 a square metre": an area or a volume, not "square"
            return f"{unit} per {power} {unit_name(base)}", 3
        if doc[k + 1].pos_ not in ("NOUN", "PROPN", "X", "SYM") and doc[k].lower_ != "per":
            return unit, 0
        if _glued_compound(doc, k + 1, high):
            # "$45 per megawatt-hour", "per passenger-mile": the whole compound is the base
            return f"{unit} per {unit_name(doc[k + 1])} {unit_name(doc[k + 3])}", 4
        return f"{unit} per {unit_name(doc[k + 1])}", 2
    return unit, 0


def _glued_compound(doc: Doc, k: int, high: int) -> bool:
    """Whether the word at ``k`` is the first of two joined by a hyphen with no spaces
    ("megawatt-hour", "passenger-mile")."""
    if k + 2 >= high or doc[k + 1].text != "-" or doc[k].whitespace_ or doc[k + 1].whitespace_:
        return False
    return doc[k + 2].is_alpha and doc[k + 2].pos_ in ("NOUN", "PROPN")


def _point_in_time(doc: Doc, k: int, high: int) -> bool:
    """Whether the length of time after "a" at ``k`` says when, not how often: "a year ago",
    "a month into the war", "a week or so later", "a year and a half ago"; not "$2 million a
    year", "400 cases a day"."""
    i = k + 2
    while i < min(high, k + 5) and (doc[i].lower_ in _ABOUT_WORDS or doc[i].like_num):
        i += 1
    return i < high and doc[i].lower_ in _POINT_IN_TIME_AFTER


def _holds_value(noun: Token, core: NumberCore) -> bool:
    """Whether the noun after a number is a singular that holds the number rather than what
    it counts: "passed the 1,000 mark", "the 60,000 projection" (a count would make the
    noun plural). The counted noun is a compound before it, a count of the same sentence, or
    none."""
    return core.value != 1 and value_holder(noun)


def value_holder(noun: Token) -> bool:
    """Whether ``noun`` is a singular of ``VALUE_HOLDERS``: "mark", "projection"."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in VALUE_HOLDERS


def _compound_before(doc: Doc, noun: Token, k: int) -> str | None:
    """The noun that a compound names before ``noun``: "the 1,237 delegate threshold"."""
    for token in doc[k : noun.i]:
        if token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.i == noun.i:
            return unit_name(token)
    return None


def count_per(doc: Doc, k: int, high: int, unit: str) -> tuple[str, int]:
    """A count per day or per thing is a rate: "400 cases a day", "12 patients per nurse"
    count "case per day" and "patient per nurse", not cases and patients. Only a singular noun
    after "per", and a length of time after "a"/"an", "every" or "each" that is not a point
    in time ("killed 12 people a day after the vote", "a year earlier") nor a kind of noun
    ("a day trip", "a year-long inquiry")."""
    if not (k + 1 < high and doc[k].lower_ in _RATE_WORDS and doc[k + 1].tag_ == "NN"):
        return unit, 0
    after = doc[k + 2] if k + 2 < high else None
    if after is not None and (after.lower_ in _NOT_A_RATE_AFTER or after.pos_ == "NOUN"):
        return unit, 0
    if _point_in_time(doc, k, high):
        return unit, 0  # "killed 40 people a month into the war"
    if doc[k].lower_ in ("every", "each"):
        if unit_name(doc[k + 1]) not in TIME_UNITS:
            return unit, 0  # "10 people each village" is no rate
        return f"{unit} per {unit_name(doc[k + 1])}", 2  # "1,300 reviews each year"
    return _per(doc, k, high, unit)


def _verb_read_as_noun(doc: Doc, noun: Token, high: int) -> bool:
    """Whether the singular after a ratio is the verb of those it counts, which the parser
    took for a noun: "one in five thought the plan was fair", "one in three understand
    where ...". A ratio counts a plural ("one in five residents") or a body ("one in four
    staff"), and such a noun would be the subject of a verb after it ("one in four staff
    said ..."); a singular that names no person or body, with no verb after it, is none."""
    if noun.tag_ != "NN" or noun.ent_type_:
        return False
    after = doc[noun.i + 1] if noun.i + 1 < high else None
    if after is not None and after.pos_ in ("VERB", "AUX"):
        return False
    return noun_classes(noun.lemma_.lower())[:1] not in ((NOUN_PERSON,), (NOUN_GROUP,))


def _per_after_what(doc: Doc, noun: Token, high: int, unit: str) -> tuple[str, int]:
    """A rate written after what the counted noun is of: "2,300 new cases of the flu per
    day" counts "case per day" and "20 tonnes of gas a day" "tonne per day", as "2,300 new
    cases per day" and "20 tonnes a day" do. Only a rate right after the head of the "of"
    phrase: (unit, tokens used from the counted noun on)."""
    if not (noun.i + 1 < high and doc[noun.i + 1].lower_ == "of"):
        return unit, 0
    what = of_object(doc, doc[noun.i + 1], high)
    if what is None or what.like_num or what.pos_ not in ("NOUN", "PROPN"):
        return unit, 0
    rate = _per if unit in MEASURES else count_per
    rated, used = rate(doc, what.i + 1, high, unit)
    return (rated, what.i - noun.i + used) if used else (unit, 0)


def _power(doc: Doc, noun: Token, high: int) -> str | None:
    """ "square" or "cubic" for "4 square kilometres", "4 km cubed", else None."""
    before = doc[noun.i - 1].lower_ if noun.i > 0 else ""
    after = doc[noun.i + 1].lower_ if noun.i + 1 < high else ""
    if before in ("square", "sq") or after == "squared":
        return "square"
    if before == "cubic" or after == "cubed":
        return "cubic"
    return None


def _noun_phrase_text(doc: Doc, head: Token) -> str:
    """The owner phrase: the noun with what precedes it in its phrase."""
    start = head.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return chars(doc, doc[start].idx, head.idx + len(head))


def of_object(doc: Doc, of: Token, high: int) -> Token | None:
    """The noun an "of" token introduces, by the parse or, failing that, by position."""
    for child in dependents(of):
        if child.dep_ == "pobj":
            return child
    for k in range(of.i + 1, min(of.i + 6, high)):
        if doc[k].pos_ in ("NOUN", "PROPN", "PRON"):
            last = k
            while last + 1 < high and doc[last + 1].pos_ in ("NOUN", "PROPN"):
                last += 1
            return doc[last]
        if doc[k].pos_ not in ("DET", "ADJ", "NUM", "ADV"):
            break
    return None


def _owner(doc: Doc, noun: Token, high: int) -> str | None:
    for child in dependents(noun):
        if child.lower_ == "of" and child.dep_ == "prep" and child.i > noun.i:
            target = of_object(doc, child, high)
            if target is not None:
                return _noun_phrase_text(doc, target)
    return None


#: A model's name of capitals, a hyphen and digits, in one word: "AK-47", "F-16", "SA-7".
_MODEL_WORD = re.compile(r"[A-Z]{1,5}-\d{1,4}[A-Za-z]?")


def model_name_end(doc: Doc, i: int) -> int | None:
    """Where a model's name that starts at token ``i`` ends: capitals, a hyphen and digits,
    as one word ("AK-47", "F-16") or as tokenized text spaces it ("AK - 47"); None when no
    such name starts there. Its digits name the model and count nothing."""
    if _MODEL_WORD.fullmatch(doc[i].text):
        return i + 1
    if i + 2 < len(doc) and doc[i + 1].text == "-" and re.fullmatch(r"\d{1,4}", doc[i + 2].text):
        name = doc[i]
        if name.is_alpha and name.is_upper and len(name.text) <= 5:
            # not inside a line in capitals: "BREAKING NEWS - 3 DEAD" counts the dead
            around = [doc[j] for j in (i - 1, i + 3) if 0 <= j < len(doc)]
            if not any(t.is_alpha and t.is_upper for t in around):
                return i + 3
    return None


def counted_noun(doc: Doc, core: NumberCore, k: int, high: int) -> Token | None:
    """The noun a number counts: its syntactic head, or the next noun of its phrase; past a
    model's name, the noun it names a model of ("seven AK-47 rifles", "six AK - 47 rifles":
    rifles; "seven AK-47s" count the name itself)."""
    named_to = model_name_end(doc, k) if k < high else None
    if named_to is not None:
        after_name = _noun_counted(doc, core, named_to, high)
        if after_name is not None:
            return after_name
    return _noun_counted(doc, core, k, high)


def _noun_counted(doc: Doc, core: NumberCore, k: int, high: int) -> Token | None:
    """:func:`counted_noun` from the word ``k``, the first after the number."""
    inside = range(core.start, core.end)
    # After an opening scare quote the parse may count the quoted modifier ('nine
    # "nonprobability" samples'): read the run of words, which goes past the closing quote.
    scare_quoted = k < high and _opening_quote(doc[k])
    for token in doc[core.start : core.end] if not scare_quoted else ():
        head = token.head
        if head.i in inside or token.dep_ not in _NUMBER_DEPS:
            continue
        if head.pos_ in ("NOUN", "PROPN") and k <= head.i <= k + 6:
            between = doc[k : head.i]
            if all(
                t.pos_ not in ("VERB", "AUX", "PUNCT", "ADP")
                or t.text == "-"
                # a modifier of the noun: "1,999 registered voters"
                or (t.head.i == head.i and t.dep_ in ("amod", "compound"))
                for t in between
            ):
                return _modified_plural(head, core) or head
    # The parse missed it: take the last noun of the adjective-noun run that follows.
    noun = None
    quoted = False
    for j in range(k, min(k + 6, high)):
        token = doc[j]
        if token.lower_ in PLURAL_SCALES:
            break  # "raised millions and hundreds joined": a number of its own, not the unit
        if (j == k and _opening_quote(token)) or (quoted and token.is_quote):
            quoted = True  # '31 "open outbreaks"', 'nine "nonprobability" samples': scare quotes
        elif token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.tag_ == "NNPS"):
            noun = token
        elif noun is not None:
            break
        elif _modifying_acronym(token):
            continue  # "the 115 elected IOC members": a body's name that modifies the noun
        elif token.pos_ not in ("ADJ", "CCONJ") and token.text != "-" and token.tag_ != "VBN":
            break  # a participle modifies like an adjective: "two captured CIA pilots"
    return noun


def _modifying_acronym(token: Token) -> bool:
    """Whether a word in capitals ("IOC", "GOP") modifies a common noun after it; a
    capitalised name ("a two - seeded Creighton team", "the Web 2.0 Summit host") may be what
    the number belongs to, and is not skipped."""
    if not (token.is_alpha and token.is_upper and len(token.text) >= 2):
        return False
    return token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i


def _opening_quote(token: Token) -> bool:
    """Whether a quote mark opens scare quotes on the word after it: '31 "open outbreaks"', as
    tokenized text spaces them too ('twenty “ felony charges ”'). A capitalised word in quotes
    is a title ('three "X-Men" movies'), whose noun comes after the closing mark."""
    doc = token.doc
    if not token.is_quote or token.i + 1 >= len(doc) or token.i == 0:
        return False
    word = doc[token.i + 1]
    return word.is_alpha and word.is_lower and bool(doc[token.i - 1].whitespace_)


def _modified_plural(noun: Token, core: NumberCore) -> Token | None:
    """The plural noun that ``noun`` only modifies, when the parse hung the number on the
    modifier: "3 bank employees", "two plainclothes officers", "10,500 Writers Guild
    members" count the employees, officers and members. A singular head keeps the
    modifier as what is counted: "a 3 bedroom house" (a kind of house); so does a measure
    or a word joined to the number by a hyphen: "2048 bit keys", "three 10 - year
    sentences", "32 - bit versions" (a size or a kind, as tokenized text spaces it)."""
    if core.value == 1 or noun.dep_ not in ("compound", "nmod"):
        return None
    if unit_name(noun) in MEASURES | TIME_UNITS or any(
        t.text == "-" for t in noun.doc[core.start : noun.i]
    ):
        return None
    head = noun.head
    if head.i <= noun.i or head.tag_ not in ("NNS", "NNPS") or head.i > noun.i + 4:
        return None
    return head


def read_unit(
    doc: Doc,
    core: NumberCore,
    reading: FigureReading,
    money: str | None,
    high: int,
    *,
    durations: bool,
) -> bool:
    """Find the unit, the owner and the span's end; True when the figure is to be skipped.

    The readers below are tried in order; the first whose case it is decides.
    """
    k = core.end
    if money is None and k < high and doc[k].lower_ in CURRENCY_SYMBOLS:
        if not doc[k].is_alpha or doc[k].is_upper:  # "-15€", "5 million USD"
            money = CURRENCY_SYMBOLS[doc[k].lower_]
            reading.last = max(reading.last, k)
            k += 1
    if money is not None:  # "$15.4/hour", "$350 per kg"
        return _per_unit(doc, k, high, money, reading)
    if core.suffix is not None:  # "15km", "20%"
        low = core.suffix.lower()
        unit = BIT_UNITS.get(core.suffix) or UNIT_NAMES.get(low, low)  # "6Tb": bits
        if core.words and unit in TIME_UNITS and not durations:
            return True  # "an hour and a half" is a duration
        return _per_unit(doc, k, high, unit, reading)
    for reader in (_abbreviated_unit, _hyphenated_unit, _unit_after_of, _share_of_whole):
        skip = reader(doc, core, reading, k, high, durations=durations)
        if skip is not None:
            return skip
    return _counted_unit(doc, core, reading, k, high, durations=durations)


def _multiplies(doc: Doc, times: Token, high: int) -> bool:
    """Whether "times" after a number makes it a factor, not a count of occasions: before a
    comparative ("five times more likely", "three times faster"), "as" and a word of degree
    ("six times as likely", "three times as much") or a determiner of the thing multiplied
    ("five times that number", "four times the size": a value, WordNet's attribute, quantity
    ...); not "three times a week" (a rate), "five times this season" (occasions in a time)
    or "two more times"."""
    if times.lower_ != "times" or times.i + 1 >= high:
        return False
    after = doc[times.i + 1]
    if after.tag_ in ("JJR", "RBR"):
        return True
    if after.lower_ == "as" and times.i + 2 < high:
        return doc[times.i + 2].pos_ in ("ADJ", "ADV")
    if after.lower_ in ("the", "that", "its", "their", "his", "her"):
        nouns = [t for t in doc[times.i + 2 : min(high, times.i + 5)] if t.pos_ == "NOUN"]
        return bool(nouns) and noun_classes(nouns[0].lemma_.lower())[:1] in _A_VALUE
    return False


_A_VALUE = frozenset((c,) for c in VALUE_CLASSES)


def _per_unit(doc: Doc, k: int, high: int, unit: str, reading: FigureReading) -> bool:
    """A unit known already, maybe "per" something after it."""
    reading.unit, used = _per(doc, k, high, unit)
    if used:
        reading.last = max(reading.last, k + used - 1)
    return False


def _abbreviated_unit(
    doc: Doc, core: NumberCore, reading: FigureReading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "5 km", "10 sq km", "3 m2": an abbreviation after the number."""
    abbreviation = abbreviation_at(doc, k, high)
    if abbreviation is None:
        return None
    name, used = abbreviation
    reading.last = max(reading.last, k + used - 1)
    power = _power(doc, doc[k + used - 1], high)
    if power and " " not in name:
        name = f"{power} {name}"
        if doc[k + used : k + used + 1].text.lower() in ("squared", "cubed"):
            used += 1
            reading.last += 1
    reading.unit, more = _per(doc, k + used, high, name)
    reading.last += more
    reading.owner = _owner(doc, doc[k + used - 1], high)
    return reading.unit.split()[0] in TIME_UNITS and not durations


def _hyphenated_unit(
    doc: Doc, core: NumberCore, reading: FigureReading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "27-kilometer", "two-year", "16-meter": a measure glued on with a hyphen, or set off
    by spaces on both sides as tokenized text writes it ("a 12 - gauge shotgun")."""
    if k + 1 < high and doc[k].text == "-" and _FEET_AND_INCHES.fullmatch(doc[k + 1].text):
        return True  # "the 7-foot-3 center": a height that describes a person, as an age does
    if not (k + 1 < high and doc[k].text == "-" and doc[k + 1].is_alpha):
        return None
    if doc[k].whitespace_ and (not doc[k - 1].whitespace_ or doc[k + 1].pos_ != "NOUN"):
        return None  # "12 - another victim", "three - and - out": a dash, or no noun
    if doc[k - 1].whitespace_ and not doc[k].whitespace_:
        return None  # "10 -year": no compound
    unit = unit_name(doc[k + 1])
    if k + 3 < high and doc[k + 2].text == "-" and doc[k + 3].lower_ == "old":
        return True  # "a 27-year-old man": an age, not a figure of the event
    word = doc[k + 1]
    if unit in TIME_UNITS and _names_window(doc, word, high):
        return True  # "the 14-day rate", "a 52-week high": the window of a statistic
    if (
        unit not in MEASURES
        and unit not in TIME_UNITS
        and "." not in core.digits  # "6.0-sigma significance" measures
        and word.dep_ in ("compound", "amod", "nmod")
        and word.head.i > word.i
        and word.head.pos_ in ("NOUN", "PROPN")
    ):
        # "a five-star hotel", "the two-party system", "a four-lane road": the number and
        # its noun say what kind of thing the next noun is; nothing is counted. A measure
        # ("a 20-foot truck", "a 6.0-sigma result") or a length of time ("a two-year
        # sentence") still is one.
        return True
    if unit not in MEASURES and unit not in TIME_UNITS and _kind_of_many(core, word):
        return True  # "the word of the night was two-way": a kind, where no noun follows
    reading.unit = unit
    reading.last = k + 1
    return unit in TIME_UNITS and not durations


def _kind_of_many(core: NumberCore, word: Token) -> bool:
    """Whether a singular noun joined to a number above one by a hyphen makes an adjective
    ("two-way", "three-party"): a count of more than one names a plural ("two ways"), so the
    singular says what kind a thing is even where no noun follows it for the parse to hang
    it on ("the race was three-way", "the operative term being two-way")."""
    if "." in core.digits or core.value != core.value.to_integral_value():
        return False  # "a 5.9-magnitude quake", "6.0-sigma significance" measure
    return word.tag_ == "NN" and core.value > 1 and not core.share and core.value_max is None


# The rest of a height in feet and inches as the tokenizer leaves it: "foot-3" of "7-foot-3".
_FEET_AND_INCHES = re.compile(r"(?:foot|feet|ft)-\d{1,2}", re.IGNORECASE)


def _names_window(doc: Doc, word: Token, high: int) -> bool:
    """Whether a time word ("day" of "14-day") sets the window of a statistic after it.
    An adjective before another noun is no statistic: "a 72-hour total curfew", "a two-day
    high-level summit" last that long."""
    nouns = [word.head] if word.head.i > word.i else []
    nouns += [t for t in doc[word.i + 1 : min(word.i + 3, high)] if t.pos_ == "NOUN"]
    return any(t.lemma_.lower() in WINDOW_NOUNS or t.lower_ in WINDOW_NOUNS for t in nouns)


def _unit_after_of(
    doc: Doc, core: NumberCore, reading: FigureReading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "thousands of people", "a third of the forces", "200 of them"."""
    if not (k < high and doc[k].lower_ == "of"):
        return None
    if k + 1 < high and doc[k + 1].like_num and core.digits:
        if (
            k + 2 >= high
            or doc[k + 2].pos_ not in ("NOUN", "PROPN", "ADJ")
            or doc[k + 2].lower_ in PICTURE_WORDS
        ):
            reading.end = k + 2
            return True  # "10 of 10", "4 of 17", "9 of 43 Photos": a caption's counter
    target = of_object(doc, doc[k], high)
    if target is None:
        return None
    if target.like_num:
        return False  # "Two of the 12": the 12 are a figure of their own
    reading.share = core.share
    if target.pos_ == "PRON":
        reading.unit = None
    elif target.lower_ in PEOPLE_PARTICIPLES:
        reading.unit = "person"  # "6 of the injured"
        reading.owner = _noun_phrase_text(doc, target)
    else:
        reading.unit = unit_name(target)
        reading.owner = _owner(doc, target, high)
    reading.last = target.i
    if reading.unit in MEASURES and not reading.share:
        # "thousands of dollars per megawatt-hour": a rate, as "$2,000 per megawatt-hour" is
        reading.unit, used = _per(doc, target.i + 1, high, reading.unit)
        reading.last += used
    elif reading.unit is not None and not reading.share:
        # "thousands of people a day": a rate, as "2,000 people a day" is
        reading.unit, used = count_per(doc, target.i + 1, high, reading.unit)
        reading.last += used
    return False


def _share_of_whole(
    doc: Doc, core: NumberCore, reading: FigureReading, k: int, high: int, *, durations: bool
) -> bool | None:
    """ "half the city": a share of the noun after a determiner."""
    if not (core.share and k < high and doc[k].pos_ == "DET"):
        return None
    whole = counted_noun(doc, core, k + 1, high)
    if whole is not None:
        reading.unit, reading.share = unit_name(whole), True
        reading.owner = _owner(doc, whole, high)
        reading.last = whole.i
    return False


def _counted_unit(
    doc: Doc, core: NumberCore, reading: FigureReading, k: int, high: int, *, durations: bool
) -> bool:
    """The noun the number counts ("12 people", "a 5 metre shark")."""
    noun = counted_noun(doc, core, k, high)
    if k < high and doc[k].is_alpha and unit_name(doc[k]) in MEASURES:
        noun = doc[k]  # "a 5 metre shark" measures metres, not sharks
    if noun is not None and unit_name(noun) in TIME_UNITS:
        if any(t.lower_ in POINT_IN_TIME_WORDS for t in doc[k : noun.i]):
            return False  # "jumped to 12 last week": the week says when, it is not counted
    if noun is None:
        return False
    ratio = core.share and any(t.lower_ in ("in", "out") for t in doc[reading.start : k])
    if ratio and _verb_read_as_noun(doc, noun, high):
        return False  # "one in five thought the plan was fair": no noun is counted
    if noun.i == k and noun.tag_ == "NN" and unit_name(noun) in TIME_UNITS:
        if _names_window(doc, noun, high):
            return True  # "the five day average", as "the five-day average" is written
    month = noun.lower_ in MONTH_WORDS and noun.text[0].isupper()  # not "130 K march"
    if month or noun.ent_type_ in ("DATE", "TIME") and noun.pos_ == "PROPN":
        return True  # "24 February", "Friday 24"
    unit = unit_name(noun)
    if unit == "time" and _multiplies(doc, noun, high):
        reading.last = max(reading.last, noun.i)
        return False  # "six times as likely", "three times faster": a ratio, counting nothing
    if _holds_value(noun, core):
        reading.last = max(reading.last, noun.i)
        reading.unit = _compound_before(doc, noun, k)
        return False
    if core.share and unit not in MEASURES:
        # "one in five residents": a share of the residents, not 0.2 residents
        reading.unit, reading.share = unit, True
        reading.owner = _owner(doc, noun, high)
        reading.last = max(reading.last, noun.i)
        return False
    power = _power(doc, noun, high)
    if power:
        unit = f"{power} {unit}"
        if doc[noun.i + 1 : noun.i + 2].text.lower() in ("squared", "cubed"):
            reading.last = noun.i + 1
    reading.last = max(reading.last, noun.i)
    if unit in MEASURES:
        unit, used = _per(doc, noun.i + 1, high, unit)
    else:
        unit, used = count_per(doc, noun.i + 1, high, unit)
    if not used:
        unit, used = _per_after_what(doc, noun, high, unit)
    reading.last += used
    reading.unit = unit
    reading.owner = _owner(doc, noun, high)
    return reading.unit in TIME_UNITS and not durations
