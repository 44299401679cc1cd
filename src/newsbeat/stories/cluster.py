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
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import heapq
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from newsbeat.settings import StoriesSettings
from newsbeat.stories.across_languages import link_stories
from newsbeat.stories.event_evidence import Separation, apart_score, confirmed
from newsbeat.stories.features import (
    FEATURES,
    N_FEATURES,
    ArticleFeatures,
    Feature,
    StoryFeatures,
    TermStats,
    days_between,
)
from newsbeat.stories.head_evidence import head_cosine, heads_agree, unit_terms
from newsbeat.stories.related_evidence import shares_subject
from newsbeat.stories.stand_out import (
    STAND_OUT_FLOOR,
    STAND_OUT_RATIO,
    STAND_OUT_SHARE,
    member_cosine,
    stands_out,
)

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
_SETTINGS = StoriesSettings()  # the defaults of the thresholds a settings file may change


@dataclass(frozen=True, kw_only=True)
class ClusterOptions:
    """Thresholds of the clustering: text thresholds chosen on ECB+ train/dev, time constants
    on the demo corpus (ECB+ has no dates); see docs/stories.md.

    Attributes:
        threshold: minimum combined score to join an active story.
        revive_threshold: minimum score to join a dormant story.
        dormant_days: a story quiet this long is dormant.
        live_days: a story quiet this long leaves the in-memory index.
        decay_days: time constant of the exponential decay of the score.
        grace_days: no decay within this many days of the story's span.
        time_bonus: how much closeness in time raises a score (none when a date is unknown).
        merge_threshold: average-link score (mean member cosine) at which live stories merge.
        small_story_size: a story this small gets a second chance in the merge pass...
        small_merge_threshold: ...it merges with another at this lower average-link score
            (a lone article that just missed its story at the join is caught here).
        merge_every: run the merge pass after this many articles.
        min_words: articles with fewer words (headline included) never seed a story.
        title_threshold: headline word overlap (Jaccard) for a short article to join a story.
        short_threshold: text score for a short article to join a story (it never seeds one).
        max_terms: terms kept per story centroid.
        batch_size: articles scored together (same result, fewer matrix products).
        weights: pair feature weights by name (missing = the registry default).
        related_threshold: text cosine at which a story that an article does not join, when
            the article starts a story, may be a related story (same subject, another event)...
        related_names: ...if their headlines and leads share this many names.
        related_subject_names: ...of which this many are no place (a shared city is where,
            not who: two ministers visiting one capital).
        max_related: related stories recorded per new story (the closest first).
        apart_factor: score multiplier of an article and a story (or two stories) whose
            headlines and first sentences name countries and share none: two events of one
            kind in two countries need a much higher text score to join
            (:mod:`~newsbeat.stories.event_evidence`).
        city_apart_factor: the same for two sides that name cities more than
            :data:`~newsbeat.stories.event_evidence.NEAR_KM` apart (two floods, two quakes in
            one country). Off (1.0) by default: it changed nothing on the multilingual gold's
            train split, split two reports of the generated scale stream, and splits one
            storm told from two cities 130 km apart ("Hurricane Mara batters Tampa" /
            "… leaves Orlando without power"); a big event's places are often far apart.
        head_threshold: nearness in time is evidence of one event only where an article's
            headline and lead reach this cosine with the story's centroid (else the time bonus
            of the join is taken back); two dated stories get the merge pass's second chance
            only where each one's headlines and leads reach it with the other. A report that
            mentions yesterday's event in one paragraph does not lead with it (read32: a
            helicopter crash the day after a hostage swap). No effect without dates.
        head_share: ...and where it is also under this share of the pair's text cosine (the
            article's against the story's centroid; the two centroids' in the merge pass): a
            small import's IDF shrinks every cosine, the share does not.
        day_passes: cluster the dated articles of a call one day at a time, each day closed
            by a merge pass (:func:`cluster_articles`).
        stand_out_floor: after the merge pass, a small story whose average link to one large
            story reaches this...
        stand_out_ratio: ...and is this many times its link to every other large story...
        stand_out_share: ...and this share of the large story's own mean member cosine joins
            it (a small import's own IDF shrinks every cosine, not their order:
            :mod:`~newsbeat.stories.stand_out`; pairs without dates only; ratio 0: off).
            Without the share, an undated generated stream of 500 stories took 9 wrong joins
            of 10 (a name two events share); with it, none.
        link_languages: merge stories of different languages that tell one event
            (:mod:`newsbeat.stories.across_languages`).

    The fields a settings file may change (``[stories]``) take their defaults from
    :class:`~newsbeat.settings.StoriesSettings`.
    """

    threshold: float = _SETTINGS.threshold
    revive_threshold: float = _SETTINGS.revive_threshold
    dormant_days: float = _SETTINGS.dormant_days
    live_days: float = 30.0
    decay_days: float = 10.0
    grace_days: float = 2.0
    time_bonus: float = 0.5
    merge_threshold: float = _SETTINGS.merge_threshold
    small_story_size: int = 3
    small_merge_threshold: float = 0.07
    merge_every: int = 2000
    min_words: int = _SETTINGS.min_words
    title_threshold: float = 0.75
    short_threshold: float = _SETTINGS.short_threshold
    max_terms: int = 400
    batch_size: int = 256
    related_threshold: float = 0.10
    related_names: int = 3
    related_subject_names: int = 2
    max_related: int = 3
    weights: tuple[tuple[str, float], ...] = ()
    apart_factor: float = 0.65
    city_apart_factor: float = 1.0
    head_threshold: float = 0.10
    head_share: float = 0.6
    day_passes: bool = True
    stand_out_floor: float = STAND_OUT_FLOOR
    stand_out_ratio: float = STAND_OUT_RATIO
    stand_out_share: float = STAND_OUT_SHARE
    link_languages: bool = True

    @classmethod
    def of(cls, stories: StoriesSettings) -> ClusterOptions:
        """The clustering options of a ``[stories]`` section (the rest at their defaults)."""
        return cls(**{f.name: getattr(stories, f.name) for f in dataclasses.fields(stories)})

    def separation(self) -> Separation:
        """The score multipliers of two sides whose event places are apart."""
        return Separation(countries=self.apart_factor, cities=self.city_apart_factor)

    def uses(self, name: str) -> bool:
        """Whether the pair feature ``name`` has a non-zero weight."""
        return any(f.name == name for f in self.features())

    def features(self) -> list[Feature]:
        """The pair features in use, with their weights."""
        chosen = dict(self.weights)
        return [
            Feature(name=f.name, weight=chosen.get(f.name, f.weight), score=f.score)
            for f in FEATURES.values()
            if chosen.get(f.name, f.weight) > 0
        ]


@dataclass(kw_only=True)
class StoryState:
    """A story as the clustering keeps it: features, members' headlines, status."""

    id: str
    features: StoryFeatures = field(default_factory=StoryFeatures)
    titles: list[tuple[int, str]] = field(default_factory=list)
    status: str = "active"
    # Cached centroid arrays, IDF-weighted for one version of the term counts; rebuilt when
    # the story or the counts change.
    _indices: np.ndarray | None = None
    _weighted: np.ndarray | None = None
    _square: float = 0.0
    _version: int = -1

    def weighted(self, stats: TermStats) -> tuple[np.ndarray, np.ndarray, float]:
        """The centroid as (indices, IDF-weighted values, squared norm) arrays.

        Indices are in insertion order, which CSR allows.
        """
        if self._indices is None or self._weighted is None or self._version != stats.version:
            terms = self.features.terms
            self._indices = np.fromiter(terms.keys(), dtype=np.int32, count=len(terms))
            values = np.fromiter(terms.values(), dtype=np.float32, count=len(terms))
            self._weighted = values * stats.idf(self._indices)
            self._square = float(np.dot(self._weighted, self._weighted))
            self._version = stats.version
        return self._indices, self._weighted, self._square

    def touch(self) -> None:
        """Forget cached arrays after the features changed."""
        self._indices = self._weighted = None


@dataclass(kw_only=True)
class ClusterState:
    """Everything the clustering remembers between calls (persisted by the stage)."""

    stats: TermStats = field(default_factory=TermStats)
    stories: dict[str, StoryState] = field(default_factory=dict)
    since_merge: int = 0
    clock: float | None = None  # the latest article time seen


@dataclass(frozen=True, kw_only=True)
class Assignment:
    """Where one article went: its story, the score, and whether it started the story."""

    article_id: int
    story_id: str
    score: float
    new_story: bool


@dataclass(kw_only=True)
class ClusterResult:
    """What one call did: assignments in input order, merges as ``(old_id, new_id)``, and
    links between related stories as ``(new_story, earlier_story, text_cosine)``."""

    assignments: list[Assignment] = field(default_factory=list)
    merges: list[tuple[str, str]] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)
    links: list[tuple[str, str, float]] = field(default_factory=list)


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
    would: a backfill of weeks gives the stories a stream of the same articles would give
    (a dated import moved the clock to its last day in one batch, and the stories of its
    first weeks left the live window before any merge pass saw them).

    Args:
        state: the clustering state; updated with the new articles.
        articles: articles in date/ID order.
        options: thresholds.
        final_merge: run the merge pass at the end.

    Returns:
        Assignments in input order, the merges done, and the IDs of stories that changed.
    """
    # The IDF counts every article up to and including this call (term statistics only: no
    # assignment looks ahead), so the result does not depend on the batch size.
    rows = _rows([a.terms for a in articles])
    _add_counts(state, rows, options)
    days = _day_bounds(articles) if options.day_passes else [(0, len(articles))]
    total = ClusterResult()
    for n, (first, end) in enumerate(days):
        closed = final_merge or n < len(days) - 1
        result = _cluster_run(state, articles[first:end], rows[first:end], options, closed)
        total.assignments.extend(result.assignments)
        total.merges.extend(result.merges)
        total.changed |= result.changed
        total.links.extend(result.links)
    return _followed(total) if len(days) > 1 else total


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
    terms already counted."""
    result = ClusterResult()
    features = options.features()
    for start in range(0, len(articles), options.batch_size):
        batch = articles[start : start + options.batch_size]
        _cluster_batch(state, batch, rows[start : start + len(batch)], options, features, result)
        state.since_merge += len(batch)
        if state.since_merge >= options.merge_every:
            _merge_pass(state, options, result)
    if final_merge and state.since_merge:
        _merge_pass(state, options, result)
    if options.link_languages:
        _link_languages(state, options, result)
    return _followed(result)


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
    stories = [s for s in _live(state, options) if s.features.squares]
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


def _story_matrix(
    stories: Sequence[StoryState], stats: TermStats
) -> tuple[sp.csr_matrix, np.ndarray]:
    """IDF-weighted centroids as CSR rows, and their squared norms."""
    indptr = np.zeros(len(stories) + 1, dtype=np.int64)
    parts_i, parts_v = [], []
    squares = np.zeros(len(stories))
    for n, story in enumerate(stories):
        idx, val, squares[n] = story.weighted(stats)
        parts_i.append(idx)
        parts_v.append(val)
        indptr[n + 1] = indptr[n] + len(idx)
    indices = np.concatenate(parts_i) if parts_i else np.zeros(0, dtype=np.int32)
    values = np.concatenate(parts_v) if parts_v else np.zeros(0, dtype=np.float32)
    matrix = sp.csr_matrix((values, indices, indptr), shape=(len(stories), N_FEATURES))
    return matrix, squares


def _weighted(matrix: sp.csr_matrix, stats: TermStats) -> sp.csr_matrix:
    out = matrix.copy()
    out.data = out.data * stats.idf(out.indices)
    return out


def _live(state: ClusterState, options: ClusterOptions) -> list[StoryState]:
    """Stories in the index: not singletons, not quiet longer than ``live_days``."""
    clock = state.clock
    live = []
    for story in state.stories.values():
        if story.status == "singleton":
            continue
        if days_between(clock, story.features.last_time) > options.live_days:
            continue
        live.append(story)
    return live


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
    live = _live(state, options)
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


def _span_gap(
    first: float | None, last: float | None, other_first: float | None, other_last: float | None
) -> float | None:
    """Days between two time spans (0 when they overlap; None when either is unknown)."""
    if first is None or last is None or other_first is None or other_last is None:
        return None
    if other_last < first:
        return (first - other_last) / 86400.0
    if other_first > last:
        return (other_first - last) / 86400.0
    return 0.0


def time_factor(gap: float | None, options: ClusterOptions) -> float:
    """Score multiplier for a time gap in days: ``1 + time_bonus`` within ``grace_days``,
    then exponential decay with ``decay_days``; 1 when a time is unknown (no evidence)."""
    if gap is None:
        return 1.0
    closeness = math.exp(-max(0.0, gap - options.grace_days) / options.decay_days)
    return (1.0 + options.time_bonus) * closeness


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
    cw, c_sq = _story_matrix(live, state.stats)
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
            gap = _span_gap(day, day, f.first_time, f.last_time)
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
                and _head_falls_short(_leads_with(article, story, state.stats), text, options)
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


def _head_falls_short(head: float, text: float, options: ClusterOptions) -> bool:
    """Whether a headline-and-lead cosine says the lead does not tell what the text's match
    is about: under ``head_threshold``, and under ``head_share`` of the ``text`` cosine the
    same pair reaches. A small import's IDF shrinks every cosine, so the absolute floor alone
    failed one event's reports dated days apart (docs/stories.md, "Dates split small
    imports"); a lead that misses a match its body makes is what one paragraph recalling
    another event looks like (read32)."""
    return head < options.head_threshold and head < options.head_share * text


def _heads_agree(
    a: StoryState, b: StoryState, stats: TermStats, text: float, options: ClusterOptions
) -> bool:
    """Whether each story's headlines and leads speak of what the other story tells, judged
    by :func:`_head_falls_short` against the stories' centroid cosine ``text``."""
    fa, fb = a.features, b.features
    return heads_agree(
        fa,
        a.weighted(stats)[2],
        fb,
        b.weighted(stats)[2],
        stats,
        lambda cosine: not _head_falls_short(cosine, text, options),
    )


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


def _merge_pass(state: ClusterState, options: ClusterOptions, result: ClusterResult) -> None:
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
    live = [s for s in _live(state, options) if s.features.size > 0]
    if len(live) < 2:
        return
    dots = _pair_dots(live, state.stats)
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
        if gap is not None and gap > options.dormant_days:
            return True
        # nor for two stories whose members place them apart, each by a place two of them name
        return (
            places_factor < 1.0
            and confirmed(places[a], places[b])
            and confirmed(places[b], places[a])
        )

    def centroids(a: int, b: int) -> float:
        """Cosine of the two stories' IDF-weighted centroids."""
        square = dots[a, a] * dots[b, b]
        return float(dots[a, b] / math.sqrt(square)) if square > 0 else 0.0

    def undated_pair(a: int, b: int) -> bool:
        """Whether a small story may join on the stand-out rule: a side without dates (text
        alone decides; with dates a young story of a new event is small too, and the time
        factor speaks), and not kept apart by its places."""
        gap = _span_gap(*spans[a], *spans[b])
        return gap is None and not kept_apart(a, b, gap, separation.factor(places[a], places[b]))

    def score(a: int, b: int) -> float:
        """Average link times time factor, relative to the pair's threshold."""
        gap = _span_gap(*spans[a], *spans[b])
        factor = time_factor(gap, options)
        places_factor = separation.factor(places[a], places[b])
        small = min(sizes[a], sizes[b]) <= options.small_story_size and not kept_apart(
            a, b, gap, places_factor
        )
        if small:
            # The low threshold is a second chance on text alone: nearness in time must not
            # lower it further (0.07 / 1.5 would merge small stories that share little).
            factor = min(factor, 1.0)
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
        for x in rescore:
            low, high = min(keep, x), max(keep, x)
            value = score(low, high)
            if value >= 1.0:
                heapq.heappush(heap, (-value, low, high))
        _fold(state, live[keep], live[drop], options, result)
    if options.stand_out_ratio > 0:
        _stand_out(live, alive, dots, norms, sizes, undated_pair, merge, options)


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


def _link_languages(state: ClusterState, options: ClusterOptions, result: ClusterResult) -> None:
    """Merge stories of different languages that tell one event
    (:func:`~newsbeat.stories.across_languages.link_stories`); a pair needs one story changed
    in this call. Every story in memory takes part, not only those live at the clock: a
    backfill clusters weeks of articles in one call, and the link's own time limit keeps
    far-apart stories apart."""
    stories = [s for s in state.stories.values() if s.status != "singleton" and s.features.size]

    def gap(a: StoryState, b: StoryState) -> float | None:
        fa, fb = a.features, b.features
        return _span_gap(fa.first_time, fa.last_time, fb.first_time, fb.last_time)

    def merge(a: StoryState, b: StoryState) -> StoryState:
        winner, loser = (a, b) if _survives(a, b) else (b, a)
        _fold(state, winner, loser, options, result)
        return winner

    link_stories(stories, set(result.changed), gap, merge)


def _pair_dots(live: Sequence[StoryState], stats: TermStats) -> np.ndarray:
    """Dot products of the stories' IDF-weighted centroids, exactly symmetric.

    Centroid terms are in insertion order, so the float32 product sums ``a . b`` and ``b . a``
    in different orders and they differ in the last digits. The merge pass must score a pair
    the same both ways, or its heap check takes a re-scored pair's entry for a stale one and
    the pair never merges (ECB+ train: two stories of one sub-topic, 13 and 8 articles, stayed
    apart at average link 0.195 above the 0.18 threshold).
    """
    cw, _ = _story_matrix(live, stats)
    dots = (cw @ cw.T).toarray().astype(np.float64)
    return (dots + dots.T) / 2.0


def _survives(a: StoryState, b: StoryState) -> bool:
    if a.features.size != b.features.size:
        return a.features.size > b.features.size
    return (a.features.first_time or 0.0, a.id) <= (b.features.first_time or 0.0, b.id)
