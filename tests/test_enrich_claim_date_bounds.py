"""A date that bounds a figure's act ("Before 1997") yields to one that places it ("in 1959")
(issue 12, branch conf39a). Invented sentences and names; the first test fails without
``placing_dates`` in ``enrich/claim_dates.py``, the guards keep a bound that is the sentence's
only date."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _dates(text: str) -> list[tuple[float | None, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [(c.low, c.time_ref) for c in claims]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param(
            "Before 1997, Tarrow had served only a five - year term in 1961.",
            [(5.0, "1961")],
            id="bound-and-place",
        ),
        pytest.param(
            "Since 2001, the Vellmark plant has cut 5,000 jobs in 2009.",
            [(5000.0, "2009")],
            id="since-and-place",
        ),
        # guards: a bound that is the only date still dates the figure
        pytest.param(
            "Since 2001, the Vellmark plant has cut 5,000 jobs.", [(5000.0, "2001")], id="alone"
        ),
    ],
)
def test_a_bound_yields_to_the_date_of_the_act(text: str, dates: list[tuple[float, str]]) -> None:
    assert _dates(text) == dates
