"""Actors a reviewer still found wrong (issue 12, fixrev21b): a body after "the new" or "a"
read as a product, a company read as a planet beside a craft's name, a name before a number
read as a date.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the small
English model happens to tag. People, teams and bodies are invented; the makes, the craft and the
planet are those the package's lists need."""

from __future__ import annotations

import pytest
from tests._enrich_docs import actor_types as _types
from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _mention_at

# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Marvel 10", "Decker 3", "Novak 2", "Junction 12"])
def test_a_name_starting_like_a_month_before_a_number_stays(name: str) -> None:
    doc = _doc(f"{name} said on Monday the plan would fail.", (name, "ORG"))
    assert _types(doc) == {name: "ORG"}


@pytest.mark.parametrize("date", ["March 5", "Sept. 12", "Dec 31"])
def test_a_month_word_and_a_day_are_no_name(date: str) -> None:
    doc = _doc(
        f"{date} - Ivo Dahl said the plan would fail.", (date, "ORG"), ("Ivo Dahl", "PERSON")
    )
    assert _types(doc) == {"Ivo Dahl": "PERSON"}


# --- products -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The new Parliament said on Monday it would meet in Orsk.", "Parliament"),
        ("The new Cabinet approved the Orsk budget on Monday.", "Cabinet"),
        ("Ivo Dahl warned of a Senate that refuses every budget.", "Senate"),
    ],
)
def test_a_body_after_the_new_or_a_is_no_product(text: str, body: str) -> None:
    doc = _doc(text, (body, "ORG"))
    assert _mention_at(doc, body) == (body, "ORG")


def test_a_team_after_a_is_no_product() -> None:
    doc = _doc(
        "Orsk Rovers beat a Velmarby that looked tired, Ivo Dahl said.",
        ("Orsk Rovers", "ORG"),
        ("Velmarby", "ORG"),
        ("Ivo Dahl", "PERSON"),
    )
    assert _mention_at(doc, "Velmarby") == ("Velmarby", "ORG")


def test_a_known_make_after_a_is_still_a_product() -> None:
    doc = _doc(
        "Toyota raised its prices. Lena Holm said she drives a Toyota herself.",
        ("Toyota", "ORG"),
        ("Lena Holm", "PERSON"),
        ("Toyota", "ORG"),
    )
    assert _mention_at(doc, "Toyota") == ("Toyota", "ORG")
    assert _mention_at(doc, "Toyota", 1) is None


# --- craft --------------------------------------------------------------------------------


def test_a_company_named_like_a_planet_beside_a_craft_stays_a_company() -> None:
    doc = _doc(
        "Apollo said on Monday it would pay $2 billion for a stake in Mars, the candy maker. "
        "Mars said the deal would close in May.",
        ("Apollo", "ORG"),
        ("Mars", "ORG"),
        ("Mars", "ORG"),
    )
    assert _types(doc) == {"Apollo": "ORG", "Mars": "ORG"}


def test_a_craft_and_a_planet_with_a_mission_to_it_are_spaceflight() -> None:
    doc = _doc(
        "Engineers said Juno, the first mission to Jupiter in years, was working well.",
        ("Juno", "PERSON"),
        ("Jupiter", "LOC"),
    )
    assert _types(doc) == {"Jupiter": "LOC"}
