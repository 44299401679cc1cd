"""Whether a story tells what an article leads with: its headline and lead against the story.

A report of one event may recall another in a paragraph (a crash "a day after" a hostage
swap); its headline and lead still tell its own event. The clustering compares an article's
headline-and-lead vector (:meth:`~newsbeat.stories.features.Vectoriser.heads`) with a story's
centroid under the current IDF: a low cosine means the story does not tell what the article
leads with, so nearness in time is no evidence that they are one event (read32, see
docs/stories.md).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import numpy as np

from newsbeat.stories.features import StoryFeatures, TermStats

__all__ = ["head_cosine", "heads_agree", "unit_terms"]


def unit_terms(terms: Mapping[int, float], stats: TermStats) -> dict[int, float]:
    """IDF-free ``terms`` scaled to unit norm once IDF-weighted (as story centroids keep them)."""
    if not terms:
        return {}
    keys = np.fromiter(terms.keys(), dtype=np.int64, count=len(terms))
    values = np.fromiter(terms.values(), dtype=np.float64, count=len(terms))
    norm = float(np.linalg.norm(values * stats.idf(keys)))
    return {k: v / norm for k, v in terms.items()} if norm > 0 else {}


def head_cosine(
    head: Mapping[int, float], centroid: Mapping[int, float], square: float, stats: TermStats
) -> float:
    """Cosine under the IDF of a headline-and-lead vector with a story ``centroid`` whose
    IDF-weighted squared norm is ``square``; 1 when either side is empty (no evidence)."""
    if not head or square <= 0.0:
        return 1.0
    keys = np.fromiter(head.keys(), dtype=np.int64, count=len(head))
    values = np.fromiter(head.values(), dtype=np.float64, count=len(head))
    centre = np.array([centroid.get(k, 0.0) for k in head], dtype=np.float64)
    weights = stats.idf(keys).astype(np.float64)
    norm = float(np.linalg.norm(values * weights))
    if norm <= 0.0:
        return 1.0
    return float(np.dot(values * weights, centre * weights)) / (norm * math.sqrt(square))


def heads_agree(
    a: StoryFeatures,
    a_square: float,
    b: StoryFeatures,
    b_square: float,
    stats: TermStats,
    enough: Callable[[float], bool],
) -> bool:
    """Whether each story's headlines and leads are ``enough`` (a test of their cosine) with
    the other's centroid (``*_square``: the centroids' IDF-weighted squared norms). Always
    for stories of different languages: their words cannot tell."""
    if set(a.languages.counts) != set(b.languages.counts):
        return True
    if not enough(head_cosine(a.heads, b.terms, b_square, stats)):
        return False
    return enough(head_cosine(b.heads, a.terms, a_square, stats))
