"""The subject a parse hid inside a fronted participle phrase
(``enrich/speaker_fronted.py``, read35 class 3, spk36). Every sentence is invented, every name
fictional; the rule case fails without its rule."""

from __future__ import annotations

from tests._quotes import quote


def test_the_person_after_a_fronted_participle_phrase_speaks() -> None:
    text = (
        "The flaw lets thieves read the passwords of every user.\n"
        "Writing in a company blog, Aldo Perkel, director of the Norvik Response Center, urged "
        'users to test and deploy the update "as quickly as possible."\n'
    )
    assert quote(text, "as quickly as possible").speaker == "Aldo Perkel"


def test_guard_a_name_the_phrase_is_about_does_not_speak() -> None:
    text = (
        "The flaw lets thieves read the passwords of every user.\n"
        "Writing in a company blog about Aldo Perkel, the board urged users to deploy the "
        'update "as quickly as possible."\n'
    )
    assert quote(text, "as quickly as possible").speaker != "Aldo Perkel"
