"""The pipeline entry of the collect stage (``newsbeat.pipeline.STAGES``)."""

from __future__ import annotations

from newsbeat.collect.run import CollectOptions, collect
from newsbeat.settings import Settings
from newsbeat.stage import RunOptions, StageResult
from newsbeat.store import Store

__all__ = ["collect_stage"]


def collect_stage(store: Store, settings: Settings, options: RunOptions) -> StageResult:
    """Collect the run's beat (its sources plus keyword search unless ``use_search`` is off).

    Without a beat there is no query, so only beat-less sources are polled.
    """
    report = collect(
        store,
        settings,
        CollectOptions(
            beat=options.beat,
            since=options.since,
            use_search=options.use_search,
            refresh=options.refresh,
        ),
    )
    p = report.progress
    return StageResult(
        name="collect",
        counts={
            "sources_polled": p.sources_polled,
            "pages_fetched": p.pages_fetched,
            "pages_failed": p.pages_failed,
            "new_articles": p.articles_new,
        },
        failures=[f"{f.location}: {f.error}" for f in report.failures],
    )
