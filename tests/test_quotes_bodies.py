"""An organisation speaker kept whole (read30d M-a): "a navy spokesman" speaks for the one
navy the article names, and "the statement" goes on from "a Defence Ministry statement".
Invented articles with fictional names; each rule case fails without its rule, each guard case
fails with its guard taken out."""

from __future__ import annotations

from tests._quotes import quote, quotes


def test_a_navy_spokesman_speaks_for_the_one_navy_named_before() -> None:
    text = (
        "The Korvian Navy sent its frigate Arlo to the gulf. Marines boarded the larger boat"
        " and seized nine men, a navy spokesman said.\n"
    )
    assert quote(text, "boarded the larger boat", kind="indirect").speaker == "Korvian Navy"


def test_a_police_spokeswoman_speaks_for_the_police_department_named_before() -> None:
    text = (
        "The Brenton Police Department closed the road. The road was reopened by 4.30pm on"
        " Saturday, a police spokeswoman said.\n"
    )
    found = quote(text, "was reopened", kind="indirect")
    assert found.speaker == "Brenton Police Department"


def test_two_navies_named_leave_a_navy_spokesman_unnamed() -> None:
    text = (
        "The Korvian Navy and the Pellan Navy sent frigates to the gulf. Marines boarded the"
        " larger boat and seized nine men, a navy spokesman said.\n"
    )
    assert not [q for q in quotes(text) if q.speaker], quotes(text)


def test_a_navy_named_only_after_the_spokesman_is_not_his() -> None:
    text = (
        "Marines boarded the larger boat and seized nine men, a navy spokesman said. The"
        " Korvian Navy sent its frigate Arlo to the gulf.\n"
    )
    assert not [q for q in quotes(text) if q.speaker], quotes(text)


def test_a_company_spokeswoman_is_not_read_off_a_name_holding_company() -> None:
    # the article's company may be named without the word: "company" names no one this way
    text = (
        "Varga Foods buys its flour from the Holver Company. The plant will be closed for a"
        " week, a company spokeswoman said.\n"
    )
    assert not [q for q in quotes(text) if q.speaker == "Holver Company"], quotes(text)


def test_the_statement_after_a_defence_ministry_statement_is_the_ministrys() -> None:
    text = (
        "The frigate Arlo answered a distress call, a Defence Ministry statement said."
        " Marines boarded the larger boat, seizing nine men as well as arms and equipment,"
        " the statement said.\n"
    )
    found = quote(text, "seizing nine men", kind="indirect")
    assert found.speaker == "Defence Ministry"


def test_a_navy_spokesman_beside_another_navy_left_unnamed_is_nobodys() -> None:
    text = (
        "The Korvian Navy sent its frigate Arlo to the gulf. A Pellan navy destroyer was"
        " nearby. Marines boarded the larger boat and seized nine men, a navy spokesman said.\n"
    )
    assert not [q for q in quotes(text) if q.speaker == "Korvian Navy"], quotes(text)


def test_police_named_only_as_police_is_no_body_for_a_police_spokesman() -> None:
    # the tagger makes an actor "Police" of "Police Commissioner": it names no one; since
    # spk37 the spokeswoman speaks for the police as the common noun does ("police said"),
    # never for that actor
    text = (
        "A Brooklyn woman differs from Police Commissioner Dara Kell. The road was reopened"
        " by 4.30pm on Saturday, a police spokeswoman said.\n"
    )
    speakers = [q.speaker for q in quotes(text) if "reopened" in q.text]
    assert speakers == ["police"], quotes(text)


def test_the_spokeswoman_is_the_one_named_before_with_her_body() -> None:
    text = (
        "Service to Norland was cut on Friday, a Velmar Telecom spokeswoman said. Repairs will"
        " take as many as two weeks, the spokeswoman said.\n"
    )
    assert quote(text, "Repairs will take", kind="indirect").speaker == "Velmar Telecom"


def test_the_spokeswoman_after_another_spokeswoman_of_no_named_body_is_nobodys() -> None:
    text = (
        "Service to Norland was cut on Friday, a Velmar Telecom spokeswoman said. A spokeswoman"
        " for the ministry would not comment. Repairs will take as many as two weeks, the"
        " spokeswoman said.\n"
    )
    assert not [q for q in quotes(text) if "Repairs" in q.text and q.speaker], quotes(text)
