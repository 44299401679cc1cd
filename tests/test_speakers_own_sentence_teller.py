"""Speakers and claimants the session-21 review found taken from the wrong teller: a quote
whose own sentence names its speaker handed to an outlet in the short sentence after it, and
a figure told by the teller closing an earlier clause rather than the one closing its own.
Invented articles with fictional names; each rule case fails without its rule, the guards
pass on both."""

from __future__ import annotations

from tests._quotes import quote as _quote

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _claimants(text: str) -> list[tuple[float, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return [(c.low, c.claimant) for c in extract_claims(doc, actors, extract_quotes(doc, actors))]


# -- a quote's own sentence keeps its speaker ----------------------------------------------------

_VELT = 'Mayor Ana Velt said the levy "will pass easily this time." '


def test_an_outlet_saying_something_else_next_does_not_take_the_quote() -> None:
    text = _VELT + "Reuters said the vote was close.\n"
    assert _quote(text, "pass easily").speaker == "Ana Velt"


def test_an_outlet_reporting_next_does_not_take_the_quote() -> None:
    text = _VELT + "Reuters reported on Monday.\n"
    assert _quote(text, "pass easily").speaker == "Ana Velt"


def test_a_longer_report_after_the_quote_never_took_it() -> None:
    text = _VELT + "The Courier reported that she was confident.\n"
    assert _quote(text, "pass easily").speaker == "Ana Velt"


def test_a_quote_alone_in_its_sentence_is_still_told_by_the_next() -> None:
    text = 'The council votes on Friday. "The levy will pass easily this time." Dara Kolt said.\n'
    assert _quote(text, "pass easily").speaker == "Dara Kolt"


def test_a_quote_after_someone_elses_words_is_still_told_by_the_next() -> None:
    text = 'Mayor Ana Velt said the levy would pass. "It will fail in the end." Dara Kolt said.\n'
    assert _quote(text, "fail in the end").speaker == "Dara Kolt"


# -- the teller closing the figure's own clause ----------------------------------------------------

_ARDEN = "Unemployment in Arden will reach 9 percent this year"
_GROWTH = "growth will slow to 2 percent"


def test_a_teller_closing_an_earlier_clause_does_not_tell_the_next_figure() -> None:
    text = f"{_ARDEN}, the Velmar Fund says, and {_GROWTH}, the Harlow Institute projects."
    assert _claimants(text) == [(9.0, "Velmar Fund"), (2.0, "Harlow Institute")]


def test_according_to_closing_an_earlier_clause_does_not_tell_the_next_figure() -> None:
    text = f"{_ARDEN} according to the Velmar Fund, while {_GROWTH}, the Harlow Institute projects."
    assert _claimants(text) == [(9.0, "Velmar Fund"), (2.0, "Harlow Institute")]


def test_an_unnamed_teller_closing_the_figures_clause_leaves_it_to_nobody() -> None:
    text = f"{_ARDEN}, the Velmar Fund says, and {_GROWTH}, economists said."
    assert _claimants(text) == [(9.0, "Velmar Fund"), (2.0, None)]


def test_with_no_teller_closing_the_sentence_the_earlier_one_tells_both() -> None:
    text = f"{_ARDEN}, the Velmar Fund says, and {_GROWTH}."
    assert _claimants(text) == [(9.0, "Velmar Fund"), (2.0, "Velmar Fund")]


def test_a_speaker_before_the_figure_keeps_it_over_the_closing_teller() -> None:
    text = "Dara Kolt said the levy raised $40 million last year, the Arden Courier reported."
    assert _claimants(text) == [(40000000.0, "Dara Kolt")]
