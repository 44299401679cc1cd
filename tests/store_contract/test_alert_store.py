"""AlertStore: alerts on beats (idempotent, with their events and secret), the event keys each
told, and every beat's story events (what its Atom feed lists)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsbeat.exceptions import NotFoundError
from newsbeat.models import EVENT_KINDS, Alert, Beat, StoryEvent
from newsbeat.store import Store

HOOK = "https://hooks.test/newsroom"


@pytest.fixture
def beats(store: Store) -> Store:
    for name in ("alliance", "harbour"):
        store.add_beat(Beat(name=name, query=name))
    return store


def _event(key: str, beat: str = "alliance", happened_at: str | None = "2026-03-02") -> StoryEvent:
    return StoryEvent(
        key=key,
        kind="new_story",
        beat=beat,
        story_id="s-1",
        title=f"New story: {key}",
        text="Coast Daily reports it.",
        url="https://coast.test/1",
        happened_at=happened_at,
    )


def test_alerts_round_trip_and_are_idempotent(beats: Store) -> None:
    wanted = Alert(
        beat="alliance",
        kind="webhook",
        destination=HOOK,
        min_outlets=3,
        events=("new_story", "revived"),
        secret="s3cret",
        created_at="2026-02-01T00:00:00+00:00",
    )
    added = beats.add_alert(wanted)
    assert added.id is not None
    assert added == replace(wanted, id=added.id) and added.secret == "s3cret"
    again = beats.add_alert(
        Alert(beat="alliance", kind="webhook", destination=HOOK, secret="other")
    )
    assert again.id == added.id and again.min_outlets == 2  # the threshold is updated
    assert again.events == EVENT_KINDS  # so are the events (all, by default)
    assert again.secret == "s3cret"  # the first secret is kept
    assert beats.list_alerts() == [again]
    assert "s3cret" not in repr(again) and "secret" not in again.to_json()


def test_list_alerts_by_id_and_beat(beats: Store) -> None:
    a = beats.add_alert(Alert(beat="harbour", kind="file", destination="/tmp/h.jsonl"))
    b = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    c = beats.add_alert(Alert(beat="alliance", kind="email", destination="desk@paper.test"))
    assert [x.id for x in beats.list_alerts()] == [a.id, b.id, c.id]
    assert [x.id for x in beats.list_alerts(beat="alliance")] == [b.id, c.id]
    assert beats.list_alerts(beat="nosuch") == []
    assert c.secret is None and c.kind == "email"


def test_an_alert_needs_its_beat(store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.add_alert(Alert(beat="nosuch", kind="webhook", destination=HOOK))
    assert (caught.value.kind, caught.value.key) == ("beat", "nosuch")
    assert store.list_alerts() == []


def test_sent_events_are_remembered_per_alert(beats: Store) -> None:
    alert = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    other = beats.add_alert(Alert(beat="harbour", kind="webhook", destination=HOOK))
    assert alert.id is not None and other.id is not None
    assert beats.sent_event_keys(alert.id) == set()
    beats.record_events_sent(alert.id, ["story:s-1:new", "story:s-2:new"])
    beats.record_events_sent(alert.id, ["story:s-1:new", "story:s-1:outlets:2"])
    beats.record_events_sent(alert.id, [])
    assert beats.sent_event_keys(alert.id) == {
        "story:s-1:new",
        "story:s-2:new",
        "story:s-1:outlets:2",
    }
    assert beats.sent_event_keys(other.id) == set()


def test_removing_an_alert_forgets_what_it_sent(beats: Store) -> None:
    alert = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    assert alert.id is not None
    beats.record_events_sent(alert.id, ["story:s-1:new"])
    beats.remove_alert(alert.id)
    assert beats.list_alerts() == []
    assert beats.sent_event_keys(alert.id) == set()
    with pytest.raises(NotFoundError) as caught:
        beats.remove_alert(alert.id)
    assert (caught.value.kind, caught.value.key) == ("alert", alert.id)
    assert str(caught.value) == f"no alert with id {alert.id}"


def test_alerts_go_with_their_beat(beats: Store) -> None:
    gone = beats.add_alert(Alert(beat="alliance", kind="webhook", destination=HOOK))
    kept = beats.add_alert(Alert(beat="harbour", kind="webhook", destination=HOOK))
    assert gone.id is not None
    beats.record_events_sent(gone.id, ["story:s-1:new"])
    beats.record_beat_events([_event("story:s-1:new")])
    beats.remove_beat("alliance")
    assert beats.list_alerts() == [kept]
    assert beats.sent_event_keys(gone.id) == set()
    assert beats.beat_events("alliance", limit=10) == []


def test_beat_events_are_recorded_once_and_listed_newest_first(beats: Store) -> None:
    first = [_event("story:s-1:new"), _event("story:s-2:new", happened_at=None)]
    assert beats.record_beat_events(first) == 2
    listed = beats.beat_events("alliance", limit=10)
    assert [e.key for e in listed] == ["story:s-1:new", "story:s-2:new"]  # undated last
    recorded = {e.key: e.recorded_at for e in listed}
    assert all(recorded.values())
    assert replace(listed[0], recorded_at=None) == first[0]
    changed = replace(first[0], title="changed")
    assert beats.record_beat_events([changed, _event("story:s-1:new", beat="harbour")]) == 1
    again = beats.beat_events("alliance", limit=10)
    assert again == listed  # a known key keeps its text and its time
    assert beats.beat_event_keys("alliance") == {"story:s-1:new", "story:s-2:new"}
    assert beats.beat_event_keys("harbour") == {"story:s-1:new"}
    assert len(beats.beat_events("alliance", limit=1)) == 1
