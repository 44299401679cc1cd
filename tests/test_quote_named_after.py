"""A speaker described by a post first and named by that title just after
(``enrich/quote_named_after.py``, read35 class 3, spk36). Every sentence is invented, every
name fictional; the rule case fails without the rule, each guard case with its guard out."""

from __future__ import annotations

from tests._quotes import quote

_WARNED = (
    "Kaldria's {post} warned on Sunday that the Kaldrian government \"will not sit on its "
    'hands" if the protests go on.\n'
)


def test_the_post_holder_named_just_after_speaks() -> None:
    text = (
        _WARNED.format(post="ambassador to Velmar")
        + "Ambassador Aurel Danek said the city's troubles could spread.\n"
    )
    assert quote(text, "sit on its hands").speaker == "Aurel Danek"


def test_guard_a_title_with_other_words_holds_another_post() -> None:
    text = (
        _WARNED.format(post="foreign minister")
        + "Defence Minister Aurel Danek said the troubles could spread.\n"
    )
    assert quote(text, "sit on its hands").speaker is None


def test_guard_two_holders_name_nobody() -> None:
    text = (
        _WARNED.format(post="ambassador to Velmar")
        + "Ambassador Aurel Danek and Ambassador Ines Malvik said the troubles could spread.\n"
    )
    assert quote(text, "sit on its hands").speaker is None


def test_guard_a_holder_named_before_is_left_to_the_other_rules() -> None:
    text = (
        "Ambassador Ines Malvik arrived in Velmar in May.\n"
        + _WARNED.format(post="ambassador to Velmar")
        + "Ambassador Aurel Danek said the city's troubles could spread.\n"
    )
    assert quote(text, "sit on its hands").speaker != "Aurel Danek"
