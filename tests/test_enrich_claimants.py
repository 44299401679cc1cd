"""Who tells a figure: a cue verb's subject only when the verb tells it (issue 12, claims).

"The index added 20 points" adds; "the engine puts out 151 horsepower" produces: neither
subject is the source of the sentence's figures (real market reports gave one index every
move of the day). Invented sentences; each test has a control that keeps the cue."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline


def _claimants(text: str) -> dict[float, str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {c.low: c.claimant for c in extract_claims(doc, build_actors(doc), [])}


def test_an_index_that_added_points_tells_no_figure() -> None:
    found = _claimants(
        "The Velmar index fell 102 points, or 0.36%, while the Orsa Composite added"
        " 20.72 points, or 0.24%."
    )
    assert found == {102.0: None, 0.36: None, 20.72: None, 0.24: None}
    # control: "added that ..." is speech, its subject tells the figure
    assert _claimants("Lena Holm added that 40 boats had been lost in the storm.") == {
        40.0: "Lena Holm"
    }


def test_put_tells_a_figure_only_as_put_at() -> None:
    found = _claimants(
        "The screen also shows the Orsa Parking Monitor which allows for safer parking."
        " A new engine replaces the old one. It puts out 151 horsepower."
    )
    assert found == {151.0: None}
    # control: "put the toll at" is an estimate of its subject
    assert _claimants("The interior ministry put the death toll at 31 on Friday.") == {
        31.0: "interior ministry"
    }
    # control: "at" attached away from "put" by the parser is still an estimate
    found = _claimants("Police put the march to mark a 24-hour strike at roughly 30,000 people.")
    assert found[24000.0] == "Police"  # "roughly 30,000": 24,000 to 36,000
