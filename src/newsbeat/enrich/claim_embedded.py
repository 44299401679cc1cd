"""Where a figure's time is not the one around it: a clause on a noun the main clause only
mentions, and a sentence that goes on about the one before but tells its own time.

"A jury on Tuesday convicted a man charged in a shooting that left two partners wounded": the
wounding is the shooting's, and Tuesday is the day of the verdict, not of the wounding. A
clause on a noun (a relative clause, a participle) that is no subject of the verb above tells
an act of its own; the dates above it are not that act's (the date on the noun itself is: "an
April 2007 shooting that left two wounded"). A clause on the subject keeps the main verb's
date: "A quake that killed 300 people struck on Monday" (the quake struck, and killed, then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.quote_attribution import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_IN_PHRASE = frozenset({"pobj", "prep", "conj", "appos", "compound", "nmod", "npadvmod"})


def own_act_apart(clause: Token, date: Token) -> bool:
    """Whether the dates above ``clause`` (a relative or participle clause on a noun) are not
    its act's: the noun is no subject of the verb above, and ``date`` is not on the noun
    itself (outside the clause, within the noun's phrase)."""
    noun = clause.head
    if noun.pos_ in {"VERB", "AUX"} or noun.head.i == noun.i:
        return False
    if clause.dep_ == "acl" and clause.tag_ == "VBG":
        return False  # "an earthquake registering 6.1", "70 yards rushing": at the same time
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children):
        return False  # "signed over its assets to settle a $5 million debt": a purpose
    if any(c.lower_ == "when" for c in clause.children):
        return False  # "on Sunday against Velmar, when he had 70 yards": the same time
    # up the noun's phrase to what the verb above governs: "Tremors from an earthquake
    # registering 6.1 were felt today", "a quake and a storm that killed 12 struck ..."
    while True:
        if noun.left_edge.i <= date.i <= noun.right_edge.i and not (
            clause.left_edge.i <= date.i <= clause.right_edge.i
        ):
            return False  # "an April 2007 shooting that left two wounded", "the abduction of
            # a ship, which had 18 sailors on board, on May 5": the phrase's own date
        head = noun.head
        if noun.dep_ not in _IN_PHRASE or head.pos_ in {"VERB", "AUX"} or head.i == head.head.i:
            break
        noun = head
    if noun.dep_ == "agent" or (noun.dep_ == "pobj" and noun.head.dep_ == "agent"):
        return False  # "razed by a quake that left 31,000 dead": the quake did it
    return noun.dep_ not in _SUBJECTS


# "now", "still": the present, whatever the sentence before was dated
_PRESENT = frozenset({"still", "now", "currently", "today"})


def told_anew(verb: Token) -> bool:
    """Whether a sentence that opens on a pronoun ("They", "It") tells the figure's time anew,
    so the sentence before's date is not its: the pronoun tells something ("They stress that
    ... 75 percent of those voting": the telling's time, not the figure's), its verb stands
    for the act before ("It has done so in under two weeks"), or the verb is put in the
    present ("They still hold 14 vessels")."""
    lemma = verb.lemma_.lower()
    if lemma in CUE_LEMMAS and any(c.dep_ == "ccomp" for c in verb.children):
        return True  # not "They reported 75 new cases": the count reported then
    doc = verb.doc
    if lemma == "do" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "so":
        return True  # "done so": the parser may hang "so" on what follows
    return any(c.dep_ == "advmod" and c.lower_ in _PRESENT for c in verb.children)
