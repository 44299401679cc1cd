"""A figure's subject that its article describes only by an age ("a 36-year-old climber").

"A 36-year-old Australian climber is dead after falling about 150 metres" names nobody, so
the claim used to have no subject and was never set against another outlet's "36-year-old Dana
Rusk died after falling about 60 metres". Its subject is kept as the age that describes it,
``"36-year-old"`` (see :func:`aged_subject`); the comparison gives it the one person of the
story its articles describe by that age (:mod:`newsbeat.compare.claims`), and leaves it alone
when the story has none or several.

A description is read as an age only when the text leaves one reading:

* the subject's own words (its clauses left out) hold one number, the age of "N-year-old",
  and no name of any actor but a nationality ("Australian");
* its head is a person: "the 36-year-old" itself, or a singular noun of a person by sex, post
  or an agent's ending ("man", "climber", "official"), not conjoined with another;
* a "he" or "she" stands for such a subject (:func:`aged_pronoun`) only inside a clause of the
  subject's own verb ("A 36-year-old man died after he slipped"), outside quotations, with a
  noun of the pronoun's sex or of none, and no other subject, person, pronoun of a person or
  name standing before it in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_carry import personal_noun
from newsbeat.enrich.speaker_hints import gendered_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["AGED", "age_words", "aged_pronoun", "aged_subject", "described_age", "own_words"]

# The form of a subject kept as the age describing it: "36-year-old".
AGED = re.compile(r"^(\d{1,3})-year-old$")
_SEX = {"he": "male", "she": "female"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl", "punct"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "someone", "somebody", "who"})


def age_words(years: int) -> str:
    """The subject an age describes, as kept: 36 -> "36-year-old"."""
    return f"{years}-year-old"


def described_age(subject: str | None) -> int | None:
    """The age of a subject kept as its description ("36-year-old" -> 36), else None."""
    match = AGED.match(subject or "")
    return int(match.group(1)) if match else None


def aged_subject(subject: Token) -> str | None:
    """``"N-year-old"`` when a subject is a person its words describe only by an age (see the
    module docstring), else None."""
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "a 36-year-old man and his son": two people
    if not _person_head(subject):
        return None
    words = own_words(subject)
    numbers = [t for t in words if t.like_num]
    if len(numbers) != 1 or not _is_age(numbers[0], subject):
        return None
    if any(t.pos_ == "PROPN" or (t.ent_type_ in _NAMES and t.ent_type_ != "NORP") for t in words):
        return None  # "36-year-old Dana Rusk" is named; "the 36-year-old Acme driver" too
    if not numbers[0].text.isdigit():
        return None
    return age_words(int(numbers[0].text))


def aged_pronoun(pronoun: Token, inside: Callable[[int], bool]) -> str | None:
    """``"N-year-old"`` when a subject "he" / "she" stands for the age-described subject of
    the verb its clause belongs to ("A 36-year-old man died after he slipped and fell 200
    metres"), else None (see the module docstring)."""
    sex = _SEX.get(pronoun.lower_)
    if sex is None or pronoun.dep_ not in _SUBJECTS or inside(pronoun.idx):
        return None
    sent = pronoun.sent
    found = [
        t for t in sent if t.i < pronoun.i and t.dep_ in _SUBJECTS and aged_subject(t) is not None
    ]
    if len(found) != 1:
        return None
    subject = found[0]
    if gendered_noun(subject) not in {None, sex}:
        return None
    if not _governs(subject.head, pronoun.head):
        return None  # "A 36-year-old man said he ...": a reported clause may be anyone's
    own = {t.i for t in own_words(subject)}
    for tok in sent.doc[sent.start : pronoun.i]:
        if tok.i not in own and _may_be_person(tok):
            return None
    return aged_subject(subject)


def _person_head(tok: Token) -> bool:
    """Whether a subject's head is a person: "the 36-year-old" itself, or a singular noun of
    a person."""
    if tok.pos_ == "ADJ" and tok.lower_ == "old":
        return True
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    return personal_noun(tok)


def _is_age(number: Token, subject: Token) -> bool:
    """Whether a number is the age of "N-year-old" describing ``subject``."""
    unit = number.head
    if number.dep_ != "nummod" or unit.lemma_.lower() != "year" or unit.head.lower_ != "old":
        return False
    old = unit.head
    return old.i == subject.i or old.head.i == subject.i


def own_words(tok: Token) -> list[Token]:
    """A noun phrase without its clauses ("the 36-year-old, who lived in Melbourne,")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in _CLAUSES:
            out.extend(own_words(child))
    return out


def _governs(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is ``verb`` or a clause of it (conjoined, adverbial), not a
    complement reporting someone's words ("said he fell")."""
    tok = clause
    for _ in range(6):
        if tok.i == verb.i:
            return True
        if tok.dep_ not in {"advcl", "conj", "pcomp", "prep"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _may_be_person(tok: Token) -> bool:
    """Whether a token may be a person other than the described one: a pronoun of a person,
    a name, a noun of a person, or any other subject ("after his guide slipped and he fell":
    a guide is a person no list of nouns need know)."""
    if tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS:
        return True
    if tok.ent_type_ == "PERSON" or tok.dep_ in _SUBJECTS:
        return True
    return tok.pos_ == "NOUN" and personal_noun(tok)
