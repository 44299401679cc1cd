"""``newsbeat articles --json`` shows the language each article was stored with, detected
from its title and lead whatever path brought it in (here a JSONL import and an HTML page)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.extract.article import extract_article
from newsbeat.store import SQLiteStore

_RECORDS = [
    {
        "title": "Hafenarbeiter beenden den Streik in Velmar",
        "text": "Die Hafenarbeiter in Velmar haben am Dienstag die Arbeit wieder aufgenommen, "
        "nachdem die Gewerkschaft einer Lohnerhöhung von vier Prozent zugestimmt hatte.",
        "language": "en",  # a site-wide declaration, wrong for this report
    },
    {
        "title": "Strejken i hamnen i Velmar är över",
        "text": "Hamnarbetarna i Velmar gick tillbaka till jobbet på tisdagen sedan facket "
        "godkänt en löneökning på fyra procent, och fartygen lastas igen.",
    },
    {"title": "Velmar dock strike", "text": "Ended.", "language": "nb"},  # too short to tell
]


def test_each_imported_article_shows_its_language(
    cli: CliRunner, db_path: str, tmp_path: Path
) -> None:
    dump = tmp_path / "reports.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _RECORDS) + "\n")
    ingested = cli.invoke(app, ["ingest", str(dump), "--db", db_path])
    assert ingested.exit_code == 0, ingested.output
    out = cli.invoke(app, ["articles", "--json", "--db", db_path])
    rows = json.loads(out.stdout)
    assert [(r["title"][:10], r["language"]) for r in rows] == [
        ("Hafenarbei", "de"),
        ("Strejken i", "sv"),
        ("Velmar doc", "nb"),
    ]


def test_a_page_declared_english_is_stored_in_its_own_language() -> None:
    html = (
        '<html lang="en"><head><title>Streik beendet</title></head><body><article><p>'
        + str(_RECORDS[0]["text"])
        + "</p><p>"
        + str(_RECORDS[0]["text"]).replace("Dienstag", "Mittwoch")
        + "</p></article></body></html>"
    )
    article = extract_article(html, url="https://velmar.test/streik")
    assert article.language == "en"  # what the page declares
    with SQLiteStore(":memory:") as store:
        (aid,) = store.add_articles([article]).new_ids
        assert store.get_article(aid).language == "de"
