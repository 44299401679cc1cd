"""Writing settings as TOML: ``settings.example.toml`` is :func:`example_toml`'s output."""

from __future__ import annotations

import dataclasses
import json

from newsbeat.settings._fields import explanation
from newsbeat.settings.sections import Settings

__all__ = ["example_toml", "settings_toml"]

_HEADER = """\
# newsbeat settings. Copy to ~/.config/newsbeat/settings.toml (Linux; the user config dir
# elsewhere), or pass --config FILE or NEWSBEAT_CONFIG=FILE. Every section and key is optional;
# the values below are the defaults. Set [fetch] contact to your own address.
#
# Generated from the settings' declarations by newsbeat.settings.example_toml().
"""


def toml_value(value: object) -> str:
    """One value in TOML syntax (str, int, finite float or bool)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        # a JSON string is a TOML basic string, once DEL (legal in JSON) is escaped too
        return json.dumps(value).replace("\x7f", "\\u007f")
    raise TypeError(f"no TOML form for {type(value).__name__}")


def settings_toml(settings: Settings) -> str:
    """The settings as a settings file: every section and key, each under its explanation.

    Args:
        settings: the values to write.

    Returns:
        TOML text that :func:`~newsbeat.settings.load_settings` reads back to ``settings``.
    """
    blocks: list[str] = []
    for section_field in dataclasses.fields(settings):
        section = getattr(settings, section_field.name)
        doc = (type(section).__doc__ or "").strip().splitlines()[0]
        lines = [f"[{section_field.name}]", f"# {doc}"]
        for field in dataclasses.fields(section):
            lines += ["", f"# {explanation(field)}"]
            lines.append(f"{field.name} = {toml_value(getattr(section, field.name))}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def example_toml() -> str:
    """The text of ``settings.example.toml``: every setting with its default, explained."""
    return f"{_HEADER}\n{settings_toml(Settings())}"
