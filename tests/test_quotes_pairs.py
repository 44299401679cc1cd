"""A quote "the pair said" after a quote two named people gave together: both speak it
(``quote_pairs``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote

_JOINT = (
    "The Harbour Awards named singer Jon Brenner as host on Friday.\n\n"
    '"Jon Brenner is a born entertainer and a fine singer," said Tomas Reel and Ada Vosk, '
    "the new producers of the show.\n\n"
)


def test_the_pair_goes_on_with_the_two_named_before() -> None:
    text = _JOINT + '"He also has charm and a sense of fun," the pair said in a statement.\n'
    found = quote(text, "charm and a sense")
    assert found.speaker is None
    assert set(found.speakers) == {"Tomas Reel", "Ada Vosk"}


def test_someone_named_between_stops_the_pair() -> None:
    # Guard: a third person is named between the two quotes.
    text = (
        _JOINT + "Last year's host, Mira Holt, will present one award.\n\n"
        '"He also has charm and a sense of fun," the pair said in a statement.\n'
    )
    assert quote(text, "charm and a sense").speakers == ()
