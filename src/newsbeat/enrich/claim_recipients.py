"""The party a figure's act is done to: its recipient (issue 12, the slot's "to whom").

"The Gulls offered Amberg $150 million" and "the Gulls offered Drost $170 million" are two
offers to two players, not one offer told two ways. The recipient is the named person or body
the figure's verb acts on, read from the parse: its dative ("offered Amberg $150 million"), a
named direct object that is not the figure ("fined Velmar Bank €4m", "sentenced Reyes to 12
years") or a name after "to" ("paid $3m to Okafor"). Only a name counts: "paid the players
$2m" names nobody, and an unknown recipient decides nothing when claims are compared. "For"
is left out: "landed 178 punches to just 30 for Rahman" names whose the other figure is.
A passive's recipient ("Reyes was sentenced to 12 years") is its subject and is read there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["recipient"]

# Entity types that name a quantity or a time, never a party ("fined it €4m on Monday"), or a
# place: "sent 500 troops to Arden" names where, and a place may stand for a party another
# outlet names otherwise ("beat Bayport 3-1" / "beat the Herons 3-1"): left unknown.
_NOT_PARTIES = frozenset(
    {"DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL", "GPE", "LOC", "FAC"}
)


def recipient(event: Token | None, first: int, last: int, actors: ArticleActors) -> str | None:
    """The named party the verb ``event`` acts on, for the figure at ``first..last`` (token
    indices); None when the verb names none, or when the name holds the figure itself."""
    if event is None or event.pos_ != "VERB":
        return None
    for child in event.children:
        if child.pos_ == "ADP" and child.lower_ == "to":
            # "paid $3m to Okafor": the parser makes "to" a preposition or a dative
            party = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ in {"dative", "dobj"}:
            party = child
        else:
            continue
        if party is not None and _names_party(party, first, last):
            return resolve_speaker_token(party, actors, [], bare_nouns=False)[0]
    return None


def _names_party(tok: Token, first: int, last: int) -> bool:
    """Whether a token is a name standing for a party, apart from the figure: a proper noun
    not typed as a quantity, a time or a place, whose phrase does not hold the figure's
    number."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PARTIES:
        return False
    span = list(tok.subtree)
    return not (span[0].i <= last and first <= span[-1].i)
