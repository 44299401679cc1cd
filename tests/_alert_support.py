"""What the alert tests share: a beat with two stories, settings, and a webhook receiver on
127.0.0.1 that checks the signature."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsbeat.models import Article, Beat, Story
from newsbeat.settings import AlertsSettings, FetchSettings, Settings, SmtpSettings, StoreSettings
from newsbeat.store import SQLiteStore

OUTLETS = ["Coast Daily", "Strait Post", "Harbour Times", "Velmar Wire"]


def add_story(
    store: SQLiteStore,
    story_id: str,
    outlets: list[str],
    topic: str,
    published: str = "2026-03-02",
    beat: str = "alliance",
) -> list[int]:
    """A story of the beat reported by these outlets (one article each); returns their ids."""
    ids = store.add_articles(
        [
            Article(
                title=f"{topic} ({outlet})",
                text=f"The {topic} alliance was agreed on Monday, {outlet} reports. " * 4,
                url=f"https://{outlet.replace(' ', '').lower()}.test/{story_id}/{published}",
                outlet=outlet,
                published=published,
                published_source="metadata",
            )
            for outlet in outlets
        ]
    ).new_ids
    store.save_story(Story(id=story_id, title=topic, first_seen=published, last_updated=published))
    store.assign_articles(story_id, ids)
    store.add_beat(Beat(name=beat, query="alliance"))
    return ids


def settings_for(tmp_path: Path, **alerts: Any) -> Settings:
    """Settings of the test database, quick retries, and the given ``[alerts]`` values."""
    return Settings(
        store=StoreSettings(db=str(tmp_path / "alerts.db")),
        fetch=FetchSettings(read_timeout=1.0, total_timeout=5.0),
        alerts=AlertsSettings(**{"webhook_backoff": 0.01, **alerts}),
        smtp=SmtpSettings(),
    )


@dataclass
class Received:
    """One POST the receiver took: its JSON and headers."""

    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Receiver:
    """A webhook on 127.0.0.1.

    ``/ok`` takes every POST whose signature is right (401 otherwise); ``/flaky`` answers 503
    to the first ``fail_first`` tries of each message, then takes it; ``/reject`` answers 400;
    ``/busy`` answers 429 with ``Retry-After: <retry_after>`` to the first try of each
    message; ``/hang`` answers after 3 s.
    """

    secret: str | None = None
    fail_first: int = 2
    taken: list[Received] = field(default_factory=list)
    tries: dict[str, int] = field(default_factory=dict)
    bad_signatures: int = 0
    retry_after: str = "0"

    def __post_init__(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                key = self.headers.get("X-Newsbeat-Delivery", "")
                receiver.tries[key] = receiver.tries.get(key, 0) + 1
                if self.path == "/hang":
                    time.sleep(3)
                status = 204
                headers = {"Content-Length": "0"}
                if self.path == "/busy" and receiver.tries[key] == 1:
                    status = 429
                    headers["Retry-After"] = receiver.retry_after
                elif self.path == "/reject":
                    status = 400
                elif self.path == "/flaky" and receiver.tries[key] <= receiver.fail_first:
                    status = 503
                elif not receiver.signed_right(self.headers, body):
                    receiver.bad_signatures += 1
                    status = 401
                if status == 204:
                    receiver.taken.append(Received(json.loads(body), dict(self.headers)))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def signed_right(self, headers: Any, body: bytes) -> bool:
        """What a receiver does: recompute the HMAC of "<timestamp>.<body>" and compare."""
        if self.secret is None:
            return True
        timestamp = headers.get("X-Newsbeat-Timestamp", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > 300:
            return False
        expected = hmac.new(
            self.secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256
        ).hexdigest()
        return hmac.compare_digest(headers.get("X-Newsbeat-Signature", ""), f"sha256={expected}")

    def url(self, path: str) -> str:
        """The URL of one of the receiver's paths."""
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"
