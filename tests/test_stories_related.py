"""Related stories: a later event on the same subject is a new story linked to the first.

Invented coverage: a minister's two visits to one harbour town a week apart (two stories,
related), and two alliances of different towns in the same days that share only the word
"alliance" (two stories, not related).
"""

from __future__ import annotations

import json

from tests._stories_support import run_stages
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.models import Article, Provenance
from newsbeat.report.terminal import story_text_lines
from newsbeat.serialize import story_json
from newsbeat.store import SQLiteStore

_FIRST_VISIT = [
    (
        "Minister Alva Renholm opens the new quay at Tarsk harbour",
        "Fisheries minister Alva Renholm opened the new deep-water quay at Tarsk harbour on "
        "Monday. Harbour master Piet Oddvar showed her the cranes, and mayor Lene Brask said "
        "the quay would bring two hundred jobs to the town. The quay cost 40 million crowns "
        "and took three years to build after storms wrecked the old pier.",
    ),
    (
        "Renholm cuts the ribbon on Tarsk's deep-water quay",
        "The new deep-water quay in Tarsk was opened by minister Alva Renholm, who cut a "
        "ribbon beside harbour master Piet Oddvar. Mayor Lene Brask thanked the builders; "
        "the quay cost 40 million crowns and replaces the pier the storms wrecked.",
    ),
    (
        "Tarsk celebrates its new quay as the minister visits",
        "Crowds lined the harbour as minister Alva Renholm opened the new quay. Piet Oddvar, "
        "the harbour master, said larger trawlers can now land their catch in Tarsk, and "
        "mayor Lene Brask promised a festival for the builders of the 40 million crown quay.",
    ),
]
_SECOND_VISIT = [
    (
        "Renholm returns to Tarsk for talks on fishing quotas",
        "A week after opening the quay, minister Alva Renholm was back in Tarsk to hear "
        "fishermen's anger over next year's cod quotas. Harbour master Piet Oddvar and "
        "mayor Lene Brask joined the meeting, where skippers asked for a larger share of the "
        "northern grounds and warned that boats would be sold.",
    ),
    (
        "Fishermen press minister over cod quotas in Tarsk",
        "Skippers told minister Alva Renholm in Tarsk that the cod quota cut would force "
        "them to sell their boats. Mayor Lene Brask and harbour master Piet Oddvar asked "
        "her to delay the cut; she promised an answer within a month.",
    ),
]
_CHOIRS = [
    (
        "Three Brennvik choirs form a singing alliance",
        "The three choirs of Brennvik have formed an alliance to share a conductor, a "
        "rehearsal hall and a minibus. Choir leader Ingrid Solberg said the alliance would "
        "let the small choirs sing the large works none could manage alone.",
    ),
    (
        "Brennvik choirs join forces in new alliance",
        "Brennvik's church choir, the youth choir and the miners' choir will rehearse "
        "together under one conductor, Ingrid Solberg said, after the three signed an "
        "alliance to share a hall and a minibus.",
    ),
]
_FERRIES = [
    (
        "Dunmere and Halvik sign a ferry alliance",
        "The ferry companies of Dunmere and Halvik signed an alliance to share timetables "
        "and tickets across the sound. Ferry director Tomas Vang said passengers would "
        "change boats without buying a second ticket from April.",
    ),
    (
        "One ticket for both ferries as Dunmere and Halvik ally",
        "Passengers crossing the sound will need one ticket under the alliance signed by the "
        "Dunmere and Halvik ferry companies, director Tomas Vang said; timetables are to be "
        "matched from April.",
    ),
]


def _articles() -> list[Article]:
    groups = [
        ("visit1", "2026-03-02", _FIRST_VISIT),
        ("choirs", "2026-03-04", _CHOIRS),
        ("ferries", "2026-03-05", _FERRIES),
        ("visit2", "2026-03-09", _SECOND_VISIT),
    ]
    outlets = ["Tarsk Tidende", "North Coast Wire", "The Sound Herald"]
    return [
        Article(
            title=title,
            text=text,
            outlet=outlets[n],
            published=day,
            published_source="metadata",
            provenance=[Provenance(location=f"related-test#{key}-{n}")],
        )
        for key, day, group in groups
        for n, (title, text) in enumerate(group)
    ]


def _clustered(store: SQLiteStore) -> dict[str, str]:
    """Group key (visit1, visit2, choirs, ferries) -> its one story id."""
    ids = store.add_articles(_articles()).new_ids
    run_stages(store)
    keys = [a.provenance[0].location.split("#")[1].rsplit("-", 1)[0] for a in _articles()]
    found: dict[str, set[str]] = {}
    for key, article_id in zip(keys, sorted(ids), strict=True):
        found.setdefault(key, set()).add(str(store.story_of(article_id)))
    assert all(len(s) == 1 for s in found.values()), found
    return {key: next(iter(s)) for key, s in found.items()}


def test_second_visit_is_its_own_story_related_to_the_first(fresh_store: SQLiteStore) -> None:
    story_of = _clustered(fresh_store)
    assert len(set(story_of.values())) == 4
    first = fresh_store.get_story(story_of["visit1"])
    second = fresh_store.get_story(story_of["visit2"])
    assert [s.id for s in fresh_store.related_stories(second.id)] == [first.id]
    assert [s.id for s in fresh_store.related_stories(first.id)] == [second.id]
    assert story_json(fresh_store, second)["related"] == [
        {
            "id": first.id,
            "title": first.title,
            "first_seen": story_json(fresh_store, first)["first_seen"],
            "actors": [],
        }
    ]


def test_stories_sharing_only_a_keyword_are_not_related(fresh_store: SQLiteStore) -> None:
    story_of = _clustered(fresh_store)
    for key in ("choirs", "ferries"):
        assert fresh_store.related_stories(story_of[key]) == []
        assert story_json(fresh_store, fresh_store.get_story(story_of[key]))["related"] == []


def test_related_stories_are_shown_in_the_terminal_and_json(cli: CliRunner, db_path: str) -> None:
    store = SQLiteStore(db_path)
    try:
        story_of = _clustered(store)
        first = store.get_story(story_of["visit1"])
        lines = story_text_lines(store, store.get_story(story_of["visit2"]))
    finally:
        store.close()
    text = "\n".join(lines)
    assert "Related stories" in text and first.id in text
    assert text.index("Related stories") < text.index("[bold]Articles")
    result = cli.invoke(app, ["story", story_of["visit1"], "--db", db_path, "--json"])
    assert result.exit_code == 0, result.output
    [shown] = json.loads(result.stdout)["related"]
    assert shown["id"] == story_of["visit2"]
    assert shown["title"] == store_title(db_path, story_of["visit2"])
    assert shown["actors"] == [] and shown["first_seen"].startswith("2026-03")


def store_title(db_path: str, story_id: str) -> str:
    """A story's title read from the database file."""
    store = SQLiteStore(db_path)
    try:
        return store.get_story(story_id).title
    finally:
        store.close()
