"""Doers English names away from their verb, with the real English model.

Sentences written for these tests. Each case is a shape of news English where the
one who acts is not the subject of the event's own verb: the subject of "is believed
to", the user of a means ("used tear gas to disperse"), the agent of a second passive
("was shot and wounded by"), the one a passive was done to who then acts ("were called
and surrounded"), "ADJ enough to", the sides of a happening "between" two parties, the
one quoted or described "as doing", and the subject whose purpose an infinitive after a
thing is ("fired flares to warn").
"""

from __future__ import annotations

import pytest
from extraction_fixtures import event_named
from spacy.language import Language

from kg.extract import extract
from kg.model import Document

CASES = [
    # text, action, actor (None: no actor)
    # The one believed, said or known to have done it did it, as far as the text says.
    ("The gunmen are believed to have seized the pumping station.", "seize", "The gunmen"),
    ("The cartel is said to have bribed two customs officers.", "bribe", "The cartel"),
    ("Poachers have been known to use drones to track the herds.", "track", "Poachers"),
    # A passive infinitive after it keeps its own doer, its "by" phrase.
    ("The convoy is thought to have been ambushed by bandits.", "ambush", "bandits"),
    # The object of "use" is the means; the user acts.
    ("Guards used batons to push back the crowd.", "push back", "Guards"),
    ("The smugglers employed small boats to move the fuel.", "move", "The smugglers"),
    # The agent of a second coordinated passive is the first one's too.
    ("A ranger was shot and wounded by poachers near the lake.", "shoot", "poachers"),
    # The one a main-clause passive was done to acts in the verb coordinated with it.
    ("Firefighters were alerted at dawn and evacuated the school.", "evacuate", "Firefighters"),
    # "ADJ enough to V": the one described does it.
    ("The dockers felt strong enough to call a strike.", "call", "The dockers"),
    # The gerund after "as" on a verb with an object is the object's deed: who quotes,
    # describes or judges it did not do it.
    (
        "The radio quoted the harbour master as saying the pier was safe.",
        "say",
        "the harbour master",
    ),
    ("Critics described the warden as blocking the audit.", "block", "the warden"),
    # but "as well as" joins a second act of the subject.
    ("The rebels shelled the port as well as attacking the airport.", "attack", "The rebels"),
    # An infinitive after an object that names no one says what the subject does it for.
    ("The guards fired flares to warn the fishing boats.", "warn", "The guards"),
    ("The mayor called a hearing to review the tender.", "review", "The mayor"),
    # "call" as a telephone call: the caller does what the call is for.
    ("The cashier called the police to report the theft.", "report", "The cashier"),
    # but a number of people called are summoned to do it.
    ("The coroner called four divers to search the lake.", "search", "divers"),
    # The one quoted speaks, "as" or not (with a comma the quoter goes on).
    ("The radio quoted the harbour master saying the pier was safe.", "say", "the harbour master"),
    ("The radio quoted the harbour master, adding that the pier was safe.", "add", "The radio"),
    # A participle of violence right after a relative clause of violence goes on with it.
    ("Guards detained a driver whose truck hit a cyclist, injuring her.", "injure", "a driver"),
    # but not after a relative clause in the perfect, which tells what came before.
    ("Guards shot a man who had stabbed a nurse, wounding him.", "wound", "Guards"),
    # nor when it is done to the one "who" stands for (he would be wounding "himself"),
    ("Guards shot a man who attacked a nurse, wounding him.", "wound", "Guards"),
    # unless the pronoun is of the other sex than the one "who" stands for: the nurse.
    ("Guards shot a man who attacked a nurse, wounding her.", "wound", "a man"),
    ("Guards shot Maria Vale, who attacked a porter, wounding him.", "wound", "Maria Vale"),
    # and the people called are not the doer of what is done to them.
    ("The coroner called four divers to thank them.", "thank", "The coroner"),
    # A heading before a colon is no subject: the one after it acts.
    ("The Briefing: Two provinces close schools amid flu.", "close", "provinces"),
    # nor when the parser hangs it on the verb as its only subject: no one is named.
    (
        "Photos : Storm season in pictures A dense column of smoke rises more than 3,000 feet"
        " into the air over the port .",
        "rise",
        None,
    ),
    # An infinitive before its verb is the subject's purpose, not the object's task.
    (
        "To test the pumps, the engineers asked two pilots to fly over the dam.",
        "test",
        "the engineers",
    ),
]


@pytest.mark.parametrize(("text", "action", "actor"), CASES)
def test_actor(nlp: Language, text: str, action: str, actor: str | None) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor


def test_a_passive_after_a_passive_shares_it(nlp: Language) -> None:
    # "evacuated" here is a second participle of the same passive: no one is named as its
    # doer, and the ones evacuated are not made its actor.
    text = "The villagers were rounded up and evacuated."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert all(
        e.actor is None or e.actor.text != "The villagers"
        for e in extraction.events
        if e.action == "evacuate"
    )


@pytest.mark.parametrize(
    ("text", "action", "subject"),
    [
        ("The warehouse was seized by rebels and looted.", "loot", "The warehouse"),
        ("The bank was attacked by gunmen and robbed.", "rob", "The bank"),
    ],
)
def test_a_second_participle_read_as_a_past_shares_the_passive(
    nlp: Language, text: str, action: str, subject: str
) -> None:
    # The tagger may read "looted" as a past tense; with no object of its own it is the
    # second participle of the passive: the warehouse was looted, it looted nothing.
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert all(
        e.actor is None or e.actor.text != subject for e in extraction.events if e.action == action
    )


def test_both_sides_of_a_clash_act(nlp: Language) -> None:
    text = "Clashes between farmers and herders broke out near the market."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    actors = {e.actor.text for e in extraction.events if e.action == "clash" and e.actor}
    assert actors == {"farmers", "herders"}


@pytest.mark.parametrize(
    "text",
    [
        "A fierce battle is going on between the army and the rebels.",
        "A battle raged between the army and the rebels near the pass.",
    ],
)
def test_a_battle_going_on_or_raging_is_a_clash_of_both_sides(nlp: Language, text: str) -> None:
    extraction = extract(nlp(text), Document(id="doc", text=text))
    found = {
        (e.actor.text, e.event_type, e.modality)
        for e in extraction.events
        if e.action == "fight" and e.actor
    }
    assert found == {
        ("the army", "ArmedClash", "asserted"),
        ("the rebels", "ArmedClash", "asserted"),
    }


def test_a_cause_that_broke_out_is_what_happened(nlp: Language) -> None:
    # "fire" is no event noun and no doer: what broke out is the event's target, a disaster.
    text = "A fire broke out at the plant on Sunday."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    found = [
        (e.actor, e.target.text if e.target else None, e.event_type)
        for e in extraction.events
        if e.action == "break out"
    ]
    assert found == [(None, "A fire", "Disaster")]


def test_between_two_times_names_no_side(nlp: Language) -> None:
    text = "The fighting lasted between noon and midnight, residents said."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert all(e.actor is None for e in extraction.events if e.action == "fight")


@pytest.mark.parametrize(
    "text",
    [
        "The battle between light and darkness runs through the whole novel.",
        "The conflict between price and quality decides most tenders.",
    ],
)
def test_ideas_between_are_no_sides(nlp: Language, text: str) -> None:
    # Abstract nouns are what a struggle is about, not parties that act in it.
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert all(e.actor is None for e in extraction.events if e.start < text.index(" between"))


def test_the_one_believed_to_have_been_hurt_is_the_target(nlp: Language) -> None:
    text = "Two engineers are believed to have been kidnapped by the rebels."
    event = event_named(nlp, text, "kidnap")
    assert event.target is not None and event.target.text == "engineers"
    assert event.actor is not None and event.actor.text == "the rebels"


def test_a_hedging_passive_is_no_event(nlp: Language) -> None:
    # "is said to" hedges the deed; no one is named who says it, so it is no event of its own.
    text = "The cartel is said to have bribed two customs officers."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert [e.action for e in extraction.events] == ["bribe"]


def test_a_passive_of_report_with_its_sayer_is_an_event(nlp: Language) -> None:
    # "by the police" names who says it: a report of its own, as "the police said".
    text = "The driver was said by the police to have fled on foot."
    event = event_named(nlp, text, "say")
    assert event.actor is not None and event.actor.text == "the police"


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # "it" in the words of a body named by a common noun alone is that body.
        ("The agency said it had seized two containers of fuel.", "seize", "The agency"),
        ("The ministry announced that it would close three border posts.", "close", "The ministry"),
        # Not a text: "the report said it" may mean anyone.
        ("The report said it had damaged the economy.", "damage", "it"),
        # Not a happening's "it" ("it" is the fire), nor a place that speaks.
        ("The fire service said it started in a storeroom.", "start", "it"),
        ("The hospital said it had treated nine patients for burns.", "treat", "it"),
        # "One of them, NAME,": the name.
        ("One of the guards, Peter Lang, opened fire on the crowd.", "open fire on", "Peter Lang"),
    ],
)
def test_it_of_a_speaker_and_one_named(nlp: Language, text: str, action: str, actor: str) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # "it" of an adverbial clause: the thing its verb's subject names.
        (
            "The frigate was cruising near the islands when it raced to help the trawler.",
            "race",
            "The frigate",
        ),
        ("The ferry was anchored when it lost power in the storm.", "lose", "The ferry"),
        # Something else singular between: the tug or the barge?
        ("The tug towed the barge until it sank.", "sink", "it"),
        # A share of people is no thing "it" stands for.
        ("Sixty percent said it made no difference.", "make", "it"),
        # A person is "he" or "she".
        ("The captain was on deck when it hit the rocks.", "hit", "it"),
    ],
)
def test_it_of_a_clause_on_a_things_verb(nlp: Language, text: str, action: str, actor: str) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


def test_a_quoted_command_is_not_the_speakers_deed(nlp: Language) -> None:
    # The parser hangs the quoted command on the verb of calling out as its complement; the
    # ones who call it out ask it of someone else.
    text = "The medics screamed: 'Stop the car!'"
    event = event_named(nlp, text, "stop")
    assert event.actor is None
    assert event.target is not None and event.target.text == "the car"


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # A body that acts by force or governs, named before the event noun, did it.
        ("A police raid on the warehouse lasted two hours.", "raid", "police"),
        ("The coalition air strike on the depot began at dawn.", "strike", "coalition"),
        ("Regime attacks on the valley resumed on Monday.", "attack", "Regime"),
        # A name the parser hangs as "nmod" before the noun, as its "compound" names do.
        ("An FBI public fraud investigation into the mayor began.", "investigate", "FBI"),
    ],
)
def test_a_body_named_before_an_event_noun_did_it(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # A jury or a party is what the trial or the shooting is held by or at.
        ("The jury trial lasted a week.", "trial"),
        # An event noun that says what kind a thing is: no export is done.
        ("The administration export rules were eased.", "export"),
        # A town named before the noun is where, not who.
        ("The Boston attacks shocked the nation.", "attack"),
        # A bare event noun is a later mention, dropped as before: no doer keeps it.
        ("The police investigation is continuing.", "investigate"),
    ],
)
def test_a_kind_or_a_place_before_an_event_noun_did_nothing(
    nlp: Language, text: str, action: str
) -> None:
    events = extract(nlp(text), Document(id="t", text=text)).events
    assert all(e.actor is None for e in events if e.action == action)


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # A share of a group its "of" names with a noun: the phrase says who.
        ("Some of the protesters threw stones at the police.", "throw", "Some of the protesters"),
        ("Each of the ministers signed the letter.", "sign", "Each of the ministers"),
        # A share of a pronoun is left to resolution.
        ("Some of them threw stones at the police.", "throw", "Some"),
    ],
)
def test_a_share_of_a_group_names_the_group(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # A perfect participle is done by its clause's subject, as a plain one is.
        ("Having seized the depot, the rebels burned the trucks.", "seize", "the rebels"),
        ("The rebels, having seized the depot, burned the trucks.", "seize", "The rebels"),
        ("The mayor resigned on Friday, having lost the vote.", "lose", "The mayor"),
        # A subject that cannot act leaves it hanging.
        ("Having won the cup, the season ended early.", "win", None),
    ],
)
def test_a_perfect_participle_is_done_by_its_subject(
    nlp: Language, text: str, action: str, actor: str | None
) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor
