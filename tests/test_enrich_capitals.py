"""A capital stands for its state only as an agent (issue 12 item 3): "a fire in Wellington"
in a story set in Somerset is the town, not New Zealand; "Moscow said" is Russia. Invented
sentences."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors_of(text: str, word: str) -> set[str]:
    doc = load_pipeline("en_core_web_sm")(text)
    table = build_actors(doc)
    return {m.actor for m in table.mentions if text[m.start : m.end] == word}


def test_a_capital_where_something_happens_is_the_city() -> None:
    text = (
        "Fire crews were called to the supermarket in Wellington, Somerset, on Tuesday night. "
        "The store in Wellington will stay closed until March."
    )
    assert _actors_of(text, "Wellington") == {"Wellington"}


def test_a_capital_that_acts_is_its_state() -> None:
    text = (
        "Moscow said on Monday it would expel two diplomats. "
        "The sanctions were condemned by Moscow, and Moscow's reply came within hours."
    )
    assert _actors_of(text, "Moscow") == {"Russia"}


def test_both_uses_in_one_article_keep_their_own_reading() -> None:
    text = "Moscow said on Monday it would expel two diplomats. Talks were held in Moscow."
    doc = load_pipeline("en_core_web_sm")(text)
    table = build_actors(doc)
    by_offset = {m.start: m.actor for m in table.mentions}
    assert by_offset[0] == "Russia"
    assert by_offset[text.rindex("Moscow")] == "Moscow"
