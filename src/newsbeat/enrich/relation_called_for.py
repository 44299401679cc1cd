"""Who a call for an act is aimed at: "called for X to resign" (issue 12, rel34).

Read on the readable real-news gold (session 34): "<councilman> called for <commissioner> and
<mayor> to visit the community" gave an event of the caller with no one called on; the gold
codes it a ``demand`` of each of the two, as it codes "called on X to pass a deal" (which the
relation reader already aims at X). The parser writes the shape two ways: "for" a preposition
with the named actors as its object and the infinitive hanging from the verb, or "for" the
mark of an adverbial clause whose subject they are. Either way the ones who are to act are
the ones the demand is made of.

Not aimed at anyone: a call for a thing ("called for an inquiry into X": X is what is looked
into), and a passive infinitive ("called for X to be charged", "to be released": X is acted
on by someone else, who is not named).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["called_for"]

_CALLING = frozenset({"call"})


def called_for(tok: Token) -> list[Token]:
    """The heads of the phrases naming who a "call for ... to <act>" asks to act (the module
    docstring); empty for any other trigger.

    Args:
        tok: a trigger the lexicon types DEMAND.
    """
    if tok.lemma_.lower() not in _CALLING:
        return []
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "for" and child.i == tok.i + 1:
            # "called for Vark and Berg to visit": the infinitive hangs from the verb
            if any(_active_infinitive(c) for c in tok.children if c.dep_ == "xcomp"):
                out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "advcl" and _active_infinitive(child):
            # "called for Olsen to resign": "for" marks the clause, Olsen is its subject
            marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "for"]
            if marks and marks[0].i == tok.i + 1:
                out.extend(c for c in child.children if c.dep_ == "nsubj")
    return out


def _active_infinitive(verb: Token) -> bool:
    """A "to" infinitive in the active voice ("to visit"; not "to be charged")."""
    kids = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(
        c.dep_ == "auxpass" for c in kids
    )
