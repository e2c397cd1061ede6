"""Rules that name organisations and groups: ministries, councils, armed forces.

Each takes the cleaned span, its text as written and the document state, and
returns the cluster it names or ``None`` when the span is not of its kind.
"""

from __future__ import annotations

import re

from kg.gazetteer import PlaceRecord, fold
from kg.lang.en import GROUP_ACTOR_ENDINGS, GROUP_ACTOR_NOUNS
from kg.lang.wordnet import NOUN_PERSON, noun_classes
from kg.resolve._clusters import Cluster
from kg.resolve._state import DocState
from kg.resolve._text import lexicon, ministry_patterns, slug

__all__ = [
    "common_group",
    "council",
    "country_of",
    "group",
    "group_head",
    "make_group",
    "ministry",
    "organization",
    "singular_classes",
]


_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")
# A possessive word before a group's noun, singular or plural ("the city's", "the
# workers'"): its owner.
_OWNER_END = re.compile(r"(?:'s|’s|s'|s’)$")
_CITY_COUNCIL = re.compile(r"^(?:(?P<city>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\s+)?city council$", re.I)
_LEADING_THE = re.compile(r"^the\s+", re.I)
#: "members of", "a unit of", "hundreds of" ... before the group they are part of.
_PART_OF = re.compile(
    r"^(?:(?:a|an|the|several|two|three|a special|special)\s+)?"
    r"(?:members|some|part|most|many|all|remnants|units|dozens|hundreds|thousands|"
    r"squad|squads|column|columns|unit|group|convoy|battalion|detachment)"
    r"\s+of\s+(?:the\s+)?(.+)$",
    re.IGNORECASE,
)


def country_of(state: DocState, word: str) -> str | None:
    """ISO code of a demonym, a country name or a country's possessive."""
    word = _POSSESSIVE_END.sub("", word.strip())
    code = lexicon().demonyms.get(word)
    if code:
        return code
    record = state.gazetteer.lookup(word, kinds=("country",))
    return record.country if record else None


def make_group(
    state: DocState,
    code: str | None,
    head: str,
    surface: str | None,
    *,
    where: str | None = None,
) -> Cluster:
    """The group of a country's people named by ``head`` ("Russian forces"), or of the
    smaller place named ``where`` ("Leeds police")."""
    words = lexicon()
    if where is not None:
        label = f"{where} {head}"
    elif code is None:
        label = head
    else:
        label = f"{words.adjectives.get(code, code)} {head}"
    cluster = state.index.cluster(f"group/{slug(label)}", "group")
    cluster.label = label
    cluster.head = head
    cluster.country = code
    if surface:
        cluster.surfaces[surface] += 1
    return cluster


def organization(clean: str, text: str, state: DocState) -> Cluster | None:
    """A well-known organisation under its one canonical name."""
    row = lexicon().organizations.get(fold(clean))
    if row is None:
        return None
    canonical, code = row
    cluster = state.index.cluster(f"organization/{slug(canonical)}", "organization")
    cluster.label = canonical
    cluster.country = code
    cluster.surfaces[clean] += 1
    return cluster


def council(clean: str, text: str, state: DocState) -> Cluster | None:
    """ "the Mariupol city council"; "the city council" is the last city's."""
    match = _CITY_COUNCIL.match(clean)
    if match is None:
        return None
    record: PlaceRecord | None = None
    if match.group("city"):
        record = state.gazetteer.lookup(match.group("city"), context_countries=state.context)
    else:
        city = state.last(lambda c: c.place is not None and c.place.kind == "city")
        record = city.place if city else None
    if record is None:
        return None
    label = f"{record.name} City Council"
    cluster = state.index.cluster(f"organization/{slug(label)}", "organization")
    cluster.label = label
    cluster.country = record.country
    if match.group("city"):
        cluster.surfaces[clean] += 1
    return cluster


def ministry(clean: str, text: str, state: DocState) -> Cluster | None:
    """A ministry under one name: "the Russian Defense Ministry" -> Russian Ministry of Defence."""
    words = lexicon()
    for pattern in ministry_patterns():
        match = pattern.match(clean)
        if match is None:
            continue
        topic = words.topics[match.group("topic").lower()]
        owner_text = match.group("owner") or (
            match.groupdict().get("of") if "of" in match.groupdict() else None
        )
        code = country_of(state, owner_text) if owner_text else None
        if owner_text and code is None:
            return None
        if code is None:
            # "the Defense Ministry": the one already named in this document, if any.
            wanted = f"ministry:{topic}"
            earlier = state.last_with_head(wanted)
            if earlier is not None:
                earlier.surfaces[clean] += 1
                return earlier
            label = f"Ministry of {topic}"
        elif code == "US" and topic == "Defence":
            return organization("Pentagon", text, state)
        else:
            label = f"{words.adjectives.get(code, code)} Ministry of {topic}"
        cluster = state.index.cluster(f"organization/{slug(label)}", "organization")
        cluster.label = label
        cluster.country = code
        cluster.head = f"ministry:{topic}"
        cluster.surfaces[clean] += 1
        return cluster
    return None


def group(clean: str, text: str, state: DocState) -> Cluster | None:
    """Separatists, and demonym + force noun: "Russian forces", "the Ukrainian army"."""
    words = lexicon()
    key = fold(clean)
    if key in words.separatists or fold(_LEADING_THE.sub("", text)) in (words.separatists):
        return make_group(state, None, "separatists", clean)
    part = _PART_OF.match(clean)
    if part:
        return group(part.group(1), part.group(1), state)
    first, _, rest = clean.partition(" ")
    # Plural demonym alone: "the Russians".
    if not rest and first.endswith("s") and first in words.demonyms:
        cluster = state.index.cluster(f"group/{slug(first)}", "group")
        cluster.label = first
        cluster.country = words.demonyms[first]
        cluster.head = "people"
        cluster.surfaces[clean] += 1
        return cluster
    if not rest:
        return None
    code = country_of(state, first)
    if code is None:
        return None
    # Up to two modifiers between the demonym and the noun ("armed", "special").
    tokens = fold(rest).split()
    for size in (2, 1):
        for skip in range(0, 3):
            if skip + size > len(tokens):
                continue
            noun = " ".join(tokens[skip : skip + size])
            head = words.group_nouns.get(noun) or GROUP_ACTOR_NOUNS.get(noun)
            if head is None:
                continue
            trailing = tokens[skip + size :]
            if trailing and trailing[0] not in {
                "in",
                "from",
                "at",
                "on",
                "near",
                "who",
                "which",
                "that",
                "advancing",
            }:
                continue
            middle = tokens[:skip]
            if any(m in words.group_nouns or m in words.sources for m in middle):
                continue
            if head in {"officials", "authorities"}:
                head = f"{' '.join(middle)} {head}".strip()
            return make_group(state, code, head, clean)
    # Any other plural for people after the demonym: "Russian internet trolls",
    # "Chinese students" (the words between are the kind, as "internet").
    if 0 < len(tokens) <= 3 and all(t.isalpha() and t.islower() for t in tokens):
        if _people_plural(tokens[-1]):
            return make_group(state, code, tokens[-1], clean)
    return None


# Words before a group's noun that count or hedge it: "two of the gunmen", "dozens of
# protesters", "more than 100 police officers".
_QUANTITY = re.compile(
    r"^(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|some\s+|around\s+)?"
    r"(?:(?:(?:tens|hundreds)\s+of\s+thousands|\d[\d,]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|hundreds|thousands|millions|"
    r"scores|several|many|most|some|all|a\s+few|a\s+handful|a\s+(?:small\s+)?group|"
    r"(?:small\s+)?groups|a\s+number|a\s+crowd|a\s+band|a\s+gang|a\s+team|"
    r"crowds|members)\b)?\s*(?:of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


_POST_MODIFIER = re.compile(r"\s+(?:of|in|from|at|on|who|which|that|with)\s+", re.IGNORECASE)


def group_head(tokens: list[str]) -> str | None:
    """The head a group named by lower-case words goes by ("police" of "riot police
    officers"), or ``None`` when the last word names no people who act together."""
    found = _group_noun(tokens)
    return None if found is None else found[0]


def _group_noun(tokens: list[str]) -> tuple[str, int] | None:
    """The head a group goes by and how many of the last words name it ("police", 2
    for "riot police officers"), or ``None``."""
    words = lexicon()
    for size in (2, 1):
        noun = " ".join(tokens[-size:])
        head = words.group_nouns.get(noun) or GROUP_ACTOR_NOUNS.get(noun)
        if head is not None and len(tokens) >= size:
            return head, size
    last = tokens[-1] if tokens else ""
    if last.endswith(GROUP_ACTOR_ENDINGS) or _people_plural(last):
        return last, 1  # "journalists", "civilians", "tribesmen", "jurors", "climbers"
    return None


# Words before a group's noun that count, compare or point rather than say which
# people they are: "other employees", "more troops", "the same officials", "new recruits".
_NO_KIND = frozenset(
    "other others more most many few fewer several some all both each every any no same "
    "own such certain various remaining further additional extra even only not just very how "
    "whose their his her its our my your these those first last next new enough large least "
    "small huge big much the a an one two three four five six seven eight nine ten dozen "
    "hundred thousand million".split()
)


# Words before a group's noun that tell how its people were seen at the moment, or how
# sure the writer is of them, not which people they are: "angry protesters" after
# "protesters" are the same crowd, and "suspected arsonists" the arsonists.
_MOMENTARY = frozenset(
    "angry enraged furious irate frustrated frightened scared terrified worried anxious "
    "nervous desperate jubilant happy excited cheering chanting screaming shouting grieving "
    "mourning curious buzzing assembled gathered waiting suspected alleged apparent "
    "unidentified unknown unnamed so-called".split()
)


def _kind(modifiers: list[str]) -> str | None:
    """The words before a group's noun that say which people of that noun it is ("rural"
    residents, "funeral" directors, "female" employees, "riot" police), or ``None``: a
    count or a comparison says no kind, nor does how they were seen at the moment or how
    sure the writer is ("angry", "suspected"), and two kinds joined ("military and
    intelligence officials"). Words before a count modify the count ("virtually all the
    attendees"); an owner ("the city's" health officials) says whose they are, as "its"
    does, and the words after it may say which."""
    ends = [i for i, m in enumerate(modifiers) if m in _NO_KIND or _OWNER_END.search(m)]
    kind = modifiers[ends[-1] + 1 :] if ends else modifiers
    kind = [m for m in kind if m not in _MOMENTARY]
    if not kind or any(not m.replace("-", "").isalpha() or m in {"and", "or"} for m in kind):
        return None
    if any(_people_plural(m) or _a_plural_noun(m) for m in kind[:-1]):
        # "agreements female employees": a plural noun before more words that describe
        # is the end of another noun phrase the parse ran on ("civil rights leaders" is one)
        return None
    return " ".join(kind)


def _a_plural_noun(word: str) -> bool:
    """Whether a word is a plural noun WordNet knows by its singular ("agreements"; not
    "business", "bus" or "crisis")."""
    if not word.islower() or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return _singular(word) is not None


# Plural endings and the singular each comes from, longest first ("thieves" -> "thief").
_PLURALS = (("ies", "y"), ("ves", "f"), ("ves", "fe"), ("men", "man"), ("es", ""), ("s", ""))
# Endings of nouns for people by what they do ("climber", "investor", "participant"),
# whose sense as a person WordNet may list second ("climber" is first a plant).
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent")
_WORDNET_LIMIT = 2  # how many of a noun's senses count
# A doer's noun whose first sense is a made thing or a quality ("computers", "characters")
# names that first.
_THING_FIRST = frozenset({6, 7})  # noun.artifact, noun.attribute


def _people_plural(word: str) -> bool:
    """A plural noun for people ("jurors", "thieves", "climbers"), as WordNet knows it:
    its singular's most frequent sense is a person, or, for a noun of a doer, one of its
    two most frequent. Lower-case words only; "people" itself is too vague to be a group."""
    if not word.isalpha() or not word.islower() or word.endswith(("ss", "us", "is")):
        return False
    found = _singular(word)
    if found is None:
        return False
    lemma, classes = found
    if classes[0] == NOUN_PERSON:
        return True
    return (
        lemma.endswith(_AGENT_ENDINGS)
        and classes[0] not in _THING_FIRST
        and NOUN_PERSON in classes[:_WORDNET_LIMIT]
    )


def _singular(word: str) -> tuple[str, tuple[int, ...]] | None:
    """The singular of a word written in the plural, the first WordNet knows as a noun
    by the endings of :data:`_PLURALS`, with its files; ``None`` when none is."""
    for ending, singular in _PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            lemma = word[: -len(ending)] + singular
            classes = noun_classes(lemma)
            if classes:
                return lemma, classes
    return None


def singular_classes(word: str) -> tuple[int, ...]:
    """The WordNet files of a noun's senses (:func:`noun_classes`), read from its
    singular when it is written in the plural ("countries", "odds" as itself)."""
    found = _singular(word)
    return found[1] if found is not None else noun_classes(word)


def common_group(clean: str, state: DocState, *, sentence_start: bool = False) -> Cluster | None:
    """A group of people named by a common noun and no country: "gunmen", "the police",
    "dozens of protesters", "a mob", "rural residents". Within a document the same head
    and the same words that say which of them it is are one group (the noun alone goes
    back to the last group of that head); the same words in another document are
    another group, as the police of one story are not another's."""
    capital = sentence_start and clean[:1].isupper() and clean[1:2].islower()
    if capital:
        clean = clean[0].lower() + clean[1:]  # "Gunmen opened fire"
    phrase = _QUANTITY.sub("", clean).strip()
    # "the owners of the mill", "protesters who gathered": the noun before its modifier.
    phrase = _POST_MODIFIER.split(phrase, maxsplit=1)[0].strip()
    tokens = phrase.replace(" - ", "-").split()
    if not tokens or len(tokens) > 5:
        return None
    # Lower-case modifiers only ("unidentified", "riot", "Washington-backed"): a name
    # before the noun is an affiliation the other rules read ("Taliban gunmen").
    if any(not t.islower() and "-" not in t for t in tokens):
        return None
    found = _group_noun(tokens)
    if found is None:
        return None
    head, size = found
    kind = _kind(tokens[:-size])
    if kind is not None and capital and clean.startswith(kind):
        # Written as the text has it: "Clinton supporters" may be a name lower-cased above.
        kind = kind[0].upper() + kind[1:]
    label = head if kind is None else f"{kind} {head}"
    whose = tokens[0] if tokens[0] in _SPEAKERS_OWN else None
    if whose is not None:
        # "our members", "my friends": the speaker's or the writer's own, which the bare
        # noun would not say; a group of their own, as a kind makes one below.
        label = f"{whose} {label}"
    if kind is None and whose is None:
        # "the employees" after "female employees": the last group of that noun, one
        # named by the noun alone first ("residents", then "elderly residents", then
        # "residents" again are the first residents); "other employees" are not the
        # female ones.
        earlier = state.last(
            lambda c: c.kind == "group" and c.head == head and not _narrowed(c, state)
        )
        if earlier is None and "other" not in tokens:
            earlier = state.last(lambda c: stands_for(c, head, tokens[-size:], state))
    else:
        # "rural residents", "funeral directors", "our members": the kind or the owner is
        # part of whom the phrase names, a group of its own beside the residents or
        # directors named alone, and the one group of that name ("Creighton fans", read
        # as a place's group before).
        earlier = state.last(
            lambda c: c.kind == "group" and (c.label or "").lower() == label.lower()
        )
    if earlier is not None:
        earlier.surfaces[phrase] += 1
        return earlier
    cluster = state.index.cluster(f"group/{slug(label)}-{slug(state.id)}", "group")
    cluster.label = label
    cluster.head = head
    cluster.surfaces[phrase] += 1
    return cluster


#: Possessives of the first and second person before a group's noun: whose the people are,
#: the one who speaks or is spoken to ("our members", "my friends", "your parents").
_SPEAKERS_OWN = frozenset({"my", "our", "your"})


def stands_for(cluster: Cluster, head: str, noun: list[str], state: DocState) -> bool:
    """Whether a group's noun with no kind before it (``noun``, the words that go by
    ``head``) may stand for ``cluster``: a group of that head, and when the text named it
    with its kind ("rebel forces", "female employees"), by the same noun ("the
    employees"). "Soldiers" or "the army" share the head of "rebel forces" but are as
    often the other side."""
    if cluster.kind != "group" or cluster.head != head:
        return False
    if not _narrowed(cluster, state):
        return True
    # The words as written, not the label's: "rebel troops" is labelled "Rebel forces".
    written = (cluster.label or "", *cluster.surfaces)
    return any(w.lower().split()[-len(noun) :] == noun for w in written)


def _narrowed(cluster: Cluster, state: DocState) -> bool:
    """Whether ``cluster`` is a group of the document named with its kind ("rural
    residents"), not by its noun alone."""
    return cluster.label != cluster.head and cluster.id == (
        f"group/{slug(cluster.label or '')}-{slug(state.id)}"
    )
