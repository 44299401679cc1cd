"""A run-on quote ('"…,"') whose paragraph ends with a verbless attribution: the next
paragraph's verb is not its cue (``quote_attribution._paragraph_closed``). Every sentence is
invented."""

from __future__ import annotations

from tests._quotes import quote


def test_the_next_paragraphs_subject_is_not_the_speaker_of_a_closed_paragraph() -> None:
    # The quote's paragraph ends after the name and its role with no verb; "declined to
    # comment" in the next paragraph once lent its subject (the navy) to the quote.
    text = (
        "Fishing boats were seized off the coast on Monday.\n\n"
        '"The crews are safe," Halvard Okonjo, head of the Coastal Watch Programme.\n\n'
        "The navy declined to comment.\n"
    )
    assert quote(text, "crews are safe").speaker != "navy"


def test_a_run_on_quote_still_crosses_a_bare_line_break_to_its_cue() -> None:
    # Guard: the quote's comma runs on across a line break with no sentence ended before it.
    text = (
        "Fishing boats were seized off the coast on Monday.\n\n"
        '"The crews are safe and the owners have been told,"\n'
        "said Halvard Okonjo, head of the Coastal Watch Programme.\n"
    )
    assert quote(text, "crews are safe").speaker == "Halvard Okonjo"


def test_a_titles_full_stop_before_a_line_break_ends_no_paragraph() -> None:
    # Guard: the text breaks its line after an abbreviated rank; the sentence runs on.
    text = (
        "Police arrested a former employee after the shooting at a warehouse.\n"
        '"He came in and fired twice at the counter," Kessel police Const.\n'
        "Tim Eldar told a news conference.\n"
    )
    assert quote(text, "fired twice").speaker == "Tim Eldar"
