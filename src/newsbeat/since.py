"""Parse ``--since`` values: an ISO date/time or an age such as ``7d``, ``12h``, ``2w``."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

__all__ = ["parse_since"]

_AGE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str | None, *, now: datetime | None = None) -> str | None:
    """Turn ``--since`` into an ISO 8601 UTC lower bound (None stays None).

    Raises:
        ValueError: the value is neither an age nor an ISO date.
    """
    if value is None:
        return None
    if match := _AGE.match(value):
        amount, unit = int(match[1]), _UNITS[match[2]]
        start = (now or datetime.now(UTC)) - timedelta(**{unit: amount})
        return start.replace(microsecond=0).isoformat()
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(
            f"--since {value!r}: expected a date (2026-02-03) or an age (7d, 12h, 2w)"
        ) from None
    return parsed.isoformat() if parsed.tzinfo or "T" in value else parsed.date().isoformat()
