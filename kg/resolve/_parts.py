"""Resolving a long document part by part, in memory bounded by a part.

A document longer than :data:`kg.parallel.SEGMENT_CHARS` can be extracted in
parts (:attr:`kg.model.Extraction.parts`). Resolving it reads two things: what
the whole document says about its names (the countries it is about, the label
each name takes, its acronyms, which full names end with which surname: see
:func:`kg.resolve._document.document_state`), and, span by span in text
order, what came before. So the parts are read twice: a first pass keeps their
named spans as offsets (:class:`MentionTable`) and the distinct names of the
events' arguments, and puts each part aside in a temporary file; the second
reads the parts back one at a time and resolves each after the one before it,
the document's state carried over. The result is the one the whole document
resolved at once gives; only the events and mentions of one part are in
memory at a time.
"""

from __future__ import annotations

import itertools
import pickle
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

from kg.errors import KGError
from kg.model import Argument, EntityMention, Event, Extraction
from kg.resolve._document import document_state, resolve_part

if TYPE_CHECKING:
    from kg.resolve.index import EntityIndex

__all__ = ["MentionTable", "resolve_in_parts"]


class MentionTable(Sequence[Argument]):
    """A document's named spans, kept as offsets into its text.

    A record per span of a long document would cost hundreds of bytes each;
    the table keeps two offsets and a shared label, and makes an
    :class:`~kg.model.Argument` when one is asked for. A span whose text is not
    the text at its offsets, which names an entity already or which was read in
    another sentence, is kept whole.

    >>> table = MentionTable("Kyiv and Lviv")
    >>> table.extend([Argument("Kyiv", 0, 4, "GPE"), Argument("Lviv", 9, 13, "GPE")])
    >>> table[1], len(table)
    (Argument(text='Lviv', start=9, end=13, label='GPE', entity=None, evidence=None), 2)
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = array("q")
        self._ends = array("q")
        self._labels: list[str] = []
        self._kept: dict[int, Argument] = {}

    def extend(self, mentions: Iterable[Argument]) -> None:
        """Add ``mentions`` after those already in the table."""
        for mention in mentions:
            written = self._text[mention.start : mention.end]
            if (
                mention.entity is not None
                or mention.evidence is not None
                or written != mention.text
            ):
                self._kept[len(self._labels)] = mention
            self._starts.append(mention.start)
            self._ends.append(mention.end)
            self._labels.append(sys.intern(mention.label))

    def __len__(self) -> int:
        return len(self._labels)

    @overload
    def __getitem__(self, position: int) -> Argument: ...

    @overload
    def __getitem__(self, position: slice) -> list[Argument]: ...

    def __getitem__(self, position: int | slice) -> Argument | list[Argument]:
        if isinstance(position, slice):
            return [self._made(i) for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError("mention table index out of range")
        return self._made(position)

    def __iter__(self) -> Iterator[Argument]:
        return (self._made(i) for i in range(len(self)))

    def _made(self, position: int) -> Argument:
        kept = self._kept.get(position)
        if kept is not None:
            return kept
        start, end = self._starts[position], self._ends[position]
        return Argument(self._text[start:end], start, end, self._labels[position])


def resolve_in_parts(
    index: EntityIndex, first: Extraction, rest: Iterable[Extraction]
) -> Iterator[tuple[Extraction, tuple[Event, ...], tuple[EntityMention, ...]]]:
    """Resolve one document's parts into ``index``; yield each part, its events and mentions.

    ``first`` and ``rest`` are all the parts of one document, in order; they
    are read through before the first result is yielded (see the module's
    text), and the caller should take every result: the document is resolved
    when the last is.

    Raises:
        KGError: ``parts`` are not the parts of one document, in order.
    """
    document, expected = first.document, first.parts
    head = [first]
    del first  # not kept while the other parts are read
    table = MentionTable(document.text)
    # Only their text and label are read before the parts are resolved.
    names: dict[tuple[str, str], None] = {}
    with tempfile.TemporaryFile(prefix="kg-parts-") as spool:
        count = 0
        for number, part in enumerate(itertools.chain(_taken(head), rest)):
            if part.document.id != document.id or (part.part, part.parts) != (number, expected):
                raise KGError(
                    f"document {document.id!r}: part {part.part} of {part.parts} of"
                    f" {part.document.id!r} came where part {number} of {expected} belongs"
                )
            table.extend(part.mentions)
            for event in part.events:
                for argument in _arguments(event):
                    names.setdefault((argument.text, argument.label))
            # One pickle per part, without the document: a shared Pickler's memo
            # would keep every part alive, and the document is the caller's.
            pickle.dump((part.events, part.mentions), spool, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
            del part
        if count != expected:
            raise KGError(f"document {document.id!r}: {count} of its {expected} parts came")
        spans = itertools.chain(
            table, (Argument(text, 0, len(text), label) for text, label in names)
        )
        state = document_state(index, document, table, spans)
        del names
        spool.seek(0)
        for number in range(count):
            events, mentions = pickle.load(spool)
            part = Extraction(document, events, mentions, number, count)
            yield (part, *resolve_part(state, part))
            del part, events, mentions


def _taken(items: list[Extraction]) -> Iterator[Extraction]:
    """The items, each dropped from the list as it is handed out."""
    while items:
        yield items.pop(0)


def _arguments(event: Event) -> Iterator[Argument]:
    """The spans of an event that resolution reads, as :func:`_document._spans` lists them."""
    for argument in (event.actor, event.target, event.source):
        if argument is not None:
            yield argument
    for place in event.places:
        yield place.argument
