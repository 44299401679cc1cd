"""A story's languages and outlets per language in every view, and summaries that cite English
first (invented stories: tests/fixtures/report/mixed_languages.json, german_only.json)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from _report_support import load_fixture, store_fixture
from newsbeat.cli import app
from newsbeat.compare.summarise import summarise_articles, summarise_story
from newsbeat.models import Article, Story
from newsbeat.report import write_report
from newsbeat.report.terminal import story_text_lines
from newsbeat.serialize import story_json
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.story_views.languages import (
    language_name,
    language_order,
    languages_line,
    listed_languages,
    story_languages,
)
from newsbeat.web import create_app

MIXED_LINE = "Languages: English (2 outlets), German (1 outlet: Haldiser Rundschau)"
GERMAN_LINE = "Languages: German (2 outlets: Haldiser Rundschau, Kessauer Morgenpost)"


def _store(path: str = ":memory:") -> SQLiteStore:
    store = SQLiteStore(path)
    for name in ("mixed_languages", "german_only", "clean_up_alliance"):
        store_fixture(store, name)
    return store


def _openings(name: str) -> dict[str, str]:
    """Outlet -> the first sentence of its article in a fixture."""
    return {
        a["outlet"]: a["text"].split("\n")[0].split(". ")[0].rstrip(".") + "."
        for a in load_fixture(name)["articles"]
    }


# -- the rule ----------------------------------------------------------------------------------
def test_english_first_then_by_outlets_unknown_last() -> None:
    got = story_languages(
        [
            ("sv", "Haldis Dagblad"),
            ("de", "Kessauer Morgenpost"),
            ("de", "Haldiser Rundschau"),
            (None, "Nowhere Gazette"),
            ("en-GB", "Northern Wire"),
            ("EN", "Harbour Herald"),
            ("und", None),
            ("de", "Haldiser Rundschau"),  # a second article of one outlet
        ]
    )
    assert got == {
        "en": ["Harbour Herald", "Northern Wire"],
        "de": ["Haldiser Rundschau", "Kessauer Morgenpost"],
        "sv": ["Haldis Dagblad"],
        "und": ["Nowhere Gazette"],
    }
    assert list(got) == ["en", "de", "sv", "und"]  # the order is the contract
    assert listed_languages(got) == "en de sv"


def test_a_language_of_more_outlets_comes_before_one_of_fewer() -> None:
    got = story_languages([("fr", "Le Veilleur"), ("ko", "Kessa Ilbo"), ("ko", "Orun Sinmun")])
    assert list(got) == ["ko", "fr"]


def test_the_line_is_shown_only_for_another_language_than_english() -> None:
    assert languages_line({"en": ["Harbour Herald"], "und": ["Nowhere Gazette"]}) is None
    assert languages_line({"en": ["A", "B"], "de": ["Haldiser Rundschau"]}) == (
        "Languages: English (2 outlets), German (1 outlet: Haldiser Rundschau)"
    )
    assert languages_line({"sv": ["Haldis Dagblad"], "und": ["Nowhere Gazette"]}) == (
        "Languages: Swedish (1 outlet: Haldis Dagblad), Unknown language (1 outlet)"
    )


def test_language_names_come_from_cldr() -> None:
    assert [language_name(c) for c in ("de", "sv", "el", "ko")] == [
        "German",
        "Swedish",
        "Greek",
        "Korean",
    ]
    assert language_name("qq") == "qq"  # no name: the code, never a guess


# -- JSON --------------------------------------------------------------------------------------
def test_story_json_lists_outlets_per_language() -> None:
    store = _store()
    try:
        data = story_json(store, store.get_story("s-water"))
        english = story_json(store, store.get_story("s-cleanup"))
    finally:
        store.close()
    assert data["languages"] == {
        "en": ["Harbour Herald", "Northern Wire"],
        "de": ["Haldiser Rundschau"],
    }
    assert {a["outlet"]: a["language"] for a in data["articles"]} == {
        "Harbour Herald": "en",
        "Northern Wire": "en",  # declared "en-GB": the store keeps the ISO 639-1 code
        "Haldiser Rundschau": "de",
    }
    assert list(english["languages"]) == ["en"]


def test_stories_listing_shows_the_languages(cli: CliRunner, db_path: str) -> None:
    _store(db_path).close()
    result = cli.invoke(app, ["stories", "--db", db_path], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if "s-water" in line)
    assert "en de" in row
    assert "languages" in result.stdout.splitlines()[1]  # the header row
    english = cli.invoke(app, ["stories", "--db", db_path, "--beat", "alliance"])
    assert english.exit_code == 0, english.output
    assert "languages" not in english.stdout  # English stories only: no column
    listed = cli.invoke(app, ["stories", "--db", db_path, "--json"])
    by_id = {s["id"]: s for s in json.loads(listed.stdout)}
    assert list(by_id["s-bruecke"]["languages"]) == ["de"]


def _outletless_story(store: SQLiteStore, language: str, text: str) -> str:
    """A story of one undated article that names no outlet (a dump's), in ``language``."""
    title = "Ferry to Orsund cancelled"
    ids = store.add_articles([Article(title=title, text=text, language=language)])
    seen = "2026-05-04T08:00:00+00:00"  # the import time: the article itself is undated
    store.save_story(Story(id="s-dump", title=title, first_seen=seen, last_updated=seen))
    store.assign_articles("s-dump", ids.new_ids)
    return "s-dump"


def test_a_language_no_outlet_wrote_in_is_not_listed() -> None:
    got = story_languages([("en", None), ("de", "Haldiser Rundschau"), ("sv", None)])
    assert got == {"de": ["Haldiser Rundschau"]}
    assert story_languages([("en", None)]) == {}
    assert language_order([("en", None), ("de", "Haldiser Rundschau"), ("sv", None)]) == [
        "en",
        "de",
        "sv",
    ]


def test_stories_json_has_no_empty_language_entry(cli: CliRunner, db_path: str) -> None:
    store = SQLiteStore(db_path)
    try:
        _outletless_story(store, "en", "The ferry to Orsund was cancelled on Monday.")
    finally:
        store.close()
    listed = cli.invoke(app, ["stories", "--db", db_path, "--json"])
    assert listed.exit_code == 0, listed.output
    (story,) = json.loads(listed.stdout)
    assert story["languages"] == {}
    assert [a["language"] for a in story["articles"]] == ["en"]  # the article still says it


# -- summaries ---------------------------------------------------------------------------------
def test_a_mixed_story_is_summarised_from_its_english_articles() -> None:
    store = _store()
    try:
        summary = summarise_story(store, Settings(), store.get_story("s-water"))
    finally:
        store.close()
    assert summary
    assert {s.outlet for s in summary} <= {"Harbour Herald", "Northern Wire"}
    assert all(s.language in ("en", "en-GB") for s in summary)
    assert len({s.text for s in summary}) == len(summary)


def test_a_story_in_another_language_without_outlets_is_summarised() -> None:
    store = SQLiteStore(":memory:")
    try:
        sid = _outletless_story(
            store,
            "de",
            "Die Fähre nach Orsund ist am Montag wegen Sturms ausgefallen.\n\nSie fährt wieder ab"
            " Mittwoch.",
        )
        summary = summarise_story(store, Settings(), store.get_story(sid))
    finally:
        store.close()
    assert [(s.outlet, s.language) for s in summary] == [("unknown outlet", "de")]
    assert summary[0].text.startswith("Die Fähre nach Orsund")


def test_a_german_story_gets_its_articles_openings_marked_german() -> None:
    store = _store()
    try:
        summary = summarise_story(store, Settings(), store.get_story("s-bruecke"))
    finally:
        store.close()
    openings = _openings("german_only")
    # each article's opening sentence, earliest first, none of the later sentences ("Er
    # rechnet ...": whose "he" the English rules cannot tell)
    assert [(s.outlet, s.text) for s in summary] == list(openings.items())
    assert all(s.language == "de" for s in summary)
    assert all(s.to_json()["language"] == "de" for s in summary)


def _article(key: int, outlet: str, language: str, text: str) -> Article:
    return Article(
        id=key,
        title=f"{outlet} report",
        text=text,
        outlet=outlet,
        published=f"2026-05-04T0{key}:00:00+00:00",
        published_source="metadata",
        language=language,
    )


def test_an_opening_that_retells_another_is_left_out() -> None:
    first = _article(
        1,
        "Haldiser Rundschau",
        "de",
        "Die Stadt Lornfeld hat die alte Kessabrücke am Montag für den gesamten Verkehr"
        " gesperrt, nachdem Prüfer Risse in zwei Pfeilern gefunden hatten.\n\nPendler müssen"
        " einen Umweg von etwa zwölf Kilometern über Bramsted fahren.",
    )
    retold = _article(
        2,
        "Kessauer Morgenpost",
        "de",
        "Wegen Rissen in zwei Pfeilern ist die Kessabrücke in Lornfeld seit Montag für Autos,"
        " Busse und Radfahrer gesperrt.\n\nDie Verkehrsbetriebe wollen ab Mittwoch zusätzliche"
        " Busse einsetzen.",
    )
    summary = summarise_articles([first, retold])
    assert len(summary) == 1  # one of the two openings: they tell one fact
    assert summary[0].text.startswith(("Die Stadt Lornfeld hat", "Wegen Rissen in zwei"))


def test_a_quote_opening_and_a_second_language_are_not_bullets() -> None:
    quoted = _article(
        1,
        "Haldis Dagblad",
        "sv",
        "– Vi stänger bron tills pelarna är lagade, säger kommunalrådet Greta Unsell till"
        " Haldis Dagblad.\n\nKommunen stängde Kessabron på måndagen.",
    )
    plain = _article(
        2,
        "Lornfelds Tidning",
        "sv",
        "Kommunen i Lornfeld stängde den gamla Kessabron för all trafik på måndagen sedan"
        " inspektörer hittat sprickor i två pelare.\n\nHan räknar med minst tre månader.",
    )
    german = _article(
        3,
        "Haldiser Rundschau",
        "de",
        "Die Stadt Lornfeld hat die alte Kessabrücke am Montag für den gesamten Verkehr"
        " gesperrt, nachdem Prüfer Risse in zwei Pfeilern gefunden hatten.",
    )
    summary = summarise_articles([quoted, plain, german])
    # Swedish: two outlets against one; its only bullet the opening that is no quote
    assert [(s.outlet, s.language) for s in summary] == [("Lornfelds Tidning", "sv")]
    assert summary[0].text.startswith("Kommunen i Lornfeld stängde")


# -- views -------------------------------------------------------------------------------------
def test_story_command_shows_languages_and_marks_german_bullets() -> None:
    store = _store()
    try:
        mixed = story_text_lines(store, store.get_story("s-water"))
        german = story_text_lines(store, store.get_story("s-bruecke"))
        english = story_text_lines(store, store.get_story("s-cleanup"))
    finally:
        store.close()
    assert mixed[2] == MIXED_LINE  # right under the header
    assert not any("\\[de]" in line for line in mixed)
    assert GERMAN_LINE in german
    bullets = [line for line in german if line.startswith("   • ")]
    assert bullets and all(line.startswith("   • \\[de] ") for line in bullets)
    assert not any(line.startswith("Languages:") for line in english)


def test_digest_shows_the_languages_line(cli: CliRunner, db_path: str) -> None:
    _store(db_path).close()
    result = cli.invoke(app, ["digest", "--db", db_path], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert MIXED_LINE in result.stdout
    assert "[de] Die Stadt Lornfeld" in result.stdout


def _report(tmp_path: Path, fmt: str) -> str:
    """The text of the fixtures' report in ``fmt``."""
    store = _store()
    try:
        path = write_report(store, Settings(), fmt=fmt, path=tmp_path / f"report.{fmt}")
    finally:
        store.close()
    return path.read_text(encoding="utf-8")


def test_markdown_report_shows_languages_and_marks(tmp_path: Path) -> None:
    text = _report(tmp_path, "md")
    assert MIXED_LINE in text and GERMAN_LINE in text
    assert text.count("Languages:") == 2  # the English story has none
    assert "1. \\[de\\] Die Stadt Lornfeld hat die alte Kessabrücke" in text
    # an article in another language is marked as the list marks a reprint, a story in the
    # overview by the languages it was told in
    german = "[Kessabrücke in Lornfeld gesperrt](https://rundschau.example/kessabruecke)"
    english = "[Brenland and Ostmark sign Kessa river treaty](https://herald.example/kessa-treaty)"
    assert f"{german} (German)\n" in text
    assert f"{english}\n" in text  # an English article of the mixed story: no mark
    assert "2026-04-14 12:00, in English and German\n" in text
    assert "2026-05-04 09:15, in German\n" in text
    assert text.count(", in English") == 1  # the English story is not marked


def test_html_report_marks_articles_in_another_language(tmp_path: Path) -> None:
    text = _report(tmp_path, "html")
    assert (
        '<a href="https://rundschau.example/kessabruecke" rel="noopener noreferrer" lang="de">'
        'Kessabrücke in Lornfeld gesperrt</a> <span class="badge">German</span>'
    ) in text
    assert text.count('<span class="badge">German</span>') == 3  # three German articles
    assert text.count(" · in English and German</span>") == 1


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(db_path: str) -> AsyncIterator[httpx.AsyncClient]:
    _store(db_path).close()
    web = create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.anyio
async def test_web_story_page_shows_languages_and_marks(client: httpx.AsyncClient) -> None:
    mixed = (await client.get("/stories/s-water")).text
    german = (await client.get("/stories/s-bruecke")).text
    english = (await client.get("/stories/s-cleanup")).text
    assert f'<p class="languages">{MIXED_LINE}</p>' in mixed
    assert '<span class="lang">[de]</span> <span lang="de">Die Stadt Lornfeld' in german
    assert '<span class="lang">' not in mixed  # its summary is English
    assert "Languages:" not in english
    listing = (await client.get("/stories")).text
    assert listing.count('<span class="languages">') == 2  # not on the English story
    assert '<span class="languages">en de</span>' in listing
    assert '<span class="languages">de</span>' in listing
    api = (await client.get("/api/stories/s-water")).json()
    assert list(api["languages"]) == ["en", "de"]


def test_a_story_list_names_the_language_of_an_article_no_outlet_is_named_for() -> None:
    from newsbeat.story_views.languages import told_in

    story = {
        "languages": {"en": ["Kaldria Herald"]},
        "articles": [{"language": "en"}, {"language": "de"}],
    }
    assert told_in(story) == "English and German"
    assert (
        told_in({"languages": {"en": ["Kaldria Herald"]}, "articles": [{"language": "en"}]}) == ""
    )
