"""A fraction glyph lost in a copy ("served 4\ufffd months") is a figure between its whole part
and the next whole (issue 12, claims37; ``enrich/claim_lost_glyphs.py``).

Invented sentences and names. The rule tests fail without the rule; each guard fails with its
check removed."""

from __future__ import annotations

from tests._enrich_docs import found_claims

LOST = "\ufffd"


def _read(text: str) -> list[tuple[str, float | None, float | None, bool]]:
    return [(c.what, c.low, c.high, c.exact) for c in found_claims(text)]


def test_a_lost_fraction_before_a_unit_of_time_is_a_range() -> None:
    text = f"Tom Vell served 4{LOST} months in an Orsk prison for fraud."
    assert _read(text) == [("months", 4.0, 5.0, False)]


def test_a_lost_fraction_before_a_length() -> None:
    text = f"The Velmar ferry drifted 2{LOST} miles before the crew stopped it."
    assert _read(text) == [("miles", 2.0, 3.0, False)]


def test_a_lost_fraction_keeps_its_hedge_floor() -> None:
    # guard: a hedge's open end stays open (no "5" made its ceiling)
    text = f"Tom Vell served more than 4{LOST} years in an Orsk prison."
    assert _read(text) == [("years", 4.0, None, False)]


def test_a_lost_glyph_before_a_singular_noun_is_no_fraction() -> None:
    # guard: "a 4% rise", "a 4¢ rise": the glyph may be any sign; the figure is not widened
    assert all(high != 5.0 for _, _, high, _ in _read(f"Orsk prices saw a 4{LOST} rise in May."))


def test_a_lost_glyph_standing_apart_is_not_the_figures() -> None:
    # guard: a glyph with a space before it is not glued to the figure
    text = f"Tom Vell served 4 {LOST} months in an Orsk prison."
    assert all(high != 5.0 for _, _, high, _ in _read(text))
