"""A standfirst's capitalised common noun as a teller ("Filmmaker says he …") is no name
(``speaker_tokens._capitalised_role``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote, quotes


def test_a_capitalised_role_noun_opening_a_standfirst_is_no_speaker() -> None:
    text = (
        "Ola Berg Will Not Direct 'Harbour Lights' Sequel\n\n"
        "Filmmaker says he cannot commit to the production schedule for 'Harbour Nights'\n\n"
        "Harbour Lights director Ola Berg will not return for the second film, the Kessel "
        "Ledger reports.\n"
    )
    assert all(q.speaker != "Filmmaker" for q in quotes(text))


def test_a_surname_that_is_a_role_noun_stays_a_name() -> None:
    # Guard: the person is named in full; the surname alone opening a sentence is hers.
    text = (
        "Anna Judge has led the harbour trust for ten years.\n\n"
        "Judge says the trust will sell the old quay to the town next spring.\n"
    )
    found = [q for q in quotes(text) if "old quay" in q.text]
    assert found and found[0].speaker == "Anna Judge"


def test_a_title_word_that_is_a_surname_opening_a_sentence_stays_a_name() -> None:
    # Guard: "King" is a title head and a surname; the one word is the teller's name.
    text = (
        "The trial of a teenager accused of the shooting opened in Kessel on Monday.\n"
        'King provided an explanation, saying, "The note was written long after the night '
        'of the shooting and it proves nothing,"\n'
    )
    assert quote(text, "note was written").speaker == "King"
