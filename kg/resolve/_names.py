"""Rules that name people and places, and the titles around their names."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from kg.gazetteer import REGION_KINDS, PlaceKind, PlaceRecord, fold, place_cue
from kg.lang.en import (
    CALENDAR_WORDS,
    CIVIC_HEADS,
    COMPASS_NAMES,
    ERA_WORDS,
    FORMER_TITLE_PREFIXES,
    FORMER_TITLE_WORDS,
    NAME_PARTICLES,
    ORGANIZATION_HEADS,
    PLACE_HEADS,
    PLACE_NICKNAMES,
    PLACE_PLURALS,
    SHIP_NOUNS,
    SHIP_PREFIXES,
    SPEAKS_FOR_TITLES,
    STATE_ABBREVIATIONS,
    WEAPON_NOUNS,
    any_given_names,
    common_surnames,
    given_names,
)
from kg.lang.wordnet import NOUN_LOCATION, NOUN_PERSON, noun_classes, senses
from kg.model import Argument
from kg.resolve._bodies import country_of, group
from kg.resolve._clusters import Cluster, Office
from kg.resolve._evidence import person_shaped
from kg.resolve._state import DocState
from kg.resolve._text import clean_span, goes_by_first_name, has_letters, lexicon, slug

__all__ = [
    "buildings",
    "longer_places",
    "named",
    "office_of",
    "person",
    "person_name",
    "place",
    "region_of_adjective",
    "roles_around",
    "spellings",
    "title_place",
    "trusted_place",
]

_REGION_AFTER = re.compile(
    r"^\s+(?:and\s+[A-Z][\w'-]+\s+)?(?:regions?|oblasts?|provinces?)\b", re.IGNORECASE
)


def person_name(text: str, state: DocState) -> tuple[str, set[str], str | None]:
    """Strip titles, demonyms and a glued place off a person span.

    Returns the bare name, the roles found and the country of a demonym title.
    """
    words = lexicon()
    tokens = clean_span(text).split()
    roles: set[str] = set()
    code: str | None = None
    while len(tokens) > 1:
        pair = " ".join(tokens[:2]).lower()
        one = tokens[0].lower()
        if pair in words.titles:
            roles.add(words.titles[pair])
            tokens = tokens[2:]
        elif one in words.titles:
            roles.add(words.titles[one])
            tokens = tokens[1:]
        elif (role := _plural_title(one, words.titles)) is not None:
            roles.add(role)  # "Senators Ann Roe and ...", "Sens. Ann Roe": she is one of them
            tokens = tokens[1:]
        elif tokens[0] in words.demonyms:
            code = code or words.demonyms[tokens[0]]
            tokens = tokens[1:]
        elif one in {"of", "the"} and roles:
            tokens = tokens[1:]
        elif (
            len(tokens) > 2
            and tokens[0] not in given_names()  # "María Paz Ballesteros", not a town
            and title_place(tokens[0], state) is not None
            and (roles or tokens[1][:1].isupper() or tokens[1].lower() in words.titles)
        ):
            tokens = tokens[1:]  # "Kyiv Vitali Klitschko", "Luhansk governor Serhiy Haidai"
        elif _occupation_before_name(tokens):
            roles.add(one)  # "Comedian Ellen Marsh", "Historian Paul Roe": a sentence's first word
            tokens = tokens[1:]
        elif (
            tokens[0][:1].islower()
            and one not in NAME_PARTICLES
            and any(t[:1].isupper() for t in tokens[1:])
        ):
            tokens = tokens[1:]  # "firebrand leader Hugo Chavez": no name starts lower-case
        else:
            break
    tokens = _once(tokens)
    if len(tokens) == 1 and _plural_title(tokens[0].lower(), words.titles) is not None:
        return "", roles, code  # "Govs." read alone as a person: a title, no one's name
    if any(token.lower() in {"and", "&"} for token in tokens[1:-1]):
        # "Ann Roe and Tom Vale", the source of what both said: two people, and no
        # one's full name (else "Tom Vale" alone would be read as that pair).
        return "", roles, code
    if "of" in tokens[1:-1]:
        # "Manuel Zelaya of Honduras": the person is Manuel Zelaya, and "Honduras" is no
        # surname of his (else a later "Honduras" would be read as the man).
        at = len(tokens) - 1 - tokens[::-1].index("of")
        tail = " ".join(tokens[at + 1 :])
        if state.gazetteer.lookup(tail, context_countries=state.context) is not None:
            tokens = tokens[:at]
    return " ".join(tokens), {r for r in roles if r}, code


def _once(tokens: list[str]) -> list[str]:
    """A name of two or more words written twice in a row, as a page's link or caption text
    comes glued to it ("Ann Roe Ann Roe", "Ann Roe - Ann RoeSenate"): the name once."""
    words = [t for t in tokens if any(c.isalnum() for c in t)]
    for size in range(2, len(words) // 2 + 1):
        again = words[size : 2 * size]
        if again[:-1] == words[: size - 1] and again[-1].startswith(words[size - 1]):
            return words[:size]
    return tokens


def _occupation_before_name(tokens: list[str]) -> bool:
    """Whether the first word is a capitalised noun for a person's occupation or standing,
    glued to a full name that starts with a given name ("Comedian Ellen Marsh",
    "Referee Tony Weeks"). Not a word that is itself anyone's given name, however rare or
    common a noun ("Hunter Tom Vale", "Christian Paul Roe" are a first and a middle name),
    and not before a lone surname or a word that names no one first ("Bunny Yeager",
    "Carter Page" stay whole)."""
    first, rest = tokens[0], tokens[1:]
    return (
        len(rest) >= 2
        and first[:1].isupper()
        and not first.isupper()
        and first not in any_given_names()
        and rest[0] in given_names()
        and noun_classes(first.lower())[:1] == (NOUN_PERSON,)
    )


def _plural_title(word: str, titles: dict[str, str]) -> str | None:
    """The role of a title written in the plural before a name ("senators", "sens.", "govs.")."""
    stem = word[:-2] + "." if word.endswith("s.") else word[:-1] if word.endswith("s") else ""
    return titles.get(stem) if len(stem) > 2 else None


def title_place(token: str, state: DocState) -> PlaceRecord | None:
    """A place named next to a title ("Kyiv mayor"): its own name, and a place the
    document is about, not any town with that word among its foreign names."""
    if not token[:1].isupper() or not state.gazetteer.is_name(token):
        return None
    record = state.gazetteer.lookup(token, context_countries=state.context)
    if record is not None and (
        state.gazetteer.is_curated(record) or record.country in state.context
    ):
        return record
    return None


def roles_around(argument: Argument, state: DocState) -> tuple[set[str], str | None]:
    """Titles written just before a name, or in an apposition after it."""
    roles, code, _ = offices_around(argument, state)
    return roles, code


def offices_around(argument: Argument, state: DocState) -> tuple[set[str], str | None, set[Office]]:
    """Titles written just before a name, or in an apposition after it: the roles, the
    country of a demonym or place before them, and the offices they name."""
    words = lexicon()
    before = state.text[max(0, argument.start - 80) : argument.start].split()
    roles: set[str] = set()
    offices: set[Office] = set()
    code: str | None = None
    place_code: str | None = None
    i = len(before)
    while i > 0:
        if re.search(r"[.!?:;\"”]$", before[i - 1]) and before[i - 1].lower() not in words.titles:
            break  # the end of the previous sentence or quote, not "Gov." or "Gen."
        token = before[i - 1].strip(",")
        lower = token.lower()
        pair = f"{before[i - 2].lower()} {lower}" if i > 1 else ""
        if pair in words.titles:
            roles.add(words.titles[pair])
            i -= 2
            offices.add(office_of(words.titles[pair], _qualifiers(before, i, state), state))
        elif lower in words.titles:
            roles.add(words.titles[lower])
            i -= 1
            offices.add(office_of(words.titles[lower], _qualifiers(before, i, state), state))
        elif token in words.demonyms:
            code = code or words.demonyms[token]
            i -= 1
        elif lower in {"of", "the"}:
            i -= 1
        elif token[:1].isupper() and (titled := title_place(token, state)):
            # "Kyiv mayor", "the mayor of Kyiv": the person serves that place's country.
            place_code = place_code or titled.country
            i -= 1
        else:
            break
    if roles and code is None:
        code = place_code
    after = state.text[argument.end : argument.end + 60]
    apposition = re.match(r"^,\s+(?:the\s+)?(?:(\w+)\s+)?([a-z]+(?:\s[a-z]+)?)\b", after)
    if apposition:
        for candidate in (apposition.group(2), apposition.group(2).split()[0]):
            if candidate in words.titles:
                roles.add(words.titles[candidate])
                if apposition.group(1) in words.demonyms:
                    code = code or words.demonyms[apposition.group(1)]
                break
    if (apposed := _apposed_office(after, state)) is not None:
        offices.add(apposed)
    return {r for r in roles if r}, code, {o for o in offices if o.role}


#: An office set after a name, up to what ends the apposition: ", the transport
#: secretary,", ", a former health minister who", ", the prime minister, said".
_OFFICE_APPOSED = re.compile(
    r"^\s?,\s+(?:(?:the|a|an)\s+)?((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"(?=\s?[^\w\s]|\s+(?:who|whose|of|for|at|in|and|since|said|says|told)\b)"
)


def _apposed_office(after: str, state: DocState) -> Office | None:
    """The office an apposition after a name gives the person, with the words before
    its title: ", the former transport secretary," is a former transport secretary."""
    match = _OFFICE_APPOSED.match(after)
    if match is None:
        return None
    phrase = match.group(1).split()
    titles = lexicon().titles
    size = next((n for n in (2, 1) if len(phrase) >= n and " ".join(phrase[-n:]) in titles), 0)
    if not size:
        return None
    return office_of(titles[" ".join(phrase[-size:])], phrase[:-size], state)


#: Small words that end the words before a title: "the Health Secretary", "and Trade
#: Secretary"; what stands before them says nothing of the office.
_BEFORE_OFFICE = frozenset(
    "the a an and or but of to for in on at by with from as his her their its our my your "
    "this that said says told".split()
)


def _qualifiers(before: Sequence[str], end: int, state: DocState) -> list[str]:
    """The words right before a title that starts at ``before[end]`` and that say which
    office it is ("International Trade" Secretary, "former environment" secretary): up
    to three, written in the title's own case (in either, a word that says "former" and
    the name of a place: "former Mexico leader"), back to a punctuation mark, a small
    word or a possessive (kept: "the state's governor")."""
    if end >= len(before):
        return []
    capital = before[end][:1].isupper()
    found: list[str] = []
    for word in reversed(before[max(0, end - 3) : end]):
        lower = word.lower()
        if re.search(r"['’]s$", word):
            found.insert(0, word)  # "the state's governor": whose office, and no further
            break
        if re.search(r"[^\w-]$", word) or lower in _BEFORE_OFFICE:
            break
        if word[:1].isupper() != capital and not (
            _says_former(lower) or country_of(state, word) or title_place(word, state)
        ):
            break
        found.insert(0, word)
    return found


def _says_former(lower: str) -> bool:
    return lower in FORMER_TITLE_WORDS or lower.startswith(FORMER_TITLE_PREFIXES)


def office_of(role: str, qualifiers: Sequence[str], state: DocState) -> Office:
    """The office a title and the words before it name ("Former Transport" and the
    secretary: a former transport secretary). A word that says the holder held it once
    marks it former; a possessive or a country's name or adjective ("Aragua's",
    "Kestrian") says whose office it is, not which, and is left out (a possessive marks
    the office owned: of a place the words do not name)."""
    former = owned = False
    kept: list[str] = []
    places: set[str] = set()
    for word in qualifiers:
        lower = word.lower()
        if re.search(r"['’]s?$", lower):
            owned = True
            continue
        if _says_former(lower):
            former = True
            prefix = next((p for p in FORMER_TITLE_PREFIXES if lower.startswith(p)), "")
            lower = lower[len(prefix) :] if prefix else ""
        if lower and not country_of(state, lower.title()):
            kept.append(lower)
            if title_place(lower.title(), state) is not None:
                places.add(lower)  # "Vermont senator": which senator, as "health" says
    return Office(role, tuple(kept), former, frozenset(places), owned)


def trusted_place(clean: str, state: DocState, argument: Argument) -> PlaceRecord | None:
    """A place named by a span the model typed as something else, on good evidence:
    never the surname of a person the document names in full, and a village or small
    town only where the words around it say it is a place ("in Pisochyn")."""
    if fold(clean) in state.surnames:
        return None
    if fold(clean) in COMPASS_NAMES:
        return None  # "Western countries", "the West": no division of Cameroon or Zambia
    return state.gazetteer.trusted(
        clean,
        context_countries=state.context,
        text=state.text,
        start=argument.start,
        end=argument.end,
    )


# A state's postal abbreviation right after a town and a comma: "Hull, Mass.".
_ABBREVIATION_AFTER = re.compile(r"^(\s?,\s+)([A-Z][a-z]{1,3}|[A-Z]\.[A-Z])\.")


def _around(argument: Argument, state: DocState) -> dict[str, str]:
    """The text right before and after a span, for the gazetteer's text cues; a state's
    abbreviation after it written out ("Hull, Mass." as "Hull, Massachusetts"), as the
    gazetteer cannot hold "Mass." as a name."""
    after = state.text[argument.end : argument.end + 60]
    written = _ABBREVIATION_AFTER.match(after)
    if written is not None and written.group(2) in STATE_ABBREVIATIONS:
        name = STATE_ABBREVIATIONS[written.group(2)]
        after = f"{written.group(1)}{name}{after[written.end() :]}"
    return {"before": state.text[max(0, argument.start - 40) : argument.start], "after": after}


def named(argument: Argument, clean: str, state: DocState) -> Cluster | None:
    """The entity a name stands for, by its NER label: person, organisation, place, group."""
    label = state.voted.get(fold(clean), argument.label) if argument.label else ""
    words = lexicon()
    if _ship(argument, clean, state):
        return None  # "INS Mysore", "the cruiser Moskva": a ship, no actor and no place
    if label in {"GPE", "LOC", "FAC"} and _quoted_title(clean, state):
        return None  # 'helm "Red Harbour," the sequel': a work's title
    if label in {"GPE", "LOC", "FAC"}:
        longer = _start_of_longer_name(argument, clean, state)
        if longer is not None:
            longer_label, whole = longer
            if longer_label == "PERSON":
                return person(dataclasses.replace(argument, label="PERSON"), state)
            cluster = state.index.cluster(f"organization/{slug(fold(whole))}", "organization")
            cluster.surfaces[clean] += 1
            return cluster
    if label in {"GPE", "LOC", "FAC"} and (
        (clean in words.demonyms and state.gazetteer.lookup(clean, kinds=("country",)) is None)
        or (region_of_adjective(clean, state) and state.gazetteer.lookup(clean) is None)
    ):
        # A demonym typed as a place ("Syrian", "European"), unless a country's name ("US").
        label = "NORP"
    if label in {"GPE", "LOC", "FAC"} and _team_name(clean, state):
        label = "ORG"  # "the Denver Broncos", "Miami Dolphins": a club, not a stadium
    if label in {"GPE", "LOC", "FAC"} and (
        _spoken_for(argument, clean, state) or _speaks(clean, state)
    ):
        # "a spokeswoman for Larkfield Mills", "Acmetron itself has stated": a body, though
        # named like a place.
        label = "ORG"
    expansion = state.acronyms.get(fold(clean)) if label == "ORG" else None
    if expansion is not None:
        clean = expansion  # "UDA" after "the Ulster Defence Association (UDA)"
    if label in {"PERSON", "ORG", "NORP"} and not (label == "NORP" and clean in words.demonyms):
        # A country's demonym names that country ("Somali pirates"), never another place
        # of that name (Ethiopia's Somali region).
        record = trusted_place(clean, state, argument)
        if (
            record is not None
            and _start_of_longer_name(argument, clean, state) is None
            and not _acronym_of_a_town(argument, record, state)
        ):
            return state.index.place_cluster(record, clean)
    if label in {"PERSON", "ORG"}:
        where = _place_by_words_before(argument, clean, state)
        if where is not None:
            return where
    if label in {"PERSON", "ORG", "GPE", "LOC", "FAC"}:
        where = _place_by_head(argument, clean, label, state)
        if where is not None:
            return where
    if label in {"PERSON", "ORG"}:
        label = _label_by_words_around(argument, clean, label, state)
    if label in {"ORG", "NORP", "GPE"} and _surname_of_one(clean, label, state):
        # The surname of a person the document names in full, mistyped by the model
        # ("Haidai said" as ORG after "governor Serhiy Haidai"; "Tzarnaev" after
        # "Dzhokhar Tsarnaev").
        return person(dataclasses.replace(argument, label="PERSON"), state)
    if label == "PERSON" and _venue(clean) and not _titled(argument, state):
        return place(argument, clean, state)  # "the Rolando Cafe"; not "Senator Frank Church"
    if label == "PERSON" and _one_of_a_kind(argument, clean, state):
        return None  # "won an Oscar", "a Tony": a prize or one of a family, no one named
    if label == "PERSON" and _plural_with_the(clean, state):
        label = "ORG"  # "the Sixers", "the Houthis": a team or a movement, no one person
    if label == "PERSON":
        return person(dataclasses.replace(argument, label="PERSON"), state)
    if label == "ORG" and clean.split()[-1].lower() in PLACE_HEADS and " " in clean:
        return place(argument, clean, state)  # "North Crimean Canal"
    if label == "ORG" and fold(clean) in state.buildings:
        return place(argument, clean, state)  # "taken to Central Hospital", "near the ministry"
    if label == "ORG":
        # "the General Staff" after "the Ukrainian General Staff": the same body.
        tail = f" {fold(clean)}"

        def longer_name(c: Cluster) -> bool:
            names = [c.canonical_label(), *c.surfaces]
            return c.kind == "organization" and any(fold(n).endswith(tail) for n in names)

        earlier = state.last(longer_name)
        if earlier is not None:
            earlier.surfaces[clean] += 1
            return earlier
        later = _longer_org(clean, state)  # "IRA" before "the Provisional IRA"
        if later is not None:
            clean = later
        cluster = state.index.cluster(f"organization/{slug(fold(clean))}", "organization")
        cluster.surfaces[clean] += 1
        first = clean.split()[0]
        if first in words.demonyms:
            cluster.country = cluster.country or words.demonyms[first]
        return cluster
    if label in {"GPE", "LOC", "FAC"}:
        read_otherwise, other = _no_place(argument, clean, state)
        return other if read_otherwise else place(argument, clean, state)
    if label == "NORP":
        if _ETHNIC_BEFORE.search(state.text[max(0, argument.start - 10) : argument.start]):
            # "two ethnic Chechen brothers", "ethnic Russians": a people, not their country.
            return group(clean, clean, state) if clean.endswith("s") else None
        if " " not in clean and not clean.endswith("s"):
            # An adjective alone ("Russian") names no actor; it does mention its country,
            # or the region or former state it is made from ("Dagestani", "Soviet").
            code = words.demonyms.get(clean)
            record = state.gazetteer.country(code) if code else region_of_adjective(clean, state)
            return state.index.place_cluster(record, None) if record else None
        region = region_of_adjective(clean, state)
        if region is not None:
            return state.index.place_cluster(region, None)  # "North African", "Latin American"
        named_group = group(clean, clean, state)
        if named_group is not None:
            return named_group
        cluster = state.index.cluster(f"group/{slug(fold(clean))}", "group")
        cluster.surfaces[clean] += 1
        return cluster
    return None


_SHIP_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(SHIP_PREFIXES)) + r")\s+(?=[A-Z])"
)
_SHIP_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(p) for p in sorted(SHIP_PREFIXES)) + r")"
    r"|\b(?:" + "|".join(sorted(SHIP_NOUNS)) + r"),?)\s+$"
)
_CLASS_AFTER = re.compile(r"^\s?-\s?class\b")


def _ship(argument: Argument, clean: str, state: DocState) -> bool:
    """Whether a name is a ship's: after a ship's prefix or noun ("INS Mysore", "the
    cruiser Moskva", "the pirate dhow, Qadira"), a class of ships ("a Delhi-class
    destroyer"), or written alone where the document names the ship with its prefix
    ("Mysore closed in" after "INS Mysore"), unless the words before it make it a place
    ("off Mysore")."""
    text = state.text
    if _SHIP_PREFIX.match(clean) or _CLASS_AFTER.match(text[argument.end : argument.end + 10]):
        return True
    if _SHIP_BEFORE.search(text[max(0, argument.start - 30) : argument.start]):
        return True
    # The document's ship names first: most documents name none, and the words around
    # the name (place_cue) were read for every name the model labelled.
    if not clean[:1].isupper() or clean not in _ship_names(state):
        return False
    if place_cue(text, argument.start, argument.end):
        return False
    # A person or a body the model typed so is a ship only when a place bears the name
    # too ("Mysore" after "INS Mysore"): "USS Trump" leaves the man a person.
    return argument.label in {"GPE", "LOC", "FAC"} or (
        state.gazetteer.lookup(clean, context_countries=state.context) is not None
    )


# A ship's prefix and the name after it, in one search of the text for all prefixes (a
# lookahead tried at every word start, so that no match hides another).
_SHIP_NAMED = re.compile(
    r"\b(?=(?:" + "|".join(re.escape(p) for p in sorted(SHIP_PREFIXES)) + r")"
    r"\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))"
)


def _ship_names(state: DocState) -> frozenset[str]:
    """The names the document gives ships with a prefix ("INS Mysore" -> "Mysore")."""
    if state.ships is None:
        found = set()
        for match in _SHIP_NAMED.finditer(state.text):
            name = match.group(1)
            found.add(name)
            found.add(name.split()[0])
        state.ships = frozenset(found)
    return state.ships


_QUOTE_BEFORE = frozenset("\"“‘'")
_QUOTE_AFTER = re.compile(r"^[,.!?]?[\"”’']")


def _quoted_title(clean: str, state: DocState) -> bool:
    """Whether the document writes a name the gazetteer does not know between quotation
    marks ('to direct "Red Harbour," the sequel'): the title of a film, a book or a song,
    not a place; the name is that title wherever else the document writes it."""
    if state.gazetteer.lookup(clean, context_countries=state.context) is not None:
        return False
    for mention in state.mentions:
        if clean_span(mention.text) != clean:
            continue
        before = state.text[mention.start - 1 : mention.start] if mention.start else ""
        after = state.text[mention.end : mention.end + 2]
        if before in _QUOTE_BEFORE and _QUOTE_AFTER.match(after):
            return True
    return False


# The largest town whose name, at the start of a longer name of the document, may be no
# place: "Summit" of "Summit Pictures", "Tara" of "Tara Reid"; not "Paris" nor "Chicago".
_SMALL_TOWN = 100_000


def _start_of_longer_name(
    argument: Argument, clean: str, state: DocState
) -> tuple[str, str] | None:
    """The person or organisation a name stands for when the document writes it as the
    start of that longer name ("Tara" after "Tara Reid", "Summit's chief" after "Summit
    Pictures") and never as a place (no "in", "near", "of the town of" before any of its
    mentions): (label, longer name). Not a body named for the town ("Palmer Fire
    Department", "the Harlow Bay Trust": `CIVIC_HEADS`, `PLACE_HEADS`), not a country, a
    first-level division or a city of 100,000 or more, not a name the gazetteer pins by
    the words around it, and no organisation for a town WordNet first knows as a place."""
    if " " in clean or not clean[:1].isupper() or clean.isupper() or clean in lexicon().demonyms:
        return None
    record = state.gazetteer.lookup(clean, context_countries=state.context)
    if record is not None and (
        record.kind not in {"city", "admin2", "district"} or record.population >= _SMALL_TOWN
    ):
        return None
    found: tuple[str, str] | None = None
    prefix = f"{clean} "
    for mention in state.mentions:
        text = state.text[mention.start : mention.end]
        if mention.label in {"GPE", "LOC", "FAC", "NORP"} and clean_span(text) == clean:
            if place_cue(state.text, mention.start, mention.end):
                return None  # "in Summit": the document names the town too
            continue
        if mention.label not in {"PERSON", "ORG"}:
            continue
        longer = clean_span(text)
        if not longer.startswith(prefix):
            continue
        rest = longer[len(prefix) :].split()
        if not rest[0][:1].isupper() or any(
            w.lower() in CIVIC_HEADS or w.lower() in PLACE_HEADS for w in rest
        ):
            # "Palmer Fire Department", "the Harlow Bay Trust": a body named for the town,
            # or for a bay, a river or a valley the town lends its name to.
            continue
        if state.gazetteer.lookup(longer, context_countries=state.context) is not None:
            continue
        if person_shaped(longer):
            found = found or ("PERSON", longer)  # "Peyton Manning" typed ORG: a person
        elif mention.label == "ORG" or rest[-1].lower() in common_surnames():
            # A person's name must end in a surname: "Bloomington Sam's Club" or a
            # headline's "Creighton Returns", typed PERSON, names no one.
            found = found or (mention.label, longer)
    if found is not None and place_cue(state.text, argument.start, argument.end):
        return None
    if found is not None and found[0] == "ORG" and _famous(clean):
        # A town whose first sense in English is the town ("Juneau", "Galveston") keeps
        # it beside a body named after it; "Summit" or "Verizon" first name no place.
        return None
    return found


#: A team's plural name: "Broncos", "Warriors", "49ers", "76ers".
_TEAM_PLURAL = re.compile(r"(?:[A-Z][a-z]+[a-rt-z]s|\d+ers)")


def _team_name(clean: str, state: DocState) -> bool:
    """A town's or state's name before one capitalised plural: a sports club ("the
    Denver Broncos", "Miami Dolphins", "San Francisco 49ers"), which the model often
    types as a facility or a place; not a place whose own name ends so ("Sioux Falls",
    "the Golan Heights"), nor a name the gazetteer knows whole."""
    words = clean.split()
    if len(words) < 2 or not _TEAM_PLURAL.fullmatch(words[-1]):
        return False
    if words[-1].lower() in PLACE_PLURALS:
        return False
    gazetteer = state.gazetteer
    if gazetteer.lookup(clean, context_countries=state.context) is not None:
        return False
    if gazetteer.lookup(words[-1], kinds=("country", *REGION_KINDS)) is not None:
        return False  # "South Wales": a part of a country whose name ends in -s
    town = gazetteer.lookup(" ".join(words[:-1]), context_countries=state.context)
    return town is not None and town.kind in {"city", "admin1", "state", "admin2", "district"}


# What comes before an era (ERA_WORDS): a year or a century, "the second millennium B.C.",
# "300 BC".
_ERA_BEFORE = re.compile(r"(?:\d|millennium|century|centuries)\s*$", re.IGNORECASE)


#: "a spokeswoman for", "the chief executive of": the name after is the body spoken for.
_SPOKEN_FOR_BEFORE = re.compile(rf"\b{SPEAKS_FOR_TITLES}\s+(?:for|of|at)\s+(?:the\s+)?$")


def _spoken_for(argument: Argument, clean: str, state: DocState) -> bool:
    """Whether a name typed as a place that the gazetteer does not know follows a title of
    one who speaks for a body: "Jane Roe, a spokeswoman for Larkfield Mills" (a place
    spoken for, "a spokesman for Ukraine", is one the gazetteer knows)."""
    before = state.text[max(0, argument.start - 40) : argument.start]
    return bool(_SPOKEN_FOR_BEFORE.search(before)) and (
        state.gazetteer.lookup(clean, context_countries=state.context) is None
    )


# A verb of saying right after a name, past "itself" or an auxiliary: "Acmetron said",
# "Acmetron itself has stated", "Acmetron has also confirmed".
_SAYS_AFTER = (
    r"\s+(?:(?:itself|also|has|have|had)\s+)*"
    r"(?:said|says|stated|states|announced|announces|confirmed|confirms|told|tells|warned|warns)\b"
)


def _speaks(clean: str, state: DocState) -> bool:
    """Whether a name typed as a place that the gazetteer does not know says something
    itself, here or anywhere in the document ("Acmetron itself has stated", then "cards
    from Acmetron"): a company or a body speaks, an unknown place does not (a place that
    speaks, "Moscow said", is one the gazetteer knows; a common surname alone, "Kasich
    said", is left to the rules of persons)."""
    if clean.lower() in common_surnames():
        return False
    if not _said_after(clean, state):
        return False
    return state.gazetteer.lookup(clean, context_countries=state.context) is None


_SAYS_AT = re.compile(rf"(?={_SAYS_AFTER})")
_WORD_BOUNDARY = re.compile(r"\b")


def _said_after(name: str, state: DocState) -> bool:
    """Whether ``name``, from the start of a word, stands right before a verb of saying
    anywhere in the text (``_SAYS_AFTER`` right after it): the answer of a search of the
    text for that pattern, with the text read once for the places a verb of saying
    follows. Each search read all of it, trying every position (a pattern that opens with
    a word boundary has no first letter to skip to): on a long document, thousands of
    names over megabytes."""
    if len(name) < 2:
        return re.search(rf"\b{re.escape(name)}{_SAYS_AFTER}", state.text) is not None
    if state.said_after is None:
        state.said_after = {}
        for found in _SAYS_AT.finditer(state.text):
            end = found.start()
            state.said_after.setdefault(state.text[end - 2 : end], []).append(end)
    text = state.text
    for end in state.said_after.get(name[-2:], ()):
        start = end - len(name)
        if start >= 0 and text.startswith(name, start) and _WORD_BOUNDARY.match(text, start):
            return True
    return False


def _no_place(argument: Argument, clean: str, state: DocState) -> tuple[bool, Cluster | None]:
    """Whether a name the model typed as a place and the gazetteer does not know is by
    its words something else, and what it then names: an era ("second millennium
    B.C."), a weapon's model ("Igla missiles"): nothing; a title ("King of Saudi
    Arabia"): the place it is the title of; a common surname alone, with no article or
    place word before it ("employed Snowden"): the person."""
    if state.gazetteer.lookup(clean, context_countries=state.context) is not None:
        return False, None
    before = state.text[max(0, argument.start - 30) : argument.start]
    if fold(clean).replace(" ", "") in ERA_WORDS and _ERA_BEFORE.search(before):
        return True, None
    following = _NEXT_WORD.match(state.text[argument.end : argument.end + 30])
    if following is not None and following.group(1) in WEAPON_NOUNS:
        return True, None
    words = clean.split()
    if len(words) > 2 and words[1] == "of" and words[0].lower() in lexicon().titles:
        record = state.gazetteer.lookup(" ".join(words[2:]), context_countries=state.context)
        if record is not None:
            return True, state.index.place_cluster(record, None)
    if (
        len(words) == 1
        and clean.lower() in common_surnames()
        and not re.search(r"\bthe\s+$", before, re.IGNORECASE)
        and not place_cue(state.text, argument.start, argument.end)
    ):
        return True, person(dataclasses.replace(argument, label="PERSON"), state)
    return False, None


_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.IGNORECASE)
# "the leader of Ulster Vanguard", "a member of Combat 18": the name after is a body.
_BODY_AFTER = re.compile(
    r"\b(?:leader|leaders|head|chairman|chairwoman|founder|founders|member|members)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "the Trump administration", "the Obama campaign": the leader's surname, a person.
_LEADER_OF = re.compile(r"^\s+(?:administration|presidency|campaign)\b")
_WORD_AFTER = re.compile(r"^\s+([A-Z][a-z]+)\b")


_ARTICLE_BEFORE = re.compile(r"\b(?:an?)\s+$", re.IGNORECASE)


def _lone_name(clean: str, state: DocState) -> bool:
    """Whether a name is one capitalised word that is not written as a person's name and
    is no surname of a person the document names in full."""
    return (
        " " not in clean
        and clean[:1].isupper()
        and not clean.isupper()
        and not person_shaped(clean)
        and fold(clean) not in state.surnames
    )


def _one_of_a_kind(argument: Argument, clean: str, state: DocState) -> bool:
    """Whether a single word the model typed a person follows "a" or "an": "won an Oscar",
    "a Tony for best play", "a Kennedy": a prize, or one of those who bear the name, never
    the one person it names."""
    before = state.text[max(0, argument.start - 10) : argument.start]
    return _lone_name(clean, state) and bool(_ARTICLE_BEFORE.search(before))


def _plural_with_the(clean: str, state: DocState) -> bool:
    """Whether a single word the model typed a person is a plural the document writes
    after "the" (here or elsewhere: a headline's "Blazers edge Sixers"): "the Sixers",
    "the Blazers", "the Houthis" (a team, a movement), no one person. A family of a
    person the document names in full ("the Clintons" beside "Hillary Clinton") is left
    to the rules of persons."""
    plural = clean.endswith("s") and not clean.endswith(("ss", "us"))
    if not plural or not _lone_name(clean, state) or fold(clean[:-1]) in state.surnames:
        return False
    return re.search(rf"\b[Tt]he\s+{re.escape(clean)}\b", state.text) is not None


def _label_by_words_around(argument: Argument, clean: str, label: str, state: DocState) -> str:
    """A PERSON or ORG label the words around the name overrule: a person's name is no
    body's, so a name after "leader of" or "member of", or right before a capitalised
    title ("a former Holbrook Cabinet Secretary"), is an organisation unless it is written
    as a person's name or names a person of the document; a single word before
    "administration", "presidency" or "campaign" is the leader, a person ("the Trump
    administration")."""
    key = fold(clean)
    if person_shaped(clean) or (" " not in key and key in state.surnames):
        return label
    text = state.text
    if label == "PERSON":
        before = text[max(0, argument.start - 30) : argument.start]
        following = _WORD_AFTER.match(text[argument.end : argument.end + 30])
        title_after = following is not None and following.group(1).lower() in lexicon().titles
        if _BODY_AFTER.search(before) or title_after:
            return "ORG"
    elif (
        " " not in clean
        and clean[:1].isupper()
        and not clean.isupper()
        and clean.lower() not in ORGANIZATION_HEADS  # "his Senate campaign"
        and _LEADER_OF.match(text[argument.end : argument.end + 20])
    ):
        return "PERSON"
    return label


# A region's adjective made from its name, undone: (adjective ending, name ending).
# "Dagestani" -> Dagestan, "European" -> Europe, "Bavarian" -> Bavaria, "North African"
# -> North Africa. Country demonyms come from the demonym tables instead.
_ADJECTIVE_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("i", ""), ("ese", ""))
# What a place adjective may name: a part of the world, a country ("South Korean") or a
# first-level division; never a town ("Mayan" is no adjective of a town called Maya) nor
# a second-level division.
_ADJECTIVE_PLACE_KINDS: tuple[PlaceKind, ...] = (
    "continent",
    "country",
    "area",
    "admin1",
    "state",
    "oblast",
    "region",
)


# A division abroad whose adjective names it without the story being about its country:
# "Californian", "Bavarian"; not "Hamiltonian" for a small division called Hamilton.
_KNOWN_DIVISION = 500_000


def region_of_adjective(clean: str, state: DocState) -> PlaceRecord | None:
    """The continent, part of the world, first-level division or former state an adjective
    is made from: "European", "North African", "Dagestani", "Bavarian"; "Soviet" and the
    other irregular ones from ``names.json -> place_adjectives``. ``None`` for a plural
    ("Dagestanis" are people), a lower-case word or a single compass word ("Eastern")."""
    if not clean[:1].isupper() or clean.endswith("s") or clean.isupper():
        return None
    curated = lexicon().place_adjectives.get(clean)
    if curated is not None:
        return state.gazetteer.lookup(curated, context_countries=state.context)
    if state.gazetteer.lookup(clean) is not None:
        return None  # a place's own name ("Sudan" typed NORP) is no adjective of another
    for ending, replacement in _ADJECTIVE_ENDINGS:
        stem = clean[: len(clean) - len(ending)]
        if not clean.endswith(ending) or len(stem.split()[-1]) < 4:
            continue
        record = state.gazetteer.lookup(
            stem + replacement, context_countries=state.context, kinds=_ADJECTIVE_PLACE_KINDS
        )
        if record is not None and (
            record.kind in {"continent", "area", "country"}
            or record.country in state.context
            or record.population >= _KNOWN_DIVISION
        ):
            return record
    return None


# A compass adjective before a name makes it a region: "Syria's eastern Badia", "southern
# Helmand", "central Baghdad".
_COMPASS_BEFORE = re.compile(
    r"\b(?:(?:north|south)-?(?:east|west)ern|(?:north|south|east|west)ern|central)\s+$"
)


def _place_by_words_before(argument: Argument, clean: str, state: DocState) -> Cluster | None:
    """A name the model typed a person or an organisation that is a place by what comes
    before it: a lower-case compass adjective ("the country's eastern Badia"), or the same
    name already read as a place in this document, that no person of it bears
    ("in the Badia" after "eastern Badia")."""
    key = fold(clean)
    if not clean[:1].isupper() or key in state.surnames or person_shaped(clean):
        return None
    before = state.text[max(0, argument.start - 20) : argument.start]
    if _COMPASS_BEFORE.search(before):
        return place(argument, clean, state)
    earlier = state.last(lambda c: c.kind == "place" and clean in c.surfaces)
    if earlier is not None:
        earlier.surfaces[clean] += 1
        return earlier
    return None


# Nouns after a name that make it a division's name ("Shah Wali Kot district").
_DIVISION_AFTER = frozenset(
    "district districts province village town city county area neighbourhood neighborhood".split()
)
_NEXT_WORD = re.compile(r"^\s+([A-Za-z]+)\b")


def _place_by_head(argument: Argument, clean: str, label: str, state: DocState) -> Cluster | None:
    """A name the model typed a person or an organisation that the words say is a place:
    a place noun right after it ("the Victor Hugo street", "the al-Tanf base", "Shah Wali
    Kot district"); and a name the gazetteer does not know that begins the document's one
    longer place name ("the Euphrates" and "the Euphrates River", "the Dreamland" and
    "the Dreamland Motel")."""
    words = clean.split()
    if not words or words[-1].lower() in PLACE_HEADS or fold(clean) in state.surnames:
        return None
    if label in {"PERSON", "ORG"}:
        following = _NEXT_WORD.match(state.text[argument.end : argument.end + 30])
        head = following.group(1) if following else ""
        if head.islower() and head in _DIVISION_AFTER and not clean.isupper():
            # Not an acronym: "the GOP district chairman" is the party's officer.
            return place(argument, clean, state)
        if head.lower() in PLACE_HEADS and state.gazetteer.lookup(clean) is None:
            return place(argument, f"{clean} {head}", state)
    longer = state.longer_places.get(fold(clean), set())
    if len(longer) == 1 and state.gazetteer.lookup(clean, context_countries=state.context) is None:
        return place(argument, next(iter(longer)), state)
    return None


def longer_places(mentions: Iterable[Argument]) -> dict[str, set[str]]:
    """A document's place names ending in a place noun, by the folded name before that
    noun: "Euphrates River" under "euphrates"."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.label not in {"GPE", "LOC", "FAC"}:
            continue
        name = clean_span(mention.text)
        words = name.split()
        if len(words) > 1 and words[-1].lower() in PLACE_HEADS:
            found.setdefault(fold(" ".join(words[:-1])), set()).add(name)
    return found


# Organisations that are also the building they work in, in two sets: places where people
# are taken, treated or held, which any word of place before the name makes the building
# ("in Central Hospital", "taken to St Mary's Hospital"); and bodies in a building, which
# only a word of nearness does ("outside the Ministry of Defence", "the nearby General
# Directorate of Customs"), since "at the ministry" and "in parliament" are the body.
_BUILDINGS = frozenset(
    "hospital hospitals clinic school prison jail courthouse museum library theatre theater "
    "cinema zoo mall consulate headquarters barracks".split()
)
_BODIES_IN_BUILDINGS = frozenset(
    "ministry directorate parliament court university college academy bank police council "
    "department agency office institute".split()
)
_IN_PLACE = re.compile(
    r"\b(?:in|at|inside|outside|near|into|to|from|towards|behind|opposite|"
    r"(?:in front|outside|premises|grounds|next) (?:of|to))\s+(?:the\s+)?(?:nearby\s+)?$",
    re.IGNORECASE,
)
_CLOSE_TO = re.compile(r"(?:\b(\w+)\W*\s+)?\bclose\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# Who is "close to" an organisation rather than near its building.
_PEOPLE_CLOSE_TO = frozenset(
    "sources source people person official officials someone those aides aide insiders "
    "insider figures circles diplomats diplomat analysts members adviser advisers".split()
)
_NEAR = re.compile(
    r"(?:\b(?:inside|outside|near|behind|opposite|(?:in front|outside|premises|grounds|next) "
    r"(?:of|to))\s+(?:the\s+)?|\bnearby\s+)$",
    re.IGNORECASE,
)


def buildings(mentions: Iterable[Argument], state: DocState) -> frozenset[str]:
    """The folded organisation names a document uses for their building.

    A hospital, school or prison ("in General Hospital of Tarnow") is its building
    wherever one of its mentions is in words of place; a ministry or another body only
    when every mention of it is ("near the Ministry of Justice"), since a ministry that
    also says or does something is the body. A name means one thing in one story, so all
    its mentions are then the building, one place.
    """
    located: dict[str, list[bool]] = {}
    for mention in mentions:
        if mention.label != "ORG":
            continue
        clean = clean_span(mention.text)
        head = _building_head(clean)
        if head is not None:
            located.setdefault(fold(clean), []).append(
                _building_in_place_words(mention, head, state)
            )
    return frozenset(
        key
        for key, flags in located.items()
        if all(flags) or (any(flags) and _building_head(key) in _BUILDINGS)
    )


def _building_head(clean: str) -> str | None:
    """The building or body noun an organisation's name is headed by, lower-case: its
    last word, or the word before "of" ("General Directorate of Customs")."""
    words = clean.lower().split()
    if len(words) < 2:
        return None
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head if head in _BUILDINGS or head in _BODIES_IN_BUILDINGS else None


def _building_in_place_words(argument: Argument, head: str, state: DocState) -> bool:
    """Whether words of place come right before a mention: any for a building ("in",
    "taken to"), words of nearness for a body ("outside the ministry"; "close to" unless
    people are: "sources close to the ministry")."""
    before = state.text[max(0, argument.start - 40) : argument.start]
    if head in _BUILDINGS and _IN_PLACE.search(before):
        return True
    close = _CLOSE_TO.search(before)
    if close is not None:
        return (close.group(1) or "").lower() not in _PEOPLE_CLOSE_TO
    return _NEAR.search(before) is not None


# Last words of places that are seldom a person's surname: a PERSON span ending so
# is the place ("The Rolando Cafe"); "Eva Forest" and "Peter Lake" stay people.
_VENUE_HEADS = frozenset(
    "cafe café restaurant hotel motel mosque church cathedral synagogue temple bazaar "
    "stadium prison embassy airport airfield canal".split()
)


def _venue(clean: str) -> bool:
    """A name ending in a place noun: a venue whatever its first word, another place
    when its first word is no given name ("Geary Lake", not "Peter Lake")."""
    words = clean.split()
    if len(words) < 2 or words[-1].lower() not in PLACE_HEADS:
        return False
    return words[-1].lower() in _VENUE_HEADS or words[0] not in given_names()


def _titled(argument: Argument, state: DocState) -> bool:
    """Whether a person's title stands in the span or right before it ("Senator Frank
    Church"): a venue has no title."""
    return bool(person_name(argument.text, state)[1] or roles_around(argument, state)[0])


def _surname_of_one(clean: str, label: str, state: DocState) -> bool:
    """A single word that is the surname, or a spelling of the surname, of the one
    person the document names in full; a place the gazetteer knows is not."""
    key = fold(clean)
    if len(state.surnames.get(key, ())) == 1:
        return True
    if " " in key or not clean[:1].isupper():
        return False
    if not any(_alike(key, last) for last in state.surnames) or same_person(key, state) == key:
        return False
    return label != "GPE" or state.gazetteer.lookup(clean) is None


def person(argument: Argument, state: DocState) -> Cluster | None:
    """A person under the bare name, with the titles around it as roles."""
    name, roles, code = person_name(argument.text, state)
    if not name or not has_letters(name):
        return None
    around, around_code, offices = offices_around(argument, state)
    # A title the span itself starts with ("Prime Minister Ann Roe"): no word before it
    # inside the span says which office it is.
    offices |= {Office(role) for role in roles}
    roles |= around
    code = code or around_code
    key = fold(name)
    joined = same_person(key, state)
    # A royal's first name ("Prince Edmund", then "Edmund") is no commoner's longer name,
    # only a royal's ("Crown Prince Edmund Karl", then "Prince Edmund").
    royal = " " not in key and (goes_by_first_name(roles) or key in state.first_name_only)
    if not royal or joined in {state.spellings.get(n, n) for n in state.royals}:
        key = joined
    cluster = state.index.cluster(f"person/{slug(key)}", "person")
    cluster.surfaces[name] += 1
    cluster.roles |= roles
    cluster.offices |= offices
    cluster.country = cluster.country or code
    cluster.last_token = key.split()[-1]
    return cluster


_STREETS = {"st": " Street", "rd": " Road", "ave": " Avenue", "blvd": " Boulevard"}
_STREET_ABBREVIATION = re.compile(r"\s(St|Rd|Ave|Blvd)\.?$")
_PLACE_FORM = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:Autonomous\s+)?(?:Republic|Province|State|Region|City)\s+of\s+"
)


def same_person(key: str, state: DocState) -> str:
    """The full name a shorter or differently spelt name of the document stands for.

    A surname, or a first name, that only one full name of the document has ("Putin",
    "Tamerlan"); a name that ends one longer name ("Musa Jibril" of "Ahmad Musa Jibril");
    a spelling of one full name ("Dzokhar Tsarnaev", "Tzarnaev"). Two people who share a
    surname keep their own full names, and their bare surname joins neither.
    """
    canonical = state.spellings
    full_names = canonical.keys()
    if key in full_names:
        return canonical[key]
    tokens = key.split()
    if len(tokens) == 1:
        full = state.surnames.get(key, set())
        if not full:
            full = {n for n in full_names if n.split()[0] == key}
        if not full:
            full = {s for last, names in state.surnames.items() if _alike(key, last) for s in names}
        people = {canonical[n] for n in full}
        return next(iter(people)) if len(people) == 1 else key
    longer = {canonical[n] for n in full_names if n.endswith(f" {key}")}
    if len(longer) == 1:
        return next(iter(longer))
    alike = {canonical[n] for n in full_names if len(n.split()) == len(tokens) and _alike(key, n)}
    return next(iter(alike)) if len(alike) == 1 else key


def spellings(surnames: dict[str, set[str]]) -> dict[str, str]:
    """Each full name -> the one its person goes under.

    Spellings of one full name ("Tarek el Aissami", "Tareck El Aissami") are one
    person, under the first in alphabetical order.

    >>> spellings({"aissami": {"tarek el aissami", "tareck el aissami"}})["tarek el aissami"]
    'tareck el aissami'
    """
    full_names = {name for names in surnames.values() for name in names}
    canonical = {
        n: min(
            m for m in full_names if len(m.split()) == len(n.split()) and (m == n or _alike(m, n))
        )
        for n in full_names
    }
    # A full name that ends exactly one longer full name is that person ("Musa Jibril"
    # after "Ahmad Musa Jibril", "el Aissami" after "Tarek el Aissami"). A title left on
    # one of them ("Gov Tarek el Aissami") makes a chain, not a second person.
    for n in sorted(full_names, key=lambda n: -len(n)):
        containers = [m for m in full_names if m.endswith(f" {n}") and len(m.split()) <= 5]
        if containers:
            shortest = min(containers, key=len)
            if all(m == shortest or m.endswith(f" {shortest}") for m in containers):
                canonical[n] = canonical[shortest]
    return canonical


def _alike(a: str, b: str) -> bool:
    """Two spellings of one name: long enough, same first letter, one or two letters apart."""
    from rapidfuzz.distance import Levenshtein

    # A short full name one letter from another is another person ("Jon Lee", "Jan Lee").
    return (
        min(len(a), len(b)) >= (10 if " " in a else 6)
        and a[:1] == b[:1]
        and Levenshtein.distance(a, b) <= (1 if len(a) < 10 else 2)
    )


def _longer_org(clean: str, state: DocState) -> str | None:
    """The one longer organisation name of the document that ends with this one."""
    tail = f" {fold(clean)}"
    longer = {name for name, folded in state.organizations.items() if folded.endswith(tail)}
    return next(iter(longer)) if len(longer) == 1 else None


# "Elm Street in New York City", "Camp X in Helmand Province, Afghanistan", "the Y
# district of Aleppo", "the Z campus in Tachira state": the place the text puts a place in.
_IN_AFTER = re.compile(
    r"^(?:\s+(?:district|neighbourhood|neighborhood|quarter|suburb|area|station|campus)"
    r"\s+(?:in|of)|\s*,?\s+in)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|province|state|region)\s+of\s+)?"
    r"((?:[a-z]+(?:\s?-\s?[a-z]+)?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)

# "of" and a place after a facility's name: "the Central Hospital of Maracay".
_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _place_written_after(argument: Argument, clean: str, state: DocState) -> PlaceRecord | None:
    """The known place the words right after a place's name put it in ("Elm Street in
    New York City", "the Cavehill Road in north Belfast", "al-Sukari district of
    Aleppo", "the Central Hospital of Maracay"), for a place no gazetteer holds: the
    longest run of the words there that the gazetteer resolves in the document's
    countries, or a part of one named with a compass word ("north Belfast"); never a
    month or a weekday ("in March"). Not for one ordinary word the model took for a name
    ("Bombing in Aleppo", a caption): WordNet's nouns and verbs."""
    if " " not in clean and senses(clean).own:
        return None
    after = state.text[argument.end : argument.end + 80]
    found = _IN_AFTER.match(after)
    if found is None and state.gazetteer.is_facility(argument.text):
        found = _OF_AFTER.match(after)  # "the Central Hospital of Maracay"
    if found is None:
        return None
    words = re.sub(r"\s?-\s?", "-", found.group(1)).split()
    for size in range(len(words), 0, -1):
        name = re.sub(r"['’]s?$", "", " ".join(words[:size]))
        if words[size - 1].lower().rstrip(".,") in CALENDAR_WORDS:
            continue
        if not name[:1].isupper():
            record = state.gazetteer.container(name, context_countries=state.context)
        else:
            rest = after[found.end(1) :] if size == len(words) else ""
            record = state.gazetteer.lookup(name, context_countries=state.context, after=rest)
        if record is not None and record.lat is not None:
            return record
    return None


# Lower-case nouns after a place's name that leave the place it names: "Ashgabat city",
# "the Arctic sea ice", "a quiet Vancouver street", "Qeshm island" (the town's point lies
# on the island); and those after a town's name that name its first-level division
# ("Dashoguz province" where the division's own name is spelt otherwise).
_SAME_PLACE_NOUNS = frozenset("city town island sea coast street streets".split())
_DIVISION_NOUNS = frozenset("province region".split())
_TITLED_PLACE_NOUNS = frozenset({"Island", "City"})


def _place_and_noun(clean: str, state: DocState) -> PlaceRecord | None:
    """The place a name and a lower-case place noun after it name, when the gazetteer does
    not hold them whole: the place named, or for "province" and "region" after a town the
    first-level division the town lies in."""
    words = clean.split()
    if len(words) >= 2 and words[-1] in _TITLED_PLACE_NOUNS:
        # "Tarvo Island", "Tarvo City" where the gazetteer holds the town alone; not a
        # club ("Hull City" beside a score: the club rules read those before).
        rest = " ".join(words[:-1])
        record = state.gazetteer.lookup(rest, context_countries=state.context)
        if record is not None and record.kind in {"city", "admin2"} and not senses(rest).own:
            return record
        return None
    if len(words) < 2 or not words[-1].islower():
        return None
    rest = " ".join(words[:-1])
    if words[-1] in _SAME_PLACE_NOUNS:
        record = state.gazetteer.lookup(rest, context_countries=state.context)
        if record is not None and " " not in rest and senses(rest).own:
            if not state.gazetteer.is_curated(record) and not _famous(rest):
                return None  # "a Gulf island": the word, not Papua New Guinea's Gulf province
        return record
    if words[-1] not in _DIVISION_NOUNS:
        return None
    town = state.gazetteer.lookup(rest, context_countries=state.context, kinds=("city",))
    if town is None:
        town = state.gazetteer.spelled_alike(rest, state.context)  # "Hormouzgan province"
        if town is not None and town.kind == "admin1":
            return town
    if town is None or town.kind != "city" or town.admin1 is None:
        return None
    division = state.gazetteer.place(town.admin1)
    return division if division is not None and division.lat is not None else None


def _acronym_of_a_town(argument: Argument, record: PlaceRecord, state: DocState) -> bool:
    """Whether a name written in capitals before a lower-case word is an acronym that
    spells a town's name ("a SWAT unit", Swat in Pakistan): a town or district the
    document never writes in small letters, and one that is no country, state or curated
    place."""
    written = state.text[argument.start : argument.end].strip()
    if not (written.isupper() and len(written) >= 3) or " " in written:
        return False
    if not re.match(r"\s+[a-z]", state.text[argument.end : argument.end + 3]):
        return False  # a modifier of a noun only: "BAGHDAD (Reuters)" is a dateline
    if record.kind not in {"city", "admin2", "district"} or state.gazetteer.is_curated(record):
        return False
    return re.search(rf"\b{re.escape(written.title())}\b", state.text) is None


# A village's or a small town's population: below it a name that is an ordinary word
# names the thing, not the place, unless the text pins the place.
_SMALL_PLACE = 15_000
_PINNED_AFTER = re.compile(r"^,\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


def _word_village(argument: Argument, clean: str, record: PlaceRecord, state: DocState) -> bool:
    """Whether a one-word name is an ordinary English noun or verb (WordNet) that names the
    word's thing rather than a place of that name, as no division or country written after
    it ("Congress, Arizona") pins the place: a village or small town ("in Congress", "in
    Spring Training"); a town or county under 100,000 outside the document's countries
    ("Police Commissioner", not Police in Poland); a county named by the word alone ("the
    Valley", not Valley County); not a town when the word's first sense in WordNet is a
    place ("Juneau"). Curated places and countries keep their names."""
    if " " in clean or state.gazetteer.is_curated(record) or record.kind == "country":
        return False
    if not senses(clean).own:
        return False
    # A word whose first sense is a place ("Juneau", "Broadway") is that place: a town of
    # the name may stand for it, a village not.
    famous = _famous(clean)
    if not (
        (record.kind == "city" and record.population < _SMALL_PLACE)
        or (not famous and record.kind == "admin2" and fold(record.name) != fold(clean))
        or (not famous and _abroad(clean, record, state) and record.population < _SMALL_TOWN)
    ):
        return False
    pin = _PINNED_AFTER.match(state.text[argument.end : argument.end + 40])
    if pin is None:
        return True
    written = pin.group(1)
    written = STATE_ABBREVIATIONS.get(written.rstrip("."), written)  # "Walpole, Mass."
    division = state.gazetteer.lookup(written, kinds=("admin1", "country"))
    if division is None:
        return True
    pinned = division.geonames == record.admin1 or (
        division.kind == "country" and division.country == record.country
    )
    return not pinned


def _abroad(clean: str, record: PlaceRecord, state: DocState) -> bool:
    """Whether a town or county lies outside the document's countries, counted without
    this name's own vote ("Police" alone must not make Poland a country of the story)."""
    if record.kind not in {"city", "admin2"}:
        return False
    if not state.context:
        return False  # the document names no country: no telling, as with no other name
    if record.country not in state.context:
        return True
    others = ((clean_span(m.text), m.label) for m in state.mentions)
    context = state.gazetteer.context_countries((t, label) for t, label in others if t != clean)
    return bool(context) and record.country not in context  # no other name: no telling


def _famous(word: str) -> bool:
    """Whether WordNet's first sense of a word is a place ("Juneau", "Vancouver")."""
    return noun_classes(word)[:1] == (NOUN_LOCATION,)


def _town_of_named_division(clean: str, record: PlaceRecord, state: DocState) -> PlaceRecord | None:
    """The town of this name inside a first-level division the document names, when the
    gazetteer's choice lies in none of them: "Palmer" in a story that names Alaska is
    Palmer, Alaska, not the larger Palmer in Massachusetts. Only for a town under 100,000
    (Paris in a story that names Texas stays Paris), and only when exactly one of the named
    divisions holds a town of that name."""
    if record.kind != "city" or record.population >= _SMALL_TOWN:
        return None
    divisions = _document_divisions(state)
    if not divisions or record.admin1 in {d.geonames for d in divisions}:
        return None
    found: dict[int | None, PlaceRecord] = {}
    for division in divisions:
        town = state.gazetteer.lookup(
            clean, context_countries=state.context, after=f", {division.name}"
        )
        if town is not None and town.admin1 == division.geonames and town.kind == "city":
            found[town.geonames] = town
    return next(iter(found.values())) if len(found) == 1 else None


def _document_divisions(state: DocState) -> tuple[PlaceRecord, ...]:
    """The first-level divisions the document names as places (GPE or LOC spans)."""
    if state.divisions is None:
        names = {clean_span(m.text) for m in state.mentions if m.label in {"GPE", "LOC"} and m.text}
        found = {}
        for name in sorted(names):
            # The name's own reading must be the division: "Wellington" is the town, not
            # New Zealand's Wellington region.
            division = state.gazetteer.lookup(name, context_countries=state.context)
            if division is not None and division.kind == "admin1" and name[:1].isupper():
                found[division.geonames] = division
        state.divisions = tuple(found.values())
    return state.divisions


# A town and a comma before a state's abbreviation: "Chicago, Ill.", "Vancouver, B.C.".
_TOWN_AND_COMMA = re.compile(r"[A-Z][\w.'-]*\s?,\s*$")


def _state_abbreviation(argument: Argument, clean: str, state: DocState) -> PlaceRecord | None:
    """The state or province a postal abbreviation with its stop names after a town and a
    comma ("Chicago, Ill."): the gazetteer cannot hold "Ill." as a name, as it ignores
    stops and "ill" is a word."""
    name = STATE_ABBREVIATIONS.get(clean.rstrip("."))
    stop = state.text[argument.end - 1 : argument.end + 1]
    if name is None or "." not in stop:
        return None
    if not _TOWN_AND_COMMA.search(state.text[max(0, argument.start - 40) : argument.start]):
        return None
    return state.gazetteer.lookup(name, context_countries=state.context, kinds=("admin1",))


# A place word right before a name, "the" allowed between: "won in Indy", "to the Big Apple".
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|at|from|to|into|near|around|across|through|outside|towards?|visit(?:ed|ing)?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _nickname(argument: Argument, clean: str, state: DocState) -> PlaceRecord | None:
    """The place a nickname stands for (`PLACE_NICKNAMES`: "Indy", "K. C.", "the Big
    Apple") after a place word; elsewhere it is as often the place's team."""
    name = PLACE_NICKNAMES.get(re.sub(r"[^a-z]", "", fold(clean)))
    before = state.text[max(0, argument.start - 30) : argument.start]
    if name is None or not _PLACE_WORD_BEFORE.search(before):
        return None
    return state.gazetteer.lookup(name, context_countries=state.context)


def place(argument: Argument, clean: str, state: DocState) -> Cluster | None:
    """A place from the gazetteer ("Kharkiv region" as the oblast), else by its name."""
    record: PlaceRecord | None = None
    after = state.text[argument.end : argument.end + 40]
    if _REGION_AFTER.match(after) and not re.search(
        r"\b(?:region|oblast|province)$", clean, re.IGNORECASE
    ):
        for suffix in ("Oblast", "region"):
            record = state.gazetteer.lookup(
                f"{clean} {suffix}", context_countries=state.context, kinds=REGION_KINDS
            )
            if record is not None:
                break
    if record is None:
        # "Altoona, Pa.": the state, before any village called Pa.
        record = _state_abbreviation(argument, clean, state)
    if record is None:
        record = state.gazetteer.lookup(
            clean, context_countries=state.context, **_around(argument, state)
        )
    if (
        record is not None
        and fold(clean) in COMPASS_NAMES
        and (record.country not in state.context or record.kind == "city")
    ):
        record = None  # "the West", "in the East" (a league): not Cameroon's East region
    if record is None:
        record = _place_and_noun(clean, state)
    if record is not None and _acronym_of_a_town(argument, record, state):
        return None  # "a SWAT unit": an acronym, not the Pakistani district
    if record is not None and _word_village(argument, clean, record, state):
        return None  # "outrage in Congress": the word, not the village of Congress, Arizona
    if record is not None and not _PINNED_AFTER.match(state.text[argument.end : argument.end + 40]):
        # A division or a state written right after the town ("Palmer, Mass.") has chosen it.
        record = _town_of_named_division(clean, record, state) or record
    if record is None:
        # "Hormouzgan", "Dargehan": a division's or a town's name of the document's
        # country spelled with other vowels.
        record = state.gazetteer.spelled_alike(clean, state.context)
    if record is None and (nicknamed := _nickname(argument, clean, state)) is not None:
        # "never won in Indy": the place, without the nickname as one of its names, which
        # would draw the team's "Indy led 13-3" of other documents to the place.
        return state.index.place_cluster(nicknamed, None)
    if (
        record is None
        and argument.label in {"GPE", "LOC"}
        and place_cue(state.text, argument.start, argument.end)
    ):
        # "bought a cottage in Millom": a town the model and the words before it
        # call a place, and the only place of that name anywhere, though small and far
        # from the document's countries.
        record = None if senses(clean).own else state.gazetteer.sole_place(clean)
    if record is None:
        # "the Kestrian Republic of Orvana": the name without its demonym and form.
        bare = _PLACE_FORM.sub("", clean)
        if bare != clean and bare:
            record = state.gazetteer.lookup(bare, context_countries=state.context)
    clean = _STREET_ABBREVIATION.sub(lambda m: _STREETS[m.group(1).lower()], clean)
    if record is None:
        by_name = state.gazetteer.container(clean, context_countries=state.context)
        # "Bagram Airfield" and "Bagram Air Base": one facility of the town.
        key = state.gazetteer.facility_key(clean) if by_name is not None else clean
        cluster = state.index.cluster(f"place/{slug(fold(key))}", "place")
        cluster.surfaces[clean] += 1
        if not cluster.container_conflict:
            found = by_name or _place_written_after(argument, clean, state)
            if found is not None and cluster.container not in (None, found):
                # One name, two places ("the Vellmar Embassy in Moscow", later "in Kabul"):
                # the name stands for more than one building, so no point is the honest one.
                cluster.container, cluster.container_conflict = None, True
            elif found is not None:
                cluster.container = found
        return cluster
    return state.index.place_cluster(record, clean)
