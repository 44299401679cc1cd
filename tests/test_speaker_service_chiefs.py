"""'"…," said the navy chief' after an admiral is named (``speaker_service_chiefs``). Every
sentence is invented."""

from __future__ import annotations

from tests._quotes import quote

_QUOTE = '"We acted within the law and we would do it again," said the navy chief.\n'


def test_the_navy_chief_is_the_admiral_named_just_before() -> None:
    text = (
        "The navy sank a trawler off the coast last month.\n"
        "Admiral Oskar Vellani had declared that his force had done nothing wrong.\n" + _QUOTE
    )
    assert quote(text, "within the law").speaker == "Oskar Vellani"


def test_a_vice_admiral_heads_no_navy() -> None:
    # Guard: a lower rank of the same word.
    text = (
        "The navy sank a trawler off the coast last month.\n"
        "Vice Admiral Oskar Vellani had declared that his force had done nothing wrong.\n" + _QUOTE
    )
    assert quote(text, "within the law").speaker != "Oskar Vellani"


def test_a_general_is_not_the_navy_chief() -> None:
    # Guard: the top rank of another service.
    text = (
        "The navy sank a trawler off the coast last month.\n"
        "General Oskar Vellani had declared that his force had done nothing wrong.\n" + _QUOTE
    )
    assert quote(text, "within the law").speaker != "Oskar Vellani"


def test_a_person_named_in_between_stops_the_look_back() -> None:
    # Guard: the minister is the nearest person named; the admiral is not taken past him.
    text = (
        "Admiral Oskar Vellani had declared that his force had done nothing wrong.\n"
        "Defence Minister Arvid Brenholt also defended the sinking of the trawler.\n" + _QUOTE
    )
    assert quote(text, "within the law").speaker is None


def test_two_admirals_give_no_navy_chief() -> None:
    # Guard: two holders of the rank; which one heads the navy the text does not say.
    text = (
        "Admiral Tomas Brekke led the fleet into the strait on Monday.\n"
        "Admiral Oskar Vellani had declared that his force had done nothing wrong.\n" + _QUOTE
    )
    assert quote(text, "within the law").speaker is None
