"""A country misspelt beside the country itself is that country, by data (alias36, issue 12;
read35: "Turkeminstan's CEC" in an article about Turkmenistan listed as a second country).
Invented sentences; each test fails without the rule, each guard passes with and without it."""

from __future__ import annotations

from newsbeat.enrich.actor_misspelt_countries import misspelt
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, int]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.mentions for name, actor in build_actors(doc).actors.items()}


def test_two_swapped_pairs_in_a_long_name_are_the_country() -> None:
    got = _actors(
        "Kaldria will vote on Sunday. Turkeminstan's election board plans to hold the vote on"
        " December 15, officials in Turkmenistan said."
    )
    assert "Turkeminstan" not in got
    assert got["Turkmenistan"] == 2


def test_one_edit_is_the_country() -> None:
    assert _actors("Troops arrived in Mongloia on Monday, officials in Mongolia said.") == {
        "Mongolia": 2
    }
    got = _actors("Officials in Turkmenistan said the vote is set. Turkmenstan's board agreed.")
    assert got == {"Turkmenistan": 2}


def test_other_countries_short_names_and_no_country_stay_apart() -> None:
    # guards: two countries one edit apart; a name of five letters; no country in the article
    assert _actors("The Gambia and Zambia signed a deal. Officials in Zambia said so.") == {
        "Gambia": 1,
        "Zambia": 2,
    }
    assert _actors("Troops arrived in Chian on Monday, officials in China said.") == {
        "Chian": 1,
        "China": 1,
    }
    got = _actors("Turkeminstan's election board plans to hold the vote on December 15.")
    assert got == {"Turkeminstan": 1}


def test_a_city_of_the_gazetteer_one_edit_from_the_country_stays_apart() -> None:
    # guard: Columbia (a city of the gazetteer) beside Colombia
    got = _actors(
        "Coffee prices in Colombia rose on Monday. Traders in Columbia and Atlanta said stocks"
        " were low."
    )
    assert got["Columbia"] == 1 and got["Colombia"] == 1


def test_two_swaps_only_in_a_long_name_of_the_same_letters() -> None:
    assert misspelt("turkeminstan", "turkmenistan")
    assert not misspelt("mognloia", "mongolia")  # two swaps in eight letters
    assert not misspelt("turkeminstam", "turkmenistan")  # not the same letters
