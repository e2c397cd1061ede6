"""Words that look like verbs but name no act: no event is made of them (issue 14).

Hand-built parses, as in test_frames.py: the rules, without the statistical model.
"""

from __future__ import annotations

import pytest
from extraction_fixtures import parsed
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract
from kg.model import Document


def actions(doc: Doc) -> list[str]:
    return [e.action for e in extract(doc, Document(id="d", text=doc.text)).events]


def test_a_contraction_taken_for_a_verb_is_no_event() -> None:
    # The small model tags a curly "’s" as a verb whose lemma is the apostrophe.
    doc = parsed(
        """
        Here here ADV RB advmod 1
        ’s ’ VERB VBZ ROOT 1
        the the DET DT det 3
        list list NOUN NN nsubj 1
        of of ADP IN prep 3
        winners winner NOUN NNS pobj 4
        . . PUNCT . punct 1
        """
    )
    assert actions(doc) == []
    spelled = parsed(
        """
        Here here ADV RB advmod 1
        stands stand VERB VBZ ROOT 1
        the the DET DT det 3
        list list NOUN NN nsubj 1
        of of ADP IN prep 3
        winners winner NOUN NNS pobj 4
        . . PUNCT . punct 1
        """
    )
    assert actions(spelled) == ["stand"]


def test_a_verb_that_only_marks_when_or_how_often_gives_its_infinitive_alone() -> None:
    going = parsed(
        """
        The the DET DT det 1
        council council NOUN NN nsubj 3
        is be AUX VBZ aux 3
        going go VERB VBG ROOT 3
        to to PART TO aux 5
        close close VERB VB xcomp 3
        the the DET DT det 7
        bridge bridge NOUN NN dobj 5
        . . PUNCT . punct 3
        """
    )
    [event] = extract(going, Document(id="d", text=going.text)).events
    assert (event.action, event.actor.text, event.target.text) == (
        "close",
        "The council",
        "the bridge",
    )
    habit = parsed(
        """
        Farmers farmer NOUN NNS nsubj 1
        used use VERB VBD ROOT 1
        to to PART TO aux 3
        sell sell VERB VB xcomp 1
        grain grain NOUN NN dobj 3
        . . PUNCT . punct 1
        """
    )
    assert actions(habit) == ["sell"]


def test_a_verb_with_an_object_of_its_own_before_an_infinitive_is_an_act() -> None:
    doc = parsed(
        """
        Smugglers smuggler NOUN NNS nsubj 1
        used use VERB VBD ROOT 1
        boats boat NOUN NNS dobj 1
        to to PART TO aux 4
        carry carry VERB VB xcomp 1
        fuel fuel NOUN NN dobj 4
        . . PUNCT . punct 1
        """
    )
    assert actions(doc)[0] == "use"
    passive = parsed(
        """
        Boats boat NOUN NNS nsubjpass 2
        were be AUX VBD auxpass 2
        used use VERB VBN ROOT 2
        to to PART TO aux 4
        carry carry VERB VB xcomp 2
        fuel fuel NOUN NN dobj 4
        . . PUNCT . punct 2
        """
    )
    assert "use" in actions(passive)


def test_a_verb_of_state_is_no_event() -> None:
    doc = parsed(
        """
        The the DET DT det 1
        brothers brother NOUN NNS nsubj 2
        lived live VERB VBD ROOT 2
        in in ADP IN prep 2
        Tarnow Tarnow PROPN NNP pobj 3
        . . PUNCT . punct 2
        """
    )
    assert actions(doc) == []


def test_a_linking_verb_with_an_adjective_is_no_event_but_one_with_an_object_is() -> None:
    state = parsed(
        """
        The the DET DT det 1
        guards guard NOUN NNS nsubj 2
        stayed stay VERB VBD ROOT 2
        loyal loyal ADJ JJ acomp 2
        to to ADP IN prep 3
        the the DET DT det 6
        king king NOUN NN pobj 4
        . . PUNCT . punct 2
        """
    )
    assert actions(state) == []
    act = parsed(
        """
        The the DET DT det 1
        guards guard NOUN NNS nsubj 2
        kept keep VERB VBD ROOT 2
        the the DET DT det 4
        prisoners prisoner NOUN NNS dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(act) == ["keep"]
    plea = parsed(
        """
        The the DET DT det 1
        driver driver NOUN NN nsubj 2
        pleaded plead VERB VBD ROOT 2
        guilty guilty ADJ JJ oprd 2
        . . PUNCT . punct 2
        """
    )
    assert actions(plea) == ["plead"]


def test_making_something_easier_is_no_act_but_what_it_eases_is() -> None:
    doc = parsed(
        """
        The the DET DT det 1
        rules rule NOUN NNS nsubj 2
        make make VERB VBP ROOT 2
        it it PRON PRP nsubj 4
        easier easy ADJ JJR ccomp 2
        for for SCONJ IN mark 8
        traders trader NOUN NNS nsubj 8
        to to PART TO aux 8
        ship ship VERB VB advcl 4
        grain grain NOUN NN dobj 8
        . . PUNCT . punct 2
        """
    )
    assert actions(doc) == ["ship"]


def test_a_participle_of_feeling_is_no_event() -> None:
    passive = parsed(
        """
        The the DET DT det 1
        minister minister NOUN NN nsubjpass 3
        was be AUX VBD auxpass 3
        fascinated fascinate VERB VBN ROOT 3
        with with ADP IN prep 3
        trains train NOUN NNS pobj 4
        . . PUNCT . punct 3
        """
    )
    assert actions(passive) == []
    felt = parsed(
        """
        Voters voter NOUN NNS nsubj 1
        felt feel VERB VBD ROOT 1
        cheated cheat VERB VBN acomp 1
        . . PUNCT . punct 1
        """
    )
    assert actions(felt) == []


def test_a_view_with_as_is_no_event() -> None:
    doc = parsed(
        """
        Many many ADJ JJ amod 1
        farmers farmer NOUN NNS nsubj 2
        see see VERB VBP ROOT 2
        the the DET DT det 4
        levy levy NOUN NN dobj 2
        as as ADP IN prep 2
        a a DET DT det 7
        threat threat NOUN NN pobj 5
        . . PUNCT . punct 2
        """
    )
    assert actions(doc) == []
    sight = parsed(
        """
        Many many ADJ JJ amod 1
        farmers farmer NOUN NNS nsubj 2
        saw see VERB VBD ROOT 2
        the the DET DT det 4
        smoke smoke NOUN NN dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(sight) == ["see"]


def test_taking_a_length_of_time_is_no_act_but_taking_a_town_is() -> None:
    duration = parsed(
        """
        The the DET DT det 1
        crossing crossing NOUN NN nsubj 2
        takes take VERB VBZ ROOT 2
        three three NUM CD nummod 4
        hours hour NOUN NNS dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(duration) == []
    capture = parsed(
        """
        Rebels rebel NOUN NNS nsubj 1
        took take VERB VBD ROOT 1
        the the DET DT det 3
        town town NOUN NN dobj 1
        . . PUNCT . punct 1
        """
    )
    assert actions(capture) == ["take"]
    # The length may hang on "take" as an adverbial noun; a point in time ("last week") is
    # no length.
    timed = parsed(
        """
        It it PRON PRP nsubj 1
        took take VERB VBD ROOT 1
        the the DET DT det 3
        crew crew NOUN NN dobj 1
        six six NUM CD nummod 5
        hours hour NOUN NNS npadvmod 1
        to to PART TO aux 7
        land land VERB VB xcomp 1
        . . PUNCT . punct 1
        """
    )
    assert actions(timed) == ["land"]
    dated = parsed(
        """
        Rebels rebel NOUN NNS nsubj 1
        took take VERB VBD ROOT 1
        the the DET DT det 3
        town town NOUN NN dobj 1
        last last ADJ JJ amod 5
        week week NOUN NN npadvmod 1
        . . PUNCT . punct 1
        """
    )
    assert actions(dated) == ["take"]


def test_a_word_of_a_name_or_a_participle_used_as_a_preposition_is_no_verb() -> None:
    # The tagger took the surname for a verb; the entity tagger knows it is a name.
    name = parsed(
        """
        The the DET DT det 1
        party party NOUN NN nsubj 2
        handed hand VERB VBD ROOT 2
        Mills mill VERB VBZ dobj 2
        a a DET DT det 5
        victory victory NOUN NN dobj 2
        . . PUNCT . punct 2
        """,
        ents=((3, 4, "PERSON"),),
    )
    assert actions(name) == ["hand"]
    compared = parsed(
        """
        Sales sale NOUN NNS nsubj 1
        fell fall VERB VBD ROOT 1
        , , PUNCT , punct 1
        compared compare VERB VBN prep 1
        to to ADP IN prep 3
        last last ADJ JJ amod 6
        year year NOUN NN pobj 4
        . . PUNCT . punct 1
        """
    )
    assert actions(compared) == ["fall"]


def test_making_sure_and_making_public_are_acts() -> None:
    sure = parsed(
        """
        The the DET DT det 1
        council council NOUN NN nsubj 2
        made make VERB VBD ROOT 2
        sure sure ADJ JJ acomp 2
        the the DET DT det 5
        gates gate NOUN NNS nsubj 6
        closed close VERB VBD ccomp 3
        . . PUNCT . punct 2
        """
    )
    assert "make" in actions(sure)
    public = parsed(
        """
        The the DET DT det 1
        letters letter NOUN NNS nsubjpass 3
        were be AUX VBD auxpass 3
        made make VERB VBN ROOT 3
        public public ADJ JJ oprd 3
        . . PUNCT . punct 3
        """
    )
    assert actions(public) == ["make public"]  # the disclosing, not a bare "make"


def test_a_verb_in_a_relative_clause_before_to_keeps_its_use() -> None:
    doc = parsed(
        """
        He he PRON PRP nsubj 1
        found find VERB VBD ROOT 1
        a a DET DT det 3
        rope rope NOUN NN dobj 1
        that that PRON WDT dobj 8
        he he PRON PRP nsubj 6
        later later ADV RB advmod 6
        used use VERB VBD relcl 3
        to to PART TO aux 8
        escape escape VERB VB xcomp 6
        . . PUNCT . punct 1
        """
    )
    assert "use" in actions(doc)


def test_a_lowercase_verb_the_entity_tagger_ran_a_name_over_stays_a_verb() -> None:
    doc = parsed(
        """
        She she PRON PRP nsubj 1
        watched watch VERB VBD ROOT 1
        her her PRON PRP$ poss 3
        cousin cousin NOUN NN nsubj 4
        fall fall VERB VB ccomp 1
        . . PUNCT . punct 1
        """,
        ents=((2, 5, "PERSON"),),
    )
    assert "fall" in actions(doc)


def test_one_letter_or_a_negative_stem_with_its_apostrophe_apart_is_no_verb() -> None:
    # "it ’ s", "doesn ’ t" written with the apostrophe apart: the parser makes verbs of
    # the "s" and of the stem.
    letter = parsed(
        """
        The the DET DT det 1
        vote vote NOUN NN nsubj 3
        ’ ’ PUNCT `` punct 3
        s s VERB VBZ ROOT 3
        over over ADV RB advmod 3
        . . PUNCT . punct 3
        """
    )
    assert actions(letter) == []
    stem = parsed(
        """
        The the DET DT det 1
        mayor mayor NOUN NN nsubj 2
        doesn doesn VERB VBZ ROOT 2
        ’ ’ PUNCT `` punct 4
        t t NOUN NN dobj 2
        sign sign VERB VB ccomp 2
        the the DET DT det 7
        lease lease NOUN NN dobj 5
        . . PUNCT . punct 2
        """
    )
    assert "doesn" not in actions(stem)
    won = parsed(
        """
        The the DET DT det 1
        mayor mayor NOUN NN nsubj 2
        won win VERB VBD ROOT 2
        the the DET DT det 4
        race race NOUN NN dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(won) == ["win"]


def test_a_player_position_written_as_a_participle_is_no_act() -> None:
    position = parsed(
        """
        The the DET DT det 1
        club club NOUN NN nsubj 2
        signed sign VERB VBD ROOT 2
        running run VERB VBG xcomp 2
        back back ADV RB advmod 3
        Joe Joe PROPN NNP compound 6
        Smith Smith PROPN NNP dobj 3
        . . PUNCT . punct 2
        """,
        ents=((5, 7, "PERSON"),),
    )
    assert actions(position) == ["sign"]
    running = parsed(
        """
        The the DET DT det 1
        guard guard NOUN NN nsubj 3
        was be AUX VBD aux 3
        running run VERB VBG ROOT 3
        back back ADV RB advmod 3
        to to ADP IN prep 4
        the the DET DT det 7
        gate gate NOUN NN pobj 5
        . . PUNCT . punct 3
        """
    )
    assert actions(running) == ["run back"]


def test_liking_understanding_and_standing_for_are_states() -> None:
    for verb, lemma in (
        ("loved", "love"),
        ("appreciated", "appreciate"),
        ("understood", "understand"),
    ):
        doc = parsed(
            f"""
            The the DET DT det 1
            voters voter NOUN NNS nsubj 2
            {verb} {lemma} VERB VBD ROOT 2
            the the DET DT det 4
            plan plan NOUN NN dobj 2
            . . PUNCT . punct 2
            """
        )
        assert actions(doc) == [], verb
    represents = parsed(
        """
        The the DET DT det 1
        senator senator NOUN NN nsubj 2
        represents represent VERB VBZ ROOT 2
        the the DET DT det 4
        district district NOUN NN dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(represents) == []


def test_what_a_thing_involves_is_a_state_but_those_involved_took_part() -> None:
    case = parsed(
        """
        The the DET DT det 1
        case case NOUN NN nsubj 2
        involves involve VERB VBZ ROOT 2
        a a DET DT det 4
        loan loan NOUN NN dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(case) == []
    took_part = parsed(
        """
        Three three NUM CD nummod 1
        men man NOUN NNS nsubjpass 3
        were be AUX VBD auxpass 3
        involved involve VERB VBN ROOT 3
        in in ADP IN prep 3
        the the DET DT det 6
        raid raid NOUN NN pobj 4
        . . PUNCT . punct 3
        """
    )
    assert actions(took_part)[:1] == ["involve"]


def test_come_that_only_says_when_is_no_event() -> None:
    after = parsed(
        """
        The the DET DT det 1
        strike strike NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        a a DET DT det 4
        week week NOUN NN npadvmod 2
        after after ADP IN prep 4
        the the DET DT det 7
        vote vote NOUN NN pobj 5
        . . PUNCT . punct 2
        """
    )
    assert actions(after) == []
    heels = parsed(
        """
        The the DET DT det 1
        ruling ruling NOUN NN nsubj 2
        comes come VERB VBZ ROOT 2
        on on ADP IN prep 2
        the the DET DT det 5
        heels heel NOUN NNS pobj 3
        of of ADP IN prep 5
        protests protest NOUN NNS pobj 6
        . . PUNCT . punct 2
        """
    )
    assert actions(heels) == []


def test_come_to_a_place_or_by_a_person_stays_an_event() -> None:
    moved = parsed(
        """
        The the DET DT det 1
        envoy envoy NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        to to ADP IN prep 2
        Oslo Oslo PROPN NNP pobj 3
        after after ADP IN prep 2
        the the DET DT det 7
        vote vote NOUN NN pobj 5
        . . PUNCT . punct 2
        """,
        ents=((4, 5, "GPE"),),
    )
    assert actions(moved) == ["come"]
    person = parsed(
        """
        She she PRON PRP nsubj 1
        came come VERB VBD ROOT 1
        after after ADP IN prep 1
        the the DET DT det 4
        meeting meeting NOUN NN pobj 2
        . . PUNCT . punct 1
        """
    )
    assert actions(person) == ["come"]
    officer = parsed(
        """
        The the DET DT det 1
        officer officer NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        after after ADP IN prep 2
        the the DET DT det 5
        alarm alarm NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    assert actions(officer) == ["come"]
    home = parsed(
        """
        The the DET DT det 1
        ship ship NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        home home ADV RB advmod 2
        after after ADP IN prep 2
        the the DET DT det 6
        war war NOUN NN pobj 4
        . . PUNCT . punct 2
        """
    )
    assert actions(home) == ["come"]


def test_holding_a_record_is_a_state_but_holding_talks_is_an_act() -> None:
    record = parsed(
        """
        The the DET DT det 1
        sprinter sprinter NOUN NN nsubj 2
        holds hold VERB VBZ ROOT 2
        the the DET DT det 4
        record record NOUN NN dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(record) == []
    talks = parsed(
        """
        The the DET DT det 1
        envoys envoy NOUN NNS nsubj 2
        held hold VERB VBD ROOT 2
        talks talk NOUN NNS dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(talks)[:1] == ["hold"]
    capacity = parsed(
        """
        The the DET DT det 1
        tank tank NOUN NN nsubj 2
        holds hold VERB VBZ ROOT 2
        400 400 NUM CD nummod 4
        litres litre NOUN NNS dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(capacity) == []


def test_bearing_a_name_is_a_state_but_carrying_the_wounded_is_an_act() -> None:
    name = parsed(
        """
        The the DET DT det 1
        ferry ferry NOUN NN nsubj 2
        bears bear VERB VBZ ROOT 2
        the the DET DT det 4
        name name NOUN NN dobj 2
        of of ADP IN prep 4
        a a DET DT det 7
        saint saint NOUN NN pobj 5
        . . PUNCT . punct 2
        """
    )
    assert actions(name) == []
    fine = parsed(
        """
        The the DET DT det 1
        offence offence NOUN NN nsubj 2
        carries carry VERB VBZ ROOT 2
        a a DET DT det 4
        fine fine NOUN NN dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(fine) == []
    wounded = parsed(
        """
        Medics medic NOUN NNS nsubj 1
        carried carry VERB VBD ROOT 1
        the the DET DT det 3
        stretcher stretcher NOUN NN dobj 1
        . . PUNCT . punct 1
        """
    )
    assert actions(wounded) == ["carry"]
    # With a particle the verb is another act: a sentence carried out is done.
    done = parsed(
        """
        The the DET DT det 1
        state state NOUN NN nsubj 2
        carried carry VERB VBD ROOT 2
        out out ADP RP prt 2
        the the DET DT det 5
        sentence sentence NOUN NN dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(done) == ["carry out"]


def test_an_adjective_taken_for_a_verb_is_no_event() -> None:
    # WordNet knows "dodgy" only as an adjective: the tagger's verb names no act.
    dodgy = parsed(
        """
        Fans fan NOUN NNS nsubj 1
        mocked mock VERB VBD ROOT 1
        the the DET DT det 3
        wigs wig NOUN NNS dobj 1
        and and CCONJ CC cc 1
        dodgy dodgy VERB VB conj 1
        beards beard NOUN NNS dobj 5
        . . PUNCT . punct 1
        """
    )
    assert actions(dodgy) == ["mock"]
    dyed = parsed(
        """
        Fans fan NOUN NNS nsubj 1
        mocked mock VERB VBD ROOT 1
        the the DET DT det 3
        wigs wig NOUN NNS dobj 1
        and and CCONJ CC cc 1
        dyed dye VERB VBD conj 1
        beards beard NOUN NNS dobj 5
        . . PUNCT . punct 1
        """
    )
    assert actions(dyed) == ["mock", "dye"]
    # A participle before a noun of manner after "in" describes the manner.
    manner = parsed(
        """
        The the DET DT det 1
        crew crew NOUN NN nsubj 2
        won win VERB VBD ROOT 2
        the the DET DT det 4
        race race NOUN NN dobj 2
        in in ADP IN prep 2
        commanding command VERB VBG pcomp 5
        fashion fashion NOUN NN dobj 6
        . . PUNCT . punct 2
        """
    )
    assert actions(manner) == ["win"]
    keeping = parsed(
        """
        The the DET DT det 1
        town town NOUN NN nsubj 2
        succeeded succeed VERB VBD ROOT 2
        in in ADP IN prep 2
        keeping keep VERB VBG pcomp 3
        the the DET DT det 6
        fashion fashion NOUN NN dobj 4
        alive alive ADJ JJ oprd 4
        . . PUNCT . punct 2
        """
    )
    assert "keep" in actions(keeping)


def test_suffering_from_an_illness_is_a_state_but_from_an_attack_is_a_happening() -> None:
    def suffered(noun: str, lemma: str) -> list[str]:
        return actions(
            parsed(
                f"""
                The the DET DT det 1
                actor actor NOUN NN nsubj 2
                suffered suffer VERB VBD ROOT 2
                from from ADP IN prep 2
                {noun} {lemma} NOUN NN pobj 3
                . . PUNCT . punct 2
                """
            )
        )

    assert suffered("dementia", "dementia") == []
    assert suffered("attack", "attack") == ["suffer"]


def test_what_cannot_move_comes_from_somewhere_without_an_event() -> None:
    origin = parsed(
        """
        The the DET DT det 1
        idea idea NOUN NN nsubj 2
        comes come VERB VBZ ROOT 2
        from from ADP IN prep 2
        a a DET DT det 6
        radio radio NOUN NN compound 6
        interview interview NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    assert actions(origin) == []
    moved = parsed(
        """
        Volunteers volunteer NOUN NNS nsubj 1
        came come VERB VBD ROOT 1
        from from ADP IN prep 1
        the the DET DT det 4
        valley valley NOUN NN pobj 2
        . . PUNCT . punct 1
        """
    )
    assert actions(moved) == ["come"]


def test_what_cannot_act_points_to_something_without_an_event() -> None:
    hint = parsed(
        """
        Everything everything PRON NN nsubj 1
        points point VERB VBZ ROOT 1
        to to ADP IN prep 1
        a a DET DT det 4
        leak leak NOUN NN pobj 2
        . . PUNCT . punct 1
        """
    )
    assert "point" not in actions(hint)
    speaker = parsed(
        """
        The the DET DT det 1
        mayor mayor NOUN NN nsubj 2
        pointed point VERB VBD ROOT 2
        to to ADP IN prep 2
        the the DET DT det 5
        budget budget NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    assert actions(speaker) == ["point"]


def test_a_topic_surrounded_and_the_days_leading_up_to_a_vote_are_no_events() -> None:
    topic = parsed(
        """
        Doubts doubt NOUN NNS nsubj 4
        surrounding surround VERB VBG acl 0
        the the DET DT det 3
        contract contract NOUN NN dobj 1
        grew grow VERB VBD ROOT 4
        . . PUNCT . punct 4
        """
    )
    assert actions(topic) == ["grow"]
    ring = parsed(
        """
        Tanks tank NOUN NNS nsubj 4
        surrounding surround VERB VBG acl 0
        the the DET DT det 3
        port port NOUN NN dobj 1
        fired fire VERB VBD ROOT 4
        . . PUNCT . punct 4
        """
    )
    assert actions(ring) == ["surround", "fire"]
    before = parsed(
        """
        Rallies rally NOUN NNS nsubjpass 8
        in in ADP IN prep 0
        the the DET DT det 3
        days day NOUN NNS pobj 1
        leading lead VERB VBG acl 3
        up up ADP RP prt 4
        to to ADP IN prep 4
        polling polling NOUN NN pobj 6
        banned ban VERB VBN ROOT 8
        . . PUNCT . punct 8
        """
    )
    assert actions(before) == ["ban"]


def test_what_a_thing_is_about_is_no_event() -> None:
    doc = parsed(
        """
        The the DET DT det 1
        council council NOUN NN nsubj 2
        sent send VERB VBD ROOT 2
        a a DET DT det 4
        memo memo NOUN NN dobj 2
        concerning concern VERB VBG acl 4
        the the DET DT det 7
        harbour harbour NOUN NN dobj 5
        . . PUNCT . punct 2
        """
    )
    assert actions(doc) == ["send"]


def test_a_passive_of_report_with_an_empty_it_is_no_event() -> None:
    doc = parsed(
        """
        It it PRON PRP nsubjpass 2
        is be AUX VBZ auxpass 2
        feared fear VERB VBN ROOT 2
        that that SCONJ IN mark 6
        the the DET DT det 5
        ferry ferry NOUN NN nsubj 6
        sank sink VERB VBD ccomp 2
        . . PUNCT . punct 2
        """
    )
    assert actions(doc) == ["sink"]


def test_a_participle_of_report_on_a_noun_hedges_the_infinitive_after_it() -> None:
    doc = parsed(
        """
        Police police NOUN NNS nsubj 1
        stopped stop VERB VBD ROOT 1
        a a DET DT det 3
        lorry lorry NOUN NN dobj 1
        believed believe VERB VBD acl 3
        to to PART TO aux 6
        carry carry VERB VB xcomp 4
        rifles rifle NOUN NNS dobj 6
        . . PUNCT . punct 1
        """
    )
    extraction = extract(doc, Document(id="d", text=doc.text))
    assert [e.action for e in extraction.events] == ["stop", "carry"]
    assert extraction.events[1].actor is not None
    assert extraction.events[1].actor.text == "a lorry"


def test_how_a_thing_sounds_and_what_a_likeness_imagines_are_no_events() -> None:
    doc = parsed(
        """
        It it PRON PRP nsubj 1
        sounded sound VERB VBD ROOT 1
        like like ADP IN prep 1
        somebody somebody PRON NN nsubj 4
        kicking kick VERB VBG pcomp 2
        a a DET DT det 6
        door door NOUN NN dobj 4
        . . PUNCT . punct 1
        """
    )
    assert actions(doc) == []
    alarm = parsed(
        """
        Guards guard NOUN NNS nsubj 1
        sounded sound VERB VBD ROOT 1
        the the DET DT det 3
        alarm alarm NOUN NN dobj 1
        . . PUNCT . punct 1
        """
    )
    assert actions(alarm) == ["sound"]
    example = parsed(
        """
        Crews crew NOUN NNS nsubj 1
        took take VERB VBD ROOT 1
        steps step NOUN NNS dobj 1
        , , PUNCT , punct 1
        like like ADP IN prep 1
        sealing seal VERB VBG pcomp 4
        the the DET DT det 7
        hatches hatch NOUN NNS dobj 5
        . . PUNCT . punct 1
        """
    )
    assert "seal" in actions(example)


def test_going_on_to_do_something_gives_the_act_alone() -> None:
    # The small model hangs the infinitive after "went on" as an adverbial clause.
    doc = parsed(
        """
        The the DET DT det 1
        mayor mayor NOUN NN nsubj 2
        went go VERB VBD ROOT 2
        on on ADP RP prt 2
        to to PART TO aux 5
        praise praise VERB VB advcl 2
        the the DET DT det 7
        lifeguards lifeguard NOUN NNS dobj 5
        . . PUNCT . punct 2
        """
    )
    assert actions(doc) == ["praise"]
    # "went on" alone, or on for a time, is what it says.
    alone = parsed(
        """
        The the DET DT det 1
        talks talk NOUN NNS nsubj 2
        went go VERB VBD ROOT 2
        on on ADP RP prt 2
        for for ADP IN prep 2
        hours hour NOUN NNS pobj 4
        . . PUNCT . punct 2
        """
    )
    assert actions(alone) == ["go on for"]


def test_a_speaker_whose_colon_ends_the_line_is_the_actor_not_a_headline_passive() -> None:
    # A line with no full stop reads as a headline, whose past form is a passive
    # ("Kharkiv shelled"); a colon at its end leads into a quote: running text.
    doc = parsed(
        """
        The the DET DT det 1
        ministry ministry NOUN NN nsubj 2
        said say VERB VBD ROOT 2
        in in ADP IN prep 2
        a a DET DT det 5
        statement statement NOUN NN pobj 3
        : : PUNCT : punct 2
        """
    )
    (event,) = extract(doc, Document(id="d", text=doc.text)).events
    assert (event.action, event.actor and event.actor.text, event.target) == (
        "say",
        "The ministry",
        None,
    )


def test_a_purpose_clause_that_opens_or_closes_a_span_of_time_is_no_event() -> None:
    # "to end the match" says when the fall was; "to end the war" is what they aimed at.
    def fell_to_end(noun: str) -> Doc:
        return parsed(
            f"""
            The the DET DT det 1
            striker striker NOUN NN nsubj 2
            fell fall VERB VBD ROOT 2
            to to PART TO aux 4
            end end VERB VB advcl 2
            the the DET DT det 6
            {noun} {noun} NOUN NN dobj 4
            . . PUNCT . punct 2
            """
        )

    assert actions(fell_to_end("match")) == ["fall"]
    assert actions(fell_to_end("war")) == ["fall", "end"]
    assert actions(fell_to_end("session")) == ["fall", "end"]  # a sitting is closed as an act
    # A span made of something is opened as an act: "to open a year of talks".
    met_to_open = parsed(
        """
        The the DET DT det 1
        envoys envoy NOUN NNS nsubj 2
        met meet VERB VBD ROOT 2
        to to PART TO aux 4
        open open VERB VB advcl 2
        a a DET DT det 6
        year year NOUN NN dobj 4
        of of ADP IN prep 6
        talks talk NOUN NNS pobj 7
        . . PUNCT . punct 2
        """
    )
    assert actions(met_to_open) == ["meet", "open"]
    wants = parsed(
        """
        The the DET DT det 1
        coach coach NOUN NN nsubj 2
        wants want VERB VBZ ROOT 2
        to to PART TO aux 4
        end end VERB VB xcomp 2
        the the DET DT det 6
        season season NOUN NN dobj 4
        . . PUNCT . punct 2
        """
    )
    assert actions(wants) == ["want to end"]  # a complement: the aim is the event


def test_going_forward_as_from_now_on_is_no_movement() -> None:
    # "Going forward, the clinic will open daily.": the participle with "forward" alone says
    # from now on; with a word of its own ("moving forward slowly") it is a movement.
    aside = parsed(
        """
        Going go VERB VBG advcl 6
        forward forward ADV RB advmod 0
        , , PUNCT , punct 6
        the the DET DT det 4
        clinic clinic NOUN NN nsubj 6
        will will AUX MD aux 6
        open open VERB VB ROOT 6
        daily daily ADV RB advmod 6
        . . PUNCT . punct 6
        """
    )
    assert actions(aside) == ["open"]
    moving = parsed(
        """
        Moving move VERB VBG advcl 6
        forward forward ADV RB advmod 0
        slowly slowly ADV RB advmod 0
        , , PUNCT , punct 6
        the the DET DT det 5
        convoy convoy NOUN NN nsubj 6
        reached reach VERB VBD ROOT 6
        the the DET DT det 8
        bridge bridge NOUN NN dobj 6
        . . PUNCT . punct 6
        """
    )
    assert actions(moving) == ["move", "reach"]
    # On people or a vehicle, "moving forward" is their movement: "Troops moving forward
    # were hit."
    troops = parsed(
        """
        Troops troop NOUN NNS nsubjpass 4
        moving move VERB VBG acl 0
        forward forward ADV RB advmod 1
        were be AUX VBD auxpass 4
        hit hit VERB VBN ROOT 4
        . . PUNCT . punct 4
        """
    )
    assert actions(troops) == ["move", "hit"]


def test_where_a_scale_of_amounts_begins_is_no_act_but_a_start_at_a_time_is(
    nlp: Language,
) -> None:
    def actions_of(text: str) -> list[str]:
        return [e.action for e in extract(nlp(text), Document(id="doc", text=text)).events]

    assert "begin" not in actions_of("Tickets begin at $50 per person.")
    assert "start" not in actions_of("Fares for the ferry start at 40 pounds.")
    assert "start" in actions_of("The race started at 9 am.")


def test_a_rise_beside_the_start_of_a_scale_ends_it_and_is_no_act() -> None:
    fines = parsed(
        """
        Fines fine NOUN NNS nsubj 10
        , , PUNCT , punct 0
        starting start VERB VBG acl 0
        at at ADP IN prep 2
        100 100 NUM CD pobj 3
        and and CCONJ CC cc 2
        rising rise VERB VBG conj 2
        to to ADP IN prep 6
        900 900 NUM CD pobj 7
        , , PUNCT , punct 0
        rose rise VERB VBD ROOT 10
        . . PUNCT . punct 10
        """,
        ents=((4, 5, "MONEY"), (8, 9, "MONEY")),
    )
    assert actions(fines) == ["rise"]
    # a rise to an amount on its own is one
    prices = parsed(
        """
        Prices price NOUN NNS nsubj 1
        rose rise VERB VBD ROOT 1
        to to ADP IN prep 1
        900 900 NUM CD pobj 2
        . . PUNCT . punct 1
        """,
        ents=((3, 4, "MONEY"),),
    )
    assert actions(prices)[:1] == ["rise to"]


def test_an_adjective_of_un_and_a_participle_is_no_event(nlp: Language) -> None:
    def actions_of(text: str) -> list[str]:
        return [e.action for e in extract(nlp(text), Document(id="doc", text=text)).events]

    # the tagger can take these for participles: "unsurprise", "unreport" are no verbs
    assert actions_of("It is unsurprising that the company raised prices.") == ["raise"]
    assert actions_of("The miners remained unyielding in their demands.") == []
    # verbs that do begin with "un" stay events
    assert "unveil" in actions_of("The council unveiled a statue of the founder.")
    assert "undermine" in actions_of("The leak undermined the talks.")
    # ... and so do those WordNet 3.0 is too old to know, with their object
    assert "unban" in actions_of("The forum unbanned the reporter on Friday.")
    assert "unfollow" in actions_of("Thousands of fans unfollowed the club.")


def test_coming_under_criticism_is_no_movement() -> None:
    criticised = parsed(
        """
        The the DET DT det 1
        council council NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        under under ADP IN prep 2
        criticism criticism NOUN NN pobj 3
        in in ADP IN prep 2
        May May PROPN NNP pobj 5
        . . PUNCT . punct 2
        """,
        ents=((6, 7, "DATE"),),
    )
    assert actions(criticised) == []
    bridge = parsed(
        """
        The the DET DT det 1
        barge barge NOUN NN nsubj 2
        came come VERB VBD ROOT 2
        under under ADP IN prep 2
        the the DET DT det 5
        bridge bridge NOUN NN pobj 3
        . . PUNCT . punct 2
        """
    )
    assert actions(bridge) == ["come"]
    back = parsed(
        """
        Troops troop NOUN NNS nsubj 1
        came come VERB VBD ROOT 1
        back back ADV RB advmod 1
        under under ADP IN prep 1
        fire fire NOUN NN pobj 3
        . . PUNCT . punct 1
        """
    )
    # troops who came back moved, and were shot at on the way: an armed party under fire
    assert actions(back) == ["come back", "fire"]


def test_a_numbered_grade_read_as_a_verb_is_no_event(nlp: Language) -> None:
    def actions_of(text: str) -> list[str]:
        return [e.action for e in extract(nlp(text), Document(id="doc", text=text)).events]

    # "level 3", "stage 4", "phase 2": the noun of a grade or a step, in digits
    assert actions_of("The county moves to level 3 restrictions on Monday.") == ["move"]
    assert "stage" not in actions_of("The country moves to stage 4 restrictions.")
    assert "level" not in actions_of("The ministry raised the alert to level 5.")
    # the verbs stay events, with an object or a count in words
    assert "try to level" in actions_of("Rebels tried to level the village.")
    assert "protest" in actions_of("The union will stage two protests.")


@pytest.mark.parametrize(
    "text",
    [
        "Sign up below to get our alerts.",
        "Post your views in the comments below.",
        "Read the full report here.",
        "You can write to your councillor with our form.",
        "Please confirm you are human by ticking the box.",
        "You will find every result in our match tracker below.",
        "Share this story with your friends.",
        "If your letter was not printed, please contact us by phone.",
    ],
)
def test_a_line_to_the_reader_about_the_page_itself_is_no_event(nlp: Language, text: str) -> None:
    assert _actions_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # The words of the page's furniture in a quote, or in a clause not addressed to
        # the reader, or "here" of a place, keep their events.
        ('"Sign the form here," the clerk told the driver.', "sign"),
        ("The soldiers fired on the village below.", "fire"),
        ("Visitors can read the inscription here.", "read"),
        ("You can park the van here overnight.", "park"),
        ("Join us in the square on Sunday.", "join"),
        ("Read the report, which the council published last week.", "read"),
    ],
)
def test_the_same_words_in_other_clauses_keep_their_events(
    nlp: Language, text: str, action: str
) -> None:
    assert action in _actions_of(nlp, text)


def _actions_of(nlp: Language, text: str) -> list[str]:
    return [e.action for e in extract(nlp(text), Document(id="d", text=text)).events]


def test_a_participle_of_a_harm_done_somewhere_is_an_event(nlp: Language) -> None:
    # A killing, a harm to the body or an arrest told in passing, on the one it was done to,
    # with where it was done: the act, its target and its place (invented sentences).
    def events_of(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
        found = extract(nlp(text), Document(id="d", text=text)).events
        return [
            (
                e.action,
                e.event_type,
                e.target.text if e.target else None,
                [p.argument.text for p in e.places],
            )
            for e in found
        ]

    assert ("kill", "Killing", "a man", ["Aleppo"]) in events_of(
        "Police found the body of a man killed in Aleppo."
    )
    wounded = events_of("Relatives mourned the three soldiers wounded near the town of Kestrel.")
    assert [e for e in wounded if e[0] == "wound"] == [
        ("wound", "Injury", "the three soldiers", ["Kestrel"])
    ]
    # No such act: the participle only describes its noun. (Without a place of its own, a
    # killing told by a participle is an event too: see the test below.)
    assert [e[0] for e in events_of("The airport, located on the coast, reopened.")] == ["reopen"]


def test_a_participle_of_an_act_its_noun_underwent_is_an_event(nlp: Language) -> None:
    # A past participle before or right after a noun tells an act the noun underwent: a
    # killing, an arrest, a conviction, damage, a seizure, a dismissal. The act is an
    # event whose target is the noun, past the participle when it stands before the noun
    # (invented sentences).
    def undergone(text: str) -> list[tuple[str, str | None, str | None]]:
        found = extract(nlp(text), Document(id="d", text=text)).events
        return [
            (e.action, e.event_type, e.target.text if e.target else None)
            for e in found
            if e.actor is None
        ]

    assert ("kill", "Killing", "The men") in undergone(
        "The men killed in the raid were buried on Friday."
    )
    assert ("convict", "Conviction", "forger") in undergone(
        "The convicted forger escaped from the prison van."
    )
    assert ("seize", "TakeControl", "rifles") in undergone(
        "Customs officers counted the seized rifles at the port."
    )
    assert ("destroy", "Damage", "bridge") in undergone(
        "Crews cleared the destroyed bridge on Monday."
    )
    # "those" and a number stand for the people who underwent it
    assert ("arrest", "Arrest", "Those") in undergone("Those arrested were freed on Friday.")
    assert ("injure", "Injury", "the nine") in undergone("Four of the nine injured were children.")
    # a dismissal of people who held a post
    assert ("dismiss", "Dismissal", "officials") in undergone(
        "The dismissed officials sued the council."
    )


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # an attack's participle names a kind or a figure, not an attack
        ("The coal-fired plant will close next year.", "fire"),
        ("Officials met the targeted families.", "target"),
        # after a hyphen: a compound adjective that names a kind
        ("Aid reached the storm-wrecked harbour.", "wreck"),
        # damage to no thing or place: a figure of speech
        ("Members of the destroyed party met again.", "destroy"),
        ("Collapsed truce talks resumed in the spring.", "collapse"),
        # between quotation marks: the writer's distance from the word
        ('The mayor warned of a "stolen" ballot count.', "steal"),
        # a standing, not an act
        ("Elected officials debated the budget.", "elect"),
        # a claim or a case dismissed is rejected: no one lost a post
        ("The judge threw out the dismissed claims.", "dismiss"),
        ("Lawyers reopened the dismissed case.", "dismiss"),
    ],
)
def test_a_participle_that_tells_no_undergone_act_is_no_event(
    nlp: Language, text: str, action: str
) -> None:
    assert action not in _actions_of(nlp, text)


def test_a_prefix_split_at_its_hyphen_is_no_event(nlp: Language) -> None:
    # "re-establish": the tokenizer splits "re" off; the verb after the hyphen is the act
    # and has the subject the parser gave to "re".
    text = "The guild seeks funds that would let its bakers re-establish their ovens."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert "re" not in [e.action for e in events]
    [established] = [e for e in events if e.action == "establish"]
    assert established.actor is not None and established.actor.text == "its bakers"
    assert established.target is not None and established.target.text == "their ovens"


def test_a_compass_word_taken_for_a_verb_is_no_event(nlp: Language) -> None:
    # "Trucks north at rush hour": a direction after a plural, tagged a present verb.
    text = "Trucks north at evening rush hour would not stop for cyclists."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert not [e for e in events if e.action.startswith("north")]
    assert [e.action for e in events] == ["stop for"]


def test_an_adjective_on_the_ones_asked_is_no_event(nlp: Language) -> None:
    # "urged struggling pupils to talk": the parser makes "struggling" the request's verb
    # with the pupils its object; their struggling is neither asked for nor the asker's.
    text = "A spokesperson for the college urged struggling pupils to talk to their tutors."
    events = extract(nlp(text), Document(id="doc", text=text)).events
    assert [e.action for e in events] == ["urge", "talk to"]
    [talked] = [e for e in events if e.action == "talk to"]
    assert talked.actor is not None and talked.actor.text == "pupils"


def test_as_things_stand_is_no_event(nlp: Language) -> None:
    # "as things stand", "as it stands now": a fixed phrase for now, no one standing
    stood = _actions_of(nlp, "As things stand, the council is telling members to wait.")
    assert "stand" not in stood and "tell" in stood
    assert "stand" not in _actions_of(nlp, "As it stands now, the bridge has no funding.")
    # a thing or a crowd that stands somewhere still does
    assert "stand" in _actions_of(nlp, "The old statue will stay as it stands in the square.")
    assert "stand" in _actions_of(nlp, "As the crowd stands, the band plays.")


def test_a_feeling_a_happening_left_its_object_in_is_no_event() -> None:
    # The parser may make the object the subject of the participle's own clause.
    left = parsed(
        """
        The the DET DT det 1
        ruling ruling NOUN NN nsubj 2
        left leave VERB VBD ROOT 2
        many many ADJ JJ amod 4
        lawyers lawyer NOUN NNS nsubj 5
        bewildered bewilder VERB VBD ccomp 2
        . . PUNCT . punct 2
        """
    )
    assert "bewilder" not in actions(left)
    # The feeling done by its cause is an event.
    done = parsed(
        """
        The the DET DT det 1
        ruling ruling NOUN NN nsubj 2
        bewildered bewilder VERB VBD ROOT 2
        many many ADJ JJ amod 4
        lawyers lawyer NOUN NNS dobj 2
        . . PUNCT . punct 2
        """
    )
    assert actions(done) == ["bewilder"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "take" that puts forward an example takes nothing.
        ("Take the painter Ann Roe.", []),
        ("Take, for example, the new bridge over the river.", []),
        ("Take the case of the old mill.", []),
        # ... but a thing taken somewhere, or a person to be taken, is asked for.
        ("Take the bus to the station.", ["take"]),
        ("Take him.", ["take"]),
    ],
)
def test_a_bare_take_of_an_example_is_no_event(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert actions(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The valley is famed for its honey.",
        "The painter is best remembered for his harbour scenes.",
        "The hamlet, famed for its cider, was flooded in May.",
    ],
)
def test_a_participle_of_repute_with_for_is_no_event(nlp: Language, text: str) -> None:
    # What a thing is known for is a standing, not a happening.
    events = extract(nlp(text), Document(id="d", text=text)).events
    assert [e.action for e in events if e.action in {"fame", "remember", "note"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "A film purporting to show the raid was shared online.",
        "The note purports to come from the warden.",
    ],
)
def test_purporting_is_no_act_and_what_is_claimed_only_may_be(nlp: Language, text: str) -> None:
    # A thing that purports to show something claims to, as one that appears to.
    events = extract(nlp(text), Document(id="d", text=text)).events
    assert "purport" not in [e.action for e in events]
    claimed = [e for e in events if e.action in {"show", "come"}]
    assert [e.modality for e in claimed] == ["possible"]


def test_a_participle_of_repute_for_a_time_or_active_is_an_event(nlp: Language) -> None:
    # "for three days" says how long the feast was held; with a subject, noting is telling.
    for text, action in [
        ("The harvest feast was celebrated for three days.", "celebrate"),
        ("The clerk noted for the record that the vote had failed.", "note"),
    ]:
        events = extract(nlp(text), Document(id="d", text=text)).events
        assert action in [e.action for e in events]


def test_standing_on_the_shoulders_of_others_is_a_figure_but_on_a_roof_an_act() -> None:
    figure = parsed(
        """
        We we PRON PRP nsubj 1
        stand stand VERB VBP ROOT 1
        on on ADP IN prep 1
        the the DET DT det 4
        shoulders shoulder NOUN NNS pobj 2
        of of ADP IN prep 4
        giants giant NOUN NNS pobj 5
        . . PUNCT . punct 1
        """
    )
    assert actions(figure) == []
    roof = parsed(
        """
        Guards guard NOUN NNS nsubj 1
        stood stand VERB VBD ROOT 1
        on on ADP IN prep 1
        the the DET DT det 4
        roof roof NOUN NN pobj 2
        of of ADP IN prep 4
        the the DET DT det 7
        bank bank NOUN NN pobj 5
        . . PUNCT . punct 1
        """
    )
    assert actions(roof) == ["stand on"]


def test_a_verb_form_that_modifies_the_noun_after_it_is_no_act() -> None:
    # A determiner before the form opens a noun phrase: "a (fairly cheap) racing bike".
    bike = parsed(
        """
        The the DET DT det 1
        shop shop NOUN NN nsubj 2
        has have VERB VBZ ROOT 2
        a a DET DT det 6
        ( ( PUNCT -LRB- punct 6
        fairly fairly ADV RB advmod 6
        cheap cheap ADJ JJ acomp 2
        ) ) PUNCT -RRB- punct 6
        racing race VERB VBG xcomp 2
        bike bike NOUN NN dobj 8
        in in ADP IN prep 8
        stock stock NOUN NN pobj 10
        . . PUNCT . punct 2
        """
    )
    assert actions(bike) == []


def test_a_verb_form_with_its_own_subject_or_a_determined_object_stays_an_act() -> None:
    burning = parsed(
        """
        Rebels rebel NOUN NNS nsubj 2
        are be AUX VBP aux 2
        raiding raid VERB VBG ROOT 2
        farms farm NOUN NNS dobj 2
        and and CCONJ CC cc 2
        burning burn VERB VBG conj 2
        the the DET DT det 7
        barns barn NOUN NNS dobj 5
        . . PUNCT . punct 2
        """
    )
    assert actions(burning) == ["raid", "burn"]
    # No determiner before the form: a verb of its own, whose object follows at once.
    firing = parsed(
        """
        They they PRON PRP nsubj 1
        kept keep VERB VBD ROOT 1
        firing fire VERB VBG xcomp 1
        shots shot NOUN NNS dobj 2
        . . PUNCT . punct 1
        """
    )
    assert actions(firing) == ["keep firing"]
    # The word between the determiner and the form heads a noun of its own: "each other".
    hurling = parsed(
        """
        Fans fan NOUN NNS nsubj 1
        ran run VERB VBD ROOT 1
        at at ADP IN prep 1
        each each DET DT det 4
        other other ADJ JJ pobj 2
        hurling hurl VERB VBG advcl 1
        cans can NOUN NNS dobj 5
        . . PUNCT . punct 1
        """
    )
    assert "hurl" in actions(hurling)
