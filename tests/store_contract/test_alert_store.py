"""AlertStore: alerts on beats (idempotent), and the coverage each last told about."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsbeat.exceptions import NotFoundError
from newsbeat.models import Alert, Beat, Coverage
from newsbeat.store import Store

HOOK = "https://hooks.test/newsroom"


@pytest.fixture
def beats(store: Store) -> Store:
    for name in ("alliance", "harbour"):
        store.add_beat(Beat(name=name, query=name))
    return store


def test_alerts_round_trip_and_are_idempotent(beats: Store) -> None:
    wanted = Alert(
        beat="alliance",
        kind="webhook",
        destination=HOOK,
        min_outlets=3,
        created_at="2026-02-01T00:00:00+00:00",
    )
    added = beats.add_alert(wanted)
    assert added.id is not None
    assert added == replace(wanted, id=added.id)
    again = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    assert again.id == added.id and again.min_outlets == 2  # the threshold is updated
    assert beats.list_alerts() == [again]


def test_list_alerts_by_id_and_beat(beats: Store) -> None:
    a = beats.add_alert(Alert(beat="harbour", kind="file", destination="/tmp/h.jsonl"))
    b = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    c = beats.add_alert(Alert(beat="alliance", kind="file", destination="/tmp/a.jsonl"))
    assert [x.id for x in beats.list_alerts()] == [a.id, b.id, c.id]
    assert [x.id for x in beats.list_alerts(beat="alliance")] == [b.id, c.id]
    assert beats.list_alerts(beat="nosuch") == []


def test_an_alert_needs_its_beat(store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.add_alert(Alert(beat="nosuch", kind="webhook", destination=HOOK))
    assert (caught.value.kind, caught.value.key) == ("beat", "nosuch")
    assert store.list_alerts() == []


def test_deliveries_are_remembered_per_story_and_updated(beats: Store) -> None:
    alert = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    other = beats.add_alert(Alert(beat="harbour", kind="webhook", destination=HOOK))
    assert alert.id is not None and other.id is not None
    assert beats.alert_deliveries(alert.id) == {}
    beats.record_alert_delivery(alert.id, "s-1", Coverage(2))
    beats.record_alert_delivery(alert.id, "s-2", Coverage(3, 1))
    beats.record_alert_delivery(alert.id, "s-1", Coverage(4, 2))
    assert beats.alert_deliveries(alert.id) == {"s-1": Coverage(4, 2), "s-2": Coverage(3, 1)}
    assert beats.alert_deliveries(other.id) == {}


def test_removing_an_alert_forgets_its_deliveries(beats: Store) -> None:
    alert = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    assert alert.id is not None
    beats.record_alert_delivery(alert.id, "s-1", Coverage(2))
    beats.remove_alert(alert.id)
    assert beats.list_alerts() == []
    assert beats.alert_deliveries(alert.id) == {}
    with pytest.raises(NotFoundError) as caught:
        beats.remove_alert(alert.id)
    assert (caught.value.kind, caught.value.key) == ("alert", alert.id)
    assert str(caught.value) == f"no alert with id {alert.id}"


def test_alerts_go_with_their_beat(beats: Store) -> None:
    gone = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    kept = beats.add_alert(Alert(beat="harbour", kind="webhook", destination=HOOK))
    assert gone.id is not None
    beats.record_alert_delivery(gone.id, "s-1", Coverage(2))
    beats.remove_beat("alliance")
    assert beats.list_alerts() == [kept]
    assert beats.alert_deliveries(gone.id) == {}
