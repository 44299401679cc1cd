"""Settings: one frozen dataclass per section of a TOML file, read with the environment.

``settings.fetch.concurrency`` is ``concurrency`` in the ``[fetch]`` section of the file. Each
setting is declared once (default, explanation, range) in :mod:`newsbeat.settings.sections`;
:func:`load_settings` reads and checks a file, :func:`example_toml` writes the example file.
"""

from __future__ import annotations

from newsbeat.settings._fields import Section
from newsbeat.settings.example import example_toml, settings_toml
from newsbeat.settings.load import FLAT_KEYS, default_config_path, load_settings, parse_settings
from newsbeat.settings.sections import (
    APP_NAME,
    SMTP_SECURITY,
    AlertsSettings,
    CollectSettings,
    DedupeSettings,
    EnrichSettings,
    FetchSettings,
    IngestSettings,
    SearchSettings,
    Settings,
    SmtpSettings,
    StoreSettings,
    StoriesSettings,
    SummariseSettings,
    default_db_path,
    section_types,
)

__all__ = [
    "APP_NAME",
    "FLAT_KEYS",
    "SMTP_SECURITY",
    "AlertsSettings",
    "CollectSettings",
    "DedupeSettings",
    "EnrichSettings",
    "FetchSettings",
    "IngestSettings",
    "SearchSettings",
    "Section",
    "Settings",
    "SmtpSettings",
    "StoreSettings",
    "StoriesSettings",
    "SummariseSettings",
    "default_config_path",
    "default_db_path",
    "example_toml",
    "load_settings",
    "parse_settings",
    "section_types",
    "settings_toml",
]
