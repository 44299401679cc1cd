"""Names of one actor and actors of one name in an article (alias35, issue 12; read35: "Mark
Felt Jr." folded into his father "W. Mark Felt"). Invented sentences; each test fails without
its rule, each guard passes with and without it."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, int]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.mentions for name, actor in build_actors(doc).actors.items()}


def test_a_son_named_with_jr_beside_a_relative_is_another_person() -> None:
    text = (
        "W. Mark Vellacott, the former harbour treasurer, has died at 91. Vellacott kept the"
        " harbour books for thirty years.\n\nVellacott is survived by two children, Joan"
        " Vellacott and Mark Vellacott Jr., and four grandchildren."
    )
    got = _actors(text)
    assert "W. Mark Vellacott" in got
    assert "Mark Vellacott Jr" in got or "Mark Vellacott Jr." in got


def test_a_son_named_with_jr_where_the_text_names_a_father() -> None:
    text = (
        "Mark Vellacott Jr. opened the bakery on Monday. His father, Mark Vellacott, baked"
        " bread there for forty years."
    )
    got = _actors(text)
    assert len([n for n in got if "Vellacott" in n]) == 2


def test_jr_alone_with_the_name_is_one_person() -> None:
    # guard: no relative in the text, the name without "Jr." is him
    text = (
        "Mark Vellacott Jr. opened the bakery on Monday. Mark Vellacott said the ovens came"
        " from Ostend."
    )
    got = _actors(text)
    assert len([n for n in got if "Vellacott" in n]) == 1
