"""The publication stamp near the top of a copied article: ``Published: April 10, 2007``.

Pages copied into dumps or JSONL lose their metadata, but many keep the line under the
headline that says when the piece went out: ``Posted: Thursday, July 29, 2004``, ``Updated Thu
6 May 2010, 9:03am AEST``, ``SATURDAY, SEPTEMBER 14, 2013, 9:29 PM``, ``2012-04-04 11:47:35``.
Such a line is a *stamp* only when it holds nothing but dates, times, weekdays, time zones and
the usual cue words: a sentence that mentions a date ("On April 10, 2007, the council voted")
is news, not a stamp, and "Posted 1 year ago [downloaded on 2 October 2013]" says when
somebody saved the page. Tokenised copies ("12: 17 PM", "09 / 14 / 2013") are read as written
by hand. A numeric day/month order is read only when it cannot be the other way round ("12 /
19 / 2005"; "05 / 03 / 2013" is left undated: a wrong day is worse than none), or when the stamp
names a North American time zone ("05 / 03 / 2013 at 11: 00 AM EDT", "06 / 06 / 13 07: 05 PM
ET"): those pages write the month first. A two-digit year ("11 / 30 / 09") is read as 20xx
once the order is known. On the readable ECB+ train/dev docs (session 35) this dates 10 docs
that were left undated; those whose event their text dates read right (an Oscars host named on
August 2; a death sentence upheld on Thursday May 3, stamped the evening before), and none of
the six ambiguous stamps without a zone is read.

Stamps of Portuguese and Spanish pages write "sexta-feira, 3 de abril de 2026 às 20:13", "jueves,
2 de abril de 2026"; Korean ones "기사입력 :[ 2026-04-02 15:24 ]". Their words are stamp words too
(the junk list drops these lines from the text: read here first, they date the article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from newsbeat.extract.outlets import MONTH_NAME, WEEKDAY_NAMES, calendar_date, find_dates

__all__ = ["STAMP_LINES", "STAMP_MAX_CHARS", "Stamp", "first_stamp", "stamp_date"]

STAMP_MAX_CHARS = 120
STAMP_LINES = 3  # a stamp sits under the headline, before the story starts
_EARLIEST = date(1990, 1, 1)

# Tokenised copies space out the separators of times and numeric dates: "9: 29", "09 / 14".
_SPACED_SEPARATOR = re.compile(r"(?<=\d) ?([:/]) ?(?=\d)")
_ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d) ?- ?(?P<month>\d\d?) ?- ?(?P<day>\d\d?)\b")
_SLASH_DATE = re.compile(r"\b(?P<a>\d\d?)/(?P<b>\d\d?)/(?P<year>(?:19|20)\d\d|\d\d)\b")
# "3 de abril de 2026": Portuguese and Spanish month names.
_ROMANCE_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("janeiro", "enero"),
            ("fevereiro", "febrero"),
            ("março", "marco", "marzo"),
            ("abril",),
            ("maio", "mayo"),
            ("junho", "junio"),
            ("julho", "julio"),
            ("agosto",),
            ("setembro", "septiembre", "setiembre"),
            ("outubro", "octubre"),
            ("novembro", "noviembre"),
            ("dezembro", "diciembre"),
        ),
        start=1,
    )
    for name in names
}
_ROMANCE_DATE = re.compile(
    rf"\b(?P<day>\d\d?) de (?P<month>{'|'.join(_ROMANCE_MONTHS)}) de (?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# North American time zones: a stamp that names one writes month/day/year.
_MONTH_FIRST_ZONE = re.compile(r"\b(?:[ecmp][sd]?t|ak[sd]t|h[sd]t)\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"\b(\d\d?)(?:st|nd|rd|th)\b")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{3,}\b")
# What a stamp may hold besides its dates.
_TIME = re.compile(
    r"\b\d\d?(?::\d\d(?::\d\d)?)?(?: ?(?:[ap]\.? ?m\b\.?|[ap]\b|hrs\b))", re.IGNORECASE
)
_CLOCK = re.compile(r"\b\d\d?:\d\d(?::\d\d)?\b")
_MONTH_WORD = re.compile(rf"\b{MONTH_NAME}\b", re.IGNORECASE)
_STAMP_WORDS = frozenset(
    {
        "published",
        "posted",
        "updated",
        "update",
        "last",
        "first",
        "originally",
        "modified",
        "created",
        "date",
        "time",
        "on",
        "at",
        "story",
        "release",
        "released",
        "for",
        "immediate",
        *WEEKDAY_NAMES,
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        # time zones, and "UK" written beside a British time
        "gmt",
        "utc",
        "et",
        "est",
        "edt",
        "ct",
        "cst",
        "cdt",
        "mt",
        "mst",
        "mdt",
        "pt",
        "pst",
        "pdt",
        "bst",
        "cet",
        "cest",
        "ist",
        "akst",
        "akdt",
        "hst",
        "aest",
        "aedt",
        "awst",
        "hkt",
        "jst",
        "sgt",
        "uk",
        # Portuguese and Spanish weekdays and cue words ("segunda-feira", "às"), Korean cue
        # words ("기사입력": the article's input time)
        "segunda",
        "terça",
        "terca",
        "quarta",
        "quinta",
        "sexta",
        "feira",
        "sábado",
        "sabado",
        "domingo",
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "publicado",
        "atualizado",
        "actualizado",
        "em",
        "el",
        "às",
        "as",
        "las",
        "기사입력",
        "입력",
        "수정",
        "등록",
        "승인",
        "입력시간",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
# "Published March 4, 2025 by Jane Doe", "By Jane Doe | March 4, 2025": the by-line's names
_BY_NAMES = re.compile(
    r"(?:^|(?<=[|,·•–-])|(?<=\s))(?i:by)(?: [A-Z][\w.'’-]*){1,4}\s*(?=$|[|,·•–-])"
)


class Stamp(NamedTuple):
    """A stamp line (stripped, as written) and the date it gives."""

    line: str
    day: date


def first_stamp(lines: Iterable[str], *, not_after: date) -> Stamp | None:
    """The publication stamp among the first :data:`STAMP_LINES` non-blank lines, or None.

    Read before junk lines are dropped: the junk list removes stamp lines from the text.
    """
    seen = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if (day := stamp_date(line, not_after=not_after)) is not None:
            return Stamp(line, day)
        seen += 1
        if seen == STAMP_LINES:
            return None
    return None


def stamp_date(line: str, *, not_after: date) -> date | None:
    """The publication date a stamp line gives, or None when the line is no stamp.

    Args:
        line: one line near the top of an article's text.
        not_after: the day the article was fetched or imported; a later date is no
            publication date.

    Returns:
        The earliest date on the line (a "published …, updated …" stamp gives the first),
        when the line holds nothing but dates, times, weekdays, zones and cue words.
    """
    if len(line) > STAMP_MAX_CHARS or not any(c.isdigit() for c in line):
        return None
    text = _ORDINAL_DAY.sub(r"\1", _SPACED_SEPARATOR.sub(r"\1", line))
    text = _SHOUTED_WORD.sub(lambda m: m[0].capitalize(), text)  # "SEPTEMBER 14, 2013"
    found = find_dates(text) + _numeric_dates(text)
    if not found or _leftover_words(text):
        return None
    best = min(found)
    return best if _EARLIEST <= best <= not_after else None


def _numeric_dates(text: str) -> list[date]:
    found = [
        made
        for m in _ISO_DATE.finditer(text)
        if (made := calendar_date(int(m["year"]), int(m["month"]), int(m["day"])))
    ]
    found += [
        made
        for m in _ROMANCE_DATE.finditer(text)
        if (
            made := calendar_date(
                int(m["year"]), _ROMANCE_MONTHS[m["month"].casefold()], int(m["day"])
            )
        )
    ]
    month_first = _MONTH_FIRST_ZONE.search(text) is not None
    for m in _SLASH_DATE.finditer(text):
        first, second = int(m["a"]), int(m["b"])
        settled = month_first or first > 12 or second > 12 or first == second
        if not settled:
            continue  # 05/03: May 3 or 5 March — the page does not say which
        year = int(m["year"])
        if year < 100:
            year += 2000  # "11/30/09"; a later year is dropped by the caller's not_after
        month, day = (first, second) if month_first or first <= 12 else (second, first)
        if made := calendar_date(year, month, day):
            found.append(made)
    return found


def _leftover_words(text: str) -> list[str]:
    """The words of a line that are neither dates, times, zones nor stamp cue words."""
    for pattern in (_BY_NAMES, _ISO_DATE, _ROMANCE_DATE, _SLASH_DATE, _TIME, _CLOCK, _MONTH_WORD):
        text = pattern.sub(" ", text)
    return [w for w in _WORD.findall(text) if w.lower() not in _STAMP_WORDS]
