"""Words in marks that open their sentence as its subject but are someone's statement, not a
slogan (issue 12, quotes34: quotes33's slogan rule dropped two attributed quotes of PolNeAR
train). Invented sentences with fictional names; each case fails with its guard taken out."""

from __future__ import annotations

import pytest
from tests._quotes import quote

from newsbeat.enrich import quote_works


def test_a_teller_ending_the_sentence_keeps_the_words_his() -> None:
    text = (
        '"Boots on the ground" would be appropriate, Republican candidate Ben Harlow said'
        " after the attacks.\n"
    )
    assert quote(text, "Boots on the ground").speaker == "Ben Harlow"


def test_a_long_statement_as_subject_is_no_slogan() -> None:
    text = (
        "Tom Coyle, the farmer's lawyer, argues that his client never urged violence. \"The"
        " state is alleging that his calls asking people to come to the area as witnesses,"
        ' asking people to bring flowers, to come in peace" were urging violence.\n'
    )
    assert quote(text, "The state is alleging").speaker == "Tom Coyle"


@pytest.mark.parametrize(
    ("guard", "off"),
    [("_TOLD_LATER", r"(?!)"), ("_SLOGAN_WORDS", 1000)],
)
def test_without_the_guards_the_words_were_dropped(
    monkeypatch: pytest.MonkeyPatch, guard: str, off: object
) -> None:
    import re

    monkeypatch.setattr(quote_works, guard, re.compile(off) if isinstance(off, str) else off)
    texts = {
        "_TOLD_LATER": (
            '"Boots on the ground" would be appropriate, Republican candidate Ben Harlow said'
            " after the attacks.\n",
            "Boots on the ground",
        ),
        "_SLOGAN_WORDS": (
            "Tom Coyle, the farmer's lawyer, argues that his client never urged violence."
            ' "The state is alleging that his calls asking people to come to the area as'
            ' witnesses, asking people to bring flowers, to come in peace" were urging'
            " violence.\n",
            "The state is alleging",
        ),
    }
    text, words = texts[guard]
    with pytest.raises(AssertionError):
        quote(text, words)
