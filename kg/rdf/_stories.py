"""Stories: the documents that report one happening, and the scored links of their events.

:mod:`kg.rdf.happenings` links events by rules made for reports of war (one
class, a named side, a place or target in common). Most news says less: three
articles on an earthquake, an acquisition or an arrest share the story's names
and date, and their events share a word ("struck", "quake", "hit") more often
than a named actor. This module links those, in two steps:

1. **Stories**: two documents tell one story when both are dated, their dates
   are within the window, and the names they mention (entities that are not
   countries, weighted by how rare they are in the graph) are alike: a cosine
   of at least ``document_similarity``. Two earthquakes of one kind a year
   apart are two stories, and without dates nothing tells them apart: the
   reports of a war share their names for months. So an undated document is
   in no story (``undated_similarity`` is ``null``); the rules of
   :mod:`kg.rdf.happenings` still link its events.
2. **Links**: two events of different documents of one story that share their
   verb or event noun, a class of kg's taxonomy, or a WordNet sense (one sense,
   or a sense and the one directly above it: "stab" and "knife", "die" and
   "death"; :mod:`kg.lang.wordnet`) are scored by a logistic model over what
   they share (verb, related word, class, actor, target, place, figure, the
   words of their sentences, how many of the story's documents use the verb).
   Scored pairs are clustered by average link (:func:`average_links`): a pair at
   or above ``threshold`` joins two groups only when all compared pairs between
   them average at least ``threshold``, so one doubtful pair does not chain two
   happenings into one.

Some pairs are never scored, as by the rules of :mod:`kg.rdf.happenings`.
A story in which the sides of two or more countries attack is a war's: a week
of it has many shellings, landings and seizures by each side, told in the same
words, so its events are left to the rules, which need a place, target or
figure in common. In other stories, a word used for events at
``several_places`` places or more tells of several happenings of one kind too:
two of its events are compared only when they have a place, a target, a figure
or a time in common. And a negated event is never one happening with an
asserted one ("have not entered the centre" is no entering), nor are two events
whose actors are named and of two sides (Russian forces destroying facilities,
Ukrainian troops destroying tanks).

The model's weights are in ``kg/resources/corroboration_model.json``, learned by
``bench/train_corroboration.py`` from the ECB+ **training** topics only; the
score is a dot product here, with no learning library at run time.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import Any, Final

from kg._resources import load_resource
from kg.lang import wordnet

__all__ = [
    "FEATURES",
    "Background",
    "Report",
    "average_links",
    "group_root",
    "scored_pairs",
    "story_pairs",
]

#: The names of the features :func:`story_pairs` gives each candidate pair, in order.
FEATURES: Final = (
    "same_head",
    "same_action",
    "same_class",
    "related_class",
    "other_class",
    "statement",
    "actor_same",
    "actor_other",
    "target_same",
    "target_other",
    "place_same",
    "place_other",
    "figure_same",
    "sentence_similarity",
    "document_similarity",
    "lead",
    "head_share",
    "polarity_differs",
    "head_share_same_head",
    "sentence_similarity_same_head",
    "lead_same_head",
    "not_factual",
    "time_same",
    "time_other",
    "related_word",
)

#: Cosines of sentence pairs kept for pairs of events met later (about 150 bytes each).
_KEPT_COSINES: Final = 200_000

_WORD: Final = re.compile(r"[a-z][a-z'-]+|\d[\d,.]*")


@dataclass(frozen=True, slots=True)
class Report:
    """One event as the story linker sees it (entities and sides as hashable keys).

    Attributes:
        key: Its IRI.
        document: Its document.
        day: Its date (its own, else its document's), if known.
        action: Its action phrase; ``head`` is its first word.
        lineage: Its class and every class above it (empty when untyped).
        event_type: Its most specific class, if any.
        negated: Whether it is negated.
        sides: Its actors' sides (an entity's country, else the entity).
        targets: Its target entities that are not countries.
        places: Its place entities that are not countries.
        figures: Its figures as (value, unit).
        sentence: The sentence it was read from.
        lead: Whether its sentence starts in the first 300 characters of its document.
        time: Its own time, as written in RDF ("2008-12-09").
        factual: Whether it is reported as having happened (or as not having happened).
        countries: Those of its ``sides`` that are countries (an actor's country).
    """

    key: str
    document: Hashable
    day: dt.date | None
    action: str
    lineage: frozenset[str]
    event_type: str | None
    negated: bool
    sides: frozenset[Hashable]
    targets: frozenset[Hashable]
    places: frozenset[Hashable]
    figures: frozenset[tuple[str, str]]
    sentence: str
    lead: bool
    time: str | None = None
    factual: bool = True
    countries: frozenset[Hashable] = frozenset()

    @property
    def head(self) -> str:
        """The first word of the action ("check" of "check into")."""
        return self.action.partition(" ")[0]


@dataclass(frozen=True, slots=True)
class Background:
    """What reports left out of a call still count for: the corpus' rarity of names and words.

    A caller may leave out the reports of documents that share no name with
    any other (they are in no story), to spare holding them; the weights of
    the names and words of the others still count those documents and their
    sentences, so the pairs and their features are the ones all reports give.

    Attributes:
        documents: The documents left out that have reports (each names no
            entity another document names).
        sentences: Called only when a story is found: the sentences of the
            reports left out (any order, repeats allowed).
    """

    documents: int = 0
    sentences: Callable[[], Iterable[str]] = tuple


@cache
def _model() -> dict[str, Any]:
    return load_resource("corroboration_model.json")


def _unit(weights: Mapping[Hashable, float]) -> dict[Hashable, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {key: w / norm for key, w in weights.items()}


def _cosine(a: Mapping[Hashable, float], b: Mapping[Hashable, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # The products of a's weights and b's (0.0 where b lacks the key), added
    # in a's order: the same bits as a generator over a's items, without a
    # Python frame per key.
    found: float = sum(map(operator.mul, a.values(), map(b.get, a, repeat(0.0))))
    return found


def _tf_idf(
    bags: Mapping[Hashable, Counter[Hashable]], others: Iterable[Iterable[Hashable]] = ()
) -> dict[Hashable, dict[Hashable, float]]:
    """Unit vectors of log-scaled counts weighted by smoothed inverse document frequency.

    ``others``: bags that count for the frequencies (each key once) and get no vector,
    read once as they come.
    """
    frequency: Counter[Hashable] = Counter(key for bag in bags.values() for key in bag)
    count = len(bags)
    for bag in others:
        count += 1
        frequency.update(set(bag))
    idf = {key: math.log((1 + count) / (1 + n)) + 1.0 for key, n in frequency.items()}
    return {
        name: _unit({key: (1.0 + math.log(n)) * idf[key] for key, n in bag.items()})
        for name, bag in bags.items()
    }


def _similar_documents(
    vectors: Mapping[Hashable, Mapping[Hashable, float]],
    days: Mapping[Hashable, dt.date | None],
) -> dict[frozenset[Hashable], float]:
    """Pairs of documents that tell one story, with the cosine of their names' vectors
    (:func:`_tf_idf`'s)."""
    settings = _model()["stories"]
    window, dated = int(settings["window_days"]), float(settings["document_similarity"])
    # None: an undated document is in no story (see the module's docstring).
    undated = settings["undated_similarity"]
    # Documents and names by number: they are Oxigraph terms, each hashed or
    # compared by a call into Rust, and the loop below meets each many times.
    documents = list(vectors)
    numbers: dict[Hashable, int] = {}
    rows = [
        {numbers.setdefault(key, len(numbers)): weight for key, weight in vector.items()}
        for vector in vectors.values()
    ]
    when = [days.get(document) for document in documents]
    holders: dict[int, list[int]] = defaultdict(list)
    for document, row in enumerate(rows):
        for key in row:
            holders[key].append(document)
    found: dict[frozenset[Hashable], float] = {}
    for document, row in enumerate(rows):
        # Only documents sharing a name can be alike: look them up, not every pair.
        sums: dict[int, float] = defaultdict(float)
        for key, weight in row.items():
            for other in holders[key]:
                if other != document:
                    sums[other] += weight * rows[other][key]
        for other, similarity in sums.items():
            a, b = when[document], when[other]
            if a is not None and b is not None:
                if abs((a - b).days) > window or similarity < dated:
                    continue
            elif undated is None or similarity < float(undated):
                continue
            found[frozenset((documents[document], documents[other]))] = similarity
    return found


def group_root(parent: dict[Any, Any], node: Any) -> Any:
    """The root of ``node``'s group in the union-find forest ``parent`` (a root: own or absent).

    Halves the path on the way: each node passed is pointed at its grandparent,
    which is still in its group, so later lookups are short.
    """
    while parent.get(node, node) != node:
        parent[node] = parent.get(parent[node], parent[node])
        node = parent[node]
    return node


def _overlap(a: frozenset[Hashable], b: frozenset[Hashable]) -> tuple[float, float]:
    """(1, 0) when two sets share a member, (0, 1) when both are given and share none."""
    if not a or not b:
        return 0.0, 0.0
    return (1.0, 0.0) if a & b else (0.0, 1.0)


def story_pairs(
    reports: Sequence[Report],
    names: Mapping[Hashable, Counter[Hashable]],
    background: Background | None = None,
    *,
    linkable: bool = False,
) -> Iterator[tuple[int, int, tuple[float, ...]]]:
    """Candidate pairs of reports of one story, with their features (:data:`FEATURES`).

    Made one at a time, for the caller to score and drop: a corpus that tells
    one story many times over (the same page under many addresses) has millions
    of candidate pairs, about 800 bytes each with their features.

    A story is a connected group of documents, any two linked through pairs
    that are alike (:func:`_similar_documents`). Its reports are compared
    within blocks (one head word, or one class, in one story) of at most
    ``stories.block_size`` reports: a bigger block (every "say" of a busy
    story) is left out, so the cost stays near linear in the reports.

    Args:
        reports: The events.
        names: Each document's names (entity keys, with how often it names them).
        background: Reports left out, which count for the weights of names and words.
        linkable: Leave out, before their features are worked out, the pairs
            :func:`scored_pairs` never links: with a statement, a negated event
            and an asserted one, or actors of two sides.

    Returns:
        ``(i, j, features)`` for reports ``i < j`` of different documents of one
        story that share their head word or a class, in a stable order.
    """
    days: dict[Hashable, dt.date | None] = {}
    for report in reports:
        if report.day is not None:
            days.setdefault(report.document, report.day)
    bags = {document: names.get(document, Counter()) for document in {r.document for r in reports}}
    background = background or Background()
    # Documents left out name nothing the others name: only their number counts.
    absent: list[Iterable[Hashable]] = [()] * background.documents
    documents = _tf_idf(bags, absent)
    similar = _similar_documents(documents, days)
    if not similar:
        return
    # The words of each sentence, weighted by how rare they are among sentences.
    sentences = {r.sentence for r in reports}
    more = (_WORD.findall(s.lower()) for s in set(background.sentences()) - sentences)
    vectors = _tf_idf({s: Counter(_WORD.findall(s.lower())) for s in sentences}, more)
    parent: dict[Hashable, Hashable] = {}

    def root(node: Hashable) -> Hashable:
        found: Hashable = group_root(parent, node)
        return found

    for pair in sorted(similar, key=lambda p: sorted(map(str, p))):
        a, b = sorted(pair, key=str)
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb, key=str)] = min(ra, rb, key=str)
    by_document: dict[Hashable, list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        by_document[report.document].append(index)
    # How many of a story's documents use a word: the story's own happening is in most.
    heads: dict[Hashable, Counter[str]] = defaultdict(Counter)
    sizes: Counter[Hashable] = Counter()
    for document, indexes in by_document.items():
        heads[root(document)].update({reports[i].head for i in indexes})
        sizes[root(document)] += 1
    blocks: dict[tuple[Hashable, ...], list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        story = root(report.document)
        if sizes[story] < 2:
            continue
        blocks[("head", story, report.head)].append(index)
        for name in report.lineage:
            blocks[("class", story, name)].append(index)
        # Words of one sense, or a sense and the one above it ("stab", "knife"):
        # blocked by every sense key, compared only when WordNet relates them.
        meaning = wordnet.senses(report.head)
        for sense in meaning.own | meaning.above:
            blocks[("sense", story, sense)].append(index)
        # Any two events of the leads, whatever their words ("checked into" and
        # "entered" rehab): a story's own happening is told first in most of its
        # documents. Not statements, which are never linked.
        if report.lead and "Statement" not in report.lineage:
            blocks[("lead", story)].append(index)
    # A head word used at several places in one story names several happenings.
    places: dict[tuple[Hashable, str], set[Hashable]] = defaultdict(set)
    # The countries whose sides attack in a story: two or more make it a war's.
    attackers: dict[Hashable, set[Hashable]] = defaultdict(set)
    for report in reports:
        places[(root(report.document), report.head)].update(report.places)
        if "Attack" in report.lineage:
            attackers[root(report.document)].update(report.countries)
    several = int(_model()["stories"]["several_places"])
    many = {key for key, found in places.items() if len(found) >= several}
    wars = {story for story, found in attackers.items() if len(found) >= 2}
    limit = int(_model()["stories"]["block_size"])
    # A pair met in an earlier block (one head word and one class), as one number.
    seen: set[int] = set()
    count = len(reports)
    # Many pairs share their two documents or their two sentences: each cosine
    # is worked out once (in the same order, so to the same bits).
    alike_documents: dict[tuple[int, int], float] = {}
    alike_sentences: dict[tuple[str, str], float] = {}
    # Asked once per pair of words, not once per pair of events.
    related: Callable[[str, str], bool] = cache(wordnet.related)
    said = [not linkable or "Statement" not in report.lineage for report in reports]
    words = [report.head for report in reports]
    stories = {document: root(document) for document in by_document}
    # What a pair looks up of each report, worked out once per report: a
    # document's IRI is hashed by a call into Oxigraph at every lookup, and a
    # story's pairs look up its documents, its word counts and its size.
    numbers = {document: number for number, document in enumerate(by_document)}
    within = [numbers[report.document] for report in reports]
    crowded = [(stories[report.document], report.head) in many for report in reports]
    told = [heads[stories[report.document]] for report in reports]
    size_of = [sizes[stories[report.document]] for report in reports]
    # By the keys' text, as sorted(blocks, key=str); items, so no key is hashed again.
    for key, members in sorted(blocks.items(), key=lambda item: str(item[0])):
        # A war's reports are left to the rules of kg.rdf.happenings, which need an anchor.
        if len(members) > limit or key[1] in wars:
            continue
        # Statements are never paired when ``linkable``: left out once per block.
        members = [i for i in members if said[i]]
        by_sense = key[0] == "sense"
        for x, i in enumerate(members):
            a, head, document = reports[i], words[i], within[i]
            for j in members[x + 1 :]:
                if within[j] == document or i * count + j in seen:
                    continue
                if by_sense and not related(head, words[j]):
                    continue
                seen.add(i * count + j)
                b = reports[j]
                if (crowded[i] or crowded[j]) and not _anchored(a, b):
                    continue
                if linkable and (a.negated != b.negated or _overlap(a.sides, b.sides)[1]):
                    continue  # vetoed: the features polarity_differs and actor_other
                both = (document, within[j])
                alike = alike_documents.get(both)
                if alike is None:
                    alike = alike_documents[both] = _cosine(
                        documents[a.document], documents[b.document]
                    )
                said_in = (a.sentence, b.sentence)
                sentence = alike_sentences.get(said_in)
                if sentence is None:
                    if len(alike_sentences) >= _KEPT_COSINES:
                        alike_sentences.clear()  # memory stays bounded on any corpus
                    sentence = alike_sentences[said_in] = _cosine(
                        vectors[a.sentence], vectors[b.sentence]
                    )
                found = _features(
                    a, b, (head, words[j]), sentence, alike, told[i], size_of[i], related
                )
                yield i, j, found


def _anchored(a: Report, b: Report) -> bool:
    """Whether two reports have a place, a target, a figure or a time in common."""
    return bool(
        a.places & b.places
        or a.targets & b.targets
        or a.figures & b.figures
        or (a.time is not None and a.time == b.time)
    )


def _features(
    a: Report,
    b: Report,
    words: tuple[str, str],
    sentence: float,
    document_similarity: float,
    heads: Counter[str],
    size: int,
    related_words: Callable[[str, str], bool],
) -> tuple[float, ...]:
    typed = a.event_type is not None and b.event_type is not None
    same_class = typed and a.event_type == b.event_type
    related = typed and not same_class and bool(a.lineage & b.lineage)
    head_a, head_b = words
    same_head = head_a == head_b
    share = min(heads[head_a], heads[head_b]) / max(size, 1)
    return (
        float(same_head),
        float(a.action == b.action),
        float(same_class),
        float(related),
        float(typed and not same_class and not related),
        float("Statement" in a.lineage or "Statement" in b.lineage),
        *_overlap(a.sides, b.sides),
        *_overlap(a.targets, b.targets),
        *_overlap(a.places, b.places),
        float(bool(a.figures & b.figures)),
        sentence,
        document_similarity,
        float(a.lead and b.lead),
        share,
        float(a.negated != b.negated),
        share * same_head,
        sentence * same_head,
        float(a.lead and b.lead and same_head),
        float(not (a.factual and b.factual)),
        float(a.time is not None and a.time == b.time),
        float(a.time is not None and b.time is not None and a.time != b.time),
        float(not same_head and related_words(head_a, head_b)),
    )


def _probability(logit: float) -> float:
    """The logistic function, safe from overflow."""
    if logit < -60.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-logit))


def average_links(
    scores: Mapping[tuple[int, int], float], threshold: float
) -> list[tuple[int, int]]:
    """The pairs that join reports into happenings, by average-link clustering.

    Pairs are taken from the most likely down to ``threshold``; a pair joins its
    two groups only when the scores of all compared pairs between them average
    at least ``threshold`` (pairs never compared, of different words, count for
    nothing either way). Single links would chain one doubtful pair into a merge
    of two large happenings; on the ECB+ train topics, scored leave-one-topic-out,
    the average keeps precision near 0.9 at a far higher recall.

    Args:
        scores: The probability of each compared pair ``(i, j)``, ``i < j``.
        threshold: The least probability (and average) that links.

    Returns:
        The pairs that merged two groups, in the order they did.
    """
    group: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    links: list[tuple[int, int]] = []
    # Only the pairs at or above the threshold are taken, most likely first; the
    # others count in the averages alone (sorting all of them cost a tenth of the linker).
    likely = [item for item in scores.items() if item[1] >= threshold]
    for (i, j), _ in sorted(likely, key=lambda item: (-item[1], item[0])):
        gi, gj = group.get(i, i), group.get(j, j)
        if gi == gj:
            continue
        first, second = members.get(gi, [gi]), members.get(gj, [gj])
        known = [
            found
            for x in first
            for y in second
            if (found := scores.get((x, y) if x < y else (y, x))) is not None
        ]
        if sum(known) / len(known) < threshold:
            continue
        for member in second:
            group[member] = gi
        group[gi] = gi
        members[gi] = first + second
        members.pop(gj, None)
        links.append((i, j))
    return links


def scored_pairs(
    reports: Sequence[Report],
    names: Mapping[Hashable, Counter[Hashable]],
    background: Background | None = None,
) -> Iterable[tuple[int, int]]:
    """The pairs of :func:`story_pairs` that the model links (:func:`average_links`)."""
    model = _model()
    weights = [float(model["weights"][name]) for name in FEATURES]
    bias, threshold = float(model["bias"]), float(model["threshold"])
    # Statements are scored (the model learns from them) but never linked: what
    # people say in one story is many things, and one statement wrongly linked
    # would, through average links, pull two happenings' reports together.
    # Nor, as by the rules, a negated event with an asserted one, or events
    # whose named actors are of two sides.
    # sum(map(mul, ...)) adds the same products in the same order as a
    # generator would (to the same bits), without a Python frame per feature.
    scores = {
        (i, j): _probability(bias + sum(map(operator.mul, weights, f)))
        for i, j, f in story_pairs(reports, names, background, linkable=True)
    }
    return average_links(scores, threshold)
