"""Reported words the parse ends inside a direct quote that goes on are no indirect quote
(``quote_indirect._cut_inside_quote``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote, quotes


def test_a_clause_cut_inside_the_marks_is_no_indirect_quote() -> None:
    text = (
        "The show came in fourth among prime-time contenders.\n\n"
        'Bringing in Brenner to host the awards is "a stretch for the show, but at this stage, '
        'it is worth taking the risk," Tomas Reel said.\n'
    )
    assert not [q for q in quotes(text) if q.kind == "indirect"]
    assert quote(text, "worth taking the risk").speaker == "Tomas Reel"


def test_a_whole_quote_inside_reported_words_keeps_them() -> None:
    # Guard: the marks open and close inside the reported words.
    text = (
        "The show came in fourth among prime-time contenders.\n\n"
        'Tomas Reel said that hiring Brenner was "a stretch for the show" but worth the risk.\n'
    )
    assert quote(text, "hiring Brenner", kind="indirect").speaker == "Tomas Reel"
