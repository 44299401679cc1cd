"""Titles in quote marks: a newsletter, song, show or theme written in headline case.

``just tick "10 Things in Tech You Need to Know."``, ``played "We're Not Gonna Take It"``,
``the central theme 'The Medium is the Message'``: words in marks whose every longer word
starts with a capital are a title, not someone's words. :func:`headline_case` tells them; the
quote extractor drops such a quote when nothing in the text attributes it (a speaker's own
words in headline case keep their speaker), and when it is the object of a verb that is no
verb of saying (``After hitting "Takin' It to the Streets," the singer told …``:
:func:`title_object`), whatever attributes the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span

__all__ = ["headline_case", "title_object"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# words a headline may leave in lower case, however long
_MINOR = frozenset(
    {"about", "above", "after", "among", "from", "into", "like", "near", "onto", "over"}
    | {"than", "that", "then", "upon", "when", "with", "your", "their"}
)
_LONG = 4  # letters of a word a headline capitalises
_TITLE_WORDS = 2  # capitalised long words a title needs


def headline_case(content: str) -> bool:
    """Whether the words in marks are written as a title: their first word and every word of
    four letters or more (but a few prepositions) start with a capital, at least two of
    them long."""
    words = _WORD.findall(content)
    if not words or not words[0][:1].isupper():
        return False
    long_words = [w for w in words if len(w) >= _LONG and w.lower() not in _MINOR]
    if len(long_words) < _TITLE_WORDS:
        return False
    return all(w[:1].isupper() for w in long_words)


_OBJECTS = frozenset({"dobj", "pobj", "attr", "oprd"})
# Verbs done to a work, a show or a slogan on a banner (our own list): what they act on in
# headline case is its title. Not "call", "chant" or "shout": their object may be words said.
_TITLE_VERBS = frozenset(
    {"play", "perform", "sing", "hit", "release", "publish", "read", "air", "host", "launch"}
    | {"premiere", "record", "cover", "direct", "produce", "film", "screen", "unveil"}
    | {"depart", "appear", "star", "title", "dub", "name", "headline", "stream", "broadcast"}
    | {"watch", "wear", "carry", "unfurl", "display", "bear"}
)


def title_object(words: Span, content: str, speech: Collection[str]) -> bool:
    """Whether words in marks in headline case are the object of a verb outside them that
    acts on a work (``hitting "…"``, ``played "…"``, ``appeared on "…"``) and is none of the
    ``speech`` lemmas: a title it acts on."""
    if not headline_case(content):
        return False
    root = next((t for t in words if not words.start <= t.head.i < words.end), None)
    if root is None or root.dep_ not in _OBJECTS:
        return False
    verb = root.head
    if root.dep_ == "pobj" and verb.head.i != verb.i:
        verb = verb.head  # "played it on "…"": the preposition's verb
    return verb.pos_ == "VERB" and verb.lemma_ in _TITLE_VERBS and verb.lemma_ not in speech
