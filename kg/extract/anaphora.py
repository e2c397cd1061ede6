"""Words that point back: a happening told again by a definite event noun, which takes
the earlier event's places (:func:`referred_places`), an actor "they" that continues
the plural subject of the verb its clause hangs on, or a "he" or "she" set before the
person the main clause names (:func:`referred_subjects`), and an actor "the pair" or
"the two" for the two people named just before, or a "they" for two people joined by
"and" just before with no one else who could be "they" (:func:`named_pairs`).

Places from another sentence: a happening told again by a definite event noun.

News tells a happening once with its place and then goes on about it with a
definite noun: "A car bomb went off in Varnel on Monday. The blast killed six
people", "Four guards died in the explosion". The later clause names no place,
but its noun ("the blast", "the explosion") refers back to the earlier event, so
the place is that event's: the place was read in the earlier sentence, and the
event says so (:attr:`kg.model.Argument.evidence`, ``kg:placeFrom`` in RDF).

The rule is narrow on purpose, as a wrong place is worse than none:

* the event states no place of its own;
* the noun is one happening of kg's taxonomy that refers back: singular, definite
  (``the``, ``this``, ``that``), no other one ("another attack", "the second blast",
  "the latest strike"), and with nothing of its own after it ("the raid on the port",
  "the shooting of a teenager" may be another one);
* it is the event's own noun, or the subject ("the blast killed") or the noun of
  "in", "during" or "by" ("died in the explosion", "destroyed by the blast") of an
  event that happens where its cause did: an attack, a death, an injury, damage, an
  arrest, a capture (not "cooperated in the attack", "the attack shows the danger");
* the earlier sentences of the document hold events of the noun's class (or one
  below it: a shelling is an attack) that were reported as having happened, and
  those with a place all have the same places: exactly one candidate fits.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.event_types import EVENT_TYPES
from kg.extract.spans import (
    PLACE_LABELS,
    SUBJECT_DEPS,
    argument,
    dependents,
    doc_span,
    event_action,
    may_be_who,
    noun_phrase,
)
from kg.lang.en import ANAPHORIC_EVENT_NOUNS, OTHER_EVENT_WORDS, name_genders
from kg.lang.wordnet import NOUN_GROUP, noun_classes
from kg.model import Argument, Event, Place, free_part

__all__ = ["named_pairs", "referred_places", "referred_subjects"]

# Determiners that point back at something already told.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# How a clause hangs its happening noun where that noun is where the clause happened:
# "died in the explosion", "during the raid", "destroyed by the blast" (passive agent).
_SETTING_PREPOSITIONS = frozenset({"in", "during", "by"})
# What a happening does where it happens: "the blast killed six", "died in the attack",
# "arrested during the raid". Taking part in it or talking about it need not be there
# ("cooperated in the attack", "the attack illustrates the danger").
_WHERE_IT_HAPPENED = frozenset(
    {"Attack", "Shelling", "Airstrike", "Bombing", "ArmedClash", "Death", "Killing", "Injury"}
    | {"Damage", "Arrest", "TakeControl"}
)


def referred_places(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events``, each event without a place given the places of the one earlier event
    its definite event noun refers back to (see the module's docstring).

    The events are not changed; the places taken keep the earlier sentence as their
    ``evidence``. ``doc`` is the parse the events were read from.
    """
    starts = [sentence.start_char for sentence in doc.sents]
    out: list[Event] = []
    for event in events:
        if not event.places:
            taken = _taken(doc, event, out, starts)
            if taken:
                event = dataclasses.replace(event, places=taken)
        out.append(event)
    return out


def _taken(doc: Doc, event: Event, earlier: list[Event], starts: list[int]) -> tuple[Place, ...]:
    trigger = doc_span(doc, event.start, event.end).root
    noun = _anaphor(trigger)
    if noun is None or (noun is not trigger and event.event_type not in _WHERE_IT_HAPPENED):
        return ()
    kinds = _kinds(ANAPHORIC_EVENT_NOUNS[_word(noun)])
    sentence = bisect.bisect_right(starts, event.start)
    found: set[tuple[str, ...]] = set()
    chosen: tuple[Place, ...] = ()
    for before in earlier:
        if bisect.bisect_right(starts, before.start) >= sentence:
            continue  # the same sentence is the sentence rules' to read
        if before.event_type not in kinds or before.modality != "asserted" or before.negated:
            continue
        places = [p for p in before.places if p.role == "location"]
        if not places:
            # Told without a place, it gives none; but "shelled Marsk" names one (as its
            # object), a rival to the places of the others.
            if before.target is not None and before.target.label in PLACE_LABELS:
                found.add((before.target.text.lower(),))
            continue
        found.add(tuple(sorted(p.argument.text.lower() for p in places)))
        chosen = tuple(
            Place(dataclasses.replace(p.argument, evidence=p.argument.evidence or before.evidence))
            for p in places
        )
    return chosen if len(found) == 1 else ()


def _anaphor(trigger: Token) -> Token | None:
    """The definite happening noun that the trigger is, or that sets the trigger's scene."""
    candidates = [trigger]
    for child in dependents(trigger):
        if child.dep_ == "nsubj":
            candidates.append(child)
        elif (child.dep_ == "prep" and child.lower_ in _SETTING_PREPOSITIONS) or (
            child.dep_ == "agent"
        ):
            candidates += [g for g in dependents(child) if g.dep_ == "pobj"]
    if trigger.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in dependents(trigger)):
        # "the blast killed six and wounded ten": the second verb shares the subject.
        candidates += [c for c in dependents(trigger.head) if c.dep_ == "nsubj"]
    for noun in candidates:
        if _refers_back(noun):
            return noun
    return None


def _refers_back(noun: Token) -> bool:
    """Whether ``noun`` is one happening told before: a definite singular happening noun
    with nothing of its own after it. "The attacks" may be several, and "the shooting of
    a teenager" or "the raid on the port" says which one it is, maybe another."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or _word(noun) not in ANAPHORIC_EVENT_NOUNS:
        return False
    words = {child.lower_ for child in dependents(noun) if child.i < noun.i}
    if not words & _DEFINITE or words & OTHER_EVENT_WORDS:
        return False
    return not any(child.dep_ in {"prep", "poss", "nmod"} for child in dependents(noun))


def _word(noun: Token) -> str:
    lower = noun.lower_
    return lower if lower in ANAPHORIC_EVENT_NOUNS else noun.lemma_.lower()


def _kinds(name: str) -> frozenset[str]:
    """The class ``name`` and every class below it."""
    kinds = {name}
    grew = True
    while grew:
        below = {child for child, parent in EVENT_TYPES.items() if parent in kinds}
        grew = not below <= kinds
        kinds |= below
    return frozenset(kinds)


# Clauses that hang on a verb and whose "they" most often continues that verb's subject:
# "the leaders will face sanctions if they fail", "the unions said they would strike".
_SUBORDINATE = frozenset({"advcl", "ccomp"})
# Words that are plural and could be what "they" means instead of the subject.
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "we", "us", "our"})


def referred_subjects(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events``, an actor "they" of a subordinate clause replaced by the plural noun
    phrase that is the subject of the verb the clause hangs on, when nothing else
    plural stands between them: in "newly hired nurses say they feel overworked", who
    feels it is the nurses, a description the resolver reads, not a bare pronoun that
    it must guess a group for (and a group named before is often not it).

    Narrow on purpose, as a wrong actor is worse than a pronoun: the subject is a
    plural common or proper noun (not "many of them", "two of the players"), in the
    same sentence, and no plural noun or pronoun outside it comes between ("the police
    told the protesters they must leave" is left as it is).

    An actor "they" of the main clause is the plural subject of the one clause set
    before it (:func:`_fronted_subject`: "once the deputies were at the farm, they found
    the truck"), and a "they" of a subordinate clause continues a name the verb treats as
    plural ("the council have said they will appeal", :func:`_plural_subject`).

    An actor "he" or "she" of a phrase set before the main clause is the person that
    clause names as its subject (:func:`_named_after`).
    """
    out: list[Event] = []
    for event in events:
        actor = event.actor
        if actor is not None and actor.text.lower() in {"they", "their", "he", "she"}:
            pronoun = doc_span(doc, actor.start, actor.end).root
            if actor.text.lower() == "they":
                subject = _governing_subject(pronoun) or _fronted_subject(pronoun)
            elif actor.text.lower() == "their":
                subject = _possessor(pronoun)
            else:
                subject = _named_after(pronoun)
            if subject is not None:
                event = dataclasses.replace(event, actor=argument(noun_phrase(subject)))
        out.append(event)
    return out


#: How a phrase set before the main clause hangs on its verb: "After he resigned, Lena Hart
#: ...", "In announcing that he would run, Tom Vale ...".
_FRONTED = frozenset({"advcl", "prep"})
#: Words for a person that, standing anywhere else in the sentence, make "he" doubtful:
#: "Before he could react, Tom Vale shot him" (he is the one shot).
_PERSON_WORDS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _named_after(pronoun: Token) -> Token | None:
    """The person named as the main clause's subject after a "he" or "she" that is the
    subject of a clause set before it: in "After he resigned in May, Tom Vale moved to
    Oslo", who resigned is Tom Vale (a pronoun may point forward only so, from a phrase
    set before its clause). ``None`` unless the pronoun is the sentence's only word for a
    person but that name (no name before it, no "him" or "his" anywhere), and the name's
    given name does not say the other sex."""
    if pronoun.dep_ != "nsubj":
        return None
    root = pronoun.sent.root
    branch = pronoun
    while branch.head.i not in {root.i, branch.i}:
        branch = branch.head
    if branch.head.i != root.i or branch.i == root.i or branch.dep_ not in _FRONTED:
        return None
    subjects = [c for c in dependents(root) if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.i < branch.i or subject.tag_ != "NNP" or subject.ent_type_ != "PERSON":
        return None
    if any(token.ent_type_ == "PERSON" for token in pronoun.sent if token.i < pronoun.i):
        return None
    if any(t.lower_ in _PERSON_WORDS for t in pronoun.sent if t.i != pronoun.i):
        return None
    name = [t for t in subject.subtree if t.ent_type_ == "PERSON"]
    wanted = "male" if pronoun.lower_ == "he" else "female"
    if len(name) > 1 and name_genders().get(name[0].text, wanted) != wanted:
        return None
    return subject


def _governing_subject(pronoun: Token) -> Token | None:
    """The plural subject "they" continues (see :func:`referred_subjects`), or ``None``."""
    if pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    while clause.dep_ == "conj":
        clause = clause.head  # "whether it ends or whether they can": the first clause
    if clause.dep_ not in _SUBORDINATE:
        return None
    if any(c.tag_ in {"WP", "WDT"} for c in dependents(clause)):
        return None  # "so people trust what they are doing": "they" is often someone else
    verb = clause.head
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.tag_ not in {"NNS", "NNPS"} and not _plural_subject(subject, verb):
        return None
    return subject if _alone_before(subject, pronoun) else None


def _fronted_subject(pronoun: Token) -> Token | None:
    """The plural subject of the one clause set before the main clause whose subject
    "they" is: in "once the deputies were at the farm, they found the truck", who found
    it is the deputies (the pronoun points back to the clause before it, as "he" points forward
    in :func:`_named_after`). ``None`` unless that subject is a plural noun with nothing
    else plural between it and the pronoun (:func:`_alone_before`): "when the police
    stopped the men, they ran" is left alone. The main clause may be a speaker's words
    ('"Once deputies were at the farm, they found the truck," the sergeant said'); nothing plural
    then stands before the clause either ("the men said that when the police came, they
    ran" is left alone). The subject names someone (:func:`~kg.extract.spans.may_be_who`):
    in "When the results were announced, they celebrated" they are people told of
    before."""
    verb = pronoun.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")
    if pronoun.dep_ != "nsubj" or not main:
        return None
    clauses = [c for c in dependents(verb) if c.dep_ == "advcl" and c.i < pronoun.i]
    if len(clauses) != 1:
        return None
    subjects = [c for c in dependents(clauses[0]) if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.tag_ not in {"NNS", "NNPS"} and not _plural_subject(subject, clauses[0]):
        return None
    if not may_be_who(subject):
        return None  # "When prices rose, they marched": people named before, not the prices
    if any(_plural(t) for t in pronoun.doc[pronoun.sent.start : subject.left_edge.i]):
        return None
    return subject if _alone_before(subject, pronoun) else None


#: How a noun hangs in its clause on the way up to the verb whose subject it may belong
#: to: an object, a preposition's, an infinitive sharing the subject ("decided to end their
#: strike").
_IN_CLAUSE = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "attr", "dative"})


def _possessor(pronoun: Token) -> Token | None:
    """The plural subject of the clause a possessive "their" stands in: in "the smugglers
    called off their raid", "the stations decided to end their strike", whose raid and
    strike they are is the subject's. ``None`` unless that subject is a plural noun
    (or a name its verb makes plural) with nothing else plural between it and the
    pronoun (:func:`_alone_before`): in "the unions urged the workers to end their
    strike" the workers may be meant."""
    if pronoun.dep_ != "poss":
        return None
    verb = pronoun.head
    while verb.dep_ in _IN_CLAUSE and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ in {"xcomp", "conj"} and verb.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "... and called off their raid": the first verb's subject
        subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = subjects[0]
    if subject.tag_ not in {"NNS", "NNPS"} and not _plural_subject(subject, verb):
        return None
    return subject if _alone_before(subject, pronoun) else None


def _alone_before(subject: Token, pronoun: Token) -> bool:
    """Whether ``subject`` is the one thing "they" can continue: before the pronoun, no
    happening ("the talks collapsed after they demanded more"), not joined to another
    ("the mayor and the unions": which of them, or both), and no plural noun or pronoun
    outside it between the two ("the police told the protesters they must leave")."""
    if subject.i > pronoun.i or event_action(subject) is not None:
        return False
    if any(c.dep_ == "conj" for c in dependents(subject)):
        return False
    inside = {t.i for t in subject.subtree}
    between = [t for t in subject.doc[min(inside) : pronoun.i] if t.i not in inside]
    return not any(_plural(token) for token in between)


#: How a body named in the singular stands as a party of its clause: "called the police".
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "conj", "appos"})


def _plural(token: Token) -> bool:
    """Whether a word could be what "they" means: a plural noun or pronoun, or a body of
    people named in the singular ("called the police, they arrived", "alerted the army,
    they sent tanks": a noun whose first WordNet sense is a group, or an organisation's
    name, as a subject or an object: not one that modifies another noun or names a
    place, "through a police line in front of parliament")."""
    if token.tag_ in {"NNS", "NNPS"} or token.lower_ in _PLURAL_PRONOUNS:
        return True
    if token.dep_ not in _PARTY_DEPS:
        return False
    if token.pos_ == "PROPN":
        return token.ent_type_ in {"ORG", "NORP"}
    return token.pos_ == "NOUN" and noun_classes(token.lemma_.lower())[:1] == (NOUN_GROUP,)


def _plural_subject(subject: Token, verb: Token) -> bool:
    """Whether a singular name is written as a plural, as British English writes a body:
    "Arsenal have said they will appeal", "the Red Lion say they will close". The verb
    agrees in the plural (a present "have" or "say" after a name, or "were"), and the name
    is no person's."""
    if subject.tag_ != "NNP" or subject.ent_type_ in {"", "PERSON"}:
        return False
    words = [verb, *(c for c in dependents(verb) if c.dep_ in {"aux", "auxpass"})]
    return any(w.tag_ == "VBP" or w.lower_ == "were" for w in words)


#: An actor by which the text goes on about two people it has just named: "the pair met in
#: 2001", "the two worked together", "the couple ran a shop", "both men denied it".
_PAIR = re.compile(r"(?:the|both) (?:pair|couple|duo|two)|(?:both|the two) (?:men|women)|both")
#: How many sentences before its own the two people may be named in.
_PAIR_REACH = 2


def named_pairs(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events``, an actor "the pair", "the two", "the couple" or "both men" made two
    events, one for each of the two people the text names just before it, as "A and B
    met" is held: "Ann Lee sued Tom Hart in May. The pair settled in June." gives Ann Lee
    and Tom Hart settling. Narrow on purpose, as a wrong actor is worse than a
    description: the people are the person names of the nearest stretch of text before the
    actor that names anyone (the actor's own sentence up to it, then up to two sentences
    before), and that stretch names exactly two people (:func:`_two_people`); and the
    description is the subject of the event's verb (:func:`_subject_of`). Otherwise the
    description stays. A subject "they" is read so too, more narrowly
    (:func:`_pair_they_continues`): "Mia Ruiz and Tom Lee left early. They said the talks
    had failed" gives both saying it, where the resolver finds no plural name for "they"."""
    starts = [sentence.start_char for sentence in doc.sents]
    taken = {(event.start, event.end, event.part) for event in events}
    out: list[Event] = []
    for event in events:
        members = None
        said = event.actor.text.lower() if event.actor is not None else ""
        if event.actor is not None and _subject_of(doc, event.actor, event):
            if _PAIR.fullmatch(said):
                members = _pair_named_before(doc, event.actor, starts)
            elif said == "they":
                members = _pair_they_continues(doc, event.actor, starts)
        if members is None:
            out.append(event)
            continue
        first, second = members
        out.append(dataclasses.replace(event, actor=first))
        out.append(dataclasses.replace(event, actor=second, part=free_part(event, taken)))
    return out


def _subject_of(doc: Doc, actor: Argument, event: Event) -> bool:
    """Whether the actor is the subject of the event's verb, or of a verb it is joined to
    or continues ("the two wrote and produced it", "the pair had to attend"), not only
    lent by the rules to a participle or a clause further down ("the two were there, where
    she stayed near him, introducing her ...": who introduced whom is not told by them)."""
    subject = doc_span(doc, actor.start, actor.end).root
    verb = doc_span(doc, event.start, event.end).root
    if subject.dep_ not in SUBJECT_DEPS:
        return False
    while verb.i != subject.head.i and verb.dep_ in {"conj", "xcomp"}:
        verb = verb.head
    return verb.i == subject.head.i


def _pair_named_before(
    doc: Doc, actor: Argument, starts: list[int]
) -> tuple[Argument, Argument] | None:
    """The two people named in the nearest stretch before ``actor`` that names anyone."""
    found = _people_named_before(doc, actor, starts, _PAIR_REACH)
    return None if found is None else _two_people(found[0])


def _people_named_before(
    doc: Doc, actor: Argument, starts: list[int], reach: int
) -> tuple[list[Span], int] | None:
    """The people named in the nearest stretch before ``actor`` that names anyone (its own
    sentence up to it, then up to ``reach`` whole sentences before), with the stretch's
    start offset; ``None`` when no stretch names anyone."""
    sentence = bisect.bisect_right(starts, actor.start) - 1
    end = actor.start
    for index in range(sentence, max(sentence - reach, 0) - 1, -1):
        start = starts[index]
        names = [
            ent
            for ent in doc.ents
            if ent.label_ == "PERSON" and start <= ent.start_char and ent.end_char <= end
        ]
        if names:
            return names, start
        end = start
    return None


#: How many sentences before its own the two people a "they" continues may be named in: the
#: one before, as the resolver reads a "they" (kg.resolve._references._REACH).
_THEY_REACH = 1
#: What joins the two names a "they" continues: "Mia Ruiz and Tom Lee".
_AND_BETWEEN = re.compile(r"\s+and\s+")
#: The plural pronouns that may be the two people themselves ("A and B said their shop ...,
#: and they ..."): the others ("them", "we") name someone else in the stretch.
_SAME_THEY = frozenset({"they", "their", "theirs"})
#: Quotation marks: a "they" inside someone's words may be anyone the speaker means.
_QUOTES = frozenset('"“”')


def _pair_they_continues(
    doc: Doc, actor: Argument, starts: list[int]
) -> tuple[Argument, Argument] | None:
    """The two people a subject "they" goes on about, or ``None``: the nearest stretch
    before it that names anyone (its own sentence up to it, then the sentence before)
    names exactly two people (:func:`_two_people`), joined by "and" ("Mia Ruiz and Tom
    Lee"), and nothing else in that stretch could be "they" (:func:`_plural`: "A and B
    met reporters. They said ..." may be the reporters) and no quotation mark stands in
    it ('... "They lied," Ruiz said.': someone the speaker means)."""
    found = _people_named_before(doc, actor, starts, _THEY_REACH)
    if found is None:
        return None
    names, start = found
    pair = _two_people(names)
    if pair is None or not _AND_BETWEEN.fullmatch(doc.text, pair[0].end, pair[1].start):
        return None
    return pair if _no_one_else(doc, names, start, actor.start) else None


def _no_one_else(doc: Doc, names: list[Span], start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` holds, besides ``names``, no word that
    could be what "they" means (:func:`_plural`) and no quotation mark."""
    inside = {token.i for name in names for token in name}
    stretch = doc.char_span(start, end, alignment_mode="expand")
    for token in stretch if stretch is not None else ():
        if token.i in inside or token.lower_ in _SAME_THEY or token.idx >= end:
            continue
        if token.text in _QUOTES or _plural(token):
            return False
    return True


def _two_people(names: list[Span]) -> tuple[Argument, Argument] | None:
    """The first mentions of two people, when ``names`` name exactly two and neither as an
    owner ("Tom Hart's wife": the wife is the one spoken of). Names that share a word are
    taken for one person ("Tom Hart", "Hart"; and, to be safe, "Tom Hart" and "Tom Lee")."""
    if any(name.root.dep_ == "poss" or name[-1].tag_ == "POS" for name in names):
        return None
    people: list[Span] = []
    for name in names:
        words = {t.lower_ for t in name}
        if not any(words & {t.lower_ for t in person} for person in people):
            people.append(name)
    if len(people) != 2:
        return None
    first, second = (Argument(p.text, p.start_char, p.end_char, "PERSON") for p in people)
    return first, second
