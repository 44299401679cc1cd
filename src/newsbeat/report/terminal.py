"""Lines for the terminal: a story's cited summary with conflicts highlighted (the digest
prints these under each story header), and the whole story as ``newsbeat story ID`` prints it.

Lines are rich console markup; every piece of article-derived text is escaped with
:func:`rich.markup.escape`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.markup import escape

from newsbeat.compare.analysis import AnalysesStore, AnalysisOptions, story_analyses
from newsbeat.dates import UNDATED, day_of, shown_day
from newsbeat.models import Story
from newsbeat.plurals import counted
from newsbeat.report.first import first_outlets, first_words
from newsbeat.settings import Settings
from newsbeat.story_views.article_analysis import analysis_line
from newsbeat.story_views.coverage import StoryCoverage, story_coverage
from newsbeat.story_views.languages import languages_line, sentence_mark
from newsbeat.story_views.shown_speakers import shown_speaker

if TYPE_CHECKING:
    from newsbeat.store import Store

__all__ = ["digest_lines", "story_digest_lines", "story_text_lines"]


def digest_lines(
    analysis: dict[str, Any], originals: Sequence[tuple[int, str | None, str | None]] = ()
) -> list[str]:
    """Rich-markup lines for one story's analysis (see :func:`story_digest_lines`);
    ``originals`` (article id, outlet, published) say which outlets tie for first."""
    lines = []
    for sentence in (analysis.get("summary") or {}).get("sentences", []):
        mark = sentence_mark(sentence)
        text = f"{mark} {sentence['text']}" if mark else sentence["text"]
        lines.append(f"   • {escape(text)} [dim]— {escape(sentence['outlet'])}[/]")
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
        outlets = (
            first_outlets(compared["first"], originals)
            if originals
            else [compared["first"]["outlet"]]
        )
        day = next((p for i, _, p in originals if i == compared["first"].get("article_id")), None)
        if outlets:
            lines.append(f"   [dim]{escape(first_words(outlets, day))}[/]")
    if analysis.get("error"):
        lines.append(f"   [red]{escape(analysis['error']['message'])}[/]")
    return lines


def story_digest_lines(
    store: AnalysesStore,
    story: Story,
    settings: Settings | None = None,
    coverage: StoryCoverage | None = None,
) -> list[str]:
    """The digest lines of one story: cited summary sentences, then conflicts and updates.

    Uses the stored comparison and summary when current (else computes them, without writing).

    Args:
        store: the store.
        story: the story.
        settings: summary length (defaults when None).
        coverage: the story's coverage, which says the outlets that tie for first (without
            it, only the compared first one is named).

    Returns:
        Rich-markup lines, indented to sit under the story's header line.
    """
    options = AnalysisOptions.from_settings(settings or Settings())
    analysis = story_analyses(store, [story], options)[story.id]
    return digest_lines(analysis, _originals(coverage) if coverage is not None else ())


def _originals(coverage: StoryCoverage) -> list[tuple[int, str | None, str | None]]:
    """(article id, outlet, published) of a story's articles that are not reprints."""
    return [
        (a.appearance.article_id, a.appearance.outlet, a.appearance.published)
        for a in coverage.articles
        if a.reprint_of is None
    ]


def story_text_lines(store: Store, story: Story, settings: Settings | None = None) -> list[str]:
    """The whole story as ``newsbeat story ID`` prints it: header, cited summary, conflicts
    and updates, entities, quotes, claims, relations (with both ends), events (one actor, no
    target), related stories (the same subject or matter, in time order), then every article
    labelled original or reprint (one in another language with what analysis it got:
    :func:`newsbeat.story_views.article_analysis.analysis_line`). Counts and dates follow
    :mod:`newsbeat.story_views.coverage`.

    Returns:
        Rich-markup lines.
    """
    from newsbeat.enrich.reading import story_enrichments
    from newsbeat.report.entity_lists import printed_entities, uncertain_entities
    from newsbeat.serialize import story_json

    coverage = story_coverage(store, story)
    enrichments = story_enrichments(store, list(story.article_ids))
    data = story_json(store, story, coverage, enrichments)
    options = AnalysisOptions.from_settings(settings or Settings())
    analysis = story_analyses(store, [story], options)[story.id]
    lines = [f"[bold]{escape(story.title)}[/]  [dim]{escape(story.id)}[/]", _header(coverage)]
    if languages := languages_line(data["languages"]):
        lines.append(escape(languages))
    if story.beats:
        lines.append(escape(f"beats: {', '.join(story.beats)}"))
    summary = digest_lines(analysis, _originals(coverage))
    if summary:
        lines += ["", "[bold]Summary[/]", *summary]
    entities, left_out = printed_entities(data["entities"], uncertain_entities(enrichments))
    if entities or left_out:
        lines += ["", f"[bold]Entities[/] ({len(entities)})"]
        lines.append(
            "   "
            + escape(", ".join(f"{e['name']} ({e['type']}, {e['mentions']})" for e in entities))
        )
        if left_out:
            lines.append(f"   [dim]{left_out} more of uncertain type, not shown (--json)[/]")
    if data["quotes"]:
        lines += ["", f"[bold]Quotes[/] ({len(data['quotes'])})"]
        for q in data["quotes"]:
            words = f"“{q['text']}”" if q["kind"] == "direct" else f"(that) {q['text']}"
            via = f" via {q['via']}" if q["via"] else ""
            lines.append(
                f"   {escape(shown_speaker(q['speaker'], q.get('speakers')))}{escape(via)}:"
                f" {escape(words)}"
                f" [dim]— {escape(q['outlet'] or 'unknown outlet')}[/]"
            )
    if data["claims"]:
        lines += ["", f"[bold]Claims[/] ({len(data['claims'])})"]
        # One line per sentence: the figures claimed in it are listed on that line.
        by_sentence: dict[tuple[str, str | None, str | None], list[str]] = {}
        for c in data["claims"]:
            key = (c["sentence"], c["claimant"], c["outlet"])
            by_sentence.setdefault(key, []).append(c["what"])
        for (sentence, claimant, outlet), whats in by_sentence.items():
            who = f"{claimant} " if claimant else ""
            lines.append(
                f"   {escape(who)}({escape(', '.join(dict.fromkeys(whats)))}): {escape(sentence)}"
                f" [dim]— {escape(outlet or 'unknown outlet')}[/]"
            )
    relations = [r for r in data["relations"] if r["source"] and r["target"]]
    if relations:
        lines += ["", f"[bold]Relations[/] ({len(relations)})"]
        for r in relations:
            lines.append(
                f"   {escape(r['source'])} [cyan]{escape(r['type'])}[/] {escape(r['target'] or '')}"
                f" [dim]— {escape(r['outlet'] or 'unknown outlet')}: {escape(r['evidence'])}[/]"
            )
    if data["events"]:
        # An action with no target is an event of its actor, never a relation.
        lines += ["", f"[bold]Events[/] ({len(data['events'])}, one actor, no target)"]
        for e in data["events"]:
            when = f" ({day_of(e['date']) or e['date']})" if e["date"] else ""
            lines.append(
                f"   {escape(e['actor'])} [cyan]{escape(e['type'])}[/]{escape(when)}"
                f" [dim]— {escape(e['outlet'] or 'unknown outlet')}: {escape(e['evidence'])}[/]"
            )
    if data["related"]:
        lines += ["", f"[bold]Related stories[/] ({len(data['related'])}, in time order)"]
        for link in data["related"]:
            when = day_of(link["first_seen"]) or "undated"
            about = (
                f" [dim]— both about {escape(', '.join(link['actors']))}[/]"
                if link["actors"]
                else ""
            )
            lines.append(f"   {escape(link['id'])}  {when}  {escape(link['title'])}{about}")
    lines += ["", f"[bold]Articles[/] ({len(coverage.articles)})"]
    for a, shown in zip(coverage.articles, data["articles"], strict=True):
        seen = a.appearance
        marks = [a.label] + (["headline only"] if seen.text_status != "full" else [])
        lines.append(
            f"   {escape(shown_day(seen.published)):<10}  #{seen.article_id}"
            f" {escape(seen.outlet or 'unknown outlet')}: {escape(seen.title)}"
            f" [dim]({escape(', '.join(marks))})[/]"
        )
        if note := analysis_line(shown):
            lines.append(f"{' ' * 15}[dim]{escape(note)}[/]")
    return lines


def _header(coverage: StoryCoverage) -> str:
    if coverage.undated:
        when = f"{UNDATED} (none of its articles gave a date)"
    else:
        when = f"{shown_day(coverage.first_seen)} → {shown_day(coverage.last_updated)}"
    reprints = f" ({counted(coverage.reprints, 'reprint')})" if coverage.reprints else ""
    outlets = ", ".join(coverage.outlets) or "unknown outlet"
    return escape(
        f"{when} · {counted(len(coverage.articles), 'article')}{reprints}"
        f" · {counted(len(coverage.outlets), 'outlet')}: {outlets}"
    )
