"""A parent's count of children: "a mother of 12", "the father of two boys" (or "father to two
boys"), "her 12 children".

Used by :mod:`newsbeat.enrich.claims`. The figure after "mother of" counts the person's
children, whatever follows it: without this reading "Mother of 13 Ann Kerr" counted "Kerr"
and "a mother of 12, was shot" counted nothing. Only a single parent noun ("parents of"
and "grandmother of" count other things), and never a part ("the mother of three of his
eight children" says how many of his children are hers).

A possessive before the figure ("one of her 12 children", "his two sons") tells the owner's
children too: "her" with a number is definite, so the figure is all of them. Only when the kin
noun follows the figure right away and no phrase after it picks some out ("her two children
from her first marriage", "his three sons with Ann Kerr"); "her two youngest children" is a
part and is not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Kin", "parent_count", "possessed_count"]

_PARENTS = frozenset({"mother", "mom", "mum", "father", "dad", "parent"})
# What a parent's figure may name after itself ("a father of two boys, ages 6 and 16").
_KIN = frozenset({"children", "kids", "sons", "daughters", "boys", "girls"})


@dataclass(frozen=True)
class Kin:
    """A parent's children counted: the word counted, its token (None: "children" implied)
    and the token of the parent's name, when the sentence names the parent next to it."""

    what: str
    noun: Token | None
    name: Token | None


def parent_count(doc: Doc, first: int, last: int) -> Kin | None:
    """The children counted by the figure ``first..last`` when it follows "<parent> of", or
    None when it does not, or when it counts something else or a part."""
    # "a mother of 12", "the father to two boys"
    if (
        first < 2
        or doc[first - 1].lower_ not in {"of", "to"}
        or doc[first - 2].lower_ not in _PARENTS
    ):
        return None
    parent = doc[first - 2]
    after = doc[last + 1] if last + 1 < len(doc) else None
    noun = None
    if after is not None and after.lower_ == "of":
        return None  # "the mother of three of his eight children": a part of his children
    if after is not None and after.lower_ in _KIN:
        noun = after
    elif after is not None and after.pos_ == "NOUN":
        return None  # another count after "mother of": not a parent's children
    what = noun.lower_ if noun is not None else "children"
    return Kin(what=what, noun=noun, name=_named(parent, last))


def _named(parent: Token, last: int) -> Token | None:
    """The name of the parent, written next to the parent noun: after the figure ("Mother of
    13 Ann Kerr"), in apposition either way ("Ann Kerr, 34, a mother of 12"; "a mother of 12,
    Ann Kerr") or as the subject of "be" ("Kerr was the mother of 12 children")."""
    doc = parent.doc
    k = last + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    if k > last + 1:
        return doc[k - 1]
    while parent.dep_ == "conj" and parent.head.pos_ == "NOUN":
        parent = parent.head  # "an Army veteran and the father of two": the veteran's name
    if parent.dep_ == "appos" and parent.head.pos_ == "PROPN":
        return parent.head
    for child in parent.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    if parent.dep_ == "attr" and parent.head.lemma_ == "be":
        return next((c for c in parent.head.children if c.dep_ == "nsubj"), None)
    return None


_POSSESSIVES = frozenset({"his", "her", "their"})
# a phrase after the kin noun that picks some of them out: "from a first marriage", "with Ann"
_PICKING = frozenset({"from", "with", "by", "of", "in"})


def possessed_count(doc: Doc, first: int, last: int) -> Kin | None:
    """The children counted by the figure ``first..last`` right after "his", "her" or "their"
    and right before a kin noun ("one of her 12 children"), or None. ``name`` is the
    possessive's token (the caller names its person)."""
    if first < 1 or last + 1 >= len(doc):
        return None
    owner, noun = doc[first - 1], doc[last + 1]
    if owner.lower_ not in _POSSESSIVES or owner.dep_ != "poss" or noun.lower_ not in _KIN:
        return None
    if owner.head.i != noun.i:
        return None
    if any(c.dep_ == "prep" and c.lower_ in _PICKING for c in noun.children):
        return None  # "his two sons from his first marriage": some of them
    return Kin(what=noun.lower_, noun=noun, name=owner)
