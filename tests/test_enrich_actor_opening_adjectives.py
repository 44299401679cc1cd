"""A sentence's opening adjective run into a person's name leaves it (read34: "Recent Samsung
smart TVs" made a person of the company and took its seven mentions; "Stunning Williams"
stood beside the actress). Invented sentences; each test fails without the rule or its guard."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, str]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.type for name, actor in build_actors(doc).actors.items()}


def test_an_opening_adjective_leaves_the_name() -> None:
    got = _actors(
        "Recent Samsung smart TVs can play the films. Samsung said the update ships in May."
        " The Samsung app is free."
    )
    assert got == {"Samsung": "ORG"}
    assert _actors("Stunning Williams quickly became a star. Williams later swam in films.") == {
        "Williams": "PERSON"
    }


def test_a_name_whose_rest_is_never_written_alone_stays_whole() -> None:
    # nothing tells a stage name ("Little Richard") from a glued adjective here
    assert _actors("Stunning Williams quickly became a star. The crowd cheered.") == {
        "Stunning Williams": "PERSON"
    }


def test_the_same_glue_inside_a_headline_cased_sentence() -> None:
    got = _actors("Fans said Recent Samsung models sold well. Samsung agreed.")
    assert "Recent Samsung" not in got
    assert "Samsung" in got


def test_a_first_name_or_a_word_tagged_a_name_stays() -> None:
    # "Sunny" is tagged an adjective but is a known first name
    assert "Sunny Okafor" in _actors("Sunny Okafor won the race. Okafor thanked fans.")
    # "Brave" is an adjective of the word list but tagged a name word (NNP)
    assert "Brave Okafor" in _actors("Brave Okafor won the race. Okafor thanked fans.")
    # an adjective names open with as often as sentences ("Little Richard", "New Moon")
    assert "Little Okafor" in _actors("Little Okafor won the race. Okafor thanked fans.")
