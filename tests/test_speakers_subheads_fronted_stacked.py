"""Speakers the session-22 speaker rules gave wrongly (review22b): a sentence that lost its
full stop read as a subhead, a person in a skipped subhead the pronoun passed over, a name
inside fronted reported words that left the pronoun to a person further back, and a plural
group noun stacked with a title before a name. Invented articles with fictional names; each
case fails without its rule."""

from __future__ import annotations

from tests._quotes import quotes as _quotes


def _speakers_of(text: str, words: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text) if words in q.text]


# -- what a subhead is ---------------------------------------------------------------------


def test_a_paragraph_without_its_full_stop_is_no_subhead() -> None:
    text = (
        "Mary Holt, the mayor, opened the meeting on Monday.\n\n"
        "Then council member Ada Lind took the chair\n\n"
        'She told the room, "We will vote on the budget next week."\n'
    )
    assert _speakers_of(text, "vote on the budget") == ["Ada Lind"]


def test_a_short_line_naming_a_person_in_full_is_no_subhead() -> None:
    text = (
        "Mary Holt opened the meeting on Monday.\n\n"
        "Ada Lind takes the chair\n\n"
        'She told the room, "We will vote on the budget next week."\n'
    )
    assert _speakers_of(text, "vote on the budget") == ["Ada Lind"]


def test_a_fitting_person_in_a_skipped_subhead_leaves_the_pronoun_to_nobody() -> None:
    text = (
        "Pia Lund was hurt in the crash on Friday.\n\n"
        "Driver had been warned\n\n"
        "She said Lund had ignored the signs for weeks.\n"
    )
    assert all(speaker is None for speaker in _speakers_of(text, "ignored the signs"))


# -- a name inside fronted reported words -----------------------------------------------------


def test_the_only_fitting_person_inside_fronted_words_leaves_the_pronoun_to_nobody() -> None:
    text = (
        "Rescuers led by fire chief Sam Ode reached the flooded mine at dawn on Sunday. Miner"
        " Tom Berg had never felt so scared in his life, he said later.\n"
    )
    assert all(speaker is None for speaker in _speakers_of(text, "so scared"))


# -- stacked titles ---------------------------------------------------------------------------


def test_a_plural_group_and_a_titled_name_are_two() -> None:
    text = '"We will strike on Monday," said union members and organiser Ada Lind.\n'
    assert "Ada Lind" not in _speakers_of(text, "strike on Monday")
