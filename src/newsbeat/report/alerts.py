"""The alert stage: tell a webhook or a file when a story of a beat is picked up by outlets.

An alert fires for a story of its beat once the story is reported by at least ``min_outlets``
outlets (one outlet's piece is not yet news the desk must hear about), again each time more
outlets pick it up, and again when the outlets come to disagree on a number (a new conflict
of the compare stage); never twice for the same coverage. The message is the story's public
JSON (``newsbeat story ID --json``) with its cited summary, its conflicts, the alert, the beat
and the reason.

A delivery is recorded only after it succeeded, so a webhook that is down is tried again on
the next run and nothing is reported as sent that was not. A crash between a successful send
and its record can send that one message twice (at least once, never lost).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from newsbeat.exceptions import NewsbeatError
from newsbeat.models import Alert, Coverage, Story, utc_now

if TYPE_CHECKING:
    from newsbeat.compare.analysis import AnalysisOptions
    from newsbeat.serialize import StoryJSON
    from newsbeat.settings import Settings
    from newsbeat.stage import RunOptions, StageResult
    from newsbeat.store import ArticleStore, Store

__all__ = [
    "ALERT_KINDS",
    "AlertDue",
    "DeliveryError",
    "alert_payload",
    "alert_stage",
    "check_destination",
    "deliver",
    "due_stories",
    "outlet_counts",
]

ALERT_KINDS = ("webhook", "file")


class DeliveryError(NewsbeatError):
    """An alert could not be delivered (the message names the destination and why)."""


@dataclass(frozen=True, kw_only=True)
class AlertDue:
    """A story an alert has to tell about: its coverage now, and why (``new``, ``outlets
    disagree`` or ``more outlets``)."""

    story_id: str
    coverage: Coverage
    reason: str


def check_destination(kind: str, destination: str) -> str:
    """Validate an alert's destination; returns it normalised (a file path made absolute).

    Raises:
        ValueError: unknown kind, a webhook that is not an http(s) URL, a file whose folder
            does not exist.
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
    raise ValueError(f"unknown alert kind {kind!r} (one of {', '.join(ALERT_KINDS)})")


def due_stories(
    now: Mapping[str, Coverage], told: Mapping[str, Coverage], min_outlets: int
) -> list[AlertDue]:
    """The stories an alert has to tell about now (pure: no store, no network).

    Args:
        now: story id -> its coverage now (reprints' outlets included).
        told: story id -> the coverage the alert last told about.
        min_outlets: how many outlets a story needs before it is worth an alert.

    Returns:
        In the order given: stories with at least ``min_outlets`` outlets that the alert has
        not told about (``new``), whose outlets disagree on more numbers than when it told
        (``outlets disagree``, the more pressing news), or that more outlets have picked up
        (``more outlets``).
    """
    due = []
    for story_id, coverage in now.items():
        if coverage.outlets < max(1, min_outlets):
            continue
        before = told.get(story_id)
        if before is None:
            reason = "new"
        elif coverage.conflicts > before.conflicts:
            reason = "outlets disagree"
        elif coverage.outlets > before.outlets:
            reason = "more outlets"
        else:
            continue
        due.append(AlertDue(story_id=story_id, coverage=coverage, reason=reason))
    return due


def outlet_counts(store: ArticleStore, stories: Sequence[Story]) -> dict[str, int]:
    """Story id -> the outlets that ran it, reprints included (as every view counts them:
    :func:`newsbeat.coverage.story_coverage`)."""
    from newsbeat.coverage import story_coverage

    return {story.id: len(story_coverage(store, story).outlets) for story in stories}


def alert_payload(
    alert: Alert, reason: str, story: StoryJSON, analysis: Mapping[str, Any]
) -> dict[str, Any]:
    """The message of one alert.

    Keys: ``alert`` (its id), ``beat``, ``reason``, ``sent_at``, ``story`` (the story's public
    JSON), ``summary`` (the cited summary: [{text, outlet, url}]) and ``conflicts`` (numbers
    the outlets disagree on: [{what, unit, sides: [{value, outlets}]}]).
    """
    summary = analysis.get("summary", {}).get("sentences", [])
    return {
        "alert": alert.id,
        "beat": alert.beat,
        "reason": reason,
        "sent_at": utc_now(),
        "story": story,
        "summary": [{"text": x["text"], "outlet": x["outlet"], "url": x["url"]} for x in summary],
        "conflicts": [
            {
                "what": c["what"],
                "unit": c["unit"],
                "sides": [{"value": x["value"], "outlets": x["outlets"]} for x in c["sides"]],
            }
            for c in _conflicts(analysis)
        ],
    }


def deliver(alert: Alert, payload: dict[str, Any], client: httpx.Client) -> None:
    """Send one message to the alert's destination.

    Raises:
        DeliveryError: the webhook answered an error status or could not be reached, or the
            file could not be written; the message says which and why.
    """
    body = json.dumps(payload, ensure_ascii=False)
    if alert.kind == "webhook":
        try:
            response = client.post(
                alert.destination,
                content=body.encode("utf-8"),
                headers={"Content-Type": "application/json"},
            )
        except httpx.HTTPError as exc:
            raise DeliveryError(
                f"webhook {alert.destination}: {type(exc).__name__}: {exc}"
            ) from exc
        if response.status_code >= 300:
            raise DeliveryError(f"webhook {alert.destination}: HTTP {response.status_code}")
        return
    if alert.kind == "file":
        try:
            # Written and synced before the delivery is recorded: a crash cannot lose it.
            with open(alert.destination, "a", encoding="utf-8") as handle:
                handle.write(body + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise DeliveryError(f"alert file {alert.destination}: {exc.strerror or exc}") from exc
        return
    raise DeliveryError(f"alert {alert.id}: unknown kind {alert.kind!r}")


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
    """Pipeline stage: deliver every alert that is due (of the run's beat, or of all beats).

    Counts: ``alerts`` (defined), ``sent``, ``failed``. An alert whose destination fails stops
    for this run at the first failure (named in ``failures``) and resumes on the next.
    """
    from newsbeat.compare.analysis import AnalysisOptions
    from newsbeat.stage import StageResult

    result = StageResult(name="alert")
    alerts = store.list_alerts(beat=options.beat)
    counts = {"alerts": len(alerts), "sent": 0, "failed": 0}
    if alerts:
        analysis_options = AnalysisOptions.from_settings(settings)
        with _client(settings) as client:
            for alert in alerts:
                sent, failure = _send_due(store, alert, client, analysis_options)
                counts["sent"] += sent
                if failure is not None:
                    counts["failed"] += 1
                    result.failures.append(failure)
    result.counts = dict(counts)
    return result


def _send_due(
    store: Store, alert: Alert, client: httpx.Client, analysis_options: AnalysisOptions
) -> tuple[int, str | None]:
    """Send what one alert owes, in order, recording each delivery; stop at a failure.
    Returns how many were sent and the failure, if any."""
    from newsbeat.compare.analysis import story_analyses
    from newsbeat.serialize import story_json

    assert alert.id is not None
    stories = {s.id: s for s in store.list_stories(beat=alert.beat)}
    outlets = outlet_counts(store, list(stories.values()))
    covered = [stories[i] for i, n in outlets.items() if n >= alert.min_outlets]
    # Stored by the compare and summarise stages; computed here only for a changed story.
    analyses = story_analyses(store, covered, analysis_options)
    now = {
        story.id: Coverage(outlets[story.id], len(_conflicts(analyses.get(story.id, {}))))
        for story in covered
    }
    sent = 0
    for due in due_stories(now, store.alert_deliveries(alert.id), alert.min_outlets):
        story = story_json(store, stories[due.story_id])
        payload = alert_payload(alert, due.reason, story, analyses.get(due.story_id, {}))
        try:
            deliver(alert, payload, client)
        except DeliveryError as exc:
            return sent, f"alert {alert.id}: {exc}"
        store.record_alert_delivery(alert.id, due.story_id, due.coverage)
        sent += 1
    return sent, None


def _conflicts(analysis: Mapping[str, Any]) -> list[Any]:
    return list(analysis.get("compare", {}).get("comparison", {}).get("conflicts", []))
