"""A broadcast's lead-in tells no fact: "There is breaking news out of Troy, Michigan, a suburb
of Detroit." was a summary bullet (reader22, 18_4ecbplus). Invented sentences."""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_usable
from newsbeat.compare.summarise import SummaryOptions


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("There is breaking news out of Kessel, a suburb of Orsk, this morning.", False),
        ("There's breaking news tonight from the harbour town of Velmar.", False),
        ("We have some breaking news from the Orsk city council this afternoon.", False),
        ("There is no news of the three fishermen missing off Kessel since Monday.", True),
        ("The breaking news was read out at the Orsk council meeting on Monday.", True),
    ],
)
def test_a_broadcast_lead_in_is_no_candidate(sentence: str, usable: bool) -> None:
    assert summary_usable.usable(sentence, SummaryOptions(), []) is usable


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("Harbour News 24 has exclusive pictures of the rescue off Kessel.", False),
        ("The Velmar Courier has obtained exclusive footage of the blaze at the depot.", False),
        ("Watch the video of the storm hitting the Orsk seafront.", False),
        ("Police have released pictures of the two men seen leaving the depot.", True),
        ("The ministry has exclusive rights to the mine under a 1998 treaty.", True),
    ],
)
def test_an_outlet_offering_its_own_pictures_is_no_candidate(sentence: str, usable: bool) -> None:
    """read29 (12_10ecbplus): an outlet's offer of its pictures was a summary bullet."""
    assert summary_usable.usable(sentence, SummaryOptions(), []) is usable
