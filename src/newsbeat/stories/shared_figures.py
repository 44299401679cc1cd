"""Whether two stories' headlines state one figure: the pieces of one event told many times.

A wire event told by many outlets can come apart into two or three stories of several reports
each on a small undated import: the import's own IDF shrinks every cosine, and the merge pass's
average link between the pieces (read38: ECB+ 12_ecb, one navy capture of 23 pirates told 19
times, 8 + 6 + 5 reports; links 0.06-0.09) stays under ``merge_threshold`` (0.18), which two
large stories must reach. The second chance and the stand-out rule are for small stories.
Relative to their own members' mean cosine (0.12-0.18) the pieces are about as near each
other as their members are; but so are two look-alike events of one kind told with the same
words (ECB+ train in one call: the 2008 and the 2013 browser patch, 0.77 of their member
cosine; a topic's two events in general). What the look-alikes do not share is the event's
own figures: the pirates' "23" is in nearly every headline of the capture, and the other
capture's headlines state other counts. A figure that at least half the headlines of each
story state (:func:`common_figures`) is the evidence the merge pass's peer rule asks for
(:func:`~newsbeat.stories.merge_pass.merge_pass`); years do not count (two events of one year
share it), nor single digits (a headline's "2 killed" is common to many events).
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
