"""What a collect run did: live counters, failures, headline-only items, and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsbeat.collect.linkonly import LinkOnly

if TYPE_CHECKING:
    from newsbeat.json_shapes import CollectFailureJSON, CollectReportJSON

__all__ = ["CollectProgress", "CollectReport", "Failure"]


@dataclass(kw_only=True)
class Failure:
    """A source or page that failed, with its error."""

    kind: str  # "source" | "page"
    location: str
    error: str

    def to_json(self) -> CollectFailureJSON:
        """JSON shape: ``{kind, location, error}``."""
        return {"kind": self.kind, "location": self.location, "error": self.error}


@dataclass(kw_only=True)
class CollectProgress:
    """Live counters (the CLI shows them while the run goes)."""

    sources_total: int = 0
    sources_polled: int = 0
    sources_failed: int = 0
    pages_queued: int = 0
    pages_known: int = 0
    pages_fetched: int = 0
    pages_failed: int = 0
    articles_new: int = 0
    articles_existing: int = 0
    articles_link_only: int = 0
    links_resolved: int = 0
    links_unresolved: int = 0


@dataclass(kw_only=True)
class CollectReport:
    """What a collect run did."""

    progress: CollectProgress = field(default_factory=CollectProgress)
    failures: list[Failure] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    link_only: list[LinkOnly] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        """Whether any source or page failed."""
        return bool(self.failures)

    def to_json(self) -> CollectReportJSON:
        """JSON shape of ``newsbeat fetch --json`` / ``newsbeat run --json`` (collect part)."""
        p = self.progress
        return {
            "sources_polled": p.sources_polled,
            "sources_failed": p.sources_failed,
            "pages_fetched": p.pages_fetched,
            "pages_failed": p.pages_failed,
            "pages_already_stored": p.pages_known,
            "new_articles": p.articles_new,
            "existing_articles": p.articles_existing,
            "link_only_articles": p.articles_link_only,
            "links_resolved": p.links_resolved,
            "links_unresolved": p.links_unresolved,
            "new_ids": list(self.new_ids),
            "failures": [f.to_json() for f in self.failures],
            "link_only": [
                {"location": n.location, "text_status": n.status, "reason": n.reason}
                for n in self.link_only
            ],
            "problems": list(self.problems),
            "interrupted": self.interrupted,
            "seconds": round(self.seconds, 2),
        }
