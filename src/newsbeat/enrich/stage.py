"""The enrich stage: parse each new article once and store what it says.

Of the articles not yet enriched (``store.unenriched_article_ids``), nothing is parsed that
need not be:

- a reprint or near-duplicate (``duplicate_of`` set by dedupe) is saved as skipped without a
  parse: readers take its original's enrichment, credited to it (``Enrichment.for_reprint``);
- an article in no beat (neither itself nor any article of its story matches a beat) is left
  for later and counted as ``not_in_beat``: it is enriched by the first run after a beat covers
  it (when no beat is defined at all, every article is);
- a non-English article is saved as skipped with the language found (a cheap check, no parse).

The rest is parsed with ``nlp.pipe`` in partitions on the run's executor
(:mod:`newsbeat.executors`: this process for a few articles, local processes, or a Dask
cluster) and each parsed article yields entities, quotes, claims and relations. Results come
back here and each article's is saved in its own transaction, so an interrupted run loses
nothing already saved and the next run resumes.

Each enrichment records the version of the analysis that produced it
(:func:`~newsbeat.enrich.rules_version.analysis_version`: the spaCy pipeline, its version and
:data:`~newsbeat.enrich.rules_version.RULES_VERSION`). A new version does not redo anything by
itself; ``newsbeat update --reenrich`` redoes the articles enriched by another version. What a
worker runs on a partition is :mod:`newsbeat.enrich.analysis`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_partition
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.rules_version import analysis_version
from newsbeat.exceptions import ModelMissingError
from newsbeat.executors import Executor, ExecutorChoice, open_executor, run_partitioned
from newsbeat.models import Enrichment
from newsbeat.store import ArticleStore, BeatStore, EnrichmentStore, StoryStore

if TYPE_CHECKING:
    from newsbeat.settings import Settings
    from newsbeat.stage import RunOptions, StageResult
    from newsbeat.store import Store

__all__ = [
    "enrich_articles",
    "enrich_stage",
    "plan_parsing",
]

log = logging.getLogger(__name__)

_MIN_POOL_ARTICLES = 8  # fewer are parsed in the calling process: starting workers costs more


def enrich_articles(
    articles: Iterable[ArticleInput],
    options: EnrichOptions,
    executor: Executor | None = None,
    *,
    count: int | None = None,
) -> Iterator[Enrichment]:
    """Analyse articles, in input order (non-English ones are skipped without a parse).

    Args:
        articles: the articles (a sequence, or any iterable read lazily, a bounded number of
            partitions at a time).
        options: stage options.
        executor: where the parsing runs; None: ``options.processes`` local processes (closed
            at the end). Fewer than a few articles are parsed in this process either way.
        count: how many articles an iterable holds, to spread them evenly over the workers.

    Yields:
        One enrichment per article: skipped ones carry ``skipped_reason``.
    """

    def warned() -> Iterator[ArticleInput]:
        for article in articles:
            if len(article.text) > options.max_chars:
                log.warning(
                    "article %s: %d characters, analysing the first %d",
                    article.id,
                    len(article.text),
                    options.max_chars,
                )
            yield article

    own = executor is None
    runner = open_executor(ExecutorChoice(processes=options.processes)) if own else executor
    assert runner is not None
    if count is None and isinstance(articles, Sequence):
        count = len(articles)
    try:
        yield from run_partitioned(
            runner,
            analyse_partition,
            warned(),
            options,
            batch_size=options.batch_size,
            min_parallel=_MIN_POOL_ARTICLES,
            prepare=(load_pipeline, (options.model,)),
            count=count,
        )
    finally:
        if own:
            runner.close()


def enrich_stage(
    store: Store,
    settings: Settings,
    options: RunOptions,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> StageResult:
    """Pipeline stage: enrich the articles the store has not enriched yet (see the module
    docstring for what is skipped); with ``options.reenrich`` also those enriched by another
    version of the analysis.

    The parsing runs on the run's executor (``options.executor``), else on one opened from the
    ``[enrich]`` settings for this stage; results come back here and each article's is saved in
    its own transaction as it arrives.

    Args:
        store: the store.
        settings: settings (``[enrich]``: ``spacy_model``, ``processes``, ``dask_scheduler``,
            ``dask_workers``).
        options: the run's options (its executor, ``reenrich``).
        on_progress: called with (done, total) after each article (default: the run's
            ``options.progress``).

    Returns:
        Counts: enriched, skipped (reprints included), reprints, not_in_beat, reenriched (of
        the enriched, those redone for ``--reenrich``), stale (articles left with an older
        version's analysis: without ``--reenrich`` only), quotes, claims, relations; failures
        name the article.

    Raises:
        ModelMissingError: no spaCy pipeline is installed (before anything is saved).
    """
    from newsbeat.stage import StageResult

    result = StageResult(name="enrich")
    on_progress = on_progress or options.progress
    tally = _Tally()
    ids = store.unenriched_article_ids()
    if not options.reenrich:
        tally.stale = _stale_count(store, settings.enrich.spacy_model)
    if not ids and not options.reenrich:
        result.counts = tally.counts()
        return result
    model = settings.enrich.spacy_model
    own = options.executor is None
    executor = options.executor or open_executor(ExecutorChoice.from_settings(settings.enrich))
    try:
        # Fails early when the pipeline is missing; a cluster's workers say which they have.
        version = executor.call(analysis_version, model) if executor.remote else None
        version = version or analysis_version(model)
        redo: set[int] = set()
        if options.reenrich:
            redo = set(store.stale_enrichment_ids(version))
            ids = sorted({*ids, *redo})
        todo = _to_parse(store, ids, version, tally)
        if on_progress is not None and todo:
            on_progress(0, len(todo))  # the bar shows while the language model loads
        stage_options = EnrichOptions(model=model, processes=settings.enrich.processes)
        found = enrich_articles(_inputs(store, todo), stage_options, executor, count=len(todo))
        for done, enrichment in enumerate(found, start=1):
            if enrichment.skipped_reason and enrichment.skipped_reason.startswith("error:"):
                result.failures.append(
                    f"article {enrichment.article_id}: {enrichment.skipped_reason}"
                )
            else:
                store.save_enrichment(enrichment)
                tally.add(enrichment, redone=enrichment.article_id in redo)
            if on_progress is not None:
                on_progress(done, len(todo))
    finally:
        if own:
            executor.close()
    result.counts = tally.counts()
    return result


def _stale_count(store: EnrichmentStore, model: str) -> int:
    """How many articles keep an analysis made by another version, which this run does not
    redo (``--reenrich`` does): the CLI says so, since their stories show the older analysis.
    None can be counted when the pipeline is installed only on the cluster's workers."""
    try:
        version = analysis_version(model)
    except ModelMissingError:
        return 0
    return store.count_stale_enrichments(version)


def plan_parsing(store: Store, model: str) -> dict[str, int | float]:
    """What the enrich stage would parse of the articles not yet enriched, without parsing:
    reprints and link-only articles are saved as skipped, as the stage saves them (what
    ``bench scale`` uses to measure the work reprints save on a large archive).

    Returns:
        The stage's counts (``reprints``, ``skipped``, ``not_in_beat``) and ``to_parse``.
    """
    tally = _Tally()
    todo = _to_parse(store, store.unenriched_article_ids(), analysis_version(model), tally)
    return {**tally.counts(), "to_parse": len(todo)}


class _ParseStore(ArticleStore, BeatStore, EnrichmentStore, StoryStore, Protocol):
    """What choosing the articles to parse needs."""


def _to_parse(store: _ParseStore, ids: Sequence[int], version: str, tally: _Tally) -> list[int]:
    """The ids worth parsing; reprints are saved as skipped, articles in no beat left."""
    # Which articles the beats' stories hold is read only if some article is in no beat: most
    # runs have none, and reading every story of every beat costs more than the run itself.
    followed = functools.cache(lambda: _followed(store))
    todo: list[int] = []
    reprints: list[Enrichment] = []
    skipped: list[Enrichment] = []
    for article in store.iter_articles(ids=ids):
        assert article.id is not None
        if article.duplicate_of is not None:
            # A reprint says what its original says: readers credit the original's enrichment
            # to each outlet that ran the text, so parsing it again would be waste.
            reason = f"reprint of article {article.duplicate_of}"
            reprints.append(
                Enrichment(article_id=article.id, skipped_reason=reason, version=version)
            )
        elif article.headline_only:  # a link-only article: no text to analyse
            reason = f"headline only ({article.text_status}): no text to analyse"
            skipped.append(
                Enrichment(article_id=article.id, skipped_reason=reason, version=version)
            )
        elif not article.beats and (held := followed()) is not None and article.id not in held:
            tally.not_in_beat += 1  # nothing saved: enriched once a beat covers it
        else:
            todo.append(article.id)
    for enrichment in reprints:
        store.save_enrichment(enrichment)
        tally.skipped += 1
        tally.reprints += 1
    for enrichment in skipped:
        store.save_enrichment(enrichment)
        tally.skipped += 1
    if tally.not_in_beat:
        log.info(
            "%d articles are in no beat: not enriched until a beat covers them", tally.not_in_beat
        )
    return todo


_READ_CHUNK = 500  # articles read from the store at a time (whole: no cursor stays open)


def _inputs(store: ArticleStore, ids: list[int]) -> Iterator[ArticleInput]:
    """The articles to parse, read lazily in chunks, so that a backfill's texts are never all
    in memory."""
    for start in range(0, len(ids), _READ_CHUNK):
        chunk = list(store.iter_articles(ids=ids[start : start + _READ_CHUNK]))
        yield from (ArticleInput.of(article) for article in chunk)


def _followed(store: _ParseStore) -> set[int] | None:
    """Ids of the articles of stories a beat follows (an article outside the beat's query can
    join its story); None when no beat is defined (then every article is followed)."""
    beats = store.list_beats()
    if not beats:
        return None
    return {
        aid
        for beat in beats
        for story in store.list_stories(beat=beat.name)
        for aid in story.article_ids
    }


@dataclass
class _Tally:
    """The enrich stage's counts."""

    enriched: int = 0
    skipped: int = 0
    reprints: int = 0
    not_in_beat: int = 0
    reenriched: int = 0
    stale: int = 0
    quotes: int = 0
    claims: int = 0
    relations: int = 0

    def add(self, enrichment: Enrichment, *, redone: bool = False) -> None:
        if enrichment.skipped_reason:
            self.skipped += 1
            return
        self.enriched += 1
        self.reenriched += redone
        self.quotes += len(enrichment.quotes)
        self.claims += len(enrichment.claims)
        self.relations += sum(1 for r in enrichment.relations if not r.negated)

    def counts(self) -> dict[str, int | float]:
        return dict(vars(self))
