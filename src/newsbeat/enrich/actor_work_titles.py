"""Names inside a quoted title of a work: no actors (issue 12, entities).

A film, a show or a book is often named for a place or a person: 'the epic "Velmaria"', 'films
like "The Crossing" and "Ana and Tomas"'. NER tags the country or the two people; in that
mention they are the title of a work, and the title is no actor (the bench reads it as
NOT_ENTITY). :mod:`actor_things` drops a name that is a whole quoted title beside a work's
noun, but not a country, nor a name that is only part of a title; here only the mentions
inside such a title go, so the country or the person keeps its other mentions.

A title here is in double quotation marks, right after a work's noun (a few joining words
allowed: 'the film hit "X"', 'films like "X"', 'the musical, "X"') or after such a title and
"and" or a comma ('"X" and "Y"'); each of its words opens with a capital or a number, or is a
small word of a title ("and", "of", "the"), six words at most. A quotation in the same place
that is a sentence ('the show "was a mess"') is not a title.

Two more places hold such a title (ents38, read37): right after a capitalised owner's
possessive ('told CNN's "Larry King Live"', a programme: NER's person "Live"), and right after
"a" or "an" ('saw himself as a "Lone Ranger"', a figure of speech, not the character).
Two or more quoted titles listed after "including", "like" or "such as" are titles with no
work's noun before them (ents39, read38: 'classic Disney fare, including "Mary Poppins" and
"Bambi."'; one quoted name alone there may be a nickname and stays).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.name_context import folds_like_ascii, letter_runs

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_titled_mentions", "quoted_titles"]

# Nouns of a work (singular and plural). Our own list.
_WORKS = (
    r"(?:films?|movies?|epics?|musicals?|shows?|series|sitcoms?|dramas?|comed(?:y|ies)|"
    r"thrillers?|plays?|books?|novels?|songs?|albums?|documentar(?:y|ies)|operas?|"
    r"programmes?|programs?|memoirs?|sequels?|prequels?|episodes?|hits?|blockbusters?|"
    r"singles?)"
)
_JOINS = r"(?:[ \t]+(?:like|hit|hits|called|titled|entitled|including|such[ \t]+as))?"
_OPEN = '"\u201c'
_CLOSE = '"\u201d'
_TITLE = rf"[{_OPEN}](?P<t>[^{_CLOSE}\n]{{1,80}}?)[{_CLOSE}]"
_LEAD = re.compile(rf"\b{_WORKS}\b{_JOINS}[ \t]*,?[ \t]*(?={_TITLE})", re.IGNORECASE)
# The same, case-sensitive, for a lowered text that folds like ASCII (name_context's
# found_case_blind): a case-blind scan tries every case of each word at each offset.
_LEAD_LOWER = re.compile(_LEAD.pattern)
# The words of _WORKS: every match of _LEAD_LOWER holds one between two ``\b``, so it is one of
# the text's letter runs (name_context.letter_runs); a text with none is not scanned.
_WORK_WORDS = frozenset(
    {
        w + s
        for w in ("film", "movie", "epic", "musical", "show", "sitcom", "drama")
        for s in ("", "s")
    }
    | {
        w + s
        for w in ("thriller", "play", "book", "novel", "song", "album", "opera")
        for s in ("", "s")
    }
    | {
        w + s
        for w in ("programme", "program", "memoir", "sequel", "prequel", "episode")
        for s in ("", "s")
    }
    | {w + s for w in ("hit", "blockbuster", "single") for s in ("", "s")}
    | {"series", "comedy", "comedies", "documentary", "documentaries"}
)
# A capitalised owner's possessive or an indefinite article right before a quoted title.
_OWNED_OR_ANY = re.compile(rf"(?:\b[A-Z][\w.&-]*['’]s|\b[Aa]n?)[ \t]+{_TITLE}")
_NEXT = re.compile(rf"[ \t]*(?:,[ \t]*)?(?:(?:and|or)[ \t]+)?(?={_TITLE})")
_ONE = re.compile(_TITLE)
# A list's lead with no work's noun ("classic fare, including"): read only before two titles.
_LIST_LEAD = re.compile(rf"\b(?:including|like|such[ \t]+as)[ \t]+(?=[{_OPEN}])")
_SMALL = frozenset(
    {"a", "an", "the", "and", "of", "in", "on", "for", "to", "from", "with", "at", "by", "or"}
)


def _a_title(inner: str) -> bool:
    """Six words at most, each capitalised, a number or a title's small word."""
    words = inner.strip(" ,.!?;:").split()
    return (
        0 < len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)
    )


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """The spans (inside the marks) of the quoted titles of works (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    # only where each lead ends is read: the lowered text's offsets are the text's
    if not folds_like_ascii(text):
        leads = _LEAD.finditer(text)
    elif _WORK_WORDS.isdisjoint(letter_runs(text)):
        return spans
    else:
        leads = _LEAD_LOWER.finditer(text.lower())
    for lead in leads:
        spans += _titles_from(text, lead.end())
    return spans


def _titles_from(text: str, at: int) -> list[tuple[int, int]]:
    """The spans of the quoted titles from ``at`` on, one after another ('"X" and "Y"')."""
    spans: list[tuple[int, int]] = []
    while True:
        title = _ONE.match(text, at)
        if title is None or not _a_title(title.group("t")):
            return spans
        spans.append(title.span("t"))
        more = _NEXT.match(text, title.end())
        if more is None:
            return spans
        at = more.end()


def _listed_titles(text: str) -> list[tuple[int, int]]:
    """The quoted titles of a list of two or more after "including", "like" or "such as"
    ('classic fare, including "Velma Rides" and "Orsk."': no work's noun before them)."""
    spans: list[tuple[int, int]] = []
    for lead in _LIST_LEAD.finditer(text):
        listed = _titles_from(text, lead.end())
        if len(listed) >= 2:
            spans += listed
    return spans


def drop_titled_mentions(table: ArticleActors) -> None:
    """Drop the mentions inside a quoted title of a work, in place."""
    text = table.text
    if '"' not in text and "\u201c" not in text:
        return
    spans = quoted_titles(text)
    spans += [m.span("t") for m in _OWNED_OR_ANY.finditer(text) if _a_title(m.group("t"))]
    spans += _listed_titles(text)
    if spans:
        table.drop_mentions(lambda m: any(s <= m.start and m.end <= e for s, e in spans))
