"""``newsbeat report``: the three formats, their content and the JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _html_check import assert_inert, assert_links_resolve, parse_page
from _report_support import store_fixture
from newsbeat.cli import app
from newsbeat.report import FORMATS, render, write_report
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore


@pytest.fixture
def fixture_db(db_path: str) -> str:
    """A database holding the clean-up alliance story (stored through the Store API)."""
    store = SQLiteStore(db_path)
    store_fixture(store, "clean_up_alliance")
    store.close()
    return db_path


def _report(cli: CliRunner, db: str, fmt: str, out: Path, *extra: str) -> str:
    result = cli.invoke(app, ["report", "--db", db, "--format", fmt, "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_json_report_contract(cli: CliRunner, fixture_db: str, tmp_path: Path) -> None:
    data = json.loads(_report(cli, fixture_db, "json", tmp_path / "r.json", "--beat", "alliance"))
    assert {"beat", "since", "generated_at", "generator", "overview", "stories"} <= set(data)
    assert data["beat"] == "alliance"
    [story] = data["stories"]
    assert set(story["comparison"]) == {"agreed", "compatible", "conflicts", "updates", "unique"}
    for kind, items in story["comparison"].items():
        for item in items:
            assert item["article_ids"] and item["outlets"], kind
            assert set(item["outlets"]) <= {"Harbour Herald", "Coastline Courier", "Northern Wire"}
    assert len(story["comparison"]["conflicts"]) == 1
    assert [s["value"] for s in story["comparison"]["conflicts"][0]["sides"]] == [
        "31 million",
        "18 million",
    ]
    assert story["summary"] and all(
        set(s) == {"text", "article_id", "outlet", "url", "language"} for s in story["summary"]
    )
    assert story["first"]["outlet"] == "Harbour Herald"
    assert [o["outlet"] for o in story["outlets"]] == [
        "Harbour Herald",
        "Coastline Courier",
        "Northern Wire",
    ]
    assert [c["articles"] for c in story["coverage"]] == [3, 1]
    assert {q["speaker"] for q in story["quotes"]} == {"Ingrid Falk", "Erik Holm"}
    assert {r["text"] for r in story["relations"]} == {"Stavik AGREE Lunde", "Norland AID Stavik"}
    overview = data["overview"]
    assert overview["stories"] == 1 and overview["articles"] == 4
    assert overview["days"] == ["2026-03-02", "2026-03-03"]
    assert overview["articles_per_day"][0]["counts"] == [3, 1]


def test_html_report_is_self_contained(cli: CliRunner, fixture_db: str, tmp_path: Path) -> None:
    html = _report(cli, fixture_db, "html", tmp_path / "r.html")
    page = parse_page(html)
    assert_inert(page)
    assert_links_resolve(page)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # Nothing to fetch: no external stylesheet, script, image or font.
    assert not [a for a in page.attributes if a[1] == "src"]
    assert not [
        a for a in page.attributes if a[0] == "link" and a[1] == "href" and a[2] != "data:,"
    ]
    assert page.tags.count("svg") >= 4  # overview chart, timeline, actor graph (+ arrow defs)
    for heading in ("Summary", "Coverage", "How the outlets compare", "Quotes by speaker",
                    "Actors and relations", "Conflicts", "Reported by one"):  # fmt: skip
        assert heading in page.text
    assert "31 million" in page.text and "18 million" in page.text


def test_markdown_report_has_the_same_content(
    cli: CliRunner, fixture_db: str, tmp_path: Path
) -> None:
    md = _report(cli, fixture_db, "md", tmp_path / "r.md")
    for heading in ("## Overview", "### Summary", "### Coverage", "### How the outlets compare",
                    "**Conflicts**", "**Updates**", "**Compatible (only the precision differs)**",
                    "### Quotes by speaker", "### Actors and relations"):  # fmt: skip
        assert heading in md
    assert "[Harbour Herald](https://herald.example/cleanup-alliance)" in md
    assert "](#story-s-cleanup)" in md


def test_report_to_stdout_and_default_name(
    cli: CliRunner, fixture_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = cli.invoke(app, ["report", "--db", fixture_db, "-f", "json", "-o", "-", "-q"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["overview"]["stories"] == 1
    monkeypatch.chdir(tmp_path)
    assert cli.invoke(app, ["report", "--db", fixture_db, "-q"]).exit_code == 0
    assert (tmp_path / "newsbeat-report.html").exists()


def test_bad_input_gives_clear_errors(cli: CliRunner, fixture_db: str, tmp_path: Path) -> None:
    unknown = cli.invoke(app, ["report", "--db", fixture_db, "--beat", "nope", "-o", "x.md"])
    assert unknown.exit_code == 1 and "nope" in unknown.output
    since = cli.invoke(app, ["report", "--db", fixture_db, "--since", "yesterday"])
    assert since.exit_code == 2 and "--since" in since.output
    fmt = cli.invoke(app, ["report", "--db", fixture_db, "--format", "pdf"])
    assert fmt.exit_code == 2
    blocked = tmp_path / "file"
    blocked.write_text("x")
    unwritable = cli.invoke(app, ["report", "--db", fixture_db, "-o", str(blocked / "r.html")])
    assert unwritable.exit_code == 1 and "cannot write the report" in unwritable.output


def test_since_filters_stories(cli: CliRunner, fixture_db: str, tmp_path: Path) -> None:
    data = json.loads(
        _report(cli, fixture_db, "json", tmp_path / "r.json", "--since", "2027-01-01")
    )
    assert data["stories"] == [] and data["since"] == "2027-01-01"
    html = _report(cli, fixture_db, "html", tmp_path / "e.html", "--since", "2027-01-01")
    assert "No stories yet" in html


def test_empty_store_renders_every_format(fresh_store: SQLiteStore, tmp_path: Path) -> None:
    for fmt in FORMATS:
        path = write_report(fresh_store, Settings(), fmt=fmt, path=tmp_path / f"e.{fmt}")
        assert path.stat().st_size > 0
    with pytest.raises(ValueError, match="unknown report format"):
        render({}, "pdf")


def test_failed_write_leaves_the_old_report(
    fresh_store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.md"
    target.write_text("old report", encoding="utf-8")

    def boom(report: object, fmt: str) -> str:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("newsbeat.report.render", boom)
    with pytest.raises(RuntimeError):
        write_report(fresh_store, Settings(), fmt="md", path=target)
    assert target.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_reprints_appear_under_their_original(fresh_store: SQLiteStore, tmp_path: Path) -> None:
    from newsbeat.models import Article

    data, ids = store_fixture(fresh_store, "clean_up_alliance")
    reprint = Article(
        title="Coastal towns form alliance (wire copy)",
        text="The mayors of four coastal towns signed a clean-up alliance on Monday.",
        outlet="Island Gazette",
        url="https://gazette.example/alliance",
        published="2026-03-02T13:00:00+00:00",
    )
    [reprint_id] = fresh_store.add_articles([reprint]).new_ids
    fresh_store.set_duplicate(reprint_id, ids["herald-1"])
    path = write_report(fresh_store, Settings(), fmt="json", path=tmp_path / "r.json")
    [story] = json.loads(path.read_text(encoding="utf-8"))["stories"]
    [row] = [a for a in story["articles"] if a["id"] == reprint_id]
    assert row["reprint_of"] == ids["herald-1"] and row["outlet"] == "Island Gazette"
    gazette = [o for o in story["outlets"] if o["outlet"] == "Island Gazette"]
    assert gazette == [
        {
            "outlet": "Island Gazette",
            "articles": 0,
            "reprints": 1,
            "first_published": "2026-03-02T13:00:00+00:00",
            "first": False,
        }
    ]
    assert len(story["articles"]) == len(data["articles"]) + 1


_UNDATED_DUMP = (
    "harbour\n\nHarbour dredging starts in Kessa\n\nDredgers began deepening the Kessa harbour"
    " channel on Monday, the port authority said.\n\nThe work will take six weeks.\n\nSource link"
    "\n\nKessa harbour dredging begins\n\nDredging of the Kessa harbour channel began on Monday,"
    " according to the port authority.\n\nThe project is due to last six weeks.\n\nSource link\n"
)


@pytest.mark.parametrize("mix", [False, True], ids=["all-undated", "dated-and-undated"])
def test_reports_of_undated_articles(
    cli: CliRunner, db_path: str, tmp_path: Path, mix: bool
) -> None:
    # A keyword dump has no dates; the Markdown report crashed on its empty day axis.
    dump = tmp_path / "dump.txt"
    dump.write_text(_UNDATED_DUMP, encoding="utf-8")
    inputs = [str(dump)]
    if mix:
        dated = tmp_path / "dated.jsonl"
        record = {
            "title": "Kessa harbour deepening under way",
            "text": "Dredgers are deepening the Kessa harbour channel, the port authority said."
            "\n\nThe work will take six weeks.",
            "outlet": "Kessa Courier",
            "published": "2026-03-03",
        }
        dated.write_text(json.dumps(record) + "\n", encoding="utf-8")
        inputs.append(str(dated))
    result = cli.invoke(app, ["ingest", "--db", db_path, "-q", *inputs])
    assert result.exit_code == 0, result.output
    md = _report(cli, db_path, "md", tmp_path / "r.md")
    assert "Kessa harbour" in md
    if mix:
        assert "2026-03-03" in md
    else:
        assert "No article of these stories has a date." in md
    html = _report(cli, db_path, "html", tmp_path / "r.html")
    assert "Kessa harbour" in html
