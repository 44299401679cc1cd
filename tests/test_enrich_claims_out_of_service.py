"""Claim slots of branch confread7 (issue 12): a share "down" or "offline" is a disruption.

Invented sentences. The rule test fails without ``claim_events._out_of_service`` (no event);
the guard keeps a fall ("sales were down 5 per cent") without one."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _events(text: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return [c.event for c in extract_claims(doc, actors, extract_quotes(doc, actors))]


def test_a_share_of_a_service_down_or_offline_was_disrupted() -> None:
    assert _events("Sixty-five per cent of the calls to Norvania were down on Monday.") == [
        "disrupt"
    ]
    assert _events("At present 65% of traffic with Norvania is offline.") == ["disrupt"]
    # the passive it stands for reads the same event
    assert _events("Up to 40 per cent of the lines to Kelstad were disrupted.") == ["disrupt"]


def test_a_figure_after_down_is_a_fall_not_a_disruption() -> None:
    assert _events("Sales at the Ardley chain were down 5 per cent in March.") == [None]


def _subjects(text: str, what: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [c.subject for c in claims if c.what == what]


def test_the_name_in_apposition_to_a_described_subject() -> None:
    # a fronted time parsed as a second subject, and the name in apposition to "climber"
    text = (
        "The day following Kessin's death an ill-equipped mountain climber, 31-year-old "
        "Tomas Vellander of Ardley, slipped on ice and fell 700 meters to his own death."
    )
    assert _subjects(text, "metres") == ["Tomas Vellander"]
    text = "Their parent company, Grentham Mills Inc., cut 300 jobs."
    assert [str(s).rstrip(".") for s in _subjects(text, "jobs")] == ["Grentham Mills Inc"]


def test_two_people_in_apposition_name_no_one() -> None:
    text = "Vell's mother, Dana, and father, Ivo, attended the hearing for 12 weeks."
    assert _subjects(text, "weeks") == [None]
