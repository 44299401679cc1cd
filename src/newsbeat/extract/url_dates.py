"""The date an article's address writes: ``/2013/09/17/`` (htmldate's URL reading).

A JSON Lines record copied from a page often keeps the page's address and nothing else that
dates it (read34b: three of four undated reports of one event had their day in the address).
htmldate reads the numeric forms (``/2013/09/17/``, ``/2013-09-17/``); a month written as a word
(``/2013/aug/02/``) is not read, and a year alone dates nothing.
"""

from __future__ import annotations

from datetime import date

__all__ = ["url_date"]

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
