"""A span between two events is printed with its anchor as written, and its anchor is keyed
whole (issue 12, claims38; ``compare/interval_labels.py``, ``enrich/claim_intervals.py``):
"two weeks after Dan Roe made a similar move" was printed "2 weeks (weeks after make)", "two
days after the break-in" keyed "days after in", and "two years after that day in October"
read as a span after an event "day".

Invented sentences and names. The rule tests fail without the rules; the guards keep other
labels, and two spans of other anchors apart."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets, counted

from newsbeat.compare.records import claim_label
from newsbeat.models import Claim


def _label(what: str, unit: str, sentence: str, value: float = 2.0) -> str:
    claim = Claim(
        what=what, low=value, high=value, exact=True, unit=unit, claimant=None, sentence=sentence
    )
    return claim_label(claim)


@pytest.mark.parametrize(
    ("what", "unit", "sentence", "label"),
    [
        (
            "weeks after make",
            "weeks",
            "Vell left the Orsk club two weeks after Dan Roe made a similar move.",
            "2 weeks after Dan Roe made a similar move",
        ),
        (
            "days after break-in",
            "days",
            "The pair met -- two days after the break-in -- and again five months after Vell "
            "left the bureau.",
            "2 days after the break-in",
        ),
        (
            "months after leave",
            "months",
            "The pair met -- two days after the break-in -- and again two months after Vell "
            "left the bureau.",
            "2 months after Vell left the bureau",
        ),
        (
            "years after tip",
            "years",
            "Vell, who named himself the source two years after he tipped off the Orsk paper to "
            "the scandal that toppled a mayor, has died.",
            "2 years after he tipped off the Orsk paper to the…",
        ),
        ("days earlier", "days", "Vell had bought the van two days earlier.", "2 days earlier"),
        (
            "months before escape",
            "months",
            "Guards stopped searching visitors two months before Vell's escape and moved to spot "
            "checks.",
            "2 months before Vell's escape",
        ),
        (
            "years after confirm",
            "years",
            "More than 30 years after the scandal and Mr Roe confirmed the story, Vell spoke.",
            "2 years after the scandal and Mr Roe confirmed the story",
        ),
    ],
)
def test_a_span_is_printed_with_its_anchor_as_written(
    what: str, unit: str, sentence: str, label: str
) -> None:
    assert _label(what, unit, sentence) == label


def test_a_span_whose_anchor_is_not_found_says_so() -> None:
    # two "after" spans of one unit: which is whose is not told; the lemma is no phrase
    sentence = "Vell left two weeks after Roe quit and came back two weeks after Roe returned."
    assert _label("weeks after quit", "weeks", sentence) == "2 weeks (after another event)"


def test_other_labels_are_unchanged() -> None:
    # guards: a unit with another counted word, a plain count
    assert _label("budget", "crowns", "Orsk set a budget of 2 crowns.") == "2 crowns (budget)"
    assert _label("people", None, "2 people came.") == "2 people"  # type: ignore[arg-type]


def test_a_hyphened_anchor_is_keyed_whole() -> None:
    assert counted("The two met two days after the break-in at the Orsk office.") == [
        ("days after break-in", 2.0)
    ]


def test_a_span_after_a_day_is_no_span_between_events() -> None:
    text = (
        "Facing trial, Vell resigned the post in disgrace less than two years after that day "
        "in October when the memo leaked."
    )
    assert counted(text) == []


def test_two_spans_of_other_anchors_are_not_compared() -> None:
    # guard: the compare stage keys on the anchor; the printed phrase changes nothing there
    first = "Tam Oyelo died two days after the break-in at the gym, his trainer said."
    second = "Tam Oyelo died three days after the sit-down at the gym, his trainer said."
    found = compare_outlets([("Wire", first), ("Post", second)])
    assert found.conflicts == []
