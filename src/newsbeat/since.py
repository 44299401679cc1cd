"""Parse ``--since`` values: an ISO date/time or an age such as ``7d``, ``12h``, ``2w``.

Whatever the user types, the answer is a bound or a ValueError naming the value: an age reaching
back before the year 1 (``9999999999999999999999d``) is "too far back", never an
OverflowError, and a value is looked at only up to :data:`MAX_CHARS` characters.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

__all__ = ["MAX_CHARS", "SinceError", "parse_since"]

MAX_CHARS = 64  # an ISO date-time with an offset and microseconds is 32
_AGE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_EXPECTED = "expected a date (2026-02-03) or an age (7d, 12h, 2w)"


class SinceError(ValueError):
    """A ``--since`` value that is not a date or an age; ``reason`` says why without naming
    the option, for callers that name it their own way (the web's ``from``)."""

    def __init__(self, value: str, reason: str) -> None:
        super().__init__(f"--since {_shown(value)}: {reason}")
        self.reason = reason


def _shown(value: str) -> str:
    return repr(value if len(value) <= MAX_CHARS else value[: MAX_CHARS - 1] + "…")


def parse_since(value: str | None, *, now: datetime | None = None) -> str | None:
    """Turn ``--since`` into an ISO 8601 UTC lower bound (None stays None).

    Raises:
        ValueError: the value is neither an age nor an ISO date, is too long, or is an age
            reaching back before the year 1 (the message quotes the value).
    """
    if value is None:
        return None
    if len(value) > MAX_CHARS:
        raise SinceError(value, f"longer than {MAX_CHARS} characters; {_EXPECTED}")
    if match := _AGE.match(value):
        amount, unit = int(match[1]), _UNITS[match[2]]
        try:
            start = (now or datetime.now(UTC)) - timedelta(**{unit: amount})
        except OverflowError:  # more than 999,999,999 days, or before the year 1
            raise SinceError(value, "too far back (an age must stay after the year 1)") from None
        return start.replace(microsecond=0).isoformat()
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise SinceError(value, _EXPECTED) from None
    return parsed.isoformat() if parsed.tzinfo or "T" in value else parsed.date().isoformat()
