"""Which two large stories may be pieces of one event: the merge pass's peer rule (stories38b).

A small undated import has an IDF of its own, and an event told many times can come apart into
two or three stories of several reports each (read38: ECB+ 12_ecb, one capture of 23 pirates
told 19 times, 8 + 6 + 5 reports). Two large stories must reach ``merge_threshold`` (0.18);
the pieces' average links were 0.06-0.09, while their members' own mean cosines were
0.12-0.18: the pieces are about as near each other as their members are. The second chance and
the stand-out rule (:mod:`~newsbeat.stories.stand_out`) are for small stories only.

Nearness relative to the stories' own members is not enough: two look-alike events of one kind
are as near (ECB+ train in one call: a 2008 and a 2013 browser patch, 0.77 of their member
cosine, each the other's nearest by seven times). So :func:`peer_pairs` only offers the
candidates (each the other's nearest, the link at least ``floor`` and ``share`` of the larger
member cosine), and the merge pass joins one only when half the headlines of each state one
figure (:mod:`~newsbeat.stories.shared_figures`) and the pair has no dates.
"""

from __future__ import annotations

import numpy as np

__all__ = ["peer_pairs"]


def peer_pairs(
    links: np.ndarray,
    sizes: np.ndarray,
    own: np.ndarray,
    small_size: int,
    floor: float,
    share: float,
) -> list[tuple[float, int, int]]:
    """The pairs of large stories that may be pieces of one event, best link first.

    Args:
        links: the live stories' average links (square; a story merged away has size 0).
        sizes: every live story's number of members (0 for one merged away).
        own: every story's mean member cosine
            (:func:`~newsbeat.stories.stand_out.member_cosine`).
        small_size: the largest size of a small story (larger ones are candidates).
        floor: the lowest average link.
        share: the link must reach this share of the larger of the two member cosines.

    A pair is offered when both stories are larger than ``small_size`` and each one's link to
    the other is its highest to any story still present (small ones included: a third piece
    nearer to one of them is read first).

    Returns:
        ``(link, a, b)`` with ``a < b``, highest link first.
    """
    present = sizes > 0
    count = len(sizes)
    if count < 2:
        return []
    masked = np.where(present[None, :] & present[:, None], links, -np.inf)
    masked[np.arange(count), np.arange(count)] = -np.inf
    nearest = np.argmax(masked, axis=1)
    found = []
    for a in np.nonzero(present & (sizes > small_size))[0].tolist():
        b = int(nearest[a])
        if b <= a or sizes[b] <= small_size or int(nearest[b]) != a:
            continue
        link = float(links[a, b])
        if link >= floor and link >= share * max(float(own[a]), float(own[b])):
            found.append((link, a, b))
    return sorted(found, reverse=True)
