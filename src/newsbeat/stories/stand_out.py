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
every other large story belongs to it (with the share below). Small stories are no rivals:
the other pieces of one split event are each other's nearest (columns resemble columns). With
one large story alone nothing can stand out (no rival to stand out from), so the rule needs
two. The merge pass applies it to pairs without dates only: in a dated stream a small story is
as often the first reports of a new event, and time is evidence the join and the second chance
already weigh.

A piece is also about as near its story as the story's members are to each other: the link
must reach :data:`STAND_OUT_SHARE` of the story's own mean member cosine
(:func:`member_cosine`; read33's pieces: 0.047 against 0.114, 0.41). That is what keeps a
large undated stream safe, where a small story is often a whole small event and its best large
story the one other event that shares a name: on the generated stream of 500 stories (10,000
articles, every one undated) the rule without it made 10 joins, 9 wrong (links 0.03-0.05,
each under a quarter of its story's member cosine), and at ratios 3 and 4 still one; with a
share of 0.25 or 0.15, none (docs/stories.md, stories33).
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "STAND_OUT_FLOOR",
    "STAND_OUT_RATIO",
    "STAND_OUT_SHARE",
    "member_cosine",
    "stands_out",
]

# lowest average link at which a small story may join the one large story it points at
STAND_OUT_FLOOR = 0.03
# how many times its link to any other large story that link must be
STAND_OUT_RATIO = 2.0
# the share of the large story's own mean member cosine that the link must reach
STAND_OUT_SHARE = 0.25


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


def member_cosine(self_dot: float, norm: float, size: float) -> float:
    """A story's mean cosine between two different members, from its centroid's dot product
    with itself and the norm the merge pass divides by (``size`` members); 1 for one member."""
    if size <= 1 or norm <= 0:
        return 1.0
    mean = self_dot / (norm * norm)  # over all ordered pairs, each member with itself included
    return float((size * size * mean - size) / (size * (size - 1)))
