"""Event frames on hand-built parses: the rules, without the statistical model."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_fixtures import VOCAB, parsed
from spacy.tokens import Doc

from kg.extract import extract
from kg.model import Document


def events_of(doc: Doc, date: dt.date | None = None):
    return extract(doc, Document(id="d", text=doc.text, date=date)).events


def test_active_verb_with_actor_target_and_time() -> None:
    doc = parsed(
        """
        Russian Russian ADJ JJ amod 1
        forces force NOUN NNS nsubj 2
        shelled shell VERB VBD ROOT 2
        Kharkiv Kharkiv PROPN NNP dobj 2
        on on ADP IN prep 2
        Monday Monday PROPN NNP pobj 4
        . . PUNCT . punct 2
        """,
        ents=((0, 1, "NORP"), (3, 4, "GPE"), (5, 6, "DATE")),
    )
    [event] = events_of(doc, dt.date(2022, 3, 2))
    assert event.action == "shell"
    assert event.actor is not None and event.actor.text == "Russian forces"
    assert event.target is not None and event.target.text == "Kharkiv"
    assert event.time is not None and event.time.value == "2022-02-28"
    assert event.evidence.text == doc.text
    assert doc.text[event.start : event.end] == "shelled"


def test_passive_agent_is_the_actor_and_subject_the_target() -> None:
    doc = parsed(
        """
        Kharkiv Kharkiv PROPN NNP nsubjpass 2
        was be AUX VBD auxpass 2
        shelled shell VERB VBN ROOT 2
        by by ADP IN agent 2
        Russian Russian ADJ JJ amod 5
        forces force NOUN NNS pobj 3
        . . PUNCT . punct 2
        """,
        ents=((0, 1, "GPE"), (4, 5, "NORP")),
    )
    [event] = events_of(doc)
    assert (event.action, event.actor.text, event.target.text) == (
        "shell",
        "Russian forces",
        "Kharkiv",
    )


def test_light_verb_and_preposition_join_the_action() -> None:
    doc = parsed(
        """
        Troops troop NOUN NNS nsubj 1
        took take VERB VBD ROOT 1
        control control NOUN NN dobj 1
        of of ADP IN prep 2
        the the DET DT det 6
        Hostomel Hostomel PROPN NNP compound 6
        airport airport NOUN NN pobj 3
        . . PUNCT . punct 1
        """,
        ents=((5, 6, "GPE"),),
    )
    [event] = events_of(doc)
    assert event.action == "take control of"
    assert event.target.text == "the Hostomel airport"


def test_a_light_nouns_of_the_parse_hangs_on_the_verb_is_the_nouns() -> None:
    # "took control of it": the small model often hangs the "of" on "took"; a verb takes no
    # "of" of its own, so what follows it is what control was taken of.
    doc = parsed(
        """
        Rebels rebel NOUN NNS nsubj 1
        took take VERB VBD ROOT 1
        control control NOUN NN dobj 1
        of of ADP IN prep 1
        it it PRON PRP pobj 3
        . . PUNCT . punct 1
        """
    )
    [event] = events_of(doc)
    assert (event.action, event.target.text) == ("take control of", "it")


def test_prepositional_verb_takes_its_object() -> None:
    doc = parsed(
        """
        Putin Putin PROPN NNP nsubj 1
        called call VERB VBD ROOT 1
        on on ADP IN prep 1
        the the DET DT det 4
        army army NOUN NN pobj 2
        . . PUNCT . punct 1
        """,
        ents=((0, 1, "PERSON"),),
    )
    [event] = events_of(doc)
    assert (event.action, event.actor.text, event.target.text) == ("call on", "Putin", "the army")


def test_a_day_after_the_verb_is_when_not_what() -> None:
    # News dates its events with a bare day ("died Sunday"), which the parse hangs on the
    # verb as it does a named object it took for an adverb: the day is the event's time.
    doc = parsed(
        """
        The the DET DT det 1
        miner miner NOUN NN nsubj 2
        died die VERB VBD ROOT 2
        Sunday Sunday PROPN NNP npadvmod 2
        . . PUNCT . punct 2
        The the DET DT det 6
        mayor mayor NOUN NN nsubj 7
        resigned resign VERB VBD ROOT 7
        Friday Friday PROPN NNP npadvmod 7
        . . PUNCT . punct 7
        Rebels rebel NOUN NNS nsubj 11
        shelled shell VERB VBD ROOT 11
        Velbrook Velbrook PROPN NNP npadvmod 11
        . . PUNCT . punct 11
        """,
        ents=((3, 4, "DATE"), (12, 13, "GPE")),
    )
    died, resigned, shelled = events_of(doc)
    assert died.action == "die" and died.target is not None and died.target.text == "The miner"
    assert resigned.action == "resign" and resigned.target is None  # no DATE label: a weekday
    assert shelled.target is not None and shelled.target.text == "Velbrook"


def test_negation_and_chain() -> None:
    doc = parsed(
        """
        Forces force NOUN NNS nsubj 3
        have have AUX VBP aux 3
        not not PART RB neg 3
        continued continue VERB VBN ROOT 3
        to to PART TO aux 5
        approach approach VERB VB xcomp 3
        the the DET DT det 7
        capital capital NOUN NN dobj 5
        . . PUNCT . punct 3
        """
    )
    [event] = events_of(doc)
    assert event.action == "continue to approach"
    assert event.negated is True
    assert event.target.text == "the capital"


def test_modal_auxiliary_sets_modality() -> None:
    doc = parsed(
        """
        Troops troop NOUN NNS nsubj 2
        may may AUX MD aux 2
        attack attack VERB VB ROOT 2
        Kyiv Kyiv PROPN NNP dobj 2
        . . PUNCT . punct 2
        """,
        ents=((3, 4, "GPE"),),
    )
    [event] = events_of(doc)
    assert event.modality == "possible" and event.negated is False


def test_places_get_their_roles() -> None:
    doc = parsed(
        """
        Troops troop NOUN NNS nsubj 1
        advanced advance VERB VBD ROOT 1
        from from ADP IN prep 1
        Crimea Crimea PROPN NNP pobj 2
        towards towards ADP IN prep 1
        Kherson Kherson PROPN NNP pobj 4
        . . PUNCT . punct 1
        """,
        ents=((3, 4, "LOC"), (5, 6, "GPE")),
    )
    [event] = events_of(doc)
    assert [(p.argument.text, p.role) for p in event.places] == [
        ("Crimea", "origin"),
        ("Kherson", "destination"),
    ]


def test_reported_clause_gets_the_speaker_as_source() -> None:
    doc = parsed(
        """
        Officials official NOUN NNS nsubj 1
        said say VERB VBD ROOT 1
        troops troop NOUN NNS nsubj 3
        shelled shell VERB VBD ccomp 1
        the the DET DT det 5
        city city NOUN NN dobj 3
        . . PUNCT . punct 1
        """
    )
    say, shell = events_of(doc)
    assert say.action == "say" and say.actor.text == "Officials" and say.source is None
    assert shell.action == "shell" and shell.source is not None and shell.source.text == "Officials"


def test_coordinated_subjects_give_one_event_each() -> None:
    doc = parsed(
        """
        Russia Russia PROPN NNP nsubj 3
        and and CCONJ CC cc 0
        Belarus Belarus PROPN NNP conj 0
        attacked attack VERB VBD ROOT 3
        Ukraine Ukraine PROPN NNP dobj 3
        . . PUNCT . punct 3
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")),
    )
    first, second = events_of(doc)
    assert (first.actor.text, second.actor.text) == ("Russia", "Belarus")
    assert first.id != second.id and second.part == 1


def test_a_second_subject_hung_on_the_verb_beside_the_first_acts_too() -> None:
    # "The union and the company could sign the deal", parsed with both nouns as the
    # verb's subjects and the "and" on the first: both sign.
    doc = parsed(
        """
        The the DET DT det 1
        union union NOUN NN nsubj 6
        and and CCONJ CC cc 1
        the the DET DT det 4
        company company NOUN NN nsubj 6
        could could AUX MD aux 6
        sign sign VERB VB ROOT 6
        the the DET DT det 8
        deal deal NOUN NN dobj 6
        . . PUNCT . punct 6
        """
    )
    first, second = events_of(doc)
    assert (first.actor.text, second.actor.text) == ("The union", "the company")
    assert second.part == 1


def test_a_subject_of_another_clause_is_no_conjunct() -> None:
    # "The union struck, and the company closed the plant" parsed with both subjects on
    # "closed": a verb stands between them, so they are no coordination, and no event
    # is added for the second.
    doc = parsed(
        """
        The the DET DT det 1
        union union NOUN NN nsubj 7
        struck strike VERB VBD dep 7
        , , PUNCT , punct 2
        and and CCONJ CC cc 1
        the the DET DT det 6
        company company NOUN NN nsubj 7
        closed close VERB VBD ROOT 7
        the the DET DT det 9
        plant plant NOUN NN dobj 7
        . . PUNCT . punct 7
        """
    )
    closing = [e for e in events_of(doc) if e.action == "close"]
    assert len(closing) == 1


def test_event_noun_with_target_and_place() -> None:
    doc = parsed(
        """
        The the DET DT det 1
        attack attack NOUN NN nsubj 6
        on on ADP IN prep 1
        Kharkiv Kharkiv PROPN NNP pobj 2
        by by ADP IN prep 1
        separatists separatist NOUN NNS pobj 4
        continued continue VERB VBD ROOT 6
        . . PUNCT . punct 6
        """,
        ents=((3, 4, "GPE"),),
    )
    events = events_of(doc)
    noun = next(e for e in events if e.action == "attack")
    assert noun.target.text == "Kharkiv" and noun.actor.text == "separatists"


def test_get_with_an_object_obtains_something() -> None:
    doc = parsed(
        """
        Smugglers smuggler NOUN NNS nsubj 1
        got get VERB VBD ROOT 1
        American american ADJ JJ amod 3
        rifles rifle NOUN NNS dobj 1
        . . PUNCT . punct 1
        """,
        ents=((2, 3, "NORP"),),
    )
    [event] = events_of(doc)
    assert (event.action, event.actor.text, event.target.text) == (
        "get",
        "Smugglers",
        "American rifles",
    )


def test_get_as_a_state_or_a_causative_names_no_action_of_its_own() -> None:
    state = parsed(
        """
        The the DET DT det 1
        government government NOUN NN nsubj 2
        got get VERB VBD ROOT 2
        more more ADV RBR advmod 4
        popular popular ADJ JJ acomp 2
        . . PUNCT . punct 2
        """
    )
    assert events_of(state) == ()
    causative = parsed(
        """
        Ministers minister NOUN NNS nsubj 1
        got get VERB VBD ROOT 1
        producers producer NOUN NNS dobj 1
        to to PART TO aux 4
        freeze freeze VERB VB xcomp 1
        output output NOUN NN dobj 4
        . . PUNCT . punct 1
        """
    )
    [event] = events_of(causative)
    assert (event.action, event.actor.text, event.target.text) == (
        "freeze",
        "producers",
        "output",
    )


def test_a_participle_with_its_own_subject_is_a_clause_not_a_reduced_relative() -> None:
    # The parser hangs "(that) he could be sent to Sweden" on "fear" as a participle; with
    # its own subject and auxiliaries it is an event, not a description of the fear.
    doc = parsed(
        """
        Supporters supporter NOUN NNS nsubj 1
        voiced voice VERB VBD ROOT 1
        fear fear NOUN NN dobj 1
        he he PRON PRP nsubjpass 6
        could could AUX MD aux 6
        be be AUX VB auxpass 6
        sent send VERB VBN acl 2
        to to ADP IN prep 6
        Sweden Sweden PROPN NNP pobj 7
        . . PUNCT . punct 1
        """,
        ents=((8, 9, "GPE"),),
    )
    sent = next(e for e in events_of(doc) if e.action == "send")
    assert sent.target.text == "he" and sent.actor is None
    assert [p.argument.text for p in sent.places] == ["Sweden"]
    assert sent.modality == "possible"
    described = parsed(
        """
        Officials official NOUN NNS nsubj 1
        read read VERB VBD ROOT 1
        the the DET DT det 3
        statement statement NOUN NN dobj 1
        issued issue VERB VBN acl 3
        in in ADP IN prep 4
        Kyiv Kyiv PROPN NNP pobj 5
        . . PUNCT . punct 1
        """,
        ents=((6, 7, "GPE"),),
    )
    assert [e.action for e in events_of(described)] == ["read"]


def test_a_clause_with_no_role_is_kept_when_claimed_and_not_asserted() -> None:
    # "if funded" names nobody who funds and nothing funded; it is kept because the
    # mayor claims it and it is a condition, not a fact.
    doc = parsed(
        """
        The the DET DT det 1
        mayor mayor NOUN NN nsubj 2
        said say VERB VBD ROOT 2
        the the DET DT det 4
        road road NOUN NN nsubjpass 7
        would would AUX MD aux 7
        be be AUX VB auxpass 7
        rebuilt rebuild VERB VBN ccomp 2
        if if SCONJ IN mark 9
        funded fund VERB VBN advcl 7
        . . PUNCT . punct 2
        """
    )
    fund = next(e for e in events_of(doc) if e.action == "fund")
    assert fund.actor is None and fund.target is None and not fund.places
    assert fund.source is not None and fund.source.text == "The mayor"
    assert fund.modality == "conditional"


def test_a_claimed_clause_whose_subject_was_an_instrument_is_kept() -> None:
    # The parse gives "detonated" a subject; the role checks drop it (a device does not
    # act), which leaves the clause bare, but the police still claim it happened.
    claimed = parsed(
        """
        Police police NOUN NNS nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        device device NOUN NN nsubj 4
        detonated detonate VERB VBD ccomp 1
        early early ADV RB advmod 4
        . . PUNCT . punct 1
        """
    )
    detonate = next(e for e in events_of(claimed) if e.action == "detonate")
    assert detonate.actor is None and detonate.source is not None
    assert detonate.source.text == "Police"
    unclaimed = parsed(
        """
        The the DET DT det 1
        device device NOUN NN nsubj 2
        detonated detonate VERB VBD ROOT 2
        early early ADV RB advmod 2
        . . PUNCT . punct 2
        """
    )
    assert events_of(unclaimed) == ()


def test_a_claimed_asserted_clause_without_any_subject_is_dropped() -> None:
    # "the cost of rebuilding": nobody rebuilds and nothing is rebuilt in this sentence.
    doc = parsed(
        """
        Officials official NOUN NNS nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        cost cost NOUN NN nsubj 6
        of of ADP IN prep 3
        rebuilding rebuild VERB VBG pcomp 4
        was be AUX VBD ccomp 1
        high high ADJ JJ acomp 6
        . . PUNCT . punct 1
        """
    )
    assert [e.action for e in events_of(doc)] == ["say"]


def test_a_claimed_event_noun_with_no_role_is_dropped() -> None:
    # A bare event noun is most often a later mention of an event already told.
    doc = parsed(
        """
        Witnesses witness NOUN NNS nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        explosion explosion NOUN NN nsubj 4
        was be AUX VBD ccomp 1
        loud loud ADJ JJ acomp 4
        . . PUNCT . punct 1
        """
    )
    assert [e.action for e in events_of(doc)] == ["say"]


def test_a_noun_that_modifies_a_noun_names_no_happening() -> None:
    doc = parsed(
        """
        Officials official NOUN NNS nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 4
        evacuation evacuation NOUN NN compound 4
        route route NOUN NN nsubj 5
        reopened reopen VERB VBD ccomp 1
        . . PUNCT . punct 1
        """
    )
    assert [e.action for e in events_of(doc)] == ["say", "reopen"]


def test_headline_lines_give_no_events() -> None:
    doc = parsed(
        """
        Putin Putin PROPN NNP nsubj 1
        Calls call VERB VBZ ROOT 1
        Army Army PROPN NNP compound 3
        Leaders Leaders PROPN NNPS dobj 1
        """
    )
    assert events_of(doc) == ()


def test_a_sentence_ending_in_an_abbreviation_is_running_text() -> None:
    # "Corp." keeps its full stop in one token: the line still ends as prose does, so
    # "said" and "stalled" are no headline passives and keep their doers.
    doc = parsed(
        """
        Talks talk NOUN NNS nsubj 1
        stalled stall VERB VBD ccomp 3
        , , PUNCT , punct 3
        said say VERB VBD ROOT 3
        Lee Lee PROPN NNP compound 5
        Park Park PROPN NNP nsubj 3
        of of ADP IN prep 5
        Orbis Orbis PROPN NNP compound 8
        Corp. Corp. PROPN NNP pobj 6
        """,
        ents=((4, 6, "PERSON"), (7, 9, "ORG")),
    )
    roles = {e.action: (e.actor and e.actor.text, e.target) for e in events_of(doc)}
    assert roles["say"][0] is not None and roles["say"][0].startswith("Lee Park")
    assert roles["say"][1] is None
    assert roles["stall"] == ("Talks", None)


def roles_of(doc: Doc) -> dict[str, tuple[str | None, str | None]]:
    return {
        e.action: (e.actor and e.actor.text, e.target and e.target.text) for e in events_of(doc)
    }


def test_a_past_the_tagger_calls_a_participle_keeps_its_doer_in_running_text() -> None:
    # The tagger may call a regular past a participle ("embarked" VBN) while the parse
    # gives it a plain subject: in a sentence that ends as prose it is the main verb's
    # past, its subject the doer; so is a verb whose first sense takes an object when a
    # complement follows that no passive has ("elected to stop").
    embarked = parsed(
        """
        The the DET DT det 1
        fans fan NOUN NNS nsubj 2
        embarked embark VERB VBN ROOT 2
        on on ADP IN prep 2
        a a DET DT det 5
        tour tour NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    assert roles_of(embarked)["embark on"] == ("The fans", "a tour")
    elected = parsed(
        """
        The the DET DT det 1
        referee referee NOUN NN nsubj 2
        elected elect VERB VBN ROOT 2
        to to PART TO aux 4
        halt halt VERB VB xcomp 2
        the the DET DT det 6
        fight fight NOUN NN dobj 4
        . . PUNCT . punct 2
        """
    )
    assert roles_of(elected)["halt"] == ("The referee", "the fight")


def test_a_caption_passive_or_a_participle_no_past_shares_stays_passive() -> None:
    # "killed" takes an object and has none: a caption's passive, even with a full stop;
    # "taken" is no past form at all; a "by" says it was done to its subject.
    killed = parsed(
        """
        Three three NUM CD nummod 1
        soldiers soldier NOUN NNS nsubj 2
        killed kill VERB VBN ROOT 2
        in in ADP IN prep 2
        the the DET DT det 5
        attack attack NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    assert roles_of(killed)["kill"] == (None, "soldiers")  # the count is a figure
    taken = parsed(
        """
        Two two NUM CD nummod 1
        guards guard NOUN NNS nsubj 2
        taken take VERB VBN ROOT 2
        hostage hostage NOUN NN oprd 2
        . . PUNCT . punct 2
        """
    )
    assert roles_of(taken)["take"][1] == "guards"
    signed = parsed(
        """
        The the DET DT det 1
        striker striker NOUN NN nsubj 2
        signed sign VERB VBN ROOT 2
        by by ADP IN agent 2
        the the DET DT det 5
        club club NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    assert roles_of(signed)["sign"][1] == "The striker"


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_documents_give_nothing(text: str) -> None:
    doc = Doc(VOCAB, words=text.split() or [])
    assert extract(doc, Document(id="e", text=doc.text)).events == ()


def test_avoid_and_refrain_keep_their_gerund_from_happening() -> None:
    doc = parsed(
        """
        Guards guard NOUN NNS nsubj 1
        avoided avoid VERB VBD ROOT 1
        opening open VERB VBG xcomp 1
        the the DET DT det 4
        gates gate NOUN NNS dobj 2
        . . PUNCT . punct 1
        """
    )
    opened = [e for e in events_of(doc) if e.action == "open"]
    assert opened and all(e.negated for e in opened)
    doc = parsed(
        """
        Guards guard NOUN NNS nsubj 1
        refrained refrain VERB VBD ROOT 1
        from from ADP IN prep 1
        opening open VERB VBG pcomp 2
        the the DET DT det 5
        gates gate NOUN NNS dobj 3
        . . PUNCT . punct 1
        """
    )
    opened = [e for e in events_of(doc) if e.action == "open"]
    assert opened and all(e.negated for e in opened)


def test_a_relative_clause_does_not_take_the_place_fronted_in_its_main_clause() -> None:
    doc = parsed(
        """
        In in ADP IN prep 9
        Tromso Tromso PROPN NNP pobj 0
        , , PUNCT , punct 9
        the the DET DT det 4
        rebels rebel NOUN NNS nsubj 9
        who who PRON WP nsubj 6
        backed back VERB VBD relcl 4
        Oslo Oslo PROPN NNP dobj 6
        , , PUNCT , punct 9
        seized seize VERB VBD ROOT 9
        the the DET DT det 11
        port port NOUN NN dobj 9
        . . PUNCT . punct 9
        """,
        ents=((1, 2, "GPE"), (7, 8, "GPE")),
    )
    found = {e.action: e for e in events_of(doc)}
    assert [p.argument.text for p in found["seize"].places] == ["Tromso"]
    assert found["back"].places == ()


def test_a_reporting_participle_goes_on_with_the_speaker_above_it() -> None:
    # The parse hangs "adding" on the reported clause; the rebels do not add, the official does.
    doc = parsed(
        """
        The the DET DT det 1
        official official NOUN NN nsubj 2
        said say VERB VBD ROOT 2
        that that SCONJ IN mark 6
        rebels rebel NOUN NNS nsubj 6
        had have AUX VBD aux 6
        lost lose VERB VBN ccomp 2
        ground ground NOUN NN dobj 6
        , , PUNCT , punct 6
        adding add VERB VBG advcl 6
        that that SCONJ IN mark 12
        troops troop NOUN NNS nsubj 12
        withdrew withdraw VERB VBD ccomp 9
        . . PUNCT . punct 2
        """
    )
    added = [e for e in events_of(doc) if e.action == "add"]
    assert added and all(e.actor is not None and e.actor.text == "The official" for e in added)


def test_a_cleft_puts_its_doer_first() -> None:
    doc = parsed(
        """
        It it PRON PRP nsubj 1
        was be AUX VBD ROOT 1
        the the DET DT det 3
        rebels rebel NOUN NNS attr 1
        that that PRON WDT nsubj 5
        burned burn VERB VBD ccomp 1
        the the DET DT det 7
        depot depot NOUN NN dobj 5
        . . PUNCT . punct 1
        """
    )
    [burned] = [e for e in events_of(doc) if e.action == "burn"]
    assert burned.actor is not None and burned.actor.text == "the rebels"


def test_the_one_seen_or_told_does_what_follows_not_a_relative_pronoun() -> None:
    # "a film in which she was filmed cutting the wire": she cuts, not "which".
    doc = parsed(
        """
        She she PRON PRP nsubj 1
        appeared appear VERB VBD ROOT 1
        in in ADP IN prep 1
        a a DET DT det 4
        film film NOUN NN pobj 2
        in in ADP IN prep 9
        which which PRON WDT pobj 5
        she she PRON PRP nsubjpass 9
        was be AUX VBD auxpass 9
        filmed film VERB VBN relcl 4
        cutting cut VERB VBG xcomp 9
        the the DET DT det 12
        wire wire NOUN NN dobj 10
        . . PUNCT . punct 1
        """
    )
    [cut] = [e for e in events_of(doc) if e.action == "cut"]
    assert cut.actor is not None and cut.actor.text == "she"


_OFF_FROM = """
Rebels rebel NOUN NNS nsubj 1
shelled shell VERB VBD ROOT 1
a a DET DT det 3
depot depot NOUN NN dobj 1
30 30 NUM CD nummod 5
kilometres kilometre NOUN NNS npadvmod 1
from from ADP IN prep 1
Tromso Tromso PROPN NNP pobj 6
. . PUNCT . punct 1
"""
_OFF_NORTH = """
Rebels rebel NOUN NNS nsubj 1
shelled shell VERB VBD ROOT 1
a a DET DT det 3
depot depot NOUN NN dobj 1
30 30 NUM CD nummod 5
kilometres kilometre NOUN NNS npadvmod 6
north north ADV RB advmod 1
of of ADP IN prep 6
Tromso Tromso PROPN NNP pobj 7
. . PUNCT . punct 1
"""


@pytest.mark.parametrize(
    ("rows", "place_at"), [(_OFF_FROM, 7), (_OFF_NORTH, 8)], ids=["km-from", "north-of"]
)
def test_a_place_the_event_is_placed_off_is_not_where_it_was(rows: str, place_at: int) -> None:
    doc = parsed(rows, ents=((place_at, place_at + 1, "GPE"),))
    [shelled] = [e for e in events_of(doc) if e.action == "shell"]
    assert all(p.argument.text != "Tromso" for p in shelled.places)


def test_a_place_named_after_from_is_still_an_origin() -> None:
    doc = parsed(
        """
        Rebels rebel NOUN NNS nsubj 1
        withdrew withdraw VERB VBD ROOT 1
        from from ADP IN prep 1
        Tromso Tromso PROPN NNP pobj 2
        . . PUNCT . punct 1
        """,
        ents=((3, 4, "GPE"),),
    )
    [withdrew] = [e for e in events_of(doc) if e.action == "withdraw"]
    assert [(p.role, p.argument.text) for p in withdrew.places] == [("origin", "Tromso")]


def test_the_landing_of_troops_is_landed_by_them() -> None:
    doc = parsed(
        """
        Marines marine NOUN NNS nsubj 1
        reported report VERB VBD ROOT 1
        the the DET DT det 3
        landing landing NOUN NN dobj 1
        of of ADP IN prep 3
        paratroopers paratrooper NOUN NNS pobj 4
        . . PUNCT . punct 1
        """
    )
    [landed] = [e for e in events_of(doc) if e.action == "land"]
    assert landed.actor is not None and landed.actor.text == "paratroopers"
    assert landed.target is None


def test_who_begins_the_stage_of_doing_it_does_it() -> None:
    doc = parsed(
        """
        Engineers engineer NOUN NNS nsubj 1
        began begin VERB VBD ROOT 1
        the the DET DT det 3
        process process NOUN NN dobj 1
        of of ADP IN prep 3
        clearing clear VERB VBG pcomp 4
        the the DET DT det 7
        mines mine NOUN NNS dobj 5
        . . PUNCT . punct 1
        """
    )
    [cleared] = [e for e in events_of(doc) if e.action == "clear"]
    assert cleared.actor is not None and cleared.actor.text == "Engineers"


def test_there_is_the_place_named_before_it_after_a_locative_preposition() -> None:
    # "Rebels landed in Tromso, facing the Sea of Barents, and camped there."
    doc = parsed(
        """
        Rebels rebel NOUN NNS nsubj 1
        landed land VERB VBD ROOT 1
        in in ADP IN prep 1
        Tromso Tromso PROPN NNP pobj 2
        , , PUNCT , punct 3
        facing face VERB VBG acl 3
        the the DET DT det 7
        Sea Sea PROPN NNP dobj 5
        of of ADP IN prep 7
        Barents Barents PROPN NNP pobj 8
        , , PUNCT , punct 1
        and and CCONJ CC cc 1
        camped camp VERB VBD conj 1
        there there ADV RB advmod 12
        . . PUNCT . punct 1
        """,
        ents=((3, 4, "GPE"), (6, 10, "LOC")),
    )
    [camped] = [e for e in events_of(doc) if e.action == "camp"]
    assert [p.argument.text for p in camped.places] == ["Tromso"]


def test_a_happening_that_took_place_is_the_event() -> None:
    doc = parsed(
        """
        Clashes clash NOUN NNS nsubj 1
        took take VERB VBD ROOT 1
        place place NOUN NN dobj 1
        in in ADP IN prep 1
        Tromso Tromso PROPN NNP pobj 3
        . . PUNCT . punct 1
        """,
        ents=((4, 5, "GPE"),),
    )
    events = events_of(doc)
    assert [e.action for e in events] == ["clash"]
    [clash] = events
    assert doc.text[clash.start : clash.end] == "Clashes"
    assert [p.argument.text for p in clash.places] == ["Tromso"]
    assert clash.actor is None


def test_a_place_that_witnessed_a_happening_is_where_it_happened() -> None:
    doc = parsed(
        """
        Tromso Tromso PROPN NNP nsubj 1
        witnessed witness VERB VBD ROOT 1
        heavy heavy ADJ JJ amod 3
        shelling shelling NOUN NN dobj 1
        . . PUNCT . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    [shelled] = events_of(doc)
    assert shelled.action == "shell" and shelled.actor is None
    assert [p.argument.text for p in shelled.places] == ["Tromso"]


@pytest.mark.parametrize(
    ("rows", "doer"),
    [
        (  # "X was behind the ambush"
            """
            Rebels rebel NOUN NNS nsubj 1
            were be AUX VBD ROOT 1
            behind behind ADP IN prep 1
            the the DET DT det 4
            ambush ambush NOUN NN pobj 2
            . . PUNCT . punct 1
            """,
            "Rebels",
        ),
        (  # "the gang responsible for the raid": the adjective's clause is no part of the name
            """
            Police police NOUN NNS nsubj 1
            arrested arrest VERB VBD ROOT 1
            the the DET DT det 3
            gang gang NOUN NN dobj 1
            responsible responsible ADJ JJ amod 3
            for for ADP IN prep 4
            the the DET DT det 7
            raid raid NOUN NN pobj 5
            . . PUNCT . punct 1
            """,
            "the gang",
        ),
        (  # "the militia claimed responsibility for the bombing"
            """
            The the DET DT det 1
            militia militia NOUN NN nsubj 2
            claimed claim VERB VBD ROOT 2
            responsibility responsibility NOUN NN dobj 2
            for for ADP IN prep 3
            the the DET DT det 6
            bombing bombing NOUN NN pobj 4
            . . PUNCT . punct 2
            """,
            "The militia",
        ),
    ],
)
def test_who_is_behind_or_responsible_for_a_deed_did_it(rows: str, doer: str) -> None:
    [deed] = [e for e in events_of(parsed(rows)) if e.action in {"ambush", "raid", "bomb"}]
    assert deed.actor is not None and deed.actor.text == doer


def test_denying_responsibility_owns_no_deed() -> None:
    doc = parsed(
        """
        The the DET DT det 1
        militia militia NOUN NN nsubj 2
        denied deny VERB VBD ROOT 2
        responsibility responsibility NOUN NN dobj 2
        for for ADP IN prep 3
        the the DET DT det 6
        bombing bombing NOUN NN pobj 4
        . . PUNCT . punct 2
        """
    )
    assert all(e.action != "bomb" for e in events_of(doc))


@pytest.mark.parametrize("determiner", ["No no", "Neither neither"])
def test_a_deed_no_one_answers_for_has_no_doer(determiner: str) -> None:
    doc = parsed(
        f"""
        {determiner} DET DT det 1
        group group NOUN NN nsubj 3
        has have AUX VBZ aux 3
        claimed claim VERB VBN ROOT 3
        responsibility responsibility NOUN NN dobj 3
        for for ADP IN prep 4
        the the DET DT det 7
        bombing bombing NOUN NN pobj 5
        . . PUNCT . punct 3
        """
    )
    doers = [e.actor.text for e in events_of(doc) if e.action == "bomb" and e.actor is not None]
    assert doers == []


def test_what_comes_under_attack_is_its_target_and_from_whom_its_actor() -> None:
    doc = parsed(
        """
        The the DET DT det 1
        embassy embassy NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        under under ADP IN prep 2
        fire fire NOUN NN pobj 3
        from from ADP IN prep 2
        gunmen gunman NOUN NNS pobj 5
        . . PUNCT . punct 2
        """
    )
    [event] = events_of(doc)  # no one came anywhere: the fire is the event
    assert (event.action, event.actor.text, event.target.text) == ("fire", "gunmen", "The embassy")
    hills = parsed(
        """
        The the DET DT det 1
        depot depot NOUN NN nsubj 2
        was be AUX VBD ROOT 2
        under under ADP IN prep 2
        attack attack NOUN NN pobj 3
        from from ADP IN prep 4
        the the DET DT det 7
        hills hill NOUN NNS pobj 5
        . . PUNCT . punct 2
        """
    )
    [event] = events_of(hills)  # where the attack came from is no doer
    assert (event.action, event.actor, event.target.text) == ("attack", None, "The depot")


def test_what_is_put_under_an_act_undergoes_it_done_by_the_subject() -> None:
    doc = parsed(
        """
        Raiders raider NOUN NNS nsubj 1
        brought bring VERB VBD ROOT 1
        the the DET DT det 3
        tanker tanker NOUN NN dobj 1
        under under ADP IN prep 1
        heavy heavy ADJ JJ amod 6
        fire fire NOUN NN pobj 4
        . . PUNCT . punct 1
        """
    )
    # the bringing only puts the tanker under the fire: the fire is the one event
    [fire] = events_of(doc)
    assert (fire.action, fire.actor.text, fire.target.text) == ("fire", "Raiders", "the tanker")
    described = parsed(
        """
        They they PRON PRP nsubj 1
        saw see VERB VBD ROOT 1
        two two NUM CD nummod 3
        barges barge NOUN NNS dobj 1
        under under ADP IN prep 3
        siege siege NOUN NN pobj 4
        by by ADP IN prep 5
        raiders raider NOUN NNS pobj 6
        . . PUNCT . punct 1
        """
    )
    [siege] = [e for e in events_of(described) if e.action == "besiege"]
    assert (siege.actor.text, siege.target.text) == ("raiders", "barges")


def test_fire_or_attack_said_of_a_person_or_for_a_cause_is_criticism_not_an_attack() -> None:
    person = parsed(
        """
        The the DET DT det 1
        senator senator NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        under under ADP IN prep 2
        attack attack NOUN NN pobj 3
        from from ADP IN prep 2
        rivals rival NOUN NNS pobj 5
        . . PUNCT . punct 2
        """
    )
    assert events_of(person) == ()
    cause = parsed(
        """
        The the DET DT det 1
        museum museum NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        under under ADP IN prep 2
        fire fire NOUN NN pobj 3
        over over ADP IN prep 2
        its its PRON PRP$ poss 7
        fees fee NOUN NNS pobj 5
        . . PUNCT . punct 2
        """
    )
    assert events_of(cause) == ()


def test_an_armed_party_under_fire_is_shot_at_and_hours_under_fire_are_no_cause() -> None:
    patrol = parsed(
        """
        The the DET DT det 1
        patrol patrol NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        under under ADP IN prep 2
        fire fire NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    [event] = events_of(patrol)  # a military unit is no person censured
    assert (event.action, event.target.text) == ("fire", "The patrol")
    hours = parsed(
        """
        The the DET DT det 1
        depot depot NOUN NN nsubj 2
        was be AUX VBD ROOT 2
        under under ADP IN prep 2
        fire fire NOUN NN pobj 3
        for for ADP IN prep 2
        hours hour NOUN NNS pobj 5
        . . PUNCT . punct 2
        """
    )
    [event] = events_of(hours)  # "for hours" says how long, not what for
    assert (event.action, event.target.text) == ("fire", "The depot")


def test_under_with_a_determiner_names_terms_not_an_act_undergone() -> None:
    doc = parsed(
        """
        The the DET DT det 1
        firm firm NOUN NN nsubj 2
        is be AUX VBZ ROOT 2
        under under ADP IN prep 2
        an an DET DT det 5
        agreement agreement NOUN NN pobj 3
        with with ADP IN prep 5
        the the DET DT det 8
        union union NOUN NN pobj 6
        . . PUNCT . punct 2
        """
    )
    assert all(e.target is None or e.target.text != "The firm" for e in events_of(doc))


def test_a_town_before_a_bare_ing_word_is_no_doer() -> None:
    # "was involved with Denver shooting": a headline's noun with its article dropped, which
    # the parser made a clause with the town as subject. The town is where, not who shot.
    doc = parsed(
        """
        He he PRON PRP nsubjpass 2
        was be AUX VBD auxpass 2
        involved involve VERB VBN ROOT 2
        with with ADP IN prep 2
        Denver Denver PROPN NNP nsubj 5
        shooting shoot VERB VBG pcomp 3
        . . PUNCT . punct 2
        """,
        ents=((4, 5, "GPE"),),
    )
    shootings = [e for e in events_of(doc) if e.action == "shoot"]
    assert all(e.actor is None for e in shootings)


def test_a_past_form_with_its_subject_after_of_is_a_passive() -> None:
    # "at the cost of 900 soldiers killed or captured": the parser made "soldiers killed" a
    # clause under "of", where no finite verb may stand; the soldiers were killed, and
    # captured, by no one named.
    doc = parsed(
        """
        at at ADP IN ROOT 0
        the the DET DT det 2
        cost cost NOUN NN pobj 0
        of of ADP IN prep 2
        900 900 NUM CD nummod 5
        soldiers soldier NOUN NNS nsubj 6
        killed kill VERB VBD pcomp 3
        or or CCONJ CC cc 6
        captured capture VERB VBN conj 6
        . . PUNCT . punct 0
        """,
        ents=((4, 5, "CARDINAL"),),
    )
    roles = {
        e.action: (e.actor and e.actor.text, e.target and e.target.text) for e in events_of(doc)
    }
    assert roles["kill"] == (None, "soldiers")
    assert roles["capture"] == (None, "soldiers")
