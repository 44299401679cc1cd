"""The watch's schedule, a pure function: property tests over random states and times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbeat.watch.schedule import (
    BeatState,
    format_interval,
    next_due,
    parse_interval,
    plan,
    slack,
    source_due,
)

T0 = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
intervals = st.integers(min_value=1, max_value=86_400 * 7).map(lambda s: timedelta(seconds=s))
offsets = st.integers(min_value=-86_400 * 30, max_value=86_400 * 30).map(
    lambda s: timedelta(seconds=s)
)
names = st.lists(st.sampled_from(["alliance", "harbour", "ferry", "strike", "budget"]), max_size=8)
statuses = st.sampled_from([None, "running", "ok", "failed", "interrupted"])


@st.composite
def states(draw: st.DrawFn) -> BeatState:
    started = draw(st.none() | offsets.map(lambda d: T0 + d))
    finished = draw(st.none() | st.integers(0, 7200).map(lambda s: timedelta(seconds=s)))
    return BeatState(
        last_started=started,
        last_finished=started + finished if started and finished is not None else None,
        last_status=draw(statuses),
    )


@given(st.integers(min_value=1, max_value=366 * 86_400))
def test_an_interval_reads_back_as_it_is_written(seconds: int) -> None:
    every = timedelta(seconds=seconds)
    assert parse_interval(format_interval(every)) == every


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30m", 1800), ("1s", 1), ("2h", 7200), ("1d", 86400), ("1h30m", 5400), (" 1.5s ", 1.5)],
)
def test_intervals_people_type(text: str, seconds: float) -> None:
    assert parse_interval(text).total_seconds() == seconds


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "expected an interval"),
        ("30", "expected an interval"),
        ("5x", "expected an interval"),
        ("1h banana", "expected an interval"),
        ("0s", "longer than zero"),
        ("400d", "at most a year"),
    ],
)
def test_bad_intervals_are_refused_by_name(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why) as caught:
        parse_interval(text)
    assert repr(text) in str(caught.value)


@given(names, st.dictionaries(st.sampled_from(["alliance", "harbour"]), states()), intervals)
def test_a_plan_runs_each_due_beat_once_and_wakes_in_time(
    beats: list[str], saved: dict[str, BeatState], every: timedelta
) -> None:
    now = T0
    result = plan(beats, saved, every, now)
    assert len(result.due) == len(set(result.due)) and set(result.due) <= set(beats)
    for beat in set(beats):
        due_at = next_due(saved.get(beat), every, now)
        assert (beat in result.due) == (due_at - now <= slack(every))
        assert due_at <= now + every  # never scheduled more than one interval ahead
    if result.due:
        assert result.wake == now
        order = [next_due(saved.get(b), every, now) for b in result.due]
        assert order == sorted(order)  # most overdue first
    else:
        assert now < result.wake <= now + every


@given(states(), intervals)
def test_a_beat_never_run_or_cut_short_is_due_at_once(state: BeatState, every: timedelta) -> None:
    if not state.finished:
        assert plan(["alliance"], {"alliance": state}, every, T0).due == ["alliance"]
    assert plan(["alliance"], {}, every, T0).due == ["alliance"]


@given(intervals, st.integers(min_value=0, max_value=10_000), offsets)
def test_a_finished_run_waits_one_interval_from_its_start(
    every: timedelta, took: int, later: timedelta
) -> None:
    started = T0
    state = BeatState(
        last_started=started,
        last_finished=started + timedelta(seconds=took),
        last_status="ok",
    )
    now = started + abs(later)
    due = plan(["b"], {"b": state}, every, now).due == ["b"]
    assert due == (now >= started + every - slack(every))


@given(
    intervals,
    st.lists(st.integers(min_value=0, max_value=600), min_size=1, max_size=25),
    st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=25),
)
def test_a_loop_that_follows_the_plan_runs_each_beat_on_time(
    every: timedelta, durations: list[int], beats_per_round: list[int]
) -> None:
    """Simulate the service: run what is due (each run taking a while), sleep until the plan's
    wake time. A beat's runs start at least ``every - slack`` apart, and the loop never sleeps
    while a beat is overdue (no beat is starved), whatever the durations."""
    beats = ["a", "b", "c", "d"][: max(1, beats_per_round[0])]
    saved: dict[str, BeatState] = {}
    starts: dict[str, list[datetime]] = {b: [] for b in beats}
    idle: list[tuple[datetime, datetime]] = []
    now = T0
    for step, took in enumerate(durations * 2):
        result = plan(beats, saved, every, now)
        for beat in result.due:
            starts[beat].append(now)
            now += timedelta(seconds=took + step % 3)
            saved[beat] = BeatState(
                last_started=starts[beat][-1], last_finished=now, last_status="ok"
            )
        if not result.due:
            idle.append((now, result.wake))
            now = result.wake
    for beat in beats:
        assert starts[beat], "every beat runs"
        for first, second in zip(starts[beat], starts[beat][1:], strict=False):
            assert second - first >= every - slack(every)
            overdue = first + every
            assert not any(a < second and b > overdue for a, b in idle), "slept while overdue"


@given(
    intervals,
    st.integers(min_value=0, max_value=86_400 * 8),
    st.integers(min_value=0, max_value=600),
    st.booleans(),
)
def test_a_source_is_due_once_its_interval_has_passed(
    every: timedelta, since_poll: int, into_run: int, polled_in_last_run: bool
) -> None:
    now = T0
    last_poll = now - timedelta(seconds=since_poll)
    previous_run = last_poll - timedelta(seconds=into_run) if polled_in_last_run else None
    due = source_due(last_poll, every, now, previous_run=previous_run)
    polled = previous_run if previous_run is not None else last_poll
    assert due == (now - polled >= every - slack(every))
    assert source_due(None, every, now)
    # polled a moment into its beat's run: the beat's next run polls it again
    start = now - every
    assert source_due(start + timedelta(seconds=into_run), every, now, previous_run=start)
