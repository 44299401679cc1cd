"""Idioms whose noun is an event word of the lexicon but name no act between actors.

The lexicon reads a light verb with an event noun as that event ("made a deal with X": AGREE).
Some phrases with such a noun are idioms of English, not the event (read34b: "Apple made a
big deal about key stability" was shown as an agreement):

* **A fuss.** "made a big deal about / of / out of / over something", "no big deal": making
  much of something, not agreeing with anyone. A big deal *with* someone stays a deal.
* **A quantity or a bargain.** "a great deal of money", "a good deal of time", "got a good
  deal on the plant": an amount or a price, never an agreement.

A light verb whose object is such an idiom triggers nothing (the verb carries no event of
its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["idiom_object"]

# "a big deal about the keyboard", "a huge deal out of it": the fuss idiom's sizes and the
# words that say what the fuss is about.
_FUSS_SIZES = frozenset({"big", "huge", "bigger", "biggest", "such"})
_FUSS_PREPS = frozenset({"about", "of", "out", "over"})
# "a great deal of", "a good deal (on)": an amount or a bargain, whatever follows.
_AMOUNT_SIZES = frozenset({"great", "good"})


def idiom_object(obj: Token) -> bool:
    """Whether the object noun is "deal" in an idiom: "a big deal about/of/out of/over"
    (a fuss; "a big deal with X" is a deal), "no big deal", "a great/good deal" (an amount
    or a bargain)."""
    if obj.lemma_.lower() != "deal":
        return False
    sizes = {c.lower_ for c in obj.children if c.dep_ == "amod"}
    if sizes & _AMOUNT_SIZES:
        return True
    if not sizes & _FUSS_SIZES:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return True  # "no big deal"
    # the parser hangs "about the keyboard" from the noun or from the light verb after it
    after = [c for c in obj.head.children if c.i > obj.i]
    return any(p.dep_ == "prep" and p.lower_ in _FUSS_PREPS for p in (*obj.children, *after))
