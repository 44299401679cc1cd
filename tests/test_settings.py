"""Settings files: the shipped example is valid and complete; bad files name themselves."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from newsbeat.exceptions import ConfigError
from newsbeat.settings import Settings, load_settings

EXAMPLE = Path(__file__).resolve().parent.parent / "settings.example.toml"


def test_the_example_file_loads_and_lists_every_setting() -> None:
    settings = load_settings(EXAMPLE)
    assert settings.contact == "news-desk@example.org"
    listed = set(tomllib.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert listed == {f.name for f in dataclasses.fields(Settings)}
    # apart from the contact address, the example shows the defaults
    assert dataclasses.replace(settings, contact="") == Settings()


def test_unknown_keys_and_wrong_types_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "settings.toml"
    bad.write_text("concurency = 4\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings.toml: unknown setting 'concurency'"):
        load_settings(bad)
    bad.write_text('retries = "three"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'retries' must be int"):
        load_settings(bad)
    bad.write_text("retries = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a valid TOML"):
        load_settings(bad)
    with pytest.raises(ConfigError, match="settings file not found"):
        load_settings(tmp_path / "missing.toml")


def test_environment_database_overrides_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBEAT_DB", str(tmp_path / "env.db"))
    assert load_settings(EXAMPLE).db_path == str(tmp_path / "env.db")
