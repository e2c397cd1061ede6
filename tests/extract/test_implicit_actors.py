"""Actors the sentence gives without a subject, and words that are not actors.

With the real English model, on sentences written for these tests:
- "Auditors suspect the mayor of hiding the invoices": the mayor is said to have hidden
  them, and the auditors say so, so the hiding has the mayor as actor and the auditors
  as its source;
- "Troops entered the town after shelling it": the clause's subject does the gerund;
- a place never acts ("the depot which injured ..."), and the word quoted before
  "said" is not the speaker.

The one-sentence cases of these rules are in ``test_roles.CASES``.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.model import Document


def test_the_accused_does_the_deed_named_by_a_noun(nlp: Language) -> None:
    text = "The report accused the militia of killings and torture."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    deeds = {e.action: e for e in extraction.events if e.action != "accuse"}
    assert set(deeds) == {"kill", "torture"}
    for deed in deeds.values():
        assert deed.actor is not None and deed.actor.text == "the militia"
        assert deed.source is not None and deed.source.text == "The report"


def test_a_place_is_never_the_actor(nlp: Language) -> None:
    text = "The fire started at a storage depot which injured four workers."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    injure = [e for e in extraction.events if e.action == "injure"]
    assert injure and all(e.actor is None for e in injure)
    text = "The old bridge will hold."
    hold = extract(nlp(text), Document(id="d", text=text)).events
    found = [(e.actor, e.target.text if e.target else None) for e in hold]
    assert found == [(None, "The old bridge")]


def test_a_country_acts_through_its_people(nlp: Language) -> None:
    text = "The country exported its first grain cargo in May."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    export = [e for e in extraction.events if e.action == "export"]
    assert export and export[0].actor is not None and export[0].actor.text == "The country"


def test_the_deed_hangs_on_the_accused(nlp: Language) -> None:
    # The parser hangs "of bribery" on the accused noun, after a possessive it reads as a
    # second object: the accused is the whole phrase the deed hangs on.
    text = "The auditor accused the mayor's former deputy of bribery."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    deeds = [e for e in extraction.events if e.action not in {"accuse"}]
    assert deeds and deeds[0].actor is not None
    assert deeds[0].actor.text == "the mayor's former deputy"
    assert deeds[0].source is not None and deeds[0].source.text == "The auditor"


def test_a_gerund_under_a_noun_borrows_no_subject(nlp: Language) -> None:
    text = "The minister spoke about the risk of flooding the valley."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    flood = [e for e in extraction.events if e.action == "flood"]
    assert flood, "the flooding is an event of its own"
    assert all(e.actor is None for e in flood)
