"""``newsbeat bench scale``'s measuring function: its keys (the lead's contract), the spaCy
ceiling beside the stage, and the share of enrich work reprints save on the demo corpus."""

from __future__ import annotations

import pytest

from newsbeat.bench import scale
from newsbeat.bench.scale import (
    STREAM_NEAR_DUPLICATES,
    STREAM_REPRINTS,
    ScaleBenchOptions,
    _Ceiling,
    bench_articles,
    paired_ratio,
    reprint_enrich_saved_stream,
    run_scale_bench,
)


def test_the_scale_bench_reports_its_keys_and_the_demo_reprint_saving() -> None:
    result = run_scale_bench(
        ScaleBenchOptions(shared=None, articles=6, workers=(), stream_articles=0)
    )
    assert {
        "enrich_articles_per_s",
        "spacy_ceiling_articles_per_s",
        "enrich_in_process_articles_per_s",
        "reprint_enrich_saved",
        "spacy_ceiling_processes_speedup",
        "enrich_in_process_ratio_to_ceiling",
        "ratio_to_ceiling_paired_runs",
        "ratio_to_ceiling_unpaired",
        "ratio_to_ceiling_cpu",
    } <= set(result)
    assert "reprint_enrich_saved_stream" not in result  # --stream-articles 0
    assert result["enrich_articles_per_s"] == {}  # no cluster asked for
    assert result["spacy_ceiling_articles_per_s"] > 0
    assert result["enrich_in_process_articles_per_s"] > 0
    # one pass in process, between two ceiling blocks
    assert len(result["ratio_to_ceiling_paired_runs"]["0"]) == 1
    assert len(result["spacy_ceiling_blocks_articles_per_s"]["0"]) == 2
    assert result["articles"] == 6 and "demo corpus" in result["source"]
    # the demo corpus: two reprints of one wire story, 40 English originals parsed
    demo = result["reprint_enrich_saved_detail"]["demo"]
    assert (demo["reprints"], demo["enriched"]) == (2, 40)
    assert result["reprint_enrich_saved"] == round(2 / 42, 4)


def test_without_the_shared_folder_the_demo_articles_are_used() -> None:
    articles, source = bench_articles(None, 50)
    assert len(articles) == 50 and len({a.url for a in articles}) == 50
    assert "demo corpus" in source


def test_the_generated_stream_has_reprints_the_enrich_stage_does_not_parse() -> None:
    stream = reprint_enrich_saved_stream("en_core_web_sm", 200)
    # 20 articles per dump, each after the first a copy with the generated probability; dedupe
    # finds them all (the copies share their body), and nothing else (the rest share no text)
    copies = STREAM_REPRINTS + STREAM_NEAR_DUPLICATES
    assert 0.5 * copies * 200 < stream["reprints"] < 1.6 * copies * 200
    assert stream["reprints"] + stream["to_parse"] == stream["dedupe_checked"] == 200
    assert stream["not_in_beat"] == 0  # each dump declares the beat its articles are in
    assert stream["reprint_enrich_saved"] == round(stream["reprints"] / 200, 4)


def test_a_paired_ratio_is_over_the_mean_time_of_the_blocks_around_the_pass() -> None:
    # blocks of 10/s and 20/s: 0.1 and 0.05 s an article, 0.075 on average, a ceiling of 13.33/s
    assert paired_ratio(10.0, 10.0, 20.0) == pytest.approx(0.75)
    assert paired_ratio(20.0, 10.0, 20.0, workers=2) == pytest.approx(0.75)  # per worker
    assert paired_ratio(10.0, 20.0, 10.0, workers=0) == pytest.approx(0.75)  # in process


def test_the_ratio_follows_a_machine_whose_speed_drifts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine 10 % faster at each step (a block or a pass): a ceiling measured once at the
    start says the stage is faster than spaCy alone, the paired ratio still reads 0.85."""
    speed = iter(1.1**k for k in range(100))
    # each pass's 6 articles take 6/17 CPU seconds; a block parses 20 articles per CPU second
    cpu = iter(k // 2 + (k % 2) * 6 / 17 for k in range(100))

    def block(self: _Ceiling) -> tuple[float, float]:
        now = 20.0 * next(speed)
        self.blocks.append((now, 20.0))
        return now, 20.0

    monkeypatch.setattr(scale, "load_pipeline", lambda model: None)
    monkeypatch.setattr(_Ceiling, "warm", lambda self: None)
    monkeypatch.setattr(_Ceiling, "block", block)
    monkeypatch.setattr(scale, "_timed_stage", lambda *args: 17.0 * next(speed))
    monkeypatch.setattr(scale, "_all_cpu", lambda executor: float(next(cpu)))
    result = run_scale_bench(
        ScaleBenchOptions(
            shared=None, articles=6, workers=(), runs=3, stream_articles=0, demo=False
        )
    )
    paired = result["ratio_to_ceiling_paired_runs"]["0"]
    assert len(paired) == 3 and all(r == pytest.approx(0.85, abs=0.005) for r in paired)
    assert result["enrich_in_process_ratio_to_ceiling"] == pytest.approx(0.85, abs=0.005)
    assert result["ratio_to_ceiling_unpaired"]["0"] > 1.0  # the stage's median pass, late
    assert len(result["spacy_ceiling_blocks_articles_per_s"]["0"]) == 4
    assert result["ratio_method"] == "paired"
    assert result["ratio_to_ceiling_cpu_runs"]["0"] == [0.85, 0.85, 0.85]  # in CPU time
