"""Where the stories stage goes wrong on the multilingual gold, event by event.

Runs the stage over one split of the gold as ``newsbeat bench stories`` does
(:func:`newsbeat.bench.multilingual.run_multilingual`'s grouping) and lists:

- **mixed stories** (precision): stories holding reports of more than one event, with each
  event's reports, whether the events are decoys of one topic, and how many days apart;
- **split events** (recall): events whose reports went to more than one story, each story's
  reports, and whether a language itself was split (two reports of one language apart) or
  only languages stayed apart.

Tune on ``train`` (the default). ``test`` is what the bench reports: read its aggregate, not
its errors, when choosing a rule.

    PYTHONPATH=src .venv/bin/python bench/multilingual_errors.py [--split train] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from newsbeat.bench.multilingual import (
    GoldReport,
    MultilingualGold,
    in_date_order,
    load_gold,
    stage_story_ids,
)


def _stories(reports: list[GoldReport]) -> dict[str, list[GoldReport]]:
    ordered = in_date_order(reports, lambda r: r.published)
    grouped: dict[str, list[GoldReport]] = defaultdict(list)
    for report, story in zip(ordered, stage_story_ids([r.article() for r in ordered]), strict=True):
        grouped[story].append(report)
    return grouped


def _by_event(reports: list[GoldReport]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for report in reports:
        found[report.event].append(report.id)
    return dict(sorted(found.items()))


def _days(gold: MultilingualGold, events: list[str]) -> int:
    days = [date.fromisoformat(gold.events[e].date) for e in events]
    return (max(days) - min(days)).days


def errors(gold: MultilingualGold, split: str) -> dict[str, Any]:
    """The mixed stories and split events of one split."""
    reports = [r for r in gold.reports if gold.events[r.event].split == split]
    stories = _stories(reports)
    mixed = []
    for members in stories.values():
        events = _by_event(members)
        if len(events) > 1:
            topics = {gold.events[e].topic for e in events}
            mixed.append(
                {
                    "events": events,
                    "same_topic": len(topics) == 1,
                    "days_apart": _days(gold, list(events)),
                }
            )
    where: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for story, members in stories.items():
        for report in members:
            where[report.event].setdefault(story, []).append(report.id)
    split_events = []
    for event, parts in sorted(where.items()):
        if len(parts) > 1:
            langs = [{r.split("-")[1] for r in ids} for ids in parts.values()]
            within = any(a & b for i, a in enumerate(langs) for b in langs[i + 1 :])
            split_events.append(
                {"event": event, "stories": sorted(parts.values()), "a_language_split": within}
            )
    return {"split": split, "mixed_stories": mixed, "split_events": split_events}


def _print(result: dict[str, Any]) -> None:
    print(f"split {result['split']}: {len(result['mixed_stories'])} mixed stories")
    for row in result["mixed_stories"]:
        kind = "decoys" if row["same_topic"] else "other topics"
        print(f"  {kind}, {row['days_apart']} days apart: {row['events']}")
    print(f"{len(result['split_events'])} split events")
    for row in result["split_events"]:
        flag = " (a language split)" if row["a_language_split"] else ""
        print(f"  {row['event']}{flag}: {row['stories']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("train", "test"), default="train")
    parser.add_argument("--json", type=Path, help="Also write the result as JSON here.")
    args = parser.parse_args(argv)
    result = errors(load_gold(), args.split)
    _print(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
