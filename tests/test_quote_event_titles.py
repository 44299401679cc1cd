"""Words in marks that name a seminar or a conference (``enrich/quote_event_titles.py``,
read35 class 3, spk36). Every sentence is invented, every name fictional; the rule cases fail
without the rule, each guard case with its guard taken out."""

from __future__ import annotations

from tests._quotes import quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in quotes(text) if q.kind == "direct"]


def test_a_seminar_title_after_on_is_no_quote() -> None:
    text = (
        "On October 1 Orsa hosts a seminar organised with the help of the Velmar Development "
        "Fund on 'Improving the voting system and procedures in Kaldria', a statement of the "
        "organisers said on Wednesday.\n"
    )
    assert not any("voting system" in t for t in _texts(text))
    text = (
        'Orsa hosts a conference on "Improving the voting system and procedures in Kaldria" '
        "next week, the organisers said.\n"
    )
    assert not any("voting system" in t for t in _texts(text))


def test_guard_a_speaker_between_the_event_and_the_marks_keeps_the_quote() -> None:
    text = 'At the meeting, Lena Holm spoke on "Harbour dues that nobody can pay" and left.\n'
    assert any("Harbour dues" in t for t in _texts(text))


def test_guard_a_sentence_in_marks_is_kept() -> None:
    text = 'The forum on "We will not give up the harbour." ended with a vote, Holm said.\n'
    assert any("give up the harbour" in t for t in _texts(text))
