"""Load hand-written story fixtures (tests/fixtures/report/*.json) through the Store API.

Stories and enrichment are saved directly (save_story, assign_articles, save_enrichment), so the
compare, summarise and report tests do not depend on the stories and enrich stages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsbeat.beats import define_beat
from newsbeat.models import Article, Claim, Enrichment, Entity, Quote, Relation, Story
from newsbeat.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "report"


def load_fixture(name: str) -> dict[str, Any]:
    """The parsed fixture file ``tests/fixtures/report/<name>.json``."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def store_fixture(store: Store, name: str) -> tuple[dict[str, Any], dict[str, int]]:
    """Save a fixture's articles, beat, story and enrichment; returns it and key -> article id."""
    data = load_fixture(name)
    return data, store_story_data(store, data)


def store_story_data(store: Store, data: dict[str, Any]) -> dict[str, int]:
    """Save one fixture dict (see :func:`store_fixture`)."""
    specs = data["articles"]
    articles = [
        Article(
            title=s["title"],
            text=s["text"],
            url=s.get("url"),
            outlet=s.get("outlet"),
            published=s.get("published"),
            published_source="metadata",
            language=s.get("language", "en"),
        )
        for s in specs
    ]
    result = store.add_articles(articles)
    ids = {s["key"]: i for s, i in zip(specs, result.new_ids, strict=True)}
    if beat := data.get("beat"):
        define_beat(store, beat["name"], beat.get("query"))
    story = data["story"]
    dates = sorted(s["published"] for s in specs)
    store.save_story(
        Story(
            id=story["id"],
            title=story["title"],
            first_seen=dates[0],
            last_updated=dates[-1],
        )
    )
    store.assign_articles(story["id"], [ids[s["key"]] for s in specs if not s.get("reprint_of")])
    for s in specs:
        if s.get("reprint_of"):
            store.set_duplicate(ids[s["key"]], ids[s["reprint_of"]])
        if (enr := s.get("enrichment")) is not None:
            store.save_enrichment(make_enrichment(ids[s["key"]], enr))
    return ids


def make_enrichment(article_id: int, spec: dict[str, Any]) -> Enrichment:
    """An Enrichment from a fixture's plain dicts."""
    return Enrichment(
        article_id=article_id,
        entities=[Entity(**e) for e in spec.get("entities", [])],
        quotes=[Quote(**q) for q in spec.get("quotes", [])],
        claims=[Claim(**c) for c in spec.get("claims", [])],
        relations=[Relation(**r) for r in spec.get("relations", [])],
    )
