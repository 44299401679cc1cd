"""The age of a person an article describes only by it: "a 31-year-old nurse was hurt" (issue 12).

:mod:`newsbeat.enrich.claim_ages` keeps such a person as the subject of the figures they do
("a 36-year-old climber fell 150 metres": subject ``"36-year-old"``), but the age itself was no
claim: "an age of no one the article names is no claim". Here it is one, with the description
as its subject (``"31-year-old"``), so that an outlet's only word on a victim's or a suspect's
age is on the record; who that is, if anyone, is for the comparison to decide
(:func:`newsbeat.compare.story_ages.own_ages`), never this article.

Read only where :func:`~newsbeat.enrich.claim_ages.aged_subject` reads the description (one
person, a singular noun of a person or "the N-year-old" itself, no name in its words) and the
phrase is the subject or the object of a verb ("a 31-year-old nurse was hurt", "the driver hit
a 66-year-old woman"): a description inside a longer phrase ("the death of a 31-year-old
nurse") or set in apposition to a name is left to the named shapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_ages import _is_age, _person_head, age_words, aged_subject, own_words
from newsbeat.enrich.claim_figures import Age
from newsbeat.enrich.doc_arrays import indices_in, lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["described_ages"]

_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def described_ages(doc: Doc) -> list[tuple[Age, str]]:
    """Each age of a person described only by it, with the description kept as its subject
    (``"31-year-old"``), in text order."""
    out: list[tuple[Age, str]] = []
    for i in indices_in(lowers(doc), frozenset({"old"})):
        old = doc[i]
        person = old if old.dep_ in _ROLES else old.head
        if person.i != old.i and old.dep_ != "amod":
            continue
        if person.dep_ not in _ROLES:
            continue
        described = aged_subject(person) or _placed(person)
        if described is None:
            continue
        number = _number(old)
        if number is None:
            continue
        out.append((Age(number.i, number.i, float(number.text), person), described))
    return out


_PLACES = frozenset({"GPE", "LOC"})


def _placed(person: Token) -> str | None:
    """``"N-year-old"`` for a description whose only name is the place the person is from,
    written before the noun ("a 31-year-old Denver nurse", "a 35-year-old New Dover man"):
    :func:`~newsbeat.enrich.claim_ages.aged_subject` refuses every name, since "the
    36-year-old Acme driver" may be told apart by it; a place names no one."""
    if any(c.dep_ == "conj" for c in person.children) or not _person_head(person):
        return None
    words = own_words(person)
    numbers = [t for t in words if t.like_num]
    if len(numbers) != 1 or not numbers[0].text.isdigit() or not _is_age(numbers[0], person):
        return None
    named = [t for t in words if t.pos_ == "PROPN" or t.ent_type_]
    named = [t for t in named if t.i != numbers[0].i and t.ent_type_ not in {"DATE", "NORP"}]
    if not named or person.pos_ != "NOUN":
        return None
    for tok in named:
        if tok.ent_type_ not in _PLACES or tok.dep_ != "compound" or tok.i > person.i:
            return None
    return age_words(int(numbers[0].text))


def _number(old: Token) -> Token | None:
    """The number of "N-year-old" hung on ``old`` (through "year")."""
    year = next((c for c in old.children if c.lemma_.lower() == "year"), None)
    if year is None:
        return None
    return next((c for c in year.children if c.dep_ == "nummod" and c.text.isdigit()), None)
