"""Charts of the HTML report: geometry, and the SVG markup of the per-story charts.

The overview chart is drawn by the Jinja template (autoescaped). The two charts every story
has (coverage timeline, actor graph) are written here as strings, because a beat of 1,000
stories would otherwise spend most of its rendering time creating one escaped template value per
coordinate; every piece of text in them (outlet and actor names, titles) goes through
:func:`html.escape`, and only numbers computed here are written unescaped.

Why a small SVG template rather than a charting library: the report must be one file that works
offline, and every label (story titles, outlet and actor names) is article-derived text that must
be escaped. Plotting libraries that emit HTML (Plotly, Bokeh, Altair) embed or fetch a JavaScript
runtime of several megabytes per file; matplotlib would be a new, heavy dependency whose SVG we
would still have to post-process. Three chart types are needed (stacked bars per day, a dot
timeline, a node-link graph), each a few dozen lines of geometry here plus a template, rendered
through Jinja's autoescaping like the rest of the page. The graph layout comes from networkx.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import networkx as nx
from markupsafe import Markup

from newsbeat.dates import instant
from newsbeat.plurals import counted

__all__ = [
    "PALETTE",
    "BarChart",
    "GraphChart",
    "Timeline",
    "actor_graph",
    "day_bars",
    "graph_svg",
    "label_box",
    "timeline",
    "timeline_svg",
]

# Colour-blind-safe categorical palette (Okabe–Ito), then a neutral grey for "other".
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
OTHER = "#B0B0B0"


@dataclass(kw_only=True)
class BarChart:
    """Stacked bars: one bar per day, one coloured segment per series."""

    width: int
    height: int
    bars: list[dict[str, Any]] = field(default_factory=list)  # x, w, segments[y, h, colour, tip]
    ticks: list[dict[str, Any]] = field(default_factory=list)  # x, label
    y_ticks: list[dict[str, Any]] = field(default_factory=list)  # y, label
    legend: list[dict[str, Any]] = field(default_factory=list)  # colour, title, anchor
    plot_top: int = 10
    plot_bottom: int = 0
    plot_left: int = 40


def day_bars(
    days: Sequence[str], series: Sequence[dict[str, Any]], width: int = 900, period: str = "day"
) -> BarChart:
    """Articles per day (or per week, month, year) per story as stacked bars.

    Args:
        days: the periods on the x axis, in order: ISO dates for days, each week's Monday for
            weeks, "2026-03" for months, "2026" for years
            (:func:`~newsbeat.report.calendar_periods.periods_view`).
        series: ``{"title", "anchor", "counts"}`` per story (``counts`` aligned with ``days``).
        width: SVG width in pixels.
        period: "day", "week", "month" or "year".

    Returns:
        The chart geometry.
    """
    height, left, bottom, top = 220, 40, 30, 10
    chart = BarChart(width=width, height=height, plot_top=top, plot_bottom=height - bottom)
    totals = [sum(s["counts"][i] for s in series) for i in range(len(days))]
    peak = max(totals, default=0) or 1
    plot_h = height - bottom - top
    slot = (width - left - 10) / max(len(days), 1)
    colours = [
        OTHER if s.get("anchor") is None else PALETTE[i % len(PALETTE)]
        for i, s in enumerate(series)
    ]
    when = "week of " if period == "week" else ""
    for i, day in enumerate(days):
        x = left + i * slot
        y = float(height - bottom)
        segments = []
        for s, colour in zip(series, colours, strict=True):
            n = s["counts"][i]
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            segments.append(
                {
                    "y": round(y, 1),
                    "h": round(h, 1),
                    "colour": colour,
                    "tip": f"{when}{day}: {counted(n, 'article')} · {s['title']}",
                }
            )
        chart.bars.append(
            {"x": round(x + slot * 0.1, 1), "w": round(max(slot * 0.8, 1), 1), "segments": segments}
        )
    step = max(1, len(days) // 10)
    chart.ticks = [
        {"x": round(left + (i + 0.5) * slot, 1), "label": d[5:] if period in {"day", "week"} else d}
        for i, d in enumerate(days)
        if i % step == 0
    ]
    chart.y_ticks = [
        {"y": round(height - bottom - plot_h * v / peak, 1), "label": str(v)}
        for v in sorted({0, peak // 2, peak})
        if v or peak == 1
    ]
    # Only series with a bar on the chart get a legend entry.
    chart.legend = [
        {"colour": c, "title": s["title"], "anchor": s.get("anchor")}
        for s, c in zip(series, colours, strict=True)
        if any(s["counts"])
    ]
    return chart


@dataclass(kw_only=True)
class Timeline:
    """A story's coverage: one row per outlet, one dot per article at its publication time."""

    width: int
    height: int
    rows: list[dict[str, Any]] = field(default_factory=list)  # y, outlet, dots[x, tip, reprint]
    ticks: list[dict[str, Any]] = field(default_factory=list)
    left: int = 150


def _instant(text: str) -> float | None:
    """Seconds since the epoch of an ISO date or date-time (the views' one reading,
    :func:`newsbeat.dates.instant`), or None."""
    parsed = instant(text)
    return None if parsed is None else parsed.timestamp()


def timeline(articles: Sequence[dict[str, Any]], width: int = 700) -> Timeline:
    """Place each article of a story on a per-outlet time line.

    Args:
        articles: the story's ``articles`` entries (outlet, published, title, reprint_of).
        width: SVG width in pixels.

    Returns:
        The timeline geometry (dates without a time sit at midnight UTC).
    """
    left, right, row_h = 150, 20, 22
    articles = [a for a in articles if a.get("published")]  # undated ones have no place
    outlets = list(dict.fromkeys(a["outlet"] for a in articles))
    times = [t for a in articles if (t := _instant(a["published"])) is not None]
    start, end = (min(times), max(times)) if times else (0.0, 1.0)
    span = max(end - start, 3600.0)
    chart = Timeline(width=width, height=row_h * len(outlets) + 30, left=left)
    usable = width - left - right
    for r, outlet in enumerate(outlets):
        y = 15 + r * row_h
        dots = []
        for a in articles:
            if a["outlet"] != outlet:
                continue
            t = _instant(a["published"])
            x = left + (usable * (t - start) / span if t is not None else 0)
            kind = "reprint" if a.get("reprint_of") is not None else "article"
            dots.append(
                {
                    "x": round(x, 1),
                    "reprint": kind == "reprint",
                    "tip": f"{a['published'][:16]} · {kind} · {a['title']}",
                }
            )
        chart.rows.append({"y": y, "outlet": outlet or "unknown outlet", "dots": dots})
    if times:
        first = datetime.fromtimestamp(start, UTC).strftime("%Y-%m-%d %H:%M UTC")
        last = datetime.fromtimestamp(end, UTC).strftime("%Y-%m-%d %H:%M UTC")
        base = chart.height - 8
        chart.ticks = [
            {"x": left, "label": first, "y": base, "anchor": "start"},
            {"x": width - right, "label": last, "y": base, "anchor": "end"},
        ]
    return chart


@dataclass(kw_only=True)
class GraphChart:
    """An actor graph: nodes placed by a force-directed layout, edges with type and count."""

    width: int
    height: int
    nodes: list[dict[str, Any]] = field(default_factory=list)  # x, y, r, name, label
    edges: list[dict[str, Any]] = field(default_factory=list)  # x1, y1, x2, y2, label, tip


# Text metrics of the report's SVG labels (11px system-ui): an average glyph width and the
# height of a line, generous so that estimated boxes cover the drawn text.
_CHAR_W, _LINE_H, _PAD = 6.4, 13.0, 3.0
_LABEL_CHARS = 28

Box = tuple[float, float, float, float]  # left, top, right, bottom


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def label_box(label: dict[str, Any]) -> Box:
    """The box a label's text covers, from its ``x``/``y`` (baseline), ``anchor`` and
    ``text``."""
    width = len(label["text"]) * _CHAR_W
    if label["anchor"] == "start":
        left = label["x"]
    elif label["anchor"] == "end":
        left = label["x"] - width
    else:
        left = label["x"] - width / 2
    return left, label["y"] - _LINE_H + _PAD, left + width, label["y"] + _PAD


def _shown_label(name: str) -> str:
    return name if len(name) <= _LABEL_CHARS else name[: _LABEL_CHARS - 1] + "…"


class _Placer:
    """Places labels one by one where they overlap nothing placed before (node circles
    included) and stay inside the drawing; the least overlapping spot when none is free."""

    def __init__(self, width: int, height: int, obstacles: list[Box]) -> None:
        self.width, self.height = width, height
        self.taken = list(obstacles)

    def _inside(self, label: dict[str, Any]) -> dict[str, Any]:
        left, top, right, bottom = label_box(label)
        dx = max(0.0, 2 - left) - max(0.0, right - (self.width - 2))
        dy = max(0.0, 2 - top) - max(0.0, bottom - (self.height - 2))
        x, y = float(label["x"] + dx), float(label["y"] + dy)
        return label | {"x": round(x, 1), "y": round(y, 1)}

    def place(
        self, text: str, spots: list[tuple[float, float, str]], *, required: bool = True
    ) -> dict[str, Any] | None:
        """The first free spot; else the least overlapping one when ``required``, else None."""
        best: tuple[float, int, dict[str, Any]] | None = None
        for n, (x, y, anchor) in enumerate(spots):
            label = self._inside({"x": x, "y": y, "anchor": anchor, "text": text})
            box = label_box(label)
            cost = sum(_overlap(box, other) for other in self.taken)
            if best is None or (cost, n) < (best[0], best[1]):
                best = (cost, n, label)
            if cost == 0:
                break
        assert best is not None
        if best[0] and not required:
            return None
        self.taken.append(label_box(best[2]))
        return best[2]


def _node_spots(x: float, y: float, r: float) -> list[tuple[float, float, str]]:
    """Where a node's name may go: above, below, right, left, then further up or down."""
    spots = [
        (x, y - r - 4, "middle"),
        (x, y + r + _LINE_H, "middle"),
        (x + r + 4, y + 4, "start"),
        (x - r - 4, y + 4, "end"),
    ]
    for step in range(1, 7):
        spots.append((x, y - r - 4 - step * _LINE_H, "middle"))
        spots.append((x, y + r + _LINE_H + step * _LINE_H, "middle"))
        spots.append((x + r + 4, y + 4 - step * _LINE_H, "start"))
        spots.append((x - r - 4, y + 4 + step * _LINE_H, "end"))
    return spots


def _edge_spots(x1: float, y1: float, x2: float, y2: float) -> list[tuple[float, float, str]]:
    """Where an edge's type may go: along the edge, just above or below it."""
    spots = []
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78):
        mx, my = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        spots += [(mx, my - 4, "middle"), (mx, my + _LINE_H, "middle")]
    return spots


def _layout(simple: nx.Graph, width: int, height: int) -> dict[Any, tuple[float, float]]:
    """Node positions in pixels. Each group of connected actors gets its own column, as wide
    as its share of the actors (a spring layout of the whole would push the groups to the
    corners and crowd each one), with room beside the outermost nodes for their names."""
    margin_x, margin_y = 90, 40
    groups = sorted(nx.connected_components(simple), key=lambda g: (-len(g), sorted(map(str, g))))
    total = sum(len(g) for g in groups)
    usable = width - 2 * margin_x
    place: dict[Any, tuple[float, float]] = {}
    left = float(margin_x)
    for group in groups:
        span = usable * len(group) / total
        sub = _in_name_order(simple, group)
        # A force layout of two or three actors is a line or a triangle: skip it.
        small = len(group) <= 3
        positions = nx.circular_layout(sub) if small else nx.spring_layout(sub, seed=7)
        xs = [float(p[0]) for p in positions.values()]
        ys = [float(p[1]) for p in positions.values()]
        for n, p in positions.items():
            x = _scale(float(p[0]), min(xs), max(xs), left, span)
            y = _scale(float(p[1]), min(ys), max(ys), margin_y, height - 2 * margin_y)
            place[n] = (x, y)
        left += span
    return place


def _in_name_order(simple: nx.Graph, group: set[Any]) -> nx.Graph:
    """The group's part of the graph with its actors in name order. The layouts place nodes
    in the order the graph gives them, and a subgraph of a set gives the set's order, which
    changes with Python's hash seed from one run to the next."""
    sub = nx.Graph()
    sub.add_nodes_from(sorted(group, key=str))
    sub.add_edges_from(simple.subgraph(group).edges)
    return sub


def _scale(v: float, lo: float, hi: float, start: float, size: float) -> float:
    if hi - lo < 1e-9:
        return round(start + size / 2, 1)
    return round(start + (v - lo) / (hi - lo) * size, 1)


def actor_graph(
    relations: Sequence[dict[str, Any]], width: int = 640, height: int = 360, max_nodes: int = 30
) -> GraphChart | None:
    """Lay out a story's relations between actors (networkx spring layout, fixed seed).

    Only relations with both a source and a target are drawn (one without a target, "the
    union DEMAND", has no second actor). Every node is named; names and edge labels go where
    they overlap no other label or node, inside the drawing (see :func:`label_box`).

    Args:
        relations: the story's ``relations`` entries (source, target, type, negated, count).
        width: SVG width in pixels.
        height: SVG height in pixels.
        max_nodes: only the best-connected actors are drawn beyond this many.

    Returns:
        The graph geometry (each node and edge with its ``label``: x, y, anchor, text; an
        edge's is None when there was no free room for it), or None when no relation has two
        actors.
    """
    relations = [r for r in relations if r.get("source") and r.get("target")]
    if not relations:
        return None
    graph = nx.MultiDiGraph()
    for rel in relations:
        graph.add_edge(rel["source"], rel["target"], rel=rel)
    if graph.number_of_nodes() > max_nodes:
        keep = sorted(graph.nodes, key=lambda n: (-graph.degree(n), str(n)))[:max_nodes]
        graph = graph.subgraph(keep).copy()
    place = _layout(nx.Graph(graph), width, height)
    radius = {n: 6 + 2 * min(graph.degree(n), 6) for n in place}
    placer = _Placer(
        width, height, [(x - radius[n], y - radius[n], x + radius[n], y + radius[n])
                        for n, (x, y) in place.items()]
    )  # fmt: skip
    chart = GraphChart(width=width, height=height)
    # Names first, the most connected first (they get the best spots), then edge labels.
    for node in sorted(place, key=lambda n: (-graph.degree(n), str(n))):
        x, y = place[node]
        label = placer.place(_shown_label(str(node)), _node_spots(x, y, radius[node]))
        assert label is not None
        chart.nodes.append({"x": x, "y": y, "name": str(node), "r": radius[node], "label": label})
    # One line and one label per pair of actors and direction: "SUPPORT ×2, AGREE".
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for source, target, data in graph.edges(data=True):
        pairs.setdefault((source, target), []).append(data["rel"])
    for (source, target), rels in pairs.items():
        (x1, y1), (x2, y2) = place[source], place[target]
        parts = []
        for rel in rels:
            part = ("not " if rel["negated"] else "") + rel["type"]
            parts.append(part + (f" ×{rel['count']}" if rel["count"] > 1 else ""))
        text = ", ".join(parts)
        chart.edges.append(
            {
                "x1": x1,
                "y1": y1,
                "x2": x2,
                "y2": y2,
                # A label with no free spot is left to the line's tooltip.
                "label": placer.place(text, _edge_spots(x1, y1, x2, y2), required=False),
                "negated": all(rel["negated"] for rel in rels),
                "tip": " · ".join(str(rel["text"]) for rel in rels),
            }
        )
    return chart


def _text(value: object, limit: int | None = None) -> str:
    text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return html.escape(text, quote=True)


def timeline_svg(chart: Timeline) -> Markup:
    """The coverage timeline as an inline ``<svg>`` element."""
    parts = [
        f'<svg viewBox="0 0 {chart.width} {chart.height}" width="{chart.width}" '
        f'height="{chart.height}" role="img" aria-label="Coverage timeline">'
    ]
    right = chart.width - 20
    for row in chart.rows:
        y = row["y"]
        parts.append(
            f'<text x="{chart.left - 8}" y="{y + 4}" text-anchor="end">'
            f"{_text(row['outlet'], 24)}</text>"
            f'<line class="grid" x1="{chart.left}" x2="{right}" y1="{y}" y2="{y}"/>'
        )
        for dot in row["dots"]:
            kind = "dot reprint" if dot["reprint"] else "dot"
            parts.append(
                f'<circle class="{kind}" cx="{dot["x"]}" cy="{y}" r="5">'
                f"<title>{_text(dot['tip'])}</title></circle>"
            )
    for tick in chart.ticks:
        parts.append(
            f'<text x="{tick["x"]}" y="{tick["y"]}" text-anchor="{tick["anchor"]}">'
            f"{_text(tick['label'])}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _label_svg(label: dict[str, Any]) -> str:
    return (
        f'<text x="{label["x"]}" y="{label["y"]}" text-anchor="{label["anchor"]}">'
        f"{_text(label['text'])}</text>"
    )


def graph_svg(chart: GraphChart) -> Markup:
    """The actor graph as an inline ``<svg>`` element (arrows use the page's ``#arrow``)."""
    parts = [
        f'<svg viewBox="0 0 {chart.width} {chart.height}" width="{chart.width}" '
        f'height="{chart.height}" role="img" aria-label="Actor graph">'
    ]
    for e in chart.edges:
        kind = "edge negated" if e["negated"] else "edge"
        parts.append(
            f'<line class="{kind}" x1="{e["x1"]}" y1="{e["y1"]}" x2="{e["x2"]}" y2="{e["y2"]}" '
            f'marker-end="url(#arrow)"><title>{_text(e["tip"])}</title></line>'
            + (_label_svg(e["label"]) if e["label"] is not None else "")
        )
    for n in chart.nodes:
        parts.append(
            f'<circle class="node" cx="{n["x"]}" cy="{n["y"]}" r="{n["r"]}">'
            f"<title>{_text(n['name'])}</title></circle>" + _label_svg(n["label"])
        )
    parts.append("</svg>")
    return Markup("".join(parts))
