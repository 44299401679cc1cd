"""Benchmarks of the collect stage: extraction quality/speed, fetch throughput.

``extraction``: the article-extraction benchmark (181 real pages with ground truth, in
``../shared/benchmarks/article-extraction``) scored with its own metric, for newsbeat's
extractor and for plain trafilatura defaults side by side in the same run.

``fetch``: a local server (:mod:`newsbeat.bench.server`, a separate process) serves
generated article pages with added latency; we time fetching alone, then fetch + extract +
store into a fresh database.

``collect``: the same server's news-search site serves a 100-item search feed whose links are
all wrapped; how many items end as full articles when the site's decoding endpoint answers,
how many are stored headline only when it does not, and how many stored texts are junk.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newsbeat.collect.fetcher import Fetcher, FetchOptions, make_client
from newsbeat.collect.run import fetch_urls
from newsbeat.exceptions import ConfigError, ExtractionError, FetchError
from newsbeat.extract.article import ExtractOptions, extract_article, extract_text_baseline
from newsbeat.models import Article
from newsbeat.settings import Settings
from newsbeat.store import open_store

__all__ = [
    "default_extraction_data",
    "extraction_benchmark",
    "fetch_benchmark",
    "links_benchmark",
    "median_of_runs",
    "page_scores",
    "score",
]

_TOKEN = re.compile(r"\w+")


def default_extraction_data() -> Path:
    """``<repo>/../shared/benchmarks/article-extraction`` (the repo is found from this file)."""
    repo = Path(__file__).resolve().parents[3]
    return repo.parent / "shared" / "benchmarks" / "article-extraction"


def median_of_runs(runs: list[dict[str, object]]) -> dict[str, object]:
    """One result from several runs: the median of every number (nested dicts too), and the
    runs themselves under ``runs``."""

    def merge(items: list[dict[str, object]]) -> dict[str, object]:
        merged: dict[str, object] = {}
        for key, first in items[0].items():
            values = [item[key] for item in items]
            if isinstance(first, dict):
                merged[key] = merge(values)  # type: ignore[arg-type]
            elif isinstance(first, int | float) and not isinstance(first, bool):
                median = statistics.median(values)  # type: ignore[type-var]
                merged[key] = round(median, 4) if isinstance(median, float) else median
            else:
                merged[key] = first
        return merged

    result = merge(runs)
    if len(runs) > 1:
        result["runs"] = runs
    return result


# -- the benchmark's metric --------------------------------------------------------------------
def _shingles(text: str) -> Counter[tuple[str, ...]]:
    """Multiset of 4-token shingles of ``\\w+`` tokens (a shorter text is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4]
    )


def page_scores(expected: str, predicted: str) -> tuple[float | None, float | None]:
    """Precision and recall of one page (None where the benchmark skips the page).

    Both are 1 when there are neither false positives nor false negatives; otherwise a zero
    denominator (nothing predicted, or nothing expected) makes that score undefined.
    """
    want, got = _shingles(expected), _shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def score(expected: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """The benchmark's scores: mean precision and recall over pages; F1 from those means."""
    precisions, recalls = [], []
    for key, text in expected.items():
        p, r = page_scores(text, predicted.get(key, ""))
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


# -- extraction ------------------------------------------------------------------------------
# The text extraction alone: two of the benchmark's pages are paywall teasers (their truth is the
# teaser), which collecting stores headline only; scoring them as empty would measure the wall
# policy, not the extractor.
_TEXT_ONLY = ExtractOptions(screen_walls=False)


def _ours(path: str, url: str) -> str:
    html = gzip.decompress(Path(path).read_bytes()).decode("utf-8", errors="replace")
    try:
        return extract_article(html, url=url, options=_TEXT_ONLY).text
    except ExtractionError:
        return ""


def _baseline(path: str, url: str) -> str:
    html = gzip.decompress(Path(path).read_bytes()).decode("utf-8", errors="replace")
    return extract_text_baseline(html)


def _timed(job: str, path: str, url: str) -> tuple[str, float]:
    """Run a system on one page in a worker: its text and the CPU seconds it took."""
    started = time.process_time()
    text = (_ours if job == "newsbeat" else _baseline)(path, url)
    return text, time.process_time() - started


def extraction_benchmark(data: Path | None = None, *, workers: int = 0) -> dict[str, object]:
    """Score newsbeat's extractor and plain trafilatura on the article-extraction benchmark.

    Args:
        data: the benchmark folder (``ground-truth.json`` and ``html/<id>.html.gz``).
        workers: processes (0 = one per core); both systems get the same pool.

    Returns:
        ``precision, recall, f1, pages_per_s`` for newsbeat, the same under ``baseline``, and
        ``pages`` and ``workers``.

    Raises:
        ConfigError: the benchmark folder is missing.
    """
    folder = data or default_extraction_data()
    truth_file = folder / "ground-truth.json"
    if not truth_file.is_file():
        raise ConfigError(f"{folder}: no article-extraction benchmark here (ground-truth.json)")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    keys = sorted(truth)
    paths = [str(folder / "html" / f"{k}.html.gz") for k in keys]
    urls = [truth[k].get("url", "") for k in keys]
    expected = {k: truth[k]["articleBody"] for k in keys}
    n_workers = workers or os.cpu_count() or 1
    results: dict[str, object] = {}
    with concurrent.futures.ProcessPoolExecutor(max_workers=n_workers) as pool:
        # Warm every worker up with both systems (imports, lazy caches) before timing.
        warm = 4 * n_workers
        list(pool.map(_baseline, paths[:warm], urls[:warm]))
        list(pool.map(_ours, paths[:warm], urls[:warm]))
        for name in ("newsbeat", "baseline"):
            started = time.perf_counter()
            done = list(pool.map(_timed, [name] * len(paths), paths, urls, chunksize=4))
            seconds = time.perf_counter() - started
            texts = [text for text, _ in done]
            scores: dict[str, object] = dict(score(expected, dict(zip(keys, texts, strict=True))))
            scores["pages_per_s"] = round(len(keys) / seconds, 1)
            # CPU per page is what the machine's other load does not change much.
            scores["cpu_ms_per_page"] = round(1000 * sum(c for _, c in done) / len(done), 1)
            results[name] = scores
    ours = results.pop("newsbeat")
    assert isinstance(ours, dict)
    return {
        **ours,
        "baseline": results["baseline"],
        "pages": len(keys),
        "workers": n_workers,
        "load_average": round(os.getloadavg()[0], 2),
    }


# -- fetch -----------------------------------------------------------------------------------------
def _start_server(
    pages: int, latency: float, *, items: int = 100
) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsbeat.bench.server",
            "--pages",
            str(pages),
            "--latency",
            str(latency),
            "--items",
            str(items),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("http://127.0.0.1:"):
        process.kill()
        process.wait(timeout=10)
        process.stdout.close()
        raise FetchError("benchmark server", f"did not start (said {line!r})")
    return process, line


async def _fetch_all(urls: list[str], options: FetchOptions) -> int:
    async with make_client(options) as client:
        fetcher = Fetcher(client, options)
        results = await asyncio.gather(*(fetcher.fetch(u) for u in urls), return_exceptions=True)
    return sum(1 for r in results if not isinstance(r, BaseException))


def fetch_benchmark(
    settings: Settings, *, pages: int = 1000, latency: float = 0.005, per_host: int = 4
) -> dict[str, object]:
    """Fetch throughput against a local server, alone and with extraction and storage.

    The server is one host, so the per-host politeness (2 requests in flight, 0.5 s apart by
    default) would measure the delay, not the fetcher: this run allows ``per_host`` requests in
    flight on it and no delay. Every other fetch rule (robots.txt, caps, retries, global
    concurrency) stays on. 4 in flight already allow 800 pages/s at 5 ms latency, and
    httpcore's pool bookkeeping costs CPU per open connection on every request.

    Args:
        settings: the base settings (concurrency, workers).
        pages: article pages to serve.
        latency: seconds the server waits before each answer.
        per_host: requests in flight on the one local host.

    Returns:
        ``fetch_pages_per_s``, ``end_to_end_pages_per_s`` and the run's parameters.
    """
    fetch = replace(
        settings.fetch,
        per_host_concurrency=min(per_host, settings.fetch.concurrency),
        per_host_delay=0.0,
        retries=1,
    )
    bench = settings.with_overrides(fetch=fetch)
    process, base = _start_server(pages, latency)
    try:
        urls = [f"{base}/a/{i}.html" for i in range(pages)]
        load = os.getloadavg()[0]
        started, cpu = time.perf_counter(), time.process_time()
        fetched = asyncio.run(_fetch_all(urls, FetchOptions.from_settings(bench)))
        fetch_seconds = time.perf_counter() - started
        fetch_cpu = time.process_time() - cpu
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(str(Path(tmp) / "bench.db"))
            try:
                report = fetch_urls(store, bench, urls)
                stored = store.count_articles()
            finally:
                store.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
    return {
        "fetch_pages_per_s": round(fetched / fetch_seconds, 1),
        "end_to_end_pages_per_s": round(stored / report.seconds, 1) if report.seconds else 0.0,
        "pages": pages,
        "fetched": fetched,
        "stored": stored,
        "failed": report.progress.pages_failed,
        "fetch_cpu_ms_per_page": round(1000 * fetch_cpu / max(1, fetched), 2),
        "latency_ms": latency * 1000,
        "load_average": round(load, 2),
        "concurrency": bench.fetch.concurrency,
        "per_host_concurrency": bench.fetch.per_host_concurrency,
        "extract_workers": bench.collect.extract_workers or os.cpu_count() or 1,
    }


# -- wrapped-link search feed ------------------------------------------------------------------
_WALL_PHRASES = re.compile(
    r"subscribe|subscriber|cookies|privacy|partners store|before you continue|free articles",
    re.IGNORECASE,
)


def _junk(article: Article, base: str) -> bool:
    """Whether a stored article's text is not its page's article text (a wall, a stub...)."""
    if article.headline_only:
        return bool(article.text)
    from newsbeat.bench.newssite import article_paragraphs

    match = re.fullmatch(re.escape(base) + r"/a/(\d+)\.html", article.url or "")
    if match is None or _WALL_PHRASES.search(article.text):
        return True
    known = article_paragraphs(int(match.group(1)))
    paragraphs = article.paragraphs
    return not paragraphs or sum(p in known for p in paragraphs) < 0.8 * len(paragraphs)


def _collect_feed(settings: Settings, base: str, site: str) -> dict[str, object]:
    """Collect the bench site's search feed into a fresh store; what became of its items."""
    from newsbeat.beats import define_beat
    from newsbeat.collect.run import CollectOptions, collect
    from newsbeat.models import Source

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "links.db"))
        try:
            define_beat(store, "harbour")
            template = f"{base}{site}/rss/search?q={{query}}&hl=en-US&gl=US&ceid=US:en"
            store.add_source(Source(type="search", url=template, beat="harbour"))
            report = collect(store, settings, CollectOptions(beat="harbour", use_search=False))
            articles = list(store.iter_articles())
        finally:
            store.close()
    statuses = Counter(a.text_status for a in articles)
    return {
        "stored": len(articles),
        "full": statuses.get("full", 0),
        "link_only": sum(n for s, n in statuses.items() if s != "full"),
        "by_status": dict(sorted(statuses.items())),
        "links_resolved": report.progress.links_resolved,
        "links_unresolved": report.progress.links_unresolved,
        "failed": len(report.failures),
        "junk_texts": sum(_junk(a, base) for a in articles),
        "seconds": round(report.seconds, 2),
    }


def links_benchmark(
    settings: Settings, *, items: int = 100, latency: float = 0.002
) -> dict[str, object]:
    """What ``run`` makes of a news-search feed whose links are all wrapped (newer form).

    The bench server (:mod:`newsbeat.bench.newssite`) serves a recorded-form feed of ``items``
    entries; most lead to article pages, every twentieth from the 3rd to a paywall stub, from
    the 7th to a consent interstitial, from the 11th to an AMP copy (whose canonical page is
    the article), and two in a hundred to pages robots.txt forbids. It is collected twice into
    fresh stores: once with the site's decoding endpoint reachable, once with it answering 503.

    Returns:
        ``resolved_share`` (items that ended as full articles, endpoint reachable),
        ``link_only_share`` (items stored headline only, endpoint unreachable),
        ``junk_texts`` (stored texts, both runs, that are not their article's), and per run
        (``reachable``, ``unreachable``) what became of the items; ``junk_without_walls``
        counts the planted walls that the text extraction alone would have stored as text.
    """
    fetch = replace(
        settings.fetch,
        per_host_concurrency=min(4, settings.fetch.concurrency),
        per_host_delay=0.0,
        retries=0,
    )
    process, base = _start_server(max(items, 1), latency, items=items)
    try:
        runs = {}
        for name, site in (("reachable", "/news"), ("unreachable", "/down")):
            collect_settings = replace(settings.collect, news_links_url=base + site)
            bench = settings.with_overrides(fetch=fetch, collect=collect_settings)
            runs[name] = _collect_feed(bench, base, site)
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
    reachable, unreachable = runs["reachable"], runs["unreachable"]
    assert isinstance(reachable["full"], int) and isinstance(unreachable["link_only"], int)
    assert isinstance(reachable["junk_texts"], int) and isinstance(unreachable["junk_texts"], int)
    return {
        "items": items,
        "resolved_share": round(reachable["full"] / items, 4) if items else 0.0,
        "link_only_share": round(unreachable["link_only"] / items, 4) if items else 0.0,
        "junk_texts": reachable["junk_texts"] + unreachable["junk_texts"],
        "planted": dict(Counter(_kinds(items))),
        "junk_without_walls": _unscreened_junk(items),
        "reachable": reachable,
        "unreachable": unreachable,
    }


def _unscreened_junk(items: int) -> int:
    """How many of the planted paywall stubs and consent pages the text extraction alone
    (walls not screened) would have stored as an article's text."""
    from newsbeat.bench.newssite import item_kind, wall_page

    count = 0
    for index in range(items):
        kind = item_kind(index)
        page = (
            wall_page("http://127.0.0.1", kind, index) if kind in ("paywall", "consent") else None
        )
        if page is None:
            continue
        try:
            extract_article(
                page.decode(), url=f"http://127.0.0.1/w/{kind}/{index}.html", options=_TEXT_ONLY
            )
        except ExtractionError:
            continue
        count += 1
    return count


def _kinds(items: int) -> list[str]:
    from newsbeat.bench.newssite import item_kind

    return [item_kind(i) for i in range(items)]
