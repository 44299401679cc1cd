"""A headline's passive without its "was": the subject is the one acted on.

Headlines drop the auxiliary of a passive: "John Doe accused of double murder", "Doe
suspended for four games", "Doe jailed for attack on X". The parser often reads the
participle as a past tense with "Doe" as its subject, and the reading then showed Doe
accusing or sanctioning (ECB+ train: "X accused of … murder" → X DISAPPROVE, rel35).

A verb that needs its object in the active voice (one accuses, charges, sentences or jails
*someone*) with a subject, no object and no auxiliary, completed by the preposition of its
passive ("accused *of*", "charged *with*", "sentenced *to*", "jailed *for*"), is such a
passive: nobody named did it, and the sentence states it of its subject. The event is then
read as said of the subject (:func:`~newsbeat.enrich.relations.sentence_events` marks it
hypothetical: no relation and no event, and an act it frames, "accused of killing X", is
part of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["headline_passive"]

# Verbs that take a person as object in the active, by the prepositions that complete their
# passive ("accused of murder", "charged with fraud"). Verbs that also stand alone ("the
# troops fired", "O'Brien sued") are left out, and "charge" needs its "with".
_PASSIVE_PREPS: dict[str, frozenset[str]] = {
    "accuse": frozenset({"of"}),
    "charge": frozenset({"with"}),
    "convict": frozenset({"of", "on", "for"}),
    "indict": frozenset({"on", "for", "in"}),
    "sentence": frozenset({"to", "for", "in"}),
    "jail": frozenset({"for", "over", "after", "in"}),
    "imprison": frozenset({"for", "over", "after", "in"}),
    "suspend": frozenset({"for", "over", "after", "by"}),
    "fine": frozenset({"for", "over", "after", "by"}),
    "ban": frozenset({"for", "from", "over", "after"}),
    "sanction": frozenset({"for", "over", "by"}),
    "censure": frozenset({"for", "over", "by"}),
    "expel": frozenset({"from", "for", "over"}),
    "deport": frozenset({"to", "for", "over", "after"}),
    "extradite": frozenset({"to", "from", "over"}),
    "detain": frozenset({"for", "over", "after", "in", "at"}),
    "arrest": frozenset({"for", "over", "after", "in", "at"}),
}


def headline_passive(tok: Token) -> bool:
    """Whether the verb is a passive whose auxiliary was dropped: a verb of
    :data:`_PASSIVE_PREPS` in the past (VBD or VBN) with a subject, no auxiliary, no object,
    no clause and a preposition of its passive ("Doe accused of murder"; not "Doe accused
    Roe of lying", "Doe was accused of murder" (read as a passive already) or "the troops
    charged")."""
    preps = _PASSIVE_PREPS.get(tok.lemma_.lower())
    if preps is None or tok.tag_ not in {"VBD", "VBN"}:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "agent"} for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps for c in kids)
