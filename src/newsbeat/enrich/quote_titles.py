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
(``his memoir, "…"``) do not. Words in headline case after a written work's noun and a
comma (``wrote in his column, 'Arden Deserves Better.'``) are its title, a verb in them or not
(fixleft22). What an active "call" calls something (``Velt called the plan
"A Total Disgrace"``) and a common noun completing a clause a speech verb reports (``said the
levy was "A Disaster for Arden Families"``) are the speaker's words (review21).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.quote_attribution import TO_HEARERS
from newsbeat.enrich.quote_terms import WORD, title_case

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span, Token

__all__ = ["embedded_title", "headline_case", "title_object"]

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
    words = WORD.findall(content)
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


_NAME_WORDS = 16  # words a name or a title in marks may run to
# Not "call": what an active "call" gives is its subject's wording ("called the plan "…"").
_NAMING = frozenset({"dub", "name", "nickname", "label", "term", "christen"})
_HEARER_DEPS = frozenset({"dobj", "dative", "iobj"})
_COMPLEMENTS = frozenset({"attr", "acomp", "oprd"})


def title_words(content: str) -> bool:
    """Whether the words in marks are written as a name or a title: at most sixteen words, the
    first and every word but a few small ones starting with a capital, at least two of
    them (and half of them) capitalised ("All the President's Men", "Dark Lantern")."""
    return title_case(content, max_words=_NAME_WORDS, first_capital=True, capitals=2)


def _after_noun(words: Span) -> bool:
    """Whether the marks stand right after a noun and a comma (``his memoir, "…"``)."""
    doc = words.doc
    i = words.start
    while i > 0 and doc[i - 1].is_quote:
        i -= 1
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ in {"NOUN", "PROPN"}


def _called_by(root: Token) -> bool:
    """Whether the words in marks are what an active "call" calls something (``Velt called the
    plan "A Total Disgrace"``, ``Velt, who called the plan "…"``, ``a plan Velt called "…"``):
    the caller's wording. A naming "call" (``the man they called "…"``, ``a group called
    "…"``, ``is called "…"``) is not."""
    verb = root.head
    if root.dep_ == "appos" and verb.dep_ == "dobj":
        verb = verb.head  # the parse hangs the words on the object they name
    if verb.lemma_ != "call" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return True  # the thing called is named in the clause itself
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ not in {"relcl", "acl"}:
        return bool(subjects)
    return any(c.ent_type_ == "PERSON" for c in subjects)  # not "they", "locals"


def _reported_complement(root: Token, speech: Collection[str]) -> bool:
    """Whether the words in marks complete a clause a speech verb reports (``Velt said the
    levy was "A Disaster for Arden Families"``): the speaker's words, not a title."""
    clause = root.head
    if root.pos_ == "PROPN":
        return False  # 'said her show was "Morning Harbor Hour"': a name the clause gives
    if root.dep_ not in _COMPLEMENTS or clause.dep_ != "ccomp":
        return False
    verb = clause.head
    return verb.lemma_ in speech and verb.pos_ == "VERB"


# Written works whose title a writer's words in headline case after "<work>," are (our own
# list): "wrote in his column, 'Arden Deserves Better.'". Not "speech" or "statement".
_WORKS = frozenset(
    {"column", "op-ed", "editorial", "essay", "article", "piece", "blog", "post", "book"}
    | {"memoir", "newsletter", "headline", "review", "letter", "commentary", "paper"}
)


def _after_work(words: Span) -> bool:
    """Whether the marks stand right after a written work's noun and a comma (``in his
    column, "…"``)."""
    doc = words.doc
    i = words.start
    while i > 0 and doc[i - 1].is_quote:
        i -= 1
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].lemma_.lower() in _WORKS


def _one_name(words: Span, content: str) -> bool:
    """Whether the words in marks are one capitalised word the tagger reads as a name, with a
    word of the sentence right before the marks (``the sequel to "Nightfall"``): a one-word
    title the sentence holds. One word opening its sentence is said (``"Expedite," he
    commanded``)."""
    found = WORD.findall(content)
    if len(found) != 1 or not found[0][:1].isupper():
        return False
    doc = words.doc
    i = words.start
    while i > 0 and doc[i - 1].is_quote:
        i -= 1
    if i == 0 or not doc[i - 1].is_alpha or doc[i - 1].is_sent_end or "\n" in doc[i - 1].text:
        return False  # '"Expedite," he commanded.': words that open their sentence are said
    return any(t.pos_ == "PROPN" and t.text == found[0] for t in words)


# A verb that only modifies a noun of the title heads no clause ("Catching Fire").
_MODIFIERS = frozenset({"compound", "amod"})


def embedded_title(words: Span, content: str, speech: Collection[str]) -> bool:
    """Whether the words in marks are a name or a title the sentence around them holds, not
    words someone said (see the module docstring); ``speech``: the lemmas of verbs of
    saying."""
    if not title_words(content) and not _one_name(words, content):
        return False
    if _after_work(words):
        return True  # 'wrote in his column, "Arden Deserves Better."': the column's title
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in _MODIFIERS for t in words):
        return False  # a clause ("Send Them All Home Tonight"): a slogan someone says
    root = next((t for t in words if not words.start <= t.head.i < words.end), None)
    if root is None or root.pos_ not in {"NOUN", "PROPN"}:
        return False  # a sentence of its own, or no noun phrase
    if _called_by(root) or _reported_complement(root, speech):
        return False  # 'called the plan "A Total Disgrace"', 'said it was "A Disaster"'
    head = root.head
    if head.lemma_ in _NAMING or head.lemma_ == "call":
        return True  # 'the man they called "Dark Lantern"', 'a group called "…"'
    if head.lemma_ not in speech or head.pos_ != "VERB":
        return True
    if head.lemma_ in TO_HEARERS and root.dep_ in _HEARER_DEPS:
        return True  # 'told ABC's "Morning Hour"': the show hears the words
    return _after_noun(words)
