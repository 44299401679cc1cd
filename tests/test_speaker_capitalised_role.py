"""A standfirst's capitalised common noun as a teller ("Filmmaker says he …") is no name
(``speaker_tokens._capitalised_role``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quotes


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
