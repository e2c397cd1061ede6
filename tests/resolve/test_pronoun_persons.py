"""Whom "he" and "she" are not, with the real model: a person whose given name or title
says the other sex, and the speaker of the quote the pronoun stands in.

Sentences written for these tests. The census tables of given names say "Margaret" is a
woman's name and "Thomas" a man's; "Jordan" is given to both, so it fits either pronoun.
"""

from __future__ import annotations

from resolve_fixtures import actor_labels, target_labels

from kg.resolve._clusters import Cluster
from kg.resolve._references import agrees
from kg.resolve._state import DocState


def _person(label: str, *surfaces: str) -> Cluster:
    cluster = Cluster(id=f"person/{label}", kind="person", label=label)
    cluster.surfaces.update(surfaces or (label,))
    return cluster


def test_given_names_and_titles_say_the_sex() -> None:
    assert agrees("she", _person("Margaret Olsen"))
    assert not agrees("he", _person("Margaret Olsen"))
    assert not agrees("she", _person("Thomas Reilly"))
    assert not agrees("her", _person("Reilly", "Mr. Reilly"))
    # A name given to both, or none at all, fits either.
    assert agrees("he", _person("Jordan Pike")) and agrees("she", _person("Jordan Pike"))
    assert agrees("she", _person("Okafor"))


def test_she_skips_the_man_named_last() -> None:
    text = (
        "Margaret Olsen, a nurse, drove to the depot at dawn. "
        "Fire chief Thomas Reilly said the fire began before six. "
        "She carried two patients out of the building."
    )
    assert actor_labels(text, "carry") == ["Margaret Olsen"]


def test_he_skips_the_woman_named_last() -> None:
    text = (
        "Thomas Reilly parked his van near the bank. "
        "A cashier, Margaret Olsen, saw the van. "
        "He then robbed the bank and fled."
    )
    assert actor_labels(text, "rob") == ["Thomas Reilly"]


def test_he_in_a_speakers_own_quote_is_not_the_speaker() -> None:
    text = (
        "Coach Peter Ford praised the rookie on Monday. "
        '"When I watch how hard he trains, I see myself," Ford said. '
        "Ford said he would stay another year."
    )
    assert actor_labels(text, "train") == [None]
    # Outside a quote, "he" after "Ford said" is Ford.
    assert actor_labels(text, "stay") == ["Peter Ford"]


def test_he_in_a_speakers_quote_is_the_other_man_named_just_before() -> None:
    # Resolution reads the "he" as the speaker, whom a speaker calls "I": the man the
    # sentence before names is who the quote is about, and the next "he" continues him.
    text = (
        "Peter Lowry backed Tom Vale for mayor on Friday. "
        '"He works hard. He listens to people," Lowry said.'
    )
    assert actor_labels(text, "work") == ["Tom Vale"]
    assert actor_labels(text, "listen to") == ["Tom Vale"]
    # A woman named just before is no "he": the pronoun is left without a referent.
    text = 'Peter Lowry backed Margaret Olsen for mayor on Friday. "He works hard," Lowry said.'
    assert actor_labels(text, "work") == [None]


def test_a_name_in_brackets_after_he_says_who_he_is() -> None:
    # The writer's gloss wins over the man named last (and over the speaker).
    text = 'David Vale hired Tom Rice and Sam Holt in May. Holt said: "He (Vale) never paid us."'
    assert actor_labels(text, "pay") == ["David Vale"]


def test_he_after_an_unnamed_man_in_his_sentence_is_no_one_named_before() -> None:
    text = (
        "Thomas Reilly runs the garage on Mill Road. "
        "A neighbour told the driver to slow down, but he kept going."
    )
    assert actor_labels(text, "keep going") == [None]
    # A speaker may be the one "he" is, and a name after the noun names him.
    text = (
        "Thomas Reilly runs the garage on Mill Road. "
        "The owner, Thomas Reilly, locked the gate before he left."
    )
    assert actor_labels(text, "leave") == ["Thomas Reilly"]


def test_he_going_on_from_an_unnamed_speaker_is_no_one_named_in_the_claim() -> None:
    # Outside what was said, "he" goes on from the one who said it, whom the text does
    # not name: not the man the claim is about.
    text = (
        "Peter Lund went hunting with two friends. The guard who stayed behind insisted "
        "that Lund died of his wounds while in his care and he chose to leave the forest."
    )
    assert actor_labels(text, "choose") == [None]
    text = (
        "Thomas Reilly resigned on Monday. A spokesman said Reilly would leave in May, "
        "and he declined to comment further."
    )
    assert actor_labels(text, "decline") == [None]
    # Inside what was said, the pronoun may be anyone, the man named before too.
    text = "Thomas Reilly went fishing. A witness said Reilly slipped and he called for help."
    assert actor_labels(text, "call for") == ["Thomas Reilly"]


def test_he_who_speaks_after_an_unnamed_speaker_is_no_one_named_before() -> None:
    # "The US Ambassador said ... He added": the ambassador, whom the text does not name,
    # not the man named before him.
    text = (
        "Thomas Reilly, the trade minister, met the envoys on Monday. The US Ambassador said"
        " the talks had stalled. He added that both sides would meet again in May."
    )
    assert actor_labels(text, "add") == [None]
    # An unnamed official is a person of their own, whom "he" goes on with.
    text = (
        "Thomas Reilly met the envoys on Monday. A US official said the talks had stalled."
        " He added that both sides would meet again in May."
    )
    assert actor_labels(text, "add") == ["US official"]


def test_an_object_pronoun_is_not_its_own_verbs_subject() -> None:
    # "him" after "Pablo Reyes called" is someone else; with no one else near, no one.
    text = "Pablo Reyes left the meeting early. Later Pablo Reyes called him twice."
    assert target_labels(text, "call") == [None]
    # The one named before the subject is who "him" is.
    text = "Judge Ana Soto heard the case. Lawyer Tomas Vidal thanked him."
    assert target_labels(text, "thank") != ["Tomas Vidal"]


def test_the_speaker_after_a_quote_is_no_one_the_quote_names() -> None:
    # "she said" right after a closing quote tags the quote: whom the quote names, it
    # talks about, and the speaker is read where the quote opens (the senator who spoke).
    text = (
        "Senator Ruth Alder criticised the budget on Tuesday. "
        '"Governor Helen Marsh has cut the school meals again," she said.'
    )
    assert actor_labels(text, "say") == ["Ruth Alder"]
    # Curly marks, and a man named inside the quote of a man.
    text = (
        "Mayor Paul Brandt spoke to the council on Monday. "
        "\u201cFrank Tolle closed the harbour without asking anyone,\u201d he said."
    )
    assert actor_labels(text, "say") == ["Paul Brandt"]


def test_a_pronoun_that_opens_a_sentence_after_a_quote_is_read_as_before() -> None:
    # "He" with a capital after a quote starts a sentence of its own; the rule is only for
    # a tag's lower-case "he" or "she".
    text = (
        'Thomas Reilly spoke after the match. "We lost to a better side." He then left the ground.'
    )
    assert actor_labels(text, "leave") == ["Thomas Reilly"]


def test_a_person_his_sentence_calls_he_is_no_she_in_it() -> None:
    # "Kwabena" is in no census table: only the "his" says he is a man. The "she" is
    # someone the text does not name, left without a referent rather than given to him.
    text = (
        "Kwabena Osei ran the depot for years. "
        "Osei struck his cook while she slept in the back room."
    )
    assert actor_labels(text, "sleep") == [None]
    # Pronouns of his own sex still go to him.
    text = "Kwabena Osei ran the depot for years. He hired his brother, who he paid well."
    assert actor_labels(text, "pay") == ["Kwabena Osei"]


def test_a_person_twice_called_he_with_no_one_else_near_is_no_she() -> None:
    # Two "he" with no other person near make Osei a man for the rest of the text: the
    # "she" who praised is the unnamed mayor, not him.
    text = (
        "Kwabena Osei ran the depot for years. He hired a cook in May. He fired the cook in"
        " June. In July, the mayor visited the depot with Osei. Afterwards she praised the"
        " staff."
    )
    assert actor_labels(text, "praise") == [None]


def test_called_rather_counts_the_pronouns_before_in_the_sentence() -> None:
    state = DocState(index=None, id="d", text="", context=())  # type: ignore[arg-type]
    state.sentence_starts = (0, 50)
    osei = _person("Kwabena Osei")
    assert state.called_rather(osei, "female", before=100) is None
    state.note_pronoun(osei, "male", 60)
    state.note_pronoun(osei, "male", 60)  # one pronoun, asked twice, counts once
    assert state.called_rather(osei, "female", before=100) == "male"
    assert state.called_rather(osei, "female", before=55) is None  # not yet
    state.note_pronoun(osei, "male", 10)  # a sentence before: not counted
    state.note_pronoun(osei, "female", 70)
    assert state.called_rather(osei, "female", before=100) is None  # one each: unsure


def test_called_surely_needs_two_pronouns_of_one_sex() -> None:
    state = DocState(index=None, id="d", text="", context=())  # type: ignore[arg-type]
    osei = _person("Kwabena Osei")
    state.note_pronoun(osei, "male", 10, sure=True)
    assert state.called_surely(osei, before=100) is None  # once may be a mistake
    state.note_pronoun(osei, "male", 30)  # another person was near: not sure
    assert state.called_surely(osei, before=100) is None
    state.note_pronoun(osei, "male", 50, sure=True)
    assert state.called_surely(osei, before=100) == "male"
    assert state.called_surely(osei, before=40) is None
    state.note_pronoun(osei, "female", 70, sure=True)
    assert state.called_surely(osei, before=100) is None  # both: unsure


def test_he_who_answers_a_fronted_question_is_not_the_asker() -> None:
    # The one asked declines, whoever the "he" inside the question is; the text does not
    # name him, so "he" is left rather than given to the asker.
    text = (
        "The mayor of Elmford met Judge Robin Ashby on Tuesday. "
        "When Ashby asked if he could see the file, he declined."
    )
    assert actor_labels(text, "decline") == [None]
    # What befalls the asker is the asker's.
    text = (
        "Robin Ashby met the mayor on Tuesday. When Ashby asked if he could stay, he was told no."
    )
    assert target_labels(text, "tell") == ["Robin Ashby"]


def test_she_goes_on_with_a_person_named_in_a_sentence_with_no_event() -> None:
    # The sentence that names the founder tells no event; the pronoun after it is hers,
    # not the senator's of the sentence before.
    text = (
        "Senator Ann Cole left early. The club's founder, Rita Moss, is a familiar face in"
        " town. She said the club would grow."
    )
    assert actor_labels(text, "say") == ["Rita Moss"]
    text = (
        "Senator Ann Cole left early. The coach is Ana Ruiz, a former player. She said the"
        " team was tired."
    )
    assert actor_labels(text, "say") == ["Ana Ruiz"]
    # Two persons so named: whom "she" means is not known.
    text = (
        "Senator Ann Cole left early. Rita Moss and Ana Ruiz are familiar faces in town."
        " She said the club would grow."
    )
    assert actor_labels(text, "say") == [None]
    # A person named in a sentence with an event is read as before: the subject.
    text = "Ann Cole met Rita Moss in May. She said the club would grow."
    assert actor_labels(text, "say") == ["Ann Cole"]
