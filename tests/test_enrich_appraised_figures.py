"""A figure the writer weighs ("Eight years seems like a reasonable contract") is no claim; a
hedged report through a raising verb ("Ten people seem to have died") still is."""

from __future__ import annotations

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline

_OPTIONS = EnrichOptions()


def _claims(text: str) -> list[tuple[str, float | None]]:
    doc = load_pipeline(_OPTIONS.model)(text)
    enrichment = analyse_doc(doc, ArticleInput(id=1, text=text, outlet="Test"), _OPTIONS)
    return [(c.unit or "", c.low) for c in enrichment.claims]


def test_a_weighed_duration_is_no_claim() -> None:
    text = (
        "The Harbour Kings offered Tomas Velland a contract on Monday. "
        "Eight years seems like a reasonable contract length for a player of his age."
    )
    assert not [c for c in _claims(text) if c[1] == 8.0]


def test_a_hedged_report_through_seem_is_still_a_claim() -> None:
    text = "Ten people seem to have died in the fire at the Marvoli depot, officials said."
    assert any(c[1] == 10.0 for c in _claims(text))
