"""What a whole document says about its names before any span is resolved.

- :func:`vote_labels`: one type per name in a document. The model types the same
  name differently from one sentence to the next ("Khairullozhon Matanov" ORG, "Matanov"
  PERSON, "Matanov" GPE); the words around a mention are evidence too: a title before it
  ("Judge", "Mr"), an age or a person noun in apposition after it ("Matanov, 23,", "Wang,
  a reporter"). Each name takes the label with the most evidence.
- :func:`acronyms`: the acronyms a document expands, "the Ulster Defence Association
  (UDA)" or an organisation whose initials spell an acronym the document also uses.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from kg.gazetteer import fold
from kg.lang.en import NAME_PARTICLES, ORGANIZATION_HEADS, PLACE_HEADS, given_names
from kg.model import Argument
from kg.resolve._text import clean_span, lexicon

__all__ = ["acronyms", "initials", "person_shaped", "vote_labels"]

_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# "Matanov, 23," / "Wang, a reporter," / "Elliott, the owner of".
_AGE_AFTER = re.compile(r"^,\s+\d{1,3},")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+(?:\d+-year-old\s+)?((?:[a-z-]+\s+){0,2}[a-z]+)\b")
# Words that end the noun phrase of an apposition: its head is the word before them.
_PHRASE_ENDS = frozenset("of and or who whose which that in at for from with to on by".split())
_PERSON_NOUNS = frozenset(
    "reporter journalist student man woman boy girl friend driver officer soldier lawyer "
    "attorney doctor nurse teacher professor owner resident witness neighbour neighbor "
    "father mother son daughter brother sister wife husband cleric preacher activist "
    "businessman businesswoman analyst expert researcher suspect victim survivor".split()
)
_SMALL = frozenset({"of", "the", "and", "for", "de", "del", "la", "in", "on", "at"})


def vote_labels(text: str, mentions: Sequence[Argument]) -> dict[str, str]:
    """The label each folded name takes in this document, where evidence decides it.

    Only names whose mentions disagree, or that carry person evidence, are listed; a
    place label is kept unless person evidence outweighs it (the gazetteer decides
    places). A surname votes with the full names it ends.
    """
    words = lexicon()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if mention.label not in _ACTOR_LABELS:
            continue
        key = fold(clean_span(mention.text))
        if not key:
            continue
        votes[key][mention.label] += 1
        if _person_cue(text, mention, words.titles) or person_shaped(clean_span(mention.text)):
            votes[key]["PERSON"] += 2
        elif mention.label == "ORG" and _continued_as_person(text, mention, mentions):
            votes[key]["PERSON"] += 2
    # A bare surname and the full names ending with it share their votes.
    for key, counter in list(votes.items()):
        parts = key.split()
        if len(parts) > 1 and counter["PERSON"]:
            votes[parts[-1]]["PERSON"] += counter["PERSON"]
    decided: dict[str, str] = {}
    for key, counter in votes.items():
        parts = key.split()
        if len(parts) > 1 and not counter["PERSON"]:
            # A full name the model never typed PERSON: its surname's votes decide.
            surname = votes.get(parts[-1])
            if surname is not None and surname["PERSON"] > sum(surname.values()) / 2:
                if key.split()[0].title() in given_names():
                    decided[key] = "PERSON"  # "Eva Forest" where "Forest" is a person
                    continue
                counter = counter + Counter({"PERSON": surname["PERSON"]})
        if len(counter) < 2 and "PERSON" not in counter:
            continue
        label, count = max(counter.items(), key=lambda item: (item[1], item[0] == "PERSON"))
        if len(counter) > 1 or label == "PERSON":
            decided[key] = label
    return decided


def person_shaped(name: str) -> bool:
    """Whether a name is written as a person's: a common given name, then up to four
    capitalised words or name particles, none of them an organisation's or a place's
    last word ("Marta Ibáñez", "Julio Ortega de la Rosa"; not "Maria Cristina
    Foundation", "Victoria Station").

    >>> person_shaped("Pedro Olmo Castro"), person_shaped("Elena Valley")
    (True, False)
    """
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or tokens[0] not in given_names():
        return False
    for token in tokens[1:]:
        if token in NAME_PARTICLES:
            continue
        letters = token.replace("-", "").replace("'", "").replace("’", "")
        if not (token[:1].isupper() and letters.isalpha() and not token.isupper()):
            return False
        if token.lower() in ORGANIZATION_HEADS or token.lower() in PLACE_HEADS:
            return False
    return tokens[-1] not in NAME_PARTICLES


def _person_cue(text: str, mention: Argument, titles: dict[str, str]) -> bool:
    before = text[max(0, mention.start - 30) : mention.start].split()
    if before and before[-1].strip(",.").lower() in titles:
        return True
    if before and before[-1] in {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."}:
        return True
    if before and before[-1].islower() and before[-1].strip(",") in _PERSON_NOUNS:
        return True  # "radical preacher Anjem Choudary", "his wife María Nadal"
    after = text[mention.end : mention.end + 60]
    if _AGE_AFTER.match(after):
        return True
    apposition = _APPOSITION.match(after)
    if apposition is None:
        return False
    # The head of "a union leader and senator" is "leader"; of "a company whose
    # leader" it is "company".
    words: list[str] = []
    for word in apposition.group(1).split():
        if word in _PHRASE_ENDS:
            break
        words.append(word)
    head = words[-1] if words else ""
    return head in _PERSON_NOUNS or head in titles


#: "he", "she" and their forms: only a person is written so.
_GENDERED = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|my|your|of|in|at|to|from|with|about|through|"
    r"for|by|on|as|into|against|under)\s+[\"“]?$",
    re.IGNORECASE,
)
#: People a body has, whom "he" or "she" may be after the body's name.
_ROLE_NOUNS = frozenset(
    "founder boss chief executive executives head leader member employee worker customer "
    "client partner manager director chairman chairwoman spokesman spokeswoman".split()
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")


def _continued_as_person(text: str, mention: Argument, mentions: Sequence[Argument]) -> bool:
    """Whether a one-word name the model typed as an organisation is a person's surname,
    by the pronoun that continues it: "Ortega has long opposed the plan. In 2019 he told
    the paper ..." (an organisation is continued with "it" or "they").

    The name is one capitalised word, not an acronym ("NATO"); the next "he" or "she"
    (or "his", "her") stands in its sentence or the next, with no person's name and no
    lower-case noun for a person between ("Acme's founder said he ..." is about the
    founder).
    """
    name = clean_span(mention.text)
    if " " in name or not name[:1].isupper() or name.isupper() or len(name) < 3:
        return False
    if fold(name) in lexicon().organizations or name.lower() in ORGANIZATION_HEADS:
        return False
    if _ARTICLE_BEFORE.search(text[max(0, mention.start - 12) : mention.start]):
        # "the House", "her Senate race", "sued Acme", "talks with Acme": a body's name
        # takes an article, and a name after a preposition is rarely the one a pronoun
        # continues.
        return False
    after = text[mention.end : mention.end + 300]
    pronoun = _GENDERED.search(after)
    if pronoun is None:
        return False
    gap = after[: pronoun.start()]
    if len(_SENTENCE_BREAK.findall(gap)) > 1 or "\n" in gap:
        return False
    until = mention.end + pronoun.start()
    if any(m.label == "PERSON" and mention.end <= m.start < until for m in mentions):
        return False
    people = lexicon().titles.keys() | _PERSON_NOUNS | _ROLE_NOUNS | lexicon().sources.keys()
    return not any(word in people for word in re.findall(r"\b[a-z]+\b", gap))


_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def initials(name: str) -> str:
    """The capitals an acronym of ``name`` would be made of: "Vintners Federation of
    Ireland" -> "VFI" (small words such as "of" left out)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _SMALL)


def _bracketed_after(name: str, text: str) -> Iterator[str]:
    """The acronyms written in brackets right after ``name`` in ``text`` ("Ulster Defence
    Association (UDA)"), left to right: what ``re.finditer`` of the name escaped and
    :data:`_BRACKETED` finds, without compiling that pattern anew for every name (most
    of the search's cost). Each place the name is written, from the end of the last
    acronym found, gets the brackets matched where the name ends."""
    at = text.find(name)
    while at >= 0:
        bracketed = _BRACKETED.match(text, at + len(name))
        if bracketed is not None:
            yield bracketed.group(1)
            at = text.find(name, bracketed.end())
        else:
            at = text.find(name, at + 1)


def acronyms(text: str, mentions: Sequence[Argument]) -> dict[str, str]:
    """Folded acronym -> the organisation name it stands for in this document."""
    names = [clean_span(m.text) for m in mentions if m.label == "ORG"]
    found: dict[str, set[str]] = defaultdict(set)
    bracketed = _BRACKETED.search(text) is not None
    for name in dict.fromkeys(names):  # each once: a long document repeats them
        letters = initials(name)
        if len(letters) >= 2 and len(name.split()) >= 2:
            found[letters.lower()].add(name)
        # "the Ulster Defence Association (UDA)": the acronym written after the name,
        # looked for only in a text that has an acronym in brackets at all (most have none,
        # and each name's search is a new pattern over the whole text).
        if bracketed:
            for acronym in _bracketed_after(name, text):
                found[acronym.lower()].add(name)
    used = {fold(n) for n in names if n.isupper() and 2 <= len(n) <= 8}
    return {acr: next(iter(full)) for acr, full in found.items() if acr in used and len(full) == 1}
