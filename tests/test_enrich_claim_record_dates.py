"""A record of wins and losses that the tagger calls a DATE ("after an 18-30 start") dates no
figure (read30d: "won 18 of its next 23 games" was dated '18-30'). Invented sentences."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _dates(text: str) -> list[str | None]:
    return [c.time_ref for c in found_claims(text) if c.what == "games"]


def test_a_start_of_wins_and_losses_is_no_date() -> None:
    text = "After a 9 - 14 start, the Kell Hawks won 12 of their next 15 games under Ray Dunn.\n"
    assert _dates(text) == [None, None]
    assert _dates("After an 18-30 start, Marlow won 18 of its next 23 games.\n") == [None, None]


def test_a_span_of_years_and_a_named_day_still_date_a_figure() -> None:
    assert _dates("The Hawks won 5 straight games on Monday, the league said.\n") == ["Monday"]
    text = "The Kell plant cut 300 jobs in 2003-2005, the union said.\n"
    assert [c.time_ref for c in found_claims(text)] == ["2003-2005"]  # years: four digits
