"""A bare figure after "it was" that gives a second source's value of what its sentence has
just valued (issue 12, claims37; ``enrich/claim_restated.py``), and a quake's magnitude put
"at" a decimal split by a space (``claim_figures.estimated_at``).

Invented sentences and names. The rule tests fail without the rule; each guard fails with its
check removed."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(c.what, c.low) for c in found_claims(text)]


def test_a_second_source_says_it_was_another_value() -> None:
    text = "The Orsk center put the quake's magnitude at 5.9, but Velmar survey said it was 6.1."
    assert _read(text) == [("magnitude", 5.9), ("magnitude", 6.1)]


def test_a_crowd_put_at_one_figure_and_said_to_be_another() -> None:
    text = "The Orsk council put the crowd at 5,000, and the police said it was 2,000."
    assert _read(text) == [("crowd", 5000.0), ("crowd", 2000.0)]


def test_a_magnitude_put_at_a_decimal_split_by_a_space() -> None:
    text = "The Orsk center put the quake's magnitude at 5. 9, the Velmar agency said."
    assert [what for what, _ in _read(text)] == ["magnitude"]


def test_both_split_decimals_of_two_sources() -> None:
    text = "The Orsk center put the quake's magnitude at 5. 9, but Velmar survey said it was 6. 1."
    assert _read(text) == [("magnitude", 5.9), ("magnitude", 6.1)]


def test_the_same_source_saying_it_was_is_no_second_value() -> None:
    # guard: no subject of its own, no second source
    assert _read("The Orsk survey put the magnitude at 5.9 but said it was 2.") == [
        ("magnitude", 5.9)
    ]


def test_a_figure_with_words_after_it_is_not_read() -> None:
    # guard: "when the tremor began" ties the value to another moment
    text = "The Orsk center put the magnitude at 5.9, but Velmar said it was 2 when it began."
    assert _read(text) == [("magnitude", 5.9)]


def test_a_sum_is_not_restated_by_a_bare_figure() -> None:
    # guard: "it was 6" after a sum could be 6 of any scale
    text = "The Orsk center put the damage at $4 million, but the Velmar insurer said it was 6."
    assert [what for what, _ in _read(text)] == ["dollars"]


def test_it_was_in_a_sentence_of_its_own_is_not_read() -> None:
    # guard: only a clause joined to the first figure's
    text = "The Orsk center put the quake's magnitude at 5.9. It was 6 when the quake hit."
    assert _read(text) == [("magnitude", 5.9)]
