"""Words given to a named teller and to a second name that is no actor ("X and Collider are
reporting"): neither's alone (``quote_joint.unnamed_partner``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote, quotes


def test_a_report_of_a_name_and_an_outlet_nobody_tagged_is_not_the_persons() -> None:
    # read39's shape: the parse joins the director and two outlets as the subject.
    text = (
        "The studio has not named a director for the sequel.\n"
        "The biggest name without a deal is director Ola Berg and The Kessel Ledger and "
        "Collider are reporting that he is in talks with the studio to return.\n"
    )
    assert all(q.speaker != "Ola Berg" for q in quotes(text) if "in talks" in q.text)


def test_a_direct_quote_of_a_name_and_an_untagged_name_names_nobody() -> None:
    text = (
        "The studio has not named a director for the sequel.\n"
        '"The talks broke down on Friday and we are sorry," said Ola Berg and Collider.\n'
    )
    assert quote(text, "talks broke down").speaker is None


def test_a_person_and_a_common_noun_stay_the_persons() -> None:
    # Guard: quotes31's convention ("said Ada Rowe and her lawyer": Ada Rowe) is kept.
    text = (
        "The studio has not named a director for the sequel.\n"
        "Director Ola Berg and his agent said that the talks had broken down on Friday.\n"
    )
    assert quote(text, "talks had broken", kind="indirect").speaker == "Ola Berg"


def test_two_named_tellers_are_kept_as_the_speakers() -> None:
    # Guard: both are named; the words are both theirs, as before.
    text = (
        "The studio has not named a director for the sequel.\n"
        "Ola Berg and Tomas Reel said that the talks had broken down on Friday.\n"
    )
    found = quote(text, "talks had broken", kind="indirect")
    assert found.speaker is None
    assert set(found.speakers) == {"Ola Berg", "Tomas Reel"}


def test_a_name_alone_keeps_its_words() -> None:
    # Guard: no coordination.
    text = (
        "The studio has not named a director for the sequel.\n"
        "Director Ola Berg said that the talks had broken down on Friday.\n"
    )
    assert quote(text, "talks had broken", kind="indirect").speaker == "Ola Berg"


def test_who_after_two_names_reports_for_both() -> None:
    # read39's shape: "who" opens a relative clause on "X and Y": both wrote it.
    text = (
        "That was countered by Kessel.com's Nora Finn and Mark Pellow, who wrote on Saturday "
        "that the director had not stepped away from the talks.\n"
    )
    found = quote(text, "not stepped away", kind="indirect")
    assert found.speaker is None
    assert set(found.speakers) == {"Nora Finn", "Mark Pellow"}


def test_who_after_one_name_is_that_persons() -> None:
    # Guard: no coordination before "who".
    text = (
        "That was countered by Kessel.com's Mark Pellow, who wrote on Saturday that the "
        "director had not stepped away from the talks.\n"
    )
    assert quote(text, "not stepped away", kind="indirect").speaker == "Mark Pellow"


def test_titles_joined_before_one_name_are_that_persons() -> None:
    # Guard: "president and chief executive officer X": two titles of one person.
    text = (
        "In a Monday statement, KTA president and chief executive officer Sister Ada Vell, "
        'DC, said that the trust "rejoices for our town" in the choice.\n'
    )
    assert quote(text, "rejoices for our town").speaker == "Ada Vell"
