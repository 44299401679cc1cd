"""Words in marks that name a seminar, a conference or a course (issue 12, read35 class 3, spk36).

``Orsa hosts a seminar organised with the help of the Velmar Fund on 'Improving the voting
system in Kaldria', the organisers said``: the words in marks are the seminar's title, nobody's
words, and were printed as a quote. The marks hold an event's title when they come right after
"on", "entitled", "titled", "called", "named" or "themed" and an event's noun
(:data:`_EVENTS`: seminar, conference, workshop, forum, lecture …) stands before that word in
the same sentence, at most :data:`_REACH` words before it, with no verb of speaking between
(``At the meeting, Holm spoke on "…"`` are Holm's words), and the words in marks are a title's:
at most :data:`_TITLE_WORDS` words, opening with a capital, with no stop, question or exclamation
mark of their own. ``He told the conference on Monday "…"`` has no such word before the
marks; a full sentence in marks (``a forum on "We will not give up."``) is kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["event_title"]

# Events with a title of their own (our own list).
_EVENTS = frozenset(
    {"seminar", "conference", "workshop", "symposium", "forum", "lecture", "course", "panel"}
    | {"roundtable", "round-table", "colloquium", "summit", "webinar", "masterclass", "session"}
    | {"training", "congress", "convention", "debate", "hearing", "meeting", "exhibition"}
)
_EVENT_WORD = re.compile(r"[A-Za-z-]+")
_TITLE_OPENERS = re.compile(
    r"\b(?:on|entitled|titled|called|named|themed)[^\S\n]*[\"“”'‘’«»]?[^\S\n]*$",
    re.IGNORECASE,
)
# Verbs of speaking between the event's noun and the marks: the words are someone's.
_SPEAKING = frozenset(
    {"said", "says", "spoke", "speaks", "told", "tells", "talked", "talks", "wrote", "writes"}
    | {"added", "asked", "warned", "argued", "urged", "insisted", "declared", "stated"}
    | {"explained", "remarked", "commented", "reported", "announced", "called", "named"}
)
_REACH = 15  # words an event's noun may stand before the word that opens its title
_TITLE_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?]")
_LINE_BACK = 300  # characters read back for the sentence before the marks


def event_title(text: str, q: QuoteSpan, content: str) -> bool:
    """Whether the words in marks are the title of a seminar, a conference or a course (see
    the module docstring)."""
    words = content.split()
    if not words or len(words) > _TITLE_WORDS or not words[0][:1].isupper():
        return False
    if _SENTENCE_END.search(content):
        return False
    head = text[max(0, q.start - _LINE_BACK) : q.start]
    opener = _TITLE_OPENERS.search(head)
    if opener is None:
        return False
    sentence = re.split(r"[.!?]\s|\n", head[: opener.start()])[-1]
    before = [w.lower() for w in _EVENT_WORD.findall(sentence)][-_REACH:]
    at = max(
        (i for i, w in enumerate(before) if w in _EVENTS or w.rstrip("s") in _EVENTS), default=-1
    )
    # "At the meeting, Holm spoke on "…"": a speaker's words after the event, not its title
    return at >= 0 and not any(w in _SPEAKING for w in before[at + 1 :])
