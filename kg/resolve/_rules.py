"""Resolution as a pipeline of small named rules, tried in the order of :data:`RULES`.

Each rule looks at one span and answers in one of four ways:

- a :class:`~kg.resolve._clusters.Cluster`: the span names that entity; stop;
- :data:`NO_ENTITY`: the span names nothing (junk, a pronoun with no referent); stop;
- an :class:`~kg.model.Argument`: resolve that span instead (the name inside a
  phrase, the person after a title); the pipeline starts again with it;
- ``None``: not this rule's case; ask the next rule.

The order is the only place precedence is decided: a definite description is
tried only after the organisation tables, and a name by its NER label last.
``docs/entities.md`` describes each rule with examples.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.gazetteer import fold
from kg.lang.en import (
    EVENT_NAME_HEADS,
    NEUTER_PRONOUNS,
    PERSONAL_PRONOUNS,
    PRONOUN_GENDERS,
    WEEKDAYS,
)
from kg.model import Argument
from kg.resolve._bodies import (
    common_group,
    council,
    group,
    group_head,
    make_group,
    ministry,
    organization,
)
from kg.resolve._clusters import Cluster
from kg.resolve._names import named, person, person_name
from kg.resolve._references import (
    agrees,
    apposed_name,
    described_organization,
    described_person,
    description,
    generation_member,
    generation_word,
    name_after_description,
    place_code,
    possessed,
    pronoun_referent,
    source,
    title_before_name,
    unnamed_person_actor,
    unnamed_speaker_goes_on,
)
from kg.resolve._spans import container, inner_mention, is_junk
from kg.resolve._state import DocState, closed_quote_start
from kg.resolve._text import clean_span, has_letters, lexicon

__all__ = ["NO_ENTITY", "RULES", "Rule", "Span", "resolve_span"]


class _NoEntity(enum.Enum):
    NO_ENTITY = "no entity"


#: A rule's answer that the span names nothing, and no later rule may say otherwise.
NO_ENTITY = _NoEntity.NO_ENTITY

#: What an "it" that stands for a clause to come says of it ("it is clear that", "it was
#: always going to be difficult to"): no referent. Not "it's": "it's likely to be" is as
#: often a thing that will be ("the mill reopened, and it's likely to be busy again").
_EXTRAPOSED = (
    r"(?:\w+er|clear|possible|impossible|likely|unlikely|important|necessary|difficult|"
    r"unclear|time|true|hard|easy)\b"
)
_PLEONASTIC = re.compile(
    r"^\s+(?:is|was|will be|would be|seems|seemed|appears|remains)\s+(?:not\s+)?"
    rf"(?:(?:\w+ly|always|still|also|now|going\s+to\s+be)\s+){{0,3}}{_EXTRAPOSED}",
    re.IGNORECASE,
)
#: "made it easier to sue", "find it hard to believe": an object "it" for the clause after.
_MAKE_IT = re.compile(r"\b(?:make|makes|made|making|find|finds|found|finding)\s+$", re.IGNORECASE)
_OBJECT_PLEONASTIC = re.compile(rf"^\s+{_EXTRAPOSED}\s+(?:to|that|for)\b", re.IGNORECASE)


_THE = re.compile(r"^the\s", re.IGNORECASE)
_MINISTRY = re.compile(r"[A-Z][\w'’]*\s+ministry")
_POSSESSIVE = re.compile(r"^(its|their|his|her)\s+(.+)$", re.IGNORECASE)
#: A name's possessive before a description, as definite as "the": "Aragua's governor"
#: is the governor of Aragua, "Russia's defence minister" the Russian one.
_OWNED_DESCRIPTION = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+[a-z][\w\s-]*")


@dataclass(frozen=True, slots=True)
class Span:
    """One argument as the rules read it, its text cleaned once."""

    argument: Argument
    #: The text with runs of whitespace made single spaces.
    text: str
    #: The text without determiners, a possessive ending or punctuation.
    clean: str
    #: Written as definite: "the ministry", or a headline's "Russian ministry".
    definite: bool
    #: The span is one of the document's entity mentions, not a phrase around one.
    exact: bool

    @classmethod
    def of(cls, argument: Argument, state: DocState) -> Span:
        """The span of ``argument`` in the document ``state`` reads."""
        text = " ".join(argument.text.split())
        clean = clean_span(text)
        definite = (
            bool(_THE.match(text))
            or bool(_MINISTRY.fullmatch(clean))
            or bool(_OWNED_DESCRIPTION.fullmatch(clean))
        )
        exact = (argument.start, argument.end) in state.mention_offsets
        return cls(argument, text, clean, definite, exact)


Answer = Cluster | Argument | _NoEntity | None
Rule = Callable[[Span, DocState], Answer]


def _found(cluster: Cluster | None) -> Cluster | _NoEntity:
    """A rule that owns the span: its cluster, or no entity at all."""
    return NO_ENTITY if cluster is None else cluster


def junk(span: Span, state: DocState) -> Answer:
    """Text with no letters and acronyms read as names name nothing."""
    if not has_letters(span.clean) or is_junk(span.clean, span.argument.label, state):
        return NO_ENTITY
    return None


# Lower-case nouns of things a name before them is the make or the model of: "the Ryder
# truck", "Bermuda shorts", "SIM cards", "an RAF Chinook helicopter".
_ARTEFACTS = frozenset(
    "truck trucks lorry helicopter helicopters jet jets shorts jacket jeans card cards "
    "rifle rifles".split()
)
# "a red 1968 Ford Falcon", "his 2005 Toyota": a model year before a make (and
# the make before the model).
_MODEL_YEAR_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:19|20)\d\d\s+"
    r"(?:[A-Z][\w-]*\s+)?$"
)
# Words that may follow a whole noun phrase (the make ends it), unlike a noun it modifies.
_AFTER_A_NOUN_PHRASE = frozenset(
    "and or with that which who from in on at to for was is had has".split()
)
# The days of the week as a name spells them, with a capital ("Bloody Friday").
_WEEKDAYS = frozenset(day.capitalize() for day in WEEKDAYS)
_WORD_AFTER = re.compile(r"^\s+([A-Za-z]+)")
_NUMBER_BEFORE = re.compile(r"\d\s?$")
# Units and time zones written in capitals after a number: "1530 UTC", "1.5 MB".
_UNITS = frozenset("UTC GMT EST EDT CET CEST MSK KB MB GB TB KM MHZ GHZ".split())


def thing_or_day(span: Span, state: DocState) -> Answer:
    """A name that is a thing's make ("the Ryder truck"), a day's or an event's name
    ("Bloody Friday", "Bloody Sunday", "the Boston Marathon") or a unit after a number
    ("10.5MB", "1530 UTC") names no actor."""
    argument = span.argument
    if argument.label not in {"PERSON", "ORG"} or not span.exact:
        return None
    following = _WORD_AFTER.match(state.text[argument.end : argument.end + 30])
    word = following.group(1) if following else ""
    words = span.clean.split()
    if word in _ARTEFACTS:
        return NO_ENTITY
    if _MODEL_YEAR_BEFORE.search(state.text[max(0, argument.start - 40) : argument.start]) and (
        not word[:1].islower() or word in _AFTER_A_NOUN_PHRASE
    ):
        # "a red 1968 Ford Falcon": a make and model; not "the 2016 Trump campaign".
        return NO_ENTITY
    if words and words[-1] in EVENT_NAME_HEADS:
        return NO_ENTITY  # "the Boston Marathon", "the Women's World Cup": events, not actors
    if words and (words[-1] in _WEEKDAYS or (word in _WEEKDAYS and len(words) == 1)):
        # A name alone before a weekday is a day's name when it is an ordinary word
        # written with a capital ("Bloody Friday"), not "Zelensky Monday" in a headline.
        if words[-1] in _WEEKDAYS or words[0].lower() in _ORDINARY_BEFORE_DAYS:
            return NO_ENTITY
    before = state.text[max(0, argument.start - 2) : argument.start]
    if span.clean.isupper() and (
        before[-1:].isdigit() or (span.clean in _UNITS and _NUMBER_BEFORE.search(before))
    ):
        return NO_ENTITY  # "10.5MB", "1530 UTC"; not "10,000 IS insurgents"
    if words and words[0] in _UNITS and _NUMBER_BEFORE.search(before):
        return NO_ENTITY  # "10.5 MB 360p": a unit and what follows it
    return None


# Words that name a day with the weekday after them.
_ORDINARY_BEFORE_DAYS = frozenset("bloody black good holy ash palm super cyber easter".split())


def younger_or_elder(span: Span, state: DocState) -> Answer:
    """ "the younger Roe", "the elder Mr. Roe": the one of the family the text says is so
    ("his son, Dan Roe"; :func:`generation_member`), else no one: not the one full name
    with that surname, as the other generation may be one the text never names in full."""
    if generation_word(span.text) is None:
        return None
    member = generation_member(span.argument, state)
    return NO_ENTITY if member is None else member


def person_after_title(span: Span, state: DocState) -> Answer:
    """ "UN human rights chief" right before "Michelle Bachelet": that person."""
    return title_before_name(span.argument, state)


def person_before_apposition(span: Span, state: DocState) -> Answer:
    """ "Lena Hart, a retired nurse who ran the shelter": the person named before it."""
    return apposed_name(span.argument, state)


#: Pronouns that continue the person the text is about ("he", "his"), rather than the
#: one just named: "Prosecutors say McVeigh bought a Mercury Marquis. He walked ...".
#: Not "him" or "her": an object pronoun is never its own clause's subject.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "his"})


def person_after_description(span: Span, state: DocState) -> Answer:
    """ "the transport secretary, Lena Ostrova, agreed": the person named after it."""
    return name_after_description(span.argument, state)


def personal_pronoun(span: Span, state: DocState) -> Answer:
    """The person a "he", "she", "him", "her" or "his" stands for
    (:func:`_pronoun_person`), unless its sentence has already called that person more
    often by the other sex's pronouns than by this one's, or the text has twice called
    them by the other sex's where no other person was near (:meth:`DocState.called_surely`):
    a name the census tables do not know ("Okafor") has no sex but the one its pronouns
    give it, and "Okafor stabbed his neighbour while she slept" is not Okafor sleeping.
    Such a pronoun is left without a referent rather than given to someone else: whom it
    means is not known."""
    answer = _pronoun_person(span, state)
    sex = PRONOUN_GENDERS.get(span.text.lower().strip(" ,.;:"))
    if sex is None or not isinstance(answer, Cluster):
        return answer
    at = span.argument.start
    called = state.called_rather(answer, sex, before=at) or state.called_surely(answer, before=at)
    if called not in {None, sex}:
        return NO_ENTITY
    if answer in _askers_before(span.argument, state):
        return NO_ENTITY  # "When Lee asked if he could ..., he declined": the one asked
    state.note_pronoun(answer, sex, at, sure=state.only_person_near(at) is answer)
    return answer


def _pronoun_person(span: Span, state: DocState) -> Answer:
    """ "he" is the last unnamed speaker if one came after the last person ("a senior
    official in the Ministry of Ports ... he added": that official); else a "he" or "she"
    who speaks is the person who spoke last in its sentence or the one before
    (:meth:`DocState.last_to_speak`); else, for "he", "she" and "his", the person the
    sentence or the one before is about (:meth:`DocState.salient_person`); else the
    last person."""
    word = span.text.lower().strip(" ,.;:")
    if word not in PERSONAL_PRONOUNS:
        return None

    # A person whose name or title says the other sex is never the referent, nor a team
    # or a people the model named as a person ("the Sixers ... He scored six points").
    def fits(c: Cluster) -> bool:
        return c.kind == "person" and agrees(word, c) and not state.only_plural(c)

    at = span.argument.start
    named_after = _name_in_brackets(span.argument, state)
    if named_after is not None:
        return named_after  # '"He (Vale) never called," she said': the editor's gloss
    if word in {"he", "she"} and unnamed_person_actor(state, at):
        return NO_ENTITY  # "his opponent ... (she says ...)": someone the text does not name
    if word in {"he", "she"} and unnamed_speaker_goes_on(state, at):
        return NO_ENTITY  # "The ambassador said ... He added": the ambassador, unnamed
    if word in {"he", "she"} and span.text.islower():
        # '"Nobody told Tom Hale," she said': the speaker of the quote just closed is
        # read as if standing where the quote opens; whom the quote names, it talks about.
        at = closed_quote_start(state.text, at) or at
    person_at = state.last_index(fits, before=at)
    speaker_at, speaker = state.last_speaker(before=at)
    if (
        speaker is not None
        and speaker_at > person_at
        and agrees(word, speaker)
        and not state.only_plural(speaker)
    ):
        return speaker
    if word in {"he", "she"} and span.argument.start in state.speaking_starts:
        # "Roe said Vale sent her a letter. But she said ...": one who speaks goes on
        # speaking; the person her words were about acted, and is not the one who says.
        speaker = state.last_to_speak(at, fits)
        if speaker is not None:
            return speaker
    found: Cluster | None = None
    if word in _SUBJECT_PRONOUNS:
        found = state.salient_person(at, fits)
    if found is None and person_at >= 0:
        found = state.history[person_at][0]
    if found is None:
        return NO_ENTITY
    # A person named right before in a sentence with no event ("Rita Moss is a familiar
    # face"), which the sentences read above skip, is nearer: the pronoun goes on with
    # them; with two so named, whom it means is not known.
    nearer = state.named_without_event(found, at, fits)
    if len(nearer) > 1:
        return NO_ENTITY
    return nearer[0] if nearer else found


#: A fronted clause of asking up to a subject pronoun's comma: "When Lee asked if he could
#: share the file, " (the asker is the words between "When" and "asked").
_ASKED_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|[\"“]\s*)(?:When|After|As|Once)\s+(?P<asker>[^,.;:!?]{1,60}?)\s+asked"
    r"(?:\s+(?:him|her|them))?\s+(?:if|whether)\b[^.;!?]*,\s*$",
    re.MULTILINE,
)
#: What the one asked does in answer: "he declined", "she said", "he refused".
_ANSWERED = re.compile(
    r"\s*(?:declined|refused|agreed|said|replied|answered|responded|demurred|shrugged)\b"
)


def _askers_before(pronoun: Argument, state: DocState) -> list[Cluster]:
    """Who asks in a fronted "When X asked if ..." clause whose answer a subject pronoun
    gives: "When Lee asked if he could share the file, he declined" (the one asked
    declines, whoever the "he" inside the question is). The asker is never that pronoun;
    whom it stands for the sentence does not name, so it is left without a referent. Not
    what befalls the asker ("..., he was told no": him)."""
    at = pronoun.start
    sentence = state.text.rfind("\n", 0, at) + 1
    asked = _ASKED_BEFORE.search(state.text, max(sentence, at - 300), at)
    if asked is None or not _ANSWERED.match(state.text, pronoun.end):
        return []
    start, end = asked.span("asker")
    return [cluster for seen, cluster in state.seen_since(start) if seen < end]


#: A gloss in brackets right after a word: "he (Vale)", "him [the mayor]".
_BRACKETED = re.compile(r"[ \t]*[(\[]([^()\[\]\n]{2,40})[)\]]")


def _name_in_brackets(pronoun: Argument, state: DocState) -> Argument | None:
    """The person's name a writer put in brackets right after a pronoun to say whom it
    means ('"He (Vale) never called"'): the named span that fills the brackets, or their
    words when the model named nothing there but they are one capitalised name."""
    match = _BRACKETED.match(state.text, pronoun.end)
    if match is None:
        return None
    start, end = match.span(1)
    for mention in state.inside(start, end):
        if (mention.start, mention.end) == (start, end):
            return mention if mention.label == "PERSON" else None
    words = match.group(1).split()
    if len(words) > 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return Argument(text=match.group(1), start=start, end=end)


def neuter_pronoun(span: Span, state: DocState) -> Answer:
    """ "it", "they": the last organisation or group of that number."""
    word = span.text.lower().strip(" ,.;:")
    if word not in NEUTER_PRONOUNS:
        return None
    following = state.text[span.argument.end : span.argument.end + 40]
    if word == "it" and _PLEONASTIC.match(following):
        return NO_ENTITY  # "it will be easier", "it is clear": no referent
    before = state.text[max(0, span.argument.start - 12) : span.argument.start]
    if word == "it" and _MAKE_IT.search(before) and _OBJECT_PLEONASTIC.match(following):
        return NO_ENTITY  # "made it easier to sue": no referent
    argument = span.argument
    referent = pronoun_referent(
        state,
        NEUTER_PRONOUNS[word],
        at=argument.start,
        subject=state.is_subject(argument.start, argument.end) or word == "its",
    )
    if referent is not None and place_code(referent, state):
        # "new routes to Spokane (GEG) that it launched": the code nearest is no body that
        # acts, and whom "it" means the text nearest does not say
        return NO_ENTITY
    return _found(referent)


def possessive(span: Span, state: DocState) -> Answer:
    """ "its forces", "their units", "his country": through the owner."""
    match = _POSSESSIVE.match(span.text)
    if match is None:
        return None
    owner_word = match.group(1).lower()
    _note_owners_sex(owner_word, span.argument.start, state)
    owned = possessed(owner_word, match.group(2), state, at=span.argument.start)
    if owned is None:
        # "her advisers", "their lead writers": people of the owner, a group of the document.
        owned = common_group(clean_span(match.group(2)), state)
    return _found(owned)


def _note_owners_sex(word: str, at: int, state: DocState) -> None:
    """ "his cook", "her team": the person the "his" or "her" most likely stands for (the
    last one it may, as :func:`~kg.resolve._references.possessed` reads it) is called so
    by its sentence (:meth:`DocState.note_pronoun`)."""
    sex = PRONOUN_GENDERS.get(word)
    if sex is None:
        return
    owner = state.last(lambda c: c.kind == "person" and agrees(word, c))
    if owner is not None:
        state.note_pronoun(owner, sex, at)


def known_organization(span: Span, state: DocState) -> Answer:
    """Organisations of the name tables, under their canonical name."""
    return organization(span.clean, span.text, state)


def named_ministry(span: Span, state: DocState) -> Answer:
    """ "the Russian Defense Ministry", "Ministry of Defence of Ukraine"."""
    return ministry(span.clean, span.text, state)


def city_council(span: Span, state: DocState) -> Answer:
    """ "the Mariupol city council"; "the city council" is the last city's."""
    return council(span.clean, span.text, state)


def armed_group(span: Span, state: DocState) -> Answer:
    """Separatists and demonym + force noun: "Russian forces", "the Ukrainian army"."""
    argument = span.argument
    for inner in state.inside(argument.start, argument.end):
        if inner.label == "GPE" and inner.end < argument.end:
            # "Georgia prosecutors" in a story the document reads as American: the
            # state's, not the country's (`place_group`).
            seen = state.seen_at(inner.start)
            demonym = clean_span(inner.text) in lexicon().demonyms  # "Somali", a people's
            if (
                not demonym
                and seen is not None
                and seen.place is not None
                and seen.place.kind != "country"
            ):
                return None
        break
    return group(span.clean, span.text, state)


# Words that may stand before a place's name in a group's phrase: "the Dover police",
# "dozens of Leeds police officers".
_BEFORE_PLACE_GROUP = re.compile(
    r"^(?:(?:the|a|an|some|several|many|two|three|dozens\s+of|hundreds\s+of|\d+)\s+)*$",
    re.IGNORECASE,
)


def place_group(span: Span, state: DocState) -> Answer:
    """A place's name before a group's noun: "Leeds police", "Ohio officials",
    "Kent County deputies" are that place's group, one across documents, as the
    police of one town are the same in every story (a country's are `armed_group`'s)."""
    if span.exact:
        return None
    argument = span.argument
    for inner in state.inside(argument.start, argument.end):
        if inner.label not in {"GPE", "LOC"}:
            continue
        before = state.text[argument.start : inner.start]
        after = " ".join(state.text[inner.end : argument.end].split())
        tokens = after.replace(" - ", "-").split()
        if not _BEFORE_PLACE_GROUP.match(before) or not tokens or len(tokens) > 3:
            return None
        if tokens[-1] == "Police":
            tokens[-1] = "police"  # "Kent Police": the force's own name for itself
        if any(not t.islower() for t in tokens):
            return None
        head = group_head(tokens)
        if head is None:
            return None
        place = state.seen_at(inner.start) or resolve_span(inner, state)
        if place is None or place.kind != "place" or place.place is None:
            return None
        if place.place.kind == "country":
            return None  # "Ukraine troops": the country's forces, as `armed_group` reads
        # The name as the text writes it ("Apollon" of a district the gazetteer
        # calls otherwise), so the label is what a reader searches for.
        written = clean_span(inner.text)
        return make_group(state, place.place.country, head, span.clean, where=written)
    return None


def unnamed_speaker(span: Span, state: DocState) -> Answer:
    """ "an American official", "the same source": one person per document and description."""
    return source(span.clean, span.text, span.definite, state, span.argument, state.mentions)


def _definite_phrase(span: Span) -> bool:
    """Whether the span is a definite common noun phrase, not a name the model labelled."""
    return span.definite and (span.argument.label in {"", "NORP"} or not span.exact)


def definite_description(span: Span, state: DocState) -> Answer:
    """ "the ministry", "the capital", "the city", "the mayor": an entity seen before."""
    if _definite_phrase(span):
        lower = span.clean.lower()
        found = description(lower, state, at=span.argument.start)
        return found or described_organization(span.argument, lower, state)
    return None


def described(span: Span, state: DocState) -> Answer:
    """ "the actress", "the 34-year-old teacher": the one person the text just called so."""
    if _definite_phrase(span):
        return described_person(span.argument, span.clean.lower(), state)
    return None


def name_fragment(span: Span, state: DocState) -> Answer:
    """A fragment of a longer name ("Azov" in "the Sea of Azov"): the longer name."""
    if span.exact:
        return None
    argument = span.argument
    return container(argument, state.around(argument.start, argument.end), state.text)


def name_inside(span: Span, state: DocState) -> Answer:
    """A phrase around a name ("the strategic Gostomel airport"): the name it is about;
    a labelled phrase with some other name inside names nothing."""
    if span.exact:
        return None
    argument = span.argument
    inside = state.inside(argument.start, argument.end)
    inner = inner_mention(argument, inside)
    if inner is not None:
        return inner
    if argument.label and inside:
        return NO_ENTITY  # the named span inside is not what the argument is about
    return None


def group_by_noun(span: Span, state: DocState) -> Answer:
    """ "gunmen", "the police", "dozens of protesters": a group of the document."""
    if span.argument.label:
        return None
    # The character before the span and the spaces after it, read backwards: a
    # copy of all the text before would cost a long document its length per span.
    text, at = state.text, span.argument.start
    line_start = False
    while at > 0 and text[at - 1].isspace():
        line_start = line_start or text[at - 1] == "\n"
        at -= 1
    # A new line starts a sentence too: a headline, a paragraph ("...\nPolice said").
    # Only the sentence's first word is capitalised for that reason: "The Chiefs" keeps
    # its capital after the determiner comes off.
    first_word = span.text.split()[0] if span.text.split() else ""
    sentence_start = (line_start or at == 0 or text[at - 1] in '.!?:"“”‘’') and (
        span.clean.startswith(first_word)
    )
    return common_group(span.clean, state, sentence_start=sentence_start)


#: Words of a headline the model read as a person ("... A Sign Of Leadership"), which
#: no full name holds (particles such as "de" or "bin" do).
_HEADLINE_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "for", "to", "in", "on", "at", "by", "with"}
)


def surname_alone(span: Span, state: DocState) -> Answer:
    """A surname the model left unnamed ("Page suffered a heart attack", "Mr. Vale said")
    is the one person the document names in full with it ("Bettie Page"): as a surname
    the model did name joins that person. Not when two people share it, when the
    document's vote reads the word as something other than a person, nor when a named
    span overlaps it (then it is part of another name)."""
    argument = span.argument
    at = (argument.start, argument.end)
    if argument.label or state.inside(*at) or state.around(*at):
        return None
    bare, _, _ = person_name(span.clean, state)
    key = fold(bare)
    if " " in bare or not bare[:1].isupper() or len(state.surnames.get(key, ())) != 1:
        return None
    (full,) = state.surnames[key]
    if state.voted.get(key, "PERSON") != "PERSON" or _HEADLINE_WORDS & set(full.split()):
        return None
    return person(dataclasses.replace(argument, label="PERSON"), state)


def name(span: Span, state: DocState) -> Answer:
    """A name by its NER label: a person, an organisation, a place, a group."""
    return _found(named(span.argument, span.clean, state))


#: The rules in the order they are tried; the first answer other than ``None`` wins.
RULES: tuple[Rule, ...] = (
    junk,
    thing_or_day,
    younger_or_elder,
    person_after_title,
    person_before_apposition,
    person_after_description,
    personal_pronoun,
    neuter_pronoun,
    possessive,
    known_organization,
    named_ministry,
    city_council,
    armed_group,
    place_group,
    unnamed_speaker,
    definite_description,
    described,
    name_fragment,
    name_inside,
    group_by_noun,
    surname_alone,
    name,
)


def resolve_span(argument: Argument, state: DocState) -> Cluster | None:
    """The cluster an argument names in the document ``state`` reads, or ``None``."""
    if argument.label and argument.text.islower():
        # A span the model typed as a name but written all in lower case ("tandem",
        # "police") is a common noun phrase: the rules for those read it.
        argument = dataclasses.replace(argument, label="")
    span = Span.of(argument, state)
    while True:
        for rule in RULES:
            answer = rule(span, state)
            if answer is None:
                continue
            if isinstance(answer, Argument):
                span = Span.of(answer, state)
                break  # start again with the span the rule pointed to
            return None if answer is NO_ENTITY else answer
        else:
            return None  # unreachable: `name` always answers
