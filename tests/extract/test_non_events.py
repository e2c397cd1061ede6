"""Words that look like verbs but name no act: no event is made of them (issue 14).

Hand-built parses, as in test_frames.py: the rules, without the statistical model.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import extract
from kg.model import Document

VOCAB = spacy.blank("en").vocab


def parsed(rows: str) -> Doc:
    """A Doc from lines of ``word lemma POS TAG dep head`` (head: absolute index)."""
    table = [line.split() for line in rows.strip().splitlines()]
    words = [r[0] for r in table]
    return Doc(
        VOCAB,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in {".", ","} for i in range(len(words))],
        lemmas=[r[1] for r in table],
        pos=[r[2] for r in table],
        tags=[r[3] for r in table],
        deps=[r[4] for r in table],
        heads=[int(r[5]) for r in table],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


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
