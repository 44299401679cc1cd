"""Renderers: the report data as Markdown, one self-contained HTML file, or JSON.

Each renderer is a function ``(report) -> str`` registered in :data:`RENDERERS` by format name.

Escaping is structural, not remembered per field: the HTML environment autoescapes every
expression, and the Markdown environment passes every expression through :func:`md_escape` (its
``finalize`` hook) unless a filter marked it as already-safe Markdown. Links only ever point to
http(s) URLs (see :func:`~newsbeat.report.build.safe_url`) or to anchors inside the page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import quote

import jinja2

from newsbeat.plurals import counted
from newsbeat.report.calendar_periods import periods_view
from newsbeat.report.charts import (
    PALETTE,
    actor_graph,
    day_bars,
    graph_svg,
    timeline,
    timeline_svg,
)
from newsbeat.story_views.languages import sentence_lang, sentence_mark, shown_language, told_in
from newsbeat.story_views.shown_speakers import shown_speaker

__all__ = ["RENDERERS", "md_escape", "render"]

Renderer = Callable[[dict[str, Any]], str]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&])")
_SPACE = re.compile(r"\s+")
# A leading "- ", "+ " or "3. " would start a (nested) list wherever the text is put.
_MD_LIST_START = re.compile(r"^(\d+[.)]|[-+])(?=\s|$)")


class MdRaw(str):
    """Markdown that is already safe (made by a filter); the finalize hook leaves it alone."""

    __slots__ = ()


def md_escape(value: object) -> str:
    """Text as inert Markdown: specials backslash-escaped, whitespace folded to one line."""
    if value is None:
        return ""
    if isinstance(value, MdRaw):
        return value
    text = _SPACE.sub(" ", str(value)).strip()
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LIST_START.sub(lambda m: f"{m[1][:-1]}\\{m[1][-1]}", text)


def _md_link(text: object, url: str | None) -> MdRaw:
    """``[text](url)`` with the URL's troublesome characters percent-encoded."""
    label = md_escape(text)
    if not url:
        return MdRaw(label)
    return MdRaw(f"[{label}]({quote(url, safe=':/?#=&%@+,;~!$*')})")


def _md_anchor(text: object, anchor: str) -> MdRaw:
    return MdRaw(f"[{md_escape(text)}](#{quote(anchor)})")


def _date(value: object) -> str:
    text = str(value or "")
    return text[:16].replace("T", " ") if "T" in text else text[:10]


def _span(story: dict[str, Any]) -> str:
    """A story's dates: ``first → last`` (one date when both are the same day), else
    ``undated`` (none of its articles gave one)."""
    if story.get("last_updated") is None:
        return "undated"
    first, last = _date(story["first_seen"]), _date(story["last_updated"])
    return first if first == last else f"{first} → {last}"


def _bar(n: int, peak: int, width: int = 20) -> str:
    return "█" * max(1, round(width * n / peak)) if peak and n else ""


class _Environment(jinja2.Environment):
    """Looks keys up before attributes: report data is dicts, and ``story.title`` on a dict
    otherwise costs a failed attribute lookup (an exception) per access."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@lru_cache(maxsize=2)
def _environment(kind: str) -> jinja2.Environment:
    loader = jinja2.PackageLoader("newsbeat.report", "templates")
    env: jinja2.Environment
    if kind == "html":
        env = _Environment(
            loader=loader,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    else:
        env = _Environment(
            loader=loader,
            autoescape=False,
            finalize=md_escape,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["link"] = _md_link
        env.filters["anchor"] = _md_anchor
        env.filters["raw"] = MdRaw
    env.filters["date"] = _date
    env.filters["span"] = _span
    env.filters["plural"] = counted
    env.filters["language_mark"] = sentence_mark
    env.filters["lang"] = sentence_lang
    env.filters["language_name"] = shown_language
    env.filters["told_in"] = told_in
    env.filters["speaker"] = lambda item: shown_speaker(item["speaker"], item.get("speakers"))
    env.globals["bar"] = _bar
    return env


def render_html(report: dict[str, Any]) -> str:
    """One self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched."""
    overview = report["overview"]
    calendar = periods_view(overview["days"], overview["articles_per_day"])
    chart = day_bars(calendar["labels"], calendar["series"], period=calendar["period"])
    stories = []
    for story in report["stories"]:
        graph = actor_graph(story["relations"])
        by_outlet: dict[str, list[dict[str, Any]]] = {}
        for article in story["articles"]:
            by_outlet.setdefault(article["outlet"], []).append(article)
        stories.append(
            {
                "data": story,
                "articles_by_outlet": by_outlet,
                "timeline": timeline_svg(timeline(story["articles"])),
                "graph": graph_svg(graph) if graph is not None else None,
            }
        )
    template = _environment("html").get_template("report.html.j2")
    return template.render(
        report=report, calendar=calendar, chart=chart, stories=stories, palette=PALETTE
    )


def render_markdown(report: dict[str, Any]) -> str:
    """The same content as Markdown, readable in a terminal or on a code host."""
    template = _environment("md").get_template("report.md.j2")
    overview = report["overview"]
    calendar = periods_view(overview["days"], overview["articles_per_day"])
    return template.render(report=report, calendar=calendar)


def render_json(report: dict[str, Any]) -> str:
    """The whole report as compact JSON (UTF-8; pipe it through ``jq`` to read it)."""
    return json.dumps(report, ensure_ascii=False, separators=(",", ":")) + "\n"


RENDERERS: dict[str, Renderer] = {
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
}


def render(report: dict[str, Any], fmt: str) -> str:
    """Render report data in one of :data:`RENDERERS`' formats.

    Raises:
        ValueError: unknown format (the message lists the known ones).
    """
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown report format {fmt!r} (choose from {', '.join(RENDERERS)})"
        ) from None
    return renderer(report)
