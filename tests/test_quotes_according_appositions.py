"""A name written in apposition after the noun "according to" names
(``enrich/speaker_appositions.py``, quotes33: read on the extraction benchmark's real
pages). Every sentence is invented, every name fictional; the rule case fails without the
rule, the guard case with its guard taken out."""

from __future__ import annotations

from tests._quotes import quote


def test_the_name_after_according_to_his_aunt_is_the_speaker() -> None:
    text = (
        "Olav Brint was born in a small town in 1957. Everyone called him Ned. According to"
        " his aunt, Vera Collum, “He was brilliant from the start—reading at an adult level"
        " when he was in kindergarten.” He played chess."
    )
    assert quote(text, "brilliant from the start").speaker == "Vera Collum"


def test_guard_a_name_that_opens_a_list_of_sources_is_not_the_speaker() -> None:
    text = (
        "Olav Brint was born in 1957. According to his aunt, Vera Collum, and two cousins,"
        " “He was brilliant from the start—reading at an adult level in kindergarten.”"
    )
    assert quote(text, "brilliant from the start").speaker is None
