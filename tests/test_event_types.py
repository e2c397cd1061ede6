"""Event types: the classifier on records, their RDF classes, and the extractor's hook."""

from __future__ import annotations

import dataclasses
import importlib.util
from collections import Counter
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
import rdflib
from rdf_fixtures import hand_built_graph
from rdflib import RDF
from spacy.language import Language

from kg import rdf
from kg._resources import load_resource
from kg.errors import InputError
from kg.event_types import EVENT_TYPES, _lexicon, event_type, superclasses
from kg.extract import extract
from kg.model import Argument, Document, Event, Figure, Mention, Place
from kg.namespace import KG

REPO = Path(__file__).resolve().parents[1]


def _event(sentence: str, trigger: str, action: str, target: str = "", label: str = "") -> Event:
    """An event on ``trigger`` (its first occurrence) in a one-sentence document."""
    start = sentence.index(trigger)
    argument = None
    if target:
        at = sentence.index(target)
        argument = Argument(target, at, at + len(target), label=label)
    return Event(
        "d",
        start,
        start + len(trigger),
        action,
        Mention("d", 0, len(sentence), sentence),
        target=argument,
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "action", "target", "label", "expected"),
    # fmt: off
    [
        # The whole action phrase, with its particle or light noun.
        (
            "Troops took control of the dam.",
            "took",
            "take control of",
            "the dam",
            "",
            "TakeControl",
        ),
        ("Soldiers opened fire on the crowd.", "opened", "open fire on", "the crowd", "", "Attack"),
        (
            "The mayor called on residents to leave.",
            "called",
            "call on",
            "residents",
            "",
            "Request",
        ),
        # The verb alone, made specific by what the sentence names.
        (
            "The army attacked the town with artillery.",
            "attacked",
            "attack",
            "the town",
            "",
            "Shelling",
        ),
        (
            "Warplanes attacked the convoy at dawn.",
            "attacked",
            "attack",
            "the convoy",
            "",
            "Airstrike",
        ),
        ("Rebels attacked the checkpoint.", "attacked", "attack", "the checkpoint", "", "Attack"),
        ("Separatists shelled the village.", "shelled", "shell", "the village", "", "Shelling"),
        ("Police arrested two men.", "arrested", "arrest", "two men", "", "Arrest"),
        ("Three soldiers died in the blast.", "died", "die", "", "", "Death"),
        ("The officials said the bridge was closed.", "said", "say", "", "", "Statement"),
        # A light verb takes its class from its object.
        (
            "The group carried out an attack on the base.",
            "carried",
            "carry out",
            "an attack",
            "",
            "Attack",
        ),
        ("Dozens lost their lives in the flood.", "lost", "lose", "their lives", "", "Death"),
        (
            "The union imposed sanctions on the bank.",
            "imposed",
            "impose",
            "sanctions",
            "",
            "Sanction",
        ),
        # The object changes the verb's sense: a person fired, a weapon fired.
        ("The board fired the manager.", "fired", "fire", "the manager", "", "Dismissal"),
        ("The president fired Ivan Petrov.", "fired", "fire", "Ivan Petrov", "PERSON", "Dismissal"),
        ("Gunners fired rockets at the port.", "fired", "fire", "rockets", "", "Shelling"),
        ("The attackers used explosives.", "used", "use", "explosives", "", "Bombing"),
        # A noun trigger names the class ("the explosion" read as the action "explode").
        ("The explosion shook the city.", "explosion", "explode", "", "", "Bombing"),
        ("Airstrikes hit the airport.", "Airstrikes", "strike", "the airport", "", "Airstrike"),
        # Nothing known: no class, never the bare root.
        ("She painted the fence.", "painted", "paint", "the fence", "", None),
        # A verb of no kind the learned lexicon misreads: a budget that passes is no death.
        ("The senate passed the budget.", "passed", "pass", "the budget", "", None),
        ("Her father passed away at home.", "passed", "pass away at", "", "", "Death"),
        ("The poet passed away with her sons.", "passed", "pass away with", "", "", "Death"),
        # "add" tells only with no object.
        ("He added that it rained.", "added", "add", "", "", "Statement"),
        ("The striker added a goal.", "added", "add", "a goal", "", None),
        ("They added him to the list.", "added", "add to", "the list", "", None),
        # A verb of trying, planning or failing lends its class to the act after it.
        ("Rebels tried to storm the base.", "tried", "try to storm", "the base", "", "Attack"),
        ("Police failed to arrest him.", "failed", "fail to arrest", "him", "", "Arrest"),
        ("They threatened to kill him.", "threatened", "threaten to kill", "him", "", "Threat"),
        # The object changes a phrase's sense: coming to power moves no one.
        ("The troops came to the border.", "came", "come to", "the border", "", "Movement"),
        ("The junta came to power in May.", "came", "come to", "power", "", None),
        ("The sides came to an agreement.", "came", "come to", "an agreement", "", "Agreement"),
        ("The scandal came to light in May.", "came", "come to", "light", "", None),
        ("Traffic came to a standstill.", "came", "come to", "a standstill", "", None),
        ("A tug came to the rescue.", "came", "come to", "the rescue", "", "Aid"),
        # The object's head is the word before its "of": help for the crew, not a move to it.
        (
            "Medics came to the aid of the crew.",
            "came",
            "come to",
            "the aid of the crew",
            "",
            "Aid",
        ),
        ("The bus came to a stop.", "came", "come to", "a stop", "", None),
        ("The bill came to a vote.", "came", "come to", "a vote", "", None),
        ("She came to prominence in May.", "came", "come to", "prominence", "", None),
        # A loss is a death only where the sentence speaks of people lost or of fighting.
        (
            "The troops suffered heavy losses.",
            "suffered",
            "suffer",
            "heavy losses",
            "",
            "Death",
        ),
        ("The loss of life was grave.", "loss", "lose", "life", "", "Death"),
        ("The club suffered a loss.", "suffered", "suffer", "a loss", "", None),
        ("The bank reported losses.", "losses", "lose", "", "", None),
        ("They held a funeral for him.", "held", "hold a funeral", "", "", None),
        # Words the learned lexicon typed from RAMS's labels, not from what they say:
        # an email is no meeting, a broken rule no agreement, a won game no election.
        ("The clerk emailed the mayor.", "emailed", "email", "the mayor", "", None),
        ("The firm violated the rules.", "violated", "violate", "the rules", "", None),
        ("Our team won the final.", "won", "win", "the final", "", None),
        ("The court granted him bail.", "granted", "grant", "bail", "", None),
        ("The key lay under the mat.", "lay", "lie", "", "", None),
        # Only some senses of a verb are its class: a mill that operates, a fire treated as
        # arson, prisoners treated harshly are no medical treatment.
        ("Surgeons operated on him.", "operated", "operate on", "him", "", "MedicalTreatment"),
        ("The mill operates two kilns.", "operates", "operate", "two kilns", "", None),
        ("Medics treated him for burns.", "treated", "treat", "him", "", "MedicalTreatment"),
        ("She was treated at a clinic.", "treated", "treat", "She", "", "MedicalTreatment"),
        ("Police treated the fire as arson.", "treated", "treat", "the fire", "", None),
        ("The fire was treated as arson.", "treated", "treat", "The fire", "", None),
        ("Guards treated the men harshly.", "treated", "treat", "the men", "", None),
        (
            "Medics treated the men as they arrived.",
            "treated",
            "treat",
            "the men",
            "",
            "MedicalTreatment",
        ),
        # Holding ground is told of a place only: "controls the economy" takes nothing.
        (
            "Rebels control the town of Kerr.",
            "control",
            "control",
            "the town of Kerr",
            "",
            "TakeControl",
        ),
        ("Troops controlled Ashby.", "controlled", "control", "Ashby", "GPE", "TakeControl"),
        ("He controls the economy.", "controls", "control", "the economy", "", None),
        # Giving hands something over only when it is money or a thing.
        ("The army gave the rebels rifles.", "gave", "give", "rifles", "", "Transfer"),
        ("Donors gave food to the town.", "gave", "give", "food", "", "Transfer"),
        ("The UN gave them supplies.", "gave", "give", "supplies", "", "Transfer"),
        ("The win gave him momentum.", "gave", "give", "momentum", "", None),
        ("She would not give her surname.", "give", "give", "her surname", "", None),
        ("The donors did not give.", "give", "give", "", "", None),
        # A person taken is the one the object names before its "of", unless that word
        # only counts them: no one is taken in "took the lives of six officers".
        (
            "Gunmen took the lives of six officers.",
            "took",
            "take",
            "the lives of six officers",
            "",
            None,
        ),
        (
            "Troops captured the leader of the gang.",
            "captured",
            "capture",
            "the leader of the gang",
            "",
            "Arrest",
        ),
        ("Police held two of the suspects.", "held", "hold", "two of the suspects", "", "Arrest"),
        # One taken to a hospital or a clinic is cared for, not arrested.
        ("Police took the suspect to jail.", "took", "take", "the suspect", "", "Arrest"),
        ("The officer was taken to hospital.", "taken", "take", "The officer", "", None),
        ("Medics took Ana Ruiz to a clinic.", "took", "take", "Ana Ruiz", "PERSON", None),
        # "charge": a charge with someone charged, a claim with no object, a price with money.
        ("Police charged the driver.", "charged", "charge", "the driver", "", "Charge"),
        ("Critics charged that it was rushed.", "charged", "charge", "", "", "Statement"),
        ("Riot police charged into the square.", "charged", "charge", "", "", None),
        ("The rebels charged up the hill.", "charged", "charge", "", "", None),
        ("The firm charged high fees.", "charged", "charge", "high fees", "", None),
        # "beat" wins a contest where the sentence speaks of one, and injures elsewhere.
        ("Guards beat the prisoner.", "beat", "beat", "the prisoner", "", "Injury"),
        ("She beat her rival in the primary.", "beat", "beat", "her rival", "", None),
        ("He beat the champion on points.", "beat", "beat", "the champion", "", None),
        ("The Lakers beat the Celtics 102-99.", "beat", "beat", "the Celtics", "", None),
        # ... and where what it beats is a work, a record or a count, not someone.
        ("The thriller beat two studio films.", "beat", "beat", "two studio films", "", None),
        ("The boxer beat the count.", "beat", "beat", "the count", "", None),
        ("Fans beat up a steward after the game.", "beat", "beat up", "a steward", "", "Injury"),
        # ... but the one beaten by guards or police is assaulted whatever the sentence's contest.
        ("Guards beat protesters after the vote.", "beat", "beat", "protesters", "", "Injury"),
        # ... and so is one beaten with a stick or a bar, or to death.
        ("Fans of the rival club beat him with sticks.", "beat", "beat", "him", "", "Injury"),
        ("They beat the candidate to death.", "beat", "beat", "the candidate", "", "Injury"),
        ("She beat her rival with ease in the final.", "beat", "beat", "her rival", "", None),
        # A charge made an adjective of mood by its adverb charges no one.
        ("The hearing was emotionally charged.", "charged", "charge", "The hearing", "", None),
        ("He was formally charged.", "charged", "charge", "He", "", "Charge"),
        # A strike in a labour dispute is a walkout; with a weapon named it stays an attack.
        ("Bus drivers went on strike.", "strike", "go on", "strike", "", "Protest"),
        ("The union's strike closed the port.", "strike", "strike", "", "", "Protest"),
        ("A strike hit the port.", "strike", "strike", "", "", "Attack"),
        ("An air strike hit the union hall.", "strike", "strike", "", "", "Airstrike"),
        # ... but a name that holds a word of labour, or "pay" as a verb, tells of no dispute.
        (
            "The strike on the European Union office killed two guards.",
            "strike",
            "strike",
            "the European Union office",
            "",
            "Attack",
        ),
        ("They will pay for the strike on the port.", "strike", "strike", "the port", "", "Attack"),
        ("Nurses began a strike over pay.", "strike", "strike", "", "", "Protest"),
        ("The remark struck a chord.", "struck", "strike", "a chord", "", None),
        # A quake or a storm that strikes is a disaster; what struck after one is not.
        ("The quake struck the island.", "struck", "strike", "the island", "", "Disaster"),
        ("The port was hit by a tsunami.", "hit", "hit", "The port", "", "Disaster"),
        ("Jets struck the port after the quake.", "struck", "strike", "the port", "", "Attack"),
        # Those who vote to strike walk out; a vote to strike something is no walkout.
        ("The crews voted narrowly to strike.", "strike", "strike", "", "", "Protest"),
        ("The board voted to strike the rule.", "strike", "strike", "the rule", "", "Attack"),
        ("The gunmen vowed to strike.", "strike", "strike", "", "", "Attack"),
        # A bare "pull" pulls a lever, or pulls off a win: only its particles withdraw ...
        ("The guard pulled the lever.", "pulled", "pull", "the lever", "", None),
        # ... and a weapon pulled, drawn or pointed on someone, or brandished, threatens.
        ("The inmate pulled a gun on the guards.", "pulled", "pull", "a gun", "", "Threat"),
        ("He drew a machete on them.", "drew", "draw", "a machete", "", "Threat"),
        ("She pointed a pistol at him.", "pointed", "point", "a pistol", "", "Threat"),
        ("A man brandished a knife.", "brandished", "brandish", "a knife", "", "Threat"),
        ("He drew a pistol from the holster.", "drew", "draw", "a pistol", "", None),
        ("They pulled the guns back.", "pulled", "pull back", "the guns", "", "Withdrawal"),
        ("She pulled off a narrow win.", "pulled", "pull off", "a narrow win", "", None),
        ("The army pulled back from the border.", "pulled", "pull back", "", "", "Withdrawal"),
        # A person taken is seized by the bare verb only; a particle makes it another act.
        ("The mayor took on Ms Vale.", "took", "take on", "Ms Vale", "PERSON", None),
        ("He held his fire on Vale.", "held", "hold fire on", "Vale", "PERSON", None),
        # A host of a show or a ceremony meets no one; a host of a summit does.
        ("She hosted the awards.", "hosted", "host", "the awards", "", None),
        ("Oman hosted the summit.", "hosted", "host", "the summit", "", "Meeting"),
        # Making the case (a point, an argument) says something, in court or not.
        ("Vale made the case for a tax.", "made", "make", "the case", "", "Statement"),
        # "carry out" means what its object names, and nothing of "carry" without one.
        ("The navy carried out patrols.", "carried", "carry out", "patrols", "", None),
        ("Rebels carried out an attack.", "carried", "carry out", "an attack", "", "Attack"),
        # "hear" is a trial only where the sentence speaks of a court.
        ("The judge heard the appeal.", "heard", "hear", "the appeal", "", "Trial"),
        ("She reported hearing gunfire.", "hearing", "hear", "gunfire", "", None),
        # "try" is a trial the same way; elsewhere it is an attempt.
        ("The clerk was tried for fraud.", "tried", "try", "The clerk", "", "Trial"),
        ("They tried every door in the hall.", "tried", "try", "every door", "", None),
        ("Diplomacy was tried and failed.", "tried", "try", "Diplomacy", "", None),
        ("They tried him for treason.", "tried", "try", "him", "", "Trial"),
        ("The show trials were a farce.", "trials", "try", "", "", "Trial"),
        # What breaks out names the event: a war is no disaster, as an epidemic is.
        ("War broke out in the north.", "broke", "break out", "War", "", "Attack"),
        ("After the outbreak of war", "outbreak", "break out", "war", "", "Attack"),
        ("After the outbreak of cholera", "outbreak", "break out", "cholera", "", "Disaster"),
        # Committed to something ahead is a pledge; a wrong committed is a crime.
        (
            "The council is committed to cutting fees.",
            "committed",
            "commit",
            "The council",
            "",
            None,
        ),
        ("Vale committed herself to the charity.", "committed", "commit", "herself", "", None),
        (
            "The delegates will commit to a candidate.",
            "commit",
            "commit to",
            "a candidate",
            "",
            None,
        ),
        (
            "He committed the thefts to pay his debts.",
            "committed",
            "commit",
            "the thefts",
            "",
            "Crime",
        ),
        # People admitted are let in, and say nothing; what is admitted is said.
        ("The clinic admits nine patients.", "admits", "admit", "nine patients", "", None),
        ("The club admitted women.", "admitted", "admit", "women", "", None),
        ("He was admitted to hospital.", "admitted", "admit", "He", "", None),
        ("She admitted the charges.", "admitted", "admit", "the charges", "", "Statement"),
        (
            "He admitted the theft of two cars.",
            "admitted",
            "admit",
            "the theft of two cars",
            "",
            "Statement",
        ),
        # A pronoun is never a thing handed over, though WordNet reads "he" as helium.
        ("He has not been charged.", "charged", "charge", "He", "", "Charge"),
        ("He was given a new trial.", "given", "give", "He", "", None),
        # ... and what they say, in the hand-written lexicon.
        (
            "Guards confiscated the rifles.",
            "confiscated",
            "confiscate",
            "the rifles",
            "",
            "TakeControl",
        ),
        ("The broker lied to his clients.", "lied", "lie to", "his clients", "", "Statement"),
    ],
    # fmt: on
)
def test_event_type_from_trigger_roles_and_sentence(
    sentence: str, trigger: str, action: str, target: str, label: str, expected: str | None
) -> None:
    event = _event(sentence, trigger, action, target, label)
    assert event_type(event) == expected
    assert event.event_type is None  # the record is not changed


def test_a_sum_of_money_given_is_a_transfer() -> None:
    event = _event("He gave them $20 for their votes.", "gave", "give", "them")
    assert event_type(event) is None  # a pronoun object alone says nothing handed over
    money = Figure("$20", Decimal(20), "dollar", "exact", 11, 14)
    paid = dataclasses.replace(event, figures=(money,))
    assert event_type(paid) == "Transfer"
    # Any currency WordNet knows, not only those written with a symbol.
    naira = Figure("20,000 naira", Decimal(20000), "naira", "exact", 11, 23)
    assert event_type(dataclasses.replace(event, figures=(naira,))) == "Transfer"
    weight = Figure("20 kilograms", Decimal(20), "kilogram", "exact", 11, 23)
    assert event_type(dataclasses.replace(event, figures=(weight,))) is None


def test_the_learned_lexicon_answers_only_where_the_rules_do_not() -> None:
    # "capitulate" is in the lexicon learned from RAMS dev, not in the hand-written one.
    gave_in = _event("The garrison capitulated at noon.", "capitulated", "capitulate")
    assert event_type(gave_in, learned=False) is None
    assert event_type(gave_in) == event_type(gave_in, rules=False) == "Withdrawal"
    # Where the rules answer, the learned table is not asked.
    said = _event("They said so.", "said", "say")
    assert event_type(said) == event_type(said, learned=False) == "Statement"


def test_the_learned_lexicon_holds_no_word_the_rules_answer() -> None:
    # An entry for a word the rules answer is never asked, and only contradicts them
    # ("death" was a Conviction there, "election" an Investigation).
    rules = load_resource("event_types.json")
    answered = {word for table in ("verbs", "nouns") for word in rules[table]}
    learned = {word for word in load_resource("event_types_learned.json") if word[0] != "_"}
    assert learned
    assert not learned & answered
    assert set(_lexicon().learned.values()) <= set(EVENT_TYPES)


def test_every_class_leads_up_to_event() -> None:
    for name in EVENT_TYPES:
        assert superclasses(name)[-1] == "Event", name
    assert superclasses("Killing") == ("Death", "Event")
    assert superclasses("Attack") == ("Event",)
    with pytest.raises(KeyError):
        superclasses("Picnic")


def test_an_event_states_its_class_and_every_class_above() -> None:
    graph = hand_built_graph()
    union = rdf.union(graph.to_rdf())
    took, left, moved = (rdf.event_iri(e) for e in graph.events)
    assert set(union.objects(took, RDF.type)) >= {KG.TakeControl, KG.Event}
    assert set(union.objects(left, RDF.type)) >= {KG.Withdrawal, KG.Movement, KG.Event}
    assert KG.Withdrawal not in set(union.objects(moved, RDF.type))
    # One triple pattern finds a class with all it holds: no reasoner needed.
    assert {row[0] for row in union.query("SELECT ?e { ?e a kg:Movement }")} == {left, moved}


def test_an_untyped_event_stays_a_plain_event() -> None:
    graph = hand_built_graph()
    plain = dataclasses.replace(graph.events[0], event_type=None)
    union = rdf.union(rdf.to_dataset(graph.documents, graph.entities, [plain]))
    types = set(union.objects(rdf.event_iri(plain), RDF.type))
    assert KG.Event in types and not types & {KG[name] for name in EVENT_TYPES}


def test_an_unknown_event_type_is_refused_with_the_choices() -> None:
    graph = hand_built_graph()
    odd = dataclasses.replace(graph.events[0], event_type="Picnic")
    with pytest.raises(InputError, match="'Picnic', which is not one of kg's"):
        rdf.to_dataset(graph.documents, graph.entities, [odd])


def test_extraction_types_events(sample_graph) -> None:  # type: ignore[no-untyped-def]
    import kg

    text = "Russian forces shelled Kharkiv on Monday, killing 12 people, officials said."
    graph = kg.build([text])
    kinds = {e.action: e.event_type for e in graph.events}
    assert kinds["shell"] == "Shelling"
    assert kinds["kill"] == "Killing"
    typed = [e for e in sample_graph.events if e.event_type is not None]
    assert len(typed) >= 0.7 * len(sample_graph.events)
    assert all(e.event_type in EVENT_TYPES for e in typed)


# --------------------------------------------------------------------------- the canned query


def _typed_store_quads() -> list:  # type: ignore[type-arg]
    graph = hand_built_graph()
    # Port Avel lies in Northland: the containment the query follows.
    entities = [
        dataclasses.replace(e, country="place/northland") if e.id == "place/port-avel" else e
        for e in graph.entities
    ]
    return rdf.quads(graph.documents, entities, graph.events)


@pytest.mark.parametrize(
    ("bindings", "expected"),
    [
        ({"type": "TakeControl", "place": "Port Avel"}, {"id:event/a/17-32"}),
        ({"type": "Movement", "place": "Port Avel"}, {"id:event/a/135-139", "id:event/b/39-43"}),
        ({"type": "Withdrawal", "place": "Avel"}, {"id:event/a/135-139"}),  # an alias
        ({"type": "Movement", "place": "Lake Town"}, {"id:event/b/39-43"}),
        # Northland holds Port Avel: its events are Northland's too.
        ({"type": "TakeControl", "place": "Northland"}, {"id:event/a/17-32"}),
        ({"type": "Movement", "place": "Northland"}, {"id:event/a/135-139", "id:event/b/39-43"}),
        ({"type": "Attack", "place": "Port Avel"}, set()),
    ],
)
def test_events_at_place_binds_locally_on_an_endpoint_and_by_graph(
    bindings: dict[str, str], expected: set[str]
) -> None:
    import pyoxigraph as ox
    from rdflib import URIRef

    from kg.store import canned_query, compact

    text = canned_query("events-at-place").text
    store = ox.Store()
    store.extend(_typed_store_quads())
    values = {k: URIRef(v) if v.startswith("http") else v for k, v in bindings.items()}
    for union in (True, False):
        # The engine's binding, and the trailing VALUES block an endpoint gets.
        substitutions = {
            ox.Variable(k): rdf.to_oxigraph(v if isinstance(v, URIRef) else rdflib.Literal(v))
            for k, v in values.items()
        }
        local = store.query(text, use_default_graph_as_union=union, substitutions=substitutions)
        names = " ".join(f"?{k}" for k in values)
        cells = " ".join(str(t) for t in substitutions.values())
        remote = store.query(
            f"{text}\nVALUES ({names}) {{ ({cells}) }}", use_default_graph_as_union=union
        )
        for answer in (local, remote):
            found = {compact(rdflib.URIRef(row["event"].value)) for row in answer}
            assert found == expected, (union, bindings)


def test_the_cli_binds_a_type_by_its_class_name_in_any_case(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A figure's unit that spells a class ("six attacks": unit "attack") is no type.

    The CLI looks names up in any case; a $type is the event class of that
    name, not the data's name equal to it but for case (which found no row).
    """
    import csv
    import io

    from click.testing import CliRunner

    from kg.cli import main

    graph = hand_built_graph()
    events = [
        dataclasses.replace(
            event, figures=tuple(dataclasses.replace(f, unit="movement") for f in event.figures)
        )
        for event in graph.events
    ]
    path = tmp_path / "graph.trig"
    path.write_text(rdf.serialize_quads(rdf.quads(graph.documents, graph.entities, events), "trig"))

    def events(kind: str) -> list[str]:
        result = CliRunner().invoke(
            main,
            [
                *("query", str(path), "-n", "events-at-place", "--format", "csv"),
                *("-p", f"type={kind}", "-p", "place=Lake Town"),
            ],
        )
        assert result.exit_code == 0, result.output
        return [row["event"] for row in csv.DictReader(io.StringIO(result.stdout))]

    assert events("kg:Movement") == [str(rdf.entity_iri("event/b/39-43"))]
    for kind in ("Movement", "movement", "MOVEMENT"):
        assert events(kind) == events("kg:Movement"), kind
    assert events("Picnic") == []  # no such class


def _learner() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "learn_event_types", REPO / "bench" / "learn_event_types.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_learner_reads_an_aida_type_by_what_it_says_of_the_act() -> None:
    learner = _learner()
    # Conventions of RAMS's labels that say no kg class of the word.
    assert learner.aida_class("inspection.sensoryobserve.monitorelection") is None
    assert learner.aida_class("contact.collaborate.correspondence") is None
    assert learner.aida_class("government.agreements.violateagreement") is None
    # The subtype says more than the family.
    assert learner.aida_class("justice.judicialconsequences.execute") == "Killing"
    assert learner.aida_class("movement.transportperson.preventexit") == "Arrest"
    assert learner.aida_class("transaction.transferownership.embargosanction") == "Sanction"
    assert learner.aida_class("conflict.attack.n/a") == "Attack"
    # An unspecified type of a family of several classes does not vote.
    assert learner.aida_class("personnel.endposition.n/a") == learner._NO_VOTE


def test_the_learner_keeps_a_clear_class_the_rules_lack_and_wordnet_puts_near_it() -> None:
    learner = _learner()
    votes = {
        "capitulate": Counter({"Withdrawal": 2}),  # kept: "surrender" is its class's word
        "email": Counter({None: 3, "Meeting": 1}),  # mostly no class
        "announce": Counter({"Statement": 3}),  # the rules answer it
        "flail": Counter({"Attack": 1}),  # seen once
        "immigration": Counter({"Investigation": 3}),  # near no word of its class
    }
    learned = learner.learn(votes, learner.rule_words(), 2, 0.75)
    assert learned == {"capitulate": "Withdrawal"}


@pytest.mark.parametrize(
    ("sentence", "trigger", "action"),
    [
        ("The envoy came to Kerr from Dalby.", "came", "come"),
        # "went after his rival", "the place went crazy", "the company went bankrupt"
        # move no one either.
        ("The envoy went to Kerr from Dalby.", "went", "go"),
    ],
)
def test_coming_and_going_move_someone_only_to_or_from_a_place(
    sentence: str, trigger: str, action: str
) -> None:
    moved = _event(sentence, trigger, action)
    at = sentence.index("Kerr")
    kerr = Argument("Kerr", at, at + 4, label="GPE")
    assert event_type(dataclasses.replace(moved, places=(Place(kerr, "destination"),))) == (
        "Movement"
    )
    assert event_type(moved) is None  # as "the plan came under criticism": no one moved


@pytest.mark.parametrize(
    ("sentence", "trigger", "action", "kind"),
    [
        # A word of where to right after the verb moves someone without a place phrase ...
        ("The envoy went home after the talks.", "went", "go", "Movement"),
        ("Two crew members came ashore at dawn.", "came", "come", "Movement"),
        # ... not one of a state or an idiom.
        ("The deal went south in May.", "went", "go", None),
        ("The firm went bankrupt.", "went", "go", None),
    ],
)
def test_going_home_or_ashore_moves_someone(
    sentence: str, trigger: str, action: str, kind: str | None
) -> None:
    assert event_type(_event(sentence, trigger, action)) == kind


def test_a_particle_read_as_a_preposition_keeps_its_phrase() -> None:
    # The parse may read "out of" as a preposition and leave the action "pull": the verb
    # and the particle are still "pull out", a withdrawal; a bare "pull" is none.
    sentence = "The army pulled out of Varnel in May."
    assert event_type(_event(sentence, "pulled", "pull")) == "Withdrawal"
    assert event_type(_event("The guard pulled the lever.", "pulled", "pull")) is None


def _types_of(nlp: Language, text: str, action: str) -> list[str | None]:
    """The event types of the events of ``text`` whose action is ``action``."""
    extraction = extract(nlp(text), Document(id="d", text=text))
    return [e.event_type for e in extraction.events if e.action == action]


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # A thing pulled out moves no one; troops pulled out withdraw.
        ("The cashier pulled out a pistol and fired twice.", "pull out", None),
        ("The army pulled out its troops from the valley.", "pull out", "Withdrawal"),
        # Workers who strike walk out, with no word of a dispute in the sentence.
        ("Nurses will strike on Friday.", "strike", "Protest"),
        ("Porters want to strike over the new rota.", "want to strike over", "Protest"),
        # A blaze or a disease fought is no armed clash; an army fought is one.
        ("Crews fought the blaze through the night.", "fight", None),
        ("The rebels fought the army near the dam.", "fight", "ArmedClash"),
        ("The singer committed suicide in 1994.", "commit", "Death"),
        # Forcing is a threat only where people force people.
        ("Floods forced the airport to close.", "force", None),
        ("The back door was forced during the night.", "force", None),
        ("The gang forced the driver to stop.", "force", "Threat"),
        ("The river rose, forcing the villagers to leave.", "force", None),
        # Only a made thing that collapses is damaged.
        ("The negotiations collapsed on Tuesday.", "collapse", None),
        ("The old bridge collapsed under the weight.", "collapse", "Damage"),
        # A particle of no moving, with no place, moves no one.
        ("The show went on as if nothing had happened.", "go on", None),
        # ... and so does a particle of moving into no place and to no one.
        ("The new rule went into effect on Monday.", "go into effect", None),
        ("The agency came in for sharp criticism.", "come in for", None),
        # Leaving and reaching move someone only from or to a place.
        ("The courier was left for dead by the road.", "leave", None),
        ("The minister left the embassy at noon.", "leave", "Movement"),
        ("The panel reached a conclusion.", "reach", None),
        ("The convoy reached the border town.", "reach", "Movement"),
        ("The two sides reached a deal.", "reach", "Agreement"),
        # An illness named with "attack", and a snag hit, are no attacks.
        ("She suffered a heart attack last year.", "suffer", None),
        ("The merger talks hit a snag.", "hit", None),
    ],
)
def test_a_sense_of_no_kind_is_told_by_what_the_verb_takes(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert _types_of(nlp, text, action) == [expected]


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # A country moved to a numbered stage goes nowhere; people moved to a camp do.
        ("The outbreak moved the province to Level 3.", "move", None),
        ("Police moved the protesters to Camp 2.", "move", "Movement"),
        # Shooting to fame or up in price shoots no one; shooting to death does.
        ("The singer shot to fame in 2004.", "shoot to", None),
        ("The runner shot into the lead.", "shoot into", None),
        ("Shares shot up 12 percent on Monday.", "shoot up", None),
        ("Gunmen shot up a bar in the town.", "shoot up", "Attack"),
        ("He was shot to death by the guard.", "shoot", "Attack"),
        ("The gunman shot into the crowd.", "shoot into", "Attack"),
        # A prize or time taken is no captive.
        ("The actor took a best-actor Tony in 2004.", "take", None),
        ("She took the gold medal in the final.", "take", None),
        ("But the new rules could take Nora much longer to undo.", "take", None),
        ("The rebels took the journalist.", "take", "Arrest"),
        # A prize's word that is a first name takes a captive (review rev34).
        ("Gunmen took Tony Blake hostage in the city.", "take", "Arrest"),
        ("Rebels are holding Tony Blake in a cave.", "hold", "Arrest"),
        ("She took the Emmy Award for drama.", "take", None),
        ("Judge Ann Carter was held in high regard by her staff.", "hold", None),
        ("The rebels held the journalist for three weeks.", "hold", "Arrest"),
        # Taking over as the holder of a post seizes nothing; taking over a town does.
        ("The deputy will take over as coach next season.", "take over", None),
        ("Rebels took over the town.", "take over", "TakeControl"),
        # A ship that flies a flag goes nowhere; a helicopter that flies over a town does.
        ("The tanker flies a Liberian flag.", "fly", None),
        ("The helicopter flew over the town.", "fly", "Movement"),
        # Motors that power boats seize no power.
        ("Two motors power the boats.", "power", None),
        # A decline arrested is halted; a suspect arrested is arrested.
        ("The rules aim to arrest the decline of the industry.", "aim to arrest", None),
        ("Police arrested the suspect in Ohio.", "arrest", "Arrest"),
        # A writer's strike is a walkout.
        ("The writer's strike ended after three months.", "strike", "Protest"),
        # A boxer who bombs his rival hits him in a sport; fighters who bomb a town bomb.
        ("The champion bombed his rival with a right hand in the fifth round.", "bomb", None),
        ("Rebel fighters bombed the town in the second round of attacks.", "bomb", "Bombing"),
    ],
)
def test_a_standing_a_prize_a_post_or_a_sport_is_no_journey_capture_or_attack(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert _types_of(nlp, text, action) == [expected]


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # Going looting is looting, where going hunting is a pastime.
        ("Rioters went looting in the market square.", "loot", "Riot"),
        # A rivalry of businesses or contestants is no armed clash.
        ("The two bakeries are battling their rivals for customers.", "battle", None),
        ("The senators were fighting for second place.", "fight for", None),
        ("The rebels fought the army near the dam.", "fight", "ArmedClash"),
        # A plan, a bill or remarks attacked are criticised; a post attacked is attacked.
        ("The council leader attacked the proposal.", "attack", "Accusation"),
        ("The mayor attacked his rival's remarks.", "attack", "Accusation"),
        ("Militias attacked the checkpoint at dawn.", "attack", "Attack"),
        # An attack in words is an accusation by its doer, and of no kind for its object.
        ("She made personal attacks on the mayor.", "attack", "Accusation"),
        ("The mayor faced verbal attacks from the crowd.", "face", None),
        # Going to court is a legal act, no journey.
        ("The landlords went to court over the rent rules.", "go to", "LegalAction"),
        # A public targeted is sold to, not attacked.
        ("The chain is targeting younger buyers with cheaper phones.", "target", None),
        ("Gunmen targeted the police post.", "target", "Attack"),
        # Soldiers under fire are shot at, not fired from their posts.
        ("Soldiers came under fire near the bridge.", "fire", "Attack"),
    ],
)
def test_rivalry_criticism_marketing_and_courts_are_no_attacks_or_journeys(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert _types_of(nlp, text, action) == [expected]


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # Makers and giants battle for a market; a fight in court is a lawsuit's.
        ("Two phone giants are battling for the Asian market.", "battle for", None),
        ("Acme is battling Globex in court over the patent.", "battle", None),
        # Critics criticise whatever they blast; a decision, a move or a ruling attacked is
        # criticised ...
        ("Critics blasted the merger on Monday.", "blast", "Accusation"),
        ("The union attacked the decision to close the plant.", "attack", "Accusation"),
        ("Opponents blasted the move as reckless.", "blast", "Accusation"),
        # ... and so are people blasted for something; a post blasted with rockets is bombed.
        ("The senator blasted the mayor over the budget cuts.", "blast", "Accusation"),
        # ... and so is whatever one person by name, by pronoun or in office blasts, save a
        # structure, a vehicle or a place, and whatever is blasted for something.
        ("Ann Lee blasted the ruling.", "blast", "Accusation"),
        ("He blasted the county administration on Tuesday.", "blast", "Accusation"),
        ("She blasted her rivals at the meeting.", "blast", "Accusation"),
        ("The senator blasted the new voting system.", "blast", "Accusation"),
        ("The plan was blasted for its cost.", "blast", "Accusation"),
        ("He blasted the bunker.", "blast", "Bombing"),
        ("The gunman blasted two officers.", "blast", "Bombing"),
        ("The building was blasted for hours.", "blast", "Bombing"),
        # Chances, sales or feelings hurt are no one injured; workers hurt are.
        ("The scandal hurt her chances of winning.", "hurt", None),
        ("The strike hurt sales in the spring.", "hurt", None),
        ("The blast hurt three workers.", "hurt", "Injury"),
        # A device used is a weapon only where the sentence speaks of explosives.
        ("The device could be used to track workers.", "use", None),
        ("Police said the device was used to detonate the bomb.", "use", "Bombing"),
        # A call received is a telephone's; a call made may be a request.
        ("He received a call from the governor on Monday.", "receive", None),
        ("The mayor made a call for calm.", "make", "Request"),
        # A person who goes off (script, on a rant) is no bomb.
        ("The actor went off script to comment on the senator.", "go off", None),
        ("The bomb went off near the market.", "go off", "Bombing"),
        ("Militants blasted the checkpoint with rockets.", "blast", "Bombing"),
        ("Gunmen blasted the guards for hours with rockets.", "blast", "Bombing"),
        # Weather that strikes is a disaster, no attacker's.
        ("The storm struck the coast on Tuesday night.", "strike", "Disaster"),
        ("Heavy rain hit the region on Monday.", "hit", "Disaster"),
        ("Gunmen hit the convoy on Monday.", "hit", "Attack"),
        # A level hit is reached; houses hit are attacked.
        ("Temperatures in the valley were hitting 40 degrees by noon.", "hit", None),
        ("Gunmen hit three houses in the village.", "hit", "Attack"),
        # A shop carries goods from their makers; a truck carries them from a place.
        ("The shop carries laptops from three brands.", "carry", None),
        ("The store carries models from Acme and Globex.", "carry", None),
        ("The truck carried the wounded from the village.", "carry", "Movement"),
        # A misfortune or a slump strikes no one; the one who faces fire is no attacker.
        ("Tragedy struck the family on Saturday night.", "strike", None),
        ("The recession hit small retailers hard.", "hit", None),
        ("The patrol faced heavy fire near the border.", "face", None),
        ("The raid hit the rebel base at dawn.", "hit", "Attack"),
        ("The alliance struck the rebel base at dawn.", "strike", "Attack"),
        ("Enemy air forces attacked the naval base at dawn.", "attack", "Attack"),
        ("Funding cuts hit rural schools last year.", "hit", None),
        # Countries removed from a list are dismissed from no post; a minister is.
        ("Three countries were removed from the list of safe destinations.", "remove", None),
        ("The minister was removed from his post on Friday.", "remove", "Dismissal"),
        # A product aims at no one; miles burned are spent, a village burned is damaged.
        ("The new card is the cheapest yet, targeting 1440p gameplay.", "target", None),
        ("Gunmen targeted the bus station.", "target", "Attack"),
        ("Pirates in skiffs were targeting the cargo vessels.", "target", "Attack"),
        ("Members can earn and burn miles on partner flights.", "burn", None),
        ("Rebels burned the village to the ground.", "burn", "Damage"),
    ],
)
def test_rivals_critics_weather_levels_and_stock_are_no_attacks_or_journeys(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert _types_of(nlp, text, action) == [expected]


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # Hunting with no object is a pastime; hunting for someone is a search.
        ("While they were hunting on Sunday night, the storm broke.", "hunt", None),
        ("Police were hunting for the escaped driver.", "hunt for", "Investigation"),
        # Cameras and videos record what they capture; a militia seizes it.
        ("Security cameras captured the collision at the junction.", "capture", None),
        ("The robbery was captured on video by a neighbour.", "capture", None),
        ("The militia captured the airport.", "capture", "TakeControl"),
        # An imagination or a moment captured is no one and nothing seized.
        ("The singer captured the imagination of a generation.", "capture", None),
        # Hitting the ground running hits nothing.
        ("She will hit the ground running in her new post.", "hit", None),
    ],
)
def test_a_pastime_a_recording_and_an_idiom_are_no_search_seizure_or_attack(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert _types_of(nlp, text, action) == [expected]


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # A claim or a case dismissed, or anything dismissed "as a" sham, is rejected ...
        ("The judge dismissed the case on Monday.", "dismiss", None),
        ("Critics dismissed the vote as a sham.", "dismiss", None),
        # ... people dismissed lose their post, and so does one dismissed "as" a post.
        ("The board dismissed the manager.", "dismiss", "Dismissal"),
        ("The minister dismissed her security detail.", "dismiss", "Dismissal"),
        ("He was dismissed as head coach on Monday.", "dismiss", "Dismissal"),
        # A warning of what may come is a statement; of what the warner may do, a threat.
        ("She warned that prices would rise.", "warn", "Statement"),
        ("The envoy warned of a long winter.", "warn", "Statement"),
        ("He warned that he would strike back.", "warn", "Threat"),
        ("The general warned of reprisals.", "warn", "Threat"),
        ("The rebels warned villagers to leave or die.", "warn", "Threat"),
        # A hit in a sport attacks no one; gunmen who hit a convoy do.
        ("The boxer hit his rival with a left hook in the third round.", "hit", None),
        ("The striker hit the post in the second half.", "hit", None),
        ("Gunmen hit a police convoy near the town.", "hit", "Attack"),
        # What drives someone mad or out of a race moves no one; a truck driven to a depot moves.
        ("The noise drove him insane.", "drive", None),
        ("The scandal drove her out of the race.", "drive", None),
        ("He drove the truck to the depot.", "drive", "Movement"),
        ("The guards drove the prisoner to another jail in Dover.", "drive", "Movement"),
        # An offence or oneself carried move nothing; tanks and signs carried do.
        ("He was carrying a serious offense.", "carry", None),
        ("They carry themselves with dignity.", "carry", None),
        ("The ship was carrying tanks.", "carry", "Movement"),
        ("The nurses were carrying picket signs.", "carry", "Movement"),
        ("He drove off in his old car.", "drive off", "Movement"),
        # A protest noun that shows what its "of" opens is no protest; one of farmers is.
        ("The debate gave voters a demonstration of her style.", "demonstrate", None),
        ("A demonstration of farmers blocked the road.", "demonstrate", "Protest"),
        # A gesture is no journey; a border crossed is one.
        ("The team crossed their fingers before the vote.", "cross", None),
        ("The refugees crossed the border at night.", "cross", "Movement"),
        # Moving to act, closer to a deal or to tears moves no one; to a city it does.
        ("The government moved to block the deal.", "move", None),
        ("He was moved to tears by the speech.", "move", None),
        ("The family moved to Denver in May.", "move", "Movement"),
        ("Workers moved the boxes inside.", "move", "Movement"),
        ("The navy moved its divers on a helicopter to reach the sailors.", "move", "Movement"),
        ("The champion will move on and fight Rivera in March.", "move on", None),
        # A person taken outside or home is taken along, not arrested.
        ("Taking Tom outside is his favourite activity, he said.", "take", "Movement"),
        # A knockout or a rally in a sport is no damage and no protest; troops who hit rebels
        # in a round of fighting clash.
        ("The challenger knocked out the champion in the fifth round.", "knock out", None),
        ("The team rallied from a 5-19 start to reach the playoffs.", "rally", None),
        ("Troops hit the rebels in the first round of fighting.", "hit", "ArmedClash"),
        # A candidate's rally and a market's are no protests; a crowd's or protesters' are.
        ("The senator will hold a rally in Miami on Friday.", "hold", None),
        ("Shares rallied on Monday after the report.", "rally", None),
        ("Protesters held a rally outside parliament.", "hold", "Protest"),
        ("Thousands rallied in the capital on Sunday.", "rally", "Protest"),
        ("As crowds took to the streets, a rally was held in the main square.", "hold", "Protest"),
        # A solidarity rally is a protest; one person's rally is one only when held against
        # something, and supporters rallied are none.
        ("Thousands held solidarity rallies in the capital.", "hold", "Protest"),
        ("Ann Lee held a rally against the new law.", "hold", "Protest"),
        ("Protesters clashed with police at his rally.", "rally", None),
        ("She rallied her supporters against the bill.", "rally", None),
        # Strikes named with protests are walkouts.
        ("For years there have been strikes and protests in the city.", "strike", "Protest"),
    ],
)
def test_rejections_forecasts_sports_moods_gestures_and_shows_keep_their_own_kind(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert _types_of(nlp, text, action) == [expected]


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # Settling somewhere that is no court finds a home; a lawsuit or a court settles.
        ("The family settled in Ohio.", "settle", None),
        ("The couple settled down in a quiet suburb.", "settle down", None),
        ("The firms settled in federal court.", "settle", "Agreement"),
        ("The company settled the lawsuit for $5 million.", "settle", "Agreement"),
        # "Wound" as the past of "wind" with its particle ends or ends up; no one is hurt.
        ("The studio has wound down its film unit.", "wind down", None),
        ("The driver wound up in a ditch.", "wind up", None),
        ("Gunmen wounded four villagers.", "wound", "Injury"),
        # A voter who captures a state, a district or a nomination wins an election, and
        # support captured is favour won; an army, or anyone taking a city that bears a
        # province's name, takes control.
        ("The senator captured his home state of Vermont.", "capture", "Election"),
        ("Oskar Lind carried two states on Tuesday.", "carry", "Election"),
        ("The Democrats captured the district in November.", "capture", "Election"),
        ("She captured the nomination in June.", "capture", "Election"),
        ("The mayor captured the support of the unions.", "capture", None),
        ("Troops captured the district in May.", "capture", "TakeControl"),
        ("The army captured Mosul.", "capture", "TakeControl"),
        # A boxer's fight and a fight over patents are no armed clash; soldiers' is one.
        ("The boxer fights Lopez on Saturday.", "fight", None),
        ("Zenco battled Arvia over patents.", "battle", None),
        ("Soldiers fought the insurgents in the valley.", "fight", "ArmedClash"),
        # Species harmed and a game plan executed are no one wounded or killed.
        ("Planners said the projects could harm endangered species.", "harm", None),
        ("The gunmen harmed the children.", "harm", "Injury"),
        ("The team executed the game plan well.", "execute", None),
        ("The regime executed twelve prisoners.", "execute", "Killing"),
        # A charged mood or thing charges no one; people, or "it" with a crime, are charged.
        ("The atmosphere in the hall was charged.", "charge", None),
        ("The air was charged with a quiet tension.", "charge", None),
        ("The suspect was charged with murder.", "charge", "Charge"),
        ("It was charged with fraud in 2019.", "charge", "Charge"),
        ("Two were charged on Monday.", "charge", "Charge"),
        ("He has not been charged.", "charge", "Charge"),
        # Control lost is no seizure; "Take X." offers an example.
        ("The driver lost control of the car.", "lose control of", None),
        ("The army took control of the city.", "take control of", "TakeControl"),
        # (A name offered so is no event at all: tests/extract/test_non_events.py.)
        ("Take the old mill.", "take", None),
    ],
)
def test_a_vote_won_is_an_election_and_a_home_a_bout_wildlife_a_plan_or_a_mood_no_kind(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert set(_types_of(nlp, text, action)) == {expected}


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # A post taken up is no legal charge; a person charged still is.
        ("The deputy took charge of the unit.", "take charge of", None),
        ("The new coach took charge of the squad in May.", "take charge of", None),
        ("The clerk was charged with theft.", "charge", "Charge"),
        # An answer by an act is the act; an answer by words or a smile stays a statement.
        ("The army responded with airstrikes.", "respond with", "Airstrike"),
        ("The jets retaliated with strikes on the port.", "retaliate with", "Attack"),
        ("The police responded with tear gas.", "respond with", "Attack"),
        ("The police responded with tear gas and flash bombs.", "respond with", "Attack"),
        ("The rebels responded with rocket fire.", "respond with", "Attack"),
        # The answer's own weapon is read, not the other side's in the sentence.
        (
            "Rioters threw petrol bombs, and the police responded with stun grenades.",
            "respond with",
            "Attack",
        ),
        ("The coach responded with a lawsuit.", "respond with", "Charge"),
        ("The ministry responded with a smile.", "respond with", "Statement"),
        ("The critics responded with a barrage of insults.", "respond with", "Statement"),
        # A fault of play committed is no crime; a crime committed is one.
        ("The guards committed three turnovers.", "commit", None),
        ("The midfielder committed a foul in the second half.", "commit", None),
        ("She committed fraud.", "commit", "Crime"),
        # Orders, a trade or a contract executed kill no one; people executed are killed.
        ("They are executing their operational orders.", "execute", None),
        ("The bank executed the trade on Monday.", "execute", None),
        ("The clerk executed the contract.", "execute", None),
        ("The soldiers executed several villagers after the raid.", "execute", "Killing"),
        # A fight to reach an end by one person or a party is a campaign; an armed one's
        # stays a clash.
        ("The senator will fight to keep the old law.", "fight", None),
        ("The rebels fought to retake the town.", "fight", "ArmedClash"),
        ("Okafor refused to fight in the war to come.", "refuse to fight", "ArmedClash"),
        # A fire caused or led to is a blaze; one opened is gunfire.
        ("The heat wave led to record fires.", "lead to", "Disaster"),
        ("Gunmen opened fire on the crowd.", "open fire on", "Attack"),
        # A cease-fire brokered is an agreement, also as a tokenised text spaces its hyphen.
        ("The envoy brokered a cease-fire between the two sides.", "broker", "Agreement"),
        ("The envoy brokered a still - fragile cease - fire .", "broker", "Agreement"),
    ],
)
def test_a_post_taken_an_answer_by_an_act_a_fault_of_play_and_orders_executed(
    nlp: Language, text: str, action: str, expected: str | None
) -> None:
    assert set(_types_of(nlp, text, action)) == {expected}


@pytest.mark.parametrize(
    ("sentence", "trigger", "action", "target", "label", "expected"),
    [
        # A light verb of attack names no kind by whom it hits; by the act it performs, it does.
        ("Gunmen struck the convoy at dusk.", "struck", "strike", "the convoy", "", "Attack"),
        ("The rivals struck a deal at dusk.", "struck", "strike", "a deal", "", "Agreement"),
        # A rule struck down is annulled; people struck down are attacked.
        (
            "The judges struck down the curfew rule.",
            "struck",
            "strike down",
            "the curfew rule",
            "",
            None,
        ),
        (
            "A sniper struck down two guards.",
            "struck",
            "strike down",
            "two guards",
            "",
            "Attack",
        ),
        # Home runs hit are acts, no one attacked.
        ("Ortega hit 31 home runs.", "hit", "hit", "31 home runs", "", None),
        # A standard or a target met is no meeting; people met are.
        ("The plant failed to meet the standard.", "meet", "meet", "the standard", "", None),
        (
            "The envoy met with the rebel leaders.",
            "met",
            "meet with",
            "the rebel leaders",
            "",
            "Meeting",
        ),
        ("The mayor met some of the donors.", "met", "meet", "some of the donors", "", "Meeting"),
        ("The envoy met them at noon.", "met", "meet", "them", "", "Meeting"),
        # Put under arrest or into custody, someone is arrested.
        ("Guards placed the porter under arrest.", "placed", "place", "the porter", "", "Arrest"),
        ("He was taken into police custody.", "taken", "take", "He", "", "Arrest"),
        ("She took the parcel into the house.", "took", "take", "the parcel", "", None),
        # Going hunting is a pastime, no search; a search for someone is one.
        ("The brothers went hunting in the hills.", "hunting", "hunt", "", "", None),
        (
            "Police went hunting for the escaped inmate.",
            "hunting",
            "hunt for",
            "the escaped inmate",
            "",
            "Investigation",
        ),
        # Going into administration or to war moves no one.
        ("The retailer went into administration.", "went", "go into", "administration", "", None),
        ("The law came into place in May.", "came", "come into", "place", "", None),
        # A walkout in protest is a protest.
        (
            "The delegates walked out of the talks in protest.",
            "walked",
            "walk out",
            "",
            "",
            "Protest",
        ),
        ("The delegates walked out of the hall.", "walked", "walk out", "", "", "Movement"),
        # Engaged in a clash is a clash, in a process no kind; engaged to someone, no clash.
        (
            "Police were engaged in heavy clashes with gunmen.",
            "engaged",
            "engage",
            "Police",
            "",
            "ArmedClash",
        ),
        ("The agency engaged in improper conduct.", "engaged", "engage", "", "", None),
        ("She never engaged in insults or attacks.", "engaged", "engage", "", "", None),
        ("Mara was engaged to a singer.", "engaged", "engage", "Mara", "PERSON", None),
        (
            "The frigate engaged the raiders at dawn.",
            "engaged",
            "engage",
            "the raiders",
            "",
            "ArmedClash",
        ),
        # A participle after a comma is forced by the clause before it, no one threatening.
        (
            "The river rose, forcing hundreds of people to leave.",
            "forcing",
            "force",
            "hundreds of people",
            "",
            None,
        ),
        ("The villagers were forced to leave.", "forced", "force", "The villagers", "", "Threat"),
        # Moving to, or entering, a level, a stage, a race or a message takes no one
        # anywhere, whatever name the parse took a numbered level for; a town or a border
        # entered, and safety fled to, still do.
        ("The region moves to Level 4.", "moves", "move to", "Level 4", "PERSON", None),
        ("The region moves to level 4.", "moves", "move", "", "", None),
        ("The patrol moved to gate 4.", "moved", "move", "", "", "Movement"),
        (
            "The county moved to a higher alert level.",
            "moved",
            "move to",
            "a higher alert level",
            "",
            None,
        ),
        ("The talks entered a tense stage.", "entered", "enter", "a tense stage", "", None),
        ("The mayor entered the race in May.", "entered", "enter", "the race", "", None),
        ("The aide never returned my calls.", "returned", "return", "my calls", "", None),
        ("The rebels entered the town.", "entered", "enter", "the town", "", "Movement"),
        ("The herders fled to safety.", "fled", "flee to", "safety", "", "Movement"),
        # A name the parse did not tell stays a place one may enter.
        ("The singer entered Haven for rest.", "entered", "enter", "Haven", "", "Movement"),
        # Heading a body leads it; heading somewhere is a journey.
        ("She heads the audit panel.", "heads", "head", "the audit panel", "", None),
        ("A panel headed by Ola Berg met.", "headed", "head", "A panel", "", None),
        ("The barge headed in their direction.", "headed", "head", "The barge", "", "Movement"),
        # Fire returned is shot; a film that hits theaters is released.
        ("The guards returned fire.", "returned", "return fire", "", "", "Attack"),
        ("The sequel hits theaters in June.", "hits", "hit", "theaters", "", None),
        # A bare number or sum hit is a level reached; trucks hit are attacked.
        ("The index hit 7,200 on Friday.", "hit", "hit", "7,200", "", None),
        ("The toll hit 80 by noon.", "hit", "hit", "80", "", None),
        ("Fares hit $9 in May.", "hit", "hit", "$9", "", None),
        ("Gunmen hit two trucks.", "hit", "hit", "two trucks", "", "Attack"),
        # A fight in a bout or a race is a contest, no armed clash; the rebels' is one.
        (
            "The boxer refused to fight his cousin for the title.",
            "fight",
            "fight",
            "his cousin",
            "",
            None,
        ),
        (
            "The senator battled the governor in the primary.",
            "battled",
            "battle",
            "the governor",
            "",
            None,
        ),
        (
            "The rebels fought the army near the dam.",
            "fought",
            "fight",
            "the army",
            "",
            "ArmedClash",
        ),
        # A war on a food or on a state of things is a campaign; on a side, an attack.
        ("The cook's war on fried food.", "war", "wage war", "fried food", "", None),
        ("The mayor declared war on poverty.", "war", "wage war", "poverty", "", None),
        ("The junta waged war on the rebels.", "waged", "wage war", "the rebels", "", "Attack"),
        # "fire" and "sack" dismiss whoever they take; shots fired are an attack.
        ("The coach fired his assistant.", "fired", "fire", "his assistant", "", "Dismissal"),
        ("After the loss he was fired.", "fired", "fire", "he", "", "Dismissal"),
        ("The patrol fired two shots.", "fired", "fire", "two shots", "", "Attack"),
        # A market that crashes or prices that explode befall no one; a jet or a bomb does.
        ("The market crashed on Monday.", "crashed", "crash", "The market", "", None),
        ("Rents exploded last year.", "exploded", "explode", "Rents", "", None),
        ("The jet crashed in the hills.", "crashed", "crash", "The jet", "", "Disaster"),
        # A firm invading a market, or a paper someone's privacy, invades no one.
        ("Velta will invade the tablet market.", "invade", "invade", "the tablet market", "", None),
        ("The tabloid invaded her privacy.", "invaded", "invade", "her privacy", "", None),
        ("The army invaded the valley.", "invaded", "invade", "the valley", "", "Attack"),
        # A jab, a job or a player landed, and rules rolled back, move nothing; a plane
        # landed or tanks rolled back do.
        ("He landed a hard jab.", "landed", "land", "a hard jab", "", None),
        ("The club landed a star striker.", "landed", "land", "a star striker", "", None),
        ("The pilot landed the plane.", "landed", "land", "the plane", "", "Movement"),
        ("The council rolled back the rules.", "rolled", "roll back", "the rules", "", None),
        ("The army rolled back its tanks.", "rolled", "roll back", "its tanks", "", "Movement"),
        # Leaving office ends a term; going to the polls is voting.
        ("The mayor left office in May.", "left", "leave", "office", "", None),
        ("Voters go to the polls today.", "go", "go to", "the polls", "", "Election"),
        # Two firms fighting for a market are rivals.
        (
            "Zenco is battling Arvia for the market.",
            "battling",
            "battle",
            "Arvia",
            "PERSON",
            None,
        ),
    ],
)
def test_a_verb_is_typed_by_what_it_takes_and_the_words_around_it(
    sentence: str, trigger: str, action: str, target: str, label: str, expected: str | None
) -> None:
    assert event_type(_event(sentence, trigger, action, target, label)) == expected
