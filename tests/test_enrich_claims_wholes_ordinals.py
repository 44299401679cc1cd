"""Figures of branch confread8 (issue 12): a whole a part is picked from, a gathering's
attendance, ordinals that count a series so far, and the moment within a round.

Invented sentences and names. Each rule test fails without its rule; each guard keeps what
the rule must not read."""

from __future__ import annotations

from tests._enrich_docs import quoted_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.what, c.low, c.unit, c.event) for c in _claims(text)]


def test_the_whole_a_part_is_picked_from_is_a_count_with_its_own_event() -> None:
    text = "A report shows that Dell was hit by three of the nine bullets fired by the guards."
    assert ("bullets", 9.0, None, "fire") in _read(text)
    # the sentence's verb tells what the part did, not the whole: a bare whole is not read
    text = "Two of the five suspects were released on Monday."
    assert _read(text) == [("suspects", 2.0, None, "release")]


def test_a_definite_count_alone_is_still_a_reference() -> None:
    assert _read("The five suspects were released on Monday.") == []


def test_a_bare_figure_attending_a_gathering_counts_its_people() -> None:
    text = "The Ostrava protest march was attended by an approximate 90,000 on Friday."
    assert _read(text) == [("people", 81000.0, None, "march")]
    assert _read("About 4,000 attended the demonstration in Brenn.") == [
        ("people", 3500.0, None, "march")
    ]
    # the parser made "called" the root and gave it the march: the march is still attended
    text = (
        "The Brenn protest march marking the height of the general strike called for the 5th of "
        "June was attended by an approximate 90, 000, although no firm estimates can be made."
    )
    assert _read(text) == [("people", 81000.0, None, "march")]
    # attending anything else is attending: no march
    assert _read("The funeral was attended by about 300.") == [("people", 240.0, None, "attend")]


def test_a_bare_figure_doing_something_else_is_not_read() -> None:
    assert _read("The bill was passed by 300 to 120.") == []
    # a partitive's figure counts its noun ("friends"), not people attending
    assert _read("Seven of Marlo's friends attended court on Friday.") == []


def test_an_ordinal_counts_the_days_of_a_gathering() -> None:
    text = "Rioters attacked a bank in Brenn on the eighth day of protests over the shooting."
    assert _read(text) == [("day", 8.0, "ordinal", "march")]
    text = "Youths fought police in Brenn as protests over the shooting continued for the "
    text += "seventh straight day."
    assert _read(text) == [("day", 7.0, "ordinal", "march")]


def test_an_ordinal_counts_title_defences() -> None:
    assert _read("The win was Korvak's sixth defence of the WBA belt.") == [
        ("defence", 6.0, "ordinal", "defend")
    ]
    assert _read("Korvak retained his WBA title for the fifth time.") == [
        ("defence", 5.0, "ordinal", "defend")
    ]


def test_an_ordinal_that_places_a_thing_is_not_read() -> None:
    assert _read("Korvak floored Dane in the sixth round and again in the seventh round.") == []
    assert _read("On the second day of the trial the jury heard the tape.") == []
    assert _read("The second defence witness spoke on Monday.") == []


def _clocks(text: str) -> list[tuple[float | None, str | None, str | None, str | None]]:
    return [(c.low, c.role, c.occasion, c.event) for c in _claims(text) if c.unit == "seconds"]


def test_the_moment_in_a_round_a_fight_was_stopped() -> None:
    text = "Referee Lou Marr stopped the bout 51 seconds into the ninth round."
    assert _clocks(text) == [(51.0, "clock", "round 9", "stop")]
    text = "Korvak retained his belt after stopping Dane after 51 seconds of the ninth round."
    assert _clocks(text) == [(51.0, "clock", "round 9", "stop")]
    # the fight's stoppage has no doer: the winner stopped it, so did the referee
    assert [c.subject for c in _claims(text) if c.unit == "seconds"] == [None]
    text = (
        "Korvak floored Dane in the eighth round and finished it in the ninth, the referee "
        "stopping the fight at the 1:40 mark."
    )
    # a clock face's reading is no claim (fix36): its direction is unsaid (claim_clock)
    assert _clocks(text) == []


def test_a_clock_with_no_round_is_not_read() -> None:
    assert _clocks("The Ferns scored at the 1:40 mark of the third quarter.") == []
    assert _clocks("The Ferns scored in the third, at the 1:40 mark.") == []


def test_a_bare_whole_of_a_ranking_is_not_read() -> None:
    # review of session 20: "the 100 richest" is the size of a ranking, no count of the story
    text = "Two of the 100 richest people in Valdoria live in Port Elm."
    assert [c.low for c in _claims(text)] == [2.0]


def test_a_round_clock_is_read_only_for_a_stoppage() -> None:
    # review of session 20: a fighter is dropped many times in a round, a fight stops once
    assert _clocks("Ivo Kell dropped Sam Dane with a hook 30 seconds into the third round.") == []
    assert _clocks("Kell dropped Dane again at the 2:10 mark of the third round.") == []
    assert _clocks("Kell knocked him down at the 2:10 mark of the third round.") == []
    stopped = [(30.0, "clock", "round 3", "stop")]
    assert _clocks("The referee waved off the fight 30 seconds into the third round.") == stopped
    assert _clocks("The referee called off the bout 30 seconds into the third round.") == stopped
    assert _clocks("Ivo Kell knocked Sam Dane out 30 seconds into the third round.") == stopped
    assert _clocks("Kell knocked him out at the 0:30 mark of the third round.") == []  # fix36
