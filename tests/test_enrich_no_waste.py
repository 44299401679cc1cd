"""No wasted NLP: what the enrich stage does not parse (reprints, articles in no beat,
non-English text), a small run in one process, and versioned enrichment redone only when asked
(``update --reenrich``)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.compare import compare_story
from newsbeat.enrich import analysis as analysis_module
from newsbeat.enrich import rules_version
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.rules_version import analysis_version
from newsbeat.enrich.stage import enrich_stage
from newsbeat.executors import ProcessExecutor
from newsbeat.models import Article, Beat, Enrichment, Story
from newsbeat.settings import EnrichSettings, Settings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures" / "enrich"
SERIAL = Settings(enrich=EnrichSettings(processes=1))
MODEL = EnrichSettings().spacy_model


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int, int]]]:
    """Records (article id, process id) of every article parsed and analysed here."""
    seen: list[tuple[int, int]] = []
    real = analysis_module.analyse_doc

    def spy(doc: Doc, article: ArticleInput, options: EnrichOptions) -> Enrichment:
        seen.append((article.id, os.getpid()))
        return real(doc, article, options)

    monkeypatch.setattr(analysis_module, "analyse_doc", spy)
    yield seen


def _text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _story(store: SQLiteStore, story_id: str, ids: list[int]) -> None:
    store.save_story(Story(id=story_id, title=story_id, first_seen="2026-03-02", last_updated="x"))
    store.assign_articles(story_id, ids)


def test_a_reprint_is_not_parsed_and_its_outlet_counts_for_its_originals_facts(
    tmp_path: Path, parsed: list[tuple[int, int]]
) -> None:
    store = SQLiteStore(tmp_path / "r.db")
    try:
        text = _text("two_holms.txt")
        original, reprint = store.add_articles(
            [
                Article(title="Pact", text=text, url="https://a.test/1", outlet="Wire"),
                Article(title="Pact too", text=text + "\n", url="https://b.test/1", outlet="Bee"),
            ]
        ).new_ids
        store.set_duplicate(reprint, original)
        _story(store, "s-pact", [original])
        result = enrich_stage(store, SERIAL, RunOptions())
        assert [aid for aid, _ in parsed] == [original]
        assert (result.counts["enriched"], result.counts["reprints"]) == (1, 1)
        saved = store.get_enrichment(reprint)
        assert saved is not None and saved.skipped_reason == f"reprint of article {original}"
        assert saved.version == analysis_version(MODEL)

        # readers credit the original's facts to the reprint's outlet too
        comparison = compare_story(store, store.get_story("s-pact"))
        ntb = next(g for g in comparison.quotes if "change nothing" in g.text)
        assert ntb.outlets == ["Wire", "Bee"]
        assert ntb.article_ids == [original, reprint]
        # ... but a reprint is the same report: no agreement between a text and its copy
        assert ntb not in comparison.agreed
        assert all(original not in g.article_ids for g in comparison.agreed)
    finally:
        store.close()


def test_articles_in_no_beat_wait_until_a_beat_covers_them(
    tmp_path: Path, parsed: list[tuple[int, int]]
) -> None:
    store = SQLiteStore(tmp_path / "b.db")
    try:
        pact, relations, loner = store.add_articles(
            [
                Article(title="Pact signed", text=_text("two_holms.txt"), url="https://a.test/1"),
                Article(title="Talks", text=_text("relations.txt"), url="https://a.test/2"),
                Article(title="Harbour", text=_text("claims.txt"), url="https://a.test/3"),
            ]
        ).new_ids
        store.add_beat(Beat(name="pact", query='"defence pact"'))
        assert store.get_article(pact).beats == ["pact"]
        assert store.get_article(relations).beats == store.get_article(loner).beats == []
        # outside the beat's query, but in a story the beat follows: enriched
        _story(store, "s-pact", [pact, relations])
        _story(store, "s-loner", [loner])
        before = store.story_inputs_stamp("s-loner")

        first = enrich_stage(store, SERIAL, RunOptions())
        assert sorted(aid for aid, _ in parsed) == [pact, relations]
        assert (first.counts["enriched"], first.counts["not_in_beat"]) == (2, 1)
        assert store.unenriched_article_ids() == [loner]  # nothing saved: it stays to do
        again = enrich_stage(store, SERIAL, RunOptions())
        assert (again.counts["enriched"], again.counts["not_in_beat"]) == (0, 1)

        store.add_beat(Beat(name="harbour", query="harbour"))
        parsed.clear()
        later = enrich_stage(store, SERIAL, RunOptions())
        assert [aid for aid, _ in parsed] == [loner]
        assert (later.counts["enriched"], later.counts["not_in_beat"]) == (1, 0)
        # its story's analyses are redone: the stamp of their inputs changed
        assert store.story_inputs_stamp("s-loner") != before
    finally:
        store.close()


def test_without_any_beat_every_article_is_enriched(
    fresh_store: SQLiteStore, parsed: list[tuple[int, int]]
) -> None:
    fresh_store.add_articles([Article(title="T", text=_text("claims.txt"), url="https://x/1")])
    assert enrich_stage(fresh_store, SERIAL, RunOptions()).counts["enriched"] == 1


def test_non_english_articles_are_skipped_without_a_parse(
    fresh_store: SQLiteStore, parsed: list[tuple[int, int]]
) -> None:
    english, german = fresh_store.add_articles(
        [
            Article(title="Pact", text=_text("two_holms.txt"), url="https://a.test/en"),
            Article(title="Vertrag", text=_text("german.txt"), url="https://a.test/de"),
        ]
    ).new_ids
    result = enrich_stage(fresh_store, SERIAL, RunOptions())
    assert [aid for aid, _ in parsed] == [english]
    assert (result.counts["enriched"], result.counts["skipped"]) == (1, 1)
    skipped = fresh_store.get_enrichment(german)
    assert skipped is not None and skipped.skipped_reason is not None
    assert skipped.skipped_reason.startswith("language de")
    assert skipped.version == analysis_version(MODEL)


def test_a_small_run_parses_in_this_process_and_starts_no_worker(
    fresh_store: SQLiteStore, parsed: list[tuple[int, int]]
) -> None:
    fresh_store.add_articles(
        [
            Article(title=f"T{n}", text=_text(name), url=f"https://a.test/{n}")
            for n, name in enumerate(["two_holms.txt", "relations.txt", "claims.txt"])
        ]
    )
    pool = ProcessExecutor(2)
    try:
        result = enrich_stage(fresh_store, SERIAL, RunOptions(executor=pool))
        assert pool._pool is None  # no worker process was started for three articles
    finally:
        pool.close()
    assert result.counts["enriched"] == 3
    assert {pid for _, pid in parsed} == {os.getpid()}


def test_a_new_version_redoes_nothing_unless_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parsed: list[tuple[int, int]]
) -> None:
    db = str(tmp_path / "v.db")
    store = SQLiteStore(db)
    try:
        first, second = store.add_articles(
            [
                Article(title="Pact", text=_text("two_holms.txt"), url="https://a.test/1"),
                Article(title="Vertrag", text=_text("german.txt"), url="https://a.test/2"),
            ]
        ).new_ids
        enrich_stage(store, SERIAL, RunOptions())
        old = analysis_version(MODEL)
        assert old.endswith(f"+rules{rules_version.RULES_VERSION}")
        saved = store.get_enrichment(first)
        assert saved is not None and saved.version == old
        (third,) = store.add_articles(
            [Article(title="Talks", text=_text("relations.txt"), url="https://a.test/3")]
        ).new_ids
    finally:
        store.close()

    monkeypatch.setattr(rules_version, "RULES_VERSION", rules_version.RULES_VERSION + 1)
    analysis_version.cache_clear()
    try:
        new = analysis_version(MODEL)
        assert new != old
        parsed.clear()
        runner = CliRunner()
        plain = runner.invoke(app, ["update", "--db", db, "--json"])
        assert plain.exit_code == 0, plain.output
        counts = _enrich_counts(plain.stdout)
        assert (counts["enriched"], counts["reenriched"]) == (1, 0)  # only the new article
        assert counts["stale"] == 2  # the English and the skipped German keep the old version
        assert [aid for aid, _ in parsed] == [third]
        told = runner.invoke(app, ["update", "--db", db])
        assert told.exit_code == 0, told.output
        assert "2 articles keep the analysis of an earlier" in told.stderr
        assert "`newsbeat update --reenrich`" in told.stderr

        parsed.clear()
        redo = runner.invoke(app, ["update", "--db", db, "--json", "--reenrich"])
        assert redo.exit_code == 0, redo.output
        counts = _enrich_counts(redo.stdout)
        assert (counts["enriched"], counts["reenriched"], counts["skipped"]) == (1, 1, 1)
        assert counts["stale"] == 0
        quiet = runner.invoke(app, ["update", "--db", db])
        assert quiet.exit_code == 0 and "earlier newsbeat version" not in quiet.stderr
        assert [aid for aid, _ in parsed] == [first]  # the German one is skipped again
        store = SQLiteStore(db)
        try:
            assert store.stale_enrichment_ids(new) == []
            versions = {aid: store.get_enrichment(aid) for aid in (first, second, third)}
            assert all(e is not None and e.version == new for e in versions.values())
        finally:
            store.close()
    finally:
        analysis_version.cache_clear()


def _enrich_counts(stdout: str) -> dict[str, int]:
    stages = json.loads(stdout)["stages"]
    counts: dict[str, int] = next(s["counts"] for s in stages if s["name"] == "enrich")
    return counts
