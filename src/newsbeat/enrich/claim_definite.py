"""A definite figure whose noun has a casualty clause of its own is a count (issue 12); a
figure pointed at by "that" or "the same" is none (claims35).

"The two countries", "our four towns": a figure after "the" or a possessive names a set told
before, no claim, and ``extract_claims`` skips it. But "mourners buried the 12 people *killed*
in the blast" tells how many were killed as plainly as "12 people were killed" does: the
participle clause of the noun (``claim_events.participle_clause``: a past participle with no
subject of its own) defines the set by the event the story counts. Only the casualty verbs
(killed, injured, wounded, arrested, detained, displaced, evacuated...) are read so, the
counts outlets report and dispute; "the three reports published on Monday" stays a reference.
Found by classing the readable gold sides newsbeat does not read by shape
(docs/realnews-annotation.md, "Reading by shape").

Used by :mod:`newsbeat.enrich.claims`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_events import participle_clause

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc

__all__ = ["back_reference", "defined_by_casualty"]

# a determiner that points back at a thing told before ("this" also points at what is in
# view: "the perimeter of this nine acre city block" tells its size; "these", "those" are
# the definite words extract_claims already reads)
_POINTING = frozenset({"that"})


def defined_by_casualty(doc: Doc, last: int, casualties: Collection[str]) -> bool:
    """Whether the figure ending at ``last`` counts a noun right after it whose own participle
    clause is a casualty verb ("the 12 people killed in the blast")."""
    number = doc[last]
    noun = number.head
    if number.dep_ != "nummod" or noun.pos_ != "NOUN" or not last < noun.i <= last + 3:
        return False
    own = participle_clause(noun, number)
    return own is not None and own.lemma_.lower() in casualties


def back_reference(doc: Doc, first: int) -> bool:
    """Whether the figure starting at ``first`` points back at one told before (claims35):
    after "that" read as a determiner ("some of that 8.69 GW", "in that 38 dBa office
    environment") or after "the same" ("in the same 38 dBA room"). It tells the earlier figure
    again, no claim of its own, be it a measure or a count. "said that 40 died" (a conjunction,
    not a determiner) and "the same day 40 died" (a noun between) keep theirs."""
    if first == 0:
        return False
    before = doc[first - 1]
    if before.lower_ in _POINTING and before.dep_ == "det":  # the tagger may say IN
        return True
    return before.lower_ == "same" and first >= 2 and doc[first - 2].lower_ == "the"
