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
from functools import cache
from importlib import resources

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.names import place_kind

__all__ = ["drop_office_words", "office_titles"]


@cache
def office_titles() -> tuple[str, ...]:
    """The titles of ``data/office_titles.json``, longest first, lower case."""
    raw = json.loads(
        resources.files("newsbeat").joinpath("data/office_titles.json").read_text("utf-8")
    )
    return tuple(sorted(raw["titles"], key=len, reverse=True))


@cache
def _title_pattern() -> re.Pattern[str]:
    words = (r"\s+".join(map(re.escape, t.split())) for t in office_titles())
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def drop_office_words(table: ArticleActors) -> None:
    """Drop the mentions inside a title of office and make a place before one a place, in
    place."""
    if not table.mentions:
        return
    titles = [m.span() for m in _title_pattern().finditer(table.text)]
    if not titles and " District of " not in table.text:
        return
    kept = []
    for m in table.mentions:
        inside = any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in titles)
        inside = inside or _a_district(table.text, m.actor, m.end)
        if inside and m.label in {"ORG", "GPE", "LOC"}:
            table.drop_mention(m.actor)
            continue
        kept.append(m)
    table.mentions = kept
    starts = {s for s, _ in titles}
    for name, info in list(table.actors.items()):
        if info.type != "ORG" or name not in table.actors:
            continue
        ends = [m.end for m in table.mentions if m.actor == name]
        if not ends or not all(_title_after(table.text, end, starts) for end in ends):
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
