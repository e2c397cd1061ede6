"""The happenings graph of a corpus that tells the same stories many times: its peak memory.

Run by hand, never part of the test suite::

    python bench/bench_story_copies.py --copies 1 --copies 6 --copies 11
    python bench/bench_story_copies.py --tree ../older-checkout

The shape of issue 23's 1 GB web archive build, where every page came 11 times
under other addresses: the sample articles (``data/articles``) are built once,
their graph made as quads (as ``kg build`` writes them), and every document's
graph copied k times under new IRIs (document, events, mentions and graph
renamed; the entities shared). Then :func:`kg.rdf.happenings.happening_quads`
runs on the copies under ``tracemalloc``: reported are its peak of Python
memory, its CPU seconds, how many happening quads it made and a hash of them
(to compare two checkouts: the same corpus must give the same quads).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def copied(quads: list, copies: int, base: str) -> list:  # type: ignore[type-arg]
    """``quads`` with every document's graph copied ``copies`` times under new IRIs."""
    import pyoxigraph as ox

    shared = {f"{base}graph/{name}" for name in ("entities", "summary", "happenings")}
    kinds = ("graph", "document", "event", "mention")

    def renamed(term: object, document: str, number: int) -> object:
        if isinstance(term, ox.NamedNode):
            for kind in kinds:
                prefix = f"{base}{kind}/{document}"
                if term.value == prefix or term.value.startswith(prefix + "/"):
                    rest = term.value[len(prefix) :]
                    return ox.NamedNode(f"{base}{kind}/{document}-copy{number}{rest}")
        return term

    out = [q for q in quads if q.graph_name.value in shared]
    for quad in quads:
        if quad.graph_name.value in shared:
            continue
        document = quad.graph_name.value.removeprefix(f"{base}graph/")
        for number in range(copies):
            terms = (quad.subject, quad.predicate, quad.object, quad.graph_name)
            out.append(ox.Quad(*(renamed(t, document, number) for t in terms)))  # type: ignore[arg-type]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, action="append", help="copies (repeatable)")
    parser.add_argument(
        "--tree", type=Path, default=REPO, help="a checkout of kg to run (default: this one)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree))
    import kg
    from kg.namespace import DEFAULT_BASE
    from kg.rdf import quads
    from kg.rdf.happenings import happening_quads

    graph = kg.build([args.tree / "data" / "articles"])
    found = quads(
        graph.documents, graph.entities, graph.events, base=DEFAULT_BASE, mentions=graph.mentions
    )
    for copies in args.copies or [1, 6, 11]:
        corpus = copied(found, copies, DEFAULT_BASE)
        events = sum(1 for q in corpus if q.predicate.value.endswith("ns#action"))
        tracemalloc.start()
        started = time.process_time()
        made = happening_quads(corpus, base=DEFAULT_BASE)
        seconds = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        digest = hashlib.sha1("\n".join(sorted(map(str, made))).encode()).hexdigest()[:16]
        print(
            f"{copies} copies: {len(graph.documents) * copies} documents, {events} events:"
            f" {len(made)} happening quads (sha1 {digest}), {seconds:.1f} CPU s,"
            f" peak {peak / 2**20:.0f} MB (tracemalloc)",
            flush=True,
        )


if __name__ == "__main__":
    main()
