"""A crowd counted in its own place (issue 12, branch confevent21).

"Violence also broke out in Marvoli, where another 20,000 people marched": "another" sets the
crowd apart from the crowds of other places told before, it adds nothing to a figure of its
own place. The figure is then that place's whole crowd, not a part of a larger figure, and is
compared with another outlet's count of the same place's march ("in Marvoli approximately
50,000 people marched"); the place is kept as the claim's ``place``, so that the article's
crowds told in other places (or in none) are not two figures for one.

Only a gathering is read so ("another 300 soldiers were deployed" to a town adds to those
already there), and only when its sentence gives no other figure ("30,000 marched in the
morning and another 20,000 in the evening" adds to the first; "another 5,000 marched,
swelling the crowd to 25,000" adds to the last), and only when no earlier sentence of the
article tells a gathering in that place ("Students held a rally in Arden. Later, another 2,000
people marched in Arden": the 2,000 add to the rally's crowd).

Used by :mod:`newsbeat.enrich.claim_slots`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_measures import gathering_classes, measure_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["crowd_of_its_place"]

_NOT_PLACES = frozenset({"DATE", "TIME", "PERSON"})
# Words (lemmas) telling a gathering besides the verbs of the gathering classes ("march").
_GATHERING_NOUNS = frozenset(
    {"rally", "crowd", "gathering", "gather", "demonstrator", "protester", "protestor"}
    | {"marcher", "vigil", "sit-in", "rallygoer"}
)


def crowd_of_its_place(figure: Span, event: Token | None) -> str | None:
    """The place whose crowd the ``figure`` counts, when its verb is a clause told in a named
    place ("Marvoli, where ... marched"; "in Marvoli ... marched") and its sentence gives no
    other figure; None otherwise, and for a place not named ("the city, where ..."): which
    crowd it is then is not known."""
    if event is None or event.pos_ != "VERB":
        return None
    if any(t.like_num for t in figure.sent if not figure.start <= t.i < figure.end):
        return None  # "... and another 20,000 in the evening", "swelling the crowd to 25,000"
    place = _placed_by_where(event) or _placed_by_in(event)
    if place is None or _gathering_told_before(figure, _name(place)):
        return None  # "Students held a rally in Arden. ... another 2,000 marched in Arden"
    return _name(place)


@cache
def _gathering_words() -> frozenset[str]:
    """The lemmas that tell a gathering: the one-word members of the gathering classes
    ("march", "protest", "demonstration") and the nouns of a crowd ("rally", "protester")."""
    classes = gathering_classes()
    told = {word for word, name in measure_classes().items() if name in classes}
    return frozenset(w for w in told if " " not in w) | _GATHERING_NOUNS


def _gathering_told_before(figure: Span, place: str) -> bool:
    """Whether a sentence before the figure's tells a gathering in ``place`` (names the place
    and has a word of a gathering): the crowd "another" adds to may then be that one."""
    named = re.compile(rf"(?<!\w){re.escape(place)}(?!\w)")
    words = _gathering_words()
    for sent in figure.doc.sents:
        if sent.start >= figure.sent.start:
            return False
        if named.search(sent.text) and any(t.lemma_.lower() in words for t in sent):
            return True
    return False


def _placed_by_where(verb: Token) -> Token | None:
    """ "the city of Marvoli, where 20,000 people marched": a relative clause on a place."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    return verb.head if _is_place(verb.head) else None


def _placed_by_in(verb: Token) -> Token | None:
    """ "In Marvoli, 20,000 people marched" / "marched in Marvoli"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if _is_place(obj):
                    return obj
    return None


def _is_place(tok: Token) -> bool:
    """A proper noun that names no date, time or person ("in March" is no place)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_PLACES


def _name(tok: Token) -> str:
    """A proper noun with the proper nouns compounded before it ("New York")."""
    first = tok
    while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head == tok:
        first = first.nbor(-1)
    return tok.doc[first.i : tok.i + 1].text
