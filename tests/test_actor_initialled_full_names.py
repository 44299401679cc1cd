"""A lone surname whose full name NER missed, written with a first initial ("a J. Arlo Brask
loyalist … after Brask's death") (alias37, issue 12; read37: "Hoover" ×2 beside "J. Edgar
Hoover" in one article). Invented sentences; the rule's test fails without it, the guards pass
with and without it."""

from __future__ import annotations

from newsbeat.enrich.actor_full_names import full_name_in_text


def test_a_full_name_opening_with_an_initial_is_the_surname_s_name() -> None:
    text = (
        "Critics said Vellacott, a J. Arlo Brask loyalist, was bitter at being passed over"
        " after Brask's death."
    )
    assert full_name_in_text(text, "Brask") == "J. Arlo Brask"


def test_a_word_in_capitals_before_the_surname_is_no_first_name() -> None:
    # guard: a shout or a body's initials is no one's first name
    assert full_name_in_text("The lab said NASA Brask data were late.", "Brask") is None


def test_a_title_s_last_word_before_a_first_name_is_still_cut() -> None:
    # guard: the glued title word still goes ("Prosecution Eva Lund" is Eva Lund)
    text = "The Director of Public Prosecution Eva Lund said Lund would appeal."
    assert full_name_in_text(text, "Lund") == "Eva Lund"
