"""A name the text writes as the title of a work, with an award's word, or as a person's work."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import occurrences

if TYPE_CHECKING:
    from newsbeat.enrich.actor_mention_spans import MentionSpan


# A title owned by a person: "Martin Scorsese's The Departed" (a film), "Holm's The Long
# Harbour" (a book): "The" after a name's possessive, inside the mention or just before it. No
# person's name starts with "The".
_OWNER_BEFORE = re.compile(r"[A-Z][\w.-]*['’]s\s+(The\s+)?\Z")


_OWNER_REACH = 40  # characters looked at before a mention for the owner's possessive


def drop_owned_titles(table: ArticleActors) -> None:
    """Drop each person's mention that is "The ..." right after a name's possessive (a work
    of that person, see ``_OWNER_BEFORE``), in place; an actor goes with its last mention."""
    table.drop_mentions(lambda m: m.label == "PERSON" and _owned_title(table.text, m.start))


def _owned_title(text: str, start: int) -> bool:
    """Whether the mention at ``start`` is "The ..." right after a name's possessive."""
    before = _OWNER_BEFORE.search(text, max(0, start - _OWNER_REACH), start)
    return before is not None and (before.group(1) is not None or text.startswith("The ", start))


# Nouns a title is written beside ("the sequel 'X'", "the 'X' films", "the third
# installment, X"): our own list of the kinds of work a headline names.
_WORK_NOUNS = (
    r"(?:films?|movies?|books?|novels?|sequels?|prequels?|series|franchise|trilogy|saga|"
    r"albums?|songs?|installments?|instalments?|adaptations?|documentary|musical|memoir)"
)


_WORK_NOUN = re.compile(rf"\b{_WORK_NOUNS}\b", re.IGNORECASE)


_WORK_NOUN_LOWER = re.compile(rf"\b{_WORK_NOUNS}\b")


_Q = "[\"'“”‘’]"


# a participle only hyphened to the award ("Oscar-nominated", "Oscar - winning"): a bare one
# is the name's own verb ("Governor Ana Ruiz nominated Tom Brell", "Kessa Morrow winning")
_AWARD_AFTER = re.compile(
    r"\s*(?:-\s*(?:nominated|winning)|-?\s*(?:winners?|nominees?|nominations?))\b",
    re.IGNORECASE,
)


def _titled(text: str, name: str) -> bool:
    """The text writes ``name`` as the title of a work: in quotation marks beside a work's
    noun ("the sequel 'X'", "'X' sequel", "the 'Y' and 'X' films"), as the appositive of
    one, closed by punctuation ("the third installment, X."; not "the film, X police" nor
    "the documentary, X, 34, travelled"), or unquoted before a plural of one ("the X
    films")."""
    if not any(_may_title_at(text, at, at + len(name)) for at in occurrences(text, name)):
        return False  # no occurrence a pattern could match at: nothing to compile
    n = re.escape(name)
    other = rf"(?:\s*(?:and|or|,)\s*{_Q}[^\n]{{1,40}}?{_Q})?"
    patterns = (
        rf"(?i:\b{_WORK_NOUNS})\s*,?\s*{_Q}\s*{n}\s*{_Q}",
        # a comma closes it unless a person's apposition follows: "After finishing the
        # documentary, Orlo Brenn, 34, travelled" is a clause's end and a person
        rf"(?i:\bthe\s+(?:\w+\s+)?{_WORK_NOUNS})\s*,\s*{n}\s*"
        rf"(?:[.;:)\n]|,(?!\s*(?:\d|(?i:a|an|the|who|whose)\b))|-\s*-|$)",
        rf"{_Q}\s*{n}\s*{_Q}{other}\s*(?i:{_WORK_NOUNS})\b",
        rf"(?i:\bthe)\s+{n}\s+(?i:(?:films|movies|books|novels|sequels|trilogy|saga))\b",
    )
    return any(re.search(p, text) for p in patterns)


_QUOTE_CHARS = frozenset("\"'“”‘’")  # the characters of _Q


# The plural work nouns of _titled's last pattern.
_PLURAL_WORKS = ("films", "movies", "books", "novels", "sequels", "trilogy", "saga")


# Every word _WORK_NOUNS matches, lower case (the second pattern's noun ends before its comma).
_WORK_WORDS = (
    *("film", "films", "movie", "movies", "book", "books", "novel", "novels", "sequel"),
    *("sequels", "prequel", "prequels", "series", "franchise", "trilogy", "saga", "album"),
    *("albums", "song", "songs", "installment", "installments", "instalment", "instalments"),
    *("adaptation", "adaptations", "documentary", "musical", "memoir"),
)
WORK_RUNS = frozenset(_WORK_WORDS)  # for found_case_blind's gate on _WORK_NOUN_LOWER


def _may_title_at(text: str, start: int, end: int) -> bool:
    """Whether one of ``_titled``'s patterns could match with the name at ``start:end``, by
    what each needs right around the name: a quotation mark on both sides (the first and
    third), a comma before (the second), or "the" before and a work's plural after (the
    last), spaces between. Never False where a pattern matches there; the patterns decide."""
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    mark_before = before > 0 and text[before - 1] in _QUOTE_CHARS
    if mark_before and after < len(text) and text[after] in _QUOTE_CHARS:
        return True
    if before > 0 and text[before - 1] == "," and _work_noun_ends(text, before - 1):
        return True
    if before == start or after == end:
        return False  # the last pattern needs spaces on both sides
    the = text[max(0, before - 3) : before]
    plural = text[after : after + 7]
    return (not the.isascii() or the.lower() == "the") and (
        not plural.isascii() or plural.lower().startswith(_PLURAL_WORKS)
    )


def _work_noun_ends(text: str, comma: int) -> bool:
    """Whether a work's noun may end right before the comma at ``comma`` (spaces between)."""
    end = comma
    while end > 0 and text[end - 1].isspace():
        end -= 1
    tail = text[max(0, end - 12) : end]
    return not tail.isascii() or tail.lower().endswith(_WORK_WORDS)


def _an_award(text: str, spans: list[MentionSpan]) -> bool:
    """Every mention is followed by an award's word: "an Oscar - nominated film", "Oscar
    winner", "a four time Oscar nominee" (an award, whatever NER made of it)."""
    return bool(spans) and all(_AWARD_AFTER.match(text, s.end_char) for s in spans)
