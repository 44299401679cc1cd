"""Figures a reader of real pages found misread (read33, session 33): a figure opening a list's
title, telling a radio station's dial or a model's number after a brand written with an inner
capital ("eReader 4"), and a change "from X to Y" told after a gerund the parser took for a
modifier. Invented sentences; each test fails without its rule."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _claims(text: str) -> list[tuple[float | None, float | None, str]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    found: list[FoundClaim] = extract_claims(doc, actors, extract_quotes(doc, actors, min_words=4))
    return [(c.low, c.high, c.what) for c in found]


def test_a_list_title_counts_nothing() -> None:
    assert _claims("Now you can hear 10 Things in Tech each morning.") == []
    assert _claims('Just tick "10 Things in Tech You Need to Know."') == []
    assert _claims("She wrote 7 Habits of Happy Farmers last year.") == []


def test_other_capitalised_plurals_and_small_list_nouns_keep_their_counts() -> None:
    assert _claims("The county hired 40 Nurses from Tarvia in June.") == [(40.0, 40.0, "nurses")]
    assert _claims("3 Britons were hurt in the crash.") == [(3.0, 3.0, "britons injured")]
    assert _claims("The council gave 10 grants to farms in the plan.") == [(10.0, 10.0, "grants")]
    # "10 things to know" is a writer's list, no count (claim_discourse, fix36)
    # an address stays no count
    assert _claims("The prime minister returned to 10 Downing Street on Monday.") == []


def test_a_radio_dial_before_its_call_sign_counts_nothing() -> None:
    assert _claims("The driver fled, police told 1010 WINS ’ Glenn Varga.") == []
    assert _claims("The mayor spoke to 880 WKSA on Friday.") == []


def test_wins_and_fans_next_to_capitals_keep_their_counts() -> None:
    # outside the dial's band, or a small noun after the capitals counted
    assert _claims("The Kessa team won 3 WINS in a row.") == [(3.0, 3.0, "wins")]
    assert _claims("About 1200 WWE fans queued outside.") == [(1080.0, 1320.0, "fans")]


def test_a_model_number_after_a_brand_with_an_inner_capital_counts_nothing() -> None:
    assert _claims("The Tarvo eReader 4 Plus sells for $99.") == [(99.0, 99.0, "dollars")]
    assert _claims("Some eReader 4 owners will upgrade early.") == []


def test_a_small_number_after_a_camel_case_brand_is_its_model() -> None:
    assert _claims("The new TarvoSafe 2 charger costs $79.") == [(79.0, 79.0, "dollars")]
    # a surname in camel case and a long figure after such a word keep their counts
    assert _claims("The McAllister 3 crew came home.") == [(3.0, 3.0, "crew")]
    assert _claims("On Monday, TarvoSafe 120 staff walked out.") == [(120.0, 120.0, "staff")]


def test_a_count_before_such_a_brand_keeps_it() -> None:
    assert _claims("The store sold 12 eReaders on Monday.") == [(12.0, 12.0, "ereaders")]
    assert _claims("The eBay listing drew 40 bids in an hour.") == [(40.0, 40.0, "bids")]


def test_a_change_after_a_gerund_read_as_a_modifier_is_the_new_figure() -> None:
    assert _claims(
        "A study in 19 people showed that increasing protein intake from 15% to 30% led to"
        " weight loss."
    ) == [(19.0, 19.0, "people"), (30.0, 30.0, "percent")]
    assert _claims("Increasing water rates from 3% to 5% angered farmers.") == [
        (5.0, 5.0, "percent")
    ]


def test_a_thing_that_grows_or_varies_keeps_its_range() -> None:
    assert _claims("Growing crowds from 300 to 400 people gathered each night.") == [
        (300.0, 400.0, "people")
    ]
    assert _claims("Anywhere from 3,000 to 4,000 people attended the rally.") == [
        (3000.0, 4000.0, "people")
    ]
