"""What every pipeline stage shares: its signature, its options and its result.

A leaf module: the stages import it, and :mod:`newsbeat.pipeline` imports the stages, so nothing
here may import a stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbeat.executors import Executor
    from newsbeat.json_shapes import StageJSON
    from newsbeat.models import Source
    from newsbeat.settings import Settings
    from newsbeat.store import Store

__all__ = ["RunOptions", "Stage", "StageResult"]


@dataclass(frozen=True, kw_only=True)
class RunOptions:
    """What the user asked of a run.

    Attributes:
        beat: the beat a run follows (or a per-beat stage works on).
        since: the collect window's start (ISO).
        use_search: collect from the keyword search too.
        refresh: fetch known pages again.
        quiet: no progress output.
        executor: where the heavy pure work runs (the run opened it and closes it); None: each
            stage opens one from the ``[enrich]`` settings for its own work.
        reenrich: also enrich again the articles enriched by another version of the analysis.
        poll_due: which stored sources a run polls (``newsbeat watch``); None: every one.
        progress: called with (done, total) as a stage works through its items (articles,
            stories), for a progress bar; None: nobody is watching.
    """

    beat: str | None = None
    since: str | None = None
    use_search: bool = True
    refresh: bool = False
    quiet: bool = False
    executor: Executor | None = None
    reenrich: bool = False
    poll_due: Callable[[Source], bool] | None = None
    progress: Callable[[int, int], None] | None = None


@dataclass(kw_only=True)
class StageResult:
    """What a stage did: counts for the summary line, and failures (each naming its input)."""

    name: str
    counts: dict[str, int | float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def to_json(self) -> StageJSON:
        """``{name, counts, failures}``, as ``newsbeat run --json`` lists each stage."""
        return {"name": self.name, "counts": self.counts, "failures": self.failures}


Stage = Callable[["Store", "Settings", RunOptions], StageResult]
