"""The alert stage: record each beat's story events, write its Atom feed, and tell the alerts.

Every beat has a feed, with no set-up: the stage computes the story events of each beat
(:mod:`newsbeat.report.events`), records the new ones in the store and rewrites the beat's
Atom file (:mod:`newsbeat.report.feed`). Then each alert of the beat gets the events of the
kinds it asked for that it has not told yet: a webhook one signed JSON POST per event, a file
one JSON line per event, an e-mail address one message listing them
(:mod:`newsbeat.report.channels`).

An event is recorded as told by an alert only after its delivery succeeded, so a destination
that is down is tried again on the next run and nothing is reported as sent that was not. A
crash between a successful send and its record can send that one message twice (at least once,
never lost); a webhook's ``X-Newsbeat-Delivery`` header (the event key) lets the receiver
drop the copy. One alert's failure stops that alert for this run; the feeds and the other
alerts go on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import secrets
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from newsbeat.models import EVENT_KINDS, Alert, Story, StoryEvent, utc_now
from newsbeat.report.channels import (
    DeliveryError,
    append_lines,
    check_email,
    message_json,
    post_webhook,
    send_email,
)
from newsbeat.report.events import (
    StorySnapshot,
    conflict_facts,
    snapshot_from_json,
    snapshot_json,
    story_events,
    story_snapshot,
)

if TYPE_CHECKING:
    from newsbeat.compare.analysis import AnalysisOptions
    from newsbeat.json_shapes import StoryJSON
    from newsbeat.settings import Settings
    from newsbeat.stage import RunOptions, StageResult
    from newsbeat.store import ArticleStore, Store

__all__ = [
    "ALERT_KINDS",
    "BeatEvents",
    "DeliveryError",
    "alert_payload",
    "alert_stage",
    "check_destination",
    "email_text",
    "mark_told",
    "new_alert",
    "new_secret",
    "outlet_counts",
]

ALERT_KINDS = ("webhook", "file", "email")


def new_secret() -> str:
    """A new webhook secret: 32 random bytes as 64 hex digits."""
    return secrets.token_hex(32)


def check_destination(kind: str, destination: str) -> str:
    """Validate an alert's destination; returns it normalised (a file path made absolute).

    Raises:
        ValueError: unknown kind, a webhook that is not an http(s) URL, a file whose folder
            does not exist, an e-mail address that is not a plain ``user@domain``.
    """
    if kind == "webhook":
        parts = urlsplit(destination)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"webhook {destination!r} is not an http(s) URL")
        return destination
    if kind == "file":
        path = Path(destination).expanduser().resolve()
        if not path.parent.is_dir():
            raise ValueError(f"alert file {destination!r}: folder {path.parent} does not exist")
        return str(path)
    if kind == "email":
        return check_email(destination)
    raise ValueError(f"unknown alert kind {kind!r} (one of {', '.join(ALERT_KINDS)})")


def outlet_counts(store: ArticleStore, stories: Sequence[Story]) -> dict[str, int]:
    """Story id -> the outlets that ran it, reprints included (as every view counts them:
    :func:`newsbeat.story_views.coverage.story_coverage`)."""
    from newsbeat.story_views.coverage import story_coverage

    return {story.id: len(story_coverage(store, story).outlets) for story in stories}


def alert_payload(
    alert: Alert, event: StoryEvent, story: StoryJSON, analysis: Mapping[str, Any]
) -> dict[str, Any]:
    """The message of one event to a webhook or a file.

    Keys: ``alert`` (its id), ``beat``, ``event`` (``key, kind, title, text, url,
    happened_at``), ``reason`` (the event's kind), ``sent_at``, ``story`` (the story's public
    JSON), ``summary`` (the cited summary: [{text, outlet, url, language}], ``language`` the
    cited article's as stored, None when unknown or stored before sentences carried one) and
    ``conflicts`` (numbers the outlets disagree on: [{what, unit, sides: [{value, outlets}]}]).
    """
    summary = analysis.get("summary", {}).get("sentences", [])
    return {
        "alert": alert.id,
        "beat": alert.beat,
        "event": {
            "key": event.key,
            "kind": event.kind,
            "title": event.title,
            "text": event.text,
            "url": event.url,
            "happened_at": event.happened_at,
        },
        "reason": event.kind,
        "sent_at": utc_now(),
        "story": story,
        "summary": [
            {
                "text": x["text"],
                "outlet": x["outlet"],
                "url": x["url"],
                "language": x.get("language"),
            }
            for x in summary
        ],
        "conflicts": [
            {
                "what": c.what,
                "unit": c.unit,
                "sides": [{"value": v, "outlets": list(o)} for v, o in c.sides],
            }
            for c in conflict_facts(analysis)
        ],
    }


def email_text(beat: str, events: Sequence[StoryEvent]) -> tuple[str, str]:
    """The subject and plain text of an e-mail listing a beat's events."""
    if len(events) == 1:
        subject = f"[newsbeat] {beat}: {events[0].title}"
    else:
        subject = f"[newsbeat] {beat}: {len(events)} story events"
    blocks = [f"{len(events)} new on the beat {beat}:"]
    for event in events:
        lines = [f"* {event.title}", f"  {event.text}"]
        if event.url:
            lines.append(f"  {event.url}")
        lines.append(f"  ({event.kind}, {event.happened_at or 'undated'}, {event.story_id})")
        blocks.append("\n".join(lines))
    # A subject is one line: a title with a line break must not become a header of its own.
    return " ".join(subject.split()), "\n\n".join(blocks) + "\n"


class BeatEvents:
    """The story events of one beat in this run: its stories read once, for the feed and for
    every alert (each with its own ``min_outlets``)."""

    def __init__(self, store: Store, settings: Settings, beat: str) -> None:
        from newsbeat.compare.analysis import AnalysisOptions, story_analyses

        self.store = store
        self.settings = settings
        self.beat = beat
        self.options: AnalysisOptions = AnalysisOptions.from_settings(settings)
        self.stories = {s.id: s for s in store.list_stories(beat=beat)}
        self.analyses: dict[str, dict[str, Any]] = {}
        self._json: dict[str, StoryJSON] = {}
        # A story's snapshot is kept with the stamp of its inputs (articles, reprints, dates,
        # outlets, enrichment) and of the analysis options; an unchanged story is not read
        # again (reading every enrichment of a large beat on each run is what costs).
        cache_name = f"alerts:snapshots:{beat}"
        cached = _read_cache(store.get_stage_state(cache_name))
        options_stamp = hashlib.sha256(repr(self.options).encode("utf-8")).hexdigest()[:16]
        fresh: dict[str, tuple[str, StorySnapshot]] = {}
        stale: list[StorySnapshot] = []
        for story in self.stories.values():
            stamp = f"{store.story_inputs_stamp(story.id)}:{options_stamp}"
            hit = cached.get(story.id)
            if hit is not None and hit[0] == stamp:
                snapshot = dataclasses.replace(
                    hit[1], beat=beat, title=story.title, first_seen=story.first_seen
                )
            else:
                snapshot = story_snapshot(store, story, beat)
                stale.append(snapshot)
            fresh[story.id] = (stamp, snapshot)
        # Conflicts need two outlets; their analyses are stored by the compare stage.
        covered = [self.stories[s.story_id] for s in stale if len(s.outlets) >= 2]
        self.analyses.update(story_analyses(store, covered, self.options))
        for snapshot in stale:
            conflicts = tuple(conflict_facts(self.analyses.get(snapshot.story_id)))
            stamp = fresh[snapshot.story_id][0]
            fresh[snapshot.story_id] = (stamp, dataclasses.replace(snapshot, conflicts=conflicts))
        self.snapshots: list[StorySnapshot] = [snapshot for _, snapshot in fresh.values()]
        if stale or set(cached) != set(fresh):
            store.save_stage_state(cache_name, _cache_bytes(fresh))

    def events(self, min_outlets: int) -> list[StoryEvent]:
        """Every event of the beat's stories, story by story."""
        dormant = self.settings.alerts.dormant_days
        return [
            event
            for snapshot in self.snapshots
            for event in story_events(snapshot, min_outlets=min_outlets, dormant_days=dormant)
        ]

    def payload(self, alert: Alert, event: StoryEvent) -> dict[str, Any]:
        """The message of an event (the story's JSON read once per run)."""
        from newsbeat.compare.analysis import story_analyses
        from newsbeat.serialize import story_json

        story = self.stories[event.story_id]
        if story.id not in self._json:
            self._json[story.id] = story_json(self.store, story)
        if story.id not in self.analyses:
            self.analyses.update(story_analyses(self.store, [story], self.options))
        return alert_payload(alert, event, self._json[story.id], self.analyses[story.id])


def _read_cache(data: bytes | None) -> dict[str, tuple[str, StorySnapshot]]:
    """The kept snapshots (story id -> stamp, snapshot); nothing when unreadable (they are
    read again from the store)."""
    if not data:
        return {}
    try:
        rows = json.loads(zlib.decompress(data))
        return {row["id"]: (row["stamp"], snapshot_from_json(row["snapshot"])) for row in rows}
    except (ValueError, KeyError, TypeError, zlib.error):
        return {}


def _cache_bytes(snapshots: Mapping[str, tuple[str, StorySnapshot]]) -> bytes:
    rows = [
        {"id": story_id, "stamp": stamp, "snapshot": snapshot_json(snapshot)}
        for story_id, (stamp, snapshot) in snapshots.items()
    ]
    return zlib.compress(json.dumps(rows, ensure_ascii=False).encode("utf-8"))


def new_alert(
    beat: str,
    kind: str,
    destination: str,
    *,
    events: Sequence[str] | None = None,
    min_outlets: int = 2,
) -> Alert:
    """An alert to add (``store.add_alert``), checked: its destination normalised
    (:func:`check_destination`), its events in :data:`~newsbeat.models.EVENT_KINDS` order
    (every kind when none is given), and a new secret for a webhook.

    Raises:
        ValueError: an unknown event kind, or a destination :func:`check_destination` refuses.
    """
    unknown = [e for e in events or [] if e not in EVENT_KINDS]
    if unknown:
        raise ValueError(f"unknown event {unknown[0]!r} (one of {', '.join(EVENT_KINDS)})")
    destination = check_destination(kind, destination)
    return Alert(
        beat=beat,
        kind=kind,
        destination=destination,
        min_outlets=min_outlets,
        events=tuple(e for e in EVENT_KINDS if e in (events or EVENT_KINDS)),
        secret=new_secret() if kind == "webhook" else None,
    )


def mark_told(store: Store, settings: Settings, alert: Alert) -> int:
    """Count every event the alert's beat already has as told by the alert, so that it tells
    only what happens from now on (``alert add --from-now``); returns how many.
    """
    assert alert.id is not None
    run = BeatEvents(store, settings, alert.beat)
    wanted = set(alert.events)
    keys = [e.key for e in run.events(alert.min_outlets) if e.kind in wanted]
    store.record_events_sent(alert.id, keys)
    return len(set(keys))


def _client(settings: Settings) -> httpx.Client:
    fetch = settings.fetch
    return httpx.Client(
        timeout=httpx.Timeout(
            fetch.total_timeout, connect=fetch.connect_timeout, read=fetch.read_timeout
        ),
        headers={"User-Agent": fetch.user_agent},
        follow_redirects=False,
    )


def alert_stage(store: Store, settings: Settings, options: RunOptions) -> StageResult:
    """Pipeline stage: record the story events of the run's beat (or of every beat), write
    their feeds, and deliver what each alert owes.

    Counts: ``alerts`` (defined), ``events`` (new in the feeds), ``feeds`` (files written),
    ``sent`` (events told by alerts), ``failed`` (alerts and feeds that failed, each named in
    ``failures``).
    """
    from newsbeat.feed_files import feed_path, write_feed
    from newsbeat.report.feed import atom_feed
    from newsbeat.stage import StageResult

    result = StageResult(name="alert")
    beats = [store.get_beat(options.beat)] if options.beat else store.list_beats()
    alerts = store.list_alerts(beat=options.beat)
    counts = {"alerts": len(alerts), "events": 0, "feeds": 0, "sent": 0, "failed": 0}
    # An HTTP client (its TLS set-up costs a tenth of a second) only when a webhook needs it.
    webhooks = any(a.kind == "webhook" for a in alerts)
    with _client(settings) if webhooks else contextlib.nullcontext() as client:
        for beat in beats:
            run = BeatEvents(store, settings, beat.name)
            counts["events"] += store.record_beat_events(
                run.events(settings.alerts.feed_min_outlets)
            )
            path = feed_path(settings, beat.name)
            if path is not None:
                recorded = store.beat_events(beat.name, limit=settings.alerts.feed_entries)
                try:
                    written = write_feed(
                        path, atom_feed(beat.name, recorded, created_at=beat.created_at)
                    )
                except OSError as exc:
                    counts["failed"] += 1
                    result.failures.append(f"feed {path}: {exc.strerror or exc}")
                else:
                    counts["feeds"] += int(written)
            for alert in (a for a in alerts if a.beat == beat.name):
                sent, failure = _tell(store, settings, alert, run, client)
                counts["sent"] += sent
                if failure is not None:
                    counts["failed"] += 1
                    result.failures.append(failure)
    result.counts = dict(counts)
    return result


def _tell(
    store: Store, settings: Settings, alert: Alert, run: BeatEvents, client: httpx.Client | None
) -> tuple[int, str | None]:
    """Deliver what one alert owes, recording each delivery; stop at a failure. Returns how
    many events were told and the failure, if any."""
    from newsbeat.report.events import due_events

    assert alert.id is not None
    wanted = set(alert.events)
    due = due_events(
        (e for e in run.events(alert.min_outlets) if e.kind in wanted),
        store.sent_event_keys(alert.id),
    )
    if not due:
        return 0, None
    try:
        if alert.kind == "email":
            subject, text = email_text(alert.beat, due)
            send_email(settings.smtp, alert.destination, subject, text)
            store.record_events_sent(alert.id, [e.key for e in due])
            return len(due), None
        if alert.kind == "file":
            append_lines(alert.destination, [message_json(run.payload(alert, e)) for e in due])
            store.record_events_sent(alert.id, [e.key for e in due])
            return len(due), None
        if alert.kind != "webhook":
            raise DeliveryError(f"unknown kind {alert.kind!r}")
    except DeliveryError as exc:
        return 0, f"alert {alert.id}: {exc}"
    assert client is not None
    sent = 0
    for event in due:
        body = message_json(run.payload(alert, event)).encode("utf-8")
        try:
            post_webhook(
                client,
                alert.destination,
                body,
                secret=alert.secret,
                event=event,
                alerts=settings.alerts,
                max_retry_wait=settings.fetch.max_retry_wait,
            )
        except DeliveryError as exc:
            return sent, f"alert {alert.id}: {exc}"
        store.record_events_sent(alert.id, [event.key])
        sent += 1
    return sent, None
