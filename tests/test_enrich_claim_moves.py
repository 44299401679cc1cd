"""A figure that says how much something moved is a change, not a level, and a rate told
after a participle is a rate (confscope29, from read29's claim classes). Invented sentences;
each fails without its rule, and a control keeps the level or the count."""

from __future__ import annotations

import pytest
from tests._enrich_docs import enrich_outlets

_PAD = "\n\nThe report was published by the regional office on its website this morning.\n"


def _roles(text: str) -> dict[float | None, str | None]:
    _, enrichments = enrich_outlets([("Wire", text + _PAD)])
    return {c.low: c.role for c in enrichments[1].claims}


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Orvell is down almost five points per game this season.", 4.5, "change"),
        ("Orvell is down five points and just over two rebounds per contest.", 2.0, "change"),
        ("The Kestrels were down by three goals at half-time in Varnia.", 3.0, "change"),
        # controls: a level reached, a motion, a plain average, a share's fall (outlets tell
        # it as the share cut: "80 percent of services were cut")
        ("Ticket sales at the Kessing arena were up 12 percent in March.", 12.0, None),
        ("Web services in Varnia were down by 80 percent on Friday.", 80.0, None),
        ("Turnout in Varnia is down to 40 percent.", 40.0, None),
        ("The trawler went down 20 miles off the coast of Varnia.", 20.0, "distance"),
        ("Orvell averages 12 points and eight rebounds.", 12.0, None),
        # a rate after a participle, and "per contest"
        ("The Kestrels have the best defense (156.9 yards allowed per game).", 156.9, "rate"),
        ("Orvell grabbed nine rebounds per contest last season.", 9.0, "rate"),
    ],
)
def test_role(text: str, value: float, role: str | None) -> None:
    assert _roles(text).get(value, "missing") == role, _roles(text)
