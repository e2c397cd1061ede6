"""A learned choice of the actor of an event the frame rules left without one.

The frame rules read the actor from the subject, the agent of a passive, the
governor of a control verb or the possessor of an event noun. Where the parse offers
none of these ("the shipments of arms to the rebels by Iran", "a raid on the camp,
blamed on the militia"), an event keeps no actor. This scorer weighs, for such an
event and a noun phrase of its sentence, the shape of the link between them (the
dependency path, the preposition, the entity type, another event's word between
them, which event is nearest) and names the best phrase the actor when it scores high
enough. It never replaces or drops an actor the rules chose: a learned filter on those
was tried and did not generalise (docs/extraction.md).

The weights are a logistic regression trained by ``bench/train_actor_scorer.py`` on
RAMS dev and QA-SRL's doer questions on Wikinews (``../shared/data/train``), never on
the sets kg reports figures on, and shipped as ``kg/resources/actor_scorer.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from kg._resources import load_resource
from kg.extract.frames import Frame, doer_argument
from kg.extract.place_scorer import PlaceScorer, chains, distance_bucket, in_span
from kg.extract.spans import is_place

__all__ = ["actor_candidates", "actor_features", "default_actor_scorer", "with_actors"]

_AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CLAUSE_DEPS = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj", "pcomp"}
)
_PRONOUNS = frozenset("i we you he she it they who which that".split())
_KNOWN_PREPOSITIONS = frozenset("by of from for with to against on in at between".split())


@lru_cache(maxsize=1)
def default_actor_scorer() -> PlaceScorer:
    """The scorer shipped in ``kg/resources/actor_scorer.json`` (same record as places)."""
    data = load_resource("actor_scorer.json")
    return PlaceScorer(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        add=float(data["add"]),
        drop=float(data["drop"]),
    )


def actor_candidates(sentence: Span) -> list[Token]:
    """The heads of the noun phrases of a sentence that could name a doer."""
    found = []
    for token in sentence:
        if token.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        if token.dep_ in {"compound", "flat", "nmod"} and token.head.pos_ in {"NOUN", "PROPN"}:
            if token.ent_type_ == "" or token.ent_type_ == token.head.ent_type_:
                continue  # part of a longer name
        if token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"}:
            continue
        if token.pos_ != "PRON" and is_place(token) and token.ent_type_ != "GPE":
            continue  # a site does not act; a state may
        found.append(token)
    return found


def actor_features(frame: Frame, candidate: Token, frames: Sequence[Frame]) -> list[str]:
    """The features of one (event, noun phrase) pair; ``frames`` are the sentence's events."""
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
    ent = candidate.ent_type_ if candidate.ent_type_ in _AGENT_LABELS else candidate.pos_
    crossed = next((d for d in down[1:] if d in _CLAUSE_DEPS), "none")
    trigger_crossed = next((d for d in up if d in _CLAUSE_DEPS), "none")
    between = any(t.i in others for t in up_candidate[1:])
    distance = abs(candidate.i - trigger.i)
    nearest = all(
        distance <= abs(candidate.i - f.trigger.i) for f in frames if f.trigger.i not in own
    )
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for v in frame.verbs for c in v.children)
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
        f"path={path}+tpos={trigger.pos_}",
        f"cross={crossed}+between={between}",
    ]
    if between:
        features.append("between")
    if nearest:
        features.append("nearest")
    if passive:
        features += ["passive", f"passive+{relation}"]
    if frame.reporting:
        features.append("reporting")
    if candidate.lower_ in _PRONOUNS:
        features.append("pronoun")
    if frame.target is not None:
        features.append("has_target")
    return features


def actor_pairs(frame: Frame, sentence_candidates: Sequence[Token]) -> list[Token]:
    """The phrases an event may take as actor: not its trigger, target or places."""
    taken = [a for a in (frame.target, *(p.argument for p in frame.places)) if a is not None]
    own = {v.i for v in frame.verbs} | {frame.trigger.i}
    return [
        c
        for c in sentence_candidates
        if c.i not in own and not any(in_span(c, a.start, a.end) for a in taken)
    ]


def with_actors(found: Sequence[Frame], sentence: Span, scorer: PlaceScorer | None = None) -> None:
    """Name the best-scoring phrase the actor of each frame without one (changed in place)."""
    scorer = scorer or default_actor_scorer()
    words = actor_candidates(sentence)
    if not words:
        return
    for frame in found:
        if frame.actor is not None or frame.part:
            continue
        scored = [
            (scorer.probability(actor_features(frame, word, found)), word)
            for word in actor_pairs(frame, words)
        ]
        best = max(scored, key=lambda pair: pair[0], default=None)
        if best is not None and best[0] >= scorer.add:
            frame.actor = best[1]
            frame.actor_argument = doer_argument(best[1])
