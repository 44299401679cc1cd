"""A teller does not tell the time of the telling or the writer's background (issue 12,
claims37; ``claim_tellers._tells_at``): "Vell admitted his role after more than 30 years" is
no claim of Vell's, nor is a figure in a clause that only dates another event ("30 years
after Vell confirmed it"), nor a relative clause inside a forecast ("expected to succeed
Kerr, who had run the bureau for 48 years").

Invented sentences and names. The rule tests fail without the rule; the guards keep what
the teller tells his."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _claimants(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.claimant) for c in found_claims(text)]


def test_the_time_after_which_someone_told_is_not_told() -> None:
    text = "The Orsk Herald did not make clear why Tomas Vell admitted his role after 30 years."
    assert _claimants(text) == [(30.0, None)]


def test_a_teller_in_a_clause_of_time_tells_nothing() -> None:
    text = "Some 30 years after Tomas Vell confirmed the story, the Orsk Herald closed."
    assert all(who is None for _, who in _claimants(text))


def test_a_relative_clause_in_a_forecast_is_not_forecast() -> None:
    text = "Tomas Vell had expected to succeed Ivo Ralko, who had run the Orsk bureau for 48 years."
    assert _claimants(text) == [(48.0, None)]


def test_what_is_told_after_the_time_of_telling_stays_the_tellers() -> None:
    # guard: the figure in the told clause is his
    text = "Tomas Vell said after two days of talks that the Orsk deal was worth $5 million."
    assert (5000000.0, "Tomas Vell") in _claimants(text)


def test_a_forecast_stays_its_subjects() -> None:
    # guard: the forecast's own figure
    text = "The Orsk Institute expects 16.6 million vehicles will be sold this year."
    assert [who for _, who in _claimants(text)] == ["Orsk Institute"]
