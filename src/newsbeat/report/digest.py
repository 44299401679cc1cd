"""The terminal digest: what is new on a beat, as stories when they exist, else as articles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from rich.console import Console
from rich.markup import escape

from newsbeat.models import Article, Story
from newsbeat.store import ArticleStore, BeatStore, EnrichmentStore, Store, StoryStore

if TYPE_CHECKING:  # imported when a story is rendered, like the terminal lines
    from newsbeat.compare.analysis import AnalysesStore

__all__ = ["DigestSection", "DigestStore", "build_digest", "render_digest"]


@dataclass(kw_only=True)
class DigestSection:
    """One beat's part of the digest (``beat`` None = all articles)."""

    beat: str | None
    article_count: int
    stories: list[Story] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


class DigestStore(ArticleStore, BeatStore, StoryStore, Protocol):
    """What :func:`build_digest` reads: beats, their stories, else their newest articles."""


def build_digest(
    store: DigestStore, *, beat: str | None = None, since: str | None = None, limit: int = 10
) -> list[DigestSection]:
    """Collect what the digest shows, per beat (or for the one beat asked for).

    Stories come most covered and newest first; without stories, the newest articles.
    """
    names: list[str | None] = [beat] if beat is not None else [b.name for b in store.list_beats()]
    names = names or [None]
    sections = []
    for name in names:
        if name is not None:
            store.get_beat(name)
        stories = store.list_stories(beat=name, since=since)
        section = DigestSection(beat=name, article_count=store.count_articles(beat=name))
        if stories:
            section.stories = stories[:limit]
        else:
            articles = list(store.iter_articles(beat=name, since=since, include_duplicates=False))
            articles.sort(key=lambda a: a.published or a.imported_at or "", reverse=True)
            section.articles = articles[:limit]
        sections.append(section)
    return sections


def render_digest(
    store: Store,
    *,
    console: Console,
    beat: str | None = None,
    since: str | None = None,
    limit: int = 10,
) -> None:
    """Print the digest to a rich console."""
    for section in build_digest(store, beat=beat, since=since, limit=limit):
        heading = f"beat: {section.beat}" if section.beat else "all articles"
        console.rule(f"[bold]{escape(heading)}[/] · {section.article_count} articles")
        if section.stories:
            for story in section.stories:
                _render_story(store, story, console)
        elif section.articles:
            for article in section.articles:
                when = (article.published or "")[:10]
                outlet = article.outlet or "unknown outlet"
                mark = " [dim](headline only)[/]" if article.headline_only else ""
                console.print(
                    f" • [bold]{escape(article.title)}[/]{mark}  {escape(outlet)} {escape(when)}"
                )
        else:
            console.print(" nothing yet")


def _render_story(store: AnalysesStore, story: Story, console: Console) -> None:
    outlets = ", ".join(story.outlets) or "unknown outlet"
    count = len(story.article_ids)
    # A story none of whose articles gave a date sits at its import/fetch time: say so.
    originals = [
        a
        for original, appearances in store.story_appearances(story.id).items()
        for a in appearances
        if a.article_id == original
    ]
    undated = all(a.published is None for a in originals)
    headlines = sum(a.text_status != "full" for a in originals)
    console.print(
        f"\n [bold]{escape(story.title)}[/]  [dim]{escape(story.id)} · {count} article"
        f"{'s' if count != 1 else ''}{f' ({headlines} headline only)' if headlines else ''}"
        f" · {escape(outlets)} · {story.first_seen[:10]}"
        f" → {story.last_updated[:10]}{' (no date given: import time)' if undated else ''}[/]"
    )
    _render_understanding(store, story, console)
    # The cited summary and the conflicts between outlets (stored by the compare and summarise
    # stages; computed here when a story changed since they ran).
    from newsbeat.report.terminal import story_digest_lines

    for line in story_digest_lines(store, story):
        console.print(line, soft_wrap=True)


def _render_understanding(store: EnrichmentStore, story: Story, console: Console) -> None:
    """Who is involved, how much was said and claimed, and the main relations between actors."""
    from newsbeat.serialize import story_enrichment_json

    found = story_enrichment_json(store, story)
    entities = sorted(found["entities"], key=lambda e: -int(e["mentions"]))
    who = ", ".join(str(e["name"]) for e in entities[:5])
    # Relations with both ends known, most often reported first.
    relations = Counter(
        f"{r['source']} {r['type']} {r['target']}"
        for r in found["relations"]
        if r["source"] and r["target"]
    )
    counts = (
        f"{len(found['quotes'])} quotes · {len(found['claims'])} claims"
        f" · {len(found['relations'])} relations"
    )
    if who:
        console.print(f"   [cyan]who[/] {escape(who)} [dim]· {counts}[/]")
    for relation, _ in relations.most_common(3):
        console.print(f"   [cyan]relation[/] {escape(relation)}")
