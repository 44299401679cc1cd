"""Lines for the terminal digest: a story's cited summary, with conflicts highlighted.

The digest (:mod:`newsbeat.report.digest`) prints these under each story header. Lines are
rich console markup; every piece of article-derived text is escaped with :func:`rich.markup.escape`.
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape

from newsbeat.compare.analysis import AnalysesStore, AnalysisOptions, story_analyses
from newsbeat.models import Story
from newsbeat.settings import Settings

__all__ = ["digest_lines", "story_digest_lines"]


def digest_lines(analysis: dict[str, Any]) -> list[str]:
    """Rich-markup lines for one story's analysis (see :func:`story_digest_lines`)."""
    lines = []
    for sentence in (analysis.get("summary") or {}).get("sentences", []):
        lines.append(f"   • {escape(sentence['text'])} [dim]— {escape(sentence['outlet'])}[/]")
    compared = analysis.get("compare") or {}
    comparison = compared.get("comparison") or {}
    for pair in comparison.get("conflicts", []):
        a, b = pair["sides"]
        lines.append(
            f"   [bold red]conflict[/] {escape(pair['what'])}: "
            f"[bold]{escape(a['value'])}[/] ({escape(', '.join(a['outlets']))}) vs "
            f"[bold]{escape(b['value'])}[/] ({escape(', '.join(b['outlets']))})"
        )
    for pair in comparison.get("updates", []):
        lines.append(
            f"   [yellow]update[/] {escape(pair['what'])}: {escape(pair['earlier']['value'])} → "
            f"{escape(pair['later']['value'])} ({escape(', '.join(pair['later']['outlets']))})"
        )
    if compared.get("first"):
        lines.append(f"   [dim]first reported by {escape(compared['first']['outlet'])}[/]")
    if analysis.get("error"):
        lines.append(f"   [red]{escape(analysis['error']['message'])}[/]")
    return lines


def story_digest_lines(
    store: AnalysesStore, story: Story, settings: Settings | None = None
) -> list[str]:
    """The digest lines of one story: cited summary sentences, then conflicts and updates.

    Uses the stored comparison and summary when current (else computes them, without writing).

    Args:
        store: the store.
        story: the story.
        settings: summary length (defaults when None).

    Returns:
        Rich-markup lines, indented to sit under the story's header line.
    """
    options = AnalysisOptions.from_settings(settings or Settings())
    return digest_lines(story_analyses(store, [story], options)[story.id])
