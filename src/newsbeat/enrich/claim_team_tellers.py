"""Who "the team" or "the club" is when it tells a figure: "Vell will miss the final two
games, the team said" (issue 12, claims38).

Used by :mod:`newsbeat.enrich.claim_claimants`. A claimant written as a bare definite "the
team" or "the club" was left as the common noun, and printed as the claimant "team". It is the
team the story has just named as a subject: the named organisation that is the subject of the
noun's own sentence (before it) or of the nearest of the three sentences before, the main
clause's first. A team only named as an object ("in the loss to the Lenn Bears, the team
said") is the opponent as often as not, and is never taken; two named subjects of one
sentence, or none, leave no claimant at all (no one named is better than "team").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.speaker_roles import bare_definite, nearest_back

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["TEAM_NOUNS", "team_teller"]

TEAM_NOUNS = frozenset({"team", "club"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SENTENCES_BACK = 3


def team_teller(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The named team a bare "the team"/"the club" ``tok`` stands for (see the module
    docstring), or None; ``inside`` tells whether a character is inside a direct quote."""
    if tok.lemma_.lower() not in TEAM_NOUNS or not bare_definite(tok):
        return None
    names = nearest_back(tok, _SENTENCES_BACK, lambda s: _named_subjects(s, tok.i, actors, inside))
    return names[0] if len(set(names)) == 1 else None


def _named_subjects(
    sent: Span, before: int, actors: ArticleActors, inside: Callable[[int], bool]
) -> list[str]:
    """The named organisations that are subjects in ``sent`` before token ``before``, outside
    quotes."""
    out: list[str] = []
    for t in sent:
        if t.i >= before or t.dep_ not in _SUBJECTS or t.pos_ != "PROPN" or inside(t.idx):
            continue
        mention = actors.actor_at(t.idx, t.idx + len(t.text))
        if mention is not None and mention.label == "ORG":
            out.append(mention.actor)
    return out
