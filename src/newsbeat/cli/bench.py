"""``newsbeat bench ingest|extraction|fetch|collect|stories|enrich|report|startup|scale|
hostile|fuzz|realnews|serve|miranda``: speed, memory, quality, hostile inputs.

Each command runs one benchmark of :mod:`newsbeat.bench` and writes its JSON result under
``bench/results/``; the library modules are imported only when the command runs.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    ConfigOption,
    JsonOption,
    QuietOption,
    cli_errors,
    emit_json,
    save_bench_result,
    settings_from_options,
    stderr,
    stdout,
)

bench_app = typer.Typer(help="Measure speed, memory and quality; results go to bench/results/.")

RunsOption = Annotated[
    int, typer.Option("--runs", help="Repeat and report the median of every number.")
]

_REPO = Path(__file__).resolve().parents[3]

_DEFAULT_SHARED = _REPO.parent / "shared"


def bench_ingest_command(
    as_json: JsonOption = False,
    articles: Annotated[
        int, typer.Option("--articles", min=1, help="Dump articles to generate.")
    ] = 20_000,
    runs: Annotated[
        int, typer.Option("--runs", min=1, help="Repeat and report the median of each figure.")
    ] = 1,
    output: Annotated[
        Path, typer.Option("--output", help="Where to write the JSON result.")
    ] = Path("bench/results/ingest.json"),
    quiet: QuietOption = False,
) -> None:
    """Ingest speed (articles/s), peak memory and FTS search latency (p50/p95 of 100 queries).

    Generates keyword dumps in a temporary folder, ingests them into a fresh database and
    times searches. Goals on 2 cores: >= 2,000 articles/s, < 300 MB, search p95 < 50 ms.
    """
    from newsbeat.bench.ingest import (
        IngestBenchOptions,
        run_ingest_bench,
        save_result,
        summarise_runs,
    )

    results = []
    for number in range(1, runs + 1):
        if not quiet:
            stderr.print(f"run {number}/{runs}: {articles} articles …")
        results.append(run_ingest_bench(IngestBenchOptions(articles=articles)))
    result = summarise_runs(results)
    save_result(result, output)
    if as_json:
        emit_json(result)
        return
    goals = result["meets_goals"]
    assert isinstance(goals, dict)
    stdout.print(
        f"ingest: {result['articles_per_s']} articles/s "
        f"({'ok' if goals['articles_per_s'] else 'below goal'}), "
        f"peak {result['peak_mb']} MB {result['peak_mb_method']} "
        f"({'ok' if goals['peak_mb'] else 'above goal'}), "
        f"search p50 {result['search_p50_ms']} ms, p95 {result['search_p95_ms']} ms "
        f"({'ok' if goals['search_p95_ms'] else 'above goal'}); written to {output}"
    )


@cli_errors
def bench_extraction(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Benchmark folder (default: ../shared/benchmarks/"
            "article-extraction next to the repo).",
        ),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", help="Processes (0 = one per core).")] = 0,
    runs: RunsOption = 1,
    as_json: JsonOption = False,
) -> None:
    """Extraction quality and speed: newsbeat vs plain trafilatura on 181 real pages."""
    from newsbeat.bench.collect import (
        default_extraction_data,
        extraction_benchmark,
        median_of_runs,
    )

    result = median_of_runs(
        [
            extraction_benchmark(data or default_extraction_data(), workers=workers)
            for _ in range(max(1, runs))
        ]
    )
    path = save_bench_result("extraction", result)
    if as_json:
        emit_json(result)
    else:
        base = result["baseline"]
        assert isinstance(base, dict)
        stdout.print(
            f"newsbeat: F1 {result['f1']} (P {result['precision']}, R {result['recall']}),"
            f" {result['pages_per_s']} pages/s\n"
            f"trafilatura defaults: F1 {base['f1']} (P {base['precision']}, R {base['recall']}),"
            f" {base['pages_per_s']} pages/s"
        )
    stderr.print(escape(f"written to {path}"))


@cli_errors
def bench_fetch(
    pages: Annotated[int, typer.Option("--pages", help="Article pages to serve.")] = 1000,
    latency_ms: Annotated[
        float, typer.Option("--latency-ms", help="Latency the server adds per request.")
    ] = 5.0,
    per_host: Annotated[
        int, typer.Option("--per-host", help="Requests in flight on the one local host.")
    ] = 4,
    config: ConfigOption = None,
    runs: RunsOption = 1,
    as_json: JsonOption = False,
) -> None:
    """Fetch throughput against a local server: fetch alone, and fetch + extract + store."""
    from newsbeat.bench.collect import fetch_benchmark, median_of_runs

    settings = settings_from_options(None, config)
    result = median_of_runs(
        [
            fetch_benchmark(settings, pages=pages, latency=latency_ms / 1000, per_host=per_host)
            for _ in range(max(1, runs))
        ]
    )
    path = save_bench_result("fetch", result)
    if as_json:
        emit_json(result)
    else:
        stdout.print(
            f"fetch: {result['fetch_pages_per_s']} pages/s;"
            f" fetch + extract + store: {result['end_to_end_pages_per_s']} pages/s"
        )
    stderr.print(escape(f"written to {path}"))


@cli_errors
def bench_collect(
    items: Annotated[
        int, typer.Option("--items", min=1, help="Items of the wrapped-link search feed.")
    ] = 100,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """What `run` makes of a news-search feed whose links are wrapped: full articles when the
    site's decoding endpoint answers, headline-only ones when it does not, and junk texts."""
    from newsbeat.bench.collect import links_benchmark

    result = links_benchmark(settings_from_options(None, config), items=items)
    path = save_bench_result("collect", result)
    if as_json:
        emit_json(result)
    else:
        stdout.print(
            f"collect: {result['resolved_share']:.0%} of {items} items full articles (endpoint"
            f" reachable), {result['link_only_share']:.0%} headline only (unreachable),"
            f" {result['junk_texts']} junk texts stored"
        )
    stderr.print(escape(f"written to {path}"))


@cli_errors
def bench_stories(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="ECB+ folder (default: ../shared/benchmarks/news-clustering/ecbplus "
            "next to the repo).",
        ),
    ] = None,
    scale: Annotated[
        int, typer.Option("--scale", help="Articles in the generated scale stream.")
    ] = 100_000,
    output: Annotated[
        Path, typer.Option("--output", help="Where the JSON result is written.")
    ] = Path("bench/results/stories.json"),
    as_json: JsonOption = False,
) -> None:
    """Story quality on ECB+ (vs. the TF-IDF average-link baseline), scale, dedupe, and the
    multilingual gold."""
    from newsbeat.bench.stories import run_stories_bench

    def report(done: int, seconds: float) -> None:
        stderr.print(f"scale: {done}/{scale} articles, last slice {seconds:.1f} s")

    result = run_stories_bench(data, scale=scale, progress=report)
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    payload = {"benchmark": "stories", "at": stamp, **result}
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if as_json:
        emit_json(result)
    else:
        base = result["baseline"]
        scaled = result["scale"]
        assert isinstance(base, dict) and isinstance(scaled, dict)
        stdout.print(
            f"ECB+ test: B³-F1 {result['b3_f1']} (P {result['b3_precision']},"
            f" R {result['b3_recall']}), pairwise F1 {result['pairwise_f1']};"
            f" baseline B³-F1 {base['b3_f1']}\n"
            f"scale: {scaled['articles']} articles in {scaled['seconds']} s,"
            f" peak {scaled['peak_mb']} MB, s/10k {scaled['seconds_per_10k']}\n"
            f"dedupe: precision {result['dedupe_precision']}, recall {result['dedupe_recall']}\n"
            f"multilingual test: B³-F1 {result['multilingual_b3_f1']}"
            f" (P {result['multilingual_b3_precision']}, R {result['multilingual_b3_recall']}),"
            f" train B³-F1 {result['multilingual_train_b3_f1']};"
            f" {result['multilingual_articles_per_s']} articles/s"
        )
    stderr.print(escape(f"written to {output}"))


@cli_errors
def bench_enrich_cmd(
    shared: Annotated[
        Path, typer.Option("--shared", help="The shared benchmark folder.")
    ] = _DEFAULT_SHARED,
    split: Annotated[str, typer.Option("--split", help="PolNeAR split (test, dev).")] = "test",
    sample: Annotated[
        int | None, typer.Option("--sample", help="Only the first N PolNeAR articles.")
    ] = None,
    runs: Annotated[int, typer.Option("--runs", help="Speed runs (median).", min=1)] = 3,
    no_speed: Annotated[bool, typer.Option("--no-speed", help="Skip the speed runs.")] = False,
    no_demo: Annotated[bool, typer.Option("--no-demo", help="Skip the demo gold.")] = False,
    out: Annotated[Path, typer.Option("--out", help="Where to write the JSON.")] = Path(
        "bench/results/enrich.json"
    ),
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Quotes (PolNeAR), relations (PLOVER), demo gold and speed of the enrich stage."""
    from newsbeat.bench.enrich import EnrichBenchOptions, run_enrich_bench

    settings = settings_from_options(None, config)
    if not shared.exists():
        stderr.print(escape(f"warning: {shared} not found: PolNeAR, PLOVER and speed are skipped"))
    result = run_enrich_bench(
        EnrichBenchOptions(
            shared=shared,
            split=split,
            sample=sample,
            runs=runs,
            model=settings.enrich.spacy_model,
            processes=settings.enrich.processes,
            speed=not no_speed,
            demo=not no_demo,
        )
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if as_json:
        emit_json(result)
    else:
        for key in (
            "quote_f1",
            "speaker_accuracy",
            "relation_precision",
            "relation_recall",
            "actor_accuracy",
            "articles_per_s",
        ):
            if key in result:
                stdout.print(f"{key:<20} {result[key]}")
    stderr.print(escape(f"wrote {out}"))


@cli_errors
def bench_report(
    as_json: JsonOption = False,
    stories: Annotated[int, typer.Option(help="Stories in the generated beat.")] = 1000,
    per_story: Annotated[
        int, typer.Option("--articles-per-story", help="Articles per story.")
    ] = 20,
    runs: Annotated[int, typer.Option(help="Renders per format (the median is kept).")] = 3,
    bench_db: Annotated[
        str | None,
        typer.Option("--bench-db", help="Keep the generated beat in this file (reused if full)."),
    ] = None,
    out: Annotated[
        str, typer.Option("--out", help="Where to write the result.")
    ] = "bench/results/report.json",
    config: ConfigOption = None,
) -> None:
    """Time the report (keys html_seconds, html_bytes, ...) on a generated beat of 1,000 stories
    and 20,000 articles."""
    from newsbeat.bench.report import ReportBenchOptions, run_report_bench, write_bench_result

    settings = settings_from_options(None, config)
    record = run_report_bench(
        settings,
        ReportBenchOptions(stories=stories, articles_per_story=per_story, runs=runs),
        db=bench_db,
    )
    path = write_bench_result(record, out)
    if as_json:
        emit_json(record)
    else:
        stderr.print(
            f"report of {record['stories']} stories / {record['articles']} articles: "
            f"HTML {record['html_seconds']} s, {record['html_bytes']:,} bytes "
            f"(median of {record['runs']}); written to {path}"
        )


@cli_errors
def bench_startup(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database to list (default: the demo corpus, built afresh)."),
    ] = None,
    runs: Annotated[int, typer.Option("--runs", min=1, help="Timed runs of each command.")] = 5,
    as_json: JsonOption = False,
) -> None:
    """Start-up of read-only commands: `stories --json` against its peer `beat list`."""
    from newsbeat.bench.startup import run_startup_bench

    result = run_startup_bench(db, runs=runs)
    path = save_bench_result("startup", result)
    if as_json:
        emit_json(result)
    else:
        stdout.print(
            f"stories --json {result['stories_json_seconds']} s, beat list"
            f" {result['beat_list_seconds']} s (medians of {result['runs']}):"
            f" ratio {result['ratio']} (goal <= {result['goal_ratio']})"
        )
    stderr.print(escape(f"written to {path}"))


@cli_errors
def bench_scale(
    shared: Annotated[
        Path, typer.Option("--shared", help="The shared benchmark folder (ECB+ is read there).")
    ] = _DEFAULT_SHARED,
    articles: Annotated[
        int, typer.Option("--articles", min=1, help="Articles enriched per measurement.")
    ] = 200,
    workers: Annotated[
        list[int] | None,
        typer.Option("--workers", min=1, help="LocalCluster worker counts (repeat; default 1, 2)."),
    ] = None,
    runs: Annotated[int, typer.Option("--runs", min=1, help="Timed runs (median).")] = 1,
    no_demo: Annotated[
        bool, typer.Option("--no-demo", help="Skip reprint_enrich_saved on the demo corpus.")
    ] = False,
    stream_articles: Annotated[
        int,
        typer.Option(
            "--stream-articles",
            min=0,
            help="Articles of the generated stream reprint_enrich_saved_stream is measured on"
            " (0: skip it).",
        ),
    ] = 100_000,
    postgres: Annotated[
        str | None,
        typer.Option(
            "--postgres",
            envvar="NEWSBEAT_BENCH_POSTGRES",
            help="URL of an empty PostgreSQL database: measure its ingest and search too.",
        ),
    ] = None,
    store_articles: Annotated[
        int,
        typer.Option(
            "--store-articles", min=0, help="Articles for the store measures (0: skip them)."
        ),
    ] = 100_000,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Enrich articles/s on 1 and 2 local Dask workers beside spaCy's ceiling, the share of
    enrich work reprints save on the demo corpus, and ingest/search on SQLite and PostgreSQL."""
    from newsbeat.bench.scale import ScaleBenchOptions, run_scale_bench
    from newsbeat.bench.scale_store import run_store_scale

    settings = settings_from_options(None, config)
    result = run_scale_bench(
        ScaleBenchOptions(
            shared=shared,
            articles=articles,
            workers=tuple(workers or (1, 2)),
            runs=runs,
            model=settings.enrich.spacy_model,
            demo=not no_demo,
            stream_articles=stream_articles,
        )
    )
    if store_articles:
        result.update(run_store_scale(postgres, articles=store_articles))
    path = save_bench_result("scale", result)
    if as_json:
        emit_json(result)
    else:
        ceiling = result["spacy_ceiling_articles_per_s"]
        stdout.print(
            f"in process: {result['enrich_in_process_articles_per_s']} articles/s,"
            f" {result['enrich_in_process_ratio_to_ceiling']} of the spaCy ceiling (paired)"
        )
        for count, rate in result["enrich_articles_per_s"].items():
            stdout.print(
                f"{count} worker(s): {rate} articles/s, {result['ratio_to_ceiling'][count]} of"
                f" the spaCy ceiling per worker (paired; blocks' median {ceiling}/s)"
            )
        if "reprint_enrich_saved" in result:
            stdout.print(f"reprint_enrich_saved (demo): {result['reprint_enrich_saved']}")
        if "reprint_enrich_saved_stream" in result:
            stream = result["reprint_enrich_saved_detail"]["stream"]
            stdout.print(
                f"reprint_enrich_saved_stream: {result['reprint_enrich_saved_stream']}"
                f" ({stream['reprints']} reprints of {stream['articles']} generated articles)"
            )
        for backend in ("sqlite", "pg"):
            if result.get(f"{backend}_ingest_articles_per_s") is not None:
                stdout.print(
                    f"{backend}: ingest {result[f'{backend}_ingest_articles_per_s']} articles/s,"
                    f" search p95 {result[f'{backend}_search_p95_ms']} ms"
                    f" at {result['store_articles']} articles"
                )
    stderr.print(f"written to {path}")


def register(app: typer.Typer) -> None:
    """Add the ``bench`` commands."""
    bench_app.command("ingest")(cli_errors(bench_ingest_command))
    bench_app.command("extraction")(bench_extraction)
    bench_app.command("fetch")(bench_fetch)
    bench_app.command("collect")(bench_collect)
    bench_app.command("stories")(bench_stories)
    bench_app.command("enrich")(bench_enrich_cmd)
    bench_app.command("report")(bench_report)
    bench_app.command("startup")(bench_startup)
    bench_app.command("scale")(bench_scale)
    from newsbeat.cli import (
        bench_hostile,
        bench_miranda,
        bench_realnews,
        bench_serve,
        bench_undated,
    )

    bench_hostile.register(bench_app)
    bench_miranda.register(bench_app)
    bench_realnews.register(bench_app)
    bench_serve.register(bench_app)
    bench_undated.register(bench_app)
    app.add_typer(bench_app, name="bench")
