"""Words in marks inside what someone else told are that person's, relayed: "a spokesman said
the witness told detectives she could not see "from the angle I was at"" (read28 on a real
shooting report: given to the spokesman). Invented sentences."""

from __future__ import annotations

from tests._quotes import quote


def test_words_told_by_someone_inside_a_report_are_not_the_reporters() -> None:
    text = (
        "But a police spokesman, Paul Brenner, said the witness told detectives she could not"
        ' see the shooting clearly "from the angle I was at."'
    )
    # rule: quote_partial._outermost_reporter stops at a verb of saying
    assert quote(text, "from the angle").speaker is None


def test_a_named_teller_inside_a_report_is_the_speaker() -> None:
    text = 'Police chief Ana Holt said Jon Varga told officers he was "very sorry for the harm."'
    assert quote(text, "very sorry").speaker == "Jon Varga"


def test_a_thought_reported_by_its_holder_stays_the_holders_words() -> None:
    text = 'Senator Ryan Obel worried that the safety net was becoming "a hammock for the idle."'
    assert quote(text, "a hammock").speaker == "Ryan Obel"


def test_a_closing_stop_spaced_off_its_mark_keeps_the_quote_in_the_told_clause() -> None:
    # rule: quote_attribution._reports_quote reads the quote's end without its spaced stop
    text = (
        "Police spokesman Paul Brenner said there was no sign of a gun.\n"
        "But a police spokesman said the witness told detectives she couldn ’ t see the"
        " shooting clearly “ from the angle I was at. ”"
    )
    assert quote(text, "from the angle").speaker is None
