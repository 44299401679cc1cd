"""``newsbeat bench scale``'s measuring function: its keys (the lead's contract), the spaCy
ceiling beside the stage, and the share of enrich work reprints save on the demo corpus."""

from __future__ import annotations

from newsbeat.bench.scale import (
    STREAM_NEAR_DUPLICATES,
    STREAM_REPRINTS,
    ScaleBenchOptions,
    bench_articles,
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
    } <= set(result)
    assert "reprint_enrich_saved_stream" not in result  # --stream-articles 0
    assert result["enrich_articles_per_s"] == {}  # no cluster asked for
    assert result["spacy_ceiling_articles_per_s"] > 0
    assert result["enrich_in_process_articles_per_s"] > 0
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
