"""The attribute ruler's and the rule lemmatizer's work, done from arrays.

The small English model ends its tagging with two rule components: the
``attribute_ruler`` (179 token patterns: the tag map, pronouns, auxiliaries)
and the rule ``lemmatizer``. As spaCy runs them, a matcher tries every pattern
at every token and the lemmatizer visits every token as a Python object; on
whole news articles the two cost about a quarter of the parse
(``docs/benchmarks.md``). :class:`TokenRules` gives every token the same
attributes, read from and written to arrays:

- A pattern over one token tests only that token's own attributes, so its
  outcome is a function of them. Tokens are grouped by the attributes the
  patterns read (a word no pattern names counts as any such word), each group
  is matched once with spaCy's own matcher, on its first token, and the
  answer is kept. Patterns over several tokens still run over the document,
  but they are few. The matches are applied in the ruler's order (a later
  pattern overrides an earlier one, as in ``AttributeRuler.set_annotations``).
- A rule lemma depends on the word, its part of speech and its morphology
  (spaCy's own cache key), so each distinct triple is lemmatized once. spaCy's
  rule lemmatizer tests whether a form is a known word by scanning a list (57,000
  nouns), about a tenth of a millisecond a word; :class:`_RuleLemmas` gives the
  same first lemma from the same tables with that list as a set. A lemmatizer
  that is not spaCy's own rule lemmatizer is asked itself.

Both stock components stay in the pipeline, disabled, so that their data
(patterns, lookup tables) is what this component reads and what ``nlp.to_disk``
saves. Where a ruler pattern uses anything the grouping cannot vouch for, or
the lemmatizer is not in rule mode, the stock component does that work itself.
tests/components/test_token_rules.py checks the attributes equal the stock
components' on real text. Three things are added: a contraction written with a curly
apostrophe ("It’s", "didn’t") gets what its straight form gets, "lay" with a direct
object is lemmatised "lay", not "lie", and a "'s" the parser took for a passive "is" where
only "has" can be ("she's sold the farm") is made the auxiliary "have", and an adjective
with an infinitive after the subject of a "be" set before it ("Nor are prices likely to
fall") is made the predicate of that "be".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from kg.lang.en import CURLY_CONTRACTIONS, PASSIVE_WITH_OBJECT_VERBS, RELATIVE_ADVERB_NOUNS

__all__ = ["TokenRules", "use_token_rules"]

# The token attributes a one-token pattern may test for its outcome to depend on
# the token alone, and the value forms the grouping understands.
_TOKEN_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_SET_OPERATORS = {"IN", "NOT_IN"}
# Attributes written through arrays; any other (rare) is set token by token.
_ARRAY_ATTRS = (POS, MORPH, LEMMA)

# A word no pattern names: every such word behaves alike.
_OTHER_WORD = -1

# The ruler's outcome for a token: the (column of _ARRAY_ATTRS, value) pairs to
# write, and the other attributes, set token by token (None when there are none).
_Plan = tuple[tuple[tuple[int, int], ...], dict[int, int] | None]

# What a pattern's token requires, as (attribute, the values it may have) pairs, and a
# fixed-length pattern over several tokens seen from one of its tokens: the pattern's
# length, that token's place in it, and what else that token requires.
_Needs = list[tuple[int, frozenset[int]]]
_Anchor = tuple[int, int, _Needs]


def _plan(attrs: dict[int, int]) -> _Plan:
    sets = tuple((column, attrs[attr]) for column, attr in enumerate(_ARRAY_ATTRS) if attr in attrs)
    rest = {a: v for a, v in attrs.items() if a not in _ARRAY_ATTRS}
    return sets, rest or None


class TokenRules:
    """Does what a pipeline's ``attribute_ruler`` then ``lemmatizer`` do, faster.

    Args:
        ruler: The pipeline's attribute ruler (disabled; its patterns are read).
        lemmatizer: The pipeline's lemmatizer (disabled; it lemmatizes each
            distinct word, part of speech and morphology once).
    """

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self._prepared = False

    def __call__(self, doc: Doc) -> Doc:
        if not self._prepared:
            self._prepare()
        if self.ruler is not None:
            if self._single is None:
                self.ruler(doc)
            else:
                self._apply_ruler(doc)
        if self.lemmatizer is not None:
            if self._lemmas is None:
                self.lemmatizer(doc)
            else:
                self._lemmatize(doc)
        _straighten_contractions(doc)
        _transitive_lay(doc)
        _perfect_contractions(doc)
        _inverted_predicates(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # ------------------------------------------------------------------ set-up

    def _prepare(self) -> None:
        # Read the patterns when the first document comes, not at construction:
        # a saved pipeline is built first and its components' data loaded after.
        self._single: Matcher | None = None
        self._multi: Matcher | None = None
        self._lemmas: dict[tuple[int, int, int], int] | None = None
        self._lemma: Callable[[Any], str] = lambda token: str(self.lemmatizer.lemmatize(token)[0])
        if self.ruler is not None:
            self._prepare_ruler()
        if self.lemmatizer is not None and getattr(self.lemmatizer, "mode", None) == "rule":
            if not getattr(self.lemmatizer, "overwrite", False):
                self._lemmas = {}
                if _RuleLemmas.applies(self.lemmatizer):
                    self._lemma = _RuleLemmas(self.lemmatizer).lemma
        self._prepared = True

    def _prepare_ruler(self) -> None:
        ruler = self.ruler
        vocab = ruler.vocab
        single = Matcher(vocab)
        multi = Matcher(vocab)
        # What each pattern over several tokens needs the document to hold somewhere.
        self._multi_needs: list[list[tuple[int, frozenset[int]]]] = []
        # Where each such pattern may start, when all of them have a fixed length: by
        # attribute and value its anchor token requires, (the pattern's length, the
        # anchor's place in it, what else the anchor requires).
        self._anchors: dict[int, dict[int, list[_Anchor]]] | None = {}
        self._longest = 0
        words: set[str] = set()
        patterns: list[str] = []
        tested: set[str] = set()
        for number, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if any(not isinstance(attr, int) for attr in attrs):
                return  # custom extension attributes: leave it all to the ruler
            found = ruler.matcher.get(vocab.strings[str(number)])[1]
            key = str(number)
            if index in (0, -1) and all(_one_token(p, words, patterns, tested) for p in found):
                single.add(key, found)
            else:
                multi.add(key, found)
                self._multi_needs.extend(_needs(p, vocab) for p in found)
                for pattern in found:
                    anchor = _anchor(pattern, vocab)
                    if anchor is None or self._anchors is None:
                        self._anchors = None  # the matcher then runs over the whole document
                        continue
                    place, ((attr, values), *rest) = anchor
                    by_value = self._anchors.setdefault(attr, {})
                    for value in values:
                        by_value.setdefault(value, []).append((len(pattern), place, rest))
                    self._longest = max(self._longest, len(pattern))
        self._single = single
        self._multi = multi if len(multi) else None
        self._tested = [_TOKEN_ATTRS[name] for name in sorted(tested)]
        self._word_slot = sorted(tested).index("LOWER") if "LOWER" in tested else None
        self._words = {vocab.strings.add(word) for word in words}
        self._word_patterns = [_regex(p) for p in patterns]
        self._word_class: dict[int, int] = {}
        self._outcomes: dict[tuple[int, ...], tuple[int, ...]] = {}
        # What each group of tokens gets: (array column, value) pairs, and the rest.
        self._plans: dict[tuple[int, ...], _Plan] = {}

    # ------------------------------------------------------------- the ruler

    def _apply_ruler(self, doc: Doc) -> None:
        assert self._single is not None
        if not len(doc):
            return
        rows = doc.to_array(self._tested).tolist() if self._tested else [[] for _ in doc]
        if rows and not isinstance(rows[0], list):  # one attribute: to_array is flat
            rows = [[value] for value in rows]
        extra: dict[int, list[int]] = {}
        if self._multi is not None and self._multi_may_match(doc):
            for match_id, start, end in self._multi_matches(doc):
                number = int(self.ruler.vocab.strings[match_id])
                index = self.ruler.indices[number]
                extra.setdefault((start if index >= 0 else end) + index, []).append(number)
        values: Any = doc.to_array(list(_ARRAY_ATTRS))
        # The new values go into plain lists, one per attribute, and into the array
        # once: setting numpy items one token at a time cost more than the rules.
        columns = [values[:, column].tolist() for column in range(len(_ARRAY_ATTRS))]
        changed = False
        slot, word_class, plans = self._word_slot, self._word_class, self._plans
        for i, row in enumerate(rows):
            if slot is not None:  # a word no pattern names counts as any such word
                word = row[slot]
                kind = word_class.get(word)
                if kind is None:
                    kind = word_class[word] = self._classify(word)
                row[slot] = kind
            key = tuple(row)
            if i in extra:
                numbers = sorted({*self._outcome(key, doc, i), *extra[i]})
                plan = _plan(self._fold(numbers))
            else:
                known = plans.get(key)
                if known is None:
                    known = plans[key] = _plan(self._fold(self._outcome(key, doc, i)))
                plan = known
            sets, rest = plan
            for column, value in sets:
                columns[column][i] = value
                changed = True
            if rest:
                set_token_attrs(doc[i], rest)
        if changed:
            for column, new in enumerate(columns):
                values[:, column] = new
            doc.from_array(list(_ARRAY_ATTRS), values)

    def _multi_matches(self, doc: Doc) -> Iterable[tuple[int, int, int]]:
        """What spaCy's matcher finds for the patterns over several tokens.

        Where every such pattern has a fixed length, it is run only on the few token
        windows where one of them may start (at a token holding what the pattern's
        anchor token requires, less the anchor's place): a fixed-length pattern over
        token attributes matches the same tokens in a window as in the document, and
        running it over every token was a third of this component."""
        assert self._multi is not None
        if self._anchors is None:
            return self._multi(doc, allow_missing=True, as_spans=False)
        columns = doc.to_array([LOWER, DEP]).T.tolist()
        rows = {LOWER: columns[0], DEP: columns[1]}
        size = len(doc)
        starts: set[int] = set()
        for attr, by_value in self._anchors.items():
            for i, value in enumerate(rows[attr]):
                for length, place, rest in by_value.get(value, ()):
                    start = i - place
                    if 0 <= start and start + length <= size:
                        if all(rows[a][i] in allowed for a, allowed in rest):
                            starts.add(start)
        found: set[tuple[int, int, int]] = set()
        for start in sorted(starts):
            window = doc[start : start + self._longest]
            for match_id, begin, end in self._multi(window, allow_missing=True, as_spans=False):
                found.add((match_id, start + begin, start + end))  # offsets in the window
        return sorted(found, key=lambda match: (match[1], match[2], match[0]))

    def _multi_may_match(self, doc: Doc) -> bool:
        """Whether a pattern over several tokens may match: a document without an
        "is" after an expletive, a "gon na" or a "let 's" is spared the matcher."""
        columns = doc.to_array([LOWER, DEP])
        present = {LOWER: set(columns[:, 0].tolist()), DEP: set(columns[:, 1].tolist())}
        return any(
            all(not allowed.isdisjoint(present[attr]) for attr, allowed in needs)
            for needs in self._multi_needs
        )

    def _classify(self, word: int) -> int:
        if word in self._words:
            return word
        text = self.ruler.vocab.strings[word]
        if any(pattern(text) for pattern in self._word_patterns):
            return word
        return _OTHER_WORD

    def _outcome(self, key: tuple[int, ...], doc: Doc, i: int) -> tuple[int, ...]:
        found = self._outcomes.get(key)
        if found is None:
            assert self._single is not None
            strings = self.ruler.vocab.strings
            matches = self._single(doc[i : i + 1], allow_missing=True, as_spans=False)
            found = self._outcomes[key] = tuple(sorted({int(strings[m]) for m, _, _ in matches}))
        return found

    def _fold(self, numbers: Iterable[int]) -> dict[int, int]:
        attrs: dict[int, int] = {}
        for number in numbers:
            attrs.update(self.ruler.attrs[number])
        return attrs

    # --------------------------------------------------------- the lemmatizer

    def _lemmatize(self, doc: Doc) -> None:
        assert self._lemmas is not None
        if not len(doc):
            return
        orths, parts, morphs, given = doc.to_array([ORTH, POS, MORPH, LEMMA]).T.tolist()
        lemmas = self._lemmas
        strings = doc.vocab.strings
        # Each token's lemma by its word, part of speech and morphology, in one pass
        # over plain lists, and into the document at once: a loop that set a numpy item
        # per token cost as much again. A lemma the ruler gave stays.
        keys = list(zip(orths, parts, morphs, strict=True))
        new = [lemma or lemmas.get(key) for lemma, key in zip(given, keys, strict=True)]
        for i, found in enumerate(new):
            if found is None:
                key = keys[i]
                found = lemmas.get(key)
                if found is None:
                    found = lemmas[key] = strings.add(self._lemma(doc[i]))
                new[i] = found
        if new != given:
            column: Any = numpy.array(new, dtype=numpy.uint64).reshape(-1, 1)
            doc.from_array([LEMMA], column)


class _RuleLemmas:
    """The first lemma spaCy's rule lemmatizer gives a token, from its own tables.

    The same steps in the same order as ``Lemmatizer.rule_lemmatize`` (spaCy
    3.8): a space or a token without a part of speech is asked of the
    lemmatizer itself; a base form (the lemmatizer's own test) is the word in
    lower case; else the part of speech's suffix rules make candidate forms,
    those in its word index first (the last found first), forms with a
    non-letter next, then its exceptions in front, then unknown forms, then the
    word itself. Only the index lookup differs: a set, where spaCy scans a list.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._tables: dict[str, tuple[frozenset[str], dict[str, list[str]], list[Any]] | None] = {}

    @staticmethod
    def applies(lemmatizer: Any) -> bool:
        """Whether ``lemmatizer`` lemmatizes with spaCy's own rule method, as read here."""
        method = getattr(lemmatizer.lemmatize, "__func__", None)
        return (
            isinstance(lemmatizer, Lemmatizer)
            and method is Lemmatizer.rule_lemmatize
            and type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize
        )

    def _for(self, pos: str) -> tuple[frozenset[str], dict[str, list[str]], list[Any]] | None:
        if pos not in self._tables:
            lookups = self.lemmatizer.lookups
            index = lookups.get_table("lemma_index", {}).get(pos)
            exceptions = lookups.get_table("lemma_exc", {}).get(pos)
            rules = lookups.get_table("lemma_rules", {}).get(pos)
            if index or exceptions or rules:
                self._tables[pos] = (frozenset(index or ()), exceptions or {}, rules or [])
            else:
                self._tables[pos] = None
        return self._tables[pos]

    def lemma(self, token: Any) -> str:
        pos = token.pos_.lower()
        if pos in ("", "eol", "space"):
            return str(self.lemmatizer.lemmatize(token)[0])  # with its warning for ""
        text: str = token.text
        if self.lemmatizer.is_base_form(token):
            if pos != "verb":
                return text.lower()
            verbs = self._for("verb")
            return double_l(self._irregular_past(text.lower()), verbs[0] if verbs else ())
        tables = self._for(pos)
        if tables is None:
            return text if pos == "propn" else text.lower()
        index, exceptions, rules = tables
        word = text.lower()
        known: list[str] = []  # in the index, the last found first
        other: list[str] = []  # not all letters, in the order found
        unknown: list[str] = []
        for old, new in rules:
            if word.endswith(old):
                form = word[: len(word) - len(old)] + new
                if not form:
                    continue
                if form in index:
                    known.insert(0, form)
                elif not form.isalpha():
                    other.append(form)
                else:
                    unknown.append(form)
        forms = list(dict.fromkeys(known + other))
        for form in exceptions.get(word, []):
            if form not in forms:
                forms.insert(0, form)
        if pos == "noun" and forms and word not in exceptions:
            return plural_e(word, forms[0], index)
        if pos != "verb":
            return (forms or unknown or [text])[0]
        if not forms and unknown:
            nouns = self._for("noun")
            return unseen_verb(word, unknown[0], nouns=nouns[0] if nouns else frozenset())
        return double_l(silent_e(word, (forms or [text])[0], index), index)

    def _irregular_past(self, word: str) -> str:
        """A past form the tagger took for a present or a base ("they swam" as VBP, "shot"
        as VB), which the lemmatizer then keeps as it is: the verb its exceptions give it,
        when the form is no verb of its own ("swam" -> "swim"; "found", "saw", "fell" stay,
        being verbs too)."""
        tables = self._for("verb")
        if tables is None:
            return word
        index, exceptions, _ = tables
        forms = exceptions.get(word)
        return forms[0] if forms and word not in index else word


#: A stem of one syllable that ends in one vowel and one consonant: "hop", "star", "fin".
_SHORT_STEM = re.compile(r"[^aeiouy]*[aeiou][^aeiouwxy]")
#: Stem endings that take "-es" in the present ("fixes", "passes", "goes").
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


#: Last two consonants of stems that keep an "e" after them ("charge", "solve", "dance",
#: "table", "centre").
_E_CLUSTERS = frozenset(
    "dg lv rv ng nc ns rs ls rc rg bl cl dl fl gl kl pl sl tl zl br cr dr fr gr kr pr tr".split()
)
_VOWELS = frozenset("aeiou")


def unseen_verb(word: str, guess: str, *, nouns: Collection[str] = frozenset()) -> str:
    """The verb of a form in "-ed" or "-ing" that the word index does not hold ("fracked",
    "bogged", "reposted", "robocalled", "reburied"), where the rules' first guess keeps an
    "e" ("fracke", "bogge"): a doubled last consonant comes from the stem's one ("bog"), a
    stem ending in two consonants or in "w", "x", "y" takes no "e" ("frack", "repost",
    "whistleblow", "okay"), "-ied" is "-y" unless only the "-ie" form is a noun of
    ``nouns``, as a verb made of a noun keeps its spelling ("partied" -> "party",
    "sortied" -> "sortie"); a stem that is a noun of ``nouns`` when its "e" form is none
    is that noun made a verb ("cordoned" -> "cordon", "chickening" -> "chicken"). Other
    forms keep the guess ("unmoved" -> "unmove": a vowel and one consonant say nothing
    sure)."""
    for ending in ("ed", "ing"):
        if not word.endswith(ending) or guess != word[: -len(ending)] + "e":
            continue
        stem = word[: -len(ending)]
        if ending == "ed" and stem.endswith("i") and len(stem) > 2:
            y_form = stem[:-1] + "y"
            return guess if guess in nouns and y_form not in nouns else y_form
        last, before = stem[-1:], stem[-2:-1]
        if not last.isalpha() or last in _VOWELS or not before.isalpha():
            return guess
        if last == before and last not in "lsfz":
            return stem[:-1]
        if last in "wxy" or (before not in _VOWELS | {"y"} and stem[-2:] not in _E_CLUSTERS):
            return stem
        if stem in nouns and guess not in nouns and _VOWELS.intersection(stem):
            return stem
    return guess


def silent_e(word: str, lemma: str, verbs: Collection[str]) -> str:
    """The verb a form in "-ed", "-ing" or "-es" comes from, where the rules found two in
    the word index and chose the one without an "e": "hoping", "hoped", "hopes" -> "hope"
    (not "hop"), "riding" -> "ride", "stared" -> "stare", "fined", "fines" -> "fine",
    "hates" -> "hate". A stem of one syllable ending in one vowel and one consonant
    doubles that consonant before "-ed" and "-ing" ("hopping", "starred", "finned"), so a
    form without the double is the other verb's; and "-es" follows only a stem ending in a
    hiss or an "o" ("fixes", "goes"), so "hopes" is "hope" and "s". (spaCy's rule
    lemmatizer puts the last form found in its index first, and the small English model's
    tables list no exception for these.)"""
    with_e = lemma + "e"
    if with_e not in verbs:
        return lemma
    for ending in ("ed", "ing"):
        if word == lemma + ending and _SHORT_STEM.fullmatch(lemma):
            return with_e
    if word == lemma + "es" and not lemma.endswith(_ES_STEMS):
        return with_e
    return lemma


def double_l(lemma: str, verbs: Collection[str]) -> str:
    """The "-ll" spelling of a verb the word index holds both ways: "instal" -> "install",
    "fulfil", "enrol", "distil", "instil", "appal", "enthral". The lemmatizer's exceptions
    give the British stem for "installed", "fulfilled" and "enrolled", so one act would get
    two action names across documents, and "instal" reads as a typo. Verbs spelt with one
    "l" only ("travel", "control", "compel") have no "-ll" form in the index and stay."""
    if len(lemma) > 3 and lemma[-1] == "l" and lemma[-2] in _VOWELS and lemma + "l" in verbs:
        return lemma + "l"
    return lemma


def plural_e(word: str, lemma: str, nouns: Collection[str]) -> str:
    """The noun a plural in "-ses", "-ves" or "-ies" comes from, where the word index holds
    both readings and the rules chose the one without an "e": "doses" -> "dose" (not
    "dos"), "uses" -> "use" (not "us"), "senses", "corpses", "motives" -> "motive" (not
    "motif"), "graves", "cookies" -> "cookie". A plural adds "-s" to a noun in "-e"; the
    other readings are rare words ("dos", "motif" makes "motifs") or plurals that hold a
    double "s" ("crosses" stays "cross"). Irregular plurals are the exceptions' ("leaves")."""
    with_e = word[:-1]
    if (
        lemma != with_e
        and with_e in nouns
        and word.endswith(("ses", "ves", "ies"))
        and not word.endswith("sses")
    ):
        return with_e
    return lemma


def _straighten_contractions(doc: Doc) -> None:
    """Give a curly-apostrophe contraction what its straight form gets: "It’s" and "It's"
    say the same, but the model, trained mostly on straight quotes, tags "’s" a verb and
    "n’t" a noun, so the rules above make "’" an action and "n’t" an actor."""
    if not len(doc):
        return
    keys = [doc.vocab.strings[word] for word in CURLY_CONTRACTIONS]  # the words' hashes
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), keys)).tolist():
        token = doc[i]
        if token.tag_ != "POS":  # "Turkey’s" stays a possessive
            token.pos_, token.tag_, token.lemma_ = CURLY_CONTRACTIONS[token.lower_]


def _transitive_lay(doc: Doc) -> None:
    """Give "lay" with a direct object the lemma "lay": "the rebels lay mines", "did not lay
    the groundwork". The lemmatizer reads a "lay" tagged as a past tense as the past of
    "lie" ("he lay on the floor"), which never takes an object; the mines were laid."""
    if not len(doc):
        return
    for i in numpy.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["lay"]).tolist():
        token = doc[i]
        if token.lemma_ == "lie" and any(c.dep_ == "dobj" for c in token.children):
            token.lemma_ = "lay"


#: "'s" written straight and curly.
_APOSTROPHE_S = ("'s", "\u2019s")
#: The subjects of a relative clause "the claims he's made" whose "'s" may be read "has".
_PERSONAL_SUBJECTS = frozenset({"he", "she", "it"})
#: Subjects of "is" before an adjective and its noun: "it's forced labour".
_THING_SUBJECTS = frozenset({"it", "that", "this", "what", "there"})


def _perfect_contractions(doc: Doc) -> None:
    """Read "'s" before a past participle as "has" where a passive cannot be: "he's taken
    three towns", "the claims she's made". The parser reads every such "'s" as "is", a
    passive, and so makes the doer the one the act was done to ("he" taken). The "'s" is
    "has" when the participle has a direct object of its own (a passive has none, but for
    verbs whose passive keeps one: "he's given a medal", "she's named chair"), or when it
    is a relative clause with no relative word whose noun is the participle's object ("the
    claims he is made" is no English; not "the way he's treated", nor with a preposition
    left at the end, "the man she's married to"). The "'s" becomes an auxiliary "have" and
    the subject an active one."""
    if not len(doc):
        return
    keys = [doc.vocab.strings[word] for word in _APOSTROPHE_S]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), keys)).tolist():
        token = doc[i]
        verb = token.head
        if token.dep_ != "auxpass" or verb.tag_ != "VBN" or verb.i <= token.i:
            continue
        if verb.lemma_.lower() in PASSIVE_WITH_OBJECT_VERBS:
            continue
        if not (_has_own_object(verb) or _object_relative(verb, token)):
            continue
        token.dep_, token.lemma_ = "aux", "have"
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                child.dep_ = "nsubj"


def _inverted_predicates(doc: Doc) -> None:
    """Make an adjective with an infinitive the predicate of a "be" set before its subject:
    "Nor are prices likely to fall", "Nor were the rebels able to hold the town", "Are
    prices likely to fall?". The parser reads such an adjective as a modifier of the
    subject noun, so the subject became "prices likely to fall", and the "nor" or "not"
    of the "be" never reached the infinitive's act. As the predicate ("acomp" of the
    "be"), it is read as in "prices are not likely to fall"."""
    if not len(doc):
        return
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["amod"]).tolist():
        adjective = doc[i]
        noun, be = adjective.head, adjective.head.head
        if adjective.tag_ != "JJ" or noun.i > adjective.i or noun.dep_ != "nsubj":
            continue
        if be.lemma_ != "be" or be.i > noun.i or be.i == noun.i:
            continue
        if not any(c.dep_ == "xcomp" and c.i > adjective.i for c in adjective.children):
            continue
        adjective.head = be
        adjective.dep_ = "acomp"


def _has_own_object(verb: Any) -> bool:
    """ "he's taken three towns": a direct object after the participle. Not a bare noun
    right after it when the subject is "it" or "that": "it's forced labour", "that's
    processed food" (an adjective's noun after "is")."""
    subjects = [c.lower_ for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for child in verb.children:
        if child.dep_ != "dobj" or child.i < verb.i:
            continue
        bare = child.i == verb.i + 1 and not list(child.children)
        if not (bare and set(subjects) & _THING_SUBJECTS):
            return True
    return False


def _object_relative(verb: Any, aux: Any) -> bool:
    """ "the claims he's made": a relative clause with a personal subject right before the
    "'s", no relative word, and nothing the noun could be but the participle's object."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() in RELATIVE_ADVERB_NOUNS:
        return False
    subject = _token_before(aux)
    if subject is None or subject.lower_ not in _PERSONAL_SUBJECTS or subject.head.i != verb.i:
        return False
    for child in verb.children:
        if child.tag_ in {"WDT", "WP", "WP$", "WRB"} or child.lower_ == "that":
            return False  # "the claims that he's made" reads alike, but "that" may be its subject
        if child.dep_ in {"prep", "agent"} and not any(g.dep_ == "pobj" for g in child.children):
            return False  # "the man she's married to", "the firm he's employed by"
        if child.dep_ in {"dobj", "ccomp", "xcomp", "oprd", "attr", "dative"}:
            return False
    return True


def _token_before(token: Any) -> Any:
    """The token right before ``token`` in its document, or None at its start."""
    return token.doc[token.i - 1] if token.i > 0 else None


def _one_token(
    pattern: list[dict[str, Any]], words: set[str], regexes: list[str], tested: set[str]
) -> bool:
    """Whether ``pattern`` matches one token on that token's own attributes.

    Collects the words and word patterns it names, and the attributes it tests.
    """
    if len(pattern) != 1:
        return False
    (token,) = pattern
    if "OP" in token:
        return False
    for name, value in token.items():
        if name not in _TOKEN_ATTRS:
            return False
        if isinstance(value, dict):
            if not set(value) <= _SET_OPERATORS | {"REGEX"}:
                return False
            if name == "LOWER":
                for operator, given in value.items():
                    if operator == "REGEX":
                        regexes.append(given)
                    else:
                        words.update(given)
        elif name == "LOWER":
            words.add(value)
        tested.add(name)
    return True


def _needs(pattern: list[dict[str, Any]], vocab: Any) -> list[tuple[int, frozenset[int]]]:
    """The words and dependencies a pattern's tokens require, as (attribute, values):
    a document holding none of one such set cannot match it. A token that may be
    left out, and anything else a token tests, require nothing here."""
    needs: list[tuple[int, frozenset[int]]] = []
    for token in pattern:
        if "OP" in token:
            continue
        for name, attr in (("LOWER", LOWER), ("DEP", DEP)):
            value = token.get(name)
            if isinstance(value, str):
                needs.append((attr, frozenset({vocab.strings[value]})))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                needs.append((attr, frozenset(vocab.strings[v] for v in value["IN"])))
    return needs


def _anchor(pattern: list[dict[str, Any]], vocab: Any) -> tuple[int, _Needs] | None:
    """The first token of a fixed-length pattern that requires a word or a dependency,
    as (its place, what it requires: see :func:`_needs`); None when the pattern's
    length may vary or no token of it requires one."""
    if any("OP" in token for token in pattern):
        return None
    for place, token in enumerate(pattern):
        needs = _needs([token], vocab)
        if needs:
            return place, needs
    return None


def _regex(pattern: str) -> Callable[[str], bool]:
    import re

    compiled = re.compile(pattern)
    return lambda text: compiled.search(text) is not None


def use_token_rules(nlp: Language) -> None:
    """Put :class:`TokenRules` where the pipeline's attribute ruler and lemmatizer run.

    Does nothing to a pipeline without them next to each other.
    """
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return
    nlp.add_pipe("kg_token_rules", after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
