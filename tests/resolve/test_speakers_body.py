"""A speaker's "we" and the body the text says they run, with the real model.

Sentences written for these tests.
"""

from __future__ import annotations

from kg import build
from kg.model import Document


def test_we_of_a_bodys_chairwoman_is_the_body() -> None:
    text = (
        "A court in Dunmore fined the Larkfield Tenants Association on Monday. "
        '"We will appeal the ruling," said Ingrid Sol, chairwoman of the Larkfield '
        "Tenants Association."
    )
    graph = build([Document(id="doc", text=text)])
    [appeal] = [e for e in graph.events if e.action == "appeal"]
    assert appeal.actor is not None and appeal.actor.entity is not None
    assert graph.entity(appeal.actor.entity).label == "Larkfield Tenants Association"
