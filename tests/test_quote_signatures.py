"""Quotes signed after a dash (``"…" ― Name``) by names the entity recogniser misses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Enrichment

FIXTURE = Path(__file__).parent / "fixtures" / "enrich" / "signed_quotes"


def _expected() -> list[dict[str, Any]]:
    data = json.loads(FIXTURE.with_suffix(".json").read_text(encoding="utf-8"))
    return list(data["quotes"])


@pytest.fixture(scope="module")
def signed() -> Enrichment:
    text = FIXTURE.with_suffix(".txt").read_text(encoding="utf-8")
    [result] = list(
        enrich_articles(
            [ArticleInput(id=1, text=text, outlet="Fixture")], EnrichOptions(processes=1)
        )
    )
    return result


@pytest.mark.parametrize("want", _expected(), ids=lambda w: w["speaker"])
def test_signed_quote_speaker(signed: Enrichment, want: dict[str, Any]) -> None:
    hits = [q for q in signed.quotes if want["contains"] in q.text and q.kind == "direct"]
    assert hits, f"no quote containing {want['contains']!r}: {signed.quotes}"
    assert hits[0].speaker == want["speaker"]
