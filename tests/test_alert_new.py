"""``alert add``'s checks live in the library: ``report.alerts.new_alert``."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbeat.models import EVENT_KINDS
from newsbeat.report.alerts import new_alert


def test_events_come_in_their_kinds_order_and_default_to_all() -> None:
    asked = new_alert("harbour", "email", "desk@tarsk.example", events=["revived", "new_story"])
    assert asked.events == ("new_story", "revived")
    assert new_alert("harbour", "email", "desk@tarsk.example").events == EVENT_KINDS
    assert asked.secret is None


def test_a_webhook_gets_a_new_secret_and_a_file_an_absolute_path(tmp_path: Path) -> None:
    hook = new_alert("harbour", "webhook", "https://hooks.tarsk.example/in", min_outlets=3)
    assert hook.secret is not None and len(hook.secret) == 64
    assert hook.min_outlets == 3
    relative = tmp_path / "events.jsonl"
    assert new_alert("harbour", "file", str(relative)).destination == str(relative.resolve())


def test_an_unknown_event_or_a_bad_destination_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown event 'quay_opened'"):
        new_alert("harbour", "email", "desk@tarsk.example", events=["quay_opened"])
    with pytest.raises(ValueError, match="not an http"):
        new_alert("harbour", "webhook", "ftp://hooks.tarsk.example")
