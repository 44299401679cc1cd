"""Titles of office cut into actors (issue 12, entities).

NER tags a portfolio inside a title as an organisation: "State" of "Secretary of State Mia
Lund", "National Security" of "former National Security Adviser Per Holm". Such a mention is
part of the title, no actor (the person keeps the title). A place before a title is the
office's jurisdiction: "the Oregon State Attorney General" names Oregon, a place, not an
organisation "Oregon State". The titles are a data list (``data/office_titles.json``); a
mention that is the whole title ("the Attorney General said") is left as it is. A federal
court's district cut from its state ("Western District" of "the U.S. Attorney for the Western
District of New York") is part of the office's name too.
"""

from __future__ import annotations

import json
import re
from functools import cache, partial
from importlib import resources

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, MentionRef
from newsbeat.enrich.name_context import by_first_letter, folds_like_ascii
from newsbeat.enrich.names import place_kind

__all__ = ["drop_office_words", "office_titles"]


@cache
def office_titles() -> tuple[str, ...]:
    """The titles of ``data/office_titles.json``, longest first, lower case."""
    raw = json.loads(
        resources.files("newsbeat").joinpath("data/office_titles.json").read_text("utf-8")
    )
    return tuple(sorted(raw["titles"], key=len, reverse=True))


def _alternation(titles: tuple[str, ...]) -> str:
    words = (r"\s+".join(map(re.escape, t.split())) for t in titles)
    return r"\b(?:" + "|".join(words) + r")\b"


@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile(_alternation(office_titles()), re.IGNORECASE)


@cache
def _titles_opening_with() -> dict[str, re.Pattern[str]]:
    """Per first word, the pattern of the titles opening with it (in the same order): what
    the whole pattern matches where that word stands, since no other title can match there."""
    firsts = dict.fromkeys(t.split()[0] for t in office_titles())
    return {
        first: re.compile(
            _alternation(tuple(t for t in office_titles() if t.split()[0] == first)),
            re.IGNORECASE,
        )
        for first in firsts
    }


@cache
def _first_words(ignore_case: bool) -> re.Pattern[str]:
    """The titles' first words (lower case, or any case): where a title can start."""
    first = frozenset(t.split()[0] for t in office_titles())
    return re.compile(r"\b(?:" + by_first_letter(first) + r")\b", re.I if ignore_case else 0)


def _title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_title_pattern().finditer(text)``, tried only where a first word of a
    title stands (a whole word: a first word opens no title inside the one before)."""
    if not folds_like_ascii(text):
        words, by_first = _first_words(True).finditer(text), None
    else:
        words, by_first = _first_words(False).finditer(text.lower()), _titles_opening_with()
    spans: list[tuple[int, int]] = []
    for word in words:
        if spans and word.start() < spans[-1][1]:
            continue
        pattern = by_first[word.group()] if by_first is not None else _title_pattern()
        title = pattern.match(text, word.start())
        if title is not None:
            spans.append(title.span())
    return spans


def drop_office_words(table: ArticleActors) -> None:
    """Drop the mentions inside a title of office and make a place before one a place, in
    place."""
    if not table.mentions:
        return
    titles = _title_spans(table.text)
    if not titles and " District of " not in table.text:
        return

    def in_office(m: MentionRef) -> bool:
        inside = any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in titles)
        inside = inside or _a_district(table.text, m.actor, m.end)
        return inside and m.label in {"ORG", "GPE", "LOC"}

    table.drop_mentions(in_office)
    starts = {s for s, _ in titles}
    for name, info in list(table.actors.items()):
        if info.type != "ORG" or name not in table.actors:
            continue
        if not table.every_mention_followed(name, partial(_title_after, starts=starts)):
            continue
        place = _place_named(name)
        if place is None:
            continue
        rename_actor(table, name, place)
        retype_actor(table, place, "GPE")


_DISTRICT = re.compile(r"(?:Northern|Southern|Eastern|Western|Middle|Central) District")
_OF_PLACE = re.compile(r"\s+of\s+[A-Z]")


def _a_district(text: str, name: str, end: int) -> bool:
    """ "the U.S. Attorney for the Southern District of New York": a court's district, part of
    the office's name, no actor of its own."""
    return _DISTRICT.fullmatch(name) is not None and _OF_PLACE.match(text, end) is not None


def _title_after(text: str, end: int, starts: set[int]) -> bool:
    gap = len(text[end:]) - len(text[end:].lstrip(" "))
    return 0 < gap <= 2 and end + gap in starts


def _place_named(name: str) -> str | None:
    """The place ``name`` is ("Oregon State" is Oregon), if any."""
    if place_kind(name) is not None:
        return name
    stem = name.removesuffix(" State")
    if stem != name and place_kind(stem) in {"state", "country"}:
        return stem
    return None
