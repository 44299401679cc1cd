"""Speakers and claimants on real pages, second pass (issue 12; docs/realnews-annotation.md,
"Speakers and claimants on real pages, second pass (branch quotesreal2)"). Invented articles,
one class a test, each with a control that the rule leaves alone."""

from __future__ import annotations

from _quotes import quote, quotes
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _claimants(text: str) -> dict[float, str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    found = extract_quotes(doc, actors)
    return {c.low: c.claimant for c in extract_claims(doc, actors, found) if c.low is not None}


def test_a_medium_named_after_its_kind_is_the_medium() -> None:
    # The parser hangs the name under the kind as a modifier: the name carried the words
    # (spaCy makes a new Token at each ``.head``, so the old identity test never held).
    text = '"We will not back down," Minister Lena Holm said, according to the radio station IRNA.'
    assert quote(text, "We will not").via == "IRNA"
    control = (
        '"We will not back down," Minister Lena Holm said, according to the state broadcaster NRK.'
    )
    assert quote(control, "We will not").via == "NRK"
