"""The hand-written multilingual stories gold keeps issue 17's rules for its content: topics of
three decoy events in one split with a pair in one week, reports dated near their event, ids
that say event and language, and per authored file (``-a``, ``-b``, ``-c``) events without
English, events with two reports in one language and the six main languages in most events. A
part with test topics has as many train ones; a part may add train topics only (``-c``)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parents[1] / "src" / "newsbeat" / "bench" / "multilingual_gold"
MAIN_LANGUAGES = ("en", "de", "fr", "es", "ru", "ko")


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _parts() -> list[str]:
    """The authored parts: ``a`` for events-a.jsonl / reports-a.jsonl, and so on."""
    return sorted(p.stem.removeprefix("events-") for p in GOLD.glob("events-*.jsonl"))


def _part(name: str) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    events = {e["event"]: e for e in _lines(GOLD / f"events-{name}.jsonl")}
    return events, _lines(GOLD / f"reports-{name}.jsonl")


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def test_the_gold_has_parts() -> None:
    assert {"a", "b", "c"} <= set(_parts())


@pytest.mark.parametrize("name", _parts())
def test_topics_are_three_decoys_in_one_split_with_a_pair_in_one_week(name: str) -> None:
    events, _ = _part(name)
    topics: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events.values():
        topics[event["topic"]].append(event)
    splits: dict[str, int] = defaultdict(int)
    for topic, members in topics.items():
        assert len(members) == 3, topic
        assert len({e["split"] for e in members}) == 1, topic
        splits[members[0]["split"]] += 1
        gaps = [abs((_day(a["date"]) - _day(b["date"])).days) for a, b in combinations(members, 2)]
        assert min(gaps) <= 6, f"{topic}: no two events in one week"
    assert splits["train"] > 0
    if splits["test"]:
        assert splits["train"] == splits["test"]


@pytest.mark.parametrize("name", _parts())
def test_reports_name_their_event_and_language_and_follow_it_within_three_days(
    name: str,
) -> None:
    events, reports = _part(name)
    for report in reports:
        assert re.fullmatch(rf"{report['event']}-{report['lang']}-\d+", report["id"]), report["id"]
        words = len(report["text"].split())
        assert (20 if report["lang"] == "ko" else 30) <= words <= 130, report["id"]
        if report["published"]:
            days = (_day(report["published"]) - _day(events[report["event"]]["date"])).days
            assert 0 <= days <= 3, report["id"]


@pytest.mark.parametrize("name", _parts())
def test_each_part_mixes_languages_as_the_issue_asks(name: str) -> None:
    events, reports = _part(name)
    told: dict[str, list[str]] = defaultdict(list)
    for report in reports:
        told[report["event"]].append(report["lang"])
    assert set(told) == set(events)
    assert sum("en" not in langs for langs in told.values()) >= 4
    assert sum(len(set(langs)) < len(langs) for langs in told.values()) >= 3
    for language in MAIN_LANGUAGES:
        assert sum(language in langs for langs in told.values()) > len(events) / 2, language
    assert any({"sv", "el"} & set(langs) for langs in told.values())
