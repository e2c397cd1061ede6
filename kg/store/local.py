"""The embedded store: a folder with a persistent Oxigraph database, one transaction per build."""

from __future__ import annotations

import contextlib
import itertools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from rdflib import RDF, Dataset, Graph
from rdflib.term import Node

from kg import rdf
from kg.errors import StoreError
from kg.namespace import DEFAULT_BASE, KG
from kg.store.results import Result
from kg.store.sparql import _check_service, _run_limited

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.rdf._stories import Background


__all__ = [
    "Reader",
    "Store",
]


_LOCK_NAME: Final = "kg.lock"
#: Held by a whole ``kg build --store`` (:meth:`Store.building`), beside the
#: per-transaction lock, so that two builds merge into the store in turn.
_BUILD_LOCK_NAME: Final = "kg-build.lock"
#: The files kg itself keeps in a store folder: the two locks, and the record
#: of every document's extraction that ``kg build --store`` keeps (kg.outputs).
_OWN_FILES: Final = frozenset({_LOCK_NAME, _BUILD_LOCK_NAME, ".kg-extractions.jsonl"})


def _is_own_file(name: str) -> bool:
    """A file kg writes into a store's folder, or the temporary file of one being written."""
    return name in _OWN_FILES or any(
        name.startswith(f".{own}.") and name.endswith(".tmp") for own in _OWN_FILES
    )


class Store:
    """A persistent Oxigraph store in a folder, written one transaction per build.

    Args:
        path: The store folder; created on the first :meth:`add`.
        lock_timeout: Seconds a writer waits for another build to finish before
            raising :class:`~kg.errors.StoreError`.

    The lock is an advisory ``flock`` on ``kg.lock`` inside the folder: writers
    take it exclusively, readers shared, so a query never reads a half-written
    store and two builds never write at once.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @contextlib.contextmanager
    def _locked(self, *, exclusive: bool) -> Iterator[None]:
        import fcntl

        if exclusive:
            self._check_folder()
        elif not self.exists():
            raise StoreError(
                f"no kg store at {str(self.path)!r}; create one with `kg build ... --store DIR`"
            )
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        with open(self.path / _LOCK_NAME, "a+b") as handle:
            deadline = time.monotonic() + self.lock_timeout
            while True:
                try:
                    fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"the store {str(self.path)!r} is busy: another kg process is"
                            f" {'using' if exclusive else 'writing to'} it (waited"
                            f" {self.lock_timeout:g} s); try again when it has finished"
                        ) from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _check_folder(self) -> None:
        # Refuse clearly rather than fail deep in the database, or scatter
        # database files among someone's documents.
        where = f"the store {str(self.path)!r}"
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{where} is a file, not a folder; choose another path")
        # A folder with one of our lock files was made by kg: another build may be
        # creating the database in it right now (its files appear before CURRENT
        # does, and its record's temporary file before the store's lock file).
        made_by_kg = any((self.path / name).exists() for name in (_LOCK_NAME, _BUILD_LOCK_NAME))
        if not self.exists() and self.path.is_dir() and not made_by_kg:
            others = [p.name for p in self.path.iterdir() if not _is_own_file(p.name)]
            if others:
                raise StoreError(
                    f"{where} is a folder of other files ({others[0]}, ...), not a kg store;"
                    " choose a new or empty folder"
                )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"{where} cannot be created ({error.strerror or error}); choose another path"
            ) from None

    def exists(self) -> bool:
        """True when the folder holds an Oxigraph database."""
        return (self.path / "CURRENT").is_file()

    def _open(self, *, write: bool) -> ox.Store:
        import pyoxigraph as ox

        try:
            return ox.Store(str(self.path)) if write else ox.Store.read_only(str(self.path))
        except OSError as error:
            raise StoreError(f"cannot open the store {str(self.path)!r}: {error}") from None

    @contextlib.contextmanager
    def building(self, *, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the store for a whole build: another build waits until the block ends.

        Each :meth:`add` takes the store's lock for its own transaction only,
        and queries may read between them; a build that reads what the store
        holds and writes many transactions from it takes this lock too, so
        that two builds never interleave. A second build waits as long as it
        takes (``on_wait`` is called once when it starts waiting); Ctrl-C ends
        the wait, and the kernel drops the lock when its holder exits.

        Raises:
            StoreError: The folder is a file or another program's folder.
        """
        from kg._lock import folder_lock

        self._check_folder()
        with folder_lock(self.path / _BUILD_LOCK_NAME, on_wait=on_wait):
            yield

    def add(
        self,
        dataset: Graph | Sequence[ox.Quad],
        *,
        summarize: bool = True,
        replace_entities: bool = False,
        drop_graphs: Sequence[str] = (),
        add_to_graphs: bool = False,
    ) -> None:
        """Add an rdflib Dataset or Oxigraph quads (:func:`kg.rdf.quads`) in one transaction.

        Each document's named graph replaces the stored graph of the same name;
        the entities graph is merged the way :func:`kg.rdf.merge` merges it;
        default-graph triples are added to the graph :func:`kg.rdf.default_graph_iri`
        names. Re-adding the same dataset changes nothing.

        Args:
            dataset: What to add; a summary or happenings graph in it is left out.
            summarize: Make the derived graphs again, in the same transaction,
                from all the store then holds: the summary (:mod:`kg.rdf.summary`)
                and the happenings (:mod:`kg.rdf.happenings`), so that a document
                added to the store joins the happenings already there. A build
                adding many batches passes ``False`` for all but the last one.
            replace_entities: Replace the entities graph with the one in
                ``dataset`` instead of merging into it: a build that resolved
                every document the store holds knows all its entities.
            drop_graphs: IRIs of named graphs to drop in the same transaction
                (the graphs of documents a build removes).
            add_to_graphs: Add to the named graphs instead of replacing them:
                the later slices of a document too long for one transaction.

        Raises:
            StoreError: The store is locked by another build past the timeout, or
                cannot be opened or written.
        """
        quads, base = _quads_and_base(dataset)
        update = _replace_update(
            quads, base, replace_entities=replace_entities, add_to_graphs=add_to_graphs
        )
        if drop_graphs:
            import pyoxigraph as ox

            drops = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in drop_graphs)
            update = f"{drops} ;\n{update}" if update else drops
        if not update and not summarize:
            return
        with self._locked(exclusive=True):
            store = self._open(write=True)
            try:
                if summarize:
                    derived = " ;\n".join(
                        (
                            _summary_update(store, quads, base, dropped=drop_graphs),
                            _happenings_update(
                                store,
                                quads,
                                base,
                                dropped=drop_graphs,
                                replace_entities=replace_entities,
                            ),
                        )
                    )
                    update = f"{update} ;\n{derived}" if update else derived
                store.update(update)
                store.flush()
            except (OSError, SyntaxError) as error:
                raise StoreError(f"cannot write to {str(self.path)!r}: {error}") from None
            finally:
                del store  # closes the database before the lock is released

    #: The name the build command uses.
    add_document_graphs = add

    def compact(self) -> None:
        """Merge the store's files, as they stand after many transactions, into few.

        Each transaction leaves files of its own, and every lookup a query
        makes looks into each one. After a build of a million triples,
        compacting took about 2 s and made the busiest actor's timeline and
        connected-actors about 1.3x as fast. The data is unchanged. It rewrites
        the whole store, holding the lock all the while, so ``kg build --store``
        compacts only after writing a tenth of it or more.

        Raises:
            StoreError: Another kg process (a build or a query) holds the store
                past the timeout, or it cannot be opened or written.
        """
        if not self.exists():
            return
        with self._locked(exclusive=True):
            store = self._open(write=True)
            try:
                store.optimize()
            except OSError as error:
                raise StoreError(f"cannot compact {str(self.path)!r}: {error}") from None
            finally:
                del store  # closes the database before the lock is released

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Node | str] | None = None,
        allow_service: bool = False,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Result:
        """Answer a SPARQL query; the default graph is the union of all graphs.

        ``limit`` works as in :func:`query`; ``timeout`` bounds the whole query
        in seconds (:func:`query` gives its own to a query that calls SERVICE).
        The store is opened for this one query; :meth:`reading` keeps it open
        for several.

        Raises:
            QueryError: The query does not parse, uses SERVICE without
                ``allow_service``, or fails.
            StoreError: There is no store here, or it is locked by a writer.
            EndpointError: ``timeout`` passed.
        """
        with self.reading() as reader:
            return reader.query(
                sparql,
                bindings=bindings,
                allow_service=allow_service,
                limit=limit,
                timeout=timeout,
            )

    @contextlib.contextmanager
    def reading(self) -> Iterator[Reader]:
        """The store opened once for many queries, which then find its caches warm.

        Writers wait until the block ends (the shared lock is held throughout)::

            with Store("kg-store").reading() as reader:
                for name in ("Ana Ruiz", "Port Avel"):
                    reader.query(timeline, bindings={"actor": name})

        Raises:
            StoreError: There is no store here, or it is locked by a writer.
        """
        with self._locked(exclusive=False):
            reader = Reader(self._open(write=False))
            try:
                yield reader
            finally:
                reader.close()

    def differences(self, quads: Sequence[ox.Quad]) -> dict[ox.NamedNode, int]:
        """For each named graph among ``quads``: how many quads differ from what the store holds.

        Counted both ways (given and not stored, stored and not given); 0 means
        the store holds the graph exactly as given. A build that writes every
        document anew skips those: rewriting a graph with what it holds changes
        nothing but the files RocksDB must compact.
        """
        import pyoxigraph as ox

        given: dict[ox.NamedNode, set[ox.Quad]] = {}
        for quad in quads:
            if isinstance(quad.graph_name, ox.NamedNode):
                given.setdefault(quad.graph_name, set()).add(quad)
        if not given or not self.exists():
            return {graph: len(wanted) for graph, wanted in given.items()}
        with self.reading() as reader:
            store = reader._open_store()
            return {
                graph: len(set(store.quads_for_pattern(None, None, None, graph)) ^ wanted)
                for graph, wanted in given.items()
            }

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store, sorted."""
        with self.reading() as reader:
            return sorted(graph.value for graph in reader._open_store().named_graphs())

    def quads(self) -> list[ox.Quad]:
        """Everything in the store as Oxigraph quads (see :func:`kg.rdf.serialize_quads`)."""
        with self.reading() as reader:
            return list(reader._open_store())

    def triples(self, graph: str | None) -> list[ox.Triple]:
        """The triples of one named graph (``None``: the default graph)."""
        import pyoxigraph as ox

        name = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        with self.reading() as reader:
            # No name may keep the iterator (and with it the store) past the block.
            return [
                quad.triple
                for quad in reader._open_store().quads_for_pattern(None, None, None, name)
            ]

    def dataset(self) -> Dataset:
        """Everything in the store as an rdflib Dataset."""
        quads = self.quads()
        return rdf.from_quads(quads, base=rdf.infer_base(quads) or DEFAULT_BASE)

    def __len__(self) -> int:
        if not self.exists():
            return 0
        with self.reading() as reader:
            return len(reader._open_store())


class Reader:
    """Queries on a store kept open by :meth:`Store.reading`."""

    def __init__(self, store: ox.Store) -> None:
        self._store: ox.Store | None = store

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Node | str] | None = None,
        allow_service: bool = False,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> Result:
        """Answer a SPARQL query, as :meth:`Store.query` does.

        Raises:
            QueryError: The query does not parse, uses SERVICE without
                ``allow_service``, or fails.
            StoreError: The ``with`` block that opened the store has ended.
            EndpointError: ``timeout`` passed.
        """
        import time

        _check_service(sparql, allow_service=allow_service)
        deadline = None if timeout is None else time.monotonic() + timeout
        return _run_limited(self._open_store(), sparql, bindings, limit, deadline=deadline)

    def _open_store(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store was closed at the end of its `with ... reading()` block")
        return self._store

    def close(self) -> None:
        # The last reference goes, which closes the database before the lock is released.
        self._store = None


def _quads_and_base(dataset: Graph | Sequence[ox.Quad]) -> tuple[Sequence[ox.Quad], str]:
    quads: Sequence[ox.Quad]
    if isinstance(dataset, Graph):
        quads, base = rdf.dataset_quads(dataset), rdf.base_of(dataset)
    else:
        quads, base = dataset, rdf.infer_base(dataset) or DEFAULT_BASE
    # Triples without a graph are kept in a named one, which the canned queries
    # read; counts they carry (a graph.ttl holds its summary) are the store's to make.
    counts = {rdf.to_oxigraph(KG.eventCount), rdf.to_oxigraph(KG.partnerCount)}
    lifted = rdf.in_named_graphs(quads, base=base)
    default = rdf.to_oxigraph(rdf.default_graph_iri(base=base))
    return [q for q in lifted if q.graph_name != default or q.predicate not in counts], base


def _replace_update(
    quads: Sequence[ox.Quad],
    base: str,
    *,
    replace_entities: bool = False,
    add_to_graphs: bool = False,
) -> str:
    """One SPARQL Update that replaces document graphs and merges (or replaces) entities.

    The update text is made only of terms serialized by Oxigraph's own N-Triples
    writer (IRIs are checked, literals escaped), never of raw article text, and
    Oxigraph runs one update as one transaction: pyoxigraph has no other way to
    remove and add in a single transaction. A summary graph among ``quads`` is
    left out: :func:`_summary_update` makes it.
    """
    import pyoxigraph as ox

    entities = str(rdf.to_oxigraph(rdf.entities_graph_iri(base=base)))
    summary = str(rdf.to_oxigraph(rdf.summary_graph_iri(base=base)))
    happenings = str(ox.NamedNode(rdf.happenings_graph_iri(base=base)))
    # Triples given without a graph are added to what the store holds there.
    merged = {str(rdf.to_oxigraph(rdf.default_graph_iri(base=base)))}
    if not replace_entities:
        merged.add(entities)
    by_graph: dict[str, list[str]] = {}  # "" names the default graph
    entity_subjects: set[str] = set()
    for quad in quads:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        if name in (summary, happenings):
            continue
        subject = str(quad.subject)
        by_graph.setdefault(name, []).append(f"{subject} {quad.predicate} {quad.object} .")
        if name == entities:
            entity_subjects.add(subject)
    if not by_graph and not replace_entities:
        return ""
    operations = [
        f"DROP SILENT GRAPH {name}" for name in by_graph if name not in merged and not add_to_graphs
    ]
    if replace_entities and entities not in by_graph:
        operations.append(f"DROP SILENT GRAPH {entities}")
    if entity_subjects and not replace_entities:
        single = " ".join(str(rdf.to_oxigraph(p)) for p in rdf.ENTITY_SINGLE_VALUED)
        operations.append(
            f"DELETE {{ GRAPH {entities} {{ ?s ?p ?o }} }} WHERE {{"
            f" GRAPH {entities} {{ VALUES ?s {{ {' '.join(sorted(entity_subjects))} }}"
            f" VALUES ?p {{ {single} }} ?s ?p ?o }} }}"
        )
    blocks = []
    for name, lines in by_graph.items():
        body = "\n".join(lines)
        blocks.append(f"GRAPH {name} {{\n{body}\n}}" if name else body)
    if blocks:
        operations.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(operations)


def _summary_update(
    store: ox.Store, quads: Sequence[ox.Quad], base: str, *, dropped: Sequence[str] = ()
) -> str:
    """The SPARQL Update that makes the summary graph for the store with ``quads`` added.

    Counted from the store's role triples outside the graphs ``quads`` replace
    and the ``dropped`` ones, and from ``quads``: the update runs in the same
    transaction as theirs. The store is read a graph at a time (an event lies
    in one graph), so only the counts stay in memory, and the entities of at
    most :data:`_SUMMARY_OPEN_EVENTS` events of one graph: a longer document's
    graph is read an event at a time.
    """
    import pyoxigraph as ox

    summary_graph = rdf.to_oxigraph(rdf.summary_graph_iri(base=base))
    replaced = {q.graph_name for q in quads} | {ox.NamedNode(g) for g in dropped}
    # The graph of triples given without one is added to, not replaced: what it
    # holds already counts too, once.
    added_to = rdf.to_oxigraph(rdf.default_graph_iri(base=base))
    added = {q.triple for q in quads if q.graph_name == added_to}
    roles = [rdf.to_oxigraph(role) for role in rdf.summary.ROLE_PROPERTIES]
    summary = rdf.Summary()
    for graph in store.named_graphs():
        if graph not in replaced or graph == added_to:
            if not _summarize_by_role(store, graph, roles, added, summary):
                _summarize_by_event(store, graph, roles, added, summary)
            summary.fold()
    summary.add_quads(quads)
    lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in summary.quads(base=base))
    update = f"DROP SILENT GRAPH {summary_graph}"
    if lines:
        update += f" ;\nINSERT DATA {{ GRAPH {summary_graph} {{\n{lines}\n}} }}"
    return update


#: :func:`_happenings_update` reads the documents that can share a happening
#: graph by graph when they are fewer than 1/N of the stored ones (a few
#: beside a long document), else each predicate across the store, filtered.
_FEW_LINKABLE: Final = 4

#: Events of one graph whose roles :func:`_summary_update` gathers before
#: counting them; a graph with more (one long document) is read again an
#: event at a time (:func:`_summarize_by_event`), slower but keeping one open.
_SUMMARY_OPEN_EVENTS: Final = 50_000


def _summarize_by_role(
    store: ox.Store,
    graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
    roles: Sequence[Any],
    added: set[ox.Triple],
    summary: rdf.Summary,
) -> bool:
    """Note ``graph``'s role quads in ``summary``, unless it has too many events.

    Returns:
        False, with nothing noted, when the graph has more than
        :data:`_SUMMARY_OPEN_EVENTS` events with roles.
    """
    for role in roles:
        found = (
            q for q in store.quads_for_pattern(None, role, None, graph) if q.triple not in added
        )
        while batch := list(itertools.islice(found, 10_000)):
            summary.add_quads(batch)
            if summary.open_events() > _SUMMARY_OPEN_EVENTS:
                summary.forget_open()
                return False
    return True


def _summarize_by_event(
    store: ox.Store,
    graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
    roles: Sequence[Any],
    added: set[ox.Triple],
    summary: rdf.Summary,
) -> None:
    """Note ``graph``'s role quads in ``summary`` an event at a time, holding one event.

    For a graph of many events (one long document): each event is counted at
    its first role quad met (its first role, its least value), its roles
    looked up by subject, so none stays open and none is counted twice.
    """

    def of(subject: Any, role: Any) -> list[ox.Quad]:
        found = store.quads_for_pattern(subject, role, None, graph)
        return [q for q in found if q.triple not in added] if added else list(found)

    for index, role in enumerate(roles):
        for quad in store.quads_for_pattern(None, role, None, graph):
            if added and quad.triple in added:
                continue
            event = quad.subject
            if any(of(event, earlier) for earlier in roles[:index]):
                continue  # counted at an earlier role
            own = of(event, role)
            if str(quad.object) != min(str(q.object) for q in own):
                continue  # counted at its least value of this role
            summary.add_quads(own)
            for later in roles[index + 1 :]:
                summary.add_quads(of(event, later))
            summary.fold()


def _happenings_update(
    store: ox.Store,
    quads: Sequence[ox.Quad],
    base: str,
    *,
    dropped: Sequence[str] = (),
    replace_entities: bool = False,
) -> str:
    """The SPARQL Update that makes the happenings graph for the store with ``quads`` added.

    Made from the quads :func:`kg.rdf.happening_quads` reads, of the store's
    graphs that ``quads`` do not replace and are not ``dropped``, then of
    ``quads``: the update runs in the same transaction as theirs, so the
    happenings are those of everything the store then holds, as an ``--out``
    build of the same documents makes them. Only the events' roles, the
    entities' labels and countries and the documents' dates are read, and only
    of the stored documents that can share a happening with another
    (:func:`_linkable_graphs`): a store of one long document (a book in one
    file) never has its events in memory here.
    """
    import pyoxigraph as ox

    from kg.rdf import happenings as derived

    name = ox.NamedNode(rdf.happenings_graph_iri(base=base))
    entities = ox.NamedNode(str(rdf.entities_graph_iri(base=base)))
    # Added to, not replaced, as _replace_update does with them.
    added_to = {ox.NamedNode(str(rdf.default_graph_iri(base=base)))}
    if not replace_entities:
        added_to.add(entities)
    replaced = {q.graph_name for q in quads} - added_to
    replaced |= {ox.NamedNode(g) for g in dropped} | {name}
    if replace_entities:
        replaced.add(entities)
    is_a = ox.NamedNode(str(RDF.type))
    given = [q for q in quads if q.graph_name != name]
    shared = {entities, ox.NamedNode(str(rdf.summary_graph_iri(base=base))), name}
    stored_graphs = [
        graph
        for graph in store.named_graphs()
        if graph not in replaced and graph not in shared and isinstance(graph, ox.NamedNode)
    ]
    linkable, background = _linkable_graphs(
        store, stored_graphs, given, shared, entities if entities not in replaced else None, base
    )

    def stored() -> Iterator[ox.Quad]:
        # Labels and countries are read in the entities graph (the summary holds only counts).
        if entities not in replaced:
            for predicate in derived.SHARED_PREDICATES:
                yield from store.quads_for_pattern(None, predicate, None, entities)
        patterns: list[tuple[ox.NamedNode, ox.NamedNode | None]]
        patterns = [(is_a, event_class) for event_class in derived.EVENT_CLASS_IRIS]
        patterns += [(predicate, None) for predicate in derived.READ_PREDICATES]
        for graph in sorted((g for g in stored_graphs if g not in linkable), key=str):
            yield from _claim_quads(store, graph)
        if len(linkable) * _FEW_LINKABLE < len(stored_graphs):
            # A few documents among many (or beside a long one): read graph by graph.
            for graph in sorted(linkable, key=str):
                for predicate, value in patterns:
                    yield from store.quads_for_pattern(None, predicate, value, graph)
            return
        for predicate, value in patterns:
            found = store.quads_for_pattern(None, predicate, value, None)
            yield from (q for q in found if q.graph_name in linkable)

    made = derived.happening_quads(
        itertools.chain(stored(), given), base=base, background=background
    )
    lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in made)
    update = f"DROP SILENT GRAPH {name}"
    if lines:
        update += f" ;\nINSERT DATA {{ GRAPH {name} {{\n{lines}\n}} }}"
    return update


def _claim_quads(store: ox.Store, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """What the happenings read of a graph that shares no key with another: its casualty claims.

    Such a document's events are in no happening with another document's, but
    two claims within it can be one (:func:`kg.rdf.happenings._casualty_claims`).
    Only its events of :data:`~kg.rdf.happenings.CASUALTY_CLASSES` with a
    figure are read (a long document has few), their roles and figures and
    their sentence's offset, not their action: without one they stay out of
    the story linker, as the rest of the document does.
    """
    import pyoxigraph as ox

    from kg.rdf import happenings as derived

    kg_ns = str(KG)
    figure, start = ox.NamedNode(kg_ns + "figure"), ox.NamedNode(kg_ns + "start")
    is_a, derived_from = ox.NamedNode(str(RDF.type)), ox.NamedNode(derived.DERIVED_FROM)
    wanted = {ox.NamedNode(kg_ns + name) for name in derived.CASUALTY_CLASSES}
    read = [p for p in derived.READ_PREDICATES if p.value != kg_ns + "action"]
    source = ox.NamedNode(kg_ns + "source")
    events = {q.subject for q in store.quads_for_pattern(None, figure, None, graph)}
    for event in sorted(events, key=str):
        types = list(store.quads_for_pattern(event, is_a, None, graph))
        if not any(q.object in wanted for q in types):
            continue
        if next(store.quads_for_pattern(event, source, None, graph), None) is None:
            continue  # a claim names who makes it
        yield from types
        for predicate in read:
            for quad in store.quads_for_pattern(event, predicate, None, graph):
                yield quad
                node = quad.object
                if isinstance(node, ox.Literal):
                    continue
                if predicate == figure:
                    yield from store.quads_for_pattern(node, None, None, graph)
                elif predicate == derived_from:
                    yield from store.quads_for_pattern(node, start, None, graph)


def _linkable_graphs(
    store: ox.Store,
    graphs: Sequence[ox.NamedNode],
    given: Sequence[ox.Quad],
    shared: set[ox.NamedNode],
    entities: ox.NamedNode | None,
    base: str,
) -> tuple[set[ox.NamedNode], Background]:
    """The stored document graphs whose events may share a happening with another's.

    Two events are one happening only if they are of different documents, and
    then only if the two documents name an actor of one side (an entity, or
    its country), for the rules, or an entity other than a country, for the
    story linker (:mod:`kg.rdf.happenings`). A graph that shares neither with
    any other graph (stored, or among ``given``) is left out, read for those
    keys alone (two scans, a set of its distinct keys): its events can be in
    no happening, and leaving them out changes no other happening, but for the
    story linker's weights of names and words, which still count its documents
    and sentences (the returned :class:`~kg.rdf._stories.Background`, its
    sentences read only if a story is found). kg writes each document's events
    and mentions into the document's own graph.

    Returns:
        The graphs to read whole, and what the others count for.
    """
    import pyoxigraph as ox

    from kg.rdf import happenings as derived
    from kg.rdf._stories import Background

    kg_ns = str(KG)
    country, actor = derived.SHARED_PREDICATES[1], ox.NamedNode(kg_ns + "actor")
    ident_ref = ox.NamedNode("http://www.w3.org/2005/11/its/rdf#taIdentRef")
    # Countries as happening_quads reads them: the stored entities graph, then the given.
    countries: dict[str, str] = {}
    if entities is not None:
        for quad in store.quads_for_pattern(None, country, None, entities):
            countries[str(quad.subject)] = str(quad.object)
    for quad in given:
        if quad.graph_name in shared and quad.predicate == country:
            countries[str(quad.subject)] = str(quad.object)
    country_set = set(countries.values())

    def keys(role_quads: Iterable[ox.Quad], name_quads: Iterable[ox.Quad]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for quad in role_quads:
            if isinstance(quad.object, ox.NamedNode):
                entity = str(quad.object)
                found.add(("side", countries.get(entity, entity)))
        for quad in name_quads:
            entity = str(quad.object)
            if entity not in country_set:
                found.add(("name", entity))
        return found

    def stored_keys(graph: ox.NamedNode) -> set[tuple[str, str]]:
        return keys(
            store.quads_for_pattern(None, actor, None, graph),
            store.quads_for_pattern(None, ident_ref, None, graph),
        )

    holders: Counter[tuple[str, str]] = Counter()
    by_graph: dict[Any, list[ox.Quad]] = {}
    for quad in given:
        if quad.graph_name not in shared:
            by_graph.setdefault(quad.graph_name, []).append(quad)
    for quads in by_graph.values():
        holders.update(
            keys(
                (q for q in quads if q.predicate == actor),
                (q for q in quads if q.predicate == ident_ref),
            )
        )
    for graph in graphs:
        holders.update(stored_keys(graph))
    linkable: set[ox.NamedNode] = set()
    left_out: list[ox.NamedNode] = []
    for graph in graphs:
        if any(holders[key] > 1 for key in stored_keys(graph)):
            linkable.add(graph)
        else:
            left_out.append(graph)
    documents = set().union(*(_report_documents(store, graph, base) for graph in left_out))
    return linkable, Background(
        documents=len(documents), sentences=lambda: _report_sentences(store, left_out, base)
    )


def _report_documents(store: ox.Store, graph: ox.NamedNode, base: str) -> set[str]:
    """The documents of the events in ``graph`` the story linker reads (an action, a document).

    One scan of the graph's ``kg:document`` quads, then, for each document
    named, its events' actions until one is not empty (the first, as kg writes them).
    """
    import pyoxigraph as ox

    kg_ns = str(KG)
    action, document = ox.NamedNode(kg_ns + "action"), ox.NamedNode(kg_ns + "document")
    mentions = f"<{base}mention/"
    # Mentions name their document too (happening_quads reads them so).
    named: set[Any] = set()
    for quad in store.quads_for_pattern(None, document, None, graph):
        if not str(quad.subject).startswith(mentions):
            named.add(quad.object)
    found: set[str] = set()
    for node in named:
        for quad in store.quads_for_pattern(None, document, node, graph):
            if str(quad.subject).startswith(mentions):
                continue
            said = store.quads_for_pattern(quad.subject, action, None, graph)
            if any(getattr(q.object, "value", "") for q in said):
                found.add(str(node))
                break
    return found


def _report_sentences(store: ox.Store, graphs: Sequence[ox.NamedNode], base: str) -> Iterator[str]:
    """The sentences of the events in ``graphs`` that the story linker reads, as it reads them.

    A graph is read a subject at a time (its quads come grouped by subject):
    only the mentions its events were read from are kept, then their texts.
    An event without a sentence counts as the empty one.
    """
    kg_ns = str(KG)
    action, document, text = kg_ns + "action", kg_ns + "document", kg_ns + "text"
    import pyoxigraph as ox

    derived_from = "http://www.w3.org/ns/prov#wasDerivedFrom"
    mentions = f"<{base}mention/"
    for graph in graphs:
        wanted: set[str] = set()
        bare = False
        quads = store.quads_for_pattern(None, None, None, graph)
        for subject, group in itertools.groupby(quads, key=lambda q: q.subject):
            said, placed, mention = "", False, None
            for quad in group:
                predicate = quad.predicate.value
                if predicate == action:
                    said = quad.object.value  # type: ignore[union-attr]
                elif predicate == document:
                    placed = True
                elif predicate == derived_from:
                    mention = str(quad.object)
            if said and placed and not str(subject).startswith(mentions):
                if mention is None:
                    bare = True
                else:
                    wanted.add(mention)
        found: set[str] = set()
        for quad in store.quads_for_pattern(None, ox.NamedNode(text), None, graph):
            key = str(quad.subject)
            if key in wanted:
                found.add(key)
                yield quad.object.value  # type: ignore[union-attr]
        if bare or len(found) < len(wanted):
            yield ""
