"""Who does what a figure counts: the subject of its verb, or a bracketed record's owner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_ages import aged_pronoun, aged_subject, own_words
from newsbeat.enrich.claim_carry import carried_subject
from newsbeat.enrich.claim_distances import _BRACKET_WORDS
from newsbeat.enrich.claim_lost_subjects import body_name, person_behind_time, reported_subject
from newsbeat.enrich.claim_pronouns import named_pronoun
from newsbeat.enrich.claim_voices import quoted_at
from newsbeat.enrich.doc_arrays import sentence_of, texts
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
