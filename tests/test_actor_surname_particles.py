"""A surname with a particle that is also a first name ("Van", "Del") or a hyphenated surname
written with spaces round its hyphen, alone, is the one person named in full with it (alias36,
issue 12; dumps: "Van Rompuy", "Del Giudice", "Lo Presti", "Strauss - Kahn" ×2 listed beside
the full names). Invented sentences; each test fails without the rule, each guard passes with
and without it."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, int]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.mentions for name, actor in build_actors(doc).actors.items()}


def test_a_surname_with_a_particle_alone_is_the_one_bearer() -> None:
    got = _actors("Herman Van Rompuy met the press on Monday. Van Rompuy said the talks went well.")
    assert got == {"Herman Van Rompuy": 2}
    got = _actors("Marco Del Vecchio won on Monday. Del Vecchio said the race was hard.")
    assert got == {"Marco Del Vecchio": 2}


def test_a_spaced_hyphenated_surname_alone_is_the_one_bearer() -> None:
    got = _actors(
        "Dominique Strauss - Kahn resigned on Monday. Strauss - Kahn said he was innocent."
    )
    assert got == {"Dominique Strauss - Kahn": 2}


def test_two_bearers_of_the_surname_keep_it_apart() -> None:
    # guard: two people of one surname stay two, and the surname alone is neither
    got = _actors(
        "Herman Van Rompuy met Peter Van Rompuy, his brother, on Monday. Van Rompuy said the"
        " talks went well."
    )
    assert got == {"Herman Van Rompuy": 1, "Peter Van Rompuy": 1, "Van Rompuy": 1}
    got = _actors(
        "Dominique Strauss - Kahn met Anne Strauss - Kahn on Monday. Strauss - Kahn said so."
    )
    assert got["Strauss - Kahn"] == 1
