"""Each beat's story events as an Atom feed (RFC 4287), written beside the database.

The feed lists the latest ``[alerts] feed_entries`` events the beat has recorded (newest
first). An entry's id is a ``tag:`` URI made of the beat and the event's key, so a feed reader
sees the same event as the same entry on every run; an entry's ``updated`` is when the event
was recorded, its ``published`` when it happened by the articles' dates. The same data gives
the same bytes: a run that adds nothing leaves the file as it was.

The alert stage writes it to a file (:mod:`newsbeat.feed_files`); the web UI serves the same
feed at ``/beats/<beat>/feed.atom``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from newsbeat import __version__
from newsbeat.dates import aware_time
from newsbeat.models import StoryEvent
from newsbeat.report.build import safe_url

__all__ = ["ATOM_TYPE", "atom_feed", "entry_id"]

ATOM_TYPE = "application/atom+xml"
_TAG = "tag:newsbeat,2026:"
# Characters XML 1.0 does not allow, even escaped (an extracted title may hold them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def entry_id(beat: str, key: str) -> str:
    """The stable id of an event's entry: a ``tag:`` URI of the beat and the event key."""
    return f"{_TAG}{quote(beat, safe='')}/{quote(key, safe=':')}"


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _time(value: str | None) -> str | None:
    """An ISO date or time as an RFC 3339 time in UTC (a date alone is its midnight, UTC)."""
    when = aware_time(value) if value else None
    if when is None:
        return None
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def atom_feed(
    beat: str,
    events: Sequence[StoryEvent],
    *,
    created_at: str,
    self_url: str | None = None,
) -> str:
    """The Atom document of a beat's events (given newest first).

    Args:
        beat: the beat.
        events: its latest recorded events.
        created_at: when the beat was defined (the feed's ``updated`` while it has no entry).
        self_url: where the feed is served, for its ``rel="self"`` link (None: no link).
    """
    updated = max((e.recorded_at or "" for e in events), default="") or created_at
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <id>{_text(_TAG + quote(beat, safe=''))}</id>",
        f"  <title>{_text(f'newsbeat: {beat}')}</title>",
        f"  <subtitle>{_text(f'Story events of the beat {beat}')}</subtitle>",
        f"  <updated>{_time(updated) or _time(created_at)}</updated>",
        "  <author><name>newsbeat</name></author>",
        f'  <generator version="{__version__}">newsbeat</generator>',
    ]
    if self_url is not None:
        lines.append(f'  <link rel="self" type="{ATOM_TYPE}" href={quoteattr(self_url)}/>')
    for event in events:
        lines += [
            "  <entry>",
            f"    <id>{_text(entry_id(beat, event.key))}</id>",
            f"    <title>{_text(event.title)}</title>",
            f"    <updated>{_time(event.recorded_at) or _time(updated)}</updated>",
        ]
        if (published := _time(event.happened_at)) is not None:
            lines.append(f"    <published>{published}</published>")
        if (url := safe_url(event.url)) is not None:
            lines.append(f'    <link rel="alternate" href={quoteattr(_NOT_XML.sub("", url))}/>')
        lines += [
            f"    <category term={quoteattr(event.kind)}/>",
            f"    <summary>{_text(event.text)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
