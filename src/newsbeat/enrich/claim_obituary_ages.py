"""The age line of an obituary: "W. Mark Felt, who … when he identified himself as "Deep
Throat" …, has died. He was 95." (issue 12, claims38).

Used by :mod:`newsbeat.enrich.claim_standings`. A stated age's "he" takes a name only through
the pronoun's sure path (:mod:`newsbeat.enrich.claim_pronouns`), which any other person named
in the sentence before refuses: the nickname the dead man was "known as", the president he
helped bring down, a "he" of his own relative clause. News copy writes a death and the dead
person's age in that order, and "He was 95." right after "<name> … has died." gives the
age of the one who died, whoever else the death's sentence names. So a stated age ("He was
95.", "She was 61 and lived in Orsk.") whose pronoun opens the sentence right after one
whose main verb is "die" with a named person as its subject is that person's age, when the
pronoun's sex is that person's (stated by the article or given by a first name).

Guards: a death of someone not named as the subject ("A man died after Tom Vell's car hit
him. He was 40."), a sentence before that tells no death, a pronoun of the other sex.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.speaker_hints import stated_genders

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["deceased_of"]

_SEX = {"he": "male", "she": "female"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def deceased_of(pronoun: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The person whose death the sentence before the age's ``pronoun`` tells (see the module
    docstring), or None."""
    sex = _SEX.get(pronoun.lower_)
    sent = pronoun.sent
    first = next((t for t in sent if not t.is_space), None)
    if sex is None or first is None or first.i != pronoun.i or inside(pronoun.idx):
        return None
    k = sent.start - 1
    while k >= 0 and pronoun.doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    before = pronoun.doc[k].sent
    if before.root.lemma_.lower() != "die" or inside(before.root.idx):
        return None
    subject = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    mention = next(
        (m for m in actors.mentions if m.start <= subject.idx < m.end and m.label == "PERSON"),
        None,
    )
    if mention is None:
        return None
    name = mention.actor
    known = stated_genders(pronoun.doc, actors).get(name) or first_name_gender(name, only=True)
    return name if known == sex else None
