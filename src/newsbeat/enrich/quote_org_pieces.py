"""An organisation's name the tagger cut at its "and" (issue 12, read35 class 3, spk36).

``… , a message from the Central Commission for Elections and Referenda of Kaldria said``:
the tagger reads "the Central Commission for Elections" and "Referenda of Kaldria" as two
organisations and the quote went to the second piece. A speaker that is an organisation's
mention written right after "<organisation> and ", where that organisation's name holds "for"
or "of" (a body named for what it does: "Council for Trade and Industry") and the speaker's
first word is written nowhere else in the article, is the end of that one name: the speaker
is the whole name, both pieces and the "and". Two bodies named together ("the Council for
Trade and Oxfam said": Oxfam is written alone elsewhere, or is two words) are left apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import clean_name

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors, MentionRef
    from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["whole_org_names"]

_ORG_LABELS = frozenset({"ORG", "GROUP"})
_AND = " and "
_NAMED_FOR = re.compile(r"\s(?:for|of)\s")


def _mention_at(actors: ArticleActors, start: int) -> MentionRef | None:
    return next((m for m in actors.mentions if m.start == start), None)


def _mention_ending(actors: ArticleActors, end: int) -> MentionRef | None:
    return next((m for m in actors.mentions if m.end == end), None)


def _whole(found: FoundQuote, actors: ArticleActors) -> FoundQuote:
    start = found.speaker_start
    if found.speaker is None or start is None:
        return found
    text = actors.text
    piece = _mention_at(actors, start)
    if piece is None or piece.label not in _ORG_LABELS:
        return found
    if not text.startswith(_AND, start - len(_AND)):
        return found
    first = _mention_ending(actors, start - len(_AND))
    if first is None or first.label not in _ORG_LABELS:
        return found
    head = text[first.start : first.end]
    if not _NAMED_FOR.search(head):
        return found
    piece_text = text[piece.start : piece.end]
    word = piece_text.split(" ")[0]
    if not word[:1].isupper() or len(re.findall(rf"\b{re.escape(word)}\b", text)) > 1:
        return found
    if " " in piece_text and piece_text.split(" ", 2)[1] != "of":
        return found  # "Amnesty International": a name of its own
    return replace(
        found, speaker=clean_name(text[first.start : piece.end]), speaker_start=first.start
    )


def whole_org_names(found: list[FoundQuote], actors: ArticleActors) -> list[FoundQuote]:
    """The quotes, each speaker that is the end piece of an organisation's name cut at its
    "and" given the whole name (see the module docstring)."""
    return [_whole(f, actors) for f in found]
