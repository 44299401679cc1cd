"""A figure's subject the parser lost, or hid behind a word that names no one.

Three readings a careful reader makes without thinking, each on a narrow path because a wrong
subject makes a false conflict (issue 12):

* "the Gulls team", "the Acme company": a noun of a body told by its name, written before it
  as one compound, is that body (:func:`body_name`);
* "Brenner reported the Gulls team offered Amberg $150 million": without "that", the parser
  takes the reported clause's subject for the object of "reported" and leaves "offered" with
  no subject; that object, ending right before the clause, is its subject
  (:func:`reported_subject`), after a verb whose object is what is said, never an addressee
  ("told reporters the team offered": the reporters offered nothing);
* "The day following Kell's death a climber, 31-year-old Tomas Vell, slipped and fell 700
  metres": a time does nothing; when the parser takes a fronted time for the verb's subject,
  beside no other subject that may be someone (it may add "death" of "Kell's death"), the
  doer is the one person the sentence names before the verb, other than as an owner ("Kell's
  death"), and outside quotations (:func:`person_behind_time`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_carry import BODIES, personal_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["body_name", "person_behind_time", "reported_subject"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose object may be what is said, when "that" is left out ("reported the team had
# offered"); "tell", "warn", "inform" take the one told.
_REPORTING = frozenset({
    "report", "say", "claim", "confirm", "announce", "reveal", "believe", "think", "hear",
    "learn", "write", "add", "insist", "suggest", "indicate", "state", "note", "understand",
})  # fmt: skip
_TIMES = frozenset({"DATE", "TIME"})
_OWNER_MARKS = ("'", "’")


def body_name(noun: Token) -> Token | None:
    """The name token of a body told by its name and a noun of a body ("the Gulls team": Gulls;
    "the Acme company"), or None: one proper-name compound before the noun, of an organisation.
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in BODIES:
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if len(names) != 1 or names[0].pos_ != "PROPN" or names[0].ent_type_ != "ORG":
        return None
    return names[0]


def reported_subject(verb: Token) -> Token | None:
    """The subject of a reported clause the parser took for the reporting verb's object (see
    the module docstring): the one object of the reporting verb, before the clause and ending
    right where the clause's verb begins; None when the clause has a subject of its own."""
    if verb.dep_ != "ccomp" or any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in _REPORTING or head.i > verb.i:
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].right_edge.i + 1 != verb.i:
        return None
    return objects[0]


def person_behind_time(
    subject: Token, verb: Token, actors: ArticleActors, inside: Callable[[int], bool]
) -> str | None:
    """The person doing ``verb`` when its only subject is a time (see the module docstring),
    or None: exactly one person named before the verb in its sentence, not as an owner, not
    inside a quotation and not the subject of another verb."""
    if subject.ent_type_ not in _TIMES or subject.pos_ != "NOUN":
        return None
    if any(c.dep_ in _SUBJECTS and c.i != subject.i and _may_be_someone(c) for c in verb.children):
        return None  # "The day after the storm, Vell fell": Vell is the verb's own subject
    sent = verb.sent
    found = [
        m
        for m in actors.mentions
        if m.label == "PERSON"
        and sent.start_char <= m.start < verb.idx
        and not inside(m.start)
        and not actors.text[m.end : m.end + 3].lstrip().startswith(_OWNER_MARKS)
    ]
    if len({m.actor for m in found}) != 1:
        return None
    if any(_subject_of_another(verb, m.start, m.end) for m in found):
        return None  # "The day Vell arrived, ...": Vell arrived, the rest is someone's
    return found[0].actor


def _subject_of_another(verb: Token, start: int, end: int) -> bool:
    """Whether the words at ``[start, end)`` are the subject of a verb other than ``verb``."""
    toks = [t for t in verb.sent if start <= t.idx < end]
    return any(
        t.dep_ in _SUBJECTS and t.head.i != verb.i and t.head.pos_ in {"VERB", "AUX"} for t in toks
    )


def _may_be_someone(tok: Token) -> bool:
    """Whether a subject may name a doer: a name, a pronoun or a noun of people."""
    return bool(tok.ent_type_) or tok.pos_ in {"PROPN", "PRON"} or personal_noun(tok)
