"""Words the parse offers as a subject that never act, with the real English model.

Sentences written for these tests. Each case is a shape of news English where the
subject the parser gives is not who acts: a negation the parser took for the subject
in text split by spaces, a dateline's city, a noun that says what is to be done ("the
aim is to ..."), a time or a list after a preposition, a "by" phrase that says how.
Where the sentence names the doer elsewhere (the object of "get X to", the "by" of a
passive), that is the actor; where it names no one, there is none.
"""

from __future__ import annotations

import pytest
from extraction_fixtures import event_named
from spacy.language import Language

from kg.extract import extract
from kg.model import Document

CASES = [
    # text, action, actor (None: no actor), target (None: no target)
    # A negation split from its auxiliary is no subject; the auxiliary's subject is.
    ("If she does n't qualify , her coach will resign .", "qualify", "she", None),
    ("If they did n't pay the fine , the club would close .", "pay", "they", "the fine"),
    # A dateline's city is where the story was filed, not who acted.
    (
        "LAGOS ( Wire ) - Ghana and Togo opened a new border post on Friday .",
        "open",
        "Ghana",
        "a new border post",
    ),
    # A noun that says what is to be done does nothing; its owner does.
    ("Their aim is to seize the harbour before winter.", "seize", "Their", "the harbour"),
    ("The next step will be to rebuild the school.", "rebuild", None, "the school"),
    (
        "The job of the Red Cross is simply to inspect the camps.",
        "inspect",
        "the Red Cross",
        "the camps",
    ),
    ("The army is to withdraw its tanks next week.", "withdraw", "The army", "its tanks"),
    # Whom a verb gets or persuades to do something does it.
    (
        "The mediators will try to get both unions to end the strike.",
        "end",
        "both unions",
        "the strike",
    ),
    # A passive's "by" phrase names who does what the thing is used for.
    (
        "Old trucks were used by the smugglers to move the fuel.",
        "move",
        "the smugglers",
        "the fuel",
    ),
    # A participle joined to a passive is passive too: the victims did not rob anyone.
    ("Two cashiers were beaten and robbed by the gang.", "rob", "the gang", "cashiers"),
    # A question word or a relative pronoun left standing alone names no one.
    ("Detectives still cannot say who set the warehouse on fire.", "set", None, "the warehouse"),
    ("Nobody knows what damaged the dam last spring.", "damage", None, "the dam"),
    ("Who leaked the memo to the press?", "leak", None, "the memo"),
    ("That earned the striker a red card.", "earn", None, "a red card"),
    # A gerund the parse hangs on a verb of saying heads the subject of what is said: the
    # speaker does not do it.
    (
        "Ms Hale says shutting the depots down and moving the staff online is unworkable.",
        "shut down",
        None,
        "the depots",
    ),
    # A relative pronoun on its noun is that noun.
    ("The miners who blocked the road went home.", "block", "The miners", "the road"),
    # A name in apposition names the actor a title or a kind only describes.
    (
        "The harbour master, Tomas Berg, closed the port on Sunday.",
        "close",
        "Tomas Berg",
        "the port",
    ),
    ("The shipping firm Norlink suspended all crossings.", "suspend", "Norlink", "all crossings"),
    ("The driver, a man of about forty, fled the scene.", "flee", "The driver", "the scene"),
    # A "by" phrase on a verb joined to an active one says how, not by whom.
    ("The courier parked the van and left by the side door.", "leave", "The courier", None),
    # ... but a "by" that names people makes both participles passive, though the parser
    # made the first one active.
    (
        "A cyclist struck and injured by a drunk driver on Monday is recovering in hospital.",
        "strike",
        "a drunk driver",
        "A cyclist",
    ),
    (
        "A cyclist struck and injured by a drunk driver on Monday is recovering in hospital.",
        "injure",
        "a drunk driver",
        "A cyclist",
    ),
    # ... unless the first verb takes no object: then it is active without "was".
    ("The inmate escaped and caught by guards a day later.", "escape", "The inmate", None),
    ("The diplomat arrived and welcomed by the mayor at noon.", "arrive", "The diplomat", None),
    # What one has, spends or takes in doing something does not do it; who has it does.
    (
        "The clinic has had trouble paying its nurses since March.",
        "pay",
        "The clinic",
        "its nurses",
    ),
    ("The rangers spent much of the week clearing the trail.", "clear", "The rangers", "the trail"),
    ("The rangers spent three days clearing the trail.", "clear", "The rangers", "the trail"),
    (
        "The committee still has several issues to resolve before the vote.",
        "resolve",
        "The committee",
        None,
    ),
    ("The crews took two days to repair the bridge.", "repair", "The crews", "the bridge"),
    ("It took two hours to clear the road.", "clear", None, "the road"),
    # A thing meant or used for an act does not do it; its owner does, or no one.
    ("The new loans are aimed at preventing a wider crisis.", "prevent", None, "a wider crisis"),
    (
        "The army's broadcasts are aimed at frightening the villagers.",
        "frighten",
        "The army",
        "the villagers",
    ),
    # A thing had with a gerund does it itself.
    ("The settlement has a history going back to the Romans.", "go back", "a history", None),
    # A feeling, an amount, a thing seen or a trait does not act: alone it is what the
    # event is about; the owner of a plan acts by it, and so does the owner of a trait
    # that does something to someone, not one that only leads somewhere.
    ("Public anger grew after the fare rise.", "grow", None, "Public anger"),
    ("Interest rates rose again in March.", "rise", None, "Interest rates"),
    ("Thick smoke poured out of the warehouse.", "pour out", None, "Thick smoke"),
    ("The money bought a new roof for the school.", "buy", None, "a new roof"),
    ("That kind of hatred divided the town.", "divide", None, "the town"),
    ("His stubbornness led to a heavy defeat.", "lead to", None, "a heavy defeat"),
    ("Her plan would give every farmer a pension.", "give", "Her", "a pension"),
    ("The mayor's silence angered the families.", "anger", "The mayor", "the families"),
    # Who puts a text out does what it does; a text only read or found is left as it is.
    (
        "The ministry issued a statement that named none of the suspects.",
        "name",
        "The ministry",
        "none of the suspects",
    ),
    ("The governor signed an order lifting the curfew.", "lift", "The governor", "the curfew"),
    (
        "The council, which published a report that blamed the contractor, met on Monday.",
        "blame",
        "The council",
        "the contractor",
    ),
    ("The clerk read a letter praising the nurses.", "praise", "a letter", "the nurses"),
    # A kind of person may act, and so may the likes of someone; a body's inquiry finds.
    ("That kind of driver ignores the signs.", "ignore", "That kind of driver", "the signs"),
    ("The likes of Hart should not run the port.", "run", "The likes of Hart", "the port"),
    (
        "The commission's inquiry found no wrongdoing.",
        "find",
        "The commission's inquiry",
        "no wrongdoing",
    ),
    # What "be" says its subject is, it does not do: "this is (a way) to V" names no doer;
    # a person or a body that is to act, or is the choice to, does.
    ("This is not to excuse the delays at the port.", "excuse", None, "the delays"),
    ("This is the wrong way to run a school.", "run", None, "a school"),
    ("The deportation is a bid to move him to a harsher jail.", "move", None, "him"),
    (
        "This is not the right way to treat voters, without being able to answer their questions.",
        "answer",
        None,
        "their questions",
    ),
    ("The mayor is to open the bridge on Monday.", "open", "The mayor", "the bridge"),
    ("She is the obvious choice to lead the inquiry.", "lead", "She", "the inquiry"),
    ("A tug is under way to tow the barge.", "tow", "A tug", "the barge"),
    ("The club's preference is to sign him before May.", "sign", "The club", "him"),
    ("The fight is not about defending democracy.", "defend", None, "democracy"),
    # Nor what a verb says an act is part of: the treatment removes nothing, and "this"
    # gains no permits; a person or an owner still does ("the rebels' plan").
    ("The treatment involves removing the damaged tissue.", "remove", None, "the damaged tissue"),
    ("This entails renewing every licence.", "renew", None, "every licence"),
    ("The new rules require publishing the accounts.", "publish", None, "the accounts"),
    ("The ambush consisted of firing rockets at the convoy.", "fire", None, "rockets"),
    ("The rebels' plan includes seizing the harbour.", "seize", "The rebels", "the harbour"),
    ("The plan would mean the council closing three schools.", "close", "the council", "schools"),
    # A relative "whose" names no one: the noun its clause hangs on owns the thing.
    (
        "Investigators are questioning a farmer whose truck crashed into a school bus, killing"
        " two pupils.",
        "kill",
        "a farmer",
        "pupils",
    ),
    (
        "The council praised a baker whose plan will feed 300 children.",
        "feed",
        "a baker",
        "children",
    ),
    # A loss's "of" is who suffered it when people, else what was lost.
    ("The loss of life in the flood was grave.", "lose", None, "life"),
    ("The bank blamed the loss of deposits.", "lose", None, "deposits"),
    ("The losses of the rebel units were heavy.", "lose", "the rebel units", None),
    # An act put forward for anyone is not the adviser's: the study eats no salt.
    ("The study suggested eating less salt.", "eat", None, "less salt"),
    ("Experts advise keeping the windows open.", "keep", None, "the windows"),
    ("The senator has advocated closing the mine and selling the land.", "sell", None, "the land"),
    ("Doctors suggested avoiding crowded rooms.", "avoid", None, "crowded rooms"),
    # ... but a party that suggests a course may mean its own.
    ("They suggested moving the market to the square.", "move", "They", "the market"),
    # The act a thing calls for is no act of the thing: the cure soaks nothing.
    ("The cure involves soaking the roots in warm water.", "soak", None, "the roots"),
    ("The new post requires driving trucks across the border.", "drive", None, "trucks"),
    ("The repair entails lifting the whole engine out.", "lift out", None, "the whole engine"),
    # ... but one required to act does it.
    ("The coach required the players to run ten laps.", "run", "the players", "laps"),
    # An "it" that stands for the clause after its verb is no actor.
    ("It helped the farmers that the rain stopped early.", "help", None, "the farmers"),
    ("The rain helped the farmers.", "help", "The rain", "the farmers"),
    ("The levy is popular, and it would also help fund the clinic.", "fund", "it", "the clinic"),
    # ... but a clause with no "that" is the verb's own complement: the "it" helps.
    ("The toll was cut, and it will help drivers reach the coast.", "help", "it", None),
    # How to do a thing, told by a speaker, is not done by the speaker.
    ("She explained how to fold a napkin.", "fold", None, "a napkin"),
    ("He told the guests how to fold a napkin.", "fold", "the guests", "a napkin"),
    # A relative "which said" hung on a thing inside a written work's phrase: the work
    # says it (as it is the source of what it says), not the thing.
    (
        "Ana Ruiz read a story about her eating pears which said the crop was linked to floods.",
        "say",
        "a story",
        None,
    ),
    (
        "They found a letter inside the drawer that said the mayor had resigned.",
        "say",
        "a letter",
        None,
    ),
    # An analyst's "when adjusting for" names no one who adjusts; "accounting for" a share
    # is what the subject makes up.
    (
        "Nurses who moved to the city earned much higher pay, even when adjusting for the"
        " higher costs.",
        "adjust for",
        None,
        "the higher costs",
    ),
    (
        "Exports rose sharply, accounting for half of all sales.",
        "account for",
        "Exports",
        "half of all sales",
    ),
    # The noun before "is how to" names the question; the one who faces it does the act.
    ("The question we face in this town is how to keep rents low.", "keep", "we", "rents"),
    ("The challenge is how to reach the voters.", "reach", None, "the voters"),
    # "The hardest part is not being able to": the part is no one who could buy.
    (
        "The hardest part of the trip was not being able to buy fresh bread.",
        "buy",
        None,
        "fresh bread",
    ),
    ("He was being careful to avoid the press.", "avoid", "He", "the press"),
    # A time left by its preposition before the next subject is no part of its name.
    (
        "The guides said that while they were fishing on Monday afternoon disaster struck.",
        "strike",
        "disaster",
        None,
    ),
    # A participle joined to a caption's passive, or to one set on its noun, is passive too:
    # the soldiers were captured, they captured no one.
    (
        "Dozens of soldiers killed or captured in the raid were later exchanged.",
        "capture",
        None,
        "Dozens of soldiers",
    ),
    (
        "Dozens of rebels killed or captured in the raid were later freed.",
        "capture",
        None,
        "Dozens of rebels",
    ),
    (
        "The siege lasted four months, ending in March, at the cost of at least 9,000 French "
        "soldiers killed or captured.",
        "capture",
        None,
        "French soldiers",
    ),
    # One left "open to" an act undergoes it; a "by" names who would do it. "Open to" a
    # verb with an object is being willing, done by the one who is open.
    ("The minister was left open to blackmail after the leak.", "blackmail", None, "The minister"),
    (
        "The senator would be open to blackmail by foreign agents.",
        "blackmail",
        "foreign agents",
        "The senator",
    ),
    ("The depot remains open to attack from the hills.", "attack", None, "The depot"),
    ("The mayor is open to discuss the plan.", "discuss", "The mayor", "the plan"),
]


@pytest.mark.parametrize(("text", "action", "actor", "target"), CASES)
def test_actor(
    nlp: Language, text: str, action: str, actor: str | None, target: str | None
) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor
    assert (event.target.text if event.target else None) == target


def test_a_time_after_a_preposition_asks_no_one(nlp: Language) -> None:
    text = "Officials believe cheap boats could in future be used to smuggle fuel across the lake."
    event = event_named(nlp, text, "smuggle")
    assert event.actor is None
    assert event.target is not None and event.target.text == "fuel"


def test_a_negation_the_parser_made_the_subject_still_negates(nlp: Language) -> None:
    text = "If he does n't sign the deal , the talks will fail ."
    event = event_named(nlp, text, "sign")
    assert event.actor is not None and event.actor.text == "he"
    assert event.negated


IT_CASES = [
    # text, action, actor: the subject of the clause above, when it is a named country or
    # organisation; else "it" is left to resolution.
    ("Norway keeps a research station on Svalbard, where it tests new radars.", "test", "Norway"),
    ("Chile would lose a market if it raised the tariff.", "raise", "Chile"),
    ("The World Bank funds two clinics there and it plans a third.", "plan", "The World Bank"),
    # With a verb of saying, resolution reads "it" with its speaker.
    ("Peru said it had closed the border.", "close", "it"),
    # A person is no "it"; a dummy "it" stands for no one.
    ("The mayor visited the dam after it flooded the fields.", "flood", "it"),
    ("Estonia is cautious when it comes to new loans.", "come", None),
]


@pytest.mark.parametrize(("text", "action", "actor"), IT_CASES)
def test_it_in_a_clause_below_a_named_subject(
    nlp: Language, text: str, action: str, actor: str | None
) -> None:
    extraction = extract(nlp(text), Document(id="doc", text=text))
    found = [e for e in extraction.events if e.action == action]
    if actor is None:
        assert all(e.actor is None or e.actor.text == "it" for e in found)
        return
    assert found, [e.action for e in extraction.events]
    assert found[0].actor is not None and found[0].actor.text == actor


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # "it" after a happening stands for the happening, which no one did.
        ("The council backed the strike before it began.", "begin", None),
        ("Officials feared a riot, and it erupted at noon.", "erupt", None),
        # With an object "it" is a doer.
        ("The navy held drills, and it began shelling the coast.", "begin", "it"),
    ],
)
def test_it_after_a_happening_does_not_act(
    nlp: Language, text: str, action: str, actor: str | None
) -> None:
    events = extract(nlp(text), Document(id="doc", text=text)).events
    found = [e for e in events if e.action.split()[0] == action]
    assert all((e.actor.text if e.actor else None) == actor for e in found)
    if actor is not None:
        assert found


def test_the_name_after_the_body_a_spokesman_works_for_is_the_actor(nlp: Language) -> None:
    # The parse hangs the name on the company; a person is no apposition to a company.
    text = "A spokesman for the Harlow Rail Company, Peter Vance, closed the depot."
    event = event_named(nlp, text, "close")
    assert event.actor is not None and event.actor.text == "Peter Vance"


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # A thing something is done to does not do what it is done for; nor does "nothing".
        ("If nothing is done to stop it, the river will flood the town.", "stop", None),
        ("Candlelit vigils were held to mark the anniversary of the flood.", "mark", None),
        # People sent or deployed do it.
        ("Troops were deployed to guard the polling stations.", "guard", "Troops"),
        # The body named before an intent does what it intends, not the subject above it;
        # the one who orders does not do what is ordered.
        ("The mayor praised the council efforts to clear the old harbour.", "clear", "council"),
        ("She ignored a court order to leave the house.", "leave", "She"),
    ],
)
def test_who_does_what_a_passive_or_an_intent_is_for(
    nlp: Language, text: str, action: str, actor: str | None
) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # The parser splits a hyphenated word; the actor is the whole word.
        (
            "Vice-chancellors warned that the cuts would close departments.",
            "warn",
            "Vice-chancellors",
        ),
        (
            "Two-thirds of the members voted against the plan.",
            "vote against",
            "Two-thirds of the members",
        ),
    ],
)
def test_an_actor_is_never_cut_at_a_hyphen(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


def test_nothing_and_something_do_nothing(nlp: Language) -> None:
    # A thing pronoun is no actor; alone, it is not what the event is about either.
    assert event_named(nlp, "Something hit the car at the crossing.", "hit").actor is None
    event = event_named(nlp, "Nothing in the new rules frees the ministry of its duties.", "free")
    assert event.actor is None and event.target is not None
    text = "Nothing has changed since the vote."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert all(e.actor is None and e.target is None for e in events if e.action == "change")


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # A call, a means or a rule hung with an infinitive does not do it.
        ("The minister brushed aside fresh calls to resign over the scandal.", "resign over", None),
        ("The council drew up new measures to cut traffic in the old town.", "cut", None),
        ("The firm shipped a patch to close the flaw and protect its users.", "protect", None),
        # Someone who can act does, and so does the owner or the people of a thing.
        ("She is the only person to swim the channel twice.", "swim", "the only person"),
        ("He is not the kind of man to give up a fight.", "give up", "the kind of man"),
        # A thing ranked among those that did it did it.
        ("The first ship to reach the port carried grain.", "reach", "The first ship"),
        # A text does what a verb of saying says ("a report to warn drivers").
        ("The agency published a report to warn drivers about the ice.", "warn", "a report"),
    ],
)
def test_a_thing_hung_with_an_infinitive_does_not_do_it(
    nlp: Language, text: str, action: str, actor: str | None
) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor


@pytest.mark.parametrize(
    ("text", "action", "target"),
    [
        # "with X done": X had it done to it; no one is named who did it.
        (
            "The storm moved north, with dozens of roofs torn off in the port.",
            "tear off",
            "dozens of roofs",
        ),
        ("With the bridge closed for repairs, drivers took the ferry.", "close", "the bridge"),
    ],
)
def test_a_participle_after_with_is_passive(
    nlp: Language, text: str, action: str, target: str
) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is None
    assert event.target is not None and event.target.text == target


def test_a_participle_after_with_keeps_its_by(nlp: Language) -> None:
    text = "The count ended late, with the last ballots checked by two clerks."
    event = event_named(nlp, text, "check")
    assert event.actor is not None and event.actor.text == "clerks"


def test_a_thing_left_out_as_the_infinitives_object_is_its_target(nlp: Language) -> None:
    event = event_named(nlp, "The only flaw to fix was a loose hinge.", "fix")
    assert event.actor is None
    assert event.target is not None and event.target.text == "The only flaw"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "you" and "one" said of anyone, outside any quote: the reader, no one of the story.
        ("If you rent a flat in the old town, you pay the water tax.", "pay"),
        ("You have to book the ferry a week ahead in summer.", "book"),
        ("One would expect the council to publish the figures.", "expect"),
        ("No one can repair the old mill before the spring floods.", "repair"),
    ],
)
def test_a_generic_you_or_one_is_no_actor(nlp: Language, text: str, action: str) -> None:
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert all(e.actor is None for e in events if e.action == action)


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # Inside a quote, the one the speaker speaks to may be meant: left as said.
        ('"If you rent a flat here, you pay the water tax," the mayor said.', "pay", "you"),
        # The doer of a past act, the one asked, called by name or told: someone.
        ("You closed the clinic in 2019, senator.", "close", "You"),
        ("Can you explain the delay to the families?", "explain", "you"),
        ("Was this the contract you would have signed?", "sign", "you"),
        ("Mara, you will lead the team next season.", "lead", "you"),
        ('"You are hiding the report," she told the mayor.', "hide", "You"),
        ("If you could show me the receipts, I would pay.", "show", "you"),
        ("You or your lawyers hold the original letters.", "hold", "You"),
        ("One of the guards opened the gate.", "open", "One of the guards"),
        ("Two men ran off, and one who broke a window was caught.", "break", "one"),
        # A "one" that stands for a noun: counted, set against another, with a relative
        # clause, after its verb.
        ("The mill wants a new owner, one who keeps the old staff.", "keep", "one"),
        ('"The talks will go on," says one.', "say", "one"),
        ("Three barges were stopped; one carries grain for the mill.", "carry", "one"),
        ("One says the bridge will open in May, while another says June.", "say", "One"),
    ],
)
def test_a_you_or_one_spoken_to_or_of_stays(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


PHRASE_CASES = [
    # text, action, actor: a word that names no one in particular keeps the phrase that
    # says who ("those in the camps", "anyone with information"); a time, an example or a
    # range does not say who.
    ("Those with the largest loans sold their farms.", "sell", "Those with the largest loans"),
    ("Anyone with information should call the hotline.", "call", "Anyone with information"),
    ("Many in the port town opposed the plan.", "oppose", "Many in the port town"),
    ("People with small pensions left the region.", "leave", "People with small pensions"),
    ("Police urged everyone in the valley to leave.", "leave", "everyone in the valley"),
    ("Those on Monday who voted were few.", "vote", "Those"),
]


@pytest.mark.parametrize(("text", "action", "actor"), PHRASE_CASES)
def test_a_phrase_says_who_a_pronoun_names(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    event = event_named(nlp, text, action)
    assert event.actor is not None and event.actor.text == actor


def test_where_the_people_a_phrase_names_are_stays_the_place(nlp: Language) -> None:
    # The phrase now in the actor's span still says where it happened, as in "residents
    # in the valley fled".
    event = event_named(nlp, "Some in Tallinn have protested the new tax.", "protest")
    assert event.actor is not None and event.actor.text == "Some in Tallinn"
    assert [p.argument.text for p in event.places] == ["Tallinn"]


def test_a_speaker_keeps_the_phrase_that_says_who(nlp: Language) -> None:
    # As the actor does: "some in the crowd" and "some of the farmers" say, "some of them"
    # is left to resolution.
    for text, speaker in [
        ("Some in the crowd said the guards had pushed first.", "Some in the crowd"),
        ("Some of the farmers said the guards had pushed first.", "Some of the farmers"),
        ("Some of them said the guards had pushed first.", "Some"),
    ]:
        event = event_named(nlp, text, "push")
        assert event.source is not None and event.source.text == speaker


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # "who" stands for people, not for the place the parse hung it on when the place's
        # phrase hangs on the verb.
        (
            "The minister vowed to fine tourists to Portugal who overstay their visas.",
            "overstay",
            "tourists",
        ),
        (
            "The ruling angered many farmers in the province who blame the courts.",
            "blame",
            "many farmers",
        ),
        # The one a request is addressed to does what is asked, not the one who asks.
        ("The colonel sent orders to his officers to seal the border.", "seal", "his officers"),
        (
            "The mayor made an appeal to local firms to hire more apprentices.",
            "hire",
            "local firms",
        ),
        # A request asks; it does nothing itself.
        ("We are disappointed at the response to our demand to close the plant.", "close", None),
        # Whose intent an "of" or "on the part of" names does what is intended.
        ("Nobody doubted the determination of the miners to win the strike.", "win", "the miners"),
        ("There was no desire on his part to lead the party.", "lead", "his"),
        # A thing used or designed for an act is its means, not its doer.
        ("Police seized three boats used to smuggle migrants.", "smuggle", None),
        ("Moscow imposed sanctions designed to hurt the Turkish economy.", "hurt", None),
        # The one a preventing verb keeps from an act would have done it, not the preventer.
        ("Police stopped the marchers from entering the square.", "enter", "the marchers"),
        ("The new law prevents landlords from evicting tenants in winter.", "evict", "landlords"),
        (
            "The union urged the minister to stop the firm from closing the plant.",
            "close",
            "the firm",
        ),
        # Passive: the one barred, as before.
        ("The clerks were barred from leaving the building.", "leave", "The clerks"),
        # The one sent or engaged does what they are sent or engaged for.
        ("The agency sent three engineers to inspect the bridge.", "inspect", "engineers"),
        ("The council convened a panel to review the rules.", "review", "a panel"),
        ("The club paid the striker to leave early.", "leave", "the striker"),
        # Not the one met or taken along.
        ("The mayor met the minister to discuss the budget.", "discuss", "The mayor"),
        ("The minister took reporters on a tour to show the damage.", "show", "The minister"),
        # The one given something does what it is given to do, not the giver.
        ("The club paid the goalkeeper a bonus to stay.", "stay", "the goalkeeper"),
        ("The farm hired pickers, paying them $5 an hour to work long shifts.", "work", "them"),
        ("The treaty gives parliament 90 days to examine the deal.", "examine", "parliament"),
        ("The decree grants the provinces the power to levy taxes.", "levy", "the provinces"),
        ("The tenants were given a week to leave the flats.", "leave", "The tenants"),
        # A time given, which the parser hangs on the verb.
        ("The landlord gave the tenants a month to leave the flats.", "leave", "the tenants"),
        ("The judge gave the bank until Friday to respond.", "respond", "the bank"),
        ("The general gave his men orders to hold the bridge.", "hold", "his men"),
        # Not when the thing given is the giver's own act or words, nor when the infinitive
        # is done to the one given: the giver does it, not the thing given.
        ("The coach gave the players a pep talk to lift their spirits.", "lift", "The coach"),
        ("The nurse gave the twins sweets to keep them quiet.", "keep", "The nurse"),
        # The noun of a relative clause does what the clause says someone says of it, not
        # the one who says it, whichever verb the parser hangs "who" on.
        ("The man who police say attacked the guard was arrested.", "attack", "The man"),
        ("The man who police say attacked the guard was arrested.", "say", "police"),
        ("Police arrested a man who they said had stabbed two women.", "stab", "a man"),
        (
            "The mayor blasted the developers who he said ignored the rules.",
            "ignore",
            "the developers",
        ),
        ("The mayor blasted the developers who he said ignored the rules.", "say", "he"),
        # nor when the parse did not make the clause a relative one: the sayer did not
        # leave the vacuum (the noun "which" stands for, the parse does not give).
        (
            "Critics blame the closure of clinics in 2011, which they say left a gap that"
            " charities filled.",
            "leave",
            None,
        ),
        # A passive said of it is done to it.
        ("Roe signed a letter that he said was drafted by the firm.", "draft", "the firm"),
        # What an act happens amid is the scene, not the subject's doing; after another
        # preposition the subject does the gerund, as before.
        (
            "Ferry companies cancelled sailings to the islands amid fighting on the coast.",
            "fight",
            None,
        ),
        ("Talks resumed amid shelling near the border.", "shell", None),
        ("The rebels took the bridge after shelling it.", "shell", "The rebels"),
        # A gerund under a noun of plan, intent or chance is its owner's, as an infinitive
        # is; with no owner, no one is named.
        ("The general set out his strategy for defeating the rebels.", "defeat", "his"),
        ("Analysts doubted the party's chances of winning the seat.", "win", "the party"),
        ("The risk of flooding the valley worried the engineers.", "flood", None),
        # A relative clause with no "that": "a" never goes with the plural after it, so
        # "a win" is the other noun's, and the subject is the plural alone; after a verb of
        # saying, "a" before a plural is a slip and the words stay.
        (
            "The mayor told reporters it’s a win residents worked toward for years.",
            "work",
            "residents",
        ),
        ("It is a reform nurses have demanded for years.", "demand", "nurses"),
        ("Officers said a patrol units turned on its lights.", "turn on", "a patrol units"),
        ("Night nurses have demanded the reform for years.", "demand", "Night nurses"),
    ],
)
def test_the_noun_that_names_the_doer_in_the_phrase_around_it(
    nlp: Language, text: str, action: str, actor: str | None
) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor


def test_an_order_to_someone_is_asked_of_them(nlp: Language) -> None:
    event = event_named(nlp, "The colonel sent orders to his officers to seal the border.", "seal")
    assert event.modality == "requested"


def test_the_speaker_of_who_hung_on_a_place_is_the_people(nlp: Language) -> None:
    text = "The ruling angered some farmers in the province who say the judges were bribed."
    event = event_named(nlp, text, "bribe")
    assert event.source is not None and event.source.text == "some farmers"


def test_an_act_kept_from_by_a_from_hung_on_the_object_is_negated(nlp: Language) -> None:
    # The parse may hang "from" on the object ("bans [councils from charging]").
    event = event_named(nlp, "The ruling bans councils from charging the fee.", "charge")
    assert (event.actor.text if event.actor else None, event.negated) == ("councils", True)


def test_a_thing_done_to_does_not_do_the_gerund_after_it(nlp: Language) -> None:
    # The penalties are imposed on whoever claims; no one is named, so no actor.
    text = "Penalties can be imposed for falsely claiming to be a nurse."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert [e.actor.text for e in extraction.events if e.actor] == []
    # A person done to does it ("was fired for"), and so does a made thing that moves.
    assert event_named(nlp, "The guard was fired for sleeping on duty.", "sleep on").actor
    ship = event_named(nlp, "The ship was seized after entering the harbour.", "enter")
    assert ship.actor is not None and ship.actor.text == "The ship"


def test_a_chain_that_ends_in_a_passive_is_done_to_its_subject(nlp: Language) -> None:
    # The subject of "continue" is the one allowed or held, not the one who allows or holds.
    text = (
        "Street parking will continue to be allowed after dark. "
        "The two journalists continue to be held without charge."
    )
    events = extract(nlp(text), Document(id="doc", text=text)).events
    roles = {(e.action, e.actor, e.target.text if e.target else None) for e in events}
    assert roles >= {
        ("continue to allow", None, "Street parking"),
        ("continue to hold", None, "The two journalists"),
    }


def test_a_title_in_quotation_marks_names_the_work_not_its_kind(nlp: Language) -> None:
    text = (
        'The spy thriller "Cold Harbour" opened in forty cinemas. '
        'Her memoir "Paris" sold a million copies. '
        'Crime drama "Low Tide" and comedy "Big Sky" won nothing.'
    )
    events = extract(nlp(text), Document(id="doc", text=text)).events
    # The work, with no label: not the city "Paris" names alone.
    actors = {(e.action, e.actor.text, e.actor.label) for e in events if e.actor}
    assert actors >= {
        ("open", "Cold Harbour", ""),
        ("sell", "Paris", ""),
        ("win", "Low Tide", ""),
        ("win", "Big Sky", ""),
    }


def test_who_says_it_of_a_relative_clauses_noun_is_the_source(nlp: Language) -> None:
    event = event_named(nlp, "The man who police say attacked the guard was arrested.", "attack")
    assert event.source is not None and event.source.text == "police"


def test_a_place_after_for_is_what_is_sought_not_where(nlp: Language) -> None:
    # "for" with a verb that is no going names what is asked, voted or paid for.
    called = event_named(nlp, "The union called for a new clinic in the valley.", "call for")
    assert called.target is not None and called.target.text == "a new clinic"
    paid = event_named(nlp, "The levy could pay for a new school.", "pay for")
    assert paid.target is not None and paid.target.text == "a new school"
    # A verb of going has a destination after "for", not a target.
    left = event_named(nlp, "The family left for the airport on Sunday.", "leave")
    assert left.target is None


def test_a_school_or_hospital_doing_what_a_body_does_acts(nlp: Language) -> None:
    trial = event_named(nlp, "Several hospitals are experimenting with robots.", "experiment with")
    assert trial.actor is not None and trial.actor.text == "Several hospitals"
    assert trial.target is not None and trial.target.text == "robots"
    # A building that changes is what the event is about, as before.
    fell = event_named(nlp, "The old school collapsed after the storm.", "collapse")
    assert fell.actor is None
    assert fell.target is not None and fell.target.text == "The old school"


def test_the_one_expected_to_act_does_it(nlp: Language) -> None:
    text = "The governor is expected to sign the budget on Friday."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert [e.action for e in events] == ["sign"]
    sign = events[0]
    assert sign.actor is not None and sign.actor.text == "The governor"
    assert sign.target is not None and sign.target.text == "the budget"
    assert sign.modality == "future" and not sign.negated
    absent = event_named(nlp, "The coach is not expected to attend the dinner.", "attend")
    assert absent.actor is not None and absent.actor.text == "The coach"
    assert absent.negated
    # The active "expects to" stays a chain of its own: the expecting is the act.
    hoped = event_named(nlp, "The coach expects to win the cup.", "expect to win")
    assert hoped.actor is not None and hoped.actor.text == "The coach"


def test_one_who_forces_an_act_is_not_its_source(nlp: Language) -> None:
    # Forcing is no saying: the act forced is told by the writer, not claimed by the forcer.
    text = (
        "Heavy snow forced the organisers to cancel the parade. "
        "The rebels compelled the villagers to leave their farms."
    )
    events = extract(nlp(text), Document(id="doc", text=text)).events
    roles = {(e.action, e.actor.text if e.actor else None) for e in events}
    assert roles >= {("cancel", "the organisers"), ("leave", "the villagers")}
    assert [e.source for e in events if e.action in {"cancel", "leave"}] == [None, None]
    # An order is words: the one who orders is its source, as before.
    ordered = event_named(nlp, "The mayor ordered the crowd to go home.", "go")
    assert ordered.source is not None and ordered.source.text == "The mayor"


def test_what_takes_place_is_the_event_before_of_not_the_noun_after(nlp: Language) -> None:
    # The parser hangs "which took place" on "the village": the village took no place.
    text = "The shelling of the village, which took place on Sunday, killed four."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert "take place" not in {e.action for e in events}
    shelling = event_named(nlp, text, "shell")
    assert shelling.target is not None and shelling.target.text == "the village"
    assert shelling.time is not None and shelling.time.text == "Sunday"
    # So with another preposition of the event noun: the village took no place either.
    raid = "The raid on the village, which took place at dawn, killed three people."
    assert "take place" not in {e.action for e in extract(nlp(raid), Document("d", raid)).events}
    done = event_named(nlp, raid, "raid")
    assert done.target is not None and done.target.text == "the village"


def test_a_share_keeps_its_number(nlp: Language) -> None:
    # "percent of the nurses" or "%" alone names no one: the share is the number and its unit.
    text = (
        "About 60 percent of the nurses joined the strike. "
        "Only 12% backed the offer. "
        "The union won 55 per cent of the seats."
    )
    events = extract(nlp(text), Document(id="doc", text=text)).events
    roles = {(e.action, e.actor.text if e.actor else None) for e in events}
    assert roles >= {("join", "About 60 percent of the nurses"), ("back", "Only 12%")}
    won = event_named(nlp, text, "win")
    assert won.target is not None and won.target.text == "55 per cent of the seats"
    # A count of people is still a figure apart from the people it counts.
    fled = event_named(nlp, "About 30 soldiers fled the base.", "flee")
    assert fled.actor is not None and fled.actor.text == "soldiers"


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        ("The water district raised its rates in March.", "raise", "The water district"),
        ("After a long debate the district adopted the new calendar.", "adopt", "the district"),
    ],
)
def test_a_district_governs_as_a_county_does(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    found = event_named(nlp, text, action)
    assert found.actor is not None and found.actor.text == actor


def test_a_district_done_to_is_the_target(nlp: Language) -> None:
    found = event_named(nlp, "Rockets hit the district on Sunday.", "hit")
    assert found.target is not None and found.target.text == "the district"


def test_a_plural_measure_keeps_its_number(nlp: Language) -> None:
    # "tonnes of grain" or "kilometres" alone tells no one how much: a plural measure, found
    # by its lemma, keeps its number as the singular and the abbreviation do.
    text = "The barge carried 20 tonnes of grain. The patrol searched 3 kilometres of shore."
    carried = event_named(nlp, text, "carry")
    assert carried.target is not None and carried.target.text == "20 tonnes of grain"
    searched = event_named(nlp, text, "search")
    assert searched.target is not None and searched.target.text == "3 kilometres of shore"


def test_a_setting_one_is_in_is_not_who_acts(nlp: Language) -> None:
    # "in custody helping": the parser hangs the participle on the custody; those in it help.
    helped = event_named(
        nlp, "The two drivers are now in police custody assisting with inquiries.", "assist with"
    )
    assert helped.actor is not None and helped.actor.text == "The two drivers"
    worked = event_named(nlp, "Five nurses were inside the hall working on the plan.", "work on")
    assert worked.actor is not None and worked.actor.text == "nurses"
    # A document announces, as a report says; a town acts through its people.
    told = event_named(
        nlp, "The chief said in a statement announcing the deal that it was done.", "announce"
    )
    assert told.actor is not None and told.actor.text == "a statement"
    mourned = event_named(
        nlp, "He will be buried in a city grieving the loss of its son.", "grieve"
    )
    assert mourned.actor is not None and mourned.actor.text == "a city"


def test_goods_that_sell_for_a_price_are_sold_not_sellers(nlp: Language) -> None:
    cards = event_named(nlp, "The cards sell for 500 dollars.", "sell for")
    assert cards.actor is None
    assert cards.target is not None and cards.target.text == "The cards"
    stock = event_named(nlp, "Dealers have plenty of them selling for high prices.", "sell for")
    assert stock.actor is None
    assert stock.target is not None and stock.target.text == "plenty of them"
    # With its object, or with no price, the subject is the seller, as before.
    sold = event_named(nlp, "She sold the cards for 500 dollars.", "sell")
    assert sold.actor is not None and sold.actor.text == "She"
    assert sold.target is not None and sold.target.text == "the cards"
    sells = event_named(nlp, "She sells to builders.", "sell to")
    assert sells.actor is not None and sells.actor.text == "She"


def test_goods_that_sold_out_are_sold_not_sellers(nlp: Language) -> None:
    oven = event_named(nlp, "The bakery said the new oven sold out within a day.", "sell out")
    assert oven.actor is None
    assert oven.target is not None and oven.target.text == "the new oven"
    # A person or a group that sold out sold, as before.
    band = event_named(nlp, "The band sold out years ago.", "sell out")
    assert band.actor is not None and band.actor.text == "The band"
    firm = event_named(nlp, "The firm sold out to a rival.", "sell out to")
    assert firm.actor is not None and firm.actor.text == "The firm"


def test_the_sides_of_a_happening_between_are_not_its_targets(nlp: Language) -> None:
    # "a battle is going on between A and B": nothing is done to either side by the going on.
    text = "A battle is going on between the army and the rebels."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert not [e for e in events if e.target is not None and e.target.text == "the army"]
    # "clashes broke out between A and B": the clashes are the event, the sides its actors.
    text = "Clashes broke out between the crowd and police when the crowd attacked the bank."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    clashes = [e for e in events if e.action == "clash"]
    assert {e.actor.text for e in clashes if e.actor} == {"the crowd", "police"}
    assert all(e.target is None for e in clashes)
    # A number range after "between" on an act is still what it was done to.
    destroyed = event_named(nlp, "The army destroyed between 10 and 20 drones.", "destroy")
    assert destroyed.target is not None


def test_a_participle_after_what_a_be_says_is_passive(nlp: Language) -> None:
    # "is sharp and coated with resin": the blade was coated; it coated nothing.
    coated = event_named(nlp, "The blade is sharp and coated with resin.", "coat")
    assert coated.actor is None
    assert coated.target is not None and coated.target.text == "The blade"
    designed = event_named(
        nlp, "Critics say the vote is a sham and designed to fool the public.", "design"
    )
    assert designed.actor is None
    assert designed.target is not None and designed.target.text == "the vote"
    # "made to be sharp and covered": the "to be" has no subject; the one made is covered.
    text = "The tool was a stone that was made to be sharp on one side and covered with resin."
    covered = event_named(nlp, text, "cover")
    assert covered.actor is None
    assert covered.target is not None and covered.target.text == "a stone"
    # A participle that only describes, as an adjective does, is given no one it was done to.
    text = "Vale was patient and measured, and his approach was paying off in round two."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert not [e for e in events if e.action == "measure" and e.target is not None]


def test_a_noun_of_intent_the_parser_made_a_subject_is_no_doer(nlp: Language) -> None:
    # "said the mayor's push to approve the tower angered them": the parse makes "push" the
    # subject of "approve". A push presses others (the council approves): no one is named.
    text = "Resident Ann Smith said the mayor's late push to approve the tower angered her."
    approve = event_named(nlp, text, "approve")
    assert approve.actor is None
    assert approve.target is not None and approve.target.text == "the tower"
    # A pitch to build is the firm's own plan: the firm builds.
    build = event_named(nlp, "The firm's pitch to build a casino in the harbour failed.", "build")
    assert build.actor is not None and build.actor.text.startswith("The firm")


def test_an_owned_act_is_not_the_doer_of_its_infinitive(nlp: Language) -> None:
    # "the coach's announcement to step down": an announcement does nothing; its owner does.
    text = "The club met on the day of the coach's announcement to step down from the post."
    stepped = event_named(nlp, text, "step down")
    assert stepped.actor is not None and stepped.actor.text.startswith("the coach")
    text = "The mayor is touting his party's work to bring young voters into politics."
    bring = event_named(nlp, text, "bring")
    assert bring.actor is not None and bring.actor.text.startswith("his party")
    # "his platform focuses on boosting jobs": the platform's owner boosts them.
    text = "The mayor's campaign countered that his platform focuses on boosting local jobs."
    boost = event_named(nlp, text, "boost")
    assert boost.actor is not None and boost.actor.text == "his"


def test_a_by_phrase_of_an_amount_names_no_doer(nlp: Language) -> None:
    # "has warmed by more than 2 degrees": how much, not by whom.
    warmed = event_named(nlp, "My town has warmed by more than 2 degrees since 1900.", "warm")
    assert warmed.actor is None or warmed.actor.text == "My town"
    risen = event_named(nlp, "The river has risen by more than 2 metres.", "rise")
    assert risen.actor is None or risen.actor.text == "The river"
    # A share of people is who did it.
    backed = event_named(nlp, "The bill was backed by 60 percent of voters.", "back")
    assert backed.actor is not None and backed.actor.text == "60 percent of voters"


def test_a_time_phrase_is_no_speaker_nor_doer(nlp: Language) -> None:
    # "for a second time saying": the parse hangs the participle on the time; the one
    # who dodged says it.
    text = 'On air he dodged the query for a second time saying "We are doing our best."'
    said = event_named(nlp, text, "say")
    assert said.actor is not None and said.actor.text == "he"


def test_what_a_matter_is_about_has_no_doer_named(nlp: Language) -> None:
    # "it is about trying to get ...": the "it" is the matter, which tries nothing.
    text = 'She said: "It is about trying to get the best result we can."'
    tried = event_named(nlp, text, "try to get")
    assert tried.actor is None
    text = "This is all about keeping costs down, the chief said."
    kept = event_named(nlp, text, "keep down")
    assert kept.actor is None


def test_the_one_a_picture_shows_does_its_participle(nlp: Language) -> None:
    # "an old photo of the mayor smiling": the mayor smiles, not the photo.
    text = "Even an old photo of the mayor smiling at the crowd turned into a headache."
    smiled = event_named(nlp, text, "smile at")
    assert smiled.actor is not None and smiled.actor.text == "the mayor"
    text = "Footage of police charging the crowd was shown on television."
    charged = event_named(nlp, text, "charge")
    assert charged.actor is not None and charged.actor.text == "police"


def test_a_by_phrase_of_how_much_a_passive_changed_names_no_doer(nlp: Language) -> None:
    # A verb of change in the passive: its "by" says how far the subject moved.
    raised = event_named(nlp, "Bus fares were raised by 5 percent last spring.", "raise")
    assert raised.actor is None
    assert raised.target is not None and raised.target.text == "Bus fares"
    cut = event_named(nlp, "Rents in the old quarter were cut by a third.", "cut")
    assert cut.actor is None
    # A vote or a margin counts the doers' choice; it names none of them.
    passed = event_named(nlp, "The zoning bill was approved by a vote of 7 to 2.", "approve")
    assert passed.actor is None
    # On a verb of choosing a share is of people, who did it.
    picked = event_named(nlp, "The cheaper option was picked by about a third.", "pick")
    assert picked.actor is not None and picked.actor.text == "about a third"
    # Factors are no amount.
    swayed = event_named(nlp, "The judge was not swayed by those factors.", "sway")
    assert swayed.actor is not None and swayed.actor.text == "those factors"


def test_a_possessor_acts_without_its_possessive_ending(nlp: Language) -> None:
    # "the coach's announcement to retire": the actor is the coach, not "the coach's".
    retire = event_named(nlp, "The coach's announcement to retire stunned the club.", "retire")
    assert retire.actor is not None and retire.actor.text == "The coach"
    # Text split by spaces keeps no stray apostrophe.
    text = "The club ’ s decision to sell the ground angered fans."
    sell = event_named(nlp, text, "sell")
    assert sell.actor is not None and sell.actor.text == "The club"


def test_a_relative_clause_on_a_description_beside_a_name_is_the_name(nlp: Language) -> None:
    # "Acme Labs, a firm that tests bridges": the firm that tests them is Acme Labs.
    text = "The council hired Orbis Labs, a firm that tests bridges, last year."
    tests_bridges = event_named(nlp, text, "test")
    assert tests_bridges.actor is not None and tests_bridges.actor.text == "Orbis Labs"
    # A name the model gave no type, with a description of a body.
    text = "We engaged KTRB, the organization which rates transit systems, to study the plan."
    rates = event_named(nlp, text, "rate")
    assert rates.actor is not None and rates.actor.text == "KTRB"
    # A description beside another description is left as it is.
    text = "The mayor, a man who hates delays, opened the bridge."
    assert event_named(nlp, text, "hate").actor.text == "a man"
    # An act beside a name is what was done to it; a person's noun is no firm.
    text = "Officials fined Orbis Labs, a move that angered its backers."
    assert event_named(nlp, text, "anger").actor.text != "Orbis Labs"
    text = "The prize went to Acme Corp, a chemist who tests bridges."
    assert event_named(nlp, text, "test").actor.text != "Acme Corp"


def test_the_one_attacked_or_beaten_does_not_do_what_it_was_for(nlp: Language) -> None:
    # "crushed the chosen candidate to win a seat": the winner wins it, not the one crushed.
    text = "He was a local favorite who crushed the party's chosen candidate to win a seat."
    assert event_named(nlp, text, "win").actor.text == "a local favorite"
    text = "Police hit the protesters to clear the square."
    assert event_named(nlp, text, "clear").actor.text == "Police"
    # A verb of pressing still has its object do it.
    text = "The coach pushed his players to win the title."
    assert event_named(nlp, text, "win").actor.text == "his players"


def test_the_one_who_commits_or_imposes_an_act_does_it(nlp: Language) -> None:
    # "the gang committed a robbery": the robbery is the gang's.
    assert event_named(nlp, "The gang committed a robbery in the town.", "rob").actor.text == (
        "The gang"
    )
    text = "The league has threatened to impose a trade embargo on the island."
    assert event_named(nlp, text, "embargo").actor.text == "The league"
    text = "An embargo was imposed on the country by the council."
    assert event_named(nlp, text, "embargo").actor.text == "the council"


def test_the_one_who_issues_an_act_does_it(nlp: Language) -> None:
    # "the board issued a ban": the ban is the board's, as an imposed embargo is.
    text = "The board issued a ban on night flights."
    assert _doers_of(nlp, text, "ban") == ["The board"]
    text = "A ban on night flights was issued by the board."
    assert _doers_of(nlp, text, "ban") == ["the board"]


@pytest.mark.parametrize(
    ("text", "trigger", "doers"),
    [
        # The parse hangs the passive's "by" on the act the verb keeps as its object.
        ("The port was given an ultimatum by the strikers.", "given", ["the strikers"]),
        ("The village was handed a warning by the militia.", "handed", ["the militia"]),
        # A thing's "by" hung on it is its maker, not who gave it.
        ("She was given a book by Tolstoy.", "given", []),
    ],
)
def test_a_by_on_the_act_a_passive_keeps_names_the_giver(
    nlp: Language, text: str, trigger: str, doers: list[str]
) -> None:
    assert _doers_of(nlp, text, trigger) == doers


def test_no_doer_from_committing_what_one_undergoes_or_is_accused_of(nlp: Language) -> None:
    # The one put to death dies; those who impose it do not.
    text = "The judges would never impose death for such crimes."
    assert _doers_of(nlp, text, "death") == []
    # An accused part in a murder that happened is not the murder's doer.
    text = "He was charged with committing the murder, which shocked the town."
    assert _doers_of(nlp, text, "murder") == []


def _doers_of(nlp: Language, text: str, trigger: str) -> list[str]:
    """The actors of the events whose trigger is ``trigger``."""
    events = extract(nlp(text), Document(id="d", text=text)).events
    return [e.actor.text for e in events if text[e.start : e.end] == trigger and e.actor]


def test_a_gapped_clause_gives_its_own_subject_its_own_amount(nlp: Language) -> None:
    # "Leeds hit 14 degrees and York, 15 degrees": York hit 15 degrees, not Leeds York.
    text = (
        "With rain in the north, Carlow hitting 14 degrees and Wexford, 15 degrees, "
        "the cold spell ended."
    )
    events = extract(nlp(text), Document(id="doc", text=text)).events
    hits = sorted(
        (e.actor.text, e.target.text, [f.value for f in e.figures])
        for e in events
        if e.action == "hit" and e.actor is not None and e.target is not None
    )
    assert hits == [("Carlow", "14 degrees", [14]), ("Wexford", "15 degrees", [15])]


def test_a_conjunct_after_a_scale_of_prices_is_the_participle_s_before_it(nlp: Language) -> None:
    # "packing 8 cores for prices starting at $299 and targeting gamers": the laptop
    # targets them; prices only start at an amount.
    text = (
        "The Zephyr 5 is the cheapest of the line, packing six cores for prices starting at "
        "$349 and targeting casual players."
    )
    target = event_named(nlp, text, "target")
    assert target.actor is not None and target.actor.text == "The Zephyr 5"
    # The conjunct of an act on a noun is still that noun's.
    text = "Guards spotted three skiffs approaching the rig and launching flares."
    launch = event_named(nlp, text, "launch")
    assert launch.actor is not None and launch.actor.text == "skiffs"


def test_the_dummy_it_before_an_infinitive_does_not_do_it(nlp: Language) -> None:
    # "it makes sense to V", "it seems to be hard to V", "it was taking so long to V", "it
    # is banned to V": "it" stands for the act itself.
    cases = [
        ("It makes sense to wait for the lab results.", "wait for"),
        ("It seems to be hard to convince the growers that the deal is fair.", "convince"),
        ("It was taking so long to weigh the catch that the boats sailed late.", "weigh"),
        ("It is banned under club rules to allow dogs on the pitch.", "allow"),
    ]
    for text, action in cases:
        assert event_named(nlp, text, action).actor is None, text
    # "what steps it will take to ...": an act the "it" takes, its own (the league's).
    text = "The league won't say what steps it will take to block the merger."
    block = event_named(nlp, text, "block")
    assert block.actor is not None and block.actor.text == "The league"


def test_a_quantifier_floating_after_its_noun_is_not_the_doer(nlp: Language) -> None:
    # "The couple both took aim": the parser hangs "took" on "couple" as a relative clause
    # with "both" for its subject; the couple does it.
    text = "The couple both hit back at the tabloids on air."
    hit = event_named(nlp, text, "hit back at")
    assert hit.actor is not None and hit.actor.text == "The couple"


def test_a_power_to_act_does_not_act(nlp: Language) -> None:
    # "calls for new powers to ban X": the parser reads "for powers to ban" as "for X to
    # V"; a power bans nothing. Its holder, when named, does.
    text = "Farmers backed calls for tougher powers to seize stray cattle."
    assert event_named(nlp, text, "seize").actor is None
    text = "They asked for the county's power to close the quarries."
    close = event_named(nlp, text, "close")
    assert close.actor is not None and close.actor.text == "the county"


def test_a_clause_an_evidence_verb_shows_keeps_its_subject(nlp: Language) -> None:
    # "a survey which shows a majority of parents want ...": the parser made the parents
    # the object of "shows" and hung "want" on the sentence's subject.
    text = (
        "The charity argues that most tenants fear the cold, a claim backed by a study "
        "which shows a clear majority of renters want warmer homes."
    )
    want = event_named(nlp, text, "want")
    assert want.actor is not None and want.actor.text == "a clear majority of renters"
    assert want.source is not None and want.source.text == "a study"


def test_a_fronted_aside_in_a_quote_is_the_speakers(nlp: Language) -> None:
    # '"To simplify it, this is ...," she said': the speaker simplifies, not "this".
    text = '"To simplify it, this is a question of who owns the land," the judge said.'
    simplify = event_named(nlp, text, "simplify")
    assert simplify.actor is not None and simplify.actor.text == "the judge"


def test_a_closing_participle_after_a_where_clause_is_its_subjects(nlp: Language) -> None:
    # "..., where Jane stayed near him, introducing her to guests": Jane introduces her.
    text = (
        "The two met at a harvest fair in Ely, where Rosa Quint stood by the mayor all "
        "evening, presenting him to farmers."
    )
    present = event_named(nlp, text, "present")
    assert present.actor is not None and present.actor.text == "Rosa Quint"


def test_a_bargain_between_sides_is_not_the_go_betweens(nlp: Language) -> None:
    # One side buys (or both do); the one who arranged or brokered the deal buys nothing.
    text = "The lender brokered a deal between the two bakeries to buy the old mill."
    assert _doers_of(nlp, text, "buy") == []
    text = "The mayor helped arrange a pact between the clubs to share the stadium."
    assert _doers_of(nlp, text, "share") == []
    text = "The agency mediated an agreement to sell the ferry to the island council."
    assert _doers_of(nlp, text, "sell") == []
    # A side that strikes the deal itself does it.
    text = "Norvale struck a deal with Pellan Foods to buy its dairy unit."
    assert _doers_of(nlp, text, "buy") == ["Norvale"]
    # Sides that take the bargain back to the plural subject are the subject: it does it.
    text = "The two bakeries signed a deal between them to share the old mill."
    assert _doers_of(nlp, text, "share") == ["The two bakeries"]
    text = "The mayor arranged a deal between them to share the old mill."
    assert _doers_of(nlp, text, "share") == []


@pytest.mark.parametrize(
    "text",
    [
        "Survivors recounted the shooting at the ferry terminal.",
        "Two witnesses described the attack on the depot.",
        "The radio station reported the bombing of the bridge.",
        "The senator noted the raids of last winter in her speech.",
    ],
)
def test_who_tells_of_an_act_did_not_do_it(nlp: Language, text: str) -> None:
    # A verb of telling or recalling takes an act someone else did; "announced the
    # capture" is the announcer's own act, "recounted the shooting" is not the teller's.
    events = extract(nlp(text), Document(id="d", text=text)).events
    told = [e for e in events if e.event_type in {"Attack", "Bombing"}]
    assert told
    assert all(e.actor is None for e in told)


def test_who_announces_an_act_still_does_it(nlp: Language) -> None:
    text = "The army announced the capture of the border town."
    assert _doers_of(nlp, text, "capture") == ["The army"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "modality"),
    [
        # The object of the verb is brought close to the act: it would do it.
        ("The new aid moved us closer to wiping them out.", "wiping", "us", "possible"),
        (
            "The talks brought the two unions closer to signing a truce.",
            "signing",
            "the two unions",
            "possible",
        ),
        # With no object, the verb's own subject; "came close to" says it was not done.
        (
            "The town moved one step closer to closing the quarry.",
            "closing",
            "The town",
            "possible",
        ),
        ("The mayor came close to losing her seat.", "losing", "The mayor", "negated"),
        # ... but "came closer to" says only that it is nearer, not that it was not done.
        ("The club came closer to winning the cup.", "winning", "The club", "possible"),
    ],
)
def test_who_is_brought_close_to_an_act_would_do_it(
    nlp: Language, text: str, trigger: str, doer: str, modality: str
) -> None:
    events = extract(nlp(text), Document(id="d", text=text)).events
    event = next(e for e in events if text[e.start : e.end] == trigger)
    assert (event.actor.text if event.actor else None, event.modality) == (doer, modality)


def test_a_matter_a_step_closer_to_an_act_does_not_do_it(nlp: Language) -> None:
    # "this is a step closer to lifting the cup": the "this" (the result) lifts nothing.
    text = "The coach said this was a big step closer to lifting the cup."
    assert _doers_of(nlp, text, "lifting") == []


def test_bare_verbs_after_an_infinitive_share_its_doer(nlp: Language) -> None:
    # The parser joins "fight" and "hold" to "met", whose past tense they cannot share.
    text = (
        "Envoys met leaders of the militias that are trying to take the port, "
        "fight the navy and hold the bridge."
    )
    assert _doers_of(nlp, text, "fight") == ["the militias"]
    assert _doers_of(nlp, text, "hold") == ["the militias"]
    # A verb with a subject or auxiliary of its own is a clause of its own.
    text = "The guards tried to stop the crowd and will face an inquiry."
    assert _doers_of(nlp, text, "face") == ["The guards"]


def test_who_perpetrates_an_act_does_it(nlp: Language) -> None:
    # "perpetrated a massacre": the massacre is theirs, as a committed robbery is.
    text = "The junta perpetrated a massacre of farmers in the valley."
    assert _doers_of(nlp, text, "massacre") == ["The junta"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An event's name before an event noun says where and when, not who did it.
        ("The Boston Marathon bombings killed three people and injured hundreds.", "Marathon"),
        ("The Oscars protest drew hundreds of marchers.", "Oscars"),
        # A common word the model took for a name because it opens the sentence.
        ("Solidarity rallies were held in ten cities.", "Solidarity"),
    ],
)
def test_an_event_s_name_or_a_capitalised_word_before_an_event_noun_does_nothing(
    nlp: Language, text: str, name: str
) -> None:
    events = extract(nlp(text), Document(id="d", text=text)).events
    assert events
    assert all(e.actor is None or e.actor.text != name for e in events)


def test_a_group_s_name_before_an_event_noun_still_does_it(nlp: Language) -> None:
    attack = event_named(nlp, "Hamas attacks killed five people.", "attack")
    assert attack.actor is not None and attack.actor.text == "Hamas"


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # The comma after the name left out: the parser makes the name a second subject.
        ("The club's treasurer, Leo Brandt said the funds were gone.", "said", "Leo Brandt"),
        # A description fronted before the name.
        ("A nurse for twenty years, Mara Keane now runs the clinic.", "runs", "Mara Keane"),
    ],
)
def test_a_name_the_parse_set_beside_a_description_as_subject_acts(
    nlp: Language, text: str, trigger: str, name: str
) -> None:
    assert _doers_of(nlp, text, trigger) == [name]


def test_a_name_beside_a_description_speaks_what_follows(nlp: Language) -> None:
    text = "The club's treasurer, Leo Brandt said the bank had closed the account."
    events = extract(nlp(text), Document(id="d", text=text)).events
    closed = next(e for e in events if text[e.start : e.end] == "closed")
    assert closed.source is not None and closed.source.text == "Leo Brandt"


def test_a_place_s_name_beside_a_town_is_no_subject(nlp: Language) -> None:
    text = "The old chapel near Dover, Delaware burned down on Sunday."
    assert _doers_of(nlp, text, "burned") != ["Delaware"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("After the vote, the club made headlines for backing the senator.", "backing", "the club"),
        ("The senator drew sharp criticism for skipping the vote.", "skipping", "The senator"),
        ("The coach took the blame for losing the final.", "losing", "The coach"),
    ],
)
def test_who_gets_praise_or_blame_for_a_deed_did_it(
    nlp: Language, text: str, trigger: str, doer: str
) -> None:
    assert _doers_of(nlp, text, trigger) == [doer]


def test_who_voices_criticism_for_a_deed_did_not_do_it(nlp: Language) -> None:
    # "criticism for closing the plant" given, not got: the closing is someone else's.
    assert _doers_of(nlp, "The union voiced criticism for closing the plant.", "closing") == []
