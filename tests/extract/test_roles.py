"""Who may act, and who said it, with the real English model: sentences written for these tests.

An actor is someone who acts: the one who dies is a victim (the target), an instrument
or a time is never the actor, and a quote's speaker is the source of what the quote
says, with "I" inside it standing for the speaker ("we" for their side: resolution).
"""

from __future__ import annotations

import pytest
from extraction_fixtures import event_named
from spacy.language import Language

from kg.model import Document

CASES = [
    # text, action, actor (None: no actor), target, source
    ("Four fishermen died in the storm.", "die", None, "fishermen", None),
    ("A roadside bomb killed a police officer.", "kill", None, "a police officer", None),
    ("Tuesday's raid shocked the village.", "shock", None, "the village", None),
    ("His arrest came a week later.", "arrest", None, "His", None),
    # ... but the owner of a spree the shooting only qualifies did the shooting
    ("The gunman's shooting spree ended at the mall.", "shoot", "The gunman", None, None),
    ("Border guards arrested two smugglers.", "arrest", "Border guards", "smugglers", None),
    # A phrase set before the subject is the clause's setting, never the object the verb
    # takes with a preposition: "call for" the elections, not "call at" the hall.
    (
        "At the town hall in Leeds, protesters are calling for new elections.",
        "call for",
        "protesters",
        "new elections",
        None,
    ),
    (
        "With that in mind, the club is pushing for a new deal.",
        "push for",
        "the club",
        "a new deal",
        None,
    ),
    ("On the surface, the town's mood is changing.", "change", None, "the town's mood", None),
    # A question word's phrase is the verb's own, wherever it stands.
    ("To whom did the minister speak?", "speak to", "the minister", "whom", None),
    # A participle before its noun tells what was done to what the noun names: the target
    # is the noun's phrase past the participle, not a phrase holding the act itself.
    ("Settlers moved into the occupied hills last year.", "occupy", None, "hills", None),
    ("The court freed a convicted forger.", "convict", None, "forger", None),
    # The "time" of "time and again" says how often: nothing is done to it.
    (
        "The guards have watched the drill play out time and again.",
        "play out",
        "the drill",
        None,
        None,
    ),
    # The verb and its light noun are one act; the preposition may hang on either.
    ("Soldiers opened fire on the protesters.", "open fire on", "Soldiers", "the protesters", None),
    ("Police took action against the gang.", "take action against", "Police", "the gang", None),
    # Only a verb that lends the noun its act: one praises or reviews what the noun names.
    (
        "The mayor praised the swift action of the crew.",
        "praise",
        "The mayor",
        "the swift action",
        None,
    ),
    (
        "Auditors reviewed the effect of the tax.",
        "review",
        "Auditors",
        "the effect of the tax",
        None,
    ),
    (
        'The governor said the dam held. "Engineers have already repaired the gate. '
        'We will reopen the road," she told reporters.',
        "repair",
        "Engineers",
        "the gate",
        "The governor",  # "she" goes on with the governor (a title after "the")
    ),
    (
        '"I will reopen the road," the governor said.',
        "reopen",
        "the governor",
        "the road",
        "the governor",
    ),
    # A demonstrative for a whole happening names no actor (test_wrong_actors.py).
    ("That, neighbours say, saved the bakery.", "save", None, "the bakery", "neighbours"),
    # Actors English leaves unsaid (test_implicit_actors.py has the rest).
    (
        "Auditors suspect the mayor of hiding the invoices.",
        "hide",
        "the mayor",
        "the invoices",
        "Auditors",
    ),
    (
        "The ombudsman accused the guards of beating a prisoner.",
        "beat",
        "the guards",
        "a prisoner",
        "The ombudsman",
    ),
    (
        "The union blamed the contractor for the collapse of the bridge.",
        "blame",
        "The union",
        "the contractor",
        None,
    ),
    (
        "The farmer, who was accused of poisoning the cattle, left the village.",
        "poison",
        "The farmer",
        "the cattle",
        None,
    ),
    ('"Nothing," said the harbour master.', "say", "the harbour master", None, None),
    ("Rebels entered the town after shelling its school.", "shell", "Rebels", "its school", None),
    ("The driver was arrested after hitting a cyclist.", "hit", "The driver", "a cyclist", None),
    (
        "The agency is known for spying on journalists.",
        "spy on",
        "The agency",
        "journalists",
        None,
    ),
    # Where one is told to keep away from is what the act is about, not where it happens.
    (
        "The coastguard advised swimmers to stay off the beaches.",
        "stay off",
        "swimmers",
        "the beaches",
        "The coastguard",
    ),
    # "their" before an event in an adjunct: either side of the clause when both could be
    # meant, so no actor; the object when the subject is one person; the subject when the
    # object is no group of people.
    (
        "Border troops killed twelve smugglers during their raid on the depot.",
        "raid",
        None,
        "the depot",
        None,
    ),
    (
        "The ministry said it had captured forty militants during their assault on the pass.",
        "assault",
        None,
        "the pass",
        "The ministry",
    ),
    (
        "A sniper wounded two soldiers during their assault on the ridge.",
        "assault",
        "their",
        "the ridge",
        None,
    ),
    (
        # "their" is the subject's own (kg.extract.anaphora), the sniper's above is not
        "The rebels shelled the harbour during their offensive on the coast.",
        "attack",
        "The rebels",
        "the coast",
        None,
    ),
    # Who does an infinitive under an adjective or a noun of intent: the one described,
    # the owner, the "by" phrase; the intent itself does nothing.
    (
        "The harbour guards were unable to hold the gate.",
        "hold",
        "The harbour guards",
        "the gate",
        None,
    ),
    (
        "The council's refusal to negotiate prolonged the strike.",
        "negotiate",
        "The council",
        None,
        None,
    ),
    (
        "An attempt by the rebels to storm the prison failed.",
        "storm",
        "the rebels",
        "the prison",
        None,
    ),
    ("The attempt to storm the prison failed.", "storm", None, "the prison", None),
    # Talks do nothing themselves: who is in them does.
    (
        "The mining firm is in talks to buy a smaller rival.",
        "buy",
        "The mining firm",
        "a smaller rival",
        None,
    ),
    ("Earlier negotiations to free the hostages failed.", "free", None, "the hostages", None),
    # A dummy "it" names no doer of the infinitive it stands for; a real one does.
    ("It is hard to verify the claims.", "verify", None, "the claims", None),
    ("It would be an honour to host the talks.", "host", None, "the talks", None),
    # (a real "it" in the words of an unnamed body is that body)
    ("The army said it was able to repel the raid.", "repel", "The army", "the raid", "The army"),
    # An infinitive asked about ("whether to", "how much to", "when to") is done by the one
    # who decides, asks or is told, wherever the parser hangs it; a bare question names no one.
    ("The cooperative will see how much to sell.", "sell", "The cooperative", "how much", None),
    ("The union will vote on whether to strike in May.", "strike", "The union", None, None),
    ("The mayors argued over when to close the ferry.", "close", "The mayors", "the ferry", None),
    (
        "The pilots were unsure about whether to land the plane.",
        "land",
        "The pilots",
        "the plane",
        None,
    ),
    (
        "The clerk asked her where to file the complaint.",
        "file",
        "The clerk",
        "the complaint",
        "The clerk",
    ),
    ("The colonel told them when to cross the river.", "cross", "them", "the river", "The colonel"),
    (
        "The question of whether to arm the guards divided the cabinet.",
        "arm",
        None,
        "the guards",
        None,
    ),
    # A claim the parse hung on the document it was made in, as if a relative clause whose
    # "that" is an object: no failing or seizing of the letter or the briefing.
    ("He wrote in a letter that the plan had failed.", "fail", None, "the plan", "He"),
    (
        "The minister told reporters in a briefing that the army had seized the town.",
        "seize",
        "the army",
        "the town",
        "The minister",
    ),
    # a "that" the tagger calls a conjunction is no object either
    (
        "He said in an interview with two reporters that the army had left.",
        "leave",
        "the army",
        None,
        "He",
    ),
    # a true relative clause on a document keeps its object
    ("She read the letter that he had sent.", "send", "he", "the letter", None),
    # The clause's subject does a gerund after "in addition to".
    (
        "In addition to shelling the port, the navy mined the bay.",
        "shell",
        "the navy",
        "the port",
        None,
    ),
]


@pytest.mark.parametrize(("text", "action", "actor", "target", "source"), CASES)
def test_roles(
    nlp: Language,
    text: str,
    action: str,
    actor: str | None,
    target: str | None,
    source: str | None,
) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor
    assert (event.target.text if event.target else None) == target
    assert (event.source.text if event.source else None) == source


def test_control_held_is_no_taking_of_control(nlp: Language) -> None:
    from kg.extract import extract

    # The noun names a state: who holds the port, not who took it.
    text = (
        "The port stayed under the control of the navy, and the rebels' control of the pass held."
    )
    events = extract(nlp(text), Document(id="d", text=text)).events
    assert "take control of" not in {event.action for event in events}
    taken = "The rebels took control of the pass."
    events = extract(nlp(taken), Document(id="d", text=taken)).events
    assert [event.action for event in events] == ["take control of"]


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        ("The rebels announced the control of a mountain pass on Friday.", "a mountain pass"),
        ("The army claimed control of the river port.", "the river port"),
        # A policy asked for, and a control pledged without what it holds, are no taking.
        ("Senators called for stricter control of imports.", None),
        ("The council pledged tighter control.", None),
        # Control announced of prices, a situation or an outbreak is a policy or a state,
        # and so is tighter control announced of anything.
        ("The ministry announced control of prices.", None),
        ("Police claimed control of the situation.", None),
        ("The board announced tighter control of the depot.", None),
    ],
)
def test_control_a_report_states_is_a_taking(
    nlp: Language, text: str, announced: str | None
) -> None:
    from kg.extract import extract

    events = extract(nlp(text), Document(id="d", text=text)).events
    taken = [event for event in events if event.action == "take control of"]
    if announced is None:
        assert not taken
    else:
        assert [event.target.text for event in taken if event.target] == [announced]
        assert taken[0].modality == "asserted"


def test_a_defence_ministry_claims_what_its_forces_did() -> None:
    from kg import build

    text = (
        "The Russian Defence Ministry said it had destroyed two bridges. "
        "The president called on the army to seize the airport."
    )
    graph = build([Document(id="claims", text=text)])
    events = {event.action: event for event in graph.events}
    destroy = events["destroy"]
    assert destroy.source is not None and destroy.actor is not None
    # The ministry is the source; the forces of its country did it.
    assert destroy.source.entity == "organization/russian-ministry-of-defence"
    assert destroy.actor.entity == "group/russian-forces"
    # The one asked is the actor of the request, and its maker the source.
    seize = events["seize"]
    assert seize.modality == "requested"
    assert seize.actor is not None and seize.actor.text == "the army"
    assert seize.source is not None and seize.source.text == "The president"
