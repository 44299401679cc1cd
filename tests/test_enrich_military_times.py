"""A time of day written the military way ("at 1230 hours") is no duration claim (read30b:
a navy's "boarded the dhow at 1230 hours" was read as 1,230 hours). Invented sentences."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _hours(text: str) -> list[float | None]:
    return [c.low for c in found_claims(text) if c.unit == "hours"]


def test_a_military_time_after_at_is_no_duration() -> None:
    text = (
        "The Kell navy received a distress call at 1100 hours and its commandos boarded the "
        "trawler at 1230 hours on Saturday.\n"
    )
    assert _hours(text) == []


def test_by_and_at_around_are_times_too() -> None:
    assert _hours("The patrol left Marlow port by 0600 hours, the coast guard said.\n") == []
    assert _hours("The ferry docked at around 1845 hours on Friday.\n") == []


def test_worked_hours_stay_durations() -> None:
    # Guards: no preposition of time before the figure, or "hours of" a thing done.
    assert _hours("Volunteers logged 1200 hours on the Marlow dam last year.\n") == [1200.0]
    assert _hours("The Arden strike lasted 1100 hours in all, the union said.\n") == [1100.0]
    assert _hours("The court heard excerpts from 1400 hours of recorded calls.\n") == [1400.0]
    about = [c for c in found_claims("Crews spent about 1200 hours on the Kell repairs.\n")]
    assert [(c.unit, c.hedge) for c in about] == [("hours", "about")]
    assert about[0].low is not None and about[0].high is not None
    assert about[0].low < 1200.0 < about[0].high


def test_a_figure_that_is_no_clock_time_stays_a_duration() -> None:
    # 75 minutes past the hour is no time of day: the figure stays what it says.
    assert _hours("The divers worked until 1275 hours had been logged, the team said.\n") == [
        1275.0
    ]
