"""Settings: sections read and checked, old flat keys with a warning, the example file, and
each stage receiving the value its section sets."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
import tomllib
import warnings
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.collect.fetcher import Fetcher, FetchOptions
from newsbeat.collect.run import make_executor, search_sources
from newsbeat.compare.analysis import AnalysisOptions
from newsbeat.compare.summarise import SummaryOptions
from newsbeat.enrich import stage as enrich_module
from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.stage import enrich_stage
from newsbeat.exceptions import ConfigError
from newsbeat.executors import ExecutorChoice, SerialExecutor
from newsbeat.models import Article
from newsbeat.report.alerts import _client as alert_client
from newsbeat.settings import (
    FLAT_KEYS,
    CollectSettings,
    FetchSettings,
    Section,
    Settings,
    StoriesSettings,
    default_db_path,
    example_toml,
    load_settings,
    parse_settings,
    section_types,
    settings_toml,
)
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.dedupe import DedupeOptions, dedupe_options
from newsbeat.stories.stage import cluster_options

EXAMPLE = Path(__file__).resolve().parent.parent / "settings.example.toml"

# A valid value other than the default for every setting, by section.
SAMPLE: dict[str, dict[str, Any]] = {
    "store": {"db": "elsewhere.db"},
    "fetch": {
        "user_agent": "beatbot/2",
        "contact": "desk@example.org",
        "concurrency": 5,
        "per_host_concurrency": 1,
        "per_host_delay": 1.5,
        "connect_timeout": 3.0,
        "read_timeout": 4.0,
        "total_timeout": 9.0,
        "retries": 0,
        "retry_backoff": 0.25,
        "max_retry_wait": 7.0,
        "max_body_bytes": 1000,
        "max_redirects": 0,
    },
    "collect": {
        "since": "3d",
        "max_urls_per_source": 12,
        "extract_workers": 3,
        "gdelt_url": "http://127.0.0.1:9/gdelt",
        "gdelt_min_interval": 0.0,
        "gdelt_max_records": 50,
        "search_feed_template": "http://127.0.0.1:9/search?q={query}",
        "news_links_url": "http://127.0.0.1:9/news",
    },
    "ingest": {
        "max_document_bytes": 1000,
        "max_article_bytes": 2000,
        "max_line_bytes": 3000,
        "max_file_bytes": 4000,
        "max_gzip_ratio": 20.0,
    },
    "search": {"max_query_chars": 80, "max_terms": 4, "max_prefix_terms": 0, "timeout": 0.5},
    "dedupe": {"threshold": 0.95, "window_days": 7},
    "stories": {
        "threshold": 0.3,
        "revive_threshold": 0.6,
        "merge_threshold": 0.25,
        "dormant_days": 2.5,
        "min_words": 0,
        "short_threshold": 0.5,
    },
    "enrich": {
        "spacy_model": "xx_test_pipeline",
        "processes": 1,
        "dask_scheduler": "tcp://127.0.0.1:8786",
        "dask_workers": 2,
    },
    "summarise": {"sentences": 2},
    "alerts": {
        "dormant_days": 3.5,
        "feed_dir": "/srv/feeds",
        "feed_entries": 20,
        "feed_min_outlets": 3,
        "webhook_attempts": 2,
        "webhook_backoff": 0.25,
    },
    "smtp": {
        "host": "mail.paper.test",
        "port": 2525,
        "user": "desk",
        "password": "hunter2-sample",
        "sender": "newsbeat@paper.test",
        "security": "tls",
        "ca_file": "/etc/ssl/paper.pem",
        "timeout": 5.0,
    },
}

# The keys of the settings file before it had sections (release 0.1).
OLD_FLAT_KEYS = {
    "db",
    "spacy_model",
    "enrich_processes",
    "user_agent",
    "contact",
    "concurrency",
    "per_host_concurrency",
    "per_host_delay",
    "connect_timeout",
    "read_timeout",
    "total_timeout",
    "retries",
    "max_body_bytes",
    "max_redirects",
    "gdelt_url",
    "gdelt_min_interval",
    "search_feed_template",
    "retry_backoff",
    "max_retry_wait",
    "gdelt_max_records",
    "collect_since",
    "max_urls_per_source",
    "extract_workers",
    "summary_sentences",
    "dedupe_threshold",
    "dedupe_window_days",
    "story_threshold",
    "story_revive_threshold",
    "story_merge_threshold",
    "story_dormant_days",
    "story_min_words",
    "story_short_threshold",
}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _toml(sections: dict[str, dict[str, Any]]) -> str:
    """TOML of plain values (a JSON string, number or boolean is the same in TOML)."""
    return "".join(
        f"[{name}]\n" + "".join(f"{key} = {json.dumps(v)}\n" for key, v in values.items())
        for name, values in sections.items()
    )


def _loaded(tmp_path: Path, sections: dict[str, dict[str, Any]]) -> Settings:
    return load_settings(_write(tmp_path, _toml(sections)))


# -- the example file --------------------------------------------------------------------------
def test_the_example_file_is_the_generated_text() -> None:
    assert EXAMPLE.read_text(encoding="utf-8") == example_toml(), (
        "regenerate it: python -c 'from newsbeat.settings import example_toml; "
        'print(example_toml(), end="")\' > settings.example.toml'
    )


def test_the_example_file_loads_to_the_defaults_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_settings(EXAMPLE) == Settings()


def test_the_example_lists_every_section_and_key_with_an_explanation() -> None:
    listed = tomllib.loads(example_toml())
    types = section_types()
    assert {name: set(keys) for name, keys in listed.items()} == {
        name: {f.name for f in dataclasses.fields(cls)} for name, cls in types.items()
    }
    text = example_toml()
    for name, cls in types.items():
        for field in dataclasses.fields(cls):
            doc = field.metadata["doc"]
            assert doc and "\n" not in doc, f"{name}.{field.name} needs a one-line explanation"
            assert f"# {doc}\n{field.name} = " in text


def test_the_samples_cover_every_setting() -> None:
    # so that the loading tests below see a new setting too
    assert {n: set(v) for n, v in SAMPLE.items()} == {
        n: {f.name for f in dataclasses.fields(cls)} for n, cls in section_types().items()
    }


# -- loading sections --------------------------------------------------------------------------
@pytest.mark.parametrize("section", list(SAMPLE))
def test_each_section_loads_from_its_table(tmp_path: Path, section: str) -> None:
    settings = _loaded(tmp_path, {section: SAMPLE[section]})
    assert dataclasses.asdict(getattr(settings, section)) == SAMPLE[section]
    for other in SAMPLE:
        if other != section:
            assert getattr(settings, other) == getattr(Settings(), other)


def test_an_integer_is_taken_for_a_float(tmp_path: Path) -> None:
    settings = _loaded(tmp_path, {"fetch": {"total_timeout": 30}, "stories": {"dormant_days": 3}})
    assert settings.fetch.total_timeout == 30.0 and isinstance(settings.fetch.total_timeout, float)
    assert isinstance(settings.stories.dormant_days, float)


def test_settings_toml_reads_back_to_the_same_settings(tmp_path: Path) -> None:
    odd = Settings(
        fetch=FetchSettings(
            user_agent='bot "quoted" \\ back\tslash\x7f', contact="rédaction@ex.fr"
        ),
        collect=CollectSettings(since="2026-02-03"),
    )
    assert load_settings(_write(tmp_path, settings_toml(odd))) == odd


def test_with_overrides_replaces_the_database_or_a_section() -> None:
    base = parse_settings(SAMPLE)
    moved = base.with_overrides(db="other.db")
    assert moved.store.db == "other.db" and moved.db_path == "other.db"
    assert moved.fetch == base.fetch and moved.stories == base.stories
    assert base.with_overrides(db=None) == base
    faster = base.with_overrides(fetch=FetchSettings(concurrency=64))
    assert faster.fetch.concurrency == 64 and faster.store == base.store


def test_an_empty_db_means_the_default_database() -> None:
    assert Settings().db_path == str(default_db_path())
    assert Path(Settings().db_path).name == "newsbeat.db"


# -- environment ------------------------------------------------------------------------------
def test_environment_database_overrides_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBEAT_DB", str(tmp_path / "env.db"))
    settings = _loaded(tmp_path, {"store": {"db": "file.db"}, "summarise": {"sentences": 2}})
    assert settings.db_path == str(tmp_path / "env.db")
    assert settings.summarise.sentences == 2


def test_newsbeat_config_names_the_file_unless_a_path_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / "env.toml"
    env_file.write_text("[fetch]\nconcurrency = 3\n", encoding="utf-8")
    monkeypatch.setenv("NEWSBEAT_CONFIG", str(env_file))
    assert load_settings().fetch.concurrency == 3
    assert load_settings(_write(tmp_path, "[fetch]\nconcurrency = 4\n")).fetch.concurrency == 4
    monkeypatch.setenv("NEWSBEAT_CONFIG", str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError, match=r"gone\.toml: settings file not found"):
        load_settings()


def test_the_user_config_file_is_read_when_nothing_is_named(tmp_path: Path) -> None:
    home = tmp_path / "xdg-config" / "newsbeat"
    home.mkdir(parents=True)
    (home / "settings.toml").write_text("[enrich]\nprocesses = 5\n", encoding="utf-8")
    assert load_settings().enrich.processes == 5


def test_no_settings_file_gives_the_defaults() -> None:
    assert load_settings() == Settings()


# -- errors ------------------------------------------------------------------------------------
BAD = [
    (
        "[fetch]\nconcurency = 4\n",
        r"unknown setting fetch\.concurency \(did you mean fetch\.concurrency\?\); known in "
        r"\[fetch\]: .*",
    ),
    (
        "[fetc]\nconcurrency = 4\n",
        r"unknown section \[fetc\] \(did you mean \[fetch\]\?\); known: alerts, collect, dedupe, ",
    ),
    (
        "[colour]\nx = 1\n",
        r"unknown section \[colour\]; known: alerts, collect, dedupe, enrich, fetch, ",
    ),
    ("concurency = 4\n", r"unknown setting concurency \(did you mean fetch\.concurrency\?\)"),
    ("fetch = 4\n", r"fetch must be a \[fetch\] section, got 4"),
    ('[fetch]\nretries = "three"\n', r'fetch\.retries must be an integer, got "three"'),
    ("[fetch]\nretries = 1.5\n", r"fetch\.retries must be an integer, got 1\.5"),
    ("[fetch]\nconcurrency = true\n", r"fetch\.concurrency must be an integer, got true"),
    ("[stories]\nthreshold = false\n", r"stories\.threshold must be a number, got false"),
    ("[enrich]\nspacy_model = 3\n", r"enrich\.spacy_model must be a string, got 3"),
    ("[fetch]\nconcurrency = 0\n", r"fetch\.concurrency must be at least 1, got 0"),
    ("[fetch]\nper_host_concurrency = 0\n", r"fetch\.per_host_concurrency must be at least 1"),
    ("[fetch]\nretries = -1\n", r"fetch\.retries must be at least 0, got -1"),
    ("[fetch]\nmax_redirects = -1\n", r"fetch\.max_redirects must be at least 0"),
    ("[fetch]\nmax_body_bytes = 0\n", r"fetch\.max_body_bytes must be at least 1"),
    ("[fetch]\nconnect_timeout = 0\n", r"fetch\.connect_timeout must be above 0, got 0\.0"),
    ("[fetch]\nper_host_delay = -0.5\n", r"fetch\.per_host_delay must be at least 0"),
    ('[fetch]\nuser_agent = " "\n', r"fetch\.user_agent must not be empty"),
    ("[collect]\ngdelt_max_records = 251\n", r"collect\.gdelt_max_records must be at most 250"),
    ("[collect]\nextract_workers = -2\n", r"collect\.extract_workers must be at least 0"),
    ('[collect]\nsince = "soon"\n', r"collect\.since must be a date \(2026-02-03\) or an age"),
    (
        '[collect]\nsearch_feed_template = "https://news.example/rss?q=all"\n',
        r"collect\.search_feed_template must contain \{query\}",
    ),
    ("[dedupe]\nthreshold = -0.1\n", r"dedupe\.threshold must be at least 0, got -0\.1"),
    ("[stories]\nthreshold = 1.5\n", r"stories\.threshold must be at most 1, got 1\.5"),
    ("[stories]\ndormant_days = 0\n", r"stories\.dormant_days must be above 0"),
    ("[stories]\nmerge_threshold = nan\n", r"stories\.merge_threshold must be a finite number"),
    ("[fetch]\ntotal_timeout = inf\n", r"fetch\.total_timeout must be a finite number"),
    ("[enrich]\nprocesses = 0\n", r"enrich\.processes must be at least 1"),
    ("[enrich]\ndask_workers = -1\n", r"enrich\.dask_workers must be at least 0"),
    (
        '[enrich]\ndask_scheduler = "localhost"\n',
        r"enrich\.dask_scheduler must be a scheduler address like tcp://host:8786",
    ),
    ("[summarise]\nsentences = 0\n", r"summarise\.sentences must be at least 1"),
    ("retries = [\n", r"not a valid TOML settings file"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_settings_are_a_config_error_naming_the_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=re.escape(str(path)) + ": " + message):
        load_settings(path)


def test_an_unknown_key_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(_write(tmp_path, "[stories]\ntreshold = 0.3\n"))
    for key in ("threshold", "revive_threshold", "merge_threshold", "min_words"):
        assert key in str(caught.value)


def test_a_missing_named_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing\.toml: settings file not found"):
        load_settings(tmp_path / "missing.toml")


def test_a_folder_is_not_a_settings_file(tmp_path: Path, cli: CliRunner) -> None:
    with pytest.raises(ConfigError, match=re.escape(str(tmp_path)) + ": is a folder"):
        load_settings(tmp_path)
    result = cli.invoke(app, ["source", "list", "--config", str(tmp_path), "--json"])
    assert result.exit_code == 2
    assert "is a folder" in result.stderr and "Traceback" not in result.output


def test_sections_check_values_built_in_code_too() -> None:
    with pytest.raises(ConfigError, match=r"^fetch\.concurrency must be at least 1, got 0$"):
        FetchSettings(concurrency=0)
    with pytest.raises(ConfigError, match=r"stories\.threshold must be a number, got true"):
        StoriesSettings(threshold=True)
    assert StoriesSettings(dormant_days=3).dormant_days == 3.0


# -- the old flat keys ----------------------------------------------------------------------
def test_every_old_flat_key_has_a_new_place() -> None:
    assert set(FLAT_KEYS) == OLD_FLAT_KEYS
    types = section_types()
    for section, key in FLAT_KEYS.values():
        assert key in {f.name for f in dataclasses.fields(types[section])}


@pytest.mark.parametrize("flat", sorted(OLD_FLAT_KEYS))
def test_a_flat_key_still_works_with_a_future_warning(tmp_path: Path, flat: str) -> None:
    section, key = FLAT_KEYS[flat]
    value = SAMPLE[section][key]
    path = _write(tmp_path, f"{flat} = {json.dumps(value)}\n")
    expected = re.escape(f"{flat} -> [{section}] {key}")
    with pytest.warns(FutureWarning, match=expected):
        settings = load_settings(path)
    assert getattr(getattr(settings, section), key) == value


def test_flat_keys_mix_with_sections(tmp_path: Path) -> None:
    path = _write(tmp_path, 'concurrency = 4\ncollect_since = "3d"\n[stories]\nthreshold = 0.3\n')
    with pytest.warns(FutureWarning, match=r"deprecated.*next release") as caught:
        settings = load_settings(path)
    assert len(caught) == 1  # one warning for the file, naming every move
    message = str(caught[0].message)
    assert str(path) in message
    assert "concurrency -> [fetch] concurrency" in message
    assert "collect_since -> [collect] since" in message
    assert settings.fetch.concurrency == 4 and settings.collect.since == "3d"
    assert settings.stories.threshold == 0.3


def test_a_bad_flat_value_names_its_new_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "story_threshold = 2.0\n")
    with (
        pytest.warns(FutureWarning),
        pytest.raises(ConfigError, match=r"stories\.threshold must be at most 1"),
    ):
        load_settings(path)


def test_a_flat_key_and_its_section_key_together_are_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "retries = 1\n[fetch]\nretries = 2\n")
    with pytest.raises(ConfigError, match=r"fetch\.retries is set twice"):
        load_settings(path)


# -- each stage gets its section --------------------------------------------------------------
def test_stage_options_take_their_defaults_from_the_sections() -> None:
    fetch = FetchSettings()
    assert all(getattr(FetchOptions(), f.name) == getattr(fetch, f.name) for f in _fields(fetch))
    stories = StoriesSettings()
    assert all(
        getattr(ClusterOptions(), f.name) == getattr(stories, f.name) for f in _fields(stories)
    )
    defaults = Settings()
    assert DedupeOptions().threshold == defaults.dedupe.threshold
    assert DedupeOptions().window_days == defaults.dedupe.window_days
    assert SummaryOptions().sentences == defaults.summarise.sentences
    assert EnrichOptions().model == defaults.enrich.spacy_model
    assert EnrichOptions().processes == defaults.enrich.processes


def _fields(section: object) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(section)  # type: ignore[arg-type]


class _Page(httpx.AsyncByteStream):
    """A streamed body, as the fetcher reads it from a network."""

    async def __aiter__(self):  # type: ignore[override]
        yield b"<p>page</p>"


def test_the_fetch_section_reaches_the_fetcher(tmp_path: Path) -> None:
    settings = _loaded(tmp_path, {"fetch": {"concurrency": 2, "per_host_delay": 0.0}})
    options = FetchOptions.from_settings(settings)
    assert options.concurrency == 2 and options.per_host_delay == 0.0
    assert options.user_agent == Settings().fetch.user_agent and options.obey_robots
    in_flight, most = 0, 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.05)
        in_flight -= 1
        return httpx.Response(200, headers={"content-type": "text/html"}, stream=_Page())

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            fetcher = Fetcher(client, options)
            await asyncio.gather(*(fetcher.fetch(f"http://h{i}.test/a") for i in range(6)))

    asyncio.run(go())
    assert most == 2  # six hosts, but two requests in flight at most


def test_the_fetch_section_reaches_alert_delivery(tmp_path: Path) -> None:
    settings = parse_settings(SAMPLE)
    with alert_client(settings) as client:
        assert client.timeout.read == 4.0 and client.timeout.connect == 3.0
        assert client.timeout.pool == 9.0
        assert client.headers["user-agent"] == "beatbot/2"


def test_the_collect_section_reaches_collecting() -> None:
    collect = parse_settings(SAMPLE).collect
    assert [s.url for s in search_sources(collect, "alliance")] == [
        SAMPLE["collect"]["gdelt_url"],
        SAMPLE["collect"]["search_feed_template"],
    ]
    threads = make_executor(CollectSettings(extract_workers=1))
    processes = make_executor(CollectSettings(extract_workers=3))
    try:
        assert isinstance(threads, ThreadPoolExecutor)
        assert isinstance(processes, ProcessPoolExecutor)
        assert processes._max_workers == 3  # type: ignore[attr-defined]
    finally:
        threads.shutdown()
        processes.shutdown()


def test_the_dedupe_and_stories_sections_reach_their_stages() -> None:
    settings = parse_settings(SAMPLE)
    dedupe = dedupe_options(settings)
    assert (dedupe.threshold, dedupe.window_days) == (0.95, 7)
    cluster = cluster_options(settings).cluster
    for key, value in SAMPLE["stories"].items():
        assert getattr(cluster, key) == value


def test_the_summarise_section_reaches_summaries() -> None:
    settings = parse_settings(SAMPLE)
    assert SummaryOptions.from_settings(settings).sentences == 2
    assert AnalysisOptions.from_settings(settings).summary.sentences == 2


def test_the_enrich_section_reaches_the_enrich_stage(
    fresh_store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []

    def fake_version(model: str) -> str:
        seen.append(model)
        return "test-1+rules1"

    def fake_executor(choice: ExecutorChoice) -> SerialExecutor:
        seen.append(choice)
        return SerialExecutor()

    def fake_enrich(
        articles: object, options: EnrichOptions, executor: object, *, count: int
    ) -> list[object]:
        seen.extend([options, count])
        return []

    monkeypatch.setattr(enrich_module, "analysis_version", fake_version)
    monkeypatch.setattr(enrich_module, "open_executor", fake_executor)
    monkeypatch.setattr(enrich_module, "enrich_articles", fake_enrich)
    fresh_store.add_articles([Article(title="T", text="Some words here.", url="https://e.x/1")])
    enrich_stage(fresh_store, parse_settings(SAMPLE), RunOptions())
    assert seen == [
        "xx_test_pipeline",  # the version the stale count compares with, before anything opens
        ExecutorChoice(processes=1, dask_scheduler="tcp://127.0.0.1:8786", dask_workers=2),
        "xx_test_pipeline",
        EnrichOptions(model="xx_test_pipeline", processes=1),
        1,
    ]


def test_a_section_field_of_another_type_is_a_programming_error() -> None:
    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Listy(Section):
        NAME = "listy"
        names: list[str] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match=r"Listy\.names: a setting is a str, int, float or bool"):
        Listy()


def test_cli_shows_a_flat_key_warning_as_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsbeat.cli import app
    from newsbeat.store import SQLiteStore

    config = tmp_path / "flat.toml"
    config.write_text("concurrency = 4\n", encoding="utf-8")
    SQLiteStore(tmp_path / "x.db").close()  # read-only commands need an existing database
    result = CliRunner().invoke(
        app, ["beat", "list", "--config", str(config), "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 0, result.output
    assert "warning:" in result.stderr and "[fetch] concurrency" in result.stderr
    assert "FutureWarning" not in result.stderr
