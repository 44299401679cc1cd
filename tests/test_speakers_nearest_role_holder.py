"""A definite role noun after several holders of that post: the one the sentence before
introduces (``enrich/speaker_roles.role_holder``, spk36). Every sentence is invented, every
name fictional; the rule case fails without the rule, each guard case with its guard out."""

from __future__ import annotations

from tests._quotes import quote

_EARLIER = (
    "Judge Ola Brantley sentenced the first man in March.\n"
    "The harbour was closed for a week after the theft.\n"
)


def test_the_holder_the_sentence_before_introduces_speaks() -> None:
    text = (
        _EARLIER + "Judge Ines Malvik reflected on the defendant's long career on Friday.\n"
        '"He is a shadow of the man he was," the judge said.\n'
    )
    assert quote(text, "shadow of the man").speaker == "Ines Malvik"


def test_guard_two_holders_in_the_sentence_before_name_nobody() -> None:
    text = (
        _EARLIER + "Judge Ines Malvik and Judge Tomas Greld heard the case together on Friday.\n"
        '"He is a shadow of the man he was," the judge said.\n'
    )
    assert quote(text, "shadow of the man").speaker is None


def test_guard_holders_named_further_back_name_nobody() -> None:
    text = (
        "Judge Ines Malvik heard the second case in April.\n"
        + _EARLIER
        + "The defendant said nothing when the sentence was read.\n"
        '"He is a shadow of the man he was," the judge said.\n'
    )
    assert quote(text, "shadow of the man").speaker is None
