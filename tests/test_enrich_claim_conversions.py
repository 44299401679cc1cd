"""A measure's bracketed conversion is the same figure in a second unit (issue 12, conf35):
"located 1,150 kilometres (700 miles) southeast of Arden" gives the distance twice, once per
unit, with one slot (:mod:`newsbeat.enrich.claim_conversions`), and the compare prints the two
as one side of one dispute, and never lists the bracket as an agreed figure or one outlet's
own (:mod:`newsbeat.compare.unit_restatements`). "The island" of an
article naming one island is that island (:func:`newsbeat.enrich.claim_distances.named_place`).
Invented sentences; each test fails without its rule, the guards without theirs."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY, compare_outlets, side_values
from tests._enrich_docs import quoted_claims as _claims


def _read(text: str) -> list[tuple[float | None, float | None, str, str | None, str | None]]:
    return [(c.low, c.high, c.what, c.event, c.role) for c in _claims(text)]


def test_a_bracketed_distance_is_the_same_distance_in_miles() -> None:
    text = "Vessa, located 1,150 kilometres (700 miles) southeast of Arden, has a busy port."
    found = [(c.low, c.what, c.event, c.role, c.place) for c in _claims(text)]
    assert found == [
        (1150.0, "kilometres", "vessa", "distance", "Arden"),
        (700.0, "miles", "vessa", "distance", "Arden"),
    ]


def test_a_hedged_figure_gives_its_conversion_its_hedge() -> None:
    found = _claims("Tom Ferris fell about 200 feet (60 metres) down a gully.")
    assert [(c.low, c.high, c.hedge, c.event) for c in found] == [
        (160.0, 240.0, "about", "fall"),
        (48.0, 72.0, "about", "fall"),
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The Arden fire burned 5,000 acres (2,000 hectares) of forest.", "hectares"),
        ("The crate weighed 500 kilograms (1,100 pounds), the port said.", "pounds"),
        ("The storm brought winds of 120 km/h (75 mph) to the Bruck coast.", "mph"),
    ],
)
def test_areas_masses_and_speeds_convert_too(text: str, second: str) -> None:
    found = _claims(text)
    assert len(found) == 2
    assert found[1].what == second
    assert (found[0].event, found[0].role) == (found[1].event, found[1].role)


@pytest.mark.parametrize(
    "text",
    [
        # a bracket that is no conversion of the figure: two figures or a slip, neither read
        "Vessa lies 10 miles (25 kilometres) south of Arden, the council said.",
        # rounded more loosely than its last digit: 12.43 miles is no "12.5 miles"
        "The Vessa ferry carried 20 kilometres (12.5 miles) of cable to Arden.",
        # a mass whose bracket is no conversion of it
        "The crate weighed 500 kilograms (500 pounds), the port said.",
        # no unit of one measure: a count and its note
        "The Arden fire burned 5,000 acres (2,000 homes) near the river.",
    ],
)
def test_a_bracket_that_is_no_conversion_is_not_read(text: str) -> None:
    assert len(_claims(text)) <= 1


def test_the_island_of_an_article_naming_one_island_is_that_island() -> None:
    text = (
        "Ferries to Vessa Island were halted on Monday. The island, which has about 9,000 "
        "residents, is about 940 miles south of Arden, the capital."
    )
    miles = [c for c in _claims(text) if c.what == "miles"]
    assert [(c.event, c.place) for c in miles] == [("vessa", "Arden")]


def test_an_island_named_with_its_kind_is_its_name() -> None:
    text = "Vessa Island, located 1,150 kilometres southeast of Arden, has a busy port."
    assert [c.event for c in _claims(text)] == ["vessa"]


@pytest.mark.parametrize(
    "text",
    [
        # two islands named: which one "the island" is stays unknown
        "Ferries left Vessa Island and Kell Island. The island lies 30 miles off Arden.",
        # "the main island" may be another one
        "Ferries left Vessa Island. The main island lies 30 miles off Arden.",
        # no island named at all
        "Ferries were halted on Monday. The island lies 30 miles off Arden.",
    ],
)
def test_the_island_stays_a_kind_when_its_name_is_unsure(text: str) -> None:
    miles = [c for c in _claims(text) if c.what == "miles"]
    assert [c.event for c in miles] == ["island"]


_LOCATED = "Vessa, located 1,150 kilometres (700 miles) southeast of Arden, has a busy port.\n"
_FAR = "Vessa, a warm island in the southern sea and 1,500 kilometres south of Arden, is busy.\n"
_MILES = (
    "Ferries to Vessa Island were halted on Monday.\nThe island, which has about 9,000 "
    "residents, is about 940 miles south of Arden, the capital.\n"
)


def test_one_distance_in_two_units_is_one_side_of_one_dispute() -> None:
    result = compare_outlets([("Wire", BODY + _LOCATED), ("Post", BODY + _FAR)])
    assert [side_values(p) for p in result.conflicts] == [
        {"1,150 kilometres", "700 miles", "1,500"}
    ] or [side_values(p) for p in result.conflicts] == [{"1,150", "1,500"}]
    assert len(result.conflicts) == 1


def test_the_bracket_meets_another_outlet_in_its_own_unit() -> None:
    result = compare_outlets(
        [("Wire", BODY + _LOCATED), ("Post", BODY + _FAR), ("Daily", BODY + _MILES)]
    )
    assert len(result.conflicts) == 1
    sides = result.conflicts[0]
    written = {(r.claim.low, r.claim.what) for side in (sides.a, sides.b) for r in side.claims}
    assert {(700.0, "miles"), (846.0, "miles"), (1150.0, "kilometres")} <= written


def test_one_distance_told_in_two_units_agrees_with_itself() -> None:
    # the same figure in another outlet's unit: no dispute
    same = "Vessa, an island in the warm southern sea, lies 700 miles southeast of Arden.\n"
    result = compare_outlets([("Wire", BODY + _LOCATED), ("Post", BODY + same)])
    assert result.conflicts == []


def _listed(items: list[dict[str, object]]) -> list[object]:
    return [item.get("text") for item in items if item.get("kind") == "claim"]


def test_a_conversion_is_no_figure_of_its_own_in_the_lists() -> None:
    port = "The Vessa port handled 300 ships last year, officials said.\n"
    alone = compare_outlets([("Wire", BODY + _LOCATED), ("Post", BODY + port)])
    assert _listed(alone.unique) == ["300 ships", "1,150 kilometres"]
    both = compare_outlets([("Wire", BODY + _LOCATED), ("Post", BODY + _LOCATED)])
    assert _listed([g.to_json() for g in both.agreed]) == ["1,150 kilometres"]


def test_a_figure_another_outlet_writes_in_the_second_unit_is_agreed() -> None:
    # guard: the bracket's group holds another outlet's own "700 miles": a figure agreed
    same = "Vessa, an island in the warm southern sea, lies 700 miles southeast of Arden.\n"
    result = compare_outlets([("Wire", BODY + _LOCATED), ("Post", BODY + same)])
    assert "700 miles" in _listed([g.to_json() for g in result.agreed])
