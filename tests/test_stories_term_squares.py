"""A story's members' squared term values in two flat arrays read exactly as the dict did.

Session 32 kept them as ``dict[int, float]``; scale34 keeps them in :class:`TermSquares` (an
``int32`` array of terms, a ``float64`` array of sums) to cut the stories stage's peak memory.
Every sum, the order of the terms (which decides the order of a dot product's additions) and
the saved bytes must be what the dict gave: the reference below is the session-32 code.

The vectors are random numbers (seeded); the articles are invented.
"""

from __future__ import annotations

import random
import struct
import zlib

import numpy as np

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import (
    ArticleText,
    StoryFeatures,
    TermStats,
    Vectoriser,
    build_features,
)
from newsbeat.stories.stage import _pack_story, _unpack_story
from newsbeat.stories.term_squares import TermSquares


def _vector(rng: random.Random, vocabulary: int, size: int) -> dict[int, float]:
    return {t: rng.uniform(-0.4, 0.6) for t in rng.sample(range(vocabulary), size)}


def _reference_sum(squares: dict[int, float], stats: TermStats) -> float:
    """Session 32's ``_members_square``."""
    keys = np.fromiter(squares.keys(), dtype=np.int64, count=len(squares))
    values = np.fromiter(squares.values(), dtype=np.float64, count=len(squares))
    weights = stats.idf(keys).astype(np.float64)
    return float(np.dot(values, weights * weights))


def test_sums_order_and_pruning_match_the_dict() -> None:
    rng = random.Random(7)
    stats = TermStats()
    stats.df[:300] = np.arange(300) % 17
    stats.n_docs = 40
    for _ in range(30):
        squares, reference = TermSquares(), {}
        terms: dict[int, float] = {}
        other, other_reference = TermSquares(), {}
        for step in range(rng.randint(3, 25)):
            vector = _vector(rng, 300, rng.randint(1, 60))
            for term, value in vector.items():  # absorb
                terms[term] = terms.get(term, 0.0) + value
                reference[term] = reference.get(term, 0.0) + value * value
            squares.add_squares_of(vector)
            if step % 4 == 3:  # prune the centroid to its heaviest terms
                keep = sorted(terms.items(), key=lambda kv: kv[1], reverse=True)[:40]
                terms = dict(keep)
                if len(reference) > len(terms):
                    reference = {k: v for k, v in reference.items() if k in terms}
                squares.keep(terms, len(terms))
            small = _vector(rng, 300, rng.randint(1, 30))
            for term, value in small.items():
                other_reference[term] = other_reference.get(term, 0.0) + value * value
            other.add_squares_of(small)
        for term, value in other_reference.items():  # absorb_story
            reference[term] = reference.get(term, 0.0) + value
        squares.add(other)
        assert list(reference.items()) == list(squares.as_dict().items())  # exact, in order
        weights = stats.idf(squares.keys).astype(np.float64)
        assert squares.weighted_sum(weights) == _reference_sum(reference, stats)
        wanted = [*reference, 299_999]  # a term with no sum reads 0
        got = squares.in_order_of(wanted, len(wanted)).tolist()
        assert got == [reference.get(k, 0.0) for k in wanted]


def test_empty_sums_are_false_and_read_zero() -> None:
    empty = TermSquares()
    assert not empty and len(empty) == 0
    assert empty.in_order_of([3, 4], 2).tolist() == [0.0, 0.0]
    assert empty.weighted_sum(np.zeros(0)) == 0.0
    empty.add(TermSquares())
    assert not empty


def test_a_shared_story_keeps_its_own_arrays() -> None:
    """A merge copies the other story's sums: adding to one never changes the other."""
    first, second = TermSquares(), TermSquares()
    second.add_squares_of({5: 0.5, 9: 0.25})
    first.add(second)
    first.add_squares_of({5: 1.0})
    assert second.as_dict() == {5: 0.25, 9: 0.0625}
    assert first.as_dict() == {5: 1.25, 9: 0.0625}


_NEWS = [
    (
        "Harbour ferry Velda runs again after the winter repairs",
        "The Velda ferry crossed the Omsk harbour again on Monday after three months of "
        "repairs to its engines, and the port office said the timetable of the summer starts "
        "next week with two more crossings a day.",
    ),
    (
        "Velda ferry timetable adds two crossings a day",
        "The port office of Omsk harbour added two crossings a day to the Velda ferry's "
        "timetable after the repairs to its engines ended, and tickets for the summer go on "
        "sale on Friday.",
    ),
    (
        "Tickets for the Velda ferry's summer crossings on sale",
        "Tickets for the summer crossings of the Velda ferry went on sale at the Omsk harbour "
        "port office on Friday; the repaired engines passed their last test on Thursday.",
    ),
    (
        "Orchard growers expect a large apple harvest in Brenvale",
        "Growers in the Brenvale valley expect their largest apple harvest in a decade after a "
        "mild spring, and the co-operative is hiring pickers for September.",
    ),
]


def _reference_pack_tail(story_squares: dict[int, float], terms: dict[int, float]) -> bytes:
    """Session 32's third array of a saved story: the sums in the centroid's term order."""
    return np.asarray([story_squares.get(k, 0.0) for k in terms], dtype=np.float32).tobytes()


def test_a_saved_story_has_the_bytes_the_dict_saved_and_reads_back() -> None:
    items = [
        ArticleText(article_id=n + 1, title=t, lead=b, body=b) for n, (t, b) in enumerate(_NEWS)
    ]
    state = ClusterState()
    cluster_articles(state, build_features(Vectoriser(), items), ClusterOptions())
    story = max(state.stories.values(), key=lambda s: s.features.size)
    assert story.features.size >= 2
    f = story.features
    body = zlib.decompress(_pack_story(story))
    tail = _reference_pack_tail(f.squares.as_dict(), f.terms)
    assert body.endswith(tail)
    again = _unpack_story(story.id, story.status, _pack_story(story))
    head_len, n_terms = struct.unpack("<II", body[:8])
    saved = np.frombuffer(tail, dtype=np.float32)
    keys = np.frombuffer(body, dtype=np.int32, count=n_terms, offset=8 + head_len)
    # what the dict code read back: {term: float32 sum as a double} in the centroid's order
    assert again.features.squares.as_dict() == dict(zip(keys.tolist(), saved.tolist(), strict=True))
    assert again.features.squares.keys.flags.owndata  # no view keeping the whole blob alive


def test_story_features_absorb_and_merge_keep_the_dict_sums() -> None:
    items = [
        ArticleText(article_id=n + 1, title=t, lead=b, body=b) for n, (t, b) in enumerate(_NEWS)
    ]
    feats = build_features(Vectoriser(), items)
    one, two = StoryFeatures(), StoryFeatures()
    reference: dict[int, float] = {}
    other: dict[int, float] = {}
    for n, article in enumerate(feats):
        into, ref = (one, reference) if n % 2 == 0 else (two, other)
        into.absorb(article, article.terms, max_terms=12)
        for term, value in article.terms.items():
            ref[term] = ref.get(term, 0.0) + value * value
        if len(ref) > len(into.terms):
            ref = {k: v for k, v in ref.items() if k in into.terms}
            if n % 2 == 0:
                reference = ref
            else:
                other = ref
    assert one.squares.as_dict() == reference
    one.absorb_story(two, max_terms=12)
    for term, value in other.items():
        reference[term] = reference.get(term, 0.0) + value
    reference = {k: v for k, v in reference.items() if k in one.terms}
    assert list(one.squares.as_dict().items()) == list(reference.items())
