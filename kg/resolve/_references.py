"""Rules for spans that point back: pronouns, possessives, descriptions, unnamed speakers."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from kg.gazetteer import Gazetteer, PlaceRecord, fold
from kg.lang.en import (
    GENERIC_BODY_NOUNS,
    MEMBER_NOUNS,
    NEUTER_PRONOUNS,
    ORGANIZATION_KIND_WORDS,
    PERSONAL_PRONOUNS,
    PRONOUN_GENDERS,
    SPEAKER_HEDGES,
    SUBJECT_PRONOUNS,
    TITLE_GENDERS,
    UNNAMED_PERSON_NOUNS,
    name_genders,
)
from kg.lang.wordnet import (
    NOUN_ABSTRACT,
    NOUN_COMMUNICATION,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_PERSON,
    NOUN_QUANTITY,
    NOUN_RELATION,
    NOUN_TIME,
    noun_classes,
)
from kg.model import Argument
from kg.resolve._bodies import (
    country_of,
    make_group,
    ministry,
    organization,
    singular_classes,
    stands_for,
)
from kg.resolve._clusters import Cluster, Office
from kg.resolve._names import named, office_of, person_name
from kg.resolve._state import DocState, quotes_between
from kg.resolve._text import clean_span, lexicon, names_a_pair, plural, slug

__all__ = [
    "agrees",
    "apposed_name",
    "described_body",
    "described_organization",
    "described_person",
    "description",
    "generation_member",
    "generation_word",
    "note_epithets",
    "possessed",
    "pronoun_referent",
    "source",
    "title_before_name",
    "names_a_thing",
    "name_after_description",
    "names_no_doer",
    "unnamed_person_actor",
    "unnamed_speaker_goes_on",
    "unnamed_subject",
]

_AFFILIATION = re.compile(
    r"^\s+(?:in|of|at|from|with|for)\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
)


def agrees(pronoun: str, cluster: Cluster) -> bool:
    """Whether a person may be called ``pronoun``: "she" is not "Thomas Berg", "he"
    is not "Margaret Olsen". A person whose sex neither the given name (the census
    tables' :func:`~kg.lang.en.name_genders`) nor a title says agrees with both."""
    wanted = PRONOUN_GENDERS.get(pronoun)
    if wanted is None or cluster.kind != "person":
        return True
    return _gender(cluster) in {None, wanted}


def _gender(cluster: Cluster) -> str | None:
    for surface in cluster.surfaces:
        words = surface.split()
        if len(words) > 1 and words[0].lower().rstrip(".") in TITLE_GENDERS:
            return TITLE_GENDERS[words[0].lower().rstrip(".")]
    words = cluster.canonical_label().split()
    return name_genders().get(words[0]) if len(words) > 1 else None


def title_before_name(argument: Argument, state: DocState) -> Argument | None:
    """The person named right after an argument that ends with a title ("UN human
    rights chief" before "Michelle Bachelet")."""
    words = argument.text.split()
    titles = lexicon().titles
    if not words or words[-1].lower().strip(",") not in titles:
        return None
    # More titles may stand between: "Magistrate" | "Judge" | "Marianne Bowler".
    for m in state.starting_between(argument.end, argument.end + 30):
        between = state.text[argument.end : m.start].split()
        if m.label == "PERSON" and all(
            w.lower() in titles or w.lower().strip(".") in titles for w in between
        ):
            return m
    return None


#: A description set beside a name, as the relative clause after it reads it: "a former
#: aide", "the two-time champion" (a determiner, then a word in lower case or a number).
_DESCRIPTION = re.compile(r"^(?:a|an|the)\s+[a-z0-9]", re.IGNORECASE)
#: What follows that description when the description stands for the clause's subject:
#: "who" for a person; "that" and "which" too for an organisation.
_WHO_AFTER = re.compile(r"^\s*,?\s*who\b")
_RELATIVE_AFTER = re.compile(r"^\s*,?\s*(?:who|that|which)\b")
#: How far back a name may start before the comma: a long person's name.
_NAME_REACH = 60
#: Labels of the names a description of a body may stand beside.
_BODY_LABELS = frozenset({"ORG", "NORP"})


def apposed_name(argument: Argument, state: DocState) -> Argument | None:
    """The name right before a description set beside it, when a relative pronoun
    after the description made it a clause's actor: in "Lena Hart, a retired nurse who
    ran the shelter", who ran it is Lena Hart, not an unnamed nurse; in "Larch Aid, a
    local charity that runs the shelter", it is Larch Aid.

    A person's name needs "who" after the description; an organisation's name ("that",
    "which" or "who") a description whose head is a word for a body ("charity",
    "group", "union"), not for a person, an act or a thing ("Acme, a move that": the
    move is what was done to Acme). Only a name, then a comma, then the description,
    then the relative pronoun: a name in a list ("Hart, Cole and a nurse who") or before
    some other words is not read.
    """
    if not _DESCRIPTION.match(argument.text) or argument.label == "PERSON":
        return None
    if not _RELATIVE_AFTER.match(state.text[argument.end : argument.end + 12]):
        return None
    if any(m.label == "PERSON" for m in state.inside(argument.start, argument.end)):
        return None  # "a friend of Lena Hart who": the name inside says who it is
    for m in reversed(state.starting_between(argument.start - _NAME_REACH, argument.start - 2)):
        # A space may stand before the comma in text joined from tokens ("Lena Hart , a").
        if m.end <= argument.start and re.fullmatch(r"\s?,\s*", state.text[m.end : argument.start]):
            return m if _stands_for(m, argument, state) else None
    return None


#: What closes a name set off after a description: a comma, a bracket, a semicolon, the end.
_SET_OFF_END = re.compile(r"\s?(?:[,;()]|$)")


def name_after_description(argument: Argument, state: DocState) -> Argument | None:
    """The person named right after a description of a person and a comma: in "the
    transport secretary, Lena Ostrova, agreed" or "hit the court clerk, Ruth Dale, with a
    chair", the one meant is that person, not another secretary the text named before nor a
    clerk of no name.

    The description: a determiner, then a singular phrase with no person named inside,
    whose head is a title or a noun whose first WordNet sense is a person ("the Governor
    of Alaska", "a federal agent"); the name: a person's, closed by a comma, a bracket or a
    semicolon ("the man, Brian Nichols, 37,"), and not the first of a list ("the mayor,
    Ana Roe, Tom Hale and the sheriff")."""
    if argument.label == "PERSON" or not _DETERMINER.match(argument.text):
        return None
    if plural(argument.text) or _names_a_person(argument, state):
        return None
    head = _head_word(argument.text)
    if head not in lexicon().titles and not _person_noun(head):
        return None
    for name in state.starting_between(argument.end, argument.end + 3):
        between = state.text[argument.end : name.start]
        if name.label != "PERSON" or not re.fullmatch(r"\s?,\s*", between):
            continue
        if not _SET_OFF_END.match(state.text, name.end):
            return None
        if any(m.label == "PERSON" for m in state.starting_between(name.end, name.end + 3)):
            return None  # a list of names
        return name
    return None


#: A determiner that opens a description: "the interior secretary", "a federal agent".
_DETERMINER = re.compile(r"^(?:a|an|the)\s+\S", re.IGNORECASE)


def _names_a_person(argument: Argument, state: DocState) -> bool:
    return any(m.label == "PERSON" for m in state.inside(argument.start, argument.end))


def _stands_for(name: Argument, description: Argument, state: DocState) -> bool:
    """Whether the description after ``name`` is said of what the name names."""
    if name.label == "PERSON":
        return bool(_WHO_AFTER.match(state.text[description.end : description.end + 12]))
    if name.label not in _BODY_LABELS:
        return False
    head = _head_word(description.text)
    classes = noun_classes(head)[:2]
    return head in _BODY_HEADS or (NOUN_GROUP in classes and classes[0] != NOUN_PERSON)


#: Heads of a description of a body that WordNet files under other senses first.
_BODY_HEADS = frozenset({"group", *ORGANIZATION_KIND_WORDS})


#: A word for a person right before their name: "actress Jane Roe", "her agent Tom Hale".
_NOUN_BEFORE = re.compile(r"(?:^|[^\w'’-])([a-z]+)[ \t]+$")
#: An age right before a name: "the 34-year-old Jane Roe", "34-year-old nurse Jane Roe".
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old[ \t]+(?:[a-z-]+[ \t]+){0,2}$")
#: What an apposition after a name says of the person: an age (", 34,"), then a noun
#: phrase whose head ends it (", a retired nurse,", ", her agent, said", ", the head of").
_APPOSED = re.compile(
    r"\s?,\s+(?:(\d{1,3})\s?,\s+)?(?:(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"([a-z]+)(?=\s?[,.;:]|\s+(?:who|whose|of|for|at|with|from|in|and|since)\b))?"
)
#: An age as a description's word: "the 34-year-old".
_AGE = re.compile(r"\d{1,3}-year-old")


def note_epithets(argument: Argument, person: Cluster, state: DocState) -> None:
    """Remember what the text calls the person named at ``argument``: a noun for a
    person right before the name or heading an apposition after it, and an age
    written either way, so that "the actress" or "the 34-year-old" later finds them."""
    words: list[str] = []
    before = state.text[max(0, argument.start - 40) : argument.start]
    if (noun := _NOUN_BEFORE.search(before)) is not None:
        words.append(noun.group(1))
    if (age := _AGE_BEFORE.search(before)) is not None:
        words.append(f"{age.group(1)}-year-old")
    apposed = _APPOSED.match(state.text, argument.end, argument.end + 120)
    if apposed is not None:
        if apposed.group(1):
            words.append(f"{apposed.group(1)}-year-old")
        if apposed.group(2):
            words.append(apposed.group(2))
    for word in words:
        if _AGE.fullmatch(word) or _person_noun(word):
            called = state.epithets.setdefault(word, [])
            if person not in called:
                called.append(person)
    titled = _TITLE_APPOSED.match(state.text, argument.end, argument.end + 80)
    if titled is not None and _person_noun(title := titled.group(1).lower()):
        holders = state.titles.setdefault(title, [])
        if person not in holders:
            holders.append(person)


#: A title in capitals set after a name, with what it is of: "Meghan, Duchess of Sussex",
#: "Ana Ruiz, Minister of Health". Only a title with "of": "Ana Ruiz, Reuters" is no title.
_TITLE_APPOSED = re.compile(r"\s?,\s+(?:the\s+)?([A-Z][a-z]+)\s+of\s+(?:the\s+)?[A-Z]")


def _person_noun(word: str) -> bool:
    """Whether one of a noun's two most frequent senses is a person ("star" is one too)."""
    return NOUN_PERSON in noun_classes(word)[:2]


def described_person(argument: Argument, lower: str, state: DocState) -> Cluster | None:
    """The one person the text has called by a definite description's head noun, or by
    its age, before it: "actress Jane Roe ... the actress", "Jane Roe, 34, ... the
    34-year-old teacher" (``lower``: the description without its determiner, in lower
    case). Two persons called so, or none, and the description stays as it is; so too
    when the person is not named in the description's sentence or the one before
    ("mandatory challenger" said of a boxer who withdrew, and "the challenger" four
    sentences later is the one who stepped in), and when a name follows the
    description ("the previous boss, Paul Castellano": that one)."""
    words = lower.split()
    if not words or len(words) > 4 or _POST_MODIFIER.search(lower):
        return None
    if any(m.label == "PERSON" for m in state.starting_between(argument.end, argument.end + 3)):
        return None
    age = next((word for word in words if _AGE.fullmatch(word)), None)
    called = state.epithets.get(age or words[-1], [])
    office = None if age else _described_office(words, state)
    if office is not None:
        # Not one the text gives another office of that title, or the same held once:
        # "the trade secretary" is not the one "a former environment secretary" was called.
        called = [c for c in called if _may_hold(c, office)]
    if len(called) == 1 and state.seen_near(called[0], argument.start):
        return called[0]
    # A title the text gave in capitals ("Meghan, Duchess of Sussex") is the holder's
    # wherever "the duchess" stands, while one person holds it and no other was called so.
    holders = [] if age or len(words) > 1 else state.titles.get(words[-1], [])
    if len(holders) == 1 and all(c is holders[0] for c in called):
        return holders[0]
    return None


def _described_office(tokens: Sequence[str], state: DocState) -> Office | None:
    """The office a description's words name, when its head is a title: "the former
    transport secretary", "the prime minister"."""
    titles = lexicon().titles
    size = next((n for n in (2, 1) if len(tokens) >= n and " ".join(tokens[-n:]) in titles), 0)
    if not size:
        return None
    return office_of(titles[" ".join(tokens[-size:])], tokens[:-size], state)


def _may_hold(person: Cluster, office: Office) -> bool:
    """Whether a person may hold a described office: one of theirs answers it, or the
    text gives them no office of that title at all."""
    held = [o for o in person.offices if o.role == office.role]
    return not held or any(o.answers(office) for o in held)


#: A preposition after a description's head: "the director of the film" is not read.
_POST_MODIFIER = re.compile(r"\s(?:of|in|from|at|on|near|with|to|for)\s")


#: Unnamed people who speak for the body they are described by: its spokespeople and
#: officials. A reporter's or a witness's "we" is not their employer.
_SPEAKS_FOR_HEADS = frozenset({"source:spokesperson", "source:official"})


def described_body(person: Cluster, state: DocState) -> Cluster | None:
    """The organisation an unnamed spokesperson or official is described by ("a
    spokeswoman for the Kremlin")."""
    if person.affiliation is None or person.head not in _SPEAKS_FOR_HEADS:
        return None
    return state.index.cluster(person.affiliation, "organization")  # resolved: it exists


def pronoun_referent(
    state: DocState, number: str, *, at: int | None = None, subject: bool = True
) -> Cluster | None:
    """The organisation, group or place "it" or "they" at offset ``at`` points back to.

    ``subject``: whether the pronoun acts or speaks ("it said", "its forces") rather
    than undergoes ("to guard it"). Its own sentence and the one before are read
    first (:meth:`DocState.antecedent`); then the latest entity that fits, when it was
    seen in those two sentences.
    """
    actors = {"organization", "group"}
    if number == "neuter":
        # "it" is also a country that acts ("Iran said it had reached a deal"), and
        # any place that is acted on ("reached the port to guard it").
        def fits(c: Cluster) -> bool:
            if c.kind in actors:
                return True
            return c.place is not None and (not subject or c.place.kind == "country")

        if at is not None:
            if subject and (body := _speakers_body(state, at, fits)) is not None:
                return body
            if subject and _unnamed_subject(state, at, fits, plural_pronoun=False):
                return None
            found = state.antecedent(at, fits, plural=False, subject=subject)
            if found is not None:
                return found

        def acts_as_one(c: Cluster) -> bool:
            return c.kind in actors or (c.place is not None and c.place.kind == "country")

        # '"I think it will pass," Roe told Acme Radio': a quote's "it" is a thing of the
        # speaker's words (a bill, a plan), not a body the writer named outside them.
        return _latest(state, acts_as_one, plural=False, at=at, same_side=True)

    # "they" is a group or organisation named in the plural ("the rebels", "the Clintons"
    # as a family is a person cluster in the plural); a singular organisation is only a
    # guess, and a wrong referent is worse than none.
    def acts(c: Cluster) -> bool:
        return c.kind in actors | {"person"}

    if at is not None and subject:
        if (body := _speakers_body(state, at, acts)) is not None:
            return body
        if _unnamed_subject(state, at, acts, plural_pronoun=True):
            return None
        speakers = _speakers_of_they(state, at, acts)
        if speakers is not None:
            return speakers[-1] if speakers else None
        told = _told(state, at)
        if told:
            return _latest(state, lambda c: acts(c) and c not in told, plural=True, at=at)
    return _latest(state, acts, plural=True, at=at)


def _speakers_of_they(
    state: DocState, at: int, accept: Callable[[Cluster], bool]
) -> list[Cluster] | None:
    """The entities a subject "they" at ``at`` continues when it says what they said of
    themselves, right after the verb of saying ("X said they ...", "X have said that
    they ..."): every entity of a coordinated speaker ("Acme and Globex said they would
    merge"), or a speaker named by one organisation, which English may call "they"
    ("Northwind Airlines said they would cut routes"). A group of an earlier sentence
    ("... told reporters. Acme and Globex said they ...") is not who is meant. Empty
    (no referent) when no body is named among those joined; ``None`` when there is no
    such speaker, or it is one the other rules read (a person, "the rebels", "GOP
    voters")."""
    if not _THEY.match(state.text, at):
        return None  # not "them" or "their": "urged them to", "inviting them"
    speaker = _speaker_just_before(state, at)
    if speaker is None:
        return None
    start, end = speaker
    text = state.text[start:end]
    inside: list[Cluster] = []
    for seen, cluster in state.seen_since(start):
        if seen < end and accept(cluster) and cluster not in inside:
            inside.insert(0, cluster)
    if _AND.search(text):
        # Each body joined acts (a copy of the event for each, as for "Rebels and smugglers
        # crossed. They ..."); a person joined has no such copy and is left out, as is
        # one the text names by no entity ("Bush and his rivals said they": the rivals).
        return [cluster for cluster in inside if cluster.kind in {"group", "organization"}]
    heads = [m for m in state.inside(start, end) if m.end == end and m.label == "ORG"]
    if heads and len(inside) == 1 and inside[0].kind == "organization":
        return inside  # the name heads the speaker: not "GOP primary voters"
    return None


def _speaker_just_before(state: DocState, at: int) -> tuple[int, int] | None:
    """The span of the speaker whose verb of saying stands right before the pronoun at
    ``at`` in its sentence: "Acme said they", "Acme and Globex have said that they"."""
    here = bisect.bisect_right(state.sentence_starts, at)
    current = state.sentence_starts[here - 1] if here else 0
    spans = [span for span in state.speaker_spans if current <= span[0] and span[1] <= at]
    if not spans:
        return None
    start, end = max(spans, key=lambda span: (span[1], -span[0]))  # nearest, then longest
    return (start, end) if _SAID_BEFORE.fullmatch(state.text, end, at) else None


#: What stands between a speaker and the "they" of what they said: the verb of saying,
#: its auxiliaries and an adverb or two, and "that" ("have also said that ").
_SAID_BEFORE = re.compile(
    r"\s+(?:(?:has|have|had|also|again|later|now|previously|earlier|\w+ly)\s+){0,3}"
    r"(?:said|say|says|announced|announce|announces|stated|confirmed|added|insisted|claimed|"
    r"warned|argued|told\s+\w+|tell\s+\w+|tells\s+\w+)\s+(?:that\s+)?"
)


#: The subject pronoun itself, not "them" or "their".
_THEY = re.compile(r"(?i)they\b")
#: What joins the names of a coordinated speaker ("Acme and Globex", "A, B and C"; not the
#: commas of an apposition, "Hale, the mayor,").
_AND = re.compile(r"\sand\s")


#: The capitalised words (and the small words between them) right before a code's
#: bracket: the name the code stands beside.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w'’.-]*))*\s*$")


#: A name and the opening of a code in brackets after it, which a span cut there holds.
_CUT_AT_CODE = re.compile(r"([^()]+)\s\(([A-Z]{2,5})")
#: A route between two codes of three capitals, as airports are written: "from LHR to
#: JFK" (not "LHR-JFK": "AFL-CIO" is one body).
_ROUTE = re.compile(r"\bfrom\s+([A-Z]{3})\s+to\s+([A-Z]{3})\b")


def place_code(cluster: Cluster, state: DocState) -> bool:
    """Whether an organisation is only a code of capitals that the text writes in brackets
    right after a name, and nowhere else ("routes to Spokane (GEG) that it launched": an
    airport's code, which the model took for a body): no "it" stands for it. A body's
    own acronym after its name ("the Port Authority (PA)") is that body's, whose name
    "it" may still take."""
    surfaces = list(cluster.surfaces)
    codes = [s for s in surfaces if s.isalpha() and s.isupper() and 2 <= len(s) <= 5]
    # "Boise (BOI": the model's span cut inside the brackets, a name and its code
    cut = [s for s in surfaces if (m := _CUT_AT_CODE.fullmatch(s)) and not _initials(*m.groups())]
    if not surfaces or len(codes) + len(cut) < len(surfaces):
        return False
    text = state.text
    for code in codes:
        in_routes = _in_routes(code, text)
        for found in re.finditer(rf"\b{code}\b", text):
            start, end = found.span()
            if start in in_routes:
                continue
            if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
                return False
            name = _NAME_BEFORE.search(text, max(0, start - 80), start - 1)
            if name is None or _initials(name.group(), code):
                return False
    return True


def _in_routes(code: str, text: str) -> set[int]:
    """Where a code stands in a route between two codes of three capitals ("flights from
    LHR to JFK were cut after it closed a runway": airports, no body that acts)."""
    return {
        found.start(group)
        for found in _ROUTE.finditer(text)
        for group in (1, 2)
        if found.group(group) == code
    }


def _initials(name: str, code: str) -> bool:
    """Whether a code is the initials of the capitalised words of the name before it, as
    a body's acronym is ("Federal Bureau of Investigation (FBI"), not a place's code
    ("Boise (BOI")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()) == code


#: "told reporters that", "telling them": a verb of telling and its addressee, right
#: before a "they" that says what was told.
_TOLD = re.compile(
    r"\b(?:told|tells?|telling|informed|informs?|assured|assures?|warned|warns?)\s+"
    r"(?P<addressee>(?:[\w'’.-]+\s+){1,4}?)(?:that\s+)?$",
    re.IGNORECASE,
)
#: Words after such a "they" that make the telling a bidding ("told supporters they should
#: respond"): then they are the addressees after all.
_BIDDING = re.compile(r"\s*(?:should|must|ought|need|needed|have to|had to)\b", re.IGNORECASE)


def _told(state: DocState, at: int) -> list[Cluster]:
    """The entities a subject "they" at ``at`` is not: the addressees of a verb of telling
    just before it ("rebel leaders told reporters that they would not accept ...": the
    leaders, not the reporters). What one tells someone is mostly about oneself; a
    bidding ("told his supporters they should ...") is about the addressees."""
    here = bisect.bisect_right(state.sentence_starts, at)
    current = state.sentence_starts[here - 1] if here else 0
    told = _TOLD.search(state.text, current, at)
    if told is None or _BIDDING.match(state.text, at + len("they")):
        return []
    return [cluster for seen, cluster in state.seen_since(told.start("addressee")) if seen < at]


#: How many sentences before its own an "it" or "they" looks back for what it continues.
#: The last entity that fits, named further back, is most often not what the pronoun
#: means: by then "they" are people the text names by no entity ("the youths", "the
#: two women") or another group, and "it" is a thing ("the rules", "the fire").
_REACH = 1


def _latest(
    state: DocState,
    accept: Callable[[Cluster], bool],
    *,
    plural: bool,
    at: int | None,
    same_side: bool = False,
) -> Cluster | None:
    """The latest entity ``accept`` takes, in the given number: within :data:`_REACH`
    sentences of the pronoun at ``at`` (with ``same_side``, not across a quote's edge),
    or anywhere before when no offset is given."""
    if at is None:
        return state.last(accept, plural=plural)
    return state.last_near(accept, plural=plural, at=at, sentences=_REACH, same_side=same_side)


#: Words that end the noun phrase of a subject span: its head is the word before them.
_HEAD_ENDS = frozenset("of who whose which that from in at with on for by to into near , -".split())


def unnamed_person_actor(state: DocState, at: int) -> bool:
    """Whether a "he" or "she" at ``at`` follows, in its own sentence, an actor that is a
    person the text does not name there: "claimed his opponent would raise taxes (she
    says she won't)", "a woman waved the driver down, but he drove on". That person,
    not one named before, is who the pronoun most likely is; none is better than a
    wrong one. Not a speaker when the pronoun stands in what was said ("the driver
    said he braked" may be anyone's); a speaker when it stands outside, in a clause that
    goes on from the saying ("the guard insisted that Vale died, and he left the forest":
    the guard left), any noun of a person then. Not a noun with a name after it ("the
    employee, Jane Roe,"), nor across a quote's edge."""
    here = bisect.bisect_right(state.sentence_starts, at)
    current = state.sentence_starts[here - 1] if here else 0
    low = bisect.bisect_left(state.subjects, (current, 0))
    high = bisect.bisect_left(state.subjects, (at, 0))
    spans = [span for span in state.subjects[low:high] if span[1] <= at]
    # "(she says she won't)": the same pronoun again in the sentence is the same person,
    # so the subject it continues is the one before the first.
    pronoun = _LEADING_WORD.match(state.text, at)
    word = pronoun.group().lower() if pronoun else ""
    while spans and state.text[spans[-1][0] : spans[-1][1]].lower() == word:
        spans.pop()
    if at not in state.claimed_starts:
        # outside anyone's words, the pronoun goes on from a subject outside them ("a
        # spokesman said Vale would leave, and he declined to comment": the spokesman)
        spans = [span for span in spans if span[0] not in state.claimed_starts]
    if not spans:
        return False
    speaker = spans[-1] in state.speaker_spans
    start, end = spans[-1]
    if speaker and (at in state.claimed_starts or _said_again(word, state.text[end:at])):
        # in what was said, or after the same pronoun there ("a representative said he
        # was away, and he has not explained it": the man the first "he" is)
        return False
    if speaker and any(_named_person(c) for seen, c in state.seen_since(start) if seen < end):
        return False  # a speaker resolution names ("Christie said ..., he said")
    text = state.text[start:end]
    if quotes_between(state.text, end, at):
        return False  # 'a friend said: "He loved ..."': the quote's own words
    head = _head_word(text)
    if plural(text) or not (head in UNNAMED_PERSON_NOUNS or (speaker and _person_noun(head))):
        return False
    if any(m.label == "PERSON" for m in state.inside(start, end)):
        return False
    return not any(m.label == "PERSON" for m in state.starting_between(end, end + 3))


#: How far after a speaker's phrase a name may still be that speaker's ("An amateur
#: photographer named Jo Tibbs").
_NAMED_AFTER = 12
#: Words that bring in someone not named before.
_INDEFINITES = frozenset({"a", "an", "one", "another"})


def unnamed_speaker_goes_on(state: DocState, at: int) -> bool:
    """Whether a "he" or "she" at ``at`` that speaks goes on from a speaker the text names
    by no entity, one person by a noun: "The US Ambassador said the talks had stalled. He
    added ...": that ambassador, not a man named before; none is better than a wrong one.
    Only one brought in by "a" or "one" ("One victim said ... She said"), or a title after
    "the"; "the star said ... she said" may be the star named before. An unnamed official
    ("a US official") is an entity of their own (:func:`source`), and a title resolution
    read as someone named ("the president") is that person."""
    if at not in state.speaking_starts:
        return False
    continued = _continued_subject(state, at)
    if continued is None or continued not in state.speaker_spans:
        return False
    start, end = continued
    text = state.text[start:end]
    here = bisect.bisect_right(state.sentence_starts, at)
    current = state.sentence_starts[here - 1] if here else 0
    pronoun = _LEADING_WORD.match(state.text, at)
    if start >= current and pronoun and _said_again(pronoun.group(), state.text[end:at]):
        return False  # "a representative said he was away, and he ...": that "he"
    if plural(text) or text.strip().lower() in SUBJECT_PRONOUNS:
        return False
    if any(seen < end and c.kind == "person" for seen, c in state.seen_since(start)):
        return False
    if any(m.label == "PERSON" for m in state.starting_between(start, end + _NAMED_AFTER)):
        return False  # a name the model found ("a photographer named Jo Tibbs"): that one
    head = _head_word(text)
    opening = text.split()[0].lower() if text.split() else ""
    if opening in _INDEFINITES:
        return _person_noun(head)  # one the text brings in: "One victim said ... She said"
    # "The ambassador" is one in office; "the star" or "the billionaire" may be anyone
    # named before, whom the text calls so.
    return opening == "the" and head in lexicon().titles


def _named_person(cluster: Cluster) -> bool:
    """Whether an entity is a person the text names, not one it calls "a spokesman"."""
    return cluster.kind == "person" and not (cluster.head or "").startswith("source:")


def _said_again(pronoun: str, between: str) -> bool:
    """Whether the pronoun stands in the text between a speaker and itself: a later one
    of the sentence may go on from that one, whoever it is."""
    return re.search(rf"\b{re.escape(pronoun)}\b", between, re.IGNORECASE) is not None


#: The word a span of text opens with.
_LEADING_WORD = re.compile(r"[A-Za-z]+")


def _head_word(text: str) -> str:
    words: list[str] = []
    for word in text.lower().replace(",", " , ").split():
        if word in _HEAD_ENDS and words:
            break
        words.append(word)
    return words[-1].strip(".;:'\"’") if words else ""


def _unnamed_subject(
    state: DocState, at: int, accept: Callable[[Cluster], bool], *, plural_pronoun: bool
) -> bool:
    """Whether the subject a subject pronoun at ``at`` continues names no entity: the
    nearest actor or source before it in its sentence, else the first of the sentence
    before, written in the pronoun's number, when no entity ``accept`` takes was seen
    inside it. "Separatist warlords led raids. In 1995 they seized hostages": "they"
    are the warlords, not the last group named before them; with no entity for the
    warlords, no referent is better than a wrong one.
    """
    return unnamed_subject(state, at, accept, plural_pronoun=plural_pronoun) is not None


def unnamed_subject(
    state: DocState, at: int, accept: Callable[[Cluster], bool], *, plural_pronoun: bool
) -> tuple[int, int] | None:
    """The span of the subject a subject pronoun at ``at`` continues when it names no
    entity (see :func:`_unnamed_subject`), else ``None``."""
    continued = _continued_subject(state, at)
    if continued is None:
        return None
    start, end = continued
    text = state.text[start:end]
    # "The pair said they ...": two people, a "they" though the noun is singular.
    in_plural = plural(text) or (plural_pronoun and names_a_pair(text))
    if text.strip().lower() in SUBJECT_PRONOUNS or in_plural != plural_pronoun:
        return None
    inside = [cluster for seen, cluster in state.seen_since(start) if seen < end]
    if any(accept(cluster) for cluster in inside):
        return None
    if not plural_pronoun and continued in state.speaker_spans:
        # "Ana Roe writes: Acme said it would ... In doing so, it beat its rival": a
        # person who tells the sentence before is never its "it" (but the "it" of the
        # words she is quoted in may be anything of hers).
        person = any(cluster.kind == "person" for cluster in inside)
        if person and not quotes_between(state.text, end, at):
            return None
    return continued


def names_no_doer(text: str) -> bool:
    """Whether a plural phrase names no one who could act: its head's most frequent
    WordNet sense is a quality, a state, an idea or the like ("the odds", "stocks",
    "early results": :data:`~kg.lang.wordnet.NOUN_ABSTRACT`), or a place ("countries":
    a country's "they" is its people, rarely the countries of the sentence). The head
    of a share is what it is a share of ("52 percent of voters", "most of them")."""
    words = text.lower().split()
    head = _head_word(text)
    if " of " in f" {text.lower()} " and head in words:
        rest = words[words.index(head) + 1 :]
        classes = singular_classes(head)
        if rest[:1] == ["of"] and (not classes or classes[0] in _SHARE_CLASSES):
            return names_no_doer(" ".join(rest[1:]))
    classes = singular_classes(head)
    return bool(classes) and (classes[0] in NOUN_ABSTRACT or classes[0] == NOUN_LOCATION)


def names_a_thing(text: str) -> bool:
    """Whether a singular phrase may be what a later "it" stands for: its head's most
    frequent WordNet sense is not a person ("the publicist" is a "he" or a "she"), a
    number, a part or a time ("Sixty-six percent said it made no difference": the "it"
    is the matter they spoke of; "for a second time saying it's about ...")."""
    classes = singular_classes(_head_word(text))
    return bool(classes) and classes[0] not in _NO_THING_CLASSES


_NO_THING_CLASSES = frozenset({NOUN_PERSON, NOUN_QUANTITY, NOUN_RELATION, NOUN_TIME})


#: WordNet files of a share's word ("percent" is a relation, "half" a quantity,
#: "majority" an attribute): the phrase's head is then what follows its "of".
_SHARE_CLASSES = frozenset({7, 23, 24})


def _continued_subject(state: DocState, at: int) -> tuple[int, int] | None:
    """The span of the subject a subject pronoun at ``at`` continues: the nearest actor or
    source before it in its sentence, else the first of the sentence before."""
    here = bisect.bisect_right(state.sentence_starts, at)
    current = state.sentence_starts[here - 1] if here else 0
    previous = state.sentence_starts[here - 2] if here > 1 else current
    low = bisect.bisect_left(state.subjects, (previous, 0))
    high = bisect.bisect_left(state.subjects, (at, 0))
    spans = [span for span in state.subjects[low:high] if span[1] <= at]
    own = [span for span in spans if span[0] >= current]
    before = [span for span in spans if span[0] < current]
    continued = own[-1] if own else before[0] if before else None
    if continued is None or continued not in state.passive_doers:
        return continued
    if at in state.speaking_starts and not _may_speak(state, continued):
        return state.passive_doers[continued]
    return continued


#: WordNet files of a noun's first sense that name who or what can speak: a person, a
#: group, a message ("the report says").
_SPEAKING_CLASSES = frozenset({NOUN_PERSON, NOUN_GROUP, NOUN_COMMUNICATION})


def _may_speak(state: DocState, span: tuple[int, int]) -> bool:
    """Whether the phrase at ``span`` names someone or something that can speak: an
    entity, or a noun whose first sense is a person, a group or a message. A deal, a
    plan or a bridge cannot: after "The deal was approved by Acme's board", "it said"
    is the board's, not the deal's (a thing done to is otherwise whom a later pronoun
    continues: "It closed in June")."""
    start, end = span
    if any(seen < end for seen, _ in state.seen_since(start)):
        return True
    classes = singular_classes(_head_word(state.text[start:end]))
    return not classes or classes[0] in _SPEAKING_CLASSES


def _speakers_body(state: DocState, at: int, accept: Callable[[Cluster], bool]) -> Cluster | None:
    """The body an unnamed spokesperson or official speaks for, when a subject pronoun at
    ``at`` continues them: "A spokesman for the Black Hand said they had killed 40
    soldiers", "an official at Norfield Steel said it would close the plant". One person
    speaking of themself says "I"; "it" or "they" is the body they speak for. Only a
    speaker of the pronoun's own sentence, and not when another entity the pronoun may
    be stands between the speaker and the pronoun."""
    continued = _continued_subject(state, at)
    if continued is None or continued not in state.speaker_spans:
        return None
    start, end = continued
    if bisect.bisect_right(state.sentence_starts, start) != bisect.bisect_right(
        state.sentence_starts, at
    ):
        return None  # a speaker of the sentence before: "they" may be anyone of it
    speaker: Cluster | None = None
    between: list[Cluster] = []
    for seen, cluster in state.seen_since(start):
        if seen == start and described_body(cluster, state) is not None:
            speaker = cluster
        elif end <= seen < at and accept(cluster):
            between.append(cluster)
    body = described_body(speaker, state) if speaker is not None else None
    if body is None or not accept(body) or any(c is not body for c in between):
        return None
    return body


def possessed(pronoun: str, rest: str, state: DocState, *, at: int | None = None) -> Cluster | None:
    """ "its forces" -> the owner's country's forces; "their units" -> the owner group."""
    if pronoun in PERSONAL_PRONOUNS:
        owner = state.last(lambda c: c.kind == "person" and agrees(pronoun, c))
    else:
        # A possessive points back as a subject does: "the ministry said its forces".
        owner = pronoun_referent(state, NEUTER_PRONOUNS[pronoun], at=at)
    noun = fold(rest)
    head = lexicon().group_nouns.get(noun) or ("members" if noun in MEMBER_NOUNS else None)
    if owner is not None and noun in {"country", "homeland", "nation"}:
        code = owner.country or (owner.place.country if owner.place else None)
        record = state.gazetteer.country(code) if code else None
        return state.index.place_cluster(record, None) if record else None
    if owner is None or head is None:
        return None
    if owner.kind == "group" and (
        head == owner.head or head in {"units", "forces"} or noun in MEMBER_NOUNS
    ):
        return owner
    code = owner.country or (owner.place.country if owner.place else None)
    if code is None or head == "members":
        return None
    return make_group(state, code, head, None)


def source(
    clean: str,
    text: str,
    definite: bool,
    state: DocState,
    argument: Argument,
    mentions: Sequence[Argument],
) -> Cluster | None:
    """Unnamed speakers: "an American official", "the same source", "the official"."""
    tokens = clean.split()
    head_at = _speaker_noun_at(tokens)
    if head_at is None:
        return None
    head = lexicon().sources[tokens[head_at].lower()]
    before = [t for t in tokens[:head_at] if t.lower() not in SPEAKER_HEDGES]
    if argument.label == "PERSON" and not definite:
        return None  # a named person whose title merely contains "minister"
    described = _speaker_description(before, state)
    # "An Acme spokeswoman": capitalised words before the noun that the model named as
    # an organisation are that organisation, as the name tables' are.
    named_before = None if described else _named_body(_capitalised(before), argument, state)
    if described is None and named_before is None:
        return None  # "Defence Minister Ben Wallace"-like: a name follows elsewhere
    code, modifiers = described or (None, [])
    # Made before an earlier speaker is looked for, as it always was: naming the
    # organisation counts it as mentioned.
    affiliation = named_before or _affiliation(
        argument, before, " ".join(tokens[head_at + 1 :]), state
    )
    if definite:
        earlier = _earlier_speaker(tokens[head_at], head, code, state)
        if earlier is not None:
            return earlier
    if affiliation is not None:
        # An unnamed official of a named organisation is a person of their own, linked to
        # it: "a senior Pentagon official" is a Pentagon official, not the Pentagon.
        label = f"{affiliation.canonical_label()} {head}"
        code = code or affiliation.country
    else:
        parts = ([lexicon().adjectives.get(code, code)] if code else []) + modifiers + [head]
        label = " ".join(parts)
    cluster = state.index.cluster(f"person/{slug(label)}-{slug(state.id)}", "person")
    cluster.label = label
    cluster.country = code
    cluster.head = f"source:{head}"
    if affiliation is not None:
        cluster.affiliation = affiliation.id
    if not definite:
        cluster.surfaces[clean] += 1
    state.speakers.append((len(state.history), cluster, head, code))
    return cluster


def _speaker_noun_at(tokens: Sequence[str]) -> int | None:
    """Where the speaker's noun ("official", "source") stands, among the first five words."""
    sources = lexicon().sources
    head_at = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.lower() in sources and (i + 1 == len(tokens) or tokens[i + 1].islower())
        ),
        None,
    )
    return None if head_at is None or head_at > 4 else head_at


def _speaker_description(
    before: Sequence[str], state: DocState
) -> tuple[str | None, list[str]] | None:
    """The country and lower-case modifiers before the noun ("US military officials");
    ``None`` when a capitalised word that is no organisation says a name is near."""
    code: str | None = None
    modifiers: list[str] = []
    for token in before:
        country = country_of(state, token)
        if country and code is None:
            code = country
        elif token[:1].islower():
            modifiers.append(token.lower())
        elif lexicon().organizations.get(fold(token)) is None:
            return None
    return code, modifiers


def _affiliation(
    argument: Argument, before: Sequence[str], after: str, state: DocState
) -> Cluster | None:
    """The organisation a speaker belongs to: "an official in the Kestrian Ministry of
    Transport", "a spokesman for the Kremlin" (named after the noun, inside the argument
    or, when the extractor cut it off, right after it in the text), or "a Treasury
    official"."""
    affiliation: Cluster | None = None
    if not after:
        following = _AFFILIATION.match(state.text[argument.end : argument.end + 80])
        after = f"in {following.group(1)}" if following else ""
    if after:
        match = re.match(r"^(?:in|of|at|from|with|for)\s+(.+)$", after)
        if match:
            start = argument.start + argument.text.find(match.group(1))
            inner = Argument(match.group(1), start, start + len(match.group(1)), "ORG")
            affiliation = (
                organization(clean_span(inner.text), inner.text, state)
                or ministry(clean_span(inner.text), inner.text, state)
                or _named_body(inner.text, argument, state)
            )
    if affiliation is None and before:
        joined = " ".join(t for t in before if not country_of(state, t))
        if joined and not joined[:1].islower():
            affiliation = organization(joined, joined, state)
    return affiliation


def _capitalised(words: Sequence[str]) -> str:
    return " ".join(w for w in words if not w[:1].islower())


#: A person called by a generation and the family's surname: "the younger Roe", "the
#: elder Mr. Roe". Group 1 is the generation word, group 2 the surname.
_GENERATION = re.compile(
    r"(?i:the)\s+(?i:(younger|elder|older))\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+)"
)
#: Last words of a full name that say its generation: "Ed Roe Jr.", "Ed Roe Sr.".
_NAME_GENERATIONS = {
    "jr": "younger", "jr.": "younger", "junior": "younger", "ii": "younger", "iii": "younger",
    "sr": "elder", "sr.": "elder", "senior": "elder",
}  # fmt: skip
#: Words for a relative set before a name ("his son, Dan Roe", "father Ed Roe") or after
#: it ("Dan Roe, his son"), and the generation they give the named one.
_KIN = {
    "son": "younger", "daughter": "younger", "grandson": "younger",
    "granddaughter": "younger", "younger brother": "younger", "younger sister": "younger",
    "father": "elder", "mother": "elder", "grandfather": "elder", "grandmother": "elder",
    "elder brother": "elder", "elder sister": "elder", "older brother": "elder",
    "older sister": "elder",
}  # fmt: skip
_KIN_WORDS = "|".join(sorted((w.replace(" ", r"\s+") for w in _KIN), key=len, reverse=True))
_KIN_BEFORE = re.compile(rf"\b({_KIN_WORDS})\s*,?\s*$", re.IGNORECASE)
_KIN_AFTER = re.compile(rf"\s*,\s*(?:his|her|their|the)\s+({_KIN_WORDS})\b", re.IGNORECASE)


def generation_word(text: str) -> str | None:
    """ "younger" or "elder" when ``text`` is a person called so with a surname ("the
    younger Roe", "the older Mr. Roe"), else ``None``."""
    match = _GENERATION.fullmatch(" ".join(text.split()))
    if match is None:
        return None
    return "younger" if match.group(1).lower() == "younger" else "elder"


def generation_member(argument: Argument, state: DocState) -> Argument | None:
    """The person "the younger Roe" or "the elder Roe" is: of the full names the document
    gives with that surname, the one its name ("Ed Roe Jr.") or a relative's word beside
    it ("his son, Dan Roe"; "Ed Roe, her father") says is of that generation, or the
    other of two when the text says so of one. ``None`` when the text does not tell:
    with one full name named ("Ed Roe ... the elder Roe"), the elder may be a brother
    or a father the text never names in full."""
    match = _GENERATION.fullmatch(" ".join(argument.text.split()))
    if match is None:
        return None
    wanted = "younger" if match.group(1).lower() == "younger" else "elder"
    family = _family(fold(match.group(2)), state)
    said = {name: generations for name, (_, generations) in family.items() if generations}
    fits = [name for name, generations in said.items() if generations == {wanted}]
    if not fits and len(family) == 2 and len(said) == 1:
        ((other, generations),) = said.items()
        if wanted not in generations:
            fits = [name for name in family if name != other]
    if len(fits) != 1:
        return None
    return family[fits[0]][0]


def _family(surname: str, state: DocState) -> dict[str, tuple[Argument, set[str]]]:
    """The people the document names in full with ``surname``: each one's full name (as
    it goes under) -> its first mention and the generations the text gives it."""
    family: dict[str, tuple[Argument, set[str]]] = {}
    for mention in state.mentions:
        if mention.label != "PERSON":
            continue
        full = fold(person_name(mention.text, state)[0])
        words = full.split()
        generation = _NAME_GENERATIONS.get(words[-1]) if len(words) > 2 else None
        if len(words) < 2 or surname not in (words[-1], words[-2] if generation else None):
            continue
        name = state.spellings.get(full, full)
        first, generations = family.setdefault(name, (mention, set()))
        if generation is not None:
            generations.add(generation)
        relative = _KIN_BEFORE.search(state.text, max(0, mention.start - 30), mention.start)
        relative = relative or _KIN_AFTER.match(state.text, mention.end)
        if relative is not None:
            generations.add(_KIN[" ".join(relative.group(1).lower().split())])
    return family


def _named_body(phrase: str, argument: Argument, state: DocState) -> Cluster | None:
    """The organisation the model named with just the words of ``phrase``, in or right
    after ``argument`` ("a spokesperson for Larkfield Mills", "an Acme spokesman")."""
    wanted = clean_span(phrase)
    if not wanted:
        return None
    for inner in state.starting_between(argument.start, argument.end + 80):
        if inner.label == "ORG" and clean_span(inner.text) == wanted:
            body = named(inner, wanted, state)
            return body if body is not None and body.kind == "organization" else None
    return None


def _earlier_speaker(noun: str, head: str, code: str | None, state: DocState) -> Cluster | None:
    """ "the official", "the same source": the person with that title, or the
    unnamed speaker of that kind (any kind for "source") seen before."""
    role = lexicon().titles.get(noun.lower())
    if role:
        person = state.last(
            lambda c: c.kind == "person" and role in c.roles and (code is None or c.country == code)
        )
        if person is not None:
            return person
    any_head = head == "source"
    for _, speaker, spoken_noun, country in reversed(state.speakers):
        if (any_head or spoken_noun == head) and (code is None or country == code):
            state.speakers.append((len(state.history), speaker, spoken_noun, country))
            return speaker
    return None


def description(lower: str, state: DocState, *, at: int | None = None) -> Cluster | None:
    """Definite descriptions: "the ministry", "the capital", "the city", "the mayor"
    (``at``: where the description stands, when it is read in the text)."""
    words = lexicon()
    phrase = re.split(r"\s(?:of|in|from|at|on|near|with|to)\s", lower)[0]
    tokens = phrase.split()
    if not tokens:
        return None
    head = tokens[-1]
    if head == "ministry":
        code = country_of(state, tokens[0].title()) if len(tokens) > 1 else None
        earlier = state.last(
            lambda c: (
                bool(c.head and c.head.startswith("ministry:"))
                and (code is None or c.country == code)
            )
        )
        if earlier is not None or code is None:
            return earlier
        # A headline's "Russian ministry" comes before the body names it in full.
        for m in state.mentions:
            if m.label == "ORG":
                later = ministry(clean_span(m.text), m.text, state)
                if later is not None and later.country == code:
                    return later
        return None
    capital = re.match(r"^(?:(\w+)(?:'s)?\s+)?capital(?:\s+of\s+(.+))?$", lower)
    if capital:
        owner = capital.group(1) or capital.group(2)
        code = country_of(state, owner.title()) if owner else state.capital_country
        record = state.gazetteer.capital(code) if code else None
        return state.index.place_cluster(record, None) if record else None
    if re.fullmatch(
        r"(?:(?:city|town)\s+(?:centre|center|outskirts|suburbs))|"
        r"(?:(?:centre|center|outskirts|suburbs)\s+of\s+(?:the\s+)?(?:city|town))",
        lower,
    ):
        lower = "city"  # "the city centre": a part of the last city, for place roles
    if lower in {"city", "town"}:
        return state.last(lambda c: c.place is not None and c.place.kind == "city")
    if lower == "country":
        return the_country(state, at)
    if lower == "state" and at is not None:
        return _the_state(state, at)
    if lower in {"kremlin", "pentagon"}:
        return None  # handled by the organisation table
    office = _described_office(tokens, state)
    if office is not None:
        owner = re.sub(r"['’]s$", "", tokens[0]).title()  # "aragua's governor": Aragua
        code = country_of(state, owner) if len(tokens) > 1 else None
        # Only one the text gives that office, held now unless the description says
        # "former": "the trade secretary" is not the former environment secretary who
        # wrote the column, nor any other secretary named last.
        return state.last(
            lambda c: (
                c.kind == "person"
                and any(held.answers(office) for held in c.offices)
                and (code is None or c.country == code)
            )
        )
    pair = " ".join(tokens[-2:])
    noun = tokens[-2:] if pair in words.group_nouns else tokens[-1:]
    group = words.group_nouns.get(pair) or words.group_nouns.get(head)
    if group is not None:
        return state.last(lambda c: stands_for(c, group, noun, state))
    return None


def the_country(state: DocState, at: int | None) -> Cluster | None:
    """ "The country" at offset ``at``: the country the text named last, when it named it
    on its own in this sentence or the one before ("Iran exported crude ... the country
    plans to ramp up output"); else the country the document is about, the one it names
    most (:attr:`DocState.context`), when it names a place there (else none). Not a country named
    further back in passing ("he met Japan's premier ... what the country needs"), one of
    a list ("voters in Texas, Virginia and Georgia ... immigrants in the country") or a
    word that modifies a noun ("the Mexican border ... entering the country"): the
    story's own country is meant. A page's own country (:func:`site_country`) comes
    before the one it names most, when it names that country or a place in it: a London
    paper's story of quarantines on travellers from Poland says the travel trade faces job
    cuts "around the country", Britain's."""
    if at is not None:
        for seen, cluster in state.seen_since(_sentence_before(state, at)):
            if seen >= at or cluster.place is None or cluster.place.kind != "country":
                continue
            if not _country_named_at(state, seen, at):
                continue  # "Syrian forces", "the Mexican border": its people or a part of it
            if _one_of_a_list(state.text, seen):
                break
            return cluster
    placed = _placed_countries(state)
    own = state.site_country if state.site_country in placed else None
    main = own or (state.context[0] if state.context else None)
    record = state.gazetteer.country(main) if main in placed else None
    return state.index.place_cluster(record, None) if record else None


#: Country domains sold to sites of any country, for what their letters spell ("….io",
#: "….tv", "….ai"): they tell nothing of where the page is from.
_GENERIC_COUNTRY_DOMAINS = frozenset({"ai", "am", "cc", "co", "fm", "io", "ly", "me", "tv", "ws"})


def site_country(url: str | None, gazetteer: Gazetteer) -> str | None:
    """The country of a page's address: its host's country domain ("www.example.co.uk":
    GB, "example.ie": IE), not a generic one ("….com", "….org") nor one sold for its
    letters (``_GENERIC_COUNTRY_DOMAINS``)."""
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    domain = host.rsplit(".", 1)[-1].lower()
    if len(domain) != 2 or domain in _GENERIC_COUNTRY_DOMAINS:
        return None
    code = "GB" if domain == "uk" else domain.upper()  # the one domain not its ISO code
    return code if gazetteer.country(code) is not None else None


def _the_state(state: DocState, at: int) -> Cluster | None:
    """ "The state" at offset ``at``: the American state the text named last, when it
    named it on its own in this sentence or the one before ("California set a goal in
    1978 ... the state has since raised it"); else none: "the state" is as often the
    government in general ("the state must not pay for it"), and a state named
    further back or one of a list ("voters in Texas, Ohio and Utah") is not what it
    means."""
    for seen, cluster in state.seen_since(_sentence_before(state, at)):
        if seen >= at or cluster.place is None:
            continue
        if not _american_state(cluster.place) or not _country_named_at(state, seen, at):
            continue
        return None if _one_of_a_list(state.text, seen) else cluster
    record = _main_state(state)
    return state.index.place_cluster(record, None) if record is not None else None


def _main_state(state: DocState) -> PlaceRecord | None:
    """The American state a document is about: the one it names most, at least twice
    and more often than any other ("California ISO ... California's grid ... the state
    is reviewing proposals"). ``None`` when it names none twice, or two as often."""
    lookup, context = state.gazetteer.lookup, state.context
    named: Counter[str] = Counter()
    records: dict[str, PlaceRecord] = {}
    for m in state.mentions:
        if m.label not in {"GPE", "LOC"}:
            continue
        record = lookup(clean_span(m.text), context_countries=context)
        if record is not None and _american_state(record):
            named[record.name] += 1
            records[record.name] = record
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return records[ranked[0][0]]


def _american_state(place: PlaceRecord) -> bool:
    """Whether the place is one of the United States' states (a first-level division of
    other countries may be a nation, England, or a province no one calls a state)."""
    return place.kind in {"state", "admin1"} and place.country == "US"


def _placed_countries(state: DocState) -> frozenset[str]:
    """The countries the document names, or names a place in: not one it names only the
    people of ("the German newspaper" puts Germany in context, but tells no story of
    Germany's)."""
    if state.placed_countries is None:
        lookup, context = state.gazetteer.lookup, state.context
        state.placed_countries = frozenset(
            record.country
            for m in state.mentions
            if m.label in {"GPE", "LOC"}
            if (record := lookup(clean_span(m.text), context_countries=context)) is not None
            and record.country is not None
        )
    return state.placed_countries


def _sentence_before(state: DocState, at: int) -> int:
    """Where the sentence before the one of offset ``at`` starts."""
    here = bisect.bisect_right(state.sentence_starts, at)
    return state.sentence_starts[here - 2] if here > 1 else 0


def _country_named_at(state: DocState, start: int, before: int) -> bool:
    """Whether the span at ``start`` is a country's name ("Syria", "South Sudan's
    leaders"), not a word of its people ("Syrian") or a phrase about it."""
    return any(m.start == start and m.label in {"GPE", "LOC"} for m in state.inside(start, before))


#: A name right after another one and a comma, "and" or "or" ("Texas, Virginia and
#: Georgia"), or right before such a joint and a name.
_LISTED_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s*(?:,\s*|,?\s+(?:and|or)\s+)$")
_LISTED_AFTER = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)[A-Z]")
#: The words of a name: the first, and the capitalised ones after it.
_NAME_WORDS = re.compile(r"[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)*")


def _one_of_a_list(text: str, start: int) -> bool:
    """Whether the name at ``start`` is one of a list of names."""
    if _LISTED_BEFORE.search(text, max(0, start - 40), start):
        return True
    name = _NAME_WORDS.match(text, start)
    return _LISTED_AFTER.match(text, name.end() if name else start) is not None


def described_organization(argument: Argument, lower: str, state: DocState) -> Cluster | None:
    """The organisation a definite description of its kind stands for, as the one who
    acts or speaks (``lower``: the description without its determiner, in lower case;
    a bare noun only, as "the British company" may be another one):

    * the one organisation the document has named so far whose name says it is of that
      kind: "the hospital said" after "St Brendan's Hospital", "the company" after
      "Kestrel Foods Inc."; two of them ("the Fish and Wildlife Service" and "the
      National Weather Service") and "the agency" may be either, or neither;
    * for "the company", "the firm" or "the corporation", else the organisation that
      acts or speaks in the description's sentence or the one before (as a subject "it"
      is read), when its name says it is of no other kind: "Larkfield Mills cut 200
      jobs. The company said".

    Not when the text brought in another of that kind since it last named the
    organisation ("Kestrel Foods Inc. bought a small company. The company said"): the
    description is then that one.
    """
    found = _described_organization(argument, lower, state)
    if found is None or _brought_in_since(found, lower, argument.start, state):
        return None
    return found


def _described_organization(argument: Argument, lower: str, state: DocState) -> Cluster | None:
    words = ORGANIZATION_KIND_WORDS.get(lower, frozenset())
    generic = lower in GENERIC_BODY_NOUNS
    if not (words or generic) or not state.is_subject(argument.start, argument.end):
        return None

    def of_kind(c: Cluster) -> bool:
        return _organization_or_building(c) and bool(words & _name_words(c))

    found = state.last(of_kind) if words else None
    if found is not None:
        if state.last(lambda c: of_kind(c) and c is not found) is not None:
            return None  # two of that kind named: either may be meant
        return found if _named_last(found, words, argument.start, state) else None
    if generic:
        return _one_body_acting(argument.start, state)
    if words != ORGANIZATION_KIND_WORDS["company"]:
        return None

    def plain(c: Cluster) -> bool:
        # Not one of the name tables' bodies (a ministry, a news agency), a name that
        # says another kind ("the Sunday Herald", "Mercy Hospital"), nor a person's
        # surname the model typed as an organisation ("Trump's agency").
        return (
            c.kind == "organization"
            and not any(fold(n) in lexicon().organizations for n in c.surfaces)
            and not _name_words(c) & _OTHER_KIND_WORDS
            and not any(fold(n) in state.surnames for n in c.surfaces)
        )

    # A company's name may be plural ("Orvane Systems"), and "the company" is one.
    at = argument.start
    return state.antecedent(at, plain, plural=False, subject=True) or state.antecedent(
        at, plain, plural=True, subject=True
    )


def _one_body_acting(at: int, state: DocState) -> Cluster | None:
    """The one organisation named as who acts or speaks in the sentence of offset ``at``
    before it, or in the sentence before: "the group" after "Harbor Watch organised the
    march". Only a name that is its actor's or source's whole phrase counts ("his party
    rivals" are not the party, "a super PAC" no named body), and not one a quote holds that
    ``at`` is not in, a person's surname the model typed as an organisation, nor a paper
    that reported it; none when two such organisations act there, or when the text
    brings in an unnamed body there ("one group campaigning for ...": not "Larch Aid, a
    local group,", which says what the named one is)."""
    here = bisect.bisect_right(state.sentence_starts, at)
    previous = state.sentence_starts[max(0, here - 2)] if here else 0
    heads = {m.start for m in state.starting_between(previous, at) if _heads_a_subject(m, state)}
    found: Cluster | None = None
    for start, cluster in state.seen_since(previous):
        if start >= at or start not in heads or quotes_between(state.text, start, at):
            continue
        if cluster is found or not _acting_body(cluster, state):
            continue
        if found is not None:
            return None  # two bodies act there: either may be meant
        found = cluster
    for unnamed in _UNNAMED_BODY.finditer(state.text, previous, at):
        if not _SAID_OF_IT.search(state.text, max(0, unnamed.start() - 12), unnamed.start()):
            return None  # "one group campaigning for ... The group deleted it": that one
    return found


def _acting_body(cluster: Cluster, state: DocState) -> bool:
    return (
        cluster.kind == "organization"
        and not _name_words(cluster) & ORGANIZATION_KIND_WORDS["newspaper"]
        and not any(fold(n) in state.surnames for n in cluster.surfaces)
    )


#: A body the text brings in without a name: "a local group", "one organization".
_UNNAMED_BODY = re.compile(
    r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(GENERIC_BODY_NOUNS))})\b",
    re.IGNORECASE,
)
#: Characters an actor or source phrase may run before the name that ends it.
_SUBJECT_REACH = 300


def _heads_a_subject(name: Argument, state: DocState) -> bool:
    """Whether the named span is an actor's or a source's whole phrase, with or without
    "the" ("The Larch Foundation said"; not "his GOP rivals", "a super PAC" nor "critics
    of Larch Aid")."""
    subjects = state.subjects
    low = bisect.bisect_left(subjects, (name.start - _SUBJECT_REACH, 0))
    high = bisect.bisect_right(subjects, (name.start, len(state.text)))
    return any(
        end == name.end and state.text[start : name.start].strip().lower() in {"", "the"}
        for start, end in subjects[low:high]
    )


#: An indefinite phrase: up to three modifiers, none a word that would make the noun
#: something else's ("a deal with the company" is the company, no other one).
_INDEFINITE = (
    r"\b(?:a|an|another)\s+"
    r"(?:(?!(?:the|its|their|his|her|of|with|to|for|in|at|by|from|on|and|or)\b)[\w-]+\s+){{0,3}}?"
    r"{noun}\b"
)
#: What stands before an indefinite phrase that is the organisation's own apposition or
#: predicate (", a company based in", "is a company that").
_SAID_OF_IT = re.compile(r"(?:,|\b(?:is|was|are|were|be|been|became|as))\s*$", re.IGNORECASE)


def _brought_in_since(cluster: Cluster, noun: str, at: int, state: DocState) -> bool:
    """Whether, after its last mention of ``cluster`` and before offset ``at``, the text
    brought in a thing of that kind by an indefinite phrase ("a small company", "a
    Danish firm", "a rival paper"): "the company" is then that one."""
    # The history is in text order: read it back from ``at`` (a long document's
    # history is long, and the last mention is most often near).
    position = bisect.bisect_left(state.history_starts, at)
    last = next(
        (
            state.history_starts[i]
            for i in range(position - 1, -1, -1)
            if state.history[i][0] is cluster
        ),
        0,
    )
    pattern = re.compile(_INDEFINITE.format(noun=re.escape(noun)), re.IGNORECASE)
    return any(
        not _SAID_OF_IT.search(state.text, max(0, m.start() - 12), m.start())
        and not _names_a_person_after(state.text, m.end())
        for m in pattern.finditer(state.text, last, at)
    )


#: The word after a kind noun.
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _names_a_person_after(text: str, end: int) -> bool:
    """Whether the kind noun that ends at ``end`` only says whose a person is: "a hospital
    employee", "a company spokesman" bring in a person of the organisation, not another
    one of its kind (the word after it is a noun whose first sense is a person)."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    classes = noun_classes(match.group(1))
    return bool(classes) and classes[0] == NOUN_PERSON


#: A capitalised word: a name's word that may say its kind ("Service", "Herald").
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]*\b")


def _named_last(cluster: Cluster, words: frozenset[str], at: int, state: DocState) -> bool:
    """Whether the last name of that kind the text wrote before offset ``at`` ("...
    Service", "... Hospital") is one of ``cluster``'s: a name of that kind that named
    no entity ("the Fish and Wildlife Service" read as no organisation) may be meant."""
    word = _last_capitalised(state.text, words, at)
    if word is None:
        return True  # named by an acronym or a table's alias ("the FBI")
    holding = [m for m in state.around(word, word + 1) if m.start <= word]
    return any(cluster in _clusters_at(state, m.start) for m in holding)


#: How much text :func:`_last_capitalised` reads at a time, going back.
_WINDOW = 20_000


def _last_capitalised(text: str, words: frozenset[str], at: int) -> int | None:
    """Where the last capitalised word of ``words`` before offset ``at`` starts, read back
    a window at a time, or ``None``: a long document is not read from its start for every
    description. Each window reads its words whole, past its end if need be."""
    end = at
    while end > 0:
        start = max(0, end - _WINDOW)
        last = None
        for match in _CAPITALISED.finditer(text, start):
            if match.start() >= end:
                break
            if match.group().lower() in words:
                last = match.start()
        if last is not None:
            return last
        end = start
    return None


def _clusters_at(state: DocState, start: int) -> list[Cluster]:
    """The entities of the spans read at offset ``start``."""
    starts = state.history_starts
    position = bisect.bisect_left(starts, start)
    found: list[Cluster] = []
    while position < len(starts) and starts[position] == start:
        found.append(state.history[position][0])
        position += 1
    return found


#: The words of names that say an organisation is of some kind other than a company.
_OTHER_KIND_WORDS = frozenset().union(*ORGANIZATION_KIND_WORDS.values()) - {
    *ORGANIZATION_KIND_WORDS["company"]
}


def _organization_or_building(cluster: Cluster) -> bool:
    """An organisation, or its building where the text named it as one ("taken to St
    Brendan's Hospital"): a place no gazetteer holds."""
    return cluster.kind == "organization" or (cluster.kind == "place" and cluster.place is None)


def _name_words(cluster: Cluster) -> set[str]:
    """The words, in lower case, of the names ``cluster`` was called by."""
    names = (*cluster.surfaces, cluster.canonical_label())
    return {word for name in names for word in re.findall(r"[a-z]+", name.lower())}
