"""Happenings of general news: documents of one story, and their events linked by a score."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pyoxigraph as ox

from kg import rdf
from kg.model import Argument, Document, Entity, EntityMention, Event, Mention, Place
from kg.rdf._stories import (
    FEATURES,
    Report,
    average_links,
    group_root,
    scored_pairs,
    story_pairs,
)
from kg.rdf.happenings import happening_quads, read_happenings, story_candidates

# Written for these tests: two reports of one earthquake in Lemar, one of another
# earthquake there a year later, and one of a purchase on the first day.
TEXTS = {
    "quake-a": "A strong earthquake struck Lemar on Monday and damaged the old market of Lemar.",
    "quake-b": "An earthquake struck Lemar on Monday, officials in Lemar said.",
    "quake-c": "An earthquake struck Lemar again on Sunday, officials in Lemar said.",
    "merger": "Hollin Foods bought Tarvo Mills on Monday; Tarvo Mills struck a deal.",
}
DATES = {
    "quake-a": dt.date(2026, 3, 2),
    "quake-b": dt.date(2026, 3, 2),
    "quake-c": dt.date(2027, 7, 11),
    "merger": dt.date(2026, 3, 2),
}
ENTITIES = (
    Entity("place/lemar", "Lemar", "place"),
    Entity("organization/hollin-foods", "Hollin Foods", "organization"),
    Entity("organization/tarvo-mills", "Tarvo Mills", "organization"),
)
NAMES = {"Lemar": "place/lemar", "Hollin Foods": "organization/hollin-foods"}
NAMES["Tarvo Mills"] = "organization/tarvo-mills"


def _build(documents: list[str], dates: dict[str, dt.date | None] | None = None) -> list[ox.Quad]:
    dates = DATES if dates is None else dates
    events, mentions = [], []
    for doc in documents:
        text = TEXTS[doc]
        sentence = Mention(doc, 0, len(text), text)
        start = text.index("struck")
        place = None
        if "Lemar" in text:
            at = text.index("Lemar")
            place = Place(Argument("Lemar", at, at + 5, "GPE", "place/lemar"))
        events.append(
            Event(doc, start, start + 6, "strike", sentence, places=(place,) if place else ())
        )
        for name, entity in NAMES.items():
            at = text.find(name)
            while at >= 0:
                mentions.append(EntityMention(doc, at, at + len(name), name, entity))
                at = text.find(name, at + 1)
    records = [Document(d, TEXTS[d], date=dates.get(d)) for d in documents]
    return rdf.quads(records, ENTITIES, events, mentions=mentions)


def _happenings(quads: list[ox.Quad]) -> list[set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for quad in happening_quads(quads):
        if quad.predicate.value.endswith("#reportedIn"):
            groups[quad.subject.value].add(quad.object.value.rsplit("/", 2)[-2])
    return sorted(groups.values(), key=sorted)


def test_two_reports_of_one_earthquake_are_one_happening_without_a_class_or_actor() -> None:
    assert _happenings(_build(["quake-a", "quake-b"])) == [{"quake-a", "quake-b"}]


def test_another_earthquake_a_year_later_and_another_story_stay_apart() -> None:
    # The same verb and place, but a year apart: another happening. The purchase
    # names nothing the earthquakes name: another story, whatever its verb.
    found = _happenings(_build(["quake-a", "quake-b", "quake-c", "merger"]))
    assert found == [{"quake-a", "quake-b"}]


def test_undated_reports_tell_no_story() -> None:
    # The same reports without their dates: nothing tells this earthquake in
    # Lemar from the one a year later, so neither is linked by the story linker.
    assert _happenings(_build(["quake-a", "quake-b"], dates={})) == []
    assert _happenings(_build(["quake-a", "quake-b"], dates={"quake-a": DATES["quake-a"]})) == []


def test_stories_need_names_in_common() -> None:
    # Without the names graph read (no mentions, no places), nothing ties them.
    bare = [q for q in _build(["quake-a", "quake-b"]) if "taIdentRef" not in q.predicate.value]
    bare = [q for q in bare if not q.predicate.value.endswith("#place")]
    assert _happenings(bare) == []


def test_the_story_linker_in_a_forked_child_links_as_here() -> None:
    # kg build --out runs the story linker in a child while it writes the files.
    from kg._forked import started

    quads = _build(["quake-a", "quake-b", "quake-c", "merger"])
    read = read_happenings(quads)
    with started(read.story_links) as links:
        pairs = links.result()
    assert pairs and pairs == read.story_links()
    assert read.quads(pairs) == happening_quads(quads)


def test_story_candidates_give_every_feature_by_event_iri() -> None:
    found = story_candidates(_build(["quake-a", "quake-b", "merger"]))
    assert len(found) == 1
    a, b, features = found[0]
    assert {a.rsplit("/", 2)[-2], b.rsplit("/", 2)[-2]} == {"quake-a", "quake-b"}
    assert len(features) == len(FEATURES)
    named = dict(zip(FEATURES, features, strict=True))
    assert named["same_head"] == named["place_same"] == named["lead"] == 1.0
    assert named["document_similarity"] > 0.99 and 0.0 < named["sentence_similarity"] < 1.0


def _report(document: str, action: str, sentence: str, **kwargs: object) -> Report:
    fields: dict[str, object] = {
        "key": f"{document}/{action}",
        "document": document,
        "day": dt.date(2026, 3, 2),
        "action": action,
        "lineage": frozenset(),
        "event_type": None,
        "negated": False,
        "sides": frozenset(),
        "targets": frozenset(),
        "places": frozenset(),
        "figures": frozenset(),
        "sentence": sentence,
        "lead": True,
    }
    fields.update(kwargs)
    return Report(**fields)  # type: ignore[arg-type]


def test_statements_of_one_story_are_not_one_happening() -> None:
    names = {"a": {"person/ana": 2}, "b": {"person/ana": 1}}
    sentences = {"a": "Ana said the plant will close.", "b": "Ana said workers will be paid."}
    said = [
        _report(d, "say", text, lineage=frozenset({"Statement"}), event_type="Statement")
        for d, text in sentences.items()
    ]
    assert len(list(story_pairs(said, names))) == 1  # a candidate ...
    assert list(scored_pairs(said, names)) == []  # ... scored too low: people say many things


def test_one_doubtful_pair_does_not_merge_two_happenings() -> None:
    # Reports 0-1 and 2-3 are two sure happenings; 1-2 alone looks alike, but
    # 0-2, 0-3 and 1-3 do not: single links would make one happening of all four.
    scores = {(0, 1): 0.99, (2, 3): 0.98, (1, 2): 0.9, (0, 2): 0.1, (0, 3): 0.2, (1, 3): 0.1}
    assert average_links(scores, 0.8) == [(0, 1), (2, 3)]
    # Pairs never compared count for nothing: 0-2 joins through its only scores.
    assert average_links({(0, 1): 0.99, (1, 2): 0.9}, 0.8) == [(0, 1), (1, 2)]
    # Nothing below the threshold links, whatever the order scores came in.
    assert average_links({(1, 2): 0.5, (0, 1): 0.7}, 0.8) == []


def test_words_of_one_sense_in_one_story_are_compared() -> None:
    names = {"a": {"place/lemar": 2}, "b": {"place/lemar": 1}}
    stabbed = _report("a", "stab", "A man stabbed a guard in Lemar.", lead=False)
    knifed = _report("b", "knife", "A guard was knifed in Lemar.", lead=False)
    sold = _report("b", "sell", "A shop in Lemar was sold.", lead=False)
    found = list(story_pairs([stabbed, knifed, sold], names))
    assert [(i, j) for i, j, _ in found] == [(0, 1)]  # stab ~ knife; not stab ~ sell
    named = dict(zip(FEATURES, found[0][2], strict=True))
    assert named["related_word"] == 1.0 and named["same_head"] == 0.0


def test_a_long_chain_of_links_stays_one_group() -> None:
    # d -> c -> b -> a: every member's root is a, however often it is asked.
    # (Halving the path once made b a root of its own: a chain of three links
    # across four documents came out as two happenings, and the groups of the
    # benches depended on the order their members were asked in.)
    parent = {"d": "c", "c": "b", "b": "a"}
    assert group_root(parent, "d") == "a"
    assert [group_root(parent, node) for node in "abcd"] == ["a"] * 4
    assert group_root(parent, "e") == "e"


def test_events_of_two_leads_are_compared_whatever_their_words() -> None:
    names = {"a": {"person/tara": 2}, "b": {"person/tara": 1}}
    checked = _report("a", "check into", "Tara checked into a clinic in Lemar.")
    entered = _report("b", "enter", "Tara entered the clinic on Monday.")
    later = _report("b", "sell", "Her old house was sold last year.", lead=False)
    said = _report(
        "a", "say", "Her agent said so.", lineage=frozenset({"Statement"}), event_type="Statement"
    )
    found = list(story_pairs([checked, entered, later, said], names))
    # Both in their documents' leads: one candidate though no word, class or sense is shared;
    # not the event further down, nor the statement (never linked).
    assert [(i, j) for i, j, _ in found] == [(0, 1)]
    named = dict(zip(FEATURES, found[0][2], strict=True))
    assert named["same_head"] == named["related_word"] == 0.0 and named["lead"] == 1.0


def _scored(reports: list[Report]) -> list[tuple[int, int]]:
    names = {r.document: {"place/lemar": 1} for r in reports}
    return list(scored_pairs(reports, names))


def test_a_denial_and_a_report_of_it_are_not_one_happening() -> None:
    said = "Troops entered Lemar on Monday."
    entered = _report("a", "enter", said, sides=frozenset({"place/arvia"}))
    assert _scored([entered, _report("b", "enter", said, sides=entered.sides)]) == [(0, 1)]
    denied = _report("b", "enter", said, sides=entered.sides, negated=True)
    assert _scored([entered, denied]) == []


def test_events_of_two_sides_are_not_one_happening() -> None:
    said = "Troops destroyed a bridge near Lemar on Monday."
    ours = _report("a", "destroy", said, sides=frozenset({"place/arvia"}))
    theirs = _report("b", "destroy", said, sides=frozenset({"place/belmor"}))
    assert _scored([ours, _report("b", "destroy", said, sides=ours.sides)]) == [(0, 1)]
    assert _scored([ours, theirs]) == []


def test_a_word_used_at_several_places_needs_an_anchor() -> None:
    said = "A bridge was destroyed on Monday."

    def at(document: str, place: str, text: str = said) -> Report:
        return _report(document, "destroy", text, places=frozenset({place}))

    # Two places (the town and its region): still the story's one destroying.
    two = [at("a", "place/lemar"), _report("b", "destroy", said)]
    assert _scored(two) == [(0, 1)]
    # Three places: three destroyings; the unplaced report joins none of them,
    # and two reports at one place still join.
    three = [at("a", "place/lemar"), at("b", "place/ostra"), at("c", "place/vey")]
    assert _scored([*three, _report("d", "destroy", said)]) == []
    assert _scored([*three, at("d", "place/ostra")]) == [(1, 3)]


def test_a_war_story_is_left_to_the_rules() -> None:
    # Two countries' sides attack in this story: the same words by one side on
    # two days of a war are two happenings as often as one, so none is linked here.
    said = "Troops seized the river port on Monday."
    seized = [_report(d, "seize", said, sides=frozenset({"place/arvia"})) for d in "ab"]
    assert _scored(seized) == [(0, 1)]

    def attack(document: str, country: str) -> Report:
        return _report(
            document,
            "shell",
            "Guns shelled the port.",
            lineage=frozenset({"Attack"}),
            event_type="Attack",
            sides=frozenset({country}),
            countries=frozenset({country}),
            lead=False,
        )

    one_side = [*seized, attack("a", "place/arvia"), attack("b", "place/arvia")]
    assert (0, 1) in _scored(one_side)
    two_sides = [*seized, attack("a", "place/arvia"), attack("b", "place/belmor")]
    assert _scored(two_sides) == []
