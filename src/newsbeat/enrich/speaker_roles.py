"""A reporter named by a role noun or a title, resolved to the one named holder.

``"…," the sheriff said`` after ``Genesee County Sheriff Robert Pickell`` is Pickell's;
``the group added`` after ``The group, WeWorkers Coalition, formed …`` is the coalition's;
``Sweden's deputy director of public prosecutions, Eva-Marie Persson, said`` is Persson's (the
name in apposition, whatever label the tagger gave it). A definite noun phrase refers back to
the referent the text introduced with that noun, so the holder is the one person or body
earlier given that noun as a title before its name or in apposition to it. When no holder or
more than one fits, nobody is named: the common noun itself never becomes a speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors, MentionRef

__all__ = ["appositive_name", "bare_definite", "role_holder"]

_NAMED = frozenset({"PERSON", "ORG", "GROUP"})
_PLURAL = frozenset({"NNS", "NNPS"})


def _named_mention(tok: Token, actors: ArticleActors) -> MentionRef | None:
    """The mention of a person or body at a proper-noun token, else None."""
    if tok.pos_ != "PROPN":
        return None
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    if mention is None:
        return None
    if mention.label in _NAMED or actors.type_of(mention.actor) in _NAMED:
        return mention
    return None


def appositive_name(tok: Token, actors: ArticleActors) -> MentionRef | None:
    """``the deputy director …, Eva-Marie Persson,`` / ``The group, WeWorkers Coalition,``:
    the named person or body in apposition to a common noun, if any."""
    if tok.pos_ != "NOUN":
        return None
    for child in tok.children:
        if child.dep_ == "appos" and not any(c.dep_ == "conj" for c in child.children):
            # a list in apposition ("Three groups, A, B and C,") names no single holder
            mention = _named_mention(child, actors)
            if mention is not None and mention.start == child.left_edge.idx:
                return mention  # the whole appositive is the name
    return None


def bare_definite(tok: Token) -> bool:
    """``the group``, ``the sheriff``: a common noun with ``the`` and no other word of its
    own phrase before it."""
    lefts = list(tok.lefts)
    return (
        tok.pos_ == "NOUN"
        and len(lefts) == 1
        and lefts[0].dep_ == "det"
        and lefts[0].lower_ == "the"
    )


def _holder_at(tok: Token, actors: ArticleActors) -> str | None:
    """The person or body an earlier occurrence of the role noun introduces: a name in
    apposition either way (``the group, X,`` / ``X, the county sheriff,``) or a name the noun
    is a title of (``County Sheriff Robert Pickell``)."""
    mention = appositive_name(tok, actors)
    if mention is not None:
        return mention.actor
    if tok.dep_ == "appos":
        mention = _named_mention(tok.head, actors)
        if mention is not None:
            return mention.actor
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        mention = _named_mention(tok.head, actors)
        if mention is not None and actors.type_of(mention.actor) == "PERSON":
            return mention.actor
    return None


def role_holder(tok: Token, actors: ArticleActors) -> str | None:
    """The one holder of a definite role noun (``the sheriff``, ``the group``) introduced
    earlier in the article; None when none or several fit."""
    if tok.tag_ in _PLURAL:
        return None  # "the physicians" are several: no one holder
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    holders: set[str] = set()
    for earlier in tok.doc[: tok.i]:
        if earlier.tag_ in _PLURAL or (
            earlier.lemma_.lower() != lemma and earlier.lower_ != tok.lower_
        ):
            continue
        holder = _holder_at(earlier, actors)
        if holder is not None:
            holders.add(holder)
    return next(iter(holders)) if len(holders) == 1 else None
