"""One length, mass, area, volume or speed in two units (issue 12, branch confunits20): feet
against metres, miles against kilometres, pounds against kilograms, acres against hectares are
compared converted, each figure with its implied precision; a ton and a gallon are two sizes
each. Invented claims and articles; each test fails without its rule, and the controls keep a
height and a fall, a place's distance and a road's length, money and weight apart."""

from __future__ import annotations

from tests._enrich_docs import PAD, enrich_outlets

from newsbeat.compare import compare_articles, explain_claims
from newsbeat.compare.claim_context import classify_ranges
from newsbeat.compare.claim_units import dimension, same_unit, unit_head
from newsbeat.compare.records import claim_label
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Claim


def _claim(
    low: float | None,
    high: float | None,
    what: str,
    unit: str | None = None,
    *,
    exact: bool = True,
    sentence: str = "s",
    event: str | None = None,
) -> Claim:
    return Claim(
        what=what,
        low=low,
        high=high,
        exact=exact,
        unit=unit,
        claimant=None,
        sentence=sentence,
        event=event,
    )


def test_feet_and_metres_are_one_length_each_with_its_precision() -> None:
    # enrich counts feet (no unit) and gives metres a unit: "about 200 feet" is 150-250 feet
    about_200_feet = _claim(150.0, 250.0, "feet", exact=False)
    assert classify_ranges(about_200_feet, _claim(60.0, 60.0, "metres", "metres")) == "compatible"
    # "200 feet" is 190-210 feet (58-64 m), "100 metres" 95-105 m
    feet = _claim(200.0, 200.0, "feet")
    assert classify_ranges(feet, _claim(100.0, 100.0, "metres", "metres")) == "disjoint"


def test_a_foot_and_feet_are_one_unit() -> None:
    # "a 6-foot guard" and "6 feet tall" need no conversion (nor a unit shown on each side)
    foot = _claim(6.0, 6.0, "foot", sentence="Bo Lane, a 6-foot guard, scored twice.")
    assert same_unit(foot, _claim(6.0, 6.0, "feet", sentence="Bo Lane is 6 feet tall."))


def test_a_converted_figure_is_rounded_to_its_last_digit() -> None:
    # 15 miles are 24.1 km: a writer converting them writes "24 km" (no round figure to widen)
    miles = _claim(15.0, 15.0, "miles", "miles")
    assert classify_ranges(miles, _claim(24.0, 24.0, "kilometres", "kilometres")) == "compatible"
    assert classify_ranges(miles, _claim(26.0, 26.0, "kilometres", "kilometres")) == "disjoint"


def test_a_nautical_mile_is_no_statute_mile() -> None:
    # 13 nautical miles are 24.1 km (13 statute miles would be 20.9 km)
    off = "The trawler was boarded 13 nautical miles off Vessa."
    nautical = _claim(13.0, 13.0, "miles", "miles", sentence=off)
    assert unit_head(nautical) == "nautical mile"
    assert classify_ranges(nautical, _claim(24.0, 24.0, "kilometres", "kilometres")) == (
        "compatible"
    )
    assert claim_label(nautical) == "13 nautical miles"


def test_a_ton_is_a_short_or_a_long_ton_never_a_tonne() -> None:
    # 1,013 tons are 919 to 1,029 tonnes: 1,013 tonnes fit, 1,040 do not
    tons = _claim(1013.0, 1013.0, "tons", "tons")
    assert classify_ranges(tons, _claim(1013.0, 1013.0, "tonnes", "tonnes")) == "compatible"
    assert classify_ranges(tons, _claim(1040.0, 1040.0, "tonnes", "tonnes")) == "disjoint"


def test_a_gallon_is_a_us_or_an_imperial_gallon() -> None:
    # 1,013 gallons are 3,835 litres (US) to 4,605 litres (imperial)
    gallons = _claim(1013.0, 1013.0, "gallons")
    assert classify_ranges(gallons, _claim(4421.0, 4421.0, "litres")) == "compatible"
    assert classify_ranges(gallons, _claim(3500.0, 3500.0, "litres")) == "disjoint"


def test_units_of_one_quantity_share_a_dimension() -> None:
    assert {dimension(u) for u in ("metre", "kilometre", "feet", "mile", "inch")} == {"length"}
    assert {dimension(u) for u in ("kilogram", "tonne", "ton", "lb")} == {"mass"}
    assert {dimension(u) for u in ("acre", "hectare", "square mile")} == {"area"}
    assert {dimension(u) for u in ("gallon", "litre", "cubic metre")} == {"volume"}
    assert dimension("pound") == "pound"  # money, unless its sentence weighs (below)


def test_a_pound_is_a_mass_only_where_its_sentence_weighs_something() -> None:
    seized = "Police seized 50 pounds of cocaine in Dunmere."
    assert unit_head(_claim(50.0, 50.0, "pounds", "pounds", sentence=seized)) == "lb"
    weighed = "Vell weighed 130 pounds."
    weight = _claim(130.0, 130.0, "pounds", "pounds", sentence=weighed, event="weigh")
    assert unit_head(weight) == "lb"
    assert dimension(unit_head(_claim(130.0, 130.0, "pounds", "pounds", sentence=weighed))) != (
        "mass"
    )  # no weighing read: the pound may be money
    paid = "The club paid 50 pounds of public money for each seat."
    assert unit_head(_claim(50.0, 50.0, "pounds", "pounds", sentence=paid)) == "pound"


def test_a_length_written_squared_is_an_area_shown_as_written() -> None:
    burned = "The fire has burned 30 square miles near Dunmere."
    area = _claim(30.0, 30.0, "miles", "miles", sentence=burned)
    assert unit_head(area) == "square mile"
    assert claim_label(area) == "30 square miles"
    # the island's area and its distance share the figure: the unit enrich read, a length
    both = "Orna, a 1,500-square-kilometre island 1,500 kilometres south of Vessa, is flat."
    assert unit_head(_claim(1500.0, 1500.0, "kilometres", "kilometres", sentence=both)) == (
        "kilometre"
    )
    hyphened = "The fire has burned a 30-square-mile area near Dunmere."
    assert unit_head(_claim(30.0, 30.0, "miles", "miles", sentence=hyphened)) == "square mile"


def _compared(first: str, second: str) -> tuple[list[set[str]], list[set[str]]]:
    """The conflicts and the compatible pairs of two outlets' articles: the figures shown."""
    articles, enrichments = enrich_outlets([("Wire", first + PAD + "\n"), ("Post", second + PAD)])
    found = compare_articles(articles, enrichments)
    return (
        [{side["value"] for side in pair.to_json()["sides"]} for pair in found.conflicts],
        [{side["value"] for side in pair.to_json()["sides"]} for pair in found.compatible],
    )


def test_a_fall_in_feet_against_one_in_metres() -> None:
    conflicts, _ = _compared(
        "Ana Ferro plunged 200 feet into a ravine near Dunmere on Sunday.",
        "Ana Ferro plunged 100 metres into a ravine near Dunmere on Sunday.",
    )
    assert conflicts == [{"200 feet", "100 metres"}]
    conflicts, compatible = _compared(
        "Ana Ferro plunged about 200 feet into a ravine near Dunmere on Sunday.",
        "Ana Ferro plunged 60 metres into a ravine near Dunmere on Sunday.",
    )
    assert (conflicts, compatible) == ([], [{"about 200 feet", "60 metres"}])


def test_a_fall_in_feet_is_a_fall_as_one_in_metres_is() -> None:
    # enrich counts feet (no unit): the slot still reads the motion the length measures
    doc = load_pipeline("en_core_web_sm")("Ana Ferro plunged 200 feet into a ravine.")
    claims = extract_claims(doc, build_actors(doc), [])
    assert [(c.what, c.event) for c in claims] == [("feet", "fall")]


def test_a_distance_in_miles_against_one_in_kilometres() -> None:
    conflicts, _ = _compared(
        "The quake struck 50 miles south of Dunmere on Sunday.",
        "The quake struck 120 kilometres south of Dunmere on Sunday.",
    )
    assert conflicts == [{"50 miles", "120 kilometres"}]
    conflicts, compatible = _compared(
        "The quake struck 50 miles south of Dunmere on Sunday.",
        "The quake struck 80 kilometres south of Dunmere on Sunday.",
    )
    assert (conflicts, compatible) == ([], [{"50 miles", "80 kilometres"}])


def test_a_seizure_in_pounds_against_one_in_kilograms() -> None:
    conflicts, _ = _compared(
        "Police seized 50 pounds of cocaine from a truck in Dunmere on Sunday.",
        "Police seized 40 kilograms of cocaine from a truck in Dunmere on Sunday.",
    )
    assert conflicts == [{"50 pounds", "40 kilograms"}]
    conflicts, compatible = _compared(
        "Police seized 50 pounds of cocaine from a truck in Dunmere on Sunday.",
        "Police seized 22 kilograms of cocaine from a truck in Dunmere on Sunday.",
    )
    assert (conflicts, compatible) == ([], [{"50 pounds", "22 kilograms"}])


def test_a_burned_area_in_acres_against_one_in_hectares() -> None:
    conflicts, _ = _compared(
        "The wildfire near Dunmere has burned 5,000 acres since Friday.",
        "The wildfire near Dunmere has burned 4,000 hectares since Friday.",
    )
    assert conflicts == [{"5,000 acres", "4,000 hectares"}]
    conflicts, compatible = _compared(
        "The wildfire near Dunmere has burned 5,000 acres since Friday.",
        "The wildfire near Dunmere has burned 2,000 hectares since Friday.",
    )
    assert (conflicts, compatible) == ([], [{"5,000 acres", "2,000 hectares"}])


def test_a_figure_shows_its_unit_only_against_another_unit() -> None:
    # one unit on both sides: the pair's unit says it once, each side shows its figure
    conflicts, _ = _compared(
        "Ana Ferro plunged 200 feet into a ravine near Dunmere on Sunday.",
        "Ana Ferro plunged 100 feet into a ravine near Dunmere on Sunday.",
    )
    assert conflicts == [{"200", "100"}]


def test_square_miles_against_square_kilometres() -> None:
    conflicts, _ = _compared(
        "The wildfire near Dunmere has burned 30 square miles since Friday.",
        "The wildfire near Dunmere has burned 20 square kilometres since Friday.",
    )
    assert conflicts == [{"30 square miles", "20 square kilometres"}]


def _decisions(first: str, second: str) -> list[str]:
    """How each pair of figures of one dimension from the two articles was decided."""
    articles, enrichments = enrich_outlets([("Wire", first + PAD + "\n"), ("Post", second + PAD)])
    return [record["decision"] for record in explain_claims(articles, enrichments)]


def test_a_height_and_a_fall_stay_apart() -> None:
    # one length each (so compared), two things measured
    decisions = _decisions(
        "The clock tower in Dunmere is 300 feet tall, the council said on Sunday.",
        "A painter fell 30 metres from the clock tower in Dunmere, the council said on Sunday.",
    )
    assert decisions
    assert all(d.startswith("not the same") for d in decisions)


def test_a_distance_from_a_place_and_a_roads_length_stay_apart() -> None:
    decisions = _decisions(
        "The bus crashed 20 miles from Dunmere on the coast road on Sunday, police said.",
        "The coast road to Dunmere is 50 kilometres long, police said on Sunday.",
    )
    assert decisions
    assert all(d.startswith("not the same") for d in decisions)


def test_an_area_and_a_length_in_one_unit_stay_apart() -> None:
    # "30 square miles" and "30 miles" were one unit before squares were read
    decisions = _decisions(
        "The wildfire near Dunmere has burned 30 square miles since Friday.",
        "The wildfire near Dunmere has burned 40 miles of the valley since Friday.",
    )
    assert decisions == []
