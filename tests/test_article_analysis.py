"""Each article of a story says what analysis it got (full, entities only, skipped, not yet),
and other-language summary sentences carry their language in alerts and HTML (invented
articles, fictional places and outlets)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from _report_support import store_fixture, store_story_data
from newsbeat.enrich.other_languages import english_only_note
from newsbeat.models import Alert, Enrichment, Entity, StoryEvent
from newsbeat.report import write_report
from newsbeat.report.alerts import alert_payload
from newsbeat.report.terminal import story_text_lines
from newsbeat.serialize import story_json
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.story_views.article_analysis import (
    ArticleAnalysis,
    analysis_line,
    article_analysis,
)
from newsbeat.story_views.languages import sentence_lang
from newsbeat.web import create_app

GERMAN_NOTE = "German, entities only: quotes, claims and relations are read in English"
KAZAKH_REASON = "language kk (cyrillic script); the enrich stage reads English only"

FERRY = {
    "story": {"id": "s-ferry", "title": "Orsund ferry line closes for a month"},
    "articles": [
        {
            "key": "post",
            "outlet": "Velmar Post",
            "published": "2026-06-02T08:00:00+00:00",
            "language": "en",
            "title": "Orsund ferry line closes for a month",
            "text": "The Orsund ferry line will close for a month from Monday, the operator"
            " Baltra Lines said.",
        },
        {
            "key": "bote",
            "outlet": "Kessauer Bote",
            "published": "2026-06-02T09:00:00+00:00",
            "language": "de",
            "title": "Fähre nach Orsund fährt einen Monat nicht",
            "text": "Die Fähre nach Orsund fährt ab Montag einen Monat lang nicht, teilte die"
            " Reederei Baltra Lines mit.",
        },
        {
            "key": "echo",
            "outlet": "Lornfelder Echo",
            "published": "2026-06-02T10:00:00+00:00",
            "language": "de",
            "reprint_of": "bote",
            "title": "Fähre nach Orsund fährt einen Monat nicht",
            "text": "Die Fähre nach Orsund fährt ab Montag einen Monat lang nicht, teilte die"
            " Reederei Baltra Lines in Kessau mit.",
        },
        {
            "key": "dala",
            "outlet": "Dala Habar",
            "published": "2026-06-02T11:00:00+00:00",
            "language": "kk",
            "title": "Орсунд паромы бір айға жабылады",
            "text": "Орсунд паромы дүйсенбіден бастап бір айға жабылады.",
        },
        {
            "key": "wire",
            "outlet": "Orsa Wire",
            "published": "2026-06-02T12:00:00+00:00",
            "language": "sv",
            "title": "Orsundsfärjan stänger i en månad",
            "text": "Färjan till Orsund stänger i en månad från måndag, meddelar Baltra Lines.",
        },
    ],
}


def _ferry_store(path: str = ":memory:") -> SQLiteStore:
    """The ferry story: English analysed in full, German entities only (and a reprint of it),
    Kazakh skipped, Swedish not enriched yet."""
    store = SQLiteStore(path)
    ids = store_story_data(store, FERRY)
    baltra = Entity(name="Baltra Lines", type="ORG")
    store.save_enrichment(Enrichment(article_id=ids["post"], entities=[baltra]))
    store.save_enrichment(
        Enrichment(
            article_id=ids["bote"],
            entities=[baltra],
            skipped_reason=english_only_note("de", "stop words"),
        )
    )
    store.save_enrichment(
        Enrichment(article_id=ids["echo"], skipped_reason=f"reprint of article {ids['bote']}")
    )
    store.save_enrichment(Enrichment(article_id=ids["dala"], skipped_reason=KAZAKH_REASON))
    return store


# -- the rule ----------------------------------------------------------------------------------
def test_an_enrichment_names_its_analysis() -> None:
    note = english_only_note("de", "stated")
    assert article_analysis(None) == ArticleAnalysis(None, None)
    assert article_analysis(Enrichment(article_id=1)) == ArticleAnalysis("full", None)
    assert article_analysis(Enrichment(article_id=1, skipped_reason=note)) == ArticleAnalysis(
        "entities only", note
    )
    headline = "headline only (paywall): no text to analyse"
    assert article_analysis(Enrichment(article_id=1, skipped_reason=headline)) == (
        ArticleAnalysis("skipped", headline)
    )


def test_the_line_is_for_other_languages_only() -> None:
    german = {"language": "de", "analysis": "entities only", "analysis_note": "x"}
    assert analysis_line(german) == GERMAN_NOTE
    kazakh = {"language": "kk", "analysis": "skipped", "analysis_note": KAZAKH_REASON}
    assert analysis_line(kazakh) == f"Kazakh, skipped: {KAZAKH_REASON}"
    # English, unknown, read in full and not yet enriched: nothing the reader needs
    assert analysis_line({"language": "en", "analysis": "skipped", "analysis_note": "x"}) is None
    assert analysis_line({"language": None, "analysis": "entities only"}) is None
    assert analysis_line({"language": "de", "analysis": "full"}) is None
    assert analysis_line({"language": "sv", "analysis": None}) is None


# -- JSON --------------------------------------------------------------------------------------
def test_story_json_says_what_each_article_got() -> None:
    store = _ferry_store()
    try:
        data = story_json(store, store.get_story("s-ferry"))
    finally:
        store.close()
    got = {a["outlet"]: (a["analysis"], a["analysis_note"]) for a in data["articles"]}
    german = english_only_note("de", "stop words")
    assert got == {
        "Velmar Post": ("full", None),
        "Kessauer Bote": ("entities only", german),
        "Lornfelder Echo": ("entities only", german),  # a reprint: its original's
        "Dala Habar": ("skipped", KAZAKH_REASON),
        "Orsa Wire": (None, None),  # not enriched yet
    }
    # the German entities still count; nothing is read from the skipped one
    assert [e["name"] for e in data["entities"]] == ["Baltra Lines"]


def test_story_command_notes_the_other_language_articles() -> None:
    store = _ferry_store()
    try:
        lines = story_text_lines(store, store.get_story("s-ferry"))
    finally:
        store.close()
    articles = lines[lines.index(next(x for x in lines if x.startswith("[bold]Articles"))) :]
    bote = next(i for i, x in enumerate(articles) if "Kessauer Bote" in x)
    assert articles[bote + 1].strip() == f"[dim]{GERMAN_NOTE}[/]"
    assert sum(GERMAN_NOTE in x for x in articles) == 2  # the original and its reprint
    assert any("Kazakh, skipped: language kk" in x for x in articles)
    post = next(i for i, x in enumerate(articles) if "Velmar Post" in x)
    assert "#" in articles[post + 1]  # an English article: the next line is the next article
    assert len(articles) == 1 + 5 + 3  # header, five articles, three notes


# -- alerts and HTML ---------------------------------------------------------------------------
def test_alert_summary_sentences_carry_their_language() -> None:
    analysis: dict[str, Any] = {
        "summary": {
            "sentences": [
                {"text": "Die Fähre fährt nicht.", "outlet": "Kessauer Bote", "url": None}
                | {"article_id": 2, "language": "de"},
                # stored before sentences carried a language: none, the other keys unchanged
                {"text": "The ferry stops.", "outlet": "Velmar Post", "url": "https://p.example"},
            ]
        }
    }
    alert = Alert(beat="ferries", kind="file", destination="/tmp/x.jsonl", id=3)
    event = StoryEvent(
        key="story:s-ferry:new",
        kind="new_story",
        beat="ferries",
        story_id="s-ferry",
        title="Orsund ferry line closes",
        text="A new story.",
    )
    payload = alert_payload(alert, event, {}, analysis)  # type: ignore[arg-type]
    assert payload["summary"] == [
        {
            "text": "Die Fähre fährt nicht.",
            "outlet": "Kessauer Bote",
            "url": None,
            "language": "de",
        },
        {"text": "The ferry stops.", "outlet": "Velmar Post", "url": "https://p.example"}
        | {"language": None},
    ]


def test_sentence_lang_is_set_for_other_languages_only() -> None:
    assert sentence_lang({"language": "de-AT"}) == "de"
    assert sentence_lang({"language": "en-GB"}) == ""
    assert sentence_lang({"language": "und"}) == ""
    assert sentence_lang({}) == ""


def test_html_report_puts_german_sentences_in_a_german_element(tmp_path: Path) -> None:
    store = SQLiteStore(":memory:")
    try:
        store_fixture(store, "german_only")
        store_fixture(store, "mixed_languages")
        path = write_report(store, Settings(), fmt="html", path=tmp_path / "report.html")
    finally:
        store.close()
    html = path.read_text(encoding="utf-8")
    assert '<span class="lang">[de]</span> <span lang="de">Die Stadt Lornfeld hat' in html
    assert 'lang="en"' not in html.split("<body", 1)[1]  # English sentences are the page's


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(db_path: str) -> AsyncIterator[httpx.AsyncClient]:
    store = _ferry_store(db_path)
    store_fixture(store, "german_only")
    store.close()
    web = create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.anyio
async def test_web_story_page_shows_analysis_and_lang(client: httpx.AsyncClient) -> None:
    ferry = (await client.get("/stories/s-ferry")).text
    assert ferry.count(f'<div class="small muted analysis">{GERMAN_NOTE}</div>') == 2
    assert ferry.count('<div class="small muted analysis">') == 3  # German twice, Kazakh
    assert 'lang="de">Fähre nach Orsund' in ferry
    assert 'lang="kk">Орсунд' in ferry
    assert '"/articles/1">Orsund ferry line' in ferry  # English title: no lang
    german = (await client.get("/stories/s-bruecke")).text
    assert '<span lang="de">Die Stadt Lornfeld hat' in german
    api = (await client.get("/api/stories/s-ferry")).json()
    assert [a["analysis"] for a in api["articles"]] == [
        "full",
        "entities only",
        "entities only",
        "skipped",
        None,
    ]
