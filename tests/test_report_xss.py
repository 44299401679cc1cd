"""Article text carrying HTML/script payloads appears as text in every report format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from _html_check import assert_inert, parse_page
from _report_support import store_fixture
from newsbeat.report import write_report
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore


@pytest.fixture
def xss(fresh_store: SQLiteStore) -> tuple[SQLiteStore, dict[str, Any]]:
    data, _ = store_fixture(fresh_store, "xss_story")
    return fresh_store, data


def _write(store: SQLiteStore, fmt: str, tmp_path: Path) -> str:
    path = write_report(store, Settings(), fmt=fmt, path=tmp_path / f"r.{fmt}")
    return path.read_text(encoding="utf-8")


def test_payloads_are_text_in_html(xss: tuple[SQLiteStore, dict[str, Any]], tmp_path: Path) -> None:
    store, data = xss
    page = parse_page(_write(store, "html", tmp_path))
    assert_inert(page)
    for payload in data["expect"]["payloads"]:
        # Title, summary, quote, speaker, claim, relation, outlet: many places, all as text.
        assert page.text.count(payload) >= 5, payload
    assert data["expect"]["script_url"] not in {a[2] for a in page.attributes}


def test_payloads_are_text_in_markdown(
    xss: tuple[SQLiteStore, dict[str, Any]], tmp_path: Path
) -> None:
    store, data = xss
    md = _write(store, "md", tmp_path)
    # Rendered by a CommonMark renderer that passes raw HTML through, as code hosts do.
    page = parse_page(MarkdownIt("commonmark").render(md))
    assert_inert(page)
    for payload in data["expect"]["payloads"]:
        assert page.text.count(payload) >= 5, payload
    assert "javascript:" not in md


def test_payloads_are_data_in_json(xss: tuple[SQLiteStore, dict[str, Any]], tmp_path: Path) -> None:
    store, data = xss
    report = json.loads(_write(store, "json", tmp_path))
    [story] = report["stories"]
    assert story["title"] == data["story"]["title"]
    evil = data["articles"][0]
    [quote_block] = [
        q for q in story["quotes"] if q["speaker"] == evil["enrichment"]["quotes"][0]["speaker"]
    ]
    assert quote_block["quotes"][0]["text"] == evil["enrichment"]["quotes"][0]["text"]
    [conflict] = story["comparison"]["conflicts"]
    assert conflict["what"] == evil["enrichment"]["claims"][0]["what"]
    assert (
        conflict["sides"][0]["claims"][0]["sentence"] == evil["enrichment"]["claims"][0]["sentence"]
    )
    assert [a["url"] for a in story["articles"]] == [None, "https://plain.example/summit"]
    assert evil["outlet"] in {o["outlet"] for o in story["outlets"]}
