"""The date an article's address writes: ``/2013/09/17/`` (htmldate's URL reading).

A JSON Lines record copied from a page often keeps the page's address and nothing else that
dates it (read34b: three of four undated reports of one event had their day in the address).
htmldate reads the numeric forms (``/2013/09/17/``, ``/2013-09-17/``); a month written as a word
(``/2013/aug/02/``) is not read, and a year alone dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

__all__ = ["address_date", "url_date"]

_NO_PAGE = "<html><body></body></html>"  # htmldate looks at the address before the page


def url_date(url: str | None, *, not_after: date) -> date | None:
    """The full date in ``url``, or None (none, not a full date, or after ``not_after``)."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    import htmldate  # imported here: an import without addresses never loads it

    try:
        found = htmldate.find_date(_NO_PAGE, url=url, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    try:
        day = date.fromisoformat(found[:10])
    except ValueError:
        return None
    return day if day <= not_after else None


_YEAR = re.compile(r"(?:19|20)\d\d")
# The page's date may differ from its address's by a day (the address written in the newsroom's
# time zone, the metadata in UTC); more than that and the page's date is not the article's.
_LEEWAY_DAYS = 1


def address_date(
    found: str | None, addresses: Iterable[str | None], *, not_after: date
) -> date | None:
    """The date an article's own addresses write, when it should replace the date found in
    its page.

    A page's date comes from its metadata or, failing that, from htmldate's search of the
    whole page, which can take a stamp that dates something else: MSN's copy of a CNN piece
    of November 18 was dated November 14 by the deploy stamp in an attribute of its
    ``<head>`` (read34b), while its canonical address, CNN's, writes ``/2019/11/18/``. On the
    181 pages of the article-extraction benchmark that is the only page whose addresses write
    a date more than a day away from the page's date (session 35).

    Args:
        found: the date found in the page (ISO 8601), or None.
        addresses: the page's canonical address and the address it was fetched from, in that
            order (the first that writes a full date counts).
        not_after: the day the page was read.

    Returns:
        The address's date when no date was found or the found one is more than a day away
        from it; otherwise None (the found date stands).
    """
    for address in addresses:
        if not address or not _YEAR.search(address):
            continue
        day = url_date(address, not_after=not_after)
        if day is None:
            continue
        if not found:
            return day
        try:
            page_day = date.fromisoformat(found[:10])
        except ValueError:
            return day
        return day if abs((page_day - day).days) > _LEEWAY_DAYS else None
    return None
