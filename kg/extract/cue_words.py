"""Which words are cues: the verbs, with what their subject or object must be, that put a
claim in someone's mouth.

A verb of :data:`kg.lang.en.REPORTING_VERBS`, :data:`~kg.lang.en.REQUEST_VERBS`,
:data:`~kg.lang.en.PROMISE_VERBS` or :data:`CLAIM_VERBS` is a cue unless a particle makes it
another verb ("push back"); a verb that voices a claim only with a clause of its own
("countered that"); "found that" when an inquiry or one whose trade is to inquire finds
(:data:`INQUIRY_NOUNS`); "make clear that", "put it bluntly" (:func:`is_verb_cue`). Also the
hearing verb whose object a noun is (:func:`perceiving_verb`, read by the places) and
whether a noun is the thing a cue claims (:func:`claimed_object`, read by the frames).
The start of the speaker modules: it imports none of them; :mod:`kg.extract.cue_contents`
reads it next.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.spans import (
    SUBJECT_DEPS,
    after_quote,
    dependents,
    has_subject,
    made_plain,
    puts_it_so,
    sentence_of,
    span_text,
)
from kg.lang.en import (
    ASKING_VERBS,
    CLAUSE_CLAIM_VERBS,
    DESCRIBING_AS_VERBS,
    HELD_VIEW_NOUNS,
    IMPLICATIVE_VERBS,
    MADE_ARGUMENT_NOUNS,
    PERCEPTION_VERBS,
    PLACE_NOUNS,
    PROMISE_VERBS,
    QUESTION_OPENERS,
    QUESTIONING_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    REQUESTED_OBJECT_VERBS,
    TALKED_CLAUSE_OPENERS,
    TALKING_VERBS,
    TOLD_CLAUSE_VERBS,
)
from kg.lang.wordnet import NOUN_COMMUNICATION, NOUN_GROUP, NOUN_PERSON, noun_classes

__all__ = [
    "CLAIM_VERBS",
    "FINDING_VERBS",
    "INQUIRY_NOUNS",
    "adds_to",
    "claimed_object",
    "complement_mark",
    "description",
    "in_whose_words",
    "is_verb_cue",
    "leads_in",
    "made_argument",
    "perceived",
    "perceiving_verb",
    "read_words",
    "reads_as_tag",
    "talked_clause",
    "writing_read",
]


#: The writer's turns of phrase that lead into a clause with a form of "say": "That said,
#: the council approved ...", "Having said that, ..." (the words before the comma).
_LEAD_INS = frozenset(
    {
        "that said",
        "this said",
        "that being said",
        "this being said",
        "that having been said",
        "having said that",
        "having said this",
        "with that said",
        "all that said",
        "all that being said",
    }
)
#: Conjunctions that may stand before a lead-in: "But that said, ...".
_LINKING_WORDS = frozenset({"and", "but", "yet"})
#: Other verbs that voice a claim and take it as "of/about/for + gerund" or a clause.
CLAIM_VERBS = frozenset("blame brag boast insinuate protest label interpret".split())
#: Entity types of a subject that sets a scene rather than hears: a place or a time.
_SCENE_TYPES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
#: What inquires and finds: "the survey found that ...", "a study determined that ...",
#: "researchers found that ...". An inquiry, or one whose trade is to inquire, claims what it
#: found; any other person who "found that" may only have come upon
#: it ("rescuers found that the roof had fallen" is the writer's fact), so only these
#: subjects make a finding verb a cue.
INQUIRY_NOUNS = frozenset(
    """
    study studies survey surveys poll polls analysis review audit investigation inquiry
    probe research assessment census autopsy report evaluation
    """.split()
    # and those whose trade is to inquire: "researchers found that ...", "the authors found"
    + """
    researcher scientist investigator author analyst economist auditor inspector pollster
    scholar epidemiologist
    """.split()
)
#: Verbs that report what an inquiry found (with a clause of their own, :data:`INQUIRY_NOUNS`).
FINDING_VERBS = frozenset({"find", "determine"})
#: Request verbs that say the act was done, by force rather than by words ("forced the
#: villagers to leave", "compelled the firm to pay", "obliged them to resign"): the one who
#: forces is no speaker, and the act is the writer's to tell, not that one's claim.
_FORCING_VERBS = REQUEST_VERBS & IMPLICATIVE_VERBS
_VERB_CUES = REPORTING_VERBS | (REQUEST_VERBS - _FORCING_VERBS) | PROMISE_VERBS | CLAIM_VERBS
#: The verbs :func:`is_verb_cue` tests apart from the cues: describing "as", and asking
#: that requests nothing (made once, not at each word asked).
_DESCRIBING_ONLY = DESCRIBING_AS_VERBS - _VERB_CUES
_ASKING_ONLY = ASKING_VERBS - REQUEST_VERBS
#: Modals of a telling only wished for: "the party should make clear that ...".
_WISHING_MODALS = frozenset({"should", "must", "ought"})


def claimed_object(noun: Token) -> bool:
    """Whether a noun is the very thing a cue claims, asks for or promises: "denied
    involvement", "pledged an increase", "pushing for a ceasefire", "called the blast an
    attack" (not the object of plain "say", which the parse gives only by mistake). A
    negated cue claims nothing ("has not confirmed any losses", "not requiring
    surveillance"), and a cue verb with a particle is another verb ("pushed back the
    elections")."""
    if _perceived_event(noun):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "as":
        # "critics described the raid as an attack": the attack is the critics' claim.
        describer = _describer(verb)
        if describer is None:
            return False
        verb = describer
    elif noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in {"for", "of"}:
        verb = verb.head
    elif noun.dep_ not in {"dobj", "oprd"}:
        return False
    elif noun.dep_ == "dobj" and description(verb) is not None:
        return False  # "described the raid as an attack": the raid is the writer's
    elif (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in REQUEST_VERBS - REQUESTED_OBJECT_VERBS - REPORTING_VERBS
    ):
        return False  # "pushed back the elections": its object is no request
    return (
        is_verb_cue(verb)
        and verb.lemma_.lower() not in {"say", "tell"}
        and not any(c.dep_ in {"neg", "prt"} for c in dependents(verb))
    )


def perceived(verb: Token) -> list[Token]:
    """What a hearing verb's subject heard: its objects ("explosions and gunfire"), none
    when it is negated ("did not hear any shots": nothing is attested) or when its subject
    is a place or a time ("the region is witnessing shelling", "2019 witnessed protests":
    the events are the writer's, set there)."""
    if any(c.dep_ == "neg" for c in dependents(verb)):
        return []
    for subject in dependents(verb):
        if subject.dep_ == "nsubj" and (
            subject.ent_type_ in _SCENE_TYPES or subject.lemma_.lower() in PLACE_NOUNS
        ):
            return []
    found: list[Token] = []
    for obj in dependents(verb):
        if obj.dep_ == "dobj":
            found.append(obj)
            found.extend(c for c in obj.conjuncts if c.i > obj.i)
    return found


def _perceived_event(noun: Token) -> bool:
    """Whether a noun is what a hearing verb's subject heard (see :data:`PERCEPTION_VERBS`)."""
    verb = perceiving_verb(noun)
    return verb is not None and verb.pos_ == "VERB" and any(t.i == noun.i for t in perceived(verb))


def perceiving_verb(noun: Token) -> Token | None:
    """The hearing verb (:data:`~kg.lang.en.PERCEPTION_VERBS`) whose direct object ``noun``
    is, itself or as a later conjunct ("heard explosions and gunfire")."""
    first = noun.conjuncts[0] if noun.dep_ == "conj" and noun.conjuncts else noun
    if first.dep_ != "dobj" or first.i > noun.i:
        return None
    verb = first.head
    return verb if verb.lemma_.lower() in PERCEPTION_VERBS else None


def description(verb: Token) -> Token | None:
    """The "as" that says what a describing verb's object is or does, or None.

    "The paper described the mayor as blocking the plan", "critics portrayed the raid as
    an attack", "the strike was characterized by the ministry as sabotage": what follows
    "as" is the describer's claim (:data:`~kg.lang.en.DESCRIBING_AS_VERBS`), while the
    object itself (the mayor, the raid) is the writer's. The "as" follows the verb and
    hangs on it or on its object (the parse does both) and takes a gerund or a noun; a
    verb with no object claims nothing so ("cast as a villain", "describe as needed")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DESCRIBING_AS_VERBS:
        return None
    described = [c for c in dependents(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not described:
        return None
    for holder in (verb, *described):
        for preposition in dependents(holder):
            if (
                preposition.dep_ == "prep"
                and preposition.lower_ == "as"
                and preposition.i > verb.i
                and any(c.dep_ in {"pcomp", "pobj"} for c in dependents(preposition))
            ):
                return preposition
    return None


_FIRST_PERSON_OWNERS = frozenset({"my", "our"})


def in_whose_words(noun: Token) -> Token | None:
    """Whose words or view a clause is in "In the mayor's words, the dam is a relic", "...,
    in the words of one aide, ...", "In the judge's view, the law is void": the owner of
    "words" or of a :data:`HELD_VIEW_NOUNS` noun after "in", or None ("in other words"
    names nobody). The phrase is set off by a comma, or opens a quote, and says nothing of
    the words but whose (and "own"): "saw it in the mayor's robotic words" tells what was
    seen, not who claims it. A view may be "humble" or "personal"; "in view of the risks"
    and "in the full view of the cameras" name no one holding it."""
    view = noun.lower_ in HELD_VIEW_NOUNS
    if not (noun.lower_ == "words" or view) or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    preposition = noun.head
    doc = noun.doc
    after = doc[preposition.right_edge.i + 1] if preposition.right_edge.i + 1 < len(doc) else None
    before = doc[preposition.i - 1] if preposition.i > 0 else None
    set_off = (after is not None and (after.text == "," or after.is_quote)) or (
        before is not None and before.text == ","
    )
    described = any(c.dep_ == "amod" and c.lower_ != "own" for c in dependents(noun))
    if not set_off or (described and not view):
        return None
    for child in dependents(noun):
        if child.dep_ == "poss":
            # "in my view" names the writer, or inside a quote its speaker, whom the
            # quote's own rules give it
            return None if view and child.lower_ in _FIRST_PERSON_OWNERS else child
        if child.dep_ == "prep" and child.lower_ == "of" and not (view and described):
            if view and not any(c.dep_ == "det" and c.lower_ == "the" for c in dependents(noun)):
                return None  # "in view of the risks": what is weighed, not whose view
            return next((c for c in dependents(child) if c.dep_ == "pobj"), None)
    return None


def _describer(preposition: Token) -> Token | None:
    """The describing verb whose :func:`description` the "as" ``preposition`` is."""
    holder = preposition.head
    verb = holder if holder.pos_ == "VERB" else holder.head
    found = description(verb)
    return verb if found is not None and found.i == preposition.i else None


def leads_in(verb: Token) -> bool:
    """Whether a "say" is the writer's lead-in to a clause ("That said, the council
    approved the budget", "Having said that, ...") or an aside set off by commas inside it
    ("The council, that said, approved it"): no one says anything, and "That" is no
    source."""
    if verb.lemma_.lower() != "say":
        return False
    sentence = sentence_of(verb)
    text = span_text(sentence)
    at = verb.idx - sentence.start_char
    before = text.rfind(",", 0, at)
    after = text.find(",", at)
    if before < 0 and _lead_in_without_comma(verb):
        return True
    if after < 0:
        return False
    words = text[before + 1 : after].lower().lstrip("([\"'“‘ ")  # "(That said, ..."
    first, _, rest = " ".join(words.split()).partition(" ")
    if first in _LINKING_WORDS:
        return rest in _LEAD_INS  # "But that said, ..."
    return f"{first} {rest}" in _LEAD_INS


def _lead_in_without_comma(verb: Token) -> bool:
    """Whether a "said" that ends a lead-in opening the sentence is written with no comma
    before the clause it leads into ("That said the government has argued ..."): the
    clause has a subject of its own, which "That said it all" has not."""
    sentence = sentence_of(verb)
    opening = span_text(sentence)[: verb.idx + len(verb.text) - sentence.start_char].lower()
    words = " ".join(opening.lstrip("([\"'“‘ ").split())
    if not words.endswith("said") or words not in _LEAD_INS:
        return False
    return any(c.dep_ == "ccomp" and has_subject(c) for c in verb.children)


def is_verb_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    # The part of speech read once (a spaCy getter): every verb and noun of a sentence is asked.
    verb = token.pos_ == "VERB"
    if leads_in(token):
        return False  # "That said, ...": the writer's turn, no speaker's claim
    if verb and lemma in _DESCRIBING_ONLY:
        return description(token) is not None  # "portrayed the mayor as blocking ..."
    if puts_it_so(token):
        return True  # "the coach put it bluntly: ..."
    if verb and lemma in CLAUSE_CLAIM_VERBS:
        return _claims_a_clause(token)
    if verb and lemma in TOLD_CLAUSE_VERBS:
        return _tells_a_clause(token)  # "reminded the court that ...", not "of the cost"
    if verb and lemma in _ASKING_ONLY:
        return _asks_a_clause(token)  # "wondered whether the coach would stay"
    if verb and lemma in QUESTIONING_VERBS:
        # "the senator questioned whether ...": only with a subject of its own; a bare
        # participle may hang on the clause another speaker tells ("telling reporters
        # that the mayor is wrong and questioning why ...": not the mayor's question)
        return has_subject(token) and _asks_a_clause(token)
    if verb and lemma in FINDING_VERBS:
        return _found_by_inquiry(token) and _claims_a_clause(token)
    if verb and lemma == "make":
        return _makes_clear(token) or made_argument(token) is not None
    if verb and lemma in TALKING_VERBS:
        return talked_clause(token) is not None  # "talked about how the shifts wore them out"
    if verb and lemma == "read":
        return writing_read(token) is not None  # 'The sign read: "..."'
    if not (verb or token.pos_ == "AUX") or lemma not in _VERB_CUES:
        return False
    if adds_to(token):
        return False  # "social media added to their troubles"
    if any(c.dep_ == "prt" and c.lower_ in _OTHER_VERB_PARTICLES for c in dependents(token)):
        return False  # "the math doesn't add up", "pushed back", "called off"
    # "called the garage to ask for a price" is a phone call; "called on/for" a request,
    # and "called the fire an attack" names what happened: the caller's claim.
    return lemma != "call" or any(
        (c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"})
        or (c.dep_ == "oprd" and c.pos_ == "NOUN")
        for c in dependents(token)
    )


#: Pronouns that stand for a writing whose words "read" sets out: '"...," read one'.
_WRITING_PRONOUNS = frozenset({"it", "one", "another", "this"})
#: How many words may stand between "read" and the quote it sets out ("read in part:").
_READ_TO_QUOTE = 4


def writing_read(verb: Token) -> Token | None:
    """The writing whose words "read" sets out beside a quote, as "say" does a speaker's:
    a sign, a banner, a leaflet's line ('The sign read: "..."', 'A banner read "..."',
    'One message read, in part: "..."'), or after the quote as its tag ('"...," read one',
    '"...," read the sign': the parse may take the writing for the verb's object). None
    for anyone who reads ("she read the letter aloud", 'the mayor read: "..."': the one who
    reads is no writing) and for "read" with no quote beside it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "read":
        return None
    if after_quote(verb.doc, verb.i):
        writing = next((c for c in dependents(verb) if c.dep_ in {"nsubj", "dobj"}), None)
        if writing is not None and writing.i < verb.i:
            return None
    elif _tag_start(verb) < verb.i:
        writing = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)  # '," it reads'
    else:
        if _quote_after(verb) is None:
            return None
        writing = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
        if writing is not None and writing.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            writing = verb.head  # "a sign which read ...": the sign
    return writing if writing is not None and _may_be_writing(writing) else None


def read_words(verb: Token) -> set[int]:
    """The words a writing's "read" sets out (:func:`writing_read`): those of the quote
    beside it, before it in a tag ('"...," read one') or after it ('The sign read: "..."').
    The parse may hang more on the verb ("a sign which read "..." and waved it")."""
    doc = verb.doc
    start = _tag_start(verb)
    if start <= verb.i:
        at = start - 2
        while at > 0 and not doc[at].is_quote:
            at -= 1
        return set(range(at + 1, start - 1))
    opening = _quote_after(verb)
    if opening is None:
        return set()
    sentence_end = sentence_of(verb).end
    end = next((i for i in range(opening + 1, sentence_end) if doc[i].is_quote), sentence_end)
    return set(range(opening + 1, end))


def reads_as_tag(verb: Token) -> bool:
    """Whether a writing's "read" is the tag of the quote before it ('"...," read one',
    '"...," the editorial reads'), not one that sets out the quote after it."""
    return _tag_start(verb) <= verb.i


def _tag_start(verb: Token) -> int:
    """Where the tag a verb stands in starts when a quote closing on a comma ends right
    before it or its subject ('"...," read one', '"...," the editorial reads'); past the
    verb when it tags no quote before it."""
    if after_quote(verb.doc, verb.i):
        return verb.i
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.i < verb.i and after_quote(verb.doc, subject.left_edge.i):
        return subject.left_edge.i
    return verb.i + 1


def _quote_after(verb: Token) -> int | None:
    """Where a quote mark opens right after the verb, maybe after a colon, a comma or a
    few words with no verb ("read in part:"), or None."""
    doc = verb.doc
    for at in range(verb.i + 1, min(len(doc), verb.i + 2 + _READ_TO_QUOTE)):
        if doc[at].is_quote:
            return at
        if doc[at].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _may_be_writing(noun: Token) -> bool:
    """A pronoun that may stand for a writing, or a common noun that names no person or
    group by its first WordNet sense ("sign", "banner", "message", "booklet")."""
    if noun.pos_ == "PRON" or noun.lower_ in _WRITING_PRONOUNS:
        return noun.lower_ in _WRITING_PRONOUNS
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    classes = noun_classes(noun.lemma_.lower())
    return not classes or classes[0] not in {NOUN_PERSON, NOUN_GROUP}


def adds_to(verb: Token) -> bool:
    """Whether "add" makes something larger, not a remark: "add to" a thing ("the storm
    added to their troubles", "adding to her lead") or "add" a thing to another ("added
    two names to the list"). A clause of its own still tells ("added to reporters that
    the road was shut")."""
    return (
        verb.lemma_.lower() == "add"
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in dependents(verb))
        and not any(c.dep_ in {"ccomp", "parataxis"} for c in dependents(verb))
    )


def _makes_clear(verb: Token) -> bool:
    """ "made it clear that the fund had paid", "makes clear the dam will hold", "made it
    known that ...": "make" with an adjective of telling (:func:`made_plain`; not "public",
    a disclosure) and a clause of its own voices a claim, as "stated" does; not "made the
    road clear of mud", "made clear how ..." (a question) nor "made clear his view" (no
    clause). The parse hangs the clause on "make" or, after "it", on "clear". "made this
    clear: ..." points at what follows, often the writer's own account ("the vote made
    this clear: the rebels had ..."), and is left alone, as is a clarity only wished for
    ("the party needs to make clear that ...", "a president should make clear that ...":
    whose claim?)."""
    if verb.dep_ in {"xcomp", "relcl", "acl"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _WISHING_MODALS for c in dependents(verb)):
        return False
    clear = made_plain(verb)
    if clear is None or clear.lower_ == "public":
        return False
    if any(
        c.lower_ in {"this", "that"} and c.dep_ in {"nsubj", "dobj"}
        for c in (*dependents(verb), *dependents(clear))
    ):
        return False
    for clause in (*dependents(verb), *dependents(clear)):
        if clause.i < clear.i or not _claimed_clause(clause):
            continue
        if clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and complement_mark(clause)):
            return True
        if clause.dep_ == "csubj" and complement_mark(clause):
            return True  # "made clear that they would ...": the parse may take it for a subject
    return False


def made_argument(verb: Token) -> Token | None:
    """The argument "make" voices, when it voices one: "is making the case that the tax
    would hurt farmers", "made the point that ...", "made her case to voters that ..."
    (:data:`MADE_ARGUMENT_NOUNS` as object and a "that" clause, which the parse hangs on
    the verb, on the noun or on the ones told), as "argued" does. Not "made the case for a
    new dam" (no clause), a case made only as wished ("the party should make the case
    that ...": whose claim?), nor a point in a relative clause ("a point that needs to be
    made": "that" is its subject). None otherwise."""
    if verb.dep_ in {"relcl", "acl"}:
        return None
    if any(c.dep_ == "aux" and c.lower_ in _WISHING_MODALS for c in dependents(verb)):
        return None
    noun = next((c for c in dependents(verb) if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in MADE_ARGUMENT_NOUNS:
        return None
    told = [
        o for p in dependents(verb) if p.dep_ == "prep" and p.lower_ == "to" for o in dependents(p)
    ]
    clauses = [
        clause
        for holder in (verb, noun, *told)
        for clause in dependents(holder)
        if clause.dep_ in {"ccomp", "acl", "relcl"} and clause.i > noun.i
    ]
    return noun if any(complement_mark(clause) for clause in clauses) else None


def talked_clause(verb: Token) -> Token | None:
    """The clause a verb of talking (:data:`TALKING_VERBS`) tells, when it tells one: "nurses
    talk openly about how the shifts have worn them out", "he spoke of how soldiers burned
    the village" (the parse's clause under "about" or "of", opened by a word of
    :data:`TALKED_CLAUSE_OPENERS`, with a subject of its own), which is the talker's claim
    as "wrote about how ..." is the writer's. Not a thing talked about ("talked about the
    weather", "spoke of the war": a topic), nor a question ("talked about whether to
    run"). None otherwise."""
    for preposition in dependents(verb):
        if preposition.dep_ != "prep" or preposition.lower_ not in {"about", "of"}:
            continue
        for clause in dependents(preposition):
            if clause.dep_ != "pcomp" or clause.pos_ not in {"VERB", "AUX"}:
                continue
            opener = verb.doc[clause.left_edge.i]
            subjects = [c for c in dependents(clause) if c.dep_ in SUBJECT_DEPS]
            if opener.lower_ in TALKED_CLAUSE_OPENERS and subjects:
                return clause
    return None


def _found_by_inquiry(verb: Token) -> bool:
    """Whether a finding verb's subject is an inquiry: "the survey found that ..." (see
    :data:`INQUIRY_NOUNS`)."""
    # The subject that speaks (see _speaker_of): the first one, where the parse gave two
    # ("Cross-referencing the records, the researchers found ...": the participle first).
    subject = next((c for c in dependents(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in INQUIRY_NOUNS


def _claims_a_clause(verb: Token) -> bool:
    """Whether a verb of :data:`CLAUSE_CLAIM_VERBS` voices a claim: it takes a finite
    clause ("show that the fund paid", "shows the fund paid"), or none of its own and
    stands aside ("..., records show."); not with an object or an infinitive ("shows
    a crowd", "agreed to pay": a picture, and a wish)."""
    children = list(dependents(verb))
    if verb.dep_ in {"xcomp", "relcl", "acl"}:
        # "led some to speculate that", "seems to agree that": whose view? "described
        # a video that showed ...", "polls showing ...": a thing described in passing,
        # whose content is the describer's.
        return False
    if any(c.dep_ in {"dobj", "xcomp", "dative", "oprd", "nsubjpass", "auxpass"} for c in children):
        return False
    if any(c.dep_ == "ccomp" and _claimed_clause(c) for c in children):
        return True
    aside = verb.dep_ in {"parataxis", "advcl", "ROOT"}
    return aside and not any(c.dep_ == "ccomp" for c in children)


def _tells_a_clause(verb: Token) -> bool:
    """Whether a verb of :data:`~kg.lang.en.TOLD_CLAUSE_VERBS` tells the one it addresses a
    finite clause ("reminded the court that the deadline had passed"), the clause told
    being hung on the verb or, by the parse, on the one told; not "reminded voters of the
    cost" nor "it reminds me of a song", which voice no claim."""
    children = list(dependents(verb))
    if any(c.dep_ == "nsubj" and not _may_speak(c) for c in children):
        return False  # "the flood reminded everyone that the dam was old": no one claims it
    told = [c for c in children if c.dep_ in {"dobj", "dative"}]
    for clause in (c for holder in (verb, *told) for c in dependents(holder)):
        if clause.dep_ == "ccomp" and _claimed_clause(clause):
            return True
        if clause.dep_ in {"ccomp", "acl", "relcl"} and complement_mark(clause):
            return True
    return False


#: Pronouns of a thing or a fact, which remind without claiming ("it reminds us that ...").
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


def _may_speak(subject: Token) -> bool:
    """Whether a subject may be one who tells: someone, a group or a body (a word WordNet
    does not know may be a name), or a writing ("the report reminded readers that ..."); not
    a thing, an event or a fact ("the flood", "one key to winning", "it")."""
    if subject.lower_ in _THING_PRONOUNS:
        return False
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return True
    classes = noun_classes(subject.lemma_.lower())
    return not classes or bool(set(classes[:2]) & _SPEAKING_CLASSES)


#: WordNet's files of nouns that may tell: people, groups and bodies, and writings.
_SPEAKING_CLASSES = frozenset({NOUN_PERSON, NOUN_GROUP, NOUN_COMMUNICATION})


def _asks_a_clause(verb: Token) -> bool:
    """Whether a verb of asking that is no request ("wonder", "inquire") asks a clause:
    "fans wondered whether the coach would stay", "wondered why the plant closed"; the one
    who wonders is the source of what is asked, which is not asserted (not "wondered about
    the cost")."""
    return any(c.dep_ == "ccomp" and _asks(c) for c in dependents(verb))


def _asks(clause: Token) -> bool:
    """Whether a clause opens with a wh-word or "if"."""
    return clause.doc[clause.left_edge.i].lower_ in QUESTION_OPENERS


def _claimed_clause(clause: Token) -> bool:
    """A clause with a subject of its own, not asked about ("how deadly ...") and not the
    finder's own state ("found himself cornered")."""
    subjects = [c for c in dependents(clause) if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    reflexive = any(c.lower_.endswith(("self", "selves")) for c in subjects)
    return bool(subjects) and not reflexive and not _asks(clause)


#: Particles that make a cue verb another verb ("add up", "push back", "call off"); "out"
#: does not ("pointed out that").
_OTHER_VERB_PARTICLES = frozenset({"up", "back", "off", "down", "away"})


def complement_mark(clause: Token) -> bool:
    """Whether a clause opens with the mark of a reported clause ("that", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in dependents(clause))
