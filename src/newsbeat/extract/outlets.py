"""Outlet, byline, section and date inference from an article's own text.

Used when the link is lost (keyword dumps, plain text, JSONL without an outlet). The rules, in
priority order for the outlet:

1. a copyright line: ``(c) OUTLET``, ``© 2026 OUTLET``, ``Copyright 2026 OUTLET. All rights
   reserved.``
2. a by-line naming the outlet: ``By NAME, OUTLET`` (not ``By NAME, Staff Writer``)
3. a sign-off: ``X writes for the Y.``, ``X and Y write for the Z.``
4. a dateline: ``CITY, Mon. D (OUTLET) —`` or ``CITY (OUTLET) —``

Wire credit lines (``Reporting by A in Orsa; Editing by B``) give the byline; they name no
outlet and stay in the text (they are part of the wire copy that reprints share).

Wire abbreviations (AP, AFP, Reuters, dpa, CPW, ...) become full names through
``data/wire_agencies.json``. Nothing else is guessed: an article with none of these keeps
``outlet = None``. By-line, sign-off and copyright lines are metadata, so they are removed from
the text; the dateline stays in its paragraph.

A dateline's month and day give ``published`` only when the year is known: written in the
dateline, or inferred from a full date in the same article, else from full dates elsewhere in
the same file or in its name, else from a copyright year. The year chosen is the one that puts
the dateline closest to such a reference date (within half a year). When none of these exists,
the import or fetch time decides: the year that puts the dateline closest *before* it (a dateline
of Oct. 24 read on 2026-03-02 is 2025-10-24: news is read after it is written). A bare year in a
sentence ("since 2019") is never used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

__all__ = [
    "MONTH_NAME",
    "WEEKDAY_NAMES",
    "Dateline",
    "TextClues",
    "calendar_date",
    "dates_in_name",
    "find_dates",
    "infer_year",
    "outlet_key",
    "parse_dateline",
    "preferred_outlet",
    "read_clues",
    "split_title",
    "wire_agencies",
    "wire_name",
]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_NAME = _MONTH  # a month's name or its abbreviation, capitalised (a regex fragment)
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"[—–-]{1,2}"

# A person's name: capitalised words, with the usual lower-case particles.
_NAME = (
    r"[A-Z][\w'’.-]*(?: (?:van|von|de|der|den|da|di|du|del|la|le|al|bin|ibn|[A-Z][\w'’.-]*)){0,4}"
)
_NAMES = rf"{_NAME}(?:(?:, | and | & |, and ){_NAME}){{0,4}}"

_DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40}?)"
    r"(?:, (?P<region>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))?"
    rf"(?:,? (?P<month>{_MONTH})\.? (?P<day>\d{{1,2}})(?:, (?P<year>{_YEAR}))?)?"
    r"(?: \((?P<outlet>[^()]{1,50})\))?"
    rf" ?{_DASH} ?\S"
)
_SIGNOFF = re.compile(
    rf"^(?:{_DASH} ?)?(?P<names>{_NAMES}) (?:writes|write|reports|report|reported|wrote)"
    r" for (?:the )?(?P<outlet>[A-Z][\w'’&.\- ]{0,80}?)\.?$"
)
_AUTHORS = rf"{_NAME}(?:(?: and | & ){_NAME}){{0,3}}"
_BYLINE = re.compile(rf"^By (?P<names>{_AUTHORS})(?:, (?P<rest>[^.]{{2,80}}?))?\.?$")
_CREDITS = re.compile(
    rf"^(?:(?:Additional )?[Rr]eporting|Writing|Written|Editing|Edited|Compiled) by"
    rf" (?P<names>{_AUTHORS})(?: in [A-Z][\w .'-]*)?(?:[;,] .*)?\.?$"
)
_COPYRIGHT = re.compile(
    r"^(?:(?i:copyright)\s*(?:\((?i:c)\)|©)?|\((?i:c)\)|©)\s*"
    rf"(?:(?P<year>{_YEAR})(?:\s*[-–]\s*{_YEAR})?,?\s+)?"
    r"(?P<outlet>[^\s.][^.]{0,60}?)\.?(?:\s*(?i:all rights reserved)\.?)?$"
)
_ROLE_WORDS = frozenset(
    [
        "correspondent",
        "reporter",
        "writer",
        "editor",
        "staff",
        "contributor",
        "columnist",
        "analyst",
        "freelance",
        "journalist",
        "bureau",
        "chief",
        "special",
        "photographer",
        "producer",
        "intern",
    ]
)
_FULL_DATES = (
    re.compile(rf"\b(?P<year>{_YEAR})-(?P<month>\d{{2}})-(?P<day>\d{{2}})\b"),
    re.compile(rf"\b(?P<mname>{_MONTH})\.? (?P<day>\d{{1,2}}),? (?P<year>{_YEAR})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<mname>{_MONTH})\.?,? (?P<year>{_YEAR})\b"),
)
_COMPACT_DATE = re.compile(rf"(?<!\d)(?P<year>{_YEAR})(?P<month>\d{{2}})(?P<day>\d{{2}})(?!\d)")
_FOUR_DIGITS = re.compile(r"\d{4}")
_BARE_YEAR = re.compile(rf"(?<!\d)(?P<year>{_YEAR})(?!\d)")
_SECTION_SPLIT = " | "
_SPACES = re.compile(r"\s+")
_MAX_YEAR_DISTANCE_DAYS = 183


@cache
def wire_agencies() -> dict[str, str]:
    """The bundled abbreviation -> full name map (``data/wire_agencies.json``)."""
    resource = resources.files("newsbeat").joinpath("data/wire_agencies.json")
    data = json.loads(resource.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def _wire_folded() -> dict[str, str]:
    folded = {k.casefold(): v for k, v in wire_agencies().items()}
    folded.update({v.casefold(): v for v in wire_agencies().values()})
    return folded


def wire_name(name: str) -> str:
    """The full name of a wire abbreviation (``AP`` -> ``Associated Press``); else the name.

    A lower-case leading "the" is grammar, not part of a name, and is dropped (``the Velmar
    Courier`` -> ``Velmar Courier``); a capitalised one is kept (``The Velmar Post``) unless
    the rest is a known agency.
    """
    text = _SPACES.sub(" ", name.strip().strip(".,;:").strip())
    agencies = wire_agencies()
    if text in agencies:
        return agencies[text]
    folded = _wire_folded()
    if text.casefold() in folded:
        return folded[text.casefold()]
    if text.casefold().startswith("the ") and text[4:].casefold() in folded:
        return folded[text[4:].casefold()]
    if text.startswith("the "):
        return text[4:]
    return text


def outlet_key(name: str) -> str:
    """What makes two outlet spellings the same outlet: case, punctuation and a leading
    "the" do not count (``The Velmar Post`` = ``Velmar Post`` = ``the velmar post``)."""
    words = re.findall(r"\w+", name.casefold())
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def preferred_outlet(a: str, b: str) -> str:
    """Of two spellings of one outlet, the one to keep: a capitalised leading "The" was
    chosen by someone as part of the name, so it wins; otherwise ``a`` (the first seen)."""
    if b.startswith("The ") and not a.startswith("The "):
        return b
    return a


def split_title(title: str) -> tuple[str, str | None]:
    """Split ``Title | Section`` into the title and the section (None when there is none)."""
    head, sep, tail = title.rpartition(_SECTION_SPLIT)
    if sep and head.strip() and tail.strip() and len(tail.split()) <= 6:
        return head.strip(), tail.strip()
    return title.strip(), None


@dataclass(frozen=True, kw_only=True)
class Dateline:
    """A dateline opening a paragraph: ``VELMAR, Feb. 3 (CPW) —``.

    Attributes:
        city: the place, as written.
        month: 1-12 or None.
        day: day of month or None.
        year: when the dateline writes it, else None.
        outlet: the outlet in parentheses, wire abbreviations expanded; None when absent.
    """

    city: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    outlet: str | None = None


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None.

    A dateline needs an upper-case place and at least a date or an outlet in parentheses,
    followed by a dash.
    """
    match = _DATELINE.match(paragraph)
    if match is None or not (match["month"] or match["outlet"]):
        return None
    city = match["city"].strip()
    if not any(c.isalpha() for c in city):
        return None
    month = _MONTHS[match["month"][:3].lower()] if match["month"] else None
    outlet = wire_name(match["outlet"]) if match["outlet"] else None
    return Dateline(
        city=city,
        month=month,
        day=int(match["day"]) if match["day"] else None,
        year=int(match["year"]) if match["year"] else None,
        outlet=outlet or None,
    )


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The date of these numbers, None when the calendar has no such day (Feb. 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[date]:
    """Full dates written in the text: ``2026-02-03``, ``Feb. 3, 2026``, ``3 February 2026``."""
    if _FOUR_DIGITS.search(text) is None:  # every full date has a year: a cheap gate
        return []
    found = []
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            month = int(m["month"]) if "month" in m.groupdict() and m["month"] else None
            if month is None:
                month = _MONTHS[m["mname"][:3].lower()]
            made = calendar_date(int(m["year"]), month, int(m["day"]))
            if made is not None:
                found.append(made)
    return found


def dates_in_name(name: str) -> list[date]:
    """Dates in a file name: ``2026-02-03`` or ``20260203``; a lone year counts as mid-year."""
    found = find_dates(name)
    for m in _COMPACT_DATE.finditer(name):
        made = calendar_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if made is not None:
            found.append(made)
    if not found:
        found = [date(int(m["year"]), 7, 2) for m in _BARE_YEAR.finditer(name)]
    return found


def _closest_year(month: int, day: int, references: Iterable[date]) -> int | None:
    best: tuple[int, int] | None = None
    for ref in references:
        for year in (ref.year - 1, ref.year, ref.year + 1):
            candidate = calendar_date(year, month, day)
            if candidate is None:
                continue
            distance = abs((candidate - ref).days)
            if best is None or distance < best[0]:
                best = (distance, year)
    if best is None or best[0] > _MAX_YEAR_DISTANCE_DAYS:
        return None
    return best[1]


def infer_year(
    month: int,
    day: int,
    article_dates: Sequence[date],
    file_dates: Callable[[], Sequence[date]] | None = None,
    copyright_years: Sequence[int] = (),
    read_on: date | None = None,
) -> int | None:
    """The year of a dateline's month and day, or None when nothing tells it.

    Args:
        month: the dateline's month.
        day: the dateline's day.
        article_dates: full dates in the same article (tried first).
        file_dates: returns full dates elsewhere in the file and its name (called only when
            the article has none).
        copyright_years: years of copyright lines.
        read_on: when the article was imported or fetched (tried last): the year that puts
            the date closest before (or on) that day.

    Returns:
        The year that puts the date closest to a reference date, within half a year, else
        the latest year not after ``read_on``; None when nothing tells it.
    """
    if article_dates:
        return _closest_year(month, day, article_dates)
    if file_dates is not None and (references := file_dates()):
        return _closest_year(month, day, references)
    if (
        copyright_years
        and (year := _closest_year(month, day, [date(y, 7, 2) for y in copyright_years]))
        is not None
    ):
        return year
    if read_on is not None:
        for year in range(read_on.year, read_on.year - 5, -1):
            candidate = calendar_date(year, month, day)  # Feb. 29 waits for a leap year
            if candidate is not None and candidate <= read_on:
                return year
    return None


@dataclass(kw_only=True)
class TextClues:
    """What an article's metadata lines say.

    Attributes:
        outlet: by the priority rules of this module; None when nothing names one.
        outlet_rule: which rule gave it (``copyright``, ``byline``, ``signoff``).
        byline: the author(s) from a by-line or sign-off.
        copyright_years: years in copyright lines.
    """

    outlet: str | None = None
    outlet_rule: str | None = None
    byline: str | None = None
    copyright_years: list[int] = field(default_factory=list)


# The days of the week, lower-case: never an outlet's or a person's name, and a stamp's word.
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RULE_ORDER = ("copyright", "byline", "signoff")
_BYLINE_WINDOW = 3  # a by-line is one of the first lines


_NOT_NAMES = frozenset(
    [
        *WEEKDAY_NAMES,
        "today",
        "tomorrow",
        "yesterday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "then",
        "now",
        "noon",
        "night",
        "dawn",
        "midnight",
        "the",
    ]
)


def _is_byline(match: re.Match[str]) -> bool:
    """``By Tuesday, the harbour had reopened.`` is a sentence, not a by-line."""
    if match["names"].split()[0].casefold() in _NOT_NAMES:
        return False
    rest = match["rest"]
    return rest is None or rest[0].isupper()


def _byline_outlet(rest: str | None) -> str | None:
    if not rest or not rest[0].isupper() or " and " in rest or "&" in rest:
        return None  # "By A, B and C" lists authors
    words = {w.casefold() for w in re.findall(r"[\w']+", rest)}
    if words & _ROLE_WORDS or rest.casefold().startswith(("in ", "at ")):
        return None
    return wire_name(rest)


def read_clues(lines: Sequence[str]) -> tuple[list[str], TextClues]:
    """Read and remove an article's metadata lines (by-line, sign-off, copyright).

    Args:
        lines: the article's paragraphs, junk already removed.

    Returns:
        The remaining paragraphs and what the metadata said. The dateline is not read here
        (see :func:`parse_dateline`): it stays in the text.
    """
    clues = TextClues()
    found: dict[str, str] = {}
    kept: list[str] = []
    for index, line in enumerate(lines):
        if len(line) > 200:
            kept.append(line)
            continue
        if index < _BYLINE_WINDOW and (m := _BYLINE.match(line)) and _is_byline(m):
            clues.byline = clues.byline or m["names"]
            if outlet := _byline_outlet(m["rest"]):
                found.setdefault("byline", outlet)
            continue
        if m := _CREDITS.match(line):  # "Reporting by A in Orsa; Editing by B": kept in text
            if line.lower().startswith(("reporting", "additional", "writing", "written")):
                clues.byline = clues.byline or m["names"]
            kept.append(line)
            continue
        if m := _SIGNOFF.match(line):
            clues.byline = clues.byline or m["names"]
            found.setdefault("signoff", wire_name(m["outlet"]))
            continue
        if m := _COPYRIGHT.match(line):
            if m["year"]:
                clues.copyright_years.append(int(m["year"]))
            found.setdefault("copyright", wire_name(m["outlet"]))
            continue
        kept.append(line)
    for rule in _RULE_ORDER:
        if rule in found:
            clues.outlet, clues.outlet_rule = found[rule], rule
            break
    return kept, clues
