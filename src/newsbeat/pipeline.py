"""The main job: ``collect -> dedupe -> stories -> enrich -> ...`` over the store.

Each stage is a function ``(store, settings, options) -> StageResult`` listed in :data:`STAGES`
in data-flow order. ``newsbeat run`` runs them all; ``newsbeat demo`` runs all but ``collect``
after ingesting the bundled corpus. A stage reads what earlier stages stored and writes its own
results back: the store is the only shared state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from newsbeat.collect.stage import collect_stage
from newsbeat.compare.analysis import compare_stage, summarise_stage
from newsbeat.enrich.stage import enrich_stage
from newsbeat.report.alerts import alert_stage
from newsbeat.settings import Settings
from newsbeat.stage import RunOptions, Stage, StageResult
from newsbeat.store import Store
from newsbeat.stories.dedupe import dedupe_stage
from newsbeat.stories.stage import stories_stage

__all__ = ["STAGES", "RunOptions", "StageResult", "run_pipeline"]

log = logging.getLogger(__name__)

# (name, stage) in data-flow order.
STAGES: list[tuple[str, Stage]] = [
    ("collect", collect_stage),
    ("dedupe", dedupe_stage),
    ("stories", stories_stage),
    ("enrich", enrich_stage),
    # compare and summarise read what enrich stored: keep them after "enrich".
    ("compare", compare_stage),
    ("summarise", summarise_stage),
    # alerts carry each story's JSON, enrichment included: last.
    ("alert", alert_stage),
]


def run_pipeline(
    store: Store,
    settings: Settings,
    options: RunOptions,
    *,
    skip: Sequence[str] = (),
    on_stage: Callable[[str], None] | None = None,
) -> list[StageResult]:
    """Run every stage in order (except those in ``skip``) and return their results."""
    results = []
    for name, stage in STAGES:
        if name in skip:
            continue
        if on_stage is not None:
            on_stage(name)
        log.info("stage %s", name)
        results.append(stage(store, settings, options))
    return results
