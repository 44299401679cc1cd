"""A quote that opens in a sentence told "according to" a person, attributed by a pronoun
(``quote_according_frame``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote

_BEFORE = "Singer Jon Brenner has been named host of the Harbour Awards.\n\n"


def test_the_pronoun_of_a_quote_framed_by_according_to_is_the_source() -> None:
    text = (
        _BEFORE + "According to Tomas Reel, producer of the show, the singer was chosen "
        '"because we want the night to be fun.\n\n'
        "He can hold a stage and he can hold a room.\n\n"
        'It does not hurt that he sings well," the Ledger quoted him as saying.\n'
    )
    assert quote(text, "night to be fun").speaker == "Tomas Reel"


def test_a_source_of_the_other_sex_gives_nobody_not_the_subject() -> None:
    # The pronoun cannot be the woman the sentence names as its source; the singer, the
    # subject, is not taken either; a man, the pronoun could mean him (the words are the source's).
    text = (
        _BEFORE + "According to Mira Holt, producer of the show, the singer was chosen "
        '"because we want the night to be fun.\n\n'
        "He can hold a stage and he can hold a room.\n\n"
        'It does not hurt that he sings well," the Ledger quoted him as saying.\n'
    )
    assert quote(text, "night to be fun").speaker is None


def test_a_document_after_according_to_frames_nobody() -> None:
    # Guard: "according to a report" names no person; the pronoun is read as before (the
    # singer, the sentence's subject).
    text = (
        _BEFORE + "According to a report in the Ledger, the singer was chosen "
        '"because we want the night to be fun.\n\n'
        "He can hold a stage and he can hold a room.\n\n"
        'It does not hurt that he sings well," he said.\n'
    )
    assert quote(text, "night to be fun").speaker == "Jon Brenner"
