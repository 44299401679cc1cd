"""Reading settings: the TOML file (sections, or the old flat keys), then the environment.

Precedence, lowest first: defaults, the settings file (``--config PATH``, ``NEWSBEAT_CONFIG``,
else ``settings.toml`` in the user config dir), environment variables (``NEWSBEAT_DB``), then
command-line options (applied by the caller with :meth:`Settings.with_overrides`).
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import tomllib
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs

from newsbeat.exceptions import ConfigError
from newsbeat.settings._fields import Section, shown
from newsbeat.settings.sections import APP_NAME, Settings, section_types

__all__ = ["FLAT_KEYS", "default_config_path", "load_settings", "parse_settings"]

# The flat keys of the settings file before it had sections, and where each went. They are
# read (with a FutureWarning) for one release, then this table goes.
FLAT_KEYS: dict[str, tuple[str, str]] = {
    "db": ("store", "db"),
    **{
        key: ("fetch", key)
        for key in (
            "user_agent",
            "contact",
            "concurrency",
            "per_host_concurrency",
            "per_host_delay",
            "connect_timeout",
            "read_timeout",
            "total_timeout",
            "retries",
            "retry_backoff",
            "max_retry_wait",
            "max_body_bytes",
            "max_redirects",
        )
    },
    "collect_since": ("collect", "since"),
    **{
        key: ("collect", key)
        for key in (
            "max_urls_per_source",
            "extract_workers",
            "gdelt_url",
            "gdelt_min_interval",
            "gdelt_max_records",
            "search_feed_template",
        )
    },
    "dedupe_threshold": ("dedupe", "threshold"),
    "dedupe_window_days": ("dedupe", "window_days"),
    "story_threshold": ("stories", "threshold"),
    "story_revive_threshold": ("stories", "revive_threshold"),
    "story_merge_threshold": ("stories", "merge_threshold"),
    "story_dormant_days": ("stories", "dormant_days"),
    "story_min_words": ("stories", "min_words"),
    "story_short_threshold": ("stories", "short_threshold"),
    "spacy_model": ("enrich", "spacy_model"),
    "enrich_processes": ("enrich", "processes"),
    "summary_sentences": ("summarise", "sentences"),
}


def default_config_path() -> Path:
    """Where the settings file is looked for when none is named."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "settings.toml"


def load_settings(path: str | Path | None = None) -> Settings:
    """Read settings from the file (if any) and the environment.

    Args:
        path: a TOML settings file; None looks at ``NEWSBEAT_CONFIG`` then the user config dir.

    Returns:
        The settings.

    Raises:
        ConfigError: the file is missing (when named), unreadable, not TOML, or has an unknown
            section or key, a value of the wrong type or out of range; the message names the
            file and the ``section.key``.
    """
    explicit = path or os.environ.get("NEWSBEAT_CONFIG")
    file = Path(explicit) if explicit else default_config_path()
    settings = parse_settings(_read(file, required=bool(explicit)), source=str(file))
    if env_db := os.environ.get("NEWSBEAT_DB"):
        settings = settings.with_overrides(db=env_db)
    return _smtp_from_environment(settings)


# The mail server's settings that the environment overrides (the password is best kept there).
SMTP_ENVIRONMENT = {
    "NEWSBEAT_SMTP_HOST": "host",
    "NEWSBEAT_SMTP_PORT": "port",
    "NEWSBEAT_SMTP_USER": "user",
    "NEWSBEAT_SMTP_PASSWORD": "password",
    "NEWSBEAT_SMTP_FROM": "sender",
    "NEWSBEAT_SMTP_SECURITY": "security",
}


def _smtp_from_environment(settings: Settings) -> Settings:
    """The settings with the ``NEWSBEAT_SMTP_*`` variables that are set (non-empty) applied."""
    changes: dict[str, Any] = {}
    for variable, name in SMTP_ENVIRONMENT.items():
        value = os.environ.get(variable)
        if not value:
            continue
        if name == "port":
            try:
                changes[name] = int(value)
            except ValueError:
                raise ConfigError(f"{variable} must be an integer, got {value!r}") from None
        else:
            changes[name] = value
    if not changes:
        return settings
    try:
        smtp = dataclasses.replace(settings.smtp, **changes)
    except ConfigError as exc:
        names = ", ".join(v for v, n in SMTP_ENVIRONMENT.items() if n in changes)
        raise ConfigError(f"{names}: {exc}") from None
    return settings.with_overrides(smtp=smtp)


def _read(file: Path, *, required: bool) -> dict[str, Any]:
    if file.is_dir():
        raise ConfigError(f"{file}: is a folder, not a settings file")
    if not file.exists():
        if required:
            raise ConfigError(f"{file}: settings file not found")
        return {}
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read the settings file: {exc.strerror}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not a valid TOML settings file: {exc}") from exc


def parse_settings(data: Mapping[str, Any], *, source: str = "settings") -> Settings:
    """Settings from the parsed TOML of a settings file, checked.

    Args:
        data: ``{section: {key: value}}``; old flat keys (``concurrency = 4``) are accepted
            with a :class:`FutureWarning` naming where they now go.
        source: what the data came from (the file), put at the start of every error.

    Returns:
        The settings, defaults where the data says nothing.

    Raises:
        ConfigError: an unknown section or key, a value of the wrong type or out of range.
    """
    types = section_types()
    values = _by_section(data, types, source)
    flat = {key: FLAT_KEYS[key] for key in data if key in FLAT_KEYS}
    for key, (section, name) in flat.items():
        if name in values[section]:
            raise ConfigError(
                f"{source}: {section}.{name} is set twice, as [{section}] {name} and as the "
                f"old flat key {key}; keep the [{section}] one"
            )
        values[section][name] = data[key]
    if flat:
        moves = ", ".join(f"{key} -> [{s}] {name}" for key, (s, name) in flat.items())
        warnings.warn(
            f"{source}: flat settings are deprecated and will stop working in the next "
            f"release; move them into sections: {moves}",
            FutureWarning,
            stacklevel=3,  # the caller of load_settings
        )
    try:
        sections: dict[str, Any] = {name: types[name](**values[name]) for name in types}
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    return Settings(**sections)


def _by_section(
    data: Mapping[str, Any], types: Mapping[str, type[Section]], source: str
) -> dict[str, dict[str, Any]]:
    """The values of each section's table; an error for anything unknown (flat keys are
    left to the caller)."""
    values: dict[str, dict[str, Any]] = {name: {} for name in types}
    for key, value in data.items():
        if key in types:
            if not isinstance(value, Mapping):
                raise ConfigError(f"{source}: {key} must be a [{key}] section, got {shown(value)}")
            known = {f.name for f in dataclasses.fields(types[key])}
            for name, item in value.items():
                if name not in known:
                    hint = _suggestion(name, {k: f"{key}.{k}" for k in known})
                    raise ConfigError(
                        f"{source}: unknown setting {key}.{name}{hint}; "
                        f"known in [{key}]: {', '.join(sorted(known))}"
                    )
                values[key][name] = item
        elif key in FLAT_KEYS:
            continue
        elif isinstance(value, Mapping):
            hint = _suggestion(key, {name: f"[{name}]" for name in types})
            raise ConfigError(
                f"{source}: unknown section [{key}]{hint}; known: {', '.join(sorted(types))}"
            )
        else:
            hint = _suggestion(key, _flat_places(types))
            raise ConfigError(
                f"{source}: unknown setting {key}{hint}; settings go in sections, known: "
                f"{', '.join(_all_keys(types))}"
            )
    return values


def _all_keys(types: Mapping[str, type[Section]]) -> list[str]:
    return [f"{name}.{f.name}" for name, cls in types.items() for f in dataclasses.fields(cls)]


def _suggestion(word: str, places: Mapping[str, str]) -> str:
    """`` (did you mean fetch.concurrency?)`` when ``word`` is close to a key of ``places``."""
    close = difflib.get_close_matches(word, list(places), n=1)
    return f" (did you mean {places[close[0]]}?)" if close else ""


def _flat_places(types: Mapping[str, type[Section]]) -> dict[str, str]:
    """Where a flat key may have been meant to go: new key names and old flat keys."""
    places = {name.rsplit(".", 1)[1]: name for name in reversed(_all_keys(types))}
    places.update({old: f"{section}.{new}" for old, (section, new) in FLAT_KEYS.items()})
    return places
