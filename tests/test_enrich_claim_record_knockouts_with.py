"""A fighter's record apposed to the name with its knockouts told after "with" (issue 12,
claims37; ``enrich/claim_records.py``): "Ivo Ralko, 58 - 3 with 51 knockouts," reads as
"Ivo Ralko, 58-3, 51 KOs," does (before, the wins were unread and the knockouts no one's).

Invented sentences and names. The rule tests fail without the rule; the guard keeps a set
score with another count after "with" unread as a record."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _records(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.what, c.low, c.subject) for c in found_claims(text) if c.event == "record"]


def test_a_record_between_commas_with_its_knockouts() -> None:
    text = (
        "The 36 - year - old champion Ivo Ralko, 58 - 3 with 51 knockouts, floored Tom Vell "
        "with a big right hand."
    )
    assert _records(text) == [("wins", 58.0, "Ivo Ralko"), ("knockouts", 51.0, "Ivo Ralko")]


def test_a_record_in_brackets_with_its_knockouts() -> None:
    text = "Ivo Ralko (58-3 with 51 KOs) floored Tom Vell in the fifth."
    assert _records(text) == [("wins", 58.0, "Ivo Ralko"), ("knockouts", 51.0, "Ivo Ralko")]


def test_a_set_score_with_another_count_is_no_record() -> None:
    # guard: only knockouts after "with" make the figures a record
    assert _records("Tom Vell beat Ivo Ralko, 6-4 with 2 aces, in the final.") == []
