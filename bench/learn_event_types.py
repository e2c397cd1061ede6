"""Learn a fallback lexicon of event types from RAMS dev triggers (training data only).

For every annotated trigger of RAMS 1.0 dev (``../shared/data/train/rams_dev.jsonlines.gz``,
924 passages, AIDA types) the trigger's lemma (spaCy's) gets a vote for the kg class
its AIDA type names (``AIDA_CLASSES`` below). A lemma is kept when

* it was seen at least ``--min-count`` times as a one-word verb or noun trigger:
  the first word of "death penalty", "passed away" or "win elections" is not
  the event, and an adjective ("violent", "fatal", "sick") names a quality,
  not a happening;
* its top class has at least ``--min-share`` of its votes, votes for no class
  included, and is a class (not "no class");
* kg's hand-written lexicon (``event_types.json``, its verbs and nouns) has no
  answer for it: there kg never asks the table, and an entry would only
  contradict the rules.
* WordNet puts it near a word the hand-written lexicon gives that class (a shared
  sense, or one directly above the other: "capitulate" is a way to "surrender"),
  which the labels of a convention ("immigration" checked as an investigation)
  and of a word's rarer reading do not pass.

The table goes to ``kg/resources/event_types_learned.json``, lemma -> class: only
counts and classes, no text of the corpus. Same data, same bytes.

Why not the family's class: RAMS types say more than their family, and often say
something else than the word. Its labels follow the annotation's conventions (an
"election" observed is ``inspection.sensoryobserve.monitorelection``, an email
``contact.collaborate.correspondence``, a "death penalty" ``justice.judicialconsequences
.execute``, an arrest ``movement.transportperson.preventexit``, a boycott
``transaction.transferownership.embargosanction``). Mapping each family to one kg class
made "election" an Investigation, "email" a Meeting and "death" a Conviction. Each
type is mapped here by what it says of the act, and to no class where it says
none of kg's.

kg consults the table only where its hand-written lexicon has no answer; whether
that helps is measured with ``eval_event_types.py`` (on WikiEvents dev and RAMS
test, neither of which it was learned from).

    python bench/learn_event_types.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_DATA = REPO.parent / "shared" / "data" / "train" / "rams_dev.jsonlines.gz"
OUT = REPO / "kg" / "resources" / "event_types_learned.json"

#: An AIDA type (``type.subtype.subsubtype``, or its first two parts) -> the kg class
#: it says the trigger is, or ``None`` where it says none of kg's classes (a vote
#: against every class). The full type is looked up first, then its first two parts;
#: a type under neither (an unspecified "n/a" where the family spans several kg
#: classes) does not vote.
AIDA_CLASSES: dict[str, str | None] = {
    "artifactexistence.damagedestroy": "Damage",
    "conflict.attack": "Attack",
    "conflict.attack.airstrikemissilestrike": "Airstrike",
    "conflict.attack.bombing": "Bombing",
    "conflict.attack.stealrobhijack": "Crime",
    "conflict.demonstrate": "Protest",
    "conflict.yield": "Withdrawal",
    # Calls, emails and faxes: a contact by a medium, not a meeting.
    "contact.collaborate": None,
    "contact.collaborate.meet": "Meeting",
    "contact.commandorder": "Request",
    "contact.commitmentpromiseexpressintent": "Statement",
    "contact.discussion": "Meeting",
    "contact.funeralvigil": None,
    "contact.mediastatement": "Statement",
    "contact.negotiate": "Meeting",
    "contact.prevarication": "Statement",
    "contact.publicstatementinperson": "Statement",
    "contact.requestadvise": "Request",
    "contact.threatencoerce": "Threat",
    "disaster.accidentcrash": "Disaster",
    "disaster.fireexplosion": "Disaster",
    "government.agreements": "Agreement",
    # Breaking an agreement is no agreement.
    "government.agreements.violateagreement": None,
    "government.formation": None,
    "government.legislate": None,
    "government.spy": "Investigation",
    "government.vote": "Election",
    "government.vote.violationspreventvote": None,
    "inspection.sensoryobserve": "Investigation",
    # The election is what is observed, not an investigation.
    "inspection.sensoryobserve.monitorelection": None,
    "justice.arrestjaildetain": "Arrest",
    "justice.initiatejudicialprocess.chargeindict": "Charge",
    "justice.initiatejudicialprocess.trialhearing": "Trial",
    "justice.investigate": "Investigation",
    "justice.judicialconsequences.convict": "Conviction",
    "justice.judicialconsequences.execute": "Killing",
    "justice.judicialconsequences.extradite": "Charge",
    "life.die": "Death",
    "life.injure": "Injury",
    # Illness, hunger and thirst: no wound (kg's Injury is someone wounded or hurt).
    "life.injure.illnessdegradationhungerthirst": None,
    "life.injure.illnessdegradationphysical": None,
    "manufacture.artifact": None,
    "movement.transportartifact": "Movement",
    "movement.transportartifact.fall": None,
    "movement.transportartifact.hide": None,
    "movement.transportartifact.prevententry": "Suppression",
    "movement.transportartifact.preventexit": None,
    "movement.transportperson": "Movement",
    "movement.transportperson.grantentryasylum": None,
    "movement.transportperson.hide": None,
    "movement.transportperson.prevententry": "Suppression",
    "movement.transportperson.preventexit": "Arrest",
    "personnel.elect": "Election",
    "personnel.endposition.firinglayoff": "Dismissal",
    "personnel.endposition.quitretire": "Resignation",
    "personnel.startposition": "Appointment",
    "transaction.transaction": "Transfer",
    "transaction.transaction.embargosanction": "Sanction",
    "transaction.transaction.transfercontrol": "TakeControl",
    "transaction.transfermoney": "Transfer",
    "transaction.transfermoney.embargosanction": "Sanction",
    "transaction.transferownership": "Transfer",
    "transaction.transferownership.embargosanction": "Sanction",
}

#: Parts of speech (spaCy's) of a trigger that names a happening.
EVENT_POS = frozenset({"VERB", "NOUN"})

_NO_VOTE = "no vote"


def aida_class(aida_type: str) -> str | None:
    """The kg class an AIDA type names, ``None`` for none, or ``_NO_VOTE`` when vague."""
    parts = aida_type.split(".")
    for key in (".".join(parts[:3]), ".".join(parts[:2])):
        if key in AIDA_CLASSES:
            return AIDA_CLASSES[key]
    return _NO_VOTE


def rule_words() -> dict[str, set[str]]:
    """kg's hand-written lexicon: each class -> the verbs and nouns it names that class
    or one below it ("Attack" has "shell" of "Shelling"); "Event" -> the words of no kind."""
    raw = json.loads((REPO / "kg" / "resources" / "event_types.json").read_text("utf-8"))
    parents = {cls: parent for cls, parent in raw["classes"].items() if not cls.startswith("_")}
    words: dict[str, set[str]] = defaultdict(set)
    for table in ("verbs", "nouns"):
        for word, cls in raw[table].items():
            if word.startswith("_"):
                continue
            words[cls].add(word)
            while cls in parents:
                cls = parents[cls]
                words[cls].add(word)
    return words


def named_alike(lemma: str, words: set[str]) -> bool:
    """Whether WordNet puts the lemma in a sense of one of ``words``, or just above or
    below one: "capitulate" is a way to "surrender", "harm" shares a sense with "hurt".
    A lemma none of its class's words are near was learned from a convention of the
    annotation ("immigration" checked, an "injunction" as a sanction), or from one
    reading of a word news mostly reads another way ("firing" as a dismissal)."""
    from kg.lang.wordnet import related

    return any(related(lemma, word) for word in sorted(words))


def learn(
    votes: dict[str, Counter[str | None]],
    known: dict[str, set[str]],
    min_count: int,
    min_share: float,
) -> dict[str, str]:
    """Lemma -> class for the lemmas seen often enough, with a clear class the rules lack
    and a word of that class in the rules that WordNet puts near it."""
    answered = set().union(*known.values())
    learned = {}
    for lemma, counts in sorted(votes.items()):
        total = sum(counts.values())
        # Ties go to "no class", then to the class first in name order: same data, same table.
        cls, top = min(counts.items(), key=lambda kv: (-kv[1], kv[0] is not None, kv[0] or ""))
        if cls is None or lemma in answered or total < min_count or top / total < min_share:
            continue
        if named_alike(lemma, known.get(cls, set())):
            learned[lemma] = cls
    return learned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.75)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"learn_event_types: no RAMS dev data at {args.data}")
    import spacy

    from kg._defaults import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL, disable=["ner"])
    votes: dict[str, Counter[str | None]] = defaultdict(Counter)
    with gzip.open(args.data, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    texts = [[t for s in row["sentences"] for t in s] for row in rows]
    docs = nlp.pipe(spacy.tokens.Doc(nlp.vocab, words=words) for words in texts)
    for row, doc in zip(rows, docs, strict=True):
        for start, end, kinds in row["evt_triggers"]:
            cls = aida_class(kinds[0][0])
            token = doc[start]
            if start == end and token.pos_ in EVENT_POS and cls != _NO_VOTE:
                votes[token.lemma_.lower()][cls] += 1
    learned = learn(votes, rule_words(), args.min_count, args.min_share)
    table = {
        "_about": (
            "Lemma -> kg event class, learned from RAMS 1.0 dev triggers by "
            "bench/learn_event_types.py (one-word verb or noun triggers, AIDA types "
            f"mapped by what they say of the act; min count {args.min_count}, min share "
            f"{args.min_share}; no lemma event_types.json has; near a word of its class "
            "there in WordNet). Consulted only where "
            "event_types.json has no answer. Regenerate with that script; do not edit."
        ),
        **learned,
    }
    args.out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", "utf-8")
    triggers = sum(sum(counts.values()) for counts in votes.values())
    print(f"{len(learned)} lemmas from {triggers} voting triggers -> {args.out}")


if __name__ == "__main__":
    main()
