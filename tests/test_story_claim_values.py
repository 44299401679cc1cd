"""A story's claims carry the figure as its article wrote it (``value``), the same words the
reports print, so the web page never shows a written range as its middle."""

from __future__ import annotations

from newsbeat.models import Claim, Enrichment
from newsbeat.serialize import enrichment_json


def _claim(low: float | None, high: float | None, *, exact: bool, hedge: str | None) -> Claim:
    return Claim(
        what="hours",
        low=low,
        high=high,
        exact=exact,
        unit="hours",
        claimant=None,
        sentence="The search will go on for 72 to 120 hours.",
        hedge=hedge,
    )


def _values(*claims: Claim) -> list[str]:
    enrichment = Enrichment(article_id=1, entities=[], quotes=[], claims=list(claims))
    return [c["value"] for c in enrichment_json([enrichment])["claims"]]


def test_a_written_range_is_shown_as_written_not_as_its_middle() -> None:
    # 72-120 is exactly 96 give or take a quarter: format_range alone says "about 96"
    assert _values(_claim(72, 120, exact=False, hedge=None)) == ["72–120"]


def test_hedge_words_are_kept() -> None:
    assert _values(
        _claim(600, None, exact=False, hedge="at least"),
        _claim(90, 110, exact=False, hedge="about"),
        _claim(4200, 4200, exact=True, hedge=None),
    ) == ["at least 600", "about 100", "4,200"]
