"""A record reached after a verb of change: "Kerr improved to 22-3" (issue 12, recall30e;
``enrich/claim_record_changes.py``).

Invented sentences and names. Each rule test fails without the rule; each guard fails with its
guard removed."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _records(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.what, c.low, c.subject) for c in found_claims(text) if c.event == "record"]


def test_a_fighter_improved_to_a_record() -> None:
    assert _records("Ralko improved to 53-3 with the win.") == [("wins", 53.0, "Ralko")]


def test_a_fighter_improved_his_record_to() -> None:
    text = "Ralko improved his record to 52-3 and is now on a 10-fight winning streak."
    assert _records(text) == [("wins", 52.0, "Ralko")]


def test_a_win_took_a_named_fighters_record_to() -> None:
    text = "The victory took Ralko's record to 52-3 with 46 wins by knockout."
    assert _records(text) == [("wins", 52.0, "Ralko")]


def test_a_loser_dropped_to_a_record_of_three_figures() -> None:
    assert _records("Dimos Karel fell to 45-7-2 on Saturday.") == [("wins", 45.0, "Dimos Karel")]


def test_a_record_against_one_opponent_is_a_part() -> None:
    # guard: a head-to-head record is no career record
    assert _records("Ralko fell to 2-3 against Dimos Karel in finals.") == []


def test_a_home_record_is_a_part() -> None:
    # guard: "at home", "on the road": some of the games only
    assert _records("Ralko improved to 9-1 at home with the win.") == []


def test_a_record_with_no_name_is_no_ones() -> None:
    # guard: "the Ukrainian-born fighter" names no one
    text = "The win improved the Ukrainian-born fighter to 52-3 with 46 KOs."
    assert _records(text) == []


def test_a_team_record_is_no_persons_standing() -> None:
    assert _records("The Tessaly Hawks improved to 11-5 with the win.") == []


def test_the_knockouts_in_brackets_after_the_record() -> None:
    text = "Dimos Karel, the mandatory challenger, fell to 36-3 (24 KOs) after the bout."
    assert _records(text) == [("wins", 36.0, "Dimos Karel"), ("knockouts", 24.0, "Dimos Karel")]


def test_a_fighters_bout_improved_the_described_fighter() -> None:
    # claims37: the bout's owner is the fighter the description stands for
    text = "The stoppage in Ralko's fourth defence of the Orsk belt improved the champion to 52-3."
    assert _records(text) == [("wins", 52.0, "Ralko")]


def test_a_named_win_improved_the_described_fighter_with_knockouts() -> None:
    text = "Ralko's win over Dimos Karel improved the Velmar-born fighter to 40-2 with 31 KOs."
    assert _records(text) == [("wins", 40.0, "Ralko"), ("knockouts", 31.0, "Ralko")]


def test_the_knockouts_after_with_are_among_the_wins() -> None:
    text = "Ralko improved to 40-2 with 31 KOs on Saturday."
    assert _records(text) == [("wins", 40.0, "Ralko"), ("knockouts", 31.0, "Ralko")]


def test_a_name_owning_no_bout_is_not_the_fighter() -> None:
    # guard: "Karel's cousin" was the opponent, not the champion
    assert _records("The win over Karel's cousin improved the champion to 40-2.") == []
