"""The main job: ``collect -> dedupe -> stories -> enrich -> ...`` over the store.

Each stage is a function ``(store, settings, options) -> StageResult`` listed in :data:`STAGES`
in data-flow order. ``newsbeat run`` runs them all; ``newsbeat demo`` runs all but ``collect``
after ingesting the bundled corpus. A stage reads what earlier stages stored and writes its own
results back: the store is the only shared state.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsbeat.settings import Settings
from newsbeat.store import Store

__all__ = ["STAGES", "RunOptions", "StageResult", "run_pipeline"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class RunOptions:
    """What the user asked of a run."""

    beat: str | None = None
    since: str | None = None
    use_search: bool = True
    refresh: bool = False
    quiet: bool = False


@dataclass(kw_only=True)
class StageResult:
    """What a stage did: counts for the summary line, and failures (each naming its input)."""

    name: str
    counts: dict[str, int | float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


Stage = Callable[[Store, Settings, RunOptions], StageResult]


def _lazy(module: str, name: str) -> Stage:
    """A stage imported when it runs (stage modules import this module for StageResult)."""

    def run(store: Store, settings: Settings, options: RunOptions) -> StageResult:
        stage: Stage = getattr(importlib.import_module(module), name)
        return stage(store, settings, options)

    run.__name__ = name
    return run


# (name, stage) in data-flow order; each stage module adds its entry here when it lands.
STAGES: list[tuple[str, Stage]] = [
    ("collect", _lazy("newsbeat.collect.stage", "collect_stage")),
    ("dedupe", _lazy("newsbeat.dedupe", "dedupe_stage")),
    ("stories", _lazy("newsbeat.stories.stage", "stories_stage")),
    ("enrich", _lazy("newsbeat.enrich.stage", "enrich_stage")),
    # compare and summarise read what enrich stored: keep them after "enrich".
    ("compare", _lazy("newsbeat.analysis", "compare_stage")),
    ("summarise", _lazy("newsbeat.analysis", "summarise_stage")),
    # alerts carry each story's JSON, enrichment included: last.
    ("alert", _lazy("newsbeat.alerts", "alert_stage")),
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
