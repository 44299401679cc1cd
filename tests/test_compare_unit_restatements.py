"""One figure in two units is one side of one dispute (issue 12, conf30; read30 saw "about 200
feet" and "about 60 metres" each printed against "150 metres"). Invented articles and claims;
the merge test fails without the rule, and the controls keep two figures of one measure that
differ, and figures of no convertible unit, apart."""

from __future__ import annotations

from tests._enrich_docs import compare_outlets

from newsbeat.compare.unit_restatements import one_figure_in_two_units
from newsbeat.models import Claim

_FELL = "The Velmoran climber fell {} from the north ridge of Mount Arvel on Sunday, police said."


def _conflicts(*figures: str) -> list[dict[str, object]]:
    outlets = ("Wire", "Post", "Mail", "Star")
    comparison = compare_outlets(
        [(outlets[i], _FELL.format(f) + "\n") for i, f in enumerate(figures)]
    )
    return [pair.to_json() for pair in comparison.conflicts]


def test_one_figure_in_feet_and_metres_is_one_side_of_one_dispute() -> None:
    found = _conflicts("about 200 feet", "about 60 metres", "150 metres")
    assert len(found) == 1, found
    pair = found[0]
    # printed in the unit of the side it disagrees with; the feet report keeps its own unit
    assert {s["value"] for s in pair["sides"]} == {"about 60", "150"}, pair  # type: ignore[index]
    merged = next(s for s in pair["sides"] if s["value"] == "about 60")  # type: ignore[index]
    assert set(merged["outlets"]) == {"Wire", "Post"}
    assert {c["value"] for c in merged["claims"]} == {"about 200 feet", "about 60 metres"}


def test_a_side_joined_once_is_still_one_side() -> None:
    # "150 metres" and "about 150 metres" join first against each feet-and-metres side; the
    # two joined sides hold the same reports, so the disagreement still prints once
    found = _conflicts("about 200 feet", "about 60 metres", "150 metres", "about 150 metres")
    assert len(found) == 1, found
    assert sum(len(s["outlets"]) for s in found[0]["sides"]) == 4  # type: ignore[misc,arg-type]


def test_two_figures_in_two_units_stay_two_disputes() -> None:
    # 200 feet are 61 metres, not 45: three figures, each disputed
    found = _conflicts("200 feet", "45 metres", "150 metres")
    assert len(found) == 3, found


def _claim(value: float, what: str, unit: str | None = None, *, hedge: str | None = None) -> Claim:
    low, high = (value * 0.8, value * 1.2) if hedge else (value, value)
    return Claim(
        what=what, low=low, high=high, exact=hedge is None, unit=unit, claimant=None,
        sentence="s", hedge=hedge,
    )  # fmt: skip


def test_one_figure_in_two_units() -> None:
    miles = _claim(10.0, "miles", "miles", hedge="about")
    assert one_figure_in_two_units(miles, _claim(16.0, "km", "km"), 10.0, 16.0)
    assert not one_figure_in_two_units(miles, _claim(20.0, "km", "km"), 10.0, 20.0)
    pounds = _claim(200.0, "pounds", "lb")
    assert one_figure_in_two_units(pounds, _claim(90.0, "kg", "kg"), 200.0, 90.0)
    # one unit is no conversion (claim_scope's own rule), a count is no measure
    assert not one_figure_in_two_units(
        _claim(60.0, "metres", "metres"), _claim(60.0, "metres", "metres"), 60.0, 60.0
    )
    assert not one_figure_in_two_units(
        _claim(300.0, "rounds"), _claim(300.0, "bullets"), 300.0, 300.0
    )
