"""Titles in quote marks: a newsletter, song, show or theme written in headline case.

``just tick "10 Things in Tech You Need to Know."``, ``played "We're Not Gonna Take It"``,
``the central theme 'The Medium is the Message'``: words in marks whose every longer word
starts with a capital are a title, not someone's words. :func:`headline_case` tells them; the
quote extractor drops such a quote when nothing in the text attributes it (a speaker's own
words in headline case keep their speaker), and when it is the object of a verb that is no
verb of saying (``After hitting "Takin' It to the Streets," the singer told …``:
:func:`title_object`), whatever attributes the sentence.

Read on real news (reader21): a nickname, a conference, a show, a book and a memoir in marks
inside a sentence ("known by the moniker, "Dark Lantern,"", "promoting a "Hope Springs
Conference"", "told ABC's "Morning Hour"", "wrote in his memoir, "A Clerk's Life: …"") were
each printed as the nearest person's words. :func:`embedded_title` tells them: a noun phrase in
marks with every word but the small ones capitalised and no verb, hung in the sentence around
it (a preposition's object, an apposition, a subject, the object of a verb that is no verb of
saying), is a name or a title. A greeting a speech verb reports (``"Merry Christmas," Holm
said``) stays his words; the hearer of ``tell`` (``told "Morning Hour"``), the name a naming
verb gives (``the man they called "Dark Lantern"``) and a title set after a noun and a comma
(``his memoir, "…"``) do not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_attribution import TO_HEARERS

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span

__all__ = ["embedded_title", "headline_case", "title_object"]

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


# Words a title leaves in lower case (our own list).
_SMALL = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "to", "for", "at", "by"}
    | {"with", "from", "as", "into", "over", "is", "are", "vs"}
)
_NAME_WORDS = 16  # words a name or a title in marks may run to
_NAMING = frozenset({"call", "dub", "name", "nickname", "label", "term", "christen"})
_HEARER_DEPS = frozenset({"dobj", "dative", "iobj"})


def title_words(content: str) -> bool:
    """Whether the words in marks are written as a name or a title: at most sixteen words, the
    first and every word but a few small ones starting with a capital, at least two of
    them capitalised ("All the President's Men", "Dark Lantern")."""
    words = _WORD.findall(content)
    if not 2 <= len(words) <= _NAME_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() for w in words if w.lower() not in _SMALL)


def _after_noun(words: Span) -> bool:
    """Whether the marks stand right after a noun and a comma (``his memoir, "…"``)."""
    doc = words.doc
    i = words.start
    while i > 0 and doc[i - 1].is_quote:
        i -= 1
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ in {"NOUN", "PROPN"}


def embedded_title(words: Span, content: str, speech: Collection[str]) -> bool:
    """Whether the words in marks are a name or a title the sentence around them holds, not
    words someone said (see the module docstring); ``speech``: the lemmas of verbs of
    saying."""
    if not title_words(content):
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False  # a clause ("Send Them All Home Tonight"): a slogan someone says
    root = next((t for t in words if not words.start <= t.head.i < words.end), None)
    if root is None or root.pos_ not in {"NOUN", "PROPN"}:
        return False  # a sentence of its own, or no noun phrase
    head = root.head
    if head.lemma_ in _NAMING:
        return True
    if head.lemma_ not in speech or head.pos_ != "VERB":
        return True
    if head.lemma_ in TO_HEARERS and root.dep_ in _HEARER_DEPS:
        return True  # 'told ABC's "Morning Hour"': the show hears the words
    return _after_noun(words)
