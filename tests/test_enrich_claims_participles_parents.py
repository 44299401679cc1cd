"""Figures the claim reader misread on the held-out gold, second pass (issue 12, branch
confread2): a figure followed by its own casualty participle in a second clause ("and 12
arrested") and a parent's count of children ("a mother of 12"). Invented sentences; each test
fails without its rule and has a control."""

from __future__ import annotations

from tests._enrich_docs import found_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.what, c.low, c.event, c.subject) for c in _claims(text)]


def test_a_participle_after_a_bare_figure_is_what_it_counts() -> None:
    # the parser hangs "12" on "injured" as its conjunct: it was read as 12 more injured
    read = _read(
        "Police said 18 people had been injured in the violence and 12 arrested for "
        "carrying weapons and resisting officers."
    )
    assert ("people injured", 18.0, "injure", None) in read
    assert ("arrested", 12.0, "arrest", None) in read
    assert all(low != 12.0 or event == "arrest" for _, low, event, _ in read)
    # controls: the same participle as the first clause's, and the figure's own verb
    same = _read("Officials said 40 people were killed and 200 injured in the storm.")
    assert ("injured", 200.0, "injure", None) in same
    own = _read("Police said 18 people had been injured and 12 were arrested on Sunday.")
    assert ("arrested", 12.0, "arrest", None) in own


def test_a_parent_of_n_counts_children() -> None:
    # the name after the figure was counted: "13 Kerr"
    after = _read("Video of Brooklyn mother of 13 Ann Kerr shot in a gang fight was shown.")
    assert after == [("children", 13.0, "have", "Ann Kerr")]
    # in apposition, nothing was counted
    apposed = _read("Ann Kerr, 34, a mother of 12, was shot while picking up her daughter.")
    assert ("children", 12.0, "have", "Ann Kerr") in apposed
    assert ("age", 34.0, "age", "Ann Kerr") in apposed
    # no name beside it: still her children, of no named parent
    assert _read("A stray bullet hit the mother of 13 who was collecting her children.") == [
        ("children", 13.0, "have", None)
    ]
    # a word for the children after the figure is kept; a parent noun in a conjunction takes
    # the name of the noun it is joined to
    boys = _read("Luis Ortiz was an Army veteran and the father of two boys.")
    assert ("boys", 2.0, "have", "Luis Ortiz") in boys


def test_a_parent_of_n_near_misses() -> None:
    # a part of someone's children is no count of the parent's ("three of his eight"); his
    # eight are all of his (confread6: a possessive count of children is its owner's)
    part = _read("She is the mother of three of his eight children.")
    assert [(low, subject) for _, low, event, subject in part if event == "have"] == [(8.0, "he")]
    # another noun after the figure is what it counts, not children
    other = _read("The father of two teams in the league spoke.")
    assert all(what != "children" for what, _, _, _ in other)
    # parents of N, grandmother of N: other counts, left as they were
    parents = _read("The parents of 12 pupils at the school complained.")
    assert all(event != "have" for _, _, event, _ in parents)
    grand = _read("Ann Kerr, a grandmother of 12, was shot.")
    assert all(event != "have" for _, _, event, _ in grand)


def test_a_record_apposed_to_a_name_is_the_fighters_wins_and_knockouts() -> None:
    # unread, the record counted nothing and the knockouts hung on the verb ("14 stopped")
    read = _read("Marta Quill (21-3, 14 KOs) stopped Dana Ruiz (17-6-1, 9 KOs) in Leeds.")
    assert ("wins", 21.0, "record", "Marta Quill") in read
    assert ("knockouts", 14.0, "record", "Marta Quill") in read
    assert ("wins", 17.0, "record", "Dana Ruiz") in read
    assert ("knockouts", 9.0, "record", "Dana Ruiz") in read
    # between commas, the knockouts with an apostrophe, the last one ending the sentence
    commas = _read(
        "Former champion, Marta Quill, 21-3, 14 KO's, outpointed Dana Ruiz, 17-6, 9 KO's."
    )
    assert ("wins", 21.0, "record", "Marta Quill") in commas
    assert ("knockouts", 9.0, "record", "Dana Ruiz") in commas
    # a record with no knockouts, in brackets
    assert ("wins", 30.0, "record", "Tom Becker") in _read(
        "On the undercard, Tom Becker (30-2) scored a decision over Dana Ruiz."
    )


def test_records_near_misses() -> None:
    # a game's score, a run of games and a team's mark are no person's record
    for text in (
        "The Harriers beat the Owls 27-24 on Sunday.",
        "The coach led a 19-7 run last spring.",
        "He left with a 162-139 mark in Portland.",
    ):
        assert all(event != "record" for _, _, event, _ in _read(text)), text
    # a lifespan, tennis sets after a name: no record
    for text in (
        "The museum honours Tom Becker (1921-2004) with a new wing.",
        "Tom Becker beat Dana Ruiz, 6-4, 6-3, in the final on Sunday.",
    ):
        assert all(event != "record" for _, _, event, _ in _read(text)), text
    # a record of no person the article names (a team, no knockouts) is not read
    team = _read("The Tellford Harriers (11-5) host the Owls on Sunday.")
    assert all(event != "record" for _, _, event, _ in team)
