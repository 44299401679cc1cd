"""Incremental story clustering: each new article joins the closest story or starts one.

The algorithm is a pure function of the clustering state and a batch of articles
(:func:`cluster_articles`), so a scheduler could run it anywhere; the store is touched only by
:mod:`newsbeat.stories.stage`. Articles arrive in date/ID order. For each one:

1. Text similarity to every live story: cosine between the article's IDF-weighted term vector
   and the story centroid (sum of its members' unit term vectors), IDF (squared) taken from the
   running document frequencies. A batch is scored with two sparse matrix products, and the
   effect of articles joining stories inside the batch is added exactly (dot products are
   linear), so the result equals one-at-a-time processing.
2. The best candidates also get the pair features of :data:`~newsbeat.stories.features.FEATURES`
   (name overlap, entity overlap), mixed in by weight; features that do not apply (no entities
   yet) give their weight back to text.
3. Time proximity (:func:`time_factor`): closeness in time raises the score, which then decays
   with the days between the article and the story's span; an unknown date is neutral.
   A story quiet for ``dormant_days`` is dormant: it is revived only by a match above
   ``revive_threshold``. Stories quiet for ``live_days`` leave the in-memory index (bounded
   memory and time per article, so the cost stays flat as the stream grows); an undated
   article, which may be old news read late, also sees the older stories around the day it
   writes, or every story in memory when it writes none (:func:`_in_sight`).
4. Best score >= threshold joins; else the article starts a story. Articles with too little text
   never seed a story: they join one whose headline matches or whose text score reaches
   ``short_threshold``, else they become a ``singleton`` story that nothing else joins.

Every ``merge_every`` articles (and at the end of a call) a merge pass (average-link
agglomeration of the live stories) joins stories that converged; a story of at most
``small_story_size`` articles merges at the lower ``small_merge_threshold`` (a second chance
for an article that just missed its story when it arrived, before the story had grown; not for
two dated stories whose headlines and leads tell different events). The average link divides by
the members' norms under the current IDF (``StoryFeatures.member_norm_sq``), so a later run's
IDF does not inflate it. A small story that still stands apart joins the one large story its
average link points at, when that link is twice its link to any other large story, a quarter
of the story's own mean member cosine, and a side is undated
(:mod:`~newsbeat.stories.stand_out`: a small import's IDF shrinks every cosine). Then
stories of different languages that tell one event merge on language-neutral evidence (names,
places, figures, cross-lingual vectors, time: :mod:`~newsbeat.stories.across_languages`). The
merges are returned so the stage records them and old IDs resolve.

The options, the state and the result are in :mod:`~newsbeat.stories.cluster_state`, the merge
pass and the link across languages in :mod:`~newsbeat.stories.merge_pass`; this module joins
each article and runs the call.
"""

from __future__ import annotations

import bisect
import hashlib
import math
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from newsbeat.stories.cluster_state import (
    Assignment,
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
from newsbeat.stories.event_evidence import apart_score
from newsbeat.stories.features import (
    N_FEATURES,
    ArticleFeatures,
    Feature,
    StoryFeatures,
    TermStats,
    days_between,
)
from newsbeat.stories.head_evidence import head_cosine, unit_terms
from newsbeat.stories.merge_pass import link_languages, merge_pass
from newsbeat.stories.related_evidence import shares_subject

__all__ = [
    "Assignment",
    "ClusterOptions",
    "ClusterResult",
    "ClusterState",
    "StoryState",
    "cluster_articles",
    "story_id_for",
    "time_factor",
]

_CANDIDATES = 8  # stories scored in full per article


def story_id_for(article: ArticleFeatures, taken: set[str] | dict[str, StoryState]) -> str:
    """A stable story ID from the seed article: ``s-`` and 10 hex digits of a hash."""
    seed = f"{article.article_id}|{article.title_key}"
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    for width in range(10, 41):
        candidate = f"s-{digest[:width]}"
        if candidate not in taken:
            return candidate
    raise ValueError(f"cannot derive a free story id for article {article.article_id}")


def cluster_articles(
    state: ClusterState,
    articles: Sequence[ArticleFeatures],
    options: ClusterOptions,
    *,
    final_merge: bool = True,
) -> ClusterResult:
    """Assign each article (in the given order) to a story, updating ``state`` in place.

    Dated articles of several days are clustered one day at a time (``day_passes``), each
    day closed by a merge pass and the links between languages, as a stream's daily runs
    would: a dated import moved the clock to its last day in one batch, and the stories of
    its first weeks left the live window before any merge pass saw them.

    Args:
        state: the clustering state; updated with the new articles.
        articles: articles in date/ID order.
        options: thresholds.
        final_merge: run the merge pass at the end.

    Returns:
        Assignments in input order, the merges done, and the IDs of stories that changed.
    """
    # The IDF counts every article up to and including this call (term statistics only: no
    # assignment looks ahead), so the result does not depend on the batch size nor on the
    # days: with per-day counts a small import's first days have a degenerate IDF (the
    # demo's dock strike lost two reports to a story of their own).
    rows = _rows([a.terms for a in articles])
    _add_counts(state, rows, options)
    days = _day_bounds(articles) if options.day_passes else [(0, len(articles))]
    result = ClusterResult()
    for n, (first, end) in enumerate(days):
        closed = final_merge or n < len(days) - 1
        day = _cluster_run(state, articles[first:end], rows[first:end], options, closed)
        result.assignments.extend(day.assignments)
        result.merges.extend(day.merges)
        result.changed |= day.changed
        result.links.extend(day.links)
    return _followed(result)


def _day_bounds(articles: Sequence[ArticleFeatures]) -> list[tuple[int, int]]:
    """``(first, end)`` of each run of articles of one UTC day (undated ones: a run of
    their own)."""
    bounds: list[tuple[int, int]] = []
    first = 0
    for n in range(1, len(articles) + 1):
        if n == len(articles) or _day(articles[n]) != _day(articles[first]):
            bounds.append((first, n))
            first = n
    return bounds


def _day(article: ArticleFeatures) -> int | None:
    return None if article.time is None else int(article.time // 86400.0)


def _cluster_run(
    state: ClusterState,
    articles: Sequence[ArticleFeatures],
    rows: sp.csr_matrix,
    options: ClusterOptions,
    final_merge: bool,
) -> ClusterResult:
    """:func:`cluster_articles` for one run of articles (one day, or all of them), their
    terms already counted; story IDs as assigned (the caller follows the merges)."""
    result = ClusterResult()
    features = options.features()
    for start in range(0, len(articles), options.batch_size):
        batch = articles[start : start + options.batch_size]
        _cluster_batch(state, batch, rows[start : start + len(batch)], options, features, result)
        state.since_merge += len(batch)
        if state.since_merge >= options.merge_every:
            merge_pass(state, options, result)
    if final_merge and state.since_merge:
        merge_pass(state, options, result)
    if options.link_languages:
        link_languages(state, options, result)
    return result


def _followed(result: ClusterResult) -> ClusterResult:
    """The result with every story ID replaced by the story it was merged into."""
    if result.merges:
        mapping = dict(result.merges)
        final = {old: _follow(old, mapping) for old in mapping}
        result.assignments = [
            Assignment(
                article_id=a.article_id,
                story_id=final.get(a.story_id, a.story_id),
                score=a.score,
                new_story=a.new_story,
            )
            for a in result.assignments
        ]
        result.changed = {final.get(s, s) for s in result.changed}
        result.links = [
            (final.get(a, a), final.get(b, b), score)
            for a, b, score in result.links
            if final.get(a, a) != final.get(b, b)
        ]
    return result


def _add_counts(state: ClusterState, rows: sp.csr_matrix, options: ClusterOptions) -> None:
    """Count new articles' terms, and tell each story how its members' norms moved.

    The IDF rises for every term the new articles lack, so the stored members of earlier runs
    stop being unit vectors; the merge pass's average link must not grow with it (read32: two
    one-article stories, an auto show and a power shutoff, went from mean cosine 0.057 to a
    stale 0.097 after five more pages, over the 0.07 second chance, at a true cosine of 0.060).
    """
    # the live stories only: the merge pass sees no other, and a story out of the live window
    # never comes back into it (the clock only moves on)
    stories = [s for s in live_stories(state, options) if s.features.squares]
    before = [_members_square(s.features, state.stats) for s in stories]
    state.stats.add(rows)
    for story, square in zip(stories, before, strict=True):
        story.features.rescale(square, _members_square(story.features, state.stats))


def _members_square(story: StoryFeatures, stats: TermStats) -> float:
    """The members' squared norms summed under the IDF of ``stats``."""
    return story.squares.weighted_sum(stats.idf(story.squares.keys).astype(np.float64))


def _follow(story_id: str, mapping: dict[str, str]) -> str:
    """The story that ``story_id`` ends in after the merges (old ID -> the ID it went to)."""
    seen = set()
    while story_id in mapping and story_id not in seen:
        seen.add(story_id)
        story_id = mapping[story_id]
    return story_id


def _rows(vectors: Sequence[dict[int, float]]) -> sp.csr_matrix:
    indptr = np.zeros(len(vectors) + 1, dtype=np.int64)
    indices: list[int] = []
    data: list[float] = []
    for i, vec in enumerate(vectors):
        items = sorted(vec.items())
        indices.extend(k for k, _ in items)
        data.extend(v for _, v in items)
        indptr[i + 1] = len(indices)
    return sp.csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32), indptr),
        shape=(len(vectors), N_FEATURES),
    )


def _weighted(matrix: sp.csr_matrix, stats: TermStats) -> sp.csr_matrix:
    out = matrix.copy()
    out.data = out.data * stats.idf(out.indices)
    return out


def _in_sight(
    state: ClusterState, batch: Sequence[ArticleFeatures], options: ClusterOptions
) -> tuple[list[StoryState], np.ndarray | None]:
    """The stories a batch is scored against, and which of them each article may join.

    A dated article sees the stories live at the clock. An undated one may be old news read
    late (an archive imported after newer articles), so it also sees older stories: those live
    around the day its headline or lead writes, or, when it writes none, every story in memory
    (a quiet one still asks the score that revives it). The written day only chooses the
    stories: it moves neither the clock nor the order nor a story's span.

    Returns:
        The stories, live ones first, and a (batch x stories) mask of the pairs allowed, or
        None when every article may join every one of them.
    """
    live = live_stories(state, options)
    undated = [a.mentioned_time for a in batch if a.time is None]
    if not undated:
        return live, None
    days = sorted({d for d in undated if d is not None})
    every = None in undated
    window = options.live_days * 86400.0
    shown = {s.id for s in live}
    extra = [
        s
        for s in state.stories.values()
        if s.status != "singleton"
        and s.id not in shown
        and (every or _near_a_day(s.features, days, window))
    ]
    if not extra:
        return live, None
    # Spans widened by the window (NaN where unknown: never near a day).
    starts = np.array([_or_nan(s.features.first_time) for s in extra]) - window
    ends = np.array([_or_nan(s.features.last_time) for s in extra]) + window
    allowed = np.zeros((len(batch), len(live) + len(extra)), dtype=bool)
    allowed[:, : len(live)] = True
    for i, article in enumerate(batch):
        if article.time is not None:
            continue
        day = article.mentioned_time
        if day is None:
            allowed[i, len(live) :] = True
        else:
            allowed[i, len(live) :] = (starts <= day) & (day <= ends)
    return live + extra, allowed


def _or_nan(seconds: float | None) -> float:
    return math.nan if seconds is None else seconds


def _near_a_day(story: StoryFeatures, days: Sequence[float], window: float) -> bool:
    """Whether the story's span comes within ``window`` seconds of one of the sorted days."""
    if story.first_time is None or story.last_time is None:
        return False
    n = bisect.bisect_left(days, story.first_time - window)
    return n < len(days) and days[n] <= story.last_time + window


def _combine(
    text: float, article: ArticleFeatures, story: StoryFeatures, features: list[Feature]
) -> float:
    total_weight, score = 0.0, 0.0
    for feature in features:
        value = feature.score(article, story)
        if value is not None:
            total_weight += feature.weight
            score += feature.weight * value
    return (1.0 - total_weight) * text + score if total_weight < 1.0 else score


def _cluster_batch(
    state: ClusterState,
    batch: Sequence[ArticleFeatures],
    raw: sp.csr_matrix,
    options: ClusterOptions,
    features: list[Feature],
    result: ClusterResult,
) -> None:
    times = [a.time for a in batch if a.time is not None]
    now = state.clock  # the latest time up to the article at hand (batch size must not matter)
    if times:
        state.clock = max([state.clock or times[0], *times])
    live, allowed = _in_sight(state, batch, options)
    # u_i = raw_i * idf / |raw_i * idf|: unit vectors under the current IDF. A story centroid
    # is the sum of its members' raw_i / |raw_i * idf| (IDF-free), so centroid * idf is the
    # sum of unit member vectors and later IDF updates apply to old members too.
    xw = _weighted(raw, state.stats)
    x_norm = np.sqrt(np.asarray(xw.multiply(xw).sum(axis=1)).ravel())
    x_norm[x_norm == 0] = 1.0
    scale = sp.diags(1.0 / x_norm)
    unit = sp.csr_matrix(scale @ xw)
    stored = sp.csr_matrix(scale @ raw)
    cw, c_sq = story_matrix(live, state.stats)
    # (stories x terms) @ (terms x batch): only the small batch matrix changes format.
    dots = (cw @ unit.T).toarray().T if live else np.zeros((len(batch), 0))
    gram = np.asarray((unit @ unit.T).todense())
    column = {story.id: n for n, story in enumerate(live)}
    scorer = _Scorer(dots, gram, column, c_sq, allowed)
    separation = options.separation()
    for i, article in enumerate(batch):
        short = article.length < options.min_words
        if article.time is not None:
            now = article.time if now is None else max(now, article.time)
        # The day an undated article writes is evidence for the time factor and dormancy,
        # never for the clock or the story's span (a wrong year must not hide stories).
        day = article.time if article.time is not None else article.mentioned_time
        # An article of unknown date may be a later event: a story quiet at the latest time
        # seen takes it only with the score that revives it, as it would a dated article.
        when = day if day is not None else now
        best_id, best_score = None, 0.0
        candidates = scorer.candidates(i)
        for story_id, text in candidates:
            story = state.stories[story_id]
            if story.status == "singleton":
                continue
            score = _combine(text, article, story.features, features)
            f = story.features
            gap = span_gap(day, day, f.first_time, f.last_time)
            closeness = time_factor(gap, options)
            score *= closeness
            dormant = days_between(when, f.last_time) > options.dormant_days
            needed = options.revive_threshold if dormant else options.threshold
            bonus = closeness
            if short:
                # Too little text to seed a story: join by headline, or by text when the score
                # reaches short_threshold (never less than a normal join needs).
                needed = max(needed, options.short_threshold)
                title = _title_similarity(article, story)
                if title >= options.title_threshold:
                    needed = options.title_threshold
                    if title >= score:
                        # a headline match carries no time bonus to take back (apart_score)
                        score, bonus = title, 1.0
            if (
                bonus > 1.0
                and needed <= score < needed * bonus
                and head_falls_short(_leads_with(article, story, state.stats), text, options)
            ):
                # nearness in time is evidence of one event only when the article leads with
                # what the story tells (read32: a helicopter crash the day after a hostage
                # swap, whose one paragraph on the swap carried the join)
                score, bonus = score / bonus, 1.0
            score = apart_score(score, needed, article, f, separation, bonus)
            if score >= needed and score > best_score:
                best_id, best_score = story_id, score
        new_story = best_id is None
        if best_id is None:
            best_id = story_id_for(article, state.stories)
            state.stories[best_id] = StoryState(
                id=best_id, status="singleton" if short else "active"
            )
            if not short:
                found = _related(article, candidates, state, options)
                result.links.extend((best_id, other, score) for other, score in found)
        story = state.stories[best_id]
        if new_story or (story.features.size == 1 and story.features.places):
            # a story knows where its first article placed it and, when it did, where the
            # second did: the merge pass reads whether two members agree
            article.event_places()
        scorer.join(i, best_id)
        start, end = stored.indptr[i], stored.indptr[i + 1]
        vector = dict(
            zip(stored.indices[start:end].tolist(), stored.data[start:end].tolist(), strict=True)
        )
        story.features.absorb(
            article, vector, options.max_terms, unit_terms(article.head, state.stats)
        )
        story.titles.append((article.article_id, article.title))
        story.touch()
        if story.status == "dormant":
            story.status = "active"
        result.assignments.append(
            Assignment(
                article_id=article.article_id,
                story_id=best_id,
                score=round(best_score, 4),
                new_story=new_story,
            )
        )
        result.changed.add(best_id)
    for story in state.stories.values():
        if (
            story.status == "active"
            and days_between(state.clock, story.features.last_time) > options.dormant_days
        ):
            story.status = "dormant"


class _Scorer:
    """Text similarity of batch articles to stories, exact while stories grow in the batch.

    ``dots[i, s]`` is the dot product of article ``i``'s unit vector with story ``s``'s
    centroid at the start of the batch, ``gram`` the article-article products. A story that
    gained batch members ``M`` has centroid ``c + sum(u_j, j in M)``, so its dot with ``u_i``
    is ``dots[i, s] + sum(gram[i, M])``: column ``k`` of ``extra`` accumulates that sum for
    the ``k``-th story touched in the batch, and its squared norm is updated the same way.
    """

    def __init__(
        self,
        dots: np.ndarray,
        gram: np.ndarray,
        column: dict[str, int],
        c_sq: np.ndarray,
        allowed: np.ndarray | None = None,
    ) -> None:
        self.dots, self.gram, self.column = dots, gram, column
        self.allowed = allowed  # (batch x stories) pairs that may join; None: all
        self.ids = list(column)
        self.live_norm = np.sqrt(np.where(c_sq > 0, c_sq, 1.0))
        self.c_sq = c_sq
        size = gram.shape[0]
        self.extra = np.zeros((size, size))
        self.touched: list[str] = []  # k -> story id
        self.slot: dict[str, int] = {}  # story id -> k
        self.base = np.full(size, -1, dtype=np.int64)  # k -> column in dots, or -1
        self.norm_sq = np.zeros(size)
        self.excluded = np.zeros(dots.shape[1], dtype=bool)  # live columns now in `touched`

    def _touched_dots(self, i: int) -> np.ndarray:
        k = len(self.touched)
        base = self.base[:k]
        out = self.extra[i, :k].copy()
        has = base >= 0
        out[has] += self.dots[i, base[has]]
        return out

    def candidates(self, i: int) -> list[tuple[str, float]]:
        """The best stories for article ``i`` with their text cosine (centroid linkage)."""
        out: dict[str, float] = {}
        if self.dots.shape[1]:
            row = self.dots[i] / self.live_norm
            row[self.excluded] = 0.0
            if self.allowed is not None:
                row[~self.allowed[i]] = 0.0
            top = np.argpartition(-row, min(_CANDIDATES, len(row) - 1))[:_CANDIDATES]
            for n in top:
                if row[n] > 0:
                    out[self.ids[n]] = float(row[n])
        if self.touched:
            k = len(self.touched)
            cos = self._touched_dots(i) / np.sqrt(
                np.where(self.norm_sq[:k] > 0, self.norm_sq[:k], 1.0)
            )
            if self.allowed is not None:
                base = self.base[:k]
                hidden = base >= 0
                hidden[hidden] = ~self.allowed[i, base[hidden]]
                cos[hidden] = -np.inf
            for n in np.argsort(-cos)[:_CANDIDATES]:
                if np.isfinite(cos[n]):
                    out[self.touched[n]] = float(cos[n])
        return sorted(out.items(), key=lambda kv: kv[1], reverse=True)[:_CANDIDATES]

    def join(self, i: int, story_id: str) -> None:
        """Record that article ``i`` joined the story."""
        k = self.slot.get(story_id)
        if k is None:
            k = len(self.touched)
            self.touched.append(story_id)
            self.slot[story_id] = k
            column = self.column.get(story_id, -1)
            self.base[k] = column
            if column >= 0:
                self.norm_sq[k] = self.c_sq[column]
                self.excluded[column] = True
        dot = self.extra[i, k] + (self.dots[i, self.base[k]] if self.base[k] >= 0 else 0.0)
        self.norm_sq[k] += 2.0 * dot + self.gram[i, i]
        self.extra[:, k] += self.gram[:, i]


def _leads_with(article: ArticleFeatures, story: StoryState, stats: TermStats) -> float:
    """Cosine of the article's headline and lead with the story's centroid."""
    return head_cosine(article.head, story.features.terms, story.weighted(stats)[2], stats)


def _related(
    article: ArticleFeatures,
    candidates: list[tuple[str, float]],
    state: ClusterState,
    options: ClusterOptions,
) -> list[tuple[str, float]]:
    """Stories an article that starts a story is related to: same subject, another event.

    A candidate it did not join is related when their text cosine (time aside) reaches
    ``related_threshold`` and the article's headline and lead share ``related_names`` names
    with the story's headlines and leads: a shared topic word alone (two alliances) is not
    enough, nor are shared names without shared words.
    """
    out = []
    for story_id, text in candidates:
        story = state.stories[story_id]
        if story.status == "singleton" or text < options.related_threshold:
            continue
        shared = [name for name in article.lead_names if name in story.features.lead_names]
        if shares_subject(
            shared, article.lead_places, options.related_names, options.related_subject_names
        ):
            out.append((story_id, round(text, 4)))
    return out[: options.max_related]


def _title_similarity(article: ArticleFeatures, story: StoryState) -> float:
    """Word overlap of the headline with the story's headlines (short articles only)."""
    words = set(article.title_key.split())
    if not words:
        return 0.0
    best = 0.0
    for _, title in story.titles[:20]:
        other = set(title.casefold().split())
        if other:
            best = max(best, len(words & other) / len(words | other))
    return best
