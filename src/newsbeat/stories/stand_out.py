"""Whether a small story points at one large story: the merge pass's stand-out rule.

A small import (a user following a beat, a few dozen articles of two or three events) has an
IDF of its own: a name that half the articles share weighs little, and the words only one
article uses weigh most. Every cosine shrinks, and the reports of one event that lead with
colour or comment (a columnist's first-person note on a nomination) fall under the merge
pass's second chance (0.07 average link) although nothing else comes near them (stories33:
ECB+ 34_ecb imported with one other sub-topic split 12 + 2 + 1 + 1; its pieces' average links
were 0.047-0.054 to their story and 0.004-0.005 to the other one). The level of the cosines
moves with the IDF; their order does not. So a small story whose average link to one large
story reaches :data:`STAND_OUT_FLOOR` and is at least :data:`STAND_OUT_RATIO` times its link to
every other large story belongs to it. Small stories do not count as rivals: the other pieces
of one split event are each other's nearest (columns resemble columns). With one large story
alone nothing can stand out (no rival to stand out from), so the rule needs two. The merge pass
applies it to pairs without dates only: in a dated stream a small story is as often the first
reports of a new event, and time is evidence the join and the second chance already weigh.

**Off by default** (``ClusterOptions.stand_out_ratio`` 0; :data:`STAND_OUT_RATIO` is the ratio
measured). In a large undated stream a small story is often a whole small event, and its best
large story the one other event that shares a name: on the generated stream of 500 stories
(10,000 articles, every one undated) 9 of the rule's 10 joins were wrong at ratio 2, and one of
one at ratios 3 and 4 (docs/stories.md, stories33).
"""

from __future__ import annotations

import numpy as np

__all__ = ["STAND_OUT_FLOOR", "STAND_OUT_RATIO", "stands_out"]

# lowest average link at which a small story may join the one large story it points at
STAND_OUT_FLOOR = 0.03
# how many times its link to any other large story that link must be
STAND_OUT_RATIO = 2.0


def stands_out(
    links: np.ndarray,
    sizes: np.ndarray,
    size: float,
    small_size: int,
    floor: float = STAND_OUT_FLOOR,
    ratio: float = STAND_OUT_RATIO,
) -> tuple[int, float] | None:
    """The large story a small story points at, and its average link; None when none stands out.

    Args:
        links: the small story's average link to every live story.
        sizes: every live story's number of members (0 for one merged away).
        size: the small story's own number of members.
        small_size: the largest size of a small story.
        floor: the lowest average link that may stand out.
        ratio: the best link must be at least this many times the second best large one.

    A large story has more than ``small_size`` members and at least twice the small story's
    (a story of three beside one of four is a peer, not a piece: ECB+ train in calls of 10, two
    events of one kind); only large stories are candidates and rivals, and two are needed.

    Returns:
        ``(index, link)`` of the large story, or None.
    """
    candidates = np.nonzero((sizes > small_size) & (sizes >= 2 * size))[0]
    rivals = np.nonzero(sizes > small_size)[0]
    if candidates.size == 0 or rivals.size < 2:
        return None
    best = int(candidates[np.argmax(links[candidates])])
    second = float(np.max(links[rivals[rivals != best]]))
    value = float(links[best])
    if value < floor or value < ratio * max(second, 0.0):
        return None
    return best, value
