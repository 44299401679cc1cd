"""The report and the story view point between stories of one running matter (stories38).

Invented coverage on a beat ``courts``: a confession in May 2024 (two articles) and the trial
eighteen months later (three articles) share their accused and his victim; a harbour fire in
the same town, which names only the town, the country and the beat's word, is related to
neither. Stories and enrichment are stored directly (:mod:`_report_support`).
"""

from __future__ import annotations

from typing import Any

from _report_support import store_story_data
from newsbeat.report import build_report, render
from newsbeat.serialize import story_json, story_list_json
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore

_ACCUSED = {"name": "Tomas Vireo", "type": "PERSON", "mentions": 2}
_VICTIM = {"name": "Lina Castel", "type": "PERSON", "mentions": 1}
_TOWN = {"name": "Arden", "type": "GPE", "mentions": 1}
_COUNTRY = {"name": "Norway", "type": "GPE", "mentions": 1}


def _article(
    key: str, day: str, title: str, text: str, *entities: dict[str, Any]
) -> dict[str, Any]:
    return {
        "key": key,
        "title": title,
        "text": text,
        "outlet": f"Outlet {key}",
        "url": f"https://example.org/{key}",
        "published": f"{day}T09:00:00+00:00",
        "enrichment": {"entities": list(entities)},
    }


def _stories() -> list[dict[str, Any]]:
    beat = {"name": "courts", "query": "court OR courts"}
    confession = [
        _article("c1", "2024-05-20", "Man confesses to Arden killing",
                 "Tomas Vireo told police in Arden he shot Lina Castel. Vireo is 19.",
                 _ACCUSED, _VICTIM, _TOWN),
        _article("c2", "2024-05-21", "Vireo admits shooting",
                 "Tomas Vireo admitted killing Lina Castel outside a shop in Arden, Norway.",
                 _ACCUSED, _VICTIM, _TOWN, _COUNTRY),
    ]  # fmt: skip
    trial = [
        _article("t1", "2025-11-03", "Trial of Tomas Vireo opens",
                 "The trial of Tomas Vireo for the killing of Lina Castel opened in court.",
                 _ACCUSED, _VICTIM),
        _article("t2", "2025-11-04", "Jury sees video in Vireo trial",
                 "Jurors saw video of Tomas Vireo near the shop where Lina Castel died.",
                 _ACCUSED, _VICTIM, _TOWN),
        _article("t3", "2025-11-10", "Vireo found guilty",
                 "A jury found Tomas Vireo guilty of murdering Lina Castel.",
                 _ACCUSED, _VICTIM),
    ]  # fmt: skip
    fire = [
        _article("f1", "2025-11-05", "Fire at Arden harbour court",
                 "A fire gutted a warehouse by the court house in Arden, Norway. Nobody was hurt.",
                 _TOWN, _COUNTRY, {"name": "Arden Court", "type": "ORG", "mentions": 2}),
        _article("f2", "2025-11-05", "Arden warehouse burns",
                 "Firefighters in Arden, Norway, fought the warehouse fire near the court.",
                 _TOWN, _COUNTRY, {"name": "Arden Court", "type": "ORG", "mentions": 1}),
    ]  # fmt: skip
    return [
        {"beat": beat, "story": {"id": sid, "title": arts[0]["title"]}, "articles": arts}
        for sid, arts in (("s-confession", confession), ("s-trial", trial), ("s-fire", fire))
    ]


def _store(path: str) -> SQLiteStore:
    store = SQLiteStore(path)
    for data in _stories():
        store_story_data(store, data)
    return store


def test_report_json_links_the_confession_and_the_trial_only(db_path: str) -> None:
    store = _store(db_path)
    try:
        report = build_report(store, Settings())
    finally:
        store.close()
    related = {s["id"]: s["related"] for s in report["stories"]}
    assert related["s-fire"] == []
    [earlier] = related["s-trial"]
    assert earlier == {
        "id": "s-confession",
        "anchor": "story-s-confession",
        "title": "Man confesses to Arden killing",
        "first_seen": "2024-05-20T09:00:00+00:00",
        "actors": ["Lina Castel", "Tomas Vireo"],
    }
    assert [r["id"] for r in related["s-confession"]] == ["s-trial"]


def test_markdown_and_html_point_to_the_other_story(db_path: str) -> None:
    store = _store(db_path)
    try:
        report = build_report(store, Settings())
    finally:
        store.close()
    md = render(report, "md")
    assert "Related stories (the same subject or matter, in time order):" in md
    assert "[Man confesses to Arden killing](#story-s-confession)" in md
    assert "both about Lina Castel, Tomas Vireo" in md
    html = render(report, "html")
    assert '<a href="#story-s-trial">Trial of Tomas Vireo opens</a>' in html
    section = html.split('id="story-s-fire"')[1].split("<section")[0]
    assert "Related stories" not in section


def test_story_view_finds_the_other_story_through_the_search(db_path: str) -> None:
    store = _store(db_path)
    try:
        confession = story_json(store, store.get_story("s-confession"))["related"]
        fire = story_json(store, store.get_story("s-fire"))["related"]
    finally:
        store.close()
    assert confession == [
        {
            "id": "s-trial",
            "title": "Trial of Tomas Vireo opens",
            "first_seen": "2025-11-03T09:00:00+00:00",
            "actors": ["Lina Castel", "Tomas Vireo"],
        }
    ]
    assert fire == []


def test_story_lists_link_the_stories_they_list(db_path: str) -> None:
    store = _store(db_path)
    try:
        listed = {s["id"]: s["related"] for s in story_list_json(store)}
    finally:
        store.close()
    assert [(r["id"], r["actors"]) for r in listed["s-trial"]] == [
        ("s-confession", ["Lina Castel", "Tomas Vireo"])
    ]
    assert listed["s-fire"] == []
