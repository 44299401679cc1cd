"""Whether two stories' headlines state one figure: evidence that they tell one event.

Two look-alike events of one kind share their words (a navy's capture of pirates, another
navy's; a browser patch in 2008, another in 2013) and two pieces of one event told many times
share them too, so the merge pass's peer rule (:mod:`~newsbeat.stories.peer_pieces`) asks for
what the look-alikes do not share: the event's own figures. read38's capture of 23 pirates has
"23" in nearly every headline; the other capture's headlines state other counts. A figure that
at least half the headlines of each story state (:func:`common_figures`) counts; years do not
(two events of one year share it), nor single digits (a headline's "2 killed" is common to many
events), nor the digits of a code ("MS08-078"). On ECB+ train/dev and stories33's small imports
24 logged pairs of large stories had one, all of one event; none of 135 pairs of two events.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["common_figures", "headline_figures", "share_a_figure"]

# a number of two digits or more, not inside a word, a code or a longer number ("1,200", "2.5",
# "23"; not the "078" of "MS08-078" nor the "123" of "AB123")
_FIGURE = re.compile(r"(?<![\w.,/-])\d[\d,.]*\d(?!\w)")


def headline_figures(title: str) -> set[str]:
    """The figures a headline states: numbers of two digits or more, years (1900-2099) aside,
    thousands separators dropped ("1,200" and "1200" are one figure)."""
    found = set()
    for match in _FIGURE.findall(title):
        figure = match.rstrip(".,").replace(",", "")
        if len(figure) == 4 and figure.isdigit() and 1900 <= int(figure) <= 2099:
            continue
        found.add(figure)
    return found


def common_figures(titles: Iterable[str]) -> set[str]:
    """The figures that at least half of the headlines state (none for no headline)."""
    counts: Counter[str] = Counter()
    total = 0
    for title in titles:
        total += 1
        counts.update(headline_figures(title))
    return {figure for figure, count in counts.items() if 2 * count >= total}


def share_a_figure(titles: Iterable[str], other_titles: Iterable[str]) -> bool:
    """Whether a figure is stated by at least half the headlines of each side."""
    return bool(common_figures(titles) & common_figures(other_titles))
