"""Reports as a reader meets them with a mix of dated and undated articles (branch userread).

A keyword dump gives undated articles without an outlet; a JSONL line gives a dated one with
its outlet. The reports must count outlets as every other view does, list undated articles
after the dated ones, never show an import time as a publication date, and leave no empty
coverage table.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _stories import add_ferry_reports, file_story
from newsbeat.cli import app

_DUMP = (
    "ferry\n\nKessa ferry fares to rise in May\n\nFerry fares between Kessa and Lund will rise"
    " by a tenth in May, the ferry company said.\n\nA return ticket will cost 44 crowns.\n\n"
    "Source link\n\nFerry fares up from May on the Kessa route\n\nThe ferry company will raise"
    " fares on the Kessa to Lund route by a tenth from May, it said.\n\nA return ticket will"
    " then cost 44 crowns.\n\nSource link\n"
)
_DATED = {
    "title": "Kessa ferry company raises fares",
    "text": "The Kessa ferry company will raise fares on its Lund route by a tenth from May."
    "\n\nA return ticket will cost 44 crowns, the company said.",
    "outlet": "Kessa Courier",
    "published": "2026-03-03",
}


def _ingest(cli: CliRunner, db: str, tmp_path: Path, *, dated: bool) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(_DUMP, encoding="utf-8")
    inputs = [str(dump)]
    if dated:
        jsonl = tmp_path / "dated.jsonl"
        jsonl.write_text(json.dumps(_DATED) + "\n", encoding="utf-8")
        inputs.append(str(jsonl))
    result = cli.invoke(app, ["ingest", "--db", db, "-q", *inputs])
    assert result.exit_code == 0, result.output


def _report(cli: CliRunner, db: str, fmt: str) -> str:
    result = cli.invoke(app, ["report", "--db", db, "--format", fmt, "-o", "-", "-q"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _story_ids(cli: CliRunner, db: str) -> list[str]:
    result = cli.invoke(app, ["stories", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    return [s["id"] for s in json.loads(result.stdout)]


@pytest.fixture
def mixed_db(cli: CliRunner, db_path: str, tmp_path: Path) -> str:
    _ingest(cli, db_path, tmp_path, dated=True)
    assert len(_story_ids(cli, db_path)) == 1  # the three articles are one story
    return db_path


def test_outlets_are_counted_as_in_every_view(cli: CliRunner, mixed_db: str) -> None:
    listed = json.loads(cli.invoke(app, ["stories", "--db", mixed_db, "--json"]).stdout)
    assert listed[0]["outlets"] == ["Kessa Courier"]  # articles without an outlet add none
    data = json.loads(_report(cli, mixed_db, "json"))
    [story] = data["stories"]
    assert story["outlet_count"] == 1 and data["overview"]["outlet_count"] == 1
    md = _report(cli, mixed_db, "md")
    assert "3 articles · 1 outlet ·" in md and "— 1 outlet, 3 articles" in md
    assert "1 outlets" not in md and "2 outlets" not in md
    assert "Per day, 1 day (2026-03-03)" in md  # one day: "1 day", one date
    overview = md.split("### Outlets", 1)[1].split("\n---\n", 1)[0]
    rows = re.findall(r"^\| (Kessa Courier|unknown outlet) \| \d", overview, flags=re.MULTILINE)
    assert rows == ["Kessa Courier", "unknown outlet"]  # the no-outlet row after the outlets
    html = _report(cli, mixed_db, "html")
    assert "1 outlet ·" in html and "2 outlets" not in html


def test_undated_articles_are_listed_after_the_dated_ones(cli: CliRunner, mixed_db: str) -> None:
    [story] = json.loads(_report(cli, mixed_db, "json"))["stories"]
    assert [a["undated"] for a in story["articles"]] == [False, True, True]
    md = _report(cli, mixed_db, "md")
    listed = re.findall(r"^- (2026-03-03|undated) · ", md, flags=re.MULTILINE)
    assert listed == ["2026-03-03", "undated", "undated"]


def test_an_undated_story_shows_no_import_time_and_no_empty_timeline(
    cli: CliRunner, db_path: str, tmp_path: Path
) -> None:
    _ingest(cli, db_path, tmp_path, dated=False)
    [story] = json.loads(_report(cli, db_path, "json"))["stories"]
    assert story["undated"] and story["first"]["published"] is None
    # nor an outlet's "first published" (reader20: it was the import time)
    assert [o["first_published"] for o in story["outlets"]] == [None] * len(story["outlets"])
    md = _report(cli, db_path, "md")
    # ordered by import time only: no outlet is named first, and no import time is shown
    assert "first reported" not in md
    coverage = md.split("### Coverage", 1)[1].split("###", 1)[0]
    assert "No article of this story has a date." in coverage
    assert "| Date | Articles |" not in coverage
    html = _report(cli, db_path, "html")
    assert "No article of this story has a date" in html
    assert "Filled dot" not in html  # no legend for a timeline that is not drawn
    assert "first reported" not in html


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("- Kessa's ferry company raises fares", "\\- Kessa's ferry company raises fares"),
        ("+ forty crowns", "\\+ forty crowns"),
        ("3. The third point", "3\\. The third point"),
        ("12) the twelfth", "12\\) the twelfth"),
        ("-5 degrees in Kessa", "-5 degrees in Kessa"),  # no list marker: left alone
        ("Lund - Kessa route", "Lund - Kessa route"),
    ],
)
def test_a_sentence_that_starts_like_a_list_item_stays_text(text: str, escaped: str) -> None:
    from newsbeat.report.render import md_escape

    assert md_escape(text) == escaped  # "3. - x" would be rendered as a nested list


def test_outlets_of_the_same_day_without_a_time_tie_for_first() -> None:
    from newsbeat.report.first import first_outlets, first_words

    first = {"outlet": "Kessa Courier", "article_id": 1}
    same_day = [(1, "Kessa Courier", "2026-03-03"), (2, "Lund Post", "2026-03-03T18:00:00+00:00")]
    later = [(3, "Orsa Times", "2026-03-04")]
    assert first_outlets(first, same_day + later) == ["Kessa Courier", "Lund Post"]
    assert first_words(["Kessa Courier", "Lund Post"], "2026-03-03") == (
        "first reported on 2026-03-03 by Kessa Courier and Lund Post (same day)"
    )
    timed = [(1, "Kessa Courier", "2026-03-03T08:00:00+00:00"), *same_day[1:]]
    assert first_outlets(first, timed) == ["Kessa Courier"]  # both times known: one first
    undated = [(1, "Kessa Courier", None), (2, "Lund Post", None)]
    assert first_outlets(first, undated) == []  # first by import time: no one named
    assert first_words(["Kessa Courier"], "2026-03-03") == "first reported by Kessa Courier"


def test_every_view_names_all_outlets_that_were_first_the_same_day(
    cli: CliRunner, db_path: str
) -> None:
    from newsbeat.beats import define_beat
    from newsbeat.store import SQLiteStore

    store = SQLiteStore(db_path)
    try:
        ids = add_ferry_reports(
            store,
            [
                ("Lund Post", "2026-03-03"),
                ("Kessa Courier", "2026-03-03"),
                ("Orsa Times", "2026-03-05"),
            ],
        )
        define_beat(store, "ferry")
        file_story(
            store,
            "s-ferry",
            "Kessa ferry fares",
            ids,
            first_seen="2026-03-03",
            last_updated="2026-03-05",
        )
    finally:
        store.close()
    digest = cli.invoke(app, ["digest", "--db", db_path]).stdout
    # the compared first (the lowest id among equal dates) leads, the other follows
    assert "first reported on 2026-03-03 by Lund Post and Kessa Courier (same day)" in digest
    md = cli.invoke(app, ["report", "--db", db_path, "-f", "md", "-o", "-"]).stdout
    assert "(same day)" in md and "**Kessa Courier**" in md and "**Lund Post**" in md
    assert "| Orsa Times (first) |" not in md and "| Lund Post (first) |" in md
    assert "| Kessa Courier (first) |" in md


def test_an_undated_story_names_no_first_outlet(cli: CliRunner, db_path: str) -> None:
    from newsbeat.beats import define_beat
    from newsbeat.store import SQLiteStore

    store = SQLiteStore(db_path)
    try:
        ids = add_ferry_reports(store, [("Lund Post", None), ("Kessa Courier", None)])
        define_beat(store, "ferry")
        file_story(store, "s-ferry", "Kessa ferry fares", ids, first_seen="")
    finally:
        store.close()
    digest = cli.invoke(app, ["digest", "--db", db_path])
    assert digest.exit_code == 0 and "undated" in digest.stdout, digest.output
    assert "first reported" not in digest.stdout  # the import order says nothing of it
    md = cli.invoke(app, ["report", "--db", db_path, "-f", "md", "-o", "-"]).stdout
    assert "first reported" not in md and "(first)" not in md
    story_text = cli.invoke(app, ["story", "s-ferry", "--db", db_path]).stdout
    assert "first reported" not in story_text
