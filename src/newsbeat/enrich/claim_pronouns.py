"""The person a figure's "he" or "she" stands for, when the text leaves no doubt.

Used by :mod:`newsbeat.enrich.claim_slots`. A figure whose subject is a pronoun ("He is 5 feet
8 inches tall, weighing 130 pounds") was kept as the pronoun, which the comparison never
matches: two articles' "he" may be two players of a roundup. The speaker rules' salient person
is right most of the time, but a claim read wrongly makes a false conflict, so here it is taken
only when one person is in view: the pronoun's own sentence names exactly that person before
it, or names no one and the sentence before names exactly that person (the names of quoted
words do not count). Otherwise the pronoun stays as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["pronoun_person"]

_PERSONAL = frozenset({"he", "she"})


def pronoun_person(pronoun: Token, actors: ArticleActors, quotes: list[FoundQuote]) -> str | None:
    """The person "he" or "she" stands for when one person alone is in view (see the module
    docstring), else None."""
    if pronoun.lower_ not in _PERSONAL or _quoted(pronoun.idx, quotes):
        return None
    sent = pronoun.sent
    doc = pronoun.doc
    windows = [(sent.start_char, pronoun.idx)]
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        windows.append((before.start_char, before.end_char))
    for start, end in windows:
        named = {
            m.actor
            for m in actors.mentions
            if m.label == "PERSON" and start <= m.start and m.end <= end
            if not _quoted(m.start, quotes)
        }
        if len(named) > 1:
            return None
        if named:
            person = resolve_speaker_token(pronoun, actors, [])[0]
            return person if person in named else None
    return None


def _quoted(pos: int, quotes: list[FoundQuote]) -> bool:
    return any(q.kind == "direct" and q.start <= pos < q.end for q in quotes)
