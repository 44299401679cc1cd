"""The named person a claim's "he" or "she" stands for, only through a sure path.

A claim whose subject is a pronoun ("He served four and a half months in prison") is never
set against another outlet's claim naming the subject ("LaRue served 4 1/2 months"): two
articles' "he" may be two players. The speaker rules (:mod:`newsbeat.enrich.speakers`) give a
quote's "he" the most likely person, which is right often enough for who said something but
too loose for a figure: a wrong subject makes a false conflict. Here a pronoun takes a name
only when the text leaves one reading:

* the pronoun is the subject of its clause, outside any quotation, and is "he" or "she";
* its antecedent is the subject of an earlier clause of the same sentence ("Vell joined in
  2001 and he scored 20 goals") or the subject of the sentence right before ("Mr. Vell
  pleaded guilty. He served four months"), a person's name, outside quotations; or, when the
  sentence before has no subject that could be a person, the one person that sentence names
  ("Police searched for Tomas Vell, 27. He weighs 130 pounds");
* the sex of that person is known and the pronoun's: stated by the article (an honorific, "his
  widow") or given by a first name used for one sex;
* from the antecedent's sentence to the pronoun, no other person is named, and no other
  person noun ("the coroner", "a man") or other pronoun of either sex stands as a subject.

Anything else keeps the pronoun as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import MentionRef
from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_arrays import token_offsets
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.speaker_captions import caption_starts
from newsbeat.enrich.speaker_hints import gendered_noun, stated_genders
from newsbeat.enrich.speaker_rolenouns import person_role

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["named_possessive", "named_pronoun"]

_SEX = {"he": "male", "she": "female"}
_POSSESSIVE_SEX = {"his": "male", "her": "female"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Subject pronouns that may stand for a person: any of them between the antecedent and the
# pronoun may be someone else ("Vell met Dane. She said he ...").
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "someone", "anyone", "somebody"})
_RELATIVE = frozenset({"who", "whom", "that"})


def named_pronoun(
    pronoun: Token, actors: ArticleActors, inside: Callable[[int], bool]
) -> str | None:
    """The person actor a subject "he" / "she" stands for (see the module docstring).

    Args:
        pronoun: the pronoun token, the subject of the claim's verb.
        actors: the article's actors.
        inside: whether a character offset is inside a quotation.

    Returns:
        The actor's name, or None when the path is not sure.
    """
    sex = _SEX.get(pronoun.lower_)
    if sex is None or pronoun.dep_ not in _SUBJECTS or inside(pronoun.idx):
        return None
    return _named(pronoun, sex, actors, inside)


def named_possessive(
    pronoun: Token, actors: ArticleActors, inside: Callable[[int], bool]
) -> str | None:
    """The person actor a possessive "his" / "her" stands for, by the same sure path as a
    subject pronoun ("Dana Welk walked with one of her nine children": Welk's children), or
    None.

    Args:
        pronoun: the possessive token.
        actors: the article's actors.
        inside: whether a character offset is inside a quotation.

    Returns:
        The actor's name, or None when the path is not sure.
    """
    sex = _POSSESSIVE_SEX.get(pronoun.lower_)
    if sex is None or pronoun.dep_ != "poss" or inside(pronoun.idx):
        return None
    return _named(pronoun, sex, actors, inside)


def _named(
    pronoun: Token, sex: str, actors: ArticleActors, inside: Callable[[int], bool]
) -> str | None:
    """The path of :func:`named_pronoun` once the pronoun's sex is known."""
    sent = pronoun.sent
    people = [m for m in actors.mentions if m.label == "PERSON" and not inside(m.start)]
    if _other_person(sent, sent.start, pronoun.i, people, subjects_only=True):
        return None  # "After the officer arrived, he ...": the officer may be "he"
    earlier = _person_subjects(sent, people, pronoun.i)
    if earlier:
        return _checked(earlier, sent, pronoun, people, actors, sex)
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    if before.start in caption_starts(pronoun.doc) or inside(before[0].idx):
        return None
    found = _person_subjects(before, people, before.end)
    # with a named subject, only another subject may compete ("Vell said the coroner ...");
    # without one, any person the sentence mentions ("searched for Vell and a man")
    if _other_person(before, before.start, before.end, people, subjects_only=bool(found)):
        return None
    if not found:
        found = [m for m in people if before.start_char <= m.start < before.end_char]
    return _checked(found, before, pronoun, people, actors, sex)


def _person_subjects(sent: Span, people: list[MentionRef], end: int) -> list[MentionRef]:
    """The person mentions standing as a subject of ``sent`` before token ``end``."""
    out: list[MentionRef] = []
    for m in people:
        if not sent.start_char <= m.start < sent.end_char:
            continue
        tok = _root_at(sent, m.start, m.end)
        if tok is not None and tok.i < end and tok.dep_ in _SUBJECTS:
            out.append(m)
    return out


def _root_at(sent: Span, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering ``[start, end)``."""
    toks = [t for t in sent if start <= t.idx < end]
    heads = [t for t in toks if not start <= t.head.idx < end or t.head.i == t.i]
    return heads[0] if len(heads) == 1 else None


def _other_person(
    sent: Span, first: int, last: int, people: list[MentionRef], *, subjects_only: bool
) -> bool:
    """Whether a token among ``[first, last)`` of ``sent`` (only subjects, with
    ``subjects_only``) may be a person who is not one of the named mentions: a pronoun of a
    person, a name the actors missed, or a singular noun of a person ("the coroner", "a man")."""
    offsets = token_offsets(sent.doc)
    named = {
        k for m in people for k in range(sent.start, sent.end) if m.start <= offsets[k] < m.end
    }
    for tok in sent.doc[first:last]:
        if tok.i in named or (subjects_only and tok.dep_ not in _SUBJECTS):
            continue
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            if _apposed_to(tok.head.head).i in named:
                continue  # "Vell, who is 27,", "Vell, the actress who starred": Vell herself
            return True
        if tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS:
            if subjects_only or tok.dep_ in _SUBJECTS:
                return True
            continue  # "his", "him" of someone named is checked through the subjects
        if tok.dep_ in _SUBJECTS and (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON"):
            return True  # a name the actors missed
        if tok.pos_ == "NOUN" and tok.tag_ != "NNS" and (gendered_noun(tok) or _personal(tok)):
            return True
    return False


def _apposed_to(tok: Token) -> Token:
    """The word a chain of appositions hangs on ("Vell, the champion turned actress":
    "actress" -> "Vell")."""
    for _ in range(4):
        if tok.dep_ != "appos":
            break
        tok = tok.head
    return tok


def _personal(tok: Token) -> bool:
    """A singular noun that may name a person by a post, a part or a trade ("the coach", "the
    coroner", "a spokesman"): the speaker rules' role nouns, and for want of a full list any
    noun of an agent's ending (a "number" or "department" blocks too: only a name is lost)."""
    return person_role(tok) or tok.lower_.endswith(
        ("er", "or", "ist", "man", "woman", "ian", "ant", "ent")
    )


def _checked(
    found: list[MentionRef],
    sent: Span,
    pronoun: Token,
    people: list[MentionRef],
    actors: ArticleActors,
    sex: str,
) -> str | None:
    """The one actor of ``found`` when it is of the pronoun's known sex and no other person is
    named from the start of ``sent`` to the pronoun."""
    names = {m.actor for m in found}
    if len(names) != 1:
        return None
    name = names.pop()
    window = [m for m in people if sent.start_char <= m.start < pronoun.idx]
    if any(m.actor != name for m in window):
        return None
    known = stated_genders(pronoun.doc, actors).get(name) or first_name_gender(name, only=True)
    return name if known == sex else None
