"""GDELT as it really answers: plain-text errors with status 200, rate limiting (the run backs
off, then the source), and the words its query language ignores."""

from __future__ import annotations

import asyncio
import itertools
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsbeat.beats import define_beat
from newsbeat.collect import CollectOptions, collect
from newsbeat.collect.fetcher import Fetcher, FetchOptions, make_client
from newsbeat.collect.query import short_terms
from newsbeat.collect.sources import (
    GdeltRateLimited,
    PollContext,
    PollResult,
    RateLimiter,
    backing_off,
    parse_gdelt,
    poll_source,
)
from newsbeat.exceptions import FetchError
from newsbeat.models import Source
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore
from webserver import WebServer, fast_settings

ANSWERS = Path(__file__).parent / "fixtures" / "web" / "gdelt"


@pytest.mark.parametrize(
    ("name", "meaning"),
    [
        ("phrase-too-short", "a word or phrase of the query is too short for GDELT"),
        ("specified-phrase-too-short", "a word or phrase of the query is too short for GDELT"),
        ("timespan-too-short", "GDELT refused the time window"),
        ("parentheses", "GDELT could not read the query's OR groups or parentheses"),
        ("gateway-page", "GDELT answered with an error instead of results: '<!DOCTYPE html>"),
    ],
)
def test_plain_text_answers_are_explained_errors(name: str, meaning: str) -> None:
    text = (ANSWERS / f"{name}.txt").read_bytes()
    with pytest.raises(FetchError) as caught:
        parse_gdelt(text, url="https://api.gdeltproject.org/api/v2/doc/doc")
    assert not isinstance(caught.value, GdeltRateLimited)
    message = str(caught.value)
    assert message.startswith("https://api.gdeltproject.org/api/v2/doc/doc: ")
    assert meaning in message
    assert " ".join(text.decode().split())[:40] in message  # GDELT's own words are quoted


def test_the_rate_limit_answer_is_recognised() -> None:
    with pytest.raises(GdeltRateLimited, match="GDELT rate limit: it answered 'Please limit"):
        parse_gdelt((ANSWERS / "rate-limit.txt").read_bytes(), url="gdelt")


@pytest.mark.parametrize(
    ("query", "short"),
    [
        ("alliance", []),
        ("EU alliance", ["EU"]),
        ("G7 OR (UN AND summit) NOT uk", ["G7", "UN", "uk"]),
        ('"EU summit" alliance', []),  # inside a phrase GDELT keeps them
        ("eu OR eu*", ["eu"]),
    ],
)
def test_short_terms(query: str, short: list[str]) -> None:
    assert short_terms(query) == short


def _poll(
    server: WebServer, source: Source, query: str = "alliance", settings: Settings | None = None
) -> tuple[PollResult, RateLimiter]:
    settings = settings or fast_settings(server)
    options = FetchOptions.from_settings(settings)
    limiter = RateLimiter(settings.collect.gdelt_min_interval)

    async def go() -> PollResult:
        async with make_client(options) as client:
            context = PollContext(
                fetcher=Fetcher(client, options),
                collect=settings.collect,
                query=query,
                since=None,
                gdelt_limiter=limiter,
            )
            return await poll_source(source, context)

    return asyncio.run(go()), limiter


def test_a_text_error_from_the_server_is_a_clear_source_error(web_server: WebServer) -> None:
    url = web_server.url("/gdelt-answer/phrase-too-short")
    result, _ = _poll(web_server, Source(type="gdelt", url=url))
    assert result.status == "error" and not result.rate_limited
    assert result.error is not None and result.error.startswith(f"{url}: a word or phrase")


def test_a_rate_limit_answer_slows_the_run_down_and_asks_again(web_server: WebServer) -> None:
    key = f"again-{time.monotonic_ns()}"
    before = len(web_server.queries)
    result, limiter = _poll(
        web_server, Source(type="gdelt", url=web_server.url(f"/gdelt-limited/{key}/1"))
    )
    assert result.status == "ok" and len(result.candidates) == 3
    asked = [t for path, _, t in web_server.queries[before:] if key in path]
    assert len(asked) == 2
    assert limiter.interval == 0.6  # doubled from the 0.3 s of the test settings
    assert all(b - a >= 0.45 for a, b in itertools.pairwise(asked))


def test_a_source_that_stays_rate_limited_backs_off_across_runs(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    key = f"stays-{time.monotonic_ns()}"
    define_beat(fresh_store, "alliance")
    source = fresh_store.add_source(
        Source(type="gdelt", url=web_server.url(f"/gdelt-limited/{key}/99"), beat="alliance")
    )
    settings = fast_settings(web_server, collect={"gdelt_min_interval": 0.1})
    options = CollectOptions(beat="alliance", use_search=False)
    first = collect(fresh_store, settings, options)
    [failure] = first.failures
    assert failure.kind == "source" and "GDELT rate limit" in failure.error
    assert "3 times" in failure.error and "the source backs off" in failure.error
    [state] = fresh_store.list_sources()
    assert state.last_status == "rate limited" and state.consecutive_errors == 1
    assert web_server.keys[key] == 3

    second = collect(fresh_store, settings, options)  # within the back-off: not asked
    assert second.failures == [] and second.progress.sources_polled == 0
    assert web_server.keys[key] == 3
    assert any("rate limited at its last poll" in p for p in second.problems)
    [unchanged] = fresh_store.list_sources()
    assert unchanged.last_poll == state.last_poll and unchanged.consecutive_errors == 1
    assert source.id == unchanged.id


def test_back_off_grows_with_each_rate_limited_poll() -> None:
    at = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    source = Source(type="gdelt", url="g", last_poll=at.isoformat(), last_status="rate limited")
    source.consecutive_errors = 1
    assert backing_off(source, at + timedelta(seconds=30)) == "2026-03-02T12:01:00+00:00"
    assert backing_off(source, at + timedelta(seconds=61)) is None
    source.consecutive_errors = 3
    assert backing_off(source, at + timedelta(seconds=200)) == "2026-03-02T12:04:00+00:00"
    source.consecutive_errors = 30
    assert backing_off(source, at + timedelta(minutes=59)) == "2026-03-02T13:00:00+00:00"
    source.last_status = "error"
    assert backing_off(source, at) is None


def test_words_gdelt_ignores_are_warned_about(web_server: WebServer) -> None:
    before = len(web_server.queries)
    result, _ = _poll(
        web_server, Source(type="gdelt", url=web_server.url("/gdelt")), query="EU alliance"
    )
    assert result.status == "ok" and result.problem is not None
    assert "GDELT ignores words shorter than three letters ('EU')" in result.problem
    assert [q for p, q, _ in web_server.queries[before:] if p == "/gdelt"] == ["EU alliance"]


def test_a_query_of_short_words_only_is_not_sent(web_server: WebServer) -> None:
    before = len(web_server.queries)
    result, _ = _poll(
        web_server, Source(type="gdelt", url=web_server.url("/gdelt")), query="EU OR UK"
    )
    assert result.status == "error" and "no word of three letters or more" in (result.error or "")
    assert len(web_server.queries) == before
