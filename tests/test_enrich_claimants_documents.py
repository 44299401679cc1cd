"""Claimants readers found left unnamed (session 20, issue 12): reports a body received, a
document that finds or shows a figure, a passive "projected by". Invented sentences; each rule
case fails without its rule, the controls pass on both."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _claimants(text: str) -> dict[float, str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return {c.low: c.claimant for c in extract_claims(doc, actors, extract_quotes(doc, actors))}


def test_reports_received_by_a_body_are_its_claim() -> None:
    found = _claimants(
        "At least 40 protesters were killed in Velmar last week, according to reports"
        " received by Amnesty International."
    )
    assert found == {40.0: "Amnesty International"}


def test_a_report_that_found_a_figure_is_its_issuers_claim() -> None:
    found = _claimants("A report from the Harlow Institute found that 12% of wells were polluted.")
    assert found == {12.0: "Harlow Institute"}


def test_figures_that_show_a_figure_are_their_publishers_claim() -> None:
    found = _claimants(
        "Figures published by the Orsa Statistics Bureau show that 3,000 jobs were lost in March."
    )
    assert found == {3000.0: "Orsa Statistics Bureau"}


def test_a_bodys_projections_that_show_a_figure_are_its_claim() -> None:
    found = _claimants("The Budget Office's projections show a deficit of $1.2 trillion in 2027.")
    assert found == {1.2e12: "Budget Office"}


def test_a_passive_projection_is_its_agents_claim() -> None:
    found = _claimants(
        "Lawmakers met on Monday. The deficit is projected by the Budget Office to reach"
        " $1.2 trillion."
    )
    assert found == {1.2e12: "Budget Office"}


def test_finding_or_showing_things_tells_no_figure() -> None:
    assert _claimants("Police found 12 bodies in the house on Friday.") == {12.0: None}
    assert _claimants("The video shows 12 men walking into the bank.") == {12.0: None}


def test_polls_of_two_bodies_that_show_two_figures_name_no_claimant() -> None:
    found = _claimants(
        "Recent polls from Harlow University and the Orsa Herald respectively show a 56% and"
        " 54% approval rating."
    )
    assert found == {56.0: None, 54.0: None}


def test_a_poll_that_shows_a_figure_names_no_body_from_elsewhere() -> None:
    found = _claimants(
        "Only days before the Republican Convention in Cleveland, Ohio, a new national poll"
        " shows Republican presidential candidate Ada Holm with her largest lead to date over"
        " Democratic candidate Tom Vell.\n\nThe latest Halvorsen Reports poll shows Holm leading"
        " Vell 44 percent to 37 percent.\n"
    )
    assert found[44.0] is None  # not the convention the sentence before names
