"""Whose office speaks: "His office said" after a sentence that names one person.

Read on real pages (reader18): "Teachers didn't see Holcomb at the Statehouse on Tuesday. His
office said he was keeping long-standing plans …" printed "His office" as the speaker. The
salient-subject rules of :mod:`newsbeat.enrich.speakers` look for a subject and found the
sentence's earlier speaker (Bosma); the office is the governor's, the one person the sentence
right before names (as an object). So a body a person has (office, campaign, administration,
team, …) owned by "his" or "her" at the head of a sentence is that person's when the sentence
before names exactly one person, of a sex the pronoun allows, outside quotes, and the
pronoun's own sentence names nobody before it. Two people named, or none: the words stay as
written (say less).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.speaker_persons import compatible_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["pronoun_owner"]

_POSSESSIVE_SEX = {"his": "male", "her": "female"}


def pronoun_owner(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The person "his"/"her" owning ``tok`` stands for (see the module docstring); None
    when ``tok`` has no such owner or the sentence before does not name one person who fits."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in _POSSESSIVE_SEX:
        return None
    sent = tok.sent
    if sent.start == 0:
        return None
    if any(
        m.label == "PERSON" and sent.start_char <= m.start < owner.idx and not inside(m.start)
        for m in actors.mentions
    ):
        return None  # "Mayor Ek said his office …": the rules for "his" decide
    before = tok.doc[sent.start - 1].sent
    named = {
        m.actor
        for m in actors.mentions
        if m.label == "PERSON"
        and before.start_char <= m.start < before.end_char
        and not inside(m.start)
    }
    if len(named) != 1:
        return None
    name = named.pop()
    return name if compatible_name(name, _POSSESSIVE_SEX[owner.lower_]) else None
