"""A learned choice of each event's place among the place words of its sentence.

The frame rules take a place from a locative phrase of the event's own clause ("shelled
the port in Mariupol"). News gives places in many other shapes: "the Yemeni capital,
where the strike killed 12", "in Aleppo, rebels said they had shelled ...", "a raid on
a village near Kunduz". A rule for each shape fits the texts it was written on; this
scorer instead weighs, for an event and a place word of its sentence, the shape of the
link between them: the dependency path from the trigger to the word, the preposition,
the entity type, whether another event's word stands between them, which event is
nearest. A place word that scores high enough becomes a place of an event that has
none; a place the rules chose that scores very low is dropped.

The weights are a logistic regression trained by ``bench/train_place_scorer.py`` on
RAMS dev and QA-SRL's "where" questions on Wikinews (``../shared/data/train``), never
on the sets kg reports figures on, and shipped as ``kg/resources/place_scorer.json``.
Scoring is a sum of weights: no learning library at run time, and the same parse gives
the same answer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from kg._resources import load_resource
from kg.extract.frames import Frame
from kg.extract.places import (
    addressed,
    among_the_asked,
    among_the_heard,
    borne_on_a_polity,
    describes_a_party,
    in_attribution,
    in_caption_aside,
    in_cause,
    in_earlier_participle,
    in_quoted_title,
    in_standard_or_recalled,
    in_the_thing_given,
    in_topic,
    in_unplaced_subject,
    in_what_is_said,
    landmark,
    name_part,
    named_example,
    names_which_object,
    prison_term,
    web_site,
    where_antecedent,
)
from kg.extract.spans import argument, event_action, is_place, noun_phrase
from kg.lang.en import DESTINATION_PREPOSITIONS, ORIGIN_PREPOSITIONS
from kg.model import Place, PlaceRole

__all__ = [
    "PlaceScorer",
    "candidates",
    "chains",
    "default_scorer",
    "distance_bucket",
    "in_span",
    "pairs",
    "part_of_place",
    "place_features",
    "rescored",
]

# Prepositions kept by name in the features; the rest are one feature.
_KNOWN_PREPOSITIONS = frozenset(
    "in at near around outside inside across throughout within from to into towards toward"
    " on of over through along between by off beyond onto".split()
)
# Dependencies that open a clause of its own.
_CLAUSE_DEPS = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj", "pcomp"}
)


@dataclass(frozen=True, slots=True)
class PlaceScorer:
    """Weights of a logistic regression over place features, and its two thresholds.

    Attributes:
        weights: Feature name -> weight; a feature not listed weighs nothing.
        bias: The intercept.
        add: A place word of the sentence scoring at least this becomes the place
            of an event that has none.
        drop: A place the rules chose that scores below this is dropped.
    """

    weights: dict[str, float]
    bias: float
    add: float
    drop: float

    def probability(self, features: Sequence[str]) -> float:
        """The model's probability that the features describe the event's place."""
        total = self.bias + sum(self.weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-total))


@lru_cache(maxsize=1)
def default_scorer() -> PlaceScorer:
    """The scorer shipped in ``kg/resources/place_scorer.json``."""
    data = load_resource("place_scorer.json")
    return PlaceScorer(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        add=float(data["add"]),
        drop=float(data["drop"]),
    )


def candidates(sentence: Span) -> list[Token]:
    """The words of a sentence that can name a place: the head of each place phrase.

    "the Gostomel airport" gives "airport" (its phrase holds "Gostomel"), "New York"
    gives "York".
    """
    found = []
    for token in sentence:
        if token.pos_ not in {"NOUN", "PROPN"} or not is_place(token):
            continue
        if not any(c.isalpha() for c in token.text):
            continue  # "Athens, Tex." parsed with the stop as a name of its own
        if (
            token.dep_ in {"compound", "amod", "nmod", "flat"}
            and token.head.i != token.i
            and is_place(token.head)
        ):
            continue  # part of a longer place name
        if landmark(token):
            continue  # "30 km from Kharkiv": the event was off it, not in it
        if prison_term(token):
            continue  # "faces 20 years in prison": a sentence, not a place
        if web_site(token):
            continue  # "on its Web site": where a text is, not where anything happened
        if name_part(token):
            continue  # "Aden" of "the Gulf of Aden": the name's head is the candidate
        if in_attribution(token):
            continue  # "according to officials in Leeds": where the source is
        if in_quoted_title(token):
            continue  # "starred in "Once Upon a Time in Varnel"": a title, not a place
        if in_caption_aside(token):
            continue  # "(pictured, cattle at a ranch near Tulsa)": a photo's place
        found.append(token)
    return found


def chains(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """The paths up from ``a`` and from ``b`` to their lowest common ancestor (included)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    where = {t.i: k for k, t in enumerate(up_b)}
    for k, token in enumerate(up_a):
        if token.i in where:
            return up_a[: k + 1], up_b[: where[token.i] + 1]
    return up_a, up_b  # different sentences: no common ancestor


def distance_bucket(n: int) -> str:
    for top in (2, 5, 10, 20):
        if n <= top:
            return f"<={top}"
    return ">20"


def in_span(token: Token, start: int, end: int) -> bool:
    return start <= token.idx < end


def place_features(frame: Frame, candidate: Token, frames: Sequence[Frame]) -> list[str]:
    """The features of one (event, place word) pair; ``frames`` are the sentence's events.

    Each feature is a plain string ("prep=in", "path=pobj/prep^", "nearest"); the model
    gives each a weight.
    """
    trigger = frame.trigger
    own = {v.i for v in frame.verbs} | {trigger.i}
    others = {v.i for f in frames if f is not frame for v in (*f.verbs, f.trigger)} - own
    up_candidate, up_trigger = chains(candidate, trigger)
    down = [t.dep_ for t in up_candidate[:-1]]
    up = [t.dep_ for t in up_trigger[:-1]]
    path = "/".join(down[:4]) + ("+" if len(down) > 4 else "") + "^" + "/".join(up[:3])
    path += "+" if len(up) > 3 else ""
    if candidate.dep_ == "pobj":
        word = candidate.head.lower_
        relation = f"prep={word if word in _KNOWN_PREPOSITIONS else 'other'}"
    else:
        relation = f"dep={candidate.dep_}"
    ent = candidate.ent_type_ or "noun"
    crossed = next((d for d in down[1:] if d in _CLAUSE_DEPS), "none")
    trigger_crossed = next((d for d in up if d in _CLAUSE_DEPS), "none")
    between = any(t.i in others for t in up_candidate[1:])
    rule = any(in_span(candidate, p.argument.start, p.argument.end) for p in frame.places)
    distance = abs(candidate.i - trigger.i)
    nearest = all(
        distance <= abs(candidate.i - f.trigger.i) for f in frames if f.trigger.i not in own
    )
    features = [
        relation,
        f"ent={ent}",
        f"path={path}",
        f"down={min(len(down), 5)}",
        f"up={min(len(up), 3)}",
        f"cross={crossed}",
        f"tcross={trigger_crossed}",
        f"dist={distance_bucket(distance)}",
        f"side={'before' if candidate.i < trigger.i else 'after'}",
        f"tpos={trigger.pos_}",
        f"{relation}+tpos={trigger.pos_}",
        f"{relation}+ent={ent}",
        f"cross={crossed}+between={between}",
    ]
    if rule:
        features += ["rule", f"rule+{relation}"]
    elif frame.places:
        features.append("has_place")
    if between:
        features.append("between")
    if nearest:
        features.append("nearest")
    if frame.reporting:
        features.append("reporting")
    if not up:
        features.append("under_trigger")
    return features


def _role(candidate: Token) -> PlaceRole:
    if candidate.dep_ == "pobj":
        word = candidate.head.lower_
        if word in ORIGIN_PREPOSITIONS:
            return "origin"
        if word in DESTINATION_PREPOSITIONS:
            return "destination"
    return "location"


def pairs(frame: Frame, sentence_candidates: Sequence[Token]) -> list[Token]:
    """The place words an event may take: not inside its actor or target, nor where the
    ones it asks or hears from are ("asked farmers in the valley to ...", "heard from
    teachers in X"), nor where a thing it gives to someone is ("offered them a view on
    politics in X"), nor the one it speaks or gives
    to ("complained to the hotel"), nor in what it speaks of ("condemned the attack in
    Paris"), what it bears on ("put pressure on X"), what it is about ("wrote about life
    in X"), what it is compared with ("than in Texas"), what it recalls ("recalled his
    childhood in X") or its cause ("grew thanks to a win in Ohio"), nor a "to" or "from"
    that says which one its object is ("limits access to its markets"), nor in a participle on what
    it acts on ("freed a man arrested in X") unless the rules chose the word by another way
    (a "there")."""
    taken = [a for a in (frame.actor_argument, frame.target) if a is not None]
    chosen = [p.argument for p in frame.places]
    return [
        c
        for c in sentence_candidates
        if not any(in_span(c, a.start, a.end) for a in taken)
        and not among_the_asked(c, frame.trigger)
        and not among_the_heard(c, frame.verbs)
        and not in_the_thing_given(c, frame.verbs)
        and not addressed(c, frame.verbs)
        and not in_what_is_said(c, frame)
        and not describes_a_party(c, frame.verbs)
        and not borne_on_a_polity(c, frame.verbs)
        and not in_topic(c, frame.verbs)
        and not in_standard_or_recalled(c, frame.verbs)
        and not in_unplaced_subject(c, frame.verbs)
        and not in_cause(c, frame.verbs)
        and not names_which_object(c, frame.verbs)
        and (
            not in_earlier_participle(c, frame.verbs)
            or any(in_span(c, a.start, a.end) for a in chosen)
        )
    ]


def part_of_place(word: Token, frame: Frame) -> bool:
    """Whether ``word`` is the place of a part named in a phrase of the event's own verb:
    "hid at the back of the shed", "spread through the northern part of the valley",
    "climbed over the fence of the yard". The rules read the place from the part; the
    scorer, which weighs "of" phrases low (most say whose or of what: "the leak of
    videos"), is not asked.
    """
    if word.dep_ != "pobj" or word.head.lower_ != "of":
        return False
    part = word.head.head
    if part.dep_ != "pobj" or part.pos_ != "NOUN" or event_action(part) is not None:
        return False  # "in one of the areas": one member; "after the siege of X": a happening
    return part.head.dep_ == "prep" and part.head.head.i in {v.i for v in frame.verbs}


def _named_as_example(word: Token) -> bool:
    """Whether ``word`` is the first place named as the example of a noun of places
    ("Kestria" in "in countries like Kestria and Orlen"; see :func:`named_example`)."""
    if word.dep_ != "pobj" or word.head.dep_ != "prep":
        return False
    example = named_example(word.head.head)
    return example is not None and example.i == word.i


def example_on_its_verb(word: Token, frame: Frame) -> bool:
    """Whether ``word`` is the place named as the example of a noun of places in a phrase
    of the event's own verb ("Kestria" in "sold arms in countries like Kestria"): the rules
    read it from that noun, and the scorer, which weighs a "like" or "as" phrase low, is
    not asked. An example on another word ("her wins in states such as X") is weighed."""
    if not _named_as_example(word) or word.head.head.dep_ != "pobj":
        return False
    return word.head.head.head.head.i in {v.i for v in frame.verbs}


def _with_listed_examples(judged: list[tuple[float, Token]]) -> list[tuple[float, Token]]:
    """``judged`` with the places listed after a judged example, which the rules take with
    it and which stand or fall with it: "in states such as Kestria and Orlen"."""
    return judged + [
        (p, more)
        for p, word in judged
        if _named_as_example(word)
        for more in word.conjuncts
        if more.i > word.i
    ]


def rescored(
    found: Sequence[Frame],
    sentence: Span,
    scorer: PlaceScorer | None = None,
) -> None:
    """Let the scorer add and drop the places of a sentence's frames (changed in place).

    A frame with no place takes its best-scoring place word when that scores at least
    ``scorer.add``; a place the rules read from a prepositional phrase is dropped when
    every word of it in such a phrase scores below ``scorer.drop``. A coordinated copy
    of a frame (``part`` > 0) gets the same places as its first part.
    """
    scorer = scorer or default_scorer()
    words = candidates(sentence)
    if not words:
        return
    decided: dict[int, list[Place]] = {}
    for frame in found:
        key = frame.trigger.i
        if frame.part and key in decided:
            frame.places = list(decided[key])
            continue
        scored = [
            (scorer.probability(place_features(frame, word, found)), word)
            for word in pairs(frame, words)
        ]
        # Only a place read from a prepositional phrase of the event is weighed for
        # dropping: the named scene of a happening ("the Kabul bombing"), the place a
        # "where" clause is about ("the station, where six died") and the place of a part
        # the verb's own phrase names ("at the back of the shed") are the rules' own.
        where = where_antecedent(frame.verbs[0])
        judged = [
            (p, word)
            for p, word in scored
            if word.dep_ == "pobj"
            and (where is None or word.i != where.i)
            and not part_of_place(word, frame)
            and not example_on_its_verb(word, frame)
        ]
        judged = _with_listed_examples(judged)
        kept = [
            place
            for place in frame.places
            if not any(in_span(w, place.argument.start, place.argument.end) for _, w in judged)
            or any(
                p >= scorer.drop
                for p, w in judged
                if in_span(w, place.argument.start, place.argument.end)
            )
        ]
        if not kept and not frame.places:
            best = max(scored, key=lambda pair: pair[0], default=None)
            if best is not None and best[0] >= scorer.add:
                kept = [Place(argument(noun_phrase(best[1])), _role(best[1]))]
        frame.places = kept
        decided[key] = kept
