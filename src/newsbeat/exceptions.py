"""The exceptions newsbeat raises. Library code raises these; the CLI and web UI convert them.

Hierarchy::

    NewsbeatError
    ├── ConfigError            bad settings file or value
    ├── StoreError             the database cannot be opened, migrated or written (``kind``)
    │   └── NotFoundError      a record does not exist: ``kind`` (article, beat, story,
    │                          source, alert, actor) and the ``key`` looked up
    ├── QueryError             a beat or search query that FTS5 rejects, or over a limit
    │   ├── QueryTimeoutError  a search stopped at its time budget (``search.timeout``)
    │   └── QueryCancelledError a search stopped because its store was interrupted
    ├── ImportFailure          one input (file, line, URL) could not be imported
    │   └── UnknownFormatError no importer recognises the input
    ├── FetchError             a URL could not be fetched (after retries)
    │   └── RobotsDisallowed   robots.txt forbids the URL
    ├── ExtractionError        a page has no extractable article
    ├── ModelMissingError      the spaCy pipeline is not installed
    └── ExecutorError          the workers cannot be reached or started (a Dask scheduler)
"""

from __future__ import annotations

import re

__all__ = [
    "BeatNameError",
    "ConfigError",
    "ExecutorError",
    "ExtractionError",
    "FetchError",
    "ImportFailure",
    "ModelMissingError",
    "NewsbeatError",
    "NotFoundError",
    "QueryCancelledError",
    "QueryError",
    "QueryTimeoutError",
    "RobotsDisallowed",
    "StoreError",
    "UnknownFormatError",
]


class NewsbeatError(Exception):
    """Base class of every newsbeat error."""


class ConfigError(NewsbeatError):
    """A settings file or value is invalid."""


class StoreError(NewsbeatError):
    """The database cannot be opened, migrated or written.

    Args:
        message: what went wrong.
        kind: what kind of record it concerns (``"article"``, ``"story"``, ...), when one does.

    Attributes:
        kind: the ``kind`` given, else None.
    """

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


# Kinds of record looked up by name; the others are looked up by id.
_BY_NAME = frozenset({"actor", "beat"})


class NotFoundError(StoreError):
    """The requested record does not exist.

    Args:
        kind: what was looked up: ``"article"``, ``"beat"``, ``"story"``, ``"source"``,
            ``"alert"``, ``"actor"`` (a backend may add others).
        key: the id or name looked up.
        message: the message; by default ``no <kind> with id <key>`` (``named`` for beats and
            actors). It names no command: the CLI and the web UI add their hints by ``kind``.

    Attributes:
        kind: as given.
        key: as given.
    """

    kind: str

    def __init__(self, kind: str, key: object, message: str | None = None) -> None:
        how = "named" if kind in _BY_NAME else "with id"
        super().__init__(message or f"no {kind} {how} {key!r}", kind=kind)
        self.key = key

    def __reduce__(self) -> tuple[type, tuple[str, object, str]]:
        return (type(self), (self.kind, self.key, str(self)))


class QueryError(NewsbeatError):
    """A beat or search query is not valid FTS5 syntax."""

    def __init__(self, query: str, reason: str) -> None:
        super().__init__(f"invalid query {query!r}: {reason}{_query_hint(query, reason)}")
        self.query = query
        self.reason = reason


_PUNCTUATION_NEAR = re.compile(r'syntax error near "([^\w\s"()*:])"')


def _query_hint(query: str, reason: str) -> str:
    """How to write what the user most likely meant, for FTS5's terse messages."""
    if reason.startswith("no such column: "):
        word = reason.removeprefix("no such column: ")
        if f"-{word}" in query:
            return f" (to leave a word out, write NOT: '… NOT {word}')"
        return " (a word before ':' must name a column; put the words in double quotes)"
    if match := _PUNCTUATION_NEAR.search(reason):
        return f' (put words with {match[1]!r} in double quotes, e.g. "O\'Brien")'
    if reason.startswith("unknown special query"):
        return " (a * ends a word: harb* matches harbour and harbours)"
    if _OPERATOR_NEAR.search(reason) or (reason.endswith('near ""') and _ENDS_OPEN.search(query)):
        return (
            " (AND, OR and NOT need a word on each side: 'ferry NOT strike'; to search for the"
            ' word itself, put it in double quotes: "and")'
        )
    if reason.endswith('near ""') or reason.endswith('near ")"'):
        return " (every '(' needs its ')')"
    if reason == "unterminated string":
        return ' (every " needs its closing ")'
    return ""


_OPERATOR_NEAR = re.compile(r'syntax error near "(AND|OR|NOT)"')
_ENDS_OPEN = re.compile(r"\b(AND|OR|NOT)\s*$")


class BeatNameError(NewsbeatError, ValueError):
    """A beat was given a blank name (it names the beat's feed file, report and alerts)."""


class QueryTimeoutError(QueryError):
    """A search ran longer than its time budget and was stopped (any backend).

    Args:
        query: the query.
        seconds: the budget it ran out of.
    """

    def __init__(self, query: str, seconds: float) -> None:
        reason = (
            f"stopped after {seconds:g} s (search.timeout); narrow it: fewer OR terms,"
            " fewer or longer prefix* terms"
        )
        NewsbeatError.__init__(self, f"query {query!r} took too long: {reason}")
        self.query = query
        self.reason = reason
        self.seconds = seconds

    def __reduce__(self) -> tuple[type, tuple[str, float]]:
        return (type(self), (self.query, self.seconds))


class QueryCancelledError(QueryError):
    """A search was stopped because its store was interrupted (the web client went away)."""

    def __init__(self, query: str) -> None:
        reason = "cancelled: the request was abandoned"
        NewsbeatError.__init__(self, f"query {query!r} {reason}")
        self.query = query
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str]]:
        return (type(self), (self.query,))


class ImportFailure(NewsbeatError):
    """One input could not be imported. ``location`` names the file (and line or offset)."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Failures cross process boundaries (ingest parses in a child process).
        return (type(self), (self.location, self.reason))


class UnknownFormatError(ImportFailure):
    """No importer recognises the input."""


class FetchError(NewsbeatError):
    """A URL could not be fetched."""

    def __init__(
        self, url: str, reason: str, status: int | None = None, *, retry_after: float | None = None
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        # Seconds the server asked to wait (its Retry-After) before the URL is asked again.
        self.retry_after = retry_after


class RobotsDisallowed(FetchError):
    """robots.txt forbids fetching the URL."""


class ExtractionError(NewsbeatError):
    """A page holds no extractable article."""


class ModelMissingError(NewsbeatError):
    """The configured spaCy pipeline is not installed; the message says how to install one."""


class ExecutorError(NewsbeatError):
    """The workers of a run cannot be reached or started (e.g. no Dask scheduler at the
    address given); the message names the address."""
