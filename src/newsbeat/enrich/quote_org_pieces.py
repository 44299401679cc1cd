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


def _mention_ending(actors: ArticleActors, end: int) -> MentionRef | None:
    return next((m for m in actors.mentions if m.end == end), None)


def _joined(piece: MentionRef, actors: ArticleActors) -> str | None:
    """The whole name ``piece`` ends, when it is the end of an organisation's name cut at its
    "and" (see the module docstring); None otherwise."""
    text = actors.text
    if piece.label not in _ORG_LABELS or not text.startswith(_AND, piece.start - len(_AND)):
        return None
    first = _mention_ending(actors, piece.start - len(_AND))
    if first is None or first.label not in _ORG_LABELS:
        return None
    if not _NAMED_FOR.search(text[first.start : first.end]):
        return None
    piece_text = text[piece.start : piece.end]
    word = piece_text.split(" ")[0]
    if not word[:1].isupper() or len(re.findall(rf"\b{re.escape(word)}\b", text)) > 1:
        return None
    if " " in piece_text and piece_text.split(" ", 2)[1] != "of":
        return None  # "Amnesty International": a name of its own
    return clean_name(text[first.start : piece.end])


def whole_org_names(found: list[FoundQuote], actors: ArticleActors) -> list[FoundQuote]:
    """The quotes, each speaker that is the end piece of an organisation's name cut at its
    "and" given the whole name (see the module docstring); so are the quotes the same actor
    speaks elsewhere ('"…," the message said' after "a message from …"): its one word is
    written only in that name."""
    speakers = {f.speaker for f in found if f.speaker is not None}
    whole: dict[str, str] = {}
    for mention in actors.mentions:
        if mention.actor in speakers:
            name = _joined(mention, actors)
            if name is not None:
                whole[mention.actor] = name
    if not whole:
        return found
    return [replace(f, speaker=whole[f.speaker]) if f.speaker in whole else f for f in found]
