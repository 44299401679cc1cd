"""The bench commands' JSON contract, on small inputs (the real runs are in docs/collect.md)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.bench.gazette import article_page
from newsbeat.cli import app

ARTICLES = Path(__file__).parent / "fixtures" / "web" / "articles"


@pytest.fixture
def bench_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # results go to ./bench/results
    return tmp_path


def test_bench_extraction_json(cli: CliRunner, bench_dir: Path) -> None:
    data = bench_dir / "data"
    (data / "html").mkdir(parents=True)
    expected = json.loads((ARTICLES / "expected.json").read_text(encoding="utf-8"))
    truth = {}
    for slug in ("treaty-signed", "summit-delayed"):
        html = (ARTICLES / f"{slug}.html").read_bytes().replace(b"@BASE@", b"https://x.org")
        (data / "html" / f"{slug}.html.gz").write_bytes(gzip.compress(html))
        truth[slug] = {
            "articleBody": " ".join(expected[slug]["must_contain"]),
            "url": f"https://x.org/{slug}",
        }
    (data / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    result = cli.invoke(
        app, ["bench", "extraction", "--data", str(data), "--workers", "1", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    for scores in (out, out["baseline"]):
        assert {"precision", "recall", "f1", "pages_per_s"} <= set(scores)
        assert 0.0 <= scores["f1"] <= 1.0 and scores["pages_per_s"] > 0
        assert scores["cpu_ms_per_page"] > 0
    # the truth is two of the article's paragraphs: all found but the shingles joining them
    assert out["recall"] > 0.85 and out["precision"] < 0.8
    assert out["pages"] == 2
    assert (bench_dir / "bench" / "results" / "extraction-latest.json").is_file()


def test_bench_extraction_without_data_is_a_clear_error(cli: CliRunner, bench_dir: Path) -> None:
    result = cli.invoke(app, ["bench", "extraction", "--data", str(bench_dir / "nope")])
    assert result.exit_code == 2 and "no article-extraction benchmark here" in result.stderr


def test_bench_fetch_json(cli: CliRunner, bench_dir: Path, tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("[collect]\nextract_workers = 1\n", encoding="utf-8")
    result = cli.invoke(
        app,
        [
            "bench",
            "fetch",
            "--pages",
            "10",
            "--latency-ms",
            "1",
            "--config",
            str(config),
            "--runs",
            "2",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["fetch_pages_per_s"] > 0 and out["end_to_end_pages_per_s"] > 0
    assert out["fetched"] == 10 and out["stored"] == 10 and out["failed"] == 0
    assert len(out["runs"]) == 2
    assert out["fetch_cpu_ms_per_page"] > 0 and "load_average" in out
    saved = json.loads((bench_dir / "bench" / "results" / "fetch-latest.json").read_text())
    assert saved["fetch_pages_per_s"] == out["fetch_pages_per_s"]


def test_bench_pages_are_stable_and_extractable() -> None:
    from newsbeat.extract.article import extract_article

    assert article_page(7) == article_page(7) != article_page(8)
    article = extract_article(article_page(7).decode(), url="http://127.0.0.1/a/7.html")
    assert article.outlet == "Bench Gazette" and len(article.paragraphs) >= 8


def test_bench_collect_json(cli: CliRunner, bench_dir: Path, tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("[collect]\nextract_workers = 1\n", encoding="utf-8")
    result = cli.invoke(
        app, ["bench", "collect", "--items", "20", "--config", str(config), "--json"]
    )
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    # items 3, 7 and 19 are a paywall stub, a consent wall and a page robots.txt forbids;
    # item 11 is an AMP copy whose canonical page is fetched instead
    assert out["planted"] == {"article": 16, "paywall": 1, "consent": 1, "amp": 1, "robots": 1}
    assert out["resolved_share"] == 0.85 and out["link_only_share"] == 1.0
    assert out["junk_texts"] == 0 and out["junk_without_walls"] >= 1
    assert out["reachable"]["by_status"] == {
        "blocked_by_robots": 1,
        "consent_wall": 1,
        "full": 17,
        "paywalled": 1,
    }
    assert out["reachable"]["links_resolved"] == 20 and out["unreachable"]["stored"] == 20
    saved = json.loads((bench_dir / "bench" / "results" / "collect-latest.json").read_text())
    assert saved["resolved_share"] == 0.85


def test_the_bench_feed_is_in_the_news_search_form() -> None:
    from newsbeat.bench.newssite import search_feed, token
    from newsbeat.collect.newslinks import article_id, decode_offline, is_newer_form
    from newsbeat.collect.sources import parse_feed

    body = search_feed("http://127.0.0.1:9", "/news", 5)
    entries, problem = parse_feed(
        body, url="http://127.0.0.1:9/news/rss/search", content_type="application/xml"
    )
    assert problem is None and len(entries) == 5
    assert all(e.outlet and e.title and " - " not in e.title for e in entries)
    found = article_id(entries[0].url, "http://127.0.0.1:9/news")
    assert found is not None and found.id == token(0)
    assert is_newer_form(token(0)) and decode_offline(token(0)) is None
