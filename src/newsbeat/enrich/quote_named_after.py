"""A speaker described first and named just after (issue 12, read35 class 3, spk36).

``Kaldria's ambassador to Velmar warned that the government "will not sit on its hands" ….
Ambassador Aurel Danek said …``: the quote's source is a post ("Kaldria's ambassador") and the
writer names its holder in the next sentences by that post as a title. The quote with no
speaker goes to that person when the source's words end with a post's noun
(:data:`~newsbeat.enrich.actor_table.TITLE_HEADS`) and, in the :data:`_AFTER` sentences after
the quote's, exactly one person is written with a title made only of the source's words
("Ambassador" for "Kaldria's ambassador"; "Defence Minister Ola Brant" is no holder of
"Kaldria's foreign minister") and nobody before the quote holds that title (then the post
meant someone named earlier, whom other rules read). Two holders, or none: no name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import HONORIFICS, TITLE_HEADS

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors
    from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["named_after"]

_AFTER = 2  # sentences after the quote's in which the holder must be named
# Title heads too general to name a post on their own ("the head", "the chair").
_VAGUE = frozenset({"general", "head", "executive", "chair", "master", "leader", "chief"})
_SENTENCE_END = re.compile(r"[.!?][\"“”'‘’)]*(?:\s|$)|\n")
_WORDS = re.compile(r"[\w-]+")


def _window_end(text: str, start: int) -> int:
    """Where the :data:`_AFTER`-th sentence after the one holding ``start`` ends."""
    at = start
    for _ in range(_AFTER + 1):
        found = _SENTENCE_END.search(text, at)
        if found is None:
            return len(text)
        at = found.end()
    return at


def _title_words(title: str) -> set[str]:
    return {w for w in _WORDS.findall(title.lower()) if w not in HONORIFICS}


def _named(found: FoundQuote, actors: ArticleActors) -> FoundQuote:
    start, end = found.speaker_start, found.speaker_end
    if found.speaker is not None or found.speakers or start is None or end is None:
        return found
    source = actors.text[start:end]
    words = [w.lower() for w in _WORDS.findall(source.replace("'s", " ").replace("’s", " "))]
    if not words or words[-1] not in TITLE_HEADS or words[-1] in _VAGUE:
        return found
    allowed = set(words)

    def holds(title: str | None) -> bool:
        return title is not None and words[-1] in (t := _title_words(title)) and t <= allowed

    people = [m for m in actors.mentions if m.label == "PERSON" and holds(m.title)]
    if any(m.start < start for m in people):
        return found
    window = _window_end(actors.text, found.end)
    holders = {m.actor for m in people if found.end <= m.start < window}
    if len(holders) != 1:
        return found
    return replace(found, speaker=holders.pop())


def named_after(found: list[FoundQuote], actors: ArticleActors) -> list[FoundQuote]:
    """The quotes, each with no speaker whose source is a post given its holder named just
    after (see the module docstring)."""
    return [_named(f, actors) for f in found]
