"""The terminal digest: what is new on a beat, as stories when they exist, else as articles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from rich.console import Console
from rich.markup import escape

from newsbeat.dates import UNDATED, is_dated, shown_day
from newsbeat.models import Article, Story
from newsbeat.plurals import counted
from newsbeat.store import ArticleStore, BeatStore, EnrichmentStore, Store, StoryStore
from newsbeat.story_views.coverage import StoryCoverage, article_listing, story_listing
from newsbeat.story_views.languages import languages_line

if TYPE_CHECKING:  # imported when a story is rendered, like the terminal lines
    from newsbeat.compare.analysis import AnalysesStore

__all__ = ["DigestSection", "DigestStore", "build_digest", "render_digest"]


@dataclass(kw_only=True)
class DigestSection:
    """One beat's part of the digest (``beat`` None = all articles).

    ``stories`` are the dated stories shown, ``undated`` those none of whose articles gave a
    date (their own group: never "new"), ``coverage`` counts and dates both (one rule,
    :mod:`newsbeat.story_views.coverage`). ``hidden_undated`` counts undated stories or
    articles left out by ``since``.
    """

    beat: str | None
    article_count: int
    stories: list[Story] = field(default_factory=list)
    undated: list[Story] = field(default_factory=list)
    coverage: dict[str, StoryCoverage] = field(default_factory=dict)
    articles: list[Article] = field(default_factory=list)
    hidden_undated: int = 0
    hidden_kind: str = "story"


class DigestStore(ArticleStore, BeatStore, StoryStore, Protocol):
    """What :func:`build_digest` reads: beats, their stories, else their newest articles."""


def build_digest(
    store: DigestStore, *, beat: str | None = None, since: str | None = None, limit: int = 10
) -> list[DigestSection]:
    """Collect what the digest shows, per beat (or for the one beat asked for).

    Stories come most covered (articles and outlets, reprints included) and newest first,
    undated stories in their own group; without stories, the newest articles. ``since`` keeps
    what was published since then: undated stories and articles never count as new.
    """
    names: list[str | None] = [beat] if beat is not None else [b.name for b in store.list_beats()]
    names = names or [None]
    sections = []
    for name in names:
        if name is not None:
            store.get_beat(name)
        section = DigestSection(beat=name, article_count=store.count_articles(beat=name))
        listing = story_listing(store, beat=name, since=since)
        if listing.total or listing.hidden_undated:
            section.stories = listing.stories[:limit]
            section.undated = listing.undated[:limit]
            section.coverage = listing.coverage
            section.hidden_undated = listing.hidden_undated
        else:
            found = article_listing(store, beat=name, since=since, include_duplicates=False)
            articles = found.articles
            if found.hidden_undated:
                section.hidden_undated = found.hidden_undated
                section.hidden_kind = "article"
            articles.sort(key=lambda a: (a.published is not None, a.published or ""), reverse=True)
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
        count = section.article_count
        console.rule(f"[bold]{escape(heading)}[/] · {counted(count, 'article')}")
        for story in section.stories:
            _render_story(store, story, section.coverage[story.id], console)
        if section.undated:
            console.print(f"\n [bold]{UNDATED}[/] [dim](none of their articles gave a date)[/]")
            for story in section.undated:
                _render_story(store, story, section.coverage[story.id], console)
        for article in section.articles:
            dated = is_dated(article.published, article.published_source)
            when = shown_day(article.published if dated else None)
            outlet = article.outlet or "unknown outlet"
            mark = " [dim](headline only)[/]" if article.headline_only else ""
            console.print(
                f" • [bold]{escape(article.title)}[/]{mark}  {escape(outlet)} {escape(when)}"
            )
        if not (section.stories or section.undated or section.articles):
            console.print(" nothing new" if since is not None else " nothing yet")
        if section.hidden_undated:
            n, kind = section.hidden_undated, section.hidden_kind
            kinds = "stories" if kind == "story" else "articles"
            console.print(
                f" [dim]{counted(n, f'undated {kind}', f'undated {kinds}')} not shown: no date was"
                " given, so they cannot be placed after --since[/]"
            )


def _render_story(
    store: AnalysesStore, story: Story, coverage: StoryCoverage, console: Console
) -> None:
    outlets = ", ".join(coverage.outlets) or "unknown outlet"
    count = len(coverage.articles)
    headlines = coverage.headline_only
    reprints = coverage.reprints
    extra = [counted(reprints, "reprint")] if reprints else []
    extra += [f"{headlines} headline only"] if headlines else []
    detail = f" ({', '.join(extra)})" if extra else ""
    when = (
        UNDATED
        if coverage.undated
        else f"{shown_day(coverage.first_seen)} → {shown_day(coverage.last_updated)}"
    )
    console.print(
        f"\n [bold]{escape(story.title)}[/]  [dim]{escape(story.id)} · {counted(count, 'article')}"
        f"{detail}"
        f" · {escape(outlets)} · {when}[/]"
    )
    if languages := languages_line(coverage.languages):
        console.print(f"   [dim]{escape(languages)}[/]", soft_wrap=True)
    _render_understanding(store, story, console)
    # The cited summary and the conflicts between outlets (stored by the compare and summarise
    # stages; computed here when a story changed since they ran).
    from newsbeat.report.terminal import story_digest_lines

    for line in story_digest_lines(store, story, coverage=coverage):
        console.print(line, soft_wrap=True)


def _render_understanding(store: EnrichmentStore, story: Story, console: Console) -> None:
    """Who is involved, how much was said and claimed, and the main relations between actors."""
    from newsbeat.enrich.reading import story_enrichments
    from newsbeat.report.entity_lists import involved, printed_entities, uncertain_entities
    from newsbeat.serialize import enrichment_json

    read = story_enrichments(store, list(story.article_ids))
    found = enrichment_json(read)
    entities = sorted(found["entities"], key=lambda e: -int(e["mentions"]))
    # an entity of uncertain type is left out rather than shown with a wrong one
    entities, _ = printed_entities(entities, uncertain_entities(read))
    who = ", ".join(str(e["name"]) for e in involved(entities, story.outlets)[:5])
    # Relations with both ends known, most often reported first.
    relations = Counter(
        f"{r['source']} {r['type']} {r['target']}"
        for r in found["relations"]
        if r["source"] and r["target"]
    )
    counts = " · ".join(
        counted(n, word)
        for n, word in (
            (len(found["quotes"]), "quote"),
            (len(found["claims"]), "claim"),
            (len(found["relations"]), "relation"),
        )
    )
    if who:
        console.print(f"   [cyan]who[/] {escape(who)} [dim]· {counts}[/]")
    for relation, _ in relations.most_common(3):
        console.print(f"   [cyan]relation[/] {escape(relation)}")
