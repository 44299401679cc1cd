"""Settings: one frozen, keyword-only dataclass, read from a TOML file and the environment.

Precedence, lowest first: defaults, the settings file (``--config PATH``, ``NEWSBEAT_CONFIG``,
else ``settings.toml`` in the user config dir), environment variables (``NEWSBEAT_DB``), then
command-line options.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from newsbeat.exceptions import ConfigError

__all__ = ["Settings", "default_db_path", "load_settings"]

APP_NAME = "newsbeat"


def default_db_path() -> Path:
    """The default database: ``newsbeat.db`` in the user data dir."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "newsbeat.db"


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything configurable. Each field is also a key of the settings file."""

    db: str = ""
    spacy_model: str = "en_core_web_sm"
    enrich_processes: int = 2
    user_agent: str = "newsbeat/0.1 (+https://github.com/newsbeat/newsbeat)"
    contact: str = ""
    concurrency: int = 16
    per_host_concurrency: int = 2
    per_host_delay: float = 0.5
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    retries: int = 3
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10
    gdelt_url: str = "https://api.gdeltproject.org/api/v2/doc/doc"
    gdelt_min_interval: float = 5.0
    search_feed_template: str = "https://news.google.com/rss/search?q={query}&hl=en"
    # collect (issue 3): retries, keyword search and extraction workers
    retry_backoff: float = 0.5
    max_retry_wait: float = 60.0
    gdelt_max_records: int = 250
    collect_since: str = "7d"
    max_urls_per_source: int = 500
    extract_workers: int = 0
    summary_sentences: int = 4
    # dedupe and stories (issue 4): thresholds chosen on data, see docs/stories.md
    dedupe_threshold: float = 0.8
    dedupe_window_days: int = 30
    story_threshold: float = 0.23
    story_revive_threshold: float = 0.45
    story_merge_threshold: float = 0.18
    story_dormant_days: float = 5.0
    story_min_words: int = 20
    story_short_threshold: float = 0.23

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with the given fields replaced (None values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def db_path(self) -> str:
        """The database location to open."""
        return self.db or str(default_db_path())


def load_settings(path: str | Path | None = None) -> Settings:
    """Read settings from the file (if any) and the environment.

    Args:
        path: a TOML settings file; None looks at ``NEWSBEAT_CONFIG`` then the user config dir.

    Returns:
        The settings; unknown keys or wrong types raise :class:`ConfigError` naming the file.
    """
    explicit = path or os.environ.get("NEWSBEAT_CONFIG")
    file = (
        Path(explicit)
        if explicit
        else Path(platformdirs.user_config_dir(APP_NAME)) / "settings.toml"
    )
    values: dict[str, Any] = {}
    if file.exists():
        try:
            values = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: not a valid TOML settings file: {exc}") from exc
    elif explicit:
        raise ConfigError(f"{file}: settings file not found")
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(
                f"{file}: unknown setting {key!r} (known: {', '.join(sorted(fields))})"
            )
        default = getattr(Settings(), key)
        if isinstance(default, float) and isinstance(value, int):
            values[key] = float(value)
        elif not isinstance(value, type(default)):
            raise ConfigError(f"{file}: setting {key!r} must be {type(default).__name__}")
    if env_db := os.environ.get("NEWSBEAT_DB"):
        values["db"] = env_db
    return Settings(**values)
