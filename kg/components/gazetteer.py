"""The ``kg_gazetteer`` spaCy component: place entities corrected with the gazetteer.

It runs after ``ner`` and corrects ``doc.ents``: known places get a place
label, a place name glued to a person is split off, Title-Case headline
fragments, acronyms read as names and bare demonyms typed as places are
removed or retyped, and places the model missed are added. The factory is
registered by :func:`kg.components.factories.register_factories`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language

from kg._fold import folds_of_runs
from kg.gazetteer import (
    PlaceRecord,
    fold,
    gazetteer,
    named_for_place,
    place_cue,
    sport_sentence,
)
from kg.lang.en import (
    CAR_MAKES,
    CAR_OWNERS,
    COMPASS_NAMES,
    ILL_HEALTH_SENSES,
    NAME_PARTICLES,
    ORGANIZATION_HEADS,
    PLACE_CONNECTORS,
    PLACE_HEADS,
    PLACE_LABELS,
    PLACE_NOUNS,
    SMALL_WORDS,
    STREET_WORDS,
    TRAILING_WORDS,
    VENUE_HEADS,
    common_surnames,
    context_tables,
    given_names,
    name_tables,
)
from kg.lang.wordnet import (
    NOUN_ACT,
    NOUN_ARTIFACT,
    NOUN_COMMUNICATION,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_OBJECT,
    NOUN_PERSON,
    noun_classes,
    sense_below,
)
from kg.read.hygiene import layout

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span

__all__ = ["GazetteerComponent", "make_gazetteer_component"]

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_OTHER_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ"})
# Above this population a city is famous enough to override the model's type and
# to be added where the model missed it, whatever the document is about.
_FAMOUS = 100_000
# A score the model ran into a name: "Real Madrid 2-1", "Norwich 4-0".
_SCORE_AT_END = re.compile(r"\s+\d{1,2}\s?[-–]\s?\d{1,2}$")
# Kinds of place a club or a company is named after (kg.gazetteer.named_for_place).
_NAMED_FOR_KINDS = frozenset({"city", "district", "admin2"})
# Last words that make a demonym's phrase an organisation's name ("Islamic State").
_ORGANIZATION_ENDS = ORGANIZATION_HEADS | frozenset({"state", "jihad", "brotherhood", "army"})
# A line is a headline when at least this share of its longer words are capitalised.
_HEADLINE_SHARE = 0.75
_HEADLINE_MIN_WORDS = 4
# Words that open a street's name in the languages news quotes street names in.
_STREET_FIRST_WORDS = frozenset(
    "rue calle avenida avenue boulevard via piazza plaza praça rua ulitsa vulytsia".split()
)
# Names whose other writings in the document are found again (NORP is left out: a
# demonym names no one by itself, and "Russian" is written in many roles).
_REPEATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# Titles only a person bears, so the capitalised words after one are a person's name.
_COURTESY_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame".split())
_COURTESY_NAME_WORDS = 3
# Words of a line, for the share of them capitalised; a line that ends a sentence.
_LINE_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_CLOSED_LINE = re.compile(r"[.!?][\"'”’)]?\s*$")
# The shortest disease a one-word name may be ("flu"; "MS" and "TB" are left).
_ILLNESS_MIN_LETTERS = 3
# An acronym's plural ("SAMs").
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")


@dataclass(frozen=True, slots=True)
class _Words:
    """A document's tokens as lists read from one array: the walks over every token
    below made a spaCy Token per word and test, most of their time. Words are spaCy's
    string keys (hashes), turned into text only where a test needs it."""

    orth: list[int]
    lower: list[int]
    title: list[int]
    alpha: list[int]
    upper: list[int]
    sent_start: list[int]
    strings: StringStore

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER, LOWER, ORTH, SENT_START

        rows = doc.to_array([ORTH, LOWER, IS_TITLE, IS_ALPHA, IS_UPPER, SENT_START]).T.tolist()
        orth, lower, title, alpha, upper, sent_start = rows
        return cls(orth, lower, title, alpha, upper, sent_start, doc.vocab.strings)

    def text(self, i: int) -> str:
        return str(self.strings[self.orth[i]])

    def lowered(self, i: int) -> str:
        return str(self.strings[self.lower[i]])

    def starts_sentence(self, i: int) -> bool:
        # Token.is_sent_start is true for 1 only; -1 (not a start) comes out of the
        # unsigned array as 2**64 - 1, and 0 is unknown.
        return bool(self.sent_start[i] == 1)


def _keys(words: Iterable[str]) -> frozenset[int]:
    """spaCy's string keys of these words, to test a token's LOWER or ORTH against."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(word) for word in words)


class GazetteerComponent:
    """Corrects ``doc.ents`` with the gazetteer; see the module docstring.

    Created by ``nlp.add_pipe("kg_gazetteer", after="ner")``. It only rewrites
    ``doc.ents`` and registers no extension.
    """

    def __init__(self, nlp: Language, name: str = "kg_gazetteer", *, add_missed: bool = True):
        self.name = name
        self.add_missed = add_missed
        self.gazetteer = gazetteer()
        names = name_tables()
        self._demonyms: dict[str, str] = {
            k: v for k, v in names["demonyms"].items() if not k.startswith("_")
        }
        self._acronyms = frozenset(names["common_acronyms"]["names"])
        self._titles = frozenset(k for k in names["titles"] if not k.startswith("_"))
        self._organizations = frozenset(
            fold(alias)
            for canonical, row in names["organizations"].items()
            if not canonical.startswith("_")
            for alias in (canonical, *row["aliases"])
        )
        self._common, self._nouns = self._common_words(nlp)
        self._result_verbs = frozenset(context_tables()["sport"]["result_verbs"])
        self._courtesy_keys = _keys(_COURTESY_TITLES)
        self._particle_keys = _keys(NAME_PARTICLES)
        # Names are found by looking up the folded text of short token windows that
        # start with a capital, rather than with a PhraseMatcher: the gazetteer has
        # some 30,000 primary names, and making a pattern Doc for each took seconds
        # every time a pipeline was loaded, while the lookups cost microseconds.
        self._max_words = min(self.gazetteer.longest_name, 6)
        # The current document's lookups (see __call__).
        self._places: dict[str, PlaceRecord | None] = {}
        self._trusted: dict[str, PlaceRecord | None] = {}
        self._countries: dict[str, PlaceRecord | None] = {}
        # Unknown names a noun in apposition retyped in this document -> their label.
        self._apposed: dict[str, str] = {}

    @staticmethod
    def _common_words(nlp: Language) -> tuple[frozenset[str], frozenset[str]]:
        # Verbs, adjectives and adverbs from the lemmatizer's word lists: a city called
        # "Split" or "Nice" must not be matched in ordinary prose. Nouns are left out
        # because WordNet's noun list holds many real place names.
        words: set[str] = set()
        nouns: set[str] = set()
        for pipe_name in ("lemmatizer",):
            if pipe_name not in nlp.pipe_names:
                continue
            lookups = getattr(nlp.get_pipe(pipe_name), "lookups", None)
            if lookups is None or not lookups.has_table("lemma_index"):
                continue
            table = lookups.get_table("lemma_index")
            for pos in ("verb", "adj", "adv"):
                if pos in table:
                    words.update(table[pos])
            if "noun" in table:
                nouns = set(table["noun"])
                words.update(n for n in nouns if f"{n}s" in nouns)
        return frozenset(words), frozenset(nouns)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        # The gazetteer's answers for this document: a name is looked up again for
        # each test below (about three times on ECB+), always in the same context.
        self._places = {}
        self._trusted = {}
        self._countries = {}
        self._apposed = {}
        # spaCy makes every entity's Span anew on each read of doc.ents: read them once
        # (doc.ents is only written at the end).
        ents = doc.ents
        context = self._context(ents)
        text = doc.text  # joined from the tokens on every access: read it once
        headlines = self._headline_ranges(text)
        # Last words of full names: "Obama" alone is the person "Barack Obama" named
        # elsewhere in the text, not the Japanese town.
        # Likewise a first name that is at most a village ("Tamerlan" after "Tamerlan
        # Tsarnaev"); "Kyiv" in a misread "Kyiv Vitali Klitschko" stays a place.
        full_names = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
        surnames = frozenset(
            [e[-1].text for e in full_names]
            + [e[0].text for e in full_names if self._minor_or_none(e[0].text, context)]
        )
        kept: list[Span] = []
        for ent in ents:
            if ent.label_ in _OTHER_NAME_LABELS:
                # "Obolon" is also a beer: a known place read as a product is a place.
                record = self._trusted_place(ent.text, ent.label_, context)
                if record is not None:
                    ent = Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)
                elif (street := _street_label(ent)) is not None:
                    ent = Span(doc, ent.start, ent.end, label=street)
                elif ent.end < len(doc) and doc[ent.end].lower_ in PLACE_HEADS:
                    # "On Victor Hugo street": the model's EVENT stops before the noun.
                    head = PLACE_HEADS[doc[ent.end].lower_]
                    ent = Span(doc, ent.start, ent.end + 1, label=head)
                kept.append(ent)
                continue
            if ent.label_ not in _NAME_LABELS:
                kept.append(ent)
                continue
            if self._organization_read_as_place(ent, context):
                # "F.B.I." typed GPE: a known organisation that is no place is an ORG.
                kept.append(Span(doc, ent.start, ent.end, label="ORG"))
                continue
            kept.extend(self._fix(doc, text, ents, ent, context, headlines, surnames))
        if self._apposed:
            kept = self._spread_apposed(doc, kept)
        kept = self._organizations_cut_short(doc, kept, headlines)
        if self.add_missed:
            words = _Words.of(doc)
            # Repeats first: a missed place must not take "Oxford" out of a second
            # "Oxford Street" that the model typed once.
            kept = self._add_courtesy_names(doc, words, kept, headlines)
            kept = self._add_repeats(doc, words, kept, headlines)
            kept = self._add_written_as_people(doc, words, kept, headlines)
            kept = self._add_missed(doc, text, kept, context, headlines)
            kept = self._add_acronyms(doc, words, kept)
        doc.ents = sorted(filter_spans(kept), key=lambda s: s.start)
        return doc

    # -- organisations the model cut short or missed --------------------------------------

    def _organizations_cut_short(
        self, doc: Doc, kept: list[Span], headlines: list[tuple[int, int]]
    ) -> list[Span]:
        """A NORP the model stopped short of its organisation's name: "Islamic" in
        "Islamic State", "Muslim" in "Muslim Brotherhood" become the whole ORG (not in a
        headline, where every word is capitalised)."""
        from spacy.tokens import Span

        taken = {i for span in kept for i in range(span.start, span.end)}
        out: list[Span] = []
        for span in kept:
            end = span.end
            if span.label_ == "NORP" and not self._in(span, headlines):
                while (
                    end < len(doc)
                    and end - span.end < 3
                    and end not in taken
                    and doc[end].is_title
                    and doc[end].lower_ not in SMALL_WORDS
                ):
                    end += 1
                while end > span.end and doc[end - 1].lower_ not in _ORGANIZATION_ENDS:
                    end -= 1
            out.append(Span(doc, span.start, end, label="ORG") if end > span.end else span)
        return out

    def _add_acronyms(self, doc: Doc, words: _Words, kept: list[Span]) -> list[Span]:
        """Acronyms of names the document writes in full ("IS" after "Islamic State",
        "RUC" after "the Royal Ulster Constabulary"), which the model often misses."""
        from spacy.tokens import Span

        initials = {
            "".join(t.text[0] for t in span if t.is_title): span.label_
            for span in kept
            if span.label_ in {"ORG", "NORP"} and len(span) > 1
        }
        initials = {k: v for k, v in initials.items() if len(k) >= 2}
        if not initials:
            return kept
        taken = {i for span in kept for i in range(span.start, span.end)}
        added = [
            Span(doc, i, i + 1, label="ORG")
            for i, upper in enumerate(words.upper)
            if upper
            and i not in taken
            and (word := words.text(i)) in initials
            and word not in self._acronyms
        ]
        return kept + added

    def _organization_read_as_place(self, ent: Span, context: Sequence[str]) -> bool:
        """Whether a GPE or LOC span is an organisation of the name tables that the
        gazetteer does not know as a place ("F.B.I.", "Interpol")."""
        return (
            ent.label_ in {"GPE", "LOC"}
            and fold(ent.text) in self._organizations
            and self._place(ent.text, context) is None
        )

    # -- names the model found once and missed elsewhere ---------------------------------

    def _add_courtesy_names(
        self, doc: Doc, words: _Words, kept: list[Span], headlines: list[tuple[int, int]]
    ) -> list[Span]:
        """Capitalised words right after Mr, Mrs, Ms, Dr, Sir or Dame that the model
        left untyped are a person ("Mr Whitelaw's juniors")."""
        from spacy.tokens import Span

        taken = {i for span in kept for i in range(span.start, span.end)}
        added: list[Span] = []
        size = len(words.orth)
        for i in range(size - 1):
            if words.lower[i] not in self._courtesy_keys or not words.title[i]:
                continue
            end = i + 1
            while (
                end < size
                and end - i <= _COURTESY_NAME_WORDS
                and end not in taken
                and words.title[end]
                and words.alpha[end]
            ):
                end += 1
            if end > i + 1:
                span = Span(doc, i + 1, end, label="PERSON")
                if not self._in(span, headlines):
                    added.append(span)
        return kept + added

    def _add_written_as_people(
        self, doc: Doc, words: _Words, kept: list[Span], headlines: list[tuple[int, int]]
    ) -> list[Span]:
        """Untyped words written as a person's name are a PERSON: a common given name,
        then one to three capitalised words or name particles, the last of them neither
        an organisation's nor a place's last word ("Hugo Chávez", "Alejandro Pérez
        Oropeza"; not "Morgan Street")."""
        from spacy.tokens import Span

        taken = {i for span in kept for i in range(span.start, span.end)}
        added: list[Span] = []
        first_names = given_names()
        title, alpha, lower = words.title, words.alpha, words.lower
        size = len(words.orth)
        index = 0
        while index < size - 1:
            if index in taken or not title[index] or words.text(index) not in first_names:
                index += 1
                continue
            end = index + 1
            while (
                end < size
                and end - index <= 3
                and end not in taken
                and (
                    (title[end] and alpha[end])
                    or (lower[end] in self._particle_keys and end + 1 < size)
                )
            ):
                end += 1
            while end > index + 1 and not title[end - 1]:
                end -= 1  # a name ends on a capitalised word, not on "de"
            last = words.lowered(end - 1)
            span = Span(doc, index, end, label="PERSON")
            if (
                end > index + 1
                and (end >= size or end not in taken)
                and last not in ORGANIZATION_HEADS
                and last not in PLACE_HEADS
                and not (end < size and title[end] and alpha[end])
                and not self._in(span, headlines)
            ):
                added.append(span)
                taken.update(range(index, end))
                index = end
            else:
                index += 1
        return kept + added

    def _add_repeats(
        self, doc: Doc, words: _Words, kept: list[Span], headlines: list[tuple[int, int]]
    ) -> list[Span]:
        """A name the model typed once is that name where the document writes it again
        and the model saw nothing ("McVeigh" a person in one sentence, untyped in the
        next; "Oxford Street" a place twice and missed once), with its most frequent
        label. Written the same way, capital for capital, and not as part of a longer
        capitalised name ("Boston" of "Boston Marathon"), nor in a headline; a single
        ordinary word that starts a sentence is not taken ("Police said")."""
        from spacy.tokens import Span

        # Names as their words' string keys: the same words, the same keys.
        labels: dict[tuple[int, ...], Counter[str]] = {}
        for span in kept:
            if (
                span.label_ in _REPEATED_LABELS
                and span[0].text[:1].isupper()
                and len(span.text) > 1
                and not self._in(span, headlines)
            ):
                labels.setdefault(tuple(words.orth[span.start : span.end]), Counter())[
                    span.label_
                ] += 1
        by_first: dict[int, list[tuple[int, ...]]] = {}
        for name in sorted(labels, key=len, reverse=True):
            by_first.setdefault(name[0], []).append(name)
        taken = {i for span in kept for i in range(span.start, span.end)}
        added: list[Span] = []
        size = len(words.orth)
        for start, word in enumerate(words.orth):
            if word not in by_first or start in taken:
                continue
            for name in by_first[word]:
                end = start + len(name)
                if (
                    end <= size
                    and tuple(words.orth[start:end]) == name
                    and not any(i in taken for i in range(start, end))
                    and self._stands_alone(words, start, end)
                ):
                    span = Span(doc, start, end, label=labels[name].most_common(1)[0][0])
                    if not self._in(span, headlines):
                        added.append(span)
                        taken.update(range(start, end))
                    break
        return kept + added

    def _stands_alone(self, words: _Words, start: int, end: int) -> bool:
        """Whether tokens start:end are a whole name, not part of a longer capitalised
        one, and not an ordinary word capitalised because it starts a sentence."""
        title, alpha = words.title, words.alpha
        if end < len(words.orth) and title[end] and alpha[end]:
            return False
        before = start - 1
        if (
            start > 0
            and not words.starts_sentence(start)
            and not words.starts_sentence(before)
            and title[before]
            and alpha[before]
            and words.lowered(before) not in self._titles
            and words.lowered(before) not in SMALL_WORDS
        ):
            return False
        return not (
            end - start == 1
            and words.starts_sentence(start)
            and (words.lowered(start) in self._common or words.lowered(start) in self._nouns)
        )

    # -- context -----------------------------------------------------------------

    def _context(self, ents: Sequence[Span]) -> tuple[str, ...]:
        """Countries the document is about, most mentioned first."""
        return self.gazetteer.context_countries((ent.text, ent.label_) for ent in ents)

    @staticmethod
    def _headline_ranges(text: str) -> list[tuple[int, int]]:
        def title_case(line: str) -> bool:
            words = _LINE_WORDS.findall(line)
            content = [w for w in words if w.lower() not in SMALL_WORDS]
            if len(content) < _HEADLINE_MIN_WORDS:
                return False
            capitalised = sum(1 for w in content if w[0].isupper())
            return capitalised / len(content) >= _HEADLINE_SHARE

        ranges = []
        offset = 0
        for line in text.splitlines(keepends=True):
            # Headlines carry no closing full stop; sentences full of names do.
            if not _CLOSED_LINE.search(line) and title_case(line):
                ranges.append((offset, offset + len(line)))
            offset += len(line)
        # A headline run into the story's first sentence ("... Bomb Probe BOSTON — A
        # citizen ..."): hygiene finds where it ends.
        title = layout(text).title
        if title is not None and title_case(text[title.start : title.end]):
            ranges.append((title.start, title.end))
        return ranges

    @staticmethod
    def _in(span: Span, ranges: list[tuple[int, int]]) -> bool:
        return any(start <= span.start_char and span.end_char <= end for start, end in ranges)

    # -- fixing one entity ------------------------------------------------------------

    def _place(self, text: str, context: Sequence[str]) -> PlaceRecord | None:
        # Every caller passes the document's context, so the name alone is the key.
        if text not in self._places:
            self._places[text] = self.gazetteer.lookup(text, context_countries=context)
        return self._places[text]

    def _country(self, text: str) -> PlaceRecord | None:
        # The country of this name, kept for the document like _place's answers.
        if text not in self._countries:
            self._countries[text] = self.gazetteer.lookup(text, kinds=("country",))
        return self._countries[text]

    def _trusted_place(
        self,
        text: str,
        label: str,
        context: Sequence[str],
        span: Span | None = None,
        doc_text: str = "",
    ) -> PlaceRecord | None:
        """The place a PERSON/ORG span names, if the evidence beats the model's type.

        A village or small town needs the words around the span to say it is a place
        ("in Pisochyn", "Pisochyn, Kharkiv"): most such names are people's too.
        ``doc_text`` is the span's ``doc.text``, which spaCy joins anew on every access.
        """
        if span is None:
            # No text around it ("Kherson" in "Kherson towards Mykolaiv"): a place of
            # some size only.
            if text in self._trusted:
                return self._trusted[text]
            record = self._place(text, context)
            if record is not None and not self.gazetteer.is_minor(record):
                record = self.gazetteer.trusted(
                    text,
                    context_countries=context,
                    text=text,
                    start=0,
                    end=len(text),
                    common=self._common,
                )
            else:
                record = None
            self._trusted[text] = record
            return record
        return self.gazetteer.trusted(
            text,
            context_countries=context,
            text=doc_text or span.doc.text,
            start=span.start_char,
            end=span.end_char,
            common=self._common,
        )

    def _fix(
        self,
        doc: Doc,
        doc_text: str,
        ents: Sequence[Span],
        ent: Span,
        context: Sequence[str],
        headlines: list[tuple[int, int]],
        surnames: frozenset[str] = frozenset(),
    ) -> list[Span]:
        from spacy.tokens import Span

        # The model sometimes runs a name into the next word ("State Emergency Service of").
        end = ent.end
        while end - ent.start > 1 and doc[end - 1].lower_ in TRAILING_WORDS:
            end -= 1
        score = _SCORE_AT_END.search(ent.text if end == ent.end else doc[ent.start : end].text)
        if score is not None and ent.label_ in _NAME_LABELS:
            # "Real Madrid 2-1": the score is no part of the name.
            cut = ent.start_char + score.start()
            while end - ent.start > 1 and doc[end - 1].idx >= cut:
                end -= 1
        start = _past_gerund(ent)
        if end != ent.end or start != ent.start:
            ent = Span(doc, start, end, label=ent.label_)
        text = ent.text
        bare = _without_the(text)
        # Acronyms of weapons read as names ("Sam" for SAMs) and their plurals.
        if bare.upper() in self._acronyms or bare.upper().rstrip("S") in self._acronyms:
            return []
        if _ACRONYM_PLURAL.fullmatch(bare):
            return []
        if _names_a_car(ent):
            return [Span(doc, ent.start, ent.end, label="PRODUCT")]  # "his Subaru": a car
        if bare not in surnames and self._names_an_illness(ent, bare, context):
            return []  # "Cholera broke out", "Malaria killed 300": a disease, no name
        if bare not in surnames and _names_an_act(ent):
            return []  # "Shootings continued", "Arson is suspected": an act, no one
        # Bare demonyms are nationalities, not places.
        if ent.label_ in PLACE_LABELS and bare in self._demonyms and self._country(bare) is None:
            return [Span(doc, ent.start, ent.end, label="NORP")]
        if ent.label_ == "NORP":
            record = self._trusted_place(bare, "NORP", context, ent, doc_text)
            if record is not None and bare not in self._demonyms:
                return [Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)]
            return [ent]
        if self._places_joined(ent, context):
            return []  # "Kherson towards Mykolaiv": the places come back one by one
        in_headline = self._in(ent, headlines)
        # A club's name has two words or more (Gazetteer.club_name); the sentence about
        # sport is read only then, as it cost a tenth of the component when read for all.
        if len(bare.split()) > 1 and self.gazetteer.club_name(
            bare, sport=sport_sentence(doc_text, ent.start_char, ent.end_char)
        ):
            return [Span(doc, ent.start, ent.end, label="ORG")]  # "Manchester United"
        # Known places: fix the label.
        if ent.label_ in PLACE_LABELS and not bare[:1].isupper():
            return [ent]  # "metro": a lower-case word is no place name
        named_for = self._named_for(ent, doc_text, context, surnames)
        if named_for is not None:
            # "Barcelona beat ...", "Toyota shares" (ORG); "Chelsea smiled" (PERSON)
            return [Span(doc, ent.start, ent.end, label=named_for)]
        if (
            ent.label_ in PLACE_LABELS
            and _conference_name(ent)
            and sport_sentence(doc_text, ent.start_char, ent.end_char)
        ):
            # "the best team in the East", "the AFC South title": a league's conference,
            # not Cameroon's East region.
            return [Span(doc, ent.start, ent.end, label="ORG")]
        if ent.label_ in PLACE_LABELS:
            # Only a trusted record may change the model's place label ("the White
            # House" is a FAC even though a small town has that name).
            record = self._trusted_place(bare, ent.label_, context, ent, doc_text)
            if record is not None:
                return [Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)]
            if self._place(bare, context) is not None:
                return [ent]  # a real place, if not one we may relabel ("Nice", "Buffalo")
            said = self._said_label(ent, doc_text, context)
            if said is not None:
                # "Larkmoor, an environmental group", "the film, Night Harbour,", "lost
                # to Port Tarvo", "Dale Moor, who ...": what the words around a name the
                # gazetteer does not know say it is, when that is no place.
                return [Span(doc, ent.start, ent.end, label=said)] if said else []
            if self._is_common_phrase(ent, in_headline):
                return []  # "Defenses"
            return [ent]
        record = (
            None
            if bare in surnames
            else self._trusted_place(bare, ent.label_, context, ent, doc_text)
        )
        if record is not None:
            return [Span(doc, ent.start, ent.end, label=record.label, kb_id=record.name)]
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in PLACE_HEADS:
            return [Span(doc, ent.start, ent.end, label=PLACE_HEADS[ent[-1].lower_])]
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in VENUE_HEADS:
            # "The Kilbrittain Inn have said": a venue, as no one's surname is "Inn".
            return [Span(doc, ent.start, ent.end, label=PLACE_HEADS[ent[-1].lower_])]
        if ent.label_ == "PERSON":
            split = self._split_person(doc, ent, context)
            if split is not None:
                return split
        if in_headline and (
            len(ent) >= 3 or (len(ent) == 2 and any(t.lower_ in self._common for t in ent))
        ):
            return self._salvage_headline(doc, ents, ent)
        return [ent]

    def _names_an_illness(self, ent: Span, bare: str, context: Sequence[str]) -> bool:
        """Whether a one-word name is a disease's common noun the model took for a name,
        capitalised to open a sentence or written in capitals ("Cholera", "AIDS"): its first
        WordNet sense lies below ill health. A place of that name ("Pest") stays, and so do
        words of two letters ("MS" is a state and a company as often as a disease)."""
        if len(ent) != 1 or len(bare) < _ILLNESS_MIN_LETTERS:
            return False
        if not sense_below(bare.lower(), ILL_HEALTH_SENSES):
            return False
        return self._place(bare, context) is None

    def _said_label(self, ent: Span, doc_text: str, context: Sequence[str]) -> str | None:
        """The label the words around a place-typed name the gazetteer does not know give
        it when they say it is no place, "" for no name (a work), else ``None``: a club's
        or a company's words (:func:`kg.gazetteer.named_for_place`), then a noun in
        apposition (remembered for the name's other mentions), then a person's words or
        parse. Only those first for a name whose last word is a place's or a street's
        ("Elm Road", "Tarvo Island"), and no person for a plural after "the" ("the Hawks,
        who won")."""
        named_for = named_for_place(doc_text, ent.start_char, ent.end_char)
        if named_for in {"club", "company"}:
            return "ORG"  # "lost to Port Tarvo", "Elm Bay Dairy shares"
        last = ent[-1].lower_
        if last in PLACE_HEADS or last in STREET_WORDS or last in PLACE_NOUNS:
            return None
        bare = _without_the(ent.text)
        apposed = _apposed_label(ent)
        if apposed is not None:
            self._apposed[bare] = apposed
            return apposed
        if not ent.text.replace(" ", "").replace("'", "").replace("’", "").isalpha():
            return None  # "IE6, 7, 8": a product's name, whatever the numbers after it say
        if last.endswith("s") and (
            ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")
        ):
            return None  # "the Hawks, who won": a team; a person takes no article
        if named_for == "person" or _person_by_parse(ent, self._is_place_name(context)):
            return "PERSON"
        return None

    def _is_place_name(self, context: Sequence[str]) -> Callable[[str], bool]:
        return lambda text: self._place(text, context) is not None

    def _spread_apposed(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """The document's other place-typed mentions of a name a noun in apposition
        retyped, with that name's label: "Dana, a Leeds native" makes every "Dana" of
        the story the person (such a name is none the gazetteer knows)."""
        from spacy.tokens import Span

        spread: list[Span] = []
        for span in kept:
            bare = _without_the(span.text)
            label = self._apposed.get(bare)
            if label is None or span.label_ not in PLACE_LABELS:
                spread.append(span)
            elif label:
                spread.append(Span(doc, span.start, span.end, label=label))
        return spread

    def _minor_or_none(self, text: str, context: Sequence[str]) -> bool:
        record = self._place(text, context)
        return record is None or self.gazetteer.is_minor(record)

    def _named_for(
        self, ent: Span, doc_text: str, context: Sequence[str], surnames: frozenset[str]
    ) -> str | None:
        """The label of a place's name that stands for something else by the verb and
        nouns around it (:func:`kg.gazetteer.named_for_place`): ORG for a town's club or
        company ("Barcelona beat Real Madrid 2-1", "Toyota shares", or the doer or the
        object of a result verb in the parse), PERSON for a place's name that does what
        only people do ("Chelsea smiled"). A name the model typed a person becomes a club
        only when it is no person of the document, a town of some size and in a sentence
        about sport: "Saka scored" is the player, "lose to Clinton" an election."""
        if ent.label_ not in _NAME_LABELS or ent.label_ == "NORP":
            return None
        record = self._place(ent.text, context)
        if record is None:
            return None
        named_for = named_for_place(doc_text, ent.start_char, ent.end_char)
        if named_for == "person":
            return "PERSON" if ent.label_ != "PERSON" and len(ent) == 1 else None
        if record.kind not in _NAMED_FOR_KINDS:
            return None
        if ent.label_ == "PERSON" and (
            ent.text in surnames
            or self.gazetteer.is_minor(record)
            or len(ent) > 1
            or not sport_sentence(doc_text, ent.start_char, ent.end_char)
        ):
            return None
        if named_for is not None:
            return "ORG"
        root = ent.root
        if root.dep_ in {"nsubj", "dobj", "nsubjpass"} and root.head.lemma_ in self._result_verbs:
            return "ORG"
        return None

    def _places_joined(self, ent: Span, context: Sequence[str]) -> bool:
        """Whether a span is known places joined by lower-case words, not one name, or
        two countries' names run together, as in a list whose line breaks are lost
        ("Qatar Saudi Arabia")."""
        if len(ent) < 2:
            return False  # one word is neither places joined nor two countries run together
        runs: list[list[str]] = [[]]
        for token in ent:
            if token.lower_ in PLACE_CONNECTORS:
                runs.append([])
            else:
                runs[-1].append(token.text)
        names = [" ".join(run) for run in runs if run]
        if len(names) > 1:
            return all(self._trusted_place(name, "GPE", context) is not None for name in names)
        if self._place(ent.text, context):
            return False
        return any(
            self._country(ent[:cut].text) is not None and self._country(ent[cut:].text) is not None
            for cut in range(1, len(ent))
        )

    def _is_common_phrase(self, ent: Span, in_headline: bool) -> bool:
        """A GPE/LOC that is a common word: any in a headline ("Defenses"), elsewhere one
        plural noun or adverb ("boycotts", "Knowingly"), not "Arctic" or "Palm Beach"."""

        def is_common(word: str) -> bool:
            # Base forms only are listed: "defenses" is "defense" + s.
            forms = (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)
            return any(f in self._common or f in self._nouns for f in forms)

        if in_headline:
            return all(is_common(t.lower_) for t in ent)
        if len(ent) != 1:
            return False
        word = ent[0].lower_
        plural = word.endswith("s") and (word[:-1] in self._nouns or word[:-2] in self._nouns)
        adverb = word.endswith("ly") and word in self._common
        return plural or adverb

    def _split_person(self, doc: Doc, ent: Span, context: Sequence[str]) -> list[Span] | None:
        """Split "Kyiv Vitali Klitschko" into a place and a person."""
        from spacy.tokens import Span

        for cut in range(1, len(ent) - 1):
            head, rest = ent[:cut], ent[cut:]
            if len(rest) < 2 or not all(t.is_title for t in rest):
                continue
            record = self._trusted_place(head.text, "GPE", context)
            if record is not None and not (
                record.country in context or self.gazetteer.is_curated(record)
            ):
                record = None  # "George W. Bush" is no town of George
            if record is not None:
                return [
                    Span(doc, head.start, head.end, label=record.label, kb_id=record.name),
                    Span(doc, rest.start, rest.end, label="PERSON"),
                ]
        return None

    def _salvage_headline(self, doc: Doc, ents: Sequence[Span], ent: Span) -> list[Span]:
        """Keep the real names inside a Title-Case headline fragment, drop the rest.

        A token survives as PERSON when the body of the document names that
        person (as a whole PERSON entity or its last word), as NORP when it is a
        demonym; places come back through the matcher.
        """
        from spacy.tokens import Span

        people = set()
        for other in ents:
            if other.label_ == "PERSON" and other != ent:
                people.add(other.text)
                people.add(other[-1].text)
        out = []
        for token in ent:
            if token.text in self._demonyms:
                out.append(Span(doc, token.i, token.i + 1, label="NORP"))
            elif token.text in people:
                out.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        return out

    # -- places the model missed ----------------------------------------------------------

    def _add_missed(
        self,
        doc: Doc,
        text: str,
        kept: list[Span],
        context: Sequence[str],
        headlines: list[tuple[int, int]],
    ) -> list[Span]:
        from spacy.tokens import Span

        taken: dict[int, Span] = {}
        for span in kept:
            for i in range(span.start, span.end):
                taken[i] = span
        additions: list[Span] = []
        replaced: set[tuple[int, int]] = set()
        for start, end in self._name_windows(doc, text):
            span = doc[start:end]
            record = self._place(span.text, context)
            if record is None or not self._worth_adding(span, text, record, context):
                continue
            overlapping = {taken[i] for i in range(start, end) if i in taken}
            if any(o.start < start or o.end > end for o in overlapping):
                continue  # inside a longer entity ("Kyiv City Council")
            if any(o.label_ not in _NAME_LABELS for o in overlapping):
                continue
            if any(
                o.label_ not in PLACE_LABELS and (o.start, o.end) == (start, end)
                for o in overlapping
            ):
                continue  # same span, other type: _fix already weighed the evidence
            in_headline = self._in(span, headlines)
            if not overlapping and not in_headline and self._glued_to_name(doc, span, taken):
                continue
            replaced.update((o.start, o.end) for o in overlapping)
            named_for = named_for_place(text, span.start_char, span.end_char)
            if named_for == "person":
                continue  # "Chelsea smiled": the model missed a person, not a place
            if named_for is not None and record.kind in _NAMED_FOR_KINDS:
                # "... as Arsenal defeated Tottenham": the club, missed by the model.
                additions.append(Span(doc, start, end, label="ORG"))
                continue
            additions.append(Span(doc, start, end, label=record.label, kb_id=record.name))
        rest = [s for s in kept if (s.start, s.end) not in replaced]
        return rest + additions

    def _name_windows(self, doc: Doc, text: str) -> Iterator[tuple[int, int]]:
        """Token ranges whose text is a place name, longest first at each start.

        ``text`` is ``doc.text``, passed in because spaCy joins it anew on every access.
        """
        import numpy as np
        from spacy.attrs import IDX, IS_PUNCT, IS_TITLE, IS_UPPER, LENGTH

        # Token attributes come from one array and window texts are slices of the
        # document's text: this runs over every capitalised word, and making spaCy
        # Token and Span objects per window was most of the component's time.
        table = doc.to_array([IDX, LENGTH, IS_TITLE, IS_UPPER, IS_PUNCT])
        capitalised = (table[:, 2] == 1) | ((table[:, 3] == 1) & (table[:, 1] > 1))
        firsts = np.flatnonzero(capitalised).tolist()
        if not firsts:
            return
        idx, length, _, _, punct = table.T.tolist()
        size = len(idx)
        breaks: dict[int, bool] = {}

        def breaks_at(i: int) -> bool:
            # A window never holds a line break or punctuation other than - and apostrophes.
            if i not in breaks:
                word = text[idx[i] : idx[i] + length[i]]
                breaks[i] = "\n" in word or (bool(punct[i]) and word not in {"-", "'", "’"})
            return breaks[i]

        # Every start's windows (their folded texts, longest first) are found before the
        # gazetteer is asked, which then tests them all at once (Gazetteer.names_among):
        # most are no name, and one test each cost more than finding them.
        starts: dict[str, bool] = {}  # a word's answer, for its other capitalised uses
        windows: list[tuple[int, list[tuple[int, str]]]] = []
        for first in firsts:
            begin = idx[first]
            word = text[begin : begin + length[first]]
            if word.lower() in {"the", "a", "an"}:
                continue  # fold() drops a leading "the": "The most" is not the town of Most
            may_start = starts.get(word)
            if may_start is None:
                may_start = starts[word] = self.gazetteer.may_start_name(word)
            if not may_start:
                continue
            limit = first
            while limit < min(first + self._max_words, size) and not breaks_at(limit):
                limit += 1
            # Each word with the space after it, the last without: the window's text.
            pieces = [text[idx[i] : idx[i + 1]] for i in range(first, limit - 1)]
            if limit > first:
                pieces.append(text[idx[limit - 1] : idx[limit - 1] + length[limit - 1]])
            folded = folds_of_runs(pieces)
            keys = [
                (end, folded[end - first - 1])
                for end in range(limit, first, -1)
                if not punct[end - 1]
            ]
            windows.append((first, keys))
        names = self.gazetteer.names_among({key for _, keys in windows for _, key in keys})
        for first, keys in windows:
            for end, key in keys:
                if key in names:
                    yield first, end
                    break

    def _worth_adding(
        self, span: Span, doc_text: str, record: PlaceRecord, context: Sequence[str]
    ) -> bool:
        if len(span) == 1 and span[0].pos_ in _NOT_NAME_POS:
            return False  # "Reading the statement, ..." is a verb, not the town
        if self.gazetteer.is_curated(record):
            return True
        if record.kind == "admin2" and record.country not in context:
            return False  # a county or district abroad: "Capital", a department in Argentina
        if self.gazetteer.is_minor(record):
            # A village's name is as often a person's or a word: the text must say place.
            return place_cue(doc_text, span.start_char, span.end_char) and (
                record.country in context or len(span) > 1
            )
        if len(span) > 1:
            return True
        key = fold(span.text)
        if key in self._common or key in self.gazetteer.not_places:
            return False
        if key in self._nouns and not (record.kind == "city" or record.country in context):
            return False  # "Capital", a province somewhere, is a word in a headline
        return record.country in context or record.population >= _FAMOUS

    def _glued_to_name(self, doc: Doc, span: Span, taken: Mapping[int, Span]) -> bool:
        """A match next to an unknown proper noun is part of a longer name ("Jackson" in
        "Michael Jackson" when the model missed the person)."""
        for i in (span.start - 1, span.end):
            if not 0 <= i < len(doc) or i in taken:
                continue
            token = doc[i]
            if (
                token.is_title
                and token.pos_ == "PROPN"
                and token.lower_ not in self._titles
                and not (i == span.start - 1 and token.is_sent_start)
            ):
                return True
        return False


# First senses of a noun that may name a place: a location, a natural object or an
# artifact (a building is an artifact).
_PLACE_FIRST_SENSES = frozenset({NOUN_ARTIFACT, NOUN_LOCATION, NOUN_OBJECT})
# Nouns for a body whose first sense in WordNet is none ("group" is a grouping first), and
# nouns for a person that news uses of companies ("Vellnet, an internet provider").
_BODY_NOUNS = frozenset(
    "group nonprofit startup provider carrier operator retailer manufacturer supplier maker "
    "producer publisher distributor broadcaster lender insurer developer subsidiary".split()
)


def _apposed_label(ent: Span) -> str | None:
    """The label a place-typed name takes from a common noun in apposition with it, when
    that noun's first sense in WordNet is no place: a body ("Larkmoor, an environmental
    group", ORG), a person ("Dana, a Leeds native", PERSON) or a work ("the film, Night
    Harbour,", "" for no name); ``None`` when there is no such noun. A group noun that
    can name a place in another sense ("a village") says nothing."""
    root = ent.root
    nouns = [root.head] if root.dep_ == "appos" and root.head.i != root.i else []
    nouns += [child for child in root.children if child.dep_ == "appos"]
    for noun in nouns:
        if noun.pos_ != "NOUN" or ent.start <= noun.i < ent.end:
            continue
        lemma = noun.lemma_.lower()
        if lemma in _BODY_NOUNS:
            return "ORG"
        classes = noun_classes(lemma)
        if not classes or classes[0] in _PLACE_FIRST_SENSES:
            continue
        if classes[0] == NOUN_GROUP and NOUN_LOCATION not in classes:
            return "ORG"
        if classes[0] == NOUN_PERSON:
            return "PERSON"
        if classes[0] == NOUN_COMMUNICATION:
            return ""
    return None


#: How a gerund that opens a name hangs in the parse: the verb of a clause.
_GERUND_CLAUSE_DEPS = frozenset({"ROOT", "csubj", "advcl", "ccomp", "xcomp", "pcomp", "conj"})


#: How many describing words may stand between an owner's determiner and a car's name
#: ("a badly wrecked Honda").
_CAR_DESCRIBERS = 3
#: Parts of speech of the describing words ("old", "wrecked", "2019").
_DESCRIBING_POS = frozenset({"ADJ", "VERB", "NUM", "ADV"})
#: Roles of a name that does something: a car is seldom the subject, a company often.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _names_a_car(ent: Span) -> bool:
    """Whether a name the model read as a company, a place or a person is one car: it
    opens with a maker of cars (:data:`~kg.lang.en.CAR_MAKES`), heads its phrase (no
    common noun follows: "a Honda spokesman", "Toyota shares" name the company) and is no
    subject, and an owner's determiner or "a" (:data:`~kg.lang.en.CAR_OWNERS`) opens the
    phrase, past a few describing words ("crashed his Subaru", "a wrecked Honda", "bought
    a Tesla Model 3")."""
    doc = ent.doc
    if ent[0].lower_ not in CAR_MAKES or ent.root.dep_ in _SUBJECT_DEPS:
        return False
    if ent.end < len(doc) and doc[ent.end].pos_ == "NOUN":
        return False
    i = ent.start - 1
    while i >= 0 and ent.start - i <= _CAR_DESCRIBERS and doc[i].pos_ in _DESCRIBING_POS:
        i -= 1
    return i >= 0 and doc[i].lower_ in CAR_OWNERS


def _names_an_act(ent: Span) -> bool:
    """Whether a one-word name the model read as a person's is an act's common noun,
    capitalised only as it opens its sentence ("Shootings continued overnight", "Arson is
    suspected", "Kneeling by the door, she ..."): its first WordNet sense is an act, and it
    is no common given name or surname ("Chase", "Rush", "Hunt" stay people)."""
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].is_sent_start:
        return False
    word = ent[0].text
    if word.title() in given_names() or word.lower() in common_surnames():
        return False
    lower = word.lower()
    senses = noun_classes(lower) or (noun_classes(lower[:-1]) if lower.endswith("s") else ())
    return bool(senses) and senses[0] == NOUN_ACT


def _past_gerund(ent: Span) -> int:
    """Where a name starts past a gerund the model ran into it: "Walking Bella in the park
    is his favourite chore" (the name "Bella", the walking no one), "Visiting Ruiz, the
    minister ...". The gerund is the verb of its clause and the rest of the name hangs on
    it; a name whose first word is its own head ("Manning said") is left, and so is a
    title ("Going Viral", "Going Home to Glory"), which the model types no person."""
    first = ent[0]
    if (
        ent.label_ == "PERSON"
        and len(ent) > 1
        and first.tag_ == "VBG"
        and first.dep_ in _GERUND_CLAUSE_DEPS
        and any(t.head.i == first.i for t in ent[1:])
        and ent[1].text[:1].isupper()
    ):
        return ent.start + 1
    return ent.start


def _without_the(text: str) -> str:
    """A name without its leading article: "the Hawks" is looked up as "Hawks"."""
    return text[4:] if text.lower().startswith("the ") else text


_WHO = frozenset({"who", "whom", "whose"})
_CONFERENCE_WORDS = COMPASS_NAMES | {"conference", "division"}


def _conference_name(ent: Span) -> bool:
    """Whether a name is written as a league's conference or division: compass words,
    then "Conference" or "Division" if any, after the league's initials or "Big" if any
    ("East", "Eastern Conference", "AFC South", "Big East")."""
    words = [t.text for t in ent if t.lower_ != "the"]
    if words and (words[0] == "Big" or words[0].replace(".", "").isupper()):
        words = words[1:]
    return (
        bool(words)
        and words[0].lower() in COMPASS_NAMES
        and all(w.lower() in _CONFERENCE_WORDS for w in words)
    )


def _person_by_parse(ent: Span, is_place: Callable[[str], bool]) -> bool:
    """Whether the parse makes a name a person's: a relative clause with "who" on it
    ("replacing him with Dale Moor, who ..."), a noun for a person before it ("protester
    Dale Moor"), or a person's name, none a place's, joined to it by "and" ("Lena Ortiz
    and Dale Moor"; not a town the model took for a person)."""
    root = ent.root
    for child in root.children:
        if ent.start <= child.i < ent.end:
            continue
        if child.dep_ == "relcl" and any(t.lower_ in _WHO for t in child.children):
            return True
        if (
            child.dep_ == "compound"
            and child.pos_ == "NOUN"
            and noun_classes(child.lemma_.lower())[:1] == (NOUN_PERSON,)
        ):
            return True
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [child for child in root.children if child.dep_ == "conj"]
    doc = ent.doc
    for partner in partners:
        if partner.ent_type_ != "PERSON":
            continue
        start = partner.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = partner.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if not is_place(doc[start:end].text):
            return True
    return False


def _street_label(ent: Span) -> str | None:
    """FAC or LOC for a name the model read as an event, work or product that is a street
    or another place by its words: "Victor Hugo street", "Cavehill Road" (a place noun
    last), "Rue Victor Hugo", "Calle del Correo" (a street word first)."""
    if len(ent) < 2 or not ent[-1].text[:1].isalnum():
        return None
    if ent[-1].lower_ in PLACE_HEADS:
        return PLACE_HEADS[ent[-1].lower_]
    street = ent[0].lower_ in _STREET_FIRST_WORDS and any(t.is_title for t in ent[1:])
    return "FAC" if street else None


def make_gazetteer_component(nlp: Language, name: str, add_missed: bool) -> GazetteerComponent:
    """Build the ``kg_gazetteer`` pipeline component (spaCy factory)."""
    return GazetteerComponent(nlp, name, add_missed=add_missed)
