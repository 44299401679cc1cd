"""A bout won on the judges' cards: "scored a unanimous decision over X" is a fight with X.

Boxing and mixed martial arts news write a win on points as a decision over the opponent
("scored an eighth-round unanimous decision over <boxer>", "escaped with a decision over
<boxer>"); the readable real-news gold codes each such sentence ``fight`` and the reading
gave nothing (no verb of the lexicon: the act is the noun). A "decision" with an "over" phrase
naming a person, won by the subject of its verb (the object of a verb of winning, or what one
escapes or comes away "with"), is the subject's FIGHT with that person (rel35). Not a
decision made about someone ("made a decision over Varley's future": no person after "over",
and "make" wins nothing) nor a court's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.prep_objects import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["decision_over"]

# Verbs whose object is a decision won ("scored / won / earned a decision over X").
_WINNING = frozenset({"score", "win", "earn", "take", "post", "claim", "notch", "eke", "grind"})
# Verbs one wins a decision "with" ("escaped with a decision over X").
_WITH_WINNING = frozenset({"escape", "come", "walk", "leave", "emerge"})


def decision_over(tok: Token) -> tuple[Token, list[Token]] | None:
    """(the verb whose subject won, the persons beaten) of a decision won over named persons,
    or None (see the module docstring)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "decision":
        return None
    beaten = [o for o in prep_objects(tok, "over") if o.ent_type_ == "PERSON"]
    if not beaten:
        return None
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lemma_.lower() in _WINNING:
        return verb, beaten
    if tok.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() in _WITH_WINNING:
        return verb.head, beaten
    return None
