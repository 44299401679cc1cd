"""The *slot* of a numeric claim: what exactly it counts, so that only like is compared with like.

A figure is only comparable with another outlet's when both say the same thing apart from the
number. Besides the counted noun (:mod:`newsbeat.enrich.claims`), the slot holds, read from the
spaCy parse:

* ``role``: ``part`` of a total ("will pay $334 million, *including* $281 million *in cash*",
  "nine injured, *of whom* two ..."), ``total`` ("a total of", "in all"), ``rate`` ("40 km *an
  hour*", "3,000 *per day*"), ``distance`` ("55 km south *of Arden*"); None for a plain count;
* ``event``: the verb (or event noun) the figure hangs on, as a lemma folded over synonyms
  ("killed", "died", "death toll" -> ``kill``; "sent", "deployed" -> ``deploy``); light verbs
  ("be", "say", "report") give None, except "make" with an act's noun for a sum ("made an offer
  of $90 million" -> ``offer``, :mod:`newsbeat.enrich.claim_made_acts`);
* ``subject``: the actor doing it (the subject of that verb, or its passive agent; a "he" or
  "she" the text names through a sure path, :mod:`newsbeat.enrich.claim_pronouns`; a person
  described only by an age as that age, "36-year-old", :mod:`newsbeat.enrich.claim_ages`;
  else a personal pronoun as written: "he");
* ``place``: for a distance, the named place it is measured from (its ``event`` is then what
  the distance places: "the building, 15 miles north of Detroit" -> ``building``); for a
  crowd told in its own place, that place ("Arden, where another 5,000 marched" -> ``Arden``,
  :mod:`newsbeat.enrich.claim_crowds`);
* ``occasion``: the game, part of a game or series of games the figure is counted in ("during
  the deciding run", "in Tuesday's game", "in the second half", "against Drake"), or the phase
  of play of a count ("six touchdowns on offense");
* ``voice``: ``bystander`` for a figure in the words of an unnamed or ordinary person (a
  resident, a witness, a reader's comment): not the outlet's claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_ages import aged_pronoun, aged_subject, own_words
from newsbeat.enrich.claim_arrests import arrest_by_taking, taken_with
from newsbeat.enrich.claim_carry import carried_subject
from newsbeat.enrich.claim_clauses import DEPARTURES, particle_of, purpose_of, spent_on
from newsbeat.enrich.claim_crowds import crowd_of_its_place
from newsbeat.enrich.claim_figures import estimated_at
from newsbeat.enrich.claim_intervals import anchor_clause
from newsbeat.enrich.claim_lost_subjects import body_name, person_behind_time, reported_subject
from newsbeat.enrich.claim_made_acts import MONEY, act_verb, made_act
from newsbeat.enrich.claim_measures import gathering_classes, measure_classes
from newsbeat.enrich.claim_moves import CHANGE, is_change, participle_rate
from newsbeat.enrich.claim_pronouns import named_pronoun
from newsbeat.enrich.claim_recipients import recipient
from newsbeat.enrich.doc_arrays import doc_ents, lowers, sentence_of, texts
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "PRONOUN_SUBJECTS",
    "claim_slot",
    "is_split_number",
    "own_clause",
    "participle_clause",
    "quoted_at",
]

_EVENT_CLASSES = measure_classes()
_GATHERINGS = gathering_classes()
# fmt: off
_LIGHT = frozenset({
    "be", "have", "say", "tell", "report", "add", "put", "estimate", "include", "accord",
    "quote", "show", "state", "note", "give", "make", "get", "take", "number", "total", "reach",
    "stand", "rise", "climb", "increase", "grow", "jump", "fall", "drop", "swell", "count",
    "bring", "confirm", "announce", "believe", "think", "expect", "know", "see", "become",
})
_PART_HEADS = frozenset({"including", "include", "includes", "included", "among", "excluding"})
_INCREMENT = frozenset({"another", "additional", "other", "further", "extra"})
_SELECTORS = frozenset({"first", "last", "final", "opening", "closing", "next", "remaining", "top"})
_MORE = frozenset({"more", "additional", "extra", "further", "other"})
_IN_KIND = frozenset({
    "cash", "stock", "shares", "loans", "grants", "bonds", "debt", "aid", "equity", "credit",
})
_RATE_UNITS = frozenset({
    "day", "week", "month", "year", "hour", "minute", "second", "capita", "head", "person",
    "annum", "mile", "kilometre", "kilometer", "km",
    # "$23 million per season", "20 points a game": a figure for each of a series' units
    "season", "game", "match", "contest",
})
_DISTANCE_UNITS = frozenset({"kilometres", "miles", "metres"})
_DIRECTIONS = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west|northern|southern|eastern|western|away|off|outside|from|of|inland|"
    r"offshore|short)$"
)
_BYSTANDERS = frozenset({
    "resident", "residents", "witness", "witnesses", "eyewitness", "neighbour", "neighbor",
    "bystander", "passer-by", "passerby", "onlooker", "local", "locals", "commenter", "reader",
    "readers", "user", "users", "man", "woman", "shopkeeper", "driver", "student", "fan", "fans",
    "visitor", "tourist", "customer", "villager", "villagers", "viewer", "listener", "caller",
    "poster", "someone", "friend", "relative",
})
# fmt: on
# A reader's comment under an article: "Comment from jdoe:", "Posted by ...", "@user wrote".
_COMMENT = re.compile(
    r"^\s*(?:(?:reader\s+)?comments?\b|posted by\b|reply\b|@\w+|\w[\w.]*\s+(?:wrote|writes|"
    r"commented|replied)\s*:)",
    re.IGNORECASE,
)
_SPLIT_LEFT = re.compile(r"\d\. $")
_SPLIT_RIGHT = re.compile(r"^(?:\. \d|, \d{3}(?!\d))")
_SPLIT_LEFT_GROUP = re.compile(r"\d, $")


def is_split_number(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` are half of a number split by a stray space:
    "3. 9 percent", "20, 000 people" (copies that re-tokenise text break decimals and
    thousands apart; either half alone is a wrong figure). The claims rejoin such numbers
    (``claim_numbers.rejoined``); this catches the halves of what they could not rejoin."""
    left = text[max(0, start - 3) : start]
    if _SPLIT_LEFT.search(left) or _SPLIT_RIGHT.match(text[end : end + 6]):
        return True
    # "20, 000": a group of three digits after a comma; "40, 15 of them" are two figures
    return bool(_SPLIT_LEFT_GROUP.search(left)) and len(text[start:end]) == 3


def participle_clause(noun: Token | None, number: Token) -> Token | None:
    """The counted noun's own participle clause: "one of 40 gang members *arrested* on Monday,
    was found dead", "12 workers *hurt* in the blast were taken to hospital". The figure counts
    what that clause says of the noun, not what the sentence's main verb says of someone.

    Only the noun's own figure has it ("landed 31 of his 90 punches thrown": the punches
    thrown are the 90); a participle with a subject of its own is another clause, and one
    that only describes the noun ("suspected to be", "used to power") tells no event."""
    if noun is None or number.head.i != noun.i:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _CLAUSE_OPENERS:
        return None  # "soon after 200 people set off": a clause the parser took for a phrase
    for child in noun.rights:
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and child.lemma_.lower() not in _DESCRIBING
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            return child
    return None


# words that open a clause of time; the small parser often makes them prepositions and the
# clause's verb a participle of its subject
_CLAUSE_OPENERS = frozenset({"after", "before", "until", "till", "since", "once", "as", "when"})
# participles that say what a thing is thought to be or is for, not what happened to it
_DESCRIBING = _LIGHT | {"suspect", "use", "allege", "consider", "design", "intend", "call"}


def _event(noun: Token | None, number: Token) -> Token | None:
    """The verb (or event noun) the claim hangs on: an event noun the counted noun belongs to
    ("the deaths of two women found in a flat"), else the noun's own participle clause, else
    climbing from the counted noun."""
    climbed = _climb(noun, number)
    if climbed is not None and climbed.pos_ not in {"VERB", "AUX"}:
        return climbed
    own = participle_clause(noun, number)
    return own if own is not None else climbed


def own_clause(noun: Token | None, number: Token) -> tuple[Token | None, bool]:
    """(the participle clause the figure's event is read from, or None; whether the sentence's
    own verb for it is light, so that a date of the sentence may still be the figure's: "Today
    there are 1,009 species listed"), for dating the figure as its event is read."""
    climbed = _climb(noun, number)
    if climbed is not None and climbed.pos_ not in {"VERB", "AUX"}:
        return None, False
    light = climbed is None or climbed.lemma_.lower() in _LIGHT
    return participle_clause(noun, number), light


def _climb(noun: Token | None, number: Token) -> Token | None:
    tok = noun if noun is not None else number
    if (anchor := anchor_clause(tok)) is not None and (done := _verb_before_span(tok)) is not None:
        return done  # "who was married three weeks before her husband was murdered": married
    tok = anchor or tok  # "six weeks before X takes office, Y changed": Y's act
    for _ in range(5):
        if tok.head.i == tok.i:
            return tok if tok.pos_ in {"VERB", "AUX"} else None
        parent = tok.head
        if parent.pos_ in {"VERB", "AUX"}:
            return parent
        if (
            tok.dep_ == "pobj"
            and parent.lower_ == "of"
            and parent.head.pos_ == "NOUN"
            and parent.head.lemma_.lower() in _EVENT_CLASSES
        ):
            return parent.head  # "a death toll of 12", "the deployment of 15,000 troops"
        tok = parent
    return None


def _verb_before_span(unit: Token) -> Token | None:
    """The verb written right before a span of time ("married" of "was married three weeks
    before ..."): the span measures it, wherever the parser hung the span's anchor clause."""
    at = unit.left_edge.i - 1
    if at < 0:
        return None
    verb = unit.doc[at]
    return verb if verb.pos_ == "VERB" and verb.tag_ in {"VBN", "VBD"} else None


def _event_name(event: Token | None) -> str | None:
    if event is None:
        return None
    lemma = event.lemma_.lower()
    if not lemma[:1].isalpha():
        return None  # "That’s", a stray "―": a contraction or a mark tagged a verb, no event
    particle = particle_of(event)
    if particle and f"{lemma} {particle}" in _EVENT_CLASSES:
        return _EVENT_CLASSES[f"{lemma} {particle}"]  # "made off with $2 million": stole
    if particle and f"{lemma} {particle}" in DEPARTURES and (purpose := purpose_of(event)):
        return purpose  # "set off from the vigil site to march": they marched
    for prep in event.children:  # "took to the streets": marched
        if prep.dep_ == "prep":
            for obj in prep.children:
                phrase = f"{lemma} {prep.lower_} {obj.lemma_.lower()}"
                if obj.dep_ == "pobj" and phrase in _EVENT_CLASSES:
                    return _EVENT_CLASSES[phrase]
    # "troops helped repel ...": an xcomp/ccomp verb carries the event when the governing one
    # is light; a light verb alone says nothing about what was counted.
    if lemma in _LIGHT:
        return None
    return _EVENT_CLASSES.get(lemma, lemma)


# verbs whose object is what befell their subject: "suffered damage", "sustained injuries"
_UNDERGO = frozenset({"suffer", "sustain", "undergo", "incur"})


def _undergone(noun: Token | None) -> str | None:
    """What befell the counted things when they are the subject of an undergoing verb, as a
    verb: "two cables suffered severe damage" -> damage, "four miners sustained injuries" ->
    injure (the same event as "were damaged", "were hurt"). Not a figure of something else in
    the sentence, nor an object pointed at ("suffering this type of stress")."""
    if noun is None or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _UNDERGO:
        return None
    verb = noun.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or any(c.dep_ == "det" for c in obj.children):
        return None
    lemma = obj.lemma_.lower()
    verb_lemma = _EVENT_CLASSES.get(lemma) or _verb_of_noun(lemma) or lemma
    return _EVENT_CLASSES.get(verb_lemma, verb_lemma)


def _put_at(noun: Token | None, number: Token) -> str | None:
    """The measure class of "police *put* the march at 30,000 people", "officials estimated
    the death toll at 12" (the figure's phrase may hang on a verb between them: "put the march,
    to mark a strike, at 30,000")."""
    tok = noun if noun is not None else number
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return None
    verb = tok.head.head
    for _ in range(2):
        if verb.lemma_.lower() in _PUT_AT:
            for obj in verb.children:
                # "the march" may be tagged a proper noun (the month); written lower-case it is not
                if obj.dep_ == "dobj" and obj.pos_ in {"NOUN", "PROPN"} and obj.text.islower():
                    return _EVENT_CLASSES.get(obj.lemma_.lower())
            return None
        if verb.dep_ not in {"advcl", "xcomp", "conj"}:
            return None
        verb = verb.head
    return None


_PUT_AT = frozenset({"put", "estimate", "place"})


def attendance(doc: Doc, first: int, last: int) -> Token | None:
    """What a bare figure attended: "the march was attended by an approximate 200,000", "about
    4,000 attended the demonstration" (the gathering noun), else None. The figure counts the
    people there, and attending a march is marching in it."""
    verb = None
    for k in range(first - 1, max(first - 5, 0), -1):
        if doc[k].lower_ == "by":
            verb = doc[k - 1] if doc[k - 1].tag_ == "VBN" else None  # the agent of the passive
            break
        if doc[k].pos_ not in {"ADV", "ADJ", "DET", "ADP"} or doc[k].is_punct:
            break  # only the hedge's words stand between "by" and the figure
    partitive = last + 1 < len(doc) and doc[last + 1].lower_ == "of"  # "seven of his friends"
    if verb is None and doc[last].dep_ == "nsubj" and doc[last].head.tag_ in {"VBD", "VBP", "VBZ"}:
        verb = None if partitive else doc[last].head
    if verb is None or verb.lemma_.lower() != "attend":
        return None
    dep = "nsubjpass" if verb.tag_ == "VBN" else "dobj"
    # "the march" may be tagged a proper noun (the month); written lower-case it is not
    attended = next(
        (
            c
            for c in verb.children
            if c.dep_ == dep and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.text.islower()))
        ),
        None,
    )
    if attended is None and dep == "nsubjpass" and verb.dep_ in {"ccomp", "conj"}:
        # "the march called for May 5 was attended by": the parser made "called" the root and
        # gave it the subject; taken only when it is a gathering
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and _EVENT_CLASSES.get(subject.lemma_.lower()) in gathering_classes()
        ):
            attended = subject
    return attended


def _subject(
    event: Token | None,
    noun: Token | None,
    actors: ArticleActors,
    inside: Callable[[int], bool] = lambda _: False,
) -> str | None:
    if event is None or event.pos_ not in {"VERB", "AUX"}:
        return None
    holder = _subject_holder(event)
    passive = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
    if holder.i != event.i and passive is not None:
        # "X was acquired by the Angels and hit 13 home runs": X hit them, not the Angels
        if _counted_or_aged(passive):
            # "the 48-year-old Australian was evicted and sentenced": no country, an age
            return aged_subject(passive)
        if passive.ent_type_ or passive.pos_ == "PROPN":
            return resolve_speaker_token(passive, actors, [])[0]
        return _pronoun(passive, actors, inside) if passive.lower_ in PRONOUN_SUBJECTS else None
    event = holder
    if (reported := reported_subject(event)) is not None:
        return _named_subject(reported, actors)  # "reported the Gulls team offered $5 million"
    for child in event.children:
        if child.dep_ == "agent":  # passive: "were killed by X"
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_:
                return resolve_speaker_token(obj, actors, [])[0]
        if child.dep_ == "nsubj" and child.lower_ in _RELATIVE and event.dep_ == "relcl":
            named = _described(event.head)  # "Garrard, who completed 28 passes": Garrard
            if named.ent_type_ or named.pos_ == "PROPN":
                return resolve_speaker_token(named, actors, [])[0]
            return None
        if child.dep_ == "nsubj" and (noun is None or child.i != noun.i):
            if (person := person_behind_time(child, event, actors, inside)) is not None:
                return person  # "The day after the storm a guide, Tomas Vell, fell 60 metres"
            if _fronted_time(child, event):
                continue  # "The day after the storm, Vell fell 60 metres": Vell fell
            if _counted_or_aged(child):
                return aged_subject(child)  # "a 36-year-old climber fell": the age, or no one
            if child.ent_type_ or child.pos_ == "PROPN":
                return resolve_speaker_token(child, actors, [])[0]
            if child.lower_ in PRONOUN_SUBJECTS:
                return _pronoun(child, actors, inside)
            if (appositive := _named_in_apposition(child)) is not None:
                return resolve_speaker_token(appositive, actors, [])[0]
            if (body := body_name(child)) is not None:
                return resolve_speaker_token(body, actors, [])[0]  # "the Gulls team offered"
    return None


def _named_subject(tok: Token, actors: ArticleActors) -> str | None:
    """The actor a subject token names: a name, or a body told by its name ("the Gulls team");
    None for anything else."""
    if tok.ent_type_ or tok.pos_ == "PROPN":
        return resolve_speaker_token(tok, actors, [])[0]
    if (body := body_name(tok)) is not None:
        return resolve_speaker_token(body, actors, [])[0]
    return None


def _named_in_apposition(noun: Token) -> Token | None:
    """The name standing in apposition to a described subject ("a climber, 31-year-old Tomas
    Vell, fell": Vell), when there is exactly one and no figure of its own but an age. Not
    one of two subjects ("his mother, Dana, and father, Ivo, attended")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "conj" for c in noun.children):
        return None
    names = [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ in {"PERSON", "ORG"}]
    if len(names) != 1 or _counted_or_aged(names[0]):
        return None
    if any(c.dep_ == "conj" for c in names[0].children):
        return None
    return names[0]


def _fronted_time(subject: Token, verb: Token) -> bool:
    """A fronted time the parser took for a second subject of the verb ("The day following the
    storm, a guide, Tomas Vell, fell 60 metres": "day" and "Vell" both as subjects)."""
    return subject.ent_type_ in {"DATE", "TIME"} and any(
        c.dep_ == "nsubj" and c.i != subject.i for c in verb.children
    )


def _found_thing(verb: Token, noun: Token | None) -> bool:
    """Whether a figure counts what "find" took: the verb's object or its passive subject
    ("officers found three shells", "three shells were found", "the bodies of two victims
    were found"). A figure elsewhere is no seizure: the sample of a study that "found that
    ...", the counts someone "was found guilty of", "I found out 46 people visited". Other
    verbs of the class seize whatever figure they govern."""
    if verb.lemma_.lower() != "find":
        return True
    if noun is None:
        return False
    # anywhere in the object's or the passive subject's words: "a shotgun and three shells",
    # "the bodies of two victims", "Seven AK-47s, three other rifles ... were found"
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.left_edge.i <= noun.i <= c.right_edge.i
        for c in verb.children
    )


def _counted_or_aged(subject: Token) -> bool:
    """Whether a subject is no one to name: its own words hold a figure (the counted thing
    itself: "12 people died"), or an age makes it a person the words do not name ("the
    40-year-old American" is no country)."""
    numbers = [t for t in own_words(subject) if t.like_num]
    if any(not _age_number(t) for t in numbers):
        return True
    return bool(numbers) and subject.ent_type_ != "PERSON"


def _described(noun: Token) -> Token:
    """The name a common noun describes when it stands in apposition to it: "Fred Lamar, a
    former party official who served 14 months" -- the official is Lamar. Anything else is
    itself."""
    if noun.dep_ == "appos" and not (noun.ent_type_ or noun.pos_ == "PROPN"):
        head = noun.head
        if head.ent_type_ or head.pos_ == "PROPN":
            return head
    return noun


def _age_number(tok: Token) -> bool:
    """The number of an age before a name ("32-year-old Englishman Rob Kessler"): it tells who
    the subject is, it is not what the subject counts."""
    unit = tok.head
    return (
        tok.dep_ == "nummod"
        and unit.lemma_.lower() == "year"
        and unit.head.lower_ == "old"
        and unit.head.i != tok.i
    )


def _pronoun(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str:
    """A pronoun subject: the person it stands for when the path is sure
    (:func:`claim_pronouns.named_pronoun`), else the pronoun as written, someone the sentence
    does not name (see compare)."""
    return named_pronoun(tok, actors, inside) or aged_pronoun(tok, inside) or tok.lower_


_RELATIVE = frozenset({"who", "which", "that"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
# "He had just 269 yards rushing" / "he has rushed for only 150 yards": two articles' "he" may
# be two players; the subject is kept as the pronoun, which the comparison never matches.
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


def _subject_holder(verb: Token) -> Token:
    """The verb whose subject is also ``verb``'s: a conjoined verb shares its subject ("Bush
    rushed for 404 yards and caught 52 passes"; "X was hurt in Week 3, then missed nine games",
    which the parser leaves as a bare ``dep``), and so does a participle with none of its own
    ("Smith led the team, scoring 20 points"; "finished with 29 after completing 17 passes"),
    and an infinitive of its verb's purpose or of what its subject sets out to do ("X returned
    home to run the farm", "the club agreed to pay $80 million"; not "asked the court to award
    $5 million", where the one asked is to do it)."""
    for _ in range(4):
        if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children):
            return verb
        participle = verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"}
        if verb.dep_ in {"conj", "dep"} or participle or _subject_infinitive(verb):
            holder = verb.head
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
            holder = verb.head.head
        else:
            return verb
        if holder.pos_ not in {"VERB", "AUX"}:
            return verb
        verb = holder
    return verb


def _subject_infinitive(verb: Token) -> bool:
    """ "to run" in "returned home to run the farm" (purpose) or "agreed to pay" (its
    subject's own act): an infinitive whose doer is its governing verb's subject. Not when the
    governing verb has an object, who may be the doer ("asked the court to award")."""
    if verb.dep_ not in {"advcl", "xcomp"} or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.dep_ == "advcl" or not any(c.dep_ == "dobj" for c in verb.head.children)


# fmt: off
# The game, the part of a game or the series of games a figure is counted in: "blocked two
# shots during the deciding run" is not the game's six; "in Tuesday's game" is not Saturday's.
_OCCASIONS = frozenset({
    "game", "match", "half", "quarter", "period", "inning", "innings", "run", "round", "set",
    "stretch", "overtime", "season", "series", "tournament", "final", "semifinal", "playoff",
    "playoffs", "race", "lap", "leg", "bout", "contest", "start", "outing", "appearance",
    "career", "spell", "session", "minute", "loss", "win", "victory", "defeat", "meeting",
})
_OCCASION_PREPS = frozenset({
    "during", "in", "at", "over", "throughout", "against", "before", "after", "since", "through",
})
# The phase of play a score is made in ("six touchdowns on offense", "three on punt
# returns"): "on" names an occasion only with these, and not for a sum ("spends $15 billion
# on defense"). Not "on 106 carries": what a total was made of is no occasion.
_PLAYS = frozenset({
    "offense", "offence", "defense", "defence", "return", "runback", "kickoff", "punt",
    "interception", "fumble",
})
# "in the game", "in the match": the story's own game, the same as saying nothing.
_OWN_OCCASIONS = frozenset({"game", "match", "contest", "fight", "bout", "race", "final"})
# fmt: on


def _occasion(event: Token | None, noun: Token | None, number: Token) -> str | None:
    """The occasion a figure is counted in, from the prepositions of its verb: "during the
    game's deciding 15 - 2 run", "in Tuesday's game", "in the second half", "against Drake"
    (an opponent names a game). A prepositional phrase fronted before the verb whose subject
    the figure's verb shares covers it too ("During the run, X scored ... and blocked two
    shots"). None when there is none, or when it is just "the game" of the story.
    """
    for prep in noun.children if noun is not None else ():  # "six shots against Drake"
        if (
            prep.dep_ == "prep"
            and prep.lower_ in _PHRASE_PREPS
            and (found := _occasion_phrase(prep))
        ):
            return found
    if event is None or event.pos_ not in {"VERB", "AUX"}:
        return _fronted_occasion(number)
    verbs = [event]
    holder = event
    while (h := _subject_holder(holder)).i != holder.i:
        holder = h
        verbs.append(holder)
    for n, verb in enumerate(verbs):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PHRASE_PREPS:
                continue
            if n and prep.i > verb.i:
                continue  # a later phrase of the governing verb is its own ("scored 11 in the
                # second half, grabbed 11 rebounds and blocked six shots")
            if prep.lower_ == "on" and (noun is None or noun.dep_ != "dobj" or noun.head != verb):
                continue  # "scored six touchdowns on offense": the play of the verb's object
                # only, not of a figure beside it ("spends $15 billion on defense with 177,000
                # soldiers")
            if found := _occasion_phrase(prep):
                return found
    return _fronted_occasion(event if event.i < number.i else number)


def _fronted_occasion(tok: Token) -> str | None:
    """A sentence opening on an occasion, up to its first comma or its subject ("During the
    game ’ s deciding 15 - 2 run, ..."; "In 54 games with the Angels he hit .358"), read from
    the words: the parser often attaches such an opening to the wrong verb. The figure (or its
    verb, ``tok``) must come after it."""
    sent = tok.sent
    opening = sent[0]
    if opening.lower_ not in _OCCASION_PREPS or opening.lower_ in {"at", "since"}:
        return None
    close = next(
        (
            t
            for t in sent[1:14]
            if t.text == "," or t.dep_ == "nsubj" or t.lower_ in PRONOUN_SUBJECTS
        ),
        None,
    )
    if close is not None and close.dep_ == "nsubj":
        close = close.left_edge  # "In 54 games with the Lions Tom Reyes hit ...": up to Tom
    if close is None or close.i >= tok.i or close.i <= opening.i:
        return None
    words = sent.doc[opening.i : close.i]
    nouns = [t for t in words if t.lemma_.lower() in _OCCASIONS and t.pos_ == "NOUN"]
    dated = any(t.ent_type_ == "DATE" for t in words) and bool(nouns)
    if not nouns or (not dated and [t.lower_ for t in words[1:]] in _BARE_OWN):
        return None
    return " ".join(t.lower_ for t in words if t.dep_ != "det" and not t.is_punct)


_BARE_OWN = [["the", noun] for noun in sorted(_OWN_OCCASIONS)]


def _occasion_phrase(prep: Token) -> str | None:
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None:
        return None
    if obj.dep_ == "pcomp":  # "during the game's deciding run": the run
        obj = next((c for c in obj.children if c.dep_ == "dobj"), obj)
    lemma = obj.lemma_.lower()
    if prep.lower_ == "on" and lemma not in _PLAYS:
        return None  # "on Monday", "on the island": no phase of play
    # "Tuesday's game", "the March 3 match" (not "its first week": a period, see time_ref)
    dated = any(
        c.dep_ in {"poss", "compound"} and c.ent_type_ == "DATE" and c.pos_ in {"PROPN", "NOUN"}
        for c in obj.children
    )
    opponent = prep.lower_ == "against" and (obj.pos_ == "PROPN" or obj.ent_type_ in _TEAMS)
    if prep.lower_ == "on":
        return " ".join(t.lower_ for t in prep.subtree if t.dep_ != "det" and not t.is_punct)
    if not (lemma in _OCCASIONS or dated or opponent):
        return None
    words = [t.lower_ for t in prep.subtree if t.dep_ != "det" and not t.is_punct]
    if words[1:] == [lemma] and lemma in _OWN_OCCASIONS and not dated:
        return None
    return " ".join(words)


_TEAMS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
_PHRASE_PREPS = _OCCASION_PREPS | {"on"}


def _phase_kept(occasion: str | None, unit: str | None) -> str | None:
    """A phase of play ("on offense") is the occasion of a count only, not of a measure or a
    sum ("spends $15 billion on defense")."""
    return None if occasion and occasion.startswith("on ") and unit is not None else occasion


def _distance_place(doc: Doc, after: int) -> tuple[bool, str | None]:
    """(is a distance, the named place) for the words after a distance unit."""
    i = _past_bracket(doc, after)
    if i != after and (i >= len(doc) or not _COMPASS.match(doc[i].lower_)):
        return False, None  # "fell 60 metres (200 feet) from a ridge" is a fall, not a position
    seen_direction = False
    while i < min(len(doc), after + 5):
        low = doc[i].lower_
        if _DIRECTIONS.match(low) or low in {"nautical", "-", "due"}:
            seen_direction = seen_direction or low not in {"nautical", "-", "due"}
            i += 1
            continue
        break
    if not seen_direction:
        return False, None
    while i < len(doc) and doc[i].lower_ in {"the", "a", "an", "from", "of"}:
        i += 1
    if i >= len(doc):
        return True, None
    tok = doc[i]
    if tok.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} or tok.pos_ == "PROPN":
        for ent in doc_ents(doc):
            if ent.start <= tok.i < ent.end:
                return True, ent.text
        return True, tok.text
    if tok.pos_ == "NOUN":
        return True, tok.lemma_.lower()
    return True, None


# verbs whose subject is what a distance places: "the quake was", "Qeshm lies / is located"
_PLACING = frozenset({"be", "locate", "situate", "lie", "sit"})


_COMPASS = re.compile(r"^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?$")


def _past_bracket(doc: Doc, i: int) -> int:
    """The token after a short bracket opening at ``doc[i]`` ("1,150 kilometers (700 miles)
    southeast of Tehran": the conversion), or ``i`` when none opens there. Only a compass
    direction after it makes the figure a position (see :func:`_distance_place`)."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    for k in range(i + 1, min(len(doc), i + _BRACKET_WORDS)):
        if doc[k].text == ")":
            return k + 1
    return i


def _located(unit: Token) -> str | None:
    """What a distance places: "the building, about 15 miles north of Detroit" -> building;
    "the quake was 35 miles southwest of X" -> quake (the subject of the copula)."""
    for anc in unit.ancestors:
        if anc.pos_ in {"NOUN", "PROPN"} and not _DIRECTIONS.match(anc.lower_):
            if anc.dep_ == "appos" and anc.head.pos_ in {"NOUN", "PROPN"}:
                anc = anc.head  # "Qeshm, an island ... 1,500 km south of Tehran": Qeshm
            return anc.lemma_.lower()
        if anc.dep_ == "acl" and anc.lemma_ in _PLACING and anc.head.pos_ in {"NOUN", "PROPN"}:
            return anc.head.lemma_.lower()  # "Qeshm, located 1,150 km southeast of Tehran"
        if anc.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and anc.lemma_ in _PLACING:
                return subj.lemma_.lower()
            return _event_name(anc)
    return None


def _role(doc: Doc, first: int, last: int, noun: Token | None, unit: str | None) -> str | None:
    end = noun.i if noun is not None else last
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    after = doc[end + 2] if end + 2 < len(doc) else None
    # part of a total
    if nxt is not None and after is not None and nxt.lower_ == "in" and after.lower_ in _IN_KIND:
        return "part"
    words = lowers(doc)[max(0, first - 4) : first]  # the tokens' lower_, no span
    if any(w in _PART_HEADS for w in words) or " ".join(words[-2:]) in {
        "of whom",
        "of which",
        "of them",
    }:
        return "part"
    for anc in doc[first].ancestors:
        if anc.i >= first:
            continue
        if anc.lower_ in _PART_HEADS and anc.i >= first - 8:
            return "part"
        if anc.pos_ in {"VERB", "AUX"}:
            break
    # "his first 17 passes", "the last three games": the first or last few of a longer series
    if words and words[-1] in _SELECTORS:
        return "part"
    # an increment is part of a larger figure: "another five people", "20 more people"
    listed = noun is not None and _listed_beside(noun)  # "nine pistols, four other rifles"
    if (words and words[-1] in _INCREMENT and not _contrast(doc, first, last)) or any(
        w in _MORE and not (listed and w == "other") for w in lowers(doc)[last + 1 : end + 2]
    ):
        return "part"
    # a total
    if words[-3:-1] == ["a", "total"] or (words and words[-1] == "total"):
        return "total"
    if (
        nxt is not None
        and after is not None
        and (nxt.lower_, after.lower_)
        in {
            ("in", "total"),
            ("in", "all"),
        }
    ):
        return "total"
    # a rate: "3,000 per day", "40 km an hour"
    if (
        nxt is not None
        and after is not None
        and nxt.lower_ in {"per", "a", "an", "each", "every"}
        and (after.lemma_.lower() in _RATE_UNITS or after.lower_ in _RATE_UNITS)
    ):
        return "rate"
    if nxt is not None and nxt.lower_ in {"mph", "km/h", "kph", "/h", "annually", "daily"}:
        return "rate"
    if noun is not None and participle_rate(doc, end, _RATE_UNITS):
        return "rate"  # "156.9 yards allowed per game"
    if nxt is not None and nxt.lower_ == "of" and _rate_after_of(doc, end + 2):
        return "rate"  # "about 5,000 gallons of water a minute"
    if unit in _DISTANCE_UNITS:
        is_distance, _ = _distance_place(doc, end + 1)
        if is_distance and motion_of(doc, noun if noun is not None else doc[last], unit) is None:
            return "distance"
    return None


_OF_RATE_WORDS = 3  # words of what is counted between "of" and the rate ("of sea water")


def _rate_after_of(doc: Doc, i: int) -> bool:
    """Whether the "of" phrase starting at ``doc[i]`` ("of water", "of crude oil") is followed
    by a rate ("a minute", "per day"): the figure is counted per that unit."""
    for k in range(i, min(len(doc) - 1, i + _OF_RATE_WORDS + 1)):
        tok = doc[k]
        if tok.lower_ in {"per", "a", "an", "each", "every"} and k > i:
            after = doc[k + 1]
            return after.lemma_.lower() in _RATE_UNITS or after.lower_ in _RATE_UNITS
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
    return False


def measured_activity(noun: Token | None, unit: str | None) -> str | None:
    """The activity a measure is of, as a verb lemma: "after 30 hours *of deliberation*" ->
    deliberate, "three decades *of faking* illness" -> fake, "two days of fighting" -> fight.
    The hours are the deliberation's, whatever the sentence's own verb ("the jury failed to
    reach a verdict after ...") does. Only a span of time (hours, years) followed by "of" and
    a bare activity: a gerund, or a noun made from a verb (-ation, -ment, -ing, or
    a word of the measure classes); "four years of the contract" or "$5 million of stock" name
    a thing, not an activity."""
    if noun is None or unit not in _SPANS | MONEY:
        return None  # "70% of communications": a share of a whole, not time spent on it
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    doc = noun.doc
    if prep is None and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ")":
        # "200 million euros ($265 million) of damage": the conversion's "of" is the figure's
        prep = doc[noun.i + 2] if doc[noun.i + 2].lower_ == "of" else None
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None:
        return None
    if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
        lemma = obj.lemma_.lower()
        return _EVENT_CLASSES.get(lemma, lemma)
    if obj.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children):
        return None
    lemma = obj.lemma_.lower()
    if lemma in _EVENT_CLASSES:
        return _EVENT_CLASSES[lemma]  # "$265 million of damage", "40 hours of protest"
    if unit in MONEY:
        return None  # "$5 million of stock", "$2 million of funding": a thing bought or given
    verb = _verb_of_noun(lemma)
    return _EVENT_CLASSES.get(verb, verb) if verb else None


_SPANS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years"})


def _copula_measure(tok: Token, unit: str | None = None) -> str | None:
    """The measure class of a copula's subject that a figure states: "Property damage is an
    estimated $2 million" -> damage, "The death toll was 40" -> kill, and the act a sum is the
    amount of: "The offer was in the range of $85 million to $100 million" -> offer
    (:func:`~newsbeat.enrich.claim_made_acts.act_verb`); None for any other subject ("The bill
    is $40")."""
    while tok.dep_ in {"compound", "nummod", "quantmod"} and tok.head.i != tok.i:
        tok = tok.head
    if _in_range_of(tok):
        tok = tok.head.head.head  # "was in the range of $85 million": the "in" of the copula
        if tok.dep_ != "prep":
            return None
    elif tok.dep_ != "attr":
        return None
    verb = tok.head
    if verb.lemma_.lower() != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    lemma = subject.lemma_.lower()
    return _EVENT_CLASSES.get(lemma) or act_verb(lemma, unit)


def _in_range_of(tok: Token) -> bool:
    """Whether a figure is the object of "in the range of" ("was in the range of $85 million")."""
    of = tok.head
    return (
        tok.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() == "range"
        and of.head.dep_ == "pobj"
        and of.head.head.lower_ == "in"
    )


# What a share of a service "is" when it does not work: "65 per cent of traffic was down".
_OUT_OF_SERVICE = frozenset({"down", "offline", "unavailable", "inaccessible", "unreachable"})


def _out_of_service(tok: Token) -> bool:
    """Whether the figure is the subject of a copula saying it does not work ("65 per cent of
    traffic was down", "a third of the lines are offline"): it counts what was disrupted, like
    "60 per cent were disrupted". Not a figure after the word ("sales were down 5 per cent"),
    which is how much something fell."""
    while tok.dep_ in {"compound", "nummod", "quantmod"} and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return False
    said = [c for c in verb.children if c.dep_ in {"advmod", "acomp"}]
    return any(c.lower_ in _OUT_OF_SERVICE and not list(c.children) for c in said)


_WEIGHTS = frozenset({"pounds", "kilograms", "kilos", "kg", "lbs", "stone"})
_HEIGHTS = frozenset({"foot", "feet", "inch", "inches", "tall", "cm", "centimetres", "metres"})
_DESCRIPTION_WORDS = 8


def _described_weight(doc: Doc, first: int, unit: str | None) -> bool:
    """Whether a weight figure with no verb of its own is a person's weight in a description
    that also gives the height ("Vell is 5-foot-8, 135 pounds", "a 6-foot, 200-pound man"): the
    height tells a weight from a sum in pounds sterling."""
    if unit not in _WEIGHTS:
        return False
    sent = doc[first].sent
    before = doc[max(sent.start, first - _DESCRIPTION_WORDS) : first]
    return any(word in _HEIGHTS for t in before for word in t.lower_.split("-"))


def _verb_of_noun(lemma: str) -> str | None:
    """The verb a noun is made from, by its suffix: deliberation -> deliberate, imprisonment
    -> imprison, fighting -> fight (None: no such suffix)."""
    if lemma.endswith("ation") and len(lemma) > 7:
        return lemma[:-5] + "ate"
    if lemma.endswith("ment") and len(lemma) > 7:
        return lemma[:-4]
    if lemma.endswith("ing") and len(lemma) > 5:
        return lemma[:-3]
    return None


# verbs of moving whose length a figure may measure ("fell 60 metres", "plunged 300 feet"),
# folded to one event where two words tell one motion
_MOTIONS = {
    "fall": "fall", "plunge": "fall", "plummet": "fall", "tumble": "fall", "drop": "fall",
    "slide": "slide", "slip": "slide", "climb": "climb", "dive": "dive", "sink": "sink",
}  # fmt: skip
_LENGTHS = frozenset({"kilometres", "miles", "metres", "feet", "yards"})
# prepositions of the path a motion takes ("fell 200 metres down a gully", "plunged 50 feet
# into the river"); not "from", whose figure places ("crashed 5 miles from the airport")
_PATHS = frozenset({"down", "into", "onto", "off", "over", "through", "across", "up"})


# lengths a fall is told in; miles and kilometres from a place say where it came down
_FALL_LENGTHS = frozenset({"metres", "feet", "yards"})


def _fall_from(prep: Token, unit: str) -> bool:
    """``fell 200 feet from the ridge``, the length hung on "from": a fall told in feet,
    metres or yards from a thing that is no named place is how far it fell ("the jet fell 20
    miles from Arden", "crashed 5 miles from the airport" place it)."""
    if prep.lower_ != "from" or unit not in _FALL_LENGTHS:
        return False
    if _MOTIONS.get(prep.head.lemma_.lower()) != "fall":
        return False
    return not any(c.dep_ == "pobj" and c.ent_type_ for c in prep.children)


def motion_of(doc: Doc, unit_tok: Token, unit: str | None) -> str | None:
    """The motion a length measures, folded ("fall"), or None: "died after falling 60 metres
    from a ridge" is how far he fell, and "from a ridge" where he fell from, not a position 60
    metres away from it. A compass word after the figure still places it: "the plane fell 20
    miles north of Arden" is where it came down. Feet and yards are counted words, no unit
    ("plunged 200 feet into the river"): the token tells the length then."""
    if (unit or unit_tok.lower_) not in _LENGTHS or unit_tok.dep_ == "pobj":
        return None
    verb = unit_tok.head
    if (
        verb.pos_ == "ADP"
        and verb.dep_ == "prep"
        and (verb.lower_ in _PATHS or _fall_from(verb, unit or unit_tok.lower_))
    ):
        verb = verb.head  # "fell 200 metres down a gully": the parser hangs it on "down"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOTIONS:
        return None
    i = _past_bracket(doc, unit_tok.i + 1)
    if i < len(doc) and _COMPASS.match(doc[i].lower_):
        return None
    return _MOTIONS[verb.lemma_.lower()]


def _increment_placed(doc: Doc, first: int, last: int, event: Token | None) -> str | None:
    """The named place of a crowd an increment word before the figure ("another 20,000
    people") sets apart from other places' (None: no such crowd,
    :mod:`newsbeat.enrich.claim_crowds`)."""
    if first == 0 or doc[first - 1].lower_ not in _INCREMENT - {"other"}:
        return None
    return crowd_of_its_place(doc[first : last + 1], event)


def _contrast(doc: Doc, first: int, last: int) -> bool:
    """ "killing 10 persons and wounding other 70": "other" sets the figure apart from a figure
    of another verb (the wounded are not among the killed), it adds nothing to it."""
    if doc[first - 1].lower_ != "other":
        return False
    verb = doc[last].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "conj" and verb.head.lemma_ != verb.lemma_


def _listed_beside(noun: Token) -> bool:
    """ "seized seven assault rifles, two other rifles and a launcher": a noun joined in one
    list to another counted noun; "other" there tells the figure apart from that item of the
    list (the two rifles are not among the seven), it is no part of a larger figure."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    items = [noun, *noun.conjuncts]
    return any(
        item.i != noun.i and any(c.dep_ == "nummod" for c in item.children) for item in items
    )


def _population(noun: Token | None) -> bool:
    """ "home to 120,000 people", "200,000 residents", "a population of 5,000"."""
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    if lemma in {"resident", "inhabitant", "population"}:
        return True
    prep = noun.head
    return lemma == "people" and prep.lower_ == "to" and prep.head.lower_ == "home"


def _voice(doc: Doc, pos: int, quotes: list[FoundQuote]) -> str | None:
    """``bystander`` when the figure is in a bystander's quote or a reader's comment."""
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, pos) + 1
    if _COMMENT.match(text[para_start : para_start + 60]):
        return "bystander"
    for q in quotes:
        if q.kind != "direct" or not q.start <= pos < q.end:
            continue
        if q.speaker is None:
            return "bystander"
        if q.speaker_start is not None and q.speaker_end is not None:
            said = text[q.speaker_start : q.speaker_end].lower()
            words = re.findall(r"[\w-]+", said)
            if words and words[-1] in _BYSTANDERS:
                return "bystander"
        if q.speaker.lower().split()[-1] in _BYSTANDERS:
            return "bystander"
    return None


def quoted_at(quotes: list[FoundQuote]) -> Callable[[int], bool]:
    """Whether a character offset is inside one of the article's direct quotations."""
    spans = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    return lambda pos: any(start <= pos < end for start, end in spans)


_BRACKET_WORDS = 8  # "(seven years, $140- $150 million)": a short aside


def _bracketed_owner(doc: Doc, first: int, actors: ArticleActors) -> str | None:
    """The actor a bracketed figure belongs to: a parenthesis right after a name says
    something of that name ("the Orioles (seven years, $140 million) and Nationals (eight
    years, $160 million)": the eight years are the Nationals', not the sentence subject's;
    "Charles (226 yards) and Hillis (101 yards) led the attack"). None when the figure is
    not in such a parenthesis or the word before it names no actor."""
    start, end = sentence_of(doc, first)
    words = texts(doc)
    k = first - 1
    while k >= max(start, first - _BRACKET_WORDS) and words[k] not in {"(", ")"}:
        k -= 1
    if k < max(start + 1, first - _BRACKET_WORDS) or words[k] != "(":
        return None
    if ")" not in words[first : min(end, first + _BRACKET_WORDS)]:
        return None
    name = doc[k - 1]
    if name.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"}:
        return None
    if actors.actor_at(name.idx, name.idx + len(name.text)) is None:
        return None
    return resolve_speaker_token(name, actors, [])[0]


def _carried(
    event: Token | None, noun: Token | None, actors: ArticleActors, quotes: list[FoundQuote]
) -> str | None:
    """The subject of the sentence before that the figure's described subject stands for
    (:func:`claim_carry.carried_subject`); never the counted noun itself."""
    if event is None or event.pos_ not in {"VERB", "AUX"}:
        return None
    holder = _subject_holder(event)
    if noun is not None and any(c.i == noun.i and c.dep_ in _SUBJ for c in holder.children):
        return None
    return carried_subject(holder, actors, quoted_at(quotes))


def claim_slot(
    doc: Doc,
    first: int,
    last: int,
    noun: Token | None,
    unit: str | None,
    actors: ArticleActors,
    quotes: list[FoundQuote],
) -> dict[str, str | None]:
    """The slot fields of the claim whose number is ``doc[first..last]`` (see the module doc).

    Args:
        doc: the parsed article.
        first: the number's first token.
        last: its last token.
        noun: the counted noun token (None: a bare unit or casualty verb).
        unit: the claim's unit, if any.
        actors: the article's actors (to name the subject).
        quotes: the article's quotes (a bystander's figure is not the outlet's).

    Returns:
        ``role``, ``event``, ``subject``, ``carried`` ("subject" when the subject was read
        from the sentence before), ``recipient`` (:mod:`~newsbeat.enrich.claim_recipients`),
        ``place``, ``voice`` and ``occasion`` (None when unknown).
    """
    event_tok = _event(noun, doc[last])
    role = CHANGE if is_change(noun, doc[last], unit) else _role(doc, first, last, noun, unit)
    place = None
    event = _event_name(event_tok)
    if event is None:
        event = made_act(event_tok, noun if noun is not None else doc[last], unit)
    if event_tok is not None and arrest_by_taking(event_tok):
        event = "arrest"  # "nabbed 14 pirates": an arrest, not a theft
    if taken_with(noun):
        event = "seize"  # "arrested three men with 4 kilograms of heroin": the heroin seized
    if event == "seize" and event_tok is not None and not _found_thing(event_tok, noun):
        event = None  # "one study in 80 women found that ...": a finding, nothing seized
    named = _put_at(noun, doc[last])
    if named:
        event = named  # the measure of the noun it names; the verb's subject only counts it
    if role != "distance":
        # "fell 60 metres", "plunged 200 feet": the length of one motion, however told ("fall"
        # is light only for what a figure falls to: "deaths fell to 12")
        event = motion_of(doc, noun if noun is not None else doc[last], unit) or event
    if (undergone := _undergone(noun)) is not None:
        event = undergone  # "two cables suffered damage" were damaged
    if event is None and (stated := _copula_measure(noun if noun is not None else doc[last], unit)):
        event = stated  # "Property damage is $2 million": what the copula's subject measures
    if event is None and _out_of_service(noun if noun is not None else doc[last]):
        event = "disrupt"  # "65 per cent of traffic was down": what "were disrupted" counts
    if event is None and _described_weight(doc, first, unit):
        event = "weigh"  # "Vell is 5-foot-8, 135 pounds": the weight of "weighing 130 pounds"
    if (activity := measured_activity(noun if noun is not None else doc[last], unit)) is not None:
        event = activity  # "after 30 hours of deliberation": the deliberating took them
    elif (spent := spent_on(noun, unit)) is not None:
        event = spent  # "after a four year spell living in Cardiff": the years were lived
    if _population(noun):
        event = "population"  # "home to 120,000 people" is not what the quake struck
    if noun is None and (attended := attendance(doc, first, last)) is not None:
        event = _EVENT_CLASSES.get(attended.lemma_.lower(), event)  # "the march was attended by"
    if role == "part" and event in _GATHERINGS:
        crowd_place = _increment_placed(doc, first, last, event_tok)
        if crowd_place is not None:
            role = None  # "in Marvoli, where another 20,000 people marched": Marvoli's crowd
            place = crowd_place
    if role == "distance":
        end = noun.i if noun is not None else last
        place = _distance_place(doc, end + 1)[1]
        event = _located(noun if noun is not None else doc[last])
    owner = _bracketed_owner(doc, first, actors)
    # a distance's doer is nobody: what it places is its event ("Qeshm, 1,150 km southeast of
    # Tehran, has a port": Qeshm does not have the kilometres); nor is a population's (the
    # doctor who "went on to treat the village's 2,500 residents" does not count them)
    subject = _subject(event_tok, noun, actors, quoted_at(quotes))
    valued = estimated_at(doc, first, last)
    if valued is not None:
        # "NBC estimated the crowd at 70", "the mayor put the damage at $4 million": the
        # verb's subject values the thing (the claimant), it does not do what is counted
        subject = None
        event = _EVENT_CLASSES.get(valued.lemma_.lower(), event)
    no_doer = named or role == "distance" or event == "population"
    subject = owner or (None if no_doer else subject)
    carried = None
    if subject is None and not (no_doer or valued):
        # "Vell joined in 2001. The striker scored 20 goals": the name of the sentence before
        subject = _carried(event_tok, noun, actors, quotes)
        carried = "subject" if subject else None
    return {
        "role": role,
        "event": event,
        "subject": subject,
        "carried": carried,
        # a bracketed record is its owner's own ("Klitschko (58-3) bombed Thompson"): no one's
        "recipient": None if no_doer or owner else recipient(event_tok, first, last, actors),
        "place": place,
        "voice": _voice(doc, doc[first].idx, quotes),
        "occasion": _phase_kept(_occasion(event_tok, noun, doc[first]), unit),
    }
