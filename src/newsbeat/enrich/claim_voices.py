"""A figure in a bystander's words (a slot's ``voice``), and which offsets are quoted."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.quote_records import FoundQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc


# fmt: off
_BYSTANDERS = frozenset({
    "resident", "residents", "witness", "witnesses", "eyewitness", "neighbour", "neighbor",
    "bystander", "passer-by", "passerby", "onlooker", "local", "locals", "commenter", "reader",
    "readers", "user", "users", "man", "woman", "shopkeeper", "driver", "student", "fan", "fans",
    "visitor", "tourist", "customer", "villager", "villagers", "viewer", "listener", "caller",
    "poster", "someone", "friend", "relative",
})
# fmt: on
# A reader's comment under an article: "Comment from jdoe:", "Posted by ...", "@user wrote".
_COMMENT = re.compile(
    r"^\s*(?:(?:reader\s+)?comments?\b|posted by\b|reply\b|@\w+|\w[\w.]*\s+(?:wrote|writes|"
    r"commented|replied)\s*:)",
    re.IGNORECASE,
)


def _voice(doc: Doc, pos: int, quotes: list[FoundQuote]) -> str | None:
    """``bystander`` when the figure is in a bystander's quote or a reader's comment."""
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, pos) + 1
    if _COMMENT.match(text[para_start : para_start + 60]):
        return "bystander"
    for q in quotes:
        if q.kind != "direct" or not q.start <= pos < q.end:
            continue
        if q.speaker is None:
            return "bystander"
        if q.speaker_start is not None and q.speaker_end is not None:
            said = text[q.speaker_start : q.speaker_end].lower()
            words = re.findall(r"[\w-]+", said)
            if words and words[-1] in _BYSTANDERS:
                return "bystander"
        if q.speaker.lower().split()[-1] in _BYSTANDERS:
            return "bystander"
    return None


def quoted_at(quotes: list[FoundQuote]) -> Callable[[int], bool]:
    """Whether a character offset is inside one of the article's direct quotations."""
    spans = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    return lambda pos: any(start <= pos < end for start, end in spans)
