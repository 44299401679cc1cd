"""'"…," the Courier quoted him as saying': the pronoun quoted speaks, not the outlet
(issue 12, quotes34; read in an ECB+ dev text where the magazine was the speaker of two
quotes). Invented articles with fictional names; each case fails on main."""

from __future__ import annotations

from tests._quotes import quote


def test_the_pronoun_an_outlet_quotes_is_the_speaker() -> None:
    text = (
        'Tom Brask will host the gala in May. "We want the night to be fun and I can hold a'
        ' stage," the Velmar Courier quoted him as saying.\n'
    )
    assert quote(text, "hold a stage").speaker == "Tom Brask"


def test_the_outlet_is_not_the_speaker_of_the_person_it_quotes() -> None:
    text = (
        "The festival chose Tom Brask as host. According to Ada Holm, the festival director,"
        ' the singer was chosen "because we want the night to be fun. He can hold a stage,"'
        " the Velmar Courier quoted her as saying.\n"
    )
    assert quote(text, "hold a stage").speaker == "Ada Holm"
