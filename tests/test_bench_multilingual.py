"""The multilingual stories gold: its loader's checks, B³ per language pair, the bench keys."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsbeat.bench import multilingual, stories
from newsbeat.bench.multilingual import (
    GoldError,
    language_scores,
    load_gold,
    multilingual_article_rate,
    multilingual_benchmark,
    pair_scores,
    run_multilingual,
    within_language_ceiling,
)
from newsbeat.models import Article

KEYS = {
    "multilingual_b3_f1",
    "multilingual_b3_precision",
    "multilingual_b3_recall",
    "multilingual_train_b3_f1",
    "multilingual_pairs",
    "multilingual_reports",
    "multilingual_articles_per_s",
}


def _event(event: str, split: str, topic: str = "t-bridge") -> dict[str, str]:
    return {"event": event, "topic": topic, "split": split, "date": "2026-05-04", "what": "x"}


def _report(rid: str, title: str, text: str, published: str | None = None) -> dict[str, Any]:
    event, lang, _ = rid.split("-")
    return {
        "id": rid,
        "event": event,
        "lang": lang,
        "outlet": f"Outlet {rid}",
        "published": published or "2026-05-04T10:00:00+02:00",
        "title": title,
        "text": text,
    }


def _write(folder: Path, name: str, rows: list[dict[str, Any]]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


# Two invented events (a bridge opening in Tromsø, a ferry fire off Split), each in three
# languages; the second one twice as a pair of splits so that train and test both exist.
BRIDGE = [
    (
        "en",
        "Tromso opens the Kvalsund arch bridge",
        "The Kvalsund arch bridge, 1,240 metres "
        "long, opened in Tromso on Monday after four years of work by Brattli Bygg.",
    ),
    (
        "de",
        "Tromsø eröffnet die Kvalsund-Bogenbrücke",
        "Die 1.240 Meter lange "
        "Kvalsund-Bogenbrücke in Tromsø ist am Montag nach vier Jahren Bauzeit von Brattli Bygg "
        "eröffnet worden.",
    ),
    (
        "fr",
        "Tromsø inaugure le pont en arc de Kvalsund",
        "Le pont en arc de Kvalsund, long de "
        "1 240 mètres, a été inauguré lundi à Tromsø après quatre ans de travaux de Brattli Bygg.",
    ),
]
FERRY = [
    (
        "en",
        "Ferry Marjeta Vos catches fire off Split",
        "Fire broke out on the ferry Marjeta Vos "
        "off Split on Thursday; all 312 passengers were taken off by lifeboat.",
    ),
    (
        "de",
        "Fähre Marjeta Vos brennt vor Split",
        "Auf der Fähre Marjeta Vos ist am Donnerstag "
        "vor Split ein Feuer ausgebrochen; alle 312 Passagiere wurden mit Rettungsbooten geborgen.",
    ),
    (
        "es",
        "Arde el ferri Marjeta Vos frente a Split",
        "Un incendio se declaró el jueves en el "
        "ferri Marjeta Vos frente a Split; los 312 pasajeros fueron evacuados en botes salvavidas.",
    ),
]


def _tiny_gold(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    events = [_event("e01", "train"), _event("e02", "train", "t-ferry")]
    events += [_event("e03", "test"), _event("e04", "test", "t-ferry")]
    reports = []
    for event, told in (("e01", BRIDGE), ("e02", FERRY), ("e03", BRIDGE), ("e04", FERRY)):
        reports += [_report(f"{event}-{lang}-1", title, text) for lang, title, text in told]
    _write(folder, "events-x.jsonl", events)
    _write(folder, "reports-x.jsonl", reports)
    return folder


# -- loader ------------------------------------------------------------------------------------
def test_the_package_gold_loads_and_keeps_its_splits_apart() -> None:
    gold = load_gold()
    test = load_gold("test")
    assert len(gold.events) >= 24 and len(gold.reports) >= 100
    assert test.events and all(e.split == "test" for e in test.events.values())
    assert {r.event for r in test.reports} == set(test.events)
    for event in gold.events:
        langs = {r.lang for r in gold.reports if r.event == event}
        assert 3 <= len(langs) <= 6, event


def test_a_missing_field_names_file_line_and_field(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    rows = [json.loads(x) for x in (tmp_path / "reports-x.jsonl").read_text().splitlines()]
    del rows[1]["outlet"]
    _write(tmp_path, "reports-x.jsonl", rows)
    with pytest.raises(GoldError, match=r"reports-x\.jsonl:2: missing field outlet"):
        load_gold(directory=tmp_path)


def test_an_unknown_event_is_named(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    _write(tmp_path, "reports-y.jsonl", [_report("e09-en-1", "A title", "A text.")])
    with pytest.raises(GoldError, match=r"reports-y\.jsonl:1: report e09-en-1 .*unknown event e09"):
        load_gold(directory=tmp_path)


def test_duplicate_ids_are_refused_across_files(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    _write(tmp_path, "reports-y.jsonl", [_report("e01-en-1", "Again", "The same id.")])
    with pytest.raises(GoldError, match=r"reports-y\.jsonl:1: duplicate report id e01-en-1"):
        load_gold(directory=tmp_path)
    _write(tmp_path, "reports-y.jsonl", [])
    _write(tmp_path, "events-y.jsonl", [_event("e02", "test")])
    with pytest.raises(GoldError, match=r"events-y\.jsonl:1: duplicate event id e02"):
        load_gold(directory=tmp_path)


def test_an_event_in_two_languages_is_refused_where_it_is_defined(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    rows = [json.loads(x) for x in (tmp_path / "reports-x.jsonl").read_text().splitlines()]
    _write(tmp_path, "reports-x.jsonl", [r for r in rows if r["id"] != "e03-fr-1"])
    with pytest.raises(GoldError, match=r"events-x\.jsonl:3: event e03 is told in 2 languages"):
        load_gold(directory=tmp_path)


def test_bad_json_and_bad_split_are_named(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    with (tmp_path / "reports-x.jsonl").open("a", encoding="utf-8") as out:
        out.write("{not json\n")
    with pytest.raises(GoldError, match=r"reports-x\.jsonl:13: not JSON"):
        load_gold(directory=tmp_path)
    _tiny_gold(tmp_path)
    _write(tmp_path, "events-y.jsonl", [_event("e05", "dev")])
    with pytest.raises(GoldError, match=r"events-y\.jsonl:1: split 'dev'"):
        load_gold(directory=tmp_path)


def test_a_null_date_is_allowed_but_an_empty_title_is_not(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    rows = [json.loads(x) for x in (tmp_path / "reports-x.jsonl").read_text().splitlines()]
    rows[0]["published"] = None
    _write(tmp_path, "reports-x.jsonl", rows)
    assert load_gold(directory=tmp_path).reports[0].published is None
    rows[0]["title"] = " "
    _write(tmp_path, "reports-x.jsonl", rows)
    with pytest.raises(GoldError, match=r"reports-x\.jsonl:1: field title"):
        load_gold(directory=tmp_path)


def test_an_undated_report_is_imported_at_one_fixed_time_whatever_the_day(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    rows = [json.loads(x) for x in (tmp_path / "reports-x.jsonl").read_text().splitlines()]
    rows[0]["published"] = None
    _write(tmp_path, "reports-x.jsonl", rows)
    article = load_gold(directory=tmp_path).reports[0].article()
    assert article.published is None and article.published_source is None
    assert article.imported_at == multilingual.IMPORTED_AT


# -- scoring -----------------------------------------------------------------------------------
def test_b_cubed_per_pair_reads_only_the_two_languages() -> None:
    # Event A: five German and five Korean reports, event B: five English ones. The stage
    # put A's German reports with B's English ones, and A's Korean reports alone.
    langs = ["de"] * 5 + ["ko"] * 5 + ["en"] * 5
    gold = ["A"] * 10 + ["B"] * 5
    pred = ["s1"] * 5 + ["s2"] * 5 + ["s1"] * 5
    pairs = pair_scores(pred, gold, langs)
    assert set(pairs) == {"de-en", "de-ko", "en-ko"}
    b3 = {k: v for k, v in pairs["en-ko"].items() if k.startswith("b3_")}
    assert b3 == {"b3_f1": 1.0, "b3_precision": 1.0, "b3_recall": 1.0}
    assert pairs["de-ko"]["b3_precision"] == 1.0 and pairs["de-ko"]["b3_recall"] == 0.5
    assert pairs["de-ko"]["b3_f1"] == pytest.approx(0.6667)
    assert pairs["de-en"]["b3_precision"] == 0.5 and pairs["de-en"]["b3_recall"] == 1.0


def test_scores_within_one_language_and_the_ceiling_without_crossing() -> None:
    # Event A told in German (two reports) and Korean (three), event B in German (five).
    langs = ["de", "de", "ko", "ko", "ko"] + ["de"] * 5
    gold = ["A"] * 5 + ["B"] * 5
    pred = ["s1", "s2", "s3", "s3", "s3"] + ["s2"] * 5  # A's second German report joined B
    found = language_scores(pred, gold, langs, min_reports=3)
    assert set(found) == {"de", "ko"} and found["ko"]["b3_f1"] == 1.0
    assert found["de"]["b3_precision"] < 1.0 and found["de"]["b3_recall"] < 1.0
    # Perfect within each language, never across: A's 2 + 3 reports stay apart.
    assert within_language_ceiling(gold, langs) == pytest.approx(0.8636, abs=1e-4)


def test_a_language_with_fewer_than_five_reports_makes_no_pair() -> None:
    langs = ["de"] * 5 + ["sv"] * 4
    pairs = pair_scores(["s"] * 9, ["A"] * 9, langs)
    assert pairs == {}
    assert set(pair_scores(["s"] * 9, ["A"] * 9, langs, min_reports=4)) == {"de-sv"}


# -- the bench ---------------------------------------------------------------------------------
def test_run_multilingual_clusters_one_split_with_the_stories_stage(tmp_path: Path) -> None:
    gold = load_gold(directory=_tiny_gold(tmp_path))
    result = run_multilingual("test", gold)
    assert result["reports"] == 6 and result["events"] == 2
    # A bridge opening and a ferry fire share no word, name or figure: never one story.
    assert result["b3_precision"] == 1.0 and result["stories"] >= 2
    assert 1 / 3 <= result["b3_recall"] <= 1.0
    assert result["pairs"] == {}  # three reports per language: no pair is scored


def test_the_bench_keys_are_there_on_a_tiny_gold(tmp_path: Path) -> None:
    result = multilingual_benchmark(_tiny_gold(tmp_path))
    assert set(result) >= KEYS
    assert result["multilingual_reports"] == 6
    assert result["multilingual_articles_per_s"] > 0
    assert set(stories.GOALS) >= {
        "multilingual_b3_f1",
        "multilingual_b3_precision",
        "multilingual_articles_per_s",
    }


def test_bench_stories_adds_the_multilingual_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ECB+ parts are replaced: this checks the wiring, not ECB+.
    monkeypatch.setattr(stories, "evaluate_ecbplus", lambda _: {"b3_f1": 0.5})
    monkeypatch.setattr(stories, "load_ecbplus", lambda *_: [])
    monkeypatch.setattr(stories, "scale_benchmark", lambda *_: {"articles": 0})
    monkeypatch.setattr(stories, "dedupe_benchmark", lambda _: {"dedupe_recall": 1.0})
    result = stories.run_stories_bench(tmp_path, multilingual=_tiny_gold(tmp_path / "gold"))
    assert set(result) >= KEYS | {"b3_f1", "scale", "dedupe_recall", "goals"}


def test_the_rate_times_every_step_once_per_pass_after_a_warm_up() -> None:
    calls: list[int] = []

    def step(articles: Sequence[Article]) -> list[int]:
        calls.append(len(articles))
        return [sum(i * i for i in range(20_000))] * len(articles)  # some CPU to time

    articles = [Article(title=f"Title {i}", text="Text.") for i in range(7)]
    rate = multilingual_article_rate(articles, {"step": step}, passes=3)
    assert calls == [1, 7, 7, 7]
    assert rate > 0


def test_the_steps_include_vectors_when_the_encoder_is_installed() -> None:
    from newsbeat.sentence_vectors import available

    assert ("vectors" in multilingual.multilingual_steps()) == available()


def test_every_installed_step_answers_once_per_article() -> None:
    # Language ID and entity keys join the timed steps when their modules are installed: this
    # runs whatever is there on two invented leads, so a changed interface fails here.
    articles = [
        Article(title="Tromsø eröffnet die Kvalsund-Brücke", text="Die Brücke ist 1.240 m lang."),
        Article(title="Арка Квальсунн открыта", text="Мост длиной 1240 м.", language="ru"),
    ]
    for name, step in multilingual.multilingual_steps().items():
        assert len(step(articles)) == 2, name
