"""Every ``newsbeat ... --help`` reads as plain sentences (issue 14, CLI polish).

No reST backticks, no Python type names (``<bool>``, ``<list[str]>``), no line break in the
middle of a sentence, no bracketed word eaten as rich markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from typer.main import get_command
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.cli._help import plain_help

TYPE_NAME = re.compile(r"<(bool|int|float|str|path|list\[[^\]]*\]|[a-z]+ range)>")


def _commands(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _commands(sub, [*path, name])


def test_every_help_text_is_plain() -> None:
    runner = CliRunner()
    seen = 0
    for path, command in _commands(get_command(app), []):
        seen += 1
        texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
        for text in texts:
            for paragraph in text.split("\n\n"):
                assert "\n" not in paragraph, (path, paragraph)  # no break mid-sentence
            assert "`" not in text, (path, text)
        result = runner.invoke(app, [*path, "--help"], terminal_width=100)
        assert result.exit_code == 0, (path, result.output)
        shown = result.output
        assert "`" not in shown, path
        assert not TYPE_NAME.search(shown), (path, TYPE_NAME.search(shown))
    assert seen > 40  # every command and sub-command was looked at


def test_the_search_help_keeps_its_bracketed_section_name() -> None:
    shown = CliRunner().invoke(app, ["search", "--help"]).output
    assert "bounded by the [search] settings" in " ".join(shown.split())


def test_plain_help_joins_lines_and_drops_rest_markup() -> None:
    text = """Run ``newsbeat update`` later; see :func:`newsbeat.pipeline.update` and
    the ``[store]`` settings.

    A second paragraph
    on two lines."""
    assert plain_help(text) == (
        "Run newsbeat update later; see update and the \\[store] settings.\n\n"
        "A second paragraph on two lines."
    )
    assert plain_help(plain_help(text)) == plain_help(text)
