"""The people a named body has, counted after "its" (issue 12, claims39).

"The Orsk cruise liner MS Arden said it would fly its 246 passengers over the gulf": a figure
after a possessive was skipped as a reference to a set told before ("our four towns"), but
"its" before a count of the people a ship, a firm or an army holds (passengers, crew,
employees, troops …) tells the size of that body. Read only when "its" resolves for sure: the
subject of the noun's clause is a named body, or is "it" and the clause is what a named body
said (its subject the body). The claim is then the body's standing, as "a mother of 12"
is the mother's (``claim_standings._standing``). Used by :mod:`newsbeat.enrich.claims`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["body_people"]

# the people a body holds, counted (our own list)
_PEOPLE = frozenset(
    {"passengers", "crew", "crewmen", "employees", "workers", "staff", "staffers", "members"}
    | {"troops", "soldiers", "sailors", "pilots", "students", "patients", "guests"}
)
_BODIES = frozenset({"ORG", "GPE", "FAC", "PRODUCT", "NORP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SAID = frozenset({"ccomp", "xcomp"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _body(tok: Token | None, actors: ArticleActors) -> str | None:
    """The named non-person actor a subject token stands for, or None."""
    if tok is None or tok.pos_ == "PRON":
        return None
    name = resolve_speaker_token(tok, actors, [])[0]
    return name if name is not None and actors.type_of(name) in _BODIES else None


def body_people(doc: Doc, first: int, last: int, actors: ArticleActors) -> str | None:
    """The body whose people the figure ``first..last`` after "its" counts, or None."""
    if first < 1 or last + 1 >= len(doc):
        return None
    low = lowers(doc)  # most figures: no token object read
    if low[first - 1] != "its" or low[last + 1] not in _PEOPLE:
        return None
    owner, noun = doc[first - 1], doc[last + 1]
    if owner.lower_ != "its" or owner.dep_ != "poss" or owner.head.i != noun.i:
        return None
    if noun.lower_ not in _PEOPLE:
        return None
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = _subject(verb)
    if subject is not None and subject.lower_ != "it":
        return _body(subject, actors)
    if subject is None or verb.dep_ not in _SAID:
        return None
    return _body(_subject(verb.head), actors)  # "X said it would fly its 246 passengers"
