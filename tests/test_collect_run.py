"""collect / fetch_urls end to end against the 127.0.0.1 server, and the CLI commands."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsbeat.beats import define_beat
from newsbeat.cli import app
from newsbeat.collect import CollectOptions, collect, fetch_urls
from newsbeat.collect.report import CollectProgress
from newsbeat.models import Source
from newsbeat.settings import Settings, settings_toml
from newsbeat.store import SQLiteStore
from webserver import WebServer, fast_settings

ARTICLES = ["treaty-signed", "summit-delayed", "no-date", "deutsch"]


def _article_hits(server: WebServer) -> int:
    return sum(server.hits[f"/articles/{a}.html"] for a in ARTICLES)


def test_collect_a_beat_from_feeds_sitemaps_and_search(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    define_beat(fresh_store, "alliance")
    for kind, path in [
        ("feed", "/feeds/rss2.xml"),
        ("feed", "/feeds/atom.xml"),
        ("feed", "/feeds/invalid.xml"),
        ("feed", "/feeds/latin1.xml"),
        ("feed", "/feeds/notafeed.html"),
        ("sitemap", "/sitemaps/index.xml"),
    ]:
        fresh_store.add_source(Source(type=kind, url=web_server.url(path), beat="alliance"))
    settings = fast_settings(web_server)
    seen: list[int] = []
    report = collect(
        fresh_store,
        settings,
        CollectOptions(beat="alliance", since="2026-01-01"),
        on_progress=lambda p: seen.append(p.pages_fetched),
    )
    p = report.progress
    assert p.sources_polled == 8 and p.sources_failed == 1  # 6 own + GDELT + search
    assert p.articles_new == 5 and p.pages_fetched == 4 and p.articles_link_only == 1
    # robots.txt forbids the GDELT result under /private/: GDELT gave its headline, so it is
    # stored as a headline-only article (not a failure); the rest is unaffected
    assert [(f.kind, f.location.rsplit("/", 1)[-1]) for f in report.failures] == [
        ("source", "notafeed.html")
    ]
    [blocked] = report.link_only
    assert blocked.location == web_server.url("/private/secret.html")
    assert blocked.status == "blocked_by_robots" and "robots.txt disallows" in blocked.reason
    assert any("latin1.xml" in problem for problem in report.problems)
    assert any("invalid.xml" in problem for problem in report.problems)
    assert seen and seen[-1] == 4  # progress was reported as pages arrived

    articles = {a.title: a for a in fresh_store.iter_articles()}
    treaty = articles["Veldmark and Ostrava sign defence alliance treaty"]
    assert treaty.outlet == "The Northern Ledger" and treaty.beats == ["alliance"]
    assert treaty.url == web_server.url("/articles/treaty-signed.html")
    assert articles["Bündnisvertrag unterzeichnet"].language == "de"
    # no date in the page: the feed's date is used
    assert articles["Harbour workers vote on new contract"].published == "2026-03-06T08:00:00+00:00"
    secret = articles["A page robots.txt forbids"]
    assert secret.text_status == "blocked_by_robots" and secret.text == ""
    assert secret.published == "2026-03-03T10:00:00+00:00" and secret.beats == []
    assert all(a.text_status == "full" for a in articles.values() if a is not secret)

    states = {s.url.rsplit("/", 1)[-1]: s for s in fresh_store.list_sources()}
    assert states["notafeed.html"].consecutive_errors == 1
    assert states["notafeed.html"].last_status == "error"
    assert "not an RSS" in (states["notafeed.html"].last_error or "")
    assert states["rss2.xml"].last_status == "ok (2 URLs)"
    assert (
        states["latin1.xml"].last_error
        and "CharacterEncodingOverride" in states["latin1.xml"].last_error
    )
    assert all(s.last_poll for s in states.values())


def test_rerun_fetches_only_new_urls_and_refresh_fetches_again(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    define_beat(fresh_store, "alliance")
    fresh_store.add_source(
        Source(type="feed", url=web_server.url("/feeds/atom.xml"), beat="alliance")
    )
    settings = fast_settings(web_server)
    options = CollectOptions(beat="alliance", use_search=False)
    first = collect(fresh_store, settings, options)
    assert first.progress.articles_new == 2
    hits = _article_hits(web_server)
    second = collect(fresh_store, settings, options)
    assert second.progress.pages_known == 2 and second.progress.pages_fetched == 0
    assert _article_hits(web_server) == hits
    third = collect(
        fresh_store, settings, CollectOptions(beat="alliance", use_search=False, refresh=True)
    )
    assert third.progress.pages_fetched == 2 and third.progress.articles_existing == 2
    assert _article_hits(web_server) == hits + 2
    assert fresh_store.count_articles() == 2


def test_no_search_polls_only_the_beats_own_sources(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    define_beat(fresh_store, "alliance")
    before = len(web_server.queries)
    report = collect(
        fresh_store, fast_settings(web_server), CollectOptions(beat="alliance", use_search=False)
    )
    assert report.progress.sources_polled == 0
    assert len(web_server.queries) == before


def test_fetch_urls_with_every_fault_stores_the_good_pages(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    faults = [
        "/fault/hang",
        "/fault/drip",
        "/fault/loop",
        "/fault/missing",
        "/fault/huge",
        "/fault/bomb",
        "/fault/wrong-type",
        "/private/secret.html",
        "/fault/busy-long",
    ]
    good = [
        "/articles/treaty-signed.html",
        "/articles/deutsch.html",
        f"/fault/flaky?key=run-{time.monotonic_ns()}",
    ]
    settings = fast_settings(web_server, fetch={"retries": 1, "total_timeout": 1.5})
    started = time.monotonic()
    report = fetch_urls(
        fresh_store, settings, [web_server.url(p) for p in faults + good] + ["mailto:x@y.z"]
    )
    assert time.monotonic() - started < 8
    failed = {f.location for f in report.failures}
    assert failed == {web_server.url(p) for p in faults} | {"mailto:x@y.z"}
    assert all(f.error.startswith(f.location) for f in report.failures)
    assert report.progress.pages_failed == len(faults) + 1
    titles = {a.title for a in fresh_store.iter_articles()}
    assert titles == {
        "Veldmark and Ostrava sign defence alliance treaty",
        "Bündnisvertrag unterzeichnet",
        "Alliance summit delayed by storm",
    }


def test_extraction_failure_is_a_page_failure(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    report = fetch_urls(
        fresh_store, fast_settings(web_server), [web_server.url("/feeds/notafeed.html")]
    )
    [failure] = report.failures
    assert "characters of article text" in failure.error or "no article text" in failure.error


# -- CLI ---------------------------------------------------------------------------------------
def _config(tmp_path: Path, settings: Settings) -> str:
    path = tmp_path / "settings.toml"
    path.write_text(settings_toml(settings), encoding="utf-8")
    return str(path)


def test_source_commands(cli: CliRunner, db_path: str, web_server: WebServer) -> None:
    feed = web_server.url("/feeds/rss2.xml")
    added = cli.invoke(
        app, ["source", "add", "feed", feed, "--beat", "alliance", "--db", db_path, "--json"]
    )
    assert added.exit_code == 0, added.output
    source = json.loads(added.stdout)
    assert set(source) == {
        "id",
        "type",
        "url",
        "beat",
        "last_poll",
        "last_status",
        "last_error",
        "consecutive_errors",
    }
    assert source["type"] == "feed" and source["beat"] == "alliance"
    again = cli.invoke(
        app, ["source", "add", "feed", feed, "--beat", "alliance", "--db", db_path, "--json"]
    )
    assert json.loads(again.stdout)["id"] == source["id"]
    listed = cli.invoke(app, ["source", "list", "--db", db_path, "--json"])
    assert [s["url"] for s in json.loads(listed.stdout)] == [feed]
    table = cli.invoke(app, ["source", "list", "--db", db_path])
    assert "never polled" in table.stdout
    assert cli.invoke(app, ["source", "rm", str(source["id"]), "--db", db_path]).exit_code == 0
    assert json.loads(cli.invoke(app, ["source", "list", "--db", db_path, "--json"]).stdout) == []
    missing = cli.invoke(app, ["source", "rm", "99", "--db", db_path])
    assert (
        missing.exit_code == 1
        and "no source with id 99 (see `newsbeat source list`)" in missing.stderr
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["source", "add", "gopher", "http://x/"], "unknown source type 'gopher'"),
        (["source", "add", "feed", "ftp://x/feed"], "must start with http"),
        (["source", "add", "search", "http://x/?q=1", "--beat", "b"], "{query}"),
        (["source", "add", "gdelt", "http://x/api"], "give --beat"),
    ],
)
def test_source_add_usage_errors(
    cli: CliRunner, db_path: str, args: list[str], message: str
) -> None:
    result = cli.invoke(app, [*args, "--db", db_path])
    assert result.exit_code == 2 and message in result.stderr


def test_fetch_command_reads_url_files_and_reports_json(
    cli: CliRunner, db_path: str, tmp_path: Path, web_server: WebServer
) -> None:
    config = _config(tmp_path, fast_settings(web_server))
    listing = tmp_path / "urls.txt"
    listing.write_text(
        f"# two pages\n{web_server.url('/articles/no-date.html')}\n\n"
        f"{web_server.url('/fault/missing')}\n",
        encoding="utf-8",
    )
    result = cli.invoke(
        app,
        [
            "fetch",
            str(listing),
            web_server.url("/articles/deutsch.html"),
            "--db",
            db_path,
            "--config",
            config,
            "--json",
        ],
    )
    assert result.exit_code == 1  # one page failed
    data = json.loads(result.stdout)
    assert {
        "sources_polled",
        "pages_fetched",
        "pages_failed",
        "pages_already_stored",
        "new_articles",
        "existing_articles",
        "new_ids",
        "failures",
        "problems",
        "interrupted",
        "seconds",
    } <= set(data)
    assert data["new_articles"] == 2 and data["pages_failed"] == 1
    assert data["failures"][0]["location"] == web_server.url("/fault/missing")
    again = cli.invoke(
        app,
        [
            "fetch",
            web_server.url("/articles/deutsch.html"),
            "--db",
            db_path,
            "--config",
            config,
            "--json",
        ],
    )
    assert again.exit_code == 0
    assert json.loads(again.stdout)["pages_already_stored"] == 1


def test_run_command_collects_runs_the_stages_and_prints_the_digest(
    cli: CliRunner, db_path: str, tmp_path: Path, web_server: WebServer
) -> None:
    config = _config(tmp_path, fast_settings(web_server))
    assert (
        cli.invoke(
            app,
            [
                "source",
                "add",
                "feed",
                web_server.url("/feeds/rss2.xml"),
                "--beat",
                "alliance",
                "--db",
                db_path,
            ],
        ).exit_code
        == 0
    )
    result = cli.invoke(
        app,
        ["run", "alliance", "--since", "2026-01-01", "--db", db_path, "--config", config, "--json"],
    )
    data = json.loads(result.stdout)
    assert set(data) == {"beat", "collect", "stages", "failed", "report"}
    report = Path(data["report"])
    assert report.parent == Path(db_path).resolve().parent
    assert "Veldmark and Ostrava" in report.read_text(encoding="utf-8")
    # the GDELT fixture lists a page robots.txt forbids: stored headline only, not a failure
    assert result.exit_code == 0 and data["failed"] is False
    assert data["collect"]["failures"] == []
    assert data["collect"]["link_only"] == [
        {
            "location": web_server.url("/private/secret.html"),
            "text_status": "blocked_by_robots",
            "reason": f"{web_server.url('/private/secret.html')}: robots.txt disallows"
            " /private/secret.html",
        }
    ]
    assert data["collect"]["new_articles"] == 4 and data["collect"]["link_only_articles"] == 1
    assert "collect" not in [s["name"] for s in data["stages"]]
    assert [s["name"] for s in data["stages"]][-1] == "alert"
    alerts = tmp_path / "alerts.jsonl"
    added = ["alert", "add", "alliance", "--file", str(alerts), "--min-outlets", "1"]
    assert cli.invoke(app, [*added, "--db", db_path]).exit_code == 0
    text = cli.invoke(app, ["run", "alliance", "--no-search", "--db", db_path, "--config", config])
    assert text.exit_code == 0, text.stderr
    assert "beat: alliance" in text.stdout
    assert "Veldmark and Ostrava sign defence alliance treaty" in text.stdout
    assert "already stored" in text.stderr
    assert f"HTML report: {report}" in text.stdout
    sent = len(alerts.read_text(encoding="utf-8").splitlines())
    assert sent >= 1 and f"alerts: {sent} sent, 0 failed" in text.stdout


def test_run_rejects_a_bad_since(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(app, ["run", "alliance", "--since", "yesterday", "--db", db_path])
    assert result.exit_code == 2 and "--since 'yesterday'" in result.stderr


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow  # two real processes (~10 s)
def test_ctrl_c_keeps_what_was_stored_and_a_rerun_resumes(
    tmp_path: Path, web_server: WebServer
) -> None:
    db = str(tmp_path / "run.db")
    config = _config(
        tmp_path,
        fast_settings(
            web_server, fetch={"read_timeout": 30.0, "total_timeout": 30.0, "retries": 0}
        ),
    )
    good = [web_server.url(f"/articles/{a}.html") for a in ARTICLES[:3]]
    urls = [*good, web_server.url("/fault/hang")]
    env = {**os.environ, "NEWSBEAT_DB": db}
    process = subprocess.Popen(
        [sys.executable, "-m", "newsbeat", "fetch", *urls, "--config", config, "--quiet"],
        env=env,
        # A child inherits an ignored SIGINT (Python then installs no KeyboardInterrupt handler
        # and asyncio none either), and in full-suite runs the child was seen to ignore the
        # interrupt and finish normally: start it with the disposition a shell gives.
        preexec_fn=_default_sigint,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and stored < 3:
        time.sleep(0.3)
        try:
            with sqlite3.connect(db) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            stored = 0
    assert stored == 3, "the three good pages were not stored while the fourth hangs"
    process.send_signal(signal.SIGINT)
    # What is kept and resumed is under test here, not how fast the process stops: in full-suite
    # runs beside other jobs it has taken more than 15 s to exit (cause not found; alone it
    # exits at once), so the wait is longer than the hanging page's own timeout.
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err
    rerun = subprocess.run(
        [sys.executable, "-m", "newsbeat", "fetch", *good, "--config", config, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads(rerun.stdout)["pages_already_stored"] == 3


def test_live_counters_render() -> None:
    from rich.console import Console

    from newsbeat.cli._progress import _counters
    from newsbeat.collect import CollectProgress

    console = Console(record=True, width=200)
    console.print(
        _counters(
            CollectProgress(
                sources_total=5,
                sources_polled=3,
                sources_failed=1,
                pages_queued=9,
                pages_fetched=7,
                pages_failed=2,
                pages_known=4,
                articles_new=6,
            )
        )
    )
    text = console.export_text()
    assert "sources polled 3/5 (1 failed)" in text
    assert "pages fetched 7/9" in text and "failed 2" in text
    assert "already stored 4" in text and "new articles 6" in text


def test_failed_pages_are_remembered_until_a_fetch_succeeds(
    cli: CliRunner, db_path: str, tmp_path: Path, web_server: WebServer
) -> None:
    config = _config(tmp_path, fast_settings(web_server, fetch={"retries": 0}))
    flaky = web_server.url(f"/fault/flaky?key=remember-{time.monotonic_ns()}")
    first = cli.invoke(
        app,
        [
            "fetch",
            flaky,
            web_server.url("/fault/missing"),
            "--db",
            db_path,
            "--config",
            config,
            "--json",
        ],
    )
    assert first.exit_code == 1
    listed = json.loads(
        cli.invoke(app, ["fetch", "--list-failed", "--db", db_path, "--json"]).stdout
    )
    assert {f["url"] for f in listed} == {flaky, web_server.url("/fault/missing")}
    assert set(listed[0]) == {"url", "error", "attempts", "first_failed", "last_failed"}
    assert all(f["attempts"] == 1 for f in listed)
    # the flaky page answers 200 the second time; the missing one fails again
    retry = cli.invoke(
        app, ["fetch", "--retry-failed", "--db", db_path, "--config", config, "--json"]
    )
    assert retry.exit_code == 1
    assert json.loads(retry.stdout)["new_articles"] == 1
    left = json.loads(cli.invoke(app, ["fetch", "--list-failed", "--db", db_path, "--json"]).stdout)
    assert [(f["url"], f["attempts"]) for f in left] == [(web_server.url("/fault/missing"), 2)]
    assert "HTTP 404" in left[0]["error"]
    table = cli.invoke(app, ["fetch", "--list-failed", "--db", db_path])
    assert "fault/missing" in table.stdout.replace("\n", "").replace("│", "").replace(" ", "")


def test_fetch_without_urls_is_a_usage_error(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(app, ["fetch", "--db", db_path])
    assert result.exit_code == 2 and "give URLs" in result.stderr


def test_store_keeps_fetch_failures(fresh_store: SQLiteStore) -> None:
    fresh_store.record_fetch_failures([("http://a/1", "HTTP 500"), ("http://a/2", "HTTP 404")])
    fresh_store.record_fetch_failures([("http://a/1", "timed out")])
    by_url = {f.url: f for f in fresh_store.list_fetch_failures()}
    assert by_url["http://a/1"].attempts == 2 and by_url["http://a/1"].error == "timed out"
    assert by_url["http://a/2"].attempts == 1
    fresh_store.clear_fetch_failures(["http://a/1"])
    assert [f.url for f in fresh_store.list_fetch_failures()] == ["http://a/2"]


class _Stop(Exception):
    """Raised by a progress callback to end a fetch while another page still hangs."""


def test_a_failed_run_awaits_its_cancelled_pages_before_closing_the_client(
    web_server: WebServer, fresh_store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    unfinished_at_close: list[list[str]] = []
    close = httpx.AsyncClient.aclose

    async def recording_close(client: httpx.AsyncClient) -> None:
        current = asyncio.current_task()
        unfinished_at_close.append(
            [t.get_name() for t in asyncio.all_tasks() if t is not current and not t.done()]
        )
        await close(client)

    monkeypatch.setattr(httpx.AsyncClient, "aclose", recording_close)

    def stop_after_first_page(progress: CollectProgress) -> None:
        if progress.pages_fetched >= 1:
            raise _Stop

    settings = fast_settings(
        web_server, fetch={"read_timeout": 30.0, "total_timeout": 30.0, "retries": 0}
    )
    urls = [web_server.url("/fault/hang"), web_server.url("/articles/treaty-signed.html")]
    started = time.monotonic()
    with pytest.raises(_Stop):
        fetch_urls(fresh_store, settings, urls, on_progress=stop_after_first_page)
    assert time.monotonic() - started < 25  # the hanging page was cancelled, not waited for
    assert unfinished_at_close == [[]]  # its task had ended when the client was closed
