"""Attribution across sentences: quotes and the speaker named before or after them.

Within a sentence the frame rules already give "X said that Y" its source. News also
quotes at length: a quote opens in one sentence, runs over several and ends with
"..., she told a press conference", or follows "The mayor said:". Every event inside such a
quote is the speaker's claim, and "I" inside it is the speaker ("we" is the speaker's
side, see kg.resolve._document). This pass finds
the quotes of a document and their speakers and gives the events inside them their
source; it works on records and offsets only.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from kg.extract.cue_speakers import source_words, title_words
from kg.extract.spans import call_table
from kg.extract.speakers import FIRST_PERSON, Speech
from kg.extract.turns import QuoteLabel, Turn
from kg.lang.en import ASKING_VERBS, STOPLESS_ABBREVIATIONS
from kg.model import Argument, Event

__all__ = ["Quote", "attributed", "quotes"]

# Opening and closing marks; a straight quote closes the one it opened. Some wires and
# archives write a double quote as two apostrophes (''We left,'' he said), or open it
# with two backticks as tokenised text does (``We left,'' he said).
_PAIRS = {"“": "”", '"': '"', "«": "»", "''": "''", "``": "''"}
_MARKS = re.compile(r"''|``|[“”\"«»]")
_SINGULAR_FIRST_PERSON = frozenset({"i", "me"})
# How far (characters) a speaker may stand from the quote: the rest of its sentence.
_NEAR = 160


@dataclasses.dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch of a document, by character offsets (the marks excluded)."""

    start: int
    end: int


def quotes(text: str) -> list[Quote]:
    """The quotes of a text, each within one paragraph or run on over lines (see below).

    Curly marks say which way they face; a straight mark, or two apostrophes standing
    for one, opens when a word follows it and closes when a word precedes it (by turns
    when spaces stand on both sides, as in tokenised text). A quote left open at the
    end of its paragraph ends there (news opens each quoted paragraph anew and closes
    only the last), unless that is far away: a text without line breaks is one long
    paragraph, and a lost mark would then quote the rest of the article, so such a
    quote ends with its sentence. Text set one sentence a line closes such a quote lines
    later, with no mark between (:func:`_goes_on`).

    Single marks (British style: 'We left,' she said) quote too, outside the double
    ones (:func:`_single_quotes`).

    >>> [(q.start, q.end) for q in quotes('He said: "We left. They stayed." Then nothing.')]
    [(10, 31)]
    """
    # Read once per document within kg.extract.extract: attribution, its speakers and
    # in_quote (at each "would" under a reporting verb) ask it of the same text.
    read = call_table(text, "quotes")
    if read is None:
        return _quotes(text)
    if text not in read:
        read[text] = _quotes(text)
    return list(read[text])


def _quotes(text: str) -> list[Quote]:
    double = _double_quotes(text)
    return sorted(double + _single_quotes(text, double), key=lambda q: q.start)


def _double_quotes(text: str) -> list[Quote]:
    """The quotes of a text in double marks (or two apostrophes for one)."""
    found: list[Quote] = []
    # A quote left open at its paragraph's end that later paragraphs may go on with: where
    # its words start, the mark that closes it, and its place in ``found``.
    carried: tuple[int, str, int] | None = None
    for paragraph in re.finditer(r"[^\n]+", text):
        marks = list(_MARKS.finditer(paragraph.group()))
        # The open quote: where its words start, and the mark that closes it.
        opened: tuple[int, str] | None = None
        if carried is not None and _goes_on(text, paragraph, marks, carried):
            if not marks:
                continue  # a quoted line with no mark: the quote is still open
            # One sentence a line: the quote opened lines before ends at this line's
            # first mark, which no other opens ('said: "We left. / We stayed."').
            del found[carried[2] :]
            found.append(Quote(carried[0], paragraph.start() + marks.pop(0).start()))
        carried = None
        cleanly = True  # no quote of the paragraph lost its closing mark
        for match in marks:
            mark, at = match.group(), paragraph.start() + match.start()
            facing = _facing(text, at, mark)
            if opened is None:
                if facing != "close" and mark in _PAIRS:
                    opened = (at + len(mark), _PAIRS[mark])
            elif facing == "open" and mark in _PAIRS:
                # A new quote opens while one is open: the first lost its closing mark.
                found.extend(_unclosed(text, opened[0], at))
                opened = (at + len(mark), _PAIRS[mark])
                cleanly = False
            elif mark == opened[1] or (mark in _CLOSING and facing == "close"):
                if at > opened[0]:
                    found.append(Quote(opened[0], at))
                opened = None
        if opened is not None:
            left = _unclosed(text, opened[0], paragraph.end())
            if cleanly and left and left[0].end == paragraph.end():
                carried = (opened[0], opened[1], len(found))
            found.extend(left)
    return found


#: How far (characters) a quote left open at its paragraph's end may run on over lines
#: with no mark to the line whose mark closes it.
_RUN_ON = 1200


def _goes_on(
    text: str,
    paragraph: re.Match[str],
    marks: Sequence[re.Match[str]],
    carried: tuple[int, str, int],
) -> bool:
    """Whether a paragraph goes on with the quote an earlier one left open: text written
    one sentence a line (ECB+) opens a quote in one line and closes it lines later, with
    no mark in the lines between ('Kraft said: "We suspended him. / We wanted time to
    look into it," a spokesman added.'). So it does when the paragraph is near, does not
    open with a mark (news opens each quoted paragraph anew: '"We left. / "We stayed."'),
    and its marks are one closing mark and pairs: an odd number, the first no opening
    curly mark and not after a colon ('The ministry said: "We closed it.' opens a quote
    of its own). With no mark at all it may still go on, to a later line."""
    if paragraph.end() - carried[0] > _RUN_ON:
        return False
    if not marks:
        return True
    first = marks[0]
    before = paragraph.group()[: first.start()].rstrip()
    return (
        bool(before)
        and len(marks) % 2 == 1
        and (first.group() == carried[1] or first.group() in _CLOSING)
        and not before.endswith(":")
    )


_CLOSING = frozenset({"”", '"', "»", "''"})

#: A single quotation mark, or an apostrophe: not one of two that stand for a double mark.
_SINGLE = re.compile(r"(?<!['`])[‘’'](?!['`])")
#: What may stand before an opening single mark: nothing, a space, a bracket or a dash.
_BEFORE_OPENING = frozenset("([{—–-/")
#: What may follow a closing single mark: nothing, a space or a punctuation mark.
_AFTER_CLOSING = frozenset(",.;:!?)]}—–-…")
#: Words an apostrophe opens: elisions ('em, 'til, rock 'n' roll, 'tis), a decade or a
#: year ('90s, the class of '16) and, in tokenised text, a contraction's end ("it 's").
_ELIDED = re.compile(
    r"(?:n[’']|(?:em|til|cause|bout|tis|twas|s|m|re|ve|ll|d|t|\d\d(?:s|th)?)(?![\w’']))",
    re.IGNORECASE,
)


def _single_quotes(text: str, double: Sequence[Quote]) -> list[Quote]:
    """The quotes of a text in single marks, outside its double-quoted stretches.

    The same marks are apostrophes ("don’t", "the soldiers’ families", "’90s", rock
    'n' roll), so only a mark at a word's edge counts: one opens after a space or the
    paragraph's start, before a word that is no elision; one closes after a word or a
    punctuation mark, before a space or a punctuation mark, unless it ends a plural
    before another word ("the soldiers’ families": a possessive). A quote whose
    closing mark is not found is dropped when another single one opens first (it was
    no quote, or its end is lost), and kept to its paragraph's end only when it opens
    a sentence or follows a colon or comma (a quoted paragraph the next one goes on
    with, '‘We left at dawn. / ‘We crossed the river,’ she said.')."""
    inside = [(_mark_start(text, q.start), _after_mark(text, q.end)) for q in double]
    found: list[Quote] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        opened: int | None = None
        for match in _SINGLE.finditer(paragraph.group()):
            at = paragraph.start() + match.start()
            if any(start <= at < end for start, end in inside):
                continue
            if _single_opens(text, at):
                opened = at + 1  # a lost closing mark: the earlier one is dropped
            elif opened is not None and _single_closes(text, at):
                if at > opened:
                    found.append(Quote(opened, at))
                opened = None
        if opened is not None and _opens_a_passage(text, opened - 1, paragraph.start()):
            found.extend(_unclosed(text, opened, paragraph.end()))
    # "'I cannot say, "Gaskin told the paper.": a single mark a double one closes is
    # no quote of its own.
    return [q for q in found if not any(q.start < end and start < q.end for start, end in inside)]


def _single_opens(text: str, at: int) -> bool:
    """Whether the single mark at ``at`` opens a quote (see :func:`_single_quotes`)."""
    if text[at] == "’":
        return False
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if text[at] == "‘" and after == " " and before.isspace():
        after = text[at + 2 : at + 3] or " "  # tokenised text: "said : ‘ We left"
    return (
        (before.isspace() or before in _BEFORE_OPENING)
        and (after.isalnum() or after == "“")
        and not _ELIDED.match(text, at + 1)
    )


def _single_closes(text: str, at: int) -> bool:
    """Whether the single mark at ``at`` closes a quote (see :func:`_single_quotes`)."""
    if text[at] == "‘":
        return False
    before = text[at - 1] if at > 0 else " "
    if before == " " and at > 1 and _spaced_close(text, at):
        before = text[at - 2]  # tokenised text: "We won , ' he said", "‘ too close ’ to"
    after = text[at + 1 : at + 3] or " "
    if before.isspace() or not (after[0].isspace() or after[0] in _AFTER_CLOSING):
        return False
    if re.match(r"\s[‘’']n", text[at - 3 : at]):
        return False  # rock 'n' roll
    # "the soldiers’ families": a plural's possessive, not a closing mark.
    return not (before in "sS" and after[0] == " " and after[1:].isalnum())


def _spaced_close(text: str, at: int) -> bool:
    """Whether a single mark with a space before it closes a quote in tokenised text:
    after a punctuation mark, or a curly one after a word unless a contraction's end
    follows ("it ’ s" is an apostrophe)."""
    if text[at - 2] in ",.!?":
        return True
    return (
        text[at] == "’"
        and text[at - 2].isalnum()
        and not re.match(r" (?:s|m|re|ve|ll|d|t)\b", text[at + 1 : at + 5])
    )


def _opens_a_passage(text: str, at: int, paragraph_start: int) -> bool:
    """Whether the mark at ``at`` opens its paragraph or sentence, or follows a colon or
    a comma: where quoted speech begins, not a word set in marks mid-sentence."""
    before = text[paragraph_start:at].rstrip()
    return not before or before[-1] in ".!?:,"


#: How far (characters) a quote left open may run to its paragraph's end.
_OPEN_RUN = 600


def _facing(text: str, at: int, mark: str) -> str:
    """'open', 'close' or '' (cannot tell) for the quote mark at ``at``."""
    if mark in {"“", "«", "``"}:
        return "open"
    if mark in {"”", "»"}:
        return "close"
    before = text[at - 1] if at > 0 else " "
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    if before.isspace() and not after.isspace():
        return "open"
    if after.isspace() or after in ",.;:!?)":
        return "close" if not before.isspace() else ""
    return ""


def _unclosed(text: str, start: int, until: int) -> list[Quote]:
    """The quote whose words start at ``start`` and that never closed before ``until``."""
    end = until
    if until - start >= _OPEN_RUN:
        stop = re.search(r"[.!?]\s+(?=[A-Z“\"`]|'')", text[start:until])
        end = start + stop.end() if stop else until
        end = min(end, start + _OPEN_RUN)
    return [Quote(start, end)] if end > start else []


def attributed(
    events: Sequence[Event],
    text: str,
    reporting: Sequence[bool],
    speeches: Sequence[Speech],
    turns: Sequence[Turn] = (),
    labels: Sequence[QuoteLabel] = (),
) -> list[Event]:
    """The events with the speakers of the quotes they stand in.

    Args:
        events: The document's events, in text order.
        text: The document's text.
        reporting: For each event, whether it reports speech ("say", "tell").
        speeches: The document's speech verbs with their speakers, in text order
            (:func:`kg.extract.speakers.speeches`).
        turns: The turns of a transcript ("MATTHEWS: They want ..."): an event in one
            with no source of its own, and outside a quote, is its speaker's
            (:func:`kg.extract.turns.turn`).
        labels: The quotes labelled with their speaker's name ('Hale: "We stayed."'):
            such a quote is that speaker's (:func:`kg.extract.turns.quote_labels`).

    Returns:
        The events, where one inside a quote with no source of its own gets the
        quote's speaker as source ("according to" inside the quote is kept: it is the
        nearer source; a speech verb gets it unless it is the quote's own tag), and "I"
        inside it becomes the speaker; a first-person
        source that no speaker replaces is dropped. An event with no
        source in a sentence that says "allegedly" or "reportedly" takes the speaker of
        the sentence just before, when that one reports speech; so does one in a
        sentence that opens with a lower-case "that" (the rest of a reported clause
        whose sentence was split inside a quoted title).
    """
    named = _named_speakers(speeches, text, events)
    speeches = [
        dataclasses.replace(s, speaker=named.get(_key(s.speaker), s.speaker)) for s in speeches
    ]
    speakers: dict[Quote, Argument] = {}
    previous: tuple[Quote, Argument] | None = None
    found = quotes(text)
    labelled = {label.mark: label.speaker for label in labels}
    for quote in found:
        # 'Hale: "We stayed."': the name right before the quote beats any speech verb
        # read further off (the one of the quote before, in a poll digest or a debate's
        # summary).
        speaker = labelled.get(_mark_start(text, quote.start)) or _speaker(
            quote, text, speeches, previous
        )
        if speaker is None:
            # 'He says the mayor “knew the rules. Still, ...”': opened inside a claim.
            speaker = _opened_in_claim(quote, found, text, speeches)
        if speaker is not None:
            speakers[quote] = speaker
            previous = (quote, speaker)
    # '"We left at dawn. / "We crossed the river," she said.': a quote left open at its
    # paragraph's end goes on in the next one, whose tag names the speaker of both.
    for at in range(len(found) - 2, -1, -1):
        quote, following = found[at], found[at + 1]
        if quote not in speakers and following in speakers and _left_open(quote, text):
            if _continues(quote, following, text, speeches, tagged=True):
                speakers[quote] = speakers[following]
    # '"We left," she said. / "Nobody stayed."': a quoted paragraph with no tag of its
    # own goes on with the speaker of the quote that ends the paragraph before.
    for at in range(1, len(found)):
        quote, before = found[at], found[at - 1]
        if quote not in speakers and before in speakers:
            if _continues(before, quote, text, speeches):
                speakers[quote] = speakers[before]
    # 'The council warned: / - The bridge will close.': a statement set out without marks
    # under its speaker's line. After the quotes, so a quote inside it keeps its own speaker.
    speakers.update(_statements_under(text, speeches))
    out: list[Event] = []
    for event, says in zip(events, reporting, strict=True):
        around = next((q for q in speakers if q.start <= event.start < q.end), None)
        if around is not None and not says:
            event = _as_said_by(event, speakers[around])
        elif around is not None:
            # '"I believe the rules are illegal," the senator said': the one who believes
            # is the speaker too; a speech verb keeps the source it names itself. Not its
            # "me": "He just says, 'believe me'" in a quote is someone else's word.
            own_actor = event.actor  # before "I" becomes the speaker
            event = _first_person_said_by(event, speakers[around], ("actor",))
            speaker = speakers[around]
            if (
                (event.source is None or event.source.text.lower() in FIRST_PERSON)
                and _tells_of_speech(event, around, speaker, speeches, text)
                and not _same_words(speaker, own_actor)
            ):
                # '"The mayor made clear the pool will close. We agreed," Ruiz said':
                # the quote's speaker tells of the mayor's telling, as a tag in the
                # quote's own sentence would make them tell of it. A first-person source
                # is the speaker too: the parse may hang a cue of the quote's first clause
                # on a later "I think" ('"I never believed it, so I think ...," Ruiz said').
                event = dataclasses.replace(event, source=speaker)
        elif (taken := _turn_of(event, turns)) is not None:
            # "MATTHEWS: They want to tax the rich.": the turn's speaker says it, as a
            # quote's does.
            if says:
                event = _first_person_said_by(event, taken.speaker, ("actor",))
            else:
                event = _as_said_by(event, taken.speaker)
        elif event.source is None and (
            (not says and (_hearsay(event.evidence.text) or _CONTINUED.match(event.evidence.text)))
            or (says and _alleged_speech(event, text))
        ):
            speaker = _previous_speaker(event, text, speeches, out)
            if speaker is not None and not (says and _may_be_the_same(speaker, event.actor)):
                event = dataclasses.replace(event, source=speaker)
        elif event.source is None and not says:
            speaker = _said_in_the_next(event, text, speeches, events)
            if speaker is not None:
                event = dataclasses.replace(event, source=speaker)
        if event.source is not None and _key(event.source) in named:
            event = dataclasses.replace(event, source=named[_key(event.source)])
        if event.source is not None and event.source.text.lower() in FIRST_PERSON:
            # "I think I'll stay on" in a quote whose speaker the text does not name:
            # "I" tells no reader who claims it.
            event = dataclasses.replace(event, source=None)
        out.append(event)
    return out


#: Pronouns that continue the last named speaker ("He added that ...").
_SPEAKER_PRONOUNS = {"he": ("mr.", "mr"), "she": ("ms.", "ms", "mrs.", "mrs", "miss")}
#: How far back (characters) the last named speaker may stand.
_SPEAKER_REACH = 600


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", name.lower())


def _key(argument: Argument) -> tuple[int, int]:
    return argument.start, argument.end


def _named_speakers(
    speeches: Sequence[Speech], text: str, events: Sequence[Event]
) -> dict[tuple[int, int], Argument]:
    """Pronoun speakers that continue the named person who spoke just before.

    News names a speaker once and goes on with "he added", "she said": such a "he" is
    the last person quoted, not the last man mentioned ("Gov. Ana Ruiz said
    ... The governor rejected the union's claim ... She added that ..."). Only when the
    speech just before (same paragraph, within reach) was a named person, one unnamed
    person by a source noun ("One senior official said", :func:`_one_in_office`), or a
    pronoun already so resolved, and no other named person acts in between ("Lind
    suggested ... Ortiz himself was pleased. '...,' he said": Ortiz); a title of
    the other sex ("Ms." for "he") breaks the chain. A person acting inside what the
    speaker said is no rival ("he told the paper that Novak should resign"), and a
    pronoun no name was found for still speaks on: a later "he" of the same chain is
    that first "he", which resolution reads in its own place.
    """
    resolved: dict[tuple[int, int], Argument] = {}
    last: tuple[Speech, Argument] | None = None
    said_by = ""  # the pronoun the chain has gone on with: "he" and then "she" is another
    found = quotes(text)
    for speech in speeches:
        speaker = speech.speaker
        word = speaker.text.lower()
        if any(q.start <= speaker.start < q.end for q in found):
            # '"I liked what he said," said Ruiz' or '"... until the mayor admits it"': a
            # speaker inside a quote is someone the quoted person talks about.
            continue
        if word in _SPEAKER_PRONOUNS and last is not None:
            before, name = last
            # "he told ... she said": another speaker, whoever each is.
            other_pronoun = (
                name.text.lower() in _SPEAKER_PRONOUNS and name.text.lower() != word
            ) or said_by not in ("", word)
            near = speech.start - before.end <= _SPEAKER_REACH
            same_paragraph = _same_turn(text, before, speech)
            other_titles = tuple(t for w, ts in _SPEAKER_PRONOUNS.items() if w != word for t in ts)
            # In the paragraph after, a person named in any role is a rival ("Ruiz was
            # asked whether he ..."); in the same one, only a person who acts.
            paragraph_after = "\n" in text[before.end : speech.start]
            roles = ("actor", "target") if paragraph_after else ("actor",)
            rival = any(
                before.end <= event.start < speech.start
                and argument is not None
                and argument.label == "PERSON"
                and not set(_words(argument.text)) & set(_words(name.text))
                # a person acting in what the speaker said is no rival: "he told the
                # paper that Ruiz should resign. '...,' he added" (still the same man)
                and not (event.source is not None and _key(event.source) == _key(before.speaker))
                # nor one in what this speech says, set before its tag: "Taking Ana to the
                # park is his favourite outing, he said" (he speaks of her)
                and event.start not in speech.claim
                for event in events
                for argument in (getattr(event, role) for role in roles)
            )
            if (
                near
                and not other_pronoun
                and same_paragraph
                and not rival
                and not _asked_someone(before, speech, text, events)
                and not name.text.lower().startswith(other_titles)
            ):
                resolved[_key(speaker)] = name
                speaker = name
                said_by = word
        if (
            speaker.label == "PERSON"
            or _one_in_office(speaker)
            or _key(speech.speaker) in resolved
            or speaker.text.lower() in _SPEAKER_PRONOUNS
        ):
            # A pronoun the chain could not name still speaks on: "he told the paper ...
            # '...,' he noted" is one man, whoever resolution finds him to be.
            if last is None or last[1] is not speaker:
                said_by = word if word in _SPEAKER_PRONOUNS else ""
            last = (speech, speaker)
        elif word not in _SPEAKER_PRONOUNS:
            last = None  # another speaker, not a person: the chain ends
    return resolved


def _asked_someone(asking: Speech, speech: Speech, text: str, events: Sequence[Event]) -> bool:
    """Whether a speech asks, in the sentence of a pronoun's speech ("When Diaz asked the
    mayor whether the bridge would reopen, she said ...", "When Diaz asked if he could
    stay, he declined, saying ..."): the "he" or "she" who speaks then is most often the
    one asked, who answers, not the asker going on; resolution reads the pronoun in its
    place. A sentence after it may be the asker's again ("He asked them to stay. He said
    ..."), and one asked goes on answering ("He said ..., and when asked whether ..., he
    said ...")."""
    if asking.sentence_start != speech.sentence_start:
        return False
    if _ASKED_ONESELF.search(text, max(0, asking.start - 12), asking.start):
        return False  # "when asked whether ..., he said": he was asked, and answers
    return any(event.start == asking.start and event.action in ASKING_VERBS for event in events)


#: Words before "asked" that make it passive, its subject the one asked: "when asked",
#: "was asked".
_ASKED_ONESELF = re.compile(
    r"\b(?:when|if|after|once|as|while|before|until|being|been|was|were|is|are|be|got)\s+$",
    re.IGNORECASE,
)


#: A quoted stretch, or the start of one, in any of the marks :data:`_MARKS` knows.
_QUOTED = re.compile(r"(?:''|``|[“\"«]).*?(?:''|[”\"»]|$)")
#: A line that ends a sentence: a paragraph of running text, not a heading or caption.
_SENTENCE_LINE = re.compile(r"[.!?][\"”’')\]]*\s*$")


#: A determiner or possessive that opens a noun phrase ("The driver", "His deputy").
_NOUN_PHRASE_OPENING = re.compile(
    r"(?:the|a|an|his|her|their|its|this|these|those|our|my|your)\s", re.IGNORECASE
)


def _same_turn(text: str, before: Speech, speech: Speech) -> bool:
    """Whether a pronoun speaker may go on with the speaker of ``before``: the same
    paragraph, or the paragraph right after it.

    Wire copy gives each sentence its own paragraph: 'The official said the road was
    shut. / But he added that it would open on Monday.' is one man. Only the next
    paragraph, only when the speaker's own paragraph ends a sentence (a heading or a
    caption in between starts another story), and only when the pronoun speaks in the
    first sentence of its paragraph with no capitalised word before it outside quotes
    (a later sentence, or a name before it, may be whom it stands for).
    """
    between = text[before.end : speech.start]
    if "\n" not in between:
        return True
    gap = re.search(r"\n\s*\n|\n", between)
    assert gap is not None
    head, tail = between[: gap.start()], between[gap.end() :]
    # What the pronoun's own speech says, set before it, names no one it may stand for:
    # "Taking Ana to the park is his favourite outing, he said" (he speaks of her).
    start = before.end + gap.end()
    told = "".join(
        "x" if start + i in speech.claim else ch
        for i, ch in enumerate(tail[: speech.speaker.start - start])
    )
    opening = _QUOTED.sub(" ", told)
    return (
        "\n" not in tail
        and _SENTENCE_LINE.search(head) is not None
        and speech.sentence_start <= before.end + gap.end()
        # "At a rally in Ohio, Ruiz was asked what he said": a name (outside quotes)
        # before the pronoun may be whom it stands for.
        and not re.search(r"\s[A-Z]", opening.strip())
        # "His deputy was away, but he said ...": a noun phrase that opens the sentence
        # is someone of its own, whom the pronoun may stand for.
        and not _NOUN_PHRASE_OPENING.match(opening.strip())
    )


def _one_in_office(speaker: Argument) -> bool:
    """Whether a speaker is one unnamed person who speaks ("a senior official", "One
    well-placed source", "the army's spokeswoman"): "he" or "she" after it may be that
    person. Titles ("an inspector") are left out: news writes them of offices talked
    about ("plans to hire an inspector who reports to the board") as much as of speakers.
    A place or group named before the noun ("The US official", "a Pentagon spokesman")
    may lend the phrase its label; the noun still names one person. A title after "the"
    names the one who holds the office, capitalised too ("The US Ambassador said ...")."""
    words = _words(speaker.text)
    if not words or speaker.label not in _ONE_PERSON_LABELS:
        return False
    if words[-1] not in source_words():
        return words[0] == "the" and words[-1] in title_words()
    # "The Hollywood Reporter": a capitalised noun in a name the
    # model marked as a body or a place is a paper's title, no one in office.
    return not (speaker.label in _BODY_LABELS and speaker.text.split()[-1][:1].isupper())


#: Labels a phrase for one unnamed speaker may carry: none, a person's, or that of the
#: place or group its modifier names.
_ONE_PERSON_LABELS = frozenset({"", "PERSON", "GPE", "NORP", "ORG"})
#: Labels of a name for a body or a place.
_BODY_LABELS = frozenset({"GPE", "NORP", "ORG"})


#: Adverbs that say a claim goes on: "Prosecutors claim the clerk reached the depot at
#: noon. He allegedly took the keys" is still the prosecutors' claim.
_HEARSAY = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly)\b", re.IGNORECASE)


def _hearsay(text: str) -> bool:
    """Whether ``text`` holds an adverb of ``_HEARSAY``. Each ends in "edly", so a text
    without it (in any case) holds none: most sentences are settled without the search,
    which tries the four words at every word's start."""
    return "edly" in text.lower() and _HEARSAY.search(text) is not None


#: A hearsay adverb right before a verb ("allegedly told", "had reportedly said").
_HEARSAY_BEFORE = re.compile(
    r"\b(?:allegedly|reportedly|purportedly|supposedly)\s+(?:(?:had|has|have)\s+)?$",
    re.IGNORECASE,
)


def _alleged_speech(event: Event, text: str) -> bool:
    """Whether a speech verb is itself what is alleged ("the loggers claimed the guide
    was alive. Along the way, he allegedly told them he could not go on"): the telling
    is the claim of the speaker before, as any act under "allegedly" is. Only the verb
    the adverb stands on: in "She said the clerk allegedly took the keys" the saying is
    the writer's."""
    return _HEARSAY_BEFORE.search(text, max(0, event.start - 40), event.start) is not None


def _same_words(speaker: Argument, actor: Argument | None) -> bool:
    """Whether a speaker and the actor of a speech verb share a word (but "the"): "Ruiz
    said ..." inside a quote given to Ruiz does not make Ruiz the source of her own
    telling."""
    if actor is None:
        return False
    return bool((set(_words(speaker.text)) & set(_words(actor.text))) - _ARTICLES)


def _may_be_the_same(speaker: Argument, actor: Argument | None) -> bool:
    """Whether the speaker before may be the one who speaks: the same words, or a pronoun
    speaker, who may be anyone ("Ruiz said he would stay. Ruiz reportedly said ...")."""
    return speaker.text.lower() in _PERSONAL_PRONOUNS or _same_words(speaker, actor)


#: Pronouns a speaker may be named by: who they stand for is resolution's to find.
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})
#: Words two names may share without naming one ("the guide", "the hikers").
_ARTICLES = frozenset({"the", "a", "an"})


#: A sentence that opens with a lower-case complementizer is the rest of the sentence
#: before, split at a mark inside it: 'The envoy told the radio show “Live Now!” |
#: that he had delayed the vote ...' ("!" ends no sentence there).
_CONTINUED = re.compile(r"^[”\"'’»\s]*(?:that|whether)\s")


def _turn_of(event: Event, turns: Sequence[Turn]) -> Turn | None:
    return next((t for t in turns if t.start <= event.start < t.end), None)


def _previous_speaker(
    event: Event, text: str, speeches: Sequence[Speech], earlier: Sequence[Event]
) -> Argument | None:
    """The speaker of the last speech verb of the sentence right before the event's, in
    the same paragraph; or, when that speech is itself told in another's claim (its event
    in ``earlier`` has a source), the one who claims it: "The guards claimed they carried
    him for hours and he allegedly told them he could not go on. They allegedly left him
    there" is still the guards' account, not that of the man they speak of."""
    before = [
        speech
        for speech in speeches
        if speech.sentence_end <= event.evidence.start
        and not text[speech.sentence_end : event.evidence.start].strip()
    ]
    if not before:
        return None
    last = before[-1]
    told = next((e for e in earlier if e.start == last.start and e.source is not None), None)
    return told.source if told is not None else last.speaker


#: A sentence that opens by naming the one before as someone's words: "That is what the
#: company told staff on Friday", "That was what the mayor said". Not "This is what ...",
#: which as often points on to what follows ("This is what you said about the plan: ...").
_WHAT_WAS_SAID = re.compile(r"[\"“]?That (?:is|was) (?:exactly |just )?what\s")
#: A verb after the telling, of the clause "what" is the subject of: "That is what he said
#: would happen" tells that the sentence before came true, not that it is only his word.
_CLAUSE_AFTER = re.compile(
    r"\b(?:would|will|could|might|may|can|should|must|was|were|is|are|had|has|have)\b",
    re.IGNORECASE,
)
#: Verbs of telling by which such a sentence gives the one before its speaker (not "That
#: is what the union feared": a fear says nothing of whether it came true).
_TELLING_VERBS = frozenset(
    "say tell announce state claim write warn report explain insist declare assert allege "
    "tweet post predict testify argue".split()
)


def _said_in_the_next(
    event: Event, text: str, speeches: Sequence[Speech], events: Sequence[Event]
) -> Argument | None:
    """The speaker of the sentence right after the event's, in the same paragraph, when
    that sentence opens "That is what ... said": "The plant will close. That is what the
    company told staff on Friday." (the closing is the company's word). Only a verb of
    telling (:data:`_TELLING_VERBS`) in that sentence's "what" clause, with no clause of
    its own after it (:data:`_CLAUSE_AFTER`)."""
    end = event.evidence.end
    first = bisect.bisect_left(speeches, end, key=lambda speech: speech.sentence_start)
    for speech in speeches[first:]:
        between = text[end : speech.sentence_start]
        if between.strip() or "\n" in between:
            return None  # speeches come in text order: the next sentence is past
        if not _WHAT_WAS_SAID.match(text, speech.sentence_start):
            continue
        if _CLAUSE_AFTER.search(text, speech.end, speech.sentence_end):
            continue  # "That is what he said would happen": a forecast, which came true
        told = next((e for e in events if e.start == speech.start), None)
        if told is not None and told.action in _TELLING_VERBS:
            return speech.speaker
    return None


def _tells_of_speech(
    event: Event, quote: Quote, speaker: Argument, speeches: Sequence[Speech], text: str
) -> bool:
    """Whether a speech event inside a quote is one the quote's speaker tells of, not a
    tag the marks leave inside the quote: not the speech that gives the quote its
    speaker ('"We left at dawn, she said.'), nor one in a quote left open at its
    paragraph's end, where a mark read the wrong way may have opened it ('..., "said
    Ruiz, an ecologist.' in text whose marks stand apart from the words), unless the
    quote is a quoted paragraph of its own (:func:`_quoted_paragraph`)."""
    if _left_open(quote, text) and not _quoted_paragraph(quote, text):
        return False
    return not any(
        s.start <= event.start < s.end and _key(s.speaker) == _key(speaker) for s in speeches
    )


def _as_said_by(event: Event, speaker: Argument) -> Event:
    if event.source is None or event.source.text.lower() in FIRST_PERSON:
        # "I think we will win": the speaker thinks it.
        event = dataclasses.replace(event, source=speaker)
    return _first_person_said_by(event, speaker)


def _first_person_said_by(
    event: Event, speaker: Argument, roles: tuple[str, ...] = ("actor", "target")
) -> Event:
    """ "I" and "me" in ``roles`` of an event in a quote are its speaker."""
    changes: dict[str, object] = {}
    for role in roles:
        argument: Argument | None = getattr(event, role)
        if argument is not None and argument.text.lower() in _SINGULAR_FIRST_PERSON:
            changes[role] = speaker  # "I appeal to ..." inside Putin's quote: Putin appeals
        # "we" and "us" stay: who they are depends on the speaker (a president's "us" is
        # the country), which resolution knows (kg.resolve._document).
    return dataclasses.replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _speaker(
    quote: Quote,
    text: str,
    speeches: Sequence[Speech],
    previous: tuple[Quote, Argument] | None,
) -> Argument | None:
    """Who says the quote.

    In order: a speech verb right after it in the same sentence ('," he told
    reporters'); one right before it ('The mayor said: "'), also when that colon ends
    the paragraph before the quote's; the speaker of the quote just before, when only
    its tag stands between ('"...," she said. "We are ready."'); a speech verb in the
    sentence just before ('The mayor said the city held. "We are ready."'). Never
    across another line break.
    """
    after = [
        speech
        for speech in speeches
        if quote.end <= speech.start <= quote.end + _NEAR
        and _tagged(text, quote, speech)
        and not quote.start <= speech.speaker.start < quote.end
        and "\n" not in text[quote.end : speech.start]
        and not _QUOTE_MARK.search(text[_after_mark(text, quote.end) : speech.start])
    ]
    if after:
        return after[0].speaker
    before = [
        speech
        for speech in speeches
        if quote.start - _NEAR <= speech.start < quote.start
        and (
            "\n" not in text[speech.end : quote.start] or _colon_ends_paragraph(text, speech, quote)
        )
        and _leads_into(text, speech, quote)
        and not _QUOTE_MARK.search(text[speech.end : _mark_start(text, quote.start)])
        # in the quote's own sentence: 'Ruiz wrote to her. Lind replied, "..."' is Lind's
        and _sentence_ends(text[speech.end : _mark_start(text, quote.start)] + " ") == 0
    ]
    if before:
        return before[-1].speaker
    if previous is not None:
        gap = text[_after_mark(text, previous[0].end) : _mark_start(text, quote.start)]
        if len(gap) <= _NEAR and "\n" not in gap and _sentence_ends(gap + " ") <= 1:
            return previous[1]
    earlier = [
        speech
        for speech in speeches
        if quote.start - 2 * _NEAR <= speech.start < quote.start
        and speech.sentence_end <= quote.start
        and "\n" not in text[speech.end : quote.start]
        and not _QUOTE_MARK.search(text[speech.end : _mark_start(text, quote.start)])
        and _sentence_ends(text[speech.end : _mark_start(text, quote.start)] + " ") == 1
        and _opens_sentence(text, quote)
    ]
    return earlier[-1].speaker if earlier else None


def _opened_in_claim(
    quote: Quote, found: Sequence[Quote], text: str, speeches: Sequence[Speech]
) -> Argument | None:
    """The speaker of a speech verb whose claim a quote opens inside, when the quote
    runs on past that sentence.

    'He says the mayor “knew the rules. Still, she signed it.”': the quote opens in
    what "says" claims, so its first words are his claim already (the frame rules give
    them their source); the sentences after, inside the same marks, are his words too,
    though no tag stands beside them. The opening mark lies in the verb's claim, and
    the verb's speaker stands outside every quote ('She called the plan “bold.” It
    failed': "called" claims nothing, and "It failed" stays the writer's).
    """
    opening = _mark_start(text, quote.start)
    told = [
        s
        for s in speeches
        if opening in s.claim
        and s.sentence_end < quote.end
        and not any(q.start <= s.speaker.start < q.end for q in found)
    ]
    # "X says Y claimed Z “...": the innermost claim is the nearest verb's.
    return max(told, key=lambda s: s.start).speaker if told else None


#: A paragraph: a run of characters up to a line break.
_PARAGRAPH = re.compile(r"[^\n]+")

#: A paragraph that is an item of a list: a dash, bullet or star, or a number, opens it.
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")


def _statements_under(text: str, speeches: Sequence[Speech]) -> dict[Quote, Argument]:
    """Statements set out without quote marks under the line of their speaker.

    A paragraph that ends with a speech verb's colon ("The council warned:", "In a
    speech last July, he said:", "Ruiz writes:") hands what follows to its speaker, as
    it does a quote opening the next paragraph (:func:`_colon_ends_paragraph`); pages
    often drop the marks of such a statement or set it out as a list. The statement is
    the run of list items that follows ('- The bridge will close. / - Farmers will be
    cut off.'), or else the one paragraph right after, when it ends a sentence (a
    heading or a quoted paragraph is no such statement). A finding ("the poll found
    that:") is no speech (:func:`kg.extract.speakers.speeches`).
    """
    found: dict[Quote, Argument] = {}
    for speech in speeches:
        report = _report_opening_paragraph(text, speech)
        if report is not None:
            found[report] = speech.speaker
            continue
        line_end = text.find("\n", speech.end)
        if line_end < 0 or speech.sentence_end < line_end - 1:
            continue  # the paragraph goes on past the speech's sentence
        lead = text[speech.end : line_end].rstrip()
        if not lead.endswith((":", ";")) or _QUOTE_MARK.search(lead):
            continue
        # Read lazily from the line's end: a long text is not copied nor split whole.
        paragraphs = _PARAGRAPH.finditer(text, line_end)
        first = next(paragraphs, None)
        items = []
        paragraph = first
        while paragraph is not None and _LIST_ITEM.match(paragraph.group()):
            items.append(paragraph)
            paragraph = next(paragraphs, None)
        if not items and first is not None and lead.endswith(":"):
            line = first.group()
            if _SENTENCE_LINE.search(line) and not _MARKS.match(line.lstrip()):
                items = [first]
        if items:
            found[Quote(items[0].start(), items[-1].end())] = speech.speaker
    return found


#: Forms of the verbs by which a correspondent's report opens a paragraph: "Our reporter
#: Ana Ruiz reports: ...", "Ruiz writes: ...".
_REPORT_FORMS = frozenset({"reports", "writes"})


def _report_opening_paragraph(text: str, speech: Speech) -> Quote | None:
    """The rest of a paragraph that a correspondent's "X reports:" or "X writes:" opens,
    the colon followed by the report on the same line ("Our reporter Ana Ruiz reports: The
    new cameras follow a wave of thefts. Shop owners are turning to them."): every
    sentence after the colon, to the paragraph's end, is the correspondent's. Not when
    the report holds a quote mark (quotes are matched with their own tags)."""
    if text[speech.start : speech.end].lower() not in _REPORT_FORMS:
        return None
    if not text[speech.end :].startswith(":"):
        return None
    line_start = text.rfind("\n", 0, speech.start) + 1
    if speech.start - line_start > _NEAR or _sentence_ends(text[line_start : speech.start]):
        return None  # not the paragraph's opening words
    line_end = text.find("\n", speech.end)
    line_end = len(text) if line_end < 0 else line_end
    start = speech.end + 1
    while start < line_end and text[start].isspace():
        start += 1
    if start >= line_end or _QUOTE_MARK.search(text, start, line_end):
        return None
    return Quote(start, line_end)


#: Forms of "tell", whose next words name the one told: 'told "Morning Radio"'.
_TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})


def _leads_into(text: str, speech: Speech, quote: Quote) -> bool:
    """Whether the words between a speech verb and the quote after it hand the quote to
    the verb's speaker: a colon or a comma ('The mayor said: "'), nothing at all or
    "that" ('she said "I was there"', 'he said that "we need more time"', a style many
    papers print), unless the verb is "tell", whose quote right after is the hearer."""
    gap = text[speech.end : _mark_start(text, quote.start)].strip()
    if gap.endswith((":", ",")):
        return True
    return gap in {"", "that"} and text[speech.start : speech.end].lower() not in _TELL_FORMS


def _colon_ends_paragraph(text: str, speech: Speech, quote: Quote) -> bool:
    """Whether the speech's paragraph ends in a colon and the quote opens the next one:
    'The ministry said in a statement: / "We have closed the border."' (a paragraph
    break, no other words between)."""
    lead, _, rest = text[speech.end : _mark_start(text, quote.start)].partition("\n")
    return lead.rstrip().endswith(":") and not rest.strip()


def _left_open(quote: Quote, text: str) -> bool:
    """Whether a quote ends at its paragraph's end without a closing mark."""
    return quote.end >= len(text) or text[quote.end] == "\n"


def _quoted_paragraph(quote: Quote, text: str) -> bool:
    """Whether a quote left open is a whole paragraph that its opening mark opens, with
    no other mark in it: news opens each quoted paragraph anew and closes only the
    last ('"We face a hard winter. While the council says the rules will stay, we
    know dates move.' / '"Our members ..."'). Such a mark cannot be a closing one read
    the wrong way, as a mark inside a paragraph may be."""
    opening = _mark_start(text, quote.start)
    line_start = text.rfind("\n", 0, opening) + 1
    return (
        _left_open(quote, text)
        and not text[line_start:opening].strip()
        and opening < quote.start
        and not _QUOTE_MARK.search(text, quote.start, quote.end)
    )


def _continues(
    before: Quote, quote: Quote, text: str, speeches: Sequence[Speech], *, tagged: bool = False
) -> bool:
    """Whether ``quote`` goes on with the speaker of ``before``, the last quote of the
    paragraph just before: news opens each quoted paragraph anew ('"We left at dawn. /
    "We crossed the river," she said.'), and a paragraph that is only a quote, with no
    tag of its own, after a paragraph whose quote ends it with its tag ('"We left," she
    said. / "Nobody stayed behind."') is the same speaker's. Not when anything but a tag
    follows the earlier quote, nor when a speech verb stands in the new paragraph (unless
    ``tagged``: the new paragraph's tag is what names the speaker)."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    if text[line_start : _mark_start(text, quote.start)].strip():
        return False  # the quote does not open its paragraph
    between = text[_after_mark(text, before.end) : line_start]
    if not _left_open(before, text):
        tail, _, rest = between.partition("\n")
        if rest.strip() or len(tail) > _NEAR or _sentence_ends(tail + " ") > 1:
            return False  # more than the earlier quote's tag, or more than one paragraph
        if tail.strip() and not any(
            before.end <= speech.start < before.end + len(tail) + 2 for speech in speeches
        ):
            return False  # the words after the earlier quote are not its tag
    elif between.strip() and (
        tagged or not _unmarked_paragraph(before, line_start, text, speeches)
    ):
        return False
    line_end = text.find("\n", quote.start)
    line_end = len(text) if line_end < 0 else line_end
    if tagged:
        # Going back from a tagged quote, the open one must be a quoted paragraph too.
        before_start = text.rfind("\n", 0, before.start) + 1
        return not text[before_start : _mark_start(text, before.start)].strip()
    # British style may set the full stop after the closing mark ("... we eat'."): no more
    # than the quote.
    rest = text[_after_mark(text, quote.end) : line_end].strip().lstrip(".,;")
    if not _left_open(quote, text) and rest and not _writer_goes_on(quote, text, rest):
        return False  # the paragraph is more than the quote (a stray mark, a narrative)
    # A speech verb inside the quote is what the quoted speaker reports ('"I heard a
    # clerk shouting, 'He has a gun.'"'), no tag.
    return not any(
        line_start <= speech.start < line_end and not quote.start <= speech.start < quote.end
        for speech in speeches
    )


#: How long (characters) a paragraph without marks inside a quote left open may be.
_UNMARKED_REACH = 2 * _NEAR


def _unmarked_paragraph(
    before: Quote, line_start: int, text: str, speeches: Sequence[Speech]
) -> bool:
    """Whether all that stands between a quote left open at its paragraph's end and the
    quoted paragraph at ``line_start`` is one short paragraph of running text with no
    quotation mark and no speech verb: a paragraph whose opening mark the page lost
    inside a speaker's quote of several paragraphs ('Ruiz explained: "They wanted the
    port shut. / Put simply, only food would move. / "We asked them why."'). The quote
    was left open, so its speaker goes on, and the next quoted paragraph is theirs; the
    paragraph without marks stays the writer's (it may be the writer's own summary).
    Only when the open quote is a passage of its own: it opens its paragraph or follows
    a colon (a mark inside a sentence may be a closing one read the wrong way)."""
    between = text[before.end : line_start]
    lines = [line for line in between.split("\n") if line.strip()]
    if len(lines) != 1 or len(lines[0]) > _UNMARKED_REACH:
        return False
    if _QUOTE_MARK.search(between) or not _SENTENCE_LINE.search(lines[0]):
        return False
    if any(before.end <= speech.start < line_start for speech in speeches):
        return False  # the paragraph tells of a speech: whoever speaks next is its speaker
    if _names_anyone(lines[0]):
        return False  # "The mayor's office, however, ...": the next quote may be another's
    opening = _mark_start(text, before.start)
    lead = text[text.rfind("\n", 0, opening) + 1 : opening].rstrip()
    return not lead or lead.endswith(":")


def _names_anyone(paragraph: str) -> bool:
    """Whether a paragraph holds a capitalised word that does not open a sentence (a
    name, a title), or a determiner's noun phrase opening it: one the next quote may be."""
    words = paragraph.split()
    if _NOUN_PHRASE_OPENING.match(paragraph.lstrip()):
        return True
    return any(
        word[:1].isupper() and word != "I" and not words[at - 1].endswith((".", "!", "?", ":"))
        for at, word in enumerate(words)
        if at > 0
    )


def _writer_goes_on(quote: Quote, text: str, rest: str) -> bool:
    """Whether the words after a quote that opens its paragraph are the writer's next
    sentence, the quote a whole sentence of its own before them ('"We built a model of
    the valley." The model was the key.'): the quote goes on from the speaker before, and
    the writer's sentence stays the writer's. Not a quote cut off mid-sentence ('"We
    built" a model, he says' in a paragraph of the writer's)."""
    return text[quote.start : quote.end].rstrip()[-1:] in {".", "!", "?"} and rest[:1].isupper()


def _mark_start(text: str, start: int) -> int:
    """Where the opening mark of a quote whose words start at ``start`` begins."""
    if text[max(0, start - 2) : start] in {"''", "``"}:
        return start - 2
    return start - 1 if start > 0 and text[start - 1] in "“\"«‘'" else start


def _after_mark(text: str, end: int) -> int:
    """Where the text goes on after the closing mark of a quote that ends at ``end``."""
    return end + 2 if text[end : end + 2] == "''" else end + 1


def _opens_sentence(text: str, quote: Quote) -> bool:
    """Whether a quote opens its sentence ('The mayor said the city held. "We are
    ready."'), not one quoted inside a sentence of the writer's own ('He shared a
    report that ..., "for patients who ..."')."""
    before = text[: _mark_start(text, quote.start)].rstrip().rstrip("”\"'’")
    return not before or before[-1] in ".!?:"


def _tagged(text: str, quote: Quote, speech: Speech) -> bool:
    """Whether a speech verb after a quote is its tag: in the sentence the quote ends
    in, or in the next one when the quote closed on a comma ('... ," he said' split
    after the mark), never after a quote that closed on a full stop ('...." He added
    that ...' starts a claim of its own)."""
    if speech.sentence_start < quote.end:
        return True
    last = text[quote.start : quote.end].rstrip()[-1:]
    return speech.sentence_start <= quote.end + 2 and last in {",", "?", "!", "—"}


_QUOTE_MARK = _MARKS
_SENTENCE_END = re.compile(r"(\S*)[.!?](?:''|[\"”’'])?\s")


def _sentence_ends(text: str) -> int:
    """How many sentences end in ``text``: a full stop after a title ("Sen."), an initial
    ("J.") or an abbreviation with inner stops ("U.S.", "D-S.C.") ends none."""
    count = 0
    for match in _SENTENCE_END.finditer(text):
        word = match.group(1).lstrip("(\"“'‘")
        if match.group(0)[len(match.group(1))] == "." and (
            word.lower() in STOPLESS_ABBREVIATIONS
            or (len(word) == 1 and word.isupper())
            or "." in word
        ):
            continue
        count += 1
    return count
