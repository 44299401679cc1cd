"""Issue 14, items 4 and 5 on the demo database: honest dates and one count per story.

An undated article (every keyword dump without a dateline) is never "new": ``--since``, the web
``since=`` filter, the digest and the report leave it out or list it as undated, never at its
import time. A story shows the same number of articles and outlets (reprints included) and the
same original/reprint labels in every view.
"""

from __future__ import annotations

import asyncio
import json
import re
from io import StringIO
from pathlib import Path
from typing import Any

import httpx
import pytest
from rich.console import Console
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.demo.runner import run_demo
from newsbeat.models import utc_now
from newsbeat.report import build_report
from newsbeat.report.charts import actor_graph, day_bars, graph_svg, label_box
from newsbeat.report.digest import render_digest
from newsbeat.report.render import render_html, render_markdown
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app

# The demo story whose original (Coastline Press Wire) two outlets reprinted: the digest and
# the web UI used to say 2 articles from 2 outlets, `stories` and the report 4 and 4.
REPRINTED = "Deeper channel would let Velmar take the strait's biggest ships fully laden"
UNDATED_TITLES = {
    "Three Velmar theatres form ticketing alliance",
    "Kittby fishermen welcome patrols, fear new rules at sea",
    "Seal pup rescued from Velmar harbour after swimming into dock",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("daily")
    db = str(folder / "demo.db")
    settings = Settings(store=StoreSettings(db=db))
    store = SQLiteStore(db)
    try:
        result = run_demo(store, settings, report_path=folder / "report.html")
        report = build_report(store, settings)
        digest = StringIO()
        render_digest(store, console=Console(file=digest, width=1000, color_system=None))
    finally:
        store.close()
    return {
        "db": db,
        "settings": settings,
        "alerts": result.alerts_path,
        "report": report,
        "digest": digest.getvalue(),
    }


def _cli(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _stories_json(db: str, *extra: str) -> list[dict[str, Any]]:
    return json.loads(_cli("stories", "--db", db, "--json", *extra).stdout)


class _Web:
    """GET pages of the web UI in-process (httpx.ASGITransport, no sockets)."""

    def __init__(self, db: str, settings: Settings) -> None:
        self.app = create_app(db, settings)

    def get(self, path: str, params: dict[str, str] | None = None) -> httpx.Response:
        async def fetch() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
                return await c.get(path, params=params)

        return asyncio.run(fetch())


def _web(db: str, settings: Settings) -> _Web:
    return _Web(db, settings)


def test_the_same_story_has_the_same_counts_in_every_view(demo: dict[str, Any]) -> None:
    db = demo["db"]
    story = next(s for s in _stories_json(db) if s["title"] == REPRINTED)
    articles, outlets = len(story["articles"]), story["outlets"]
    assert articles == 4 and len(outlets) == 4  # the original and its two reprints included
    sid = story["id"]

    # `story --json` and `story` as text
    assert json.loads(_cli("story", sid, "--db", db, "--json").stdout)["outlets"] == outlets
    text = _cli("story", sid, "--db", db).stdout
    assert f"{articles} articles (2 reprints) · 4 outlets: {', '.join(outlets)}" in text
    # `stories` as a table (the title may wrap; the row holds the counts)
    table = _cli("stories", "--db", db).stdout
    assert re.search(rf"{sid}\s*│[^│]*│ 4\s*│ 4\s*│", table)
    # the digest
    line = next(x for x in demo["digest"].splitlines() if sid in x)
    assert f"· {articles} articles (2 reprints) · {', '.join(outlets)} ·" in line
    # the report, as data, Markdown and HTML
    entry = next(s for s in demo["report"]["stories"] if s["id"] == sid)
    assert len(entry["articles"]) == articles
    assert sorted(o["outlet"] for o in entry["outlets"]) == outlets
    assert f"— 4 outlets, {articles} articles," in render_markdown(demo["report"])
    assert "4 outlets · 4 articles" in render_html(demo["report"])
    # the web UI: front page, stories list, story page and the API
    web = _web(db, demo["settings"])
    for path in ("/", "/stories"):
        row = next(x for x in web.get(path).text.split("<li>") if sid in x)
        assert f"· {articles} articles" in row and ", ".join(outlets) in row
    page = web.get(f"/stories/{sid}").text
    assert f"· {articles} articles" in page
    assert page.count("reprint of article") == 2
    assert web.get(f"/api/stories/{sid}").json()["outlets"] == outlets
    # the article pages label the original and its reprints the same way
    original = next(a for a in story["articles"] if a["outlet"] == "Coastline Press Wire")
    reprints = [a["id"] for a in story["articles"] if a["id"] != original["id"]]
    first = web.get(f"/articles/{original['id']}").text
    assert '<span class="badge">original</span> reprinted 2 times' in first
    assert first.count(f'<span class="badge">reprint of article {original["id"]}</span>') == 2
    second = web.get(f"/articles/{reprints[0]}").text
    assert f'reprint of <a href="/articles/{original["id"]}">article' in second
    assert '<span class="badge">original</span>' in second  # the original, listed below
    assert ">original<" not in second.split("Also appeared")[0]  # no "original" link
    # the alert payload
    messages = [json.loads(x) for x in Path(demo["alerts"]).read_text().splitlines()]
    sent = [m["story"] for m in messages if m["story"]["id"] == sid]
    assert sent and all(s["outlets"] == outlets and len(s["articles"]) == 4 for s in sent)


def test_undated_stories_are_never_new(demo: dict[str, Any]) -> None:
    db = demo["db"]
    everything = _stories_json(db)
    undated = {s["title"] for s in everything if s["last_updated"] is None}
    assert undated == UNDATED_TITLES
    # not dated by their import time (today), and listed after every dated story
    assert all(s["first_seen"] is None for s in everything if s["title"] in undated)
    assert [s["title"] in undated for s in everything] == sorted(
        s["title"] in undated for s in everything
    )
    since = _stories_json(db, "--since", "2026-03-01")
    assert since and not {s["title"] for s in since} & UNDATED_TITLES
    assert all(s["last_updated"] >= "2026-03-01" for s in since)
    # an age counts from now: nothing in the demo is that recent, undated or not
    assert _stories_json(db, "--since", "7d") == []
    result = _cli("stories", "--db", db, "--since", "2026-03-01")
    assert "3 undated stories not shown" in result.stderr
    # the plain table keeps them, in their own group, without a date
    table = _cli("stories", "--db", db).stdout
    assert table.count("undated") == 3 and utc_now()[:10] not in table


def test_undated_articles_are_never_new(demo: dict[str, Any]) -> None:
    db = demo["db"]
    every = json.loads(_cli("articles", "--db", db, "--json").stdout)
    undated = [a["id"] for a in every if a["published"] is None]
    assert len(undated) == 9
    since = json.loads(_cli("articles", "--db", db, "--json", "--since", "2026-03-01").stdout)
    assert since and all(a["published"] and a["published"][:10] >= "2026-03-01" for a in since)
    assert "9 undated articles not shown" in _cli("articles", "--db", db, "--since", "1d").stderr
    text = _cli("articles", "--db", db).stdout
    assert text.count(" undated") >= 9 and utc_now()[:10] not in text


def test_the_web_since_filter_never_lists_undated_stories(demo: dict[str, Any]) -> None:
    web = _web(demo["db"], demo["settings"])
    week = web.get("/stories", params={"since": "7d"}).text
    assert not any(title in week for title in UNDATED_TITLES)
    assert "3 undated stories not shown" in week
    march = web.get("/stories", params={"since": "2026-03-01"}).text
    assert "Deeper channel would let Velmar" in march and not any(
        t in march for t in UNDATED_TITLES
    )
    everything = web.get("/stories").text
    assert all(t in everything.split("<h2>Undated</h2>")[1] for t in UNDATED_TITLES)
    assert web.get("/api/stories", params={"since": "7d"}).json() == []
    assert web.get("/api/articles", params={"since": "7d"}).json() == []


def test_the_digest_lists_undated_stories_apart(demo: dict[str, Any]) -> None:
    digest = demo["digest"]
    for title in UNDATED_TITLES:
        line = next(x for x in digest.splitlines() if x.startswith(f" {title}"))
        assert line.endswith("· undated") and utc_now()[:10] not in line
    db = demo["db"]
    recent = _cli("digest", "--db", db, "--since", "2026-03-06").stdout
    assert not any(title in recent for title in UNDATED_TITLES)
    assert "undated stories not shown" in recent


def test_the_report_calendar_has_one_value_per_day_and_lists_undated_stories(
    demo: dict[str, Any],
) -> None:
    overview = demo["report"]["overview"]
    days = overview["days"]
    assert days[0] == "2026-02-23" and days[-1] == "2026-03-10" and len(days) == 16
    assert all(len(s["counts"]) == len(days) for s in overview["articles_per_day"])
    assert {u["title"] for u in overview["undated"]} == UNDATED_TITLES
    charted = {s["title"] for s in overview["articles_per_day"]}
    assert not charted & UNDATED_TITLES  # no row of zeros for them
    markdown = render_markdown(demo["report"])
    rows = [x for x in markdown.splitlines() if x.startswith("| ") and "`" in x]
    assert rows and all(len(x.split("`")[1].split()) == len(days) for x in rows)
    assert "Per day, 16 days (2026-02-23 → 2026-03-10)" in markdown
    undated_part = markdown.split("Undated (none of their articles", 1)[1].split("###", 1)[0]
    assert all(title in undated_part for title in UNDATED_TITLES)
    # a story's row totals every article of it, the undated ones said apart (the strike: 12
    # English reports and the Swedish one that joins it across languages)
    assert "| 13 (2 undated) |" in markdown


def test_the_html_legend_names_only_stories_with_bars() -> None:
    series = [
        {"title": "with bars", "anchor": "a", "counts": [1, 0, 2]},
        {"title": "no bars", "anchor": "b", "counts": [0, 0, 0]},
        {"title": "3 other stories", "anchor": None, "counts": [0, 1, 0]},
    ]
    chart = day_bars(["2026-03-01", "2026-03-02", "2026-03-03"], series)
    assert [item["title"] for item in chart.legend] == ["with bars", "3 other stories"]


def test_actor_graphs_name_every_node_without_overlaps_or_cut_names(
    demo: dict[str, Any],
) -> None:
    drawn = 0
    for story in demo["report"]["stories"]:
        chart = actor_graph(story["relations"])
        if chart is None:
            continue
        drawn += 1
        labels = [n["label"] for n in chart.nodes] + [e["label"] for e in chart.edges if e["label"]]
        # every node named (no empty node for a relation without a target)
        assert all(n["name"].strip() and n["label"]["text"].strip() for n in chart.nodes)
        boxes = [label_box(x) for x in labels]
        for i, a in enumerate(boxes):
            # inside the drawing: no name cut at the edge
            assert min(a[0], a[1]) >= 0 and a[2] <= chart.width and a[3] <= chart.height
            for b in boxes[i + 1 :]:
                assert min(a[2], b[2]) <= max(a[0], b[0]) or min(a[3], b[3]) <= max(a[1], b[1]), (
                    story["id"],
                    a,
                    b,
                )
        svg = graph_svg(chart)
        assert svg.count("<text ") == len(labels)
    # three demo stories have relations between named actors (the crane story's only one,
    # "Maritime Safety Board AGREE Kittby" for inspectors sent to the town, was wrong and is gone)
    assert drawn >= 3


def test_a_relation_without_target_draws_no_node() -> None:
    relation = {"type": "DEMAND", "negated": False, "count": 1, "text": "t"}
    alone = [relation | {"source": "Dock workers", "target": ""}]
    assert actor_graph(alone) is None
    both = [*alone, relation | {"source": "Dock workers", "target": "Velmar Port Authority"}]
    chart = actor_graph(both)
    assert chart is not None
    assert sorted(n["name"] for n in chart.nodes) == ["Dock workers", "Velmar Port Authority"]


def test_story_prints_the_whole_story_as_text(demo: dict[str, Any]) -> None:
    db = demo["db"]
    story = next(s for s in _stories_json(db) if s["title"].startswith("Velmar dock strike"))
    text = _cli("story", story["id"], "--db", db).stdout
    sections = ["Summary", "Entities", "Quotes", "Claims", "Relations", "Articles"]
    positions = [text.index(f"\n{name} (") if name != "Summary" else text.index("\nSummary\n")
                 for name in sections]  # fmt: skip
    assert positions == sorted(positions)
    assert "conflict crowns: 31 million" in text
    assert f"Articles ({len(story['articles'])})" in text
    for article in story["articles"]:
        assert f"#{article['id']} " in text
    # relations listed have both ends
    relations = text.split("\nRelations (")[1].split("\nArticles (")[0]
    relations, _, events = relations.partition("\nEvents (")
    assert relations and all(" — " in line for line in relations.splitlines()[1:] if line.strip())
    # events (one actor, no target) are listed apart, after the relations
    for line in events.splitlines()[1:]:
        assert line.strip() == "" or " — " in line, line


def test_actor_finds_a_name_given_in_part_or_suggests(demo: dict[str, Any]) -> None:
    db = demo["db"]
    runner = CliRunner()
    several = runner.invoke(app, ["actor", "holm", "--db", db])
    assert several.exit_code == 1
    assert "several actors match: Lena Holm, Erik Holm" in several.output
    one = runner.invoke(app, ["actor", "erik", "--db", db])
    assert one.exit_code == 0 and one.stdout.startswith("Erik Holm ")
    assert "showing 'Erik Holm', the one actor matching 'erik'" in one.stderr
    typo = runner.invoke(app, ["actor", "Lena Holmm", "--db", db])
    assert typo.exit_code == 1 and "did you mean: Lena Holm" in typo.output


def test_actor_prints_each_claim_once_and_no_relation_without_target(
    demo: dict[str, Any],
) -> None:
    text = _cli("actor", "Lena Holm", "--db", demo["db"]).stdout
    claims = [line for line in text.splitlines() if line.startswith("  claims")]
    assert claims and len(claims) == len(set(claims))
    assert "claims (days, months):" in text
    assert "-> -" not in text
    # Events are counted, not shown as relations: her support with no one named, and (relcore)
    # her urging of the port authority and the union, an event of the speaker.
    also = [line for line in text.splitlines() if line.startswith("  also, with no other actor")]
    assert also and "SUPPORT" in also[0] and "DEMAND" in also[0], also
