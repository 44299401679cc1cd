"""The merge pass of the story clustering: stories that converged join (split from
:mod:`~newsbeat.stories.cluster`, review36).

Every ``merge_every`` articles (and at the end of a call) :func:`merge_pass` runs an
average-link agglomeration of the live stories; a story of at most ``small_story_size``
articles merges at the lower ``small_merge_threshold`` (a second chance for an article that
just missed its story when it arrived, before the story had grown; not for two dated stories
whose headlines and leads tell different events). A small story that still stands apart then
joins the one large story its average link points at (:mod:`~newsbeat.stories.stand_out`),
and two large undated stories that are pieces of one event join
(:mod:`~newsbeat.stories.peer_pieces`).
:func:`link_languages` merges stories of different languages that tell one event
(:mod:`~newsbeat.stories.across_languages`). Each merge is recorded in the call's
:class:`~newsbeat.stories.cluster_state.ClusterResult`; the larger (then older) story keeps
its ID.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from newsbeat.stories.across_languages import link_stories
from newsbeat.stories.cluster_state import (
    ClusterOptions,
    ClusterResult,
    ClusterState,
    StoryState,
    head_falls_short,
    live_stories,
    span_gap,
    story_matrix,
    time_factor,
)
from newsbeat.stories.event_evidence import confirmed
from newsbeat.stories.features import TermStats
from newsbeat.stories.head_evidence import head_cosine, heads_agree
from newsbeat.stories.peer_pieces import peer_pairs
from newsbeat.stories.shared_figures import share_a_figure
from newsbeat.stories.stand_out import member_cosine, stands_out

__all__ = ["link_languages", "merge_pass", "pair_dots"]


def merge_pass(state: ClusterState, options: ClusterOptions, result: ClusterResult) -> None:
    """Average-link agglomeration of the live stories, down to ``merge_threshold``.

    Member vectors are unit vectors under the IDF, so ``c_a . c_b / (n_a n_b)`` is the mean
    cosine between the members of two stories (average link). A member is a unit vector under
    the IDF of the run it joined in, so ``n * sqrt(member_norm_sq)`` stands for ``n`` (the
    average stays a mean cosine under the current IDF). The average is multiplied by the
    :func:`time_factor` of the gap between the stories' spans and divided by the pair's
    threshold (``small_merge_threshold`` when either story has at most ``small_story_size``
    members, else ``merge_threshold``), so a pair merges at 1. The best pair merges first; the
    merged row is the sum of the two rows, exactly as in agglomerative clustering. A merged
    pair's average is a weighted mean of its parts' averages, so only pairs where a part was
    near the threshold need re-scoring. The larger (then older) story keeps its ID.
    """
    state.since_merge = 0
    live = [s for s in live_stories(state, options) if s.features.size > 0]
    if len(live) < 2:
        return
    dots = pair_dots(live, state.stats)
    sizes = np.array([s.features.size for s in live], dtype=np.float64)
    # members times their root-mean-square norm: the sum of unit members' norms
    squares = sizes * np.array([s.features.member_norm_sq for s in live], dtype=np.float64)
    norms = np.sqrt(sizes * squares)
    average = dots / np.outer(norms, norms)
    np.fill_diagonal(average, 0.0)
    spans = [(s.features.first_time, s.features.last_time) for s in live]
    places = [Counter(s.features.places) for s in live]
    separation = options.separation()
    lowest = min(options.merge_threshold, options.small_merge_threshold)
    loose = lowest / (1.0 + max(0.0, options.time_bonus))

    def kept_apart(a: int, b: int, gap: float | None, places_factor: float) -> bool:
        """Whether the pair gets no second chance for its time or its places, given the gap
        between its spans and its places' factor (computed once by the caller)."""
        # The second chance is for an article that came before its story grew, not for a
        # later event: stories more than dormant_days apart merge at the normal threshold.
        if gap is not None and gap > options.dormant_days and not late_report(a, b, gap):
            return True
        # nor for two stories whose members place them apart, each by a place two of them name
        return (
            places_factor < 1.0
            and confirmed(places[a], places[b])
            and confirmed(places[b], places[a])
        )

    languages = [frozenset(s.features.languages.counts) for s in live]

    def lone_of_one_language(a: int, b: int) -> bool:
        return min(sizes[a], sizes[b]) <= 1 and languages[a] == languages[b]

    def late_report(a: int, b: int, gap: float) -> bool:
        """A lone report days after its story that leads with the story's event (its headline
        and lead and the story's reach head_threshold both ways: the generated stream's
        unrelated stories pass the share of the head check, not the floor)."""
        return (
            gap <= options.late_days
            and lone_of_one_language(a, b)
            and _heads_reach(live[a], live[b], state.stats, options.head_threshold)
        )

    def centroids(a: int, b: int) -> float:
        """Cosine of the two stories' IDF-weighted centroids."""
        square = dots[a, a] * dots[b, b]
        return float(dots[a, b] / math.sqrt(square)) if square > 0 else 0.0

    def undated_pair(a: int, b: int) -> bool:
        """Whether a small story may join on the stand-out rule: a side without dates (text
        alone decides; with dates a young story of a new event is small too, and the time
        factor speaks), and not kept apart by its places."""
        gap = span_gap(*spans[a], *spans[b])
        return gap is None and not kept_apart(a, b, gap, separation.factor(places[a], places[b]))

    def score(a: int, b: int) -> float:
        """Average link times time factor, relative to the pair's threshold."""
        gap = span_gap(*spans[a], *spans[b])
        factor = time_factor(gap, options)
        places_factor = separation.factor(places[a], places[b])
        small = min(sizes[a], sizes[b]) <= options.small_story_size and not kept_apart(
            a, b, gap, places_factor
        )
        if small:
            # The low threshold is a second chance on text alone: nearness in time must not
            # lower it further (0.07 / 1.5 would merge small stories that share little), save
            # for a lone report of the story's language within grace_days whose headline and
            # lead and the story's tell each other's event: it keeps same_day_bonus of it
            # (read36b: a press release on a nomination's day, 0.065).
            cap = 1.0
            if (
                gap is not None
                and gap <= options.grace_days
                and lone_of_one_language(a, b)
                and _heads_reach(live[a], live[b], state.stats, options.head_threshold)
            ):
                cap = options.same_day_bonus
            factor = min(factor, cap)
            plain = float(dots[a, b] / (norms[a] * norms[b])) * factor
            if (
                gap is not None
                and options.small_merge_threshold <= plain < options.merge_threshold
                and not _heads_agree(live[a], live[b], state.stats, centroids(a, b), options)
            ):
                # nor for two stories of known dates whose headlines and leads do not tell
                # what the other tells: one mentions the other's event, it did not just miss
                # its story (read32: a helicopter crash, a hostage swap the day before)
                small = False
        if places_factor < 1.0:
            # nearness in time is no evidence of one event in two places (see apart_score)
            factor = min(factor, 1.0) * places_factor
        value = float(dots[a, b] / (norms[a] * norms[b])) * factor
        return value / (options.small_merge_threshold if small else options.merge_threshold)

    alive = [True] * len(live)

    def join(a: int, b: int) -> tuple[int, int, list[int]]:
        """The pass's arrays after one of the pair takes the other: ``(keep, drop, partners)``,
        the partners being the stories whose link to ``keep`` must be rescored (the stories
        themselves are folded by the caller)."""
        keep, drop = (a, b) if _survives(live[a], live[b]) else (b, a)
        partners = set(np.nonzero(average[keep] >= loose)[0].tolist())
        partners |= set(np.nonzero(average[drop] >= loose)[0].tolist())
        dots[keep] += dots[drop]
        dots[:, keep] += dots[:, drop]
        sizes[keep] += sizes[drop]
        squares[keep] += squares[drop]
        norms[keep] = math.sqrt(sizes[keep] * squares[keep])
        firsts = [t for t in (spans[keep][0], spans[drop][0]) if t is not None]
        lasts = [t for t in (spans[keep][1], spans[drop][1]) if t is not None]
        spans[keep] = (min(firsts) if firsts else None, max(lasts) if lasts else None)
        places[keep] += places[drop]
        languages[keep] |= languages[drop]
        alive[drop] = False
        average[drop] = 0.0
        average[:, drop] = 0.0
        rescore = [x for x in partners - {keep, drop} if alive[x]]
        for x in rescore:
            average[keep, x] = average[x, keep] = dots[keep, x] / (norms[keep] * norms[x])
        return keep, drop, rescore

    def merge(a: int, b: int) -> None:
        keep, drop, _ = join(a, b)
        _fold(state, live[keep], live[drop], options, result)

    heap = []
    for a, b in zip(*np.nonzero(np.triu(average >= loose, k=1)), strict=True):
        value = score(int(a), int(b))
        if value >= 1.0:
            heap.append((-value, int(a), int(b)))
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or abs(score(a, b) + negative) > 1e-9:
            continue  # merged away, or stale: one side changed since this pair was scored
        keep, drop, rescore = join(a, b)
        # fold first: the rescoring reads the merged story's headlines and leads (its heads
        # check); read before the fold, they were the kept half's alone, and a pair scored
        # so was never offered again
        _fold(state, live[keep], live[drop], options, result)
        for x in rescore:
            low, high = min(keep, x), max(keep, x)
            value = score(low, high)
            if value >= 1.0:
                heapq.heappush(heap, (-value, low, high))
    if options.stand_out_ratio > 0:
        _stand_out(live, alive, dots, norms, sizes, undated_pair, merge, options)
    # the peer rule joins undated pairs only: with no large undated story (a dated stream) it
    # would build its square matrices for nothing (+20 % of the 30k stream's time, session 38)
    if options.peer_share > 0 and any(
        alive[n] and sizes[n] > options.small_story_size and None in spans[n]
        for n in range(len(live))
    ):
        _peer_pieces(live, alive, dots, norms, sizes, undated_pair, merge, options)


def _stand_out(
    live: Sequence[StoryState],
    alive: list[bool],
    dots: np.ndarray,
    norms: np.ndarray,
    sizes: np.ndarray,
    allowed: Callable[[int, int], bool],
    merge: Callable[[int, int], None],
    options: ClusterOptions,
) -> None:
    """After the merge pass: each small story that points at one large story joins it.

    Small stories are taken by their best link, highest first; each one's links are read again
    after the merges before it, and the sweep is repeated while it merges (a piece that joins
    its story raises the links of the other pieces: :mod:`~newsbeat.stories.stand_out`).
    ``allowed`` says which pairs may merge so (undated ones, not placed apart).
    """
    small = [n for n in range(len(live)) if alive[n] and sizes[n] <= options.small_story_size]
    if not small:
        return

    def pick(n: int) -> tuple[int, float] | None:
        present = np.where(alive, sizes, 0.0)
        links = dots[n] / (norms[n] * np.where(norms > 0, norms, 1.0))
        found = stands_out(
            links,
            present,
            sizes[n],
            options.small_story_size,
            options.stand_out_floor,
            options.stand_out_ratio,
        )
        if found is None:
            return None
        # a piece is about as near its story as the story's members are to each other
        own = member_cosine(float(dots[found[0], found[0]]), norms[found[0]], sizes[found[0]])
        return found if found[1] >= options.stand_out_share * own else None

    merged = True
    while merged:
        # a sweep, best link first; again while a merge raised other pieces' links
        merged = False
        order = [(found[1], n) for n in small if alive[n] and (found := pick(n)) is not None]
        for _, n in sorted(order, reverse=True):
            found = pick(n) if alive[n] else None
            if found is not None and allowed(n, found[0]):
                merge(n, found[0])
                merged = True


def _peer_pieces(
    live: Sequence[StoryState],
    alive: list[bool],
    dots: np.ndarray,
    norms: np.ndarray,
    sizes: np.ndarray,
    allowed: Callable[[int, int], bool],
    merge: Callable[[int, int], None],
    options: ClusterOptions,
) -> None:
    """After the stand-out rule: two large stories that are pieces of one event join.

    The candidates of :func:`~newsbeat.stories.peer_pieces.peer_pairs` (each the other's
    nearest, the link at least ``stand_out_floor`` and ``peer_share`` of the larger of their
    own mean member cosines) join, best link first, when ``allowed`` lets them (undated, not
    placed apart) and a figure is stated by at least half the headlines of each
    (:mod:`~newsbeat.stories.shared_figures`: look-alike events share their words, not their
    figures). The pairs are read again after each join (a third piece's nearest is then the
    joined story).
    """
    while True:
        present = np.where(alive, sizes, 0.0)
        safe = np.where(norms > 0, norms, 1.0)
        links = dots / np.outer(safe, safe)
        own = np.array(
            [member_cosine(float(dots[n, n]), norms[n], sizes[n]) for n in range(len(live))]
        )
        pairs = peer_pairs(
            links,
            present,
            own,
            options.small_story_size,
            options.stand_out_floor,
            options.peer_share,
        )
        chosen = next(
            (
                (a, b)
                for _, a, b in pairs
                if allowed(a, b)
                and share_a_figure((t for _, t in live[a].titles), (t for _, t in live[b].titles))
            ),
            None,
        )
        if chosen is None:
            return
        merge(*chosen)


def _heads_agree(
    a: StoryState, b: StoryState, stats: TermStats, text: float, options: ClusterOptions
) -> bool:
    """Whether each story's headlines and leads speak of what the other story tells, judged
    by :func:`head_falls_short` against the stories' centroid cosine ``text``.

    A lone report against a larger story of its languages (``lone_heads``): only the lone
    report's headline and lead are read against the story. The report is the side that may
    mention another event (read32: a crash report recalling yesterday's exchange leads with
    the crash); the story's headlines against the report's whole text say how much else the
    report's body carries (read36b: a report of an out-of-cycle patch whose lead first
    recalls the month's faulty updates, 0.082 against the story's 0.174)."""
    fa, fb = a.features, b.features
    if (
        options.lone_heads
        and min(fa.size, fb.size) == 1 < max(fa.size, fb.size)
        and set(fa.languages.counts) == set(fb.languages.counts)
    ):
        lone, story = (a, b) if fa.size == 1 else (b, a)
        cosine = head_cosine(
            lone.features.heads, story.features.terms, story.weighted(stats)[2], stats
        )
        return not head_falls_short(cosine, text, options)
    return heads_agree(
        fa,
        a.weighted(stats)[2],
        fb,
        b.weighted(stats)[2],
        stats,
        lambda cosine: not head_falls_short(cosine, text, options),
    )


def _heads_reach(a: StoryState, b: StoryState, stats: TermStats, floor: float) -> bool:
    """Whether each story's headlines and leads reach ``floor`` with the other's centroid."""
    return heads_agree(
        a.features,
        a.weighted(stats)[2],
        b.features,
        b.weighted(stats)[2],
        stats,
        lambda cosine: cosine >= floor,
    )


def _fold(
    state: ClusterState,
    winner: StoryState,
    loser: StoryState,
    options: ClusterOptions,
    result: ClusterResult,
) -> None:
    """Merge ``loser`` into ``winner`` and record the merge."""
    winner.features.absorb_story(loser.features, options.max_terms)
    winner.titles.extend(loser.titles)
    winner.touch()
    del state.stories[loser.id]
    result.merges.append((loser.id, winner.id))
    result.changed.discard(loser.id)
    result.changed.add(winner.id)


def link_languages(state: ClusterState, options: ClusterOptions, result: ClusterResult) -> None:
    """Merge stories of different languages that tell one event
    (:func:`~newsbeat.stories.across_languages.link_stories`); a pair needs one story changed
    in this call. Every story in memory takes part, not only those live at the clock: a
    backfill clusters weeks of articles in one call, and the link's own time limit keeps
    far-apart stories apart."""
    stories = [s for s in state.stories.values() if s.status != "singleton" and s.features.size]

    def gap(a: StoryState, b: StoryState) -> float | None:
        fa, fb = a.features, b.features
        return span_gap(fa.first_time, fa.last_time, fb.first_time, fb.last_time)

    def merge(a: StoryState, b: StoryState) -> StoryState:
        winner, loser = (a, b) if _survives(a, b) else (b, a)
        _fold(state, winner, loser, options, result)
        return winner

    link_stories(stories, set(result.changed), gap, merge)


def pair_dots(live: Sequence[StoryState], stats: TermStats) -> np.ndarray:
    """Dot products of the stories' IDF-weighted centroids, exactly symmetric.

    Centroid terms are in insertion order, so the float32 product sums ``a . b`` and ``b . a``
    in different orders and they differ in the last digits. The merge pass must score a pair
    the same both ways, or its heap check takes a re-scored pair's entry for a stale one and
    the pair never merges (ECB+ train: two stories of one sub-topic, 13 and 8 articles, stayed
    apart at average link 0.195 above the 0.18 threshold).
    """
    cw, _ = story_matrix(live, stats)
    dots = (cw @ cw.T).toarray().astype(np.float64)
    return (dots + dots.T) / 2.0


def _survives(a: StoryState, b: StoryState) -> bool:
    if a.features.size != b.features.size:
        return a.features.size > b.features.size
    return (a.features.first_time or 0.0, a.id) <= (b.features.first_time or 0.0, b.id)
