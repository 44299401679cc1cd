"""Scraped-page junk removal, driven by a curated pattern list kept as data.

The patterns live in ``newsbeat/data/junk_patterns.txt``: one regular expression per line,
matched case-insensitively against a whole line (so a pattern never cuts a sentence and a
paragraph that merely mentions "advertisement" stays). Groups (``[widgets]``, ``[sharing]``,
``[subscribing]``, ``[photo]``) only document the list. The dump, text and HTML importers use
the same list, so a new junk line is fixed in one place: add a pattern and an example to
``tests/fixtures/importers/junk_lines.json``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from newsbeat.exceptions import ConfigError

__all__ = ["JunkPatterns", "clean_lines", "default_patterns", "is_junk", "load_patterns"]

log = logging.getLogger(__name__)

# Junk lines are short; a paragraph longer than this is never checked (keeps ingest fast).
MAX_JUNK_CHARS = 400


@dataclass(frozen=True)
class _Group:
    name: str
    triggers: tuple[str, ...]  # when set, the group is tried only on lines holding one
    regex: re.Pattern[str]


@dataclass(frozen=True)
class JunkPatterns:
    """A compiled junk list.

    Attributes:
        patterns: ``(group, pattern)`` pairs in file order.
        groups: per group, its trigger words and one case-insensitive regex matching any of
            its patterns (used with ``fullmatch``).
    """

    patterns: tuple[tuple[str, str], ...]
    groups: tuple[_Group, ...]

    def is_junk(self, line: str) -> bool:
        """Whether the whole line (stripped) is junk."""
        text = line.strip()
        if not text or len(text) > MAX_JUNK_CHARS:
            return False
        folded = ""
        for group in self.groups:
            if group.triggers:
                folded = folded or text.casefold()
                for word in group.triggers:
                    if word in folded:
                        break
                else:
                    continue
            if group.regex.fullmatch(text) is not None:
                return True
        return False

    def group_of(self, line: str) -> str | None:
        """The group of the first pattern matching the line, or None (for tests and logs)."""
        text = line.strip()
        if not self.is_junk(text):
            return None
        for group, pattern in self.patterns:
            if re.fullmatch(pattern, text, re.IGNORECASE):
                return group
        return None  # pragma: no cover - a group matched, so one of its patterns does


def _parse(text: str, origin: str) -> JunkPatterns:
    group = "junk"
    triggers: tuple[str, ...] = ()
    patterns: list[tuple[str, str]] = []
    by_group: dict[str, tuple[tuple[str, ...], list[str]]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name, _, words = line[1:-1].partition(":")
            group, triggers = name.strip(), tuple(w.casefold() for w in words.split())
            continue
        try:
            re.compile(line, re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{origin}:{number}: invalid junk pattern {line!r}: {exc}") from exc
        patterns.append((group, line))
        by_group.setdefault(group, (triggers, []))[1].append(line)
    groups = tuple(
        _Group(
            name=name,
            triggers=words,
            regex=re.compile("|".join(f"(?:{p})" for p in members), re.IGNORECASE),
        )
        for name, (words, members) in by_group.items()
    )
    return JunkPatterns(patterns=tuple(patterns), groups=groups)


def load_patterns(path: str | Path) -> JunkPatterns:
    """Read a junk pattern file (the format of ``data/junk_patterns.txt``).

    Args:
        path: the file.

    Returns:
        The compiled list; an invalid pattern raises :class:`ConfigError` naming its line.
    """
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


@cache
def default_patterns() -> JunkPatterns:
    """The bundled list (read once)."""
    resource = resources.files("newsbeat").joinpath("data/junk_patterns.txt")
    return _parse(resource.read_text(encoding="utf-8"), "data/junk_patterns.txt")


def is_junk(line: str, patterns: JunkPatterns | None = None) -> bool:
    """Whether a line is scraped-page junk.

    Args:
        line: one line (paragraph) of an article.
        patterns: the list to use; the bundled one by default.

    Returns:
        True when the whole line matches a junk pattern.
    """
    return (patterns or default_patterns()).is_junk(line)


def clean_lines(lines: Iterable[str], patterns: JunkPatterns | None = None) -> list[str]:
    """Strip lines, dropping blank ones and junk.

    Args:
        lines: an article's lines or paragraphs.
        patterns: the list to use; the bundled one by default.

    Returns:
        The remaining lines, stripped, in order.
    """
    junk = patterns or default_patterns()
    kept = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if junk.is_junk(text):
            log.debug("dropped junk line %r", text)
            continue
        kept.append(text)
    return kept
